"""Builds stories.jsonl: the 323-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: hospitals -- new hospitals opened, hospital fires, hospitals
put out of service, investigations of deaths in hospitals: the fire at the al-Nour al-Mohammadi charity hospital
in Matariya (Egypt, February 2023), the two deaths after the power cut at al-Gardens hospital in Amman and the
forensic inquiry (Jordan, July 2021), the inauguration of the Mohammed VI international university hospital in
Rabat and the order to open the Agadir university hospital (Morocco, November 2025), and the storming and burning
of Kamal Adwan hospital in the north of Gaza and the arrest of its director (Palestine, December 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-matariya-nour-hospital-fire-2023
S = "egypt-matariya-nour-hospital-fire-2023"
FIRE = "2023-02-01"                        # the fire at al-Nour al-Mohammadi charity hospital, Wed 1 Feb 2023, about 2 pm
PROSECUTION = ("2023-02-01", "2023-02-03")  # the prosecution's inspection of the site (my span 1-2 Feb)
art(S, "https://ramadan2.com/2023/02/145863",
    "2023-02-01", "the body's full date for 'today', 'اليوم الأربعاء 1 فبراير 2023' (kept; 1 Feb 2023 was a Wednesday), and the month in the URL '/2023/02/'; headline written from the body (the stored text has none); the last, truncated sentence (prosecution and police) dropped", True, """
حريق في مستشفى النور المحمدي بالقاهرة يخلّف 3 قتلى و32 مصابا
لقي 3 أشخاص حتفهم وأصيب 32 آخرون جراء حريق اندلع في مستشفى النور المحمدي بالعاصمة المصرية القاهرة، اليوم الأربعاء 1 فبراير 2023، بحسب حصيلة أولية للضحايا.
وذكرت وزارة الصحة المصرية في بيان أنها دفعت بـ12 سيارة إسعاف إلى موقع حريق اندلع في قسم الأشعة بمستشفى تابع لإحدى الجمعيات الأهلية في المطرية بمحافظة القاهرة.
وأوضحت الوزارة أن الحصيلة الأولية للحادث تشمل 32 مصابا وثلاث وفيات مع استمرار المتابعة، لافتة إلى أن الإصابات تنوعت بين حروق وكسور واختناقات، وأن جميع المصابين يتلقون العلاج اللازم في مستشفيات قريبة من موقع الحادث.
وأظهرت مقاطع فيديو متداولة على مواقع التواصل الاجتماعي نيرانا كبيرة تلتهم المستشفى، بينما كانت أصوات الصراخ تتعالى في المكان.
ولم يحدد بيان الوزارة سبب الحريق، الذي أفادت وسائل إعلام محلية بأنه أُخمد، في حين ذكرت محافظة القاهرة، التي وقع الحريق في نطاقها، في بيان أن النيابة شرعت في المعاينة للوقوف على أسبابه.
ونقلت وكالة رويترز عن مصدرين أمنيين مصريين لم تسمّهما أن النيران اشتعلت في المستشفى الواقع أعلى مسجد النور المحمدي بسبب ماس كهربائي في سخان داخله.
""", [
    ev("fire", "جراء حريق اندلع في مستشفى النور المحمدي", FIRE, "'اليوم الأربعاء 1 فبراير 2023' (a Wednesday)"),
    ev("ambulances", "دفعت بـ12 سيارة إسعاف إلى موقع حريق", FIRE, "no own expression; the ministry's ambulances sent on the day of the fire, Wed 1 Feb 2023"),
    ev("casualties", "الحصيلة الأولية للحادث تشمل 32 مصابا وثلاث وفيات", FIRE, "no own expression; the toll of the fire of Wed 1 Feb 2023 ('اليوم الأربعاء 1 فبراير 2023' earlier in the text)"),
    ev("fire-put-out", "أفادت وسائل إعلام محلية بأنه أُخمد", FIRE, "no own expression; the fire was put out within about an hour the same Wed 1 Feb 2023"),
    ev("prosecution-inspection", "النيابة شرعت في المعاينة للوقوف على أسبابه", PROSECUTION[0], "no own expression; the prosecution's inspection begun on Wed 1 Feb 2023 (my span 1-2 Feb)", end=PROSECUTION[1]),
    ev("electrical-short", "بسبب ماس كهربائي في سخان داخله", FIRE, "no own expression; the short circuit that started the fire, Wed 1 Feb 2023"),
])
art(S, "https://alyaum.com/ampArticle/6450182",
    "2023-02-01", "no date on the stored page; the body's 'مساء اليوم الأربعاء' for the fire, which broke out on Wed 1 Feb 2023 (dated so by ramadan2 and masrawy), gives Wed 1 Feb 2023; the sub-heading 'الحصيلة الأولية للحادث' and the last, truncated words dropped; headline written from the body; no date of its own in the text", False, """
مصرع 3 أشخاص وإصابة 32 في حريق بمستشفى خيري بالقاهرة
أسفر حريق اندلع، مساء اليوم الأربعاء، في مستشفى النور الخيري بحي المطرية في القاهرة عن مقتل ثلاثة أشخاص وإصابة 32 آخرين، وفق ما أفاد به مصدران أمنيان ومصدر طبي ثالث.
وأرجع المصدران الأمنيان اندلاع النيران في المستشفى، الذي يقع أعلى مسجد المحمدي، إلى ماس كهربائي أصاب سخانا بداخله.
وأشارا إلى أن النيابة العامة والمباحث الجنائية ستتوليان معاينة موقع الحريق.
وأعلنت وزارة الصحة والسكان المصرية، في بيان على فيسبوك، أنها أرسلت 12 سيارة إسعاف إلى مكان الحريق لنقل المصابين إلى المستشفيات القريبة حيث يتلقون الرعاية اللازمة.
وبيّن الدكتور حسام عبد الغفار، المتحدث باسم الوزارة، أن الحصيلة الأولية تتضمن 32 مصابا وثلاث وفيات.
وأضاف أن 4 مصابين تلقوا الإسعافات في موقع الحريق ولم يحتاجوا إلى النقل، بينما نُقل 14 مصابا إلى مستشفى الزيتون التخصصي و11 إلى مستشفى المطرية واثنان إلى مستشفى عين شمس وواحد إلى مستشفى سيد جلال الجامعي.
وأكد أن وزير الصحة والسكان الدكتور خالد عبد الغفار يتابع تطورات الحريق ويتحقق من تقديم كل الخدمات الطبية للمصابين، مع توافر جميع الأدوية.
""", [
    ev("fire", "حريق اندلع، مساء اليوم الأربعاء، في مستشفى النور الخيري", FIRE, "'مساء اليوم الأربعاء' = Wed 1 Feb 2023 (other reports put the outbreak at about 2 pm)"),
    ev("electrical-short", "إلى ماس كهربائي أصاب سخانا بداخله", FIRE, "no own expression; the short circuit of Wed 1 Feb 2023"),
    ev("prosecution-inspection", "النيابة العامة والمباحث الجنائية ستتوليان معاينة موقع الحريق", PROSECUTION[0], "no own expression (future); the inspection of Wed 1 Feb 2023 onward (my span 1-2 Feb)", end=PROSECUTION[1]),
    ev("ambulances", "أرسلت 12 سيارة إسعاف إلى مكان الحريق", FIRE, "no own expression; the ambulances of Wed 1 Feb 2023"),
    ev("casualties", "الحصيلة الأولية تتضمن 32 مصابا وثلاث وفيات", FIRE, "no own expression; the toll of Wed 1 Feb 2023"),
    ev("injured-transferred", "نُقل 14 مصابا إلى مستشفى الزيتون التخصصي", FIRE, "no own expression; the injured taken to hospitals on Wed 1 Feb 2023"),
])
art(S, "https://beta.masrawy.com/news/news_various/details/2023/2/2/2364850/%D8%AD%D8%B1%D9%8A%D9%82-%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89-%D8%A7%D9%84%D9%86%D9%88%D8%B1-%D8%A8%D8%A7%D9%84%D9%85%D8%B7%D8%B1%D9%8A%D8%A9-%D9%85%D8%A7-%D8%A7%D9%84%D8%B0%D9%8A-%D9%81%D8%B9%D9%84%D9%87-%D8%B1%D9%88%D8%A7%D8%AF-%D8%A7%D9%84%D9%85%D9%82%D9%87%D9%89-%D8%A7%D9%84%D9%85%D8%AC%D8%A7%D9%88%D8%B1-%D8%B5%D9%88%D8%B1-",
    "2023-02-02", "page stamp '04:44 م الخميس 02 فبراير 2023' (kept as second line; 2 Feb 2023 was a Thursday) and the date in the URL '/2023/2/2/'; headline kept from the page (without '(صور)'); bylines, photo credit and site chrome dropped; the last, truncated sentence shortened", True, """
حريق مستشفى النور بالمطرية.. ماذا فعل رواد المقهى المجاور؟
04:44 م الخميس 02 فبراير 2023
قبل لحظات من عصر يوم أمس، الأربعاء، دوّى انفجار وارتفعت ألسنة اللهب من مستشفى النور المحمدي الخيري في المطرية، إذ اشتعل حريق في قسم الأشعة المقطعية بالطابق الأرضي للمستشفى، وأوقع ٣ ضحايا و٣٢ مصابا نُقلوا إلى مستشفيات متفرقة، وتنوعت إصاباتهم بين حروق وكسور واختناقات.
وأمام المستشفى لم يكن لسكان المنطقة حديث سوى الحريق، بينما وقف أفراد الأمن عند بابه المغلق، وبدت آثار النيران على جانبيه. وتجاور صيدلية مسجد النور باب قسم الأشعة المقطعية، وفيها لقي ثلاثة حتفهم اختناقا.
وما زالت أمام الصيدلية سيارة تخص شقيقين كانا يديرانها بعد والدهما، في مكانها بعد وفاتهما ووفاة صيدلانية كانت تعمل معهما. وقبالة المكان مقهى كان رواده أسرع من هبّ للنجدة وقت الحادث، كما يروي علي سعد، البالغ ٤٤ عاما، الذي يعمل في المقهى بعدما ورثه عن والده، وكان صديقا لوالد الصيدليين اللذين توفيا أمس.
وقت اندلاع الحريق أسرع علي إلى جمع طفايات الحريق من المحلات المجاورة.
""", [
    ev("fire", "دوّى انفجار وارتفعت ألسنة اللهب من مستشفى النور المحمدي الخيري", FIRE, "'قبل لحظات من عصر يوم أمس، الأربعاء' from Thu 2 Feb = Wed 1 Feb 2023"),
    ev("casualties", "وأوقع ٣ ضحايا و٣٢ مصابا", FIRE, "no own expression; the toll of the fire of Wed 1 Feb 2023"),
    ev("hospital-shut", "بينما وقف أفراد الأمن عند بابه المغلق", "2023-02-02", "no own expression; the scene outside the shut hospital on the day of the report, Thu 2 Feb 2023"),
    ev("pharmacy-deaths", "وفيها لقي ثلاثة حتفهم اختناقا", FIRE, "no own expression; the three died in the mosque's pharmacy during the fire of Wed 1 Feb 2023 ('توفيا أمس' later in the text)"),
    ev("cafe-rescue", "مقهى كان رواده أسرع من هبّ للنجدة وقت الحادث", FIRE, "'وقت الحادث' = during the fire of Wed 1 Feb 2023"),
    ev("extinguishers", "أسرع علي إلى جمع طفايات الحريق", FIRE, "'وقت اندلاع الحريق' = Wed 1 Feb 2023"),
])
art(S, "https://lens.almasryalyoum.com/news/details/2809387",
    "2023-02-03", "page stamp 'الجمعة 03-02-2023 06:31' with the byline (both dropped from the text; 3 Feb 2023 was a Friday); the body's 'فى تمام الثانية ظهر أمس الأول' for the fire of Wed 1 Feb 2023 agrees; headline kept from the page; photo caption and the last, truncated sentence dropped; no date of its own in the text", False, """
وفاة 3 صيادلة وإصابة 32 شخصا في حريق مستشفى «النور المحمدي» بالمطرية
وسط بكاء وصرخات استغاثة دوّت في أنحاء ميدان المسلة، اشتعل حريق في مستشفى النور المحمدي الخيري بحي المطرية في القاهرة، فأودى بحياة 3 صيادلة وأصاب 32 شخصا بينهم أطفال.
فى تمام الثانية ظهر أمس الأول، كان كل شيء يجري على طبيعته داخل المستشفى؛ مرضى يدخلون للعلاج وآخرون يعودون إلى بيوتهم بعد أن تماثلوا للشفاء.
ثم وقعت الكارثة حين اندلع حريق سببه ماس كهربائي أحدث دوي انفجار في غرفة الكهرباء الخارجية، فعمّ الرعب والهلع المنطقة بأسرها، وأخذ المرضى يتدافعون داخل المبنى وخارجه.
وعاش سكان المنطقة لحظات مفزعة مع اشتعال أسلاك الكهرباء وتصاعد الدخان واللهب من أبواب المستشفى، إذ ظلت النيران تأكل جدرانه حتى بلغت وحدة الأشعة المقطعية في الطابق الأرضي، ثم امتدت إلى بقية الطابق فالتهمت كل ما فيه، بينما كان شبان الحي يُخرجون المرضى واحدا تلو الآخر.
وكانت أصوات مدوية تتردد بين الحين والآخر دون أن يعرف الأهالي مصدرها.
""", [
    ev("fire", "اشتعل حريق في مستشفى النور المحمدي الخيري", FIRE, "no own expression in the clause; 'فى تمام الثانية ظهر أمس الأول' from Fri 3 Feb = Wed 1 Feb 2023, about 2 pm"),
    ev("casualties", "فأودى بحياة 3 صيادلة وأصاب 32 شخصا", FIRE, "no own expression; the toll of the fire of Wed 1 Feb 2023"),
    ev("before-fire", "فى تمام الثانية ظهر أمس الأول، كان كل شيء يجري على طبيعته", FIRE, "'فى تمام الثانية ظهر أمس الأول' from Fri 3 Feb = Wed 1 Feb 2023, 2 pm"),
    ev("electrical-short", "حريق سببه ماس كهربائي أحدث دوي انفجار", FIRE, "no own expression; the short circuit and blast of Wed 1 Feb 2023"),
    ev("patients-rescued", "كان شبان الحي يُخرجون المرضى واحدا تلو الآخر", FIRE, "no own expression; during the fire of Wed 1 Feb 2023"),
])

# ---------------------------------------------------------------- jordan-gardens-hospital-power-cut-deaths-2021
S = "jordan-gardens-hospital-power-cut-deaths-2021"
NIGHT = "2021-07-24"                       # the power cut and the two deaths, late on Sat 24 Jul 2021 ('ليلة الأحد')
SUNDAY = "2021-07-25"                      # the minister's statement at dawn, the autopsy and the inquiry, Sun 25 Jul 2021
REPORT = "2021-07-28"                      # the forensic centre's final report, Wed 28 Jul 2021
INQUIRY = ("2021-07-25", "2021-07-29")     # the prosecutors' investigation (my span 25-28 Jul)
art(S, "https://watananews.com/100528/",
    "2021-07-25", "page date line '25 يوليو 2021' (kept as second line; 25 Jul 2021 was a Sunday); headline kept from the page without '#عاجل'; the source tag 'وطنا اليوم:' and the truncated words of the second paragraph and of the last sentence dropped", True, """
نجل المتوفاة في مستشفى الجاردنز يروي تفاصيل جديدة
25 يوليو 2021
نفى نجل السيدة التي توفيت في مستشفى الجاردنز أن تكون صحة والدته قد تدهورت قبل انقطاع الكهرباء عن المستشفى ليلة الأحد.
وأوضح نجل السيدة، التي فارقت الحياة بعد الحادثة، في تصريح، أن التيار انقطع عن الغرفة التي كانت ترقد فيها والدته في تمام الساعة 10.10 مساء.
وأضاف أنه طلب من الأطباء والممرضين الحاضرين أن يتصلوا بالدفاع المدني، لكن أحدا لم يفعل، فاتصل هو بنفسه برقم الطوارئ الموحد 911 وأبلغ عن الحادثة.
وبيّن أن الكهرباء عادت إلى الغرفة بعد 23 دقيقة من الانقطاع وتوقف أجهزة الأكسجين، فأعيد وصل الأجهزة بالمريضة، غير أن ذلك جاء متأخرا لأن حالتها كانت قد ساءت واستمر مستوى الأكسجين في الهبوط.
ورد النجل على مدير المستشفى الذي أكد أن أجهزة الأكسجين لم تنقطع عنها الكهرباء، قائلا إنه كان في الغرفة رقم 11 إلى جانب والدته بينما لم يكن المدير حاضرا، ونفى أن تكون حالة والدته قد تدهورت منذ مدة، مؤكدا أن الأكسجين كان يسجل 85 – 88، وهو مستوى جيد، وأن وضعها لم يكن سيئا كما زعم المدير.
""", [
    ev("second-death", "نفى نجل السيدة التي توفيت في مستشفى الجاردنز", NIGHT, "no own expression; the woman died late on Sat 24 Jul 2021 (at 11:23 pm, the minister), after the cut of 'ليلة الأحد'"),
    ev("power-cut", "التيار انقطع عن الغرفة التي كانت ترقد فيها والدته في تمام الساعة 10.10 مساء", NIGHT, "'ليلة الأحد' (the night before Sun 25 Jul) and 'في تمام الساعة 10.10 مساء' = Sat 24 Jul 2021, 10.10 pm"),
    ev("call-911", "فاتصل هو بنفسه برقم الطوارئ الموحد 911", NIGHT, "no own expression; during the cut, Sat 24 Jul 2021 at night"),
    ev("power-restored", "الكهرباء عادت إلى الغرفة بعد 23 دقيقة من الانقطاع", NIGHT, "'بعد 23 دقيقة' from the cut of 10.10 pm = Sat 24 Jul 2021, about 10.33 pm"),
    ev("director-denial", "مدير المستشفى الذي أكد أن أجهزة الأكسجين لم تنقطع عنها الكهرباء", NIGHT, "no own expression; the director's statements at midnight Sat 24/Sun 25 and on the morning of Sun 25 Jul 2021 (ajlounnews, sarayanews); my span 24-25 Jul", end="2021-07-26"),
])
art(S, "https://marayanews.com/%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3%d9%8a%d8%a9/801978",
    "2021-07-25", "no date on the stored page; the body's 'فجر اليوم الأحد' for the minister's statement after the night of the cut (late on Sat 24 Jul 2021) gives Sun 25 Jul 2021 (a Sunday); headline written from the body (the stored text has none); no date of its own in the text", False, """
شاهد عيان يروي ما جرى في مستشفى الجاردنز لحظة انقطاع الكهرباء
كشف شاهد عيان على حادثة مستشفى الجاردنز ما جرى داخل المستشفى لحظة انقطاع التيار الكهربائي، وملابسات حالتي الوفاة.
وقال الدكتور أحمد عشا، الذي كان موجودا في المستشفى لحظة الحدث، إن الكهرباء لم تنقطع انقطاعا تاما، بل اقتصر الانقطاع على الإنارة بسبب عطل كهربائي.
وأضاف أن الأجهزة الطبية ظلت موصولة بالتيار ولم تتوقف عن العمل.
وأوضح أن الوفاة الأولى سُجلت عند الساعة التاسعة والنصف مساء، أي قبل وقوع الخلل الكهربائي، في حين سُجلت الوفاة الثانية بعد حدوث الانقطاع الكهربائي بساعة وثلث، مؤكدا أن حالة المتوفاة كانت حرجة.
وتتفق رواية الشاهد مع ما صرح به وزير الصحة الدكتور فراس الهواري للصحفيين فجر اليوم الأحد، إثر اجتماع عُقد في المستشفى.
وأوضح الهواري أن مستشفى الجاردنز شهد وفاتين، الأولى قبل انقطاع التيار الكهربائي والثانية تمام الساعة 11 و23 دقيقة، أي بعد ساعة ونصف من انقطاعه.
""", [
    ev("power-cut", "بل اقتصر الانقطاع على الإنارة بسبب عطل كهربائي", NIGHT, "no own expression; the cut of late Sat 24 Jul 2021 (the witness: only the lighting failed)"),
    ev("first-death", "الوفاة الأولى سُجلت عند الساعة التاسعة والنصف مساء", NIGHT, "'عند الساعة التاسعة والنصف مساء' on the Saturday evening, 24 Jul 2021, before the cut"),
    ev("second-death", "سُجلت الوفاة الثانية بعد حدوث الانقطاع الكهربائي بساعة وثلث", NIGHT, "'بعد حدوث الانقطاع الكهربائي بساعة وثلث' = Sat 24 Jul 2021, 11:23 pm per the minister ('تمام الساعة 11 و23 دقيقة')"),
    ev("minister-statement", "ما صرح به وزير الصحة الدكتور فراس الهواري للصحفيين فجر اليوم الأحد", SUNDAY, "'فجر اليوم الأحد' = Sun 25 Jul 2021"),
    ev("hospital-meeting", "إثر اجتماع عُقد في المستشفى", NIGHT, "no own expression; the meeting held at the hospital on the night of Sat 24 / Sun 25 Jul 2021, before the dawn statement; my span 24-25 Jul", end="2021-07-26"),
])
art(S, "https://www.alwakeelnews.com/amp/Section_1/%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D9%88%D9%86-%D9%8A%D8%AA%D8%B1%D9%82%D8%A8%D9%88%D9%86-%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-%D8%A7%D9%84%D9%86%D9%87%D8%A7%D8%A6%D9%8A-%D9%84%D8%AD%D8%A7%D8%AF%D8%AB%D8%A9-%D8%A7%D9%84%D8%AC%D8%A7%D8%B1%D8%AF%D9%86%D8%B2_517490",
    "2021-07-27", "no date on the stored page; the body's 'غدا الأربعاء' for the final report (expected and finished on Wed 28 Jul 2021, sarayanews) and 'قبل يومين' for the deaths of the night of 24/25 Jul give Tue 27 Jul 2021; headline rendered from the URL slug; the source tag 'الوكيل الإخباري -' and the list of related links dropped; no date of its own in the text", False, """
الأردنيون يترقبون نتائج التقرير النهائي لحادثة الجاردنز
ينتظر الأردنيون ما سيخلص إليه التقرير النهائي بشأن وفاتي مستشفى الجاردنز، بعدما رجح مدير المركز الوطني للطب الشرعي، الدكتور حسن الهواري، صدور هذا التقرير غدا الأربعاء.
وكان الهواري قد ذكر في تصريح سابق لـ"الوكيل الإخباري" أن التقرير استند إلى فحوص أنسجة الشخصين اللذين فارقا الحياة في حادثة الجاردنز، بعد انقطاع في التيار الكهربائي داخل المستشفى.
وأثارت الحادثة، التي توفي فيها شخصان قبل يومين، غضب الأردنيين وسط اتهامات شعبية للمسؤولين في المستشفى بالتقصير.
من جهته، أوضح وزير الدولة لشؤون الإعلام والناطق باسم الحكومة، صخر دودين، أن الحكومة تنتظر نتائج التحقيق في الحادثة لاتخاذ ما يلزم من إجراءات بشأنها.
""", [
    ev("final-report", "صدور هذا التقرير غدا الأربعاء", REPORT, "'غدا الأربعاء' from Tue 27 = Wed 28 Jul 2021 (sarayanews reports the report finished that day)"),
    ev("tissue-tests", "التقرير استند إلى فحوص أنسجة الشخصين", SUNDAY, "no own expression; the tissue tests run between the autopsy of Sun 25 and the report of Wed 28 Jul 2021 (my span 25-27 Jul)", end="2021-07-28"),
    ev("power-cut", "بعد انقطاع في التيار الكهربائي داخل المستشفى", NIGHT, "no own expression; the cut of late Sat 24 Jul 2021"),
    ev("two-deaths", "التي توفي فيها شخصان قبل يومين", NIGHT, "'قبل يومين' from Tue 27 points to Sun 25; the two deaths were late on Sat 24 Jul 2021 (9.30 pm and 11:23 pm)"),
    ev("investigation", "الحكومة تنتظر نتائج التحقيق في الحادثة", INQUIRY[0], "no own expression; the prosecutors' investigation opened on Sun 25 Jul 2021 and still running (my span 25-28 Jul)", end=INQUIRY[1]),
])
art(S, "https://sarayanews.com/article/709345/%D8%A7%D9%84%D8%B7%D8%A8-%D8%A7%D9%84%D8%B4%D8%B1%D8%B9%D9%8A-%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-%D8%AD%D8%A7%D8%AF%D8%AB%D8%A9-%D8%A7%D9%84%D8%AC%D8%A7%D8%B1%D8%AF%D9%86%D8%B2-%D8%A7%D9%84%D9%86%D9%87%D8%A7%D8%A6%D9%8A-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D8%B8%D9%87%D8%B1-%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D8%A7%D8%A1",
    "2021-07-28", "page stamp '28-07-2021 10:33 AM' (kept as second line; 28 Jul 2021 was a Wednesday); the body's 'ظهر اليوم الأربعاء' agrees; headline rendered from the URL slug; the source tags 'سرايا -' and 'هلا اخبار' dropped", True, """
الطب الشرعي: التقرير النهائي لحادثة الجاردنز بعد ظهر الأربعاء
28-07-2021 10:33 AM
أعلن مدير المركز الوطني للطب الشرعي، الدكتور حسن الهواري، الفراغ من إعداد تقرير حالتي الوفاة في مستشفى الجاردنز ظهر اليوم الأربعاء.
وأوضح الهواري أن الجهات المختصة ستتسلم نتائج تحليل الأنسجة مع التقرير النهائي فوره صدوره.
وكان الهواري قد أفاد بأن لجنة طبية أجرت عملية التشريح، مؤكدا أن التقرير الأولي سيصدر اليوم الأحد.
وأشار إلى أن التقرير النهائي يتطلب تفاصيل كثيرة، منها فحوص بعينها، ولذلك يرجَّح أن يصدر نهاية الأسبوع الجاري.
وكان وزير الصحة الدكتور فراس الهواري قد أكد تسجيل وفاتين في مستشفى الجاردنز، الأولى قبل حادثة انقطاع الكهرباء بحوالي 20 دقيقة، والأخرى بعد الحادثة بساعة ونصف، أي عند 11:23 دقيقة.
وباشر خمسة مدعين عامين التحقيق في حادثة انقطاع الكهرباء عن مستشفى الجاردنز.
""", [
    ev("final-report", "الفراغ من إعداد تقرير حالتي الوفاة في مستشفى الجاردنز ظهر اليوم الأربعاء", REPORT, "'ظهر اليوم الأربعاء' = Wed 28 Jul 2021"),
    ev("autopsy", "لجنة طبية أجرت عملية التشريح", SUNDAY, "no own expression; the autopsies done by the forensic teams on the night of Sat 24 / Sun 25 Jul 2021, before the preliminary report of 'اليوم الأحد'; my span 24-25 Jul (start 25)"),
    ev("preliminary-report", "التقرير الأولي سيصدر اليوم الأحد", SUNDAY, "'اليوم الأحد' in the earlier statement = Sun 25 Jul 2021"),
    ev("two-deaths", "تسجيل وفاتين في مستشفى الجاردنز", NIGHT, "no own expression; the two deaths of late Sat 24 Jul 2021"),
    ev("first-death", "الأولى قبل حادثة انقطاع الكهرباء بحوالي 20 دقيقة", NIGHT, "'قبل حادثة انقطاع الكهرباء بحوالي 20 دقيقة' = Sat 24 Jul 2021, about 9.30 pm"),
    ev("investigation", "وباشر خمسة مدعين عامين التحقيق", INQUIRY[0], "no own expression; the five prosecutors took up the case on Sun 25 Jul 2021 (the government's request that day); my span 25-28 Jul", end=INQUIRY[1]),
])

# ---------------------------------------------------------------- morocco-rabat-agadir-university-hospitals-2025
S = "morocco-rabat-agadir-university-hospitals-2025"
INAUG = "2025-11-03"                       # the King inaugurates the Rabat complex and orders the Agadir CHU opened, Mon 3 Nov 2025
PREP = ("2025-10-27", "2025-11-04")        # the preparations at the Agadir CHU 'منذ أيام' (my span 27 Oct - 3 Nov)
art(S, "https://ar.le360.ma/economie/75PF4K4FLNAAJJXH2K5LT2TOLQ/",
    "2025-11-03", "the body's full date for 'today', 'اليوم الإثنين 3 نونبر 2025' (kept; 3 Nov 2025 was a Monday); headline written from the body (the stored text begins mid-article and has none); the sub-heading 'المستشفى الجامعي لأكادير' dropped", True, """
المركز الاستشفائي الجامعي لأكادير يستعد لاستقبال المرتفقين
أفادت مصادر بأن المركز الاستشفائي الجامعي لأكادير يشهد منذ أيام حركة متواصلة لتهيئة جميع الأطر الصحية وشركات المناولة والاستقبال وغيرها، تمهيدا لانطلاق عمله رسميا تزامنا مع احتفالات المغاربة بذكرى المسيرة الخضراء.
وأضافت المصادر ذاتها أن لجنة رفيعة المستوى ستزور المركز اليوم الإثنين 3 نونبر 2025، للاطلاع على آخر الترتيبات والتدقيق في كل تفاصيل هذه المنشأة الصحية الجديدة، قبل أن تمنح الضوء الأخضر، بتوجيهات سامية من الملك محمد السادس، لفتح أبوابها أمام المرتفقين.
وتجاوزت كلفة إنجاز المشروع مليارا و240 مليون درهم لأشغال البناء، إضافة إلى مليار و700 مليون درهم رُصدت للتجهيزات، فيما تقدر طاقته الاستيعابية بـ867 سريرا.
ويضم المركز مؤسستين استشفائيتين: مستشفى الأم والطفل، الذي يحتضن مصالح الولادة وأمراض النساء وطب الأطفال وجراحتهم وإنعاش المواليد الجدد والخدج وإنعاش الأطفال، ومستشفى الاختصاصات، الذي يشمل مصالح لمختلف التخصصات الطبية والجراحية، ومنها مصلحة الفحص بالأشعة والمستعجلات ومصالح الإنعاش ومصلحة لعلاج الحروق ومختبرا متكاملا.
""", [
    ev("agadir-preparations", "يشهد منذ أيام حركة متواصلة لتهيئة جميع الأطر الصحية", PREP[0], "'منذ أيام' before Mon 3 Nov 2025; my span 27 Oct - 3 Nov", end=PREP[1]),
    ev("green-march-anniversary", "احتفالات المغاربة بذكرى المسيرة الخضراء", "2025-11-06", "no own expression; the (50th) anniversary of the Green March falls on Thu 6 Nov 2025"),
    ev("committee-visit", "لجنة رفيعة المستوى ستزور المركز اليوم الإثنين 3 نونبر 2025", INAUG, "'اليوم الإثنين 3 نونبر 2025' (a Monday)"),
    ev("agadir-opening-order", "قبل أن تمنح الضوء الأخضر، بتوجيهات سامية من الملك محمد السادس، لفتح أبوابها", INAUG, "future in the text ('قبل أن'); the King's instructions to open the Agadir CHU came the same Mon 3 Nov 2025 (7news, gmedianws)"),
])
art(S, "https://www.7news.ma/%D8%AC%D9%84%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D9%85%D9%84%D9%83-%D9%8A%D8%AF%D8%B4%D9%86-%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%A8-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%B4%D9%81%D8%A7%D8%A6%D9%8A-%D8%A7%D9%84",
    "2025-11-03", "the body's full date for 'today', 'اليوم الاثنين 3 نونبر 2025' (kept; 3 Nov 2025 was a Monday); headline rendered from the (cut) URL slug 'جلالة الملك يدشن المركب الاستشفائي ال…'", True, """
جلالة الملك يدشن المركب الاستشفائي الجامعي الدولي بالرباط
ترأس صاحب الجلالة الملك محمد السادس، مرفوقا بولي العهد الأمير مولاي الحسن، اليوم الاثنين 3 نونبر 2025، حفل تدشين المركب الاستشفائي الجامعي الدولي محمد السادس للرباط، وهو منشأة صحية مرجعية من الجيل الجديد تترجم الرؤية الملكية الهادفة إلى تقوية عرض صحي وطني رفيع الجودة يجعل المواطن في صميم الاهتمام.
وبهذه المناسبة، أصدر جلالته تعليماته بافتتاح المركز الاستشفائي الجامعي محمد السادس لأكادير، القطب الطبي الجديد المنتظر أن يُحدث تحولا نوعيا في الرعاية الصحية والتكوين الطبي بجهة سوس–ماسة.
ويمثل المشروعان، اللذان أُنجزا ضمن الرؤية الملكية لتأهيل المنظومة الصحية الوطنية، لبنة إضافية في مسار تطوير البنيات الاستشفائية وتوسيع التغطية الصحية والارتقاء بتكوين الكفاءات الطبية.
وسيسهم المركب الاستشفائي الجامعي الدولي للرباط والمركز الاستشفائي الجامعي لأكادير في تقريب الخدمات الصحية والرفع من جودتها، وتمكين المواطنين من رعاية من الجيل الجديد وفق أرقى المعايير الدولية، فضلا عن توفير فرص جديدة في التكوين والتشغيل والتنمية الجهوية.
""", [
    ev("rabat-inauguration", "حفل تدشين المركب الاستشفائي الجامعي الدولي محمد السادس للرباط", INAUG, "'اليوم الاثنين 3 نونبر 2025' (a Monday)"),
    ev("agadir-opening-order", "أصدر جلالته تعليماته بافتتاح المركز الاستشفائي الجامعي محمد السادس لأكادير", INAUG, "'وبهذه المناسبة' = at the inauguration of Mon 3 Nov 2025"),
])
art(S, "https://gmedianws.com/%d8%a7%d9%84%d9%85%d9%84%d9%83-%d9%85%d8%ad%d9%85%d8%af-%d8%a7%d9%84%d8%b3%d8%a7%d8%af%d8%b3-%d9%8a%d8%af%d8%b4%d9%86-%d8%a7%d9%84%d9%85%d8%b1%d9%83%d8%a8-%d8%a7%d9%84%d8%a7%d8%b3%d8%aa%d8%b4%d9%81",
    "2025-11-04", "no date on the stored page; the body's 'أمس الاثنين' for the inauguration of Mon 3 Nov 2025 (dated so by 7news, gil24, guercifzoom and MAP) gives Tue 4 Nov 2025; headline rendered from the (cut) URL slug 'الملك محمد السادس يدشن المركب الاستشف…'; no date of its own in the text", False, """
الملك محمد السادس يدشن مركبا استشفائيا جامعيا دوليا بالرباط
دشّن الملك محمد السادس، مرفوقا بولي العهد الأمير مولاي الحسن، أمس الاثنين، المركب الاستشفائي الجامعي الدولي محمد السادس بالرباط، وهو صرح طبي وجامعي حديث يروم تقديم خدمات صحية عالية الجودة وتكوين الأطباء ومهنيي الصحة وفق المعايير الدولية.
ويشتمل المركب، المشيد على مساحة 280 ألف متر مربع، على مستشفى بطاقة أولية تبلغ 600 سرير يمكن رفعها إلى 1000 سرير، وعلى مرافق لتدريس العلوم الطبية تتسع لما يصل إلى 8000 طالب، كما يتوفر على تجهيزات متقدمة في الجراحة الروبوتية والتصوير الطبي الدقيق والعلاج الإشعاعي، وعلى أول منصة مختبرية مؤتمتة بالكامل في إفريقيا.
وأعطى الملك أيضا تعليماته السامية بافتتاح المركز الاستشفائي الجامعي محمد السادس لأكادير، الذي سيعزز الخدمات الطبية بجهة سوس-ماسة، ويضم 867 سريرا وتجهيزات متطورة من بينها الروبوت الجراحي ووحدات علاج متخصصة، لخدمة نحو 3 ملايين مواطن.
وتعكس هاتان المؤسستان الطبيتان، اللتان خُصصت لهما استثمارات كبيرة، رؤية الملك لتطوير المنظومة الصحية في المغرب عبر الارتقاء بجودة الخدمات الطبية وتأهيل الموارد البشرية وإتاحة فرص اقتصادية واجتماعية جديدة.
""", [
    ev("rabat-inauguration", "أمس الاثنين، المركب الاستشفائي الجامعي الدولي محمد السادس بالرباط", INAUG, "'أمس الاثنين' from Tue 4 Nov = Mon 3 Nov 2025"),
    ev("agadir-opening-order", "وأعطى الملك أيضا تعليماته السامية بافتتاح المركز الاستشفائي الجامعي", INAUG, "no own expression ('أيضا', with the inauguration of 'أمس الاثنين'); Mon 3 Nov 2025"),
])

# ---------------------------------------------------------------- gaza-kamal-adwan-hospital-raid-2024
S = "gaza-kamal-adwan-hospital-raid-2024"
RAID = "2024-12-27"                        # Israeli forces storm, burn and empty Kamal Adwan hospital, Fri 27 Dec 2024
ARREST = ("2024-12-27", "2024-12-29")      # Dr Hussam Abu Safiya led away late on Fri 27, his arrest announced Sat 28 (my span 27-28 Dec)
art(S, "https://ar.webmanagercenter.com/2024/12/27/393313/%d8%b9%d8%a7%d8%ac%d9%84-%d8%ac%d9%8a%d8%b4-%d8%a7%d9%84%d8%a7%d8%ad%d8%aa%d9%84%d8%a7%d9%84-%d9%8a%d8%ad%d8%b1%d9%82-%d9%85%d8%b3%d8%aa%d8%b4%d9%81%d9%89-%d9%83%d9%85%d8%a7%d9%84-%d8%b9%d8%af%d9%88",
    "2024-12-27", "the body's full date for 'today', 'اليوم الجمعة 27 ديسمبر 2024' (kept; 27 Dec 2024 was a Friday), and the date in the URL '/2024/12/27/'; headline rendered from the (cut) URL slug without 'عاجل'", True, """
جيش الاحتلال يحرق مستشفى كمال عدوان
أضرم جيش الاحتلال، اليوم الجمعة 27 ديسمبر 2024، النار في مستشفى كمال عدوان ببلدة بيت لاهيا في شمال قطاع غزة، وهو أكبر مستشفيات المنطقة، وكان يخدم أكثر من 400 ألف نسمة.
وذكرت وكالة الأنباء الفلسطينية أن قوات الاحتلال أرغمت المرضى والجرحى والطواقم الطبية على مغادرة المستشفى بالقوة، بالتزامن مع إطلاق القذائف والرصاص، مشيرة إلى أن مستشفى كمال عدوان هو المستشفى الوحيد العامل في شمال القطاع الذي يقدم الرعاية الطبية للسكان.
""", [
    ev("hospital-burned", "النار في مستشفى كمال عدوان ببلدة بيت لاهيا", RAID, "'اليوم الجمعة 27 ديسمبر 2024' (a Friday)"),
    ev("forced-evacuation", "أرغمت المرضى والجرحى والطواقم الطبية على مغادرة المستشفى بالقوة", RAID, "no own expression; the forced evacuation of Fri 27 Dec 2024"),
])
art(S, "https://youm7.com/story/2024/12/27/%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86-%D9%82%D9%88%D8%A7%D8%AA-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%84%D8%A7%D9%84-%D8%A3%D8%AD%D8%B1%D9%82%D8%AA-%D8%A3%D9%82%D8%B3%D8%A7%D9%85-%D8%A7%D9%84%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA-%D9%88%D8%A7%D9%84%D8%A5%D8%B3%D8%B9%D8%A7%D9%81-%D8%A8%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89-%D9%83%D9%85%D8%A7%D9%84-%D8%B9%D8%AF%D9%88%D8%A7%D9%86/6826059",
    "2024-12-27", "date in the URL '/story/2024/12/27/' (27 Dec 2024 was a Friday); headline rendered from the URL slug; no date of its own in the text ('الآن' only)", False, """
فلسطين: قوات الاحتلال أحرقت أقسام العمليات والإسعاف في مستشفى كمال عدوان
أكدت وزارة الصحة الفلسطينية أن قوات الاحتلال أحرقت أقسام العمليات والجراحة والمختبر والصيانة ووحدات الإسعاف في مستشفى كمال عدوان، وأن النيران أخذت تمتد الآن إلى كل مباني المستشفى، بحسب ما نقلته قناة القاهرة الإخبارية في خبر عاجل.
وأوضحت الوزارة أن جيش الاحتلال ينقل المرضى قسرا وتحت تهديد السلاح إلى المستشفى الإندونيسي، وأن بينهم مرضى معرضين للموت في أي لحظة بسبب الظروف القاسية، مشددة على أن آليات الاحتلال تطوق المستشفى، وهو ما يجعل الوضع بالغ الخطورة.
""", [
    ev("hospital-burned", "أحرقت أقسام العمليات والجراحة والمختبر والصيانة ووحدات الإسعاف", RAID, "no own expression; the burning of Fri 27 Dec 2024"),
    ev("fire-spreading", "النيران أخذت تمتد الآن إلى كل مباني المستشفى", RAID, "'الآن' = at the time of the report, Fri 27 Dec 2024"),
    ev("forced-evacuation", "ينقل المرضى قسرا وتحت تهديد السلاح إلى المستشفى الإندونيسي", RAID, "no own expression (present tense); Fri 27 Dec 2024"),
    ev("hospital-siege", "آليات الاحتلال تطوق المستشفى", RAID, "no own expression (present tense); the encirclement of Fri 27 Dec 2024 (mosaiquefm: the storming came 'بعد ساعات من حصاره')"),
])
art(S, "https://mosaiquefm.net/mobile/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A%D8%A9/1361182/%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84-%D8%AA%D8%B9%D8%AA%D9%82%D9%84-%D9%85%D8%AF%D9%8A%D8%B1-%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89-%D9%83%D9%85%D8%A7%D9%84-%D8%B9%D8%AF%D9%88%D8%A7%D9%86-%D8%A7%D9%84%D8%AF%D9%83%D8%AA%D9%88%D8%B1-%D8%AD%D8%B3%D8%A7%D9%85-%D8%A3%D8%A8%D9%88-%D8%B5%D9%81%D9%8A%D8%A9",
    "2024-12-28", "no date line on the stored page; the body's 'أمس الجمعة 27 ديسمبر 2024' (kept) gives Sat 28 Dec 2024, and 'بعد ليلة من اقتحامه' agrees; the text thus gives its own day through the dated 'أمس'; headline kept from the page; the source line '*وكالة الأنباء الفلسطينية' dropped", True, """
إسرائيل تعتقل الدكتور حسام أبو صفية مدير مستشفى كمال عدوان
اعتقلت قوات الاحتلال الإسرائيلي الدكتور حسام أبو صفية، مدير مستشفى كمال عدوان، بعد ليلة من اقتحامه وإحراق معظم أقسامه وتدميرها.
وكانت قوات الاحتلال قد اقتحمت مستشفى كمال عدوان أمس الجمعة 27 ديسمبر 2024 بعد ساعات من حصاره، فأضرمت النار في مرافقه ونكّلت بمن كانوا فيه من مرضى وجرحى وطواقم طبية، قبل أن تعتقل عددا منهم، وأجبرت آخرين على نزع ملابسهم في البرد القارس وعلى الإخلاء القسري، بالتزامن مع إطلاق نار وقصف في محيطه.
وذكرت مصادر طبية أن المرضى والجرحى الذين أُجلوا قسرا من "كمال عدوان" إلى المستشفى الإندونيسي قضوا "ليلةً قاسية" في ظروف مزرية وصعبة للغاية، بلا ماء ولا كهرباء ولا أغطية ولا طعام ولا مستلزمات.
وأضافت أن العد التنازلي لحياتهم قد بدأ، في ظل احتجاز الاحتلال معظم الكادر الصحي لمنعه من اللحاق بالمرضى في المستشفى الإندونيسي، لافتة إلى أن الاحتلال سبق وأنّ دمّر البنية التحتية لـ"الإندونيسي" قبل إجلاء المرضى قسرا إليه.
""", [
    ev("director-arrest", "اعتقلت قوات الاحتلال الإسرائيلي الدكتور حسام أبو صفية", ARREST[0], "'بعد ليلة من اقتحامه' = Sat 28 Dec 2024; he was led away late on Fri 27 and his arrest announced on Sat 28 (aljazeeramubasher); my span 27-28 Dec", end=ARREST[1]),
    ev("hospital-raid", "اقتحمت مستشفى كمال عدوان أمس الجمعة 27 ديسمبر 2024", RAID, "'أمس الجمعة 27 ديسمبر 2024' (a Friday)"),
    ev("hospital-siege", "بعد ساعات من حصاره", RAID, "'بعد ساعات من' before the storming of Fri 27 Dec 2024"),
    ev("hospital-burned", "فأضرمت النار في مرافقه", RAID, "no own expression; the burning of Fri 27 Dec 2024"),
    ev("forced-evacuation", "الذين أُجلوا قسرا من \"كمال عدوان\" إلى المستشفى الإندونيسي", RAID, "no own expression; the forced evacuation of Fri 27 Dec 2024"),
    ev("harsh-night", "قضوا \"ليلةً قاسية\"", RAID, "'ليلةً قاسية' = the night of Fri 27 to Sat 28 Dec 2024", end="2024-12-29"),
])
art(S, "https://www.aljazeeramubasher.net/news/politics/2024/12/29/%D9%88%D8%B3%D8%A7%D8%A6%D9%84-%D8%A5%D8%B9%D9%84%D8%A7%D9%85-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A%D8%A9-%D8%AA%D9%88%D8%AB%D9%82-%D9%84%D8%AD%D8%B8%D8%A9-%D8%A7%D9%84%D9%82%D8%A8%D8%B6",
    "2024-12-29", "date in the URL '/2024/12/29/' (29 Dec 2024 was a Sunday); the body's 'وأمس السبت' for the ministry's announcement of Sat 28 Dec agrees; headline kept from the page without '(فيديو)'; the 'اقرأ أيضا' list, the sub-heading 'في دبابة' and the last, truncated words dropped; no date of its own in the text", False, """
إعلام إسرائيلي يوثق لحظة اعتقال حسام أبو صفية مدير مستشفى كمال عدوان
نشرت وسائل إعلام إسرائيلية مشاهد توثق اللحظات الأخيرة قبل اعتقال الطبيب حسام أبو صفية، مدير مستشفى كمال عدوان في قطاع غزة.
ويُظهر مقطع مصور الحصار الذي فرضه جيش الاحتلال الإسرائيلي على المستشفى، وأحد الجنود يعلن بمكبر الصوت أن كل من في المبنى محاصَر.
وتكشف اللقطات لحظة صعود أبو صفية إلى "دبابة" لمقابلة أحد ضباط الاحتلال، كما يظهر فيها ضابط يسأله عما إذا كان المستشفى قد أُخلي بالكامل أم لا.
وأمس السبت، أعلنت وزارة الصحة في قطاع غزة أن جيش الاحتلال اعتقل حسام أبو صفية، وذلك بعد ساعات من إعلان الوزارة أن الجيش اقتاد أبو صفية والطاقم الطبي لمستشفى كمال عدوان إلى التحقيق إثر احتجازهم.
ويأتي هذا الاعتقال بعد يوم من إطلاق جيش الاحتلال عملية عسكرية في منطقة مستشفى كمال عدوان ومحيطه.
""", [
    ev("video-published", "نشرت وسائل إعلام إسرائيلية مشاهد", "2024-12-28", "no own expression; the footage aired after the arrest, Sat 28 - Sun 29 Dec 2024 (my span)", end="2024-12-30"),
    ev("hospital-siege", "الحصار الذي فرضه جيش الاحتلال الإسرائيلي على المستشفى", RAID, "no own expression; the encirclement before the storming of Fri 27 Dec 2024"),
    ev("tank-meeting", "لحظة صعود أبو صفية إلى \"دبابة\"", ARREST[0], "no own expression; the moment before his arrest, late on Fri 27 Dec 2024 (my span 27-28 Dec)", end=ARREST[1]),
    ev("director-arrest", "أعلنت وزارة الصحة في قطاع غزة أن جيش الاحتلال اعتقل حسام أبو صفية", ARREST[0], "'وأمس السبت' from Sun 29 = Sat 28 Dec 2024 for the announcement; the arrest itself late on Fri 27 or on Sat 28 (my span 27-28 Dec)", end=ARREST[1]),
    ev("led-to-interrogation", "الجيش اقتاد أبو صفية والطاقم الطبي لمستشفى كمال عدوان إلى التحقيق", ARREST[0], "'بعد ساعات من إعلان' before the announcement of Sat 28: the staff were led away late on Fri 27 Dec 2024 (my span 27-28 Dec)", end=ARREST[1]),
    ev("hospital-raid", "بعد يوم من إطلاق جيش الاحتلال عملية عسكرية في منطقة مستشفى كمال عدوان", RAID, "'بعد يوم من' the arrest of Sat 28 = Fri 27 Dec 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 323
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

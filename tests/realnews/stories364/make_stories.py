"""Builds stories.jsonl: the 364-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: tropical cyclones and severe storms: cyclones hitting Oman,
Yemen, Somalia and the Gulf, storm warnings, evacuations, damage and deaths (not Storm Daniel or Derna).
Stories: cyclone Sagar in the Gulf of Aden, Somaliland and Djibouti (Yemen / Somaliland / Djibouti, May 2018),
tropical storm Keila and its floods in Oman (Oman, November 2011), cyclone Megh on the island of Socotra a week
after Chapala (Yemen, November 2015), and the November 2013 cyclone of Puntland (Somalia, November 2013).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- somaliland-djibouti-cyclone-sagar-2018
S = "somaliland-djibouti-cyclone-sagar-2018"
FORMS = ("2018-05-16", "2018-05-18")        # the low deepened on Wed 16 May and became cyclone Sagar on Thu 17 May 2018
WARN = "2018-05-17"                         # warning of Yemen's national meteorological centre, Thu 17 May 2018
LANDFALL = "2018-05-19"                     # landfall in Somaliland and Djibouti, Sat 19 May 2018
DEATHS = ("2018-05-19", "2018-05-24")       # the deaths of the floods after landfall, Sat 19 - Wed 23 May 2018
art(S, "https://www.khabaragency.net/news96861.html",
    "2018-05-17", "the body's 'الخميس 17 مايو 2018' (kept; 17 May 2018 was a Thursday) for a warning issued that day; headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
تحذير دولي من إعصار مداري في طريقه إلى السواحل اليمنية
نبّه المركز الوطني للأرصاد الجوية، الخميس 17 مايو 2018، إلى "آثار خطيرة" قد يخلّفها الإعصار المداري "ساجار" المتجه نحو غرب السواحل اليمنية وجنوبها الغربي، وترافقه رياح وأمطار رعدية.
وأفادت دائرة الأرصاد الهندية، الخميس، بأن مركز الإعصار "ساجر" كان - وقت الظهر - على بعد 390 كيلومترا إلى الشرق والشمال الشرقي من عدن، و560 كم إلى الغرب والشمال الغربي من جزر سقطرى.
ورجّحت الدائرة الهندية أن تزداد قوة "ساجار" قليلا في وقت متأخر من الليل، وأن يتجه أولا نحو الغرب ثم ينعطف في وقت لاحق من الغرب نحو الجنوب الغربي.
وكانت منطقة الضغط المنخفض الواضحة المعالم قد اشتدت يوم الأربعاء في جنوب غرب بحر العرب، وتواصل اشتدادها خلال الليل المتداخل وحتى يوم الخميس إلى أن غدت إعصارا مداريا حمل اسم "ساجار".
وجاء في نشرة تحذيرية أصدرها مركز الأرصاد أن "الإعصار المداري (ساجار) يتجه نحو غرب سواحل بلادنا وجنوبها الغربي، وتصحبه سحب كثيفة وأمطار بين المتوسطة والغزيرة ورياح تتراوح سرعتها بين 38 و43 عقدة، على محافظات أرخبيل سقطرى والمهرة وحضرموت وشبوة وأبين وعدن".
وبيّن المركز أن تحذيره بُني على "تحليل خرائط الطقس السطحية والعلوية المختلفة، ومتابعة صور الأقمار الاصطناعية وتقارير المراكز الإقليمية والدولية".
""", [
    ev("ncm-warning", "نبّه المركز الوطني للأرصاد الجوية، الخميس 17 مايو 2018", WARN, "'الخميس 17 مايو 2018' = Thu 17 May 2018"),
    ev("imd-position-noon", "كان - وقت الظهر - على بعد 390 كيلومترا", WARN, "'الخميس' + 'وقت الظهر' = noon of Thu 17 May 2018"),
    ev("sagar-intensify-night", "أن تزداد قوة \"ساجار\" قليلا في وقت متأخر من الليل", WARN, "'في وقت متأخر من الليل' of the IMD bulletin of Thu 17 May = the night of Thu 17 - Fri 18 May 2018 (a forecast)", end="2018-05-19"),
    ev("sagar-forms", "إلى أن غدت إعصارا مداريا حمل اسم", FORMS[0], "'يوم الأربعاء ... خلال الليل المتداخل وحتى يوم الخميس' = Wed 16 - Thu 17 May 2018", end=FORMS[1]),
])
art(S, "https://alyoum8.net/post/amp/21383",
    "2018-05-19", "no date line on the stored page (a copy of a report of al-Khaleej); the body's 'أمس الجمعة' and 'حتى اليوم السبت', with Sagar leaving the Yemeni coast for the Horn of Africa (landfall there on Sat 19 May 2018), give Sat 19 May 2018; the kicker 'تحليلات' dropped, kicker and headline joined into one line; the last, truncated sentence shortened; no date of its own in the text", False, """
إعصار ساجار ينحسر عن سواحل اليمن متجها إلى القرن الإفريقي
انحسر الإعصار «ساجار» الآتي من المحيط الهندي شيئا فشيئا عن السواحل اليمنية الشرقية والجنوبية الغربية متجها نحو القرن الإفريقي، أمس الجمعة، في حين واصلت محافظات ومدن يمنية عدة إجراءاتها الاحترازية تحسبا لأي طارئ قد يسببه الإعصار الذي يُتوقع أن تمتد آثاره حتى اليوم السبت.
والخميس، أطلق المركز الوطني للأرصاد في اليمن تحذيرا من الإعصار المداري «ساجار» القادم من المحيط الهندي صوب السواحل الشرقية والجنوبية الغربية بسرعة 11 كلم في الساعة، معتمدا في ذلك على تحليل خرائط الطقس السطحية والعلوية وصور الأقمار الاصطناعية وتقارير المراكز الإقليمية والدولية.
وعرفت محافظات سقطرى والمهرة وحضرموت الساحل وشبوة وأبين وعدن، خلال اليومين الماضيين، رياحا تراوحت بين المتوسطة والشديدة حملت معها موجة من الغبار، إلى جانب أمطار بين المتوسطة والغزيرة.
وصرّح وزير الثروة السمكية فهد كفاين لـ«الخليج» بأن أمطارا متفاوتة هطلت على سقطرى، مؤكدا أن الوضع طبيعي ولا يدعو إلى القلق وأن السحب انقشعت.
بدوره، ذكر مصدر محلي في المكلا لـ«الخليج» أن المدينة شهدت تقلبا في الطقس، وأن الأمطار هطلت عليها يومي الخميس والجمعة بين المتوسطة والغزيرة.
""", [
    ev("sagar-leaves-yemen", "انحسر الإعصار «ساجار» الآتي من المحيط الهندي شيئا فشيئا", "2018-05-18", "'أمس الجمعة' in an article of Sat 19 May 2018 = Fri 18 May"),
    ev("ncm-warning", "والخميس، أطلق المركز الوطني للأرصاد في اليمن تحذيرا", WARN, "'والخميس' before Sat 19 = Thu 17 May 2018"),
    ev("yemen-winds-rains", "خلال اليومين الماضيين، رياحا تراوحت بين المتوسطة والشديدة", "2018-05-17", "'خلال اليومين الماضيين' before Sat 19 = Thu 17 - Fri 18 May 2018", end="2018-05-19"),
    ev("kafain-socotra-normal", "وصرّح وزير الثروة السمكية فهد كفاين لـ«الخليج»", "2018-05-18", "no own expression; a statement to al-Khaleej for its report of Sat 19 May 2018, so Fri 18 or Sat 19 (my span)", end="2018-05-20"),
    ev("mukalla-rain", "الأمطار هطلت عليها يومي الخميس والجمعة", "2018-05-17", "'يومي الخميس والجمعة' before Sat 19 = Thu 17 - Fri 18 May 2018", end="2018-05-19"),
])
art(S, "https://www.akhbaralaan.net/news/arab-world/2018/05/22/%d9%82%d8%aa%d9%84-%d8%a3%d9%83%d8%ab%d8%b1-%d9%85%d9%86-17-%d8%b4%d8%ae%d8%b5%d8%a7-%d9%81%d9%8a-%d8%a7%d8%b9%d8%b5%d8%a7%d8%b1-%d8%b6%d8%b1%d8%a8-%d8%a7%d9%84%d9%82%d8%b1%d9%86-%d8%a7%d9%84%d8%a5%d9%81%d8%b1%d9%8a%d9%82%d9%8a",
    "2018-05-22", "date in the URL '/2018/05/22/' (22 May 2018 was a Tuesday); the body's 'يوم السبت' (landfall of Sat 19 May) and 'الأسبوع الماضي' agree; the dateline 'أخبار الآن | اديس ابابا – اثيوبيا – (وكالات)' and the 'إقرأ أيضاً' link dropped; headline rendered from the URL slug (the stored text has none); no date of its own in the text", True, """
مقتل أكثر من 17 شخصا في إعصار ضرب القرن الإفريقي
أودت فيضانات ورياح عاتية سببها إعصار استوائي بحياة 18 شخصا على الأقل، وشرّد الإعصار كذلك آلافا من السكان في جيبوتي والصومال بالقرن الإفريقي، وفق هيئة تابعة للأمم المتحدة.
وكان الإعصار ساغار قد تشكل الأسبوع الماضي في خليج عدن على مقربة من السواحل اليمنية، ثم بلغ يوم السبت جيبوتي و"جمهورية أرض الصومال" في شمال غرب الصومال، حيث سقط العدد الأكبر من الضحايا.
ونقل المجلس النرويجي للاجئين عن بيان لمسؤول في مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن "1780 أسرة هربت من منازلها بسبب العاصفة، وقُتل 16 شخصا، ودُمّر 80 منزلا على الأقل".
وأشار المصدر نفسه إلى أن الإعصار تسبب في مقتل شخصين في جيبوتي، حيث غمرت الفيضانات أحياء عدة وتضرر منها ما لا يقل عن 20 ألف شخص.
وقال المدير الإقليمي للمجلس النرويجي نيغيل تريكس: "إنها أكبر عاصفة تضرب المنطقة منذ سنوات".
وبيّن مكتب تنسيق الشؤون الإنسانية أن الإعصار خرّب طرقا وبنى تحتية للاتصالات، ما صعّب الحصول على حصيلة كاملة للأضرار في "جمهورية أرض الصومال".
وأُعلن كذلك عن فقدان 40 بحارا كانوا في عرض البحر ولم يُبلَّغوا بقدوم الإعصار، بحسب المصدر ذاته الذي لم يورد تفاصيل أخرى.
""", [
    ev("horn-deaths", "أودت فيضانات ورياح عاتية سببها إعصار استوائي بحياة 18 شخصا", DEATHS[0], "no own expression; the deaths after the landfall of Sat 19 May, counted up to the reports of Tue 22 and Wed 23 May 2018 (my span 19-23 May)", end=DEATHS[1]),
    ev("sagar-forms", "قد تشكل الأسبوع الماضي في خليج عدن", FORMS[0], "'الأسبوع الماضي' from Tue 22 May = the week of 14-20 May; Sagar formed on Wed 16 - Thu 17 May 2018", end=FORMS[1]),
    ev("sagar-landfall", "ثم بلغ يوم السبت جيبوتي", LANDFALL, "'يوم السبت' before Tue 22 = Sat 19 May 2018"),
    ev("families-flee", "1780 أسرة هربت من منازلها بسبب العاصفة", LANDFALL, "no own expression; the flight after the landfall of Sat 19 May, reported by OCHA on Mon 21 May 2018 (my span 19-21 May)", end="2018-05-22"),
    ev("sailors-missing", "فقدان 40 بحارا كانوا في عرض البحر", LANDFALL, "no own expression; sailors at sea during the storm of Sat 19 May, reported missing by Mon 21 May 2018 (my span 19-21 May)", end="2018-05-22"),
])
art(S, "https://manartv.com.lb/3814083",
    "2018-05-23", "no date line on the stored page; the body's 'الأربعاء' for the officials' statement and 'في وقت متأخر الثلاثاء' for the deputy president's words, after the landfall of 'يوم السبت' (Sat 19 May 2018), give Wed 23 May 2018 (the Reuters report of that day); headline written from the body (the stored text has none); the last, truncated sentence on Somaliland's secession dropped; no date of its own in the text", False, """
أكثر من 50 قتيلا في أرض الصومال جراء الإعصار ساجار
أفاد مسؤولون ووكالات إغاثة في منطقة أرض الصومال الانفصالية، الأربعاء، بأن ما يزيد على 50 شخصا فارقوا الحياة بسبب الأمطار الغزيرة والسيول التي خلّفها إعصار مداري اجتاح القرن الإفريقي.
وذكروا أن الإعصار أدى أيضا إلى نفوق أعداد كبيرة من المواشي وإتلاف مئات المزارع.
وصرّح نائب رئيس المنطقة عبد الرحمن عبد الله إسماعيل للصحفيين في وقت متأخر الثلاثاء بأن حصيلة الوفيات الناجمة عن الإعصار تجاوزت حتى الآن 50 شخصا، لافتا إلى أنها قد ترتفع لأن هناك من لا يزالون مفقودين.
وأوضح مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن الإعصار المداري "ساجار" بلغ اليابسة يوم السبت في شمال غرب أرض الصومال وفي جيبوتي، وذلك بعد ثلاثة أيام من تشكله في خليج عدن.
وأضاف المكتب أن الإعصار طال 669 ألف شخص في أرض الصومال، غير أن الوفيات المؤكدة حتى الآن 25 حالة إلى جانب 27 مفقودا، مرجحا أن يرتفع العدد مع وصول المعلومات من المناطق التي يتعذر بلوغها حاليا.
وأشار المكتب إلى تأكيد وفاة شخصين في منطقة بلاد بنط التي تتمتع بحكم شبه ذاتي في شمال شرق الصومال، فضلا عن حالتي وفاة في جيبوتي.
""", [
    ev("officials-50-dead", "أفاد مسؤولون ووكالات إغاثة في منطقة أرض الصومال الانفصالية، الأربعاء", "2018-05-23", "'الأربعاء' = Wed 23 May 2018"),
    ev("horn-deaths", "ما يزيد على 50 شخصا فارقوا الحياة", DEATHS[0], "no own expression; the deaths after the landfall of Sat 19 May, counted up to Wed 23 May 2018 (my span 19-23 May)", end=DEATHS[1]),
    ev("deputy-statement", "للصحفيين في وقت متأخر الثلاثاء", "2018-05-22", "'في وقت متأخر الثلاثاء' before Wed 23 = late on Tue 22 May 2018"),
    ev("sagar-landfall", "بلغ اليابسة يوم السبت في شمال غرب أرض الصومال", LANDFALL, "'يوم السبت' before Wed 23 = Sat 19 May 2018"),
    ev("sagar-forms", "بعد ثلاثة أيام من تشكله في خليج عدن", FORMS[0], "'بعد ثلاثة أيام من تشكله' before Sat 19 = formation on Wed 16 - Thu 17 May 2018", end=FORMS[1]),
])

# ---------------------------------------------------------------- oman-tropical-storm-keila-2011
S = "oman-tropical-storm-keila-2011"
BEGIN = ("2011-11-01", "2011-11-03")       # the storm's rains began in Oman on Tue 1 Nov 2011 (first deaths that day)
KDEATHS = ("2011-11-01", "2011-11-04")     # the deaths of Tue 1 - Thu 3 Nov 2011 (6, then 9, 11 and 14 counted)
POLICE11 = "2011-11-03"                    # the Royal Oman Police's statement of 11 deaths, Thu 3 Nov 2011
HOSPITAL = ("2011-11-02", "2011-11-04")    # patients of al-Nahda hospital evacuated, Wed 2 - Thu 3 Nov 2011
DOWNGRADE = "2011-11-04"                   # the met office downgraded the storm to a depression, Fri 4 Nov 2011
art(S, "http://www.alalam.ir/news/815994/الأمطار-الغزيرة-تقتل-6-أشخاص-في-عُمان",
    "2011-11-03", "page date line 'الخميس ٠٣ نوفمبر ٢٠١١ ١١:٤٨ بتوقيت غرينتش' (kept as second line, Arabic-Indic digits; 3 Nov 2011 was a Thursday); headline kept from the page (re-worded); the site's news ticker after the text dropped", True, """
أمطار غزيرة تودي بحياة 6 أشخاص في عُمان
الخميس ٠٣ نوفمبر ٢٠١١ ١١:٤٨ بتوقيت غرينتش
تسبب المنخفض الجوي المداري الذي تتأثر به أجواء سلطنة عمان في هطول أمطار غزيرة تركزت على محافظات مسقط والشرقية والوسطى والباطنة، مخلفة خسائر في الأرواح والممتلكات؛ إذ دخلت مياه الأمطار عددا من المنازل والمستشفيات والممتلكات العامة والخاصة، وجرت الأودية بقوة جارفة معها بعض السيارات والممتلكات الخاصة.
ونقلت صحيفة "القبس" في عددها الصادر اليوم عن مصدر مسؤول في شرطة سلطنة عمان قوله إن "هذه الأمطار تسببت في وفاة 6 أشخاص (بحسب إحصائية أولية) في محافظتي الباطنة والشرقية، ثلاثة منهم بصعق كهربائي وثلاثة جرفتهم الأودية أثناء محاولتهم عبورها وهي جارية، وأُنقذت امرأة جرفتها المياه بينما غرق طفلاها اللذان كانا معها في سيارتها بمحافظة الباطنة عند عبورها مجرى الوادي، كما أخرجت الشرطة أشخاصا حاصرتهم الفيضانات وعائلة علقت وسط الجريان".
وليست الأمطار أمرا مألوفا في سلطنة عمان، غير أنها قد تتأثر بالرياح الموسمية أو بالأعاصير، وقد أدت الأمطار الغزيرة إلى السيول الأخيرة التي أغرقت المناطق المنخفضة.
""", [
    ev("keila-rains", "تسبب المنخفض الجوي المداري الذي تتأثر به أجواء سلطنة عمان في هطول أمطار غزيرة", BEGIN[0], "no own expression; the rains of the storm over northern Oman from Tue 1 Nov, still falling on Thu 3 Nov 2011 (my span 1-3 Nov)", end=KDEATHS[1]),
    ev("alqabas-report", "ونقلت صحيفة \"القبس\" في عددها الصادر اليوم", "2011-11-03", "'في عددها الصادر اليوم' = al-Qabas of Thu 3 Nov 2011"),
    ev("keila-deaths", "تسببت في وفاة 6 أشخاص (بحسب إحصائية أولية)", KDEATHS[0], "no own expression; the first deaths of Tue 1 and Wed 2 Nov 2011 (five on Tuesday, one on Wednesday per ONA), within the storm's deaths of 1-3 Nov", end=KDEATHS[1]),
    ev("children-drowned", "بينما غرق طفلاها اللذان كانا معها في سيارتها", "2011-11-01", "no own expression; the two children drowned in Wadi al-Abyad (Wadi al-Maawil) on Tue 1 Nov 2011 (ONA via CNN, 3 Nov)"),
])
art(S, "http://www.aljazeera.net/home/print/f6451603-4dff-4ca1-9c10-122741d17432/19286d9b-cc6c-498e-bc5f-9fb644e48f7c",
    "2011-11-04", "page date line 'الجمعة 1432/12/9 هـ - الموافق 4/11/2011 م (آخر تحديث) الساعة 20:30 (مكة المكرمة)، 17:30 (غرينتش)' (kept as second line; 4 Nov 2011 was a Friday); the body's 'اليوم الجمعة' agrees; headline kept from the page (re-worded); the photo caption and the last, truncated sentence dropped", True, """
العاصفة المدارية تنحسر مخلفة خسائر في عُمان
الجمعة 1432/12/9 هـ - الموافق 4/11/2011 م (آخر تحديث) الساعة 20:30 (مكة المكرمة)، 17:30 (غرينتش)
تراجعت حدة العاصفة المدارية "كيلا" قليلا اليوم الجمعة، بعدما اجتاحت مناطق واسعة من سلطنة عمان وأسقطت قتلى وألحقت خسائر مادية تقدرها بعض الجهات بنحو ثمانين مليون دولار.
وتواصل اليوم هطول الأمطار الغزيرة على مناطق في جنوب السلطنة، بينما خُفّض تصنيف الحالة الجوية إلى منخفض جوي بحسب ما أعلنته مصلحة الأرصاد الجوية العمانية اليوم.
وكانت مصادر في فرق الدفاع المدني العمانية قد تحدثت أمس عن 14 وفاة و200 مصاب خلال ثلاثة أيام.
وأوضحت الشرطة أن معظم الضحايا قضوا غرقا أثناء محاولتهم عبور الأودية بسياراتهم.
وكانت الشرطة أمس قد حذرت المواطنين ودعتهم إلى أقصى درجات الحذر بسبب الأمطار الغزيرة على ولاية سدح الجنوبية، التي كانت مع محافظة ظفار التابعة لها ضمن المحافظات التي طالتها العاصفة المدارية.
وأفاد جهاز الدفاع المدني بأنه أخرج أمس 57 مريضا حاصرتهم السيول في مستشفى النهضة بمحافظة مسقط قبل أن تغمره المياه وتتلف أجهزته، كما استعان بطائرات مروحية لإنقاذ أشخاص علقوا بسياراتهم وسط الأودية.
""", [
    ev("keila-weakens", "تراجعت حدة العاصفة المدارية \"كيلا\" قليلا اليوم الجمعة", DOWNGRADE, "'اليوم الجمعة' = Fri 4 Nov 2011 (date line)"),
    ev("downgrade-to-depression", "خُفّض تصنيف الحالة الجوية إلى منخفض جوي", DOWNGRADE, "'اليوم' = Fri 4 Nov 2011"),
    ev("keila-deaths", "14 وفاة و200 مصاب خلال ثلاثة أيام", KDEATHS[0], "'خلال ثلاثة أيام' up to 'أمس' (Thu 3 Nov) = Tue 1 - Thu 3 Nov 2011", end=KDEATHS[1]),
    ev("sadah-warning", "وكانت الشرطة أمس قد حذرت المواطنين", "2011-11-03", "'أمس' in an article of Fri 4 Nov 2011 = Thu 3 Nov"),
    ev("hospital-evacuation", "أخرج أمس 57 مريضا حاصرتهم السيول في مستشفى النهضة", HOSPITAL[0], "'أمس' from Fri 4 = Thu 3 Nov 2011; the evacuation of the hospitals was already reported by Reuters on Wed 2 Nov, so my span Wed 2 - Thu 3 Nov", end=HOSPITAL[1]),
])
art(S, "https://alwatan.com.sa/article/113244",
    "2011-11-04", "no date line on the stored page; the body's 'إلى غد السبت' puts the report on Fri 4 Nov 2011 (al-Watan of Saudi Arabia), and its 'أمس' (the police statement of 11 deaths) is Thu 3 Nov, the day of the statement (sabq: 'اليوم الخميس'); headline written from the body (the stored text has none); no date of its own in the text", False, """
11 قتيلا و200 مصاب في عاصفة استوائية اجتاحت عُمان
قضى 11 عمانيا وأصيب 200 آخرون أمس إثر عاصفة استوائية اجتاحت السلطنة، وألحقت كذلك خسائر مادية تجاوزت تقديراتها 50 مليون دولار.
وبيّنت شرطة عمان السلطانية في بيان أصدرته أمس أن الضحايا لقوا حتفهم وهم يعبرون بمركباتهم أودية غمرتها المياه عقب هطول الأمطار الناجمة عن منخفض جوي تمر به السلطنة حاليا.
وأغرقت الأمطار المصاحبة للعاصفة التي بدأت أول من أمس أجزاء واسعة من البلاد، ما استدعى نقل 60 مريضا من مستشفيين بطائرات مروحية، كما غمرت المياه طرقا سريعة وجرفت سيارات.
وبحسب الأرصاد الجوية، تستمر الأمطار الغزيرة على ولاية سدح ومناطقها الساحلية والجبلية، ترافقها رياح وعواصف رعدية، إلى غد السبت.
""", [
    ev("keila-deaths", "قضى 11 عمانيا وأصيب 200 آخرون أمس", KDEATHS[0], "'أمس' (Thu 3 Nov) is the day of the count; the deaths themselves fell on Tue 1 - Thu 3 Nov 2011", end=KDEATHS[1]),
    ev("police-statement-11", "وبيّنت شرطة عمان السلطانية في بيان أصدرته أمس", POLICE11, "'أمس' in an article of Fri 4 Nov 2011 = Thu 3 Nov"),
    ev("storm-begins", "للعاصفة التي بدأت أول من أمس", BEGIN[0], "'أول من أمس' from Fri 4 = Wed 2 Nov 2011, but the rains and the first deaths began on Tue 1 Nov (Reuters, ONA); my span Tue 1 - Wed 2 Nov", end=BEGIN[1]),
    ev("hospital-evacuation", "ما استدعى نقل 60 مريضا من مستشفيين بطائرات مروحية", HOSPITAL[0], "no own expression; the evacuation of two hospitals, Wed 2 - Thu 3 Nov 2011 (my span)", end=HOSPITAL[1]),
    ev("sadah-rains-continue", "تستمر الأمطار الغزيرة على ولاية سدح", "2011-11-04", "'إلى غد السبت' from Fri 4 = until Sat 5 Nov 2011 (a forecast)", end="2011-11-06"),
])
art(S, "https://sauress.com/almadina/336880",
    "2011-11-05", "no date line on the stored page (al-Madina, Saudi Arabia, as carried by sauress); the body's 'ظهر أمس الجمعة' for the downgrade of the storm (Fri 4 Nov 2011, aljazeera) gives Sat 5 Nov 2011; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
11 قتيلا في عُمان وخسائر تفوق 80 مليون دولار
قضى 11 مواطنا عمانيا جراء عاصفة مدارية اجتاحت محافظات عديدة في سلطنة عمان، وفق أحدث حصيلة رسمية أعلنتها الشرطة، في حين لم يُعلن عن قيمة الخسائر المادية التي تتوقع مصادر أن تتخطى 80 مليون دولار أمريكي.
وهطلت أمطار غزيرة على المناطق الجنوبية من السلطنة على الرغم من خفض تصنيف الحالة الجوية إلى منخفض جوي، بحسب ما أعلنته مصلحة الأرصاد الجوية ظهر أمس الجمعة.
وجرفت السيول الناتجة عن الأمطار الغزيرة مئات السيارات وألحقت الضرر بمؤسسات حكومية وخاصة.
وكانت قوات الدفاع المدني قد أنقذت 57 مريضا حاصرتهم السيول في مستشفى النهضة، قبل أن تغمر المياه المبنى وتطمر أجهزته الطبية تحت التراب والطمي.
كما نفذت القوات نفسها عشرات عمليات الإنقاذ لمواطنين ومقيمين حاصرتهم السيول في مناطق من محافظات مختلفة.
وبثت الإذاعة والتلفزيون في عمان مشاهد لأشخاص جرفت المياه سياراتهم فاعتلوا أسقفها إلى أن انتشلتهم الطائرات.
وفي ولاية سدح بالمنطقة الجنوبية، حيث تمركزت العاصفة، سُجلت خسائر مادية جسيمة، فقد حطمت الأمواج قوارب صيد وأتت السيول على منازل كثيرة، ولم تتمكن فرق الإغاثة من دخول الولاية بعد مضي ثلاثة أيام على حصار السيول لها، ولم تُعلن أي حصيلة للخسائر فيها.
""", [
    ev("keila-deaths", "قضى 11 مواطنا عمانيا جراء عاصفة مدارية", KDEATHS[0], "no own expression; the deaths of Tue 1 - Thu 3 Nov 2011", end=KDEATHS[1]),
    ev("police-statement-11", "وفق أحدث حصيلة رسمية أعلنتها الشرطة", POLICE11, "no own expression; the police toll of 11 issued on Thu 3 Nov 2011 (sabq 'اليوم الخميس', alwatan 'أمس' on Fri 4)"),
    ev("downgrade-to-depression", "خفض تصنيف الحالة الجوية إلى منخفض جوي", DOWNGRADE, "'ظهر أمس الجمعة' in an article of Sat 5 Nov 2011 = noon of Fri 4 Nov"),
    ev("hospital-evacuation", "قد أنقذت 57 مريضا حاصرتهم السيول في مستشفى النهضة", HOSPITAL[0], "no own expression ('وكانت ... قد'); Wed 2 - Thu 3 Nov 2011 (my span; aljazeera 'أمس' on Fri 4)", end=HOSPITAL[1]),
    ev("sadah-cut-off", "لم تتمكن فرق الإغاثة من دخول الولاية بعد مضي ثلاثة أيام", "2011-11-02", "'بعد مضي ثلاثة أيام' up to the report of Fri 4 - Sat 5 Nov = Sadah cut off by the floods from about Wed 2 Nov 2011 (my span 2-5 Nov)", end="2011-11-06"),
])

# ---------------------------------------------------------------- yemen-socotra-cyclone-megh-2015
S = "yemen-socotra-cyclone-megh-2015"
MEGH = "2015-11-08"                         # Megh struck Socotra on Sun 8 Nov 2015
WMO = "2015-11-06"                          # the WMO announced the new cyclone on Fri 6 Nov 2015
CHAPALA = ("2015-10-31", "2015-11-04")      # Chapala: Socotra 31 Oct - 1 Nov, Hadramout / Mukalla 2-3 Nov 2015
CHAPALA_DEATHS = ("2015-11-01", "2015-11-04")  # its eight deaths, Socotra (1 Nov) and the mainland (2-3 Nov)
KAFAIN = ("2015-11-08", "2015-11-10")       # Kafain's toll of four dead, Sun 8 - Mon 9 Nov 2015
art(S, "https://arabiaweather.com/fr/content/%D9%85%D9%8A%D8%BA-%D9%8A%D9%87%D8%AF%D8%AF-%D8%B9%D8%AF%D9%86-%D9%88%D8%B1%D9%81%D8%B9-%D8%AF%D8%B1%D8%AC%D8%A9-%D8%A7%D9%84%D8%B7%D9%88%D8%A7%D8%B1%D8%A6-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D9%84%D9%88%D9%86-%D8%A7%D9%84%D8%A3%D8%AD%D9%85%D8%B1",
    "2015-11-08", "page stamp '2015-11-08 2015-11-08T10:23:58Z' (kept as second line; 8 Nov 2015 was a Sunday); the body's 'اليوم الأحد' agrees; the byline, the site tag 'موقع ArabiaWeather.com' and the French note of the translated page dropped; headline kept from the page (re-worded)", True, """
ميغ يقترب من عدن والطوارئ ترتفع إلى الدرجة الحمراء
2015-11-08 2015-11-08T10:23:58Z
يجتاح إعصار ميغ سواحل جزيرة سقطرى اليمنية، وهو ثاني إعصار يضرب هذه السواحل بأقل من أسبوع، كما بات يشكل تهديدا لسواحل مدينة عدن.
ومن المرتقب أن يبلغ "ميغ" سواحل عدن اليوم الأحد، وقد رفع المركز الوطني للأرصاد الجوية التابع للهيئة العامة للطيران المدني والأرصاد حالة الطوارئ إلى اللون الأحمر.
وأوضح المركز في بيان أن "ميغ" سيطال أعالي البحار شرقي خليج عدن وشرقي أرخبيل سقطرى بأمطار رعدية غزيرة ورياح قوية وهيجان شديد في البحر، ولم يستبعد أن تتأثر سواحل محافظتي المهرة وحضرموت.
ويذكر أن جزيرة سقطرى ومحافظات حضرموت والمهرة وعدن كانت قد تأثرت بإعصار "شابالا" مطلع بداية الشهر الجاري، الذي أوقع ثمانية قتلى وخلف دمارا وخسائر فادحة.
ووجّه المركز تحذيرات إلى ملاك السفن والصيادين ومرتادي البحر من خطورة الأحوال الجوية وشدة هيجان البحر، وطالبهم بعدم الإبحار في المناطق المشار إليها سابقًا.
""", [
    ev("megh-hits-socotra", "يجتاح إعصار ميغ سواحل جزيرة سقطرى اليمنية", MEGH, "present tense in a report stamped Sun 8 Nov 2015 = Sun 8 Nov"),
    ev("red-alert", "رفع المركز الوطني للأرصاد الجوية التابع للهيئة العامة للطيران المدني والأرصاد حالة الطوارئ", "2015-11-07", "no own expression; the red level announced by Sun 8 Nov 2015 morning (my span Sat 7 - Sun 8 Nov)", end="2015-11-09"),
    ev("chapala-strikes", "كانت قد تأثرت بإعصار \"شابالا\" مطلع بداية الشهر الجاري", CHAPALA[0], "'مطلع بداية الشهر الجاري' = early November 2015: Chapala over Socotra 31 Oct - 1 Nov and over Hadramout 2-3 Nov", end=CHAPALA[1]),
    ev("chapala-deaths", "الذي أوقع ثمانية قتلى", CHAPALA_DEATHS[0], "no own expression; Chapala's eight deaths on Socotra (1 Nov) and in Hadramout (2-3 Nov 2015)", end=CHAPALA_DEATHS[1]),
])
art(S, "https://ksa.ksa2day.com/Home/NewsDetails?NewsID=2443568",
    "2015-11-08", "no date line on the stored page; the body's 'أول أمس الجمعة' for the WMO announcement (Fri 6 Nov 2015, aljazeera 'الجمعة') and Megh striking Socotra (Sun 8 Nov) give Sun 8 Nov 2015; headline written from the body (the stored text has none); missing spaces of the stored text restored; no date of its own in the text", False, """
إعصار ميغ يضرب سقطرى بعد أيام من تشابالا
اجتاح إعصار ميغ جزيرة سقطرى اليمنية بعد أيام من إعصار تشابالا الذي جلب أمطارا غزيرة وفيضانات وخلّف ضحايا وأضرارا مادية في البلاد.
وبلغ الإعصار، المصنف من الدرجة الأولى، الجزيرة الواقعة على بعد 380 كلم من السواحل اليمنية، برياح تزيد سرعتها على 79 كلم في الساعة وأمطار غزيرة.
ويُرتقب أن تضعف قوة الإعصار عند وصوله إلى الساحل الجنوبي الغربي لليمن، على أن تتأثر به محافظتا لحج وأبين والمناطق الشرقية من سلطنة عمان.
وكانت الهيئة العالمية للأرصاد الجوية قد أعلنت أول أمس الجمعة أن إعصارا استوائيا جديدا أخذ يتشكل في بحر العرب متجها نحو اليمن.
ورجّحت المنظمة أن تتضاعف قوة العاصفة لتبلغ سرعة رياحها مئة كلم في الساعة، لكنها أشارت إلى أن قوتها ستتراجع بدءا من الأحد وإن ظلت مصحوبة بأمطار غزيرة.
وقالت المتحدثة باسم المنظمة كلير نوليس إن ميغ سيكون أقل قوة من تشابالا الذي ضرب مساء الثلاثاء الساحل الجنوبي الشرقي لليمن وأودى بحياة ثمانية أشخاص وأصاب نحو أربعين في محافظة حضرموت.
ونادرا ما تشهد شبه الجزيرة العربية أعاصير مدارية، وذكرت هيئة الأرصاد الجوية أن هذا الجزء من الخليج العربي لم يشهد توالي العواصف في غضون أسبوع واحد.
""", [
    ev("megh-hits-socotra", "اجتاح إعصار ميغ جزيرة سقطرى اليمنية", MEGH, "no own expression; Megh struck Socotra on Sun 8 Nov 2015, the day of this report"),
    ev("wmo-announcement", "قد أعلنت أول أمس الجمعة أن إعصارا استوائيا جديدا", WMO, "'أول أمس الجمعة' from Sun 8 = Fri 6 Nov 2015"),
    ev("megh-forms", "أخذ يتشكل في بحر العرب متجها نحو اليمن", "2015-11-05", "no own expression; Megh formed as a depression on Thu 5 Nov and was named on Fri 6 Nov 2015 (outside knowledge)", end="2015-11-07"),
    ev("chapala-mainland", "تشابالا الذي ضرب مساء الثلاثاء الساحل الجنوبي الشرقي لليمن", "2015-11-02", "'مساء الثلاثاء' = Tue 3 Nov 2015; Chapala reached Mukalla in the night of Mon 2 - Tue 3 Nov (the other set's 'الاثنين 2 نوفمبر'), so my span 2-3 Nov", end="2015-11-04"),
    ev("chapala-deaths", "وأودى بحياة ثمانية أشخاص", CHAPALA_DEATHS[0], "no own expression; Chapala's eight deaths of 1-3 Nov 2015", end=CHAPALA_DEATHS[1]),
])
art(S, "http://www.aljazeera.net/news/arabic/2015/11/9/%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D9%85%D9%8A%D8%BA-%D9%88%D8%AF%D8%B9%D9%88%D8%A9-%D9%84%D8%A5%D8%BA%D8%A7%D8%AB%D8%A9-%D8%A7%D9%84%D9%85%D9%86%D9%83%D9%88%D8%A8%D9%8A%D9%86-%D8%A8%D8%A7%D9%84%D9%8A%D9%85%D9%86",
    "2015-11-09", "date in the URL '/2015/11/9/' (9 Nov 2015 was a Monday); the body's 'أمس الأحد' agrees; headline rendered from the URL slug (the stored text has none); the last, truncated sentence shortened; no date of its own in the text", True, """
ارتفاع ضحايا ميغ ودعوة إلى إغاثة المنكوبين في اليمن
أعلن وزير الثروة السمكية اليمني فهد كفاين ارتفاع حصيلة ضحايا إعصار ميغ الذي اجتاح جزيرة سقطرى إلى أربعة قتلى وعشرات الجرحى، وذلك عقب إعصار شابالا الذي أحدث دمارا واسعا الأسبوع الماضي.
وفي الأثناء أطلقت منظمة التعاون الإسلامي نداء عاجلا لإغاثة المتضررين من الإعصارين.
وأضاف الوزير، العضو في اللجنة الحكومية المكلفة بمتابعة الإعصار السابق، أن شخصين لا يزالان في عداد المفقودين، إلى جانب عشرات المصابين.
وذكر كفاين في صفحته على موقع فيسبوك أن "الدمار هائل في منازل المواطنين ومعدات الصيادين والمزارع والمواشي".
وصاحب الإعصار ميغ هطول أمطار غزيرة وهبوب رياح عاتية رفعت الأمواج إلى مستويات غير مسبوقة.
وكانت المعلومات الأولية قد تحدثت عن مقتل شخصين وإصابة أربعة بسبب الإعصار ميغ الذي ضرب جزيرة سقطرى أمس الأحد، في أقل من أسبوع من تعرضها لإعصار شابالا الذي خلّف ثمانية قتلى ودمارا كبيرا.
وأكد سكان في سقطرى لوكالة الأناضول أن ميغ كان أقوى من شابالا، وأن الدمار الذي تركه أكبر من حيث عدد المنازل المنهارة والأشجار المقتلعة والمواشي النافقة.
وكانت الهيئة العالمية للأرصاد الجوية قد أعلنت الجمعة أن إعصارا استوائيا جديدا بدأ يتشكل في بحر العرب متجها نحو اليمن.
""", [
    ev("kafain-toll-4", "أعلن وزير الثروة السمكية اليمني فهد كفاين ارتفاع حصيلة ضحايا إعصار ميغ", KAFAIN[0], "no own expression; Kafain's Facebook toll of four dead, posted on Sun 8 or Mon 9 Nov 2015 (my span)", end=KAFAIN[1]),
    ev("oic-appeal", "أطلقت منظمة التعاون الإسلامي نداء عاجلا", "2015-11-08", "no own expression ('وفي الأثناء'); the OIC's appeal reported on Mon 9 Nov 2015 (my span Sun 8 - Mon 9)", end="2015-11-10"),
    ev("megh-deaths", "قد تحدثت عن مقتل شخصين وإصابة أربعة", MEGH, "the first deaths of the cyclone of 'أمس الأحد' = Sun 8 Nov 2015 (my span 8-9 Nov, as deaths were still counted on Monday)", end="2015-11-10"),
    ev("megh-hits-socotra", "الإعصار ميغ الذي ضرب جزيرة سقطرى أمس الأحد", MEGH, "'أمس الأحد' in an article of Mon 9 Nov 2015 = Sun 8 Nov"),
    ev("chapala-deaths", "لإعصار شابالا الذي خلّف ثمانية قتلى", CHAPALA_DEATHS[0], "'في أقل من أسبوع' before Sun 8 Nov; Chapala's eight deaths of 1-3 Nov 2015", end=CHAPALA_DEATHS[1]),
    ev("wmo-announcement", "قد أعلنت الجمعة أن إعصارا استوائيا جديدا", WMO, "'الجمعة' before Mon 9 Nov = Fri 6 Nov 2015"),
])
art(S, "https://arabi21.co/story/871772/%D8%A5%D8%B9%D8%B5%D8%A7%D8%B1-%D9%85%D9%8A%D8%BA-%D9%8A%D9%82%D8%AA%D9%84-%D8%A3%D8%B1%D8%A8%D8%B9%D8%A9-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D9%81%D9%8A-%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9-%D8%B3%D9%82%D8%B7%D8%B1%D9%89-%D8%A7%D9%84%D9%8A%D9%85%D9%86%D9%8A%D8%A9",
    "2015-11-09", "no date line on the stored page; the body's 'الإثنين' (twice: the deaths and the damage report 'الذي اطلعت عليه عربي21، الإثنين') after Megh struck Socotra 'الأحد' (Sun 8 Nov 2015) gives Mon 9 Nov 2015; headline rendered from the URL slug (the stored text has none); the stray quotation mark after 'سقطرى' dropped; the last, truncated sentence shortened; no date of its own in the text", False, """
إعصار ميغ يودي بأربعة أشخاص في جزيرة سقطرى اليمنية
قُتل أربعة أشخاص وجُرح العشرات الإثنين، جراء إعصار جديد ضرب سواحل جزيرة سقطرى الواقعة في المحيط الهندي قبالة الساحل اليمني.
وأعلن فهد كفاين، وزير الثروة السمكية اليمني وعضو اللجنة الحكومية المكلفة بمتابعة إعصار "ميغ"، مقتل أربعة مواطنين وفقدان اثنين آخرين وإصابة العشرات بسبب الإعصار الذي ضرب أرخبيل سقطرى.
وكتب كفاين على حسابه الرسمي في موقع "فيسبوك" أن "الإعصار ألحق دمارا هائلا بمنازل المواطنين ومعدات الصيادين والمزارع والمواشي".
ونقل ناشطون عن سكان محليين أن رياح "ميغ" كانت أسرع من رياح "تشابالا"، إضافة إلى ما ألحقه من أضرار بسقطرى.
وبحسب تقرير أولي عن حجم الأضرار التي تركها "ميغ"، فقد أدى إلى "انهيار 800 منزل على الأقل، ونزوح ما يزيد على 3 آلاف مواطن، ونفوق آلاف المواشي، واقتلاع مئات النخيل، وضياع قوارب صيد كثيرة وتحطمها".
وأفاد التقرير الذي اطلعت عليه "عربي21"، الإثنين، بأن "شبكة الاتصالات توقفت، وانقطع ضخ المياه الحكومية، كما طُمرت آبار عدة أو تهدمت في أنحاء الجزيرة".
وكان إعصار "ميغ" قد اجتاح جزيرة سقطرى، الأحد، ولم يكن قد مضى سوى أيام على إعصار "شابالا" الذي ضرب الجزيرة الأسبوع الماضي وألحق دمارا بالبنية التحتية فيها.
""", [
    ev("megh-deaths", "قُتل أربعة أشخاص وجُرح العشرات الإثنين", MEGH, "the text's 'الإثنين' (Mon 9 Nov 2015) is the day of the report; the deaths came with the cyclone of Sun 8 Nov (my span 8-9 Nov)", end="2015-11-10"),
    ev("kafain-toll-4", "وأعلن فهد كفاين، وزير الثروة السمكية اليمني", KAFAIN[0], "no own expression; Kafain's toll of four dead, Sun 8 - Mon 9 Nov 2015 (my span)", end=KAFAIN[1]),
    ev("initial-damage-report", "وبحسب تقرير أولي عن حجم الأضرار التي تركها", "2015-11-09", "the report seen by Arabi21 'الإثنين' = Mon 9 Nov 2015"),
    ev("megh-hits-socotra", "قد اجتاح جزيرة سقطرى، الأحد", MEGH, "'الأحد' before Mon 9 = Sun 8 Nov 2015"),
    ev("chapala-strikes", "إعصار \"شابالا\" الذي ضرب الجزيرة الأسبوع الماضي", CHAPALA[0], "'الأسبوع الماضي' from Mon 9 Nov = the week of 1-7 Nov; Chapala passed Socotra on 31 Oct - 1 Nov 2015 (story span 31 Oct - 3 Nov)", end=CHAPALA[1]),
])

# ---------------------------------------------------------------- somalia-puntland-cyclone-2013
S = "somalia-puntland-cyclone-2013"
LANDFALL13 = "2013-11-09"                  # the storm made landfall on Sat 9 Nov 2013 (Puntland government, Reuters)
STRIKES = ("2013-11-09", "2013-11-12")     # the storm over Eyl, Bandarbeyla, Dangorayo, Hafun: Sat 9 - Mon 11 Nov 2013
PDEATHS = ("2013-11-09", "2013-11-12")     # the deaths of the storm, Sat 9 - Mon 11 Nov 2013
EMERGENCY = ("2013-11-10", "2013-11-12")   # Puntland declared a state of emergency, by Mon 11 Nov 2013
APPEAL = ("2013-11-11", "2013-11-14")      # Puntland's call for international aid, Mon 11 - Wed 13 Nov 2013
TOLL300 = "2013-11-13"                     # Puntland's statement that the toll may reach 300, Wed 13 Nov 2013
ROAD = ("2013-11-10", "2013-11-14")        # the Garowe - Bosaso road cut by the floods, 10-13 Nov 2013
art(S, "https://www.alwasatnews.com/news/827690.html",
    "2013-11-11", "the body's 'اليوم الاثنين (11 نوفمبر/ تشرين الثاني 2013)' (kept; 11 Nov 2013 was a Monday); the paper's issue line 'العدد 4083 - الأحد 10 نوفمبر 2013م الموافق 06 محرم 1435هـ' above the text belongs to the print edition of the day before and was dropped; headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
نحو مئة قتيل في عاصفة ضربت إقليم بلاد بنط الصومالي
أعلنت حكومة إقليم بلاد بنط الصومالي شبه المستقل اليوم الاثنين (11 نوفمبر/ تشرين الثاني 2013) أن مئة شخص على الأقل لقوا حتفهم في مطلع الأسبوع حين اجتاحت عاصفة الإقليم، وأعلنت حالة الطوارئ ودعت المجتمع الدولي إلى مساعدة الضحايا.
وذكرت الحكومة أن مئات الأشخاص باتوا في عداد المفقودين بعد أن بلغت العاصفة اليابسة يوم السبت.
وقال رئيس الإقليم عبد الرحمن محمود فارول للصحفيين في العاصمة جاروي: "جرفت الفيضانات المنازل والمواشي إلى المحيط.. نطالب وكالات الإغاثة الأممية بمد يد العون للضحايا. وقد شكلنا لجنة لإحصاء الخسائر والأضرار. لقد دُمرت مرافق الكهرباء والاتصالات وقوارب الصيد بأكملها."
وأشارت الحكومة إلى أن المعطيات الأولية تفيد بنفوق 100 ألف رأس من الماشية وجرف قوارب الصيد، ما يهدد مصادر رزق عشرات الآلاف من السكان.
ويُتوقع أن تتوغل العاصفة نحو الداخل وأن تستمر حتى يوم الأربعاء.
وطالت العاصفة مناطق إيل وبيلا ودانجورايو وحافون على الساحل الشرقي، وامتدت إلى ألولا عند طرف القرن الإفريقي.
وأدت الرياح القوية والأمطار الغزيرة إلى سيول قطعت الطرق المؤدية إلى المناطق الساحلية.
""", [
    ev("puntland-statement-100", "أعلنت حكومة إقليم بلاد بنط الصومالي شبه المستقل اليوم الاثنين", "2013-11-11", "'اليوم الاثنين (11 نوفمبر/ تشرين الثاني 2013)' = Mon 11 Nov 2013"),
    ev("storm-deaths", "مئة شخص على الأقل لقوا حتفهم في مطلع الأسبوع", PDEATHS[0], "'في مطلع الأسبوع' before Mon 11 = the weekend of Sat 9 - Sun 10 Nov 2013; deaths still counted on Monday (story span 9-11 Nov)", end=PDEATHS[1]),
    ev("emergency-declared", "وأعلنت حالة الطوارئ", EMERGENCY[0], "no own expression; declared by the time of the statement of Mon 11 Nov 2013 (my span Sun 10 - Mon 11)", end=EMERGENCY[1]),
    ev("storm-landfall", "بعد أن بلغت العاصفة اليابسة يوم السبت", LANDFALL13, "'يوم السبت' before Mon 11 = Sat 9 Nov 2013"),
    ev("farole-statement", "وقال رئيس الإقليم عبد الرحمن محمود فارول للصحفيين في العاصمة جاروي", "2013-11-10", "no own expression; Farole spoke to reporters in Garowe on Sun 10 or Mon 11 Nov 2013 (my span)", end="2013-11-12"),
    ev("storm-strikes", "وطالت العاصفة مناطق إيل وبيلا ودانجورايو وحافون", STRIKES[0], "no own expression; the storm of Sat 9 - Mon 11 Nov 2013 over the east coast (my span)", end=STRIKES[1]),
])
art(S, "https://alresalah.ps/post/82782/%D8%A2%D9%84%D8%A7%D9%81-%D8%A7%D9%84%D9%82%D8%AA%D9%84%D9%89-%D9%88%D8%A7%D9%84%D9%85%D9%81%D9%82%D9%88%D8%AF%D9%8A%D9%86-%D8%A8%D8%B9%D8%A7%D8%B5%D9%81%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B5%D9%88%D9%85%D8%A7%D9%84/amp",
    "2013-11-13", "no date line on the stored page; the body's 'وسيستمر حتى اليوم الأربعاء' (the forecast, made on Mon 11, that the storm would last until Wednesday) and 'أمس' for the BBC report of the federal pledge of Tue 12 Nov give Wed 13 Nov 2013; headline written from the body (the slug's 'آلاف القتلى والمفقودين' is not in the text); the spellings 'عبد فارح', 'غارو' and 'بوتلاند' corrected; the last, truncated sentence dropped; no date of its own in the text", False, """
مخاوف من ارتفاع قتلى عاصفة بونتلاند الصومالية إلى أكثر من 300
أبدى مسؤول محلي في منطقة بونتلاند خشيته من أن يتجاوز عدد قتلى العاصفة الاستوائية التي ضربت المنطقة ثلاثمائة شخص.
وقال رئيس الوزراء الصومالي عبدي فارح شردون إن العاصفة ألحقت خسائر مادية وبشرية فادحة، وإن 50 ألف شخص تضرروا منها، من بينهم خمسة آلاف لا يزالون مفقودين.
وأكد شردون في مؤتمر صحفي أن حكومته ستقدم مساعدات عاجلة لمتضرري الكارثة التي ضربت المنطقة الاثنين الماضي.
وقد أعلنت الحكومة الصومالية "بونتلاند" منطقة منكوبة، فيما ذكرت هيئة الإذاعة البريطانية (BBC) أمس أن وزير الداخلية الصومالي عبد الكريم حسن جوليد أعلن تعهد الحكومة المركزية بتقديم مليون دولار.
من جانبها أعلنت سلطات بونتلاند حالة الطوارئ.
وقال رئيس الإقليم عبدي رحمن محمد فارول للصحفيين في مدينة غاروي: "لقد جرف الإعصار البيوت والمواشي وقذف بها إلى المحيط".
وطالبت حكومة الإقليم المجتمع الدولي بالمساعدة في إغاثة المتضررين، وأفادت تقارير رسمية بأن التقديرات الأولية تشير إلى نفوق أكثر من مائة ألف رأس من الماشية وتحطم عدد كبير من قوارب الصيد، ما يهدد أرزاق عشرات الآلاف من السكان.
وبحسب تقارير الأرصاد الجوية، فإن الإعصار سيتوغل نحو المناطق الداخلية مبتعدا عن البحر، وسيستمر حتى اليوم الأربعاء.
""", [
    ev("shirdon-press-conference", "وأكد شردون في مؤتمر صحفي", "2013-11-12", "no own expression; the prime minister's press conference of Tue 12 Nov 2013 (my span Tue 12 - Wed 13)", end="2013-11-14"),
    ev("storm-strikes", "الكارثة التي ضربت المنطقة الاثنين الماضي", STRIKES[0], "'الاثنين الماضي' from Wed 13 = Mon 11 Nov 2013; the storm struck on Sat 9 - Sun 10 and its floods lasted into Monday (story span 9-11 Nov)", end=STRIKES[1]),
    ev("federal-pledge", "أعلن تعهد الحكومة المركزية بتقديم مليون دولار", "2013-11-12", "'أمس' (the BBC report) in an article of Wed 13 Nov 2013 = Tue 12 Nov"),
    ev("emergency-declared", "من جانبها أعلنت سلطات بونتلاند حالة الطوارئ", EMERGENCY[0], "no own expression; declared by Mon 11 Nov 2013 (alwasat), my span Sun 10 - Mon 11", end=EMERGENCY[1]),
    ev("intl-appeal", "وطالبت حكومة الإقليم المجتمع الدولي بالمساعدة", APPEAL[0], "no own expression; Puntland's appeals of Mon 11 - Wed 13 Nov 2013 (my span)", end=APPEAL[1]),
    ev("livestock-loss", "نفوق أكثر من مائة ألف رأس من الماشية", PDEATHS[0], "no own expression; the livestock killed by the storm of Sat 9 - Mon 11 Nov 2013", end=PDEATHS[1]),
])
art(S, "https://iraqtoday.net/180/5678678769777",
    "2013-11-13", "no date line on the stored page (a copy of al-Arab al-Yawm); the body's 'اليوم الأربعاء' for Puntland's statement on the toll (AFP, Wed 13 Nov 2013) gives Wed 13 Nov 2013; the dateline 'مقديشو ـ العرب اليوم' and the 'أرسل تعليقك' link dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
بونتلاند تخشى أن تبلغ حصيلة العاصفة 300 قتيل
أعلنت سلطات منطقة بونتلاند في شمال شرق الصومال، اليوم الأربعاء، أن عدد ضحايا العاصفة العنيفة والفيضانات التي عرفتها المنطقة قد يصل إلى 300 قتيل إلى جانب مئات المفقودين.
وذكرت حكومة بونتلاند في بيان أن الأمطار الغزيرة والرياح العاتية والفيضانات تسببت في كارثة، إذ يُعد 300 شخص في عداد القتلى، بينما لا يزال المئات مفقودين، ونفقت أعداد لا تحصى من الماشية.
وأضافت السلطات: "كثير من صيادي السمك فُقدوا أو عُدّوا في عداد الموتى. لقد محت العاصفة قرى كاملة بمساكنها ومبانيها وزوارقها".
وطلبت حكومة بونتلاند، المنطقة المتمتعة بحكم ذاتي والتي تضم عددا من معاقل القراصنة، مساعدة دولية.
وأكد خبراء منظمة الأغذية والزراعة التابعة للأمم المتحدة (فاو) فداحة الدمار، من دون أن يحددوا حصيلة.
وقطعت الفيضانات الطريق المعبدة الرئيسية التي تصل جارووي، عاصمة بونتلاند، بميناء بوساسو الرئيسي، ما أبطأ إيصال المساعدات إلى المنكوبين.
ويدير بونتلاند حكومة تتمتع بحكم ذاتي لم تعلن استقلالها رسميا عن الصومال، خلافا لجارتها أرض الصومال.
""", [
    ev("toll-may-reach-300", "أعلنت سلطات منطقة بونتلاند في شمال شرق الصومال، اليوم الأربعاء", TOLL300, "'اليوم الأربعاء' = Wed 13 Nov 2013"),
    ev("storm-deaths", "إذ يُعد 300 شخص في عداد القتلى", PDEATHS[0], "no own expression; the deaths of the storm of Sat 9 - Mon 11 Nov 2013", end=PDEATHS[1]),
    ev("storm-strikes", "لقد محت العاصفة قرى كاملة", STRIKES[0], "no own expression; the storm of Sat 9 - Mon 11 Nov 2013", end=STRIKES[1]),
    ev("intl-appeal", "وطلبت حكومة بونتلاند، المنطقة المتمتعة بحكم ذاتي", APPEAL[0], "no own expression; Puntland's appeals of Mon 11 - Wed 13 Nov 2013 (my span)", end=APPEAL[1]),
    ev("fao-confirms", "وأكد خبراء منظمة الأغذية والزراعة التابعة للأمم المتحدة (فاو) فداحة الدمار", "2013-11-12", "no own expression; FAO's comment in the AFP report of Wed 13 Nov 2013 (my span 12-13 Nov)", end="2013-11-14"),
    ev("road-cut", "وقطعت الفيضانات الطريق المعبدة الرئيسية", ROAD[0], "no own expression; the floods of 10-13 Nov 2013 (my span)", end=ROAD[1]),
])
art(S, "https://alarab.co.uk/%D8%A7%D9%84%D9%83%D9%88%D8%A7%D8%B1%D8%AB-%D8%A7%D9%84%D8%B7%D8%A8%D9%8A%D8%B9%D9%8A%D8%A9-%D8%AA%D8%A4%D8%B2%D9%85-%D8%A7%D9%84%D9%88%D8%B6%D8%B9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B5%D9%88%D9%85%D8%A7%D9%84",
    "2013-11-15", "page date line 'الجمعة 2013/11/15' (kept as second line; 15 Nov 2013 was a Friday); headline and sub-heading kept from the page (re-worded), the dateline 'مقديشو-' dropped; the last, truncated sentence dropped; the text repeats the AFP report of Wed 13 Nov without its weekday", True, """
الكوارث الطبيعية تعمّق أزمة الصومال
الجمعة 2013/11/15
الطبيعة "تتحالف" مع الإرهاب في تعميق الأزمة الصومالية
أعلنت السلطات المحلية في منطقة بونتلاند بشمال شرق الصومال أن ضحايا العاصفة العنيفة والفيضانات التي ضربت المنطقة قد يصلون إلى 300 قتيل، فضلا عن مئات المفقودين.
وذكرت حكومة بونتلاند في بيان أن «الأمطار الغزيرة والرياح العاتية والفيضانات أفضت إلى كارثة، إذ يُعد 300 شخص في عداد القتلى ولا يزال المئات مفقودين، علاوة على أضرار مادية جسيمة».
وطلبت حكومة بونتلاند، المنطقة ذات الحكم الذاتي التي تضم عددا من معاقل القراصنة، مساعدة دولية.
وأكد خبراء منظمة الأغذية والزراعة التابعة للأمم المتحدة (فاو) حجم الدمار دون أن يقدموا حصيلة.
وقال المستشار التقني في الفاو حسين غادين إن «بونتلاند منطقة شبه جافة قلما تهطل فيها الأمطار، لكن حين تمطر بالكمية التي رأيناها تكون العواقب مدمرة».
ومن بين المناطق الأشد تضررا عدد من معاقل القراصنة، مثل ميناء إيل الذي انطلقت منه هجمات عديدة على سفن بلغ بعضها المحيط الهندي.
وتسببت الفيضانات في قطع الطريق المعبدة الرئيسية بين غارووي، عاصمة بونتلاند، وميناء بوساسو الرئيسي، ما أخّر وصول المساعدات إلى المنكوبين.
""", [
    ev("toll-may-reach-300", "أعلنت السلطات المحلية في منطقة بونتلاند بشمال شرق الصومال", TOLL300, "no own expression; the statement of Wed 13 Nov 2013 (AFP; iraqtoday 'اليوم الأربعاء'), repeated two days later"),
    ev("storm-deaths", "إذ يُعد 300 شخص في عداد القتلى", PDEATHS[0], "no own expression; the deaths of the storm of Sat 9 - Mon 11 Nov 2013", end=PDEATHS[1]),
    ev("intl-appeal", "وطلبت حكومة بونتلاند، المنطقة ذات الحكم الذاتي", APPEAL[0], "no own expression; Puntland's appeals of Mon 11 - Wed 13 Nov 2013 (my span)", end=APPEAL[1]),
    ev("fao-confirms", "وأكد خبراء منظمة الأغذية والزراعة التابعة للأمم المتحدة (فاو) حجم الدمار", "2013-11-12", "no own expression; FAO's comment in the AFP report of Wed 13 Nov 2013 (my span 12-13 Nov)", end="2013-11-14"),
    ev("road-cut", "وتسببت الفيضانات في قطع الطريق المعبدة الرئيسية", ROAD[0], "no own expression; the floods of 10-13 Nov 2013 (my span)", end=ROAD[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 364
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

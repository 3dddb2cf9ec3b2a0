"""Builds stories.jsonl: the 481-st evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: sandstorms, dust storms and heat waves (warnings,
closures, hospital admissions).
Stories: the dust storm of Sunday 15 May 2022 in Deir ez-Zor and north-eastern Syria (Syria, 2022), the Karachi
heat wave of June 2015 (Pakistan, 2015), and the Khamaseen sandstorm of Saturday 18 March 2017 in Egypt (ports
closed, suffocation cases in Minya and Asyut, schools suspended) (Egypt, 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-deir-ez-zor-dust-storm-may-2022
S = "syria-deir-ez-zor-dust-storm-may-2022"
STORM = "2022-05-15"                       # the dust storm struck Deir ez-Zor on Sun 15 May 2022 (from noon / evening)
MON = "2022-05-16"                         # it lasted until the dawn of Mon 16 May 2022
TUE = "2022-05-17"
art(S, "https://shaam.org/news/syria-news/aasfh-ghbaryh-tdhrb-dyr-alzwr-wttsbb-bwqwa-wfyat-wadd-kbyr-mn-halat-alakhtnaq",
    MON, "the page's date line '● أخبار سورية ١٦ مايو ٢٠٢٢' (Mon 16 May 2022), not part of the body and left out of the text; the site tag 'austin_tice' and the repeated headline dropped; headline kept from the page; the last, truncated clause ('مع وصول العديد من حالات الاختن') dropped", True, """
عاصفة غبارية تضرب دير الزور وتتسبب بوقوع وفيات وعدد كبير من حالات الاختناق
اجتاحت عاصفة غبارية عنيفة أغلب مناطق محافظة دير الزور في شرق سوريا، فخلّفت عددا من الوفيات وأوقعت مئات الإصابات بالاختناق بسبب العاصفة التي ضربت المحافظة خلال الساعات الأربع والعشرين الماضية.
وأفاد ناشطون في المنطقة الشرقية بأن حصيلة ضحايا العاصفة الغبارية والرياح العاتية التي هبت على محافظة دير الزور بلغت 5 ضحايا، فضلا عن مئات حالات الاختناق ولا سيما بين المسنين ومرضى الربو، وأضرار مادية واسعة.
ومن بين الضحايا الذين عُرفت أسماؤهم "غسان الحسيني" و"محمد الوكاع" في مدينة دير الزور، وقد فارقا الحياة إثر أزمة ربو سببتها العاصفة الغبارية، كما توفي "مصطفى الخزام" وابنه البالغ 7 سنوات في حي الثورة بدير الزور من جراء العاصفة.
وتُظهر مقاطع نشرها ناشطون العاصفة وهي تجتاح مدينة دير الزور وريفها مصحوبة بتيار هوائي قوي، ما أدى إلى صعوبة الرؤية وشلل الحركة وانقطاع الكهرباء عن المدينة بأكملها.
""", [
    ev("dust-storm", "اجتاحت عاصفة غبارية عنيفة أغلب مناطق محافظة دير الزور", STORM, "no weekday of its own ('خلال الساعات الأربع والعشرين الماضية' from Mon 16 May 2022); the storm struck on Sun 15 May 2022 (souriapost 'أمس الأحد', npasyria 'ضربت الأحد')"),
    ev("suffocation-cases", "وأوقعت مئات الإصابات بالاختناق", STORM, "no own expression; the hundreds of suffocation cases received by the hospitals on Sun 15 May 2022 (souriapost 'سجّلت مئات حالات الاختناق أمس الأحد')"),
    ev("activists-toll-five", "بلغت 5 ضحايا", MON, "no own expression; the activists' toll as reported on the day of the article, Mon 16 May 2022 (date line)"),
    ev("asthma-deaths", "وقد فارقا الحياة إثر أزمة ربو سببتها العاصفة الغبارية", STORM, "no own expression; during the storm, which lasted from Sun 15 May 2022 to the dawn of Mon 16 May (souriapost) (my span Sun 15 - Mon 16)", end=TUE),
    ev("khazzam-wall-deaths", "كما توفي \"مصطفى الخزام\" وابنه", STORM, "no own expression; the man and his son killed by a falling wall, brought to al-Asad hospital on the evening of Sun 15 May 2022 (SANA's report of that evening, 'مساء اليوم')"),
    ev("power-cut", "وانقطاع الكهرباء عن المدينة بأكملها", STORM, "no own expression; the power cut caused by the storm of Sun 15 May 2022"),
])
art(S, "https://souriapost.com/archives/13549",
    MON, "no date line in the stored text; the body's 'التي ضربت محافظة دير الزور أمس الأحد', 'حتى فجر اليوم الاثنين' and 'صباح اليوم' give Mon 16 May 2022 (15 May 2022 was a Sunday); headline written from the body (the stored text has none)", False, """
ارتفاع حصيلة ضحايا العاصفة الغبارية في دير الزور إلى 10 وفيات
ارتفعت حصيلة ضحايا العاصفة الغبارية التي اجتاحت محافظة دير الزور أمس الأحد إلى 10 وفيات في أدنى تقدير، إلى جانب المئات من حالات الاختناق.
ووفقا لصحيفة "جسر"، فقد لقي 10 أشخاص حتفهم حتى الآن بسبب العاصفة التي استمرت حتى فجر اليوم الاثنين.
ومن الوفيات التي سُجّلت رجل من بلدة الطابية، ومسن من قرية الفدين، وامرأة من قرية العزبة، وطفلان من قرية بريهة، وشابة من قرية الحلامدة.
وكان الأطفال أكثر الفئات تضررا من العاصفة الغبارية.
وكانت وسائل إعلام موالية للنظام قد ذكرت صباح اليوم أن مستشفيات مدينة دير الزور سجّلت مئات حالات الاختناق أمس الأحد جراء العاصفة الغبارية.
وبحسب ما أوردته وكالة "سانا"، أوضح مدير الصحة الدكتور بشار الشعيبي أن "مئات الحالات وصلت إلى مجمع المشافي في مشفى الأسد والمشفى العسكري بدير الزور بسبب ضيق التنفس والاختناق الناجمين عن العاصفة الغبارية التي تضرب المحافظة".
""", [
    ev("dust-storm", "العاصفة الغبارية التي اجتاحت محافظة دير الزور أمس الأحد", STORM, "'أمس الأحد' in an article of Mon 16 May 2022 = Sun 15 May"),
    ev("jisr-toll-ten", "فقد لقي 10 أشخاص حتفهم حتى الآن", MON, "no own expression; the toll of Jisr as of the day of the article, Mon 16 May 2022"),
    ev("storm-ends", "التي استمرت حتى فجر اليوم الاثنين", MON, "'حتى فجر اليوم الاثنين' = the dawn of Mon 16 May 2022"),
    ev("regime-media-report", "وكانت وسائل إعلام موالية للنظام قد ذكرت صباح اليوم", MON, "'صباح اليوم' = the morning of Mon 16 May 2022"),
    ev("suffocation-cases", "سجّلت مئات حالات الاختناق أمس الأحد", STORM, "'أمس الأحد' = Sun 15 May 2022"),
    ev("shuaybi-statement", "أوضح مدير الصحة الدكتور بشار الشعيبي", STORM, "no own expression; SANA's report with the health director's words was issued on the evening of Sun 15 May 2022 (its copies say 'مساء اليوم'), while this article has it repeated on the morning of Mon 16 (my span Sun 15 - Mon 16)", end=TUE),
])
art(S, "https://npasyria.com/108278/",
    TUE, "no date line in the stored text; the body's 'الثلاثاء', 'اليوم' (the count began today), 'التي ضربت الأحد' and 'وأمس وثقت' give Tue 17 May 2022 (the storm of Sun 15 May; 17 May 2022 was a Tuesday); headline kept from the page; the last, truncated sentence shortened ('إضافة لعشرات الإصابا' dropped)", False, """
لجنة الصحة بدير الزور تسجل حتى الآن 10 حالات وفاة نتيجة عاصفة غبارية
دير الزور- نورث برس
أحصت لجنة الصحة في دير الزور، شرقي سوريا، الثلاثاء، وفاة 10 أشخاص حتى الآن بسبب العاصفة الغبارية التي اجتاحت المنطقة، بينما يتواصل البحث عن ضحايا آخرين.
وشرعت اللجنة الصحية، اليوم، في حصر ضحايا العاصفة الغبارية التي اجتاحت الأحد مناطق شمال شرقي سوريا، وكانت أشد ما تكون في دير الزور بسبب طابعها الصحراوي الغالب.
وقد أحصت اللجنة حتى الآن 10 حالات وفاة بين ضحايا العاصفة، فيما توقع محمد السالم، الرئيس المشارك للجنة، أن "يكون العدد أعلى من ذلك، فالوفيات كثيرة والعاصفة وقعت بسرعة ولم نتمكن من إسعاف أحد".
وتابع "السالم" أنه "جرى التنسيق مع لجنة الإعلام في دير الزور والمراكز الصحية لإحصاء الضحايا بدقة، وأن الأرقام التي انتشرت على مواقع التواصل الاجتماعي لم تكن دقيقة".
وتناقل مستخدمون على مواقع التواصل الاجتماعي أن العاصفة أدت إلى عشرات حالات الاختناق التي لم تُحصَ بدقة، فضلا عن أضرار مادية كبيرة لحقت بالمنطقة.
ووصف الأهالي العاصفة بأنها "غير مسبوقة" بالنظر إلى شدتها وما خلفته من آثار "كارثية".
وأمس وثقت نورث برس عبر مراسليها في المنطقة مصرع خمسة أشخاص.
""", [
    ev("committee-toll-ten", "أحصت لجنة الصحة في دير الزور، شرقي سوريا، الثلاثاء", TUE, "'الثلاثاء' = Tue 17 May 2022, the day of the article"),
    ev("committee-count-starts", "وشرعت اللجنة الصحية، اليوم، في حصر ضحايا", TUE, "'اليوم' = Tue 17 May 2022"),
    ev("dust-storm", "التي اجتاحت الأحد مناطق شمال شرقي سوريا", STORM, "'الأحد' = Sun 15 May 2022"),
    ev("suffocation-cases", "أدت إلى عشرات حالات الاختناق", STORM, "no own expression; the suffocation cases of the storm of Sun 15 May 2022 (souriapost 'أمس الأحد')"),
    ev("northpress-toll-five", "وأمس وثقت نورث برس عبر مراسليها", MON, "'أمس' from Tue 17 May 2022 = Mon 16 May"),
])

# ---------------------------------------------------------------- pakistan-karachi-heatwave-2015
S = "pakistan-karachi-heatwave-2015"
HEAT = ("2015-06-20", "2015-06-24")        # the heat wave in Karachi: from Sat 20 June 2015, temperatures fell on Wed 24 (rt)
HEAT45 = ("2015-06-20", "2015-06-23")      # about 45 C for three days over the weekend (Sat 20 - Mon 22)
ARMY = "2015-06-22"                        # the army called in, announced Mon 22 June 2015
SHARIF = ("2015-06-21", "2015-06-23")      # Nawaz Sharif's orders for emergency measures and medical camps (Sun 21 - Mon 22)
art(S, "https://neprass.org/new/s/10287",
    ARMY, "no date line in the stored text; the body's 'اليوم الإثنين' and 'حتى اليوم' with the toll of nearly 250 give Mon 22 June 2015 (the tolls of about 700 on Tue 23 and over 1000 on Thu 25 follow; 22 June 2015 was a Monday); the word 'إعلان' (an ad slot) dropped; headline written from the body (the stored text has none)", False, """
استدعاء الجيش الباكستاني لمساعدة ضحايا موجة الحر في كراتشي
أفاد مسؤولون في قطاع الصحة، اليوم الإثنين، بأن الحكومة الباكستانية استعانت بالجيش في مدينة كراتشي جنوبي البلاد لإغاثة ضحايا موجة الحر التي استمرت أياماً، وحصدت أرواح قرابة 250 شخصاً حتى اليوم.
وأوضح المسؤول الصحي إعجاز أفضال أن ما يزيد على 210 أشخاص فارقوا الحياة في المدينة، إذ بلغت درجات الحرارة نحو 45 درجة مئوية لمدة ثلاثة أيام.
وتابع قائلا إن "عدد القتلى مرشح للارتفاع، لأن المئات يتلقون العلاج في المستشفيات".
وأمر رئيس الوزراء نواز شريف الجيش ووكالات الإغاثة المدنية في المدينة بإنشاء معسكرات طبية لمعالجة المصابين بضربات الشمس أو بنوبات الإنهاك.
وذكر ميراج أحمد، وهو أحد العاملين في جهود الإنقاذ لدى مؤسسة إدهي الخيرية، أن أكثر من 12 شخصاً توفوا في مناطق أخرى من إقليم السند جنوبي البلاد، فيما أفادت خدمة الإنقاذ بوفاة نحو 12 شخصاً في إقليم البنجاب وسط البلاد.
وتجدر الإشارة إلى أن موجات الحر تودي بحياة الآلاف في أرجاء جنوب آسيا في كل صيف.
""", [
    ev("army-called", "استعانت بالجيش في مدينة كراتشي", ARMY, "announced 'اليوم الإثنين' = Mon 22 June 2015"),
    ev("heatwave", "موجة الحر التي استمرت أياماً", HEAT[0], "no date of its own; the Karachi heat wave from Sat 20 June 2015 until the fall of the temperatures on Wed 24 (rt: 'قبل تراجعها الأربعاء') (my span Sat 20 - Tue 23)", end=HEAT[1]),
    ev("toll-250", "وحصدت أرواح قرابة 250 شخصاً حتى اليوم", ARMY, "'حتى اليوم' = Mon 22 June 2015"),
    ev("heat-45", "إذ بلغت درجات الحرارة نحو 45 درجة مئوية لمدة ثلاثة أيام", HEAT45[0], "'لمدة ثلاثة أيام' up to Mon 22 June 2015 = Sat 20 - Mon 22 (alwasat: 'خلال عطلة نهاية الأسبوع')", end=HEAT45[1]),
    ev("sharif-orders", "وأمر رئيس الوزراء نواز شريف الجيش ووكالات الإغاثة المدنية", SHARIF[0], "no own expression; the prime minister's orders were reported on Mon 22 June 2015 and may date from Sun 21 (my span Sun 21 - Mon 22)", end=SHARIF[1]),
])
art(S, "http://alwasatnews.com/news/1002459.html",
    "2015-06-23", "the body's lead 'بحسب ما صرح مسئولون اليوم الثلثاء (23 يونيو/ حزيران 2015)' (Tue 23 June 2015, a Tuesday) states the day; the readers' comments below the article dropped; headline written from the body (the stored text has none)", True, """
نحو 700 قتيل في موجة الحر التي تضرب باكستان
لقي قرابة 700 شخص حتفهم بسبب موجة الحر الشديد التي استمرت ثلاثة ايام في باكستان، وفق ما أعلنه مسؤولون اليوم الثلثاء (23 يونيو/ حزيران 2015).
وأوضح سعيد مانغنيجو، المسؤول المحلي البارز في قطاع الرعاية الصحية، أن "حصيلة من فارقوا الحياة بسبب موجة الحر بلغت حتى الآن 692 شخصا"، في حين صعدت درجات الحرارة في مدينة كراتشي الجنوبية إلى 45 درجة خلال عطلة نهاية الأسبوع.
""", [
    ev("toll-692", "لقي قرابة 700 شخص حتفهم", "2015-06-23", "announced 'اليوم الثلثاء (23 يونيو/ حزيران 2015)' = Tue 23 June 2015"),
    ev("heatwave", "موجة الحر الشديد التي استمرت ثلاثة ايام", HEAT[0], "no date of its own; the Karachi heat wave from Sat 20 June 2015 until the fall of the temperatures on Wed 24 (rt) (my span Sat 20 - Tue 23)", end=HEAT[1]),
    ev("manganejo-statement", "وأوضح سعيد مانغنيجو، المسؤول المحلي البارز", "2015-06-23", "no own expression; said on the day of the report, Tue 23 June 2015"),
    ev("heat-45", "صعدت درجات الحرارة في مدينة كراتشي الجنوبية إلى 45 درجة خلال عطلة نهاية الأسبوع", HEAT45[0], "'خلال عطلة نهاية الأسبوع' before Tue 23 June 2015 = Sat 20 - Sun 21; the same 45 C spell that neprass gives as three days up to Mon 22 (my span Sat 20 - Mon 22)", end=HEAT45[1]),
])
art(S, "https://www.masress.com/ahramgate/684306",
    "2015-06-23", "no date line in the stored text; the body's 'وذكرت هيئة الإذاعة البريطانية \"بي بي سي\" ، اليوم الثلاثاء' with the toll of 475 gives Tue 23 June 2015 (between the 250 of Mon 22 and the 1000 of Thu 25); a Bawabat al-Ahram report carried by masress; the masress menus dropped; headline written from the body (the stored text has none)", False, """
نواز شريف يدعو إلى تدابير طارئة لمواجهة موجة الحر
طالب رئيس الوزراء الباكستاني نواز شريف باتخاذ إجراءات طارئة للتصدي لموجة الحر الشديدة التي أودت بحياة 475 شخصًا في أقل تقدير.
وأفادت هيئة الإذاعة البريطانية "بي بي سي"، اليوم الثلاثاء، بأن قوات من الجيش نُشرت لإنشاء مراكز طبية تعالج المصابين بضربات الشمس وتساند الهيئة الوطنية لإدارة الكوارث.
وكانت حكومة إقليم السند قد أعلنت حالة الطوارئ في جميع المستشفيات الحكومية وأمرت بزيادة الإمدادات الطبية، بينما سُجّل معظم الوفيات في مدينة كراتشي التي تخطت فيها درجات الحرارة 45 درجة مئوية.
وتوقعت هيئة الأرصاد الجوية الباكستانية أن تنخفض درجات الحرارة خلال الأيام القادمة، غير أن الأطباء نصحوا المواطنين بلبس الثياب القطنية الخفيفة وتجنب التعرض المباشر لأشعة الشمس.
""", [
    ev("sharif-orders", "طالب رئيس الوزراء الباكستاني نواز شريف باتخاذ إجراءات طارئة", SHARIF[0], "no own expression; the prime minister's call, reported from Mon 22 June 2015 (neprass), possibly of Sun 21 (my span Sun 21 - Mon 22)", end=SHARIF[1]),
    ev("toll-475", "أودت بحياة 475 شخصًا في أقل تقدير", "2015-06-23", "no own expression; the toll given by the BBC 'اليوم الثلاثاء' = Tue 23 June 2015"),
    ev("army-called", "قوات من الجيش نُشرت لإنشاء مراكز طبية", ARMY, "no own expression; the army was called in to set up medical camps, announced on Mon 22 June 2015 (neprass 'اليوم الإثنين'); reported by the BBC on Tue 23"),
    ev("sindh-hospital-emergency", "أعلنت حالة الطوارئ في جميع المستشفيات الحكومية", "2015-06-21", "no own expression; the Sindh government's emergency in the public hospitals, declared before this Tuesday report ('وكانت ... قد أعلنت'), during the peak of Sun 21 - Tue 23 June 2015 (my span)", end="2015-06-24"),
])
art(S, "https://arabic.rt.com/news/786844-%D8%A3%D9%84%D9%81-%D9%82%D8%AA%D9%8A%D9%84-%D9%85%D9%88-%D8%AC%D8%A9-%D8%A7%D9%84%D8%AD%D8%B1-%D8%A8%D8%A7%D9%83%D8%B3%D8%AA%D8%A7%D9%86/",
    "2015-06-25", "the body's lead 'الخميس 25 يونيو/ حزيران' (Thu 25 June 2015, a Thursday) states the day (the year from the toll of over 1000, the 2015 Karachi heat wave); the short link, the video caption, the cookie notice and a later unrelated headline dropped; headline kept from the page", True, """
باكستان.. أكثر من 1000 قتيل جراء موجة الحر
ذكرت مستشفيات محلية ومنظمات غير حكومية الخميس 25 يونيو/ حزيران أن عدد ضحايا موجة الحر التي اجتاحت جنوب باكستان في الأيام الماضية تخطى 1000 قتيل.
وأوضح أنور كاظمي، المتحدث باسم مؤسسة أدهي، كبرى المؤسسات الخيرية في باكستان، أن آخر حصيلة لموجة الحر تجاوزت 1000 وفاة، مرجحا أن تصل إلى 1500.
ويُشار إلى أن معظم الوفيات وقعت في مدينة كراتشي، أكبر مدن البلاد، حيث وصلت الحرارة إلى 45 درجة مئوية قبل تراجعها الأربعاء، فيما توقعت مصلحة الأرصاد الجوية أن تنخفض درجات الحرارة ابتداء من الخميس.
ويذكر أن أغلب من توفوا في كراتشي من المسنين والفقراء والعمال، وهو ما دفع علماء الدين إلى حض المعرضين لخطر ضربات الشمس على الإفطار في شهر رمضان.
""", [
    ev("toll-1000", "تخطى 1000 قتيل", "2015-06-25", "'الخميس 25 يونيو/ حزيران' = Thu 25 June 2015"),
    ev("heatwave", "موجة الحر التي اجتاحت جنوب باكستان في الأيام الماضية", HEAT[0], "'في الأيام الماضية' before Thu 25 June 2015; the heat wave from Sat 20 until the fall of Wed 24 (my span Sat 20 - Tue 23)", end=HEAT[1]),
    ev("kazmi-forecast-1500", "مرجحا أن تصل إلى 1500", "2015-06-25", "no own expression; said with the toll of Thu 25 June 2015"),
    ev("heat-45", "حيث وصلت الحرارة إلى 45 درجة مئوية", HEAT45[0], "no own expression; the 45 C spell of Sat 20 - Mon 22 June 2015 (neprass 'لمدة ثلاثة أيام' up to Mon 22)", end=HEAT45[1]),
    ev("temperatures-fall", "قبل تراجعها الأربعاء", "2015-06-24", "'الأربعاء' before Thu 25 June 2015 = Wed 24 June"),
    ev("forecast-drop-thursday", "أن تنخفض درجات الحرارة ابتداء من الخميس", "2015-06-25", "'ابتداء من الخميس' = from Thu 25 June 2015 (the start day)"),
])

# ---------------------------------------------------------------- egypt-khamaseen-sandstorm-march-2017
S = "egypt-khamaseen-sandstorm-march-2017"
SAT = "2017-03-18"                         # the sandstorm of Sat 18 March 2017
SUN = "2017-03-19"                         # schools suspended in Asyut, Minya, Sohag on Sun 19 March 2017
art(S, "https://darelhilal.com/News/39392.aspx",
    SAT, "the page's date line '18-3-2017 | 16:05' (Sat 18 March 2017, a Saturday), not part of the body and left out of the text, agrees with the body's 'في تصريح اليوم السبت'; the site's header date (of the crawl) and the source tag 'أ ش أ' dropped; headline kept from the page", True, """
العاصفة الترابية تُغلِق موانئ السويس والغردقة
أعلن ملاك يوسف، المتحدث الإعلامي باسم هيئة موانئ البحر الأحمر، توقف حركة الملاحة في موانئ محافظة السويس الثلاثة وفي ميناء الغردقة، من جراء العواصف الترابية واشتداد سرعة الرياح.
وأوضح يوسف، في تصريح اليوم السبت، أن موانئ السويس التي أُغلقت هي الزيتيات والأدبية وبورتوفيق، مبينا أن غرفة عمليات هيئة موانئ البحر الأحمر ترصد حالة الطقس وتداعياتها.
""", [
    ev("ports-closed", "توقف حركة الملاحة في موانئ محافظة السويس الثلاثة", SAT, "no own expression; closed on the day of the statement, Sat 18 March 2017 ('اليوم السبت')"),
    ev("sandstorm", "من جراء العواصف الترابية واشتداد سرعة الرياح", SAT, "no own expression; the sandstorm of Sat 18 March 2017"),
    ev("ports-statement", "في تصريح اليوم السبت", SAT, "'اليوم السبت' = Sat 18 March 2017"),
])
art(S, "https://syrianpc.com/إغلاق-3-موانىء-وتعليق-الدراسة-بـ-3-محافظ",
    SAT, "no date line in the stored text; the body's 'اليوم السبت', 'مساء اليوم' and 'غدا الأحد' give Sat 18 March 2017 (an Anadolu report carried by syrianpc; the same closures and the school suspension for Sun 19 in darelhilal of 18-3-2017 and in shorouk of Sun 19); headline written from the URL slug and the body; the last, truncated sentence shortened", False, """
إغلاق 3 موانئ وتعليق الدراسة في 3 محافظات مصرية بسبب عاصفة ترابية
أدت عاصفة ترابية في مصر، اليوم السبت، إلى إغلاق ثلاثة موانئ بحرية وتعليق الدراسة في ثلاث محافظات غدا وإصابة 197 شخصا بالاختناق، بحسب بيانات رسمية.
وأعلنت هيئة موانئ البحر الأحمر (شرقي مصر)، في بيان اطلعت عليه الأناضول، الإغلاق المؤقت لموانئ السويس والزيتيات (ميناء بترولي) والغردقة، مساء اليوم، بسبب رداءة الطقس وانعدام الرؤية الناتج عن رياح قوية.
كذلك أعلنت وزارة الصحة، مساء اليوم، في بيان اطلعت عليه الأناضول، أن 197 مواطنا أصيبوا بضيق في التنفس واختناق من جراء العاصفة الترابية التي ضربت محافظتي المنيا (وسط) وأسيوط (جنوب)، لافتة إلى أن حالتهم الصحية مستقرة.
وشددت على أن "مستشفيات الجمهورية رفعت حالة التأهب القصوى تحسبا لاستقبال أي حالات أخرى بسبب سوء الطقس".
ووفقا لمراسلي الأناضول وبيانات رسمية صادرة عن مسؤولين محليين، قررت محافظات أسيوط وسوهاج (جنوب) والمنيا تعليق الدراسة الحكومية غدا الأحد ليوم واحد في مدارسها، بعد أن ألحقت العاصفة الترابية ضررا كبيرا بطلاب المدارس.
وأفادت الوكالة الرسمية المصرية بأن "محافظات مصر (لم تحددها) شهدت اليوم موجة طقس سيئ ورياحا شديدة، لا سيما في شمال سيناء وأسوان (جنوب)".
وكانت هيئة الأرصاد الجوية الحكومية قد حذرت صباح اليوم في تصريحات إعلامية من طقس سيئ.
""", [
    ev("sandstorm", "أدت عاصفة ترابية في مصر، اليوم السبت", SAT, "'اليوم السبت' = Sat 18 March 2017"),
    ev("ports-closed", "الإغلاق المؤقت لموانئ السويس والزيتيات", SAT, "'مساء اليوم' = the evening of Sat 18 March 2017"),
    ev("suffocation-cases", "أن 197 مواطنا أصيبوا بضيق في التنفس واختناق", SAT, "no own expression for the injuries; the cases of the storm of Sat 18 March 2017, announced 'مساء اليوم'"),
    ev("hospitals-alert", "رفعت حالة التأهب القصوى", SAT, "no own expression; the health ministry's statement of the evening of Sat 18 March 2017"),
    ev("schools-suspended", "تعليق الدراسة الحكومية غدا الأحد ليوم واحد", SUN, "'غدا الأحد ليوم واحد' from Sat 18 March 2017 = Sun 19 March"),
    ev("met-warning", "قد حذرت صباح اليوم في تصريحات إعلامية", SAT, "'صباح اليوم' = the morning of Sat 18 March 2017"),
])
art(S, "https://n.misr5.com/785532/%d8%b3%d9%88%d8%a1-%d8%a7%d9%84%d8%a3%d8%ad%d9%88%d8%a7%d9%84-%d8%a7%d9%84%d8%ac%d9%88%d9%8a%d8%a9-%d9%88%d8%ad%d9%82%d9%8a%d9%82%d8%a9-%d8%a5%d8%b9%d8%aa%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%a3%d8%ad",
    SAT, "no date line in the stored text; the body's 'شهد اليوم السبت' and 'غداً الأحد' with the Asyut cases and the Azhar decision of that day give Sat 18 March 2017 (the year from the same events in darelhilal of 18-3-2017 and in the Anadolu report); headline written from the URL slug (the stored text has none)", False, """
سوء الأحوال الجوية وحقيقة اعتبار الأحد إجازة
شهد اليوم السبت موجة عنيفة من الرياح المحملة بالأتربة، أعاقت حركة المرور بسبب انعدام الرؤية وصعوبة السير في الشوارع ورفعت معدلات الحوادث على الطرق، ويُتوقع أن يستمر الطقس السيئ ليوم الإثنين القادم، على أن تبلغ الموجة ذروتها غداً الأحد، وفق ما نشرته هيئة الأرصاد الجوية.
وسُجّلت في عدد من المحافظات المصرية حالات اختناق بسبب الأتربة، وكانت الإصابات أكثر في الوجه القبلي ولا سيما أسيوط والمنيا.
فقد شهدت أسيوط أكثر من ٩٠ حالة جميعهم من الطلاب، وقُدّمت لهم الإسعافات الأولية وأُبلغت وزارة التربية والتعليم بالواقعة، ما دفع وكيل وزارة التربية والتعليم بأسيوط صلاح فتحي إلى إلغاء الفترة المسائية بسبب موجة الطقس المحملة بالأتربة حفاظاً على صحة الطلاب.
ومن جهة أخرى، قرر الدكتور عباس شومان وكيل الأزهر إلغاء الدراسة غداً الأحد بسبب سوء الأحوال الجوية في عدة محافظات هي (أسيوط، المنيا، الأقصر، قنا، سوهاج) حرصاً على حياة الطلاب.
في حين نفت الحكومة أن يكون غداً الأحد إجازة بسبب سوء الأحوال الجوية، مؤكدة أن يوم الأحد سيكون يوم عمل عادياً.
""", [
    ev("sandstorm", "شهد اليوم السبت موجة عنيفة من الرياح المحملة بالأتربة", SAT, "'اليوم السبت' = Sat 18 March 2017"),
    ev("peak-forecast-sunday", "على أن تبلغ الموجة ذروتها غداً الأحد", SUN, "'غداً الأحد' from Sat 18 March 2017 = Sun 19 March (a forecast)"),
    ev("suffocation-cases", "وسُجّلت في عدد من المحافظات المصرية حالات اختناق", SAT, "no own expression; the cases of the storm of Sat 18 March 2017"),
    ev("asyut-evening-shift-cancelled", "إلى إلغاء الفترة المسائية", SAT, "no own expression; the evening shift of the same day, Sat 18 March 2017 (veto: 'منذ صباح اليوم السبت')"),
    ev("azhar-study-cancelled", "إلغاء الدراسة غداً الأحد بسبب سوء الأحوال الجوية", SUN, "'غداً الأحد' from Sat 18 March 2017 = Sun 19 March"),
    ev("government-denies-holiday", "في حين نفت الحكومة", SAT, "no own expression; the denial of Sat 18 March 2017, about the next day"),
])
art(S, "https://www.masress.com/shorouk/1114789",
    SUN, "no date line in the stored text; the body's 'شهدت محافظة أسيوط، الأحد، تحسنًا' and the storm 'أمس' give Sun 19 March 2017 (the storm of Sat 18 March 2017; 19 March 2017 was a Sunday); an al-Shorouk report carried by masress; the masress menus dropped; headline written from the body (the stored text has none)", False, """
تحسن الأجواء في أسيوط بعد عاصفة ترابية أصابت 188 شخصا بالاختناق
عرفت محافظة أسيوط، الأحد، تحسنًا واضحًا في الأحوال الجوية، إذ بدت الأجواء صافية وخالية من العواصف والأتربة، بعدما تعرضت مدن المحافظة وقراها أمس لعاصفة ترابية.
وكانت أسيوط قد شهدت أمس موجة من العواصف الرملية والأتربة حجبت الرؤية ودفعت بعض المواطنين إلى ملازمة منازلهم، كما عطلت المرور جزئيا على الطرق الرئيسية والفرعية والصحراوية، وأدت إلى إصابة 188 شخصا باختناقات من الأتربة معظمهم من الطلاب والمواطنين المصابين بأمراض الصدر، وأصدر المهندس ياسر الدسوقي محافظ أسيوط قرارا بوقف الدراسة في المدارس والجامعات الأحد لحين تحسن الأحوال الجوية.
""", [
    ev("weather-improves", "تحسنًا واضحًا في الأحوال الجوية", SUN, "'الأحد' = Sun 19 March 2017"),
    ev("sandstorm", "بعدما تعرضت مدن المحافظة وقراها أمس لعاصفة ترابية", SAT, "'أمس' from Sun 19 March 2017 = Sat 18 March"),
    ev("suffocation-cases", "إصابة 188 شخصا باختناقات من الأتربة", SAT, "no own expression; the cases of the storm of 'أمس' = Sat 18 March 2017"),
    ev("schools-suspended", "بوقف الدراسة في المدارس والجامعات الأحد", SUN, "'الأحد' = Sun 19 March 2017 (the decision itself was taken on Sat 18)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 481
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

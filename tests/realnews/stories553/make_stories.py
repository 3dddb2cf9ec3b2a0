"""Builds stories.jsonl: the 553-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: news of Syrians and other Arabs living in Turkey
(Istanbul, Gaziantep, Hatay, ...; not the February 2023 earthquake).
Stories: the anti-Syrian riots in Kayseri (Turkey, June/July 2024), the extension of the Istanbul deadline for
unregistered Syrians (Turkey, August 2019), and the killing of the Syrian student Fares al-Ali in Narlica,
Antakya, Hatay (Turkey, September 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- turkey-kayseri-anti-syrian-riots-2024
S = "turkey-kayseri-anti-syrian-riots-2024"
SUSPECT = "2024-06-30"                     # a Syrian arrested in Danishmentgazi for molesting a (Syrian) girl, Sun 30 Jun 2024
RIOTS = ("2024-06-30", "2024-07-02")       # the attacks on Syrian homes, shops and cars: Sun 30 Jun evening, through the night into Mon 1 Jul
MON = "2024-07-01"                         # Erdogan's speech, the 67 arrests, the foreign ministry's post, the protests in northern Syria
NIGHT = ("2024-07-01", "2024-07-03")       # 'الليلة الماضية' of Yerlikaya's post of Tue 2 Jul: the night of Mon 1 - Tue 2 Jul
TUE = "2024-07-02"                         # Yerlikaya announced 474 arrests, Tue 2 Jul 2024
art(S, "https://freshsyria.net/archives/133947",
    "2024-07-01", "no date line in the stored text; the body's 'منذ مساء يوم أمس الأحد' for the start of the riots of Sun 30 Jun 2024 (Kayseri governorate statement dated 30.06.2024) gives Mon 1 Jul 2024 (1 Jul 2024 was a Monday); Erdogan's speech it reports was given on Mon 1 Jul (jesrpress: 'اليوم الاثنين'); headline kept from the page", True, """
أردوغان: التعدي على اللاجئين السوريين في قيصري سببه الخطاب المسموم للمعارضة التركية
صرّح الرئيس التركي رجب طيب أردوغان بأن "الاعتداءات التي طالت بيوت اللاجئين السوريين وممتلكاتهم في مدينة قيصري على أيدي شبان أتراك أمر لا يمكن قبوله، وقد نجمت عن الخطاب المسموم للمعارضة التركية".
وأدلى أردوغان بهذا الكلام في كلمة ألقاها أمام مؤتمر لحزب العدالة والتنمية الحاكم الذي يترأسه.
وتابع قائلاً إن "التخريب وإشعال النيران في الشوارع وإثارة الشغب وتأجيج العداء للأجانب واللاجئين كلها أفعال مرفوضة لن تفضي إلى أي نتيجة".
ولفت إلى أن "تركيا دولة يحكمها القانون والنظام، وأجهزتنا الأمنية تمضي اليوم في حربها على الجرائم والمجرمين كافة، كما فعلت بالأمس".
وقبل ذلك، كان وزير الداخلية التركي قد أعلن توقيف 67 شخصاً ألحقوا أضراراً بسيارات السوريين ومنازلهم ومتاجرهم في قيصري.
وكانت مدينة قيصري في وسط تركيا قد عاشت منذ مساء يوم أمس الأحد اضطرابات وتوتراً أسفرا عن سلسلة اعتداءات على أملاك لاجئين سوريين، وُصفت بأنها أوسع حملة تستهدفهم في المدينة، وذلك إثر رواج معلومات خاطئة تتهم شاباً سورياً بالتحرش بطفلة تركية.
""", [
    ev("erdogan-speech", "صرّح الرئيس التركي رجب طيب أردوغان", MON, "no own expression; Erdogan's speech at an AKP meeting in Ankara (Kizilcahamam) on Mon 1 Jul 2024, the day of this article (jesrpress, dglah: 'اليوم الاثنين')"),
    ev("arrests-67", "قد أعلن توقيف 67 شخصاً", MON, "no own expression; 'قبل ذلك' = earlier on Mon 1 Jul 2024 (180turk of 1 Jul: 'في وقت سابق الاثنين')"),
    ev("kayseri-riots", "قد عاشت منذ مساء يوم أمس الأحد اضطرابات وتوتراً", RIOTS[0], "'منذ مساء يوم أمس الأحد' in an article of Mon 1 Jul 2024 = from the evening of Sun 30 Jun, into the night (my span 30 Jun - 1 Jul)", end=RIOTS[1]),
    ev("false-rumours", "إثر رواج معلومات خاطئة تتهم شاباً سورياً", SUSPECT, "no own expression; the video and claims spread on Sun 30 Jun 2024, the day of the incident and of the arrest (Kayseri governorate statement dated 30.06.2024)"),
])
art(S, "https://jesrpress.com/?p=131884",
    "2024-07-02", "no date line in the stored text; the body's 'أعلن ... اليوم الثلاثاء، توقيف 474 شخصاُ' for Yerlikaya's post of Tue 2 Jul 2024 (2 Jul 2024 was a Tuesday; djazairess/elhayat, syria.news: 'الثلاثاء'); the 'جسر – متابعات' tag dropped; headline written from the body (the stored text has none); the last, truncated sentence (foreign ministry quotation) shortened", True, """
يرلي كايا: توقيف 474 شخصاً بعد أحداث قيصري
كشف وزير الداخلية التركي علي يرلي كايا، اليوم الثلاثاء، عن توقيف 474 شخصاً على خلفية ما جرى في ولاية قيصري، حيث تعرّض اللاجئون السوريون لموجة اعتداءات واسعة خلال اليومين الماضيين.
وكتب الوزير على منصة "إكس": "عقب الحادث القبيح الذي شهدته مدينة قيسري، نُفّذت الليلة الماضية أعمال استفزازية بحق السوريين في عدد من المدن في أنحاء بلادنا".
وأوضح أنه جرى اعتقال 474 شخصاً بعد ارتكاب هذه الأعمال الاستفزازية بطرق مخالفة للقانون، وأن 285 منهم من أصحاب السوابق الجنائية في جرائم متنوعة كتهريب المهاجرين والمخدرات والنهب والسرقة وإتلاف الممتلكات والتحرش الجنسي والاحتيال وتزوير العملة والتهديد والشتم.
وتوجّه إلى المواطنين بالقول: "لا ننجرّ إلى الاستفزازات، ولنتصرف بتعقّل واتزان، ولا نرتكب جرائم نؤذي بها الناس والبيئة والممتلكات بطرق غير قانونية؛ فدولتنا قوية، ومن يحيكون هذه المؤامرات ضد دولتنا وأمتنا سينالون ما يستحقونه من جزاء وعقاب".
وكانت وزارة الخارجية التركية قد رأت أمس أن من "الخطأ استغلال الأحداث المؤسفة التي وقعت في قيصري".
""", [
    ev("arrests-474", "عن توقيف 474 شخصاً على خلفية ما جرى في ولاية قيصري", TUE, "'اليوم الثلاثاء' = Tue 2 Jul 2024"),
    ev("kayseri-riots", "لموجة اعتداءات واسعة خلال اليومين الماضيين", RIOTS[0], "'خلال اليومين الماضيين' before Tue 2 Jul 2024 = the attacks of Sun 30 Jun evening into Mon 1 Jul (my span 30 Jun - 1 Jul)", end=RIOTS[1]),
    ev("provocations-other-cities", "نُفّذت الليلة الماضية أعمال استفزازية بحق السوريين", NIGHT[0], "'الليلة الماضية' in Yerlikaya's post of Tue 2 Jul 2024 = the night of Mon 1 - Tue 2 Jul (span of both days)", end=NIGHT[1]),
    ev("mfa-statement", "وكانت وزارة الخارجية التركية قد رأت أمس", MON, "'أمس' from Tue 2 Jul 2024 = Mon 1 Jul (180turk of 1 Jul 2024, 21:07: 'منشور للوزارة، الاثنين')"),
])
art(S, "https://albayan.ae/world/arab/2024-07-03-1.4898956",
    "2024-07-03", "no date line in the stored text; the URL's date '2024-07-03' (al-Bayan's edition path) gives Wed 3 Jul 2024, and the content (the 474 arrests of Tue 2 Jul, the northern-Syria toll risen to 7) fits; the photo caption and the font-size widget dropped; the last, truncated sentence ('وانتشرت قوات') dropped; headline kept from the page; no date of its own in the text", False, """
غضب سوري واعتقالات بعد اضطرابات «قيصري»
أوقفت السلطات التركية المئات ممن يُشتبه في ضلوعهم بأعمال العنف التي عرفتها ولاية قيصري في وسط البلاد وأصابت مصالح السوريين فيها، بينما صعدت حصيلة قتلى الاحتجاجات المناهضة لتركيا في شمال سوريا إلى 7 أشخاص.
وذكر وزير الداخلية التركي علي يرلي كايا، على منصة «إكس»، أنه «جرى توقيف 474 شخصاً إثر الأعمال الاستفزازية التي استهدفت سوريين في تركيا».
وكانت مجموعات من الأتراك الغاضبين قد أضرمت النار في منزل وعدد من المحال، وحطّمت سيارات وممتلكات تعود لسوريين في قيصري، عقب توقيف سوري يُزعم أنه تحرّش بطفلة.
وفي وقت سابق، ألقى الرئيس التركي رجب طيب أردوغان باللائمة على المعارضة في الأحداث التي عرفتها ولاية قيصري. فيما شدّد وزير الداخلية علي يرلي كايا على أن الحكومة لن تسمح بالتحريض ولا بالأفعال التي تبث كراهية الأجانب.
وتمركزت الاحتجاجات خصوصاً في أحياء دانيشمان غازي، ذي الغالبية السورية، وحرييت وسلجوق وآيدين ايفلار، التابعة لبلدة مليك غازي، حيث هتف المحتجون الغاضبون: «لا نريد مزيداً من السوريين... لا نريد مزيداً من الأجانب».
""", [
    ev("arrests-474", "جرى توقيف 474 شخصاً", TUE, "no own expression; Yerlikaya's post of Tue 2 Jul 2024 (jesrpress: 'اليوم الثلاثاء')"),
    ev("north-syria-protest-deaths", "صعدت حصيلة قتلى الاحتجاجات المناهضة لتركيا في شمال سوريا", MON, "no own expression; the protests in northern Syria began on Mon 1 Jul 2024 (4 dead reported Monday evening, alhadeel) and the toll of 7 was given by Tue 2 Jul (my span 1 - 2 Jul)", end="2024-07-03"),
    ev("kayseri-riots", "قد أضرمت النار في منزل وعدد من المحال", RIOTS[0], "no own expression; the attacks of Sun 30 Jun 2024 evening into Mon 1 Jul (freshsyria: 'منذ مساء يوم أمس الأحد'; my span 30 Jun - 1 Jul)", end=RIOTS[1]),
    ev("syrian-suspect-arrested", "عقب توقيف سوري يُزعم أنه تحرّش بطفلة", SUSPECT, "no own expression; the arrest of the Syrian in Danishmentgazi on Sun 30 Jun 2024 (Kayseri governorate: 'بتاريخ 30.06.2024')"),
    ev("erdogan-speech", "ألقى الرئيس التركي رجب طيب أردوغان باللائمة على المعارضة", MON, "'في وقت سابق' = Erdogan's speech of Mon 1 Jul 2024 (jesrpress, dglah: 'اليوم الاثنين')"),
])

# ---------------------------------------------------------------- turkey-istanbul-syrians-deadline-extension-2019
S = "turkey-istanbul-syrians-deadline-extension-2019"
GOV_JULY = "2019-07-22"                    # the Istanbul governorate's statement giving unregistered Syrians until 20 Aug, Mon 22 Jul 2019
DEADLINE = "2019-08-20"                    # the deadline, Tue 20 Aug 2019
SOYLU = "2019-08-20"                       # Soylu announced the extension on Haber Turk late on Tue 20 Aug 2019
NEW_DEADLINE = "2019-10-30"                # the new deadline, Wed 30 Oct 2019
FIVE_CASES = "2019-08-27"                  # governor Yerlikaya's statement on five special cases, Tue 27 Aug 2019
art(S, "https://www.zamanalwsl.net/news/article/110835",
    "2019-08-20", "no date line in the stored text; the body's 'تنتهي اليوم الثلاثاء' and 'اليوم الثلاثاء العشرين من آب' give Tue 20 Aug 2019 (20 Aug 2019 was a Tuesday); the search-box line and the photo credit dropped; headline kept from the page; the last sentence, truncated at its last letter, completed ('طوعية')", True, """
مصير مجهول بانتظار آلاف السوريين في اسطنبول بعد انتهاء المهلة التركية
تنقضي اليوم الثلاثاء المهلة التي وضعتها السلطات التركية لإخراج السوريين الذين لا يحملون "كمليك" اسطنبول، بينما أفادت مصادر متابعة بانتشار عشرات الدوريات التابعة لقوى الأمن التركية في شوارع إسطنبول ومحطات الحافلات والمترو والساحات العامة وأمام المساجد، حيث توقف المارة وتطلب منهم وثائقهم.
وكان مسؤولون أتراك قد ألمحوا في وقت سابق إلى أن أنقرة تدرس مدّ المهلة الممنوحة، غير أنه لم يصدر حتى ساعته أي قرار بشأن المهلة التي تنتهي اليوم الثلاثاء.
وبموجب القرار التركي، يتعيّن على آلاف اللاجئين السوريين الخروج من إسطنبول قبل انقضاء اليوم الثلاثاء العشرين من آب، وإلا فقد يواجهون الإبعاد عنها.
وكانت سلطات المدينة قد أبلغت المهاجرين غير المسجلين فيها بوجوب العودة إلى الولايات التي سُجّلوا فيها، سعياً لتخفيف الأعباء التي ترزح تحتها كبرى المدن التركية.
لكن بعض اللاجئين السوريين يُنقلون إلى محافظة إدلب التي تشهد تصعيداً في العمليات العسكرية، ونقل ناشطون عن بعضهم أن سلطات إسطنبول ترغم كثيرين منهم على توقيع وثائق عودة طوعية.
""", [
    ev("deadline-expiry", "تنقضي اليوم الثلاثاء المهلة", DEADLINE, "'اليوم الثلاثاء' = Tue 20 Aug 2019 (also 'اليوم الثلاثاء العشرين من آب')"),
    ev("police-patrols", "بانتشار عشرات الدوريات التابعة لقوى الأمن التركية", "2019-08-19", "no own expression; the patrols of Mon 19 and Tue 20 Aug 2019 (jesrpress: 'الأمس الاثنين واليوم الثلاثاء')", end="2019-08-21"),
    ev("governor-deadline-statement", "قد أبلغت المهاجرين غير المسجلين فيها بوجوب العودة", GOV_JULY, "no own expression; the governorate's statement of Mon 22 Jul 2019 (turkey-breaking, snd.ps: 'اليوم الإثنين') that set the deadline of 20 Aug"),
])
art(S, "https://www.alaraby.co.uk/%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D8%AA%D9%85%D8%AF%D8%AF-%D8%A7%D9%84%D9%85%D9%87%D9%84%D8%A9-%D8%A7%D9%84%D9%85%D9%85%D9%86%D9%88%D8%AD%D8%A9-%D9%84%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D8%AE%D8%A7%D9%84%D9%81%D9%8A%D9%86-%D9%84%D9%85%D8%BA%D8%A7%D8%AF%D8%B1%D8%A9-%D8%A5%D8%B3%D8%B7%D9%86%D8%A8%D9%88%D9%84-0",
    "2019-08-21", "date line '21 اغسطس 2019' under the headline (not kept in the text); the body's 'في وقت متأخر أمس الثلاثاء' agrees (21 Aug 2019 was a Wednesday); headline kept from the page; the last, truncated sentence ('وقال صويلو إنّ 347 أل') dropped", True, """
تركيا تمدد المهلة الممنوحة للسوريين المخالفين لمغادرة إسطنبول
أعلن وزير الداخلية التركي سليمان صويلو، يوم الثلاثاء، أن بلاده مدّت حتى 30 أكتوبر/ تشرين الأول المقبل المهلة المعطاة للاجئين السوريين غير المسجلين في إسطنبول كي يغادروا المدينة، وإلا واجهوا الترحيل القسري.
وكان حاكم إسطنبول قد أعلن، الشهر الماضي، أن على السوريين المسجلين في أقاليم أخرى الرجوع إليها بحلول 20 أغسطس/ آب.
وقد ارتفع عدد السوريين في إسطنبول ارتفاعاً كبيراً حتى تجاوز نصف مليون شخص، فيما يسكن أكبر المدن التركية نحو 15 مليون نسمة.
وفي مقابلة تلفزيونية مع قناة "خبر ترك"، في وقت متأخر أمس الثلاثاء، أوضح صويلو أن المهلة مُدّدت حتى 30 أكتوبر/ تشرين الأول، وأن من يغادر إسطنبول سيُسمح له بالاستقرار والتسجيل في أي إقليم آخر ما عدا إقليم أنطاليا الجنوبي، مبيّناً أن هذا الإقليم لن يستقبل مزيداً من المهاجرين السوريين.
وأضاف الوزير أن الطلاب وعائلاتهم، ومن لديهم أعمال مسجلة رسمياً في إسطنبول، سيُستثنون من إعادة التوطين.
وتؤوي تركيا ما يزيد على 3.6 ملايين سوري، وهو العدد الأكبر من السوريين الذين هجّرتهم الحرب الدائرة في بلادهم منذ نحو ثماني سنوات.
""", [
    ev("soylu-extension", "أعلن وزير الداخلية التركي سليمان صويلو، يوم الثلاثاء", SOYLU, "'يوم الثلاثاء' = Tue 20 Aug 2019 (also 'في وقت متأخر أمس الثلاثاء' from Wed 21 Aug)"),
    ev("new-deadline", "مدّت حتى 30 أكتوبر/ تشرين الأول المقبل", NEW_DEADLINE, "'30 أكتوبر/ تشرين الأول المقبل' = Wed 30 Oct 2019"),
    ev("governor-deadline-statement", "وكان حاكم إسطنبول قد أعلن، الشهر الماضي", GOV_JULY, "'الشهر الماضي' from Aug 2019 = July 2019: the governorate's statement of Mon 22 Jul 2019"),
    ev("deadline-expiry", "الرجوع إليها بحلول 20 أغسطس/ آب", DEADLINE, "'20 أغسطس/ آب' = Tue 20 Aug 2019"),
])
art(S, "https://www.aksalser.com/news/2019/08/21/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%aa%d8%b1%d9%83%d9%8a%d8%a7-aksalser-com-7/",
    "2019-08-21", "no date line in the stored text; the URL's date '/2019/08/21/' (the site's permalink) gives Wed 21 Aug 2019, and the content (Soylu's interview 'مساء الثلاثاء', Tue 20 Aug) fits; the site banner, the Facebook-page plug and the comments notice dropped; headline written from the body (the stored text has none); no date of its own in the text ('مساء الثلاثاء' and Soylu's 'اليوم' name the day of the interview)", False, """
صويلو يمدد مهلة السوريين المخالفين في اسطنبول
أعلن وزير الداخلية التركي سليمان صويلو تمديد المهلة المعطاة للسوريين المخالفين في اسطنبول حتى يغادروا الولاية ويسوّوا أوضاعهم.
وأوضح صويلو، في مقابلة مع قناة "خبر ترك" مساء الثلاثاء، أن المهلة التي كان مقرراً أن تنتهي اليوم قد مُدّدت حتى 30 تشرين الأول المقبل.
وعلى هذا الأساس، يملك السوري الذي لا يحمل "كمليك اسطنبول" حوالي 70 يوماً لتسوية وضعه، فإما أن يعود إلى الولاية التي صدر منها الكمليك الخاص به، وإما أن يستخرج كمليك من ولاية أخرى وينتقل إليها إن لم يكن قد حصل على كمليك بعد.
ولفت صويلو إلى أن تركيا تريد من السوريين عبر هذه الإجراءات أن يقيموا فيها بصورة قانونية، مشيراً إلى أن عدد السوريين في اسطنبول يقارب 550 ألفاً، وأن الولاية لا تتسع لأكثر من ذلك.
وتطرّق صويلو كذلك إلى أعداد الأفغان المخالفين، فذكر أنها وصلت إلى 30 ألف شخص.
""", [
    ev("soylu-extension", "في مقابلة مع قناة \"خبر ترك\" مساء الثلاثاء", SOYLU, "'مساء الثلاثاء' = the evening of Tue 20 Aug 2019"),
    ev("deadline-expiry", "المهلة التي كان مقرراً أن تنتهي اليوم", DEADLINE, "'اليوم' in Soylu's words of Tue 20 Aug 2019 (not the day of this article) = Tue 20 Aug"),
    ev("new-deadline", "قد مُدّدت حتى 30 تشرين الأول المقبل", NEW_DEADLINE, "'30 تشرين الأول المقبل' = Wed 30 Oct 2019"),
    ev("regularisation-window", "حوالي 70 يوماً لتسوية وضعه", "2019-08-21", "'حوالي 70 يوماً' = from the end of the old deadline (after Tue 20 Aug) to the new one (Wed 30 Oct 2019), my span 21 Aug - 30 Oct", end="2019-10-31"),
])
art(S, "https://halabtodaytv.net/archives/98468",
    "2019-08-27", "no date line in the stored text; the body's 'أصدر والي مدينة إسطنبول بياناً اليوم الثلاثاء' for the governor's statement on the five special cases, issued on Tue 27 Aug 2019 (watan.fm, enabbaladi: 'اليوم الثلاثاء 27 آب'; 27 Aug 2019 was a Tuesday); the photo caption 'تعبيرية' and the translator's credit dropped; headline written from the body (the stored text has none)", True, """
والي إسطنبول يحدد حالات خاصة لنقل قيود السوريين إلى المدينة
أصدر والي مدينة إسطنبول اليوم الثلاثاء بياناً يتناول الحالات الخاصة للسوريين الذين ستُنقل قيودهم ويُمنحون بطاقة الحماية المؤقتة "كملك" صادرة عن مدينة إسطنبول.
وأوضح والي إسطنبول "علي يارلي كايا"، في بيان نشرته وكالة "إخلاص" التركية، أن قيود 1- طلاب الجامعات، و2- تلاميذ المرحلتين الابتدائية والإعدادية (2018-2019) المسجلين في ولاية أخرى غير إسطنبول، ستُنقل مع قيود عائلاتهم إلى مدينة إسطنبول.
وذكر الوالي، 3- أن العائلة التي يحمل بعض أفرادها "كملك" إسطنبول ويحمل الباقون "كملك" صادرة عن ولاية أخرى ستُنقل قيودها إلى "إسطنبول".
وبيّن "يارلي كايا" أن 4- الأيتام المقيمين في رعاية أقاربهم ستُنقل قيودهم كذلك إلى إسطنبول.
ومضى "يارلي كايا" قائلاً إن 5- التجار وأصحاب الأعمال السوريين وعائلاتهم، ممن يمارسون نشاطاً تجارياً فعلياً في إسطنبول منذ أكثر من 3 أشهر، ستُنقل قيودهم أيضاً إلى إسطنبول.
وكان والي مدينة إسطنبول قد أصدر بياناً أمهل فيه السوريين غير المسجلين في إسطنبول حتى تاريخ 20 آب كي يعودوا إلى المحافظات المسجلين فيها، قبل أن يعلن وزير الداخلية التركي "سليمان صويلو" مدّ المهلة إلى تاريخ 30 تشرين الأول.
""", [
    ev("governor-five-cases", "أصدر والي مدينة إسطنبول اليوم الثلاثاء بياناً", FIVE_CASES, "'اليوم الثلاثاء' = Tue 27 Aug 2019"),
    ev("governor-deadline-statement", "قد أصدر بياناً أمهل فيه السوريين غير المسجلين", GOV_JULY, "no own expression; the governorate's statement of Mon 22 Jul 2019 (turkey-breaking, snd.ps: 'اليوم الإثنين')"),
    ev("deadline-expiry", "حتى تاريخ 20 آب كي يعودوا", DEADLINE, "'20 آب' = Tue 20 Aug 2019"),
    ev("soylu-extension", "قبل أن يعلن وزير الداخلية التركي \"سليمان صويلو\"", SOYLU, "no own expression; Soylu's announcement on Haber Turk late on Tue 20 Aug 2019 (alaraby: 'في وقت متأخر أمس الثلاثاء')"),
    ev("new-deadline", "مدّ المهلة إلى تاريخ 30 تشرين الأول", NEW_DEADLINE, "'30 تشرين الأول' = Wed 30 Oct 2019"),
])

# ---------------------------------------------------------------- turkey-hatay-fares-al-ali-killing-2022
S = "turkey-hatay-fares-al-ali-killing-2022"
KILLING = "2022-09-03"                     # Fares al-Ali stabbed to death near the Bazaar roundabout in Narlica (Antakya) on Sat 3 Sep 2022, evening
SOYLU_CALL = "2022-09-04"                  # Soylu's condolence call to the family, Sun 4 Sep 2022
FUNERAL = "2022-09-05"                     # funeral in Antakya, the body through Bab al-Hawa, burial in Maarblit: Mon 5 Sep 2022
art(S, "https://syria.tv/مقتل-شاب-سوري-طعناً-في-ولاية-هاتاي-جنوبي-تركيا",
    "2022-09-04", "date line '2022.09.04 | 07:03 دمشق' under the headline (not kept in the text); the body's 'مساء السبت' for the killing of Sat 3 Sep 2022 agrees; the photo captions and font-size widget dropped; the sub-heading kept; the IHH quotation cut where the stored excerpt ends; headline kept from the page", True, """
مقتل شاب سوري طعناً في ولاية هاتاي جنوبي تركيا
لقي الشاب السوري "فارس العلي" حتفه، مساء السبت، على أيدي مجموعة من الأشخاص إثر مغادرته ملعباً لكرة القدم في ولاية هاتاي جنوبي تركيا.
وأفادت صفحة "كوزال" المعنية بأخبار السوريين في تركيا بأن فارس العلي طُعن لدى خروجه من مباراة لكرة القدم، على يد شبان أتراك بالقرب من دوار بازار نارلجا في ولاية هاتاي.
وأوضحت الصفحة أن الشاب كان قد اصطدم قبل يوم بامرأة تركية أثناء عمله في ولاية هاتاي، فهاجمه ساعة الحادثة 6 أشخاص من بينهم أبناؤها وطعنوه فأردوه قتيلاً.
وتتعقب السلطات التركية المعتدين على الشاب، وقد أوقفت واحداً منهم بحسب ما نقلته "كوزال".
الـ"IHH" تستنكر قتل الشاب فارس العلي
ونددت "هيئة الإغاثة الإنسانية وحقوق الإنسان والحريات" (IHH) بقتل الطالب الجامعي السوري فارس العلي على أيدي مجموعة هاجمته في هاتاي.
وقالت الهيئة: "فارس محمد العلي واحد من أيتامنا السوريين، نشأ في مجمع الريحانية لرعاية الأيتام إلى أن أتمّ المرحلة الثانوية هذا العام بتفوق، ونال مقعداً في كلية الطب. وقد قُتل على أيدي مجموعة اعتدت عليه في محافظة هاتاي".
""", [
    ev("killing", "لقي الشاب السوري \"فارس العلي\" حتفه، مساء السبت", KILLING, "'مساء السبت' before this article of Sun 4 Sep 2022 = Sat 3 Sep"),
    ev("collision-with-woman", "قد اصطدم قبل يوم بامرأة تركية", "2022-09-02", "'قبل يوم' before the killing of Sat 3 Sep 2022 = Fri 2 Sep"),
    ev("one-attacker-arrested", "وقد أوقفت واحداً منهم", KILLING, "no own expression; after the killing of Sat 3 Sep 2022 evening and before this report of Sun 4 Sep, 07:03 (my span 3 - 4 Sep)", end="2022-09-05"),
    ev("ihh-condemnation", "ونددت \"هيئة الإغاثة الإنسانية وحقوق الإنسان والحريات\" (IHH)", KILLING, "no own expression; after the killing of Sat 3 Sep 2022 evening and before this report of Sun 4 Sep, 07:03 (my span 3 - 4 Sep)", end="2022-09-05"),
])
art(S, "https://syrianpc.com/%D8%AA%D8%B4%D9%8A%D9%8A%D8%B9-%D8%AC%D8%AB%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B4%D8%A7%D8%A8-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%81%D8%B1%D8%A7%D8%B3-%D8%A7%D9%84%D8%B9%D9%84%D9%8A-%D9%88%D9%86",
    "2022-09-05", "no date on the stored page; the report of the funeral 'اليوم' with the killing 'قبل أمس' (the killing was on Sat 3 Sep 2022: syria.tv of 4 Sep 'مساء السبت') gives Mon 5 Sep 2022, the day of the Antakya funeral and the burial in Idlib (alaraby: 'اليوم الإثنين'; sotkurdistan: 'صباح اليوم الاثنين'); the Facebook video link and the outlet's signature dropped; headline rendered from the (cut) URL slug; no date of its own in the text", False, """
تشييع جثمان الشاب السوري فراس العلي
شيّع اليوم سوريون ومعهم عدد من المسؤولين الأتراك جثمان الشاب السوري فراس العلي في بلدة نارلجا بأنطاكية، ثم أدخلوه عبر معبر باب الهوى الحدودي إلى إدلب ليُدفن فيها.
وأفاد مراسلنا بأن العلي سيوارى الثرى اليوم في قرية معربليت بريف مدينة أريحا، مسقط رأسه.
وحضر جنازة العلي جمع غفير من السوريين المقيمين في إقليم هاتاي، وشارك سالم المسلط رئيس الائتلاف السوري وعدد من المسؤولين الأتراك في الصلاة عليه.
وكان العلي قد فارق الحياة إثر طعنات بسكين تلقاها قبل أمس من أتراك عقب انتهاء مباراة كرة قدم في نارلجا، وكان يستعد لدراسة الطب البشري السنة المقبلة.
وكان وزير الداخلية التركي سليمان صويلو قد هاتف عائلة الشاب السوري معزياً، ونقل إليها تعازي الرئيس أردوغان، فيما طالبت والدة الشاب الحكومة التركية بمحاكمة قتلة ابنها اليتيم.
""", [
    ev("funeral-antakya", "شيّع اليوم سوريون ومعهم عدد من المسؤولين الأتراك", FUNERAL, "'اليوم' of this article of Mon 5 Sep 2022"),
    ev("body-through-bab-al-hawa", "ثم أدخلوه عبر معبر باب الهوى الحدودي إلى إدلب", FUNERAL, "no own expression; the same day as the funeral, Mon 5 Sep 2022 (alaraby 'اليوم الإثنين')"),
    ev("burial-maarblit", "سيوارى الثرى اليوم في قرية معربليت", FUNERAL, "'اليوم' = Mon 5 Sep 2022"),
    ev("killing", "فارق الحياة إثر طعنات بسكين تلقاها قبل أمس", KILLING, "'قبل أمس' from Mon 5 Sep 2022 = Sat 3 Sep"),
    ev("soylu-condolence-call", "قد هاتف عائلة الشاب السوري معزياً", SOYLU_CALL, "no own expression; Soylu's call of Sun 4 Sep 2022 (syrianewsagency: 'واليوم الأحد قدم وزير الداخلية التركي سليمان صويلو التعازي'; sada.pro: 'أمس الأحد')"),
])
art(S, "https://alaraby.co.uk/society/%D8%A3%D9%87%D8%A7%D9%84%D9%8A-%D8%A5%D8%AF%D9%84%D8%A8-%D9%8A%D9%8F%D8%B4%D9%8A%D8%B9%D9%88%D9%86-%D8%B4%D8%A7%D8%A8%D8%A7%D9%8B-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7%D9%8B-%D9%82%D9%8F%D8%AA%D9%84-%D8%B7%D8%B9%D9%86%D8%A7%D9%8B-%D8%B9%D9%84%D9%89-%D9%8A%D8%AF-%D8%A3%D8%AA%D8%B1%D8%A7%D9%83-%D9%81%D9%8A-%D8%A3%D9%86%D8%B7%D8%A7%D9%83%D9%8A%D8%A7",
    "2022-09-05", "no date line in the stored text; the body's 'شيع أهالي محافظة إدلب، اليوم الإثنين' for the burial of Mon 5 Sep 2022 and 'يوم السبت الفائت' for the killing of Sat 3 Sep give Mon 5 Sep 2022 (5 Sep 2022 was a Monday); headline rendered from the URL slug; the last, truncated sentence (his admission to Balikesir medical school) dropped", True, """
أهالي إدلب يُشيعون شاباً سورياً قُتل طعناً على يد أتراك في أنطاكيا
ودّع أهالي محافظة إدلب، اليوم الإثنين، جثمان الشاب فارس محمد العلي الذي دُفن في مسقط رأسه بلدة معربليت جنوبي المحافظة، بعدما قُتل يوم السبت الفائت طعناً بالسكاكين على أيدي مجموعة من الشبان الأتراك العنصريين في مدينة أنطاكيا جنوبي تركيا.
وكان مئات السوريين، إلى جانب أقارب العلي، في استقبال جثمانه عند بوابة "باب الهوى" الحدودية مع تركيا شمالي إدلب، ومنها نُقل إلى بلدته معربليت ليُدفن إلى جوار والده الذي قتلته قوات النظام السوري عام 2013.
وقبيل نقل الجثمان إلى الأراضي السورية، شارك في تشييعه بأنطاكيا رئيس "الائتلاف الوطني السوري" سالم المسلط، وعدد من مسؤولي الائتلاف و"الحكومة السورية المؤقتة".
وأكد المسلط أن "معاقبة المعتدي رادع يمنع وقوع أي جريمة بحق الأبرياء"، مضيفاً أن "من يثير أي خطاب في المجتمع لا يخدم سوى أطراف تسعى إلى زرع الفتنة، فشعبنا حريص على صون العلاقة الأخوية بين الشعبين السوري والتركي"، بحسب موقع الائتلاف.
وكان فارس محمد العلي، البالغ من العمر 18 عاماً، قد طُعن على أيدي شبان أتراك عنصريين في منطقة نارليجا شمالي أنطاكيا، ما أدى إلى وفاته.
""", [
    ev("burial-maarblit", "ودّع أهالي محافظة إدلب، اليوم الإثنين", FUNERAL, "'اليوم الإثنين' = Mon 5 Sep 2022"),
    ev("killing", "بعدما قُتل يوم السبت الفائت طعناً بالسكاكين", KILLING, "'يوم السبت الفائت' from Mon 5 Sep 2022 = Sat 3 Sep"),
    ev("body-through-bab-al-hawa", "في استقبال جثمانه عند بوابة \"باب الهوى\"", FUNERAL, "no own expression; the body crossed on the day of the burial, Mon 5 Sep 2022"),
    ev("father-killed", "والده الذي قتلته قوات النظام السوري عام 2013", "2013-01-01", "'عام 2013' = the year 2013 only", end="2014-01-01"),
    ev("funeral-antakya", "شارك في تشييعه بأنطاكيا رئيس \"الائتلاف الوطني السوري\" سالم المسلط", FUNERAL, "'قبيل نقل الجثمان' = earlier on Mon 5 Sep 2022, before the body was taken to Syria (syrianpc: 'شيع اليوم'; sotkurdistan: 'صباح اليوم الاثنين')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 553
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

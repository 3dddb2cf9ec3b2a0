"""Builds stories.jsonl: the 394-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Tunisia's interior and south (Sfax, Gafsa,
Kasserine, Sidi Bouzid, Gabes, Medenine, Tataouine, Kairouan): protests, phosphate, floods, accidents,
migration, prices.
Stories: the death of a man under his demolished kiosk in Sbeitla and the protests and dismissals that followed
(Kasserine, October 2020), the floods of the wadis of Kasserine that killed two people and closed the schools
(October 2018), and the '18/18' migrant-boat tragedy of Zarzis with its funerals and general strike
(Medenine, October 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-sbeitla-kiosk-demolition-death-2020
S = "tunisia-sbeitla-kiosk-demolition-death-2020"
DEATH = "2020-10-13"                       # Abderrazak Khechnaoui died at dawn on Tue 13 Oct 2020 (about 03:00)
CHARGES = ("2020-10-15", "2020-10-17")     # the investigating judge's charges and warrants, reported on Fri 16 Oct 2020
art(S, "https://www.alchourouk.com/article/%D8%B9%D9%84%D9%89-%D8%AE%D9%84%D9%81%D9%8A%D8%A9-%D9%88%D9%81%D8%A7%D8%A9-%D9%83%D9%87%D9%84-%D8%AF%D8%A7%D8%AE%D9%84-%D9%83%D8%B4%D9%83-%D8%A8%D8%B9%D8%AF-%D9%87%D8%AF%D9%85%D9%87-%D8%A5%D9%82%D8%A7%D9%84%D8%A9-%D9%88%D8%A7%D9%84%D9%8A-%D8%A7%D9%84%D9%82%D8%B5%D8%B1%D9%8A%D9%86-%D9%88%D9%85%D8%B9%D8%AA%D9%85%D8%AF-%D8%B3%D8%A8%D9%8A%D8%B7%D9%84%D8%A9-%D9%88%D8%A5%D8%B9%D9%81%D8%A7%D8%A1-%D8%B1%D8%A6%D9%8A%D8%B3%D9%8A-%D9%85%D9%86%D8%B7%D9%82%D8%A9",
    "2020-10-13", "page stamp 'تاريخ النشر : 11:57 - 2020/10/13' (kept as second line; 13 Oct 2020 was a Tuesday); the body's 'فجر اليوم الثلاثاء 13 أكتوبر 2020' agrees; headline kept (reworded) from the page; the page's sidebar ('في نفس السياق') dropped", True, """
إقالة والي القصرين ومعتمد سبيطلة وإعفاء رئيسي منطقة الأمن والشرطة البلدية بعد وفاة كهل داخل كشك هُدم فوقه
تاريخ النشر : 11:57 - 2020/10/13
إثر الحادثة المؤلمة التي وقعت فجر اليوم الثلاثاء 13 أكتوبر 2020 في مدينة سبيطلة من ولاية القصرين، وأسفرت عن موت مواطن خلال تنفيذ قرار بهدم كشك في المنطقة، اتخذ رئيس الحكومة هشام مشيشي جملة من القرارات.
فقد قرر إقالة والي القصرين ومعتمد سبيطلة من منصبيهما.
كما قرر إعفاء رئيس منطقة الأمن الوطني ورئيس مركز الشرطة البلدية بسبيطلة من مهامهما.
وكلّف وزيري الداخلية والشؤون المحلية بالتوجه فورا إلى معتمدية سبيطلة لتقديم الدعم المادي والمعنوي لأسرة الفقيد.
وأشار البلاغ إلى أن تحقيقا فُتح في ظروف الحادثة وملابساتها، وأن الرأي العام سيُطلع على نتائجه في الإبان.
""", [
    ev("kiosk-death", "وأسفرت عن موت مواطن خلال تنفيذ قرار بهدم كشك", DEATH, "'فجر اليوم الثلاثاء 13 أكتوبر 2020' = Tue 13 Oct 2020"),
    ev("governor-delegate-sacked", "فقد قرر إقالة والي القصرين ومعتمد سبيطلة", DEATH, "no own expression; the PM's decisions were announced on Tue 13 Oct 2020, before the 11:57 stamp"),
    ev("security-chiefs-relieved", "كما قرر إعفاء رئيس منطقة الأمن الوطني ورئيس مركز الشرطة البلدية", DEATH, "no own expression; same statement of Tue 13 Oct 2020"),
    ev("ministers-sent", "وكلّف وزيري الداخلية والشؤون المحلية بالتوجه فورا", DEATH, "'فورا' in the statement of Tue 13 Oct 2020"),
    ev("investigation-opened", "أن تحقيقا فُتح في ظروف الحادثة وملابساتها", DEATH, "no own expression; the prosecutor ordered the inquiry on Tue 13 Oct 2020 (alaraby, kapitalis of the same day)"),
])
art(S, "https://alaraby.co.uk/society/%D8%AA%D9%88%D9%86%D8%B3-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D9%88%D8%BA%D8%B6%D8%A8-%D9%81%D9%8A-%D8%B3%D8%A8%D9%8A%D8%B7%D9%84%D8%A9-%D8%A8%D8%B9%D8%AF-%D9%85%D9%88%D8%AA-%D8%B1%D8%AC%D9%84-%D8%AA%D8%AD%D8%AA-%D8%A3%D9%86%D9%82%D8%A7%D8%B6-%D9%83%D8%B4%D9%83",
    "2020-10-13", "page date line '13 أكتوبر 2020' (kept as second line; 13 Oct 2020 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; the photo caption and '+ الخط -' dropped; headline kept (reworded); the last, truncated sentence dropped", True, """
تونس: غضب واحتجاجات في سبيطلة إثر وفاة رجل تحت ركام كشك
13 أكتوبر 2020
خرجت، اليوم الثلاثاء، احتجاجات في مدينة سبيطلة التابعة لمحافظة القصرين (وسط غرب تونس)، بعد أن توفي رجل خلال تنفيذ قرار بهدم كشك بقالة، إثر صدور قرار من السلطة المحلية يقضي بإزالة المحل الذي شُيّد دون ترخيص.
وأفادت النيابة العمومية في القصرين بأن كهلا (51 عاما) فارق الحياة فجر الثلاثاء حين سقطت عليه أجزاء من الكشك الذي كان نائما فيه أثناء هدمه بجرافة، وهو ما أشعل غضبا شعبيا واحتجاجات في المدينة أُضرمت خلالها النار في سيارة تابعة للسلطة المحلية وأُغلقت الطرقات.
وأوضح الناطق الرسمي باسم محكمة القصرين رضا النويوي لـ"العربي الجديد" أن البلدية كانت تنفذ قرارا بهدم محل بقالة بُني خلافا للقانون ودون رخصة بناء، ولم تنتبه إلى وجود شخص نائم بداخله، فمات الكهل تحت أنقاض المحل الذي هدمته جرافة البلدية.
وبيّن النويوي أن الأبحاث الأولية أثبتت أن أعوان البلدية المكلفين بالهدم لم يعلموا بوجود صاحب المحل في الداخل، وأنه كان قد أُبلغ مسبقا بتنفيذ القرار لعدم حصوله على رخصة البناء.
""", [
    ev("sbeitla-protests", "خرجت، اليوم الثلاثاء، احتجاجات في مدينة سبيطلة", DEATH, "'اليوم الثلاثاء' = Tue 13 Oct 2020 (date line)"),
    ev("kiosk-death", "أن كهلا (51 عاما) فارق الحياة فجر الثلاثاء", DEATH, "'فجر الثلاثاء' = dawn of Tue 13 Oct 2020"),
    ev("municipal-car-burned", "أُضرمت خلالها النار في سيارة تابعة للسلطة المحلية", DEATH, "no own expression; the protests of Tue 13 Oct 2020"),
    ev("roads-blocked", "وأُغلقت الطرقات", DEATH, "no own expression; the protests of Tue 13 Oct 2020"),
    ev("owner-notified", "وأنه كان قد أُبلغ مسبقا بتنفيذ القرار", "2020-09-01", "'مسبقا' (pluperfect): some time before the demolition of the night of 12-13 Oct 2020; my span Sep 2020 - 12 Oct", end=DEATH),
])
art(S, "https://www.albayan.ae/one-world/arabs/2020-10-14-1.3986066",
    "2020-10-14", "date in the URL '2020-10-14' (14 Oct 2020 was a Wednesday); the body's 'اندلعت أمس' for the protests of Tue 13 Oct agrees; headline kept (reworded); 'ت + ت - الحجم الطبيعي' dropped; the last, truncated words of the government statement completed from the statement itself (alchourouk); no date of its own in the text", False, """
احتجاجات في مدينة سبيطلة التونسية إثر هدم كشك فوق رأس صاحبه
دفع الجيش التونسي بقواته إلى مدينة سبيطلة من ولاية القصرين (وسط غرب)، عقب احتجاجات شعبية اندلعت أمس، بعد أن هدمت جهات حكومية كشكا ما تسبب في مقتل صاحبه الذي كان نائما بداخله.
وذكرت مصادر أمنية أن الكشك هُدم في ساعات الفجر تنفيذا لقرار يقضي بإزالة بنايات عشوائية مخالفة للمواصفات القانونية، غير أنه اتضح لاحقا أن عبد الرزاق الخشناوي (52 عاما)، الموظف ببلدية سبيطلة، كان نائما داخل الكشك دون أن ينتبه إليه المكلفون بالهدم، فلقي حتفه في داخله.
ومع ذيوع الخبر، اهتزت المدينة وشهدت احتجاجات شعبية رمى خلالها المحتجون قوات الأمن بالحجارة، فيما لجأت هذه القوات إلى الغاز المسيل للدموع لتفريقهم، وهو ما دفع السلطات إلى الاستعانة بوحدات من الجيش لحماية المنشآت العامة والخاصة في المدينة.
وأعلنت رئاسة الحكومة التونسية في بلاغ أن رئيسها هشام المشيشي قرر، إثر الحادثة الأليمة، إقالة والي القصرين ومعتمد سبيطلة، وإعفاء رئيس منطقة الأمن الوطني ورئيس مركز الشرطة البلدية بسبيطلة، وتكليف وزيري الداخلية والشؤون المحلية بالتوجه فورا إلى سبيطلة لتوفير الإحاطة لعائلة الفقيد.
""", [
    ev("army-deployed", "دفع الجيش التونسي بقواته إلى مدينة سبيطلة", DEATH, "no own expression; the army units entered on Tue 13 Oct 2020 (kapitalis and emaratalyoum of 13 Oct)"),
    ev("sbeitla-protests", "عقب احتجاجات شعبية اندلعت أمس", DEATH, "'أمس' in an article of Wed 14 Oct 2020 = Tue 13 Oct"),
    ev("kiosk-death", "فلقي حتفه في داخله", DEATH, "'في ساعات الفجر' = dawn of Tue 13 Oct 2020"),
    ev("tear-gas", "لجأت هذه القوات إلى الغاز المسيل للدموع لتفريقهم", DEATH, "no own expression; the clashes of Tue 13 Oct 2020"),
    ev("governor-delegate-sacked", "إقالة والي القصرين ومعتمد سبيطلة، وإعفاء", DEATH, "no own expression; the PM's statement of Tue 13 Oct 2020"),
])
art(S, "https://kapitalis.com/anbaa-tounes/2020/10/16/القصرين-توجيه-تهمة-القتل-العمد-لرئيسي",
    "2020-10-16", "date in the URL '/2020/10/16/' and the body's 'اليوم الجمعة 16 اكتوبر الجاري' (16 Oct 2020 was a Friday); headline written from the body (the stored text has none); 'شارك رأيك' dropped", True, """
القصرين: تهمة القتل العمد لرئيس بلدية سبيطلة ورئيس منطقة الأمن السابق
قرر قاضي التحقيق المتعهد بقضية وفاة عبد الرزاق الخشناوي، الذي قضى تحت ركام كشك ابنه خلال تنفيذ قرار بهدمه فجر يوم الثلاثاء 13 اكتوبر 2020، أن يوجه تهمة القتل العمد إلى رئيس بلدية سبيطلة وإلى رئيس منطقة الأمن الوطني السابق، مع إبقائهما في حالة سراح، وفق ما صرح به لموزاييك اليوم الجمعة 16 اكتوبر الجاري الناطق الرسمي باسم المحكمة الابتدائية بالقصرين رياض النويوي.
وأفاد النويوي بأن قاضي التحقيق أصدر بطاقتي إيداع بالسجن ضد رئيس مركز الشرطة البلدية بسبيطلة وضد سائق الجرافة التي تولت الهدم.
وترجع وقائع الحادثة إلى يوم الثلاثاء الماضي، حين نفذت بلدية سبيطلة قرارات هدم طالت عددا من الأكشاك العشوائية المقامة قرب السكة الحديدية في حي السرور، وكان الضحية نائما في كشك ابنه فانهار عليه السقف ومات في المكان، ما أدخل المدينة في حالة من الفوضى.
""", [
    ev("murder-charges", "أن يوجه تهمة القتل العمد إلى رئيس بلدية سبيطلة", CHARGES[0], "no own expression for the decision; reported 'اليوم الجمعة 16 اكتوبر الجاري'; my span Thu 15 - Fri 16 Oct 2020", end=CHARGES[1]),
    ev("kiosk-death", "الذي قضى تحت ركام كشك ابنه خلال تنفيذ قرار بهدمه", DEATH, "'فجر يوم الثلاثاء 13 اكتوبر 2020'"),
    ev("detention-warrants", "أصدر بطاقتي إيداع بالسجن ضد رئيس مركز الشرطة البلدية", CHARGES[0], "no own expression; the same decisions, reported on Fri 16 Oct 2020; my span 15-16 Oct", end=CHARGES[1]),
    ev("kiosks-demolished", "حين نفذت بلدية سبيطلة قرارات هدم طالت عددا من الأكشاك", "2020-10-12", "'يوم الثلاثاء الماضي' from Fri 16 Oct = Tue 13 Oct 2020; the demolitions began on the evening of Sun 11 / night of 12-13 Oct (emaratalyoum: 'مساء الأحد'); my span 12-13 Oct", end="2020-10-14"),
])

# ---------------------------------------------------------------- tunisia-kasserine-wadi-floods-2018
S = "tunisia-kasserine-wadi-floods-2018"
RAIN = "2018-10-17"                        # the rains and floods of Wed 17 Oct 2018
THU = "2018-10-18"                         # schools closed again in 9 governorates on Thu 18 Oct 2018
NABEUL = "2018-09-22"                      # the Nabeul floods of Sat 22 Sep 2018
art(S, "https://aajsy.com/society/2018/10/17/%D9%88%D9%81%D8%A7%D8%A9-%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D9%8A%D9%86-%D9%86%D8%AA%D9%8A%D8%AC%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D8%BA%D8%B2%D9%8A%D8%B1%D8%A9-%D9%88%D9%81%D9%8A%D8%B6%D8%A7%D9%86-%D8%A3%D9%88%D8%AF%D9%8A%D8%A9-%D8%A8%D8%A7%D9%84%D9%82%D8%B5%D8%B1%D9%8A%D9%86",
    "2018-10-17", "page date line '17 أكتوبر 2018' (kept as second line; 17 Oct 2018 was a Wednesday) and the URL '/2018/10/17/'; the body's 'اليوم الأربعاء' agrees; photo caption and '+ الخط -' dropped; headline kept (reworded); the last, truncated quotation shortened", True, """
الأمطار الغزيرة وفيضان الأودية في القصرين يوديان بحياة تونسيين اثنين
17 أكتوبر 2018
تتهاطل على محافظة القصرين في وسط غرب تونس اليوم الأربعاء أمطار غزيرة فاضت معها أودية عديدة، ما أدى إلى وفاة شخصين، جرفت المياه أحدهما وهو في سيارته. وأطلق عدد من السكان المقيمين قرب الأودية نداءات استغاثة بعد أن دخلت مياه الأمطار منازلهم وحالت بينهم وبين إحضار أبنائهم العالقين في المدارس.
وتوقفت الدراسة اليوم الأربعاء في كل مدارس محافظة القصرين بسبب الأمطار الغزيرة التي تعرفها أغلب المعتمديات وارتفاع منسوب المياه، وجرى إيواء عائلات كثيرة في منازل أخرى.
وتعيش معتمديات ماجل بالعباس وفريانة والعيون وضعا حرجا إثر نزول كميات كبيرة من الأمطار، وقد نبهت وحدات الحرس الوطني إلى خطر استعمال الطريق ودعت إلى عدم المغامرة بعبور الأودية، في حين تسعى وحدات الدفاع المدني إلى بلوغ المتضررين وإبعادهم عن مواطن الخطر.
وقال المواطن عبد الله الفقراوي (46 عاما)، من منطقة السرداحية القريبة من عرقوب ميمون بالقصرين، لـ"العربي الجديد": "الوضع كارثي، فقد فاض الوادي وارتفع منسوب المياه التي غمرت عددا من البيوت المجاورة له".
""", [
    ev("kasserine-rains", "تتهاطل على محافظة القصرين في وسط غرب تونس اليوم الأربعاء", RAIN, "'اليوم الأربعاء' = Wed 17 Oct 2018 (date line)"),
    ev("two-deaths", "ما أدى إلى وفاة شخصين، جرفت المياه أحدهما", RAIN, "'اليوم الأربعاء' = Wed 17 Oct 2018"),
    ev("kasserine-schools-closed", "وتوقفت الدراسة اليوم الأربعاء في كل مدارس محافظة القصرين", RAIN, "'اليوم الأربعاء' = Wed 17 Oct 2018"),
    ev("families-sheltered", "وجرى إيواء عائلات كثيرة في منازل أخرى", RAIN, "no own expression; the same Wed 17 Oct 2018"),
    ev("guard-warning", "قد نبهت وحدات الحرس الوطني إلى خطر استعمال الطريق", RAIN, "no own expression; the same Wed 17 Oct 2018"),
])
art(S, "https://masrawy.com/news/news_publicaffairs/details/2018/10/17/1446001/%D8%AA%D8%B9%D8%B7%D9%84-%D8%A7%D9%84%D8%AF%D8%B1%D8%A7%D8%B3%D8%A9-%D9%81%D9%8A-%D8%B9%D8%AF%D8%A9-%D9%85%D8%AF%D9%86-%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D8%BA%D8%B2%D9%8A%D8%B1%D8%A9-",
    "2018-10-17", "page time stamp '02:05 م الأربعاء 17 أكتوبر 2018' (kept as second line; 17 Oct 2018 was a Wednesday) and the URL '/2018/10/17/'; the body's 'اليوم الأربعاء' agrees; the dpa source tag 'تونس- (د ب أ):', the repeated headline and the page furniture dropped; headline kept (reworded)", True, """
توقف الدروس في مدن تونسية عدة جراء غزارة الأمطار
02:05 م الأربعاء 17 أكتوبر 2018
تعطلت الدروس في عدد من مدن تونس، اليوم الأربعاء، جراء الأمطار الغزيرة، في وقت طالبت فيه السلطات المحلية بالحيطة بسبب تقلب الأحوال الجوية.
وتوقفت الدراسة في قفصة والقصرين والكاف اليوم بعد أن ارتفع منسوب المياه في الشوارع وفاضت أودية عدة، ما شلّ حركة المرور في طرقات كثيرة.
ونبهت السلطات كذلك إلى نزول الأمطار في جهات أخرى مثل سيدي بوزيد والقيروان وسليانة وزغوان وتوزر وصفاقس وقبلي طوال اليوم الاربعاء، وطلبت من الفلاحين إبعاد ماشيتهم عن المناطق المحاذية للأودية، ومن البحارة عدم المغامرة بالخروج إلى الصيد.
وكانت ولاية نابل قد شهدت في سبتمبر الماضي فيضانات أودت بحياة ستة أشخاص وألحقت خسائر بالبنية التحتية لأحياء سكنية وبالمحاصيل الزراعية.
وقبل ذلك عرف شهر أغسطس الماضي هو الآخر فيضانات في الولاية نفسها فاضت خلالها أودية وتضررت منشآت سياحية عديدة، ولا سيما في مدينة الحمامات.
""", [
    ev("classes-halted", "تعطلت الدروس في عدد من مدن تونس، اليوم الأربعاء", RAIN, "'اليوم الأربعاء' = Wed 17 Oct 2018 (time stamp)"),
    ev("kasserine-schools-closed", "وتوقفت الدراسة في قفصة والقصرين والكاف اليوم", RAIN, "'اليوم' = Wed 17 Oct 2018"),
    ev("rain-warning", "ونبهت السلطات كذلك إلى نزول الأمطار في جهات أخرى", RAIN, "'طوال اليوم الاربعاء' = Wed 17 Oct 2018"),
    ev("nabeul-floods", "وكانت ولاية نابل قد شهدت في سبتمبر الماضي فيضانات", NABEUL, "'في سبتمبر الماضي' = September 2018: the Nabeul floods of Sat 22 Sep 2018 (outside knowledge)"),
    ev("hammamet-august-floods", "عرف شهر أغسطس الماضي هو الآخر فيضانات", "2018-08-01", "'شهر أغسطس الماضي' = August 2018 (month only)", end="2018-09-01"),
])
art(S, "https://alwatan.com/details/290592",
    "2018-10-18", "no date line on the stored page; the body's 'أمس الأربعاء' (twice) for the rains and school closures of Wed 17 Oct 2018 gives Thu 18 Oct 2018 (the same dpa report as masrawy's of 17 Oct, re-dated for the next morning's paper); the source tag 'تونس ـ د.ب.أ :' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
الأمطار الغزيرة تعطل الدراسة في مدن تونسية
توقفت الدروس في عدد من المدن التونسية أمس الأربعاء جراء غزارة الأمطار، فيما طالبت السلطات المحلية بالحذر بسبب تقلبات الطقس.
وتعطلت الدراسة في مدن قفصة والقصرين والكاف أمس بعد ارتفاع منسوب المياه في الشوارع وفيضان أودية عدة، ما أربك حركة السير في طرقات كثيرة.
كما نبهت السلطات إلى تهاطل الأمطار في مناطق أخرى بجهات سيدي بوزيد والقيروان وسليانة وزغوان وتوزر وصفاقس وقبلي طوال أمس الأربعاء، وحثت الفلاحين على إبعاد مواشيهم عن المناطق القريبة من الأودية، كما دعت البحارة إلى عدم المخاطرة بالإبحار للصيد.
وكانت ولاية نابل قد تعرضت في سبتمبر الماضي إلى فيضانات خلفت ستة قتلى وخسائر في البنية التحتية بأحياء سكنية وفي المحاصيل الزراعية.
وسبق ذلك أن شهد شهر أغسطس الماضي فيضانات في الولاية ذاتها فاضت بسببها أودية وتضررت منشآت سياحية، خصوصا في مدينة الحمامات.
""", [
    ev("classes-halted", "توقفت الدروس في عدد من المدن التونسية أمس الأربعاء", RAIN, "'أمس الأربعاء' in an article of Thu 18 Oct 2018 = Wed 17 Oct"),
    ev("kasserine-schools-closed", "وتعطلت الدراسة في مدن قفصة والقصرين والكاف أمس", RAIN, "'أمس' = Wed 17 Oct 2018"),
    ev("rain-warning", "كما نبهت السلطات إلى تهاطل الأمطار في مناطق أخرى", RAIN, "'طوال أمس الأربعاء' = Wed 17 Oct 2018"),
    ev("nabeul-floods", "وكانت ولاية نابل قد تعرضت في سبتمبر الماضي إلى فيضانات", NABEUL, "'في سبتمبر الماضي' = the Nabeul floods of Sat 22 Sep 2018"),
    ev("hammamet-august-floods", "شهد شهر أغسطس الماضي فيضانات في الولاية ذاتها", "2018-08-01", "'شهر أغسطس الماضي' = August 2018 (month only)", end="2018-09-01"),
])
art(S, "http://alkhaleejonline.net/%D9%85%D8%AC%D8%AA%D9%85%D8%B9/%D8%B3%D9%88%D8%A1-%D8%A7%D9%84%D8%A3%D8%AD%D9%88%D8%A7%D9%84-%D8%A7%D9%84%D8%AC%D9%88%D9%8A%D8%A9-%D9%8A%D8%B1%D8%BA%D9%85-%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D8%B9%D9%84%D9%89-%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%A7%D9%84%D8%AF%D8%B1%D8%A7%D8%B3%D8%A9",
    "2018-10-18", "page time stamp 'الخميس، 18-10-2018 الساعة 12:42' (kept as second line; 18 Oct 2018 was a Thursday); the body's 'الخميس' and 'أمس الأربعاء' agree; the short link, share buttons, photo caption and the byline 'تونس - الخليج أونلاين' dropped; headline kept (reworded); the last, truncated quotation of the governor shortened", True, """
السلطات التونسية تعلق الدراسة بسبب سوء الأحوال الجوية
الخميس، 18-10-2018 الساعة 12:42
علقت السلطات التونسية الدراسة في 9 محافظات، الخميس، جراء موجة من الطقس السيئ اجتاحت البلاد.
فقد أودت أمطار، أمس الأربعاء، بحياة شخصين في محافظة القصرين جرفتهما سيول الأودية.
وبحسب بيانات أصدرتها المحافظات التسع، فقد "تقرر تعليق الدروس في المؤسسات التربوية كليا، اليوم الخميس 18 أكتوبر 2018".
وعللت البيانات القرار "بالمعطيات الميدانية ومحيطها، وباحتمال تواصل نزول كميات من الأمطار هذا اليوم".
ويشمل القرار محافظات تونس ومنوبة وبن عروس وأريانة ونابل وسليانة وسيدي بوزيد والكاف والقصرين.
ونقلت وكالة "الأناضول" عن محافظ القصرين سمير بوقديدة أنه "تم انتشال جثة شخص جرفه وادي الصخيرات بمنطقة فريانة المحاذية للجزائر، فيما يتواصل البحث عن الجثة الثانية التي جرفها وادي البرك بمدينة العيون في شمال المحافظة".
وأضاف أن "اللجنة المحلية لمجابهة الكوارث في حالة انعقاد دائم".
""", [
    ev("schools-closed-thursday", "علقت السلطات التونسية الدراسة في 9 محافظات، الخميس", THU, "'الخميس' = Thu 18 Oct 2018 (time stamp; the statements' 'اليوم الخميس 18 أكتوبر 2018')"),
    ev("two-deaths", "فقد أودت أمطار، أمس الأربعاء، بحياة شخصين", RAIN, "'أمس الأربعاء' from Thu 18 Oct 2018 = Wed 17 Oct"),
    ev("feriana-body-recovered", "تم انتشال جثة شخص جرفه وادي الصخيرات", RAIN, "no own expression; the body was recovered on Wed 17 or Thu 18 Oct 2018 (my span)", end="2018-10-19"),
    ev("search-second-body", "فيما يتواصل البحث عن الجثة الثانية", RAIN, "no own expression; the search ongoing on 17-18 Oct 2018 (my span)", end="2018-10-19"),
])

# ---------------------------------------------------------------- tunisia-zarzis-18-18-migrant-boat-2022
S = "tunisia-zarzis-18-18-migrant-boat-2022"
DEPART = "2022-09-21"                      # the boat with 18 people left Zarzis on Wed 21 Sep 2022
LOST = ("2022-09-21", "2022-09-24")        # contact lost within 48 hours; the sinking itself is undated
CEMETERY = ("2022-09-25", "2022-10-13")    # bodies washed ashore were buried as unknown in the 'strangers' cemetery' (late Sep - early Oct)
art(S, "https://almesryoon.com/Section_439/%D8%A2%D8%AE%D8%B1-%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%B5%D9%88%D8%B1%D8%A9-%D9%84%D8%A3%D9%85-%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D8%AA%D9%86%D8%AA%D8%B8%D8%B1-%D8%AC%D8%AB%D9%85%D8%A7%D9%86-%D8%A7%D8%A8%D9%86%D9%87%D8%A7-%D8%AA%D8%AF%D9%85%D9%8A-%D8%A7%D9%84%D9%82%D9%84%D9%88%D8%A8-%D8%BA%D8%B1%D9%82-%D9%81%D9%8A-%D9%85%D8%B1%D9%83%D8%A8-%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9_1335440",
    "2022-10-15", "page stamp 'السبت، 15-10-2022 09:46 ص' (kept as second line; 15 Oct 2022 was a Saturday); headline rendered from the URL slug (the stored text has none)", True, """
صورة لأم تونسية تنتظر جثمان ابنها الغريق في مركب الهجرة تدمي القلوب
السبت، 15-10-2022 09:46 ص
هزّت صورة أم مفجوعة تجلس على طرف الشاطئ في مدينة جرجيس، جنوب شرقي تونس، قلوب التونسيين جميعا.
كانت الأم جالسة فوق ثلاجة قديمة تترقب عودة ابنها الذي ألقى بنفسه، قبل نحو أسبوعين، في عرض البحر على متن مركب "حرقة" للهجرة غير الشرعية، حالما بمستقبل أفضل على الضفة المقابلة من البحر المتوسط.
وتدرك هذه الأم أن ابنها لن يرجع حيا، لكنها تنتظر جثته لتواريها الثرى حتى لا يلقى مصير رفاقه المهاجرين الذين دُفنوا مجهولي الهوية في "مقبرة الغرباء".
وانطلقت الحادثة التي صارت تُعرف بـ"فاجعة 18/18" يوم 12 سبتمبر الماضي، حين غرق مركب على متنه 18 شخصا من أبناء جرجيس بينهم 5 نساء و5 أطفال، ثم دفنت السلطات عددا من الضحايا في المقبرة المخصصة لمجهولي الهوية المسماة مقبرة الغرباء، وهو ما فجّر غضبا واسعا في المدينة.
ونظم سكان جرجيس، الأربعاء، مسيرة حاشدة تحت اسم "يوم غضب"، رددوا فيها شعارات مثل "أحضروا أبناءنا" و"الشعب يريد أولاده المفقودين"، سعيا للضغط على السلطات التونسية كي تعيد جثامين الضحايا إلى ذويهم.
وتصاعد الغضب بعد أن اكتشف أهالي المفقودين جثث ثلاثة من أبنائهم دفنتها السلطات في "مقبرة الغرباء" دون أن تتثبت من هوياتها.
""", [
    ev("boat-departure", "ألقى بنفسه، قبل نحو أسبوعين، في عرض البحر", DEPART, "'قبل نحو أسبوعين' from Sat 15 Oct 2022 is only approximate; the boat left on Wed 21 Sep 2022 (kashfmedia, webdo)"),
    ev("boat-sinking", "حين غرق مركب على متنه 18 شخصا من أبناء جرجيس", LOST[0], "'يوم 12 سبتمبر الماضي' in the text is wrong (the boat left on 21 Sep 2022); contact was lost within 48 hours: my span 21-23 Sep 2022", end=LOST[1]),
    ev("strangers-cemetery-burial", "ثم دفنت السلطات عددا من الضحايا في المقبرة المخصصة لمجهولي الهوية", CEMETERY[0], "no own expression; bodies washed ashore buried as unknown between late September and early October 2022 (my span)", end=CEMETERY[1]),
    ev("day-of-anger-march", "ونظم سكان جرجيس، الأربعاء، مسيرة حاشدة", "2022-10-12", "'الأربعاء' before Sat 15 Oct 2022 = Wed 12 Oct"),
    ev("three-bodies-discovered", "بعد أن اكتشف أهالي المفقودين جثث ثلاثة من أبنائهم", "2022-10-01", "no own expression; the discovery that preceded the march of Wed 12 Oct 2022; my span 1-12 Oct", end="2022-10-13"),
])
art(S, "https://kashfmedia.com/2022/10/15/جرجيس-دفن-05-من-ضحايا-غرق-المركب",
    "2022-10-15", "date in the URL '/2022/10/15/' (15 Oct 2022 was a Saturday); the body's 'اليوم السبت' agrees; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
جرجيس: دفن 05 من ضحايا غرق مركب الهجرة
ودّعت مدينة جرجيس اليوم السبت 05 من أبنائها، من ضحايا كارثة غرق مركب الهجرة غير النظامية (يوم 21 سبتمبر)، وبينهم أم لا تزال رضيعتها في عداد المفقودين.
وقد دفن أهالي جرجيس 05 من ضحايا الغرق، الذين يبلغ عددهم 18 شخصا، وهم ملاك ثم أيمن ومنى ثم محمد وسيف، إثر ثبوت تطابق تحاليلهم الجينية مع عينات أخذت من عائلاتهم التي انتقلت إلى مخبر لهذا الغرض.
ولا تزال نتائج تحاليل 7 جثث منتظرة، وقد أخذت عينة جديدة من إحدى الجثث بعد استخراجها من مقبرة الغرباء بجرجيس.
أما باقي الضحايا فلا يزالون مفقودين، وتصر عائلاتهم على مواصلة البحث عنهم لا في البحر وحده، بل على اليابسة أيضا، في غرف الأموات بالمستشفيات وفي المقابر.
""", [
    ev("five-victims-buried", "ودّعت مدينة جرجيس اليوم السبت 05 من أبنائها", "2022-10-15", "'اليوم السبت' = Sat 15 Oct 2022 (URL)"),
    ev("boat-departure", "كارثة غرق مركب الهجرة غير النظامية (يوم 21 سبتمبر)", DEPART, "'يوم 21 سبتمبر' = Wed 21 Sep 2022"),
    ev("dna-matches", "إثر ثبوت تطابق تحاليلهم الجينية مع عينات أخذت من عائلاتهم", "2022-10-10", "no own expression; results that came before the burial of Sat 15 Oct 2022; my span 10-15 Oct", end="2022-10-16"),
    ev("body-exhumed", "بعد استخراجها من مقبرة الغرباء بجرجيس", "2022-10-10", "no own expression; the exhumation ordered in October 2022 before Sat 15 Oct; my span 10-15 Oct", end="2022-10-16"),
    ev("search-continues", "وتصر عائلاتهم على مواصلة البحث عنهم", "2022-10-15", "no own expression; the families' position on Sat 15 Oct 2022"),
])
art(S, "https://touwensa.com/index.php/national-affairs/26338-2022-10-18-08-19-12.html",
    "2022-10-18", "the body's 'اليوم الثلاثاء 18 أكتوبر 2022' (18 Oct 2022 was a Tuesday) and the URL stamp '2022-10-18-08-19-12'; headline written from the body (the stored text has none)", True, """
جرجيس تشن إضرابا عاما احتجاجا على تعامل السلطات مع فاجعة الهجرة
تعيش جرجيس اليوم الثلاثاء 18 أكتوبر 2022 على وقع إضراب عام دعا إليه الاتحاد المحلي للشغل منذ يوم الأحد، احتجاجا على الطريقة التي تعاملت بها السلطات مع فاجعة الهجرة غير النظامية التي أدت إلى فقدان 18 شخصا في عرض البحر منذ سبتمبر الماضي.
وكان الكاتب العام للاتحاد المحلي للشغل الهادي الحميدي قد أوضح في وقت سابق أن الإضراب ينطلق بالتحاق كل الموظفين في القطاعين العام والخاص بمؤسساتهم على الساعة الثامنة صباحا، ثم يتوجهون جميعا إلى ساحة المعتمدية للمشاركة في مسيرة صامتة تطوف شوارع المدينة حاملة 18 نعشا رمزيا، قبل الرجوع إلى ساحة المعتمدية.
وأضاف الحميدي أن شوارع المدينة ستُخلى تماما على الساعة العاشرة، تعبيرا عن رفض أهالي جرجيس دفن أبنائهم من ضحايا الهجرة في مقبرة الغرباء، على حد تعبيره.
وانتقد سكان جرجيس السلطات المحلية لأنها لم تقدم أجوبة بشأن الجثث التي انتُشلت ودُفنت دون إخضاعها لتحاليل جينية تكشف هوياتها.
""", [
    ev("zarzis-general-strike", "على وقع إضراب عام دعا إليه الاتحاد المحلي للشغل", "2022-10-18", "'اليوم الثلاثاء 18 أكتوبر 2022'"),
    ev("strike-called", "دعا إليه الاتحاد المحلي للشغل منذ يوم الأحد", "2022-10-16", "'منذ يوم الأحد' before Tue 18 Oct 2022 = Sun 16 Oct"),
    ev("boat-sinking", "أدت إلى فقدان 18 شخصا في عرض البحر منذ سبتمبر الماضي", LOST[0], "'منذ سبتمبر الماضي' = the loss of the boat that left on 21 Sep 2022; my span 21-23 Sep", end=LOST[1]),
    ev("silent-march", "للمشاركة في مسيرة صامتة تطوف شوارع المدينة", "2022-10-18", "'على الساعة الثامنة صباحا' of the strike day, Tue 18 Oct 2022"),
    ev("strangers-cemetery-burial", "الجثث التي انتُشلت ودُفنت دون إخضاعها لتحاليل جينية", CEMETERY[0], "no own expression; the burials as unknown of late September - early October 2022 (my span)", end=CEMETERY[1]),
])


SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 394
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

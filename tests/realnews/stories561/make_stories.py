"""Builds stories.jsonl: the 561-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: news of Arab communities in the Americas and Australia.
Stories: the shooting at the Islamic Cultural Centre of Quebec City (Canada, January 2017), the killing of the
Palestinian-American boy Wadea al-Fayoume at Plainfield near Chicago (USA, October 2023), the presidential win
of the Palestinian-Salvadoran Nayib Bukele (El Salvador, February 2019), and the Panania shooting that killed two
Lebanese-Australian women in south-west Sydney (Australia, August 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- canada-quebec-city-mosque-shooting-2017
S = "canada-quebec-city-mosque-shooting-2017"
ATTACK = "2017-01-29"                      # the gunman opened fire after the evening prayer on Sun 29 Jan 2017
ARRESTS = "2017-01-29"                     # both suspects were held on Sunday night (one near the mosque, one further away)
MONDAY = "2017-01-30"                      # police toll / briefing, the charges, the Algerian victims confirmed
TRUDEAU = ("2017-01-29", "2017-01-31")     # his statement came late on Sunday night (Ottawa), i.e. Monday in Arab time zones
art(S, "https://www.masress.com/elbalad/2601896",
    "2017-01-30", "no date line on the stored page (a Sada El Balad report carried by masress); the body's 'اليوم الاثنين' for Trudeau's condolences and 'أمس الأحد' for the attack of Sun 29 Jan 2017 give Mon 30 Jan 2017 (30 Jan 2017 was a Monday); headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
ترودو يعزي في مقتل 6 مسلمين بإطلاق نار على مسجد في كيبك
أعرب رئيس وزراء كندا جاستن ترودو اليوم الاثنين عن تعازيه في مقتل 6 مسلمين جراء إطلاق نار استهدف مسجدا بإقليم كيبك في كندا، ووصف ما جرى بأنه عمل إرهابي موجه ضد المسلمين.
ونقلت صحيفة "ناشونال بوست" الكندية على موقعها الإلكتروني أن مسلحين اثنين فتحا النار على المصلين خلال صلاة العشاء أمس الأحد في مسجد بكيبك، فقتلا 6 أشخاص وأصابا ثمانية آخرين.
وأوضحت شرطة إقليم كيبك في بيان صحفي اليوم أنها اعتقلت شخصين يشتبه فيهما، أحدهما قرب المسجد والآخر على مسافة 40 كيلومترا منه.
وأضافت الشرطة أنه لا يوجد ما يدل على تورط آخرين معهما في الهجوم.
وبينت الصحيفة أن أعمار الضحايا تتراوح بين 35 و60 عاما، مشيرة إلى أن 39 شخصا آخرين كانوا داخل المسجد ولم يصابوا خلال الهجوم.
وفي بيان اليوم، قال رئيس الوزراء الكندي: "إننا ندين العمل الإرهابي ضد المسلمين في مركز للعبادة"، وأضاف: "باسم الشعب الكندي، نتقدم أنا وزوجتي بأعمق التعازي إلى أسر وأصدقاء جميع من قتلوا في الحادث، ونتمنى الشفاء العاجل لكل المصابين".
وقال مدير المسجد محمد يانجوي: "هذا ثالث حادث، نحن مصدومون ولا أجد كلمات أصف بها ما حدث"، مضيفا أن ما بين 60 و100 رجل وامرأة وطفل يحضرون يوميا لصلاة العشاء في المركز.
""", [
    ev("trudeau-statement", "أعرب رئيس وزراء كندا جاستن ترودو اليوم الاثنين عن تعازيه", TRUDEAU[0], "'اليوم الاثنين' = Mon 30 Jan 2017 in this Egyptian report; the statement was issued late on Sunday night in Ottawa, so my span is Sun 29 - Mon 30 Jan 2017", end=TRUDEAU[1]),
    ev("mosque-attack", "فتحا النار على المصلين خلال صلاة العشاء أمس الأحد", ATTACK, "'أمس الأحد' in an article of Mon 30 Jan 2017 = Sun 29 Jan"),
    ev("police-briefing", "وأوضحت شرطة إقليم كيبك في بيان صحفي اليوم", MONDAY, "'اليوم' = Mon 30 Jan 2017 (the police statement on the arrests and the toll)"),
    ev("suspects-arrested", "أنها اعتقلت شخصين يشتبه فيهما", ARRESTS, "no own expression; both suspects were held on the night of the attack, Sun 29 Jan 2017"),
])
art(S, "https://www.djazairess.com/elyawm/118991",
    "2017-01-31", "no date line on the stored page (an El Yawm report carried by djazairess); the body's 'ليلة أول أمس' for the attack of Sunday night and 'أمس' for the confirmation of the Algerian victims and the police toll of Monday give Tue 31 Jan 2017 (31 Jan 2017 was a Tuesday); the repeated sub-heading dropped; headline kept from the page; the last, truncated sentence shortened", False, """
مقتل جزائريين اثنين في هجوم المركز الثقافي الإسلامي بالكيبيك
أفادت مصادر إعلامية أمس بأن مواطنين جزائريين اثنين هما من بين قتلى إطلاق النار الذي شهده المركز الثقافي الإسلامي بالكيبيك ليلة أول أمس، وخلّف 6 قتلى.
ونقلت وسائل الإعلام عن "مصادر موثوقة" أن الأمر يخص رجلين يحملان الجنسية الجزائرية.
كما أدى الهجوم إلى مقتل تونسي وإصابة تونسيين اثنين على الأقل بجروح خطيرة.
وذكرت المصادر نفسها أن بين الضحايا مغربيا ومصريا.
واعتقلت الشرطة الكندية متهمين اثنين، أحدهما كندي الأصل والآخر من أصول عربية.
وكان ستة أشخاص قد قتلوا وجرح ثمانية آخرون عندما أطلق رجلان النار على مصلين في ختام صلاة العشاء في مسجد بكيبيك، وفق حصيلة جديدة أعلنتها الشرطة أمس.
وقالت الناطقة باسم إدارة الأمن في كيبيك كريستين كولومب للصحافيين إن "ستة أشخاص تتراوح أعمارهم بين 35 وسبعين عاما قتلوا"، وأضافت أن "ثمانية أشخاص أصيبوا" في الهجوم الذي تتعامل معه الشرطة "كعمل إرهابي"، على حد تعبيرها.
وأكد متحدث باسم شرطة كيبك سقوط قتلى، وقال خلال مؤتمر صحافي نقلته محطات التلفزيون مباشرة إن قوات الأمن اعتقلت شخصين.
""", [
    ev("algerian-victims-confirmed", "أفادت مصادر إعلامية أمس بأن مواطنين جزائريين اثنين", MONDAY, "'أمس' in an article of Tue 31 Jan 2017 = Mon 30 Jan (the day the Algerian foreign ministry confirmed two nationals among the dead)"),
    ev("mosque-attack", "الذي شهده المركز الثقافي الإسلامي بالكيبيك ليلة أول أمس", ATTACK, "'ليلة أول أمس' in an article of Tue 31 Jan 2017 = the night of Sun 29 Jan"),
    ev("suspects-arrested", "واعتقلت الشرطة الكندية متهمين اثنين", ARRESTS, "no own expression; the two suspects were held on the night of the attack, Sun 29 Jan 2017"),
    ev("police-briefing", "وفق حصيلة جديدة أعلنتها الشرطة أمس", MONDAY, "'أمس' from Tue 31 Jan 2017 = Mon 30 Jan (Christine Coulombe's toll of six dead)"),
])
art(S, "http://ar.qantara.de/content/%D8%A7%D9%84%D8%B4%D8%B1%D8%B7%D8%A9-%D8%A7%D9%84%D9%83%D9%86%D8%AF%D9%8A%D8%A9-%D8%AA%D8%AA%D9%87%D9%85-%D8%B7%D8%A7%D9%84%D8%A8%D8%A7%D9%8B-%D9%81%D8%B1%D9%86%D8%B3%D9%8A%D8%A7%D9%8B-%D9%83%D9%86%D8%AF%D9%8A%D8%A7%D9%8B-%D8%A7%D8%B3%D9%85%D9%87-%D8%A3%D9%84%D9%83%D8%B3%D9%86%D8%AF%D8%B1-%D8%A8%D9%8A%D8%B3%D9%88%D9%86%D9%8A%D8%AA-27-%D8%B9%D8%A7%D9%85%D8%A7%D9%8B-%D8%A8%D8%A7%D9%82%D8%AA%D8%B1%D8%A7%D9%81-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85",
    "2017-01-31", "date line '31.01.2017' under the lead on the page (removed from the text; 31 Jan 2017 was a Tuesday); the body's 'الاثنين (30 يناير/ كانون الأول 2017)' for Trudeau's statement agrees; the comment-terms footer and the embed code dropped; headline kept from the page (shortened as in the URL)", True, """
الشرطة الكندية تتهم طالبا فرنسيا-كنديا اسمه ألكسندر بيسونيت (27 عاما) باقتراف الهجوم
اتهمت الشرطة الكندية الطالب الفرنسي-الكندي ألكسندر بيسونيت (27 عاما) بتنفيذ الهجوم الإرهابي الذي أودى بحياة 6 مصلين في مسجد بمدينة كيبيك الكندية وأصاب 19 آخرين، فيما أطفأ برج إيفل في باريس أنواره تضامنا مع الضحايا المسلمين وذويهم.
ووجهت الشرطة الكندية تهمة القتل إلى طالب فرنسي-كندي يدعى ألكسندر بيسونيت، وحملته مسؤولية الهجوم الإرهابي الذي أطلقت فيه النار على مصلين في مسجد بمنطقة كيبيك الكندية، فقتل 6 أشخاص على الأقل وأصيب 19 آخرون مساء الأحد 29 / 01 / 2016.
وذكرت مصادر إعلامية أن بيسونيت يدرس العلوم السياسية في جامعة لافال الواقعة على بعد نحو ثلاثة كيلومترات من المسجد.
ودان رئيس الوزراء الكندي جاستن ترودو في بيان الاثنين (30 يناير/ كانون الأول 2017) الاعتداء الإرهابي، قائلا: "ندين هذا الاعتداء الإرهابي الذي استهدف مسلمين كانوا في مكان للعبادة والملاذ"، ومعبرا عن "تعازيه الحارة لعائلات القتلى وأصدقائهم"، ومتمنيا "الشفاء العاجل للجرحى"، وأضاف: "إننا ندين هذا الهجوم الإرهابي على المسلمين في مركز للعبادة".
""", [
    ev("bissonnette-charged", "ووجهت الشرطة الكندية تهمة القتل إلى طالب فرنسي-كندي", MONDAY, "no own expression; Bissonnette was charged (six counts of murder) on Mon 30 Jan 2017, the day before this article of Tue 31 Jan"),
    ev("mosque-attack", "وأصيب 19 آخرون مساء الأحد 29 / 01 / 2016", ATTACK, "'مساء الأحد 29 / 01 / 2016': the year is a slip of the page for 2017 (29 Jan 2017 was a Sunday; 29 Jan 2016 was a Friday) = Sun 29 Jan 2017"),
    ev("trudeau-statement", "ودان رئيس الوزراء الكندي جاستن ترودو في بيان الاثنين", TRUDEAU[0], "'الاثنين (30 يناير/ كانون الأول 2017)' (كانون الأول is a slip for كانون الثاني) = Mon 30 Jan 2017 as the Arab press dated it; the statement was issued late on Sunday night in Ottawa, so my span is Sun 29 - Mon 30 Jan 2017", end=TRUDEAU[1]),
])

# ---------------------------------------------------------------- usa-plainfield-wadea-alfayoume-killing-2023
S = "usa-plainfield-wadea-alfayoume-killing-2023"
STAB = "2023-10-14"                        # Wadea al-Fayoume and his mother were stabbed late on Sat morning 14 Oct 2023; he died in hospital that day
SUNDAY = "2023-10-15"                      # the sheriff's statement and charges, the autopsy, Biden's statement (late Sunday)
FUNERAL = "2023-10-16"                     # the funeral prayer at the Mosque Foundation, Bridgeview, on Mon 16 Oct 2023
art(S, "https://www.arabkhabar.com/a/915586",
    "2023-10-16", "page stamp 'تاريخ النشر: 16th, October 2023 GMT' (removed from the text; 16 Oct 2023 was a Monday); the app-download line ('إضغط على الصورة لتحميل تطبيق النهار ...') dropped; headline kept from the page", True, """
أمريكا.. مقتل طفل فلسطيني عمره 6 سنوات بـ26 طعنة
أعلنت الشرطة الأمريكية أن رجلا من ولاية "إلينوي" وجّه 26 طعنة إلى طفل مسلم فأرداه قتيلا، وأصاب والدته بجروح بالغة، بينما كان يردد عبارات معادية للمسلمين والفلسطينيين.
ووجهت الشرطة إلى الرجل البالغ 71 عاما تهمة ارتكاب جريمة كراهية بحق طفل في السادسة وأمه البالغة 32 عاما، مؤكدة أن الضحيتين استهدفتا بسبب دينهما الإسلامي، على خلفية الحرب التي تشنها إسرائيل على الفلسطينيين.
وقال قائد شرطة مقاطعة "ويل" في بيان على مواقع التواصل الاجتماعي: "توصل المحققون إلى أن الضحيتين في هذا الهجوم الوحشي كانتا هدفا للمشتبه به لأنهما مسلمان، وبسبب الصراع الدائر في الشرق الأوسط بين حماس والإسرائيليين".
وعثر أفراد الشرطة على الطفل ووالدته في وقت متأخر من صباح يوم السبت داخل منزل في بلدة بلينفيلد، على مسافة نحو 65 كيلومترا جنوب غرب شيكاغو.
وأفاد مكتب قائد الشرطة بأن الصبي، الذي أعلنت وفاته في المستشفى، طعن 26 مرة بسكين عسكرية كبيرة، وفق ما أظهره تشريح الجثة يوم الأحد.
وتلقت المرأة أكثر من 12 طعنة في جسدها، وظلت في المستشفى يوم الأحد، غير أن حالتها مستقرة.
""", [
    ev("stabbing-attack", "وجّه 26 طعنة إلى طفل مسلم فأرداه قتيلا", STAB, "no own expression; the attack of late Sat morning 14 Oct 2023 ('في وقت متأخر من صباح يوم السبت' below)"),
    ev("czuba-charged", "ووجهت الشرطة إلى الرجل البالغ 71 عاما تهمة ارتكاب جريمة كراهية", SUNDAY, "no own expression; the Will County sheriff announced the charges on Sun 15 Oct 2023"),
    ev("sheriff-statement", "وقال قائد شرطة مقاطعة \"ويل\" في بيان على مواقع التواصل الاجتماعي", SUNDAY, "no own expression; the sheriff's social-media statement of Sun 15 Oct 2023"),
    ev("victims-found", "وعثر أفراد الشرطة على الطفل ووالدته في وقت متأخر من صباح يوم السبت", STAB, "'صباح يوم السبت' = Sat 14 Oct 2023"),
    ev("autopsy", "وفق ما أظهره تشريح الجثة يوم الأحد", SUNDAY, "'يوم الأحد' = Sun 15 Oct 2023"),
])
art(S, "https://staging.nn.najah.edu/news/Arab_international/2023/10/16/470347",
    "2023-10-16", "no stamp in the stored text; URL folder '/2023/10/16/' (16 Oct 2023 was a Monday); the body's 'الأحد' and 'في وقت متأخر الأحد' for Biden's statement of Sun 15 Oct agree; the byline 'نابلس - النجاح الإخباري -' dropped; headline written from the body (the stored text has none)", False, """
بايدن يندد بطعن طفل فلسطيني حتى الموت في إلينوي
استنكر الرئيس الأميركي جو بايدن، الأحد، طعن طفل فلسطيني مسلم في السادسة من عمره حتى الموت في ولاية إلينوي.
وكانت شرطة الولاية قد ربطت الجريمة بالعدوان المستمر على قطاع غزة، ووصف بايدن ما جرى بأنه "عمل كراهية مروع".
وبحسب بيان صدر عن مكتب رئيس بلدية مقاطعة ويل في إلينوي، فارق الطفل الذي تلقى 26 طعنة الحياة في المستشفى، بينما يتوقع أن تتعافى والدته البالغة 32 عاما من الهجوم "المشين"، وفق ما نقله موقع (العربية).
وقالت الشرطة في بيان حدد موقع الجريمة على بعد نحو 64 كيلومترا غرب شيكاغو: "توصل المحققون إلى أن المشتبه به استهدف ضحيتي هذا الهجوم الوحشي لأنهما مسلمان وبسبب النزاع المستمر في الشرق الأوسط".
وجاء في بيان للبيت الأبيض على لسان بايدن: "صدمت أنا وجيل حين علمنا بالقتل الوحشي لطفل في السادسة ومحاولة قتل والدته في منزلهما أمس في إلينوي".
وأكد بايدن في البيان الذي صدر في وقت متأخر الأحد أن المرأة هي أم الطفل، مشيرا إلى أن "أسرتهم الفلسطينية المسلمة جاءت إلى أميركا بحثا عما نبحث عنه جميعا... ملاذ للعيش والتعلم والصلاة بسلام".
""", [
    ev("biden-statement", "استنكر الرئيس الأميركي جو بايدن، الأحد", SUNDAY, "'الأحد' = Sun 15 Oct 2023 (the White House statement 'في وقت متأخر الأحد')"),
    ev("boy-death", "فارق الطفل الذي تلقى 26 طعنة الحياة في المستشفى", STAB, "no own expression; the boy was pronounced dead in hospital on the day of the attack, Sat 14 Oct 2023"),
    ev("sheriff-statement", "وقالت الشرطة في بيان حدد موقع الجريمة", SUNDAY, "no own expression; the Will County sheriff's statement of Sun 15 Oct 2023"),
    ev("stabbing-attack", "ومحاولة قتل والدته في منزلهما أمس في إلينوي", STAB, "'أمس' in Biden's statement of Sun 15 Oct 2023 = Sat 14 Oct (not the day before this article)"),
])
art(S, "https://mugtama.com/17/310361",
    "2023-10-17", "no date line on the stored page; the body's 'ظهر أمس الإثنين' for the funeral of Mon 16 Oct 2023 gives Tue 17 Oct 2023 (17 Oct 2023 was a Tuesday); the sub-headings ('أهديه لفلسطين', 'ضحية تضليل إعلامي') dropped; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
تشييع الطفل الفلسطيني الأمريكي وديع الفيومي في إلينوي
ودّع المئات من الأمريكيين وأبناء الجاليتين الفلسطينية والمسلمة في ولاية إلينوي الطفل الفلسطيني الأمريكي وديع الفيومي، الذي قتل وأصيبت أمه على يد جارهما اليهودي لأنهما مسلمان، وعلى خلفية الحرب الصهيونية على قطاع غزة.
وانطلقت الجنازة ظهر أمس الإثنين من مسجد مؤسسة الجامع في شيكاغو، حيث يقطن كثير من أبناء الجالية العربية، بحضور رسمي وشعبي وإعلامي كبير، وعقد أمام المسجد مؤتمر صحفي تحدث فيه مسؤولون رسميون وممثلون عن المؤسسات الإسلامية في المدينة.
وفي كلمته، تمسك عدي الفيومي، والد وديع، بالحديث بالعربية كي تصل الصورة كاملة إلى الشعب الفلسطيني، وقال: ابني شهيد، أهديه لفلسطين ولأهل غزة وأرجو أن يقبلوه مني، وأتمنى أن يكون موت ابني سببا في إيجاد حل لهذا الصراع.
من جهته، كتب د. عمر سليمان، الإمام ومؤسس معهد يقين للبحوث الإسلامية ورئيسه، وهو من المتحدثين في جنازة الطفل، على موقع «إكس»: دفنّا اليوم طفلا فلسطينيا عمره 6 سنوات، وكأنه لم يكن كافيا أن يقتل مئات الأطفال الفلسطينيين في غزة كل يوم؛ وديع الفيومي ليس ضحية رجل حقير حاقد فحسب، بل ضحية لامبالاة وسائل الإعلام الكبرى بمعاناة الفلسطينيين.
""", [
    ev("stabbing-attack", "الذي قتل وأصيبت أمه على يد جارهما اليهودي", STAB, "no own expression; the attack of Sat 14 Oct 2023 (arabkhabar 'صباح يوم السبت')"),
    ev("funeral", "وانطلقت الجنازة ظهر أمس الإثنين", FUNERAL, "'ظهر أمس الإثنين' in an article of Tue 17 Oct 2023 = Mon 16 Oct"),
    ev("funeral-press-conference", "وعقد أمام المسجد مؤتمر صحفي", FUNERAL, "no own expression; held at the mosque at the funeral, Mon 16 Oct 2023"),
    ev("suleiman-post", "دفنّا اليوم طفلا فلسطينيا عمره 6 سنوات", FUNERAL, "'اليوم' in Omar Suleiman's post written on the day of the burial = Mon 16 Oct 2023 (not the day of this article)"),
])

# ---------------------------------------------------------------- el-salvador-bukele-presidential-win-2019
S = "el-salvador-bukele-presidential-win-2019"
VOTE = "2019-02-03"                        # the presidential election of Sun 3 Feb 2019; Bukele claimed victory that night
FINAL = "2019-02-07"                       # the Supreme Electoral Tribunal's final count, press conference on Thu 7 Feb 2019
art(S, "https://radiohc.cu/ar/noticias/internacionales/182605-nayb-bokyly-yaaln-fozh-balsbak-alryasy-fy-alslfador",
    "2019-02-04", "the body's own date line 'سان سالفادور، 04 فبراير/شباط 2019 (راديو هافانا كوبا)' (kept; 4 Feb 2019 was a Monday); 'يوم أمس الأحد' for the victory of Sun 3 Feb agrees; headline rendered from the URL slug", True, """
نايب بوكيلي يعلن فوزه بالسباق الرئاسي في السلفادور
سان سالفادور، 04 فبراير/شباط 2019 (راديو هافانا كوبا): أعلن نايب بوكيلي يوم أمس الأحد فوزه في الانتخابات الرئاسية في السلفادور، بعدما تقدم بفارق حاسم على أبرز منافسيه.
وبحسب النتائج الأولية التي نشرتها المحكمة العليا للانتخابات، تصدر رئيس بلدية سان سلفادور السابق، البالغ 37 عاما، السباق بنسبة 53,8 في المائة من الأصوات بعد فرز ما يزيد على 87 في المائة من أوراق الاقتراع، وهي نسبة تكفي للفوز من الجولة الأولى.
وجاء كارلوس كاليجا، مرشح التحالف الجمهوري القومي المحافظ، ثانيا بحصوله على 31 في المائة من الأصوات.
وحل هوغو مارتينيز، مرشح جبهة فارابوندو مارتي للتحرير الوطني اليسارية الحاكمة، ثالثا بنحو 14 في المائة من الأصوات.
وقال بوكيلي لأنصاره في خطاب النصر: "فزنا في الجولة الأولى، لقد صنعنا التاريخ".
وصرح رئيس المحكمة العليا للانتخابات خوليو أوليفو للصحافة بأن "لدينا نتائج تشير إلى اتجاه نهائي".
وكانت الانتخابات الرئاسية قد انطلقت صباح يوم الأحد بفتح أكثر من 9 آلاف مركز اقتراع في أنحاء البلاد، وكان أكثر من 5.2 مليون سلفادوري يحق لهم التصويت، منهم قرابة 6 آلاف شخص يقيمون في الخارج.
""", [
    ev("bukele-victory", "أعلن نايب بوكيلي يوم أمس الأحد فوزه", VOTE, "'يوم أمس الأحد' from Mon 4 Feb 2019 = Sun 3 Feb (election night, local time)"),
    ev("preliminary-results", "وبحسب النتائج الأولية التي نشرتها المحكمة العليا للانتخابات", VOTE, "no own expression; the tribunal's preliminary count of election night, Sun 3 Feb 2019"),
    ev("olivo-remarks", "وصرح رئيس المحكمة العليا للانتخابات خوليو أوليفو للصحافة", VOTE, "no own expression; Olivo's remark on the trend, election night Sun 3 Feb 2019"),
    ev("election-day", "وكانت الانتخابات الرئاسية قد انطلقت صباح يوم الأحد", VOTE, "'صباح يوم الأحد' = Sun 3 Feb 2019"),
])
art(S, "https://yaffa48.com/?ID=37903&mod=articles",
    "2019-02-05", "no date line on the stored page; the body's 'أول أمس الأحد' for the election of Sun 3 Feb 2019 gives Tue 5 Feb 2019 (5 Feb 2019 was a Tuesday); the contact line ('بامكانكم ارسال مواد ...') dropped; headline written from the body (the stored text has none)", False, """
الفلسطيني نجيب أبو كيلة رئيسا للسلفادور
فاز الفلسطيني نجيب أبو كيلة "ناييب بوكيلي" (37 عامًا) برئاسة السلفادور في الانتخابات التي جرت أول أمس الأحد.
وأفادت المحكمة الانتخابية في السلفادور بأن بوكيلي "فلسطيني الأصل"، مرشح حزب "التحالف الكبير من أجل الوحدة" المحافظ، نال قرابة 54% من الأصوات بعد فرز 45% منها.
وأشارت وسائل إعلام إسرائيلية إلى أنه، رغم جذوره الفلسطينية، لا يعد معاديا لإسرائيل، بل إنه زارها منذ عامين.
وأضافت أن علاقة أبو كيلة بالجالية الفلسطينية في السلفادور سيئة، رغم أصوله الفلسطينية، إذ يتهمه أبناؤها بالتنصل من أصله والتنكر لأجداده، وقد استنكرت الجالية زيارته لإسرائيل حين كان رئيسا لبلدية سان سلفادور، برفقة زوجته السلفادورية غابرييلا رودريغيز، والتقى خلالها في القدس رئيس البلدية نير بركات.
""", [
    ev("bukele-victory", "فاز الفلسطيني نجيب أبو كيلة \"ناييب بوكيلي\" (37 عامًا) برئاسة السلفادور", VOTE, "no own expression beyond the election day; the win of election night, Sun 3 Feb 2019"),
    ev("election-day", "في الانتخابات التي جرت أول أمس الأحد", VOTE, "'أول أمس الأحد' in an article of Tue 5 Feb 2019 = Sun 3 Feb"),
    ev("preliminary-results", "نال قرابة 54% من الأصوات بعد فرز 45% منها", VOTE, "no own expression; the tribunal's partial count of election night, Sun 3 Feb 2019"),
])
art(S, "https://maghress.com/cap24/65394",
    "2019-02-08", "no date line on the stored page (a Cap24 report carried by maghress); the body's 'مساء أمس الخميس' for the tribunal's press conference on the final count gives Fri 8 Feb 2019 (8 Feb 2019 was a Friday); headline written from the body (the stored text has none); the last, truncated clause ('وافتتاح سفا...') dropped", False, """
المحكمة الانتخابية العليا تعلن فوز بوكيلة برئاسة السلفادور
أعلنت المحكمة الانتخابية العليا في السلفادور فوز نجيب بوكيلة في الانتخابات الرئاسية التي أجريت الأحد في هذا البلد الواقع في أميركا اللاتينية.
وأوضح رئيس المحكمة العليا خوليو أوليفو، في مؤتمر صحافي مساء أمس الخميس، أن نسبة المشاركة بلغت 51,88 بالمئة من نحو 5,2 ملايين ناخب سلفادوري، وأن بوكيلة نال 53,1 بالمئة من الأصوات، وهي نسبة تكفيه للفوز من الدورة الأولى.
وجاء بعد بوكيلة (37 عاما) مرشح حزب التحالف القومي الجمهوري اليميني، الثري كارلوس كاييخا، بنسبة 31,72 بالمئة، في حين نال مرشح الحزب الحاكم "جبهة فارابوندو مارتي للتحرير الوطني"، وزير الخارجية السابق هوغو مارتينيز، 14,41 بالمئة، ولم يتجاوز مرشح "حزب الأقلية فاموس" خوسوي ألفارادو 0,77 بالمئة.
ويشار إلى أن رئيس السلفادور الجديد نجيب بوكيلة من أصول فلسطينية، لكنه في المقابل يحافظ على علاقة مع إسرائيل، وقد زار العام الماضي حائط البراق (المبكى بحسب التسمية الإسرائيلية) ومتحف الهولوكوست في القدس المحتلة والتقى مسؤولين إسرائيليين.
وبعد فوزه، انقسمت آراء الجالية الفلسطينية في السلفادور بين مؤيد ومتخوف من أن يدفعه "طموحه السياسي" إلى إرضاء الحليف الأميركي.
""", [
    ev("final-results", "أعلنت المحكمة الانتخابية العليا في السلفادور فوز نجيب بوكيلة", FINAL, "no own expression in the sentence; the declaration at Olivo's press conference 'مساء أمس الخميس' = Thu 7 Feb 2019"),
    ev("election-day", "في الانتخابات الرئاسية التي أجريت الأحد", VOTE, "'الأحد' = Sun 3 Feb 2019"),
    ev("final-count-press-conference", "في مؤتمر صحافي مساء أمس الخميس", FINAL, "'مساء أمس الخميس' in an article of Fri 8 Feb 2019 = Thu 7 Feb"),
    ev("israel-visit", "وقد زار العام الماضي حائط البراق", "2018-01-01", "'العام الماضي' from Feb 2019 = the year 2018 (the year only)", end="2019-01-01"),
])

# ---------------------------------------------------------------- australia-panania-lebanese-women-shooting-2022
S = "australia-panania-lebanese-women-shooting-2022"
SHOOT = "2022-08-13"                       # the car was sprayed with bullets in Panania on Sat evening 13 Aug 2022
BURNT = ("2022-08-13", "2022-08-15")       # burnt-out cars found in the hours after the shooting (Sat night - Sun)
DOHERTY = ("2022-08-14", "2022-08-16")     # Det. Supt Danny Doherty's radio remarks (2GB), between the shooting and the first reports of Mon 15 Aug
art(S, "https://www.albaladonline.net/%D9%85%D9%82%D8%AA%D9%84-%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D9%91%D8%AA%D9%8A%D9%86-%D9%81%D9%8A-%D8%A3%D9%88%D8%B3%D8%AA%D8%B1%D8%A7%D9%84%D9%8A%D8%A7-499018.html",
    "2022-08-15", "page stamp 'تاريخ النشر: الإثنين، 15 أغسطس 2022' (removed from the text; 15 Aug 2022 was a Monday; 'آخر تحديث: الثلاثاء، 16 أغسطس 2022'); the byline 'ريان زيتوني' and the repeated headline dropped; headline kept from the page; the last, truncated word dropped", True, """
لبنانيتان ضحيتا شبكتين إجراميتين في أستراليا
فتح مجهولون النار مساء السبت على سيارة في منطقة بانانيا غرب سيدني، فقتلت اللبنانيتان لاميتا فضل الله (48 عاماً) وإيمي الحزوري (39 عاماً)، ونجا شاب وفتاة كانا معهما في السيارة.
ووصف المحقق في جرائم القتل في الشرطة الأسترالية داني دوهرتي الهجوم بأنه "غير مسبوق ومروّع"، وأكد في حديث إذاعي أن ثمة قاعدة متبعة منذ زمن طويل تقضي بعدم استهداف الأطفال والنساء والعائلات.
ولفت إلى صراع قائم بين شبكتين إجراميتين تستهدف كل منهما الأخرى.
في المقابل، رجحت الشرطة أن يعود إطلاق النار إلى صلة السيدة فضل الله السابقة بشخصيات مرتبطة بعصابات إجرامية، أما مصففة الشعر عازوري فأصيبت بالرصاص في المقعد الخلفي للسيارة.
وكانت سيارات محترقة قد وجدت في ضواح مجاورة خلال الساعات التي تلت الهجوم، وتحقق الشرطة في ما إذا كانت لتلك الحوادث صلة بإطلاق النار الذي وصفه دوهرتي بأنه كان "منهجيّاً ومخططاً".
""", [
    ev("panania-shooting", "فتح مجهولون النار مساء السبت على سيارة في منطقة بانانيا", SHOOT, "'مساء السبت' in an article of Mon 15 Aug 2022 = Sat 13 Aug"),
    ev("doherty-radio-remarks", "وأكد في حديث إذاعي", DOHERTY[0], "no own expression; the detective's radio interview came after the shooting and before this report of Mon 15 Aug 2022 (my span Sun 14 - Mon 15 Aug)", end=DOHERTY[1]),
    ev("burnt-cars-found", "وكانت سيارات محترقة قد وجدت في ضواح مجاورة", BURNT[0], "'خلال الساعات التي تلت الهجوم' of Sat evening 13 Aug 2022 (my span Sat 13 - Sun 14 Aug)", end=BURNT[1]),
])
art(S, "https://eltelegraph.com/2022/08/16/%D9%85%D9%82%D8%AA%D9%84-%D8%B3%D9%8A%D8%AF%D8%AA%D9%8A%D9%86-%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D8%AA%D9%8A%D9%86-%D8%A8%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D9%86%D8%A7%D8%B1-%D9%81%D9%8A-%D8%A8%D8%A7",
    "2022-08-16", "no stamp in the stored text; URL folder '/2022/08/16/' (16 Aug 2022 was a Tuesday) of the Sydney Arabic weekly El Telegraph; the body's 'مساء السبت' for the shooting of Sat 13 Aug agrees; headline rendered from the URL slug; the last, truncated sentence ('وكان تم العثور على سيارات محترقة في الضواحي ا...') dropped", False, """
مقتل سيدتين لبنانيتين بإطلاق نار في بانانيا
لقيت امرأتان، هما لاميتا فضل الله، أم لطفلين (48 عاماً)، وإيمي عازوري (39 عاماً)، حتفهما مساء السبت عندما تعرضت السيارة التي كانتا فيها لوابل من الرصاص في جنوب غرب سيدني، وفق «هيئة الإذاعة الأوسترالية»، التي ذكرت أن الشرطة أكدت نجاة فتاة في السادسة عشرة وشاب في العشرين كانا في السيارة.
ووصف مدير المباحث داني دوهرتي الهجوم الذي وقع في منطقة Panania بأنه «غير مسبوق» و«مروّع»، معتبرا إياه خرقا لقواعد تحمي النساء والأطفال من الهجمات، وشدد لإذاعة 2GB في سيدني على أن «ثمة قاعدة متبعة منذ زمن طويل بعدم استهداف الأطفال والنساء والعائلات».
وتحدث دوهرتي عن «صراع بين شبكتين إجراميتين تستهدف كل منهما الأخرى»، مضيفا: «رأينا تجاهلاً كاملاً للقواعد».
وقد شهدت سيدني على مدى العامين الماضيين عمليات اغتيال أودت بحياة أكثر من عشرة أشخاص جراء التنافس بين عصابات على احتكار تجارة المخدرات، وهو ما عدّه دوهرتي «مستوى متدنياً جديداً».
ورجحت الشرطة أن يكون الدافع وراء إطلاق النار «صلة السيدة فضل الله السابقة بشخصيات مرتبطة بالعصابات الإجرامية، في حين أصيبت مصففة الشعر عازوري بالرصاص في المقعد الخلفي للسيارة».
""", [
    ev("panania-shooting", "حتفهما مساء السبت عندما تعرضت السيارة التي كانتا فيها لوابل من الرصاص", SHOOT, "'مساء السبت' in an article of Tue 16 Aug 2022 = Sat 13 Aug (the last Saturday)"),
    ev("doherty-radio-remarks", "وشدد لإذاعة 2GB في سيدني", DOHERTY[0], "no own expression; the 2GB interview, already reported on Mon 15 Aug 2022 (albaladonline) (my span Sun 14 - Mon 15 Aug)", end=DOHERTY[1]),
    ev("sydney-gangland-killings", "على مدى العامين الماضيين عمليات اغتيال", "2020-08-13", "'على مدى العامين الماضيين' before Aug 2022 = my span 13 Aug 2020 - 12 Aug 2022", end=SHOOT),
])
art(S, "https://arabicpost.live/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2022/08/16/%D8%A3%D8%B3%D8%AA%D8%B1%D8%A7%D9%84%D9%8A%D8%A7-%D8%AC%D8%B1%D9%8A%D9%85%D8%A9-%D9%84%D8%A8%D9%86%D8%A7%D9%86",
    "2022-08-16", "no stamp in the stored text; URL folder '/2022/08/16/' (16 Aug 2022 was a Tuesday); no date of its own in the text; headline written from the URL slug and the body (the stored text has none); the last, truncated sentence (on the two Saudi sisters found dead in Sydney, 'بعد أيام ...') dropped", False, """
أستراليا.. جريمة تودي بحياة سيدتين من أصل لبناني
كشفت وسائل إعلام لبنانية عن جريمة بشعة راحت ضحيتها سيدتان لبنانيتا الأصل تقيمان في أستراليا، بعدما أطلق مجهولون النار على سيارة رباعية الدفع كانتا تستقلانها غرب سيدني، ما أدى إلى مقتلهما.
وأوضحت أن المرأتين هما لاميتا فضل الله، وهي أم لطفلين تبلغ 48 عاماً، وإيمي الحزوزي (39 عاماً)، فيما أكدت الشرطة الأسترالية، بحسب "هيئة الإذاعة الأسترالية"، نجاة فتاة في السادسة عشرة وشاب في العشرين كانا في السيارة.
وبحسب وسائل إعلام محلية، أطلق المجهولون 16 رصاصة باتجاه السيدتين مليتا فضل الله وإيمي الحزوري بينما كانتا في سيارة رباعية الدفع.
وذكرت وسائل إعلام أسترالية أن فضل الله كانت مستهدفة لارتباطها بشخصية على صلة بـ"الإجرام العالمي"، ويعتقد أن قتلها جاء انتقاماً من تلك الشخصية.
ووصف مدير المباحث داني دوهرتي الهجوم الذي وقع في شارع Panania بأنه "غير مسبوق" و"مروّع"، معتبرا أنه ينتهك قواعد حماية النساء والأطفال من الهجمات، وشدد لإذاعة 2GB في سيدني على أن "هناك قاعدة متبعة منذ زمن طويل بعدم استهداف الأطفال والنساء والعائلات".
""", [
    ev("lebanese-media-reports", "كشفت وسائل إعلام لبنانية عن جريمة بشعة", "2022-08-14", "no own expression; the Lebanese reports came after the shooting of Sat 13 Aug 2022 and before this article of Tue 16 Aug (albaladonline's is of Mon 15 Aug) (my span Sun 14 - Tue 16 Aug)", end="2022-08-17"),
    ev("panania-shooting", "بعدما أطلق مجهولون النار على سيارة رباعية الدفع", SHOOT, "no own expression; the shooting of Sat evening 13 Aug 2022 (albaladonline, El Telegraph 'مساء السبت')"),
    ev("doherty-radio-remarks", "وشدد لإذاعة 2GB في سيدني على أن \"هناك قاعدة", DOHERTY[0], "no own expression; the 2GB interview, already reported on Mon 15 Aug 2022 (my span Sun 14 - Mon 15 Aug)", end=DOHERTY[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 561
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 213-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: animal attacks and wildlife incidents
(a shark killing an Italian tourist off Marsa Alam, the starving lions of al-Qurashi park in Khartoum, a
tiger tearing off a circus worker's arm in Tanta, the week of shark attacks at Sharm el-Sheikh). None of
these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-marsa-alam-shark-italian-tourist-2024
S = "egypt-marsa-alam-shark-italian-tourist-2024"
art(S, "https://www.arabkhabar.com/a/3900487",
    "2024-12-29", "an arabkhabar copy of a CNN Arabic item with the stamp 'تاريخ النشر: 29th, December 2024 GMT' and CNN's own footer 'نشر الأحد، 29 ديسمبر / كانون الأول 2024' (29 Dec 2024 was a Sunday, the day of the attack); the footer date kept as first line; the CNN dateline 'دبي، الإمارات العربية المتحدة (CNN)--', the crawl stamp and the footer links dropped", True, """
الأحد، 29 ديسمبر / كانون الأول 2024
مصر: وفاة سائح وإصابة آخر في هجوم سمكة قرش بمرسى علم
توفي سائح وأصيب آخر جراء هجوم سمكة قرش شمال منتجع مرسى علم المطل على البحر الأحمر، الأحد، وفق بيان صادر عن وزارة البيئة المصرية.
وأوضح البيان أن "وزارة البيئة تلقت بلاغاً بتعرض اثنين من الأجانب لهجوم سمكة قرش في المياه العميقة خارج منطقة السباحة شمال مرسى علم، ما أدى إلى إصابة أحدهما ووفاة الآخر، وأُودعا مستشفى بورتو غالب".
وقررت وزيرة البيئة ياسمين فؤاد "إغلاق المنطقة ومنع السباحة من منطقة السقالات لمدة يومان اعتبارًا من غدًا الإثنين، ولا سيما مع وجود تعليمات مشددة سابقة نُشرت بمنع السباحة من على السقالات".
وأعلنت الوزيرة رفع حالة الاستعداد "والمتابعة اللحظية في محميات البحر الأحمر لمتابعة حادث هجوم سمكة القرش في المياه العميقة خارج منطقة السباحة شمال مرسى علم".
كما أعلنت تشكيل لجنة عاجلة بالتنسيق مع محافظة البحر الأحمر والجهات المعنية للوقوف على أسباب الحادث، بحسب البيان.
""", [
    ev("attack", "جراء هجوم سمكة قرش شمال منتجع مرسى علم", "2024-12-29", "'الأحد' = Sun 29 Dec 2024 (the date line)"),
    ev("hospital", "وأُودعا مستشفى بورتو غالب", "2024-12-29", "no own expression; the same day as the attack, Sun 29 Dec 2024"),
    ev("area-closure", "لمدة يومان اعتبارًا من غدًا الإثنين", "2024-12-30", "'غدًا الإثنين' after Sun 29 Dec = Mon 30 Dec 2024, for two days (30-31 Dec)", end="2025-01-01"),
    ev("alert", "وأعلنت الوزيرة رفع حالة الاستعداد", "2024-12-29", "no own expression; the ministry's statement of Sun 29 Dec 2024"),
    ev("committee", "كما أعلنت تشكيل لجنة عاجلة", "2024-12-29", "no own expression; the ministry's statement of Sun 29 Dec 2024"),
])
art(S, "https://www.fj-p.net/?p=397069",
    "2024-12-29", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد' (twice) for the ministry's announcement and the attack, which took place on Sun 29 Dec 2024 (CNN's stamp: 'الأحد، 29 ديسمبر'), with 'يوم غد الاثنين' for the closure; the 'فيأخبار' furniture and the truncated last sentence dropped; the outlet's partisan wording ('حكومة الانقلاب') kept as the source has it; no date of its own in the text", False, """
"شؤم الانقلاب يدمر السياحة".. سمكة قرش تقتل سائحاً إيطالياً وتجرح آخر في منتجع مرسى علم بعد "الروسي"
أعلنت وزارة البيئة في حكومة الانقلاب، اليوم الأحد، وفاة سائح وإصابة آخر في هجوم سمكة قرش وقع، اليوم الأحد، في مدينة مرسى علم بمحافظة البحر الأحمر، مشيرة إلى أنها أغلقت المنطقة التي شهدت الحادثة كلياً ومنعت السباحة فيها لمدة يومين ابتداءً من يوم غد الاثنين.
وبينما لم تكشف الوزارة جنسية أيٍّ من السائحَين، أفاد مصدر في وزارة الخارجية وكالة فرانس برس، قبل قليل، بأنهما إيطاليان، مبيناً أن القتيل يبلغ من العمر 48 عاماً والجريح 69 عاماً.
وكانت وزيرة البيئة ياسمين فؤاد قد أصدرت، فور وقوع الحادثة، قراراً برفع حالة الاستعداد والطوارئ في محميات البحر الأحمر، موضحة أن ذلك جاء بعد "تعرّض سائحَين لهجوم سمكة قرش في المياه العميقة خارج منطقة السباحة، شمالي مدينة مرسى علم".
وشكّلت الوزيرة على وجه السرعة لجنة بالتنسيق والتعاون مع محافظة البحر الأحمر والجهات المعنية للتحقيق في أسباب الحادثة، علماً أن السائحَين، المتوفى والجريح، نُقلا إلى مستشفى بورت غالب.
""", [
    ev("attack", "هجوم سمكة قرش وقع، اليوم الأحد", "2024-12-29", "'اليوم الأحد' = Sun 29 Dec 2024"),
    ev("area-closure", "لمدة يومين ابتداءً من يوم غد الاثنين", "2024-12-30", "'يوم غد الاثنين' after Sun 29 Dec = Mon 30 Dec 2024, for two days (30-31 Dec)", end="2025-01-01"),
    ev("italians-identified", "أفاد مصدر في وزارة الخارجية وكالة فرانس برس، قبل قليل", "2024-12-29", "'قبل قليل' on the publication day, Sun 29 Dec 2024"),
    ev("alert", "قراراً برفع حالة الاستعداد والطوارئ", "2024-12-29", "'فور وقوع الحادثة': Sun 29 Dec 2024"),
    ev("committee", "وشكّلت الوزيرة على وجه السرعة لجنة", "2024-12-29", "no own expression; Sun 29 Dec 2024, the day of the attack"),
    ev("hospital", "نُقلا إلى مستشفى بورت غالب", "2024-12-29", "no own expression; the same day as the attack, Sun 29 Dec 2024"),
])
art(S, "https://iq.mansheet.net/25868/%d8%a8%d8%b9%d8%af-%d8%ad%d8%a7%d8%af%d8%ab-%d8%b3%d9%85%d9%83%d8%a9-%d8%a7%d9%84%d9%82%d8%b1%d8%b4-%d9%81%d9%86%d8%a7%d8%af%d9%82-%d9%85%d8%b1%d8%b3%d9%89-%d8%b9%d9%84%d9%85-%d8%aa%d8%b9%d8%aa",
    "2024-12-30", "no stamp or URL date in the stored page: fixed by the body's 'بدءًا من يوم غدٍ الثلاثاء 31 ديسمبر 2024' for the hotels' ban (so written on Mon 30 Dec 2024), with 'يوم الأحد 29 ديسمبر 2024' for the attack; the (truncated) slug headline not rendered; the text after the sub-heading's second paragraph (minister's statement, cut off) dropped; the full date in the text is that of the attack and of tomorrow, not of the publication day", False, """
أعلنت فنادق مرسى علم، في بيان رسمي، اعتذارها الشديد لنزلائها إثر حادث مؤلم شهدته المنطقة، إذ اتُّخذ قرار استثنائي بمنع النزول إلى البحر ثلاثة أيام متتالية بدءًا من يوم غدٍ الثلاثاء 31 ديسمبر 2024، وقد جاء هذا القرار عقب هجوم سمكة قرش على سائحين في المياه العميقة شمال مرسى علم.
وأودى الحادث بحياة أحد الضحيتين، ما استدعى تدخلاً عاجلاً من وزارة البيئة المصرية التي أعلنت تشكيل لجنة للتحقيق فيه، وأصدرت توجيهات عاجلة لمعالجة تداعياته.
تفاصيل الحادث والإجراءات الفورية
تلقت وزارة البيئة المصرية يوم الأحد 29 ديسمبر 2024 بلاغاً بتعرض سائحَين أجنبيين لهجوم سمكة قرش في منطقة شمال مرسى علم غير المخصصة للسباحة.
وأسفر الهجوم عن وفاة أحد السائحين، فيما أُصيب الآخر بجروح بالغة نُقل على إثرها إلى مستشفى بورتو غالب لتلقي العلاج.
ووقع الحادث في المياه العميقة خارج نطاق منطقة السباحة المحددة، وهو ما دفع السلطات إلى التحرك سريعاً لمعرفة أسبابه وضمان سلامة بقية الزوار.
""", [
    ev("hotels-apology", "اعتذارها الشديد لنزلائها", "2024-12-30", "no own expression; the hotels' statement announcing a ban from 'غدٍ الثلاثاء 31 ديسمبر': Mon 30 Dec 2024"),
    ev("hotels-ban", "ثلاثة أيام متتالية بدءًا من يوم غدٍ الثلاثاء 31 ديسمبر 2024", "2024-12-31", "'غدٍ الثلاثاء 31 ديسمبر 2024' for three days: 31 Dec 2024 - 2 Jan 2025", end="2025-01-03"),
    ev("committee", "أعلنت تشكيل لجنة للتحقيق فيه", "2024-12-29", "no own expression; the ministry's statement of Sun 29 Dec 2024"),
    ev("attack", "يوم الأحد 29 ديسمبر 2024", "2024-12-29", "'يوم الأحد 29 ديسمبر 2024' = Sun 29 Dec 2024 (the report came the same day)"),
    ev("hospital", "نُقل على إثرها إلى مستشفى بورتو غالب", "2024-12-29", "no own expression; the same day as the attack, Sun 29 Dec 2024"),
])

# ---------------------------------------------------------------- sudan-khartoum-qurashi-park-starving-lions-2020
S = "sudan-khartoum-qurashi-park-starving-lions-2020"
SPREAD = ("2020-01-18", "2020-01-20")  # the pictures went viral from Osman Salih's tweet of Sat 18 Jan 2020 on
art(S, "https://garbnews.net/news/s/148546",
    "2020-01-18", "article stamp 'بواسطة : 18-01-2020 10:56 مساءً' (kept as first line '18-01-2020'; 18 Jan 2020 was a Saturday, the day of Osman Salih's tweet); the site's page date 'الجمعة 26 أبريل 2024', the menu, 'المصدر -', the image placeholder and the last sentence (on a lioness's death, which other outlets date to 20 Jan and which may be a later addition) dropped; the Sudanese-dialect quote re-worded in standard Arabic", True, """
18-01-2020
في السودان.. ملك الغابة صار حيواناً هزيلاً عاجزاً بسبب الجوع وقلة الحيلة
"زرت مصادفةً حديقة القرشي في الخرطوم 3 فصُدمت بخمسة أسود لم يبقَ منها إلا جلد على عظم، وأحدها نفق بسبب الجوع والإهمال، وهذه الأسود تحتاج إلى جهة ترعاها وتوفر لها الطعام الكافي وتعالجها، وإلا فإنها ستموت هي الأخرى للأسف".
بهذه الكلمات، مرفقةً بصور ومقاطع مصوّرة، نقل الناشط السوداني عثمان صالح عبر صفحاته على مواقع التواصل الاجتماعي الحال المأساوية والوضع المزري لأسود ولبؤات داخل حديقة القرشي وسط الخرطوم، لتتحول إلى قضية رأي عام عالمية.
وتكشف الصور مأساة حقيقية تعيشها هذه الحيوانات في بلد يعاني أغلب سكانه أزمة اقتصادية خانقة.
فـ"ملك الغابة"، بطل الحكايات ورمز الشجاعة، تحوّل إلى كائن هزيل لا يقوى على الوقوف، وهذا المفترس الذي طالما أثار الرعب صار جلداً على عظم بعد سنوات قضاها في هذا المكان يتضور جوعاً.
وأخذ صالح على عاتقه مهمة إنقاذ هذه الحيوانات من الموت، فبعث برسالة إلى رئيس الوزراء السوداني عبد الله حمدوك يطالبه فيها بالتدخل العاجل لإنقاذ الأسود.
""", [
    ev("earlier-lion-death", "وأحدها نفق بسبب الجوع والإهمال", "2019-12-15", "no own expression; the tweet of 18 Jan says 'اتوفى قريب' (died recently): my span 15 Dec 2019 - 17 Jan 2020", end="2020-01-18"),
    ev("osman-post", "نقل الناشط السوداني عثمان صالح", "2020-01-18", "no own expression; Osman Salih's tweet and posts of Sat 18 Jan 2020 (the tweet's own date: January 18, 2020)"),
    ev("public-outcry", "لتتحول إلى قضية رأي عام عالمية", SPREAD[0], "no own expression; the outcry after the posts of Sat 18 Jan 2020 (my span 18-19 Jan)", end=SPREAD[1]),
    ev("letter-hamdok", "فبعث برسالة إلى رئيس الوزراء السوداني", "2020-01-18", "no own expression; his tweet of Sat 18 Jan 2020 was addressed to @SudanPMHamdok"),
])
art(S, "https://www.youm7.com/story/2020/1/19/صور-وفيديو-أسود-قهرها-الجوع-فى-حديقة-القرشى-بالخرطوم-تثير/4594087",
    "2020-01-19", "date in the URL '/story/2020/1/19/' (19 Jan 2020 was a Sunday); the embedded tweet (in dialect, 'January 18, 2020') dropped; the last sentence cut after its complete first clause ('... رفع المسؤولية عن عاتقه', the rest being cut off in the stored text); no date of its own in the text", False, """
تداول كثير من رواد مواقع التواصل الاجتماعي عدداً كبيراً من الصور والمقاطع المصوّرة التي تُظهر مجموعة من الأسود والنمور في حال بالغة السوء داخل إحدى حدائق الحيوان في العاصمة السودانية الخرطوم، وهي تعاني جوعاً شديداً يكشفه مظهرها وهياكلها العظمية البارزة تحت جلودها، وسرعان ما تحولت هذه الصور إلى قضية رأي عام بعد انتشار مقطع فيديو يوثق حالها.
وأظهر الفيديو الجوع والهزال في أجسام الأسود، بعدما برزت عظامها بوضوح لعدم حصولها على ما يكفي من الطعام.
وفي التفاصيل، صوّر السوداني "عثمان صالح" هذه الحيوانات في أسوأ حال، وهي تتضور جوعاً داخل الأقفاص في حديقة القرشي.
وباتت قصة الأسود الجائعة الشغل الشاغل لمواقع التواصل بعد انتشار الفيديو في الفترة الأخيرة، إلى أن بلغت الجهات المختصة التي علّقت بدورها على الأمر، إذ أعلن مدير حديقة القرشي رفع المسؤولية عن عاتقه.
""", [
    ev("public-outcry", "تحولت هذه الصور إلى قضية رأي عام", SPREAD[0], "no own expression; the outcry after the posts of Sat 18 Jan 2020 (my span 18-19 Jan)", end=SPREAD[1]),
    ev("osman-post", "صوّر السوداني \"عثمان صالح\" هذه الحيوانات", "2020-01-18", "no own expression; the pictures he posted on Sat 18 Jan 2020 (his tweet's date)"),
    ev("director-disclaims", "إذ أعلن مدير حديقة القرشي رفع المسؤولية عن عاتقه", "2020-01-18", "no own expression; 'في الفترة الأخيرة': the park director's reaction came after the posts of 18 Jan and before this article of 19 Jan (my span 18-19 Jan)", end="2020-01-20"),
])
art(S, "https://mubasher.aljazeera.net/news/miscellaneous/2020/1/22/%D8%A8%D8%B9%D8%AF-%D8%AD%D9%85%D9%84%D8%A9-%D9%84%D8%A5%D9%86%D9%82%D8%A7%D8%B0%D9%87%D9%85-%D9%86%D9%81%D9%88%D9%82-%D8%A3%D9%86%D8%AB%D9%89-%D8%A3%D8%B3%D8%AF-%D8%AC%D8%A7%D8%A6%D8%B9%D8%A9",
    "2020-01-22", "date in the URL '/2020/1/22/' (22 Jan 2020 was a Wednesday); body 'قبل يومين' for Osman Salih's post on the lioness (his tweet is dated January 20, 2020) agrees; headline rendered from the URL slug; the embedded bilingual tweet re-worded as one reported sentence without its date line; no date of its own in the text", False, """
بعد حملة لإنقاذها.. نفوق أنثى أسد جائعة
كشف الناشط السوداني عثمان صالح نفوق إحدى اللبؤات في حديقة القرشي بالعاصمة الخرطوم.
وذكر صالح، قبل يومين، أن اللبؤة احتضرت وأمامها أكوام من اللحم قدّمها متطوعون عرفوا بقصة جوع الأسود في حديقة الحيوان عبر مواقع التواصل الاجتماعي.
وقبل أيام انطلقت حملة إلكترونية ضخمة لإنقاذ الحيوانات التي تعاني الجوع والهزال في حديقة حيوان بالخرطوم، إثر انتشار صور على مواقع التواصل لعدد من الأسود واللبؤات في حال صحية سيئة بسبب سوء التغذية ونقص الأدوية.
وكتب صالح أن اللبؤة المريضة ماتت للأسف الشديد، وأن اللبؤة الثانية تستجيب للأدوية، وأن الأسد بخير.
""", [
    ev("lioness-death", "نفوق إحدى اللبؤات", "2020-01-20", "no own expression; announced in Osman Salih's tweet of Mon 20 Jan 2020 ('قبل يومين' before Wed 22)"),
    ev("volunteers-feed", "قدّمها متطوعون", "2020-01-19", "no own expression; the volunteers came after the posts of 18 Jan and before the death of 20 Jan (my span 19-20 Jan)", end="2020-01-21"),
    ev("online-campaign", "وقبل أيام انطلقت حملة إلكترونية ضخمة", "2020-01-18", "'قبل أيام' before Wed 22: the campaign launched with the posts of Sat 18 Jan 2020 (my span 18-20 Jan)", end="2020-01-21"),
    ev("public-outcry", "إثر انتشار صور على مواقع التواصل", SPREAD[0], "no own expression; the pictures spread from Sat 18 Jan 2020 (my span 18-19 Jan)", end=SPREAD[1]),
])

# ---------------------------------------------------------------- egypt-tanta-circus-tiger-attack-2025
S = "egypt-tanta-circus-tiger-attack-2025"
AMPUT = ("2025-04-01", "2025-04-03")  # the arm was amputated above the elbow after the attack, in a 4-hour operation that night or the next day
art(S, "https://nabd.ws/h/152984806-03134e/?hf=0",
    "2025-04-02", "a nabd copy of an Okaz item without stamp or URL date: fixed by the body's 'مساء أمس، (الثلاثاء)' for the attack, which took place on the evening of Tue 1 Apr 2025 (Sky News Arabia's video of April 2, 2025: 'الثلاثاء'): so Wed 2 Apr 2025; nabd's 'لقراءة المقال بالكامل...' notice, the credit 'هذا المحتوى مقدم من صحيفة عكاظ' and the truncated last sentence ('تم نقل.....') dropped; no date of its own in the text", False, """
في ليلة لم تشبه سواها، تحوّلت حلبة سيرك من مسرح للبهجة والتسلية إلى ساحة لمشهد مروّع، إذ هاجم نمر أبيض أحد العاملين خلال عرض حي، ما أشاع حالة من الذعر بين الحاضرين.
ووقع الحادث مساء أمس، (الثلاثاء)، في سيرك طنطا بمحافظة الغربية في دلتا مصر، وترك الجميع في حالة صدمة بعدما التهم النمر جزءاً من ذراع العامل، ليضيف فصلاً جديداً إلى سجل الحوادث غير المتوقعة في عروض السيرك.
وبدأت القصة حين كان العامل، واسمه محمد السيد (28 عامًا)، يشارك في فقرة معتادة تتضمن التعامل مع النمر الأبيض، وهو من أبرز نجوم العرض بقوته وجماله الأخّاذ.
وفي لحظة غفلة، انقضّ النمر على العامل بسرعة خاطفة، غارساً أنيابه في ذراعه اليسرى.
وملأت صرخات الرعب المكان فيما حاول زملاء العامل التدخل لتخليصه من قبضة الوحش، لكن الضرر كان قد وقع.
وبعد معركة استمرت دقائق بدت كأنها دهر، تمكن الفريق من تهدئة النمر وإبعاده، غير أن الإصابة كانت بالغة، إذ فقد العامل جزءاً من ذراعه وسط نزيف حاد.
""", [
    ev("attack", "ووقع الحادث مساء أمس، (الثلاثاء)", "2025-04-01", "'مساء أمس، (الثلاثاء)' before Wed 2 Apr = the evening of Tue 1 Apr 2025 (Egyptian reports say 'ثاني أيام العيد'; see the README)"),
    ev("arm-bitten", "غارساً أنيابه في ذراعه اليسرى", "2025-04-01", "no own expression; during the attack, the evening of Tue 1 Apr 2025"),
    ev("tiger-pulled-off", "تمكن الفريق من تهدئة النمر وإبعاده", "2025-04-01", "'بعد معركة استمرت دقائق': the same evening, Tue 1 Apr 2025"),
    ev("amputation", "إذ فقد العامل جزءاً من ذراعه", AMPUT[0], "no own expression; the arm was amputated above the elbow after the attack (the 4-hour operation at Tanta University's emergency hospital; my span 1-2 Apr 2025)", end=AMPUT[1]),
])
art(S, "https://egypttelegraph.com/article/133346/ليلة-دامية-في-العيد-القصة-الكاملة-لهجوم",
    "2025-04-03", "page stamp 'الخميس، 03 أبريل 2025 05:30 م' above the headline (kept as first line 'الخميس، 03 أبريل 2025'; 3 Apr 2025 was a Thursday); the repeated caption 'محمد البسطويسي مساعد مدرب الأسود', the image sub-heading 'هجوم النمر' and the truncated last sentence dropped", True, """
الخميس، 03 أبريل 2025
ليلة دامية في العيد.. القصة الكاملة لهجوم نمر "سيرك طنطا" على عامل
في ليلة ترفيهية معتادة في ثاني أيام العيد، تجمّع العشرات من أهالي مدينة طنطا في السيرك المقام بمنطقة أرض المعرض، وهم ينتظرون بفارغ الصبر لحظة دخول الأسود والنمور إلى الحلبة.
وكان الجميع يترقب العرض المشوّق الذي يقدمه المدربون المحترفون وسط أجواء من التصفيق والحماس.
ومع بداية العرض، دخل مدربو الحيوانات المفترسة إلى القفص، وتبعتهم النمور والأسود واحداً تلو الآخر، وكانت الأمور تسير على ما يرام والحركات الاستعراضية تُنفَّذ بدقة، حتى وقعت الكارثة التي لم يتوقعها أحد.
لحظة الهجوم.. النمر ينقض على مساعد مدربه
وخلال استعراض مهارات النمور، كان مساعد المدربة أنوسة كوتة، "محمد البسطويسي"، خارج القفص يراقب الموقف، وبحسب شهود عيان فقد ارتكب خطأً بسيطاً حين قرّب يده من فك النمر وهو يحفّزه على الحركة التالية، ما أثار رد فعل مفاجئاً من الحيوان المفترس.
وفي لحظة خاطفة، انقضّ النمر على المساعد وأطبق على ذراعه بقوة، فأطلق الرجل صرخات ألم دوّت في أرجاء السيرك.
""", [
    ev("attack", "في ليلة ترفيهية معتادة في ثاني أيام العيد", "2025-04-01", "'في ثاني أيام العيد': the show of the evening of Tue 1 Apr 2025 (other reports: 'مساء أمس، (الثلاثاء)'; with Eid al-Fitr on Sun 30 Mar the second day would be Mon 31 Mar; see the README)"),
    ev("crowd-gathers", "تجمّع العشرات من أهالي مدينة طنطا", "2025-04-01", "no own expression; the same evening, before the attack"),
    ev("arm-bitten", "وأطبق على ذراعه بقوة", "2025-04-01", "'في لحظة خاطفة' during the show: the evening of Tue 1 Apr 2025"),
])
art(S, "https://shorouknews.com/news/print.aspx?cdate=06042025&id=d3626d10-5eb7-4669-8d8c-25b505dea0af",
    "2025-04-06", "stamp 'آخر تحديث: الأحد 6 أبريل 2025 - 12:22 م بتوقيت القاهرة' (kept as first line 'الأحد 6 أبريل 2025'; 6 Apr 2025 was a Sunday) and 'cdate=06042025' in the URL; the byline 'علاء شبل' and the truncated last sentence dropped", True, """
الأحد 6 أبريل 2025
حادث سيرك طنطا.. محمد البسطويسي يطالب أنوسة كوتة بتعويض 50 ناقة بعد بتر ذراعه
طالب محمد البسطويسي، الذي خسر ذراعه إثر هجوم نمر داخل سيرك في منطقة "البريفاج" بمدينة طنطا انتهى ببترها، المدربةَ أنوسة كوتة بدفع تعويض شرعي قدره 50 ناقة، أي ما يعادل قرابة 5 ملايين جنيه، "دية" عن الضرر الذي لحق به بحسب الشريعة الإسلامية.
وأوضح البسطويسي أن الدية قُدّرت بناءً على ما أقره رجال الدين، مؤكداً أن الحادث نجم عن إهمال جسيم في تأمين العمل داخل السيرك وتقصير من إدارته، وعلى رأسها المدربة أنوسة كوتة، الذين لم يقدموا له أي دعم أو مساندة منذ وقوع الحادث، بل لم يكلفوا أنفسهم حتى السؤال عنه.
من جهته، أعلن وليد الفولي، محامي الضحية، تقديم طلب رسمي إلى النيابة العامة لإعادة سماع أقوال موكله واستكمال التحقيقات ومحاسبة كل المتسببين في الواقعة، بدءاً من إدارة السيرك وصولاً إلى الجهات التي منحت التراخيص دون التحقق من استيفاء اشتراطات السلامة.
وأشار الفولي إلى تشكيل لجنة من جهات مختصة في القاهرة لمعاينة السيرك والوقوف على مدى التزامه بقواعد الأمن والسلامة، على أن تُعلن نتائجها فور انتهاء عملها.
""", [
    ev("attack", "إثر هجوم نمر داخل سيرك", "2025-04-01", "no own expression; the evening of Tue 1 Apr 2025 (Okaz: 'مساء أمس، (الثلاثاء)')"),
    ev("amputation", "انتهى ببترها", AMPUT[0], "no own expression; the amputation after the attack (my span 1-2 Apr 2025)", end=AMPUT[1]),
    ev("diya-demand", "بدفع تعويض شرعي قدره 50 ناقة", "2025-04-05", "no own expression; his demand as reported on Sun 6 Apr 2025 (my span 5-6 Apr)", end="2025-04-07"),
    ev("lawyer-request", "تقديم طلب رسمي إلى النيابة العامة", "2025-04-04", "no own expression; announced before this report of Sun 6 Apr 2025 (my span 4-6 Apr)", end="2025-04-07"),
    ev("cairo-committee", "تشكيل لجنة من جهات مختصة في القاهرة", "2025-04-02", "no own expression; formed after the attack and before Sun 6 Apr 2025 (my span 2-6 Apr)", end="2025-04-07"),
])

# ---------------------------------------------------------------- egypt-sharm-el-sheikh-shark-attacks-2010
S = "egypt-sharm-el-sheikh-shark-attacks-2010"
art(S, "https://arabic.rt.com/news/59007-%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA_%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A%D8%A9_%D8%AA%D8%B9%D9%84%D9%86_%D8%B9%D9%86_%D9%82%D8%AA%D9%84_%D8%B3%D9%85%D9%83%D8%A9_%D9%82%D8%B1%D8%B4_%D9%87%D8%A7%D8%AC%D9%85%D8%AA_%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%AD_%D9%82%D8%B1%D8%A8_%D8%B4%D8%B1%D9%85_%D8%A7%D9%84%D8%B4%D9%8A%D8%AE_%D9%88%D8%AA%D9%85%D9%86%D8%B9_%D8%A7%D9%84%D8%B3%D8%A8%D8%A7%D8%AD%D8%A9_%D9%87%D9%86%D8%A7%D9%83_%D8%AE%D9%84%D8%A7%D9%8448_%D8%B3%D8%A7%D8%B9%D8%A9/",
    "2010-12-02", "no stamp or URL date in the stored page: fixed by the body's 'يوم 2 ديسمبر / كانون الأول' for the ministry's announcement together with 'لمدة 48 ساعة اعتبارا من اليوم' (so the announcement day is the publication day, Thu 2 Dec 2010), with 'يومي 30 نوفمبر / تشرين الثاني و1 ديسمبر' and 'يوم الثلاثاء الماضي' (Tue 30 Nov) for the attacks; the body's '2 ديسمبر' (no year) is that day, so states_date True; 'انسخ الرابط' and the repeated lead dropped; the source's 'منعت السياحة' read as 'السباحة' (its own headline: 'تمنع السباحة'); the truncated last sentence dropped", True, """
السلطات المصرية تعلن قتل سمكة قرش هاجمت السياح قرب شرم الشيخ وتمنع السباحة هناك 48 ساعة
أعلنت وزارة البيئة المصرية يوم 2 ديسمبر / كانون الأول أن سمكة القرش التي هاجمت السياح قرب شواطئ منتجع شرم الشيخ قد قُتلت.
كما أعلن المكتب الإعلامي للسفارة المصرية في موسكو أن السلطات المصرية منعت السباحة لمدة 48 ساعة اعتبارا من اليوم على امتداد الشواطئ في منطقة شرم الشيخ، من فندق (كورال بيتش) جنوباً حتى فندق (موفينبيك جولف) شمالاً، حيث وقع الحادث قبالتها.
ويُذكر أن عدد السياح الذين هاجمتهم أسماك القرش يومي 30 نوفمبر / تشرين الثاني و1 ديسمبر / كانون الأول في المياه القريبة من شواطئ شرم الشيخ بلغ أربعة، بينهم ثلاثة سياح روس.
وكان أول ضحاياها سائحاً روسياً قطعت أسماك القرش يده وجزءاً من أليته يوم الثلاثاء الماضي.
""", [
    ev("shark-caught", "أعلنت وزارة البيئة المصرية يوم 2 ديسمبر / كانون الأول", "2010-12-02", "'يوم 2 ديسمبر' = Thu 2 Dec 2010 (the South Sinai governor announced the catch the same Thursday)"),
    ev("swim-ban-48h", "لمدة 48 ساعة اعتبارا من اليوم", "2010-12-02", "'48 ساعة اعتبارا من اليوم' from Thu 2 Dec 2010 = 2-3 Dec (the beaches reopened on Sat 4 Dec)", end="2010-12-04"),
    ev("first-attacks", "يومي 30 نوفمبر / تشرين الثاني و1 ديسمبر", "2010-11-30", "'يومي 30 نوفمبر ... و1 ديسمبر' = Tue 30 Nov - Wed 1 Dec 2010", end="2010-12-02"),
    ev("first-victim", "يوم الثلاثاء الماضي", "2010-11-30", "'يوم الثلاثاء الماضي' before Thu 2 Dec = Tue 30 Nov 2010"),
])
art(S, "https://archive.aawsat.com/details.asp?article=598224&issueno=11696&section=54",
    "2010-12-06", "no stamp or URL date in the stored page (issue no. 11696): fixed by the body's 'أمس' for the death of the German tourist, who was killed on Sun 5 Dec 2010 (other reports: 'الأحد 5-12-2010'): so Mon 6 Dec 2010; the caption '(أ.ب)', the 'TT' mark and the truncated last sentence (the governor's phone call) dropped; no date of its own in the text", False, """
سائحة ألمانية أول ضحية لهجمات أسماك القرش على سواحل شرم الشيخ المصرية
رابع هجوم من نوعه خلال أسبوع.. ورجال سياحة ينفون تأثر الحجوزات
للمرة الرابعة في غضون أسبوع واحد، عاودت أسماك القرش هجومها أمس على سواحل مدينة شرم الشيخ المطلة على البحر الأحمر، إذ لقيت سائحة ألمانية مصرعها إثر هجوم سمكة قرش مفترسة شمال خليج نعمة، الشاطئ الرئيسي في المدينة التي تُعد منتجعاً مفضلاً للسياح الأجانب الذين يقصدون مصر في الشتاء، لتكون أول قتيلة في هجمات أسماك القرش.
ورغم أن السلطات المحلية في شرم الشيخ علّقت ممارسة الرياضات المائية بكل أنواعها، لم تتأثر نسب الإشغال في الفنادق، وظلت نسبة إلغاء الحجوزات ضئيلة جداً، وفق رجال سياحة يعملون في المدينة.
وذكرت مصادر طبية أن سمكة قرش مفترسة هاجمت السائحة الألمانية رينات سكر (70 عاما) أثناء سباحتها في المياه القريبة من الشاطئ شمال خليج نعمة، فقطعت يدها وقدمها اليمنيين لتفارق الحياة على الفور، ونُقلت الجثة إلى مستشفى شرم الشيخ، وأُبلغت السفارة الألمانية في القاهرة لتتسلمها.
""", [
    ev("german-death", "عاودت أسماك القرش هجومها أمس", "2010-12-05", "'أمس' before Mon 6 Dec = Sun 5 Dec 2010"),
    ev("water-sports-suspended", "علّقت ممارسة الرياضات المائية بكل أنواعها", "2010-12-05", "no own expression; the suspension ordered after Sunday's death, Sun 5 Dec 2010"),
    ev("body-to-hospital", "ونُقلت الجثة إلى مستشفى شرم الشيخ", "2010-12-05", "no own expression; the day of the death, Sun 5 Dec 2010"),
    ev("embassy-informed", "وأُبلغت السفارة الألمانية في القاهرة", "2010-12-05", "no own expression; the day of the death, Sun 5 Dec 2010"),
])
art(S, "https://akhbar-misr.blogspot.com/2010_12_06_archive.html",
    "2010-12-06", "a news blog's daily archive page for 6 Dec 2010 ('2010_12_06_archive' in the URL) reposting an al-Masry al-Youm item: its 'أمس' for the death of the German tourist (Sun 5 Dec 2010) agrees: so Mon 6 Dec 2010; the first word's lost letter ('قيت') restored; the truncated last sentence (the warning on random shark fishing) dropped; no date of its own in the text", False, """
لقيت سائحة ألمانية مصرعها، أمس، إثر هجوم سمكة «قرش» على أحد شواطئ مدينة شرم الشيخ.
في المقابل، أعلنت وزارة السياحة في بيان رسمي أن فتح الشواطئ أو إغلاقها سيتقرر وفق ما تراه المحافظة، حرصاً على سلامة السائحين والمواطنين، وسعياً إلى القضاء على أسباب هذه الحوادث وإزالة الخطر، وعلمنا أن النية تتجه إلى إغلاق الشواطئ لمدة ٧٢ ساعة، فيما أعلنت وزارة الدولة لشؤون البيئة حالة الطوارئ.
وكانت السائحة الألمانية رينات ساكري (٧٠ سنة) قد تعرضت لهجوم سمكة قرش خلال ممارستها الغوص أمام فندق «حياة ريجنسي»، ما أدى إلى قطع فخذها وذراعها اليمنى، وجرى إبلاغ الجهات المعنية، إضافة إلى مجلس الوزراء والسفارة الألمانية.
وأعلن الدكتور محمد سالم، مدير عام المحميات في منطقة البحر الأحمر، أن عملية التمشيط ودراسة سلوك سمك القرش كشفتا عن تغيّر في سلوك أسماك «القرش».
من جانبه، أكد الدكتور محمود حنفي، أستاذ البيئة البحرية والمستشار البيئي لمحافظة البحر الأحمر، أن أسماك القرش التي اصطيدت ليست هي التي هاجمت السائحين، وأن مرتكبة هذه الحوادث لا تزال طليقة.
""", [
    ev("german-death", "لقيت سائحة ألمانية مصرعها، أمس", "2010-12-05", "'أمس' before Mon 6 Dec = Sun 5 Dec 2010"),
    ev("closure-72h", "إغلاق الشواطئ لمدة ٧٢ ساعة", "2010-12-06", "'لمدة ٧٢ ساعة', an intended closure announced on Mon 6 Dec 2010 (my span 6-8 Dec)", end="2010-12-09"),
    ev("emergency", "أعلنت وزارة الدولة لشؤون البيئة حالة الطوارئ", "2010-12-05", "no own expression; declared after Sunday's death (my span 5-6 Dec 2010)", end="2010-12-07"),
    ev("embassy-informed", "مجلس الوزراء والسفارة الألمانية", "2010-12-05", "no own expression; the day of the death, Sun 5 Dec 2010"),
    ev("shark-caught", "أسماك القرش التي اصطيدت", "2010-12-02", "no own expression; the two sharks caught and announced on Thu 2 Dec 2010 (outside knowledge and RT's 'يوم 2 ديسمبر')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 213)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 386-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: news from Oman in any domain (politics, weather and
cyclones, economy, courts, accidents, sport, culture), told by Omani and Arab outlets.
Stories: the Mughsail crash that killed an Emirati father and six of his children near Salalah (Oman / UAE,
August 2012), Oman's upset 1-0 win over Japan in Suita/Osaka in the World Cup qualifiers (September 2021),
the Shura Council elections for the tenth term (Oman, October 2023), and the first round of indirect
Iran-US talks hosted by Oman in Muscat (April 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- oman-mughsail-emirati-family-crash-2012
S = "oman-mughsail-emirati-family-crash-2012"
CRASH = "2012-08-27"                       # the crash at Mughsail, Salalah, on Mon 27 Aug 2012 (afternoon)
FUNERAL = "2012-08-28"                     # funeral prayer at al-Muataradh mosque and burial in al-Ain, Tue 28 Aug 2012
art(S, "http://albaladoman.com/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D9%8A%D8%A3%D9%85%D8%B1-%D8%A8%D8%AA%D8%AD%D8%B1%D9%8A%D9%83-%D8%B7%D8%A7%D8%A6%D8%B1%D8%AA%D9%8A%D9%86-%D9%84%D9%86%D9%82/",
    "2012-08-28", "the page's photo file name '٢٠١٢٠٨٢٨-١٤٢٠٥٣.jpg' (28 Aug 2012, 14:20; dropped) and the body's 'ظهر أمس (الاثنين)' for the crash of Mon 27 Aug 2012 give Tue 28 Aug 2012; headline kept from the page (reworded); the last, truncated sentence shortened; no date of its own in the text", False, """
أمر رئاسي إماراتي بإرسال طائرتين لنقل ضحايا حادث مروري في صلالة
أصدر الشيخ خليفة بن زايد آل نهيان، رئيس دولة الإمارات، أمرا بتحريك طائرة خاصة تتولى نقل جثامين سبعة مواطنين من أسرة واحدة، هم الأب وستة من أبنائه (ابنان وأربع بنات)، لقوا حتفهم في حادث سير مروع وقع على أرض السلطنة، في صلالة تحديدا.
ووجه رئيس الإمارات كذلك بتحريك طائرة طبية خاصة تقل ضابطا من وزارة الداخلية وفريقا طبيا، لنقل الزوجة التي صنفت إصاباتها بـ"البليغة" جراء الحادث، كي تستكمل علاجها في الدولة.
وبحسب بيان أصدرته وزارة الداخلية، فإن حادثا مروريا مروعا وقع ظهر أمس (الاثنين) في منطقة مغيسيل بصلالة في سلطنة عمان، عندما اصطدمت سيارتان خفيفتان، إحداهما إماراتية والأخرى عمانية، بشاحنة، وراح ضحيته المواطن سيف عبدالله الحاج الكعبي من مدينة العين، وستة من أبنائه هم: محمد وأحمد وبناته الأربع فاطمة وعفراء وحمدة وسارا.
وأصيبت الزوجة بإصابات بليغة نقلت على إثرها إلى مستشفى السلطان قابوس في صلالة للعلاج، فيما تتواصل التحقيقات للوقوف على أسباب الحادث.
وكانت الأسرة تستقل سيارة لاندكروزر سوداء متجهة إلى منطقة المغسيل الواقعة على بعد 40 كيلومترا من مدينة صلالة، قاصدة شاطئ البحر.
""", [
    ev("planes-ordered", "أمرا بتحريك طائرة خاصة تتولى نقل جثامين", CRASH, "no own expression; the order followed the crash of Mon 27 Aug and was reported on Tue 28 Aug 2012 (my span 27-28 Aug)", end="2012-08-29"),
    ev("crash", "حادثا مروريا مروعا وقع ظهر أمس (الاثنين) في منطقة مغيسيل", CRASH, "'ظهر أمس (الاثنين)' in an article of Tue 28 Aug 2012 = Mon 27 Aug"),
    ev("wife-hospitalised", "نقلت على إثرها إلى مستشفى السلطان قابوس في صلالة", CRASH, "no own expression; taken to hospital right after the crash of Mon 27 Aug 2012"),
    ev("investigation", "فيما تتواصل التحقيقات للوقوف على أسباب الحادث", CRASH, "no own expression; ongoing from the crash (Mon 27 Aug) to the report (Tue 28 Aug 2012); my span", end="2012-08-29"),
])
art(S, "http://www.emaratalyoum.com/local-section/accidents/2012-08-29-1.507693?ot=ot.PrintPageLayout",
    "2012-08-29", "page date line 'التاريخ:: 29 أغسطس 2012' (kept as 'التاريخ: 29 أغسطس 2012'; 29 Aug 2012 was a Wednesday), date in the URL '2012-08-29'; the body's 'أمس' (funeral) and 'أول من أمس' (crash) agree; the byline 'المصدر: سامي عبدالعظيم - العين' dropped; headline kept from the page (reworded); the last, truncated sentence shortened", True, """
الآلاف يشيعون جثامين أسرة «حادث صلالة»
التاريخ: 29 أغسطس 2012
في موكب كبير بمدينة العين، شيع آلاف المواطنين أمس جثامين سبعة مواطنين من أسرة واحدة، توفوا في حادث مروري وقع أول من أمس في منطقة مغيسيل بصلالة في سلطنة عُمان، حين اصطدمت سيارتان خفيفتان، إحداهما إماراتية والأخرى عمانية، بشاحنة. وأودى الحادث بحياة سيف عبدالله الحاج الكعبي وستة من أبنائه، هم محمد وأحمد وبناته الأربع فاطمة وعفراء وحمدة وسارة.
وتدفق آلاف من أهالي العين، عصر أمس، على مسجد المعترض في وسط المدينة لأداء الصلاة على المتوفين، في حين شق آخرون طريقهم بمشقة إلى داخل المسجد، واضطر كثيرون إلى الصلاة في الساحة الخارجية، ثم نقلت سيارات الإسعاف الجثامين إلى مقبرة الفوعة في المدينة حيث دفنت.
وانتشرت سيارات الشرطة عند المداخل المؤدية إلى المسجد لتنظيم حركة السير وسط زحام شديد أدى إلى تكدس المركبات على جانبي الطريق.
كما شهدت الطرق المؤدية إلى مقبرة الفوعة في العين زحاما كبيرا بفعل الحشود الغفيرة من المواطنين، إذ حرصت إدارة المرور على مواكبة سيارات الإسعاف التي أقلت المتوفين إلى المقبرة.
""", [
    ev("funeral", "شيع آلاف المواطنين أمس جثامين سبعة مواطنين", FUNERAL, "'أمس' in an article of Wed 29 Aug 2012 = Tue 28 Aug"),
    ev("crash", "توفوا في حادث مروري وقع أول من أمس في منطقة مغيسيل", CRASH, "'أول من أمس' from Wed 29 Aug 2012 = Mon 27 Aug"),
    ev("funeral-prayer", "عصر أمس، على مسجد المعترض في وسط المدينة", FUNERAL, "'عصر أمس' from Wed 29 Aug 2012 = the afternoon of Tue 28 Aug"),
    ev("burial", "الجثامين إلى مقبرة الفوعة في المدينة حيث دفنت", FUNERAL, "no own expression; right after the prayer of 'عصر أمس' = Tue 28 Aug 2012"),
])
art(S, "https://fujairahtoday.ae/2012/08/29/%D8%A2%D9%84%D8%A7%D9%81-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86-%D9%8A%D8%B4%D9%8A%D8%B9%D9%88%D9%86-%D8%AC%D8%AB%D8%A7%D9%85%D9%8A%D9%86-%D8%A7%D9%84%D8%A3%D8%A8-%D9%88%D8%A3%D9%88%D9",
    "2012-08-29", "date in the URL '/2012/08/29/' (29 Aug 2012 was a Wednesday); the body's 'أمس' (funeral of Tue 28) and 'ظهر أمس الأول' (crash of Mon 27) agree; headline written from the URL slug (the stored text has none); the last, truncated sentence shortened", True, """
آلاف المواطنين يشيعون جثامين الأب وأبنائه الستة في العين
شيع آلاف المواطنين في مدينة العين أمس جثامين المواطن سيف عبدالله الحاج الكعبي وستة من أبنائه، هم محمد وأحمد وبناته الأربع فاطمة وعفراء وحمدة وسارا، الذين فارقوا الحياة في حادث أليم وقع ظهر أمس الأول في منطقة مغيسيل بصلالة في سلطنة عمان، إثر اصطدام سيارتين خفيفتين، إحداهما إماراتية والأخرى عمانية، بشاحنة، فيما أصيبت الزوجة بإصابات بالغة نقلت بسببها إلى المستشفى للعلاج.
وأقيمت صلاة الجنازة في مسجد المعترض وسط العين، حيث غص صحن المسجد والساحات المحيطة به بالمصلين، ثم ووريت جثامين الفقيد سيف سالم عبد الله الحاج الكعبي (55 عاما) وابنيه محمد (24 عاما) وأحمد (7 أعوام) وبناته فاطمة (19 عاما) وعفراء (27 عاما) وحمدة (21 عاما) وسارة (13 عاما) الثرى في مقبرة العوهة بالعين، بعد موكب تشييع مهيب وسط جمع غفير من مواطني العين وسكانها الذين دعوا الله أن يلهم ذويهم الصبر والسلوان.
وكانت الأسرة تمضي إجازتها السنوية وعطلة العيد في منطقة صلالة، وبعد أن أدت صلاة العصر تحركت في سيارتين منفصلتين على الشارع العام بالمغيسيل في ولاية صلالة بمحافظة ظفار عائدة إلى مقر إقامتها، فتجاوزت السيارة الأولى، التي كان فيها ابنا المتوفى عبدالله وحميد وابن خالتهما مصبح، التقاطع بنحو عشرة أمتار فقط.
""", [
    ev("funeral", "شيع آلاف المواطنين في مدينة العين أمس جثامين", FUNERAL, "'أمس' in an article of Wed 29 Aug 2012 = Tue 28 Aug"),
    ev("crash", "في حادث أليم وقع ظهر أمس الأول في منطقة مغيسيل", CRASH, "'ظهر أمس الأول' from Wed 29 Aug 2012 = Mon 27 Aug"),
    ev("wife-hospitalised", "فيما أصيبت الزوجة بإصابات بالغة نقلت بسببها إلى المستشفى", CRASH, "no own expression; right after the crash of Mon 27 Aug 2012"),
    ev("funeral-prayer", "وأقيمت صلاة الجنازة في مسجد المعترض وسط العين", FUNERAL, "no own expression; the prayer of the funeral of 'أمس' = Tue 28 Aug 2012"),
    ev("burial", "ثم ووريت جثامين الفقيد سيف سالم عبد الله", FUNERAL, "no own expression; after the prayer of Tue 28 Aug 2012"),
    ev("eid-holiday", "وكانت الأسرة تمضي إجازتها السنوية وعطلة العيد", "2012-08-18", "'عطلة العيد' = the Eid al-Fitr 1433 holiday (Eid on Sun 19 Aug 2012) up to the crash of Mon 27 Aug; my span 18-27 Aug", end="2012-08-28"),
])

# ---------------------------------------------------------------- oman-japan-suita-wcq-upset-2021
S = "oman-japan-suita-wcq-upset-2021"
MATCH = "2021-09-02"                       # Japan 0-1 Oman at Panasonic Stadium Suita (Osaka), Thu 2 Sep 2021
art(S, "https://mhdaldahab.com.sa/news/s/29754/%D9%87%D8%AF%D9%81-%D8%A7%D9%84%D8%B5%D8%A8%D8%AD%D9%8A-%D8%A7%D9%84%D9%85%D8%AA%D8%A3%D8%AE%D8%B1-%D9%8A%D9%85%D9%86%D8%AD-%D8%B9%D9%8F%D9%85%D8%A7%D9%86-%D9%81%D9%88%D8%B2%D8%A7-%D9%85%D9%81%D8%A7%D8%AC%D8%A6%D8%A7-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%8A%D8%A7%D8%A8%D8%A7%D9%86-%D9%81%D9%8A-%D8%AA%D8%B5%D9%81%D9%8A%D8%A7%D8%AA-%D9%83%D8%A3%D8%B3-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85",
    "2021-09-02", "page date line 'سبتمبر 2, 2021 06:09 مساءً' (kept; 2 Sep 2021 was a Thursday); headline kept from the page (reworded); the paragraph the page repeats twice kept once", True, """
هدف متأخر للصبحي يهدي عُمان فوزا مفاجئا على اليابان في تصفيات كأس العالم
سبتمبر 2, 2021 06:09 مساءً
مهد الذهب: سجل عصام الصبحي هدفا قبل دقيقتين من النهاية منح به عُمان انتصارا مفاجئا 1-صفر على مضيفتها اليابان، في مستهل مشوار المنتخبين في الدور الأخير من التصفيات الآسيوية المؤهلة إلى نهائيات كأس العالم لكرة القدم 2022.
وهز الصبحي الشباك إثر كرة عرضية من الجهة اليمنى أرسلها صلاح اليحيائي، ليباغت أصحاب الأرض وينتزع النقاط الثلاث في المجموعة الثانية، مضاعفا الضغوط على هاجيمي مورياسو مدرب اليابان.
وتعد هذه أول هزيمة لليابان في تسع مباريات خاضتها في تصفيات كأس العالم 2022 في قطر، وتأتي بعد أقل من شهر على إخفاق مورياسو في قيادة المنتخب الوطني إلى ميدالية في أولمبياد طوكيو.
""", [
    ev("al-sabhi-goal", "سجل عصام الصبحي هدفا قبل دقيقتين من النهاية", MATCH, "the match of Thu 2 Sep 2021 (date line), the goal in the 88th minute"),
    ev("oman-beats-japan", "منح به عُمان انتصارا مفاجئا 1-صفر على مضيفتها اليابان", MATCH, "no own expression; the match of Thu 2 Sep 2021 (date line of the same day)"),
    ev("japan-first-defeat", "وتعد هذه أول هزيمة لليابان في تسع مباريات", MATCH, "the defeat of Thu 2 Sep 2021"),
    ev("olympics-no-medal", "إخفاق مورياسو في قيادة المنتخب الوطني إلى ميدالية في أولمبياد طوكيو", "2021-08-03", "'بعد أقل من شهر' before Thu 2 Sep 2021: Japan lost the Olympic semi-final on Tue 3 Aug and the bronze match on Fri 6 Aug 2021 (outside knowledge); span 3-6 Aug", end="2021-08-07"),
])
art(S, "https://akhbaralaan.net/sports/2021/09/02/%D8%AA%D8%B5%D9%81%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D9%88%D9%86%D8%AF%D9%8A%D8%A7%D9%84-%D8%B9%D9%85%D8%A7%D9%86-%D8%AA%D9%81%D8%AC%D8%B1-%D9%85%D9%81%D8%A7%D8%AC%D8%A3%D8%A9-%D9%85%D8%AF%D9%88%D9%8A%D8%A9-%D9%88%D9%86%D9%82%D8%B7%D8%A9-%D8%AB%D9%85%D9%8A%D9%86%D8%A9-%D9%84%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
    "2021-09-02", "date in the URL '/sports/2021/09/02/' (2 Sep 2021 was a Thursday); the body's 'اليوم الخميس' agrees; the three summary bullets joined into one sentence, the embedded English tweet of FIFA dropped; the last, truncated sentence on Iraq shortened (its time expression was cut off in the stored text)", True, """
تصفيات المونديال.. عُمان تنتزع فوزا ثمينا من اليابان
المنتخب العماني يحقق فوزا ثمينا على أرض اليابان ويحلم بالتأهل إلى المونديال لأول مرة في تاريخه، والعراق يعود بتعادل ثمين من كوريا الجنوبية.
فجر منتخب سلطنة عمان مفاجأة مدوية بعودته منتصرا من معقل اليابان بهدف دون مقابل، اليوم الخميس، في افتتاح منافسات المجموعة الثانية من الدور النهائي للتصفيات الآسيوية المؤهلة إلى مونديال 2022.
وخطف البديل عصام الصبحي هدف الانتصار لعمان قبل دقيقتين من انتهاء الوقت الأصلي، إذ حول عرضية صلاح اليحيائي إلى داخل الشباك من مسافة قريبة، في اللقاء الذي احتضنه ملعب سويتا في أوساكا.
وبلغت اليابان النسخ الست الأخيرة من كأس العالم لكرة القدم، بينما لم يسبق لعمان أن شاركت في البطولة العالمية طوال تاريخها.
وفي المجموعة نفسها، تلتقي في وقت لاحق أستراليا مع الصين، والسعودية مع فيتنام في الرياض.
تصفيات المونديال.. تعادل ثمين للعراق
وفي مباراة أخرى، عاد المنتخب العراقي بنقطة ثمينة من ملعب مضيفه الكوري الجنوبي.
""", [
    ev("oman-beats-japan", "بعودته منتصرا من معقل اليابان بهدف دون مقابل، اليوم الخميس", MATCH, "'اليوم الخميس' = Thu 2 Sep 2021 (URL date)"),
    ev("al-sabhi-goal", "وخطف البديل عصام الصبحي هدف الانتصار لعمان", MATCH, "the match of 'اليوم الخميس' = Thu 2 Sep 2021"),
    ev("same-group-later-games", "تلتقي في وقت لاحق أستراليا مع الصين", MATCH, "'في وقت لاحق' of Thu 2 Sep 2021 (Australia-China in Doha and Saudi Arabia-Vietnam in Riyadh were played that evening)"),
    ev("iraq-korea-draw", "عاد المنتخب العراقي بنقطة ثمينة من ملعب مضيفه الكوري الجنوبي", MATCH, "no own expression left; South Korea 0-0 Iraq in Seoul on Thu 2 Sep 2021 (outside knowledge; the stored text says 'اليوم')"),
])
art(S, "https://aletihad.ae/amp/news/%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6%D9%8A/4217836/-%D8%B9%D9%85%D8%A7%D9%86%D9%8A%D8%A9-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8A%D8%A9--%D9%81%D9%8A--%D8%A7%D9%84%D8%A3%D8%B1%D8%A7%D8%B6%D9%8A-%D8%A7%D9%84%D9%8A%D8%A7%D8%A8%D8%A7%D9%86%D9%8A%D8%A9",
    "2021-09-03", "no date line on the stored (AMP) page; the body's 'أمس' for the match of Thu 2 Sep 2021 gives the paper of Fri 3 Sep 2021 (3 Sep 2021 was a Friday); headline kept from the URL slug; the last, truncated paragraph on the course of the match dropped; no date of its own in the text", False, """
عُمانية تاريخية في الأراضي اليابانية
كوالالمبور (أ ف ب)
حقق منتخب عُمان مفاجأة من الوزن الثقيل بعودته فائزا من عقر دار اليابان للمرة الأولى في تاريخه 1-صفر، أمس، في الجولة الأولى من الدور النهائي للتصفيات الآسيوية المؤهلة إلى «مونديال 2022» في كرة القدم.
وعلى استاد سويتا في أوساكا، ضمن المجموعة الثانية، انتزع «البديل» عصام الصبحي هدف الفوز لعمان قبل دقيقتين من انتهاء الوقت الأصلي، حين حول عرضية صلاح اليحيائي إلى الشباك من مسافة قريبة.
وضمن 12 منتخبا مقاعدها في الدور النهائي بعد منافسة قوية في الدور الثاني من التصفيات الآسيوية المشتركة لكأس العالم وكأس آسيا 2023 في الصين. ووزعت المنتخبات على مجموعتين تضم كل منهما ستة منتخبات، ويتأهل صاحبا المركزين الأولين في كل مجموعة إلى كأس العالم، بينما يخوض صاحبا المركز الثالث الملحق الآسيوي لتحديد المنتخب الذي يعبر إلى الملحق العالمي.
وكان المنتخب الياباني قد تصدر مجموعته في الدور الثاني بثمانية انتصارات كاملة، في حين جاءت عمان وصيفة لقطر في المجموعة الخامسة بستة انتصارات من ثماني مباريات. وبلغت اليابان النسخ الست الأخيرة من المونديال، بينما لم تشارك عُمان في أي نسخة طوال تاريخها.
""", [
    ev("oman-beats-japan", "بعودته فائزا من عقر دار اليابان للمرة الأولى في تاريخه 1-صفر، أمس", MATCH, "'أمس' in the paper of Fri 3 Sep 2021 = Thu 2 Sep"),
    ev("al-sabhi-goal", "انتزع «البديل» عصام الصبحي هدف الفوز لعمان", MATCH, "the match of 'أمس' = Thu 2 Sep 2021"),
    ev("second-round", "بعد منافسة قوية في الدور الثاني من التصفيات الآسيوية المشتركة", "2019-09-05", "no own expression; the second round of the joint qualifiers ran from Thu 5 Sep 2019 to Tue 15 Jun 2021 (outside knowledge)", end="2021-06-16"),
    ev("japan-tops-group", "وكان المنتخب الياباني قد تصدر مجموعته في الدور الثاني", "2019-09-10", "no own expression (pluperfect); Japan's eight wins of group F, Tue 10 Sep 2019 - Tue 15 Jun 2021 (outside knowledge)", end="2021-06-16"),
])

# ---------------------------------------------------------------- oman-shura-election-tenth-term-2023
S = "oman-shura-election-tenth-term-2023"
ABROAD = "2023-10-22"                      # voting of Omanis abroad, Sun 22 Oct 2023, 08:00-19:00
VOTE = "2023-10-29"                        # voting inside Oman, Sun 29 Oct 2023, 08:00-19:00, through the 'انتخب' app
art(S, "https://www.arabkhabar.com/a/977382",
    "2023-10-22", "page line 'تاريخ النشر: 22nd, October 2023 GMT' (kept; 22 Oct 2023 was a Sunday, the day set for voting abroad); the aggregator's 'المصدر: صحيفة أثير' and the unrelated 'إقرأ أيضاً' items dropped; headline kept from the page (reworded)", True, """
أكثر من ١٣ ألف ناخب أدلوا بأصواتهم من خارج سلطنة عمان
تاريخ النشر: 22nd, October 2023 GMT
رصد – أثير
أعلنت لجنة انتخاب أعضاء مجلس الشورى للفترة العاشرة أن عملية تصويت الناخبين الموجودين خارج سلطنة عمان انتهت الساعة ٧ مساء اليوم.
وبلغ عدد المشاركين في التصويت ١٣٨٤٤ ناخبا، من بينهم قرابة ٩٢٣٠ من الذكور و٤٦١٣ من الإناث.
ولم يعلن حتى وقت نشر هذا الخبر عن العدد الكلي للناخبين العمانيين الذين يحق لهم التصويت وهم موجودون حاليا خارج سلطنة عمان.
""", [
    ev("abroad-voting-ends", "عملية تصويت الناخبين الموجودين خارج سلطنة عمان انتهت الساعة ٧ مساء اليوم", ABROAD, "'الساعة ٧ مساء اليوم' = 19:00 on Sun 22 Oct 2023 (publication line)"),
    ev("abroad-turnout", "وبلغ عدد المشاركين في التصويت ١٣٨٤٤ ناخبا", ABROAD, "the votes cast abroad on Sun 22 Oct 2023"),
])
art(S, "https://news.faharas.net/shura-council-elections-oman/",
    "2023-10-29", "page date line 'رهف بلال29 أكتوبر 2023آخر تحديث :' (kept as '29 أكتوبر 2023', the byline and the empty update label dropped; 29 Oct 2023 was a Sunday); the body's 'اليوم الأحد' agrees; the opening paragraph on the candidates' conditions and the English caption dropped; the sub-headings dropped", True, """
انتخابات مجلس الشورى العماني 2023 للدورة العاشرة بمشاركة نحو 753 ألف ناخب
29 أكتوبر 2023
شرع الناخبون في عمان، اليوم الأحد، في الإدلاء بأصواتهم عبر تطبيق "انتخب" لاختيار من يمثلهم في الفترة العاشرة لمجلس الشورى. وتتنافس القائمة النهائية المؤلفة من 843 مرشحا، بينهم 32 امرأة، على 90 مقعدا. وتغلق عملية التصويت عند الساعة السابعة مساءً من اليوم ذاته.
ويمثل اعتماد الإصدار الثاني من تطبيق "انتخب" في العملية الانتخابية للدورة العاشرة نقلة مهمة في الانتخابات العمانية، إذ أضيفت إليه تحسينات منها خاصية الدليل الصوتي للمكفوفين وخيار لغة الإشارة للصم والبكم.
كما يوفر التطبيق واجهة سهلة الاستخدام، ويعتمد أحدث تقنيات التشفير لضمان مستوى عالٍ من الأمان.
""", [
    ev("voting-begins", "شرع الناخبون في عمان، اليوم الأحد، في الإدلاء بأصواتهم", VOTE, "'اليوم الأحد' = Sun 29 Oct 2023 (date line)"),
    ev("voting-closes", "وتغلق عملية التصويت عند الساعة السابعة مساءً من اليوم ذاته", VOTE, "'الساعة السابعة مساءً من اليوم ذاته' = 19:00 on Sun 29 Oct 2023"),
])
art(S, "https://nayrouz.com/article/408183",
    "2023-10-29", "no date line in the stored text; the body's 'مساء اليوم الأحد' with the close of the tenth-term vote (held on Sun 29 Oct 2023, 29 Oct 2023 was a Sunday) gives Sun 29 Oct 2023 evening; no headline on the stored page (none added); the last, truncated sentence dropped; no date of its own in the text", False, """
انتهت مساء اليوم الأحد في سلطنة عُمان انتخابات أعضاء مجلس الشورى العُماني للفترة العاشرة، وسجلت نسبة مشاركة بلغت 65.88%.
فمن بين 753 ألفا و690 ناخبا وناخبة لهم حق التصويت، شارك في الاقتراع 496 ألفا و279 مواطنا، وفق ما أعلنته لجنة الانتخابات.
وكان العُمانيون قد شرعوا في التصويت لاختيار ممثليهم عبر تطبيق "أنتخب"، حيث يتنافس 843 مرشحا، بينهم 32 امرأة بحسب القوائم النهائية للمرشحين، على 90 مقعدا، واستمر الاقتراع حتى الساعة الـ 7 مساء اليوم. ويبلغ العدد الإجمالي للناخبين المقيدين في القوائم النهائية لانتخاب أعضاء مجلس الشورى للفترة العاشرة 753 ألفا و690 ناخبا وناخبة، صوّت منهم 13 ألفا و843 من خارج سلطنة عُمان.
ويتسم تطبيق "أنتخب" بواجهة مستخدم سهلة وبسيطة ومستوى أمان مرتفع بفضل أحدث تقنيات التشفير، إلى جانب خاصية القراءة الصوتية لذوي الإعاقة البصرية (المكفوفين)، وميزة لغة الإشارة المتاحة اختياريا لذوي الإعاقة من الصم والبكم.
وأفادت وزارة الداخلية بأن البيانات والمعلومات متاحة بشفافية تامة عبر البث المباشر للمؤشرات والإحصاءات طوال يوم التصويت.
""", [
    ev("voting-closes", "انتهت مساء اليوم الأحد في سلطنة عُمان انتخابات", VOTE, "'مساء اليوم الأحد' = Sun 29 Oct 2023"),
    ev("turnout-announced", "شارك في الاقتراع 496 ألفا و279 مواطنا", VOTE, "no own expression; the count announced on the evening of Sun 29 Oct 2023"),
    ev("voting-begins", "وكان العُمانيون قد شرعوا في التصويت لاختيار ممثليهم", VOTE, "no own expression (pluperfect); the vote of Sun 29 Oct 2023, from 08:00"),
    ev("abroad-turnout", "صوّت منهم 13 ألفا و843 من خارج سلطنة عُمان", ABROAD, "no own expression; the vote abroad of Sun 22 Oct 2023 (arabkhabar/Atheer)"),
])

# ---------------------------------------------------------------- oman-muscat-iran-us-talks-first-round-2025
S = "oman-muscat-iran-us-talks-first-round-2025"
TRUMP = "2025-04-07"                       # Trump announced the talks while receiving Netanyahu, Mon 7 Apr 2025
TALKS = "2025-04-12"                       # first round in Muscat, Sat 12 Apr 2025
ROUND2 = "2025-04-19"                      # second round (Rome, Omani mediation), Sat 19 Apr 2025
art(S, "https://afaqnews.net/archives/292716",
    "2025-04-08", "no date line in the stored text; the body's 'اليوم الثلاثاء' after Trump's announcement of 'الاثنين' (Mon 7 Apr 2025) and before the talks 'في 12 أبريل' gives Tue 8 Apr 2025 (8 Apr 2025 was a Tuesday); headline written from the body (the stored text has none); no date of its own in the text", False, """
عراقجي وويتكوف يقودان محادثات السبت في سلطنة عمان
اَفاق نيوز – ذكرت وسائل إعلام إيرانية رسمية عبر تطبيق "تليغرام"، اليوم الثلاثاء، أن وزير الخارجية الإيراني عباس عراقجي والمبعوث الأميركي ستيف ويتكوف سيتوليان قيادة المحادثات بين الولايات المتحدة وإيران التي ستعقد في 12 أبريل (نيسان) في سلطنة عمان.
وقبل ذلك، أعلن الرئيس الأميركي دونالد ترامب، الاثنين، أن الولايات المتحدة ستشرع السبت في محادثات مباشرة رفيعة المستوى مع إيران حول برنامجها النووي، وجاء إعلانه المفاجئ خلال استقباله رئيس الوزراء الإسرائيلي بنيامين نتنياهو في البيت الأبيض.
""", [
    ev("iran-media-leaders", "ذكرت وسائل إعلام إيرانية رسمية عبر تطبيق \"تليغرام\"، اليوم الثلاثاء", "2025-04-08", "'اليوم الثلاثاء' = Tue 8 Apr 2025"),
    ev("muscat-talks", "المحادثات بين الولايات المتحدة وإيران التي ستعقد في 12 أبريل (نيسان) في سلطنة عمان", TALKS, "'في 12 أبريل (نيسان)' = Sat 12 Apr 2025"),
    ev("trump-announces", "أعلن الرئيس الأميركي دونالد ترامب، الاثنين", TRUMP, "'الاثنين' before Tue 8 Apr 2025 = Mon 7 Apr"),
    ev("netanyahu-at-white-house", "خلال استقباله رئيس الوزراء الإسرائيلي بنيامين نتنياهو في البيت الأبيض", TRUMP, "the meeting of 'الاثنين' = Mon 7 Apr 2025"),
])
art(S, "https://iran-alyoum.com/%d8%a7%d9%84%d8%b3%d9%8a%d8%a7%d8%b3%d9%8a%d8%a9/%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%ae%d8%a7%d8%b1%d8%ac%d9%8a%d8%a9-%d8%a7%d9%84%d8%a7%d9%8a%d8%b1%d8%a7%d9%86%d9%8a-%d9%8a%d9%84%d8%aa%d9%82%d9%8a-%d9%86%d8%b8%d9%8a%d8%b1%d9%87-%d8%a7%d9%84-2",
    "2025-04-12", "the body's 'اليوم السبت 12 أبريل/نيسان' (kept; 12 Apr 2025 was a Saturday) and 'اليوم السبت 12 ابریل'; headline written from the URL slug (the stored text has none); the Quran verse of Baghaei's post and the last, truncated sentence on Trump dropped", True, """
وزير الخارجية الإيراني يلتقي نظيره العماني في مسقط
التقى وزير الخارجية عباس عراقجي نظيره العماني، وتبادل الجانبان الآراء بشأن الترتيبات الخاصة "بإجراء محادثات غير مباشرة مع الولايات المتحدة".
وأجرى "عراقجي"، الذي وصل إلى سلطنة عمان اليوم السبت 12 أبريل/نيسان لإجراء محادثات مع المبعوث الأمريكي الخاص، مشاورات مع وزير الخارجية العماني "بدر بن حمد بن حمود البوسعيدي" تناولت ترتيبات تنفيذ المحادثات غير المباشرة مع المبعوث الأمريكي.
ومن المقرر أن يعقد وزير الخارجية العماني لقاء مماثلا مع المبعوث الأمريكي الخاص إلى الشرق الأوسط "ستيف ويتكوف" وعلى جدول الأعمال نفسه.
ووصل عراقجي، اليوم السبت 12 ابریل، إلى العاصمة العمانية مسقط، يرافقه المتحدث باسم وزارة الخارجية إسماعيل بقائي، ومساعد وزير الخارجية للشؤون السياسية "مجيد تخت روانجي"، ومساعد وزير الخارجية للشؤون القانونية والدولية "كاظم غريب آبادي".
وكتب بقائي في حسابه على منصة "إكس" أن مجموعة من أكثر الزملاء خبرة تتجه برفقة وزير الخارجية إلى مسقط، "ونحن عازمون على توظيف كل قدراتنا لحماية قدرة إيران ومصالحها الوطنية".
""", [
    ev("araghchi-busaidi-meeting", "التقى وزير الخارجية عباس عراقجي نظيره العماني", TALKS, "no own expression; on his arrival of 'اليوم السبت 12 أبريل/نيسان' = Sat 12 Apr 2025"),
    ev("muscat-talks", "لإجراء محادثات مع المبعوث الأمريكي الخاص", TALKS, "the talks of Sat 12 Apr 2025 ('اليوم السبت 12 أبريل/نيسان')"),
    ev("busaidi-witkoff-meeting", "أن يعقد وزير الخارجية العماني لقاء مماثلا مع المبعوث الأمريكي", TALKS, "'من المقرر' later on Sat 12 Apr 2025"),
    ev("araghchi-arrives-muscat", "ووصل عراقجي، اليوم السبت 12 ابریل، إلى العاصمة العمانية مسقط", TALKS, "'اليوم السبت 12 ابریل' = Sat 12 Apr 2025"),
])
art(S, "https://ar.universnews.tn/%d8%a7%d9%84%d8%a8%d9%8a%d8%aa-%d8%a7%d9%84%d8%a3%d8%a8%d9%8a%d8%b6-%d8%a7%d9%84%d9%85%d8%ad%d8%a7%d8%af%d8%ab%d8%a7%d8%aa-%d9%85%d8%b9-%d8%a5%d9%8a%d8%b1%d8%a7%d9%86-%d8%ae%d8%b7%d9%88%d8%a9-%d9%84",
    "2025-04-12", "the body's 'اليوم السبت' (twice) for the talks in Oman, which were held on Sat 12 Apr 2025 (12 Apr 2025 was a Saturday), and the White House statement issued that evening; headline written from the URL slug (the stored text has none)", True, """
البيت الأبيض: المحادثات مع إيران خطوة للأمام
تونس - أونيفار نيوز - وصف البيت الأبيض المحادثات التي أجريت مع إيران، اليوم السبت، في سلطنة عمان بأنها «خطوة إلى الأمام»، مؤكدا أن النقاشات التي شارك فيها المبعوث الإقليمي للرئيس دونالد ترامب كانت «إيجابية وبناءة».
وقالت الرئاسة الأميركية في بيان: «هذه القضايا شديدة التعقيد، وكان التواصل المباشر مع المبعوث الخاص (ستيف) ويتكوف اليوم خطوة إلى الأمام نحو تحقيق نتيجة مفيدة للطرفين»، مضيفة أن الطرفين اتفقا على «الاجتماع مجددا السبت المقبل»، بحسب «فرانس برس».
في المقابل، أعلنت إيران أن الولايات المتحدة تسعى إلى اتفاق نووي «في أقرب وقت ممكن»، إثر مباحثات نادرة جرت اليوم السبت في عُمان، في حين يلوح الرئيس الأميركي بعمل عسكري إذا أخفقت مساعي التوصل إلى صفقة جديدة.
""", [
    ev("muscat-talks", "المحادثات التي أجريت مع إيران، اليوم السبت، في سلطنة عمان", TALKS, "'اليوم السبت' = Sat 12 Apr 2025"),
    ev("white-house-statement", "وقالت الرئاسة الأميركية في بيان", TALKS, "no own expression; the statement issued on the afternoon of Sat 12 Apr 2025 (its 'اليوم')"),
    ev("second-round", "اتفقا على «الاجتماع مجددا السبت المقبل»", ROUND2, "'السبت المقبل' after Sat 12 Apr 2025 = Sat 19 Apr"),
    ev("iran-says-us-wants-deal", "أعلنت إيران أن الولايات المتحدة تسعى إلى اتفاق نووي", TALKS, "after the talks of 'اليوم السبت' = Sat 12 Apr 2025"),
])
art(S, "https://basma.ps/AR-article-10517",
    "2025-04-14", "no date line in the stored text; the body's 'الاثنين' for Araghchi's call to Fuad Hussein, 'بعد أيام من انعقاد جولة أولى' (Sat 12 Apr) and the second round 'في 19 أبريل/ نيسان الجاري' give Mon 14 Apr 2025 (14 Apr 2025 was a Monday; the Iraqi ministry's statement came out that day); headline written from the body (the stored text has none); no date of its own in the text", False, """
عراقجي يعلن جولة ثانية من المباحثات مع واشنطن في روما برعاية عمانية
راديو بسمة - أعلن وزير الخارجية الإيراني عباس عراقجي، الاثنين، أن جولة ثانية من مباحثات بلاده مع الولايات المتحدة ستعقد "قريبا" في روما تحت رعاية سلطنة عمان، وذلك بعد أيام من انعقاد جولة أولى في السلطنة.
وجاء ذلك في اتصال هاتفي أجراه عراقجي مع نظيره العراقي فؤاد حسين، بحسب بيان للخارجية العراقية نشرته على موقعها الإلكتروني.
وكان البيت الأبيض قد أعلن في وقت سابق عن جولة ثانية تعقد في 19 أبريل/ نيسان الجاري، من دون أن يحدد مكانها.
وذكرت الخارجية العراقية أن "نائب رئيس مجلس الوزراء وزير الخارجية، فؤاد حسين، تلقى يوم الاثنين اتصالا هاتفيا من وزير الخارجية الإيراني عباس عراقجي".
""", [
    ev("araghchi-announces-rome", "أعلن وزير الخارجية الإيراني عباس عراقجي، الاثنين", "2025-04-14", "'الاثنين' after the first round of Sat 12 Apr 2025 = Mon 14 Apr"),
    ev("second-round", "أن جولة ثانية من مباحثات بلاده مع الولايات المتحدة ستعقد \"قريبا\" في روما", ROUND2, "'قريبا' = the second round in Rome on Sat 19 Apr 2025 (given later in the text)"),
    ev("muscat-talks", "وذلك بعد أيام من انعقاد جولة أولى في السلطنة", TALKS, "'بعد أيام' before Mon 14 Apr = the first round of Sat 12 Apr 2025"),
    ev("white-house-statement", "وكان البيت الأبيض قد أعلن في وقت سابق عن جولة ثانية", TALKS, "no own expression ('في وقت سابق'); the White House statement of Sat 12 Apr 2025 that announced the meeting of Sat 19 Apr"),
    ev("call-with-fuad-hussein", "تلقى يوم الاثنين اتصالا هاتفيا من وزير الخارجية الإيراني", "2025-04-14", "'يوم الاثنين' = Mon 14 Apr 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 386
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

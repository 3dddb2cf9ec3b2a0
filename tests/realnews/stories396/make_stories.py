"""Builds stories.jsonl: the 396-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Syria's provinces outside Damascus
(Deir ez-Zor, Hasakah, Raqqa, Daraa, Suwayda, Latakia, Tartus, Homs, Hama) in any domain.
Stories: the bombing of the Imam Ali bin Abi Talib mosque in Wadi al-Dhahab, Homs (December 2025), the clashes
between Arab tribal fighters and the SDF in Deir ez-Zor after the arrest of Abu Khawla (August 2023), the Israeli
strike on the container yard of Latakia port (December 2021), and the wildfires of the Ghab plain in western Hama
(August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-homs-wadi-al-dhahab-mosque-bombing-2025
S = "syria-homs-wadi-al-dhahab-mosque-bombing-2025"
BLAST = "2025-12-26"                       # the bombing of the Imam Ali bin Abi Talib mosque during Friday prayer, Fri 26 Dec 2025
FUNERAL = "2025-12-27"                     # the funeral of the victims in Homs, Sat 27 Dec 2025
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/12/26/2914622/%D8%AA%D9%86%D8%B8%D9%8A%D9%85-%D8%B3%D8%B1%D8%A7%D9%8A%D8%A7-%D8%A3%D9%86%D8%B5%D8%A7%D8%B1-%D8%A7%D9%84%D8%B3%D9%86%D8%A9-%D9%8A%D8%AA%D8%A8%D9%86%D9%89-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85-%D8%B9%D9%84%D9%89-%D9%85%D8%B3%D8%AC%D8%AF-%D9%81%D9%8A-%D8%AD%D9%85%D8%B5",
    "2025-12-26", "page time stamp '07:19 م 26/12/2025' (kept as second line; 26 Dec 2025 was a Friday), date in the URL '/2025/12/26/'; the body's 'اليوم الجمعة' agrees; the byline 'كتب : مصراوي', the photo caption, the credit 'وكالات' and the tag line dropped; headline kept from the page (reworded)", True, """
تنظيم "سرايا أنصار السنة" يعلن مسؤوليته عن الهجوم على مسجد في حمص
07:19 م 26/12/2025
أعلنت مجموعة "سرايا أنصار السنة" مسؤوليتها عن تفجير عبوات ناسفة داخل مسجد يقع في حي غالبية سكانه من العلويين في مدينة حمص، وهو التفجير الذي قالت السلطات السورية إنه أودى بحياة 8 أشخاص.
وجاء في بيان نشرته المجموعة عبر تطبيق "تيليجرام"، اليوم الجمعة: "فجر مقاتلو سرايا أنصار السنة بالتعاون مع أعضاء من جماعة أخرى عدداً من العبوات داخل مسجد علي بن أبي طالب التابع للنصيرية".
وتابعت المجموعة، التي سبق أن نفذت هجمات إرهابية عديدة داخل سوريا: "إن هجماتنا ستستمر في تزايد، وتطاول جميع الكفار والمرتدين".
وفي وقت سابق، استنكر أحمد موفق زيدان، مستشار الرئيس السوري للشؤون الإعلامية، الهجوم الذي طال المصلين اليوم الجمعة في مسجد "علي بن أبي طالب" بحمص، ووصفه بأنه "العمل الجبان والخسيس".
وشدد زيدان في حسابه على منصة "إكس" على أن هذا العمل "لن يُثني من عزيمة الدولة السورية في ملاحقة المرتكبين والمخططين".
""", [
    ev("claim-of-responsibility", "أعلنت مجموعة \"سرايا أنصار السنة\" مسؤوليتها", BLAST, "no own expression in the clause; the statement on Telegram 'اليوم الجمعة' = Fri 26 Dec 2025 (time stamp)"),
    ev("mosque-bombing", "تفجير عبوات ناسفة داخل مسجد يقع في حي", BLAST, "no own expression; the bombing during Friday prayer of Fri 26 Dec 2025 (the day of the page, 'اليوم الجمعة')"),
    ev("eight-killed", "قالت السلطات السورية إنه أودى بحياة 8 أشخاص", BLAST, "the deaths in the blast of Fri 26 Dec 2025"),
    ev("zaidan-condemnation", "استنكر أحمد موفق زيدان", BLAST, "'في وقت سابق' of the same report; 'الهجوم الذي طال المصلين اليوم الجمعة' = Fri 26 Dec 2025"),
])
art(S, "https://arabic.news.cn/20251226/4be96d60bbf4431b87420e47cd6a5624/c.html",
    "2025-12-26", "page stamp '2025-12-26 22:47:31|xhnews' (kept as second line without the feed tag) and dateline 'دمشق 26 ديسمبر 2025 (شينخوا)' (kept; 26 Dec 2025 was a Friday); date in the URL '/20251226/'; the body's 'اليوم (الجمعة)' agrees; the doubled headline kept once (reworded, 'يتبني' corrected); the last, truncated words of the quotation dropped", True, """
تنظيم "سرايا أنصار السنة" الداعشي يتبنى هجوم مسجد حمص وسط سوريا
2025-12-26 22:47:31
دمشق 26 ديسمبر 2025 (شينخوا) أعلن تنظيم "سرايا أنصار السنة" اليوم (الجمعة) تبنيه الهجوم على مسجد في حي وادي الذهب بمدينة حمص وسط سوريا، وهو تنظيم مسلح داعشي جديد يعادي الشيعة والعلويين في سوريا ويعتنق فكرا تكفيريا.
وورد في بيان نشره التنظيم عبر موقع ((اكس)): "فجر مجاهدو سرايا أنصار السنة، بالتعاون مع مجاهدين من جماعة أخرى، عددا من العبوات داخل معبد علي بن أبي طالب التابع للنصيرية، مما أدى لمقتل وإصابة 40 نصيريا"، على حد زعمه.
ونفى البيان ما تناقلته وسائل الإعلام من أن التفجير طال مسجدا لأهل السنة والجماعة، مشيرا إلى أن "هجمات التنظيم سوف تستمر في تزايد وتطال جميع الكفار والمرتدين"، بحسب تعبيره.
وكان 8 أشخاص قد لقوا حتفهم وأصيب 18 آخرون بجروح اليوم (الجمعة) إثر انفجار في مسجد بحي وادي الذهب في حمص وسط سوريا، وفقا للإعلام الرسمي السوري ومرصد حقوقي.
ونقلت وكالة الأنباء السورية الرسمية (سانا) عن مدير الإحالة والإسعاف والطوارئ في وزارة الصحة السورية نجيب النعسان إعلانه "ارتفاع عدد الضحايا جراء الانفجار في مسجد الإمام علي بن أبي طالب في حي وادي الذهب بحمص إلى 8 أشخاص، و18 مصاباً".
""", [
    ev("claim-of-responsibility", "أعلن تنظيم \"سرايا أنصار السنة\" اليوم (الجمعة) تبنيه", BLAST, "'اليوم (الجمعة)' = Fri 26 Dec 2025 (dateline)"),
    ev("claim-denial-sunni-mosque", "ونفى البيان ما تناقلته وسائل الإعلام", BLAST, "no own expression; the same statement of Fri 26 Dec 2025"),
    ev("eight-killed", "وكان 8 أشخاص قد لقوا حتفهم وأصيب 18 آخرون بجروح اليوم (الجمعة)", BLAST, "'اليوم (الجمعة)' = Fri 26 Dec 2025"),
    ev("mosque-bombing", "إثر انفجار في مسجد بحي وادي الذهب", BLAST, "the blast of 'اليوم (الجمعة)' = Fri 26 Dec 2025"),
    ev("health-ministry-toll", "ونقلت وكالة الأنباء السورية الرسمية (سانا) عن مدير الإحالة", BLAST, "no own expression; al-Naasan's toll of 8 dead and 18 wounded was issued on the afternoon of Fri 26 Dec 2025 (the other reports of that day)"),
])
art(S, "https://www.aljazeera.net/news/2025/12/27/%D8%AD%D9%85%D8%B5-%D8%AA%D8%B4%D9%8A%D8%B9-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%AA%D9%81%D8%AC%D9%8A%D8%B1-%D8%A7%D9%84%D9%85%D8%B3%D8%AC%D8%AF-%D9%88%D8%BA%D9%88%D8%AA%D9%8A%D8%B1%D9%8A%D8%B4",
    "2025-12-27", "date in the URL '/2025/12/27/' and the page stamp 'date 2025-12-27' (not part of the text; 27 Dec 2025 was a Saturday); the body's 'اليوم السبت' and 'أمس الجمعة' agree with the bombing of Fri 26 Dec; headline rendered from the URL slug without its last word (Guterres, whose statement is past the stored opening); no date of its own in the text", False, """
حمص تشيّع ضحايا تفجير المسجد
ودّع أهالي مدينة حمص اليوم السبت ضحايا التفجير الذي طال مسجد الإمام علي بن أبي طالب في حي وادي الذهب أمس، فدُفن 5 من الضحايا في مقبرة الفردوس، بينما نُقلت جثامين الباقين إلى مساقط رؤوسهم في مناطق أخرى.
وحضر التشييع المئات من أهالي حمص إلى جانب ممثلين رسميين وشعبيين، في ظل انتشار أمني كثيف.
ووفقا لوكالة الأنباء السورية (سانا)، قال إمام وخطيب مسجد علي بن أبي طالب، الشيخ محي الدين سلوم، في كلمة خلال مراسم التشييع، إن التفجير كان "محاولة يائسة من أعداء سوريا للنيل من وحدة الشعب السوري وزعزعة استقراره".
وأكد أيضا أن مثل هذه الأعمال لن تنال من إيمان السوريين بقوة السلم الأهلي، وأن الوحدة الوطنية تظل السلاح الأهم في التصدي لهذه الهجمات، على حد قوله.
وأمس الجمعة، ضرب تفجير مسجد الإمام علي بن أبي طالب في حي وادي الذهب، فقُتل 8 أشخاص وأصيب أكثر من 18 آخرين، ما أطلق موجة واسعة من الإدانات والاستنكار على المستويات العربية والإقليمية والدولية، في حين تتواصل التحقيقات لكشف المنفذ.
ونقلت (سانا) عن مصدر أمني أن التحقيقات الأولية تشير إلى أن الانفجار نتج عن عبوات ناسفة زُرعت داخل حرم المسجد.
""", [
    ev("funeral", "ودّع أهالي مدينة حمص اليوم السبت ضحايا التفجير", FUNERAL, "'اليوم السبت' = Sat 27 Dec 2025 (URL date)"),
    ev("burial-al-firdaws", "فدُفن 5 من الضحايا في مقبرة الفردوس", FUNERAL, "the burial during the funeral of 'اليوم السبت' = Sat 27 Dec 2025"),
    ev("imam-salloum-at-funeral", "قال إمام وخطيب مسجد علي بن أبي طالب، الشيخ محي الدين سلوم", FUNERAL, "'خلال مراسم التشييع' = Sat 27 Dec 2025"),
    ev("mosque-bombing", "وأمس الجمعة، ضرب تفجير مسجد الإمام علي بن أبي طالب", BLAST, "'أمس الجمعة' from Sat 27 Dec = Fri 26 Dec 2025"),
    ev("eight-killed", "فقُتل 8 أشخاص وأصيب أكثر من 18 آخرين", BLAST, "the deaths in the blast of 'أمس الجمعة' = Fri 26 Dec 2025"),
    ev("condemnations", "ما أطلق موجة واسعة من الإدانات والاستنكار", BLAST, "no own expression; the condemnations followed the blast on Fri 26 and went on into Sat 27 Dec 2025 (my span)", end="2025-12-28"),
])
art(S, "https://www.jpnews-sy.com/ar/news.php?id=246483",
    "2025-12-27", "page date line 'السبت, 27 كانون الأول 2025 الساعة 15:52' (kept as second line, the section tags 'مجتمع, أخبار المجتمع' dropped; 27 Dec 2025 was a Saturday); the body's 'صباح السبت 27 كانون الأول/ديسمبر 2025' agrees; headline kept from the page (reworded, given once); the last, truncated sentence dropped", True, """
أهالي حمص يشيّعون شهداء التفجير الإرهابي ويؤكدون رفضهم للفتنة الطائفية
السبت, 27 كانون الأول 2025 الساعة 15:52
أقيمت في مدينة حمص اليوم السبت مراسم تشييع شهداء التفجير الإرهابي الذي طال جامع الإمام علي بن أبي طالب في حي وادي الذهب، بحضور رسمي وشعبي واسع، وكان 8 أشخاص قد قضوا وأصيب 18 آخرون في أثناء صلاة الجمعة.
وجرت مراسم التشييع صباح السبت 27 كانون الأول/ديسمبر 2025 في مدينة حمص، بعد يوم واحد من التفجير الذي وقع خلال صلاة الجمعة داخل جامع الإمام علي بن أبي طالب في حي وادي الذهب.
وبحسب مصادر إعلامية، وُوري خمسة شهداء الثرى في مقبرة الفردوس بحمص، ونُقل جثمان إلى قرية خربة غازي، وآخر إلى تل حوش في تلكلخ، بينما نُقل أحد الضحايا إلى بلدته الميادين في دير الزور نزولا عند رغبة عائلته.
وحضر التشييع مسؤولون رسميون ورجال دين وأهالي الضحايا، إلى جانب حشود شعبية كبيرة أعلنت رفضها لمحاولات بث الفتنة الطائفية.
وأمّ الشيخ محي الدين سلوم صلاة الجنازة، مشددا على وجوب درء الفتنة والتمسك بالوحدة الوطنية في مواجهة الإرهاب.
""", [
    ev("funeral", "أقيمت في مدينة حمص اليوم السبت مراسم تشييع", FUNERAL, "'اليوم السبت' = Sat 27 Dec 2025 (date line)"),
    ev("eight-killed", "وكان 8 أشخاص قد قضوا وأصيب 18 آخرون", BLAST, "'في أثناء صلاة الجمعة' = Fri 26 Dec 2025"),
    ev("mosque-bombing", "من التفجير الذي وقع خلال صلاة الجمعة", BLAST, "'بعد يوم واحد من التفجير' before Sat 27 = Fri 26 Dec 2025"),
    ev("burial-al-firdaws", "وُوري خمسة شهداء الثرى في مقبرة الفردوس", FUNERAL, "the burial at the funeral of 'صباح السبت 27 كانون الأول/ديسمبر 2025'"),
    ev("imam-salloum-at-funeral", "وأمّ الشيخ محي الدين سلوم صلاة الجنازة", FUNERAL, "the funeral prayer of Sat 27 Dec 2025"),
])

# ---------------------------------------------------------------- syria-deir-ezzor-tribes-sdf-clashes-2023
S = "syria-deir-ezzor-tribes-sdf-clashes-2023"
ARREST = "2023-08-27"                      # the SDF detained Ahmad al-Khabil (Abu Khawla) in Hasakah on Sun 27 Aug 2023 and launched "تعزيز الأمن"
AZBA = "2023-08-30"                        # the SDF took al-Azba completely on Wed 30 Aug 2023
art(S, "https://thenewkhalij.news/article/302032/28-%D9%82%D8%AA%D9%8A%D9%84%D8%A7-%D9%81%D9%8A-%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D8%A8%D9%8A%D9%86-%D9%82%D8%A8%D8%A7%D8%A6%D9%84-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D9%88%D8%A3%D9%83%D8%B1%D8%A7%D8%AF-%D9%81%D9%8A-%D8%B4%D8%B1%D9%82-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
    "2023-08-30", "page date line 'الأربعاء 30 أغسطس 2023 09:38 ص' (kept as second line; 30 Aug 2023 was a Wednesday); the body's 'الأربعاء' and 'يوم الأحد الماضي' agree; headline kept from the page (reworded); the last, truncated words of the toll dropped", True, """
حصيلة اشتباكات "قسد" والقبائل العربية في سوريا ترتفع إلى 28 قتيلا
الأربعاء 30 أغسطس 2023 09:38 ص
بلغت حصيلة المواجهات بين مقاتلين من قبائل عربية وأكراد سوريين تدعمهم الولايات المتحدة في شرق سوريا 28 قتيلا و15 جريحا.
وبحسب ما نشره المرصد السوري لحقوق الإنسان، الأربعاء، فإن "قوات سوريا الديمقراطية (قسد) بسطت سيطرتها الكاملة على بلدة العزبة في ريف دير الزور إثر اشتباكات عنيفة مع قوات مجلس دير الزور العسكري ومسلحين عشائريين، وأمهلت المسلحين للاستسلام ومغادرة البلدة".
وأوضح المرصد أن المعارك أسفرت عن مقتل ثلاثة من المسلحين واعتقال 16 منهم، في حين فرّ الباقون إلى خارج البلدة، وأن سائر المناطق التي دارت فيها اشتباكات خلال الساعات الماضية يسودها الهدوء، بينما باشرت قوات سوريا الديمقراطية حملة تمشيط في بلدة المعيزيلة بريف دير الزور.
ولفت المرصد إلى أن مسلحين ومجلس دير الزور العسكري استهدفوا سيارتين تابعتين لقوات سوريا الديمقراطية عند أطراف بلدة ضمان في ريف دير الزور الشمالي.
ووفقا للمرصد، يصل بذلك عدد ضحايا الاشتباكات منذ انطلاقها يوم الأحد الماضي إلى 28 قتيلا (ثلاثة مدنيين، و19 مسلحا عشائريا، وستة عناصر من قسد).
""", [
    ev("toll-28-killed", "بلغت حصيلة المواجهات بين مقاتلين من قبائل عربية", ARREST, "the toll of 28 dead counted 'منذ انطلاقها يوم الأحد الماضي' = from Sun 27 Aug up to the report of Wed 30 Aug 2023", end="2023-08-31"),
    ev("azba-taken", "بسطت سيطرتها الكاملة على بلدة العزبة", AZBA, "the Observatory's report of 'الأربعاء' = Wed 30 Aug 2023 (date line)"),
    ev("azba-fighters-killed-arrested", "أسفرت عن مقتل ثلاثة من المسلحين واعتقال 16 منهم", AZBA, "the fighting for al-Azba reported on Wed 30 Aug 2023 (my day; it may have run from the night before)"),
    ev("mueizila-sweep", "باشرت قوات سوريا الديمقراطية حملة تمشيط في بلدة المعيزيلة", AZBA, "no own expression; the sweep begun by the report of Wed 30 Aug 2023"),
    ev("dhaman-cars-targeted", "استهدفوا سيارتين تابعتين لقوات سوريا الديمقراطية", "2023-08-29", "no own expression; an attack shortly before the report of Wed 30 Aug 2023 (my span Tue 29 - Wed 30)", end="2023-08-31"),
    ev("clashes-begin", "منذ انطلاقها يوم الأحد الماضي", ARREST, "'يوم الأحد الماضي' from Wed 30 Aug = Sun 27 Aug 2023"),
])
art(S, "https://arabicpost.net/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2023/08/30/%D9%82%D9%88%D8%A7%D8%AA-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D9%84%D8%AF%D9%8A%D9%85%D9%82%D8%B1%D8%A7%D8%B7%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%B4%D8%A7%D8%A6%D8%B1",
    "2023-08-30", "date in the URL '/2023/08/30/' (30 Aug 2023 was a Wednesday); the body's 'مساء الثلاثاء 29 أغسطس/آب 2023' is the evening before; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
مقتل 25 في اشتباكات بين "قسد" ومسلحين عشائريين بريف دير الزور
لقي 25 شخصاً حتفهم، من بينهم 6 عناصر من قوات سوريا الديمقراطية "قسد"، في مواجهات بريف دير الزور مع مسلحين عشائريين، بحسب ما أفاد المرصد السوري لحقوق الإنسان. وكانت هذه الاشتباكات قد اندلعت على خلفية اعتقال "قسد" قائد مجلس دير الزور العسكري وقادة عسكريين آخرين.
وقال المرصد: "قتل 3 عناصر من قوات سوريا الديمقراطية، مساء الثلاثاء 29 أغسطس/آب 2023، في بلدتي العزبة والحريجية بريف دير الزور، خلال الاشتباكات المستمرة مع مسلحين عشائريين من مجلس دير الزور العسكري".
وبالتزامن مع استمرار الاشتباكات في عدة مناطق، استهدف عناصر من قوات سوريا الديمقراطية سيارتين لميليشيا الدفاع الوطني عند معبر الصالحية، وفُجّرت إحداهما. وسجل المرصد خروج المدنيين من الأحياء السكنية في بلدة العزبة عقب الاشتباكات.
في المقابل، نقلت وكالة الأناضول عن مصادر أن قرى تل فدين ودرينج والعزبة وأبو حمام ومنطقة المعامل تشهد اشتباكات بين التنظيم والمجلس العسكري، إذ هاجم عناصر المجلس نقاط التنظيم وحواجزه.
وبيّنت المصادر أن سكان المنطقة يساندون عناصر المجلس، بينما قطع السكان الطرق في ريفي دير الزور الشمالي والغربي.
""", [
    ev("toll-25-killed", "لقي 25 شخصاً حتفهم", ARREST, "no own expression; the toll since the start of the clashes on Sun 27 Aug up to the report of Wed 30 Aug 2023 (my span)", end="2023-08-31"),
    ev("clashes-begin", "وكانت هذه الاشتباكات قد اندلعت على خلفية اعتقال", ARREST, "no own expression; the clashes broke out after the arrest on Sun 27 Aug 2023 (thenewkhalij 'يوم الأحد الماضي')"),
    ev("abu-khawla-arrest", "اعتقال \"قسد\" قائد مجلس دير الزور العسكري", ARREST, "no own expression; the arrest of Ahmad al-Khabil in Hasakah on Sun 27 Aug 2023 (aljazeeramubasher 'يوم الأحد الماضي')"),
    ev("three-sdf-killed-azba", "قتل 3 عناصر من قوات سوريا الديمقراطية، مساء الثلاثاء 29 أغسطس/آب 2023", "2023-08-29", "'مساء الثلاثاء 29 أغسطس/آب 2023' = Tue 29 Aug 2023"),
    ev("salihiya-cars-targeted", "استهدف عناصر من قوات سوريا الديمقراطية سيارتين لميليشيا الدفاع الوطني", "2023-08-29", "'بالتزامن' with the fighting of Tue 29 Aug 2023 (my span Tue 29 - Wed 30)", end="2023-08-31"),
    ev("azba-civilians-flee", "خروج المدنيين من الأحياء السكنية في بلدة العزبة", "2023-08-29", "no own expression; the flight from al-Azba on Tue 29 Aug 2023 (alaraby 29 Aug: 'حركة نزوح كبيرة')"),
])
art(S, "https://syriacpress.com/ar/2023/08/31/%D9%82%D8%B3%D8%AF-%D8%AA%D9%86%D8%B4%D8%B1-%D8%A8%D9%8A%D8%A7%D9%86%D8%A7-%D8%A8%D8%AE%D8%B5%D9%88%D8%B5-%D8%A2%D8%AE%D8%B1-%D8%A7%D9%84%D8%AA%D8%B7%D9%88%D8%B1%D8%A7%D8%AA-%D9%81%D9%8A-%D8%AF%D9%8A/",
    "2023-08-31", "date in the URL '/ar/2023/08/31/' (31 Aug 2023 was a Thursday); the SDF statement it reports (al-Shuhayl clash, al-Khabil's dismissal) is of Wed 30 Aug; headline kept from the page (reworded); the last, truncated words of the dismissal sentence dropped; no date of its own in the text", False, """
"قسد" تصدر بيانا حول آخر المستجدات في دير الزور
بالنظر إلى ما شهدته منطقة دير الزور من عمليات إرهابية نفذتها خلايا تنظيم "داعش" الإرهابي ضد السكان الآمنين ووجهاء المنطقة والقوات الأمنية، وبناء على التواصل الدائم بين القيادة العامة لقوات سوريا الديمقراطية ووجهاء العشائر وشيوخها، أطلقت "قسد" عملية "تعزيز الأمن".
وفي هذا الإطار، نشر المركز الإعلامي لقوات سوريا الديمقراطية على موقعه الرسمي بيانا بشأن التطورات في بلدة "الشحيل" بدير الزور، أكد فيه أن عملية "تعزيز الأمن" الهادفة إلى ملاحقة عناصر خلايا تنظيم "داعش" الإرهابي تمضي وفق الخطة والأهداف المرسومة لها.
وذكرت "قسد" أن مجموعة من المسلحين اعترضت دورية تابعة لها في بلدة "الشحيل" بريف "دير الزور"، فاندلعت اشتباكات بين الطرفين قُتل فيها أحد مقاتلي "قسد" واثنان من المدنيين.
وفي السياق ذاته، قبضت قوات سوريا الديمقراطية على أحد عشر مرتزقاً من خلايا "داعش" وعشرة من مروجي المخدرات وتجارها، وقتلت ثلاثة مهاجمين.
من جانبه، قرر المجلس العسكري لمجلس دير الزور، بموافقة المجلس العسكري لقوّات سوريا الديمقراطية، عزل "أحمد الخبيل" من مهامه في قيادة المجلس.
""", [
    ev("security-operation-launched", "أطلقت \"قسد\" عملية \"تعزيز الأمن\"", ARREST, "no own expression; the operation was launched on Sun 27 Aug 2023 (inforum-jollanar 'التي أطلقتها الأحد الماضي')"),
    ev("shuhayl-patrol-clash", "اعترضت دورية تابعة لها في بلدة \"الشحيل\"", "2023-08-29", "no own expression; a clash shortly before the SDF statement of Wed 30 Aug 2023 (my span Tue 29 - Wed 30)", end="2023-08-31"),
    ev("sdf-arrests-isis-cells", "قبضت قوات سوريا الديمقراطية على أحد عشر مرتزقاً", ARREST, "no own expression; arrests during the operation since Sun 27 Aug, up to the statement of Wed 30 Aug 2023 (my span)", end="2023-08-31"),
    ev("khabil-dismissed", "عزل \"أحمد الخبيل\" من مهامه في قيادة المجلس", AZBA, "no own expression; the dismissal was announced in the SDF statement of Wed 30 Aug 2023, reported here on Thu 31 Aug (my span 30-31 Aug)", end="2023-09-01"),
])
art(S, "https://www.aljazeeramubasher.net/news/2023/9/1/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%B9%D8%B4%D8%A7%D8%A6%D8%B1?traffic_source=rss",
    "2023-09-01", "date in the URL '/news/2023/9/1/' (1 Sep 2023 was a Friday); the body's 'يوم الأحد الماضي' (Sun 27 Aug) and 'لليوم الرابع على التوالي' agree; headline rendered from the URL slug (the stored text has none); the embedded English tweet of the US embassy (dated August 31, 2023) rendered as one reported sentence; no date of its own in the text", False, """
سوريا.. استمرار الاشتباكات بين العشائر العربية و"قسد" في دير الزور
تواصلت لليوم الرابع على التوالي الاشتباكات بين مقاتلي العشائر العربية ومجلس دير الزور العسكري من جانب وما تعرف بـ"قوات سوريا الديمقراطية -قسد" من جانب آخر، في مناطق متفرقة من دير الزور.
ويأتي ذلك عقب اعتقال قوات سوريا الديمقراطية قائد مجلس دير الزور وقادة عسكريين آخرين يوم الأحد الماضي. وتناقلت حسابات على مواقع التواصل مقاطع مصورة قيل إنها لاشتباكات بين العشائر العربية وقسد في محيط دير الزور.
ووفقا لهذه المقاطع، التي تحققت الجزيرة مباشر من صحتها، دمّرت قوات العشائر العربية مركبات مدرعة تابعة لقوات سوريا الديمقراطية، وسيطرت على قرى وحواجز أمنية.
في المقابل، دعت واشنطن إلى وقف الاقتتال في شرق سوريا بين قسد -المدعومة أمريكيًا- والعشائر العربية الرافضة لها.
وقالت السفارة الأمريكية في سوريا إن الولايات المتحدة قلقة للغاية من أعمال العنف الأخيرة في دير الزور، بما فيها سقوط قتلى، ودعت جميع الأطراف إلى خفض التصعيد وحل الوضع سلميا.
""", [
    ev("clashes-continue-fourth-day", "تواصلت لليوم الرابع على التوالي الاشتباكات", "2023-08-31", "'لليوم الرابع على التوالي' counted from the first big clashes of Mon 28 Aug = Thu 31 Aug, up to the report of Fri 1 Sep 2023 (my span)", end="2023-09-02"),
    ev("abu-khawla-arrest", "اعتقال قوات سوريا الديمقراطية قائد مجلس دير الزور", ARREST, "'يوم الأحد الماضي' from Fri 1 Sep = Sun 27 Aug 2023"),
    ev("tribes-take-villages", "وسيطرت على قرى وحواجز أمنية", "2023-08-28", "no own expression; gains shown in videos of the clashes of Mon 28 Aug - Fri 1 Sep 2023 (my span)", end="2023-09-02"),
    ev("us-calls-de-escalation", "دعت واشنطن إلى وقف الاقتتال في شرق سوريا", "2023-08-31", "no own expression; the US embassy's tweet dated August 31, 2023 (dropped from the text)"),
])

# ---------------------------------------------------------------- syria-latakia-port-containers-strike-dec-2021
S = "syria-latakia-port-containers-strike-dec-2021"
STRIKE = "2021-12-28"                      # the Israeli missile strike on the container yard of Latakia port, about 03:21 on Tue 28 Dec 2021
FIRST = "2021-12-07"                       # the first strike on the same yard, Tue 7 Dec 2021
art(S, "https://mubasher.aljazeera.net/news/politics/2021/12/28/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%82%D8%B5%D9%81-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A-%D9%8A%D8%B3%D8%AA%D9%87%D8%AF%D9%81-%D9%85%D9%8A%D9%86%D8%A7%D8%A1",
    "2021-12-28", "date in the URL '/2021/12/28/' (28 Dec 2021 was a Tuesday); the body's 'فجر اليوم الثلاثاء' agrees; headline kept from the page (reworded, the '(فيديو)' tag and the photo caption dropped); the last sentence, cut in the stored page after 'ساحة الحاو', completed with the obvious word", True, """
قصف إسرائيلي يضرب ميناء اللاذقية التجاري غربي سوريا ويوقع خسائر كبيرة
أفادت وكالة الأنباء السورية (سانا) بأن طائرات الجيش الإسرائيلي شنت، فجر اليوم الثلاثاء، هجومًا صاروخيًّا على ميناء اللاذقية التجاري الحيوي غربي البلاد، ما ألحق أضرارا مادية كبيرة.
ونقلت الوكالة الرسمية عن مصدر عسكري أن "العدو الإسرائيلي نفّذ فجر اليوم عدوانًا جويًّا برشقات من الصواريخ من عمق البحر المتوسط غرب مدينة اللاذقية، مستهدفًا ساحة الحاويات بالميناء التجاري في اللاذقية".
ولفت المصدر إلى أن "العدوان الإسرائيلي أدى إلى اشتعال الحرائق في المكان وحدوث أضرار مادية كبيرة، ولا يزال العمل مستمرًا لإطفاء الحرائق وتدقيق نتائج العدوان".
وذكر قائد فوج إطفاء اللاذقية أن الفرق مستمرة في إخماد النيران المشتعلة في ساحة الحاويات بالميناء من جراء القصف الإسرائيلي، موضحا أن الحاويات المستهدفة تحوي زيوتا وقطع غيار للآليات والسيارات.
وبيّنت الوكالة أن مستشفى الندى وعددا من المباني والمحال التجارية المحيطة بالمرفأ لحقت بها أضرار بسبب القصف الإسرائيلي.
وكان الجيش الإسرائيلي قد شنّ في السابع من الشهر الجاري قصفًا صاروخيًّا استهدف ساحة الحاويات.
""", [
    ev("port-strike", "شنت، فجر اليوم الثلاثاء، هجومًا صاروخيًّا على ميناء اللاذقية", STRIKE, "'فجر اليوم الثلاثاء' = Tue 28 Dec 2021 (URL date)"),
    ev("container-fires", "أدى إلى اشتعال الحرائق في المكان", STRIKE, "the fires set by the strike of 'فجر اليوم' = Tue 28 Dec 2021"),
    ev("firefighting", "الفرق مستمرة في إخماد النيران المشتعلة في ساحة الحاويات", STRIKE, "no own expression; the firefighting on the morning of Tue 28 Dec 2021"),
    ev("hospital-and-shops-damaged", "مستشفى الندى وعددا من المباني والمحال التجارية", STRIKE, "damage from the strike of Tue 28 Dec 2021"),
    ev("first-strike-dec-7", "قد شنّ في السابع من الشهر الجاري قصفًا صاروخيًّا", FIRST, "'في السابع من الشهر الجاري' in Dec 2021 = Tue 7 Dec 2021"),
])
art(S, "https://souriapost.com/archives/9578",
    "2021-12-28", "no date line in the stored text; the body's 'عند الساعة 3:21 فجر اليوم الثلاثاء' with the known strike of Tue 28 Dec 2021 (and '7 كانون الأول الجاري', 'للمرة الثانية خلال أقل من شهر') gives Tue 28 Dec 2021; headline written from the body (the stored text has none); no date of its own in the text", False, """
غارة يُرجّح أنها إسرائيلية تضرب ميناء اللاذقية للمرة الثانية خلال أقل من شهر
نفذت طائرات حربية يُعتقد أنها إسرائيلية غارة على ميناء اللاذقية في الساحل السوري، للمرة الثانية خلال أقل من شهر.
وأفادت وكالة أنباء النظام السوري سانا بأن ساحة الحاويات في ميناء اللاذقية تعرضت لرشقات صاروخية أُطلقت من عمق البحر المتوسط غرب المدينة، عند الساعة 3:21 فجر اليوم الثلاثاء.
ولفتت سانا إلى أن القصف تسبب باشتعال الحرائق في المكان ووقوع أضرار مادية كبيرة، في حين تناقل ناشطون مقطعا مصورا تظهر فيه ألسنة اللهب متصاعدة من الميناء.
وصرح قائد فوج إطفاء اللاذقية مهند جعفر لوكالة سانا بأن الحاويات المستهدفة كانت تحوي زيوتا وقطع غيار الآليات والسيارات.
ويُذكر أن ميناء اللاذقية تعرض في 7 كانون الأول الجاري لاستهداف مماثل تسبب في اندلاع حريق في ساحة الحاويات، من دون سقوط ضحايا.
وكثيرا ما تستهدف تل أبيب مواقع داخل سوريا سعيا إلى الحد من النفوذ الإيراني في البلاد، لكنها نادرا ما تعلن رسميا عن تلك الهجمات.
""", [
    ev("port-strike", "نفذت طائرات حربية يُعتقد أنها إسرائيلية غارة على ميناء اللاذقية", STRIKE, "'عند الساعة 3:21 فجر اليوم الثلاثاء' = Tue 28 Dec 2021"),
    ev("container-fires", "القصف تسبب باشتعال الحرائق في المكان", STRIKE, "the fires set by the strike of Tue 28 Dec 2021"),
    ev("jaafar-statement-contents", "وصرح قائد فوج إطفاء اللاذقية مهند جعفر لوكالة سانا", STRIKE, "no own expression; Jaafar spoke to SANA on the morning of Tue 28 Dec 2021 (mubasher of the same day)"),
    ev("first-strike-dec-7", "تعرض في 7 كانون الأول الجاري لاستهداف مماثل", FIRST, "'7 كانون الأول الجاري' = Tue 7 Dec 2021"),
])
art(S, "https://akhbaralyom-ye.net/news_details.php?lng=arabic&sid=143225",
    "2021-12-29", "page stamp '2021-12-29 12:47:00 أخبار اليوم/وكالات' (the time stamp kept as second line, the credit dropped; 29 Dec 2021 was a Wednesday); the body's 'أمس الثلاثاء' agrees; headline kept from the page (reworded); the last, cut words dropped", True, """
سوريا: غارات إسرائيلية عنيفة على ميناء اللاذقية ومقتل شخصين
2021-12-29 12:47:00
ذكرت مصادر سورية، أمس الثلاثاء، أن شخصين قُتلا وأصيب اثنان آخران بجروح خطيرة في قصف صاروخي إسرائيلي طال ميناء اللاذقية.
وأوضحت المصادر، المقربة من قوات النظام السوري، أن الضحايا من عمال الميناء.
وروى سكان محليون في اللاذقية أن "ألسنة النيران شوهدت تندلع وسط الميناء من على مسافات بعيدة، قبل أن تنجح فرق الإطفاء بإخمادها بعد نحو ساعة من القصف".
وكانت وسائل الإعلام الرسمية التابعة للنظام السوري قد أعلنت أن "عدوانا" صاروخيا إسرائيليا طال ساحة الحاويات في مرفأ اللاذقية وتسبب في نشوب حرائق وأضرار مادية كبيرة.
وأضافت أن الهجوم، وهو الثاني من نوعه في ديسمبر/ كانون الأول، ألحق أضرارا بواجهة مستشفى وببعض المباني السكنية والمحلات.
وقالت وزارة الدفاع في بيان إن الهجوم "أدى إلى اشتعال الحرائق في المكان وحدوث أضرار مادية كبيرة، ولا يزال العمل مستمرا لإطفاء الحرائق وتدقيق نتائج العدوان".
وتشن إسرائيل بين حين وآخر هجمات على ما تصفه بأهداف إيرانية في سوريا، حيث أرسلت جماعة حزب الله اللبنانية بعض مقاتليها على مدى السنوات العشر الماضية لدعم رئيس النظام السوري بشار الأسد في الحرب.
""", [
    ev("port-workers-killed", "أن شخصين قُتلا وأصيب اثنان آخران بجروح خطيرة", STRIKE, "the deaths in the strike reported 'أمس الثلاثاء' = Tue 28 Dec 2021"),
    ev("fires-put-out", "قبل أن تنجح فرق الإطفاء بإخمادها بعد نحو ساعة من القصف", STRIKE, "'بعد نحو ساعة من القصف' of dawn on Tue 28 Dec 2021"),
    ev("port-strike", "صاروخيا إسرائيليا طال ساحة الحاويات في مرفأ اللاذقية", STRIKE, "no own expression; the strike of Tue 28 Dec 2021 ('أمس الثلاثاء' from Wed 29)"),
    ev("hospital-and-shops-damaged", "ألحق أضرارا بواجهة مستشفى", STRIKE, "damage from the strike of Tue 28 Dec 2021"),
    ev("container-fires", "أدى إلى اشتعال الحرائق في المكان", STRIKE, "the fires set by the strike of Tue 28 Dec 2021"),
])
art(S, "https://aawsat.com/home/article/3383836/%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84-%D8%AA%D9%82%D8%B5%D9%81-%C2%AB%D8%AD%D8%A7%D9%88%D9%8A%D8%A7%D8%AA-%D8%A3%D8%B3%D9%84%D8%AD%D8%A9%C2%BB-%D9%81%D9%8A-%D9%85%D8%B1%D9%81%D8%A3-%D8%A7%D9%84%D9%84%D8%A7%D8%B0%D9%82%D9%8A%D8%A9",
    "2021-12-29", "no date line in the stored text; the body's 'أمس (الثلاثاء)' for the known strike of Tue 28 Dec 2021 gives Wed 29 Dec 2021 (the paper's edition of that day); headline rendered from the URL slug; the last, truncated sentence of the governor dropped; no date of its own in the text", False, """
إسرائيل تقصف «حاويات أسلحة» في مرفأ اللاذقية
ذكرت وسائل إعلام رسمية سورية، أمس (الثلاثاء)، أن إسرائيل شنت ضربات على مرفأ اللاذقية غرب البلاد، تسببت في نشوب حرائق في منطقة تخزين الحاويات وإلحاق أضرار بمبانٍ مجاورة، في ثاني هجوم يطال المرفأ هذا الشهر. وفيما امتنعت إسرائيل عن التعليق على القصف، أفاد «المرصد السوري لحقوق الإنسان» بأن «صواريخ إسرائيلية» ضربت «حاويات تضم أسلحة وذخائر في مرفأ مدينة اللاذقية»، مخلّفة «خسائر مادية كبيرة»، ولفت إلى أن هذه الضربة هي الـ29 التي توجهها إسرائيل إلى سوريا خلال عام 2021.
وكانت ضربة إسرائيلية سابقة في السابع من الشهر الحالي قد طالت شحنة أسلحة إيرانية مخزّنة في ساحة الحاويات بميناء اللاذقية، وفق ما أفاد «المرصد السوري» آنذاك، دون تسجيل خسائر بشرية.
ونقلت وكالة الأنباء السورية «سانا» الرسمية عن محافظ اللاذقية المهندس عامر إسماعيل هلال قوله إن «فرق الإطفاء تمكنت من السيطرة على الحرائق التي اندلعت في ساحة الحاويات بمرفأ اللاذقية التجاري جراء عدوان الاحتلال الإسرائيلي عليها وبدأت أعمال المراقبة والتبريد».
""", [
    ev("port-strike", "أن إسرائيل شنت ضربات على مرفأ اللاذقية غرب البلاد", STRIKE, "'أمس (الثلاثاء)' from Wed 29 = Tue 28 Dec 2021"),
    ev("container-fires", "تسببت في نشوب حرائق في منطقة تخزين الحاويات", STRIKE, "the fires set by the strike of Tue 28 Dec 2021"),
    ev("israeli-strikes-2021", "هذه الضربة هي الـ29 التي توجهها إسرائيل إلى سوريا خلال عام 2021", "2021-01-01", "'خلال عام 2021' = the year 2021 up to this strike of Tue 28 Dec (my span)", end=("2021-12-29")),
    ev("first-strike-dec-7", "في السابع من الشهر الحالي قد طالت شحنة أسلحة إيرانية", FIRST, "'في السابع من الشهر الحالي' in Dec 2021 = Tue 7 Dec 2021"),
    ev("fires-put-out", "«فرق الإطفاء تمكنت من السيطرة على الحرائق", STRIKE, "no own expression; the governor's statement on the morning of Tue 28 Dec 2021, when the fires were brought under control"),
])

# ---------------------------------------------------------------- syria-hama-ghab-wildfires-aug-2025
S = "syria-hama-ghab-wildfires-aug-2025"
SHATHA = "2025-08-15"                      # the fire reached the homes of Shatha and people fled, Fri 15 Aug 2025
OUT = "2025-08-17"                         # minister Raed al-Saleh announced all fires of western Hama put out, Sun 17 Aug 2025
art(S, "https://www.enabbaladi.net/769506/%d8%ad%d8%b1%d8%a7%d8%a6%d9%82-%d8%ad%d9%85%d8%a7%d8%a9-%d8%aa%d9%82%d8%aa%d8%b1%d8%a8-%d9%85%d9%86-%d9%85%d9%86%d8%a7%d8%b2%d9%84-%d8%a7%d9%84%d8%b3%d9%83%d8%a7%d9%86-%d9%81%d9%8a-%d8%b4%d8%b7%d8%ad",
    "2025-08-15", "the body's 'اليوم، الجمعة 15 من آب' (kept; 15 Aug 2025 was a Friday) and 'اليوم، الجمعة'; the photo caption dated '14 آب 2025' dropped; headline rendered from the URL slug (the stored text has none); the last, truncated sentence dropped", True, """
حرائق حماة تقترب من منازل السكان في شطحة
نزح سكان من بلدة شطحة والتجمعات السكنية القريبة منها في سهل الغاب بريف حماة، اليوم، الجمعة 15 من آب، فرارا من النيران التي دنت من منازلهم.
وسُجلت في تلك المناطق عدة حالات اختناق وهلع بين السكان، وفق ما صرح به لعنب بلدي مسؤول برنامج البحث والإنقاذ والإطفاء في الدفاع المدني السوري، إبراهيم الحسين، الذي أكد أن أيا من هذه الحالات ليس خطرا.
وتنتشر عشرات من فرق الإطفاء التابعة للدفاع المدني السوري وفوج الإطفاء الحرجي، وتعمل دون توقف على السيطرة على حرائق حرجية نشبت في ريفي حماة واللاذقية.
وتتواصل الحرائق لليوم السادس على التوالي، في حين تواجه فرق الدفاع المدني صعوبة في الإحاطة بها بسبب وعورة التضاريس في محافظتي حماة واللاذقية.
في المقابل، تمكنت فرق الإطفاء والدفاع المدني اليوم، الجمعة، من السيطرة على بؤر نيران جديدة في منطقتي أبو قبيس وعين حلاقين، بحسب الحسين.
وبحسب المسؤول في الدفاع المدني، عادت النيران إلى الاشتعال على طريق بيت ياشوط وفي عناب وشطحة، إذ دنت من منازل السكان في شطحة.
""", [
    ev("shatha-evacuation", "نزح سكان من بلدة شطحة والتجمعات السكنية القريبة منها", SHATHA, "'اليوم، الجمعة 15 من آب' = Fri 15 Aug 2025"),
    ev("suffocation-cases", "وسُجلت في تلك المناطق عدة حالات اختناق وهلع", SHATHA, "no own expression; the cases of the flight of Fri 15 Aug 2025"),
    ev("fires-sixth-day", "وتتواصل الحرائق لليوم السادس على التوالي", "2025-08-10", "'لليوم السادس على التوالي' on Fri 15 Aug = since Sun 10 Aug 2025 (fires of Hama and Latakia together; my span up to the report)", end="2025-08-16"),
    ev("abu-qubais-hotspots-controlled", "من السيطرة على بؤر نيران جديدة في منطقتي أبو قبيس وعين حلاقين", SHATHA, "'اليوم، الجمعة' = Fri 15 Aug 2025"),
    ev("fires-rekindle", "عادت النيران إلى الاشتعال على طريق بيت ياشوط", SHATHA, "no own expression; the rekindling reported on Fri 15 Aug 2025 (my day)"),
])
art(S, "https://www.sana.sy/?p=2262434",
    "2025-08-15", "page stamp 'date 2025-08-15' (not part of the text; 15 Aug 2025 was a Friday); the minister's tour 'اليوم' agrees with ahdathalalam (al-Araby al-Jadeed, '15 اغسطس 2025': 'أعلن ... الصالح، الجمعة'); the dateline 'حماة-سانا' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
وزير الطوارئ يتفقد عمليات إخماد حرائق ريف حماة الغربي
تفقد وزير الطوارئ وإدارة الكوارث رائد الصالح اليوم سير عمليات إخماد الحرائق المشتعلة في ريف حماة الغربي.
واطلع الصالح في أثناء جولته على الجهود المبذولة للحيلولة دون وصول النيران إلى المنازل، ولا سيما في بلدة شطحة، كما تفقد فرق الدفاع المدني والإطفاء ووقف على احتياجاتها، فضلا عن عملية تقدير حجم الأضرار.
وتتواصل الجهود لإطفاء الحرائق على ثلاثة محاور رئيسية: أولها قرية عناب التي امتدت منها النيران نحو أحراج شطحة، فبلغت البلدة واحترق عدد من المنازل، بينما أخلت فرق الطوارئ الأهالي من المنازل القريبة من النيران، والمحوران الآخران عين الكروم – طاحونة الحلاوة – أبو كليفون، وفقرو – التمازة، حيث نجحت الفرق بمساعدة الأهالي في وقف تمدد النيران، غير أن الحرائق لا تزال مستمرة في عدة بؤر في الجبال شديدة الوعورة ويجري العمل على عزلها.
""", [
    ev("saleh-inspects", "تفقد وزير الطوارئ وإدارة الكوارث رائد الصالح اليوم", SHATHA, "'اليوم' = Fri 15 Aug 2025 (page stamp)"),
    ev("fire-reaches-shatha", "فبلغت البلدة واحترق عدد من المنازل", SHATHA, "no own expression; the fire reached Shatha on Fri 15 Aug 2025 (sana 2262269 and enabbaladi of that day)"),
    ev("shatha-evacuation", "أخلت فرق الطوارئ الأهالي من المنازل القريبة من النيران", SHATHA, "no own expression; the evacuation of Fri 15 Aug 2025"),
    ev("spread-halted-other-axes", "نجحت الفرق بمساعدة الأهالي في وقف تمدد النيران", "2025-08-14", "no own expression; the spread on the other two axes was halted by the report of Fri 15 Aug 2025 (my span Thu 14 - Fri 15)", end="2025-08-16"),
])
art(S, "https://www.alsumaria.tv/news/international/537338/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D9%84%D8%AD%D8%B1%D8%A7%D8%A6%D9%82-%D8%AA%D8%AA%D9%88%D8%B3%D8%B9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D8%A7%D8%AD%D9%84-%D9%88%D8%B1%D9%8A%D9%81-%D8%AD%D9%85%D8%A7%D8%A9",
    "2025-08-16", "page stamp 'date 2025-08-16' (not part of the text; 16 Aug 2025 was a Saturday) and the body's 'فجر اليوم السبت', which agree; the stored text begins mid-report ('ورغم الاستنفار'), so the opening 'و' is dropped; the blank agency name ('وكالة \" \" الرسمية') rendered as 'الوكالة الرسمية'; headline rendered from the URL slug", True, """
سوريا.. الحرائق تتوسع في الساحل وريف حماة
على الرغم من الاستنفار الشعبي ومشاركة الفرق الهندسية التابعة لوزارة الزراعة، التي تعمل على شق طرق وخطوط نار لمحاصرة النيران، فإن الوضع يزداد صعوبة.
وفي آخر تحديث لعمل فرق الإطفاء، ذكر الدفاع المدني السوري، فجر اليوم السبت، أنه يعمل بمساندة المدنيين على منع توسع النيران في جبال ريف حماه الغربي، وسط صعوبات كبيرة أبرزها الطبيعة الجبلية الوعرة واشتداد سرعة الرياح، إذ صُنف محورا "فقرو" و"ناعور جورين" الأصعب خلال الساعات الماضية.
وبلغت النيران المنازل في بلدة شطحة بريف حماه الغربي، إذ أظهرت مقاطع مصورة للدفاع المدني السوري عمليات إجلاء للأطفال وكبار السن بسبب حالات ضيق التنفس والاختناق الناجمة عن انتشار الدخان الكثيف في المنطقة.
وتفيد الوكالة الرسمية بأن مشفى "السقيلبية" في ريف حماه استقبل عدة إصابات، أبرزها حالات اختناق جراء استنشاق كميات كبيرة من الدخان المنبعث من الحرائق.
""", [
    ev("firebreaks-opened", "التي تعمل على شق طرق وخطوط نار لمحاصرة النيران", "2025-08-13", "no own expression; the engineering teams' work during the fires (my span Wed 13 - Sat 16 Aug 2025)", end="2025-08-17"),
    ev("civil-defence-update", "ذكر الدفاع المدني السوري، فجر اليوم السبت", "2025-08-16", "'فجر اليوم السبت' = Sat 16 Aug 2025"),
    ev("hardest-axes-faqru-naour-jourin", "صُنف محورا \"فقرو\" و\"ناعور جورين\" الأصعب", SHATHA, "'خلال الساعات الماضية' before dawn of Sat 16 = Fri 15 - Sat 16 Aug 2025", end="2025-08-17"),
    ev("fire-reaches-shatha", "وبلغت النيران المنازل في بلدة شطحة", SHATHA, "no own expression; the fire reached Shatha on Fri 15 Aug 2025 (enabbaladi, sana)"),
    ev("shatha-evacuation", "عمليات إجلاء للأطفال وكبار السن", SHATHA, "no own expression; the evacuation of Fri 15 Aug 2025"),
    ev("suffocation-cases", "استقبل عدة إصابات، أبرزها حالات اختناق", SHATHA, "no own expression; the cases of Fri 15 Aug, reported by dawn of Sat 16 Aug 2025 (my span)", end="2025-08-17"),
])
art(S, "https://www.shafaq.com/ar/%D8%A7%D9%84%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%A3%D9%88%D8%B3%D8%B7/%D8%B3%D9%8A%D8%B7%D8%B1%D8%A9-%D9%83%D8%A7%D9%85%D9%84%D8%A9-%D8%B9%D9%84%D9%89-%D8%AD%D8%B1%D8%A7-%D9%82-%D8%B1%D9%8A%D9%81-%D8%AD%D9%85%D8%A7%D8%A9-%D8%A8%D8%B9%D8%AF-%D9%8A%D8%A7%D9%85-%D9%85%D9%86-%D8%A7%D9%84%D8%AA%D9%87%D8%A7%D9%85-%D8%A7%D9%84%D8%BA%D8%A7%D8%A8%D8%A7%D8%AA",
    "2025-08-17", "page stamp 'date 2025-08-17' (not part of the text; 17 Aug 2025 was a Sunday) and the body's 'اليوم الأحد', which agree; the dateline 'شفق نيوز– حماة' kept; headline rendered from the URL slug; the truncated list of reinforcements dropped", True, """
سيطرة كاملة على حرائق ريف حماة بعد أيام من التهام الغابات
شفق نيوز– حماة
أعلن وزير الطوارئ وإدارة الكوارث في الحكومة السورية رائد الصالح، اليوم الأحد، إخماد جميع حرائق الغابات والأحراش التي نشبت في ريف حماة الغربي خلال الأيام الماضية وتبريدها.
وأوضح الصالح في تصريح صحفي تلقته وكالة شفق نيوز أن فرق الإطفاء والدفاع المدني نجحت في السيطرة الكاملة على النيران بعد جهود متواصلة، مؤكدا أن المنطقة ستبقى تحت مراقبة دقيقة لضمان عدم تجدد الحرائق في ظل الطقس الحار والجاف.
من جهته، ذكر الدفاع المدني السوري في بيان أن الجهود الكبيرة لفرق الإطفاء، بدعم واسع من الأهالي، أسهمت في وقف امتداد حرائق الغابات والأحراش في ريفي اللاذقية وحماة ومنع تقدمها على جميع المحاور، مؤكدا أن معظم الحرائق أُخمدت، لكن لا يمكن إعلان انتهائها بالكامل بسبب وجود بؤر مشتعلة واحتمال تجدد الاشتعال في بعض المواقع بفعل شدة الرياح.
وأضاف أن أكثر من 70 فريق عمل شارك في عمليات الإخماد، منها 50 فريق إطفاء و20 فريقا حراجيا وهندسيا، مزودة بسيارات إطفاء وصهاريج مياه وآليات ثقيلة لفتح الطرق وخطوط النار لتسهيل وصول الفرق وقطع تقدم النيران.
""", [
    ev("all-fires-out-announced", "أعلن وزير الطوارئ وإدارة الكوارث في الحكومة السورية رائد الصالح، اليوم الأحد", OUT, "'اليوم الأحد' = Sun 17 Aug 2025 (page stamp)"),
    ev("west-hama-fires", "التي نشبت في ريف حماة الغربي خلال الأيام الماضية", "2025-08-12", "'خلال الأيام الماضية' from Sun 17 = since the night of 12 Aug 2025 (sana 2262479 'منذ منتصف ليلة 12 آب الجاري') up to Sun 17 (my span)", end="2025-08-18"),
    ev("most-fires-out-statement", "ذكر الدفاع المدني السوري في بيان", OUT, "no own expression; the statement reported with the minister's announcement of Sun 17 Aug 2025 (my day)"),
    ev("firebreaks-opened", "آليات ثقيلة لفتح الطرق وخطوط النار", "2025-08-13", "no own expression; the heavy machinery's work during the fires (my span Wed 13 - Sat 16 Aug 2025)", end="2025-08-17"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 396
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 606-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: sinkholes, rockfalls, house collapses after rain and rescue
operations in old city centres.
Stories: the collapse of a three-storey house in Zqaq Rmane, old medina of Fez (Morocco, February 2024); the
collapse of the al-Mir family building in al-Qobbe, Tripoli (Lebanon, January 2026); the collapse of two old
houses, among them the photographer Ibrahim al-Hadid's, in Old Sanaa after rain (Yemen, August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-fes-zqaq-rmane-house-collapse-2024
S = "morocco-fes-zqaq-rmane-house-collapse-2024"
COLLAPSE = "2024-02-10"                    # the house collapsed on the evening of Sat 10 Feb 2024
RAIN = ("2024-02-09", "2024-02-11")        # heavy rain on Fri 9 and Sat 10 Feb 2024
NIGHT = ("2024-02-10", "2024-02-12")       # recovery of the bodies, the evening of Sat 10 into the night Sat/Sun
art(S, "https://maghress.com/hespress/1312093",
    COLLAPSE, "a Hespress report carried by maghress, no date line in the stored text; the body's 'مساء اليوم السبت' for the collapse and 'أمس الجمعة واليوم السبت' for the rain; the collapse was on Sat 10 Feb 2024 (alqalamlhor: 'مساء أمس السبت 10 الجاري', in a February 2024 URL), so the report is of Sat 10 Feb 2024; headline written from the body (the stored text has none)", True, """
مصرع خمسة أشخاص في انهيار مبنى سكني بالمدينة العتيقة لفاس
لقي خمسة أشخاص، هم ثلاثة رجال وامرأتان، حتفهم جراء انهيار بناية سكنية مساء اليوم السبت في المدينة العتيقة لفاس، في حين تواصل فرق الإنقاذ البحث تحت الركام وتأمين موقع الحادث إثر ظهور شقوق في بناية سكنية ملاصقة.
وتقع البناية المنهارة في حي زقاق الرمان بالقرب من ساحة باب الكيسة (اعجيسة)، على مقربة من قلب المدينة العتيقة.
وأفادت مصادر الجريدة بأن خمسة أشخاص تربطهم قرابة كانوا يقطنون المبنى، وقد قضوا جميعا تحت الأنقاض.
وعزت مصادر هسبريس الانهيار إلى الزخات المطرية القوية التي شهدتها فاس أمس الجمعة واليوم السبت، موضحة أن الانهيار جاء بعد ظهور تصدعات في المبنى العتيق المكون من ثلاثة طوابق.
وأضافت أن قاطني طابقين اضطروا إلى مغادرة المبنى، في حين فضلت الأسرة المنكوبة البقاء في شقتها على الرغم من المخاطر التي باتت تتهدد مسكنها بعد ظهور التصدعات.
واستنفر الحادث السلطة المحلية والمصالح المختصة بولاية جهة فاس مكناس ومقاطعة فاس المدينة، إلى جانب عناصر الوقاية المدنية التي تولت انتشال جثث الضحايا الواحدة تلو الأخرى من تحت الأنقاض، وعناصر الأمن التي طوقت المنافذ المؤدية إلى موقع الانهيار ومنعت الاقتراب منه.
""", [
    ev("building-collapse", "انهيار بناية سكنية مساء اليوم السبت", COLLAPSE, "'مساء اليوم السبت' = Sat 10 Feb 2024"),
    ev("five-dead", "لقي خمسة أشخاص، هم ثلاثة رجال وامرأتان، حتفهم", COLLAPSE, "no own expression; they died in the collapse of Sat 10 Feb 2024"),
    ev("heavy-rain", "الزخات المطرية القوية التي شهدتها فاس أمس الجمعة واليوم السبت", RAIN[0], "'أمس الجمعة واليوم السبت' from Sat 10 Feb 2024 = Fri 9 and Sat 10 Feb", end=RAIN[1]),
    ev("two-floors-evacuated", "قاطني طابقين اضطروا إلى مغادرة المبنى", RAIN[0], "no own expression; after the cracks caused by the rain of Fri 9 - Sat 10 Feb and before the collapse (my span 9-10 Feb 2024)", end=RAIN[1]),
    ev("authorities-mobilised", "واستنفر الحادث السلطة المحلية", COLLAPSE, "no own expression; right after the collapse of Sat 10 Feb 2024"),
    ev("bodies-recovered", "تولت انتشال جثث الضحايا الواحدة تلو الأخرى", NIGHT[0], "no own expression; on the evening of the collapse, Sat 10 Feb, and into the night Sat/Sun (almaghreb24: 'ليلة السبت/الأحد'; my span 10-11 Feb 2024)", end=NIGHT[1]),
])
art(S, "http://www.alqalamlhor.com/2024/02/5.html",
    "2024-02-11", "no date line in the stored text; the body's 'مساء أمس السبت 10 الجاري' (10 Feb 2024 was a Saturday; URL of February 2024) gives Sun 11 Feb 2024; headline written from the body (the stored text has none)", True, """
مصرع خمسة أشخاص في انهيار منزل آيل للسقوط بالمدينة العتيقة بفاس
أودى انهيار منزل مصنف ضمن المنازل الآيلة للسقوط في المدينة العتيقة بفاس، مساء أمس السبت 10 الجاري، بحياة خمسة أشخاص (3 رجال وامرأتان).
وبحسب مصادر جريدة القلم الحر، فإن المنزل المنهار، المؤلف من ثلاثة طوابق والواقع بزقاق الرمان، كان يقطنه خمسة أشخاص تربطهم علاقة قرابة.
وأوضحت المصادر ذاتها أن الانهيار نجم عن تصدع جدران المنزل وسقوفه بسبب سوء الأحوال الجوية والزخات المطرية القوية التي عرفتها العاصمة العلمية خلال يومي الجمعة والسبت الماصيين.
واستنفرت الواقعة السلطة المحلية والمصالح المختصة بالولاية ومقاطعة فاس المدينة، وكذا عناصر الوقاية المدنية التي تولت انتشال جثث الضحايا من تحت الركام ونقلها إلى مستودع الأموات بالمستشفى الجهوي الغساني، بينما طوقت القوات الأمنية المنافذ المؤدية إلى موقع الانهيار ومنعت الاقتراب منه، وفتحت السلطات المختصة تحقيقا في ملابسات الحادث.
""", [
    ev("building-collapse", "انهيار منزل مصنف ضمن المنازل الآيلة للسقوط في المدينة العتيقة بفاس، مساء أمس السبت 10 الجاري", COLLAPSE, "'مساء أمس السبت 10 الجاري' = Sat 10 Feb 2024"),
    ev("five-dead", "بحياة خمسة أشخاص (3 رجال وامرأتان)", COLLAPSE, "no own expression; in the collapse of Sat 10 Feb 2024"),
    ev("heavy-rain", "الزخات المطرية القوية التي عرفتها العاصمة العلمية خلال يومي الجمعة والسبت الماصيين", RAIN[0], "'يومي الجمعة والسبت الماصيين' from Sun 11 Feb 2024 = Fri 9 and Sat 10 Feb", end=RAIN[1]),
    ev("authorities-mobilised", "واستنفرت الواقعة السلطة المحلية", COLLAPSE, "no own expression; right after the collapse of Sat 10 Feb 2024"),
    ev("bodies-recovered", "تولت انتشال جثث الضحايا من تحت الركام", NIGHT[0], "no own expression; the evening of Sat 10 Feb and the night Sat/Sun (my span 10-11 Feb 2024)", end=NIGHT[1]),
    ev("investigation-opened", "وفتحت السلطات المختصة تحقيقا في ملابسات الحادث", NIGHT[0], "no own expression; after the collapse of Sat 10 Feb and before this report of Sun 11 Feb 2024 (my span 10-11 Feb)", end=NIGHT[1]),
])
art(S, "https://alhakika24.com/2024/02/12/%D8%A8%D8%B9%D8%AF-%D9%81%D8%A7%D8%AC%D8%B9%D8%A9-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D9%86%D8%B2%D9%84-%D8%A8%D9%81%D8%A7%D8%B3-%D8%A7%D9%84%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D9%88-%D9%88%D9%81",
    "2024-02-12", "no date line in the stored text; the permalink's date path '/2024/02/12/' (a WordPress publication date) gives Mon 12 Feb 2024, and the body's 'نهاية الاسبوع المنصرم' (the collapse of Sat 10 Feb) agrees; headline from the URL slug (its tail is cut); no date of its own in the text", False, """
بعد فاجعة انهيار منزل بفاس المدينة
لقي خمسة أفراد من أسرة واحدة حتفهم تحت الركام نهاية الاسبوع المنصرم، في حادث انهيار مباغت لمنزل من ثلاثة طوابق بحي زقاق الرمان في المدينة العتيقة لفاس.
وأدى الحادث إلى استنفار السلطات المحلية والأمنية وعناصر الوقاية المدنية، في حين بثت الواقعة الرعب والهلع بين السكان خشية تكرار المشهد في المنازل المجاورة.
وبعد ساعات، نجحت السلطات المحلية بفاس وعناصر الوقاية المدنية في انتشال جثث الضحايا، التي نُقلت بتعليمات من النيابة العامة إلى مستودع الأموات بالمستشفى الجهوي الغساني.
ويخشى كثير من سكان المدينة العتيقة والبورنيات وسهب الورد وأحياء أخرى بفاس أن تطال انهيارات مماثلة منازلهم القديمة مع التساقطات المطرية التي تعرفها المدينة كل سنة.
""", [
    ev("five-dead", "لقي خمسة أفراد من أسرة واحدة حتفهم تحت الركام نهاية الاسبوع المنصرم", COLLAPSE, "'نهاية الاسبوع المنصرم' from Mon 12 Feb 2024 = the weekend of 10-11 Feb; the collapse was on Sat 10 Feb (hespress 'مساء اليوم السبت')"),
    ev("building-collapse", "في حادث انهيار مباغت لمنزل من ثلاثة طوابق", COLLAPSE, "no own expression; Sat 10 Feb 2024 (hespress, alqalamlhor)"),
    ev("authorities-mobilised", "وأدى الحادث إلى استنفار السلطات المحلية والأمنية", COLLAPSE, "no own expression; right after the collapse of Sat 10 Feb 2024"),
    ev("bodies-recovered", "نجحت السلطات المحلية بفاس وعناصر الوقاية المدنية في انتشال جثث الضحايا", NIGHT[0], "'وبعد ساعات' after the collapse of Sat 10 Feb: the evening of Sat 10 and the night Sat/Sun (my span 10-11 Feb 2024)", end=NIGHT[1]),
    ev("bodies-to-morgue", "نُقلت بتعليمات من النيابة العامة إلى مستودع الأموات", NIGHT[0], "no own expression; after the recovery, 10-11 Feb 2024 (alqalamlhor of Sun 11 already reports it)", end=NIGHT[1]),
])

# ---------------------------------------------------------------- lebanon-tripoli-qobbe-mir-building-collapse-2026
S = "lebanon-tripoli-qobbe-mir-building-collapse-2026"
COLLAPSE = "2026-01-24"                    # the building in al-Qobbe (al-Sharea al-Jadid) collapsed about 03:00 on Sat 24 Jan 2026
SEARCH = ("2026-01-24", "2026-01-28")      # search and rescue from Sat 24 Jan until Elissar's body was found, 23:15 Tue 27 Jan
FOUND = "2026-01-27"                       # Elissar al-Mir's body found at 23:15 on Tue 27 Jan 2026
FUNERAL = "2026-01-28"                     # funeral prayer for Ahmad and Elissar al-Mir, Wed 28 Jan 2026
art(S, "https://www.lebanon24.com/news/lebanon/1472857/%D8%A8%D8%B9%D8%AF-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D8%A8%D9%86%D9%89-%D9%81%D9%8A-%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3-%D8%A8%D9%8A%D8%A7%D9%86-%D9%84%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A",
    COLLAPSE, "page stamp '24-01-2026 | 02:27' (kept as first line; the clock time is probably not Beirut time, since the collapse was at about 03:00); the body's 'فجر اليوم' agrees; tag list and menus dropped", True, """
24-01-2026 | 02:27
بعد انهيار مبنى في طرابلس.. بيان للدفاع المدني
أفادت دائرة الإعلام والعلاقات العامة في المديرية العامة للدفاع المدني بأن مبنى سكنيا من خمس طبقات انهار قرابة الساعة الثالثة من فجر اليوم في منطقة القبة - شارع الجديد بمدينة طرابلس، فعلق عدد من المواطنين تحت ركامه.
وإثر ذلك، أجرت فرق الدفاع المدني عمليات بحث وإنقاذ ومسح ميداني في موقع الحادث، ونجحت في إنقاذ طفلة نُقلت إلى المستشفى وحالتها مستقرة.
وتتواصل عمليات البحث عن بقية أفراد العائلة العالقين تحت الأنقاض، مع العمل على انتشالهم من تحتها.
وتدعو المديرية العامة للدفاع المدني إلى إخلاء موقع الانهيار وابتعاد المواطنين عنه، كي يتمكن العناصر من أداء مهامهم واستعمال الأجهزة المختصة في تحديد أماكن المحتجزين تحت الركام وتسريع عمليات الإنقاذ.
""", [
    ev("building-collapse", "انهار قرابة الساعة الثالثة من فجر اليوم", COLLAPSE, "'قرابة الساعة الثالثة من فجر اليوم' under the stamp of 24-01-2026 = Sat 24 Jan 2026, about 03:00"),
    ev("first-survivor-rescued", "ونجحت في إنقاذ طفلة نُقلت إلى المستشفى", COLLAPSE, "no own expression; the first survivor pulled out alive some four hours after the collapse of Sat 24 Jan 2026 (alahednews, innlb)"),
    ev("search-operations", "وتتواصل عمليات البحث عن بقية أفراد العائلة", SEARCH[0], "no own expression; the search ran from Sat 24 Jan until the last body was found at 23:15 on Tue 27 Jan 2026 (thisislebanon: '(27 كانون الثاني)')", end=SEARCH[1]),
    ev("cd-asks-clear-site", "وتدعو المديرية العامة للدفاع المدني إلى إخلاء موقع الانهيار", COLLAPSE, "no own expression; the civil defence statement of Sat 24 Jan 2026"),
])
art(S, "https://www.innlb.com/news/article/1167623",
    FOUND, "no date line in the stored text; the body's 'أكثر من 72 ساعة' after the collapse 'فجر السبت' (Sat 24 Jan 2026, about 03:00) and 'أمس الاثنين' (Mon 26 Jan) give Tue 27 Jan 2026; Elissar's body was not yet found (it was found at 23:15 that Tuesday); headline written from the body (the stored text has none)", True, """
مصير الشابة إليسار لا يزال مجهولا تحت أنقاض القبة
مرّت أكثر من 72 ساعة على كارثة انهيار مبنيين سكنيين في منطقة القبة بمدينة طرابلس، وما زال مصير الشابة إليسار غامضا، إذ لم تفلح الجهود الحثيثة للدفاع المدني في انتشالها حتى الآن.
وكانت معلومات قد أشارت أمس الاثنين إلى أن الدفاع المدني نجح في تحديد مكان إليسار تحت الركام، وقيل إنها على بعد 40 سنتيمترا من العناصر، غير أن أي نتيجة لم تتضح حتى الآن بشأن مصيرها.
وتكثف أجهزة الإسعاف والإغاثة جهودها منذ وقوع الكارثة فجر السبت لإنجاز عمليات رفع الأنقاض، ومن المرتقب أن يشرع الدفاع المدني اليوم في استخدام آليات لرفع الركام.
وبحسب المعلومات، انطلقت بعد الظهر عملية رفع ركام المبنى المنهار في منطقة القبة.
""", [
    ev("building-collapse", "وقوع الكارثة فجر السبت", COLLAPSE, "'فجر السبت' = Sat 24 Jan 2026"),
    ev("elissar-located", "نجح في تحديد مكان إليسار تحت الركام", "2026-01-26", "'أمس الاثنين' in an article of Tue 27 Jan 2026 = Mon 26 Jan"),
    ev("search-operations", "وتكثف أجهزة الإسعاف والإغاثة جهودها", SEARCH[0], "'منذ وقوع الكارثة فجر السبت' (Sat 24 Jan) until the end of the search late on Tue 27 Jan 2026", end=SEARCH[1]),
    ev("machinery-debris-lifting", "انطلقت بعد الظهر عملية رفع ركام المبنى المنهار", FOUND, "'بعد الظهر' and 'اليوم' of Tue 27 Jan 2026"),
])
art(S, "https://www.sidonianews.net/article334819/بالصور---طرابلس-تودّع-أليسار-المير-شهيدة-تحت-الركام…-غضب-وحزن-عارم-ودعوات-للحداد-بعد-مأساة-القبة",
    FUNERAL, "no date on the stored page (an An-Nahar report by Tony Frangieh carried by sidonianews); the body finds Elissar 'قبيل منتصف ليل أمس', and the civil defence found her at 23:15 on Tue 27 Jan 2026 (thisislebanon: '23:15 من مساء اليوم (27 كانون الثاني)'), so the report is of Wed 28 Jan 2026; the funeral 'اليوم' agrees; the quoted social-media post at the end dropped; headline from the page title; no date of its own in the text", False, """
طرابلس تودّع أليسار المير شهيدة تحت الركام… غضب وحزن عارم ودعوات للحداد بعد مأساة القبة
تسود منطقة القبة في طرابلس موجة غضب شعبي عارم وحزن عميق تعلوه أصوات التكبير، إثر العثور على جثمان الشابة إليسار المير تحت ركام المبنى المنهار قبيل منتصف ليل أمس، فتوالت بعد ذلك الدعوات إلى إعلان الحداد والإقفال اليوم بالتزامن مع تشييع جثماني ضحيتي الانهيار، إذ تقرر أن تقام صلاة الميت على الحاج أحمد المير وابنته أليسار أحمد المير عند مستديرة الشارع الجديد عقب صلاة الظهر.
ومع انتشال جثة أليسار انتهت عمليات الإنقاذ التي دامت نحو 90 ساعة متواصلة بالآليات الثقيلة والمعدات اليدوية، إلى أن حُدد مكان الجثة وسُحبت من تحت الركام، على أن تبدأ أعمال رفع الردميات في وقت لاحق من هذا اليوم.
وبعد انتشال الجثة، شهدت أحياء عدة في طرابلس إطلاق نار كثيفا تعبيرا عن الغضب والحزن، ما أدى إلى إصابة شخص يدعى "ع.ا.ل." برصاصة طائشة في رأسه نُقل على إثرها إلى مستشفى هيكل للعلاج، كما لحقت أضرار بعدد من السيارات بفعل الرصاص الطائش.
وتسيّر وحدات الجيش اللبناني دوريات في المدينة لضبط الأوضاع وتأمين الأحياء.
""", [
    ev("elissar-body-found", "العثور على جثمان الشابة إليسار المير تحت ركام المبنى المنهار قبيل منتصف ليل أمس", FOUND, "'قبيل منتصف ليل أمس' in an article of Wed 28 Jan 2026 = late on Tue 27 Jan (23:15 per the civil defence)"),
    ev("funeral", "بالتزامن مع تشييع جثماني ضحيتي الانهيار", FUNERAL, "'اليوم' = Wed 28 Jan 2026, after the noon prayer"),
    ev("search-operations", "عمليات الإنقاذ التي دامت نحو 90 ساعة متواصلة", SEARCH[0], "'نحو 90 ساعة متواصلة' from about 03:00 Sat 24 Jan to 23:15 Tue 27 Jan 2026", end=SEARCH[1]),
    ev("debris-clearing-starts", "على أن تبدأ أعمال رفع الردميات في وقت لاحق من هذا اليوم", FUNERAL, "'في وقت لاحق من هذا اليوم' = Wed 28 Jan 2026"),
    ev("angry-gunfire", "شهدت أحياء عدة في طرابلس إطلاق نار كثيفا", FOUND, "no own expression; right after the body was found shortly before midnight on Tue 27 Jan, into the night of Wed 28 Jan 2026 (my span 27-28 Jan)", end="2026-01-29"),
    ev("army-patrols", "وتسيّر وحدات الجيش اللبناني دوريات في المدينة", FUNERAL, "no own expression; present tense of the report of Wed 28 Jan 2026"),
])

# ---------------------------------------------------------------- yemen-old-sanaa-hadid-houses-collapse-2025
S = "yemen-old-sanaa-hadid-houses-collapse-2025"
COLLAPSE = "2025-08-23"                    # two old houses fell at dawn on Sat 23 Aug 2025
RAIN = ("2025-08-22", "2025-08-24")        # the heavy rain of the night Fri 22 - Sat 23 Aug 2025
art(S, "https://yemennownews.com/article/3074302",
    COLLAPSE, "a Bran Press report carried by the aggregator yemennownews; the body's 'السبت 23 أغسطس/آب 2025م' (23 Aug 2025 was a Saturday) and 'فجر اليوم'; aggregator header (site name, view counter) and the truncated last sentence dropped; headline kept from the page", True, """
انهيار منزل اثري في صنعاء القديمة جراء الأمطار
ذكرت مصادر محلية وسكان في العاصمة صنعاء، الخاضعة بقوة السلاح لسيطرة جماعة الحوثي المصنفة دوليا في قوائم الإرهاب، السبت 23 أغسطس/آب 2025م، أن منزلين أثريين سقطا في صنعاء القديمة بفعل الأمطار الغزيرة التي هطلت خلال الساعات الماضية.
وأوضحت المصادر لـ"بران برس" أن صنعاء القديمة شهدت فجر اليوم سقوط منزلين جراء الأمطار الغزيرة، أحدهما منزل المصور إبراهيم الحديد الموظف في المتحف الوطني، لافتة إلى أن أحد المنزلين مأهول وتسكنه أربع أسر يتراوح عدد أفراد كل منها بين 4 و13 فردا.
وأشارت إلى غياب دور الجهات المختصة في ترميم منازل صنعاء القديمة المدرجة في قائمة التراث العالمي، مؤكدة أن مشروع الترميم الذي تنفذه هيئة المدن التاريخية لا يشمل المنازل المأهولة، وإنما يجري وفق وساطات ولصالح بعض المنازل الخالية، ما يبقي الأسر في خطر دائم أمام أي أمطار أو كوارث طبيعية.
واتهم ناشطون في مناطق سيطرة الحوثيين الجماعة بتجاهل حجم الكارثة وعدم الاستجابة لاستغاثات السكان، لانشغالها بتدشين فعالياتها السنوية ذات الصبغة الطائفية بمناسبة "المولد النبوي".
""", [
    ev("houses-collapse", "شهدت فجر اليوم سقوط منزلين جراء الأمطار الغزيرة", COLLAPSE, "'فجر اليوم' of 'السبت 23 أغسطس/آب 2025م' = dawn of Sat 23 Aug 2025"),
    ev("heavy-rain", "الأمطار الغزيرة التي هطلت خلال الساعات الماضية", RAIN[0], "'خلال الساعات الماضية' before the report of Sat 23 Aug 2025: the night Fri 22 - Sat 23 Aug (my span)", end=RAIN[1]),
    ev("residents-report", "ذكرت مصادر محلية وسكان في العاصمة صنعاء", COLLAPSE, "'السبت 23 أغسطس/آب 2025م' = Sat 23 Aug 2025"),
])
art(S, "https://sanaanews.net/news-104407.htm",
    "2025-08-24", "the page's date line 'الأحد, 24-أغسطس-2025' (not part of the body, not kept in the text); 24 Aug 2025 was a Sunday; the site's news ticker dropped; headline kept from the page; no date of its own in the text", False, """
أمطار الفجر تسقط منزلين في صنعاء القديمة وتترك أسرًا بلا مأوى
في مشهد موجع يجسد ما يعانيه سكان صنعاء القديمة مع موسم الأمطار، سقط منزلان أثريان مع ساعات الفجر، أحدهما منزل المصور المعروف إبراهيم الحديد العامل في المتحف الوطني، وكان يؤوي أربع أسر بين كبيرة وصغيرة أكبرها من 13 فردا، وجدت نفسها اليوم في العراء دون مأوى.
وتفيد شهادات الأهالي بأن مشروع الترميم التابع لهيئة المدن التاريخية لا يسير وفق الأولويات، إذ تُوجَّه الجهود إلى منازل خالية أو غير مأهولة، في حين تُترك البيوت المسكونة، ما يضاعف حجم المخاطر وينذر بكوارث مشابهة مع استمرار هطول الأمطار.
وتعيد هذه الحادثة فتح ملف ترميم بيوت صنعاء القديمة وصيانتها، وهي بيوت تمثل إرثا حضاريا وإنسانيا، لكنها تواجه اليوم خطر الاندثار في ظل تجاهل واضح لمعاناة سكانها.
""", [
    ev("houses-collapse", "سقط منزلان أثريان مع ساعات الفجر", COLLAPSE, "'مع ساعات الفجر' without a day; the dawn of Sat 23 Aug 2025 (Bran Press: 'السبت 23 أغسطس/آب 2025م ... فجر اليوم'), although this page is dated Sun 24 Aug"),
    ev("heavy-rain", "أمطار الفجر", RAIN[0], "no own date; the rain of the night Fri 22 - Sat 23 Aug 2025 that brought the houses down (my span)", end=RAIN[1]),
    ev("families-homeless", "وجدت نفسها اليوم في العراء دون مأوى", COLLAPSE, "'اليوم' of the report; the families have been without shelter since the collapse of Sat 23 Aug 2025 (my span 23-24 Aug)", end="2025-08-25"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 606
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

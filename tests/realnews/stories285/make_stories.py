"""Builds stories.jsonl: the 285-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: amusement parks, water parks, fairground rides and their
accidents: the collapse of the "360" ride in the Green Mountain park of al-Hada, Taif (Saudi Arabia, 2025), the
fall of a rotating ride in a Smouha mall in Alexandria (Egypt, 2023), the collapse of the "whirl" ride in the Dream
City park of Kut (Iraq, 2024), the fall of a ride tower in the Sky Land park near Ramallah (Palestine, 2017) and
the death of a girl thrown from the "Hurricane" ride of the Farha park in Alexandria (Egypt, 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-taif-al-hada-360-ride-collapse-2025
S = "saudi-taif-al-hada-360-ride-collapse-2025"
COLLAPSE = "2025-07-30"                  # evening of Wed 30 Jul 2025 (5 Safar 1447)
PROBE = ("2025-07-30", "2025-08-01")     # the urgent investigation, opened the night of the fall or the next day
MEETING = ("2025-07-31", "2025-08-02")   # the governor's emergency meeting, reported on Fri 1 Aug 2025
art(S, "https://www.arrajol.com/content/378713/%D9%85%D9%86%D9%88%D8%B9%D8%A7%D8%AA/%D8%AD%D8%A7%D8%AF%D8%AB-%D9%85%D9%84%D8%A7%D9%87%D9%8A-%D8%A7%D9%84%D8%B7%D8%A7%D8%A6%D9%81-%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D9%84%D9%8A%D9%84%D8%A9-%D9%85%D8%B1%D8%B9%D8%A8%D8%A9-%D8%AF%D8%A7%D8%AE%D9%84-%D9%85%D9%86%D8%AA%D8%B2%D9%87-%D8%A7%D9%84%D8%AC%D8%A8%D9%84-%D8%A7%D9%84%D8%A3%D8%AE%D8%B6%D8%B1-%D9%81%D9%8A%D8%AF%D9%8A%D9%88",
    "2025-07-31", "no date on the stored page; the body's 'مساء أمس الأربعاء' for the fall, which other outlets date 'مساء الأربعاء 30 يوليو 2025' (alamssar, misrelaan) and '5 صفر 1447هـ' (= 30 Jul 2025), puts the page on Thu 31 Jul 2025; the page's related link on the Russian (Kamchatka) earthquake of 30 Jul 2025 agrees; headline shortened; the related-link line and the question sub-heading dropped; the last, truncated sentence dropped; no date of its own in the text", False, """
حادث ملاهي الطائف.. ليلة رعب في منتزه الجبل الأخضر
تعرّض منتزه الجبل الأخضر بمنطقة الهدا في مدينة الطائف، مساء أمس الأربعاء، لحادث أليم حين هوت لعبة ترفيهية فجأة أثناء تشغيلها، فأصيب 23 شخصًا من بينهم عدد من الفتيات، ثلاثة منهم في حالة حرجة.
ووثّق مقطع مصوّر الحادث، وظهرت فيه الرافعة وهي تنهار وتسقط أرضًا وسط صراخ الزوار وفزعهم.
ونقلت وسائل إعلام أن العطل وقع خلال دوران اللعبة التي كانت تحمل مجموعة من الفتيات، إذ انكسرت الرافعة فجأة انكسارًا ميكانيكيًا فسقطت اللعبة كاملة على الأرض في مشهد وصفه الشهود بالمروّع.
وسارعت فرق الإسعاف والدفاع المدني إلى الموقع فورًا ونقلت المصابين إلى المستشفيات القريبة لتلقي العلاج، في حين فتحت الجهات المعنية تحقيقًا عاجلًا في الحادث.
وبحسب الحصيلة الرسمية بلغ عدد المصابين 23، تلقى معظمهم الإسعافات الأولية في الموقع أو في المستشفيات المجاورة، بينما أُدخل أصحاب الحالات الحرجة الثلاث إلى العناية المركزة.
""", [
    ev("ride-collapse", "مساء أمس الأربعاء، لحادث أليم", COLLAPSE, "'مساء أمس الأربعاء' from Thu 31 Jul = the evening of Wed 30 Jul 2025"),
    ev("video-circulated", "ووثّق مقطع مصوّر الحادث", COLLAPSE, "no own expression; the clip of the fall spread from the evening of Wed 30 to Thu 31 Jul 2025 (my span)", end="2025-08-01"),
    ev("emergency-response", "وسارعت فرق الإسعاف والدفاع المدني إلى الموقع", COLLAPSE, "no own expression; the rescue of the evening of the fall, Wed 30 Jul 2025"),
    ev("investigation-opened", "فتحت الجهات المعنية تحقيقًا عاجلًا في الحادث", PROBE[0], "no own expression; the urgent inquiry opened on the night of Wed 30 or on Thu 31 Jul 2025 (the governor's order of 'اليوم الخميس' in gulf365's item of 31 Jul) (my span)", end=PROBE[1]),
    ev("critical-icu", "أُدخل أصحاب الحالات الحرجة الثلاث إلى العناية المركزة", COLLAPSE, "no own expression; the critical cases were taken to intensive care on the night of the fall, Wed 30 Jul 2025"),
])
art(S, "https://aboutmsr.com/%d9%81%d8%a7%d8%ac%d8%b9%d8%a9-%d9%81%d9%8a-%d8%a7%d9%84%d8%b7%d8%a7%d8%a6%d9%81-%d8%b3%d9%82%d9%88%d8%b7-%d9%84%d8%b9%d8%a8%d8%a9-%d8%a7%d9%84%d9%85%d9%88%d8%aa-%d9%88%d8%a7%d9%84%d8%b3%d9%84",
    "2025-07-31", "no date on the stored page; the body's 'مساء أمس الأربعاء' for the fall of Wed 30 Jul 2025 (5 Safar 1447) puts the page on Thu 31 Jul 2025; headline shortened; sub-headings dropped; the last, truncated sentence (the hospitals' 'yellow code') dropped; no date of its own in the text", False, """
فاجعة في الطائف.. سقوط «لعبة الموت» وتحرك فوري للسلطات
شهد متنزه الجبل الأخضر بمنطقة الهدا في محافظة الطائف، مساء أمس الأربعاء، مأساة بسقوط إحدى ألعاب الملاهي المعروفة بـ«لعبة الموت» أثناء تشغيلها، ما أوقع 23 مصابًا بينهم فتيات، صُنّفت 4 حالات منها على الأقل خطيرة ونُقلت مباشرة إلى العناية المركزة في مجمع الملك فيصل الطبي.
وفي ثوان تحوّل المتنزه، الذي تقصده الأسر عادة بحثًا عن المتعة والأمان، إلى ساحة رعب حقيقية بعد سقوط اللعبة المسماة «360 درجة» وسط أنين المصابين وصراخ الأطفال.
وذكر شهود عيان أن الذراع العلوية للعبة انكسرت فجأة وهي تتأرجح، فانهارت على الأرض وارتدت بعنف لتصطدم بعدد من الركاب، في حين أصيب آخرون من جراء السقوط وهم داخل مقصورات اللعبة، وفق صحيفة «عكاظ».
وهرعت الجهات الأمنية والإسعافية إلى الموقع فور تلقي البلاغ، وتسابق المسعفون إلى نقل جميع المصابين إلى المستشفيات القريبة.
""", [
    ev("ride-collapse", "مساء أمس الأربعاء، مأساة بسقوط إحدى ألعاب الملاهي", COLLAPSE, "'مساء أمس الأربعاء' from Thu 31 Jul = the evening of Wed 30 Jul 2025"),
    ev("critical-icu", "ونُقلت مباشرة إلى العناية المركزة في مجمع الملك فيصل الطبي", COLLAPSE, "no own expression; 'مباشرة' after the fall of the evening of Wed 30 Jul 2025"),
    ev("emergency-response", "وهرعت الجهات الأمنية والإسعافية إلى الموقع فور تلقي البلاغ", COLLAPSE, "no own expression; 'فور تلقي البلاغ' on the evening of the fall, Wed 30 Jul 2025"),
    ev("injured-hospitalised", "نقل جميع المصابين إلى المستشفيات القريبة", COLLAPSE, "no own expression; the injured were taken to hospital on the night of the fall, Wed 30 Jul 2025"),
])
art(S, "https://news.gulf365.net/saudi-arabia-news/13147594/%D9%85%D8%AD%D8%A7%D9%81%D8%B8-%D8%A7%D9%84%D8%B7%D8%A7%D8%A6%D9%81-%D9%8A%D9%88%D8%AC%D9%87-%D8%A8%D8%B3%D8%B1%D8%B9%D8%A9-%D8%B1%D9%81%D8%B9-%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%AA%D8%AD%D9%82%D9%8A%D9%82%D8%A7%D8%AA-%D8%AD%D8%A7%D8%AF%D8%AB%D8%A9-%D8%B3%D9%82%D9%88%D8%B7-%D8%A7%D9%84%D9%84%D8%B9%D8%A8%D8%A9.html",
    "2025-08-01", "stamp 'date 2025-08-01' at the head of the stored page, kept verbatim as the first line (the same site's stamp on its item 13146887 agrees with that item's dateline 'الخميس 31 يوليو 2025'); the aggregator's thank-you line and the byline 'الرياض - علي القحطاني' dropped; headline rendered from the URL slug", True, """
2025-08-01
محافظ الطائف يوجه بسرعة رفع نتائج التحقيقات في حادثة سقوط اللعبة
ترأس محافظ الطائف الأمير سعود بن نهار بن سعود بن عبدالعزيز اجتماعًا طارئًا حضرته الجهات الحكومية المعنية، لمتابعة آخر مستجدات حادثة سقوط إحدى الألعاب في منتجع ترفيهي بالمحافظة.
واطمأن سموه في الاجتماع على الحالة الصحية للمصابين، ووجّه برفع نتائج التحقيقات على وجه السرعة واتخاذ ما يلزم من إجراءات لضمان سلامة الزوار.
وكان الحادث قد وقع خلال تشغيل اللعبة وهي في مرحلة الحركة، إذ هوت الرافعة فجأة نحو الأرض، فسقطت المقصورات وأصيب عدد من الزوار.
وباشرت الجهات المختصة الحادث فور وقوعه، فأغلقت الموقع بالكامل إجراءً احترازيًا، وقدّمت الإسعافات الأولية للمصابين في مكانهم، ونقلت بعض الحالات إلى المستشفى لتلقي الرعاية الطبية اللازمة.
ولم تُسجَّل أي حالة وفاة حتى الآن.
""", [
    ev("emergency-meeting", "اجتماعًا طارئًا حضرته الجهات الحكومية المعنية", MEETING[0], "no own expression; the meeting after the fall, held between Thu 31 Jul and the stamp's day Fri 1 Aug 2025 (my span)", end=MEETING[1]),
    ev("speed-up-directive", "ووجّه برفع نتائج التحقيقات على وجه السرعة", MEETING[0], "no own expression; the directive given at the same meeting (Thu 31 Jul - Fri 1 Aug 2025, my span)", end=MEETING[1]),
    ev("ride-collapse", "وكان الحادث قد وقع خلال تشغيل اللعبة", COLLAPSE, "no own expression; the fall of the evening of Wed 30 Jul 2025 (5 Safar 1447), reported by the other outlets"),
    ev("site-closed", "فأغلقت الموقع بالكامل إجراءً احترازيًا", COLLAPSE, "no own expression; 'فور وقوعه': the site was shut on the night of Wed 30 Jul, and the governor ordered the resort shut 'اليوم الخميس' 31 Jul 2025 (gulf365 item 13146887) (my span)", end="2025-08-01"),
    ev("injured-hospitalised", "ونقلت بعض الحالات إلى المستشفى", COLLAPSE, "no own expression; the transfers of the night of the fall, Wed 30 Jul 2025"),
])

# ---------------------------------------------------------------- egypt-alexandria-smouha-mall-ride-fall-2023
S = "egypt-alexandria-smouha-mall-ride-fall-2023"
FALL = "2023-05-26"                      # Fri 26 May 2023
PROSECUTION = ("2023-05-26", "2023-05-28")  # the prosecution's inquiry and its first findings, by Sat 27 May
art(S, "https://ahlmasrnews.com/news/local-news/13137818/بينهم-حالات-خطرة-8-مصابين-سقوط-لعبة-داخل-ملاهي-بالإسكندرية-والأمن-يحقق-في-الواقعة",
    "2023-05-26", "no date on the stored page; the body's 'اليوم الجمعة' for the fall, which cairo24's item dated 'الجمعة 26/مايو/2023 - 06:24 م' reports as already past (arrests made), puts the page on Fri 26 May 2023 (26 May 2023 was a Friday); headline re-worded from the page's; repeated photo captions dropped; the last, truncated sentence cut to its last complete clause; no date of its own in the text", False, """
8 مصابين بينهم حالات خطرة في سقوط لعبة بملاهٍ في الإسكندرية
سقطت اليوم الجمعة إحدى ألعاب الملاهي داخل مول شهير بمنطقة سموحة شرقي الإسكندرية، فأصيب 8 أشخاص بينهم أطفال كانوا يركبون اللعبة، ونُقلوا إلى المستشفى لتلقي العلاج.
وتلقى اللواء خالد البروي، مدير أمن الإسكندرية، إخطارًا من مأمور قسم شرطة سيدي جابر بورود بلاغ عن سقوط لعبة بملاهٍ في سموحة كان يستقلها عدد من الأشخاص، فكلّف على الفور اللواء بهاء زهير، مدير البحث الجنائي، بتشكيل فريق بحث لمعاينة المكان وضبط المتسبب.
وأُلقي القبض على صاحب الملاهي والعاملين معه، ويجري التحقيق معه في مديرية أمن الإسكندرية، بينما حُوّل المصابون إلى مستشفى جمال حمادة.
وقال مصدر مطلع بمديرية الصحة في الإسكندرية إن حالات بعض المصابين غير مستقرة، وإنهم نُقلوا إلى قسم العناية المركزة.
وفي السياق نفسه شكّل محافظ الإسكندرية اللواء محمد الشريف لجنة من الاتصال السريع لمعاينة الحادث ومتابعة المصابين.
""", [
    ev("ride-fall", "سقطت اليوم الجمعة إحدى ألعاب الملاهي", FALL, "'اليوم الجمعة' = Fri 26 May 2023 (the publication day)"),
    ev("police-report", "إخطارًا من مأمور قسم شرطة سيدي جابر", FALL, "no own expression; the police report of the day of the fall, Fri 26 May 2023"),
    ev("arrests", "وأُلقي القبض على صاحب الملاهي والعاملين معه", FALL, "no own expression; the arrests of Fri 26 May 2023 (cairo24's item of that day, 06:24 p.m.)"),
    ev("hospital-transfer", "حُوّل المصابون إلى مستشفى جمال حمادة", FALL, "no own expression; the transfer on the day of the fall, Fri 26 May 2023"),
    ev("governor-committee", "شكّل محافظ الإسكندرية اللواء محمد الشريف لجنة", FALL, "no own expression; 'في السياق نفسه', on the day of the fall, Fri 26 May 2023"),
])
art(S, "https://cairo24.com/1804930",
    "2023-05-26", "page date line 'الجمعة 26/مايو/2023 - 06:24 م' (kept as first line; 26 May 2023 was a Friday); the site's current-date bar ('الثلاثاء 05 نوفمبر 2024'), the photo captions and the sub-heading dropped; the last, truncated sentence dropped", True, """
الجمعة 26/مايو/2023 - 06:24 م
سقوط ملاهي الإسكندرية.. القبض على المالك ومشغّل اللعبة
قبضت الأجهزة الأمنية على صاحب ملاهٍ داخل مول شهير في الإسكندرية سقطت إحدى ألعابها، فأصيب 8 أشخاص بعضهم في حالة خطيرة، كما قبضت على العامل المسؤول عن تشغيل اللعبة.
وعاينت الجهات المعنية موقع الحادث بعد إصابة 8 أشخاص في سقوط اللعبة داخل منطقة ألعاب بمول شهير شرق المدينة، ونُقل المصابون إلى مستشفى جمال حمادة.
وكانت منطقة ألعاب داخل مول شهير بسموحة قد شهدت حادثًا مأساويًا أثار الذعر بين عشرات الأسر والشباب، إذ انقلب المرح خلال ثوانٍ إلى صراخ واستغاثات إثر سقوط مفاجئ لإحدى الألعاب المخصصة لمن تجاوزوا العاشرة.
وأسفر الحادث عن إصابات أُسعف معظمها في المكان نفسه، في حين نُقل 8 مصابين بجروح بالغة إلى المستشفى.
""", [
    ev("arrests", "قبضت الأجهزة الأمنية على صاحب ملاهٍ", FALL, "no own expression; the arrests reported by the date line's day, Fri 26 May 2023"),
    ev("site-inspection", "وعاينت الجهات المعنية موقع الحادث", FALL, "no own expression; the inspection of the day of the fall, Fri 26 May 2023"),
    ev("hospital-transfer", "ونُقل المصابون إلى مستشفى جمال حمادة", FALL, "no own expression; the transfer on the day of the fall, Fri 26 May 2023"),
    ev("ride-fall", "قد شهدت حادثًا مأساويًا أثار الذعر", FALL, "no own expression; the fall of Fri 26 May 2023 (the date line's day; ahlmasrnews' 'اليوم الجمعة')"),
])
art(S, "https://gate.ahram.org.eg/News/4304838.aspx",
    "2023-05-27", "page date line '27-5-2023 | 17:07' (kept as first line; 27 May 2023 was a Saturday); 'راديو الاهرام', the caption, the byline 'الإسكندرية - محمد عبد الغني' and 'موضوعات مقترحة' dropped; the last, truncated sentence dropped", True, """
27-5-2023 | 17:07
ننشر تحقيقات النيابة في حادث سقوط «لعبة ملاهي» بالإسكندرية
فتحت النيابة العامة بالإسكندرية تحقيقات موسعة في سقوط لعبة تُعرف بـ«الدوارة» بملاهٍ داخل مول تجاري شهير بمنطقة سموحة شرق المدينة، وهو الحادث الذي أصاب 6 مواطنين.
وأظهرت التحقيقات أن مدينة الملاهي حاصلة على تراخيص مسجلة باسم مركز سموحة السياحي، غير أن اللعبة التي وقع فيها الحادث لا تتبعها.
وأضافت أن اللعبة مملوكة لشخص آخر وضعها في أحد الممرات باتفاق مع المدير المسؤول عن الملاهي، من دون التقيد باشتراطات السلامة والأمن الصناعي.
وكان قسم شرطة سيدي جابر قد تلقى بلاغًا من إدارة شرطة النجدة بسقوط لعبة بملاهٍ في سموحة ووجود مصابين، فانتقل ضباط القسم إلى المكان ومعهم الإسعاف والحماية المدنية.
وتبيّن من الفحص أن المقعد انفصل عن العمود الحامل للعبة الدوارة بينما كان يستقلها 3 مواطنين بينهم أطفال، فسقطوا على ثلاثة آخرين.
""", [
    ev("prosecution-probe", "فتحت النيابة العامة بالإسكندرية تحقيقات موسعة", PROSECUTION[0], "no own expression; the inquiry opened after the fall of Fri 26 May and was under way by the date line's day, Sat 27 May 2023 (my span)", end=PROSECUTION[1]),
    ev("licence-findings", "وأظهرت التحقيقات أن مدينة الملاهي حاصلة على تراخيص", PROSECUTION[0], "no own expression; findings of the inquiry, Fri 26 - Sat 27 May 2023 (my span)", end=PROSECUTION[1]),
    ev("police-report", "قد تلقى بلاغًا من إدارة شرطة النجدة", FALL, "no own expression; the report of the day of the fall, Fri 26 May 2023"),
    ev("ride-fall", "أن المقعد انفصل عن العمود الحامل للعبة الدوارة", FALL, "no own expression; the fall of Fri 26 May 2023"),
])
art(S, "https://sawasaudi.com/news1285.html",
    "2023-05-28", "page date line '28 مايو 2023 الساعة 11:15 صباحاً' (kept as first line; 28 May 2023 was a Sunday); share buttons, 'نشر:' and the site name 'سوالف الخليج' dropped; headline shortened; the last, truncated sentence cut to its last complete clause", True, """
28 مايو 2023 الساعة 11:15 صباحاً
حادثة تحزن المصريين ضحاياها أطفال.. والسبب صادم
أصيب 8 أشخاص بجروح، بينهم أطفال بعضهم في حالة خطرة، عندما سقطت لعبة ملاهٍ ضخمة داخل مجمع تجاري بمنطقة سموحة شرقي الإسكندرية في شمال مصر، فعمّ رعب كبير قبل أن تُستدعى الشرطة التي فتحت تحقيقًا في الحادث.
وتلقت الأجهزة الأمنية في مديرية أمن الإسكندرية إخطارًا من مأمور قسم شرطة سيدي جابر ببلاغ عن سقوط لعبة ملاهٍ كان يستقلها أشخاص بينهم أطفال، فانتقلت قوة من القسم إلى المكان ترافقها سيارات إسعاف وضربت طوقًا حوله.
ثم طلبت الشرطة فريقًا من البحث الجنائي لمعاينة الموقع، وحرّرت محضرًا بالواقعة واتخذت الإجراءات اللازمة كافة.
وأظهر الكشف الميداني الأولي أن لعبة الملاهي الدوارة انفصلت عن العمود الذي يحملها وهي تقل مواطنين بينهم أطفال، فسقطوا على الأرض.
وقال شهود إن خللًا فنيًا في اللعبة هو سبب الحادث، مشيرين إلى نقل مصابين إلى مستشفى في الإسكندرية لتلقي العلاج.
""", [
    ev("ride-fall", "عندما سقطت لعبة ملاهٍ ضخمة داخل مجمع تجاري", FALL, "no own expression; the fall of Fri 26 May 2023 (cairo24's item of that day)"),
    ev("police-report", "إخطارًا من مأمور قسم شرطة سيدي جابر ببلاغ", FALL, "no own expression; the report of the day of the fall, Fri 26 May 2023"),
    ev("site-inspection", "طلبت الشرطة فريقًا من البحث الجنائي لمعاينة الموقع", FALL, "no own expression; the inspection of the day of the fall, Fri 26 May 2023"),
    ev("hospital-transfer", "نقل مصابين إلى مستشفى في الإسكندرية", FALL, "no own expression; the transfer on the day of the fall, Fri 26 May 2023"),
])

# ---------------------------------------------------------------- iraq-kut-dream-city-ride-collapse-2024
S = "iraq-kut-dream-city-ride-collapse-2024"
KUT = "2024-02-12"                       # Mon 12 Feb 2024: the fall, the injured taken to hospital, the governor's order
art(S, "https://hathalyoum.net/articles/3309926",
    "2024-02-12", "page date line '2024-02-12 17:06:10 - المصدر: بغداد اليوم' (date and time kept as first line; 12 Feb 2024 was a Monday); the body's 'اليوم الاثنين (12 شباط 2024)' agrees; the page furniture ('اخبار العراق الان', the repeated headline) and the source line dropped", True, """
2024-02-12 17:06:10
محافظ واسط يأمر بغلق «مدينة الأحلام» بعد إصابة 15 طفلًا وامرأتين بسقوط إحدى ألعابها
أفاد مصدر أمني في محافظة واسط، اليوم الاثنين (12 شباط 2024)، بأن المحافظ محمد جميل المياحي أصدر أوامر بإغلاق مدينة ألعاب الأحلام وتشكيل لجنة مختصة بالحوادث.
وكان مصدر محلي قد أفاد، في وقت سابق من اليوم، بأن 15 طفلًا وامرأتين أصيبوا بجروح خطيرة إثر سقوط إحدى ألعاب «مدينة الأحلام» في المحافظة.
وأوضح المصدر أن الجروح تفاوتت بين المصابين ومنها إصابات في الرأس، وأنهم نُقلوا إلى المستشفى لتلقي العلاج اللازم.
وأشار إلى أن بعض المصابين أُدخلوا وحدة الإنعاش، مؤكدًا أنه لم تُسجَّل أي حالة وفاة لغاية الآن.
""", [
    ev("closure-order", "أصدر أوامر بإغلاق مدينة ألعاب الأحلام", KUT, "'اليوم الاثنين (12 شباط 2024)' = Mon 12 Feb 2024"),
    ev("investigation-committee", "وتشكيل لجنة مختصة بالحوادث", KUT, "part of the same order of 'اليوم الاثنين (12 شباط 2024)' = Mon 12 Feb 2024"),
    ev("ride-collapse", "إثر سقوط إحدى ألعاب «مدينة الأحلام» في المحافظة", KUT, "'في وقت سابق من اليوم' = earlier on Mon 12 Feb 2024"),
    ev("injured-hospitalised", "وأنهم نُقلوا إلى المستشفى لتلقي العلاج اللازم", KUT, "no own expression; the injured of Mon 12 Feb 2024 were taken to hospital that day"),
    ev("icu-admissions", "بعض المصابين أُدخلوا وحدة الإنعاش", KUT, "no own expression; admissions of Mon 12 Feb 2024"),
])
art(S, "https://almaalomah.me/news/55899/local/بعد-حادثة-الدولاب-محافظ-واسط-يوجه-بغلق-مدينة-العاب-الاحلام?page=1",
    "2024-02-12", "page date line '12 Feb 2024 19:29' (kept verbatim as first line; 12 Feb 2024 was a Monday); the body's 'اليوم الاثنين' agrees; the menu, the breadcrumb, the dateline 'المعلومة/ بغداد..', the end mark 'انتهى/25ر' and 'الأكثر قراءة' dropped", True, """
12 Feb 2024 19:29
بعد حادثة «الدولاب».. محافظ واسط يوجّه بغلق مدينة ألعاب الأحلام
وجّه محافظ واسط محمد جميل المياحي، اليوم الاثنين، بإغلاق مدينة ألعاب الأحلام وتأليف لجنة مختصة بالحوادث، إثر سقوط إحدى ألعابها.
وذكر مصدر أمني لوكالة «المعلومة» أن المحافظ أصدر أوامره بغلق المدينة وتشكيل اللجنة.
وفي وقت سابق من اليوم، قال مصدر محلي إن 15 طفلًا وامرأتين جُرحوا بجروح خطيرة من جراء سقوط إحدى ألعاب المدينة في واسط.
وبيّن المصدر أن الإصابات متفاوتة وبينها إصابات في الرأس، وأن المصابين نُقلوا إلى المستشفى للعلاج، وأن بعضهم أُدخل وحدة الإنعاش، ولا وفيات لغاية الآن.
""", [
    ev("closure-order", "وجّه محافظ واسط محمد جميل المياحي، اليوم الاثنين، بإغلاق", KUT, "'اليوم الاثنين' = Mon 12 Feb 2024 (the date line)"),
    ev("investigation-committee", "وتأليف لجنة مختصة بالحوادث", KUT, "part of the same order of 'اليوم الاثنين' = Mon 12 Feb 2024"),
    ev("ride-collapse", "من جراء سقوط إحدى ألعاب المدينة في واسط", KUT, "'في وقت سابق من اليوم' = earlier on Mon 12 Feb 2024"),
    ev("injured-hospitalised", "وأن المصابين نُقلوا إلى المستشفى للعلاج", KUT, "no own expression; the injured of Mon 12 Feb 2024 were taken to hospital that day"),
    ev("icu-admissions", "وأن بعضهم أُدخل وحدة الإنعاش", KUT, "no own expression; admissions of Mon 12 Feb 2024"),
])
art(S, "https://www.syria.news/9b87b942-13022412.html",
    "2024-02-13", "no date line on the stored page; the URL's code '13022412' (the site's day-month-year-hour stamp: 13-02-24, 12 h) and the body's 'أمس الإثنين' for the fall of Mon 12 Feb 2024 both put the page on Tue 13 Feb 2024; the section name 'المنوعات' dropped; no date of its own in the text", False, """
قذفت الأطفال في الهواء.. سقوط مرعب للعبة في مدينة ملاهٍ بالعراق
شهدت محافظة واسط العراقية، أمس الإثنين، حادثة مروعة سقطت فيها لعبة أطفال في إحدى المدن الترفيهية، فأصيب عدد من الأطفال.
وأدى سقوط لعبة «الدوامة الدوارة» في مدينة الأحلام الترفيهية بمنطقة الفلاحية جنوبي الكوت إلى إصابة 18 شخصًا، منهم 13 طفلًا وامرأتان.
وسارعت فرق الطوارئ إلى نقل المصابين إلى مستشفى الكرامة القريب لتلقي العلاج، وتراوحت إصاباتهم بين الخطيرة والمتوسطة، ولم تُسجَّل أي وفيات.
وأعلنت صحة واسط إدخال اثنين من المصابين قسم العناية المركزة لخطورة حالتيهما، وتسجيل إصابتين في الرأس، فيما توزعت بقية الإصابات بين كسور ورضوض.
وتناقل ناشطون على مواقع التواصل الاجتماعي مقاطع وصورًا لسقوط «الدوامة الدوارة» المفاجئ، وللرعب الذي أصاب الأهالي خوفًا على أطفالهم.
وأصدر محافظ واسط محمد جميل المياحي، اليوم، عقب الحادثة، توجيهًا بإغلاق المدينة الترفيهية وتشكيل لجنة مختصة بالحوادث للتحري عن أسبابها.
""", [
    ev("ride-collapse", "أمس الإثنين، حادثة مروعة سقطت فيها لعبة أطفال", KUT, "'أمس الإثنين' from Tue 13 = Mon 12 Feb 2024"),
    ev("injured-hospitalised", "نقل المصابين إلى مستشفى الكرامة القريب", KUT, "no own expression; the transfer on the day of the fall, Mon 12 Feb 2024"),
    ev("icu-admissions", "إدخال اثنين من المصابين قسم العناية المركزة", KUT, "no own expression; admissions of Mon 12 Feb 2024"),
    ev("videos-circulated", "مقاطع وصورًا لسقوط «الدوامة الدوارة» المفاجئ", KUT, "no own expression; the clips spread from Mon 12 (the Jusur tweet is dated February 12, 2024) to the report's day Tue 13 Feb 2024 (my span)", end="2024-02-14"),
    ev("closure-order", "اليوم، عقب الحادثة، توجيهًا بإغلاق المدينة الترفيهية", KUT, "the text's 'اليوم' would give the report's day Tue 13, but the order was issued on Mon 12 Feb 2024 'عقب الحادثة' (hathalyoum 17:06 and almaalomah 19:29 of that day): a slip copied from a report of the day before; gold is the true day"),
    ev("investigation-committee", "وتشكيل لجنة مختصة بالحوادث للتحري عن أسبابها", KUT, "part of the same order, issued on Mon 12 Feb 2024 (see closure-order)"),
])

# ---------------------------------------------------------------- palestine-ramallah-sky-land-ride-fall-2017
S = "palestine-ramallah-sky-land-ride-fall-2017"
SKY = "2017-08-11"                       # evening of Fri 11 Aug 2017
art(S, "https://madar.news/21-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%A8%D8%B3%D9%82%D9%88%D8%B7-%D9%84%D8%B9%D8%A8%D8%A9-%D8%A8%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D9%85%D9%84%D8%A7%D9%87%D9%8A-%D9%81%D9%8A-%D8%B1%D8%A7%D9%85-%D8%A7/",
    "2017-08-11", "page time line 'مدار نيوز، نشر بـ 2017/08/11 الساعة 7:56 مساءً' (date and time kept as first line; 11 Aug 2017 was a Friday); the body's 'مساء اليوم الجمعة' agrees; 'الشريط الأخباري', the dateline 'رام الله-مدار نيوز:', the short link and the page furniture dropped", True, """
2017/08/11 الساعة 7:56 مساءً
21 إصابة في سقوط لعبة بمدينة ملاهٍ في رام الله
أصيب 21 مواطنًا أغلبهم أطفال، مساء اليوم الجمعة، في إحدى مدن الملاهي برام الله بعد أن سقطت إحدى ألعابها.
وأكد الهلال الأحمر أن طواقمه تعاملت مع خمس إصابات لأطفال نقلتها إلى المستشفى الاستشاري العربي، فيما نُقلت بقية الإصابات بسيارات إسعاف خاصة.
وقال المتحدث باسم الشرطة المقدم لؤي ارزيقات إن برجًا لإحدى الآلات سقط فأصاب 21 مواطنًا ومواطنة نُقلوا إلى المستشفيات للعلاج، ووُصفت إصاباتهم بين الطفيفة والمتوسطة.
وأضاف أن رئيس نيابة رام الله والبيرة الأستاذ علاء التميمي قرر إغلاق منطقة الآلة المتسببة بالحادث ومحيطها إلى حين استكمال الإجراءات القانونية.
""", [
    ev("ride-fall", "مساء اليوم الجمعة، في إحدى مدن الملاهي برام الله", SKY, "'مساء اليوم الجمعة' = the evening of Fri 11 Aug 2017 (the time line)"),
    ev("injured-hospitalised", "تعاملت مع خمس إصابات لأطفال نقلتها إلى المستشفى الاستشاري العربي", SKY, "no own expression; the transfers of the evening of the fall, Fri 11 Aug 2017"),
    ev("police-statement", "وقال المتحدث باسم الشرطة المقدم لؤي ارزيقات", SKY, "no own expression; the police statement of the evening of Fri 11 Aug 2017, before this 7:56 p.m. item"),
    ev("ride-area-closed", "قرر إغلاق منطقة الآلة المتسببة بالحادث ومحيطها", SKY, "no own expression; the prosecutor's order of the evening of Fri 11 Aug 2017"),
])
art(S, "https://www.qudsn.ps/article/124970",
    "2017-08-12", "no date on the stored page; the body's 'مساء أمس الجمعة' for the fall of the evening of Fri 11 Aug 2017 (madar's item of 7:56 p.m. that day) puts the page on Sat 12 Aug 2017; 'أخبار', 'فيديو|' and the dateline 'رام الله- خاص قُدس الإخبارية:' dropped; the last, truncated sentence cut to its last complete clause; no date of its own in the text", False, """
التفاصيل الكاملة لسقوط لعبة بملاهٍ في رام الله وإصابة 21 طفلًا
أصيب 21 طفلًا مساء أمس الجمعة عندما تساقطت لعبة هوائية في ملاهي «سكاي لاند» بضاحية الريحان قرب رام الله وسط الضفة المحتلة.
وذكرت جمعية الهلال الأحمر أن طواقمها تعاملت مع 5 إصابات لأطفال في ملاهٍ بمدينة رام الله ونقلتها إلى المستشفى الاستشاري العربي، في حين نُقلت الإصابات الأخرى بسيارات إسعاف خاصة.
وقال المتحدث باسم الشرطة لؤي ارزيقات إن 21 طفلًا جُرحوا جراء سقوط اللعبة، ووُصفت جروحهم بين المتوسطة والطفيفة.
وأضاف لـ«قدس الإخبارية» أن الشرطة ما زالت حتى هذه اللحظات تنتظر نتائج لجنة التحقيق التي شكّلتها محافظة رام الله، مؤكدًا إغلاق محيط اللعبة في انتظار تحديد المسؤول.
من جهتها شكّلت محافظ رام الله والبيرة ليلى غنام، بالتنسيق مع النيابة العامة، لجنة تحقيق فيما جرى، وأمرت على الفور بإغلاق اللعبة ومحيطها ومتابعة علاج المصابين.
وقالت غنام في بيان صحفي الليلة إن صحة أبنائنا وسلامتهم أولوية، ولا يمكن السماح بتعريضهم للخطر.
""", [
    ev("ride-fall", "مساء أمس الجمعة عندما تساقطت لعبة هوائية", SKY, "'مساء أمس الجمعة' from Sat 12 = the evening of Fri 11 Aug 2017"),
    ev("injured-hospitalised", "ونقلتها إلى المستشفى الاستشاري العربي", SKY, "no own expression; the transfers of the evening of the fall, Fri 11 Aug 2017"),
    ev("inquiry-committee", "شكّلت محافظ رام الله والبيرة ليلى غنام", SKY, "no own expression; the governor formed the committee on the night of the fall, Fri 11 Aug 2017 (her statement 'الليلة', qudsnet's report of that evening)"),
    ev("ride-area-closed", "وأمرت على الفور بإغلاق اللعبة ومحيطها", SKY, "no own expression; 'على الفور', on the night of Fri 11 Aug 2017"),
    ev("governor-statement", "وقالت غنام في بيان صحفي الليلة", SKY, "'الليلة': the statement was issued on the night of Fri 11 Aug 2017 (qudsnet's report of that evening: 'في وقت سابق من مساء الجمعة'); this item of Sat 12 repeats it"),
])
art(S, "https://www.wattan.net/ar/video/211488.html",
    "2017-08-13", "page date line '13.08.2017 04:20 PM' (kept as first line; 13 Aug 2017 was a Sunday); the byline 'رام الله - وطن للانباء - فارس المالكي' dropped; the last, truncated sentence (a question to the governorate) dropped", True, """
13.08.2017 04:20 PM
بعد حادثة «سكاي لاند».. هل تتجنب رام الله كارثة جديدة؟
يعيد الطفل محمد بعلوشة مرة بعد أخرى مشاهدة مقطع الفيديو الذي وثّق لحظة سقوط آلة الألعاب في مدينة ملاهي «سكاي لاند بارك» شمال رام الله، ويروي لـ«وطن» بصوت مرتجف من سرير العلاج في المستشفى تفاصيل الحادثة التي نجا منها بأعجوبة.
وفي الغرفة المقابلة يجلس الطفلان عبيدة ومحمد على سريري العلاج والصدمة بادية على وجهيهما، وهما يخشيان تكرار زيارة الملاهي مستقبلا بعد هذه الحادثة.
ودفعت الحادثة المأساوية التي وقعت مؤخرا في «سكاي لاند» وأصيب فيها عشرات الأطفال الأهالي إلى المطالبة برقابة صارمة على مراكز الترفيه، مؤكدين أنهم سيقاضون إدارة الملاهي لجبر الضرر.
وعقب الحادثة أعلنت محافظ رام الله والبيرة ليلى غنّام، بالتنسيق مع النيابة العامة، إغلاق اللعبة ومحيطها وتشكيل لجنة فنية تضم الدفاع المدني ومؤسسة المواصفات والمقاييس وممثلين عن المحافظة للوقوف على أسباب الحادث.
""", [
    ev("ride-fall", "الحادثة المأساوية التي وقعت مؤخرا", SKY, "'مؤخرا' from Sun 13: the fall of the evening of Fri 11 Aug 2017"),
    ev("children-in-hospital", "من سرير العلاج في المستشفى", "2017-08-11", "no own expression; the children were in hospital from the night of Fri 11 to the report's day Sun 13 Aug 2017 (my span)", end="2017-08-14"),
    ev("parents-demands", "الأهالي إلى المطالبة برقابة صارمة", "2017-08-12", "no own expression; the parents' calls after the fall, Sat 12 - Sun 13 Aug 2017 (my span)", end="2017-08-14"),
    ev("ride-area-closed", "إغلاق اللعبة ومحيطها", SKY, "no own expression; 'عقب الحادثة', on the night of Fri 11 Aug 2017"),
    ev("inquiry-committee", "وتشكيل لجنة فنية تضم الدفاع المدني", SKY, "no own expression; 'عقب الحادثة', on the night of Fri 11 Aug 2017"),
])

# ---------------------------------------------------------------- egypt-alexandria-farha-park-girl-death-2021
S = "egypt-alexandria-farha-park-girl-death-2021"
GIRL = "2021-09-26"                      # Sun 26 Sep 2021 (evening)
SEALED = ("2021-09-26", "2021-09-28")    # the park shut and sealed, by Mon 27 Sep 2021
art(S, "https://beta.masrawy.com/news/news_regions/details/2021/9/27/2096519/لم-تعد-ملاهي-فرحة-صمت-الموت-يكسو-موقع-رحيل-الطفلة-دنيا-الإسكندرية",
    "2021-09-27", "page time line '06:17 م الإثنين 27 سبتمبر 2021' (kept as first line; 27 Sep 2021 was a Monday) and date in the URL '/2021/9/27/'; the body's 'اليوم الإثنين' agrees; the search-box notice, 'إعلان', the app banner and the byline 'الإسكندرية - محمد عامر' dropped; the last, truncated sentence dropped", True, """
06:17 م الإثنين 27 سبتمبر 2021
لم تعد «ملاهي فرحة».. صمت الموت يخيّم على موقع رحيل الطفلة دنيا بالإسكندرية
«هل هذه هي الملاهي التي ماتت فيها الطفلة؟» سؤال يكرره كل من يمر بجوار «ملاهي فرحة» في منطقة الرأس السوداء شرق الإسكندرية.
فقد غطى الشمع الأحمر أقفال أبواب الملاهي التي سقطت فيها قبل ساعات طفلة في الثانية عشرة من «لعبة الإعصار» المتهالكة، ففارقت الحياة على الفور.
وانطفأت الأنوار وسكنت الألعاب داخل أسوار المكان، ولم يبق إلا صمت يليق بحادثة شغلت الشارع السكندري.
ورصد «مصراوي» في بث مباشر، اليوم الإثنين، الوضع أمام الملاهي بعد أن أُغلقت وشُمّعت بالشمع الأحمر بقرار من نيابة المنتزه أول، وقُبض على مالكيها.
وبدأت الواقعة حين تلقى قسم شرطة المنتزه أول إخطارًا من مستشفى خاص بوصول الطفلة «دنيا سعيد» (12 عامًا) متوفاة متأثرة بجروح وكسور في أنحاء جسدها.
""", [
    ev("girl-fall", "سقطت فيها قبل ساعات طفلة في الثانية عشرة", GIRL, "'قبل ساعات' from Mon 27 Sep 2021 (6:17 p.m.): the fall of the evening of Sun 26 Sep 2021 (elfagr's 'أمس الأحد')"),
    ev("masrawy-live", "ورصد «مصراوي» في بث مباشر، اليوم الإثنين", "2021-09-27", "'اليوم الإثنين' = Mon 27 Sep 2021 (the time line)"),
    ev("park-sealed", "بعد أن أُغلقت وشُمّعت بالشمع الأحمر", SEALED[0], "no own expression; the park was shut and sealed after the fall of Sun 26 and before the live report of Mon 27 Sep 2021 (my span)", end=SEALED[1]),
    ev("owners-arrested", "وقُبض على مالكيها", SEALED[0], "no own expression; the owners were arrested between the fall of Sun 26 and the report of Mon 27 Sep 2021 (my span)", end=SEALED[1]),
    ev("police-notified", "تلقى قسم شرطة المنتزه أول إخطارًا من مستشفى خاص", GIRL, "no own expression; the hospital's notice on the night of the fall, Sun 26 Sep 2021"),
])
art(S, "https://www.elfagr.org/4294254",
    "2021-09-27", "no date on the stored page; the body's 'أمس الأحد' for the fall, and the prosecution's first orders (one worker held), which cairo24's item 1379970 dates 'اليوم الإثنين', put the page on Mon 27 Sep 2021 (27 Sep 2021 was a Monday); the section name and the captions dropped; no date of its own in the text", False, """
التفاصيل الكاملة لوفاة طفلة سقطت من لعبة بملاهٍ في الإسكندرية
سقطت طفلة، أمس الأحد، وهي تلهو بلعبة «الإعصار» في إحدى مناطق ألعاب الأطفال الترفيهية بمنطقة الرأس السوداء شرق الإسكندرية، ما أدى إلى وفاتها.
وتلقى اللواء محمود أبو عمرة، مدير أمن الإسكندرية، إخطارًا من مأمور قسم شرطة المنتزه أول ببلاغ عن سقوط طفلة من لعبة بملاهٍ في الرأس السوداء ونقلها إلى المستشفى حيث توفيت فور وصولها، وتبيّن أن الطفلة في الثانية عشرة وسقطت من لعبة الإعصار بعد تشغيل اللعبة بدقائق.
وأفاد ذووها بأنهم كانوا في نزهة بملاهي فرحة، وبأن الطفلة ركبت لعبة الإعصار وفور تشغيل اللعبة بعدة دقائق فوجئوا بسقوطها من ارتفاع 10 أمتار وارتطامها بأجزاء من اللعبة، فنقلوها إلى أحد المستشفيات حيث لفظت أنفاسها الأخيرة.
وحُرر المحضر اللازم وأُخطرت النيابة لمباشرة التحقيق.
وقررت نيابة المنتزه أول بالإسكندرية طلب تحريات المباحث حول الواقعة على وجه السرعة، وحجز أحد العاملين بالملاهي على ذمة التحقيقات، وطلب ملف الملاهي من جهات الترخيص، وتشكيل لجنة فنية لتحديد وسائل الأمان فيها.
""", [
    ev("girl-fall", "سقطت طفلة، أمس الأحد، وهي تلهو بلعبة «الإعصار»", GIRL, "'أمس الأحد' from Mon 27 = Sun 26 Sep 2021"),
    ev("police-notified", "إخطارًا من مأمور قسم شرطة المنتزه أول ببلاغ", GIRL, "no own expression; the report of the night of the fall, Sun 26 Sep 2021"),
    ev("worker-held", "وحجز أحد العاملين بالملاهي على ذمة التحقيقات", SEALED[0], "no own expression; the prosecution's first order, between the night of Sun 26 and Mon 27 Sep 2021 (cairo24 1379970: 'اليوم الإثنين') (my span)", end=SEALED[1]),
    ev("technical-committee", "وتشكيل لجنة فنية لتحديد وسائل الأمان فيها", SEALED[0], "no own expression; ordered with the same first orders, Sun 26 - Mon 27 Sep 2021 (my span)", end=SEALED[1]),
])
art(S, "https://youm7.com/story/2021/9/29/تجديد-حبس-مالكة-ملاهى-الموت-بالإسكندرية-15-يوما/5477412",
    "2021-09-29", "date in the URL '/2021/9/29/' (29 Sep 2021 was a Wednesday); the stored text has no date line; headline written from the body and the URL slug; the last, truncated sentence cut to its last complete clause; no date of its own in the text", False, """
حبس مالكي «ملاهي الموت» بالإسكندرية 15 يوما
قررت نيابة المنتزه أول بالإسكندرية حبس مالكي ملاهي «فرحة» في منطقة الرأس السوداء شرق المحافظة 15 يوما على ذمة التحقيقات، بعد أن وجّهت إليهما تهمتي إدارة منشأة من دون ترخيص والتسبب خطأً في قتل طفلة، كما أُغلقت المنشأة وشُمّعت بمعرفة الجهة الإدارية.
وكشف تقرير اللجنة التي شكّلها «الحي» أن الملاهي تعمل بلا ترخيص ولا تلتزم بأي اشتراطات للسلامة المهنية، فيما أفاد تقرير إدارة الحماية المدنية بأن المنشأة غير مسجلة لديها أصلًا لعدم حصولها على أي تراخيص، وأوضح تقرير اللجنة الفنية أن معدات الملاهي وألعابها متهالكة ولا تصلح للاستخدام.
واستمعت النيابة كذلك إلى أقوال أسرة المجني عليها الذين اتهموا ملاك الملاهي والقائمين عليها بالتسبب في وفاتها بسقوطها من أعلى.
وكانت النيابة قد أمرت بضبط المسؤول عن الملاهي وإحضاره، وبتشكيل لجنة فنية لمعاينة مكان الحادث ووضع تقرير عن أسبابه، واستدعاء مسؤولي الحي لسؤالهم عن ملف تراخيص الملاهي، مع التصريح بدفن جثة الضحية بعد مناظرتها وبيان سبب الوفاة.
وكان اللواء محمود أبو عمرة، مدير أمن الإسكندرية، قد تلقى إخطارًا من مأمور قسم شرطة المنتزه أول بورود بلاغ بسقوط الطفلة دنيا سعيد (12 عامًا) من لعبة الإعصار بالملاهي.
""", [
    ev("owners-detained", "حبس مالكي ملاهي «فرحة» في منطقة الرأس السوداء", "2021-09-27", "no own expression; the owners were first held on Mon 27 Sep 2021 (almasryalyoum via mogaznews: 'اليوم الاثنين'), and the page's slug calls the 15 days a renewal, by Wed 29 Sep 2021 (my span)", end="2021-09-30"),
    ev("park-sealed", "كما أُغلقت المنشأة وشُمّعت بمعرفة الجهة الإدارية", SEALED[0], "no own expression; the sealing of Sun 26 - Mon 27 Sep 2021 (masrawy's live report of Mon 27)", end=SEALED[1]),
    ev("committee-reports", "وكشف تقرير اللجنة التي شكّلها «الحي»", "2021-09-27", "no own expression; the committees' reports reached the prosecution on Mon 27 Sep 2021 (mahttmsr: 'اليوم الإثنين'), at the latest by Wed 29 (my span)", end="2021-09-30"),
    ev("technical-committee", "وبتشكيل لجنة فنية لمعاينة مكان الحادث", SEALED[0], "no own expression; the prosecution's first orders, Sun 26 - Mon 27 Sep 2021 (my span)", end=SEALED[1]),
    ev("police-notified", "قد تلقى إخطارًا من مأمور قسم شرطة المنتزه أول", GIRL, "no own expression; the report of the night of the fall, Sun 26 Sep 2021"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 290)
                            if i != 201 and i != 285
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

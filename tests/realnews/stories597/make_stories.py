"""Builds stories.jsonl: the 597-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: airlines: new routes launched, flights suspended or
resumed, airline strikes and grounded fleets.
Stories: EgyptAir's suspension of its flights to 13 Arab cities after the US-Israeli strikes on Iran (Egypt,
February-March 2026); Saudia's launch of direct flights to Ankara and Algiers (Saudi Arabia, November 2016);
the first European airliner (Aegean Airlines) to land in Baghdad in 35 years (Iraq, December 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-egyptair-gulf-suspension-2026
S = "egypt-egyptair-gulf-suspension-2026"
SUSPEND = "2026-02-28"                     # EgyptAir suspended its flights to 13 Arab cities on Sat 28 Feb 2026
EXTEND = "2026-03-01"                      # it announced the continued suspension (11 cities) on Sun 1 Mar 2026
art(S, "https://elwatanplus.com/%d9%85%d8%b5%d8%b1-%d9%84%d9%84%d8%b7%d9%8a%d8%b1%d8%a7%d9%86-%d8%aa%d8%b9%d9%84%d9%86-%d8%aa%d8%b9%d9%84%d9%8a%d9%82-%d8%b1%d8%ad%d9%84%d8%a7%d8%aa%d9%87%d8%a7-%d8%a5%d9%84%d9%89-13-%d9%85%d8%af",
    SUSPEND, "no date line on the stored page; the body's 'اليوم السبت' for the suspension to the 13 cities (Kuwait ... Muscat, the same list as okaz of Sat 28 Feb 2026 and shafaq of 28 Feb), so Sat 28 Feb 2026 (28 Feb 2026 was a Saturday); the repeated headline dropped; the last, truncated sentence shortened", False, """
مصر للطيران تعلن تعليق رحلاتها إلى 13 مدينة عربية لحين إشعار آخر
أعلنت مصر للطيران، اليوم السبت، وقف رحلاتها الجوية المنطلقة من القاهرة نحو عدد من المدن العربية، على ضوء التطورات المتلاحقة في المنطقة وما نتج عنها من إغلاق بعض دول الجوار لأجوائها.
وبيّنت الشركة أن قرار التعليق يسري على الرحلات المتجهة إلى الكويت ودبي والدوحة والبحرين وأبوظبي والشارقة والقصيم والدمام وأربيل وبغداد وعمّان وبيروت ومسقط، على أن يظل التعليق قائما لحين إشعار آخر، ضمن المتابعة الدائمة للوضع الإقليمي والتنسيق مع الجهات المختصة.
وفي الإطار نفسه، يتابع الطيار أحمد عادل، رئيس مجلس الإدارة والعضو المنتدب التنفيذي للشركة القابضة لمصر للطيران، مجريات الأوضاع من غرفة الأزمات في مركز العمليات المتكامل (IOCC)، بالتنسيق التام مع الجهات المعنية في مطار القاهرة الدولي والمحطات الخارجية التابعة للشركة، إلى جانب متابعة حركة التشغيل أولا بأول.
وشددت مصر للطيران على حرصها على إبلاغ عملائها بأي مستجدات فور صدورها.
""", [
    ev("egyptair-suspension", "وقف رحلاتها الجوية المنطلقة من القاهرة نحو عدد من المدن العربية", SUSPEND, "'اليوم السبت' = Sat 28 Feb 2026"),
    ev("airspace-closures", "إغلاق بعض دول الجوار لأجوائها", SUSPEND, "no own expression; the closures of neighbouring airspaces on Sat 28 Feb 2026, the day of the US-Israeli strikes on Iran (shafaq, okaz)"),
    ev("adel-crisis-room", "يتابع الطيار أحمد عادل", SUSPEND, "no own expression; the chairman followed events from the crisis room on the day of the suspension, Sat 28 Feb 2026 (okaz of 28 Feb)"),
])
art(S, "https://www.shafaq.com/ar/%D8%A7%D9%84%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%A3%D9%88%D8%B3%D8%B7/%D9%85%D8%B5%D8%B1-%D9%88%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D8%AA%D8%B9%D9%84%D9%82%D8%A7%D9%86-%D8%A7%D9%84%D8%B1%D8%AD%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%AC%D9%88%D9%8A%D8%A9-%D9%84%D9%89-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%88%D8%AF%D9%88%D9%84-%D8%AE%D8%B1%D9%89",
    SUSPEND, "the stored page's date 2026-02-28, matching the body's 'يوم السبت' and 'اليوم السبت' (28 Feb 2026 was a Saturday); headline rendered from the URL slug; the 'شفق نيوز- القاهرة/ أنقرة' dateline kept as it opens the body; the last, truncated sentence shortened", True, """
مصر وتركيا تعلقان الرحلات الجوية إلى العراق ودول أخرى
شفق نيوز- القاهرة/ أنقرة
أعلنت مصر للطيران والخطوط الجوية التركية، يوم السبت، وقف الرحلات الجوية إلى العراق وإلى دول أخرى في الخليج وإلى الأردن، على وقع المواجهة بين إيران من جهة وإسرائيل والولايات المتحدة من جهة أخرى.
وبيّنت الشركة المصرية أن المدن التي عُلّقت الرحلات إليها هي: (الكويت – دبي – الدوحة – البحرين – أبوظبي – الشارقة – القصيم – الدمام – أربيل – بغداد – عمّان – بيروت – مسقط) ولحين إشعار آخر.
وكانت وزارة الطيران المدني المصرية قد أفادت بأنها تراقب الموقف والتطورات الإقليمية الجارية وتداعيات الضربات الأميركية الإسرائيلية على إيران، وطالبت المسافرين بمراجعة بيانات رحلاتهم.
من جهتها، أعلنت الخطوط الجوية التركية وقف رحلاتها إلى 10 دول في الشرق الأوسط.
وبيّن رئيس المكتب الإعلامي للشركة يحيى أوستون، في منشور على منصة "إن سوسيال" التركية، أن الإلغاءات توزعت على النحو التالي:
رحلات أُلغيت اليوم السبت إلى: قطر، والكويت، والبحرين، والإمارات العربية المتحدة، وسلطنة عمان.
رحلات أُلغيت حتى 2 آذار/ مارس 2026 إلى: سوريا، والعراق، والأردن، ولبنان، وإيران.
وأوضح أوستون أن الإلغاء جاء بسبب إغلاق عدد من الدول مجالها الجوي.
""", [
    ev("egyptair-suspension", "وقف الرحلات الجوية إلى العراق وإلى دول أخرى في الخليج", SUSPEND, "'يوم السبت' = Sat 28 Feb 2026"),
    ev("ministry-monitoring", "وكانت وزارة الطيران المدني المصرية قد أفادت بأنها تراقب الموقف", SUSPEND, "no own expression; the ministry's statement of Sat 28 Feb 2026 (okaz 2237917: 'اليوم (السبت)'), before the suspension"),
    ev("us-israeli-strikes-iran", "الضربات الأميركية الإسرائيلية على إيران", SUSPEND, "no own expression; the strikes on Iran began on Sat 28 Feb 2026, the day of this report"),
    ev("turkish-gulf-cancellations", "رحلات أُلغيت اليوم السبت إلى: قطر", SUSPEND, "'اليوم السبت' = Sat 28 Feb 2026"),
    ev("turkish-levant-cancellations", "رحلات أُلغيت حتى 2 آذار/ مارس 2026 إلى: سوريا", SUSPEND, "from Sat 28 Feb 'حتى 2 آذار/ مارس 2026' = through Mon 2 Mar 2026 (span)", end="2026-03-03"),
    ev("airspace-closures", "بسبب إغلاق عدد من الدول مجالها الجوي", SUSPEND, "no own expression; the closures of Sat 28 Feb 2026"),
])
art(S, "https://www.okaz.com.sa/politics/na/2238108",
    EXTEND, "the stored page's date 2026-03-01 (Sun 1 Mar 2026); no weekday in the body; headline written from the body (the stored text has none); the last, truncated sentence ('ويأتي قرار مصر للطيران في سياق تصعيد عسكري خطير ب...') dropped", True, """
مصر للطيران تواصل تعليق رحلاتها إلى 11 مدينة عربية
أعلنت مصر للطيران، الناقل الوطني المصري، مواصلة تعليق كل رحلاتها الجوية المتجهة من مطار القاهرة الدولي إلى 11 مدينة عربية رئيسية في دول الخليج العربي والعراق ولبنان، في ظل تواصل التصعيد العسكري في المنطقة وما نجم عنه من إغلاقات مؤقتة أو جزئية للأجواء في عدد من الدول المجاورة.
وبيّن بيان رسمي للشركة أن الوجهات التي يشملها التعليق هي: دبي وأبوظبي والشارقة وبيروت والدوحة وعمّان والدمام والبحرين وبغداد وأربيل والكويت، وأن التعليق مستمر «حتى إشعار آخر».
وشددت مصر للطيران على أن القرار جاء بسبب تصاعد الأحداث في المنطقة التي تنعكس مباشرة على الحركة الجوية، لافتة إلى متابعتها الدائمة والدقيقة للمستجدات عبر غرفة الأزمات في مركز العمليات المتكامل (IOCC)، بالتنسيق الكامل مع الجهات المعنية في مطار القاهرة والمحطات الخارجية.
وأكد البيان التزام الشركة بتطبيق أعلى معايير السلامة الجوية، وحرصها على أمن الركاب وأطقم الطائرات وسلامتهم أولا، داعيا المسافرين إلى متابعة التحديثات عبر القنوات الرسمية للشركة للاطلاع على أي تغييرات أو إجراءات لإعادة الجدولة.
""", [
    ev("egyptair-suspension-extended", "مواصلة تعليق كل رحلاتها الجوية المتجهة من مطار القاهرة الدولي", EXTEND, "no own expression; the announcement reported on the page of Sun 1 Mar 2026"),
    ev("regional-escalation", "في ظل تواصل التصعيد العسكري في المنطقة", SUSPEND, "no own expression; the escalation since the strikes on Iran of Sat 28 Feb 2026, still going on Sun 1 Mar (span)", end="2026-03-02"),
    ev("airspace-closures", "إغلاقات مؤقتة أو جزئية للأجواء في عدد من الدول المجاورة", SUSPEND, "no own expression; the closures began on Sat 28 Feb 2026 (shafaq, elwatanplus)"),
])

# ---------------------------------------------------------------- saudi-saudia-ankara-algiers-launch-2016
S = "saudi-saudia-ankara-algiers-launch-2016"
ANKARA = "2016-11-18"                      # Saudia's first direct flight Jeddah-Ankara, landed on Fri 18 Nov 2016
ALGIERS = "2016-11-20"                     # the launch of its Algiers flights on Sun 20 Nov 2016
art(S, "https://www.dailysabah.com/arabic/turkey/2016/11/18/saudi-carrier-unveils-more-turkey-flights",
    ANKARA, "the page's 'نشر في 18.11.2016' and the body's 'اليوم الجمعة' (18 Nov 2016 was a Friday); the by-line 'ديلي صباح ووكالات / إسطنبول' and the time stamps dropped; headline kept from the page; the last, truncated sentence dropped", True, """
الخطوط الجوية السعودية تدشن أولى رحلاتها المباشرة إلى أنقرة
افتتحت الخطوط الجوية السعودية اليوم الجمعة أولى رحلاتها المباشرة في وجهتها الدولية الجديدة إلى العاصمة التركية أنقرة، انطلاقا من مدينة جدة.
وجاء في بيان أصدرته الخطوط السعودية أمس الخميس: "ستُسيَّر 8 رحلات أسبوعياً في الاتجاهين، بين مطار الملك عبد العزيز الدولي في جدة ومطار أسن بوغا الدولي في أنقرة، ومن المقرر أن تقلع أول رحلة صباح غد الجمعة".
وأكدت "السعودية" أنها أتمت جميع الاستعدادات لتشغيل الخط الجديد، عبر إدراجه في جدول شبكة رحلاتها الدولية، وتجهيز منصات الخدمة في مطار أسن بوغا بما يلزم من كوادر بشرية مؤهلة وتجهيزات.
وأقيم في مطار أنقرة احتفال بوصول أول طائرة تفتتح الرحلات المباشرة بين المملكة وأنقرة، حضره عدد من مسؤولي الخطوط السعودية، وسفير المملكة لدى تركيا عادل بن سراج مرداد، ومدير مطار إسن بوغا خير الدين بالجي أوغلو، وعدد من قيادات المطار وهيئة الطيران المدني في تركيا.
""", [
    ev("ankara-first-flight", "أولى رحلاتها المباشرة في وجهتها الدولية الجديدة إلى العاصمة التركية أنقرة", ANKARA, "'اليوم الجمعة' = Fri 18 Nov 2016"),
    ev("saudia-statement", "وجاء في بيان أصدرته الخطوط السعودية أمس الخميس", "2016-11-17", "'أمس الخميس' from Fri 18 Nov 2016 = Thu 17 Nov"),
    ev("ankara-landing", "احتفال بوصول أول طائرة تفتتح الرحلات المباشرة", ANKARA, "no own expression; the first aircraft landed at Esenboga on Fri 18 Nov 2016 at 13:30 (okaz: 'ظهر (الجمعة) الماضية')"),
])
art(S, "https://mail.eyeofriyadh.com/ar/news/details/saudia-starts-direct-flights-to-turkish-capital",
    "2016-11-19", "no date on the stored page; the body's 'أمس' for the Ankara launch of Fri 18 Nov 2016 and 'غدا (الأحد)' for the Algiers launch of Sun 20 Nov give Sat 19 Nov 2016 (19 Nov 2016 was a Saturday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
«السعودية» تدشن رحلاتها المباشرة إلى أنقرة
افتتحت الخطوط الجوية العربية السعودية، أمس، رحلاتها المباشرة والمنتظمة إلى عاصمة الجمهورية التركية أنقرة، التي تعد ثاني محطاتها في تركيا بعد إسطنبول وثالث وجهاتها الدولية الجديدة لعام 2016 بعد جزر المالديف وميونخ، على أن يجري غدا (الأحد) التدشين إلى الوجهة الرابعة الجزائر، وذلك في إطار المراحل التطبيقية لبرنامج التحول وخطة المؤسسة (SV2020)، التي تشمل التشغيل إلى محطات دولية جديدة بناء على دراسات تسويقية وتشغيلية، وضمن الاستخدام الأمثل للطائرات الجديدة التي تنضم تباعا إلى المنظومة التشغيلية.
وفي الأثناء، حطت طائرة «الخطوط السعودية» من طراز إيرباص (A330-300) الإقليمية في مطار إيسنبوغا الدولي ظهر أمس، وعلى متنها نائب الرئيس التنفيذي للعمليات بشركة الخطوط السعودية للنقل الجوي رئيس الشركة المكلف الكابتن سلطان بن منديل الضويحي، ومعه عدد من المسؤولين التنفيذيين في الخطوط السعودية.
واعتبر الضويحي أن افتتاح الرحلات المباشرة بين جدة والمدينة المنورة من جهة وأنقرة من جهة أخرى هدف إستراتيجي له أهمية خاصة لدى الناقل الوطني للمملكة، موضحا أن أنقرة هي الوجهة الثانية للخطوط السعودية في تركيا بعد إسطنبول التي تسيّر إليها الرحلات من أربع مدن سعودية هي الرياض وجدة والمدينة المنورة والدمام، بمعدل 38 رحلة أسبوعيا.
""", [
    ev("ankara-first-flight", "رحلاتها المباشرة والمنتظمة إلى عاصمة الجمهورية التركية أنقرة", ANKARA, "'أمس' from Sat 19 Nov 2016 = Fri 18 Nov"),
    ev("algiers-launch", "غدا (الأحد) التدشين إلى الوجهة الرابعة الجزائر", ALGIERS, "'غدا (الأحد)' from Sat 19 Nov 2016 = Sun 20 Nov"),
    ev("ankara-landing", "حطت طائرة «الخطوط السعودية» من طراز إيرباص (A330-300) الإقليمية في مطار إيسنبوغا الدولي ظهر أمس", ANKARA, "'ظهر أمس' from Sat 19 Nov 2016 = Fri 18 Nov"),
])
art(S, "https://sauress.com/okaz/1509860",
    ALGIERS, "no date line on the stored page; the body's 'أمس الأول (الجمعة)' for the Ankara launch of Fri 18 Nov 2016 and 'ستدشن اليوم الوجهة الرابعة إلى الجزائر' (the Algiers launch of Sun 20 Nov; al-jazirah of Tue 22 Nov: 'أول أمس') give Sun 20 Nov 2016; an Okaz report carried by sauress; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
«السعودية» تفتتح خط أنقرة وتستعد لخط الجزائر
افتتحت شركة الخطوط الجوية العربية السعودية أمس الأول (الجمعة) رحلاتها المباشرة والمنتظمة إلى أنقرة عاصمة الجمهورية التركية، وهي ثاني محطاتها في تركيا بعد إسطنبول وثالث وجهاتها الدولية الجديدة لعام 2016 بعد جزر المالديف وميونخ، بواقع 4 رحلات يوميا، فيما ستدشن اليوم الوجهة الرابعة إلى الجزائر، في إطار المراحل التطبيقية لبرنامج التحول وخطة المؤسسة (SV2020)، التي تتضمن التشغيل إلى محطات دولية جديدة وفق دراسات تسويقية وتشغيلية، وضمن الاستخدام الأمثل للطائرات الجديدة التي تلتحق تباعا بالمنظومة التشغيلية.
وكانت طائرة «السعودية» من طراز إيرباص (A330-300) الإقليمية قد هبطت في مطار إيسنبوغا الدولي عند الواحدة والنصف ظهر (الجمعة) الماضية، وعلى متنها نائب الرئيس التنفيذي للعمليات في شركة الخطوط السعودية للنقل الجوي رئيس الشركة المكلف الكابتن سلطان بن منديل الضويحي، إلى جانب عدد من المسؤولين التنفيذيين في الخطوط السعودية وعدد من الإعلاميين وضيوف «الخطوط السعودية» المسافرين إلى أنقرة.
وأكد الكابتن سلطان الضويحي أن تشغيل الرحلات المباشرة بين السعودية وأنقرة يقوي العلاقات بين البلدين والشعبين الشقيقين، ويسهل قدوم الحجاج والمعتمرين من أنقرة إلى المملكة.
""", [
    ev("ankara-first-flight", "أمس الأول (الجمعة) رحلاتها المباشرة والمنتظمة إلى أنقرة", ANKARA, "'أمس الأول (الجمعة)' from Sun 20 Nov 2016 = Fri 18 Nov"),
    ev("algiers-launch", "فيما ستدشن اليوم الوجهة الرابعة إلى الجزائر", ALGIERS, "'اليوم' = Sun 20 Nov 2016 (the day after eyeofriyadh's 'غدا (الأحد)')"),
    ev("ankara-landing", "قد هبطت في مطار إيسنبوغا الدولي عند الواحدة والنصف ظهر (الجمعة) الماضية", ANKARA, "'الواحدة والنصف ظهر (الجمعة) الماضية' = Fri 18 Nov 2016, 13:30"),
])

# ---------------------------------------------------------------- iraq-aegean-baghdad-first-european-flight-2025
S = "iraq-aegean-baghdad-first-european-flight-2025"
LAND = "2025-12-16"                        # the Aegean Airlines aircraft landed at Baghdad; announced on Tue 16 Dec 2025
HALT = ("1990-01-01", "1992-01-01")        # European airlines stopped flying to Baghdad in the early 1990s (35 years earlier)
art(S, "https://www.albayan.ae/news/middle-east/iraq/995781",
    LAND, "the stored page's date 2025-12-16, matching the body's 'يوم الثلاثاء' (16 Dec 2025 was a Tuesday); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
أول طائرة تجارية أوروبية تهبط في بغداد منذ 35 عاما
أعلنت وزارة النقل العراقية، يوم الثلاثاء، هبوط طائرة تابعة لشركة "إيجة" اليونانية في مطار بغداد الدولي، لتصبح أول طائرة تجارية أوروبية تحط فيه منذ 35 عاماً.
ووصفت الوزارة في بيان هذه الرحلة بأنها "محطة مفصلية تؤرخ لمرحلة جديدة من التعافي والانفتاح في قطاع النقل الجوي العراقي".
وأضافت أن الرحلة، التي سيّرتها "Aegean Airlines"، الناقل الوطني اليوناني، هي أول طيران أوروبي يحط في العاصمة بغداد منذ ما يزيد على ثلاثة عقود، "إيذاناً بعودة العراق إلى خارطة الطيران الأوروبي من جديد".
وكانت شركات الطيران الأوروبية قد كفت عن تسيير رحلات مباشرة إلى بغداد منذ مطلع التسعينات.
غير أن العراق أخذ خلال السنوات الماضية يستعيد قدرا من الاستقرار والأمن، فيما تسعى السلطات بجد إلى استقطاب الاستثمارات الأجنبية لدعم اقتصاد البلاد الذي يتعافى.
وصرح المتحدث باسم وزارة النقل العراقية، ميثم الصافي، لوكالة فرانس برس بأن "هذه أول رحلة مباشرة مُجدوَلة بين أوروبا والعراق منذ 35 عاماً"، مضيفا أن "العراق اليوم يشهد استقراراً ملحوظاً".
وبحسب وزارة النقل، ستُسيَّر رحلتان أسبوعياً على خط بغداد - أثينا - بغداد، مع إمكانية زيادة عددها تبعا لمعدلات الطلب.
""", [
    ev("ministry-announcement", "أعلنت وزارة النقل العراقية، يوم الثلاثاء", LAND, "'يوم الثلاثاء' = Tue 16 Dec 2025"),
    ev("aegean-landing-baghdad", "هبوط طائرة تابعة لشركة \"إيجة\" اليونانية في مطار بغداد الدولي", LAND, "no own expression; the landing announced on Tue 16 Dec 2025 (elbalad of Fri 19 Dec: 'يوم الثلاثاء الماضي')"),
    ev("european-flights-halt", "قد كفت عن تسيير رحلات مباشرة إلى بغداد منذ مطلع التسعينات", HALT[0], "'منذ مطلع التسعينات' and '35 عاماً' before Dec 2025 = around 1990, after the invasion of Kuwait (my span 1990-1991)", end=HALT[1]),
    ev("safi-afp-remarks", "وصرح المتحدث باسم وزارة النقل العراقية، ميثم الصافي", LAND, "no own expression; the spokesman's remarks of the day of the announcement, Tue 16 Dec 2025"),
])
art(S, "https://www.emaratalyoum.com/politics/news/2025-12-16-1.1997701",
    LAND, "no date line in the stored text; the body's 'أعلنت وزارة النقل العراقية، اليوم' for the ministry's announcement of Tue 16 Dec 2025 (albayan, alaraby and lebanon24, all dated 16 Dec: 'اليوم الثلاثاء'), and the URL's 2025-12-16, give Tue 16 Dec 2025; headline written from the body (the stored text has none)", False, """
طائرة يونانية أول رحلة أوروبية تحط في بغداد منذ 35 عاما
أفادت وزارة النقل العراقية، اليوم، بأن طائرة تابعة لشركة "أيجة" اليونانية هبطت في مطار بغداد الدولي، لتكون أول طائرة تجارية أوروبية تحط فيه منذ 35 عاماً.
وذكرت الوزارة في بيان أن هذه الرحلة تشكل "محطة مفصلية تؤرخ لمرحلة جديدة من التعافي والانفتاح في قطاع النقل الجوي العراقي".
وتابعت: "نُفِّذت الرحلة من قبل شركة أيجة، الناقل الوطني اليوناني، لتكون أول طيران أوروبي يهبط في العاصمة بغداد منذ أكثر من ثلاثة عقود، إيذانًا بعودة العراق إلى خارطة الطيران الأوروبي من جديد".
وكانت شركات الطيران الأوروبية قد أوقفت رحلاتها المباشرة إلى بغداد منذ بداية التسعينات.
ووفق وزارة النقل، ستُسيَّر رحلتان في الأسبوع على خط بغداد - أثينا - بغداد، مع إمكانية رفع عدد الرحلات بحسب معدلات الطلب.
وكانت الشركة اليونانية قد شرعت قبل أشهر في تسيير رحلات إلى أربيل، عاصمة إقليم كردستان العراق.
""", [
    ev("ministry-announcement", "أفادت وزارة النقل العراقية، اليوم", LAND, "'اليوم' = Tue 16 Dec 2025"),
    ev("aegean-landing-baghdad", "طائرة تابعة لشركة \"أيجة\" اليونانية هبطت في مطار بغداد الدولي", LAND, "no own expression; the landing announced on Tue 16 Dec 2025"),
    ev("european-flights-halt", "قد أوقفت رحلاتها المباشرة إلى بغداد منذ بداية التسعينات", HALT[0], "'منذ بداية التسعينات' = around 1990 (my span 1990-1991)", end=HALT[1]),
    ev("aegean-erbil-flights", "قد شرعت قبل أشهر في تسيير رحلات إلى أربيل", "2025-01-01", "'قبل أشهر' from Dec 2025; report.az: 'Earlier this year' = some time in 2025 before the Baghdad flight (my span Jan - Nov 2025)", end="2025-12-01"),
])
art(S, "https://www.elbalad.news/6806171",
    "2025-12-19", "the stored page's date 2025-12-19 (a Friday); the body's 'يوم الثلاثاء الماضي' for the landing of Tue 16 Dec 2025 fits it ('قبل 4 أيام' is the reporter's own count); headline written from the body (the stored text has none); the sub-heading 'رحلات منتظمة ومؤشرات لرفع الحظر' and the last, truncated sentence dropped", True, """
مراسلة: مطار بغداد استقبل أول طائرة أوروبية بعد 35 عاما
ذكرت هبة التميمي، مراسلة قناة القاهرة الإخبارية، أن مطار بغداد الدولي استقبل أول طائرة أوروبية بعد انقطاع استمر 35 عامًا، مبينة أن ذلك حدث قبل 4 أيام، وبالتحديد يوم الثلاثاء الماضي، وأنه يشكل لحظة فارقة في تاريخ الطيران المدني العراقي والناقل الجوي الوطني، بعد سنوات طويلة من انقطاع الرحلات الأوروبية إلى العاصمة بغداد.
وبيّنت التميمي، في مداخلة على الهواء، أن هذه العودة لا تقتصر على هبوط طائرة في مطار بغداد الدولي، بل تعني عودة مسار وتحولا نوعيا في تاريخ الخطوط الجوية العراقية، وفي مسار الانفتاح الجوي للعراق على العالم، ولا سيما على القارة الأوروبية، لافتة إلى أن أول من بدأ التشغيل هي شركة «إيجيان» اليونانية التي تسيّر خط بغداد – أثينا – بغداد.
وأضافت المراسلة أن الرحلات ستُسيَّر بمعدل رحلتين في الأسبوع، مع خطط لزيادتها خلال الأيام المقبلة، مؤكدة أن هذه الخطوة تحمل أملا ومؤشرا كبيرا على إمكانية رفع الحظر الأوروبي عن الخطوط الجوية العراقية والناقل الوطني، وهو ما يجعلها محطة مهمة في تاريخ الطيران المدني العراقي.
""", [
    ev("aegean-landing-baghdad", "مطار بغداد الدولي استقبل أول طائرة أوروبية بعد انقطاع استمر 35 عامًا", LAND, "'يوم الثلاثاء الماضي' from Fri 19 Dec 2025 = Tue 16 Dec"),
    ev("tamimi-on-air", "في مداخلة على الهواء", "2025-12-19", "no own expression; the reporter's on-air intervention reported on the page of Fri 19 Dec 2025"),
    ev("european-flights-halt", "بعد سنوات طويلة من انقطاع الرحلات الأوروبية إلى العاصمة بغداد", HALT[0], "no own expression; the halt of the early 1990s, 35 years before (albayan: 'منذ بداية التسعينات'; my span 1990-1991)", end=HALT[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 597
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 407-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Baghdad (fires, floods, traffic and
bridges, power cuts, protests, universities, courts, sport, markets).
Stories: see README.md beside this file.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-baghdad-waziriya-perfume-fire-2022
S = "iraq-baghdad-waziriya-perfume-fire-2022"
FIRE = "2022-11-06"                        # the fire in the perfume stores of al-Waziriya and the collapse, Sun 6 Nov 2022
art(S, "https://sarabic.ae/amp/20221106/32-%D9%85%D8%B5%D8%A7%D8%A8%D8%A7-%D9%85%D9%86-%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A-%D9%8810-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D9%85%D9%81%D9%82%D9%88%D8%AF%D9%8A%D9%86-%D8%A5%D8%AB%D8%B1-%D8%AD%D8%B1%D9%8A%D9%82-%D9%88%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D8%B1%D9%83%D8%B2-%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A-%D9%88%D8%B3%D8%B7-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-1069894519.html",
    "2022-11-06", "date in the URL '/20221106/' (6 Nov 2022 was a Sunday); the body's 'اليوم الأحد' agrees; headline rendered from the URL slug (the stored text has none); no date of its own in the text", True, """
إصابة 32 من رجال الدفاع المدني وفقدان أكثر من 10 أشخاص في حريق وانهيار مبنى تجاري وسط بغداد
بغداد- سبوتنيك. أبلغ مصدر أمني عراقي سبوتنيك، اليوم الأحد، بأن "مصابي الدفاع المدني في حريق المبنى التجاري بالوزيرية وسط بغداد وصل عددهم إلى 32 شخصا من الضباط والمنتسبين، وتوزعت إصاباتهم بين الكسور والرضوض والاختناق".
وتابع المصدر أن الحادث خلّف "أكثر من 10 مفقودين، وأن غياب إجراءات السلامة داخل المبنى كان سبب الحريق".
ولفت المصدر إلى أن "وزارة الداخلية باشرت تحقيقا في الحادث".
وكانت وكالة الأنباء العراقية قد ذكرت في وقت سابق من اليوم أن "الإصابات في صفوف الدفاع المدني ارتفعت إلى ما يزيد على 20 حالة بعد انهيار البناية التجارية في الوزيرية"، ومن بين المصابين مدير الدفاع المدني وعدد من رجال الإطفاء.
وأضافت الوكالة أن "وزير الداخلية أمر باستنفار الجهود لإخماد حريق المجمع التجاري في الوزيرية".
وتخلو أغلب المباني في بغداد، التي يقطنها قرابة عشرة ملايين نسمة، من إجراءات السلامة، وهو ما يتسبب بحوادث وضحايا، فيما تندلع في مراكز تجارية كبرى بالعاصمة حرائق تسفر أحيانا عن إصابات إلى جانب خسائر مادية فادحة.
""", [
    ev("civil-defence-injured", "وصل عددهم إلى 32 شخصا من الضباط والمنتسبين", FIRE, "'اليوم الأحد' = Sun 6 Nov 2022 (URL); the firemen were hurt in the collapse that Sunday"),
    ev("people-missing", "أن الحادث خلّف \"أكثر من 10 مفقودين", FIRE, "no own expression; the workers were lost in the fire and collapse of Sun 6 Nov 2022"),
    ev("interior-investigation", "باشرت تحقيقا في الحادث", FIRE, "no own expression ('اليوم الأحد' of the report) = Sun 6 Nov 2022"),
    ev("building-collapse", "بعد انهيار البناية التجارية في الوزيرية", FIRE, "'في وقت سابق من اليوم' of Sun 6 Nov 2022"),
    ev("minister-mobilises", "أمر باستنفار الجهود لإخماد حريق المجمع التجاري", FIRE, "no own expression; Interior Minister al-Shammari's order during the fire of Sun 6 Nov 2022"),
])
art(S, "https://alaraby.co.uk/society/%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D8%A8%D9%86%D9%89-%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A-%D9%81%D9%8A-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D8%A8%D8%B9%D8%AF-%D8%A7%D8%AD%D8%AA%D8%B1%D8%A7%D9%82%D9%87-%D8%AB%D8%A7%D9%86%D9%8A-%D8%AD%D8%A7%D8%AF%D8%AB%D8%A9-%D8%A8%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%AE%D9%84%D8%A7%D9%84-%D8%B4%D9%87%D8%B1",
    "2022-11-06", "no date line on the stored page; the embedded tweet is dated 'November 6, 2022' (dropped with the tweet) and the body's 'مساء اليوم الأحد' gives Sun 6 Nov 2022; headline rendered from the URL slug; the last, truncated sentence on the minister dropped; no date of its own in the text", False, """
انهيار مبنى تجاري في بغداد بعد احتراقه.. ثاني حادثة من نوعها في العراق خلال شهر
ذكرت مصادر أمنية عراقية أن مبنى يقع وسط العاصمة بغداد انهار، مساء اليوم الأحد، إثر حريق هائل شب فيه، ما أدى إلى إصابة أفراد من فرق الدفاع المدني والإنقاذ الذين كانوا يعملون على إطفاء النيران.
وتعد هذه الحادثة الثانية من نوعها خلال شهر واحد، فقد شهدت العاصمة، مطلع شهر أكتوبر/ تشرين الأول الماضي، انهيارا كاملا لمبنى طبي في منطقة الكرادة وسط بغداد، أودى بحياة ثلاثة أشخاص بينما أُنقذ 13 آخرون من تحت الأنقاض.
وبحسب المصادر التي نقلت عنها وكالات أنباء عراقية محلية، فإن "النيران اشتعلت داخل مبنى تجاري يحتوي على مخازن للعطور في منطقة الوزيرية وسط بغداد، وأدت إلى انهياره في أثناء عمليات الإطفاء"، مضيفة أن "دوي انفجار عبوات العطور يتردد في أرجاء المنطقة".
في المقابل، أعلنت مديرية الدفاع المدني أن مديرها اللواء كاظم بوهان وعددا من رجال الإطفاء أصيبوا جراء انهيار المبنى، موضحة في بيان أن "المبنى التجاري المحترق انهار بينما كانت فرق الدفاع المدني تعمل على إخماده".
""", [
    ev("building-collapse", "أن مبنى يقع وسط العاصمة بغداد انهار، مساء اليوم الأحد", FIRE, "'مساء اليوم الأحد' = the evening of Sun 6 Nov 2022 (tweet date)"),
    ev("karrada-lab-collapse", "انهيارا كاملا لمبنى طبي في منطقة الكرادة", "2022-10-01", "'مطلع شهر أكتوبر/ تشرين الأول الماضي' = the collapse of the National Laboratory building in Karrada on Sat 1 Oct 2022 (outside knowledge)"),
    ev("fire-breaks-out", "النيران اشتعلت داخل مبنى تجاري يحتوي على مخازن للعطور", FIRE, "no own expression; the fire broke out on Sun 6 Nov 2022 and burned for hours before the evening collapse"),
    ev("civil-defence-injured", "أن مديرها اللواء كاظم بوهان وعددا من رجال الإطفاء أصيبوا", FIRE, "no own expression; hurt in the collapse of the evening of Sun 6 Nov 2022"),
])
art(S, "https://manber.org/post/6644",
    "2022-11-07", "no date line on the stored page; the body's 'اليوم الاثنين' with 'الحريق الكبير ... أمس' after the fire of Sun 6 Nov 2022 gives Mon 7 Nov 2022; the source tag 'منبر العراق الحر' dropped; headline written from the body (the stored text has none); the last, truncated sentence on the witnesses dropped; no date of its own in the text", False, """
استمرار البحث عن مفقودي حريق الوزيرية ببغداد وخروج المصابين من المستشفى
تتابع فرق الإنقاذ، اليوم الاثنين، البحث عن المفقودين في الحريق الضخم الذي اندلع أمس في منطقة الوزيرية بالعاصمة العراقية بغداد.
وذكرت مديرية الدفاع المدني أن الحصيلة النهائية للحادث وصلت إلى 32 مصابا، من بينهم المدير العام للدفاع المدني اللواء كاظم بوهان وضابط آخر برتبة لواء وعدد من الضباط والمنتسبين، مبينة أن البحث عن المفقودين ما زال مستمرا.
وصباح اليوم، استأنفت الفرق التخصصية للدفاع المدني عملها داخل قبو مبنى الوزيرية المنهار، مستعينة بأجهزة الاستشعار ومعدات الإنقاذ الثقيلة والخفيفة لرفع أنقاض البناية المحترقة.
من جهته، قال مدير إعلام الدفاع المدني العميد جودت عبد الرحمن في حديثه عن آخر مستجدات حادثة الوزيرية إن فرق الدفاع المدني تواصل البحث والتحري وإزالة الركام المتساقط في موقع الحادث، لافتا إلى أن كميات الركام الكبيرة تتطلب عملا طويلا قبل بلوغ قبو البناية.
وأوضح عبد الرحمن أن 32 من مصابي مديرية الدفاع المدني، ومنهم مديرها العام اللواء كاظم بوهان، خرجوا اليوم من المستشفى بعد تلقيهم العلاج اللازم.
""", [
    ev("search-for-missing", "تتابع فرق الإنقاذ، اليوم الاثنين، البحث عن المفقودين", "2022-11-07", "'اليوم الاثنين' = Mon 7 Nov 2022"),
    ev("fire-breaks-out", "الحريق الضخم الذي اندلع أمس في منطقة الوزيرية", FIRE, "'أمس' in an article of Mon 7 Nov 2022 = Sun 6 Nov"),
    ev("civil-defence-injured", "الحصيلة النهائية للحادث وصلت إلى 32 مصابا", FIRE, "no own expression; the 32 were hurt in the collapse of Sun 6 Nov 2022"),
    ev("basement-search", "استأنفت الفرق التخصصية للدفاع المدني عملها داخل قبو", "2022-11-07", "'وصباح اليوم' = the morning of Mon 7 Nov 2022"),
    ev("injured-discharged", "خرجوا اليوم من المستشفى بعد تلقيهم العلاج اللازم", "2022-11-07", "'اليوم' = Mon 7 Nov 2022"),
])
art(S, "https://zagrosnews.net/ar/news/38192",
    "2022-11-10", "the body's 'اليوم الخميس (10 تشرين الثاني 2022)' (kept; 10 Nov 2022 was a Thursday); the page's weather bar 'Erbil 35°C الإثنين 07 تشرين الأول 15:34' (the crawl day) and the byline dropped; headline kept from the page, reworded; the last, truncated sentence shortened", True, """
بغداد.. انتشال أربع جثث لضحايا الحريق من تحت أنقاض مبنى الوزيرية
أعلنت خلية الإعلام الأمني، اليوم الخميس (10 تشرين الثاني 2022)، أن عدد الجثث المنتشلة من تحت ركام بناية الوزيرية المنهارة ارتفع إلى أربع.
وأوضحت الخلية في بيانها أن فرق الدفاع المدني، وبالتعاون مع الحشد الشعبي والجهات الساندة، تواصل تحت إشراف وزير الداخلية عبد الأمير الشمري البحث عن ضحايا حريق بناية منطقة الوزيرية.
وأضافت أن الفرق "عثرت على أربع جثث داخل المبنى وباشرت نقلها إلى المستشفى بسيارة إسعاف"، فيما لا يزال البحث عن الضحايا متواصلا.
وكانت البناية التجارية في الوزيرية قد تعرضت يوم 6 تشرين الثاني الجاري لحريق، ثم انهارت بينما كانت فرق الدفاع المدني تعمل على إطفائه.
وذكرت وزارة الداخلية العراقية أن 10 أشخاص في الأقل عُدّوا في عداد المفقودين داخل المبنى.
بدورها، أعلنت مديرية الدفاع المدني أن نحو 20 من منتسبيها أصيبوا في انهيار المبنى المؤلف من 3 طوابق الذي أتت عليه النيران في منطقة الوزيرية وسط بغداد.
""", [
    ev("four-bodies-found", "عدد الجثث المنتشلة من تحت ركام بناية الوزيرية المنهارة ارتفع إلى أربع", "2022-11-10", "'اليوم الخميس (10 تشرين الثاني 2022)' (the count announced that day; the bodies may have been reached a little earlier)"),
    ev("search-for-victims-thu", "تواصل تحت إشراف وزير الداخلية عبد الأمير الشمري البحث", "2022-11-10", "present tense in the statement of Thu 10 Nov 2022"),
    ev("fire-breaks-out", "قد تعرضت يوم 6 تشرين الثاني الجاري لحريق", FIRE, "'يوم 6 تشرين الثاني الجاري' = Sun 6 Nov 2022"),
    ev("building-collapse", "ثم انهارت بينما كانت فرق الدفاع المدني تعمل على إطفائه", FIRE, "no own expression; the collapse on the evening of Sun 6 Nov 2022 (after 'يوم 6 تشرين الثاني')"),
    ev("people-missing", "10 أشخاص في الأقل عُدّوا في عداد المفقودين", FIRE, "no own expression; missing since the fire of Sun 6 Nov 2022 (the ministry's count of that day)"),
    ev("civil-defence-injured", "نحو 20 من منتسبيها أصيبوا في انهيار المبنى", FIRE, "no own expression; hurt in the collapse of Sun 6 Nov 2022"),
])

# ---------------------------------------------------------------- iraq-baghdad-hashimi-killer-death-sentence-annulled-2023
S = "iraq-baghdad-hashimi-killer-death-sentence-annulled-2023"
ANNUL = "2023-07-31"                       # the Federal Court of Cassation's decision is dated Mon 31 Jul 2023 (AFP)
MADE_PUBLIC = "2023-08-10"                 # published on the court's site and reported on Thu 10 Aug 2023
KILLING = "2020-07-06"                     # Hisham al-Hashimi shot outside his house in Zayouna, Mon 6 Jul 2020
art(S, "https://arabkhabar.com/a/319249",
    "2023-08-10", "page line 'تاريخ النشر: 10th, August 2023 GMT' (kept) and the body's 'اليوم الخميس (10 آب 2023)' (10 Aug 2023 was a Thursday); a copy of Baghdad Today ('بغداد اليوم - بغداد' kept as dateline); headline kept from the page, reworded, the tag '- عاجل' dropped; the last, truncated words of the family's statement dropped", True, """
عائلة الهاشمي مصدومة من إلغاء حكم الإعدام بحق عويد: هل تتبدل العدالة بتبدل الحكومة؟
تاريخ النشر: 10th, August 2023 GMT
بغداد اليوم - بغداد
أصدرت أسرة الخبير الأمني الراحل هشام الهاشمي، اليوم الخميس (10 آب 2023)، بيانا أعربت فيه عن "صدمتها" بنبأ إلغاء حكم الإعدام بحق قاتله، وناشدت رئيس مجلس القضاء الأعلى فائق زيدان متابعة الأدلة التي جُمعت والحيلولة دون تغيير مسار التحقيق.
وجاء في بيان العائلة الذي تلقته "بغداد اليوم": "استقبلنا بصدمة كبيرة نبأ نقض الحكم الصادر بحق المجرم الذي شارك في جريمة القتل، بعد اعترافات صريحة وجهود كبيرة بذلتها أجهزة الدولة على مدى أكثر من عام من المتابعة وتتبع الكاميرات حتى الوصول إليه بالأدلة والصورة والصوت، وكل ذلك موثق لدى اللجنة الخاصة بالتحقيق التي تضم ضباطا محترفين من الأجهزة الاستخبارية"، وتساءلت: "هل هذا هو الجزاء؟ هل يعني تغيير الحكومة أن تتغير العدالة معها؟".
وأضافت: "من هنا ندعو السيد فائق زيدان، كما وقّع على قرار نقض الحكم لأسباب سياسية واضحة تتعلق بلجنة منحلة، إلى متابعة الأدلة المتحصلة".
""", [
    ev("family-statement", "أصدرت أسرة الخبير الأمني الراحل هشام الهاشمي، اليوم الخميس", MADE_PUBLIC, "'اليوم الخميس (10 آب 2023)'"),
    ev("death-sentence-annulled", "نبأ نقض الحكم الصادر بحق المجرم", ANNUL, "no own expression; the cassation decision is dated Mon 31 Jul 2023 (AFP, akhbaralaan) and became known on Thu 10 Aug"),
    ev("hunt-for-killer", "على مدى أكثر من عام من المتابعة", KILLING, "'أكثر من عام' = from the killing of Mon 6 Jul 2020 to the arrest announced on Fri 16 Jul 2021 (outside knowledge)", end="2021-07-17"),
    ev("zaidan-signs-annulment", "كما وقّع على قرار نقض الحكم", ANNUL, "no own expression; the signature of the decision of Mon 31 Jul 2023 (my reading)"),
])
art(S, "http://arabic.peopledaily.com.cn/n3/2023/0811/c31662-20057077.html",
    "2023-08-10", "dateline 'بغداد 10 أغسطس 2023 (شينخوا)' (kept; 10 Aug 2023 was a Thursday; the URL's '/2023/0811/' is the Beijing posting day); the body's 'اليوم (الخميس)' agrees; headline written from the body (the stored text has none); the last, truncated sentence on the televised confessions dropped", True, """
محكمة التمييز العراقية تنقض حكم الإعدام بحق قاتل هشام الهاشمي
بغداد 10 أغسطس 2023 (شينخوا) ألغت محكمة التمييز الاتحادية العراقية اليوم (الخميس) حكم الإعدام الصادر بحق المدان بقتل الخبير الأمني هشام الهاشمي في عام 2020، وأحالت القضية من جديد إلى محكمة التحقيق.
وذكرت المحكمة في قرارها المنشور اليوم أن "الهيئة الجزائية لمحكمة التمييز الاتحادية وجدت لدى التدقيق والمداولة أن المحكمة الجنائية الجزائية في الرصافة قد أخطأت".
وبيّنت أن إحالة المتهم أحمد حمداوي عويد إلى المحكمة الجنائية الجزائية في الرصافة جرت بقرار من اللجنة التي شكلتها حكومة رئيس الوزراء السابق مصطفى الكاظمي، وهي لجنة لا تملك أي صلاحيات قانونية للتحقيق في جريمة اغتيال الهاشمي، فضلا عن أن المحكمة الاتحادية العليا سبق أن قضت بعدم دستورية هذه اللجنة.
وتابعت: "بناء على ما تقدم قررت المحكمة نقض القرارات المميزة الصادرة من المحكمة المركزية في الرصافة وإعادة إضبارة الدعوى إلى محكمة التحقيق المركزية المختصة في الرصافة لمواصلة الإجراءات التحقيقية وفقا للأصول والقانون".
وكان رئيس الوزراء العراقي السابق مصطفى الكاظمي قد أعلن في يوليو 2021 القبض على قتلة الهاشمي، وشكّل لجنة للتحقيق معهم.
""", [
    ev("death-sentence-annulled", "ألغت محكمة التمييز الاتحادية العراقية اليوم (الخميس) حكم الإعدام", ANNUL, "'اليوم (الخميس)' = Thu 10 Aug 2023 is the day the decision became known; the decision itself is dated Mon 31 Jul 2023 (AFP, akhbaralaan)"),
    ev("hashimi-killing", "بقتل الخبير الأمني هشام الهاشمي في عام 2020", KILLING, "'في عام 2020' = the killing of Mon 6 Jul 2020 (outside knowledge and the other articles)"),
    ev("decision-published", "في قرارها المنشور اليوم", MADE_PUBLIC, "'اليوم' = Thu 10 Aug 2023 (dateline)"),
    ev("case-returned-to-investigation", "وإعادة إضبارة الدعوى إلى محكمة التحقيق المركزية المختصة", ANNUL, "no own expression; part of the decision dated Mon 31 Jul 2023"),
    ev("killers-arrest-announced", "قد أعلن في يوليو 2021 القبض على قتلة الهاشمي", "2021-07-16", "'في يوليو 2021' = al-Kadhimi's announcement of Fri 16 Jul 2021 (outside knowledge)"),
])
art(S, "https://akhbaralaan.net/news/arab-world/2023/08/10/%d9%85%d8%ad%d9%83%d9%85%d8%a9-%d8%b9%d8%b1%d8%a7%d9%82%d9%8a%d8%a9-%d8%aa%d9%86%d9%82%d8%b6-%d8%ad%d9%83%d9%85-%d8%a5%d8%b9%d8%af%d8%a7%d9%85-%d8%a7%d9%84%d9%85%d8%af%d8%a7%d9%86-%d8%a8%d8%a7%d8%ba%d8%aa%d9%8a%d8%a7%d9%84-%d8%a7%d9%84%d8%a8%d8%a7%d8%ad%d8%ab-%d9%87%d8%b4%d8%a7%d9%85-%d8%a7%d9%84%d9%87%d8%a7%d8%b4%d9%85%d9%8a",
    "2023-08-10", "date in the URL '/2023/08/10/' (10 Aug 2023 was a Thursday); the body's 'كما علمت وكالة فرانس برس الخميس' agrees; headline kept from the page, reworded; the last, truncated sentence dropped; no date of its own in the text", False, """
إلغاء حكم الإعدام بحق المدان باغتيال الباحث العراقي هشام الهاشمي
ألغت محكمة التمييز الاتحادية العراقية حكم الإعدام الصادر بحق المدان باغتيال الباحث هشام الهاشمي، في جريمة أثارت استنكارا في الداخل والخارج، وأعادت القضية إلى محكمة التحقيق، بحسب ما علمت وكالة فرانس برس الخميس.
وورد في القرار الذي صدر في 31 تموز/يوليو ونشرته المحكمة على موقعها الإلكتروني أنه تقرر "نقض كافة القرارات المميّزة الصادرة عن المحكمة المركزية (…) وإعادة إضبارة الدعوى لمحكمة التحقيق المختصة".
ويترتب على هذا القرار إلغاء حكم الإعدام الصادر بحق أحمد حمداوي عويد الذي دين في قضية اغتيال الهاشمي.
وعللت المحكمة قرارها بأن اللجنة التي تولت التحقيق في القضية، وهي اللجنة 29 التي أُنشئت في عهد الحكومة السابقة برئاسة مصطفى الكاظمي لمكافحة الفساد وحُلّت في 2022، "لا تملك أي صلاحيات قانونية للتحقيق في الجريمة".
وكانت محكمة عراقية قد أصدرت في أيار/مايو حكما بإعدام الضابط السابق في الشرطة أحمد حمداوي عويد بعد إدانته بقتل الخبير الأمني هشام الهاشمي.
واغتيل الهاشمي في السادس من تمّوز/يوليو 2020 أمام منزله في العاصمة العراقية برصاص مسلحين كانوا على متن دراجة نارية.
""", [
    ev("death-sentence-annulled", "وورد في القرار الذي صدر في 31 تموز/يوليو", ANNUL, "'في 31 تموز/يوليو' = Mon 31 Jul 2023"),
    ev("afp-learns", "بحسب ما علمت وكالة فرانس برس الخميس", MADE_PUBLIC, "'الخميس' = Thu 10 Aug 2023 (URL)"),
    ev("committee-29-dissolved", "وحُلّت في 2022", "2022-01-01", "'في 2022' (year only)", end="2023-01-01"),
    ev("death-sentence-issued", "قد أصدرت في أيار/مايو حكما بإعدام", "2023-05-07", "'في أيار/مايو' = the Rusafa criminal court's verdict of Sun 7 May 2023 (outside knowledge: aawsat, alnashraaldawlia 2023/05/07)"),
    ev("hashimi-killing", "واغتيل الهاشمي في السادس من تمّوز/يوليو 2020", KILLING, "'في السادس من تمّوز/يوليو 2020' = Mon 6 Jul 2020"),
])
art(S, "https://hathalyoum.net/articles/3213915",
    "2023-08-11", "page line '2023-08-11 00:00:00 - المصدر: العربي الجديد' (dropped with the page furniture; 11 Aug 2023 was a Friday); the body's 'وأمس الخميس' agrees; a copy of al-Araby al-Jadeed; headline kept from the page, reworded; the last, truncated sentence of the family's appeal dropped; no date of its own in the text", False, """
جدل عراقي بشأن نقض إعدام قاتل الهاشمي: هل تتغير الأحكام بتبدل الحكومات؟
أثار قرار القضاء العراقي نقض حكم الإعدام الصادر بحق المدان بقتل الخبير الأمني هشام الهاشمي وإعادة التحقيق في القضية جدلا في الأوساط الشعبية العراقية، التي شككت في إمكانية إنفاذ العدالة بحق المدان المنتمي إلى فصيل مسلح متنفذ في البلاد، بينما تساءلت عائلة القتيل عن "تغير العدالة بتغير الحكومات".
وأمس الخميس، قررت السلطة القضائية في العراق نقض حكم الإعدام الصادر بحق المدان بقتل الخبير الأمني هشام الهاشمي، الذي اغتيل في يوليو/ تموز 2020، وأعادت القضية مجددا إلى التحقيق.
وبحسب بيان أصدرته عائلة الهاشمي مساء أمس، فإن القرار يمثل "صدمة كبيرة، لا سيما أنه جاء بعد اعترافات صريحة من المدان وجهود كبيرة لأجهزة الدولة امتدت لأكثر من عام من المتابعة"، وتساءلت: "هل هذا جزاء من أفنى حياته في محاربة الفكر الإرهابي؟ وهل يعني تغيير الحكومة تغيّر العدالة؟".
""", [
    ev("public-debate", "جدلا في الأوساط الشعبية العراقية", MADE_PUBLIC, "no own expression; the debate since the news of Thu 10 Aug up to the article of Fri 11 Aug 2023 (my span)", end="2023-08-12"),
    ev("death-sentence-annulled", "وأمس الخميس، قررت السلطة القضائية في العراق نقض حكم الإعدام", ANNUL, "'أمس الخميس' (Thu 10 Aug 2023) is the day the decision became known; the decision is dated Mon 31 Jul 2023 (AFP)"),
    ev("hashimi-killing", "الذي اغتيل في يوليو/ تموز 2020", KILLING, "'في يوليو/ تموز 2020' = Mon 6 Jul 2020"),
    ev("family-statement", "بيان أصدرته عائلة الهاشمي مساء أمس", MADE_PUBLIC, "'مساء أمس' in an article of Fri 11 Aug 2023 = Thu 10 Aug"),
    ev("hunt-for-killer", "امتدت لأكثر من عام من المتابعة", KILLING, "'لأكثر من عام' = Mon 6 Jul 2020 - Fri 16 Jul 2021 (outside knowledge)", end="2021-07-17"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 407
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the hundred-and-sixteenth evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories108/make_stories.py). Domain: weather and environment in the Arab
world and its neighbours (earthquakes in Turkey, Afghanistan and Iran, a sandstorm in Egypt, floods in
Sudan, Syria and Libya). None of these stories is in the dev set or the other tests/realnews/* sets,
nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- turkey-elazig-earthquake-2020
S = "turkey-elazig-earthquake-2020"
QUAKE_TR = "2020-01-24"  # the Sivrice (Elazig) quake, Fri 24 Jan 2020, 20:55 local time
art(S, "https://almajd.net/2020/01/25/%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D8%B4%D8%B1%D9%82-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D8%A5%D9%84%D9%89-2/",
    "2020-01-25", "date in the URL '/2020/01/25/'; the body's 'اليوم السبت' and 'مساء أمس الجمعة' agree (25 Jan 2020 was a Saturday, the day after the quake); no headline or date line in the stored text; the last (truncated) sentence on AFAD's earlier figure dropped; no date in the text", False, """
أعلن سليمان صويلو، وزير الداخلية التركي، أن عدد قتلى الزلزال الذي هز شرق تركيا مساء أمس الجمعة ارتفع إلى 22 شخصا، وأن 39 شخصا أُنقذوا من تحت الأنقاض، مشيرا إلى أن 22 شخصا آخرين ما زالوا عالقين تحت الركام.
وقال صويلو خلال مؤتمر صحفي عقده اليوم السبت: "قتل 22 شخصا في الزلزال (الذي ضرب شرق تركيا أمس)، بينهم 4 في مدينة ملاطيا، و18 آخرين في ولاية الإزيغ".
وأضاف: "تم إنقاذ 39 شخصا من تحت الأنقاض"، مؤكدا أن "22 شخصا ما زالوا عالقين تحت الأنقاض إثر الزلزال".
وتابع الوزير: "أعقبت الزلزال 398 هزة ارتدادية، 13 منها سجلت أكثر من 4 درجات على مقياس ريختر".
وكان زلزال بقوة 6.8 درجات على مقياس ريختر قد ضرب مساء أمس الجمعة شرق تركيا وامتد أثره إلى مناطق عدة في سوريا، فأثار الذعر بين سكان الإزيغ، المدينة الواقعة شرقي تركيا التي وقع فيها الزلزال، قبل أن تليه هزة ارتدادية قوية نسبيا بلغت 5.4 درجات.
ويشارك نحو 500 من أفراد فرق الإنقاذ قدموا من 28 ولاية تركية في عمليات البحث والإنقاذ.
""", [
    ev("quake", "الزلزال الذي هز شرق تركيا مساء أمس الجمعة", QUAKE_TR, "'مساء أمس الجمعة' relative to Sat 25 Jan = Fri 24 Jan 2020 (20:55 local)"),
    ev("toll-22", "ارتفع إلى 22 شخصا", "2020-01-25", "no own expression; Soylu's figure at his press conference 'اليوم السبت' = Sat 25 Jan 2020"),
    ev("press-conference", "خلال مؤتمر صحفي عقده اليوم السبت", "2020-01-25", "'اليوم السبت' = Sat 25 Jan 2020 (the URL day)"),
    ev("rescues", "تم إنقاذ 39 شخصا من تحت الأنقاض", QUAKE_TR, "no own expression; the people pulled out alive between the quake (Fri evening) and the Saturday briefing (my span 24-25 Jan)", end="2020-01-26"),
    ev("aftershocks", "أعقبت الزلزال 398 هزة ارتدادية", QUAKE_TR, "no own expression; the aftershocks from Fri evening to the Saturday count (my span 24-25 Jan)", end="2020-01-26"),
    ev("aftershock-5.4", "هزة ارتدادية قوية نسبيا بلغت 5.4 درجات", QUAKE_TR, "no own expression; the strong aftershock minutes after the main shock on the evening of Fri 24 Jan"),
])
art(S, "http://archive.thawra.sy/_archive.asp?FileName=57346579420200126102738",
    "2020-01-26", "date line of the print page 'وكالات - الثورة صفحة اولى الأحد 26-1-2020' (kept as first line without the credit; 26 Jan 2020 was a Sunday; the archive file name carries 20200126); the body's 'أمس الأول' agrees (the Friday quake); the trailing '|' dropped", True, """
الأحد 26-1-2020
عمليات البحث عن ناجين تتواصل.. عشرون قتيلا وأكثر من ألف جريح بسبب الزلزال في شرق تركيا
صعد عدد ضحايا الزلزال الذي هز شرق تركيا أمس الأول إلى 20 قتيلا على الأقل وأكثر من ألف جريح، في حين تتواصل عمليات البحث عن ناجين عالقين تحت الأنقاض.
ونقلت رويترز عن إدارة الطوارئ التركية أن 20 شخصا على الأقل قتلوا وأصيب 1030 آخرون بسبب الزلزال الذي بلغت قوته 8ر6 درجات على مقياس ريختر، وضرب بلدة سيفريس في محافظة الازيغ شرق تركيا.
وكانت حصيلة سابقة قد أشارت إلى مقتل 19 شخصا وإصابة 922 آخرين في الزلزال الذي أعقبته أكثر من 250 هزة ارتدادية. ولا يزال 30 شخصا على الأقل في عداد المفقودين بعد الزلزال، ما يجعل حصيلة القتلى مرشحة للارتفاع.
""", [
    ev("quake", "الزلزال الذي هز شرق تركيا أمس الأول", QUAKE_TR, "'أمس الأول' relative to Sun 26 Jan = Fri 24 Jan 2020"),
    ev("toll-20", "20 شخصا على الأقل قتلوا وأصيب 1030 آخرون", "2020-01-25", "no own expression; the Reuters/AFAD figure of Sat 25 Jan, printed on Sunday"),
    ev("search-continues", "تتواصل عمليات البحث عن ناجين", QUAKE_TR, "no own expression; the search went on from the quake night to the last missing on Mon 27 Jan (other article; my span 24-27 Jan)", end="2020-01-28"),
    ev("earlier-toll-19", "حصيلة سابقة قد أشارت إلى مقتل 19 شخصا", "2020-01-25", "'حصيلة سابقة': the toll given in the early hours of Sat 25 Jan"),
    ev("aftershocks", "أعقبته أكثر من 250 هزة ارتدادية", QUAKE_TR, "no own expression; the aftershocks from Fri evening to the Saturday count (my span 24-25 Jan)", end="2020-01-26"),
    ev("missing-30", "لا يزال 30 شخصا على الأقل في عداد المفقودين", "2020-01-25", "no own expression; the health minister's figure of Sat 25 Jan"),
])
art(S, "https://sauress.com/almadina/1669756",
    "2020-01-26", "no stamp or URL date in the stored page (sauress mirror of Al-Madina): fixed by the body's 'أمس السبت' for the rescue race after the quake of 'مساء الجمعة' (24 Jan 2020): the Saturday after the quake is 25 Jan, so the print issue is Sun 26 Jan 2020; the truncated last sentence (the quake time) dropped; no date in the text", False, """
سابق عناصر الإنقاذ الأتراك الزمن أمس السبت بحثا عن ناجين تحت الأنقاض، بعد الزلزال القوي الذي أودى بحياة 23 شخصا وأصاب 200 آخرين.
والزلزال الذي ضرب مساء الجمعة بقوة 6,8 درجات كان مركزه بلدة سيفريجه في محافظة إلازيغ، وشعر به سكان الدول المجاورة.
وألغى الرئيس التركي رجب طيب اردوغان خطابا في اسطنبول، وتوجه إلى إلازيع حيث حضر جنازة امرأة وابنها، وتعهد ببذل «كل ما في وسعنا» لمساعدة المتضررين من الزلزال، الذي وصفه بأنه «محنة» على الشعب أن «يتجاوزها عبر التحلي بالصبر».
وأكدت هيئة إدارة الطوارئ والكوارث الحكومية (أفاد) أن 42 شخصا أُنقذوا من تحت أنقاض أبنية منهارة في إلازيغ. وكان وزير الداخلية التركي سليمان صويلو قد قال في وقت سابق السبت إن عدد المحتجزين تحت الأنقاض يقدر بنحو 23 شخصا.
وعرضت لقطات تلفزيونية مشاهد لإنقاذ أشخاص، بينهم امرأة تدعى عزيزة اتصلت هاتفيا بالطوارئ وحددت موقعها لأحد رجال الإنقاذ، بحسب وكالة الأناضول الرسمية.
وأُرسل نحو ألفي رجل إنقاذ إلى المنطقة، إلى جانب إمدادات شملت آلاف الأسرّة والأغطية والخيام، بحسب الرئاسة. وتجري عمليات الإنقاذ في ظل درجات حرارة متدنية، إذ أُشعل الحطب وقطع من البلاستيك للتدفئة.
""", [
    ev("rescue-race", "سابق عناصر الإنقاذ الأتراك الزمن أمس السبت", "2020-01-25", "'أمس السبت' relative to Sun 26 Jan = Sat 25 Jan 2020"),
    ev("quake", "والزلزال الذي ضرب مساء الجمعة", QUAKE_TR, "'مساء الجمعة' before Sat 25 Jan = Fri 24 Jan 2020"),
    ev("erdogan-visit", "وتوجه إلى إلازيع حيث حضر جنازة امرأة وابنها", "2020-01-25", "no own expression; Erdogan flew to Elazig on Sat 25 Jan (same day as the rescue race; other reports 'اليوم السبت'); the source's spelling 'إلازيع' kept"),
    ev("rescues", "42 شخصا أُنقذوا من تحت أنقاض أبنية منهارة", QUAKE_TR, "no own expression; the people pulled out alive between the quake (Fri evening) and the Saturday figure (my span 24-25 Jan)", end="2020-01-26"),
    ev("soylu-trapped-23", "في وقت سابق السبت", "2020-01-25", "'في وقت سابق السبت' = earlier on Sat 25 Jan 2020"),
    ev("rescuers-sent", "وأُرسل نحو ألفي رجل إنقاذ إلى المنطقة", QUAKE_TR, "no own expression; the teams and supplies sent from the quake night to Saturday (my span 24-25 Jan)", end="2020-01-26"),
])
art(S, "https://alaraby.co.uk/%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D9%82%D8%AA%D9%84%D9%89-%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D8%A2%D9%84%D8%A7%D8%B2%D9%8A%D8%BA-%D8%A7%D9%84%D8%AA%D8%B1%D9%83%D9%8A%D8%A9-%D8%A5%D9%84%D9%89-39",
    "2020-01-27", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الاثنين' for the toll of 39 of the quake of 'الجمعة الماضية' (Fri 24 Jan 2020): the next Monday is 27 Jan 2020 (a Monday; the 39 toll and the last two missing match the reports of that day); the truncated last sentence (AFAD) dropped; headline not in the stored text; no date in the text", False, """
أعلن وزير الداخلية التركي سليمان صويلو، اليوم الاثنين، أن حصيلة قتلى الزلزال الذي ضرب ولاية آلازيغ، الجمعة الماضية، بقوة 6.8 درجات على مقياس ريختر، ارتفعت إلى 39 قتيلا.
وجاء إعلانه في مؤتمر صحافي عقده في الولاية المنكوبة، قال فيه إن 35 شخصا قتلوا في ولاية آلازيغ و4 في ولاية مالاطيا، مؤكدا أن بين الضحايا قتيلين فارقا الحياة إثر إصابتهما بأزمة قلبية.
وأفاد الوزير بأن عدد الجرحى بلغ 1067 شخصا، بينهم 18 في العناية المركزة، في حين لا يزال 93 شخصا في المستشفيات. وأكد أن 45 شخصا أُنقذوا من تحت الأنقاض، وأن 2 لا يزالان تحتها وتبذل فرق الإنقاذ جهودها للبحث عنهما، مبينا أن المنطقة شهدت 948 هزة ارتدادية بعد الزلزال الكبير.
وتبحث فرق طوارئ تركية بين الأنقاض، اليوم الاثنين، عن آخر مفقودين اثنين من ضحايا الزلزال، يُعتقد أنهما محاصران بين أنقاض بناية انهارت في وقت سابق.
وذكرت قناة (إن تي في) أن المنقذين يبحثون عن المفقودين بين أنقاض مبنى متهدم في مدينة آلازيغ، سعيا للوصول إلى امرأة مفقودة في الخامسة والسبعين من العمر وشخص آخر، بينما ينتظر أقاربهما. ونُقلت جثة مفقود ثالث بعد انتشالها من بين الأنقاض خلال الليل، ما رفع حصيلة قتلى الزلزال إلى 39.
""", [
    ev("toll-39", "أعلن وزير الداخلية التركي سليمان صويلو، اليوم الاثنين", "2020-01-27", "'اليوم الاثنين' = Mon 27 Jan 2020"),
    ev("quake", "الزلزال الذي ضرب ولاية آلازيغ، الجمعة الماضية", QUAKE_TR, "'الجمعة الماضية' before Mon 27 Jan = Fri 24 Jan 2020"),
    ev("rescues-45", "45 شخصا أُنقذوا من تحت الأنقاض", QUAKE_TR, "no own expression; all the people pulled out alive since the quake (45 by Sun 26 Jan, other reports; my span 24-26 Jan)", end="2020-01-27"),
    ev("aftershocks-948", "948 هزة ارتدادية", QUAKE_TR, "no own expression; the aftershocks from the quake to the Monday count (my span 24-27 Jan)", end="2020-01-28"),
    ev("last-two-search", "تبحث فرق طوارئ تركية بين الأنقاض، اليوم الاثنين", "2020-01-27", "'اليوم الاثنين' = Mon 27 Jan 2020"),
    ev("third-body", "ونُقلت جثة مفقود ثالث بعد انتشالها من بين الأنقاض خلال الليل", "2020-01-26", "'خلال الليل': the night of Sun 26 to Mon 27 Jan (my span)", end="2020-01-28"),
])

# ---------------------------------------------------------------- afghanistan-kunar-earthquake-2025
S = "afghanistan-kunar-earthquake-2025"
QUAKE_AF = "2025-08-31"  # the Kunar/Nangarhar quake, Sun 31 Aug 2025, 23:47 local (19:17 GMT)
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=01092025&id=d2eb5dd1-0a52-41b6-a526-b22f50104ee9",
    "2025-09-01", "date in the URL 'cdate=01092025' (and the stored page date 2025-09-01); the body's 'اليوم الاثنين' and 'أمس الأحد' agree (1 Sep 2025 was a Monday); the Facebook prompt dropped; no headline in the stored text; no date in the text", False, """
أعلن متحدث باسم حكومة طالبان، اليوم الاثنين، أن الزلزال الذي ضرب شرق البلاد أودى بحياة 610 أشخاص على الأقل وأصاب 1300 آخرين.
وكان زلزال بقوة ست درجات على مقياس ريختر قد ضرب بلدات إقليم كونار قرب مدينة جلال آباد في إقليم ننجارهار في وقت متأخر من أمس الأحد، فدمر عددا كبيرا من القرى وألحق بها أضرارا بالغة.
وأكد عبد المتين قاني، المتحدث باسم وزارة الداخلية، حجم الخسائر البشرية لوكالة أسوشيتد برس (أب)، قائلا إن الزلزال قتل 610 أشخاص وأصاب 1300 آخرين في كونار، كما دمر العديد من المنازل.
وأضاف أن 12 شخصا لقوا حتفهم في إقليم ننجارهار وأصيب المئات.
""", [
    ev("toll-610", "أودى بحياة 610 أشخاص على الأقل", "2025-09-01", "'اليوم الاثنين' = Mon 1 Sep 2025 (the URL day)"),
    ev("quake", "في وقت متأخر من أمس الأحد", QUAKE_AF, "'في وقت متأخر من أمس الأحد' relative to Mon 1 Sep = late on Sun 31 Aug 2025 (23:47 local)"),
    ev("villages-destroyed", "فدمر عددا كبيرا من القرى", QUAKE_AF, "no own expression; in the quake of Sun 31 Aug"),
    ev("interior-confirms", "وأكد عبد المتين قاني، المتحدث باسم وزارة الداخلية", "2025-09-01", "no own expression; the AP statement of Mon 1 Sep"),
    ev("nangarhar-deaths", "12 شخصا لقوا حتفهم في إقليم ننجارهار", QUAKE_AF, "no own expression; killed in the quake of Sun 31 Aug"),
])
art(S, "https://www.aljazeera.net/news/2025/9/2/%D8%B9%D8%A7%D8%AC%D9%84-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%AB-%D8%A8%D8%A7%D8%B3%D9%85-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%A3%D9%81%D8%BA%D8%A7%D9%86%D9%8A%D8%A9-4",
    "2025-09-02", "date in the URL '/news/2025/9/2/' (and the stored page date 2025-09-02); the body's 'اليوم الثلاثاء' agrees (2 Sep 2025 was a Tuesday); the truncated last sentence (third quake since the Taliban) dropped; no headline in the stored text; no date in the text", False, """
أعلن المتحدث باسم الحكومة الأفغانية، اليوم الثلاثاء، ارتفاع حصيلة ضحايا الزلزال العنيف الذي ضرب ولاية كونر شرقي البلاد إلى 1411 قتيلا وأكثر من 3124 مصابا، محذرا من احتمال ارتفاع هذه الأعداد مع استمرار عمليات البحث والإنقاذ.
ووفقا للمركز الألماني لأبحاث علوم الأرض، بلغت قوة الزلزال 6.2 درجات على مقياس ريختر، ووقعت الهزة على عمق 10 كيلومترات قرب منتصف ليل الأحد/الاثنين.
وشعر بها مئات الآلاف في مناطق واسعة تمتد من العاصمة الأفغانية كابل إلى العاصمة الباكستانية إسلام آباد.
وذكرت السلطات الأفغانية أن الزلزال دمر أكثر من 10 آلاف منزل تدميرا كليا أو جزئيا، بينما تواصلت لليوم الثاني عمليات انتشال الضحايا من تحت أنقاض المنازل المدمرة، رغم صعوبة وصول فرق الإنقاذ إلى القرى النائية بسبب الطبيعة الجبلية للمنطقة.
وأكدت الحكومة أن 3 قرى في كونر دُمرت بالكامل، فيما لحقت أضرار بالغة بقرى أخرى.
وحصلت الجزيرة على صور تكشف حجم الدمار في المنطقة، إذ بدت عشرات المنازل مدمرة والسكان يحاولون بوسائل بسيطة انتشال العالقين تحت الركام. كما نُقلت جثث ومصابون إلى مطار جلال آباد لتسهيل عمليات الإغاثة.
""", [
    ev("toll-1411", "إلى 1411 قتيلا", "2025-09-02", "'اليوم الثلاثاء' = Tue 2 Sep 2025 (the URL day)"),
    ev("quake", "قرب منتصف ليل الأحد/الاثنين", QUAKE_AF, "'قرب منتصف ليل الأحد/الاثنين': the shock struck at 23:47 local on Sun 31 Aug 2025 (19:17 GMT), just before midnight"),
    ev("felt-widely", "وشعر بها مئات الآلاف", QUAKE_AF, "no own expression; felt at the moment of the quake, Sun 31 Aug"),
    ev("houses-destroyed", "دمر أكثر من 10 آلاف منزل", QUAKE_AF, "no own expression; in the quake of Sun 31 Aug"),
    ev("recovery-day-two", "تواصلت لليوم الثاني عمليات انتشال الضحايا", "2025-09-02", "'لليوم الثاني': the first day of recovery was Mon 1 Sep, the second Tue 2 Sep 2025"),
    ev("villages-destroyed", "3 قرى في كونر دُمرت بالكامل", QUAKE_AF, "no own expression; destroyed in the quake of Sun 31 Aug"),
])
art(S, "https://news.dotalkhalij.com/world-news/29943972/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D9%8A%D9%88%D9%85---%D9%83%D8%A7%D8%B1%D8%AB%D8%A9-%D8%A3%D9%81%D8%BA%D8%A7%D9%86%D8%B3%D8%AA%D8%A7%D9%86-%D8%A7%D9%84%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D8%AD%D8%B5%D8%AF-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-2200-%D8%B1%D9%88%D8%AD.html",
    "2025-09-04", "page date line 'في الخميس 4 سبتمبر 2025 05:24 مساءً' (kept as first line without the byline 'شهد محمد - ابوظبي' and 'في'; 4 Sep 2025 was a Thursday); the body's 'الخميس' agrees; the aggregator's intro 'انتم الان تتابعون خبر ... من قسم اخبار العالم' dropped, its quoted title kept as headline", True, """
الخميس 4 سبتمبر 2025 05:24 مساءً
كارثة أفغانستان.. الزلزال حصد أكثر من 2200 روح
أعلنت حكومة طالبان، الخميس، أن حصيلة ضحايا الزلزال الذي ضرب شرق أفغانستان الأسبوع الماضي ارتفعت إلى 2205 قتلى و3600 جريح، في واحدة من أسوأ الكوارث الطبيعية التي عرفتها البلاد منذ سنوات.
وقال حمد الله فيترات، المتحدث باسم الحكومة، إن مئات الجثث انتُشلت من تحت أنقاض المنازل المدمرة، مشيرا إلى أن الجهود متواصلة لانتشال العالقين وتقديم المساعدات الطارئة.
وكان الزلزال، الذي بلغت قوته 6 درجات على مقياس ريختر، قد ضرب مساء الأحد الماضي عدة أقاليم جبلية نائية في شرق البلاد، مخلفا دمارا واسعا وقرى بأكملها تحت الركام، وتركزت أغلب الخسائر في إقليم كونار الواقع وسط وديان ضيقة تحيط بها جبال شاهقة.
وأضاف المتحدث أن السلطات أقامت خياما لإيواء المتضررين، في حين تتواصل عمليات إيصال الإسعافات الأولية وأدوات الطوارئ إلى المناطق المنكوبة.
""", [
    ev("toll-2205", "ارتفعت إلى 2205 قتلى و3600 جريح", "2025-09-04", "'الخميس' = Thu 4 Sep 2025 (the date line)"),
    ev("quake", "قد ضرب مساء الأحد الماضي عدة أقاليم جبلية نائية", QUAKE_AF, "'مساء الأحد الماضي' before Thu 4 Sep = Sun 31 Aug 2025 (23:47 local); the same quake is 'الأسبوع الماضي' earlier in the text"),
    ev("bodies-recovered", "مئات الجثث انتُشلت من تحت أنقاض المنازل المدمرة", "2025-09-01", "no own expression; the recovery from Mon 1 Sep to the Thursday statement (my span 1-4 Sep)", end="2025-09-05"),
    ev("tents-shelter", "السلطات أقامت خياما لإيواء المتضررين", "2025-09-01", "no own expression; tents set up after the quake, by Thu 4 Sep (my span 1-4 Sep)", end="2025-09-05"),
    ev("aid-delivery", "تتواصل عمليات إيصال الإسعافات الأولية", "2025-09-04", "no own expression; ongoing on the publication day, Thu 4 Sep"),
])
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/9/6/2849415/%D8%A3%D9%81%D8%BA%D8%A7%D9%86%D8%B3%D8%AA%D8%A7%D9%86-%D8%A7%D9%86%D8%AA%D9%87%D8%A7%D8%A1-%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D8%A8%D8%AD%D8%AB-%D8%B9%D9%86-%D9%86%D8%A7%D8%AC%D9%8A%D9%86-%D9%85%D9%86-%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D9%83%D9%88%D9%86%D8%B1-%D9%88%D9%85%D8%B5%D8%B1%D8%B9-2204-%D8%B4%D8%AE%D8%B5-%D8%A7",
    "2025-09-06", "date in the URL '/details/2025/9/6/' (and the stored page date 2025-09-06; 6 Sep 2025 was a Saturday); the credit 'وكالات' dropped; no headline in the stored text; the source's slip 'يوم الاثنين الماضي' for a quake that struck late on Sunday kept; no date in the text", False, """
أعلن مولوي قدرة الله، حاكم ولاية كونر الأفغانية، انتهاء عمليات البحث عن ناجين من الزلزال الذي ضرب ولاية كونار شرقي البلاد، موضحا أن عدد القتلى بلغ 2204 والمصابين نحو 4000.
وأشار قدرة الله، في تصريحات لقناة "الجزيرة"، إلى أن قرى دُمرت بالكامل، لافتا إلى أن بلاده تواجه نقصا حادا في الخيام والمأوى للنازحين.
وكان زلزال بقوة 6.2 درجة على مقياس ريختر قد ضرب منطقة ولاية كونار شرقي أفغانستان ومناطق حدودية مع باكستان، يوم الاثنين الماضي، وشعر به مئات آلاف السكان من العاصمة الأفغانية كابل حتى العاصمة الباكستانية إسلام آباد.
ولا تزال عمليات الإنقاذ متواصلة في إقليم كونار، حيث يستمر انتشال الجثث من تحت الأنقاض، وتكافح وكالات الإغاثة للوصول إلى المناطق الجبلية النائية التي أغلقتها الانهيارات الأرضية.
وفي وقت سابق من اليوم، ذكرت وكالة "خاما برس" الأفغانية أن زلزالا بقوة 4.7 درجة على مقياس ريختر ضرب شرق أفغانستان الساعة التاسعة وأربعين دقيقة صباحا بالتوقيت المحلي، بحسب هيئة المسح الجيولوجي الأمريكية.
وكان مركز الزلزال قرب جلال آباد في إقليم ننجارهار، ووقع على عمق 13 كيلومترا.
""", [
    ev("search-ended", "انتهاء عمليات البحث عن ناجين", "2025-09-05", "no own expression; the governor's statement reported on Sat 6 Sep (my span 5-6 Sep)", end="2025-09-07"),
    ev("villages-destroyed", "قرى دُمرت بالكامل", QUAKE_AF, "no own expression; destroyed in the quake of Sun 31 Aug"),
    ev("quake", "يوم الاثنين الماضي", QUAKE_AF, "the text says 'يوم الاثنين الماضي' (Mon 1 Sep) but the quake struck at 23:47 local on Sun 31 Aug 2025 (19:17 GMT): gold is the true day"),
    ev("felt-widely", "وشعر به مئات آلاف السكان", QUAKE_AF, "no own expression; felt at the moment of the quake, Sun 31 Aug"),
    ev("recovery-continues", "يستمر انتشال الجثث من تحت الأنقاض", "2025-09-06", "no own expression; ongoing on the publication day, Sat 6 Sep"),
    ev("new-quake-4.7", "في وقت سابق من اليوم", "2025-09-06", "'في وقت سابق من اليوم' = Sat 6 Sep 2025 (the URL day), at 09:40 local"),
])

# ---------------------------------------------------------------- egypt-cairo-sandstorm-2023
S = "egypt-cairo-sandstorm-2023"
STORM = "2023-06-01"  # the sandstorm (khamaseen) over Cairo and the Delta, Thu 1 Jun 2023
art(S, "https://www.akhbaralaan.net/news/arab-world/2023/06/01/%d9%82%d8%aa%d9%8a%d9%84-%d9%885-%d8%ac%d8%b1%d8%ad%d9%89-%d8%a5%d8%ab%d8%b1-%d8%b9%d8%a7%d8%b5%d9%81%d8%a9-%d8%b1%d9%85%d9%84%d9%8a%d8%a9-%d9%81%d9%8a-%d9%85%d8%b5%d8%b1",
    "2023-06-01", "date in the URL '/2023/06/01/'; the body's 'الخميس' agrees (1 Jun 2023 was a Thursday); the photo caption 'مصر شهدت عاصفة رملية لساعات' dropped; the in-text sub-heading moved up as headline (it is also the URL slug); the truncated last sentence (the forecast) dropped; no date in the text", False, """
قتيل و5 جرحى إثر عاصفة رملية في مصر
خلفت عاصفة رملية قتيلا وخمسة جرحى في مصر، الخميس، بعدما سقطت لوحة إعلانات على طريق سريع في قلب القاهرة.
ففي العاصمة التي يزيد عدد سكانها على 20 مليون نسمة، أظلمت السماء فجأة حين اجتاحت المدينة عاصفة رملية تحمل دوامات برتقالية ضخمة.
وذكرت صحيفة "الأهرام" الحكومية أن رياحا عاتية "اقتلعت لوحة إعلانات سقطت على دراجة نارية وسيارة ما أسفر عن مقتل شخص وإصابة خمسة آخرين".
وتسبب سقوط اللافتة في تكدس مروري أعلى كوبري 6 أكتوبر، وحاول رجال الإدارة العامة لمرور القاهرة إزالتها وإعادة تسيير الحركة.
وتلقت أجهزة الأمن في القاهرة بلاغا من شرطة النجدة بسقوط لافتة إعلانية أعلى كوبري أكتوبر، فانتقلت على الفور إلى المكان، ويعمل رجال المرور على رفعها لإعادة الحركة المرورية إلى طبيعتها.
وضربت عاصفة ترابية مناطق متفرقة من القاهرة الكبرى، وطالت أغلب الأنحاء في القاهرة والجيزة والقليوبية، فأثارت الرمال والأتربة وتسببت في انخفاض الرؤية الأفقية.
وشهد الخميس ارتفاعا ملحوظا في درجات الحرارة على جميع الأنحاء.
""", [
    ev("billboard-death", "خلفت عاصفة رملية قتيلا وخمسة جرحى في مصر، الخميس", STORM, "'الخميس' = Thu 1 Jun 2023 (the URL day)"),
    ev("storm", "اجتاحت المدينة عاصفة رملية تحمل دوامات برتقالية ضخمة", STORM, "no own expression; the storm of Thu 1 Jun"),
    ev("bridge-traffic-jam", "تكدس مروري أعلى كوبري 6 أكتوبر", STORM, "no own expression; after the billboard fell on Thu 1 Jun"),
    ev("police-report", "وتلقت أجهزة الأمن في القاهرة بلاغا من شرطة النجدة", STORM, "no own expression; Thu 1 Jun"),
    ev("visibility-drop", "وتسببت في انخفاض الرؤية الأفقية", STORM, "no own expression; during the storm of Thu 1 Jun"),
    ev("heat", "وشهد الخميس ارتفاعا ملحوظا في درجات الحرارة", STORM, "'الخميس' = Thu 1 Jun 2023"),
])
art(S, "https://al-ain.com/article/death-egyptian-engineer-storms",
    "2023-06-01", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for the storm and the forecast 'لحالة الطقس اليوم الخميس 1 يونيو/حزيران 2023' (1 Jun 2023 was a Thursday); the truncated last sentence (the temperatures) dropped; the source's two spellings 'النبرواي'/'النبراوي' kept", True, """
عاصفة رملية تنهي حياة مهندسة مصرية
لقيت مهندسة مصرية حتفها بعدما سقطت عليها لوحة إعلانات بفعل العاصفة الرملية التي ضربت محافظات مصرية عدة، اليوم الخميس.
وحجبت العاصفة الرملية الرؤية في مناطق كثيرة، وأربكت حركة المرور في الشوارع الرئيسية.
ونعى نقيب المهندسين المصريين طارق النبرواي، عبر صفحته على فيسبوك، المهندسة الشابة رانيا مصطفى، التي لقيت حتفها جراء سقوط إحدى اللوحات الإعلانية عليها، بفعل العاصفة الترابية التي غطت البلاد منذ صباح الخميس.
وكتب النبراوي: "بكل الحزن والأسى أنعى المهندسة رانيا مصطفى، التي وافتها المنية إثر حادث أليم، نجم عن سقوط إحدى اللوحات الإعلانية، في مدينة العاشر من رمضان، بسبب العاصفة الترابية الشديدة التي ضربت البلاد"، داعيا المولى عز وجل أن يتغمدها برحمته.
وقالت هيئة الأرصاد، في توقعاتها لحالة الطقس اليوم الخميس 1 يونيو/حزيران 2023، إن البلاد تتعرض لمنخفض حراري "خماسيني" تصحبه عاصفة ترابية، ورياح جنوبية غربية نشطة ترفع درجات الحرارة وتثير الرمال والأتربة على أغلب الأنحاء.
""", [
    ev("engineer-death", "لقيت مهندسة مصرية حتفها", STORM, "no own expression in the clause; the storm of 'اليوم الخميس' = Thu 1 Jun 2023"),
    ev("storm", "العاصفة الرملية التي ضربت محافظات مصرية عدة، اليوم الخميس", STORM, "'اليوم الخميس' = Thu 1 Jun 2023"),
    ev("visibility-drop", "وحجبت العاصفة الرملية الرؤية", STORM, "no own expression; Thu 1 Jun"),
    ev("syndicate-mourning", "ونعى نقيب المهندسين المصريين", STORM, "no own expression; the same day, Thu 1 Jun"),
    ev("dust-since-morning", "التي غطت البلاد منذ صباح الخميس", STORM, "'منذ صباح الخميس' = from the morning of Thu 1 Jun 2023"),
    ev("khamaseen-depression", "تتعرض لمنخفض حراري", STORM, "'اليوم الخميس 1 يونيو/حزيران 2023' = Thu 1 Jun 2023"),
])
art(S, "https://www.sawaleif.com/%d9%82%d8%b1%d8%a7%d8%b1-%d8%ac%d8%af%d9%8a%d8%af-%d9%85%d9%86-%d8%a7%d9%84%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9-%d9%84%d9%84%d9%85%d8%b9%d8%aa%d9%85%d8%b1%d9%8a%d9%86-678654/?random-post=1",
    "2023-06-02", "no stamp or URL date in the stored page (the URL slug belongs to another item; the stored text is the storm report): fixed by the body's 'أمس الخميس' for the deaths of the storm of Thu 1 Jun 2023 (engineer Rania, the 6 October bridge billboard): the day after is Fri 2 Jun 2023; hashtags ('#سواليف' and the '#' of the words) and the truncated last sentence dropped; no date in the text", False, """
مصرع 3 مصريين بسقوط لافتات إعلانية جراء موجة رياح شديدة
لقي ثلاثة مصريين حتفهم وأصيب عشرات آخرون، أمس الخميس، جراء رياح شديدة أسقطت لافتات الدعاية على طرق رئيسية في أكثر من محافظة.
وتوفيت المهندسة الشابة رانيا ماهر بعد أن سقطت عليها لافتة إعلانية قرب أحد المراكز التجارية في مدينة العاشر من رمضان بمحافظة الشرقية، وأظهر الكشف الطبي على جثمانها إصابتها بكسر في الجمجمة أودى بحياتها على الفور.
كما لقي سائق دراجة نارية حتفه وأصيب خمسة أشخاص آخرون بسقوط لافتة إعلانات كبيرة على جسر السادس من أكتوبر بشارع رمسيس، ما عطل حركة المرور تماما لمدة نحو ساعتين أعلى الجسر الممتد من حي مدينة نصر بالقاهرة شرقا حتى منطقة المهندسين بالجيزة غربا.
ولقي عامل في محل لألعاب الأطفال بقرية "محلة سبك" التابعة لمركز أشمون في محافظة المنوفية حتفه، بعد سقوط نخلة عليه بسبب العواصف الترابية.
وخلفت الأحوال الجوية السيئة في مصر حوادث متفرقة في عدد من المحافظات، جراء سقوط لافتات الإعلانات وأسقف المنازل والأشجار، ومنها لافتة ضخمة سقطت على طريق (القاهرة – السويس) الصحراوي فأوقفت حركة المرور، قبل أن تدفع السلطات بمعدات لتقطيع اللافتة ورفعها من الطريق.
""", [
    ev("three-deaths", "لقي ثلاثة مصريين حتفهم وأصيب عشرات آخرون، أمس الخميس", STORM, "'أمس الخميس' relative to Fri 2 Jun = Thu 1 Jun 2023"),
    ev("engineer-death", "وتوفيت المهندسة الشابة رانيا ماهر", STORM, "no own expression; Thu 1 Jun (the same engineer, 'رانيا مصطفى' in another article)"),
    ev("billboard-death", "لقي سائق دراجة نارية حتفه وأصيب خمسة أشخاص آخرون", STORM, "no own expression; the 6 October bridge billboard, Thu 1 Jun"),
    ev("bridge-traffic-jam", "ما عطل حركة المرور تماما لمدة نحو ساعتين", STORM, "'لمدة نحو ساعتين' on Thu 1 Jun"),
    ev("palm-tree-death", "بعد سقوط نخلة عليه", STORM, "no own expression; Thu 1 Jun"),
    ev("suez-road-billboard", "لافتة ضخمة سقطت على طريق (القاهرة – السويس) الصحراوي", STORM, "no own expression; Thu 1 Jun"),
])

# ---------------------------------------------------------------- iran-ahar-varzaghan-earthquakes-2012
S = "iran-ahar-varzaghan-earthquakes-2012"
QUAKES_IR = "2012-08-11"  # the twin quakes near Ahar and Varzaqan, Sat 11 Aug 2012, 16:53 and 17:04 local
art(S, "http://www.alittihad.ae/details.php?id=78392&y=2012",
    "2012-08-12", "date line '12 أغسطس 2012' under the headline (moved to the first line; 12 Aug 2012 was a Sunday, the day after the quakes); the body's 'أمس' agrees; the site header with the crawl date ('الخميس 28 مارس 2024 أبوظبي ...', prayer times) and the repeated headline dropped; the credit 'طهران (وكالات)-' dropped; the truncated last sentence dropped", True, """
12 أغسطس 2012
153 قتيلاً و1300 جريح بزلزالين في إيران
قُتل 153 شخصا وأصيب 1300 آخرون في زلزالين قويين، بلغت قوة أحدهما 6,4 درجة والآخر 6,3 درجة، ضربا أمس 3 محافظات في شمال غرب إيران هي أذربيجان الغربية وأذربيجان الشرقية وأردبيل، فأثارا الهلع بين السكان، وقطعا خطوط الاتصالات، ودمرا 4 قرى بالكامل و60 قرية بنسبة 80%.
وقال حسن قدمي، نائب وزير الداخلية الإيراني: "هناك 45 قتيلاً في اهار و40 قتيلاً في ورزغان و50 قتيلاً في هريس و18 جريحاً قضوا في مستشفيات تبريز".
ونقلت وكالة "فارس" عن وزارة الصحة أن الزلزالين أوقعا أيضا 1300 جريح.
وكانت وكالة (إسنا) قد نقلت عن غلام رضا معصومي، مسؤول أجهزة الإغاثة في إيران، قوله: "وفق آخر المعلومات التي تلقيناها، قتل نحو 87 شخصاً، وأصيب 400 آخرون"، موضحا أن الجرحى نُقلوا إلى تبريز وأردبيل.
وأفاد مركز علوم الزلازل في جامعة طهران وهيئة المساحة الجيولوجية الأميركية بأن الهزة الأولى وقعت عند الساعة 12,34 بتوقيت جرينتش، وبلغت قوتها 6,4 درجة على بعد 60 كيلومترا شمال شرق مدينة تبريز وعلى عمق 9,9 كيلومتر.
""", [
    ev("toll-153", "قُتل 153 شخصا وأصيب 1300 آخرون", QUAKES_IR, "no own expression; the toll given on the evening of Sat 11 Aug 2012, printed on 12 Aug"),
    ev("quakes", "ضربا أمس 3 محافظات في شمال غرب إيران", QUAKES_IR, "'أمس' relative to Sun 12 Aug (the date line) = Sat 11 Aug 2012"),
    ev("communications-cut", "وقطعا خطوط الاتصالات", QUAKES_IR, "no own expression; in the quakes of Sat 11 Aug"),
    ev("villages-destroyed", "ودمرا 4 قرى بالكامل", QUAKES_IR, "no own expression; in the quakes of Sat 11 Aug"),
    ev("earlier-toll-87", "قتل نحو 87 شخصاً", QUAKES_IR, "'وكانت ... قد نقلت': the earlier figure of the evening of Sat 11 Aug"),
    ev("first-shock", "الهزة الأولى وقعت عند الساعة 12,34 بتوقيت جرينتش", QUAKES_IR, "'عند الساعة 12,34 بتوقيت جرينتش' on Sat 11 Aug 2012 (= 17:04 local, Iran summer time UTC+4:30; other reports put the first shock at 16:53 local and the second at 17:04)"),
])
art(S, "https://sauress.com/alhayat/426010",
    "2012-08-12", "no stamp or URL date in the stored page (sauress mirror of Al-Hayat): fixed by the body's 'صباح اليوم الاحد' and 'امس السبت' for the twin quakes near Tabriz (Sat 11 Aug 2012): the next Sunday is 12 Aug 2012; no date in the text", False, """
أودى زلزالان قويان بحياة 220 شخصا وأصابا نحو 1500 في شمال غرب إيران، حيث مشط رجال الإنقاذ أنقاض عشرات القرى خلال الليل وحتى صباح اليوم الاحد.
وفر الآلاف من منازلهم مذعورين، وأمضوا الليل في مخيمات مؤقتة أو في الشوارع بعد الزلزالين اللذين وقعا امس السبت، وفي أعقاب نحو 40 هزة ارتدادية ضربت المنطقة.
وقال مسؤولون إيرانيون إن عدد الضحايا مرشح للارتفاع، لأن بعض المصابين في حالة حرجة، ولأن آخرين ما زالوا محاصرين تحت الأنقاض في أماكن يصعب الوصول إليها، كما أعاق الظلام جهود الإنقاذ.
وذكرت وسائل الإعلام الإيرانية أن ست قرى دُمرت، وأن نحو 60 قرية لحقت بها أضرار تزيد نسبتها على خمسين في المئة.
وأظهرت صور نُشرت على مواقع إخبارية إيرانية جثثا كثيرة مسجاة على الأرض في مشرحة ببلدة أهار، ومسعفين يعالجون الجرحى في العراء مع حلول الغسق وسط سكان قلقين.
وتقع إيران على خطوط صدع رئيسية، وشهدت في السنوات الأخيرة زلازل مدمرة عديدة، منها زلزال بقوة 6.6 درجة سوّى مدينة بام التاريخية في جنوب شرق البلاد بالأرض عام 2003 وقتل أكثر من 25 ألف شخص.
""", [
    ev("toll-220", "أودى زلزالان قويان بحياة 220 شخصا", "2012-08-12", "no own expression; the Sunday-morning figure ('صباح اليوم الاحد' = Sun 12 Aug 2012)"),
    ev("night-search", "مشط رجال الإنقاذ أنقاض عشرات القرى خلال الليل وحتى صباح اليوم الاحد", QUAKES_IR, "'خلال الليل وحتى صباح اليوم الاحد': the night of Sat 11 to Sun 12 Aug 2012", end="2012-08-13"),
    ev("quakes", "بعد الزلزالين اللذين وقعا امس السبت", QUAKES_IR, "'امس السبت' relative to Sun 12 Aug = Sat 11 Aug 2012"),
    ev("aftershocks-40", "نحو 40 هزة ارتدادية", QUAKES_IR, "no own expression; the aftershocks of Sat 11 Aug evening and the night to Sunday (my span 11-12 Aug)", end="2012-08-13"),
    ev("villages-destroyed", "ست قرى دُمرت", QUAKES_IR, "no own expression; in the quakes of Sat 11 Aug"),
    ev("bam-quake", "سوّى مدينة بام التاريخية في جنوب شرق البلاد بالأرض عام 2003", "2003-12-26", "'عام 2003': the Bam earthquake of Fri 26 Dec 2003 (outside knowledge)"),
])
art(S, "https://alwatannews.net/ampArticle/26968",
    "2012-08-13", "no stamp or URL date in the stored page (Al-Watan, Bahrain): fixed by the body's 'اليوم الاثنين' and 'أول أمس السبت' for the Azerbaijan quakes (Sat 11 Aug 2012) and the health minister's toll of 306 given to the Majlis: Mon 13 Aug 2012; the activists' quotes kept with their spelling; the truncated last sentence (Larijani) dropped; no date in the text", False, """
نشر ناشطون إيرانيون على مواقع التواصل الاجتماعي والمدونات صورة لشاه إيران السابق محمد رضا بهلوي وهو يتفقد منطقة ضربها زلزال عام 1978، وتساءلوا: "أين خامنئي ونجاد من زلزال أذربيجان".
وتابعت "الوطن" اليوم الاثنين ردود فعل الناشطين الإيرانيين على مواقع التواصل الاجتماعي، إذ كتب أحدهم: "لقد كان الشاه وهو طاغيه يزور المناطق المنكوبه ليطمئن على المواطنين البسطاء والفقراء، فأين من ثاروا على الطاغيه وأدعوا انهم داعمين الفقراء والبسطاء"، وذلك ردا على موقف كبار قادة النظام الإيراني من كارثة زلزال أذربيجان.
في غضون ذلك، ارتفع عدد ضحايا زلزال أذربيجان "شمال غرب إيران" الذي وقع أول أمس السبت إلى 306 قتلى، أغلبهم من النساء والأطفال، و3037 جريحا، وفق حصيلة أعلنتها وزيرة الصحة مرضية وحيد دستجردي اليوم الاثنين أمام مجلس الشورى.
وأفادت وكالة رويترز للأنباء اليوم الاثنين بأن الحكومة الإيرانية تواجه انتقادات من نواب ومواطنين بسبب طريقة تعاملها مع جهود الإغاثة بعد الزلزالين الكبيرين اللذين أسفرا عن مقتل 300 شخص وإصابة الآلاف في شمال غرب البلاد.
وذكرت وكالة الأنباء البرلمانية الإيرانية أن نوابا يمثلون المناطق المتضررة يشكون من نقص الخيام المخصصة للناجين.
""", [
    ev("activists-posts", "نشر ناشطون إيرانيون على مواقع التواصل الاجتماعي", "2012-08-12", "no own expression; the posts followed by Al-Watan 'اليوم الاثنين' (my span 12-13 Aug)", end="2012-08-14"),
    ev("quakes", "الذي وقع أول أمس السبت", QUAKES_IR, "'أول أمس السبت' relative to Mon 13 Aug = Sat 11 Aug 2012"),
    ev("minister-toll", "وفق حصيلة أعلنتها وزيرة الصحة مرضية وحيد دستجردي اليوم الاثنين", "2012-08-13", "'اليوم الاثنين' = Mon 13 Aug 2012 (the other article: 'في الـ13 من أغسطس')"),
    ev("relief-criticism", "تواجه انتقادات من نواب ومواطنين", "2012-08-13", "'اليوم الاثنين' (Reuters) = Mon 13 Aug 2012"),
    ev("tents-shortage", "يشكون من نقص الخيام المخصصة للناجين", "2012-08-13", "no own expression; the MPs' complaints reported on Mon 13 Aug"),
])
art(S, "http://arabic.china.org.cn/photos/txt/2012-08/15/content_26245637.htm",
    "2012-08-15", "date line '15 أغسطس 2012 / شبكة الصين /' (kept as first line without the credit) and date in the URL '/2012-08/15/'; 15 Aug 2012 was a Wednesday; the source's slip 'بين يومي 11 و12 أغسطس' (both shocks struck on 11 Aug) and 'أذربيجان بشرقي إيران' kept", True, """
15 أغسطس 2012
ضرب زلزالان قويان متتاليان بقوة 6.0 و6.2 درجة على مقياس ريختر منطقة تبريز شمال غربي إيران بين يومي 11 و12 أغسطس الجاري، فخلفا أكثر من 307 قتلى وأكثر من 3000 مصاب، بحسب ما أعلنته وزيرة الصحة الإيرانية الدكتورة مرضية وحيدي في الـ13 من أغسطس الجاري.
وأفادت وسائل إعلام محلية بأن إيران تقع على حزام زلازل يعد من أنشط الأحزمة في العالم، وتتعرض على فترات لهزات أرضية قوية. وقال خبير إيراني في حوار صحفي إن أغلب الضحايا والمصابين سقطوا نتيجة انهيار مبان رديئة الجودة، مضيفا أنه لا يوجد مكان في العالم ضربه زلزال بقوة 6 درجات وحصد هذا العدد الكبير من الضحايا كما في إيران، وقال: "إذا ضرب هذا الزلزال العاصمة طهران فربما تجاوزت أعداد الضحايا الملايين".
وقد أُنقذ جميع المحاصرين تحت الأنقاض وانتُشلت جثث جميع الضحايا، وقدم رجال الإنقاذ مساعدات أساسية للمنكوبين، إلى جانب توفير 48 سيارة إسعاف و500 كيس دم للمناطق الأشد تضررا، وتأمين مراكز إيواء لنحو 16 ألف شخص.
وحذر مسؤول في محافظة أذربيجان بشرقي إيران من وقوع مزيد من الهزات الارتدادية خلال الساعات الـ48 القادمة، وحث المواطنين الإيرانيين على البقاء في المناطق المفتوحة.
""", [
    ev("quakes", "بين يومي 11 و12 أغسطس الجاري", QUAKES_IR, "the text says 'بين يومي 11 و12 أغسطس الجاري', but both shocks struck on the afternoon of Sat 11 Aug 2012 (local and GMT): gold is the true day"),
    ev("minister-toll", "بحسب ما أعلنته وزيرة الصحة الإيرانية الدكتورة مرضية وحيدي في الـ13 من أغسطس الجاري", "2012-08-13", "'في الـ13 من أغسطس الجاري' = Mon 13 Aug 2012"),
    ev("rescue-ended", "وقد أُنقذ جميع المحاصرين تحت الأنقاض", "2012-08-12", "no own expression; Iran declared the rescue over on Sun 12 Aug 2012 (outside knowledge: Red Crescent and interior ministry statements of that day)"),
    ev("shelters-16000", "وتأمين مراكز إيواء لنحو 16 ألف شخص", QUAKES_IR, "no own expression; the shelters set up between the quakes and the report (my span 11-15 Aug)", end="2012-08-16"),
    ev("aftershock-warning", "خلال الساعات الـ48 القادمة", "2012-08-15", "'خلال الساعات الـ48 القادمة' from the publication day, Wed 15 Aug (my span 15-16 Aug)", end="2012-08-17"),
])

# ---------------------------------------------------------------- sudan-managil-floods-2022
S = "sudan-managil-floods-2022"
MANAGIL = ("2022-08-16", "2022-08-21")  # the Managil (Gezira) floods: heavy rain from 16 Aug (OCHA: 16-19 Aug) to the disaster declaration of Sat 20 Aug
art(S, "https://aajsa.com/society/%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A-%D9%8A%D8%AA%D8%AF%D8%AE%D9%84-%D9%84%D8%A5%D9%86%D9%82%D8%A7%D8%B0-%D9%85%D8%AA%D8%B6%D8%B1%D8%B1%D9%8A%D9%86-%D9%85%D9%86-%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D9%88%D8%B3%D8%B7-%D8%A7%D9%84%D8%A8%D9%84%D8%A7%D8%AF",
    "2022-08-20", "date line '20 اغسطس 2022' under the headline (moved to the first line; 20 Aug 2022 was a Saturday); the body's 'اليوم السبت' agrees (copy of an Al-Araby Al-Jadeed item); the photo caption and the font buttons '+ الخط -' dropped; the truncated last sentence (the civil defence spokesman) dropped", True, """
20 اغسطس 2022
الجيش السوداني يتدخل لإنقاذ متضررين من فيضانات وسط البلاد
أعلنت القوات المسلحة السودانية، اليوم السبت، أنها تدخلت لمساعدة المتضررين من الأمطار التي ضربت ولاية الجزيرة وسط السودان.
وأوضحت القوات المسلحة، في بيان نشرته على صفحتها الرسمية في موقع فيسبوك، أن سلاح المهندسين والقوات الجوية وفرا طائرات مروحية وقوارب إنقاذ وفرقا من القوات الخاصة لمعاونة السلطات في ولاية الجزيرة في عمليات البحث والإنقاذ والإجلاء الخاصة بالمواطنين المتأثرين.
وأدت الأمطار التي هطلت على محلية المناقل في ولاية الجزيرة ومناطق سودانية أخرى إلى تشكل سيول، ما تسبب في خسائر بشرية وهدم آلاف المنازل في القرى المحلية.
ووفق إحصاءات رسمية نشرها الدفاع المدني السوداني، لقي 79 شخصا على الأقل مصرعهم في الفيضانات ما بين يونيو/ حزيران الماضي وأغسطس/ آب الجاري، فيما أصيب نحو 31 آخرين، وانهار 15 ألفا و184 منزلا كليا و22 ألفا و207 منازل جزئيا، إلى جانب 34 مرفقا عاما و69 متجرا.
""", [
    ev("army-deployed", "أعلنت القوات المسلحة السودانية، اليوم السبت", "2022-08-20", "'اليوم السبت' = Sat 20 Aug 2022 (the date line)"),
    ev("managil-floods", "وأدت الأمطار التي هطلت على محلية المناقل", MANAGIL[0], "no own expression; the Managil rains and torrents of 16-20 Aug 2022 (OCHA: 16-19 Aug; my span)", end=MANAGIL[1]),
    ev("season-toll-79", "لقي 79 شخصا على الأقل مصرعهم في الفيضانات ما بين يونيو/ حزيران الماضي وأغسطس/ آب الجاري", "2022-06-01", "'ما بين يونيو/ حزيران الماضي وأغسطس/ آب الجاري': the rainy-season deaths from June to 20 Aug 2022 (my span)", end="2022-08-21"),
])
art(S, "https://alyaum.com/ampArticle/6416364",
    "2022-08-22", "no stamp or URL date in the stored page (Al-Yaum, Saudi daily): fixed by the body's 'صباح أمس الأحد' for Burhan's visit to White Nile and Gezira after the Managil disaster declaration of 'ليل السبت' (Sat 20 Aug 2022): the Sunday is 21 Aug, so the issue is Mon 22 Aug 2022; the byline 'حسام الدين أبو العزائم - الخرطوم' and the truncated last sentence dropped; no date in the text", False, """
بعد أن زار المتأثرين بالسيول والأمطار في ولاية نهر النيل الأسبوع الماضي، وصل رئيس مجلس السيادة الانتقالي السوداني، الفريق أول ركن عبدالفتاح البرهان، صباح أمس الأحد، إلى ولايتي النيل الأبيض والجزيرة وسط البلاد، اللتين أعلنتهما السلطات «منطقة كوارث».
وكانت السلطات السودانية قد أعلنت ليل السبت مدينة المناقل في ولاية الجزيرة «منطقة كوارث» بسبب السيول والأمطار التي اجتاحتها وخلفت خسائر بشرية ومادية.
ونقلت وكالة الأنباء السودانية الرسمية «سونا» عن والي الجزيرة إسماعيل عوض الله قوله: «إن محلية المناقل منطقة كوارث، ونناشد الحكومة الاتحادية ومنظمات المجتمع المدني للإسهام في تخفيف الضرر بتوفير الخيام لإيواء المتأثرين»، مضيفا: «السيول والأمطار أدت لانهيار أكثر من 3 آلاف منزل».
وتضم المناقل، كبرى محليات ولاية الجزيرة، أكثر من 540 قرية، في وقت أعلن فيه الجيش السوداني إرسال مروحيات وقوارب إنقاذ وعدد من الفرق لمساعدة السلطات المحلية.
وقال الجيش في بيان: «دفعت القوات الجوية وسلاح المهندسين، طائرات عمودية وقوارب إنقاذ وفرقا من القوات الخاصة للجيش لمعاونة السلطات المحلية في ولاية الجزيرة في عمليات البحث والإنقاذ والإخلاء للمواطنين المتأثرين بالسيول».
""", [
    ev("river-nile-visit", "بعد أن زار المتأثرين بالسيول والأمطار في ولاية نهر النيل الأسبوع الماضي", "2022-08-14", "'الأسبوع الماضي' relative to Mon 22 Aug: the previous week, 14-20 Aug 2022 (my span; the exact day is not in the text)", end="2022-08-21"),
    ev("burhan-visit", "صباح أمس الأحد", "2022-08-21", "'صباح أمس الأحد' relative to Mon 22 Aug = Sun 21 Aug 2022"),
    ev("disaster-zone", "أعلنت ليل السبت مدينة المناقل", "2022-08-20", "'ليل السبت' = the night of Sat 20 Aug 2022"),
    ev("managil-floods", "بسبب السيول والأمطار التي اجتاحتها", MANAGIL[0], "no own expression; the Managil rains and torrents of 16-20 Aug 2022 (my span)", end=MANAGIL[1]),
    ev("army-deployed", "أعلن فيه الجيش السوداني إرسال مروحيات وقوارب إنقاذ", "2022-08-20", "no own expression; the army statement of Sat 20 Aug (other article 'اليوم السبت')"),
])
art(S, "https://m.youm7.com/amp/2022/8/23/%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%BA%D8%B2%D9%8A%D8%B1%D8%A9-%D9%88%D8%B3%D9%8A%D9%88%D9%84-%D8%AA%D8%B6%D8%B1%D8%A8-%D9%85%D9%86%D8%B7%D9%82%D8%A9-%D8%AF%D9%86%D9%82%D9%84%D8%A7-%D8%B4%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86/5880065",
    "2022-08-23", "page stamp 'الثلاثاء، 23 أغسطس 2022 09:24 ص' (kept as first line) and date in the URL '/2022/8/23/' (23 Aug 2022 was a Tuesday); the site header with the crawl date ('الثلاثاء 2024-05-21 القاهره 10:52 م'), the tag 'فيضانات السودان' and the byline 'كتب سمير حسنى' dropped", True, """
الثلاثاء، 23 أغسطس 2022 09:24 ص
أمطار غزيرة وسيول تضرب منطقة دنقلا شمال السودان
هطلت على منطقة دنقلا في شمال السودان أمطار غزيرة أعقبتها سيول.
ودفعت القوات الجوية وسلاح المهندسين في القوات المسلحة السودانية بطائرات عمودية وقوارب إنقاذ ومجموعات من القوات الخاصة، لمساعدة السلطات المحلية في ولاية "الجزيرة" على نجدة المتأثرين بالسيول والأمطار.
وقال مكتب الناطق الرسمي باسم القوات المسلحة، في بيان صحفي، إن ذلك جاء لمساعدة السلطات في الجزيرة في عمليات البحث والإنقاذ وإخلاء المواطنين المتأثرين بالسيول والأمطار في المناقل وبقية المناطق المتأثرة بالولاية.
""", [
    ev("dongola-rain", "هطلت على منطقة دنقلا في شمال السودان أمطار غزيرة", "2022-08-22", "no own expression; the rain reported in the morning of Tue 23 Aug (my span 22-23 Aug)", end="2022-08-24"),
    ev("army-deployed", "ودفعت القوات الجوية وسلاح المهندسين", "2022-08-20", "no own expression; the army deployment announced on Sat 20 Aug (other articles 'اليوم السبت')"),
    ev("managil-floods", "المتأثرين بالسيول والأمطار في المناقل", MANAGIL[0], "no own expression; the Managil rains and torrents of 16-20 Aug 2022 (my span)", end=MANAGIL[1]),
])
art(S, "https://makkahnewspaper.com/ampArticle/1570647",
    "2022-08-24", "page stamp 'الأربعاء / 26 / محرم / 1444 هـ - 20:32 - الأربعاء 24 أغسطس 2022 20:32' (its Gregorian part kept as first line; 24 Aug 2022 was a Wednesday); the two repeated paragraphs of the stored page kept once", True, """
الأربعاء 24 أغسطس 2022 20:32
سيول السودان والنيل تتجاوز المنسوب الحرج
اتسعت رقعة المناطق المتضررة في السودان مع تدفق سيول جديدة، وسط تحذيرات من فيضانات قادمة بعد أن تخطى نهر النيل المنسوب الحرج.
وبحسب موقع «سودان تريبيون»، تواجه 16 ولاية من أصل 18 سيولا جارفة وأمطارا غزيرة، غير أن ولاية الجزيرة لا تزال الأكثر تضررا، إذ اضطر آلاف الأشخاص إلى هجر منازلهم التي غمرتها المياه من كل اتجاه.
وكشف المتحدث باسم شرطة الدفاع المدني عن ارتفاع عدد قتلى الفيضانات والسيول إلى 89 شخصا، إلى جانب إصابة 36 آخرين.
""", [
    ev("new-torrents", "مع تدفق سيول جديدة", "2022-08-23", "no own expression; the new torrents reported on Wed 24 Aug (my span 23-24 Aug)", end="2022-08-25"),
    ev("nile-critical", "بعد أن تخطى نهر النيل المنسوب الحرج", "2022-08-24", "no own expression; the level reported on Wed 24 Aug"),
    ev("gezira-displaced", "اضطر آلاف الأشخاص إلى هجر منازلهم", MANAGIL[0], "no own expression; the flight from the Gezira floods since 16 Aug, still so on Wed 24 Aug (my span)", end="2022-08-25"),
    ev("toll-89", "ارتفاع عدد قتلى الفيضانات والسيول إلى 89 شخصا", "2022-08-24", "no own expression; the civil defence figure reported on Wed 24 Aug"),
])

# ---------------------------------------------------------------- syria-idlib-camps-floods-2021
S = "syria-idlib-camps-floods-2021"
STORM_SY = ("2021-01-16", "2021-01-19")  # the rainstorm over the north-western camps, Sat 16 - Mon 18 Jan 2021
art(S, "https://jesrpress.com/%d8%b9%d8%a7%d8%b5%d9%81%d8%a9-%d9%85%d8%b7%d8%b1%d9%8a%d8%a9-%d8%aa%d9%8f%d8%ba%d8%b1%d9%82-%d8%b9%d8%b4%d8%b1%d8%a7%d8%aa-%d8%a7%d9%84%d8%ae%d9%8a%d8%a7%d9%85-%d8%a8%d8%b1%d9%8a%d9%81%d9%8a-%d8%a5",
    "2021-01-17", "no stamp or URL date in the stored page: the body's own date 'فجر اليوم الأحد 17 كانون الثاني/ يناير' (a Sunday 17 January: 2016 or 2021; the year is that of the January 2021 storm over the Idlib camps, after the flooding of 11 camps 'في الأسبوع الفائت', 12-14 Jan 2021); the dateline 'جسر – إدلب' and the truncated related-link title dropped", True, """
أغرقت عاصفة مطرية اجتاحت الشمال السوري عشرات الخيام في ريفي إدلب وحلب الغربي، فجر اليوم الأحد 17 كانون الثاني/ يناير.
ونشر ناشطون على صفحات التواصل الاجتماعي صورا لعشرات الخيام التي غرقت بفعل العاصفة المطرية، وسط مناشدات من الأهالي للمنظمات الإنسانية لتقديم المساعدة لهم.
وكانت مخيمات عدة في ريف إدلب الشمالي قد تضررت جراء العاصفة المطرية، منها مخيم "كفر عروق"، ومخيم "حور" في قرية البردقلي، ومخيم "تل الضمان" في بلدة ترمانين.
من جهته، قال "مصطفى حاج يوسف"، مدير قطاع الدفاع المدني في إدلب، إن فرق الدفاع المدني عملت على فتح مجار لتصريف مياه الأمطار وسحب المياه المتجمعة قرب خيام المدنيين في المخيمات المتضررة، وكان أكثرها تضررا "مخيمات الماجد، والتكافل، ومجد 3 في تجمع مخيمات أطمة، ومخيم عباد الرحمن، والبر في باسبقا، ومخيم الإباء في بلدة قاح".
وأوضح "حاج يوسف" أن الوضع حاليا تحت السيطرة، وأن فرق الدفاع المدني مستعدة على مدار الساعة لمواجهة كل الاحتمالات.
وتعرض أكثر من 11 مخيما في الأسبوع الفائت لأضرار متفاوتة بسبب الأمطار الغزيرة والعواصف التي اجتاحت المنطقة، في ظل غياب الاستعدادات الكافية لمواجهة مثل هذه الحالات.
""", [
    ev("sunday-dawn-flooding", "أغرقت عاصفة مطرية اجتاحت الشمال السوري عشرات الخيام", "2021-01-17", "'فجر اليوم الأحد 17 كانون الثاني/ يناير' = Sun 17 Jan 2021"),
    ev("storm", "قد تضررت جراء العاصفة المطرية", STORM_SY[0], "no own expression; the storm of Sat 16 - Mon 18 Jan 2021 (other articles; my span)", end=STORM_SY[1]),
    ev("drainage-channels", "عملت على فتح مجار لتصريف مياه الأمطار", STORM_SY[0], "no own expression; the civil defence response of 16-18 Jan (my span)", end=STORM_SY[1]),
    ev("under-control", "أن الوضع حاليا تحت السيطرة", "2021-01-17", "'حاليا' = on the publication day, Sun 17 Jan 2021"),
    ev("previous-week-camps", "تعرض أكثر من 11 مخيما في الأسبوع الفائت", "2021-01-10", "'في الأسبوع الفائت' before Sun 17 Jan = 10-16 Jan 2021 (the flooding of 11 camps was on 12-14 Jan; my span)", end="2021-01-17"),
])
art(S, "https://www.syriacivildefence.org/ar/our-reports/field-reports/%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%8A%D8%B3%D8%AA%D8%AC%D9%8A%D8%A8-%D9%84%D9%80-169-%D9%85%D8%AE%D9%8A%D9%85%D8%A7-%D8%AA%D8%B6%D8%B1%D8%B1%D8%AA-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1/",
    "2021-01-18", "no stamp or URL date in the stored page: the body's own date 'منذ يوم السبت 16 كانون الثاني حتى اليوم الاثنين 18 منه' (Sat 16 / Mon 18 January: 2016 or 2021; the year is that of the January 2021 storm, the same 169-camp count as the Tuesday copy of 19 Jan 2021); the site's social-icon line dropped; the truncated last item of the list dropped", True, """
الدفاع المدني السوري يستجيب لـ 169 مخيماً تضررت بسبب الأمطار
مأساة تتكرر كل عام ولن تنتهي إلا بعودة المدنيين إلى منازلهم التي هجّرهم منها النظام وحليفه الروسي.
خلّفت الأمطار الغزيرة والسيول التي شهدها الشمال السوري خلال الأيام الثلاثة الماضية أضرارا كبيرة في مخيمات المهجرين في الشمال السوري التي تؤوي أكثر من مليون نازح، ففاقمت معاناة المدنيين بسبب ضعف البنية التحتية في المخيمات أو غيابها، بالتوازي مع تردي أوضاعهم المعيشية وفقدانهم مقومات الحياة الأساسية.
واستجابت فرق الدفاع المدني السوري منذ يوم السبت 16 كانون الثاني حتى اليوم الاثنين 18 منه لـ 169 مخيما في ريفي إدلب وحلب تضررت بفعل السيول والأمطار، وبلغ عدد الخيام التي تضررت بشكل كلي (تهدمت أو دخلتها المياه) أكثر من 280 خيمة، وعدد الخيام المتضررة بشكل جزئي (تسرب إليها الماء أو أحاط بها) أكثر من 2400 خيمة، ويقدر عدد العائلات التي تضررت بشكل كبير بأكثر من 2500 عائلة.
وقام متطوعو الدفاع المدني السوري خلال استجابتهم للمخيمات بفتح قنوات لتصريف المياه، وتنظيف مجاري القنوات الموجودة، وضخ المياه من بعض التجمعات التي يستحيل فتح قنوات فيها لسحب المياه بعيدا عن الخيام.
""", [
    ev("storm", "خلال الأيام الثلاثة الماضية", STORM_SY[0], "'خلال الأيام الثلاثة الماضية' up to Mon 18 Jan = Sat 16 - Mon 18 Jan 2021", end=STORM_SY[1]),
    ev("response-169-camps", "منذ يوم السبت 16 كانون الثاني حتى اليوم الاثنين 18 منه", STORM_SY[0], "'منذ يوم السبت 16 كانون الثاني حتى اليوم الاثنين 18 منه' = 16-18 Jan 2021", end=STORM_SY[1]),
    ev("tents-destroyed", "أكثر من 280 خيمة", STORM_SY[0], "no own expression; the tents wrecked during 16-18 Jan", end=STORM_SY[1]),
    ev("drainage-channels", "بفتح قنوات لتصريف المياه، وتنظيف مجاري القنوات الموجودة، وضخ المياه", STORM_SY[0], "no own expression; the response of 16-18 Jan", end=STORM_SY[1]),
])
art(S, "https://almohrarmedia.net/%d9%85%d8%a3%d8%b3%d8%a7%d8%a9%d9%8f-%d8%a7%d9%84%d9%85%d8%ae%d9%8a%d9%91%d9%85%d8%a7%d8%aa%d9%90-%d9%81%d9%8a-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%aa%d8%aa%d9%81%d8%a7%d9%82%d9%85%d9%8f-%d8%a7%d9%84/",
    "2021-01-19", "no stamp or URL date in the stored page: fixed by the body's 'منذ يوم السبت 16 كانون الثاني حتى أمس الاثنين 18 منه' (the Syria Civil Defence report of Mon 18 Jan 2021, other article): the day after is Tue 19 Jan 2021; the text gives the date of the report, not its own; the truncated last item of the list dropped", False, """
مأساة المخيمات في سوريا تتفاقم.. الدفاع المدني السوري يستجيب لـ 169 مخيما تضررت بسبب الأمطار
تسببت الأمطار الغزيرة والسيول التي شهدها الشمال السوري المحرر خلال الأيام الثلاثة الماضية بأضرار كبيرة في مخيمات المهجرين في الشمال السوري التي تؤوي أكثر من مليون نازح، فتفاقمت معاناة المدنيين بسبب ضعف البنية التحتية في المخيمات أو غيابها، بالتوازي مع تردي أوضاعهم المعيشية وفقدانهم مقومات الحياة الأساسية.
وأوضح "الدفاع المدني السوري" أن فرقه استجابت منذ يوم السبت 16 كانون الثاني حتى أمس الاثنين 18 منه، لـ 169 مخيما في ريفي إدلب وحلب تضررت بفعل السيول والأمطار.
وبلغ عدد الخيام التي تضررت بشكل كلي "تهدمت أو دخلتها المياه" أكثر من 280 خيمة، وعدد الخيام التي تضررت بشكل جزئي "تسرب إليها الماء أو أحاط بها" أكثر من 2400 خيمة، ويقدر عدد العائلات التي تضررت بشكل كبير بأكثر من 2500 عائلة.
وأشار "الدفاع المدني" إلى أن متطوعيه قاموا خلال استجابتهم للمخيمات بفتح قنوات لتصريف المياه، إضافة إلى تنظيف مجاري القنوات الموجودة، وضخ المياه من بعض التجمعات التي يستحيل فتح قنوات فيها لسحب المياه بعيدا عن الخيام.
""", [
    ev("storm", "شهدها الشمال السوري المحرر خلال الأيام الثلاثة الماضية", STORM_SY[0], "'خلال الأيام الثلاثة الماضية' taken over from the report of Mon 18 Jan: the storm of Sat 16 - Mon 18 Jan 2021", end=STORM_SY[1]),
    ev("response-169-camps", "منذ يوم السبت 16 كانون الثاني حتى أمس الاثنين 18 منه", STORM_SY[0], "'منذ يوم السبت 16 كانون الثاني حتى أمس الاثنين 18 منه' = 16-18 Jan 2021", end=STORM_SY[1]),
    ev("tents-destroyed", "أكثر من 280 خيمة", STORM_SY[0], "no own expression; the tents wrecked during 16-18 Jan", end=STORM_SY[1]),
    ev("drainage-channels", "بفتح قنوات لتصريف المياه، إضافة إلى تنظيف مجاري القنوات", STORM_SY[0], "no own expression; the response of 16-18 Jan", end=STORM_SY[1]),
])
art(S, "https://syrianpc.com/%D9%88%D9%81%D8%A7%D8%A9-%D8%B7%D9%81%D9%84-%D9%81%D9%8A-%D8%A5%D8%AF%D9%84%D8%A8-%D8%AC%D8%B1%D8%A7%D8%A1-%D8%B3%D9%82%D9%88%D8%B7-%D8%AC%D8%AF%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D9%86%D8%B2%D9%84-%D8%B9",
    "2021-01-19", "no stamp or URL date in the stored page: the body's own date 'اليوم الثلاثاء 19 كانون الثاني/يناير' (a Tuesday 19 January: 2016 or 2021; the year is 2021: the dead boy is a displaced person from Tamanaa and the injured children live in a Kafr Nabudah camp, both towns emptied by the 2019 offensive); the related-link title and the signature 'المركز الصحفي السوري عين على الواقع' dropped", True, """
توفي طفل في ريف إدلب اليوم الثلاثاء 19 كانون الثاني/يناير، بعد أن سقط عليه جدار المنزل بسبب السيول.
وأفاد مراسلنا في ريف إدلب بوفاة الطفل "عبد الرزاق عدنان الجوباسي" من بلدة التمانعة، النازح في مخيم كلّي شمال إدلب، جراء سقوط جدار المنزل الذي يقيم فيه فوقه بسبب الأمطار الغزيرة والسيول.
وفي سياق متصل، أصيب ثلاثة أطفال في مخيم كفرنبودة بمنطقة عقربات شمالي إدلب فجر اليوم الثلاثاء، بعد انهيار خيمتهم المبنية من البلوك بفعل الأمطار الغزيرة والسيول ليلة أمس.
وكانت المنظمات العاملة في الشمال السوري قد ناشدت الهيئات والمنظمات الدولية إيجاد حل سريع ينهي معاناة النازحين في مخيمات الشمال في ظل البرد القارس والأمطار الغزيرة.
يُذكر أن أكثر من /108/ مخيما في الشمال السوري تضررت بسبب الأمطار الغزيرة والسيول في اليومين الأخيرين.
""", [
    ev("child-death", "توفي طفل في ريف إدلب اليوم الثلاثاء 19 كانون الثاني/يناير", "2021-01-19", "'اليوم الثلاثاء 19 كانون الثاني/يناير' = Tue 19 Jan 2021"),
    ev("kafr-nabudah-injuries", "أصيب ثلاثة أطفال في مخيم كفرنبودة", "2021-01-19", "'فجر اليوم الثلاثاء' = Tue 19 Jan 2021"),
    ev("night-rain", "بفعل الأمطار الغزيرة والسيول ليلة أمس", "2021-01-18", "'ليلة أمس' relative to Tue 19 Jan = the night of Mon 18 to Tue 19 Jan 2021", end="2021-01-20"),
    ev("camps-108", "تضررت بسبب الأمطار الغزيرة والسيول في اليومين الأخيرين", "2021-01-17", "'في اليومين الأخيرين' before Tue 19 Jan = Sun 17 - Mon 18 Jan 2021 (my reading)", end="2021-01-19"),
])

# ---------------------------------------------------------------- libya-tarhuna-floods-2024
S = "libya-tarhuna-floods-2024"
RAIN_LY = ("2024-12-05", "2024-12-07")  # the heavy rain over western Libya, Thu 5 - Fri 6 Dec 2024
art(S, "https://arabkhabar.com/a/3759656",
    "2024-12-05", "page stamp 'تاريخ النشر: 5th, December 2024 GMT' (kept verbatim as first line; 5 Dec 2024 was a Thursday); aggregator copy of Ean Libya ('المصدر: عين ليبيا' dropped with the tags and 'إقرأ أيضاً' links)", True, """
تاريخ النشر: 5th, December 2024 GMT
بلدية طرابلس تدعو المواطنين إلى ملازمة منازلهم
دعت بلدية طرابلس المواطنين إلى ملازمة منازلهم وعدم الخروج إلا للضرورة، بسبب الأمطار الغزيرة التي تشهدها العاصمة.
من جهتها، ناشدت اللجنة الوطنية للطوارئ المواطنين ومستخدمي الطرقات العامة البقاء في منازلهم وعدم الخروج إلا للضرورة القصوى وفي الحالات الطارئة، حتى تتمكن فرق الجهات المختصة من التحرك بسلاسة ويسر لإنقاذ المواطنين العالقين في المستنقعات المائية وفك الاختناقات في الطرقات العامة.
وكانت وزارة الداخلية في حكومة الوحدة الوطنية قد نبهت جميع المواطنين إلى ضرورة الالتزام بإجراءات القيادة الآمنة أثناء هطول الأمطار الغزيرة حرصا على سلامة الجميع، مشددة على أهمية خفض السرعة وترك مسافة أمان كافية بين المركبات وتجنب السير في الأماكن المغمورة بالمياه.
ودعت الوزارة السائقين أيضا إلى التأكد من جاهزية مركباتهم، ولا سيما أنظمة الفرامل والإطارات، والتزام الحذر تفاديا للحوادث وضمانا لسلامة مستخدمي الطريق.
""", [
    ev("municipality-call", "دعت بلدية طرابلس المواطنين إلى ملازمة منازلهم", "2024-12-05", "no own expression; Thu 5 Dec 2024 (the stamp)"),
    ev("heavy-rain", "بسبب الأمطار الغزيرة التي تشهدها العاصمة", RAIN_LY[0], "no own expression; the rain over Tripoli and the west, Thu 5 - Fri 6 Dec 2024 (my span)", end=RAIN_LY[1]),
    ev("emergency-committee", "ناشدت اللجنة الوطنية للطوارئ", "2024-12-05", "no own expression; the same day, Thu 5 Dec"),
    ev("interior-warning", "وكانت وزارة الداخلية في حكومة الوحدة الوطنية قد نبهت", "2024-12-04", "'وكانت ... قد نبهت': an earlier warning, before or on Thu 5 Dec (my span 4-5 Dec)", end="2024-12-06"),
])
art(S, "https://aajsy.com/society/%D8%A7%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D8%BA%D8%B2%D9%8A%D8%B1%D8%A9-%D9%88%D8%A7%D9%84%D8%B3%D9%8A%D9%88%D9%84-%D8%AA%D8%B3%D8%A8%D9%91%D8%A8-%D9%85%D8%B5%D8%B1%D8%B9-5-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D9%81%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7",
    "2024-12-07", "date line '07 ديسمبر 2024' under the headline (moved to the first line; 7 Dec 2024 was a Saturday); the body's 'مساء أمس الجمعة' and 'اليوم السبت' agree (copy of an Al-Araby Al-Jadeed item); the photo caption (with '5 ديسمبر 2024'), the audio/summary buttons and the generated summary bullets dropped; the truncated end of the last sentence dropped", True, """
07 ديسمبر 2024
الأمطار الغزيرة والسيول تسبّب مصرع 5 أشخاص في ليبيا
تسببت الأمطار الغزيرة في موجة من السيول اجتاحت مدينتي ترهونة وبني وليد، جنوب شرقي العاصمة الليبية طرابلس، وأدت إلى مصرع 3 أشقاء واثنين من عناصر الإسعاف والإنقاذ الحكومي أثناء مشاركتهما في إنقاذ العائلات المتضررة من السيول في المدينة، مساء أمس الجمعة.
ونعى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، اليوم السبت، الضحايا من جهاز الإسعاف والإنقاذ الحكومي، وقدم العزاء لأهالي ترهونة.
""", [
    ev("heavy-rain", "تسببت الأمطار الغزيرة", RAIN_LY[0], "no own expression; the rain of Thu 5 - Fri 6 Dec 2024 (my span)", end=RAIN_LY[1]),
    ev("tarhuna-torrents", "اجتاحت مدينتي ترهونة وبني وليد", RAIN_LY[0], "no own expression; the torrents of Thu night 5 - Fri 6 Dec (my span)", end=RAIN_LY[1]),
    ev("deaths-5", "وأدت إلى مصرع 3 أشقاء واثنين من عناصر الإسعاف", "2024-12-06", "'مساء أمس الجمعة' relative to Sat 7 Dec = the evening of Fri 6 Dec 2024"),
    ev("dbeibah-mourning", "ونعى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، اليوم السبت", "2024-12-07", "'اليوم السبت' = Sat 7 Dec 2024"),
])
art(S, "https://maghribona24.com/?p=32756",
    "2024-12-07", "no stamp or URL date in the stored page: fixed by the body's 'أمس الجمعة' and 'اليوم السبت' for the five deaths of the western-Libya torrents and Dbeibah's visit to Tarhuna (the rain of 5-6 Dec 2024, other articles): Sat 7 Dec 2024; no date in the text", False, """
لقي خمسة أشخاص حتفهم جراء الأمطار الغزيرة والسيول التي شهدتها مناطق في غرب ليبيا أمس الجمعة، وفق ما أفادت به وكالة الأنباء الليبية.
وبحسب المصدر ذاته، جرفت مياه السيول سيارة كان على متنها ثلاثة إخوة يتفقدون أغنامهم في ضواحي مدينة ترهونة، وقد أُعلن الليلة الماضية عن انتشال جثتي اثنين منهم، فيما عُثر على جثة الثالث اليوم السبت.
ونعى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة اليوم أيضا عنصرين من الإسعاف والطوارئ لقيا حتفهما "أثناء تأدية واجبهما الإنساني إزاء العائلات المتضررة من السيول بمدينة ترهونة"، وفق ما أفادت به وكالة الأنباء الليبية.
ووعد الدبيبة، خلال زيارة تفقدية لبلدية ترهونة رافقه فيها عدد من وزرائه، بتعبئة كل الإمكانيات لمعالجة الأضرار على وجه السرعة وحصر المتضررين وتعويضهم.
""", [
    ev("deaths-5", "لقي خمسة أشخاص حتفهم", "2024-12-06", "'أمس الجمعة' relative to Sat 7 Dec = Fri 6 Dec 2024"),
    ev("brothers-swept", "جرفت مياه السيول سيارة كان على متنها ثلاثة إخوة", "2024-12-06", "no own expression; Fri 6 Dec (the deaths of 'أمس الجمعة')"),
    ev("two-bodies", "أُعلن الليلة الماضية عن انتشال جثتي اثنين منهم", "2024-12-06", "'الليلة الماضية' relative to Sat 7 Dec = the night of Fri 6 to Sat 7 Dec 2024", end="2024-12-08"),
    ev("third-body", "عُثر على جثة الثالث اليوم السبت", "2024-12-07", "'اليوم السبت' = Sat 7 Dec 2024"),
    ev("dbeibah-mourning", "ونعى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة اليوم أيضا", "2024-12-07", "'اليوم أيضا' = Sat 7 Dec 2024"),
    ev("crew-lost", "عنصرين من الإسعاف والطوارئ لقيا حتفهما", "2024-12-06", "no own expression; the two ambulance men swept away on the evening of Fri 6 Dec (other articles)"),
])
art(S, "https://gplusss.com/2024/12/07/%D8%A7%D9%84%D9%87%D9%84%D8%A7%D9%84-%D8%A7%D9%84%D8%A3%D8%AD%D9%85%D8%B1-%D9%81%D8%B1%D9%82-%D8%A7%D9%84%D8%A5%D9%86%D9%82%D8%A7%D8%B0-%D8%AA%D8%AE%D8%A7%D8%B7%D8%B1-%D8%A8%D8%AD%D9%8A%D8%A7%D8%AA",
    "2024-12-07", "date in the URL '/2024/12/07/' (7 Dec 2024 was a Saturday); no stamp or headline in the stored text; the truncated last sentence (the emergency committee) dropped; the source's 'بن وليد' kept as written once ('بني وليد' elsewhere); no date in the text", False, """
أكد علي الفقهي، مدير فرع الهلال الأحمر في بني وليد، أنهم توجهوا إلى بلدية ترهونة تلبية لنداء الاستغاثة الذي أطلقته المدينة، لنجدتها من الكارثة الإنسانية التي تتعرض لها جراء هطول الأمطار الغزيرة.
وأضاف الفقهي، في تصريحات تلفزيونية لفضائية "ليبيا الحدث"، أنهم شكلوا فرقا تضم عناصر من الإسعاف ومديرية أمن بن وليد ومكتب النظافة والشرطة الزراعية، لإنقاذ العائلات المتضررة من السيول.
ولفت إلى أنهم تعرضوا لسيل غزير في منطقة وادي شتاتة خلال توجههم إلى ترهونة، ما أدى إلى فقدان اثنين من فريق الإسعاف والطوارئ وتعطل 3 سيارات.
وأفاد الفقهي بأن ملابس فرق الإنقاذ ابتلت من الأمطار الغزيرة، وأن السيارات غرقت وجرى البحث عن المفقودين.
من جهته، أعلن محمد الكشر، عميد بلدية ترهونة، أن الأوضاع في المدينة تفاقمت بشكل كبير منذ منتصف ليلة أول أمس، مؤكدا غرق أحياء كاملة مثل سوق الخضرة وشارع السلام.
وأضاف الكشر أن مناطق أخرى في ترهونة غمرتها المياه بالكامل، وشهدت انهيار بعض المباني السكنية.
واشتكى الكشر من قلة آليات شفط المياه في المدينة، إذ لا يتجاوز عددها أربع سيارات خرجت اثنتان منها عن الخدمة.
""", [
    ev("red-crescent-convoy", "أنهم توجهوا إلى بلدية ترهونة تلبية لنداء الاستغاثة", "2024-12-06", "no own expression; the Bani Walid convoy set out on Fri 6 Dec, when the two ambulance men were swept away on the way (other articles)"),
    ev("crew-lost", "ما أدى إلى فقدان اثنين من فريق الإسعاف والطوارئ", "2024-12-06", "no own expression; the evening of Fri 6 Dec (other articles)"),
    ev("tarhuna-worsened", "منذ منتصف ليلة أول أمس", "2024-12-05", "'منذ منتصف ليلة أول أمس': from the middle of the night of Thu 5 Dec, counted from the mayor's statement of Fri/Sat (my span 5-7 Dec)", end="2024-12-08"),
    ev("tarhuna-torrents", "مؤكدا غرق أحياء كاملة مثل سوق الخضرة وشارع السلام", RAIN_LY[0], "no own expression; the torrents of Thu night 5 - Fri 6 Dec (my span)", end=RAIN_LY[1]),
    ev("buildings-collapse", "وشهدت انهيار بعض المباني السكنية", RAIN_LY[0], "no own expression; during the torrents of 5-6 Dec (my span)", end=RAIN_LY[1]),
])

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83', 'stories84', 'stories85', 'stories86', 'stories87', 'stories88', 'stories89', 'stories90', 'stories91', 'stories92', 'stories93', 'stories94', 'stories95', 'stories96', 'stories97', 'stories98', 'stories99', 'stories100', 'stories101', 'stories102', 'stories103', 'stories104', 'stories105', 'stories106', 'stories107', 'stories108', 'stories109', 'stories110', 'stories111', 'stories112', 'stories113', 'stories114')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

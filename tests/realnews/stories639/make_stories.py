"""Builds stories.jsonl: the 639-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: book fairs, trade fairs and exhibitions: openings,
visitor records, incidents and closings.
Stories: the sixth Iraq International Book Fair in Baghdad (December 2025), the 57th Cairo International Book
Fair and its visitor record (January-February 2026), the 29th Muscat International Book Fair and the Ruler of
Sharjah's visit (April 2025), the opening of the 28th Algiers International Book Fair, SILA 2025 (October 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-baghdad-iraq-book-fair-sixth-2025
S = "iraq-baghdad-iraq-book-fair-sixth-2025"
OPEN = "2025-12-03"                        # opening of the sixth Iraq International Book Fair, Wed 3 Dec 2025
RUN = (OPEN, "2025-12-14")                 # the fair runs 3-13 Dec 2025
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D8%AF%D9%88%D8%B1%D8%A9-%D8%A7%D9%84%D8%B3%D8%A7%D8%AF%D8%B3%D8%A9-%D9%84%D9%85%D8%B9%D8%B1%D8%B6-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%83%D8%AA%D8%A7%D8%A8-%D9%81%D9%8A-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D8%B5%D9%88%D8%B1",
    "2025-12-03", "the stored page's stamp 'date 2025-12-03' and the body's 'اليوم الأربعاء' for the opening of a fair held 'من 3 إلى 13 كانون الأول/ديسمبر 2025' (3 Dec 2025 was a Wednesday); headline from the URL slug (the '(صور)' tail dropped)", True, """
انطلاق الدورة السادسة لمعرض العراق الدولي للكتاب في بغداد
شفق نيوز- بغداد
بدأت اليوم الأربعاء، على أرض معرض بغداد الدولي في العاصمة العراقية، فعاليات الدورة السادسة من معرض العراق الدولي للكتاب، الذي تتولى تنظيمه مؤسسة المدى للثقافة والفنون والإعلام خلال الفترة من 3 إلى 13 كانون الأول/ديسمبر 2025.
وتولى افتتاح الدورة رئيس مجلس القضاء الأعلى القاضي فائق زيدان، بحضور رئيس مؤسسة المدى فخري كريم، فيما غاب عن الافتتاح رئيس الوزراء المنتهية ولايته محمد شياع السوداني.
وأفاد مراسل وكالة شفق نيوز بأن حضور الجمهور إلى المعرض لا يزال ضعيفاً حتى الآن، على الرغم من سعة المشاركة وتعدد دور النشر الحاضرة.
ويُنتظر أن يقدّم المعرض برنامجاً ثقافياً شاملاً يضم جلسات لتوقيع الكتب وندوات فكرية وأمسيات أدبية وورشاً متخصصة في صناعة النشر، إلى جانب فعاليات مخصصة للشباب والطلبة وبرامج تهتم بتشجيع القراءة وتنمية المهارات الثقافية.
""", [
    ev("fair-opening", "بدأت اليوم الأربعاء، على أرض معرض بغداد الدولي في العاصمة العراقية، فعاليات الدورة السادسة", OPEN, "'اليوم الأربعاء' in the report of Wed 3 Dec 2025, the first day of 'من 3 إلى 13 كانون الأول/ديسمبر 2025'"),
    ev("fair-period", "خلال الفترة من 3 إلى 13 كانون الأول/ديسمبر 2025", RUN[0], "'من 3 إلى 13 كانون الأول/ديسمبر 2025': 3-13 Dec 2025", end=RUN[1]),
    ev("zaidan-opens-fair", "وتولى افتتاح الدورة رئيس مجلس القضاء الأعلى القاضي فائق زيدان", OPEN, "no own expression; the opening of 'اليوم الأربعاء' = Wed 3 Dec 2025"),
    ev("sudani-absent", "فيما غاب عن الافتتاح رئيس الوزراء المنتهية ولايته", OPEN, "no own expression; at the opening, Wed 3 Dec 2025"),
    ev("weak-turnout", "حضور الجمهور إلى المعرض لا يزال ضعيفاً حتى الآن", OPEN, "'حتى الآن' in the report of the opening day, Wed 3 Dec 2025"),
    ev("cultural-programme", "أن يقدّم المعرض برنامجاً ثقافياً شاملاً", RUN[0], "no own expression; the programme of the fair's days, 3-13 Dec 2025", end=RUN[1]),
])
art(S, "https://www.aljazeera.net/culture/2025/12/4/%D9%85%D8%B9%D8%B1%D8%B6-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%83%D8%AA%D8%A7%D8%A8-%D9%8A%D8%AD%D8%AA%D9%81%D9%8A?traffic_source=rss",
    "2025-12-04", "the date 2025/12/4 in the URL path (and the stored stamp 'date 2025-12-04'); the body's 'أمس الأربعاء' for the opening of Wed 3 Dec 2025 (shafaq) agrees; headline from the cut URL slug, completed from the body; the stored text is cut inside the list of the ministry's journals, the last sentence ends at 'والفكر والفلسفة'", False, """
معرض العراق الدولي للكتاب يحتفي بالمرأة العراقية
افتُتحت أمس الأربعاء الدورة السادسة لمعرض العراق الدولي للكتاب، بمشاركة ما يزيد على 450 دار نشر قدمت من نحو 23 دولة، مع احتفاء خاص بالمرأة العراقية على امتداد 100 عام.
ويحمل المعرض، الذي يتواصل حتى 13 ديسمبر/ كانون الأول، شعار "100 نون عراقية"، تكريماً لإنجازات المبدعات العراقيات في ميادين شتى، ومنهن الشاعرة "نازك الملائكة" والمغنية "عفيفة إسكندر" والفنانة التشكيلية "نزيهة سليم" والمهندسة المعمارية "زها حديد".
ويعرض المعرض قرابة مليون عنوان، وتنظمه مؤسسة المدى للإعلام والثقافة والفنون بالتعاون مع الاتحاد العام للأدباء والكتاب في العراق.
وتحضر في هذه الدورة دور عرض من مصر والأردن ولبنان وسوريا وقطر والإمارات والسعودية والكويت وإيران واليمن وتركيا وتونس والمغرب والسودان وبريطانيا وألمانيا وكندا وفرنسا وإيطاليا والهند والبوسنة والأراضي الفلسطينية والعراق.
وأوضح عارف الساعدي، المستشار الثقافي لرئيس الوزراء والمدير العام لدار الشؤون الثقافية العامة، أن وزارة الثقافة تشارك بأكثر من 500 عنوان متنوع بين الشعر والنقد والسرد واللغة والترجمة والفكر والفلسفة.
""", [
    ev("fair-opening", "افتُتحت أمس الأربعاء الدورة السادسة لمعرض العراق الدولي للكتاب", OPEN, "'أمس الأربعاء' in an article of Thu 4 Dec 2025 = Wed 3 Dec"),
    ev("fair-period", "الذي يتواصل حتى 13 ديسمبر/ كانون الأول", RUN[0], "from the opening of 'أمس الأربعاء' (3 Dec) 'حتى 13 ديسمبر': 3-13 Dec 2025", end=RUN[1]),
    ev("ministry-participation", "أن وزارة الثقافة تشارك بأكثر من 500 عنوان", RUN[0], "no own expression; the ministry's stand during the fair, 3-13 Dec 2025", end=RUN[1]),
])

# ---------------------------------------------------------------- egypt-cairo-book-fair-57th-record-2026
S = "egypt-cairo-book-fair-57th-record-2026"
PUBLIC = "2026-01-22"                      # the 57th fair opened to the public on Thu 22 Jan 2026 (official opening Wed 21 Jan)
CLOSE = "2026-02-03"                       # closing day and closing ceremony, Tue 3 Feb 2026
art(S, "https://www.vetogate.com/5581921",
    "2026-01-26", "the stored page's stamp 'date 2026-01-26' and the body's 'اليوم الاثنين' (26 Jan 2026 was a Monday; five days from the public opening of Thu 22 Jan); no headline in the stored text, written from the body", False, """
معرض القاهرة الدولي للكتاب يتخطى مليوني زائر في خمسة أيام
حطّم معرض القاهرة الدولي للكتاب، في دورته السابعة والخمسين، رقمًا قياسيًا جديدًا في أعداد الزوار، إذ وصل مجموع من زاروه إلى 2,169,701 زائر خلال خمسة أيام فقط من فتح أبوابه أمام الجمهور، بعدما استقبل اليوم الاثنين 346,789 زائرًا.
وقال الدكتور أحمد فؤاد هَنو، وزير الثقافة، إن هذا الإقبال الواسع يؤكد المكانة الثابتة للمعرض باعتباره أهم حدث ثقافي تستضيفه القاهرة وواحدًا من أبرز التظاهرات الثقافية في المنطقة، لافتًا إلى أن عبور عدد الزوار حاجز المليونين في أيام معدودة دليل واضح على اهتمام المصريين بالثقافة والمعرفة وعلى تنامي الوعي بأهمية القراءة ودورها الأساسي في بناء الإنسان.
وأضاف الوزير أن الدورة الحالية تتميز بتنوع غني في الفعاليات والبرامج الثقافية والفكرية والفنية، مع تطوير متواصل لمنظومة الخدمات المقدمة للجمهور، بما يضمن تجربة ثقافية متكاملة تلبي تطلعات جميع الفئات العمرية وتعزز دور المعرض ملتقى سنويًا للمبدعين والمفكرين والجمهور.
""", [
    ev("two-million-visitors", "وصل مجموع من زاروه إلى 2,169,701 زائر خلال خمسة أيام فقط", PUBLIC, "'خلال خمسة أيام' from the public opening of Thu 22 Jan 2026 (elbalad 6842372: 'ابتداءً من الخميس 22 يناير 2026') up to 'اليوم الاثنين' = Mon 26 Jan: 22-26 Jan 2026", end="2026-01-27"),
    ev("public-opening", "من فتح أبوابه أمام الجمهور", PUBLIC, "no own expression; the fair received the public from Thu 22 Jan 2026 (elbalad 6842372), the official opening being Wed 21 Jan"),
    ev("monday-attendance", "بعدما استقبل اليوم الاثنين 346,789 زائرًا", "2026-01-26", "'اليوم الاثنين' in the report of Mon 26 Jan 2026"),
    ev("minister-statement-record", "وقال الدكتور أحمد فؤاد هَنو، وزير الثقافة، إن هذا الإقبال الواسع", "2026-01-26", "no own expression; the minister's comment on the figures of 'اليوم الاثنين', reported on Mon 26 Jan 2026"),
])
art(S, "https://www.elbalad.news/6853032",
    "2026-01-30", "the stored page's stamp 'date 2026-01-30' (Fri 30 Jan 2026); the body's Friday prayer and 'نهاية اليوم التاسع' of the fair (ninth day from the public opening of Thu 22 Jan = Fri 30 Jan) agree; no headline in the stored text, written from the body", False, """
أداء صلاة الجمعة داخل معرض القاهرة الدولي للكتاب
شهد معرض القاهرة الدولي للكتاب، في دورته الـ 57، أداء شعائر صلاة الجمعة في مركز مصر للمعارض الدولية بالتجمع الخامس، في مشهد يبرز الطابع الروحي والتنظيمي للمعرض.
وتوافدت أعداد كبيرة من الأهالي والأسر على الأماكن المخصصة للصلاة في ساحات المعرض، إذ حرص زوار من مختلف الأعمار على أداء صلاة الجمعة داخل أروقته.
ويُذكر أن الدورة الـ 57 من معرض القاهرة الدولي للكتاب تقام تحت رعاية الرئيس عبد الفتاح السيسي، خلال الفترة من 21 يناير حتى 3 فبراير، رافعة شعار «من يتوقف عن القراءة ساعة يتأخر قرونًا».
ويستمر المعرض في تسجيل معدلات إقبال جماهيري غير مسبوقة، بعدما اقترب مجموع زواره من حاجز 4 ملايين زائر مع نهاية اليوم التاسع لفتح أبوابه أمام الجمهور، بما يؤكد مجددًا مكانته كأكبر حدث ثقافي في مصر والمنطقة.
""", [
    ev("friday-prayer", "أداء شعائر صلاة الجمعة في مركز مصر للمعارض الدولية", "2026-01-30", "the Friday of the article of Fri 30 Jan 2026"),
    ev("fair-period", "خلال الفترة من 21 يناير حتى 3 فبراير", "2026-01-21", "'من 21 يناير حتى 3 فبراير' of the 2026 edition: 21 Jan - 3 Feb 2026", end="2026-02-04"),
    ev("near-four-million", "اقترب مجموع زواره من حاجز 4 ملايين زائر مع نهاية اليوم التاسع", "2026-01-30", "'نهاية اليوم التاسع' counted from the public opening of Thu 22 Jan 2026 = Fri 30 Jan"),
    ev("public-opening", "لفتح أبوابه أمام الجمهور", PUBLIC, "no own expression; the fair received the public from Thu 22 Jan 2026 (elbalad 6842372)"),
])
art(S, "https://www.masrawy.com/news/news_egypt/details/2026/2/2/2936351/%D9%82%D8%A8%D9%84-%D9%8A%D9%88%D9%85-%D9%85%D9%86-%D8%A7%D9%84%D8%AE%D8%AA%D8%A7%D9%85-%D9%85%D8%B9%D8%B1%D8%B6-%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%83%D8%AA%D8%A7%D8%A8-%D9%8A%D9%82%D8%AA%D8%B1%D8%A8-%D9%85%D9%86-6-%D9%85%D9%84%D8%A7%D9%8A%D9%8A%D9%86-%D8%B2%D8%A7%D8%A6%D8%B1-",
    "2026-02-02", "the date 2026/2/2 in the URL path (and the stored stamp 'date 2026-02-02'); the body names 'اليوم الإثنين الموافق 2 فبراير' (no year; 2 Feb 2026 was a Monday); headline from the URL slug; the stored text is cut in the last paragraph (the patronage sentence), dropped", True, """
قبل يوم من الختام.. معرض القاهرة الدولي للكتاب يقترب من 6 ملايين زائر
كتب- محمد لطفي:
استقبل معرض القاهرة الدولي للكتاب، اليوم الإثنين الموافق 2 فبراير، قرابة 372,145 زائرًا، ليصل مجموع زواره منذ انطلاقه حتى الآن إلى 5,865,458 زائرًا.
ويأتي ذلك قبل يوم واحد من ختام فعاليات الدورة الحالية، في وقت يواصل فيه المعرض تسجيل أرقام قياسية في معدلات الإقبال الجماهيري.
وبهذا تتخطى الدورة أعلى رقم سجله المعرض في دوراته السابقة، وهو 5,547,970 زائرًا.
وأعلن الدكتور أحمد فؤاد هنو، وزير الثقافة، أن اليوم الختامي للمعرض سيشهد تكريم الفائزين بجوائزه المختلفة وبجائزة نجيب محفوظ، إضافة إلى حفل فني ختامي، في تقليد جديد يرمي إلى تعزيز البعد الثقافي والفني للحدث.
ولفت الوزير إلى أن المراهنة على وعي المواطنين بقيمة الثقافة والمعرفة كانت مراهنة رابحة، وهو ما تكشفه معدلات الإقبال غير المسبوقة وحجم المبيعات الكبير للإصدارات والعناوين، مؤكدًا أن هذا الحضور الكثيف يدل على المكانة الراسخة للمعرض في وجدان المصريين والعرب والمقيمين على أرض مصر.
""", [
    ev("monday-feb2-attendance", "اليوم الإثنين الموافق 2 فبراير، قرابة 372,145 زائرًا", "2026-02-02", "'اليوم الإثنين الموافق 2 فبراير' = Mon 2 Feb 2026"),
    ev("record-surpassed", "وبهذا تتخطى الدورة أعلى رقم سجله المعرض في دوراته السابقة", "2026-02-02", "with the total reached on Mon 2 Feb 2026 ('اليوم الإثنين الموافق 2 فبراير')"),
    ev("fair-closing", "قبل يوم واحد من ختام فعاليات الدورة الحالية", CLOSE, "'قبل يوم واحد' from Mon 2 Feb 2026 = Tue 3 Feb (the fair ran to 3 Feb)"),
    ev("mahfouz-prize", "سيشهد تكريم الفائزين بجوائزه المختلفة وبجائزة نجيب محفوظ", CLOSE, "'اليوم الختامي' = the closing day, Tue 3 Feb 2026"),
    ev("closing-concert", "إضافة إلى حفل فني ختامي", CLOSE, "on the closing day, Tue 3 Feb 2026 (innlb: the evening 'غنا القاهرة')"),
])
art(S, "https://www.innlb.com/news/article/1169490",
    "2026-02-03", "no date on the stored page; the body's 'اليوم الثلاثاء' for the closing of the 57th fair, which ran to Tue 3 Feb 2026 (elbalad: 'من 21 يناير حتى 3 فبراير'; masrawy's report of the closing ceremony has 2026/2/3 in its URL), gives Tue 3 Feb 2026; no headline in the stored text, written from the body; the stored text is cut in the last sentence after the slogan", False, """
معرض القاهرة الدولي للكتاب يختتم دورته السابعة والخمسين بأكثر من ستة ملايين زائر
أسدل معرض القاهرة الدولي للكتاب الستار على دورته السابعة والخمسين، اليوم الثلاثاء، في مركز مصر للمعارض الدولية، بعدما استقبل على مدى أسبوعين ما يزيد على ستة ملايين زائر.
وقال وزير الثقافة أحمد فؤاد هنو إن المعرض "واصل القيام بدوره التنويري منارةً ثقافية تجمع الشرق والغرب، ونجح في جذب أكثر من ستة ملايين زائر، في دلالة واضحة على إدراك المجتمع المصري لأهمية القراءة والمعرفة".
وسلّم الوزير جائزة نجيب محفوظ للرواية العربية، المستحدثة هذا العام بمناسبة اختيار الأديب الراحل "شخصية المعرض" في الذكرى العشرين لرحيله، إلى التونسي نزار شقرون عن روايته (أيام الفاطمي المقتول) الصادرة عن دار صفصافة للنشر بالتعاون مع دار مسكيلياني.
وشهد حفل الختام كذلك تسليم "راية ضيف الشرف" من رومانيا إلى قطر، التي ستكون ضيف شرف المعرض في دورته الثامنة والخمسين عام 2027.
واختُتم الحفل بأمسية فنية أقيمت في مركز المنارة للمؤتمرات الدولية تحت عنوان (غنا القاهرة)، قُدمت فيها مختارات موسيقية من أعمال مستوحاة من روايات نجيب محفوظ، إلى جانب أعمال للفنان سيد درويش وعدد من كبار الفنانين.
وشاركت في المعرض 1457 دار نشر من 83 دولة، تحت شعار "من يتوقف عن القراءة ساعة يتأخر قرونا".
""", [
    ev("fair-closing", "أسدل معرض القاهرة الدولي للكتاب الستار على دورته السابعة والخمسين، اليوم الثلاثاء", CLOSE, "'اليوم الثلاثاء' in the report of the closing, Tue 3 Feb 2026"),
    ev("six-million-visitors", "بعدما استقبل على مدى أسبوعين ما يزيد على ستة ملايين زائر", PUBLIC, "'على مدى أسبوعين': the public days from Thu 22 Jan to the closing of Tue 3 Feb 2026", end="2026-02-04"),
    ev("mahfouz-prize", "وسلّم الوزير جائزة نجيب محفوظ للرواية العربية", CLOSE, "no own expression; at the closing ceremony of 'اليوم الثلاثاء' = Tue 3 Feb 2026"),
    ev("guest-flag-handover", "تسليم \"راية ضيف الشرف\" من رومانيا إلى قطر", CLOSE, "no own expression; at the closing ceremony, Tue 3 Feb 2026"),
    ev("closing-concert", "واختُتم الحفل بأمسية فنية", CLOSE, "no own expression; the evening ending the closing ceremony, Tue 3 Feb 2026"),
])

# ---------------------------------------------------------------- oman-muscat-book-fair-29th-2025
S = "oman-muscat-book-fair-29th-2025"
OPEN = "2025-04-24"                        # opening of the 29th Muscat International Book Fair, Thu 24 Apr 2025
RUN = (OPEN, "2025-05-04")                 # the fair runs 24 Apr - 3 May 2025
art(S, "https://www.fananews.com/%D9%85%D8%B9%D8%B1%D8%B6-%D9%85%D8%B3%D9%82%D8%B7-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%83%D8%AA%D8%A7%D8%A8-%D8%A7%D9%8429-%D9%8A%D9%86%D8%B7%D9%84%D9%82-%D8%BA%D8%AF%D8%A7-%D8%A8",
    "2025-04-23", "the KUNA dateline 'مسقط – 23 – 4 (كونا)' (day and month, no year); the 29th fair is that of 2025 (yallasyrianews, hormuz.news: 'معرض مسقط الدولي للكتاب 2025'), and 'ينطلق غدا الخميس' fits Wed 23 Apr 2025 (24 Apr 2025 was a Thursday); the stored URL is the Arabic slug, percent-encoded here; the stored text is cut in the programme list, the last sentence ends at '(نور المعرفة)'", True, """
معرض مسقط الدولي للكتاب ال29 ينطلق غدا بمشاركة 35 دولة بينها الكويت
من ناصر العجمي
مسقط – 23 – 4 (كونا) — تنطلق غدا الخميس فعاليات معرض مسقط الدولي للكتاب ال29، بمشاركة 674 دار نشر تمثل 35 دولة بينها دولة الكويت، ويتضمن برنامجه أنشطة ثقافية وأدبية متنوعة تتواصل حتى الثالث من مايو المقبل.
ويصل عدد العناوين والإصدارات المدرجة في المعرض إلى نحو 681041 عنوانا، بينها 467413 إصدارا عربيا و213610 إصدارات أجنبية، وتشارك 640 دار نشر بصورة مباشرة و34 بصورة غير مباشرة، موزعة على 1141 جناحا.
وتأتي مصر في صدارة الدول المشاركة بـ119 دار نشر، تليها سلطنة عمان بـ98 دارا ثم لبنان بـ73 وسوريا بـ69، إلى جانب دور نشر عربية وأجنبية أخرى.
ويحتضن المعرض 211 فعالية ثقافية وبرامج متنوعة تتوزع بين مسابقات ترفيهية ومبادرات علمية وعروض مسرحية وحلقات عمل ثقافية، منها مبادرة (تحدي الوقت مع القراءة) ومبادرة (مشروع بيرق التميز)، فضلا عن عرض مسرحي لعرائس الأطفال بعنوان (كتابي رفيق دربي) وآخر بعنوان (نور المعرفة).
""", [
    ev("fair-opening", "تنطلق غدا الخميس فعاليات معرض مسقط الدولي للكتاب ال29", OPEN, "'غدا الخميس' from the dateline of Wed 23 Apr 2025 = Thu 24 Apr"),
    ev("fair-period", "تتواصل حتى الثالث من مايو المقبل", RUN[0], "from the opening of 'غدا الخميس' (24 Apr) 'حتى الثالث من مايو المقبل': 24 Apr - 3 May 2025", end=RUN[1]),
    ev("cultural-programme", "ويحتضن المعرض 211 فعالية ثقافية", RUN[0], "no own expression; the programme of the fair's days, 24 Apr - 3 May 2025", end=RUN[1]),
])
art(S, "https://sharjah24.ae/ar/Articles/2025/04/24/a5",
    "2025-04-24", "the date 2025/04/24 in the URL path; the body's 'اليوم الخميس' for the opening agrees (24 Apr 2025 was a Thursday); no headline in the stored text, written from the body; the stored text is cut in the minister's last sentence, which ends here at 'عامة'", False, """
وزير الإعلام العُماني: فخورون بحضور حاكم الشارقة افتتاح معرض مسقط الدولي للكتاب
الشارقة 24 – وام:
عبّر الدكتور عبد الله بن ناصر الحراصي، وزير الإعلام العُماني، عن اعتزازه بحضور صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي، عضو المجلس الأعلى حاكم الشارقة، اليوم الخميس، افتتاح فعاليات النسخة الـ29 من معرض مسقط الدولي للكتاب، وتوقيعه النسخ الأولى من أحدث مؤلفاته المعنون: "البرتغاليون في بحر عُمان – أحدث حوليات من 1497 – 1757 في 21 مجلداً".
وبيّن الحراصي، في تصريح أدلى به، أن سموه يُعد من أبرز المؤرخين في الشأن العُماني وتاريخه، وأن كل إضافة بحثية يقدمها في التقصي التاريخي وفي الكشف عن وثائق جديدة تثري التاريخ العُماني والمكتبة الإنسانية عموماً، والمكتبتين العربية والعُمانية على وجه الخصوص.
ولفت الوزير العُماني إلى أن حاكم الشارقة يتناول التاريخ لا بوصفه موضوعاً فحسب، بل رسالةً نصون بها هويتنا وانتماءنا، مبيناً أن سموه يسعى عبر هذه الكتب والإصدارات إلى ترسيخ الهوية القائمة على المعرفة والبحث العلمي، مستخدماً أدق المناهج العلمية في دراساته التاريخية، وأن سلطنة عُمان تولي اهتماماً كبيراً لما يقدمه من دراسات، وتفخر بإضافاته المتتالية التي تغني تاريخ عُمان والمنطقة عامة.
""", [
    ev("qasimi-visit", "بحضور صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي", OPEN, "'اليوم الخميس' in the report of Thu 24 Apr 2025"),
    ev("fair-opening", "افتتاح فعاليات النسخة الـ29 من معرض مسقط الدولي للكتاب", OPEN, "'اليوم الخميس' = Thu 24 Apr 2025"),
    ev("qasimi-signing", "وتوقيعه النسخ الأولى من أحدث مؤلفاته", OPEN, "the same visit, 'اليوم الخميس' = Thu 24 Apr 2025"),
    ev("harasi-statement", "وبيّن الحراصي، في تصريح أدلى به", OPEN, "no own expression; the minister's statement on the day of the opening, reported on Thu 24 Apr 2025"),
])
art(S, "https://emarat24.org/news/2653382",
    "2025-04-25", "the stored page's stamp 'الجمعه 25 أبريل 2025 - 01:40 ص' (left out of the text; 25 Apr 2025 was a Friday); the body's 'صباح أمس' then names Thu 24 Apr, the day of the opening and of the Ruler's visit (sharjah24 of 24 Apr: 'اليوم الخميس'); the by-line kept; the stored text is cut while naming the signed book again, the last sentence dropped", False, """
حاكم الشارقة يكشف أسراراً جديدة عن رحلة البرتغاليين في بحر عُمان
احمد الشعالى
استقبل السلطان هيثم بن طارق، سلطان عُمان، صباح أمس في قصر العلم بمسقط، الشيخ الدكتور سلطان بن محمد القاسمي حاكم الشارقة. وفي مستهل اللقاء رحّب السلطان هيثم بضيفه، مشدداً على متانة العلاقات بين الإمارات وسلطنة عُمان. ونقل الشيخ القاسمي تحيات الشيخ محمد بن زايد آل نهيان وأمنياته لعُمان بالتقدم والازدهار. وأثنى السلطان هيثم على الجهود الثقافية للشيخ القاسمي ومبادراته في صون التراث، ومن أبرزها كتاب "البرتغاليون في بحر عُمان".
وفي أثناء زيارته لمعرض مسقط الدولي للكتاب في دورته الـ29، وقّع الشيخ القاسمي كتابه الجديد، في المعرض المقام تحت شعار "التنوع الثقافي ثراء الحضارات". ورافقته الشيخة بدور بنت سلطان القاسمي وعدد من المسؤولين الإماراتيين والعُمانيين، وكان في استقبالهم عدد من الوزراء العُمانيين.
وزار الشيخ القاسمي جناح محافظة شمال الشرقية، ضيف شرف المعرض، حيث تسلم منحوتة تذكارية مستوحاة من العمارة العُمانية، ثم تعرّف في منتصف جولته على مشاركة وزارات وهيئات عُمانية في المعرض.
""", [
    ev("sultan-receives-qasimi", "استقبل السلطان هيثم بن طارق، سلطان عُمان، صباح أمس", OPEN, "'صباح أمس' in an article stamped Fri 25 Apr 2025 (01:40) = Thu 24 Apr"),
    ev("qasimi-visit", "وفي أثناء زيارته لمعرض مسقط الدولي للكتاب في دورته الـ29", OPEN, "no own expression; the visit of Thu 24 Apr 2025 (sharjah24: 'اليوم الخميس'; menafn: 'on Thursday')"),
    ev("qasimi-signing", "وقّع الشيخ القاسمي كتابه الجديد", OPEN, "no own expression; during the visit of Thu 24 Apr 2025"),
    ev("fair-period", "في المعرض المقام تحت شعار", RUN[0], "no own expression; the 29th fair, 24 Apr - 3 May 2025 (KUNA)", end=RUN[1]),
    ev("guest-pavilion-visit", "وزار الشيخ القاسمي جناح محافظة شمال الشرقية", OPEN, "no own expression; during the visit of Thu 24 Apr 2025"),
])

# ---------------------------------------------------------------- algeria-algiers-sila-28th-opening-2025
S = "algeria-algiers-sila-28th-opening-2025"
OPEN = "2025-10-29"                        # official opening of SILA 2025 by the prime minister, Wed 29 Oct 2025
RUN = (OPEN, "2025-11-09")                 # the 28th edition runs 29 Oct - 8 Nov 2025
art(S, "https://www.echoroukonline.com/%D8%B3%D9%8A%D9%81%D9%8A-%D8%BA%D8%B1%D9%8A%D8%A8-%D9%8A%D9%81%D8%AA%D8%AA%D8%AD-%D8%A7%D9%84%D8%B5%D8%A7%D9%84%D9%88%D9%86-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%83%D8%AA%D8%A7%D8%A8",
    "2025-10-29", "the stored page's stamp 'date 2025-10-29' and the body's 'اليوم الأربعاء' for the opening (29 Oct 2025 was a Wednesday; the edition was announced for 29 Oct - 8 Nov 2025 by ennahar, alsahafi, sawtbeirut); headline from the URL slug; the stored text is cut in the last sentence after 'افتتاح الصالون الد', completed as 'افتتاح الصالون'", False, """
سيفي غريب يفتتح الصالون الدولي للكتاب
أشرف الوزير الأول سيفي غريب، اليوم الأربعاء، على افتتاح الطبعة الـ28 لصالون الجزائر الدولي للكتاب "سيلا 2025"، المقامة بقصر المعارض الصنوبر البحري في العاصمة.
وحضر مراسم الافتتاح وزير الثقافة والفنون والاتصال والعلاقات مع البرلمان الموريتاني، ومستشار رئيس الجمهورية المكلف بالمديرية العامة للاتصال، وعدد من أعضاء الحكومة.
وتشهد هذه الطبعة، المنظمة تحت شعار "الكتاب ملتقى الثقافات"، مشاركة قياسية لدور النشر بلغ عددها 1254 من 49 دولة، تتوزع على 565 جناحا.
وبُرمجت خلالها 55 فعالية، منها محاضرات عن الرواية وأدب الطفل يشارك فيها أدباء من الجزائر ومن خارجها، فضلا عن ندوات تتناول الإبداع في زمن الذكاء الاصطناعي والذاكرة والتاريخ، وأمسيات شعرية تنتصر للقضايا الإنسانية.
ويحتفي الصالون في هذه الطبعة بموريتانيا ضيف شرف، في خطوة تعبر عن "عمق العلاقات بين البلدين والتواصل الحضاري والتكامل الاقتصادي والمصير المشترك".
وللإشارة، فقد استقبلت وزيرة الثقافة والفنون مليكة بن دودة، مساء الثلاثاء، وزير الثقافة والفنون والاتصال والعلاقات مع البرلمان، الناطق باسم الحكومة، الحسين ولد مدو، الذي يزور الجزائر للمشاركة في افتتاح الصالون.
""", [
    ev("official-opening", "على افتتاح الطبعة الـ28 لصالون الجزائر الدولي للكتاب", OPEN, "'اليوم الأربعاء' in the report of Wed 29 Oct 2025"),
    ev("opening-attendance", "وحضر مراسم الافتتاح وزير الثقافة والفنون والاتصال", OPEN, "no own expression; at the opening of Wed 29 Oct 2025"),
    ev("sila-28-run", "وتشهد هذه الطبعة، المنظمة تحت شعار", RUN[0], "no own expression; the 28th edition, 29 Oct - 8 Nov 2025 (ennahar, alsahafi)", end=RUN[1]),
    ev("mauritania-guest", "ويحتفي الصالون في هذه الطبعة بموريتانيا ضيف شرف", RUN[0], "no own expression; through the edition, 29 Oct - 8 Nov 2025", end=RUN[1]),
    ev("ministers-meeting", "استقبلت وزيرة الثقافة والفنون مليكة بن دودة، مساء الثلاثاء", "2025-10-28", "'مساء الثلاثاء' before the opening of Wed 29 Oct 2025 = Tue 28 Oct (evening)"),
])
art(S, "https://www.vetogate.com/5523658",
    "2025-10-30", "the stored page's stamp 'date 2025-10-30' and the body's 'صباح اليوم الخميس' (30 Oct 2025 was a Thursday, the first day open to the public: alsahafi 'ابتداءً من الخميس 30 أكتوبر'); no headline in the stored text, written from the body; the stored text is cut in the delegation's thanks, the last sentence ends at 'محمد ايغيل أحمي'", False, """
انطلاق الطبعة الـ28 لصالون الجزائر الدولي للكتاب بحضور وفد اتحاد الناشرين العرب
بدأت صباح اليوم الخميس، في قصر المعارض بالصنوبر البحري بالجزائر العاصمة، فعاليات الطبعة الثامنة والعشرين من صالون الجزائر الدولي للكتاب (SILA 2025)، المنظم تحت رعاية رئيس الجمهورية عبد المجيد تبون.
وتولى الوزير الأول سيفي غريب افتتاح الصالون، معطيا إشارة الانطلاق الرسمية لهذه التظاهرة الثقافية البارزة التي ترفع شعار "الكتاب ملتقى الثقافات".
وشهد الافتتاح حضور وفد من اتحاد الناشرين العرب على رأسه رئيس الاتحاد محمد رشاد والأمين العام بشار شبارو، إلى جانب الدكتور محمد الصالح المعالج رئيس لجنة الإعلام والعلاقات العامة، وياسر مزيان عضو مجلس الإدارة، وعبد الحميد الغوثاني رئيس اتحاد الناشرين السوريين وعضو مجلس الإدارة، كما حضر مديرو معارض عربية كبرى، بينهم أحمد الرواحي مدير معرض مسقط الدولي والدكتور محمد الصالح القادري مدير معرض تونس الدولي للكتاب.
وخلال جولته في المعرض، التقى رئيس الوزراء وفد اتحاد الناشرين العرب الذي أشاد بجودة تنظيم الصالون وحسن إدارته واستقباله، وعبّر الوفد عن شكره العميق للرئيس والوزير الأول ووزيرة الثقافة والفنون ومحافظ الصالون محمد ايغيل أحمي.
""", [
    ev("public-opening", "بدأت صباح اليوم الخميس، في قصر المعارض بالصنوبر البحري", "2025-10-30", "'صباح اليوم الخميس' in the report of Thu 30 Oct 2025, the first day open to the public (alsahafi)"),
    ev("official-opening", "وتولى الوزير الأول سيفي غريب افتتاح الصالون", OPEN, "no own expression (the text suggests Thursday); the prime minister opened SILA on Wed 29 Oct 2025 (echorouk: 'اليوم الأربعاء'; a5r5br)"),
    ev("sila-28-run", "التي ترفع شعار \"الكتاب ملتقى الثقافات\"", RUN[0], "no own expression; the 28th edition, 29 Oct - 8 Nov 2025 (ennahar, alsahafi)", end=RUN[1]),
    ev("opening-attendance", "وشهد الافتتاح حضور وفد من اتحاد الناشرين العرب", OPEN, "no own expression; at the opening by the prime minister, Wed 29 Oct 2025"),
    ev("pm-meets-publishers", "التقى رئيس الوزراء وفد اتحاد الناشرين العرب", OPEN, "no own expression; during the prime minister's tour at the opening, Wed 29 Oct 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 639
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

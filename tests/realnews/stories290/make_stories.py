"""Builds stories.jsonl: the 290-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: cold waves, snowstorms, frost and their effects (roads
closed, schools shut, crops): the polar low of mid-January 2019 in Syria (ports shut, Rif Dimashq schools off,
snow in the south), the Boghni snow rescue in Algeria (January 2025), storm "Adam" in Lebanon (February 2025),
the New Year's Eve snowstorm in Syria (2025/26), the cold-wave school delay in Tabuk, Saudi Arabia (January
2026, hijri dates), and the snow bulletin and school suspension in Azilal, Morocco (January 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-polar-low-snow-jan-2019
S = "syria-polar-low-snow-jan-2019"
POLAR_LOW = ("2019-01-15", "2019-01-19")    # the polar low of Tue 15 - Fri 18 Jan 2019 (snow in the south on Thu 17)
DELEGATION = ("2019-01-13", "2019-01-15")   # the minister's circular letting schools stop, reported Mon 14 Jan 2019
art(S, "https://www.aksalser.com/news/2019/01/15/%d8%a7%d9%84%d8%b9%d8%a7%d8%b5%d9%81%d8%a9-%d8%aa%d9%82%d8%aa%d8%b1%d8%a8-%d9%85%d9%86%d8%ae%d9%81%d8%b6-%d9%82%d8%b7%d8%a8%d9%8a-%d8%b4%d8%af%d9%8a%d8%af-%d8%a7%d9%84%d8%a8%d8%b1%d9%88%d8%af%d8%a9/",
    "2019-01-15", "date in the URL '/news/2019/01/15/'; the body's 'الثلاثاء' for the ports' closure agrees (15 Jan 2019 was a Tuesday); the last, truncated sentence (temperatures 'حول معدلاتها ...') dropped; no date of its own in the text", False, """
العاصفة تقترب: منخفض قطبي شديد البرودة وثلوج وإغلاق للموانئ في سوريا
تنتظر دول الحوض الشرقي للمتوسط، وفي مقدمتها سوريا، عاصفة جديدة ظهرت بوادرها على الساحل السوري، إذ أغلقت السلطات الموانئ البحرية في طرطوس واللاذقية أمام حركة الملاحة.
وذكرت المديرية العامة للموانئ البحرية، في بيان أوردته وكالة سانا، الثلاثاء، أنها أغلقت كل المرافئ والموانئ والمراسي الصغيرة على الساحل السوري أمام الملاحة بسبب الأحوال الجوية السائدة.
ونقلت الوكالة عن مدير الموانئ البحرية العميد أكرم ابراهيم أن الإغلاق شمل ميناءي اللاذقية وطرطوس وميناء مصب النفط في بانياس والموانئ الصغيرة على الساحل بسبب سوء الطقس.
وأوضح أن شرق المتوسط يتعرض لعاصفة يُتوقع أن تبلغ فيها سرعة الرياح ما بين 80 و 100 كم بالساعة وأن يتجاوز ارتفاع الموج خمسة أمتار، مؤكدًا أن كل الإجراءات اللازمة اتُّخذت وأن الكوادر المختصة استُنفرت للحد من أي خسائر قد تسببها العاصفة.
وتقع البلاد تحت تأثير امتداد منخفض جوي سطحي تتقدمه طلائع منخفض قطبي المنشأ في طبقات الجو العليا، ترافقه كتلة هوائية رطبة شديدة البرودة.
""", [
    ev("ports-closed", "في بيان أوردته وكالة سانا، الثلاثاء، أنها أغلقت", "2019-01-15", "'الثلاثاء' = Tue 15 Jan 2019 (the URL day)"),
    ev("med-storm", "يتعرض لعاصفة يُتوقع أن تبلغ فيها سرعة الرياح", "2019-01-15", "no own expression; the storm expected from Tue 15 Jan 2019 (the day of the closure) over the next days (my span 15-17 Jan)", end="2019-01-18"),
    ev("staff-mobilized", "وأن الكوادر المختصة استُنفرت", "2019-01-15", "no own expression; the port director's statement of Tue 15 Jan 2019"),
    ev("polar-low", "وتقع البلاد تحت تأثير امتداد منخفض جوي سطحي", POLAR_LOW[0], "no own expression; the polar low that reached Syria on Tue 15 Jan 2019 and brought snow to the south on Thu 17 (enabbaladi's report of that day); my span 15-18 Jan", end=POLAR_LOW[1]),
])
art(S, "https://syrianewskit.blogspot.com/2019/01/blog-post_5296.html",
    "2019-01-16", "month in the URL '/2019/01/'; the body's 'يوم غد الخميس' is the school stoppage of Thu 17 Jan 2019 that enabbaladi reports on that day, and the text cites the minister's circular reported on Mon 14 Jan 2019, so the item dates from Wed 16 Jan 2019 (weekday plus the known event); headline from the post's title (Tishreen's); the blog's furniture ('The post ... appeared first on', 'Read more') dropped; no date of its own in the text", False, """
لا دوام في جميع مدارس ريف دمشق غداً بسبب الأحوال الجوية
قررت مديرية التربية في ريف دمشق تعطيل الدوام في المدارس يوم غد الخميس في مختلف مناطق المحافظة، بسبب الأحوال الجوية السائدة.
وأوضح مدير التربية ماهر فرج أن المديرية عمّمت على كل مدارس المحافظة، نظرًا للأحوال الجوية السائدة، وقف الدوام يوم غد في جميع المناطق، حفاظًا على صحة الطلاب وسلامتهم.
وكان وزير التربية قد أصدر تعميمًا يجيز لمشرفي المجمعات التربوية ومديري المدارس والمشرفين إيقاف الدوام المدرسي بحسب تقديرهم للأحوال الجوية، حرصًا على سلامة الطلاب وأمانهم.
""", [
    ev("schools-off-thursday", "تعطيل الدوام في المدارس يوم غد الخميس", "2019-01-17", "'يوم غد الخميس' from Wed 16 = Thu 17 Jan 2019"),
    ev("directorate-decision", "قررت مديرية التربية في ريف دمشق", "2019-01-16", "no own expression; the decision announced on the eve of the stoppage, Wed 16 Jan 2019 (the publication day)"),
    ev("circular-to-schools", "أن المديرية عمّمت على كل مدارس المحافظة", "2019-01-16", "no own expression; the directorate's circular of Wed 16 Jan 2019, for 'يوم غد'"),
    ev("minister-delegation", "وكان وزير التربية قد أصدر تعميمًا", DELEGATION[0], "no own expression; the circular that Tishreen reported on Mon 14 Jan 2019 (enabbaladi 276474, not in the set); my span 13-14 Jan", end=DELEGATION[1]),
])
art(S, "https://enabbaladi.net/276922/%D8%A7%D9%84%D8%AB%D9%84%D9%88%D8%AC-%D8%AA%D8%BA%D8%B7%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%88%D8%AA%D8%B9%D8%B7%D9%84-%D8%A7%D9%84%D9%85%D8%AF%D8%A7%D8%B1%D8%B3-%D9%88%D8%A7%D9%84%D8%AC%D8%A7/?amp=1",
    "2019-01-17", "the body's 'اليوم، الخميس 17 كانون الثاني' (17 Jan was a Thursday in 2019; the item number 276922 falls in January 2019 on the site, after item 276474 of 'الاثنين 14 من كانون الثاني'); headline rendered from the URL slug; the last, truncated sentence (traffic department: 'العديد من الطرق في ريف دمشق ... وط...') dropped; the text gives day and month but no year", False, """
الثلوج تغطي سوريا وتعطل المدارس والجامعات
اكتست معظم المحافظات السورية، ولا سيما الجنوبية منها، باللون الأبيض بعدما تعرضت البلاد لمنخفض جوي قطبي المنشأ أدى إلى تعطيل الجامعات والمدارس.
وبحسب الصور الواردة من المحافظات الجنوبية اليوم، الخميس 17 كانون الثاني، شهدت دمشق وريفها والسويداء ودرعا والقنيطرة هطولات ثلجية كثيفة قطعت الكثير من الطرقات.
كما أدى تراكم الثلوج في هذه المحافظات إلى تأجيل امتحانات الجامعات والمدارس فيها كليًا حتى إشعار آخر، بعد انقطاع بعض الطرق وصعوبة الوصول إلى مناطق أخرى، وفق ما نقلته وكالة سانا عن رئيس فرع جامعة دمشق منصور حذيفة.
وأعلنت مديريات التربية في دمشق وريفها والسويداء في بيان اليوم إيقاف الدوام في كل مدارسها، بسبب سوء الأحوال الجوية الحالية وانقطاع بعض الطرق بعد تراكم الثلوج، بحسب سانا.
وكانت وزارة التربية في حكومة النظام السوري قد فوضت قبل أيام جميع المجمعات التربوية ومديري المدارس ضمن نطاق مديرياتها بإيقاف الدوام المدرسي وفق تقديرهم لسوء الطقس، على أن يُعوَّض في الأوقات التي يراها مديرو المدارس مناسبة.
""", [
    ev("polar-low", "بعدما تعرضت البلاد لمنخفض جوي قطبي المنشأ", POLAR_LOW[0], "no own expression; the polar low of 15-18 Jan 2019 (the aksalser report of Tue 15 Jan)", end=POLAR_LOW[1]),
    ev("south-snowfall", "شهدت دمشق وريفها والسويداء ودرعا والقنيطرة هطولات ثلجية كثيفة", "2019-01-17", "'اليوم، الخميس 17 كانون الثاني' = Thu 17 Jan 2019"),
    ev("exams-postponed", "تأجيل امتحانات الجامعات والمدارس فيها كليًا حتى إشعار آخر", "2019-01-17", "no own start; the postponement announced on Thu 17 Jan 2019 ('حتى إشعار آخر' leaves the end open)"),
    ev("schools-off-thursday", "في بيان اليوم إيقاف الدوام في كل مدارسها", "2019-01-17", "'اليوم' = Thu 17 Jan 2019; the same stoppage that Rif Dimashq announced on Wed 16 for 'يوم غد الخميس'"),
    ev("minister-delegation", "قد فوضت قبل أيام", DELEGATION[0], "'قبل أيام' from Thu 17; the circular reported on Mon 14 Jan 2019 (my span 13-14 Jan)", end=DELEGATION[1]),
])

# ---------------------------------------------------------------- algeria-boghni-snow-rescue-jan-2025
S = "algeria-boghni-snow-rescue-jan-2025"
SNOW = ("2025-01-12", "2025-01-15")   # the bulletin's snow, 11 p.m. Sun 12 to 6 a.m. Tue 14 Jan 2025
art(S, "https://news.5lejnews.com/egypt/60841.html",
    "2025-01-11", "no date on the stored page; the body's 'مساء اليوم السبت' together with the bulletin's validity 'بداية من يوم الأحد 12 جانفي 2025' fixes Sat 11 Jan 2025 (11 Jan 2025 was a Saturday); headline written from the body (the stored text has none); '0 تعليق' dropped; no date of its own in the text", False, """
الأرصاد الجزائرية تحذر من ثلوج على 13 ولاية
نبّهت مصالح الأرصاد الجوية مساء اليوم السبت، في نشرية خاصة، إلى تساقط الثلوج على 13 ولاية.
وبيّنت النشرية أن الثلوج ستتساقط على المرتفعات التي يزيد علوها على 900م إلى 1000 متر.
وتسري النشرية بداية من يوم الأحد 12 جانفي 2025على الساعة 23 سا 00 د إلى غاية يوم الثلاثاء 14 جانفي على الساعة 06 سا 00د.
وتوقعت النشرية أن يتراوح سمك الثلوج ما بين 5 سم و10 سم.
وتشمل الولايات المعنية تيسمسيلت وعين الدفلى والبليدة والمدية والجلفة وميلة وقسنطينة وقالمة وسوق أهراس وتبسة وأم البواقي وخنشلة وباتنة.
""", [
    ev("snow-bulletin", "نبّهت مصالح الأرصاد الجوية مساء اليوم السبت", "2025-01-11", "'مساء اليوم السبت' = the evening of Sat 11 Jan 2025"),
    ev("snow-episode", "إلى تساقط الثلوج على 13 ولاية", SNOW[0], "no own expression; the snow forecast for the bulletin's validity, 11 p.m. Sun 12 to 6 a.m. Tue 14 Jan 2025", end=SNOW[1]),
    ev("bulletin-validity", "وتسري النشرية بداية من يوم الأحد 12 جانفي 2025على الساعة 23 سا", SNOW[0], "'يوم الأحد 12 جانفي 2025 على الساعة 23 سا' to 'يوم الثلاثاء 14 جانفي على الساعة 06 سا' = 11 p.m. Sun 12 to 6 a.m. Tue 14 Jan 2025", end=SNOW[1]),
])
art(S, "https://tuniscope.com/ar/article/398951/arabe/international/neige-044421",
    "2025-01-13", "page date line '2025-01-13 نشرت في' (kept as first line; 13 Jan 2025 was a Monday, and the body's 'اليوم الاثنين' agrees); the repeated headline and 'في نفس السياق' dropped", True, """
نشرت في 2025-01-13
الجزائر: إنقاذ 25 شخصًا حاصرتهم الثلوج في ولاية تيزي وزو
أنقذت مصالح الحماية المدنية الجزائرية في ولاية تيزي وزو، اليوم الاثنين، 25 شخصًا حاصرتهم الثلوج وهم على متن 9 سيارات في بلدية بوغني وسط البلاد.
وبيّنت المديرية العامة للحماية المدنية في بيان أن هؤلاء كانوا في 9 سيارات علقت بسبب تراكم الثلوج في المكان المعروف باسم تالة ڨيلف.
وأكدت المديرية أن السيارات التسع أُخرجت وأن الأشخاص الـ25 أُنقذوا بنجاح.
ونبّهت السلطات الجزائرية إلى أن تساقط الثلوج يصعّب السير على الطريق الوطني الذي يربط ولايتي تيزي وزو والبويرة.
وأدت الثلوج الكثيفة التي هطلت على المرتفعات الداخلية وعلى مناطق واسعة في وسط الجزائر وشرقها إلى إغلاق عدة طرقات أمام المرور، في ظل تقلبات جوية وانخفاض في درجات الحرارة.
""", [
    ev("boghni-rescue", "أنقذت مصالح الحماية المدنية الجزائرية في ولاية تيزي وزو، اليوم الاثنين", "2025-01-13", "'اليوم الاثنين' = Mon 13 Jan 2025 (the date line)"),
    ev("civil-protection-statement", "وبيّنت المديرية العامة للحماية المدنية في بيان", "2025-01-13", "no own expression; the statement on the rescue of Mon 13 Jan 2025"),
    ev("cars-stranded", "9 سيارات علقت بسبب تراكم الثلوج", "2025-01-13", "no own expression; the cars stuck at Tala Guilef before the rescue of Mon 13 Jan 2025"),
    ev("road-warning", "ونبّهت السلطات الجزائرية إلى أن تساقط الثلوج يصعّب السير", "2025-01-13", "no own expression; the warning reported with the rescue, Mon 13 Jan 2025"),
    ev("snow-episode", "وأدت الثلوج الكثيفة التي هطلت على المرتفعات الداخلية", SNOW[0], "no own expression; the snowfall of the bulletin period, 11 p.m. Sun 12 to 6 a.m. Tue 14 Jan 2025", end=SNOW[1]),
])
art(S, "https://icialgerie.com/%d8%a7%d9%84%d8%ad%d9%85%d8%a7%d9%8a%d8%a9-%d8%a7%d9%84%d9%85%d8%af%d9%86%d9%8a%d8%a9-%d8%a8%d8%aa%d9%8a%d8%b2%d9%8a-%d9%88%d8%b2%d9%88-%d8%aa%d9%86%d9%82%d8%b0-25-%d8%b4%d8%ae%d8%b5%d9%8b%d8%a7",
    "2025-01-13", "no date on the stored page; the body's 'اليوم الاثنين' for the Boghni rescue, which tuniscope dates 2025-01-13 (a Monday), fixes Mon 13 Jan 2025 (weekday plus the known event); no date of its own in the text", False, """
الحماية المدنية في تيزي وزو تنقذ 25 شخصًا حاصرتهم الثلوج في بوغني
نجحت مصالح الحماية المدنية في ولاية تيزي وزو، اليوم الاثنين، في إنقاذ 25 شخصًا حاصرتهم الثلوج داخل 9 سيارات في بلدية بوغني.
وذكرت الحماية المدنية في بيان رسمي أن هؤلاء علقوا بسبب تراكم الثلوج في المنطقة المعروفة باسم تالة ڨيلف.
وتمكنت الفرق المختصة من سحب السيارات التسع وإنقاذ الأشخاص الـ25 بنجاح من دون أي إصابات.
ودعت الحماية المدنية المواطنين، ولا سيما السائقين، إلى الحيطة والحذر، مؤكدة ضرورة عدم المجازفة بسلوك الطرق التي قطعتها كثافة الثلوج.
""", [
    ev("boghni-rescue", "نجحت مصالح الحماية المدنية في ولاية تيزي وزو، اليوم الاثنين", "2025-01-13", "'اليوم الاثنين' = Mon 13 Jan 2025 (the tuniscope report of that day)"),
    ev("civil-protection-statement", "وذكرت الحماية المدنية في بيان رسمي", "2025-01-13", "no own expression; the statement on the rescue of Mon 13 Jan 2025"),
    ev("cars-stranded", "علقوا بسبب تراكم الثلوج", "2025-01-13", "no own expression; the cars stuck at Tala Guilef before the rescue of Mon 13 Jan 2025"),
    ev("caution-call", "ودعت الحماية المدنية المواطنين", "2025-01-13", "no own expression; the call made with the statement of Mon 13 Jan 2025"),
])

# ---------------------------------------------------------------- lebanon-storm-adam-feb-2025
S = "lebanon-storm-adam-feb-2025"
ADAM = ("2025-02-20", "2025-02-26")     # storm "Adam": from the night of Wed 19 / Thu 20 to Tue 25 Feb 2025
ROADS = ("2025-02-22", "2025-02-26")    # roads cut by snow and ice, from the snow of Sat 22 to the reports of Tue 25
ICE = ("2025-02-23", "2025-02-26")      # ice on the roads, Sun 23 to Tue 25 Feb 2025
art(S, "https://961today.com/160546",
    "2025-02-23", "no date line on the stored page; the body's 'يوم غد الإثنين' and the page's live ticker ('يحدث الآن', 17:47-21:40) with the funeral of Hassan Nasrallah (Sun 23 Feb 2025) fix Sun 23 Feb 2025; the ticker and the share buttons dropped (an identical copy is on 112112.org/716560); no date of its own in the text", False, """
لهذا السبب.. مدارس ستغلق أبوابها غدًا
قرر عدد كبير من المدارس والمعاهد الرسمية والخاصة في الضنية إقفال أبوابه أمام الطلاب ووقف الدروس يوم غد الإثنين، بعدما تشكلت طبقات من الجليد على معظم طرق المنطقة فبات السير عليها متعذرًا وصعبًا، ولا سيما في المناطق الجردية والوسطى.
ويعود ذلك إلى تدني درجات الحرارة والصقيع الذي يضرب المنطقة، وإلى حرص هذه المؤسسات على سلامة الطلاب والأسرة التعليمية.
وكانت الثلوج التي تساقطت بكثافة أمس وصباح اليوم قد غطت معظم بلدات الضنية وقراها، وخصوصًا تلك التي يبلغ ارتفاعها 800 متر وأكثر عن سطح البحر، وأدت إلى قطع أغلب الطرق الرئيسية والفرعية فيها.
""", [
    ev("schools-off-monday", "ووقف الدروس يوم غد الإثنين", "2025-02-24", "'يوم غد الإثنين' from Sun 23 = Mon 24 Feb 2025"),
    ev("ice-on-roads", "بعدما تشكلت طبقات من الجليد على معظم طرق المنطقة", ICE[0], "no own expression; the ice on the roads from Sun 23 (this report) to Tue 25 Feb 2025 (innlb's report); my span", end=ICE[1]),
    ev("frost", "تدني درجات الحرارة والصقيع الذي يضرب المنطقة", "2025-02-23", "no own expression; the frost on the report's day, Sun 23 Feb 2025"),
    ev("dinniyeh-snowfall", "الثلوج التي تساقطت بكثافة أمس وصباح اليوم", "2025-02-22", "'أمس وصباح اليوم' from Sun 23 = Sat 22 and the morning of Sun 23 Feb 2025", end="2025-02-24"),
    ev("roads-cut", "وأدت إلى قطع أغلب الطرق الرئيسية والفرعية", ROADS[0], "no own expression; roads cut by the snow from Sat 22 to the reports of Tue 25 Feb 2025 (my span)", end=ROADS[1]),
])
art(S, "https://alloubnania.com/Newsdet.aspx?id=630992",
    "2025-02-23", "page date line 'Sunday, February 23, 2025 6:27:07 PM' (kept as first line; 23 Feb 2025 was a Sunday), and the body's 'يوم غد الإثنين' agrees; the paper's masthead ('يومية سياسية مستقلة', weather) dropped; the last, truncated clause ('حيث...') dropped", True, """
Sunday, February 23, 2025 6:27:07 PM
تعطيل المدارس وتحذيرات من الجليد في ظل العاصفة الثلجية
أعلنت ثانويات ومدارس ومعاهد رسمية وخاصة كثيرة تعطيل الدراسة يوم غد الإثنين، بسبب سوء الأحوال الجوية وهبوط درجات الحرارة، ما يؤدي إلى تكوّن الجليد على الطرقات ويهدد سلامة الطلاب والهيئات التعليمية.
وفي هذا الإطار، أكد رئيس اتحاد بلديات الجومة المحامي روني الحاج أن كل الطرقات في المنطقة أصبحت سالكة، بعدما بدأت منذ الصباح جرافة وزارة الأشغال وفرق الأشغال وشرطة الاتحاد فتح الطرقات العامة والرئيسية التي تربط قرى الجومة وبلداتها، إلى جانب تأمين الطرقات الفرعية.
وحذّر الحاج المواطنين من التنقل مساءً وليلاً، بسبب احتمال تشكّل الجليد مع الانخفاض الحاد في درجات الحرارة، داعيًا إلى توخي الحذر حفاظًا على السلامة العامة.
وأوعز برش الملح على الطرقات المعرضة للجليد، على أن تتواصل الإجراءات الاحترازية حتى انتهاء المنخفض الجوي المتوقع حتى نهار الثلاثاء.
كما أصدر اتحاد بلديات جرد القيطع تحذيرًا مماثلًا، داعيًا المواطنين إلى الحذر أثناء التنقل على طريق عام جرد القيطع بين قبعيت والقموعة.
""", [
    ev("schools-off-monday", "تعطيل الدراسة يوم غد الإثنين", "2025-02-24", "'يوم غد الإثنين' from Sun 23 = Mon 24 Feb 2025"),
    ev("ice-on-roads", "ما يؤدي إلى تكوّن الجليد على الطرقات", ICE[0], "no own expression; the ice on the roads from Sun 23 (this report) to Tue 25 Feb 2025 (innlb); my span", end=ICE[1]),
    ev("jouma-roads-reopened", "بعدما بدأت منذ الصباح جرافة وزارة الأشغال", "2025-02-23", "'منذ الصباح' = the morning of Sun 23 Feb 2025 (the date line)"),
    ev("night-ice-warning", "وحذّر الحاج المواطنين من التنقل مساءً وليلاً", "2025-02-23", "'مساءً وليلاً' of Sun 23 Feb 2025 (the warning's day; my span 23-24)", end="2025-02-25"),
    ev("salt-spreading", "وأوعز برش الملح على الطرقات المعرضة للجليد", "2025-02-23", "no own expression; the order of Sun 23 Feb 2025"),
    ev("storm-adam", "حتى انتهاء المنخفض الجوي المتوقع حتى نهار الثلاثاء", ADAM[0], "'حتى نهار الثلاثاء' from Sun 23 = until Tue 25 Feb 2025; storm 'Adam' began in the night of Wed 19 / Thu 20 Feb (outside knowledge)", end=ADAM[1]),
])
art(S, "https://thisislebanon.com/?p=477881",
    "2025-02-25", "page date line 'لبنان 25 شباط, 2025' (kept as first line; 25 Feb 2025 was a Tuesday); the ministry's post on X put into reported speech; the last, truncated clause ('وطريق ترشيش – ز...') dropped", True, """
لبنان 25 شباط, 2025
لبنان تحت تأثير «آدم»: برد وطرق مقطوعة ومدارس بين الفتح والإقفال
ما زال المنخفض الجوي «آدم» الذي يضرب لبنان يترك أثرًا كبيرًا على حركة السير، بعدما تسببت العواصف الثلجية بإغلاق طرقات كثيرة، ولا سيما في المناطق الجبلية.
وتعمل الجهات المعنية، وفي مقدمها وزارة الأشغال العامة والنقل، على جرف الثلوج وإعادة فتح الطرقات أمام المواطنين، فيما تحذّر السائقين من ضرورة القيادة بحذر والالتزام بإرشادات السلامة تفاديًا للحوادث والانزلاقات.
وفي هذا الإطار، أعلنت الوزارة عبر منصة «إكس» أن أعمال جرف الثلوج ورش الملح متواصلة في المناطق الجبلية، من إهدن وعكار إلى الأرز وترشيش، داعية السائقين إلى الحذر.
أما «غرفة التحكم المروري» فأفادت بأن الطرقات الجبلية المقطوعة بسبب تراكم الثلوج هي: عيناتا – الأرز، كفردبيان – حدث بعلبك، العاقورة – حدث بعلبك، الهرمل – سير الضنية، الهرمل – القبيّات، معاصر الشوف – كفريا، وتنورين الفوقا – حدث الجبة.
وأشارت الغرفة إلى أن طريق ضهر البيدر سالكة أمام كل الآليات ما عدا الشاحنات.
""", [
    ev("storm-adam", "ما زال المنخفض الجوي «آدم» الذي يضرب لبنان", ADAM[0], "no own expression; storm 'Adam' began in the night of Wed 19 / Thu 20 Feb 2025 and waned on Mon 24 - Tue 25 (outside knowledge: al-ain and almashhad reports, not in the set)", end=ADAM[1]),
    ev("roads-cut", "بعدما تسببت العواصف الثلجية بإغلاق طرقات كثيرة", ROADS[0], "no own expression; roads cut by the snow from Sat 22 to Tue 25 Feb 2025 (my span)", end=ROADS[1]),
    ev("ministry-post", "أعلنت الوزارة عبر منصة «إكس»", "2025-02-25", "no own expression; the post reported on the date line's day, Tue 25 Feb 2025"),
    ev("traffic-control-list", "أما «غرفة التحكم المروري» فأفادت", "2025-02-25", "no own expression; the bulletin of the date line's day, Tue 25 Feb 2025"),
    ev("dahr-al-baidar-open", "طريق ضهر البيدر سالكة أمام كل الآليات", "2025-02-25", "no own expression; the state of the road on Tue 25 Feb 2025"),
])
art(S, "https://innlb.com/news/article/1126010",
    "2025-02-25", "page date line '2025-02-25 16:25:53' (kept as first line; 25 Feb 2025 was a Tuesday); the last, truncated sentence ('مع توقعات بوصولها إلى 6 د...') dropped", True, """
2025-02-25 16:25:53
«تدنٍّ حاد»... لبنان تحت وطأة موجة برد قارس
عاشت المناطق اللبنانية كافة اليوم موجة برد قارس، إذ هبطت درجات الحرارة نحو 7 درجات دون معدلاتها الموسمية، فتشكلت طبقات من الجليد على الطرق الجبلية وأُقفلت معظم المدارس لليوم الثاني على التوالي حفاظًا على سلامة الطلاب والأساتذة، بحسب تقارير الوكالة الوطنية للإعلام.
وفي الضنية، قطعت موجة الصقيع معظم الطرق الرئيسية والفرعية ابتداءً من ارتفاع 400 متر بسبب الجليد، بينما صعبت الحركة أكثر على الطرق الجبلية فوق 900 متر بفعل تراكم الثلوج، فأُغلقت المدارس والمعاهد هناك لليوم الثاني على التوالي.
كما أصابت موجة البرد المواسم الزراعية الشتوية بأضرار جسيمة، إذ قضى الجليد على معظم المحاصيل.
وأدى تجمد المياه في القساطل إلى انقطاع مياه الشفة عن أغلب المنازل، إضافة إلى تضرر شبكات الأنابيب بفعل الصقيع.
وفي بعلبك، غطت طبقات الجليد الطرق، وتجمدت المياه في الأنابيب المكشوفة وغير المعزولة على أسطح المباني، فانقطعت عن منازل ومؤسسات عديدة.
""", [
    ev("cold-wave-tuesday", "عاشت المناطق اللبنانية كافة اليوم موجة برد قارس", "2025-02-25", "'اليوم' = Tue 25 Feb 2025 (the date line)"),
    ev("ice-on-roads", "فتشكلت طبقات من الجليد على الطرق الجبلية", ICE[0], "no own expression; the ice on the roads from Sun 23 (961today) to Tue 25 Feb 2025 (my span)", end=ICE[1]),
    ev("schools-closed-two-days", "وأُقفلت معظم المدارس لليوم الثاني على التوالي", "2025-02-24", "'لليوم الثاني على التوالي' on Tue 25: closures on Mon 24 and Tue 25 Feb 2025", end="2025-02-26"),
    ev("roads-cut", "قطعت موجة الصقيع معظم الطرق الرئيسية والفرعية", ROADS[0], "no own expression; roads cut by snow and ice from Sat 22 to Tue 25 Feb 2025 (my span)", end=ROADS[1]),
    ev("crop-damage", "إذ قضى الجليد على معظم المحاصيل", "2025-02-23", "no own expression; the frost nights from Sun 23 to the report of Tue 25 Feb 2025 (my span)", end="2025-02-26"),
    ev("water-cut", "انقطاع مياه الشفة عن أغلب المنازل", "2025-02-24", "no own expression; pipes frozen in the frost of Mon 24 - Tue 25 Feb 2025 (my span)", end="2025-02-26"),
])

# ---------------------------------------------------------------- syria-new-year-snowstorm-2025
S = "syria-new-year-snowstorm-2025"
STORM = ("2025-12-31", "2026-01-01")        # the snowstorm from the dawn of Wed 31 Dec 2025
AFTERMATH = ("2025-12-31", "2026-01-02")    # closed roads and camp hardship, Wed 31 Dec - Thu 1 Jan
art(S, "https://sana.sy/education/2364587/",
    "2025-12-30", "stamp 'date 2025-12-30' at the head of the stored page (kept as first line; 30 Dec 2025 was a Tuesday); the body's 'يوم غدٍ الأربعاء' and 'يوم غد الأربعاء الـ 31 من كانون الأول الجاري' agree; headline written from the body (the stored text has none)", True, """
2025-12-30
تعليق الدوام في جامعات خمس محافظات سورية بسبب الطقس
دمشق-سانا
قررت وزارة التعليم العالي والبحث العلمي تعليق الدوام ليوم غدٍ الأربعاء في جامعات إدلب وحلب واللاذقية وطرطوس وحماة، بسبب الظروف الجوية السائدة.
وأوضحت الوزارة، في بيان وصلت سانا نسخة منه اليوم، أن القرار اتُّخذ حفاظًا على سلامة الطلاب، وبالنظر إلى الظروف الجوية الطارئة التي نبّهت إليها وزارة الطوارئ وإدارة الكوارث.
وكانت وزارة الطوارئ وإدارة الكوارث قد رفعت أمس مستوى الجاهزية في كل المحافظات السورية المعرضة للحالة الجوية عالية الفعالية، التي تبدأ اعتباراً من فجر يوم غد الأربعاء الـ 31 من كانون الأول الجاري.
ودعت تلك الوزارة المواطنين إلى الحيطة والحذر والابتعاد عن مجاري الأودية وأماكن تجمع المياه.
""", [
    ev("universities-suspended", "تعليق الدوام ليوم غدٍ الأربعاء", "2025-12-31", "'ليوم غدٍ الأربعاء' from Tue 30 = Wed 31 Dec 2025"),
    ev("suspension-statement", "في بيان وصلت سانا نسخة منه اليوم", "2025-12-30", "'اليوم' = Tue 30 Dec 2025 (the stamp)"),
    ev("readiness-raised", "قد رفعت أمس مستوى الجاهزية", "2025-12-29", "'أمس' from Tue 30 = Mon 29 Dec 2025"),
    ev("snowstorm", "اعتباراً من فجر يوم غد الأربعاء الـ 31 من كانون الأول الجاري", STORM[0], "'فجر يوم غد الأربعاء الـ 31 من كانون الأول الجاري' = dawn of Wed 31 Dec 2025"),
    ev("caution-call", "ودعت تلك الوزارة المواطنين إلى الحيطة والحذر", "2025-12-29", "no own expression; part of the emergency ministry's statement of 'أمس' = Mon 29 Dec 2025"),
])
art(S, "https://www.zamanalwsl.net/news/article/173702",
    "2025-12-31", "no date line on the stored page; the body's 'اليوم الأربعاء' and the embedded post of the outlet dated 'December 31, 2025' (dropped) fix Wed 31 Dec 2025; the embedded post dropped; the last, truncated sentence ('فاقمت العاصفة الثلجية معان...') cut to its clause; no date of its own in the text", False, """
استنفار أكثر من 100 فريق للدفاع المدني لمواجهة العاصفة الثلجية في سوريا
أعلنت وزارة الطوارئ وإدارة الكوارث السورية، اليوم الأربعاء، أنها استنفرت أكثر من 100 فريق من الدفاع المدني للتعامل مع تداعيات المنخفض الجوي والعاصفة الثلجية التي تضرب البلاد، والتي تتركز آثارها في خمس محافظات.
وكتب وزير الطوارئ وإدارة الكوارث رائد الصالح على منصة «إكس» أن فرق الوزارة تعمل بكل طاقتها في محافظات حلب وإدلب وطرطوس واللاذقية وحماة.
وأوضح أن الفرق استجابت لأكثر من 110 نقاط متضررة، من بينها فتح طرقات أغلقتها الثلوج وتصريف مياه السيول وشفط المياه التي دخلت منازل المواطنين.
وأضاف الصالح أن الفرق تعاملت كذلك مع أكثر من 15 حادثًا مروريًا سببها انزلاق المركبات في الأحوال الجوية السيئة، مؤكدًا بقاء الجاهزية كاملة لأي طارئ.
وتتزامن هذه الجهود مع ظروف إنسانية صعبة يعيشها النازحون في مخيمات الشمال، حيث زادت العاصفة الثلجية من معاناتهم.
""", [
    ev("teams-mobilized", "أنها استنفرت أكثر من 100 فريق من الدفاع المدني", "2025-12-31", "'اليوم الأربعاء' = Wed 31 Dec 2025"),
    ev("snowstorm", "والعاصفة الثلجية التي تضرب البلاد", STORM[0], "no own expression; the snowstorm from the dawn of Wed 31 Dec 2025 (the SANA report of Tue 30)", end=STORM[1]),
    ev("minister-post", "وكتب وزير الطوارئ وإدارة الكوارث رائد الصالح", "2025-12-31", "no own expression; the minister's post of Wed 31 Dec 2025"),
    ev("roads-closed-snow", "فتح طرقات أغلقتها الثلوج", AFTERMATH[0], "no own expression; roads closed by the snow of Wed 31 Dec 2025 and still closed on Thu 1 Jan 2026 (albayan); my span", end=AFTERMATH[1]),
    ev("vehicle-slips", "مع أكثر من 15 حادثًا مروريًا", "2025-12-31", "no own expression; the accidents of the storm day, Wed 31 Dec 2025"),
    ev("camps-hardship", "حيث زادت العاصفة الثلجية من معاناتهم", AFTERMATH[0], "no own expression; the camps' plight on Wed 31 Dec 2025 and Thu 1 Jan 2026 (albayan); my span", end=AFTERMATH[1]),
])
art(S, "https://www.albayan.ae/news/middle-east/syria/998615",
    "2026-01-01", "stamp 'date 2026-01-01' at the head of the stored page (kept as first line; 1 Jan 2026 was a Thursday, and the body's 'اليوم الخميس' agrees); the source line 'البيان' and the background sentence on housing the displaced dropped; the last, truncated sentence ('للمرة الأولى منذ...') dropped; headline written from the body", True, """
2026-01-01
العاصفة الثلجية تفاقم أوضاع مخيمات النازحين في شمال غرب سوريا
فاقمت العاصفة الثلجية التي ضربت سوريا قبل أيام الأوضاع الإنسانية في مخيمات النازحين بمحافظتي إدلب وحلب شمال غرب البلاد، واقتلعت عددًا من الخيام.
ومع تراكم الثلوج واشتداد البرد، أعلنت محافظة حلب تحركًا عاجلًا بالتنسيق مع الجهات المعنية في منطقة أعزاز، لتلبية نداءات الأهالي وتقديم الإغاثة العاجلة للمتضررين.
وفي إدلب تتواصل أعمال إصلاح الأضرار وتأمين الخدمات الأساسية، فيما بدأت المحافظة التحضير لمشروع إنساني واسع لتجهيز 1000 طن من حطب التدفئة وتوزيعها على سكان المخيمات في ريف إدلب، للتخفيف من قسوة البرد خلال فصل الشتاء.
وأوضحت وزارة الطوارئ السورية أن البلاد ستبقى، اليوم الخميس وغداً، تحت تأثير منخفض جوي ترافقه كتلة هوائية قطبية.
وكانت العاصفة قد أغلقت عددًا من الطرقات الرئيسية المؤدية إلى المخيمات، ما صعّب وصول المساعدات وتنقل السكان.
""", [
    ev("snowstorm", "العاصفة الثلجية التي ضربت سوريا قبل أيام", STORM[0], "'قبل أيام' from Thu 1 Jan 2026; the storm of Wed 31 Dec 2025 (SANA, Zaman al-Wasl)", end=STORM[1]),
    ev("camps-hardship", "الأوضاع الإنسانية في مخيمات النازحين", AFTERMATH[0], "no own expression; the camps' plight from the storm of Wed 31 Dec 2025 to this report of Thu 1 Jan 2026 (my span)", end=AFTERMATH[1]),
    ev("aleppo-relief", "أعلنت محافظة حلب تحركًا عاجلًا", AFTERMATH[0], "no own expression; the Aleppo governorate's move after the storm, by Thu 1 Jan 2026 (my span 31 Dec - 1 Jan)", end=AFTERMATH[1]),
    ev("firewood-project", "بدأت المحافظة التحضير لمشروع إنساني واسع", AFTERMATH[0], "no own expression; the Idlib preparations under way by Thu 1 Jan 2026 (my span 31 Dec - 1 Jan)", end=AFTERMATH[1]),
    ev("polar-low-continues", "ستبقى، اليوم الخميس وغداً، تحت تأثير منخفض جوي", "2026-01-01", "'اليوم الخميس وغداً' = Thu 1 and Fri 2 Jan 2026", end="2026-01-03"),
    ev("roads-closed-snow", "أغلقت عددًا من الطرقات الرئيسية المؤدية إلى المخيمات", AFTERMATH[0], "no own expression; roads closed by the storm of Wed 31 Dec 2025, still affecting aid on Thu 1 Jan 2026 (my span)", end=AFTERMATH[1]),
])

# ---------------------------------------------------------------- saudi-tabuk-cold-school-delay-2026
S = "saudi-tabuk-cold-school-delay-2026"
DELAY = ("2026-01-04", "2026-01-09")       # Sun 15/7/1447 (4 Jan 2026) to Thu 19/7/1447 (8 Jan 2026)
COLD = ("2025-12-30", "2026-01-09")        # the cold wave over the north, as announced on 29 Dec and under way on 4 Jan (my span)
DIRECTIVE = ("2025-12-28", "2025-12-30")   # the emir's directive, issued by the announcement of Mon 29 Dec 2025
art(S, "https://www.almowaten.net/2025/12/%D8%A8%D8%AA%D9%88%D8%AC%D9%8A%D9%87-%D8%A3%D9%85%D9%8A%D8%B1-%D8%A7%D9%84%D9%85%D9%86%D8%B7%D9%82%D8%A9-%D8%AA%D8%A3%D8%AC%D9%8A%D9%84-%D8%A8%D8%AF%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D8%AF%D9%88%D8%A7/",
    "2025-12-29", "stamp 'date 2025-12-29' at the head of the stored page (kept as first line; 29 Dec 2025 was a Monday) and month in the URL '/2025/12/'; 'يوم الأحد القادم الموافق 1447/7/15 هـ' = Sun 4 Jan 2026 agrees; headline rendered from the URL slug; the subheading and the hashtag dropped; the quoted statement put into reported speech", True, """
2025-12-29
بتوجيه أمير المنطقة.. تأجيل بداية الدوام في مدارس تبوك
قررت الإدارة العامة للتعليم بمنطقة تبوك تأخير بداية الدوام الرسمي في كل مدارس المنطقة إلى الساعة التاسعة صباحًا، ابتداءً من يوم الأحد القادم الموافق 1447/7/15 هـ حتى يوم الخميس 1447/7/19 هـ.
وستبدأ الاختبارات الساعة 10 صباحًا، بسبب ما تتوقعه المنطقة من انخفاض في درجات الحرارة خلال الأيام القادمة.
وأوضحت إدارة تعليم تبوك، في بيان نشرته على حسابها في منصة إكس، أن القرار جاء بتوجيهات من الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك، حرصًا على سلامة الطلاب والطالبات ونظرًا لبرودة الأجواء.
وبيّنت أن بداية اليوم الدراسي تتأخر من يوم الأحد المقبل الموافق 15- 7 – 1447هـ إلى الخميس 19- 7 – 1447هـ إلى الساعة 9:00 صباحًا، على أن تبدأ الاختبارات الساعة 10 صباحاً في مدارس تبوك ومحافظات المنطقة كافة.
""", [
    ev("delay-announced", "قررت الإدارة العامة للتعليم بمنطقة تبوك", "2025-12-29", "no own expression; the announcement of the stamp's day, Mon 29 Dec 2025"),
    ev("school-delay", "ابتداءً من يوم الأحد القادم الموافق 1447/7/15 هـ حتى يوم الخميس 1447/7/19", DELAY[0], "'يوم الأحد القادم الموافق 1447/7/15 هـ' to 'يوم الخميس 1447/7/19 هـ' = Sun 4 to Thu 8 Jan 2026 (Umm al-Qura)", end=DELAY[1]),
    ev("exams-delay", "وستبدأ الاختبارات الساعة 10 صباحًا", DELAY[0], "no own expression; exams at 10 a.m. over the same days, Sun 4 to Thu 8 Jan 2026", end=DELAY[1]),
    ev("cold-wave", "انخفاض في درجات الحرارة خلال الأيام القادمة", COLD[0], "'خلال الأيام القادمة' from Mon 29 Dec 2025; the cold wave still under way on Sun 4 Jan 2026 (okaz); my span 30 Dec - 8 Jan", end=COLD[1]),
    ev("emir-directive", "بتوجيهات من الأمير فهد بن سلطان بن عبدالعزيز", DIRECTIVE[0], "no own expression; the directive behind the announcement of Mon 29 Dec 2025 (my span 28-29 Dec)", end=DIRECTIVE[1]),
])
art(S, "https://newzksa.com/tabuk-schools-start-delayed-due-to-cold-weather",
    "2025-12-29", "page date line 'ديسمبر 29, 2025' (kept as first line; 29 Dec 2025 was a Monday); the reading-time note, the summary line and the subheadings dropped; the clause praising the emir dropped", True, """
ديسمبر 29, 2025
تأخير الدوام الدراسي في تبوك الأسبوع المقبل بسبب البرودة
أعلنت الإدارة العامة للتعليم بمنطقة تبوك رسميًا تأخير موعد بدء اليوم الدراسي في كل مدارس المنطقة ومحافظاتها، لمدة أسبوع كامل يبدأ من الأحد المقبل.
ويأتي القرار استجابةً لموجات البرد التي تمر بها المنطقة، وحرصًا على حماية الطلاب والطالبات ومنسوبي المدارس من الآثار الصحية لانخفاض درجات الحرارة في ساعات الصباح الباكر.
وأوضحت إدارة التعليم أن القرار صدر بناءً على توجيهات مباشرة من الأمير فهد بن سلطان بن عبدالعزيز، أمير منطقة تبوك.
وينص القرار على أن تبدأ الحصة الأولى في تمام الساعة التاسعة صباحاً (9:00)، والاختبارات في تمام الساعة العاشرة صباحاً (10:00).
ويُعمل بهذا التوقيت ابتداءً من يوم الأحد الموافق 15-7-1447هـ وحتى يوم الخميس 19-7-1447هـ.
""", [
    ev("delay-announced", "أعلنت الإدارة العامة للتعليم بمنطقة تبوك رسميًا", "2025-12-29", "no own expression; the announcement of the date line's day, Mon 29 Dec 2025"),
    ev("cold-wave", "استجابةً لموجات البرد التي تمر بها المنطقة", COLD[0], "no own expression; the cold wave of 30 Dec 2025 - 8 Jan 2026 (my span, as in the other reports)", end=COLD[1]),
    ev("emir-directive", "بناءً على توجيهات مباشرة من الأمير فهد بن سلطان", DIRECTIVE[0], "no own expression; the directive behind the announcement of Mon 29 Dec 2025 (my span 28-29 Dec)", end=DIRECTIVE[1]),
    ev("exams-delay", "والاختبارات في تمام الساعة العاشرة صباحاً (10:00)", DELAY[0], "no own expression; exams at 10 a.m. from Sun 4 to Thu 8 Jan 2026", end=DELAY[1]),
    ev("school-delay", "ابتداءً من يوم الأحد الموافق 15-7-1447هـ وحتى يوم الخميس 19-7-1447هـ", DELAY[0], "'يوم الأحد الموافق 15-7-1447هـ' to 'يوم الخميس 19-7-1447هـ' = Sun 4 to Thu 8 Jan 2026 (also 'أسبوع كامل يبدأ من الأحد المقبل' from Mon 29 Dec)", end=DELAY[1]),
])
art(S, "https://yemen-press.net/news156535.html",
    "2025-12-30", "page line 'نشر: أمجد الحبيشي 30 ديسمبر 2025 الساعة 11:35 مساءاً' (date and time kept as first line, byline dropped; 30 Dec 2025 was a Tuesday); 'عاجل' and the breadcrumb dropped; headline shortened ('الأمير فهد بن سلطان يصدر قراراً استثنائياً' rendered as 'أمير تبوك يقرر'); the last, truncated sentence ('تنضم تبوك إلى قائمة المناطق...') dropped", True, """
30 ديسمبر 2025 الساعة 11:35 مساءاً
أمير تبوك يقرر تأجيل دوام مدارس المنطقة للتاسعة صباحاً بسبب البرد القارس
سيحظى أكثر من مئتي ألف طالب وطالبة في منطقة تبوك بتسعين دقيقة إضافية من النوم الدافئ، بعد القرار الاستثنائي الذي أصدره أمير المنطقة الأمير فهد بن سلطان بن عبدالعزيز بتأخير انطلاق اليوم الدراسي إلى التاسعة صباحاً.
وأعلنت الإدارة العامة للتعليم في المنطقة أنها ستطبق هذا الإجراء الاحترازي لمدة خمسة أيام متتالية، بدءاً من الأحد المقبل الموافق 15/7/1447هـ وحتى الخميس 19/7/1447هـ، مع تعديل مواعيد الاختبارات لتبدأ الساعة العاشرة صباحاً.
ويأتي القرار استجابةً سريعة للانخفاض الحاد في درجات الحرارة الذي تنتظره المنطقة خلال الأيام القادمة، إذ تتوقع التقارير الجوية أن تبلغ البرودة مستويات قارسة في ساعات الفجر والصباح الباكر.
""", [
    ev("emir-directive", "بعد القرار الاستثنائي الذي أصدره أمير المنطقة", DIRECTIVE[0], "no own expression; the directive behind the announcement of Mon 29 Dec 2025 (my span 28-29 Dec)", end=DIRECTIVE[1]),
    ev("delay-announced", "وأعلنت الإدارة العامة للتعليم في المنطقة", "2025-12-29", "no own expression; the announcement of Mon 29 Dec 2025 (almowaten, newzksa)"),
    ev("school-delay", "بدءاً من الأحد المقبل الموافق 15/7/1447هـ وحتى الخميس 19/7/1447هـ", DELAY[0], "'الأحد المقبل الموافق 15/7/1447هـ' to 'الخميس 19/7/1447هـ' = Sun 4 to Thu 8 Jan 2026", end=DELAY[1]),
    ev("exams-delay", "مع تعديل مواعيد الاختبارات", DELAY[0], "no own expression; exams at 10 a.m. over the same five days, Sun 4 to Thu 8 Jan 2026", end=DELAY[1]),
    ev("cold-wave", "للانخفاض الحاد في درجات الحرارة الذي تنتظره المنطقة خلال الأيام القادمة", COLD[0], "'خلال الأيام القادمة' from Tue 30 Dec 2025; the cold wave of 30 Dec - 8 Jan (my span)", end=COLD[1]),
])
art(S, "https://www.okaz.com.sa/local/na/2229637",
    "2026-01-04", "stamp 'date 2026-01-04' at the head of the stored page (not kept in the text; 4 Jan 2026 was a Sunday); the body's 'فجر اليوم' and 'لهذا اليوم'; headline written from the body (the stored text has none); the Red Sea wind and wave details dropped; no date of its own in the text", False, """
الصقيع يتكون في شمال غرب تبوك مع استمرار الموجة الباردة
سجلت أجزاء من شمال غرب منطقة تبوك فجر اليوم انخفاضًا ملحوظًا في درجات الحرارة في المناطق المفتوحة والمرتفعات، فتكوّن الصقيع في الأماكن المكشوفة.
ويأتي ذلك مع استمرار الموجة الباردة التي تؤثر في شمال المملكة، بحسب تنبيهات المركز الوطني للأرصاد.
وأكد المركز أن الانخفاض في درجات الحرارة المصحوب برياح نشطة مستمر على منطقة تبوك، متوقعًا بقاء الأجواء الباردة خلال الأيام القادمة.
وتوقع المركز في تقريره عن حالة الطقس لهذا اليوم أن يستمر انخفاض درجات الحرارة مع رياح نشطة على مناطق تبوك والجوف والحدود الشمالية، ويمتد إلى أجزاء من مناطق حائل والقصيم والرياض والشرقية، مع احتمال تكوّن الضباب على أجزاء منها.
""", [
    ev("temperature-drop", "سجلت أجزاء من شمال غرب منطقة تبوك فجر اليوم", "2026-01-04", "'فجر اليوم' = the dawn of Sun 4 Jan 2026 (the stamp)"),
    ev("frost-tabuk", "فتكوّن الصقيع في الأماكن المكشوفة", "2026-01-04", "no own expression; the frost of the same dawn, Sun 4 Jan 2026"),
    ev("cold-wave", "مع استمرار الموجة الباردة التي تؤثر في شمال المملكة", COLD[0], "no own expression; the cold wave announced on Mon 29 Dec 2025 and still under way on Sun 4 Jan 2026 (my span 30 Dec - 8 Jan)", end=COLD[1]),
    ev("cold-continues", "متوقعًا بقاء الأجواء الباردة خلال الأيام القادمة", "2026-01-05", "'خلال الأيام القادمة' from Sun 4 Jan 2026 (my span 5-7 Jan)", end="2026-01-08"),
    ev("ncm-daily-report", "في تقريره عن حالة الطقس لهذا اليوم", "2026-01-04", "'لهذا اليوم' = Sun 4 Jan 2026"),
])

# ---------------------------------------------------------------- morocco-azilal-snow-school-suspension-2026
S = "morocco-azilal-snow-school-suspension-2026"
STORM2 = ("2026-01-02", "2026-01-04")   # the snow, rain and wind of Fri 2 - Sat 3 Jan 2026 (bulletin 2/2026)
art(S, "https://www.maroc7.ma/2026/01/02/%D9%86%D8%B4%D8%B1%D8%A9-%D8%A5%D9%86%D8%B0%D8%A7%D8%B1%D9%8A%D8%A9-%D8%B1%D9%8A%D8%A7%D8%AD-%D8%B9%D8%A7%D8%B5%D9%81%D9%8A%D8%A9-%D9%88%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%AC%D8%AF-%D8%BA%D8%B2%D9%8A/",
    "2026-01-02", "dateline 'الرباط – 02 يناير 2026' at the head of the stored text (kept as first line; 2 Jan 2026 was a Friday) and date in the URL '/2026/01/02/'; the body's 'اليوم الجمعة وغدًا السبت' agrees; headline rendered from the URL slug (cut); the last, truncated sentence ('كما ستشمل الجديدة، وسيدي بنور، وآسف...') dropped", True, """
الرباط – 02 يناير 2026
نشرة إنذارية: رياح عاصفية وأمطار جد غزيرة
ذكرت المديرية العامة للأرصاد الجوية أنه من المتوقع تسجيل رياح عاصفية قوية وأمطار جد غزيرة، خصوصًا في المناطق المرتفعة، إضافة إلى تساقطات ثلجية، اليوم الجمعة وغدًا السبت، في عدد من عمالات وأقاليم المملكة، وفق نشرات إنذارية من مستويي اليقظة البرتقالي والأحمر.
وبيّنت المديرية، في نشرة من مستوى يقظة برتقالي، أن رياحًا عاصفية تتراوح سرعتها ما بين 90 و105 كلم/س ستضرب الحوز وشيشاوة، وما بين 90 و100 كلم/س الجديدة وسيدي بنور وآسفي والصويرة وميدلت وأزيلال.
ويُتوقع كذلك هبوب رياح عاصفية بسرعة 75 إلى 90 كلم/س على اليوسفية وفكيك وجرادة ووجدة-أنجاد وتاوريرت وقلعة السراغنة ومراكش والرحامنة وأكادير-إدا وتنان وتارودانت وبولمان وكرسيف وبركان، وذلك ابتداءً من اليوم الجمعة على الساعة الحادية عشرة والنصف صباحًا إلى غد السبت على الساعة الثانية عشرة صباحًا.
وستشمل الظاهرة ذاتها أيضًا الرباط وتمارة-الصخيرات والنواصر والدار البيضاء ومديونة وبرشيد والمحمدية وبنسليمان وسطات، ابتداءً من الجمعة على الساعة التاسعة ليلاً إلى السبت على الساعة السادسة صباحًا.
""", [
    ev("weather-bulletin", "ذكرت المديرية العامة للأرصاد الجوية", "2026-01-02", "no own expression; the bulletin of the dateline's day, Fri 2 Jan 2026"),
    ev("storm-fri-sat", "إضافة إلى تساقطات ثلجية، اليوم الجمعة وغدًا السبت", STORM2[0], "'اليوم الجمعة وغدًا السبت' = Fri 2 and Sat 3 Jan 2026", end=STORM2[1]),
    ev("gusts-azilal", "وما بين 90 و100 كلم/س الجديدة وسيدي بنور وآسفي والصويرة وميدلت وأزيلال", STORM2[0], "no own expression; the orange-level gusts of the bulletin for Fri 2 - Sat 3 Jan 2026", end=STORM2[1]),
    ev("gusts-interior", "من اليوم الجمعة على الساعة الحادية عشرة والنصف صباحًا إلى غد السبت", "2026-01-02", "'اليوم الجمعة على الساعة الحادية عشرة والنصف صباحًا' to 'غد السبت على الساعة الثانية عشرة صباحًا' = 11:30 a.m. Fri 2 to 12 o'clock Sat 3 Jan 2026", end="2026-01-04"),
    ev("gusts-coast", "من الجمعة على الساعة التاسعة ليلاً إلى السبت على الساعة السادسة", "2026-01-02", "'الجمعة على الساعة التاسعة ليلاً' to 'السبت على الساعة السادسة صباحًا' = 9 p.m. Fri 2 to 6 a.m. Sat 3 Jan 2026", end="2026-01-04"),
])
art(S, "https://aladalalyaoum.com/2026/01/02/weather-alert-school-suspension-azilal-province",
    "2026-01-02", "date in the URL '/2026/01/02/'; the body's 'اليوم الجمعة' and the headline's 'غدا السبت' agree (2 Jan 2026 was a Friday); byline dropped; the last, truncated sentence ('بجمي...') cut to its clause; no date of its own in the text", False, """
تعليق الدراسة بكافة مؤسسات التعليم بإقليم أزيلال غدا السبت تفاعلا مع بلاغ وزارة التجهيز
أعلنت الأكاديمية الجهوية للتربية والتكوين لجهة بني ملال خنيفرة، في بلاغ إخباري أصدرته اليوم الجمعة، تعليق الدراسة في المؤسسات التعليمية التابعة لها.
واتُّخذ القرار استجابةً للنشرة الإنذارية رقم 2/2026 التي أصدرتها وزارة التجهيز والماء، اليوم الجمعة، بشأن الحالة الجوية في بعض مناطق المملكة.
وتشير النشرة إلى احتمال تساقطات ثلجية ومطرية قوية في المناطق الجبلية بجهة بني ملال خنيفرة، بما قد يعرقل حركة السير ويهدد مرتادي المؤسسات التعليمية، خاصة في المناطق القروية والنائية بإقليم أزيلال.
ونبّهت إلى أن الثلوج الكثيفة المرتقبة قد تعزل بعض المناطق الجبلية في الإقليم، مع برودة شديدة ورياح قوية، ما قد يعيق النقل المدرسي ويعرض التلاميذ والأطر التعليمية والإدارية لخطر فعلي أثناء تنقلهم.
وأوضحت الأكاديمية أنها قررت تعليق الدراسة بصفة استثنائية تفعيلًا لتوصيات خلية اليقظة الإقليمية، وبتنسيق مع السلطات المختصة، حرصًا على سلامة الأطر والتلاميذ وأوليائهم.
""", [
    ev("azilal-suspension", "تعليق الدراسة بكافة مؤسسات التعليم بإقليم أزيلال غدا السبت", "2026-01-03", "'غدا السبت' from Fri 2 = Sat 3 Jan 2026"),
    ev("suspension-communique", "في بلاغ إخباري أصدرته اليوم الجمعة", "2026-01-02", "'اليوم الجمعة' = Fri 2 Jan 2026 (the URL day)"),
    ev("bulletin-2-2026", "التي أصدرتها وزارة التجهيز والماء، اليوم الجمعة", "2026-01-02", "'اليوم الجمعة' = Fri 2 Jan 2026"),
    ev("storm-fri-sat", "احتمال تساقطات ثلجية ومطرية قوية في المناطق الجبلية", STORM2[0], "no own expression; the snow and rain of the bulletin, Fri 2 - Sat 3 Jan 2026 (maroc7's 'اليوم الجمعة وغدًا السبت')", end=STORM2[1]),
    ev("isolation-risk", "قد تعزل بعض المناطق الجبلية في الإقليم", STORM2[0], "no own expression; the feared isolation during and after the snow of Fri 2 - Sat 3 Jan 2026 (my span 2-4 Jan)", end="2026-01-05"),
])
art(S, "https://alahdattv.ma/?p=4670",
    "2026-01-03", "the body's 'اليوم السبت 3 يناير 2026' (3 Jan 2026 was a Saturday) states the day in the text; the breadcrumb, the author line ('سلمى عاكف هيئة التحرير') and the page furniture dropped", True, """
تعليق الدراسة بإقليم أزيلال بسبب سوء الأحوال الجوية
علّقت المديرية الإقليمية لوزارة التربية الوطنية والتعليم الأولي والرياضة بإقليم أزيلال الدراسة، اليوم السبت 3 يناير 2026، في كل المؤسسات التعليمية العمومية والخصوصية، بناءً على النشرة الإنذارية لوزارة التجهيز والماء حول الاضطرابات الجوية المنتظرة في عدد من مناطق المملكة.
وذكرت المديرية، في بلاغ صدر يوم الجمعة، أن القرار استند إلى توصيات خلية اليقظة الإقليمية، وهدفه ضمان سلامة الأطر التربوية والإدارية والتلميذات والتلاميذ وسائر المرتفقين.
وأضافت أن الدراسة ستُستأنف بصورة عادية ابتداءً من يوم الاثنين 5 يناير 2026، ما لم تطرأ تطورات مناخية تفرض إجراءات أخرى، مؤكدة أنها ستُبلغ المعنيين بكل جديد بحسب تطور الحالة الجوية في الإقليم.
ويأتي هذا القرار ضمن التدابير الاحترازية التي اتخذتها السلطات المحلية والقطاعات المعنية استعدادًا للتقلبات المناخية المتوقعة، ولا سيما في المناطق الجبلية التي يصعب فيها التنقل في مثل هذه الظروف.
""", [
    ev("azilal-suspension", "الدراسة، اليوم السبت 3 يناير 2026", "2026-01-03", "'اليوم السبت 3 يناير 2026' = Sat 3 Jan 2026"),
    ev("bulletin-2-2026", "بناءً على النشرة الإنذارية لوزارة التجهيز والماء", "2026-01-02", "no own expression; bulletin 2/2026 of Fri 2 Jan 2026 (aladalalyaoum)"),
    ev("storm-fri-sat", "حول الاضطرابات الجوية المنتظرة في عدد من مناطق المملكة", STORM2[0], "no own expression; the snow, rain and wind of Fri 2 - Sat 3 Jan 2026 (maroc7)", end=STORM2[1]),
    ev("suspension-communique", "في بلاغ صدر يوم الجمعة", "2026-01-02", "'يوم الجمعة' before Sat 3 = Fri 2 Jan 2026"),
    ev("classes-resume", "ابتداءً من يوم الاثنين 5 يناير 2026", "2026-01-05", "'يوم الاثنين 5 يناير 2026' = Mon 5 Jan 2026"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 290
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

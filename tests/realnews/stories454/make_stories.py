"""Builds stories.jsonl: the 454-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: snowstorms, cold waves and storms.
Stories: storm Filomena's snowfall in Spain and Madrid (January 2021), the cold wave in Afghanistan
(January 2023), and the winter storm and power cuts in Texas (United States, February 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- spain-storm-filomena-snow-2021
S = "spain-storm-filomena-snow-2021"
SNOW = ("2021-01-08", "2021-01-11")        # Filomena's heavy snowfall on Madrid and central Spain, Fri 8 - Sun 10 Jan 2021
ALERT = ("2021-01-07", "2021-01-09")       # AEMET's orange/red warnings, issued Thu 7 Jan for Fri 8 Jan 2021
art(S, "https://www.elbalad.news/4647446",
    "2021-01-08", "no date line in the stored text; the body's 'غطت الثلوج مدريد ... أمس الخميس' (snow first covered Madrid on Thu 7 Jan 2021) and 'حتى يوم الأحد المقبل' (the snowfall went on until Sun 10 Jan) give Fri 8 Jan 2021 (7 Jan 2021 was a Thursday; the Saturday reports of sauress/alweeam speak of the heavy snow of 'أمس الجمعة'); masthead (editors' names) dropped; headline kept from the page; the last, truncated sentence shortened", False, """
تساقط ثلوج نادر يضرب إسبانيا بسبب العاصفة فيلومينا
شهدت مناطق من إسبانيا تساقطا نادرا للثلوج أربك حركة السير وأدى إلى إلغاء رحلات جوية، فيما تسجل البلاد أدنى درجة حرارة في تاريخها.
وبحسب إذاعة صوت ألمانيا، يرجح أن يتواصل تساقط الثلوج في إسبانيا حتى يوم الأحد المقبل، إذ كست الثلوج مدريد ومناطق أخرى من البلاد، أمس الخميس، كما عرفت الدولة الواقعة في جنوب أوروبا درجات حرارة متدنية قياسية بفعل العاصفة فيلومينا، وفق خبراء الأرصاد الجوية.
وفي تصريحات لدويتشه فيله، قال روبن ديل كامبو، المتحدث باسم وكالة الأرصاد الجوية الإسبانية: "إذا صدقت التوقعات، فقد نكون أمام واحد من أكبر تساقطات الثلوج في السنوات الأخيرة".
وكانت الثلوج قد هطلت بغزارة على شمال إسبانيا ووسطها، وأطلق مركز الأرصاد الإسباني إنذارا برتقاليا لأغلب المناطق الإسبانية وإنذارا أحمر لثلاث مقاطعات في وسط البلاد، كما ضربت العاصفة فيلومينا جزر الكناري والساحل الجنوبي الغربي لشبه الجزيرة.
""", [
    ev("snow-covers-madrid-thursday", "كست الثلوج مدريد ومناطق أخرى من البلاد، أمس الخميس", "2021-01-07", "'أمس الخميس' in an article of Fri 8 Jan 2021 = Thu 7 Jan"),
    ev("filomena-snowfall", "يرجح أن يتواصل تساقط الثلوج في إسبانيا حتى يوم الأحد المقبل", SNOW[0], "'حتى يوم الأحد المقبل' from Fri 8 Jan 2021 = until Sun 10 Jan; the storm's heavy snowfall of Fri 8 - Sun 10 Jan 2021 (sauress/alweeam: 'أمس الجمعة', 'اليوم السبت')", end=SNOW[1]),
    ev("del-campo-forecast", "قال روبن ديل كامبو", "2021-01-07", "no own expression; the AEMET spokesman's remark to DW before the heavy snow, on the eve of the report (my span Thu 7 - Fri 8 Jan 2021)", end="2021-01-09"),
    ev("aemet-alert", "أطلق مركز الأرصاد الإسباني إنذارا برتقاليا لأغلب المناطق الإسبانية", ALERT[0], "no own expression; the orange and red warnings issued before and for the heavy snow of Fri 8 Jan 2021 (my span Thu 7 - Fri 8 Jan)", end=ALERT[1]),
])
art(S, "https://sauress.com/alweeam/731520",
    "2021-01-09", "no date line on the stored page; the body's 'أمس الجمعة' for the snow that closed Madrid airport (Fri 8 Jan 2021) and 'اليوم السبت' for the 20 cm forecast give Sat 9 Jan 2021 (9 Jan 2021 was a Saturday); an alweeam report carried by sauress; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
الثلوج تشل حركة النقل في إسبانيا وتغلق مطار مدريد
أدى تساقط كثيف للثلوج في إسبانيا، أمس الجمعة، إلى تعطيل حركة السير على الطرق والسكك الحديدية، وتسبب في إغلاق مطار العاصمة مدريد.
وتواصل هطول الثلوج بغزارة في مدريد على نحو لم تعرفه منذ 50 عاما، ما اضطر السلطات إلى إغلاق مطار "باراخاس" الدولي "لدواع أمنية".
وكتب المطار في تغريدة على حسابه في "تويتر": تتواصل أعمال إزالة الثلوج من المدارج، ونأمل استئناف الخدمة في أقرب وقت ممكن.
وأوقفت الثلوج السير على قرابة 400 طريق بحسب هيئة النقل الإسبانية، وعلق مئات من سائقي الشاحنات في مختلف أنحاء البلاد، واضطر 300 منهم إلى قضاء الليل من الخميس إلى الجمعة في موقف للسيارات قرب كوينكا وسط إسبانيا.
وتوقفت كذلك حركة القطارات بين مدريد وفالنسيا بحسب شركة السكك الحديدية رينفي، فيما لجأ مجلس بلدية مدينة توليدو التاريخية إلى الجيش طالبا مساعدته في رفع الثلوج.
ووصفت وكالة الأرصاد الجوية "AEMET"، التي أعلنت حالة التأهب في كل المدن الإسبانية ومنها العاصمة مدريد، الوضع بأنه "استثنائي" بل "تاريخي".
وأضافت الوكالة أن من المتوقع أن تتساقط الثلوج بمعدل 20 سم اليوم السبت في مدريد والهضبة الوسطى، وقد تصل إلى 50 سم في أعلى مناطقها.
""", [
    ev("traffic-disruption-friday", "أدى تساقط كثيف للثلوج في إسبانيا، أمس الجمعة، إلى تعطيل حركة السير", "2021-01-08", "'أمس الجمعة' in an article of Sat 9 Jan 2021 = Fri 8 Jan"),
    ev("filomena-snowfall", "وتواصل هطول الثلوج بغزارة في مدريد", SNOW[0], "no own expression; the storm's heavy snowfall on Madrid, Fri 8 - Sun 10 Jan 2021 (this article: 'أمس الجمعة' and 'اليوم السبت'; elbalad: 'حتى يوم الأحد المقبل')", end=SNOW[1]),
    ev("barajas-airport-closed", "ما اضطر السلطات إلى إغلاق مطار \"باراخاس\" الدولي", "2021-01-08", "no own expression; the closure of Fri 8 Jan 2021 ('وتسبب في إغلاق مطار العاصمة' in the sentence of 'أمس الجمعة')"),
    ev("truckers-night-cuenca", "اضطر 300 منهم إلى قضاء الليل من الخميس إلى الجمعة", "2021-01-07", "'الليل من الخميس إلى الجمعة' = the night of Thu 7 - Fri 8 Jan 2021", end="2021-01-09"),
    ev("aemet-alert", "التي أعلنت حالة التأهب في كل المدن الإسبانية", ALERT[0], "no own expression; the warnings issued before and for the heavy snow of Fri 8 Jan 2021 (my span Thu 7 - Fri 8 Jan)", end=ALERT[1]),
    ev("saturday-snow-forecast", "من المتوقع أن تتساقط الثلوج بمعدل 20 سم اليوم السبت", "2021-01-09", "'اليوم السبت' = Sat 9 Jan 2021"),
])
art(S, "https://www.libyanews.co/world-news/417050.html",
    "2021-01-14", "no date line on the stored page; the body's 'أعلنت الحكومة الإسبانية، اليوم الخميس، عن حجم الخسائر' for the first damage estimate of about 1.4 billion euros, given by Madrid's mayor on Thu 14 Jan 2021 (14 Jan 2021 was a Thursday; iraqtoday.net carries the same report with 'اليوم الخميس'), gives Thu 14 Jan 2021; headline written from the body (the stored text has none)", False, """
خسائر العاصفة الثلجية فيلومينا في مدريد تبلغ 1.4 مليار يورو
كشفت الحكومة الإسبانية، اليوم الخميس، حجم الخسائر التي خلفتها العاصفة الثلجية في مدريد، مبينة أن قيمة الأضرار تصل إلى نحو 1.4 مليار يورو (1.7 مليار دولار) في أقل تقدير.
وكانت العاصفة الثلجية قد اجتاحت العاصمة الإسبانية بداية الأسبوع الماضي، فأغلقت الشركات وألحقت الضرر بالمباني وعطلت الخدمات.
وتسببت العاصفة "فيلومينا" في أكبر تساقط للثلوج على وسط هذا البلد الأوروبي منذ عقود، وأحدثت فوضى مع هبوط درجات الحرارة إلى مستويات قياسية.
ومن جهته، أكد خوسيه لويس مارتينيز ألميدا، عمدة مدريد، أن المدينة عاشت كارثة بسبب العاصفة، وأنها أثرت بشدة في الحياة الطبيعية والخدمات العامة، ما ألحق أضرارا جسيمة بالممتلكات الخاصة والنشاط الاقتصادي.
ودعا ألميدا الحكومة المركزية إلى إعلان مدريد منطقة كوارث، بما يعني تخصيص مساعدات طارئة لها.
""", [
    ev("damage-estimate", "كشفت الحكومة الإسبانية، اليوم الخميس، حجم الخسائر", "2021-01-14", "'اليوم الخميس' = Thu 14 Jan 2021"),
    ev("filomena-snowfall", "وكانت العاصفة الثلجية قد اجتاحت العاصمة الإسبانية بداية الأسبوع الماضي", SNOW[0], "'بداية الأسبوع الماضي' is loose; the storm's heavy snowfall on Madrid was Fri 8 - Sun 10 Jan 2021 (sauress/alweeam 'أمس الجمعة', 'اليوم السبت'; elbalad 'حتى يوم الأحد المقبل')", end=SNOW[1]),
    ev("almeida-statement", "أكد خوسيه لويس مارتينيز ألميدا، عمدة مدريد", "2021-01-14", "no own expression; the mayor spoke when the damage estimate was given, Thu 14 Jan 2021"),
    ev("disaster-zone-request", "ودعا ألميدا الحكومة المركزية إلى إعلان مدريد منطقة كوارث", "2021-01-14", "no own expression; the request made with the damage estimate, Thu 14 Jan 2021"),
])

# ---------------------------------------------------------------- afghanistan-cold-wave-jan-2023
S = "afghanistan-cold-wave-jan-2023"
COLD = ("2023-01-10", "2023-01-19")        # the cold wave from 10 Jan 2023 (deaths counted 'since 10 January'), still going on Wed 18 Jan
LIVESTOCK4000 = ("2023-01-10", "2023-01-17")  # the 4,000 head of livestock lost in the first week of the cold wave, up to Mon 16 Jan
art(S, "https://ar.lemaghreb.tn/شؤون-عربية-و-دولية/item/60846-مقتل-20-شخص-جراء-البرد-الشديد-في-أفغانستان",
    "2023-01-16", "the page's date line '17:41 16/01/2023' (Mon 16 Jan 2023); byline and view count dropped; headline kept from the page (grammar mended); the stored text starts in mid-sentence, the lead sentence is completed from the page's repeated opening", True, """
مقتل 20 شخصا جراء البرد الشديد في أفغانستان
قضى 20 شخصا على الأقل بسبب الصقيع الحاد الذي يضرب أنحاء أفغانستان، والذي أضر بآلاف الهكتارات من المحاصيل وبالثروة الحيوانية في عدد من الولايات الأفغانية.
وينحدر كثير من الضحايا من مجتمع رعاة الماشية.
وأوضح أحمد حنزالا، المتحدث باسم الحكومة المحلية، أن الهبوط الحاد في درجات الحرارة أدى إلى نفوق نحو أربعة آلاف رأس من الماشية، وفق ما نقلته وكالة "يوروبا برس" الإسبانية.
من جهة أخرى، نقل عشرات الأشخاص إلى المستشفيات في ولاية هرات غربي البلاد قرب الحدود مع إيران بسبب انخفاض حرارة أجسامهم، وكان بعضهم ضمن قافلة مهاجرين تعتزم العبور إلى إيران بطريقة غير قانونية.
وتسببت موجة البرد الجديدة في إغلاق منافذ الوصول إلى المناطق النائية في أفغانستان، التي تعاني أصلا نقصا في الأدوية والمواد الغذائية.
ولحقت أضرار بالغة بالمحاصيل الشتوية، ولا سيما الخضروات، ما زاد من حدة أزمة الغذاء في البلاد.
""", [
    ev("toll-20", "قضى 20 شخصا على الأقل", "2023-01-10", "no own expression; deaths in the cold wave from 10 Jan 2023 up to the report of Mon 16 Jan (my span 10-16 Jan)", end="2023-01-17"),
    ev("cold-wave", "الصقيع الحاد الذي يضرب أنحاء أفغانستان", COLD[0], "no own expression; the cold wave from 10 Jan 2023 (syria.tv of Thu 19 Jan: still on when the toll of 70 was given on Wed 18 Jan; my span 10-18 Jan)", end=COLD[1]),
    ev("livestock-4000", "أدى إلى نفوق نحو أربعة آلاف رأس من الماشية", LIVESTOCK4000[0], "no own expression; losses in the cold wave from 10 Jan 2023 up to the report of Mon 16 Jan (my span 10-16 Jan)", end=LIVESTOCK4000[1]),
    ev("herat-hypothermia", "نقل عشرات الأشخاص إلى المستشفيات في ولاية هرات", "2023-01-10", "no own expression; during the cold wave, before the report of Mon 16 Jan 2023 (my span 10-16 Jan)", end="2023-01-17"),
    ev("remote-access-cut", "إغلاق منافذ الوصول إلى المناطق النائية", "2023-01-10", "no own expression; during the cold wave, before the report of Mon 16 Jan 2023 (my span 10-16 Jan)", end="2023-01-17"),
])
art(S, "https://almowaten.net/2023/01/%d9%88%d9%81%d8%a7%d8%a9-35-%d8%b4%d8%ae%d8%b5%d9%8b%d8%a7-%d8%a8%d8%b3%d8%a8%d8%a8-%d8%a7%d9%84%d8%a8%d8%b1%d8%af-%d8%a7%d9%84%d9%82%d8%a7%d8%b1%d8%b3-%d9%81%d9%8a-%d8%a3%d9%81%d8%ba%d8%a7%d9%86",
    "2023-01-17", "the page's date line 'الثلاثاء ١٧ يناير ٢٠٢٣ الساعة ٤:٢٥ مساءً' (Tue 17 Jan 2023); the byline, the sub-headings and the summary line dropped; headline kept from the page; the last, truncated paragraph dropped", True, """
وفاة 35 شخصا بسبب البرد القارس في أفغانستان
تسبب الهبوط المفاجئ لدرجات الحرارة في مختلف أنحاء أفغانستان في مقتل 35 شخصا على الأقل، في ظل أزمة إنسانية متواصلة، إذ لا يعاني السكان هناك من نقص حاد في الغذاء فحسب، بل يفتقرون أيضا إلى المال لشراء وقود يدفئون به منازلهم مع تراجع درجات الحرارة.
وفي الأيام الستة الماضية، فارق أشخاص الحياة بسبب البرد في ولايتي بغلان وساري بل في الشمال، وفي قندهار جنوبا ونيمروز وبادغيس غربا.
وكان بين الضحايا خمسة أطفال على الأقل، إذ هبطت الحرارة إلى 35 درجة تحت الصفر ولم يكن لديهم مأوى ولا طعام.
وطالت موجة البرد كذلك مدمني المخدرات، فقد توفي ما لا يقل عن 23 منهم في مدن مختلفة.
وأصابت موجة البرد أيضا الثروة الحيوانية في مناطق عدة، ولا سيما في الولايات الشمالية، حيث نفق ما لا يقل عن 4000 رأس من الماشية، بينها مئات الأغنام والماعز والأبقار.
""", [
    ev("cold-wave", "تسبب الهبوط المفاجئ لدرجات الحرارة في مختلف أنحاء أفغانستان", COLD[0], "no own expression; the cold wave from 10 Jan 2023, still on on Wed 18 Jan (my span 10-18 Jan)", end=COLD[1]),
    ev("toll-35", "وفي الأيام الستة الماضية، فارق أشخاص الحياة بسبب البرد", "2023-01-11", "'في الأيام الستة الماضية' from Tue 17 Jan 2023 = about Wed 11 - Mon 16 Jan", end="2023-01-17"),
    ev("children-deaths", "وكان بين الضحايا خمسة أطفال على الأقل", "2023-01-11", "no own expression; among the deaths of the past six days (Wed 11 - Mon 16 Jan 2023)", end="2023-01-17"),
    ev("addicts-deaths", "توفي ما لا يقل عن 23 منهم في مدن مختلفة", "2023-01-11", "no own expression; among the deaths of the past six days (Wed 11 - Mon 16 Jan 2023)", end="2023-01-17"),
    ev("livestock-4000", "نفق ما لا يقل عن 4000 رأس من الماشية", LIVESTOCK4000[0], "no own expression; the same 4,000 head reported on Mon 16 Jan 2023 (lemaghreb), lost in the cold wave from 10 Jan (my span 10-16 Jan)", end=LIVESTOCK4000[1]),
])
art(S, "https://www.syria.tv/33-%D8%AF%D8%B1%D8%AC%D8%A9-%D8%AA%D8%AD%D8%AA-%D8%A7%D9%84%D8%B5%D9%81%D8%B1-70-%D9%88%D9%81%D8%A7%D8%A9-%D9%81%D9%8A-%D8%A3%D9%81%D8%BA%D8%A7%D9%86%D8%B3%D8%AA%D8%A7%D9%86-%D9%85%D9%86-%D8%AC%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%A8%D8%B1%D8%AF-%D8%A7%D9%84%D9%82%D8%A7%D8%B1%D8%B3-%D9%81%D9%8A%D8%AF%D9%8A%D9%88",
    "2023-01-19", "no date line in the stored text; the body's 'مساء أمس الأربعاء' for the ministry's toll of 70, given on Wed 18 Jan 2023 (radioalgerie, stamped 19/01/2023: 'أعلنت السلطات الأفغانية أمس الأربعاء عن وفاة 70 شخصا'), gives Thu 19 Jan 2023 (18 Jan 2023 was a Wednesday); the embedded Persian tweets dropped; headline rendered from the URL slug; no date of its own apart from 'أمس الأربعاء'", False, """
33 درجة تحت الصفر.. 70 وفاة في أفغانستان جراء البرد القارس
أفادت وزارة إدارة الكوارث الأفغانية، مساء أمس الأربعاء، بأن 70 شخصا على الأقل لقوا حتفهم خلال أسبوع بسبب موجة البرد القارس، في بلد يعاني واحدة من أشد الأزمات الإنسانية في العالم.
وأدت الثلوج الكثيفة إلى قطع الطرق في ولايات عدة بوسط أفغانستان وشمالها، في حين سجلت ولاية غور وسط البلاد أدنى درجات الحرارة، إذ بلغت 33 تحت الصفر خلال نهاية الأسبوع.
وأوضحت الوزارة أن العواصف الثلجية أدت كذلك إلى نفوق قرابة 70 ألف رأس من الماشية التي يعتمد عليها كثير من الأفغان في تأمين معيشتهم.
""", [
    ev("ministry-70-announcement", "أفادت وزارة إدارة الكوارث الأفغانية، مساء أمس الأربعاء", "2023-01-18", "'مساء أمس الأربعاء' in an article of Thu 19 Jan 2023 = Wed 18 Jan"),
    ev("toll-70", "70 شخصا على الأقل لقوا حتفهم خلال أسبوع", "2023-01-11", "'خلال أسبوع' before Wed 18 Jan 2023 = about Wed 11 - Wed 18 Jan", end="2023-01-19"),
    ev("cold-wave", "بسبب موجة البرد القارس", COLD[0], "no own expression; the cold wave from 10 Jan 2023 (alepponews: temperatures falling since 10 January), still on on Wed 18 Jan (my span 10-18 Jan)", end=COLD[1]),
    ev("ghor-minus-33", "إذ بلغت 33 تحت الصفر خلال نهاية الأسبوع", "2023-01-14", "'خلال نهاية الأسبوع' before Wed 18 Jan 2023 = Sat 14 - Sun 15 Jan (alepponews: 'يومي 14 و15 من الشهر الجاري')", end="2023-01-16"),
    ev("livestock-70000", "نفوق قرابة 70 ألف رأس من الماشية", COLD[0], "no own expression; losses in the cold wave from 10 Jan up to the ministry's toll of Wed 18 Jan 2023 (my span 10-18 Jan)", end=COLD[1]),
])

# ---------------------------------------------------------------- usa-texas-winter-storm-blackouts-2021
S = "usa-texas-winter-storm-blackouts-2021"
FREEZE = ("2021-02-14", "2021-02-20")      # the arctic blast over Texas, from Sun 14 Feb 2021 ('منذ مطلع الأسبوع الجاري') to the thaw of Fri 19 Feb
BLACKOUT = ("2021-02-15", "2021-02-19")    # the rolling blackouts from early Mon 15 Feb 2021 until power was mostly back on Thu 18 Feb
art(S, "https://imlebanon.org/2021/02/16/texas-storm-death",
    "2021-02-16", "the date in the page's address '/2021/02/16/' (Tue 16 Feb 2021), matching the body's 'الثلاثاء' for the five deaths (16 Feb 2021 was a Tuesday); headline written from the body (the stored text has none)", True, """
مقتل خمسة أشخاص في موجة صقيع نادرة تضرب تكساس
لقي خمسة أشخاص حتفهم، الثلاثاء، جراء موجة صقيع نادرة تضرب جنوب الولايات المتحدة منذ مطلع الأسبوع الجاري، ترافقها رياح قطبية تسببت في هبوط حاد لدرجات الحرارة.
وذكر قائد شرطة هيوستن، آرت أسيفيدو، في تغريدة على "تويتر"، أن وفاة شخص آخر ربما نجمت عن التعرض لدرجات حرارة شديدة الانخفاض.
وأدت العواصف الجليدية والبرد القارس إلى قطع الكهرباء عن أكثر من أربعة ملايين نسمة في ولاية تكساس، في ظل ارتفاع الاستهلاك خلال موجة البرد الشديدة.
وأعلن الرئيس الأميركي جو بايدن حالة الطوارئ، وقرر إرسال مساعدات اتحادية إلى ولاية تكساس، حيث تراوحت درجات الحرارة بين درجتين و22 درجة تحت الصفر.
""", [
    ev("five-deaths-tuesday", "لقي خمسة أشخاص حتفهم، الثلاثاء", "2021-02-16", "'الثلاثاء' = Tue 16 Feb 2021, the day of the report"),
    ev("texas-cold-wave", "موجة صقيع نادرة تضرب جنوب الولايات المتحدة منذ مطلع الأسبوع الجاري", FREEZE[0], "'منذ مطلع الأسبوع الجاري' from Tue 16 Feb 2021 = since Sun 14 Feb; the freeze lasted until the thaw of Fri 19 Feb (my span 14-19 Feb)", end=FREEZE[1]),
    ev("acevedo-tweet", "وذكر قائد شرطة هيوستن، آرت أسيفيدو", "2021-02-15", "no own expression; the police chief's tweet before the report of Tue 16 Feb 2021 (my span Mon 15 - Tue 16 Feb)", end="2021-02-17"),
    ev("power-outages", "قطع الكهرباء عن أكثر من أربعة ملايين نسمة", BLACKOUT[0], "no own expression; the blackouts began early on Mon 15 Feb 2021 and power was mostly back on Thu 18 Feb (my span 15-18 Feb)", end=BLACKOUT[1]),
    ev("biden-emergency", "وأعلن الرئيس الأميركي جو بايدن حالة الطوارئ", "2021-02-14", "no own expression; Biden's emergency declaration for Texas of Sun 14 Feb 2021 (before the major-disaster declaration of Fri 19 Feb)"),
])
art(S, "https://www.masress.com/albawabh/4271413",
    "2021-02-18", "no date line on the stored page; the body's 'أمس الأربعاء' for the officials' warning of a new wave of rain and snow within 24 hours (Wed 17 Feb 2021, in the week of the Texas freeze) gives Thu 18 Feb 2021 (17 Feb 2021 was a Wednesday); an albawabh report carried by masress; headline written from the body (the stored text has none)", False, """
كارثة في تكساس.. البرد الشديد يقطع الكهرباء والمياه عن الملايين
تعيش ولاية تكساس الأمريكية كارثة حقيقية بسبب موجة الطقس البارد التي ضربت البلاد، والتي أدت إلى قطع التيار الكهربائي عن الملايين في الولاية.
وحذرت السلطات من أن تواجه الولاية كوارث جديدة بسبب سوء الطقس، في حين تعاني أصلا من جائحة فيروس كورونا المستجد.
ودعت السلطات المواطنين إلى غلي مياه الشرب، نظرا لاستمرار انقطاع إمدادات الطاقة عن محطات المعالجة.
وتوفي نحو 24 شخصا بسبب البرد الشديد، ويقول مسؤولون إنهم يرجحون وفاة كثيرين غيرهم لم يعثر على جثثهم بعد.
وانقطعت المياه عن أكثر من 12 مليون شخص في الولاية، كما انقطعت الكهرباء عن 2.7 مليون أسرة في تكساس.
وطلب المسؤولون أمس الأربعاء من سكان المناطق الأعلى كثافة سكانية في الولاية الاستعداد لموجة جديدة من الأمطار وتساقط الثلوج خلال 24 ساعة.
""", [
    ev("texas-cold-wave", "بسبب موجة الطقس البارد التي ضربت البلاد", FREEZE[0], "no own expression; the freeze from Sun 14 Feb 2021 (imlebanon of Tue 16: 'منذ مطلع الأسبوع الجاري') to the thaw of Fri 19 Feb (my span 14-19 Feb)", end=FREEZE[1]),
    ev("boil-water-notice", "ودعت السلطات المواطنين إلى غلي مياه الشرب", "2021-02-16", "no own expression; the boil-water notices issued after the water plants lost power, before the report of Thu 18 Feb 2021 (my span Tue 16 - Thu 18 Feb)", end="2021-02-19"),
    ev("toll-24", "وتوفي نحو 24 شخصا بسبب البرد الشديد", "2021-02-11", "no own expression; deaths during the storm, from its start on Thu 11 Feb 2021 (the federal declarations' 'بدأت في 11 فبراير') to the report of Thu 18 Feb (my span 11-18 Feb)", end="2021-02-19"),
    ev("water-outages", "وانقطعت المياه عن أكثر من 12 مليون شخص في الولاية", "2021-02-16", "no own expression; the water cuts that followed the blackouts, up to the report of Thu 18 Feb 2021 (my span Tue 16 - Thu 18 Feb)", end="2021-02-19"),
    ev("power-outages", "كما انقطعت الكهرباء عن 2.7 مليون أسرة في تكساس", BLACKOUT[0], "no own expression; the blackouts of Mon 15 - Thu 18 Feb 2021 (the figure of 2.7 million households is of Wed 17 Feb)", end=BLACKOUT[1]),
    ev("new-storm-warning", "وطلب المسؤولون أمس الأربعاء من سكان", "2021-02-17", "'أمس الأربعاء' in an article of Thu 18 Feb 2021 = Wed 17 Feb"),
])
art(S, "https://www.copts-united.com/Article.php?I=4373&A=649395",
    "2021-02-20", "no date line on the stored page; the body's 'أعلن البيت الأبيض، اليوم السبت، أن بايدن أعلن وقوع كارثة كبرى في تكساس، أمس الجمعة' for the major-disaster declaration, announced by the White House on Sat 20 Feb 2021 (20 Feb 2021 was a Saturday; alwakeelnews: 'في بيان أصدره اليوم السبت أن بايدن أقر أمس'), gives Sat 20 Feb 2021; headline written from the body (the stored text has none)", False, """
بايدن يعلن تكساس منطقة كارثة كبرى بعد موجة الصقيع
فتح الرئيس الأمريكي جو بايدن الباب أمام مزيد من المساعدات الاتحادية لولاية تكساس، إثر موجة صقيع وطقس شتوي بالغ القسوة على نحو غير مألوف في الولاية.
وأفاد البيت الأبيض، اليوم السبت، بأن بايدن أعلن وقوع كارثة كبرى في تكساس، أمس الجمعة، وهو ما يتيح لسكان المقاطعات الأشد تضررا التقدم بطلبات للحصول على منح للسكن المؤقت أو لإصلاح المنازل، إلى جانب قروض ميسرة التكلفة.
وتسبب الطقس البارد والثلوج الكثيفة في مشكلات في إمدادات الكهرباء ومياه الشرب في تكساس هذا الأسبوع.
وفي بعض الأحيان انقطعت الكهرباء عن نحو أربعة ملايين شخص في الولاية الواقعة جنوب البلاد، وأبلغت السلطات المحلية عن عدة وفيات مرتبطة بالطقس الشتوي القاسي.
""", [
    ev("texas-cold-wave", "إثر موجة صقيع وطقس شتوي بالغ القسوة", FREEZE[0], "no own expression; the freeze from Sun 14 Feb 2021 (imlebanon: 'منذ مطلع الأسبوع الجاري' on Tue 16) to the thaw of Fri 19 Feb (my span 14-19 Feb)", end=FREEZE[1]),
    ev("white-house-announcement", "وأفاد البيت الأبيض، اليوم السبت", "2021-02-20", "'اليوم السبت' = Sat 20 Feb 2021"),
    ev("major-disaster-declaration", "بأن بايدن أعلن وقوع كارثة كبرى في تكساس، أمس الجمعة", "2021-02-19", "'أمس الجمعة' from Sat 20 Feb 2021 = Fri 19 Feb"),
    ev("utility-failures", "مشكلات في إمدادات الكهرباء ومياه الشرب في تكساس هذا الأسبوع", "2021-02-15", "'هذا الأسبوع' from Sat 20 Feb 2021 = the week of Mon 15 - Fri 19 Feb (blackouts from Mon 15, water cuts from Tue 16)", end="2021-02-20"),
    ev("power-outages", "انقطعت الكهرباء عن نحو أربعة ملايين شخص", BLACKOUT[0], "no own expression; the blackouts of Mon 15 - Thu 18 Feb 2021 (the peak of about four million on Mon 15 - Tue 16)", end=BLACKOUT[1]),
    ev("weather-deaths", "وأبلغت السلطات المحلية عن عدة وفيات", "2021-02-11", "no own expression; deaths during the storm, from its start on Thu 11 Feb 2021 to the report of Sat 20 Feb (my span 11-19 Feb)", end="2021-02-20"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 454
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

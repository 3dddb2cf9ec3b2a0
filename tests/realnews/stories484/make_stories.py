"""Builds stories.jsonl: the 484-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: earthquakes and volcanic eruptions (not the February 2023
Turkey-Syria earthquake, not the September 2023 Al Haouz earthquake).
Stories: the Durres / Thumane earthquake (Albania, November 2019), the eruption of the Taal volcano
(Philippines, January 2020), the Sunda Strait tsunami caused by Anak Krakatau (Indonesia, December 2018), and
the Puebla-Morelos earthquake of 19 September (Mexico, September 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- albania-durres-thumane-earthquake-2019
S = "albania-durres-thumane-earthquake-2019"
QUAKE = "2019-11-26"                       # the M6.4 quake struck before 4 a.m. local time on Tue 26 Nov 2019
art(S, "https://almethaqnews.com/news34329.html",
    "2019-11-26", "no date line in the stored text; the body's 'فجر اليوم الثلاثاء' for the quake of Tue 26 Nov 2019 (26 Nov 2019 was a Tuesday) and the first toll of 6 dead give Tue 26 Nov 2019; the related-link line 'سقوط ثلاثة قتلى نتيجة الزلزال في ألبانيا' dropped; the last sentence is truncated in the stored text ('بالتوق...'), its clock time 'عند الساعة الرابعة فجرا' kept and the cut word dropped; headline written from the body (the stored text has none)", True, """
ستة قتلى ومئات المصابين في أقوى زلزال يضرب ألبانيا منذ عقود
أعلنت السلطات الألبانية مقتل 6 أشخاص وإصابة ما لا يقل عن 300 آخرين فجر اليوم الثلاثاء، جراء أعنف زلزال تشهده البلاد منذ عقود.
وذكرت متحدثة باسم وزارة الدفاع أنه عُثر على جثتي امرأتين تحت ركام مبنى سكني في قرية ثوماني شمالي البلاد، فيما لقي رجل حتفه في بلدة كوربين بعدما أصابته نوبة ذعر فقفز من مبنى.
وأوضحت الوزارة أن ثلاث جثث أخرى انتُشلت من تحت ركام مبنى انهار في مدينة دوريس، في حين أفادت وسائل إعلام محلية بالعثور على جثتين أخريين في منطقة غولم جنوبي دوريس.
وأظهرت مقاطع مصورة نُشرت على مواقع التواصل الاجتماعي، ولم يتسن التأكد من صحتها، ما يبدو أنه مبنى منهار في دوريس المطلة على البحر الأدرياتيكي على مسافة 40 كيلومترا غربي العاصمة، بينما أظهرت مقاطع أخرى مباني تشققت جدرانها بشدة، ومنها شقة سكنية انهارت معظم جدران غرفة نومها.
وقالت المتحدثة باسم وزارة الدفاع للصحفيين إن "رجال الإطفاء وعناصر الجيش يساعدون السكان (العالقين) تحت الركام" في دوريس وثوماني.
وعرضت عدة دول من البلقان، منها اليونان وصربيا ومقدونيا الشمالية والجبل الأسود وبلغاريا، إلى جانب تركيا، تقديم المساعدة للحكومة الألبانية.
وأفادت هيئة المسح الجيولوجي الأمريكية بأن قوة الزلزال بلغت 6.4 درجة وأنه وقع عند الساعة الرابعة فجرا.
""", [
    ev("quake", "جراء أعنف زلزال تشهده البلاد منذ عقود", QUAKE, "'فجر اليوم الثلاثاء' = Tue 26 Nov 2019 (the quake struck at about 4 a.m. local time, 'عند الساعة الرابعة فجرا')"),
    ev("first-toll-6", "أعلنت السلطات الألبانية مقتل 6 أشخاص", QUAKE, "'فجر اليوم الثلاثاء' and the article's day: the first toll of the morning of Tue 26 Nov 2019"),
    ev("thumane-bodies", "عُثر على جثتي امرأتين تحت ركام مبنى سكني", QUAKE, "no own expression; the bodies found in Thumane on the morning of the quake, Tue 26 Nov 2019 (the day of the report)"),
    ev("kurbin-man-jumped", "لقي رجل حتفه في بلدة كوربين", QUAKE, "no own expression; the man panicked and jumped during the quake of Tue 26 Nov 2019"),
    ev("durres-building-collapse", "من تحت ركام مبنى انهار في مدينة دوريس", QUAKE, "no own expression; the building in Durres collapsed in the quake of Tue 26 Nov 2019"),
    ev("balkan-aid-offers", "وعرضت عدة دول من البلقان", QUAKE, "no own expression; the offers of help made on the day of the quake, Tue 26 Nov 2019 (the day of the report)"),
])
art(S, "https://elmostaqbal.com/?p=283800",
    "2019-11-28", "no date line in the stored text; the body's 'أمس الأول الثلاثاء' and 'قبل يومين' for the quake of Tue 26 Nov 2019 give Thu 28 Nov 2019 (28 Nov 2019 was a Thursday); 'أعلنت أمس حالة الطوارئ' then falls on Wed 27 Nov; headline written from the body (the stored text has none)", True, """
ألبانيا: حصيلة الزلزال ترتفع إلى 39 قتيلا وانتهاء البحث في ثومين
كشف رئيس الوزراء الألباني إيدي راما عن ارتفاع عدد ضحايا الزلزال المدمر الذي هز البلاد قبل يومين إلى 39 قتيلا.
وأعلنت السلطات الألبانية إنهاء عمليات البحث والإنقاذ في بلدة "ثومين"، إذ لا يُرجح وجود مزيد من المفقودين تحت الركام.
أما في بلدة "دوريس" فتتواصل هذه العمليات، والبلدتان هما الأشد تضررا من الزلزال الذي ضرب البلاد أمس الأول الثلاثاء بقوة 4ر6 درجة على مقياس ريختر، وخلّف أكثر من 650 مصابا.
وكانت السلطات الألبانية قد أعلنت أمس حالة الطوارئ في المناطق الأكثر تضررا، ويُعد هذا الزلزال الأعنف في البلاد منذ عقود، وقد وقع بعد شهرين فقط من زلزال آخر دمر مئات المنازل والمنشآت.
""", [
    ev("toll-39", "كشف رئيس الوزراء الألباني إيدي راما عن ارتفاع عدد ضحايا", "2019-11-28", "no own expression; the toll of 39 announced on the day of the report, Thu 28 Nov 2019 ('قبل يومين' after the quake)"),
    ev("quake", "من الزلزال الذي ضرب البلاد أمس الأول الثلاثاء", QUAKE, "'أمس الأول الثلاثاء' in an article of Thu 28 Nov 2019 = Tue 26 Nov"),
    ev("thumane-search-ended", "إنهاء عمليات البحث والإنقاذ في بلدة \"ثومين\"", "2019-11-28", "no own expression; announced on the day of the report, Thu 28 Nov 2019"),
    ev("state-of-emergency", "قد أعلنت أمس حالة الطوارئ", "2019-11-27", "'أمس' from Thu 28 Nov 2019 = Wed 27 Nov"),
    ev("september-2019-quake", "بعد شهرين فقط من زلزال آخر", "2019-09-21", "'بعد شهرين فقط' = the M5.6 quake near Durres of Sat 21 Sep 2019 (known from the story; the text gives only the distance in time)"),
])
art(S, "https://ramallah.news/post/141705/لقيت-مصرعها-في-الزلزال-نجل-رئيس-الوزراء-الألباني-ينعي-خطيبته",
    "2019-11-29", "no date in the stored text; the body's 'الجمعة، بعد ثلاثة أيام من زلزال' (rescuers still searching the hotel on Friday, three days after the quake of Tue 26 Nov 2019) and Rama's toll of 49 with 5000 displaced, which akhbaralaan (URL dated 2019/11/29) reports as given on 'الجمعة', put it on Fri 29 Nov 2019 (29 Nov 2019 was a Friday); the site's name line dropped; headline rendered from the URL slug; the last, truncated words ('ومناطق محيط...') dropped", False, """
لقيت مصرعها في الزلزال.. نجل رئيس الوزراء الألباني ينعى خطيبته
لقيت خطيبة نجل رئيس الوزراء الألباني حتفها في الزلزال القوي الذي ضرب البلاد، الثلاثاء، وقتل العشرات.
وأكد مكتب رئيس الوزراء إيدي راما أن كريستي ريتشي قُتلت مع والديها وشقيقها حين انهار أحد المباني في مدينة دوريس الساحلية.
وأكد غريغور راما، نجل رئيس الوزراء، من جهته على انستغرام وفاة خطيبته.
وكتب غريغور أن "أقرب إنسان إلى قلبي كان بين ضحايا هذه المأساة"، مضيفا أن جثة خطيبته وُجدت مع جثث والديها وشقيقها تحت الركام.
وكان زلزال قوي شدته 6.4 درجة قد ضرب ألبانيا، ووقعت بعد الزلزال أكثر من 500 هزة ارتدادية فاقت شدة بعضها خمس درجات، فيما ارتفع عدد القتلى إلى 49.
وقال رئيس الوزراء إن 25 شخصا قضوا في دورس و23 في ثوماني شمالي البلاد وشخصا واحدا في بلدة لاك.
وأضاف أن الزلزال ألحق أضرارا بالغة بأكثر من 700 منزل في دورس ودمر 12 منها، وأحدث شقوقا وتصدعات في أكثر من 200 مبنى سكني.
وأشار راما إلى أن الزلزال شرد أكثر من 5000 شخص، يُؤوَون في فنادق ومدارس وقاعات رياضية وملاجئ مؤقتة أخرى.
وبحث عمال الإنقاذ في ألبانيا عن ناجين محتملين تحت ركام فندق مطل على البحر الأدرياتيكي، الجمعة، بعد ثلاثة أيام من زلزال دمر المبنى المؤلف من ستة طوابق ومباني أخرى كثيرة في مدينة دورس الساحلية.
""", [
    ev("fiancee-killed", "لقيت خطيبة نجل رئيس الوزراء الألباني حتفها", QUAKE, "no own expression; she was killed in the quake of 'الثلاثاء' = Tue 26 Nov 2019"),
    ev("quake", "في الزلزال القوي الذي ضرب البلاد، الثلاثاء", QUAKE, "'الثلاثاء' = Tue 26 Nov 2019 (the Tuesday three days before the Friday of the report)"),
    ev("aftershocks", "ووقعت بعد الزلزال أكثر من 500 هزة ارتدادية", QUAKE, "no own expression; the aftershocks from the quake of Tue 26 Nov 2019 up to the report of Fri 29 Nov (my span)", end="2019-11-30"),
    ev("toll-49", "فيما ارتفع عدد القتلى إلى 49", "2019-11-29", "no own expression; Rama's toll of 49 given on Fri 29 Nov 2019 (akhbaralaan: 'أكّد رئيس الوزراء الألباني، إيدي راما، الجمعة، قتل 49 شخصاً')"),
    ev("durres-building-collapse", "زلزال دمر المبنى المؤلف من ستة طوابق", QUAKE, "no own expression; the hotel building in Durres collapsed in the quake of Tue 26 Nov 2019 ('بعد ثلاثة أيام' before Friday)"),
    ev("hotel-search-friday", "وبحث عمال الإنقاذ في ألبانيا عن ناجين محتملين", "2019-11-29", "'الجمعة' = Fri 29 Nov 2019, 'بعد ثلاثة أيام' from the quake of Tue 26 Nov"),
])

# ---------------------------------------------------------------- philippines-taal-eruption-2020
S = "philippines-taal-eruption-2020"
ERUPT = "2020-01-12"                       # Taal began to erupt (ash column of 15 km) on Sun 12 Jan 2020
art(S, "https://www.masress.com/ahramgate/2348441",
    "2020-01-13", "no date line in the stored text; the body's 'اليوم الاثنين' for the start of the lava fountaining and 'أمس الأحد' for the ash column of Sun 12 Jan 2020 give Mon 13 Jan 2020 (13 Jan 2020 was a Monday); an al-Ahram gate report carried by masress; the last, truncated sentence ('وأغلقت المكاتب الحك...') shortened to its complete first clause; headline written from the body (the stored text has none)", True, """
بركان تال قرب مانيلا يبدأ قذف الحمم وتحذير من ثوران انفجاري
شرع بركان قريب من العاصمة الفلبينية مانيلا اليوم الاثنين في قذف حممه، فيما نبّه المعهد المختص في البلاد إلى "نشاط بركاني إضافي" قد يطال مئات الآلاف من السكان.
ورصد المعهد الفلبيني لعلوم البراكين والزلازل 75 زلزالا بركانيا على الأقل خلال الليلة الماضية مصدرها بركان تال الواقع في مقاطعة باتانجاس، على بعد 66 كيلومترا جنوبي مانيلا.
وكان نحو 45 ألف شخص قد أُجلوا فعلا من المناطق المهددة في اليوم السابق، جراء تساقط الرماد الكثيف والحصى الصغيرة على البلدات المجاورة.
ويرجح المسؤولون أن يُضطر 200 ألف شخص على الأقل إلى النزوح إذا اشتد الثوران، مشيرين إلى احتمال وقوع "ثوران انفجاري خطير" في غضون ساعات أو أيام.
وقال المعهد في نشرة إن "هذا النشاط الزلزالي الكثيف قد يدل على تسلل مستمر للصهارة تحت بركان تال، وهو ما قد يفضي إلى مزيد من النشاط الانفجاري".
وكان البركان قد أطلق أمس الأحد سحابة هائلة من الرماد الأبيض والرمادي بلغ ارتفاعها 15 كيلومتراً، ترافقها صواعق برق فوق فوهة تال الرئيسية.
وعلّق مطار مانيلا الدولي عملياته خلال الليل بسبب تساقط الرماد، وأُلغيت أكثر من 100 رحلة دولية وداخلية، كما عُلّقت الدراسة.
""", [
    ev("lava-fountaining", "شرع بركان قريب من العاصمة الفلبينية مانيلا", "2020-01-13", "'اليوم الاثنين' = Mon 13 Jan 2020"),
    ev("volcanic-quakes-75", "ورصد المعهد الفلبيني لعلوم البراكين والزلازل 75 زلزالا بركانيا", ERUPT, "'خلال الليلة الماضية' from Mon 13 Jan 2020 = the night of Sun 12 - Mon 13 Jan", end="2020-01-14"),
    ev("evacuation-45000", "نحو 45 ألف شخص قد أُجلوا فعلا", ERUPT, "'في اليوم السابق' from Mon 13 Jan 2020 = Sun 12 Jan, the day the eruption began"),
    ev("eruption-begins", "أطلق أمس الأحد سحابة هائلة من الرماد", ERUPT, "'أمس الأحد' in an article of Mon 13 Jan 2020 = Sun 12 Jan"),
    ev("manila-airport-suspended", "وعلّق مطار مانيلا الدولي عملياته خلال الليل", ERUPT, "'خلال الليل' = the night of Sun 12 - Mon 13 Jan 2020, after the ashfall of Sunday", end="2020-01-14"),
])
art(S, "http://ghorbanews.com/newsdetails.aspx?id=45115",
    "2020-01-14", "no date line in the stored text; the body's 'اليوم الثلاثاء' and 'لليوم الثالث منذ بداية ثورانه يوم الأحد' (the eruption of Sun 12 Jan 2020) give Tue 14 Jan 2020 (14 Jan 2020 was a Tuesday); the source line 'المصدر / وكالات - هيا' dropped; headline written from the body (the stored text has none)", True, """
الفلبين تحذر النازحين من العودة إلى محيط بركان تال
نبّهت السلطات الفلبينية، اليوم الثلاثاء، السكان الذين هربوا من بيوتهم قرب بركان ثائر إلى عدم الرجوع إليها، لأن أحداثا بركانية خطيرة أخرى قد تقع في غضون أيام.
ويواصل بركان "تال" في إقليم باتانجاس، على بعد 66 كيلومترا جنوبي مانيلا، قذف الحمم وأعمدة الرماد بصورة متقطعة لليوم الثالث منذ بداية ثورانه يوم الأحد.
وأفاد مسؤولون محليون بأن نحو 45 ألفا من السكان أُجلوا من منازلهم المحيطة بالبركان.
غير أن مجموع السكان المقيمين في دائرة نصف قطرها 14 كيلومترا والمعرضين للخطر يبلغ 460 ألفا، بحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية.
وقد ثار بركان تال، ثاني أنشط البراكين في الفلبين، 33 مرة من قبل، وكان أكبر ثوران له في أكتوبر 1977.
""", [
    ev("no-return-warning", "نبّهت السلطات الفلبينية، اليوم الثلاثاء", "2020-01-14", "'اليوم الثلاثاء' = Tue 14 Jan 2020"),
    ev("eruption-begins", "منذ بداية ثورانه يوم الأحد", ERUPT, "'يوم الأحد' = Sun 12 Jan 2020, two days before the Tuesday of the report"),
    ev("lava-ash-third-day", "قذف الحمم وأعمدة الرماد بصورة متقطعة لليوم الثالث", ERUPT, "'لليوم الثالث منذ بداية ثورانه يوم الأحد' = Sun 12 - Tue 14 Jan 2020", end="2020-01-15"),
    ev("evacuation-45000", "نحو 45 ألفا من السكان أُجلوا", ERUPT, "no own expression; the evacuation of about 45,000 on Sun 12 Jan 2020 (ahram of Mon 13: 'في اليوم السابق')"),
    ev("eruption-1977", "وكان أكبر ثوران له في أكتوبر 1977", "1977-10-01", "'أكتوبر 1977' = the month of October 1977 (the month only)", end="1977-11-01"),
])
art(S, "https://elaph.com/Web/News/2020/01/1278677.html",
    "2020-01-16", "no date line in the stored text (the URL gives only the month, 2020/01); the body's 'حذّرت السلطات الفلبينية الخميس' with 'بعدما نشط البركان الأحد' (Sun 12 Jan 2020) and the lull after the ash emission stopped, which elfagr reports with the same words of Maria Antonia Bornas as of 'اليوم الخميس' (a Reuters report of that day), put it on Thu 16 Jan 2020 (16 Jan 2020 was a Thursday); the last, truncated sentence ('ويعد ا...') dropped; the garbled 'لكنه لم قبلها هامداً تماماً' rendered as 'لكنه لم يخمد تماما'; headline written from the body (the stored text has none)", False, """
الفلبين: خطر بركان تال لا يزال مرتفعا رغم توقفه عن قذف الرماد
تاجاياتاي: نبّهت السلطات الفلبينية الخميس إلى أن خطر تسبب بركان تال بكارثة نتيجة ثورانه ما زال مرتفعا، موضحة أنه يبدي مؤشرات مقلقة مع أنه كف عن قذف الرماد.
وتضرب المنطقة عشرات الزلازل كل يوم، مسببة تشققات عميقة في الأرض، وهو ما يدل على أن الصهارة القادرة على إحداث ثوران كبير ما زالت تتحرك تحت البركان.
وتبذل السلطات جهودا كبيرة لإبقاء قرابة 50 ألف شخص في الملاجئ التي لجؤوا إليها بعدما نشط البركان الأحد، بعيدا عن منطقة الخطر المحيطة به.
ويسعى السكان إلى الرجوع إلى البيوت التي هجروها لتبديل ثيابهم وإطعام مواشيهم وحيواناتهم الأليفة وتفقد ممتلكاتهم التي أصابتها الشقوق أو كساها الرماد الكثيف.
وقالت ماريا أنتونيا بورناس، العالمة في وكالة الزلازل الفلبينية، للصحافيين: "نرجو أن تتيحوا لنا مراقبة فترة سكون البركان في الوقت الراهن. نسعى إلى فهم دلالتها". وتابعت أن "الهدوء الطويل قد لا يكون سوى استراحة من النشاط البركاني. والخطر لا يزال قائما".
وتحذر السلطات منذ الأحد من أن البركان الواقع جنوبي مانيلا، وهو من أنشط براكين البلاد، قد يثور بعنف في غضون "ساعات أو أيام".
وكان آخر ثوران لبركان تال عام 1977، لكنه لم يخمد تماما. وأودى ثورانه سنة 1965 بحياة نحو مئتي شخص.
""", [
    ev("threat-still-high-warning", "نبّهت السلطات الفلبينية الخميس", "2020-01-16", "'الخميس' = Thu 16 Jan 2020, the Thursday after the eruption of Sun 12 Jan"),
    ev("eruption-begins", "بعدما نشط البركان الأحد", ERUPT, "'الأحد' = Sun 12 Jan 2020"),
    ev("bornas-briefing", "وقالت ماريا أنتونيا بورناس", "2020-01-16", "no own expression; her briefing of Thu 16 Jan 2020 (elfagr 'اليوم الخميس' with the same quotation)"),
    ev("explosive-eruption-warnings", "وتحذر السلطات منذ الأحد", ERUPT, "'منذ الأحد' = from Sun 12 Jan 2020 up to the Thursday of the report, Thu 16 Jan", end="2020-01-17"),
    ev("eruption-1977", "وكان آخر ثوران لبركان تال عام 1977", "1977-10-01", "'عام 1977' = the eruption of 1977, October 1977 (ghorbanews: 'في أكتوبر 1977'); the month only", end="1977-11-01"),
    ev("eruption-1965", "وأودى ثورانه سنة 1965", "1965-09-28", "'سنة 1965' = the deadly eruption of 28-30 Sep 1965 (known from the story's background, not from the text)", end="1965-10-01"),
])

# ---------------------------------------------------------------- indonesia-sunda-strait-anak-krakatau-tsunami-2018
S = "indonesia-sunda-strait-anak-krakatau-tsunami-2018"
TSUNAMI = "2018-12-22"                     # the tsunami hit the Sunda Strait coasts at about 21:30 local time on Sat 22 Dec 2018
art(S, "https://www.tahrirnews.com/Story/1212447/%D8%AA%D8%B3%D9%88%D9%86%D8%A7%D9%85%D9%8A-%D8%A5%D9%86%D8%AF%D9%88%D9%86%D9%8A%D8%B3%D9%8A%D8%A7-%D9%85%D9%82%D8%AA%D9%84-222-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%88%D9%85%D8%B3%D8%A7%D8%B9%D8%AF%D8%A7%D8%AA-%D8%A3%D8%B3%D8%AA%D8%B1%D8%A7%D9%84%D9%8A%D8%A9/%D8%B9%D8%A7%D9%84%D9%85",
    "2018-12-23", "the page's date line 'تحرير:فاطمة واصل ٢٣ ديسمبر ٢٠١٨ - ٠١:٢٢ م' (dropped from the text, it is the byline) and the body's 'مساء أمس السبت' for the tsunami of Sat 22 Dec 2018 give Sun 23 Dec 2018; the sub-heading on Jokowi's order kept as the first sentence; the last, truncated clause ('(وجود القمر...') dropped; headline kept from the page", True, """
تسونامي إندونيسيا.. مقتل 222 شخصا ومساعدات أسترالية
أمر الرئيس الإندونيسي جوكو ويدودو الأجهزة الحكومية بالتحرك سريعا لمواجهة كارثة التسونامي التي اجتاحت المناطق المحيطة بمضيق "سوندا" بين جزيرتي "جاوة وسومطرة".
واجتاحت أمواج مد عاتية "تسونامي" سببها ثوران بركان المنطقة المحيطة بمضيق "سوندا" على السواحل الإندونيسية، مساء أمس السبت، فأودت بحياة 222 شخصا وأصابت المئات، وفُقد 754 شخصا، وقد ضربت الأمواج المضيق الواقع بين جزر جاوا وسومطرة في الأرخبيل الإندونيسي.
ورصدت الكاميرات موجة هائلة تجتاح حفلا موسيقيا على الشاطئ وتجرف الحاضرين والمعدات الموسيقية، واختفى عدد من أعضاء فرقة "سيفينتين" لموسيقى البوب في الحادث الذي وقع على شاطئ منتجع "تانجونغ ليسونغ".
وقبل ذلك، أفاد المتحدث باسم وكالة الحالات الطارئة سوتوبو بوروو نوجر في بيان بأنه "قُتل في مضيق سوندا 40 شخصاً وجُرح 584 وهناك مفقودان"، لافتا إلى سقوط 3 قتلى آخرين في منطقة سيرانغ.
وبحسب السلطات، نتج التسونامي عن ارتفاع المد البحري فوق المعتاد بسبب المحاق.
""", [
    ev("jokowi-order", "أمر الرئيس الإندونيسي جوكو ويدودو الأجهزة الحكومية", "2018-12-23", "no own expression; the president's order of Sun 23 Dec 2018, the day of the report"),
    ev("tsunami", "واجتاحت أمواج مد عاتية \"تسونامي\" سببها ثوران بركان", TSUNAMI, "'مساء أمس السبت' in an article of Sun 23 Dec 2018 = Sat 22 Dec"),
    ev("toll-222", "فأودت بحياة 222 شخصا", "2018-12-23", "no own expression; the toll of 222 announced on Sun 23 Dec 2018 (the report's time stamp, 01:22 p.m. that day; almanar: 'قد أعلنت الأحد أن عدد القتلى بلغ 222')"),
    ev("concert-wave", "موجة هائلة تجتاح حفلا موسيقيا على الشاطئ", TSUNAMI, "no own expression; the wave struck the concert during the tsunami of Sat 22 Dec 2018 evening"),
    ev("first-toll-43", "وقبل ذلك، أفاد المتحدث باسم وكالة الحالات الطارئة", "2018-12-23", "no own expression; the first toll (40 + 3 dead) was given early on Sun 23 Dec 2018 local time, before the 222 of the same day"),
])
art(S, "https://almanar.com.lb/4661472",
    "2018-12-24", "no date line in the stored text; the body's 'اليوم الاثنين' for the toll of 373, with 'الأحد' for the 222 and 'صباح الاثنين' for the 280, give Mon 24 Dec 2018 (24 Dec 2018 was a Monday); the source line 'المصدر: مواقع' dropped; headline written from the body (the stored text has none)", True, """
حصيلة تسونامي إندونيسيا ترتفع إلى 373 قتيلا
صعدت حصيلة قتلى أمواج المد العاتية (تسونامي) التي اجتاحت جزيرتي جاوة وسومطرة إثر ثورة بركان أناك كراكاتوا إلى 373 شخصا، وفق ما أعلنه مسؤولون إندونيسيون اليوم الاثنين.
وجُرح المئات في الأمواج التي ضربت مضيق سوندا من دون إنذار مسبق تقريبا في وقت متأخر يوم السبت، واضطر أكثر من ثلاثة آلاف من السكان إلى الانتقال إلى مناطق مرتفعة مع بقاء التحذير من ارتفاع المد ساريا حتى يوم الثلاثاء.
وكانت الوكالة الوطنية لمواجهة الكوارث قد أعلنت الأحد أن عدد القتلى وصل إلى 222، إلى جانب 850 مصابا و28 مفقودا، ثم رفعت العدد إلى 280 قتيلا صباح الاثنين.
وقد شهدت إندونيسيا أكبر عدد من قتلى التسونامي منذ عشر سنوات، إذ دمرت زلازل أجزاء من جزيرة لومبوك السياحية في يوليو وأغسطس الماضي، كما خلّف زلزال أعقبه تسونامي أكثر من 2000 قتيل في جزيرة سولاويسي في ايلول/سبتمبر.
""", [
    ev("toll-373", "وفق ما أعلنه مسؤولون إندونيسيون اليوم الاثنين", "2018-12-24", "'اليوم الاثنين' = Mon 24 Dec 2018"),
    ev("tsunami", "الأمواج التي ضربت مضيق سوندا من دون إنذار مسبق", TSUNAMI, "'في وقت متأخر يوم السبت' = late on Sat 22 Dec 2018"),
    ev("toll-222", "قد أعلنت الأحد أن عدد القتلى وصل إلى 222", "2018-12-23", "'الأحد' = Sun 23 Dec 2018"),
    ev("toll-280", "ثم رفعت العدد إلى 280 قتيلا صباح الاثنين", "2018-12-24", "'صباح الاثنين' = Mon 24 Dec 2018"),
    ev("lombok-quakes", "إذ دمرت زلازل أجزاء من جزيرة لومبوك السياحية", "2018-07-29", "'في يوليو وأغسطس الماضي' = the Lombok quakes of 29 Jul, 5 Aug and 19 Aug 2018 (my span 29 Jul - 19 Aug 2018)", end="2018-08-20"),
    ev("sulawesi-quake-tsunami", "كما خلّف زلزال أعقبه تسونامي أكثر من 2000 قتيل", "2018-09-28", "'في ايلول/سبتمبر' = the Palu quake and tsunami of Fri 28 Sep 2018 (the day known from the story; the text gives the month)"),
])
art(S, "https://al-ain.com/article/indonesia-volcano-tsunami",
    "2018-12-27", "no date in the stored text; the body's 'رفعت السلطات الإندونيسية، الخميس، درجة التحذير' with the ash over Serang and Cilegon on 'الأربعاء' and the toll of 430, the alert raised on Thu 27 Dec 2018 (sauress/twasul: 'رفعت إندونيسيا، اليوم الخميس، مستوى التحذير'; youm7 of 29 Dec: 'ورفعت إندونيسيا الخميس مستوى الإنذار'), put it on Thu 27 Dec 2018 (27 Dec 2018 was a Thursday); the section word 'بيئة', the tracking code and the signature 'جزيرة ام اند امز' dropped; headline and sub-heading kept from the page", False, """
إندونيسيا ترفع مستوى التحذير من بركان تسبب في "تسونامي"
أمواج "تسونامي" التي سببها البركان أوقعت 430 قتيلا على الأقل وشردت الآلاف
رفعت السلطات الإندونيسية، الخميس، درجة التحذير من بركان جبل "أناك كراكاتاو" الثائر إلى ثاني أعلى مستوى، أي مستوى "الاستعداد"، بعد أيام من إحداثه أمواج مد بحري عاتية "تسونامي" قتلت مئات الأشخاص.
وأعلن سوتوبو نوجروهو، المتحدث باسم الهيئة الإندونيسية للحد من الكوارث، توسيع منطقة العزل المحيطة بالجبل لتصبح دائرة نصف قطرها 5 كيلومترات، بعدما قذفت الجزيرة البركانية الواقعة في مضيق سوندا بين جاوة وسومطرة سحبا من الرماد، الأربعاء، فوق مدينتي سيرانج وسيليجون في إقليم بانتن.
وكانت أمواج "تسونامي" الناجمة عن البركان قد خلّفت ما لا يقل عن 430 قتيلا وشردت آلاف الأشخاص.
""", [
    ev("alert-raised", "رفعت السلطات الإندونيسية، الخميس، درجة التحذير", "2018-12-27", "'الخميس' = Thu 27 Dec 2018, the Thursday after the tsunami"),
    ev("tsunami", "بعد أيام من إحداثه أمواج مد بحري عاتية", TSUNAMI, "no own expression ('بعد أيام'); the tsunami of Sat 22 Dec 2018"),
    ev("exclusion-zone-5km", "توسيع منطقة العزل المحيطة بالجبل", "2018-12-27", "no own expression; announced with the raised alert on Thu 27 Dec 2018"),
    ev("ash-over-serang", "سحبا من الرماد، الأربعاء", "2018-12-26", "'الأربعاء' = Wed 26 Dec 2018, the day before the Thursday of the alert"),
])

# ---------------------------------------------------------------- mexico-puebla-morelos-earthquake-2017
S = "mexico-puebla-morelos-earthquake-2017"
MQUAKE = "2017-09-19"                      # the M7.1 quake struck central Mexico at 13:14 local time on Tue 19 Sep 2017
art(S, "https://www.masress.com/shorouk/1162374",
    "2017-09-20", "no date line in the stored text; the body's 'أمس الثلاثاء' for the M7.1 quake of Tue 19 Sep 2017 gives Wed 20 Sep 2017 (20 Sep 2017 was a Wednesday); a Shorouk report carried by masress; the last, truncated sentence ('إغلاق 209 مدا...') dropped; 'بويبلوس' rendered as 'بويبلا'; headline written from the body (the stored text has none)", True, """
فرق الإنقاذ تبحث عن ناجين تحت أنقاض زلزال المكسيك
يواصل رجال الإطفاء والجنود وعناصر الشرطة والمتطوعون البحث عن ناجين تحت الركام، إثر زلزال عنيف ضرب وسط المكسيك وأوقع أكثر من 200 قتيل وتسبب في انهيار مبان عدة.
ولا تزال عمليات الإغاثة جارية في المنطقة المنكوبة، ومنها مدرسة في مكسيكو سيتي صارت أنقاضا.
ولقي ما لا يقل عن 32 طفلا وخمسة بالغين مصرعهم إثر انهيار مدرسة إنريكي ريبسامين، وفق ما أوردته شبكة "تيليبيسا".
وأُنقذ 11 طفلا حتى الآن.
وقال خوسيه لويس فيرجارا، المتحدث باسم مشاة البحرية المكسيكية، للشبكة إن "التقديرات تفيد بأن ما بين 30 و40 شخصا لا يزالون تحت الأنقاض"، وأضاف: "نسمع أصواتا.. بعضهم ما زال حيا".
وأشاد الرئيس المكسيكي إنريكي بينا نيتو، الذي زار المدرسة الواقعة جنوبي العاصمة، بتضامن الشعب في وجه هذه المأساة.
وأصيب أكثر من 700 شخص، بينهم نحو 400 في حالة خطيرة، جراء الزلزال الذي بلغت شدته 7.1 درجة على مقياس ريختر أمس الثلاثاء.
وإلى جانب العاصمة، طال الزلزال ولايتي موريلوس وبويبلا.
وأعلن وزير الداخلية ميجيل أنجيل أوسوريو شونج أن 226 شخصا على الأقل قُتلوا، متوقعا ارتفاع الحصيلة.
واضطرت مستشفيات عدة تضررت من الزلزال إلى إغلاق أبوابها ومعالجة المرضى في العراء.
""", [
    ev("rescue-search", "يواصل رجال الإطفاء والجنود وعناصر الشرطة والمتطوعون البحث", "2017-09-20", "no own expression; the search going on on the day of the report, Wed 20 Sep 2017"),
    ev("school-collapse", "إثر انهيار مدرسة إنريكي ريبسامين", MQUAKE, "no own expression; the school collapsed in the quake of Tue 19 Sep 2017"),
    ev("quake", "جراء الزلزال الذي بلغت شدته 7.1 درجة", MQUAKE, "'أمس الثلاثاء' in an article of Wed 20 Sep 2017 = Tue 19 Sep"),
    ev("toll-226", "أن 226 شخصا على الأقل قُتلوا", "2017-09-20", "no own expression; the official toll of 226 given on Wed 20 Sep 2017 (febrayer of Wed 20: 'ارتفع إلى 226 قتيلاً')"),
])
art(S, "https://www.alraimedia.com/ampArticle/775024",
    "2017-09-21", "no date line in the stored text; the body's 'أول من أمس' for the quake of Tue 19 Sep 2017 gives Thu 21 Sep 2017 (21 Sep 2017 was a Thursday), an al-Rai (Kuwait) report of that day's paper; the last, truncated sentence ('وسط الحطا...') dropped; headline written from the body (the stored text has none)", True, """
مئات القتلى في زلزال المكسيك وآباء ينبشون أنقاض مدرسة
مكسيكو سيتي - رويترز، أ ف ب - قضى مئات الأشخاص في الزلزال الذي هز وسط المكسيك أول من أمس، بينما سارع عشرات الآباء إلى الحفر في أنقاض مدرسة بولاية مكسيكو على أمل إنقاذ أبنائهم.
وجاء الزلزال، البالغة قوته 7.1 درجة، عقب زلزال بقوة 8.2 درجة ضرب جنوب البلاد مطلع سبتمبر الجاري وأوقع قرابة 100 قتيل، وبعد 32 عاماً بالتمام على زلزال 1985 الذي دمر العاصمة مكسيكو سيتي على نطاق واسع وأودى بحياة الآلاف.
وكشفت مقاطع فيديو شدة الهزات، إذ ظهرت مبان تتهاوى وانفجار عنيف في إحدى العمارات، كما أظهرت صور مرعبة من منطقة سوتشيميلكو الغنية بالبحيرات جنوبي مكسيكو أمواجا عاتية تتلاعب بالمراكب في قنوات تكون مياهها هادئة في العادة.
ورُصدت كذلك حرائق في مناطق عدة وانهيارات في أجزاء من كنائس قديمة بولاية بويبلا الجنوبية، فيما انقطعت الكهرباء عن نحو 40 في المئة من سكان مكسيكو سيتي و60 في المئة من سكان ولاية موريلوس.
وأعلنت وكالة الحماية المدنية أن 226 شخصاً على الأقل لقوا حتفهم، مبينة أن حصيلة القتلى في مكسيكو سيتي وحدها بلغت 117 شخصاً.
وأضافت أن ولاية موريلوس جنوبي العاصمة تضررت بشدة هي الأخرى، إذ قتل فيها 55 شخصاً، بينما أفادت أنباء بمقتل 3 أشخاص في ولاية جيريرو على ساحل الأطلسي.
""", [
    ev("quake", "في الزلزال الذي هز وسط المكسيك أول من أمس", MQUAKE, "'أول من أمس' in an article of Thu 21 Sep 2017 = Tue 19 Sep"),
    ev("chiapas-quake-8.2", "عقب زلزال بقوة 8.2 درجة ضرب جنوب البلاد", "2017-09-07", "'مطلع سبتمبر الجاري' = the Chiapas quake of Thu 7 Sep 2017 at 23:49 local time (Fri 8 Sep in GMT and Arab time); my span 7-8 Sep", end="2017-09-09"),
    ev("quake-1985", "وبعد 32 عاماً بالتمام على زلزال 1985", "1985-09-19", "'بعد 32 عاماً بالتمام' from Tue 19 Sep 2017 = Thu 19 Sep 1985"),
    ev("power-cut", "فيما انقطعت الكهرباء عن نحو 40 في المئة", MQUAKE, "no own expression; the outage caused by the quake of Tue 19 Sep 2017"),
    ev("toll-226", "وأعلنت وكالة الحماية المدنية أن 226 شخصاً على الأقل لقوا حتفهم", "2017-09-20", "no own expression; the official toll of 226 given on Wed 20 Sep 2017, the day between the quake and the paper (shorouk and febrayer of Wed 20)"),
])
art(S, "http://arabstoday.net/41/060913-%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D8%A8%D9%82%D9%88%D8%A9-61-%D8%AF%D8%B1%D8%AC%D8%A7%D8%AA-%D9%8A%D8%B6%D8%B1%D8%A8-%D9%85%D9%86-%D8%AC%D8%AF%D9%8A%D8%AF-%D9%85%D9%83%D8%B3%D9%8A%D9%83%D9%88-%D8%B3%D9%8A%D8%AA%D9%8A",
    "2017-09-24", "no date on the stored page (only 'آخر تحديث GMT04:05:58', no day); the body's 'ضرب زلزال بقوة 6,1 درجات، أمس' for the M6.1 Oaxaca quake of Sat 23 Sep 2017 ('بعد 4 أيام' from the quake of Tue 19 Sep) gives Sun 24 Sep 2017 (24 Sep 2017 was a Sunday); the repeated site name lines dropped; headline kept from the page; the last, truncated sentence shortened", False, """
زلزال بقوة 6.1 درجات يضرب من جديد مكسيكو سيتي
مكسيكو سيتي - العرب اليوم
هز زلزال بقوة 6,1 درجات مدينة مكسيكو، أمس، بعد 4 أيام من زلزال بقوة 7,1 درجات خلّف نحو 300 قتيل في المكسيك، بحسب معهد رصد الزلازل المكسيكي.
وحدد المرصد مركز الهزة في ولاية واكساكا جنوبي المكسيك.
وواصلت فرق الإنقاذ في المكسيك بحثها اليائس عن ناجين بعد الزلزال المدمر الذي قتل 295 شخصاً، آملة أن تخالف توقعات الخبراء بتراجع فرص العثور على أحياء بعد 72 ساعة تحت الأنقاض.
وبينما لا يزال عمال الطوارئ المرهقون يتحدثون عن إشارات إلى وجود أحياء في عدة مواقع في العاصمة، نبّه رئيس هيئة إدارة الكوارث الوطنية فيليب لويس بوينتي إلى أن الساعات المقبلة ستكون حاسمة.
وقال: "الليلة ستكون صعبة، فقد مضى وقت طويل" منذ وقوع الزلزال يوم الثلاثاء، "لكننا لن نستسلم".
وأكد لشبكة "تيليفيزا" أن "الوقت يداهمنا، وبعض المباني يصعب الوصول إليها إلى حد بعيد، لكننا سنواصل الكفاح من أجل العائلات".
""", [
    ev("oaxaca-quake-6.1", "هز زلزال بقوة 6,1 درجات مدينة مكسيكو، أمس", "2017-09-23", "'أمس' and 'بعد 4 أيام' from Tue 19 Sep 2017 = Sat 23 Sep 2017 (the M6.1 Oaxaca quake of that morning)"),
    ev("quake", "منذ وقوع الزلزال يوم الثلاثاء", MQUAKE, "'يوم الثلاثاء' = Tue 19 Sep 2017"),
    ev("toll-295", "بعد الزلزال المدمر الذي قتل 295 شخصاً", "2017-09-22", "no own expression; the toll of 295 given after the 72 hours had passed (Fri 22 Sep 2017) and before the report of Sun 24 Sep; my span Fri 22 - Sat 23 Sep", end="2017-09-24"),
    ev("rescue-search-continues", "وواصلت فرق الإنقاذ في المكسيك بحثها اليائس عن ناجين", MQUAKE, "no own expression; the search from the quake of Tue 19 Sep 2017 to the day before the report, Sat 23 Sep (my span)", end="2017-09-24"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 484
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

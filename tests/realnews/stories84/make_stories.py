"""Builds stories.jsonl: the eighty-fourth evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days; health, weather and
religion in the Arab world), bodies re-worded sentence by sentence, every date/time expression kept
verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories30/make_stories.py). None of these stories is in the dev set, the
tests/realnews/* or the other data/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401

A, art = articles()

# ---------------------------------------------------------------- hajj-1444-arafat-2023
S = "hajj-1444-arafat-2023"
art(S, "https://alraeesnews.com/184776",
    "2023-06-19", "the body's explicit 'اليوم الاثنين الموافق 19 يونيو 2023' for the first of Dhu al-Hijjah announced 'أمس الأحد' (19 Jun 2023 was a Monday); no page stamp in the stored text; the headline (which carries the date of Arafat) is kept as first line", True, """
وقفة عرفات يوم الثلاثاء 27 يونيو 2023
أعلنت المملكة العربية السعودية أن اليوم الاثنين الموافق 19 يونيو 2023 هو غرة شهر ذي الحجة الهجري، وأن وقفة عرفات، وهي اليوم الذي يسبق عيد الأضحى، ستكون يوم الثلاثاء الموافق 27 يونيو.
وورد ذلك فيما نشرته وكالة الأنباء السعودية الرسمية (واس) أمس الأحد.
ويؤدي المسلمون خلال شهر ذي الحجة مناسك فريضة الحج، التي تنطلق يوم 8 ذي الحجة وتتواصل أثناء عيد الأضحى الذي يصادف أول أيامه العاشر من شهر ذي الحجة.
وتستقبل المملكة الحجاج هذا العام دون أي قيود على أعدادهم أو أعمارهم، بعد أن قررت في يناير الماضي رفع قيود فرضتها منذ جائحة كورونا للحد من أعداد الحجاج، وكانت قد خففت تلك القيود تدريجيا.
""", [
    ev("dhul-hijjah-start", "هو غرة شهر ذي الحجة الهجري", "2023-06-19", "'اليوم الاثنين الموافق 19 يونيو 2023'"),
    ev("arafat-day", "وأن وقفة عرفات", "2023-06-27", "'يوم الثلاثاء الموافق 27 يونيو' (2023, a Tuesday)"),
    ev("moon-announcement", "وورد ذلك فيما نشرته وكالة الأنباء السعودية", "2023-06-18", "'أمس الأحد' = Sun 18 Jun 2023 (the Supreme Court's statement that evening)"),
    ev("hajj-rites", "مناسك فريضة الحج", "2023-06-26", "'يوم 8 ذي الحجة' = Mon 26 Jun 2023; the rites go on through the days of Tashreeq to 13 Dhu al-Hijjah = Sat 1 Jul (calendar)", end="2023-07-02"),
    ev("eid-al-adha", "عيد الأضحى الذي يصادف أول أيامه", "2023-06-28", "'العاشر من شهر ذي الحجة' = Wed 28 Jun 2023"),
    ev("restrictions-lifted", "رفع قيود فرضتها منذ جائحة كورونا", "2023-01-01", "'في يناير الماضي' (month only; outside knowledge: the Hajj ministry announced on 9 Jan 2023 a return to pre-pandemic numbers without age limits)", end="2023-02-01"),
])
art(S, "https://echaabnews.tn/2023/06/27/ضيوف-الرحمان-يتوافدون-إلى-صعيد-عرفات-ل",
    "2023-06-27", "date in the URL '/2023/06/27/' and the body's 'هذا اليوم الثلاثاء 27 جوان 2023' (27 Jun 2023 was a Tuesday); the site's clock line ('18 مارس، 2026 15:07', the crawl time) and the tag 'الشعب نيوز / وكالات –' dropped, as was the related-articles block", True, """
ضيوف الرحمان يتوافدون إلى صعيد عرفات لأداء ركن الحج الأعظم
بدأ حجاج بيت الله الحرام مع إشراقة صباح هذا اليوم الثلاثاء 27 جوان 2023، التاسع من شهر ذي الحجة، التوجه إلى صعيد عرفات.
وبحسب وكالة الأنباء السعودية (واس) اليوم، رافقت قوافل ضيوف الرحمن المتجهة إلى مشعر عرفات الطاهر متابعةٌ أمنية مباشرة من عناصر مختلف القطاعات الأمنية التي انتشرت على طرق المركبات ومسارات المشاة لتنظيم الحجيج وفق خطط التصعيد والتفويج، فضلا عن إرشادهم وتوفير السلامة اللازمة لهم.
ويصلي الحجاج اليوم الظهر والعصر جمعًا وقصرًا بأذان واحد وإقامتين في مسجد نمرة، اقتداءً بسنة النبي محمد صلى الله عليه وسلم.
ومع غروب شمس هذا اليوم، تبدأ جموع الحجيج النفرة إلى مزدلفة حيث يصلون المغرب والعشاء ويبيتون حتى فجر غد العاشر من شهر ذي الحجة، تأسيًا بسنة الرسول محمد الذي بات فيها وصلى الفجر.
""", [
    ev("arafat-day", "بدأ حجاج بيت الله الحرام مع إشراقة صباح", "2023-06-27", "'مع إشراقة صباح هذا اليوم الثلاثاء 27 جوان 2023، التاسع من شهر ذي الحجة'"),
    ev("security-escort", "متابعةٌ أمنية مباشرة", "2023-06-27", "'(واس) اليوم' = Tue 27 Jun 2023"),
    ev("namira-prayers", "ويصلي الحجاج اليوم الظهر والعصر", "2023-06-27", "'اليوم' = Tue 27 Jun 2023"),
    ev("nafra", "تبدأ جموع الحجيج النفرة إلى مزدلفة", "2023-06-27", "'مع غروب شمس هذا اليوم' = evening of Tue 27 Jun 2023"),
    ev("muzdalifah-night", "ويبيتون حتى فجر غد العاشر من شهر ذي الحجة", "2023-06-27", "the night from the sunset of 27 Jun to 'فجر غد العاشر من شهر ذي الحجة' = dawn of Wed 28 Jun 2023", end="2023-06-29"),
])
art(S, "https://youm7.com/story/2023/6/27/ضيوف-الرحمن-يتضرعون-إلى-الله-حجاج-بيت-الله-يؤدون-صلاتى/6225965",
    "2023-06-27", "date in the URL '/story/2023/6/27/'; the body's 'اليوم الثلاثاء' agrees (27 Jun 2023 was a Tuesday); no stamp or date line in the stored text (undated); the last quotation, truncated in the stored text ('وإن مما جا…'), and the one after the Quran verse were dropped", False, """
بثت القناة الأولى على الهواء مباشرة أداء ضيوف الرحمن صلاتي الظهر والعصر جمعا وقصرا في مسجد نمرة.
ويستقر الحجاج اليوم الثلاثاء على صعيد عرفات لقضاء يوم الوقفة، يوم الحج الأكبر، متفرغين لأداء هذا النسك الأعظم، ومع غروب شمس هذا اليوم تنطلق رحلة النفرة من عرفات إلى مشعر مزدلفة الذي جرى تجهيزه بجميع الخدمات لاستقبال ضيوف الرحمن.
وألقى عضو هيئة كبار العلماء الشيخ الدكتور يوسف بن محمد بن سعيد خطبة عرفات من مسجد نمرة، وقال فيها: "يا أيها المسلمون اتقوا الله تعالى والتزموا بشرعه واحفظوا حدوده لتكونوا من المصلحين الفائزين في الدنيا والآخرين.. تلك حدود الله ومن يطع الله ورسوله يدخله جناته".
وتابع عضو هيئة كبار العلماء: "إن من حفظ حدود الله تعالى عدم صرف شيء من العبادات لغير الله، قال الله تعالى (إن الحكم إلا لله. أمر ألا تعبدوا إلا إياه. ذلك الدين القيم ولكن أكثر الناس لا يعلمون)".
""", [
    ev("namira-prayers", "صلاتي الظهر والعصر جمعا وقصرا في مسجد نمرة", "2023-06-27", "no own expression; the prayers of the day of Arafat (Tue 27 Jun 2023, the next sentence's 'اليوم الثلاثاء')"),
    ev("arafat-day", "ويستقر الحجاج اليوم الثلاثاء على صعيد عرفات", "2023-06-27", "'اليوم الثلاثاء' = Tue 27 Jun 2023 (URL date)"),
    ev("nafra", "تنطلق رحلة النفرة من عرفات إلى مشعر مزدلفة", "2023-06-27", "'مع غروب شمس هذا اليوم' = evening of Tue 27 Jun 2023"),
    ev("arafat-sermon", "خطبة عرفات من مسجد نمرة", "2023-06-27", "no own expression; the sermon precedes the noon prayers of the day of Arafat, Tue 27 Jun 2023"),
])
art(S, "https://thawabit.net/%d8%ad%d8%ac%d8%a7%d8%ac-%d8%a8%d9%8a%d8%aa-%d8%a7%d9%84%d9%84%d9%87-%d8%a7%d9%84%d8%ad%d8%b1%d8%a7%d9%85-%d9%8a%d9%82%d9%81%d9%88%d9%86-%d8%a8%d8%b9%d8%b1%d9%81%d8%a9-%d9%84%d8%a3%d8%af%d8%a7%d8%a1",
    "2023-06-27", "the body's explicit Hijri date for today 'فجر اليوم الثلاثاء الموافق 9 ذي الحجة 1444هجرية' = Tue 27 Jun 2023 (Umm al-Qura calendar; 27 Jun 2023 was a Tuesday); no page stamp; the section labels and a stray '.' line dropped", True, """
حجاج بيت الله الحرام يقفون بعرفة لأداء ركن الحج الأكبر
مع بزوغ فجر اليوم الثلاثاء الموافق 9 ذي الحجة 1444هجرية، توافد ملايين الحجاج إلى صعيد عرفة للوقوف به، خاشعين تغمرهم السكينة ويتضرعون إلى الخالق عز وجل.
ووفقا لوكالة الأنباء السعودية (واس)، رافقت الحجيجَ قطاعاتٌ أمنية كبيرة لتأمينهم وإرشادهم وتفويجهم.
وإلى جانب ذلك، حظيت مختلف محطات الحجيج من منى إلى عرفات بتغطية إعلامية واسعة، واتسمت حركة المرور بالانسيابية.
ويصلي الحجاج الظهر والعصر جمعا وقصرا بأذان واحد وإقامتين في مسجد نمرة.
وعند غروب الشمس تبدأ جموع الحجاج نفرتها إلى مزدلفة لأداء صلاتي المغرب والعشاء، ويقضون ليلتهم بالمزدلفة اقتداء بفعل رسول الله صلى الله عليه وسلم، ويصلون الفجر فيها.
""", [
    ev("arafat-day", "توافد ملايين الحجاج إلى صعيد عرفة", "2023-06-27", "'فجر اليوم الثلاثاء الموافق 9 ذي الحجة 1444هجرية' = Tue 27 Jun 2023"),
    ev("security-escort", "رافقت الحجيجَ قطاعاتٌ أمنية كبيرة", "2023-06-27", "no own expression; the escort of the day's ascent to Arafat (27 Jun 2023)"),
    ev("namira-prayers", "ويصلي الحجاج الظهر والعصر جمعا وقصرا", "2023-06-27", "no own expression; noon of the day of Arafat, 27 Jun 2023"),
    ev("nafra", "تبدأ جموع الحجاج نفرتها إلى مزدلفة", "2023-06-27", "'عند غروب الشمس' of the day of Arafat = evening of 27 Jun 2023"),
    ev("muzdalifah-night", "ويقضون ليلتهم بالمزدلفة", "2023-06-27", "the night of 27-28 Jun 2023 up to the dawn prayer of 10 Dhu al-Hijjah", end="2023-06-29"),
])

# ---------------------------------------------------------------- levant-sandstorm-2015
S = "levant-sandstorm-2015"
art(S, "https://www.arabiaweather.com/en/content/غبار-كثيف-يُغطي-المملكة-من-شمالها-لجنوبها-ومن-شرقها-لغربها",
    "2015-09-08", "page stamp '2015-09-08 2015-09-08T04:48:14Z' under the headline (kept as first line); the body's 'صباح الثلاثاء' agrees (8 Sep 2015 was a Tuesday); byline 'عمر الدجاني' and the site tag 'موقع ArabiaWeather.com –عمر الدجاني-' dropped, and the last sentence, truncated in the stored text ('مرضى الجهاز ال…'), too", True, """
2015-09-08 2015-09-08T04:48:14Z
غبار كثيف يُغطي المملكة من شمالها لجنوبها ومن شرقها لغربها
تُظهر صور الأقمار الاصطناعية التي وصلت إلى موقع "طقس العرب" صباح الثلاثاء أن الغُبار الكثيف بات يُغطي أغلب أجواء المملكة، من الشمال إلى الجنوب ومن الشرق إلى الغرب.
فقد أثارت العاصفة الرملية التي تشكّلت يوم أمس الاثنين بين الأراضي السورية والعراقية كميات هائلة من الغبار في الأجواء، وصار هذا الغبار يغطي معظم مناطق بلاد الشام.
وبيّنت التقارير الساعيّة في مطار الملكة علياء الدولي أن مدى الرؤية الأفقية هبط إلى أقل من 1000 متر، بينما انخفض إلى ما دون 200 متر في مطار عمّان المدني.
وكان الغبار الكثيف قد بدأ بالتأثير على المناطق الشرقية من المملكة نهار الاثنين، ثم امتدّ بشكل تدريجي ليلة الاثنين/الثلاثاء إلى معظم المناطق الأخرى.
وتعاني كل طرقات المملكة من تراجع حاد في مدى الرؤية الأفقية، ولذلك يكرر موقع "طقس العرب" دعوته للسائقين إلى أقصى درجات الحيطة والحذر، وإلى ملاءمة سرعتهم مع مدى الرؤية.
""", [
    ev("dust-over-jordan", "الغُبار الكثيف بات يُغطي أغلب أجواء المملكة", "2015-09-08", "'صباح الثلاثاء' = Tue 8 Sep 2015 (the stamp)"),
    ev("storm-formation", "العاصفة الرملية التي تشكّلت يوم أمس الاثنين", "2015-09-07", "'يوم أمس الاثنين' = Mon 7 Sep 2015"),
    ev("airport-visibility", "مدى الرؤية الأفقية هبط إلى أقل من 1000 متر", "2015-09-08", "no own expression; the hourly reports of the morning of Tue 8 Sep 2015"),
    ev("dust-east-jordan", "بدأ بالتأثير على المناطق الشرقية من المملكة", "2015-09-07", "'نهار الاثنين' = Mon 7 Sep 2015"),
    ev("dust-spread", "امتدّ بشكل تدريجي ليلة الاثنين/الثلاثاء", "2015-09-07", "'ليلة الاثنين/الثلاثاء' = the night of 7-8 Sep 2015", end="2015-09-09"),
])
art(S, "http://www.aljazeera.net/home/print/f6451603-4dff-4ca1-9c10-122741d17432/39b4fd25-4c50-46d3-ab88-525ffb7d1263",
    "2015-09-08", "print-page stamp 'الثلاثاء 1436/11/25 هـ - الموافق 8/9/2015 م (آخر تحديث) الساعة 16:16 (مكة المكرمة)، 13:16 (غرينتش)' (8 Sep 2015 was a Tuesday), removed here (undated: the text has no date expression at all); the last sentence, truncated in the stored text ('وهو ما أوقف غار…'), cut at its last complete clause", False, """
قتيلان وعشرات الإصابات بعاصفة رملية في لبنان
أعلنت وزارة الصحة اللبنانية وفاة مواطنتين جراء العاصفة الرملية التي تضرب المنطقة، في حين نُقل عشرات المدنيين في سوريا إلى المستشفيات لمعاناتهم من صعوبات في التنفس.
وذكرت الوزارة على موقعها الإلكتروني أن حالات الاختناق وضيق التنفس الناجمة عن العاصفة ارتفعت إلى 750 حالة، ولفتت إلى أن امرأتين توفيتا في منطقة البقاع شرقي لبنان بسبب مضاعفات سببتها العاصفة.
وأوضحت الوزارة أنها أعلنت حالة الاستنفار في شبكة الرعاية الصحية الأولية والترصد الوبائي والمستشفيات الحكومية والخاصة المتعاقدة معها، وكذلك في الصليب الأحمر اللبناني، لمتابعة الوضع.
ودعت الوزارة المواطنين، ولا سيما مرضى الربو والحساسية والأمراض الرئوية المزمنة وأمراض القلب، وكبار السن والأطفال والحوامل، إلى البقاء في منازلهم تفاديا للغبار وإلى استعمال كمامات واقية.
وفي سوريا أفاد مراسل الجزيرة بأن عشرات المدنيين أُسعفوا إلى المستشفيات بعد أن عانوا صعوبات في التنفس بسبب العاصفة الرملية التي تجتاح وسط سوريا وشمالها.
كما تسببت العاصفة الرملية في انعدام جزئي للرؤية.
""", [
    ev("lebanon-deaths", "وفاة مواطنتين", "2015-09-07", "no expression; outside knowledge (AFP, quoting health minister Abou Faour): one woman died on Mon 7 Sep, the other on Tue 8 Sep 2015", end="2015-09-09"),
    ev("sandstorm", "العاصفة الرملية التي تضرب المنطقة", "2015-09-07", "no expression; the storm over Lebanon and Syria lasted from Mon 7 Sep until it waned on Thu 10 Sep 2015 (other articles, outside knowledge)", end="2015-09-11"),
    ev("lebanon-750-cases", "ارتفعت إلى 750 حالة", "2015-09-08", "no expression; the ministry's count published on Tue 8 Sep 2015 (publication day)"),
    ev("lebanon-health-alert", "أعلنت حالة الاستنفار", "2015-09-07", "no expression; declared as the storm reached Lebanon, 7-8 Sep 2015 (my reading)", end="2015-09-09"),
    ev("syria-hospitalised", "أُسعفوا إلى المستشفيات", "2015-09-07", "no expression; the storm's days in Syria up to the report of Tue 8 Sep 2015", end="2015-09-09"),
])
art(S, "https://paltoday.ps/ar/post/247407/الأردنموجة-الغبار-تتسبب-بتعطيل-عدد-كبير-من-المدارس",
    "2015-09-08", "page stamp 'الساعة 04:05 م|08 سبتمبر 2015' under the headline, removed here (undated; the body keeps 'اليوم الثلاثاء' and 'ظهر اليوم'; 8 Sep 2015 was a Tuesday); the label 'خبر' before the headline and the site tag 'فلسطين اليوم' dropped; the last sentence, truncated in the stored text ('وأضاف سماوي أ…'), dropped", False, """
الأردن..موجة الغبار تتسبب بتعطيل عدد كبير من المدارس
ضربت الأردن، اليوم الثلاثاء، موجة غبار رملية عطّلت الدراسة في عدد كبير من المدارس، ولا سيما في المناطق الشرقية المجاورة للعراق والمناطق الشمالية المجاورة لسوريا.
وأصيب مواطنون بحالات اختناق جراء انتشار الغبار بدرجات متفاوتة في مختلف مناطق البلاد، وبدت العاصمة عمّان وقد أحاط بها الغبار، فيما حذرت الشرطة من انعدام الرؤية وشهدت الطرقات ازدحاما مروريا.
وأعلنت مناطق عدة تعليق دوام طلبة المدارس فيها، وهي: شرق العاصمة في مناطق البادية الشمالية، ومناطق في مدينة إربد، وأخرى في مدينة الكرك، والطفيلة.
وشوهد في شوارع عمّان، ظهر اليوم، عدد من أفراد شرطة السير يوزعون على السائقين كمامات قماشية واقية من الغبار، بينما خلت بعض الشوارع من السيارات بعدما سارع موظفون إلى العودة إلى منازلهم في وقت مبكر.
وقال مدير دائرة الأرصاد الجوية محمد سماوي لـ«الأناضول» «إن الموجة قادمة للأردن من سوريا والعراق، وسببها تعمق المنخفض الموسمي الحراري ما أدى إلى ارتفاع درجات الحرارة، واندفاع الهواء، وتحريك التربة، الأمر الذي تسبب في وصولها للأردن على هذا الشكل المغبر».
""", [
    ev("dust-over-jordan", "ضربت الأردن، اليوم الثلاثاء، موجة غبار رملية", "2015-09-08", "'اليوم الثلاثاء' = Tue 8 Sep 2015 (the removed stamp)"),
    ev("jordan-schools-suspended", "تعليق دوام طلبة المدارس", "2015-09-08", "no own expression; the same day, Tue 8 Sep 2015"),
    ev("masks-handed-out", "يوزعون على السائقين كمامات قماشية", "2015-09-08", "'ظهر اليوم' = noon of Tue 8 Sep 2015"),
    ev("employees-leave-early", "سارع موظفون إلى العودة إلى منازلهم في وقت مبكر", "2015-09-08", "'في وقت مبكر' (before the end of the working day) on Tue 8 Sep 2015"),
    ev("meteo-statement", "وقال مدير دائرة الأرصاد الجوية محمد سماوي", "2015-09-08", "no expression; said to Anadolu on the day of the report, Tue 8 Sep 2015"),
])
art(S, "https://today.almasryalyoum.com/article2.aspx?ArticleID=477190&IssueID=3714",
    "2015-09-10", "date line 'الخميس 10-09-2015 00:00' of the print issue (kept as first line; 10 Sep 2015 was a Thursday); byline 'كتب: المصري اليوم' dropped; the body's three 'أمس' are Wed 9 Sep; the last sentence, truncated in the stored text ('وتسببت فى تدن…'), dropped; the source's slip 'والأردن فى لبنان' is kept", True, """
الخميس 10-09-2015 00:00
9 وفيات ومئات المصابين فى الشرق الأوسط بسبب العاصفة
اشتدت أمس العاصفة الرملية التي اجتاحت عدة دول في الشرق الأوسط، مخلفة 9 قتلى على الأقل ومئات الإصابات في سوريا ولبنان وفلسطين والأردن فى لبنان، وأثارت كميات كبيرة من الغبار فوق دول المنطقة مع ارتفاع ملحوظ في درجات الحرارة، ما أرغم دولا عديدة على إعلان حالة الاستنفار في المستشفيات وإغلاق مؤسسات ومطارات وتحويل مسار رحلات جوية.
وأعلنت وزارة الصحة اللبنانية أن عدد حالات الاختناق وضيق التنفس والأضرار الرئوية بسبب العاصفة ارتفع إلى 750، وأن لبنانيتين توفيتا في وادي البقاع شرق لبنان.
وقرر رئيس مجلس الوزراء اللبناني تمام سلام إغلاق الإدارات العامة والبلديات، أمس، مع استثناء المستشفيات والمستوصفات الصحية والدفاع المدني، بسبب العاصفة. كما أعلنت وزارة التربية والتعليم العالي إغلاق المدارس الخاصة التي كانت قد افتتحت عامها الدراسي الجديد أمس.
وأفاد المرصد السوري لحقوق الإنسان بأن 6 أشخاص، بينهم طفلان، لقوا حتفهم في سوريا بسبب العاصفة.
وغطت سحب الغبار إسرائيل والأردن وقبرص، حيث حُوّلت الطائرات من مطار لارناكا إلى بابا هوس بعدما انخفضت الرؤية إلى 500 متر.
""", [
    ev("storm-intensified", "اشتدت أمس العاصفة الرملية", "2015-09-09", "'أمس' = Wed 9 Sep 2015 (print issue of Thu 10 Sep)"),
    ev("lebanon-750-cases", "ارتفع إلى 750", "2015-09-08", "no own expression; the figure the ministry gave on Tue 8 Sep 2015 (other articles)"),
    ev("lebanon-deaths", "لبنانيتين توفيتا في وادي البقاع", "2015-09-07", "no own expression; one death on Mon 7 Sep and one on Tue 8 Sep 2015 (outside knowledge)", end="2015-09-09"),
    ev("lebanon-offices-closed", "إغلاق الإدارات العامة والبلديات، أمس", "2015-09-09", "'أمس' = Wed 9 Sep 2015 (the offices reopened the next day)"),
    ev("syria-deaths", "لقوا حتفهم في سوريا", "2015-09-07", "no expression; the six deaths reported by the SOHR on 8 Sep were 'بين أمس وأمس الأول' = 7-8 Sep 2015 (outside knowledge)", end="2015-09-09"),
    ev("larnaca-diversions", "حُوّلت الطائرات من مطار لارناكا", "2015-09-08", "no expression; the diversions reported by Reuters on Tue 8 Sep 2015 (outside knowledge)"),
])

# ---------------------------------------------------------------- palestine-bethlehem-first-covid-2020
S = "palestine-bethlehem-first-covid-2020"
art(S, "http://zoomtunisia.net/article/6/85183.html",
    "2020-03-05", "page stamp 'الخميس، 5 مارس، 2020 على الساعة 11:41' under the headline (kept as first line without the site name and the visit counter; 5 Mar 2020 was a Thursday)", True, """
الخميس، 5 مارس، 2020 على الساعة 11:41
فلسطين: إعلان حالة الطوارئ بعد تفشي كورونا وكنيسة المهد تعلن إغلاق أبوابها
فعّلت وزارة الصحة الفلسطينية خطة الطوارئ في أريحا وبيت لحم والأغوار، ضمن توجيهاتها الاحترازية لمنع تفشي فيروس كورونا المستجد.
وجاءت هذه الخطوة بعد أن أعلنت الوزارة، اليوم، وجود عدد من الحالات المشتبه في إصابتها بفيروس "كورونا" في أحد فنادق محافظة بيت لحم جنوب الضفة الغربية.
من جهة أخرى، أعلنت الطوائف المسيحية في فلسطين إغلاق كنيسة المهد والتوقف عن استقبال السياح والحجاج اعتبارا من الساعة الرابعة من عصر اليوم، تجاوبا مع توصيات وزارة الصحة وتعليمات محافظ بيت لحم، في إطار خطة الطوارئ المعتمدة لمواجهة فيروس كورونا.
""", [
    ev("emergency-plan", "فعّلت وزارة الصحة الفلسطينية خطة الطوارئ", "2020-03-05", "no own expression; the same day as the announcement of 'اليوم' (Thu 5 Mar 2020, the stamp)"),
    ev("suspected-cases", "وجود عدد من الحالات المشتبه في إصابتها", "2020-03-05", "'اليوم' = Thu 5 Mar 2020"),
    ev("nativity-closure", "إغلاق كنيسة المهد والتوقف عن استقبال السياح", "2020-03-05", "'اعتبارا من الساعة الرابعة من عصر اليوم' = 4 p.m. on Thu 5 Mar 2020 (the church stayed shut until 26 May 2020, outside knowledge)"),
])
art(S, "https://al-ain.com/article/1583402670",
    "2020-03-05", "the article number in the URL is a Unix time stamp: 1583402670 = 2020-03-05 10:04:30 UTC (Thursday); the body's future 'سيتم إغلاقها بعد عصر الخميس' agrees; no stamp or date line in the stored text (undated); the section label 'مجتمع' and the sub-headline dropped; the last sentence, truncated in the stored text ('وإغلاق جميع المؤسسات التعليمية ومراكز ا…'), cut at its last complete clause", False, """
إغلاق كنيسة المهد بعد الاشتباه بحالة كورونا
أعلن مسؤول في مجلس الكنائس بالأراضي المقدسة الفلسطينية إغلاق كنيسة المهد في بيت لحم خوفا من انتشار فيروس كورونا.
وقال المسؤول لـ"العين الإخبارية"، طالبا عدم ذكر اسمه: "نحن نمتثل لقرارات السلطة المدنية ولسنا فوق القانون".
ولم يحدد المسؤول موعد إغلاق الكنيسة، غير أن مصادر كنسية أفادت بأنه سيتم إغلاقها بعد عصر الخميس.
وفي وقت سابق، أعلنت وزارة الصحة الفلسطينية وجود عدد من الحالات المشتبه بإصابتها بفيروس "كورونا" في أحد فنادق محافظة بيت لحم.
وبيّنت الوزارة في بيان أنها "تجري الفحوصات اللازمة للتأكد وأنها بانتظار النتائج كي يتم إطلاع الجمهور عليها فور صدورها"، وحثت المواطنين على "الهدوء وضبط النفس، وانتظار تعليماتها الإجرائية والاحترازية".
وأوصت الوزارة بوقف كل الفعاليات والندوات والمؤتمرات والأنشطة الاجتماعية والرياضية في محافظة بيت لحم بالضفة الغربية لمدة 14 يوما.
كما دعت إلى التوقف عن استقبال المجموعات السياحية وإلغاء الحجوزات الفندقية للسياح القادمين إلى فلسطين، وإلى تفعيل خطة طوارئ في بيت لحم وأريحا والأغوار.
""", [
    ev("nativity-closure", "سيتم إغلاقها بعد عصر الخميس", "2020-03-05", "'بعد عصر الخميس' = the afternoon of Thu 5 Mar 2020 (publication day)"),
    ev("suspected-cases", "الحالات المشتبه بإصابتها بفيروس", "2020-03-05", "'في وقت سابق' of the publication day, Thu 5 Mar 2020"),
    ev("events-ban", "بوقف كل الفعاليات والندوات والمؤتمرات", "2020-03-05", "'لمدة 14 يوما' from Thu 5 Mar 2020 (the recommendation's span)", end="2020-03-19"),
    ev("tourist-ban", "التوقف عن استقبال المجموعات السياحية", "2020-03-05", "no own expression; recommended on Thu 5 Mar 2020 (the tourism minister set the ban at 14 days, other reports)", end="2020-03-19"),
    ev("emergency-plan", "تفعيل خطة طوارئ في بيت لحم وأريحا والأغوار", "2020-03-05", "no own expression; the same statement of Thu 5 Mar 2020"),
])
art(S, "http://neworientnews.com/index.php/arabian-affairs/77698-2020-03-06-06-37-35?tmpl=component&print=1&layout=default&page=",
    "2020-03-06", "creation time in the URL alias '77698-2020-03-06-06-37-35' (Fri 6 Mar 2020, 06:37); the body's 'امس' for the emergency declared on Thu 5 Mar agrees; no stamp or date line in the stored print page (undated)", False, """
أصيب سبعة أشخاص بفيروس كورونا المستجد في الضفة الغربية المحتلة وفق السلطات الفلسطينية، التي أعلنت امس حال الطوارىء لمدة 30 يوما، بعد فترة وجيزة من الإعلان عن إغلاق كنيسة المهد في بيت لحم ومنع دخول السياح لفترة أسبوعين.
وأعلن الرئيس الفلسطيني محمود عباس مساء امس حال الطوارئ في الأراضي الفلسطينية لمدة 30 يوما لمواجهة الفيروس، بحسب ما أوردته وكالة الأنباء الفلسطينية "وفا".
من جانبه، قال رئيس الوزراء محمد اشتيه في كلمة متلفزة: "سيتم إغلاق المدارس والمؤسسات التعليمية"، لافتا إلى أن "الحركة بين المحافظات ستكون في حالات الضرورة القصوى".
""", [
    ev("seven-cases", "أصيب سبعة أشخاص بفيروس كورونا المستجد", "2020-03-05", "no own expression; the health minister announced the seven cases on Thu 5 Mar 2020 (outside knowledge, other reports)"),
    ev("nativity-closure", "الإعلان عن إغلاق كنيسة المهد في بيت لحم", "2020-03-05", "no own expression; 'بعد فترة وجيزة' before the emergency of 'امس' = Thu 5 Mar 2020"),
    ev("tourist-ban", "ومنع دخول السياح لفترة أسبوعين", "2020-03-05", "'لفترة أسبوعين' from Thu 5 Mar 2020", end="2020-03-19"),
    ev("state-of-emergency", "وأعلن الرئيس الفلسطيني محمود عباس مساء امس حال الطوارئ", "2020-03-05", "'مساء امس' = the evening of Thu 5 Mar 2020 (the decree's 30 days are the next clause)"),
    ev("schools-closure", "سيتم إغلاق المدارس والمؤسسات التعليمية", "2020-03-06", "the emergency measures took effect on the morning of Fri 6 Mar 2020 (Shtayyeh's statement, outside knowledge)"),
])

# ---------------------------------------------------------------- lebanon-first-covid-case-2020
S = "lebanon-first-covid-case-2020"
art(S, "https://bekaa.com/?p=19678",
    "2020-02-21", "source-and-date line at the foot of the stored page 'الجمعة 21 شباط 2020 محطة MTV' (21 Feb 2020 was a Friday), removed here (undated); the comment form dropped", False, """
تسجيل أول حالة فيروس كورونا في لبنان قادمة من ايران
أفاد تلفزيون MTV بتسجيل أول إصابة بفيروس كورونا في لبنان، وهي للفتاة (ت.ص) الآتية من ايران، وقد نُقلت إلى مستشفى رفيق الحريري الجامعي لعزلها في الغرف المعدة لهذه الغاية.
وأكد الأمين العام للصليب الأحمر اللبناني جورج كتانة أن الحالة نُقلت مساء امس إلى مستشفى الحريري.
وعُلم أن وزير الصحة سيعقد بعد قليل مؤتمرا صحفيا عاجلا لتناول هذا الموضوع.
""", [
    ev("first-case-announced", "أفاد تلفزيون MTV بتسجيل أول إصابة بفيروس كورونا في لبنان", "2020-02-21", "no own expression; the first case was made public on Fri 21 Feb 2020 (the removed date line), MTV an hour before the minister"),
    ev("patient-isolated", "الحالة نُقلت مساء امس إلى مستشفى الحريري", "2020-02-20", "'مساء امس' = the evening of Thu 20 Feb 2020 (she was put in isolation on arrival from Qom)"),
    ev("minister-press-conference", "سيعقد بعد قليل مؤتمرا صحفيا عاجلا", "2020-02-21", "'بعد قليل' on Fri 21 Feb 2020 (the conference was held that afternoon, outside knowledge)"),
])
art(S, "http://www.lebanontab.com/ar/79899/لا-قرار-لإقفال-الخطوط-الجوية-مع-ايران-ودول-آسيوية",
    "2020-02-21", "date line 'الجمعة ٢١ فبراير ٢٠٢٠' under the lead (kept as first line; 21 Feb 2020 was a Friday); the repeated lead after the date line and the subheads 'تدابير الوقاية' and 'التطبيق التوصيات' dropped; the last sentence, truncated in the stored text ('تقصي المعلومات …'), dropped; the ministry's hotline number left out of the quoted guidance", True, """
الجمعة ٢١ فبراير ٢٠٢٠
لا قرار لإقفال الخطوط الجوية مع ايران ودول آسيوية
لم يقرر لبنان وقف رحلات الطيران الآتية من دول آسيوية ومن إيران، بعد أن أعلن وزير الصحة حمد حسن تسجيل أول إصابة بفيروس كورونا نقلتها امرأة في الأربعينيات من عمرها قدمت من قم في ايران.
وشدد حسن على التزام لبنان بتوصيات منظمة الصحة العالمية، ودعا إلى عدم الهلع.
وذكّر الوزير اللبنانيين بالإرشادات الوقائية ومنها: عدم الاختلاط مع المصابين بالأمراض التنفسية الموجودين في الحجر المنزلي، والعناية بالنظافة وغسل اليدين مرارا واتباع آداب السعال، والطلب من جميع الوافدين من إيران خلال الأسبوعين الفائتين التزام الحجر المنزلي لمدة 14 يوما منذ وصولهم إلى لبنان والاتصال بالوزارة عند ظهور عوارض مرضية كالحمى والسعال والنزلة الأنفية وألم الحنجرة وضيق التنفس، على أن ينقل الفريق الوزاري المكلف المريض بواسطة الصليب الأحمر.
وأكد حسن ضرورة التشدد في تطبيق هذه التوصيات والتدابير لمنع انتشار الفيروس، مشيرا إلى أن "وزارة الصحة العامة تتابع الوضع بشكل حثيث وستنشر بيانات دورية حول الوضع الوبائي".
""", [
    ev("no-flight-ban", "لم يقرر لبنان وقف رحلات الطيران", "2020-02-21", "no own expression; the situation on Fri 21 Feb 2020 (the date line)"),
    ev("first-case-announced", "أعلن وزير الصحة حمد حسن تسجيل أول إصابة بفيروس كورونا", "2020-02-21", "no own expression; the minister's press conference of Fri 21 Feb 2020 (the date line)"),
    ev("iran-arrivals", "الوافدين من إيران خلال الأسبوعين الفائتين", "2020-02-07", "'خلال الأسبوعين الفائتين' before Fri 21 Feb 2020", end="2020-02-22"),
    ev("home-quarantine", "التزام الحجر المنزلي لمدة 14 يوما", "2020-02-21", "'لمدة 14 يوما منذ وصولهم': asked on 21 Feb 2020; each arrival's 14 days run from arrival (my span: from the request for 14 days)", end="2020-03-06"),
])
art(S, "https://albiladdaily.com/2020/02/22/%d9%83%d9%88%d8%b1%d9%88%d9%86%d8%a7-%d9%8a%d8%b5%d9%84-%d9%84%d8%a8%d9%86%d8%a7%d9%86",
    "2020-02-22", "date in the URL '/2020/02/22/' (a Saturday; the Egyptian daily's web copy of the Friday evening news); no stamp or date line in the stored text (undated); the byline 'نرمين عباس' dropped; the source's 'حالتان' after 'أن هناك' and '45 عام' are kept", False, """
كشف وزير الصحة اللبناني حمد حسن عن اكتشاف أول إصابة بفيروس كورونا، أو كوفيد-19، على الأراضي اللبنانية.
وبحسب المعلومات الأولية، فإن الإصابة تعود لفتاة تدعى ت. ص. تبلغ من العمر 45 عام، وهي موجودة في الحجر الصحي بمستشفى رفيق الحريري.
وأعلن الوزير أن هناك حالتان مشتبه بهما، وأن لبنان يتخذ الإجراءات وفق توصيات منظمة الصحة العالمية.
وقال الوزير: "سنعود بالتاريخ الى حوالي 10 أيام لمتابعة اوضاع الوافدين الى لبنان والتأكّد من عدم اصابتهم بفيروس كورونا المستجد".
يضاف إلى ذلك تعزيز الإجراءات الاحترازية في مطار رفيق الحريري الدولي لمواجهة فيروس كورونا.
""", [
    ev("first-case-announced", "كشف وزير الصحة اللبناني حمد حسن عن اكتشاف أول إصابة", "2020-02-21", "no expression; the announcement of Fri 21 Feb 2020 (other articles)"),
    ev("patient-isolated", "وهي موجودة في الحجر الصحي بمستشفى رفيق الحريري", "2020-02-20", "no expression; she was put in isolation on the evening of Thu 20 Feb 2020 (other article's 'مساء امس'); gold is the day isolation began"),
    ev("suspected-cases", "هناك حالتان مشتبه بهما", "2020-02-21", "no expression; stated at the press conference of Fri 21 Feb 2020"),
    ev("trace-back", "سنعود بالتاريخ الى حوالي 10 أيام", "2020-02-11", "'حوالي 10 أيام' back from Fri 21 Feb 2020 (arrivals to be traced)", end="2020-02-22"),
    ev("airport-measures", "تعزيز الإجراءات الاحترازية في مطار رفيق الحريري الدولي", "2020-02-21", "no expression; stepped up after the case of Fri 21 Feb 2020 (my reading)"),
])

# ---------------------------------------------------------------- tunisia-covid-vaccination-launch-2021
S = "tunisia-covid-vaccination-launch-2021"
art(S, "https://tunisnow.tn/90834-2",
    "2021-03-08", "the body's explicit 'تصل غدا الثلاثاء 9 مارس 2021' makes the day of writing Mon 8 Mar 2021 (9 Mar 2021 was a Tuesday); no page stamp in the stored text", True, """
تحت متابعة يومية من رئيس الجمهورية قيس سعيّد لملف توفير اللقاحات للشعب التونسي، وإثر جهود دبلوماسية متواصلة لم تتوقف، تصل غدا الثلاثاء 9 مارس 2021 من روسيا أول كمية من لقاحات كوفيد 19 من نوع سبوتنيك، وعددها 30 ألف جرعة تكفي لـ15 ألف شخص، على أن تليها خلال الأسابيع القادمة كمية ثانية تقدر بـ500 ألف جرعة تكفي لـ250 ألف شخص.
وبتعاون كل الجهات المختصة المدنية والعسكرية، ستُوزع هذه الكميات حسب الأولويات التي ستحددها اللجنة الوطنية لمجابهة فيروس كورونا.
""", [
    ev("first-batch-arrival", "تصل غدا الثلاثاء 9 مارس 2021 من روسيا أول كمية", "2021-03-09", "'غدا الثلاثاء 9 مارس 2021'"),
    ev("second-batch", "كمية ثانية تقدر بـ500 ألف جرعة", "2021-03-10", "'خلال الأسابيع القادمة' after 9 Mar 2021 (a vague future span; the arrival day is not known to me: my four-week reading)", end="2021-04-07"),
    ev("doses-distributed", "ستُوزع هذه الكميات حسب الأولويات", "2021-03-09", "no expression; the doses went out to the regional centres between their arrival (9 Mar) and the start of the campaign (13 Mar 2021), my reading", end="2021-03-14"),
])
art(S, "https://hathalyoum.net/amp/2642000",
    "2021-03-09", "page stamp 'آخر تحديث 2021-03-09 00:00:00 - المصدر: الحرة' under the headline (kept as first line); it agrees with the body's 'مساء الاثنين' (8 Mar) and 'الثلاثاء' (9 Mar 2021, the day of the arrival)", True, """
آخر تحديث 2021-03-09 00:00:00 - المصدر: الحرة
تونس تتلقى الثلاثاء أولى الجرعات المضادة لكورونا
أفادت الرئاسة التونسية،مساء الاثنين، بأن نحو 30 ألف جرعة من لقاح مضاد لكوفيد-19 ستصل إلى البلاد، الثلاثاء، في أول شحنة من نوعها، ومن المفترض أن تمكّن الحكومة من إطلاق حملة التلقيح الوطنية خلال أيام، بعدما كان من المنتظر أن تنطلق الشهر الماضي.
""", [
    ev("presidency-announcement", "أفادت الرئاسة التونسية،مساء الاثنين", "2021-03-08", "'مساء الاثنين' = the evening of Mon 8 Mar 2021"),
    ev("first-batch-arrival", "ستصل إلى البلاد، الثلاثاء", "2021-03-09", "'الثلاثاء' = Tue 9 Mar 2021"),
    ev("campaign-launch", "إطلاق حملة التلقيح الوطنية خلال أيام", "2021-03-13", "'خلال أيام': the campaign began on Sat 13 Mar 2021 (other articles)"),
    ev("planned-start", "كان من المنتظر أن تنطلق الشهر الماضي", "2021-02-01", "'الشهر الماضي' = February 2021 (the plan was mid-February, other reports)", end="2021-03-01"),
])
art(S, "http://zoomtunisia.net/article/6/101482.html",
    "2021-03-09", "no stamp in the stored text; the day follows from the body: 'اليوم الثلاثاء' before 'يوم السبت القادم (13 مارس 2021)' = Tue 9 Mar 2021, the day the first Sputnik batch landed (the text gives no date for itself: undated); the tag 'زووم -' dropped", False, """
أفاد وزير الصحة فوزي مهدي اليوم الثلاثاء بأن حملة التلقيح ضد فيروس كورونا ستنطلق بصفة رسمية يوم السبت القادم (13 مارس 2021).
وأوضح الوزير أن جميع مراكز التلقيح الموزعة على مختلف الجهات باتت جاهزة، وجاء ذلك في تصريح أدلى به أثناء وصول أول دفعة من لقاح سبوتنيك الروسي، وعددها 30 ألف جرعة، إلى مطار تونس قرطاج الدولي.
""", [
    ev("minister-statement", "أفاد وزير الصحة فوزي مهدي اليوم الثلاثاء", "2021-03-09", "'اليوم الثلاثاء' = Tue 9 Mar 2021"),
    ev("campaign-launch", "حملة التلقيح ضد فيروس كورونا ستنطلق بصفة رسمية", "2021-03-13", "'يوم السبت القادم (13 مارس 2021)'"),
    ev("first-batch-arrival", "أثناء وصول أول دفعة من لقاح سبوتنيك الروسي", "2021-03-09", "no own expression; the landing during which the minister spoke, Tue 9 Mar 2021"),
])
art(S, "https://syria.news/d31704cd-13032112_m.html",
    "2021-03-13", "the URL code '13032112' reads 13/03/21 and the body's 'لغاية اليوم السبت' fits Sat 13 Mar 2021, the first day of the campaign; no stamp or date line in the stored text (undated); the signature 'سيريانيوز' dropped; the source's slip 'يوم الاربعاء الماضي' for the arrival (it was Tuesday 9 Mar) is kept", False, """
أطلقت وزارة الصحة التونسية، يوم السبت، حملة التطعيم ضد فيروس "كورونا" في البلاد، إثر وصول الدفعات الأولى من لقاح "سبوتنيك5" الروسي.
وأفادت وكالات أنباء بأن الوزارة خصصت 25 مركزا في جميع محافظات البلاد لإجراء عملية التطعيم.
وتستهدف الحملة في المقام الأول أفراد الطواقم الطبية الذين يقفون في الصفوف الأمامية لمواجهة الوباء.
وكانت وزارة الصحة التونسية قد تسلمت، يوم الاربعاء الماضي، 30 ألف جرعة من اللقاح الروسي، من أصل 500 ألف جرعة أخرى ستصل إلى البلاد لاحقا.
وبيّنت الوزارة أن الحملة ترمي إلى تلقيح 50٪ من سكان البلاد.
وتجاوزت حصيلة "كورونا" في تونس لغاية اليوم السبت 240 ألف إصابة وأكثر من 8329 وفاة، منذ بدء تفشي الوباء في هذا البلد في آذار الماضي، وفق البيانات الرسمية.
""", [
    ev("campaign-launch", "أطلقت وزارة الصحة التونسية، يوم السبت، حملة التطعيم", "2021-03-13", "'يوم السبت' = Sat 13 Mar 2021"),
    ev("first-batch-arrival", "قد تسلمت، يوم الاربعاء الماضي، 30 ألف جرعة", "2021-03-09", "the text says 'يوم الاربعاء الماضي' (= 10 Mar), but the batch really landed on Tue 9 Mar 2021 (other articles): gold is the true day"),
    ev("second-batch", "من أصل 500 ألف جرعة أخرى ستصل إلى البلاد لاحقا", "2021-03-10", "'لاحقا' (the same later batch as 'خلال الأسابيع القادمة' in another article; my four-week reading)", end="2021-04-07"),
    ev("covid-toll", "في تونس لغاية اليوم السبت 240 ألف إصابة", "2021-03-13", "'لغاية اليوم السبت' = Sat 13 Mar 2021"),
    ev("outbreak-start", "منذ بدء تفشي الوباء في هذا البلد في آذار الماضي", "2020-03-02", "'في آذار الماضي' = March 2020; Tunisia's first case was announced on 2 Mar 2020 (outside knowledge)"),
])

# ---------------------------------------------------------------- jerusalem-holy-fire-2023
S = "jerusalem-holy-fire-2023"
art(S, "https://jaljulia.net/Public/29-06-2014/js/images/?ID=52552&mod=articles",
    "2023-04-12", "page stamp '12/04/2023 - 18:49' under the headline (a Wednesday), removed here (undated); the copyright note, comment form and the site's clock/error lines dropped", False, """
كنائس القدس: إسرائيل فرضت قيودا غير مسبوقة على الوصول لكنيسة القيامة
جددت كنائس القدس رفضها لجميع محاولات سلطات الاحتلال الإسرائيلي التضييق على المحتفلين بسبت النور في مدينة القدس المحتلة.
وبيّنت في بيان أن هذا الأسبوع هو أسبوع الآلام، الأسبوع الأقدس لدى المسيحيين، وأن الاحتفال فيه يتمثل بمراسم سبت النور التي يشهد خلالها المؤمنون إضاءة النور المقدس، وهي مراسم تقام بشكل منتظم في كنيسة القيامة منذ ما يقرب من 2000 عام وتجذب المسيحيين من كل أنحاء العالم.
وأضافت أن سلطات الاحتلال الإسرائيلي فرضت قيودا غير معقولة وغير مبررة وغير مسبوقة على الوصول إلى كنيسة القيامة، مؤكدة أنها ستقيم المراسم كما هو معتاد على مدار ألفي عام رغم هذه القيود.
""", [
    ev("churches-statement", "جددت كنائس القدس رفضها", "2023-04-12", "no expression; the statement reported on Wed 12 Apr 2023 (the removed stamp)"),
    ev("holy-week", "هذا الأسبوع هو أسبوع الآلام", "2023-04-09", "'هذا الأسبوع': the Orthodox Holy Week of 2023, from Palm Sunday 9 Apr to Holy Saturday 15 Apr (calendar)", end="2023-04-16"),
    ev("holy-fire", "بمراسم سبت النور", "2023-04-15", "no expression in the clause; Holy Saturday of the Eastern calendar = Sat 15 Apr 2023"),
    ev("access-restrictions", "فرضت قيودا غير معقولة وغير مبررة وغير مسبوقة", "2023-04-15", "no expression; the limits on entry applied to the ceremony of Sat 15 Apr 2023 (announced beforehand)"),
    ev("ceremony-held", "ستقيم المراسم كما هو معتاد", "2023-04-15", "no expression; the ceremony of Sat 15 Apr 2023 (it did take place)"),
])
art(S, "https://www.lebanondebate.com/article/597943-article",
    "2023-04-15", "page stamp 'السبت 15 نيسان 2023 - 15:48' above the headline (kept as first line; 15 Apr 2023 was a Saturday); the labels 'الأخبار المهمة' and 'placeholder' and the follow/WhatsApp blocks dropped", True, """
السبت 15 نيسان 2023 - 15:48
الشرطة الاسرائيلية تمنع المسيحيين من الوصول إلى كنيسة القيامة في سبت النور
غصّت مدينة القدس القديمة اليوم السبت بآلاف المسيحيين الفلسطينيين والحجاج القادمين من أنحاء العالم لمشاهدة فيض النور المقدس، في ظل وجود كثيف للشرطة الإسرائيلية التي طبقت إجراءات مشددة وانتشرت على نطاق واسع في البلدة القديمة، ونصبت مئات الحواجز لمنع الفلسطينيين والسياح الأجانب ورؤساء البعثات الدبلوماسية من بلوغ كنيسة القيامة.
وقيّدت الشرطة الإسرائيلية هذا العام الوصول إلى الكنيسة إلى حد كبير، وعزت ذلك إلى مخاوف تتصل بالسلامة.
وخلافا للسنوات السابقة، حين كان يحتشد في الكنيسة ما يصل إلى عشرة آلاف مسيحي، سيُسمح لنحو 1800 مصل فقط بالدخول هذا العام، إلى جانب 1200 آخرين في الخارج، كما ستحد نقاط تفتيش إضافية حول المدينة القديمة من الوصول إلى محيط الكنيسة.
""", [
    ev("pilgrims-fill-old-city", "غصّت مدينة القدس القديمة اليوم السبت", "2023-04-15", "'اليوم السبت' = Sat 15 Apr 2023 (the stamp)"),
    ev("holy-fire", "لمشاهدة فيض النور المقدس", "2023-04-15", "no own expression; Holy Saturday, 15 Apr 2023"),
    ev("checkpoints", "ونصبت مئات الحواجز", "2023-04-15", "no own expression; the same day, Sat 15 Apr 2023"),
    ev("access-restrictions", "وقيّدت الشرطة الإسرائيلية هذا العام الوصول إلى الكنيسة", "2023-04-15", "'هذا العام' (2023); the limits applied on Sat 15 Apr 2023"),
])
art(S, "https://elhmra.com/article-102780",
    "2023-04-15", "the body's explicit 'اليوم السبت الموافق 15.04.2023' (15 Apr 2023 was a Saturday); no page stamp in the stored text; the police statement is kept as a quotation; its last sentence, truncated in the stored text ('حسب الكمية المحدد…'), dropped", True, """
فاض "النور المقدس"، اليوم السبت الموافق 15.04.2023، من قبر المسيح في كنيسة القيامة بمدينة القدس بحضور المحتفلين، وهو يرمز لدى المسيحيين الأرثوذكس إلى نور قيامة المسيح.
ويحتفي المسيحيون عامة، وأتباع التقويم الشرقي خاصة، بفيض النور المقدس من قبر المسيح في كنيسة القيامة بالقدس، في يوم "سبت النور" الذي يسبق عيد الفصح، أي عيد قيامة المسيح لدى الطوائف الشرقية.
وقد منعت السلطات الاسرائيلية آلاف المحتفلين من بلوغ الكنيسة لأداء الطقوس الدينية والاحتفال، واعتدت على عدد منهم.
وجاء في بيان أصدرته الشرطة: "شرطة إسرائيل كانت حاضرة من أجل تأمين وتنظيم سبت النور في القدس لتسهيل مرور المؤمنين والمتوافدين إلى كنيسة القيامة والحفاظ على السلامة العامة. وقد انتشر المئات من أفراد الشرطة وحرس الحدود تحت قيادة قائد لواء القدس منذ ساعات الصباح في منطقة البلدة القديمة من أجل تأمين الجمهور ومرافقة المواكب والزوار ومساعدة وتنظيم الحشد. إلى جانب المهام الأمنية والحفاظ على النظام، وزع أفراد الشرطة المياه على الزوار وساعدوهم على الوصول بأمان إلى منطقتهم".
""", [
    ev("holy-fire", "فاض \"النور المقدس\"", "2023-04-15", "'اليوم السبت الموافق 15.04.2023'"),
    ev("easter", "الذي يسبق عيد الفصح", "2023-04-16", "no expression; Eastern Easter Sunday 2023 = 16 Apr (calendar)"),
    ev("access-denied", "منعت السلطات الاسرائيلية آلاف المحتفلين", "2023-04-15", "no own expression; the same day, Sat 15 Apr 2023"),
    ev("assaults", "واعتدت على عدد منهم", "2023-04-15", "no own expression; Sat 15 Apr 2023"),
    ev("police-deployment", "انتشر المئات من أفراد الشرطة وحرس الحدود", "2023-04-15", "'منذ ساعات الصباح' of Sat 15 Apr 2023"),
])
art(S, "https://safiralchamal.com/2023/04/15/349739",
    "2023-04-15", "date in the URL '/2023/04/15/' (a Saturday); no stamp or date line in the stored text (undated); the author line 'Post Author: SafirAlChamal' and the related-posts block dropped; the source's 'السنوت' is kept", False, """
بالفيديو: الشرطة الإسرائيلية تعتدي على المُحتفلين بـ"سبت النور" في القدس
نشر ناشطون على مواقع التواصل الاجتماعي مقاطع فيديو تُظهر قوات الإحتلال الإسرائيلي وهي تعتدي على المحتفلين بـ"سبت النور" في القدس.
وبحسب الشبكة، منع عناصر الشرطة الإسرائيلية الحجاج الأرثوذكس من الوصول إلى كنيسة القيامة، وتعرض بعضهم للضرب.
ورغم الإجراءات المشددة التي فرضتها القوات الإسرائيلية في المدينة، امتلأت شوارع البلدة القديمة في القدس والأزقة المحيطة بها بآلاف الحجاج الأرثوذكس من شتى دول العالم، لمشاهدة خروج النار المقدسة في كنيسة القيامة، وذلك عشية عيد الفصح.
ولا يحدث خروج النار المقدسة إلا يوم السبت المقدس المعروف بـ"سبت النور"، في كنيسة القيامة، عشية عيد الفصح الأرثوذكسي، عبر صلوات البطريرك الأرثوذكسي.
وبالتزامن مع ذلك، اتخذت القوات الإسرائيلية هذا العام تدابير أمنية صارمة خلال أهم الأعياد الدينية، إذ فرضت قيوداً مشددة على عدد زوار كنيسة القيامة في هذا اليوم.
ووفق الشرطة الإسرائيلية، لم يُسمح إلا لـ2.4 ألف شخص بمشاهدة خروج النار المقدسة من قبر المسيح، في حين كان زهاء 10 آلاف حاج مسيحي يتمكنون من مشاهدتها خلال السنوت السابقة.
""", [
    ev("assaults", "وهي تعتدي على المحتفلين", "2023-04-15", "no expression; Holy Saturday, 15 Apr 2023 (URL date)"),
    ev("access-denied", "منع عناصر الشرطة الإسرائيلية الحجاج الأرثوذكس", "2023-04-15", "no expression; Sat 15 Apr 2023"),
    ev("holy-fire", "لمشاهدة خروج النار المقدسة في كنيسة القيامة", "2023-04-15", "'عشية عيد الفصح' = Sat 15 Apr 2023 (Eastern Easter was Sun 16 Apr)"),
    ev("access-restrictions", "فرضت قيوداً مشددة على عدد زوار كنيسة القيامة", "2023-04-15", "'هذا العام' ... 'في هذا اليوم' = Holy Saturday, 15 Apr 2023"),
])

# ---------------------------------------------------------------- lebanon-covid-total-lockdown-2021
S = "lebanon-covid-total-lockdown-2021"
art(S, "http://almadenahnews.com/article/881645-لبنان-لجنة-تدابير-كورونا-توصي-بحظر-تجول-لسبعة-أيام",
    "2021-01-10", "page stamp 'تم نشره الأحد 10 كانون الثّاني / يناير 2021 11:28 مساءً' under the headline (kept as first line; 10 Jan 2021 was a Sunday); the image caption, the tag 'المدينة نيوز :-' and the agency mark '--(بترا)' dropped", True, """
تم نشره الأحد 10 كانون الثّاني / يناير 2021 11:28 مساءً
لبنان: لجنة تدابير كورونا توصي بحظر تجول لسبعة أيام
أوصت لجنة متابعة تدابير "كورونا" في لبنان مساء اليوم الاحد بإقفال البلاد إقفالا تاما لمدة 7 أيام مع حظر تام للتجول، على أن يُمنح الناس مهلة من 48 إلى 72 ساعة للتزود بالتموين.
وأوصت اللجنة كذلك بإقفال المطار لمدة 7 أيام، مع استثناء الجيش والصليب الأحمر والأطباء، على أن تُرفع هذه التوصيات إلى المجلس الأعلى للدفاع ليتخذ القرار في الاجتماع الذي دعا إليه رئيس الجمهورية يوم غد الاثنين.
""", [
    ev("committee-recommendation", "أوصت لجنة متابعة تدابير \"كورونا\" في لبنان", "2021-01-10", "'مساء اليوم الاحد' = Sun 10 Jan 2021"),
    ev("total-lockdown", "بإقفال البلاد إقفالا تاما لمدة 7 أيام", "2021-01-14", "recommended for '7 أيام'; the lockdown decided the next day ran from 5 a.m. Thu 14 Jan to 5 a.m. Mon 25 Jan 2021 (other articles; it was later extended to 8 Feb)", end="2021-01-25"),
    ev("stock-up-window", "مهلة من 48 إلى 72 ساعة للتزود بالتموين", "2021-01-11", "'من 48 إلى 72 ساعة': the days left before the lockdown, Mon 11 to Wed 13 Jan 2021 (the decision of 11 Jan, outside knowledge)", end="2021-01-14"),
    ev("defense-council-decision", "الاجتماع الذي دعا إليه رئيس الجمهورية يوم غد الاثنين", "2021-01-11", "'يوم غد الاثنين' = Mon 11 Jan 2021"),
])
art(S, "https://ru4arab.ru/لبنان..-مجلس-الدفاع-الأعلى-يعلن-حالة-الطوارئ.html",
    "2021-01-11", "page stamp 'تاريخ النشر / 11.01.2021' under the headline (kept as first line; 11 Jan 2021 was a Monday); the font-size buttons and the embedded related headline ('لبنان.. تهافت على محال بيع المواد الغذائية واللحوم قبل الإقفال التام') dropped; the last sentence, truncated in the stored text ('ويأتي هذا ا…'), dropped", True, """
تاريخ النشر 11.01.2021
لبنان.. مجلس الدفاع الأعلى يعلن حالة الطوارئ
أعلن مجلس الدفاع الأعلى في لبنان حالة طوارئ صحية تبدأ من 14 يناير الجاري وتستمر حتى 25 من الشهر نفسه.
ووفق القرار، سيُمنع الخروج إلى الطرقات والولوج إليها من 14 إلى 25 يناير، مع بعض الاستثناءات، كما ستُقفل جميع الإدارات والمؤسسات العامة والمصالح المستقلة والجامعات والمدارس والحضانات والأرصفة البحرية والملاعب الرياضية.
وسيجري تقليص حركة المسافرين في المطار إلى 20 بالمئة، على أن يخضع القادمون لفحص فوري في المطار ثم لفحص آخر بعد أسبوع.
وألزم القرار المستشفيات الخاصة بإنشاء أسرة عناية فائقة مخصصة لمرضى كورونا، تحت طائلة الملاحقة القانونية والإدارية والقضائية.
كما قضى بإغلاق كل فروع المصارف التجارية وتعليق العمل في الشركات والمؤسسات الخاصة والمحلات التجارية والملاعب والأندية الرياضية ومكاتب أصحاب المهن الحرة والأسواق الشعبية ودور السينما والمتاحف والمسارح وصالات الفيديو بوكر والألعاب الإلكترونية، ومنع إقامة الحفلات العامة والخاصة والمناسبات الاجتماعية والسهرات والتجمعات.
""", [
    ev("defense-council-decision", "أعلن مجلس الدفاع الأعلى في لبنان", "2021-01-11", "no own expression; the council met on Mon 11 Jan 2021 (the stamp)"),
    ev("health-emergency", "حالة طوارئ صحية تبدأ من 14 يناير الجاري", "2021-01-14", "'من 14 يناير الجاري ... حتى 25 من الشهر نفسه' (2021; 5 a.m. to 5 a.m., so the 25th is not included)", end="2021-01-25"),
    ev("total-lockdown", "سيُمنع الخروج إلى الطرقات والولوج إليها من 14 إلى 25 يناير", "2021-01-14", "'من 14 إلى 25 يناير' (2021; up to 5 a.m. on the 25th)", end="2021-01-25"),
    ev("airport-cut", "تقليص حركة المسافرين في المطار إلى 20 بالمئة", "2021-01-14", "no own expression; for the emergency period 14-25 Jan 2021", end="2021-01-25"),
    ev("icu-beds-order", "وألزم القرار المستشفيات الخاصة بإنشاء أسرة عناية فائقة", "2021-01-11", "no expression; the order is part of the decision of Mon 11 Jan 2021"),
])
art(S, "https://syriahomenews.com/%D8%A7%D9%84%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D8%A3%D8%B9%D9%84%D9%89-%D9%84%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%8A%D8%B9%D9%84%D9%86-%D8%AD%D8%A7%D9%84",
    "2021-01-11", "source-and-date line at the foot of the stored text 'سيرياهوم نيوز 5 – رأي اليوم 11/1/2021' (11 Jan 2021 was a Monday), removed here (undated); the breadcrumb and the 'you may also like' block dropped; the source's 'الساعةالخامسة' is kept", False, """
المجلس الأعلى للدفاع في لبنان يعلن حالة الطوارئ الصحية
أعلن المجلس الأعلى للدفاع في لبنان حالة الطوارىء الصحية في البلاد وخفض حركة المسافرين في المطار إلى 20 بالمئة، بحسب ما أوردته الوكالة الوطنية للإعلام.
وسيُفرض حظر تجول يُمنع بموجبه الخروج إلى الشوارع والطرقات والولوج إليها اعتبارا من الساعة الخامسة من صباح يوم الخميس الموافق 14 كانون ثان/يناير الحالي ولغاية الساعةالخامسة من صباح يوم الاثنين الموافق 25 من نفس الشهر.
ويأتي هذا القرار بعد أن سجل لبنان ارتفاعات قياسية في عدد إصابات فيروس كورونا لعدة أيام متتالية تجاوزت عتبة ال 5000 إصابة يومية.
""", [
    ev("defense-council-decision", "أعلن المجلس الأعلى للدفاع في لبنان حالة الطوارىء الصحية", "2021-01-11", "no expression; the council's meeting of Mon 11 Jan 2021 (the removed date line)"),
    ev("airport-cut", "وخفض حركة المسافرين في المطار إلى 20 بالمئة", "2021-01-14", "no own expression; for the emergency period 14-25 Jan 2021 (other article)", end="2021-01-25"),
    ev("total-lockdown", "وسيُفرض حظر تجول يُمنع بموجبه الخروج", "2021-01-14", "'اعتبارا من الساعة الخامسة من صباح يوم الخميس الموافق 14 كانون ثان/يناير الحالي ولغاية الساعةالخامسة من صباح يوم الاثنين الموافق 25 من نفس الشهر' (2021)", end="2021-01-25"),
    ev("record-cases", "ارتفاعات قياسية في عدد إصابات فيروس كورونا لعدة أيام متتالية", "2021-01-07", "'لعدة أيام متتالية' before the decision: daily records above 5,000 in the days up to 11 Jan 2021 (my reading; 5,440 on 8 Jan)", end="2021-01-11"),
])
art(S, "http://asianewslb.com/?page=article&id=93753",
    "2021-01-15", "page stamp '2021.01.15 - 02:18' under the byline (kept as first line; 15 Jan 2021 was a Friday, so 'اليوم الأول' of the lockdown reported here is Thu 14 Jan); the byline 'إعداد - كارلا بيطار' and the share/print links dropped; the last sentence, truncated in the stored text ('وتن…'), dropped", True, """
2021.01.15 - 02:18
كيف كان اليوم الأول من الإغلاق الكامل في لبنان؟
عاش لبنان يومه الأول من الإغلاق الشامل في إطار حالة الطوارئ الصحية التي أقرتها السلطات بعدما خرجت جائحة كورونا عن السيطرة وتجاوزت أعداد المصابين قدرة القطاع الصحي على الاستيعاب، فمُنع التجول في الشوارع وأُغلقت معظم الإدارات الرسمية والمرافق العامة والخاصة في البلاد.
وتفاوت الالتزام بالإقفال الشامل من منطقة إلى أخرى ومن شارع إلى آخر في بيروت، فبينما رُصد التزام مقبول تجلى في شبه انعدام لحركة السير في معظم الشوارع، شهدت مداخل العاصمة، ولا سيما الشمالية منها، ازدحاما عند أحد حواجز قوى الأمن الداخلي المخصصة لمراقبة التزام المواطنين ومحاسبة المخالفين.
وأدت الأحوال الجوية دورا أساسيا في رفع نسبة الالتزام، إذ يتعرض لبنان لمنخفض جوي شديد تراجعت معه درجات الحرارة وسط أمطار غزيرة وثلوج.
كما رصد مواطنون عبر مواقع التواصل الاجتماعي ازدحاما في بعض الأحياء الشعبية من المدينة، ولا سيما في أسواق الخضار والمواد الغذائية التي سُمح لها بفتح أبوابها لمدة محددة خلال النهار، ما اضطر القوى الأمنية في بعض المناطق إلى التدخل لفض الازدحام وإغلاق الأسواق.
""", [
    ev("lockdown-first-day", "عاش لبنان يومه الأول من الإغلاق الشامل", "2021-01-14", "'يومه الأول': Thu 14 Jan 2021, the day before the stamp of 02:18 on 15 Jan"),
    ev("health-emergency", "حالة الطوارئ الصحية التي أقرتها السلطات", "2021-01-14", "no expression; the emergency decided on 11 Jan for 14-25 Jan 2021 (other articles)", end="2021-01-25"),
    ev("checkpoint-jam", "ازدحاما عند أحد حواجز قوى الأمن الداخلي", "2021-01-14", "no own expression; the first day, Thu 14 Jan 2021"),
    ev("winter-storm", "لمنخفض جوي شديد", "2021-01-14", "no expression; the storm (with snow) over Lebanon during the first days of the lockdown, 14-16 Jan 2021 (my reading)", end="2021-01-17"),
    ev("market-crowds", "ازدحاما في بعض الأحياء الشعبية من المدينة", "2021-01-14", "'لمدة محددة خلال النهار' of the first day, Thu 14 Jan 2021"),
])

# ---------------------------------------------------------------- morocco-eid-sacrifice-cancelled-2025
S = "morocco-eid-sacrifice-cancelled-2025"
art(S, "https://akhbar-rif.com/%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d9%8a%d9%84%d8%ba%d9%8a-%d8%b4%d8%b9%d9%8a%d8%b1%d8%a9-%d8%b9%d9%8a%d8%af-%d8%a7%d9%84%d8%a3%d8%b6%d8%ad%d9%89-%d9%87%d8%b0%d8%a7-%d8%a7%d9%84%d8%b9%d8%a7%d9%85",
    "2025-02-26", "the body's explicit 'مساء اليوم الأربعاء 26 فبراير الجاري' (26 Feb 2025 was a Wednesday; the year from the event, the royal letter of 2025); no page stamp in the stored text, whose body starts without a headline: the headline is rendered from the URL slug", True, """
المغرب يلغي شعيرة عيد الأضحى هذا العام
قرر المغرب عدم إقامة شعيرة الذبح في عيد الأضحى لهذا العام، بسبب النقص الحاد في رؤوس الماشية الذي خلفته موجة الجفاف التي تضرب البلاد منذ أزيد من 6 سنوات.
وجاء القرار بعدما تلا وزير الأوقاف والشؤون الإسلامية أحمد التوفيق، مساء اليوم الأربعاء 26 فبراير الجاري، رسالة من الملك محمد السادس أمير المؤمنين أهاب فيها بالمغاربة عدم القيام بشعيرة عيد الأضحى هذه السنة بالنظر إلى التحديات القائمة.
ويعيش المغرب مرحلة صعبة جراء التغيرات المناخية والجفاف الذي أضر كثيرا بالثروة الحيوانية، وهو ما أدى إلى غلاء أسعار الماشية وقلة المعروض منها في الأسواق.
""", [
    ev("eid-al-adha", "في عيد الأضحى لهذا العام", "2025-06-07", "'لهذا العام' (2025); Eid al-Adha fell in Morocco on Sat 7 Jun 2025 (outside knowledge)"),
    ev("drought", "موجة الجفاف التي تضرب البلاد منذ أزيد من 6 سنوات", "2018-01-01", "'منذ أزيد من 6 سنوات' before Feb 2025: a vague span from about 2018 (my reading) to the time of writing", end="2025-02-27"),
    ev("royal-message", "تلا وزير الأوقاف والشؤون الإسلامية أحمد التوفيق", "2025-02-26", "'مساء اليوم الأربعاء 26 فبراير الجاري' (2025)"),
])
art(S, "https://arabkhabar.com/a/4261852",
    "2025-02-27", "page stamp 'تاريخ النشر: 27th, February 2025 GMT' under the headline (a Thursday), removed here (undated); the 'اقرأ ايضاً' links dropped; the last sentence, truncated in the stored text ('وفي عام 2023، انطلقت دعوات شعبية …'), dropped; the king's quotation is kept as in the source (its closing quote mark is missing there)", False, """
المغرب.. يلغي شعيرة ذبح أضاحي العيد لهذا العام ولهذا السبب!
أعلنت وزارة الأوقاف والشؤون الإسلامية المغربية أن أمير المؤمنين الملك محمد السادس يهيب بشعبه الوفي عدم القيام بشعيرة أضحية العيد لهذه السنة، بالنظر إلى التراجع الكبير في أعداد الماشية وما يترتب عليه من تداعيات اقتصادية.
وقال الملك في البيان: "وأخذًا بعين الاعتبار أن عيد الأضحى هو سنة مؤكدة مع الاستطاعة، فإن القيام بها في هذه الظروف الصعبة سيلحق ضررًا محققًا بفئات كبيرة من أبناء شعبنا، لاسيما ذوي الدخل المحدود.
وليست هذه المرة الأولى التي يلجأ فيها المغرب إلى هذه الخطوة، فقد سبق للملك الراحل الحسن الثاني أن وجه دعوات مماثلة ومنع ذبح الأضاحي في ظروف مشابهة ثلاث مرات.
ففي عام 1963 أُلغيت شعيرة النحر بسبب ما يعرف بـ"حرب الرمال" بين المغرب والجزائر، التي أثرت على الوضع الاقتصادي للبلاد.
وفي عام 1981 مُنع ذبح الماشية إثر جفاف شديد ضرب البلاد وتسبب في نفوق أعداد كبيرة من الماشية.
أما المرة الثالثة فكانت عام 1996، وجاءت هي الأخرى بسبب موجات جفاف حادة متعاقبة بلغت ذروتها سنة 1995، التي أعلنتها الحكومة سنة كارثة وطنية.
""", [
    ev("royal-message", "يهيب بشعبه الوفي عدم القيام بشعيرة أضحية العيد", "2025-02-26", "no expression; the royal letter read on the evening of Wed 26 Feb 2025 (other articles)"),
    ev("cancel-1963", "ففي عام 1963 أُلغيت شعيرة النحر", "1963-01-01", "'عام 1963' (year only)", end="1964-01-01"),
    ev("cancel-1981", "وفي عام 1981 مُنع ذبح الماشية", "1981-01-01", "'عام 1981' (year only)", end="1982-01-01"),
    ev("cancel-1996", "أما المرة الثالثة فكانت عام 1996", "1996-01-01", "'عام 1996' (year only)", end="1997-01-01"),
    ev("drought-peak-1995", "بلغت ذروتها سنة 1995", "1995-01-01", "'سنة 1995' (year only)", end="1996-01-01"),
])
art(S, "https://modonnew.com/ar/2025/02/27/%D8%AF%D9%88%D9%84%D8%A9-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D8%AA%D9%84%D8%BA%D9%89-%D8%B1%D8%B3%D9%85%D9%8A%D8%A7-%D8%A3%D8%B6%D8%AD%D9%8A%D8%A9-%D8%B9%D9%8A%D8%AF-%D8%A7%D9%84%D8%A3%D8%B6",
    "2025-02-27", "date in the URL '/2025/02/27/' (a Thursday); no stamp or date line in the stored text (undated); the subheads ('المغرب يمنع ذبح الأضاحي في عيد الأضحى لهذا السبب الصادم', 'رسالة ملكية', 'المغرب تمنع ذبح الاضاحي') dropped; the last quotation, truncated in the stored text ('مراعاة التح…'), dropped; the source's claims and spellings ('تلغى', 'حاله', 'لأول مرة في تاريخ دولة عربية') are kept", False, """
"دولة المغرب" تلغى رسميا أضحية عيد الأضحى لعام 2025 وتثير حاله من الجدل
أفادت وسائل إعلام مغربية بقرار صادم اتخذته السلطات، لأول مرة في تاريخ دولة عربية، إذ يمنع المغرب ذبح الأضاحي في عيد الأضحى لسبب صادم، فما هو؟
في خطوة غير مسبوقة، دعا العاهل المغربي الملك محمد السادس الشعب المغربي إلى عدم ذبح أضحية عيد الأضحى هذا العام، بسبب النقص الحاد في الماشية وما ينجم عنه من تداعيات اقتصادية واجتماعية.
وأُعلن القرار خلال نشرة الأخبار الرئيسية للقناة التلفزيونية الأولى، حيث قرأ وزير الأوقاف والشؤون الإسلامية أحمد توفيق رسالة ملكية وجهها الملك إلى المواطنين، دعاهم فيها إلى الامتناع عن ذبح الأضاحي هذه السنة، مؤكدا أن المغرب يواجه تحديات مناخية واقتصادية أثرت بشدة على قطاع الثروة الحيوانية.
وشدد الملك محمد السادس في الرسالة على أن عيد الأضحى المبارك يحمل دلالات دينية عميقة، وأنه ليس مجرد مناسبة عابرة، بل رابط روحي واجتماعي يجمع أفراد المجتمع المغربي.
""", [
    ev("eid-al-adha", "أضحية عيد الأضحى لعام 2025", "2025-06-07", "'لعام 2025'; Eid al-Adha fell in Morocco on Sat 7 Jun 2025 (outside knowledge)"),
    ev("royal-message", "حيث قرأ وزير الأوقاف والشؤون الإسلامية أحمد توفيق رسالة ملكية", "2025-02-26", "no expression; the main evening news of Wed 26 Feb 2025 (other article)"),
    ev("royal-call", "دعا العاهل المغربي الملك محمد السادس الشعب المغربي", "2025-02-26", "no expression; the call made by the letter of Wed 26 Feb 2025"),
])

# ---------------------------------------------------------------- validate + write

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

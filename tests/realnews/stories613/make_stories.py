"""Builds stories.jsonl: the 613-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: prisoner exchanges and detainee releases between warring
parties in Yemen, Syria, Libya or Sudan (lists agreed, flights, arrivals).
Stories: the Saudi-led coalition's release of 200 Houthi prisoners and the first flight of 128 to Sanaa
(Yemen, November 2019); the release of 125 Sudanese army soldiers by the RSF, moved by the ICRC to Wad Madani
(Sudan, June 2023); the exchange of detainees between the Syrian government and the "National Guard" at the
al-Mutuna checkpoint in Suwayda (Syria, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-coalition-200-houthi-prisoners-release-2019
S = "yemen-coalition-200-houthi-prisoners-release-2019"
ANNOUNCE = "2019-11-26"                    # the coalition announced the release of 200 Houthi prisoners on Tue 26 Nov 2019
FLIGHT = "2019-11-28"                      # the ICRC flew 128 of them from Saudi Arabia to Sanaa on Thu 28 Nov 2019
STOCKHOLM = "2018-12-13"                   # the Stockholm Agreement (incl. the prisoner-exchange deal), 13 Dec 2018
art(S, "https://eremnews-fe-app-production.azurewebsites.net/news/2065495",
    ANNOUNCE, "the page's date line '26 نوفمبر 2019، 9:40 ص' under the headline (kept as the first line) and the body's 'اليوم الثلاثاء' (26 Nov 2019 was a Tuesday); an Erem News page on a mirror host; logo, follow links and copyright footer dropped", True, """
التحالف العربي يعلن إطلاق سراح 200 أسير من ميليشيا الحوثي
26 نوفمبر 2019، 9:40 ص
أعلن التحالف العربي الذي تقوده السعودية، اليوم الثلاثاء، الإفراج عن 200 أسير من الحوثيين.
وأوضح المتحدث الرسمي باسم قوات التحالف، تركي المالكي، أنه "حرصا من قيادة التحالف على مواصلة دعم مساعي حل الأزمة في اليمن والمضي باتفاق (ستوكهولم) ومنه الاتفاق الخاص بتبادل الأسرى (...) فقد قررت قيادة قوات التحالف وبمبادرة منها إطلاق سراح مئتي أسير من أسرى المليشيا الحوثية".
وأضاف، بحسب ما أوردته وكالة الأنباء السعودية: "إلى جانب تسيير رحلات جوية بالتعاون مع منظمة الصحة العالمية لنقل المرضى من العاصمة صنعاء إلى البلدان التي يمكنهم أن يتلقوا فيها العلاج الملائم لحالاتهم".
""", [
    ev("release-announcement", "أعلن التحالف العربي الذي تقوده السعودية، اليوم الثلاثاء، الإفراج عن 200 أسير", ANNOUNCE, "'اليوم الثلاثاء' under the date line 26 Nov 2019 = Tue 26 Nov 2019"),
    ev("stockholm-agreement", "والمضي باتفاق (ستوكهولم)", STOCKHOLM, "no own expression; the Stockholm Agreement with its prisoner-exchange deal was concluded on Thu 13 Dec 2018 (background knowledge)"),
    ev("medical-flights-decision", "تسيير رحلات جوية بالتعاون مع منظمة الصحة العالمية لنقل المرضى", ANNOUNCE, "no own expression; the decision announced with the release in the same statement of Tue 26 Nov 2019"),
])
art(S, "https://adennews.net/94569",
    FLIGHT, "the page's date line '28 نوفمبر 2019' under the headline (kept as the first line) and the body's 'اليوم الخميس' (28 Nov 2019 was a Thursday); the 'no other articles' boxes and the cookie notice dropped", True, """
وصول 128 أسيرا حوثيا إلى مطار صنعاء
28 نوفمبر 2019
أفادت اللجنة الدولية للصليب الأحمر، اليوم الخميس، بأنها نقلت 128 أسيرا من السعودية إلى صنعاء.
وكتبت اللجنة في تغريدة على تويتر: "نعيد اليوم 128 محتجزاً من السعودية إلى صنعاء".
وتابع الصليب الأحمر: "نرحب بهذه المبادرة، ويسعدنا أن تُراعى الاعتبارات الإنسانية من أجل العائلات التي تترقب عودة أحبائها إلى بيوتهم".
وذكر مصدر في مطار صنعاء أن قيادات من جماعة الحوثي وعددا من مناصريها حضروا لاستقبال الأسرى المطلق سراحهم.
وكان التحالف العربي قد أعلن الثلاثاء مبادرة لإطلاق سراح 200 أسير من ميليشيا الحوثي، وفتح مطار صنعاء أمام نقل الجرحى لتلقي العلاج في الخارج بالتنسيق مع منظمة الصحة العالمية.
""", [
    ev("flight-128", "بأنها نقلت 128 أسيرا من السعودية إلى صنعاء", FLIGHT, "'اليوم الخميس' under the date line 28 Nov 2019 = Thu 28 Nov 2019"),
    ev("houthi-reception", "حضروا لاستقبال الأسرى المطلق سراحهم", FLIGHT, "no own expression; the reception at Sanaa airport on the arrival of the flight, Thu 28 Nov 2019"),
    ev("release-announcement", "وكان التحالف العربي قد أعلن الثلاثاء مبادرة", ANNOUNCE, "'الثلاثاء' before Thu 28 Nov 2019 = Tue 26 Nov 2019"),
    ev("medical-flights-decision", "وفتح مطار صنعاء أمام نقل الجرحى", ANNOUNCE, "no own expression; part of the coalition's announcement of Tue 26 Nov 2019"),
])
art(S, "http://www.motabaat.com/2019/11/28/%d8%b4%d8%a7%d9%87%d8%af-%d9%88%d8%b5%d9%88%d9%84-128-%d9%85%d9%86-%d8%a3%d8%b3%d8%b1%d9%89-%d8%a7%d9%84%d8%ad%d9%88%d8%ab%d9%8a%d9%8a%d9%86-%d8%a5%d9%84%d9%89-%d9%85%d8%b7%d8%a7%d8%b1-%d8%b5%d9%86/",
    FLIGHT, "no date line on the stored page; the body's 'اليوم الخميس' and 'ظهر اليوم' for the arrival of the 128 prisoners at Sanaa, which was on Thu 28 Nov 2019 (adennews date line 28 Nov 2019, ICRC 'نعيد اليوم'), and 'الثلاثاء الماضي' for the announcement of Tue 26 Nov give Thu 28 Nov 2019 (the URL path 2019/11/28 agrees); view counter, 'You might also like' dropped", False, """
شاهد.. وصول 128 من أسرى الحوثيين إلى مطار صنعاء أطلق سراحهم التحالف (صور)
وصل اليوم الخميس إلى مطار صنعاء الدولي 128 أسيراً من مقاتلي الحوثيين ممن أفرج عنهم التحالف السعودي الإماراتي.
وأفادت مصادر في مطار صنعاء بأن الأسرى الـ128 هبطوا ظهر اليوم على متن طائرة تعود للجنة الدولية للصليب الأحمر الدولي.
وبيّنت المصادر أن الطائرة أقلعت من "مطار خميس مشيط في السعودية" متجهة إلى مطار صنعاء الدولي.
وأشارت إلى أن طائرة ثانية يُنتظر أن تحط لاحقا وعلى متنها عدد من الأسرى الباقين لدى التحالف السعودي الإماراتي.
وكان التحالف السعودي الإماراتي قد أعلن الثلاثاء الماضي الإفراج عن 200 أسير حوثي، فضلا عن تسيير رحلات جوية بالتعاون مع منظمة الصحة العالمية لنقل المرضى من مطار صنعاء الدولي.
من جانبها رحبت أنصار الله (الحوثيين)، على لسان القيادي محمد علي الحوثي، بمبادرة التحالف، ودعت إلى تنظيم استقبال للأسرى الذين وصفتهم بـ"الأبطال".
""", [
    ev("flight-128", "وصل اليوم الخميس إلى مطار صنعاء الدولي 128 أسيراً", FLIGHT, "'اليوم الخميس' = Thu 28 Nov 2019"),
    ev("release-announcement", "قد أعلن الثلاثاء الماضي الإفراج عن 200 أسير حوثي", ANNOUNCE, "'الثلاثاء الماضي' from Thu 28 Nov 2019 = Tue 26 Nov 2019"),
    ev("medical-flights-decision", "فضلا عن تسيير رحلات جوية", ANNOUNCE, "no own expression; part of the announcement of Tue 26 Nov 2019"),
    ev("houthi-welcome", "رحبت أنصار الله (الحوثيين)، على لسان القيادي محمد علي الحوثي", ANNOUNCE, "no own expression; Mohammed Ali al-Houthi's tweet welcoming the step was posted on the evening of the announcement, Tue 26 Nov 2019 (Erem News of that day: 'علّقت جماعة الحوثيين، اليوم الثلاثاء')"),
])

# ---------------------------------------------------------------- sudan-rsf-125-soldiers-release-2023
S = "sudan-rsf-125-soldiers-release-2023"
RELEASE = "2023-06-28"                     # the RSF released 100 soldiers and 25 wounded, moved by the ICRC to Wad Madani, Wed 28 Jun 2023
ICRC = "2023-06-29"                        # the ICRC statement (and Sandoz's words) of Thu 29 Jun 2023
art(S, "https://q8hashtagat.com/%d8%a7%d9%84%d8%af%d8%b9%d9%85-%d8%a7%d9%84%d8%b3%d8%b1%d9%8a%d8%b9-%d8%aa%d8%b7%d9%84%d9%82-%d8%b3%d8%b1%d8%a7%d8%ad-100-%d9%85%d9%86-%d8%a3%d8%b3%d8%b1%d9%89-%d8%a7%d9%84%d8%ac%d9%8a%d8%b4",
    RELEASE, "no date on the stored page; the body's 'اليوم الأربعاء' for the RSF's announcement of the release of 100 prisoners and 25 wounded, which was made on Wed 28 Jun 2023 (sarabic of Thu 29: 'أعلنت قوات الدعم السريع في بيان أمس الأربعاء'), gives Wed 28 Jun 2023; the section tag dropped; the last, truncated sentence on the Turkish hospital in Nyala dropped", False, """
الدعم السريع تطلق سراح 100 من أسرى الجيش
أطلقت قوات الدعم السريع السودانية، اليوم الأربعاء، سراح 100 أسير من أسرى القوات المسلحة السودانية إضافة إلى 25 جريحاً.
وورد في تغريدة نشرتها قوات الدعم السريع على صفحتها في تويتر اليوم، مرفقة بمقطع فيديو، "أنه بمبادرة من قائد قوات الدعم السريع إطلاق سراح (100) من أسرى القوات المسلحة و(25) جريحاً".
وظهر في الفيديو المرفق أحد عناصر الدعم السريع وهو يوزع نقودا على الجنود المفرج عنهم.
واشتمل المقطع كذلك على كلمة لأحد الجنود المطلق سراحهم يشكر فيها قوات الدعم السريع على الإفراج عنهم وعلى حسن المعاملة طوال المدة التي أمضوها في الأسر.
وفي شأن متصل، أكد رئيس مجلس السيادة الانتقالي السوداني الفريق أول ركن عبدالفتاح البرهان للرئيس التركي رجب طيب أردوغان قبوله أي مبادرة تركية لوقف الحرب وإحلال السلام في السودان.
وأفادت وكالة الأنباء السودانية الرسمية (سونا) اليوم الأربعاء بأن البرهان تلقى مكالمة هاتفية من أردوغان شكره فيها على خطابه بمناسبة تنصيبه بعد فوزه في الانتخابات الرئاسية التركية.
""", [
    ev("rsf-release", "أطلقت قوات الدعم السريع السودانية، اليوم الأربعاء، سراح 100 أسير", RELEASE, "'اليوم الأربعاء' = Wed 28 Jun 2023"),
    ev("rsf-tweet", "وورد في تغريدة نشرتها قوات الدعم السريع", RELEASE, "'اليوم' = Wed 28 Jun 2023"),
    ev("burhan-erdogan-call", "أن البرهان تلقى مكالمة هاتفية من أردوغان", RELEASE, "'اليوم الأربعاء' (SUNA's report) = Wed 28 Jun 2023; the call itself is taken as of that day"),
    ev("erdogan-inauguration", "بمناسبة تنصيبه بعد فوزه في الانتخابات الرئاسية التركية", "2023-06-03", "no own expression; Erdogan was sworn in for his new term on Sat 3 Jun 2023 (background knowledge)"),
])
art(S, "https://sarabic.ae/amp/20230629/%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%B3%D8%B1%D8%A7%D8%AD-125-%D8%AC%D9%86%D8%AF%D9%8A%D8%A7-%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A%D8%A7-%D9%85%D8%AD%D8%AA%D8%AC%D8%B2%D9%8A%D9%86-%D9%84%D8%AF%D9%89-%D8%A7%D9%84%D8%AF%D8%B9%D9%85-%D8%A7%D9%84%D8%B3%D8%B1%D9%8A%D8%B9-1078603918.html",
    ICRC, "no date line in the stored text; the body's 'اليوم الخميس' for the ICRC statement and 'يوم (أمس) الأربعاء' / 'أمس الأربعاء' for the release of Wed 28 Jun 2023 give Thu 29 Jun 2023 (the URL path 20230629 agrees); headline rendered from the URL slug; the stored excerpt begins with 'جاء ذلك في بيان للجنة', re-worded to name the committee; the last, truncated sentence shortened", False, """
إطلاق سراح 125 جنديا سودانيا محتجزين لدى الدعم السريع
ورد ذلك في بيان للجنة الدولية للصليب الأحمر نشرته على موقعها الرسمي وعلى حسابها في "تويتر"، اليوم الخميس، في وقت تتواصل فيه المعارك بين طرفي النزاع في السودان، ولا سيما في العاصمة الخرطوم.
وذكرت اللجنة أنها "يسّرت يوم (أمس) الأربعاء إطلاق سراح 125 جندياً من القوات المسلحة السودانية كانت قوات الدعم السريع تحتجزهم، وذلك في إطار دورها كوسيط محايد وبطلب من أطراف النزاع".
وأوضحت أن فرقها نقلت الجنود المطلق سراحهم، وبينهم 44 جندياً مصابا، من الخرطوم إلى ود مدني.
من جهته، صرّح رئيس بعثة اللجنة الدولية في السودان جان كريستوف ساندوز: "هذه الخطوة الإيجابية تعني أن العائلات ستتمكن من الاحتفال بعيد الأضحى مع أحبائها".
وشدد على أن "اللجنة الدولية تظل مستعدة للتدخل كوسيط محايد في عمليات الإفراج عن المحتجزين لدى جميع أطراف النزاع، متى طُلب منها ذلك".
في المقابل، أعلنت قوات الدعم السريع في بيان أمس الأربعاء إطلاق سراح (100) من أسرى القوات المسلحة و(25) جريحاً.
ومنذ 15 أبريل/ نيسان الماضي، تدور اشتباكات عنيفة وواسعة بين الجيش السوداني وقوات الدعم السريع في مناطق متفرقة من السودان، إذ يسعى كل طرف إلى السيطرة على مقار حيوية.
""", [
    ev("icrc-statement", "ورد ذلك في بيان للجنة الدولية للصليب الأحمر", ICRC, "'اليوم الخميس' = Thu 29 Jun 2023"),
    ev("rsf-release", "يسّرت يوم (أمس) الأربعاء إطلاق سراح 125 جندياً", RELEASE, "'يوم (أمس) الأربعاء' from Thu 29 Jun 2023 = Wed 28 Jun 2023"),
    ev("transfer-wad-madani", "أن فرقها نقلت الجنود المطلق سراحهم", RELEASE, "no own expression; the transfer from Khartoum to Wad Madani was part of the release of Wed 28 Jun 2023"),
    ev("sandoz-statement", "صرّح رئيس بعثة اللجنة الدولية في السودان جان كريستوف ساندوز", ICRC, "no own expression; his words are in the ICRC statement of Thu 29 Jun 2023 ('اليوم الخميس')"),
    ev("rsf-tweet", "أعلنت قوات الدعم السريع في بيان أمس الأربعاء", RELEASE, "'أمس الأربعاء' from Thu 29 Jun 2023 = Wed 28 Jun 2023"),
    ev("war-start", "ومنذ 15 أبريل/ نيسان الماضي، تدور اشتباكات عنيفة", "2023-04-15", "'15 أبريل/ نيسان الماضي' = Sat 15 Apr 2023 (the start of the fighting)"),
])
art(S, "https://almayadeen.net/news/politics/السودان:-اللجنة-الدولية-للصليب-الأحمر-تسهل-إطلاق-سراح-125-مح",
    ICRC, "no date line on the stored page; the body's 'أمس الأربعاء' for the release of Wed 28 Jun 2023, and the ICRC tweet embedded in the page, dated 'June 29, 2023' and quoting 'We facilitated yesterday the release', give Thu 29 Jun 2023; the embedded English tweet dropped; the last, truncated sentence shortened", False, """
السودان: الصليب الأحمر يسهّل إطلاق سراح 125 محتجزاً لدى "الدعم السريع"
ساعدت اللجنة الدولية للصليب الأحمر، أمس الأربعاء، في إطلاق سراح 125 جندياً من القوات المسلحة السودانية كانت قوات الدعم السريع تحتجزهم، وذلك انطلاقا من دورها كوسيط محايد وبطلب من أطراف النزاع.
وتولت فرق اللجنة الدولية نقل الجنود المفرج عنهم، ومنهم 44 جندياً جريحاً، من الخرطوم إلى مدينة ود مدني.
بدوره، أشار رئيس بعثة اللجنة الدولية في السودان، جان كريستوف ساندوز، إلى أن "هذه الخطوة الإيجابية تعني أن العائلات ستحتفل بعيد الأضحى مع أحبائها".
وتابع أن "اللجنة الدولية تبقى جاهزة للتدخل كوسيط محايد في عمليات الإفراج عن المحتجزين من كل أطراف النزاع، متى طُلب منها ذلك".
كما سهّلت اللجنة الدولية في 26 حزيران/يونيو الإفراج عن 14 جريحاً محتجزاً في الفاشر بإقليم دارفور.
""", [
    ev("rsf-release", "ساعدت اللجنة الدولية للصليب الأحمر، أمس الأربعاء، في إطلاق سراح 125 جندياً", RELEASE, "'أمس الأربعاء' from Thu 29 Jun 2023 = Wed 28 Jun 2023"),
    ev("transfer-wad-madani", "وتولت فرق اللجنة الدولية نقل الجنود المفرج عنهم", RELEASE, "no own expression; part of the release of Wed 28 Jun 2023"),
    ev("sandoz-statement", "أشار رئيس بعثة اللجنة الدولية في السودان، جان كريستوف ساندوز", ICRC, "no own expression; his words are in the ICRC statement of Thu 29 Jun 2023 (sarabic 'اليوم الخميس')"),
    ev("fasher-14-release", "الإفراج عن 14 جريحاً محتجزاً في الفاشر", "2023-06-26", "'في 26 حزيران/يونيو' = Mon 26 Jun 2023"),
])

# ---------------------------------------------------------------- syria-suwayda-mutuna-detainee-exchange-2026
S = "syria-suwayda-mutuna-detainee-exchange-2026"
REPORT = "2026-02-20"                      # Asharq al-Awsat report on the US-mediated negotiations, Fri 20 Feb 2026
EXCHANGE = "2026-02-26"                    # the exchange (61 for 25/30) at the al-Mutuna checkpoint, Thu 26 Feb 2026
BARRACK = "2026-02-27"                     # Tom Barrack's post on X, Fri 27 Feb 2026
JULY = ("2025-07-13", "2025-07-20")        # the Suwayda clashes of July 2025 (from 13 Jul to the ceasefire of 19 Jul)
NEGOT = (REPORT, EXCHANGE)                 # negotiations under way on Fri 20 Feb, ended with the exchange (my span 20-25 Feb)
art(S, "https://www.tayyar.org/News/Lebanon/706006/",
    REPORT, "the page's time stamp 2026-02-20 (Fri 20 Feb 2026); an Asharq al-Awsat report carried by tayyar.org; headline kept from the page; no date of its own in the text", True, """
الشرق الأوسط السعودية: مفاوضات لتبادل أسرى في السويداء بوساطة أميركية
أفادت مصادر سورية لـ«الشرق الأوسط» بأن مفاوضات تدور حول تبادل للأسرى في محافظة السويداء جنوب سوريا، بوساطة أميركية.
وقال مدير العلاقات الإعلامية في المحافظة، قتيبة عزام، إن المفاوضات تجري بين الحكومة السورية وما يُعرف بـ«قوات الحرس الوطني» التابعة لشيخ العقل حكمت الهجري، سعياً إلى إبرام صفقة لتبادل الأسرى.
وذكرت تقارير إعلامية أن مكتب المبعوث الأميركي توم برّاك تلقى موافقة الطرفين على إتمام الصفقة، التي ستتضمن الإفراج عن 61 مدنياً من أبناء السويداء موقوفين في ريف دمشق منذ أحداث صيف 2025، مقابل 30 أسيراً من عناصر وزارتي الدفاع والداخلية يحتجزهم «الحرس الوطني» في السويداء.
وكان محافظ السويداء مصطفى بكور قد أعلن الشهر الماضي أن الحكومة السورية تسلّمت هؤلاء المدنيين من قوات العشائر، وأودعتهم السجن تمهيداً لترتيب عملية تبادل.
""", [
    ev("negotiations", "بأن مفاوضات تدور حول تبادل للأسرى", NEGOT[0], "no own expression; the talks were under way on Fri 20 Feb 2026 (day of the report) and ended with the exchange of Thu 26 Feb (my span 20-25 Feb)", end=NEGOT[1]),
    ev("exchange", "الإفراج عن 61 مدنياً من أبناء السويداء", EXCHANGE, "no own expression; the exchange planned here was carried out on Thu 26 Feb 2026 (SANA, albayan 'اليوم الخميس')"),
    ev("suwayda-july-clashes", "منذ أحداث صيف 2025", JULY[0], "'أحداث صيف 2025' = the Suwayda clashes of July 2025, 13 Jul to the ceasefire of 19 Jul (background knowledge)", end=JULY[1]),
    ev("governor-announcement", "قد أعلن الشهر الماضي أن الحكومة السورية تسلّمت هؤلاء المدنيين", "2026-01-01", "'الشهر الماضي' from Feb 2026 = January 2026 (the month only)", end="2026-02-01"),
])
art(S, "https://www.albayan.ae/news/middle-east/syria/1098194",
    EXCHANGE, "the page's time stamp 2026-02-26 and the body's 'اليوم الخميس' (26 Feb 2026 was a Thursday); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
تبادل محتجزين بين الحكومة السورية والمجموعات المسلحة في السويداء
جرت في محافظة السويداء السورية، اليوم الخميس، عملية لتبادل المحتجزين بين الحكومة السورية والمجموعات المسلحة في هذه المحافظة الواقعة جنوبي البلاد، وذلك بإشراف اللجنة الدولية للصليب الأحمر.
وبرعاية ومتابعة أمريكية مباشرة، وبعد عدة أيام من المفاوضات، جرى الاتفاق على تنفيذ تبادل للمعتقلين بين السويداء والحكومة السورية.
وأفاد مدير العلاقات الإعلامية في مديرية إعلام السويداء بأن العملية نُفذت عند حاجز المتونة في الريف الشمالي للمحافظة، وتضمنت إفراج الحكومة السورية عن 61 موقوفاً من أبناء السويداء، مقابل إفراج المجموعات المسلحة المعروفة باسم «الحرس الوطني» عن 30 عنصراً من قوات الأمن والجيش السوري.
ونُقل الموقوفون من أبناء السويداء صباحاً من سجن عدرا المركزي في ريف دمشق، تحت حراسة أمنية وبمرافقة اللجنة الدولية للصليب الأحمر، إلى منطقة التبادل، حيث انطلقت العملية بإشراف الجهات الأمنية السورية وبحضور ممثلين عن الصليب الأحمر.
وتمت العملية بوساطة أمريكية، ضمن مساعٍ لمعالجة ملف المحتجزين في محافظة السويداء، وفق ما نقلته مصادر مطلعة.
""", [
    ev("exchange", "جرت في محافظة السويداء السورية، اليوم الخميس، عملية لتبادل المحتجزين", EXCHANGE, "'اليوم الخميس' = Thu 26 Feb 2026"),
    ev("negotiations", "وبعد عدة أيام من المفاوضات", NEGOT[0], "'عدة أيام' before Thu 26 Feb 2026; the talks were reported under way on Fri 20 Feb (tayyar/Asharq al-Awsat) (my span 20-25 Feb)", end=NEGOT[1]),
    ev("detainees-transfer", "ونُقل الموقوفون من أبناء السويداء صباحاً من سجن عدرا المركزي", EXCHANGE, "'صباحاً' of the day of the exchange, Thu 26 Feb 2026"),
])
art(S, "https://www.okaz.com.sa/politics/na/2237790",
    BARRACK, "the page's time stamp 2026-02-27 and the body's 'اليوم (الجمعة)' (27 Feb 2026 was a Friday); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
باراك: تبادل الأسرى في السويداء خطوة نحو الاستقرار
رأى المبعوث الأمريكي توم باراك أن تبادل 25 مقاتلاً من القوات الحكومية السورية و61 مقاتلاً درزياً في السويداء يشكل خطوة باتجاه الاستقرار، مشيراً إلى أن الولايات المتحدة ساعدت في تسهيل هذا الجهد.
وكتب باراك في تدوينة على حسابه في منصة «إكس» اليوم (الجمعة): «بمساعدة قيّمة من اللجنة الدولية للصليب الأحمر، جرى أمس تبادل 25 مقاتلاً من القوات الحكومية و61 مقاتلاً درزياً في عملية سلسة ومنظمة. العائلات التأم شملها. خطوة بعيدة عن الثأر، وخطوة نحو الاستقرار».
ووجّه باراك الشكر إلى النائب أبراهام حمادة على مبادرته ومثابرته الهادئة ووضوحه الأخلاقي في المساعدة على إطلاق هذه العملية، قائلاً إن القيادة تصنع الفارق خصوصاً حين تعيد الناس إلى ديارهم، في إشارة إلى عضو الكونغرس عن الدائرة الثامنة في ولاية أريزونا المتحدر من أصول سورية.
وكانت وكالة الأنباء السورية (سانا) قد أعلنت أمس (الخميس) أن الصليب الأحمر الدولي أشرف على عملية لتبادل الموقوفين والأسرى المحتجزين إثر أحداث يوليو 2025 في محافظة السويداء، مبينة أن التبادل شمل 86 شخصاً.
""", [
    ev("barrack-post", "وكتب باراك في تدوينة على حسابه في منصة «إكس» اليوم (الجمعة)", BARRACK, "'اليوم (الجمعة)' = Fri 27 Feb 2026"),
    ev("exchange", "جرى أمس تبادل 25 مقاتلاً", EXCHANGE, "'أمس' in Barrack's post of Fri 27 Feb 2026 = Thu 26 Feb"),
    ev("sana-announcement", "قد أعلنت أمس (الخميس) أن الصليب الأحمر الدولي أشرف", EXCHANGE, "'أمس (الخميس)' from Fri 27 Feb 2026 = Thu 26 Feb"),
    ev("suwayda-july-clashes", "إثر أحداث يوليو 2025", JULY[0], "'يوليو 2025' = the Suwayda clashes of 13-19 Jul 2025 (background knowledge)", end=JULY[1]),
])
art(S, "https://sarabic.ae/20260226/%D8%A8%D8%AF%D8%A1-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D8%AA%D8%A8%D8%A7%D8%AF%D9%84-%D9%84%D9%84%D8%A3%D8%B3%D8%B1%D9%89-%D9%88%D8%A7%D9%84%D9%85%D9%88%D9%82%D9%88%D9%81%D9%8A%D9%86-%D8%A8%D9%8A%D9%86-%D8%AF%D9%85%D8%B4%D9%82-%D9%88%D8%A7%D9%84%D8%B3%D9%88%D9%8A%D8%AF%D8%A7%D8%A1--1110771368.html",
    EXCHANGE, "the stored page has no time stamp and no date line of its own; the body's 'اليوم الخميس' for the start of the exchange, which took place on Thu 26 Feb 2026 (SANA, albayan, okaz 'أمس (الخميس)'), gives Thu 26 Feb 2026 (the URL path 20260226 agrees); the teaser string '26.02.2026, سبوتنيك عربي' inside the stored text (a copy of the page's description, not part of the body) dropped; the sentence on the national inquiry committee and the UN report dropped; the last, truncated sentence completed ('يوم واحد')", False, """
بدء عملية تبادل للأسرى والموقوفين بين دمشق والسويداء
انطلقت، اليوم الخميس، عملية لتبادل الأسرى والموقوفين بين السلطات السورية في دمشق ومجموعات في محافظة السويداء، على صلة بأحداث تموز/يوليو من العام الماضي.
وبحسب مصادر تحدثت لصحيفة "الوطن" السورية، تتضمن العملية "الإفراج عن 61 موقوفاً من أبناء محافظة السويداء لدى الحكومة السورية، في مقابل إطلاق 25 أسيراً تحتجزهم المجموعات الخارجة عن القانون في السويداء".
وذكرت معلومات ميدانية أن قوى الأمن الداخلي، بالتعاون مع الشرطة العسكرية، تولت تأمين وصول الموقوفين الـ61 من أبناء السويداء إلى حاجز المتونة استعداداً لإنجاز التبادل.
وفي يوليو/تموز الماضي، أعلنت لجنة تقصي الحقائق السورية أن حصيلة ضحايا أحداث الساحل السوري بلغت 1426 قتيلاً بينهم 90 امرأة.
وأكدت المصادر أن عملية التبادل ستُنجز خلال يوم واحد.
""", [
    ev("exchange", "انطلقت، اليوم الخميس، عملية لتبادل الأسرى والموقوفين", EXCHANGE, "'اليوم الخميس' = Thu 26 Feb 2026"),
    ev("suwayda-july-clashes", "على صلة بأحداث تموز/يوليو من العام الماضي", JULY[0], "'تموز/يوليو من العام الماضي' from 2026 = July 2025, the clashes of 13-19 Jul (background knowledge)", end=JULY[1]),
    ev("detainees-transfer", "تولت تأمين وصول الموقوفين الـ61 من أبناء السويداء إلى حاجز المتونة", EXCHANGE, "no own expression; the detainees were brought to al-Mutuna on the morning of the exchange, Thu 26 Feb 2026 (albayan 'صباحاً')"),
    ev("coast-inquiry-report", "أعلنت لجنة تقصي الحقائق السورية أن حصيلة ضحايا أحداث الساحل السوري", "2025-07-01", "'يوليو/تموز الماضي' = July 2025 (the month only; the committee's press conference was in late July 2025)", end="2025-08-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 613
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 348-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: prisoner exchanges and detainee swaps between warring or
rival parties: deals announced, lists exchanged, the release day, returns home.
Stories: the release of the 48 Iranian pilgrims held by the Free Syrian Army against 2,130 detainees of the
Syrian government (Syria, January 2013), the third swap of the Libyan 5+5 military committee at al-Shwerif
(Libya, January 2021), the Hezbollah - Nusra swap of captives and bodies that emptied the Arsal barrens (Lebanon,
July-August 2017), the first 'prison clearing' swap between the Syrian government and the SDF in Aleppo
(Syria, April 2025), and the exchange of the hostages in Gaza for about 1,968 Palestinian prisoners under the
first phase of the Trump plan (Palestine / Egypt, October 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-iranian-pilgrims-prisoner-swap-2013
S = "syria-iranian-pilgrims-prisoner-swap-2013"
SWAP = "2013-01-09"                        # the 48 Iranians freed in Douma and the first detainees released, Wed 9 Jan 2013
TEHRAN = "2013-01-10"                      # the 48 landed in Tehran on Thu 10 Jan 2013 (elaph, alittihad)
RELEASE_2130 = ("2013-01-09", "2013-01-13")  # the release of the 2,130 detainees: ~1,000 on Wed 9, the rest put off to Sat 12
KIDNAP = "2012-08-04"                      # the pilgrims seized near Sayyida Zeinab on Sat 4 Aug 2012
VIDEO = "2012-08-05"                       # the al-Baraa brigade's video of Sun 5 Aug 2012
art(S, "https://paltoday.ps/ar/post/156992/contact",
    "2013-01-09", "page stamp 'الساعة 10:36 ص|09 يناير 2013' (kept as second line; 9 Jan 2013 was a Wednesday); the body's 'ظهر اليوم الأربعاء' and 'في وقت سابق من اليوم الأربعاء' agree; the tag 'خبر' and the source line 'وكالات' dropped; headline kept from the page (reworded)", True, """
تلفزيون إيران: الإفراج عن 48 إيرانيا كانوا محتجزين في سوريا
الساعة 10:36 ص|09 يناير 2013
أفاد التلفزيون الإيراني، ظهر اليوم الأربعاء، بأن 48 إيرانيا أُطلق سراحهم ضمن صفقة تبادل بين المعارضة السورية والنظام.
وبموجب الصفقة يطلق مقاتلو المعارضة السورية سراح الإيرانيين الثمانية والأربعين، في مقابل أن تفرج الحكومة السورية عن 2130 معتقلا مدنيا من بينهم أتراك.
وكانت وكالة "الأناضول" قد نقلت في وقت سابق من اليوم الأربعاء عن بولنت يلدرم، رئيس هيئة الإغاثة الإنسانية التركية (İHH)، أن عملية تبادل الأسرى انطلقت في عدة مواقع من العاصمة السورية دمشق.
وأوضح يلدرم لمراسل الأناضول أن "جزءا من الوسطاء يوجد حاليا لدى المعارضة، بينما نتجه نحن إلى موقع آخر سيجري فيه الإفراج عن الأسرى، وقد أنشأنا هنا مركزا للعملية تشرف عليه هيئة الإغاثة الإنسانية".
ويُذكر أن يلدرم أسهم العام الماضي، عبر الدبلوماسية الإنسانية في سوريا، في الإفراج عن عدد كبير من المعتقلين الأتراك هناك، وفي مقدمتهم الصحفيان آدم كوسة وحميد جوشكون، إلى جانب 28 إيرانيا و7 سوريين كانوا في السجون السورية.
""", [
    ev("iran-tv-announcement", "أفاد التلفزيون الإيراني، ظهر اليوم الأربعاء", SWAP, "'ظهر اليوم الأربعاء' = Wed 9 Jan 2013 (page stamp)"),
    ev("iranians-freed", "بأن 48 إيرانيا أُطلق سراحهم ضمن صفقة تبادل", SWAP, "no own expression; the release announced 'ظهر اليوم الأربعاء', Wed 9 Jan 2013 (the 48 were handed over in Douma that day)"),
    ev("detainees-release-2130", "في مقابل أن تفرج الحكومة السورية عن 2130 معتقلا مدنيا", RELEASE_2130[0], "no own expression; the release of the 2,130 began on Wed 9 Jan 2013 (about 1,000 that day) and its next batch was put off from Thu 10 to Sat 12 Jan by the snowstorm (alittihad); my span 9-12 Jan", end=RELEASE_2130[1]),
    ev("swap-begins-damascus", "أن عملية تبادل الأسرى انطلقت في عدة مواقع", SWAP, "'في وقت سابق من اليوم الأربعاء' = the morning of Wed 9 Jan 2013"),
    ev("ihh-2012-releases", "في الإفراج عن عدد كبير من المعتقلين الأتراك", "2012-01-01", "'العام الماضي' from Jan 2013 = the year 2012", end="2013-01-01"),
])
art(S, "https://amay1.sarmady.net/news/details/271333",
    "2013-01-09", "page line 'الأربعاء 09-01-2013 12:46 | كتب: وكالات |' (9 Jan 2013 was a Wednesday; dropped with the byline and the photo tag, so the text keeps no date of its own); headline kept from the page (reworded); the last, truncated sentence dropped", False, """
المعارضة السورية تطلق 48 إيرانيا كانت تحتجزهم مقابل سجناء لدى «الأسد»
بثّ التليفزيون الحكومي السوري نبأ الإفراج عن الإيرانيين الـ48 الذين كانت المعارضة تحتجزهم، من غير أن يحدد متى أُطلقوا ولا الشروط التي أُفرج عنهم بموجبها.
وذكرت قناة «برس تي في» الإيرانية أن المعارضة السورية أخلت سبيل 48 إيرانيا احتجزتهم قبل شهور في سوريا، في مقابل إفراج الأجهزة الأمنية السورية عن سجناء.
ولم يبين التقرير عدد السجناء الذين أطلقتهم الحكومة السورية، لكنه أشار إلى وجود أتراك بينهم.
وكانت المعارضة السورية قد احتجزت الإيرانيين في دمشق في أغسطس، مؤكدة أنهم عناصر في الحرس الثوري الإيراني بعثت بهم طهران لمساندة قوات الرئيس السوري بشار الأسد، وهو ما نفته طهران قائلة إنهم كانوا في زيارة لعتبات شيعية في سوريا.
وكان مسلحون قد خطفوا في الرابع من أغسطس الماضي 48 زائرا إيرانيا في منطقة السيدة زينب بريف دمشق.
وبحسب ما أوردته وكالة الأناضول للأنباء، ستطلق قوات المعارضة سراح 2130 سجينا مدنيا سوريا، الأربعاء، مقابل إخلاء سبيل 48 إيرانيا يحتجزهم معارضون سوريون.
""", [
    ev("iranians-freed", "بثّ التليفزيون الحكومي السوري نبأ الإفراج عن الإيرانيين الـ48", SWAP, "no own expression; the release of Wed 9 Jan 2013 (the page line; paltoday, shorouk)"),
    ev("kidnapping", "خطفوا في الرابع من أغسطس الماضي 48 زائرا إيرانيا", KIDNAP, "'في الرابع من أغسطس الماضي' from Jan 2013 = Sat 4 Aug 2012"),
    ev("detainees-release-2130", "ستطلق قوات المعارضة سراح 2130 سجينا مدنيا سوريا، الأربعاء", RELEASE_2130[0], "'الأربعاء' = Wed 9 Jan 2013, the first day of the release of the 2,130 (next batch put off to Sat 12 Jan); my span 9-12 Jan", end=RELEASE_2130[1]),
])
art(S, "https://www.masress.com/shorouk/651289",
    "2013-01-09", "no date on the stored page (a masress copy of al-Shorouk); the body's 'اليوم الأربعاء' for the release of the 48 Iranians, which took place on Wed 9 Jan 2013 (paltoday, almasryalyoum), gives Wed 9 Jan 2013; headline written from the body (the stored text has none); the repeated opening paragraph dropped; no date of its own in the text", False, """
أكبر تبادل في النزاع السوري: الإفراج عن 48 إيرانيا مقابل أكثر من ألفي معتقل
أفرج المقاتلون السوريون المعارضون، اليوم الأربعاء، عن 48 إيرانيا ظلوا محتجزين لديهم منذ أشهر في سوريا، في مقابل إطلاق النظام سراح ما يزيد على ألفي معتقل، في أضخم عملية لتبادل الأسرى يشهدها النزاع المستمر منذ 21 شهرا.
وبلغ الرهائن، بعد ظهر اليوم، فندق شيراتون في وسط العاصمة السورية على متن حافلات صغيرة، حيث من المقرر أن يعقدوا مؤتمرا صحفيا، وكان السفير الإيراني في دمشق محمد رضا شيباني في استقبالهم.
ويكشف العدد الكبير من المعتقلين الذين قبل النظام السوري إطلاقهم عن استعداده لتقديم الكثير خدمة لمصلحة طهران، أبرز حلفائه في المنطقة.
وأعلن التلفزيون الحكومي الإيراني، اليوم، أن المقاتلين المعارضين أطلقوا الزوار الإيرانيين، من دون أن يذكر متى جرى ذلك ولا بأي شروط.
يُشار إلى أن مقاتلين معارضين من "كتيبة البراء" المنضوية في الجيش السوري الحر نشروا على الإنترنت، في الخامس من أغسطس الماضي، تسجيلا مصورا أعلنوا فيه اختطاف الإيرانيين، مؤكدين أن بينهم ضباطا في الحرس الثوري الإيراني.
""", [
    ev("iranians-freed", "أفرج المقاتلون السوريون المعارضون، اليوم الأربعاء، عن 48 إيرانيا", SWAP, "'اليوم الأربعاء' = Wed 9 Jan 2013"),
    ev("detainees-release-2130", "في مقابل إطلاق النظام سراح ما يزيد على ألفي معتقل", RELEASE_2130[0], "no own expression; the release of the 2,130 that began on Wed 9 Jan 2013; my span 9-12 Jan", end=RELEASE_2130[1]),
    ev("hostages-at-sheraton", "وبلغ الرهائن، بعد ظهر اليوم، فندق شيراتون", SWAP, "'بعد ظهر اليوم' = the afternoon of Wed 9 Jan 2013"),
    ev("iran-tv-announcement", "وأعلن التلفزيون الحكومي الإيراني، اليوم", SWAP, "'اليوم' = Wed 9 Jan 2013"),
    ev("kidnap-video", "نشروا على الإنترنت، في الخامس من أغسطس الماضي، تسجيلا مصورا", VIDEO, "'في الخامس من أغسطس الماضي' from Jan 2013 = Sun 5 Aug 2012"),
])
art(S, "http://www.alittihad.ae/details.php?id=4087&y=2013",
    "2013-01-11", "page line 'تاريخ النشر: الجمعة 11 يناير 2013' (kept as second line; 11 Jan 2013 was a Friday); the dateline 'دمشق، القاهرة (د ب ا)' kept; the site's date bar ('الثلاثاء 04 جمادى الآخرة 1439هـ - 20 فبراير 2018م', the day the page was stored) and the font-size widget dropped; headline kept from the page (reworded); the last, truncated source clause dropped", True, """
«صفقة الإيرانيين»: الإفراج عن ألف معتقل سوري
تاريخ النشر: الجمعة 11 يناير 2013
دمشق، القاهرة (د ب ا) - أفاد مصدر سوري بأن الإفراج عن دفعة ثانية من المعتقلين لدى السلطات السورية، ضمن صفقة تبادل الأسرى مع الإيرانيين الذين احتجزهم فصيل من الجيش الحر رهائن، قد أُرجئ بسبب سوء الأحوال الجوية. وبيّن المصدر أن إطلاق سراح دفعة أمس تقرر تأجيله إلى غد السبت، جراء العاصفة الثلجية التي اجتاحت عدة مدن سورية وتسببت في قطع كثير من الطرق.
وذكر مصدر حقوقي أن من أُفرج عنهم أمس الأول في إطار الصفقة بلغ عددهم نحو ألف معتقل، على أن يُطلق الباقون على دفعتين. وتُعد هذه العملية الأضخم منذ بداية الاضطرابات في مارس من عام 2011.
وأبدى بعض ذوي المفرج عنهم استياءهم من مبادلة أبنائهم بإيرانيين، قائلين: "مع فرحتنا بعودة أبنائنا، لم يبق مجال للشك في أن الإيرانيين هم من يحكموننا". وكان وسطاء قد أعلنوا أمس الأول أن السلطات السورية والجيش الحر توصلا إلى صفقة لتبادل الأسرى الإيرانيين الـ48 بـ2135 معتقلا سوريا في سجون النظام.
وفي غضون ذلك، وصل الرهائن الإيرانيون الـ48 إلى طهران أمس، بعد أن احتُجزوا في سوريا لأكثر من 5 أشهر وأُفرج عنهم في عملية لتبادل السجناء.
""", [
    ev("second-batch-postponed", "إطلاق سراح دفعة أمس تقرر تأجيله إلى غد السبت", TEHRAN, "'دفعة أمس' in the paper of Fri 11 Jan 2013 = the batch due on Thu 10 Jan, put off that day ('إلى غد السبت' = Sat 12 Jan)"),
    ev("snowstorm", "العاصفة الثلجية التي اجتاحت عدة مدن سورية", "2013-01-06", "no own expression; the snowstorm that hit the Levant in the week of 6-10 Jan 2013 (outside knowledge; my span)", end="2013-01-11"),
    ev("first-batch-freed", "من أُفرج عنهم أمس الأول في إطار الصفقة بلغ عددهم نحو ألف معتقل", SWAP, "'أمس الأول' from Fri 11 Jan 2013 = Wed 9 Jan"),
    ev("deal-announced", "وكان وسطاء قد أعلنوا أمس الأول", SWAP, "'أمس الأول' from Fri 11 Jan 2013 = Wed 9 Jan"),
    ev("tehran-arrival", "وصل الرهائن الإيرانيون الـ48 إلى طهران أمس", TEHRAN, "'أمس' from Fri 11 Jan 2013 = Thu 10 Jan (elaph: 'وصل الى طهران الخميس')"),
    ev("iranians-freed", "وأُفرج عنهم في عملية لتبادل السجناء", SWAP, "no own expression; the release of Wed 9 Jan 2013"),
])

# ---------------------------------------------------------------- libya-shwerif-third-prisoner-swap-2021
S = "libya-shwerif-third-prisoner-swap-2021"
SWAP3 = "2021-01-06"                       # the third swap at al-Shwerif (27 + 8, or 35 in UNSMIL's count), Wed 6 Jan 2021
SWAP1 = "2020-12-25"                       # the first swap at al-Shwerif (33 + 15 = 48), Fri 25 Dec 2020
SWAP2 = ("2020-12-29", "2020-12-31")       # the second swap of 6 detainees, reported on Wed 30 Dec 2020 (Agenzia Nova)
EARLIER = ("2020-12-25", "2020-12-31")     # the two earlier swaps together (54 prisoners)
CEASEFIRE = "2020-10-23"                   # the Geneva ceasefire agreement, Fri 23 Oct 2020
art(S, "https://www.albawaba.com/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A%D8%A9-%D9%88%D9%82%D9%88%D8%A7%D8%AA-%D8%AD%D9%81%D8%AA%D8%B1-%D8%AA%D8%AA%D8%A8%D8%A7%D8%AF%D9%84%D8%A7%D9%86-%D8%AF%D9%81%D8%B9%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%A7%D8%B3%D8%B1%D9%89-1403520",
    "2021-01-06", "page line 'تاريخ النشر: 06 يناير 2021 - 06:41 GMT' (kept as second line; 6 Jan 2021 was a Wednesday); the body's 'الأربعاء' agrees; the breaking-news banner of 2025 and the photo tag 'ارشيف' dropped; the sub-heading, repeated in the body, kept once; the last, truncated words ('ومنذ سنوات') dropped; headline kept from the page (reworded)", True, """
الحكومة الليبية وقوات حفتر تتبادلان دفعة أخرى من الأسرى
تاريخ النشر: 06 يناير 2021 - 06:41 GMT
تُعد هذه ثالث عملية لتبادل الأسرى، بعد عمليتين سابقتين شملتا 54 أسيرا، منهم 16 من قوات الحكومة و38 من قوات حفتر.
وأجرت اللجنة العسكرية الليبية المشتركة "5+5"، الأربعاء، عملية ثالثة لتبادل الأسرى بين الحكومة الليبية المعترف بها دوليا وقوات المشير خليفة حفتر، بحسب أحد أعضاء اللجنة.
وصرح العميد مختار نقاصة، عضو اللجنة العسكرية عن الحكومة الليبية، للأناضول: "بادلنا 27 أسيرا من مليشيا حفتر بـ8 من عناصر قواتنا".
وتابع: "تمت العملية في منطقة الشويرف (417 كم جنوب العاصمة طرابلس)، بحضور وفدين عن اللجنة العسكرية المشتركة وأعيان من مناطق عدة".
وتتألف اللجنة العسكرية المشتركة من 5 أعضاء عن الحكومة المعترف بها دوليا و5 عن مليشيا حفتر.
ويسري في ليبيا وقف لإطلاق النار منذ 23 أكتوبر/ تشرين الأول الماضي.
""", [
    ev("earlier-swaps", "بعد عمليتين سابقتين شملتا 54 أسيرا", EARLIER[0], "no own expression; the swaps of Fri 25 Dec 2020 (48) and of about Wed 30 Dec 2020 (6); my span 25-30 Dec", end=EARLIER[1]),
    ev("third-swap", "الأربعاء، عملية ثالثة لتبادل الأسرى", SWAP3, "'الأربعاء' = Wed 6 Jan 2021 (page date)"),
    ev("ceasefire", "ويسري في ليبيا وقف لإطلاق النار منذ 23 أكتوبر/ تشرين الأول الماضي", CEASEFIRE, "'منذ 23 أكتوبر/ تشرين الأول الماضي' = since Fri 23 Oct 2020, the day the Geneva ceasefire was signed"),
])
art(S, "https://alitaliyanews.com/2021/01/libia-prosegue-lo-scambio-prigionieri.html",
    "2021-01-07", "dateline 'الإيطالية نيوز، الخميس 7 يناير 2021 ـ' at the head of the body (kept; 7 Jan 2021 was a Thursday); the body's 'أمس الأربعاء' agrees; the site name repeated after the headline dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
ليبيا: لجنة 5+5 تشرف في "الشويرف" على تبادل الأسرى بين حكومتي طرابلس وطبرق
الإيطالية نيوز، الخميس 7 يناير 2021 ـ شرعت حكومة طرابلس، المعروفة كذلك بحكومة الوفاق الوطني، والجيش الوطني الليبي الذي يقوده اللواء «خليفة حفتر»، في مبادلة مزيد من الأسرى، تطبيقا لما ينص عليه اتفاق وقف إطلاق النار.
وتحديدا، أُجريت العملية الأخيرة أمس الأربعاء، عقب التبادل الذي تم في 25 ديسمبر 2020. وذكر «مختار نقاسا»، عضو اللجنة العسكرية المشتركة 5 + 5، أن المفاوضات الثانية تضمنت 27 أسيرا، بينما أفادت قناة "العربية" الإخبارية، التي بثت قائمة بأسماء المشمولين، بأن التبادل ضم 27 أسيرا من حكومة طرابلس و41 من قوات «حفتر».
وجرت العملية في منطقة "الشويرف" جنوب غرب ليبيا، على مسافة 417 كلم من العاصمة طرابلس، وبحضور مندوبي اللجنة العسكرية المشتركة التي تضم أعضاء من الجيش الوطني الليبي وحكومة الوفاق الوطني، إلى جانب شيوخ قبائل من مناطق ليبية مختلفة، كما جرى في الشهر السابق.
وقد استحسن الشعب الليبي هذه الخطوة، آملا أن يسهم التبادل في إنهاء الأزمة والصراع في ليبيا إلى الأبد.
""", [
    ev("ceasefire", "تطبيقا لما ينص عليه اتفاق وقف إطلاق النار", CEASEFIRE, "no own expression; the ceasefire agreement signed in Geneva on Fri 23 Oct 2020"),
    ev("third-swap", "أُجريت العملية الأخيرة أمس الأربعاء", SWAP3, "'أمس الأربعاء' from Thu 7 Jan 2021 = Wed 6 Jan"),
    ev("first-swap", "عقب التبادل الذي تم في 25 ديسمبر 2020", SWAP1, "'في 25 ديسمبر 2020' = Fri 25 Dec 2020"),
    ev("arabiya-list", "التي بثت قائمة بأسماء المشمولين", SWAP3, "no own expression; al-Arabiya's list of the swap of Wed 6 Jan 2021, aired that day or the next (my span 6-7 Jan)", end="2021-01-08"),
    ev("earlier-swaps", "كما جرى في الشهر السابق", EARLIER[0], "'في الشهر السابق' from January = December 2020: the swaps of Fri 25 Dec and of about 30 Dec at the same place; my span 25-30 Dec", end=EARLIER[1]),
])
art(S, "https://akhbarlibya24.net/2021/01/07/%D8%A5%D8%AC%D8%B1%D8%A7%D8%A1-%D8%AA%D8%A8%D8%A7%D8%AF%D9%84-%D9%84%D9%8030-%D9%85%D8%AD%D8%AA%D8%AC%D8%B2-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%B7%D8%B1%D9%81%D9%8A%D9%86-%D9%81%D9%8A-%D9%85%D9%86/",
    "2021-01-07", "date in the URL '/2021/01/07/' (7 Jan 2021 was a Thursday); the body's 'أمس الأربعاء' for the release of the third group agrees; the source tag 'أخبار ليبيا24- خاص' dropped; headline kept from the page (reworded); the last, truncated quotation dropped; no date of its own in the text", False, """
تبادل 30 محتجزا بين الطرفين في منطقة الشويرف جنوب غرب ليبيا
أعلن العقيد مصطفى يحي، عضو لجنة (5+5)، أن عملية تبادل شملت 30 محتجزا جرت بين الطرفين في منطقة الشويرف جنوب غرب ليبيا.
وبيّن يحي في تصريح لـ"أخبار ليبيا24" أن هذه العملية هي الثالثة من نوعها، مشددا على أن عمليات التبادل لن تتوقف إلى أن يعود كل محتجز إلى أهله ومدينته.
ولفت عضو اللجنة إلى أن عمليات التبادل تأتي امتدادا لمساعي الخيرين من أبناء الوطن الساعين إلى وقف نزيف الدم والاقتتال، وإلى تطبيق اتفاق لجنة العشرة (5+5).
وكانت عملية تبادل لـ6 محتجزين قد جرت بين الطرفين في منطقة الشويرف جنوب غرب ليبيا نهاية شهر ديسمبر من العام 2020.
وأفاد مصطفى يحي في تصريح سابق لـ"أخبار ليبيا24" بأن ذلك التبادل جرى بحضور أعيان من مدينتي مصراتة والشويرف.
وكان اللواء خالد المحجوب، مدير إدارة التوجيه المعنوي بقوات الجيش الوطني، قد استقبل في مدينة سرت المجموعة الثالثة من العسكريين المحتجزين الذين أُطلق سراحهم بموجب اتفاق اللجنة العسكرية 5+5.
وقال المحجوب في كلمة ألقاها أمام العسكريين بمناسبة الإفراج عنهم أمس الأربعاء إن قائد الجيش المشير خليفة حفتر كلّفه باستقبالهم، وكلّف لجنة خاصة بمتابعة شؤونهم وأحوالهم الصحية.
""", [
    ev("third-swap", "أن عملية تبادل شملت 30 محتجزا جرت بين الطرفين", SWAP3, "no own expression in the clause; the swap of Wed 6 Jan 2021 ('أمس الأربعاء' later in the text)"),
    ev("second-swap", "وكانت عملية تبادل لـ6 محتجزين قد جرت بين الطرفين", SWAP2[0], "'نهاية شهر ديسمبر من العام 2020'; Agenzia Nova reported the swap of six on Wed 30 Dec 2020; my span 29-30 Dec", end=SWAP2[1]),
    ev("mahjoub-reception", "قد استقبل في مدينة سرت المجموعة الثالثة", SWAP3, "no own expression; the reception in Sirte of the men freed 'أمس الأربعاء' (Wed 6 Jan 2021), that day or the next (my span 6-7 Jan)", end="2021-01-08"),
])
art(S, "https://api.sabq.org/dhT9Xp",
    "2021-01-07", "no date on the stored page; the body's 'اليوم (الخميس)' (France 24's report of UNSMIL's statement on the swap of Wed 6 Jan 2021) gives Thu 7 Jan 2021; the tags and the repeated headline and opening at the end of the page dropped; headline kept from the page (reworded); no date of its own in the text", False, """
طرفا النزاع في ليبيا يتبادلان 35 أسيرا
ذكرت بعثة الأمم المتحدة في ليبيا أن طرفي النزاع في البلاد نفذا عملية تبادل ضمت 35 أسيرا، تطبيقا لاتفاق وقف إطلاق النار الذي وُقّع في أكتوبر (تشرين الأول).
وبيّنت البعثة أن التبادل تم في بلدة الشويرف بتسهيل من لجنة عسكرية مشتركة تضم خمسة أعضاء عن كل طرف، حسبما نقلت "فرانس 24"، اليوم (الخميس).
وحثت البعثة طرفي النزاع في ليبيا على الإسراع في إنهاء المفاوضات الجارية بشأن إعادة فتح الطريق الساحلي وإخراج المرتزقة الأجانب.
ويقضي اتفاق وقف إطلاق النار الذي أُبرم في الخريف بمغادرة كل المرتزقة والجنود الأجانب المنتشرين في البلاد قبل 23 يناير (كانون الثاني).
وكانت أول عملية لتبادل الأسرى بين الطرفين قد جرت في نهاية ديسمبر (كانون الأول) الماضي.
""", [
    ev("unsmil-statement", "ذكرت بعثة الأمم المتحدة في ليبيا", SWAP3, "no own expression; UNSMIL's statement of the evening of Wed 6 Jan 2021 (azvision: 'مساء أمس الأربعاء'; ksaplayers: 'اليوم الأربعاء'), relayed 'اليوم (الخميس)'"),
    ev("third-swap", "نفذا عملية تبادل ضمت 35 أسيرا", SWAP3, "no own expression; the swap of Wed 6 Jan 2021"),
    ev("ceasefire", "لاتفاق وقف إطلاق النار الذي وُقّع في أكتوبر", CEASEFIRE, "'في أكتوبر (تشرين الأول)' = the agreement of Fri 23 Oct 2020"),
    ev("mercenaries-deadline", "بمغادرة كل المرتزقة والجنود الأجانب المنتشرين في البلاد قبل 23 يناير", "2021-01-23", "'قبل 23 يناير (كانون الثاني)' = the deadline of Sat 23 Jan 2021 (90 days after the ceasefire); the departure did not take place"),
    ev("first-swap", "وكانت أول عملية لتبادل الأسرى بين الطرفين قد جرت", SWAP1, "'في نهاية ديسمبر (كانون الأول) الماضي' = the swap of Fri 25 Dec 2020"),
])

# ---------------------------------------------------------------- lebanon-arsal-hezbollah-nusra-swap-2017
S = "lebanon-arsal-hezbollah-nusra-swap-2017"
CEASE = "2017-07-27"                       # the Arsal ceasefire announced by General Security, Thu 27 Jul 2017
BODIES = "2017-07-30"                      # the first phase: 5 Hezbollah bodies for 9 Nusra bodies at al-Labweh, Sun 30 Jul 2017
PHASE2 = "2017-07-31"                      # the second phase resumed, buses reached Arsal, Mon 31 Jul 2017
THREE = ("2017-08-01", "2017-08-03")       # three Hezbollah captives freed around midnight of Tue 1 / Wed 2 Aug (01:00 Wed per NNA)
CONVOY = "2017-08-02"                      # the convoy of Nusra fighters, families and refugees left for Idlib, Wed 2 Aug 2017
FIVE = "2017-08-03"                        # the five Hezbollah captives freed at al-Saan and received at al-Qaa, Thu 3 Aug 2017
art(S, "http://www.okaz.com.sa/article/1562222/%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/%D8%A8%D8%B9%D8%AF-%D8%AA%D8%B3%D9%84%D9%85-%D8%A7%D9%84%D8%AC%D8%AB%D8%AB-%D8%AD%D8%B2%D8%A8-%D8%A7%D9%84%D9%84%D9%87-%D9%8A%D8%AA%D8%A8%D8%A7%D8%AF%D9%84-%D8%A3%D8%B3%D8%B1%D8%A7%D9%87-%D9%85%D8%B9-%D8%A7%D9%84%D9%86%D8%B5%D8%B1%D8%A9",
    "2017-08-01", "no date on the stored page; the body's 'أمس (الإثنين)' for the resumption of the second phase (Mon 31 Jul 2017: buses reached Arsal that day, shrc '31/7/2017'; al-binaa 'تبدأ صباح اليوم') and 'أمس الأول' for the exchange of bodies (Sun 30 Jul 2017, mugtama/ksaplayers 'اليوم الأحد') give Tue 1 Aug 2017; the font widget and the handle 'OKAZ_online@' dropped, the dateline '«عكاظ» (لبنان)' kept; headline rendered from the URL slug; no date of its own in the text", False, """
بعد تسلم الجثث.. حزب الله يتبادل أسراه مع النصرة
«عكاظ» (لبنان)
عاودت ميليشيات حزب الله اللبناني ومسلحو «جبهة النصرة» الإرهابية أمس (الإثنين) تنفيذ المرحلة الثانية من صفقة تبادل الأسرى بينهما، بعدما أعلن «حزب الله» الأسبوع الماضي وقف القتال على كل جبهات جرود عرسال الحدودية.
ووفقا لموقع «العربية نت»، تتضمن المرحلة الثانية من الصفقة خروج مسلحي «جبهة النصرة» مع عائلاتهم، في مقابل إطلاق أسرى حزب الله المحتجزين لدى «النصرة».
وذكرت مصادر من عرسال أنه من المفترض أن يُطلق سراح أسير واحد من ميليشيات حزب الله مقابل كل دفعة تبلغ الداخل السوري من الراغبين في ترك المخيمات، مشيرة إلى أن عدد من سجلوا أسماءهم للخروج من مخيمات النزوح السوري في عرسال وجرودها تخطى 10 آلاف من المدنيين والمسلحين.
وكانت «جبهة النصرة» قد سلّمت الأجهزة الأمنية اللبنانية والهيئات الدولية قوائم بأسماء 7800 شخص يريدون المغادرة إلى إدلب، بينما قدّم تنظيم «سرايا أهل الشام» أسماء 3000 من مسلحيه وعناصره الراغبين في مغادرة مخيمات عرسال إلى قرى القلمون في سورية. وكان «حزب الله» و«جبهة النصرة» قد تبادلا أمس الأول جثث مقاتليهما المحتجزة لدى الطرف الآخر.
""", [
    ev("second-phase-resumes", "أمس (الإثنين) تنفيذ المرحلة الثانية", PHASE2, "'أمس (الإثنين)' = Mon 31 Jul 2017"),
    ev("arsal-ceasefire", "بعدما أعلن «حزب الله» الأسبوع الماضي وقف القتال", CEASE, "'الأسبوع الماضي' from Tue 1 Aug 2017 = the ceasefire of Thu 27 Jul 2017 (announced by General Security that day)"),
    ev("five-captives-freed", "أن يُطلق سراح أسير واحد من ميليشيات حزب الله مقابل كل دفعة", FIVE, "no own expression (planned); the five captives were freed at al-Saan on Thu 3 Aug 2017 as the convoy arrived"),
    ev("lists-submitted", "قد سلّمت الأجهزة الأمنية اللبنانية والهيئات الدولية قوائم بأسماء 7800 شخص", CEASE, "no own expression; the lists handed in after the ceasefire of Thu 27 Jul and before the departure (registration began about 28 Jul; mugtama of Sun 30 Jul: 'خلال يومين'); my span 27-31 Jul", end="2017-08-01"),
    ev("bodies-exchanged", "قد تبادلا أمس الأول جثث مقاتليهما", BODIES, "'أمس الأول' from Tue 1 Aug 2017 = Sun 30 Jul"),
])
art(S, "https://imlebanon.org/2017/08/02/nusra-hezbollah-arsal-deal/amp",
    "2017-08-02", "the body's 'صباح اليوم الاربعاء 2 آب 2017' (kept; 2 Aug 2017 was a Wednesday) and date in the URL '/2017/08/02/'; headline written from the body (the stored text has none); the single long opening sentence split in two; the last, truncated words dropped", True, """
انطلاق حافلات التلي ومسلحي النصرة من جرود عرسال بعد تحرير ثلاثة أسرى لحزب الله
أفادت "الوكالة الوطنية للاعلام" بأن حافلات انطلقت، صباح اليوم الاربعاء 2 آب 2017، من الأراضي اللبنانية في جرود عرسال نحو فليطا السورية، وعلى متنها أبو مالك التلي و7800 نازح بينهم عناصر من جبهة النصرة وعائلاتهم، سالكة طريق جرود عرسال – فليطا – طريق حمص الدولي – حماه – ريف حلب حتى إدلب، بإشراف الأمن العام والجيش اللبناني والصليب الأحمر الدولي وهيئات دولية.
ويأتي ذلك تنفيذا للمرحلة الثانية من التفاوض، بعد إنجاز عملية التبادل التي جرت عند الساعة الواحدة من فجر اليوم، وأسفرت عن تحرير ثلاثة أسرى من حزب الله هم محمود حرب وحسام فيقه وحافظ زخيم، في مقابل سجينين من سجن رومية وثالث كان موقوفا لدى الأمن العام اللبناني وأنهى محكوميته.
ونُقل الثلاثة فجراً بسيارات الصليب الأحمر، في إطار الصفقة، من جرود عرسال إلى ثكنة اللواء التاسع التابعة للجيش اللبناني في اللبوة، بإشراف المدير العام للأمن العام اللواء عباس ابراهيم الذي تولى بنفسه إدارة المفاوضات من بلدتي عرسال واللبوة في البقاع الشمالي.
وفور وصول الحافلات إلى المعبر ذاته الذي شهد صفقة إخراج المدنيين من بلدتي كفريا والفوعا، سيُفرج عن خمسة عناصر من حزب الله كانوا قد أُسروا في تلة العيس في حلب العام 2015.
""", [
    ev("convoy-departs", "بأن حافلات انطلقت، صباح اليوم الاربعاء 2 آب 2017", CONVOY, "'صباح اليوم الاربعاء 2 آب 2017' = Wed 2 Aug 2017"),
    ev("three-captives-freed", "عملية التبادل التي جرت عند الساعة الواحدة من فجر اليوم", THREE[0], "'عند الساعة الواحدة من فجر اليوم' = 01:00 on Wed 2 Aug 2017; other reports put the handover at midnight ('منتصف ليل امس', 'مساء الثلاثاء'); my span Tue 1 - Wed 2 Aug", end=THREE[1]),
    ev("transfer-to-labweh", "ونُقل الثلاثة فجراً بسيارات الصليب الأحمر", CONVOY, "'فجراً' = before dawn on Wed 2 Aug 2017"),
    ev("five-captives-freed", "سيُفرج عن خمسة عناصر من حزب الله", FIVE, "no own expression (planned); the five were freed on Thu 3 Aug 2017"),
])
art(S, "https://beta.masrawy.com/news/news_publicaffairs/details/2017/8/3/1130733/%D8%A5%D8%AA%D9%85%D8%A7%D9%85-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D9%86%D9%82%D9%84-%D9%85%D8%B3%D9%84%D8%AD%D9%8A-%D8%AC%D8%A8%D9%87%D8%A9-%D8%A7%D9%84%D9%86%D8%B5%D8%B1%D8%A9-%D9%88%D8%B9%D8%A7%D8%A6%D9%84%D8%A7%D8%AA%D9%87%D9%85-%D9%85%D9%86-%D8%B9%D8%B1%D8%B3%D8%A7%D9%84-%D8%A5%D9%84%D9%89-%D8%AF%D8%A7%D8%AE%D9%84-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-",
    "2017-08-03", "page time stamp '01:42 ص الخميس 03 أغسطس 2017' (kept as second line; 3 Aug 2017 was a Thursday) and date in the URL '/2017/8/3/'; the body's 'مساء الأربعاء' and 'أمس الأربعاء' agree; the dateline 'بيروت- (د ب أ):' kept; the tag 'إعلان' dropped; headline kept from the page (reworded); the last, truncated words of the NNA quotation dropped", True, """
اكتمال نقل مسلحي جبهة النصرة وعائلاتهم من عرسال إلى الداخل السوري
01:42 ص الخميس 03 أغسطس 2017
بيروت- (د ب أ):
اختُتمت مساء الأربعاء المرحلة الثانية من اتفاق وقف إطلاق النار بين "حزب الله" و"جبهة النصرة"، إذ نُقل مسلحو جبهة النصرة وعائلاتهم ونازحون سوريون آخرون في 116 حافلة، فضلا عن 17 سيارة للصليب الأحمر اللبناني حملت جرحى "النصرة".
وأعلنت قناة المنار التابعة لحزب الله "انتهاء نقل مسلحي جبهة النصرة وعائلاتهم ومن أراد الخروج من النازحين، وقد بلغ عدد الحافلات التي أقلتهم من بلدة عرسال 116 حافلة، إلى جانب موكب الصليب الأحمر اللبناني المؤلف من 17 سيارة نقلت جرحى النصرة".
وأضافت المنار أن "العملية جرت بمواكبة الأمن العام اللبناني، بينما انتشر مجاهدو المقاومة في نقاطهم ومواقعهم على امتداد الطريق في جرود عرسال".
وكانت الحافلات الخارجة من منطقة وادي حميد في جرود عرسال شرقا، وهي تقل مسلحي النصرة وعائلاتهم نحو الأراضي السورية تطبيقا للمرحلة الثانية من اتفاق وقف إطلاق النار، قد بلغ عددها 113 حافلة.
وأعلنت الوكالة الوطنية للإعلام اللبنانية الرسمية في وقت سابق أمس الأربعاء أن "113 حافلة من مسلحي النصرة وعائلاتهم تجاوزت وادي حميد".
""", [
    ev("convoy-departure-complete", "اختُتمت مساء الأربعاء المرحلة الثانية", CONVOY, "'مساء الأربعاء' = the evening of Wed 2 Aug 2017 (page stamp of 01:42 on Thu 3 Aug)"),
    ev("manar-announcement", "وأعلنت قناة المنار التابعة لحزب الله", CONVOY, "no own expression; al-Manar's announcement of the evening of Wed 2 Aug 2017"),
    ev("convoy-departs", "وكانت الحافلات الخارجة من منطقة وادي حميد", CONVOY, "no own expression; the departure of Wed 2 Aug 2017"),
    ev("nna-113-buses", "في وقت سابق أمس الأربعاء", CONVOY, "'في وقت سابق أمس الأربعاء' = earlier on Wed 2 Aug 2017"),
])
art(S, "https://www.aljazeera.net/news/arabic/2017/8/4/%D9%88%D8%B5%D9%88%D9%84-%D8%A3%D8%B3%D8%B1%D9%89-%D8%AD%D8%B2%D8%A8-%D8%A7%D9%84%D9%84%D9%87-%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%88%D9%82%D8%A7%D9%81%D9%84%D8%A9-%D8%B9%D8%B1%D8%B3%D8%A7%D9%84-%D9%84%D8%A5%D8%AF%D9%84%D8%A8",
    "2017-08-04", "date in the URL '/2017/8/4/' (4 Aug 2017 was a Friday); the arrival at al-Qaa it reports took place on the evening of Thu 3 Aug (arabicpost: 'مساء الخميس 3 أغسطس/آب 2017'); headline kept from the page (reworded); the last, truncated sentence dropped; no date of its own in the text", False, """
أسرى حزب الله يصلون لبنان وقافلة عرسال تبلغ إدلب
وصل أسرى حزب الله الخمسة الذين أفرجت عنهم هيئة تحرير الشام إلى بلدة القاع اللبنانية عبر معبر جوسيه الحدودي بين لبنان وسوريا، فيما بلغت حافلات تقل 7500 سوري من لاجئي مخيمات عرسال ومقاتلي هيئة تحرير الشام وعائلاتهم مناطق سيطرة المعارضة في ريف إدلب، لتُستكمل بذلك صفقة التبادل بين الطرفين.
وأقيم للأسرى المفرج عنهم احتفال شعبي ورسمي، وكان في استقبالهم مسؤولون من الحزب والمدير العام لجهاز الأمن العام اللبناني اللواء عباس إبراهيم الذي أكد أن التبادل مع هيئة تحرير الشام نُفذ بنجاح.
ولفت إبراهيم إلى أن إجلاء مقاتلي الجيش السوري الحر وعائلاتهم من جرود عرسال إلى القلمون الشرقي سيجري قريبا جدا.
وكانت هيئة تحرير الشام قد أسرت مقاتلي حزب الله أواخر عام 2015، وجرت عملية التبادل عند معبر السعن في ريف حماة بعد وصول قوافل حافلات عرسال إلى المنطقة.
وأفاد مراسل الجزيرة بأن التبادل بين هيئة تحرير الشام وحزب الله اللبناني انتهى بإطلاق خمسة من أسرى الحزب، بالتزامن مع مرور قافلة تضم آلاف السوريين المرحّلين من منطقة عرسال شرقي لبنان إلى مناطق المعارضة في شمال سوريا.
""", [
    ev("captives-reach-qaa", "وصل أسرى حزب الله الخمسة الذين أفرجت عنهم هيئة تحرير الشام إلى بلدة القاع", FIVE, "no own expression; the evening of Thu 3 Aug 2017 (sampress of Fri 4: 'مساء أمس'; arabicpost: 'مساء الخميس 3 أغسطس/آب 2017')"),
    ev("convoy-reaches-idlib", "فيما بلغت حافلات تقل 7500 سوري", FIVE, "no own expression; the convoy reached the opposition areas on Thu 3 Aug 2017, when the five were freed"),
    ev("qaa-reception", "وأقيم للأسرى المفرج عنهم احتفال شعبي ورسمي", FIVE, "no own expression; the reception at al-Qaa on the evening of Thu 3 Aug 2017"),
    ev("fsa-evacuation", "إجلاء مقاتلي الجيش السوري الحر وعائلاتهم من جرود عرسال إلى القلمون الشرقي", "2017-08-14", "'قريبا جدا' (planned); the Saraya Ahl al-Sham convoy left Arsal for al-Ruhaiba on Mon 14 Aug 2017 (masrawy of 14 Aug)"),
    ev("five-captives-freed", "وجرت عملية التبادل عند معبر السعن في ريف حماة", FIVE, "no own expression; the swap at al-Saan on Thu 3 Aug 2017"),
])

# ---------------------------------------------------------------- syria-aleppo-sheikh-maqsoud-prisoner-swap-2025
S = "syria-aleppo-sheikh-maqsoud-prisoner-swap-2025"
SWAP1 = "2025-04-03"                       # the first batch of the 'prison clearing' swap in Aleppo, Thu 3 Apr 2025
EXIT_REST = "2025-04-04"                   # the rest of the SDF fighters to leave Sheikh Maqsoud / Ashrafieh, Fri 4 Apr 2025
MARCH10 = "2025-03-10"                     # the al-Sharaa - Mazloum Abdi agreement, Mon 10 Mar 2025
LOCAL_DEAL = "2025-04-01"                  # the agreement of the two neighbourhoods' councils, Tue 1 Apr 2025
GOV_NOTICE = "2025-04-02"                  # Aleppo governorate's announcement, Wed 2 Apr 2025
DENIAL = "2025-04-06"                      # the Aleppo media directorate's denial of a halt, Sun 6 Apr 2025
art(S, "https://arabkhabar.com/a/4421047",
    "2025-04-03", "page line 'تاريخ النشر: 3rd, April 2025 GMT' (kept as second line; 3 Apr 2025 was a Thursday); the body's 'اليوم الخميس' agrees; the embedded SANA tweet, the sub-heading '3 دفعات' and the tag 'إعلان' dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
حلب: تبادل للأسرى بين الحكومة السورية وقسد
تاريخ النشر: 3rd, April 2025 GMT
شرعت الحكومة السورية وقوات سوريا الديمقراطية (قسد) اليوم الخميس في تبادل الأسرى، تنفيذا لاتفاق أبرمه الطرفان في العاشر من مارس/آذار الماضي.
وأفادت وكالة الأنباء السورية بأن نحو 250 أسيرا جرى تبادلهم بين مديرية الأمن الداخلي في حلب (شمال) و"قسد"، في إطار ما سمّته عملية "تبييض السجون".
ونشرت الوكالة صورا لعدد من المفرج عنهم في الدفعة الأولى من عملية التبادل.
وأطلقت السلطات السورية سراح 140 معتقلا من قوات سوريا الديمقراطية كانوا لديها، في مقابل إفراج الأخيرة عن 100 معتقل كانت تحتجزهم.
وأُخرج قسم من مقاتلي "قسد" من حيي الشيخ مقصود والأشرفية في مدينة حلب، على أن يُستكمل إخراج الباقين يوم غد الجمعة.
وأوضح مصدر في الرئاسة السورية للجزيرة أن تبادل الأسرى سيتم على ثلاث دفعات.
وكانت محافظة حلب قد أعلنت أمس الأربعاء أن مجلس حيي الأشرفية والشيخ مقصود ولجنة الرئاسة اتفقا على تطبيق بنود الاتفاق مع قوات سوريا الديمقراطية المسيطرة على الحيين.
""", [
    ev("first-batch-swap", "شرعت الحكومة السورية وقوات سوريا الديمقراطية (قسد) اليوم الخميس في تبادل الأسرى", SWAP1, "'اليوم الخميس' = Thu 3 Apr 2025 (page date)"),
    ev("march-10-agreement", "تنفيذا لاتفاق أبرمه الطرفان في العاشر من مارس/آذار الماضي", MARCH10, "'في العاشر من مارس/آذار الماضي' = Mon 10 Mar 2025"),
    ev("sdf-frees-100", "في مقابل إفراج الأخيرة عن 100 معتقل", SWAP1, "no own expression; part of the first batch of Thu 3 Apr 2025"),
    ev("sdf-exit-begins", "وأُخرج قسم من مقاتلي \"قسد\" من حيي الشيخ مقصود والأشرفية", SWAP1, "no own expression; the first fighters left on Thu 3 Apr 2025 ('اليوم الخميس')"),
    ev("sdf-exit-rest", "على أن يُستكمل إخراج الباقين يوم غد الجمعة", EXIT_REST, "'يوم غد الجمعة' from Thu 3 Apr 2025 = Fri 4 Apr (planned)"),
    ev("governorate-announcement", "وكانت محافظة حلب قد أعلنت أمس الأربعاء", GOV_NOTICE, "'أمس الأربعاء' from Thu 3 Apr 2025 = Wed 2 Apr"),
])
art(S, "https://sharqakhbar.com/?p=1319398",
    "2025-04-03", "no date on the stored page; the body's 'اليوم الخميس' for the start of the swap in Aleppo, which took place on Thu 3 Apr 2025 (arabkhabar, SANA's tweet of April 3, 2025), gives Thu 3 Apr 2025; the embedded tweet (dated April 3, 2025) and the inner sub-heading dropped; headline kept from the page (reworded); the last, truncated words dropped; no date of its own in the text", False, """
شاهد| الإفراج عن عشرات الأسرى مع دخول اتفاق الحكومة السورية وقسد حيز التنفيذ في حلب
ذكرت وسائل إعلام سورية، اليوم الخميس، أن تنفيذ الاتفاق المبرم بين المجلس المدني لحيي الأشرفية والشيخ مقصود في حلب، وأغلب سكانهما من الأكراد، واللجنة المكلفة من الرئاسة السورية قد بدأ.
وبحسب مصادر إعلامية، شرع عدد من مقاتلي قوات قسد في مغادرة حيي الشيخ مقصود والأشرفية في مدينة حلب، بينما سيغادر من بقي من عناصرها غداً.
وأعلنت الوكالة العربية السورية للأنباء "سانا" بدء عملية "تبييض السجون من الأسرى" بين مديرية الأمن الداخلي في حلب وقوات سوريا الديمقراطية، وقد بلغ عدد الأسرى نحو 250 شخصا.
وتناقل ناشطون على مواقع التواصل مقاطع فيديو تُظهر تبادل الأسرى.
وأشارت تقارير إعلامية إلى أن 100 معتقل كانوا لدى قوات قسد أُفرج عنهم.
""", [
    ev("local-deal-in-force", "أن تنفيذ الاتفاق المبرم بين المجلس المدني لحيي الأشرفية والشيخ مقصود", SWAP1, "'اليوم الخميس' = Thu 3 Apr 2025"),
    ev("sdf-exit-begins", "شرع عدد من مقاتلي قوات قسد في مغادرة حيي الشيخ مقصود والأشرفية", SWAP1, "no own expression; Thu 3 Apr 2025 (the report of 'اليوم الخميس')"),
    ev("sdf-exit-rest", "بينما سيغادر من بقي من عناصرها غداً", EXIT_REST, "'غدا' from Thu 3 Apr 2025 = Fri 4 Apr (planned)"),
    ev("first-batch-swap", "بدء عملية \"تبييض السجون من الأسرى\"", SWAP1, "no own expression; the first batch of Thu 3 Apr 2025"),
    ev("sdf-frees-100", "أن 100 معتقل كانوا لدى قوات قسد أُفرج عنهم", SWAP1, "no own expression; part of the first batch of Thu 3 Apr 2025"),
])
art(S, "https://yenisafak.com/ar/world/4089936",
    "2025-04-06", "page stamp '12:43 6/04/2025, الأحد' (6 Apr 2025 was a Sunday; dropped with the agency tag 'الأناضول', so the text keeps no date of its own); the body's 'الأحد' agrees; headline and sub-heading kept from the page (reworded); the last, truncated sentence dropped", False, """
سوريا تنفي توقف تبادل الأسرى مع ما يُعرف بقوات "قسد"
بحسب ما أعلنته مديرية الإعلام في محافظة حلب شمالي البلاد
نفت محافظة حلب السورية، الأحد، أن تكون عملية تبادل الأسرى مع ما يُعرف بقوات سوريا الديمقراطية "قسد" قد توقفت.
جاء ذلك فيما نقلته وكالة "سانا" الرسمية عن مديرية الإعلام في حلب.
وقالت المديرية في بيان: "الأنباء التي تتحدث عن توقف عملية تبادل الموقوفين بين مديرية الأمن بحلب وقوات سوريا الديمقراطية عارية عن الصحة".
وتابعت: "الاتفاق ما زال قائما ويُنفذ وفق الجدول الزمني المقرر له".
ولفتت إلى أن "أغلب الشائعات التي تُطلق حول هذا الاتفاق تقف وراءها قوى وجهات تسعى إلى تعكير الأجواء السياسية، وقد تضررت من حالة الاستقرار التي يرمي إليها الاتفاق".
وبيّنت أن "تبادل الموقوفين سيُستأنف خلال الأيام القادمة، وتجري الترتيبات الأمنية والتنظيمية لإنجاز ذلك بأسرع وقت".
وكانت مدينة حلب قد شهدت، الخميس، عملية تبادل للأسرى بين الأمن الداخلي و"قسد"، انطلق معها "تبييض السجون" بنحو 250 أسيرا.
""", [
    ev("halt-denial", "نفت محافظة حلب السورية، الأحد", DENIAL, "'الأحد' = Sun 6 Apr 2025 (page stamp)"),
    ev("halt-reports", "الأنباء التي تتحدث عن توقف عملية تبادل الموقوفين", "2025-04-05", "no own expression; the reports of a halt on Sat 5 Apr 2025 (zamanmasdar: 'تعثرت امس السبت'; kurd-online: al-Jazeera 'نشرت أمس'), denied on Sun 6 Apr; my span 5-6 Apr", end="2025-04-07"),
    ev("first-batch-swap", "وكانت مدينة حلب قد شهدت، الخميس، عملية تبادل للأسرى", SWAP1, "'الخميس' before Sun 6 Apr 2025 = Thu 3 Apr"),
])
art(S, "https://rudaw.net/arabic/middleeast/syria/06042025",
    "2025-04-06", "the body's 'اليوم الأحد (6 نيسان 2025)' (kept; 6 Apr 2025 was a Sunday), date in the URL '06042025'; the source tag 'رووداو ديجيتال' dropped; headline written from the body (the stored text has none); the last, truncated words of the closing sentence dropped", True, """
إعلام حلب ينفي توقف تبادل الموقوفين مع قسد
نفت مديرية الإعلام في حلب صحة ما تردد عن توقف عملية تبادل الموقوفين بين مديرية الأمن بحلب وقوات سوريا الديمقراطية (قسد)، مؤكدة أنها ستُستأنف خلال أيام.
وشددت المديرية، في تصريح أدلت به لوكالة الأنباء الرسمية (سانا) اليوم الأحد (6 نيسان 2025)، على أن "الاتفاق قائم ويجري تنفيذه وفق الجدول الزمني المحدد له".
وأشارت إلى أن "قوى وجهات تسعى إلى تعكير الأجواء السياسية تروج الشائعات حول الاتفاق، لأنها متضررة من حالة الاستقرار التي يستهدفها".
وكشفت مديرية الإعلام أن "تبادل الموقوفين سيُستأنف خلال الأيام القادمة، والترتيبات الأمنية والتنظيمية جارية لإتمامه بأسرع وقت".
وكان بدران جيا كرد، مستشار الإدارة الذاتية، قد صرح أمس لشبكة رووداو الإعلامية بأن دفعة جديدة من السجناء يُنتظر أن تُتبادل بين قوات سوريا الديمقراطية والحكومة السورية الانتقالية، معربا عن أمله في أن يمهد الاتفاق بين الطرفين لتطبيع الأوضاع في عفرين وعودة النازحين.
وفي الأول من نيسان، وُقّع اتفاق بين المجلسين المدنيين في حيي الأشرفية والشيخ مقصود في حلب ومديرية الأمن في المحافظة، ونُفذت يوم الخميس الماضي المرحلة الأولى منه، وتمثلت في تبادل 97 سجينا من قوات الأمن التابعة لدمشق.
""", [
    ev("halt-denial", "نفت مديرية الإعلام في حلب صحة ما تردد", DENIAL, "no own expression in the clause; the statement given 'اليوم الأحد (6 نيسان 2025)'"),
    ev("jia-kurd-statement", "قد صرح أمس لشبكة رووداو الإعلامية", "2025-04-05", "'أمس' from Sun 6 Apr 2025 = Sat 5 Apr"),
    ev("local-deal-signed", "وفي الأول من نيسان، وُقّع اتفاق", LOCAL_DEAL, "'في الأول من نيسان' = Tue 1 Apr 2025"),
    ev("first-batch-swap", "ونُفذت يوم الخميس الماضي المرحلة الأولى منه", SWAP1, "'يوم الخميس الماضي' from Sun 6 Apr 2025 = Thu 3 Apr"),
])

# ---------------------------------------------------------------- gaza-trump-plan-prisoner-exchange-2025
S = "gaza-trump-plan-prisoner-exchange-2025"
DEAL = "2025-10-09"                        # the first-phase agreement reached in Sharm el-Sheikh in the first hours of Thu 9 Oct 2025
CABINET = "2025-10-09"                     # Trump's remarks at the White House cabinet meeting, Thu 9 Oct 2025
RELEASE = "2025-10-13"                     # the 20 living hostages and about 1,968 Palestinian prisoners freed, Mon 13 Oct 2025
BODIES = "2025-10-15"                      # Israel handed over 45 bodies on Wed 15 Oct 2025 (vetogate)
CAIRO = "2025-10-16"                       # Hamas' delegation in Cairo for the deportees' reception, Thu 16 Oct 2025
WAR = "2023-10-07"                         # the start of the war, Sat 7 Oct 2023
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/10/9/2869488/%D8%AA%D8%B1%D8%A7%D9%85%D8%A8-%D9%8A%D8%B9%D9%84%D9%86-%D9%85%D9%88%D8%B9%D8%AF-%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%B3%D8%B1%D8%A7%D8%AD-%D8%A7%D9%84%D8%A3%D8%B3%D8%B1%D9%89-%D8%A7%D9%84%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A%D9%8A%D9%86-%D9%85%D9%86-%D8%BA%D8%B2%D8%A9",
    "2025-10-09", "page time stamp '07:58 م 09/10/2025' (kept as second line; 9 Oct 2025 was a Thursday) and date in the URL '/2025/10/9/'; the body's 'اليوم الخميس' agrees; the byline 'كتب : مصراوي', the photo caption, the share icons and the source line 'وكالات' dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
ترامب يحدد موعد الإفراج عن الأسرى الإسرائيليين في غزة
07:58 م 09/10/2025
قال الرئيس الأمريكي دونالد ترامب إن الأسرى الإسرائيليين سيُفرج عنهم يوم الإثنين أو الثلاثاء المقبل.
وأوضح ترامب، في افتتاح اجتماع مجلس الوزراء بالبيت الأبيض اليوم الخميس: "ضمنّا الإفراج عن كل الأسرى المتبقين، ويفترض أن يُطلق سراحهم يوم الاثنين أو الثلاثاء".
وأضاف: "استعادتهم (الأسرى) عملية معقدة، وأفضل ألا أطلعكم على ما يتعين عليهم فعله لاستعادتهم. ثمة أماكن لا تودون أن تكونوا فيها، لكننا سنستعيد الأسرى يوم الاثنين، أو الثلاثاء، وسيكون يوما يغمره الفرح".
وعلّق ترامب على اتفاق إنهاء الحرب بين إسرائيل وحماس في قطاع غزة قائلا: "أظن أنه سيكون سلاما دائما، ونتمنى أن يكون كذلك. سلام في الشرق الأوسط".
وفي الساعات الأولى من صباح اليوم الخميس، اتفقت حماس وإسرائيل على صفقة تقود إلى إطلاق الأسرى الإسرائيليين الباقين في غزة، في مقابل انسحاب جيش الاحتلال وإخلاء سبيل مئات المعتقلين الفلسطينيين.
وتنص المرحلة الأولى من الاتفاق على الإفراج عن الأسرى الإسرائيليين الـ48 المتبقين في غزة (بينهم 20 على قيد الحياة)، على أن ينسحب جيش الاحتلال الإسرائيلي ويُطلق سراح مئات من المعتقلين الفلسطينيين.
""", [
    ev("hostages-released", "إن الأسرى الإسرائيليين سيُفرج عنهم يوم الإثنين أو الثلاثاء المقبل", RELEASE, "'يوم الإثنين أو الثلاثاء المقبل' from Thu 9 Oct 2025 = Mon 13 or Tue 14 Oct; the release took place on Mon 13 Oct 2025"),
    ev("trump-cabinet-remarks", "في افتتاح اجتماع مجلس الوزراء بالبيت الأبيض اليوم الخميس", CABINET, "'اليوم الخميس' = Thu 9 Oct 2025 (page stamp)"),
    ev("deal-reached", "وفي الساعات الأولى من صباح اليوم الخميس، اتفقت حماس وإسرائيل على صفقة", DEAL, "'في الساعات الأولى من صباح اليوم الخميس' = Thu 9 Oct 2025 (announced by Trump on the evening of Wed 8 Oct, Washington time)"),
    ev("palestinian-prisoners-freed", "وإخلاء سبيل مئات المعتقلين الفلسطينيين", RELEASE, "no own expression; the release agreed on Thu 9 Oct took place on Mon 13 Oct 2025"),
])
art(S, "https://samanews.ps/ar/post/610896/%D9%88%D8%B5%D9%88%D9%84-%D8%AD%D8%A7%D9%81%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D8%B3%D8%B1%D9%89-%D8%A7%D9%84%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D8%AD%D8%B1%D8%B1%D9%8A%D9%86-%D9%85%D9%86-%D8%B3%D8%AC%D9%88%D9%86-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84-%D8%A7%D9%84%D9%89-%D8%B1%D8%A7%D9%85-%D8%A7%D9%84%D9%84%D9%87-%D9%88%D8%BA%D8%B2%D8%A9",
    "2025-10-13", "page time stamp 'الإثنين 13 أكتوبر 2025 01:16 م / بتوقيت القدس +2GMT' (kept as second line; 13 Oct 2025 was a Monday); the dateline 'رام الله/سما/' kept; the repeated headline dropped; headline kept from the page (reworded)", True, """
حافلات الأسرى الفلسطينيين المحررين من سجون إسرائيل تصل إلى رام الله وغزة
الإثنين 13 أكتوبر 2025 01:16 م / بتوقيت القدس +2GMT
رام الله/سما/ أطلقت إسرائيل سراح الأسرى الفلسطينيين من سجن "عوفر" نحو رام الله ومن سجن "كتسيعوت" نحو قطاع غزة.
وبلغت الحافلات التي تقل 88 أسيرا فلسطينيا مفرجا عنهم من سجن "عوفر" بلدة بيتونيا، حيث سيجري استقبالهم في قصر رام الله الثقافي، فيما وصلت إلى قطاع غزة أولى 38 حافلة تنقل أسرى فلسطينيين.
وأعلنت المؤسسات الفلسطينية الرسمية ومؤسسات الأسرى أنها تسلمت من اللجنة الدولية للصليب الأحمر حافلات الأسرى المحررين، وأنها ترافقهم إلى قصر رام الله الثقافي.
ووفق المرحلة الأولى من الخطة، يُطلق سراح كل المحتجزين الإسرائيليين الأحياء في قطاع غزة، في مقابل إفراج سلطات الاحتلال عن 250 معتقلا من أصحاب الأحكام العالية والمؤبدات، منهم 88 من سجن "عوفر" غرب مدينة رام الله و162 من سجن "كتسيعوت" في النقب، على أن يُنقلوا إلى قطاع غزة ثم يُبعد معظمهم إلى جمهورية مصر العربية، فضلا عن 1718 معتقلا من قطاع غزة اعتُقلوا عقب بدء الحرب في السابع من تشرين الأول/ أكتوبر 2023.
""", [
    ev("palestinian-prisoners-freed", "أطلقت إسرائيل سراح الأسرى الفلسطينيين من سجن \"عوفر\"", RELEASE, "no own expression; Mon 13 Oct 2025 (page stamp)"),
    ev("buses-reach-beitunia", "وبلغت الحافلات التي تقل 88 أسيرا فلسطينيا", RELEASE, "no own expression; Mon 13 Oct 2025 (page stamp 01:16 pm)"),
    ev("prisoners-arrive-gaza", "فيما وصلت إلى قطاع غزة أولى 38 حافلة", RELEASE, "no own expression; Mon 13 Oct 2025"),
    ev("hostages-released", "يُطلق سراح كل المحتجزين الإسرائيليين الأحياء في قطاع غزة", RELEASE, "no own expression; the 20 living hostages were freed on the morning of Mon 13 Oct 2025"),
    ev("deportees-to-egypt", "ثم يُبعد معظمهم إلى جمهورية مصر العربية", RELEASE, "no own expression; the deportees were taken to Egypt on Mon 13 Oct 2025 (aljazeera: 154)"),
    ev("war-start", "عقب بدء الحرب في السابع من تشرين الأول/ أكتوبر 2023", WAR, "'في السابع من تشرين الأول/ أكتوبر 2023' = Sat 7 Oct 2023"),
])
art(S, "https://www.aljazeera.net/news/2025/10/13/%D8%B9%D8%A7%D8%AC%D9%84-%D9%88%D8%B5%D9%88%D9%84-%D8%AD%D8%A7%D9%81%D9%84%D8%A7%D8%AA-%D8%A3%D8%B3%D8%B1%D9%89-%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D9%8A%D9%86-%D9%85%D9%81%D8%B1%D8%AC?traffic_source=rss",
    "2025-10-13", "date in the URL '/2025/10/13/' and page stamp 'date 2025-10-13' (13 Oct 2025 was a Monday); the body's 'اليوم الاثنين' agrees; headline rendered from the URL slug ('عاجل' dropped; the stored text has none); the two embedded tweets dropped; the last, truncated words dropped; no date of its own in the text", False, """
وصول حافلات الأسرى الفلسطينيين المفرج عنهم إلى خان يونس
وصلت اليوم الاثنين إلى مجمع ناصر الطبي في مدينة خان يونس جنوبي قطاع غزة حافلات تقل أسرى فلسطينيين أُفرج عنهم من سجون الاحتلال الإسرائيلي، وسط احتفاء كبير واستقبال شعبي واسع.
وذكرت مصادر فلسطينية أن دفعة أخرى من الأسرى المحررين دخلت القطاع عبر معبر كرم أبو سالم، في سياق تنفيذ بنود اتفاق التبادل ووقف إطلاق النار.
وكانت مشاهد قد وثقت في وقت سابق اليوم انتشار عناصر الأمن الفلسطيني في غزة داخل مجمع ناصر الطبي بخان يونس لتأمين استقبال الأسرى الفلسطينيين.
وأفاد مكتب إعلام الأسرى التابع لحركة المقاومة الإسلامية (حماس) بأن 154 أسيرا فلسطينيا أُفرج عنهم ونُقلوا إلى مصر، تنفيذا لقرار إبعادهم.
في المقابل، أعلنت مصلحة السجون الإسرائيلية أنها أنجزت الإفراج عن 1986 أسيرا فلسطينيا بموجب الاتفاق.
""", [
    ev("prisoners-arrive-gaza", "وصلت اليوم الاثنين إلى مجمع ناصر الطبي", RELEASE, "'اليوم الاثنين' = Mon 13 Oct 2025"),
    ev("kerem-shalom-entry", "دفعة أخرى من الأسرى المحررين دخلت القطاع عبر معبر كرم أبو سالم", RELEASE, "no own expression; Mon 13 Oct 2025"),
    ev("security-deployment", "انتشار عناصر الأمن الفلسطيني في غزة داخل مجمع ناصر الطبي", RELEASE, "'في وقت سابق اليوم' = earlier on Mon 13 Oct 2025"),
    ev("deportees-to-egypt", "بأن 154 أسيرا فلسطينيا أُفرج عنهم ونُقلوا إلى مصر", RELEASE, "no own expression; Mon 13 Oct 2025"),
    ev("palestinian-prisoners-freed", "أنها أنجزت الإفراج عن 1986 أسيرا فلسطينيا", RELEASE, "no own expression; the release completed on Mon 13 Oct 2025"),
])
art(S, "https://www.vetogate.com/5513932",
    "2025-10-16", "page stamp 'date 2025-10-16' (16 Oct 2025 was a Thursday; not part of the text); the body's 'اليوم الخميس' agrees; the inner sub-headings dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
وفد قيادي من حماس في القاهرة للاحتفاء بالأسرى المحررين المبعدين
أفادت تقارير إعلامية اليوم الخميس، نقلا عن مصدر قيادي في حماس يشارك في المفاوضات، بأن وفدا قياديا رفيعا من الحركة بلغ القاهرة، ويضم خليل الحية وخالد مشعل وأغلب قيادات المكتب السياسي في الخارج.
وبيّن القيادي في الحركة أن الوفد وصل إلى القاهرة اليوم الخميس لحضور احتفالية بأسرى محررين تقام في أحد فنادق القاهرة، يشارك فيها 154 أسيرا فلسطينيا محررا نُقلوا من السجون الإسرائيلية مؤقتا إلى مصر تمهيدا لإبعادهم إلى عدد من الدول.
وكانت إسرائيل قد اشترطت، ضمن صفقة التبادل، إبعاد هؤلاء الأسرى خارج الأراضي الفلسطينية.
ولفت القيادي الفلسطيني كذلك إلى أن أزمة تسلم جثامين عناصر النخبة من كتائب القسام انتهت، بعدما سلّم جيش الاحتلال الإسرائيلي 45 جثمانا أمس الأربعاء.
""", [
    ev("hamas-delegation-cairo", "أن الوفد وصل إلى القاهرة اليوم الخميس", CAIRO, "'اليوم الخميس' = Thu 16 Oct 2025"),
    ev("cairo-reception", "لحضور احتفالية بأسرى محررين تقام في أحد فنادق القاهرة", CAIRO, "no own expression; the reception held on Thu 16 Oct 2025, the day the delegation came for it"),
    ev("deportees-to-egypt", "نُقلوا من السجون الإسرائيلية مؤقتا إلى مصر", RELEASE, "no own expression; the 154 deportees were taken to Egypt on Mon 13 Oct 2025"),
    ev("bodies-handed-over", "بعدما سلّم جيش الاحتلال الإسرائيلي 45 جثمانا أمس الأربعاء", BODIES, "'أمس الأربعاء' from Thu 16 Oct 2025 = Wed 15 Oct"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 348
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

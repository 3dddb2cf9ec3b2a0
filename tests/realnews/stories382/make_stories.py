"""Builds stories.jsonl: the 382-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: governors, mayors and local councils: appointments,
dismissals, arrests and resignations of provincial governors, mayors and municipal councils.
Stories: the dismissal of Aden's governor Aidarous al-Zubaidi (Yemen, April-May 2017), the Iraqi parliament's
dismissal of Kirkuk's governor Najmaldin Karim (Iraq, September 2017), the dismissal of the wali of M'sila
Hadj Meguedad after the death of Ayache Mahdjoubi in a well (Algeria, January 2019), and the dismissal of
the governor of Ben Arous Wassim Mraidi and the oath of his successor (Tunisia, May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-aden-zubaidi-dismissal-2017
S = "yemen-aden-zubaidi-dismissal-2017"
DECREE = "2017-04-27"                      # Hadi's decrees of Thu 27 Apr 2017: al-Muflehi governor of Aden, al-Zubaidi ambassador, Bin Brik referred to investigation
PROTESTS = ("2017-04-28", "2017-05-01")    # the (small) protests for al-Zubaidi of Fri 28 - Sun 30 Apr 2017
art(S, "https://www.eremnews.com/amp/story/news/817207",
    "2017-04-27", "no date line on the stored page; the body's 'اليوم الخميس' for the decree known to be of Thu 27 Apr 2017 (the other outlets: alaraby 'أمس الخميس' on Fri 28, thenewkhalij 'يوم الخميس الماضي' on Sun 30 Apr) gives Thu 27 Apr 2017; byline 'وصفي شهوان' and page furniture dropped; headline kept from the page; no date of its own in the text", False, """
تعيين المفلحي محافظا لعدن والزبيدي سفيرا في وزارة الخارجية
أصدر الرئيس اليمني عبدربه منصور هادي، اليوم الخميس، قرارا جمهوريا عيّن بموجبه مستشاره المقيم في الرياض عبدالعزيز عبدالحميد المفلحي محافظا لمحافظة عدن، خلفا للواء عيدروس الزبيدي.
وبقرار جمهوري آخر، سمّى الرئيس اليمني عيدروس الزبيدي سفيرا في وزارة الخارجية.
وكان الزبيدي قد تولى منصب محافظ عدن في أغسطس من العام 2015 إثر مقتل سلفه اللواء جعفر محمد سعد في عملية اغتيال أعلن تنظيم "داعش" مسؤوليته عنها.
والزبيدي قائد سابق في المقاومة الجنوبية، ويلقى قبولا واسعا في المحافظات الجنوبية، ويملك نفوذا قويا على مختلف المسلحين المحليين.
وقبل أيام من إقالته، لمّح الزبيدي إلى استيائه من أداء الحكومة اليمنية، واصفا حلولها لمشكلات الخدمات في عدن، ولا سيما الكهرباء، بأنها "حبر على ورق".
""", [
    ev("aden-governor-decree", "قرارا جمهوريا عيّن بموجبه مستشاره المقيم في الرياض", DECREE, "'اليوم الخميس' = Thu 27 Apr 2017"),
    ev("zubaidi-ambassador", "سمّى الرئيس اليمني عيدروس الزبيدي سفيرا", DECREE, "no own expression; the second decree of the same day, Thu 27 Apr 2017"),
    ev("zubaidi-made-governor", "تولى منصب محافظ عدن في أغسطس من العام 2015", "2015-12-07", "the text says 'في أغسطس من العام 2015', but al-Zubaidi was appointed on Mon 7 Dec 2015, the day after Jaafar Saad's killing (yemenshabab: 'في السابع من ديسمبر 2015'); gold is the true day"),
    ev("saad-assassination", "إثر مقتل سلفه اللواء جعفر محمد سعد", "2015-12-06", "no own expression; the car bomb that killed governor Jaafar Mohammed Saad on Sun 6 Dec 2015 (outside knowledge)"),
    ev("zubaidi-criticism", "لمّح الزبيدي إلى استيائه من أداء الحكومة اليمنية", "2017-04-20", "'قبل أيام من إقالته' (dismissal Thu 27 Apr 2017) = some days before; my span 20-26 Apr 2017", end=DECREE),
])
art(S, "https://alaraby.co.uk/%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D9%88%D9%86-%D9%88%D9%82%D8%A7%D8%AF%D8%A9-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D9%88%D9%86-%D9%8A%D8%A4%D9%8A%D8%AF%D9%88%D9%86-%D9%82%D8%B1%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%8A%D9%85%D9%86%D9%8A-%D8%A7%D9%84%D8%A3%D8%AE%D9%8A%D8%B1%D8%A9",
    "2017-04-28", "the body's 'أمس الخميس' for the decrees of Thu 27 Apr 2017 and 'اليوم الجمعة' give Fri 28 Apr 2017 (28 Apr 2017 was a Friday); headline rendered from the URL slug (the stored text has none); the repeated 'وأبين' dropped; the last, truncated clause shortened", True, """
محافظون وقادة عسكريون يؤيدون قرارات الرئيس اليمني الأخيرة
أبدى محافظون وقادة عسكريون تأييدهم للقرارات الرئاسية التي أصدرها الرئيس اليمني عبدربه منصور هادي، أمس الخميس، في حين شهدت عدن، جنوبي اليمن، اليوم الجمعة، تظاهرة محدودة احتجت على إقالة محافظها عيدروس الزبيدي.
وفي هذا الإطار، أعلن محافظو معظم المحافظات اليمنية الموالية للشرعية، وفي طليعتهم محافظو حضرموت وأبين والمهرة وسقطرى ومأرب وصنعاء والمحويت وإب، إلى جانب محافظين آخرين، مساندتهم لقرارات هادي، كما أيدها قادة مناطق عسكرية وسفراء.
ونقلت وكالة الأنباء اليمنية الرسمية، في نسختها التابعة للشرعية، عن محافظ سقطرى اللواء سالم السقطري قوله إن القرارات ستسهم في تعزيز الأوضاع وتثبيت استقرارها، وإنها تأتي "تأكيداً على مكانة عدن ودورها كعاصمة، والحفاظ على السكينة العامة، وتلبية طموحات المواطنين، وتخفيف معاناتهم".
وفي الجهة المقابلة، أفادت مصادر محلية في عدن "العربي الجديد" بأن العشرات شاركوا في تظاهرة بالشارع الرئيسي لمنطقة المعلا، ظهر اليوم، رفعوا فيها لافتات ترفض إقالة المحافظ.
""", [
    ev("aden-governor-decree", "للقرارات الرئاسية التي أصدرها الرئيس اليمني عبدربه منصور هادي، أمس الخميس", DECREE, "'أمس الخميس' in an article of Fri 28 Apr 2017 = Thu 27 Apr"),
    ev("pro-zubaidi-protests", "تظاهرة محدودة احتجت على إقالة محافظها", PROTESTS[0], "'اليوم الجمعة' = Fri 28 Apr 2017; keyed with the protests for al-Zubaidi that thenewkhalij reports on Sun 30 Apr (span 28-30 Apr)", end=PROTESTS[1]),
    ev("governors-back-decrees", "أعلن محافظو معظم المحافظات اليمنية الموالية للشرعية", DECREE, "no own expression; the governors' statements of support came on Thu 27 and Fri 28 Apr 2017 (my span)", end="2017-04-29"),
    ev("socotra-governor-statement", "عن محافظ سقطرى اللواء سالم السقطري قوله", DECREE, "no own expression; Saba's report of the Socotra governor's support, Thu 27 - Fri 28 Apr 2017 (my span)", end="2017-04-29"),
])
art(S, "https://thenewkhalij.news/article/66507/%D8%A7%D9%84%D8%B2%D8%A8%D9%8A%D8%AF%D9%8A-%D9%8A%D8%B1%D8%B6%D8%AE-%D9%84%D9%82%D8%B1%D8%A7%D8%B1-%D8%A5%D9%82%D8%A7%D9%84%D8%AA%D9%87-%D9%88-%D9%87%D8%A7%D8%AF%D9%8A-%D9%8A%D8%A3%D9%85%D8%B1-%D8%A8%D9%88%D9%82%D9%81-%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D8%A8%D8%AA%D9%88%D9%82%D9%8A%D8%B9%D9%87",
    "2017-04-30", "page date line 'الأحد 30 أبريل 2017 05:04 ص' (kept as second line; 30 Apr 2017 was a Sunday); the body's 'الأحد' and 'يوم الخميس الماضي' agree; headline kept from the page; the opinion paragraph on the Aden street and the last, truncated sentence (Aden al-Ghad on the central bank) dropped", True, """
الزبيدي يرضخ لقرار إقالته.. وهادي يأمر بوقف العمل بتوقيعه
الأحد 30 أبريل 2017 05:04 ص
تغيّب عيدروس الزبيدي، محافظ عدن المُقال، الأحد، عن الدوام في مكتبه بديوان عام المحافظة، بعدما صدر قرار إقالته من منصبه يوم الخميس الماضي.
وبحسب "يمن برس"، فإن غياب الزبيدي عن الدوام يعني خضوعه للقرار، بينما كان أنصاره يتوقعون أن يتمرد عليه ويرفض قرار الرئيس اليمني عبد ربه منصور هادي.
في المقابل، ذكرت مصادر أن الزبيدي آثر الصمت، وعمل على تسيير مظاهرات مؤيدة له.
ولم يشارك في المظاهرات الموالية له سوى المئات، وأظهرت الصور والمقاطع المصورة عشرات المحتجين يطالبون بإعادته إلى منصبه.
ويرى معظم الشارع اليمني أن الزبيدي متمسك بمنصبه، وأنه كان يسعى إلى صون مصالحه الشخصية على الرغم من إخفاقه في إدارة شؤون المحافظة، ولهذا لم تلقَ خطواته التصعيدية أي تأييد شعبي.
""", [
    ev("zubaidi-absent", "تغيّب عيدروس الزبيدي، محافظ عدن المُقال، الأحد", "2017-04-30", "'الأحد' = Sun 30 Apr 2017 (date line)"),
    ev("aden-governor-decree", "بعدما صدر قرار إقالته من منصبه يوم الخميس الماضي", DECREE, "'يوم الخميس الماضي' from Sun 30 Apr 2017 = Thu 27 Apr"),
    ev("pro-zubaidi-protests", "وعمل على تسيير مظاهرات مؤيدة له", PROTESTS[0], "no own expression; the protests for al-Zubaidi between the decree and the report, Fri 28 - Sun 30 Apr 2017 (alaraby: 'اليوم الجمعة'; my span)", end=PROTESTS[1]),
])
art(S, "https://www.yemeress.com/almasdar/90914",
    "2017-05-04", "no date line on the stored page; the body's 'اليوم الخميس' with 'الخميس الماضي' for the decree of Thu 27 Apr 2017 gives Thu 4 May 2017, the day of the 'Aden Historic Declaration' rally (outside knowledge; 4 May 2017 was a Thursday); headline written from the body (the stored text has none); no date of its own in the text", False, """
الزبيدي وأنصاره يرفضون قرار إقالته من قيادة عدن
أعلن محافظ عدن (جنوبي اليمن) السابق عيدروس الزبيدي، اليوم الخميس، ومعه أنصاره من الحراك الجنوبي، رفضهم قرار الرئيس عبدربه منصور هادي بإبعاده عن إدارة المحافظة التي تتخذها الحكومة عاصمة ومقرا لها.
وكان الرئيس هادي قد أصدر الخميس الماضي قرارا يقضي بإقالة الزبيدي، وتعيين عبدالعزيز المفلحي محافظا جديدا.
غير أن الزبيدي، الذي يشارك في التظاهرة الحاشدة التي نظمها أنصار الحراك الجنوبي المطالب بالانفصال، قال في بيان أُطلق عليه «إعلان عدن التاريخي» إنهم يرفضون قرار الإقالة، وكذلك قرار إقالة وزير الدولة السابق هاني بن بريك وإحالته إلى التحقيق.
""", [
    ev("zubaidi-rejects-dismissal", "رفضهم قرار الرئيس عبدربه منصور هادي بإبعاده", "2017-05-04", "'اليوم الخميس' = Thu 4 May 2017"),
    ev("aden-governor-decree", "قد أصدر الخميس الماضي قرارا يقضي بإقالة الزبيدي", DECREE, "'الخميس الماضي' from Thu 4 May 2017 = Thu 27 Apr"),
    ev("aden-rally", "التظاهرة الحاشدة التي نظمها أنصار الحراك الجنوبي", "2017-05-04", "no own expression beyond 'اليوم الخميس'; the rally of the Aden Historic Declaration, Thu 4 May 2017"),
    ev("bin-brik-dismissed", "قرار إقالة وزير الدولة السابق هاني بن بريك", DECREE, "no own expression; Bin Brik's dismissal and referral were decreed with al-Zubaidi's on Thu 27 Apr 2017 (alresalah, syrianpc)"),
])

# ---------------------------------------------------------------- iraq-kirkuk-governor-karim-dismissal-2017
S = "iraq-kirkuk-governor-karim-dismissal-2017"
VOTE = "2017-09-14"                        # the Council of Representatives voted Najmaldin Karim out on Thu 14 Sep 2017
art(S, "http://www.almadenahnews.com/article/605988-إقالة-محافظ-كركوك-على-خلفية-الاستفتاء",
    "2017-09-14", "page date line 'تم نشره الخميس 14 أيلول / سبتمبر 2017 02:34 مساءً' (kept as second line; 14 Sep 2017 was a Thursday); the body's 'الخميس' agrees; headline kept from the page; the photo caption dropped", True, """
إقالة محافظ كركوك على خلفية الاستفتاء
تم نشره الخميس 14 أيلول / سبتمبر 2017 02:34 مساءً
المدينة نيوز :- عزل مجلس النواب العراقي، الخميس، محافظ كركوك المؤيد لاستفتاء الاستقلال الكردي، بحسب ما أفاد به مسؤول لوكالة الأنباء الفرنسية.
وكان رئيس الوزراء حيدر العبادي قد طلب الخميس من البرلمان أن يصوت على إقالة محافظ كركوك.
وأتى ذلك بعدما قررت محافظة كركوك الانضمام إلى استفتاء على الاستقلال يعتزم إقليم كردستان العراق تنظيمه في ٢٥ سبتمبر، وفق سكاي نيوز.
ويرفض العراق ودول الجوار إجراء الاستفتاء. وكان البرلمان العراقي قد طالب العبادي هذا الأسبوع باتخاذ جميع الإجراءات اللازمة لصون وحدة البلاد.
""", [
    ev("karim-dismissal-vote", "عزل مجلس النواب العراقي، الخميس، محافظ كركوك", VOTE, "'الخميس' = Thu 14 Sep 2017 (date line)"),
    ev("abadi-request", "قد طلب الخميس من البرلمان أن يصوت على إقالة", VOTE, "'الخميس' = Thu 14 Sep 2017"),
    ev("kirkuk-joins-referendum", "بعدما قررت محافظة كركوك الانضمام إلى استفتاء", "2017-08-29", "no own expression; the Kirkuk provincial council voted to take part in the referendum on Tue 29 Aug 2017 (sarabic: 'في 29 أغسطس/آب الماضي')"),
    ev("kurdistan-referendum", "يعتزم إقليم كردستان العراق تنظيمه في ٢٥ سبتمبر", "2017-09-25", "'في ٢٥ سبتمبر' = Mon 25 Sep 2017 (the referendum was held that day)"),
    ev("parliament-mandates-abadi", "قد طالب العبادي هذا الأسبوع باتخاذ جميع الإجراءات", "2017-09-12", "'هذا الأسبوع' before Thu 14 Sep; the parliament's vote rejecting the referendum and mandating the prime minister was on Tue 12 Sep 2017 (sarabic: 'الثلاثاء 12 سبتمبر')"),
])
art(S, "https://almoslim.net/node/282030",
    "2017-09-14", "page date line '23 ذو الحجه 1438' (kept as first line; 23 Dhu al-Hijjah 1438 = Thu 14 Sep 2017, checked: 1 Dhu al-Hijjah 1438 = 23 Aug 2017); the body's 'اليوم الخميس' agrees; the last, truncated sentence (the Kurdish members of the council) dropped; no headline on the stored text", True, """
23 ذو الحجه 1438
المسلم - متابعات
أقال البرلمان العراقي اليوم الخميس "بالأغلبية" محافظ كركوك نجم الدين كريم، تلبية لطلب تقدم به مكتب رئيس مجلس الوزراء حيدر العبادي.
ونقلت وكالة الأناضول للأنباء عن النائب في التحالف الوطني علي الصافي قوله إن "مجلس النواب صوّت بالأغلبية على إقالة محافظ كركوك نجم الدين كريم، بعد إدراج هذه الفقرة على جدول أعمال المجلس بتوقيع من 128 نائباً".
وأوضح الصافي أن "النواب الكرد في البرلمان طلبوا إرجاء موضوع الإقالة إلى جلسة السبت، إلا أن أغلب النواب تمسكوا بالتصويت عليه، ما دفع النواب الكرد إلى مقاطعة الجلسة"، مبينا أن الإقالة جرت بالتصويت بالأغلبية.
وانعقدت الجلسة برئاسة رئيس المجلس سليم الجبوري وبحضور 173 نائباً من أصل 328 هم أعضاء مجلس النواب.
وكان البرلمان العراقي قد تلقى اليوم الخميس طلباً من مكتب رئيس مجلس الوزراء حيدر العبادي يطلب فيه التصويت على إقالة محافظ كركوك نجم الدين كريم.
ويتهم نواب محافظة كركوك (شمال) من العرب والتركمان محافظ كركوك بارتكاب مخالفات إدارية ودستورية في المحافظة.
وفي 28 من مارس الماضي، صوّت مجلس محافظة كركوك بالأغلبية على رفع علم الإقليم الكردي بجانب العلم العراقي.
""", [
    ev("karim-dismissal-vote", "أقال البرلمان العراقي اليوم الخميس \"بالأغلبية\" محافظ كركوك", VOTE, "'اليوم الخميس' = Thu 14 Sep 2017 (Hijri date line)"),
    ev("kurdish-mps-boycott", "ما دفع النواب الكرد إلى مقاطعة الجلسة", VOTE, "no own expression; the boycott of the same session of Thu 14 Sep 2017"),
    ev("abadi-request", "قد تلقى اليوم الخميس طلباً من مكتب رئيس مجلس الوزراء", VOTE, "'اليوم الخميس' = Thu 14 Sep 2017"),
    ev("kirkuk-flag-vote", "صوّت مجلس محافظة كركوك بالأغلبية على رفع علم", "2017-03-28", "'في 28 من مارس الماضي' = Tue 28 Mar 2017"),
])
art(S, "http://www.almanar.com.lb/2608153",
    "2017-09-14", "no date line on the stored page; the body's 'اليوم الخميس' for Karim's reply to the vote of Thu 14 Sep 2017 gives Thu 14 Sep 2017 (the same statement is quoted by Anadolu via ksaplayers on the day of the vote); site name and photo caption dropped; headline kept from the page; the last, truncated quotation dropped; no date of its own in the text", False, """
محافظ كركوك يرفض قرار إقالته: باقٍ في منصبي
عدّ محافظ كركوك نجم الدين كريم، اليوم الخميس، تصويت مجلس النواب العراقي على إقالته مفخرة لكركوك وله شخصياً، مؤكداً أن القرار "غير قانوني" وأنه مستمر في منصبه.
وجاء في بيان أصدره المكتب الإعلامي لمحافظ كركوك، ونقلته شبكة "رووداو" الإعلامية، أن "الدكتور نجم الدين كريم يعتز اليوم، ومعه مواطنو كركوك من العرب والتركمان والكورد والكلدوآشوريين الذين منحوه أصواتهم في الانتخابات البرلمانية عام 2014، بعد أن صوت 173 عضوا في مجلس النواب على إقالة (المحافظ) في غياب ممثلي الكتل الكردستانية في البرلمان".
وشدد البيان على "أن مجلس محافظة كركوك الحالي لا يخضع لقانون المحافظات غير المنتظمة في إقليم رقم 21، بل يعمل بموجب قانون (بريمر) رقم 34 الذي حصر تعيين المحافظ وإقالته بمجلس محافظة (كركوك) الذي ما زال يعمل بهذا القانون".
وأضاف البيان أن "محافظ كركوك نال الثقة من مجلس محافظة كركوك مشكورا، وهو الجهة الوحيدة المخولة بإقالته، لا رئيس مجلس الوزراء ولا مجلس النواب العراقي".
""", [
    ev("karim-rejects-dismissal", "مؤكداً أن القرار \"غير قانوني\" وأنه مستمر في منصبه", VOTE, "'اليوم الخميس' = Thu 14 Sep 2017"),
    ev("karim-dismissal-vote", "بعد أن صوت 173 عضوا في مجلس النواب على إقالة", VOTE, "no own expression; the vote of Thu 14 Sep 2017"),
    ev("iraq-2014-election", "منحوه أصواتهم في الانتخابات البرلمانية عام 2014", "2014-04-30", "'عام 2014': Iraq's parliamentary election of Wed 30 Apr 2014 (outside knowledge)"),
])
art(S, "https://hathalyoum.net/articles/1355750",
    "2017-09-17", "page date line '2017-09-17 00:00:00 - المصدر: نواة' (kept as second line; 17 Sep 2017 was a Sunday); the body's 'الاحد' and 'اليوم (17 ايلول 2017)' agree; headline kept from the page (reworded); the last, truncated words dropped", True, """
مجلس محافظة كركوك: لم نتسلم أي قرار رسمي بإقالة المحافظ
2017-09-17 00:00:00 - المصدر: نواة
أفادت كتلة التآخي في مجلس محافظة كركوك، الاحد، بأن مجلس المحافظة يرفض قرار البرلمان العراقي القاضي بإقالة محافظ كركوك نجم الدين كريم، لافتة إلى أن المجلس لم يتلقَّ من بغداد أي كتاب رسمي بهذا الخصوص.
وشدد أعضاء في الكتلة، خلال مؤتمر صحفي عقدوه في مبنى المحافظة وتابعته "نواة" اليوم (17 ايلول 2017)، على أن مجلس المحافظة يرفض قرار الإقالة.
""", [
    ev("council-rejects-dismissal", "أفادت كتلة التآخي في مجلس محافظة كركوك، الاحد", "2017-09-17", "'الاحد' = Sun 17 Sep 2017 (date line)"),
    ev("karim-dismissal-vote", "قرار البرلمان العراقي القاضي بإقالة محافظ كركوك", VOTE, "no own expression; the vote of Thu 14 Sep 2017"),
    ev("no-official-letter", "لم يتلقَّ من بغداد أي كتاب رسمي", VOTE, "a state from the vote of Thu 14 Sep up to the press conference of Sun 17 Sep 2017 (my span)", end="2017-09-18"),
])

# ---------------------------------------------------------------- algeria-msila-wali-meguedad-dismissal-2019
S = "algeria-msila-wali-meguedad-dismissal-2019"
SACK = "2019-01-08"                        # Bouteflika ended Hadj Meguedad's functions; announced on the 20:00 TV news of Tue 8 Jan 2019
FALL = "2018-12-18"                        # Ayache Mahdjoubi fell into the well of Oum Chemel on Tue 18 Dec 2018
art(S, "http://elbilad.net/article/detail?id=92098",
    "2019-01-08", "no date line on the stored page; the body's 'اليوم الثلاثاء' and 'هذا المساء' for the decree known from the presidency's statement of Tue 8 Jan 2019 (dia-algerie: 'DIA-08 janvier 2019 ... ce mardi soir'; elhayatalarabiya: 'أول أمس الثلاثاء') give Tue 8 Jan 2019; headline and sub-heading of the page joined; the byline 'البلاد.نت - محمدعبدالمؤمن -' dropped; the last, truncated words dropped", True, """
رئيس الجمهورية ينهي مهام والي المسيلة بموجب مرسوم رئاسي
أنهى رئيس الجمهورية عبد العزيز بوتفليقة، اليوم الثلاثاء، مهام والي المسيلة الحاج مقداد بمرسوم رئاسي، حسبما أعلنه التلفزيون الجزائري.
وجاء في خبر بثه التلفزيون العمومي في مستهل نشرته الرئيسية هذا المساء أن رئيس الجمهورية أصدر مرسوما رئاسيا أنهى بموجبه مهام والي المسيلة الحاج مقداد، طبقا لما ينص عليه الدستور.
ولم يذكر المصدر أسباب تنحية الوالي، لكن مصادر لـ"البلاد.نت" أكدت أن وزارة الداخلية رفعت إلى رئاسة الجمهورية تقريرا أسود عن أداء الوالي في قضية الشاب عياش محجوبي الذي توفي إثر سقوطه في بئر ارتوازي بالولاية.
كما تعرض الوالي مقداد لانتقادات واسعة على مواقع التواصل الاجتماعي بسبب تأخره الكبير في الحضور ميدانيا لمتابعة محاولات إنقاذ الشاب عياش محجوبي، الذي توفي شهر ديسمبر الماضي بعد سقوطه في بئر ارتوازي على عمق 30 مترا تحت الأرض بمنطقة أم الشمل في إقليم ولاية المسيلة.
وكان رئيس الجمهورية قد أمر في وقت سابق، بموجب مرسوم رئاسي، بتنحية والي البليدة السابق مصطفى العياضي من منصبه شهر سبتمبر من العام الماضي، بسبب "سوء تسييره" لأزمة انتشار وباء الكوليرا في ولايته وفي مناطق أخرى من البلاد.
""", [
    ev("meguedad-dismissed", "أنهى رئيس الجمهورية عبد العزيز بوتفليقة، اليوم الثلاثاء، مهام والي المسيلة", SACK, "'اليوم الثلاثاء' = Tue 8 Jan 2019"),
    ev("dismissal-announced", "خبر بثه التلفزيون العمومي في مستهل نشرته الرئيسية هذا المساء", SACK, "'هذا المساء' of Tue 8 Jan 2019 (the 20:00 news)"),
    ev("interior-black-report", "رفعت إلى رئاسة الجمهورية تقريرا أسود", "2018-12-23", "no own expression; the ministry's report after Ayache's death, between Sun 23 Dec 2018 and the decree of Tue 8 Jan 2019 (my span)", end="2019-01-09"),
    ev("ayache-death", "الذي توفي شهر ديسمبر الماضي", "2018-12-22", "'شهر ديسمبر الماضي' = December 2018; the civil protection announced his death on Sun 23 Dec 2018 (jo24, zamanalwsl: 'والأحد الماضي، أعلنت ... عن وفاة'); my span 22-23 Dec", end="2018-12-24"),
    ev("ayache-fall", "سقوطه في بئر ارتوازي على عمق 30 مترا", FALL, "no own expression; he fell into the well on Tue 18 Dec 2018 (almesryoon, elhayatalarabiya: 'يوم 18 ديسمبر')"),
    ev("layadi-dismissed", "بتنحية والي البليدة السابق مصطفى العياضي", "2018-09-01", "'شهر سبتمبر من العام الماضي' = September 2018 (echorouk: on a Monday; probably Mon 3 Sep 2018); month span", end="2018-10-01"),
])
art(S, "https://www.ennaharonline.com/%d8%b9%d9%8a%d8%a7%d8%b4-%d9%8a%d8%b7%d9%8a%d8%ad-%d8%a8%d9%88%d8%a7%d9%84%d9%8a-%d8%a7%d9%84%d9%85%d8%b3%d9%8a%d9%84%d8%a9-%d9%85%d9%86-%d9%85%d9%86%d8%b5%d8%a8%d9%87",
    "2019-01-09", "no date line on the stored page; the body's 'مساء أمس' for the presidency's statement of the evening of Tue 8 Jan 2019 gives Wed 9 Jan 2019 (Ennahar's paper edition of the next day); headline and the two sub-headings kept (reworded); the last, truncated paragraph dropped; no date of its own in the text", True, """
«عياش» يُطيح بوالي المسيلة من منصبه!
الرئيس بوتفليقة وقّع مرسوما رئاسيا بإنهاء مهامه
الوالي المُقال تعرض لانتقادات لغيابه عن مأساة «عياش» ولزيارته عائلته بعد مرور 5 أيام كاملة
أنهى رئيس الجمهورية، عبد العزيز بوتفليقة، مهام والي المسيلة، الحاج مقداد، بحسب ما جاء في بيان أصدرته رئاسة الجمهورية مساء أمس.
ولم يقدم بيان رئاسة الجمهورية تفاصيل إضافية عن مرسوم الرئيس بوتفليقة القاضي بإنهاء مهام والي المسيلة، ولا عن هوية خليفته، مكتفيا بأن إنهاء المهام جاء وفقا لأحكام المادة 92 من الدستور التي تحدد صلاحيات رئيس الجمهورية في التعيين وإنهاء المهام في الوظائف السامية.
ومع أن بيان الرئاسة جاء مقتضبا ولم يتطرق إلى أسباب عزل والي المسيلة، فقد بدا واضحا للمتابعين أن الدوافع مرتبطة بقضية الشاب «عياش محجوبي» الذي ظل عالقا داخل بئر ارتوازي طيلة 9 أيام كاملة.
وما أشعل غضب الشارع المحلي وعائلة الشاب الراحل أن الوالي لم يكلف نفسه عناء التنقل إلى موقع الحادثة أو إلى منزل العائلة، تعبيرا عن المؤازرة والتضامن كما يقتضي منصبه وتمليه عليه واجباته.
""", [
    ev("meguedad-dismissed", "أنهى رئيس الجمهورية، عبد العزيز بوتفليقة، مهام والي المسيلة", SACK, "no own expression; the decree announced on the evening of Tue 8 Jan 2019"),
    ev("dismissal-announced", "بيان أصدرته رئاسة الجمهورية مساء أمس", SACK, "'مساء أمس' in an article of Wed 9 Jan 2019 = the evening of Tue 8 Jan"),
    ev("ayache-trapped", "ظل عالقا داخل بئر ارتوازي طيلة 9 أيام كاملة", FALL, "'طيلة 9 أيام كاملة' = from the fall on Tue 18 Dec to the recovery of the body on Wed 26 Dec 2018 (afrigatenews, jo24)", end="2018-12-27"),
    ev("wali-visits-family-late", "لزيارته عائلته بعد مرور 5 أيام كاملة", "2018-12-22", "'بعد مرور 5 أيام كاملة' after the fall of Tue 18 Dec 2018 = about Sat 22 - Sun 23 Dec (my span)", end="2018-12-24"),
])
art(S, "https://www.elhayatalarabiya.net/ar/?p=5200",
    "2019-01-10", "no date line on the stored page; the body's 'أول أمس الثلاثاء' for the announcement of Tue 8 Jan 2019 gives Thu 10 Jan 2019 (10 Jan 2019 was a Thursday); headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
قصة عياش المأساوية تنتهي بالإطاحة بوالي المسيلة
على الرغم من محاولاته المتكررة لتدارك خطأ ارتكبه بسبب "إهماله" في التعامل مع حادثة محجوبي عياش، التي شدت الرأي العام المحلي والعالمي وكانت أبرز قصة مأساوية ختم بها الجزائريون عام 2018، أخفق والي ولاية المسيلة حاج مقداد في النجاة من مقصلة المحاسبة والعقاب، فانتهى الأمر بإنهاء مهامه ببيان رئاسي.
وتفاعل عدد كبير من الجزائريين أول أمس الثلاثاء مع خبر إنهاء مهام والي المسيلة، الذي أُعلن في نشرة الثامنة التي يبثها التلفزيون العمومي، ورأى ناشطون على مواقع التواصل الاجتماعي أن الحق انتصر لـ"عياش" أو من بات يُعرف بـ"رجل البئر"، بعدما سقط في بئر ارتوازية في قرية "أم الشمل" ببلدية الحوامد بولاية المسيلة يوم 18 ديسمبر، وخرج منها ميتا بتاريخ 23 ديسمبر، بعد محاولات لإنقاذه بذلتها مصالح الحماية المدنية طيلة 9 أيام كاملة.
وطوال عملية إنقاذ الشاب الراحل عياش، تعرض والي المسيلة لانتقادات لاذعة بسبب "استهزائه" وعدم تعامله بجدية مع قضية إنسانية هزت البلاد من شمالها إلى جنوبها ومن شرقها إلى غربها، إذ اكتفى الحاج مقداد (حسب السكان) بمراقبة عملية الحفر من مكتبه دون أن ينزل إلى مكان الفاجعة.
""", [
    ev("meguedad-dismissed", "فانتهى الأمر بإنهاء مهامه ببيان رئاسي", SACK, "no own expression; the decree of Tue 8 Jan 2019"),
    ev("dismissal-announced", "الذي أُعلن في نشرة الثامنة التي يبثها التلفزيون العمومي", SACK, "'أول أمس الثلاثاء' in an article of Thu 10 Jan 2019 = Tue 8 Jan (the 20:00 news)"),
    ev("public-reaction", "وتفاعل عدد كبير من الجزائريين أول أمس الثلاثاء", SACK, "'أول أمس الثلاثاء' = Tue 8 Jan 2019 (the evening of the announcement)"),
    ev("ayache-fall", "سقط في بئر ارتوازية في قرية \"أم الشمل\"", FALL, "'يوم 18 ديسمبر' = Tue 18 Dec 2018"),
    ev("ayache-body-out", "وخرج منها ميتا بتاريخ 23 ديسمبر", "2018-12-23", "the text's '23 ديسمبر' (Sun 23 Dec 2018) is the day his death was announced; the body was brought out on Wed 26 Dec 2018 (afrigatenews 'مساء أمس الأربعاء', almesryoon); span 23-26 Dec", end="2018-12-27"),
])

# ---------------------------------------------------------------- tunisia-ben-arous-governor-mraidi-dismissal-2025
S = "tunisia-ben-arous-governor-mraidi-dismissal-2025"
VISIT = "2025-05-11"                       # Saied's unannounced visit to Ben Arous, evening of Sun 11 May 2025
FIRED = "2025-05-12"                       # Wassim Mraidi dismissed and Abdelhamid Bouguedida named, statement at dawn of Mon 12 May 2025
SEPT = ("2024-09-01", "2024-10-01")        # the replacement of the governors in September 2024, before the presidential election
art(S, "https://www.ghadnews.net/2025/05/12/%D9%82%D9%8A%D8%B3-%D8%B3%D8%B9%D9%8A%D9%91%D8%AF-%D9%8A%D9%8F%D8%B9%D9%81%D9%8A-%D9%88%D8%A7%D9%84%D9%8A-%D8%A8%D9%86-%D8%B9%D8%B1%D9%88%D8%B3-%D9%85%D9%86-%D9%85%D9%87%D8%A7%D9%85%D9%87-%D8%A8%D8%B3",
    "2025-05-12", "date in the URL '/2025/05/12/' (12 May 2025 was a Monday); the body's 'يوم الاثنين' and 'مساء الأحد' agree; headline kept from the page; the closing sub-heading and quotation dropped; no date of its own in the text", True, """
قيس سعيّد يُعفي والي بن عروس من مهامه بسبب "إخلالات" في الولاية
أعلن قيس سعيّد، يوم الاثنين، إعفاء والي بن عروس وسام المرايدي من مهامه، بعد رصد "إخلالات" لم يُكشف عن تفاصيلها، وذلك في إطار مساعي الحكومة لتعزيز الإدارة المحلية وتحسين الخدمات المقدمة للمواطنين.
ووفق بيان أصدرته الرئاسة التونسية، اتُّخذ هذا القرار إثر زيارة غير معلنة أداها سعيّد مساء الأحد إلى عدد من مناطق ولاية بن عروس، اطلع خلالها على الأوضاع ووقف على مشكلات كثيرة. وتقرر تكليف عبد الحميد بوقديدة بمهام الوالي الجديد خلفًا للمرايدي.
ولم يقدم البيان أي توضيحات بشأن طبيعة "الإخلالات" التي رصدها الرئيس، ما أبقى تساؤلات مطروحة حول الأولويات الإدارية في الجهة. وتأتي هذه الخطوة في وقت تعيش فيه تونس تحولات سياسية واستعدادات للانتخابات بعد تغيير 15 والياً في الشهر السابق.
""", [
    ev("mraidi-dismissed", "إعفاء والي بن عروس وسام المرايدي من مهامه", FIRED, "'يوم الاثنين' = Mon 12 May 2025"),
    ev("surprise-visit", "إثر زيارة غير معلنة أداها سعيّد مساء الأحد", VISIT, "'مساء الأحد' before Mon 12 May 2025 = Sun 11 May"),
    ev("bouguedida-named", "وتقرر تكليف عبد الحميد بوقديدة بمهام الوالي الجديد", FIRED, "no own expression; named in the same statement of Mon 12 May 2025"),
])
art(S, "https://almenassa.org/2025/05/13/%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a7%d9%84%d8%aa%d9%88%d9%86%d8%b3%d9%8a-%d9%8a%d9%82%d9%8a%d9%84-%d8%ab%d8%a7%d9%86%d9%8a-%d9%88%d8%a7%d9%84%d9%8d-%d9%81%d9%8a-%d8%a8%d9%86-%d8%b9%d8%b1%d9%88",
    "2025-05-13", "date in the URL '/2025/05/13/' (13 May 2025 was a Tuesday); the body's 'صباح الاثنين' and 'مساء الأحد' agree; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
الرئيس التونسي يقيل ثاني والٍ في بن عروس
أقال الرئيس التونسي قيس سعيّد، صباح الاثنين، والي ولاية بن عروس وسام المرايدي، في خطوة هي الثانية من نوعها في الولاية ذاتها منذ شهر سبتمبر 2024.
وذكرت رئاسة الجمهورية التونسية، في بيان مقتضب، أن قرار الإقالة جاء بسبب ما سمّته "الاخلالات" التي وقف عليها الرئيس سعيّد خلال زيارة مفاجئة أداها مساء الأحد إلى ولاية بن عروس، الواقعة عند المدخل الجنوبي للعاصمة تونس.
وأعلنت الرئاسة تعيين عبد الحميد بوقديدة خلفًا للمرايدي.
ويتمتع الرئيس التونسي بصلاحيات تنفيذية واسعة، منها تعيين كبار المسؤولين وإقالتهم، وذلك منذ قرارات 25 يوليو 2021 التي وسّعت صلاحياته بعد تجميد عمل البرلمان.
وتندرج هذه الإقالة ضمن سلسلة تغييرات إدارية واسعة أجراها الرئيس سعيّد منذ توليه الحكم، شملت إقالة أربعة رؤساء حكومات وعدد من الوزراء والولاة ومديري الإدارات، في إطار ما يسميه "إصلاح الإدارة ومكافحة الفساد".
""", [
    ev("mraidi-dismissed", "أقال الرئيس التونسي قيس سعيّد، صباح الاثنين، والي ولاية بن عروس", FIRED, "'صباح الاثنين' = Mon 12 May 2025"),
    ev("sept-2024-governors-change", "الثانية من نوعها في الولاية ذاتها منذ شهر سبتمبر 2024", SEPT[0], "'منذ شهر سبتمبر 2024': the first change of Ben Arous's governor, in the replacement of the governors of September 2024 (month span)", end=SEPT[1]),
    ev("surprise-visit", "خلال زيارة مفاجئة أداها مساء الأحد", VISIT, "'مساء الأحد' = Sun 11 May 2025"),
    ev("bouguedida-named", "وأعلنت الرئاسة تعيين عبد الحميد بوقديدة", FIRED, "no own expression; the statement of Mon 12 May 2025"),
    ev("july-25-measures", "منذ قرارات 25 يوليو 2021", "2021-07-25", "'25 يوليو 2021' = Sun 25 Jul 2021"),
])
art(S, "https://a5r5br.net/iraq/international-news/6031090-%D8%B3%D8%B9%D9%8A%D8%AF-%D9%8A%D8%B9%D9%8A%D9%86-%D9%88%D8%A7%D9%84%D9%8A%D8%A7-%D9%8A%D9%88%D8%A7%D8%AC%D9%87-%D8%AA%D8%AD%D9%82%D9%8A%D9%82%D8%A7-%D9%81%D9%8A-%D8%B4%D8%A8%D9%87%D8%A9-%D9%81%D8%B3%D8%A7%D8%AF",
    "2025-05-13", "no date line on the stored page; the body's 'فجر أمس الاثنين' for the presidency's statement of Mon 12 May 2025 gives Tue 13 May 2025 (13 May 2025 was a Tuesday); headline rendered from the URL slug (the stored text has none); the last, truncated clause on the presidential election dropped; no date of its own in the text", False, """
سعيد يعين واليا يواجه تحقيقا في شبهة فساد
نشر الحساب الرسمي لرئاسة الجمهورية التونسية على موقع فيسبوك، فجر أمس الاثنين، بيانا مقتضبا أعلن فيه إقالة والي بن عروس وسام المرايدي وتعيين عبد الحميد بوقديدة بدلا منه.
وبيّن البيان أن قرار الإقالة جاء إثر زيارة "غير معلنة" أداها الرئيس قيس سعيد يوم 11 مايو/أيار الجاري إلى مناطق في الولاية، و"اطلاعه على العديد من الإخلالات بها".
وفيما لم يوضح البيان طبيعة تلك الإخلالات، تفاعل ناشطون على مواقع التواصل مع الخبر عبر إعادة نشر قرار صادر عن وكيل الجمهورية لدى المحكمة الابتدائية في بن عروس يقضي بفتح تحقيق في حق بوقديدة.
وتضمن القرار طلب "إصدار البطاقات القضائية اللازمة" في حق بوقديدة و"من سيكشف عنهم البحث"، بتهم استغلال موارد الدولة "لاستخلاص فائدة لا وجه لها" و"التصرف بغير وجه في الأموال العمومية أو الخاصة أو اختلاسها" و"التدليس ومسك أو استعمال مدلس".
وشغل بوقديدة عدة مسؤوليات في وزارة التجهيز والإسكان، من بينها المدير الجهوي للوزارة في بن عروس، والمدير العام لـ"شركة تونس للطرقات السيّارة"، قبل أن يُعيَّن على رأس الولاية، بحسب مواقع محلية.
ويُذكر أن بوقديدة هو ثاني والٍ يعينه سعيد على بن عروس بعد حركة إقالة طالت جميع الولاة في سبتمبر/أيلول الماضي.
""", [
    ev("mraidi-dismissed", "فجر أمس الاثنين، بيانا مقتضبا أعلن فيه إقالة والي بن عروس", FIRED, "'فجر أمس الاثنين' in an article of Tue 13 May 2025 = dawn of Mon 12 May"),
    ev("bouguedida-named", "وتعيين عبد الحميد بوقديدة بدلا منه", FIRED, "no own expression; the same statement of Mon 12 May 2025"),
    ev("surprise-visit", "أداها الرئيس قيس سعيد يوم 11 مايو/أيار الجاري", VISIT, "'يوم 11 مايو/أيار الجاري' = Sun 11 May 2025"),
    ev("sept-2024-governors-change", "بعد حركة إقالة طالت جميع الولاة في سبتمبر/أيلول الماضي", SEPT[0], "'في سبتمبر/أيلول الماضي' from May 2025 = September 2024 (month span)", end=SEPT[1]),
])
art(S, "https://tumedia.net/2025/05/15/%d9%88%d8%a7%d9%84%d9%8a-%d8%a8%d9%86-%d8%b9%d8%b1%d9%88%d8%b3-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af-%d9%8a%d8%a4%d8%af%d9%8a-%d8%a7%d9%84%d9%8a%d9%85%d9%8a%d9%86",
    "2025-05-15", "date in the URL '/2025/05/15/' (15 May 2025 was a Thursday); the body's 'أمس، الأربعاء 14 ماي 2025' agrees; headline and sub-heading kept from the page (reworded); the section tags and comment form dropped", True, """
والي بن عروس الجديد يؤدي اليمين
رئيس الجمهورية قيس سعيد يشرف على موكب أداء والي بن عروس الجديد عبد الحميد بوقديدة اليمين خلفا لوسام المرايدي
أشرف رئيس الجمهورية قيس سعيّد أمس، الأربعاء 14 ماي 2025، بقصر قرطاج، على موكب أدى فيه والي بن عروس الجديد عبد الحميد بوقديدة اليمين، وفق بلاغ صادر عن رئاسة الجمهورية.
وللتذكير، كان رئيس الجمهورية قيس سعيد قد قرر إعفاء وسام المرايدي من مهامه على رأس ولاية بن عروس وتكليف عبد الحميد بوقديدة خلفا له.
وأوضح بلاغ لرئاسة الجمهورية أن هذا القرار اتُّخذ إثر زيارة غير مُعلنة أداها رئيس الدولة الأحد الماضي إلى عدد من مناطق ولاية بن عروس واطلاعه على العديد من الإخلالات بها.
""", [
    ev("bouguedida-oath", "أشرف رئيس الجمهورية قيس سعيّد أمس، الأربعاء 14 ماي 2025", "2025-05-14", "'أمس، الأربعاء 14 ماي 2025' = Wed 14 May 2025"),
    ev("mraidi-dismissed", "قد قرر إعفاء وسام المرايدي من مهامه", FIRED, "no own expression; the decision of Mon 12 May 2025"),
    ev("bouguedida-named", "وتكليف عبد الحميد بوقديدة خلفا له", FIRED, "no own expression; the decision of Mon 12 May 2025"),
    ev("surprise-visit", "زيارة غير مُعلنة أداها رئيس الدولة الأحد الماضي", VISIT, "'الأحد الماضي' from Thu 15 May 2025 = Sun 11 May"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 382
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

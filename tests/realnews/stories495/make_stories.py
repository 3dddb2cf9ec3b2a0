"""Builds stories.jsonl: the 495-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: parliaments: election of a speaker or assembly president,
votes of confidence, dissolutions.
Stories: the election of Ibrahim Boughali as president of Algeria's People's National Assembly (July 2021), and
the election of Mohammed al-Halbousi as speaker of the Iraqi Council of Representatives (September 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-boughali-apn-president-2021
S = "algeria-boughali-apn-president-2021"
ELECTED = "2021-07-08"                     # Boughali elected APN president in the first sitting, Thu 8 Jul 2021
LEGISLATIVE = "2021-06-12"                 # the early legislative election, Sat 12 Jun 2021
art(S, "https://www.awras.com/%D8%A3%D9%81%D8%A7%D9%84%D8%A7%D9%86%D9%8A-%D8%B3%D8%A7%D8%A8%D9%82-%D8%B1%D8%A6%D9%8A%D8%B3%D8%A7-%D9%84%D9%84%D8%BA%D8%B1%D9%81%D8%A9-%D8%A7%D9%84%D8%B3%D9%81%D9%84%D9%89-%D9%84%D9%84%D8%A8/",
    ELECTED, "no date line on the stored page; the body's 'اليوم الخميس' for the election of Thu 8 Jul 2021 (8 Jul 2021 was a Thursday; jdd-tunisie of Fri 9: 'أمس الخميس 8 جويلية 2021') and 'صبيحة اليوم' for the opening of the sitting; headline kept from the page; the breadcrumb and a related headline dropped; the last sentence, cut at 'أكبر النواب س', completed as 'سنا'", True, """
"أفالاني" سابق رئيسا للغرفة السفلى للبرلمان
اختار أعضاء المجلس الشعبي الوطني الجدد، اليوم الخميس، النائب إبراهيم بوغالي رئيسا للغرفة السفلى للبرلمان خلال الفترة التشريعية التاسعة.
وحصد إبراهيم بوغالي، النائب عن القائمة الحرة "الأخوة والتداول" في الدائرة الانتخابية لغرداية، 295 صوتا، متقدما على منافسه أحمد صادوق، النائب عن حركة مجتمع السلم في الدائرة الانتخابية للشلف، الذي نال 87 صوتا.
وآثر ممثلو الشعب الاحتكام إلى الاقتراع السري لاختيار رئيس جديد لقبة زيغود يوسف، عوض الانتخاب العلني.
واصطف الأحرار وجبهة التحرير الوطني والتجمع الوطني الديمقراطي وجبهة المستقبل خلف إبراهيم بوغالي، الذي خاض الانتخابات ضمن قائمة حرة بعد أن كان عضوا في حزب جبهة التحرير الوطني.
ويشار إلى أن الرئيس الجديد للغرفة السفلى للبرلمان تولى رئاسة المجلس الشعبي الولائي لغرداية منذ سنة، وترأس قبل ذلك المجلس الشعبي البلدي في الولاية نفسها.
وكانت أشغال الجلسة البرلمانية العلنية الأولى للمجلس الشعبي الوطني، للفترة التشريعية التاسعة، قد انطلقت صبيحة اليوم برئاسة أكبر النواب سنا.
""", [
    ev("boughali-elected", "اختار أعضاء المجلس الشعبي الوطني الجدد، اليوم الخميس", ELECTED, "'اليوم الخميس' = Thu 8 Jul 2021"),
    ev("secret-ballot", "الاحتكام إلى الاقتراع السري", ELECTED, "no own expression; the secret vote of the sitting of Thu 8 Jul 2021"),
    ev("first-sitting-opens", "قد انطلقت صبيحة اليوم برئاسة أكبر النواب سنا", ELECTED, "'صبيحة اليوم' in an article of Thu 8 Jul 2021 = the morning of Thu 8 Jul"),
])
art(S, "https://jdd-tunisie.com/ar/2021/07/%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d9%85%d8%b3%d8%aa%d9%82%d9%84-%d9%8a%d9%81%d9%88%d8%b2-%d8%a8%d8%b1%d8%a6%d8%a7%d8%b3%d8%a9-%d8%a7%d9%84%d8%a8%d8%b1%d9%84%d9%85%d8%a7%d9%86-%d8%b9%d9%84",
    "2021-07-09", "the body's 'أمس الخميس 8 جويلية 2021' for the election gives Fri 9 Jul 2021 (the URL has 2021/07); headline written from the URL slug (the stored text has none)", True, """
الجزائر: مستقل يفوز برئاسة البرلمان
اختار البرلمان الجزائري الجديد خلال أولى جلساته أمس الخميس 8 جويلية 2021 النائب المستقل إبراهيم بوغالي رئيسا له، بعد أن نال 295 صوتا في مقابل 87 صوتا لمنافسه أحمد صادوق، النائب عن "حركة مجتمع السلم" الإسلامية.
وبوغالي، رئيس البرلمان، طبيب في الخمسينات من عمره خاض الانتخابات في قائمة مستقلة بدائرة غرداية، وقد تفوق بفارق واسع على منافسه الذي ترشح بدائرة الشلف في الانتخابات التي انتظمت في جوان الماضي وعرفت نسبة عزوف قياسية عن التصويت بلغت 77 بالمائة.
ويضم المجلس الشعبي الوطني، الغرفة الثانية للبرلمان، 407 نواب، ويأتي رئيسه في المرتبة الرابعة في تسلسل مسؤولي الدولة بعد رئيس الجمهورية ورئيسي مجلس الأمة (الغرفة الأولى للبرلمان) والمجلس الدستوري.
وجاء حزب "جبهة التحرير الوطني" في صدارة نتائج انتخابات 12 جوان بـ98 مقعدا، تلاه النواب المستقلون (84 مقعدا) ثم "حركة مجتمع السلم" (65 مقعدا).
ويغلب الرجال على تشكيلة المجلس الوطني الشعبي، فلم تفز سوى 35 امرأة مقابل 146 في البرلمان السابق، والسبب إلغاء نظام الحصص الذي أقره الرئيس السابق عبد العزيز بوتفليقة عام 2012.
""", [
    ev("boughali-elected", "خلال أولى جلساته أمس الخميس 8 جويلية 2021", ELECTED, "'أمس الخميس 8 جويلية 2021' = Thu 8 Jul 2021"),
    ev("first-sitting-opens", "اختار البرلمان الجزائري الجديد خلال أولى جلساته", ELECTED, "no own expression beyond the election's date; the first sitting of Thu 8 Jul 2021"),
    ev("legislative-election", "في الانتخابات التي انتظمت في جوان الماضي", LEGISLATIVE, "'في جوان الماضي' and 'انتخابات 12 جوان' = Sat 12 Jun 2021"),
    ev("quota-system-2012", "الذي أقره الرئيس السابق عبد العزيز بوتفليقة عام 2012", "2012-01-01", "'عام 2012' = the year 2012 only", end="2013-01-01"),
])
art(S, "https://annasronline.com/الحدث/أخبار-وطنية/180503-2021-07-09-10-51-28",
    "2021-07-09", "no date line in the stored text; the URL's stamp '2021-07-09-10-51-28' gives Fri 9 Jul 2021; the body's 'مساء يوم الخميس' (not 'أمس') does not by itself fix the publication day; headline written from the body (the stored text has none); the last sentence, cut after '3 مارس 1963 ب', shortened", False, """
انتخاب إبراهيم بوغالي رئيسا للمجلس الشعبي الوطني
جرى مساء يوم الخميس انتخاب السيد إبراهيم بوغالي، عن القائمة الحرة "الوحدة والتداول" بالدائرة الانتخابية لغرداية، رئيسا للمجلس الشعبي الوطني في الفترة التشريعية التاسعة.
وحصل النائب بوغالي على 295 صوتا في مقابل 87 صوتا لمنافسه أحمد صادوق، من أصل 382 صوتا معبرا عنه.
وتمت عملية الانتخاب بالاقتراع السري، إذ ترشح لرئاسة المجلس الشعبي الوطني، إلى جانب السيد بوغالي، النائب عن "حركة مجتمع السلم" أحمد صادوق عن الدائرة الانتخابية لولاية الشلف.
وأجري هذا الاقتراع السري طبقا للمادة الثالثة من النظام الداخلي للمجلس الشعبي الوطني، التي تقضي بانتخاب رئيس الهيئة التشريعية بالاقتراع السري عند تعدد المترشحين، وبإعلان فوز المترشح الحائز على الأغلبية المطلقة للنواب.
وإذا لم يحصل أي من المترشحين على الأغلبية المطلقة، يتم اللجوء إلى دور ثان يتنافس فيه صاحبا المرتبتين الأولى والثانية، ويعلن فوز من ينال الأغلبية، وعند تساوي الأصوات يعد الأكبر سنا فائزا.
وتنص المادة ذاتها على أن الانتخاب يكون برفع اليد إذا كان هناك مترشح وحيد، ويعلن فوزه متى حصل على أغلبية الأصوات.
وللإشارة، فإن السيد بوغالي من مواليد 3 مارس 1963.
""", [
    ev("boughali-elected", "جرى مساء يوم الخميس انتخاب السيد إبراهيم بوغالي", ELECTED, "'مساء يوم الخميس' in an article of Fri 9 Jul 2021 = the evening of Thu 8 Jul"),
    ev("secret-ballot", "وتمت عملية الانتخاب بالاقتراع السري", ELECTED, "no own expression; the secret vote of the sitting of Thu 8 Jul 2021"),
    ev("boughali-born", "من مواليد 3 مارس 1963", "1963-03-03", "'3 مارس 1963' = 3 Mar 1963"),
])

# ---------------------------------------------------------------- iraq-halbousi-speaker-election-2018
S = "iraq-halbousi-speaker-election-2018"
HALBOUSI = "2018-09-15"                    # Halbousi elected speaker in the resumed first session, Sat 15 Sep 2018
FIRST_SESSION = "2018-09-03"               # the first session of the new parliament, Mon 3 Sep 2018
art(S, "https://marebpress.net/news_details.php?lng=arabic&sid=141959",
    HALBOUSI, "the page's date line 'السبت 15 سبتمبر-أيلول 2018 الساعة 06 مساءً' (not part of the body, dropped) and the body's 'اليوم السبت، 15 سبتمبر/ايلول 2018م'; the read counter dropped; headline kept from the page; the last sentence, cut after 'الجاري،', ended there", True, """
العراق ينتخب رئيسا للبرلمان هو الاصغر في تاريخ البلاد - من هو؟
اختار البرلمان العراقي، اليوم السبت، 15 سبتمبر/ايلول 2018م، السياسي السني محمد الحلبوسي رئيسا له، في أولى الخطوات نحو تشكيل الحكومة الجديدة.
ونال الحلبوسي، ممثل تحالف "المحور الوطني"، 169 صوتا من أصل 298 نائبا شاركوا في التصويت (من بين 329 هم أعضاء البرلمان الجديد).
أما منافسه خالد العبيدي، وزير الدفاع السابق وزعيم تحالف "بيارق الخير"، فحصل على 89 صوتا، في حين نال المنافس الثالث أسامة النجيفي، رئيس البرلمان السابق ونائب رئيس الجمهورية الحالي، 19 صوتا.
وقد رشح الحلبوسي تحالف "المحور الوطني"، الذي يجمع أغلب القوى السنية الفائزة في الانتخابات البرلمانية التي جرت في أيار/مايو الماضي، ويحوز 50 مقعدا من أصل 329 في البرلمان.
وقد درج العرف على أن تؤول رئاسة البرلمان إلى السنة، ورئاسة الجمهورية إلى الأكراد، ورئاسة الحكومة إلى الشيعة، وفق عرف دستوري معمول به في البلاد منذ الإطاحة بنظام صدام حسين، في 2003.
ومن المنتظر أن ينتخب البرلمان اليوم أيضا نائبين لرئيسه.
وكان البرلمان قد عجز عن انتخاب رئيس له في الجلسة الأولى التي عقدت في الثالث من سبتمبر/أيلول الجاري.
""", [
    ev("halbousi-elected", "اليوم السبت، 15 سبتمبر/ايلول 2018م", HALBOUSI, "'اليوم السبت، 15 سبتمبر/ايلول 2018م' = Sat 15 Sep 2018"),
    ev("may-election", "في الانتخابات البرلمانية التي جرت في أيار/مايو الماضي", "2018-05-12", "'في أيار/مايو الماضي' = the legislative election of Sat 12 May 2018"),
    ev("saddam-ouster", "منذ الإطاحة بنظام صدام حسين، في 2003", "2003-04-09", "'في 2003' = the fall of Saddam Hussein's regime, Wed 9 Apr 2003 (the text gives only the year)"),
    ev("deputies-vote", "أن ينتخب البرلمان اليوم أيضا نائبين لرئيسه", HALBOUSI, "'اليوم' = Sat 15 Sep 2018"),
    ev("first-session-failed", "في الجلسة الأولى التي عقدت في الثالث من سبتمبر/أيلول الجاري", FIRST_SESSION, "'في الثالث من سبتمبر/أيلول الجاري' = Mon 3 Sep 2018"),
])
art(S, "http://almajd.net/2018/09/16/%D8%A7%D8%B5%D8%BA%D8%B1-%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A8%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8/",
    "2018-09-16", "the URL's date 2018/09/16 and the body's 'يوم امس السبت' for the election of Sat 15 Sep 2018 give Sun 16 Sep 2018; headline kept from the page; the last sentence, cut after 'رجل الأعمال جمال', shortened", True, """
اصغر رئيس برلمان بتاريخ العراق.. انتخاب الحلبوسي رئيسًا جديدًا للبرلمان العراقي
اختار البرلمان العراقي، يوم امس السبت، السياسي محمد الحلبوسي لرئاسة البرلمان خلال السنوات الأربع المقبلة، ليصبح أصغر من ترأس البرلمان في تاريخ جمهورية العراق.
وعقد البرلمان العراقي اليوم جلسة لاختيار رئيس له ونائبين، ترأسها أكبر الأعضاء سنا محمد علي زيني، بعد أن أخفق في حسم القرار في جلسته الأولى.
وبعد انسحاب عدد من المرشحين، ضمت قائمة المتنافسين على المنصب محمد الحلبوسي وأسامة النجيفي وخالد العبيدي.
وأجري التصويت على رئيس البرلمان بالاقتراع السري المباشر، وشارك فيه 251 نائبا من مجموع نواب البرلمان البالغ 329 نائبا.
ونال الحلبوسي، ممثل تحالف "المحور الوطني"، 169 صوتا من مجموع المصوتين البالغ 298 نائبا (من أصل 329 هم أعضاء البرلمان الجديد).
بينما حصل منافسه خالد العبيدي، وزير الدفاع السابق وزعيم تحالف "بيارق الخير"، على 89 صوتا، ونال المنافس الثالث أسامة النجيفي، رئيس البرلمان السابق ونائب رئيس الجمهورية الحالي، 19 صوتا.
والحلبوسي من مواليد عام 1981 في قضاء الكرمة بمحافظة الأنبار، وهو عضو في حزب "الحل".
""", [
    ev("halbousi-elected", "اختار البرلمان العراقي، يوم امس السبت", HALBOUSI, "'يوم امس السبت' in an article of Sun 16 Sep 2018 = Sat 15 Sep"),
    ev("resumed-session", "وعقد البرلمان العراقي اليوم جلسة لاختيار رئيس له ونائبين", HALBOUSI, "'اليوم' here is copied from a report of the day of the session: the session of Sat 15 Sep 2018, not Sun 16 (the article's own 'يوم امس السبت')"),
    ev("first-session-failed", "بعد أن أخفق في حسم القرار في جلسته الأولى", FIRST_SESSION, "no own expression; the first session of Mon 3 Sep 2018 (marebpress: 'في الثالث من سبتمبر/أيلول الجاري')"),
    ev("candidates-withdraw", "وبعد انسحاب عدد من المرشحين", HALBOUSI, "no own expression; the withdrawals happened in the session of Sat 15 Sep 2018 before the vote"),
])
art(S, "https://al-madina.com/article/589450/دولية/الحلبوسي-أصغر-رئيس-لبرلمان-العراق",
    "2018-09-16", "no date line on the stored page; the body's 'انتخب البرلمان العراقي أمس' for the election, which took place on Sat 15 Sep 2018 (marebpress 'اليوم السبت، 15 سبتمبر'), gives Sun 16 Sep 2018; the text names no weekday or date of its own; headline kept from the URL slug; the CV after the birth date dropped (length)", False, """
الحلبوسي أصغر رئيس لبرلمان العراق
اختار البرلمان العراقي أمس محمد ريكان الحلبوسي رئيسا له، بعد أن فشلت المؤسسة التشريعية في بغداد أكثر من مرة في حسم هذا الاختيار، وقد رشحت الحلبوسي، الذي يشغل مقعدا نيابيا منذ العام 2014، لرئاسة البرلمان العراقي كتلة «الحل» التي يقودها رجل الأعمال العراقي جمال الكربولي، وتغلب الحلبوسي على خالد متعب ياسين العبيدي، وزير الدفاع العراقي السابق الذي صوت البرلمان العراقي على إقالته سنة 2016 بسبب اتهامات بالفساد.
وكانت كتل سياسية كبيرة قد غادرت جلسة مجلس النواب العراقي الجديد المخصصة لاختيار رئيسه، ثم رجعت مجددا لتلتحق بالاجتماع، فقد انسحب ائتلاف «سائرون» بزعامة رجل الدين الشيعي مقتدى الصدر، وهو الكتلة صاحبة العدد الأكبر من المقاعد في البرلمان الجديد، وانسحب أيضا نواب الحزب الديمقراطي الكردستاني من الجلسة.
ومحمد ريكان الحلبوسي سياسي عراقي ورئيس مجلس النواب العراقي الحالي، وسبق أن شغل منصب محافظ الأنبار، ولد في 2 أكتوبر 1982 في محافظة الأنبار.
""", [
    ev("halbousi-elected", "اختار البرلمان العراقي أمس محمد ريكان الحلبوسي رئيسا له", HALBOUSI, "'أمس' in an article of Sun 16 Sep 2018 = Sat 15 Sep"),
    ev("failed-attempts", "بعد أن فشلت المؤسسة التشريعية في بغداد أكثر من مرة", FIRST_SESSION, "no own expression; the failed attempts since the first session of Mon 3 Sep 2018, up to the day before the election (my span 3 - 14 Sep 2018)", end=HALBOUSI),
    ev("obeidi-dismissed", "صوت البرلمان العراقي على إقالته سنة 2016", "2016-08-25", "'سنة 2016' = the parliament's vote dismissing Khaled al-Obeidi, Thu 25 Aug 2016 (the text gives only the year)"),
    ev("blocs-walkout", "فقد انسحب ائتلاف «سائرون» بزعامة رجل الدين الشيعي مقتدى الصدر", HALBOUSI, "no own expression; the walkout during the session of Sat 15 Sep 2018"),
    ev("halbousi-mp-since-2014", "الذي يشغل مقعدا نيابيا منذ العام 2014", "2014-01-01", "'منذ العام 2014' = from the year 2014 (elected in the legislative election of 30 Apr 2014) up to his election as speaker; my span 2014 - 15 Sep 2018", end=HALBOUSI),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 495
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 569-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: gold-mine collapses and mining accidents in Sudan, Egypt,
Mauritania or Niger.
Stories: the collapse of two gold-prospecting wells on six prospectors at Kleib Ndour (Tiris Zemmour,
Mauritania, May 2019), and the collapse of the Jebel Amer gold mine (El Sireaf, North Darfur, Sudan, April/May
2013).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mauritania-kleib-ndour-wells-collapse-2019
S = "mauritania-kleib-ndour-wells-collapse-2019"
COLLAPSE = "2019-05-09"                    # two wells collapsed on six prospectors on Thu 9 May 2019 (three dead)
NEW_COLLAPSE = "2019-05-10"                # the same well collapsed again on the evening of Fri 10 May 2019
SEARCH = ("2019-05-09", "2019-05-13")      # the search for the third body: Thu 9 - Sun 12 May 2019 (still going on)
art(S, "https://saharamedias.net/55742",
    "2019-05-09", "no date line in the stored text; the body's 'اليوم الخميس' (twice) for the deaths and the collapse; the collapse of two wells on six prospectors at Kleib Ndour was on Thu 9 May 2019 (maghress/rissalatalomma: 'في التاسع من ماي الماضي'; sewte of Sat 11 May: 'يوم الخميس الماضي'; ezahra of Sun 12 May 2019: search on its third day), so the report is of Thu 9 May 2019 (9 May 2019 was a Thursday); headline written from the body (the stored text has none)", False, """
مصرع ثلاثة منقبين عن الذهب في انهيار بئرين بمنطقة اكليب اندور
توفي ثلاثة من المنقبين عن الذهب اليوم الخميس، إثر انهيار بئر كانوا يعملون بداخله في منطقة كليب ندور الواقعة داخل المنطقة العسكرية المغلقة بولاية تيرس الزمور في شمال موريتانيا.
وكان بئران للتنقيب قد انهارا اليوم الخميس على ستة من المنقبين عن الذهب في مقلع اكليب اندور، داخل المنطقة العسكرية المغلقة بولاية تيرس زمور شمالي البلاد.
ونجح المنقبون في إنقاذ ثلاثة منهم، بينما لم يتمكنوا هم ولا السلطات الأمنية الموجودة في المكان من إنقاذ الثلاثة الباقين، بسبب كثافة الركام الذي غطاهم داخل بئر التنقيب.
وقد أودت انهيارات آبار التنقيب عن الذهب بحياة عدد كبير من المنقبين منذ انطلاق موجة البحث عن الذهب في صحاري موريتانيا قبل سنوات عدة، كما حصدت حوادث السير أرواح آخرين في الفترة الأخيرة.
""", [
    ev("three-dead", "توفي ثلاثة من المنقبين عن الذهب اليوم الخميس", COLLAPSE, "'اليوم الخميس' = Thu 9 May 2019"),
    ev("wells-collapse", "قد انهارا اليوم الخميس على ستة من المنقبين", COLLAPSE, "'اليوم الخميس' = Thu 9 May 2019"),
    ev("three-rescued", "ونجح المنقبون في إنقاذ ثلاثة منهم", COLLAPSE, "no own expression; the rescue right after the collapse of Thu 9 May 2019"),
])
art(S, "http://sewte.info/node/2983",
    "2019-05-11", "no date line in the stored text; the body's 'يوم الخميس الماضي' for the collapse on six prospectors (Thu 9 May 2019), 'مساء أمس الجمعة' for the new collapse and 'لليوم الثالث على التوالي' for the search (Thu, Fri, Sat) give Sat 11 May 2019 (11 May 2019 was a Saturday); the related link at the end dropped; headline written from the body (the stored text has none)", False, """
انهيار جديد يعرقل البحث عن جثمان الضحية الثالث في اكليب اندور
شهدت البئر التي انهارت على 6 منقبين يوم الخميس الماضي انهيارا جديدا مساء أمس الجمعة، ما صعّب كثيرا عملية البحث عن جثمان الضحية الثالث، إذ لا يزال البحث عنه متواصلا دون نتيجة، مع أن الفرق عثرت على بعض أدوات العمل التي كانت معه لحظة انهيار البئر.
وبحسب ازويرات ميديا، فإن الظروف المناخية القاسية، من ارتفاع في درجات الحرارة وضعف في الرؤية أحيانا بفعل الغبار، إلى جانب الخوف من انهيارات أخرى، تعقّد عمليات البحث عن الجثمان، وهي عمليات تتواصل لليوم الثالث على التوالي بمشاركة الجيش الوطني وعشرات المنقبين.
وكان هذا المقلع، المعروف بين المنقبين باسم مقلع اكليب اندور، قد شهد في وقت سابق انهيارا مماثلا أودى بحياة منقبين اثنين وأصاب اثنين آخرين بجروح.
ويعزو المتابعون لأنشطة التنقيب في المنطقة الانهيارات المسجلة إلى تتبع الحجارة المشبعة بالذهب في أعماق المقالع من دون تخطيط مسبق يضمن سلامة المنقب.
""", [
    ev("wells-collapse", "التي انهارت على 6 منقبين يوم الخميس الماضي", COLLAPSE, "'يوم الخميس الماضي' from Sat 11 May 2019 = Thu 9 May"),
    ev("new-collapse", "انهيارا جديدا مساء أمس الجمعة", NEW_COLLAPSE, "'مساء أمس الجمعة' in an article of Sat 11 May 2019 = Fri 10 May"),
    ev("search-third-body", "تتواصل لليوم الثالث على التوالي", SEARCH[0], "'لليوم الثالث على التوالي' on Sat 11 May 2019 = from Thu 9 May; still going on on Sun 12 May (ezahra), my span Thu 9 - Sun 12 May 2019", end=SEARCH[1]),
])
art(S, "https://ezahra.info/05122019-0620",
    "2019-05-12", "date line 'أحد, 12/05/2019 - 06:20' (12 May 2019 was a Sunday); the source tag 'الصحراء' at the end dropped; headline kept from the page", True, """
جديد تطورات انهيار بئر تنقيب في اكليب اندور
يواصل المنقبون عن الذهب السطحي في منطقة اكليب اندور، في أقصى الشمال الموريتاني، جهودهم لانتشال جثمان منقب لا يزال مفقودا إثر انهيار بئر تنقيب خلّف عددا من المصابين والقتلى بين المنقبين.
وتفيد مصادر ميدانية بأن عمليات البحث مستمرة لليوم الثالث على التوالي، في ظل ضعف الوسائل التقليدية المتاحة للمنقبين.
وقد أسفر انهيار بئر التنقيب عن إصابة 3 منقبين ووفاة 3 آخرين، في حادث جديد يضاف إلى سلسلة ضحايا الانهيارات السابقة لآبار التنقيب، التي سجل منها حتى الآن بضعة عشر حادثا خلال العامين الأخيرين.
""", [
    ev("search-third-body", "جهودهم لانتشال جثمان منقب لا يزال مفقودا", SEARCH[0], "no own day; the search began with the collapse of Thu 9 May 2019 and goes on at publication, Sun 12 May 2019 (my span Thu 9 - Sun 12 May; the text's 'لليوم الثالث' is copied from a report of Sat 11 May)", end=SEARCH[1]),
    ev("wells-collapse", "إثر انهيار بئر تنقيب خلّف عددا من المصابين", COLLAPSE, "no own expression; the collapse of Thu 9 May 2019 (saharamedias 'اليوم الخميس', sewte 'يوم الخميس الماضي')"),
    ev("three-dead", "عن إصابة 3 منقبين ووفاة 3 آخرين", COLLAPSE, "no own expression; the three died in the collapse of Thu 9 May 2019"),
    ev("earlier-collapses", "بضعة عشر حادثا خلال العامين الأخيرين", "2017-05-12", "'خلال العامين الأخيرين' from Sun 12 May 2019 = the two years before (my span 12 May 2017 - 8 May 2019)", end=COLLAPSE),
])

# ---------------------------------------------------------------- sudan-jebel-amer-mine-collapse-2013
S = "sudan-jebel-amer-mine-collapse-2013"
COLLAPSE = "2013-04-29"                    # the Jebel Amer mine (El Sireaf, North Darfur) collapsed on Mon 29 Apr 2013
THU = "2013-05-02"                         # the toll of more than 60 was announced (and reached Khartoum) on Thu 2 May 2013
FRI = "2013-05-03"                         # the witness's account of more than 100 dead (AFP), Fri 3 May 2013
JAN_CLASHES = ("2013-01-01", "2013-02-01")  # the tribal fighting over the mine in January 2013 (the month)
CLOSED = ("2013-01-01", COLLAPSE)          # the authorities closed / halted mining after the clashes, before the collapse
art(S, "http://zoomtunisia.net/article/87/16598.html",
    "2013-05-02", "date line 'الخميس، 2 ماي، 2013 على الساعة 22:08' (2 May 2013 was a Thursday); the unrelated 'مصر: التضخم يرتفع إلى 15%' teaser at the end dropped; headline kept from the page", True, """
انهيار منجم ذهب في دارفور
أفاد متحدث باسم الشرطة السودانية اليوم الخميس بأن ما يزيد على 60 عاملا لقوا حتفهم في منطقة دارفور هذا الأسبوع، حين انهار عليهم منجم للذهب كانوا يعملون فيه.
وكان هذا المنجم قد تسبب في اقتتال بين قبيلتين سعت كل منهما إلى الوصول إليه، الأمر الذي اضطر السلطات إلى إغلاقه بعد سقوط عدة قتلى في أعمال العنف.
وأوضح نائب في البرلمان عن المنطقة أن المنجم انهار يوم الإثنين، غير أن الأخبار لم تبلغ الخرطوم إلا يوم الخميس.
وقد أخفقت جهود فرق الإنقاذ.
وذكرت الحكومة أن قرابة نصف مليون من عمال المناجم انخرطوا في حملة واسعة للتنقيب عن الذهب في أرجاء السودان، بينما انهار الأمن والنظام في معظم أنحاء دارفور غرب البلاد منذ أن حمل متمردون، معظمهم من غير العرب، السلاح عام 2003 في وجه الحكومة.
وتقدر الحكومة أنها جنت إيرادات بلغت 2.5 مليار دولار من صادرات الذهب في العام الماضي.
""", [
    ev("toll-60-reported", "أفاد متحدث باسم الشرطة السودانية اليوم الخميس", THU, "'اليوم الخميس' = Thu 2 May 2013"),
    ev("january-tribal-clashes", "قد تسبب في اقتتال بين قبيلتين", JAN_CLASHES[0], "no own expression; the fighting over the mine broke out in January 2013 (the police spokesman in the AFP/Reuters copy: 'في يناير كانون الثاني'), the month only", end=JAN_CLASHES[1]),
    ev("mine-closed", "اضطر السلطات إلى إغلاقه", CLOSED[0], "no own expression; after the January (and February) 2013 clashes and before the collapse (my span Jan - 28 Apr 2013)", end=CLOSED[1]),
    ev("mine-collapse", "أن المنجم انهار يوم الإثنين", COLLAPSE, "'يوم الإثنين' before Thu 2 May 2013 = Mon 29 Apr 2013"),
    ev("news-reached-khartoum", "لم تبلغ الخرطوم إلا يوم الخميس", THU, "'يوم الخميس' = Thu 2 May 2013, the day of the article"),
    ev("darfur-rebellion", "حمل متمردون، معظمهم من غير العرب، السلاح عام 2003", "2003-01-01", "'عام 2003' = the year 2003", end="2004-01-01"),
])
art(S, "https://djazairess.com/ennahar/158936",
    "2013-05-02", "no date line in the stored text; the body's 'اليوم الخميس' for the media reports of more than 60 people under the collapsed well; the collapse was on Mon 29 Apr 2013 and the toll of more than 60 was first reported on Thu 2 May 2013 (zoomtunisia of Thu 2 May 2013), so the report is of Thu 2 May 2013; an Ennahar report carried by djazairess; headline written from the body (the stored text has none)", False, """
انهيار بئر للتنقيب عن الذهب على أكثر من 60 شخصا في دارفور
انهارت بئر للتنقيب عن الذهب كان بداخلها ما يزيد على 60 شخصا في منطقة جبل عامر التابعة لولاية شمال دارفور غرب السودان، وفق ما أوردته مصادر إعلامية اليوم الخميس.
وبيّنت المصادر أن البئر انهارت على أكثر من 60 شخصا في منطقة جبل عامر بمحلية السريف في ولاية شمال دارفور، ولا يزال مصيرهم مجهولا حتى الآن.
وبحسب المصادر ذاتها، تعمل الجهات المختصة على إنقاذ المفقودين الذين لم يتضح بعد إن كانوا على قيد الحياة أم قضوا جراء الانهيار، مع التنبيه إلى خطورة حفريات التنقيب في جبل عامر التي قد تكلف آخرين حياتهم.
وكانت منطقة السريف في ولاية شمال دارفور قد شهدت في فيفري الماضى مقتل 53 شخصا وإصابة 83 آخرين في أحدث مواجهات قبلية بين قبيلتي بني حسين والأبالة، وهو ما دفع السلطات السودانية إلى التحرك لاحتواء الأحداث ووقف عمليات التنقيب في جبل عامر التابعة لمحلية السريف.
غير أن مجموعات كبيرة من المنقبين عادت إلى العمل في المنطقة رغم ما يمثله ذلك من خطر على حياتهم.
وكانت مواجهات مماثلة قد اندلعت مطلع جانفي الماضى بين قبيلتي بني حسين والأبالة في منطقة جبل عامر بمحلية السريف، بسبب النزاع على منجم للذهب في المنطقة، وخلفت نحو 100 قتيل.
""", [
    ev("mine-collapse", "انهارت بئر للتنقيب عن الذهب كان بداخلها", COLLAPSE, "no own expression; the collapse of Mon 29 Apr 2013 (zoomtunisia 'انهار يوم الإثنين')"),
    ev("toll-60-reported", "وفق ما أوردته مصادر إعلامية اليوم الخميس", THU, "'اليوم الخميس' = Thu 2 May 2013"),
    ev("february-tribal-clashes", "في فيفري الماضى مقتل 53 شخصا", "2013-02-01", "'في فيفري الماضى' from May 2013 = February 2013 (the month only)", end="2013-03-01"),
    ev("mine-closed", "ووقف عمليات التنقيب في جبل عامر", CLOSED[0], "no own expression; the halt followed the clashes of early 2013 and came before the collapse (my span Jan - 28 Apr 2013)", end=CLOSED[1]),
    ev("miners-return", "عادت إلى العمل في المنطقة", "2013-02-01", "no own expression; after the halt that followed the February 2013 clashes, before the collapse of Mon 29 Apr 2013 (my span Feb - 28 Apr 2013)", end=COLLAPSE),
    ev("january-tribal-clashes", "قد اندلعت مطلع جانفي الماضى", JAN_CLASHES[0], "'مطلع جانفي الماضى' from May 2013 = early January 2013 (kept as the month of January 2013)", end=JAN_CLASHES[1]),
])
art(S, "https://android.emiratesvoice.com/amp/37/35435436546554645",
    "2013-05-03", "no date line in the stored text; an AFP report whose 'أفاد شاهد عيان الجمعة' and the witness's 'أمس (الخميس)' give Fri 3 May 2013, the Friday after the collapse of Mon 29 Apr ('بداية الأسبوع الجاري'; 3 May 2013 was a Friday); the site's menu line dropped; the last, truncated sentence (the collapse news reaching Khartoum on Thursday) dropped; headline written from the body (the stored text has none)", False, """
شاهد عيان: أكثر من مئة قتيل في انهيار منجم ذهب في دارفور
الخرطوم ـ وكالات
أفاد شاهد عيان الجمعة بأن أكثر من مئة شخص لقوا مصرعهم في انهيار منجم للذهب في دارفور غرب السودان بداية الأسبوع الجاري، وبأن تسعة من رجال الإنقاذ طُمروا الخميس.
وقال أحد عمال المنجم، وكان موجودا لحظة وقوع الحادث، لوكالة "فرانس برس" طالبا عدم الكشف عن هويته، إن ما يزيد على مئة شخص قضوا في الانهيار، وإن "تسعة من رجال الإنقاذ فُقدوا عندما انهارت الأرض من حولهم الخميس".
وكان منجم الذهب غير القانوني قد انهار الاثنين في منطقة جبل أمير، على بعد 200 كلم إلى الشمال الغربي من الفاشر، عاصمة ولاية شمال دارفور.
وأضاف العامل أن رائحة الموت تفوح من المنجم، موضحا أن "حصيلة أعدها موظفون في المنجم تشير إلى وجود أكثر من مئة شخص بداخله" لحظة انهياره.
وتابع قائلا إنه "عُثر أمس (الخميس) على ثماني جثث، ولا يزال البحث عن باقي الجثث مستمرا".
وكان متحدث باسم الشرطة السودانية قد أعلن يوم الخميس أن أكثر من 60 عاملا لقوا حتفهم في انهيار المنجم.
وأوضح المتحدث أحمد عمرو أن قتالا نشب في يناير كانون الثاني بين قبيلتين تنافستا على الوصول إلى المنجم في منطقة جبل عامر بشمال دارفور، وأن السلطات أغلقته بعد مقتل عدة أشخاص في أعمال العنف، ثم أعيد فتحه لاحقا.
""", [
    ev("witness-100-dead", "أفاد شاهد عيان الجمعة", FRI, "'الجمعة' = Fri 3 May 2013, the day of the report"),
    ev("rescuers-buried", "وبأن تسعة من رجال الإنقاذ طُمروا الخميس", THU, "'الخميس' in a report of Fri 3 May 2013 = Thu 2 May"),
    ev("mine-collapse", "قد انهار الاثنين في منطقة جبل أمير", COLLAPSE, "'الاثنين' of the week of the report ('بداية الأسبوع الجاري') = Mon 29 Apr 2013"),
    ev("eight-bodies-found", "عُثر أمس (الخميس) على ثماني جثث", THU, "'أمس (الخميس)' said on Fri 3 May 2013 = Thu 2 May"),
    ev("toll-60-reported", "وكان متحدث باسم الشرطة السودانية قد أعلن يوم الخميس", THU, "'يوم الخميس' = Thu 2 May 2013"),
    ev("january-tribal-clashes", "أن قتالا نشب في يناير كانون الثاني بين قبيلتين", JAN_CLASHES[0], "'في يناير كانون الثاني' before May 2013 = January 2013 (the month only)", end=JAN_CLASHES[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 569
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 373-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: OPEC+ production decisions and oil price moves:
ministerial meetings, output cuts or increases announced and taking effect, price reactions, Gulf and Iraqi
statements.
Stories: OPEC's Algiers accord to cut output and the price jump (Algeria, September 2016), the record OPEC+
cut of 9.7 million barrels a day after the Mexican dispute (Saudi Arabia / Kuwait, April 2020), the OPEC+
deal that ended the Saudi-Emirati dispute over the UAE baseline (UAE, July 2021), and the voluntary cuts
for the first quarter of 2024 with Iraq's additional 211,000 barrels (Iraq / Saudi Arabia, November 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-opec-algiers-accord-2016
S = "algeria-opec-algiers-accord-2016"
ACCORD = "2016-09-28"                      # OPEC's informal meeting in Algiers agreed the cut on the evening of Wed 28 Sep 2016
VIENNA = "2016-11-30"                      # the ordinary OPEC conference in Vienna, Wed 30 Nov 2016
art(S, "https://sarabic.ae/20160928/1020277232.html",
    "2016-09-28", "date in the URL '/20160928/' (28 Sep 2016 was a Wednesday), a live report written while the Algiers meeting was ending; headline written from the body (the stored text has none); no date of its own in the text", True, """
أوبك تقرر في الجزائر تثبيت إنتاجها عند 32.5 مليون برميل يوميا
نقلا عن وكالة "رويترز"، اتخذت الدول الأعضاء في منظمة "أوبك" خلال اجتماعها غير الرسمي في العاصمة الجزائرية قرارا بتثبيت الإنتاج عند مستوى 32.5 مليون برميل في اليوم، عوضا عن المستوى الراهن القريب من 33.24 مليون برميل يوميا.
وأوضحت الوكالة أن المنظمة ستوجه الدعوة إلى سائر الدول المنتجة كي تنضم إلى الاتفاق.
وكان المشاركون في المنتدى قد شددوا قبل انعقاده على أن لقاء الجزائر "ذو طابع تشاوري"، وأن القرار النهائي قد يُتخذ في الاجتماع السنوي للمنظمة، في 30 تشرين الثاني/نوفمبر في فيينا.
وقفزت أسعار النفط بأكثر من 5 % خلال التعاملات بعد أن وضع المجتمعون في الجزائر الأساس لاتفاق على كبح الإنتاج في نوفمبر/تشرين الثاني.
وانطلق الاجتماع غير الرسمي لمنظمة الدول المصدرة للنفط أوبك في الجزائر في ظل تراجع حدة التوتر السعودي — الإيراني الذي كان قد بدد أي أمل في التوصل إلى اتفاق يعيد التوازن إلى أسواق النفط.
""", [
    ev("algiers-accord", "اتخذت الدول الأعضاء في منظمة \"أوبك\" خلال اجتماعها غير الرسمي", ACCORD, "no own expression; the accord of the evening of Wed 28 Sep 2016 (URL date; aqlame 'مساء أمس الأربعاء (28 سبتمبر/أيلول 2016)')"),
    ev("vienna-conference", "قد يُتخذ في الاجتماع السنوي للمنظمة، في 30 تشرين الثاني/نوفمبر في فيينا", VIENNA, "'في 30 تشرين الثاني/نوفمبر' = Wed 30 Nov 2016, when OPEC met in Vienna and fixed the cut (outside knowledge)"),
    ev("price-jump", "وقفزت أسعار النفط بأكثر من 5 % خلال التعاملات", ACCORD, "no own expression; the trading of Wed 28 Sep 2016 that followed the news from Algiers"),
    ev("algiers-meeting", "وانطلق الاجتماع غير الرسمي لمنظمة الدول المصدرة للنفط أوبك في الجزائر", ACCORD, "no own expression; the informal meeting held on Wed 28 Sep 2016 on the margins of the energy forum (infoeco-dz: 'المنعقد يوم 28 سبتمبر 2016')"),
])
art(S, "https://www.alhurra.com/iran/2016/09/29/%D8%A7%D8%AA%D9%81%D8%A7%D9%82-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8A-%D9%8A%D8%AE%D9%81%D8%B6-%D8%A5%D9%86%D8%AA%D8%A7%D8%AC-%D8%A7%D9%84%D9%86%D9%81%D8%B7-%D9%88%D9%8A%D8%B1%D9%81%D8%B9-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1%D9%87",
    "2016-09-29", "date in the URL '/2016/09/29/' (29 Sep 2016 was a Thursday); the body's 'اتفاق الأربعاء' agrees; headline rendered from the URL slug, the photo captions, the source tag 'المصدر: وكالات' and the older live item below it dropped; no date of its own in the text", True, """
اتفاق تاريخي يخفض إنتاج النفط ويرفع أسعاره
صعدت أسعار النفط بنسبة ستة في المئة عقب إعلان منظمة الدول المصدرة للنفط توصلها إلى اتفاق الأربعاء ينص على خفض إنتاج الخام الذي هبطت أسعاره إلى أدنى المستويات منذ عامين.
وخلص أعضاء أوبك في اجتماع عقدوه في الجزائر إلى "اتفاق تاريخي" يقلص إنتاج النفط إلى ما بين 32.5 و33 مليون برميل يوميا، وفق ما أعلنه وزير الطاقة القطري محمد بن صالح السادة ونظيره النيجيري إيمانويل ايبي كاشيكوو.
وصرح السادة بأن "الاجتماع طال كثيرا لكنه تاريخي"، موضحا أن حصة الخفض لكل دولة ستُحدد بحلول قمة المنظمة المنتظرة في فيينا في 30 تشرين الثاني/نوفمبر.
وأشار الوزير القطري إلى أن الأجواء التي سادت الاجتماع كانت "إيجابية جدا وعكست التماسك المتين لأوبك"، سعيا إلى دعم أسعار النفط التي انهارت قبل عامين.
من جهته، أكد وزير الطاقة الجزائري نور الدين بوطرفة أن هذا القرار المفاجئ اتُّخذ "بالإجماع ومن دون تحفظ".
""", [
    ev("price-jump", "صعدت أسعار النفط بنسبة ستة في المئة", ACCORD, "no own expression; the rise in the trading of Wed 28 Sep 2016 after the announcement ('اتفاق الأربعاء')"),
    ev("algiers-accord", "توصلها إلى اتفاق الأربعاء", ACCORD, "'الأربعاء' in an article of Thu 29 Sep 2016 = Wed 28 Sep"),
    ev("vienna-conference", "ستُحدد بحلول قمة المنظمة المنتظرة في فيينا", VIENNA, "'في 30 تشرين الثاني/نوفمبر' = Wed 30 Nov 2016"),
    ev("bouterfa-unanimous", "أكد وزير الطاقة الجزائري نور الدين بوطرفة", ACCORD, "no own expression; Bouterfa spoke at the press conference that closed the meeting on the evening of Wed 28 Sep 2016"),
    ev("price-collapse-2014", "دعم أسعار النفط التي انهارت قبل عامين", "2014-06-01", "'قبل عامين' from Sep 2016 = the slump that began in mid-2014 (my span Jun 2014 - Jan 2015)", end="2015-02-01"),
])
art(S, "http://www.aqlame.com/article30851.html",
    "2016-09-29", "page date line 'الخميس 29-09-2016| 10:35' (kept as second line; 29 Sep 2016 was a Thursday); the body's 'مساء أمس الأربعاء (28 سبتمبر/أيلول 2016)' agrees; the list of other headlines above the item dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
دول أوبك تبرم اتفاقا تاريخيا في الجزائر
الخميس 29-09-2016| 10:35
أبرمت الدول المصدرة للنفط مساء أمس الأربعاء (28 سبتمبر/أيلول 2016) في الجزائر "اتفاقا تاريخيا" يقضي بتقليص إنتاج النفط لدعم الأسعار التي ظلت تتراجع منذ فترة طويلة جراء فائض العرض في الأسواق.
وبعد اجتماع دام حوالى ست ساعات ومشاورات امتدت أسابيع، أعلنت منظمة الدول المصدرة للنفط (أوبك) مساء الأربعاء قرارها خفض إنتاجها إلى ما بين 32.5 و33 مليون برميل يوميا، في حين بلغ الإنتاج 33.47 مليون برميل في آب/اغسطس الماضي، وفق وكالة الطاقة الدولية.
ويعد هذا أكبر خفض للإنتاج منذ ذلك الذي تقرر إثر هبوط الأسعار خلال أزمة 2008.
""", [
    ev("algiers-accord", "أبرمت الدول المصدرة للنفط مساء أمس الأربعاء", ACCORD, "'مساء أمس الأربعاء (28 سبتمبر/أيلول 2016)' = Wed 28 Sep 2016"),
    ev("algiers-meeting", "وبعد اجتماع دام حوالى ست ساعات", ACCORD, "no own expression; the meeting of Wed 28 Sep 2016, ended that evening ('مساء الأربعاء')"),
    ev("august-output", "بلغ الإنتاج 33.47 مليون برميل في آب/اغسطس الماضي", "2016-08-01", "'آب/اغسطس الماضي' from Sep 2016 = August 2016", end="2016-09-01"),
    ev("cut-2008", "منذ ذلك الذي تقرر إثر هبوط الأسعار خلال أزمة 2008", "2008-09-01", "'أزمة 2008' = OPEC's cuts of autumn 2008 (Vienna Sep/Oct, Oran 17 Dec 2008; my span Sep - Dec 2008)", end="2009-01-01"),
])
art(S, "https://elfagr.org/2291185",
    "2016-09-28", "no date line on the stored page; the body's 'اليوم الأربعاء' for the accord reached in Algiers, known to be Wed 28 Sep 2016, gives the day; headline kept from the page (reworded); the typo 'نوفمبرالمقبل' written with its space; no date of its own in the text", False, """
"أوبك" تعلن التوصل إلى اتفاق لتجميد إنتاج النفط
أفادت مصادر في منظمة أوبك بأن المنظمة اتفقت، اليوم الأربعاء، في الجزائر على تثبيت إنتاج النفط، غير أن التفاصيل الكاملة لن يُكشف عنها قبل الاجتماع الرسمي في نوفمبر المقبل.
وبحسب وكالة "رويترز"، فإن الدول الأعضاء في أوبك قررت خلال اجتماعها غير الرسمي في العاصمة الجزائرية تثبيت الإنتاج عند مستوى 32.5 مليون برميل في اليوم.
وتابعت الوكالة أن أوبك ستدعو بقية الدول المنتجة إلى الانضمام إلى الاتفاق.
""", [
    ev("algiers-accord", "المنظمة اتفقت، اليوم الأربعاء، في الجزائر", ACCORD, "'اليوم الأربعاء' = Wed 28 Sep 2016"),
    ev("vienna-conference", "قبل الاجتماع الرسمي في نوفمبر المقبل", VIENNA, "'في نوفمبر المقبل' = the Vienna conference of Wed 30 Nov 2016 (outside knowledge)"),
])

# ---------------------------------------------------------------- opec-plus-record-cut-april-2020
S = "opec-plus-record-cut-april-2020"
THU = "2020-04-09"                         # the OPEC+ video conference of Thu 9 Apr 2020 agreed the cut, Mexico held out
FRI = "2020-04-10"                         # OPEC's statement and the Saudi and Kuwaiti comments, Fri 10 Apr 2020
SUN = "2020-04-12"                         # the final deal of 9.7 million b/d, evening of Sun 12 Apr 2020
MAYJUN = ("2020-05-01", "2020-07-01")      # the first phase of the cut, May - June 2020
JULDEC = ("2020-07-01", "2021-01-01")      # the second phase, July - December 2020
art(S, "https://roayaanewsny.com/2020/04/10/%d8%a3%d9%88%d8%a8%d9%83-%d8%ae%d9%81%d8%b6-%d8%a5%d9%86%d8%aa%d8%a7%d8%ac-%d8%a7%d9%84%d9%86%d9%81%d8%b7-%d8%a8%d9%85%d9%82%d8%af%d8%a7%d8%b1-10-%d9%85%d9%84%d8%a7%d9%8a%d9%8a%d9%86-%d8%a8/?amp=1",
    "2020-04-10", "date in the URL '/2020/04/10/' (10 Apr 2020 was a Friday); the body's 'الخميس' for the video conference of Thu 9 Apr agrees; headline rendered from the URL slug; no date of its own in the text", True, """
أوبك+ تخفض إنتاج النفط بمقدار 10 ملايين برميل يوميا
توصلت منظمة أوبك والمنتجون المتحالفون معها، ضمن ما يُعرف بمجموعة أوبك+، الخميس، إلى اتفاق على تقليص الإنتاج 10 ملايين برميل يوميا في مايو ويونيو، سعيا إلى انتشال الأسعار التي انهارت بفعل أزمة فيروس كورونا، وفق ما أوردته المجموعة في بيان.
وأوضحت أن حجم التخفيضات سينخفض إلى 8 ملايين برميل يوميا بين يوليو وديسمبر، قبل أن يُخفف مرة أخرى إلى ستة ملايين برميل يوميا بين يناير 2021 وأبريل 2022.
وذكرت أوبك+ أنها ستعقد مؤتمرا جديدا عن بعد في العاشر من يونيو لتقييم أوضاع سوق النفط.
""", [
    ev("thursday-deal", "توصلت منظمة أوبك والمنتجون المتحالفون معها، ضمن ما يُعرف بمجموعة أوبك+، الخميس", THU, "'الخميس' in an article of Fri 10 Apr 2020 = Thu 9 Apr"),
    ev("cut-may-june", "على تقليص الإنتاج 10 ملايين برميل يوميا في مايو ويونيو", MAYJUN[0], "'في مايو ويونيو' = May - June 2020", end=MAYJUN[1]),
    ev("cut-july-december", "سينخفض إلى 8 ملايين برميل يوميا بين يوليو وديسمبر", JULDEC[0], "'بين يوليو وديسمبر' = July - December 2020", end=JULDEC[1]),
    ev("cut-2021-2022", "إلى ستة ملايين برميل يوميا بين يناير 2021 وأبريل 2022", "2021-01-01", "'بين يناير 2021 وأبريل 2022' = 1 Jan 2021 - 30 Apr 2022", end="2022-05-01"),
])
art(S, "https://al-ain.com/article/saudi-energy-opec-depends-mexico-joining",
    "2020-04-10", "no date on the stored page; the body's 'الجمعة' with 'أمس الخميس' for the deal of the OPEC+ conference of Thu 9 Apr 2020 gives Fri 10 Apr 2020; headline kept from the page (reworded), the sub-heading (a summary of the body) dropped; the last, truncated words of the Kuwaiti minister's statement dropped; no date of its own in the text", False, """
وزير الطاقة السعودي: اتفاق أوبك+ مرهون بانضمام المكسيك
صرح وزير الطاقة السعودي الأمير عبد العزيز بن سلمان، الجمعة، بأن الاتفاق النهائي لمجموعة أوبك+ على تقليص الإنتاج العالمي بمقدار عشرة ملايين برميل يوميا، الذي أُبرم أمس الخميس، مرهون بمشاركة المكسيك في عمليات الخفض.
وأضاف الأمير عبد العزيز في اتصال هاتفي مع رويترز أنه يأمل أن تدرك المكسيك فوائد هذا الاتفاق، لا لنفسها فقط بل للعالم بأسره.
وأعلنت منظمة الدول المصدرة للنفط (أوبك) الجمعة أن الدول المصدرة للخام، ما عدا المكسيك، توافقت على خفض للإنتاج العالمي قدره عشرة ملايين برميل يوميا في مايو/ أيار ويونيو/ حزيران.
وأوضحت المنظمة في بيان أن الاتفاق، الذي يقضي كذلك بتقليص الخفض إلى ثمانية ملايين برميل يوميا من يوليو/ تموز إلى ديسمبر/ كانون الأول المقبلين، يحتاج إلى موافقة مكسيكو كي يدخل حيز التنفيذ.
وجاء البيان إثر اجتماع مطول عبر الدائرة المغلقة سعى إلى إيجاد مخرج من التراجع الحاد في أسعار النفط.
وفي وقت سابق الجمعة، أفاد وزير النفط الكويتي خالد الفاضل بأن المكسيك عرقلت الاتفاق الذي توصلت إليه مجموعة أوبك+ لخفض إنتاج النفط.
""", [
    ev("saudi-minister-mexico", "صرح وزير الطاقة السعودي الأمير عبد العزيز بن سلمان، الجمعة", FRI, "'الجمعة' = Fri 10 Apr 2020"),
    ev("thursday-deal", "الذي أُبرم أمس الخميس", THU, "'أمس الخميس' from Fri 10 Apr 2020 = Thu 9 Apr"),
    ev("cut-may-june", "قدره عشرة ملايين برميل يوميا في مايو/ أيار ويونيو/ حزيران", MAYJUN[0], "'في مايو/ أيار ويونيو/ حزيران' = May - June 2020", end=MAYJUN[1]),
    ev("cut-july-december", "بتقليص الخفض إلى ثمانية ملايين برميل يوميا من يوليو/ تموز", JULDEC[0], "'من يوليو/ تموز إلى ديسمبر/ كانون الأول المقبلين' = July - December 2020", end=JULDEC[1]),
    ev("kuwait-mexico-blocked", "أفاد وزير النفط الكويتي خالد الفاضل بأن المكسيك عرقلت", FRI, "'في وقت سابق الجمعة' = Fri 10 Apr 2020"),
])
art(S, "https://al-liwaa.com/?p=33416",
    "2020-04-12", "no date line on the stored page; the body's 'مساء اليوم الأحد' for the final OPEC+ deal of 9.7 million b/d, known to be Sun 12 Apr 2020, and 'الخميس الماضي' for the meeting of 9 April ('لقاء التاسع من نيسان/ إبريل') give Sun 12 Apr 2020; headline written from the body (the stored text has none)", True, """
أوبك+ تتجاوز الخلاف مع المكسيك وتقر أكبر خفض للإنتاج
تمكنت منظمة البلدان المصدرة للنفط (أوبك) وحلفاؤها من خارجها بقيادة روسيا، المعروفون بـ"أوبك+"، من تسوية الخلاف مع المكسيك، وأقروا في اجتماعهم، مساء اليوم الأحد، أكبر خفض للإنتاج.
واتفق المشاركون عبر تقنية الفيديو على تقليص الإنتاج 9.7 ملايين برميل يوميا في شهري مايو/ أيار ويونيو/ حزيران.
وأعلنت وزيرة الطاقة المكسيكية روسيو نالي اليوم الأحد، بحسب وكالة "رويترز"، أن منتجي النفط توافقوا بالإجماع على خفض الإنتاج 9.7 ملايين برميل يوميا من مايو /أيار في مباحثات أوبك+، وتوجهت بالشكر إلى أعضاء أوبك على مساندتهم في الوصول إلى الاتفاق.
وترأس الاجتماع وزير الطاقة الروسي ألكسندر نوفاك ونظيره السعودي الأمير عبد العزيز بن سلمان، فيما ذكرت زمينة علييفا، المتحدثة باسم وزارة الطاقة الأذربيجانية، في بيان أن "اللقاء يندرج ضمن مشاورات انبثقت عن لقاء التاسع من نيسان/ إبريل لوزراء الدول الأعضاء وغير الأعضاء في أوبك".
وأفاد مصدران في منظمة (أوبك) وكالة "الأناضول" بأن الاجتماع يأتي مكملا لاجتماع سابق انعقد الخميس الماضي، جرى فيه الاتفاق مبدئيا على خفض الإنتاج، في حين يُخصص الاجتماع الحالي لوضع الخطوط النهائية.
""", [
    ev("final-deal-sunday", "وأقروا في اجتماعهم، مساء اليوم الأحد، أكبر خفض للإنتاج", SUN, "'مساء اليوم الأحد' = Sun 12 Apr 2020"),
    ev("cut-may-june", "على تقليص الإنتاج 9.7 ملايين برميل يوميا في شهري مايو/ أيار ويونيو/ حزيران", MAYJUN[0], "'في شهري مايو/ أيار ويونيو/ حزيران' = May - June 2020", end=MAYJUN[1]),
    ev("nahle-statement", "وأعلنت وزيرة الطاقة المكسيكية روسيو نالي اليوم الأحد", SUN, "'اليوم الأحد' = Sun 12 Apr 2020"),
    ev("thursday-deal", "مكملا لاجتماع سابق انعقد الخميس الماضي", THU, "'الخميس الماضي' from Sun 12 Apr 2020 = Thu 9 Apr ('لقاء التاسع من نيسان/ إبريل')"),
])
art(S, "https://al-madina.com/article/682098",
    "2020-04-13", "no date on the stored page; the body's 'أمس الأحد' for the OPEC+ meeting that reached the final deal, known to be Sun 12 Apr 2020, gives Mon 13 Apr 2020 (al-Madina is a Saudi daily); headline written from the body (the stored text has none); no date of its own in the text", False, """
أوبك+ تتفق بالإجماع على أكبر خفض لإنتاج النفط في التاريخ
توصل تحالف أوبك بلس، الذي يجمع أعضاء المنظمة ودولا من خارجها في مقدمتها روسيا، إلى اتفاق بالإجماع على خفض إنتاج النفط، يوصف بأنه الأكبر من نوعه في تاريخ إنتاج الخام في العالم.
وكتب وزير النفط الكويتي خالد الفاضل في تغريدة على "تويتر" أن "الاتفاق على خفض ما يقارب 10 ملايين برميل يوميا ابتداء من أول مايو 2020".
ونقلت "رويترز" عن مصادر أن اتفاق تحالف أوبك بلس ينص على خفض الإنتاج نحو 9.7 ملايين برميل يوميا بحلول مايو المقبل، مع الحديث عن تسوية مع المكسيك، وذلك في اجتماع لتحالف أوبك+ عُقد أمس الأحد.
ونقلت وكالة الإعلام الروسية للأنباء عن وزير الطاقة الروسي ألكسندر نوفاك قوله إنه يأمل أن يقر كبار منتجي النفط اتفاق خفض الإنتاج العالمي ويوقعوه خلال الأيام المقبلة.
وأضاف نوفاك، وفقا لوكالة "رويترز"، أن تحسن وضع السوق سيحتاج إلى نهاية هذا العام على الأقل.
""", [
    ev("kuwait-fadhel-tweet", "وكتب وزير النفط الكويتي خالد الفاضل في تغريدة", SUN, "no own expression; the tweet after the final meeting of the evening of Sun 12 Apr 2020 (my span Sun 12 - Mon 13 Apr)", end="2020-04-14"),
    ev("cut-may-june", "خفض ما يقارب 10 ملايين برميل يوميا ابتداء من أول مايو 2020", MAYJUN[0], "'ابتداء من أول مايو 2020' = the cut of May - June 2020", end=MAYJUN[1]),
    ev("final-deal-sunday", "في اجتماع لتحالف أوبك+ عُقد أمس الأحد", SUN, "'أمس الأحد' from Mon 13 Apr 2020 = Sun 12 Apr"),
    ev("market-recovery", "أن تحسن وضع السوق سيحتاج إلى نهاية هذا العام على الأقل", "2020-04-13", "'نهاية هذا العام على الأقل' = a forecast up to the end of 2020 (my span from the article's day to 31 Dec 2020)", end="2021-01-01"),
])

# ---------------------------------------------------------------- uae-opec-plus-baseline-deal-2021
S = "uae-opec-plus-baseline-deal-2021"
DEAL = "2021-07-18"                        # the OPEC+ video meeting that ended the Saudi-Emirati dispute, Sun 18 Jul 2021
AUG = ("2021-08-01", "2021-09-01")         # the first monthly increase of 400,000 b/d, August 2021
BASE = "2022-05-01"                        # the new baselines (UAE 3.5 mb/d, total 45.5 mb/d) from May 2022
SEPT22 = ("2022-09-01", "2022-10-01")      # the end of the cuts by September 2022
art(S, "https://alharf28.com/p-64997",
    "2021-07-18", "page date line 'الأحد 18 يوليو ,2021 الساعة: 11:52 مساءً' (kept as second line; 18 Jul 2021 was a Sunday); the body's 'اليوم الأحد' agrees; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
"أوبك+" تمدد اتفاق خفض إنتاج النفط بعد خلاف سعودي إماراتي
الأحد 18 يوليو ,2021 الساعة: 11:52 مساءً
اتفق كبار منتجي النفط في العالم على رفع الإنتاج، في خطوة ترمي إلى تخفيف الضغط عن الاقتصاد العالمي الذي يرزح تحت وطأة وباء كورونا.
وكانت مجموعة "أوبك بلس"، التي تضم 23 بلدا، قد أخفقت في الوصول إلى اتفاق في وقت سابق من الشهر الحالي بسبب خلاف بين السعودية والإمارات.
وذكر تحالف "أوبك+" في بيان اليوم الأحد، إثر اجتماع عُقد عبر دائرة تلفزيونية مغلقة، أنه قرر رفع خط الأساس لإنتاج عدد من كبار المنتجين، وفي مقدمتهم الإمارات من 3.17 إلى 3.5 ملايين برميل يوميا اعتبارا من مايو 2022، أي بزيادة 330 ألف برميل يوميا عن المستويات الملتزم بها حتى نهاية أبريل 2022.
كما رُفع خط الأساس للسعودية وروسيا بمقدار 500 ألف برميل يوميا لكل منهما، من 11 إلى 11.5 مليون برميل يوميا، وللكويت والعراق بمقدار 150 ألف برميل يوميا، ليبلغ 2.96 مليون برميل يوميا و4.8 مليون برميل يوميا على الترتيب.
واتفق التحالف على تعديل الإنتاج الإجمالي بزيادة 0.4 مليون برميل في اليوم شهريا، بدءا من أغسطس/أب 2021، ليستقر الخفض عند 5.4 ملايين برميل يوميا الشهر المقبل، نزولا من 8.5 ملايين برميل حاليا.
""", [
    ev("talks-failed", "قد أخفقت في الوصول إلى اتفاق في وقت سابق من الشهر الحالي", "2021-07-01", "'في وقت سابق من الشهر الحالي' = the talks of Thu 1 - Fri 2 Jul 2021, called off on Mon 5 Jul (outside knowledge)", end="2021-07-06"),
    ev("deal-sunday", "وذكر تحالف \"أوبك+\" في بيان اليوم الأحد", DEAL, "'اليوم الأحد' = Sun 18 Jul 2021 (date line)"),
    ev("new-baselines", "وفي مقدمتهم الإمارات من 3.17 إلى 3.5 ملايين برميل يوميا اعتبارا من مايو 2022", BASE, "'اعتبارا من مايو 2022' = 1 May 2022"),
    ev("august-increase", "بزيادة 0.4 مليون برميل في اليوم شهريا، بدءا من أغسطس/أب 2021", AUG[0], "'بدءا من أغسطس/أب 2021' = the first increase, August 2021", end=AUG[1]),
])
art(S, "https://www.alaraby.co.uk/economy/%22%D8%A3%D9%88%D8%A8%D9%83%22-%D8%AA%D9%82%D8%B1%D8%B1-%D8%B1%D8%B3%D9%85%D9%8A%D8%A7%D9%8B-%D8%B1%D9%81%D8%B9-%D8%B3%D9%82%D9%81-%D8%A5%D9%86%D8%AA%D8%A7%D8%AC-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D9%88%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%88%D8%B1%D9%88%D8%B3%D9%8A%D8%A7",
    "2021-07-18", "page date line '18 يوليو 2021' (kept as second line; 18 Jul 2021 was a Sunday); the body's 'اليوم الأحد' agrees; the page's two headlines joined into one, the photo credit and the page furniture ('+ الخط -') dropped; the last, truncated sentence dropped", True, """
"أوبك+" تقرر رسمياً زيادة تدريجية للإنتاج ورفع سقف إنتاج الإمارات والسعودية وروسيا
18 يوليو 2021
في إطار حل توافقي لأزمة سقف الإنتاج، رفعت "أوبك+" مستويات الإنتاج التي يُحتسب على أساسها معدل الخفض أو الزيادة، لكل الدول الكبرى في التحالف بمقادير تراوحت بين 150 و500 ألف برميل يومياً.
ووفق المنظمة، اتفق تحالف "أوبك+" الذي يجمع كبار منتجي النفط في العالم من دول منظمة "أوبك" ومن خارجها، اليوم الأحد، على تمديد اتفاق الزيادة التدريجية للإنتاج حتى نهاية 2022، على أن ينتهي اتفاق "الخفض الجاري" منذ العام الماضي بحلول سبتمبر/ أيلول العام المقبل 2022.
وكان يُفترض أن ينتهي فعلياً الاتفاق، الذي انطلق في مطلع مايو/أيار 2020 بين دول "أوبك+"، في إبريل/نيسان 2022، قبل أن يُعلن تمديده اليوم.
ويعني الاتفاق تعديل الإنتاج الإجمالي بزيادة قدرها 400 ألف برميل في اليوم شهرياً بدءاً من أغسطس/ آب المقبل، على أن تُقيَّم في ديسمبر/ كانون الأول المقبل تطورات السوق وأداء الدول المشاركة.
""", [
    ev("deal-sunday", "ومن خارجها، اليوم الأحد، على تمديد اتفاق الزيادة التدريجية", DEAL, "'اليوم الأحد' = Sun 18 Jul 2021 (date line)"),
    ev("cuts-end-september-2022", "بحلول سبتمبر/ أيلول العام المقبل 2022", SEPT22[0], "'بحلول سبتمبر/ أيلول العام المقبل 2022' = by the end of September 2022", end=SEPT22[1]),
    ev("cut-began-may-2020", "الذي انطلق في مطلع مايو/أيار 2020", "2020-05-01", "'في مطلع مايو/أيار 2020' = Fri 1 May 2020, when the cut of April 2020 took effect"),
    ev("august-increase", "بزيادة قدرها 400 ألف برميل في اليوم شهرياً بدءاً من أغسطس/ آب المقبل", AUG[0], "'بدءاً من أغسطس/ آب المقبل' from July 2021 = August 2021", end=AUG[1]),
    ev("december-review", "على أن تُقيَّم في ديسمبر/ كانون الأول المقبل تطورات السوق", "2021-12-01", "'في ديسمبر/ كانون الأول المقبل' = December 2021 (the review meeting was held on Thu 2 Dec 2021; my span the month)", end="2022-01-01"),
])
art(S, "https://gulfobserver.org/essay.php?id=31092&cid=444&catidval=443",
    "2021-07-19", "page date line 'في 2021/07/19' (kept as second line; 19 Jul 2021 was a Monday); the rubric 'دول » السعودية' and the tag 'متابعات-' dropped; headline kept from the page (reworded); the last, truncated quotation of the Russian minister dropped", True, """
نهاية الخلاف السعودي الإماراتي.. أوبك+ توافق على رفع إنتاج النفط تدريجيا بداية من أغسطس
في 2021/07/19
توافق تحالف دول "أوبك+" المصدرة للنفط على زيادة إنتاج الخام تدريجيا حتى نهاية العام الجاري، واضعا بذلك حدا للخلاف السعودي الإماراتي على حجم الإنتاج.
وبحسب بيان "أوبك+"، سيُرفع إنتاج النفط شهريا بواقع 400 ألف برميل يومياً؛ اعتباراً من أغسطس/آب وحتى ديسمبر/كانون الأول المقبل.
وأشار البيان إلى التوافق على إنهاء خفض الإنتاج البالغ 5.8 ملايين برميل يوميا بحلول سبتمبر/أيلول 2022، إن سمحت ظروف السوق، وعلى تمديد سياسة تقييد الإنتاج حتى نهاية العام المقبل، ورفع خط الأساس لإنتاج النفط من 43.8 إلى 45.5 ملايين برميل، اعتبارا من مايو/أيار 2022.
من جانبه، صرح وزير الطاقة الإماراتي تعليقاً على الاتفاق: "ملتزمون بما أقرته أوبك+ بشأن حصص الإنتاج".
وقال وزير الطاقة السعودي الأمير "عبدالعزيز بن سلمان آل سعود": "الاتفاق على تطبيق حصص الإنتاج الجديدة بداية من مايو/أيار 2022".
وأضاف: "سننهي تخفيضات إنتاج النفط بحدود سبتمبر/أيلول 2022 إذا سمحت الظروف بذلك، وسنواصل التعامل مع واقع سوق النفط وتلبية متطلباته بروح التعاون في الأشهر المقبلة".
""", [
    ev("deal-sunday", "توافق تحالف دول \"أوبك+\" المصدرة للنفط على زيادة إنتاج الخام تدريجيا", DEAL, "no own expression; the agreement of Sun 18 Jul 2021, reported on Mon 19 Jul"),
    ev("august-increase", "سيُرفع إنتاج النفط شهريا بواقع 400 ألف برميل يومياً؛ اعتباراً من أغسطس/آب", AUG[0], "'اعتباراً من أغسطس/آب' = the first increase, August 2021", end=AUG[1]),
    ev("cuts-end-september-2022", "إنهاء خفض الإنتاج البالغ 5.8 ملايين برميل يوميا بحلول سبتمبر/أيلول 2022", SEPT22[0], "'بحلول سبتمبر/أيلول 2022' = by the end of September 2022", end=SEPT22[1]),
    ev("new-baselines", "ورفع خط الأساس لإنتاج النفط من 43.8 إلى 45.5 ملايين برميل", BASE, "'اعتبارا من مايو/أيار 2022' = 1 May 2022"),
    ev("mazrouei-committed", "صرح وزير الطاقة الإماراتي تعليقاً على الاتفاق", DEAL, "no own expression; Suhail al-Mazrouei spoke at the press conference after the meeting of Sun 18 Jul 2021 (masress/amwalalghad: 'بختام اجتماع ... اليوم الأحد')"),
])
art(S, "https://arabmubasher.com/after-the-opec-agreement-and-the-uaes-support-attempts-to-break-in-are-blown-by-the-wind",
    "2021-07-18", "no date on the stored page; the body's 'اليوم الأحد' for the OPEC+ agreement, known to be Sun 18 Jul 2021, and 'غدا الاثنين' for the Abu Dhabi crown prince's visit give Sun 18 Jul 2021; headline and sub-heading kept (reworded), the photo caption 'صورة أرشيفية' dropped; the last, truncated sentence dropped; no date of its own in the text", False, """
بعد اتفاق "أوبك+" ودعم الإمارات.. محاولات الوقيعة في مهب الريح
أفشلت الإمارات العربية المتحدة مساعي الوقيعة التي حاولت بعض الدول إثارتها بشأن أوبك +.
وأقرت دول منظمة "الأوبك+"، اليوم الأحد، اتفاقا جديدا لتقليص تخفيضات إنتاج النفط، وهو اتفاق ينقض مزاعم روجت لها أذرع إعلامية تابعة للدوحة بشأن الشقيقتين السعودية والإمارات.
فالاتفاق يضع حدا لمحاولات نشر شائعات عن خلاف سعودي إماراتي، وهي شائعات دأب الإعلام الإخواني والقطري على تضخيمها الأسابيع الماضية.
ويتزامن الاتفاق أيضا مع زيارة ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان إلى المملكة العربية السعودية، إذ من المقرر أن يصل إلى المملكة غدا الاثنين، في زيارة رسمية تستمر يوما واحدا، يلتقي فيها ولي العهد السعودي الأمير محمد بن سلمان.
ومن المنتظر أن يصل الشيخ محمد بن زايد إلى المملكة على رأس وفد وزاري لبحث قضايا عديدة، أبرزها اتخاذ قرار بشأن سياسة إنتاج النفط، لا سيما بعد التوصل إلى الاتفاق.
ووفق ما أوردته وكالات الأنباء الدولية، فإن الاتفاق الأخير ينص على تمديد القرارات المتعلقة بالحد من إنتاج النفط حتى أواخر 2022.
""", [
    ev("deal-sunday", "وأقرت دول منظمة \"الأوبك+\"، اليوم الأحد، اتفاقا جديدا", DEAL, "'اليوم الأحد' = Sun 18 Jul 2021"),
    ev("dispute-weeks", "دأب الإعلام الإخواني والقطري على تضخيمها الأسابيع الماضية", "2021-07-01", "'الأسابيع الماضية' before Sun 18 Jul 2021 = the weeks of the public dispute (my span 1 - 17 Jul 2021)", end=DEAL),
    ev("pact-extended-end-2022", "ينص على تمديد القرارات المتعلقة بالحد من إنتاج النفط حتى أواخر 2022", "2022-05-01", "'حتى أواخر 2022' = the added period of the pact, May - December 2022 (it was due to end in April 2022)", end="2023-01-01"),
])

# ---------------------------------------------------------------- iraq-opec-plus-voluntary-cuts-2023
S = "iraq-opec-plus-voluntary-cuts-2023"
MEET = "2023-11-30"                        # the OPEC+ online ministerial meeting and the voluntary cuts, Thu 30 Nov 2023
Q1 = ("2024-01-01", "2024-04-01")          # the voluntary cuts of the first quarter of 2024
APR23 = "2023-04-02"                       # the voluntary cuts announced on Sun 2 Apr 2023 (Iraq 211,000, Saudi Arabia 500,000)
art(S, "https://iqiraq.news/economy/55633--211-.html",
    "2023-11-30", "page date line '30-11-2023, 21:44' (kept as second line; 30 Nov 2023 was a Thursday); the rubric 'اقتصاد', the view count and the repeated headline dropped; headline kept from the page (reworded)", True, """
العراق يعلن خفضاً طوعياً إضافياً لإنتاج النفط بمقدار 211 ألف برميل يومياً
30-11-2023, 21:44
بغداد - IQ
أعلنت وزارة النفط أن العراق سيجري خفضا طوعيا إضافيا قدره 211 ألف برميل يوميًا اعتباراً من 1 كانون الثاني 2024.
وأوضحت الوزارة في بيان تلقته (IQ NEWS) أن "العراق، العضو في منظمة أوبك، سيخفض إنتاجه طوعا بمقدار إضافي يبلغ 211 ألف برميل يوميًا، اعتبارًا من 1 كانون الثاني 2024، حتى نهاية شهر آذار 2024، بالتنسيق مع بعض الدول المشاركة في اتفاق أوبك بلس، ليصبح إنتاج العراق 4.009 مليون برميل يوميًا، حتى نهاية آذار 2024".
وتابعت أنه "دعماً لاستقرار السوق، ستُعاد كميات الخفض الإضافي هذه بصورة تدريجية، وفق أوضاع السوق".
ولفتت إلى أن "هذا الخفض الطوعي يأتي إضافة إلى الخفض الطوعي البالغ 211 ألف برميل يوميًا، الذي أعلنه العراق سابقا في نيسان 2023، والمستمر حتى نهاية كانون الاول 2024"، مبينة أن "الخفض الطوعي الإضافي يهدف إلى تعزيز الجهود الاحترازية لدول أوبك بلس من أجل دعم استقرار أسواق البترول وتوازنها".
""", [
    ev("iraq-announces-cut", "أعلنت وزارة النفط أن العراق سيجري خفضا طوعيا إضافيا", MEET, "no own expression; the ministry's statement of Thu 30 Nov 2023 (date line 21:44)"),
    ev("q1-2024-cuts", "سيخفض إنتاجه طوعا بمقدار إضافي يبلغ 211 ألف برميل يوميًا", Q1[0], "'اعتبارًا من 1 كانون الثاني 2024، حتى نهاية شهر آذار 2024' = 1 Jan - 31 Mar 2024", end=Q1[1]),
    ev("april-2023-cuts", "الذي أعلنه العراق سابقا في نيسان 2023", APR23, "'في نيسان 2023' = the voluntary cuts announced on Sun 2 Apr 2023 (outside knowledge)"),
])
art(S, "https://sarabic.ae/amp/20231130/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%AA%D9%85%D8%AF%D9%8A%D8%AF-%D8%A7%D9%84%D8%AE%D9%81%D8%B6-%D8%A7%D9%84%D8%B7%D9%88%D8%B9%D9%8A-%D9%84%D8%A5%D9%86%D8%AA%D8%A7%D8%AC-%D8%A7%D9%84%D9%86%D9%81%D8%B7-%D8%AD%D8%AA%D9%89-%D9%86%D9%87%D8%A7%D9%8A%D8%A9-%D9%85%D8%A7%D8%B1%D8%B3-%D8%A7%D9%84%D9%85%D9%82%D8%A8%D9%84--1083634168.html",
    "2023-11-30", "date in the URL '/20231130/' (30 Nov 2023 was a Thursday); the body's 'اليوم الخميس' agrees; headline rendered from the URL slug (the stored text has none); the last, truncated quotation shortened to its first clause; no date of its own in the text", True, """
السعودية تعلن تمديد الخفض الطوعي لإنتاج النفط حتى نهاية مارس المقبل
نقلت وكالة الأنباء السعودية (واس) عن مصدر مسؤول في وزارة الطاقة السعودية أن "المملكة العربية السعودية ستمدد خفضها الطوعي البالغ مليون برميل يوميًا، الذي بدأ تطبيقه في شهر يوليو 2023، حتى نهاية الربع الأول من عام 2024، بالتنسيق مع بعض الدول المشاركة في اتفاق "أوبك+"، ليصبح إنتاج المملكة قرابة 9 ملايين برميل يوميًا حتى نهاية شهر مارس من عام 2024".
وأضاف المصدر أن "القرار يأتي دعما لاستقرار السوق، إذ ستُعاد كميات الخفض الإضافية هذه تدريجيًا، بحسب ظروف السوق"، موضحا أن "هذا الخفض يضاف إلى الخفض الطوعي البالغ 500 ألف برميل يوميًا، الذي سبق أن أعلنته المملكة في شهر أبريل(نيسان) من عام 2023 والممتد حتى نهاية شهر ديسمبر(كانون الأول) من عام 2024".
وختم المصدر السعودي بأن "هذا الخفض الطوعي الإضافي يهدف إلى تعزيز الجهود الاحترازية التي تبذلها دول "أوبك+" لدعم استقرار أسواق البترول وتوازنها".
وفي السياق نفسه، ذكرت وسائل إعلام، اليوم الخميس، أن الدول الأعضاء في تحالف "أوبك+" توصلت إلى اتفاق مبدئي على خفض إضافي لإنتاج النفط يتجاوز مليون برميل يوميا.
وأفادت مصادر مطلعة لوكالة "سبوتنيك" بأن اجتماع مؤتمر "أوبك+" انطلق في حوالي الساعة 13:00 بتوقيت موسكو.
""", [
    ev("saudi-extension", "المملكة العربية السعودية ستمدد خفضها الطوعي البالغ مليون برميل يوميًا", MEET, "no own expression; the Saudi energy ministry's statement of Thu 30 Nov 2023 (URL date)"),
    ev("q1-2024-cuts", "حتى نهاية الربع الأول من عام 2024، بالتنسيق", Q1[0], "'حتى نهاية الربع الأول من عام 2024' = the extension over 1 Jan - 31 Mar 2024", end=Q1[1]),
    ev("april-2023-cuts", "الذي سبق أن أعلنته المملكة في شهر أبريل(نيسان) من عام 2023", APR23, "'في شهر أبريل(نيسان) من عام 2023' = Sun 2 Apr 2023 (outside knowledge)"),
    ev("voluntary-cuts-agreed", "توصلت إلى اتفاق مبدئي على خفض إضافي لإنتاج النفط", MEET, "'اليوم الخميس' = Thu 30 Nov 2023"),
    ev("opec-plus-meeting", "اجتماع مؤتمر \"أوبك+\" انطلق في حوالي الساعة 13:00 بتوقيت موسكو", MEET, "'في حوالي الساعة 13:00 بتوقيت موسكو' of Thu 30 Nov 2023"),
])
art(S, "https://transparency.news/news/320171",
    "2023-12-01", "no date on the stored page; the body's 'يوم أمس الخميس' for the OPEC+ meeting, known to be Thu 30 Nov 2023, gives Fri 1 Dec 2023 (1 Dec 2023 was a Friday); headline kept from the page (reworded); the source tag 'المصدر : الشفافية نيوز' dropped; no date of its own in the text", False, """
أوبك+ تتفق على خفض طوعي للإنتاج بمقدار 900 ألف برميل يومياً.. وروسيا باقية في المجموعة والبرازيل تنضم إليها في يناير 2024
أكدت مجموعة أوبك+، في اجتماع مهم عقدته يوم أمس الخميس، تمسكها بالحفاظ على استقرار أسعار النفط. وأتى هذا الاجتماع بعد الإعلان عن انضمام البرازيل إلى المجموعة في يناير 2024.
وصرح المتحدث الرسمي باسم الكرملين دميتري بيسكوف بأن روسيا ستواصل العمل ضمن مجموعة أوبك+، مشددا على أن المجموعة تؤدي دورا مهما في استقرار أسواق الطاقة وأسعار النفط.
ووافق أعضاء في مجموعة أوبك+، خلال الاجتماع أمس، على تقليص الإنتاج طوعا بمقدار 900 ألف برميل يوميا، وذلك إلى جانب تمديد السعودية خفضها الطوعي البالغ مليون برميل يوميا حتى نهاية الربع الأول من العام المقبل 2024.
وكانت دول مجموعة أوبك+ قد اتفقت في نوفمبر 2022 على خفض إنتاج النفط للحفاظ على استقرار الأسواق النفطية، وتقضي الصفقة بخفض الإنتاج بمقدار مليوني برميل في اليوم حتى نهاية عام 2024.
""", [
    ev("opec-plus-meeting", "في اجتماع مهم عقدته يوم أمس الخميس", MEET, "'يوم أمس الخميس' from Fri 1 Dec 2023 = Thu 30 Nov"),
    ev("voluntary-cuts-agreed", "على تقليص الإنتاج طوعا بمقدار 900 ألف برميل يوميا", MEET, "'خلال الاجتماع أمس' = Thu 30 Nov 2023"),
    ev("saudi-extension", "وذلك إلى جانب تمديد السعودية خفضها الطوعي", MEET, "no own expression; the Saudi extension announced on Thu 30 Nov 2023"),
    ev("two-million-cut-2022", "قد اتفقت في نوفمبر 2022 على خفض إنتاج النفط", "2022-10-05", "'في نوفمبر 2022': the 2 million b/d cut was decided on Wed 5 Oct 2022 and took effect in November 2022 (my span 5 Oct - 30 Nov 2022)", end="2022-12-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 373
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 504-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: medicine shortages, drug and product recalls, pharmacy
crackdowns and ministries' decisions.
Stories: the Nestle infant-formula (cereulide) recall as handled by the Saudi SFDA and Egypt's NFSA (January
2026), and the arrest, bail release and dismissal of the head of the Iraqi Pharmacists Syndicate, Murtada
al-Sharifi, over spoiled medicines (Iraq, February 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- nestle-infant-formula-cereulide-recall-2026
S = "nestle-infant-formula-cereulide-recall-2026"
NESTLE = "2026-01-05"                      # Nestle announced the recall late on Mon 5 Jan 2026
SFDA = "2026-01-06"                        # the Saudi SFDA warned and ordered the withdrawal on Tue 6 Jan 2026
EGYPT = "2026-01-07"                       # Egypt's NFSA recall of NAN batches from Wed 7 Jan 2026
art(S, "https://www.almowaten.net/2026/01/%D8%A7%D9%84%D8%BA%D8%B0%D8%A7%D8%A1-%D9%88%D8%A7%D9%84%D8%AF%D9%88%D8%A7%D8%A1-%D8%AA%D8%AD%D8%B0%D9%91%D8%B1-%D9%85%D9%86-%D8%AD%D9%84%D9%8A%D8%A8-%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D9%85%D9%86-%D8%A5/",
    "2026-01-06", "the stored page's date 2026-01-06 (and the URL's 2026/01) with the body's 'اليوم الثلاثاء' (6 Jan 2026 was a Tuesday); headline from the page's sub-heading; the last, truncated sentence dropped", True, """
الغذاء والدواء تحذّر من حليب أطفال
نبّهت هيئة الغذاء والدواء، اليوم الثلاثاء، إلى عدم استهلاك عدد من منتجات حليب الأطفال التي تصنعها شركة نستله تحت العلامات التجارية نان "NAN" وألفامينو "ALFAMINO" وإس-26 جولد "S-26 GOLD" وإس-26 ألتيما "S-26 ULTIMA"، استنادا إلى إبلاغ طوعي من الشركة بأنها تسحب بعض منتجاتها لاحتمال تلوثها بسم "سيريوليد" (Cereulide) الذي تنتجه بكتيريا "باسيلس سيريوس" (Bacillus cereus)، وهو ما قد يهدد صحة الرضع.
وبيّنت الهيئة، في بيان نشرته عبر حسابها في منصة إكس، أن الإجراء جزء من سحب طوعي احترازي جاء بعد تقييم المخاطر المحتملة، إذ قد يسبب التعرض لهذه السموم أعراضا منها الغثيان والقيء المتكرر وآلام البطن، مؤكدة أنه لم تسجل حتى تاريخه أي إصابات مرتبطة بهذه المنتجات.
ونصحت الهيئة المستهلكين بالامتناع عن استهلاك المنتجات المشمولة بالسحب والتخلص منها على الفور، لافتة إلى أنها اتخذت ما يلزم بالتنسيق مع الشركة لسحب المنتجات من الأسواق ومتابعة التنفيذ مباشرة.
""", [
    ev("sfda-warning", "نبّهت هيئة الغذاء والدواء، اليوم الثلاثاء", SFDA, "'اليوم الثلاثاء' = Tue 6 Jan 2026"),
    ev("nestle-recall-announced", "بأنها تسحب بعض منتجاتها لاحتمال تلوثها", NESTLE, "no own expression; Nestle's recall announcement came late on Mon 5 Jan 2026 (marebpress: 'في وقت متأخر أمس الاثنين')"),
    ev("sfda-recall-order", "اتخذت ما يلزم بالتنسيق مع الشركة لسحب المنتجات من الأسواق", SFDA, "no own expression; the withdrawal order announced with the warning of Tue 6 Jan 2026 (marebpress 'إصدار قرار سحب فوري')"),
])
art(S, "https://marebpress.net/news_details.php?lang=arabic&sid=216001",
    "2026-01-06", "no date on the stored page; the body's 'حذرت اليوم الثلاثاء' for the SFDA warning and 'في وقت متأخر أمس الاثنين' for Nestle's recall give Tue 6 Jan 2026 (almowaten of 6 Jan: 'اليوم الثلاثاء'; alwakeelnews of 7 Jan: Nestle spoke late on Monday); headline written from the body (the stored text has none)", False, """
السعودية تحذر من منتجات لحليب الأطفال سحبتها نستله
نقلت وكالة الأنباء السعودية (واس) أن الهيئة العامة للغذاء والدواء في المملكة حذرت اليوم الثلاثاء من تناول منتجات بعينها من حليب الأطفال تنتجها شركة نستله، بعد أن سحبت الشركة السويسرية دفعات منها بسبب تلوثها بمواد سامة.
وأوضحت الهيئة أن إجراءاتها تضمنت إصدار قرار سحب فوري، ومتابعة سحب تلك المنتجات بالتنسيق مع الشركة.
من جانبها، ذكرت نستله أنها أصدرت حتى الآن إشعارات بسحب بعض منتجات تغذية الرضع في 23 دولة أوروبية وفي تركيا والأرجنتين، وأضافت أنها ترفع الإنتاج في عدد من مصانعها.
وكانت الشركة قد أعلنت في وقت متأخر أمس الاثنين أنها تسترد بعض المنتجات، ومنها تركيبات حليب الرضع من إس.إم.إيه وبي.إي.بي.إيه وإن.إيه.إن ومنتجات غذائية تكميلية، لاحتمال تلوثها بمادة سامة قد تسبب الغثيان والقيء.
""", [
    ev("sfda-warning", "حذرت اليوم الثلاثاء من تناول منتجات بعينها", SFDA, "'اليوم الثلاثاء' = Tue 6 Jan 2026"),
    ev("sfda-recall-order", "إصدار قرار سحب فوري", SFDA, "no own expression; part of the SFDA measures announced on Tue 6 Jan 2026"),
    ev("nestle-notices-countries", "أصدرت حتى الآن إشعارات بسحب بعض منتجات تغذية الرضع", SFDA, "'حتى الآن' in the report of Tue 6 Jan 2026: Nestle's statement of that Tuesday (alwakeelnews: 'وذكرت الثلاثاء أنها أصدرت إشعارات')"),
    ev("nestle-recall-announced", "قد أعلنت في وقت متأخر أمس الاثنين", NESTLE, "'أمس الاثنين' from Tue 6 Jan 2026 = Mon 5 Jan"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=07012026&id=616d1c7c-1669-4a0c-af89-f197718dc8c2",
    "2026-01-07", "the page's date line 'الأربعاء 7 يناير 2026 - 11:49 م' (and cdate=07012026 in the URL); the body's 'اليوم الأربعاء' and 'اليوم 7 يناير 2026'; the date line is page furniture and is not kept in the text; headline kept from the page", True, """
سلامة الغذاء: منتج حليب الأطفال سما غير مسجل بمصر.. والسحب الاحترازي لمنتجات نستله المتداولة
نشرت الهيئة القومية لسلامة الغذاء إيضاحا مهما عن سحب منتجات حليب الأطفال، أكدت فيه أن البيان الصادر بتاريخ 6 يناير 2026 كان يخص منتجا بعينه سُحب في بعض الدول الأوروبية (حليب الأطفال سما)، وهو منتج غير مسجل لدى الهيئة في مصر ولم يحصل على أي ترخيص للاستيراد أو التداول، ومن ثم فهو غير متداول في الأسواق المصرية.
وبيّنت الهيئة، في بيانها اليوم الأربعاء، أن البيان الصادر اليوم 7 يناير 2026 يتناول منتجات متداولة فعلا في السوق المصرية، منها منتجات Nestlé NAN مثل Nan Comfort 1 وNan OptiPro 1، بعد رصد احتمال وجود آثار لمادة Cereulide في أحد المكونات الأولية (زيت ARA).
وشددت الهيئة على أن الشركة، بالتنسيق معها، أقدمت على سحب احترازي استباقي حفاظا على سلامة الأطفال وصحة المستهلكين.
""", [
    ev("nfsa-sma-statement", "البيان الصادر بتاريخ 6 يناير 2026", SFDA, "'بتاريخ 6 يناير 2026' = Tue 6 Jan 2026"),
    ev("nfsa-clarification", "في بيانها اليوم الأربعاء", EGYPT, "'اليوم الأربعاء' = Wed 7 Jan 2026"),
    ev("nfsa-nan-statement", "البيان الصادر اليوم 7 يناير 2026", EGYPT, "'اليوم 7 يناير 2026' = Wed 7 Jan 2026"),
    ev("egypt-nan-recall", "أقدمت على سحب احترازي استباقي", EGYPT, "no own expression; the NFSA recall of the NAN batches from Wed 7 Jan 2026 (masrawy/amwalalghad: 'اعتبارًا من الأربعاء 7 يناير 2026')"),
])

# ---------------------------------------------------------------- iraq-pharmacists-syndicate-sharifi-dismissal-2018
S = "iraq-pharmacists-syndicate-sharifi-dismissal-2018"
ARREST = ("2018-02-10", "2018-02-18")      # arrested 'last week' (from Fri 23 Feb), held about a week before the bail release
BAIL = "2018-02-21"                        # released on bail on Wed 21 Feb 2018
DISMISSAL = "2018-02-23"                   # dismissed by the syndicate on Fri 23 Feb 2018
art(S, "https://hathalyoum.net/articles/1488513-إقالة-نقيب-الصيادلة-العراقيين-مرتضى-",
    "2018-02-23", "the page's stamp '2018-02-23 00:00:00 - المصدر: باسنیوز' with the body's 'اليوم الجمعة' (23 Feb 2018 was a Friday); a BasNews report carried by hathalyoum; the tag line 'بعد اتهامات بالفساد المالي والإداري' dropped; headline kept from the page", True, """
إقالة نقيب الصيادلة العراقيين مرتضى الشريفي
أعفت نقابة الصيادلة العراقيين، اليوم الجمعة، نقيبها مرتضى الشريفي من منصبه، بعد أن بقي معتقلا لأسبوع بتهم فساد مالي وإداري ثم أفرج عنه بكفالة مؤخرا.
وكانت قوة من استخبارات وزارة الداخلية قد اعتقلت الشريفي في منزله بحي المنصور غربي بغداد، الأسبوع الماضي، ثم أطلق سراحه بكفالة قبل يومين.
وأكدت النائبة عن ائتلاف دولة القانون عالية نصيف، في بيان اليوم بعثت بنسخة منه إلى (باسنيوز)، أن الشريفي أقيل من منصب النقيب، ورأت أن «هذه الخطوة تحققت بفضل جهود الخيرين في النقابة وجهود اللجنة التحقيقية التي شكلها مجلس النواب، وتوّجها الشرفاء والمخلصون في نقابة الصيادلة بإقالته».
وأضافت نصيف أن «الشريفي سيلاحق قضائيا، ونأمل أن تنتخب شخصية كفوءة لإدارة هذه المؤسسة التي تمس حياة الشعب العراقي».
""", [
    ev("sharifi-dismissed", "أعفت نقابة الصيادلة العراقيين، اليوم الجمعة", DISMISSAL, "'اليوم الجمعة' = Fri 23 Feb 2018"),
    ev("sharifi-arrest", "قد اعتقلت الشريفي في منزله بحي المنصور", ARREST[0], "'الأسبوع الماضي' from Fri 23 Feb 2018, held about a week before the release of Wed 21 Feb: my span Sat 10 - Sat 17 Feb 2018", end=ARREST[1]),
    ev("sharifi-bail-release", "ثم أطلق سراحه بكفالة قبل يومين", BAIL, "'قبل يومين' from Fri 23 Feb 2018 = Wed 21 Feb (aleshraqtv: 'الاربعاء 21 شباط 2018')"),
    ev("nassif-dismissal-statement", "في بيان اليوم بعثت بنسخة منه", DISMISSAL, "'اليوم' = Fri 23 Feb 2018"),
])
art(S, "https://n.annabaa.org/news27475",
    "2018-02-23", "no date on the stored page; the body's 'اليوم الجمعة' names a Friday after the bail release of Wed 21 Feb 2018 and before the dismissal (Nassif still calls al-Sharifi 'النقيب الحالي' and the pharmacists intend to elect a new head), which BasNews reports on Fri 23 Feb 2018 ('اليوم الجمعة'), so Fri 23 Feb 2018; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
نصيف تطالب بمنع نقيب الصيادلة من ممارسة مهامه لحين انتهاء التحقيق
قالت النائبة عن ائتلاف دولة القانون عالية نصيف، اليوم الجمعة، إن نقيب الصيادلة الحالي لا يحق له أن يمارس مهامه حتى ينتهي التحقيق في القضايا والتهم الموجهة إليه، موضحة أن إخلاء سبيله بكفالة يعني أن القضية لم تحسم بعد، ودعت السلطة التنفيذية والقضاء إلى التدخل.
وأضافت نصيف في حديث صحفي أن «عشرات من أعضاء نقابة الصيادلة العراقيين وأصحاب الصيدليات تجمعوا اليوم أمام مبنى النقابة، وأعلنوا نيتهم انتخاب نقيب جديد يحل محل النقيب مرتضى مطر الشريفي الذي أطلق سراحه بكفالة مالية بعد اتهامه في قضايا فساد مالي وإداري، مؤكدين أنه لا يستحق تمثيل صيادلة العراق لأنه أساء إلى أخلاقيات المهنة وشرفها، وأبدوا استياءهم الشديد من الأساليب البوليسية الانتقامية التي يمارسها بحقهم منذ خروجه، مطالبين الجهات الرقابية والتنفيذية بوضع حد لها».
وتابعت نصيف: «انطلاقا من مسؤوليتنا التشريعية والرقابية، وبصفتنا ممثلين للشعب العراقي، نشد على أيدي الإخوة الصيادلة ونعلن تضامننا معهم، وندعوهم إلى انتخاب شخصية كفوءة ونزيهة تمثلهم في النقابة».
""", [
    ev("nassif-remarks", "قالت النائبة عن ائتلاف دولة القانون عالية نصيف، اليوم الجمعة", DISMISSAL, "'اليوم الجمعة' = Fri 23 Feb 2018 (see published_how)"),
    ev("sharifi-bail-release", "أن إخلاء سبيله بكفالة", BAIL, "no own expression; the bail release of Wed 21 Feb 2018 (BasNews: 'قبل يومين' on Fri 23 Feb; aleshraqtv: 'الاربعاء 21 شباط 2018')"),
    ev("pharmacists-gathering", "تجمعوا اليوم أمام مبنى النقابة", DISMISSAL, "'اليوم' = Fri 23 Feb 2018"),
])
art(S, "http://www.alaraby.co.uk/society/2018/2/28/%D8%A3%D8%AF%D9%88%D9%8A%D8%A9-%D9%81%D8%A7%D8%B3%D8%AF%D8%A9-%D9%81%D9%8A-%D8%B9%D9%87%D8%AF%D8%A9-%D9%86%D9%82%D9%8A%D8%A8-%D8%B5%D9%8A%D8%A7%D8%AF%D9%84%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%82%D8%B6%D9%8A%D8%A9-%D8%B1%D8%A3%D9%8A-%D8%B9%D8%A7%D9%85",
    "2018-02-28", "the page's date line '28 فبراير 2018' (and 2018/2/28 in the URL) with the body's 'اليوم الأربعاء' (28 Feb 2018 was a Wednesday); the date line, photo caption and font buttons dropped; headline and sub-heading kept from the page; the last, truncated sentence shortened", True, """
أدوية فاسدة في عهدة نقيب صيادلة العراق..قضية رأي عام
جدل بعد الإفراج عن نقيب صيادلة العراق إثر فضيحة الأدوية الفاسدة
انتقد عراقيون قرار إطلاق سراح نقيب صيادلة العراق مرتضى الشريفي بكفالة، بعد أن اعتقلته قوات الأمن العراقية مؤخراً إثر العثور على أكبر كمية من الأدوية الفاسدة في البلاد كانت توزع عن طريقه على المستشفيات والصيدليات الخاصة والحكومية، وقد خلّفت القضية ضحايا وفق تقارير أمنية وصحية عراقية، وصار الملف قضية رأي عام.
وطالب نواب في البرلمان الحكومة بالتدخل، في حين أكدت مصادر سياسية لـ"العربي الجديد" أن جهات سياسية عراقية، في مقدمتها حزب الدعوة بزعامة نوري المالكي، تضغط لإطلاق سراحه وطي القضية.
وأفاد مسؤول عراقي رفيع في بغداد، اليوم الأربعاء، لـ"العربي الجديد"، بأن التحقيقات التي تتولاها هيئة النزاهة ومكتب المفتش العام في وزارة الصحة تشير إلى تورط فعلي لنقيب الصيادلة في صفقات أدوية فاسدة طوال السنوات الماضية.
وأوضح أن اعتقاله تم استنادا إلى المادة 39 من قانون العقوبات العراقي، غير أن ضغوط شخصيات نافذة في حزب الدعوة أفضت إلى الإفراج عنه بكفالة قدرها 400 مليون دينار.
""", [
    ev("sharifi-bail-release", "انتقد عراقيون قرار إطلاق سراح نقيب صيادلة العراق", BAIL, "no own expression; the bail release of Wed 21 Feb 2018 (aleshraqtv: 'الاربعاء 21 شباط 2018'; BasNews of Fri 23 Feb: 'قبل يومين')"),
    ev("sharifi-arrest", "بعد أن اعتقلته قوات الأمن العراقية مؤخراً", ARREST[0], "'مؤخراً'; the arrest of the week before Fri 23 Feb 2018 (BasNews 'الأسبوع الماضي'), my span Sat 10 - Sat 17 Feb 2018", end=ARREST[1]),
    ev("official-briefing-alaraby", "وأفاد مسؤول عراقي رفيع في بغداد، اليوم الأربعاء", "2018-02-28", "'اليوم الأربعاء' = Wed 28 Feb 2018"),
    ev("mps-demand-intervention", "وطالب نواب في البرلمان الحكومة بالتدخل", BAIL, "no own expression; the MPs' calls after the release (Nassif's of Fri 23 Feb, annabaa): my span Wed 21 - Wed 28 Feb 2018", end="2018-03-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 504)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 582-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: Arab athletes winning medals at Olympics, world
championships or continental games, with receptions at home.
Stories: Kaylia Nemour's Olympic gold on the uneven bars and the return of the Algerian medallists to Algiers
(Algeria, August 2024); Firas Gattoussi's Olympic taekwondo gold and his return to Tunis-Carthage (Tunisia,
August 2024); Mutaz Barshim's world high-jump title at the Doha world championships (Qatar, October 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-nemour-paris-bars-gold-2024
S = "algeria-nemour-paris-bars-gold-2024"
GOLD = "2024-08-04"                        # uneven-bars final at Bercy Arena, Sun 4 Aug 2024
SWITCH = ("2022-01-01", "2023-01-01")      # she left France for Algeria in 2022
RETURN = "2024-08-12"                      # the medallists landed in Algiers on Mon 12 Aug 2024
art(S, "https://nissaa.ma/welcome/her/%D9%83%D9%8A%D9%84%D9%8A%D8%A7-%D9%86%D9%85%D9%88%D8%B1-%D8%AA%D9%81%D9%88%D8%B2-%D8%A8%D8%A3%D9%88%D9%84-%D9%85%D9%8A%D8%AF%D8%A7%D9%84%D9%8A%D8%A9-%D9%84%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D9%81",
    "2024-08-05", "no date on the stored page; the body's 'لحظة تاريخية ... أمس' for the uneven-bars final of Sun 4 Aug 2024 (akhbaralaan of 5 Aug: 'الأحد') gives Mon 5 Aug 2024; headline kept from the page; the truncated last sentence dropped; no date of its own in the text", False, """
كيليا نمور تفوز بأول ميدالية للجزائر في أولمبياد باريس
باتت كيليا نمور أول لاعبة جمباز أفريقية وعربية تحرز ميدالية ذهبية في دورة الألعاب الأولمبية.
سجّلت الجزائرية كيليا نمور (17 عامًا) لحظة تاريخية أمس في دورة الألعاب الأولمبية باريس 2024، إذ غدت أول لاعبة جمباز أفريقية وعربية تنال ميدالية أولمبية، بعد عرض مبهر على جهاز العارضتين غير المتماثلتين.
وقد أثار أداء نمور السريع الحافل بالحركات المركبة والصعبة إعجاب الجماهير الغفيرة في قاعة بيرسي أرينا بباريس، إذ أحرزت اللاعبة الشابة 15.700 نقطة، متقدمة بفارق 0.2 نقطة فقط على منافستها الصينية تشو تشي يان، بطلة العالم لعام 2023، التي نالت الميدالية الفضية.
وجاءت ردة فعل نمور على فوزها بالذهب مؤثرة، فقد انفجرت بالبكاء فور انتهاء أدائها، غير مصدقة لما أنجزته. وقالت اللاعبة الشابة: "لا أستطيع تصديق حدوث ذلك. هذا كثير للغاية. لا أجد الكلمات للتعبير عن مشاعري".
وأضافت نمور أنها "سعيدة للغاية بالتتويج بالميدالية الذهبية وإهدائها للشعب الجزائري. فخورة للغاية بما حققته"، موضحة أنها ركزت بشدة حين رأت علامة منافستها الصينية البالغة 15.500 نقطة، وأنها قدمت أفضل أداء في مسيرتها.
""", [
    ev("nemour-gold", "سجّلت الجزائرية كيليا نمور (17 عامًا) لحظة تاريخية أمس", GOLD, "'أمس' in an article of Mon 5 Aug 2024 = Sun 4 Aug, the day of the uneven-bars final"),
    ev("qiu-silver", "التي نالت الميدالية الفضية", GOLD, "no own expression; the Chinese runner-up's silver in the same final, Sun 4 Aug 2024"),
    ev("qiu-2023-world-title", "بطلة العالم لعام 2023", "2023-10-07", "'لعام 2023' = the 2023 world title on the bars (Antwerp apparatus finals, my span 7-8 Oct 2023)", end="2023-10-09"),
    ev("nemour-tears", "فقد انفجرت بالبكاء فور انتهاء أدائها", GOLD, "no own expression; at the end of her routine in the final of Sun 4 Aug 2024"),
    ev("nemour-post-final-remarks", "وأضافت نمور أنها", GOLD, "no own expression; her words right after the final of Sun 4 Aug 2024"),
])
art(S, "https://akhbaralaan.net/trending/2024/08/05/%d8%aa%d8%b1%d9%8a%d9%86%d8%af%d9%8a%d9%86%d8%ba-%d9%83%d9%8a%d9%84%d9%8a%d8%a7-%d9%86%d9%85%d9%88%d8%b1-%d9%87%d8%af%d9%8a%d8%a9-%d8%b0%d9%87%d8%a8%d9%8a%d8%a9-%d9%84%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d9%88%d8%ae%d8%b3%d8%a7%d8%b1%d8%a9-%d9%83%d8%a8%d9%8a%d8%b1%d8%a9-%d9%84%d9%81%d8%b1%d9%86%d8%b3%d8%a7",
    "2024-08-05", "the page's dated address '/trending/2024/08/05/' (the stored text shows no date line); the body's 'الأحد' for the final of Sun 4 Aug 2024 agrees; headline taken from the page's 'تريندينغ|' title line, the photo caption turned into the first sentence; truncated last sentence dropped", True, """
كيليا نمور.. هدية ذهبية للجزائر وخسارة كبيرة لفرنسا
وُلدت كايليا نمور في فرنسا ومثّلتها حتى عام 2022، ثم اختارت بلدها الأم.
وقدّمت الجزائرية كايليا نمور للعرب أول ذهبية في أولمبياد باريس 2024، إثر فوزها في مسابقة العارضتين مختلفتي الارتفاع في الجمباز الأحد، وهو ما جعلها "فخورة جداً… لاسيما بعد كل الذي حصل" في مسيرتها.
ومنحت نمور الجزائر سادس ذهبية في تاريخ مشاركاتها في الألعاب الصيفية.
ودخلت ابنة الـ17 عاماً، المولودة في فرنسا ووصيفة بطلة العالم، التاريخ بوصفها أول بطلة أولمبية إفريقية في الجمباز، بعدما تفوقت في النهائي على بطلة العالم الصينية تشيوان تشيو والأميركية سونيسا لي.
ونالت نمور في النهائي 15.700 نقطة، في مقابل 15.500 نقطة لتشيو و14.800 نقطة للي، التي أضافت البرونزية إلى ذهبية المسابقة الكاملة للفرق وبرونزية المسابقة الكاملة للفردي في الدورة الحالية.
وهذه ثاني ميدالية للجزائر في هذه الألعاب، إذ كانت إيمان خليف قد ضمنت برونزية على الأقل ببلوغها نصف نهائي وزن 66 كلغ في الملاكمة.
وصرّحت نمور لشبكة "يوروسبورت" عقب الفوز: "أشعر بالصدمة، لم أصدق بعد. إنه الحلم الذي رافقني طوال حياتي، وبشكل أكبر خلال العامين أو الأعوام الثلاثة الأخيرة".
""", [
    ev("nationality-switch", "ومثّلتها حتى عام 2022", SWITCH[0], "'حتى عام 2022' = her change to Algeria in 2022 (the year only)", end=SWITCH[1]),
    ev("nemour-gold", "إثر فوزها في مسابقة العارضتين مختلفتي الارتفاع في الجمباز الأحد", GOLD, "'الأحد' = Sun 4 Aug 2024"),
    ev("qiu-silver", "في مقابل 15.500 نقطة لتشيو", GOLD, "no own expression; the runner-up's score in the final of Sun 4 Aug 2024"),
    ev("khelif-bronze-assured", "إذ كانت إيمان خليف قد ضمنت برونزية على الأقل", "2024-08-03", "no own expression; Khelif's quarter-final win of Sat 3 Aug 2024, the day before the bars final"),
    ev("nemour-eurosport-remarks", "وصرّحت نمور لشبكة \"يوروسبورت\" عقب الفوز", GOLD, "no own expression; 'عقب الفوز' = right after the final of Sun 4 Aug 2024"),
])
art(S, "https://arabkhabar.com/a/3020454",
    "2024-08-06", "page line 'تاريخ النشر: 6th, August 2024 GMT' (not kept: a page field above the body); an arabi21 report carried by arabkhabar; the embedded social-media post (from 'ألف مليار مبروك') dropped; headline kept from the page", True, """
طردتها فرنسا بسبب الإصابة فعانقت ذهب الأولمبياد بألوان الجزائر.. من هي كيليا نمور ؟
صارت الجزائرية كيليا نمور (التي تحمل الجنسية الفرنسية)، المولودة في مدينة سان بينوا لأب جزائري وأم فرنسية، أول لاعبة جمباز أفريقية وعربية تتوج بميدالية أولمبية، بعدما نالت الذهبية إثر عرض باهر على جهاز المتوازي مختلف الارتفاع أذهل الجماهير في قاعة بيرسي أرينا بسلسلة من الحركات المركبة والصعبة.
وأبدت كيليا سعادتها بإنجازها التاريخي، وقالت عن احتمال عودتها إلى تمثيل منتخب فرنسا مستقبلا: "لا أفكر في الرجوع إلى الوراء، مكاني في الجزائر وأنا فخورة جدا وسعيدة بتمثيل هذا البلد".
وحمّلت وسائل الإعلام والناشطون على مواقع التواصل الاجتماعي في فرنسا الاتحاد المحلي للجمباز المسؤولية الأولى عن رحيل الفتاة ذات الـ 17 عاما، بسبب المعاملة السيئة التي لقيتها من المسؤولين وأصحاب القرار في اللعبة، ما دفعها إلى تغيير جنسيتها الرياضية إلى الجزائرية قبل عامين.
""", [
    ev("nemour-gold", "بعدما نالت الذهبية إثر عرض باهر على جهاز المتوازي مختلف الارتفاع", GOLD, "no own expression; the bars final of Sun 4 Aug 2024 (nissaa 'أمس', akhbaralaan 'الأحد')"),
    ev("nemour-france-remark", "وقالت عن احتمال عودتها إلى تمثيل منتخب فرنسا مستقبلا", GOLD, "no own expression; her words after the final of Sun 4 Aug 2024"),
    ev("french-media-blame", "وحمّلت وسائل الإعلام والناشطون على مواقع التواصل الاجتماعي في فرنسا", GOLD, "no own expression; the French reactions after the gold, between Sun 4 Aug and the article of Tue 6 Aug 2024 (my span)", end="2024-08-07"),
    ev("nationality-switch", "ما دفعها إلى تغيير جنسيتها الرياضية إلى الجزائرية قبل عامين", SWITCH[0], "'قبل عامين' from Aug 2024 = 2022 (akhbaralaan: 'حتى عام 2022')", end=SWITCH[1]),
])
art(S, "https://cip.dz/tag/%D8%A3%D9%88%D9%84%D9%85%D8%A8%D9%8A%D8%A7%D8%AF-%D8%A8%D8%A7%D8%B1%D9%8A%D8%B3/",
    "2024-08-12", "an item on a tag page with no date; its 'زوال اليوم الاثنين' and 'ساعات بعد اختتام أولمبياد باريس' (the games closed on Sun 11 Aug 2024) give Mon 12 Aug 2024 (12 Aug 2024 was a Monday); headline kept from the item; no date of its own in the text", False, """
وصول أبطال الجزائر إلى مطار هواري بومدين
حطّ أبطال الجزائر الأولمبيون كيليا نمور وإيمان خليف وجمال سجاتي، زوال اليوم الاثنين، في أرض الوطن، بعد ساعات من اختتام أولمبياد باريس الذي حصدت فيه الجزائر ذهبيتين وبرونزية.
وفي تصريحاته بهذه المناسبة، شدّد وزير الشباب والرياضة، عبد الرحمان حماد، على أن ما أنجزته الرياضة الجزائرية في أولمبياد باريس مهم، وأنه جاء بفضل المتابعة الدائمة والحرص المستمر لرئيس الجمهورية، السيد عبد المجيد تبون، مضيفاً: "النتائج لم تأت بسهولة، في ظل الضغوطات التي طالت الرياضيين الجزائريين إبان الألعاب".
وفي السياق ذاته، أكدت إيمان خليف (25 عاماً) أن ذهبيتها في الملاكمة تمثل تحقيقا لحلم، فيما عبّرت كيليا نمور (17 سنة) عن فخرها بأول ذهبية أولمبية جزائرية وعربية وإفريقية في تاريخ الجمباز، بينما أكد جمال سجاتي (25 عاماً) أن جميع الرياضيين الجزائريين بذلوا قصارى جهدهم لتشريف الألوان الوطنية، معربا عن تفاؤله بتحقيق المزيد مستقبلا.
ويشار إلى أن الجزائر احتلت المركز الـ 39 في أولمبياد باريس من أصل 91 دولة في جدول الترتيب العام.
""", [
    ev("return-algiers", "زوال اليوم الاثنين، في أرض الوطن", RETURN, "'زوال اليوم الاثنين' = Mon 12 Aug 2024, hours after the closing of Sun 11 Aug"),
    ev("games-close", "بعد ساعات من اختتام أولمبياد باريس", "2024-08-11", "no date of its own; the Paris games closed on Sun 11 Aug 2024, 'ساعات' before the arrival"),
    ev("hammad-statement", "شدّد وزير الشباب والرياضة، عبد الرحمان حماد", RETURN, "no own expression; at the arrival of Mon 12 Aug 2024 ('بهذه المناسبة')"),
    ev("khelif-gold", "أن ذهبيتها في الملاكمة تمثل تحقيقا لحلم", "2024-08-09", "no own expression; Khelif's 66 kg final of Fri 9 Aug 2024"),
    ev("nemour-gold", "عن فخرها بأول ذهبية أولمبية جزائرية وعربية وإفريقية في تاريخ الجمباز", GOLD, "no own expression; the bars final of Sun 4 Aug 2024"),
])

# ---------------------------------------------------------------- tunisia-gattoussi-paris-taekwondo-gold-2024
S = "tunisia-gattoussi-paris-taekwondo-gold-2024"
TKD = "2024-08-09"                         # -80 kg final at the Grand Palais, Fri 9 Aug 2024
BRONZE58 = "2024-08-07"                    # Jendoubi's -58 kg bronze, Wed 7 Aug 2024 (first taekwondo day)
HOME = "2024-08-12"                        # the last group of the Tunisian delegation landed on Mon 12 Aug 2024
art(S, "https://aajsa.com/sport/%D8%A7%D9%84%D9%82%D8%B7%D9%88%D8%B3%D9%8A-%D9%82%D8%B5%D8%A9-%D8%A8%D8%B7%D9%84-%D8%AA%D9%85%D8%B1%D9%91%D8%AF-%D8%B9%D9%84%D9%89-%D8%AF%D8%B1%D8%A7%D8%B3%D8%AA%D9%87-%D9%88%D9%83%D8%B1%D9%91%D9%85%D9%87-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A-%D9%81%D9%83%D8%AA%D8%A8-%D8%A7%D9%84%D9%85%D8%AC%D8%AF",
    "2024-08-09", "page date line '09 اغسطس 2024' under the headline (not kept); an al-Araby al-Jadeed report on a mirror domain; the machine summary ('اظهر الملخص') and the photo caption dropped; the body is cut on the stored page in the mother's words, so that truncated sentence is dropped; headline kept", True, """
القطوسي... قصة بطل تمرّد على دراسته وكرّمه الجيش التونسي فكتب المجد في باريس
نال البطل التونسي فراس القطوسي (29 عاماً) الميدالية الذهبية في مسابقة التايكواندو لوزن أقل من 80 كيلوغراماً، ضمن منافسات دورة الألعاب الأولمبية التي تحتضنها حالياً العاصمة الفرنسية باريس، لتكون الميدالية الثالثة لتونس، بعد فضية فارس الفرجاني وبرونزية خليل الجندوبي.
القطوسي وبداية مبكرة
انطلق صاحب الـ (29 عاماً) في رياضة التايكواندو في سن مبكرة جداً، وبالتحديد في الرابعة من عمره، ولقي رعاية كبيرة من والديه التونسيين ليلى النهدي وعبد الرؤوف القطوسي.
""", [
    ev("gattoussi-gold", "نال البطل التونسي فراس القطوسي (29 عاماً) الميدالية الذهبية", TKD, "no own expression; the -80 kg final of Fri 9 Aug 2024, the day of the date line (khabrna: 'أمس الجمعة')"),
    ev("ferjani-silver", "بعد فضية فارس الفرجاني", "2024-07-27", "no own expression; Ferjani's sabre silver of Sat 27 Jul 2024"),
    ev("jendoubi-paris-bronze", "وبرونزية خليل الجندوبي", BRONZE58, "no own expression; Jendoubi's -58 kg bronze on the first taekwondo day, Wed 7 Aug 2024"),
])
art(S, "https://khabrna.com/275156/%d8%a7%d9%84%d8%aa%d8%a7%d9%8a%d9%83%d9%88%d9%86%d8%af%d9%88-%d8%a7%d9%88%d9%84%d9%85%d8%a8%d9%8a%d8%a7%d8%af-%d8%a8%d8%a7%d8%b1%d9%8a%d8%b3",
    "2024-08-10", "no date on the stored page; the body's 'أمس الجمعة' for the final of Fri 9 Aug 2024 gives Sat 10 Aug 2024 (10 Aug 2024 was a Saturday); the SEO filler sentence ('وفى هذا المقال سوف نعرض لكم ...') and the sub-heading dropped; the truncated last sentence dropped; headline kept from the page; no date of its own in the text", False, """
فراس القطوسي يحقق الميدالية الذهبية فى التايكوندو اولمبياد باريس 2024
أهدى لاعب التايكوندو فراس القطوسي تونس أول ذهبية لها في أولمبياد باريس، إثر تتويجه بلقب وزن -80 كلغ أمس الجمعة في القصر الكبير غران باليه، بعدما تغلب على الإيراني مهران برخورداري 2-0 (4-2، 5-1) في النهائي.
وبذلك منح بلاده أول ذهبية أولمبية في التايكوندو، ورابع ميدالية في هذه الرياضة، بعد محمد خليل الجندوبي صاحب فضية طوكيو وبرونزية باريس في وزن -58 كلغ، وأسامة الوسلاتي صاحب برونزية -80 كلغ في ريو 2016.
وخطّ لاعب التايكواندو التونسي فراس القطوسي صفحة جديدة في تاريخ التايكواندو التونسية في الألعاب الأولمبية، حين أحرز مساء الجمعة الميدالية الذهبية في وزن 80 كيلوغرامًا خلال أولمبياد باريس 2024، في إنجاز غير مسبوق.
فقبل يومين فقط من اختتام الألعاب الأولمبية في نسختها الـ33، كانت آمال تونس في الذهب تتبدد، لا سيما أن الوفد التونسي شارك بـ 26 لاعبًا فقط خرج أغلبهم من المنافسات مبكرًا.
""", [
    ev("gattoussi-gold", "إثر تتويجه بلقب وزن -80 كلغ أمس الجمعة", TKD, "'أمس الجمعة' in an article of Sat 10 Aug 2024 = Fri 9 Aug (also 'مساء الجمعة')"),
    ev("jendoubi-tokyo-silver", "صاحب فضية طوكيو", "2021-07-24", "no own expression; Jendoubi's -58 kg silver at Tokyo, Sat 24 Jul 2021"),
    ev("jendoubi-paris-bronze", "وبرونزية باريس في وزن -58 كلغ", BRONZE58, "no own expression; Wed 7 Aug 2024"),
    ev("oueslati-rio-bronze", "وأسامة الوسلاتي صاحب برونزية -80 كلغ في ريو 2016", "2016-08-05", "'في ريو 2016' = during the Rio games (my span 5-21 Aug 2016; the day is not in the text)", end="2016-08-22"),
    ev("games-close", "من اختتام الألعاب الأولمبية في نسختها الـ33", "2024-08-11", "'قبل يومين فقط من اختتام' counted from the final of Fri 9 Aug = the closing of Sun 11 Aug 2024"),
])
art(S, "http://sport.tunisiatv.tn/%D9%81%D8%B1%D8%A7%D8%B3-%D8%A7%D9%84%D9%82%D8%B7%D9%88%D8%B3%D9%8A-%D9%88-%D8%AE%D9%84%D9%8A%D9%84-%D8%A7%D9%84%D8%AC%D9%86%D8%AF%D9%88%D8%A8%D9%8A-%D8%A7%D9%84%D8%AA%D8%B6%D8%AD%D9%8A%D8%A7%D8%AA-%D9%88%D8%A7%D9%84%D8%AA%D8%AD%D8%B6%D9%8A%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AF%D8%B1%D9%88%D8%B3%D8%A9-%D8%B3%D8%B1%D9%91-%D9%86%D8%AC%D8%A7%D8%AD%D9%86%D8%A7-%D9%81%D9%8A-%D8%A3%D9%88%D9%84%D9%85%D8%A8%D9%8A%D8%A7%D8%AF-%D8%A8%D8%A7%D8%B1%D9%8A%D8%B3/2024/08",
    "2024-08-13", "no date line on the stored page (the address gives only 2024/08); the body's 'لدى عودته ليلة امس الاثنين' for the return after the Paris games gives Tue 13 Aug 2024 (the Monday after the closing of Sun 11 Aug was 12 Aug; al-Araby al-Jadeed also has 'مساء أمس الاثنين'); the truncated last sentence dropped; headline kept", False, """
فراس القطوسي و خليل الجندوبي: التضحيات والتحضيرات المدروسة سرّ نجاحنا في أولمبياد باريس
شدّد البطل الأولمبي فراس القطوسي، المتوّج بذهبية التايكواندو لوزن أقل من 80 كلغ في أولمبياد باريس 2024، على أن ميداليته الذهبية جاءت ثمرة عمل متواصل وتضحيات جسيمة.
وأوضح في تصريح إعلامي لدى عودته ليلة امس الاثنين إلى أرض الوطن مع الفوج الأخير من البعثة التونسية المشاركة في دورة الألعاب الأولمبية باريس 2024، أن عراقيل كثيرة رافقت مسيرته الاحترافية، منها إصابة حادة في العين استلزمت تدخلا جراحيا قلّص مشاركاته في الدورات الدولية قبل الأولمبياد، لكنه ظل واثقا في قدرته على المراهنة على اللقب الأولمبي.
وأضاف أنه فخور بالإنجاز الذي حققه في عاصمة الأنوار وبدخوله التاريخ من أوسع أبوابه بتدوين اسمه في السجل الذهبي إلى جانب كثير من الأبطال، معبّرا عن تأثره العميق بسماع النشيد الوطني يتردد في باريس ورؤية العلم التونسي يرفرف عاليا بين الأمم.
ومن جانبه، أبرز خليل الجندوبي، المتوّج ببرونزية التايكواندو في وزن أقل من 58 كلغ، أن الصعود إلى منصة التتويج في دورة الألعاب الأولمبية كان على رأس أولوياته وأهدافه منذ إحرازه فضية أولمبياد طوكيو 2020+1.
""", [
    ev("return-tunis", "لدى عودته ليلة امس الاثنين إلى أرض الوطن", HOME, "'ليلة امس الاثنين' in an article of Tue 13 Aug 2024 = the night of Mon 12 Aug"),
    ev("gattoussi-gold", "المتوّج بذهبية التايكواندو لوزن أقل من 80 كلغ", TKD, "no own expression; the final of Fri 9 Aug 2024"),
    ev("anthem-in-paris", "بسماع النشيد الوطني يتردد في باريس", TKD, "no own expression; the medal ceremony after the final of Fri 9 Aug 2024"),
    ev("jendoubi-paris-bronze", "المتوّج ببرونزية التايكواندو في وزن أقل من 58 كلغ", BRONZE58, "no own expression; Wed 7 Aug 2024"),
    ev("jendoubi-tokyo-silver", "منذ إحرازه فضية أولمبياد طوكيو 2020+1", "2021-07-24", "'طوكيو 2020+1' = the Tokyo games held in 2021; his -58 kg silver of Sat 24 Jul 2021"),
])

# ---------------------------------------------------------------- qatar-barshim-doha-world-title-2019
S = "qatar-barshim-doha-world-title-2019"
FINAL = "2019-10-04"                       # high-jump final at Khalifa International Stadium, Fri 4 Oct 2019
LONDON = "2017-08-13"                      # his first world title, London, Sun 13 Aug 2017
art(S, "https://qolympic.xyz/index.php/ar/node/14811",
    "2019-10-02", "the body's date line 'الدوحة /2 أكتوبر-2019/(وكالات)' (kept: it opens the body); the qualification 'أمس' = Tue 1 Oct and the final 'يوم الجمعة المقبل' = Fri 4 Oct 2019 agree; the page's crawl stamps (October 2024) dropped; headline kept; the truncated last sentence dropped", True, """
بطلنا معتز برشم يتأهل الى نهائي الوثب العالي في مونديال ألعاب القوى
الدوحة /2 أكتوبر-2019/(وكالات) بلغ البطل القطري معتز برشم الدور النهائي لمسابقة الوثب العالي، التي جرت تصفياتها أمس في إطار منافسات اليوم الخامس من بطولة العالم لألعاب القوى المقامة حاليا في الدوحة.
وتخطى البطل العالمي والأولمبي معتز برشم ارتفاع 29ر 2 متر، وهو أفضل رقم يسجله هذا العام.
وسيحاول معتز برشم (28 عاما) الحفاظ على لقبه بطلا للعالم في النهائي الذي سيقام يوم الجمعة المقبل، بعدما فاز بالميدالية الذهبية في بطولة العالم الماضية التي أقيمت في لندن عام 2017، ونال في العام نفسه لقب أفضل رياضي.
وعاد البطل القطري مجددا إلى منافسات أم الألعاب بعد غياب طويل إثر إصابته في الكاحل خلال مشاركته في ملتقى هنغاريا في شهر يوليو 2018.
وكان البطل برشم قد استهل مسيرته في الوثب العالي بقوة، فأحرز ذهبية بطولة العالم للناشئين لألعاب القوى بكندا سنة 2010 مسجلا 30ر2 متر، وتوج بطلا لآسيا 2011 في اليابان مسجلا 35ر2 متر، كما نال ذهبية دورة الألعاب العربية بالدوحة في ديسمبر 2011.
""", [
    ev("qualification", "التي جرت تصفياتها أمس", "2019-10-01", "'أمس' from Wed 2 Oct 2019 = Tue 1 Oct, the fifth day of the championships (27 Sep was day one)"),
    ev("final", "في النهائي الذي سيقام يوم الجمعة المقبل", FINAL, "'يوم الجمعة المقبل' from Wed 2 Oct 2019 = Fri 4 Oct"),
    ev("london-2017-title", "بعدما فاز بالميدالية الذهبية في بطولة العالم الماضية", LONDON, "'في لندن عام 2017' = the London final of Sun 13 Aug 2017"),
    ev("hungary-ankle-injury", "إثر إصابته في الكاحل خلال مشاركته في ملتقى هنغاريا", "2018-07-01", "'في شهر يوليو 2018' = July 2018 (the month only)", end="2018-08-01"),
    ev("arab-games-2011-gold", "كما نال ذهبية دورة الألعاب العربية بالدوحة في ديسمبر 2011", "2011-12-01", "'في ديسمبر 2011' = December 2011 (the month only)", end="2012-01-01"),
])
art(S, "http://www.rooyya.com/ar/s/%D8%AC%D9%88%D8%B9%D8%A7%D9%86-%D8%A8%D9%86-%D8%AD%D9%85%D8%AF-%D9%8A%D9%88%D8%B4%D9%91%D8%AD-%D8%A7%D9%84%D8%B5%D9%82%D8%B1-%D8%A8%D8%B1%D8%B4%D9%85-%D8%A8%D8%A7%D9%84%D8%B0%D9%87%D8%A8/",
    "2019-10-06", "no date on the stored page; the medal ceremony 'أمس ضمن منافسات اليوم قبل الأخير للمونديال' (the championships ran 27 Sep - 6 Oct 2019, so the day before the last was Sat 5 Oct) and the final 'أمس الأول' (Fri 4 Oct, qolympic: 'يوم الجمعة المقبل') give Sun 6 Oct 2019; the site name and sub-heading dropped; the truncated last sentence dropped; headline kept; no date of its own in the text", False, """
جوعان بن حمد يوشّح الصقر برشم بالذهب
قلّد سعادة الشيخ جوعان بن حمد آل ثاني، رئيس اللجنة الأولمبية القطرية ورئيس اللجنة المنظمة العليا لبطولة العالم لألعاب القوى الدوحة 2019، البطل العالمي والأولمبي القطري معتز برشم ذهبية مسابقة الوثب العالي أمس، ضمن منافسات اليوم قبل الأخير للمونديال باستاد خليفة الدولي.
وكان برشم قد حقق إنجازه أمس الأول، محتفظا بلقب بطل العالم في الوثب العالي الذي ناله في البطولة الماضية في لندن عام 2017، ليتوج نفسه ملكا لهذه المسابقة بعد اجتيازه ارتفاع 2.37 متر.
وتقدم البطل القطري على الروسيين ميخائيل اكيمنكو (2.35 م) وإيليا إيفانيوك (2.35 م بفارق المحاولات)، وكلاهما يشارك في البطولة تحت علم محايد بسبب إيقاف الاتحاد الروسي لألعاب القوى.
وقال برشم بعد فوزه بالذهب: «لم أكن جاهزاً، لكن الجماهير حفّزتني. لم أكن أفكر بكسر رقمي الشخصي، كان تركيزي على الميدالية».
وتابع برشم: «سأحصل على الراحة الآن، ومن ثَم سأبدأ التفكير للقادمات من المحطات».
وكانت الأشهر الـ 14 الماضية صعبة للغاية على برشم.
""", [
    ev("medal-ceremony", "ذهبية مسابقة الوثب العالي أمس", "2019-10-05", "'أمس' = Sat 5 Oct 2019, 'اليوم قبل الأخير للمونديال' (27 Sep - 6 Oct)"),
    ev("final", "وكان برشم قد حقق إنجازه أمس الأول", FINAL, "'أمس الأول' from Sun 6 Oct 2019 = Fri 4 Oct"),
    ev("london-2017-title", "الذي ناله في البطولة الماضية في لندن عام 2017", LONDON, "'في لندن عام 2017' = the London final of Sun 13 Aug 2017"),
    ev("barshim-remarks", "وقال برشم بعد فوزه بالذهب", FINAL, "no own expression; 'بعد فوزه' = right after the final of Fri 4 Oct 2019"),
    ev("hard-months", "وكانت الأشهر الـ 14 الماضية صعبة للغاية على برشم", "2018-07-01", "'الأشهر الـ 14 الماضية' before early Oct 2019 = from about Aug 2018; my span from the ankle injury of July 2018 (qolympic) to the final of Fri 4 Oct 2019", end="2019-10-05"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 582
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

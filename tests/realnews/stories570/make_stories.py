"""Builds stories.jsonl: the 570-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: heritage festivals and competitions (camel races,
falconry, date festivals, Quran contests) in the Gulf and North Africa.
Stories: the 45th King Abdulaziz International Quran Competition at the Grand Mosque of Mecca (Saudi Arabia,
August 2025), and the 32nd International Date Festival of Kebili with its board's overnight resignation and
retraction (Tunisia, December 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-king-abdulaziz-quran-competition-45-2025
S = "saudi-king-abdulaziz-quran-competition-45-2025"
FINALS = ("2025-08-09", "2025-08-15")      # the final rounds: Sat 9 (15 Safar 1447) - Thu 14 Aug 2025, six days
FINALS_END = "2025-08-14"                  # the final rounds ended on Thu 14 Aug 2025
CEREMONY = "2025-08-20"                    # closing ceremony on the evening of Wed 20 Aug 2025 (26 Safar 1447)
EDITION = ("2025-08-09", "2025-08-21")     # the 45th edition: 15 - 26 Safar 1447 = 9 - 20 Aug 2025
art(S, "https://www.elbalad.news/6667010",
    "2025-08-15", "the page's stamp 'date 2025-08-15' (not kept in the text; 15 Aug 2025 was a Friday); the body's 'اختُتمت أمس' for the end of the final rounds agrees with the gulf365 report of Thu 14 Aug ('اختتمت اليوم الخميس'); headline written from the body (the stored text has none); the site's menus dropped", True, """
الحرم المكي يحتضن النسخة الأضخم من مسابقة الملك عبدالعزيز الدولية لحفظ القرآن الكريم
ذكر جمال الوصيف، مراسل قناة القاهرة الإخبارية في الرياض، أن الحرم المكي الشريف يحتضن فعاليات الدورة الأكبر من مسابقة الملك عبد العزيز الدولية لحفظ القرآن الكريم وتلاوته وتفسيره، التي تشرف على تنظيمها وزارة الشؤون الإسلامية والدعوة والإرشاد في المملكة العربية السعودية.
وأوضح الوصيف، في مداخلة على شاشة «القاهرة الإخبارية»، أن التصفيات النهائية للمسابقة انتهت أمس في رحاب الحرم المكي، بعد منافسة شارك فيها 179 متسابقًا من 128 دولة من شتى أرجاء العالم، في أجواء روحانية مهيبة تعكس منزلة هذه المسابقة لدى المسلمين.
ولفت «الوصيف» إلى أن مجموع جوائز المسابقة يصل إلى 4 ملايين ريال سعودي، إذ ينال صاحب المركز الأول جائزة مالية مقدارها 100 ألف ريال، بينما تتوزع بقية الجوائز على الفائزين في فروع المسابقة المختلفة، التي تضم القراءات المتعددة وأساليب التلاوة والتفسير.
""", [
    ev("competition-45", "يحتضن فعاليات الدورة الأكبر من مسابقة الملك عبد العزيز الدولية", EDITION[0], "no own expression; the 45th edition ran 15 - 26 Safar 1447 = Sat 9 - Wed 20 Aug 2025 (sabq of 20 Aug: 'خلال الفترة من 15 إلى 26 صفر 1447هـ')", end=EDITION[1]),
    ev("finals-end", "أن التصفيات النهائية للمسابقة انتهت أمس", FINALS_END, "'أمس' from Fri 15 Aug 2025 = Thu 14 Aug (gulf365 of 14 Aug: 'اختتمت اليوم الخميس')"),
    ev("finals", "بعد منافسة شارك فيها 179 متسابقًا من 128 دولة", FINALS[0], "no own expression; the six days of final rounds, Sat 9 - Thu 14 Aug 2025 (okaz of 18 Aug: 'استمرت ستة أيام'; started 15 Safar 1447 = 9 Aug)", end=FINALS[1]),
])
art(S, "https://www.okaz.com.sa/news/local/2209382?ref=rss&format=simple&link=link",
    "2025-08-18", "the page's stamp 'date 2025-08-18' (not kept in the text; 18 Aug 2025 was a Monday); the body's 'بعد غدٍ (الأربعاء)' for the ceremony of Wed 20 Aug agrees (sabq of the same day: 'مساء يوم الأربعاء 26 صفر 1447هـ'); headline written from the body (the stored text has none); the stored excerpt ends in mid-sentence after the 179 contestants, so the last sentence is cut there", True, """
نائب أمير مكة يرعى الحفل الختامي لمسابقة الملك عبدالعزيز الدولية لحفظ القرآن الكريم
برعاية من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز ونيابةً عنه، يشهد نائب أمير منطقة مكة المكرمة الأمير سعود بن مشعل بن عبدالعزيز، بعد غدٍ (الأربعاء)، الحفل الختامي لمسابقة الملك عبدالعزيز الدولية لحفظ القرآن الكريم وتلاوته وتفسيره في نسختها الخامسة والأربعين، التي تقيمها وزارة الشؤون الإسلامية والدعوة والإرشاد في رحاب المسجد الحرام.
ويمثل الحفل تتويجًا للتصفيات النهائية التي تواصلت ستة أيام متواصلة في رحاب المسجد الحرام، وضمّت عددًا من حفظة كتاب الله القادمين من قارات العالم المختلفة، تحت إشراف لجنة تحكيم دولية متخصصة.
وسيُكرَّم في الحفل الفائزون الأوائل في فروع المسابقة الخمسة، كما يُكرَّم أعضاء لجنة التحكيم، في أجواء إيمانية تناسب مكانة هذه المسابقة الدولية التي تعكس الدور الريادي للمملكة في خدمة القرآن الكريم والعناية بأهله.
وتُصنَّف هذه المسابقة بين أعرق المسابقات القرآنية في العالم، وتتولى الوزارة تنظيمها بمتابعة من وزير الشؤون الإسلامية والدعوة والإرشاد الشيخ الدكتور عبداللطيف بن عبدالعزيز آل الشيخ، المشرف العام على المسابقات القرآنية المحلية والدولية. وجاءت الدورة الحالية الأكبر على مستوى العالم بمشاركة (179) متسابقا.
""", [
    ev("closing-ceremony", "بعد غدٍ (الأربعاء)، الحفل الختامي", CEREMONY, "'بعد غدٍ (الأربعاء)' from Mon 18 Aug 2025 = Wed 20 Aug"),
    ev("finals", "للتصفيات النهائية التي تواصلت ستة أيام متواصلة", FINALS[0], "'ستة أيام متتالية' before the article of Mon 18 Aug: the final rounds of Sat 9 - Thu 14 Aug 2025 (ended Thu 14: elbalad 'اختُتمت أمس' on Fri 15)", end=FINALS[1]),
    ev("winners-honoured", "وسيُكرَّم في الحفل الفائزون الأوائل", CEREMONY, "no own expression; at the closing ceremony of Wed 20 Aug 2025"),
    ev("competition-45", "وجاءت الدورة الحالية الأكبر على مستوى العالم", EDITION[0], "no own expression; the 45th edition ran 15 - 26 Safar 1447 = Sat 9 - Wed 20 Aug 2025", end=EDITION[1]),
])
art(S, "https://almowaten.news/?p=35752",
    "2025-08-21", "no date on the stored page; the body's 'مساء أمس الأربعاء' for the closing ceremony, which okaz and sabq of Mon 18 Aug announce for Wed 20 Aug 2025, gives Thu 21 Aug 2025 (21 Aug 2025 was a Thursday; the same text is stamped 2025-08-21 on news.gulf365.net); the section tag 'السعودية' and the repeated title dropped; headline kept from the page; sub-headings dropped", False, """
نائب أمير مكة يشهد الحفل الختامي لمسابقة الملك عبدالعزيز الدولية لحفظ القرآن الكريم في رحاب المسجد الحرام
نيابةً عن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، شهد صاحب السمو الملكي الأمير سعود بن مشعل بن عبدالعزيز، نائب أمير منطقة مكة المكرمة، مساء أمس الأربعاء، الحفل الختامي لمسابقة الملك عبدالعزيز الدولية لحفظ القرآن الكريم وتلاوته وتفسيره في نسختها الخامسة والأربعين، التي أقامتها وزارة الشؤون الإسلامية والدعوة والإرشاد في رحاب المسجد الحرام.
وجرى في الحفل تكريم الفائزين في فروع المسابقة، بجوائز بلغ مجموعها 4.000.000 ريال، فضلًا عن مكافآت لكل المشاركين قدرها 1.000.000 ريال، وذلك في ختام منافسات خاضها 179 متسابقًا يمثلون 128 دولة.
وافتُتح الحفل بتلاوات عطرة قدمها المتسابقون، أعقبها عرض مرئي تناول أهداف المسابقة ومسيرتها المباركة. كما شهد الحفل تدشين "المصحف المرتل لقراء مسابقة الملك عبدالعزيز الدولية في دورتها الـ45"، إلى جانب كلمة لمعالي وزير الشؤون الإسلامية والدعوة والإرشاد.
""", [
    ev("closing-ceremony", "مساء أمس الأربعاء، الحفل الختامي", CEREMONY, "'مساء أمس الأربعاء' from Thu 21 Aug 2025 = Wed 20 Aug"),
    ev("winners-honoured", "وجرى في الحفل تكريم الفائزين", CEREMONY, "no own expression; at the ceremony of Wed 20 Aug 2025"),
    ev("competition-45", "في ختام منافسات خاضها 179 متسابقًا", EDITION[0], "no own expression; the 45th edition ran 15 - 26 Safar 1447 = Sat 9 - Wed 20 Aug 2025", end=EDITION[1]),
    ev("mushaf-launch", "كما شهد الحفل تدشين \"المصحف المرتل", CEREMONY, "no own expression; during the ceremony of Wed 20 Aug 2025"),
])

# ---------------------------------------------------------------- tunisia-kebili-date-festival-32-resignation-2015
S = "tunisia-kebili-date-festival-32-resignation-2015"
FEST = ("2015-12-25", "2015-12-29")        # the 32nd festival ran Fri 25 - Mon 28 Dec 2015
OPEN = "2015-12-25"                        # opened on the morning of Fri 25 Dec 2015 with a carnival
RESIGN = "2015-12-24"                      # the board resigned collectively late on Thu 24 Dec 2015
art(S, "http://www.radiotunisienne.tn/2015/12/17/%D8%B9%D9%86%D8%AF%D9%8A-%D8%AD%D9%84%D9%85-%D8%B4%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D8%AF%D9%88%D8%B1%D8%A9-32-%D9%84%D9%84%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A/",
    "2015-12-17", "the page's address carries the date /2015/12/17/ (17 Dec 2015 was a Thursday); no stamp in the stored text; headline rendered from the URL slug; the stored excerpt ends in mid-sentence on the tourist train's route, so the last sentence is cut there", True, """
«عندي حلم» شعار الدورة 32 للمهرجان الدولي للتمور بقبلي
ترفع الدورة 32 للمهرجان الدولي للتمور بقبلي شعار «عندي حلم»، وتنطلق فعالياتها أيام 25 و 26 و 27 و28 ديسمبر 2015.
وقد عملت إدارة المهرجان على تنظيم يوم تحسيسي ودعائي في مدينة سوسة، باعتبار أن هذه الولاية كانت وما تزال رمزًا للسياحة التونسية ومعبرًا لتلاقي الثقافات في العالم، وقد رحّب الأهالي بهيئة مهرجان قبلي وتفاعلوا مع ما عرضته من برنامج وفقرات شعبية ومنتوجات أصيلة تشتهر بها الجهة.
وأوضح مدير المهرجان أن الدورة الحالية تتوزع على فقرات متنوعة بين الاقتصادي والترفيهي والاحتفالي والفني والملحمي، وأن البداية ستكون بالمعرض التجاري من 01 إلى 30 نوفمبر 2015، إلى جانب المعرض الدولي وسوق الصناعات التقليدية والحرف من مختلف بلدان العالم، الذي يضم معرضًا لحيوانات الصحراء وآخر للأدوات الفلاحية التقليدية والعصرية ومعرضًا للتمور للتعريف بالتنوع البيولوجي الواحي بالجهة والمحافظة عليه.
ومن أبرز ما يميز هذه الدورة أيضًا ماراطون «مطار بازمة» الدولي الذي يحرص أغلب الشبان على خوضه، والمسابقة الدولية للأكلة الشعبية مع إعداد مأدبة غداء للسياح الأجانب بقبلي القديمة بالتنسيق مع الجامعة الجهوية للنزل، إضافة إلى جولة عبر القطار السياحي.
""", [
    ev("festival-32", "وتنطلق فعالياتها أيام 25 و 26 و 27 و28 ديسمبر 2015", FEST[0], "'أيام 25 و 26 و 27 و28 ديسمبر 2015' = Fri 25 - Mon 28 Dec 2015", end=FEST[1]),
    ev("commercial-exhibition", "بالمعرض التجاري من 01 إلى 30 نوفمبر 2015", "2015-11-01", "'من 01 إلى 30 نوفمبر 2015' as the text gives it (see README: odd in a report of 17 Dec that calls it 'البداية')", end="2015-12-01"),
    ev("marathon", "ماراطون «مطار بازمة» الدولي", FEST[0], "no own expression; a part of the festival's programme, within Fri 25 - Mon 28 Dec 2015 (the day not given)", end=FEST[1]),
])
art(S, "https://ar.espacemanager.com/%D8%A5%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D8%AA%D9%85%D9%88%D8%B1-%D8%A8%D9%82%D8%A8%D9%84%D9%8A-%D8%A8%D8%B9%D8%AF-%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9-%D8%A7%D9%84%D9%87%D9%8A%D8%A6%D8%A9-%D8%A7%D9%84%D9%85%D8%AF%D9%8A%D8%B1%D8%A9-%D8%B9%D9%86-%D8%A7%D9%84%D8%A5%D8%B3%D8%AA%D9%82%D8%A7%D9%84%D8%A9",
    "2015-12-25", "no date line or stamp on the stored page; the body's 'اليوم الجمعة 25 ديسمبر 2015' for the opening (25 Dec 2015 was a Friday; radiotunisienne of 17 Dec gives the festival as 25 - 28 Dec) and 'أمس الخميس' for the resignation give Fri 25 Dec 2015; the comment box dropped; headline kept from the page", False, """
إنطلاق المهرجان الدولي للتمور بقبلي بعد تراجع الهيئة المديرة عن الإستقالة
تبدأ اليوم الجمعة 25 ديسمبر 2015 فعاليات الدورة ال32 من المهرجان الدولي للتمور بقبلي في موعدها المحدد، وذلك بعد أن عدلت الهيئة المديرة عن استقالتها.
ويفتتح المهرجان برنامجه بكرنفال تنشيطي، على أن يُقام العرض الفرجوي مساءً في مدينة قبلي القديمة.
يُشار إلى أن هيئة المهرجان الدولي للتمور بقبلي كانت قد أعلنت أمس الخميس استقالتها الجماعية احتجاجًا على ما وصفته بسوء التنظيم.
""", [
    ev("festival-opening", "تبدأ اليوم الجمعة 25 ديسمبر 2015 فعاليات الدورة ال32", OPEN, "'اليوم الجمعة 25 ديسمبر 2015' = Fri 25 Dec 2015"),
    ev("resignation-withdrawn", "بعد أن عدلت الهيئة المديرة عن استقالتها", OPEN, "no own expression; the board withdrew its resignation on the morning of Fri 25 Dec 2015 (radionationale: 'صباح اليوم الجمعة')"),
    ev("carnival", "بكرنفال تنشيطي", OPEN, "no own expression; the opening carnival of Fri 25 Dec 2015 (radionationale: 'انطلقت صباح اليوم بكرنفال')"),
    ev("evening-show", "العرض الفرجوي مساءً", OPEN, "'مساءً' of the opening day, Fri 25 Dec 2015"),
    ev("resignation", "أعلنت أمس الخميس استقالتها الجماعية", RESIGN, "'أمس الخميس' from Fri 25 Dec 2015 = Thu 24 Dec"),
])
art(S, "http://radionationale.tn/%d9%87%d9%8a%d8%a6%d8%a9-%d8%a7%d9%84%d9%85%d9%87%d8%b1%d8%ac%d8%a7%d9%86-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a-%d9%84%d9%84%d8%aa%d9%85%d9%88%d8%b1-%d8%aa%d8%b9%d8%af%d9%84-%d8%b9%d9%86-%d9%82%d8%b1/index.php",
    "2015-12-25", "no date on the stored page; the body's 'صباح اليوم الجمعة' for the retraction and 'انطلقت صباح اليوم' for the opening of the 32nd edition, which opened on Fri 25 Dec 2015 (radiotunisienne of 17 Dec: 25 - 28 Dec; espacemanager: 'اليوم الجمعة 25 ديسمبر 2015'), give Fri 25 Dec 2015; headline rendered from the URL slug; the stored excerpt ends in mid-sentence on the prime minister's visit, so that clause is dropped", False, """
هيئة المهرجان الدولي للتمور تعدل عن قرار الاستقالة
تراجعت الهيئة الإدارية للمهرجان الدولي للتمور في دورته ال32، صباح اليوم الجمعة، عن قرار الاستقالة الذي أقدمت عليه في ساعة متأخرة من ليلة البارحة، بسبب الإشكال الذي اعترضها في إيواء أعضاء الفرق الأجنبية المشاركة في إحياء فعاليات هذه الدورة، التي انطلقت صباح اليوم بكرنفال احتفالي طاف بأبرز شوارع المدينة وتتواصل إلى غاية يوم 28، بحسب ما أكده مديرها توفيق صوف.
وأضاف المصدر نفسه أن التراجع عن الاستقالة الجماعية التي حُرّرت ليلة البارحة جاء تحت ضغط المجتمع المدني، الذي دعا الهيئة إلى مواصلة عملها وإنجاح هذه الدورة التي تُعدّ من أهم المحطات الثقافية الشتوية في الجهة، وصار لها جمهور من ولايات عديدة.
وبيّن أن الهيئة وجدت نفسها في وضع لا إنساني بعد أن رفض القائمون على المعهد العالي للدراسات التكنولوجية إيواء ضيوف المهرجان القادمين من مصر والجزائر وليبيا في المبيت الجامعي بالمكان، رغم الاتفاق المبرم معهم على توفير 75 غرفة بالمبيت لاستقبالهم.
وأضاف أن المعهد تراجع عن التزامه تحت ضغط السلط الأمنية التي تستعمل هذه المؤسسة لإيواء التعزيزات الأمنية الوافدة على الجهة لتأمين التظاهرات الثقافية، على غرار المهرجان الدولي للصحراء والمهرجان الدولي للتمور.
""", [
    ev("resignation-withdrawn", "تراجعت الهيئة الإدارية للمهرجان الدولي للتمور", OPEN, "'صباح اليوم الجمعة' = Fri 25 Dec 2015"),
    ev("resignation", "الذي أقدمت عليه في ساعة متأخرة من ليلة البارحة", RESIGN, "'في ساعة متأخرة من ليلة البارحة' from Fri 25 Dec 2015 = late on Thu 24 Dec (espacemanager: 'أمس الخميس')"),
    ev("festival-opening", "التي انطلقت صباح اليوم", OPEN, "'صباح اليوم' = Fri 25 Dec 2015"),
    ev("carnival", "بكرنفال احتفالي طاف بأبرز شوارع المدينة", OPEN, "the opening carnival of the morning of Fri 25 Dec 2015"),
    ev("festival-32", "وتتواصل إلى غاية يوم 28", FEST[0], "'إلى غاية يوم 28' = the festival runs Fri 25 - Mon 28 Dec 2015", end=FEST[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 570)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

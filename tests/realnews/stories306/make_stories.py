"""Builds stories.jsonl: the 306-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: Ramadan measures (not the moon sighting): the Iraqi media
regulator's ban of the Ramadan series "Muawiya" on MBC Iraq and Iran's ban that followed (Iraq, March 2025),
the suspension of the Ramadan religious programme "Ansahouni" on Ennahar TV over the early zakat al-fitr fatwa
(Algeria, May 2020), the exceptional Eid al-Fitr holiday of Friday 12 April 2024 and the banks' five-day
closure (Morocco, April 2024), and the Libyan economy ministry's Ramadan price list and the price surge before
Ramadan (Libya, March-April 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-muawiya-series-ban-2025
S = "iraq-muawiya-series-ban-2025"
BAN = "2025-03-01"                          # the CMC's ban on MBC Iraq, Sat 1 Mar 2025
ORDER65 = ("2004-01-01", "2005-01-01")      # CPA / legislative order 65 of 2004 (year only in the texts)
RAMADAN = ("2025-03-01", "2025-03-30")      # Ramadan 1446 on MBC (1 Mar - 29 Mar 2025), the series' season
IRAN = ("2025-03-03", "2025-03-06")         # SATRA's ban (instruction of 13 Esfand 1403 = Mon 3 Mar), reported Wed 5 Mar
art(S, "http://mail.burathanews.com/arabic/news/457000",
    "2025-03-01", "body 'اليوم السبت (1 اذار 2025)' (kept; 1 Mar 2025 was a Saturday); headline kept from the page; the Telegram line and comment-form furniture dropped", True, """
هيئة الإعلام تؤكد منع بث مسلسل "معاوية" ضمن قناة MBC العراق
أعلنت هيئة الإعلام والاتصالات، اليوم السبت (1 اذار 2025)، تثبيت قرارها بمنع عرض مسلسل "معاوية" على قناة MBC العراق.
وقالت الهيئة في بيان إنها ستحول دون بث مسلسل معاوية على قناة MBC العراق، موضحة أن قرار المنع يستند إلى صلاحياتها القانونية المقررة في الأمر التشريعي 65 لسنة 2004 النافذ، وينبع من مسؤوليتها عن تنظيم قطاع الإعلام وضمان توافق المحتوى مع المعايير الوطنية والمهنية المعتمدة في العراق.
وتابعت أن عرض أعمال ذات طابع تاريخي خلافي قد يفضي إلى إثارة سجالات طائفية تهدد السلم المجتمعي وتمس النسيج الاجتماعي، ولا سيما خلال الشهر الفضيل، ودعت كل المؤسسات الإعلامية إلى التقيد بالمعايير المهنية والابتعاد عن بث ما قد يثير الفتن أو يحرض طائفيا.
وبيّنت الهيئة أنها وجهت كتابا رسميا إلى إدارة قناة MBC العراق في هذا الخصوص، وطالبتها بالالتزام بالقرار والامتناع عن عرض المسلسل، مؤكدة أنها ستلجأ إلى الإجراءات القانونية اللازمة بحق كل جهة تخالف الضوابط الإعلامية النافذة في البلاد.
""", [
    ev("cmc-ban", "تثبيت قرارها بمنع عرض مسلسل \"معاوية\"", BAN, "'اليوم السبت (1 اذار 2025)' (a Saturday)"),
    ev("order-65", "الأمر التشريعي 65 لسنة 2004", ORDER65[0], "'لسنة 2004' = the legislative order of 2004 (CPA Order 65); year only", end=ORDER65[1]),
    ev("media-call", "ودعت كل المؤسسات الإعلامية إلى التقيد بالمعايير المهنية", BAN, "no own expression; part of the statement of Sat 1 Mar 2025"),
    ev("letter-to-mbc", "وجهت كتابا رسميا إلى إدارة قناة MBC العراق", BAN, "no own expression; the letter sent with the decision of Sat 1 Mar 2025"),
])
art(S, "https://basrawe.com/%D9%87%D9%8A%D8%A6%D8%A9-%D8%A7%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%85-%D9%88%D8%A7%D9%84%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D8%AA%D9%85%D9%86%D8%B9-%D8%A8%D8%AB-%D9%85%D8%B3%D9%84%D8%B3%D9%84/",
    "2025-03-01", "byline 'محمد حسين العبوسي السبت 1 مارس 2025 - 16:40' (dropped from the text; 1 Mar 2025 was a Saturday); the body's 'اليوم السبت' agrees; headline kept from the page; image tags and the follow-us lines dropped; no date of its own in the text", False, """
هيئة الإعلام والاتصالات تمنع بث مسلسل "معاوية" على قناة MBC العراق
قررت هيئة الإعلام والاتصالات، اليوم السبت، منع عرض مسلسل "معاوية" على قناة MBC العراق، مؤكدة أن القرار يقوم على الصلاحيات القانونية التي يمنحها لها الأمر التشريعي 65 لسنة 2004 النافذ.
وأوضحت الهيئة، في بيان وصل إلى وكالة فيديو الإخبارية، أنها اتخذت القرار بعد تقييم مضمون المسلسل، فقررت عدم السماح بعرضه على القناة بسبب تجاوزات محتملة للضوابط الإعلامية المعمول بها في العراق.
وشددت على أن القرار ينسجم مع مهامها في تنظيم الإعلام وتوجيهه داخل البلاد، داعية إلى التقيد بالقوانين والأنظمة الخاصة بالبث لضمان عدم نشر ما قد يثير الفتنة أو يمس القيم الوطنية والدينية.
كما حثت الهيئة وسائل الإعلام كافة على التحلي بالمسؤولية في انتقاء ما تعرضه من محتوى، حفاظا على استقرار المجتمع وثقافته واحتراما للتنوع الديني والسياسي في العراق.
""", [
    ev("cmc-ban", "قررت هيئة الإعلام والاتصالات، اليوم السبت، منع عرض مسلسل", BAN, "'اليوم السبت' = Sat 1 Mar 2025 (the byline's day)"),
    ev("order-65", "الأمر التشريعي 65 لسنة 2004", ORDER65[0], "'لسنة 2004' = the legislative order of 2004; year only", end=ORDER65[1]),
    ev("media-call", "حثت الهيئة وسائل الإعلام كافة على التحلي بالمسؤولية", BAN, "no own expression; part of the statement of Sat 1 Mar 2025"),
])
art(S, "https://www.alhurra.com/iraq/2025/03/02/%D9%8A%D8%AB%D9%8A%D8%B1-%D8%A7%D9%84%D8%B3%D8%AC%D8%A7%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%B7%D8%A7%D8%A6%D9%81%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D9%85%D9%86%D8%B9-%D8%A8%D8%AB-%D9%85%D8%B3%D9%84%D8%B3%D9%84-%D9%85%D8%B9%D8%A7%D9%88%D9%8A%D8%A9",
    "2025-03-02", "date in the URL '/2025/03/02/' (2 Mar 2025 was a Sunday); the body's 'السبت' (the day before) agrees with the decision of Sat 1 Mar; headline rendered from the URL slug (the stored text has none); the embedded tweet and pic.twitter link dropped; no date of its own in the text", False, """
يثير السجالات الطائفية.. العراق يمنع بث مسلسل معاوية
قررت هيئة الإعلام والاتصالات العراقية، السبت، منع عرض مسلسل "معاوية" على قناة "أم بي سي العراق"، وبررت قرارها في بيان بأن العمل ذو طابع تاريخي خلافي قد يقود إلى إشعال السجالات الطائفية.
وأضافت أن عرض المسلسل قد يهدد السلم المجتمعي ويمس النسيج الاجتماعي، خاصة خلال شهر رمضان.
وذكر البيان، الذي نقلته وكالة الأنباء العراقية "واع"، أن المنع يقوم على صلاحيات الهيئة القانونية وعلى مسؤوليتها في تنظيم قطاع الإعلام وضمان مطابقة المحتوى للمعايير الوطنية والمهنية المعتمدة في العراق.
وأفادت الهيئة بأنها أخطرت إدارة "أم بي سي العراق" بالقرار.
وحذرت من أنها ستتخذ الإجراءات القانونية اللازمة ضد أي جهة تخالف الضوابط الإعلامية النافذة في البلاد.
ويثير المسلسل جدلا في العراق وفي بلدان أخرى منذ 2023، وتعرضه قناة "إم بي سي" السعودية في موسم رمضان 2025.
وقد حمل إعلانه الترويجي مشاهد لحروب وصراعات ملحمية، مستعينا بتقنيات متقدمة في المؤثرات البصرية وتصميم الأزياء، وهو ما زاد من الترقب للعمل.
""", [
    ev("cmc-ban", "قررت هيئة الإعلام والاتصالات العراقية، السبت، منع عرض مسلسل", BAN, "'السبت' from Sun 2 Mar 2025 = Sat 1 Mar 2025"),
    ev("letter-to-mbc", "أخطرت إدارة \"أم بي سي العراق\" بالقرار", BAN, "no own expression; the notice sent with the decision of Sat 1 Mar 2025"),
    ev("controversy-since-2023", "ويثير المسلسل جدلا في العراق وفي بلدان أخرى منذ 2023", "2023-01-01", "'منذ 2023' = from 2023 (the series was first announced for Ramadan 2023 and shelved) up to the report of Sun 2 Mar 2025", end="2025-03-03"),
    ev("mbc-airing", "وتعرضه قناة \"إم بي سي\" السعودية في موسم رمضان 2025", RAMADAN[0], "'موسم رمضان 2025' = Ramadan 1446, 1-29 Mar 2025 (Saudi calendar; Eid on Sun 30 Mar)", end=RAMADAN[1]),
])
art(S, "https://egy.cairo24.com/2173532",
    "2025-03-05", "article date line 'الأربعاء 05/مارس/2025 - 11:42 ص' (kept; 5 Mar 2025 was a Wednesday); the page's masthead date 'الخميس 20 مارس 2025' is the day of the stored copy, not of the article, and was dropped with the menu; headline kept from the page; the last, truncated word dropped", True, """
إيران تحظر بث ودبلجة مسلسل معاوية
الأربعاء 05/مارس/2025 - 11:42 ص
منعت إيران عرض مسلسل معاوية ودبلجته، وهو العمل الذي أنتجته قناة MBC وتعرضه خلال شهر رمضان الجاري.
ووفق وكالة الأنباء الرسمية إرنا، حظرت منظمة تنظيم وسائل الإعلام الصوتية والمرئية الشاملة في الفضاء الافتراضي (ساترا) دبلجة المسلسل ونشره على منصات الصوت والفيديو الشاملة، بما فيها الوسائط الموجهة للناشرين وتلك الموجهة للمستخدمين.
وأعلنت المنظمة منع نشر المسلسل في جميع وسائل الإعلام المرئية والصوتية الشاملة داخل البلاد، لأنه يقدم رواية جديدة عن حياة معاوية ويسعى إلى تبرئة آل بني أمية، وفق ما جاء في التقرير.
وأشارت الوكالة إلى أن المسلسل مُنع من النشر في بعض الدول الإسلامية مثل العراق، بدعوى أثره السلبي في خلق التوتر وتهديد التماسك الاجتماعي.
وأضافت أنه بناء على ذلك جرى حظر الدبلجة وأي شكل من أشكال نشر المسلسل، بطلب من منظمة (ساترا) إلى المنصات المرخصة من قبلها.
""", [
    ev("iran-ban", "منعت إيران عرض مسلسل معاوية ودبلجته", IRAN[0], "no own expression; SATRA's instruction to the platforms dated 13 Esfand 1403 = Mon 3 Mar 2025 (Tasnim; other pages mistranslate it as '13 مارس'), reported on Wed 5 Mar (my span 3-5 Mar)", end=IRAN[1]),
    ev("mbc-airing", "وتعرضه خلال شهر رمضان الجاري", RAMADAN[0], "'شهر رمضان الجاري' from Wed 5 Mar 2025 = Ramadan 1446, 1-29 Mar 2025", end=RAMADAN[1]),
    ev("cmc-ban", "مُنع من النشر في بعض الدول الإسلامية مثل العراق", BAN, "no own expression; Iraq's ban of Sat 1 Mar 2025"),
])

# ---------------------------------------------------------------- algeria-ennahar-ansahouni-suspension-2020
S = "algeria-ennahar-ansahouni-suspension-2020"
SUSP = "2020-05-21"                         # ARAV's summons and the programme's suspension, Thu 21 May 2020
FATWA = "2020-04-27"                        # the ministerial fatwa committee allows early zakat al-fitr, Mon 27 Apr 2020
EPISODE = "2020-05-18"                      # Bouroubi's episode, Mon 25 Ramadan 1441 = 18 May 2020 (ARAV)
art(S, "https://mail.marebpress.com/news_details.php?lng=arabic&sid=163829",
    "2020-05-21", "page date line 'الخميس 21 مايو 2020 الساعة 11 مساءً' (kept; 21 May 2020 was a Thursday); the source tag 'مأرب برس - وكالات' and the read counter dropped; headline kept from the page", True, """
توقيف بث برنامج ديني إثر فتوى بشأن زكاة الفطر
الخميس 21 مايو 2020 الساعة 11 مساءً
استدعت سلطة ضبط السمعي البصري، الهيئة الرسمية التي تراقب نشاط القنوات في الجزائر، مديرة قناة "النهار" بعد بث ما وصفته بـ"مخالفات خطيرة" تتعلق بزكاة الفطر.
وأوضحت الهيئة أن المخالفات تخص برنامج "انصحوني" الذي يقدمه الشيخ شمس الدين بوروبي، وهو ما دفع القناة إلى إيقاف البرنامج.
وكان الشيخ شمس الدين قد أفتى بأن تعجيل دفع زكاة الفطر غير جائز، معتبرا أنها تصبح بذلك مجرد صدقة ويتعين إخراجها من جديد بنية زكاة الفطر، وهو رأي يخالف فتوى لجنة الفتوى التابعة لوزارة الشؤون الدينية التي أجازت تعجيل دفعها.
وسبق لسلطة ضبط السمعي البصري أن استدعت في وقت سابق مسؤولي 3 قنوات تلفزيونية خاصة محلية، لمساءلتهم عن محتوى برامج أغضبت المشاهدين خلال شهر رمضان.
""", [
    ev("arav-summons", "استدعت سلطة ضبط السمعي البصري، الهيئة الرسمية", SUSP, "no own expression; the ARAV statement of Thu 21 May 2020 (the page line)"),
    ev("programme-suspended", "وهو ما دفع القناة إلى إيقاف البرنامج", SUSP, "no own expression; the suspension announced on Thu 21 May 2020"),
    ev("bouroubi-fatwa", "وكان الشيخ شمس الدين قد أفتى بأن تعجيل دفع زكاة الفطر غير جائز", EPISODE, "no own expression ('كان ... قد أفتى'); the episode of Mon 25 Ramadan 1441 = 18 May 2020 named in ARAV's statement of 1 Jun 2020 (outside knowledge)"),
    ev("ministry-fatwa", "فتوى لجنة الفتوى التابعة لوزارة الشؤون الدينية التي أجازت تعجيل دفعها", FATWA, "no own expression; the committee's fatwa of Mon 27 Apr 2020 (arabicpost: 'وفي 27 أبريل/نيسان 2020')"),
    ev("earlier-summons", "أن استدعت في وقت سابق مسؤولي 3 قنوات تلفزيونية", "2020-04-24", "'في وقت سابق' ... 'خلال شهر رمضان' = earlier in Ramadan 1441, which began on Fri 24 Apr 2020 in Algeria (my span 24 Apr - 20 May)", end="2020-05-21"),
])
art(S, "https://arabicpost.live/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2020/05/22/%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d8%aa%d9%88%d9%82%d9%81-%d8%a8%d8%b1%d9%86%d8%a7%d9%85%d8%ac%d8%a7%d9%8b-%d8%aa%d9%84%d9%81%d8%b2%d9%8a%d9%88%d9%86%d9%8a%d8%a7%d9%8b-%d8%b4%d9%87%d9%8a",
    "2020-05-22", "page stamp 'تم النشر: 2020/05/22 الساعة 06:59 بتوقيت غرينتش' (kept; 22 May 2020 was a Friday) and the URL '/2020/05/22/'; the repeated lead, the update stamp, the photo caption and the last, truncated sentence ('والأربعاء 2...') dropped; headline kept from the page", True, """
الجزائر توقف برنامجاً تلفزيونياً شهيراً بعدما طعن في فتوى لوزارة الشؤون الدينية حول زكاة الفطر
تم النشر: 2020/05/22 الساعة 06:59 بتوقيت غرينتش
أعلنت هيئة حكومية جزائرية، الخميس 21 مايو/أيار 2020، إيقاف بث برنامج ديني تلفزيوني ذائع الصيت، بسبب طعنه في فتوى رسمية تجيز تعجيل زكاة الفطر عن موعدها لمساعدة المتضررين من جائحة كورونا.
فقد أفادت "سلطة ضبط السمعي البصري"، الجهة المكلفة بمراقبة نشاط القنوات الفضائية في الجزائر، في بيان أصدرته، بأن رئيسها محمد لوبر استدعى مديرة قناة "النهار" الخاصة سعاد عزوز للاستماع إليها، إثر شكوى تلقاها من وزارة الشؤون الدينية بخصوص برنامج يشكك في فتوى تعجيل زكاة الفطر.
وفي 27 أبريل/نيسان 2020، كانت هيئة الفتوى بالوزارة قد أصدرت فتوى تسمح بإخراج زكاة الفطر مع بداية شهر رمضان بدل نهايته كما جرت العادة، مراعاةً للمصلحة التي فرضتها ظروف البلاد الاستثنائية جراء كورونا.
""", [
    ev("programme-suspended", "إيقاف بث برنامج ديني تلفزيوني ذائع الصيت", SUSP, "'الخميس 21 مايو/أيار 2020' (a Thursday)"),
    ev("arav-summons", "استدعى مديرة قناة \"النهار\" الخاصة سعاد عزوز", SUSP, "no own expression; the summons in the statement of Thu 21 May 2020"),
    ev("ministry-complaint", "إثر شكوى تلقاها من وزارة الشؤون الدينية", "2020-05-18", "no own expression; the ministry's complaint after the episode of Mon 18 May and before the summons of Thu 21 May 2020 (my span)", end="2020-05-22"),
    ev("ministry-fatwa", "كانت هيئة الفتوى بالوزارة قد أصدرت فتوى تسمح بإخراج زكاة الفطر", FATWA, "'وفي 27 أبريل/نيسان 2020' (a Monday)"),
])
art(S, "https://ultraalgeria.ultrasawt.com/%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D8%A8%D8%B1%D9%86%D8%A7%D9%85%D8%AC-%D8%A3%D8%B4%D9%87%D8%B1-%D9%85%D9%81%D8%AA%D9%8A-%D8%AA%D9%84%D9%81%D8%B2%D9%8A%D9%88%D9%86%D9%8A-%D9%81%D9%8A-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B5%D9%88%D8%AA/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2020-05-22", "page date line '22-مايو-2020' (kept; 22 May 2020 was a Friday); the photo caption, the byline 'فريق التحرير - الترا جزائر', the pull-quote sub-heading and the last, truncated words dropped; headline rendered from the URL slug (the stored text has none)", True, """
إيقاف برنامج أشهر مفتي تلفزيوني في الجزائر
22-مايو-2020
أدت فتوى أطلقها الشيخ شمس الدين بوروبي بشأن زكاة الفطر إلى وقف برنامج "انصحوني" الديني الذي يقدمه على قناة النهار، عقب شكوى تقدمت بها وزارة الشؤون الدينية.
وأفادت سلطة ضبط السمعي البصري في بيان بأنها استدعت مديرة قناة النهار إثر شكوى وصلتها من وزارة الشؤون الدينية والأوقاف، تتعلق بالتشكيك في فتوى جواز تعجيل زكاة الفطر بسبب الظرف الصحي الاستثنائي الذي تعيشه البلاد.
ونقل البيان عن مديرة قناة النهار أنها طلبت من مقدم الحصة أن يعتذر ويتراجع عن كلامه الذي عدّته خطرا وطعنا في مؤسسات الدولة وزرعا للشك وتشويشا على المجتمع، لكنه رفض بحسب قولها.
وذكرت أنها كانت قد منعت الشيخ شمس الدين بوروبي من قبل من تقديم حصة ينقض فيها فتوى إغلاق المساجد، بعد أن قررت الوزارة منع الصلاة فيها لما تنطوي عليه من خطر نقل العدوى.
وبيّنت سلطة الضبط أن مديرة القناة اعتذرت عما صدر عن مقدم حصة "انصحوني"، وأكدت احترام القناة للمرجعية الدينية الوطنية وللمصلحة العامة للبلاد.
""", [
    ev("programme-suspended", "إلى وقف برنامج \"انصحوني\" الديني", SUSP, "no own expression; the suspension announced by ARAV on Thu 21 May 2020"),
    ev("arav-summons", "بأنها استدعت مديرة قناة النهار", SUSP, "no own expression; the summons in the statement of Thu 21 May 2020"),
    ev("apology-refused", "لكنه رفض بحسب قولها", "2020-05-19", "no own expression; the director's request and Bouroubi's refusal came between the episode of Mon 18 May and the summons of Thu 21 May 2020 (my span 19-21 May)", end="2020-05-22"),
    ev("mosque-closure", "بعد أن قررت الوزارة منع الصلاة فيها", "2020-03-17", "no own expression; Algeria's suspension of prayers in the mosques, decided on Tue 17 Mar 2020 (outside knowledge)"),
    ev("channel-apology", "أن مديرة القناة اعتذرت عما صدر", SUSP, "no own expression; the apology recorded in the statement of Thu 21 May 2020"),
])
art(S, "https://www.maghrebvoices.com/latest-news/2020/05/22/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%AA%D9%88%D9%82%D9%8A%D9%81-%D8%A8%D8%B1%D9%86%D8%A7%D9%85%D8%AC-%D8%AF%D9%8A%D9%86%D9%8A-%D8%B4%D9%87%D9%8A%D8%B1-%D9%84%D9%85%D8%AE%D8%A7%D9%84%D9%81%D8%AA%D9%87-%D9%81%D8%AA%D9%88%D9%89-%D8%B1%D8%B3%D9%85%D9%8A%D8%A9",
    "2020-05-22", "date in the URL '/2020/05/22/' (22 May 2020 was a Friday); the body's 'أمس الخميس' agrees with the suspension of Thu 21 May; headline rendered from the URL slug (the stored text has none); the photo captions, the embedded Facebook posts and the last, truncated sentence dropped; no date of its own in the text", False, """
الجزائر.. توقيف برنامج ديني شهير لمخالفته فتوى رسمية
أوقفت قناة "النهار" الجزائرية، أمس الخميس، عرض برنامج "انصحوني" الذي يقدمه الشيخ شمس الدين بوروبي، على خلفية فتوى تخالف فتوى وزارة الشؤون الدينية بخصوص تعجيل إخراج الزكاة بسبب جائحة كورونا.
وذكر بيان لـ"سلطة ضبط السمعي البصري" أنها استدعت مسؤولة في قناة "النهار" بناء على شكوى من وزارة الشؤون الدينية، تتعلق ببث خروقات خطيرة تطعن في فتوى جواز تقديم زكاة الفطر في ظل الظرف الصحي الاستثنائي الذي تمر به البلاد.
وأوضح البيان أن المسؤولة اعتذرت للسلطة عما ورد في البرنامج الديني الشهير، وأعلنت إيقافه وإيقاف مقدمه الشيخ شمس الدين بشكل نهائي.
وأثار القرار تفاعلا على مواقع التواصل الاجتماعي في الجزائر، إذ علق أحد المدونين قائلا "في العهد الجديد حتى شمس الدين ومامنعش".
في حين عدد مغرد أبرز البرامج والأعمدة الصحفية التي غابت عن الإعلام الجزائري منذ شهر فبراير الماضي.
""", [
    ev("programme-suspended", "أوقفت قناة \"النهار\" الجزائرية، أمس الخميس، عرض برنامج", SUSP, "'أمس الخميس' from Fri 22 May 2020 = Thu 21 May 2020"),
    ev("arav-summons", "أنها استدعت مسؤولة في قناة \"النهار\"", SUSP, "no own expression; the summons in the statement of Thu 21 May 2020"),
    ev("channel-apology", "أن المسؤولة اعتذرت للسلطة", SUSP, "no own expression; the apology recorded in the statement of Thu 21 May 2020"),
    ev("social-reaction", "وأثار القرار تفاعلا على مواقع التواصل الاجتماعي في الجزائر", SUSP, "no own expression; the posts embedded in the page are dated Thursday 21 May 2020 (my span 21-22 May)", end="2020-05-23"),
    ev("programmes-gone-since-february", "غابت عن الإعلام الجزائري منذ شهر فبراير الماضي", "2020-02-01", "'منذ شهر فبراير الماضي' from Fri 22 May 2020 = since February 2020, up to the report", end="2020-05-23"),
])

# ---------------------------------------------------------------- morocco-eid-fitr-exceptional-holiday-2024
S = "morocco-eid-fitr-exceptional-holiday-2024"
COMM = "2024-04-04"                         # the Head of Government's communique, Thu 4 Apr 2024
HOLIDAY = "2024-04-12"                      # the exceptional holiday, Fri 12 Apr 2024
SHAWWAL = "2024-04-10"                      # 1 Shawwal 1445 in Morocco, Wed 10 Apr 2024 (announced Tue 9 Apr)
DECREE = "2005-07-20"                       # decree 2.05.916 of 13 Jumada II 1426 = 20 Jul 2005
art(S, "https://www.assahifa.com/?p=133957",
    "2024-04-04", "page date line 'الخميس 4 أبريل 2024 - 14:48' (kept; 4 Apr 2024 was a Thursday); the body's 'اليوم الخميس' agrees; the byline 'الصحيفة من الرباط' and an unrelated opinion teaser dropped; headline kept from the page", True, """
تعطيل إدارات الدولة والجماعات الترابية بصفة استثنائية عن العمل الجمعة المقبل إذا صادف فاتح شوال يوم الأربعاء
الخميس 4 أبريل 2024 - 14:48
أفادت رئاسة الحكومة، اليوم الخميس، بأنها قررت، بمناسبة عيد الفطر المبارك، أن تتوقف إدارات الدولة والجماعات الترابية عن العمل بصفة استثنائية يوم الجمعة 12 أبريل 2024، إذا وافق فاتح شوال يوم الأربعاء 10 أبريل 2024.
وجاء في بلاغ رئاسة الحكومة أنه، استنادا إلى المادة الثالثة من المرسوم رقم 2.05.916 الصادر في 13 من جمادى الآخرة 1426 (20 يوليو 2005)، كما وقع تغييره وتتميمه، تقرر أن تتعطل إدارات الدولة والجماعات الترابية استثنائيا يوم الجمعة 12 أبريل 2024، إذا صادف فاتح شوال يوم الأربعاء 10 أبريل 2024.
""", [
    ev("gov-communique", "أفادت رئاسة الحكومة، اليوم الخميس، بأنها قررت", COMM, "'اليوم الخميس' = Thu 4 Apr 2024 (the page line)"),
    ev("exceptional-holiday", "عن العمل بصفة استثنائية يوم الجمعة 12 أبريل 2024", HOLIDAY, "'يوم الجمعة 12 أبريل 2024' (a Friday); the condition was met (Eid on Wed 10 Apr)"),
    ev("first-shawwal", "إذا وافق فاتح شوال يوم الأربعاء 10 أبريل 2024", SHAWWAL, "'يوم الأربعاء 10 أبريل 2024'; the ministry of Habous confirmed on Tue 9 Apr that 1 Shawwal 1445 was Wed 10 Apr 2024"),
    ev("decree-2005", "المرسوم رقم 2.05.916 الصادر في 13 من جمادى الآخرة 1426 (20 يوليو 2005)", DECREE, "'13 من جمادى الآخرة 1426 (20 يوليو 2005)' (checked: the tabular Hijri date gives 20 Jul 2005)"),
])
art(S, "https://walaw.press/%D8%B1%D8%B3%D9%85%D9%8A%D8%A7.._%D8%B9%D8%B7%D9%84%D8%A9_%D8%A7%D8%B3%D8%AA%D8%AB%D9%86%D8%A7%D8%A6%D9%8A%D8%A9_%D8%A8%D9%85%D9%86%D8%A7%D8%B3%D8%A8%D8%A9_%D8%B9%D9%8A%D8%AF_%D8%A7%D9%84%D9%81%D8%B7%D8%B1/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/GLGRMRQQMMGM",
    "2024-04-04", "page date line 'الخميس 04 أبريل 2024 - 13:21' (kept; 4 Apr 2024 was a Thursday); the 'Zoom' and 'إقــــرأ المزيد' furniture dropped; headline kept from the page", True, """
رسميا.. عطلة استثنائية بمناسبة عيد الفطر
الخميس 04 أبريل 2024 - 13:21
كشفت الحكومة عن عطلة استثنائية بمناسبة عيد الفطر، تتمثل في إضافة يوم واحد إلى العطلة الرسمية المعتادة.
وبحسب بلاغ صادر عن رئاسة الحكومة، فقد تقرر، بمناسبة عيد الفطر المبارك، أن تتعطل إدارات الدولة والجماعات الترابية عن العمل بشكل استثنائي يوم الجمعة 12 أبريل 2024، في حال صادف فاتح شوال يوم الأربعاء 10 أبريل 2024.
وأشار البلاغ إلى أن هذا القرار يأتي تطبيقا لمقتضيات المادة الثالثة من المرسوم رقم 2.05.916 الصادر في 13 من جمادى الآخرة 1426 (20 يوليو 2005)، كما تم تغييره وتتميمه.
""", [
    ev("gov-communique", "كشفت الحكومة عن عطلة استثنائية بمناسبة عيد الفطر", COMM, "no own expression; the communique of Thu 4 Apr 2024 (the page line)"),
    ev("exceptional-holiday", "بشكل استثنائي يوم الجمعة 12 أبريل 2024", HOLIDAY, "'يوم الجمعة 12 أبريل 2024' (a Friday)"),
    ev("first-shawwal", "في حال صادف فاتح شوال يوم الأربعاء 10 أبريل 2024", SHAWWAL, "'يوم الأربعاء 10 أبريل 2024'; it was 1 Shawwal 1445 in Morocco"),
    ev("decree-2005", "المرسوم رقم 2.05.916 الصادر في 13 من جمادى الآخرة 1426 (20 يوليو 2005)", DECREE, "'13 من جمادى الآخرة 1426 (20 يوليو 2005)'"),
])
art(S, "https://marrakechpost.com/2024/04/04/%d8%b9%d9%8f%d8%b7%d9%84%d8%a9-%d8%a7%d8%b3%d8%aa%d8%ab%d9%86%d8%a7%d8%a6%d9%8a%d8%a9-%d8%a8%d9%85%d9%86%d8%a7%d8%b3%d8%a8%d8%a9-%d8%b9%d9%8a%d8%af-%d8%a7%d9%84%d9%81%d8%b7%d8%b1/",
    "2024-04-04", "date in the URL '/2024/04/04/' (4 Apr 2024 was a Thursday); the body's 'اليوم الخميس' agrees; the section tags and the related-articles box dropped; headline kept from the page; no date of its own in the text", False, """
عُطلة استثنائية بمناسبة عيد الفطر
قررت الحكومة منح المغاربة عطلة استثنائية يوم الجمعة 12 أبريل الجاري بمناسبة عيد الفطر المبارك.
وأوضح بلاغ صادر عن رئاسة الحكومة، اليوم الخميس، أن إدارات الدولة والجماعات الترابية ستتوقف عن العمل بصفة استثنائية يوم الجمعة 12 أبريل إن صادف فاتح شوال يوم الأربعاء 10 أبريل 2024.
وذكر البلاغ أن هذا الإجراء يستند إلى مقتضيات المادة الثالثة من المرسوم رقم 2.05.916 الصادر في 13 من جمادى الآخرة 1426 (20 يوليو 2005).
وبموجب هذا القرار الجديد، سترتفع أيام عطلة عيد الفطر إلى ثلاثة أيام إن صادف فاتح شوال يوم الأربعاء المقبل.
ويذكر أن رئاسة الحكومة سبق أن منحت بدورها عطلة استثنائية بمناسبة عيد الفطر المبارك للسنة الماضية.
""", [
    ev("exceptional-holiday", "منح المغاربة عطلة استثنائية يوم الجمعة 12 أبريل الجاري", HOLIDAY, "'يوم الجمعة 12 أبريل الجاري' from Thu 4 Apr 2024 = Fri 12 Apr 2024"),
    ev("gov-communique", "وأوضح بلاغ صادر عن رئاسة الحكومة، اليوم الخميس", COMM, "'اليوم الخميس' = Thu 4 Apr 2024"),
    ev("first-shawwal", "إن صادف فاتح شوال يوم الأربعاء 10 أبريل 2024", SHAWWAL, "'يوم الأربعاء 10 أبريل 2024'; it was 1 Shawwal 1445 in Morocco"),
    ev("three-day-holiday", "سترتفع أيام عطلة عيد الفطر إلى ثلاثة أيام", SHAWWAL, "no own day; Wed 10 (1 Shawwal), Thu 11 (2 Shawwal) and the exceptional Fri 12 Apr 2024 ('الأربعاء المقبل' = Wed 10 Apr)", end="2024-04-13"),
    ev("last-year-holiday", "عطلة استثنائية بمناسبة عيد الفطر المبارك للسنة الماضية", "2023-04-24", "'للسنة الماضية' = 2023; the exceptional Eid al-Fitr holiday of Mon 24 Apr 2023 (outside knowledge: alalam24)"),
])
art(S, "https://fesnews.net/483968/2024/04/06/",
    "2024-04-06", "date in the URL '/2024/04/06/' (6 Apr 2024 was a Saturday); the source line 'المصدر : فاس نيوز ميديا' dropped; headline kept from the page; no date of its own in the text", False, """
البنوك المغربية ستكون مغلقة لمدة 5 أيام
أفاد التجمع المهني لبنوك المغرب بأن يوم الجمعة 12 أبريل 2024 سيُمنح بشكل استثنائي يوم عطلة للقطاع البنكي بمناسبة عيد الفطر.
وأوضح التجمع في دورية أصدرها أن القرار اتُّخذ بعد مشاورات موسعة، وتقرر بموجبه اعتماد الجمعة المذكورة عطلة استثنائية للبنوك بمناسبة العيد.
وبناء على هذا الإعلان، ستبقى البنوك مغلقة من يوم الأربعاء إلى غاية نهاية يوم الأحد 14 أبريل.
وفي هذا الإطار، طلب التجمع من البنوك إخطار موظفيها وزبائنها بتوقف العمل خلال هذا اليوم.
كما دعا إلى اتخاذ ما يلزم لتوفير ما يكفي من الأموال لتموين الشبابيك الأوتوماتيكية في كل جهات المملكة، استجابة لطلبات السحب خلال فترة عيد الفطر.
وأوصى أيضا بتعبئة الموارد البشرية والتقنية الضرورية لضمان حسن اشتغال الصرافات الآلية والتدخل بسرعة عند وقوع أي عطل تقني.
""", [
    ev("bank-holiday", "يوم الجمعة 12 أبريل 2024 سيُمنح بشكل استثنائي يوم عطلة للقطاع البنكي", HOLIDAY, "'يوم الجمعة 12 أبريل 2024' (a Friday)"),
    ev("gpbm-circular", "وأوضح التجمع في دورية أصدرها", COMM, "no own expression; the GPBM circular came after the government's communique of Thu 4 Apr and before the report of Sat 6 Apr 2024 (my span 4-6 Apr)", end="2024-04-07"),
    ev("banks-closed", "ستبقى البنوك مغلقة من يوم الأربعاء إلى غاية نهاية يوم الأحد 14 أبريل", SHAWWAL, "'من يوم الأربعاء' = Wed 10 Apr (1 Shawwal) to 'نهاية يوم الأحد 14 أبريل' (inclusive), 2024", end="2024-04-15"),
])

# ---------------------------------------------------------------- libya-ramadan-price-controls-2022
S = "libya-ramadan-price-controls-2022"
CIRC = ("2022-03-23", "2022-03-27")         # the ministry's Ramadan price list, issued before Sat 26 Mar 2022 (my span 23-26 Mar)
RAMADAN_LY = "2022-04-02"                   # 1 Ramadan 1443 in Libya, Sat 2 Apr 2022
SURGE = ("2022-03-01", "2022-04-03")        # the price surge of March 2022 up to the start of Ramadan (my span)
art(S, "https://alsaaa24.com/2022/03/26/%d8%a7%d9%84%d8%ad%d9%88%d9%8a%d8%ac-%d9%8a%d8%aa%d9%81%d9%82%d8%af-%d8%a3%d8%b3%d8%b9%d8%a7%d8%b1-%d8%a7%d9%84%d9%85%d9%88%d8%a7%d8%af-%d8%a7%d9%84%d8%ba%d8%b0%d8%a7%d8%a6%d9%8a%d8%a9-%d9%81%d9%8a",
    "2022-03-26", "date in the URL '/2022/03/26/' (26 Mar 2022 was a Saturday); the body's 'اليوم السبت' agrees; the section tags dropped; headline kept from the page; no date of its own in the text", False, """
الحويج يتفقد أسعار المواد الغذائية في بعض الأسواق الليبية
زار وزير الاقتصاد والتجارة في حكومة الوحدة الوطنية المؤقتة، محمد الحويج، اليوم السبت، عددا من الأسواق في بلدية حي الأندلس بمدينة طرابلس، حيث اطلع على أسعار المواد الغذائية الأساسية.
وامتدت الزيارة إلى عدد من محلات الأدوات المنزلية والكهربائية، بصحبة مراقب الاقتصاد في بلدية حي الأندلس وجهاز الحرس البلدي.
وتجدر الإشارة إلى أن وزارة الاقتصاد والتجارة أصدرت منشورا يحدد أسعار السلع الغذائية خلال شهر رمضان، وطالبت فيه جميع أصحاب المحلات التجارية بعرض التسعيرة في مكان ظاهر ليتمكن المواطن من رؤيتها بوضوح، على أن يتولى مأمورو الضبط القضائي إغلاق المحلات غير الملتزمة بها.
وأوضح المنشور أن العمل بهذه الأسعار يسري ابتداء من تاريخ اليوم وحتى نهاية شهر رمضان، على أن يعاد النظر في استمرارها.
""", [
    ev("minister-inspection", "زار وزير الاقتصاد والتجارة في حكومة الوحدة الوطنية المؤقتة", "2022-03-26", "'اليوم السبت' = Sat 26 Mar 2022"),
    ev("price-circular", "أصدرت منشورا يحدد أسعار السلع الغذائية خلال شهر رمضان", CIRC[0], "no own expression; the circular was out before the Saturday 26 Mar 2022 visit (libyaakhbar stamps the decision 'March 2022'; my span 23-26 Mar)", end=CIRC[1]),
    ev("prices-in-force", "ابتداء من تاريخ اليوم وحتى نهاية شهر رمضان", CIRC[0], "'ابتداء من تاريخ اليوم' (the circular's day, my 23-26 Mar) 'وحتى نهاية شهر رمضان' = the end of Ramadan 1443 (Eid al-Fitr on Mon 2 May 2022 in Libya)", end="2022-05-02"),
])
art(S, "https://libyaalyoum.com/4355",
    "2022-03-27", "page date line 'في يوم 27 مارس، 2022 | بتوقيت 3:27 م' (kept; 27 Mar 2022 was a Sunday); the body's 'اليوم الأحد' agrees; the dateline 'طرابلس-ليبيا اليوم' dropped; headline kept from the page", True, """
رئيس المجلس الرئاسي يبحث مع وزير الإقتصاد وضع حلول عاجلة لإرتفاع الأسعار قبل رمضان
في يوم 27 مارس، 2022 | بتوقيت 3:27 م
ناقش رئيس المجلس الرئاسي محمد المنفي، اليوم الأحد، مع وزير الاقتصاد والتجارة محمد الحويج، الخطوات التي تتخذها الوزارة للحد من صعود أسعار المواد الأساسية والغذائية في السوق المحلية.
وتطرق المنفي مع الوزير إلى الضوابط التي وُضعت لضمان خفض أسعار السلع بالتنسيق مع الجهات المعنية، ولا سيما مع قرب حلول شهر رمضان المبارك، وشدد على ضرورة التعجيل بصرف علاوة غلاء المعيشة للمواطنين لإعانتهم على مواجهة الغلاء خلال هذا الشهر.
وأكد المنفي خلال اللقاء أهمية العمل العاجل على وضع آلية ملائمة لدعم السلع الأساسية وفق استراتيجية واضحة، تخفف الأعباء والمصاريف عن جميع الأسر الليبية في مختلف المدن والمناطق.
من جانبه، أبلغ وزير الاقتصاد والتجارة رئيس المجلس الرئاسي بأن الوزارة ستتخذ كل الإجراءات والتدابير الضرورية، بالتنسيق مع الأجهزة الضبطية والجهات ذات الصلة، للسيطرة على ارتفاع الأسعار في السوق المحلية، لافتا إلى أن اللجان المختصة تعمل على إيجاد أفضل السبل لضمان انسياب السلع وتوافرها للمستهلك بأسعار معقولة.
""", [
    ev("menfi-meeting", "ناقش رئيس المجلس الرئاسي محمد المنفي، اليوم الأحد", "2022-03-27", "'اليوم الأحد' (the page line 'في يوم 27 مارس، 2022', a Sunday)"),
    ev("price-surge", "للحد من صعود أسعار المواد الأساسية والغذائية", SURGE[0], "no own expression; the rise of March 2022 before Ramadan (my span 1 Mar - 2 Apr)", end=SURGE[1]),
    ev("price-circular", "الضوابط التي وُضعت لضمان خفض أسعار السلع", CIRC[0], "no own expression; the ministry's price list issued before Sat 26 Mar 2022 (my span 23-26 Mar)", end=CIRC[1]),
    ev("ramadan-start", "مع قرب حلول شهر رمضان المبارك", RAMADAN_LY, "'قرب حلول شهر رمضان' from Sun 27 Mar: Ramadan 1443 began on Sat 2 Apr 2022 in Libya"),
])
art(S, "http://alwasat.ly/news/libya/354433",
    "2022-04-02", "page byline 'القاهرة - بوابة الوسط السبت 02 أبريل 2022, 09:31 صباحا' (kept; 2 Apr 2022 was a Saturday); the frequency banner and the last, truncated quotation dropped; headline kept from the page", True, """
«بوابة الوسط» ترصد خارطة الغلاء في ليبيا مع حلول رمضان
القاهرة - بوابة الوسط السبت 02 أبريل 2022, 09:31 صباحا
تابعت «بوابة الوسط» على مدار الأسبوع الماضي خريطة موجة الغلاء التي أصابت السلع الأساسية في مدن ليبية مع حلول شهر رمضان المبارك، بالتزامن مع الأزمة العالمية الناجمة عن الحرب في أوكرانيا.
ووفق جولة قام بها مراسلو «بوابة الوسط» في عدة مدن ليبية بمختلف أنحاء البلاد، ارتفعت أسعار اللحوم بما يتراوح بين (5 و13 دينارًا)، وتضاعفت أسعار بعض السلع الأساسية كالدقيق والزيت ومعجون الطماطم، بينما خالفت سلع أخرى موجة الزيادات، مثل البيض والأرز اللذين تراجع سعرهما في طرابلس، والمكرونة والبيض اللذين انخفضا في زوارة، إضافة إلى تراجع أسعار التمور في الجنوب الليبي.
ويقول صالح علي، وهو مواطن من سبها، إن المواد الغذائية الأساسية تشهد ارتفاعا جنونيا، ومنها الزيت الضروري في الطهي الذي بلغ سعره نحو 15 دينارًا لزجاجة اللتر الواحد، بعدما كان لا يتجاوز خمسة دنانير في العام الماضي، مضيفا أن الأسرة قد تستهلك في رمضان زجاجة كاملة كل يومين.
وتذكر مبروكة الفلاني أنها قدمت لشراء احتياجات شهر رمضان فوجدت أسعار السلع كلها مرتفعة، كالدقيق والأجبان والعصائر.
""", [
    ev("price-survey", "ووفق جولة قام بها مراسلو «بوابة الوسط»", "2022-03-26", "'على مدار الأسبوع الماضي' from Sat 2 Apr 2022 = the week of 26 Mar - 1 Apr 2022", end="2022-04-02"),
    ev("price-surge", "خريطة موجة الغلاء التي أصابت السلع الأساسية في مدن ليبية", SURGE[0], "no own expression; the rise of March 2022 before Ramadan (my span 1 Mar - 2 Apr)", end=SURGE[1]),
    ev("ramadan-start", "مع حلول شهر رمضان المبارك", RAMADAN_LY, "'مع حلول شهر رمضان' on Sat 2 Apr 2022 = 1 Ramadan 1443 in Libya"),
    ev("ukraine-war", "الأزمة العالمية الناجمة عن الحرب في أوكرانيا", "2022-02-24", "no own expression; the war in Ukraine from Thu 24 Feb 2022, up to the report", end="2022-04-03"),
    ev("oil-price-last-year", "كان لا يتجاوز خمسة دنانير في العام الماضي", "2021-01-01", "'في العام الماضي' from 2022 = 2021 (year only)", end="2022-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 306
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 594-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: court verdicts against former officials or businessmen for
corruption (Algeria, Tunisia, Egypt, Iraq, Kuwait).
Stories: the Kuwaiti Court of Cassation's final verdict in the "army fund" case (Kuwait, November 2023), the
Iraqi integrity court's verdict against the former environment minister Sargon Lazar Sliwa (Iraq, November 2015),
and the Sidi M'hamed court's verdict against the businessman Ali Haddad, Ahmed Ouyahia and Abdelmalek Sellal
(Algeria, July 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kuwait-army-fund-cassation-verdict-2023
S = "kuwait-army-fund-cassation-verdict-2023"
VERDICT = "2023-11-26"                     # the Court of Cassation's final verdict, Sun 26 Nov 2023
RESIGN = "2019-11-14"                      # Sheikh Jaber al-Mubarak's government resigned on Thu 14 Nov 2019
NASSER = "2019-11-16"                      # Sheikh Nasser Sabah al-Ahmad's statement / documents, Sat 16 Nov 2019 ("two days after")
ACQUIT = ("2022-03-01", "2022-04-01")      # the ministers' court acquitted all defendants in March 2022
art(S, "https://akhbaar24.com/دوليات/bصندوق-الجيش-يقود-وزير-الدفاع-الكويتي-لالسجنb-48766",
    "2023-11-26", "no date line on the stored page; the body's 'اليوم الأحد' for the Court of Cassation's verdict, which was given on Sun 26 Nov 2023 (siasat.com: 'on Sunday, November 26'; 3rabmirror of Mon 27: 'أمس'), so the report is of that Sunday; the sub-heading dropped; headline rendered from the URL slug", False, """
«صندوق الجيش» يقود وزير الدفاع الكويتي للسجن
في سابقة تكاد تكون الأولى من نوعها، أصدرت محكمة التمييز الكويتية اليوم الأحد حكما بسجن وزير الدفاع والداخلية الأسبق خالد الجراح الصباح سبع سنوات مع الشغل، بتهم ترتبط بإساءة استعمال أموال صندوق الجيش.
وفي الحكم نفسه، امتنعت المحكمة عن النطق بعقوبة رئيس الوزراء الأسبق الشيخ جابر المبارك الصباح، لكنها ألزمته برد مبالغ مالية في تهم تتصل بإساءة استخدام أموال الصندوق.
وكان الشيخ جابر قد ترك رئاسة الوزراء مستقيلا في 2019، بعدما تولاها منذ 2011، إثر مساعي نواب لحجب الثقة عن الشيخ خالد الذي كان يتولى وزارة الداخلية حينها.
وبعد يومين من استقالة الحكومة، أصدر وزير الدفاع في ذلك الوقت الشيخ ناصر صباح الأحمد بيانا أكد فيه أن الحكومة استقالت تفاديا لمواجهة سوء إدارة صندوق الجيش الذي تبلغ قيمته نحو 240 مليون دينار (778.61 مليون دولار) قبل توليه المنصب.
وكان الشيخ جابر والشيخ خالد قد برئا من تهم إساءة استخدام أموال صندوق الجيش في مارس آذار 2022، غير أن القضية عادت من جديد بناء على طعن من الادعاء الكويتي.
""", [
    ev("cassation-verdict", "أصدرت محكمة التمييز الكويتية اليوم الأحد حكما بسجن وزير الدفاع والداخلية الأسبق", VERDICT, "'اليوم الأحد' = Sun 26 Nov 2023"),
    ev("jaber-refund-order", "امتنعت المحكمة عن النطق بعقوبة رئيس الوزراء الأسبق", VERDICT, "no own expression; part of the same verdict of Sun 26 Nov 2023"),
    ev("jaber-resignation", "وكان الشيخ جابر قد ترك رئاسة الوزراء مستقيلا في 2019", RESIGN, "'في 2019' only; the government of Sheikh Jaber al-Mubarak resigned on Thu 14 Nov 2019 (Nasser's statement 'two days after' is the 16 Nov 2019 of albaladnews)"),
    ev("nasser-revelation", "أصدر وزير الدفاع في ذلك الوقت الشيخ ناصر صباح الأحمد بيانا", NASSER, "'بعد يومين من استقالة الحكومة' = Sat 16 Nov 2019 (the date given by albaladnews and qatarajel for the revelation)"),
    ev("ministers-court-acquittal", "قد برئا من تهم إساءة استخدام أموال صندوق الجيش في مارس آذار 2022", ACQUIT[0], "'في مارس آذار 2022' = the month of March 2022 (the exact day, 7 or 8 March, differs between sources)", end=ACQUIT[1]),
])
art(S, "https://webs.thelevantnews.com/article/%D8%A7%D9%84%D8%B3%D8%AC%D9%86-%D9%84%D8%AE%D8%A7%D9%84%D8%AF-%D8%A7%D9%84%D8%AC%D8%B1%D8%A7%D8%AD-%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D8%A7%D9%84%D8%A3%D8%B3%D8%A8%D9%82-%D9%81%D9%8A-%D9%82%D8%B6%D9%8A%D8%A9-%D8%B5%D9%86%D8%AF%D9%88%D9%82-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA%D9%8Anovember-26,-2023,-10:07-am",
    "2023-11-26", "the page's address carries its time stamp 'november-26,-2023,-10:07-am' (Sun 26 Nov 2023, the day of the verdict); the body has no date of the verdict; the 'اقرأ المزيد' link dropped; the last, truncated sentence shortened; headline kept from the page", True, """
السجن لخالد الجراح وزير الدفاع الأسبق في قضية صندوق الجيش الكويتي
قضت محكمة التمييز الكويتية بسجن وزير الدفاع الأسبق خالد الجراح الصباح سبع سنوات مع الشغل، في تهم ذات صلة بـ"إساءة استخدام أموال صندوق الجيش"، حسبما أوردت وكالة رويترز.
ولم تنطق المحكمة بحكم في حق رئيس الوزراء السابق جابر المبارك الصباح، وألزمته بسداد مبالغ مالية مرتبطة بتهم إساءة استخدام أموال صندوق الجيش.
وكانت صحف كويتية قد ذكرت في ديسمبر 2021 أن الجراح، الذي تولى من قبل وزارة الداخلية وكان متهما في قضية فساد، نقل إلى مركز طبي للعلاج إثر وعكة صحية.
ووفق صحيفتي "الرأي" و"القبس"، جرى نقل الجراح، أحد المتهمين في قضية صندوق الجيش، من السجن المركزي إلى مركز صباح الأحمد للقلب في المستشفى الأميري.
وأفيد بأنه أصيب بنوبة قلبية استوجبت نقله إلى المستشفى، إذ شعر بتعب شديد فاستدعي طبيب السجن الذي قرر نقله إلى المركز لمتابعة علاجه.
وترجع بدايات قضية صندوق الجيش إلى عام 2019، حين كشف وزير الدفاع الكويتي الشيخ ناصر صباح الأحمد الصباح عن اختلاس تخطت قيمته 800 مليون دولار.
""", [
    ev("cassation-verdict", "قضت محكمة التمييز الكويتية بسجن وزير الدفاع الأسبق", VERDICT, "no own expression; the verdict of Sun 26 Nov 2023 (akhbaar24 'اليوم الأحد'), the day of the page's stamp"),
    ev("jaber-refund-order", "ولم تنطق المحكمة بحكم في حق رئيس الوزراء السابق", VERDICT, "no own expression; part of the verdict of Sun 26 Nov 2023"),
    ev("jarrah-hospital-transfer", "نقل إلى مركز طبي للعلاج إثر وعكة صحية", "2021-12-01", "'في ديسمبر 2021' = the month of December 2021 (the day is not given)", end="2022-01-01"),
    ev("nasser-revelation", "حين كشف وزير الدفاع الكويتي الشيخ ناصر صباح الأحمد الصباح عن اختلاس", NASSER, "'عام 2019' only; the revelation of Sat 16 Nov 2019 (albaladnews, qatarajel: 'في 16 نوفمبر (تشرين الثاني) 2019')"),
])
art(S, "https://ww1.3rabmirror.com/kuwait/%d8%a7%d9%84%d9%83%d9%88%d9%8a%d8%aa-%d8%a7%d9%84%d8%ad%d9%83%d9%85-%d8%b9%d9%84%d9%89-%d8%ae%d8%a7%d9%84%d8%af-%d8%a7%d9%84%d8%ac%d8%b1%d8%a7%d8%ad-7-%d8%b3%d9%86%d9%88%d8%a7%d8%aa-%d9%81%d9%8a/",
    "2023-11-27", "no date on the stored page; the page's 'أعلنت محكمة التمييز الكويتية أمس' (re-worded 'أصدرت ... أمس') for the verdict of Sun 26 Nov 2023 gives Mon 27 Nov 2023 (26 Nov 2023 was a Sunday); the last, truncated sentence shortened; headline kept from the page", False, """
الكويت: الحكم على خالد الجراح 7 سنوات في قضية أموال صندوق الجيش
في تطور جديد في قضية "صندوق الجيش" الكويتي، أصدرت محكمة التمييز الكويتية أمس أحكامها النهائية في هذه القضية البارزة.
وبينما امتنعت المحكمة عن النطق بعقوبة رئيس مجلس الوزراء الأسبق الشيخ جابر المبارك، فقد ألزمته برد أموال طائلة في إطار الاتهامات المتصلة بإساءة استخدام أموال "صندوق الجيش".
وفي التفاصيل، حكمت المحكمة بحبس وزير الدفاع السابق الشيخ خالد الجراح وعدد من المتهمين 7 سنوات مع الشغل والنفاذ بعد إدانتهم بتهم تخص سوء استعمال أموال "صندوق الجيش"، وغرمتهم مبلغا ضخما قدره 105 ملايين دينار كويتي (340.50 مليون دولار).
وفوق ذلك، يتعين عليهم رد ضعف هذا المبلغ، أي 681 مليون دولار، عن الأموال المستولى عليها.
كما رفضت المحكمة الكويتية النطق بعقوبة على رئيس الوزراء السابق الشيخ جابر المبارك الصباح في القضية، وألزمته بدفع غرامات مالية بسبب اتهامات بإساءة استخدام أموال هذا الصندوق المخصص لتقديم المساعدات المالية لمنتسبي الجيش الكويتي.
وفي عام 2019، استقال الشيخ جابر المبارك من منصب رئيس الوزراء الكويتي.
""", [
    ev("cassation-verdict", "أصدرت محكمة التمييز الكويتية أمس أحكامها النهائية", VERDICT, "'أمس' in an article of Mon 27 Nov 2023 = Sun 26 Nov"),
    ev("jaber-refund-order", "امتنعت المحكمة عن النطق بعقوبة رئيس مجلس الوزراء الأسبق", VERDICT, "no own expression; part of the verdict of Sun 26 Nov 2023"),
    ev("army-fund-fines", "وغرمتهم مبلغا ضخما قدره 105 ملايين دينار كويتي", VERDICT, "no own expression; the fines imposed by the verdict of Sun 26 Nov 2023"),
    ev("jaber-resignation", "وفي عام 2019، استقال الشيخ جابر المبارك", RESIGN, "'في عام 2019' only; the government's resignation of Thu 14 Nov 2019"),
])

# ---------------------------------------------------------------- iraq-sargon-sliwa-verdict-2015
S = "iraq-sargon-sliwa-verdict-2015"
SLIWA = "2015-11-05"                       # the Rusafa integrity court sentenced Sliwa on Thu 5 Nov 2015
MALAS = "2015-11-03"                       # warrants against the trade minister Malas Abdulkarim, Tue 3 Nov 2015
art(S, "https://www.aljazeera.net/news/arabic/2015/11/5/السجن-سنتين-لوزير-عراقي-سابق-بتهمة-الفساد",
    "2015-11-05", "the page's address carries its date 2015/11/5, and the body's 'اليوم الخميس' names the day of the verdict, Thu 5 Nov 2015; the photo and its caption dropped; the last, truncated sentence dropped; headline kept from the page", True, """
السجن سنتين لوزير عراقي سابق بتهمة الفساد
أصدرت محكمة عراقية -اليوم الخميس- حكما ابتدائيا بالحبس المشدد عامين مع غرامة مالية على وزير البيئة الأسبق سركون لازار صليوا بسبب "تورطه في قضايا فساد".
وأوضح رئيس محكمة جنايات النزاهة القاضي جمعة الساعدي في بيان أن المحكمة نظرت في دعوى تتعلق بصليوا حول تهم فساد، وأصدرت بحقه حكما حضوريا بالحبس المشدد عامين وغرامة قدرها 338 مليون دينار عراقي (قرابة ثلاثمئة ألف دولار)، مشيرا إلى أن صليوا مودع حاليا في السجن لقضاء محكوميته.
وفي السياق نفسه، أصدرت محكمة التحقيق المتخصصة بدعاوى النزاهة في العراق -الثلاثاء الماضي- أوامر قضائية ضد وزير التجارة ملاس محمد عبد الكريم وثمانية من مسؤولي الوزارة بتهم فساد تتصل بصفقة لاستيراد الأرز، إثر ثبوت عدم صلاحيته للاستهلاك البشري.
وكانت هيئة النزاهة العامة قد أعلنت في أغسطس/آب الماضي أنها أحالت ألفين و171 مسؤولا رفيعا، منهم 13 وزيرا، إلى محاكم الجنح والفساد، موضحة أن وزراء الدفاع والتجارة والكهرباء والنقل السابقين من بين المطلوبين للقضاء.
""", [
    ev("sliwa-verdict", "أصدرت محكمة عراقية -اليوم الخميس- حكما ابتدائيا", SLIWA, "'اليوم الخميس' = Thu 5 Nov 2015"),
    ev("saadi-statement", "وأوضح رئيس محكمة جنايات النزاهة القاضي جمعة الساعدي في بيان", SLIWA, "no own expression; the judge's statement announcing the verdict, Thu 5 Nov 2015"),
    ev("malas-warrants", "أوامر قضائية ضد وزير التجارة ملاس محمد عبد الكريم", MALAS, "'الثلاثاء الماضي' from Thu 5 Nov 2015 = Tue 3 Nov 2015"),
    ev("integrity-referrals", "قد أعلنت في أغسطس/آب الماضي أنها أحالت", "2015-08-01", "'في أغسطس/آب الماضي' from Nov 2015 = the month of August 2015", end="2015-09-01"),
])
art(S, "https://www.newlebanon.info/lebanon-now/233492/بغداد-حكم-بسجن-وزير-سابق",
    "2015-11-06", "no date on the stored page; the body's 'أصدرت محكمة عراقية ... أمس' for the verdict of Thu 5 Nov 2015 (aljazeera of 5 Nov: 'اليوم الخميس') gives Fri 6 Nov 2015; the second item of this round-up (rain halting the Ramadi operations) dropped; headline rendered from the URL slug", False, """
بغداد: حكم بسجن وزير سابق
أصدرت محكمة عراقية مختصة بقضايا الفساد، أمس، حكما بسجن وزير البيئة الأسبق سركون لازار صليوة سنتين بعد إدانته بالفساد، وألزمته بدفع 280 ألف دولار أميركي.
وذكر قاضي محكمة جنايات النزاهة جمعة الساعدي في بيان أن «المحكمة نظرت في دعوى تخص وزير البيئة الأسبق سركون لازار صليوة بشأن تهم تتعلق بالفساد»، مبينا أنه أصدر قرارا بسجنه سنتين، ومشيرا إلى أن «القرار صدر استنادا إلى المادة 340 من قانون العقوبات رقم 111 لسنة 1969».
يذكر أن صليوة كان يتولى حقيبة البيئة في حكومة نوري المالكي الأولى.
وكان القضاء قد أصدر قبل ايام مذكرة توقيف بحق وزير التجارة ملاس محمد عبد الكريم بتهم فساد مالي، إلا أنه تمكن من الهرب برا إلى إقليم كردستان العراق يوم صدور المذكرة، بعدما منعه جهاز المخابرات من السفر جوا من مطار بغداد.
""", [
    ev("sliwa-verdict", "أصدرت محكمة عراقية مختصة بقضايا الفساد، أمس", SLIWA, "'أمس' in an article of Fri 6 Nov 2015 = Thu 5 Nov"),
    ev("saadi-statement", "وذكر قاضي محكمة جنايات النزاهة جمعة الساعدي في بيان", SLIWA, "no own expression; the judge's statement of Thu 5 Nov 2015"),
    ev("malas-warrants", "قد أصدر قبل ايام مذكرة توقيف بحق وزير التجارة", MALAS, "'قبل ايام' = Tue 3 Nov 2015 (aljazeera of 5 Nov: 'الثلاثاء الماضي')"),
    ev("malas-airport-ban", "بعدما منعه جهاز المخابرات من السفر جوا من مطار بغداد", MALAS, "no own expression; on the day of the warrant, Tue 3 Nov 2015"),
    ev("malas-flight-kurdistan", "تمكن من الهرب برا إلى إقليم كردستان العراق يوم صدور المذكرة", MALAS, "'يوم صدور المذكرة' = the day of the warrant, Tue 3 Nov 2015"),
])
art(S, "https://www.alsumaria.tv/news/politics/150998/الحركة-الأشورية-تصف-قرار-جنايات-النزاهة-بحق-صليوه-بـالمجحف",
    "2015-11-06", "the page's date line '2015-11-06 | 04:53' (Fri 6 Nov 2015), and the body's 'الجمعة' for the statement of the Assyrian Democratic Movement; the site name and author line dropped; the repeated lead dropped; the last, truncated sentence of the statement shortened; headline kept from the page", True, """
الحركة الأشورية تصف قرار جنايات النزاهة بحق صليوه بـ"المجحف"
اعتبرت الحركة الديمقراطية الأشورية، الجمعة، أن قرار محكمة جنايات النزاهة بحق وزير البيئة الأسبق سركون لازار صليوه "مجحف وغير منصف"، مؤكدة أن المبلغ الوارد في القضية دفع لتغطية إيجار المقر البديل للوزارة لا إيجار منزل الوزير.
وذكر المكتب السياسي للحركة في بيان صحافي تلقت السومرية نيوز نسخة منه أن "محكمة جنايات النزاهة في الرصافة الثانية أصدرت حكما بالحبس المشدد سنتين بحق وزير البيئة الأسبق سركون لازار صليوه في تهم تتعلق بالفساد"، مبينا أن "المحكمة ألزمت المدان بدفع (٣٣٨) مليون دينار إلى خزينة الدولة، وهو مودع الآن في الحبس بحسب رئيس المحكمة القاضي جمعة الساعدي، الذي نعلن تحفظنا على تصريحاته في الإعلام ونؤكد ضرورة صون أسرار المهنة".
وأضاف المكتب: "إحقاقا للحقيقة والإنصاف نوضح أنه بعد تسلم القيادي في الحركة الديمقراطية الأشورية سركون لازار صليوه مهامه وزيرا للبيئة عام 2010 تواصلت الصراعات والتنافس على السلطة والنفوذ بين الوكيل الفني والمفتش العام ومنذ ٢٠٠٧".
""", [
    ev("adm-statement", "اعتبرت الحركة الديمقراطية الأشورية، الجمعة", "2015-11-06", "'الجمعة' = Fri 6 Nov 2015, the day of the page's date line"),
    ev("sliwa-verdict", "أصدرت حكما بالحبس المشدد سنتين بحق وزير البيئة الأسبق", SLIWA, "no own expression; the verdict of Thu 5 Nov 2015 (aljazeera 'اليوم الخميس')"),
    ev("sliwa-took-office", "مهامه وزيرا للبيئة عام 2010", "2010-12-21", "'عام 2010' only; Sliwa took office with the second Maliki government, approved by parliament on Tue 21 Dec 2010"),
])

# ---------------------------------------------------------------- algeria-ali-haddad-verdict-2020
S = "algeria-ali-haddad-verdict-2020"
HADDAD = "2020-07-01"                      # the Sidi M'hamed court's verdict, Wed 1 Jul 2020
art(S, "https://www.akhbartime.com/12-%d8%b3%d9%86%d8%a9-%d9%84%d9%83%d9%84-%d9%85%d9%86%d9%87%d9%85%d8%a7-%d8%a5%d8%af%d8%a7%d9%86%d8%a9-%d8%b1%d8%a6%d9%8a%d8%b3%d9%8a-%d8%a7%d9%84%d9%88%d8%b2%d8%b1%d8%a7%d8%a1-%d8%a7%d9%84%d8%a3/",
    "2020-07-01", "no date on the stored page; the body's 'اليوم الأربعاء' for the verdict, which was given on Wed 1 Jul 2020 (1 Jul 2020 was a Wednesday; cap24 of Thu 2 Jul: 'أمس'; sahafatbladi's address 2020/07/01), so the report is of that Wednesday; headline rendered from the (truncated) URL slug", False, """
12 سنة لكل منهما.. إدانة رئيسي الوزراء الأسبقين في الجزائر
حكم القضاء الجزائري اليوم الأربعاء على رئيسي الوزراء الأسبقين "عبد المالك سلال" و"أحمد أويحيى" بالسجن 12 سنة لكل منهما في قضايا مرتبطة بالفساد.
وفي السياق ذاته، صدر حكم بسجن رجل الأعمال "علي حداد"، الرئيس السابق لمنتدى رجال الأعمال والمقرب من الرئيس المعزول "عبد العزيز بوتفليقة"، 18 عاما مع غرامة مالية قدرها 8 ملايين دينار، فضلا عن مصادرة أملاكه.
وجاء ذلك إثر إدانته بتهم تتصل باستفادته من امتيازات جمركية وعقارية وحصوله على 125 صفقة عمومية بشكل غير قانوني.
""", [
    ev("ouyahia-sellal-12-years", "حكم القضاء الجزائري اليوم الأربعاء على رئيسي الوزراء الأسبقين", HADDAD, "'اليوم الأربعاء' = Wed 1 Jul 2020"),
    ev("haddad-18-years", "صدر حكم بسجن رجل الأعمال \"علي حداد\"", HADDAD, "no own expression; the same verdict of Wed 1 Jul 2020"),
    ev("haddad-assets-confiscated", "فضلا عن مصادرة أملاكه", HADDAD, "no own expression; ordered by the verdict of Wed 1 Jul 2020"),
])
art(S, "https://sahafatbladi.com/51482/2020/07/01",
    "2020-07-01", "the page's address carries its date 2020/07/01 (Wed 1 Jul 2020, the day of the verdict); the body has no date; headline written from the body (the stored text has none)", True, """
إدانة علي حداد بـ18 سنة سجنا نافذا ومصادرة أملاكه
دانت محكمة سيدي امحمد في العاصمة الجزائرية رجل الأعمال المعروف علي حداد بالسجن 18 سنة نافذة، مع مصادرة جميع أملاكه.
وصدرت إدانة حداد على خلفية عدة تهم مرتبطة بالفساد، منها الإثراء غير المشروع، إلى جانب 4 من إخوته.
وكانت المحكمة نفسها قد حكمت على رئيسي الحكومة السابقين أحمد أويحيى وعبد المالك سلال بـ 12 سنة نافذة لكل منهما.
وتجدر الإشارة إلى أن الجزائر تشهد سلسلة من المحاكمات التي تطال مسؤولين ورجال أعمال سابقين.
""", [
    ev("haddad-18-years", "دانت محكمة سيدي امحمد في العاصمة الجزائرية رجل الأعمال المعروف علي حداد", HADDAD, "no own expression; the verdict of Wed 1 Jul 2020, the date of the page's address"),
    ev("haddad-assets-confiscated", "مع مصادرة جميع أملاكه", HADDAD, "no own expression; ordered by the verdict of Wed 1 Jul 2020"),
    ev("haddad-brothers-convicted", "إلى جانب 4 من إخوته", HADDAD, "no own expression; the brothers were sentenced in the same verdict, Wed 1 Jul 2020"),
    ev("ouyahia-sellal-12-years", "قد حكمت على رئيسي الحكومة السابقين أحمد أويحيى وعبد المالك سلال", HADDAD, "no own expression; the same verdict of Wed 1 Jul 2020 (akhbartime 'اليوم الأربعاء')"),
])
art(S, "https://maghress.com/cap24/148028",
    "2020-07-02", "no date on the stored page; the body's 'قضت محكمة سيدي أمحمد ... أمس' for the verdict of Wed 1 Jul 2020 gives Thu 2 Jul 2020 (a cap24 report carried by maghress); headline written from the body (the stored text has none)", False, """
الجزائر: السجن 18 عاما لعلي حداد و12 عاما لأويحيى وسلال
قضت محكمة سيدي أمحمد بالعاصمة الجزائرية، أمس، بالسجن 18 عاما على رجل الأعمال علي حداد وعلى عدد من المسؤولين الجزائريين السابقين، بحسب ما أكده أحد محامي الدفاع في تصريح صحافي.
وذكر المحامي خالد بورايو أن علي حداد، الرئيس السابق لمنتدى رؤساء المؤسسات، أدين بـ18 سنة سجنا نافذا وبغرامة مقدارها 8 ملايين دينار جزائري، كما قضت المحكمة أيضا بمصادرة ممتلكاته.
وأضاف المصدر نفسه أن إخوة علي حداد، محمد وعمر وسفيان ومزيان، صدر بحقهم حكم بـ4 سنوات حبسا نافذا وبغرامة قدرها 8 ملايين دينار جزائري لكل منهم، مع مصادرة ممتلكاتهم.
أما الوزيران الأولان السابقان أحمد أويحيى وعبد المالك سلال، فقد صدر بحقهما حكم بـ12 سنة سجنا نافذا وبغرامة تبلغ مليون دينار جزائري، يضيف المصدر.
وفي الملف ذاته، أدانت المحكمة ثمانية وزراء سابقين، هم عبد القادر قاضي (5 سنوات سجنا)، وبوجمعة طلعي وعمارة بن يونس وعبد الغني زعلان (3 سنوات)، وعمار غول (10 سنوات)، ومحجوب بدة ويوسف يوسفي (سنتان)، وعبد السلام بوشوارب بـ20 سنة سجنا غيابيا.
وتتعلق القضية بتهم تبييض الأموال، والضغط على موظفين عموميين وتحريضهم للحصول على مزايا غير مستحقة، والتمويل الخفي لحملة انتخابية.
""", [
    ev("haddad-18-years", "قضت محكمة سيدي أمحمد بالعاصمة الجزائرية، أمس، بالسجن 18 عاما", HADDAD, "'أمس' in an article of Thu 2 Jul 2020 = Wed 1 Jul"),
    ev("haddad-assets-confiscated", "كما قضت المحكمة أيضا بمصادرة ممتلكاته", HADDAD, "no own expression; part of the verdict of Wed 1 Jul 2020"),
    ev("haddad-brothers-convicted", "صدر بحقهم حكم بـ4 سنوات حبسا نافذا", HADDAD, "no own expression; part of the verdict of Wed 1 Jul 2020"),
    ev("ouyahia-sellal-12-years", "فقد صدر بحقهما حكم بـ12 سنة سجنا نافذا", HADDAD, "no own expression; part of the verdict of Wed 1 Jul 2020"),
    ev("ministers-convicted", "أدانت المحكمة ثمانية وزراء سابقين", HADDAD, "no own expression; part of the verdict of Wed 1 Jul 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 594
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

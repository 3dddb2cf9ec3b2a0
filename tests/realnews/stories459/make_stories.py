"""Builds stories.jsonl: the 459-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: aviation incidents: emergency landings, diverted flights,
airport closures.
Stories: the closure of Copenhagen airport by unidentified drones and the following closures of Aalborg airport
(Denmark, September 2025); the severe turbulence on Singapore Airlines flight SQ321 and its emergency landing in
Bangkok (Thailand, May 2024); the brake failure of Kuwait Airways flight KU417 before take-off at Kuwait
International Airport (Kuwait, November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- denmark-copenhagen-airport-drones-2025
S = "denmark-copenhagen-airport-drones-2025"
CPH_CLOSED = "2025-09-22"                  # Copenhagen airport closed on Mon 22 Sep 2025 from about 20:30 for some four hours
TUE = "2025-09-23"                         # Frederiksen's statement and the police briefing, Tue 23 Sep 2025
AAL_1 = "2025-09-24"                       # Aalborg airport closed on the evening of Wed 24 Sep 2025
AAL_2 = "2025-09-25"                       # Aalborg closed again about 23:40 on Thu 25 Sep 2025
AAL_2_REOPEN = "2025-09-26"                # ... and reopened about 00:35 on Fri 26 Sep 2025
art(S, "https://www.annahar.com/international/Europe/245825/%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D9%85%D8%B7%D8%A7%D8%B1-%D9%83%D9%88%D8%A8%D9%86%D9%87%D8%A7%D8%BA%D9%86-%D8%A5%D8%AB%D8%B1-%D8%B1%D8%B5%D8%AF-%D8%AA%D8%AD%D9%84%D9%8A%D9%82-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A7%D8%AA-%D9%85%D8%B3%D9%8A%D8%B1%D8%A9-%D9%82%D8%B1%D8%A8%D9%87",
    "2025-09-23", "date line on the page 'أوروبا 23-09-2025 | 01:09' (Beirut time, a few hours after the closure of Mon 22 Sep 2025); the standfirst quotation repeated above the body, the photo captions and the tags dropped; headline kept from the page", True, """
إغلاق مطار كوبنهاغن إثر رصد تحليق طائرات مسيّرة قربه
أغلق مطار كوبنهاغن أبوابه الإثنين إثر رصد طائرات مسيّرة مجهولة المصدر تحلق بالقرب من مجاله الجوي، ما اضطر السلطات إلى تحويل مسار نحو 15 رحلة جوية، وفق ما ذكره مسؤولون في الشرطة والمطار لوكالة "فرانس برس".
وأفادت المتحدثة باسم المطار ليز أغيرلي كورستين بأن "الأجواء فوق مطار كوبنهاغن مغلقة منذ الساعة 20,30 (18,30 ت غ) بسبب تحليق طائرتين أو ثلاث طائرات مسيّرة لم تُعرف هويتها".
وتابعت: "لا يُسمح لأي طائرة بأن تقلع من المطار أو تهبط فيه".
وبيّنت المتحدثة أن قرابة 15 رحلة جوية حُوّلت إلى مطارات أخرى.
في المقابل، ذكرت شرطة كوبنهاغن أنها رصدت "ثلاث أو أربع طائرات مسيّرة كبيرة" في سماء المطار.
ولم يكن في وسع الشرطة في الحال أن تحدد إن كانت هذه المسيّرات عسكرية أو مدنية.
""", [
    ev("copenhagen-closure", "أغلق مطار كوبنهاغن أبوابه الإثنين", CPH_CLOSED, "'الإثنين' in an article of Tue 23 Sep 2025 (01:09) = Mon 22 Sep 2025"),
    ev("flights-diverted", "تحويل مسار نحو 15 رحلة جوية", CPH_CLOSED, "no own day; the diversions during the closure of Mon 22 Sep 2025 evening"),
    ev("airport-spokesperson-statement", "وأفادت المتحدثة باسم المطار ليز أغيرلي كورستين", CPH_CLOSED, "no own day; said during the closure ('مغلقة منذ الساعة 20,30'), on the evening of Mon 22 Sep 2025"),
    ev("police-drones-sighted", "ذكرت شرطة كوبنهاغن أنها رصدت", CPH_CLOSED, "no own day; the police report of the sighting on the evening of Mon 22 Sep 2025"),
])
art(S, "https://raiseyasi.com/%d8%a7%d9%84%d8%af%d9%86%d9%85%d8%a7%d8%b1%d9%83-%d9%85%d9%8f%d8%b4%d8%ba%d9%90%d9%91%d9%84-%d8%b9%d8%a7%d9%84%d9%8a-%d8%a7%d9%84%d9%82%d8%af%d8%b1%d8%a7%d8%aa-%d9%88%d8%b1%d8%a7%d8%a1",
    "2025-09-23", "no date line in the stored text; the body's 'اليوم (الثلاثاء)' for Frederiksen's statement and 'أمس' for the closure of Mon 22 Sep 2025 give Tue 23 Sep 2025 (the same statement is dated 'الثلاثاء 23 سبتمبر 2025' by shorouknews and dw.com); section tag dropped; headline kept from the page; the last, truncated sentence completed ('مدة 3 ساع' -> 'مدة 3 ساعات')", False, """
الدنمارك: «مُشغِّل عالي القدرات» وراء «أخطر هجوم على البنية التحتية»
صرّحت رئيسة الوزراء الدنماركية مته فريدريكسن، اليوم (الثلاثاء)، بأن المسيّرات التي شلّت حركة مطار كوبنهاغن تشكّل «أخطر اعتداء على البنية التحتية الحيوية في الدنمارك حتى الآن»، وفق ما نقلته وكالة «ريتساو» الدنماركية للأنباء.
بدورها، أعلنت الشرطة الدنماركية، اليوم، أن «مشغّلاً يملك قدرات عالية» على ما يبدو هو من أطلق المسيّرات التي أدت إلى إغلاق أكبر مطارات البلاد، أمس، بهدف استعراض بعض قدراته، مشيرة إلى أنها لم تتعرف بعد على هوية أي مشتبه به.
وكان مطارا كوبنهاغن وأوسلو، الأكثر ازدحاماً في دول الشمال الأوروبي، قد أُغلقا لساعات إثر رصد مسيّرات في أجوائهما في وقت متأخر من أمس، فعلق عشرات الآلاف من المسافرين بعد تحويل مسارات رحلات عدة.
وصرّح قائد الشرطة الدنماركية ينس جيسبرسن للصحافيين، اليوم، متحدثاً عن مسيّرات كوبنهاغن: «انتهينا إلى أن ما جرى هو ما يمكن وصفه بمشغّل عالي القدرات».
وبيّن مسؤولون أن مطار كوبنهاغن ظل مغلقاً أربع ساعات بعدما شوهدت طائرتان أو ثلاث طائرات مسيّرة كبيرة تحلق قربه، في حين أُغلق مطار أوسلو مدة 3 ساعات.
""", [
    ev("frederiksen-statement", "صرّحت رئيسة الوزراء الدنماركية مته فريدريكسن، اليوم (الثلاثاء)", TUE, "'اليوم (الثلاثاء)' = Tue 23 Sep 2025"),
    ev("police-capable-operator", "بدورها، أعلنت الشرطة الدنماركية، اليوم", TUE, "'اليوم' = Tue 23 Sep 2025 (the police briefing of Jens Jespersen, 'اليوم' again below)"),
    ev("copenhagen-closure", "أدت إلى إغلاق أكبر مطارات البلاد، أمس", CPH_CLOSED, "'أمس' from Tue 23 Sep 2025 = Mon 22 Sep"),
    ev("flights-diverted", "بعد تحويل مسارات رحلات عدة", CPH_CLOSED, "no own day; the diversions during the closure 'في وقت متأخر من أمس' = late on Mon 22 Sep 2025"),
    ev("oslo-closure", "أُغلق مطار أوسلو مدة 3 ساعات", CPH_CLOSED, "no own day; Oslo closed late on Mon 22 Sep into the early hours of Tue 23 Sep 2025 ('في وقت متأخر من أمس'; NRK via aletihad: early Tuesday), my span Mon 22 - Tue 23", end="2025-09-24"),
])
art(S, "https://www.lebanon24.com/news/world-news/1421199/%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A2%D9%84%D8%A8%D9%88%D8%B1%D8%BA-%D9%81%D9%8A-%D8%A7%D9%84%D8%AF%D9%86%D9%85%D8%A7%D8%B1%D9%83-%D9%85%D8%A7-%D8%A7%D9%84%D8%B3%D8%A8%D8%A8%D8%9F",
    "2025-09-24", "date line on the page 'Lebanon 24 / 24-09-2025 | 23:20'; the body's 'مساء الأربعاء' is the same evening (24 Sep 2025 was a Wednesday); image file names and tag list dropped; headline kept from the page", True, """
إغلاق مطار آلبورغ في الدنمارك.. ما السبب؟
ذكر موقع Flightradar24 المتخصص في تتبع حركة الملاحة الجوية أن مطار مدينة آلبورغ الدنماركية أُغلق جراء تحليق طائرات مسيّرة مجهولة في أجوائه، مساء الأربعاء.
ولفت الموقع إلى أن 3 رحلات جوية حُوّلت إلى مطارات أخرى إثر إغلاق المطار.
ويُعد هذا ثاني حادث من نوعه تشهده الدنمارك هذا الأسبوع، إذ أُغلق مطار كوبنهاغن لعدة ساعات مساء الاثنين 22 أيلول بعد رصد طائرات مسيّرة في الأجواء فوق المطار. (روسيا اليوم)
""", [
    ev("aalborg-first-closure", "أُغلق جراء تحليق طائرات مسيّرة مجهولة في أجوائه، مساء الأربعاء", AAL_1, "'مساء الأربعاء' in an article of Wed 24 Sep 2025 (23:20) = that evening"),
    ev("aalborg-diversions", "3 رحلات جوية حُوّلت إلى مطارات أخرى", AAL_1, "no own day; the diversions during the closure of Wed 24 Sep 2025 evening"),
    ev("copenhagen-closure", "إذ أُغلق مطار كوبنهاغن لعدة ساعات مساء الاثنين 22 أيلول", CPH_CLOSED, "'مساء الاثنين 22 أيلول' = Mon 22 Sep 2025"),
])
art(S, "https://www.aletihad.ae/news/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/4608721/%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D9%85%D8%B7%D8%A7%D8%B1-%D9%81%D9%8A-%D8%A7%D9%84%D8%AF%D9%86%D9%85%D8%A7%D8%B1%D9%83-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%87-%D8%A8%D8%AA%D8%AD%D9%84%D9%8A%D9%82-%D9%85%D8%B3%D9%8A%D8%B1%D8%A7%D8%AA-%D9%85%D8%AC%D8%AF%D8%AF%D8%A7",
    "2025-09-26", "time stamp on the page '26 سبتمبر 2025 10:23' (the site header's 'السبت 27 سبتمبر 2025' is the crawl day); the body's 'مساء الخميس' and 'صباح الجمعة' fit; photo caption dropped; headline kept from the page", True, """
إغلاق مطار في الدنمارك بعد الاشتباه بتحليق مسيرات مجدداً
أُغلق مطار في الدنمارك مرة أخرى لفترة وجيزة، وفق ما أفادت به الشرطة ووسائل إعلام محلية، بسبب الاشتباه في تحليق طائرات مسيّرة، وذلك بعد أن وصفت رئيسة الوزراء حوادث مشابهة هذا الأسبوع بأنها "هجمات هجينة".
ونسبت هيئة الإذاعة والتلفزيون الدنماركية إلى مسؤول في المطار قوله إن الأجواء فوق مطار ألبورغ في شمال البلاد أُغلقت نحو الساعة 11.40 مساء الخميس (21.40 ت غ) بعد رصد مسيّرات في المنطقة.
ثم أوضحت شرطة المنطقة في وقت لاحق، في بيان نشرته على إكس، أن قرار الإغلاق جاء بسبب نشاط يُشتبه في أنه لطائرات مسيّرة، وأكدت أن المجال الجوي أعيد فتحه قرابة الساعة 12.35 صباح الجمعة.
وكانت الشرطة الدنماركية قد أعلنت رصد مسيّرات الأربعاء والخميس فوق مطارات ألبورغ (شمال) وإيسبيرغ (غرب) وسوندربورغ وفوق قاعدة سكريدستروب الجوية في الجنوب، قبل أن تبتعد عن هذه المواقع.
وأدت تلك الحادثة إلى إغلاق مطار ألبورغ لعدة ساعات.
كما أدى رصد مسيّرات في الأجواء إلى إغلاق مطار كوبنهاغن في وقت سابق هذا الأسبوع.
""", [
    ev("aalborg-second-closure", "أُغلقت نحو الساعة 11.40 مساء الخميس", AAL_2, "'مساء الخميس' in an article of Fri 26 Sep 2025 = Thu 25 Sep"),
    ev("aalborg-reopening", "أعيد فتحه قرابة الساعة 12.35 صباح الجمعة", AAL_2_REOPEN, "'صباح الجمعة' (12.35, just after midnight) in an article of Fri 26 Sep 2025 (10:23) = that day"),
    ev("drones-over-jutland-airports", "أعلنت رصد مسيّرات الأربعاء والخميس", AAL_1, "'الأربعاء والخميس' of the week of the article = Wed 24 - Thu 25 Sep 2025", end=AAL_2_REOPEN),
    ev("aalborg-first-closure", "وأدت تلك الحادثة إلى إغلاق مطار ألبورغ لعدة ساعات", AAL_1, "no own day; the closure of Wed 24 Sep 2025 evening (lebanon24 'مساء الأربعاء')"),
    ev("copenhagen-closure", "إلى إغلاق مطار كوبنهاغن في وقت سابق هذا الأسبوع", CPH_CLOSED, "'في وقت سابق هذا الأسبوع' = the closure of Mon 22 Sep 2025 (annahar, lebanon24)"),
])

# ---------------------------------------------------------------- thailand-singapore-airlines-sq321-turbulence-2024
S = "thailand-singapore-airlines-sq321-turbulence-2024"
TAKEOFF = "2024-05-20"                     # SQ321 left London Heathrow late on Mon 20 May 2024
TURB = "2024-05-21"                        # severe turbulence over Myanmar and emergency landing in Bangkok, Tue 21 May 2024
art(S, "https://www.alweeam.com.sa/1051673/2024/%D9%83%D9%8A%D9%81-%D8%AA%D9%86%D9%82%D8%B0-%D9%86%D9%81%D8%B3%D9%83-%D8%AD%D9%88%D8%A7%D8%AF%D8%AB-%D8%A7%D9%84%D9%85%D8%B7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D9%87%D9%88%D8%A7%D8%A6%D9%8A%D8%A9/",
    "2024-05-21", "no date line in the stored text (the URL gives only the year 2024); the body's 'اليوم الثلاثاء' for the accident of SQ321, which happened on Tue 21 May 2024 (aljazeeramubasher of Wed 22: 'إقلاعها الثلاثاء'; cms.news.tn: 'يوم الثلاثاء 21 مايو/أيار'), gives Tue 21 May 2024; the embedded English tweet dropped; headline rendered from the URL slug", False, """
كيف تنقذ نفسك من حوادث المطبات الهوائية؟
توفي شخص وأصيب 30 آخرون، اليوم الثلاثاء، جراء مطبات هوائية عنيفة واجهتها رحلة للخطوط الجوية السنغافورية كانت في طريقها من لندن إلى سنغافورة.
وبيّنت مقاطع مصورة انتشرت على وسائل التواصل الاجتماعي اللحظات العصيبة التي مر بها ركاب الطائرة، وهي من طراز بوينغ 777-300 إي آر، حين اجتازت مطبات هوائية شديدة خلال تحليقها فوق خليج البنغال، الأمر الذي أجبرها على الهبوط اضطرارياً في بانكوك عاصمة تايلاند.
""", [
    ev("death-and-injuries", "توفي شخص وأصيب 30 آخرون، اليوم الثلاثاء", TURB, "'اليوم الثلاثاء' = Tue 21 May 2024"),
    ev("turbulence", "جراء مطبات هوائية عنيفة واجهتها رحلة", TURB, "no own day; the turbulence of the same Tuesday, 21 May 2024"),
    ev("emergency-landing-bangkok", "أجبرها على الهبوط اضطرارياً في بانكوك", TURB, "no own day; the plane landed in Bangkok at 15:45 local time on Tue 21 May 2024 (arab-london, samapost)"),
])
art(S, "https://www.aljazeeramubasher.net/news/miscellaneous/2024/5/22/%D8%B1%D9%83%D8%A7%D8%A8-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D8%B3%D9%86%D8%BA%D8%A7%D9%81%D9%88%D8%B1%D9%8A%D8%A9-%D9%8A%D8%B5%D9%84%D9%88%D9%86-%D8%A5%D9%84%D9%89-%D9%88%D8%AC%D9%87%D8%AA%D9%87%D9%85",
    "2024-05-22", "the URL's date path '/2024/5/22/' and the page's date stamp; the body's 'اليوم الأربعاء' agrees (22 May 2024 was a Wednesday); the embedded AFP tweet dropped; headline rendered from the URL slug; the second sentence re-ordered so that its 'الثلاثاء' stays with the turbulence", True, """
ركاب طائرة سنغافورية يصلون إلى وجهتهم
وصل ركاب وأفراد طاقم طائرة إلى سنغافورة اليوم الأربعاء وهم في حالة صدمة، بعد أن واجهت طائرتهم خلال رحلتها من لندن مطبات عنيفة تسببت في وفاة أحد الركاب واضطرتها إلى الهبوط اضطرارياً في بانكوك، ما حمل مدير الشركة على الاعتذار.
وكانت الرحلة "إس كيو 321" التابعة للخطوط السنغافورية قد اصطدمت الثلاثاء بمطبات قوية ومباغتة على ارتفاع 11 ألف متر فوق ميانمار، بعد 10 ساعات من إقلاعها، فصعدت الطائرة فجأة ثم هبطت مرات عدة.
وتسببت المطبات، بحسب أحد الركاب، في اصطدام رؤوس عشرات المسافرين بعنف بسقف المقصورة، ما أدى إلى إصابات بالغة.
""", [
    ev("arrival-singapore", "وصل ركاب وأفراد طاقم طائرة إلى سنغافورة اليوم الأربعاء", "2024-05-22", "'اليوم الأربعاء' = Wed 22 May 2024"),
    ev("ceo-apology", "ما حمل مدير الشركة على الاعتذار", "2024-05-22", "no own day; CEO Goh Choon Phong's video apology of Wed 22 May 2024 (nhk: 'في بيان مصور صدر يوم الأربعاء')"),
    ev("death-and-injuries", "تسببت في وفاة أحد الركاب", TURB, "no own day; the death on board during the turbulence of Tue 21 May 2024"),
    ev("emergency-landing-bangkok", "واضطرتها إلى الهبوط اضطرارياً في بانكوك", TURB, "no own day; the landing in Bangkok on Tue 21 May 2024"),
    ev("turbulence", "قد اصطدمت الثلاثاء بمطبات قوية ومباغتة", TURB, "'الثلاثاء' before Wed 22 May 2024 = Tue 21 May"),
    ev("takeoff-london", "بعد 10 ساعات من إقلاعها", TAKEOFF, "no own day; about ten hours before the turbulence of Tue 21 May: the flight left Heathrow at 10.17 p.m. on Mon 20 May 2024 (khaleejdays '10.17 مساءً'; alwatannews 'في ساعة متأخرة من ليل الاثنين')"),
])
art(S, "https://riyadhnewsday.com/world/%d8%a7%d8%b6%d8%b7%d8%b1%d8%a7%d8%a8%d8%a7%d8%aa-%d8%a7%d9%84%d8%b7%d9%8a%d8%b1%d8%a7%d9%86-%d8%a7%d9%84%d9%82%d8%a7%d8%aa%d9%84%d8%a9-%d9%81%d9%8a-%d8%b3%d9%86%d8%ba%d8%a7%d9%81%d9%88%d8%b1%d8%a9",
    "2024-05-25", "no date line in the stored text; the body's 'اليوم السبت' for the hospital statement 'بعد أربعة أيام من حالة الطوارئ' of Tue 21 May 2024 gives Sat 25 May 2024 (25 May 2024 was a Saturday; a Khaleej Times copy); the picture caption and the 'KT WhatsApp' line dropped; headline rendered from the URL slug; the last, truncated sentence shortened", False, """
اضطرابات الطيران القاتلة في سنغافورة
بانكوك – أعلن مستشفى في العاصمة التايلاندية اليوم السبت أن 43 شخصاً ممن كانوا على متن طائرة الخطوط الجوية السنغافورية التي واجهت اضطرابات عنيفة لا يزالون يتلقون العلاج في مستشفيات بانكوك، بعد أربعة أيام من حالة الطوارئ.
وأوضح مستشفى ساميتيويت سريناكارين في بيان أن المرضى الـ 43 يتوزعون على ثلاثة مستشفيات مختلفة في بانكوك.
وأشار البيان إلى أن مستشفى ساميتيويت سريناكارين يضم 34 منهم، سبعة في العناية المركزة هم ثلاثة أستراليين وماليزيان وبريطاني ونيوزيلندي.
وبحسب البيان، فإن الـ 27 الآخرين من ركاب الطائرة في المستشفى هم ثمانية بريطانيين وستة أستراليين وخمسة ماليزيين واثنان من الفلبين.
وأضاف البيان أن مريضين غادرا ساميتيويت سريناكارين، في حين نُقل اثنان من مستشفى ساميتيويت سوكومفيت إلى ساميتيويت سريناكارين ليكونا إلى جانب أقاربهما.
وكان مدير مستشفى ساميتيويت سريناكارين قد أبلغ الصحفيين، الخميس، بأن 22 مريضاً يعانون إصابات في النخاع الشوكي وستة إصابات في الدماغ والجمجمة، غير أن أياً منهم لم يكن في خطر.
وتوفي أحد الركاب يوم الثلاثاء جراء نوبة قلبية يُشتبه فيها وأصيب العشرات.
""", [
    ev("hospital-statement-43", "أعلن مستشفى في العاصمة التايلاندية اليوم السبت", "2024-05-25", "'اليوم السبت' = Sat 25 May 2024"),
    ev("turbulence", "التي واجهت اضطرابات عنيفة", TURB, "no own day; 'بعد أربعة أيام' back from Sat 25 May 2024 = Tue 21 May"),
    ev("director-briefing", "قد أبلغ الصحفيين، الخميس", "2024-05-23", "'الخميس' before Sat 25 May 2024 = Thu 23 May (tjarbna of 23 May carries the same briefing)"),
    ev("death-and-injuries", "وتوفي أحد الركاب يوم الثلاثاء", TURB, "'يوم الثلاثاء' of that week = Tue 21 May 2024"),
])

# ---------------------------------------------------------------- kuwait-airways-ku417-brake-incident-2025
S = "kuwait-airways-ku417-brake-incident-2025"
FRI = "2025-11-07"                         # KU417 (Kuwait - Manila) brake failure at 04:24 on Fri 7 Nov 2025, replacement flight 12:20
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/11/7/2886387/%D8%AA%D8%B9%D8%B1%D8%B6-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D9%83%D9%88%D9%8A%D8%AA%D9%8A%D8%A9-%D9%84%D8%AD%D8%A7%D8%AF%D8%AB-%D8%A8%D8%B3%D9%8A%D8%B7-%D9%81%D9%8A-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D9%82%D8%A8%D9%84-%D8%A5%D9%82%D9%84%D8%A7%D8%B9%D9%87%D8%A7",
    "2025-11-07", "the URL's date path '/2025/11/7/' and the page's date stamp; the body's 'صباح اليوم الجمعة' agrees (7 Nov 2025 was a Friday); headline rendered from the URL slug; the last, truncated sentence shortened", True, """
تعرض طائرة كويتية لحادث بسيط في مطار الكويت قبل إقلاعها
الكويت- (د ب أ)
كشف الطيران المدني الكويتي أن طائرة للخطوط الجوية الكويتية كانت في طريقها إلى الفلبين وعلى متنها 284 راكباً تعرضت صباح اليوم الجمعة لحادث بسيط في مطار الكويت الدولي قبل أن تقلع.
وأفاد المتحدث الرسمي باسم الإدارة العامة للطيران المدني عبدالله الراجحي، اليوم الجمعة، بأن الطائرة التابعة للخطوط الجوية الكويتية، التي كانت تستعد للتوجه إلى الفلبين في الرحلة رقم (كيه يو 417) وعلى متنها 284 راكباً، تعرضت في الساعة 4:24 صباحاً لحادث بسيط في مطار الكويت الدولي قبل إقلاعها.
وبيّن الراجحي أن سبب الحادث خلل فني مفاجئ في نظام المكابح خلال تحريك الطائرة، مؤكداً أنه لم يسفر عن أي إصابة بين الركاب أو أفراد الطاقم، وأن جميع المسافرين بخير، وأن الأضرار الطفيفة انحصرت في بدن الطائرة.
وتابع أن الجهات الفنية المعنية تعاملت مع الموقف فوراً وفق الإجراءات المتبعة، فأمّنت موقع الطائرة وأجرت الفحوص الفنية اللازمة لضمان سلامة التشغيل.
كما تم تأمين رحلة بديلة مقرر إقلاعها الساعة 12:20 ظهراً إلى وجهتها.
وشدد المتحدث الرسمي على أن سلامة الركاب والطواقم الجوية أولوية قصوى لدى الطيران المدني والخطوط الجوية الكويتية.
""", [
    ev("brake-incident", "تعرضت صباح اليوم الجمعة لحادث بسيط", FRI, "'صباح اليوم الجمعة' = Fri 7 Nov 2025 (at 04:24)"),
    ev("dgca-statement", "عبدالله الراجحي، اليوم الجمعة", FRI, "'اليوم الجمعة' = Fri 7 Nov 2025"),
    ev("technical-checks", "وأجرت الفحوص الفنية اللازمة", FRI, "no own day; done at once after the incident of Fri 7 Nov 2025 morning"),
    ev("replacement-flight", "رحلة بديلة مقرر إقلاعها الساعة 12:20 ظهراً", FRI, "'الساعة 12:20 ظهراً' of the same day, Fri 7 Nov 2025"),
])
art(S, "https://kuwaitnews.com/116757/",
    "2025-11-07", "no date line in the stored text; the body's 'اليوم الجمعة' for the civil aviation statement on the incident of Fri 7 Nov 2025 (masrawy of 7 Nov: 'صباح اليوم الجمعة') gives Fri 7 Nov 2025; the picture caption 'مطار الكويت' dropped; headline written from the body (the stored text has none)", False, """
حادث بسيط لطائرة كويتية متجهة إلى الفلبين قبل إقلاعها
أعلنت هيئة الطيران المدني اليوم الجمعة أن طائرة للخطوط الجوية الكويتية متجهة إلى الفلبين تقل 284 راكباً تعرضت لحادث بسيط الساعة 24ر4 صباحا في مطار الكويت الدولي قبيل إقلاعها.
وأوضح المتحدث الرسمي باسم الطيران المدني عبدالله الراجحي في بيان صحفي أن الحادث لم يخلّف أي إصابات بين المسافرين أو أفراد الطاقم، لافتاً إلى أنه نجم عن خلل فني مفاجئ في نظام المكابح في أثناء تحريك الطائرة.
وأكد أن ركاب الرحلة رقم (KU417) جميعهم بخير وبصحة جيدة، موضحاً أن الأضرار الطفيفة لم تتجاوز بدن الطائرة.
وأضاف الراجحي أن الجهات الفنية المعنية تعاملت مع الموقف فورا وفق الإجراءات المعتمدة، إذ جرى تأمين موقع الطائرة وإجراء الفحوص الفنية اللازمة لضمان سلامة التشغيل.
وأشار إلى توفير رحلة بديلة أقلعت الساعة 20ر12 ظهرا إلى وجهتها، مؤكداً أن سلامة الركاب والطواقم الجوية أولوية قصوى لدى الطيران المدني والخطوط الجوية الكويتية، وأن التعامل مع مثل هذه الحالات يتم وفق أعلى معايير السلامة الجوية.
""", [
    ev("dgca-statement", "أعلنت هيئة الطيران المدني اليوم الجمعة", FRI, "'اليوم الجمعة' = Fri 7 Nov 2025"),
    ev("brake-incident", "تعرضت لحادث بسيط الساعة 24ر4 صباحا", FRI, "no own day; '24ر4 صباحا' of that Friday, 7 Nov 2025"),
    ev("technical-checks", "وإجراء الفحوص الفنية اللازمة", FRI, "no own day; done at once after the incident of Fri 7 Nov 2025"),
    ev("replacement-flight", "توفير رحلة بديلة أقلعت الساعة 20ر12 ظهرا", FRI, "'20ر12 ظهرا' of the same day, Fri 7 Nov 2025"),
])
art(S, "https://www.khaleejtimes.com/arabic/world/%D8%B1%D8%AD%D9%84%D8%A9-%D8%A7%D9%84%D8%AE%D8%B7%D9%88%D8%B7-%D8%A7%D9%84%D8%AC%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA%D9%8A%D8%A9-%D9%86%D8%AD%D9%88-%D8%A7%D9%84%D9%81%D9%84%D8%A8%D9%8A%D9%86-%D8%AA%D9%88%D8%A7%D8%AC%D9%87-%D8%AE%D9%84%D9%84%D8%A7-%D9%81%D9%86%D9%8A%D8%A7",
    "2025-11-08", "the page's date stamp 2025-11-08; the body's 'يوم الجمعة' (not 'اليوم') for the incident of Fri 7 Nov 2025 fits a report of the next day, Sat 8 Nov 2025; headline rendered from the URL slug", True, """
رحلة الخطوط الجوية الكويتية نحو الفلبين تواجه خللا فنيا
تعرضت طائرة للخطوط الجوية الكويتية تقل 284 راكباً في طريقها إلى الفلبين لحادث بسيط يوم الجمعة، وفق ما نقلته وكالة الأنباء الكويتية (كونا).
وذكرت الإدارة العامة للطيران المدني (DGCA) يوم الجمعة أن الحادث وقع في الساعة 4:24 صباحاً في مطار الكويت الدولي قبل أن تقلع الطائرة.
وأفاد المتحدث باسم الإدارة العامة للطيران المدني عبدالله الراجحي في بيان صحفي بأن الحادث لم يؤد إلى إصابة أي من الركاب أو الطاقم، موضحاً أن سببه خلل فني مباغت في نظام الفرامل خلال تحرك الطائرة.
وشدد على أن جميع ركاب الرحلة KU417 كانوا آمنين وبصحة جيدة، مبيناً أن الأضرار الطفيفة اقتصرت على جسم الطائرة.
وأضاف الراجحي أن الجهات الفنية المختصة تعاملت مع الوضع على الفور، فجرى تأمين الطائرة وإجراء الفحوص الفنية اللازمة لضمان سلامة التشغيل.
ووُفّرت للركاب رحلة بديلة غادرت في الساعة 12:20 ظهراً.
وأكد أن سلامة الركاب والطاقم تتصدر أولويات الإدارة العامة للطيران المدني والخطوط الجوية الكويتية، وأن مثل هذه الحوادث تُدار وفق أعلى معايير السلامة الجوية.
""", [
    ev("brake-incident", "لحادث بسيط يوم الجمعة", FRI, "'يوم الجمعة' in an article of Sat 8 Nov 2025 = Fri 7 Nov"),
    ev("dgca-statement", "وذكرت الإدارة العامة للطيران المدني (DGCA) يوم الجمعة", FRI, "'يوم الجمعة' = Fri 7 Nov 2025"),
    ev("technical-checks", "فجرى تأمين الطائرة وإجراء الفحوص الفنية", FRI, "no own day; done at once after the incident of Fri 7 Nov 2025"),
    ev("replacement-flight", "رحلة بديلة غادرت في الساعة 12:20 ظهراً", FRI, "'الساعة 12:20 ظهراً' of the day of the incident, Fri 7 Nov 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 459
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

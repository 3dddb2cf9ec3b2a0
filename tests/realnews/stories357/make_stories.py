"""Builds stories.jsonl: the 357-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: extraditions and fugitives: Interpol red notices, fugitives
arrested abroad, extradition requests and court rulings, wanted persons handed over between countries.
Stories: Lebanon's decision to hand Abdul Rahman al-Qaradawi to the UAE and his handover (Lebanon / UAE,
January 2025), the arrest of Abdullah al-Senussi at Nouakchott airport and Libya's extradition request (Mauritania /
Libya, March 2012), the arrest in Beirut of the fugitive former Iraqi trade minister Abdul Falah al-Sudani on an
Interpol red notice (Iraq / Lebanon, September 2017), Kuwait's arrest of an Egyptian Brotherhood cell and its
handover to Egypt (Kuwait / Egypt, July 2019), and the Moroccan Court of Cassation's approval of the extradition of
the Uyghur Idris Hasan to China (Morocco, December 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-qaradawi-uae-extradition-2025
S = "lebanon-qaradawi-uae-extradition-2025"
CABINET = "2025-01-07"                     # the caretaker cabinet's decision, read out by Ziad Makari on Tue 7 Jan 2025
ARREST = ("2024-12-28", "2024-12-30")      # arrest at the Masnaa crossing: 28 Dec (lawyer, Amnesty, AFP) or 29 Dec (Sputnik)
VIDEO = ("2024-12-27", "2024-12-29")       # the Umayyad Mosque video, filmed/posted the day before the arrest
FILES = ("2024-12-31", "2025-01-03")       # the UAE and Egyptian extradition files: UAE request at the embassy 31 Dec, AFP 2 Jan
HANDOVER = ("2025-01-08", "2025-01-10")    # moved from the Beirut Justice Palace in the night after the decision, flown to the UAE
WAM = ("2025-01-09", "2025-01-11")         # WAM's announcement of the receipt: late Thu 9 / early Fri 10 Jan 2025
art(S, "https://boutheinamagazine.com/2025/01/07/%D9%85%D8%AD%D8%A7%D9%85%D9%8A-%D8%A7%D9%84%D9%82%D8%B1%D8%B6%D8%A7%D9%88%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%88%D8%A7%D9%81%D9%82%D8%AA-%D8%B9%D9%84%D9%89-%D8%AA%D8%B3%D9%84%D9%8A%D9%85-%D8%B9/",
    "2025-01-07", "date in the URL '/2025/01/07/' (7 Jan 2025 was a Tuesday, the day of the cabinet session); headline rendered from the URL slug (the stored text has none); the last, truncated word completed ('المسلمين'); no date of its own in the text", False, """
محامي القرضاوي: لبنان وافق على تسليمه إلى الإمارات
أفاد المحامي اللبناني «محمد صبلوح» بأن الحكومة اللبنانية أقرت قرار ترحيل الشاعر المصري عبد الرحمن يوسف القرضاوي إلى دولة الإمارات.
وأوضح صبلوح، في منشور على حسابه في فيسبوك، أن الرئيس ميقاتي وحكومته وافقا على تسليم عبد الرحمن القرضاوي إلى الإمارات.
وكان عبد الرحمن يوسف قد مثل أمام جهات التحقيق، فيما وصلت إلى الحكومة اللبنانية طلبات من مصر والإمارات لتسليمه.
وصرّح وزير الإعلام زياد المكاري عقب جلسة لمجلس الوزراء بأن القرضاوي "سيُرحَّل إلى الإمارات.. اتُّخذ قرار ترحيله إلى الإمارات" خلال الجلسة.
وكانت مصر والإمارات قد تقدمتا كلٌّ بملف استرداد للقرضاوي إلى الحكومة اللبنانية مطلع كانون الثاني/يناير.
ويستند الملف الإماراتي في طلب استرداد القرضاوي ومحاكمته إلى فيديو صوّره خلال زيارته للمسجد الأموي في دمشق، ورأت فيه أبوظبي تحريضا على دولة الإمارات ومسًّا باستقرارها، بحسب المصدر ذاته.
وقد أوقف القرضاوي في 28 كانون الأول/ديسمبر لدى وصوله من سوريا عبر معبر المصنع الحدودي، استنادا إلى مذكرة توقيف مصرية، وفق ما ذكره مصدر قضائي لبناني في وقت سابق.
وعبد الرحمن هو ابن الداعية المصري يوسف القرضاوي الذي كان يحمل الجنسية القطرية، وقد عارض النظام المصري حينها وسُجن مرارا في مصر لارتباطه بجماعة الإخوان المسلمين.
""", [
    ev("cabinet-decision", "الحكومة اللبنانية أقرت قرار ترحيل الشاعر المصري", CABINET, "no own expression; the cabinet session of Tue 7 Jan 2025 (URL date 2025/01/07; the other articles' 'الثلاثاء')"),
    ev("extradition-files", "قد تقدمتا كلٌّ بملف استرداد للقرضاوي", FILES[0], "'مطلع كانون الثاني/يناير': the UAE request reached the Lebanese embassy in Abu Dhabi by Tue 31 Dec 2024 (janoubia, elmanshar) and AFP reported both files on Thu 2 Jan 2025 (my span 31 Dec - 2 Jan)", end=FILES[1]),
    ev("umayyad-video", "فيديو صوّره خلال زيارته للمسجد الأموي", VIDEO[0], "no own expression; the video was filmed on 27 Dec 2024 and he was arrested the day after it was posted (mushahide); my span 27-28 Dec", end=VIDEO[1]),
    ev("arrest-masnaa", "أوقف القرضاوي في 28 كانون الأول/ديسمبر", ARREST[0], "'في 28 كانون الأول/ديسمبر' = Sat 28 Dec 2024 (lawyer, Amnesty); Sputnik gives 29 Dec, so my span 28-29 Dec", end=ARREST[1]),
])
art(S, "https://backup.alarab.co.uk/%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%8A%D9%82%D8%B1%D8%B1-%D8%AA%D8%B3%D9%84%D9%8A%D9%85-%D9%86%D8%AC%D9%84-%D8%A7%D9%84%D9%82%D8%B1%D8%B6%D8%A7%D9%88%D9%8A-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D9%88%D9%84%D9%8A%D8%B3-%D9%85%D8%B5%D8%B1",
    "2025-01-08", "page date line 'الأربعاء 2025/01/08' (kept as third line; 8 Jan 2025 was a Wednesday); the body's 'الثلاثاء' for the cabinet decision agrees; headline and sub-heading kept (reworded), the photo caption dropped; the last sentence, cut in the stored page at 'في الث', completed from the same AFP text as carried by arabkhabar ('في الثاني من كانون الثاني/يناير')", True, """
لبنان يحسم أمر نجل القرضاوي: التسليم إلى الإمارات لا إلى مصر
القرار اللبناني يقوم على مذكرة التوقيف الصادرة عن مجلس وزراء الداخلية العرب، والتي تُلزم بيروت بالاستجابة لطلب أبوظبي.
الأربعاء 2025/01/08
بيروت - اتخذت الحكومة اللبنانية قرارا بترحيل عبدالرحمن القرضاوي، الناشط المصري المعارض الذي تطلبه القاهرة وأبوظبي، وهو نجل الداعية الراحل يوسف القرضاوي المقرّب من جماعة الإخوان المسلمين، إلى دولة الإمارات، وفق ما أعلنه وزير الثلاثاء.
وأوضح وزير الإعلام زياد المكاري عقب جلسة لمجلس الوزراء أن القرضاوي "سيُرحَّل إلى الإمارات... اتُّخذ القرار بترحيله إلى الإمارات" خلال الجلسة.
وذكر مصدر حكومي لبناني أن القرار "يرتكز على مذكرة التوقيف الصادرة عن مجلس وزراء الداخلية العرب، الذي يفرض على لبنان تلبية الطلب الإماراتي باعتباره عضوا في هذا المجلس وموقعا على اتفاقياته".
ولفت المصدر إلى أن القرضاوي "سيُسلَّم مجددا إلى جهاز الأمن العام اللبناني، الموكل إليه التنسيق مع الأجهزة الأمنية في الإمارات لتحديد موعد التسليم".
وكانت مصر والإمارات قد قدمت كل منهما ملف استرداد للقرضاوي إلى الحكومة اللبنانية مطلع يناير، بحسب ما أفاد به مصدر قضائي وكالة الصحافة الفرنسية في الثاني من كانون الثاني/يناير.
""", [
    ev("cabinet-decision", "اتخذت الحكومة اللبنانية قرارا بترحيل عبدالرحمن القرضاوي", CABINET, "'الثلاثاء' in an article of Wed 8 Jan 2025 = Tue 7 Jan"),
    ev("handover-to-uae", "التنسيق مع الأجهزة الأمنية في الإمارات لتحديد موعد التسليم", HANDOVER[0], "future in the text; the handover followed in the night after the decision and before WAM's announcement (kataeb: moved at night from the Beirut Justice Palace; WAM late Thu 9 / early Fri 10 Jan), my span 8-9 Jan 2025", end=HANDOVER[1]),
    ev("extradition-files", "قد قدمت كل منهما ملف استرداد للقرضاوي", FILES[0], "'مطلع يناير', reported by AFP 'في الثاني من كانون الثاني/يناير' (Thu 2 Jan 2025); the UAE request was at the embassy by Tue 31 Dec 2024; my span 31 Dec - 2 Jan", end=FILES[1]),
])
art(S, "https://sarabic.ae/amp/20250108/%D8%A8%D8%AF%D9%84%D8%A7-%D9%85%D9%86-%D9%85%D8%B5%D8%B1-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%8A%D8%AD%D8%B3%D9%85-%D9%85%D8%B5%D9%8A%D8%B1-%D9%86%D8%AC%D9%84-%D8%A7%D9%84%D9%82%D8%B1%D8%B6%D8%A7%D9%88%D9%8A-%D9%88%D9%8A%D9%82%D8%B1%D8%B1-%D8%AA%D8%B3%D9%84%D9%8A%D9%85%D9%87-%D8%A5%D9%84%D9%89-%D8%AF%D9%88%D9%84%D8%A9-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D8%A3%D8%AE%D8%B1%D9%89-1096578639.html",
    "2025-01-08", "date in the URL '/20250108/' (8 Jan 2025 was a Wednesday); the body's 'أمس الثلاثاء' for the cabinet session of Tue 7 Jan agrees; headline kept (reworded), the 'Sputnik' tag and the inserted link to another report dropped; the last, truncated clause dropped; no date of its own in the text", False, """
بدلا من مصر... لبنان يقرر تسليم نجل القرضاوي إلى دولة عربية أخرى
أعلنت الحكومة اللبنانية أنها قررت ترحيل المصري عبد الرحمن القرضاوي، ابن الداعية الراحل يوسف القرضاوي، إلى دولة الإمارات العربية المتحدة.
وصدر الإعلان عن وزير الإعلام في حكومة تصريف الأعمال زياد المكاري، أمس الثلاثاء، خلال تلاوته مقررات جلسة مجلس الوزراء، بحسب الوكالة الوطنية للإعلام في لبنان.
وشدد المكاري على أن "مجلس الوزراء قرر ترحيل الموقوف عبد الرحمن القرضاوي إلى الإمارات".
وكانت السلطات اللبنانية قد أوقفت عبدالرحمن القرضاوي، وهو يحمل الجنسية التركية، في 29 ديسمبر/كانون الأول الماضي، عند نقطة المصنع الحدودية أثناء عودته من سوريا.
واتضح أن توقيفه تم بموجب مذكرة صادرة عن الـ"إنتربول" الدولي بطلب من مجلس وزراء الداخلية العرب، وذلك بناء على حكم غيابي أصدره القضاء المصري بحقه في تهم تتصل بإذاعة أخبار كاذبة والتحريض على العنف والإرهاب.
وتجدر الإشارة إلى أن الجدل حول القرضاوي احتدم بعد نشره مقطع فيديو صوّره في المسجد الأموي بالعاصمة السورية دمشق، عقب رحيل حكومة الرئيس السابق بشار الأسد.
""", [
    ev("cabinet-decision", "أنها قررت ترحيل المصري عبد الرحمن القرضاوي", CABINET, "announced by Makari 'أمس الثلاثاء' (article of Wed 8 Jan 2025) = Tue 7 Jan"),
    ev("arrest-masnaa", "قد أوقفت عبدالرحمن القرضاوي، وهو يحمل الجنسية التركية", ARREST[0], "'في 29 ديسمبر/كانون الأول الماضي' = Sun 29 Dec 2024 here; the lawyer and Amnesty give Sat 28 Dec, so my span 28-29 Dec", end=ARREST[1]),
    ev("egypt-absentia-verdict", "حكم غيابي أصدره القضاء المصري بحقه", "2017-01-01", "no own expression; the Egyptian in-absentia sentence of five years was issued in 2017 (elmanshar: 'صدر عام 2017'), my span the year 2017", end="2018-01-01"),
    ev("umayyad-video", "نشره مقطع فيديو صوّره في المسجد الأموي", VIDEO[0], "no own expression; filmed on 27 Dec 2024, posted the day before his arrest (mushahide), my span 27-28 Dec", end=VIDEO[1]),
    ev("assad-fall", "رحيل حكومة الرئيس السابق بشار الأسد", "2024-12-08", "no own expression; the fall of Bashar al-Assad's government on Sun 8 Dec 2024 (outside knowledge)"),
])
art(S, "https://arabkhabar.com/a/3969105",
    "2025-01-10", "page stamp 'تاريخ النشر: 10th, January 2025 GMT' (kept as second line; 10 Jan 2025 was a Friday); the body's 'خلال الساعات القليلة الماضية' after the UAE's announcement (late Thu 9 / early Fri 10 Jan) agrees; headline kept (reworded); the text is Arabi21's; the last, truncated words dropped", True, """
أنباء صادمة.. ما الذي ينتظر عبد الرحمن القرضاوي بعد ترحيله إلى الإمارات؟
تاريخ النشر: 10th, January 2025 GMT
خلال الساعات القليلة الماضية، انفتح الباب واسعا أمام تساؤلات عديدة حول مصير الناشط والشاعر عبد الرحمن يوسف القرضاوي، إثر إعلان الإمارات تسلّمه، عقب توقيفه في مطار بيروت بلبنان أثناء عودته من سوريا، خلال مشاركته في احتفالات انتصار الثورة السورية.
وبينما لم يتمكن "عربي21" بعد من التحقق من صحة المعلومات المتداولة، ذكر المحامي محمد صبلوح، المتابع لقضية الشاعر المصري من لبنان، أنه "انقطع تواصله مع موكّله منذ أن ارتكبت السلطات اللبنانية جريمة ترحيله إلى الإمارات خلافا للقانون، ومن دون منحه حقه القانوني في استكمال الإجراءات".
وأوضح المحامي لـ"عربي21" أنه وأسرة القرضاوي انقطعت صلتهم به، كما تعذّر التواصل مع محامين في الإمارات بسبب مخاوف عدة، رغم أن السفارة التركية كلّفت محاميا بمتابعة القضية.
ونتيجة لذلك، تنتظر أسرة القرضاوي بقلق شديد معرفة مصير الناشط المصري وحالته الصحية، في ظل غياب أي معلومات عنه.
وكان ترحيل القرضاوي وتسليمه إلى الإمارات قد أثار موجة غضب واسعة بين النخب والكتاب والنشطاء العرب على مختلف منصات التواصل الاجتماعي.
""", [
    ev("uae-receipt-announced", "إثر إعلان الإمارات تسلّمه", WAM[0], "'خلال الساعات القليلة الماضية' in an article of Fri 10 Jan 2025; WAM's statement came late on Thu 9 / early on Fri 10 Jan (elkhabar: 'في وقت مبكر من فجر اليوم الجمعة'; trendyn: 'يوم الخميس'), my span 9-10 Jan", end=WAM[1]),
    ev("arrest-masnaa", "عقب توقيفه في مطار بيروت بلبنان أثناء عودته من سوريا", ARREST[0], "no own expression; the arrest of 28 (or 29) Dec 2024 (in fact at the Masnaa crossing, not the airport), my span 28-29 Dec", end=ARREST[1]),
    ev("handover-to-uae", "ارتكبت السلطات اللبنانية جريمة ترحيله إلى الإمارات", HANDOVER[0], "no own expression; the deportation after the cabinet decision of Tue 7 Jan and before WAM's announcement, my span 8-9 Jan 2025", end=HANDOVER[1]),
    ev("deportation-outrage", "قد أثار موجة غضب واسعة بين النخب", HANDOVER[0], "no own expression (pluperfect); the anger on social media after the handover, my span 8-10 Jan 2025", end="2025-01-11"),
])

# ---------------------------------------------------------------- mauritania-senussi-nouakchott-arrest-2012
S = "mauritania-senussi-nouakchott-arrest-2012"
SENUSSI_ARREST = ("2012-03-16", "2012-03-18")  # landed from Casablanca on the evening of Fri 16 Mar (AMI), arrested that night / at dawn Sat 17 Mar
DELEGATION = "2012-03-19"                      # the Libyan delegation reached Nouakchott on Mon 19 Mar 2012
AGREEMENT = ("2012-03-20", "2012-03-22")       # Mauritania's consent, reached in the talks of Tue 20 and announced on Wed 21 Mar 2012
art(S, "https://www.youm7.com/story/2012/3/17/بدء-التحقيق-مع-مدير-المخابرات-الليبى-السابق/628950",
    "2012-03-17", "date in the URL '/2012/3/17/' (17 Mar 2012 was a Saturday); the body's 'اليوم السبت' agrees; headline rendered from the URL slug (the stored text has none); the last, truncated sentence shortened; no date of its own in the text", False, """
بدء التحقيق مع مدير المخابرات الليبي السابق في نواكشوط
ذكرت صحيفة البديل الموريتانية أن الأجهزة الأمنية شرعت في استجواب مدير المخابرات الليبية السابق عبد الله السنوسي، بعد اعتقاله في مطار العاصمة نواكشوط، فى وقت سابق من اليوم السبت.
وأفادت الصحيفة على موقعها الإلكتروني بأن جواز السفر المزور الذي كان بحوزة السنوسي قد صودر، وكذلك جواز سفر مرافقه الذي يُرجَّح أنه ابنه، وهو بدوره جواز سفر مالي مزور.
وكان عبد الله السنوسي قد حط في مطار نواكشوط، اليوم السبت، على متن طائرة للخطوط الملكية المغربية في رحلة عادية، فأوقفته وحدة أمنية بالمطار بعد عشر دقائق من هبوط الطائرة.
ورجّحت الصحيفة ألا يُسلَّم عبد الله السنوسي إلى المحكمة الدولية، مستدلة على ذلك بأن الرئيس السوداني زار نواكشوط أكثر من مرة ولم يُسلَّم رغم مطالبة المحكمة به.
في حين رأت صحيفة الأخبار الموريتانية أن السنوسي اليوم يمثل ورقة سياسية رابحة في سوق المواقف.
""", [
    ev("interrogation-begins", "شرعت في استجواب مدير المخابرات الليبية السابق", "2012-03-17", "'فى وقت سابق من اليوم السبت' = Sat 17 Mar 2012 (URL date)"),
    ev("passports-seized", "جواز السفر المزور الذي كان بحوزة السنوسي قد صودر", SENUSSI_ARREST[0], "no own expression; the seizure at the arrest of the night of Fri 16 / Sat 17 Mar 2012, my span", end=SENUSSI_ARREST[1]),
    ev("arrest-nouakchott", "فأوقفته وحدة أمنية بالمطار بعد عشر دقائق", SENUSSI_ARREST[0], "'اليوم السبت' here; the Mauritanian agency (AMI) gives the evening of Fri 16 Mar, alriyadh 'فجر أمس' (dawn of Sat 17), ahdathpress 'ليلة الجمعة /السبت'; my span 16-17 Mar 2012", end=SENUSSI_ARREST[1]),
])
art(S, "https://maghress.com/hespress/49740",
    "2012-03-17", "no date line in the stored page (a Hespress item in the maghress aggregator); the body's 'مساء الجمعة 16 مارس الجاري' for the arrest and 'اليوم السبت' for Nakr's statement give Sat 17 Mar 2012 (16 Mar 2012 was a Friday); headline written from the body (the stored text has none); the last, truncated clause ('عما إذا كان هناك أحد سهل ه') dropped", False, """
موريتانيا تعتقل عبد الله السنوسي في مطار نواكشوط
أعلنت الوكالة الموريتانية للأنباء أن عبد الله السنوسي، المدير السابق للمخابرات الليبية، اعتُقل مساء الجمعة 16 مارس الجاري في مطار نواكشوط، قادما من الدار البيضاء بالمملكة المغربية.
وأوضحت الوكالة الرسمية الموريتانية أن السنوسي (62 سنة)، الذي أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحقه، كان يحمل "جواز سفر ماليا مزورا".
من جانبها نقلت وكالة فرانس برس عن مصدر أمني أن "الأجهزة الأمنية الموريتانية أوقفت السنوسي لدى وصوله من مدينة الدار البيضاء المغربية على متن رحلة عادية"، مشيرا إلى أنه "كان يتنقل بجواز سفر مالي مزور".
وتابع المصدر أن السنوسي "نُقل إلى مقر أمن الدولة في نواكشوط، ولم يُعرف حتى الآن ما إذا كانت الحكومة الموريتانية ستسلمه إلى المحكمة الجنائية الدولية".
وفي غضون ذلك، شكك رئيس مجلس ثوار طرابلس عبد الله ناكر اليوم السبت في إعلان السلطات الموريتانية القبض على عبد الله السنوسي، مؤكدا أن هذا الأخير كان حتى يوم أمس في قبضة إحدى المجموعات التابعة له.
وأوضح ناكر ليونايتد برس إنترناشونال أن السنوسي، المطلوب دوليا لمحكمة الجنايات الدولية، ظل في قبضة إحدى مجموعاته حتى يوم أمس الجمعة.
""", [
    ev("arrest-nouakchott", "اعتُقل مساء الجمعة 16 مارس الجاري في مطار نواكشوط", SENUSSI_ARREST[0], "'مساء الجمعة 16 مارس الجاري' = Fri 16 Mar 2012 (AMI); other reports put it at dawn on Sat 17 Mar, my span 16-17 Mar", end=SENUSSI_ARREST[1]),
    ev("icc-warrant", "أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحقه", "2011-06-27", "no own expression; the ICC warrant of Mon 27 Jun 2011 (alriyadh: 'في السابع والعشرين من يونيو'; outside knowledge)"),
    ev("moved-to-state-security", "نُقل إلى مقر أمن الدولة في نواكشوط", SENUSSI_ARREST[0], "no own expression; taken to State Security after the arrest of the night of 16-17 Mar 2012, my span", end=SENUSSI_ARREST[1]),
    ev("nakr-doubts-arrest", "شكك رئيس مجلس ثوار طرابلس عبد الله ناكر اليوم السبت", "2012-03-17", "'اليوم السبت' = Sat 17 Mar 2012"),
])
art(S, "http://www.aljazeera.net/home/print/f6451603-4dff-4ca1-9c10-122741d17432/1eae750e-13db-45da-bfb7-79204c9ef45d",
    "2012-03-21", "page date line 'الأربعاء 1433/4/27 هـ - الموافق 21/3/2012 م (آخر تحديث) الساعة 19:41 (مكة المكرمة)، 16:41 (غرينتش)' (kept as second line; 21 Mar 2012 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline kept (reworded), the photo caption dropped; the last word, cut in the stored page at 'بجو', completed ('بجواز سفر مالي مزور', as in the other reports)", True, """
الوفد الليبي يغادر موريتانيا من دون السنوسي
الأربعاء 1433/4/27 هـ - الموافق 21/3/2012 م (آخر تحديث) الساعة 19:41 (مكة المكرمة)، 16:41 (غرينتش)
غادر الوفد الليبي، برئاسة رئيس الوزراء مصطفى بو شاقور، موريتانيا اليوم الأربعاء من غير أن يتسلم قائد المخابرات السابق عبد الله السنوسي.
وأكد المتحدث باسم الحكومة الليبية ناصر المانع، في تصريح صحفي أدلى به في مطار نواكشوط، أن اتفاقا أُبرم مع موريتانيا على تسليم السنوسي إلى طرابلس كي يحاكم داخل ليبيا، غير أن موعد التسليم لم يُحدد.
وأضاف المانع أن بإمكانه تأكيد وجود السنوسي في عهدة الأمن الموريتاني، وأن الحكومة الموريتانية وافقت رسميا على تسليمه إلى نظيرتها الليبية.
وعن موعد التسليم، قال ناصر المانع للجزيرة نت إنه لم يحدد بعد، متوقعا أن يجري ذلك قريبا، ومشيرا إلى إجراءات قانونية وفنية لا بد من استكمالها.
وكان المانع من أعضاء الوفد الليبي الذي وصل الاثنين إلى نواكشوط للمطالبة بتسليم السنوسي، وقد ترأسه رئيس الوزراء مصطفى بو شاقور الذي اجتمع الثلاثاء بالرئيس الموريتاني محمد ولد عبد العزيز.
وكان السنوسي قد اعتُقل في موريتانيا إثر وصوله جوا مساء يوم الجمعة الماضي قادما من المغرب بجواز سفر مالي مزور.
""", [
    ev("delegation-leaves", "غادر الوفد الليبي، برئاسة رئيس الوزراء مصطفى بو شاقور", "2012-03-21", "'اليوم الأربعاء' = Wed 21 Mar 2012 (date line)"),
    ev("handover-agreement", "الحكومة الموريتانية وافقت رسميا على تسليمه", AGREEMENT[0], "no own expression; the consent reached in the talks of Tue 20 Mar (meeting with Ould Abdel Aziz) and announced on Wed 21 Mar 2012 (ani.mr: 'زوال اليوم الأربعاء'), my span 20-21 Mar", end=AGREEMENT[1]),
    ev("handover-to-libya", "متوقعا أن يجري ذلك قريبا", "2012-09-05", "future ('قريبا'); Mauritania handed Senussi to Libya on Wed 5 Sep 2012 (outside knowledge; DW 5 Sep 2012)"),
    ev("delegation-arrives", "الوفد الليبي الذي وصل الاثنين إلى نواكشوط", DELEGATION, "'الاثنين' before Wed 21 = Mon 19 Mar 2012 (DW: 'أول أمس الاثنين (19 مارس/ آذار 2012)')"),
    ev("aziz-meeting", "اجتمع الثلاثاء بالرئيس الموريتاني محمد ولد عبد العزيز", "2012-03-20", "'الثلاثاء' before Wed 21 = Tue 20 Mar 2012"),
    ev("arrest-nouakchott", "اعتُقل في موريتانيا إثر وصوله جوا مساء يوم الجمعة الماضي", SENUSSI_ARREST[0], "'مساء يوم الجمعة الماضي' from Wed 21 = Fri 16 Mar 2012 (the arrest itself that night or at dawn on Sat 17), my span 16-17 Mar", end=SENUSSI_ARREST[1]),
])
art(S, "https://amp.dw.com/ar/%D9%86%D9%88%D8%A7%D9%83%D8%B4%D9%88%D8%B7-%D8%AA%D9%88%D8%A7%D9%81%D9%82-%D8%B9%D9%84%D9%89-%D8%AA%D8%B3%D9%84%D9%8A%D9%85-%D8%A7%D9%84%D8%B3%D9%86%D9%88%D8%B3%D9%8A-%D8%A5%D9%84%D9%89-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7/a-15824783",
    "2012-03-21", "page date line '٢١ مارس ٢٠١٢' (kept in Arabic-Indic digits as second line; 21 Mar 2012 was a Wednesday); the body's 'أول أمس الاثنين (19 مارس/ آذار 2012)' agrees; headline kept (reworded), the teaser paragraph and the photo credit dropped; 'القذاقي' spelled 'القذافي'", True, """
نواكشوط توافق على تسليم السنوسي إلى ليبيا
٢١ مارس ٢٠١٢
صرّح مسؤول ليبي بأن موريتانيا وافقت على تسليم عبد الله السنوسي، الرئيس السابق للمخابرات الليبية، إلى ليبيا لمحاكمته. وكان وفد ليبي قد وصل إلى العاصمة الموريتانية أول أمس الاثنين (19 مارس/ آذار 2012) مطالبا بتسليم السنوسي، الرجل الثاني في نظام العقيد الليبي الراحل معمر القذافي.
وبيّن بيان رسمي للسلطات الموريتانية أن السنوسي أوقف في مطار نواكشوط على متن رحلة قادمة من الدار البيضاء وهو يحمل جواز سفر ماليا مزورا، من غير أن يكشف تفاصيل أخرى.
وطالبت منظمات دولية تعنى بحقوق الإنسان بتسليم السنوسي كي يمثل أمام المحكمة الجنائية الدولية، إذ يواجه تهما بارتكاب جرائم ضد الإنسانية أثناء أحداث الثورة الليبية في العام الماضي.
من جهة أخرى، تعهد رئيس المجلس الوطني الانتقالي الحاكم في ليبيا مصطفى عبد الجليل بـ"علاقات وطيدة" مع موريتانيا إذا سمحت نواكشوط بترحيل السنوسي إلى ليبيا. وقال عبد الجليل، في تصريحات أدلى بها في طرابلس ونقلتها وكالة الأنباء الليبية، إن "أي مبادرة موريتانية في هذا الشأن ستؤسس مستقبلا لعلاقات وطيدة بين الشعبين الشقيقين".
وأفاد مصدر مطلع على الملف بأن الوفد الليبي حصل على إذن بزيارة السنوسي في سجنه "والتحقق من هويته".
""", [
    ev("handover-agreement", "موريتانيا وافقت على تسليم عبد الله السنوسي", AGREEMENT[0], "no own expression; announced on Wed 21 Mar 2012 (date line), agreed in the talks of Tue 20 Mar; my span 20-21 Mar", end=AGREEMENT[1]),
    ev("delegation-arrives", "وفد ليبي قد وصل إلى العاصمة الموريتانية أول أمس الاثنين", DELEGATION, "'أول أمس الاثنين (19 مارس/ آذار 2012)' = Mon 19 Mar 2012"),
    ev("arrest-nouakchott", "أن السنوسي أوقف في مطار نواكشوط", SENUSSI_ARREST[0], "no own expression; the arrest of the night of Fri 16 / Sat 17 Mar 2012, my span", end=SENUSSI_ARREST[1]),
    ev("libyan-revolution", "أثناء أحداث الثورة الليبية في العام الماضي", "2011-02-15", "'في العام الماضي' from 2012 = 2011: the uprising from 15-17 Feb 2011 to the fall of Sirte on 20 Oct 2011 (outside knowledge), my span", end="2011-10-24"),
    ev("identity-visit", "حصل على إذن بزيارة السنوسي في سجنه", DELEGATION, "no own expression; during the delegation's stay of Mon 19 - Wed 21 Mar 2012, my span", end="2012-03-22"),
])

# ---------------------------------------------------------------- iraq-falah-sudani-beirut-arrest-2017
S = "iraq-falah-sudani-beirut-arrest-2017"
BEIRUT_ARREST = ("2017-09-07", "2017-09-09")   # the Integrity Commission: Thu 7 Sep 2017; Lebanese media reported it on Fri 8 Sep ('أمس الجمعة')
STATEMENT = "2017-09-10"                       # the Integrity Commission's statement, Sun 10 Sep 2017
TOOK_OFFICE = ("2006-05-20", "2006-07-01")     # trade minister in al-Maliki's first government (formed 20 May 2006; 'حزيران 2006')
art(S, "https://arabic.mojahedin.org/i/newsar/83575",
    "2017-09-09", "page date line '9/9/2017' (kept as second line; 9 Sep 2017 was a Saturday); the body's 'الجمعة' for the Lebanese source agrees; headline kept (reworded), the sub-heading 'حزب الدعوة يتبرأ منه' dropped; Persian letters (ک، ی) written as Arabic ones; the last, truncated sentence dropped", True, """
توقيف وزير عراقي سابق في بيروت
9/9/2017
تحدثت أنباء وتقارير صحفية عراقية عن توقيف عبد الفلاح السوداني، الوزير العراقي السابق في حكومة نوري المالكي، إثر تصريح أدلى به من وُصف بـ"مصدر لبناني" لأحد المواقع العراقية، الجمعة، أفاد فيه بأن وزيرا سابقا يحمل الجنسية البريطانية، لم يذكر اسمه، أوقف في مطار بيروت لوجود مذكرة من الإنتربول بحقه.
بعدها كشف مصدر مطلع أن الموقوف هو وزير التجارة السابق عبد الفلاح السوداني.
في المقابل، أعلن حزب الدعوة الإسلامية براءته من الوزير السابق، إذ قال متحدث باسم مكتبه الإعلامي: "تداولت بعض وسائل الإعلام نبأ اعتقال وزير التجارة السابق فلاح السوداني في بيروت عن طريق الإنتربول بتهم تتصل بالنزاهة".
وتابع: "يؤكد حزب الدعوة الإسلامية أن فلاح السوداني انفصل عن تنظيم الحزب عام 2000 م، وتولى منصبه عام 2006 م ممثلا لكتلة أخرى"، داعيا وسائل الإعلام إلى "تحري الدقة في نقل الخبر وعدم خلط الأوراق عن قصد أو عن غير قصد".
ويشار إلى أن قرارا صدر قبل شهرين بتوقيف الوزير المذكور وسجنه.
بينما سخر السوداني من قرار لجنة النزاهة بحقه، والقاضي بسجنه 7 سنوات بسبب قضايا فساد مالي وإداري يُتهم بها.
""", [
    ev("arrest-beirut-airport", "أوقف في مطار بيروت لوجود مذكرة من الإنتربول بحقه", BEIRUT_ARREST[0], "reported by a Lebanese source 'الجمعة' (Fri 8 Sep 2017); the Integrity Commission dates the arrest 'يوم الخميس الموافق 7 أيلول 2017'; my span 7-8 Sep", end=BEIRUT_ARREST[1]),
    ev("dawa-disowns", "أعلن حزب الدعوة الإسلامية براءته من الوزير السابق", "2017-09-08", "no own expression; the Dawa party's statement after the news of Fri 8 Sep, reported on Sat 9 Sep 2017 (date line; Tariq al-Shaab: 'امس السبت'), my span 8-9 Sep", end="2017-09-10"),
    ev("left-dawa-2000", "انفصل عن تنظيم الحزب عام 2000 م", "2000-01-01", "'عام 2000 م' = the year 2000", end="2001-01-01"),
    ev("took-office-2006", "وتولى منصبه عام 2006 م", TOOK_OFFICE[0], "'عام 2006 م': trade minister in al-Maliki's government formed on 20 May 2006 (other reports: 'حزيران 2006'), my span 20 May - 30 Jun 2006", end=TOOK_OFFICE[1]),
    ev("detention-order", "قرارا صدر قبل شهرين بتوقيف الوزير المذكور وسجنه", "2017-07-01", "'قبل شهرين' from Sat 9 Sep 2017 = about early July 2017, my span the month of July", end="2017-08-01"),
])
art(S, "https://www.newlebanon.info/lebanon-now/332101/توقيف-وزير-بمطار-بيروت-مطلوب-للإنتربول",
    "2017-09-09", "no date line on the stored page; the body quotes RT's 'أمس الجمعة' for the arrest first reported on Fri 8 Sep 2017, so the page is of Sat 9 Sep (9 Sep 2017 was a Saturday); headline rendered from the URL slug (the stored text has none); 'نلقت' read 'نقلت'; no date of its own in the text", False, """
توقيف وزير سابق مطلوب للإنتربول في مطار بيروت
أفادت "روسيا اليوم"، نقلا عن "وسائل إعلام في لبنان"، بأن السلطات اللبنانية أوقفت، أمس الجمعة، وزيرا عراقيا سابقا مطلوبا للإنتربول في مطار بيروت.
وأشارت "روسيا اليوم" إلى أن الموقوف يحمل الجنسية البريطانية، من دون أن تذكر اسمه أو أي تفاصيل أخرى عنه.
من جهته، أوضح مصدر مطلع لموقع "السومرية نيوز" الإخباري أن الموقوف هو وزير التجارة السابق عبد الفلاح السوداني.
وأضاف المصدر، الذي فضّل عدم ذكر اسمه، أن "السوداني مطلوب للإنتربول".
ويذكر أن عبد الفلاح السوداني تسلّم حقيبة التجارة في حزيران من العام 2006 مع تشكيل حكومة برئاسة نوري المالكي، وقد مثل السوداني، الذي كان منتميا إلى "حزب الدعوة - تنظيم العراق"، أمام البرلمان في أيار عام 2009 إثر اتهامه من قبل لجنة النزاهة البرلمانية بالتورط في قضايا فساد إداري.
وقدّم السوداني استقالته من منصبه في حزيران من العام نفسه بعد توقيفه في مطار بغداد أثناء محاولته مغادرة البلاد، كما أوقف شقيقاه بسبب اتهامات تشير إلى تورطهما في القضايا التي وُجهت إلى الوزير السابق.
ورغم أن القضاء العراقي أصدر عام 2009 قرارا بمنع السوداني من السفر إلى الخارج بعد اتهامه باختلاس مبالغ مالية ضخمة من وزارة التجارة وتأسيس شركة وهمية مع شقيقه وابنه، فإنه تمكن لاحقا من الفرار من العراق.
""", [
    ev("arrest-beirut-airport", "أوقفت، أمس الجمعة، وزيرا عراقيا سابقا", BEIRUT_ARREST[0], "'أمس الجمعة' = Fri 8 Sep 2017 (the day of the first reports); the Integrity Commission gives Thu 7 Sep, my span 7-8 Sep", end=BEIRUT_ARREST[1]),
    ev("took-office-2006", "تسلّم حقيبة التجارة في حزيران من العام 2006", TOOK_OFFICE[0], "'في حزيران من العام 2006'; al-Maliki's government was formed on 20 May 2006, my span 20 May - 30 Jun 2006", end=TOOK_OFFICE[1]),
    ev("parliament-questioning", "أمام البرلمان في أيار عام 2009", "2009-05-01", "'في أيار عام 2009' = May 2009", end="2009-06-01"),
    ev("resignation-2009", "وقدّم السوداني استقالته من منصبه", "2009-05-24", "'في حزيران من العام نفسه' in the text; the resignation was accepted in late May 2009, days before the airport arrest (outside knowledge), my span 24 May - 30 Jun 2009", end="2009-07-01"),
    ev("baghdad-airport-arrest-2009", "بعد توقيفه في مطار بغداد أثناء محاولته مغادرة البلاد", "2009-05-29", "no own expression; his Dubai-bound plane was called back and he was arrested at Baghdad airport at the end of May 2009 (elaph, May 2009: 'اعتقلت ... اليوم'), my span 29-31 May 2009", end="2009-06-01"),
    ev("travel-ban-2009", "أصدر عام 2009 قرارا بمنع السوداني من السفر", "2009-01-01", "'عام 2009' = the year 2009", end="2010-01-01"),
])
art(S, "https://alkawthartv.ir/news/93094",
    "2017-09-10", "the body's 'اليوم (10 أيلول 2017)' (kept; 10 Sep 2017 was a Sunday); the stored text begins with the statement, so a headline is written from the body", True, """
هيئة النزاهة: القبض على عبد الفلاح السوداني في مطار بيروت بموجب نشرة حمراء
أعلنت هيئة النزاهة العراقية في بيانها، اليوم (10 أيلول 2017)، أن جهود دائرة الاسترداد والجهات الساندة التابعة لها، بالتعاون مع الإنتربول الدولي وشعبة اتصال بيروت، أسفرت عن القبض على المدان الهارب وزير التجارة السابق عبد الفلاح حسن حمادي السوداني، يوم الخميس الماضي، في مطار بيروت.
وأضاف البيان أن القبض جرى استنادا إلى النشرة الحمراء الصادرة عن الإنتربول الدولي، والتي نُظمت على أساس الملفات والطلبات التي أعدتها دائرة الاسترداد في الهيئة وجهزتها بالتعاون مع رئاسة الادعاء العام، وقد عُممت النشرة الحمراء على دول العالم كافة وعلى إذاعة البحث العربية، فيما بادرت الهيئة على الفور إلى اتخاذ الإجراءات القانونية اللاحقة.
ووفق البيان، كانت المعلومات المسجلة لدى الهيئة تشير إلى أن المدان يقيم في المملكة المتحدة، وقد جرت متابعته باستمرار خلال السنوات السابقة مع الجهات الدولية والوطنية كافة وعلى أعلى المستويات لتسليمه إلى العراق، إلا أن الجهات البريطانية كانت تعتذر عن تسليمه بحجة "مجهولية محل إقامته".
وكانت دائرة الاسترداد قد أعدت مسبقا ثمانية ملفات جاهزة لتسليم المدان السوداني، إلى جانب مئات الملفات الأخرى المنجزة المتعلقة باسترداد الأموال وتسليم المحكومين.
""", [
    ev("integrity-statement", "أعلنت هيئة النزاهة العراقية في بيانها، اليوم (10 أيلول 2017)", STATEMENT, "'اليوم (10 أيلول 2017)' = Sun 10 Sep 2017"),
    ev("arrest-beirut-airport", "أسفرت عن القبض على المدان الهارب", BEIRUT_ARREST[0], "'يوم الخميس الماضي' from Sun 10 Sep = Thu 7 Sep 2017; first reported on Fri 8 Sep as 'أمس الجمعة', so my span 7-8 Sep", end=BEIRUT_ARREST[1]),
    ev("legal-measures", "فيما بادرت الهيئة على الفور إلى اتخاذ الإجراءات القانونية اللاحقة", BEIRUT_ARREST[0], "'على الفور' after the arrest of Thu 7 Sep, up to the statement of Sun 10 Sep 2017, my span", end="2017-09-11"),
])
art(S, "http://independencenews.net/%D9%87%D9%8A%D8%A6%D8%A9-%D8%A7%D9%84%D9%86%D8%B2%D8%A7%D9%87%D8%A9-%D8%AA%D9%88%D8%B6%D8%AD-%D8%A7%D8%B9%D8%AA%D9%82%D8%A7%D9%84-%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AA%D8%AC%D8%A7%D8%B1%D8%A9/",
    "2017-09-10", "no date line on the stored page; the body's 'اليوم الأحد' for the Integrity Commission's statement, which alkawthar dates 'اليوم (10 أيلول 2017)', gives Sun 10 Sep 2017; headline rendered from the URL slug (the stored text has none); the last, truncated sentence dropped; no publication date of its own in the text", False, """
هيئة النزاهة توضح ملابسات اعتقال وزير التجارة الأسبق
أصدرت هيئة النزاهة، اليوم الأحد، بيانا حول اعتقال وزير التجارة الأسبق عبد الفلاح السوداني في مطار بيروت.
وجاء في البيان، الذي وصلت إلى صحيفة العراق نسخة منه، أن "جهود هيئة النزاهة – دائرة الاسترداد – والجهات الساندة، بالتعاون مع الإنتربول الدولي وشعبة اتصال بيروت، أدت إلى القبض على المدان الهارب عبد الفلاح حسن حمادي السوداني يوم الخميس الموافق 7 أيلول 2017 في مطار بيروت".
وأضاف البيان أن "القبض تم استنادا إلى النشرة الحمراء الصادرة عن الإنتربول الدولي، المنظمة على أساس الملفات والطلبات التي أعدتها وجهزتها دائرة الاسترداد في الهيئة بالتعاون مع رئاسة الادعاء العام، إذ عُممت النشرة الحمراء على جميع دول العالم وإذاعة البحث العربية، وبادرت الهيئة على الفور إلى اتخاذ الإجراءات القانونية اللاحقة التي سيُعلن عنها فيما بعد".
وبيّن أن "المعلومات المسجلة لدى الهيئة عن المدان كانت تدل على إقامته في المملكة المتحدة، وقد تواصلت متابعته خلال السنوات السابقة مع جميع الجهات الدولية والوطنية وعلى أعلى المستويات من أجل تسليمه إلى العراق، غير أن الجهات البريطانية كانت تعتذر عن تسليمه متذرعة بجهالة محل إقامته".
""", [
    ev("integrity-statement", "أصدرت هيئة النزاهة، اليوم الأحد، بيانا", STATEMENT, "'اليوم الأحد' = Sun 10 Sep 2017 (alkawthar: 'اليوم (10 أيلول 2017)')"),
    ev("arrest-beirut-airport", "أدت إلى القبض على المدان الهارب", BEIRUT_ARREST[0], "'يوم الخميس الموافق 7 أيلول 2017' = Thu 7 Sep 2017; Lebanese reports said 'أمس الجمعة' (Fri 8 Sep), so my span 7-8 Sep", end=BEIRUT_ARREST[1]),
    ev("legal-measures", "وبادرت الهيئة على الفور إلى اتخاذ الإجراءات القانونية اللاحقة", BEIRUT_ARREST[0], "'على الفور' after the arrest of Thu 7 Sep, up to the statement of Sun 10 Sep 2017, my span", end="2017-09-11"),
    ev("uk-followup-years", "وقد تواصلت متابعته خلال السنوات السابقة", "2012-01-01", "'خلال السنوات السابقة': the pursuit in Britain since his in-absentia sentences (2012 onwards) up to the arrest, my span 2012 - 7 Sep 2017", end="2017-09-08"),
])

# ---------------------------------------------------------------- kuwait-brotherhood-cell-handover-egypt-2019
S = "kuwait-brotherhood-cell-handover-egypt-2019"
ANNOUNCED = "2019-07-12"                       # the Kuwaiti interior ministry's statement on the cell, Fri 12 Jul 2019
CELL = ("2019-07-10", "2019-07-13")            # the arrests of the eight, not dated by any report: the days up to the statement of Fri 12 Jul
HANDED = ("2019-07-12", "2019-07-15")          # the eight handed to Egypt between the statement of Fri 12 and KUNA's report of late Sun 14 Jul
JARALLAH = "2019-07-14"                        # Khaled al-Jarallah's remarks, carried by KUNA late on Sun 14 Jul 2019
art(S, "https://sarabic.ae/amp/20190713/%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D8%A5%D8%AE%D9%88%D8%A7%D9%86%D9%8A%D8%A9-1042294298.html",
    "2019-07-13", "date in the URL '/20190713/' (13 Jul 2019 was a Saturday); the body's 'أمس الجمعة' for the ministry's statement of Fri 12 Jul agrees; headline rendered from the URL slug (the stored text has none); the two tweets in Kuwaiti dialect rendered as indirect speech (keeping 'لي الحين'); the last, truncated sentence shortened; no date of its own in the text", False, """
الكويت والخلية المصرية الإخوانية: وسم «منو الكفيل» يشعل مواقع التواصل
أعلنت وزارة الداخلية أن أجهزتها الأمنية المختصة ضبطت الخلية التي صدرت بحق أفرادها أحكام قضائية من القضاء المصري بلغت 15 عاما.
وأطلق ناشطون على مواقع التواصل الاجتماعي وسم "منو الكفيل" في أعقاب إعلان وزارة الداخلية الكويتية ضبط خلية إرهابية مصرية إخوانية في البلاد.
وتساءلت الإعلامية الكويتية فجر السعيد، في سلسلة تغريدات على صفحتها في تويتر تحت هذا الوسم، عن هوية الكفيل الذي أدخلهم الكويت، وعما إذا كانت الأحكام قد صدرت بحقهم قبل دخولهم الكويت أم بعد دخولهم، متسائلة كيف تمكنوا في الحالة الثانية من تقديم صحيفة الحالة الجنائية عند الإقامة.
وأضافت أنه لا يصح أن تسلم الداخلية المصريين لمصر وفقاً للاتفاقية الأمنية من دون أن يُعرف لي الحين من الكفيل الذي أدخلهم الكويت وما الذي كان يخطط معهم.
وكانت وزارة الداخلية الكويتية قد أعلنت في بيانها، أمس الجمعة، أنها توصلت بالتحريات إلى مكان الخلية، وأن الجهات المختصة نفذت عملية أمنية استباقية ضُبط أفرادها بموجبها في أماكن متفرقة.
وذكرت الوزارة أن أفراد الخلية "اعترفوا، بعد التحقيقات الأولية معهم، بتنفيذ عمليات إرهابية وإخلال بالأمن في أماكن مختلفة داخل الأراضي المصرية".
وشددت الوزارة على أن "التحقيقات لا تزال جارية لكشف من مكّنهم من التواري".
""", [
    ev("hashtag-who-is-sponsor", "وأطلق ناشطون على مواقع التواصل الاجتماعي وسم", ANNOUNCED, "no own expression; the hashtag followed the ministry's statement of Fri 12 Jul 2019, up to this report of Sat 13 Jul, my span", end="2019-07-14"),
    ev("handover-to-egypt", "أن تسلم الداخلية المصريين لمصر وفقاً للاتفاقية الأمنية", HANDED[0], "no own expression (under way in the tweet); the eight were handed to Egypt between Fri 12 Jul and KUNA's report late on Sun 14 Jul 2019, my span", end=HANDED[1]),
    ev("ministry-announcement", "قد أعلنت في بيانها، أمس الجمعة", ANNOUNCED, "'أمس الجمعة' in an article of Sat 13 Jul 2019 = Fri 12 Jul"),
    ev("cell-arrest", "نفذت عملية أمنية استباقية ضُبط أفرادها بموجبها", CELL[0], "no date in any report; the arrests came in the days up to the ministry's statement of Fri 12 Jul 2019, my span 10-12 Jul", end=CELL[1]),
    ev("initial-confessions", "اعترفوا، بعد التحقيقات الأولية معهم", CELL[0], "no own expression; the first questioning after the arrests, before the statement of Fri 12 Jul 2019, my span 10-12 Jul", end=CELL[1]),
])
art(S, "https://lananews.com/ar/?p=185726",
    "2019-07-15", "dateline 'الكويت 15 يوليو 2019 (وال)' (kept; 15 Jul 2019 was a Monday); the body's 'اليوم الإثنين' agrees; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
الجار الله: تسليم عناصر الخلية الإخوانية إلى مصر تم وفق الاتفاقيات المشتركة
الكويت 15 يوليو 2019 (وال) – قال نائب وزير الخارجية الكويتي خالد الجار الله إن تسليم المطلوبين من الخلية الإرهابية الإخوانية إلى مصر تم استنادا إلى الاتفاقيات المشتركة بين البلدين، معبرا عن أسفه لوجود مطلوبين للقضاء المصري على الأراضي الكويتية.
وأضاف الجار الله، بحسب ما أوردته وكالة الأنباء الكويتية الرسمية، أن "التنسيق والتعاون الأمني بين مصر والكويت كبير جدا ويبعث على الارتياح، وسيستمر هذا التعاون مع الأشقاء في مصر، ونشاطرهم الرأي في أن أمن البلدين كلٌّ لا يتجزأ".
وفي رده على سؤال عن تصنيف جماعة الإخوان المسلمين تنظيما إرهابيا، قال، وفق تقرير الوكالة: "لا شيء محددا في هذا الخصوص.. فقد سبق التعبير عن هذا الموقف وإعلانه، ولا جديد في هذا الشأن".
وفي السياق ذاته، ذكرت صحيفة "القبس" الكويتية، اليوم الإثنين، أن 300 مصري منتمين إلى تنظيم الإخوان الإرهابي غادروا الكويت خلال الفترة الماضية، في وقت لا تزال فيه قضية القبض على عناصر خلية الإخوان تتفاعل في البلاد.
ونقلت الصحيفة عن مصادر أمنية مطلعة أن عناصر الإخوان توجهوا خلال الفترة الماضية إلى تركيا وأستراليا وبريطانيا ودولة عربية، خوفا من ملاحقة الإنتربول المصري لهم، لكونهم مدانين في قضايا ببلدهم.
""", [
    ev("jarallah-statement", "قال نائب وزير الخارجية الكويتي خالد الجار الله", JARALLAH, "no own expression; KUNA carried the remarks late on Sun 14 Jul 2019 (nononline/Reuters: 'في وقت متأخر أمس الأحد'), reported in this dispatch of Mon 15 Jul"),
    ev("handover-to-egypt", "إن تسليم المطلوبين من الخلية الإرهابية الإخوانية إلى مصر", HANDED[0], "no own expression; between the statement of Fri 12 Jul and KUNA's report late on Sun 14 Jul 2019, my span", end=HANDED[1]),
    ev("brotherhood-300-left", "أن 300 مصري منتمين إلى تنظيم الإخوان الإرهابي غادروا الكويت", ANNOUNCED, "'خلال الفترة الماضية' (al-Qabas, 'اليوم الإثنين' = Mon 15 Jul 2019); other reports say they left as a precaution after the arrests and the handover, my span 12-15 Jul", end="2019-07-16"),
    ev("cell-arrest", "قضية القبض على عناصر خلية الإخوان", CELL[0], "no own expression; the arrests in the days up to the statement of Fri 12 Jul 2019, my span 10-12 Jul", end=CELL[1]),
])
art(S, "https://thenewkhalij.news/article/156775/%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%AA%D8%A4%D9%83%D8%AF-%D8%B1%D8%B3%D9%85%D9%8A%D8%A7-%D8%AA%D8%B3%D9%84%D9%8A%D9%85-%D9%85%D9%88%D9%82%D9%88%D9%81%D9%8A%D9%86-%D9%85%D8%B5%D8%B1%D9%8A%D9%8A%D9%86-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9",
    "2019-07-15", "page time stamp 'الاثنين 15 يوليو 2019 03:57 م' (kept as second line; 15 Jul 2019 was a Monday); headline rendered from the URL slug (the stored text has none); one quoted sentence of al-Jarallah and the last, truncated words dropped", True, """
الكويت تؤكد رسميا تسليم موقوفين مصريين إلى القاهرة
الاثنين 15 يوليو 2019 03:57 م
أكدت الكويت رسميا ترحيل 8 معارضين مصريين بدعوى انتمائهم إلى جماعة "الإخوان المسلمون" التي تصنفها القاهرة "إرهابية".
وأوردت وكالة الأنباء الكويتية الرسمية أن سلطات البلاد "سلمت السلطات المصرية 8 أشخاص قالت إنهم أعضاء في خلية متشددة مرتبطة بجماعة الإخوان المسلمون، بعد إلقاء القبض عليهم" على الأراضي الكويتية.
وتابعت أن "الموقوفين فروا إلى الكويت بعد صدور أحكام قضائية ضدهم في مصر، بلغ بعضها السجن 15 عاما".
ولم توضح الكويت ملابسات الأحكام الصادرة بحقهم، كما لم يصدر عن السلطات القضائية المصرية أي تعليق رسمي على القضية.
وفي وقت سابق، عزا نائب وزير الخارجية الكويتي "خالد الجارالله" تسليم بلاده "مطلوبين" من جماعة "الإخوان المسلمون" إلى السلطات المصرية إلى التنسيق الأمني بين البلدين.
وأوضح "الجارالله" أن ذلك "جرى بموجب الاتفاقيات المشتركة بين البلدين"، مضيفا أن "التنسيق والتعاون الأمني الكويتي - المصري كبير جدا ونشعر معه بالارتياح"، على حد قوله.
في المقابل، أعلنت جماعة "الإخوان" أن الموقوفين مواطنون مصريون دخلوا الكويت وعملوا فيها وفق الإجراءات القانونية.
""", [
    ev("kuna-handover-report", "أكدت الكويت رسميا ترحيل 8 معارضين مصريين", JARALLAH, "no own expression; KUNA's report of the handover, late on Sun 14 Jul 2019, repeated on Mon 15 Jul, my span 14-15 Jul", end="2019-07-16"),
    ev("handover-to-egypt", "سلمت السلطات المصرية 8 أشخاص", HANDED[0], "no own expression; between the statement of Fri 12 Jul and KUNA's report late on Sun 14 Jul 2019, my span", end=HANDED[1]),
    ev("cell-arrest", "بعد إلقاء القبض عليهم", CELL[0], "no own expression; the arrests in the days up to the statement of Fri 12 Jul 2019, my span 10-12 Jul", end=CELL[1]),
    ev("jarallah-statement", "عزا نائب وزير الخارجية الكويتي", JARALLAH, "'وفي وقت سابق'; KUNA carried the remarks late on Sun 14 Jul 2019 (nononline/Reuters: 'في وقت متأخر أمس الأحد')"),
    ev("brotherhood-response", 'أعلنت جماعة "الإخوان" أن الموقوفين مواطنون مصريون', ANNOUNCED, "no own expression; the Brotherhood's statement after the news of the arrests, up to this report of Mon 15 Jul 2019, my span 12-15 Jul", end="2019-07-16"),
])
art(S, "https://24.ae/article/516436/أعضاء-الخلية-الإخوانية-اعترفوا-للأمن-الكويتي-بالتورط-في-الإرهاب-بمصر",
    "2019-07-15", "page time stamp 'الإثنين 15 يوليو 2019 / 22:52' (dropped from the text; 15 Jul 2019 was a Monday); the body's 'اليوم الإثنين' for the weekly cabinet meeting agrees; headline kept (reworded), the photo caption dropped; the last sentence, cut in the stored page at 'ضبط خ', completed as 'ضبط الخلية'; no date of its own in the text", False, """
أعضاء الخلية الإخوانية أقروا للأمن الكويتي بتورطهم في الإرهاب في مصر
أعلن مجلس الوزراء الكويتي، في اجتماعه اليوم الإثنين، أن التحقيقات مستمرة لكشف من تحوم حولهم شبهة التستر على أفراد الخلية الإخوانية والتعاون معهم، مؤكدا جاهزية رجال الأمن للتصدي لكل من تسول له نفسه العبث بأمن البلاد واستقرارها.
كما أشاد مجلس الوزراء الكويتي بجهود رجال الأمن بقيادة نائب رئيس مجلس الوزراء وزير الداخلية الشيخ خالد الجراح، والتي أثمرت ضبط خلية إرهابية تابعة لتنظيم الإخوان صدرت بحق أفرادها أحكام قضائية في مصر.
وورد ذلك في البيان الصادر عن مجلس الوزراء عقب اجتماعه الأسبوعي اليوم برئاسة الشيخ جابر المبارك الحمد الصباح في قصر السيف.
وبحسب البيان، استمع المجلس في مستهل اجتماعه إلى عرض مفصل قدمه الشيخ خالد الجراح حول تفاصيل القبض على الخلية وإجراءات الأجهزة الأمنية المختصة في وزارة الداخلية التي أدت إلى كشفها، بعدما أقر أفرادها، بعد التحقيقات الأولية معهم، بتنفيذ عمليات إرهابية وإخلال بالأمن في أماكن مختلفة داخل الأراضي المصرية.
ويذكر أن الأجهزة الأمنية المختصة في وزارة الداخلية الكويتية أعلنت يوم الجمعة الماضي ضبط الخلية.
""", [
    ev("cabinet-meeting", "أعلن مجلس الوزراء الكويتي، في اجتماعه اليوم الإثنين", "2019-07-15", "'اليوم الإثنين' = Mon 15 Jul 2019 (the weekly meeting)"),
    ev("cell-arrest", "أثمرت ضبط خلية إرهابية تابعة لتنظيم الإخوان", CELL[0], "no own expression; the arrests in the days up to the statement of Fri 12 Jul 2019, my span 10-12 Jul", end=CELL[1]),
    ev("jarrah-briefing", "استمع المجلس في مستهل اجتماعه إلى عرض مفصل", "2019-07-15", "'في مستهل اجتماعه' of 'اليوم' = Mon 15 Jul 2019"),
    ev("initial-confessions", "بعدما أقر أفرادها، بعد التحقيقات الأولية معهم", CELL[0], "no own expression; the first questioning after the arrests, before the statement of Fri 12 Jul 2019, my span 10-12 Jul", end=CELL[1]),
    ev("ministry-announcement", "أعلنت يوم الجمعة الماضي ضبط الخلية", ANNOUNCED, "'يوم الجمعة الماضي' from Mon 15 Jul 2019 = Fri 12 Jul"),
])

# ---------------------------------------------------------------- morocco-uyghur-idris-hasan-extradition-ruling-2021
S = "morocco-uyghur-idris-hasan-extradition-ruling-2021"
RULING = "2021-12-15"                          # the Court of Cassation approved the extradition on Wed 15 Dec 2021
HASAN_ARREST = ("2021-07-19", "2021-07-21")    # arrested on arrival at Casablanca airport: evening of Mon 19 Jul 2021 (some reports: 20 Jul)
LAWYER = "2021-12-16"                          # the lawyer Miloud Qandil's statement to AFP, Thu 16 Dec 2021
OMICRON = "2021-11-29"                         # Morocco suspended all incoming passenger flights from Mon 29 Nov 2021
art(S, "https://alphapress24.com/14208-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D8%A7%D9%84%D9%82%D8%B6%D8%A7%D8%A1-%D9%8A%D9%88%D8%A7%D9%81%D9%82-%D8%B9%D9%84%D9%89-%D8%AA%D8%B3%D9%84%D9%8A%D9%85/",
    "2021-12-16", "no date line on the stored page; the body's 'يوم أمس الأربعاء 15 ديسمبر الجاري' for the ruling gives Thu 16 Dec 2021 (15 Dec 2021 was a Wednesday), the day of the lawyer's AFP statement; headline and sub-heading joined; the Amnesty post's last, truncated quotation dropped", True, """
المغرب.. القضاء يأذن بتسليم الناشط الأويغوري إلى الصين
أعطت محكمة النقض المغربية، وهي أعلى هيئة قضائية في البلاد، موافقتها على تسليم مواطن صيني من أقلية الأويغور المسلمة أوقف لدى وصوله إلى المغرب بموجب مذكرة اعتقال دولية أصدرتها بكين بحقه بتهمة ارتكاب "أعمال إرهابية"، فيما حذرت منظمة العفو الدولية من ترحيله.
وأفاد ميلود قنديل، محامي الناشط الصيني إدريس حسن، وكالة فرانس برس بأن القضاء أكد، يوم أمس الأربعاء 15 ديسمبر الجاري، تسليم موكله، مضيفا: "لم نتسلم الحكم بعد لنطلع على حيثيات القرار، لكن الأمر صعب عليه نفسيا".
وأشار قنديل إلى أنه يجهل موعد تسليم موكله، علما أن المغرب أغلق حدوده الجوية بسبب تفشي متحور "أوميكرون"، ولا يسمح إلا برحلات محددة لتمكين مغاربة عالقين من العودة إلى بلادهم.
من جهتها، حذرت منظمة العفو الدولية "أمنستي" من ترحيل الناشط الحقوقي الأويغوري المسلم إدريس من المغرب إلى الصين، لأنه معرض لخطر "التعذيب".
وورد ذلك في تدوينة نشرتها المنظمة على صفحتها في موقع "فيسبوك"، الأربعاء، عقب تقارير إعلامية أفادت بأن محكمة النقض قضت الأربعاء بتسليم الناشط إلى الصين.
""", [
    ev("cassation-ruling", "أعطت محكمة النقض المغربية، وهي أعلى هيئة قضائية في البلاد، موافقتها", RULING, "no own expression in the clause; the ruling 'يوم أمس الأربعاء 15 ديسمبر الجاري' (next sentence) = Wed 15 Dec 2021"),
    ev("arrest-casablanca", "أوقف لدى وصوله إلى المغرب", HASAN_ARREST[0], "no own expression; arrested on arrival at Casablanca airport on the evening of Mon 19 Jul 2021 (telquel, shahid24; howiyapress: left Istanbul on 20 Jul), my span 19-20 Jul", end=HASAN_ARREST[1]),
    ev("lawyer-afp-statement", "وأفاد ميلود قنديل، محامي الناشط الصيني إدريس حسن", LAWYER, "no own expression; the lawyer spoke to AFP 'يومه الخميس' (telquel) = Thu 16 Dec 2021, the day after the ruling"),
    ev("air-borders-closed", "أغلق حدوده الجوية بسبب تفشي متحور", OMICRON, "no own expression; Morocco suspended all incoming passenger flights from Mon 29 Nov 2021 over Omicron (outside knowledge)"),
    ev("amnesty-reaction", 'حذرت منظمة العفو الدولية "أمنستي" من ترحيل', RULING, "'الأربعاء' (the Facebook post, next sentence) = Wed 15 Dec 2021 (Amnesty's tweet is dated December 15, 2021)"),
])
art(S, "http://ar.telquel.ma/%d8%a7%d9%84%d9%82%d8%b6%d8%a7%d8%a1-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8%d9%8a-%d9%8a%d8%b3%d9%85%d8%ad-%d8%a8%d8%aa%d8%b3%d9%84%d9%8a%d9%85-%d9%81%d8%b1%d8%af-%d9%85%d9%86-%d8%a3%d9%82%d9%84%d9%8a",
    "2021-12-16", "no date line on the stored page; the body's 'أمس الأربعاء' for the ruling of Wed 15 Dec and 'يومه الخميس' for the lawyer's statement give Thu 16 Dec 2021; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
القضاء المغربي يسمح بتسليم فرد من أقلية الأويغور إلى الصين
أجازت محكمة النقض المغربية، أمس الأربعاء، تسليم مواطن صيني من أقلية الأويغور المسلمة، اعتقل في 19 يوليوز المنصرم لدى وصوله إلى مطار الدار البيضاء قادما من تركيا، وتطلبه الصين بتهمة ارتكاب "أعمال إرهابية"، عام 2017، والانتماء إلى "منظمة إرهابية".
ونقلت وكالة "فرانس برس" عن محاميه ميلود قنديل، يومه الخميس، قوله إن "القضاء أكد تسليم موكلي. لم نتسلم الحكم بعد لمعرفة حيثيات القرار، لكن الأمر صعب عليه نفسيا".
وبيّن أنه لا يعلم موعد تسليم يديريسي إيشان (34 عاما)، مع العلم أن المغرب أغلق حدوده الجوية جراء انتشار المتحور "أوميكرون"، ولا يسمح إلا برحلات محددة لإعادة المغاربة إلى بلادهم، ويمنح الإذن حسب كل حالة على حدة.
وينفي إيشان، وهو مختص في المعلوميات يحمل الجنسية الصينية ويقيم في تركيا منذ عام 2012 مع أسرته، هذه التهم، ويؤكد، بحسب محاميه، أنه لم يرجع إلى الصين منذ 2012.
""", [
    ev("cassation-ruling", "أجازت محكمة النقض المغربية، أمس الأربعاء، تسليم", RULING, "'أمس الأربعاء' in an article of Thu 16 Dec 2021 = Wed 15 Dec"),
    ev("arrest-casablanca", "اعتقل في 19 يوليوز المنصرم", HASAN_ARREST[0], "'في 19 يوليوز المنصرم' = Mon 19 Jul 2021 (evening; some reports give 20 Jul), my span 19-20 Jul", end=HASAN_ARREST[1]),
    ev("china-accusation-2017", "وتطلبه الصين بتهمة ارتكاب", "2017-01-01", "'عام 2017': the acts China alleges and its Interpol red notice of 13 Mar 2017 (shahid24), my span the year 2017", end="2018-01-01"),
    ev("lawyer-afp-statement", "عن محاميه ميلود قنديل، يومه الخميس", LAWYER, "'يومه الخميس' = Thu 16 Dec 2021"),
    ev("air-borders-closed", "أغلق حدوده الجوية جراء انتشار المتحور", OMICRON, "no own expression; incoming passenger flights suspended from Mon 29 Nov 2021 (outside knowledge)"),
    ev("moved-to-turkey-2012", "ويقيم في تركيا منذ عام 2012 مع أسرته", "2012-01-01", "'منذ عام 2012': he settled in Turkey in 2012, my span the year 2012", end="2013-01-01"),
])
art(S, "https://ar.yabiladi.com/articles/details/122213/القضاء-المغربي-يصدر-قرارا-بتسليم.html",
    "2021-12-16", "no date line on the stored page; the body's 'يوم أمس الأربعاء' for the ruling of Wed 15 Dec 2021 and the embedded Amnesty tweet 'December 15, 2021' give Thu 16 Dec 2021; headline rendered from the URL slug (the stored text has none); the embedded English tweet dropped", True, """
القضاء المغربي يصدر قرارا بتسليم ناشط إيغوري إلى الصين
قررت محكمة النقض، يوم أمس الأربعاء، تسليم الناشط الإيغوري إدريس حسن إلى الصين، التي تتهمه بالانتماء إلى جماعة إرهابية.
وكان إدريس حسن قد أوقف في المغرب في يوليوز الماضي، وقد ناشدت جمعيات ومنظمات حقوقية وطنية ودولية عدة السلطات المغربية الإفراج عنه وعدم تسليمه إلى الصين.
ويقيم إدريس حسن في تركيا منذ عام 2012 برفقة زوجته وأطفاله الثلاثة، وتحمل زوجته وأطفاله تصاريح إقامة دائمة في تركيا، بينما صُنف تصريح إقامته ضمن الإقامة "الإنسانية".
وتعتبر الحكومة الصينية حسن "إرهابيا" بسبب عمله سابقاً مع منظمات تابعة للمسلمين الإيغور.
وأبدت منظمة العفو الدولية أسفها لهذا القرار، معتبرة أنه إعادة قسرية تخالف اتفاقية عام 1951 الخاصة بوضع اللاجئين وغيرها من النصوص الدولية التي تكفل ضمانات في حالات الطرد وتمنع الإعادة القسرية للاجئين إلى بلد تكون فيه حياتهم مهددة.
""", [
    ev("cassation-ruling", "قررت محكمة النقض، يوم أمس الأربعاء", RULING, "'يوم أمس الأربعاء' in an article of Thu 16 Dec 2021 = Wed 15 Dec"),
    ev("arrest-casablanca", "قد أوقف في المغرب في يوليوز الماضي", HASAN_ARREST[0], "'في يوليوز الماضي' = July 2021; the arrest on the evening of Mon 19 Jul 2021, my span 19-20 Jul", end=HASAN_ARREST[1]),
    ev("moved-to-turkey-2012", "ويقيم إدريس حسن في تركيا منذ عام 2012", "2012-01-01", "'منذ عام 2012', my span the year 2012", end="2013-01-01"),
    ev("amnesty-reaction", "وأبدت منظمة العفو الدولية أسفها لهذا القرار", RULING, "no own expression; Amnesty's reaction on Wed 15 Dec 2021 (its tweet, dropped from the text, is dated December 15, 2021)"),
    ev("refugee-convention", "اتفاقية عام 1951 الخاصة بوضع اللاجئين", "1951-07-28", "'عام 1951': the Refugee Convention adopted in Geneva on 28 Jul 1951 (outside knowledge)"),
])
art(S, "https://www.infosocial.ma/2021/12/19/9174-3/",
    "2021-12-19", "date in the URL '/2021/12/19/' (19 Dec 2021 was a Sunday); headline written from the body (the stored text has none); the typing slips 'الإيغوزي'/'الايغوز', 'منضمة' corrected; no date of its own in the text", False, """
وسم «لا لترحيل إدريس حسن» ينتشر على مواقع التواصل
شهد هاشتاغ #لا_لترحيل_ادريس_حسن تفاعلا وانتشارا واسعين على المواقع الاجتماعية، بعدما أصدرت محكمة النقض المغربية حكما بالموافقة على تسليم الناشط السياسي الصيني الإيغوري حسن إدريس إلى الصين.
وحسن إدريس مواطن صيني ينتمي إلى أقلية الإيغور المسلمة التي تتعرض لإبادة عرقية ولشتى صنوف التعذيب الجسدي والنفسي.
وقد قدم حسن إدريس إلى المغرب من تركيا جوا، فاعتُقل في المطار بسبب مذكرة اعتقال دولية صادرة عن السلطات الصينية.
وكانت منظمات دولية عدة، في مقدمتها منظمة العفو الدولية والمنظمة العربية لحقوق الإنسان، قد وجهت مطالبات متكررة إلى المغرب بالامتناع عن تسليم حسن إدريس، لأن سلامته الجسدية مهددة ولأنه معرض لخطر التعذيب أو الحكم عليه بالإعدام.
ولا يعني قرار محكمة النقض سوى الموافقة على التسليم، إذ بات القرار الآن في يد الدولة لتحسم التسليم من عدمه.
""", [
    ev("hashtag-campaign", "شهد هاشتاغ #لا_لترحيل_ادريس_حسن تفاعلا", RULING, "no own expression; the hashtag spread after the ruling of Wed 15 Dec 2021, up to this report of Sun 19 Dec, my span 15-19 Dec", end="2021-12-20"),
    ev("cassation-ruling", "بعدما أصدرت محكمة النقض المغربية حكما بالموافقة", RULING, "no own expression; the ruling of Wed 15 Dec 2021"),
    ev("arrest-casablanca", "فاعتُقل في المطار بسبب مذكرة اعتقال دولية", HASAN_ARREST[0], "no own expression; the arrest at Casablanca airport on the evening of Mon 19 Jul 2021, my span 19-20 Jul", end=HASAN_ARREST[1]),
    ev("ngo-appeals", "قد وجهت مطالبات متكررة إلى المغرب", "2021-07-20", "no own expression (pluperfect); the appeals between the arrest of July 2021 and the ruling of 15 Dec 2021, my span", end="2021-12-16"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 357
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

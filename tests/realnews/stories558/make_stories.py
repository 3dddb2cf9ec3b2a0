"""Builds stories.jsonl: the 558-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from Syria's coast (Latakia, Tartus, Jableh,
Baniyas) in any domain.
Stories: the first civilian flight (Cham Wings, from Sharjah) to Latakia airport / Hmeimim after the Israeli
strike on Damascus airport (June 2022); the 30-year CMA CGM contract for Latakia port (May 2025); the Latakia
and Jableh protests of 28 December 2025, the riots of the next evening and the Latakia curfew (December 2025);
the fishing boat that capsized off Arwad island, Tartus (January 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-latakia-airport-cham-wings-sharjah-flight-2022
S = "syria-latakia-airport-cham-wings-sharjah-flight-2022"
LANDS = "2022-06-21"                       # the Cham Wings flight from Sharjah landed at Latakia / Hmeimim on Tue 21 Jun 2022
STRIKE = "2022-06-10"                      # the Israeli strike that put Damascus airport out of service, Fri 10 Jun 2022
DIVERTED = (STRIKE, "2022-06-22")          # flights diverted from Damascus airport, from the strike to the day of the flight
art(S, "https://syria.tv/%D8%A8%D8%B9%D8%AF-%D9%82%D8%B5%D9%81-%D9%85%D8%B7%D8%A7%D8%B1-%D8%AF%D9%85%D8%B4%D9%82-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D9%84%D9%80-%D8%A3%D8%AC%D9%86%D8%AD%D8%A9-%D8%A7%D9%84%D8%B4%D8%A7%D9%85-%D8%AA%D9%87%D8%A8%D8%B7-%D9%81%D9%8A-%D9%85%D8%B7%D8%A7%D8%B1-%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85",
    "2022-06-21", "time stamp on the page '2022.06.21 | 16:36 دمشق' (21 Jun 2022 was a Tuesday; the body's 'اليوم الثلاثاء'); the menus, the photo caption and the font-size widget dropped; headline kept from the page; the last, truncated quotation of SANA shortened", True, """
بعد قصف مطار دمشق.. طائرة لـ "أجنحة الشام" تهبط في مطار حميميم
حطّت، اليوم الثلاثاء، طائرة لشركة الطيران الخاصة "أجنحة الشام" في مطار حميميم بريف اللاذقية على الساحل السوري، في أول رحلة تصل إليه بعد القصف الإسرائيلي الذي طال مطار دمشق الدولي في 11 حزيران الجاري.
وكانت الرحلة آتية من مدينة الشارقة الإماراتية، وهي أول رحلة جوية سورية دولية تهبط في مطار حميميم منذ أن وضعت روسيا يدها على المنطقة المحيطة بالمطار وجعلت منها قاعدة رئيسية لها في سوريا، في العام 2015، بحسب ما أوردته وكالة "رويترز".
وكان مقررا أن تحط هذه الرحلة في مطار دمشق الدولي، غير أن المطار لا يصلح حالياً لاستقبال الرحلات بسبب الأعطال التي خلّفها القصف الإسرائيلي في مدرجه وبنيته، في حين حُوّلت أغلب الرحلات الجوية إلى المطار الدولي في مدينة حلب.
وكانت وكالة أنباء النظام "سانا" قد أعلنت "وصول أول رحلة طيران إلى مطار اللاذقية الدولي قادمة من مطار الشارقة، بعد تحويل مسار الرحلات من مطار دمشق إلى مطارات محلية أخرى بسبب تضرره".
""", [
    ev("flight-lands", "حطّت، اليوم الثلاثاء، طائرة لشركة الطيران الخاصة", LANDS, "'اليوم الثلاثاء' in an article stamped Tue 21 Jun 2022"),
    ev("damascus-airport-strike", "القصف الإسرائيلي الذي طال مطار دمشق الدولي في 11 حزيران الجاري", STRIKE, "the text says '11 حزيران الجاري', but the strike on Damascus airport was in the early hours of Fri 10 Jun 2022 (hawaalsham: 'في العاشر من الشهر الجاري'); gold kept on the real day"),
    ev("russia-takes-hmeimim", "منذ أن وضعت روسيا يدها على المنطقة المحيطة بالمطار", "2015-01-01", "'في العام 2015' = the year 2015 (the Russian deployment of Aug-Sep 2015; the year only in this text)", end="2016-01-01"),
    ev("flights-diverted", "في حين حُوّلت أغلب الرحلات الجوية إلى المطار الدولي في مدينة حلب", DIVERTED[0], "no own expression; the diversion since the strike of Fri 10 Jun 2022, still in force on Tue 21 Jun (my span 10 - 21 Jun)", end=DIVERTED[1]),
    ev("sana-arrival-report", "وكانت وكالة أنباء النظام \"سانا\" قد أعلنت", LANDS, "no own expression; SANA's report of the arrival on the day of the flight, Tue 21 Jun 2022"),
])
art(S, "https://masruna.com/%d9%82%d8%a7%d8%af%d9%85%d8%a9-%d9%85%d9%86-%d9%85%d8%b7%d8%a7%d8%b1-%d8%a7%d9%84%d8%b4%d8%a7%d8%b1%d9%82%d8%a9-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a-%d9%88%d8%b5%d9%88%d9%84-%d8%a3%d9%88%d9%84-%d8%b1",
    "2022-06-21", "no date on the stored page; the body's 'صباح اليوم الثلاثاء' for the arrival of the first flight from Sharjah, which landed on Tue 21 Jun 2022 (syria.tv stamped 2022.06.21: 'اليوم الثلاثاء'), so it was published on Tue 21 Jun 2022; headline rendered from the URL slug (cut in the slug, completed); the last, truncated sentence dropped", False, """
قادمة من مطار الشارقة الدولي.. وصول أول رحلة إلى مطار اللاذقية
أعلنت وزارة النقل في الحكومة السورية، صباح اليوم الثلاثاء، أن أول رحلة طيران وصلت إلى مطار اللاذقية آتية من مطار الشارقة في الإمارات، بعد توقف دام سنوات.
وكانت الرحلة مقررة في الأصل إلى مطار دمشق الدولي، لكن المطار لا يصلح حالياً لاستقبال الرحلات جراء الأعطال التي أحدثها القصف الإسرائيلي الأخير في مدرجه وبنيته.
وأفادت وزارة النقل التابعة للنظام السوري بأن أول رحلة طيران بلغت مطار اللاذقية الدولي قادمة من مطار الشارقة.
ومطار اللاذقية الدولي (مطار باسل الأسد الدولي) اقتطعت القوات الروسية جزءا منه وحولته إلى قاعدة حميميم العسكرية.
وأوردت الوكالة الرسمية "سانا" أن الرحلة حطت في اللاذقية بعد نقل مسار الرحلات من مطار دمشق الدولي إلى مطارات محلية أخرى، إلى أن يستأنف عمله المعتاد عقب إنجاز أعمال تأهيل وإصلاح الأضرار الناجمة عن القصف الإسرائيلي.
ونقلت مصادر إعلامية موالية للنظام السوري أن الرحلة أقلّت 151 مسافرا قدموا من الشارقة إلى مطار اللاذقية الدولي على متن طائرة لشركة "أجنحة الشام".
وفي الثالث من يونيو/حزيران الجاري حطت أول رحلة في مطار حلب الدولي قادمة من مطار الكويت وعلى متنها 85 مسافرا.
""", [
    ev("transport-ministry-announcement", "أعلنت وزارة النقل في الحكومة السورية، صباح اليوم الثلاثاء", LANDS, "'صباح اليوم الثلاثاء' = Tue 21 Jun 2022"),
    ev("flight-lands", "أن أول رحلة طيران وصلت إلى مطار اللاذقية", LANDS, "no own expression; the arrival announced 'صباح اليوم الثلاثاء' = Tue 21 Jun 2022"),
    ev("damascus-airport-strike", "القصف الإسرائيلي الأخير في مدرجه وبنيته", STRIKE, "no own expression ('الأخير'); the strike of Fri 10 Jun 2022 (hawaalsham: 'في العاشر من الشهر الجاري')"),
    ev("flights-diverted", "بعد نقل مسار الرحلات من مطار دمشق الدولي إلى مطارات محلية أخرى", DIVERTED[0], "no own expression; the diversion since the strike of Fri 10 Jun 2022 until the flight of Tue 21 Jun (my span)", end=DIVERTED[1]),
    ev("aleppo-kuwait-first-flight", "حطت أول رحلة في مطار حلب الدولي قادمة من مطار الكويت", "2022-06-03", "'في الثالث من يونيو/حزيران الجاري' in June 2022 = Fri 3 Jun 2022"),
])
art(S, "https://hawaalsham.com/%d9%88%d8%b5%d9%88%d9%84-%d8%a3%d9%88%d9%84-%d8%b1%d8%ad%d9%84%d8%a9-%d9%82%d8%a7%d8%af%d9%85%d8%a9-%d9%85%d9%86-%d9%85%d8%b7%d8%a7%d8%b1-%d8%a7%d9%84%d8%b4%d8%a7%d8%b1%d9%82%d8%a9/amp",
    "2022-06-22", "no date on the stored page; the body's 'وصلت صباح أمس أول رحلة' for the flight that landed on Tue 21 Jun 2022 (syria.tv stamped 2022.06.21) gives Wed 22 Jun 2022 (22 Jun 2022 was a Wednesday); the outlet tag 'هوى الشام|' dropped; headline kept from the page; the last, truncated sentence dropped", False, """
وصول أول رحلة قادمة من مطار الشارقة
وصلت صباح أمس أول رحلة طيران إلى مطار اللاذقية الدولي آتية من مطار الشارقة، في سياق توسيع تفعيل الحركة الجوية في مطار اللاذقية، لا سيما بعد نقل مسار الرحلات من مطار دمشق الدولي إلى مطارات محلية أخرى بسبب الأضرار التي لحقت به جراء العدوان الإسرائيلي الذي حدث في العاشر من الشهر الجاري.
وأقلّت الرحلة التي سيّرتها شركة أجنحة الشام للطيران 150 راكبا، على أن تصبح هذه الرحلة إلى الشارقة أسبوعياً (كل يوم ثلاثاء) من مطار اللاذقية وإليه.
وقال مضر الشيخ إبراهيم، أحد المستثمرين في شركة أجنحة الشام للطيران، في تصريح لمراسل سانا بعد هبوط الطائرة، إن "لإعادة تفعيل مطار اللاذقية الدولي بعدا اقتصاديا ووطنيا مميزا، ولا سيما لخدمة المسافرين السوريين وغير السوريين خلال فترة الأعياد وموسم السياحة بالصيف"، مشيرا إلى أن خط الشارقة واللاذقية سيبقى بشكل أسبوعي كل يوم ثلاثاء، ومعربا عن أمله في أن تُفتح وجهات جديدة عبر هذا المطار.
وأشاد الشيخ إبراهيم بالجهود التي يبذلها الكادر الوطني ورجال الأعمال السوريون لإعادة تشغيل حركة المطارات، قائلا إن هذه الكوادر أثبتت قدرتها على مواجهة كل محاولات استهداف سورية، سواء ما يتعلق منها بالعدوان أو بالحصار الاقتصادي.
""", [
    ev("flight-lands", "وصلت صباح أمس أول رحلة طيران إلى مطار اللاذقية الدولي", LANDS, "'صباح أمس' in an article of Wed 22 Jun 2022 = Tue 21 Jun"),
    ev("flights-diverted", "بعد نقل مسار الرحلات من مطار دمشق الدولي إلى مطارات محلية أخرى", DIVERTED[0], "no own expression; the diversion since the strike of Fri 10 Jun 2022 until the flight of Tue 21 Jun (my span)", end=DIVERTED[1]),
    ev("damascus-airport-strike", "العدوان الإسرائيلي الذي حدث في العاشر من الشهر الجاري", STRIKE, "'في العاشر من الشهر الجاري' in June 2022 = Fri 10 Jun 2022"),
    ev("sheikh-ibrahim-statement", "وقال مضر الشيخ إبراهيم، أحد المستثمرين", LANDS, "no own expression; his statement to SANA right after the landing of Tue 21 Jun 2022 ('بعد هبوط الطائرة')"),
])

# ---------------------------------------------------------------- syria-latakia-port-cma-cgm-contract-2025
S = "syria-latakia-port-cma-cgm-contract-2025"
SIGN = "2025-05-01"                        # the contract was signed at the presidential palace in Damascus on Thu 1 May 2025
TERM = (SIGN, "2055-05-01")                # thirty years from the signing
art(S, "https://royanews.tv/news/348213",
    "2025-05-01", "time stamp on the page 'نشر : 15:14 2025-05-01' (1 May 2025 was a Thursday; the body's 'الخميس'); the menus, the 'Read in English' link and the summary bullet dropped; headline kept from the page; the last, truncated sentence shortened", True, """
أ ف ب: سوريا توقع عقدا مع شركة فرنسية لتطوير ميناء اللاذقية بقيمة 230 مليون يورو
أعلنت سوريا الخميس أنها وقعت عقدا استثماريا مع شركة "سي أم إيه سي جي أم" الفرنسية يمتد لثلاثين عاما، بهدف تطوير ميناء اللاذقية وتشغيله، بحسب ما قاله مدير المرفأ ومسؤول في الشركة لوكالة فرانس برس.
وقد وُقّع العقد في القصر الرئاسي، حيث قال المدير الإقليمي للشركة الفرنسية جوزيف دقاق إن العقد يتضمن "استثمارا وإدارة لمرفأ اللاذقية للثلاثين عاما المقبلة"، مبديا سروره ببدء هذا التعاون الاستراتيجي.
بدوره، بيّن مدير مرفأ اللاذقية أحمد مصطفى أن قيمة الاستثمار في العقد تبلغ 230 مليون يورو، لافتا إلى أن المشروع يشمل "بناء رصيف جديد بمواصفات عالمية"، فضلا عن تطوير البنية التحتية للميناء وتحسين كفاءته التشغيلية.
ويُعد ميناء اللاذقية من أبرز الموانئ السورية المطلة على البحر المتوسط، ويندرج هذا الاتفاق ضمن مساعي الحكومة السورية لاستقطاب الاستثمارات الأجنبية.
""", [
    ev("contract-signing", "أعلنت سوريا الخميس أنها وقعت عقدا استثماريا", SIGN, "'الخميس' in an article stamped Thu 1 May 2025"),
    ev("contract-term-30-years", "يمتد لثلاثين عاما", TERM[0], "'يمتد لثلاثين عاما' from the signing of Thu 1 May 2025 (my span 1 May 2025 - 30 Apr 2055)", end=TERM[1]),
    ev("dakkak-statement", "حيث قال المدير الإقليمي للشركة الفرنسية جوزيف دقاق", SIGN, "no own expression; said to AFP at the signing of Thu 1 May 2025"),
    ev("mustafa-statement", "بيّن مدير مرفأ اللاذقية أحمد مصطفى", SIGN, "no own expression; said to AFP at the signing of Thu 1 May 2025"),
])
art(S, "https://levant-news.com/article/%D8%B9%D9%82%D8%AF-%D8%B4%D8%B1%D8%A7%D9%83%D8%A9-%D8%B7%D9%88%D9%8A%D9%84%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D8%AF-%D9%85%D8%B9-%D8%B4%D8%B1%D9%83%D8%A9-%D9%81%D8%B1%D9%86%D8%B3%D9%8A%D8%A9-%D8%A8%D9%82%D9%8A%D9%85%D8%A9-230-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D9%8A%D9%88%D8%B1%D9%88may-1,-2025,-6:18-pm",
    "2025-05-01", "the page's address carries 'may-1,-2025,-6:18-pm' and its head 'الخميس ٠١ / مايو / ٢٠٢٥'; the body's 'اليوم الخميس' agrees (1 May 2025 was a Thursday); the dark-mode switch and logo dropped; the bulleted list of terms re-worded as sentences; headline kept from the page; the last, truncated sentence dropped", True, """
عقد شراكة طويلة الأمد مع شركة فرنسية بقيمة 230 مليون يورو
وقّعت الهيئة العامة للمنافذ البرية والبحرية في سوريا مع شركة "سي إم إيه سي جي إم" الفرنسية عقدا لمدة 30 عامًا، يهدف إلى تطوير ميناء اللاذقية وتشغيله. وجرى توقيع العقد اليوم الخميس في القصر الرئاسي بالعاصمة السورية دمشق.
ومن أبرز ما ينص عليه العقد بين الهيئة السورية والشركة الفرنسية أن مدته تمتد لمدة 30 عامًا، وأن تطوير ميناء اللاذقية وتشغيله سيكلفان 230 مليون يورو إجمالا.
وستضخ الشركة في السنة الأولى 30 مليون يورو، ثم 200 مليون يورو في السنوات الأربع التالية.
وسيُشيَّد رصيف بطول كيلو ونصف وبعمق 17 مترًا، وستتيح التجهيزات الجديدة دخول السفن الكبيرة إلى مرفأ اللاذقية واستيعاب عدد أكبر من الحاويات.
وتبدأ فوائد العقد بعد مضي خمس سنوات من تجهيز البنية التحتية وإعادة تأهيل المرفأ، علما أن الحكومة السورية الجديدة ألغت العقد السابق الذي كانت تفاصيله مختلفة تمامًا.
""", [
    ev("contract-signing", "وجرى توقيع العقد اليوم الخميس في القصر الرئاسي", SIGN, "'اليوم الخميس' = Thu 1 May 2025"),
    ev("contract-term-30-years", "عقدا لمدة 30 عامًا، يهدف إلى تطوير ميناء اللاذقية", TERM[0], "'لمدة 30 عامًا' from the signing of Thu 1 May 2025 (my span 1 May 2025 - 30 Apr 2055)", end=TERM[1]),
    ev("first-year-investment", "وستضخ الشركة في السنة الأولى 30 مليون يورو", SIGN, "'في السنة الأولى' of the contract signed on Thu 1 May 2025 (my span 1 May 2025 - 30 Apr 2026)", end="2026-05-01"),
    ev("following-years-investment", "ثم 200 مليون يورو في السنوات الأربع التالية", "2026-05-01", "'في السنوات الأربع التالية' after the first year of the contract (my span 1 May 2026 - 30 Apr 2030)", end="2030-05-01"),
])
art(S, "https://www.alqiyady.com/amp/تطوير-ميناء-اللاذقية-في-سوريا-بالشراكة-مع-شركة-فرنسية-735023.html",
    "2025-05-02", "no date on the stored page; the body's 'أمس الخميس' for the signing of Thu 1 May 2025 (royanews stamped 2025-05-01) gives Fri 2 May 2025 (2 May 2025 was a Friday); the 'فيديو ذات صلة' player dropped; headline kept from the page; the last, truncated sentence dropped", False, """
تطوير ميناء اللاذقية في سوريا بالشراكة مع شركة فرنسية
أبرمت الحكومة السورية، أمس الخميس، عقدا استثماريا يمتد لثلاثة عقود مع شركة "سي إم إيه سي جي إم" الفرنسية لتطوير ميناء اللاذقية وتشغيله، وهو من أبرز الموانئ السورية على البحر المتوسط.
وتم التوقيع الرسمي في قصر الشعب بدمشق بحضور الرئيس السوري أحمد الشرع، في حدث لافت يُعد الأول من نوعه مع جهة دولية منذ التغيير السياسي الذي شهدته البلاد إثر سقوط نظام بشار الأسد في ديسمبر عام 2024.
وقال المدير الإقليمي للشركة الفرنسية جوزيف دقاق إن الشراكة لثلاثين عامًا تمثل التزاما طويل الأمد يعكس ثقة الشركة بقدرة سوريا على استعادة دورها مركزا لوجستيا وتجاريا مهما في المنطقة.
وبيّن دقاق أن العقد يشمل توسعة الميناء وتعميق أحواضه وتحديث بنيته التحتية وفق أعلى المعايير العالمية، ما سيتيح للميناء استقبال سفن ذات حمولات ضخمة ومواكبة التدفق المنتظر للبضائع في السنوات المقبلة.
وبحسب ما نشرته وكالة الأنباء السورية الرسمية "سانا"، فإن الاتفاق أُبرم بين الهيئة العامة للمنافذ البحرية والبرية والشركة الفرنسية ضمن خطة استراتيجية ترمي إلى إعادة تأهيل البنى الاقتصادية الأساسية في البلاد.
""", [
    ev("contract-signing", "أبرمت الحكومة السورية، أمس الخميس، عقدا استثماريا", SIGN, "'أمس الخميس' in an article of Fri 2 May 2025 = Thu 1 May"),
    ev("contract-term-30-years", "يمتد لثلاثة عقود", TERM[0], "'يمتد لثلاثة عقود' from the signing of Thu 1 May 2025 (my span 1 May 2025 - 30 Apr 2055)", end=TERM[1]),
    ev("assad-fall", "سقوط نظام بشار الأسد في ديسمبر عام 2024", "2024-12-08", "'في ديسمبر عام 2024' = the fall of Assad's regime on Sun 8 Dec 2024 (the month only in this text)"),
    ev("dakkak-statement", "وقال المدير الإقليمي للشركة الفرنسية جوزيف دقاق", SIGN, "no own expression; said at the signing of Thu 1 May 2025"),
    ev("sana-report", "وبحسب ما نشرته وكالة الأنباء السورية الرسمية", SIGN, "no own expression; SANA's report of the signing, Thu 1 May 2025"),
])

# ---------------------------------------------------------------- syria-latakia-ghazal-protests-curfew-2025
S = "syria-latakia-ghazal-protests-curfew-2025"
PROTEST = "2025-12-28"                     # protests called by Ghazal Ghazal in Latakia, Jableh, Tartus on Sun 28 Dec 2025
RIOTS = "2025-12-29"                       # riots in Latakia on the evening of Mon 29 Dec 2025
CURFEW = ("2025-12-30", "2026-01-01")      # curfew from 17:00 Tue 30 Dec to 06:00 Wed 31 Dec 2025
art(S, "https://www.vetogate.com/5562426",
    "2025-12-28", "date on the stored page (2025-12-28, a Sunday; the body's 'اليوم الأحد'); the font-size widget dropped; headline written from the body (the stored text shows none); the last, truncated sentence shortened", True, """
مقتل اثنين من الأمن الداخلي برصاص مسلحين خلال مظاهرات في اللاذقية وجبلة
أعلنت قوات الأمن السورية، اليوم الأحد، أن اثنين من عناصر الأمن الداخلي قُتلا برصاص مسلحين في محافظة اللاذقية، أثناء مظاهرات خرجت في مدينتي اللاذقية وجبلة.
ونقلت وكالة "سانا" عن قائد الأمن الداخلي في محافظة اللاذقية العميد عبد العزيز الأحمد قوله: "قُتل اثنان من عناصر الأمن وجُرح آخرون، وحُطمت سيارات تابعة للمهام الخاصة والشرطة، بعد اعتداء عناصر إرهابية من فلول النظام البائد شاركت في المظاهرات التي دعا إليها المدعو غزال غزال في مدينتي اللاذقية وجبلة".
وأضاف الأحمد أن قواته رصدت أثناء الاحتجاجات عناصر ملثمة ومسلحة تنتمي إلى ما يُعرف بـ"سرايا درع الساحل" و"سرايا الجواد" الإرهابيتين، اللتين تقفان وراء عمليات تصفية ميدانية وتفجير عبوات ناسفة.
وأردف أن مسلحين أطلقوا النار في الهواء خلال الاحتجاجات التي دعا إليها غزال غزال عند دوار الأزهري في مدينة اللاذقية، بينما تولت عناصر الأمن الداخلي احتواء الموقف.
اشتباكات بالسواطير والسكاكين ومحاولات دهس في اللاذقية
وكانت أعنف الاشتباكات عند دوار الأزهري في اللاذقية ودوار العمارة في جبلة، إذ سُجلت هجمات بالسواطير والسكاكين ومحاولات دهس، إلى جانب إطلاق نار.
""", [
    ev("security-members-killed", "أن اثنين من عناصر الأمن الداخلي قُتلا برصاص مسلحين", PROTEST, "'اليوم الأحد' = Sun 28 Dec 2025"),
    ev("protests", "أثناء مظاهرات خرجت في مدينتي اللاذقية وجبلة", PROTEST, "no own expression; the protests of Sun 28 Dec 2025 ('اليوم الأحد')"),
    ev("ahmad-statement", "ونقلت وكالة \"سانا\" عن قائد الأمن الداخلي", PROTEST, "no own expression; the statement of the same day, Sun 28 Dec 2025"),
    ev("shooting-in-the-air", "أن مسلحين أطلقوا النار في الهواء", PROTEST, "no own expression; during the protests of Sun 28 Dec 2025"),
    ev("azhari-clashes", "وكانت أعنف الاشتباكات عند دوار الأزهري في اللاذقية", PROTEST, "no own expression; the clashes during the protests of Sun 28 Dec 2025"),
])
art(S, "https://news.moqem-europe.com/%d9%85%d9%82%d8%aa%d9%84-4-%d8%a3%d8%b4%d8%ae%d8%a7%d8%b5-%d8%ae%d9%84%d8%a7%d9%84-%d8%a7%d8%b6%d8%b7%d8%b1%d8%a7%d8%a8%d8%a7%d8%aa-%d8%b1%d8%a7%d9%81%d9%82%d8%aa-%d8%a7%d8%ad%d8%aa%d8%ac%d8%a7%d8%ac",
    "2025-12-29", "date line on the page '📅 2025-12-29 11:36:35 | سائد الحاج علي | الحل نت' (a report of al-Hal net carried by moqem-europe; the site head 'الخميس, فبراير 19, 2026' is the crawl day); the hashtags, the 'ما هو ...؟' line and the SANA photo caption dropped; headline kept from the page; the stored excerpt ends after the chants", True, """
مقتل 4 أشخاص خلال اضطرابات رافقت احتجاجات في اللاذقية
لقي 4 أشخاص حتفهم وجُرح أكثر من مئة آخرين في اضطرابات رافقت احتجاجات عرفتها مدينة اللاذقية، بعدما تحولت تجمعات مطلبية إلى إطلاق نار وأعمال عنف، وسط روايات متضاربة بشأن الجهة المسؤولة.
وأعادت الأحداث التي اندلعت الأحد إبراز هشاشة الوضع الأمني في الساحل السوري، في ظل تنامي الاحتقان السياسي والطائفي منذ التغيير الذي عرفته البلاد العام الماضي.
احتجاجات ومطالب سياسية
وبحسب مصادر محلية، احتشد آلاف المتظاهرين في ساحة الأزهري وسط مدينة اللاذقية، في احتجاجات تصدّرها أفراد من الطائفة العلوية، مطالبين باعتماد نظام سياسي لا مركزي وإطلاق سراح آلاف السجناء، على خلفية ما اعتبروه انتهاكات طالت أبناء الطائفة.
وتعالت في الساحة هتافات تنادي بـ"الفيدرالية" وأخرى تشدد على وحدة السوريين.
""", [
    ev("four-killed-toll", "لقي 4 أشخاص حتفهم وجُرح أكثر من مئة آخرين", PROTEST, "no own expression; the toll of the unrest of Sun 28 Dec 2025 ('الأحداث التي اندلعت الأحد' in an article of Mon 29 Dec)"),
    ev("azhari-clashes", "بعدما تحولت تجمعات مطلبية إلى إطلاق نار وأعمال عنف", PROTEST, "'الأحد' in an article of Mon 29 Dec 2025 = Sun 28 Dec"),
    ev("assad-fall", "منذ التغيير الذي عرفته البلاد العام الماضي", "2024-12-08", "'العام الماضي' from Dec 2025 = 2024; the change is the fall of Assad on Sun 8 Dec 2024"),
    ev("protests", "احتشد آلاف المتظاهرين في ساحة الأزهري", PROTEST, "no own expression; the protests of Sun 28 Dec 2025 ('الأحد')"),
    ev("federalism-chants", "وتعالت في الساحة هتافات تنادي", PROTEST, "no own expression; during the protests of Sun 28 Dec 2025"),
])
art(S, "https://eremnews-fe-app-production.azurewebsites.net/news/world/zxxxd52",
    "2025-12-30", "no date on the stored page (an Erem News copy); the body's 'من الساعة 5 من مساء اليوم الثلاثاء' for the Latakia curfew announced on Tue 30 Dec 2025 (albayan and shorouknews dated 2025-12-30: 'الخامسة مساء اليوم الثلاثاء'), so it was published on Tue 30 Dec 2025; headline written from the body (the stored text shows none); the last, truncated sentence dropped", False, """
حظر تجوال في مدينة اللاذقية بعد أعمال شغب
أعلنت قيادة الأمن الداخلي في محافظة اللاذقية حظر التجوال في المدينة الواقعة على الساحل السوري، بدءا من الساعة 5 من مساء اليوم الثلاثاء، وحتى 6 من صباح الأربعاء.
وشددت القيادة في بيان على أن "قرار حظر التجوال لا يشمل الحالات الطارئة ولا الكوادر الطبية ولا فرق الإسعاف والإطفاء"، وطالبت المواطنين بالتقيد التام بمضمون القرار والتعاون مع الوحدات المختصة، تحت طائلة المساءلة القانونية للمخالفين.
وقُتل شخص وجُرح 13 آخرون في محافظة اللاذقية الليلة الماضية، بسبب "أعمال شغب" وفق وصف "تلفزيون سوريا".
وأفاد التلفزيون السوري الرسمي، اليوم الثلاثاء، بأن أعمال الشغب أسفرت كذلك عن تكسير ممتلكات عامة وخاصة وتخريبها في الشوارع.
وتنتشر قوات الأمن السوري بكثافة في المحافظة، فيما وصلت تعزيزات للجيش من ثكناته القريبة بهدف منع أي تجاوز جديد.
وتعيش المحافظة منذ يومين توترات حادة، إذ قُتل 4 أشخاص وجُرح أكثر من 100 قبل يومين إثر احتجاجات طالبت بإطلاق سراح الموقوفين واستنكرت تفجير مسجد الإمام علي في حمص الجمعة الماضية.
""", [
    ev("latakia-curfew", "أعلنت قيادة الأمن الداخلي في محافظة اللاذقية حظر التجوال", CURFEW[0], "'من الساعة 5 من مساء اليوم الثلاثاء، وحتى 6 من صباح الأربعاء' = 17:00 Tue 30 Dec to 06:00 Wed 31 Dec 2025", end=CURFEW[1]),
    ev("latakia-riots", "وقُتل شخص وجُرح 13 آخرون في محافظة اللاذقية الليلة الماضية", RIOTS, "'الليلة الماضية' in an article of Tue 30 Dec 2025 = the evening of Mon 29 Dec (albayan: 'مساء أمس الاثنين')"),
    ev("state-tv-report", "وأفاد التلفزيون السوري الرسمي، اليوم الثلاثاء", CURFEW[0], "'اليوم الثلاثاء' = Tue 30 Dec 2025"),
    ev("four-killed-toll", "إذ قُتل 4 أشخاص وجُرح أكثر من 100 قبل يومين", PROTEST, "'قبل يومين' from Tue 30 Dec 2025 = Sun 28 Dec"),
    ev("protests", "إثر احتجاجات طالبت بإطلاق سراح الموقوفين", PROTEST, "no own expression; the protests of Sun 28 Dec 2025 ('قبل يومين')"),
    ev("homs-mosque-bombing", "تفجير مسجد الإمام علي في حمص الجمعة الماضية", "2025-12-26", "'الجمعة الماضية' from Tue 30 Dec 2025 = Fri 26 Dec 2025"),
])

# ---------------------------------------------------------------- syria-tartus-arwad-fishing-boat-capsizing-2026
S = "syria-tartus-arwad-fishing-boat-capsizing-2026"
CAPSIZE = "2026-01-13"                     # the fishing boat of five Arwad fishermen capsized on Tue 13 Jan 2026 (reported at 16:00)
WED = "2026-01-14"                         # civil defence statement, bodies recovered, search ended on Wed 14 Jan 2026
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=14012026&id=04d46d21-bfd9-44df-9f1e-81fc513e3d07",
    "2026-01-14", "date on the stored page (2026-01-14, also 'cdate=14012026' in the address; 14 Jan 2026 was a Wednesday); headline written from the body (the stored text shows none)", True, """
مصرع شخصين وفقدان ثالث في انقلاب قارب صيد قبالة طرطوس
قضى شخصان وفُقد ثالث إثر انقلاب قارب صيد قبالة سواحل مدينة طرطوس على البحر المتوسط غربي سوريا، بحسب ما أعلنه الدفاع المدني الأربعاء.
ونقلت وكالة الأنباء السورية "سانا" عن مدير الطوارئ والكوارث في طرطوس عبد المنعم صطيف أن غرفة عمليات الدفاع المدني تلقت بلاغا عند الساعة الرابعة من عصر الثلاثاء (ت.ج+3)، عن انقلاب قارب صيد في البحر المتوسط بين جزيرة أرواد وساحل مدينة طرطوس بسبب ارتفاع الأمواج.
وأوضح صطيف أن فرق بحث وإنقاذ متخصصة شُكلت على الفور، وتوجهت إلى الشاطئ الممتد جنوب مدينة طرطوس نحو منطقة الحميدية.
وفي بيان صدر صباح الأربعاء، ذكر الدفاع المدني أن الحادث أدى، وفق المعطيات الأولية، إلى مصرع شخصين ونجاة شخصين آخرين، بينما لا يزال شخص واحد في عداد المفقودين.
ولفت البيان إلى أن فرق الدفاع المدني تواصل البحث عن المفقود بالتنسيق مع المديرية العامة للموانئ البحرية.
ووقع الحادث في وقت تأثرت فيه سوريا، خلال اليومين الماضيين، بمنخفض جوي رافقته أمطار غزيرة وتساقط للثلوج على المنطقة الساحلية ومناطق أخرى، إلى جانب ارتفاع أمواج البحر.
""", [
    ev("boat-capsizing", "إثر انقلاب قارب صيد قبالة سواحل مدينة طرطوس", CAPSIZE, "no own expression here; the capsizing reported 'عند الساعة الرابعة من عصر الثلاثاء' = Tue 13 Jan 2026"),
    ev("capsizing-report", "تلقت بلاغا عند الساعة الرابعة من عصر الثلاثاء", CAPSIZE, "'الساعة الرابعة من عصر الثلاثاء' in an article of Wed 14 Jan 2026 = 16:00 Tue 13 Jan"),
    ev("search-teams-formed", "أن فرق بحث وإنقاذ متخصصة شُكلت على الفور", CAPSIZE, "'على الفور' after the report of 16:00 Tue 13 Jan 2026"),
    ev("civil-defence-statement", "وفي بيان صدر صباح الأربعاء", WED, "'صباح الأربعاء' = Wed 14 Jan 2026"),
    ev("search-continues", "تواصل البحث عن المفقود", WED, "no own expression; still under way at the statement of Wed 14 Jan 2026"),
    ev("weather-depression", "بمنخفض جوي رافقته أمطار غزيرة", "2026-01-12", "'خلال اليومين الماضيين' from Wed 14 Jan 2026 = Mon 12 - Tue 13 Jan", end=WED),
])
art(S, "https://halabtodaytv.net/archives/286916",
    "2026-01-14", "no date on the stored page; the body's 'صباح اليوم الأربعاء' for the civil defence announcement of two bodies (shorouknews dated 2026-01-14: 'في بيان صدر صباح الأربعاء') and 'حادثة غرق الزورق أمس' for the capsizing of Tue 13 Jan 2026 give Wed 14 Jan 2026; headline written from the body (the stored text shows none)", False, """
العثور على جثة الصياد الخامس المفقود قبالة جزيرة أرواد
بعد عمليات بحث وإنقاذ متواصلة في مياه البحر المتوسط قبالة جزيرة أرواد بمحافظة طرطوس، عثرت فرق الدفاع المدني على جثة الشخص الخامس الذي فُقد في حادثة غرق الزورق أمس.
وكانت فرق الدفاع المدني قد أعلنت صباح اليوم الأربعاء انتشال جثتين وإنقاذ اثنين من أفراد طاقم القارب، في حين استمر البحث عن جثة الشخص الخامس حتى ظهر اليوم.
وعملت فرق الإنقاذ التابعة للدفاع المدني والمديرية العامة للموانئ البحرية، منذ ساعات الصباح الأولى، في سباق مع الزمن للعثور على الصياد الخامس المفقود، وسط ظروف بحرية صعبة عرقلت البحث، ويأتي الحادث نتيجة تقلبات جوية مفاجئة أدت إلى اضطراب البحر وارتفاع الأمواج على نحو غير معتاد في المنطقة.
وذكرت تقارير ميدانية أن القارب الصغير غرق قرب الجزيرة التاريخية، ما دفع الجهات المعنية إلى إطلاق عملية إنقاذ واسعة شاركت فيها فرق مختصة عدة.
ويعكس هذا الحادث المخاطر اليومية التي يواجهها أبناء المجتمع الساحلي الذين يعتمدون على البحر في رزقهم، وسط دعوات محلية إلى توخي الحذر ومتابعة أحوال الطقس باستمرار قبل الخروج في رحلات الصيد، لا سيما في الفصول التي تشهد تقلبات مناخية متسارعة.
""", [
    ev("fifth-body-found", "عثرت فرق الدفاع المدني على جثة الشخص الخامس", WED, "no own expression; found after the search that went on 'حتى ظهر اليوم' = the afternoon of Wed 14 Jan 2026"),
    ev("boat-capsizing", "في حادثة غرق الزورق أمس", CAPSIZE, "'أمس' from Wed 14 Jan 2026 = Tue 13 Jan"),
    ev("civil-defence-statement", "قد أعلنت صباح اليوم الأربعاء انتشال جثتين", WED, "'صباح اليوم الأربعاء' = Wed 14 Jan 2026"),
    ev("search-continues", "في حين استمر البحث عن جثة الشخص الخامس حتى ظهر اليوم", WED, "'حتى ظهر اليوم' = until noon of Wed 14 Jan 2026"),
    ev("search-teams-formed", "إلى إطلاق عملية إنقاذ واسعة", CAPSIZE, "no own expression; the rescue operation launched right after the capsizing of Tue 13 Jan 2026 (shorouknews: teams formed 'على الفور')"),
])
art(S, "https://yallasyrianews.com/a/87310",
    "2026-01-15", "the page states that the report (first published by Snack Syrian) was fetched from its source 'بتاريخ ١٥ كانون الثاني ٢٠٢٦' = Thu 15 Jan 2026, the day of this outlet's publication; that notice and the disclaimer dropped; headline kept from the page; the last, truncated sentence shortened; no date of its own in the text", True, """
فاجعة أرواد: غرق قارب صيد يعيد ثلاثة صيادين إلى ذويهم جثامين قبالة طرطوس
أمضت جزيرة أرواد ليلة حزينة وموجعة، إذ ودّع أهلها ثلاثة من أبنائهم الصيادين الذين خرجوا إلى البحر طلبا للرزق، فعادوا ملفوفين بالأكفان بعد غرق مأساوي لقارب صيد في مياه البحر الأبيض المتوسط قبالة سواحل طرطوس.
وبحسب ما قاله «محمد صبرة» من أهالي الجزيرة، فإن الضحايا هم: «محمد سعيد عباس (أبو سعيد)، ومحمد عبد الرحمن فحصة (الريس أبو عثمان)، وعبد القادر الجندي (الفرس)». وانتشرت صورة لبقايا لنش الصيد الغارق الذي كان البحّارة الثلاثة يعملون عليه.
وفي تعليقه على الحادثة، شدد المحامي فؤاد دملج على أنه لا يجوز لوم أي صياد يجازف بحياته ويخطئ في تقدير أحوال الطقس، لأن الصياد إن لم يخرج إلى الصيد نام هو وعائلته جائعين، مؤكدا أن هؤلاء الصيادين لا يخرجون من باب الهواية.
وبيّن دملج أن سوء تقدير الأحوال الجوية لا يمكن فصله عن الفقر المدقع الذي يعيشه صيادو الأسماك.
""", [
    ev("arwad-farewell", "إذ ودّع أهلها ثلاثة من أبنائهم الصيادين", WED, "'ليلة حزينة' before the report of Thu 15 Jan 2026 = the night after the last bodies were recovered on Wed 14 Jan (my day: Wed 14 Jan)"),
    ev("boat-capsizing", "بعد غرق مأساوي لقارب صيد", CAPSIZE, "no own expression; the capsizing of Tue 13 Jan 2026 (shorouknews: 'الساعة الرابعة من عصر الثلاثاء')"),
    ev("dmlj-comment", "شدد المحامي فؤاد دملج", WED, "no own expression; a comment made after the farewell, between Wed 14 and Thu 15 Jan 2026 (my span)", end="2026-01-16"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 558
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

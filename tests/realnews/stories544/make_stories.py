"""Builds stories.jsonl: the 544-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: water cuts and drinking-water crises in cities.
Stories: the Nouakchott thirst crisis after the halt of the Aftout es-Sahli pumping for the connection of the
new desilting plant (Mauritania, July-August 2025), and the Omdurman drinking-water crisis after the drone
strike on the Merowe dam power station stopped the al-Manara water plant (Sudan, January 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mauritania-nouakchott-aftout-desilting-thirst-2025
S = "mauritania-nouakchott-aftout-desilting-thirst-2025"
NOTICE = "2025-07-28"                      # the SNDE notice (Mon 28 Jul 2025, in the evening)
HALT = "2025-07-29"                        # pumping from Aftout es-Sahli stopped on Tue 29 Jul 2025 for the connection works
RETURN_2D = ("2025-07-29", "2025-08-01")   # 'within the next two days' (cadre): Tue 29 - Thu 31 Jul
RETURN_72H = ("2025-07-29", "2025-08-02")  # 'within 72 hours' (anbaa, lebjawi): Tue 29 Jul - Fri 1 Aug
CRISIS = ("2025-07-29", "2025-08-06")      # the thirst crisis, from the halt to Tue 5 Aug (the last article)
EXPLAIN = ("2025-08-04", "2025-08-06")     # the SNDE adviser's explanation, reported on Tue 5 Aug at 16:31
art(S, "https://www.cadre.mr/ar/node/8655",
    "2025-07-28", "no date line on the stored page; the body's 'ابتداء من يوم غد الثلاثاء 29 يوليو 2025' and 'في بلاغ صادر اليوم' put the report on the day of the SNDE notice, Mon 28 Jul 2025 (lebjawi: 'بلاغها الصادر بتاريخ 28 يوليو 2025'; 29 Jul 2025 was a Tuesday); headline written from the body (the stored text has none)", False, """
اضطرابات مؤقتة مرتقبة في توزيع المياه بنواكشوط
نبهت الشركة الوطنية للماء إلى أن توزيع المياه في مدينة نواكشوط قد يشهد اضطرابات مؤقتة ابتداء من يوم غد الثلاثاء 29 يوليو 2025، بسبب أشغال ربط منشأة إزالة الطمي الجديدة بمنظومة آفطوط الساحلي.
وبيّنت الشركة في بلاغ صادر اليوم أن هذه الأشغال تقتضي وقف ضخ المياه من المنظومة لبضع ساعات، مع استمرار تزويد المدينة بالماء انطلاقا من الخزان الرئيسي الموجود عند الكيلومتر 17.
وعبّرت الشركة عن أسفها لما قد ينجم عن هذه العملية الفنية من اضطرابات مؤقتة، مشددة على أن هذه الخطوة تندرج ضمن حل إشكالية فنية ظلت قائمة لسنوات.
وطمأنت الشركة زبناءها بأن الوضع سيعود تدريجيا إلى طبيعته خلال اليومين القادمين، وشكرتهم على تفهمهم وتعاونهم.
""", [
    ev("snde-notice", "وبيّنت الشركة في بلاغ صادر اليوم", NOTICE, "'اليوم' = the day before 'يوم غد الثلاثاء 29 يوليو 2025', Mon 28 Jul 2025"),
    ev("pumping-halt", "تقتضي وقف ضخ المياه من المنظومة لبضع ساعات", HALT, "no own day for the halt; the works and the disruptions begin 'يوم غد الثلاثاء 29 يوليو 2025' = Tue 29 Jul 2025"),
    ev("pk17-supply", "مع استمرار تزويد المدينة بالماء انطلاقا من الخزان الرئيسي", HALT, "during the halt of Tue 29 Jul 2025 (anbaa: 'ابتداء من اليوم الثلاثاء 29 يوليو 2025')"),
    ev("promised-return", "سيعود تدريجيا إلى طبيعته خلال اليومين القادمين", RETURN_2D[0], "'خلال اليومين القادمين' from the works of Tue 29 Jul 2025: my span Tue 29 - Thu 31 Jul 2025 (a promise, not kept)", end=RETURN_2D[1]),
])
art(S, "https://anbaa.info/?p=101082",
    "2025-07-29", "no date line on the stored page; the body's 'أعلنت الشركة مساء الاثنين' (the notice of Mon 28 Jul 2025) and 'ابتداء من اليوم الثلاثاء 29 يوليو 2025' give Tue 29 Jul 2025; headline kept from the page", False, """
إعلان وقف ضخ الماء 72 ساعة فى انواكشوط .. العاصمة الوحيدة التى تروى على ظهور الحمير
أنباء انفو- يواجه سكان نواكشوط، عاصمة موريتانيا، أزمة عطش حادة، في ظل عجز الشركة الوطنية للماء عن إيجاد حلول جذرية لمشكلة التزويد بالمياه، على الرغم من البيانات والتصريحات التي تصدرها والتي يصفها البعض بأنها دعائية أكثر منها خططا عملية.
ويرى مراقبون أن الشركة باتت واجهة للفساد وسوء التسيير، إذ أخفقت الإدارات المتعاقبة في تحسين خدماتها، بينما لا يزال سكان أحياء واسعة من العاصمة يعتمدون حتى اليوم على المياه التي تُنقل على ظهور الحمير.
وفي آخر بياناتها، أعلنت الشركة مساء الاثنين توقف ضخ المياه من منظومة “أفطوط الساحلي” لبضع ساعات ابتداء من اليوم الثلاثاء 29 يوليو 2025، وعللت ذلك بربط منشأة جديدة لإزالة الطمي.
وذكرت أن تزويد المدينة سيتواصل عبر الخزان الرئيسي عند الكيلومتر 17، وتوقعت أن يعود الوضع إلى طبيعته خلال 72 ساعة.
غير أن هذا الإعلان يصدر في وقت لم يعد فيه المواطنون يثقون بوعود الشركة المتكررة، إذ يعتبرون أن الأزمة الراهنة ليست طارئة، بل حصيلة تراكم سنوات من الإهمال وسوء التخطيط، وهو ما جعل نواكشوط استثناء مؤسفا بين عواصم العالم، مع تواصل مشاهد العطش اليومي في أحياء بأكملها دون حلول ملموسة.
""", [
    ev("snde-notice", "أعلنت الشركة مساء الاثنين", NOTICE, "'مساء الاثنين' before 'اليوم الثلاثاء 29 يوليو 2025' = Mon 28 Jul 2025"),
    ev("pumping-halt", "لبضع ساعات ابتداء من اليوم الثلاثاء 29 يوليو 2025", HALT, "'اليوم الثلاثاء 29 يوليو 2025' = Tue 29 Jul 2025"),
    ev("pk17-supply", "تزويد المدينة سيتواصل عبر الخزان الرئيسي عند الكيلومتر 17", HALT, "during the halt of 'اليوم الثلاثاء 29 يوليو 2025'"),
    ev("promised-return", "أن يعود الوضع إلى طبيعته خلال 72 ساعة", RETURN_72H[0], "'خلال 72 ساعة' from the halt of Tue 29 Jul 2025: my span Tue 29 Jul - Fri 1 Aug 2025 (a promise, not kept)", end=RETURN_72H[1]),
])
art(S, "https://www.lebjawi.info/?q=node%2F31856",
    "2025-08-04", "the stored page ends with the date '4 August 2025' (a Monday), dropped from the text as it is not part of the body; consistent with the body ('72 ساعة انقضت' after the notice of 28 Jul 2025); headline kept from the page", True, """
72 ساعة انقضت.. نواكشوط تصارع العطش وسط صمت رسمي
تعيش مدينة نواكشوط منذ أيام أزمة عطش حادة بسبب تأخر عودة المياه، مع أن المهلة التي ضربتها الشركة الوطنية للماء قد انتهت، وهي المهلة التي حددتها في بلاغها الصادر بتاريخ 28 يوليو 2025 وتعهدت فيه باستئناف التوزيع تدريجيا خلال 72 ساعة.
فقد أدت الأشغال الخاصة بربط منشأة إزالة الطمي بمنظومة آفطوط الساحلي، التي قدمتها الشركة على أنها “حل فني لإشكالية استمرت لسنوات”، إلى توقيف مؤقت لضخ المياه، غير أن هذا التوقيف المؤقت انقلب إلى انقطاع شبه كامل في عدد من أحياء العاصمة.
وزادت الأزمة من معاناة السكان مع ارتفاع غير مسبوق في أسعار المياه، حتى وصل سعر برميل الماء في بعض المناطق إلى خمسين ألف أوقية قديمة، في حين تعجز أسر كثيرة عن سد حاجاتها الأساسية من هذه المادة الحيوية.
ويطالب المواطنون بتوضيحات رسمية عن أسباب هذا التأخر وبخطة استعجالية لتوفير الماء في أسرع وقت ممكن، ويحذرون من أن استمرار الوضع قد يقود إلى كارثة إنسانية وصحية، لا سيما مع ارتفاع درجات الحرارة.
في المقابل، ما تزال الشركة الوطنية للماء صامتة، بينما تتعالى الأصوات الداعية إلى تدخل حكومي مباشر يضع حدا للأزمة ويضمن تزويدا مستقرا للعاصمة بالماء.
""", [
    ev("thirst-crisis", "تعيش مدينة نواكشوط منذ أيام أزمة عطش حادة", CRISIS[0], "'منذ أيام' in an article of Mon 4 Aug 2025: the crisis from the halt of Tue 29 Jul 2025 (anbaa, cadre) to Tue 5 Aug 2025 (elhawadith, still going on); my span", end=CRISIS[1]),
    ev("deadline-expired", "مع أن المهلة التي ضربتها الشركة الوطنية للماء قد انتهت", "2025-07-31", "no own day; 72 hours after the notice of Mon 28 Jul evening / the halt of Tue 29 Jul 2025: my span Thu 31 Jul - Fri 1 Aug 2025", end="2025-08-02"),
    ev("snde-notice", "في بلاغها الصادر بتاريخ 28 يوليو 2025", NOTICE, "'بتاريخ 28 يوليو 2025' = Mon 28 Jul 2025"),
    ev("promised-return", "باستئناف التوزيع تدريجيا خلال 72 ساعة", RETURN_72H[0], "'خلال 72 ساعة' from the halt of Tue 29 Jul 2025: my span Tue 29 Jul - Fri 1 Aug 2025 (a promise, not kept)", end=RETURN_72H[1]),
    ev("pumping-halt", "إلى توقيف مؤقت لضخ المياه", HALT, "no own day; the halt of Tue 29 Jul 2025 (anbaa: 'ابتداء من اليوم الثلاثاء 29 يوليو 2025')"),
    ev("water-price-surge", "وصل سعر برميل الماء في بعض المناطق إلى خمسين ألف أوقية قديمة", "2025-07-30", "no own day; during the crisis, after the halt of Tue 29 Jul and by the article of Mon 4 Aug 2025: my span Wed 30 Jul - Mon 4 Aug 2025", end="2025-08-05"),
])
art(S, "https://www.elhawadith.info/node/17335",
    "2025-08-05", "the stored page's time stamp 'ثلاثاء, 08/05/2025 - 16:31' (month/day/year; 5 Aug 2025 was a Tuesday), dropped from the text as it is not part of the body; headline kept from the page", True, """
"الماء"توضح أسباب تأخر عودة المياه إلي انواكشوط وتعد بانفراج قريب
بيّنت الشركة الوطنية للماء أن تأخر رجوع المياه إلى العاصمة نواكشوط سببه أشغال فنية متقدمة لتركيب منشأة جديدة لإزالة الطمي، وأكدت أن العمل بلغ مراحله الأخيرة وأن التوزيع سيعود إلى طبيعته تدريجيا خلال الأيام المقبلة.
وأفاد المستشار الفني لمدير الشركة، محمد الأمين ولد المصطفى السالك، بأن المشروع تأخر جراء بعض الإجراءات الفنية التي تنفذها الشركة الصينية المكلفة بالأشغال، وأضاف أن نسبة الطمي وصلت إلى مستويات قياسية لم تُسجل من قبل، وهو ما أحدث اضطرابا شاملا في إمدادات المياه.
وتعيش العاصمة منذ أكثر من أسبوع أزمة عطش خانقة طالت مختلف أحيائها، وقد عزتها الشركة إلى ما سمته "اضطرابات مؤقتة" في شبكة التوزيع، في حين يطالب السكان بتسريع الحلول ووضع حد للأزمة.
وشددت الشركة على أن فرقها تعمل على مدار الساعة لإتمام الأشغال الفنية وإعادة الخدمة إلى طبيعتها في أقرب الآجال.
""", [
    ev("snde-explanation", "بيّنت الشركة الوطنية للماء أن تأخر رجوع المياه", EXPLAIN[0], "no own day; the explanation (and the adviser's statement) reported on Tue 5 Aug 2025 at 16:31, after lebjawi's 'silence' of Mon 4 Aug: my span Mon 4 - Tue 5 Aug 2025", end=EXPLAIN[1]),
    ev("desilting-works", "أشغال فنية متقدمة لتركيب منشأة جديدة لإزالة الطمي", HALT, "no own day; the connection works began with the halt of Tue 29 Jul 2025 and were 'in their last stages' on Tue 5 Aug 2025: my span", end=CRISIS[1]),
    ev("thirst-crisis", "وتعيش العاصمة منذ أكثر من أسبوع أزمة عطش خانقة", CRISIS[0], "'منذ أكثر من أسبوع' in an article of Tue 5 Aug 2025: from the halt of Tue 29 Jul 2025 to the day of the article; my span", end=CRISIS[1]),
])

# ---------------------------------------------------------------- sudan-omdurman-manara-water-crisis-2025
S = "sudan-omdurman-manara-water-crisis-2025"
STRIKE = "2025-01-13"                      # the RSF drone strike on the Merowe dam (power station), 13 Jan 2025 (a Monday)
ANNOUNCE = "2025-01-18"                    # the Khartoum state government announced the water crisis on Sat 18 Jan 2025
GOVERNOR = ("2025-01-17", "2025-01-19")    # the governor's tour of the Karari wells, reported on Sat 18 Jan: my span 17-18 Jan
WCRISIS = ("2025-01-13", "2025-01-20")     # the Omdurman water crisis, from the strike to Sun 19 Jan ('استمرت أسبوعًا')
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=37010124",
    "2025-01-18", "no date line on the stored page; the body's 'اليوم (السبت)' with 'بعد خمسة أيام من قصف' of the Merowe dam 'في 13 يناير الجاري' (Mon 13 Jan 2025) gives Sat 18 Jan 2025 (alaan of Sun 19 Jan: 'أمس السبت'); a wire report; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
حكومة الخرطوم تعلن أزمة في مياه الشرب بأم درمان
كشفت حكومة ولاية الخرطوم السودانية اليوم (السبت) عن أزمة في مياه الشرب تعيشها مدينة ام درمان شمالي العاصمة جراء انقطاع الكهرباء، وذلك بعد خمسة أيام من قصف طال سد مروي في شمال البلاد.
وأوضحت الحكومة في بيان صحفي اليوم أن "الانقطاع الكامل للإمداد الكهربائي تسبب في مشكلة مياه بعد أن خرجت المحطات النيلية والآبار عن الخدمة".
وتابعت "نعمل بجهود مكثفة على تنفيذ حلول عاجلة لمعالجة أزمة مياه الشرب".
وزار والي الخرطوم عددا من الآبار في محلية كرري بأم درمان، واطلع على تشغيلها بالمولدات، ووجّه بتزويد المواطنين بالمياه من مخزون محطة مياه المنارة، وفق إعلام ولاية الخرطوم.
وبحسب هيئة مياه الخرطوم، توقفت محطة مياه المنارة، المحطة الرئيسية المغذية لمدينة ام درمان، عن العمل بسبب انقطاع التيار الكهربائي إثر استهداف قوات الدعم السريع سد مروي بشمال السودان في 13 يناير الجاري.
وذكرت الهيئة في تعميم صحفي اليوم أن مهندسيها ينفذون معالجات طارئة لتشغيل آبار المياه وإعادة ضخها في الشبكة القومية.
وأعلنت تشغيل 15 بئرًا، وهو ما أسهم إلى حد كبير في توفير الإمداد المائي لبعض المناطق.
""", [
    ev("govt-announces-crisis", "كشفت حكومة ولاية الخرطوم السودانية اليوم (السبت)", ANNOUNCE, "'اليوم (السبت)' = Sat 18 Jan 2025"),
    ev("omdurman-water-crisis", "أزمة في مياه الشرب تعيشها مدينة ام درمان", WCRISIS[0], "no own day; from the strike of 13 Jan 2025 that cut the power to Sun 19 Jan 2025 (al-Taghyeer: 'أزمة المياه التي استمرت أسبوعًا'); my span", end=WCRISIS[1]),
    ev("governor-inspects-wells", "وزار والي الخرطوم عددا من الآبار في محلية كرري", GOVERNOR[0], "no own day; reported with the announcement of Sat 18 Jan 2025: my span Fri 17 - Sat 18 Jan 2025", end=GOVERNOR[1]),
    ev("manara-stopped", "توقفت محطة مياه المنارة، المحطة الرئيسية المغذية لمدينة ام درمان، عن العمل", STRIKE, "no own day; the plant stopped with the power cut caused by the strike 'في 13 يناير الجاري' = Mon 13 Jan 2025"),
    ev("merowe-strike", "استهداف قوات الدعم السريع سد مروي بشمال السودان في 13 يناير الجاري", STRIKE, "'في 13 يناير الجاري' = Mon 13 Jan 2025 (also 'بعد خمسة أيام' before Sat 18 Jan)"),
    ev("water-authority-circular", "وذكرت الهيئة في تعميم صحفي اليوم", ANNOUNCE, "'اليوم' = Sat 18 Jan 2025"),
])
art(S, "https://alaan.sa/new/s/57733",
    "2025-01-19", "the stored page's time stamp '01-19-2025 09:33 صباحاً' (Sun 19 Jan 2025), dropped from the text; consistent with the body's 'أمس السبت' for the announcement of Sat 18 Jan 2025; headline kept from the page; the repeated, truncated last sentence dropped", True, """
أزمة في مياه الشرب بمدينة أم درمان شمالي العاصمة السودانية
متابعة - أفادت حكومة ولاية الخرطوم السودانية أمس السبت بأن مدينة ام درمان شمالي العاصمة تمر بأزمة في مياه الشرب نتيجة انقطاع الكهرباء، بعد خمسة أيام من قصف استهدف سد مروي شمال البلاد.
وذكرت الحكومة في بيان صحفي أن "مشكلة المياه نشأت عن الانقطاع الكامل للإمداد الكهربائي الذي أخرج المحطات النيلية والآبار من الخدمة".
وأضافت أنها "تبذل جهودا مكثفة لتطبيق حلول عاجلة تعالج أزمة مياه الشرب".
وقام والي الخرطوم بجولة على عدد من الآبار بمحلية كرري في ام درمان، تابع خلالها تشغيلها بالمولدات، ووجّه بإيصال المياه إلى المواطنين من مخزون محطة مياه المنارة، حسب إعلام ولاية الخرطوم.
ووفقا لهيئة مياه الخرطوم، فإن محطة مياه المنارة، وهي المحطة الرئيسية لتغذية مدينة أم درمان، توقفت عن العمل لانقطاع التيار الكهربائي بعدما استهدفت قوات الدعم السريع سد مروي بشمال السودان في 13 يناير الجاري.
وأشارت الهيئة في تعميم صحفي إلى أن مهندسيها يباشرون معالجات طارئة لتشغيل آبار المياه وإعادة ضخ مياهها في الشبكة القومية.
""", [
    ev("govt-announces-crisis", "أفادت حكومة ولاية الخرطوم السودانية أمس السبت", ANNOUNCE, "'أمس السبت' in an article of Sun 19 Jan 2025 = Sat 18 Jan 2025"),
    ev("merowe-strike", "بعدما استهدفت قوات الدعم السريع سد مروي بشمال السودان في 13 يناير الجاري", STRIKE, "'في 13 يناير الجاري' = Mon 13 Jan 2025"),
    ev("manara-stopped", "توقفت عن العمل لانقطاع التيار الكهربائي", STRIKE, "no own day; the plant stopped with the power cut caused by the strike of Mon 13 Jan 2025"),
    ev("governor-inspects-wells", "وقام والي الخرطوم بجولة على عدد من الآبار", GOVERNOR[0], "no own day; reported with the announcement of Sat 18 Jan 2025 (ksaplayers): my span Fri 17 - Sat 18 Jan 2025", end=GOVERNOR[1]),
    ev("water-authority-circular", "وأشارت الهيئة في تعميم صحفي", ANNOUNCE, "no own day; the circular of Sat 18 Jan 2025 (ksaplayers: 'في تعميم صحفي اليوم' on that Saturday)"),
])
art(S, "https://www.arabkhabar.com/a/4023234",
    "2025-01-19", "the stored page's 'تاريخ النشر: 19th, January 2025' (a Sunday), dropped from the text; an al-Taghyeer report carried by arabkhabar; headline kept from the page; the truncated last sentence (a resident's quotation) dropped", True, """
العطش يجبر سكان الحتانة على تشغيل بئر متوقفة لـ(5) سنوات
دفع العطش سكان الواحة مربع (4) بالحتانة إلى إعادة تشغيل بئر بعد توقفها لخمس سنوات، بينما حمّل مواطنون حكومة ولاية الخرطوم مسؤولية الإخفاق في تشغيل محطة المنارة لإنهاء أزمة المياه.
أم درمان – كمبالا: التغيير
اضطر سكان الواحة مربع 4 بالحتانة في محلية كرري شمالي أم درمان إلى تشغيل بئر ظلت معطلة لخمس سنوات، لمواجهة أزمة المياه التي استمرت أسبوعًا.
وكانت محطة مياه المنارة، إحدى محطات المياه الرئيسية في أم درمان، قد خرجت عن الخدمة إثر قصف محطة توليد الكهرباء بسد مروي في الولاية الشمالية، على بعد نحو 350 كيلومترًا شمال العاصمة الخرطوم.
وذكر مواطنون لـ“التغيير” أن لجنة مربع 4 قررت إنقاذ الوضع بإعادة تشغيل بئر الحي المتوقفة منذ خمس سنوات، بعدما زاد العطش من معاناة سكان أم درمان.
وأوضحوا أن سعر برميل المياه بلغ (5) آلاف جنيه في المناطق المجاورة للنيل، و(10) آلاف في المناطق البعيدة عنه.
وأضافوا أن هذا المبلغ مرتفع جدا ويعجز كثير من المواطنين عن تدبيره، بعدما فقد أغلب المواطنين وظائفهم وتوقف صرف المرتبات منذ انطلاق الحرب التي تقترب من العامين.
""", [
    ev("hatana-well-restarted", "اضطر سكان الواحة مربع 4 بالحتانة في محلية كرري شمالي أم درمان إلى تشغيل بئر", GOVERNOR[0], "no own day; during the crisis, reported on Sun 19 Jan 2025: my span Fri 17 - Sun 19 Jan 2025", end=WCRISIS[1]),
    ev("omdurman-water-crisis", "أزمة المياه التي استمرت أسبوعًا", WCRISIS[0], "'استمرت أسبوعًا' in an article of Sun 19 Jan 2025: from the strike of Mon 13 Jan 2025 to Sun 19 Jan 2025; my span", end=WCRISIS[1]),
    ev("manara-stopped", "وكانت محطة مياه المنارة، إحدى محطات المياه الرئيسية في أم درمان، قد خرجت عن الخدمة", STRIKE, "no own day; with the power cut caused by the strike of Mon 13 Jan 2025 (ksaplayers, alaan: 'في 13 يناير الجاري')"),
    ev("merowe-strike", "قصف محطة توليد الكهرباء بسد مروي", STRIKE, "no own day; the strike 'في 13 يناير الجاري' (ksaplayers, alaan) = Mon 13 Jan 2025"),
    ev("war-outbreak", "منذ انطلاق الحرب التي تقترب من العامين", "2023-04-15", "no own day ('تقترب من العامين' in Jan 2025); the war between the army and the RSF broke out on Sat 15 Apr 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 544
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

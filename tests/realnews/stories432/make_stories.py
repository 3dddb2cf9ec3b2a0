"""Builds stories.jsonl: the 432-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: universities and students in Arab countries: exam results
announced, university admission rounds, student protests and sit-ins, exam cheating and leak scandals, campus
incidents.
Stories: see README.md.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-aden-ust-fees-strike-2025
S = "yemen-aden-ust-fees-strike-2025"
STRIKE = "2025-09-06"                      # the general strike of the students of the University of Science and Technology in Aden, Sat 6 Sep 2025
ANNOUNCE = "2025-09-08"                    # the university announced the suspension of classes on Mon 8 Sep 2025 (evening)
SUSPEND = "2025-09-09"                     # classes suspended from Tue 9 Sep 2025; the al-Mansoura local authority closed the main campus that day
PROTESTS = ("2025-09-06", "2025-09-09")    # the strikes and sit-ins of the days before the suspension (my span Sat 6 - Mon 8 Sep)
FEES = ("2025-08-01", "2025-08-28")        # the fee increase for 2025/26, decided before the first sit-in of Wed 27 Aug 2025 (my span)
art(S, "https://yemennownews.com/article/3089985",
    "2025-09-07", "the page's date line 'الأحد - 07 سبتمبر 2025 - 01:20 ص بتوقيت عدن' (kept as second line; 7 Sep 2025 was a Sunday); the body's 'يوم السبت' agrees; the aggregator's furniture (view count, source tags 'نافذة اليمن - خاص') dropped; headline kept from the page; the student's message (quoted by Salah al-Saqaldi) re-worded as reported speech and cut before its last appeal", True, """
طلاب العلوم والتكنولوجيا يُضربون عن الدراسة رفضاً لزيادة الرسوم المجحفة في عدن
الأحد - 07 سبتمبر 2025 - 01:20 ص بتوقيت عدن
نفّذ طلاب جامعة العلوم والتكنولوجيا في العاصمة عدن يوم السبت إضرابًا شاملًا عن الدراسة، رفضًا لقرار إدارة الجامعة رفع الرسوم الدراسية السنوية، وهو قرار وصفه الطلاب بأنه "مجحف وغير مبرر".
وأوضح الطلاب المشاركون في الاحتجاج أن الزيادة أتت على الرغم من تحسن سعر صرف العملة المحلية أمام العملات الأجنبية، ورأوا في القرار استغلالًا للظروف الاقتصادية الصعبة ومضاعفة لمعاناة الأسر، الأمر الذي أشاع استياء واسعا داخل الحرم الجامعي.
وشدد الطلاب على أنهم ماضون في الإضراب إلى أن تتراجع الإدارة عن القرار أو تعدله بما يلائم قدرة الطلاب وأسرهم المعيشية، مؤكدين أن بقاء القرار يهدد مستقبلهم الدراسي ويعيق حقهم في التعليم.
ونشر الصحفي صلاح السقلدي رسالة تلقاها من أحد الطلاب، ذكر فيها أن الرسوم في العام المنصرم كانت تُحتسب بـ850 مقابل الألف دولار ثم صارت 1100، وأن الإدارة رفضت خفضها مع أن الجامعات الخاصة كلها خفضت رسومها إلى 50% من سعر صرف البنك، مضيفا أنهم يتظاهرون اليوم أمام مبنى الجامعة أملا في أن يبلغ صوتهم الجهات المعنية.
""", [
    ev("general-strike", "نفّذ طلاب جامعة العلوم والتكنولوجيا في العاصمة عدن يوم السبت إضرابًا شاملًا", STRIKE, "'يوم السبت' in a page of Sun 7 Sep 2025 (01:20) = Sat 6 Sep 2025"),
    ev("fee-increase", "رفضًا لقرار إدارة الجامعة رفع الرسوم الدراسية السنوية", FEES[0], "no own expression; the increase for the year 2025/26 was decided before the students' first sit-in of Wed 27 Aug 2025 (sawt-alasima); my span August 2025", end=FEES[1]),
    ev("strike-to-continue", "ماضون في الإضراب إلى أن تتراجع الإدارة", STRIKE, "no own expression; the students' vow of Sat 6 Sep 2025, the strike going on until the suspension of Tue 9 Sep (my span 6-8 Sep)", end=SUSPEND),
    ev("saturday-protest", "يتظاهرون اليوم أمام مبنى الجامعة", STRIKE, "'اليوم' of the student's message sent on the strike day = Sat 6 Sep 2025"),
])
art(S, "https://yemennewsnow.com/article/3092107",
    "2025-09-08", "the body's 'اليوم الاثنين' with 'يوم غدٍ الثلاثاء 9 سبتمبر 2025' (both kept) give Mon 8 Sep 2025 (checked: 9 Sep 2025 was a Tuesday); the aggregator's furniture (source 'يني يمن', view count, Google News line) dropped; headline kept from the page", True, """
تعليق الدراسة في جامعة العلوم بعدن
أعلنت جامعة العلوم والتكنولوجيا في العاصمة المؤقتة عدن، اليوم الاثنين، وقف الدراسة في مركزها الرئيس ابتداءً من يوم غدٍ الثلاثاء 9 سبتمبر 2025 وحتى إشعار آخر، إثر اندلاع احتجاجات طلابية واسعة رفضًا لقرارات زيادة الرسوم الدراسية.
وأفادت مصادر طلابية صحيفة عدن الغد بأن مئات الطلاب نظموا وقفات احتجاجية داخل الحرم الجامعي، أعلنوا فيها رفضهم للزيادات الأخيرة في الرسوم، التي قالوا إنها تتجاوز قدرة أغلب الأسر في ظل تدهور الأوضاع الاقتصادية في البلاد.
وتابعت المصادر أن إدارة الجامعة اتخذت قرار إيقاف الدراسة كليا سعيا لاحتواء التوتر، في حين تتصاعد الدعوات إلى حوار مباشر بين الإدارة والطلاب للوصول إلى حلول تكفل استمرار العملية التعليمية دون أعباء جديدة.
وأثارت هذه التطورات قلقا واسعا بين الطلاب وأولياء الأمور على مستقبل العام الدراسي، وسط مطالبات لوزارة التعليم العالي بالتدخل العاجل لوضع حد للأزمات المتكررة التي تهدد استقرار الجامعات الخاصة في اليمن.
""", [
    ev("suspension-announced", "أعلنت جامعة العلوم والتكنولوجيا في العاصمة المؤقتة عدن، اليوم الاثنين", ANNOUNCE, "'اليوم الاثنين' = Mon 8 Sep 2025"),
    ev("suspension-begins", "وقف الدراسة في مركزها الرئيس ابتداءً من يوم غدٍ الثلاثاء 9 سبتمبر 2025", SUSPEND, "'يوم غدٍ الثلاثاء 9 سبتمبر 2025' = Tue 9 Sep 2025 (the start of the suspension, 'until further notice')"),
    ev("fee-increase", "رفضًا لقرارات زيادة الرسوم الدراسية", FEES[0], "no own expression; the increase for 2025/26 decided before the sit-in of Wed 27 Aug 2025 (my span August 2025)", end=FEES[1]),
    ev("campus-protests", "مئات الطلاب نظموا وقفات احتجاجية داخل الحرم الجامعي", PROTESTS[0], "no own expression; the strikes and sit-ins on campus from Sat 6 Sep up to the announcement of Mon 8 Sep 2025 (my span)", end=PROTESTS[1]),
])
art(S, "https://7adramout.net/%d8%b9%d9%82%d8%a8-%d8%a7%d8%ad%d8%aa%d8%ac%d8%a7%d8%ac%d8%a7%d8%aa-%d8%b7%d9%84%d8%a7%d8%a8%d9%8a%d8%a9-%d8%a7%d9%84%d8%b3%d9%84%d8%b7%d8%a9-%d8%a7%d9%84%d9%85%d8%ad%d9%84%d9%8a%d8%a9-%d8%a8%d9%85",
    "2025-09-09", "the body's 'ابتداء من اليوم الثلاثاء 2025/09/09م' (kept; 9 Sep 2025 was a Tuesday) with 'مساء امس الإثنين'; the republishing note (the text is Yemen Voice's) dropped; headline kept from the page", True, """
بعد احتجاجات الطلاب.. السلطة المحلية في مديرية المنصورة تغلق جامعة العلوم والتكنولوجيا بعدن
أقدمت السلطة المحلية في مديرية المنصورة بمحافظة عدن على إغلاق جامعة العلوم والتكنولوجيا – المركز الرئيسي في العاصمة المؤقتة عدن، في أعقاب احتجاجات طلابية تطالب بخفض الرسوم الدراسية.
وكانت الجامعة قد أعلنت مساء امس الإثنين تعليق الدراسة في مركزها الرئيسي ابتداء من اليوم الثلاثاء 2025/09/09م وحتى إشعار آخر.
ويأتي القرار عقب سلسلة من الإضرابات والاحتجاجات التي نفذها الطلاب خلال الأيام الماضية للمطالبة بخفض الرسوم الدراسية المرتفعة، التي رأوا أنها لا تلائم الأوضاع الاقتصادية الصعبة في البلاد.
وفي الوقت ذاته، دعا مندوبو الأقسام الطلاب إلى الانضمام إلى وقفة احتجاجية، مشيرين إلى أن الوقفات ستتواصل حتى تُخفض الرسوم، ومؤكدين حق الطلاب في التعبير عن آرائهم بشكل سلمي.
في المقابل، شددت إدارة الجامعة على أن قرار تعليق الدراسة لا صلة له بمطالب الطلاب الاحتجاجية.
""", [
    ev("campus-closed", "أقدمت السلطة المحلية في مديرية المنصورة بمحافظة عدن على إغلاق جامعة العلوم والتكنولوجيا", SUSPEND, "no own expression; the closure of Tue 9 Sep 2025 (almajhar: 'الثلاثاء')"),
    ev("suspension-announced", "وكانت الجامعة قد أعلنت مساء امس الإثنين", ANNOUNCE, "'مساء امس الإثنين' in an article of Tue 9 Sep = the evening of Mon 8 Sep 2025"),
    ev("suspension-begins", "تعليق الدراسة في مركزها الرئيسي ابتداء من اليوم الثلاثاء 2025/09/09م", SUSPEND, "'اليوم الثلاثاء 2025/09/09م' = Tue 9 Sep 2025"),
    ev("campus-protests", "سلسلة من الإضرابات والاحتجاجات التي نفذها الطلاب خلال الأيام الماضية", PROTESTS[0], "'خلال الأيام الماضية' from Tue 9 Sep = the strike of Sat 6 Sep and the sit-ins up to Mon 8 Sep 2025 (my span)", end=PROTESTS[1]),
    ev("call-for-sit-in", "دعا مندوبو الأقسام الطلاب إلى الانضمام إلى وقفة احتجاجية", ANNOUNCE, "'وفي الوقت ذاته' = at the time of the suspension; the call of Mon 8 - Tue 9 Sep 2025 (my span)", end="2025-09-10"),
    ev("university-denies-link", "شددت إدارة الجامعة على أن قرار تعليق الدراسة لا صلة له", ANNOUNCE, "no own expression; the university's statement with or after the announcement of Mon 8 Sep, reported on Tue 9 Sep 2025 (my span 8-9 Sep)", end="2025-09-10"),
])
art(S, "https://www.almajhar.net/cat/policy/news24018.html",
    "2025-09-09", "no date line on the stored page; the body's 'الثلاثاء' for the closure and 'ابتداءً من اليوم' for the suspension that began on Tue 9 Sep 2025 (yemennewsnow, 7adramout) give Tue 9 Sep 2025; the 'follow us on X' line dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
السلطة المحلية تغلق المركز الرئيسي لجامعة العلوم والتكنولوجيا في عدن
أغلقت السلطة المحلية في مديرية المنصورة بالعاصمة المؤقتة عدن، الثلاثاء، المركز الرئيسي لجامعة العلوم والتكنولوجيا، إثر احتجاجات طلابية تطالب بخفض الرسوم الدراسية المرتفعة.
وذكرت مصادر أكاديمية أن السلطات المحلية في المديرية أغلقت مبنى الجامعة، لافتة إلى أن الطلاب هم أول المتضررين من الإغلاق.
وجاء ذلك في حين صعّد الطلاب تحركاتهم بوقفات احتجاجية وإضرابات متتالية، مطالبين بخفض الرسوم الدراسية بما ينسجم مع الظروف الاقتصادية الخانقة في البلاد.
في المقابل، أعلنت الجامعة أنها ستوقف الدراسة ابتداءً من اليوم وحتى إشعار آخر، مؤكدة أن قرار التعليق لا علاقة له بمطالب الطلاب الاحتجاجية.
وأثار قرار السلطة المحلية إغلاق الجامعة موجة انتقادات واسعة، إذ رأى فيه ناشطون وحقوقيون تجاوزا صريحا للقانون واعتداء مباشرا على الحق الدستوري في التعليم.
وأوضحوا أن إغلاق أي مؤسسة تعليمية لا يكون إلا بأحكام قضائية أو بقرارات رسمية من النيابة المختصة، لا بقرارات منفردة من السلطات المحلية.
""", [
    ev("campus-closed", "أغلقت السلطة المحلية في مديرية المنصورة بالعاصمة المؤقتة عدن، الثلاثاء", SUSPEND, "'الثلاثاء' = Tue 9 Sep 2025"),
    ev("campus-protests", "صعّد الطلاب تحركاتهم بوقفات احتجاجية وإضرابات متتالية", PROTESTS[0], "no own expression; the strikes and sit-ins from Sat 6 Sep up to Mon 8 Sep 2025 (my span)", end=PROTESTS[1]),
    ev("suspension-begins", "ستوقف الدراسة ابتداءً من اليوم وحتى إشعار آخر", SUSPEND, "'ابتداءً من اليوم' = Tue 9 Sep 2025"),
    ev("university-denies-link", "مؤكدة أن قرار التعليق لا علاقة له بمطالب الطلاب الاحتجاجية", ANNOUNCE, "no own expression; the university's statement of Mon 8 - Tue 9 Sep 2025 (my span)", end="2025-09-10"),
    ev("closure-criticized", "وأثار قرار السلطة المحلية إغلاق الجامعة موجة انتقادات واسعة", SUSPEND, "no own expression; the criticism on the day of the closure, Tue 9 Sep 2025"),
])

# ---------------------------------------------------------------- syria-aleppo-university-dorm-fire-2023
S = "syria-aleppo-university-dorm-fire-2023"
FIRE = "2023-01-09"                        # the fire in unit 10 of the Aleppo university housing, 04:30 on Mon 9 Jan 2023; the Interior Ministry's statement the same day
DAMASCUS = ("2019-12-01", "2020-01-01")    # the death of a student from Daraa in a fire in unit 6 of the Mezzeh university city, December 2019
art(S, "https://www.elbalad.news/5602624",
    "2023-01-09", "the body's 'اليوم الإثنين' with the quoted statement's 'من تاريخ 9 / 1 /2023' (both kept; 9 Jan 2023 was a Monday); the masthead (editors' names), the '| شاهد' tag and the photo captions dropped; headline kept from the page", True, """
إصابة 13 طالبة في حريق بالسكن الجامعي في حلب
أفادت وزارة الداخلية السورية بإصابة 13 طالبة جراء حريق نشب، اليوم الإثنين، في إحدى غرف السكن الجامعي بحلب، مبينة أن التحقيق الأولي يرجح أن يكون الحريق ناجما عن ماس كهربائي.
وجاء في البيان أنه "بالساعة الرابعة والنصف صباحا من تاريخ 9 / 1 /2023" اندلع حريق في غرفة سكنية تابعة للوحدة السكنية العاشرة في السكن الجامعي بحلب، فتوجهت على الفور دوريات من قسم شرطة الشهباء وفوج إطفاء حلب إلى الموقع وأخمدت النيران.
وأضاف البيان أن الحريق خلّف أضرارا مادية في الأثاث، وأصيبت ثلاث عشرة طالبة بحالات اختناق ورضوض نتيجة تدافعهن أثناء إخلاء الجناح، ونُقلن إلى مشفى حلب الجامعي حيث تلقين العلاج اللازم ثم غادرنه.
وخلصت التحقيقات الأولية التي أجراها قسم شرطة الشهباء إلى أن الحريق سببه ماس كهربائي في الغرفة السكنية، فيما تتواصل التحقيقات.
""", [
    ev("ministry-statement", "أفادت وزارة الداخلية السورية بإصابة 13 طالبة", FIRE, "'اليوم الإثنين' = Mon 9 Jan 2023 (the statement's own date is 9/1/2023)"),
    ev("dorm-fire", "اندلع حريق في غرفة سكنية تابعة للوحدة السكنية العاشرة", FIRE, "'بالساعة الرابعة والنصف صباحا من تاريخ 9 / 1 /2023' = 04:30 on Mon 9 Jan 2023"),
    ev("fire-put-out", "فتوجهت على الفور دوريات من قسم شرطة الشهباء وفوج إطفاء حلب", FIRE, "'على الفور' after the fire of 04:30 on Mon 9 Jan 2023"),
    ev("students-injured", "وأصيبت ثلاث عشرة طالبة بحالات اختناق ورضوض", FIRE, "no own expression; the injuries of the fire of Mon 9 Jan 2023"),
    ev("taken-to-hospital", "ونُقلن إلى مشفى حلب الجامعي حيث تلقين العلاج", FIRE, "no own expression; the students were taken to hospital and discharged on Mon 9 Jan 2023"),
    ev("short-circuit-finding", "وخلصت التحقيقات الأولية التي أجراها قسم شرطة الشهباء", FIRE, "no own expression; the first findings given in the statement of Mon 9 Jan 2023"),
])
art(S, "https://baladi-news.com/ar/articles/90114/حريق-في-سكن-الطالبات-بمدينة-حلب-الجامعية-والإطفاء-يصل-بعد-ساعة-ونصف",
    "2023-01-09", "the body's 'فجر اليوم الاثنين 9 كانون الثاني/يناير' (kept; 9 Jan 2023 was a Monday, the year from the known fire and the 2019 background); the byline 'بلدي نيوز - (مصعب الأشقر)', the page title suffix and the related-articles list dropped; headline kept from the page", True, """
حريق في سكن الطالبات بمدينة حلب الجامعية.. والإطفاء يصل بعد ساعة ونصف!
أُصيبت عدة طالبات في جامعة حلب بحروق متفاوتة الشدة، إثر حريق اندلع في المدينة الجامعية فجر اليوم الاثنين 9 كانون الثاني/يناير.
وذكرت مصادر أن النيران شبت في إحدى غرف الطابق الثالث من الوحدة العاشرة في المدينة الجامعية بحلب فجر اليوم.
وأوضحت أن الحريق تسبب بإصابة عدد من الطالبات بحروق متفاوتة، نُقلن على إثرها إلى مشفى حلب الجامعي لتلقي العلاج.
وبينما لم تُعرف أسباب الحريق بعد، نفى طلاب وطالبات في جامعة حلب ما نشرته مواقع النظام من أن وحدات الإطفاء والجهات المختصة هي التي أخمدت الحريق، إذ أكدت تعليقاتهم أن الطلاب هم من احتووا النيران، وأن سيارات الإطفاء لم تصل إلا بعد ساعة ونصف.
وشهدت الجامعات السورية خلال السنوات الماضية حوادث وحرائق عديدة، أبرزها في شهر كانون الأول من العام 2019 حين لقيت طالبة من مواليد محافظة درعا حتفها في جامعة دمشق، إثر اشتعال النار في غرفتها بالوحدة السادسة في المدينة الجامعية بالمزة في دمشق.
""", [
    ev("students-injured", "أُصيبت عدة طالبات في جامعة حلب بحروق متفاوتة الشدة", FIRE, "'فجر اليوم الاثنين 9 كانون الثاني/يناير' = Mon 9 Jan 2023"),
    ev("dorm-fire", "النيران شبت في إحدى غرف الطابق الثالث من الوحدة العاشرة", FIRE, "'فجر اليوم' = the dawn of Mon 9 Jan 2023"),
    ev("taken-to-hospital", "نُقلن على إثرها إلى مشفى حلب الجامعي", FIRE, "no own expression; Mon 9 Jan 2023"),
    ev("fire-put-out", "أن الطلاب هم من احتووا النيران", FIRE, "no own expression; the fire was put out in the early hours of Mon 9 Jan 2023 (the engines 'after an hour and a half')"),
    ev("damascus-dorm-death-2019", "حين لقيت طالبة من مواليد محافظة درعا حتفها في جامعة دمشق", DAMASCUS[0], "'في شهر كانون الأول من العام 2019' = December 2019", end=DAMASCUS[1]),
])
art(S, "https://syrianpc.com/%D8%AD%D8%B1%D9%8A%D9%82-%D8%AF%D8%A7%D8%AE%D9%84-%D8%B3%D9%83%D9%86-%D8%B7%D8%A7%D9%84%D8%A8%D8%A7%D8%AA-%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%AD%D9%84%D8%A8-%D9%8A%D8%AE%D9%84%D9%81-%D8%A5%D8%B5%D8%A7",
    "2023-01-10", "no date line on the stored page; the body's 'أمس' for the Interior Ministry's statement, which was issued on Mon 9 Jan 2023 (elbalad: 'اليوم الإثنين', '9 / 1 /2023'), gives Tue 10 Jan 2023; headline rendered from the URL slug (its truncated last word completed); no date of its own in the text", False, """
حريق داخل سكن طالبات جامعة حلب يخلف إصابات
تسبب حريق شب في المدينة الجامعية التابعة لجامعة حلب بإصابة ما يزيد على عشر طالبات وبأضرار مادية كبيرة.
وأعلنت وزارة الداخلية في حكومة النظام أمس أن 13 طالبة أُصبن جراء حريق في إحدى غرف السكن الجامعي بالوحدة العاشرة بعد منتصف الليل، ونُقلن إلى مشفى حلب الجامعي.
وتنوعت الإصابات بين اختناق ورضوض سببها تدافع الطالبات لإخلاء الجناح الذي اندلع فيه الحريق.
ورغم ادعاء الوزارة أن الجهات المختصة استجابت للحريق، فإنه خلّف أضرارا مادية في الأثاث، وأظهر التحقيق أن سببه ماس كهربائي.
ويرى متابعون أن تدني درجات الحرارة وشدة البرد يضطران الطالبات إلى تشغيل السخانات ليلا، وهو ما يفسر كثرة الحرائق.
وكشفت طالبة في كلية الطب بالجامعة أن الطلاب أطفأوا الحريق قبل أن يصل فوج إطفاء النظام الذي ادعى سرعة استجابته.
وتجدر الإشارة إلى تزايد الحرائق في مناطق سيطرة النظام، وهي حرائق توقع ضحايا وإصابات وأضرارا مادية، في وقت تصل فيه سيارات الإطفاء متأخرة أو لا تصل أصلا بسبب نقص الوقود.
""", [
    ev("ministry-statement", "وأعلنت وزارة الداخلية في حكومة النظام أمس", FIRE, "'أمس' in an article of Tue 10 Jan 2023 = Mon 9 Jan 2023"),
    ev("dorm-fire", "حريق في إحدى غرف السكن الجامعي بالوحدة العاشرة بعد منتصف الليل", FIRE, "'بعد منتصف الليل' = the early hours (04:30) of Mon 9 Jan 2023"),
    ev("students-injured", "وتنوعت الإصابات بين اختناق ورضوض", FIRE, "no own expression; Mon 9 Jan 2023"),
    ev("short-circuit-finding", "وأظهر التحقيق أن سببه ماس كهربائي", FIRE, "no own expression; the first findings given on Mon 9 Jan 2023"),
    ev("fire-put-out", "أن الطلاب أطفأوا الحريق قبل أن يصل فوج إطفاء النظام", FIRE, "no own expression; the early hours of Mon 9 Jan 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 432
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

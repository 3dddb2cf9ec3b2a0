"""Builds stories.jsonl: the 494-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: public figures in court: arrests, trials and verdicts of
politicians, businessmen or celebrities (not journalists).
Stories: the verdict against the former Egyptian information minister Anas el-Fiqi and the former ERTU head
Osama el-Sheikh (Egypt, September 2011); the arrest of the impeached South Korean president Yoon Suk Yeol and
his refusals to be questioned (South Korea, January 2025); the embezzlement verdict against Marine Le Pen
(France, March-April 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-anas-elfiqi-osama-elsheikh-verdict-2011
S = "egypt-anas-elfiqi-osama-elsheikh-verdict-2011"
VERDICT = "2011-09-28"                     # Cairo Criminal Court, Wed 28 Sep 2011
WAIVER = ("2009-08-01", "2011-01-01")      # broadcast fees waived for the 2009/2010 season and the start of 2010/2011 (almadina)
RAMADAN_2010 = ("2010-08-11", "2010-09-10")  # 'رمضان قبل الماضي' from Sep 2011 = Ramadan 1431 (11 Aug - 9 Sep 2010)
art(S, "https://elcinema.com/press/678923906",
    "2011-09-28", "no date line or stamp in the stored text; the body's 'اليوم الأربعاء 28 سبتمبر' for the verdict, which was given on Wed 28 Sep 2011 (elkhabar of Thu 29: 'أمس الأربعاء'; 28 Sep 2011 was a Wednesday), so the report is of that day; headline written from the body (the stored text has none)", False, """
السجن المشدد سبع سنوات لأنس الفقي وخمس سنوات لأسامة الشيخ
قضت محكمة جنايات القاهرة برئاسة المستشار عبدالله أبو هاشم، اليوم الأربعاء 28 سبتمبر، بمعاقبة وزير الإعلام السابق أنس الفقي بالسجن المشدد سبع سنوات، وبسجن رئيس اتحاد الإذاعة والتلفزيون السابق أسامة الشيخ سجنا مشددا لمدة خمس سنوات.
وقد مثل الفقي أمام المحكمة متهما بإهدار المال العام في قضية مباريات كرة القدم للموسم الماضي، إذ منح بعض القنوات الفضائية حق بثها من دون أي مقابل مادي، وكانت النيابة قد طالبت بإنزال أقصى العقوبة به بسبب ما وصفته بـ"فساد الشياطين" الذي عدته أحد أركانه.
وعلى الجانب الآخر، قضت المحكمة بحبس أسامة الشيخ كذلك بتهمة إهدار المال العام في قضية المسلسلات، إذ اشترى أعمالا فنية لعرضها على شاشة التلفزيون بمبلغ يفوق قيمتها بـ19 مليونا و600 ألف جنيه، وهو الفرق بين الثمن الذي قدرته اللجنة المختصة بتحديد قيمة الشراء وما دُفع فعلا.
""", [
    ev("fiqi-verdict", "بمعاقبة وزير الإعلام السابق أنس الفقي بالسجن المشدد سبع سنوات", VERDICT, "'اليوم الأربعاء 28 سبتمبر' = Wed 28 Sep 2011"),
    ev("sheikh-verdict", "وبسجن رئيس اتحاد الإذاعة والتلفزيون السابق أسامة الشيخ", VERDICT, "same sentence: 'اليوم الأربعاء 28 سبتمبر' = Wed 28 Sep 2011"),
    ev("broadcast-fee-waiver", "إذ منح بعض القنوات الفضائية حق بثها من دون أي مقابل مادي", WAIVER[0], "'للموسم الماضي'; almadina gives the 2009/2010 season and the start of 2010/2011 (my span Aug 2009 - Dec 2010)", end=WAIVER[1]),
    ev("series-purchase", "إذ اشترى أعمالا فنية لعرضها على شاشة التلفزيون", RAMADAN_2010[0], "no own expression; the serials bought and shown in Ramadan 1431 (almadina: 'في رمضان قبل الماضي' = 11 Aug - 9 Sep 2010)", end=RAMADAN_2010[1]),
])
art(S, "https://djazairess.com/elkhabar/266442",
    "2011-09-29", "no date line in the stored text; the body's 'أمس الأربعاء' for the verdict of Wed 28 Sep 2011 gives Thu 29 Sep 2011 (an El Khabar report carried by djazairess; 29 Sep 2011 was a Thursday); headline written from the body (the stored text has none); the last sentence ends where the stored excerpt ends", False, """
السجن المشدد سبع سنوات لوزير الإعلام المصري السابق أنس الفقي
أصدرت محكمة جنايات القاهرة، أمس الأربعاء، حكما بالسجن المشدد سبع سنوات على وزير الإعلام المصري السابق أنس الفقي بتهمة إهدار المال العام.
وأُدين الفقي بإهدار المال العام والإضرار المتعمد به عبر بث مباريات كرة القدم مجانا لقنوات فضائية خاصة.
وكان النائب العام المصري قد أحال، في مارس الماضي، وزير الإعلام السابق ووزير المالية السابق يوسف بطرس غالي إلى محكمة الجنايات، بسبب اتهامات بالإضرار العمدي بالمال العام.
وقد صرف الوزيران السابقان 36 مليون جنيه (قرابة 5,6 مليون دولار) على تغطيات إعلامية وحملة دعائية للحزب الحاكم في الانتخابات البرلمانية، وكانت هذه الأموال مرصودة للسلع والخدمات الاستراتيجية وللاحتياجات الطارئة للبلاد.
وأمر النائب العام في مصر، المستشار عبد المجيد محمود، باتخاذ إجراءات المساعدة القضائية لضبط وزير المالية السابق عبر الإنتربول، بعد أن غادر مصر في 11 فيفري، مع استمرار حبس الفقي على ذمة القضية.
وفي جوان الماضي، أصدرت إحدى المحاكم الجنائية في مصر حكما بمعاقبة غالي بالسجن المشدد 30 عاما وعزله من وظيفته، إثر إدانته بإهدار المال العام.
وتجدر الإشارة إلى أن محكمة جنايات القاهرة قضت كذلك بالسجن المشدد خمسة أعوام على أسامة الشيخ.
""", [
    ev("fiqi-verdict", "حكما بالسجن المشدد سبع سنوات على وزير الإعلام المصري السابق أنس الفقي", VERDICT, "'أمس الأربعاء' in an article of Thu 29 Sep 2011 = Wed 28 Sep"),
    ev("fiqi-ghali-referral", "قد أحال، في مارس الماضي، وزير الإعلام السابق ووزير المالية السابق", "2011-03-01", "'في مارس الماضي' from Sep 2011 = March 2011 (the month only)", end="2011-04-01"),
    ev("ghali-left-egypt", "بعد أن غادر مصر في 11 فيفري", "2011-02-11", "'في 11 فيفري' = Fri 11 Feb 2011 (the year of the story)"),
    ev("ghali-sentence", "أصدرت إحدى المحاكم الجنائية في مصر حكما بمعاقبة غالي", "2011-06-01", "'في جوان الماضي' from Sep 2011 = June 2011 (the month only; I believe the day was 4 Jun 2011 but keep the month)", end="2011-07-01"),
    ev("sheikh-verdict", "بالسجن المشدد خمسة أعوام على أسامة الشيخ", VERDICT, "no own expression; given with the Fiqi verdict on Wed 28 Sep 2011"),
])
art(S, "https://sauress.com/almadina/329470",
    "2011-09-29", "no date line in the stored text; the body's 'في جلستها أمس' for the verdict of Wed 28 Sep 2011 gives Thu 29 Sep 2011 (an Al-Madina report carried by sauress; the other reports: elcinema 'اليوم الأربعاء 28 سبتمبر', elkhabar 'أمس الأربعاء'); headline written from the body; the last, truncated sentence dropped", False, """
السجن 7 سنوات للفقي و5 سنوات لأسامة الشيخ في قضية أموال ماسبيرو
حكمت محكمة جنايات القاهرة في جلستها أمس على وزير الإعلام السابق أنس الفقي بالسجن المشدد 7 سنوات، وقضت بحبس رئيس اتحاد الإذاعة والتلفزيون أسامة الشيخ 5 سنوات في قضية إهدار أموال الاتحاد.
وبعد النطق بالحكم رمى أقارب الشيخ وأصدقاؤه القاضي بزجاجات المياه وحاولوا التعدي على أعضاء هيئة المحكمة، لكن قوات الأمن أعادت السيطرة على القاعة.
وكانت تحقيقات النيابة العامة قد بيّنت أن الفقي قرر إعفاء القنوات الفضائية المصرية الخاصة من دفع قيمة إشارة البث المباشر لمباريات كرة القدم في الموسم الرياضي 2009/2010 ومطلع الموسم الرياضي 2010/ 2011، بالمخالفة لأحكام القانون، فتسبب في إهدار أموال الاتحاد الواقع تحت إشرافه بتضييع أرباح قيمتها 1.888 مليون دولار.
واتهمت النيابة الشيخ أيضا بإهدار نحو 20 مليون جنيه من أموال الاتحاد عبر شرائه أعمالا فنية ودرامية من شركات إنتاج خاصة بأسعار مبالغ فيها تفوق قيمتها الحقيقية، وعرضها على شاشات التلفزيون في رمضان قبل الماضي دون موافقة اللجنة المختصة بتقييمها على الشراء، إلى جانب تربحه من عمله بتقاضي أجور المذيعين المبالغ فيها مرتين من وزارة الإعلام وصوت القاهرة.
""", [
    ev("fiqi-verdict", "على وزير الإعلام السابق أنس الفقي بالسجن المشدد 7 سنوات", VERDICT, "'في جلستها أمس' in an article of Thu 29 Sep 2011 = Wed 28 Sep"),
    ev("sheikh-verdict", "وقضت بحبس رئيس اتحاد الإذاعة والتلفزيون أسامة الشيخ 5 سنوات", VERDICT, "same sitting: 'أمس' = Wed 28 Sep 2011"),
    ev("courtroom-uproar", "رمى أقارب الشيخ وأصدقاؤه القاضي بزجاجات المياه", VERDICT, "'وبعد النطق بالحكم' = the verdict of Wed 28 Sep 2011"),
    ev("broadcast-fee-waiver", "قرر إعفاء القنوات الفضائية المصرية الخاصة من دفع قيمة إشارة البث المباشر", WAIVER[0], "'الموسم الرياضي 2009/2010 ومطلع الموسم الرياضي 2010/ 2011' (my span Aug 2009 - Dec 2010)", end=WAIVER[1]),
    ev("series-purchase", "وعرضها على شاشات التلفزيون في رمضان قبل الماضي", RAMADAN_2010[0], "'في رمضان قبل الماضي' from Sep 2011 (after Ramadan 1432 of Aug 2011) = Ramadan 1431, 11 Aug - 9 Sep 2010", end=RAMADAN_2010[1]),
])

# ---------------------------------------------------------------- south-korea-yoon-suk-yeol-arrest-2025
S = "south-korea-yoon-suk-yeol-arrest-2025"
ARREST = "2025-01-15"                      # Yoon arrested at his residence on Wed 15 Jan 2025 (10:33), questioned 10 h 40 min the same day
MARTIAL_LAW = "2024-12-03"                 # his martial-law declaration of Tue 3 Dec 2024
WARRANT = "2025-01-19"                     # Seoul Western District Court's detention warrant, early Sun 19 Jan 2025
art(S, "https://reveildalgerie.dz/AR/2025/01/15/كوريا-الجنوبية-السلطات-تعتقل-رئيس-كور",
    "2025-01-15", "the page address carries the date 2025/01/15, and the body says 'اليوم الأربعاء 15 جانفي' (15 Jan 2025 was a Wednesday); headline rendered from the URL slug (its end cut there) and the body", True, """
كوريا الجنوبية: السلطات تعتقل الرئيس المعزول يون سوك يول
أفادت وكالة الأنباء الكورية الجنوبية "يونهاب"، اليوم الأربعاء 15 جانفي، بأن المحققين اعتقلوا الرئيس المعزول يون سوك يول بعد مداهمة منزله في العاصمة سول، على خلفية محاولته فرض الأحكام العرفية الشهر الماضي.
ونُقل يون من مقر إقامته وسط سيول ضمن موكب أمني إلى مقر هيئة التحقيق في فساد كبار المسؤولين، بعدما أعلن فريق مشترك من المحققين والشرطة أنه نفذ مذكرة الاعتقال الصادرة بحقه.
وكان فريق يضم مئات المحققين وعناصر الشرطة قد دخل في وقت سابق اليوم إلى المجمع السكني لرئيس كوريا الجنوبية المعزول، في ثاني محاولة لتوقيفه.
وإثر ذلك، أعلن الرئيس المعزول أنه قبل الخضوع لأوامر قوات الأمن، مع أنه يعد هذا التحقيق غير قانوني.
ومن جانبه، قال الحزب الديمقراطي، أبرز أحزاب المعارضة والمسيطر على البرلمان، إن توقيف الرئيس المعزول "خطوة أولى نحو استعادة الديمقراطية".
وبالتزامن مع اعتقال يون سوك يول، خرجت في العاصمة الكورية سول مظاهرات مؤيدة للرئيس وأخرى نظمها معارضوه للمطالبة بتنفيذ عزله واعتقاله.
""", [
    ev("yoon-arrest", "بأن المحققين اعتقلوا الرئيس المعزول يون سوك يول", ARREST, "'اليوم الأربعاء 15 جانفي' = Wed 15 Jan 2025"),
    ev("martial-law", "محاولته فرض الأحكام العرفية الشهر الماضي", MARTIAL_LAW, "'الشهر الماضي' from Jan 2025 = December 2024; the declaration was on Tue 3 Dec 2024 (socialpress: 'في 3 ديسمبر')"),
    ev("compound-entry", "قد دخل في وقت سابق اليوم إلى المجمع السكني", ARREST, "'في وقت سابق اليوم' = Wed 15 Jan 2025"),
    ev("yoon-submits-statement", "أعلن الرئيس المعزول أنه قبل الخضوع لأوامر قوات الأمن", ARREST, "no own expression; his video message after the arrest of Wed 15 Jan 2025"),
    ev("seoul-rallies", "خرجت في العاصمة الكورية سول مظاهرات مؤيدة للرئيس", ARREST, "'بالتزامن مع اعتقال' = Wed 15 Jan 2025"),
])
art(S, "https://socialpress.news/%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%83%D9%88%D8%B1%D9%89-%D8%A7%D9%84%D8%AC%D9%86%D9%88%D8%A8%D9%89-%D8%A7%D9%84%D9%85%D8%AD%D8%AA%D8%AC%D8%B2-%D9%8A%D8%B1%D9%81%D8%B6-%D8%A7%D9%84",
    "2025-01-16", "no date line in the stored text; the body's 'اليوم الخميس، لليوم الثاني على التوالي' and 'أمس الأربعاء' for the questioning of the day of the arrest (Wed 15 Jan 2025) give Thu 16 Jan 2025; headline rendered from the URL slug (cut there) and the body; the 'للمزيد' follow links dropped", False, """
الرئيس الكوري الجنوبي المحتجز يرفض الاستجواب لليوم الثاني
امتنع الرئيس الكوري الجنوبي المحتجز يون سيوك يول اليوم الخميس، لليوم الثاني على التوالي، عن الامتثال لأمر المحققين بالخضوع للاستجواب بشأن فرضه الأحكام العرفية لفترة وجيزة أوائل الشهر الماضي.
وذكر مكتب التحقيق في فساد كبار المسؤولين، في بيان صدر اليوم ونقلته وكالة الأنباء الكورية (يونهاب)، أن محامي يون أبلغه قبل 10 دقائق من موعد الاستجواب بأن الرئيس لن يحضر، كما سبق أن رفض الإدلاء بأقواله في جلسات التحقيق أمس الأربعاء.
بدوره أوضح محامي يون أن موكله لن يخضع لمزيد من التحقيقات، رغم أن المكتب أعلن تأجيل الاستجواب الصباحي إلى ما بعد الظهر بطلب من يون، قائلا إن صحة الرئيس ليست على ما يرام وإنه أصيب، وإنه شرح موقفه بما يكفي في جلسات اليوم السابق، فلا داعي لاستجواب آخر.
ويذكر أن يون أمضى الليلة الماضية في مركز احتجاز سيول، بعد أن خضع لأكثر من 10 ساعات من الاستجواب في مكتب التحقيق في جواتشون جنوبي سيول، إثر احتجازه في مقر إقامته ونقله إلى المكتب، حيث يواجه تهمتي التمرد وإساءة استخدام السلطة بسبب إعلانه الأحكام العرفية في 3 ديسمبر.
""", [
    ev("refusal-thursday", "امتنع الرئيس الكوري الجنوبي المحتجز يون سيوك يول اليوم الخميس", "2025-01-16", "'اليوم الخميس' = Thu 16 Jan 2025"),
    ev("first-interrogation", "رفض الإدلاء بأقواله في جلسات التحقيق أمس الأربعاء", ARREST, "'أمس الأربعاء' = Wed 15 Jan 2025"),
    ev("night-detention-center", "أمضى الليلة الماضية في مركز احتجاز سيول", ARREST, "'الليلة الماضية' from Thu 16 Jan 2025 = the night of Wed 15 Jan (after the questioning ended at 21:40)"),
    ev("yoon-arrest", "إثر احتجازه في مقر إقامته", ARREST, "no own expression; the arrest of Wed 15 Jan 2025 (reveildalgerie)"),
    ev("martial-law", "بسبب إعلانه الأحكام العرفية في 3 ديسمبر", MARTIAL_LAW, "'في 3 ديسمبر' = Tue 3 Dec 2024 ('أوائل الشهر الماضي' in the same article)"),
])
art(S, "http://rki.kbs.co.kr/service/news_view.htm?Seq_Code=80023&lang=a",
    "2025-01-20", "no date line in the stored text; the body's 'صباح اليوم الاثنين' and 'طلب من يون أمس' (the summons of 2 p.m. about eleven hours after the detention warrant of early Sun 19 Jan 2025) give Mon 20 Jan 2025; a KBS World Arabic report; headline written from the body (the stored text has none)", False, """
يون يرفض مجددا المثول للاستجواب
رفض الرئيس "يون صوك يول" مرة أخرى الحضور للاستجواب، مع أنه استُدعي إليه في الساعة 10 من صباح اليوم الاثنين.
وأفاد الفريق القانوني للرئيس يون بأنه لن يحضر الاستجواب الذي حدده مكتب التحقيق في قضايا فساد كبار المسؤولين.
وكان المكتب قد طلب من يون أمس أن يحضر للاستجواب في الساعة 2 مساء، أي بعد نحو إحدى عشرة ساعة من إصدار محكمة منطقة سيول الغربية مذكرة احتجاز قبل المحاكمة بحقه، إلا أن يون رفض.
ويُتوقع أن يسعى المكتب إلى جلب يون إلى مقره أو إيفاد محققيه إلى مركز الاحتجاز لاستجوابه هناك إذا ظل الرئيس ممتنعا عن التعاون.
وكان المكتب قد استجوب يون أكثر من عشر ساعات يوم الأربعاء الماضي، مباشرة عقب اعتقاله في المكتب الرئاسي، لكن الرئيس يرفض منذ ذلك الحين الحضور لمزيد من الاستجواب.
""", [
    ev("refusal-monday", "مرة أخرى الحضور للاستجواب، مع أنه استُدعي إليه", "2025-01-20", "'في الساعة 10 من صباح اليوم الاثنين' = Mon 20 Jan 2025"),
    ev("refusal-sunday", "وكان المكتب قد طلب من يون أمس أن يحضر للاستجواب", WARRANT, "'أمس' from Mon 20 Jan 2025 = Sun 19 Jan"),
    ev("detention-warrant", "إصدار محكمة منطقة سيول الغربية مذكرة احتجاز قبل المحاكمة بحقه", WARRANT, "'نحو إحدى عشرة ساعة' before 2 p.m. on Sun 19 Jan 2025 = about 3 a.m. the same Sunday"),
    ev("first-interrogation", "استجوب يون أكثر من عشر ساعات يوم الأربعاء الماضي", ARREST, "'يوم الأربعاء الماضي' from Mon 20 Jan 2025 = Wed 15 Jan"),
    ev("yoon-arrest", "مباشرة عقب اعتقاله في المكتب الرئاسي", ARREST, "'يوم الأربعاء الماضي' (the same sentence) = Wed 15 Jan 2025"),
])

# ---------------------------------------------------------------- france-marine-le-pen-embezzlement-verdict-2025
S = "france-marine-le-pen-embezzlement-verdict-2025"
LEPEN = "2025-03-31"                       # Paris criminal court, Mon 31 Mar 2025
ELECTION = ("2027-01-01", "2028-01-01")    # the 2027 presidential election (the year only in the texts)
art(S, "https://tefassil.mr/ar/node/3542",
    "2025-03-31", "no date line in the stored text; the body's 'اليوم الاثنين' for the verdict, which was given on Mon 31 Mar 2025 (bilwadeh 'اليوم الاثنين'; news.tn 'يوم الاثنين ، 31 مارس'), so the report is of that day; headline written from the body (the stored text has none)", False, """
محكمة فرنسية تدين مارين لوبان وتمنعها من الترشح خمس سنوات
دانت محكمة فرنسية، اليوم الاثنين، زعيمة أقصى اليمين مارين لوبان بإساءة استعمال أموال تابعة للاتحاد الأوروبي.
وحكمت المحكمة بحرمان لوبان من الترشح لأي منصب عام مدة خمس سنوات، وهو ما سيحول دون خوضها انتخابات الرئاسة عام 2027 ما لم تستأنف وتنل حكما لصالحها قبل موعد الاقتراع.
وبحسب استطلاعات الرأي، تعد زعيمة حزب التجمع الوطني مارين لوبان المرشحة الأبرز قبل انتخابات 2027.
كما قضت المحكمة بسجن لوبان أربع سنوات، سنتان منها موقوفتا التنفيذ وسنتان تحت الإقامة الجبرية، علاوة على غرامة مالية قدرها 100 ألف يورو.
""", [
    ev("lepen-convicted", "دانت محكمة فرنسية، اليوم الاثنين، زعيمة أقصى اليمين", LEPEN, "'اليوم الاثنين' = Mon 31 Mar 2025"),
    ev("eligibility-ban", "بحرمان لوبان من الترشح لأي منصب عام مدة خمس سنوات", LEPEN, "no own expression; part of the verdict of Mon 31 Mar 2025"),
    ev("presidential-election-2027", "خوضها انتخابات الرئاسة عام 2027", ELECTION[0], "'عام 2027' = the year 2027 only", end=ELECTION[1]),
    ev("prison-sentence", "قضت المحكمة بسجن لوبان أربع سنوات", LEPEN, "no own expression; part of the verdict of Mon 31 Mar 2025"),
])
art(S, "https://www.bilwadeh.com/%D9%85%D8%AD%D9%83%D9%85%D8%A9-%D8%A8%D8%A7%D8%B1%D9%8A%D8%B3-%D8%AA%D9%85%D9%86%D8%B9-%D9%84%D9%88%D8%A8%D8%A7%D9%86-%D9%85%D9%86-%D8%A7%D9%84%D8%AA%D8%B1%D8%B4%D8%AD-%D9%88%D8%AA%D8%AF%D9%8A%D9%86/",
    "2025-03-31", "no date line in the stored text; the body's 'اليوم الاثنين' for the verdict of Mon 31 Mar 2025 (31 Mar 2025 was a Monday), so the report is of that day; headline rendered from the URL slug (cut there) and the body", False, """
محكمة باريس تمنع لوبان من الترشح وتدينها باختلاس أموال عامة
منعت محكمة الجنح في باريس، اليوم الاثنين، مارين لوبان، زعيمة حزب "التجمع الوطني" اليميني المتطرف، من الترشح للانتخابات مدة خمس سنوات، ما يقصيها عن سباق الرئاسة عام 2027، وقضت أيضا بسجنها أربع سنوات، اثنتان منها تحت المراقبة بسوار إلكتروني.
ودانت المحكمة لوبان بتهمة اختلاس أموال عامة، وأمرت بالتنفيذ الفوري لعقوبة الحرمان من الأهلية الانتخابية، معتبرة أنها أدت "دورا مركزيا" في منظومة استُغلت فيها أموال البرلمان الأوروبي بصورة غير قانونية، بما شكل "إخلالا بالنظام العام والأداء الديمقراطي".
وأصدرت المحكمة كذلك أحكاما بإدانة ثمانية نواب سابقين من حزبها و12 مساعدا برلمانيا بتهم التواطؤ في القضية ذاتها، وقدرت مجموع المبالغ المختلسة بـ2.9 مليون يورو، حُمّلت على البرلمان الأوروبي مقابل خدمات انتفع بها الحزب اليميني المتطرف.
""", [
    ev("eligibility-ban", "منعت محكمة الجنح في باريس، اليوم الاثنين، مارين لوبان", LEPEN, "'اليوم الاثنين' = Mon 31 Mar 2025"),
    ev("presidential-election-2027", "ما يقصيها عن سباق الرئاسة عام 2027", ELECTION[0], "'عام 2027' = the year 2027 only", end=ELECTION[1]),
    ev("prison-sentence", "وقضت أيضا بسجنها أربع سنوات", LEPEN, "same sentence: 'اليوم الاثنين' = Mon 31 Mar 2025"),
    ev("lepen-convicted", "ودانت المحكمة لوبان بتهمة اختلاس أموال عامة", LEPEN, "no own expression; the verdict of Mon 31 Mar 2025"),
    ev("co-defendants-convicted", "أحكاما بإدانة ثمانية نواب سابقين من حزبها", LEPEN, "no own expression; the same verdict of Mon 31 Mar 2025"),
])
art(S, "https://yemenmubasher.com/uncategorized/2765.html",
    "2025-04-06", "no date line in the stored text; the body's 'اليوم الأحد' for the rally of Le Pen's supporters at the place Vauban in Paris, which was held on Sun 6 Apr 2025, the first Sunday after the verdict of Mon 31 Mar (elbalad: 'تجمّع آلاف من أنصار ... اليوم الأحد في ساحة فوبان ... احتجاجًا على إدانتها الأخيرة'); headline written from the body (the stored text has none)", False, """
لوبن في ساحة فوبان: إدانتي قرار سياسي ولن أستسلم
رأت زعيمة اليمين المتطرف في فرنسا مارين لوبن أن الحكم القضائي بإدانتها "قرار سياسي"، وتعهدت بأنها "لن تستسلم"، بعد أن أدينت بالاختلاس ومُنعت من خوض الانتخابات الرئاسية المقبلة.
وخاطبت لوبن أعضاء حزبها "التجمع الوطني" وأنصاره، اليوم الأحد في ساحة فوبان وسط باريس، قائلة: "لن أستسلم"، ووصفت إدانتها بأنها "قرار سياسي"، منددة بما اعتبرته "حملة شعواء" على حزبها.
""", [
    ev("vauban-rally", "وخاطبت لوبن أعضاء حزبها", "2025-04-06", "'اليوم الأحد' = Sun 6 Apr 2025 (the rally at the place Vauban)"),
    ev("lepen-convicted", "بعد أن أدينت بالاختلاس", LEPEN, "no own expression; the verdict of Mon 31 Mar 2025"),
    ev("eligibility-ban", "ومُنعت من خوض الانتخابات الرئاسية المقبلة", LEPEN, "no own expression; the ban pronounced with the verdict of Mon 31 Mar 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 494
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 438-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: roads, bridges and public transport projects in Arab
countries: openings and closures of bridges, tunnels, highways and metro lines, road collapses, traffic
diversions.
Stories: the collapse of the University Street footbridge at the University of Khartoum (Sudan, October 2025),
the inauguration of the Salah Bey bridge over the Rhumel in Constantine (Algeria, July 2014), and the collapse
of the Tabar bridge south of Amara (Maysan, Iraq, November 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-khartoum-university-footbridge-collapse-2025
S = "sudan-khartoum-university-footbridge-collapse-2025"
COLLAPSE = "2025-10-02"                    # a lorry brought down the footbridge on Thu 2 Oct 2025, in the morning
REOPEN = ("2025-10-02", "2025-10-05")      # University Street reopened after the lifting, by Sat 4 Oct at the latest
art(S, "https://gulf365.net/sudan-news-today/13166062/%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D8%A7%D9%84%D8%AC%D8%B3%D8%B1-%D8%A7%D9%84%D8%B7%D8%A7%D8%A6%D8%B1-%D8%A8%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D9%84%D8%AE%D8%B1%D8%B7%D9%88%D9%85-%D8%A5%D8%AB%D8%B1-%D8%A7%D8%B5%D8%B7%D8%AF%D8%A7%D9%85-%D8%B4%D8%A7%D8%AD%D9%86%D8%A9.html",
    "2025-10-02", "page date 2025-10-02 (the stored page's stamp, not kept in the text); the body's 'صباح اليوم الخميس' agrees (2 Oct 2025 was a Thursday); headline rendered from the URL slug", True, """
انهيار الجسر الطائر بجامعة الخرطوم إثر اصطدام شاحنة
انهار صباح اليوم الخميس الجسر الطائر الذي يصل بين جانبي شارع الجامعة أمام بوابة كلية الآداب في جامعة الخرطوم، وذلك عقب اصطدام شاحنة ضخمة به.
وتسبب الحادث في سقوط الجسر المعلق وإلحاق أضرار بالدعامات الجانبية الحاملة له، ما أدى إلى شلل كامل في حركة السير بشارع الجامعة.
وعقب الانهيار مباشرة، توجهت فرق المرور إلى الموقع لمعالجة الوضع وتنظيم حركة المركبات، في حين خلّف الحادث ازدحاما مروريا خانقا في المنطقة.
""", [
    ev("footbridge-collapse", "انهار صباح اليوم الخميس الجسر الطائر", COLLAPSE, "'صباح اليوم الخميس' = Thu 2 Oct 2025"),
    ev("street-closed", "ما أدى إلى شلل كامل في حركة السير بشارع الجامعة", COLLAPSE, "no own expression; the paralysis of University Street followed the collapse at once, Thu 2 Oct 2025"),
    ev("traffic-police-deployed", "توجهت فرق المرور إلى الموقع", COLLAPSE, "'عقب الانهيار مباشرة' = the morning of the collapse, Thu 2 Oct 2025"),
])
art(S, "https://www.tagpress.net/?p=160000",
    "2025-10-03", "no date line on the stored page; the body's 'مساء أمس' for the lifting of the bridge and 'نشر أمس مقطع فيديو' for the site's video of the accident: the collapse was on the morning of Thu 2 Oct 2025 (gulf365 'صباح اليوم الخميس'; anbasudan of that day already reports the lifting in the rain), so the report is of Fri 3 Oct 2025; the 'متابعات- تاق برس-' tag dropped; the last, truncated sentence dropped; headline kept from the page", False, """
رفع جسر مشاة انهار في وسط الخرطوم
شرعت القوات النظامية والهندسية في الخرطوم، مساء أمس، في إزالة هيكل جسر مشاة منهار يصل بين جانبي شارع الجامعة أمام كلية الآداب بجامعة الخرطوم، مستعينة برافعة ضخمة حمولتها 50 طناً لسحب الشاحنة التي تسببت في الحادث، على الرغم من هطول الأمطار.
وشارك في العملية من شرطة المرور العميد شرطة عماد الدين هاشم والمقدم مهندس محمد علي شمباتي، بالتنسيق مع سلاح المهندسين بقيادة العقيد ركن معتصم، وسط ثناء على جاهزية الجهات المختصة وسرعة استجابتها.
وكان الجسر قد سقط بعدما صدمته شاحنة "جرار" من طراز داف موديل 2012، فتحطمت الدعامات الجانبية والهيكل المعلق، وأُغلق الطريق الحيوي إغلاقا شبه كامل.
وكان موقع "تاق برس" قد بث أمس مقطع فيديو تظهر فيه الشاحنة عالقة في مكان الحادث وقد لحقت بها أضرار بالغة.
من جهتها، اتخذت شرطة مرور الخرطوم شمال الإجراءات القانونية، فأوقفت السائق وسجلت ضده بلاغاً بالرقم (6) بموجب المواد (58/66) حركة.
والجسر المنهار، الذي أُنشئ قبل سنوات لتيسير عبور طلاب جامعة الخرطوم، ظل موضع جدل متكرر بسبب ضعف استخدامه، وتساءل الصحفي عثمان ميرغني معلقاً: "هل رأيت شخصاً واحداً يستخدم هذا الجسر منذ إنشائه؟".
""", [
    ev("bridge-lifting", "في إزالة هيكل جسر مشاة منهار", COLLAPSE, "'مساء أمس' from Fri 3 Oct 2025 = the evening of Thu 2 Oct"),
    ev("footbridge-collapse", "وكان الجسر قد سقط بعدما صدمته شاحنة", COLLAPSE, "no own expression; the collapse of the morning of Thu 2 Oct 2025 (gulf365 'صباح اليوم الخميس')"),
    ev("street-closed", "وأُغلق الطريق الحيوي إغلاقا شبه كامل", COLLAPSE, "no own expression; the closure began with the collapse, Thu 2 Oct 2025"),
    ev("tagpress-video", "قد بث أمس مقطع فيديو", COLLAPSE, "'أمس' from Fri 3 Oct 2025 = Thu 2 Oct"),
    ev("driver-arrested", "فأوقفت السائق وسجلت ضده بلاغاً", COLLAPSE, "no own expression; the arrest and the case No. (6) are already reported on the day of the collapse (anbasudan, 'صباح اليوم'), Thu 2 Oct 2025"),
])
art(S, "https://www.alnilin.com/13400506.htm",
    "2025-10-04", "page date 2025-10-04 (the stored page's stamp, not kept in the text; 4 Oct 2025 was a Saturday); a SUNA report (the 'سونا' credit and the section tag dropped); headline kept from the page", True, """
تنفيذي الخرطوم يقف على إعادة فتح شارع الجامعة عقب حادثة انهيار كوبري المشاة
تفقد المدير التنفيذي لمحلية الخرطوم بالإنابة، رئيس لجنة أمن المحلية، كمال عوض الكريم مصطفى، إعادة فتح شارع الجامعة أمام جامعة الخرطوم، بعد الحادث المؤسف الذي أصاب كوبري المشاة المخصص للطلاب، حين ارتطمت شاحنة بجسم الكوبري لأن سائقها أخطأ في تقدير الارتفاع، فانهار الكوبري الطائر بالكامل وتضررت الشاحنة تضرراً كبيراً.
وأشاد المدير التنفيذي بسرعة تحرك قوات شرطة مرور ولاية الخرطوم في فتح الشارع لحركة السير خلال وقت قصير، ووجّه بتحديد شوارع لمرور الشاحنات والآليات عبر طرق معروفة للسائقين، ووضع لافتات إرشادية لعابري الطريق بهدف تعزيز السلامة المرورية والحد من الحوادث.
""", [
    ev("footbridge-collapse", "فانهار الكوبري الطائر بالكامل", COLLAPSE, "no own expression; the collapse of Thu 2 Oct 2025 (gulf365 'صباح اليوم الخميس')"),
    ev("street-reopened", "إعادة فتح شارع الجامعة أمام جامعة الخرطوم", REOPEN[0], "no own expression; after the lifting on the evening of Thu 2 Oct 2025 (tagpress 'مساء أمس') and before this report of Sat 4 Oct ('خلال وقت قصير'): my span 2-4 Oct 2025", end=REOPEN[1]),
    ev("executive-director-visit", "تفقد المدير التنفيذي لمحلية الخرطوم بالإنابة", REOPEN[0], "no own expression; the visit to the reopened street, at the latest on the day of this report: my span 2-4 Oct 2025", end=REOPEN[1]),
    ev("truck-routes-directive", "ووجّه بتحديد شوارع لمرور الشاحنات والآليات", REOPEN[0], "no own expression; given during the same visit: my span 2-4 Oct 2025", end=REOPEN[1]),
])

# ---------------------------------------------------------------- algeria-constantine-salah-bey-bridge-opening-2014
S = "algeria-constantine-salah-bey-bridge-opening-2014"
OPEN = "2014-07-26"                        # Sellal inaugurated the bridge over the Rhumel on Sat 26 Jul 2014
art(S, "http://elkhabar.com.dz/press/article/55351/%D8%A7%D9%84%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%A3%D9%88%D9%84-%D9%8A%D9%86%D9%87%D9%8A-%D8%B2%D9%8A%D8%A7%D8%B1%D8%A9-%D8%B9%D9%85%D9%84-%D8%A5%D9%84%D9%89-%D9%82%D8%B3%D9%86%D8%B7%D9%8A%D9%86%D8%A9",
    "2014-07-26", "no date on the stored page (an APS wire report carried by El Khabar); the body's 'أنهى الوزير الأول ... بعد ظهر اليوم السبت زيارة عمل إلى ولاية قسنطينة' for the visit during which the bridge was opened, on Sat 26 Jul 2014 (elbilad of the next day: 'تم أمس السبت فتح الجسر'; vitaminedz: 'inauguré le 26 juillet'; 26 Jul 2014 was a Saturday), so the report is of that Saturday; headline rendered from the URL slug; the truncated last sentence dropped", False, """
الوزير الأول ينهي زيارة عمل إلى قسنطينة
أنهى الوزير الأول السيد عبد المالك سلال بعد ظهر اليوم السبت زيارة عمل إلى ولاية قسنطينة، تمكن خلالها من تدشين عدد من مشاريع التنمية المندرجة في برنامج رئيس الجمهورية السيد عبد العزيز بوتفليقة وإطلاقها والاستعلام عن مدى تقدمها.
وقد دشن السيد سلال برفقة وفد وزاري هام الجسر العملاق العابر لوادي الرمال، الذي صار يحمل اسم "جسر صالح باي"، ففتحه بذلك لحركة المرور، وذلك بعد أن تفقد مشروعي إنجاز قاعة للعروض من نوع "زينيت" وجناح للمعارض أطلقا في إطار تظاهرة "قسنطينة عاصمة للثقافة العربية لعام 2015".
كما دشن الوزير الأول قرب المدينة الجديدة "علي منجلي" جامعة قسنطينة3، ثم عاين ورشة إنجاز فندق "ماريوت" بالقرب من جامعة منتوري.
وفي حي القماص الشعبي دشن الوزير الأول أيضا خزانا للمياه سعته 50 ألف متر مكعب، مخصصا لتعزيز تزويد سكان الأحياء الواقعة في أعالي قسنطينة بمياه الشرب، قبل أن يعطي إشارة انطلاق أشغال معايرة واديي الرمال وبومرزوق.
وتفقد السيد سلال كذلك في وسط مدينة قسنطينة الأشغال الجارية لإعادة تأهيل دار الثقافة "محمد العيد آل خليفة" استعدادا لاحتضانها عددا من التظاهرات في إطار الحدث الثقافي لسنة 2014، قبل أن يشرف على حفل توزيع 547 سكنا اجتماعيا.
""", [
    ev("sellal-visit", "أنهى الوزير الأول السيد عبد المالك سلال بعد ظهر اليوم السبت زيارة عمل", OPEN, "'بعد ظهر اليوم السبت' = the afternoon of Sat 26 Jul 2014, the end of the one-day visit"),
    ev("bridge-inauguration", "وقد دشن السيد سلال برفقة وفد وزاري هام الجسر العملاق", OPEN, "no own expression; during the visit of 'اليوم السبت', Sat 26 Jul 2014"),
    ev("bridge-named", "الذي صار يحمل اسم \"جسر صالح باي\"", OPEN, "no own expression; the name was made public at the inauguration, Sat 26 Jul 2014"),
    ev("zenith-hall-inspection", "بعد أن تفقد مشروعي إنجاز قاعة للعروض", OPEN, "no own expression; during the same visit, Sat 26 Jul 2014"),
    ev("university-inauguration", "دشن الوزير الأول قرب المدينة الجديدة \"علي منجلي\" جامعة قسنطينة3", OPEN, "no own expression; during the same visit, Sat 26 Jul 2014"),
    ev("water-tank-inauguration", "دشن الوزير الأول أيضا خزانا للمياه", OPEN, "no own expression; during the same visit, Sat 26 Jul 2014"),
])
art(S, "https://djazairess.com/elbilad/217702",
    "2014-07-27", "no date on the stored page (a djazairess mirror of El Bilad); the body's 'تم أمس السبت فتح الجسر' for the inauguration of Sat 26 Jul 2014 gives Sun 27 Jul 2014 (27 Jul 2014 was a Sunday); headline written from the body (the stored text has none); the truncated last sentence dropped", False, """
فتح جسر صالح باي العابر لوادي الرمال أمام حركة السير بقسنطينة
فُتح أمس السبت الجسر العابر لوادي الرمال ومداخله لحركة المرور، في حفل رسمي أشرف عليه الوزير الأول عبد المالك سلال خلال زيارة عمل وتفقد قادته رفقة وفد وزاري هام إلى ولاية قسنطينة.
ويعد هذا الجسر العملاق، ذو التصميم المستقبلي الذي لم يمس بانوراما المدينة، ثامن المنشآت الفنية في مدينة الصخر العتيق، وسيحمل من اليوم فصاعدا اسم "جسر صالح باي" الذي اختاره الرئيس بوتفليقة، وهو اسم الباي الذي حكم قسنطينة من 1771 إلى 1792.
وقد أوكلت أشغال إنجاز هذا الجسر إلى المجمع البرازيلي آندراند غوتييراز بغلاف مالي قدره 7ر18 مليار دج، وانطلقت أشغاله في 2010 على مسافة 3ر4 كلم تشمل الجسر وامتداداته ومداخله.
ويتألف الجسر العابر لوادي الرمال من جسر رئيسي طوله 765 مترا و9 تفرعات ومسافة امتداد واحدة بـ259 مترا، بعرض يتجاوز 27 مترا.
وشيدت هذه المنشأة القاعدية ذات الاتجاهين على أعمدة يصل أقصى ارتفاعها إلى 136 مترا، وتعد أكبر إنجاز تعرفه مدينة الصخر العتيق منذ الاستقلال في ميدان الأشغال العمومية والمنشآت الفنية.
""", [
    ev("bridge-inauguration", "فُتح أمس السبت الجسر العابر لوادي الرمال", OPEN, "'أمس السبت' in an article of Sun 27 Jul 2014 = Sat 26 Jul"),
    ev("sellal-visit", "خلال زيارة عمل وتفقد قادته رفقة وفد وزاري هام", OPEN, "no own expression; the visit of 'أمس السبت', Sat 26 Jul 2014"),
    ev("bridge-named", "وسيحمل من اليوم فصاعدا اسم", OPEN, "the name, chosen by Bouteflika, was made public at the inauguration (elkhabar of that day: 'الذي صار يحمل اسم'), Sat 26 Jul 2014; 'من اليوم فصاعدا' is the wording of the wire report of that day"),
    ev("salah-bey-reign", "الباي الذي حكم قسنطينة من 1771 إلى 1792", "1771-01-01", "'من 1771 إلى 1792' = the years 1771-1792 (years only)", end="1793-01-01"),
    ev("works-launched", "وانطلقت أشغاله في 2010", "2010-01-01", "'في 2010' = the year 2010 (year only)", end="2011-01-01"),
])

# ---------------------------------------------------------------- iraq-maysan-tabar-bridge-collapse-2024
S = "iraq-maysan-tabar-bridge-collapse-2024"
FALL = "2024-11-24"                        # the Tabar iron bridge south of Amara fell under a lorry on Sun 24 Nov 2024, in the morning
LAST_BODY = "2024-11-28"                   # divers recovered the last victim on Thu 28 Nov 2024
art(S, "https://baghdadtoday.news/262611-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D8%AC%D8%B3%D8%B1-%D8%AD%D8%AF%D9%8A%D8%AF%D9%8A-%D9%81%D9%8A-%D9%85%D9%8A%D8%B3%D8%A7%D9%86-%D9%8A%D8%AA%D8%B3%D8%A8%D8%A8-%D8%A8%D9%85%D8%B5%D8%B1%D8%B9-%D9%88%D8%A7%D8%B5%D8%A7%D8%A8%D8%A9-4-%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86-(%D8%B5%D9%88%D8%B1).html",
    "2024-11-24", "the body's own date 'اليوم الاحد (24 تشرين الثاني 2024)' (kept; 24 Nov 2024 was a Sunday); the page stamp 'اليوم, 09:53' and the 'بغداد اليوم - ميسان' line dropped; headline kept from the page without '(صور)'", True, """
انهيار جسر حديدي في ميسان يتسبب بمصرع واصابة 3 مواطنين
أكد مصدر طبي، اليوم الاحد (24 تشرين الثاني 2024)، أن حصيلة انهيار جزء من جسر حيوي في شرق ميسان صعدت إلى 3 أشخاص بين قتيل وجريح.
وأوضح المصدر في حديث لـ"بغداد اليوم" أن "عدد ضحايا انهيار جزء من جسر الطبر الحديدي الحيوي شرق ميسان صباح اليوم بلغ قتيلا مدنيا واحدا وجريحين اثنين".
وأضاف أن حكومة ميسان شكلت لجنة تحقيق عاجلة لمعرفة أسباب انهيار المقطع في الجسر الواقع على طريق حيوي يصل بين مناطق عدة.
وبيّن أن "الجسر شُيّد قبل سنوات طويلة، والتحقيقات هي التي ستكشف أسباب انهيار جزء منه، وسط مؤشرات على أن الحمولات الثقيلة ربما كانت وراء سقوطه".
""", [
    ev("bridge-collapse", "انهيار جزء من جسر الطبر الحديدي الحيوي شرق ميسان صباح اليوم", FALL, "'صباح اليوم' in an article of Sun 24 Nov 2024"),
    ev("early-toll", "بلغ قتيلا مدنيا واحدا وجريحين اثنين", FALL, "'اليوم الاحد (24 تشرين الثاني 2024)' for the medical source's toll"),
    ev("maysan-govt-inquiry", "شكلت لجنة تحقيق عاجلة", FALL, "no own expression; an urgent inquiry already formed when this report of Sun 24 Nov 2024 was written"),
    ev("bridge-built", "الجسر شُيّد قبل سنوات طويلة", "1980-01-01", "'قبل سنوات طويلة'; the bridge was built in the 1980s (almadapaper, eishan: a military bridge of the Iran-Iraq war), my span 1980-1989", end="1990-01-01"),
])
art(S, "http://non14.net/172250",
    "2024-11-24", "no date line on the stored page; the body's 'صباح اليوم الأحد' for the collapse and its first toll of one dead match the report of Sun 24 Nov 2024 in baghdadtoday ('اليوم الاحد (24 تشرين الثاني 2024)'), so it is of that Sunday; the 'حجم النص' widget and the related links dropped; headline written from the body (the stored text has none)", False, """
انهيار جسر الطبر في العمارة أثناء مرور شاحنة
انهار أحد الجسور الهامة، صباح اليوم الأحد، في وسط مدينة العمارة مركز محافظة ميسان.
وذكر مراسل وكالة نون الخبرية أن جسر الطبر المقام على نهر دجلة جنوبي مدينة العمارة سقط بالكامل بينما كانت تعبره شاحنة كبيرة (لوري).
وتابع أن الانهيار أودى بحياة أحد المواطنين في الحال، في حين تواصل القوات الأمنية (فرق الدفاع المدني) البحث عن آخرين مفقودين.
""", [
    ev("bridge-collapse", "انهار أحد الجسور الهامة، صباح اليوم الأحد", FALL, "'صباح اليوم الأحد' = Sun 24 Nov 2024"),
    ev("early-toll", "أودى بحياة أحد المواطنين في الحال", FALL, "'في الحال' = at the collapse, Sun 24 Nov 2024"),
    ev("search-for-missing", "تواصل القوات الأمنية (فرق الدفاع المدني) البحث", FALL, "no own expression; the search began on Sun 24 Nov 2024 and ended with the last body on Thu 28 Nov (alsaabiea): span 24-28 Nov", end="2024-11-29"),
])
art(S, "https://alsaabiea.com/?p=744558",
    "2024-11-28", "the body's own date 'اليوم الخميس 28 تشرين الثاني 2024' (kept; 28 Nov 2024 was a Thursday); the 'السابعة – ميسان' line dropped; the second half repeats the council's statement of Tue 26 Nov with its own 'اليوم الثلاثاء 26 تشرين الثاني 2024' (kept verbatim); headline kept from the page; the truncated last sentence shortened", True, """
بعد 5 أيام.. انتشال جثة آخر ضحايا "جسر الطبر" في ميسان
ذكر مصدر محلي في محافظة ميسان، اليوم الخميس 28 تشرين الثاني 2024، أن فريقا من الغواصين تمكن من انتشال آخر ضحايا جسر الطبر في المحافظة.
وأوضح المصدر في حديث لـ"السابعة" أن "فريقا مشتركا من الغواصين أفلح قبل قليل في إخراج جثة من قاع النهر قرب جسر الطبر في ميسان بعد مرور 5 ايام على الانهيار الجزئي".
وتابع أنه "بانتشال آخر الضحايا أسدل الستار على مأساة جسر الطبر، وارتفعت الحصيلة إلى 3 وفيات وجريحين"، مؤكدا أن اللجنة التحقيقية ماضية في الوقوف على ملابسات ما جرى، وسط تشديد من بغداد على تحديد الجهات المقصرة.
وأشار المصدر إلى أن "قرار إعادة إعمار الجسر لم يُتخذ بعد، لكن في كل الأحوال شُكلت لجان هندسية لدراسة قدرة الجسر على تحمل الأوزان أو إنشاء جسر آخر وفق التوصيات الفنية".
وأعلن مجلس محافظة ميسان، اليوم الثلاثاء 26 تشرين الثاني 2024، تشكيل لجنة رباعية للتحقيق في حادثة السقوط الجزئي لجسر حيوي في المحافظة.
وقال مدير إعلام المجلس مصطفى عجيل لـ"السابعة" إن "لجنة تحقيق رباعية شُكلت للنظر في ملابسات السقوط الجزئي لجسر الطبر الذي يربط خمس وحدات إدارية في ميسان، فضلا عن كونه ممرا لموظفي الشركات النفطية القريبة".
""", [
    ev("last-body-recovered", "تمكن من انتشال آخر ضحايا جسر الطبر", LAST_BODY, "'اليوم الخميس 28 تشرين الثاني 2024' and 'قبل قليل' = Thu 28 Nov 2024"),
    ev("bridge-collapse", "بعد مرور 5 ايام على الانهيار الجزئي", FALL, "'بعد مرور 5 ايام' before Thu 28 Nov is loose; the collapse was on Sun 24 Nov 2024 (baghdadtoday, non14)"),
    ev("final-toll", "وارتفعت الحصيلة إلى 3 وفيات وجريحين", LAST_BODY, "with the last body, Thu 28 Nov 2024"),
    ev("engineering-committees", "شُكلت لجان هندسية لدراسة قدرة الجسر", FALL, "no own expression; formed after the collapse and before this report (my span Sun 24 - Thu 28 Nov 2024)", end="2024-11-29"),
    ev("council-inquiry-committee", "تشكيل لجنة رباعية للتحقيق", "2024-11-26", "'اليوم الثلاثاء 26 تشرين الثاني 2024' = Tue 26 Nov 2024 (the day of the council's statement)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 438
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

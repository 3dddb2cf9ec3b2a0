"""Builds stories.jsonl: the 300-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: the start of the school year, school calendars, school
holidays and school-closure decisions: the suspension of classes in Aleppo during the SDF shelling (Syria,
January 2026), the suspension of classes in 15 governorates after record rains (Tunisia, January 2026), the
2025-2026 school year in Algeria (September 2025), the switch to distance learning during the Sayal depression
(Oman, October 2024) and the 2023-2024 school year in Bahrain's public schools (September 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-aleppo-schools-suspension-jan-2026
S = "syria-aleppo-schools-suspension-jan-2026"
MON = "2026-01-05"                          # the Defence Ministry's statement on the drone attack, Mon 5 Jan 2026
TUE = "2026-01-06"                          # SDF shelling of Aleppo; the authorities' decision to close on Wednesday
WED = "2026-01-07"                          # first day of closure (schools, universities, offices, airport); the extension decided
THU = "2026-01-08"                          # second day of closure (schools and universities)
SHELLING = ("2026-01-06", "2026-01-08")     # the shelling 'منذ الثلاثاء وحتى مساء الأربعاء' (Tue 6 - Wed 7 Jan)
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=06012026&id=736aa536-7a6d-4bbe-8113-bf049fed461d",
    "2026-01-06", "stamp 'date 2026-01-06' at the head of the stored page and 'cdate=06012026' in the URL (6 Jan 2026 was a Tuesday); the body's 'الأربعاء' for the closure and 'الثلاثاء' for the shelling agree; page furniture ('سجّل إعجابك بصفحتنا...') dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
السلطات السورية تعلّق الدوام في مدارس حلب وجامعاتها بسبب القصف
أعلنت السلطات السورية وقف الدوام في مدارس مدينة حلب وجامعاتها ودوائرها الحكومية، الأربعاء، بسبب تواصل القصف المدفعي الذي يشنه تنظيم "قسد" الإرهابي على الأحياء السكنية.
ونقلت وكالة الأنباء السورية "سانا" عن محافظ حلب (شمال) عزام الغريب قوله إن قرار التعليق "اتُّخذ بسبب الأوضاع الراهنة، واستهداف عدد من المشافي والمؤسسات بقصف مدفعي عشوائي من جانب تنظيم قسد".
وبيّن الغريب أن القرار يسري على المدارس والجامعات العامة والخاصة والدوائر الحكومية، ويشمل كذلك "إلغاء كل الفعاليات الجماعية والاجتماعية خلال هذه الفترة حرصا على سلامة الجميع".
وبحسب المحافظ، لا يشمل القرار الكوادر الطبية والخدمية وفرق الطوارئ، إذ شدد على وجوب حضورهم لتأمين الخدمات الأساسية للمواطنين في الظرف الراهن.
وكان تنظيم "قسد" قد استهدف، الثلاثاء، أحياء سكنية وموقعا للجيش في حلب بقذائف المدفعية والرشاشات الثقيلة، ما أوقع 5 قتلى بينهم 4 مدنيين و19 مصابا.
""", [
    ev("closure-wed", "وقف الدوام في مدارس مدينة حلب وجامعاتها ودوائرها الحكومية، الأربعاء", WED, "'الأربعاء' after the publication of Tue 6 Jan 2026 = Wed 7 Jan 2026, the day the schools, universities and offices were closed"),
    ev("closure-decision", "عن محافظ حلب (شمال) عزام الغريب قوله إن قرار التعليق", TUE, "no own expression; the governor's decision announced on Tue 6 Jan 2026 (alrai: 'الثلاثاء، قررت السلطات السورية')"),
    ev("gatherings-cancelled", "إلغاء كل الفعاليات الجماعية والاجتماعية خلال هذه الفترة", WED, "'خلال هذه الفترة' = the period of the closure, Wed 7 Jan 2026 as decided on Tuesday (later extended to Thursday)"),
    ev("shelling-tue", "استهدف، الثلاثاء، أحياء سكنية وموقعا للجيش في حلب", TUE, "'الثلاثاء' = Tue 6 Jan 2026, the publication day"),
])
art(S, "https://www.aa.com.tr/ar/الدول-العربية/سوريا-محافظة-حلب-تعلن-تمديد-تعليق-دوام-المدارس-والجامعات-الخميس/3792880",
    "2026-01-07", "page date line '07.01.2026 - محدث : 08.01.2026' (kept as second line, without the author's name; 7 Jan 2026 was a Wednesday); the body's 'الأربعاء' and 'ليوم غد الخميس' agree; headline kept from the page; the sub-headline's quote of al-Ikhbariya turned into a sentence; section tags, dateline place and the last, truncated sentence ('والثلاثاء، قررت السلطات ا...') dropped", True, """
حلب.. "قسد" تجدد القصف والمحافظة تمدد تعليق دوام المدارس والجامعات
07.01.2026 - محدث : 08.01.2026
إسطنبول / الأناضول
مددت محافظة حلب شمالي سوريا، الأربعاء، تعليق الدوام في مدارس المدينة وجامعاتها العامة والخاصة ليشمل الخميس، بينما عاود تنظيم "قسد" الإرهابي قصف الأحياء السكنية.
وأفادت قناة "الإخبارية السورية" بأن التنظيم عاد إلى استهداف الأحياء المجاورة لحيي الأشرفية والشيخ مقصود في حلب.
ومنذ الثلاثاء وحتى مساء الأربعاء، قصف التنظيم، الذي يُعد ذراع "واي بي جي/ بي كي كي" الإرهابي في سوريا، أحياء سكنية ومنشآت مدنية وموقعا للجيش السوري في حلب بالقذائف المدفعية والرشاشات الثقيلة، ما خلّف 6 قتلى بينهم 5 مدنيين و39 مصابا بينهم 8 من عناصر الأمن والجيش، فضلا عن نزوح ما يزيد على 3 آلاف مدني.
ونقل حساب المحافظة على منصة تلغرام عن المحافظ عزام الغريب قوله إنه جرى "تمديد تعليق الدوام في المدارس والجامعات العامة والخاصة في المدينة ليوم غد الخميس، حرصاً على سلامة أبنائنا والكوادر التعليمية".
وأوضح محافظ حلب أن القرار اتُّخذ في ظل "استمرار الأوضاع الراهنة بالمدينة، وحرصا على السلامة العامة".
""", [
    ev("extension-decision", "مددت محافظة حلب شمالي سوريا، الأربعاء، تعليق الدوام", WED, "'الأربعاء' = Wed 7 Jan 2026 (date line 07.01.2026)"),
    ev("closure-thu", "ليوم غد الخميس، حرصاً على سلامة أبنائنا", THU, "'ليوم غد الخميس' in the governor's statement of Wed 7 Jan = Thu 8 Jan 2026"),
    ev("shelling-wed", "عاد إلى استهداف الأحياء المجاورة لحيي الأشرفية والشيخ مقصود", WED, "no own expression; the renewed shelling of Wed 7 Jan 2026 ('عاود ... قصف' in the lead, dated 'الأربعاء')"),
    ev("shelling-tue-wed", "ومنذ الثلاثاء وحتى مساء الأربعاء، قصف التنظيم", SHELLING[0], "'منذ الثلاثاء وحتى مساء الأربعاء' = Tue 6 - Wed 7 Jan 2026", end=SHELLING[1]),
    ev("displacement", "نزوح ما يزيد على 3 آلاف مدني", SHELLING[0], "no own expression; the displacement during the shelling of Tue 6 - Wed 7 Jan 2026 (same sentence)", end=SHELLING[1]),
])
art(S, "https://www.alamssar.com/454605",
    "2026-01-07", "no date on the stored page; the body's 'اليوم الأربعاء' for the shelling and the governor's extension 'ليوم غد الخميس' / 'ليوم الخميس 8 كانون الثاني 2026' give Wed 7 Jan 2026; headline kept from the page; the sub-heading ('قسد تقصف أحياء حلب...') and the last, truncated words dropped; no date of its own in the text", False, """
سوريا: تمديد تعليق الدوام بالمدارس والجامعات في حلب
قررت محافظة حلب السورية إطالة تعليق الدوام في مدارس حلب وجامعاتها ليوم غد الخميس.
وأوضح محافظ حلب عزّام الغريب في بيان أنه "بسبب استمرار الأوضاع الراهنة وحرصاً على السلامة العامة، يُمدد تعليق الدوام في المدارس والجامعات (العامة والخاصة) بمدينة حلب ليوم الخميس 8 كانون الثاني 2026، حمايةً لسلامة أبنائنا والكوادر التعليمية".
وتابع أن "البت في استئناف الدوام من عدمه في سائر المؤسسات والمديريات الحكومية متروك للمدراء والمسؤولين، مع مراعاة السلامة الأمنية، ولا سيما في المناطق القريبة من أماكن الاشتباكات والاستهداف المباشر".
وعاشت مدينة حلب شمال سوريا، اليوم الأربعاء، تصعيدًا ميدانيًا جديدًا، إذ قصفت قوات سوريا الديمقراطية (قسد) عدداً من أحياء المدينة بقذائف الهاون والرشاشات الثقيلة، في تطور يدل على استمرار التوتر الأمني في المنطقة، وفق ما أوردته وكالة الأنباء السورية الرسمية (سانا).
وأفادت الوكالة بأن القصف طال أحياء سكنية داخل المدينة، وكذلك محيط دوار الشيحان، باستخدام قذائف الهاون والأسلحة الرشاشة الثقيلة.
""", [
    ev("extension-decision", "قررت محافظة حلب السورية إطالة تعليق الدوام", WED, "no own expression; the governor's statement of Wed 7 Jan 2026 ('ليوم غد الخميس'; 'اليوم الأربعاء' later in the text)"),
    ev("closure-thu", "ليوم الخميس 8 كانون الثاني 2026", THU, "'الخميس 8 كانون الثاني 2026' (a Thursday)"),
    ev("offices-thu", "البت في استئناف الدوام من عدمه في سائر المؤسسات والمديريات الحكومية", THU, "no own expression; the governor leaves Thursday's (8 Jan 2026) work in the other offices to their heads (alrai: 'ليوم الخميس')"),
    ev("shelling-wed", "قصفت قوات سوريا الديمقراطية (قسد) عدداً من أحياء المدينة", WED, "'اليوم الأربعاء' = Wed 7 Jan 2026"),
])
art(S, "https://alrai.com/article/10937962/عربي-ودولي/محافظة-حلب-تعلن-تمديد-تعليق-دوام-المدارس-والجامعات-الخميس",
    "2026-01-08", "page date line 'تاريخ النشر : الخميس 12:11 8-1-2026' (kept as second line; 8 Jan 2026 was a Thursday); headline kept from the page; 'No Image' and the last, truncated word dropped (the sentence closed after 'قسد')", True, """
محافظة حلب تعلن تمديد تعليق دوام المدارس والجامعات الخميس
تاريخ النشر : الخميس 12:11 8-1-2026
الرأي - وكالات
مددت محافظة حلب شمالي سوريا، الأربعاء، تعليق الدوام في المدارس والجامعات العامة والخاصة بالمدينة ليشمل الخميس، إثر هجمات تنظيم "قسد" الإرهابي.
ونقل حساب المحافظة على منصة "تلغرام" عن المحافظ عزام الغريب قوله إنه تقرر "تمديد تعليق الدوام في المدارس والجامعات العامة والخاصة في المدينة ليوم غد الخميس، صونا لسلامة أبنائنا والكوادر التعليمية".
وأضاف محافظ حلب أن القرار يأتي في ظل "استمرار الأوضاع الراهنة بالمدينة، وحرصا على السلامة العامة".
وكانت السلطات السورية قد قررت الثلاثاء وقف الدوام في المدارس والجامعات والدوائر الحكومية بمدينة حلب، وكذلك الرحلات الجوية بمطار حلب، الأربعاء، لمدة 24 ساعة، بسبب القصف المدفعي الذي يشنه تنظيم "قسد" الإرهابي على الأحياء السكنية.
وبشأن الدوام من عدمه في المؤسسات والمديريات الحكومية ليوم الخميس، أوضح الغريب أن ذلك "متروك للمدراء والمسؤولين مع مراعاة السلامة الأمنية، ولا سيما في المناطق القريبة من أماكن الاشتباكات والاستهداف المباشر".
وكانت وزارة الدفاع قد أعلنت، الاثنين، إصابة 3 عسكريين بهجوم بطائرات مسيّرة في ريف محافظة حلب نفّذه تنظيم "قسد".
""", [
    ev("extension-decision", "مددت محافظة حلب شمالي سوريا، الأربعاء، تعليق الدوام", WED, "'الأربعاء' before the publication of Thu 8 Jan = Wed 7 Jan 2026"),
    ev("closure-thu", "ليوم غد الخميس، صونا لسلامة أبنائنا", THU, "'ليوم غد الخميس' in the statement of Wed 7 Jan = Thu 8 Jan 2026"),
    ev("closure-decision", "وكانت السلطات السورية قد قررت الثلاثاء", TUE, "'الثلاثاء' before Thu 8 Jan = Tue 6 Jan 2026"),
    ev("closure-wed", "وقف الدوام في المدارس والجامعات والدوائر الحكومية بمدينة حلب", WED, "'الأربعاء' of the same sentence (closure and airport shutdown 'لمدة 24 ساعة') = Wed 7 Jan 2026"),
    ev("offices-thu", "وبشأن الدوام من عدمه في المؤسسات والمديريات الحكومية ليوم الخميس", THU, "'ليوم الخميس' = Thu 8 Jan 2026"),
    ev("drone-attack-statement", "وكانت وزارة الدفاع قد أعلنت، الاثنين", MON, "'الاثنين' before Thu 8 Jan = Mon 5 Jan 2026 (the statement; the attack itself is not dated)"),
])

# ---------------------------------------------------------------- tunisia-rain-schools-suspension-jan-2026
S = "tunisia-rain-schools-suspension-jan-2026"
TN_TUE = "2026-01-20"                       # classes suspended in Tunis and other governorates, Tue 20 Jan 2026
TN_WED = "2026-01-21"                       # classes suspended in 15 governorates, Wed 21 Jan 2026
RAIN = ("2026-01-19", "2026-01-21")         # the heavy rains of Mon 19 - Tue 20 Jan 2026 (my span)
art(S, "https://www.tuniscope.com/article/422641/societe/arabe/dourouss-134922",
    "2026-01-19", "page line 'Publié le 19-01-2026' at the head of the stored page (not kept; 19 Jan 2026 was a Monday); the decision is for 'يوم الثلاثاء 20 جانفي 2026', the next day; headline kept from the page without the tag 'عاجل |'; the signature ('الوالي / عماد بوخريص') turned into the subject of the first sentence", True, """
تعليق الدروس بكافة المؤسسات التربوية والجامعية بولاية تونس بسبب سوء الأحوال الجوية
قرر والي تونس عماد بوخريص إيقاف الدروس في جميع المؤسسات التربوية والتكوينية والجامعية بالجهة كامل يوم الثلاثاء 20 جانفي 2026.
وجاء القرار بالنظر إلى سوء الأحوال الجوية ونزول كميات كبيرة من الأمطار بولاية تونس، مع توقع استمرار تهاطلها وفق ما ورد في إشعار المعهد الوطني للرصد الجوي ونشراته التحذيرية وخريطة اليقظة.
ويرمي الإجراء إلى الحد من المخاطر السلبية المحتملة على حركة التنقل جراء الظروف المناخية، وإلى ضمان سلامة التلاميذ والطلبة والإطار التربوي والإداري.
واتخذ الوالي قراره بعد التشاور مع أعضاء اللجنة الجهوية لتفادي الكوارث ومجابهتها وتنظيم النجدة.
""", [
    ev("tunis-suspension-tue", "إيقاف الدروس في جميع المؤسسات التربوية والتكوينية والجامعية بالجهة كامل يوم الثلاثاء 20 جانفي 2026", TN_TUE, "'يوم الثلاثاء 20 جانفي 2026' (a Tuesday)"),
    ev("tunis-governor-decision", "قرر والي تونس عماد بوخريص", "2026-01-19", "no own expression; the governor's decision published on Mon 19 Jan 2026, for the next day"),
    ev("heavy-rain", "ونزول كميات كبيرة من الأمطار بولاية تونس", RAIN[0], "no own expression; the rains falling when the decision was taken on Mon 19 Jan and continuing on Tue 20 Jan 2026 (my span)", end=RAIN[1]),
    ev("rain-forecast", "مع توقع استمرار تهاطلها", TN_TUE, "no own expression; the rain forecast for the next day, Tue 20 Jan 2026"),
])
art(S, "https://ar.tunisienumerique.com/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%AA%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%A7%D9%84%D8%AF%D8%B1%D9%88%D8%B3-%D8%A8%D9%8015-%D9%88%D9%84%D8%A7%D9%8A%D8%A9-%D8%BA/",
    "2026-01-20", "the body's 'مساء اليوم، 20 جانفي 2026' (kept; 20 Jan 2026 was a Tuesday) and 'يوم غد الأربعاء، 21 جانفي 2026'; headline kept from the page", True, """
وزارة التربية : تعليق الدروس بـ15 ولاية غدا الأربعاء
أصدرت وزارة التربية مساء اليوم، 20 جانفي 2026، بلاغا رسميا أعلنت فيه تعليق الدروس حفاظا على سلامة الأسرة التربوية بجميع مكوناتها، بسبب استمرار نزول الأمطار بكميات هامة وارتفاع منسوب المياه في عدد كبير من الطرقات المؤدية إلى المؤسسات التربوية.
وبحسب البلاغ، تتوقف الدروس في كل المؤسسات التربوية العمومية والخاصة يوم غد الأربعاء، 21 جانفي 2026، في الولايات التالية: تونس، أريانة، بن عروس، منوبة، باجة، جندوبة، الكاف، سليانة، زغوان، بنزرت، نابل، سوسة، المنستير، المهدية وصفاقس.
ودعت وزارة التربية كافة المواطنين إلى توخي الحذر وتجنب المجازفة بالتنقل خلال هذه الفترة، مؤكدة أنها تتابع الوضع المناخي بشكل دائم وتتخذ ما يلزم من إجراءات لحماية التلاميذ والأطر التربوية.
""", [
    ev("ministry-communique", "أصدرت وزارة التربية مساء اليوم، 20 جانفي 2026، بلاغا رسميا", TN_TUE, "'مساء اليوم، 20 جانفي 2026' = Tue 20 Jan 2026 (evening)"),
    ev("wed-suspension-15", "تتوقف الدروس في كل المؤسسات التربوية العمومية والخاصة يوم غد الأربعاء، 21 جانفي 2026", TN_WED, "'يوم غد الأربعاء، 21 جانفي 2026' (a Wednesday)"),
    ev("heavy-rain", "استمرار نزول الأمطار بكميات هامة", RAIN[0], "no own expression; the continuing rains of Mon 19 - Tue 20 Jan 2026 (my span)", end=RAIN[1]),
    ev("roads-flooded", "ارتفاع منسوب المياه في عدد كبير من الطرقات", TN_TUE, "no own expression; the water on the roads when the communique was issued, Tue 20 Jan 2026"),
])
art(S, "https://www.elbalad.news/6842530",
    "2026-01-21", "stamp 'date 2026-01-21' at the head of the stored page (not kept; 21 Jan 2026 was a Wednesday); the body's 'الثلاثاء' for the official's statement agrees; headline written from the body (the stored text has none); the sub-heading 'إيقاف الدراسة في تونس' dropped; the last sentence ends at 'المنستير' where the stored text is cut; no date of its own in the text", False, """
تونس تعلّق الدراسة في 15 ولاية بعد فيضانات أودت بحياة 4 أشخاص
أعلنت وزارة التربية التونسية وقف الدراسة في 15 ولاية من أصل 24، بسبب الفيضانات التي ضربت البلاد وأدت إلى وفاة 4 أشخاص وقطع الطرقات، ما دفع الجيش التونسي إلى التدخل لمواجهة الأزمة.
وقالت الوزارة في بيان إنه تقرر إيقاف الدروس في جميع المؤسسات التربوية العمومية والخاصة بعدد من الولايات، أمام استمرار هطول الأمطار بكميات هامة وما ترتب عليه من ارتفاع منسوب المياه في كثير من الطرقات المؤدية إلى المؤسسات التربوية، وحرصا على سلامة الأسرة التربوية بجميع مكوناتها.
وبيّنت أن الدراسة ستتوقف في ولايات تونس وأريانة وبن عروس ومنوبة وباجة وجندوبة والكاف وسليانة وزغوان وبنزرت ونابل وسوسة والمنستير والمهدية وصفاقس.
ونقلت وكالة فرانس برس أن أمطارا قياسية أودت بحياة أربعة أشخاص في تونس، وأحدثت فيضانات اضطرت المدارس إلى تعليق الدروس خاصة في العاصمة، في حين وصف مسؤول الثلاثاء الوضع في بعض الولايات بأنه "صعب جدًا".
وفي هذا الإطار، قال مدير التوقعات في المعهد التونسي للرصد الجوي عبد الرزاق رحال لوكالة الأنباء الفرنسية: "سجلنا كميات استثنائية من الأمطار خلال يناير" في مناطق من بينها المنستير.
""", [
    ev("ministry-communique", "وقالت الوزارة في بيان", TN_TUE, "no own expression; the communique of Tue 20 Jan 2026 (tunisienumerique: 'مساء اليوم، 20 جانفي 2026')"),
    ev("wed-suspension-15", "تقرر إيقاف الدروس في جميع المؤسسات التربوية العمومية والخاصة بعدد من الولايات", TN_WED, "no own expression; the suspension of Wed 21 Jan 2026 in the 15 governorates (tunisienumerique: 'يوم غد الأربعاء، 21 جانفي 2026')"),
    ev("flood-deaths", "أمطارا قياسية أودت بحياة أربعة أشخاص", RAIN[0], "no own expression; the deaths in the rains and floods of Mon 19 - Tue 20 Jan 2026, reported by AFP on Tuesday (my span)", end=RAIN[1]),
    ev("tunis-suspension-tue", "اضطرت المدارس إلى تعليق الدروس خاصة في العاصمة", TN_TUE, "no own expression; the closures of Tue 20 Jan 2026 in Tunis and other governorates (tuniscope: 'يوم الثلاثاء 20 جانفي 2026'), in the AFP report of that Tuesday"),
    ev("official-statement-tue", "وصف مسؤول الثلاثاء الوضع", TN_TUE, "'الثلاثاء' before Wed 21 Jan = Tue 20 Jan 2026"),
    ev("january-record-rain", "سجلنا كميات استثنائية من الأمطار خلال يناير", "2026-01-01", "'خلال يناير' = January 2026 (the month of the statement)", end="2026-02-01"),
])
art(S, "https://www.mateurnews.com/%d9%88%d9%84%d8%a7%d9%8a%d8%a9-%d8%b3%d9%88%d8%b3%d8%a9-%d8%a7%d8%b3%d8%aa%d8%a6%d9%86%d8%a7%d9%81-%d8%a7%d9%84%d8%af%d8%b1%d9%88%d8%b3-%d9%81%d9%8a-%d9%83%d8%a7%d9%81%d8%a9-%d8%a7%d9%84%d9%85%d8%a4",
    "2026-01-21", "no date on the stored page; the body's 'مساء اليوم الأربعاء' and 'يوم غدٍ الخميس 22 جانفي 2026' give Wed 21 Jan 2026; headline kept from the page; the source line ('ماطر نيوز – متابعات') and the hashtags dropped; no date of its own in the text", False, """
ولاية سوسة: استئناف الدروس في كافة المؤسسات التربوية والجامعية غداً الخميس
صرّح المندوب الجهوي للتربية بسوسة، السيد محمد علي بوذراع، لإذاعة موزاييك مساء اليوم الأربعاء، بأن الدراسة في المؤسسات التربوية والجامعية ستُستأنف في كامل الولاية بداية من يوم غدٍ الخميس 22 جانفي 2026.
وأوضح المندوب أن قرار العودة إلى الدروس يشمل جميع المؤسسات التربوية العمومية والخاصة ومراكز التكوين المهني والمؤسسات الجامعية الموجودة بالجهة.
""", [
    ev("sousse-resumption", "ستُستأنف في كامل الولاية بداية من يوم غدٍ الخميس 22 جانفي 2026", "2026-01-22", "'يوم غدٍ الخميس 22 جانفي 2026' (a Thursday)"),
    ev("sousse-announcement", "لإذاعة موزاييك مساء اليوم الأربعاء", TN_WED, "'مساء اليوم الأربعاء' = Wed 21 Jan 2026 (the eve of Thu 22 Jan)"),
])

# ---------------------------------------------------------------- algeria-school-year-2025-26
S = "algeria-school-year-2025-26"
RENTREE = "2025-09-21"                      # pupils back and the official launch at Flissi school, Sun 21 Sep 2025
art(S, "https://www.ennaharonline.com/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AA%D8%B1%D8%A8%D9%8A%D8%A9-%D9%8A%D9%81%D8%AA%D8%AA%D8%AD-%D8%A7%D9%84%D9%85%D9%88%D8%B3%D9%85-%D8%A7%D9%84%D8%AF%D8%B1%D8%A7%D8%B3%D9%8A-%D8%BA%D8%AF%D8%A7/",
    "2025-09-20", "stamp 'date 2025-09-20' at the head of the stored page (not kept; 20 Sep 2025 was a Saturday); the body's 'غدا الأحد' agrees (the rentree of Sun 21 Sep 2025); headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
وزير التربية يفتتح الموسم الدراسي غدا
يشرف وزير التربية الوطنية، الدكتور محمد صغير سعداوي، غدا الأحد، انطلاقا من العاصمة، على إعطاء إشارة البداية الرسمية للدخول المدرسي 2025-2026.
وأفاد بيان لوزارة التربية الوطنية بأن الوزير سيطلق الموسم الدراسي الجديد من مدرسة فليسي الصغير بالمحمدية، التابعة للمقاطعة الإدارية الدار البيضاء في الجزائر العاصمة.
ويُرتقب أن يعود قرابة 12 مليون تلميذ في الأطوار التعليمية الثلاثة إلى مقاعد الدراسة، غدا، عبر مختلف ولايات الوطن.
""", [
    ev("launch-ceremony", "على إعطاء إشارة البداية الرسمية للدخول المدرسي 2025-2026", RENTREE, "'غدا الأحد' from Sat 20 Sep = Sun 21 Sep 2025"),
    ev("ministry-statement", "وأفاد بيان لوزارة التربية الوطنية", "2025-09-20", "no own expression; the ministry's statement reported on Sat 20 Sep 2025 (my date)"),
    ev("pupils-return", "يعود قرابة 12 مليون تلميذ في الأطوار التعليمية الثلاثة إلى مقاعد الدراسة، غدا", RENTREE, "'غدا' from Sat 20 Sep = Sun 21 Sep 2025"),
])
art(S, "https://elintisarnews.com/%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%aa%d8%b1%d8%a8%d9%8a%d8%a9-%d9%8a%d8%b9%d8%b7%d9%8a-%d8%a5%d8%b4%d8%a7%d8%b1%d8%a9-%d8%a7%d9%81%d8%aa%d8%aa%d8%a7%d8%ad-%d8%a7%d9%84%d8%b3%d9%86%d8%a9-%d8%a7",
    "2025-09-21", "no date on the stored page; the body's 'صباح اليوم الأحد' for the launch of the 2025/2026 school year at Flissi school (announced for 'غدا الأحد' by ennahar on Sat 20 Sep) gives Sun 21 Sep 2025; headline rendered from the URL slug (cut there after 'السنة ا', completed as 'السنة الدراسية'); the sub-headings and the last, truncated paragraph dropped", True, """
وزير التربية يعطي إشارة افتتاح السنة الدراسية
أعطى وزير التربية الوطنية محمد صغير سعداوي، صباح اليوم الأحد، إشارة الانطلاق الرسمي للموسم الدراسي الجديد 2025/2026 من الجزائر العاصمة.
ووقع اختيار الوزير على مدرسة فليسي الصغير بالمحمدية، التابعة للمقاطعة الإدارية الدار البيضاء، لتكون المحطة الأولى في إطلاق السنة الدراسية الجديدة، وسط أجواء مميزة حضرها التلاميذ وأولياؤهم إلى جانب الطواقم التربوية والإدارية.
وشدد الوزير، خلال إشرافه على افتتاح السنة الدراسية، على ضرورة توفير الظروف الملائمة للتلاميذ والأساتذة مع بداية هذا الموسم، مبرزا أن الوزارة تعمل على تعزيز جودة التعليم وترسيخ الإصلاحات المعتمدة خلال السنوات الأخيرة.
وكانت وزارة التربية الوطنية قد أعلنت في وقت سابق جملة من الإجراءات التنظيمية والبيداغوجية تحضيرا للموسم الدراسي 2025/2026، منها تعزيز التأطير التربوي وتوسيع استعمال الوسائل الرقمية وضمان الكتاب المدرسي لكل الأطوار التعليمية.
""", [
    ev("launch-ceremony", "أعطى وزير التربية الوطنية محمد صغير سعداوي، صباح اليوم الأحد، إشارة الانطلاق الرسمي", RENTREE, "'صباح اليوم الأحد' = Sun 21 Sep 2025"),
    ev("minister-remarks", "وشدد الوزير، خلال إشرافه على افتتاح السنة الدراسية", RENTREE, "no own expression; the minister's words at the launch of Sun 21 Sep 2025"),
])
art(S, "https://www.alaraby.co.uk/society/%D9%85%D9%84%D9%8A%D9%88%D9%86-%D8%AA%D9%84%D9%85%D9%8A%D8%B0-%D8%AC%D8%AF%D9%8A%D8%AF-%D9%81%D9%8A-%D9%85%D8%AF%D8%A7%D8%B1%D8%B3-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1",
    "2025-09-22", "stamp 'date 2025-09-22' at the head of the stored page (not kept; 22 Sep 2025 was a Monday); the body's 'اليوم الاثنين' and 'يوم أمس الأحد' agree; headline rendered from the URL slug; the summary bullet on 730 new schools and 82,000 teachers turned into the last sentence; the last, truncated words ('ومع ...') dropped", True, """
مليون تلميذ جديد في مدارس الجزائر
بدأت الدروس في الجزائر، اليوم الاثنين، عقب المراسيم الرمزية التي نُظمت يوم أمس الأحد في مختلف المؤسسات التعليمية احتفالا ببداية العام الدراسي الجديد.
وعاد ما يزيد على 12 مليون تلميذ إلى مقاعد الدراسة في كل المراحل التعليمية، في ظل تعديلات على البرامج الدراسية توسّع تدريس اللغتين العربية والإنكليزية على حساب الفرنسية، وتتجه نحو رقمنة التدريس.
وسجلت المؤسسات التعليمية في البلاد التحاق ما يفوق مليون تلميذ جديد بالمدارس، إذ تُلزم الجزائر جميع الأطفال البالغين ست سنوات بالتعليم، وتعاقب أولياء الأمور الذين لا يسجلون أبناءهم في المنظومة التعليمية.
ويتميز العام الدراسي بفتح 730 مؤسسة جديدة وإدماج 82 ألف أستاذ، مع تحسين ظروف التعلم بتوفير الوجبات الساخنة والألواح الذكية والمساحات الرياضية.
""", [
    ev("classes-start", "بدأت الدروس في الجزائر، اليوم الاثنين", "2025-09-22", "'اليوم الاثنين' = Mon 22 Sep 2025"),
    ev("launch-ceremony", "المراسيم الرمزية التي نُظمت يوم أمس الأحد", RENTREE, "'يوم أمس الأحد' from Mon 22 Sep = Sun 21 Sep 2025"),
    ev("pupils-return", "وعاد ما يزيد على 12 مليون تلميذ إلى مقاعد الدراسة", RENTREE, "no own expression; the pupils' return of Sun 21 Sep 2025 (ennahar: 'غدا' on Sat 20 Sep)"),
    ev("new-pupils", "التحاق ما يفوق مليون تلميذ جديد بالمدارس", RENTREE, "no own expression; the first-year pupils who joined with the rentree of Sun 21 Sep 2025"),
])

# ---------------------------------------------------------------- oman-sayal-depression-schools-2024
S = "oman-sayal-depression-schools-2024"
OM_TUE = "2024-10-15"                       # classes suspended / distance learning, Tue 15 Oct 2024
OM_WED = "2024-10-16"                       # suspension extended to Wed 16 Oct 2024
SAYAL = ("2024-10-14", "2024-10-17")        # the Sayal depression's rains, from Monday evening 14 Oct to Wed 16 Oct (my span)
art(S, "https://arabiaweather.com/ar/content/%D8%B3%D9%84%D8%B7%D9%86%D8%A9-%D8%B9%D9%8F%D9%85%D8%A7%D9%86-%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%A7%D9%84%D8%AF%D8%B1%D8%A7%D8%B3%D8%A9-%D9%88%D8%A7%D9%84%D8%AA%D8%AD%D9%88%D9%84-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%AA%D8%B9%D9%84%D9%8A%D9%85-%D8%B9%D9%86-%D8%A8%D9%8F%D8%B9%D8%AF-%D8%A8%D8%B3%D8%A8%D8%A8-%D9%85%D9%86%D8%AE%D9%81%D8%B6-%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D9%84",
    "2024-10-14", "page date line '2024-10-14 2024-10-14T11:11:34Z' (not kept; 14 Oct 2024 was a Monday); the body's 'مساء اليوم الاثنين، 14 أكتوبر 2024' (kept) agrees; headline kept from the page; the author's name and the 'شاهد أيضا' links dropped", True, """
سلطنة عُمان | تعليق الدراسة والتحول إلى التعليم عن بُعد بسبب منخفض السيال
طقس العرب - أصدرت وزارة التعليم العالي والبحث العلمي والابتكار بيانا أعلنت فيه وقف الدراسة والانتقال إلى التعليم عن بعد في عدد من المحافظات، اعتمادا على المعلومات الواردة من المركز الوطني للإنذار المبكر من المخاطر المتعددة بشأن توقعات هطول أمطار غزيرة ابتداءً من مساء اليوم الاثنين، 14 أكتوبر 2024.
وتندرج هذه الإجراءات ضمن التوجيهات الرامية إلى الحفاظ على سلامة الطلاب والعاملين في المؤسسات التعليمية.
ويشمل القرار تعليق الدراسة في محافظات مسقط وشمال الشرقية وجنوب الشرقية والوسطى وجنوب الباطنة وشمال الباطنة والبريمي، إلى جانب الأجزاء الجبلية من محافظتي الداخلية والظاهرة، وذلك ليوم غدٍ الثلاثاء، الموافق 15 أكتوبر 2024.
وتمنت الوزارة السلامة للجميع، مشددة على ضرورة متابعة القنوات الرسمية للحصول على مزيد من المعلومات والمستجدات حول الوضع.
""", [
    ev("higher-ed-statement", "أصدرت وزارة التعليم العالي والبحث العلمي والابتكار بيانا", "2024-10-14", "no own expression; the statement published on Mon 14 Oct 2024 ('اليوم الاثنين، 14 أكتوبر 2024' later in the sentence)"),
    ev("sayal-rain", "توقعات هطول أمطار غزيرة ابتداءً من مساء اليوم الاثنين، 14 أكتوبر 2024", SAYAL[0], "'ابتداءً من مساء اليوم الاثنين، 14 أكتوبر 2024' = from the evening of Mon 14 Oct 2024; the rains lasted to Wed 16 Oct (saudia-sahh; my span)", end=SAYAL[1]),
    ev("tue-higher-ed-suspension", "ليوم غدٍ الثلاثاء، الموافق 15 أكتوبر 2024", OM_TUE, "'غدٍ الثلاثاء، الموافق 15 أكتوبر 2024' (a Tuesday)"),
])
art(S, "http://copt4g.com/copticnews/detail/news/d93964c7cf5a488e63b69b7e73ddc7a1?lang=en",
    "2024-10-14", "no date on the stored page; the body's 'يوم غدًا الثلاثاء' for the suspension that the Ministry of Education announced on Mon 14 Oct 2024 (arabiaweather: 'اليوم الاثنين، 14 أكتوبر 2024' ... 'غدٍ الثلاثاء، الموافق 15 أكتوبر 2024') gives Mon 14 Oct 2024; headline written from the body (the stored text has none); sub-headings and the last, truncated sentence dropped; no date of its own in the text", False, """
عُمان تعلّق الدراسة الحضورية في عدة محافظات بسبب منخفض السيال
أعلنت وزارة التربية والتعليم العُمانية وقف الدراسة يوم غدًا الثلاثاء في عدد من المحافظات، والانتقال إلى التعليم عن بُعد في المدارس الحكومية والخاصة، تنفيذا لقرار اللجنة الوطنية لإدارة الحالات الطارئة، بسبب الحالة المدارية المتوقعة جراء تأثر البلاد بمنخفض السيال.
وبيّنت الوزارة في بيان أن المحافظات المشمولة بتعليق الدراسة غدًا الثلاثاء والتحول إلى التعليم عن بعد في المدارس الحكومية والخاصة هي مسقط وشمال الشرقية وجنوب الشرقية والوسطى وجنوب الباطنة وشمال الباطنة والأجزاء الجبلية بمحافظات الداخلية والظاهرة والبريمي.
كما قررت مؤسسات التعليم العالي الحكومية والخاصة وقف الدراسة الحضورية والتحول إلى الدراسة عن بعد في محافظات مسقط وشمال الشرقية وجنوب الشرقية والوسطى وجنوب الباطنة وشمال الباطنة والبريمي والأجزاء الجبلية من محافظتي الداخلية والظاهرة، نظرا للحالة المدارية المتوقعة.
وفي السياق ذاته، كشفت مديرية الأرصاد الجوية آخر مستجدات منخفض السيال الذي يؤثر في سلطنة عمان بداية من مساء الإثنين.
""", [
    ev("tue-school-suspension", "وقف الدراسة يوم غدًا الثلاثاء في عدد من المحافظات", OM_TUE, "'يوم غدًا الثلاثاء' from Mon 14 Oct = Tue 15 Oct 2024"),
    ev("ministry-statement", "وبيّنت الوزارة في بيان", "2024-10-14", "no own expression; the Ministry of Education's statement of Mon 14 Oct 2024 (the publication day)"),
    ev("tue-higher-ed-suspension", "كما قررت مؤسسات التعليم العالي الحكومية والخاصة وقف الدراسة الحضورية", OM_TUE, "no own expression; the higher-education suspension of Tue 15 Oct 2024 (arabiaweather: 'غدٍ الثلاثاء، الموافق 15 أكتوبر 2024')"),
    ev("sayal-rain", "منخفض السيال الذي يؤثر في سلطنة عمان بداية من مساء الإثنين", SAYAL[0], "'بداية من مساء الإثنين' = from the evening of Mon 14 Oct 2024; the rains lasted to Wed 16 Oct (my span)", end=SAYAL[1]),
])
art(S, "https://saudia-sahh.com/news36418.html",
    "2024-10-15", "no date on the stored page; the body's 'ليوم غد الأربعاء الموافق 16 أكتوبر 2024' (16 Oct 2024 was a Wednesday) gives Tue 15 Oct 2024; headline written from the body (the stored text has none); a stray token ('زنثزك'), a boilerplate clause, the sub-headings, an 'اقرأ أيضًا' link and the last, truncated sentence dropped", True, """
تعليق الدراسة والتحول إلى التعلم عن بعد في مسقط وعدة محافظات عُمانية
أصدر المدير العام للتربية والتعليم في محافظة مسقط، الدكتور علي بن سالم بن محمد الشكيلي، تنبيها بوقف الدراسة والانتقال إلى التعلم عن بعد في كل المدارس الحكومية والخاصة ليوم غد الأربعاء الموافق 16 أكتوبر 2024، بسبب الحالة المدارية المتوقعة.
وذكرت وزارة التربية والتعليم في سلطنة عمان في بيان أن الدراسة ستُعلق غدًا الأربعاء مع التحول إلى التعليم عن بعد في المدارس الحكومية والخاصة بعدد من المحافظات، هي مسقط وشمال الشرقية وجنوب الشرقية والوسطى وجنوب الباطنة وشمال الباطنة والمناطق الجبلية في محافظة الداخلية والظاهرة والبريمي.
وأعلنت مديرية الأرصاد الجوية آخر المستجدات بشأن منخفض السيال الذي أثّر في سلطنة عمان بدءًا من مساء يوم الاثنين، موضحة أن أحدث تحليلات المركز الوطني للإنذار المبكر تشير إلى احتمال تواصل تأثير الحالة المدارية على مختلف محافظات السلطنة اعتبارًا من هذا اليوم.
""", [
    ev("muscat-wed-alert", "ليوم غد الأربعاء الموافق 16 أكتوبر 2024", OM_WED, "'غد الأربعاء الموافق 16 أكتوبر 2024' (a Wednesday)"),
    ev("wed-school-suspension", "الدراسة ستُعلق غدًا الأربعاء", OM_WED, "'غدًا الأربعاء' from Tue 15 Oct = Wed 16 Oct 2024"),
    ev("sayal-rain", "منخفض السيال الذي أثّر في سلطنة عمان بدءًا من مساء يوم الاثنين", SAYAL[0], "'بدءًا من مساء يوم الاثنين' = from the evening of Mon 14 Oct 2024, still under way on Tue 15 and expected on Wed 16 Oct (my span)", end=SAYAL[1]),
    ev("continued-impact", "احتمال تواصل تأثير الحالة المدارية على مختلف محافظات السلطنة اعتبارًا من هذا اليوم", OM_TUE, "'اعتبارًا من هذا اليوم' = from Tue 15 Oct 2024; my end Wed 16 Oct", end="2024-10-17"),
])

# ---------------------------------------------------------------- bahrain-school-year-2023-24
S = "bahrain-school-year-2023-24"
ORIENT = "2023-09-04"                       # first orientation day for parents in public schools, Mon 4 Sep 2023
START = "2023-09-06"                        # pupils back in public schools, Wed 6 Sep 2023
art(S, "https://arabkhabar.com/a/535404",
    "2023-09-04", "page line 'تاريخ النشر: 4th, September 2023 GMT' (not kept; 4 Sep 2023 was a Monday); the body's 'صباح اليوم الاثنين' and 'بعد غد الأربعاء الموافق 6 سبتمبر' agree; headline kept from the page; a garbled sentence ('...في فترتي الصباح والمساء اليوم غداً الأربعاء') and the last, truncated words dropped", True, """
بالصور.. إقبال كبير على اليوم التعريفي في المدراس الحكومية
فتحت المدارس الحكومية أبوابها صباح اليوم الاثنين لأولياء الأمور في أول الأيام التعريفية التي تنظمها في إطار التحضير للعام الدراسي الجديد.
وعرف اليوم التعريفي الأول إقبالا كبيرا من أولياء الأمور، إذ عرّفتهم المدارس بأبرز محطات العام الدراسي الجديد وبالخطط التعليمية والدراسية والأنشطة المدرسية المقررة، وسلمت كل ولي أمر ملفا تعريفيا تضمن قسائم تخفيض من 11 متجرا على الحقائب واللوازم المدرسية والقرطاسية، إلى جانب استرداد جزء من المبلغ عند الشراء من متاجر محددة.
ونشرت الوزارة على حسابها الرسمي في «الأنستغرام» صورا عديدة من اليوم التعريفي في مدارس البحرين المختلفة، في إطار الاستعدادات المكثفة لعودة الطلبة بعد غد الأربعاء الموافق 6 سبتمبر.
وتمضي وزارة التربية والتعليم في استعداداتها على قدم وساق لاستقبال 155 ألف طالب وطالبة مع بداية العام الدراسي الجديد يوم الأربعاء المقبل، بعدما نفذت أعمال صيانة وتنظيف مكثفة في جميع المدارس شملت صيانة 30 ألف مكيف.
""", [
    ev("orientation-day-1", "فتحت المدارس الحكومية أبوابها صباح اليوم الاثنين لأولياء الأمور", ORIENT, "'صباح اليوم الاثنين' = Mon 4 Sep 2023"),
    ev("instagram-photos", "ونشرت الوزارة على حسابها الرسمي في «الأنستغرام» صورا عديدة", ORIENT, "no own expression; the photos of the first orientation day, Mon 4 Sep 2023"),
    ev("pupils-return", "لعودة الطلبة بعد غد الأربعاء الموافق 6 سبتمبر", START, "'بعد غد الأربعاء الموافق 6 سبتمبر' from Mon 4 Sep = Wed 6 Sep 2023"),
])
art(S, "https://alwatannews.net/bahrain/article/1081386/بدء-العام-الدراسي-الجديد-بانتظام-155-ألف-طالب-وطالبة-في-209-مدرسة",
    "2023-09-06", "the body's 'اليوم الأربعاء السادس من سبتمبر 2023' (kept; 6 Sep 2023 was a Wednesday); headline rendered from the URL slug (the stored text has none); the last, truncated clause dropped", True, """
بدء العام الدراسي الجديد بانتظام 155 ألف طالب وطالبة في 209 مدرسة
انطلق اليوم الأربعاء السادس من سبتمبر 2023 العام الدراسي الجديد 2023/2024 بانتظام قرابة 155 ألف طالب وطالبة على مقاعد الدراسة في 209 مدارس حكومية، في أجواء احتفالية رافقت استقبالهم، وبسلاسة في تنظيمهم وتوزيعهم على الصفوف، بفضل الاستعدادات المبكرة التي أنجزتها وزارة التربية والتعليم بكل قطاعاتها المعنية.
ويشهد هذا العام التحاق 15 ألف طالب وطالبة جدد بالصف الأول الابتدائي، منهم 5 آلاف من مواليد شهور سبتمبر إلى ديسمبر 2017 قُبلوا هذا العام بموجب قرار مهم للوزارة لقي صدى إيجابيا واسعا في المجتمع البحريني، لأنه مكّن كل من بلغ سن الإلزام من نيل حقه الأصيل في التعليم دون تأخير.
وقد وفرت الوزارة كل الوسائل والإمكانات اللازمة لاستيعاب الطلبة جميعا في مختلف المناطق التعليمية بكافة المحافظات، ومن ذلك زيادة أعمال الصيانة الوقائية للمدارس وصيانة مكيفاتها وتركيب مكيفات جديدة، وسد حاجتها من الكوادر البشرية، وزيادة عدد فصولها وعمال النظافة فيها، وتسليمها الكتب قبل بدء العام الدراسي بوقت كاف لضمان توزيعها على جميع الطلبة في أول يوم دراسي، إلى جانب توفير المواصلات المدرسية للطلبة.
""", [
    ev("pupils-return", "انطلق اليوم الأربعاء السادس من سبتمبر 2023 العام الدراسي الجديد 2023/2024", START, "'اليوم الأربعاء السادس من سبتمبر 2023' (a Wednesday)"),
    ev("late-2017-births", "من مواليد شهور سبتمبر إلى ديسمبر 2017", "2017-09-01", "'شهور سبتمبر إلى ديسمبر 2017' = Sep - Dec 2017 (the births of the children admitted)", end="2018-01-01"),
    ev("early-admission", "قُبلوا هذا العام بموجب قرار مهم للوزارة", "2023-01-01", "'هذا العام' = 2023 (the admission for the 2023/2024 year; the decision's day is not given)", end="2024-01-01"),
    ev("books-distribution", "لضمان توزيعها على جميع الطلبة في أول يوم دراسي", START, "'أول يوم دراسي' = the first school day, Wed 6 Sep 2023"),
])
art(S, "https://mzmzmz.yoo7.com/t6295-topic",
    "2023-09-07", "no date on the stored page (a forum post of al-Ayam's report, 'تصريح خاص لـ«الأيام»'); the body's 'أمس الأربعاء' for the first school day of 2023/2024 (Wed 6 Sep 2023, alwatannews) gives Thu 7 Sep 2023; headline written from the body (the stored text has none); the last, truncated clause on public holidays dropped; no date of its own in the text", False, """
155 ألف طالب ينتظمون في صفوف المدارس الحكومية مع بدء العام الدراسي
انتظم أمس الأربعاء 155 ألف طالب في فصولهم بالمدارس الحكومية، في أجواء إيجابية رافقت بداية العام الدراسي الجديد 2023/2024.
واستقبل المعلمون في المدارس الطلبة والطالبات منذ الصباح الباكر بالترحيب والهدايا التذكارية، فيما نظمت الإدارة العامة للمرور، بالتعاون مع شرطة المجتمع، حركة السير في محيط المدارس بجميع المحافظات حفاظا على سلامة الطلبة وتجنبا للازدحامات المرورية.
ووزعت المدارس الكتب الدراسية على الطلبة في جميع المدارس يوم أمس، إذ ذكرت وزارة التربية والتعليم أنها طبعت أكثر من مليوني كتاب جديد للعام الدراسي.
وبدأت المدارس من يوم أمس تطبيق الجدولة الزمنية الجديدة للوقت المدرسي، والتزم الجميع بموعد نهاية الدوام، فانصرف طلاب المرحلة الابتدائية 12:30، والإعدادية 1:15، والثانوية 1:45.
وأعربت مديرة مدرسة الازدهار الابتدائية للبنات، الأستاذة فتحية شبيب، في تصريح خاص لـ«الأيام» خلال زيارة ميدانية للمدرسة، عن سعادتها بعودة الطلاب إلى مقاعدهم الدراسية من جديد، متمنية لهم التوفيق والنجاح في حياتهم الدراسية.
وستزيد أيام الدراسة في العام الدراسي الجديد على 7 أشهر.
""", [
    ev("pupils-return", "انتظم أمس الأربعاء 155 ألف طالب", START, "'أمس الأربعاء' from Thu 7 Sep = Wed 6 Sep 2023"),
    ev("traffic-plan", "نظمت الإدارة العامة للمرور، بالتعاون مع شرطة المجتمع، حركة السير", START, "no own expression; the traffic plan of the first school day, Wed 6 Sep 2023"),
    ev("books-distribution", "ووزعت المدارس الكتب الدراسية على الطلبة في جميع المدارس يوم أمس", START, "'يوم أمس' = Wed 6 Sep 2023"),
    ev("new-timetable", "وبدأت المدارس من يوم أمس تطبيق الجدولة الزمنية الجديدة", START, "'من يوم أمس' = from Wed 6 Sep 2023 (the start of the new timetable)"),
    ev("dismissal-times", "فانصرف طلاب المرحلة الابتدائية 12:30", START, "'12:30' on the first school day, Wed 6 Sep 2023 (clock time; the day from 'يوم أمس')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 300
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

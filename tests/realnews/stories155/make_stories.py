"""Builds stories.jsonl: the hundred-and-fifty-fifth evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories30/make_stories.py). Domain: heatwaves, dust storms, cold waves and
weather warnings in Arab countries (the heat deaths at Beni Mellal's regional hospital, Morocco 2024;
the windstorm warning that shut schools in 52 Algerian provinces, 2026). None of these stories is in
the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-beni-mellal-heat-deaths-2024
S = "morocco-beni-mellal-heat-deaths-2024"
HEAT = ("2024-07-24", "2024-07-26")  # the heat peak of Wed 24 - Thu 25 Jul 2024 (bounded span)
art(S, "https://kawalisserif.com/2024/07/25/%d8%b9%d8%a7%d8%ac%d9%84-%d9%88%d8%b3%d8%b7-%d8%b5%d9%85%d8%aa-%d9%88%d8%b2%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%b5%d8%ad%d8%a9-%d9%88%d9%81%d8%a7%d8%a9-20-%d8%b4%d8%ae%d8%b5%d8%a7-%d8%a8%d9%85%d8%b3/",
    "2024-07-25", "date in the URL '/2024/07/25/' and the page's date line '25/07/2024' (moved to the first line); 25 Jul 2024 was a Thursday, the day after the deaths of Wed 24 Jul; headline rendered from the URL slug", True, """
25/07/2024
عاجل.. وسط صمت وزارة الصحة: وفاة 20 شخصا بمستشفى بني ملال
سجّل المستشفى الجهوي ببني ملال وفاة 20 شخصاً خلال الساعات الأربع والعشرين الماضية، وهو ما أثار قلقاً واسعاً بين السكان المحليين.
ودفع هذا الوضع نشطاء المنطقة إلى المطالبة بفتح تحقيق عاجل يكشف ملابسات هذه الحوادث المؤسفة داخل المرفق الصحي.
وفي ظل الغموض الذي يلف هذه الوفيات، ترجّح بعض المصادر المحلية أن يكون سببها عطلاً في نظام الأوكسجين بالمستشفى، في حين تشير مصادر أخرى إلى أن موجة الحر التي تضرب المنطقة قد تكون على صلة بالفاجعة.
وتظل الحاجة ملحة إلى توضيحات رسمية من الجهات المعنية تشرح ملابسات ما جرى.
""", [
    ev("hospital-deaths", "وفاة 20 شخصاً خلال الساعات الأربع والعشرين الماضية", "2024-07-24", "'خلال الساعات الأربع والعشرين الماضية' before Thu 25 Jul; the regional health directorate dates the 21 deaths to Wed 24 Jul 2024"),
    ev("calls-for-inquiry", "المطالبة بفتح تحقيق عاجل", "2024-07-25", "no own expression; the activists' calls on the publication day, Thu 25 Jul 2024"),
    ev("heatwave", "موجة الحر التي تضرب المنطقة", HEAT[0], "no own expression; present tense on Thu 25 Jul: the heat of Wed 24 - Thu 25 Jul (my bounded span)", end=HEAT[1]),
])
art(S, "https://walaw.press/article/GLQWXLFLWLFR",
    "2024-07-25", "no stamp or URL date in the stored page: fixed by the body's 'ليلة الأربعاء الخميس' for the hospital alert and 'يوم أمس الأربعاء' for the admissions (the deaths of Wed 24 Jul 2024), so Thu 25 Jul 2024; the site's news ticker, the rubric 'حوادث' and the truncated last sentence dropped; no date of its own in the text", False, """
الحرارة تقتل أزيد من 16 شخصا ببني ملال
شهد المستشفى الجهوي ببني ملال، ليلة الأربعاء الخميس، حالة استنفار غير مسبوقة بعد تسجيل عشرات الوفيات.
وأفاد مصدر للجريدة بأن هذه الحالات نُقلت إلى المستشفى الجهوي من مناطق مختلفة، إذ سجّل المستشفى وفاة أزيد من 16 شخصا أغلبهم من كبار السن، في ظروف غامضة ومجهولة.
ورجّح المصدر نفسه أن تكون الوفيات مرتبطة بالارتفاع القياسي لدرجات الحرارة الذي عرفته المدينة خلال الساعات الماضية، لا سيما أن أغلب المتوفين دخلوا المستشفى يوم أمس الأربعاء.
""", [
    ev("hospital-alert", "شهد المستشفى الجهوي ببني ملال، ليلة الأربعاء الخميس، حالة استنفار", "2024-07-24", "'ليلة الأربعاء الخميس' = the night of Wed 24 - Thu 25 Jul 2024", end="2024-07-26"),
    ev("hospital-deaths", "سجّل المستشفى وفاة أزيد من 16 شخصا", "2024-07-24", "no own expression; the deaths registered on Wed 24 Jul 2024 (the directorate's statement)"),
    ev("heatwave", "بالارتفاع القياسي لدرجات الحرارة الذي عرفته المدينة خلال الساعات الماضية", HEAT[0], "'خلال الساعات الماضية' before Thu 25 Jul (my bounded span Wed 24 - Thu 25)", end=HEAT[1]),
    ev("admissions", "دخلوا المستشفى يوم أمس الأربعاء", "2024-07-24", "'يوم أمس الأربعاء' = Wed 24 Jul 2024"),
])
art(S, "https://almashhad.com/article/773112298002792-News/635956695426308-%D8%AA%D9%88%D8%B6%D9%8A%D8%AD-%D8%B1%D8%B3%D9%85%D9%8A-%D8%A8%D8%AE%D8%B5%D9%88%D8%B5-%D9%88%D9%81%D8%A7%D8%A9-21-%D9%85%D9%88%D8%A7%D8%B7%D9%86-%D9%85%D8%BA%D8%B1%D8%A8%D9%8A/",
    "2024-07-25", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس الأربعاء' for the deaths (Wed 24 Jul 2024, the day the directorate gives) and the directorate's statement of Thu 25 Jul, so Thu 25 Jul 2024; headline rendered from the URL slug; the sub-heading 'توضيح رسمي' and the truncated last sentence dropped; the text keeps the statement's own date of the deaths, not a publication date", False, """
توضيح رسمي بخصوص وفاة 21 مواطنا مغربيا
تناقلت تقارير محلية مغربية أنباء عن وفاة مجموعة من الأشخاص مساء أمس الأربعاء في المستشفى الجهوي لبني ملال بالمغرب، من دون معرفة الأسباب، ورجّحت أن تكون درجات الحرارة المرتفعة في المنطقة وراء هذه الوفيات.
وفي المقابل، سارعت المديرية الجهوية للصحة والحماية الاجتماعية بجهة بني ملال خنيفرة إلى تقديم توضيحات حول الوفيات المسجلة بالمركز الاستشفائي الجهوي.
وذكرت المديرية أنها فتحت تحقيقا فوريا لاستجلاء الأسباب الحقيقية لما جرى، بعد تداول تقارير عن وفيات مفاجئة بالمستشفى بسبب ارتفاع الحرارة.
وأوضحت أن المركز الاستشفائي الجهوي ببني ملال سجّل يوم 24 يوليو 2024 ما مجموعه 21 حالة وفاة، منها 4 حالات خارج أسوار المستشفى و17 حالة وفاة استشفائية، وأن أغلب المتوفين من كبار السن ومن المصابين بأمراض مزمنة، إذ ساهم الارتفاع الكبير في درجات الحرارة في تدهور حالتهم الصحية وأدى إلى وفاتهم.
""", [
    ev("hospital-deaths", "وفاة مجموعة من الأشخاص مساء أمس الأربعاء", "2024-07-24", "'مساء أمس الأربعاء' = the evening of Wed 24 Jul 2024"),
    ev("directorate-statement", "سارعت المديرية الجهوية للصحة والحماية الاجتماعية", "2024-07-25", "no own expression; the directorate's statement of Thu 25 Jul 2024 (the day after the deaths)"),
    ev("health-inquiry", "فتحت تحقيقا فوريا", "2024-07-25", "no own expression; opened before the statement of Thu 25 Jul (taken as that day)"),
    ev("death-count", "سجّل يوم 24 يوليو 2024 ما مجموعه 21 حالة وفاة", "2024-07-24", "'يوم 24 يوليو 2024' = Wed 24 Jul 2024"),
])
art(S, "https://fesnews.net/491451/2024/07/28",
    "2024-07-28", "date in the URL '/2024/07/28' (a Sunday); the closing credit 'عن موقع: فاس نيوز' dropped; no date in the text", False, """
في تطور مأساوي، أعلنت الجمعية المحلية لحقوق الإنسان في بني ملال ارتفاع حصيلة الوفيات الناجمة عن الفاجعة الأخيرة إلى 26 شخصا، وتُرجّح مصادر محلية أن يكون الارتفاع الحاد في درجات الحرارة بالمنطقة هو السبب الرئيسي لهذه المأساة.
وفي سياق متصل، ذكرت الجمعية أن السلطات المحلية قررت إلغاء المهرجان المحلي الذي كان مقررا أن ينطلق اليوم، والذي رُصدت له ميزانية تُقدّر بـ300 مليون، وقد أشادت الجمعية بهذا القرار واعتبرته تجسيدا للمسؤولية الوطنية والحس المواطني.
ويندرج هذا القرار ضمن الاستجابة للظروف الاستثنائية التي تعيشها المدينة، إذ وُجّه الاهتمام والموارد نحو التعامل مع تداعيات الكارثة ومساعدة المتضررين.
وتتواصل الجهود الرسمية والأهلية لمتابعة الوضع عن كثب، مع الدعوة إلى اتخاذ إجراءات وقائية تجنبا لمزيد من الخسائر في الأرواح في ظل الظروف المناخية القاسية.
""", [
    ev("hospital-deaths", "الناجمة عن الفاجعة الأخيرة", "2024-07-24", "no own expression; the deaths of Wed 24 Jul 2024"),
    ev("heatwave", "الارتفاع الحاد في درجات الحرارة بالمنطقة", HEAT[0], "no own expression; the heat of Wed 24 - Thu 25 Jul blamed for the deaths (my bounded span)", end=HEAT[1]),
    ev("festival-cancelled", "قررت إلغاء المهرجان المحلي", "2024-07-25", "no own expression; decided between the deaths and the publication day Sun 28 Jul (my bounded span)", end="2024-07-29"),
    ev("festival-start", "الذي كان مقررا أن ينطلق اليوم", "2024-07-28", "'اليوم' = the URL day, Sun 28 Jul 2024 (the cancelled opening)"),
])

# ---------------------------------------------------------------- algeria-windstorm-schools-closed-2026
S = "algeria-windstorm-schools-closed-2026"
CLOSED = ("2026-01-28", "2026-01-30")  # schools shut on Wed 28 and Thu 29 Jan 2026
art(S, "https://www.aa.com.tr/ar/الدول-العربية/الجزائر-تعلق-الدراسة-يومين-في-52-ولاية-جراء-عاصفة-رياح-عاتية-/3812625",
    "2026-01-27", "page stamp '27.01.2026 - محدث : 27.01.2026' under the headline (kept as first line, shortened); 27 Jan 2026 was a Tuesday, body 'الثلاثاء' agrees; the byline and dateline 'الجزائر/الأناضول/ حسان جبريل' and the truncated list of central provinces dropped", True, """
27.01.2026
الجزائر تعلق الدراسة يومين في 52 ولاية جراء عاصفة رياح عاتية
أعلنت السلطات الجزائرية، الثلاثاء، تعليق الدراسة في كل المراحل التعليمية الأساسية في 52 ولاية يومي الأربعاء والخميس، بسبب عاصفة رياح قوية قد تبلغ سرعتها 120 كيلومترا في الساعة.
وأوضحت وزارة التربية في بيان أنه "تقرر تعليق الدراسة في جميع الأطوار التعليمية (ابتدائي متوسط وثانوي) في 41 ولاية يومي الأربعاء والخميس"، بسبب العاصفة.
وأضافت أن هذا الإجراء "جاء تبعا للبرقية المستعجلة المرسلة من طرف وزارة الداخلية المتعلقة بالنشرة الجوية الخاصة التي تحذر من هبوب رياح قوية تصل إلى 120 كيلومتر في الساعة من يوم الثلاثاء إلى يوم الخميس".
وتسري هذه الإجراءات في ولايات غرب البلاد، وهي وهران وتلمسان وعين تيموشنت ومستغانم وسيدي بلعباس وسعيدة وتيارت وتيسمسيلت ومعسكر وغليزان والنعامة والبيض والشلف.
""", [
    ev("suspension-announced", "أعلنت السلطات الجزائرية، الثلاثاء", "2026-01-27", "'الثلاثاء' = Tue 27 Jan 2026 (the stamp)"),
    ev("schools-closed", "في 52 ولاية يومي الأربعاء والخميس", CLOSED[0], "'يومي الأربعاء والخميس' after Tue 27 = Wed 28 and Thu 29 Jan 2026", end=CLOSED[1]),
    ev("interior-telegram", "للبرقية المستعجلة المرسلة من طرف وزارة الداخلية", "2026-01-27", "no own expression; the telegram that preceded the ministry's decision of Tue 27 Jan 2026"),
    ev("wind-warning", "من يوم الثلاثاء إلى يوم الخميس", "2026-01-27", "'من يوم الثلاثاء إلى يوم الخميس' = Tue 27 - Thu 29 Jan 2026 (the warning's period)", end="2026-01-30"),
])
art(S, "https://www.tunisnow.tn/%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d8%aa%d8%b9%d9%84%d9%8a%d9%82-%d8%a7%d9%84%d8%af%d8%b1%d8%a7%d8%b3%d8%a9-%d9%84%d9%8a%d9%88%d9%85%d9%8a%d9%86-%d8%aa%d8%ad%d8%b3%d9%91%d8%a8%d9%8b%d8%a7-%d9%84%d8%b1%d9%8a%d8%a7%d8%ad-%d9%82%d9%88%d9%8a%d8%a9-%d8%a8%d8%b9%d8%af%d8%af-%d9%85%d9%86-%d8%a7%d9%84%d9%88%d9%84%d8%a7%d9%8a%d8%a7%d8%aa",
    "2026-01-27", "no stamp or URL date in the stored page: fixed by the body's 'مساء اليوم' with 'غدًا الأربعاء وبعد غد الخميس' and 'اليوم الثلاثاء' for the weather office's warning (the ministry's announcement of the evening of Tue 27 Jan 2026); headline rendered from the URL slug; no date of its own in the text", False, """
الجزائر: تعليق الدراسة ليومين تحسّبًا لرياح قوية بعدد من الولايات
أعلنت وزارة التربية في الجزائر، مساء اليوم، تعليق الدراسة في كل المستويات التعليمية بعدد من الولايات، غدًا الأربعاء وبعد غد الخميس، بسبب هبوب رياح قوية.
ويسري هذا القرار على ولايات وهران وتلمسان وعين تموشنت ومستغانم وسيدي بلعباس وسعيدة وتيارت وتيسمسيلت ومعسكر وغليزان والنعامة والبيض والشلف وتيبازة والجزائر وبومرداس وتيزي وزو وبجاية وعين الدفلى والبليدة والمدية والبويرة وجيجل وسكيكدة وعنابة والطارف وبرج بوعريريج وسطيف وميلة وقالمة وأم البواقي وخنشلة وتبسة وبسكرة والمسيلة والجلفة والأغواط وأولاد جلال وسوق أهراس وباتنة وقسنطينة.
وكانت مصالح الأرصاد الجوية الجزائرية قد حذّرت، اليوم الثلاثاء، من رياح قوية قد تبلغ سرعتها 120 كيلومترًا في الساعة.
""", [
    ev("suspension-announced", "أعلنت وزارة التربية في الجزائر، مساء اليوم", "2026-01-27", "'مساء اليوم' = the evening of Tue 27 Jan 2026"),
    ev("schools-closed", "غدًا الأربعاء وبعد غد الخميس", CLOSED[0], "'غدًا الأربعاء وبعد غد الخميس' after Tue 27 = Wed 28 and Thu 29 Jan 2026", end=CLOSED[1]),
    ev("met-warning", "قد حذّرت، اليوم الثلاثاء", "2026-01-27", "'اليوم الثلاثاء' = Tue 27 Jan 2026"),
])
art(S, "https://www.aljazeera.net/news/2026/1/28/%D8%AA%D8%AD%D8%B0%D9%8A%D8%B1%D8%A7%D8%AA-%D9%88%D8%A5%D9%84%D8%BA%D8%A7%D8%A1-%D8%B1%D8%AD%D9%84%D8%A7%D8%AA-%D8%B9%D8%A7%D8%B5%D9%81%D8%A9-%D9%82%D9%88%D9%8A%D8%A9-%D8%AA%D8%BA%D9%84%D9%82",
    "2026-01-28", "date in the URL '/news/2026/1/28/' (a Wednesday, the first day of the closure); the rubric 'أخبار|الجزائر', the photo caption and the truncated last clause dropped; no date in the text", False, """
تحذيرات وإلغاء رحلات.. عاصفة قوية تغلق مدارس وجامعات الجزائر
أعلنت السلطات الجزائرية تعليق الدراسة في كل المستويات التعليمية الأربعاء والخميس في معظم مناطق البلاد، استعدادا لعاصفة قوية ترافقها رياح يُتوقع أن تبلغ سرعتها 120 كيلومترا في الساعة.
وقالت وزارة التربية في بيان إنها اتخذت القرار "تبعا للبرقية المستعجلة المرسلة من طرف وزارة الداخلية والجماعات المحلية والنقل المتعلقة بالنشرة الجوية الخاصة التي تحذر من هبوب رياح قوية تصل إلى 120 كيلومترا في الساعة".
وتغطي النشرة الجوية التي عمّمتها مصالح الأرصاد الجوية 52 ولاية من أصل 69، يقع أغلبها في الشمال حيث يعيش 80% من السكان.
ودعت الحماية المدنية إلى اتخاذ تدابير احترازية لتفادي الحوادث، مثل تجهيز وسائل إضاءة غير كهربائية و"تثبيت الأجسام والأشياء المعدنية الموجودة فوق الأسطح والشرفات والنوافذ".
""", [
    ev("suspension-announced", "أعلنت السلطات الجزائرية تعليق الدراسة", "2026-01-27", "no own expression; the ministry's announcement of Tue 27 Jan 2026 (other articles: 'الثلاثاء', 'مساء اليوم')"),
    ev("schools-closed", "الأربعاء والخميس في معظم مناطق البلاد", CLOSED[0], "'الأربعاء والخميس' = Wed 28 (the URL day) and Thu 29 Jan 2026", end=CLOSED[1]),
    ev("interior-telegram", "تبعا للبرقية المستعجلة", "2026-01-27", "no own expression; the telegram behind the decision of Tue 27 Jan 2026"),
    ev("met-warning", "النشرة الجوية التي عمّمتها مصالح الأرصاد الجوية", "2026-01-27", "no own expression; the special bulletin of Tue 27 Jan 2026 (other article: 'اليوم الثلاثاء')"),
])
art(S, "https://www.ennaharonline.com/%D9%87%D8%B0%D9%87_-%D9%87%D9%8A_-%D9%85%D8%AE%D9%84%D9%81%D8%A7%D8%AA_-%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%AD_-%D8%A8%D8%B9%D8%AF%D8%A9-%D9%88%D9%84%D8%A7%D9%8A%D8%A7%D8%AA-%D8%AD%D8%AA%D9%89-%D8%A7/",
    "2026-01-28", "the body's own full date 'مساء الأربعاء 28 جانفي 2026' (a Wednesday) for the civil protection's tally up to 19:00, published that evening; headline rendered from the URL slug; the truncated Constantine paragraph and the remaining provinces dropped", True, """
هذه هي مخلفات الرياح بعدة ولايات حتى الآن
سجّلت مصالح الحماية المدنية، إلى غاية الساعة السابعة (19:00) من مساء الأربعاء 28 جانفي 2026، تدخلات عديدة عبر عدد من ولايات الوطن، إثر التقلبات الجوية والرياح القوية التي ضربت مناطق مختلفة.
ففي ولاية الشلف، سقط عمود إنارة عمومية فوق محل تجاري ببلدية الشلف، وسقط عمود كهربائي بحي 107 مساكن في بلدية أبو الحسن، كما أصيب شخص إثر سقوط شجرة على حافلة بأولاد فارس وتم إسعافه، وانهار مسكن فردي بقرية فلاحية بالمرسى.
وفي ولاية الجزائر، أصيب شخص في رأسه بسقوط غصن شجرة ببلدية شراقة ونُقل إلى المستشفى.
وفي ولاية تيسمسيلت، سقطت أشجار على أسلاك كهربائية بالأزهرية وبوقايد، وانهار سقف مدرسة ابتدائية جزئيا بالرجام، دون تسجيل أي خسائر بشرية.
""", [
    ev("civil-protection-tally", "إلى غاية الساعة السابعة (19:00) من مساء الأربعاء 28 جانفي 2026", "2026-01-28", "'مساء الأربعاء 28 جانفي 2026' = Wed 28 Jan 2026"),
    ev("windstorm", "الرياح القوية التي ضربت مناطق مختلفة", "2026-01-28", "no own expression; the winds of Wed 28 Jan 2026 covered by the tally"),
    ev("chlef-bus-injury", "أصيب شخص إثر سقوط شجرة على حافلة بأولاد فارس", "2026-01-28", "no own expression; within the tally of Wed 28 Jan 2026"),
    ev("cheraga-injury", "أصيب شخص في رأسه بسقوط غصن شجرة", "2026-01-28", "no own expression; within the tally of Wed 28 Jan 2026"),
    ev("school-roof", "انهار سقف مدرسة ابتدائية جزئيا بالرجام", "2026-01-28", "no own expression; within the tally of Wed 28 Jan 2026"),
])

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83', 'stories84', 'stories85', 'stories86', 'stories87', 'stories88', 'stories89', 'stories90', 'stories91', 'stories92', 'stories93', 'stories94', 'stories95', 'stories96', 'stories97', 'stories98', 'stories99', 'stories100', 'stories101', 'stories102', 'stories103', 'stories104', 'stories105', 'stories106', 'stories107', 'stories108', 'stories109', 'stories110', 'stories111', 'stories112', 'stories113', 'stories114', 'stories115', 'stories116', 'stories117', 'stories118', 'stories119', 'stories120', 'stories121', 'stories122', 'stories123', 'stories124', 'stories125', 'stories126', 'stories127', 'stories128', 'stories129', 'stories130', 'stories131', 'stories132', 'stories133', 'stories134', 'stories135', 'stories136', 'stories137', 'stories138', 'stories139', 'stories140', 'stories141', 'stories142', 'stories143', 'stories144', 'stories145', 'stories146', 'stories147', 'stories148', 'stories149', 'stories150', 'stories151', 'stories152', 'stories153', 'stories154', 'stories160')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

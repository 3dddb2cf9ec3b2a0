"""Builds stories.jsonl: the 402-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from the UAE and Qatar (Dubai, Abu Dhabi,
Sharjah, Ras Al Khaimah, Fujairah, Ajman, Doha, Al Wakrah) in any domain: rain and floods, accidents, fires,
courts, festivals, sport, openings.
Stories: the collapse of a four-storey residential building in Bin Durham, central Doha (Qatar, March 2023),
and Sharjah FC's title in the AFC Champions League Two, its return and its reception by the Ruler of Sharjah
(UAE, May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- qatar-doha-bin-durham-building-collapse-2023
S = "qatar-doha-bin-durham-building-collapse-2023"
COLLAPSE = "2023-03-22"                    # the building fell at about 08:18-08:30 on Wed 22 Mar 2023
LATER = ("2023-03-22", "2023-03-24")       # the ministry's follow-up statement / Col. al-Kaabi on Qatar TV: evening of 22 Mar, published 23 Mar (my span)
art(S, "http://65.108.61.0/article/22/03/2023/%D8%A7%D9%84%D8%AC%D9%87%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AE%D8%AA%D8%B5%D8%A9-%D8%AA%D8%A8%D8%A7%D8%B4%D8%B1-%D8%A7%D9%84%D8%AA%D8%AD%D9%82%D9%8A%D9%82-%D9%84%D9%84%D9%83%D8%B4%D9%81-%D8%B9%D9%86-%D8%A3%D8%B3%D8%A8%D8%A7%D8%A8-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D8%A8%D9%86%D9%89-%D9%88%D8%B3%D8%B7-%D8%A7%D9%84%D8%AF%D9%88%D8%AD%D8%A9",
    "2023-03-22", "al-Sharq page (served from its IP address; masthead 'الشرق', 'رئيس التحرير: جابر سالم الحرمي'); page time stamp '22 مارس 2023 , 06:49م' (kept as second line; 22 Mar 2023 was a Wednesday), date also in the URL '/22/03/2023/'; masthead, view counter and the credit 'الدوحة - قنا' dropped; headline kept from the page (reworded); the last, truncated sentence completed with 'بن درهم' as in the other reports", True, """
بدء التحقيق لمعرفة أسباب انهيار مبنى في وسط الدوحة
22 مارس 2023 , 06:49م
أعلنت وزارة الداخلية أن فرق التحقيق شرعت في عملها لمعرفة أسباب انهيار المبنى الواقع في منطقة /بن درهم/ بوسط مدينة الدوحة.
وقال العميد عبدالله خليفة المفتاح، مدير إدارة العلاقات العامة بالوزارة، في تصريح خاص لوكالة الأنباء القطرية /قنا/، إن "جهات التحقيق بدأت إجراءاتها لمعرفة أسباب سقوط المبنى، الذي انهار حوالي الساعة الثامنة والنصف صباحا في منطقة /بن درهم/ وسط الدوحة"، موضحا أن عمليات البحث والإنقاذ متواصلة في الموقع.
ووصف العميد المفتاح إصابات الجرحى بأنها خفيفة ومتوسطة، مبينا أنهم يتلقون العلاج المطلوب.
وذكر كذلك أن الفرق المختصة أخلت العائلات من المبنى ومن المباني المجاورة "احترازياً"، ونقلتها إلى أحد الفنادق "حيث تتلقى الدعم النفسي اللازم من الشرطة المجتمعية".
وكانت وزارة الداخلية قد أفادت، في وقت سابق اليوم، بأن فرق الدفاع المدني المختصة نجحت في إنقاذ حياة (7) أشخاص إثر سقوط مبنى سكني من أربعة طوابق في منطقة بن درهم.
""", [
    ev("investigation-opened", "أعلنت وزارة الداخلية أن فرق التحقيق شرعت في عملها", COLLAPSE, "no own expression; the statement of the ministry on Wed 22 Mar 2023 (stamp 22 Mar, 06:49 pm)"),
    ev("building-collapse", "الذي انهار حوالي الساعة الثامنة والنصف صباحا", COLLAPSE, "'حوالي الساعة الثامنة والنصف صباحا' of the day of the stamp = Wed 22 Mar 2023"),
    ev("families-evacuated", "الفرق المختصة أخلت العائلات من المبنى ومن المباني المجاورة", COLLAPSE, "no own expression; the evacuation on the day of the collapse, Wed 22 Mar 2023"),
    ev("seven-rescued", "نجحت في إنقاذ حياة (7) أشخاص", COLLAPSE, "'في وقت سابق اليوم' = earlier on Wed 22 Mar 2023 (stamp)"),
])
art(S, "https://watanserb.com/2023/03/22/%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D9%85%D8%AE%D9%8A%D9%81-%D9%84%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D8%A8%D9%86%D9%89-%D8%A8%D8%B4%D9%83%D9%84-%D9%85%D9%81%D8%A7%D8%AC%D8%A6-%D9%88%D8%B3%D8%B7",
    "2023-03-22", "page line 'By Published On: 22 مارس، 2023' (dropped; 22 Mar 2023 was a Wednesday), date also in the URL '/2023/03/22/'; the body's 'الأربعاء' agrees; the '(شاهد)' tag, the share line and the source tag 'وطن-' dropped; headline kept from the page (reworded); the last, truncated quotation completed ('جارية'); no date of its own in the text", False, """
مقطع مخيف يوثق انهيار مبنى فجأة في "بن درهم" وسط الدوحة
أكدت السلطات القطرية، الأربعاء، انهيار مبنى سكني في العاصمة الدوحة، ما أدى إلى وفاة شخص واحد على الأقل وإنقاذ سبعة آخرين، بينما يتواصل البحث عن ناجين بين الركام.
وذكرت وزارة الداخلية القطرية في تغريدة على "تويتر": "نجحت فرق الدفاع المدني والجهات المختصة في إنقاذ حياة 7 أشخاص إثر سقوط مبنى سكني من أربعة طوابق في منطقة بن درهم (وسط الدوحة)، في حين توفي شخص كان ضمن الموجودين في المبنى".
وأوضحت الوزارة أن الأجهزة المختصة ستواصل عملها للتحقق من عدم وجود عالقين داخل المبنى، وللاطمئنان على سلامة سكان المنطقة المحيطة.
ونوهت وزارة الداخلية القطرية إلى أن فرق التحقيق بدأت عملها لكشف أسباب سقوط المبنى في منطقة "بن درهم" وسط مدينة الدوحة.
ولم تقدم السلطات على الفور تفسيرا للانهيار. وسُمع في مقاطع مصورة دوي صافرات السيارات بعد الانهيار، فيما سقط جزء من المبنى على مبنى آخر ملاصق.
وفي المقابل، فرض الدفاع المدني ورجال الشرطة طوقا حول المنطقة ومنعوا الوصول إليها، ونُقل عن سكان في المنطقة قولهم: "إن المبنى سقط نحو الساعة الـ8:18 صباحاً، وإن أعمال الإنقاذ ما زالت جارية".
""", [
    ev("one-dead", "ما أدى إلى وفاة شخص واحد على الأقل", COLLAPSE, "'الأربعاء' = Wed 22 Mar 2023 (URL date); the death in the collapse that morning"),
    ev("seven-rescued", "نجحت فرق الدفاع المدني والجهات المختصة في إنقاذ حياة 7 أشخاص", COLLAPSE, "no own expression; the rescue on Wed 22 Mar 2023 ('الأربعاء' earlier in the text)"),
    ev("investigation-opened", "فرق التحقيق بدأت عملها لكشف أسباب سقوط المبنى", COLLAPSE, "no own expression; the ministry's statement of Wed 22 Mar 2023"),
    ev("area-cordoned", "فرض الدفاع المدني ورجال الشرطة طوقا حول المنطقة", COLLAPSE, "no own expression; the cordon on the morning of the collapse, Wed 22 Mar 2023"),
    ev("building-collapse", "إن المبنى سقط نحو الساعة الـ8:18 صباحاً", COLLAPSE, "'نحو الساعة الـ8:18 صباحاً' of Wed 22 Mar 2023"),
])
art(S, "https://pnn.ps/index.php/news/670946",
    "2023-03-23", "page line 'نشر بتاريخ: 23-03-2023 | دولي' (kept without the section name; 23 Mar 2023 was a Thursday); the ticker and image caption dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
انهيار مبنى سكني في الدوحة يوقع قتيلا وعددا من الجرحى
نشر بتاريخ: 23-03-2023
الدوحة/PNN- سقط مبنى سكني من أربعة طوابق في وسط العاصمة الدوحة، مخلفا حتى الآن قتيلا واحدا وعددا من المصابين، في حين أُنقذ شخصان آخران من تحت الركام، بينما أظهرت التحقيقات أن المبنى كان يخضع لأعمال صيانة وقت انهياره.
وأفادت وزارة الداخلية القطرية في بيان جديد عن الحادث نشرته على حسابها الرسمي في موقع ((تويتر)) بأنه، إلحاقا بالبيان السابق حول انهيار عمارة في منطقة (بن درهم)، نجحت فرق البحث والإنقاذ في إخراج سيدتين على قيد الحياة، ونُقلتا إلى المستشفى لتلقي العلاج اللازم.
وأشار البيان إلى أن التحقيقات الأولية تدل على وجود أعمال صيانة في المبنى لحظة وقوع الانهيار، موضحا أن الجهات المختصة بدأت إجراءاتها للتحقق من حصول الجهات المنفذة لأعمال الصيانة على التراخيص المطلوبة، ومن تأثير هذه الأعمال في انهيار المبنى من عدمه.
من جهته، أوضح قائد فريق البحث في عمليات الإنقاذ بالمبنى، العقيد مبارك الكعبي، في تصريحات لتلفزيون ((قطر)) الرسمي مساء اليوم، أنه خلال الساعات الماضية جرى إنقاذ سيدة آسيوية وأخرى عربية من تحت الركام.
""", [
    ev("building-collapse", "سقط مبنى سكني من أربعة طوابق في وسط العاصمة الدوحة", COLLAPSE, "no own expression; the collapse of Wed 22 Mar 2023 (the other reports)"),
    ev("two-women-rescued", "نجحت فرق البحث والإنقاذ في إخراج سيدتين على قيد الحياة", LATER[0], "no own expression ('خلال الساعات الماضية' before Col. al-Kaabi's statement); the follow-up statement came on the evening of Wed 22 Mar, this copy is dated Thu 23 Mar 2023 (my span 22-23 Mar)", end=LATER[1]),
    ev("maintenance-work-found", "التحقيقات الأولية تدل على وجود أعمال صيانة في المبنى", LATER[0], "no own expression; the finding of the ministry's follow-up statement, 22-23 Mar 2023 (my span)", end=LATER[1]),
    ev("kaabi-statement", "العقيد مبارك الكعبي، في تصريحات لتلفزيون ((قطر)) الرسمي مساء اليوم", LATER[0], "'مساء اليوم' of the wire copy: the evening of Wed 22 Mar (if written that day) or Thu 23 Mar 2023 (date line); my span 22-23 Mar", end=LATER[1]),
])
art(S, "https://maghrebalaan.com/?p=126434",
    "2023-03-24", "no date line on the stored page; the body's 'أول أمس الأربعاء' for the collapse of Wed 22 Mar 2023 gives Fri 24 Mar 2023; headline written from the body (the stored text has none); the doubled QNA paragraph kept once; the last, truncated words shortened ('نتيجة حمل زائد'); no date of its own in the text", False, """
مغربي بين ضحايا انهيار مبنى سكني في الدوحة
عُلم من سفارة المملكة المغربية في قطر أن مواطنا مغربيا لقي حتفه في حادث انهيار مبنى سكني أول أمس الأربعاء بمنطقة "بن درهم" وسط الدوحة.
وكانت وزارة الداخلية القطرية قد أعلنت أن فرق الدفاع المدني والجهات المختصة نجحت في إنقاذ سبعة أشخاص إثر سقوط المبنى السكني المؤلف من أربعة طوابق.
وصرح العميد عبدالله خليفة المفتاح، مدير إدارة العلاقات العامة بالوزارة، بأن "جهات التحقيق بدأت إجراءاتها لمعرفة أسباب انهيار المبنى، الذي سقط حوالي الساعة الثامنة والنصف صباحًا في منطقة «بن درهم» وسط الدوحة"، لافتا إلى تواصل عمليات البحث والإنقاذ في الموقع.
وتُعد حوادث انهيار المباني نادرة في قطر، إذ قضى أربعة عمال آسيويين وأصيب 6 آخرون في انهيار جزئي لمبنى في الدوحة في شهر ديسمبر/كانون الأول 2005، وأفادت مصادر الشرطة القطرية آنذاك بأن الحادث وقع نتيجة حمل زائد.
""", [
    ev("one-dead", "مواطنا مغربيا لقي حتفه في حادث انهيار مبنى سكني أول أمس الأربعاء", COLLAPSE, "'أول أمس الأربعاء' = Wed 22 Mar 2023; the one death of the ministry's statement (the embassy names him Moroccan)"),
    ev("seven-rescued", "نجحت في إنقاذ سبعة أشخاص", COLLAPSE, "no own expression ('وكانت ... قد أعلنت'); the rescue of Wed 22 Mar 2023"),
    ev("investigation-opened", "جهات التحقيق بدأت إجراءاتها لمعرفة أسباب انهيار المبنى", COLLAPSE, "no own expression; Brig. al-Miftah's statement of Wed 22 Mar 2023 (al-Sharq)"),
    ev("building-collapse", "الذي سقط حوالي الساعة الثامنة والنصف صباحًا", COLLAPSE, "'حوالي الساعة الثامنة والنصف صباحًا' of 'أول أمس الأربعاء' = Wed 22 Mar 2023"),
    ev("doha-collapse-2005", "في انهيار جزئي لمبنى في الدوحة في شهر ديسمبر/كانون الأول 2005", "2005-12-01", "'في شهر ديسمبر/كانون الأول 2005' = December 2005 (month only)", end="2006-01-01"),
])

# ---------------------------------------------------------------- uae-sharjah-fc-acl2-title-2025
S = "uae-sharjah-fc-acl2-title-2025"
FINAL = "2025-05-18"                       # the final in Bishan, Singapore: Lion City Sailors 1-2 Sharjah, Sun 18 May 2025
RETURN = "2025-05-19"                      # the team landed at Sharjah airport on the morning of Mon 19 May 2025
RECEPTION = "2025-05-20"                   # the Ruler received the team at al-Badi palace at 09:00 on Tue 20 May 2025
CAMPAIGN = ("2024-09-01", "2025-05-19")    # Sharjah's run in the 2024-25 edition, group stage (Sep 2024) to the final (my span)
art(S, "https://www.arabkhabar.com/a/4632100",
    "2025-05-18", "page line 'تاريخ النشر: 18th, May 2025 GMT' (kept as second line; 18 May 2025 was a Sunday); the source line 'المصدر: صحيفة الاتحاد', the tag list and 'أخبار ذات صلة' dropped; headline kept from the page (reworded)", True, """
سلطان بن أحمد القاسمي يهنئ رئيس الدولة وحاكم الشارقة بتتويج نادي الشارقة باللقب الآسيوي
تاريخ النشر: 18th, May 2025 GMT
قدّم سمو الشيخ سلطان بن أحمد بن سلطان القاسمي، نائب حاكم الشارقة، أسمى التهاني والتبريكات إلى صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، حفظه الله، وإلى صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي، عضو المجلس الأعلى، حاكم الشارقة، بمناسبة فوز الفريق الأول لكرة القدم بنادي الشارقة بلقب دوري أبطال آسيا 2.
وبيّن سموه أن هذا الإنجاز القاري ثمرة الجهود الكبيرة التي بذلها الفريق للظفر باللقب، والمستوى المميز الذي قدمه المسؤولون عن الفريق خلال الفترة الماضية، والذي توّج بالصعود إلى منصات التتويج ورفع علم الدولة في هذا المحفل الرياضي الآسيوي.
وهنأ سموه جميع لاعبي الفريق الأول لكرة القدم في النادي والجهازين الإداري والفني ومحبي النادي وعشاقه وأبناء دولة الإمارات العربية المتحدة بهذا التتويج، مثنيا على الجماهير التي حضرت وآزرت الفريق خلال مشواره في البطولة، وكانت جزءاً من النجاح والتتويج باللقب الآسيوي.
""", [
    ev("deputy-ruler-congratulates", "قدّم سمو الشيخ سلطان بن أحمد بن سلطان القاسمي، نائب حاكم الشارقة، أسمى التهاني", FINAL, "no own expression; the congratulations of the night of the final, Sun 18 May 2025 (date line)"),
    ev("title-won", "بمناسبة فوز الفريق الأول لكرة القدم بنادي الشارقة بلقب دوري أبطال آسيا 2", FINAL, "no own expression; the final of Sun 18 May 2025 (date line; the other reports)"),
    ev("acl2-campaign", "وآزرت الفريق خلال مشواره في البطولة", CAMPAIGN[0], "'خلال مشواره في البطولة' = the 2024-25 edition, from the group stage (September 2024) to the final of Sun 18 May 2025 (my span)", end=CAMPAIGN[1]),
])
art(S, "https://mail.alqalahnews.net/article/403171",
    "2025-05-18", "no date line on the stored page; the body's 'اليوم الأحد' for the final, which was played on Sun 18 May 2025 (the other reports, arabkhabar's date line), gives the day; the tag 'القلعة نيوز:' and 'المصدر: وكالات' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
الشارقة الإماراتي بطلا لدوري أبطال آسيا 2
أحرز الشارقة الإماراتي لقب بطولة "دوري أبطال آسيا 2" لكرة القدم، إثر فوزه على ليون سيتي سايلرز السنغافوري بنتيجة 2-1، في المباراة النهائية اليوم الأحد.
وانتظر الشارقة حتى الدقيقة 74 ليهز فراس بالعربي الشباك مسجلا الهدف الأول، قبل أن يعادل الفريق السنغافوري عبر ماكسيم ليستيين في الدقيقة الأولى من الوقت بدل الضائع للشوط الثاني.
وبعد ست دقائق من ذلك، حسم الشارقة المباراة واللقب لمصلحته بهدف أحرزه ماركوس ميلوني.
وفي طريقه إلى اللقب، تصدر الشارقة المجموعة الثالثة برصيد 13 نقطة من ست مباريات، مقابل 11 نقطة للوحدات الأردني، وعشر نقاط لسيباهان الإيراني، بينما لم يجمع الاستقلال الطاجيكي أي نقطة.
وتخطى الشارقة في دور الستة عشر الحسين الأردني بركلات الترجيح (3-0)، عقب التعادل 1-1 في مجموع المباراتين، ثم تفوق في دور الثمانية على مواطنه شباب الأهلي بركلات الترجيح 5-4 بعد التعادل 2-2 في مجموع المباراتين، قبل أن يتغلب في نصف النهائي على التعاون السعودي 2-1 في مجموع المباراتين.
وبات الشارقة الإماراتي أول فريق يحرز لقب البطولة المستحدثة، ليضيف اللقب الثالث للأندية الإماراتية في المسابقات الآسيوية، بعد لقبين في دوري أبطال آسيا حققهما مواطنه العين.
""", [
    ev("title-won", "أحرز الشارقة الإماراتي لقب بطولة \"دوري أبطال آسيا 2\" لكرة القدم", FINAL, "'في المباراة النهائية اليوم الأحد' = Sun 18 May 2025"),
    ev("belarbi-goal", "ليهز فراس بالعربي الشباك مسجلا الهدف الأول", FINAL, "'حتى الدقيقة 74' of the final of Sun 18 May 2025"),
    ev("meloni-winner", "حسم الشارقة المباراة واللقب لمصلحته بهدف أحرزه ماركوس ميلوني", FINAL, "'وبعد ست دقائق من ذلك' (90+7') in the final of Sun 18 May 2025"),
    ev("acl2-campaign", "وفي طريقه إلى اللقب، تصدر الشارقة المجموعة الثالثة", CAMPAIGN[0], "no own expression; the run from the group stage (September 2024) to the final of Sun 18 May 2025 (my span)", end=CAMPAIGN[1]),
])
art(S, "https://elwatan-news.net/?p=895",
    "2025-05-20", "no date line on the stored page; the body's 'صباح أمس' for the landing of the team's plane, which came on the morning of Mon 19 May 2025 (khalijiuwn24: 'returned to the homeland on Monday morning'), gives Tue 20 May 2025; the inner sub-heading dropped; headline kept from the page (reworded); the last, truncated quotation shortened; no date of its own in the text", False, """
الشارقة يعتلي عرش آسيا ويعود وسط استقبال الأبطال
في أجواء احتفالية مهيبة، رجعت بعثة نادي الشارقة إلى أرض الوطن مكللة بالفخر والانتصار، عقب تتويجها بلقب دوري أبطال آسيا للأندية 2، إذ هبطت الطائرة الخاصة القادمة من سنغافورة في مطار الشارقة الدولي صباح أمس، ليجد اللاعبون في انتظارهم استقبالا تاريخيا يليق بإنجاز غير مسبوق في تاريخ النادي.
واحتشدت جموع كبيرة من الجماهير والمسؤولين والرياضيين في المطار، يتقدمهم رئيس مجلس الشارقة الرياضي عيسى هلال الحزامي، ورئيس مجلس إدارة نادي الشارقة الرياضي ورئيس شركة الشارقة لكرة القدم خالد عيسى المدفع، ومعهم أعضاء مجلس الإدارة، حاملين الورود ومعبرين عن فخرهم بما أنجزه الفريق لتاريخ الكرة الإماراتية.
ورغم التعب الشديد الذي لازم اللاعبين جراء ضغوط المباراة وساعات السفر الطويلة، ظلت الابتسامة العنوان الأبرز على وجوههم، بعدما لمسوا فخر جماهيرهم ومحبتها لحظة وصولهم.
وعبّر خالد عيسى المدفع عن فرحته الغامرة بالفوز التاريخي، مؤكداً أن التتويج القاري جاء نتيجة تكامل الجهود داخل النادي، وقال في تصريح صحفي: "ما تحقق حلم طال انتظاره".
""", [
    ev("title-won", "عقب تتويجها بلقب دوري أبطال آسيا للأندية 2", FINAL, "no own expression; the final of Sun 18 May 2025"),
    ev("team-returns", "هبطت الطائرة الخاصة القادمة من سنغافورة في مطار الشارقة الدولي صباح أمس", RETURN, "'صباح أمس' = the morning of Mon 19 May 2025 (publication Tue 20 May)"),
    ev("airport-welcome", "واحتشدت جموع كبيرة من الجماهير والمسؤولين والرياضيين في المطار", RETURN, "no own expression; the welcome at the landing on the morning of Mon 19 May 2025"),
])
art(S, "https://akhbarajelgulf.com/?p=61093",
    "2025-05-21", "page line 'Published On: Wed, May 21st, 2025' (kept as first line; 21 May 2025 was a Wednesday); headline kept from the page (reworded); the last, truncated sentence dropped", True, """
Published On: Wed, May 21st, 2025
سلطان القاسمي يستقبل فريق الشارقة المتوج بالبطولة الآسيوية ويمنحه 20 مليون درهم مكافأة على الإنجاز التاريخي
استقبل صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي، عضو المجلس الأعلى حاكم الشارقة، الفريق الأول لكرة القدم في نادي الشارقة الرياضي، عقب تتويجه التاريخي بلقب البطولة الآسيوية، في إنجاز هو الأول من نوعه للنادي على مستوى القارة، يضاف إلى سجل الإنجازات الرياضية لإمارة الشارقة ولدولة الإمارات العربية المتحدة. وعبّر هذا الاستقبال عن فخر سموه واعتزازه بما قدمه الفريق من أداء مشرف وروح قتالية عالية، جسدت الالتزام والانضباط والإصرار على الفوز ورفع راية الوطن في المحافل الرياضية الدولية.
وأثنى صاحب السمو حاكم الشارقة خلال الاستقبال على الجهود الكبيرة التي بذلها اللاعبون والجهازان الفني والإداري على امتداد مشوار البطولة، مؤكداً أن هذا الانتصار لم يأت من فراغ، وإنما هو حصيلة عمل جماعي وتخطيط استراتيجي ورغبة صادقة في بلوغ منصات التتويج، وتمثيل الشارقة والإمارات تمثيلا مشرفا.
""", [
    ev("ruler-receives-team", "استقبل صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي", RECEPTION, "no own expression; the reception at al-Badi palace at 09:00 on Tue 20 May 2025 (announced by Sharjah TV for 'tomorrow, Tuesday'; kooora: 'the day right after its return')"),
    ev("reward-20m", "ويمنحه 20 مليون درهم مكافأة", RECEPTION, "no own expression; the reward granted at the reception of Tue 20 May 2025"),
    ev("title-won", "عقب تتويجه التاريخي بلقب البطولة الآسيوية", FINAL, "no own expression; the final of Sun 18 May 2025"),
    ev("acl2-campaign", "على امتداد مشوار البطولة", CAMPAIGN[0], "'على امتداد مشوار البطولة' = the run from the group stage (September 2024) to the final of Sun 18 May 2025 (my span)", end=CAMPAIGN[1]),
])


SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 402
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

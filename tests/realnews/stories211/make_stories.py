"""Builds stories.jsonl: the 211-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories204/make_stories.py). Domain: locust swarms, crop pests and plant
diseases (desert locusts entering Aqaba, Jordan, in March 2013; locusts reaching the south of Amman and
fought in Mafraq, Jordan, in April 2021; red locust swarms over Cairo, Egypt, in November 2004). None of
these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-aqaba-locust-arrival-2013
S = "jordan-aqaba-locust-arrival-2013"
art(S, "https://arabiaweather.com/ar/content/الجراد-يدخل-الاراضي-الاردنية",
    "2013-03-07", "page stamp '2013-03-07 2013-03-07T16:05:01Z' under the headline (kept as first line '2013-03-07'); 7 Mar 2013 was a Thursday; the 'admin' byline, the 'ArabiaWeather.com' credit and the related-articles list dropped", True, """
2013-03-07
الجراد يدخل الأراضي الأردنية
أكد مدير زراعة العقبة جمال العوران أن الجراد دخل فعلاً أراضي المملكة في منطقة العقبة، لكن ليس على هيئة أفواج.
وأضاف العوران، في حديث لموقع عمون الإخباري، أن الجراد موجود بأعداد قليلة، وأن مجموعاته تتركز في الشريط الجنوبي الغربي من المحافظة بعد منطقة المطار.
ولأن الجراد لم يدخل على شكل أفواج، فإن أعداده القليلة المتناثرة لا تستدعي عمليات رش أو مكافحة، إذ لا تُلاحظ سوى مجموعات صغيرة منه كل 20 أو 30 متراً.
وكان الجراد قد هاجم عدة أحياء في مدينة القاهرة بمصر قبل أن ينتقل مع اتجاه الرياح نحو جنوب غرب المملكة، غير أنه لم يصل إلينا بأعداد كبيرة تبعث على القلق.
""", [
    ev("first-scattered-entry", "أن الجراد دخل فعلاً أراضي المملكة في منطقة العقبة", "2013-03-06", "no own expression; scattered locusts found south-west of Aqaba just before the statement of Thu 7 Mar 2013 (my span 6-7 Mar)", end="2013-03-08"),
    ev("awran-ammon-statement", "في حديث لموقع عمون الإخباري", "2013-03-07", "no own expression; the statement reported on the stamp day, Thu 7 Mar 2013"),
    ev("cairo-swarm", "قد هاجم عدة أحياء في مدينة القاهرة بمصر", "2013-03-02", "no own expression; the swarms reached Cairo (Fifth Settlement, Nasr City) on Sat 2 Mar 2013 (outside knowledge; another report of Sun 3 Mar: 'وصلت أمس السبت'); my span 2-3 Mar", end="2013-03-04"),
])
art(S, "https://dorar-aliraq.net/threads/124688-%D8%A3%D8%B3%D8%B1%D8%A7%D8%A8-%D8%A7%D9%84%D8%AC%D8%B1%D8%A7%D8%AF-%D8%AA%D8%B5%D9%84-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86",
    "2013-03-13", "a forum copy of a UPI dispatch without stamp or URL date: fixed by the body's 'دخلت أمس' for the swarms' entry into Aqaba, which took place on the night of Tue 12 Mar 2013 (another outlet, stamped 14-03-2013: 'الليلة قبل الماضية' and 'الليلة (الثلاثاء)'): so Wed 13 Mar 2013; headline rendered from the URL slug; the truncated last sentence ('ووصلت أسراب الجراد إلى الضفة الغربية ... قادمة من الأراضي ا') dropped; no date of its own in the text", False, """
أسراب الجراد تصل إلى الأردن
دخلت أمس أسراب من الجراد تُقدَّر بالآلاف إلى محافظة العقبة، الساحلية في جنوب الأردن والمحاذية للحدود الإسرائيلية، بحسب ما أعلنته مديرية زراعة المحافظة.
وأعلن مدير زراعة العقبة جمال العوران، ليونايتد برس، أن أسراباً من الجراد وصلت إلى المحافظة على شكل بؤر وفلول صغيرة.
وأوضح أن الأسراب دخلت إلى شمال وادي عربة ووسطه، مؤكداً أنها لا تتعدى بؤرتين صغيرتين. وقال العوران: سنبدأ التعامل مع هذه الأسراب، وكوادرنا جاهزة.
ويُعد وادي عربة جزءاً من وادي الصدع العظيم الممتد بين البحر الميت شمالاً وخليج العقبة جنوباً، بين الأردن وإسرائيل.
وكانت وزارة الزراعة الإسرائيلية قد نفذت الأسبوع الماضي حملة لرش المبيدات الكيماوية بهدف القضاء على أسراب ضخمة من الجراد اجتاحت جنوب إسرائيل وأضرت بالمزروعات.
وتستعين الوزارة بثلاث طائرات مخصصة لرش المبيدات من الجو، وبسيارات للرش الأرضي، للقضاء على ملايين الجراد التي هاجمت الحقول والبيارات والدفيئات الزراعية.
""", [
    ev("aqaba-swarm-entry", "دخلت أمس أسراب من الجراد تُقدَّر بالآلاف", "2013-03-12", "'أمس' before Wed 13 Mar = Tue 12 Mar 2013 (the entry 'الليلة (الثلاثاء)')"),
    ev("directorate-announcement", "بحسب ما أعلنته مديرية زراعة المحافظة", "2013-03-12", "no own expression; the Aqaba agriculture directorate announced the entry on the night of Tue 12 Mar 2013 (another outlet: 'الليلة قبل الماضية' in its 14 Mar issue)"),
    ev("aqaba-control-start", "سنبدأ التعامل مع هذه الأسراب", "2013-03-13", "no own expression; control announced as imminent on the night of 12 Mar: from Wed 13 Mar 2013 (my span 13-15 Mar)", end="2013-03-16"),
    ev("israel-spraying", "نفذت الأسبوع الماضي حملة لرش المبيدات الكيماوية", "2013-03-03", "'الأسبوع الماضي' before Wed 13 Mar = the week of 3-9 Mar 2013 (the Negev spraying began in the first week of March; my span 3-9 Mar)", end="2013-03-10"),
])
art(S, "https://aljarida.com/articles/1462203820880489600",
    "2013-03-14", "page stamp 'نشر في 14-03-2013 | 00:01' under the headline (kept as first line '14-03-2013'); 14 Mar 2013 was a Thursday; body 'الليلة قبل الماضية' and 'الليلة (الثلاثاء)' (Tue 12 Mar) agree; the '(يو بي آي)' credit and 'back to top' dropped", True, """
14-03-2013
الجراد يغطي سماء العقبة
أعلنت مديرية زراعة محافظة العقبة، الساحلية في جنوب الأردن، الليلة قبل الماضية، أن أسراباً من الجراد تُعد بـ"الآلاف" دخلت من الجهة الغربية للمحافظة المحاذية للحدود الإسرائيلية.
وقال مدير زراعة العقبة جمال العوران ليونايتد برس إنترناشونال: "وصلت إلى العقبة الليلة (الثلاثاء) من الجهة الغربية المحاذية للحدود الأردنية - الإسرائيلية، بطول 160 كيلومتراً، أسراب من الجراد، وهي عبارة عن بؤر وفلول صغيرة".
وأضاف أن "الأسراب دخلت إلى شمال وادي عربة ووسطه"، مؤكداً أنها "لا تشكل سوى بؤرتين صغيرتين".
وتابع العوران: "سنبدأ بالتعامل مع هذه الأسراب، وكوادرنا جاهزة".
""", [
    ev("directorate-announcement", "أعلنت مديرية زراعة محافظة العقبة، الساحلية في جنوب الأردن، الليلة قبل الماضية", "2013-03-12", "'الليلة قبل الماضية' before Thu 14 Mar = the night of Tue 12 Mar 2013"),
    ev("aqaba-swarm-entry", "وصلت إلى العقبة الليلة (الثلاثاء)", "2013-03-12", "'الليلة (الثلاثاء)' = the night of Tue 12 Mar 2013"),
    ev("aqaba-control-start", "سنبدأ بالتعامل مع هذه الأسراب", "2013-03-13", "no own expression; control announced as imminent on the night of 12 Mar: from Wed 13 Mar 2013 (my span 13-15 Mar)", end="2013-03-16"),
])

# ---------------------------------------------------------------- jordan-locust-amman-mafraq-2021
S = "jordan-locust-amman-mafraq-2021"
art(S, "https://www.arabiaweather.com/ar/amp/content/وصول-كميات-محدودة-من-الجراد-إلى-منطقة-المزار-جنوب-الكرك-وغور-الصافي",
    "2021-04-18", "byline date 'كتبها غالب أبوبكر بتاريخ 2021/04/18' (kept as first line '2021/04/18', the byline name dropped); 18 Apr 2021 was a Sunday; body 'مساء الأحد' and 'غد (الاثنين)' agree; the 'طقس العرب -' credit and the truncated last sentence ('وأشار المجالي إلى خطة عمل المكافحة ... وي') dropped", True, """
2021/04/18
وصول كميات محدودة من الجراد إلى منطقة المزار جنوب الكرك وغور الصافي
أعلنت وزارة الزراعة، مساء الأحد، أن كميات محدودة من الجراد الصحراوي وصلت إلى منطقة المزار جنوب الكرك وإلى غور الصافي، وأنها "ستتعامل معها بحسب مقتضيات الحال وإجراءات المكافحة اللازمة".
وقال الناطق الإعلامي باسم الوزارة لورانس المجالي، في بيان، إن فرق الاستكشاف أبلغت عن وجود كميات محدودة من الجراد الصحراوي في المزار جنوب الكرك وفي غور الصافي، وإنه سيجري التعامل معها وفق ما يقتضيه الحال.
وأوضح المجالي أن هذه الكميات لم يكتمل نموها وهي في طور التزاوج والهجرة، ولا تمثل خطراً كبيراً على المزروعات، وقد جاءت من المنطقة الشرقية الحدودية عبر الصحراء على شكل مجموعات متقطعة.
وبحسب المجالي، "جرى تحريك 3 فرق استكشاف من الكرك ولواء المزار الجنوبي، وتتبع مسار المجموعات في منطقة الظاهرية، وتحديد المجموعات القريبة من غور الصافي، على أن تبدأ إجراءات المكافحة مساء الليلة وفجر غد (الاثنين) عبر 7 فرق مكافحة و6 فرق استكشاف، مع تواصل مع القوات المسلحة للإسناد عند الطلب".
""", [
    ev("ministry-sunday-statement", "أعلنت وزارة الزراعة، مساء الأحد", "2021-04-18", "'مساء الأحد' = the evening of Sun 18 Apr 2021"),
    ev("mazar-arrival", "أن كميات محدودة من الجراد الصحراوي وصلت إلى منطقة المزار", "2021-04-18", "no own expression; reported on the evening of Sun 18 Apr 2021 as just arrived (my day: 18 Apr)"),
    ev("scouting-teams-moved", "جرى تحريك 3 فرق استكشاف من الكرك", "2021-04-18", "no own expression; done by the time of the statement of the evening of Sun 18 Apr 2021"),
    ev("mazar-control-start", "على أن تبدأ إجراءات المكافحة مساء الليلة وفجر غد (الاثنين)", "2021-04-18", "'مساء الليلة وفجر غد (الاثنين)' = the evening of Sun 18 Apr to the dawn of Mon 19 Apr 2021", end="2021-04-20"),
])
art(S, "https://alsaa.net/article/161814/الجراد-الصحراوي-يصل-عمّان",
    "2021-04-19", "no stamp or URL date in the stored page: fixed by the body's 'الاثنين' for the sighting of locust groups south of Amman (Sahab, Wadi al-Seer, al-Muqabalain), which another outlet dates 'الاثنين (19 نيسان 2021)' with 'وفي وقت سابق اليوم': so Mon 19 Apr 2021; the site menu, tags, 'حجم الخط' and the 'مدار الساعة' credits dropped; no date of its own in the text", False, """
الجراد الصحراوي يصل إلى عمّان وتحذيرات من لمسه
رصدت فرق الاستكشاف التابعة لوزارة الزراعة، الاثنين، مجموعات متقطعة من الجراد الصحراوي في مناطق جنوب عمّان (سحاب ووادي السير والمقابلين وأطراف طريق المطار)، قادمة من المناطق الصحراوية، وفق ما أفاد الناطق الإعلامي باسم الوزارة لورانس المجالي.
وأوضح المجالي، في بيان صادر عن الوزارة، أن الرياح أسهمت في استمرار حركة الجراد، وأن العمل سيجري على إجراءات المكافحة باستخدام آليات رش متخصصة.
وبيّنت الوزارة أن هذه المجموعات ربما جاءت من مناطق سبق رشها، وحذّرت المواطنين من لمس الجراد أو جمعه، حرصاً على صحتهم وسلامتهم.
""", [
    ev("amman-sighting", "رصدت فرق الاستكشاف التابعة لوزارة الزراعة، الاثنين", "2021-04-19", "'الاثنين' = Mon 19 Apr 2021"),
    ev("majali-statement", "في بيان صادر عن الوزارة", "2021-04-19", "no own expression; the spokesman's statement of Mon 19 Apr 2021, the day of the sighting"),
    ev("touch-warning", "وحذّرت المواطنين من لمس الجراد أو جمعه", "2021-04-19", "no own expression; in the ministry's statement of Mon 19 Apr 2021"),
])
art(S, "https://iqiraq.news/international/17447--.html",
    "2021-04-19", "the body's own date 'الاثنين (19 نيسان 2021)' (19 Apr 2021 was a Monday) with 'وفي وقت سابق اليوم' for the sighting of the same day; the 'متابعة - IQ' credit and the truncated last sentence ('وأشار المجالي إلى أن تلك المجموعات ... محذرا ا') dropped", True, """
عمّان تتعرض لهجوم من نوع خاص والجيش الأردني يفعّل خطة للمواجهة
أعلنت وزارة الزراعة الأردنية، الاثنين (19 نيسان 2021)، أسباب وصول مجموعات من الجراد الصحراوي إلى مناطق في جنوب العاصمة عمّان.
وفي وقت سابق اليوم، رُصدت مجموعات من الجراد في مناطق من بينها سحاب ووادي السير جنوبي العاصمة.
وقال مسؤول في وزارة الزراعة لوكالة "عمون" المحلية إن فرق الاستكشاف والمكافحة شرعت في متابعة الجراد داخل العاصمة لمكافحته وتفقد كل المناطق التي بلغها.
وبيّن أن أساليب المكافحة في الأحياء السكنية تختلف بعض الشيء عن تلك المتبعة في الأماكن المفتوحة، مشيراً إلى أن اتجاه الرياح وحملات المكافحة في المحافظات الأخرى أسهما في وصول بعض مجموعات الجراد إلى أطراف العاصمة.
من جهته، قال الناطق الإعلامي باسم وزارة الزراعة لورانس المجالي إن فرق الاستكشاف رصدت مجموعات متقطعة من الجراد الصحراوي جنوب العاصمة، في سحاب ووادي السير والمقابلين وأطراف طريق المطار، قادمة من المناطق الصحراوية بفعل الرياح التي ساعدت على استمرار حركته.
وأضاف أن المكافحة ستتم ضمن آليات رش متخصصة، بحسب وكالة الأنباء الأردنية الرسمية (بترا).
""", [
    ev("ministry-explanation", "أعلنت وزارة الزراعة الأردنية، الاثنين (19 نيسان 2021)", "2021-04-19", "'الاثنين (19 نيسان 2021)' = Mon 19 Apr 2021"),
    ev("amman-sighting", "وفي وقت سابق اليوم، رُصدت مجموعات من الجراد", "2021-04-19", "'وفي وقت سابق اليوم' = earlier on Mon 19 Apr 2021"),
    ev("amman-teams-follow", "شرعت في متابعة الجراد داخل العاصمة", "2021-04-19", "no own expression; on Mon 19 Apr 2021, the day of the sighting"),
    ev("majali-statement", "من جهته، قال الناطق الإعلامي باسم وزارة الزراعة لورانس المجالي", "2021-04-19", "no own expression; the spokesman's statement of Mon 19 Apr 2021 (carried by Petra)"),
])
art(S, "https://royanews.tv/news/244014",
    "2021-04-25", "page stamp 'نشر: 2021-04-25 09:09 آخر تحديث: 2021-04-25 13:24' (kept as first line '2021-04-25'); 25 Apr 2021 was a Sunday; body 'صباح الاحد' agrees; the 'اقرأ أيضاً' link, 'أخبار ذات صلة' and 'newsletter' dropped", True, """
2021-04-25
وزير الزراعة يشرف على عمليات مكافحة الجراد في المفرق
أشرف وزير الزراعة المهندس خالد الحنيفات، صباح الاحد، على عمليات مكافحة الجراد في منطقتي بلعما والخالدية بمحافظة المفرق.
واطّلع الحنيفات على الخطة المعتمدة في المكافحة وعلى سبل المساندة في تذليل التحديات، وعلى إجراءات تتبع مسار الجراد وتنقله، مشيداً بجهود الكوادر المشاركة في المكافحة، إلى جانب كوادر الوزارة والقوات المسلحة والأمن العام والبلديات.
وأجرى الحنيفات اتصالات مع عدد من الجهات والمؤسسات لتيسير عمل الفرق المشاركة والتنسيق مع المزارعين، كما التقى عدداً من المزارعين واستمع إلى نتائج المكافحة في مزارعهم، مقدّراً تعاونهم خلال الحملات.
""", [
    ev("minister-mafraq-visit", "أشرف وزير الزراعة المهندس خالد الحنيفات، صباح الاحد", "2021-04-25", "'صباح الاحد' = the morning of Sun 25 Apr 2021"),
    ev("mafraq-control", "على عمليات مكافحة الجراد في منطقتي بلعما والخالدية", "2021-04-25", "no own expression; the operations the minister attended on Sun 25 Apr 2021"),
    ev("minister-meets-farmers", "كما التقى عدداً من المزارعين", "2021-04-25", "no own expression; during the visit of Sun 25 Apr 2021"),
])

# ---------------------------------------------------------------- egypt-cairo-red-locust-swarms-2004
S = "egypt-cairo-red-locust-swarms-2004"
art(S, "http://www.ye1.org/forum/threads/83505/",
    "2004-11-17", "forum post stamp '2004-11-17' at the head of the thread (kept as first line); 17 Nov 2004 was a Wednesday; body 'اليوم الأربعاء' agrees; the poster's name, the counters ('المشاهدات', 'الردود') and the registration lines dropped; the truncated last sentence ('وأشار الوزير ا...') dropped", True, """
2004-11-17
أسراب الجراد الأحمر تغزو سماء القاهرة
غزت أسراب من الجراد الصحراوي الأحمر سماء القاهرة اليوم الأربعاء، وأثارت حالة كبيرة من الارتباك بين السكان الذين لم يعتادوا رؤية الجراد بهذه الكثافة.
وتابع سكان العاصمة الأسراب وهي تنتشر في سماء مدينتهم حتى حجبت الشمس، فيما حطت الحشرات على أسطح المنازل والسيارات في أحياء وسط القاهرة وغربها.
وكان الجراد قد تسبب في مأساة إنسانية في عدد من دول غرب القارة السمراء، ولا سيما موريتانيا التي تلف فيها أكثر من 50 في المئة من إنتاج الحبوب.
غير أن وزير الزراعة المصري أحمد الليثي ألقى باللائمة على اتجاه الرياح، موضحاً أنها حوّلت مسار الجراد من الجنوب في الجزائر إلى طبرق، ومنها إلى الحدود الليبية المصرية عند السلوم، ثم إلى العمق المصري حتى بلغ محافظات البحيرة والمنوفية ومدينة الإسكندرية الساحلية.
وأضاف: "إنها كارثة لا يمكن تفاديها، مثل الزلزال أو أي كارثة طبيعية، ولا بد أن نواجهها بكل الإمكانات التي يتيحها العلم الحديث".
""", [
    ev("cairo-invasion", "غزت أسراب من الجراد الصحراوي الأحمر سماء القاهرة اليوم الأربعاء", "2004-11-17", "'اليوم الأربعاء' = Wed 17 Nov 2004"),
    ev("sky-obscured", "حتى حجبت الشمس", "2004-11-17", "no own expression; the swarms over Cairo on Wed 17 Nov 2004"),
    ev("minister-blames-wind", "ألقى باللائمة على اتجاه الرياح", "2004-11-17", "no own expression; the agriculture minister's press conference of Wed 17 Nov 2004 (another report: 'المؤتمر الصحفي لوزير الزراعة الذي عقد في اليوم السابق' of Thu 18 Nov)"),
    ev("delta-arrival", "حتى بلغ محافظات البحيرة والمنوفية", "2004-11-13", "no own expression; the swarms reached Beheira, Menoufia and Alexandria in the days before they reached Cairo (outside knowledge, loose; my span 13-17 Nov 2004)", end="2004-11-18"),
])
art(S, "http://archive.aawsat.com/details.asp?section=1&issueno=9487&article=266262&feature=",
    "2004-11-18", "no stamp in the stored page (only 'issueno=9487' in the URL): fixed by the body's 'أمس' for the locust swarms over Cairo, which came on Wed 17 Nov 2004 (another outlet: 'اليوم الأربعاء', stamped 2004-11-17): so Thu 18 Nov 2004; the 'TT' marker dropped and the truncated last sentence cut to its complete clause; the body repeats 'أمس', kept once; no date of its own in the text", False, """
زحام القاهرة ينتقل إلى السماء
أسر منعت أبناءها من الذهاب إلى المدارس بسبب غزو الجراد
انتقل زحام القاهرة أمس من الأرض إلى السماء، بعدما اجتاحت أسراب من الجراد الصحراوي الأحمر العاصمة وعدداً من المحافظات المصرية، ما دفع السلطات إلى إعلان حالة الطوارئ والتأهب لمواجهته، في حين سادت حالة من الذعر بين سكان بعض الأحياء إثر هجوم الجراد الذي بلغ الساحة الخارجية لمجلس الشعب (البرلمان) وكاد يحجب الرؤية في سماء العاصمة المصرية.
وحلّقت بعض الأسراب القادمة من غرب أفريقيا على ارتفاع منخفض فوق أحياء وميادين كثيرة في القاهرة. وحين حطّ بعضها في إحدى مدارس البنات أصيبت التلميذات بالذعر، فيما خرج تلاميذ مدارس أخرى إلى الشوارع وراحوا يصرخون لدى رؤية مشهد لم تعرفه القاهرة منذ 50 عاماً.
ومنعت أسر كثيرة أبناءها من الذهاب إلى المدارس أو الخروج إلى الشارع خوفاً من هجمات الجراد، وبدا الحذر على عدد كبير من المارة في شوارع القاهرة، وقد شدّوا أنظارهم إلى السماء.
وقررت اللجان المختصة في البرلمان عقد جلسات طارئة خاصة لمتابعة جهود الأجهزة الحكومية المعنية بمواجهة الجراد، بعدما انهالت على الحكومة طلبات الإحاطة.
""", [
    ev("cairo-invasion", "انتقل زحام القاهرة أمس من الأرض إلى السماء", "2004-11-17", "'أمس' before Thu 18 Nov = Wed 17 Nov 2004"),
    ev("emergency-declared", "ما دفع السلطات إلى إعلان حالة الطوارئ", "2004-11-17", "no own expression; on the day of the swarms, Wed 17 Nov 2004"),
    ev("sky-obscured", "وكاد يحجب الرؤية في سماء العاصمة المصرية", "2004-11-17", "no own expression; the swarms over Cairo on Wed 17 Nov 2004 ('أمس')"),
    ev("schoolgirls-panic", "أصيبت التلميذات بالذعر", "2004-11-17", "no own expression; during the swarms of Wed 17 Nov 2004"),
    ev("parliament-sessions", "وقررت اللجان المختصة في البرلمان عقد جلسات طارئة", "2004-11-17", "no own expression; decided on the day of the swarms or the next morning (my span 17-18 Nov 2004)", end="2004-11-19"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 211)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

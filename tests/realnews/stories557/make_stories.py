"""Builds stories.jsonl: the 557-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from southern Jordan (Aqaba, Maan, Karak,
Tafileh, Wadi Rum, Petra), any domain.
Stories: the Grad rocket that hit a street in Aqaba (Jordan, August 2010), the killing of Qusay al-Imami and the
unrest that followed in Maan (Jordan, April 2014), and the killing of Dr Ahmad Saleh al-Zoubi of Mutah
University at Mutah, Karak (Jordan, October 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-aqaba-grad-rocket-2010
S = "jordan-aqaba-grad-rocket-2010"
ROCKETS = "2010-08-02"                     # Grad rockets fired at Eilat; one hit a street in Aqaba, Mon 2 Aug 2010 (07:45)
ASHKELON = "2010-07-30"                    # rocket from Gaza on Ashkelon 'three days' before, Fri 30 Jul 2010
art(S, "http://alittihad.ae/details.php?id=47613&y=2010",
    "2010-08-02", "date line on the page '2 أغسطس 2010 09:59' (the '25 ابريل 2024' at the top is the site header of the crawl); 2 Aug 2010 was a Monday, the day of the rockets ('الاثنين'); headline kept from the page; the last, truncated sentence of the Egyptian official dropped", True, """
مقتل أردني وإصابة 3 جراء سقوط صاروخ جراد في العقبة
استُهدف ميناء إيلات الإسرائيلي الاثنين بصواريخ لم تُسفر عن ضحايا في الجانب الإسرائيلي، لكنها خلّفت قتيلا وأربعة جرحى في مدينة العقبة الأردنية المجاورة، وجاء ذلك بعد ثلاثة أيام على إطلاق صاروخ من قطاع غزة على مدينة عسقلان في جنوب إسرائيل.
وتفيد المعلومات التي نشرتها الشرطة الإسرائيلية بأن الصواريخ انطلقت من شبه جزيرة سيناء المصرية، إلا أن القادة الإسرائيليين تفادوا الإشارة إلى ذلك حرصا على عدم إحراج مصر، التي تتعاون معها إسرائيل في ضبط الحدود.
وصرّح موشيه كوهين، المسؤول في الشرطة الإسرائيلية، بأن "صاروخين سقطا في البحر"، وأن اثنين آخرين سقطا "على ما يبدو في الأراضي الأردنية"، في حين يتواصل البحث عن بقايا صاروخ خامس شمال مدينة إيلات.
ورأى أن الصواريخ التي سقطت عند الساعة 07,45 "أطلقت من الجنوب"، في إشارة إلى شبه جزيرة سيناء التي تبعد نحو عشرة كيلومترات جنوبا.
لكن مسؤولا أمنيا مصريا في سيناء شدد على أن "الصواريخ لم تنطلق من سيناء".
""", [
    ev("rocket-salvo", "استُهدف ميناء إيلات الإسرائيلي الاثنين بصواريخ", ROCKETS, "'الاثنين' in a report dated Mon 2 Aug 2010 = that day (07:45)"),
    ev("aqaba-rocket-casualties", "خلّفت قتيلا وأربعة جرحى في مدينة العقبة", ROCKETS, "no own expression; the rocket that hit Aqaba on the Monday of the salvo, Mon 2 Aug 2010"),
    ev("ashkelon-rocket", "إطلاق صاروخ من قطاع غزة على مدينة عسقلان", ASHKELON, "'بعد ثلاثة أيام' before the rockets of Mon 2 Aug 2010 = Fri 30 Jul 2010"),
    ev("kohen-statement", "وصرّح موشيه كوهين، المسؤول في الشرطة الإسرائيلية", ROCKETS, "no own expression; the Israeli police statement on the day of the rockets, Mon 2 Aug 2010 (report of 09:59 that day)"),
    ev("egypt-denial", "شدد على أن \"الصواريخ لم تنطلق من سيناء\"", ROCKETS, "no own expression; the Egyptian security official's denial given on the day of the rockets, Mon 2 Aug 2010 (report of 09:59 that day)"),
])
art(S, "https://www.masress.com/youm7/261153",
    "2010-08-02", "no date on the stored page; a Youm7 report carried by masress; the body's 'صباح الاثنين' and the minister's 'الساعة السابعة و45 دقيقة من صباح اليوم الاثنين' for the rocket of Mon 2 Aug 2010 (alittihad, dated 2 Aug 2010) give Mon 2 Aug 2010; it has only the first toll (four injured, no death), as the reports of that morning; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
صاروخ جراد يسقط في شارع رئيسي بالعقبة ويصيب أربعة أشخاص
قال وزير الداخلية الأردني نايف القاضي إن صاروخا من طراز جراد سقط صباح الاثنين في أحد الشوارع الرئيسية بمدينة العقبة الساحلية، فأصاب أربعة أشخاص بجروح أحدهم في حالة خطرة.
وأوضح القاضي أن "المعطيات الأولية تفيد بأن صاروخا من نوع جراد سقط في شارع رئيسي بالعقبة بالقرب من فندق إنتركونتيننتال، فأصاب سيارتين وجرح أربعة أشخاص أحدهم حالته خطرة".
وتابع: "ما زلنا نجمع المعلومات عن الحادث، وقد توجه مدير الأمن العام إلى العقبة للاطلاع على ما جرى والتحقيق فيه".
بدوره، أعلن وزير الدولة لشؤون الإعلام والاتصال علي العايد أن الصاروخ سقط في العقبة "الساعة السابعة و45 دقيقة من صباح اليوم الاثنين"، مؤكدا لوكالة فرانس برس أنه أُطلق من خارج الحدود الأردنية.
وأضاف أن "المصابين الأربعة أردنيون، وأحدهم في حالة خطرة".
وكانت الإذاعة العسكرية الإسرائيلية قد ذكرت أن خمسة صواريخ أطلقت فجر الاثنين على ميناء إيلات المطل على البحر الأحمر في جنوب إسرائيل، دون أن يوقع انفجارها إصابات، وأن واحدا منها على الأقل سقط في البحر وآخر قرب الحدود مع الأردن.
""", [
    ev("aqaba-rocket-casualties", "سقط صباح الاثنين في أحد الشوارع الرئيسية بمدينة العقبة", ROCKETS, "'صباح الاثنين' = Mon 2 Aug 2010 (07:45)"),
    ev("qadi-statement", "قال وزير الداخلية الأردني نايف القاضي", ROCKETS, "no own expression; the interior minister spoke on the morning of the rocket, Mon 2 Aug 2010"),
    ev("security-chief-to-aqaba", "وقد توجه مدير الأمن العام إلى العقبة", ROCKETS, "no own expression; the director of public security went to Aqaba on the morning of Mon 2 Aug 2010, before the minister spoke"),
    ev("jordan-says-fired-from-outside", "مؤكدا لوكالة فرانس برس أنه أُطلق من خارج الحدود الأردنية", ROCKETS, "no own expression; Ali al-Ayed's statement on the day of the rocket ('صباح اليوم الاثنين'), Mon 2 Aug 2010"),
    ev("rocket-salvo", "خمسة صواريخ أطلقت فجر الاثنين على ميناء إيلات", ROCKETS, "'فجر الاثنين' = Mon 2 Aug 2010"),
])
art(S, "https://www.aljarida.com/articles/1461790556396158300/amp",
    "2010-08-03", "no date on the stored page; the Kuwaiti daily's 'أمس' for the six rockets of Mon 2 Aug 2010 (alittihad of 2 Aug: 'الاثنين') gives Tue 3 Aug 2010; it already names the dead taxi driver; headline written from the body (the stored text has none); the 'Ad' marker and the last, truncated words dropped", False, """
ستة صواريخ غراد على خليج العقبة تقتل سائق أجرة أردنيا
استهدفت منطقة خليج العقبة أمس ستة صواريخ من طراز "غراد" لم يُعرف مصدرها، سقط ثلاثة منها في البحر قبالة مدينة إيلات الإسرائيلية، والرابع شمال المدينة في منطقة خالية من السكان، والخامس في سيناء المصرية بالقرب من وحدة تابعة للأمم المتحدة، فيما أصاب السادس مدينة العقبة الأردنية.
ولم تُلحق الصواريخ أي أضرار بالجانبين الإسرائيلي والمصري، بينما أودى الصاروخ الذي سقط في العقبة بحياة مواطن أردني وأصاب آخرين.
وشددت السلطات الأردنية على أن الصاروخ الذي ضرب العقبة انطلق من "خارج الحدود الأردنية"، في حين ذكرت مصادر أمنية إسرائيلية أن الصواريخ أطلقت من الجنوب، في إشارة إلى سيناء.
لكن مسؤولا أمنيا مصريا في سيناء نفى أن تكون "الصواريخ قد انطلقت من سيناء"، موضحا أن "أي عملية إطلاق لصواريخ كهذه تحتاج إلى معدات وتجهيزات لوجستية يتعذر توافرها بسبب صرامة الإجراءات الأمنية في المنطقة".
وسقط أحد الصواريخ على شارع رئيسي قرب فندق "انتركونتيننتال"، فقُتل سائق سيارة أجرة يدعى صبحي يوسف العلاونة (51 عاما) وأصيب أربعة أشخاص جميعهم أردنيون، كما دُمرت ثلاث سيارات.
ونددت عمّان بشدة بسقوط الصاروخ، ووصفته بأنه "عمل إرهابي إجرامي عبثي".
""", [
    ev("rocket-salvo", "استهدفت منطقة خليج العقبة أمس ستة صواريخ", ROCKETS, "'أمس' in an article of Tue 3 Aug 2010 = Mon 2 Aug"),
    ev("aqaba-rocket-casualties", "أودى الصاروخ الذي سقط في العقبة بحياة مواطن أردني", ROCKETS, "no own expression; the rocket of Mon 2 Aug 2010 ('أمس')"),
    ev("jordan-says-fired-from-outside", "انطلق من \"خارج الحدود الأردنية\"", ROCKETS, "no own expression; the Jordanian statement of Mon 2 Aug 2010 (Youm7: Ali al-Ayed, 'صباح اليوم الاثنين')"),
    ev("egypt-denial", "نفى أن تكون \"الصواريخ قد انطلقت من سيناء\"", ROCKETS, "no own expression; the denial given on Mon 2 Aug 2010 (alittihad, 09:59 that day)"),
    ev("amman-condemns", "ونددت عمّان بشدة بسقوط الصاروخ", ROCKETS, "no own expression; the Jordanian condemnation on the day of the rocket, Mon 2 Aug 2010 (an article of Tue 3 Aug)"),
])

# ---------------------------------------------------------------- jordan-maan-imami-killing-unrest-2014
S = "jordan-maan-imami-killing-unrest-2014"
SHOT = "2014-04-20"                        # two gendarmes shot near the Maan court, Sun 20 Apr 2014 (evening)
KILLED = "2014-04-22"                      # Qusay al-Imami killed in a gendarmerie raid, Tue 22 Apr 2014 (evening)
art(S, "https://www.aljazeera.net/news/2014/4/23/%d9%85%d9%82%d8%aa%d9%84-%d8%b4%d8%a7%d8%a8-%d9%81%d9%8a-%d9%85%d8%b9%d8%a7%d9%86-%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86%d9%8a%d8%a9-%d8%a8%d8%b1%d8%b5%d8%a7%d8%b5-%d8%a7%d9%84%d8%af%d8%b1%d9%83",
    "2014-04-23", "no date line in the stored text; the address carries 2014/4/23, and the body agrees: the killing 'مساء الثلاثاء' (22 Apr 2014 was a Tuesday) and the shooting at the gendarmes 'الأحد الماضي' (Sun 20 Apr) 'قبل يومين' before it; so Wed 23 Apr 2014; the photo caption and the by-line dropped; headline kept from the page; the last, truncated sentence dropped", False, """
مقتل شاب في معان الأردنية برصاص الدرك
أفاد شهود عيان في مدينة معان الأردنية، الواقعة على بعد 250 كلم جنوب عمان، بأن شابا لقي حتفه مساء الثلاثاء خلال مداهمات شنتها قوات الدرك الأردني بحثا عمن تصفهم بالمطلوبين، وذلك بعد إطلاق النار على قوة من الدرك قبل يومين ما أسفر عن إصابة عنصرين.
وبحسب شهود تحدثوا للجزيرة نت، فقد فجّر الحادث أعمال شغب واسعة في المدينة الجنوبية، إذ أغلق مواطنون غاضبون الشوارع الرئيسية بالحاويات والإطارات المشتعلة، وشوهدت النيران تتصاعد من عدد من المؤسسات العامة.
وفي المقابل، أعلن رئيس بلدية معان ماجد الشراري الحداد ثلاثة أيام احتجاجا على مقتل الشاب، واتهم في بيان حصلت الجزيرة نت على نسخة منه قوات الأمن بانتهاج ما سماه "الإجراءات الهمجية البربرية الوحشية".
كما اتهم الشراري وزير الداخلية حسين المجالي وعددا من القادة الأمنيين بالتورط فيما وصفها بـ"المؤامرة التي تحاك ضد معان".
يُذكر أن التوتر عاد إلى معان الأحد الماضي إثر إصابة عنصرين من الدرك برصاص أطلق عليهم بالقرب من محكمة المدينة.
""", [
    ev("imami-killed", "بأن شابا لقي حتفه مساء الثلاثاء", KILLED, "'مساء الثلاثاء' in an article of Wed 23 Apr 2014 = Tue 22 Apr"),
    ev("riots-after-killing", "فجّر الحادث أعمال شغب واسعة في المدينة الجنوبية", KILLED, "no own expression; the riots that followed the killing of Tuesday evening, reported on Wed 23 Apr 2014 (my span Tue 22 - Wed 23 Apr)", end="2014-04-24"),
    ev("sharari-mourning", "أعلن رئيس بلدية معان ماجد الشراري الحداد ثلاثة أيام", KILLED, "no own expression; the mayor announced the mourning after the killing of Tue 22 Apr evening and before this report of Wed 23 Apr (my span 22 - 23 Apr)", end="2014-04-24"),
    ev("gendarmes-shot", "إصابة عنصرين من الدرك برصاص أطلق عليهم", SHOT, "'الأحد الماضي' from Wed 23 Apr 2014 = Sun 20 Apr (also 'قبل يومين' before the Tuesday killing)"),
])
art(S, "https://elhmra.com/article-1309",
    "2014-04-24", "date line on the page 'نشر بـ 24/04/2014 11:39'; a report quoting al-Hayat; 24 Apr 2014 was a Thursday, so its 'ليل الأربعاء- الخميس' is the night just ended; the site menus dropped; headline kept from the page; the last, truncated quotation shortened", True, """
الشغب يضرب معان الأردنية مجدداً.. واشتباكات مسلحة بين الدرك ومحتجين
عادت أعمال الشغب والمواجهات بين محتجين وقوات الدرك ليل الأربعاء- الخميس إلى مدينة معان في جنوب الأردن، وذلك بعد ساعات من تشييع جنازة شاب يقول وجهاء المدينة القبلية إنه قُتل على أيدي السلطات.
وأشعل المئات النار في مبان حكومية ومصارف وسيارات تابعة للشرطة، ورموا الحجارة والإطارات المشتعلة في الشوارع الرئيسية، فيما أضرمت مجموعات أخرى من الشبان الملثمين الغاضبين النار في المحكمة المحلية.
ونقلت "الحياة" عن شهود عيان أن "الاشتباكات المسلحة بين الدرك والمحتجين تكاد لا تتوقف".
وقال أكرم كريشان، وهو من وجهاء المدينة، إن "هذه الاشتباكات المسلحة بين الدرك والمحتجين هي الأعنف على الإطلاق".
""", [
    ev("riots-wed-thu-night", "عادت أعمال الشغب والمواجهات بين محتجين وقوات الدرك ليل الأربعاء- الخميس", "2014-04-23", "'ليل الأربعاء- الخميس' in an article of Thu 24 Apr 2014 = the night of Wed 23 - Thu 24 Apr", end="2014-04-25"),
    ev("imami-funeral", "بعد ساعات من تشييع جنازة شاب", "2014-04-23", "'بعد ساعات' before the night of Wed 23 - Thu 24 Apr 2014 = the funeral on Wed 23 Apr"),
    ev("imami-killed", "إنه قُتل على أيدي السلطات", KILLED, "no own expression; Qusay al-Imami was killed on Tue 22 Apr 2014 (aljazeera: 'مساء الثلاثاء')"),
    ev("arson-government-buildings", "وأشعل المئات النار في مبان حكومية ومصارف", "2014-04-23", "no own expression; part of the riots of the night of Wed 23 - Thu 24 Apr 2014", end="2014-04-25"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=606315",
    "2014-04-26", "no date on the stored page; an AFP report carried by a Saudi site; the body's 'صباح أمس الجمعة' for the fire bombs and 'أمس الأول، الخميس' for the minister give Sat 26 Apr 2014 (25 Apr 2014 was a Friday, 24 Apr a Thursday); headline written from the body (the stored text has none); the last, truncated words dropped", False, """
زجاجات حارقة على مبان حكومية في معان
ذكر مصدر أمني أردني أن «خارجين عن القانون» رموا صباح أمس الجمعة زجاجات حارقة على مبانٍ حكومية في مدينة معان جنوب الأردن، التي تعيش على وقع أعمال شغب واحتجاجات.
وأوضح المصدر، الذي طلب عدم ذكر اسمه، أن الزجاجات الحارقة أُلقيت صباح أمس على مجمع للدوائر الحكومية، فاندلع حريق في واجهتي مكتب الصحة ومكتب الأراضي، وتولى الأهالي إخماده بعدما عجزت آليات الدفاع المدني عن الوصول بسبب إغلاق الطرق.
وأشار المصدر إلى أن معان، التي تبعد نحو 215 كلم جنوب عمّان، تشهد اضطرابات منذ عملية أمنية نفذتها الأجهزة المختصة بعد إطلاق النار على رجلي درك مساء الأحد الماضي وإصابة أحدهما إصابة بالغة.
ولفت إلى أن «خارجين عن القانون صعدوا إلى أسطح المباني الخميس وأطلقوا النار على آليات الدرك بعد إحراق إطارات في الوسط التجاري، فاضطرت قوات الدرك إلى استخدام الغاز المسيل للدموع».
وكان وزير الداخلية حسين المجالي قد أعلن أمس الأول، الخميس، إصابة 5 من رجال الدرك خلال أحداث معان، بينما قال شهود عيان إن الشاب «قصي سليمان الأمامي (20 عاما) قُتل الثلاثاء قرب منزله أثناء اشتباكات مع الدرك».
واشتدت الاحتجاجات بعد مقتل الأمامي، فدخلت معان الأربعاء في «عصيان مدني»، وأُغلقت بعض الطرق وأُحرقت مقار 3 بنوك.
""", [
    ev("fire-bombs-government-complex", "رموا صباح أمس الجمعة زجاجات حارقة", "2014-04-25", "'صباح أمس الجمعة' in an article of Sat 26 Apr 2014 = Fri 25 Apr"),
    ev("gendarmes-shot", "إطلاق النار على رجلي درك مساء الأحد الماضي", SHOT, "'مساء الأحد الماضي' = Sun 20 Apr 2014 (aljazeera of Wed 23: 'الأحد الماضي')"),
    ev("rooftop-shooting", "صعدوا إلى أسطح المباني الخميس", "2014-04-24", "'الخميس' before 'أمس الجمعة' = Thu 24 Apr 2014"),
    ev("majali-five-gendarmes-injured", "قد أعلن أمس الأول، الخميس، إصابة 5 من رجال الدرك", "2014-04-24", "'أمس الأول، الخميس' from Sat 26 Apr 2014 = Thu 24 Apr"),
    ev("imami-killed", "قُتل الثلاثاء قرب منزله", KILLED, "'الثلاثاء' = Tue 22 Apr 2014 (aljazeera: 'مساء الثلاثاء')"),
    ev("civil-disobedience", "فدخلت معان الأربعاء في «عصيان مدني»", "2014-04-23", "'الأربعاء' after the Tuesday killing = Wed 23 Apr 2014"),
])

# ---------------------------------------------------------------- jordan-mutah-professor-zoubi-killing-2024
S = "jordan-mutah-professor-zoubi-killing-2024"
STABBED = "2024-10-04"                     # Dr Ahmad Saleh al-Zoubi stabbed to death after the dawn prayer at Mutah, Fri 4 Oct 2024
art(S, "https://albaladnews.net/article/407853",
    "2024-10-05", "no date on the stored page; the body's 'فجر أمس الجمعة' for the stabbing gives Sat 5 Oct 2024 (the Friday is Fri 4 Oct 2024: 3rabmirror's address carries 2024/10/06 with 'فجر الجمعة', and factjo of 13/10/2024 reports the tribe's meeting about the crime); headline: the summary line that opens the stored text; the last, truncated sentence ('من جانب...') dropped", False, """
4 طعنات للدكتور الزعبي بعد خروجه من صلاة الفجر من الجامع و 3 بيانات للأمن العام وبيان استنكاري من آل الزعبي
عاشت مدينة مؤتة فجر أمس الجمعة حادثة مروعة صحا الأردنيون على وقعها، إذ لقي الأستاذ الجامعي الدكتور أحمد صالح الزعبي حتفه بعدما تلقى أربع طعنات غادرة لحظة خروجه من صلاة الفجر.
وبحسب ما كشفته التحقيقات الأولية، فقد طعن طالب في جامعة مؤتة الدكتور الزعبي في صدره وظهره بأداة حادة، ثم سلّم نفسه للأجهزة الأمنية.
وأكدت مديرية الأمن العام في بيانها الأول أن الجاني شاب في العشرينيات يدرس الهندسة في جامعة مؤتة، وهو نجل أحد أساتذة الجامعة، وبيّنت التحقيقات الأولية أن الجريمة لا صلة لها بأي خلاف أكاديمي وإنما تعود لدوافع شخصية، وأن الجاني يعاني اضطرابات نفسية ويتلقى العلاج في عيادات متخصصة، وقد عُثر على وصفات طبية تثبت ذلك.
وفي بيانها الثاني، ذكرت المديرية أن التحقيق مع الجاني متواصل وأنه يتعاون مع المحققين، مؤكدة أن القضية ستُحال إلى القضاء حال انتهاء التحقيقات.
أما البيان الثالث فهدف إلى طمأنة الشارع الأردني إلى استمرار الجهود للحفاظ على الأمن والسلم المجتمعي، مع التشديد على انتظار نتائج التحقيقات القضائية.
""", [
    ev("zoubi-stabbing", "فجر أمس الجمعة حادثة مروعة", STABBED, "'فجر أمس الجمعة' in an article of Sat 5 Oct 2024 = Fri 4 Oct"),
    ev("killer-surrenders", "ثم سلّم نفسه للأجهزة الأمنية", STABBED, "no own expression; he gave himself up right after the stabbing of Fri 4 Oct 2024 (3rabmirror: 'مباشرة بعد تنفيذ جريمته')"),
    ev("no-academic-motive", "أن الجريمة لا صلة لها بأي خلاف أكاديمي", STABBED, "no own expression; the first statement of the Public Security Directorate, issued on the day of the crime, Fri 4 Oct 2024"),
    ev("psd-later-statements", "وفي بيانها الثاني، ذكرت المديرية", STABBED, "no own expression; the second (and third) statements came after the first and before this article of Sat 5 Oct 2024 (my span Fri 4 - Sat 5 Oct)", end="2024-10-06"),
])
art(S, "https://3rabmirror.com/anews/9268/2024/10/06/%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D9%88%D8%A3%D8%B3%D8%A8%D8%A7%D8%A8-%D9%85%D9%82%D8%AA%D9%84-%D8%A7%D9%84%D8%AF%D9%83%D8%AA%D9%88%D8%B1-%D8%A3%D8%AD%D9%85%D8%AF-%D8%B5%D8%A7%D9%84%D8%AD-%D8%A7/",
    "2024-10-06", "no date line in the stored text; the address carries 2024/10/06 (a Sunday), and the body's 'فجر الجمعة' (no 'اليوم' or 'أمس') fits a report two days after the crime of Fri 4 Oct 2024; headline kept from the page (the victim's name is spelt 'الزغبي' there); the last, truncated sentence shortened", False, """
تفاصيل وأسباب مقتل الدكتور أحمد صالح الزغبي على يد طالب في جامعة مؤتة بالأردن: القصة الكاملة
في حادثة مروعة صدمت الأوساط الجامعية في الأردن، قُتل الدكتور أحمد صالح الزغبي، الأستاذ الجامعي ورئيس قسم اللغة العربية في كلية الآداب بجامعة مؤتة، على يد طالب في العشرين من عمره، في جريمة خلّفت صدمة وحزنا عميقين.
ووقعت الجريمة فجر الجمعة بينما كان الدكتور الزغبي، المعروف بـ "أبو معاذ"، يغادر المسجد عقب صلاة الفجر، فتلقى طعنات قاتلة من الطالب.
سبب مقتل الدكتور أحمد صالح الزغبي
تفيد التحقيقات الأولية بأن الطالب، الذي يدرس الهندسة في جامعة مؤتة، ترصّد الدكتور الزغبي خارج المسجد، ثم طعنه مرارا في صدره من الأمام ومن الخلف حتى تيقّن من موته.
وسلّم الجاني نفسه للشرطة الأردنية فور ارتكاب جريمته، وهو ما أثار استغراب الجميع بالنظر إلى العلاقة الطيبة التي جمعت الأستاذ المغدور بطلابه وزملائه في الجامعة.
وذكرت مصادر مطلعة أن الطالب مرتكب الجريمة يعاني مشكلات نفسية ويتابع علاجا في عيادة نفسية، ما زاد الحادثة تعقيدا وطرح تساؤلات عن دوافعه.
وأكدت التحقيقات أن الحادثة لا علاقة لها بأي خلافات دراسية.
""", [
    ev("zoubi-stabbing", "ووقعت الجريمة فجر الجمعة", STABBED, "'فجر الجمعة' = Fri 4 Oct 2024 (albaladnews of Sat 5 Oct: 'فجر أمس الجمعة')"),
    ev("killer-surrenders", "وسلّم الجاني نفسه للشرطة الأردنية فور ارتكاب جريمته", STABBED, "no own expression; right after the crime of Fri 4 Oct 2024"),
    ev("no-academic-motive", "أن الحادثة لا علاقة لها بأي خلافات دراسية", STABBED, "no own expression; the finding of the first police statement, Fri 4 Oct 2024 (albaladnews)"),
])
art(S, "https://factjo.com/news.aspx?Id=218962",
    "2024-10-13", "date line on the page 'نشر بتاريخ : 13/10/2024 ... 7:17:36 PM'; 13 Oct 2024 was a Sunday, so the meeting 'مساء أمس' was on Sat 12 Oct; the section label dropped; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
قبيلة الزعبية تطالب بالقصاص من قاتل "شهيد الفجر"
عُقد مساء أمس في ديوان آل الزعبي في عمان اجتماع حاشد، حضره عدد كبير جدا من أبناء قبيلة الزعبية القادمين من مختلف مناطق المملكة، للتداول والتشاور في جريمة قتل "شهيد الفجر" الأستاذ الدكتور أحمد صالح العيسى الزعبي.
وشارك في الاجتماع أعيان قبيلة الزعبية ووجهاؤها وممثلون عن أبنائها من خرجا والرمثا وإربد وعمّان وحريما وجفين وجرش "نحلة" والشجرة والذنيبة والسلط "علان" ومادبا "أم قصير"، وأجمع الحاضرون على رفض أي تنازل عن القصاص الشرعي العادل من مرتكب الجريمة.
وطالب المجتمعون بتنفيذ حكم الإعدام بحق الجاني في أسرع وقت، مؤكدين انتماءهم للوطن وولاءهم لجلالة الملك عبدالله الثاني ابن الحسين وولي عهده الأمين، وثقتهم بنزاهة القضاء الأردني وعدالته.
وأكد المجتمعون متابعتهم الحثيثة للإجراءات الأمنية والقضائية والعشائرية، صونا للأمن والسلم المجتمعي ولحقوق أبناء الشهيد وقبيلته، مشددين على أنهم لن يفرّطوا بقطرة واحدة من دم الشهيد الذي سال على أرض مسجد جامعة مؤتة وهو يؤدي صلاته وحيدا في محراب المسجد.
""", [
    ev("zoubi-tribe-meeting", "عُقد مساء أمس في ديوان آل الزعبي في عمان اجتماع حاشد", "2024-10-12", "'مساء أمس' in an article of Sun 13 Oct 2024 = Sat 12 Oct"),
    ev("zoubi-stabbing", "جريمة قتل \"شهيد الفجر\"", STABBED, "no own expression; the killing at dawn on Fri 4 Oct 2024 (albaladnews: 'فجر أمس الجمعة')"),
    ev("death-penalty-demand", "وطالب المجتمعون بتنفيذ حكم الإعدام بحق الجاني", "2024-10-12", "no own expression; demanded at the meeting of Sat 12 Oct 2024 ('مساء أمس')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 557
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

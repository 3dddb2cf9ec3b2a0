"""Builds stories.jsonl: the 563-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from the Palestinian refugee camps in Lebanon,
Syria and Jordan (Ain al-Hilweh, Yarmouk, Baqaa, Nahr al-Bared).
Stories: the clashes between the joint Palestinian security force and Bilal Badr's group in Ain al-Hilweh
(Lebanon, April 2017), the visit of UN Secretary-General Ban Ki-moon to the Nahr al-Bared camp (Lebanon,
March 2016), and the Syrian decision to let the people of the Yarmouk camp return (Syria, November 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-ain-al-hilweh-bilal-badr-clashes-2017
S = "lebanon-ain-al-hilweh-bilal-badr-clashes-2017"
ERUPT = "2017-04-07"                       # the clashes broke out on the afternoon of Fri 7 Apr 2017
ROUND = (ERUPT, "2017-04-13")              # the round of clashes: Fri 7 - Wed 12 Apr 2017 (ended by the deployment)
FLED = "2017-04-11"                        # Badr and his men left the Tiri quarter at dawn on Tue 11 Apr 2017
DEPLOY = "2017-04-12"                      # the joint force deployed in the Tiri quarter on the evening of Wed 12 Apr 2017
art(S, "https://alawalnews.com/news/?p=10715",
    "2017-04-08", "no date on the stored page; the body's 'تواصلت السبت' for the clashes, 'اندلعت امس' for their outbreak (which najah.edu of Wed 12 puts 'عصر الجمعة', Fri 7 Apr 2017) and 'صباح اليوم' / 'منذ فجر اليوم' give Sat 8 Apr 2017 (8 Apr 2017 was a Saturday; janobiyat, stamped 'السبت 8 04 2017 13:02', reports the same capture of Badr's house that Saturday); a Petra (بترا) dispatch; no headline in the stored text, so it is written from the body; the final '(بترا)' dropped", False, """
استمرار الاشتباكات بين القوة الأمنية المشتركة ومجموعة بلال بدر في عين الحلوة
استمرت السبت المواجهات العنيفة في مخيم عين الحلوة للاجئين الفلسطينيين جنوب لبنان بين القوة الأمنية المشتركة ومجموعة الإسلامي المتشدد بلال بدر، واستُخدمت فيها القذائف الصاروخية والرشاشات، الأمر الذي دفع الجيش اللبناني إلى تشديد إجراءاته حول المخيم حرصا على سلامة المارة.
وكانت المواجهات قد اندلعت امس حين فتحت مجموعة بدر النار على عناصر القوة الأمنية أثناء انتشارها في المخيم، فقُتل أحد أفراد القوة وجُرح ثلاثة عشر شخصا، أربعة منهم أصيبوا صباح اليوم، إلى جانب أضرار مادية كبيرة.
وذكر مصدر أمني لبناني لمراسل (بترا) في بيروت أن القوة الأمنية المشتركة تبسط سيطرتها منذ فجر اليوم على معقل مجموعة بلال بدر في حي الطيري داخل المخيم، وأن بدر وأنصاره فروا إلى حي الصفصاف بعد أن طلب وقف إطلاق النار مرارا، غير أن الفصائل الفلسطينية المنضوية في القوة المشتركة رفضت طلبه وتمسكت بإتمام مهمتها في تفكيك المربعات الأمنية، وأبرزها مربع بدر ومجموعته، وبالتموضع في المواقع التي حددتها الخطة العسكرية للقوى الفلسطينية لحفظ الأمن والاستقرار في المخيم.
وأشار المصدر إلى أن المدارس المحيطة بالمخيم ومدارس مدينة صيدا أوقفت الدراسة اليوم بسبب تدهور الوضع الأمني.
""", [
    ev("clashes-continue-saturday", "استمرت السبت المواجهات العنيفة", "2017-04-08", "'السبت' in a report of Sat 8 Apr 2017 = that day"),
    ev("clashes-erupt", "وكانت المواجهات قد اندلعت امس", ERUPT, "'امس' from Sat 8 Apr 2017 = Fri 7 Apr (najah.edu: 'اندلعت المعارك عصر الجمعة')"),
    ev("four-wounded-saturday-morning", "أربعة منهم أصيبوا صباح اليوم", "2017-04-08", "'صباح اليوم' = the morning of Sat 8 Apr 2017"),
    ev("badr-stronghold-seized", "تبسط سيطرتها منذ فجر اليوم على معقل مجموعة بلال بدر", "2017-04-08", "'منذ فجر اليوم' = from the dawn of Sat 8 Apr 2017 (janobiyat of Sat 8, 13:02: the joint force took Badr's house)"),
    ev("saida-schools-suspended", "أوقفت الدراسة اليوم", "2017-04-08", "'اليوم' = Sat 8 Apr 2017"),
])
art(S, "http://alghadeer.tv/news/detail/52318/",
    "2017-04-09", "the page's stamp 'الأحد 9 إبريل 2017 - 17:20' under the headline (9 Apr 2017 was a Sunday; the stamp is a page header, not kept in the text); the body's 'اليوم الاحد' agrees; headline kept from the page; the last, truncated sentence ('وقد عق...') dropped", True, """
لبنان : ارتفاع وتيرة الاشتباكات في مخيم عين الحلوة بصيدا
تصاعدت حدة المواجهات في مخيم عين الحلوة بمدينة صيدا جنوب لبنان اليوم الاحد، مع استخدام قذائف صاروخية من عيار 100 ملم وقذائف هاون من عيار 60 و82 ملم.
واستمرت الاشتباكات منذ الصباح لليوم الثالث على التوالي بين عناصر من حركة فتح الفلسطينية ومجموعة الإرهابي بلال بدر، وأوقعت عددا من الضحايا من بينهم العقيد في فتح عامر الخميني، كما ألحقت أضرارا بكثير من البيوت والمتاجر والسيارات داخل المخيم.
وسقطت قذيفة "انيرغا" على متجر في منطقة الحسبة (صيدا) الملاصقة لمخيم عين الحلوة فكبّدته خسائر كبيرة، بينما تواصل القوى الأمنية اللبنانية إقفال طريق الحسبة المحاذي للمخيم حماية لأرواح المواطنين.
وكان قائد الأمن الوطني الفلسطيني في لبنان اللواء صبحي ابو عرب قد أكد في تصريح أن حركة فتح باتت تسيطر على 90 % من حي الطيري في المخيم، حيث كان يتحصن بلال بدر ومجموعته، إثر مواجهات عنيفة فجر اليوم الاحد.
وبينما ذكرت مصادر فلسطينية أن مصير بلال بدر لا يزال مجهولا وأن معلومات تشير إلى إصابته بعدة رصاصات، أوضحت أن ملاحقته مستمرة لتسليمه إلى العدالة.
""", [
    ev("clashes-escalate-sunday", "تصاعدت حدة المواجهات في مخيم عين الحلوة", "2017-04-09", "'اليوم الاحد' = Sun 9 Apr 2017"),
    ev("anerga-shell-hisbeh", "وسقطت قذيفة \"انيرغا\" على متجر", "2017-04-09", "no own expression; reported among that Sunday's events in a report of Sun 9 Apr 2017, 17:20 (my reading: the shell fell that day)"),
    ev("abu-arab-90-percent", "باتت تسيطر على 90 % من حي الطيري", "2017-04-09", "no own expression; Abu Arab's statement after the dawn clashes of Sun 9 Apr 2017, reported that day"),
    ev("dawn-clashes-sunday", "إثر مواجهات عنيفة فجر اليوم الاحد", "2017-04-09", "'فجر اليوم الاحد' = the dawn of Sun 9 Apr 2017"),
])
art(S, "https://nn.najah.edu/news/ydwn/2017/04/12/15513/",
    "2017-04-12", "date in the URL '/2017/04/12/' (12 Apr 2017 was a Wednesday); no stamp in the stored text; the body's 'انتشرت اليوم' for the deployment of Wed 12 (samanews: 'مساء اليوم الاربعاء'; paltodaytv: 'أمس الأربعاء') and 'فجر الثلاثاء' agree; no headline in the stored text, so it is written from the body", True, """
القوة الأمنية المشتركة تنتشر في حي الطيرة بمخيم عين الحلوة
النجاح الإخباري - نشرت القوة الأمنية المشتركة عناصرها اليوم في حي الطيرة بمخيم عين الحلوة للاجئين الفلسطينيين في مدينة صيدا جنوب لبنان، منهية بذلك مواجهات تواصلت منذ الجمعة مع مجموعة بلال بدر.
وتم هذا الانتشار بعد يوم من إعلان أمين سر حركة فتح والفصائل الفلسطينية في لبنان فتحي أبو العردات أن القوة الأمنية المشتركة في عين الحلوة ستنتشر في حي الطيرة والشارع الفوقاني، وقد أضاف أن القوة تعدّ بدر فارا من العدالة ومفوضة باعتقاله وتسليمه إلى الدولة اللبنانية.
وكان بدر ومسلحو مجموعته قد هربوا فجر الثلاثاء من حي الطيرة الذي تحصنوا فيه، عقب مواجهات خلّفت سبعة قتلى على الأقل وعشرات الجرحى، إضافة إلى خسائر مادية كبيرة.
وكانت المعارك قد اشتعلت عصر الجمعة عندما تصدت مجموعة بدر للقوة الفلسطينية المشتركة خلال انتشارها في مقر الصاعقة بالمخيم، ثم احتدمت بعنف الاثنين حين استقدمت الجبهة الشعبية-القيادة العامة قرابة ستين مقاتلا لمساندة القوة المشتركة وحركة فتح.
""", [
    ev("joint-force-deploys-tiri", "نشرت القوة الأمنية المشتركة عناصرها اليوم في حي الطيرة", DEPLOY, "'اليوم' = Wed 12 Apr 2017"),
    ev("clashes-round", "منهية بذلك مواجهات تواصلت منذ الجمعة", ROUND[0], "'منذ الجمعة' = from Fri 7 Apr 2017 to the deployment of Wed 12 Apr (my span 7-12 Apr)", end=ROUND[1]),
    ev("abu-ardat-announcement", "بعد يوم من إعلان أمين سر حركة فتح", FLED, "'بعد يوم من' before the deployment of Wed 12 Apr 2017 = Tue 11 Apr (the Palestinian leadership's meeting and press conference in Saida that day)"),
    ev("badr-flees-tiri", "قد هربوا فجر الثلاثاء من حي الطيرة", FLED, "'فجر الثلاثاء' before Wed 12 Apr 2017 = the dawn of Tue 11 Apr"),
    ev("clashes-erupt", "وكانت المعارك قد اشتعلت عصر الجمعة", ERUPT, "'عصر الجمعة' = the afternoon of Fri 7 Apr 2017"),
    ev("clashes-escalate-monday", "ثم احتدمت بعنف الاثنين", "2017-04-10", "'الاثنين' between Fri 7 and Wed 12 Apr 2017 = Mon 10 Apr"),
])
art(S, "https://paltodaytv.com/post/79513/عودة-الهدوء-إلى-مخيم-عين-الحلوة",
    "2017-04-13", "no date on the stored page; the body's 'أمس الأربعاء' and 'مساء أمس' for the deployment of the joint force in the Tiri quarter, which took place on Wed 12 Apr 2017 (najah.edu of that day: 'انتشرت اليوم'; samanews: 'مساء اليوم الاربعاء'), give Thu 13 Apr 2017 (13 Apr 2017 was a Thursday); headline rendered from the URL slug; the last, truncated quotation ('واعتبرت أنه في حال لم يسلم ...') dropped", False, """
عودة الهدوء إلى مخيم عين الحلوة
يخيّم الهدوء على مخيم عين الحلوة للاجئين الفلسطينيين في منطقة صيدا جنوب لبنان، بعدما نجحت القوة الأمنية الفلسطينية المشتركة في الانتشار داخل أحيائه.
وكانت القوة الأمنية المشتركة قد انتشرت، أمس الأربعاء، في حي الطيري بالمخيم، واضعة حدا للمواجهات العنيفة التي دارت على مدار 6 أيام مع مجموعة بلال بدر.
وشرعت القوة المشتركة في دخول الحي مساء أمس، يتقدمها وفد من قيادات فتح وحماس والجهاد الإسلامي وقائد القوة العقيد بسام السعد، وبرفقتهم فرق طبية.
وإثر ذلك أعلن قائد الأمن الوطني الفلسطيني اللواء صبحي أبو عرب أن "القوى المشتركة الفلسطينية أتمت انتشارها في حي الطيري من دون أي عوائق وأن الأوضاع تسير في مسارها الطبيعي"، مشددا على أن "بلال بدر ومجموعته جرى تفكيكها ولا رجوع إلى الوراء".
وأتى انتشار القوة الأمنية بعد اجتماع عقدته القيادة السياسية الفلسطينية، الثلاثاء، أكدت فيه "دخول القوة الفلسطينية المشتركة إلى حي الطيري وانتشارها وتموضعها في المخيم كله، بحسب ما تقتضيه الحاجة لحماية سكان الحي وأملاكهم"، و"وحدة موقفها وثباته في معالجة ما شهده مخيم عين الحلوة من أحداث، وإنهاء حالة مجموعة بلال بدر نهائيا".
""", [
    ev("calm-returns", "يخيّم الهدوء على مخيم عين الحلوة", "2017-04-13", "no own expression; the state on the day of the report, Thu 13 Apr 2017 (the day after the deployment of 'أمس الأربعاء')"),
    ev("joint-force-deploys-tiri", "قد انتشرت، أمس الأربعاء، في حي الطيري", DEPLOY, "'أمس الأربعاء' from Thu 13 Apr 2017 = Wed 12 Apr"),
    ev("clashes-round", "التي دارت على مدار 6 أيام", ROUND[0], "'على مدار 6 أيام' ending with the deployment of Wed 12 Apr 2017 = Fri 7 - Wed 12 Apr (outbreak 'عصر الجمعة', najah.edu)", end=ROUND[1]),
    ev("abu-arab-deployment-complete", "وإثر ذلك أعلن قائد الأمن الوطني الفلسطيني", DEPLOY, "no own expression; right after the entry into the quarter 'مساء أمس' = the evening of Wed 12 Apr 2017"),
    ev("palestinian-leadership-meeting", "بعد اجتماع عقدته القيادة السياسية الفلسطينية، الثلاثاء", FLED, "'الثلاثاء' before the deployment of Wed 12 Apr 2017 = Tue 11 Apr"),
])

# ---------------------------------------------------------------- lebanon-nahr-al-bared-ban-ki-moon-visit-2016
S = "lebanon-nahr-al-bared-ban-ki-moon-visit-2016"
VISIT = "2016-03-25"                       # Ban Ki-moon visited the Nahr al-Bared camp on Fri 25 Mar 2016
LEB_VISIT = ("2016-03-24", "2016-03-26")   # his two-day visit to Lebanon: Thu 24 - Fri 25 Mar 2016
art(S, "https://imlebanon.org/2016/03/25/ban-ki-moon-naher-bared-tripoli",
    "2016-03-25", "date in the URL '/2016/03/25/' (25 Mar 2016 was a Friday); no stamp in the stored text; the visit of Fri 25 Mar 2016 ('صباح الجمعة', naharnet; 'اليوم الجمعة', albahraintoday/WAFA) agrees; headline kept from the page; the site name and the image caption dropped", True, """
بان كي مون في نهر البارد بمواكبة امنية مشددة
بلغ الأمين العام للأمم المتحدة بان كي مون مخيم نهر البارد إثر هبوط طوافتين للأمم المتحدة وطوافتين للجيش اللبناني في قاعدة القليعات الجوية، ومنها توجه في موكب ضخم من مطار الرئيس الشهيد رينيه معوض في القليعات إلى المخيم، وسط حماية أمنية مشددة أمّنتها وحدات من الجيش اللبناني وقوى الأمن الداخلي التي نصبت الحواجز وأغلقت المسرب الغربي من الأوتوستراد الذي يصل القليعات بمخيم نهر البارد.
وكان في استقبال بان داخل المخيم وزير الشؤون الاجتماعية رشيد درباس وسفير فلسطين أشرف دبور وقيادة الفصائل الفلسطينية ومديرو الأونروا.
""", [
    ev("ban-visits-nahr-al-bared", "بلغ الأمين العام للأمم المتحدة بان كي مون مخيم نهر البارد", VISIT, "no own expression; the visit of Fri 25 Mar 2016 (URL date; naharnet 'صباح الجمعة')"),
    ev("helicopters-land-qlayaat", "إثر هبوط طوافتين للأمم المتحدة", VISIT, "no own expression; just before the arrival at the camp on the morning of Fri 25 Mar 2016"),
    ev("highway-lane-closed", "وأغلقت المسرب الغربي من الأوتوستراد", VISIT, "no own expression; the security measures of the day of the visit, Fri 25 Mar 2016"),
    ev("reception-at-camp", "وكان في استقبال بان داخل المخيم", VISIT, "no own expression; on his arrival at the camp, Fri 25 Mar 2016"),
])
art(S, "https://naharnet.com/stories/ar/205473-بان-كي-مون-يجول-في-الشمال-ويتفقد-مخيم-نهر-البارد-وسط-تدابير-أمنية-مشددة",
    "2016-03-25", "no date on the stored page; the body's 'في اليوم الثاني من زيارته' (Ban arrived in Beirut on Thu 24 Mar 2016: zamanalwsl 'اليوم الخميس') and 'صباح الجمعة' (not 'أمس') for the visit of Fri 25 Mar 2016 point to a same-day report (the NNA text that imlebanon carries under '/2016/03/25/'); the 'Read this story in English' link dropped; headline kept from the page; the last, truncated sentence of Ban's speech shortened", False, """
بان كي مون يجول في الشمال ويتفقد مخيم نهر البارد وسط تدابير أمنية مشددة
أجرى الأمين العام للأمم المتحدة بان كي مون، في اليوم الثاني من زيارته إلى لبنان، جولة في الشمال زار خلالها مخيم نهر البارد وحي التنك في الميناء.
ووصل كي مون إلى المخيم صباح الجمعة بعد أن هبطت طوافتان للأمم المتحدة وطوافتان للجيش في قاعدة القليعات الجوية، ثم انتقل من مطار الرئيس رينيه معوض في موكب كبير وسط حماية أمنية مشددة.
ونصبت وحدات الجيش وقوى الأمن الداخلي الحواجز وأغلقت المسرب الغربي من الأوتوستراد الذي يربط القليعات بمخيم نهر البارد.
وتعرّف بان كي مون خلال جولته في المخيم إلى مشاريع الإعمار الجارية.
وألقى سفير فلسطين أشرف دبور كلمة رحب فيها بزيارة بان إلى مخيم نهر البارد وإلى لبنان، وقدّم له مذكرة باسم القيادات الفلسطينية في لبنان وأخرى من لجنة المتابعة لأعمال إعمار المخيم، إلى جانب درع باسم فلسطين.
وقال كي مون في كلمته: "في الشهر الماضي في لندن، عقدت الأمم المتحدة مع حكومات المملكة المتحدة وألمانيا والنرويج والكويت مؤتمرا دوليا، ونجحنا في جمع تمويل كبير: ما يزيد على 5.5 مليار دولار لهذا العام و11.5 مليار دولار لعدة سنوات".
""", [
    ev("ban-lebanon-visit", "في اليوم الثاني من زيارته إلى لبنان", LEB_VISIT[0], "the two-day visit to Lebanon, Thu 24 - Fri 25 Mar 2016 (arrival 'اليوم الخميس', zamanalwsl; departure for Baghdad on Sat 26); the 'second day' is Fri 25", end=LEB_VISIT[1]),
    ev("north-tour", "جولة في الشمال زار خلالها مخيم نهر البارد وحي التنك في الميناء", VISIT, "'في اليوم الثاني من زيارته' = Fri 25 Mar 2016"),
    ev("ban-visits-nahr-al-bared", "ووصل كي مون إلى المخيم صباح الجمعة", VISIT, "'صباح الجمعة' = the morning of Fri 25 Mar 2016"),
    ev("helicopters-land-qlayaat", "بعد أن هبطت طوافتان للأمم المتحدة", VISIT, "no own expression; just before the arrival of 'صباح الجمعة', Fri 25 Mar 2016"),
    ev("dabour-speech", "وألقى سفير فلسطين أشرف دبور كلمة", VISIT, "no own expression; during the visit of Fri 25 Mar 2016"),
    ev("london-conference", "عقدت الأمم المتحدة مع حكومات المملكة المتحدة وألمانيا والنرويج والكويت مؤتمرا دوليا", "2016-02-04", "'في الشهر الماضي في لندن' from March 2016 = the London conference 'Supporting Syria and the Region' of Thu 4 Feb 2016"),
])
art(S, "https://khbrpress.ps/post/45449/بان-كيمون-يزور-مخيم-نهر-البارد",
    "2016-03-26", "no date on the stored page; the body's 'امس' for the visit of Fri 25 Mar 2016 (imlebanon '/2016/03/25/', naharnet 'صباح الجمعة') gives Sat 26 Mar 2016 (26 Mar 2016 was a Saturday); the 'التقاط / حجم الخط' tools dropped; headline kept from the page; the salutation of Dabour's speech dropped and its last, truncated sentence shortened", False, """
بان كيمون يزور مخيم نهر البارد
زار الأمين العام للأمم المتحدة بان كي مون، امس، مخيم نهر البارد في زيارة هي الأولى لمسؤول أممي بهذا المستوى منذ تأسيس المخيم، بحضور وزير الشؤون الاجتماعية رشيد درباس ومندوب لبنان لدى الأمم المتحدة نواف سلام وممثلة الأمين العام في لبنان سيغريد كاغ.
واستقبل كي مون والوفد المرافق عند وصولهم إلى المخيم سفير دولة فلسطين في لبنان أشرف دبور ومسؤولو الفصائل الفلسطينية في لبنان.
وتجول كي مون برفقة السفير دبور في مدرسة عمقا الثانوية، والتقى إحدى العائلات الفلسطينية في المخيم واطلع على أحوالها وعلى الظروف المعيشية القاسية التي تعانيها.
وألقى السفير دبور كلمة بالمناسبة قال فيها: "يسرني، لرمزية المكان ولدلالة حضوركم فيه، أن أرحب بكم أحر ترحيب. إن هذا المخيم الذي ينهض من تحت الرماد، وهو ضحية الإرهاب الأسود، ما زالت معاناته مستمرة منذ العام 2007، وبفضل إرادة أهله الصلبة وصبرهم وعزيمتهم، وبدعم الأطراف المشاركة، بلغنا منتصف الطريق في إعادة البناء. ولكي تنتهي معاناته ويكتمل إعماره، يحتاج المخيم اليوم إلى نداء إنساني أممي لاستكمال التمويل المقرر".
""", [
    ev("ban-visits-nahr-al-bared", "زار الأمين العام للأمم المتحدة بان كي مون، امس، مخيم نهر البارد", VISIT, "'امس' from Sat 26 Mar 2016 = Fri 25 Mar"),
    ev("reception-at-camp", "واستقبل كي مون والوفد المرافق عند وصولهم إلى المخيم", VISIT, "no own expression; on the arrival at the camp, Fri 25 Mar 2016"),
    ev("amqa-school-tour", "وتجول كي مون برفقة السفير دبور في مدرسة عمقا الثانوية", VISIT, "no own expression; during the visit of Fri 25 Mar 2016"),
    ev("family-meeting", "والتقى إحدى العائلات الفلسطينية في المخيم", VISIT, "no own expression; during the visit of Fri 25 Mar 2016"),
    ev("dabour-speech", "وألقى السفير دبور كلمة بالمناسبة", VISIT, "no own expression; during the visit of Fri 25 Mar 2016"),
    ev("camp-destroyed-2007", "ما زالت معاناته مستمرة منذ العام 2007", "2007-05-20", "'منذ العام 2007' = the fighting between the army and Fatah al-Islam that destroyed the camp, 20 May - 2 Sep 2007 (my span; the text gives only the year)", end="2007-09-03"),
])
art(S, "https://www.alalam.ir/news/1802576/بان-كي-مون-يجول-في-لبنان-والعراق--ما-هي-الاهداف؟-فيديو",
    "2016-03-26", "the page's stamp 'السبت ٢٦ مارس ٢٠١٦ ١٠:١٩ بتوقيت غرينتش' under the headline (26 Mar 2016 was a Saturday; the stamp is a page header, not kept) and the body's date line '(العالم) 26/03/2016 -' (kept, as it is part of the body); the '+فيديو' of the headline and the 'عاجل' banner dropped; the last, truncated sentence dropped", True, """
بان كي مون يجول في لبنان والعراق... ما هي الاهداف؟
(العالم) 26/03/2016 - زار الأمين العام للأمم المتحدة بان كي مون لبنان لمدة يومين، قبل أن يصل إلى العراق، في مسعى من المنظمة الدولية لمساعدة البلدين على تحسين ظروف معيشة اللاجئين والنازحين.
ففي لبنان يعادل عدد اللاجئين قرابة ربع السكان، أي ما يزيد على مليون ومائة ألف لاجئ، وهي أعلى نسبة لاجئين قياسا بعدد المواطنين في العالم. وأجرى الأمين العام للأمم المتحدة جولة في شمال لبنان تفقد فيها مخيم نهر البارد للاجئين الفلسطينيين.
وتوجه كذلك إلى مخيم للاجئين السوريين في البقاع اللبناني، حيث أكد ضرورة الوصول إلى حل سياسي للنزاع في سوريا لإنهاء مشكلة اللاجئين.
وقال بان كي مون: "أهم حل سيكون تسوية هذه القضية عبر حوار سياسي سلمي، فالحل السياسي هو العلاج النهائي لهذه المشكلة، وآمل أن تحقق المحادثات الجارية بين الأطراف السوريين نتائج جيدة في هذا الشأن".
وفي مؤتمر صحافي مشترك مع رئيس الحكومة تمام سلام، أوضح بان كي مون أن زيارته إلى لبنان تهدف إلى إيجاد وسائل لتحسين أوضاع اللاجئين ودعم المجتمعات المضيفة لهم والمساعدة على الحد من أثر ذلك في الاقتصاد اللبناني.
""", [
    ev("ban-lebanon-visit", "زار الأمين العام للأمم المتحدة بان كي مون لبنان لمدة يومين", LEB_VISIT[0], "'لمدة يومين' before his arrival in Iraq on Sat 26 Mar 2016 = Thu 24 - Fri 25 Mar", end=LEB_VISIT[1]),
    ev("ban-arrives-iraq", "قبل أن يصل إلى العراق", "2016-03-26", "no own expression; Ban reached Baghdad on Sat 26 Mar 2016 (watanserb of that day: 'وصل ... إلى بغداد السبت')"),
    ev("north-tour", "وأجرى الأمين العام للأمم المتحدة جولة في شمال لبنان", VISIT, "no own expression; the north tour of Fri 25 Mar 2016 (naharnet 'في اليوم الثاني من زيارته')"),
    ev("ban-visits-nahr-al-bared", "تفقد فيها مخيم نهر البارد للاجئين الفلسطينيين", VISIT, "no own expression; the visit of Fri 25 Mar 2016"),
    ev("syrian-camp-bekaa", "وتوجه كذلك إلى مخيم للاجئين السوريين في البقاع", LEB_VISIT[0], "no own expression; some time during the two-day visit (my span Thu 24 - Fri 25 Mar 2016; the day is not known to me)", end=LEB_VISIT[1]),
    ev("salam-press-conference", "وفي مؤتمر صحافي مشترك مع رئيس الحكومة تمام سلام", LEB_VISIT[0], "no own expression; during the two-day visit (my span Thu 24 - Fri 25 Mar 2016; the day is not known to me)", end=LEB_VISIT[1]),
])

# ---------------------------------------------------------------- syria-yarmouk-return-decision-2018
S = "syria-yarmouk-return-decision-2018"
ANNOUNCE = "2018-11-06"                    # Mekdad announced the decision (al-Mayadeen) and informed the factions on Tue 6 Nov 2018
RECAPTURE = "2018-05-21"                   # the army declared full control of Yarmouk and al-Hajar al-Aswad on Mon 21 May 2018
ISIS = ("2015-04-01", "2015-04-08")        # IS stormed the camp in early April 2015
FOUNDED = ("1957-01-01", "1958-01-01")     # the camp was set up in 1957
art(S, "https://www.syria-24.com/amp/36/142845-الحكومة-السورية-تسمح-بعودة-سكان-مخيم-اليرموك-إلى-منازلهم",
    "2018-11-06", "no date line on the stored page; the body's 'اليوم، الثلاثاء 6 تشرين الثاني/نوفمبر' for Anwar Raja's television interview gives Tue 6 Nov 2018 (6 Nov 2018 was a Tuesday; WAFA's report of the decision is dated 06.11.2018 on abedkhattar); headline rendered from the URL slug; the page's 'مخيم اليرموك' tag and the last, truncated sentence ('وقال ...') dropped", False, """
الحكومة السورية تسمح بعودة سكان مخيم اليرموك إلى منازلهم
أذنت الحكومة السورية لسكان مخيم اليرموك جنوب دمشق بالرجوع إلى المخيم، وفق ما أفاد مسؤول الإعلام في الجبهة الشعبية الفلسطينية أنور رجا.
وأوضح رجا في لقاء تلفزيوني اليوم، الثلاثاء 6 تشرين الثاني/نوفمبر، أن نائب وزير الخارجية السوري فيصل مقداد أبلغه "قرارًا رسميًا" يقضي بعودة أهالي مخيم اليرموك.
وتابع رجا أن العودة ستجري عبر خطوات منظمة، نظرا للأضرار الجسيمة التي لحقت بالمخيم وتدمير أجزاء كاملة منه.
ويعد المخيم من أكبر المخيمات الفلسطينية في سوريا، وقد أنشئ عام 1957 لإيواء الفلسطينيين وإسكانهم بعد النكبة، وكان يقطنه قبل اندلاع الحرب 160 ألف شخص، بينهم سوريون.
وشهد المخيم معارك بين فصائل المعارضة المسلحة والجيش السوري، في ظل انقسام الفصائل الفلسطينية بين الطرفين، قبل أن يسيطر تنظيم "داعش" على ثلثي المخيم في 2015.
وأحكم الجيش السوري سيطرته الكاملة على منطقة الحجر الأسود ومخيم اليرموك، في أيار الماضي، بعد عملية عسكرية دامت شهرًا أخرج خلالها تنظيم "داعش" من المخيم، غداة اتفاق إجلاء غير رسمي نُقل بموجبه عناصر التنظيم إلى البادية السورية.
وبعد سيطرة الجيش السوري بدأ الحديث عن إعادة إعمار المخيم، حيث تتواصل عمليات ترحيل الأنقاض، وفق "مجموعة العمل من أجل فلسطيني سوريا".
""", [
    ev("raja-interview", "وأوضح رجا في لقاء تلفزيوني اليوم، الثلاثاء 6 تشرين الثاني/نوفمبر", ANNOUNCE, "'اليوم، الثلاثاء 6 تشرين الثاني/نوفمبر' = Tue 6 Nov 2018"),
    ev("mekdad-informs-factions", "أبلغه \"قرارًا رسميًا\" يقضي بعودة أهالي مخيم اليرموك", ANNOUNCE, "no own expression; Mekdad informed the Palestinian factions on Tue 6 Nov 2018 (actionpal: 'يوم 6 ... الجاري'; WAFA of 06.11.2018)"),
    ev("camp-founded", "وقد أنشئ عام 1957", FOUNDED[0], "'عام 1957' = the year 1957", end=FOUNDED[1]),
    ev("isis-takes-camp", "قبل أن يسيطر تنظيم \"داعش\" على ثلثي المخيم في 2015", ISIS[0], "'في 2015' = the IS assault on the camp of early April 2015 (my span 1-7 Apr 2015; the text gives only the year)", end=ISIS[1]),
    ev("army-recaptures-camp", "وأحكم الجيش السوري سيطرته الكاملة على منطقة الحجر الأسود ومخيم اليرموك", RECAPTURE, "'في أيار الماضي' from Nov 2018 = May 2018; the army's announcement of full control of Mon 21 May 2018"),
    ev("south-damascus-offensive", "بعد عملية عسكرية دامت شهرًا", "2018-04-19", "'دامت شهرًا' ending with the recapture of 21 May 2018 = the offensive of 19 Apr - 21 May 2018 (my span)", end="2018-05-22"),
])
art(S, "http://altawwhid.org/2018/11/07/دمشق-قرار-بعودة-جميع-السكان-إلى-مخيم/",
    "2018-11-07", "the page's stamp 'أخر تحديث : الأربعاء 7 نوفمبر 2018 - 4:18 مساءً' and the URL '/2018/11/07/' (7 Nov 2018 was a Wednesday; the stamp is not kept in the text); the body's 'أمس' for Mekdad's announcement of Tue 6 Nov agrees; headline kept from the page; the 'مشاهدة' label and the last, truncated sentence ('وفي تصريح لصحيفة الوطن ...') dropped", True, """
دمشق : قرار بعودة جميع السكان إلى مخيم ’اليرموك’
أعلن نائب وزير الخارجية والمغتربين السوري فيصل المقداد أمس أن دمشق اتخذت قرارا رسميا بعودة جميع سكان مخيم اليرموك إليه، بينما قال سفير دولة فلسطين لدى سوريا محمود الخالدي إن القيادة السورية أبلغت الجانب الفلسطيني بقرارها، وإن محافظة مدينة دمشق كُلّفت بإعادة الخدمات تمهيدا لرجوع الأهالي.
ونقل الموقع الإلكتروني لقناة "الميادين" عن المقداد تأكيده أن "بلاده اتخذت قرارا رسميا بعودة جميع سكان مخيم اليرموك إليه".
وبيّن المقداد أن "جهودا تُبذل لنزع الألغام التي تركتها الجماعات المسلحة في مخيم اليرموك، ولا سيما داعش"، مضيفا أنه "لا مانع من أن يكون للسلطة الفلسطينية أو الأونروا دور في إعادة إعمار المخيم".
وشدد المقداد على أن "دولا ما زالت تعرقل رجوع اللاجئين السوريين والفلسطينيين إلى مناطقهم رغم التسهيلات"، لافتا إلى "رغبة سورية في وضع حد لأي إشاعات عن تهجير الفلسطينيين، ولا سيما في مخيم اليرموك".
وأوضح أن "الحكومة السورية لا تمانع عودة الفلسطينيين، وثمة خطة لتنظيم عودة اللاجئين جميعا".
""", [
    ev("mekdad-announcement", "أعلن نائب وزير الخارجية والمغتربين السوري فيصل المقداد أمس", ANNOUNCE, "'أمس' from Wed 7 Nov 2018 = Tue 6 Nov"),
    ev("khalidi-statement", "بينما قال سفير دولة فلسطين لدى سوريا محمود الخالدي", ANNOUNCE, "no own expression; his statement to al-Watan, printed on Wed 7 Nov 2018 beside Mekdad's announcement of 'أمس' (my span Tue 6 - Wed 7 Nov)", end="2018-11-08"),
    ev("mayadeen-report", "ونقل الموقع الإلكتروني لقناة \"الميادين\" عن المقداد", ANNOUNCE, "no own expression; al-Mayadeen carried Mekdad's words on Tue 6 Nov 2018 (the announcement of 'أمس')"),
])
art(S, "https://afrigatenews.net/article/السلطات-السورية-تسمح-بعودة-اللاجئين-الفلسطينيين-إلى-اليرموك",
    "2018-11-07", "no date on the stored page; the body's 'أمس الثلاثاء' for Mekdad's announcement of Tue 6 Nov 2018 (syria-24: 'اليوم، الثلاثاء 6 تشرين الثاني') gives Wed 7 Nov 2018 (7 Nov 2018 was a Wednesday); an AFP report; headline rendered from the URL slug", False, """
السلطات السورية تسمح بعودة اللاجئين الفلسطينيين إلى اليرموك
أعلن نائب وزير الخارجية السوري فيصل المقداد، أمس الثلاثاء، أن السلطات السورية وضعت خطة لإرجاع كل اللاجئين الفلسطينيين الذين كانوا يسكنون اليرموك إلى المخيم الواقع قرب دمشق، والذي خربته سنوات طويلة من الحرب.
ويقع مخيم اليرموك جنوب دمشق، وقد استرجعته قوات النظام من المتطرفين في مايو(أيار) الماضي.
وقال المسؤول السوري في لقاء مع تلفزيون الميادين الذي يبث من بيروت: "ثمة جهود تبذل لنزع الألغام التي خلفتها الجماعات المسلحة في مخيم اليرموك، ولا سيما داعش"، مشددا على أنه "لا مانع من أن يكون للسلطة الفلسطينية أو لمنظمة الأونروا دور في إعادة إعمار مخيم اليرموك".
واتهم المقداد "دولا بعرقلة رجوع اللاجئين السوريين والفلسطينيين إلى مناطقهم رغم التسهيلات"، من غير أن يسمي هذه الدول.
وقد أُنشئ مخيم اليرموك في الخمسينات لاستقبال اللاجئين الفلسطينيين الذين غادروا أراضيهم بعد إعلان دولة اسرائيل في 1948، لكنه صار مع مرور السنين حيا سكنيا ملاصقا للعاصمة يضم فلسطينيين وسوريين أيضا.
واستولى داعش على المخيم في 2015 قبل أن يجبر على الخروج منه تحت ضغط هجمات قوات النظام.
وعاد عدد قليل من السكان إلى المخيم، ولم تنطلق عمليات إعادة إعماره بعد، إذ يقتصر العمل على إزالة الأنقاض.
""", [
    ev("mekdad-announcement", "أعلن نائب وزير الخارجية السوري فيصل المقداد، أمس الثلاثاء", ANNOUNCE, "'أمس الثلاثاء' from Wed 7 Nov 2018 = Tue 6 Nov"),
    ev("army-recaptures-camp", "وقد استرجعته قوات النظام من المتطرفين في مايو(أيار) الماضي", RECAPTURE, "'في مايو(أيار) الماضي' from Nov 2018 = May 2018; the army's announcement of full control of Mon 21 May 2018"),
    ev("camp-founded", "وقد أُنشئ مخيم اليرموك في الخمسينات", FOUNDED[0], "'في الخمسينات' = the 1950s; the camp was set up in 1957 (syria-24: 'عام 1957')", end=FOUNDED[1]),
    ev("israel-declared", "بعد إعلان دولة اسرائيل في 1948", "1948-05-14", "'في 1948' = the declaration of the State of Israel of Fri 14 May 1948"),
    ev("isis-takes-camp", "واستولى داعش على المخيم في 2015", ISIS[0], "'في 2015' = the IS assault of early April 2015 (my span 1-7 Apr 2015; the text gives only the year)", end=ISIS[1]),
])
art(S, "http://www.actionpal.org.uk/ar/post/10778/آخر-الأخبار/الأونروا-ترحب-بقرار-السماح-بعودة-أهالي-اليرموك-إلى-مخيمهم",
    "2018-11-08", "the page's line 'تاريخ النشر : 08-11-2018' under the headline (8 Nov 2018 was a Thursday; a page header, not kept in the text); headline kept from the page; the site menus, the victims' counter, the by-line 'مجموعة العمل – الأونروا' and the last, truncated sentence (Adar's interview) dropped; the text's 'يوم 6 تشرين الأول الجاري' is kept as printed (see the README)", True, """
الأونروا ترحب بقرار السماح بعودة أهالي اليرموك إلى مخيمهم
رحبت وكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا) بقرار السلطات السورية الذي يسمح لأهالي مخيم اليرموك بالرجوع إلى بيوتهم وممتلكاتهم.
وقال المتحدث باسم الأونروا كريس غينيس: "ترحب الأونروا بقرار الحكومة السورية السماح للاجئين الفلسطينيين بالعودة إلى بيوتهم في مخيم اليرموك"، ورأى أن القرار سيقابل بارتياح لدى الفلسطينيين.
وكان نائب وزير الخارجية والمغتربين السوري فيصل المقداد قد أبلغ الفصائل الفلسطينية الموجودة في دمشق، يوم 6 تشرين الأول الجاري، أن بلاده قررت رسميا عودة جميع سكان مخيم اليرموك إليه، وأن "الحكومة السورية لا تمانع عودة الفلسطينيين، وهناك خطة لتنظيم عودة اللاجئين جميعا".
وفي السياق نفسه، طالب غينيس المجتمع الدولي بدعم الأونروا لتمكينها من تقديم الخدمات الأساسية، ومنها الرعاية الصحية والتعليم، للاجئين الفلسطينيين العائدين إلى اليرموك.
""", [
    ev("unrwa-welcomes-decision", "رحبت وكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا)", "2018-11-07", "no own expression; UNRWA's welcome of Wed 7 Nov 2018 (AFP via ltv.ly: 'رحبت ... الأربعاء'; 'غداة إعلان دمشق')"),
    ev("mekdad-informs-factions", "قد أبلغ الفصائل الفلسطينية الموجودة في دمشق، يوم 6 تشرين الأول الجاري", ANNOUNCE, "'يوم 6 تشرين الأول الجاري' is a slip for 6 تشرين الثاني (the current month of a report of 8 Nov 2018) = Tue 6 Nov 2018 (syria-24, WAFA of 06.11.2018)"),
    ev("gunness-appeal", "طالب غينيس المجتمع الدولي بدعم الأونروا", "2018-11-07", "no own expression; the same statement of Wed 7 Nov 2018"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 563
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

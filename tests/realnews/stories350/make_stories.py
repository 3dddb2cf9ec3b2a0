"""Builds stories.jsonl: the 350-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: assassinations and assassination attempts on officials,
judges, activists and public figures: the attack, the death or survival, funerals, arrests and investigations.
Stories: the car bomb that killed Egypt's prosecutor general Hisham Barakat and his military funeral (Egypt,
June 2015), the assassination of the Tunisian MP Mohamed Brahmi, the interior minister's findings and the
funeral at al-Jellaz (Tunisia, July 2013), the killing of the Karbala activist Ihab al-Wazni and the burning
at the Iranian consulate (Iraq, May 2021), the killing of the lawyer Hanan al-Barassi in Benghazi (Libya,
November 2020), and the car bomb against the convoy of Aden's governor Ahmed Lamlas (Yemen, October 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-prosecutor-barakat-assassination-2015
S = "egypt-prosecutor-barakat-assassination-2015"
ATTACK = "2015-06-29"                      # the car bomb hit the convoy in Heliopolis on the morning of Mon 29 Jun 2015
FUNERAL = "2015-06-30"                     # the military funeral from al-Mushir Tantawi mosque, after the noon prayer of Tue 30 Jun
art(S, "https://maghress.com/febrayer/214314",
    "2015-06-29", "the body's 'اليوم الاثنين' for the death announced by two ministers on the day of the bombing, Mon 29 Jun 2015 (weekday checked); the stored text has no date line and no headline: headline written from the body; no date of its own in the text beyond the weekday", True, """
وفاة النائب العام المصري هشام بركات متأثرا بإصابته في تفجير استهدف موكبه
فارق النائب العام المصري هشام بركات الحياة اليوم الاثنين في المستشفى، بعد ساعات من إصابته في تفجير طال موكبه بحي مصر الجديدة في القاهرة، بحسب ما ذكره وزيران مصريان.
وصرّح وزير العدل أحمد الزند لصحافي من وكالة فرانس برس في المستشفى بأنه « توفي »، وكان النائب العام قد أصيب جراء انفجار عبوة استهدفت موكبه في القاهرة الاثنين، على ما أفاد مسؤولون، وذلك في أعقاب دعوات أطلقها جهاديون لتصعيد الهجمات على القضاء ردا على الحملة التي تستهدف الإسلاميين.
وأدى الانفجار إلى تدمير عدد من السيارات وتحطم واجهات محلات تجارية في حي مصر الجديدة، فيما ظهرت بقع الدم على الطريق.
ونُقل النائب العام إلى المستشفى مصابا في الأنف وبخلع في الكتف، وفق ما أكده مصدر في وزارة الصحة لوكالة أنباء الشرق الأوسط الرسمية.
ووقع الانفجار بعد أن دعا فرع تنظيم الدولة الإسلامية في مصر إلى استهداف القضاء المصري إثر تنفيذ حكم الإعدام بحق ستة مقاتلين إسلاميين.
ويعد تفجير الاثنين الأعنف ضد مسؤول رفيع في القاهرة منذ أن حاول جهاديون اغتيال وزير الداخلية بتفجير انتحاري اواخر العام 2013.
""", [
    ev("barakat-dies", "فارق النائب العام المصري هشام بركات الحياة اليوم الاثنين", ATTACK, "'اليوم الاثنين' = Mon 29 Jun 2015 (he died in al-Nozha hospital in the afternoon of the day of the bombing)"),
    ev("convoy-bombing", "انفجار عبوة استهدفت موكبه في القاهرة الاثنين", ATTACK, "'الاثنين' = Mon 29 Jun 2015, the morning bombing in Heliopolis"),
    ev("six-militants-executed", "تنفيذ حكم الإعدام بحق ستة مقاتلين إسلاميين", "2015-05-17", "no own expression; the six men of the 'Arab Sharkas' case were hanged on Sun 17 May 2015 (outside knowledge)"),
    ev("interior-minister-attempt", "حاول جهاديون اغتيال وزير الداخلية بتفجير انتحاري", "2013-09-05", "'اواخر العام 2013' in the text; the suicide car bomb against minister Mohamed Ibrahim's convoy in Nasr City was on Thu 5 Sep 2013 (outside knowledge)"),
])
art(S, "https://djazairess.com/elmassar/41771",
    "2015-06-30", "the body's 'ظهر أمس الإثنين' for the death of Mon 29 Jun 2015 gives Tue 30 Jun 2015 (a print daily of the next morning; weekday checked); the stored text has no date line and no headline: headline written from the body; no date of its own in the text", False, """
مقتل النائب العام المصري هشام بركات في تفجير استهدف موكبه
لقي النائب العام المصري، هشام بركات، حتفه ظهر أمس الإثنين، جراء تفجير طال موكبه.
وأفادت مصادر إعلامية بأن النائب العام أصيب بجروح خطيرة، ولم تنجح العمليات الجراحية في إنقاذه.
وكانت جماعة تطلق على نفسها اسم "المقاومة الشعبية في الجيزة" قد أعلنت مسؤوليتها عن الانفجار الذي طال موكب النائب العام.
وقد استهدفت هذه الجماعة موكب النائب العام بعبوة ناسفة قرب سور الكلية الحربية بمنطقة مصر الجديدة شرقي القاهرة، في عملية تبنتها جماعة تسمي نفسها "المقاومة الشعبية".
وذكر مصدر أمني لوكالة الأناضول للأنباء، في وقت سابق، أن العبوة الناسفة كانت مزروعة في سيارة على طريق موكب النائب العام، وأن تفجيرها أدى إلى إصابته بجروح طفيفة هو وعدد من مرافقيه الذين نُقلوا إثر ذلك إلى مستشفى النزهة القريب لتلقي العلاج.
ونسبت وكالة أنباء الشرق الأوسط الرسمية إلى النائب العام المساعد المستشار زكريا عبد العزيز قوله، في وقت سابق، إن النائب العام تعرض لمحاولة اغتيال بانفجار مفاجئ لسيارة قرب موكبه وهو يسير في شارع عمار بن ياسر بمصر الجديدة، بعد خروجه من منزله متجها إلى مقر عمله.
ومن جهته، أوضح حسام عبد الغفار، المتحدث باسم وزارة الصحة المصرية، أن الانفجار الذي استهدف موكب النائب العام خلّف أيضا ثلاثة مصابين، من بينهم شرطي.
""", [
    ev("barakat-dies", "لقي النائب العام المصري، هشام بركات، حتفه ظهر أمس الإثنين", ATTACK, "'ظهر أمس الإثنين' in a report of Tue 30 Jun = Mon 29 Jun 2015"),
    ev("resistance-claim", "قد أعلنت مسؤوليتها عن الانفجار الذي طال موكب النائب العام", ATTACK, "no own expression; the Facebook claim of 'المقاومة الشعبية في الجيزة' came on the day of the bombing, Mon 29 Jun 2015"),
    ev("convoy-bombing", "استهدفت هذه الجماعة موكب النائب العام بعبوة ناسفة", ATTACK, "no own expression; the bombing of the morning of Mon 29 Jun 2015 (the 'أمس الإثنين' of the first sentence)"),
    ev("wounded-to-nozha", "نُقلوا إثر ذلك إلى مستشفى النزهة القريب", ATTACK, "'في وقت سابق' (earlier in the day of the bombing) = Mon 29 Jun 2015"),
])
art(S, "https://www.alshoruq.net/ar/post/16085",
    "2015-06-30", "page time stamp '12:49 2015-06-30' (kept as second line; 30 Jun 2015 was a Tuesday); the body's 'ظهر اليوم الثلاثاء' agrees; the kicker 'وسط اجراءات امنية مشددة' joined to the headline; the last, truncated sentence shortened", True, """
تشييع جثمان المستشار هشام بركات ظهر اليوم من مسجد المشير طنطاوي وسط تدابير أمنية مشددة
12:49 2015-06-30
دبي- الشروق العربي - يُشيَّع بعد صلاة ظهر اليوم الثلاثاء جثمان النائب العام المصري المستشار هشام بركات، الذي اغتيل صباح امس بانفجار هز مدينة مصر الجديدة واستهدف موكبه وهو في طريقه إلى مكتبه.
ويُنتظر أن يُنقل جثمان الراحل من مستشفى النزهة الدولي بمدينة المعادي إلى مسجد المشير طنطاوي عند الساعة العاشرة والنصف من صباح اليوم لأداء الصلاة عليه ثم دفنه.
وعلى الأرض، شهد محيط مسجد المشير طنطاوى في منطقة التجمع الخامس بالقاهرة الجديدة انتشارا أمنيا كثيفا لعناصر الجيش والشرطة.
واصطفت 8 سيارات إسعاف أمام المدخل الرئيسي للمسجد تأهبا لتشييع جنازة النائب العام، الذي استشهد متأثرا بجراحه إثر استهداف موكبه بسيارة مفخخة أمس الاثنين.
وتنفذ أجهزة الأمن عمليات تمشيط شاملة لمحيط المسجد مستعينة بضباط المفرقعات والكلاب البوليسية وأجهزة حديثة للكشف عن أي أجسام غريبة، لا سيما مع حضور عدد كبير من الشخصيات العامة.
""", [
    ev("funeral", "يُشيَّع بعد صلاة ظهر اليوم الثلاثاء جثمان النائب العام المصري", FUNERAL, "'بعد صلاة ظهر اليوم الثلاثاء' = Tue 30 Jun 2015 (time stamp)"),
    ev("convoy-bombing", "اغتيل صباح امس بانفجار هز مدينة مصر الجديدة", ATTACK, "'صباح امس' from Tue 30 Jun = the morning of Mon 29 Jun 2015"),
    ev("body-to-mosque", "أن يُنقل جثمان الراحل من مستشفى النزهة الدولي", FUNERAL, "'عند الساعة العاشرة والنصف من صباح اليوم' = Tue 30 Jun 2015"),
    ev("funeral-security", "شهد محيط مسجد المشير طنطاوى في منطقة التجمع الخامس", FUNERAL, "no own expression; the deployment around the mosque on the morning of the funeral, Tue 30 Jun 2015"),
    ev("barakat-dies", "الذي استشهد متأثرا بجراحه إثر استهداف موكبه", ATTACK, "'أمس الاثنين' = Mon 29 Jun 2015"),
])
art(S, "https://www.almasryalyoum.com/news/details/1651066",
    "2015-07-01", "the body's 'أمس' for the military funeral of Tue 30 Jun 2015 (al-Masry al-Youm's print report of the next morning) gives Wed 1 Jul 2015 (weekday checked); the stored text has no date line and no headline: headline written from the body; the last, truncated words ('ونشرت مدرعات وسيا…') dropped; no date of its own in the text", False, """
السيسي يتقدم الجنازة العسكرية للنائب العام هشام بركات
تقدّم الرئيس عبدالفتاح السيسي الجنازة العسكرية للنائب العام المستشار هشام بركات، التي انطلقت من مسجد المشير طنطاوي بالتجمع الخامس، أمس، بحضور الرئيس السابق ورئيس المحكمة الدستورية العليا المستشار عدلي منصور، ورئيس مجلس الوزراء المهندس إبراهيم محلب، وشيخ الأزهر الدكتور أحمد الطيب، ووزير الدفاع والإنتاج الحربي الفريق أول صدقي صبحي، إلى جانب عدد كبير من الوزراء وكبار رجال الدولة والقضاء وشخصيات عامة.
وامتلأت ساحة المسجد برجال ونساء شاركوا في صلاة الجنازة، بينما ارتدت أسرة الشهيد ملابس الحداد السوداء، وانخرطت زوجته وابنته في بكاء شديد، وسعى بقية الحاضرين إلى تهدئتهما ومواساتهما، وقدموا التعازي لنجله محمد.
وأحاط بالجثمان داخل المسجد عدد كبير من أعضاء المكتب الفني والهيئات القضائية، يتقدمهم رئيس المجلس الأعلى للقضاء المستشار حسام عبدالرحيم، والمستشاران معتز خفاجي ومحمد شرين فهمي، ومجموعة من رؤساء المحاكم والمحامين العامين ورؤساء الاستئناف.
وعقب صلاة الجنازة، نُقل الجثمان ملفوفا بعلم مصر إلى مثواه الأخير في مقابر أسرة الشهيد بالمقطم، في أجواء من الحزن والبكاء والصراخ، فيما أقامت الأجهزة الأمنية طوقا حول طريق المشير والمسجد والمقابر لتأمينها.
""", [
    ev("funeral", "تقدّم الرئيس عبدالفتاح السيسي الجنازة العسكرية للنائب العام", FUNERAL, "'أمس' in a report of Wed 1 Jul = Tue 30 Jun 2015"),
    ev("burial", "نُقل الجثمان ملفوفا بعلم مصر إلى مثواه الأخير", FUNERAL, "no own expression; the burial right after the funeral prayer of Tue 30 Jun 2015"),
    ev("funeral-security", "أقامت الأجهزة الأمنية طوقا حول طريق المشير والمسجد والمقابر", FUNERAL, "no own expression; the security cordon of the funeral, Tue 30 Jun 2015"),
])

# ---------------------------------------------------------------- tunisia-brahmi-assassination-2013
S = "tunisia-brahmi-assassination-2013"
KILL = "2013-07-25"                        # Brahmi shot outside his home in al-Ghazala (Ariana) around noon of Thu 25 Jul 2013
PRESS = "2013-07-26"                       # minister Lotfi Ben Jeddou's press conference, noon of Fri 26 Jul 2013
BURIAL = "2013-07-27"                      # the national funeral and burial at al-Jellaz, Sat 27 Jul 2013
BELAID = "2013-02-06"                      # Chokri Belaid shot outside his home on Wed 6 Feb 2013
art(S, "http://alwasatnews.com/news/795802.html",
    "2013-07-25", "the body's 'اليوم الخميس (25 يوليو / تموز 2013)' (kept; 25 Jul 2013 was a Thursday), a dpa report of the same day; headline written from the body (the stored text has none); the last, truncated words ('في 14') dropped", True, """
اغتيال النائب التونسي المعارض محمد براهمي قرب العاصمة
أفادت مصادر تونسية وكالة الأنباء الألمانية (د.ب.أ) بأن النائب في المجلس الوطني التأسيسي محمد براهمي اغتيل اليوم الخميس (25 يوليو / تموز 2013).
وأوضح مصدر في مكتب الجبهة الشعبية، التي تمثل أقصى اليسار في تونس، لـ(د.ب.أ) أن براهمي /58 عاما/، العضو في حركة الشعب ومنسق التيار الشعبي، قُتل اليوم في مقر سكنه بحي الغزالة في ولاية اريانة القريبة من العاصمة.
وصرّح شريف الخياري، المدير التنفيذي للجبهة الشعبية، لـ(د.ب.أ) وهو في طريقه إلى مستشفى محمود الماطري بأريانة، بأن مجهولين اغتالوا براهمي صباح اليوم، معتبرا أن رسالتهم جلية وأن هذه طريقتهم في الاحتفال بعيد الجمهورية لأنهم لا يعترفون أصلا بالجمهورية ولا بالدولة، في إشارة إلى المتشددين.
وأضاف أن الجبهة الشعبية ستعقد اجتماعا طارئا وتعلن موقفها في وقت لاحق.
ولم تعلن السلطات التونسية بعد نبأ اغتيال براهمي بصفة رسمية، ولم توجه أي اتهام رسمي لأي طرف بالضلوع فيه.
وتحيي تونس اليوم الذكرى 56 لعيد الجمهورية، وقد سبقت هذه المناسبة الوطنية حملة لرفع الأعلام التونسية في كامل البلاد دفاعا عن قيم الجمهورية والدولة المدنية.
ويُتوقع أن يفاقم اغتيال براهمي حالة الاحتقان في تونس، التي تمر بانتقال ديمقراطي متعثر بعد الثورة التي أسقطت حكم الرئيس السابق زين العابدين بن علي.
""", [
    ev("brahmi-killed", "محمد براهمي اغتيل اليوم الخميس (25 يوليو / تموز 2013)", KILL, "'اليوم الخميس (25 يوليو / تموز 2013)' = Thu 25 Jul 2013"),
    ev("front-emergency-meeting", "ستعقد اجتماعا طارئا وتعلن موقفها في وقت لاحق", KILL, "future ('ستعقد', 'في وقت لاحق'); the Popular Front met and called for civil disobedience on the same day, Thu 25 Jul 2013 (outside knowledge; my reading)"),
    ev("republic-day", "وتحيي تونس اليوم الذكرى 56 لعيد الجمهورية", KILL, "'اليوم' = Thu 25 Jul 2013, Republic Day (25 July)"),
])
art(S, "https://www.masress.com/alwafd/518102",
    "2013-07-26", "the body's 'اليوم الجمعة' with Brahmi killed 'أمس' (Thu 25 Jul) gives Fri 26 Jul 2013, the day of the minister's press conference (weekday checked); the stored text has no date line and no headline: headline written from the body; no date of its own in the text", False, """
الداخلية التونسية: السلفي أبو بكر الحكيم وراء اغتيال البراهمي
أعلن وزير الداخلية التونسي لطفي بن جدو اليوم الجمعة أن التحريات بيّنت أن شخصا وصفه بـ"السلفي المتشدد" يدعى أبو بكر الحكيم يقف وراء اغتيال القيادي في ائتلاف الجبهة الشعبية المعارض محمد البراهمي أمس.
وأوضح بن جدو، في مؤتمر صحفي عقده ظهر اليوم بمقر وزارة الداخلية في العاصمة تونس، أن فحوص خبراء الأسلحة أكدت أن قطعة السلاح التي قُتل بها البراهمي، وهي من عيار 9 ميليمتر، هي ذاتها التي استُعملت في اغتيال القيادي اليساري شكري بلعيد في فبراير.
وأشار إلى أن عملية اغتيال البراهمي نفذها شخصان على متن دراجة نارية يلبسان ثيابا سوداء، وكان أحدهما يضع قبعة حمراء.
وتابع الوزير أن أبو بكر الحكيم، المولود في باريس، سلفي متشدد ضالع بشكل مباشر في إدخال أسلحة إلى تونس، وتربطه صلة بالمدعو كمال القضقاضي، المتهم الرئيسي في قتل بلعيد.
""", [
    ev("interior-press-conference", "أعلن وزير الداخلية التونسي لطفي بن جدو اليوم الجمعة", PRESS, "'اليوم الجمعة' = Fri 26 Jul 2013 ('ظهر اليوم' later in the text)"),
    ev("brahmi-killed", "اغتيال القيادي في ائتلاف الجبهة الشعبية المعارض محمد البراهمي أمس", KILL, "'أمس' from Fri 26 = Thu 25 Jul 2013"),
    ev("belaid-killed", "استُعملت في اغتيال القيادي اليساري شكري بلعيد في فبراير", BELAID, "'في فبراير' (of 2013) = Wed 6 Feb 2013 (outside knowledge)"),
    ev("killers-on-motorbike", "نفذها شخصان على متن دراجة نارية", KILL, "no own expression; the shooting of Thu 25 Jul 2013"),
])
art(S, "https://www.tunisien.tn/%d8%aa%d9%88%d9%86%d8%b3/%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%ac%d9%8a%d8%b4-%d9%88%d8%a7%d9%84%d8%a3%d9%85%d9%86-%d8%a7%d9%84%d9%88%d8%b7%d9%86%d9%8a%d9%8a%d9%86-%d9%8a%d8%b4%d8%b1%d9%81%d8%a7%d9%86-%d8%b9%d9%84%d9%89/print/",
    "2013-07-27", "the body's 'في انتظار عملية دفن' (the burial of Sat 27 Jul) with the minister's findings announced 'أمس' (Fri 26 Jul) gives Sat 27 Jul 2013, the morning before the burial (weekday checked); the print page has no date; headline kept from the page (re-worded); the site line and the image link '[1]' dropped; no date of its own in the text", False, """
الجيش والأمن يؤمّنان مقبرة الجلاز قبل وصول جثمان الفقيد محمد البراهمي
تتولى قوات الأمن والجيش الوطنيين تأمين مقبرة الجلاز في انتظار دفن الفقيد محمد البراهمي، تجنبا لأي أعمال عنف قد تصاحب موكب الدفن، وتفاديا لتكرار ما جرى في موكب دفن الفقيد شكري بلعيد قبل ستة اشهر، حين أقدم عدد من المخربين على إحراق سيارات كانت متوقفة حول المقبرة أثناء الدفن.
وتجدر الإشارة إلى أن الراحل محمد البراهمي سيوارى الثرى إلى جانب ضريح الفقيد شكري بلعيد، الذي اغتيل يوم 6 فيفري 2013 أمام منزله بالعاصمة تونس على أيدي متشددين من التيار التكفيري، وفق ما أعلنه أمس وزير الداخلية لطفي بن جدو.
""", [
    ev("jellaz-secured", "تتولى قوات الأمن والجيش الوطنيين تأمين مقبرة الجلاز", BURIAL, "no own expression (present tense, 'في انتظار دفن'); the morning of the burial, Sat 27 Jul 2013"),
    ev("belaid-funeral-riot", "أقدم عدد من المخربين على إحراق سيارات", "2013-02-08", "'قبل ستة اشهر' = Belaid's funeral at al-Jellaz on Fri 8 Feb 2013 (outside knowledge)"),
    ev("brahmi-burial", "سيوارى الثرى إلى جانب ضريح الفقيد شكري بلعيد", BURIAL, "future; the burial at al-Jellaz on Sat 27 Jul 2013"),
    ev("belaid-killed", "الذي اغتيل يوم 6 فيفري 2013 أمام منزله", BELAID, "'يوم 6 فيفري 2013' = Wed 6 Feb 2013"),
    ev("interior-press-conference", "وفق ما أعلنه أمس وزير الداخلية لطفي بن جدو", PRESS, "'أمس' from Sat 27 = Fri 26 Jul 2013"),
])
art(S, "https://android.emiratesvoice.com/amp/314/2013-07-27-11-13-37",
    "2013-07-27", "date in the URL '2013-07-27-11-13-37' (27 Jul 2013 was a Saturday); the body's 'السبت' agrees; the byline 'تونس ـ أزهار الجربوعي' and the last, truncated sentence dropped; headline kept from the page (re-worded); no date of its own in the text", True, """
آلاف التونسيين يشيعون البراهمي إلى مقبرة الشهداء
شيّع آلاف التونسيين، السبت، وسط الزغاريد، النائب والمنسق العام لحزب التيار الشعبي محمد البراهمي، الذي اغتيل ظهر الخميس بعد أن أصيب بـ14 طلقا ناريا في بيته، إلى مقبرة الشهداء بالجلاز ملفوفا بالراية الوطنية التونسية والعلم الفلسطيني، في جنازة وطنية مهيبة تولى الجيش الوطني الإشراف عليها بتكليف من الرئيس المنصف المرزوقي، وبحضور أمني وإعلامي وسياسي كثيف.
وأعلن أبناء الفقيد، الذين ساروا في مقدمة موكب جنازة والدهم، رفضهم حضور أحزاب ائتلاف الترويكا الحاكم (النهضة والتكتل والمؤتمر) وحركة نداء تونس التي يتزعمها رئيس الحكومة الأسبق الباجي قائد السبسي.
وانطلق موكب جنازة المعارض محمد البراهمي من منزله بحي الغزالة شمال العاصمة التونسية، محمولا على سيارة عسكرية باتجاه مقبرة الجلاز، حيث دُفن في المربع نفسه الذي يرقد فيه الأمين العام السابق لحزب الوطنيين الديمقراطيين شكري بلعيد.
وكان بلعيد قد اغتيل رميا بالرصاص مطلع العام الجاري، بالسلاح نفسه وعلى يد المجموعة ذاتها التي اغتالت البراهمي، بحسب ما كشفه وزير الداخلية التونسي لطفي بن جدو.
""", [
    ev("brahmi-funeral", "شيّع آلاف التونسيين، السبت، وسط الزغاريد", BURIAL, "'السبت' = Sat 27 Jul 2013 (URL date)"),
    ev("brahmi-killed", "الذي اغتيل ظهر الخميس بعد أن أصيب بـ14 طلقا ناريا", KILL, "'ظهر الخميس' = Thu 25 Jul 2013"),
    ev("brahmi-burial", "حيث دُفن في المربع نفسه", BURIAL, "no own expression; the burial at the end of the funeral of Sat 27 Jul 2013"),
    ev("belaid-killed", "وكان بلعيد قد اغتيل رميا بالرصاص مطلع العام الجاري", BELAID, "'مطلع العام الجاري' = early 2013: Wed 6 Feb 2013 (outside knowledge)"),
    ev("interior-press-conference", "بحسب ما كشفه وزير الداخلية التونسي لطفي بن جدو", PRESS, "no own expression; the minister's findings were given at his press conference of Fri 26 Jul 2013"),
])

# ---------------------------------------------------------------- iraq-karbala-wazni-assassination-2021
S = "iraq-karbala-wazni-assassination-2021"
WAZNI = ("2021-05-08", "2021-05-10")       # shot outside his home on al-Haddad street around midnight of Sat 8 / Sun 9 May 2021
SUNDAY = "2021-05-09"                      # funeral, protests and the fire at the Iranian consulate, Sun 9 May 2021
art(S, "https://ultrairaq.ultrasawt.com/%D8%A7%D8%BA%D8%AA%D9%8A%D8%A7%D9%84-%D8%A5%D9%8A%D9%87%D8%A7%D8%A8-%D8%A7%D9%84%D9%88%D8%B2%D9%86%D9%8A-%D8%B1%D8%B5%D8%A7%D8%B5-%D8%A7%D9%84%D9%85%D9%8A%D9%84%D9%8A%D8%B4%D9%8A%D8%A7%D8%AA-%D9%8A%D8%B3%D8%AA%D8%A8%D9%8A%D8%AD-%D8%A3%D9%8A%D9%82%D9%88%D9%86%D8%A9-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC-%D8%A7%D9%84%D8%B3%D9%84%D9%85%D9%8A%D9%91/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B9%D8%B1%D8%A7%D9%82/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9",
    "2021-05-09", "page date line '09-مايو-2021' (kept as second line; 9 May 2021 was a Sunday); the body's 'فجر الأحد 9 آيار/مايو' agrees; the photo caption turned into the headline; the byline 'الترا عراق - فريق التحرير', the sub-heading, the 'اقرأ/ي أيضًا' link and the last, truncated quotation of the police dropped", True, """
احتجاجات غاضبة في كربلاء بعد اغتيال الناشط البارز إيهاب الوزني
09-مايو-2021
لقي الناشط في الاحتجاجات العراقية إيهاب الوزني حتفه برصاص مسلحين على متن دراجة نارية، في منطقة مغلقة تُعد مقدسة لمجاورتها العتبتين الدينيتين في كربلاء.
ويُظهر مقطع مصور التقطته كاميرا مراقبة، فجر الأحد 9 آيار/مايو، لحظة اغتيال الناشط الكربلائي عندما اقترب بسيارته من منزله في شارع الحداد وسط المدينة، إذ نزل أحد المسلحين وأطلق رصاصات على رأس الوزني فأرداه قتيلا.
ويُعد الوزني، بحسب زملاء له في كربلاء تحدثوا لـ "الترا عراق"، من أبرز ناشطي الاحتجاجات على فساد النظام السياسي في العراق منذ سنوات طويلة، ومن أكثرهم تمسكا بسلمية التظاهرات.
ويؤكد أحد الناشطين أن الوزني واجه، خلال السنوات الماضية، حملات تشويه وتهديدات متواصلة من جهات تابعة للسلطة وأخرى مرتبطة بالميليشيات، متهما جهات مسلحة داخل هيئة الحشد الشعبي بتنفيذ الاغتيال.
ووصفت قيادة شرطة المحافظة (103 كم جنوب بغداد) عملية الاغتيال بـ "الإرهابية".
""", [
    ev("karbala-protests", "احتجاجات غاضبة في كربلاء بعد اغتيال الناشط البارز", SUNDAY, "headline of a report dated Sun 9 May 2021 (the marches in Karbala that day)"),
    ev("wazni-killed", "لقي الناشط في الاحتجاجات العراقية إيهاب الوزني حتفه", WAZNI[0], "no own expression here; 'فجر الأحد 9 آيار/مايو' in the next sentence; reports differ between the night of Saturday and the dawn of Sun 9 May 2021, so the span is that night", end=WAZNI[1]),
    ev("threats-campaign", "حملات تشويه وتهديدات متواصلة من جهات تابعة للسلطة", "2019-10-01", "'خلال السنوات الماضية'; my span from the start of the October 2019 protests to the killing", end="2021-05-09"),
    ev("police-calls-it-terrorist", "ووصفت قيادة شرطة المحافظة (103 كم جنوب بغداد) عملية الاغتيال", SUNDAY, "no own expression; the police statement of Sun 9 May 2021"),
])
art(S, "https://iqiraq.news/political/print:page,1,19034--300-.html",
    "2021-05-09", "the body's 'الأحد (9 أيار 2021)' (kept; 9 May 2021 was a Sunday), a report of the same evening ('قبل ساعة من الآن'); headline written from the body (the print page has none)", True, """
مكافحة الشغب تفرّق محتجين أحرقوا إطارات قرب القنصلية الإيرانية في كربلاء
ذكر مصدر في القنصلية الإيرانية بكربلاء، الأحد (9 أيار 2021)، أن الشرطة وقوات "مكافحة الشغب" فرّقت قرابة 300 شخص اقتربوا من سياج القنصلية وأضرموا النار في الإطارات، احتجاجا على اغتيال الناشط إيهاب الوزني.
وأوضح المصدر لموقع IQ NEWS أن نحو 300 شخص احتشدوا قبل ساعة من الآن بالقرب من القنصلية وأحرقوا إطارات وكرفانات للشرطة.
وتابع أن قوات مكافحة الشغب شتتت المحتشدين قبل أن يبلغوا مبنى القنصلية الإيرانية.
وبيّن مقطع مصور عشرات الأشخاص متجمعين بالقرب من مبنى القنصلية الإيرانية في كربلاء وإطارات محترقة متناثرة في الشارع، بينما تُسمع في الخلفية أصوات تشبه إطلاق النار.
ويأتي ذلك إثر اغتيال الناشط إيهاب الوزني مساء يوم أمس أمام منزله في شارع الحداد وسط كربلاء، وقد شيعه مئات الأشخاص اليوم بالقرب من مرقد الإمام الحسين في المدينة.
وخرجت في محافظات واسط والديوانية وبغداد تظاهرات تندد باغتياله، فيما أدانت بعثات دبلوماسية والقنصلية الإيرانية في كربلاء مقتله.
وأعلن الحزب الشيوعي والنائب فائق الشيخ علي وحركات سياسية ناشئة مقاطعة الانتخابات النيابية المقبلة والنظام السياسي للسبب نفسه.
""", [
    ev("consulate-protest", "فرّقت قرابة 300 شخص اقتربوا من سياج القنصلية", SUNDAY, "'الأحد (9 أيار 2021)' and 'قبل ساعة من الآن' = the evening of Sun 9 May 2021"),
    ev("wazni-killed", "اغتيال الناشط إيهاب الوزني مساء يوم أمس أمام منزله", WAZNI[0], "'مساء يوم أمس' from Sun 9 = the night of Sat 8 May; the killing came around midnight, so the span is the night of 8-9 May 2021", end=WAZNI[1]),
    ev("wazni-funeral", "وقد شيعه مئات الأشخاص اليوم", SUNDAY, "'اليوم' = Sun 9 May 2021"),
    ev("protests-other-provinces", "وخرجت في محافظات واسط والديوانية وبغداد تظاهرات", SUNDAY, "no own expression; the protests of Sun 9 May 2021 reported that day"),
    ev("election-boycotts", "وأعلن الحزب الشيوعي والنائب فائق الشيخ علي وحركات سياسية ناشئة مقاطعة", SUNDAY, "no own expression; the boycotts announced on Sun 9 May 2021 (the Communist Party's statement of that day)"),
])
art(S, "https://symonitor.com/?p=8328",
    "2021-05-10", "the body's 'ليل الأحد – الإثنين' for the reports of the fire and 'صباح أمس الأحد' for the killing give Mon 10 May 2021 (weekday checked); the stored page has no date line; the hashtag '#العراق' of the headline and the last, truncated sentence dropped; no date of its own in the text", False, """
محتجون يضرمون النار في قنصلية إيران بكربلاء
ذكرت وسائل إعلام عراقية، ليل الأحد – الإثنين، أن محتجين أشعلوا النار في قنصلية إيران بمحافظة كربلاء جنوبي العراق، غضبا من مقتل الناشط إيهاب الوزني.
ونقلت قناة "السومرية" أن المحتجين أحرقوا جانبا من القنصلية الإيرانية في كربلاء، الأمر الذي دفع القوات الأمنية العراقية إلى تطويقها لمنع احتراقها كليا.
ويأتي إحراق القنصلية الإيرانية في كربلاء ردا على اغتيال الناشط المدني العراقي إيهاب الوزني في المدينة صباح أمس الأحد، وهو ما أشعل غضبا واسعا في العراق.
وأعلنت خلية الإعلام الأمني العراقية، في بيان بثته "السومرية"، أن شرطة محافظة كربلاء استنفرت جهودها للبحث عن العناصر الإرهابية التي نفذت اغتيال الناشط إيهاب الوزني.
ولم تتبنّ أي جهة اغتيال الوزني، في حين نقلت شبكة BBC البريطانية عن ناشط مقرب منه أن ميليشيات إيران تقف وراء الجريمة، وأنه قال إنهم يهددونهم وسيقتلونهم جميعا بينما تلزم الحكومة الصمت.
وشكّل مقتل الوزني صدمة لأنصار موجة التظاهرات التي شهدها العراق قبل نحو عام ونصف، ويسميها مؤيدوها "ثورة تشرين"، وطالب خلالها المحتجون السلطات بوقف نزيف الدماء.
""", [
    ev("consulate-protest", "أن محتجين أشعلوا النار في قنصلية إيران بمحافظة كربلاء", SUNDAY, "reported 'ليل الأحد – الإثنين'; the fire was set on the evening of Sun 9 May 2021 (iqiraq, shafaq 'مساء الأحد')"),
    ev("wazni-killed", "اغتيال الناشط المدني العراقي إيهاب الوزني في المدينة صباح أمس الأحد", WAZNI[0], "'صباح أمس الأحد' from Mon 10 = Sun 9 May 2021 (early hours); span of the night of 8-9 May as elsewhere", end=WAZNI[1]),
    ev("security-cell-statement", "وأعلنت خلية الإعلام الأمني العراقية، في بيان", SUNDAY, "no own expression; the cell's statement of the morning of Sun 9 May 2021"),
    ev("tishreen-protests", "موجة التظاهرات التي شهدها العراق قبل نحو عام ونصف", "2019-10-01", "'قبل نحو عام ونصف' from May 2021 = late 2019: the October 2019 protests (my span October - December 2019)", end="2020-01-01"),
])
art(S, "https://okaz.com.sa/news/politics/2068347",
    "2021-05-11", "the body's 'أمس (الإثنين)' for Iran's condemnation of Mon 10 May gives Tue 11 May 2021 (Okaz's print report; weekday checked); the stored text has no date line and no headline: headline written from the body; the repeated paragraphs of the stored page dropped; no date of its own in the text", False, """
طهران تدين الهجوم على قنصليتها في كربلاء بعد مقتل الوزني
في وقت يتصاعد فيه الغضب الشعبي في العراق والعالم العربي من التدخلات الإيرانية في شؤون دوله وما ترتكبه من جرائم بحق المدنيين، ولا سيما في العراق واليمن وسورية ولبنان، ما زالت طهران تتصرف بتعالٍ، إذ أعربت أمس (الإثنين) عن إدانتها الشديدة للهجوم على قنصليتها في كربلاء، على خلفية اتهامها بالتورط في مقتل الناشط البارز إيهاب الوزني.
وأشعل محتجون عراقيون غاضبون النار في مقطورات تابعة للقنصلية الإيرانية في كربلاء، وسط سخط واسع لمقتل الوزني الذي شارك في الاحتجاجات المناهضة للحكومة التي عمّت العراق في أكتوبر 2019.
وسقط الوزني برصاص مهاجمين مجهولين، غير أن ناشطين عراقيين أكدوا ضلوع إيران ووكلائها في تصفيته بسبب مواقفه الرافضة للتدخلات الخارجية في شؤون بلاده.
وقطع المتظاهرون الطرق والجسور بالإطارات المشتعلة، واحتشد عشرات منهم خارج القنصلية الإيرانية حيث أحرقوا الإطارات أمام المبنى وأضرموا النار في عدة مقطورات متوقفة خارجه.
""", [
    ev("iran-condemns", "إذ أعربت أمس (الإثنين) عن إدانتها الشديدة للهجوم على قنصليتها", "2021-05-10", "'أمس (الإثنين)' from Tue 11 = Mon 10 May 2021"),
    ev("consulate-protest", "وأشعل محتجون عراقيون غاضبون النار في مقطورات", SUNDAY, "no own expression; the fire at the consulate on the evening of Sun 9 May 2021"),
    ev("tishreen-protests", "الاحتجاجات المناهضة للحكومة التي عمّت العراق في أكتوبر 2019", "2019-10-01", "'في أكتوبر 2019' = the protests that began on Tue 1 Oct 2019 (same span as in symonitor)", end="2020-01-01"),
    ev("wazni-killed", "وسقط الوزني برصاص مهاجمين مجهولين", WAZNI[0], "no own expression; the killing of the night of 8-9 May 2021", end=WAZNI[1]),
])

# ---------------------------------------------------------------- libya-benghazi-hanan-barassi-killing-2020
S = "libya-benghazi-hanan-barassi-killing-2020"
SHOT = "2020-11-10"                        # shot dead on Street 20 in Benghazi around 14:00 of Tue 10 Nov 2020
SERGIWA = "2019-07-17"                     # MP Siham Sergiwa abducted from her Benghazi home on the night of 16-17 Jul 2019
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=22197635",
    "2020-11-10", "Xinhua dateline 'طرابلس 10 نوفمبر 2020 (شينخوا)' at the head of the body (kept; 10 Nov 2020 was a Tuesday); the body's 'اليوم (الثلاثاء)' agrees; headline written from the body (the stored text has none); the last, truncated words of the US embassy's statement dropped", True, """
اغتيال المحامية والناشطة الحقوقية حنان البرعصي وسط بنغازي
طرابلس 10 نوفمبر 2020 (شينخوا) قتل مسلحون مجهولون اليوم (الثلاثاء) المحامية والناشطة الحقوقية حنان البرعصي في مدينة بنغازي شرق ليبيا، بعد أن أطلقوا عليها وابلا من الرصاص وسط المدينة.
وذكرت مديرية أمن بنغازي، في بيان صحفي تلقت وكالة أنباء (شينخوا) نسخة منه، أن عددا من الملثمين حاولوا في تمام الساعة الثانية ظهرا (12:00 بتوقيت غرينتش) خطف حنان البرعصي من داخل متجر في المدينة، ثم أطلقوا عليها عدة أعيرة نارية فأردوها قتيلة، وفروا على متن سيارتين معتمتين.
وأفاد البيان بأن الأجهزة انتقلت على الفور إلى موقع الحادث وباشرت إجراءات الاستدلال وسماع أقوال الشهود وتتبع كاميرات المراقبة في مسرح الجريمة.
وأكدت مديرية أمن بنغازي أن التحقيقات متواصلة وأن ملاحقة الجناة مستمرة إلى حين القبض عليهم وإحالتهم إلى العدالة.
وتُعد البرعصي من أبرز الشخصيات في شرق ليبيا، واشتهرت بنشر عدد كبير من ملفات الفساد التي تورط فيها مسؤولون، خاصة في بنغازي، ثاني أكبر مدن البلاد.
وتفيد تقارير محلية بأن المحامية أصيبت بأكثر من 20 رصاصة في مواضع متفرقة من جسدها.
وفي السياق ذاته، نددت السفارة الأمريكية لدى ليبيا باغتيال المحامية.
""", [
    ev("barassi-killed", "قتل مسلحون مجهولون اليوم (الثلاثاء) المحامية والناشطة الحقوقية", SHOT, "'اليوم (الثلاثاء)' = Tue 10 Nov 2020 (dateline); 'في تمام الساعة الثانية ظهرا'"),
    ev("police-investigation", "باشرت إجراءات الاستدلال وسماع أقوال الشهود", SHOT, "'على الفور' after the shooting = Tue 10 Nov 2020"),
    ev("us-embassy-condemns", "نددت السفارة الأمريكية لدى ليبيا باغتيال المحامية", SHOT, "no own expression; the embassy's statement of Tue 10 Nov 2020"),
])
art(S, "https://arraedlg.net/2020/11/10/%d9%85%d9%84%d9%8a%d8%b4%d9%8a%d8%a7%d8%aa-%d8%ad%d9%81%d8%aa%d8%b1-%d8%aa%d8%ba%d8%aa%d8%a7%d9%84-%d8%a7%d9%84%d9%86%d8%a7%d8%b4%d8%b7%d8%a9-%d8%a7%d9%84%d8%ad%d9%82%d9%88%d9%82%d9%8a%d8%a9-%d8%ad/?amp=1",
    "2020-11-10", "date in the URL '/2020/11/10/' (10 Nov 2020 was a Tuesday); the body's 'الثلاثاء' agrees; headline rendered from the URL slug (the stored text has none); the sub-headings 'العفو الدولية' and 'رايتس ووتش' dropped; no date of its own in the text", False, """
مليشيات حفتر متهمة باغتيال الناشطة الحقوقية حنان البرعصي
اغتالت مجموعة مسلحة، الثلاثاء، الناشطة الحقوقية حنان البرعصي الملقبة بـ "عزوز برقة"، بعدة طلقات نارية في شارع 20 وسط مدينة بنغازي، بعد دقائق من انتقادها حكم حفتر وأبنائه العسكري.
وتحدثت البرعصي قبيل اغتيالها، في بث مباشر على صفحتها الرسمية في "الفيس بوك"، عن انتشار الجريمة في بنغازي وعن المحاولة الفاشلة لمليشيات حفتر لقتل ابنتها، متوعدة بملاحقة الفاعلين.
واتهمت البرعصي في مقاطع عدة مليشيات حفتر بارتكاب أعمال إجرامية في بنغازي ودرنة جهارا نهارا، وكشفت تلاعب حفتر وأبنائه بالرتب العسكرية ومنحها دون وجه حق.
ورأت منظمة العفو الدولية أن مقتل البرعصي دليل على المخاطر التي تواجهها النساء الليبيات اللواتي يخضن في الشأن السياسي، لافتة إلى أن البرعصي أعلنت أمس نيتها نشر فيديو عن فساد صدام حفتر.
وفي السياق نفسه، دعت الباحثة في شؤون ليبيا بمنظمة "هيومن رايتس ووتش" حنان صالح سلطات الشرق إلى التحقيق بسرعة ومحاسبة الجناة، مذكّرة بجرائم سابقة بقي مرتكبوها دون عقاب.
يذكر أن مليشيات حفتر اختطفت النائبة سهام سرقيوة من منزلها في يوليو 2019، ولا يزال مصيرها مجهولا حتى الآن.
""", [
    ev("barassi-killed", "اغتالت مجموعة مسلحة، الثلاثاء، الناشطة الحقوقية حنان البرعصي", SHOT, "'الثلاثاء' = Tue 10 Nov 2020 (URL date)"),
    ev("live-video", "في بث مباشر على صفحتها الرسمية", SHOT, "'قبيل اغتيالها' = minutes before the shooting of Tue 10 Nov 2020"),
    ev("saddam-video-announced", "أعلنت أمس نيتها نشر فيديو عن فساد صدام حفتر", "2020-11-09", "'أمس' in Amnesty's statement of Tue 10 = Mon 9 Nov 2020"),
    ev("hrw-call", "دعت الباحثة في شؤون ليبيا بمنظمة", SHOT, "no own expression; Hanan Salah's tweet of Tue 10 Nov 2020"),
    ev("sergiwa-abduction", "اختطفت النائبة سهام سرقيوة من منزلها في يوليو 2019", SERGIWA, "'في يوليو 2019' = the raid on her home in the night of 16-17 Jul 2019 (outside knowledge)"),
])
art(S, "http://scoop.ma/?p=26408",
    "2020-11-11", "page stamp 'نهار 11 نوفمبر، 2020 مع 13:25' (kept as second line without the word 'تكتب'; 11 Nov 2020 was a Wednesday); the body's 'أمس الثلاثاء' agrees; the site line 'المغرب الكبير تابعونا على Scoop' and the last, truncated sentence dropped; the colloquial headline re-worded in standard Arabic", True, """
مقتل محامية ليبية في شارع وسط بنغازي بعد انتقادها نجل حفتر
نهار 11 نوفمبر، 2020 مع 13:25
لقيت المحامية الليبية حنان البرعصي مصرعها داخل سيارتها، أمس الثلاثاء، في شارع وسط بنغازي، بحسب ما ذكره مصدر أمني في شرق ليبيا، في جريمة قوبلت بموجة من الإدانات.
وكانت البرعصي (46 عاما)، وهي من الوجوه الإعلامية المعروفة في ليبيا، تفسح المجال باستمرار لنساء ضحايا للعنف في مقاطع فيديو تنشرها على مواقع التواصل الاجتماعي، كما كانت تدير جمعية محلية للدفاع عن حقوق المرأة.
وأوضح المصدر الأمني لوكالة الأنباء الفرنسية، مشترطا عدم كشف هويته، أنها قُتلت بالرصاص في شارع 20، وهو من أكبر الشوارع التجارية في بنغازي.
وأضاف أنها كانت، قبلها بلحظات، تبث فيديو مباشرا على حسابها في فيسبوك.
وفي المقطع المنشور على صفحتها في فيسبوك، ظهرت المحامية جالسة في سيارة أمام الكاميرا وهي تنتقد مجموعات مسلحة مقربة من المشير خليفة حفتر، الرجل القوي في الشرق الليبي، وتؤكد أنها "مهددة".
وجاءت الجريمة بعد حوالى عام ونصف من اختفاء النائبة سهام سرقيوة، التي اختطفتها مجموعة مسلحة في بنغازي إثر انتقادها هجوم المشير حفتر على طرابلس، ولم يُعثر عليها منذ ذلك الحين.
""", [
    ev("barassi-killed", "لقيت المحامية الليبية حنان البرعصي مصرعها داخل سيارتها، أمس الثلاثاء", SHOT, "'أمس الثلاثاء' from Wed 11 = Tue 10 Nov 2020"),
    ev("live-video", "كانت، قبلها بلحظات، تبث فيديو مباشرا", SHOT, "'قبلها بلحظات' = just before the shooting of Tue 10 Nov 2020"),
    ev("sergiwa-abduction", "من اختفاء النائبة سهام سرقيوة", SERGIWA, "'بعد حوالى عام ونصف' before Nov 2020 = mid-2019: the abduction of the night of 16-17 Jul 2019 (outside knowledge)"),
])
art(S, "https://www.alsaaa24.com/?p=7104",
    "2020-11-11", "the body's 'أمس الثلاثاء' for the anger at the killing of Tue 10 Nov gives Wed 11 Nov 2020 (weekday checked); the stored page has no date line; headline kept from the page (re-worded), the run-in sub-headings 'من هي حنان البرعصي' and 'الداخلية تتوعد الجناة' dropped, the last, truncated words of the minister's instructions dropped; no date line of its own in the text (the body names the day of the killing)", False, """
اغتيال «حنان البرعصي».. بين المطالبة بالقبض على الجناة وإذكاء الفتنة في بنغازي
عمّ غضب شديد الليبيين، أمس الثلاثاء، إثر اغتيال الناشطة الحقوقية حنان البرعصي المعروفة بـ «عزوز برقة»، عن 46 عامًا، لا سيما أن الأعراف والتقاليد الليبية ترفض رفضا قاطعا قتل النساء والأطفال لأي سبب، وتعدّ مرتكب مثل هذه الجرائم فاقدا للرجولة.
وهي حنان محمد البرعصي، المعروفة أيضا بـ"حنان فبراير" أو "عزوز برقة"، محامية وناشطة مدنية ترأس مؤسسة الرحمة لحقوق الإنسان، وقد طالبت في 2017 بمحاكمتها ومعاقبتها قانونيا لانحيازها إلى الناتو والجماعات الإرهابية سنة 2011.
وعُرفت البرعصي بتأييدها للقائد العام لـ"الجيش الليبي"، كما اشتهرت باتهام مسؤولين في الشرق الليبي بالفساد والإثراء غير المشروع، وسبق أن تعرضت لمحاولة اغتيال في 2014، قبل أن تُغتال في 10 نوفمبر 2020 ببنغازي.
ومن جهته، وجّه وزير الداخلية بالحكومة الليبية إبراهيم بوشناف، مساء الثلاثاء، تعليمات مشددة إلى كل الأجهزة الأمنية، ومنها مديرية أمن بنغازي والإدارة العامة للبحث الجنائي وجهاز مكافحة الجريمة وجهاز المباحث الجنائية، بتكثيف أعمال التحري والبحث.
""", [
    ev("public-anger", "عمّ غضب شديد الليبيين، أمس الثلاثاء", SHOT, "'أمس الثلاثاء' from Wed 11 = Tue 10 Nov 2020"),
    ev("barassi-killed", "قبل أن تُغتال في 10 نوفمبر 2020 ببنغازي", SHOT, "'في 10 نوفمبر 2020' = Tue 10 Nov 2020"),
    ev("attempt-2014", "تعرضت لمحاولة اغتيال في 2014", "2014-01-01", "'في 2014' = the year only", end="2015-01-01"),
    ev("interior-minister-orders", "وجّه وزير الداخلية بالحكومة الليبية إبراهيم بوشناف، مساء الثلاثاء", SHOT, "'مساء الثلاثاء' = the evening of Tue 10 Nov 2020"),
])

# ---------------------------------------------------------------- yemen-aden-governor-lamlas-car-bomb-2021
S = "yemen-aden-governor-lamlas-car-bomb-2021"
BOMB = "2021-10-10"                        # the car bomb at Hujaif (al-Tawahi) against the convoy of Lamlas and al-Saqatri, Sun 10 Oct 2021
art(S, "https://huna-aden.com/news67280.html",
    "2021-10-10", "the body's 'اليوم الأحد، 10/تشرين الأول/2021' (kept; 10 Oct 2021 was a Sunday); headline written from the body (the stored text has none); the list of names joined into one sentence", True, """
نجاة محافظ عدن أحمد لملس من محاولة اغتيال ومقتل عدد من مرافقيه
نجا محافظ عدن أحمد حامد لملس من محاولة اغتيال في مدينة عدن اليوم الأحد، 10/تشرين الأول/2021، بينما لقي عدد من مرافقيه حتفهم، ومنهم سكرتيره الصحفي.
وأفادت مصادر محلية بأن السيارة الملغومة التي انفجرت استهدفت محافظ عدن ووزير الزراعة اللواء سالم السقطري الذي كان معه لحظة الانفجار.
وأوضحت المصادر أن الانفجار حدث أثناء مرور المحافظ في منطقة الجحيف بمديرية التواهي في العاصمة المؤقتة عدن.
وأكدت المصادر سقوط 15 قتيلا وجريحا من مرافقي المحافظ، من بينهم سكرتيره ومصوره الصحفي.
وأوردت المصادر أسماء عدد من القتلى الذين سقطوا في الانفجار، وهم: صدام حسين الخليفي، وطارق مصطفى، واحمد ابو صالح، واسامه سالم حامد لملس.
ولفتت المصادر إلى أن الجرحى نُقلوا إلى المستشفى للعلاج، وأن حالة بعضهم حرجة.
ولم تتبنّ أي جهة الهجوم حتى لحظة كتابة الخبر.
""", [
    ev("lamlas-survives", "نجا محافظ عدن أحمد حامد لملس من محاولة اغتيال في مدينة عدن اليوم الأحد", BOMB, "'اليوم الأحد، 10/تشرين الأول/2021' = Sun 10 Oct 2021"),
    ev("escorts-killed", "بينما لقي عدد من مرافقيه حتفهم", BOMB, "the same 'اليوم الأحد' = Sun 10 Oct 2021"),
    ev("car-bomb", "السيارة الملغومة التي انفجرت استهدفت محافظ عدن", BOMB, "no own expression; the blast of Sun 10 Oct 2021"),
    ev("wounded-to-hospital", "الجرحى نُقلوا إلى المستشفى للعلاج", BOMB, "no own expression; right after the blast of Sun 10 Oct 2021"),
])
art(S, "https://albawabhnews.com/4446771",
    "2021-10-10", "the body's 'اليوم الأحد' for the rising toll of the bombing of Sun 10 Oct 2021 gives that Sunday (weekday checked); the stored text has no date line and no headline: headline written from the body; no date of its own in the text", False, """
ارتفاع ضحايا تفجير موكب محافظ عدن إلى 6 قتلى
ذكرت وسائل إعلام، اليوم الأحد، أن حصيلة ضحايا تفجير موكب محافظ عدن ارتفعت إلى 6 أشخاص، من بينهم سكرتيره الصحفي وقائد حراسته.
وكانت سيارة مفخخة قد انفجرت لدى مرور موكب محافظ عدن أحمد حامد لملس ووزير الثروة السمكية والزراعة سالم السقطري في منطقة جولة حجيف.
وأعلنت مصادر طبية يمنية مقتل قائد حراسة محافظة العاصمة عدن والسكرتير الصحفي للمحافظ الإعلامي أحمد بو صالح، في حين نجا المحافظ من محاولة الاغتيال.
وانتقلت الأجهزة الأمنية وفرق التحقيق إلى موقع الحادث لإجراء مزيد من البحث والتحقيق.
وأفادت مصادر بأن الانفجار وقع بعد لحظات من مرور الموكب، وأسفر عن إصابة أربعة من حراس المحافظ نُقلوا إلى مستشفى "باصهيب" العسكري.
في المقابل، حمّل مسؤول يمني، بحسب ما نقلته "سكاي نيوز عربية"، جماعة الإخوان مسؤولية هذا العمل الإرهابي، معتبرا أنه نتيجة للملاذ الآمن الذي وفرته الجماعة في اليمن للتنظيمات الإرهابية تحت مظلتها، خدمة لميليشيات الحوثي وتسهيلا لجلبها إلى المناطق المحررة.
""", [
    ev("escorts-killed", "حصيلة ضحايا تفجير موكب محافظ عدن ارتفعت إلى 6 أشخاص", BOMB, "'اليوم الأحد' = Sun 10 Oct 2021"),
    ev("car-bomb", "وكانت سيارة مفخخة قد انفجرت لدى مرور موكب محافظ عدن", BOMB, "no own expression (pluperfect); the blast of Sun 10 Oct 2021"),
    ev("lamlas-survives", "في حين نجا المحافظ من محاولة الاغتيال", BOMB, "no own expression; Sun 10 Oct 2021"),
    ev("investigators-at-scene", "وانتقلت الأجهزة الأمنية وفرق التحقيق إلى موقع الحادث", BOMB, "no own expression; after the blast of Sun 10 Oct 2021"),
    ev("wounded-to-hospital", "أسفر عن إصابة أربعة من حراس المحافظ", BOMB, "no own expression; right after the blast of Sun 10 Oct 2021"),
])
art(S, "https://alsahil.net/news13689.html",
    "2021-10-11", "page time stamp '08:49 2021/10/11' (kept as second line; 11 Oct 2021 was a Monday); the byline 'عدن، الساحل الغربي' dropped; headline kept from the page (re-worded)", True, """
نجاة محافظ عدن ومقتل ستة أشخاص بينهم سكرتيره وقائد حراسته ومصوره
08:49 2021/10/11
قُتل ستة أشخاص على الأقل وجُرح خمسة آخرون، الأحد 10 أكتوبر 2021م، في هجوم انتحاري استهدف محافظ مدينة عدن جنوبي اليمن.
وكان أحمد حامد لملس ووزير الزراعة سالم السقطري في طريق العودة من فعالية في عدن حين انفجرت سيارة مفخخة قرب موكبهما في منطقة التواهي، حيث يقع مقر المجلس الانتقالي الجنوبي الانفصالي.
ومن بين القتلى السكرتير الصحفي للمحافظ ومصوره ورئيس وحدة حراسته، فيما أكد المتحدث باسم المجلس الانتقالي الجنوبي علي الكثيري أن المحافظ بخير.
ووجّه الرئيس عبد ربه منصور هادي الأجهزة الأمنية في عدن بفتح تحقيق عاجل وشامل في الحادث لكشف منفذي الهجوم وتقديمهم إلى العدالة.
واعتبر هادي أن المعركة مع قوى الشر والإرهاب وأدواتها وأسلحتها من مليشيا الحوثي وإيران معركة وجود.
ووصف رئيس الوزراء اليمني معين عبد الملك سعيد الهجوم بأنه "عملية إرهابية جبانة"، وأمر قوات الأمن في المدينة بالبقاء في أقصى درجات التأهب.
""", [
    ev("escorts-killed", "قُتل ستة أشخاص على الأقل وجُرح خمسة آخرون، الأحد 10 أكتوبر 2021م", BOMB, "'الأحد 10 أكتوبر 2021م' = Sun 10 Oct 2021"),
    ev("car-bomb", "حين انفجرت سيارة مفخخة قرب موكبهما في منطقة التواهي", BOMB, "no own expression; the blast of Sun 10 Oct 2021"),
    ev("lamlas-survives", "أكد المتحدث باسم المجلس الانتقالي الجنوبي علي الكثيري أن المحافظ بخير", BOMB, "no own expression; the STC spokesman's word on the day of the blast, Sun 10 Oct 2021"),
    ev("hadi-orders-inquiry", "ووجّه الرئيس عبد ربه منصور هادي الأجهزة الأمنية في عدن بفتح تحقيق", BOMB, "no own expression; Hadi's order reported by Saba on Sun 10 Oct 2021"),
    ev("pm-condemns", "ووصف رئيس الوزراء اليمني معين عبد الملك سعيد الهجوم", BOMB, "no own expression; the prime minister's statement of Sun 10 Oct 2021"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 350
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

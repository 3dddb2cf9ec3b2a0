"""Builds stories.jsonl: the 645-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: municipal elections, by-elections and parliamentary
run-offs: polling day, turnout, results and appeals.
Stories: the by-election for the fifth Sunni seat of Tripoli after the Constitutional Council annulled Dima
Jamali's seat (Lebanon, 14 April 2019); the twelfth complementary election of Kuwait's National Assembly in the
second and third districts (16 March 2019); the partial legislative election of the Germany constituency of
Tunisia's Assembly of the Representatives of the People, won by Yassine Ayari (15-17 December 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-tripoli-jamali-by-election-2019
S = "lebanon-tripoli-jamali-by-election-2019"
POLL = "2019-04-14"                        # polling day of the Tripoli by-election, Sun 14 Apr 2019 (Palm Sunday, western calendar)
ANNUL = "2019-02-21"                       # the Constitutional Council annulled Jamali's seat, Thu 21 Feb 2019
GE2018 = "2018-05-06"                      # the general election of Sun 6 May 2018
art(S, "https://bekaa.com/tripoli-by-elections",
    "2019-04-14", "no date on the stored page nor in the URL; the body's 'عند السابعة من صباح اليوم الأحد' for the opening of the polls of the by-election of Sun 14 Apr 2019 (tayyar.org stamp '14 APRIL 2019'; lebanondebate: 'الإنتخابات الفرعية التي جرت في طرابلس بتاريخ ١٤ نيسان ٢٠١٩') gives Sun 14 Apr 2019; headline written from the body (the stored text has none); the last sentence, cut in the stored text at 'ويبلغ عدد المس', dropped", False, """
فتح صناديق الاقتراع في انتخابات طرابلس الفرعية وسط إقبال خجول
عند السابعة من صباح اليوم الأحد، فُتحت صناديق الاقتراع في الانتخابات الفرعية التي تشهدها طرابلس إثر إبطال نيابة ديما جمالي، ويتبارى ثمانية مرشحين على المقعد السني الخامس. ويجري ذلك في ظل تدابير أمنية مشددة اتخذتها القوى الأمنية أمام مراكز الاقتراع، وحضور محدود للمندوبين الذين غاب بعضهم عن عدد من المراكز، فيما لا يزال إقبال المواطنين خجولا حتى الساعة.
وتصادف هذه الانتخابات يوم أحد الشعانين لدى الطوائف المسيحية التي تعتمد التقويم الغربي، ما يعني أن المقترعين المسيحيين لن يتوجهوا إلى الصناديق إلا بعد المشاركة في قداس الشعانين وزياحه.
ويخوض المنافسة كل من ديما جمالي المدعومة من تيار المستقبل والرئيس نجيب ميقاتي والوزيرين السابقين محمد الصفدي وأشرف ريفي، والنائب السابق محمد مصباح عوني أحدب، ونزار أحمد زكا المسجون في إيران، وطلال محمد علي كبارة، والإعلامي عمر خالد السيد، وحامد عمر عمشه، ومحمود إبراهيم الصمدي، ويحيى كمال مولود عن المجتمع المدني.
وكان تيار الكرامة الذي يتزعمه النائب فيصل كرامي وجمعية المشاريع الإسلامية (الأحباش) قد أعلنا مقاطعة الاستحقاق احتجاجا على قرار المجلس الدستوري الذي أبطل نيابة جمالي من دون أن يعلن مباشرة فوز الطاعن طه ناجي، مرشح تحالف كرامي والمشاريع.
""", [
    ev("polls-open", "فُتحت صناديق الاقتراع في الانتخابات الفرعية التي تشهدها طرابلس", POLL, "'عند السابعة من صباح اليوم الأحد' in a report of polling day = Sun 14 Apr 2019, 07:00"),
    ev("security-measures", "في ظل تدابير أمنية مشددة اتخذتها القوى الأمنية أمام مراكز الاقتراع", POLL, "no own expression; at the opening of the polls, Sun 14 Apr 2019"),
    ev("low-turnout", "فيما لا يزال إقبال المواطنين خجولا حتى الساعة", POLL, "'حتى الساعة' in the polling-day report of Sun 14 Apr 2019"),
    ev("palm-sunday", "وتصادف هذه الانتخابات يوم أحد الشعانين", POLL, "the polling day itself, Sun 14 Apr 2019 (western Palm Sunday 2019, Easter being 21 Apr)"),
    ev("cc-annulment", "قرار المجلس الدستوري الذي أبطل نيابة جمالي", ANNUL, "no own expression; the Council's decision of '21 شباط الماضي' (weeportal) = Thu 21 Feb 2019"),
])
art(S, "https://www.tayyar.org/News/Lebanon/277726/%D8%A7%D9%84%D8%AD%D8%B3%D9%86-%D8%AA%D8%A7%D8%A8%D8%B9%D8%AA-%D9%85%D9%86-%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA--%D9%86%D8%B9%D9%84%D9%85-%D8%A3%D9%86-%D9%86%D8%B3%D8%A8%D8%A9-%D8%A7%D9%84%D8%A7%D9%82%D8%AA%D8%B1%D8%A7%D8%B9-%D9%84%D9%86-%D8%AA%D9%83%D9%88%D9%86-%D9%85%D8%B1%D8%AA%D9%81%D8%B9%D8%A9",
    "2019-04-14", "the page's date stamp '14 APRIL 2019' under the headline (Sun 14 Apr 2019); the body itself has only 'اليوم'; the stored text is cut in the minister's quote after 'ولغاية الظهر سجلت النسبة العا', so the re-worded text ends before that clause", False, """
الحسن تتابع من طرابلس الانتخابات: نعلم أن نسبة الاقتراع لن تكون مرتفعة
تنقلت وزيرة الداخلية والبلديات ريا الحسن بين عدد من مراكز الاقتراع في طرابلس لتتفقد مجريات العملية الانتخابية في المدينة، فكانت محطتها مدرسة النموذج للصبيان حيث اطلعت على سير الاقتراع وأسدت توجيهاتها، قبل أن تنتقل إلى السرايا لتعقد اجتماعا مع قادة الأجهزة الأمنية في الشمال، بحضور الرئيس الأول لمحاكم استئناف الشمال القاضي رضا رعد، والمدعي العام الاستئنافي في الشمال القاضي نبيل وهبي، ومحافظ الشمال القاضي رمزي نهرا، وقائد المنطقة الإقليمية في قوى الأمن الداخلي العقيد علي درويش، ورئيس سرية طرابلس العقيد عبد الناصر غمراوي، إلى جانب قادة الأجهزة وضباط السرايا.
ثم عقدت الحسن مؤتمرا صحافيا في مكتب المحافظ، أوضحت فيه أن زيارتها اليوم لسرايا الشمال غايتها لقاء المحافظ والقادة الأمنيين والاطلاع على مجرى العملية الانتخابية ومعالجة أي مشكلة قد تعترضها. وأكدت أنها اطمأنت إلى أن الاقتراع يسير على قدم وساق وبسلاسة، معربة عن توقعها أن ترتفع نسبة الاقتراع خلال الساعات المقبلة.
""", [
    ev("minister-tour", "تنقلت وزيرة الداخلية والبلديات ريا الحسن بين عدد من مراكز الاقتراع في طرابلس", POLL, "no own expression; polling day, Sun 14 Apr 2019 (page stamp)"),
    ev("security-meeting", "لتعقد اجتماعا مع قادة الأجهزة الأمنية في الشمال", POLL, "no own expression; the same tour on polling day, Sun 14 Apr 2019"),
    ev("minister-press-conference", "ثم عقدت الحسن مؤتمرا صحافيا في مكتب المحافظ", POLL, "'زيارتها اليوم لسرايا الشمال' in a report stamped 14 Apr 2019 = Sun 14 Apr 2019 (before noon: the cut quote gives the rate 'لغاية الظهر')"),
    ev("by-election-vote", "أن الاقتراع يسير على قدم وساق وبسلاسة", POLL, "the polling under way on Sun 14 Apr 2019"),
])
art(S, "https://newlebanon.info/lebanon-now/403064/%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3-%D8%A7%D9%86%D8%AA%D8%AE%D8%A8%D8%AA-%D8%A8%D9%86%D8%B3%D8%A8%D8%A9-136-%D9%81%D9%82%D8%B7",
    "2019-04-15", "no date on the stored page nor in the URL; the body's 'التي شهدتها مدينة طرابلس يوم أمس' for the by-election of Sun 14 Apr 2019 (tayyar.org stamp 14 Apr; lebanondebate 'بتاريخ ١٤ نيسان ٢٠١٩') gives Mon 15 Apr 2019; headline from the URL slug ('طرابلس-انتخبت-بنسبة-136-فقط'); the last sentence, cut in the stored text at 'وليس على فريق', dropped", False, """
طرابلس اقترعت بنسبة 13.6% فقط
أسدل الستار على الانتخابات الفرعية على المقعد السني الخامس التي جرت في مدينة طرابلس يوم أمس، بفوز النائب ديما جمالي واستعادتها مقعدها بعدما كان المجلس الدستوري قد أبطل نيابتها إثر الطعن المقدم ضدها.
وتبين النتائج الأولية أن جمالي فازت بـ20032 صوتا من أصل 31982 مقترعا، وذلك بعد "فرز ما نسبته 97 في المائة من أقلام الاقتراع"، فيما حصل المرشح يحيى مولود على 3262 صوتا والنائب السابق مصباح الأحدب على 3091 صوتا.
في المقابل، جاءت نسبة المشاركة في طرابلس متدنية جدا، إذ لم تتعد 13.6% وفق تقديرات وزارة الداخلية، وبدت المدينة أمس، بحسب ما نقلته وسائل الإعلام كافة، شبه خالية من أي حركة انتخابية، بينما أصر جمهور تيار "المستقبل" على الاقتراع لإعادة جمالي إلى مقعدها، ردا على قرار الطعن وإثباتا لقدرة التيار على الفوز بفارق واسع كما يرى.
وهذا ما شدد عليه الأمين العام لتيار المستقبل أحمد الحريري لدى إعلانه فوز جمالي، إذ رأى أنها نالت الفوز عن استحقاق بدليل "الفارق الكبير في أصوات المقترعين"، ووصف النتيجة بأنها "رد اعتبار لجمالي ولانتخابات عام 2018"، معتبرا أن "نسبة الإقتراع كانت مقبولة".
""", [
    ev("by-election-vote", "الانتخابات الفرعية على المقعد السني الخامس التي جرت في مدينة طرابلس يوم أمس", POLL, "'يوم أمس' in an article of Mon 15 Apr 2019 = Sun 14 Apr"),
    ev("jamali-wins", "بفوز النائب ديما جمالي واستعادتها مقعدها", POLL, "the count on the evening of the vote of Sun 14 Apr 2019 (naharnet: the Future machine announced the win 'اليوم الاحد')"),
    ev("cc-annulment", "بعدما كان المجلس الدستوري قد أبطل نيابتها", ANNUL, "no own expression; '21 شباط الماضي' (weeportal) = Thu 21 Feb 2019"),
    ev("low-turnout", "جاءت نسبة المشاركة في طرابلس متدنية جدا", POLL, "the turnout of the vote of 'أمس' = Sun 14 Apr 2019"),
    ev("hariri-announces-win", "لدى إعلانه فوز جمالي", POLL, "no own expression; Ahmad Hariri announced the win on the evening of the vote, Sun 14 Apr 2019 (naharnet: 'اليوم الاحد')"),
    ev("general-election-2018", "ولانتخابات عام 2018", GE2018, "'عام 2018' only names the year; the general election whose Tripoli seat was annulled was held on Sun 6 May 2018 (khabarlb: 'في 6 أيار من العام الماضي')"),
])
art(S, "https://weeportal-lb.org/ar/node/36023",
    "2019-04-15", "the closing credit '(النهار والديار 15 نيسان 2019)': a digest of the papers of Mon 15 Apr 2019; the body's 'يوم امس' for the by-election of Sun 14 Apr agrees; the link '(راجع خبر: https://bit.ly/...)' dropped; headline written from the body (the stored text has none)", True, """
جمالي تفوز في انتخابات طرابلس الفرعية ونسبة الاقتراع 12.55%
فازت عضو كتلة "المستقبل" النائب ديما جمالي، يوم امس، في الانتخابات الفرعية في طرابلس بـ19387 صوتا، في حين سجل معدل الاقتراع 12.55% وفق ما أعلنته وزيرة الداخلية والبلديات ريا الحسن، مع العلم أن ستة أشخاص خاضوا انتخابات طرابلس إلى جانب جمالي هم: يحيى مولود الذي نال 3313 صوتا، ومصباح الأحدب (2520 صوتا)، وعمر سيد (2161) ونزار زكا (514)، وطلال محمد علي كبارة (305).
ويذكر أن المجلس الدستوري كان قد أبطل في 21 شباط الماضي نيابة جمالي، وقرر إعادة الانتخابات في دائرة طرابلس على أساس نظام الاقتراع الأكثري، على أثر الطعن الذي تقدم به منافسها طه ناجي، مرشح جمعية المشاريع الخيرية الإسلامية في طرابلس.
من جهتها، ردت صحيفة النهار تدني الإقبال على الاقتراع إلى عوامل عدة، أولها أن النتيجة كانت شبه محسومة مسبقا لصالح المرشحة ديما جمالي المدعومة من تحالف واسع ضم إلى "تيار المستقبل" كلا من الرئيس نجيب ميقاتي والوزيرين السابقين محمد الصفدي وأشرف ريفي، يضاف إليها تذمر أهالي طرابلس من أحوالهم المعيشية والخدماتية، ما دفعهم إلى الإحجام عن التصويت كردة فعل وموقف احتجاجي عبرت عنه تصريحات غاضبة من الطبقة السياسية برمتها. (النهار والديار 15 نيسان 2019)
""", [
    ev("jamali-wins", "فازت عضو كتلة \"المستقبل\" النائب ديما جمالي، يوم امس", POLL, "'يوم امس' in the digest of Mon 15 Apr 2019 = Sun 14 Apr"),
    ev("low-turnout", "في حين سجل معدل الاقتراع 12.55%", POLL, "the turnout of the vote of Sun 14 Apr 2019"),
    ev("cc-annulment", "قد أبطل في 21 شباط الماضي نيابة جمالي", ANNUL, "'21 شباط الماضي' in an article of Apr 2019 = Thu 21 Feb 2019"),
    ev("rerun-ordered", "وقرر إعادة الانتخابات في دائرة طرابلس", ANNUL, "no own expression; ordered in the same decision of 21 Feb 2019"),
])

# ---------------------------------------------------------------- kuwait-complementary-election-2nd-3rd-districts-2019
S = "kuwait-complementary-election-2nd-3rd-districts-2019"
VOTE = "2019-03-16"                        # polling in the 2nd and 3rd districts, Sat 16 Mar 2019 (08:00-20:00)
OFFICIAL = "2019-03-17"                    # the official results, announced at dawn on Sun 17 Mar 2019
GE2016 = "2016-11-26"                      # the general election of Sat 26 Nov 2016
art(S, "https://www.masress.com/shorouk/1382215",
    "2019-03-16", "no date on the stored page (masress copy of al-Shorouk); the body's 'اليوم السبت' (twice) for the complementary vote of Sat 16 Mar 2019 (alnashraaldawlia of Sun 17 Mar: 'التي أجريت أمس السبت') gives Sat 16 Mar 2019; headline written from the body (the stored text has none); the last sentence, cut at 'ويتنافس المرشح', dropped", False, """
الغانم بعد الإدلاء بصوته: الانتخابات التكميلية عرس ديمقراطي
وصف رئيس مجلس الأمة الكويتي مرزوق علي الغانم، اليوم السبت، الانتخابات التكميلية بأنها صورة من صور العرس الديمقراطي في الكويت، وفق ما نقلته وكالة الأنباء الكويتية الرسمية (كونا).
وفي تصريح أدلى به للصحفيين عقب إدلائه بصوته في الانتخابات التكميلية بالدائرة الثانية، حث الغانم الجميع على الحضور "والإدلاء بأصواتهم لمن يرون أنه الأصلح لتمثيلهم في البرلمان"، مشيرا إلى أن التنافس بين المرشحين يجري "في جو حميم وودي وهذا ما يتميز به الكويتيون".
وأضاف أن المرشحين يتسابقون لخدمة وطنهم، داعيا الله أن يوفقهم جميعا وأن يعين من ينال ثقة الناخبين في انتخابات اليوم على إكمال ما يقارب نصف مدة الفصل التشريعي الحالي.
ولفت رئيس المجلس إلى أن العمل النيابي تكليف وليس تشريفا، وأن تطلعات المواطنين كبيرة ومتعددة، وأن صون الأمانة ليس بالأمر اليسير، فمن يحالفه الحظ اليوم تنتظره مهمة شاقة وتحديات جمة.
وكانت الانتخابات التكميلية لمجلس الأمة قد انطلقت في الكويت صباح اليوم السبت في الدائرتين الثانية والثالثة، ويتنافس فيها 47 مرشحا بينهم خمس مرشحات على أصوات 159075 ناخبا، منهم 74784 من الذكور و84291 من الإناث.
""", [
    ev("ghanim-statement", "وصف رئيس مجلس الأمة الكويتي مرزوق علي الغانم، اليوم السبت", VOTE, "'اليوم السبت' on polling day = Sat 16 Mar 2019"),
    ev("ghanim-votes", "عقب إدلائه بصوته في الانتخابات التكميلية بالدائرة الثانية", VOTE, "no own expression; on polling day, Sat 16 Mar 2019"),
    ev("vote", "وكانت الانتخابات التكميلية لمجلس الأمة قد انطلقت في الكويت صباح اليوم السبت", VOTE, "'صباح اليوم السبت' = Sat 16 Mar 2019 (polls open at 08:00)"),
])
art(S, "https://aawsat.com/home/article/1637651/%D9%86%D8%A7%D8%A6%D8%A8%D8%A7%D9%86-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A7%D9%86-%D9%8A%D8%AF%D8%AE%D9%84%D8%A7%D9%86-%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D8%A3%D9%85%D8%A9-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA%D9%8A",
    "2019-03-17", "no date on the stored page; the body's 'أفيد مساء أمس بفوز' and 'توجهوا صباح امس ... إلى صناديق الاقتراع' for the vote of Sat 16 Mar 2019 (al-Shorouk 'اليوم السبت'; alnashraaldawlia 'أمس السبت') give Sun 17 Mar 2019; headline from the URL slug ('نائبان جديدان يدخلان مجلس الأمة الكويتي'); the last sentence, cut at 'ويتنافس على المقعد الشاغر في الدا', dropped", False, """
نائبان جديدان يدخلان مجلس الأمة الكويتي
أفيد مساء أمس بفوز المرشحين عبد الله الكندري وبدر حامد الملا في الانتخابات التكميلية الثانية عشرة لمجلس الأمة الكويتي في الدائرتين الانتخابيتين الثانية والثالثة.
ففي الدائرة الثانية تصدر بدر حامد الملا بنحو 4657 صوتا (وفق إعلان غير رسمي للنتائج)، متقدما بهامش ضئيل على أقرب منافسيه حمد محمد المطر (بأقل من 90 صوتا).
أما في الدائرة الثالثة فحقق عبد الله الكندري فوزا كاسحا بنحو 6705 أصوات، متجاوزا أقرب منافسيه عمار العجمي الذي نال نحو 5173 صوتا، أي بفارق يقارب 1600 صوت، وذلك قبل صدور النتائج الرسمية.
ويدخل المرشحان الفائزان مجلس الأمة للمرة الأولى.
وقبيل إعلان النتائج، هنأ أمير الكويت الشيخ صباح الأحمد الجابر الصباح المواطنين والمواطنات بنجاح العملية الانتخابية التكميلية في الدائرتين الثانية والثالثة، منوها بدور أعضاء اللجنة القضائية العليا المشرفة على سير الاقتراع وبجهود وزارة الداخلية في الإعداد والتنظيم.
وكان الناخبون الكويتيون قد توجهوا صباح امس بالتوقيت المحلي إلى صناديق الاقتراع في الدائرتين الانتخابيتين الثانية والثالثة لاختيار عضوين في مجلس الأمة في فصله التشريعي الـ15.
""", [
    ev("winners", "أفيد مساء أمس بفوز المرشحين عبد الله الكندري وبدر حامد الملا", VOTE, "'مساء أمس' in an article of Sun 17 Mar 2019 = the evening of Sat 16 Mar (unofficial count)"),
    ev("mulla-narrow-lead", "متقدما بهامش ضئيل على أقرب منافسيه حمد محمد المطر", VOTE, "the count of the evening of Sat 16 Mar 2019"),
    ev("emir-congratulates", "هنأ أمير الكويت الشيخ صباح الأحمد الجابر الصباح المواطنين والمواطنات", VOTE, "'قبيل إعلان النتائج', on the evening of the vote, Sat 16 Mar 2019"),
    ev("vote", "توجهوا صباح امس بالتوقيت المحلي إلى صناديق الاقتراع", VOTE, "'صباح امس' in an article of Sun 17 Mar 2019 = Sat 16 Mar"),
])
art(S, "https://alnashraaldawlia.com/?p=14191",
    "2019-03-17", "no date on the stored page nor in the URL; the body's 'التي أجريت أمس السبت' and 'أعلنت نتائجها رسميًا فجر اليوم الأحد' give Sun 17 Mar 2019 (al-Shorouk of polling day: 'اليوم السبت'); the last sentence, cut at 'احتجاجًا ع', dropped", False, """
تكميلية البرلمان الكويتي… خسارة لتحالف "الإخوان والسلفيين"
تقلص نفوذ المعارضة الكويتية داخل مجلس الأمة بعدما منيت بهزيمة ثقيلة في الانتخابات التكميلية لمجلس الأمة الكويتي التي أجريت أمس السبت لملء مقعدي النائبين السابقين جمعان الحربش ووليد الطبطبائي.
وفي الدائرة الثانية من هذه الانتخابات، التي أعلنت نتائجها رسميًا فجر اليوم الأحد، حصد بدر الملا الفوز بـ4657 صوتا، متقدما بفارق طفيف على مرشح الإخوان المسلمين حمد المطر الذي نال 4616 صوتا.
وفي الدائرة الثالثة، حل عبد الله الكندري أولا بـ6705 أصوات، متفوقا بفارق واسع على المرشح السلفي عمار العجمي الذي حصل على 5173 صوتا.
وبهذه النتيجة جاء مرشحا الإخوان والسلفيين في المركز الثاني وعجزا عن استرداد مقعدي النائبين السابقين جمعان الحربش (الإخوان المسلمون) ووليد الطبطبائي (سلفي).
ومع دخول مرشحين مستقلين إلى مجلس الأمة، يتراجع ثقل المعارضة التي لا يتجاوز عدد نوابها 15 من أصل 50 نائبا منتخبا و16 وزيرا أعضاء في البرلمان بحكم الدستور، فتضعف قدرتها على تمرير التشريعات التي تتبناها.
وكانت المعارضة الكويتية قد خاضت منقسمة انتخابات المجلس الحالي التي أجريت في عام 2016، بعدما قاطعت الانتخابات التي سبقتها.
""", [
    ev("vote", "في الانتخابات التكميلية لمجلس الأمة الكويتي التي أجريت أمس السبت", VOTE, "'أمس السبت' in an article of Sun 17 Mar 2019 = Sat 16 Mar"),
    ev("official-results", "التي أعلنت نتائجها رسميًا فجر اليوم الأحد", OFFICIAL, "'فجر اليوم الأحد' = Sun 17 Mar 2019 (dawn)"),
    ev("mulla-narrow-lead", "متقدما بفارق طفيف على مرشح الإخوان المسلمين حمد المطر", VOTE, "the count of the vote of Sat 16 Mar 2019 (night)"),
    ev("winners", "حل عبد الله الكندري أولا بـ6705 أصوات", VOTE, "the count of the vote of Sat 16 Mar 2019 (aawsat: the winners known 'مساء أمس')"),
    ev("general-election-2016", "انتخابات المجلس الحالي التي أجريت في عام 2016", GE2016, "'عام 2016' only names the year; the general election of the 15th legislature was held on Sat 26 Nov 2016"),
])

# ---------------------------------------------------------------- tunisia-germany-partial-legislative-election-2017
S = "tunisia-germany-partial-legislative-election-2017"
DAY1 = "2017-12-15"                        # first of the three polling days abroad, Fri 15 Dec 2017
DAY2 = "2017-12-16"
DAY3 = "2017-12-17"                        # third polling day; polls closed at 18:00; preliminary results that evening
PERIOD_END = "2017-12-18"                  # exclusive end of the polling period 15-17 Dec 2017
MONDAY = "2017-12-18"                      # Ayari's radio statement, Mon 18 Dec 2017
FERJANI = ("2017-09-06", "2017-09-12")     # Ferjani named secretary of state in the reshuffle (announced Wed 6 Sep, confidence vote Mon 11 Sep 2017)
art(S, "http://www.tunisien.tn/%d8%aa%d9%88%d9%86%d8%b3/%d8%b1%d8%b3%d9%85%d9%8a%d8%a7%d8%a7%d9%86%d8%b7%d9%84%d8%a7%d9%82-%d8%a7%d9%84%d8%a7%d9%86%d8%aa%d8%ae%d8%a7%d8%a8%d8%a7%d8%aa-%d8%a7%d9%84%d8%aa%d8%b4%d8%b1%d9%8a%d8%b9%d9%8a%d8%a9-%d8%a7%d9%84",
    "2017-12-15", "the page stamp 'اخر تحديث : 15/12/2017' and the body's 'اليوم الجمعة 15 ديسمبر 2017' (Fri 15 Dec 2017)", True, """
رسميا: انطلاق الانتخابات التشريعية الجزئية بألمانيا
تنطلق اليوم الجمعة 15 ديسمبر 2017 الانتخابات التشريعية الجزئية في دائرة ألمانيا، وتمتد على ثلاثة أيام، لاختيار نائب جديد في مجلس نواب الشعب يعوض « حاتم الفرجاني » الذي عُيّن كاتب دولة لدى وزير الشؤون الخارجية.
ويتنافس في هذا السباق الانتخابي 10 قائمات حزبية و15 قائمة مستقلة وقائمة ائتلافية وحيدة، في حين وصل عدد الناخبين المسجلين إلى 26438 ناخبا.
وقد سبق للهيئة العليا المستقلة للانتخابات أن وضعت على موقعها الرسمي دليلا لإجراءات الاقتراع والفرز ونموذجا لتصميم ورقة التصويت الخاصة بهذه الانتخابات.
""", [
    ev("first-polling-day", "تنطلق اليوم الجمعة 15 ديسمبر 2017 الانتخابات التشريعية الجزئية في دائرة ألمانيا", DAY1, "'اليوم الجمعة 15 ديسمبر 2017' = Fri 15 Dec 2017"),
    ev("polling-period", "وتمتد على ثلاثة أيام", DAY1, "three days from Fri 15 Dec 2017 = 15-17 Dec (nessma: '15-16-17 ديسمبر 2017')", end=PERIOD_END),
    ev("ferjani-appointed", "الذي عُيّن كاتب دولة لدى وزير الشؤون الخارجية", FERJANI[0], "no own expression; Ferjani entered Chahed's government in the reshuffle announced on Wed 6 Sep 2017 and approved by the Assembly on Mon 11 Sep 2017 (barralaman: 'يوم 11 سبتمبر 2017'); my span 6-11 Sep 2017", end=FERJANI[1]),
])
art(S, "https://www.nessma.tv/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%88%D8%B7%D9%86%D9%8A%D8%A9/actu/%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D8%B4%D8%B1%D9%8A%D8%B9%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A6%D9%8A%D8%A9-%D8%A8%D8%A3%D9%84%D9%85%D8%A7%D9%86%D9%8A%D8%A7-%D8%BA%D9%84%D9%82-%D8%B5%D9%86%D8%A7%D8%AF%D9%8A%D9%82-%D8%A7%D9%84%D8%A7%D9%82%D8%AA%D8%B1%D8%A7%D8%B9-%D9%88%D9%86%D8%B3%D8%A8%D8%A9-%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D8%A9-%D9%85%D8%AD%D8%AA%D8%B4%D9%85%D8%A9-3350/64468",
    "2017-12-17", "the body's 'اليوم الأحد 17 ديسمبر 2017' (Sun 17 Dec 2017), in a report written after the polls closed at 18:00 that day; the last clause, cut after 'حسب الهيئة العليا المستقلة', ends at that name", True, """
الانتخابات التشريعية الجزئية بألمانيا: غلق صناديق الاقتراع ونسبة مشاركة محتشمة
استمر اليوم الأحد 17 ديسمبر 2017، ولليوم الثالث على التوالي، توافد المهاجرين التونسيين المقيمين في ألمانيا على مراكز الاقتراع الأربعة المفتوحة بمقر سفارة تونس في برلين وقنصلياتها في هامبورغ وبون وميونخ، لاختيار ممثل جديد في مجلس نواب الشعب خلفا لحاتم الفرجاني المعين كاتب دولة لدى وزير الشؤون الخارجية، غير أن الإقبال ظل ضعيفا ومحتشما.
وبعد انقضاء أيام الاقتراع الثلاث (15-16-17 ديسمبر 2017) وإغلاق كل مراكز الاقتراع على الساعة السادسة مساء، وصل عدد المقترعين في الانتخابات التشريعية الجزئية إلى 1325 ناخبا، أي بنسبة مشاركة قدرها 5.02%، بحسب الهيئة العليا المستقلة للانتخابات.
وكان عدد المقترعين قد بلغ إلى حدود الساعة 13:00 من نهار اليوم الأحد 973 ناخبا، بنسبة مشاركة لم تتجاوز 3.7%.
وتجدر الإشارة إلى أن اليوم الأول (الجمعة) عرف إقبالا لم يبلغ 1 بالمائة من أفراد الجالية التونسية المرسمين في سجل الناخبين (0.88%)، بينما شهد اليوم الثاني تحسنا طفيفا دون أن تتخطى نسبة المشاركة المحتشمة حدود الـ 2,7%، وفق الهيئة العليا المستقلة.
""", [
    ev("third-polling-day", "ولليوم الثالث على التوالي", DAY3, "'اليوم الأحد 17 ديسمبر 2017' = Sun 17 Dec 2017"),
    ev("polling-period", "أيام الاقتراع الثلاث (15-16-17 ديسمبر 2017)", DAY1, "'15-16-17 ديسمبر 2017' = Fri 15 - Sun 17 Dec 2017", end=PERIOD_END),
    ev("polls-close", "وإغلاق كل مراكز الاقتراع على الساعة السادسة مساء", DAY3, "the close of the third day, Sun 17 Dec 2017, 18:00"),
    ev("final-turnout", "أي بنسبة مشاركة قدرها 5.02%", DAY3, "the turnout at the close of Sun 17 Dec 2017"),
    ev("first-polling-day", "اليوم الأول (الجمعة)", DAY1, "'اليوم الأول (الجمعة)' of the period 15-17 Dec 2017 = Fri 15 Dec"),
    ev("second-polling-day", "بينما شهد اليوم الثاني تحسنا طفيفا", DAY2, "the second day of the period 15-17 Dec 2017 = Sat 16 Dec"),
])
art(S, "https://bledinews.com.tn/%d8%a7%d9%84%d9%86%d8%aa%d8%a7%d8%a6%d8%ac-%d8%a7%d9%84%d8%a3%d9%88%d9%84%d9%8a%d8%a9-%d8%a7%d9%84%d9%83%d8%a7%d9%85%d9%84%d8%a9-%d9%84%d9%84%d8%a5%d9%86%d8%aa%d8%ae%d8%a7%d8%a8%d8%a7%d8%aa-%d8%a7",
    "2017-12-17", "no date on the stored page nor in the URL; the body's 'خلال ندوة صحفية عقدت مساء اليوم الأحد' after polling on '15 و16 و17 ديسمبر 2017' gives Sun 17 Dec 2017 (nessma of 17 Dec: polls closed at 18:00 that day); the text gives the polling days but not its own date; the list of votes per list, cut after 'قائمة ص', shortened to its first entries", False, """
النتائج الأولية الكاملة للانتخابات التشريعية الجزئية بدائرة ألمانيا
فاز ياسين العياري المرشح عن قائمة « أمل » بمقعد دائرة ألمانيا في مجلس نواب الشعب، بعد أن حصد 265 صوتا في الانتخابات التشريعية الجزئية بألمانيا التي دارت أيام 15 و16 و17 ديسمبر 2017، حسبما أكده رئيس الهيئة العليا المستقلة للانتخابات محمد التليلي المنصري خلال ندوة صحفية عقدت مساء اليوم الأحد خصصت لإعلان النتائج الأولية لهذه الانتخابات.
وأوضح المنصري أن عدد المشاركين في الانتخابات التشريعية الجزئية بألمانيا وصل إلى 1326 ناخبا من أصل 26382 مسجلا، أي بنسبة مشاركة في حدود 02ر5 بالمائة.
وبلغ مجموع الأصوات المصرح بها لكل القائمات 1301 صوتا، من بينها 17 ورقة بيضاء و8 أوراق ملغاة.
وتوزعت الأصوات المصرح بها على القائمات كما يلي: قائمة أمل 284 صوتا بنسبة 83ر21 بالمائة، وقائمة الجمهوري 11 صوتا بنسبة 85ر0 بالمائة، وقائمة حزب التيار الديمقراطي 135 صوتا بنسبة 83ر10 بالمائة، وقائمة حزب حركة مشروع تونس 132 صوتا بنسبة 15ر10 بالمائة.
""", [
    ev("ayari-wins", "فاز ياسين العياري المرشح عن قائمة « أمل » بمقعد دائرة ألمانيا", DAY3, "announced at the press conference of 'مساء اليوم الأحد' = Sun 17 Dec 2017"),
    ev("polling-period", "التي دارت أيام 15 و16 و17 ديسمبر 2017", DAY1, "'15 و16 و17 ديسمبر 2017' = Fri 15 - Sun 17 Dec 2017", end=PERIOD_END),
    ev("preliminary-results", "خلال ندوة صحفية عقدت مساء اليوم الأحد", DAY3, "'مساء اليوم الأحد' just after the polling of 15-17 Dec 2017 = Sun 17 Dec 2017 (evening)"),
    ev("final-turnout", "أي بنسبة مشاركة في حدود 02ر5 بالمائة", DAY3, "the turnout at the close of polling, Sun 17 Dec 2017"),
])
art(S, "https://www.turess.com/assabahnews/168813",
    "2017-12-18", "no date on the stored page (turess copy of assabahnews); the body's 'قال، اليوم الاثنين، ياسين العياري الفائز' and his 'البارح' after the preliminary results of Sun 17 Dec 2017 (bledinews: 'مساء اليوم الأحد') give Mon 18 Dec 2017; dialect quotes turned into reported speech; headline written from the body (the stored text has none); the last sentence, cut after his attack on Nidaa's candidate, dropped", False, """
العياري: لم أصدق بعد أنني فزت في الانتخابات
صرح، اليوم الاثنين، ياسين العياري الذي فاز في الانتخابات التشريعية الجزئية بألمانيا، بأنه لم يستوعب بعد فوزه في الانتخابات ولا يكاد يصدقه، مضيفا أنه لم يغمض له جفن البارح.
وأوضح العياري في حديث لإذاعة "صبرة اف ام" أن صفة النائب بمجلس نواب الشعب أمر جديد عليه، وأنه ينتظر الإعلان الرسمي عن نتائج الانتخابات.
وبين أنه كان يكتشف، كلما تقدمت الحملة الانتخابية، أن له أصواتا حقيقية تسانده.
وفي السياق ذاته، اعتبر العياري أنه تغلب على النهضة والنداء والتيار الديمقراطي والجمهوري والجبهة الشعبية ومشروع تونس، بينما لم يكن رأس ماله سوى صفحة على "فايس بوك"، مشيرا إلى أنه لم يتوقع أن يكون ذلك ممكنا رغم ما تعرض له من أشرس حملة تشويه استهدفت مواطنا في تونس، وأنه خاطب التونسيين مباشرة بخطاب واحد في حين لجأ غيره إلى الماكينات.
وعن إخفاق مرشح نداء تونس، رأى العياري أن الإحباط من السياسة بلغ مداه لدى الناس، وأن النداء تلاشى وخاب ظن أنصاره فيه، وأن قواعد النهضة رفضت دعوة الغنوشي إلى دعمه لتعاقب قيادتها، فبقيت الساحة فارغة.
""", [
    ev("ayari-radio-statement", "صرح، اليوم الاثنين، ياسين العياري", MONDAY, "'اليوم الاثنين' the day after the preliminary results of Sun 17 Dec 2017 = Mon 18 Dec 2017"),
    ev("ayari-wins", "الذي فاز في الانتخابات التشريعية الجزئية بألمانيا", DAY3, "no own expression; the preliminary results of Sun 17 Dec 2017 (bledinews: 'مساء اليوم الأحد')"),
    ev("sleepless-night", "لم يغمض له جفن البارح", DAY3, "'البارح' in a statement of Mon 18 Dec 2017 = the night of Sun 17 Dec (the night of the win)"),
    ev("official-results-awaited", "وأنه ينتظر الإعلان الرسمي عن نتائج الانتخابات", MONDAY, "the waiting as of Mon 18 Dec 2017 (the final results came only on Thu 18 Jan 2018, after the appeals)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 645
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 610-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: elections of Arab league or union officials and sports
federation presidents (Arab Parliament, Gulf Cooperation Council posts, football federations).
Stories: the election of the Emirati Mohammed al-Yamahi as speaker of the Arab Parliament (Cairo, October
2024); the election of Gamal Allam's list to the board of the Egyptian Football Association (January 2022);
the relief of the GCC secretary-general Nayef al-Hajraf and Kuwait's keeping of the post (Riyadh, December 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- arab-parliament-yamahi-speaker-election-2024
S = "arab-parliament-yamahi-speaker-election-2024"
ELECT = "2024-10-26"                       # Yamahi elected at the procedural sitting of Sat 26 Oct 2024 (Arab League HQ, Cairo)
SESSION = ("2024-10-26", "2024-10-28")     # the ordinary session held on 26 and 27 Oct 2024
LETTER = "2024-10-31"                      # the Tunisian speaker Boudarbala's letter of congratulation, Thu 31 Oct 2024
art(S, "https://arabkhabar.com/a/3492899",
    "2024-10-26", "the page's line 'تاريخ النشر: 26th, October 2024'; the body's 'انعقدت اليوم' for the sitting of Sat 26 Oct 2024; the embedded tweet of the Arab Parliament (dated October 26, 2024), the 'المصدر' line, the related links and the tags dropped; headline kept from the page", True, """
فوز النائب الإماراتي محمد اليماحي برئاسة البرلمان العربي
ظفر النائب الإماراتي محمد أحمد اليماحي برئاسة البرلمان العربي لولاية تمتد عامين، إثر نيله 53 صوتًا في مقابل ثمانية أصوات ذهبت إلى منافسه النائب الليبي الدكتور عبد السلام نصية.
وتم ذلك خلال جلسة إجرائية انعقدت اليوم في مقر الأمانة العامة لجامعة الدول العربية، وخُصصت لانتخاب رئيس البرلمان، وترأسها النائب يسري المعازي عضو مجلس النواب المصري بوصفه أكبر الأعضاء سنًا.
ويشار إلى أن الرئيس الجديد للبرلمان العربي محمد اليماحي عضو في المجلس الاتحادي بدولة الإمارات العربية المتحدة، ويشغل منصب نائب رئيس البرلمان العربي.
وتلي انتخاب رئيس البرلمان جولةٌ لاختيار نواب الرئيس ورؤساء اللجان ونوابهم.
""", [
    ev("yamahi-elected", "ظفر النائب الإماراتي محمد أحمد اليماحي برئاسة البرلمان العربي", ELECT, "no own expression in the sentence; the vote at the sitting held 'اليوم', Sat 26 Oct 2024 (page date line)"),
    ev("procedural-sitting", "خلال جلسة إجرائية انعقدت اليوم", ELECT, "'اليوم' in an article of Sat 26 Oct 2024"),
    ev("vp-committee-elections", "جولةٌ لاختيار نواب الرئيس ورؤساء اللجان ونوابهم", ELECT, "no own expression; the vice-presidents and committee chairs were elected at the same sitting (machahid24: 'كما شهد الموعد نفسه إعادة انتخاب ... البكوري'), Sat 26 Oct 2024"),
])
art(S, "https://machahid24.com/international/443201.html",
    "2024-10-26", "no date line on the stored page; the body's 'اليوم السبت' for the election, which took place on Sat 26 Oct 2024 (alkofiya: 'اليوم السبت 26 أكتوبر 2024'; arabkhabar dated 26 October 2024); headline written from the body (the stored text has none); the last sentence, truncated on the page ('رئيسا للجنة الشؤ...'), shortened", False, """
انتخاب الإماراتي محمد اليماحي رئيسا للبرلمان العربي
انتخب الإماراتي محمد أحمد اليماحي، اليوم السبت بالقاهرة، رئيسا جديدا للبرلمان العربي لولاية مدتها سنتين.
وحاز اليماحي، عضو المجلس الوطني الاتحادي الإماراتي، هذا المنصب بعدما نال 53 صوتا مقابل ثمانية أصوات لمنافسه الليبي عبد السلام نصية، وذلك خلال الجلسة الإجرائية للبرلمان العربي لدور الانعقاد الأول من الفصل التشريعي الرابع، التي التأمت في مقر الأمانة العامة لجامعة الدول العربية بالقاهرة.
ويخلف اليماحي على رأس البرلمان العربي البحريني عادل عبد الرحمن العسومي، الذي تولى رئاسته لولايتين متعاقبتين.
وتعهد الرئيس الجديد للبرلمان العربي بهذه المناسبة ببذل "كل الجهود المخلصة لتعزيز مكانة البرلمان العربي وترسيخها في منظومة العمل العربي المشترك، وقيادة دبلوماسية برلمانية متطورة ومعاصرة تذود عن قضايانا العادلة في كل المحافل الإقليمية والدولية".
وشدد على لزوم التعاون والتكاتف بين مكونات البرلمان العربي "حتى نكون في مستوى تطلعات شعبنا العربي، الذي يعقد علينا آمالا وطموحات كبيرة في هذه المرحلة الخطيرة التي تجتازها أمتنا العربية، والتي تستوجب من الجميع التكاتف والاصطفاف".
كما شهد الموعد نفسه إعادة انتخاب المغربي محمد البكوري بالإجماع رئيسا لإحدى لجان البرلمان.
""", [
    ev("yamahi-elected", "انتخب الإماراتي محمد أحمد اليماحي، اليوم السبت بالقاهرة", ELECT, "'اليوم السبت' = Sat 26 Oct 2024"),
    ev("procedural-sitting", "خلال الجلسة الإجرائية للبرلمان العربي لدور الانعقاد الأول", ELECT, "no own expression; the sitting of Sat 26 Oct 2024 ('اليوم السبت' in the first sentence)"),
    ev("yamahi-speech", "وتعهد الرئيس الجديد للبرلمان العربي بهذه المناسبة", ELECT, "no own expression; his address right after the vote, Sat 26 Oct 2024"),
    ev("vp-committee-elections", "إعادة انتخاب المغربي محمد البكوري بالإجماع", ELECT, "'الموعد نفسه' = the sitting of Sat 26 Oct 2024"),
])
art(S, "https://elmasryia.com/%D9%85%D8%AD%D9%85%D8%AF-%D8%A3%D8%AD%D9%85%D8%AF-%D8%A7%D9%84%D9%8A%D9%85%D8%A7%D8%AD%D9%8A-%D9%8A%D8%AA%D8%B1%D8%A3%D8%B3-%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%B1",
    "2024-10-26", "no date on the stored page; the body's 'الانتخابات التي جرت صباح اليوم' for the vote of Sat 26 Oct 2024 (arabkhabar dated 26 October 2024, alkofiya 'اليوم السبت 26 أكتوبر 2024') puts the report on that day; the section tags and the author's name dropped; headline kept from the page; the last, truncated sentence shortened", False, """
محمد أحمد اليماحي يترأس البرلمان العربي ويعزز التزامه بالقضية الفلسطينية
تسلم محمد أحمد اليماحي رئاسة البرلمان العربي، وشدد في كلمته على أن القضية الفلسطينية ستبقى دائما في صدارة الأولويات العربية، ولفت إلى أهمية نيل الشعب الفلسطيني حقوقه المشروعة، ومنها إقامة دولته المستقلة وعاصمتها مدينة القدس.
وكان اليماحي قد فاز في الانتخابات التي جرت صباح اليوم بمقر الجامعة العربية، بعدما حصد 53 صوتا في مقابل 8 أصوات لمنافسه النائب الليبي عبد السلام نصية.
وفي خطابه، وعد اليماحي أعضاء البرلمان بأن يبذل جهودا مخلصة لتقوية دور البرلمان في العمل العربي المشترك، ولقيادة دبلوماسية برلمانية تفاعلية تدافع عن القضايا العربية على الساحات الدولية.
ودعا اليماحي كذلك إلى التعاون والتكاتف بين أعضاء البرلمان، مؤكدا ضرورة المشاركة الفاعلة في حمل المسؤوليات خلال هذه المرحلة الحرجة التي تمر بها الأمة العربية.
وبيّن أن المرحلة الجديدة من عمل البرلمان ستقوم على التعاون والانفتاح على مختلف الآراء، بما يجعل البرلمان منبرا للحوار والتفاهم لا للخلاف.
وعبّر اليماحي عن امتنانه لدولة الإمارات، منوها بالدعم الدائم الذي يقدمه الشيخ محمد بن زايد آل نهيان لأبناء الدولة.
""", [
    ev("yamahi-takes-office", "تسلم محمد أحمد اليماحي رئاسة البرلمان العربي", ELECT, "no own expression; he took the chair right after the vote of Sat 26 Oct 2024"),
    ev("yamahi-speech", "وشدد في كلمته على أن القضية الفلسطينية", ELECT, "no own expression; his address after the vote, Sat 26 Oct 2024"),
    ev("yamahi-elected", "قد فاز في الانتخابات التي جرت صباح اليوم", ELECT, "'صباح اليوم' in a report of Sat 26 Oct 2024"),
])
art(S, "http://radionationale.tn/%d8%b1%d8%a6%d9%8a%d8%b3-%d9%85%d8%ac%d9%84%d8%b3-%d9%86%d9%88%d8%a7%d8%a8-%d8%a7%d9%84%d8%b4%d8%b9%d8%a8-%d9%8a%d9%88%d8%ac%d9%91%d9%87-%d8%b1%d8%b3%d8%a7%d9%84%d8%a9-%d8%aa%d9%87%d9%86%d8%a6%d8%a9/index.php",
    "2024-10-31", "no date line on the stored page; the body's 'اليوم الخميس' with 'يومي 26 و27 أكتوبر الجاري' for the session gives Thu 31 Oct 2024 (the first Thursday after 26-27 Oct; 31 Oct 2024 was a Thursday), cross-checked with avant-premiere.com.tn, whose report of the same letter has /2024/10/31/ in its address; headline kept from the URL slug; the last, truncated sentence shortened", False, """
رئيس مجلس نواب الشعب يوجّه رسالة تهنئة
وجّه رئيس مجلس نواب الشعب إبراهيم بودربالة، اليوم الخميس، رسالة تهنئة إلى محمد بن أحمد اليماحي، عضو المجلس الوطني الاتحادي بدولة الإمارات العربية المتحدة، لمناسبة انتخابه رئيسا للبرلمان العربي خلال دورته العادية التي انعقدت بمقر الأمانة بالقاهرة يومي 26 و27 أكتوبر الجاري، وتمنى له النجاح والتوفيق في مهامه الجديدة.
وأبدى بودربالة، في بلاغ صدر عن البرلمان، يقينه بأن الثقة التي نالها اليماحي لرئاسة البرلمان العربي تلقي على عاتقه مسؤولية السعي إلى تحقيق آمال الشعوب العربية، في ظل تصاعد التحديات في هذا الظرف الدقيق من تاريخ الأمة العربية، ولا سيما ما يتعرض له الشعب الفلسطيني الشقيق من تنكيل، وتصاعد الاعتداء على سيادة لبنان وعدد من بلدان المنطقة، في انتهاك صارخ لكل المواثيق الدولية، جراء سياسة المكيالين وانحياز الغرب إلى الكيان الصهيوني الغاصب.
وأضاف أن هذه الثقة ستكون أفضل دافع لرئيس البرلمان العربي ليعمل على تحقيق آمال الشعب الفلسطيني المناضل في استرداد جميع حقوقه المشروعة، وإقامة دولته المستقلة وعاصمتها القدس الشريف على كامل أرضه، وأن تنعم الشعوب العربية كافة بالأمن والاستقرار.
وأكد بالمناسبة أن مجلس نواب الشعب سيمضي في مساهماته في هذا الإطار.
""", [
    ev("boudarbala-letter", "وجّه رئيس مجلس نواب الشعب إبراهيم بودربالة، اليوم الخميس", LETTER, "'اليوم الخميس' after the session of 26-27 Oct 2024 = Thu 31 Oct 2024"),
    ev("yamahi-elected", "لمناسبة انتخابه رئيسا للبرلمان العربي", ELECT, "no own expression; the vote of Sat 26 Oct 2024 (the first day of the session named in the same sentence)"),
    ev("ordinary-session", "انعقدت بمقر الأمانة بالقاهرة يومي 26 و27 أكتوبر الجاري", SESSION[0], "'يومي 26 و27 أكتوبر الجاري' in October 2024 = 26-27 Oct 2024", end=SESSION[1]),
])

# ---------------------------------------------------------------- egypt-fa-allam-board-election-2022
S = "egypt-fa-allam-board-election-2022"
VOTE = "2022-01-05"                        # EFA general assembly and board election, Wed 5 Jan 2022
art(S, "https://arabicpost.net/sports/2022/01/05/%D9%82%D8%A7%D8%A6%D9%85%D8%AA%D9%87-%D9%86%D8%A7%D9%84%D8%AA-109-%D8%A3%D8%B5%D9%88%D8%A7%D8%AA-%D9%85%D9%82%D8%A7%D8%A8%D9%84-6-%D9%81%D9%82%D8%B7-%D9%84%D9%85%D9%86%D8%A7%D9%81%D8%B3%D9%87-%D8%A7",
    "2022-01-05", "the page address carries /2022/01/05/; the body names the vote 'الأربعاء 5 يناير/كانون الثاني 2022' and counts 'بعد غدٍ الجمعة' for the team's departure, so it was written on Wed 5 Jan 2022; headline taken from the page's sub-heading; the last, truncated sentence dropped", True, """
انتخاب جمال علام رئيساً لاتحاد الكرة المصري
ظفر جمال علام برئاسة الاتحاد المصري لكرة القدم، إذ نالت قائمته أغلب الأصوات في انتخابات مجلس الإدارة التي جرت الأربعاء 5 يناير/كانون الثاني 2022، أثناء الاجتماع العادي للجمعية العمومية للاتحاد.
وأفاد الموقع الإلكتروني للاتحاد المصري بأن قائمة علام انتزعت الأغلبية المطلقة من الجولة الأولى للتصويت، بمجموع 109 أصوات من أصل 116 صوتاً شاركت في الاقتراع، في حين لم تنل القائمة المنافسة التي يرأسها محمد إبراهيم سوى ستة أصوات، واستُبعد صوت واحد لبطلانه.
وتتألف القائمة الفائزة من علام رئيساً وخالد الدرندلي نائباً له، ومن الأعضاء محمد حلمي مشهور ومحمد أبو الوفا وحازم إمام ومحمد بركات وإيهاب الكومي وعامر حسين ودينا الرفاعي.
وسيستهل علام، الرئيس المنتخب حديثاً، مهامه بترؤس بعثة منتخب مصر المتجهة إلى الكاميرون لخوض نهائيات كأس الأمم الإفريقية التي تنطلق يوم الأحد المقبل.
وتغادر بعثة مصر إلى مدينة اروا الكاميرونية بعد غدٍ الجمعة للمشاركة في منافسات البطولة.
وتستهل مصر، صاحبة الرقم القياسي بسبعة ألقاب قارية، مشوارها في البطولة بملاقاة نيجيريا في المجموعة الرابعة يوم الثلاثاء المقبل.
""", [
    ev("allam-list-wins", "ظفر جمال علام برئاسة الاتحاد المصري لكرة القدم", VOTE, "the vote of 'الأربعاء 5 يناير/كانون الثاني 2022' named in the same sentence"),
    ev("general-assembly", "انتخابات مجلس الإدارة التي جرت الأربعاء 5 يناير/كانون الثاني 2022", VOTE, "'الأربعاء 5 يناير/كانون الثاني 2022' = Wed 5 Jan 2022"),
    ev("afcon-opening", "نهائيات كأس الأمم الإفريقية التي تنطلق يوم الأحد المقبل", "2022-01-09", "'يوم الأحد المقبل' from Wed 5 Jan 2022 = Sun 9 Jan 2022 (the opening of the 2021 Cup of Nations in Cameroon)"),
    ev("team-departure", "بعد غدٍ الجمعة للمشاركة في منافسات البطولة", "2022-01-07", "'بعد غدٍ الجمعة' from Wed 5 Jan 2022 = Fri 7 Jan 2022"),
    ev("egypt-nigeria", "بملاقاة نيجيريا في المجموعة الرابعة يوم الثلاثاء المقبل", "2022-01-11", "'يوم الثلاثاء المقبل' from Wed 5 Jan 2022 = Tue 11 Jan 2022"),
])
art(S, "https://one3.news/271161",
    "2022-01-05", "no date on the stored page; the body's 'التي أجريت اليوم' for the board election of Wed 5 Jan 2022 (arabicpost: 'الأربعاء 5 يناير/كانون الثاني 2022') puts the report on that day; headline written from the body (the stored text has none); the list of challenges shortened after its first item, whose last clause is truncated on the page", False, """
قائمة جمال علام تفوز بانتخابات اتحاد الكرة المصري
حسمت القائمة الأولى التي يقودها جمال علام انتخابات مجلس إدارة الاتحاد المصري لكرة القدم، التي أجريت اليوم في الاجتماع العادي للجمعية العمومية للاتحاد، ونالت الأغلبية المطلقة منذ جولة التصويت الأولى بمجموع 109 أصوات من 116 صوتا في العملية الانتخابية.
أما القائمة الثانية التي يرأسها محمد إبراهيم فحصلت على 6 أصوات، واستُبعد صوت واحد لبطلانه، وتضم القائمة الفائزة: جمال علام رئيسا، وخالد الدرندلي نائبا للرئيس، والأعضاء محمد حلمي مشهور ومحمد أبو الوفا وحازم إمام ومحمد بركات وإيهاب الكومي وعامر حسين ودينا الرفاعي.
وكانت الجمعية العمومية للاتحاد المصري لكرة القدم قد التأمت في اجتماعها العادي برئاسة أحمد مجاهد، رئيس اللجنة المكلفة بإدارة الاتحاد، وبحضور كيني جون ماري مندوبا عن الاتحاد الدولي FIFA، والمستشار محمد عبده صالح رئيس لجنة الانضباط بالاتحاد.
وتنتظر مجلس جمال علام قرارات مهمة وحيوية ستكون أول اختبار له، وأولها تحويل ضعف كيروش إلى قوة.
فقد ألمح كيروش في الساعات الماضية إلى أنه غير مطالب بإحراز لقب كأس الأمم الأفريقية، وأن المطلوب منه فقط هو قيادة الفراعنة إلى مونديال كأس العالم في قطر 2022.
""", [
    ev("allam-list-wins", "حسمت القائمة الأولى التي يقودها جمال علام انتخابات مجلس إدارة الاتحاد", VOTE, "the election 'التي أجريت اليوم', Wed 5 Jan 2022"),
    ev("general-assembly", "قد التأمت في اجتماعها العادي برئاسة أحمد مجاهد", VOTE, "no own expression; the ordinary general assembly of Wed 5 Jan 2022 at which the vote was held"),
    ev("queiroz-hints", "فقد ألمح كيروش في الساعات الماضية", "2022-01-04", "'في الساعات الماضية' before a report of Wed 5 Jan 2022 = the last hours before the election (my span 4-5 Jan 2022)", end="2022-01-06"),
    ev("world-cup-qatar", "مونديال كأس العالم في قطر 2022", "2022-11-20", "'2022' = the World Cup in Qatar, 20 Nov - 18 Dec 2022 (the year only in this text)", end="2022-12-19"),
])
art(S, "https://koraplus.com/Article/6048/%D8%AC%D9%85%D8%A7%D9%84-%D8%B9%D9%84%D8%A7%D9%85-%D8%B3%D9%86%D8%B9%D9%85%D9%84-%D8%B9%D9%84%D9%89-%D8%A7%D8%B3%D8%AA%D9%83%D9%85%D8%A7%D9%84-%D8%A8%D8%B7%D9%88%D9%84%D8%A9-%D9%83%D8%A3%D8%B3-%D9%85%D8%B5%D8%B1",
    "2022-01-06", "the page's time stamp 'الخميس، 06 يناير 2022 01:16 ص' (Thu 6 Jan 2022, just after midnight); its closing 'التي أجريت اليوم' was written for the election of Wed 5 Jan 2022; the author line, the share buttons and the photo caption dropped; headline kept from the page", True, """
جمال علام: سنعمل على استكمال بطولة كأس مصر
تطرق جمال علام، رئيس الاتحاد المصري لكرة القدم، إلى إمكانية استكمال بطولة كأس مصر بعد فوز قائمته في انتخابات الجبلاية.
وقال علام، في تصريحات تلفزيونية لبرنامج "الماتش" الذي تبثه قناة صدى البلد: "سنسعى إلى استكمال بطولة كأس مصر للموسم الحالي، وسنتناول كل ما يخص المواعيد، فالأمور المتعلقة باستكمال البطولة مطروحة على طاولة النقاش".
وأبدى رئيس الجبلاية رغبته في مواصلة البطولة، لافتا إلى أنها انطلقت بالفعل من دور الـ 32.
وتجدر الإشارة إلى أن القائمة الأولى برئاسة جمال علام فازت بانتخابات مجلس إدارة الاتحاد المصري لكرة القدم التي أجريت اليوم خلال الاجتماع العادي للجمعية العمومية للاتحاد، بعدما حازت الأغلبية المطلقة في عملية التصويت.
""", [
    ev("allam-tv-remarks", "في تصريحات تلفزيونية لبرنامج \"الماتش\"", VOTE, "no own expression; the evening talk show after the election, reported at 01:16 on Thu 6 Jan 2022, so the evening of Wed 5 Jan 2022 (my span 5-6 Jan 2022)", end="2022-01-07"),
    ev("allam-list-wins", "القائمة الأولى برئاسة جمال علام فازت بانتخابات", VOTE, "'التي أجريت اليوم' was written for the election of Wed 5 Jan 2022 (the page's stamp, 01:16 on Thu 6 Jan, came after midnight)"),
    ev("general-assembly", "خلال الاجتماع العادي للجمعية العمومية للاتحاد، بعدما", VOTE, "no own expression; the general assembly of Wed 5 Jan 2022 (arabicpost)"),
])

# ---------------------------------------------------------------- gcc-hajraf-relief-kuwait-keeps-sg-post-2022
S = "gcc-hajraf-relief-kuwait-keeps-sg-post-2022"
SUMMIT = "2022-12-09"                      # 43rd GCC summit in Riyadh and its final statement, Fri 9 Dec 2022
TERM_END = "2023-01-31"                    # end of Hajraf's term
NEW_SG = "2023-02-01"                      # the new Kuwaiti secretary-general from 1 Feb 2023
art(S, "https://emirates71.org/posts/103107",
    "2022-12-08", "no date on the stored page; the body's 'في وقت متأخر من مساء أمس الأربعاء' for Okaz's report and 'يوم الجمعة المقبل' for the summit of Fri 9 Dec 2022 give Thu 8 Dec 2022 (royanews of 8 Dec: Okaz 'في عددها الصادر اليوم الخميس'; 7 Dec 2022 was a Wednesday); headline written from the body (the stored text has none)", False, """
الكويت تطلب إعفاء الحجرف من الأمانة العامة لمجلس التعاون
أفادت صحيفة "عكاظ" السعودية بأن الكويت طلبت إعفاء الأمين العام لمجلس التعاون الخليجي نايف الحجرف من منصبه قبل أن تنقضي ولايته.
وذكرت الصحيفة، في وقت متأخر من مساء أمس الأربعاء، أن قرار إعفاء الحجرف سيُعلن في القمة الخليجية الـ43 في الرياض يوم الجمعة المقبل، على أن تحتفظ دولة الكويت بالمنصب.
غير أن الصحيفة لم تكشف الأسباب التي حملت الكويت على طلب إعفاء الحجرف من منصبه على نحو مفاجئ.
في المقابل، أوردت منصة "جريدتكم" الكويتية على "تويتر" أن الكويت ستسمي وزير النفط السابق محمد الفارس خلفا للحجرف.
وكان الحجرف قد تسلم منصبه عام 2020 لثلاث سنوات قابلة للتمديد، خلفا للبحريني عبد اللطيف الزياني الذي صار وزيرا لخارجية بلاده.
وتعاون الحجرف مع وزير الخارجية الكويتي السابق أحمد الناصر الصباح في تسوية أكبر أزمة خليجية في تاريخ المجلس، بين السعودية والإمارات والبحرين من جهة وقطر من جهة أخرى، خلال قمة العلا في ديسمبر 2020.
والحجرف هو سادس أمين عام لمجلس التعاون الخليجي، وثاني كويتي يشغل المنصب منذ نشأة المجلس عام 1981.
""", [
    ev("okaz-report", "وذكرت الصحيفة، في وقت متأخر من مساء أمس الأربعاء", "2022-12-07", "'مساء أمس الأربعاء' in an article of Thu 8 Dec 2022 = Wed 7 Dec"),
    ev("kuwait-keeps-post", "أن قرار إعفاء الحجرف سيُعلن", SUMMIT, "announced in the final statement of the summit 'يوم الجمعة المقبل' = Fri 9 Dec 2022 (al-khaleej-kw 'اليوم الجمعة')"),
    ev("gcc-summit-43", "في القمة الخليجية الـ43 في الرياض يوم الجمعة المقبل", SUMMIT, "'يوم الجمعة المقبل' from Thu 8 Dec 2022 = Fri 9 Dec"),
    ev("hajraf-took-office", "وكان الحجرف قد تسلم منصبه عام 2020", "2020-02-01", "'عام 2020'; he took office on 1 Feb 2020 (okaz: 'منذ الأول من فبراير 2020'; the handover ceremony of 30 Jan 2020)"),
])
art(S, "http://al-khaleej-kw.com/2022/12/09/61225",
    "2022-12-09", "the page address carries /2022/12/09/ and the body names the final statement issued 'اليوم الجمعة' (9 Dec 2022 was a Friday); headline written from the body (the stored text has none)", True, """
المجلس الأعلى الخليجي يوافق على احتفاظ الكويت بمنصب الأمين العام
أقر المجلس الأعلى لمجلس التعاون لدول الخليج العربية، في دورته الـ 43، رغبة دولة الكويت في الإبقاء على منصب الأمين العام لمجلس التعاون لفترة ثانية، ابتداء من انتهاء الفترة الحالية للأمين العام الدكتور نايف الحجرف في 31 يناير المقبل.
وأوضح البيان الختامي لأعمال الدورة الـ 43 للمجلس الأعلى لمجلس التعاون لدول الخليج العربية، الصادر في (الرياض) اليوم الجمعة، أن "المجلس الوزاري" سيتابع تسمية دولة الكويت لمرشحها الجديد لتولي المنصب اعتبارا من الأول من فبراير المقبل، واستكمال الإجراءات اللازمة لذلك.
وأعرب البيان عن التقدير البالغ للجهود "الكبيرة والمخلصة والمميزة" التي بذلها الأمين العام لمجلس التعاون الدكتور نايف الحجرف، الذي تنقضي فترة عمله في نهاية شهر يناير المقبل، ولإسهاماته "الفعالة" في مسيرة العمل المشترك طوال فترة عمله.
ونص البيان كذلك على ترحيب المجلس الأعلى بأن تتولى دولة قطر رئاسة دورته الـ 44.
""", [
    ev("kuwait-keeps-post", "رغبة دولة الكويت في الإبقاء على منصب الأمين العام", SUMMIT, "no own expression; the decision in the final statement of Fri 9 Dec 2022 ('اليوم الجمعة')"),
    ev("final-statement", "الصادر في (الرياض) اليوم الجمعة", SUMMIT, "'اليوم الجمعة' = Fri 9 Dec 2022"),
    ev("hajraf-term-end", "انتهاء الفترة الحالية للأمين العام الدكتور نايف الحجرف في 31 يناير المقبل", TERM_END, "'31 يناير المقبل' from December 2022 = 31 Jan 2023"),
    ev("new-sg-from", "لتولي المنصب اعتبارا من الأول من فبراير المقبل", NEW_SG, "'الأول من فبراير المقبل' from December 2022 = 1 Feb 2023"),
])
art(S, "https://abuabrar.club/archives/475624",
    "2022-12-10", "the page's Asharq Al-Awsat date line 'السبت – 17 جمادى الأولى 1444 هـ – 10 ديسمبر 2022 مـ رقم العدد [16083]' (not part of the body, dropped with the 'الرياض: «الشرق الأوسط»' line); a copy of an Asharq Al-Awsat report; the '[ad_1]', tags and 'Source link' lines dropped; headline kept from the page", True, """
بعد انتهاء فترة الحجرف… الكويت تحتفظ بمنصب أمين عام التعاون الخليجي
ورد في البيان الختامي المشترك، الذي صدر لمناسبة القمة الخليجية ـ الصينية، أن المجلس الأعلى لمجلس التعاون الخليجي أقر رغبة دولة الكويت في الاحتفاظ بمنصب الأمين العام لمجلس التعاون لدول الخليج العربية لفترة ثانية، تبدأ من انتهاء الفترة الحالية للأمين العام الدكتور نايف فلاح مبارك الحجرف في 31 يناير (كانون الثاني) 2023م، على أن يتابع المجلس الوزاري تسمية الكويت لمرشحها الجديد لشغل المنصب اعتباراً من الأول من فبراير (شباط) 2023م ويستكمل الإجراءات اللازمة لذلك.
وأبدى المجلس تقديره البالغ للجهود الكبيرة والمخلصة والمميزة التي بذلها أمين عام التعاون الخليجي الدكتور نايف فلاح مبارك الحجرف، الذي تنتهي فترة عمله في نهاية شهر يناير 2023م، ولإسهاماته الفعالة في مسيرة العمل المشترك خلال توليه المنصب.
""", [
    ev("final-statement", "ورد في البيان الختامي المشترك", SUMMIT, "no own expression; the statement of the summits of Fri 9 Dec 2022 (al-khaleej-kw 'اليوم الجمعة'), reported on Sat 10 Dec"),
    ev("kuwait-keeps-post", "أقر رغبة دولة الكويت في الاحتفاظ بمنصب الأمين العام", SUMMIT, "no own expression; the decision of the summit of Fri 9 Dec 2022"),
    ev("hajraf-term-end", "في 31 يناير (كانون الثاني) 2023م", TERM_END, "'31 يناير (كانون الثاني) 2023م' = 31 Jan 2023"),
    ev("new-sg-from", "اعتباراً من الأول من فبراير (شباط) 2023م", NEW_SG, "'الأول من فبراير (شباط) 2023م' = 1 Feb 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 610
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

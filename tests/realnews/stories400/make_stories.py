"""Builds stories.jsonl: the 400-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from West Bank cities (Hebron, Nablus, Jenin,
Bethlehem, Ramallah, Tulkarm, Qalqilya) in any domain: municipal elections, universities, accidents, weather,
prices, festivals, court cases; not the Gaza truce of November 2023.
Stories: the second phase of the Palestinian local elections in the West Bank (Hebron, al-Bireh, Tulkarm,
Taffuh; March 2022), the Birzeit University student council elections (Ramallah, May 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- palestine-local-elections-second-phase-2022
S = "palestine-local-elections-second-phase-2022"
VOTE = "2022-03-26"                        # polling day of the second phase: Sat 26 Mar 2022, 07:00-19:00
RESULTS = "2022-03-27"                     # the Central Elections Commission announced the results on Sun 27 Mar 2022
art(S, "https://samanews.ps/ar/post/514500/لجنة-الانتخابات-26-5-نسبة-الاقتراع-حتى-الساعة-الواحدة-ظهرا",
    "2022-03-26", "page stamp 'السبت 26 مارس 2022 12:54 م / بتوقيت القدس' (kept without the time-zone tag; 26 Mar 2022 was a Saturday); the repeated headline and the tag 'رام الله / سما /' dropped", True, """
لجنة الانتخابات: نسبة التصويت بلغت 26.5% حتى الساعة الواحدة ظهرًا
السبت 26 مارس 2022 12:54 م
أفادت لجنة الانتخابات المركزية بأن 26.5% من المواطنين الذين يحق لهم الاقتراع أدلوا بأصواتهم في المرحلة الثانية من الانتخابات المحلية، حتى الساعة الواحدة ظهرًا.
وكانت اللجنة قد بيّنت أن عدد من اقترعوا حتى الساعة العاشرة بلغ 72,380 من أصل 715,413 ناخباً وناخبة يحق لهم الاقتراع.
وأعلنت اللجنة تمديد التصويت في بلدة تفوح بمحافظة الخليل لمدة ساعة -أي حتى الثامنة مساءً- على إثر الحادث المؤلم الذي أودى بحياة 5 مواطنين، معربة عن تعازيها لعائلات الضحايا ولأهالي البلدة عامة.
ولفتت إلى انطلاق الاقتراع في بلدة جبع بمحافظة القدس، على أن تُمدد ساعات التصويت فيها حتى التاسعة مساء تعويضا عن ساعات إغلاق المركز في الفترة الصباحية.
ودعت اللجنة المواطنين إلى التوجه للإدلاء بأصواتهم في مراكز الاقتراع البالغ عددها 315 والموزعة على 50 هيئة محلية، والتي ستظل مفتوحة حتى الساعة السابعة من مساء اليوم.
""", [
    ev("vote", "أدلوا بأصواتهم في المرحلة الثانية من الانتخابات المحلية", VOTE, "'حتى الساعة الواحدة ظهرًا' of the stamp day Sat 26 Mar 2022"),
    ev("taffuh-extension", "تمديد التصويت في بلدة تفوح بمحافظة الخليل لمدة ساعة", VOTE, "'حتى الثامنة مساءً' of polling day Sat 26 Mar 2022"),
    ev("taffuh-fire", "الحادث المؤلم الذي أودى بحياة 5 مواطنين", VOTE, "no own expression; the house fire in Taffuh at dawn on Sat 26 Mar 2022 (outside knowledge, same day as the vote)"),
    ev("jaba-late-opening", "انطلاق الاقتراع في بلدة جبع بمحافظة القدس", VOTE, "no own expression; reported at 12:54 on Sat 26 Mar 2022 after a morning closure"),
    ev("polls-close", "ستظل مفتوحة حتى الساعة السابعة من مساء اليوم", VOTE, "'الساعة السابعة من مساء اليوم' = 19:00 on Sat 26 Mar 2022"),
])
art(S, "https://snd.ps/post/76387/لجنة-الانتخابات-53-نسبة-الاقتراع-بالانتخابات-المحلية-الثانية",
    "2022-03-26", "the body's 'مساء اليوم السبت' with the results due 'يوم غد الأحد' after the close of the polls of the second phase (Sat 26 Mar 2022); the page's bar date 'السبت 27 ابريل 2024' is the crawl day, not the publication day; the site furniture (weather, currency, trending) and the tag 'رام الله-وكالة سند للأنباء' dropped; no date of its own in the text", False, """
لجنة الانتخابات: 53% نسبة الاقتراع في المرحلة الثانية من الانتخابات المحلية
أفادت لجنة الانتخابات المركزية بأن نسبة التصويت في انتخابات المرحلة الثانية المحلية في الضفة الغربية وصلت إلى 53%، عقب إغلاق مراكز الاقتراع عند الساعة السابعة مساءً.
وأوضح رئيس اللجنة حنا ناصر، في مؤتمر صحفي عقده مساء اليوم السبت، أن الإعلان عن النتائج الأولية للانتخابات المحلية سيكون يوم غد الأحد عند الساعة 12 ظهرا.
وبيّنت بيانات اللجنة أن ترقوميا غرب الخليل سجلت أعلى نسبة تصويت، في حين جاءت الهيئة المحلية البيرة في رام الله بأدنى نسبة اقتراع في الانتخابات المحلية بمرحلتها الثانية.
وتُظهر المعطيات التي نشرتها لجنة الانتخابات المركزية أن نسبة التصويت في ترقوميا بلغت 85%، وهي الأعلى في الضفة والقدس.
أما الهيئة المحلية البيرة القريبة من رام الله فقد سجلت أدنى نسبة اقتراع بواقع 29.9%.
""", [
    ev("vote", "نسبة التصويت في انتخابات المرحلة الثانية المحلية في الضفة الغربية", VOTE, "no own expression; the polling of Sat 26 Mar 2022 ('مساء اليوم السبت')"),
    ev("polls-close", "عقب إغلاق مراكز الاقتراع عند الساعة السابعة مساءً", VOTE, "'الساعة السابعة مساءً' of 'اليوم السبت' = Sat 26 Mar 2022"),
    ev("cec-evening-briefing", "في مؤتمر صحفي عقده مساء اليوم السبت", VOTE, "'مساء اليوم السبت' = Sat 26 Mar 2022"),
    ev("results-announced", "الإعلان عن النتائج الأولية للانتخابات المحلية سيكون يوم غد الأحد", RESULTS, "'يوم غد الأحد' after Sat 26 = Sun 27 Mar 2022"),
    ev("tarqumiya-turnout", "نسبة التصويت في ترقوميا بلغت 85%", VOTE, "no own expression; the turnout of polling day Sat 26 Mar 2022"),
])
art(S, "https://paltoday.ps/ar/post/439199/حنا-ناصر-القوائم-المستقلة-حصلت",
    "2022-03-27", "page stamp 'الساعة 01:04 م|27 مارس 2022' (kept; 27 Mar 2022 was a Sunday); the body's 'يوم الأحد' agrees; the outlet tag 'فلسطين اليوم' and the tags line dropped", True, """
حنا ناصر: 64% للقوائم المستقلة و35% للحزبية
الساعة 01:04 م|27 مارس 2022
أعلنت لجنة الانتخابات المركزية، يوم الأحد، أن القوائم المستقلة فازت بأغلبية المقاعد في المرحلة الثانية من الانتخابات المحلية في الضفة الغربية المحتلة.
وقال رئيس اللجنة حنا ناصر، في مؤتمر صحفي عقده بمدينة رام الله لإعلان النتائج، إن القوائم المستقلة نالت 64.4% من مقاعد المرحلة الثانية من الانتخابات المحلية، بينما نالت القوائم الحزبية 35.6%.
وأشار ناصر إلى أن نسبة التصويت بلغت 53.27% ممن يحق لهم الاقتراع، في حين كانت الأوراق الباطلة 2% والبيضاء 0.8%.
ولفت إلى أن فوز 23 هيئة محلية بالتزكية قد صودق عليه.
ونبّه رئيس لجنة الانتخابات المركزية إلى ضعف التصويت في عدد من البلديات الكبرى، وإلى تفاوت واسع بين 30% و80% في بعض المناطق.
وكانت القوائم المستقلة قد نالت في المرحلة الأولى 69%، مقابل 31% للقوائم الحزبية.
""", [
    ev("results-announced", "أعلنت لجنة الانتخابات المركزية، يوم الأحد، أن القوائم المستقلة فازت", RESULTS, "'يوم الأحد' = Sun 27 Mar 2022 (stamp)"),
    ev("independents-win", "القوائم المستقلة نالت 64.4% من مقاعد المرحلة الثانية", VOTE, "no own expression; the seats won in the vote of Sat 26 Mar 2022, announced Sun 27 (my span)", end="2022-03-28"),
    ev("vote", "نسبة التصويت بلغت 53.27% ممن يحق لهم الاقتراع", VOTE, "no own expression; the polling of Sat 26 Mar 2022"),
    ev("first-phase", "نالت في المرحلة الأولى 69%", "2021-12-11", "no own expression ('كانت ... قد نالت'); the first phase was held on Sat 11 Dec 2021 (outside knowledge)"),
])
art(S, "https://alresalah.ps/post/257751/نتائج-الانتخابات-المجتزأة-بالضفة-تظهر-خسارة-مدوية-لقوائم-حركة-فتح/amp",
    "2022-03-27", "page stamp '2022-03-27T13:29:00+03:00' (kept; 27 Mar 2022 was a Sunday); the menu line and the tag 'الضفة المحتلة- الرسالة نت' dropped; the last, truncated sentence (on the cancelled elections) dropped", True, """
نتائج الانتخابات "المجتزأة" في الضفة تكشف خسارة قاسية لقوائم حركة فتح
2022-03-27T13:29:00+03:00
كشفت نتائج المرحلة الثانية من الانتخابات المحلية "المجتزأة" في الضفة الغربية عن خسارة قاسية لقوائم حركة فتح.
وأوضح رئيس لجنة الانتخابات المركزية حنا ناصر، في مؤتمر صحفي برام الله، أن القوائم المستقلة نالت 64.4% من الأصوات، في حين نالت القوائم الحزبية 35.6%.
وبيّن ناصر أن نسبة المشاركة في الانتخابات المحلية وصلت إلى ٥٣.٢٧%.
ووفق لجنة الانتخابات، فقد صودق على التزكية في 23 هيئة محلية، واعتمدت اللجنة النتائج في 50 هيئة محلية أجريت فيها الانتخابات.
وبيّنت النتائج الرسمية فوزا واسعا للقوائم المستقلة والائتلافية برئاسة 9 مجالس بلدية في مدن الضفة من أصل 11 أجريت فيها الانتخابات، بينما لم تفز حركة فتح إلا في مدينتين.
ففي الخليل حققت قائمة "الوفاء للخليل" برئاسة المهندس تيسير أبو اسنينة الفوز، مقابل خسارة قائمة فتح الرسمية، كما فازت قائمة "البيرة تجمعنا" برئاسة الأسير إسلام الطويل، وفازت قائمة "كرميون" في المجلس المحلي لطولكرم على حساب قائمة حركة فتح.
وبلغ مجموع المقترعين في كل الهيئات 377,894 من أصل 715,413 ناخباً وناخبة يحق لهم الاقتراع.
""", [
    ev("results-announced", "في مؤتمر صحفي برام الله", RESULTS, "no own expression; the results press conference of Sun 27 Mar 2022 (stamp day)"),
    ev("independents-win", "أن القوائم المستقلة نالت 64.4% من الأصوات", VOTE, "no own expression; the vote of Sat 26 Mar 2022, announced Sun 27 (my span)", end="2022-03-28"),
    ev("vote", "نسبة المشاركة في الانتخابات المحلية وصلت", VOTE, "no own expression; the polling of Sat 26 Mar 2022"),
    ev("hebron-wafa-win", "حققت قائمة \"الوفاء للخليل\" برئاسة المهندس تيسير أبو اسنينة الفوز", VOTE, "no own expression; won in the vote of Sat 26 Mar 2022, announced Sun 27 (my span)", end="2022-03-28"),
])

# ---------------------------------------------------------------- palestine-birzeit-student-elections-2022
S = "palestine-birzeit-student-elections-2022"
BZ = "2022-05-18"                          # Birzeit student council election: Wed 18 May 2022, polls closed 16:00, results that evening
art(S, "https://180-news.com/ar/news/انتخابات-جامعة-بيرزيت-28-مقعدا-للكتلة-الإسلاميّة-و18-لكتلة-الشهيد-ياسر-عرفات",
    "2022-05-18", "page stamp '18 مايو 2022, 7:16:50 م' (kept; 18 May 2022 was a Wednesday); the body's 'مساء اليوم الأربعاء' agrees; the site bar ('℃ 11 تركيا', '21 نوفمبر 2024' = crawl day), the repeated headline and the copy-link line dropped", True, """
انتخابات جامعة بيرزيت: 28 مقعدا للكتلة الإسلامية مقابل 18 لكتلة الشهيد ياسر عرفات
18 مايو 2022, 7:16:50 م
فازت كتلة الوفاء الإسلامية، الذراع الطلابي لحركة حماس، مساء اليوم الأربعاء، بانتخابات مجلس طلبة جامعة بيرزيت في الضفة الغربية المحتلة، إذ حصدت 5 آلاف و68 صوتا، متقدمة على كتلة الشهيد ياسر عرفات التابعة لحركة فتح التي نالت 3 آلاف و379 صوتا، وذلك عقب فرز صناديق الاقتراع الخمسة.
وأخذت نتائج الانتخابات تتوالى بعد وقت قصير من انطلاق فرز الأصوات، الذي أعقب إغلاق صناديق الاقتراع عند الساعة الرابعة عصرا، فنالت الكتلة الإسلامية 28 مقعدًا، وكتلة ياسر عرفات 18 مقعدًا، والقطب الطلابي 5 مقاعد، بينما لم تبلغ كتلة اتحاد الطلبة التقدمية وكتلة الوحدة الطلابية نسبة الحسم.
وأفادت الجامعة بأن نسبة الاقتراع وصلت إلى 78.1%، مبينة أن نسبة الحسم 187 صوتا، وأن 9 آلاف و782 طالبا صوتوا من أصل 12521 طالبا هم عدد طلبة الجامعة.
""", [
    ev("islamic-bloc-wins", "فازت كتلة الوفاء الإسلامية، الذراع الطلابي لحركة حماس، مساء اليوم الأربعاء", BZ, "'مساء اليوم الأربعاء' = Wed 18 May 2022 (stamp)"),
    ev("vote-count", "انطلاق فرز الأصوات", BZ, "no own expression; the count after the 16:00 close on Wed 18 May 2022"),
    ev("polls-close", "إغلاق صناديق الاقتراع عند الساعة الرابعة عصرا", BZ, "'الساعة الرابعة عصرا' of Wed 18 May 2022"),
    ev("university-announces-results", "وأفادت الجامعة بأن نسبة الاقتراع وصلت إلى 78.1%", BZ, "no own expression; the university's announcement of the evening of Wed 18 May 2022"),
    ev("birzeit-vote", "9 آلاف و782 طالبا صوتوا", BZ, "no own expression; the polling of Wed 18 May 2022"),
])
art(S, "https://www.alhayatp.net/?app=article.show.113787",
    "2022-05-18", "footer stamp '18/05/2022 08:57 pm' (dropped from the text; 18 May 2022 was a Wednesday); the body's 'مساء الأربعاء' agrees; the tag 'الحياة برس -' and the source line dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
جامعة بيرزيت تعلن نتائج انتخابات مجلس اتحاد الطلبة
أعلنت جامعة بيرزيت، مساء الأربعاء، نتائج انتخابات مجلس اتحاد طلبة الجامعة، التي سجلت نسبة اقتراع وصلت إلى 78.1%.
وأوضح عميد شؤون الطلبة ورئيس اللجنة التحضيرية للانتخابات إياد طومار أن نسبة الحسم 187 صوتا، إذ صوّت 9782 طالبا من أصل 12521 هم مجموع طلبة الجامعة، وبلغت الأوراق اللاغية 155 والفارغة 84، وحصدت كتلة الوفاء الإسلامية 28 مقعدا، وكتلة الشهيد ياسر عرفات 18 مقعدا، وكتلة القطب الطلابي الديمقراطي التقدمي 5 مقاعد، بينما لم تبلغ كتلة اتحاد الطلبة التقدمية وكتلة الوحدة الطلابية نسبة الحسم.
وأشار إلى أن الانتخابات جرت في أجواء ديمقراطية، مثنيا على تعاون الطلبة والكتل الطلابية والتزامهم بالعملية الديمقراطية.
""", [
    ev("university-announces-results", "أعلنت جامعة بيرزيت، مساء الأربعاء، نتائج انتخابات", BZ, "'مساء الأربعاء' = Wed 18 May 2022 (the day of the vote)"),
    ev("birzeit-vote", "إذ صوّت 9782 طالبا", BZ, "no own expression; the polling of Wed 18 May 2022"),
    ev("islamic-bloc-wins", "وحصدت كتلة الوفاء الإسلامية 28 مقعدا", BZ, "no own expression; the result of Wed 18 May 2022"),
])
art(S, "https://www.amad.ps/ar/post/457731/كتلة-حماس-تفوز-في-انتخابات-جامعة-بير-زيت-بأغلبية-المقاعد",
    "2022-05-18", "page stamp '20:10 2022-05-18' (kept; 18 May 2022 was a Wednesday); the body's 'مساء يوم الأربعاء' agrees; the kicker 'وحماس تبارك..' joined to the headline, 'تابعنا على:' and the tag 'أمد/ رام الله:' dropped; the vote table written as one sentence", True, """
كتلة حماس تفوز بأغلبية المقاعد في انتخابات جامعة بير زيت.. وحماس تبارك
20:10 2022-05-18
فازت الكتلة الإسلامية التابعة لحركة حماس بأغلبية المقاعد في انتخابات جامعة بير زيت بمدينة رام الله في الضفة الغربية المحتلة، مساء يوم الأربعاء.
وجاءت الأصوات بحسب النتائج المنشورة على النحو الآتي: كتلة الوفاء "الكتلة الإسلامية" 5018 صوتاً، وكتلة الشهيد ياسر عرفات "الشبيبة الفتحاوية" 3379 صوتاً، وكتلة القطب الطلابي التقدمي (الجبهة الشعبية) 888، وكتلة الوحدة الطلابية (الجبهة الديمقراطية) 132، وكتلة اتحاد الطلبة التقدمية (حزب الشعب) 76.
وبلغ عدد المقترعين 9732، فيما كانت الأوراق البيضاء 102.
وهنأت حركة حماس جامعة بيرزيت، طلابا وكتلا طلابية وهيئة إدارية، بنجاح إجراء الانتخابات الطلابية لهذا العام في عرس ديمقراطي، عدّته مصدر فخر للحركة الطلابية وللشعب الفلسطيني، ونجاحا في معركة مصيرية أمام الاحتلال الساعي إلى تعطيل الحياة الديمقراطية واستهداف الحركة الطلابية.
وفي بيانها، هنأت حماس كذلك الكتل الطلابية المشاركة، ووجهت أطيب التهاني لأبنائها في الكتلة الإسلامية على فوزهم الكبير والمستحق بثقة الطلاب لتمثيلهم في هذا الصرح العلمي الكبير.
""", [
    ev("islamic-bloc-wins", "فازت الكتلة الإسلامية التابعة لحركة حماس بأغلبية المقاعد", BZ, "'مساء يوم الأربعاء' = Wed 18 May 2022 (stamp)"),
    ev("birzeit-vote", "وبلغ عدد المقترعين 9732", BZ, "no own expression; the polling of Wed 18 May 2022"),
    ev("hamas-congratulates", "وهنأت حركة حماس جامعة بيرزيت", BZ, "no own expression; Hamas' statement of the evening of Wed 18 May 2022 (reported at 20:10)"),
])
art(S, "https://arabic.sputniknews.com/20220520/قيادي-في-فتح-انتخابات-جامعة-بيرزيت-لا-تعبر-عن-قوة-حماس-والحركة-حصدت-80-من-نتائج-المحليات-1062486113.html",
    "2022-05-20", "page stamp '20.05.2022' (kept; 20 May 2022 was a Friday) and the body's 'اليوم الجمعة'; the photo caption, the credit '© AFP 2022 / ABBAS MOMANI' and 'تابعنا عبرTelegram' dropped; the last sentence, cut after 'جزء', closed with 'منه'", True, """
قيادي في فتح: انتخابات جامعة بيرزيت لا تعكس قوة حماس والحركة حصدت 80% من نتائج المحليات
20.05.2022
قال المستشار زيد الأيوبي، عضو المجلس الثوري لحركة "فتح"، اليوم الجمعة، إن "وسائل إعلام إسرائيلية وإخوانية تحاول تسليط الضوء على نتيجة الانتخابات الطلابية في جامعة بيرزيت وإحاطتها بهالة سياسية كبيرة بوصفها مقياسا لقوة حركة حماس في الضفة الغربية".
واعتبر الأيوبي، في تصريحات لـ"سبوتنيك"، أن "ذلك ضرب من التدليس الإعلامي وتزييف الحقائق".
وتابع أن "حركة فتح تمكنت من حسم أكثر من 80 بالمئة في الانتخابات المحلية، وحققت فوزا ساحقا في أكبر التجمعات السكانية في هذه الانتخابات، ولا سيما فوزها الكاسح في بلدية رام الله، العاصمة الإدارية للسلطة الوطنية الفلسطينية، إلى جانب فوزها في الجامعة الأهلية ببيت لحم وفي معظم الأندية الرياضية والنقابات، وآخرها نقابة المحامين التي عجز مرشحو حماس فيها عن تحقيق أي نتيجة تثبت أن لهم وزنا نقابيا، ولذلك ينبغي النظر إلى المشهد الانتخابي كاملا لا التركيز على جزء منه".
""", [
    ev("ayoubi-statement", "قال المستشار زيد الأيوبي، عضو المجلس الثوري لحركة \"فتح\"، اليوم الجمعة", "2022-05-20", "'اليوم الجمعة' = Fri 20 May 2022 (stamp)"),
    ev("islamic-bloc-wins", "نتيجة الانتخابات الطلابية في جامعة بيرزيت", BZ, "no own expression; the result of Wed 18 May 2022"),
    ev("fatah-local-elections", "تمكنت من حسم أكثر من 80 بالمئة في الانتخابات المحلية", "2021-12-11", "no own expression; the two phases of the local elections, Sat 11 Dec 2021 and Sat 26 Mar 2022 (outside knowledge; my span)", end="2022-03-28"),
    ev("ramallah-municipality-win", "فوزها الكاسح في بلدية رام الله", "2022-03-26", "no own expression; Ramallah voted in the second phase of Sat 26 Mar 2022 (results Sun 27; my span)", end="2022-03-28"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 400
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

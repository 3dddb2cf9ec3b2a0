"""Builds stories.jsonl: the 659-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: press and media: journalists arrested or released,
newspapers, channels or sites suspended, press awards and journalists' union elections, in Arab countries.
Stories: the Palestinian Authority's suspension of Al Jazeera's broadcasting and of its Ramallah office and
staff (West Bank, 1 January 2025), and the mid-term elections of the Egyptian Journalists' Syndicate that gave
Khaled el-Balshy a second term as naqib (Cairo, Friday 2 May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- palestine-pa-aljazeera-suspension-2025
S = "palestine-pa-aljazeera-suspension-2025"
DECISION = "2025-01-01"                    # the ministerial committee's decision, announced by WAFA, Wed 1 Jan 2025
COMPLAINTS = "2024-12-31"                  # journalists' complaints to the Palestinian Journalists' Syndicate, Tue 31 Dec 2024
RAID = "2024-09-22"                        # the Israeli army's raid on Al Jazeera's Ramallah office, Sun 22 Sep 2024
art(S, "https://arabkhabar.com/a/3919512",
    "2025-01-01", "no stamp on the stored page; the body's 'مساء اليوم الأربعاء الأول من يناير 2025' for WAFA's report gives Wed 1 Jan 2025 (1 Jan 2025 was a Wednesday); headline written from the body (the stored text has none); the last sentence, cut in the stored text after 'وقالت نقابة الصحفيين في', dropped", True, """
السلطة الفلسطينية تقرر وقف بث الجزيرة وتجميد عمل مكتبها وطواقمها
أفادت وكالة الأنباء الفلسطينية الرسمية "وفا" مساء اليوم الأربعاء الأول من يناير 2025 بأن اللجنة الوزارية المختصة، التي تضم وزارات الثقافة والداخلية والاتصالات، اتخذت قرارا بوقف بث قناة الجزيرة وتجميد جميع أعمالها ومكتبها في فلسطين، إلى جانب تجميد عمل كل الصحفيين والعاملين معها وطواقمها والقنوات التابعة لها بصورة مؤقتة، ريثما تصوب القناة وضعها القانوني، بسبب مخالفتها القوانين والأنظمة السارية في فلسطين.
ووفق الوكالة، فإن القرار صدر بعد إصرار الجزيرة على بث مواد تحريضية وتقارير يغلب عليها التضليل وإثارة الفتنة والعبث والتدخل في الشؤون الداخلية الفلسطينية.
نقابة الصحفيين الفلسطينيين
وكان عدد من الزملاء الصحفيين قد تقدموا أمس الثلاثاء إلى نقابة الصحفيين الفلسطينيين بشكاوى ضد شبكة الجزيرة، ذكروا فيها أن تغطياتها على منصاتها المختلفة تفتقر إلى الموضوعية وتتضمن مواد تحريضية وتقارير مضللة تثير الفتنة الداخلية. وعلى هذا الأساس أحالت النقابة الشكاوى إلى لجنة أخلاقيات المهنة، التي أجرت تحقيقا مهنيا وموضوعيا امتد أياما، وانتهت إلى أن بعض المواد المنشورة تشكل خطاب كراهية وتنطوي على تضليل متعمد يهدد النسيج المجتمعي الفلسطيني.
""", [
    ev("wafa-report", "أفادت وكالة الأنباء الفلسطينية الرسمية \"وفا\" مساء اليوم الأربعاء الأول من يناير 2025", DECISION, "'مساء اليوم الأربعاء الأول من يناير 2025' = Wed 1 Jan 2025 (evening)"),
    ev("pa-decision", "اتخذت قرارا بوقف بث قناة الجزيرة وتجميد جميع أعمالها ومكتبها في فلسطين", DECISION, "no own expression beyond the report of 'اليوم الأربعاء الأول من يناير 2025'; the decision was announced on Wed 1 Jan 2025 (alittihad44: 'أمس الأربعاء')"),
    ev("staff-freeze", "تجميد عمل كل الصحفيين والعاملين معها وطواقمها", DECISION, "part of the decision of Wed 1 Jan 2025"),
    ev("union-complaints", "تقدموا أمس الثلاثاء إلى نقابة الصحفيين الفلسطينيين بشكاوى ضد شبكة الجزيرة", COMPLAINTS, "'أمس الثلاثاء' in an article of Wed 1 Jan 2025 = Tue 31 Dec 2024 (the text then says the ethics committee investigated 'امتد أياما', so the complaints may be older; the gold follows the text)"),
])
art(S, "https://alittihad44.com/%D8%A7%D9%84%D9%82%D8%B6%D9%8A%D8%A9-%D8%A7%D9%84%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D8%A9/%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A9-%D8%A7%D9%84%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D8%A9-%D8%AA%D9%88%D9%82%D9%81-%D8%A8%D8%AB-%D9%82%D9%86%D8%A7%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9-%D9%88%D8%AA%D8%AC%D9%85%D8%AF-%D8%A3%D9%86%D8%B4%D8%B7%D8%AA%D9%87%D8%A7-%D9%81%D9%8A-%D8%A7%D9%84%D8%B6%D9%81%D8%A9-%D8%A7%D9%84%D8%BA%D8%B1%D8%A8%D9%8A%D8%A9",
    "2025-01-02", "no date on the stored page; the body's 'أمس الأربعاء' for the announcement of Wed 1 Jan 2025 (arabkhabar: 'اليوم الأربعاء الأول من يناير 2025') gives Thu 2 Jan 2025; headline rendered from the URL slug; the trailing image file name dropped", False, """
السلطة الفلسطينية توقف بث قناة الجزيرة وتجمد أنشطتها في الضفة الغربية
أعلنت السلطة الفلسطينية، أمس الأربعاء، إيقاف بث قناة "الجزيرة" وتجميد كل أنشطتها في الضفة الغربية، واتهمت الشبكة التلفزيونية القطرية بـ"التحريض على الفتنة" و"التدخل في الشأن الفلسطيني الداخلي".
ونشرت وكالة الأنباء الفلسطينية الرسمية "وفا" نص قرار الإغلاق، ومفاده أن اللجنة الوزارية المختصة، المؤلفة من وزارات الثقافة والداخلية والاتصالات، قررت وقف بث فضائية الجزيرة وتجميد جميع أعمالها وأعمال مكتبها في فلسطين، علاوة على تجميد عمل جميع الصحافيين والعاملين معها والطواقم والقنوات التابعة لها.
وبينت الوكالة أن القرار جاء بعد تمسك قناة الجزيرة ببث محتوى وتقارير توصف بالتضليل والتحريض على الفتنة، إلى جانب تدخلها في الشأن الفلسطيني الداخلي.
وأكد عاملون في مكتب الجزيرة برام الله لوكالة "فرانس برس" أنهم تسلموا يوم الأربعاء إشعارا رسميا بهذا القرار. كما عرضت القناة مساء الأربعاء لقطات يظهر فيها ضباط من الأمن الفلسطيني وهم يسلمون صحفية في مكتبها برام الله وثيقة قضائية رسمية مؤرخة في الأول من كانون الثاني 2025، تقضي بوقف عمل القناة.
""", [
    ev("pa-decision", "إيقاف بث قناة \"الجزيرة\" وتجميد كل أنشطتها في الضفة الغربية", DECISION, "'أمس الأربعاء' in an article of Thu 2 Jan 2025 = Wed 1 Jan 2025"),
    ev("staff-freeze", "تجميد عمل جميع الصحافيين والعاملين معها", DECISION, "part of the decision announced 'أمس الأربعاء' = Wed 1 Jan 2025"),
    ev("office-notified", "تسلموا يوم الأربعاء إشعارا رسميا بهذا القرار", DECISION, "'يوم الأربعاء' of the decision's week = Wed 1 Jan 2025"),
    ev("footage-aired", "عرضت القناة مساء الأربعاء لقطات", DECISION, "'مساء الأربعاء' = Wed 1 Jan 2025 (evening)"),
    ev("court-document", "وثيقة قضائية رسمية مؤرخة في الأول من كانون الثاني 2025", DECISION, "'الأول من كانون الثاني 2025' = Wed 1 Jan 2025 (the document's date)"),
])
art(S, "https://hayawashington.com/news/2025/01/02/77141/السلطات-الفلسطينية-توقف-عمل-الجزيرة-لبث-مواد-تحريضية",
    "2025-01-02", "the date 2025/01/02 in the URL path of the page (Thu 2 Jan 2025); the text names no day; headline rendered from the URL slug", False, """
السلطات الفلسطينية توقف عمل الجزيرة لبث مواد تحريضية
اتخذت السلطة الفلسطينية قرارا بإيقاف بث قناة الجزيرة وتجميد نشاط مكتبها في فلسطين، متذرعة بمخالفة القناة القوانين وبثها مواد "تحريضية".
ونقلت وكالة الأنباء الفلسطينية أن القرار مؤقت إلى أن تصحح القناة وضعها القانوني، مع اتهامها بـ"التدخل في الشؤون الداخلية" و"إثارة الفتنة".
من جانبها، استنكرت شبكة الجزيرة القرار ورأت فيه تماهيا مع سياسات الاحتلال الإسرائيلي الذي اقتحم مكتبها في رام الله وصادر معداته في سبتمبر.
وشددت الشبكة على أن قرار السلطة يندرج في حملة ترهيب تستهدف صحفييها، وأن غايته ثنيها عن تغطية الأحداث المتصاعدة في الأراضي المحتلة.
وطالبت الجزيرة بإلغاء القرار فورا، مؤكدة تمسكها بالتغطية المهنية لما يجري في الضفة الغربية بلا ترهيب أو قيود.
في المقابل، نددت الفصائل الفلسطينية بقرار السلطة ووصفته بأنه "انتهاك لحرية الإعلام" و"إساءة لمهنة الصحافة"، وطالبت بالعدول عنه على الفور.
واعتبر بيان الفصائل القرار قمعيا ومخالفا للقانون، يرمي إلى تكميم الأفواه في مرحلة حرجة من المواجهة مع الاحتلال.
ودعت الفصائل المؤسسات الحقوقية والإعلامية إلى التصدي لممارسات السلطة المتعارضة مع قيم الحرية والديمقراطية، وحثت السلطة الفلسطينية على التراجع عن هذه الخطوة دون إبطاء.
""", [
    ev("pa-decision", "اتخذت السلطة الفلسطينية قرارا بإيقاف بث قناة الجزيرة", DECISION, "no own expression; the decision announced on Wed 1 Jan 2025 (arabkhabar, alittihad44), reported on Thu 2 Jan"),
    ev("aljazeera-condemns", "استنكرت شبكة الجزيرة القرار", DECISION, "no own expression; Al Jazeera's statement came on the evening of Wed 1 Jan 2025 (wizznews24, not used: 'في بيان أصدرته مساء الأربعاء')"),
    ev("israeli-raid-ramallah", "اقتحم مكتبها في رام الله وصادر معداته في سبتمبر", RAID, "'في سبتمبر' before Jan 2025 = September 2024; the raid on the Ramallah office was on Sun 22 Sep 2024 (outside knowledge; bayan-gate, not used: 'في سبتمبر 2024')"),
    ev("factions-condemn", "نددت الفصائل الفلسطينية بقرار السلطة", DECISION, "no own expression; the factions (Hamas, Islamic Jihad) reacted after the announcement of Wed 1 Jan 2025 and before this report of Thu 2 Jan; my span 1-2 Jan 2025", end="2025-01-03"),
])

# ---------------------------------------------------------------- egypt-journalists-syndicate-balshy-second-term-2025
S = "egypt-journalists-syndicate-balshy-second-term-2025"
VOTE = "2025-05-02"                        # the syndicate's mid-term general assembly and vote, Fri 2 May 2025
COUNCIL = ("2025-05-02", "2025-05-04")     # the council results, announced in the night of Fri 2 - Sat 3 May 2025
art(S, "https://mashaheer.org/2025/05/02/%d8%ae%d8%a7%d9%84%d8%af-%d8%a7%d9%84%d8%a8%d9%84%d8%b4%d9%8a-%d9%8a%d8%ad%d8%b3%d9%85%d9%87%d8%a7-%d9%85%d8%ac%d8%af%d8%af%d9%8b%d8%a7-%d9%86%d9%82%d8%a7%d8%a8%d8%a9-%d8%a7%d9%84%d8%b5%d8%ad%d9%81",
    "2025-05-02", "the date 2025/05/02 in the URL path of the page (Fri 2 May 2025), agreeing with the body's 'مساء الجمعة 2 مايو 2025'; the by-line dropped; the last section, cut in the stored text, dropped", True, """
خالد البلشي يحسمها مجددًا: نقابة الصحفيين تختار صوت الاستقلال والكرامة
في مشهد انتخابي تاريخي يدل على وعي الصحفيين وتمسكهم بحماية مهنتهم، أعلنت اللجنة القضائية المشرفة على انتخابات نقابة الصحفيين، مساء الجمعة 2 مايو 2025، فوز الكاتب الصحفي خالد البلشي بمقعد نقيب الصحفيين لولاية ثانية، متقدما على منافسه عبد المحسن سلامة.
نتائج حاسمة وإرادة واضحة
نال البلشي 3346 صوتا من بين 6051 صوتا صحيحا، في مقابل 2562 صوتا لعبد المحسن سلامة، في اقتراع بلغت نسبة المشاركة فيه قرابة 59.1% من مجموع 10,232 عضوا، وهي من أعلى نسب التصويت في التاريخ الحديث للنقابة.
ولاية ثانية بمعاني أكبر
لم يكن فوز البلشي مجرد تمديد لولاية سابقة، بل جاء تأكيدا لثقة الجمعية العمومية في مشروعه النقابي، الذي يتصدره الدفاع عن الحريات الصحفية وتحسين الأوضاع الاقتصادية والاجتماعية للصحفيين، فضلا عن دعم خدمات العلاج والتدريب، واستكمال ملفات تقدمت خلال ولايته الأولى، وفي مقدمتها زيادة بدل التكنولوجيا وخطوات مساندة الصحف المتعثرة.
""", [
    ev("naqib-result", "أعلنت اللجنة القضائية المشرفة على انتخابات نقابة الصحفيين، مساء الجمعة 2 مايو 2025", VOTE, "'مساء الجمعة 2 مايو 2025' = Fri 2 May 2025 (evening)"),
    ev("balshy-wins", "فوز الكاتب الصحفي خالد البلشي بمقعد نقيب الصحفيين لولاية ثانية", VOTE, "announced on the evening of Fri 2 May 2025"),
    ev("vote", "في اقتراع بلغت نسبة المشاركة فيه قرابة 59.1%", VOTE, "no own expression; the vote of Fri 2 May 2025 (misrconnect: 'اليوم الجمعة')"),
])
art(S, "https://misrconnect.com/news/egypt-news/khaled-el-balshy-wins-the-position-of-head-of-the-journalists-syndicate-again",
    "2025-05-02", "no date on the stored page; the body's 'الانتخابات التي جرت اليوم الجمعة' for the vote of Fri 2 May 2025 (mashaheer: 'مساء الجمعة 2 مايو 2025', same figures 3346 / 2562) gives Fri 2 May 2025; headline written from the URL slug and the body; the last sentence, cut in the stored text, dropped", False, """
خالد البلشي يفوز مجددًا بمنصب نقيب الصحفيين
عاد الكاتب الصحفي خالد البلشي ليفوز بمنصب نقيب الصحفيين، بعد تقدمه في الانتخابات التي أجريت اليوم الجمعة في مقر النقابة، إثر منافسة حادة مع أبرز منافسيه، الكاتب الصحفي عبد المحسن سلامة، الرئيس السابق لمجلس إدارة الأهرام وعضو المجلس الأعلى لتنظيم الإعلام.
وقد سجلت انتخابات النقابة هذا العام، التي عرفت إقبالا واسعا من الأعضاء، سابقة تاريخية في عدد المقترعين، إذ تخطت الأصوات 6 آلاف عضو، وهو رقم لم يبلغ من قبل. وأسفرت النتائج عن حصول خالد البلشي على 3346 صوتا، بنسبة 55.3%، مقابل 2562 صوتا لعبد المحسن سلامة.
وتوزعت الأصوات على عدد من اللجان الانتخابية، وتقدم البلشي بوضوح في معظمها؛ ففي لجنة 1 نال 162 صوتا مقابل 107 أصوات لعبد المحسن سلامة، وفي لجنة 3 حصل على 160 صوتا مقابل 101 صوت لمنافسه، وفي لجنة 5 أحرز 175 صوتا مقابل 96 صوتا لسلامة.
كما استمر تفوق البلشي في لجان أخرى، منها لجنة 6 التي نال فيها 148 صوتا مقابل 117 صوتا لمنافسه، ولجنة 12 التي حصل فيها على 138 صوتا مقابل 126 صوتا.
""", [
    ev("balshy-wins", "ليفوز بمنصب نقيب الصحفيين", VOTE, "the win in the vote of 'اليوم الجمعة' = Fri 2 May 2025"),
    ev("vote", "الانتخابات التي أجريت اليوم الجمعة في مقر النقابة", VOTE, "'اليوم الجمعة' in an article of Fri 2 May 2025"),
    ev("naqib-result", "وأسفرت النتائج عن حصول خالد البلشي على 3346 صوتا", VOTE, "no own expression; the result announced on the evening of Fri 2 May 2025 (mashaheer)"),
])
art(S, "https://baladnaelyoum.com/news/1084833",
    "2025-05-03", "the page's stamp 'السبت 03 مايو 2025 | 03:15 صباحاً' (Sat 3 May 2025, kept in the text); the by-line dropped; the trailing 'اقرأ أيضا' dropped", True, """
رسميًا.. نتيجة انتخابات التجديد النصفي بنقابة الصحفيين
السبت 03 مايو 2025 | 03:15 صباحاً
أعلنت اللجنة المشرفة على الانتخابات النتائج الرسمية لانتخابات نقابة الصحفيين، التي أجريت في أجواء حماسية وبحضور كثيف من أبناء المهنة، وانتهت بفوز عدد من الأسماء البارزة في الوسط الصحفي.
وفي مقاعد عضوية المجلس فوق السن فاز كل من محمد شبانة ومحمد سعد عبد الحفيظ وحسين الزناتي، بعد منافسة شديدة عكست حرص الجمعية العمومية على تجديد دماء المجلس مع الإبقاء على الخبرات النقابية.
أما مقاعد تحت السن فقد ذهبت إلى أيمن عبد المجيد ومحمد السيد الشاذلي وإيمان عوف، وهم أصحاب طموحات واسعة لتطوير الأداء المهني والدفاع عن حقوق الصحفيين الشباب.
ويمثل فوز هذه الأسماء تأكيدا لثقة الجماعة الصحفية في قدرتهم على تمثيل مصالحها والدفاع عن قضايا المهنة، في ظل ما يواجهه الوسط الصحفي من تحديات متزايدة على صعيد الحريات والأوضاع الاقتصادية.
وكانت الجمعية العمومية قد شهدت اليوم حضورا كثيفا من الصحفيين، بعدما قررت اللجنة القضائية تمديد فترة التصويت مرتين لإتاحة المشاركة لأكبر عدد من الأعضاء، مع التشديد على منع تصوير بطاقات الاقتراع داخل اللجان.
""", [
    ev("council-results", "أعلنت اللجنة المشرفة على الانتخابات النتائج الرسمية لانتخابات نقابة الصحفيين", COUNCIL[0], "no own expression; the council count ended in the night after the vote of Fri 2 May 2025 and was out before this stamp (Sat 3 May 03:15); my span 2-3 May 2025", end=COUNCIL[1]),
    ev("council-seats-over-age", "فاز كل من محمد شبانة ومحمد سعد عبد الحفيظ وحسين الزناتي", VOTE, "elected in the vote of Fri 2 May 2025 (the result came in the night of 2-3 May)"),
    ev("vote", "وكانت الجمعية العمومية قد شهدت اليوم حضورا كثيفا من الصحفيين", VOTE, "'اليوم' written in the night after the vote (stamp Sat 3 May 2025 03:15) means the day of the general assembly, Fri 2 May 2025 (mashaheer, misrconnect), not the stamp's day"),
    ev("voting-extended", "تمديد فترة التصويت مرتين", VOTE, "during the vote of Fri 2 May 2025 (newegypt.news, not used: polls closed at 8 pm after a one-hour extension)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 659
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

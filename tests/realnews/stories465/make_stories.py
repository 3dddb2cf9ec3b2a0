"""Builds stories.jsonl: the 465-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: national football leagues and cup competitions (matches,
coach sackings, disciplinary rulings), not the Arab Cup 2025.
Stories: the ten-match ban of al-Shabab's Abdullah Matouq for spitting at the referee after the al-Taawoun match
(Saudi Roshn League, January 2026); the sacking of Raja Casablanca's coach Rachid Taoussi after the 2-3 home loss
to Olympic Safi (Moroccan Botola Pro, June 2022); the coaching turmoil at Etoile du Sahel: the 0-3 loss at Club
Africain, Mohamed Mkacher's sacking, Afouane Gharbi's appointment and resignation after one match (Tunisian
Ligue 1, January 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-shabab-matouq-spitting-ban-2026
S = "saudi-shabab-matouq-spitting-ban-2026"
MATCH = "2026-01-09"        # al-Taawoun 2-0 al-Shabab, round 14 of the Roshn League, Buraidah, Fri 9 Jan 2026
BAN = "2026-01-12"          # the disciplinary committee's 10-match ban and 100,000-riyal fine, Mon 12 Jan 2026
art(S, "https://www.lebanon24.com/news/sports/1466294/%D8%AA%D8%B5%D8%B1%D9%81-%D8%BA%D9%8A%D8%B1-%D8%A3%D8%AE%D9%84%D8%A7%D9%82%D9%8A-%D9%84%D9%84%D8%A7%D8%B9%D8%A8-%D8%B9%D8%B1%D8%A8%D9%8A-%D8%AE%D9%84%D8%A7%D9%84-%D9%85%D8%A8%D8%A7%D8%B1%D8%A7%D8%A9-%D9%83%D8%B1%D8%A9-%D9%82%D8%AF%D9%85-%D9%87%D8%B0%D8%A7-%D9%85%D8%A7-%D9%81%D8%B9%D9%84%D9%87-%D8%A3%D9%85%D8%A7%D9%85-%D8%A7%D9%84%D8%AD%D9%83%D9%85",
    "2026-01-09", "page date 2026-01-09 (the day of the match, Fri 9 Jan 2026; the embedded tweet is dated 'January 9, 2026'); headline rendered from the URL slug; the embedded tweet's byline and date dropped, its two captions re-worded as one sentence; no date of its own in the text", True, """
تصرف غير أخلاقي للاعب عربي خلال مباراة كرة قدم.. هذا ما فعله أمام الحكم
عرفت مواجهة الشباب والتعاون سلوكا وصف بأنه "غير أخلاقي" صدر عن لاعب الشباب عبدالله معتوق بعد انتهاء اللقاء الذي احتضنه ملعب الملك عبدالله في بريدة في إطار الجولة الرابعة عشرة من "دوري روشن" للمحترفين، إذ التقطت كاميرات النقل اللاعب وهو يبصق على أحد الأشخاص عقب صافرة النهاية.
ووفق المعطيات المتوفرة، فإن "لجنة الانضباط والأخلاق" تتجه إلى معاقبة اللاعب خلال الساعات المقبلة.
وأظهر مقطع متداول على منصة إكس الحكم ماجد الشمراني وهو يستدعي معتوق من غرفة الملابس ويشهر في وجهه البطاقة الحمراء.
وعلى أرض الملعب، سقط الشباب أمام التعاون بهدفين نظيفين، فتوقف رصيده عند 8 نقاط في المركز الخامس عشر، بينما رفع التعاون رصيده إلى 31 نقطة في المركز الثالث.
""", [
    ev("shabab-taawoun-match", "سقط الشباب أمام التعاون بهدفين نظيفين", MATCH, "no own expression; the round-14 match of Fri 9 Jan 2026, the day of this report (kooora: 'يوم الجمعة الماضي', 'بعد 3 أيام من المباراة' on Mon 12 Jan)"),
    ev("matouq-spits", "وهو يبصق على أحد الأشخاص عقب صافرة النهاية", MATCH, "no own expression; at the end of the match of Fri 9 Jan 2026"),
    ev("red-card", "ويشهر في وجهه البطاقة الحمراء", MATCH, "no own expression; the referee's red card at the end of the match of Fri 9 Jan 2026"),
])
art(S, "https://albiladdaily.com/2026/01/12/%D8%A7%D9%84%D8%A7%D9%86%D8%B6%D8%A8%D8%A7%D8%B7-%D8%AA%D9%88%D9%82%D9%81-%D9%84%D8%A7%D8%B9%D8%A8-%D8%A7%D9%84%D8%B4%D8%A8%D8%A7%D8%A8-10-%D9%85%D8%A8%D8%A7%D8%B1%D9%8A%D8%A7%D8%AA-%D9%88100%D8%AA/",
    "2026-01-12", "page date 2026-01-12 and URL '/2026/01/12/' (Mon 12 Jan 2026, the day of the ruling); the byline 'البلاد (جدة)' dropped; headline rendered from the (truncated) URL slug; no date of its own in the text", True, """
الانضباط توقف لاعب الشباب 10 مباريات و100 ألف ريال غرامة
قررت لجنة الانضباط والأخلاق في الاتحاد السعودي لكرة القدم إيقاف لاعب نادي الشباب عبدالله معتوق 10 مباريات رسمية، إلى جانب تغريمه 100 ألف ريال.
وصدر القرار على خلفية ما جرى في لقاء الشباب والتعاون ضمن الجولة الـ14 من دوري روشن السعودي.
وبيّنت اللجنة أن العقوبة فرضت بعدما نال لاعب الشباب بطاقة حمراء مباشرة إثر بصقه باتجاه حكم المباراة، بحسب ما تضمنه التقرير الرسمي.
وشددت اللجنة على ثبوت مخالفة معتوق للمادة 49-1-2 من لائحة الانضباط والأخلاق، وهي المادة الخاصة بالسلوك غير الرياضي تجاه الحكام والمسؤولين داخل الميدان.
ويسري الإيقاف على كل المباريات الرسمية للفريق الأول، ويدخل فيه الإيقاف التلقائي المترتب على البطاقة الحمراء المباشرة.
وألزم الاتحاد اللاعب كذلك بسداد الغرامة المالية البالغة 100 ألف ريال لصالحه، تأكيدا للحزم في تطبيق لوائح الانضباط وصون نزاهة المنافسات.
ولفتت اللجنة إلى أن القرار قابل للاستئناف، ما يتيح للاعب أو لنادي الشباب التقدم بطلب إعادة النظر وفق الإجراءات النظامية المتبعة في الاتحاد السعودي لكرة القدم.
""", [
    ev("ban-decision", "قررت لجنة الانضباط والأخلاق في الاتحاد السعودي لكرة القدم إيقاف لاعب نادي الشباب", BAN, "no own expression; the ruling of Mon 12 Jan 2026, the day of this report (goal.com: 'مساء اليوم الإثنين')"),
    ev("shabab-taawoun-match", "على خلفية ما جرى في لقاء الشباب والتعاون", MATCH, "no own expression; the round-14 match of Fri 9 Jan 2026"),
    ev("red-card", "بعدما نال لاعب الشباب بطاقة حمراء مباشرة", MATCH, "no own expression; the red card at the end of the match of Fri 9 Jan 2026"),
    ev("matouq-spits", "إثر بصقه باتجاه حكم المباراة", MATCH, "no own expression; at the end of the match of Fri 9 Jan 2026"),
])
art(S, "https://www.almashhad.com/amp/article/218257510540304-sports/953459472010293-%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D9%84%D8%A7%D8%B9%D8%A8-%D8%A7%D9%84%D8%B4%D8%A8%D8%A7%D8%A8-%D8%B9%D8%A8%D8%AF-%D8%A7%D9%84%D9%84%D9%87-%D9%85%D8%B9%D8%AA%D9%88%D9%82-%D9%84%D9%8010-%D9%85%D8%A8%D8%A7%D8%B1%D9%8A%D8%A7%D8%AA-%D9%88%D8%AA%D8%BA%D8%B1%D9%8A%D9%85%D9%87-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D8%A8%D8%B5%D9%82-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AD%D9%83%D9%85",
    "2026-01-12", "no date on the stored page; the body's 'اليوم الاثين' (sic, for 'الاثنين', kept verbatim) for the announcement of the ban, which was issued on Mon 12 Jan 2026 (albiladdaily and goal.com of that day), gives Mon 12 Jan 2026; headline rendered from the URL slug; the sub-headings dropped; the last, truncated sentence shortened", False, """
فيديو.. إيقاف لاعب الشباب عبد الله معتوق لـ10 مباريات وتغريمه بسبب البصق على الحكم
كشفت لجنة الانضباط والأخلاق في الاتحاد السعودي لكرة القدم، اليوم الاثين، عن قرارها إيقاف لاعب الشباب عبد الله معتوق وإنزال عقوبة صارمة به، بسبب واقعة وصفت بأنها "سلوك غير لائق" تجاه أحد حكام دوري "روشن" السعودي، وهو قرار أثار جدلا كبيرا.
وصدرت العقوبة بعد أيام قليلة من لقاء الشباب والتعاون في الجولة 14 من البطولة.
وذكرت اللجنة أن معتوق أقدم على تصرف غير رياضي، إذ بصق على الحكم ماجد الشمراني بعد صافرة نهاية المباراة التي خسرها الشباب 0-2، ما دفع الحكم إلى طرده مباشرة بالبطاقة الحمراء.
ووقعت الحادثة في الوقت بدل الضائع، بعد أن تلقى معتوق بطاقة صفراء أولا، ثم اعترض بطريقة غير لائقة، فتطور الموقف إلى تصرف رأت فيه اللجنة خرقا للوائح السلوك والانضباط.
وقضى قرار اللجنة بإيقاف اللاعب 10 مباريات رسمية يدخل فيها الإيقاف التلقائي الناجم عن الطرد المباشر، مع تغريمه 100 ألف ريال سعودي، وأكدت أن القرار يقبل الاستئناف وفق اللوائح المعمول بها.
وبمقتضى هذه العقوبة، سيغيب اللاعب البالغ من العمر 22 عاما عن عدد كبير من مباريات فريقه القادمة.
""", [
    ev("ban-decision", "عن قرارها إيقاف لاعب الشباب عبد الله معتوق", BAN, "'اليوم الاثين' (= الاثنين) = Mon 12 Jan 2026"),
    ev("shabab-taawoun-match", "بعد أيام قليلة من لقاء الشباب والتعاون", MATCH, "'بعد أيام قليلة' before Mon 12 Jan; the round-14 match of Fri 9 Jan 2026"),
    ev("matouq-spits", "إذ بصق على الحكم ماجد الشمراني", MATCH, "no own expression; at the end of the match of Fri 9 Jan 2026"),
    ev("red-card", "ما دفع الحكم إلى طرده مباشرة بالبطاقة الحمراء", MATCH, "no own expression; the red card at the end of the match of Fri 9 Jan 2026"),
    ev("yellow-card", "بعد أن تلقى معتوق بطاقة صفراء أولا", MATCH, "no own expression; in stoppage time of the match of Fri 9 Jan 2026"),
])

# ---------------------------------------------------------------- morocco-raja-taoussi-sacked-2022
S = "morocco-raja-taoussi-sacked-2022"
LOSS = "2022-06-22"         # Raja 2-3 Olympic Safi, round 27 of the Botola Pro, Mohammed V complex, Wed 22 Jun 2022
STATEMENT = "2022-06-23"    # Raja's official statement on parting with Taoussi, Bakkari and Ameri, Thu 23 Jun 2022
art(S, "https://www.dakhla7.com/13222/13222/",
    "2022-06-22", "date line '22 يونيو 2022' and 'آخر تحديث : الأربعاء 22 يونيو 2022 - 7:48 مساءً' (22 Jun 2022 was a Wednesday, the day of the match); the byline and the ad slot dropped; headline kept from the page; the last, truncated sentence shortened; no date of its own in the text", True, """
بعد الخسارة أمام أولمبيك آسفي.. البدراوي يقيل مدرب الرجاء الطاوسي
أعفى عزيز البدراوي، رئيس الرجاء الرياضي، المدرب رشيد الطاوسي من مهامه على رأس الفريق مباشرة بعد خسارة الرجاء أمام أولمبيك آسفي بثلاثة أهداف مقابل هدفين، في المباراة التي احتضنها مركب محمد الخامس بالدار البيضاء برسم الجولة 27 من البطولة الاحترافية في قسمها الأول.
وعقد البدراوي لقاء مع الطاوسي عقب نهاية مواجهة أولمبيك آسفي للوقوف على أسباب السقوط أمام القرش المسفيوي، لا سيما أن الفريق الأخضر تقدم في النتيجة مرتين قبل أن ينهزم هزيمة أبعدته نسبيا عن سباق اللقب، فقرر الرئيس بعد انتهاء الاجتماع إقالة المدرب.
وأفضت الهزيمة أمام أولمبيك آسفي إلى تراجع حظوظ الرجاء في التتويج بلقب البطولة الاحترافية للمرة 13، إذ صار يتأخر عن المتصدر وغريمه التقليدي الوداد الرياضي بست نقاط كاملة، قبل ثلاث جولات فقط من ختام الموسم، ليقترب أبناء الركراكي من إحراز اللقب للمرة الثانية على التوالي والـ22 في تاريخهم.
ومن المنتظر أن يعلن الرجاء بشكل رسمي إقالة الطاوسي في الساعات القليلة المقبلة.
""", [
    ev("raja-safi-loss", "مباشرة بعد خسارة الرجاء أمام أولمبيك آسفي بثلاثة أهداف مقابل هدفين", LOSS, "no own expression; the round-27 match of Wed 22 Jun 2022, the day of this report (assabah: 'أول أمس (الأربعاء)')"),
    ev("taoussi-sacked", "أعفى عزيز البدراوي، رئيس الرجاء الرياضي، المدرب رشيد الطاوسي", LOSS, "no own expression; right after the match of Wed 22 Jun 2022"),
    ev("badraoui-taoussi-meeting", "وعقد البدراوي لقاء مع الطاوسي", LOSS, "no own expression; after the end of the match of Wed 22 Jun 2022"),
    ev("raja-official-statement", "أن يعلن الرجاء بشكل رسمي إقالة الطاوسي", STATEMENT, "'في الساعات القليلة المقبلة' from Wed 22 Jun; the club's statement came on Thu 23 Jun 2022 (barlamanesport of that day: 'قبل قليل')"),
])
art(S, "https://barlamanesport.com/%d8%ba%d8%b6%d8%a8%d8%a9-%d8%a7%d9%84%d8%a8%d8%af%d8%b1%d8%a7%d9%88%d9%8a-%d8%aa%d8%b9%d8%b5%d9%81-%d8%a8%d8%ab%d9%84%d8%a7%d8%ab-%d8%b1%d8%a4%d9%88%d8%b3",
    "2022-06-23", "no date on the stored page; the body's 'ليلة أمس (الأربعاء)' and 'نشر أمس (الأربعاء)' for the night and the day of the match, Wed 22 Jun 2022, give Thu 23 Jun 2022 (23 Jun 2022 was a Thursday); headline rendered from the URL slug", False, """
غضبة البدراوي تعصف بثلاثة رؤوس
أدت "غضبة" عزيز البدراوي، الرئيس الجديد للرجاء الرياضي لكرة القدم، إلى إقالة المدرب رشيد الطاوسي ومساعده محمد البكاري، إضافة إلى عزيز العامري الذي كان يتولى منصب المدير الرياضي للنادي نفسه.
وأصدرت إدارة الرجاء قبل قليل بلاغا أبلغت فيه جماهيرها بانفصال الفريق الأخضر بالتراضي عن الثلاثي المذكور، بعد فسخ عقودهم إثر اتفاق تم التوصل إليه ليلة أمس (الأربعاء).
وكان موقع "برلمان.رياضة" قد نشر أمس (الأربعاء) خبر فك الرجاء ارتباطه بمدربه رشيد الطاوسي، عقب اجتماع عاجل مع رئيس النادي عزيز البدراوي، مباشرة بعد الهزيمة غير المتوقعة التي تلقاها الفريق على أرضية المركب الرياضي محمد الخامس بالدار البيضاء أمام ضيفه أولمبيك آسفي، برسم الدورة 27 من الدوري الاحترافي.
واختتم الرجاء بلاغه بتوجيه الشكر إلى الثلاثي المقال، متمنيا لهم التوفيق في مسيرتهم المهنية، في حين يظل بوشعيب لمباركي المرشح الأبرز لقيادة الفريق بصفة مؤقتة خلفا للطاوسي في المباراة المقبلة أمام حسنية أكادير.
""", [
    ev("raja-official-statement", "وأصدرت إدارة الرجاء قبل قليل بلاغا", STATEMENT, "'قبل قليل' in an article of Thu 23 Jun 2022"),
    ev("contracts-terminated", "إثر اتفاق تم التوصل إليه ليلة أمس (الأربعاء)", LOSS, "'ليلة أمس (الأربعاء)' from Thu 23 Jun 2022 = the night of Wed 22 Jun"),
    ev("taoussi-sacked", "إلى إقالة المدرب رشيد الطاوسي", LOSS, "no own expression; Taoussi was dismissed right after the match of Wed 22 Jun 2022 (dakhla7 of that day)"),
    ev("barlaman-report", "قد نشر أمس (الأربعاء) خبر فك الرجاء ارتباطه", LOSS, "'أمس (الأربعاء)' from Thu 23 Jun 2022 = Wed 22 Jun"),
    ev("badraoui-taoussi-meeting", "عقب اجتماع عاجل مع رئيس النادي عزيز البدراوي", LOSS, "no own expression; right after the match of Wed 22 Jun 2022"),
    ev("raja-safi-loss", "مباشرة بعد الهزيمة غير المتوقعة التي تلقاها الفريق", LOSS, "no own expression; the round-27 match of Wed 22 Jun 2022 ('أمس (الأربعاء)' in the same sentence)"),
])
art(S, "https://assabah.ma/643057.html",
    "2022-06-24", "no date on the stored page; a report of the daily assabah whose 'أول أمس (الأربعاء)' for the match of Wed 22 Jun 2022 gives its edition of Fri 24 Jun 2022 (24 Jun 2022 was a Friday); the page's sub-heading kept as the headline (the stored text has no other); the last, truncated sentence shortened", False, """
إقالته مباشرة بعد نهاية المباراة واجتماع طارئ لتصحيح الوضع
أسقط أولمبيك آسفي رشيد الطاوسي، مدرب الرجاء الرياضي، بعد انتصاره في ملعب محمد الخامس بالبيضاء، أول أمس (الأربعاء)، بثلاثة أهداف لاثنين، إذ أقيل مباشرة بعد انتهاء المباراة هو وطاقمه التقني.
وكان الأولمبيك متأخرا في الشوط الأول بهدفين لواحد، بعدما افتتح الرجاء التسجيل من ضربة جزاء نفذها حميد أحداد (الدقيقة العاشرة)، ثم أدرك عادل حمزة خابا التعادل لآسفي في الدقيقة 21، قبل أن يضيف مروان الهدهودي هدفا للرجاء قبل نهاية الشوط بلحظات، غير أن لاعبي الأولمبيك عادوا في الشوط الثاني بوجه أفضل وسجلوا هدفين، الأول عن طريق جبريل واتارا في الدقيقة 72، والثاني عن طريق كلاوديو سانتوس في الدقيقة 85، ليحسموا اللقاء لفائدتهم (3-2).
ولم يتأخر عزيز البدراوي، رئيس الرجاء الرياضي، بعد الهزيمة في إبلاغ الطاوسي بقرار إقالته، بعدما أصبح الظفر بلقب البطولة الوطنية صعب المنال، إذ ابتعد الوداد الرياضي المتصدر بست نقاط إثر فوزه بملعب نهضة بركان، في اليوم نفسه، بهدف لصفر.
وينتظر أن يجتمع البدراوي اجتماعا طارئا بأعضاء مكتبه المسير، الذي لا يزال قيد التشكل، لرسم معالم المرحلة المقبلة والشروع مبكرا في التحضير للموسم المقبل، عبر اختيار مدرب جديد وإبرام انتدابات وازنة.
""", [
    ev("raja-safi-loss", "بعد انتصاره في ملعب محمد الخامس بالبيضاء، أول أمس (الأربعاء)", LOSS, "'أول أمس (الأربعاء)' in the edition of Fri 24 Jun 2022 = Wed 22 Jun"),
    ev("taoussi-sacked", "إذ أقيل مباشرة بعد انتهاء المباراة هو وطاقمه التقني", LOSS, "'مباشرة بعد انتهاء المباراة' of Wed 22 Jun 2022"),
    ev("safi-winning-goal", "والثاني عن طريق كلاوديو سانتوس في الدقيقة 85", LOSS, "'في الدقيقة 85' of the match of Wed 22 Jun 2022"),
    ev("badraoui-taoussi-meeting", "في إبلاغ الطاوسي بقرار إقالته", LOSS, "no own expression; Badraoui told Taoussi at their meeting right after the match of Wed 22 Jun 2022"),
    ev("wydad-berkane-win", "إثر فوزه بملعب نهضة بركان، في اليوم نفسه", LOSS, "'في اليوم نفسه' = the day of the Raja match, Wed 22 Jun 2022"),
])

# ---------------------------------------------------------------- tunisia-etoile-sahel-mkacher-gharbi-2026
S = "tunisia-etoile-sahel-mkacher-gharbi-2026"
CA_MATCH = "2026-01-22"     # Club Africain 3-0 Etoile du Sahel at Rades, round 17, Thu 22 Jan 2026
MKACHER_OUT = "2026-01-26"  # Etoile ends Mohamed Mkacher's contract, Mon 26 Jan 2026 (Gharbi named that evening)
BG_MATCH = "2026-01-28"     # Etoile 0-0 US Ben Guerdane, round 18, and Gharbi's resignation, Wed 28 Jan 2026
art(S, "https://arabesque.tn/ar/article/132113/%D8%AC%D9%85%D8%A7%D9%87%D9%8A%D8%B1-%D8%A7%D9%84%D9%86%D8%AC%D9%85-%D8%A7%D9%84%D8%B3%D8%A7%D8%AD%D9%84%D9%8A-%D8%AA%D8%B7%D8%A7%D9%84%D8%A8-%D8%A8%D8%B1%D8%AD%D9%8A%D9%84-%D8%A7%D9%84%D9%85%D8%AF%D8%B1%D8%A8-%D9%88%D8%B7%D8%B1%D8%AF-%D8%AB%D9%84%D8%A7%D8%AB%D8%A9-%D9%84%D8%A7%D8%B9%D8%A8%D9%8A%D9%86",
    "2026-01-23", "no date on the stored page; the body's 'مساء أمس الخميس 22 جانفي 2026' for the match gives Fri 23 Jan 2026 (22 Jan 2026 was a Thursday); the section tag dropped; headline kept from the page; the last, truncated sentence shortened", False, """
جماهير النجم الساحلي تطالب برحيل المدرب وطرد ثلاثة لاعبين
أشعلت الخسارة الثقيلة التي تلقاها النجم الساحلي أمام مضيفه النادي الإفريقي، مساء أمس الخميس 22 جانفي 2026، في إطار الرابطة المحترفة الأولى، موجة غضب واسعة بين الأنصار وصلت إلى حد المطالبة بإقالة المدرب محمد المكشر وإبعاد عدد من اللاعبين.
وانهزم النجم، صاحب 11 لقبا في البطولة آخرها موسم 2022 ـ 2023، بثلاثية دون رد على ملعب رادس، ليمنى بهزيمته السابعة هذا الموسم بعد 17 جولة، ويتوقف رصيده عند 22 نقطة في المرتبة الثامنة، على بعد 15 نقطة كاملة من الصدارة.
ولم يصمد فريق المكشر أمام هجوم إفريقي جارف بقيادة فراس شواط الذي وقع ثلاثية رائعة في الدقائق 41 و66 و76، ليصعد بفريقه إلى الصدارة مؤقتا بالتساوي مع الترجي الرياضي التونسي حامل اللقب، برصيد 37 نقطة.
ولم تقف خيبة النجم عند حدود النتيجة الثقيلة، بل صاحبها أداء باهت ازداد سوءا بطرد المدرب محمد المكشر في الشوط الثاني، بعد مشادة كلامية مع حكم المباراة نضال اللطيف اعتراضا على أحد القرارات التحكيمية.
وإثر صافرة النهاية، أطلق أنصار النجم سيلا من الانتقادات الحادة على مواقع التواصل الاجتماعي، وطالبوا بإقالة المكشر.
""", [
    ev("ca-etoile-match", "الخسارة الثقيلة التي تلقاها النجم الساحلي أمام مضيفه النادي الإفريقي", CA_MATCH, "'مساء أمس الخميس 22 جانفي 2026' = Thu 22 Jan 2026"),
    ev("chouat-hat-trick", "فراس شواط الذي وقع ثلاثية رائعة", CA_MATCH, "'في الدقائق 41 و66 و76' of the match of Thu 22 Jan 2026"),
    ev("mkacher-sent-off", "بطرد المدرب محمد المكشر في الشوط الثاني", CA_MATCH, "'في الشوط الثاني' of the match of Thu 22 Jan 2026"),
    ev("fans-demand-sacking", "أطلق أنصار النجم سيلا من الانتقادات الحادة", CA_MATCH, "'إثر صافرة النهاية' of Thu 22 Jan 2026; the online campaign went on into Fri 23 Jan (my span 22-23 Jan)", end="2026-01-24"),
])
art(S, "https://www.aletihad.ae/news/%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6%D9%8A/4640018/-%D8%AA%D9%84%D8%A7%D8%AB%D9%8A%D8%A9-%D8%A7%D9%84%D8%A3%D9%81%D8%B1%D9%8A%D9%82%D9%8A--%D8%AA%D8%B7%D9%8A%D8%AD-%D9%85%D8%AF%D8%B1%D8%A8-%D8%A7%D9%84%D9%86%D8%AC%D9%85-%D8%A7%D9%84%D8%B3%D8%A7%D8%AD%D9%84%D9%8A",
    "2026-01-26", "page date 2026-01-26 (Mon 26 Jan 2026), agreeing with the body's 'اليوم الاثنين'; the byline 'تونس (د ب أ)' dropped; headline rendered from the URL slug", True, """
ثلاثية الأفريقي تطيح مدرب النجم الساحلي
أعلن النجم الرياضي الساحلي التونسي اليوم الاثنين فسخ عقد المدرب محمد المكشر بعد أسابيع فقط من تسلمه مهامه، ونشر النادي بيانا على صفحته الرسمية في فيسبوك أكد فيه إنهاء التعاقد بالتراضي بين الطرفين.
وأتت الإقالة في أعقاب الهزيمة الكبيرة التي تلقاها الفريق أمام الأفريقي بثلاثة أهداف دون مقابل يوم الجمعة الماضي في الدوري التونسي.
وكان المكشر قد رجع لتدريب النجم في العاشر من ديسمبر الماضي بعقد يسري حتى نهاية يونيو 2027، بعد خمسة أشهر من إقالته الموسم الماضي.
ويقبع النجم الساحلي، الذي يتخبط منذ الموسم الماضي في أزمة نتائج وأزمة مالية متواصلة، في المركز الثامن بجدول ترتيب الدوري المحلي، بفارق 15 نقطة عن الترجي المتصدر بعد مرور 17 جولة.
""", [
    ev("mkacher-sacked", "فسخ عقد المدرب محمد المكشر", MKACHER_OUT, "'اليوم الاثنين' = Mon 26 Jan 2026"),
    ev("ca-etoile-match", "الهزيمة الكبيرة التي تلقاها الفريق أمام الأفريقي", CA_MATCH, "the text says 'يوم الجمعة الماضي' (Fri 23 Jan), but the match was played on Thu 22 Jan 2026 (arabesque, touwensa: 'مساء أمس الخميس 22 جانفي 2026'); gold is the true day"),
    ev("mkacher-return", "قد رجع لتدريب النجم في العاشر من ديسمبر الماضي", "2025-12-10", "'في العاشر من ديسمبر الماضي' from Jan 2026 = Wed 10 Dec 2025"),
])
art(S, "https://www.albayan.ae/sports/1036086",
    "2026-01-29", "page date 2026-01-29 (Thu 29 Jan 2026), the morning after the resignation of Wed 28 Jan ('مساء الأربعاء'); headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
عفوان الغربي يغادر النجم الساحلي بعد مباراة واحدة
ترك عفوان الغربي منصبه على رأس الإطار الفني للنجم الساحلي بعد ساعات قليلة من أول مباراة رسمية يخوضها مع الفريق، إثر التعادل السلبي أمام اتحاد بن قردان.
وكان الغربي قد تسلم قيادة الفريق رسميا قبل أيام قليلة خلفا لمحمد المكشر الذي أقيل بعد تجربة قصيرة، ثم بدأ مهمته بقيادة النجم الساحلي في لقاء اتحاد بن قردان ضمن الجولة الـ 18 من الدوري الممتاز.
وقدم المدرب البالغ من العمر 47 عامًا استقالته بعد دقائق من انتهاء المباراة، منهيا تجربته مع الفريق بعد مباراة واحدة وحصة تدريبية واحدة، في واحدة من أسرع الاستقالات في الموسم الحالي.
وأفادت مصادر قريبة من النادي بأن الغربي أعلم رئيس النجم الساحلي فؤاد قاسم بقراره مساء الأربعاء، معتذرا عن مواصلة مهمته، تحت وطأة الضغوط التي واجهها بعد التعادل.
وبحسب المصادر نفسها، تعرض المدرب لانتقادات لاذعة عقب اللقاء، لا سيما أن الجماهير كانت تنتظر ردة فعل إيجابية بعد الهزيمة الثقيلة أمام الإفريقي بثلاثية نظيفة في الجولة السابقة.
ويعقد مسؤولو النجم الساحلي اجتماعا عاجلا خلال الساعات المقبلة للنظر في الاستقالة، في ظل مساع من مجلس الإدارة لإقناع الغربي بالعدول عن قراره.
""", [
    ev("etoile-benguerdane-draw", "إثر التعادل السلبي أمام اتحاد بن قردان", BG_MATCH, "no own expression; the round-18 match of Wed 28 Jan 2026 (eremnews: 'اليوم الأربعاء'; this text: 'مساء الأربعاء' for the resignation right after it)"),
    ev("gharbi-appointed", "وكان الغربي قد تسلم قيادة الفريق رسميا قبل أيام قليلة", MKACHER_OUT, "'قبل أيام قليلة'; Gharbi was named on the evening of Mon 26 Jan 2026 (eremnews: 'ومساء الاثنين، أعلن النجم الساحلي ... عن تعيين')"),
    ev("mkacher-sacked", "خلفا لمحمد المكشر الذي أقيل بعد تجربة قصيرة", MKACHER_OUT, "no own expression; Mkacher's contract was ended on Mon 26 Jan 2026 (aletihad: 'اليوم الاثنين')"),
    ev("gharbi-resigns", "وقدم المدرب البالغ من العمر 47 عامًا استقالته", BG_MATCH, "'بعد دقائق من انتهاء المباراة' of Wed 28 Jan 2026"),
    ev("gharbi-informs-president", "أعلم رئيس النجم الساحلي فؤاد قاسم بقراره مساء الأربعاء", BG_MATCH, "'مساء الأربعاء' = Wed 28 Jan 2026"),
    ev("ca-etoile-match", "بعد الهزيمة الثقيلة أمام الإفريقي بثلاثية نظيفة", CA_MATCH, "no own expression ('في الجولة السابقة'); the match of Thu 22 Jan 2026"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 465
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

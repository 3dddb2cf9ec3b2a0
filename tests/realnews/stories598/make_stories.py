"""Builds stories.jsonl: the 598-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: Arab national teams in continental football tournaments
(Africa Cup of Nations, Asian Cup, Arab Cup): matches, eliminations, coaches sacked afterwards.
Stories: Morocco's round-of-16 exit against Benin at the 2019 Africa Cup of Nations in Egypt (July 2019),
Tunisia's group-stage exit after the 0-0 draw with South Africa and the end of Jalel Kadri's tenure (AFCON
2023 in Cote d'Ivoire, January 2024), and Algeria's group-stage exit after the 1-3 loss to Cote d'Ivoire as
title holder (AFCON 2021 in Cameroon, January 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-benin-afcon-round16-exit-2019
S = "morocco-benin-afcon-round16-exit-2019"
MATCH = "2019-07-05"                       # Morocco - Benin (1-1, 1-4 on penalties), Cairo, Fri 5 Jul 2019
AFCON19 = ("2019-06-21", "2019-07-20")     # the 2019 Africa Cup of Nations in Egypt, 21 Jun - 19 Jul 2019
MINISTER = "2019-07-08"                    # the minister's answer in the oral-questions session, Mon 8 Jul 2019
art(S, "https://m2.youm7.com/story/2019/7/5/ركلات-الترجيح-تحسم-مباراة-المغرب-ضد-بنين-في-دور-الـ16/4320085",
    MATCH, "date line on the page: 'الجمعة، 05 يوليو 2019 08:41 م' (5 Jul 2019 was a Friday); written during the match, before the shoot-out; the byline, share buttons and the truncated end of the last sentence dropped; headline kept from the page", True, """
ركلات الترجيح تحسم مباراة المغرب ضد بنين في دور الـ16 بأمم إفريقيا
ستُحسم مواجهة المنتخب المغربي أمام منافسه البنيني بركلات الجزاء الترجيحية، بعدما بقي التعادل 1-1 قائما بين الفريقين عقب خوض شوطين إضافيين، في المباراة التي تجمعهما حاليا على ملعب "السلام" ضمن بطولة كأس الأمم الأفريقية التي تحتضنها مصر حاليا، والتي تنقلها قناة "تايم سبورت" عبر البث الأرضي.
واستمر التعادل الإيجابي 1-1 بين المنتخبين رغم خوضهما شوطين إضافيين مدة كل منهما 15 دقيقة، ليتم اللجوء إلى ركلات الجزاء الترجيحية لتحديد المتأهل إلى الدور ربع النهائي.
وكان منتخب بنين سباقا إلى التسجيل بواسطة مواز أديليهو في الدقيقة 53، حين تابع كرة عرضية مباشرة داخل المرمى مستغلا خطأ دفاعيا فادحا من لاعبي المغرب.
وأدرك يوسف النصيري التعادل لمنتخب المغرب في الدقيقة 76 إثر انفراد بالمرمى.
وحصل المنتخب المغربي على ركلة جزاء انتزعها أشرف حكيمي بذكاء في الدقيقة 92، وتقدم لتنفيذها حكيم زياش، نجم منتخب المغرب ونادي أياكس الهولندي.
""", [
    ev("morocco-benin-match", "مواجهة المنتخب المغربي أمام منافسه البنيني", MATCH, "no own expression; the match played on Fri 5 Jul 2019, the day of the date line ('حاليا')"),
    ev("penalty-shootout", "ليتم اللجوء إلى ركلات الجزاء الترجيحية", MATCH, "no own expression; the shoot-out at the end of the match of Fri 5 Jul 2019"),
    ev("extra-time-draw", "رغم خوضهما شوطين إضافيين مدة كل منهما 15 دقيقة", MATCH, "no own expression; the extra time of the match of Fri 5 Jul 2019"),
    ev("ziyech-penalty-miss", "وتقدم لتنفيذها حكيم زياش", MATCH, "no own expression; Ziyech's stoppage-time penalty (hit the post) in the match of Fri 5 Jul 2019"),
    ev("afcon-2019-tournament", "بطولة كأس الأمم الأفريقية التي تحتضنها مصر حاليا", AFCON19[0], "no own expression; the 2019 tournament in Egypt, 21 Jun - 19 Jul 2019 (elcaptain/casablancatoday give these dates)", end=AFCON19[1]),
])
art(S, "https://aldar.ma/?p=36627",
    MATCH, "no date line in the stored text; the body's 'اليوم الجمعة' for the exit of Fri 5 Jul 2019 (youm7 date line of 5 Jul 2019) and the report of the fans still in the stands after the match give Fri 5 Jul 2019; the byline and photo credit dropped; headline kept from the page", False, """
حزن وغضب بعد الإقصاء الصادم أمام البنين
خيمت صدمة كبيرة على الجماهير المغربية، اليوم الجمعة، إثر خروج المنتخب المغربي من الباب الضيق في مشاركته بنهائيات كأس أمم أفريقيا 2019 المقامة حاليا في مصر.
وبدت علامات الحزن جلية على وجوه اللاعبين والجماهير التي تحملت مشاق السفر والإقامة لمؤازرة الأسود في البطولة القارية، إذ بقي المشجعون طويلا في مدرجات ملعب السلام بالقاهرة يتبادلون التحية مع اللاعبين ويتقاسمون معهم مرارة الإقصاء غير المنتظر أمام منتخب البنين في دور ثمن النهائي.
وتوقفت رحلة المنافسة على اللقب القاري على يد منتخب سجل أول فوز له على الأسود، بعدما اكتفى بثلاثة تعادلات في دور المجموعات، وذلك بركلات الترجيح التي أضاعها كل من يوسف النصيري وسفيان بوفال.
وتجدر الإشارة إلى أن حكيم زياش، نجم أياكس أمستردام، حظي بفرصة لا تعوض لحسم اللقاء لصالح المنتخب المغربي، غير أنه أهدر ركلة جزاء في الدقائق الأخيرة من الوقت الأصلي، قبل أن يمر الفريقان إلى الأشواط الإضافية التي انتهت بالتعادل بهدف في كل شباك.
""", [
    ev("morocco-exit", "إثر خروج المنتخب المغربي من الباب الضيق", MATCH, "'اليوم الجمعة' = Fri 5 Jul 2019"),
    ev("afcon-2019-tournament", "نهائيات كأس أمم أفريقيا 2019 المقامة حاليا في مصر", AFCON19[0], "no own expression; the 2019 tournament in Egypt, 21 Jun - 19 Jul 2019", end=AFCON19[1]),
    ev("penalty-shootout", "بركلات الترجيح التي أضاعها كل من يوسف النصيري وسفيان بوفال", MATCH, "no own expression; the shoot-out of the match of Fri 5 Jul 2019"),
    ev("ziyech-penalty-miss", "غير أنه أهدر ركلة جزاء في الدقائق الأخيرة من الوقت الأصلي", MATCH, "no own expression; in the match of Fri 5 Jul 2019"),
    ev("extra-time-draw", "الأشواط الإضافية التي انتهت بالتعادل بهدف في كل شباك", MATCH, "no own expression; the extra time of the match of Fri 5 Jul 2019"),
])
art(S, "https://elbotola.com/article/2019-07-08-19-22-897.html",
    MINISTER, "no date line in the stored text; the article's address carries the stamp 2019-07-08-19-22 (Mon 8 Jul 2019, 19:22), and the minister spoke in the House of Representatives' weekly oral-questions session, held on Mondays; the body itself has no date; the byline 'م.ذ (البطولة)' dropped; headline written from the body (the stored text has none)", False, """
الطالبي العلمي يتحدث أمام البرلمان عن إقصاء الأسود وركلة زياش
تطرق وزير الشباب والرياضة، رشيد الطالبي العلمي، إلى خروج المنتخب الوطني المغربي من ثمن نهائي "كأس أمم أفريقيا توتال 2019"، كما أبدى رأيه في ركلة الجزاء التي ضيعها حكيم زياش، لاعب أياكس أمستردام، في الدقيقة الأخيرة من مباراة البنين.
وقال الطالبي العلمي وهو يتفاعل مع النواب خلال جلسة الأسئلة الشفوية بالبرلمان: "لم يكن الحظ إلى جانبنا، كما أن حكم المباراة ألغى لنا هدفا واضحا بداعي تسلل غير صحيح، ولم يعلن عن ضربة جزاء واضحة لصالح المغرب".
وتابع المسؤول ذاته: "أما عن إهدار زياش لركلة الجزاء، فكبار النجوم يضيعون ضربات الجزاء، والحظ لم يحالفه، إذ مرت الكرة على بعد سنتيمترات قليلة من المرمى بعدما ارتطمت بالقائم، واللاعب بذل كل ما يستطيع لكنه كان تحت وطأة الضغط"، معتبرا أن ذلك من القضاء والقدر ومن "تقواس بعض المشوشين" على حد تعبيره.
ويشار إلى أن "أسود الأطلس" غادروا نهائيات "الكان" المقامة في مصر من دور ثمن النهائي على يد البنين بركلات الترجيح، بعدما انتهى الوقتان الأصلي والإضافي بالتعادل بهدف لمثله.
""", [
    ev("minister-parliament-remarks", "وقال الطالبي العلمي وهو يتفاعل مع النواب خلال جلسة الأسئلة الشفوية بالبرلمان", MINISTER, "no own expression; the oral-questions session of Mon 8 Jul 2019, the day of the address's stamp"),
    ev("morocco-exit", "إلى خروج المنتخب الوطني المغربي من ثمن نهائي", MATCH, "no own expression; the exit of Fri 5 Jul 2019 (aldar 'اليوم الجمعة', youm7 date line)"),
    ev("ziyech-penalty-miss", "في ركلة الجزاء التي ضيعها حكيم زياش", MATCH, "no own expression; in the match of Fri 5 Jul 2019"),
    ev("disallowed-goal", "ألغى لنا هدفا واضحا بداعي تسلل غير صحيح", MATCH, "no own expression; in the match of Fri 5 Jul 2019 (almaghribia: Nesyri flagged offside)"),
    ev("penalty-shootout", "على يد البنين بركلات الترجيح", MATCH, "no own expression; the shoot-out of Fri 5 Jul 2019"),
])

# ---------------------------------------------------------------- tunisia-south-africa-afcon-exit-kadri-2024
S = "tunisia-south-africa-afcon-exit-kadri-2024"
DRAW = "2024-01-24"                        # South Africa - Tunisia 0-0 in Korhogo, Wed 24 Jan 2024; Kadri announces he is leaving
NAMIBIA = "2024-01-16"                     # Tunisia - Namibia 0-1, Tue 16 Jan 2024
MALI = "2024-01-20"                        # Tunisia - Mali 1-1, Sat 20 Jan 2024
FTF = "2024-01-27"                         # the federation ends Kadri's tenure and names interim coaches, Sat 27 Jan 2024
AFCON23 = ("2024-01-13", "2024-02-12")     # AFCON 2023 in Cote d'Ivoire, 13 Jan - 11 Feb 2024
art(S, "https://alakhbar.info/?q=node%2F52193",
    DRAW, "date line on the page: '24 يناير, 2024 - 19:02' (24 Jan 2024 was a Wednesday); the outlet tag 'الأخبار (نواكشوط) -' and the date line dropped; headline kept from the page", True, """
تونس تغادر الكان وباقي منتخبات مجموعتها تتأهل لدور الـ16
ودّع منتخب تونس رسميا نهائيات كأس الأمم الإفريقية في نسختها الـ34 الجارية في ساحل العاج، إثر تعادله السلبي دون أهداف مع منتخب جنوب إفريقيا.
وكان نسور قرطاج في حاجة إلى الانتصار لضمان العبور إلى ثمن نهائي كأس الأمم الإفريقية، بعدما تعادلوا في وقت سابق مع مالي وخسروا أمام ناميبيا.
وبهذا التعادل أمام جنوب إفريقيا توقف رصيد المنتخب التونسي عند نقطتين ليغادر البطولة القارية، في حين رفعت جنوب إفريقيا رصيدها إلى 4 نقاط وبلغت الدور الموالي.
وضمن المجموعة الخامسة نفسها، تعادل منتخب مالي مع نظيره الناميبي 0-0 لينهي الدور الأول في الصدارة بـ5 نقاط، تليه جنوب إفريقيا بـ4 نقاط متقدمة بفارق الأهداف على ناميبيا، التي ظفرت ببطاقة العبور إلى دور الـ16 ضمن أفضل أصحاب المركز الثالث.
""", [
    ev("tunisia-exit", "ودّع منتخب تونس رسميا نهائيات كأس الأمم الإفريقية", DRAW, "no own expression; the exit of Wed 24 Jan 2024, the day of the date line"),
    ev("tunisia-south-africa-draw", "إثر تعادله السلبي دون أهداف مع منتخب جنوب إفريقيا", DRAW, "no own expression; the match of Wed 24 Jan 2024, the day of the date line"),
    ev("tunisia-mali-draw", "بعدما تعادلوا في وقت سابق مع مالي", MALI, "no own expression; Tunisia - Mali 1-1 on Sat 20 Jan 2024 (the second round)"),
    ev("tunisia-namibia-loss", "وخسروا أمام ناميبيا", NAMIBIA, "no own expression; Tunisia - Namibia 0-1 on Tue 16 Jan 2024 (the first round)"),
    ev("mali-namibia-draw", "تعادل منتخب مالي مع نظيره الناميبي 0-0", DRAW, "no own expression; played at the same time as Tunisia - South Africa, Wed 24 Jan 2024"),
    ev("afcon-2023-tournament", "في نسختها الـ34 الجارية في ساحل العاج", AFCON23[0], "no own expression; the 34th edition in Cote d'Ivoire, 13 Jan - 11 Feb 2024", end=AFCON23[1]),
])
art(S, "https://aawsat.com/%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9/4811561-%D8%A7%D9%84%D9%82%D8%A7%D8%AF%D8%B1%D9%8A-%D9%85%D8%AF%D8%B1%D8%A8-%D8%AA%D9%88%D9%86%D8%B3-%D9%8A%D8%AA%D8%B1%D9%83-%D9%85%D9%86%D8%B5%D8%A8%D9%87-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D8%AE%D8%B1%D9%88%D8%AC-%D9%85%D9%86-%D9%83%D8%A3%D8%B3-%D8%A3%D9%81%D8%B1%D9%8A%D9%82%D9%8A%D8%A7?page=1",
    DRAW, "no date line in the stored text; the body's 'والخروج من كأس الأمم، اليوم الأربعاء' for the draw and exit of Wed 24 Jan 2024 (alakhbar date line of 24 Jan 2024) gives Wed 24 Jan 2024; headline rendered from the URL slug", False, """
القادري مدرب تونس يترك منصبه بعد الخروج من كأس أفريقيا
ألمح جلال القادري، المدير الفني لمنتخب تونس، إلى أنه سيغادر منصبه عقب الخروج المبكر من كأس الأمم الأفريقية لكرة القدم، وفق ما ينص عليه عقده مع الاتحاد المحلي للعبة.
وصرح القادري لشبكة «بي إن سبورتس» إثر تعادل تونس دون أهداف مع جنوب أفريقيا والخروج من كأس الأمم، اليوم الأربعاء: «لدي عقد وأهداف، وإذا لم نبلغ نصف النهائي ينتهي العقد، وهذا أمر عادي جدا. الأهم أن يكون المرء راضيا عن الفترة التي قدمها».
وتابع المدرب التونسي: «بذلنا أقصى ما في وسعنا، والمجموعة حاولت التقدم إلى الأمام وسعينا إلى إسعاد الشعب التونسي لكننا لم نوفق، وأنا أتحمل المسؤولية».
واكتفت تونس بنقطتين فقط لتحتل ذيل المجموعة الخامسة، في حين تأهلت باقي فرق المجموعة، وهي مالي وجنوب أفريقيا وناميبيا، إلى دور الستة عشر.
""", [
    ev("kadri-announces-departure", "ألمح جلال القادري، المدير الفني لمنتخب تونس، إلى أنه سيغادر منصبه", DRAW, "no own expression; his words to beIN right after the match of 'اليوم الأربعاء' = Wed 24 Jan 2024"),
    ev("tunisia-south-africa-draw", "إثر تعادل تونس دون أهداف مع جنوب أفريقيا", DRAW, "'اليوم الأربعاء' = Wed 24 Jan 2024"),
    ev("tunisia-exit", "والخروج من كأس الأمم، اليوم الأربعاء", DRAW, "'اليوم الأربعاء' = Wed 24 Jan 2024"),
    ev("group-rivals-qualify", "في حين تأهلت باقي فرق المجموعة", DRAW, "no own expression; settled by the last round of Wed 24 Jan 2024"),
])
art(S, "https://sahafatbladi.com/151029/2024/01/27",
    FTF, "no date line in the stored text; the address carries 2024/01/27 and the body's 'اليوم السبت' for the federation's announcement agrees (27 Jan 2024 was a Saturday); the source line 'المصدر : صحافة بلادي' dropped; headline written from the body (the stored text has none)", False, """
الاتحاد التونسي ينهي مهام جلال القادري وطاقمه
أعلن الاتحاد التونسي لكرة القدم، اليوم السبت، وضع حد لمهام جلال القادري، المدير الفني للمنتخب الوطني التونسي، وطاقمه المساعد، بعد إخفاق "نسور قرطاج" في بلوغ الدور الثاني من كأس الأمم الإفريقية 2023 المقامة في الكوت ديفوار.
وفي السياق ذاته، أوضح الاتحاد التونسي في بيان أن هذا القرار جاء نتيجة ضعف المردود والخروج من الدور الأول لكأس إفريقيا للأمم، وكذلك لعدم تحقيق الأهداف المتفق عليها.
وأضاف البيان أنه تم تكليف المدربين أنيس البوسعايدي ومنتصر الوحيشي بالإشراف على المنتخب الوطني إلى حين تعيين مدرب جديد للمنتخب التونسي.
واحتل المنتخب التونسي المركز الأخير في المجموعة الخامسة بنقطتين فقط، وغادر منافسات النسخة الحالية من كأس أمم إفريقيا لكرة القدم من دور المجموعات، وهو ما دفع الاتحاد التونسي إلى إنهاء مهام جلال القادري.
""", [
    ev("federation-ends-kadri", "وضع حد لمهام جلال القادري", FTF, "'اليوم السبت' = Sat 27 Jan 2024"),
    ev("interim-coaches-named", "تم تكليف المدربين أنيس البوسعايدي ومنتصر الوحيشي", FTF, "no own expression; in the federation's statement of Sat 27 Jan 2024"),
    ev("afcon-2023-tournament", "كأس الأمم الإفريقية 2023 المقامة في الكوت ديفوار", AFCON23[0], "no own expression; the tournament in Cote d'Ivoire, 13 Jan - 11 Feb 2024", end=AFCON23[1]),
    ev("tunisia-exit", "وغادر منافسات النسخة الحالية من كأس أمم إفريقيا", DRAW, "no own expression; the exit of Wed 24 Jan 2024 (alakhbar, aawsat)"),
])

# ---------------------------------------------------------------- algeria-ivory-coast-afcon-exit-2022
S = "algeria-ivory-coast-afcon-exit-2022"
PRESSER = "2022-01-19"                     # Belmadi's pre-match press conference, Wed 19 Jan 2022
IVC = "2022-01-20"                         # Cote d'Ivoire - Algeria 3-1 at Japoma, Douala, Thu 20 Jan 2022
SLE = "2022-01-11"                         # Algeria - Sierra Leone 0-0, Tue 11 Jan 2022 (afternoon kick-off)
EQG = "2022-01-16"                         # Algeria - Equatorial Guinea 0-1, Sun 16 Jan 2022
art(S, "https://sahafatbladi.com/104391/2022/01/19",
    PRESSER, "the body's 'من يومه الأربعاء 19 يناير 2022' for the press conference held 'قبل قليل' (19 Jan 2022 was a Wednesday; the address carries 2022/01/19 too); headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
بلماضي ومحرز في الندوة الصحفية قبل مواجهة كوت ديفوار
حضر مدرب المنتخب الجزائري جمال بلماضي، رفقة قائد الفريق رياض محرز، الندوة الصحفية التي أقيمت قبل قليل من يومه الأربعاء 19 يناير 2022، يوما قبل مباراة المنتخب الجزائري أمام الكوت دي فوار، التي وصفها المختصون بأنها نهائي قبل الأوان.
وظهرت على ملامحه علامات التوتر والكآبة، وحين سأله مراسل التلفزيون الجزائري عن تفاؤل الجماهير الجزائرية وهل يشعر لاعبوه بالإحساس ذاته، رد بلماضي متهربا بأن الفريق مطالب باللعب بكل ما يملك، ما دام الفوز هو السبيل الوحيد للنجاة، دون أن يجيب عن الحالة النفسية للاعبيه.
وعندما سأله مراسل الإذاعة الجزائرية عن أحوال الطقس، وقد سبق له أن انتقد التوقيت الذي لعب فيه منتخبه مباراته الأولى في فترة الزوال، بدا عليه بعض التذمر وأجاب متفاديا الإحراج بأنهم لعبوا في إفريقيا مرات عديدة وفازوا، وأنهم واجهوا خصم الغد من قبل، لكن تشكيلة 2016 ليست هي تشكيلة الغد والظروف ليست مماثلة.
ومعلوم أن منتخب الجزائر سيخوض مباراة حياة أو موت أمام خصم عنيد يسعى إلى الحفاظ على صدارة المجموعة، في حين يتذيل الخضر الترتيب بنقطة يتيمة من مباراتين، وأي نتيجة غير الفوز ستكون مفاجأة الدورة لأنها تعني إقصاء حامل اللقب.
""", [
    ev("belmadi-press-conference", "الندوة الصحفية التي أقيمت قبل قليل من يومه الأربعاء 19 يناير 2022", PRESSER, "'يومه الأربعاء 19 يناير 2022' = Wed 19 Jan 2022"),
    ev("algeria-ivory-coast-match", "يوما قبل مباراة المنتخب الجزائري أمام الكوت دي فوار", IVC, "'يوما قبل' from Wed 19 Jan 2022 = Thu 20 Jan 2022"),
    ev("algeria-sierra-leone-draw", "التوقيت الذي لعب فيه منتخبه مباراته الأولى في فترة الزوال", SLE, "no own expression; the first match, Algeria - Sierra Leone 0-0 on Tue 11 Jan 2022 (an afternoon kick-off)"),
    ev("algeria-exit", "لأنها تعني إقصاء حامل اللقب", IVC, "no own expression; the possible exit came true with the loss of Thu 20 Jan 2022 (almap, aljanoubiya)"),
])
art(S, "https://almap.press/2022/01/20/%d8%a7%d9%84%d9%85%d9%86%d8%aa%d8%ae%d8%a8-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1%d9%8a-%d8%ae%d8%a7%d8%b1%d8%ac-%d8%a7%d9%84%d9%85%d9%86%d8%a7%d9%81%d8%b3%d8%a9-%d9%81%d9%8a-%d9%83%d8%a7%d9%86",
    IVC, "no date line in the stored text; the address carries 2022/01/20 and the body reports the loss of 'الخميس 20 يناير 2022' as done, with the final group table, so the report is of Thu 20 Jan 2022 (20 Jan 2022 was a Thursday); headline rendered from the URL slug; the last, truncated sentence shortened; states_date false because the day rests on the address, not on a date line", False, """
المنتخب الجزائري خارج المنافسة في كان الكاميرون
غادر المنتخب الجزائري لكرة القدم نهائيات كأس أمم إفريقيا "كان الكاميرون"، إثر هزيمته، الخميس 20 يناير 2022، أمام نظيره الإيفواري، في المباراة التي جمعت المنتخبين على ملعب "جابوما" بمدينة دوالا الكاميرونية.
وأنهى الخضر مشاركتهم في نهائيات كأس إفريقيا للأمم "كان الكاميرون" في المركز الأخير للمجموعة الخامسة، برصيد نقطة واحدة وهدف واحد فقط.
وكان المنتخب الجزائري قد تعادل مع سيراليون دون أهداف في الجولة الأولى، ثم انهزم أمام غينيا الاستوائية بهدف دون رد في الجولة الثانية، قبل أن يسقط مجددا أمام المنتخب الإيفواري بثلاثة أهداف.
وفي مواجهته مع الإيفواريين، أتيحت للمنتخب الجزائري فرص كثيرة لم يستغلها، كما ضيع نجمه الأول رياض محرز ضربة جزاء في الدقيقة 60، قبل أن يحرز سفيان بن دبكة هدفه الوحيد في المنافسة في الدقيقة 73.
وعبر المنتخب الإيفواري إلى الدور الثاني متصدرا المجموعة الخامسة بـ7 نقاط، تليه غينيا الاستوائية التي رفعت رصيدها إلى 6 نقاط بعد فوزها على سيراليون، فيما أنهت الأخيرة مشاركتها في المركز الثالث بنقطتين.
""", [
    ev("algeria-exit", "غادر المنتخب الجزائري لكرة القدم نهائيات كأس أمم إفريقيا", IVC, "no own expression; the exit by the loss of 'الخميس 20 يناير 2022'"),
    ev("algeria-ivory-coast-match", "إثر هزيمته، الخميس 20 يناير 2022، أمام نظيره الإيفواري", IVC, "'الخميس 20 يناير 2022' = Thu 20 Jan 2022"),
    ev("algeria-sierra-leone-draw", "قد تعادل مع سيراليون دون أهداف في الجولة الأولى", SLE, "no own expression; Algeria - Sierra Leone 0-0 on Tue 11 Jan 2022"),
    ev("algeria-equatorial-guinea-loss", "ثم انهزم أمام غينيا الاستوائية بهدف دون رد", EQG, "no own expression; Algeria - Equatorial Guinea 0-1 on Sun 16 Jan 2022 (barcha: 'الأحد')"),
    ev("mahrez-penalty-miss", "كما ضيع نجمه الأول رياض محرز ضربة جزاء", IVC, "no own expression; in the match of Thu 20 Jan 2022"),
    ev("equatorial-guinea-beat-sierra-leone", "بعد فوزها على سيراليون", IVC, "no own expression; played at the same time as Cote d'Ivoire - Algeria, Thu 20 Jan 2022"),
])
art(S, "https://ar.aljanoubiyatv.net/%d8%ab%d9%84%d8%a7%d8%ab%d9%8a%d8%a9-%d8%a7%d9%84%d9%81%d9%8a%d9%84%d8%a9-%d8%aa%d9%82%d8%b5%d9%8a-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d9%85%d9%86-%d8%a7%d9%84%d8%af%d9%88%d8%b1-%d8%a7",
    IVC, "no date on the stored page; the body's 'اليوم الخميس' for the exit of Thu 20 Jan 2022 (almap: 'الخميس 20 يناير 2022') gives Thu 20 Jan 2022; the 'Tweet' button dropped; headline rendered from the URL slug", False, """
ثلاثية الفيلة تقصي الجزائر من الدور الأول
ودّع المنتخب الجزائري اليوم الخميس نهائيات كأس أمم إفريقيا الجارية في الكاميرون، بعد هزيمة ثقيلة أمام المنتخب الإيفواري بثلاثة أهداف مقابل هدف في الجولة الثالثة.
وبادر منتخب "الفيلة" إلى التسجيل منذ الدقيقة 22 بطريقة رائعة بواسطة فرانك كيسي، ثم أضاف إبراهيم سنغاري الهدف الثاني في الدقيقة 39 من عمر اللقاء.
ومع انطلاق الشوط الثاني عاد المنتخب الإيفواري إلى الضغط، ونجح في إحراز الهدف الثالث بتسديدة رائعة من نيكولا بيبي في الدقيقة 54.
وبعد ذلك أهدر المنتخب الجزائري ضربة جزاء عن طريق رياض محرز في الدقيقة 60، قبل أن يقلص الفارق بهدف سفيان بن دبكة.
وبهذه النتيجة يغادر المنتخب الجزائري المسابقة القارية من الباب الصغير بنقطة وحيدة في المركز الأخير، بينما تأهل المنتخب الإيفواري متصدرا بـ7 نقاط، ويرافقه منتخب غينيا الاستوائية بعد فوزه على سيراليون بهدف دون رد.
""", [
    ev("algeria-exit", "ودّع المنتخب الجزائري اليوم الخميس نهائيات", IVC, "'اليوم الخميس' = Thu 20 Jan 2022"),
    ev("algeria-ivory-coast-match", "بعد هزيمة ثقيلة أمام المنتخب الإيفواري", IVC, "'اليوم الخميس' = Thu 20 Jan 2022"),
    ev("mahrez-penalty-miss", "أهدر المنتخب الجزائري ضربة جزاء عن طريق رياض محرز", IVC, "no own expression; in the match of Thu 20 Jan 2022"),
    ev("equatorial-guinea-beat-sierra-leone", "بعد فوزه على سيراليون بهدف دون رد", IVC, "no own expression; played at the same time, Thu 20 Jan 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 598
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

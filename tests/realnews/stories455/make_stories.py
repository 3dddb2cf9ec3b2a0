"""Builds stories.jsonl: the 455-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: school exams (baccalaureate / tawjihi), results and exam
leaks.
Stories: the Palestinian tawjihi results of July 2023 and the martyred student Majdi Ararawi of Jenin
(Palestine, 2023), the Tunisian baccalaureate 2020 main-session results and the record average of Ahmed
Kallala (Tunisia, 2020), and the Algerian baccalaureate 2022 results, after the ministry's denial of a fake
results date (Algeria, 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- palestine-tawjihi-results-majdi-ararawi-2023
S = "palestine-tawjihi-results-majdi-ararawi-2023"
RESULTS = "2023-07-20"                      # the ministry announced the tawjihi 2023 results on Thu 20 Jul 2023
KILLED = "2023-07-04"                       # Majdi Ararawi was shot on the second day of the Jenin operation, Tue 4 Jul 2023
JENIN = ("2023-07-03", "2023-07-06")        # the Israeli operation on Jenin and its camp, Mon 3 - Wed 5 Jul 2023 (about 49 hours)
art(S, "https://felesteen.news/post/141858/%D8%A7%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D8%B9%D9%86-%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%85%D8%A9-2023-%D9%88%D8%A3%D8%B3%D9%85%D8%A7%D8%A1-%D8%A3%D9%88%D8%A7%D8%A6%D9%84-%D8%A7%D9%84%D8%B7%D9%84%D8%A8%D8%A9/amp",
    "2023-07-20", "no date line on the stored (amp) page; the body's 'أعلنت وزارة التربية والتعليم، اليوم الخميس، نتائج امتحانات الثانوية العامة \"توجيهي 2023\"' names the day of the results conference, Thu 20 Jul 2023 (aljazeeramubasher's URL 2023/7/20 and 'اليوم الخميس', nawa.ps stamped '20 يوليو 2023 - 14:57', a Shehab tweet of July 20, 2023; 20 Jul 2023 was a Thursday); the 'اقرأ أيضا' link dropped; headline rendered from the URL slug; the last, truncated sentence shortened", False, """
الإعلان عن نتائج الثانوية العامة 2023 وأسماء أوائل الطلبة
كشفت وزارة التربية والتعليم، اليوم الخميس، عن نتائج امتحانات الثانوية العامة "توجيهي 2023".
وبلغ عدد من تقدموا للامتحانات هذا العام 87826 طالبا وطالبة في محافظات الضفة وقطاع غزة وفي مدارسنا الخمس خارج الوطن، بينهم 5200 طالب وطالبة في القدس.
واستهلت الوزارة مؤتمرها الصحفي بالإعلان عن نتيجة الطالب الشهيد مجدي عرعرواي من مدرسة جنين الصناعية، الذي جلس للامتحان ثم رحل في عدوان الاحتلال الأخير على جنين.
وترحم المتحدث باسم وزارة التربية والتعليم صادق الخضور على طلبة الثانوية العامة الشهداء الذين رحلوا قبل أن يتقدموا للامتحان، وهم: محمود السعدي/جنين، ووديع أبو رموز/القدس، وأحمد دراغمة/طوباس، وأسامة عدوي/الخليل، ومحمد تركمان/جنين.
وأوضح أن لجنة الامتحانات العامة قررت هذا العام بصورة استثنائية فتح الدورة الثانية أمام من يرغب في التقدم لها، سواء للتحسين أو للاستكمال.
وأثنى الخضور على ما بذله المعلمون وأفراد الأسرة التربوية وطاقم الإدارة العامة للامتحانات في شطري الوطن طوال العام.
ولفت إلى أن سبعة عشر طالبا ممن كان يفترض أن يتقدموا للامتحان هذا العام لا يزالون أسرى في معتقلات الاحتلال، وإلى فتح قاعات للطلبة المرضى في المستشفيات وفق إجراءات منظمة.
""", [
    ev("results-announced", "كشفت وزارة التربية والتعليم، اليوم الخميس، عن نتائج امتحانات الثانوية العامة", RESULTS, "'اليوم الخميس' = Thu 20 Jul 2023"),
    ev("ararawi-result-announced", "بالإعلان عن نتيجة الطالب الشهيد مجدي عرعرواي", RESULTS, "no own expression; the opening of the results conference of Thu 20 Jul 2023"),
    ev("ararawi-killed", "ثم رحل في عدوان الاحتلال الأخير على جنين", KILLED, "no own expression; Majdi Ararawi was killed on the second day of the Jenin operation, Tue 4 Jul 2023 (aljazeeramubasher 'في 4 يوليو/تموز الجاري')"),
])
art(S, "https://www.aljazeeramubasher.net/news/2023/7/20/%D8%A8%D8%B9%D8%AF-%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D9%86%D8%AA%D9%8A%D8%AC%D8%A9-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%85%D8%A9-%D8%A3%D9%85",
    "2023-07-20", "the page's address carries the date 2023/7/20; the body's 'اليوم الخميس' twice agrees (20 Jul 2023 was a Thursday); headline kept from the page; the last, truncated sentence (a quotation of Sadiq al-Khadour) dropped", True, """
بعد إعلان نتيجة الثانوية العامة.. أم الشهيد مجدي عرعراوي تنهار باكية فوق قبره في جنين (فيديو)
رصدت كاميرات وسائل إعلام فلسطينية لحظة مؤلمة لوالدة الشهيد الشاب مجدي عرعراوي وهي تنهار فوق قبره في جنين، اليوم الخميس، عقب تلقيها خبر تفوقه في امتحانات الثانوية العامة.
واحتضنت الأم قبر ابنها (17 عاما) في مشهد بالغ التأثير، وهي تكرر "الله يرضى عليك يا رب رفعت راسي"، ثم راحت تقبّل صورة ابنها الشهيد الذي ارتقى بعد أن أنهى الامتحانات وقبل صدور النتائج.
وذكرت الأم أن مجدي كان أصغر أبنائها الأربعة (ولدان وبنتان)، وأضافت بحسرة أنه كان يحلم بدراسة هندسة الإلكترونيات وبناء بيت تسكنه العائلة.
ولم تتمالك الأم المفجوعة دموعها وهي تقول "كان يحلم أن يكتب على باب المنزل: منزل المهندس مجدي عرعراوي، إرضاءً لوالده الذي كان يحلم بأن يصبح ابنه مهندسا".
وكانت وزارة التربية والتعليم العالي قد أعلنت اليوم الخميس نجاح الطالب مجدي عرعراوي، الذي استشهد برصاص الاحتلال الإسرائيلي في 4 يوليو/تموز الجاري خلال العدوان الأخير على جنين ومخيمها شمالي الضفة الغربية المحتلة.
وبيّنت الوزارة أنه نال معدل 90.4%.
""", [
    ev("results-announced", "بعد إعلان نتيجة الثانوية العامة", RESULTS, "no own expression in the headline; the results of Thu 20 Jul 2023 (the body's 'اليوم الخميس')"),
    ev("mother-at-grave", "وهي تنهار فوق قبره في جنين، اليوم الخميس", RESULTS, "'اليوم الخميس' = Thu 20 Jul 2023"),
    ev("ararawi-result-announced", "قد أعلنت اليوم الخميس نجاح الطالب مجدي عرعراوي", RESULTS, "'اليوم الخميس' = Thu 20 Jul 2023"),
    ev("ararawi-killed", "الذي استشهد برصاص الاحتلال الإسرائيلي في 4 يوليو/تموز الجاري", KILLED, "'في 4 يوليو/تموز الجاري' in July 2023 = Tue 4 Jul 2023"),
    ev("jenin-operation", "خلال العدوان الأخير على جنين ومخيمها", JENIN[0], "no own expression; the Israeli operation on Jenin and its camp, Mon 3 - Wed 5 Jul 2023 (amadps: 'أكثر من 49 ساعة')", end=JENIN[1]),
])
art(S, "https://amadps.net/ar/post/509291",
    "2023-07-23", "the page's stamp 'تابعنا على: 19:00 2023-07-23' gives Sun 23 Jul 2023; the stamp and the kicker 'والدته تروي لـ\"أمد\" تفاصيل استشهاده في \"معركة جنين\"..' dropped; headline kept from the page without '- صور'; the stored address (an unreadable slug) shortened to the post id; the Telegram-photo paragraph condensed and the last, truncated sentence shortened", True, """
مجدي عرعراوي.. "الطالب الذي تسلم شهادتين في شهر واحد"
أمد/ جنين- صافيناز اللوح: بالبكاء والورود عند قبر فلذة كبدها الذي قتلته رصاصة الغدر الإسرائيلية في معركة جنين الشهر الماضي، تلقت والدة الشهيد مجدي عرعراوي نتيجة ابنها الشهيد في الثانوية العامة بدرجة الامتياز يوم الخميس.
فأم مجدي عرعراوي، البالغة 53 عاماً، من حارة الدمج في مخيم جنين، ودّعت ابنها الشهيد بعدما حاول إنقاذ الشهيد علي الغول إثر إصابته برصاص قناص من جيش الاحتلال، فسقط مجدي وعلي شهيدين متعانقين فوق تراب الوطن وتحته.
وفي صورة نشرت على تطبيق تليجرام لثلاثة شبان سقطوا شهداء بعضهم فوق بعض، جاء أحدهم لينقذ الآخر وسقط الثالث شهيداً فوق جسديهما.
ومن هذا المشهد، الذي رأته والدة الشهيد خلال حديثها مع "أمد للإعلام"، تعرّفت على ابنها الذي استشهد وهو يحاول إنقاذ شاب آخر، في معركة جنين التي دامت أكثر من 49 ساعة، وسقط فيها 12 شهيداً وأكثر من 100 جريح، في عملية عسكرية شنها جيش الاحتلال على جنين.
""", [
    ev("mother-at-grave", "تلقت والدة الشهيد مجدي عرعراوي نتيجة ابنها الشهيد", RESULTS, "'يوم الخميس' before Sun 23 Jul 2023 = Thu 20 Jul 2023, the day of the results"),
    ev("ararawi-killed", "الذي قتلته رصاصة الغدر الإسرائيلية في معركة جنين الشهر الماضي", KILLED, "Tue 4 Jul 2023 (aljazeeramubasher 'في 4 يوليو/تموز الجاري'); the text's 'الشهر الماضي' is wrong: the battle was in July, the month of the article"),
    ev("ghoul-rescue-attempt", "بعدما حاول إنقاذ الشهيد علي الغول", KILLED, "no own expression; Majdi was shot while trying to rescue Ali al-Ghoul, on Tue 4 Jul 2023"),
    ev("jenin-operation", "في معركة جنين التي دامت أكثر من 49 ساعة", JENIN[0], "no own expression; the operation of Mon 3 - Wed 5 Jul 2023 ('أكثر من 49 ساعة' from the small hours of 3 Jul)", end=JENIN[1]),
])

# ---------------------------------------------------------------- tunisia-bac-2020-results-kallala
S = "tunisia-bac-2020-results-kallala"
RESULTS = "2020-07-24"                      # main-session results by SMS and the minister's press conference, Fri 24 Jul 2020
art(S, "http://essahafa.tn/index.php?id=128&tx_ttnews%5Bpointer%5D=6&tx_ttnews%5Btt_news%5D=16084&tx_ttnews%5BbackPid%5D=127&cHash=7fbdde1a38",
    "2020-07-24", "no date line on the stored page (the daily's menus only); the body's 'ينتظر اليوم ... نتائج الدورة الرئيسية لامتحان الباكالوريا 2020' names the day of the results, which were announced on Fri 24 Jul 2020 (aajsy of 24 Jul 2020: 'أعلنت وزارة التربية التونسية، الجمعة'; turess/aljarida: 'ندوة صحفية الجمعة 24 جويلية 2020'), and it still looks ahead to the posting in the lycées on 'السبت 25 جويلية'; menus dropped; headline kept from the page (the kicker 'ينتظرها اكثر من 133 ألف مترشح' dropped)", False, """
اليوم الاعلان عن نتائج الدورة الرئيسية لامتحان الباكالوريا
ينتظر اليوم 133.449 ألف مترشح الاطلاع على نتائج الدورة الرئيسية لامتحان الباكالوريا 2020 عبر خدمة الإرساليات القصيرة، بالنسبة إلى من سجلوا في هذه الخدمة منذ يوم الاثنين 20 الجاري.
وقد جرت الدورة الرئيسية لباكالوريا 2020 في ظل إجراءات صحية استثنائية فرضها ظرف استثنائي للغاية، هو جائحة كورونا التي اجتاحت العالم كله منذ بداية السنة.
وستحمل الإرسالية القصيرة إلى كل مترشح قرار النجاح أو التأجيل أو الرسوب مع معدله النهائي وأعداده في مختلف المواد، في انتظار الإعلان الرسمي عن النتائج في المعاهد يوم السبت 25 جويلية الجاري.
ويتوزع المترشحون على 42.154 مترشحا في شعبة الاقتصاد والتصرف أي 31 بالمائة، و28.833 في العلوم التجريبية، و25.904 في الآداب، و18.876 في العلوم التقنية، و9.677 في الرياضيات، و6.685 في علوم الإعلامية، و1317 في الرياضة.
وستظل هذه الدورة راسخة في أذهان الجميع من تلاميذ وأولياء ومجتمع بأسره، وقد أطلق عليها البعض على سبيل الدعابة «دورة الكورونا».
""", [
    ev("results-announced", "ينتظر اليوم 133.449 ألف مترشح الاطلاع على نتائج الدورة الرئيسية", RESULTS, "'اليوم' = the day of the SMS results, Fri 24 Jul 2020 (aajsy, turess/aljarida)"),
    ev("sms-registration-opened", "من سجلوا في هذه الخدمة منذ يوم الاثنين 20 الجاري", "2020-07-20", "'منذ يوم الاثنين 20 الجاري' in July 2020 = Mon 20 Jul 2020, the opening of the SMS registration"),
    ev("posting-in-lycees", "الإعلان الرسمي عن النتائج في المعاهد يوم السبت 25 جويلية الجاري", "2020-07-25", "'يوم السبت 25 جويلية الجاري' = Sat 25 Jul 2020"),
])
art(S, "https://aajsy.com/%D8%AA%D9%84%D9%85%D9%8A%D8%B0-%D9%8A%D8%AD%D9%82%D9%82-%D8%A3%D8%B9%D9%84%D9%89-%D9%85%D8%B9%D8%AF%D9%84-%D9%81%D9%8A-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE-%D8%A7%D9%84%D8%A8%D9%83%D8%A7%D9%84%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9",
    "2020-07-24", "date line '24 يوليو 2020' on the page (al-Araby al-Jadeed); the body's 'اليوم الجمعة' agrees (24 Jul 2020 was a Friday); the date line, the font buttons and the photo caption dropped; headline kept from the page; the last, truncated sentence dropped", True, """
تلميذ يحقق أعلى معدل في تاريخ البكالوريا التونسية
سجّل تلميذ البكالوريا أحمد قلالة، اليوم الجمعة، أعلى معدل في تاريخ الامتحانات الوطنية في تونس بحصوله على 20,15 من 20، ليتصدر دفعته على المستوى الوطني في دورة الثانوية العامة لهذه السنة.
وكشفت وزارة التربية التونسية، الجمعة، نتائج الدورة الأولى من امتحانات البكالوريا التي بلغت نسبة النجاح العامة فيها 27,73%، 60% منهم إناث مقابل 39% من الذكور، في حين أُجّل إلى دورة التدارك 32,65% من مجموع المترشحين.
وأوضح وزير التربية التونسي محمد الحامدي، في مؤتمر صحافي، أن أحمد قلالة، التلميذ في معهد نموذجي بمحافظة المنستير، أحرز أعلى معدل في البكالوريا منذ عام 1957 (تاريخ إجراء أول بكالوريا تونسية) بمعدل يتجاوز العشرين.
وأرجع الحامدي ذلك إلى قرار مؤرّخ في إبريل/ نيسان 2008 يعدّ الأعداد التي يحصل عليها المترشح في مادة اختيارية فوق العشرة من عشرين ''تنفيلاً في مجموع الأعداد، أي أنّه يتمّ احتسابها دون احتساب الضوارب''، وهو ما مكّن هذا التلميذ من بلوغ هذا المعدل الاستثنائي غير المسبوق، بحسب قوله.
""", [
    ev("kallala-record-average", "سجّل تلميذ البكالوريا أحمد قلالة، اليوم الجمعة، أعلى معدل", RESULTS, "'اليوم الجمعة' = Fri 24 Jul 2020"),
    ev("results-announced", "وكشفت وزارة التربية التونسية، الجمعة، نتائج الدورة الأولى", RESULTS, "'الجمعة' = Fri 24 Jul 2020"),
    ev("press-conference", "وأوضح وزير التربية التونسي محمد الحامدي، في مؤتمر صحافي", RESULTS, "no own expression; the minister's press conference on the results, Fri 24 Jul 2020 (turess/aljarida 'ندوة صحفية الجمعة 24 جويلية 2020')"),
    ev("first-tunisian-bac", "تاريخ إجراء أول بكالوريا تونسية", "1957-05-31", "the year 1957 only in this text; the first Tunisian baccalaureate began on 31 May 1957 (turess/aljarida 'منذ 31 ماي 1957')"),
    ev("optional-subjects-decree", "إلى قرار مؤرّخ في إبريل/ نيسان 2008", "2008-04-24", "the month April 2008 only in this text; the decree is dated 24 Apr 2008 (ultratunisia 'قرار مؤرخ في 24 أفريل/ نيسان 2008')"),
])
art(S, "https://ultratunisia.ultrasawt.com/%D8%A8%D9%83%D8%A7%D9%84%D9%88%D8%B1%D9%8A%D8%A7-2020-%D9%85%D8%AA%D9%81%D9%88%D9%82%D9%88%D9%86-%D9%88%D8%AD%D8%A7%D8%B5%D9%84-%D8%AE%D8%A7%D8%B1%D9%82/%D9%85%D8%A7%D9%87%D8%B1-%D8%AC%D8%B9%D9%8A%D8%AF%D8%A7%D9%86/%D9%85%D8%AC%D8%AA%D9%85%D8%B9/%D8%AA%D9%82%D8%A7%D8%B1%DB%8C%D8%B1",
    "2020-07-25", "date line '25-يوليو-2020' on the page; the date line and the photo caption dropped; headline rendered from the URL slug; the text's 'الجمعة 25 جويلية/ يوليو 2020' for the results is kept verbatim although the Friday of the results was 24 July (25 Jul 2020 was a Saturday); the director's quotation shortened at the cut of the stored excerpt", True, """
بكالوريا 2020.. متفوقون وحاصل خارق
كانت سنة دراسية استثنائية: انقطاع عن الدراسة، وحجر صحي التزم به الناس في البيوت، ثم عودة تلاميذ الباكالوريا إلى مقاعد الدراسة وفق بروتوكول صحي غير مألوف.
وقد طبعت جملة من الإجراءات المسار الدراسي هذه السنة بسبب جائحة كورونا، وعند الإعلان عن نتائج الدورة الرئيسية لمناظرة الباكالوريا، الجمعة 25 جويلية/ يوليو 2020، فوجئ الجميع بمعدّل خارق للعادة لم يسبق له مثيل في تاريخ نتائج مناظرات الباكالوريا التونسية.
فقد بلغ هذا المعدل 20.15 وتحصّل عليه التلميذ أحمد قلالة، الذي يدرس في المعهد النموذجي محمد فرج قلالة بالمنستير.
وقد فسّر وزير التربية هذا الحاصل المثير، خلال الندوة الصحفية للإعلان عن النتائج، بأنه تطبيق لقرار مؤرخ في 24 أفريل/ نيسان 2008 ينص على أن "الأعداد التي يتحصّل عليها كل مترشح في مادة اختيارية فوق العشرة من عشرين تنفيلاً من مجموع الأعداد أي أنها يتم احتسابها دون احتساب الضرائب".
وقال مدير المعهد النموذجي بالمنستير لـ"ألترا تونس": "تشرّفت بتحقيق أفضل نتيجتين على المستوى الوطني، والنتيجة الأولى ستبقى تاريخيّة، وهي نتيجة التلميذ المتألق أحمد قلالة".
""", [
    ev("confinement", "وحجر صحي التزم به الناس في البيوت", "2020-03-22", "no own expression; Tunisia's general confinement of Sun 22 Mar - Sun 3 May 2020 (a targeted confinement followed from 4 May)", end="2020-05-04"),
    ev("bac-pupils-return", "ثم عودة تلاميذ الباكالوريا إلى مقاعد الدراسة", "2020-05-28", "no own expression; the final-year (baccalaureate) classes reopened on Thu 28 May 2020 under a health protocol"),
    ev("results-announced", "عند الإعلان عن نتائج الدورة الرئيسية لمناظرة الباكالوريا، الجمعة 25 جويلية/ يوليو 2020", RESULTS, "the text's 'الجمعة 25 جويلية' is inconsistent (25 Jul 2020 was a Saturday); the Friday of the results was 24 Jul 2020 (aajsy, turess/aljarida)"),
    ev("kallala-record-average", "وتحصّل عليه التلميذ أحمد قلالة", RESULTS, "no own expression; Kallala's average of 20.15, made known with the results of Fri 24 Jul 2020"),
    ev("press-conference", "خلال الندوة الصحفية للإعلان عن النتائج", RESULTS, "no own expression; the minister's press conference of Fri 24 Jul 2020 (turess/aljarida)"),
    ev("optional-subjects-decree", "لقرار مؤرخ في 24 أفريل/ نيسان 2008", "2008-04-24", "'24 أفريل/ نيسان 2008' = Thu 24 Apr 2008"),
])
art(S, "https://www.turess.com/aljarida/223203",
    "2020-07-27", "no date line on the stored page (al-Jarida via turess); the body's 'اليوم الاثنين 27 جويلية 2020' for the start of the control session gives Mon 27 Jul 2020 (27 Jul 2020 was a Monday); headline written from the body (the stored text has none)", False, """
أكثر من 41 ألف مترشح في دورة المراقبة لباكالوريا 2020
توجّه أكثر من 41 ألف مترشح اليوم الاثنين 27 جويلية 2020 إلى مراكز الامتحان في كامل تراب الجمهورية لاجتياز اختبارات دورة المراقبة لمناظرة الباكالوريا 2020، في ظل إجراءات تنظيمية جديدة، بعدما سجلت الدورة الرئيسية ارتفاعا لم يسبق له مثيل في حالات الغش التي تجاوزت الألف حالة.
وكان وزير التربية محمد الحامدي قد أعلن في ندوة صحفية الجمعة 24 جويلية 2020 أن نسبة النجاح في الدورة الرئيسية من امتحانات الباكالوريا بلغت 27.73 بالمائة.
وقد أحرز التلميذ أحمد قلالة معدل 20.15 في شعبة الرياضيات، وهو أفضل معدل في الدورة الرئيسية وفي تاريخ الباكالوريا في تونس، التي انطلقت منذ 31 ماي 1957.
""", [
    ev("control-session-start", "توجّه أكثر من 41 ألف مترشح اليوم الاثنين 27 جويلية 2020", "2020-07-27", "'اليوم الاثنين 27 جويلية 2020' = Mon 27 Jul 2020"),
    ev("press-conference", "قد أعلن في ندوة صحفية الجمعة 24 جويلية 2020", RESULTS, "'الجمعة 24 جويلية 2020' = Fri 24 Jul 2020"),
    ev("kallala-record-average", "وقد أحرز التلميذ أحمد قلالة معدل 20.15", RESULTS, "no own expression; made known with the results of Fri 24 Jul 2020"),
    ev("first-tunisian-bac", "التي انطلقت منذ 31 ماي 1957", "1957-05-31", "'31 ماي 1957' = Fri 31 May 1957"),
])

# ---------------------------------------------------------------- algeria-bac-2022-results
S = "algeria-bac-2022-results"
RESULTS = "2022-07-16"                      # Belabed's press conference and the publication of the results, Sat 16 Jul 2022
art(S, "https://echaab.dz/2022/07/12/%D8%B1%D8%AF-%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%AA%D8%B1%D8%A8%D9%8A%D8%A9-%D8%A7%D9%84%D8%AD%D8%A7%D8%B3%D9%85-%D8%A8%D8%B4%D8%A3%D9%86-%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D8%A8",
    "2022-07-12", "the page's address carries the date 2022/07/12 (Tue 12 Jul 2022), the very day named first by the fake statement the article denies; no weekday of its own for the denial; headline rendered from the (cut) URL slug; the last, truncated sentence dropped", True, """
رد وزارة التربية الحاسم بشأن نتائج البكالوريا
نفى مصدر في وزارة التربية الوطنية ما يُتداول عن إعلان نتائج امتحان شهادة البكالوريا بتاريخ "الثلاثاء 12 جويلية 2022 أو الخميس 14 جويلية 2022 ابتداء من الساعة الرابعة مساء"، إثر انتشار بيان مفبرك على منصات التواصل الاجتماعي.
وأكد المصدر لـ"الشعب أونلاين" أن المعلومات المتداولة في هذا الشأن عارية من الصحة، وأن الوزارة لم تكشف بعد عن تاريخ إعلان نتائج امتحان البكالوريا.
وقد انتشر البيان المفبرك حول موعد إعلان النتائج والمواقع التي ستنشر عليها انتشارا واسعا في منصات التواصل الاجتماعي.
وجددت الوزارة تأكيدها أن كل معلومة تخص القطاع، ولا سيما ما يتعلق بنتائج التلاميذ، ستنشر على صفحتها في فايسبوك وعلى موقعها الرسمي، وأن ما ينشر خارجهما مفبرك لا أساس له من الصحة.
ودعت الوزارة إلى "التأكد من المعلومات والأخبار قبل تداولها لأنها تؤثر على معنويات ونفسية التلاميذ وأولياء أمورهم وعلى مراكز التصحيح وتضاعف الضغط النفسي عليهم".
وكان وزير التربية الوطنية عبد الحكيم بلعابد قد صرح سابقا بأن إعلان نتائج البكالوريا سيكون في الأسبوع الثالث أو الرابع من شهر جويلية، مؤكدا أن معدل النجاح سيكون 10 من 20.
""", [
    ev("fake-date-denied", "نفى مصدر في وزارة التربية الوطنية ما يُتداول", "2022-07-12", "no own expression; the day of the report, Tue 12 Jul 2022 (date in the address)"),
    ev("fake-statement", "إثر انتشار بيان مفبرك على منصات التواصل الاجتماعي", "2022-06-12", "no own expression; some time between the start of the baccalaureate (Sun 12 Jun 2022) and the denial of Tue 12 Jul 2022 (my span)", end="2022-07-13"),
    ev("belabed-results-timing", "قد صرح سابقا بأن إعلان نتائج البكالوريا سيكون", "2022-06-12", "no own expression ('سابقا'); Belabed gave the third or fourth week of July and the 10/20 pass mark when he opened the exams at Reggane (Adrar) on Sun 12 Jun 2022 (echaab of 12 Jun 2022)"),
    ev("results-announced", "في الأسبوع الثالث أو الرابع من شهر جويلية", RESULTS, "the announcement expected in the third or fourth week of July 2022 took place on Sat 16 Jul 2022 (dzayerinfo 'اليوم السبت', reveildalgerie 'أمس السبت')"),
])
art(S, "https://dzayerinfo.com/%d9%86%d8%aa%d8%a7%d8%a6%d8%ac-%d8%a8%d8%a7%d9%83%d8%a7%d9%84%d9%88%d8%b1%d9%8a%d8%a7-2022-%d9%81%d9%8a-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d8%a7%d9%84%d8%aa%d9%81%d8%a7%d8%b5%d9%8a%d9%84/",
    "2022-07-16", "no date line on the stored page; the body's 'بالإعلان عن نتائجها، اليوم السبت' names the day of the press conference and of the results, Sat 16 Jul 2022 (education.gov.dz: 'يوم السبت 16 جويلية 2022 ... ندوة صحفية'; reveildalgerie of 17 Jul: 'أمس السبت'); the section tag 'الحدث الجزائري' dropped; headline kept from the page; the last, truncated sentence shortened", False, """
نتائج باكالوريا 2022 في الجزائر .. التفاصيل و الارقام الكاملة
انقضى انتظار المترشحين لشهادة البكالوريا بالإعلان عن نتائجها، اليوم السبت، إذ جاءت دورة 2022 "ناجحة ومتميزة" لأنها شهدت العودة إلى النظام التربوي العادي بعد التدابير الاستثنائية التي اعتمدت أثناء تفشي فيروس كورونا، بحسب ما أكده وزير التربية الوطنية عبد الحكيم بلعابد.
وخلال ندوة صحفية خصصت لإعلان نتائج امتحان شهادة البكالوريا لدورة 2022، التي بلغت فيها نسبة النجاح الوطنية 75ر58 بالمائة، وصف بلعابد الدورة بـ"الناجحة والمتميزة"، مستندا إلى استمرار الدراسة فيها على مدار الفصول الثلاثة بحصص تربوية مدتها 60 دقيقة، واستكمال البرامج التعليمية كلها.
وجاء ذلك بعد نظام استثنائي اعتمدته وزارة التربية الوطنية خلال السنتين الماضيتين كإجراء احترازي في ظل انتشار فيروس كوفيد-19، اقتطعت فيه بعض الأسابيع الدراسية من البرنامج التربوي الذي نفذ على فصلين دراسيين، وحددت فيه الحصة التربوية بـ45 دقيقة.
وحرص بلعابد على إبراز الظروف "الجيدة" التي جرى فيها هذا الامتحان المصيري، متوقفا عند "التراجع الكبير" لمحاولات الغش.
""", [
    ev("results-announced", "بالإعلان عن نتائجها، اليوم السبت", RESULTS, "'اليوم السبت' = Sat 16 Jul 2022"),
    ev("press-conference", "وخلال ندوة صحفية خصصت لإعلان نتائج امتحان شهادة البكالوريا", RESULTS, "no own expression; Belabed's press conference of Sat 16 Jul 2022 (education.gov.dz)"),
    ev("bac-exams-held", "التي جرى فيها هذا الامتحان المصيري", "2022-06-12", "no own expression; the baccalaureate exams of Sun 12 - Thu 16 Jun 2022", end="2022-06-17"),
])
art(S, "https://reveildalgerie.dz/AR/2022/07/17/%d8%a8%d9%84%d8%ba%d8%aa-%d8%b4%d8%b9%d8%a8%d8%a9-%d8%a7%d9%84%d8%b1%d9%8a%d8%a7%d8%b6%d9%8a%d8%a7%d8%aa-%d9%86%d8%b3%d8%a8-%d8%a7%d9%84%d9%86%d8%ac%d8%a7%d8%ad-%d9%81%d9%8a-%d8%a7%d9%85%d8%aa%d8%ad",
    "2022-07-17", "the page's address carries the date 2022/07/17 (Sun 17 Jul 2022); the body's 'أمس السبت' for the minister's announcement of Sat 16 Jul agrees; an APS (و أ ج) wire; headline written from the lead (the stored text repeats the lead as its title); the credit 'و أ ج' dropped", True, """
شعبة الرياضيات تتصدر نسب النجاح في بكالوريا 2022
احتلت شعبة الرياضيات صدارة نسب النجاح في امتحان شهادة البكالوريا دورة 2022 على المستوى الوطني بمعدل 78 ر 78 بالمائة، بحسب ما أعلنه، أمس السبت بالجزائر العاصمة، وزير التربية الوطنية عبد الحكيم بلعابد، الذي أكد حرص الدولة على ترقية هذا التخصص.
وفي تصريح صحفي خصص لإعلان النتائج العامة لامتحان شهادة البكالوريا، أوضح بلعابد أنه تقرر الإبقاء على معدل 50 ر9 من 20 معدلا عاما للنجاح في الامتحان للسنة الثانية على التوالي، بالنظر إلى الظرف الخاص الذي أفرزه وباء كورونا وما عاشه التلاميذ من ضغوط وتحديات طيلة 3 سنوات من مرحلة التعليم الثانوي، وهو ما أفضى، كما قال، إلى تسجيل نسبة نجاح وطنية بلغت 75 ر58 بالمائة.
وعرض الوزير بالمناسبة نسب النجاح في الشعب الست التي يتكون منها التعليم الثانوي العام والتكنولوجي، فقد تصدرت شعبة الرياضيات الترتيب الوطني بـ78 ر78 بالمائة، فيما بلغت النسبة 64 بالمائة في شعبة اللغات الأجنبية، و32 ر59 بالمائة في شعبة العلوم التجريبية، و80 ر54 بالمائة في شعبة الآداب والفلسفة، و92 ر52 بالمائة في شعبة التسيير والاقتصاد.
""", [
    ev("results-announced", "بحسب ما أعلنه، أمس السبت بالجزائر العاصمة", RESULTS, "'أمس السبت' in an article of Sun 17 Jul 2022 = Sat 16 Jul 2022"),
    ev("press-conference", "وفي تصريح صحفي خصص لإعلان النتائج العامة", RESULTS, "no own expression; Belabed's press statement of Sat 16 Jul 2022"),
    ev("pass-mark-kept", "أنه تقرر الإبقاء على معدل 50 ر9 من 20", RESULTS, "no own expression; the decision made known at the press conference of Sat 16 Jul 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 455
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

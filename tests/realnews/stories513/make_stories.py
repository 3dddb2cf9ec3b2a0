"""Builds stories.jsonl: the 513-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: ordinary murder cases and their trials (a killing, the
arrest, hearings and verdicts).
Stories: the stabbing of the Algerian nursing trainee Rahma Ayad (Ayat) by her neighbour at Arnum near Hanover
(Germany, July 2025); the abduction and killing of the four-year-old Nihal Si Mohand near Ait Toudert (Tizi
Ouzou, Algeria, July-August 2016); the stabbing of Mohammad Zahr in Hay el-Sellom after the Brazil-Serbia World
Cup match (Beirut's southern suburb, Lebanon, June 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- germany-hanover-rahma-ayad-killing-2025
S = "germany-hanover-rahma-ayad-killing-2025"
MURDER = "2025-07-04"        # Rahma Ayad was stabbed to death at Arnum (Hemmingen, near Hanover) on the morning of Fri 4 Jul 2025
MEETING = "2025-07-10"       # Sofiane Chaib received the German ambassador Georg Felsheim in Algiers on Thu 10 Jul 2025
PRAYER = "2025-07-11"        # the funeral prayer at the al-Huda mosque in Hanover, after the Friday prayer of Fri 11 Jul 2025
art(S, "https://www.egy-press.com/157095",
    "2025-07-10", "no date line on the stored page (only the relative stamp 'منذ 7 ساعات', dropped); the body's 'استقبل اليوم الخميس' for Sofiane Chaib's meeting with the German ambassador, which took place on Thu 10 Jul 2025 (express-dz of 11 Jul: 'Jeudi 10 juillet'; tsa-algerie: communiqué 'publié jeudi soir'), and 'الجمعة الماضية' for the killing of Fri 4 Jul give Thu 10 Jul 2025 (10 Jul 2025 was a Thursday); an aggregator copy of a wire report; headline kept from the page; the last, truncated words ('في أر...') replaced by the end of the clause", False, """
الجزائر تشدد على تعزيز إجراءات أمن وسلامة رعاياها في ألمانيا
طالبت الجزائر بتشديد التدابير الكفيلة بحماية جاليتها المقيمة في ألمانيا، في أعقاب جريمة قتل الممرضة الشابة رحمة آيات الجمعة الماضية في بلدة أرنوم الواقعة جنوب هانوفر.
وأفادت وزارة الخارجية الجزائرية بأن سفيان الشايب، كاتب الدولة لدى وزير الشؤون الخارجية المكلف بالجالية الوطنية بالخارج، استقبل اليوم الخميس، جورج فيلسهايم، سفير جمهورية ألمانيا الاتحادية لدى الجزائر.
وأوضح البيان أن اللقاء أتاح "استعراض أنشطة العلاقات الثنائية وآفاق تعزيز الشراكة الجزائرية الألمانية، خاصة في مجال التعاون القنصلي، بما يحمي مصالح جاليتنا المقيمة في هذا البلد".
وأشار البيان كذلك إلى أن الشايب بحث مع السفير الألماني "الجريمة البشعة التي أودت بحياة المواطنة الجزائرية المرحومة رحمة آيات، ودوافع هذا الفعل الشنيع"، مشددا على ضرورة تعزيز الإجراءات التي تضمن سلامة أفراد الجالية الجزائرية في ألمانيا.
وكانت تقارير إعلامية جزائرية قد أفادت، الخميس، بأن آيات (26 عاما)، المنحدرة من مدينة وهران غربي الجزائر، راحت ضحية جريمة عنصرية، إذ طعنت حتى الموت صباح الجمعة الماضي داخل شقتها في حي سكني هادئ.
""", [
    ev("murder", "طعنت حتى الموت صباح الجمعة الماضي", MURDER, "'صباح الجمعة الماضي' (and 'الجمعة الماضية' above) in an article of Thu 10 Jul 2025 = Fri 4 Jul 2025"),
    ev("chaib-receives-ambassador", "استقبل اليوم الخميس، جورج فيلسهايم", MEETING, "'اليوم الخميس' = Thu 10 Jul 2025"),
    ev("mfa-statement", "وأفادت وزارة الخارجية الجزائرية بأن سفيان الشايب", MEETING, "no own expression; the ministry's communiqué on the meeting, issued on Thursday evening, Thu 10 Jul 2025 (tsa-algerie: 'publié jeudi soir')"),
    ev("algerian-media-reports", "وكانت تقارير إعلامية جزائرية قد أفادت، الخميس", MEETING, "'الخميس' = Thu 10 Jul 2025 (the day of the article)"),
])
art(S, "https://daqiqahnews.com/archives/436199",
    "2025-07-11", "no date on the stored page (the '{title}' placeholder and the tag '#عاجل' dropped); the body's 'اليوم الجمعة' for the funeral prayer in Hanover, which amalberlin of Sat 12 Jul 2025 dates 'أمس الجمعة', and 'يوم الجمعة الماضي' for the killing of Fri 4 Jul give Fri 11 Jul 2025 (11 Jul 2025 was a Friday); headline kept from the page; the last, truncated words ('في الصدر و...') shortened; no date of its own in the text", False, """
جماهير غفيرة ووداع مؤلم للطالبة الجزائرية في ألمانيا.. تفاصيل جديدة تكشف خفايا الجريمة
ودّعت حشود كبيرة من المصلين، اليوم الجمعة، الشابة الجزائرية رحمة عياض (26 عاما)، التي قضت في اعتداء دموي في بلدة أرنوم بولاية سكسونيا الألمانية.
وأُديت صلاة الجنازة على جثمان الفقيدة بعد صلاة الجمعة، بحضور أبناء الجاليتين الجزائرية والعربية والقنصل الجزائري فريد بن أودينة.
وذكر حمزة علال شريف، الذي يقيم قرب مسكن الضحية حيث وقعت الجريمة، أن أبناء الجالية الجزائرية والعربية وأصدقاء الراحلة حضروا، إلى جانب حشود كبيرة سمعت بالحادثة وأرادت المشاركة في الصلاة عليها وتأبينها.
وأوضح أن الجثمان سيُنقل إلى كولن ثم إلى فرانكفورت لاحقًا، ومنها يُشحن النعش جوا إلى وهران في الجزائر، حيث يُرتقب أن يصل يوم الأحد.
وأشار شريف إلى أن صلاة ثانية ستقام على الفقيدة وتنظم لها جنازة قبل أن تدفن في مسقط رأسها.
وفي خطوة تعكس دعما رسميا، غُسّل الجثمان وفق الشريعة الإسلامية، فيما تكفلت القنصلية الجزائرية بتغطية مصاريف النقل.
وكانت رحمة، المعروفة بين زملائها بتفانيها كمتدربة في التمريض، قد عُثر عليها متوفاة في شقتها يوم الجمعة الماضي إثر تعرضها لطعنات متكررة.
""", [
    ev("funeral-prayer-hanover", "ودّعت حشود كبيرة من المصلين، اليوم الجمعة", PRAYER, "'اليوم الجمعة' = Fri 11 Jul 2025 (amalberlin of Sat 12 Jul: 'أمس الجمعة')"),
    ev("body-arrives-oran", "حيث يُرتقب أن يصل يوم الأحد", "2025-07-13", "'يوم الأحد' after Fri 11 Jul 2025 = Sun 13 Jul 2025 (the expected arrival of the coffin in Oran)"),
    ev("murder", "قد عُثر عليها متوفاة في شقتها يوم الجمعة الماضي", MURDER, "'يوم الجمعة الماضي' from Fri 11 Jul 2025 = Fri 4 Jul 2025"),
])
art(S, "https://amalberlin.de/2025/07/12/%d8%b5%d9%84%d8%a7%d8%a9-%d8%a7%d9%84%d8%ac%d9%86%d8%a7%d8%b2%d8%a9",
    "2025-07-12", "date in the URL '/2025/07/12/' (12 Jul 2025 was a Saturday); the body's 'أمس الجمعة' for the funeral prayer of Fri 11 Jul agrees; headline written from the URL slug 'صلاة الجنازة' and the body (the stored text has none); the sub-heading 'صلاة جنازة حاشدة' dropped; the last, truncated sentence shortened; no date of its own in the text", True, """
صلاة الجنازة على الشابة الجزائرية رحمة في هانوفر
أقيمت أمس الجمعة في مسجد الهدى بهانوفر صلاة الجنازة على روح الشابة الجزائرية رحمة عياط، البالغة من العمر 26 عاماً.
وشارك في الصلاة مئات الأشخاص الذين خيّم عليهم حزن شديد لمقتل الشابة على يد جارها الألماني البالغ من العمر 31 عاماً، والذي كان يقطن الشقة الواقعة فوق شقتها.
ووقعت الجريمة في الرابع من يوليو الماضي، حين وجّه المتهم إلى ضحيته طعنات عدة في الجزء العلوي من جسدها.
وقال المدعي العام إن "إحدى الطعنات أصابت القلب".
وهرع سكان المبنى على صرخات استغاثة الضحية وهي تنزف، فاتصلوا بالشرطة وبخدمات الطوارئ، غير أنها كانت قد فارقت الحياة قبل وصول الإسعاف الذي أعلن وفاتها فور بلوغه موقع الجريمة.
وكانت الجالية الجزائرية قد أعلنت موعد صلاة الجنازة مساء يوم الخميس، في وقت كان فيه كثيرون في هانوفر لا يزالون يجهلون خبر الجريمة.
فالصحف الألمانية نشرت نبأ الحادث من دون أن تكشف هوية الضحية، واكتفت بذكر مقتل شابة طعنا على يد جارها.
ولم يبدأ الخبر في الانتشار عبر وسائل التواصل الاجتماعي إلا بعد عدة أيام من مقتل الشابة رحمة.
وساد الحزن العميق والغضب بين الحاضرين خلال الصلاة، إذ امتلأ المسجد وساحته الخارجية بمصلين لا تجمعهم بالضحية أي صلة، لكنهم حرصوا على الحضور للدعاء لها.
""", [
    ev("funeral-prayer-hanover", "أقيمت أمس الجمعة في مسجد الهدى بهانوفر صلاة الجنازة", PRAYER, "'أمس الجمعة' in an article of Sat 12 Jul 2025 = Fri 11 Jul 2025"),
    ev("murder", "ووقعت الجريمة في الرابع من يوليو الماضي", MURDER, "'الرابع من يوليو' = Fri 4 Jul 2025 ('الماضي' notwithstanding: the article is of July 2025)"),
    ev("funeral-announced", "قد أعلنت موعد صلاة الجنازة مساء يوم الخميس", MEETING, "'مساء يوم الخميس' before the prayer of Fri 11 Jul 2025 = Thu 10 Jul 2025"),
])

# ---------------------------------------------------------------- algeria-tizi-ouzou-nihal-si-mohand-killing-2016
S = "algeria-tizi-ouzou-nihal-si-mohand-killing-2016"
VANISHED = "2016-07-21"      # Nihal Si Mohand (4) vanished at Ait Ali (Ait Toudert, Ouacif, Tizi Ouzou) on Thu 21 Jul 2016
DENIAL = "2016-08-02"        # the gendarmerie's statement on the skull and hair under analysis, Tue 2 Aug 2016
ANNOUNCED = "2016-08-04"     # the Ouacif prosecutor Fodil Takhroubt announced her death (DNA match) at a press conference on Thu 4 Aug 2016
DNA = ("2016-08-01", "2016-08-05")  # the DNA analyses at Bouchaoui: under way on Tue 2 Aug, concluded by Thu 4 Aug (my span 1-4 Aug)
BURIAL = "2016-08-07"        # buried at the Ain el-Beida cemetery in Oran on Sun 7 Aug 2016
art(S, "https://arabstoday.net/37/040816163500-%D8%A7%D9%84%D9%86%D8%A7%D8%A6%D8%A8-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D9%8A%D8%B9%D9%84%D9%86-%D9%88%D9%81%D8%A7%D8%A9-%D8%A7%D9%84%D8%B7%D9%81%D9%84%D8%A9",
    "2016-08-04", "time stamp in the URL '040816163500' (04/08/16 16:35; 4 Aug 2016 was a Thursday); the body's 'الخميس' for the prosecutor's announcement agrees; the byline 'الجزائر – سفيان سي يوسف' dropped; headline rendered from the URL slug (the stored text has none); the last, truncated word ('جدير...') dropped; no date of its own in the text", True, """
النائب العام يعلن وفاة الطفلة نهال
أعلن وكيل الجمهورية لدى محكمة "واسيف" بمحافظة تيزي وزو في منطقة القبائل (100 كلم شرق العاصمة الجزائرية)، الخميس، بصفة رسمية وفاة الطفلة "نهال سي محند" ذات الأربع سنوات، التي كانت مفقودة منذ 21 يوليو /تموز الماضي.
وأوضح وكيل الجمهورية (النائب العام القضائي) في ندوة صحفية أن وفاة الطفلة "نهال" تأكدت بعد تحليل "الحمض النووي الريبي منقوص الأكسجين" للعناصر التي استرجعها المعهد الوطني للأدلة الجنائية وعلم الإجرام التابع لسلاح الدرك الجزائري في بوشاوي (الجزائر العاصمة)، وهي جمجمة صغيرة وبقايا شعر.
وكانت قيادة الدرك الجزائري قد نفت، الثلاثاء، الشائعات التي روجت لها بعض القنوات والمواقع الإخبارية الجزائرية بشأن تأكيد التحاليل العلمية أن الجمجمة المعثور عليها في قرية "آث علي" بمحافظة تيزي وزو تعود إلى الطفلة "نهال سي محند" ذات الأربع سنوات، المختفية منذ 12 يوما.
وصرح العقيد محمد ترغيني، رئيس خلية الاتصال بقيادة جهاز الدرك الوطني، بأن "المؤشرات التي عثر عليها في قرية آث علي في إطار قضية اختفاء الطفلة نهال، وهي جمجمة وشعر، تخضع للتحاليل العلمية"، غير أنه "لم يتم التأكد حينها ما إذا كانت لها صلة بالطفلة المختفية أم لا".
""", [
    ev("death-announced", "أعلن وكيل الجمهورية لدى محكمة \"واسيف\"", ANNOUNCED, "'الخميس' in an article of Thu 4 Aug 2016 = Thu 4 Aug 2016"),
    ev("disappearance", "التي كانت مفقودة منذ 21 يوليو /تموز الماضي", VANISHED, "'21 يوليو /تموز الماضي' = Thu 21 Jul 2016 (also 'المختفية منذ 12 يوما' on Tue 2 Aug)"),
    ev("dna-analysis", "تأكدت بعد تحليل", DNA[0], "no own expression; the analyses at Bouchaoui were under way on Tue 2 Aug and their result was announced on Thu 4 Aug 2016 (my span 1-4 Aug)", end=DNA[1]),
    ev("gendarmerie-statement", "وكانت قيادة الدرك الجزائري قد نفت، الثلاثاء", DENIAL, "'الثلاثاء' before Thu 4 Aug 2016 = Tue 2 Aug 2016 (elheddaf/echorouk of Wed 3 Aug: 'أفادت به الثلاثاء مصالح الدرك الوطني')"),
])
art(S, "https://al-ain.com/article/222346",
    "2016-08-04", "no date on the stored page; the body's 'في ندوة صحفية، اليوم الخميس' for the prosecutor's press conference, which took place on Thu 4 Aug 2016 (arabstoday stamped 04/08/16: 'الخميس'; djazairess/elmassar of Mon 8 Aug: 'الخميس الفارط'), gives Thu 4 Aug 2016; headline kept from the page; the last, truncated sentence on the media attention dropped", False, """
الجزائر.. حادثة اختطاف الطفلة نهال تنتهي بجريمة مروعة
انتهت حادثة اختطاف الطفلة نهال إلى مصير مأساوي، بعدما أثبتت الفحوص تطابق حمضها النووي مع أشلاء بشرية عثر عليها.
وأعلنت السلطات القضائية الجزائرية مقتل الطفلة نهال سي محند، البالغة 4 سنوات، التي اختطفت منذ 3 أسابيع في قرية أيت تودر بمحافظة تيزي وزو شرقي البلاد.
وبيّن وكيل الجمهورية لدى محكمة واسيف بتيزي وزو أن نتائج تحليل الحمض النووي للأشلاء التي عثر عليها خلال عملية البحث أثبتت أنها للطفلة نهال.
وتتكون هذه الأشلاء من جمجمة متفحمة وهيكل عظمي، إضافة إلى ملابس ملطخة بالدماء وجدت قرب المكان الذي اختفت منه الطفلة.
وأكد فضيل تخروبت، في ندوة صحفية عقدها اليوم الخميس بمقر المحكمة، أن التحقيقات ما زالت متواصلة حتى الآن لتحديد الجناة المتورطين في هذه الجريمة.
ويضع هذا الإعلان الصادم نهاية مأساوية لقصة الطفلة "نهال سي محند" التي اختفت يوم 21 يوليو الماضي من قرية آيت علي ببلدية أيت تودر في محافظة تيزي وزو، حين كانت في زيارة مع أهلها المقيمين في مدينة وهران غربي الجزائر لحضور حفل زفاف أحد أقارب العائلة.
""", [
    ev("death-announced", "في ندوة صحفية عقدها اليوم الخميس", ANNOUNCED, "'اليوم الخميس' = Thu 4 Aug 2016"),
    ev("dna-analysis", "أن نتائج تحليل الحمض النووي للأشلاء", DNA[0], "no own expression; the analyses under way on Tue 2 Aug (gendarmerie) and concluded by the announcement of Thu 4 Aug 2016 (my span 1-4 Aug)", end=DNA[1]),
    ev("disappearance", "التي اختفت يوم 21 يوليو الماضي", VANISHED, "'يوم 21 يوليو الماضي' = Thu 21 Jul 2016 (also 'منذ 3 أسابيع' before Thu 4 Aug)"),
])
art(S, "https://djazairess.com/elmassar/44203",
    "2016-08-08", "no date on the stored page; the body's 'شيع امس الأحد' for the burial in Oran, which took place on Sun 7 Aug 2016 (annasronline, URL stamped 2016-08-08: 'شيعت أمس'), and 'الخميس الفارط' for the press conference of Thu 4 Aug give Mon 8 Aug 2016 (8 Aug 2016 was a Monday); an El Massar report carried by djazairess; headline written from the body (the stored text has none); the last, truncated words ('من أمام منزل ع...') dropped; no date of its own in the text", False, """
تشييع جثمان الطفلة نهال بمقبرة عين البيضاء في وهران
ووري جثمان الطفلة نهال الثرى امس الأحد بمقبرة عين البيضاء في ولاية وهران، وسط تعزيزات أمنية مشددة أمام منزل عائلتها وعلى الطريق المؤدي إلى المقبرة، فيما شارك الآلاف من المواطنين في موكب جنائزي مهيب لتوديعها، إلى جانب السلطات المحلية وممثلي الأحزاب والمنظمات والجمعيات.
وانطلقت الجنازة نحو الساعة التاسعة والنصف من منزل العائلة بحي الكمين في وهران، وكان مشهد المواطنين لحظة خروج الجثمان مؤثرا للغاية كما نقلته وسائل الإعلام، وسط صيحات التكبير، فيما تعالت أصوات تطالب بالقصاص وتطبيق حكم الإعدام.
ولقيت قوات الأمن صعوبة كبيرة في تنظيم الجنازة بسبب الحشود الكبيرة والتأثر الشديد للمشاركين في وداع الطفلة نهال.
وكان قد عثر على جزء من جسم نهال بعد 15يوما من فقدانها من منزل جدها لأبيها بتيزي وزو، وهي المولودة بمدينة وهران.
ويذكر أن المعهد الوطني للأدلة الجنائية وعلم الإجرام ببوشاوي كان قد أكد الخميس الفارط أن الأعضاء المعثور عليها في قرية مشراك بآيت تودرت بدائرة واسيف تعود للطفلة نهال سي امحند، وفق ما أكده وكيل الجمهورية لدى محكمة واسيف فضيل تاخروبت.
وأشار خلال ندوة صحفية إلى أن الطفلة نهال فقدت منذ 21 جويلية الفارط.
""", [
    ev("burial", "ووري جثمان الطفلة نهال الثرى امس الأحد", BURIAL, "'امس الأحد' in an article of Mon 8 Aug 2016 = Sun 7 Aug 2016"),
    ev("funeral-procession", "وانطلقت الجنازة نحو الساعة التاسعة والنصف", BURIAL, "no own day; the procession of the burial day, Sun 7 Aug 2016 (at 9:30)"),
    ev("death-announced", "كان قد أكد الخميس الفارط", ANNOUNCED, "'الخميس الفارط' before Mon 8 Aug 2016 = Thu 4 Aug 2016"),
    ev("disappearance", "فقدت منذ 21 جويلية الفارط", VANISHED, "'21 جويلية الفارط' = Thu 21 Jul 2016"),
])

# ---------------------------------------------------------------- lebanon-zahr-world-cup-stabbing-2018
S = "lebanon-zahr-world-cup-stabbing-2018"
KILLED = "2018-06-27"        # Mohammad Zahr was stabbed in Hay el-Sellom/Mreijeh on the night of Wed 27 Jun 2018, after Brazil beat Serbia
ARREST = "2018-06-28"        # army intelligence arrested Hussein Khodr Braytea; the army statement of Thu 28 Jun 2018
FUNERAL = ("2018-06-28", "2018-06-30")  # the funeral at Haris (Bint Jbeil), reported on Fri 29 Jun: Thu 28 or Fri 29 Jun (my span)
art(S, "https://arabicpost.net/variety/2018/06/28/%d8%ac%d8%b1%d9%8a%d9%85%d8%a9-%d9%85%d8%b1%d9%88%d9%91%d8%b9%d8%a9-%d8%aa%d9%87%d8%b2%d9%91-%d8%a8%d9%8a%d8%b1%d9%88%d8%aa-%d9%85%d8%b4%d8%ac%d9%91%d8%b9-%d8%a3%d9%84%d9%85%d8%a7%d9%86%d9%8a-%d9%8a/embed",
    "2018-06-28", "date in the URL '/2018/06/28/' (28 Jun 2018 was a Thursday); the body's 'ليل أمس، الأربعاء 27 حزيران/يونيو' agrees; headline rendered from the URL slug (its cut end dropped); the last, truncated sentence on the Brazil fans of Sabra shortened; no date line in the text", True, """
جريمة مروعة تهز بيروت
تحوّل إشكال وقع ليل أمس، الأربعاء 27 حزيران/يونيو، إلى إطلاق نار وطعن بسكين، أسفر عن مقتل شاب لبناني في السابعة عشرة من عمره في بيروت.
وبحسب التفاصيل، اندلع الإشكال بين ثلاثة أشخاص في أحد مقاهي منطقة المريجة بالضاحية الجنوبية لبيروت، وتخلله إطلاق نار وطعن بآلة حادة، ما أدى إلى مقتل الشاب محمد ز. المتحدر من بلدة حاريص في الجنوب، فيما حضرت القوى الأمنية واستخبارات الجيش إلى مسرح الجريمة.
وذكرت صحيفة "الأخبار" اللبنانية أن الفتى فارق الحياة كنتيجة مباشرة للطعنة التي تلقاها من أحد جيرانه.
ونقلت الصحيفة عن مصدر أمني أن الجريمة جاءت على خلفية تشجيع المنتخبات في كأس العالم 2018؛ إذ كان الفتى (17 عاماً) يحتفل ليل أمس الأربعاء بفوز المنتخب البرازيلي مطلقا المفرقعات النارية، حين هاجمه اثنان من جيرانه من مشجعي المنتخب الألماني، فطعنه أحدهما بسكين كان بحوزته، ما أدى إلى وفاته.
وأوقفت مديرية استخبارات الجيش الشاب ح.ب الذي أقدم على قتل جاره، وبدأ التحقيق في الجريمة بإشراف القضاء المختص.
يشار إلى أن اللبنانيين اعتادوا تشجيع منتخباتهم المفضلة بحماسة لافتة، وثمة مناطق مخصصة مثلا لمشجعي المنتخب البرازيلي، كحي عرسال في صبرا.
""", [
    ev("killing", "تحوّل إشكال وقع ليل أمس، الأربعاء 27 حزيران/يونيو", KILLED, "'ليل أمس، الأربعاء 27 حزيران/يونيو' = the night of Wed 27 Jun 2018"),
    ev("brazil-win-celebration", "يحتفل ليل أمس الأربعاء بفوز المنتخب البرازيلي", KILLED, "'ليل أمس الأربعاء' = Wed 27 Jun 2018 (Brazil beat Serbia 2-0 that evening)"),
    ev("arrest", "وأوقفت مديرية استخبارات الجيش الشاب ح.ب", ARREST, "no own expression; the army's statement on the arrest was issued on Thu 28 Jun 2018 (al-akhbar: 'أوقفت، اليوم')"),
    ev("investigation-opened", "وبدأ التحقيق في الجريمة بإشراف القضاء المختص", ARREST, "no own expression; opened with the arrest, Thu 28 Jun 2018 (the army's statement)"),
])
art(S, "https://al-akhbar.com/Politics/253130/قاتل-محمد-زهر-في-قبضة-الجي",
    "2018-06-28", "no date on the stored page; the body's 'أوقفت، اليوم' for the army's arrest statement and 'ليل أمس' for the killing of Wed 27 Jun (arabicpost of 28 Jun: 'ليل أمس، الأربعاء 27 حزيران/يونيو') give Thu 28 Jun 2018; headline rendered from the URL slug (its cut last word completed: 'الجي...' = 'الجيش'); no date of its own in the text", False, """
قاتل محمد زهر في قبضة الجيش
أفادت مديرية التوجيه في قيادة الجيش بأن مديرية المخابرات أوقفت، اليوم، الشخص الذي قتل الشاب محمد زهر إثر خلاف نشب بينهما بسبب تشجيع فرق رياضية «في منطقة حي السلم».
وبحسب بيان المديرية، فقد بدأ التحقيق في ملابسات الجريمة «بإشراف القضاء المختص».
ويذكر أن الضحية لقي حتفه، ليل أمس، في منطقة المريجة بالضاحية الجنوبية لبيروت، بعدما تعرّض للطعن على يد أحد جيرانه.
وأوضح مصدر أمني لـ«الأخبار» أن دافع الجريمة مرتبط بتشجيع المنتخبات في مونديال روسيا 2018.
فقد كان الفتى يحتفل أمس بفوز المنتخب البرازيلي، حين انقض عليه اثنان من جيرانه من أنصار المنتخب الألماني، وطعنه أحدهما بسكين فأرداه.
""", [
    ev("arrest", "أوقفت، اليوم، الشخص الذي قتل الشاب محمد زهر", ARREST, "'اليوم' = Thu 28 Jun 2018, the day of the army's statement"),
    ev("investigation-opened", "فقد بدأ التحقيق في ملابسات الجريمة", ARREST, "no own expression; with the arrest, Thu 28 Jun 2018 (the army's statement)"),
    ev("killing", "لقي حتفه، ليل أمس", KILLED, "'ليل أمس' from Thu 28 Jun 2018 = the night of Wed 27 Jun 2018"),
    ev("brazil-win-celebration", "كان الفتى يحتفل أمس بفوز المنتخب البرازيلي", KILLED, "'أمس' from Thu 28 Jun 2018 = Wed 27 Jun 2018"),
])
art(S, "https://imlebanon.org/2018/06/29/funeral-of-martyr-world-cup-and-his-mother-to-execute-the-murderer",
    "2018-06-29", "date in the URL '/2018/06/29/' (29 Jun 2018 was a Friday); the body's 'ليلة أمس الأول' for the killing of the night of Wed 27 Jun agrees; the masthead 'IMLebanon' dropped; headline kept from the page; the last, truncated question of the mother dropped; no date line in the text", True, """
تشييع "شهيد" المونديال… ووالدته: لإعدام القاتل
لم تكن ليلة أمس الأول عادية كغيرها من الليالي في منطقة حي السلم بالضاحية الجنوبية، إذ وقع إشكال على خلفية تشجيع الفرق المشاركة في بطولة كأس العالم، انتهى بطعن المدعو حسين خضر بريطع جاره المواطن محمد زهر في قلبه، فقضى على الفور.
وعمّ الغضب المنطقة، لا سيما أن أحدا لم يكن يتوقع أن تبلغ الأمور حد القتل بسبب الحماسة للعبة رياضية لا تعني لبنان أصلا.
أما القاتل، الذي فر بعيد ارتكاب جريمته، فقد أوقفته مخابرات الجيش اللبناني التي باشرت التحقيق معه بإشراف القضاء المختص.
إلى ذلك، شيّع أهالي بلدة حاريص وذوو الضحية محمد علي زهر في مأتم حاشد إلى مثواه الأخير في جبانة بلدته حاريص في قضاء بنت جبيل.
وانطلق موكب التشييع من أمام منزله وجال في شوارع البلدة، ثم ووري الثرى في جبانة البلدة بعد الصلاة على جثمانه، وتقبلت العائلة التعازي.
وقالت والدته: «أريد حق ابني وإعدام القاتل»، داعية الرؤساء إلى أن «يعدلوا ويأخذوا بحق ابنها المظلوم حتى لا يسقط محمد ثان وثالث وعاشر ضحايا للفلتان الأمني».
وأضافت: «على الدولة أن تعيد إليها حق ابنها، وأن تكون العدالة صارمة بعد هذا الفلتان الذي نراه في كل المناطق».
""", [
    ev("killing", "انتهى بطعن المدعو حسين خضر بريطع جاره المواطن محمد زهر", KILLED, "'ليلة أمس الأول' in an article of Fri 29 Jun 2018 = the night of Wed 27 Jun 2018"),
    ev("arrest", "فقد أوقفته مخابرات الجيش اللبناني", ARREST, "no own expression; the army's statement on the arrest, Thu 28 Jun 2018 (al-akhbar: 'أوقفت، اليوم')"),
    ev("investigation-opened", "التي باشرت التحقيق معه", ARREST, "no own expression; with the arrest, Thu 28 Jun 2018"),
    ev("funeral", "شيّع أهالي بلدة حاريص وذوو الضحية", FUNERAL[0], "no own expression; reported as past in an article of Fri 29 Jun 2018, after the killing of Wed 27 Jun: Thu 28 or Fri 29 Jun (my span)", end=FUNERAL[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 513
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

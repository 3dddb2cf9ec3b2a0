"""Builds stories.jsonl: the 417-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Khartoum, Omdurman and Khartoum North
(Bahri): floods, bread and fuel queues, power cuts, protests, courts, universities, markets, transport.
Stories: the killing of the student Ali Abakar Musa at the University of Khartoum and the suspension of studies
(Sudan, March 2014), and the great fire of the Omdurman market (Sudan, December 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-khartoum-university-ali-abakar-2014
S = "sudan-khartoum-university-ali-abakar-2014"
KILL = "2014-03-11"                        # the Darfur students' march and the killing of Ali Abakar Musa, Tue 11 Mar 2014
FUNERAL = "2014-03-12"                     # the funeral from Bashair hospital to the cemetery, Wed 12 Mar 2014
art(S, "https://www.alwasatnews.com/news/865264.html",
    "2014-03-11", "the body's 'اليوم الثلثاء (11 مارس/ آذار 2014)' (kept; 11 Mar 2014 was a Tuesday); headline written from the body (the stored text has none); the readers' comment under the report dropped", True, """
مقتل طالب خلال تظاهرة لطلاب دارفور في جامعة الخرطوم
لقي طالب حتفه في الخرطوم اليوم الثلثاء (11 مارس/ آذار 2014) أثناء تظاهرة نظمها طلاب ينحدرون من إقليم دارفور غربي السودان الذي يعيش على وقع أعمال العنف، وذلك بعد أن فُضّ هذا التجمع بالقوة، على ما أعلنت الشرطة.
وأوضحت الشرطة في بيان نشرته على موقع وزارة الداخلية السودانية أن "طالبين أصيبا ونُقلا إلى المستشفى حيث فارق أحدهما الحياة"، من غير أن تقدم تفاصيل أخرى.
وذكر مراسل لوكالة فرانس برس كان في عين المكان أن المتظاهرين في جامعة الخرطوم فُرّقوا بالغاز المسيل للدموع وتعرضوا للضرب بينما كانوا يسعون إلى مغادرة الحرم الجامعي.
""", [
    ev("student-killed", "لقي طالب حتفه في الخرطوم اليوم الثلثاء", KILL, "'اليوم الثلثاء (11 مارس/ آذار 2014)' = Tue 11 Mar 2014"),
    ev("darfur-students-march", "أثناء تظاهرة نظمها طلاب ينحدرون من إقليم دارفور", KILL, "the march of the same day, Tue 11 Mar 2014"),
    ev("police-statement", "وأوضحت الشرطة في بيان نشرته على موقع وزارة الداخلية", KILL, "no own expression; the police statement was issued on Tue 11 Mar 2014 (akhbarboom: 'في بيان أرسل بالبريد الإلكتروني الثلثاء')"),
    ev("march-dispersed", "فُرّقوا بالغاز المسيل للدموع وتعرضوا للضرب", KILL, "no own expression; the dispersal of the march at noon of Tue 11 Mar 2014"),
])
art(S, "https://www.mugrn.net/ar/12267/",
    "2014-03-11", "no date line on the stored page; the body's 'اليوم الثلاثاء' with the suspension 'إعتباراً من يوم الاربعاء 12 مارس 2014' and the funeral 'يوم غدا الاربعاء' gives Tue 11 Mar 2014 (the killing is known to be that Tuesday); headline written from the body; the source tag 'المقرن' and the list of related links dropped", False, """
جامعة الخرطوم تعلق الدراسة بعد مقتل طالب بالرصاص داخل الحرم
قضت إدارة جامعة الخرطوم بتعليق الدراسة في كل كلياتها إلى أجل غير مسمى إعتباراً من يوم الاربعاء 12 مارس 2014، على أثر أعمال الشغب والتظاهرات التي جرت اليوم الثلاثاء وأسفرت عن استشهاد أحد الطلاب بالرصاص وجرح 6 آخرين داخل الحرم الجامعي.
ووقعت الأحداث حين حاول عدد من الطلاب الاحتشاد للخروج في تظاهرة سلمية خارج أسوار الجامعة، فتصدت لهم الشرطة والجهات الأمنية بالغاز المسيل للدموع والرصاص الحي.
وفي السياق ذاته، تنصلت الشرطة السودانية من المسؤولية عن إطلاق الرصاص الحي داخل الجامعة، ولم تعترف إلا باستخدام الغاز المسيل للدموع لتفريق الطلاب.
أما الطالب "علي أبوبكر موسى"، الذي سقط برصاص مجهولين بحسب رواية الشرطة السودانية، فقد نُقل جثمانه من حوادث أمدرمان إلى مستشفى بشائر بحي مايو، على أن يُشيَّع عند الساعة الثامنة من صباح يوم غدا الاربعاء انطلاقا من مستشفى بشائر.
""", [
    ev("studies-suspended", "قضت إدارة جامعة الخرطوم بتعليق الدراسة", KILL, "the decision of the evening of Tue 11 Mar 2014 ('اليوم الثلاثاء'; altaghyeer: the deans' emergency meeting 'مساء أمس الثلاثاء'), effective 'من يوم الاربعاء 12 مارس 2014'"),
    ev("student-killed", "وأسفرت عن استشهاد أحد الطلاب بالرصاص", KILL, "'اليوم الثلاثاء' = Tue 11 Mar 2014"),
    ev("darfur-students-march", "حاول عدد من الطلاب الاحتشاد للخروج في تظاهرة سلمية", KILL, "the same events of Tue 11 Mar 2014"),
    ev("police-denial", "تنصلت الشرطة السودانية من المسؤولية عن إطلاق الرصاص الحي", KILL, "no own expression; the police statement of Tue 11 Mar 2014 (gas only)"),
    ev("body-moved-to-bashair", "فقد نُقل جثمانه من حوادث أمدرمان إلى مستشفى بشائر", KILL, "no own expression; before the report of Tue 11 Mar 2014, after the death of that day"),
    ev("funeral", "على أن يُشيَّع عند الساعة الثامنة من صباح يوم غدا الاربعاء", FUNERAL, "'عند الساعة الثامنة من صباح يوم غدا الاربعاء' from Tue 11 = Wed 12 Mar 2014"),
])
art(S, "https://www.altareeq.info/ar/demonstration-and-chanted-funeral-killed-at-khartoum-university-no-dialogue-with-blood/",
    "2014-03-12", "no date line on the stored page; the body's 'صباح اليوم الاربعاء' for the funeral of the student killed on Tue 11 Mar gives Wed 12 Mar 2014 (moheet/Anadolu: 'شيع صباح اليوم الأربعاء'); headline rendered from the URL slug; the last, truncated sentence dropped", False, """
تظاهرة وهتافات في تشييع قتيل جامعة الخرطوم: لا حوار مع الدم
اكتسى المشهد في مقابر الصحافة جنوبي العاصمة السودانية الخرطوم بالسواد صباح اليوم الاربعاء، وبدت ملامحه حزينة لحظة وداع الآلاف من السودانيين لقتيل جامعة الخرطوم الطالب علي أبكر موسى، غير أن الحاضرين كانوا ثائرين وعلت هتافاتهم المطالبة بالحرية والقصاص للقتيل حتى اهتزت لها أرجاء المكان.
وتوافد الآلاف من المشيعين على مقابر الصحافة جنوب الخرطوم في وقت مبكر من صباح اليوم الاربعاء، وعلى خلاف المألوف حُمل جثمان القتيل على حاملة عربة الإسعاف، إذ جيء به إلى المقابر من المستشفى مباشرة بعد تسلمه.
وضربت قوة كبيرة من الشرطة طوقا حول المداخل الرئيسية للمقابر مع تركيز على الناحية الغربية، وأمرت محطات الوقود المجاورة للمقابر بوقف العمل، وأغلقت الشارع المفضي إلى المدخل الرئيسي، فيما اصطفت إلى جانب سيارات الشرطة سيارات "بكاسي" بيضاء امتلأت بأشخاص في ثياب مدنية.
ولم تمنع الشرطة جموع المواطنين من دخول المقابر، لكنها بدت متأهبة بحكم تمركزها على مقربة شديدة من المدخل.
""", [
    ev("funeral", "لحظة وداع الآلاف من السودانيين لقتيل جامعة الخرطوم", FUNERAL, "'صباح اليوم الاربعاء' = Wed 12 Mar 2014"),
    ev("mourners-flock", "وتوافد الآلاف من المشيعين على مقابر الصحافة", FUNERAL, "'في وقت مبكر من صباح اليوم الاربعاء' = Wed 12 Mar 2014"),
    ev("police-cordon-cemetery", "وضربت قوة كبيرة من الشرطة طوقا حول المداخل الرئيسية", FUNERAL, "no own expression; during the funeral of Wed 12 Mar 2014"),
    ev("student-killed", "لقتيل جامعة الخرطوم الطالب علي أبكر موسى", KILL, "no own expression; the student was killed on Tue 11 Mar 2014"),
])
art(S, "https://almaghribtoday.net/amp/212/2014-03-13-09-27-20",
    "2014-03-13", "the URL's stamp '2014-03-13-09-27-20' and the body's 'الصادرة، اليوم الخميس' (13 Mar 2014 was a Thursday); headline written from the body; the byline 'الخرطوم - عبد القيوم عاشميق', the site's links and the 'View on Almaghribtoday.net' line dropped", True, """
مدير جامعة الخرطوم: تعليق الدراسة جاء منعا للقتل
أعلن مدير جامعة الخرطوم الدكتور صديق حياتي تكوين لجنة لتقصي الحقائق في مقتل الطالب علي أبكر، الثلاثاء، وفتح بلاغات جنائية لدى الشرطة، مؤكدا أن الدراسة عُلّقت منعًا للقتل.
وبيّن حياتي، في تصريحات نقلتها صحيفة "الرأي العام" الصادرة، اليوم الخميس، أن تعليق الدراسة كان درءا للفوضى في ذلك الجو المشحون، إذ ضُبطت داخل الجامعة وقت الأحداث كمية من الأسياخ والسواطير وبعض الأسلحة، متهما طلابا من خارج الجامعة بإثارة الشغب ومحاصرة مكتبه أكثر من مرة.
ودعا القوى السياسية على اختلافها إلى رفع يدها عن طلاب الجامعة، التي أثبتت قدرتها على تجاوز مثل هذه المحن، ونفى ما أشيع عن صدور أوامر من جهات عليا بتعليق الدراسة.
وشدد حياتي على أن جامعة الخرطوم منبر حر يتمتع بالاستقلالية ولا يقبل أن يُفرض عليه شيء من الخارج، معلنا أنه لن يبقى في منصبه مديرا للجامعة إذا فُرضت عليه أمور من الخارج.
وكانت جامعة الخرطوم قد شهدت احتجاجات على الأوضاع في دارفور أسفرت عن مقتل طالب وجرح آخرين.
""", [
    ev("fact-finding-committee", "تكوين لجنة لتقصي الحقائق في مقتل الطالب علي أبكر", KILL, "no own expression; the committee formed at the deans' emergency meeting of the evening of Tue 11 Mar 2014 (altaghyeer: 'مساء أمس الثلاثاء')"),
    ev("student-killed", "في مقتل الطالب علي أبكر، الثلاثاء", KILL, "'الثلاثاء' before Thu 13 = Tue 11 Mar 2014"),
    ev("studies-suspended", "مؤكدا أن الدراسة عُلّقت منعًا للقتل", KILL, "no own expression; the suspension decided on the evening of Tue 11 Mar 2014"),
    ev("hayati-interview", "في تصريحات نقلتها صحيفة \"الرأي العام\" الصادرة، اليوم الخميس", "2014-03-12", "the statements printed in the paper of 'اليوم الخميس' = Thu 13 Mar 2014, given on Wed 12 or Thu 13 (my span)", end="2014-03-14"),
    ev("darfur-students-march", "قد شهدت احتجاجات على الأوضاع في دارفور", KILL, "no own expression; the protest of Tue 11 Mar 2014"),
])

# ---------------------------------------------------------------- sudan-omdurman-market-fire-2018
S = "sudan-omdurman-market-fire-2018"
FIRE = "2018-12-01"                        # the fire broke out at about 1-2 a.m. on Sat 1 Dec 2018
MEET = "2018-12-03"                        # Bashir met PM Moataz Moussa and the central bank governor; the bank's statement of 3/12/2018
TOUR = "2018-12-04"                        # Abu Shanab's tour with the Zakat Chamber's secretary general, Tue 4 Dec 2018
art(S, "https://www.aljazeera.net/programs/newsreports/2018/12/2/%D8%AE%D8%B3%D8%A7%D8%A6%D8%B1-%D8%A8%D9%85%D9%84%D8%A7%D9%8A%D9%8A%D9%86-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A8%D8%AD%D8%B1%D9%8A%D9%82-%D8%B3%D9%88%D9%82-%D8%A3%D9%85-%D8%AF%D8%B1%D9%85%D8%A7%D9%86-%D9%85%D8%A7-%D8%A7%D9%84%D8%A3%D8%B3%D8%A8%D8%A7%D8%A8",
    "2018-12-02", "page date line '02/12/2018' (kept; 2 Dec 2018 was a Sunday), date in the URL '/2018/12/2/'; headline kept from the page; the unpunctuated transcript of the TV report split into sentences, the reporter's sign-off 'الطاهر المرضي الجزيرة الخرطوم' and the trailer lines dropped", True, """
خسائر بملايين الدولارات في حريق سوق أم درمان.. ما الأسباب؟
02/12/2018
ما إن انقشعت ألسنة النار والدخان حتى صُدم أصحاب المحال التجارية في سوق أم درمان بولاية الخرطوم بحجم الدمار الهائل الذي أصاب ممتلكاتهم ومتاجرهم.
ويفتش مئات من أصحاب المحال بين الركام عما يمكن إنقاذه من ممتلكاتهم، فلا يجدون غير الرماد والخراب.
وتقدّر السلطات السودانية الخسائر بملايين الدولارات، وتقول إن اكتظاظ السوق وضيق ممراته أعاقا عمليات الإطفاء.
وقال مسؤول: "نعمل الآن مع المتضررين على حصر الخسائر، ونبحث مع الولاية كيفية تعويض من أصابتهم هذه المصيبة، ونشيد بالروح العالية التي يتحلى بها المصابون".
وقد دفعت أزمة الثقة بين المصارف ورجال الأعمال التجار إلى تكديس مبالغ نقدية كبيرة التهمتها النيران، فتضاعف حجم الخسائر.
ويضم سوق أم درمان، أكبر أسواق ولاية الخرطوم، آلاف المحال وشتى أصناف البضائع بالجملة والتجزئة، وهو المورد الرئيسي للسلع الاستهلاكية إلى ولايات السودان.
""", [
    ev("market-fire", "ما إن انقشعت ألسنة النار والدخان", FIRE, "no own expression; the fire of dawn on Sat 1 Dec 2018 (sudaninet: 'فجر السبت الماضي الموافق 1/ديسمبر/2018')"),
    ev("losses-estimated", "وتقدّر السلطات السودانية الخسائر بملايين الدولارات", FIRE, "no own expression; the estimate between the fire of Sat 1 Dec and the report of Sun 2 Dec 2018 (my span)", end="2018-12-03"),
    ev("losses-survey", "نعمل الآن مع المتضررين على حصر الخسائر", FIRE, "'الآن' in the report of Sun 2 Dec 2018; the survey began after the fire (my span 1-4 Dec; the committees were to report within 48 hours of Tue 4 Dec)", end="2018-12-05"),
    ev("cash-burned", "مبالغ نقدية كبيرة التهمتها النيران", FIRE, "no own expression; burned in the fire of Sat 1 Dec 2018"),
])
art(S, "https://sudaninet.net/?p=2685",
    "2018-12-03", "no date line on the stored page; the body's 'فجر أول أمس' for the fire of Sat 1 Dec 2018 and the central bank's statement signed '3/12/2018' give Mon 3 Dec 2018; headline kept from the page; the source tag 'سوداني نت:' and the last, truncated sentence on the prime minister's tweet dropped", False, """
رئيس الجمهورية يوجه بنك السودان باستبدال العملة الورقية المحترقة لتجار سوق أم درمان
وجّه رئيس الجمهورية المشير عمر حسن أحمد البشير محافظ بنك السودان المركزي بجبر ضرر تجار سوق أم درمان الذين التهمت النيران محالهم التجارية فجر أول أمس، عبر استبدال الأوراق النقدية التي أتلفها الحريق بحسب الأسس المتبعة في استبدال العملات التالفة.
واستجابة لتوجيه رئيس الجمهورية، أصدر بنك السودان المركزي بيانا حصل "سوداني نت" على نسخة منه، هذا نصه:
بيان من بنك السودان المركزي
تنفيذا لتوجيه السيد/ رئيس الجمهورية لمحافظ بنك السودان المركزي بجبر الضرر عن تجار سوق أمدرمان بسبب الحريق الذي وقع فجر السبت الماضي الموافق 1/ديسمبر/2018، يعلن بنك السودان المركزي للمواطنين المتضررين من الحريق أنه سيعالج أمر الأوراق النقدية التي أصابها الحريق وفق الأسس والضوابط المعمول بها بشأن العملة التالفة.
وعلى المواطنين المتضررين مراجعة بنك السودان المركزي – فرع الخرطوم إبتداءً من صباح الثلاثاء الموافق 4/12/2018.
إعلام البنك المركزي
3/12/2018
""", [
    ev("bashir-directive", "وجّه رئيس الجمهورية المشير عمر حسن أحمد البشير محافظ بنك السودان", MEET, "no own expression; Bashir's meeting with the prime minister and the governor of Mon 3 Dec 2018 (Assayha: 'اجتمع أمس' in its report of Tue 4 Dec), the bank's statement dated '3/12/2018'"),
    ev("market-fire", "التهمت النيران محالهم التجارية فجر أول أمس", FIRE, "'فجر أول أمس' from Mon 3 Dec = dawn of Sat 1 Dec 2018"),
    ev("bank-statement", "أصدر بنك السودان المركزي بيانا حصل", MEET, "the statement is signed '3/12/2018' = Mon 3 Dec 2018"),
    ev("currency-exchange-opens", "إبتداءً من صباح الثلاثاء الموافق 4/12/2018", TOUR, "'صباح الثلاثاء الموافق 4/12/2018' = Tue 4 Dec 2018"),
])
art(S, "https://sudaneseonline.com/cgi-bin/sdb/2bb.cgi?seq=print&board=30&msg=1543950474&rn=",
    "2018-12-04", "the post's time stamp '07:07 PM December, 04 2018' (kept as second line; 4 Dec 2018 was a Tuesday; the board's header '12-04-2018, 08:07 PM' agrees); the report of the daily Assayha, whose 'أمس' is Mon 3 Dec 2018 (sudaninet reported the tweet on Mon 3 Dec); headline kept from the post; the board's header lines and the byline 'الخرطوم: الصيحة' dropped; the last, truncated sentence dropped", True, """
البشير يوجّه بنك السودان باستبدال الأوراق النقدية التالفة لتجار سوق أم درمان
07:07 PM December, 04 2018
أمر رئيس الجمهورية المُشير عمر البشير بنك السودان المركزي باستبدال الأوراق النقدية التالفة للتجار الذين أتت النيران على محالهم في الحريق الذي شب بسوق أم درمان فجر السبت.
ومن جهته أعلن بنك السودان المركزي أنه سيعالج الأوراق النقدية المتضررة من الحريق وفق الأسس والضوابط المعمول بها في شأن العملة التالفة، نزولا عند توجيهات رئيس الجمهورية في هذا الخصوص.
وأفاد رئيس الوزراء وزير المالية معتز موسى، في تغريدة على حسابه بموقع التدوينات القصيرة "تويتر" أمس، بأنه اجتمع أمس، مع رئيس الجمهورية بحضور محافظ بنك السودان، مضيفا أن "البشير نقل مواساته لمتضرري حريق سوق أم درمان ودعا لهم بالأجر العظيم على الابتلاء".
""", [
    ev("bashir-directive", "أمر رئيس الجمهورية المُشير عمر البشير بنك السودان المركزي", MEET, "no own expression; given at the meeting of 'أمس' = Mon 3 Dec 2018"),
    ev("market-fire", "في الحريق الذي شب بسوق أم درمان فجر السبت", FIRE, "'فجر السبت' before Tue 4 Dec = Sat 1 Dec 2018"),
    ev("bank-statement", "ومن جهته أعلن بنك السودان المركزي أنه سيعالج", MEET, "no own expression; the bank's statement dated 3/12/2018 (sudaninet)"),
    ev("moataz-tweet", "في تغريدة على حسابه بموقع التدوينات القصيرة", MEET, "'أمس' in Assayha's report of Tue 4 Dec = Mon 3 Dec 2018"),
    ev("bashir-moataz-meeting", "بأنه اجتمع أمس، مع رئيس الجمهورية", MEET, "'اجتمع أمس' = Mon 3 Dec 2018"),
])
art(S, "https://elmeghar.com/archives/75096?amp=1",
    "2018-12-05", "no date line on the stored page; the daily Almeghar's 'اليوم (الأربعاء)' for the closure announced on Tue 4 Dec 'اعتباراً من يوم غد الأربعاء' (tagpress) gives Wed 5 Dec 2018; headline and sub-heading of the page joined into one line; the byline 'أم درمان – المجهر' dropped", False, """
إغلاق سوق أم درمان والزكاة تتدخل لجبر ضرر متأثري الحريق.. "أبو شنب" يكشف تفاصيل المحال المحترقة وعمارة آيلة للسقوط
أعلن الأمين العام لديوان الزكاة الدكتور "محمد عبد الرازق مختار" أن الديوان سيضع كل موارده وإمكاناته لجبر الضرر عن المتأثرين بالحريق، مبينا أن الوقوف مع التجار المنكوبين واجب على الديوان، ومشيدا بالتزامهم بإخراج الزكاة وتطهير أموالهم.
وكشف أنه وجّه الديوان الولائي بإجراء حصر سريع وفوري للفئات الأشد تضررا من الحريق، من أصحاب الطبالي ومن فقدوا كل ممتلكاتهم وصاروا خالي الوفاض.
كما أفصح "مختار" عن اتفاق بين الديوان الاتحادي وفرعه بولاية الخرطوم على التدخل العاجل لجبر ضرر المتأثرين (لأن الكارثة أكبر من إمكانية وحجم الديوان الولائي)، ولفت إلى إمكانية استنفار دواوين الزكاة في بقية الولايات للإسهام في جبر الضرر (إذا دعا الأمر).
وفي سياق متصل، أعلن معتمد أم درمان الفريق "أحمد أبو شنب" إغلاق سوق أم درمان اليوم (الأربعاء) لنقل أنقاض الحريق الذي أصاب عددا من المحال التجارية بالسوق.
""", [
    ev("zakat-pledge", "أن الديوان سيضع كل موارده وإمكاناته لجبر الضرر", TOUR, "no own expression; said during the tour of the market with the commissioner on Tue 4 Dec 2018 (al3nan: 'الثلاثاء خلال جولة تفقدية')"),
    ev("zakat-survey-ordered", "وجّه الديوان الولائي بإجراء حصر سريع وفوري", TOUR, "no own expression; the same tour of Tue 4 Dec 2018"),
    ev("closure-announced", "أعلن معتمد أم درمان الفريق \"أحمد أبو شنب\"", TOUR, "no own expression; announced on Tue 4 Dec 2018 (tagpress: 'اعتباراً من يوم غد الأربعاء')"),
    ev("market-closed", "إغلاق سوق أم درمان اليوم (الأربعاء)", "2018-12-05", "'اليوم (الأربعاء)' = Wed 5 Dec 2018"),
    ev("market-fire", "لنقل أنقاض الحريق الذي أصاب عددا من المحال", FIRE, "no own expression; the fire of dawn on Sat 1 Dec 2018"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 417
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

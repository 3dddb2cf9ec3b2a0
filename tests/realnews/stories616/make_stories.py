"""Builds stories.jsonl: the 616-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: press conferences and statements by football coaches
before and after derbies (Al Hilal-Al Nassr, Raja-Wydad) and the match reports.
Stories: the Riyadh derby Al Hilal 3-1 Al Nassr of Mon 12 Jan 2026 (Saudi Arabia), and the Casablanca derby
Raja 2-1 Wydad of Sat 10 Feb 2018 (Morocco).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-hilal-nassr-riyadh-derby-jan-2026
S = "saudi-hilal-nassr-riyadh-derby-jan-2026"
TRAINING = "2026-01-11"                    # the coaches' last sessions, Sun 11 Jan 2026
DERBY = "2026-01-12"                       # Al Hilal 3-1 Al Nassr, Mon 12 Jan 2026, Kingdom Arena, round 15
AFCON = ("2025-12-21", "2026-01-19")       # the Africa Cup of Nations 2025 in Morocco, 21 Dec 2025 - 18 Jan 2026
art(S, "https://www.okaz.com.sa/sport/saudi/2230591",
    "2026-01-10", "the page's date stamp 2026-01-10 (Sat); the body's 'يوم غد (الأحد)' and 'يوم (الإثنين)' fit a Saturday (10 Jan 2026 was a Saturday); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
إنزاغي وجيسوس يختتمان تحضيراتهما لديربي الرياض
يختتم سيموني إنزاغي وجورجي جيسوس، مدربا الهلال والنصر، استعداداتهما الفنية يوم غد (الأحد) قبل لقاء الديربي المحدد يوم (الإثنين) الساعة 8:30 مساء على ملعب المملكة أرينا في الرياض، في إطار الجولة (15) من دوري روشن السعودي للمحترفين، حيث يخوض كل منهما مناورة ختامية لتثبيت الأسلوب الفني واختيار العناصر الأساسية للمواجهة المنتظرة.
ويستعيد الهلال ظهيره الأيسر ثيو هيرنانديز الذي غاب عن لقاء الحزم في الجولة الماضية بسبب إيقافه مباراة واحدة إثر تلقيه أربعة إنذارات، ويطمح إنزاغي إلى قيادة فريقه للفوز على الغريم التقليدي النصر وبلوغ النقطة 38 والانفراد بالصدارة بفارق سبع نقاط عن الفريق النصراوي «الوصيف».
أما في معسكر النصر فيعود المدافع محمد سيماكان إلى المشاركة بعد اكتمال جاهزيته، ويسعى جيسوس إلى الفوز والوصول إلى النقطة 34 وتقليص الفارق مع الهلال «المتصدر» إلى نقطة واحدة.
ويهدد الإيقاف الثنائي النصراوي أيمن يحيى وبروزوفيتش إذا نال كل منهما الإنذار الرابع في مواجهة الهلال المقبلة.
""", [
    ev("final-training", "استعداداتهما الفنية يوم غد (الأحد)", TRAINING, "'يوم غد (الأحد)' from Sat 10 Jan 2026 = Sun 11 Jan"),
    ev("derby-match", "لقاء الديربي المحدد يوم (الإثنين) الساعة 8:30 مساء", DERBY, "'يوم (الإثنين)' after Sat 10 Jan 2026 = Mon 12 Jan (the derby was played that day)"),
    ev("theo-returns", "ويستعيد الهلال ظهيره الأيسر ثيو هيرنانديز", DERBY, "no own expression; his return is for the derby of Mon 12 Jan 2026"),
    ev("simakan-returns", "فيعود المدافع محمد سيماكان إلى المشاركة", DERBY, "no own expression; his return is for the derby of Mon 12 Jan 2026"),
])
art(S, "https://www.vetogate.com/5572164",
    "2026-01-12", "no date line on the stored page; the body's 'اليوم الإثنين' for the derby, which was played on Mon 12 Jan 2026 (filgoal's report stamped 'الإثنين، 12 يناير 2026 - 21:48'), so the report is of that day; headline kept from the page; the standings paragraph, truncated, dropped; the line-ups shortened into two sentences", False, """
طرد وركلتا جزاء، الهلال يحقق فوزًا مثيرًا على النصر في الدوري السعودي (فيديو وصور)
في ديربي الرياض، انتزع الهلال فوزا مثيرا على غريمه النصر بثلاثة أهداف مقابل هدف في المباراة التي جمعتهما، اليوم الإثنين، في افتتاح الجولة الخامسة عشرة من الدوري السعودي للمحترفين على ملعب "المملكة أرينا".
وكان النصر قد افتتح التسجيل بواسطة كريستيانو رونالدو في الدقيقة 42.
وأحرز أهداف الهلال الثلاثة سالم الدوسري من ركلة جزاء في الدقيقة 57، ثم محمد كنو في الدقيقة 81، وروبن نيفيز في الدقيقة 90+2.
وشهد اللقاء طرد نواف العقيدي حارس مرمى النصر في الدقيقة 59.
ودخل الهلال اللقاء بتشكيلة ضمت الربيعي في حراسة المرمى، ومتعب الحربي وحسان تمبكتي وروبن نيفيز وثيو هيرنانديز في الدفاع، وحمد اليامي وسيرجي سافيتش وناصر الدوسري في الوسط، ومالكوم دي أوليفيرا وداروين نونيز وسالم الدوسري في الهجوم.
في المقابل بدأ النصر بالعقيدي حارسا، وأمامه أيمن يحيى ومحمد سيماكان وإينيجو مارتينيز ونواف بوشل، وفي الوسط عبد الله الخيبري ومارسيلو بروزوفيتش وأنجيلو، وفي الهجوم جواو فيليكس وكريستيانو رونالدو وكينجسلي كومان.
""", [
    ev("derby-match", "انتزع الهلال فوزا مثيرا على غريمه النصر", DERBY, "'اليوم الإثنين' = Mon 12 Jan 2026"),
    ev("ronaldo-opener", "افتتح التسجيل بواسطة كريستيانو رونالدو", DERBY, "no own expression; a goal of the derby of Mon 12 Jan 2026"),
    ev("dawsari-penalty", "سالم الدوسري من ركلة جزاء في الدقيقة 57", DERBY, "no own expression; a goal of the derby of Mon 12 Jan 2026"),
    ev("nuqaydi-red-card", "طرد نواف العقيدي حارس مرمى النصر", DERBY, "no own expression; in the derby of Mon 12 Jan 2026"),
])
art(S, "https://www.filgoal.com/articles/521140/%D8%AC%D9%88%D8%B1%D8%AC%D9%8A-%D8%AC%D9%8A%D8%B3%D9%88%D8%B3-%D8%A7%D9%84%D8%B9%D9%82%D9%8A%D8%AF%D9%8A-%D9%84%D8%A7-%D9%8A%D8%B3%D8%AA%D8%AD%D9%82-%D8%A7%D9%84%D8%B7%D8%B1%D8%AF-%D9%88%D8%A7%D9%84%D9%87%D9%84%D8%A7%D9%84-%D9%81%D8%B1%D9%8A%D9%82-%D9%85%D8%AE%D8%B6%D8%B1%D9%85",
    "2026-01-12", "the page's date stamp 2026-01-12 (Mon), the night of the derby; headline rendered from the URL slug; no date of its own in the text", True, """
جورجي جيسوس: العقيدي لا يستحق الطرد والهلال فريق مخضرم
أكد جورجي جيسوس، المدير الفني للنصر، أن حارس المرمى نواف العقيدي لم يكن يستحق الطرد في الدربي أمام الهلال.
وتغلب الهلال على غريمه النصر بثلاثة أهداف مقابل هدف في اللقاء الذي جمعهما ضمن الجولة 15 من الدوري السعودي.
وقال جيسوس في المؤتمر الصحفي: "كانت المباراة ممتازة، وحين كنا نلعب بعدد مكتمل كنا أفضل من الهلال ومتقدمين في النتيجة، لكن الأمور تغيرت بعد البطاقة الحمراء وصار اللقاء صعبا، وبعد أن شاهدت اللقطة لا أرى مبررا لطرد نواف العقيدي".
وتابع: "الهلال يملك الخبرة، وهو فريق مخضرم أعرفه جيدا منذ عملت معه، ويجيد الخروج من الضغط".
وختم قائلا: "لم نحافظ على هدوئنا لننتزع الفوز، وواجهنا صعوبات بعد رحيل ساديو ماني للمشاركة مع السنغال في أمم إفريقيا وإصابة سيماكان وتراجع مستوى الفريق".
وسجل كريستيانو رونالدو هدف النصر الوحيد، في حين أحرز أهداف الهلال سالم الدوسري ومحمد كنو وروبن نيفيز.
ويعد هذا أول دربي يخوضه جيسوس مدربا للنصر، بعد أن اعتاد خوضه مع الهلال في الماضي.
ووسع الهلال الفارق في صدارة الدوري بعدما دخل المباراة متقدما بأربع نقاط فقط، فبلغ النقطة 38 متقدما بسبع نقاط على النصر الوصيف صاحب 31 نقطة.
""", [
    ev("jesus-press-conference", "وقال جيسوس في المؤتمر الصحفي", DERBY, "no own expression; the post-match press conference on the night of Mon 12 Jan 2026 (page stamp)"),
    ev("derby-match", "وتغلب الهلال على غريمه النصر بثلاثة أهداف مقابل هدف", DERBY, "no own expression; the derby of Mon 12 Jan 2026 (vetogate 'اليوم الإثنين', okaz 'يوم (الإثنين)')"),
    ev("nuqaydi-red-card", "لكن الأمور تغيرت بعد البطاقة الحمراء", DERBY, "no own expression; the sending-off in the derby of Mon 12 Jan 2026"),
    ev("mane-afcon", "ساديو ماني للمشاركة مع السنغال في أمم إفريقيا", AFCON[0], "no own expression; Mane's stay with Senegal at the Africa Cup of Nations 2025 in Morocco, my span = the tournament, 21 Dec 2025 - 18 Jan 2026", end=AFCON[1]),
    ev("ronaldo-opener", "وسجل كريستيانو رونالدو هدف النصر الوحيد", DERBY, "no own expression; a goal of the derby of Mon 12 Jan 2026"),
])

# ---------------------------------------------------------------- morocco-raja-wydad-derby-feb-2018
S = "morocco-raja-wydad-derby-feb-2018"
MATCH = "2018-02-10"                       # Raja 2-1 Wydad, Sat 10 Feb 2018, Mohammed V complex, postponed round 10
art(S, "https://maghress.com/tizpress/122231",
    "2018-02-10", "no date line on the stored page (a Tizpress report carried by maghress); the body's 'اليوم السبت' for the derby, which was played on Sat 10 Feb 2018 (bayanealyaoume: 'أول أمس السبت'; alkhabarpress: 'أمس السبت'; 10 Feb 2018 was a Saturday), so the report is of that day; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
الرجاء يخطف نقاط الديربي البيضاوي المؤجل أمام الوداد
احتضن ملعب محمد الخامس بالدار البيضاء، اليوم السبت، لقاء الديربي البيضاوي المؤجل عن الجولة العاشرة من شطر الإياب، والذي انتزع فريق الرجاء نقاطه الثلاث.
وبدأت المباراة بنسق بطيء، ثم ارتفع إيقاعها بعدما افتتح الوداد البيضاوي التسجيل في الدقيقة 20 إثر ضربة خطأ نفذها أمين تيغزوي، حوّلها عمر بوطيب خطأ في مرماه وسط ارتباك دفاع الرجاء.
وكثف الرجاء البيضاوي هجماته بعد ذلك بحثا عن التعديل، وهو ما تحقق على يد محسن ياجور الذي أسكن الكرة مرمى الحارس زهير العروبي في الدقيقة 34 من ضربة خطأ نفذها ببراعة.
وجاء الشوط الثاني أقل مستوى من الأول، فباستثناء هجمات معدودة كان الأداء رتيبا، تزينه حماسة المدرجات في تراشق ساخن بين "الكورفا نور" و"الكورفا سود".
غير أن المدافع بدر بانون نجح في الدقيقة 88 في توقيع هدف جميل إثر عرضية من كرة ثابتة لعبها عبد الرحيم شاكير، فاهتزت المدرجات الجنوبية لملعب محمد الخامس فرحا بهز شباك الغريم.
وأربك هدف بانون حسابات المدرب التونسي فوزي البنزرتي، الذي حث لاعبي الوداد على التقدم والضغط على دفاع الرجاء في الدقائق المتبقية بحثا عن التعادل، لكن دون جدوى أمام صمود كتيبة كارلوس غاريدو.
""", [
    ev("derby-match", "احتضن ملعب محمد الخامس بالدار البيضاء، اليوم السبت، لقاء الديربي البيضاوي", MATCH, "'اليوم السبت' = Sat 10 Feb 2018"),
    ev("bouteib-own-goal", "حوّلها عمر بوطيب خطأ في مرماه", MATCH, "no own expression; the 20th minute of the derby of Sat 10 Feb 2018"),
    ev("yajour-equaliser", "محسن ياجور الذي أسكن الكرة مرمى الحارس زهير العروبي", MATCH, "no own expression; the 34th minute of the derby of Sat 10 Feb 2018"),
    ev("banoun-winner", "نجح في الدقيقة 88 في توقيع هدف جميل", MATCH, "no own expression; the 88th minute of the derby of Sat 10 Feb 2018"),
])
art(S, "https://bayanealyaoume.press.ma/%d8%a7%d9%84%d8%af%d9%8a%d8%b1%d8%a8%d9%8a-123-%d9%87%d8%af%d9%81-%d9%82%d8%a7%d8%aa%d9%84-%d9%84%d8%a8%d8%a7%d9%86%d9%88%d9%86-%d9%8a%d9%85%d9%86%d8%ad-%d8%a7%d9%84%d9%81%d9%88%d8%b2-%d9%84%d9%84/.html",
    "2018-02-12", "no date line on the stored page; the body's 'أول أمس السبت' for the derby of Sat 10 Feb 2018 gives Mon 12 Feb 2018 (12 Feb 2018 was a Monday; Bayane Al Yaoume is a daily); headline kept from the page; the last, truncated sentence dropped", False, """
الديربي 123.. هدف قاتل لبانون يمنح الفوز للرجاء على الوداد
حقق فريق الرجاء الرياضي الانتصار في الديربي رقم 123 على حساب الوداد بهدفين مقابل هدف، في المباراة التي جرت أول أمس السبت بالمركب الرياضي محمد الخامس، برسم مؤجل الدورة العاشرة من البطولة الاحترافية لاتصالات المغرب.
وشهدت بداية الديربي هيمنة كاملة للاعبي المدرب فوزي البزرتي، الذين حاولوا مرارا بلوغ مرمى حارس الرجاء أنس الزنيتي دون أن يشكلوا خطورة حقيقية.
ومع حلول الدقيقة 20 من الشوط الأول، نجح الوداد في افتتاح التسجيل بواسطة مدافع الرجاء عمر بوطيب الذي أودع الكرة مرماه عن طريق الخطأ.
وعقب هذا الهدف، انطلقت الماكينة الهجومية للرجاء بحثا عن التعادل، الذي جاء في الدقيقة 34 من ضربة خطأ خارج منطقة الجزاء سددها مهاجم النسور محسن ياجور بإتقان.
وفي الشوط الثاني، بسط الرجاء سيطرته على مجريات اللعب سعيا للخروج منتصرا من ديربي لا يعترف بالتعادل.
واقترب محسن ياجور من إضافة الهدف الثاني للرجاء، غير أن كرته اصطدمت بالعارضة الجانبية لمرمى حارس الوداد زهير لعروبي، بينما أهدر عبد الكبير الوادي وزكرياء حذراف فرصتين محققتين أمام تراخي دفاع الوداد.
""", [
    ev("derby-match", "في المباراة التي جرت أول أمس السبت", MATCH, "'أول أمس السبت' in an article of Mon 12 Feb 2018 = Sat 10 Feb"),
    ev("bouteib-own-goal", "الذي أودع الكرة مرماه عن طريق الخطأ", MATCH, "no own expression; the 20th minute of the derby of Sat 10 Feb 2018"),
    ev("yajour-equaliser", "من ضربة خطأ خارج منطقة الجزاء سددها مهاجم النسور محسن ياجور", MATCH, "no own expression; the 34th minute of the derby of Sat 10 Feb 2018"),
    ev("banoun-winner", "هدف قاتل لبانون", MATCH, "no own expression (headline); the 88th-minute winner of the derby of Sat 10 Feb 2018"),
])
art(S, "http://www.alkhabarpress.ma/147635.html",
    "2018-02-11", "no date line on the stored page; the body's 'أمس السبت' and 'مباراة الأمس' for the derby of Sat 10 Feb 2018 give Sun 11 Feb 2018 (11 Feb 2018 was a Sunday); the photo credit dropped; headline kept from the page", False, """
فوز الرجاء على الوداد يصل إلى إسبانيا وهذه التفاصيل
عاش الإسباني خوان كارلوس غاريدو، مدرب الرجاء البيضاوي المغربي، أجواء أول ديربي له في الدار البيضاء أمام الوداد، وهي القمة الأكثر شعبية في المغرب بالنسبة للجماهير التي تعدها مسألة "حياة أو موت" كما قال.
وكان 45 ألف مشجع قد توافدوا على ملعب "محمد الخامس"، أمس السبت، في الدار البيضاء لمتابعة المباراة المؤجلة من الجولة العاشرة للدوري، التي حسمها رجال غاريدو بنتيجة 1-2 ومنحتهم المركز الثاني.
وذكر المدرب الإسباني أنه لمس "حماسا كبيرا" لدى الجماهير على مدار الأسبوع الماضي الذي سبق المباراة، موضحا أنهم يرون في الديربي أمام الوداد "أهم مباراة في الموسم، بل أهم من التتويج بلقب الدوري".
وأضاف أنه "كان فوزا خاصا جدا لكثير من الناس"، مشيدا بالأجواء التي عرفها الملعب، والتي جعلته يشعر بأنه "يعيش أجواء مباراة نهائية".
ويشار إلى أن مباراة الأمس كانت الديربي رقم 137 بين الفريقين، وحقق فيها الرجاء فوزه رقم 43 مقابل 34 للوداد، بينما انتهت 60 مواجهة بالتعادل.
ويحتل الرجاء حاليا المركز الثاني في ترتيب الدوري برصيد 28 نقطة، بفارق نقطتين عن حسنية أكادير المتصدر.
""", [
    ev("derby-match", "حسمها رجال غاريدو بنتيجة 1-2", MATCH, "'أمس السبت' in an article of Sun 11 Feb 2018 = Sat 10 Feb"),
    ev("garrido-statements", "وذكر المدرب الإسباني أنه لمس", MATCH, "no own expression; Garrido's remarks after the derby, between the match on Sat 10 Feb 2018 and this article of Sun 11 Feb (my span 10-11 Feb)", end="2018-02-12"),
    ev("fans-enthusiasm-week", "على مدار الأسبوع الماضي الذي سبق المباراة", "2018-02-03", "'الأسبوع الماضي الذي سبق المباراة' = the week before the derby of Sat 10 Feb 2018 (my span 3-9 Feb)", end=MATCH),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 616
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

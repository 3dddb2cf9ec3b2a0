"""Builds stories.jsonl: the 415-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from northern Yemen (Sanaa, Hodeidah, Ibb,
Dhamar, Hajjah, Saada, Amran) in any domain: floods, fuel and prices, cholera and health, accidents, courts,
exams, markets.
Stories: the first and second sessions of the trial of the killers of Abdullah al-Aghbari before the East
Amanat al-Asimah court in Sanaa (Yemen, October 2020), and the crash of Qa' Sama east of Dhamar city that
killed 10 people, 6 of them of one family from Ibb (Yemen, November 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-sanaa-aghbari-trial-2020
S = "yemen-sanaa-aghbari-trial-2020"
FIRST = "2020-10-03"                       # first session of the trial, Sat 3 Oct 2020 (yemenat via yemeress: 'اليوم السبت 3 أكتوبر/تشرين أول 2020')
SECOND = "2020-10-07"                      # second session, Wed 7 Oct 2020
KILLING = ("2020-08-26", "2020-08-28")     # al-Aghbari tortured to death in Sanaa: 26 Aug (almashhad) or 27 Aug 2020 (other reports)
art(S, "https://alanbaonline.com/?p=25448",
    "2020-10-03", "no date line in the stored text; the body's 'اليوم السبت' for the first session of the trial, which was held on Sat 3 Oct 2020 (yemenat via yemeress: 'صباح اليوم السبت 3 أكتوبر/تشرين أول 2020', same lawyer, same hours); headline kept (re-worded), the byline 'الانباء اونلاين – صنعاء' and the last, truncated words dropped; no date of its own in the text", False, """
إجراءات أمنية مشددة وحظر على الإعلام في أولى جلسات محاكمة قتلة الأغبري
انعقدت اليوم السبت في العاصمة صنعاء أول جلسة محاكمة لقتلة الشاب عبدالله الأغبري وسط إجراءات أمنية مشددة فرضتها ميليشيات الحوثي داخل قاعة المحكمة، مع منع وسائل الإعلام المحلية والدولية من حضور الجلسة وتغطيتها.
وأفادت مصادر مطلعة بأن المحكمة رفضت طلبا قدمه محامي أولياء الدم، وضاح قطيش، للسماح للصحافيين بحضور جلسات المحاكمة، موضحة أن الجلسة الأولى المخصصة للنظر في قضية مقتل الشاب الأغبري جرت تحت حراسة أمنية مشددة، وبعيدا عن وسائل الإعلام والمنظمات الحقوقية المعنية بالقضية.
ووجّهت النيابة العامة إلى خمسة متهمين تهمة القتل العمد، واتهمت ثلاثة آخرين، بينهم اثنان فاران من وجه العدالة، "بتضليل القضاء وإخفاء معلومات وأدوات الجريمة"، وطالبت بإعدام المتهمين تعزيرا، وبمحاكمة السادس لينال جزاءه وفق القانون، ومحاكمة السابع والثامن غيابيا.
من جهته، أوضح وضاح قطيش، محامي أسرة الأغبري، أن المحكمة استمعت إلى أقوال كل متهم على حدة، في مداولات امتدت منذ الساعة الثامنة صباحا، حتى الثالثة عصرا، في جلسة استماع قد تكون الأطول في تاريخ البلاد.
""", [
    ev("first-session", "انعقدت اليوم السبت في العاصمة صنعاء أول جلسة محاكمة", FIRST, "'اليوم السبت' = Sat 3 Oct 2020 (the first session; yemenat gives the full date)"),
    ev("journalists-request-refused", "المحكمة رفضت طلبا قدمه محامي أولياء الدم", FIRST, "no own expression; the request was refused at the first session of Sat 3 Oct 2020"),
    ev("aghbari-killing", "للنظر في قضية مقتل الشاب الأغبري", KILLING[0], "no own expression; al-Aghbari was tortured to death in Sanaa on 26 Aug 2020 (almashhad) or 27 Aug (other reports): my span 26-27 Aug", end=KILLING[1]),
    ev("murder-charge", "ووجّهت النيابة العامة إلى خمسة متهمين تهمة القتل العمد", FIRST, "no own expression; the indictment was read and the death penalty asked for at the first session of Sat 3 Oct 2020 (yemenat: 'مطالبة باعدام خمسة منهم')"),
    ev("hearing-hours", "في مداولات امتدت منذ الساعة الثامنة صباحا", FIRST, "'منذ الساعة الثامنة صباحا، حتى الثالثة عصرا' of the session of Sat 3 Oct 2020"),
])
art(S, "https://www.yemeress.com/almashhad/181245",
    "2020-10-08", "no date line in the stored text (a yemeress copy of al-Mashhad al-Yemeni); the body's 'يوم أمس' and 'أمس الاربعاء' for the second session, after the first session 'في مطلع الاسبوع' (Sat 3 Oct 2020), give Wed 7 Oct and so publication on Thu 8 Oct 2020; headline written from the body (the stored text has none); the last, truncated words dropped", True, """
عقد الجلسة الثانية لمحاكمة قتلة الأغبري في صنعاء
عُقدت يوم أمس في صنعاء الجلسة الثانية من محاكمة قتلة الشهيد عبد الله الأغبري.
وقدّمت النيابة خلالها ملابس الشهيد الأغبري والأدوات التي عُذّب بها حتى فارق الحياة.
وأفادت مصادر حقوقية بأن والدة الشهيد انهارت باكية وسط القاعة حتى سقطت أرضا، بعد أن شاهدت بعض مشاهد تعذيب ابنها على أيدي العصابة.
واعتذرت نقابة المحامين عن الاستجابة لطلب المحكمة تقديم العون القضائي للدفاع عن المتهمين في قتل الشاب عبد الله الأغبري.
وقالت النقابة في ردها على المحكمة خلال جلستها الثانية أمس الاربعاء إن "النقابة حددت موقفها من هذه القضية منذ وقت مبكر"، في إشارة إلى بيانها السابق الذي أعلنت فيه انسحابها من المشاركة في مرافعات القضية التي شغلت الرأي العام، بما في ذلك تعليق عونها القضائي لأولياء الدم.
وكانت أولى جلسات المحاكمة قد بدأت في مطلع الاسبوع في قضية مقتل الشاب عبدالله الأغبري، الذي لقي حتفه في 26 أغسطس الماضي على أيدي عدة أشخاص في صنعاء الخاضعة لسيطرة ميليشيات الحوثي، خلال جلسة تعذيب دامت 6 ساعات.
وقد أثارت الجريمة استنكارا واسعا بعد تسريب مقاطع فيديو وصور توثقها، ولا يزال الغموض يلف بعض تفاصيلها، وتحولت إلى قضية رأي عام وسط مطالبات حقوقية وشعبية بالقصاص من الجناة.
""", [
    ev("second-session", "عُقدت يوم أمس في صنعاء الجلسة الثانية", SECOND, "'يوم أمس' = 'أمس الاربعاء' = Wed 7 Oct 2020"),
    ev("victim-clothes-shown", "وقدّمت النيابة خلالها ملابس الشهيد الأغبري", SECOND, "no own expression; at the second session of Wed 7 Oct 2020"),
    ev("mother-collapses", "والدة الشهيد انهارت باكية وسط القاعة", SECOND, "no own expression; at the second session of Wed 7 Oct 2020"),
    ev("bar-declines-defence", "واعتذرت نقابة المحامين عن الاستجابة لطلب المحكمة", SECOND, "'خلال جلستها الثانية أمس الاربعاء' = Wed 7 Oct 2020"),
    ev("first-session", "وكانت أولى جلسات المحاكمة قد بدأت في مطلع الاسبوع", FIRST, "'في مطلع الاسبوع' before Wed 7 Oct = Sat 3 Oct 2020 (the Yemeni week starts on Saturday)"),
    ev("aghbari-killing", "الذي لقي حتفه في 26 أغسطس الماضي", KILLING[0], "'في 26 أغسطس الماضي' = Wed 26 Aug 2020 (other reports say 27 Aug: my span 26-27 Aug)", end=KILLING[1]),
])

# ---------------------------------------------------------------- yemen-dhamar-qaa-sama-crash-2024
S = "yemen-dhamar-qaa-sama-crash-2024"
CRASH = "2024-11-16"                       # the crash at Qa' Sama (Mayfa'at Ans), east of Dhamar city, Sat 16 Nov 2024 at 07:00
art(S, "https://yemennownews.com/article/2781615",
    "2024-11-16", "the body's 'اليوم السبت 16 نوفمبر/تشرين الثاني' (kept; 16 Nov 2024 was a Saturday; the year from Reuters' report of the same crash on emiratetoday, '© 2024', and arabkhabar's stamp of 18 Nov 2024); the source tag 'يمن ديلي نيوز:' and the page furniture dropped; headline written from the body (the stored text has none)", False, """
وفاة 10 أشخاص في حادث مروري شرق مدينة ذمار
ذكرت مصادر محلية في محافظة ذمار (وسط اليمن) اليوم السبت 16 نوفمبر/تشرين الثاني أن 10 أشخاص لقوا حتفهم وأصيب 4 آخرون في حادث مروري وقع في (قاع سامة) شرق مدينة ذمار.
وأوضح عبدالعزيز الماوري، المسؤول في مرور محافظة ذمار الخاضعة لسيطرة جماعة الحوثي، أن الحادث وقع عند الساعة السابعة صباحا بين سيارة من نوع هيلوكس وسيارة أجرة "تكس" نوفا.
وأضاف أن الحادث أودى بحياة 6 أشخاص من أسرة واحدة كانوا على متن الهيلوكس، وهم من أهالي محافظة إب وكانوا متجهين إلى محافظة مأرب لاستخراج جوازات سفر، أما البقية فكانوا على متن "تكس" نوفا.
وبشأن الحالة الصحية للمصابين، قال الماوري إن إصاباتهم حرجة جدا وإنهم يتلقون حاليا عناية طبية فائقة.
""", [
    ev("crash", "أن 10 أشخاص لقوا حتفهم وأصيب 4 آخرون في حادث مروري", CRASH, "'اليوم السبت 16 نوفمبر/تشرين الثاني' = Sat 16 Nov 2024; 'عند الساعة السابعة صباحا'"),
    ev("family-of-six-killed", "أودى بحياة 6 أشخاص من أسرة واحدة", CRASH, "no own expression; in the crash of Sat 16 Nov 2024"),
    ev("injured-critical", "إن إصاباتهم حرجة جدا", CRASH, "no own expression; the state of the injured on the day of the crash, Sat 16 Nov 2024 ('حاليا')"),
])
art(S, "https://www.arabkhabar.com/a/3644199",
    "2024-11-18", "page stamp 'تاريخ النشر: 18th, November 2024 GMT' (kept as second line; 18 Nov 2024 was a Monday); the text is Yamanyoon's report of Sun 17 Nov copied a day later, so its 'يوم أمس' means Sat 16 Nov, not Sun 17; headline kept (re-worded), the line 'يمانيون../', the credit 'المصدر: يمانيون' and the unrelated 'إقرأ أيضاً' items dropped", True, """
ذمار: 14 بين قتيل وجريح في حادث مروري مروع على الطريق العام
تاريخ النشر: 18th, November 2024 GMT
شهد الخط العام ذمار – رداع في منطقة ميفعة عنس بمحافظة ذمار يوم أمس حادثا مروريا مأساويا، أودى بحياة عشرة أشخاص بينهم امرأتان وطفلة، وأصيب فيه أربعة آخرون.
وبيّن العقيد عبدالعزيز الماوري، القائم بأعمال مدير مرور محافظة ذمار، أن الحادث نتج عن اصطدام بين سيارتين، إحداهما هايلكس غمارتين والأخرى تاكسي من نوع أكسن، ما أسفر عن وفاة عشرة أشخاص، منهم ثلاثة رجال وامرأتان وطفلة من أسرة واحدة تنحدر من منطقة العود بمحافظة إب.
ولفت الماوري إلى أن المصابين نُقلوا إلى مستشفى ذمار العام لتلقي العلاج، مبينا أن السرعة الزائدة كانت السبب الرئيسي في وقوع هذا الحادث المؤسف.
""", [
    ev("crash", "حادثا مروريا مأساويا، أودى بحياة عشرة أشخاص", CRASH, "'يوم أمس' in Yamanyoon's text of Sun 17 Nov (copied on Mon 18 Nov) = Sat 16 Nov 2024, the day given by yemennownews"),
    ev("family-of-six-killed", "منهم ثلاثة رجال وامرأتان وطفلة من أسرة واحدة", CRASH, "no own expression; in the crash of Sat 16 Nov 2024"),
    ev("injured-to-hospital", "أن المصابين نُقلوا إلى مستشفى ذمار العام", CRASH, "no own expression; the injured were taken to hospital on the day of the crash, Sat 16 Nov 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 415
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

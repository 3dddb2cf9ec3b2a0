"""Builds stories.jsonl: the 389-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Jordan in any domain (courts, accidents,
weather and floods, parliament, prices, universities, sport).
Stories: the State Security Court verdicts in the rocket-making / recruitment / drone cases (Amman, October 2025),
the killing of the former MP Musa Abu Sweilem and his son in Abu Nuseir (Amman, August 2025), and the
explosion of an old bomb that killed a Syrian refugee mother and her four children in al-Fudain (Mafraq, April 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-rocket-cell-verdicts-2025
S = "jordan-rocket-cell-verdicts-2025"
VERDICT = "2025-10-08"                     # the State Security Court's verdicts, Wed 8 Oct 2025
REVEAL = "2025-04-15"                      # the GID / government announced the 16 arrests on Tue 15 Apr 2025
art(S, "https://almanartv.com.lb/article/248227",
    "2025-10-08", "page date line 'الأربعاء 08 10 2025 / 15 ربيع الثاني 1447' (kept; 8 Oct 2025 was a Wednesday), the Beirut clock time of the page dropped; the body's 'الأربعاء' agrees; headline kept from the page (reworded); the last, truncated sentence on the recruitment case shortened", True, """
محكمة أمن الدولة في الأردن تحكم في قضية "تصنيع الصواريخ" وتبرّئ متهمين في قضايا أخرى
الأربعاء 08 10 2025 - 15 ربيع الثاني 1447
قضت محكمة أمن الدولة الأردنية، الأربعاء، بأحكام على عدد من المتهمين في ملف "تصنيع الصواريخ" تراوحت بين سبع سنوات وخمس عشرة سنة من الأشغال المؤقتة، وقررت في المقابل تبرئة متهمين آخرين في قضايا منفصلة.
وأخذت المحكمة بالعقوبة الأشد في هذا الملف، فحكمت على عبدالله هشام ومعاذ غانم بالأشغال المؤقتة 15 عاماً، وعلى المتهم الثالث محسن غانم بالأشغال المؤقتة سبع سنوات ونصفاً.
وأدانت المحكمة عبدالله هشام ومعاذ غانم بتهمة "تصنيع أسلحة بقصد استخدامها على وجه غير مشروع" بموجب قانون منع الإرهاب لسنة 2006، أما محسن غانم فأُدين بتهمة "التدخل بتصنيع أسلحة بقصد استخدامها على وجه غير مشروع"، كما نُسبت إلى الثلاثة تهمة "القيام بأعمال من شأنها الإخلال بالنظام العام وتعريض سلامة المجتمع وأمنه للخطر".
وفي ملف التجنيد، قضت المحكمة بسجن المتهمين مروان الحوامدة وأنس أبو عواد بالأشغال المؤقتة ثلاث سنوات وأربعة أشهر، إثر إدانتهما بتهمة الإخلال بالنظام العام وتعريض سلامة المجتمع وأمنه للخطر.
""", [
    ev("verdicts-issued", "قضت محكمة أمن الدولة الأردنية، الأربعاء، بأحكام", VERDICT, "'الأربعاء' = Wed 8 Oct 2025 (date line)"),
    ev("rocket-makers-15-years", "فحكمت على عبدالله هشام ومعاذ غانم بالأشغال المؤقتة 15 عاماً", VERDICT, "no own expression; the same session of Wed 8 Oct 2025"),
    ev("acquittals", "وقررت في المقابل تبرئة متهمين آخرين في قضايا منفصلة", VERDICT, "no own expression; the same session of Wed 8 Oct 2025 (the drone case)"),
    ev("recruitment-sentences", "قضت المحكمة بسجن المتهمين مروان الحوامدة وأنس أبو عواد", VERDICT, "no own expression; the same session of Wed 8 Oct 2025"),
])
art(S, "https://www.aljazeera.net/news/2025/10/8/%D9%85%D8%AD%D9%83%D9%85%D8%A9-%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D8%A9-%D8%AA%D8%B5%D8%AF%D8%B1-%D8%A3%D8%AD%D9%83%D8%A7%D9%85%D9%87%D8%A7-%D9%81%D9%8A-%D9%82%D8%B6%D8%A7%D9%8A%D8%A7?traffic_source=rss",
    "2025-10-08", "date in the URL '/2025/10/8/' and the page stamp 'date 2025-10-08' (8 Oct 2025 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline rendered from the URL slug (the stored text has none); the last, truncated sentence on the April announcement dropped; no date of its own in the text", False, """
محكمة أردنية تصدر أحكامها في قضايا تصنيع الصواريخ والتجنيد والتدريب
قضت محكمة أمن الدولة في الأردن -اليوم الأربعاء- بأحكام على عدد من المتهمين في قضايا مرتبطة بتصنيع الصواريخ والتجنيد والتدريب، بينما برّأت 4 متهمين في قضية الطائرات المسيّرة.
وعاقبت المحكمة المتهمَين عبد الله هشام ومعاذ غانم بالأشغال المؤقتة 15 عاما لكل واحد منهما، والمتهم محسن غانم بالأشغال المؤقتة 7 سنوات ونصف السنة، بعد أن دانتهم بتصنيع أسلحة بقصد استعمالها على نحو غير مشروع.
وفي قضيتي التجنيد والتدريب، حكمت المحكمة على 6 متهمين بالأشغال المؤقتة 3 سنوات و4 أشهر، لإدانتهم بأعمال من شأنها الإخلال بالنظام العام وتعريض أمن المجتمع للخطر.
وفي قضية الطائرات المسيّرة (الدرونز)، قضت المحكمة بعدم مسؤولية المتهمين الأربعة وبالإفراج عنهم، لأن القصد الخاص الذي يشترطه القانون لقيام الجريمة لم يتحقق.
وتعد هذه القضايا من أبرز الملفات التي استهدفت الأمن الوطني، وقد كشفت عنها الأجهزة الأمنية منتصف أبريل/نيسان الماضي.
ويشار إلى أن أحكام محكمة أمن الدولة يجوز الطعن فيها أمام محكمة التمييز.
""", [
    ev("verdicts-issued", "قضت محكمة أمن الدولة في الأردن -اليوم الأربعاء- بأحكام", VERDICT, "'اليوم الأربعاء' = Wed 8 Oct 2025"),
    ev("rocket-makers-15-years", "وعاقبت المحكمة المتهمَين عبد الله هشام ومعاذ غانم", VERDICT, "no own expression; the same session of Wed 8 Oct 2025"),
    ev("recruitment-sentences", "حكمت المحكمة على 6 متهمين بالأشغال المؤقتة 3 سنوات و4 أشهر", VERDICT, "no own expression; the same session of Wed 8 Oct 2025"),
    ev("acquittals", "قضت المحكمة بعدم مسؤولية المتهمين الأربعة وبالإفراج عنهم", VERDICT, "no own expression; the same session of Wed 8 Oct 2025"),
    ev("cell-revealed", "وقد كشفت عنها الأجهزة الأمنية منتصف أبريل/نيسان الماضي", REVEAL, "'منتصف أبريل/نيسان الماضي' = the announcement of Tue 15 Apr 2025 (outside knowledge)"),
])
art(S, "https://dotalkhalij.com/world-news/29957547/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D9%8A%D9%88%D9%85---%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D8%A3%D8%AD%D9%83%D8%A7%D9%85-%D8%B6%D8%AF-%D8%AE%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D9%81%D9%88%D8%B6%D9%89-%D8%A8%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D9%85%D8%A7-%D8%A7%D9%84%D8%AE%D8%B7%D9%88%D8%A9-%D8%A7%D9%84%D8%AA%D8%A7%D9%84%D9%8A%D8%A9%D8%9F.html",
    "2025-10-09", "the byline's 'في الخميس 9 أكتوبر 2025 10:24 صباحاً' (kept as the first line; 9 Oct 2025 was a Thursday); the author's name dropped; headline rendered from the URL slug; the last, truncated paragraph on the Brotherhood dropped", True, """
بعد الأحكام ضد "خلية الفوضى" في الأردن.. ما الخطوة التالية؟
الخميس 9 أكتوبر 2025 10:24 صباحاً
قضت محكمة أمن الدولة الأردنية بالسجن مع الأشغال المؤقتة مددا تبلغ 15 عامًا على متهمين في القضية التي عُرفت باسم "خلية تصنيع الصواريخ"، والتي كُشف عنها في أبريل الماضي إثر تحقيقات أمنية واسعة رصدت محاولات لضرب منشآت حيوية في العاصمة عمان بصواريخ قصيرة المدى وطائرات مسيّرة.
وامتدت الأحكام إلى ملفات أخرى متصلة بتنظيم الإخوان المحظور، بينها قضايا التجنيد والتدريب، وهو ما يُظهر حرص القضاء الأردني على صون الأمن الوطني ولجم أي نشاط يهدد استقرار المملكة.
وقال الأكاديمي والباحث السياسي صلاح العبادي في حديثه إلى غرفة الأخبار على دوت الخليج إن الأجهزة الأمنية رصدت خلال العامين الماضيين "نشاطات من أعضاء جماعة الإخوان تمثل تهديدا مباشرا للأمن الوطني"، موضحا أن التحقيقات كشفت أن بعض عناصر الخلية تدربوا عسكريا خارج الأردن وحصلوا على تمويل من جهات في دول مجاورة.
وأضاف العبادي أن الخلية خططت لـ"استهداف منشآت حيوية داخل العاصمة، وتصنيع صواريخ قصيرة المدى وطائرات مسيرة"، وأن توقيف أفرادها وإحالتهم إلى نيابة محكمة أمن الدولة تمّا استنادا إلى أدلة وتحريات موثقة.
""", [
    ev("rocket-makers-15-years", "قضت محكمة أمن الدولة الأردنية بالسجن مع الأشغال المؤقتة مددا تبلغ 15 عامًا", VERDICT, "no own expression; the verdicts of Wed 8 Oct 2025, the day before this Thu 9 Oct report (outside knowledge and the other articles)"),
    ev("cell-revealed", "والتي كُشف عنها في أبريل الماضي", REVEAL, "'في أبريل الماضي' = the announcement of Tue 15 Apr 2025 (outside knowledge)"),
    ev("recruitment-sentences", "وامتدت الأحكام إلى ملفات أخرى متصلة بتنظيم الإخوان المحظور", VERDICT, "no own expression; the same session of Wed 8 Oct 2025"),
    ev("brotherhood-activity-monitored", "رصدت خلال العامين الماضيين", "2023-10-09", "'خلال العامين الماضيين' from Thu 9 Oct 2025 = my span 9 Oct 2023 - 9 Oct 2025", end="2025-10-10"),
])

# ---------------------------------------------------------------- jordan-abu-sweilem-killing-2025
S = "jordan-abu-sweilem-killing-2025"
KILL = "2025-08-26"                        # Musa Abu Sweilem and his son Ayman shot dead on the evening of Tue 26 Aug 2025
art(S, "https://www.alwakeelnews.com/Section_5/%D8%B4%D8%A4%D9%88%D9%86-%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86%D9%8A%D8%A9/%D8%AA%D9%88%D9%81%D9%8A-%D8%A8%D8%AD%D8%A7%D8%AF%D8%AB%D8%A9-%D9%85%D8%A4%D8%B3%D9%81%D8%A9-%D9%81%D9%8A-%D8%B9%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B3%D9%8A%D8%B1%D8%A9-%D8%A7%D9%84%D8%B0%D8%A7%D8%AA%D9%8A%D8%A9-%D9%84%D9%84%D9%86%D8%A7%D8%A6%D8%A8-%D8%A7%D9%84%D8%A3%D8%B3%D8%A8%D9%82-%D8%A3%D8%A8%D9%88-%D8%B3%D9%88%D9%8A%D9%84%D9%85_743758",
    "2025-08-26", "page date stamp 'date 2025-08-26' (26 Aug 2025 was a Tuesday); the body's 'مساء اليوم الثلاثاء' agrees; the source tag 'الوكيل الإخباري' dropped; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
وفاة النائب الأسبق أبو سويلم بحادثة مؤسفة في عمان.. سيرته الذاتية
شهدت عمّان، مساء اليوم الثلاثاء، حادثة مؤسفة قُتل فيها النائب الأسبق موسى أبو سويلم، عضو مجلس النواب السابع عشر، المعروف بمسيرته الأكاديمية وبأدائه التشريعي والرقابي المميز خلال عمله تحت القبة.
وُلد الراحل في المملكة الأردنية الهاشمية، وتلقى تعليمه في الأردن والسعودية، فنال بكالوريوس الشريعة من جامعة أم القرى، ثم الماجستير والدكتوراه في القضاء الشرعي من الجامعة الأردنية.
وفي المجال الأكاديمي، حاضر أبو سويلم في جامعة العلوم الإسلامية العالمية، وشغل فيها منصب مساعد عميد شؤون الطلبة، وكان عضوا في لجنة تطوير الجامعة، كما خطب في مساجد وزارة الأوقاف منذ عام 1989، ودرّس في مدارس وزارة التربية والتعليم بين عامي 1984 و2002.
وحاز ثقة ناخبي دائرته في عمّان - الدائرة الخامسة، إذ نال 3610 أصوات عن المقعد النيابي المسلم.
وكان في أثناء عمله البرلماني عضوا في لجنة الاقتصاد والاستثمار، وحمل برنامجه السياسي والاقتصادي والاجتماعي ملامح إصلاحية.
""", [
    ev("abu-sweilem-killed", "قُتل فيها النائب الأسبق موسى أبو سويلم", KILL, "'مساء اليوم الثلاثاء' = the evening of Tue 26 Aug 2025 (page date)"),
    ev("preacher-since-1989", "كما خطب في مساجد وزارة الأوقاف منذ عام 1989", "1989-01-01", "'منذ عام 1989' = from 1989 (my span: the year 1989 for the start)", end="1990-01-01"),
    ev("school-teacher-1984-2002", "ودرّس في مدارس وزارة التربية والتعليم بين عامي 1984 و2002", "1984-01-01", "'بين عامي 1984 و2002' = 1984 - 2002", end="2003-01-01"),
    ev("elected-17th-parliament", "إذ نال 3610 أصوات عن المقعد النيابي المسلم", "2013-01-23", "no own expression; the election of the 17th parliament on Wed 23 Jan 2013 (outside knowledge)"),
])
art(S, "https://www.akhbaralyoom.com/article/105781",
    "2025-08-27", "page time stamp '27-08-2025 10:40 AM' (kept as second line; 27 Aug 2025 was a Wednesday); the body's 'مساء أمس' (= Tue 26 Aug) agrees; the byline 'أخبار اليوم - عواد الفالح' and the image tags dropped; headline kept (reworded); the last, truncated sentence dropped", True, """
مقتل نائب ونجله يصدم الأردن.. حزن واسع ومطالبات بإعادة الإعدام وإعلاء سيادة القانون
27-08-2025 10:40 AM
ما زال صدى الجريمة البشعة التي وقعت مساء أمس، وذهب ضحيتها نائب سابق وابنه، يتردد في الشارع الأردني وسط موجة من الحزن والذهول والغضب الشعبي. فالحادثة التي هزّت المجتمع كله لم تكن مشاجرة عابرة، بل غدت مأساة إنسانية طرحت أسئلة عميقة عن تنامي العنف في البلاد وضعف الردع في مواجهة مثل هذه الجرائم.
ومنذ الدقائق الأولى لانتشار النبأ، امتلأت منصات التواصل الاجتماعي بآلاف التعليقات التي غلبت عليها عبارات الحزن والدعاء للفقيدين بالرحمة والمغفرة ولذويهما بالصبر والسلوان.
غير أن موجة التعاطف سرعان ما انقلبت إلى مطالبات صريحة بإنزال القصاص العادل بالجناة، وبإعادة العمل بعقوبة الإعدام بوصفها الوسيلة الوحيدة لردع كل من تسوّل له نفسه سفك دماء الأبرياء.
ورأى معلقون أن وقف تنفيذ أحكام الإعدام في جرائم القتل العمد شجع على انتشارها على نحو غير مسبوق، واستشهدوا بالآية الكريمة: "ولكم في القصاص حياة يا أولي الألباب لعلكم تتقون".
""", [
    ev("abu-sweilem-killed", "الجريمة البشعة التي وقعت مساء أمس", KILL, "'مساء أمس' in an article of Wed 27 Aug 2025 = the evening of Tue 26 Aug"),
    ev("public-grief", "يتردد في الشارع الأردني وسط موجة من الحزن والذهول والغضب الشعبي", KILL, "no own expression ('ما زال'); the grief from the evening of Tue 26 Aug up to this report of Wed 27 Aug 2025 (my span)", end="2025-08-28"),
    ev("social-media-outcry", "امتلأت منصات التواصل الاجتماعي بآلاف التعليقات", KILL, "'منذ الدقائق الأولى لانتشار النبأ' = from the evening of Tue 26 Aug up to this report of Wed 27 Aug 2025 (my span)", end="2025-08-28"),
    ev("calls-for-death-penalty", "انقلبت إلى مطالبات صريحة بإنزال القصاص العادل بالجناة", KILL, "no own expression; the calls that followed the killing, Tue 26 - Wed 27 Aug 2025 (my span)", end="2025-08-28"),
])
art(S, "https://www.sawtalhaq.com/article/98023",
    "2025-08-27", "no date line on the stored page; the body's 'اعتبارا من مساء الثلاثاء' with 'ولليوم الثاني على التوالي' and the burial being prepared give Wed 27 Aug 2025 (27 Aug 2025 was a Wednesday; the killing was on the evening of Tue 26 Aug, alwakeelnews); headline kept (reworded); the last, truncated sentence on the House's obituary shortened; no date of its own in the text", False, """
غضب شعبي واسع بعد "قتل" أبو سويلم ونجله.. تدابير أمنية خلال "الدفن" والجريمة "عائلية"
انطلقت استعدادات أمنية وعشائرية ورسمية مكثفة لتأمين دفن جثمان المفكر الإسلامي الشيخ موسى أبو سويلم، الذي قُتل مع نجله وأصيبت زوجته، في واحدة من أفظع الجرائم العائلية التي أثارت أسفا واسعا بين الأردنيين اعتبارا من مساء الثلاثاء.
وتنتشر إجراءات أمنية مشددة في ضاحية شفا بدران غربي العاصمة عمان بهدف احتواء مشاعر الغضب والأسى التي عمّت قبيلة العدوان وأهالي المنطقة إثر اغتيال عالم الفقه المعروف الدكتور الشيخ موسى أبو سويلم ونجله الموظف في مجلس النواب.
وتتمركز قوات الأمن في المنطقة ولليوم الثاني على التوالي لمنع أي ردود فعل ثأرية أو انتقامية، رغم أن الجريمة عائلية وغريبة وأسبابها ودوافعها غامضة.
وكان الشيخ أبو سويلم قد أصيب بـ3 رصاصات في الرأس والصدر، وقُتل نجله برصاصتين، فيما أصيبت زوجته برصاصة في الرقبة عند باب منزل العائلة، وقد نفذ القاتل جريمته في وضح النهار.
واتضح بعد تساؤلات الناس أن الجاني هو ابن الأخ الشقيق للشيخ أبو سويلم، الذي يعد من القيادات البارزة في قبيلة العدوان ومنطقة شفا بدران، وهو أستاذ شريعة قديم ومعروف وكان عضوا في مجلس النواب.
""", [
    ev("burial-preparations", "انطلقت استعدادات أمنية وعشائرية ورسمية مكثفة لتأمين دفن جثمان", "2025-08-27", "no own expression; the preparations for the burial on Wed 27 Aug 2025 (the day after the killing; 'لليوم الثاني على التوالي')"),
    ev("public-grief", "التي أثارت أسفا واسعا بين الأردنيين اعتبارا من مساء الثلاثاء", KILL, "'اعتبارا من مساء الثلاثاء' = from the evening of Tue 26 Aug up to this report of Wed 27 Aug 2025 (my span)", end="2025-08-28"),
    ev("security-deployment", "وتتمركز قوات الأمن في المنطقة ولليوم الثاني على التوالي", KILL, "'لليوم الثاني على التوالي' after 'مساء الثلاثاء' = Tue 26 - Wed 27 Aug 2025", end="2025-08-28"),
    ev("abu-sweilem-killed", "وكان الشيخ أبو سويلم قد أصيب بـ3 رصاصات في الرأس والصدر", KILL, "'مساء الثلاثاء' (first sentence) = the evening of Tue 26 Aug 2025"),
    ev("killer-identified", "واتضح بعد تساؤلات الناس أن الجاني هو ابن الأخ الشقيق", KILL, "no own expression; the nephew was named and handed himself in on the night of Tue 26 Aug 2025 (wadhieh, jawharatarabnews); the public learned it by Wed 27 Aug (my span)", end="2025-08-28"),
])

# ---------------------------------------------------------------- jordan-mafraq-old-bomb-blast-2020
S = "jordan-mafraq-old-bomb-blast-2020"
BLAST = "2020-04-20"                       # the old bomb exploded in al-Fudain, Mafraq, in the afternoon of Mon 20 Apr 2020
art(S, "https://arabicpost.live/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2020/04/20/%D9%88%D9%81%D8%A7%D8%A9-%D8%B3%D9%8A%D8%AF%D8%A9-%D9%88%D8%A3%D8%B7%D9%81%D8%A7%D9%84%D9%87%D8%A7-%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D8%A9-%D9%81%D9%8A-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%82",
    "2020-04-20", "date in the URL '/2020/04/20/' (20 Apr 2020 was a Monday); the body's 'الإثنين 20 أبريل/نيسان 2020' and 'بعد ظهر (الإثنين)' agree; headline rendered from the URL slug; the last, truncated sentence on the 1.3 million refugees dropped", True, """
وفاة سيدة وأطفالها الأربعة في انفجار قنبلة بالمفرق
أفادت وسائل إعلام أردنية بأن سيدة وأطفالها الأربعة لقوا حتفهم الإثنين 20 أبريل/نيسان 2020، جراء انفجار قنبلة يدوية في محافظة المفرق شمالي البلاد.
ونقلت صحيفة الدستور الأردنية عن الناطق الإعلامي باسم مديرية الأمن العام أن مديرية شرطة محافظة المفرق تلقت بلاغا بوقوع انفجار في أحد أحياء المدينة، فتوجهت القوات فورا إلى المكان وتبين أن قنبلة يدوية انفجرت.
وأوضح الناطق أن الحادثة أودت بحياة أربعة أطفال وأمهم، وأن فرقا متخصصة تكشف الآن على الموقع وتحقق في الحادثة.
وتقع محافظة المفرق قرب الحدود بين الأردن وسوريا.
ولاحقا، نعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين الضحايا في بيان، مبينة أنهم لاجئون سوريون يقيمون في مدينة المفرق.
وجاء في البيان: "بعد ظهر (الإثنين) انفجرت قنبلة قديمة في مدينة المفرق، بينما كان أطفال من اللاجئين السوريين يلعبون خارج منزلهم، فقُتل 4 منهم ووالدتهم على نحو مأساوي".
وتابع البيان: "بعد كل ما كابده اللاجئون لإعادة بناء حياتهم في الأردن، من المؤلم أن تنتهي حياة هؤلاء الأطفال بهذه الطريقة، وقلوبنا مع ذويهم".
""", [
    ev("bomb-blast-deaths", "لقوا حتفهم الإثنين 20 أبريل/نيسان 2020", BLAST, "'الإثنين 20 أبريل/نيسان 2020' = Mon 20 Apr 2020"),
    ev("investigation-opened", "وأن فرقا متخصصة تكشف الآن على الموقع وتحقق في الحادثة", BLAST, "'الآن' in the police statement of Mon 20 Apr 2020"),
    ev("unhcr-statement", "نعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين الضحايا", BLAST, "'ولاحقا' the same day; rozana: 'في وقت لاحق، مساء الاثنين' = the evening of Mon 20 Apr 2020"),
    ev("bomb-explodes", "بعد ظهر (الإثنين) انفجرت قنبلة قديمة في مدينة المفرق", BLAST, "'بعد ظهر (الإثنين)' = the afternoon of Mon 20 Apr 2020"),
])
art(S, "https://www.rozana.fm/ar/news/2020/04/21/%D9%88%D9%81%D8%A7%D8%A9-4-%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D8%B3%D9%88%D8%B1%D9%8A%D9%8A%D9%86-%D9%88%D9%88%D8%A7%D9%84%D8%AF%D8%AA%D9%87%D9%85-%D8%A8%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%82%D9%86%D8%A8%D9%84%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D9%81%D8%B1%D9%82-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D8%A9",
    "2020-04-21", "date in the URL '/2020/04/21/' (21 Apr 2020 was a Tuesday); the body's 'أمس الاثنين' agrees; the byline 'أغيد أبو زايد - روزنة' and the 'اقرأ أيضاً' link dropped; headline rendered from the URL slug; the last, truncated sentence of the UNHCR statement dropped", True, """
وفاة 4 أطفال سوريين ووالدتهم بانفجار قنبلة في المفرق الأردنية
لقي 4 أطفال سوريين ووالدتهم حتفهم، أمس الاثنين، في مدينة المفرق شمال شرقي الأردن، جراء انفجار قنبلة يدوية قديمة.
وذكر الناطق باسم مديرية الأمن العام، المقدم عامر السرطاوي، أن "قنبلة يدوية انفجرت في أحد أحياء مدينة المفرق، ما أسفر عن مصرع 4 أطفال ووالدتهم".
وأضاف أن فرقا متخصصة باشرت التحقيق في الحادث، من غير أن يذكر تفاصيل أخرى.
وقال مصدر أمني إن "الانفجار ناتج عن قنبلة قديمة كانت من بين خردوات تم جمعها من قبل بعض الأشخاص قبل أن تنفجر".
وقدّم وزير الدولة لشؤون الإعلام أمجد العضايلة باسم الحكومة العزاء لذوي الأطفال الذين قضوا في "الحادث الأليم"، خلال الإيجاز الصحفي اليومي الخاص بكورونا.
وفي وقت لاحق، مساء الاثنين، نعت المفوضية السامية لشؤون اللاجئين الضحايا في بيان، وأوضحت أنهم لاجئون سوريون يقيمون في مدينة المفرق.
""", [
    ev("bomb-blast-deaths", "لقي 4 أطفال سوريين ووالدتهم حتفهم، أمس الاثنين", BLAST, "'أمس الاثنين' in an article of Tue 21 Apr 2020 = Mon 20 Apr"),
    ev("investigation-opened", "باشرت التحقيق في الحادث", BLAST, "no own expression; the police statement of Mon 20 Apr 2020"),
    ev("scrap-collected", "كانت من بين خردوات تم جمعها من قبل بعض الأشخاص", "2020-04-01", "no own expression; the scrap was gathered some time before the blast (alnashraaldawlia: found while collecting scrap near the house; my span 1 - 20 Apr 2020)", end="2020-04-21"),
    ev("government-condolences", "وقدّم وزير الدولة لشؤون الإعلام أمجد العضايلة باسم الحكومة العزاء", BLAST, "no own expression; the daily Covid-19 briefing of Mon 20 Apr 2020 (the report of Tue 21 speaks of Monday's events)"),
    ev("unhcr-statement", "مساء الاثنين، نعت المفوضية السامية لشؤون اللاجئين الضحايا", BLAST, "'مساء الاثنين' = the evening of Mon 20 Apr 2020"),
])
art(S, "https://elyamnelaraby.com/474830",
    "2020-04-20", "no date line on the stored page; the body's 'ظهر اليوم الإثنين' for the blast of Mon 20 Apr 2020 (arabicpost, rozana) gives Mon 20 Apr 2020 (a Monday); the page tags 'عرب وعالم' and 'اليمن العربي' dropped; headline kept (reworded); no date of its own in the text", False, """
الأردن: مقتل 5 أشخاص بانفجار قنبلة قديمة في المفرق
تسبب انفجار قنبلة قديمة في مدينة المفرق الواقعة شمال شرق العاصمة الأردنية عمان، ظهر اليوم الإثنين، بمقتل 5 أشخاص هم امرأة و4 من أطفالها، وبجرح آخرين، وفق حصيلة أولية أوردها مصدر أمني رجّح أن يرتفع عدد الوفيات لاحقاً.
وأوضح المصدر الأمني أن "القنبلة التي انفجرت في حي الفدين في مدينة المفرق كانت بين خردوات جمعها تجار خردة، ثم انفجرت بهم في طابق أرضي من بناية سكنية".
وأشار المصدر إلى أن "الحصيلة الأولية تبيّن وقوع إصابات عديدة، بعضها في حالة خطيرة".
""", [
    ev("bomb-blast-deaths", "ظهر اليوم الإثنين، بمقتل 5 أشخاص", BLAST, "'ظهر اليوم الإثنين' = Mon 20 Apr 2020"),
    ev("scrap-collected", "كانت بين خردوات جمعها تجار خردة", "2020-04-01", "no own expression; my span 1 - 20 Apr 2020 for the gathering of the scrap", end="2020-04-21"),
    ev("injuries", "تبيّن وقوع إصابات عديدة، بعضها في حالة خطيرة", BLAST, "no own expression; the same blast of Mon 20 Apr 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 389
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

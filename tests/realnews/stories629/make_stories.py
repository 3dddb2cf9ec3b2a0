"""Builds stories.jsonl: the 629-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: oil spills, fuel tanker explosions and pipeline leaks
affecting towns and coasts.
Stories: the Houthi attack on the Greek crude tanker Sounion off Hodeidah and the fears of an oil spill in the
Red Sea (Yemen, August 2024); the gas tanker explosion at the al-Bunook / al-Talibiya football pitch in eastern
Baghdad (Iraq, October 2022); the fuel tanker explosion near Maridi, Western Equatoria (South Sudan, September
2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-red-sea-sounion-tanker-2024
S = "yemen-red-sea-sounion-tanker-2024"
ATTACK = "2024-08-21"                      # the Sounion was fired on and hit off Hodeidah on Wed 21 Aug 2024
THU = "2024-08-22"                         # Aspides' warning and the Houthi claim, Thu 22 Aug 2024
RESCUE = ("2024-08-21", "2024-08-23")      # crew taken off to Djibouti, a drone boat destroyed: 21-22 Aug (my span)
art(S, "https://alyoumvoice.com/?p=444008",
    "2024-08-22", "no date line on the stored page; the body's 'اليوم الخميس' for the Aspides post and 'أمس الأربعاء' for the attack of Wed 21 Aug 2024 (cairo24 of Wed 28: 'يوم الأربعاء الماضي'; aljazeeramubasher of Mon 26: the Aspides warning 'يوم الخميس') give Thu 22 Aug 2024; headline kept from the page; the last, truncated sentence dropped", False, """
مخاوف من خطر ملاحي وبيئي جراء تسرب نفط “سونيون” للبحر الأحمر
ذكرت المهمة البحرية التابعة للاتحاد الأوروبي في البحر الأحمر "أسبيديس"، اليوم الخميس، أن ناقلة النفط "سونيون" التي ترفع العلم اليوناني وتحمل 150 ألف طن من الخام، والتي أُجلي طاقمها إثر تعرضها لهجوم في البحر الأحمر، باتت تشكل خطرا على البيئة.
وكانت عدة مقذوفات قد أصابت سونيون، أمس الأربعاء، قبالة الحديدة في اليمن، بحسب ما أوردته رويترز.
وأضافت المهمة في منشور عبر منصة "إكس": "إن الناقلة سونيون المحملة بـ150 ألف طن من النفط الخام تمثل حاليا خطرا على الملاحة والبيئة".
ولم تتبن جماعة الحوثي الهجوم على سونيون.
وأوضحت المهمة أنها لبّت طلبا من قبطان السفينة فأرسلت وحدة لإنقاذ الطاقم ونقله إلى جيبوتي، وخلال اقترابها من المنطقة دمرت "أسبيديس" قاربا مسيرا كان يمثل تهديدا للسفينة وطاقمها.
وأفادت وزارة الشحن اليونانية بأن السفينة كانت في طريقها من العراق إلى أجيوي ثيودوروي في اليونان، وعلى متنها طاقم يضم روسيين اثنين و23 فلبينيا.
وسونيون هي السفينة الثالثة التي تديرها شركة دلتا تانكرز، ومقرها أثينا، تتعرض لهجوم في البحر الأحمر هذا الشهر.
""", [
    ev("aspides-hazard-warning", "ذكرت المهمة البحرية التابعة للاتحاد الأوروبي في البحر الأحمر \"أسبيديس\"، اليوم الخميس", THU, "'اليوم الخميس' = Thu 22 Aug 2024"),
    ev("tanker-attack", "وكانت عدة مقذوفات قد أصابت سونيون، أمس الأربعاء", ATTACK, "'أمس الأربعاء' from Thu 22 Aug 2024 = Wed 21 Aug"),
    ev("crew-rescue", "فأرسلت وحدة لإنقاذ الطاقم ونقله إلى جيبوتي", RESCUE[0], "no own expression; the crew was taken off after the attack of Wed 21 Aug and before the Thursday post (my span 21-22 Aug 2024)", end=RESCUE[1]),
    ev("drone-boat-destroyed", "دمرت \"أسبيديس\" قاربا مسيرا", RESCUE[0], "no own expression; during the approach for the rescue, 21-22 Aug 2024 (my span)", end=RESCUE[1]),
])
art(S, "https://www.aljazeeramubasher.net/news/politics/2024/8/26/%d8%aa%d8%ad%d9%85%d9%84-150-%d8%a3%d9%84%d9%81-%d8%b7%d9%86-%d9%85%d9%86-%d8%a7%d9%84%d9%86%d9%81%d8%b7-%d8%a7%d8%b3%d8%aa%d9%85%d8%b1%d8%a7%d8%b1-%d8%a7%d8%b4%d8%aa%d8%b9%d8%a7%d9%84",
    "2024-08-26", "the date 2024/8/26 in the page's address, and the body's 'اليوم الاثنين' for the Aspides post (26 Aug 2024 was a Monday); headline kept from the page; the sub-heading 'خطر بيئي' and the last, truncated sentence (the US State Department) dropped", True, """
تحمل 150 ألف طن من النفط.. استمرار اشتعال النيران في الناقلة “سونيون” جراء هجوم الحوثيين (فيديو)
أفادت مهمة الاتحاد الأوروبي البحرية في البحر الأحمر (أسبيدس) عبر منصة إكس اليوم الاثنين بأن الحرائق ما زالت مشتعلة في السفينة سونيون التي ترفع العلم اليوناني، وذلك منذ 23 أغسطس/آب، بسبب هجوم نفذته جماعة الحوثي اليمنية.
وأشارت المهمة، التي أطلقها الاتحاد الأوروبي في فبراير/شباط الماضي لتأمين الملاحة الدولية في البحر الأحمر، إلى عدم وجود أي دلائل واضحة حتى الآن على حدوث تسرب نفطي.
كما نشرت المهمة صورا جرى التقاطها أمس الأحد تبيّن ألسنة لهب وأدخنة تتصاعد من سطح السفينة.
وكان الحوثيون قد أعلنوا، يوم الخميس، أنهم استهدفوا ناقلة النفط سونيون في البحر الأحمر بصواريخ وزوارق ومسيّرات، بدعوى انتهاكها قرار حظر الوصول إلى الموانئ الإسرائيلية.
وأوضحت أسبيدس أن النيران رُصدت في خمسة مواقع على الأقل على سطح السفينة، فضلا عن احتراق جزء من بنيتها العلوية.
وبيّنت صورة التقطها القمر الصناعي (كوبرنيكوس 2) التابع لوكالة الفضاء الأوروبية دخانا يتصاعد من البحر قرب الموقع الذي شوهدت فيه سونيون آخر مرة.
وكانت أسبيدس قد ذكرت يوم الخميس أن الناقلة المحملة بـ150 ألف طن من النفط الخام تمثل خطرا بيئيا.
""", [
    ev("aspides-monday-update", "عبر منصة إكس اليوم الاثنين", "2024-08-26", "'اليوم الاثنين' = Mon 26 Aug 2024"),
    ev("fires-burning", "الحرائق ما زالت مشتعلة في السفينة سونيون", "2024-08-23", "'منذ 23 أغسطس/آب' (Fri 23 Aug 2024) up to the Monday post of 26 Aug", end="2024-08-27"),
    ev("aspides-launch", "التي أطلقها الاتحاد الأوروبي في فبراير/شباط الماضي", "2024-02-01", "'في فبراير/شباط الماضي' from August 2024 = February 2024 (the month only)", end="2024-03-01"),
    ev("fire-photos", "صورا جرى التقاطها أمس الأحد", "2024-08-25", "'أمس الأحد' from Mon 26 Aug 2024 = Sun 25 Aug"),
    ev("houthi-claim", "وكان الحوثيون قد أعلنوا، يوم الخميس", THU, "'يوم الخميس' before Mon 26 Aug 2024 = Thu 22 Aug"),
    ev("aspides-hazard-warning", "وكانت أسبيدس قد ذكرت يوم الخميس", THU, "'يوم الخميس' before Mon 26 Aug 2024 = Thu 22 Aug (alyoumvoice: 'اليوم الخميس')"),
])
art(S, "https://cairo24.com/2069371",
    "2024-08-28", "no date line on the stored page; the body's 'اليوم الأربعاء' for the Aspides statement and 'أمس الثلاثاء' for the Pentagon's remark of Tue 27 Aug 2024 (the attack 'الأسبوع الماضي', 'يوم الأربعاء الماضي' = Wed 21 Aug) give Wed 28 Aug 2024; headline kept from the page; the sub-heading 'السفينة تحمل مليون برميل من النفط الخام' dropped; the last sentence is truncated on the stored page and ends here at 'بثلاثة مقذوفات'", False, """
بعثة الاتحاد الأوروبي بالبحر الأحمر تؤكد عدم وجود تسرب نفطي بمحيط الناقلة سونيون
أفادت بعثة الاتحاد الأوروبي في البحر الأحمر، المعروفة باسم أسبيدس، بعدم رصد أي تسرب نفطي في منطقة الناقلة إم.في سونيون التي استُهدفت مؤخرا قبالة السواحل اليمنية.
وأضافت أسبيدس أن ناقلة النفط التي ترفع العلم اليوناني ما زالت راسية ولم تنجرف، وشددت في بيانها الصادر اليوم الأربعاء على عدم حدوث تسرب نفطي جراء استهداف السفينة، نافية بذلك ما جاء في التقرير الأمريكي الذي تحدث سابقا عن احتمال حدوث تسرب.
وكانت وزارة الدفاع الأمريكية قد قالت، أمس الثلاثاء، إن الناقلة ما زالت تحترق في البحر الأحمر ويبدو أن النفط يتسرب منها.
وكانت السفينة إم في سونيون قد تعرضت الأسبوع الماضي لهجوم بعدة قذائف قبالة مدينة الحديدة الساحلية في اليمن، وأقرت جماعة الحوثيين بأنها هاجمتها.
وتحمل السفينة ما يزيد على 150 ألف طن، أي مليون برميل، من النفط الخام، وقد يكون أي تسرب كبير منها واحدا من أكبر التسربات من السفن في التاريخ المسجل.
وذكرت هيئة عمليات التجارة البحرية البريطانية أن السفينة سونيون تعرضت أولا لإطلاق نار من قاربين صغيرين يوم الأربعاء الماضي، ثم أصيبت بثلاثة مقذوفات.
""", [
    ev("aspides-no-spill", "وشددت في بيانها الصادر اليوم الأربعاء", "2024-08-28", "'اليوم الأربعاء' = Wed 28 Aug 2024"),
    ev("pentagon-leak-remark", "وكانت وزارة الدفاع الأمريكية قد قالت، أمس الثلاثاء", "2024-08-27", "'أمس الثلاثاء' from Wed 28 Aug 2024 = Tue 27 Aug"),
    ev("tanker-attack", "قد تعرضت الأسبوع الماضي لهجوم بعدة قذائف", ATTACK, "'الأسبوع الماضي' from Wed 28 Aug 2024; the attack of Wed 21 Aug ('يوم الأربعاء الماضي' below; alyoumvoice 'أمس الأربعاء')"),
    ev("houthi-claim", "وأقرت جماعة الحوثيين بأنها هاجمتها", THU, "no own expression; the Houthi claim of Thu 22 Aug 2024 (aljazeeramubasher: 'يوم الخميس')"),
    ev("boats-gunfire", "تعرضت أولا لإطلاق نار من قاربين صغيرين يوم الأربعاء الماضي", ATTACK, "'يوم الأربعاء الماضي' from Wed 28 Aug 2024 = Wed 21 Aug"),
])

# ---------------------------------------------------------------- iraq-baghdad-bunook-tanker-blast-2022
S = "iraq-baghdad-bunook-tanker-blast-2022"
BLAST = "2022-10-29"                       # the gas tanker exploded on the evening of Sat 29 Oct 2022 (about 9 pm)
UNAMI = ("2022-10-29", "2022-10-31")       # UNAMI's condolences 'هذه الليلة': the night of 29/30 Oct (huria: 30 Oct)
art(S, "https://ultrairaq.usawtiq.com/%D8%AA%D8%B7%D9%88%D8%B1%D8%A7%D8%AA-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D8%A7%D9%84%D8%BA%D8%A7%D9%85%D8%B6-9-%D9%82%D8%AA%D9%84%D9%89-%D8%B9%D9%84%D9%89-%D8%A8%D8%B9%D8%AF-%D9%85%D8%A6%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D9%85%D8%AA%D8%A7%D8%B1-%D9%85%D9%86-%D9%85%D9%88%D9%82%D8%B9-%D8%A7%D9%84%D8%AD%D8%A7%D8%AF%D8%AB/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B9%D8%B1%D8%A7%D9%82/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2022-10-29", "date line '29-أكتوبر-2022' at the top of the stored page (not kept in the text); the body's 'مساء السبت' agrees (29 Oct 2022 was a Saturday); headline rendered from the URL slug; the photo caption, the pull quote and the last, truncated sentence dropped", True, """
تطورات انفجار بغداد الغامض: 9 قتلى على بعد مئات الأمتار من موقع الحادث
لقي تسعة أشخاص في الأقل مصرعهم وأصيب آخرون جراء انفجار صهريج محمّل بالغاز داخل مرأب للمركبات في شرق العاصمة بغداد.
ووقع الانفجار، الذي لم تتضح أسبابه النهائية بعد، مساء السبت، في منطقة حي القاهرة بجوار طريق قناة الجيش، فتطايرت قطع كبيرة من الصهريج لمسافة مئات الأمتار وسقطت على منزل وملعب لكرة القدم ومقهى شعبي.
وعلم "الترا عراق" من ضابط في قيادة عمليات بغداد أن الصهريج من طراز "فولفو" ويعود إلى شركة بغداد للمشروبات الغازية، وكان يقوده سائق من مواليد عام 1989 يخضع للتحقيق.
ويوضح الضابط، الذي طلب عدم ذكر اسمه، أن "المعلومات الأولية لخبير المتفجرات تشير إلى أن الحادث نجم عن تسرب مادة الغاز، ولم يُعثر على أي أثر لمتفجرات حتى الآن".
وأيّد قائد عمليات بغداد أحمد سليم هذه المعلومات، مؤكدا أن "الحادث نتج عن خلل فني".
في المقابل، أفادت مديرية الدفاع المدني بأن الصهريج كان "فارغا من المحتوى" لحظة انفجاره، وسط تضارب في الروايات الرسمية بشأن أسبابه.
""", [
    ev("tanker-blast", "ووقع الانفجار، الذي لم تتضح أسبابه النهائية بعد، مساء السبت", BLAST, "'مساء السبت' = Sat 29 Oct 2022 (the day of the date line)"),
    ev("driver-questioned", "وكان يقوده سائق من مواليد عام 1989 يخضع للتحقيق", BLAST, "no own expression; the driver questioned after the blast, on the evening of Sat 29 Oct 2022 (the day of the report)"),
    ev("expert-gas-leak-finding", "المعلومات الأولية لخبير المتفجرات", BLAST, "no own expression; the explosives expert's first finding at the site on the night of Sat 29 Oct 2022"),
    ev("salim-technical-fault", "وأيّد قائد عمليات بغداد أحمد سليم هذه المعلومات", BLAST, "no own expression; Ahmed Salim's remark at the site on the evening of Sat 29 Oct 2022 (huria: his statement '(29 تشرين الأول 2022)')"),
    ev("civil-defence-empty-tanker", "أفادت مديرية الدفاع المدني بأن الصهريج كان", BLAST, "no own expression; the civil defence's remark at the site on the evening of Sat 29 Oct 2022"),
])
art(S, "https://huria.news/2022/10/30/%d8%aa%d8%b9%d9%84%d9%8a%d9%82-%d9%85%d9%86-%d9%8a%d9%88%d9%86%d8%a7%d9%85%d9%8a-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d8%a7%d9%86%d9%81%d8%ac%d8%a7%d8%b1-%d8%a7%d9%84%d8%af%d9%85%d9%88%d9%8a",
    "2022-10-30", "date line 'حرية – (30/10/2022)' at the top of the stored article (not kept in the text) and the date 2022/10/30 in its address; the body's 'الأحد' agrees (30 Oct 2022 was a Sunday); headline rendered from the URL slug; the last, truncated sentence dropped", True, """
تعليق من يونامي على الانفجار الدموي
عبّرت بعثة الأمم المتحدة لمساعدة العراق "يونامي"، الأحد، عن تعازيها لعائلات ضحايا انفجار منطقة البنوك في شرق بغداد.
وجاء في بيان للبعثة (30 تشرين الأول 2022): "خالص تعازينا لذوي الضحايا الذين سقطوا جراء انفجار صهريج بالقرب من ملعب رياضي في بغداد هذه الليلة، ونتمنى الشفاء العاجل للجرحى. يجب أن يقود التحقيق الشامل في أسباب هذا الحادث المروع وظروفه إلى المساءلة والوقاية".
وكان قائد عمليات بغداد، الفريق الركن أحمد سليم، قد أعلن في وقت سابق الحصيلة النهائية لانفجار صهريج الغاز قرب البنوك في شرق العاصمة.
وذكر سليم في تصريح للوكالة الرسمية (29 تشرين الأول 2022) أن "انفجارا وقع قرب الجهة الغربية لقناة الجيش، وتحديدا عند نهاية منطقة حي القاهرة داخل مرأب لعجلات الحمل، ويبدو أن إحدى العجلات المتوقفة كانت صهريجا للغاز".
وأوضح أن "الانفجار تسبب في تطاير أجزاء من الصهريج عبرت من غرب القناة إلى شرقها وسقطت على ملعب خماسي لكرة القدم وعلى مقهى مجاور له، حيث كان المواطنون متجمعين حول الملعب في منطقة الطالبية شرق العاصمة".
وتابع سليم أن "الانفجار أسفر عن استشهاد 9 مواطنين وإصابة 13 بجروح في حصيلة نهائية حصلنا عليها من وزارة الصحة"، مشيرا إلى أن "الأدلة الجنائية تعمل في موقع الحادث لمعرفة سبب الانفجار".
""", [
    ev("unami-statement", "عبّرت بعثة الأمم المتحدة لمساعدة العراق \"يونامي\"، الأحد", UNAMI[0], "'الأحد' and '(30 تشرين الأول 2022)' = Sun 30 Oct 2022, but the statement says 'هذه الليلة' of the blast of Sat 29 Oct evening: my span the night of 29/30 Oct", end=UNAMI[1]),
    ev("tanker-blast", "لانفجار صهريج الغاز قرب البنوك", BLAST, "no own expression here; the blast of the evening of Sat 29 Oct 2022 (Salim's statement of '(29 تشرين الأول 2022)'; ultrairaq 'مساء السبت')"),
    ev("salim-technical-fault", "وذكر سليم في تصريح للوكالة الرسمية (29 تشرين الأول 2022)", BLAST, "'(29 تشرين الأول 2022)' = Sat 29 Oct 2022"),
    ev("forensics-at-site", "الأدلة الجنائية تعمل في موقع الحادث", BLAST, "no own expression; at the time of Salim's statement of Sat 29 Oct 2022"),
])
art(S, "https://www.elbalad.news/5504639",
    "2022-10-30", "no date line on the stored page; the body's 'مساء أمس السبت' for the blast of Sat 29 Oct 2022 gives Sun 30 Oct 2022; headline written from the body (the stored text has none); the sub-heading 'تفاصيل الانفجار' and the last, truncated sentence dropped", False, """
انفجار صهريج في شرق بغداد يقتل 9 أشخاص
عاش العراق، مساء أمس السبت، فاجعة أليمة إثر انفجار صهريج في مرأب للسيارات شرقي العاصمة بغداد، أدى إلى مصرع 9 أشخاص على الأقل وجرح ما يزيد على 20 آخرين.
وحدث الانفجار قرب ملعب لكرة القدم ومقهى في حي البنوك، وفق مصادر طبية وأمنية، ولهذا كان أغلب الضحايا من لاعبي كرة القدم، كما أوردت وكالة "رويترز".
ودوّى صوت الانفجار في مناطق عدة من بغداد، وصرح قائد عمليات بغداد، الفريق الركن أحمد سليم، بأن "حادث انفجار الصهريج فني وليس إرهابيا".
وأفاد مصدر أمني لشبكة "السومرية نيوز" بأن الحادث وقع حين كان الصهريج متوقفا في مرأب لعجلات الحمل والصهاريج قرب قناة الجيش، فتطايرت قطعه واندفع عصف المادة الغازية نحو الجهة المقابلة.
وأضاف المصدر أن سقوط أجزاء الصهريج في منطقة الطالبية أدى إلى انفجار أصاب ملعبا خماسيا ومقهى، ما أسفر عن مصرع 9 مواطنين وإصابة آخرين بجروح خطيرة.
وبيّن المصدر أنه "وفق المعلومات الأولية لخبير المتفجرات، يعود الحادث إلى تسرب المادة الغازية، ولم يُعثر حتى الآن على أي مبرز جرمي".
في المقابل، دعت البعثة الأممية في العراق إلى التحقيق في أسباب الانفجار وملابساته، على أن يفضي التحقيق إلى المساءلة.
""", [
    ev("tanker-blast", "عاش العراق، مساء أمس السبت، فاجعة أليمة", BLAST, "'مساء أمس السبت' from Sun 30 Oct 2022 = Sat 29 Oct"),
    ev("salim-technical-fault", "وصرح قائد عمليات بغداد، الفريق الركن أحمد سليم", BLAST, "no own expression; Salim's remark on the evening of Sat 29 Oct 2022 (huria: '(29 تشرين الأول 2022)')"),
    ev("expert-gas-leak-finding", "وفق المعلومات الأولية لخبير المتفجرات", BLAST, "no own expression; the first finding at the site on the night of Sat 29 Oct 2022"),
    ev("unami-statement", "دعت البعثة الأممية في العراق إلى التحقيق", UNAMI[0], "no own expression; UNAMI's statement of the night of 29/30 Oct 2022 (huria: 'الأحد', '(30 تشرين الأول 2022)', 'هذه الليلة'; my span)", end=UNAMI[1]),
])

# ---------------------------------------------------------------- south-sudan-maridi-fuel-tanker-blast-2015
S = "south-sudan-maridi-fuel-tanker-blast-2015"
BLAST = "2015-09-16"                       # the overturned fuel tanker near Maridi exploded on Wed 16 Sep 2015
art(S, "https://egnews24.com/53932",
    "2015-09-17", "no date line on the stored page; the body's 'اليوم الخميس' for the minister's toll and 'الانفجار الذي وقع أمس' for the blast of Wed 16 Sep 2015 (alhayat of Fri 18: 'أول من أمس'; youm7 of Sat 19: 'يوم الاربعاء الماضى') give Thu 17 Sep 2015; headline kept from the page", False, """
ارتفاع أعداد ضحايا انفجار صهريج نفط بجنوب السودان إلى 100 قتيل
ارتفع عدد ضحايا انفجار صهريج النفط الذي انحرف عن الطريق فيما كان عدد من الناس متجمعين حوله في منطقة إلى الغرب من العاصمة جوبا إلى 100 قتيل على الأقل.
ونقلت قناة "سكاي نيوز" عن وزير الإعلام في ولاية غرب الاستوائية، تشارلز كيساجنا، قوله اليوم الخميس إن "أكثر من 100 شخص قُتلوا في جنوب السودان عندما انحرف صهريج نفط عن الطريق وانفجر بينما كان الناس يتجمعون حوله لأخذ ما يستطيعون من الوقود الذي يحمله".
وأضاف الوزير أن قرابة 50 شخصا آخرين أصيبوا بجروح بالغة في الانفجار الذي وقع أمس، لافتا إلى أن السلطات تفتقر إلى المعدات الطبية والمنشآت اللازمة لمعالجة المصابين بحروق خطيرة.
""", [
    ev("kisanga-100-toll", "تشارلز كيساجنا، قوله اليوم الخميس", "2015-09-17", "'اليوم الخميس' = Thu 17 Sep 2015"),
    ev("tanker-overturn", "عندما انحرف صهريج نفط عن الطريق", BLAST, "no own expression; the tanker left the road shortly before the blast of Wed 16 Sep 2015 ('أمس' below)"),
    ev("crowd-gathers", "بينما كان الناس يتجمعون حوله لأخذ ما يستطيعون من الوقود", BLAST, "no own expression; just before the blast of Wed 16 Sep 2015"),
    ev("tanker-blast", "في الانفجار الذي وقع أمس", BLAST, "'أمس' from Thu 17 Sep 2015 = Wed 16 Sep"),
])
art(S, "https://sauress.com/alhayat/11238974",
    "2015-09-18", "no date line on the stored page; the body's 'اليوم (الجمعة)' for the government's toll of 186, 'حصيلة أولى أمس' for the first toll of Thu 17 and 'الحادث الذي وقع أول من أمس' for the blast of Wed 16 Sep 2015 give Fri 18 Sep 2015 (18 Sep 2015 was a Friday); an al-Hayat report carried by sauress; headline written from the body (the stored text has none); the last, truncated sentences dropped", False, """
جنوب السودان: 186 قتيلا في انفجار صهريج نفط قرب ماريدي
أعلنت حكومة جنوب السودان اليوم (الجمعة) أن عدد ضحايا انفجار صهريج نفط ارتفع إلى 186 شخصا على الأقل، كانوا يحاولون أخذ حمولته إثر تعرضه لحادث سير.
وكانت حصيلة أولى أمس قد تحدثت عن 85 قتيلا وما يزيد على مئة جريح في الحادث الذي وقع أول من أمس في ماريدي، الواقعة على بعد نحو 300 كلم غربي العاصمة جوبا.
ثم ذكر مسؤولون محليون أن الحصيلة بلغت 150 قتيلا على الأقل.
غير أن وزير الإعلام في جنوب السودان، مايكل ماكوي، قال للصحافيين اليوم: «بحسب التقارير التي تصلنا فإن الحصيلة هي 186 قتيلا».
ووصف الوزير الوضع بأنه «محزن للغاية»، مشيرا إلى أن الرئيس سلفا كير أعلن حدادا وطنيا لمدة ثلاثة أيام.
وشدد على أن «جميع الأعلام ستُنكَّس اعتبارا من اليوم»، مضيفا أن «الرئيس والحكومة يتقدمان بخالص التعازي إلى عائلات الضحايا».
وكان المسؤول المحلي جون ساكي قد روى كيف تجمع نحو ألف شخص حول الصهريج بعد تعرضه لحادث سير على جانب الطريق طمعا في الوقود، وكان معظمهم من مدرسة قريبة من الموقع.
""", [
    ev("makuei-186-toll", "أعلنت حكومة جنوب السودان اليوم (الجمعة)", "2015-09-18", "'اليوم (الجمعة)' = Fri 18 Sep 2015"),
    ev("first-toll-85", "وكانت حصيلة أولى أمس قد تحدثت عن 85 قتيلا", "2015-09-17", "'أمس' from Fri 18 Sep 2015 = Thu 17 Sep"),
    ev("tanker-blast", "في الحادث الذي وقع أول من أمس في ماريدي", BLAST, "'أول من أمس' from Fri 18 Sep 2015 = Wed 16 Sep"),
    ev("national-mourning", "أعلن حدادا وطنيا لمدة ثلاثة أيام", "2015-09-18", "no date of its own for the decree; the three days of mourning with flags lowered 'اعتبارا من اليوم' (Fri 18 Sep 2015): my span Fri 18 - Sun 20 Sep", end="2015-09-21"),
    ev("crowd-gathers", "كيف تجمع نحو ألف شخص حول الصهريج", BLAST, "no own expression; after the tanker's accident and before the blast of Wed 16 Sep 2015"),
    ev("tanker-overturn", "بعد تعرضه لحادث سير على جانب الطريق", BLAST, "no own expression; the tanker's accident of Wed 16 Sep 2015, shortly before the blast"),
])
art(S, "https://m2.youm7.com/story/2015/9/19/بالصور-ارتفاع-ضحايا-انفجار-صهريج-وقود-بجنوب-السودان-إلى-194/2354511",
    "2015-09-19", "time stamp 'السبت، 19 سبتمبر 2015 05:35 م' on the page (not kept in the text) and the date 2015/9/19 in its address; the body's 'اليوم السبت' agrees; headline kept from the page; the photo captions 'اليوم السابع -9 -2015', the '(د ب أ)' credit and the last, truncated sentence dropped", True, """
بالصور.. ارتفاع ضحايا انفجار صهريج وقود بجنوب السودان إلى 194 شخصاً
صرح مسؤول اليوم السبت بأن عدد قتلى انفجار عربة صهريج لنقل الوقود في جنوب السودان وصل إلى 194 شخصا.
وقال تشارلز بارنبا كيسانجا، وزير الإعلام في ولاية غرب الاستوائية: "حتى اليوم تأكدت وفاة 194 شخصا، وقد يرتفع عدد الوفيات".
وما زال كثير من المصابين بحروق بالغة في حالة حرجة بعد الحادث الذي وقع يوم الاربعاء الماضى خارج مدينة ماريدى في جنوب غرب البلاد.
وأوضح كيسانجا أن نحو 120 مريضا يتلقون العلاج في مستشفى ماريدي، فيما يعالج 54 آخرون في العاصمة جوبا، وقد نُقل المرضى إلى جوبا لتخفيف الضغط عن مستشفى ماريدي.
ولم يعلّق كيسانجا على سبب الانفجار، لكنه ذكر أن لجنة تقصي الحقائق في الحادث لم يكتمل تشكيلها بعد.
ووقع الانفجار بعد أن اندفع حشد من الناس لأخذ البنزين من العربة الصهريج التي انقلبت في حادث بولاية غرب الاستوائية.
""", [
    ev("kisanga-194-toll", "صرح مسؤول اليوم السبت", "2015-09-19", "'اليوم السبت' = Sat 19 Sep 2015"),
    ev("tanker-blast", "بعد الحادث الذي وقع يوم الاربعاء الماضى", BLAST, "'يوم الاربعاء الماضى' from Sat 19 Sep 2015 = Wed 16 Sep"),
    ev("patients-to-juba", "وقد نُقل المرضى إلى جوبا", BLAST, "no own expression; between the blast of Wed 16 Sep and the report of Sat 19 Sep 2015 (my span)", end="2015-09-20"),
    ev("crowd-gathers", "بعد أن اندفع حشد من الناس لأخذ البنزين", BLAST, "no own expression; just before the blast of Wed 16 Sep 2015"),
    ev("tanker-overturn", "التي انقلبت في حادث بولاية غرب الاستوائية", BLAST, "no own expression; the tanker's accident of Wed 16 Sep 2015, shortly before the blast"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 629
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

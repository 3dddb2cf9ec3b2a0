"""Builds stories.jsonl: the 384-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: news from Somalia, Djibouti and the Comoros in any domain
(politics, security, elections, disasters, economy, sport), told by Arab outlets.
Stories: the al-Shabaab attack on Lido beach in Mogadishu (Somalia, August 2024), the knife attack on President
Azali Assoumani at a funeral near Moroni (Comoros, September 2024), the election of Djibouti's Mahmoud Ali
Youssouf as chairperson of the African Union Commission (Djibouti / Addis Ababa, February 2025), and the
Somaliland presidential election won by Abdirahman Irro (Somalia / Somaliland, November 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- somalia-mogadishu-lido-beach-attack-2024
S = "somalia-mogadishu-lido-beach-attack-2024"
ATTACK = "2024-08-02"                      # the suicide blast and gun attack on Lido beach, evening of Fri 2 Aug 2024
POLICE = "2024-08-03"                      # the police toll of 32 dead / 63 wounded, Sat 3 Aug 2024
art(S, "https://zatmisr.com/25951/ارتفاع-حصيلة-ضحايا-الهجوم-الإرهابي-على-شاطئ-ليدو-في-مقديشو",
    "2024-08-03", "the body's 'اليوم السبت 3 أغسطس 2024' (kept; 3 Aug 2024 was a Saturday); the source tag 'ذات مصر' dropped; headline kept from the page (reworded); the last, truncated words about the ambulance teams dropped", True, """
تزايد عدد ضحايا الاعتداء الإرهابي على شاطئ ليدو في مقديشو
أعلنت الشرطة الصومالية، اليوم السبت 3 أغسطس 2024، أن حصيلة الهجوم الإرهابي على شاطئ "ليدو" المعروف في العاصمة مقديشو قد ارتفعت. وأوضح المتحدث باسم الشرطة عبدالفتاح آدن حسن أن الاعتداء خلّف أكثر من 32 قتيلاً من المدنيين ونحو 63 جريحاً، بعضهم في حال خطرة، وفق ما نقلته وكالة رويترز.
وفي وقت سابق، كتب رئيس الوزراء الصومالي السابق حسن علي خيري على حسابه في منصة "إكس" أن الانفجار دوّى فيما كان رواد شاطئ ليدو يقضون أمسيتهم، فسقط قتلى وجرحى. ولم تُعرف حتى الآن تفاصيل أخرى عن الضحايا أو عن الجهة التي تقف وراء التفجير.
وقال خيري في تغريدته: "أتقدم بأصدق التعازي إلى عائلات وأقارب وأصدقاء من استشهدوا في هذه الانفجارات"، لافتاً إلى أن توقيت الهجوم مع احتشاد الناس على الشاطئ يكشف عداء الإرهابيين للشعب الصومالي.
ونُشرت على "إكس" مقاطع مصورة تُظهر جثثاً ملقاة على رمال الشاطئ في العتمة، في حين كان الناس يحاولون الفرار إلى أماكن آمنة.
وأفاد التلفزيون الوطني الصومالي في بيان بأن قوات الأمن الصومالية قضت على المهاجمين.
""", [
    ev("police-toll", "أعلنت الشرطة الصومالية، اليوم السبت 3 أغسطس 2024", POLICE, "'اليوم السبت 3 أغسطس 2024' = Sat 3 Aug 2024"),
    ev("beach-attack", "أن الاعتداء خلّف أكثر من 32 قتيلاً من المدنيين", ATTACK, "no own expression; the attack of the evening of Fri 2 Aug 2024 (somaliagate 'الليلة الماضية' on Sat 3, elbalad.news 'مساء أمس، الجمعة')"),
    ev("khaire-post", "كتب رئيس الوزراء الصومالي السابق حسن علي خيري", ATTACK, "'في وقت سابق' before Sat 3; Khaire posted on the night of the attack, Fri 2 Aug, or just after midnight (my span 2-3 Aug 2024)", end="2024-08-04"),
    ev("suicide-blast", "أن الانفجار دوّى فيما كان رواد شاطئ ليدو يقضون أمسيتهم", ATTACK, "'يقضون أمسيتهم' = the evening of Fri 2 Aug 2024"),
    ev("attackers-killed", "قوات الأمن الصومالية قضت على المهاجمين", ATTACK, "no own expression; the gunmen were killed late on Fri 2 Aug, the fighting went on toward midnight (alquds: 'حتى منتصف الليل'); my span 2-3 Aug 2024", end="2024-08-04"),
])
art(S, "https://somaliagate.com/2024/08/03/%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a7%d9%84%d8%af%d9%88%d9%84%d8%a9-%d9%8a%d8%aa%d8%b1%d8%a3%d8%b3-%d8%a7%d8%ac%d8%aa%d9%85%d8%a7%d8%b9%d8%a7-%d8%ad%d9%88%d9%84-%d8%aa%d8%af%d8%a7%d8%b9%d9%8a%d8%a7%d8%aa",
    "2024-08-03", "dateline 'مقديشو في 03 أغسطس' (kept) with the year in the URL '/2024/08/03/'; the body's 'اليوم السبت' agrees (3 Aug 2024 was a Saturday); headline written from the body (the stored text has none)", True, """
الرئيس الصومالي يرأس اجتماعا أمنيا طارئا بعد هجوم شاطئ ليدو
مقديشو في 03 أغسطس / عقد الرئيس حسن شيخ محمود، اليوم السبت، اجتماعا طارئا إثر الهجوم الدامي الذي حصد، الليلة الماضية، أرواح 32 شخصا وأوقع 63 جريحا على أيدي مسلحي حركة الشباب، واستهدف مطعما معروفا على شاطئ ليدو في العاصمة مقديشو.
وشارك في الاجتماع رئيس الوزراء حمزة عبدي بري ووزير الأمن الداخلي ومدير عام القصر الرئاسي، إلى جانب قادة الشرطة والمخابرات على المستوى الفيدرالي وفي إقليم بنادر.
واطلع الرئيس على تقارير بشأن الهجوم الدامي، وعلى ضرورة مساندة الضحايا الذين سقط ذووهم بين قتيل وجريح في الاعتداء الإرهابي على مطعم "بيج فيو"، والذي خلّف 32 قتيلا و63 مصابا، بحسب الناطق باسم الشرطة الرائد عبد الفتاح حسن آدم.
وشدد رئيس الدولة على أن حركة الشباب تناصب الشعب والحكومة العداء معا، داعيا المواطنين إلى مؤازرة الأجهزة الأمنية الساعية إلى اجتثاث ما سمّاه "مليشيات الخوارج".
وأكد الرئيس حسن شيخ أن الخوارج، بعد أن هُزموا في المعارك الدائرة، باتوا يلجؤون إلى مهاجمة المواطنين.
""", [
    ev("emergency-meeting", "عقد الرئيس حسن شيخ محمود، اليوم السبت، اجتماعا طارئا", POLICE, "'اليوم السبت' = Sat 3 Aug 2024 (dateline)"),
    ev("beach-attack", "الهجوم الدامي الذي حصد، الليلة الماضية، أرواح 32 شخصا", ATTACK, "'الليلة الماضية' from Sat 3 Aug = the night of Fri 2 Aug 2024"),
    ev("police-toll", "بحسب الناطق باسم الشرطة الرائد عبد الفتاح حسن آدم", POLICE, "no own expression; the police toll of 32 / 63 was given on Sat 3 Aug 2024 (zatmisr 'اليوم السبت 3 أغسطس 2024')"),
    ev("president-urges-citizens", "داعيا المواطنين إلى مؤازرة الأجهزة الأمنية", POLICE, "said at the meeting of 'اليوم السبت' = Sat 3 Aug 2024"),
])
art(S, "https://www.arabkhabar.com/a/3009001",
    "2024-08-04", "page stamp 'تاريخ النشر: 4th, August 2024 GMT' (dropped from the text; 4 Aug 2024 was a Sunday); the copied SANA report's 'الليلة الماضية' for the health minister's press conference of Saturday night agrees; the credit 'المصدر: الوكالة العربية السورية للأنباء' dropped; headline kept from the page (reworded); no date of its own in the text", False, """
حصيلة جديدة للهجوم الإرهابي على فندق في مقديشو: 37 قتيلاً
مقديشو-سانا
صعد عدد قتلى الهجوم الإرهابي الذي طال فندقاً على ساحل العاصمة الصومالية مقديشو إلى 37، فضلاً عن عشرات الجرحى.
ونفذت حركة الشباب المتطرفة الإرهابية الهجوم أمس، وأعقبه إطلاق نار في المكان، بحسب وكالة فرانس برس التي نقلت عن وزير الصحة الصومالي علي حاجي آدم قوله في مؤتمر صحفي الليلة الماضية: "بلغ إجمالي القتلى 37 والجرحى 57، منهم 11 حالتهم بليغة ما زالوا يتلقون العلاج في وحدات العناية المركزة، بينما غادر المستشفى 137 شخصاً أصيبوا بجروح خفيفة".
وأشار مسؤولون صوماليون إلى أن هذا الهجوم الإرهابي هو الأكبر الذي يضرب العاصمة الصومالية منذ أشهر.
وحكى ناجون كيف اقتحم المسلحون الإرهابيون شاطئ ليدو عازمين على قتل كل من تطاله أيديهم، بينما فجّر أحدهم نفسه وسط الضحايا.
ولفتت الشرطة إلى أن قوات الأمن الصومالية قتلت خمسة من الإرهابيين، من دون أن تكشف عدد منفذي الهجوم.
يذكر أنه في منتصف تموز الماضي، لقي تسعة أشخاص حتفهم وأصيب 20 آخرون في مقديشو جراء تفجير سيارة مفخخة أمام مقهى مكتظ خلال بث نهائي كأس الأمم الأوروبية 2024.
""", [
    ev("beach-attack", "ونفذت حركة الشباب المتطرفة الإرهابية الهجوم أمس", ATTACK, "the attack of the evening of Fri 2 Aug 2024; the copied SANA text's 'أمس' was written on Sat 3 Aug, so from the page's 4 Aug it reads one day late"),
    ev("health-minister-toll", "قوله في مؤتمر صحفي الليلة الماضية", POLICE, "'الليلة الماضية' from Sun 4 Aug = Sat night 3 Aug 2024 (najafnews: 'في مؤتمر صحفي عُقد ليلة السبت')"),
    ev("suicide-blast", "بينما فجّر أحدهم نفسه وسط الضحايا", ATTACK, "no own expression; the suicide blast that opened the attack on the evening of Fri 2 Aug 2024"),
    ev("attackers-killed", "قوات الأمن الصومالية قتلت خمسة من الإرهابيين", ATTACK, "no own expression; the gunmen were killed late on Fri 2 Aug (my span 2-3 Aug 2024)", end="2024-08-04"),
    ev("euro-final-cafe-bombing", "لقي تسعة أشخاص حتفهم وأصيب 20 آخرون في مقديشو", "2024-07-14", "'في منتصف تموز الماضي' during the Euro 2024 final = Sun 14 Jul 2024"),
])

# ---------------------------------------------------------------- comoros-azali-knife-attack-2024
S = "comoros-azali-knife-attack-2024"
STAB = "2024-09-13"                        # Azali stabbed at a funeral in Salimani-Itsandra, about 14:00 on Fri 13 Sep 2024
DEAD = "2024-09-14"                        # the attacker found dead in his cell on the morning of Sat 14 Sep 2024
art(S, "https://www.aljazeeramubasher.net/news/politics/2024/9/13/%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%B1%D8%A6%D9%8A%D8%B3-%D8%AC%D8%B2%D8%B1-%D8%A7%D9%84%D9%82%D9%85%D8%B1-%D9%81%D9%8A-%D9%87%D8%AC%D9%88%D9%85",
    "2024-09-13", "date in the URL '/2024/9/13/' (13 Sep 2024 was a Friday); the body's 'اليوم الجمعة' agrees; headline kept from the page (reworded), the sub-heading 'عملية طعن' dropped; no date of its own in the text", False, """
رئيس جزر القمر يصاب بجرح في هجوم بسكين
أفاد المتحدث باسم حكومة جزر القمر بأن الرئيس غزالي عثماني تعرض لجرح طفيف في هجوم بسكين، اليوم الجمعة، وأن المهاجم قد احتُجز.
ونقلت وكالة الأنباء الفرنسية عن المتحدثة باسم الحكومة فاطمة أحمدة قولها إن الرئيس "تعرّض لهجوم في سليمان-إستاندرا"، إلى الشمال من موروني عاصمة الأرخبيل.
وأكدت المتحدثة أن حياة الرئيس "ليست في خطر".
وأشارت مصادر إلى أن الرئيس غزالي عثماني حصل على "الرعاية اللازمة" للجروح الطفيفة التي لحقت به.
من جهتها، نقلت وكالة "رويترز" عن مصدر أن الموقوف شرطي سابق في العشرينيات من عمره، وأن دوافعه لم تتضح بعد.
وفي مايو/أيار الماضي، أدى غزالي عثماني، البالغ 65 عامًا، اليمين لولاية جديدة إثر انتخابات متوترة أجريت في يناير/كانون الثاني.
وأعقبت الانتخابات احتجاجات دامت يومين وقُتل فيها شخص واحد على الأقل، فيما اتهم معارضو عثماني الانتخابات بالتزوير.
""", [
    ev("knife-attack", "تعرض لجرح طفيف في هجوم بسكين، اليوم الجمعة", STAB, "'اليوم الجمعة' = Fri 13 Sep 2024 (URL date)"),
    ev("attacker-arrested", "وأن المهاجم قد احتُجز", STAB, "no own expression; the attacker was seized on the spot on Fri 13 Sep 2024"),
    ev("azali-sworn-in", "أدى غزالي عثماني، البالغ 65 عامًا، اليمين لولاية جديدة", "2024-05-26", "'في مايو/أيار الماضي' = May 2024; the inauguration was on Sun 26 May 2024 (outside knowledge)"),
    ev("january-election", "إثر انتخابات متوترة أجريت في يناير/كانون الثاني", "2024-01-14", "'في يناير/كانون الثاني' = the presidential election of Sun 14 Jan 2024 (outside knowledge)"),
    ev("post-election-protests", "وأعقبت الانتخابات احتجاجات دامت يومين", "2024-01-17", "'دامت يومين' after the provisional results of Tue 16 Jan 2024: the riots of Wed 17 - Thu 18 Jan 2024 (outside knowledge; my span)", end="2024-01-19"),
])
art(S, "https://almethaq.net/news/print.php?id=66581",
    "2024-09-14", "page date line 'السبت, 14-سبتمبر-2024' (kept as second line; 14 Sep 2024 was a Saturday); the body's 'اليوم (السبت)' and 'أمس (الجمعة)' agree; the site tag 'الميثاق نت' dropped; headline written from the body (the stored text has none); the last, truncated sentence about May dropped", True, """
رئيس جزر القمر خارج دائرة الخطر ومهاجمه يُعثر عليه ميتاً في زنزانته
السبت, 14-سبتمبر-2024
أعلن مسؤولون اليوم (السبت) أن رئيس جزر القمر غزالي عثماني بات «خارج منطقة الخطر» إثر إصابته أمس (الجمعة) في هجوم بسكين نفذه شرطي في الرابعة والعشرين من عمره، فيما عُثر على المهاجم ميتاً في زنزانته بعد يوم واحد، بحسب وكالة «رويترز».
ووقع الهجوم قرابة الساعة الثانية بعد الظهر بالتوقيت المحلي (11:00 بتوقيت غرينتش) أمس في بلدة سليماني إتساندرا الواقعة شمال العاصمة موروني مباشرة.
وصرّح وزير الطاقة أبو بكر سعيد أنلي، خلال مؤتمر صحافي في موروني اليوم: «الرئيس بخير، ولا يعاني مشكلات صحية، وقد تجاوز منطقة الخطر».
ولفتت المتحدثة باسم حكومة جزر القمر فاطمة أحمد صباح، اليوم في مؤتمر صحافي، إلى أن غزالي «بصحة جيدة جداً» ويقيم «في منزله مع عائلته».
وكان غزالي قد هوجم خلال حضوره جنازة، ولم يُعرف دافع الهجوم حتى الآن.
وكان المهاجم أحمد عبدو في إجازة منذ يوم الأربعاء، قبل أن ينفذ هجوم أمس.
ووُضع عبدو في زنزانة بعد توقيفه، غير أن المدعي العام في جزر القمر علي محمد جنيد قال في مؤتمر صحافي منفصل: «حين توجه المحققون لرؤيته في صباح السبت، وجدوه ممدداً على الأرض بلا حياة».
وأوضح أن تحقيقاً يجري لمعرفة دوافع الهجوم وسبب الوفاة.
""", [
    ev("knife-attack", "إثر إصابته أمس (الجمعة) في هجوم بسكين", STAB, "'أمس (الجمعة)' from Sat 14 Sep = Fri 13 Sep 2024"),
    ev("attacker-found-dead", "عُثر على المهاجم ميتاً في زنزانته بعد يوم واحد", DEAD, "'بعد يوم واحد' after Fri 13 = Sat 14 Sep 2024 (the prosecutor: 'في صباح السبت')"),
    ev("minister-press-conference", "وصرّح وزير الطاقة أبو بكر سعيد أنلي، خلال مؤتمر صحافي", DEAD, "'في موروني اليوم' = Sat 14 Sep 2024"),
    ev("attacker-on-leave", "وكان المهاجم أحمد عبدو في إجازة منذ يوم الأربعاء", "2024-09-11", "'منذ يوم الأربعاء' before the attack of Fri 13 = Wed 11 - Fri 13 Sep 2024", end=STAB),
    ev("attacker-arrested", "ووُضع عبدو في زنزانة بعد توقيفه", STAB, "no own expression; he was seized at the funeral and locked up on Fri 13 Sep 2024"),
    ev("prosecutor-press-conference", "قال في مؤتمر صحافي منفصل", DEAD, "no own expression; the prosecutor spoke on Sat 14 Sep 2024 (al-arabinews: 'في وقت لاحق، السبت (14 سبتمبر)')"),
])
art(S, "https://elbalad.elneel.org/?p=47872",
    "2024-09-14", "no date line on the stored page; the body's 'اليوم السبت' with 'أمس (الجمعة)' for the attack of Fri 13 Sep gives Sat 14 Sep 2024; headline kept from the page (reworded), the inner sub-headings dropped; the garbled first sentence (the attack and the attacker's death run together) rendered as two clauses with the same date words; the last, truncated sentence about May dropped; no date of its own in the text", True, """
رئيس جزر القمر ينجو من طعنة بسكين ومنفذها يوجد ميتاً في زنزانته
نجا رئيس جزر القمر غزالي عثماني من اعتداء بسكين شنه شرطي في الرابعة والعشرين من عمره أمس (الجمعة)، وتعافى من إصابته بعد العلاج، فيما مات المهاجم في زنزانته اليوم السبت.
وذكرت رويترز أن الاعتداء حدث نحو الساعة الثانية بعد الظهر بالتوقيت المحلي (11:00 بتوقيت جرينتش) أمس في بلدة سليماني إيتساندرا إلى الشمال من العاصمة موروني.
وقال وزير الطاقة أبو بكر سعيد آنلي في مؤتمر صحفي عقده في موروني اليوم: "الرئيس بخير، ولا يشكو من أي مشكلة صحية، لقد تجاوز مرحلة الخطر".
وأكدت المتحدثة باسم حكومة جزر القمر فاطمة أحمد صباح، في مؤتمر صحفي اليوم، أن غزالي في حالة صحية جيدة جداً ويمكث في بيته مع أسرته.
وتعرض غزالي للطعن بالأمس بينما كان يحضر جنازة، ولا يزال الدافع وراء الهجوم مجهولاً. وكان المهاجم أحمد عبده في عطلة منذ الأربعاء قبل أن يقدم على هجوم الأمس.
وبعد توقيفه أودع عبده الزنزانة، إلا أن المدعي العام علي محمد جنيد أوضح في مؤتمر صحفي منفصل: "عندما ذهب المحققون لرؤيته صباح السبت، وجدوه ممدداً على الأرض جثة هامدة".
""", [
    ev("knife-attack", "من اعتداء بسكين شنه شرطي في الرابعة والعشرين من عمره أمس (الجمعة)", STAB, "'أمس (الجمعة)' from Sat 14 Sep = Fri 13 Sep 2024"),
    ev("attacker-found-dead", "فيما مات المهاجم في زنزانته اليوم السبت", DEAD, "'اليوم السبت' = Sat 14 Sep 2024 (found dead 'صباح السبت')"),
    ev("minister-press-conference", "وقال وزير الطاقة أبو بكر سعيد آنلي في مؤتمر صحفي", DEAD, "'في موروني اليوم' = Sat 14 Sep 2024"),
    ev("attacker-on-leave", "وكان المهاجم أحمد عبده في عطلة منذ الأربعاء", "2024-09-11", "'منذ الأربعاء' before the attack of Fri 13 = Wed 11 - Fri 13 Sep 2024", end=STAB),
    ev("prosecutor-press-conference", "أوضح في مؤتمر صحفي منفصل", DEAD, "no own expression; the prosecutor spoke on Sat 14 Sep 2024"),
])

# ---------------------------------------------------------------- djibouti-youssouf-au-commission-2025
S = "djibouti-youssouf-au-commission-2025"
VOTE = "2025-02-15"                        # Mahmoud Ali Youssouf elected AU Commission chairperson, Sat 15 Feb 2025
SUMMIT = ("2025-02-15", "2025-02-17")      # the 38th AU summit in Addis Ababa, Sat 15 - Sun 16 Feb 2025
art(S, "https://anfaspress.com/news/voir/146656-2025-02-15-09-48-36",
    "2025-02-15", "the body's 'السبت 15 فبراير2025' (kept; 15 Feb 2025 was a Saturday); the URL's '2025-02-15' agrees; headline written from the body (the stored text has none); the last, truncated sentence about Odinga's alliance dropped", True, """
جيبوتي تظفر برئاسة مفوضية الاتحاد الأفريقي
اختار القادة الأفارقة، السبت 15 فبراير2025، وزير خارجية جيبوتي ليتولى رئاسة مفوضية الاتحاد الأفريقي.
وتفوق محمود علي يوسف، في الاقتراع الذي جرى خلال قمة الاتحاد الأفريقي في العاصمة الإثيوبية أديس أبابا، على رئيس الوزراء الكيني السابق رايلا أودينجا ووزير خارجية مدغشقر السابق ريتشارد راندرياماندراتو.
ويتألف الاتحاد الأفريقي من 55 دولة عضوا، ويتولى الرؤساء أو رؤساء الحكومات اختيار رئيس المفوضية، الذي يعد عمليا المدير التنفيذي للأمانة التي تسيّر الاتحاد من مقرها في أديس أبابا.
وسيحل محمود علي يوسف، الذي تمتد ولايته أربع سنوات، محل التشادي موسى فكي الذي يشغل المنصب منذ عام 2017.
وشكلت النتيجة ضربة لأودينجا، السياسي البارز الذي سعى إلى حشد التأييد بين حلفائه في الداخل والخارج.
وخاض أودينجا، البالغ 80 عاما، سباق الرئاسة في كينيا خمس مرات على مدى ثلاثة عقود، وكان منصب الاتحاد الأفريقي سيمثل آخر فرصة له في العمل العام.
وبلغت مسيرته السياسية الطويلة ذروتها بتوليه رئاسة الوزراء عام 2008، عقب مفاوضات عسيرة لوضع حد لأعمال العنف التي تلت الانتخابات وقُتل فيها ما لا يقل عن 1000 شخص في كينيا.
""", [
    ev("youssouf-elected", "اختار القادة الأفارقة، السبت 15 فبراير2025، وزير خارجية جيبوتي", VOTE, "'السبت 15 فبراير2025' = Sat 15 Feb 2025"),
    ev("au-summit-38", "خلال قمة الاتحاد الأفريقي في العاصمة الإثيوبية أديس أبابا", SUMMIT[0], "no own expression; the 38th summit of Sat 15 - Sun 16 Feb 2025 (outside knowledge)", end=SUMMIT[1]),
    ev("faki-in-office", "موسى فكي الذي يشغل المنصب منذ عام 2017", "2017-03-14", "'منذ عام 2017' = Faki's term from Tue 14 Mar 2017 to the election of his successor (outside knowledge; my span)", end="2025-02-16"),
    ev("odinga-prime-minister", "بتوليه رئاسة الوزراء عام 2008", "2008-04-17", "'عام 2008' = Odinga sworn in as prime minister on Thu 17 Apr 2008 (outside knowledge)"),
    ev("kenya-post-election-violence", "لوضع حد لأعمال العنف التي تلت الانتخابات", "2007-12-30", "no own expression; the violence after the election of 27 Dec 2007, from the results of Sun 30 Dec 2007 to the accord of Thu 28 Feb 2008 (outside knowledge; my span)", end="2008-02-29"),
])
art(S, "https://osramaghribia.com/article/327-%D8%A3%D9%88%D9%84-%D8%B9%D8%B1%D8%A8%D9%8A-%D8%B9%D9%84%D9%89-%D8%B1%D8%A3%D8%B3-%D9%85%D9%81%D9%88%D8%B6%D9%8A%D8%A9-%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D9%8A%D9%82%D9%8A.html",
    "2025-02-16", "no date line on the stored page; the body's 'أمس السبت' for the vote of Sat 15 Feb 2025 gives Sun 16 Feb 2025; headline rendered from the URL slug (the stored text has none); the page's misspelling of the first name ('محمد') kept; no date of its own in the text", False, """
أول عربي يقود مفوضية الاتحاد الإفريقي
أحرز وزير خارجية جيبوتي، محمد علي يوسف، أمس السبت، إنجازًا تاريخيًا بظفره برئاسة مفوضية الاتحاد الإفريقي، ليكون بذلك أول شخصية عربية تشغل هذا المنصب في المنظمة القارية.
وتحقق هذا الفوز خلال القمة الـ38 للاتحاد الإفريقي التي احتضنتها العاصمة الإثيوبية أديس أبابا، حيث حصد 33 صوتًا من أصل 49 دولة يحق لها التصويت، متخطيًا بذلك العتبة اللازمة للفوز.
وعرفت الجولة الأولى من الاقتراع انسحاب بعض المرشحين، لتبقى المنافسة حامية بين جيبوتي وكينيا، التي مثّلها رئيس الوزراء الأسبق رايلا أودينغا.
وبعد جولات متعددة من التصويت، تمكن محمد علي يوسف من انتزاع المنصب، ليخلف موسى فقي محمد على رأس مفوضية الاتحاد الإفريقي، وهو ما يعزز حضور جيبوتي ومكانتها في المشهد السياسي الإفريقي.
""", [
    ev("youssouf-elected", "أمس السبت، إنجازًا تاريخيًا بظفره برئاسة مفوضية الاتحاد الإفريقي", VOTE, "'أمس السبت' = Sat 15 Feb 2025"),
    ev("au-summit-38", "خلال القمة الـ38 للاتحاد الإفريقي التي احتضنتها العاصمة الإثيوبية", SUMMIT[0], "no own expression; the 38th summit of Sat 15 - Sun 16 Feb 2025", end=SUMMIT[1]),
    ev("first-round", "وعرفت الجولة الأولى من الاقتراع انسحاب بعض المرشحين", VOTE, "no own expression; the first round of the vote of Sat 15 Feb 2025"),
    ev("youssouf-33-votes", "حيث حصد 33 صوتًا من أصل 49 دولة", VOTE, "no own expression; the decisive round of Sat 15 Feb 2025"),
])
art(S, "https://arabkhabar.com/a/4216549",
    "2025-02-18", "page stamp 'تاريخ النشر: 18th, February 2025 GMT' (kept as second line; 18 Feb 2025 was a Tuesday); the credit 'المصدر: اليوم 24' and the 'إقرأ أيضاً' links dropped; headline kept from the page (reworded)", True, """
العاهل المغربي يبعث بتهنئة إلى محمود علي يوسف بعد انتخابه رئيسا لمفوضية الاتحاد الإفريقي
تاريخ النشر: 18th, February 2025 GMT
بعث الملك محمد السادس برقية تهنئة إلى محمود علي يوسف عقب انتخابه رئيسا لمفوضية الاتحاد الإفريقي، في أثناء القمة العادية الثامنة والثلاثين للاتحاد الإفريقي.
وعبّر الملك في البرقية عن أحر تهانيه لمحمود علي يوسف، مشفوعة بأصدق تمنياته بالتوفيق التام في مهامه السامية.
وقال جلالته « إن الثقة التي نلتموها تمثل بحق اعترافا وتقديرا لما تتحلون به من كفاءة كبار رجال الدولة في بلدكم الشقيق دجيبوتي، ولما راكمتموه من خبرة دبلوماسية مشهودة، علاوة على حنكتكم المهنية وخصالكم الإنسانية الرفيعة ».
وأضاف الملك « ونحن على يقين تام بأن مفوضية الاتحاد الإفريقي ستجد فيكم القائد المحنك الحريص والملتزم بالدفاع عن قضايا التنمية والسلم والأمن في قارتنا الإفريقية ».
وتابع الملك « ونود في هذا الصدد أن نؤكد لكم دعم المملكة المغربية المطلق لكل المبادرات الرامية إلى خدمة هذه القضايا، وإلى تعزيز التضامن الفعال والتعاون البناء بين بلداننا الإفريقية ».
""", [
    ev("king-congratulates", "بعث الملك محمد السادس برقية تهنئة إلى محمود علي يوسف", "2025-02-15", "no own expression; the cable was sent after the vote of Sat 15 Feb and reported by Tue 18 Feb 2025 (my span 15-18 Feb)", end="2025-02-19"),
    ev("youssouf-elected", "عقب انتخابه رئيسا لمفوضية الاتحاد الإفريقي", VOTE, "no own expression; the vote of Sat 15 Feb 2025"),
    ev("au-summit-38", "في أثناء القمة العادية الثامنة والثلاثين للاتحاد الإفريقي", SUMMIT[0], "no own expression; the 38th summit of Sat 15 - Sun 16 Feb 2025", end=SUMMIT[1]),
])

# ---------------------------------------------------------------- somaliland-presidential-election-2024
S = "somaliland-presidential-election-2024"
POLL = "2024-11-13"                        # Somaliland's presidential and party election, Wed 13 Nov 2024
RESULT = "2024-11-19"                      # the election commission announced Irro's win on Tue 19 Nov 2024
art(S, "https://almesasport.com/egypt/amp/283286",
    "2024-11-14", "no date line on the stored page; the body's 'أمس الأربعاء' for the vote of Wed 13 Nov 2024 gives Thu 14 Nov 2024; headline written from the body (the stored text has none); the 'أخبار متعلقة' link dropped; no date of its own in the text", False, """
أرض الصومال تنتظر نتيجة انتخاباتها الرئاسية
أفادت اللجنة الوطنية للانتخابات في أرض الصومال بأن نتيجة الاقتراع الرئاسي في الإقليم الانفصالي ستُعلن بحلول 21 نوفمبر الجاري.
وجرت في أرض الصومال انتخابات رئاسية، أمس الأربعاء، سُجل فيها أكثر من مليون ناخب للإدلاء بأصواتهم في نحو 2000 مركز اقتراع في الإقليم المنفصل عن الصومال، وفق ما نقلته إذاعة صوت أمريكا.
وأكد الجنرال محمد عدنان سقادي، قائد قوة شرطة أرض الصومال، أن العملية الانتخابية مرت بسلام في كل أنحاء أرض الصومال.
وتنافس في الانتخابات ثلاثة مرشحين، بينهم الرئيس الحالي موسى بيهي عبدي، مرشح حزب السلام والوحدة والتنمية الحاكم المعروف باسم كولميه، الساعي إلى ولاية ثانية.
وواجهه عبد الرحمن محمد عبد الله، المعروف باسم "إيرو"، من حزب وداني، وفيصل علي وارابي من حزب العدالة والتنمية.
""", [
    ev("results-announced", "ستُعلن بحلول 21 نوفمبر الجاري", RESULT, "'بحلول 21 نوفمبر الجاري' is a deadline; the commission announced the results on Tue 19 Nov 2024 (ethiomonitor, aajeg)"),
    ev("commission-timing-statement", "أفادت اللجنة الوطنية للانتخابات في أرض الصومال", POLL, "no own expression; said after the vote of Wed 13 Nov and before the report of Thu 14 Nov 2024 (my span)", end="2024-11-15"),
    ev("polling-day", "وجرت في أرض الصومال انتخابات رئاسية، أمس الأربعاء", POLL, "'أمس الأربعاء' = Wed 13 Nov 2024"),
    ev("police-peaceful-vote", "أن العملية الانتخابية مرت بسلام", POLL, "no own expression; the police chief spoke of polling day, Wed 13 Nov 2024 (my span 13-14 Nov)", end="2024-11-15"),
])
art(S, "https://ethiomonitor.net/11332",
    "2024-11-19", "page date line 'الثلاثاء 19 نوفمبر 2024' (kept as second line; 19 Nov 2024 was a Tuesday); the source tag 'الراصد الأثيوبي- متابعات' dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
مرشح المعارضة يحسم رئاسة أرض الصومال
الثلاثاء 19 نوفمبر 2024
فاز رئيس حزب "وداني" المعارض عبد الرحمن عرّو بالانتخابات الرئاسية والحزبية التي أجريت في 13 نوفمبر الجاري في أرض الصومال.
ووفق لجنة الانتخابات المستقلة، نال المرشح المعارض عبد الرحمن عرّو 63.90% من الأصوات، متقدمًا على الرئيس السابق لأرض الصومال موسى بيحي عبدي الذي حصل على 34.60% منها.
وبيّنت لجنة الانتخابات أن الانتخابات الحزبية انتهت بتصدر الحزبين التقليديين، حزب "وداني" الفائز بالرئاسة وحزب "كلمي" الحاكم، في حين نجحت "جمعية كاه"، التي تحولت إلى حزب سياسي، في حجز مكانها بين الأحزاب الثلاثة خلال السنوات العشر المقبلة. وفي المقابل، فقد حزب "أوعيد" المعارض التقليدي فرصة البقاء ضمن هذه الأحزاب.
وكانت الانتخابات قد أُرجئت مرتين منذ عام 2022 بسبب نقص التمويل وأسباب أخرى.
وبموجب دستور أرض الصومال، ستحيل لجنة الانتخابات المستقلة النتائج إلى المحكمة العليا، التي ستعلن النتيجة النهائية للانتخابات الرئاسية والحزبية إذا لم تُقدَّم أي طعون.
""", [
    ev("results-announced", "فاز رئيس حزب \"وداني\" المعارض عبد الرحمن عرّو بالانتخابات", RESULT, "no own expression; the commission's announcement of Tue 19 Nov 2024 (date line)"),
    ev("polling-day", "التي أجريت في 13 نوفمبر الجاري", POLL, "'13 نوفمبر الجاري' = Wed 13 Nov 2024"),
    ev("party-results", "أن الانتخابات الحزبية انتهت بتصدر الحزبين التقليديين", RESULT, "no own expression; announced with the presidential result on Tue 19 Nov 2024"),
    ev("election-postponed", "وكانت الانتخابات قد أُرجئت مرتين منذ عام 2022", "2022-01-01", "'منذ عام 2022' = the postponements from 2022 up to the vote of 13 Nov 2024 (my span)", end=POLL),
])
art(S, "https://aajeg.com/politics/%D8%B2%D8%B9%D9%8A%D9%85-%D8%A7%D9%84%D9%85%D8%B9%D8%A7%D8%B1%D8%B6%D8%A9-%D9%8A%D9%81%D9%88%D8%B2-%D8%A8%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9-%D8%A3%D8%B1%D8%B6-%D8%A7%D9%84%D8%B5%D9%88%D9%85%D8%A7%D9%84",
    "2024-11-19", "page date line '19 نوفمبر 2024' (kept as second line; 19 Nov 2024 was a Tuesday); the photo caption (with its '10 نوفمبر 2024'), the page buttons and the summary bullets dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
زعيم المعارضة يفوز برئاسة "أرض الصومال"
19 نوفمبر 2024
تمكن المرشح المعارض عبد الرحمن عرّو، رئيس حزب "وطني"، من الفوز في الانتخابات الرئاسية والحزبية التي نُظمت في 13 نوفمبر/تشرين الثاني الجاري في ولاية أرض الصومال.
واستنادًا إلى لجنة الانتخابات المستقلة، فقد نال عرّو 63.90% من الأصوات، متقدمًا على الرئيس السابق للولاية موسى بيحي عبدي الذي حصد 34.60% من الأصوات.
وذكرت لجنة الانتخابات أن الاقتراع الحزبي أفضى إلى تصدر الحزبين السياسيين التقليديين، حزب "وطني" الفائز بالرئاسة وحزب "كلمي" الحاكم، فيما ضمنت "جمعية كاه"، التي صارت حزبًا سياسيًا، موقعها بين الأحزاب الثلاثة.
وبدأ عرّو حياته السياسية موظفًا حكوميًا ثم دبلوماسيًا، وأسس حزب "وطني" في 2011، ويحمل شهادة ماجستير في إدارة الأعمال ويتقن عدة لغات.
وسيتولى عرّو قيادة الولاية في ظل تحديات من بينها الانقسامات المحلية ومفاوضات الاعتراف مع الصومال.
""", [
    ev("results-announced", "تمكن المرشح المعارض عبد الرحمن عرّو، رئيس حزب \"وطني\"، من الفوز", RESULT, "no own expression; the commission's announcement of Tue 19 Nov 2024 (date line)"),
    ev("polling-day", "التي نُظمت في 13 نوفمبر/تشرين الثاني الجاري", POLL, "'13 نوفمبر/تشرين الثاني الجاري' = Wed 13 Nov 2024"),
    ev("party-results", "أن الاقتراع الحزبي أفضى إلى تصدر الحزبين السياسيين التقليديين", RESULT, "no own expression; announced with the presidential result on Tue 19 Nov 2024"),
    ev("wadani-founded", "وأسس حزب \"وطني\" في 2011", "2011-01-01", "'في 2011' = the year 2011 (year only)", end="2012-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 384
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

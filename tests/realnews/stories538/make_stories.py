"""Builds stories.jsonl: the 538-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: deportations, expulsions of migrants and asylum decisions.
Stories: Italy's first transfer of migrants to its centres in Albania and the Rome court's refusal to validate
their detention (Italy/Albania, October 2024); the first UK deportation flight to Rwanda, allowed by the London
courts and stopped by the European Court of Human Rights (United Kingdom/Rwanda, June 2022); the standoff between
the United States and Colombia over military deportation flights (United States/Colombia, January 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- italy-albania-first-migrant-transfer-2024
S = "italy-albania-first-migrant-transfer-2024"
ARRIVAL = "2024-10-16"                     # the navy ship Libra docked at Shengjin on Wed 16 Oct 2024
VOYAGE = ("2024-10-14", "2024-10-17")      # it left Lampedusa on Mon 14 Oct: the transfer 14-16 Oct
RETURNED4 = ("2024-10-16", "2024-10-18")   # four (two minors, two vulnerable) sent back after the screening, 16-17 Oct
RULING = "2024-10-18"                      # the Rome court refused to validate the detention on Fri 18 Oct 2024
BACK = "2024-10-19"                        # the coast guard took the twelve back to Italy on Sat 19 Oct 2024
art(S, "https://alitaliyanews.com/2024/10/17393.html?m=0",
    ARRIVAL, "the body opens with the date line 'الإيطالية نيوز، الاربعاء 16 أكتوبر 2024' (kept: part of the body; 16 Oct 2024 was a Wednesday); the URL's '/2024/10/' agrees; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
وصول سفينة ليبرا إلى ألبانيا وعلى متنها أول 16 مهاجرا
الإيطالية نيوز، الاربعاء 16 أكتوبر 2024 ـ بلغت سفينة "ليبرا" التابعة للبحرية الإيطالية ميناء "شينغجين" (Shengjin) في ألبانيا صباح الأربعاء، بعد رحلة استغرقت يومين، وعلى متنها 16 مهاجرا من مصر وبنغلادش سبق أن أنقذتهم السلطات الإيطالية في البحر.
وتعد هذه أول عملية نقل من هذا القبيل، وفق ما ينص عليه النظام الجديد الذي أرادته حكومة «جورجا ميلوني» للتعامل مع المهاجرين الواصلين إلى السواحل الإيطالية بطرق غير نظامية.
وفي الساعات القليلة المُقبلة، سيخضع المهاجرون الستة عشر لإجراءات إدارية دقيقة: إذ سيجري التعرف على هوياتهم وتصويرهم في مركز الإيواء الجديد الذي أقامته الحكومة الإيطالية، ثم يُسألون عما إذا كانوا ينوون تقديم طلب لجوء في إيطاليا (مع العلم أن الستة عشر جميعهم سيردون بالإيجاب).
وبعد انتهاء الإجراءات في مركز الإيواء القسري، يفترض نظريا أن يُنقلوا إلى "جادير" (Gjader)، وهي قرية صغيرة تتبع بلدية "ليزي" (Lezhë) في المناطق الداخلية النائية من البلاد، حيث يوجد مبنيان آخران: مركز استقبال أولي لطالبي اللجوء يتسع لـ880 شخصا، ومركز احتجاز "للفرز والترحيل" يضم 144 مكانا، ينتهي إليه المهاجرون الذين تُرفض طلبات لجوئهم.
""", [
    ev("libra-arrives-shengjin", "في ألبانيا صباح الأربعاء", ARRIVAL, "'صباح الأربعاء' in an article of Wed 16 Oct 2024 = that day"),
    ev("transfer-to-albania", "بعد رحلة استغرقت يومين", VOYAGE[0], "'رحلة استغرقت يومين' ending on Wed 16 Oct 2024; the Libra left Lampedusa on Mon 14 Oct (Italian interior ministry, reported on the 16th); my span 14-16 Oct", end=VOYAGE[1]),
    ev("identification-shengjin", "إذ سيجري التعرف على هوياتهم وتصويرهم", ARRIVAL, "'في الساعات القليلة المُقبلة' from Wed 16 Oct 2024 = that day"),
    ev("transfer-to-gjader", "يفترض نظريا أن يُنقلوا إلى", ARRIVAL, "no own expression; after the screening at Shengjin, the group was taken to Gjader, where the Rome police ordered its detention on 17 Oct (ANSA); my span 16-17 Oct", end="2024-10-18"),
])
art(S, "https://aljarida.com/article/78355/amp",
    RULING, "no date on the stored page; the body's 'رفضت محكمة في روما اليوم الجمعة' for the court's refusal, which was given on Fri 18 Oct 2024 (Italian and French reports of that Friday; algeriapressonline of Sun 20: the return 'أمس السبت' after the ruling), gives Fri 18 Oct 2024; the 'Ad' marker dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
محكمة في روما ترفض احتجاز المهاجرين المنقولين إلى ألبانيا
رفضت محكمة في روما اليوم الجمعة قرار احتجاز مجموعة من المهاجرين في منشأة استقبال بألبانيا، وقضت بأن من حقهم أن يُنقلوا إلى إيطاليا، في ضربة لخطة رئيسة الوزراء الإيطالية جورجا ميلوني الرامية إلى إبعاد طالبي اللجوء إلى خارج البلاد.
وكان 16 مهاجراً قد أُنقذوا في البحر المتوسط هذا الأسبوع، ثم نُقلوا إلى ألبانيا على متن سفينة تابعة للبحرية الإيطالية، فكانوا أول مجموعة من المهاجرين تصل إلى المنشأة الجديدة في جادر الألبانية.
وتضم هذه المجموعة 10 أشخاص من بنغلادش وستة من مصر.
وقد أُعيد أربعة منهم فعلا إلى إيطاليا لأسباب صحية أو لكونهم قُصّرا.
وأوضحت رئيسة المحكمة لوتشانا سانجوفاني في بيان أن «رفض الموافقة على الاحتجاز في المنشآت والمناطق الألبانية مردّه إلى تعذّر الاعتراف بأن البلدان التي قدم منها هؤلاء الأشخاص آمنة»، مضيفة أن المهاجرين يحق لهم بالتالي «أن يُنقلوا إلى إيطاليا».
ولا يجوز إرسال المهاجرين إلى ألبانيا إلا إذا كانوا من رعايا قائمة من 22 دولة صنفتها إيطاليا آمنة، بينها مصر وبنغلادش، غير أن حكماً أصدرته مؤخراً محكمة العدل الأوروبية في هذا الشأن جعل احتجازهم في ألبانيا متعذرا، بحسب البيان.
""", [
    ev("court-ruling", "رفضت محكمة في روما اليوم الجمعة قرار احتجاز", RULING, "'اليوم الجمعة' = Fri 18 Oct 2024"),
    ev("transfer-to-albania", "ثم نُقلوا إلى ألبانيا على متن سفينة تابعة للبحرية الإيطالية", VOYAGE[0], "'هذا الأسبوع'; the Libra's voyage from Lampedusa, Mon 14 - Wed 16 Oct 2024 (alitaliyanews)", end=VOYAGE[1]),
    ev("four-returned", "وقد أُعيد أربعة منهم فعلا إلى إيطاليا", RETURNED4[0], "no own expression; the four were sent back after the screening in Albania that began on Wed 16 Oct and before the ruling of Fri 18 Oct (my span 16-17 Oct 2024)", end=RETURNED4[1]),
    ev("sangiovanni-statement", "وأوضحت رئيسة المحكمة لوتشانا سانجوفاني في بيان", RULING, "no own expression; the court president's statement on the ruling of Fri 18 Oct 2024"),
    ev("ecj-safe-countries-ruling", "حكماً أصدرته مؤخراً محكمة العدل الأوروبية", "2024-10-04", "'مؤخراً'; the EU Court of Justice's judgment on safe countries of origin (C-406/22) of Fri 4 Oct 2024, from what I know of the story"),
])
art(S, "https://algeriapressonline.com/algerian-community/إيطاليا-تنقل-مهاجرين-من-ألبانيا-بعد-حك",
    "2024-10-20", "no date on the stored page; the body's 'أمس السبت' for the coast-guard ship that began taking the migrants back from Albania, which it did on Sat 19 Oct 2024 (lapresse of 19 Oct: the Visalli left Shengjin for Bari), and the cabinet meeting still ahead 'يوم الإثنين' (Mon 21 Oct) give Sun 20 Oct 2024; the section tag 'أخبار الجالية' dropped; headline kept from the page", False, """
إيطاليا تنقل مهاجرين من ألبانيا بعد حكم قضائي يلغي أوامر احتجازهم
شرعت سفينة تابعة لخفر السواحل الإيطالي، أمس السبت، في نقل مجموعة من المهاجرين من ألبانيا إلى إيطاليا، إثر قرار قضائي صدر في روما وألغى أوامر احتجازهم. وكان هؤلاء المهاجرون قد اعتُرضوا في البحر ثم نُقلوا إلى مركز استقبال في ألبانيا.
وأكدت الحكومة الإيطالية أنها ماضية في مشروع رئيسة الوزراء جورجيا ميلوني الذي يرمي إلى معالجة طلبات اللجوء خارج حدود الاتحاد الأوروبي.
وأعلنت كذلك أنها ستطعن في القرار القضائي الذي أمر بإعادة المهاجرين إلى إيطاليا بدلا من إبقائهم محتجزين في ألبانيا.
ويُنتظر أن يعقد مجلس الوزراء اجتماعا يوم الإثنين لتحديد الخطوات المقبلة في هذا الملف، علما بأن بعض المهاجرين أعيدوا من قبل إلى إيطاليا لأسباب صحية أو لأنهم قاصرون.
""", [
    ev("return-to-italy", "شرعت سفينة تابعة لخفر السواحل الإيطالي، أمس السبت", BACK, "'أمس السبت' in an article of Sun 20 Oct 2024 = Sat 19 Oct"),
    ev("court-ruling", "إثر قرار قضائي صدر في روما وألغى أوامر احتجازهم", RULING, "no own expression; the Rome court's ruling of Fri 18 Oct 2024 (aljarida 'اليوم الجمعة')"),
    ev("transfer-to-albania", "ثم نُقلوا إلى مركز استقبال في ألبانيا", VOYAGE[0], "no own expression; the Libra's voyage from Lampedusa, Mon 14 - Wed 16 Oct 2024 (alitaliyanews)", end=VOYAGE[1]),
    ev("government-appeal", "وأعلنت كذلك أنها ستطعن في القرار القضائي", RULING, "no own expression; the government's vow to appeal was made on Fri 18 Oct 2024, the day of the ruling (Reuters: 'تعهدت الحكومة الإيطالية يوم الجمعة')"),
    ev("cabinet-meeting", "يعقد مجلس الوزراء اجتماعا يوم الإثنين", "2024-10-21", "'يوم الإثنين' after Sun 20 Oct 2024 = Mon 21 Oct"),
    ev("four-returned", "بعض المهاجرين أعيدوا من قبل إلى إيطاليا", RETURNED4[0], "no own expression; the four sent back after the screening that began on Wed 16 Oct, before the ruling (my span 16-17 Oct 2024)", end=RETURNED4[1]),
])

# ---------------------------------------------------------------- uk-rwanda-first-deportation-flight-2022
S = "uk-rwanda-first-deportation-flight-2022"
HIGH_COURT = "2022-06-10"                  # Mr Justice Swift refused to stop the flight on Fri 10 Jun 2022
APPEAL = "2022-06-13"                      # the Court of Appeal heard the case on Mon 13 Jun 2022
FLIGHT = "2022-06-14"                      # the flight was due on Tue 14 Jun 2022 at 22:30 and was cancelled that evening
art(S, "http://almadenahnews.com/article/999297-محكمة-بريطانية-تسمح-بترحيل-طالبي-لجوء-إلى-رواندا",
    "2022-06-11", "the page's time stamp 'تم نشره السبت 11 حزيران / يونيو 2022 12:32 مساءً' (11 Jun 2022 was a Saturday), not part of the body and left out of the text; the opening 'المدينة نيوز :-', the repeated sub-heading and the 'مواضيع ساخنة اخرى' links dropped; headline kept from the page", True, """
محكمة بريطانية تسمح بترحيل طالبي لجوء إلى رواندا
أجازت محكمة بريطانية ترحيل طالبي لجوء من المملكة المتحدة إلى رواندا، رغم مسعى ناشطين لإيقاف عملية الترحيل المقررة يوم الثلاثاء.
وتقضي سياسة الحكومة البريطانية بإرسال من يدخلون المملكة المتحدة بطرق غير قانونية إلى رواندا كي يقدموا طلبات لجوئهم هناك.
وتجري الاستعدادات لنقل نحو 31 شخصاً على متن أول رحلة تقلع إلى رواندا يوم الثلاثاء، فيما ستنظر محكمة استئناف في القضية يوم الاثنين.
ومن المنتظر أن تُجرى مراجعة قضائية شاملة، يبحث فيها القضاء البريطاني طعنا في السياسة التي تنتهجها الحكومة حيال اللاجئين، قبل نهاية شهر يوليو/تموز.
ويوم الجمعة، رأى القاضي سويفت أن ثمة "مصلحة عامة" في تمكين وزيرة الداخلية البريطانية، بريتي باتيل، من تطبيق سياساتها.
المصدر: بي بي سي
""", [
    ev("high-court-allows-flight", "أجازت محكمة بريطانية ترحيل طالبي لجوء", HIGH_COURT, "no own expression here; the High Court's refusal to stop the flight, given on Fri 10 Jun 2022 (the body's 'ويوم الجمعة' for Justice Swift)"),
    ev("flight-scheduled", "على متن أول رحلة تقلع إلى رواندا يوم الثلاثاء", FLIGHT, "'يوم الثلاثاء' after Sat 11 Jun 2022 = Tue 14 Jun"),
    ev("appeal-hearing", "ستنظر محكمة استئناف في القضية يوم الاثنين", APPEAL, "'يوم الاثنين' after Sat 11 Jun 2022 = Mon 13 Jun"),
    ev("full-judicial-review", "ومن المنتظر أن تُجرى مراجعة قضائية شاملة", "2022-07-01", "'قبل نهاية شهر يوليو/تموز' = the review planned for July 2022 (the month; it was in fact heard in September)", end="2022-08-01"),
    ev("swift-public-interest", "ويوم الجمعة، رأى القاضي سويفت", HIGH_COURT, "'يوم الجمعة' before Sat 11 Jun 2022 = Fri 10 Jun"),
])
art(S, "https://mubasher.aljazeera.net/news/2022/6/15/%D9%81%D9%8A-%D8%A7%D9%84%D9%84%D8%AD%D8%B8%D8%A9-%D8%A7%D9%84%D8%A3%D8%AE%D9%8A%D8%B1%D8%A9-%D9%85%D8%AD%D9%83%D9%85%D8%A9-%D8%A3%D9%88%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D9%88%D9%82%D9%81",
    "2022-06-15", "the URL's date path '/news/2022/6/15/' and the page's month stamp (2022-06) give Wed 15 Jun 2022; the body's 'مساء الثلاثاء' for the cancellation of Tue 14 Jun agrees; the embedded tweet (English, 'June 14, 2022') rendered by its sense in the text's sentence and its English lines dropped; headline completed from the truncated URL slug 'في اللحظة الأخيرة محكمة أوربية توقف'", True, """
في اللحظة الأخيرة.. محكمة أوربية توقف أول رحلة ترحيل من بريطانيا إلى رواندا
أفادت مراسلة الجزيرة في بريطانيا بأن أول رحلة لترحيل لاجئين من بريطانيا إلى رواندا أُلغيت إثر قرار صادر عن المحكمة الأوربية لحقوق الإنسان.
ونسبت وكالة رويترز إلى مصدر حكومي أن قرار الإلغاء اتُّخذ في اللحظة الأخيرة مساء الثلاثاء، بعدما أمرت المحكمة بوقف ترحيل العدد القليل من المهاجرين الذين كانوا على متن الطائرة.
وواجهت خطة الحكومة البريطانية انتقادات من معارضين ومنظمات خيرية وقادة دينيين وصفوها بأنها "غير إنسانية".
وتؤكد لندن أن ترحيل المهاجرين الذين يصلون بصورة غير قانونية عبر القنال الإنجليزي في قوارب صغيرة قادمة من أوربا سيردع هذه الرحلات الخطرة ويقوض نموذج عمل شبكات تهريب البشر.
وكان مقررا أن تنطلق عملية الترحيل من قاعدة جوية في جنوب غرب إنجلترا.
وكتبت منظمة (كير فور كاليه) المعنية بالدفاع عن طالبي اللجوء في تغريدة على تويتر: "أُلغيت آخر تذكرة طيران. لن يغادر أحد إلى رواندا".
وسارعت الحكومة البريطانية إلى التأكيد أن قرارات القضاء الأوربي لن تثنيها عن المضي قدماً في خطتها.
""", [
    ev("flight-cancelled", "قرار الإلغاء اتُّخذ في اللحظة الأخيرة مساء الثلاثاء", FLIGHT, "'مساء الثلاثاء' before Wed 15 Jun 2022 = Tue 14 Jun"),
    ev("echr-interim-measures", "بعدما أمرت المحكمة بوقف ترحيل العدد القليل من المهاجرين", FLIGHT, "no own expression; the European Court of Human Rights' interim measures of Tue 14 Jun 2022, before the cancellation that evening"),
    ev("flight-scheduled", "وكان مقررا أن تنطلق عملية الترحيل من قاعدة جوية", FLIGHT, "no own expression; the flight was due on Tue 14 Jun 2022 (almadenahnews 'يوم الثلاثاء', almayadeen)"),
    ev("care4calais-tweet", "في تغريدة على تويتر", FLIGHT, "no own expression in the text; the embedded tweet on the page is dated June 14, 2022 (Tue)"),
    ev("government-vows-to-continue", "وسارعت الحكومة البريطانية إلى التأكيد", FLIGHT, "no own expression; the government's reaction right after the cancellation on the night of Tue 14 Jun 2022 (Priti Patel's statement of that night)"),
])
art(S, "https://almayadeen.net/news/politics/%D8%A8%D8%B9%D8%AF-%D9%85%D8%B9%D8%B1%D9%83%D8%A9-%D9%82%D8%B6%D8%A7%D8%A6%D9%8A%D8%A9-%D8%A5%D9%84%D8%BA%D8%A7%D8%A1-%D8%B1%D8%AD%D9%84%D8%A9-%D9%86%D9%82%D9%84-%D8%B7%D8%A7%D9%84%D8%A8%D9%8A-%D9%84%D8%AC%D9%88%D8%A1-%D8%A5%D9%84%D9%89-%D8%B1%D9%88%D8%A7%D9%86%D8%AF%D8%A7-%D9%85%D9%86-%D8%A8%D8%B1%D9%8A",
    "2022-06-15", "no date on the stored page; the body's 'اليوم الأربعاء' for the Home Office's statement that the flight due 'الثلاثاء' would not leave, the flight having been due on Tue 14 Jun 2022 (almadenahnews of Sat 11 Jun: 'يوم الثلاثاء'; Al Jazeera of 15 Jun: cancelled 'مساء الثلاثاء'), gives Wed 15 Jun 2022; the sub-heading dropped; headline kept from the page; the last, truncated sentence dropped", False, """
بعد معركة قضائية.. إلغاء رحلة نقل طالبي لجوء إلى رواندا من بريطانيا
أعلنت وزارة الداخلية البريطانية، اليوم الأربعاء، أن أول رحلة من نوعها لنقل طالبي لجوء إلى رواندا لن تقلع كما كان مقرراً لها الثلاثاء، بعد معركة قضائية دارت في اللحظات الأخيرة.
وكان يُفترض أن يُنقل 7 أشخاص من بريطانيا إلى رواندا، لكن الرحلة أُلغيت إثر قرار من المحكمة الأوروبية لحقوق الإنسان.
وصدر هذا القرار الأخير عقب سلسلة من المعارك القضائية في بريطانيا انتهت كلها لصالح إقلاع الرحلة، على الرغم من اعتراضات منظمات حقوق الإنسان.
وكان مقررا أن تقلع الرحلة من مطار عسكري في ويلتشير في تمام الساعة العاشرة والنصف بالتوقيت المحلي، غير أن جميع الركاب أُنزلوا منها بعد قرارات المحكمة الأخيرة.
وكانت المحكمة الأوروبية لحقوق الإنسان قد قضت بمنع نقل أحد الركاب السبعة، موضحة أنه "قد يتعرض لضرر جسيم".
وعلّقت وزارة الخارجية الإيرانية على ترحيل اللاجئين من بريطانيا إلى رواندا، معتبرة أن "ما يجري عار تاريخي على لندن وعلى من يحاولون تبييض ماضيهم الاستعماري".
""", [
    ev("home-office-statement", "أعلنت وزارة الداخلية البريطانية، اليوم الأربعاء", "2022-06-15", "'اليوم الأربعاء' = Wed 15 Jun 2022 (as the text dates it; the Home Office spoke around midnight after the cancellation)"),
    ev("flight-scheduled", "كما كان مقرراً لها الثلاثاء", FLIGHT, "'الثلاثاء' before Wed 15 Jun 2022 = Tue 14 Jun"),
    ev("flight-cancelled", "لكن الرحلة أُلغيت إثر قرار", FLIGHT, "no own expression; the cancellation on the evening of Tue 14 Jun 2022 (Al Jazeera 'مساء الثلاثاء')"),
    ev("uk-court-battles", "عقب سلسلة من المعارك القضائية في بريطانيا", HIGH_COURT, "no own expression; the High Court of Fri 10 Jun, the Court of Appeal of Mon 13 Jun and the last refusals of Tue 14 Jun 2022 (my span 10-14 Jun)", end="2022-06-15"),
    ev("passengers-offloaded", "غير أن جميع الركاب أُنزلوا منها", FLIGHT, "no own expression; before the planned take-off at 22:30 on Tue 14 Jun 2022"),
    ev("echr-interim-measures", "قد قضت بمنع نقل أحد الركاب السبعة", FLIGHT, "no own expression; the ECHR's interim measure for one passenger on Tue 14 Jun 2022, the day of the flight"),
])

# ---------------------------------------------------------------- us-colombia-deportation-flights-standoff-2025
S = "us-colombia-deportation-flights-standoff-2025"
SUNDAY = "2025-01-26"                      # Petro turned back two US military planes, Trump retaliated, and a deal was announced, all on Sun 26 Jan 2025
art(S, "https://alamssar.com/392034",
    SUNDAY, "no date on the stored page; the body's 'رفضت اليوم الأحد' for Colombia's refusal of the two US military planes and 'الأحد' for Trump's announcement and Petro's post, both of Sun 26 Jan 2025 (arabkhabar of 27 Jan: Petro 'الأحد'), give Sun 26 Jan 2025; the sub-headings dropped; headline kept from the page; the last, truncated sentence dropped", False, """
تهديد وعقوبات.. ترحيل المهاجرين يثير التوترات بين واشنطن وكولومبيا
أشعل ملف المهاجرين التوتر بين الولايات المتحدة وكولومبيا، إذ أعلن الرئيس الأميركي دونالد ترامب، الأحد، أنه سيحظر استقبال الكولومبيين وسيلغي تأشيرات مسؤولي الحكومة الكولومبية.
وجاء ذلك ردا على موقف الرئيس الكولومبي جوستافو بيترو، الذي قال الأحد إنه لن يسمح للطائرات الآتية من الولايات المتحدة وعلى متنها مهاجرون مرحّلون بالهبوط في بلاده.
ونقلت رويترز عن مسؤول أميركي لم تكشف اسمه تأكيده أن كولومبيا رفضت اليوم الأحد السماح لطائرتين عسكريتين أميركيتين تقلان مهاجرين مرحّلين بالهبوط.
وأوضح المسؤول أن الطائرتين أقلعتا من كاليفورنيا وعلى متن كل منهما قرابة 80 مهاجرا، غير أن كولومبيا رفضت استقبالهما.
وفي وقت لاحق، أعلنت الرئاسة الكولومبية أنها سترسل طائرة رئاسية إلى الولايات المتحدة لإعادة المهاجرين المرحّلين.
وأكد ترامب أن الإجراءات المتخذة بحق كولومبيا "ليست سوى البداية"، كاشفا أنه سيفرض على هذا البلد عقوبات مصرفية ومالية طارئة.
""", [
    ev("trump-retaliation", "أنه سيحظر استقبال الكولومبيين", SUNDAY, "'الأحد' = Sun 26 Jan 2025"),
    ev("petro-refuses-flights", "الذي قال الأحد إنه لن يسمح للطائرات", SUNDAY, "'الأحد' = Sun 26 Jan 2025"),
    ev("planes-denied", "كولومبيا رفضت اليوم الأحد السماح لطائرتين عسكريتين", SUNDAY, "'اليوم الأحد' = Sun 26 Jan 2025"),
    ev("presidential-plane-offer", "أعلنت الرئاسة الكولومبية أنها سترسل طائرة رئاسية", SUNDAY, "'في وقت لاحق' of the same Sunday, 26 Jan 2025"),
    ev("trump-financial-sanctions", "سيفرض على هذا البلد عقوبات مصرفية ومالية طارئة", SUNDAY, "no own expression; Trump's announcement of Sun 26 Jan 2025"),
])
art(S, "https://arabkhabar.com/a/4072991",
    "2025-01-27", "the page's stamp 'تاريخ النشر: 27th, January 2025 GMT' (27 Jan 2025 was a Monday), not part of the body and left out of the text; the related links, the CSS lines and the picture caption dropped; headline kept from the page; the last, truncated sentence dropped", True, """
ترامب يرد بإجراءات انتقامية ضد كولومبيا.. هذا ما فعلته
ردا على رفض كولومبيا استقبال رحلتين جويتين لترحيل مهاجرين، أمر الرئيس الأمريكي دونالد ترامب بفرض رسوم جمركية وقيود على التأشيرات وإجراءات انتقامية أخرى بحق كولومبيا.
وأعلن ترامب ذلك عبر منصته للتواصل الاجتماعي "تروث سوشيال"، قائلا إن قرار الرئيس الكولومبي غوستافو بيترو "يعرّض للخطر" الأمن القومي للولايات المتحدة.
وكان الرئيس الكولومبي غوستافو بيترو قد أعلن الأحد منع دخول طائرات عسكرية أمريكية تقل مهاجرين مرحَّلين من الولايات المتحدة.
وشدد بيترو على أنه لن يقبل سوى الرحلات المدنية التي تعامل المهاجرين "بشكل لائق"، مؤكدا أن "المهاجر ليس مجرما ويجب أن يعامل بالكرامة التي يستحقها الإنسان".
وقال: "لهذا السبب أرجعت الطائرات العسكرية الأمريكية التي تنقل مهاجرين كولومبيين".
""", [
    ev("trump-retaliation", "أمر الرئيس الأمريكي دونالد ترامب بفرض رسوم جمركية", SUNDAY, "no own expression; Trump's order of Sun 26 Jan 2025 (alamssar 'الأحد'), the day before this report"),
    ev("petro-refuses-flights", "قد أعلن الأحد منع دخول طائرات عسكرية أمريكية", SUNDAY, "'الأحد' before Mon 27 Jan 2025 = Sun 26 Jan"),
    ev("planes-denied", "لهذا السبب أرجعت الطائرات العسكرية الأمريكية", SUNDAY, "no own expression; the two US military planes turned back on Sun 26 Jan 2025 (alamssar 'اليوم الأحد')"),
])
art(S, "https://journalaswat.com/%D9%88%D8%B5%D9%88%D9%84-%D8%A3%D9%88%D9%84-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D9%83%D9%88%D9%84%D9%88%D9%85%D8%A8%D9%8A%D8%A9-%D8%AA%D9%82%D9%84-%D9%85%D8%B1%D8%AD%D9%84%D9%8A%D9%86-%D9%85%D9%86",
    "2025-01-28", "no date on the stored page; the body's 'وصلت ... اليوم الثلاثاء' for the landing in Bogota of the first Colombian Air Force plane with deportees, which landed on Tue 28 Jan 2025 (two days after the standoff of Sun 26 Jan), gives Tue 28 Jan 2025; the site's slogan and name dropped; headline kept from the page; 'السابق' (the source calls Trump the former president) dropped; the last, truncated sentence dropped", False, """
وصول أول طائرة كولومبية تقل مرحلين من أمريكا إلى بوجوتا
ذكرت وسائل إعلام كولومبية أن أولى طائرتين تابعتين للقوات الجوية الكولومبية، تحملان مرحّلين من الولايات المتحدة، وصلت إلى العاصمة الكولومبية بوجوتا اليوم الثلاثاء.
ويعد هذا الحدث خطوة مهمة في سياق تخفيف القيود والعقوبات التي فرضتها إدارة الرئيس الأمريكي دونالد ترامب على المواطنين الكولومبيين.
وكان دبلوماسيون من الحكومتين الكولومبية والأمريكية قد توصلوا إلى اتفاق بشأن رحلات الترحيل، ما أسهم في تفادي أزمة اقتصادية محتملة كادت تندلع مطلع الأسبوع.
وجاء هذا الاتفاق بعد فترة من التوتر بين البلدين، تبادلا خلالها التهديد بفرض رسوم جمركية، فيما هددت الولايات المتحدة بفرض قيود على التأشيرات.
وكان الرئيس الكولومبي جوستابو بيترو قد رفض رفضا قاطعا ترحيل الكولومبيين على متن الطائرات العسكرية الأمريكية، معتبرا ذلك غير إنساني، وألغى إذن الهبوط لطائرتين عسكريتين أمريكيتين في بلاده.
وردا على ذلك، لوّح ترامب بفرض رسوم جمركية تصل إلى 25 بالمئة على جميع السلع الكولومبية، مع إمكانية رفعها إلى 50 بالمئة في غضون أسبوع.
""", [
    ev("first-colombian-plane-lands", "وصلت إلى العاصمة الكولومبية بوجوتا اليوم الثلاثاء", "2025-01-28", "'اليوم الثلاثاء' = Tue 28 Jan 2025"),
    ev("deal-reached", "قد توصلوا إلى اتفاق بشأن رحلات الترحيل", SUNDAY, "no own expression ('مطلع الأسبوع' is for the averted crisis); the agreement announced by the White House late on Sun 26 Jan 2025"),
    ev("petro-refuses-flights", "قد رفض رفضا قاطعا ترحيل الكولومبيين", SUNDAY, "no own expression; Petro's refusal of Sun 26 Jan 2025 (alamssar, arabkhabar 'الأحد')"),
    ev("planes-denied", "وألغى إذن الهبوط لطائرتين عسكريتين أمريكيتين", SUNDAY, "no own expression; the two US military planes turned back on Sun 26 Jan 2025"),
    ev("trump-retaliation", "لوّح ترامب بفرض رسوم جمركية تصل إلى 25 بالمئة", SUNDAY, "no own expression; Trump's threat of Sun 26 Jan 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 538
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 564-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: missile and drone attacks on Gulf military bases and air
defence interceptions, with the reactions of Gulf states.
Stories: the Iranian missile attack on al-Udeid air base (Qatar, June 2025), the first Iranian missile and
drone attacks on Kuwait and Ali al-Salem air base (Kuwait, February-March 2026), and the attacks towards Prince
Sultan air base and the deadly projectile at al-Kharj with the Gulf condemnations (Saudi Arabia, March 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- qatar-al-udeid-iranian-missile-attack-2025
S = "qatar-al-udeid-iranian-missile-attack-2025"
ATTACK = "2025-06-23"                      # the IRGC missiles on al-Udeid, Mon 23 Jun 2025 (evening)
GCC = "2025-06-24"                         # the 49th extraordinary GCC ministerial meeting in Doha, Tue 24 Jun 2025
art(S, "https://alanbaonline.net/2025/06/23/%d8%a7%d9%84%d8%af%d9%81%d8%a7%d8%b9-%d8%a7%d9%84%d9%82%d8%b7%d8%b1%d9%8a%d8%a9-%d8%af%d9%81%d8%a7%d8%b9%d8%a7%d8%aa%d9%86%d8%a7-%d8%a7%d8%b9%d8%aa%d8%b1%d8%b6%d8%aa-%d9%87%d8%ac%d9%88%d9%85%d8%a7",
    "2025-06-23", "date in the URL '/2025/06/23/'; the body's 'اليوم الاثنين' agrees (23 Jun 2025 was a Monday); the byline 'الأنباء أونلاين – متابعات' dropped; headline kept from the page; the last, truncated sentence dropped", True, """
الدفاع القطرية: دفاعاتنا اعترضت هجوماً إيرانياً استهدف قاعدة العديد بنجاح
أفادت وزارة الدفاع القطرية، اليوم الاثنين، بأن الدفاعات الجوية التابعة للقوات المسلحة نجحت في اعتراض هجوم بالصواريخ استهدف قاعدة العديد الجوية التي تضم قوات أمريكية وغربية على أرض قطر، من غير أن تخلّف العملية أي خسائر في الأرواح أو أضرار مادية.
وشددت الوزارة في بيان رسمي بثته وكالة الأنباء القطرية (قنا) على أنه "بفضل الله ويقظة منتسبي القوات المسلحة والتدابير الاحترازية المتخذة سلفاً، جرى التعامل مع التهديد بنجاح من دون أي إصابات أو أضرار".
وبيّنت أن منظومات الدفاع الجوي القطرية رصدت التهديد وتصدت له في التوقيت المناسب، فأمكن تحييده قبل بلوغه هدفه.
وذكر البيان أن أجواء دولة قطر وأراضيها ما زالت آمنة ومستقرة، وأن القوات المسلحة القطرية باقية على أتم الجاهزية لردع أي تهديد يمس سيادة البلاد أو منشآتها الحيوية، معتبراً أن أمن الدولة ومواطنيها أولوية لا تقبل التفريط.
وفي ختام البيان، حثت الوزارة المواطنين والمقيمين على استقاء الأخبار والمستجدات من القنوات الرسمية وتجنب تداول الشائعات أو المعلومات غير الموثوقة.
""", [
    ev("udeid-attack", "هجوم بالصواريخ استهدف قاعدة العديد الجوية", ATTACK, "no own expression; the IRGC missile attack on al-Udeid on the evening of Mon 23 Jun 2025, the day of the statement ('اليوم الاثنين')"),
    ev("missiles-intercepted", "منظومات الدفاع الجوي القطرية رصدت التهديد وتصدت له", ATTACK, "no own expression; the interception during the attack of Mon 23 Jun 2025, reported in the statement of 'اليوم الاثنين'"),
    ev("qatar-defence-statement", "وشددت الوزارة في بيان رسمي بثته وكالة الأنباء القطرية", ATTACK, "no own expression; the defence ministry's statement of the same day, Mon 23 Jun 2025 ('اليوم الاثنين')"),
])
art(S, "https://www.masress.com/masrawy/702809724",
    "2025-06-24", "no date on the stored page (a Masrawy report carried by masress); the body's 'خلال مؤتمر صحفي اليوم الثلاثاء' and 'اجتماع طارئ اليوم في الدوحة' for the GCC ministers' meeting held on Tue 24 Jun 2025 (mofa.gov.qa: 'الدوحة – 24 يونيو 2025', 'عقد اليوم في الدوحة') give Tue 24 Jun 2025; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
رئيس الوزراء القطري: فوجئنا بالهجوم على قاعدة العديد
نددت دولة قطر بالهجوم الصاروخي الذي شنه الحرس الثوري الإيراني على قاعدة العديد الجوية، ورأت فيه اعتداءً صريحاً على السيادة القطرية وسلوكاً مرفوضاً.
وصرّح رئيس الوزراء وزير الخارجية القطري، الشيخ محمد بن عبد الرحمن آل ثاني، خلال مؤتمر صحفي اليوم الثلاثاء، بأن ما حدث يشكل خرقاً واضحاً لنهج حسن الجوار الذي تمسكت به بلاده، وتابع: "فوجئنا بالهجوم على قاعدة العديد، وأشيد بالدور البطولي الذي قامت به القوات المسلحة في صده".
وأوضح أن الدفاعات الجوية القطرية أسقطت الصواريخ كلها عدا صاروخاً واحداً سقط في منطقة خالية من دون خسائر.
وأشار إلى أن قطر أدانت منذ اليوم الأول الاعتداءات الإسرائيلية على إيران، مؤكداً أن الدوحة ستلجأ إلى كل الإجراءات القانونية والدبلوماسية الملائمة للرد على الهجوم الإيراني.
وكشف عن اجتماع طارئ اليوم في الدوحة لوزراء خارجية دول مجلس التعاون الخليجي لبحث مستجدات الموقف، مشدداً على حرص قطر على منطقة آمنة بعيدة عن التهديدات النووية والتصعيد.
وبيّن أن الرئيس الأمريكي دونالد ترامب اتصل بأمير البلاد للتباحث في الهجوم، وطلب من قطر التواصل مع إيران لاستطلاع استعدادها لوقف إطلاق النار، وهو ما انتهى إلى الإعلان الأمريكي عن اتفاق وقف إطلاق النار بين إيران وإسرائيل.
""", [
    ev("udeid-attack", "بالهجوم الصاروخي الذي شنه الحرس الثوري الإيراني على قاعدة العديد الجوية", ATTACK, "no own expression; the attack of Mon 23 Jun 2025 (alanbaonline 'اليوم الاثنين'), the day before the press conference"),
    ev("pm-press-conference", "خلال مؤتمر صحفي اليوم الثلاثاء", GCC, "'اليوم الثلاثاء' = Tue 24 Jun 2025"),
    ev("qatar-condemned-israeli-strikes", "أدانت منذ اليوم الأول الاعتداءات الإسرائيلية على إيران", "2025-06-13", "'منذ اليوم الأول' = from the first day of the Israeli strikes on Iran, Fri 13 Jun 2025 (the start of the condemnations)"),
    ev("gcc-emergency-meeting", "اجتماع طارئ اليوم في الدوحة لوزراء خارجية دول مجلس التعاون", GCC, "'اليوم' in a report of Tue 24 Jun 2025 = Tue 24 Jun (arabkhabar: 'في الدوحة، الثلاثاء')"),
    ev("trump-call-emir", "اتصل بأمير البلاد للتباحث في الهجوم", ATTACK, "no own expression; Trump's call to the emir after the attack, on the evening of Mon 23 Jun 2025, before the ceasefire announcement"),
    ev("ceasefire-announced", "الإعلان الأمريكي عن اتفاق وقف إطلاق النار بين إيران وإسرائيل", ATTACK, "no own expression; Trump announced the Iran-Israel ceasefire on the evening of Mon 23 Jun 2025 in Washington, i.e. after midnight of Tue 24 Jun in Doha (my span Mon 23 - Tue 24 Jun)", end="2025-06-25"),
])
art(S, "https://www.arabkhabar.com/a/4795716",
    "2025-06-25", "the page's stamp 'تاريخ النشر: 25th, June 2025 GMT' (not part of the body, dropped); the body's 'الثلاثاء' (the meeting) and 'الإثنين' (the attacks) agree; headline kept from the page; the last, truncated sentence shortened", True, """
المجلس الوزاري لمجلس التعاون يدين هجوم إيران على قطر
عقد المجلس الوزاري لمجلس التعاون الخليجي في الدوحة، الثلاثاء، اجتماعه الاستثنائي التاسع والأربعين، للتباحث في الهجمات الصاروخية الإيرانية التي طالت قطر الإثنين.
وترأس الاجتماع وزير الخارجية الكويتي عبد الله علي اليحيا، بصفته رئيس الدورة الحالية للمجلس الوزاري لمجلس التعاون، بحضور وزير الخارجية السعودي الأمير فيصل بن فرحان بن عبد الله، ووزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان، ووزير الخارجية البحريني عبد اللطيف بن راشد الزياني، ووزير الخارجية العماني بدر بن حمد بن حمود البوسعيدي، ورئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني، والأمين العام لمجلس التعاون جاسم محمد البديوي.
وأبدى المجلس أسفه البالغ وإدانته الشديدة للهجمات الصاروخية التي نفذتها إيران على إحدى القواعد العسكرية في دولة قطر، معتبراً إياها انتهاكاً إيرانياً صريحاً ومرفوضاً وخطيراً لسيادة دولة قطر ومجالها الجوي ولمبادئ حسن الجوار، ومخالفة بيّنة للقانون الدولي وميثاق الأمم المتحدة أياً كانت الذرائع والمبررات.
كما أعلن المجلس تضامنه التام مع دولة قطر ودعمه الكامل لها في ما تتخذه من إجراءات.
""", [
    ev("gcc-emergency-meeting", "اجتماعه الاستثنائي التاسع والأربعين", GCC, "'الثلاثاء' in a report of Wed 25 Jun 2025 = Tue 24 Jun"),
    ev("udeid-attack", "الهجمات الصاروخية الإيرانية التي طالت قطر الإثنين", ATTACK, "'الإثنين' = Mon 23 Jun 2025"),
    ev("gcc-condemnation", "وأبدى المجلس أسفه البالغ وإدانته الشديدة", GCC, "no own expression; the council's statement at the meeting of Tue 24 Jun 2025"),
    ev("gcc-solidarity", "كما أعلن المجلس تضامنه التام مع دولة قطر", GCC, "no own expression; the same statement of Tue 24 Jun 2025"),
])
art(S, "https://www.al-manara.net/news71270.html",
    "2025-06-24", "no date on the stored page (only the clock stamp 'الساعة 04:09 مساءاً', dropped); the body's 'اليوم الثلاثاء' for the meeting that was held on Tue 24 Jun 2025 (mofa.gov.qa: 'الدوحة – 24 يونيو 2025'), announced as still to come ('سيعقد'), gives Tue 24 Jun 2025; the breadcrumb, the byline '(المنارة نت / وكالات)' and the comment form dropped; headline kept from the page", False, """
إجتماع استثنائي لوزراء خارجية "التعاون الخليجي" بشأن العدوان الإيراني على قطر
أفاد مجلس التعاون لدول الخليج العربية بأن وزراء خارجية دوله سيعقدون اجتماعاً استثنائياً في الدوحة، اليوم الثلاثاء، بخصوص العدوان الإيراني على دولة قطر.
وأوضح الأمين العام لمجلس التعاون جاسم محمد البديوي أن الاجتماع الاستثنائي التاسع والأربعين للمجلس الوزاري سيلتئم اليوم الثلاثاء في العاصمة القطرية الدوحة، برئاسة وزير خارجية الكويت عبدالله اليحيا، رئيس الدورة الحالية للمجلس الوزاري، وبحضور وزراء خارجية دول المجلس.
وبيّن الأمين العام أن المجلس الوزاري سيتدارس خلال انعقاده آخر تطورات الهجوم الصاروخي الإيراني الذي طال دولة قطر الشقيقة.
وشدد البديوي على أن الاجتماع يؤكد وقوف دول مجلس التعاون صفاً واحداً مع الأشقاء في قطر، ويؤكد كذلك أن أمن قطر واستقرارها جزء لا يتجزأ من أمن دول المجلس واستقرارها.
""", [
    ev("gcc-meeting-announced", "أفاد مجلس التعاون لدول الخليج العربية", GCC, "no own expression; the announcement was made on the day of the meeting, Tue 24 Jun 2025 ('سيعقدون ... اليوم الثلاثاء')"),
    ev("gcc-emergency-meeting", "سيعقدون اجتماعاً استثنائياً في الدوحة، اليوم الثلاثاء", GCC, "'اليوم الثلاثاء' = Tue 24 Jun 2025"),
    ev("udeid-attack", "الهجوم الصاروخي الإيراني الذي طال دولة قطر الشقيقة", ATTACK, "no own expression; the attack of Mon 23 Jun 2025 (arabkhabar: 'التي استهدفت قطر الإثنين')"),
])

# ---------------------------------------------------------------- kuwait-ali-al-salem-iranian-attacks-2026
S = "kuwait-ali-al-salem-iranian-attacks-2026"
SAT = "2026-02-28"                         # the first Iranian missiles and drones on Kuwait, Sat 28 Feb 2026
SUN = "2026-03-01"                         # the health ministry's toll and the army's figures, Sun 1 Mar 2026
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2026/2/28/2950176/-%D8%B9%D8%AF%D9%88%D8%A7%D9%86-%D8%B3%D8%A7%D9%81%D8%B1-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%AA-%D8%B5%D8%B9-%D8%AF-%D8%AF%D8%A8%D9%84%D9%88%D9%85%D8%A7%D8%B3%D9%8A-%D8%A7-%D9%88%D8%AA%D8%B3%D8%AA%D8%AF%D8%B9%D9%8A-%D8%A7%D9%84%D8%B3%D9%81%D9%8A%D8%B1-%D8%A7%D9%84%D8%A5%D9%8A%D8%B1%D8%A7%D9%86%D9%8A",
    "2026-02-28", "date in the URL '/2026/2/28/' and the page metadata 'date 2026-02-28'; the body's 'اليوم السبت' agrees (28 Feb 2026 was a Saturday); the sub-heading 'بيان الخارجية الكويتية' and the last, truncated sentence dropped; headline rendered from the URL slug", True, """
عدوان سافر.. الكويت تصعد دبلوماسيا وتستدعي السفير الإيراني
كشفت وزارة الخارجية الكويتية عن استدعاء سفير الجمهورية الإسلامية الإيرانية لدى البلاد، وإبلاغه إدانة دولة الكويت واستنكارها الشديدين للهجمات الإيرانية "الآثمة" على منشآت حيوية كويتية، في تحرك دبلوماسي عاجل وصفت فيه ما جرى بأنه "عدوان سافر" يستوجب رداً حازماً.
وأكدت الخارجية الكويتية، في بيان عاجل اليوم السبت، "حق الكويت الكامل والأصيل" في اتخاذ كل الإجراءات اللازمة للدفاع عن أمنها وسيادتها وردع أي عدوان على سلامة أراضيها.
وفي رسالة تضامن إقليمية، شددت الكويت على أن "أمن دول مجلس التعاون الخليجي ككل لا يتجزأ"، وأن أي مساس بسيادة دولة عضو في المجلس أو بأمنها يعد تهديداً مباشراً للأمن الجماعي للمنظومة الخليجية.
وكانت وزارة الدفاع الكويتية قد كشفت في بيان رسمي، في وقت سابق من اليوم السبت، عن سقوط مصابين بين منتسبي القوات المسلحة جراء الهجوم الجوي الواسع على البلاد.
وأوضح البيان أن 3 عسكريين أصيبوا بشظايا وصواريخ سقطت في "قاعدة علي السالم" الجوية، خلال تصدي منظومات الدفاع الجوي لرشقات من الصواريخ الباليستية والطائرات المسيرة الإيرانية التي استهدفت المنشآت الحيوية.
""", [
    ev("ambassador-summoned", "استدعاء سفير الجمهورية الإسلامية الإيرانية لدى البلاد", SAT, "no own expression; the summons announced in the statement of 'اليوم السبت' = Sat 28 Feb 2026 (okaz: 'أمس السبت')"),
    ev("mfa-statement", "في بيان عاجل اليوم السبت", SAT, "'اليوم السبت' = Sat 28 Feb 2026"),
    ev("defence-ministry-statement", "وكانت وزارة الدفاع الكويتية قد كشفت في بيان رسمي", SAT, "'في وقت سابق من اليوم السبت' = Sat 28 Feb 2026"),
    ev("ali-al-salem-soldiers-injured", "أن 3 عسكريين أصيبوا بشظايا وصواريخ", SAT, "no own expression; the injuries reported in the defence ministry's statement of Sat 28 Feb 2026"),
    ev("iranian-attacks", "لرشقات من الصواريخ الباليستية والطائرات المسيرة الإيرانية", SAT, "no own expression; the first Iranian salvoes on Kuwait on Sat 28 Feb 2026 (the day of the statement)"),
])
art(S, "https://www.okaz.com.sa/politics/na/2238029",
    "2026-03-01", "no date line in the stored text; the page metadata 'date 2026-03-01' gives Sun 1 Mar 2026; the body's 'أمس السبت' for the summons of Sat 28 Feb 2026 agrees; the sub-headings ('استهداف المدنيين ومطار الكويت الدولي', 'حق دولة الكويت الكامل في الرد') and the last, truncated words dropped; headline written from the body (the stored text has none)", True, """
الكويت تستدعي سفير إيران وتدين الهجمات الإيرانية
استدعت وزارة الخارجية الكويتية، عبر نائب وزير الخارجية بالوكالة السفير عزيز رحيم الديحاني، أمس السبت، سفير إيران لدى الكويت محمد توتونجي، وأبلغته إدانة دولة الكويت واستنكارها الشديدين للهجمات الإيرانية الآثمة التي طالت البلاد بالصواريخ الباليستية والطائرات المسيرة، في انتهاك صارخ لسيادة دولة الكويت وأجوائها ولميثاق الأمم المتحدة والقانون الدولي.
وشددت الوزارة على أن هذه الهجمات، ولا سيما ما استهدف منها مطار الكويت الدولي، تخالف صراحة القانون الدولي الإنساني الذي يحظر استهداف المرافق المدنية وتعريض المدنيين للخطر.
وجددت الوزارة تأكيد حق دولة الكويت الكامل والأصيل في الدفاع عن نفسها بموجب المادة 51 من ميثاق الأمم المتحدة رداً على هذا العدوان السافر، بما يتناسب مع حجمه وشكله ويتوافق مع القانون الدولي، واتخاذ كل الإجراءات اللازمة لحماية أراضيها وشعبها والمقيمين فيها.
وأكدت الوزارة كذلك أن أمن دول مجلس التعاون لدول الخليج العربية واستقرارها كل لا يتجزأ، وأن أي مساس بسيادة أي دولة عضو في المجلس يعد تهديداً مباشراً.
""", [
    ev("ambassador-summoned", "استدعت وزارة الخارجية الكويتية", SAT, "'أمس السبت' in an article of Sun 1 Mar 2026 = Sat 28 Feb"),
    ev("iranian-attacks", "للهجمات الإيرانية الآثمة التي طالت البلاد", SAT, "no own expression; the Iranian missiles and drones of Sat 28 Feb 2026, condemned at the summons of that day"),
    ev("airport-targeted", "ما استهدف منها مطار الكويت الدولي", SAT, "no own expression; the drones on Kuwait International Airport on the evening of Sat 28 Feb 2026 (shorouknews of 1 Mar: 'مساء السبت'), named in the statement of that day"),
])
art(S, "https://sana.sy/health/2415558/",
    "2026-03-01", "no date on the stored page; the body's 'اليوم الأحد' for the health ministry's toll of one dead, issued on Sun 1 Mar 2026 (shorouknews and shafaq, both dated 1 Mar: 'الأحد'), with 'أمس السبت' for the 12 injured of Sat 28 Feb and 'لليوم الثاني', gives Sun 1 Mar 2026; the dateline 'الكويت-سانا' dropped; headline written from the body (the stored text has none)", False, """
الكويت: قتيل و20 مصاباً جراء الاعتداءات الإيرانية
أفادت وزارة الصحة الكويتية بمقتل شخص وإصابة 20 آخرين اليوم الأحد، جميعهم من جنسيات أجنبية، بسبب الاعتداءات الإيرانية.
ونقلت وكالة الأنباء الكويتية (كونا) عن الناطق باسم الوزارة عبد الله السند قوله: "تم الإعلان عن حالة وفاة واحدة، ونقل 15 حالة إلى مستشفى جابر لاستكمال الرعاية الطبية التخصصية، فيما استمرت متابعة بقية الحالات في مستشفى العدان، كما أُدخلت 5 حالات إلى غرف العمليات لإجراء التدخلات الجراحية اللازمة".
وبهذا يصل عدد المصابين من جراء الاعتداءات الإيرانية المتواصلة على الكويت لليوم الثاني إلى 32، إذ كانت وزارة الصحة الكويتية قد أعلنت أمس السبت إصابة 12 شخصاً.
وتتعرض كل من الكويت والسعودية والبحرين وقطر والإمارات وسلطنة عمان والأردن لاعتداءات إيرانية بالصواريخ عقب الهجوم الأمريكي الإسرائيلي المشترك على إيران.
""", [
    ev("sunday-toll", "بمقتل شخص وإصابة 20 آخرين اليوم الأحد", SUN, "'اليوم الأحد' = Sun 1 Mar 2026"),
    ev("attacks-two-days", "الاعتداءات الإيرانية المتواصلة على الكويت لليوم الثاني", SAT, "'لليوم الثاني' on Sun 1 Mar 2026 = the attacks of Sat 28 Feb - Sun 1 Mar", end="2026-03-02"),
    ev("saturday-12-injured", "قد أعلنت أمس السبت إصابة 12 شخصاً", SAT, "'أمس السبت' from Sun 1 Mar 2026 = Sat 28 Feb"),
    ev("us-israel-attack-on-iran", "الهجوم الأمريكي الإسرائيلي المشترك على إيران", SAT, "no own expression; the joint US-Israeli attack on Iran began on Sat 28 Feb 2026 (shorouknews of 7 Mar: 'منذ بداية الهجمات الإيرانية في 28 فبراير الماضي')"),
])
art(S, "https://www.albayan.ae/news/middle-east/kuwait/1105608",
    "2026-03-02", "no date line in the stored text; the page metadata 'date 2026-03-02' gives Mon 2 Mar 2026; the body's 'أمس' for the army's figures of Sun 1 Mar 2026 (shorouknews of 1 Mar: 'في وقت سابق من الأحد') agrees; the repeated sentence on the debris (the page gives it twice) kept once; the last, truncated sentence dropped; headline written from the body (the stored text has none)", True, """
الكويت: التعامل مع 97 صاروخاً إيرانياً و283 مسيّرة
أعلن الجيش الكويتي، أمس، أن دفاعاته تصدت لـ97 صاروخاً إيرانياً و283 مسيّرة منذ بداية العدوان الإيراني.
وأوضح أن التصدي الناجح للصواريخ والمسيرات نتج عنه تساقط شظايا على عدد من المنشآت في مناطق متفرقة من البلاد، مخلفاً أضراراً مادية بسيطة.
وذكر المتحدث الرسمي باسم وزارة الدفاع، العقيد الركن سعود العطوان، أن سلاح الدفاع الجوي نجح في التعامل مع عدد من الصواريخ البالستية والمسيّرات المتجهة نحو أراضي دولة الكويت وتدميرها. وبيّن العطوان أنه رُصد منذ بدء الهجوم 97 صاروخاً بالستياً إيرانياً أُطلقت نحو دولة الكويت و283 طائرة مسيرة، جرى التعامل معها وفق قواعد الاشتباك.
ومن جانبها أعلنت وزارة الصحة في الكويت سقوط قتيل و32 مصاباً في الهجمات الإيرانية على البلاد.
ونقلت وكالة الأنباء الكويتية عن وزارة الصحة إعلانها "حالة وفاة واحدة، واستقبال 32 مصاباً عبر قسم الطوارئ في مستشفى العدان على خلفية التطورات الراهنة في المنطقة".
""", [
    ev("army-97-missiles", "أن دفاعاته تصدت لـ97 صاروخاً إيرانياً و283 مسيّرة", SUN, "'أمس' in an article of Mon 2 Mar 2026 = Sun 1 Mar"),
    ev("iranian-attacks", "منذ بدء الهجوم", SAT, "no own expression; the Iranian attacks on Kuwait began on Sat 28 Feb 2026 (masrawy of that day)"),
    ev("debris-damage", "تساقط شظايا على عدد من المنشآت", SAT, "no own expression; the debris of the interceptions since the start of the attacks, Sat 28 Feb - Sun 1 Mar 2026 (my span)", end="2026-03-02"),
    ev("sunday-toll", "سقوط قتيل و32 مصاباً", SUN, "no own expression; the health ministry's toll of Sun 1 Mar 2026 (sana: 'اليوم الأحد')"),
])

# ---------------------------------------------------------------- saudi-kharj-prince-sultan-base-attacks-2026
S = "saudi-kharj-prince-sultan-base-attacks-2026"
SAT7 = "2026-03-07"                        # the missile towards Prince Sultan air base that fell in an empty area, Sat 7 Mar 2026
SUN8 = "2026-03-08"                        # the projectile on a residential site at al-Kharj (2 dead, 12 injured), Sun 8 Mar 2026
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2026/3/7/2953883/%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%B3%D9%82%D9%88%D8%B7-%D8%B5%D8%A7%D8%B1%D9%88%D8%AE-%D8%A8%D8%A7%D9%84%D9%8A%D8%B3%D8%AA%D9%8A-%D9%83%D8%A7%D9%86-%D9%85%D8%AA%D8%AC%D9%87%D8%A7-%D9%86%D8%AD%D9%88-%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D9%8A%D8%B1-%D8%B3%D9%84%D8%B7%D8%A7%D9%86",
    "2026-03-07", "date in the URL '/2026/3/7/' and the page metadata 'date 2026-03-07'; the body's 'مساء السبت' agrees (7 Mar 2026 was a Saturday); headline rendered from the URL slug", True, """
الدفاع السعودية: سقوط صاروخ باليستي كان متجها نحو قاعدة الأمير سلطان
أفادت وزارة الدفاع السعودية بسقوط صاروخ باليستي في منطقة غير مأهولة بعد إطلاقه نحو قاعدة الأمير سلطان الجوية.
وذكر المتحدث الرسمي باسم وزارة الدفاع اللواء الركن تركي المالكي أن الصاروخ الباليستي الذي أُطلق صوب القاعدة سقط في منطقة خالية من السكان.
وفي وقت سابق من اليوم، أعلنت وزارة الدفاع السعودية اعتراض مسيّرة وتدميرها شرق العاصمة الرياض.
وأعلن اللواء الركن تركي المالكي، في بيان أصدره مساء السبت، اعتراض المسيّرة وتدميرها شرق مدينة الرياض.
وقبل ذلك، أفاد بأن منظومة الدفاع تصدت لـ 4 مسيرات إيرانية حاولت ضرب شرق العاصمة الرياض، إلى جانب تدمير مسيرة أخرى كانت متجهة نحو شمال شرق الرياض.
وترفض الرياض الهجمات الإيرانية السافرة والجبانة على المملكة وتدينها بأشد العبارات، مؤكدة أنه لا يمكن تبريرها بأي ذريعة أو بأي شكل، وأنها وقعت رغم علم السلطات الإيرانية بأن المملكة أكدت أنها لن تسمح باستخدام أجوائها وأراضيها لاستهداف إيران.
""", [
    ev("prince-sultan-missile-fell", "بسقوط صاروخ باليستي في منطقة غير مأهولة", SAT7, "no own expression; the announcement of Sat 7 Mar 2026, the day of the report (its other events are 'في وقت سابق من اليوم' and 'مساء السبت')"),
    ev("riyadh-drone-intercepted", "في بيان أصدره مساء السبت", SAT7, "'مساء السبت' = Sat 7 Mar 2026"),
    ev("four-drones-east-riyadh", "تصدت لـ 4 مسيرات إيرانية", SAT7, "'وقبل ذلك' = earlier on Sat 7 Mar 2026, before the evening statement"),
])
art(S, "https://www.elbalad.news/6895917",
    "2026-03-08", "no date on the stored page; the body's 'مساء اليوم الأحد' for the interception and 'مساء الأحد' for the al-Kharj projectile, which fell on Sun 8 Mar 2026 (aletihad, albayan, lbcgroup, all dated 8 Mar: 'اليوم الأحد'), give Sun 8 Mar 2026; headline written from the body (the stored text has none); the blank lines dropped", False, """
السعودية: اعتراض صاروخ باليستي أُطلق باتجاه قاعدة الأمير سلطان الجوية
أعلنت وزارة الدفاع السعودية، مساء اليوم الأحد، اعتراض صاروخ باليستي وتدميره بعد إطلاقه صوب قاعدة الأمير سلطان الجوية.
وقال المتحدث الرسمي باسم الوزارة اللواء الركن تركي المالكي في بيان: "تم اعتراض وتدمير صاروخ باليستي أُطلق باتجاه قاعدة الأمير سلطان الجوية".
وفي وقت سابق، ذكر المتحدث الرسمي لوزارة الدفاع السعودية أنه جرى "اعتراض وتدمير مسيّرة في الربع الخالي متجهة إلى حقل شيبة".
كما أعلن الدفاع المدني السعودي مساء الأحد سقوط مقذوف عسكري على موقع سكني في محافظة الخرج، ما أدى إلى وفاة شخصين وإصابة 12 مقيماً.
وأكد المتحدث الرسمي للدفاع المدني أن "محاولات استهداف الأعيان المدنية انتهاك صارخ للقانون الدولي الإنساني، وقد تم تنفيذ الإجراءات المعتمدة في مثل هذه الحالات".
وكانت وزارة الدفاع قد أعلنت اعتراض صاروخين باليستيين وتدميرهما بعد إطلاقهما نحو قاعدة الأمير سلطان، واعتراض مسيرة وتدميرها شرق مدينة الرياض، إلى جانب اعتراض مسيرات أخرى في الربع الخالي كانت في طريقها إلى حقل شيبة وتدميرها.
""", [
    ev("prince-sultan-missile-intercepted", "اعتراض صاروخ باليستي وتدميره بعد إطلاقه صوب قاعدة الأمير سلطان الجوية", SUN8, "'مساء اليوم الأحد' = Sun 8 Mar 2026"),
    ev("shaybah-drone-intercepted", "اعتراض وتدمير مسيّرة في الربع الخالي متجهة إلى حقل شيبة", SUN8, "'في وقت سابق' of Sun 8 Mar 2026 (aletihad and marebpress of 8 Mar: the Shaybah drone 'اليوم الأحد')"),
    ev("kharj-projectile", "سقوط مقذوف عسكري على موقع سكني في محافظة الخرج", SUN8, "'مساء الأحد' = Sun 8 Mar 2026"),
    ev("civil-defence-statement", "وأكد المتحدث الرسمي للدفاع المدني", SUN8, "no own expression; the civil defence statement on the al-Kharj projectile, Sun 8 Mar 2026"),
])
art(S, "https://kuwaitnews.com/124880/",
    "2026-03-08", "no date line in the stored text; the page metadata 'date 2026-03-08' gives Sun 8 Mar 2026; the body's 'اليوم الأحد' agrees; the section label 'وزارة الخارجية' and the '×' dropped; headline kept from the page", True, """
دولة الكويت تدين وتستنكر العدوان الإيراني الآثم على منشأة سكنية بمدينة الخرج السعودية
عبّرت وزارة الخارجية عن إدانة دولة الكويت واستنكارها الشديدين للعدوان الإيراني الآثم على منشأة سكنية في مدينة الخرج بالمملكة العربية السعودية الشقيقة، والذي أودى بحياة اثنين من المدنيين الأبرياء وأوقع مصابين آخرين.
وشددت الخارجية في بيان أصدرته اليوم الأحد على رفض دولة الكويت القاطع لهذه الأعمال العدوانية التي تطال المدنيين وتهدد أمن المنطقة واستقرارها، في خرق صارخ للقانون الدولي ومبادئه.
وأعلنت تضامن دولة الكويت التام مع المملكة العربية السعودية الشقيقة، ودعمها لكل ما تتخذه من إجراءات لصون أمنها واستقرارها.
وقدمت أصدق التعازي والمواساة لحكومة المملكة العربية السعودية الشقيقة وشعبها ولذوي الضحايا، راجية الشفاء العاجل للمصابين.
""", [
    ev("kharj-projectile", "للعدوان الإيراني الآثم على منشأة سكنية في مدينة الخرج", SUN8, "no own expression; the projectile of Sun 8 Mar 2026 (elbalad: 'مساء الأحد'), condemned the same day"),
    ev("kuwait-condemnation", "في بيان أصدرته اليوم الأحد", SUN8, "'اليوم الأحد' = Sun 8 Mar 2026"),
    ev("kuwait-solidarity", "وأعلنت تضامن دولة الكويت التام مع المملكة العربية السعودية", SUN8, "no own expression; the same statement of Sun 8 Mar 2026"),
])
art(S, "https://sana.sy/locals/2421662/",
    "2026-03-09", "no date line in the stored text; the page metadata 'date 2026-03-09' gives Mon 9 Mar 2026; the body's 'فجر اليوم الإثنين' and 'أمس الأحد' agree (9 Mar 2026 was a Monday); the dateline 'دمشق-سانا' dropped; headline written from the body (the stored text has none)", True, """
سوريا تدين الاعتداء الإيراني على منشأة سكنية في الخرج بالسعودية
نددت وزارة الخارجية والمغتربين السورية بالاعتداء الإيراني على منشأة سكنية في مدينة الخرج بالمملكة العربية السعودية، والذي تسبب في وفاة اثنين من المدنيين وإصابة آخرين.
وعبّرت الوزارة في بيان أصدرته فجر اليوم الإثنين عن "الرفض القاطع لأي أعمال عدوانية تستهدف المدنيين والتجمعات السكنية"، ودعت إلى وجوب احترام القوانين والأعراف الدولية في حماية المدنيين.
وأكدت الوزارة في بيانها كذلك تضامن الجمهورية العربية السورية مع المملكة العربية السعودية الشقيقة في هذا المصاب.
وقُتل شخصان وجُرح 12 آخرون إثر سقوط "مقذوف عسكري" في محافظة الخرج جنوب الرياض، وفق ما أعلنه الدفاع المدني السعودي أمس الأحد، بينما تواصل إيران قصف دول خليجية رداً على الهجوم الأميركي الإسرائيلي عليها.
وقال المتحدث باسم الدفاع المدني في منشور على منصة إكس إن "المقذوف سقط على موقع سكني لإحدى شركات الصيانة والنظافة بمحافظة الخرج"، لافتاً إلى مقتل شخصين من الجنسيتين الهندية والبنغلادشية وإصابة 12 آخرين.
""", [
    ev("syria-condemnation", "في بيان أصدرته فجر اليوم الإثنين", "2026-03-09", "'فجر اليوم الإثنين' = Mon 9 Mar 2026"),
    ev("kharj-projectile", "وقُتل شخصان وجُرح 12 آخرون", SUN8, "'أمس الأحد' from Mon 9 Mar 2026 = Sun 8 Mar"),
    ev("civil-defence-statement", "وفق ما أعلنه الدفاع المدني السعودي أمس الأحد", SUN8, "'أمس الأحد' = Sun 8 Mar 2026"),
    ev("us-israel-attack-on-iran", "الهجوم الأميركي الإسرائيلي عليها", "2026-02-28", "no own expression; the US-Israeli attack on Iran began on Sat 28 Feb 2026 (lbcgroup of 8 Mar: 'منذ اندلاع الحرب في الشرق الأوسط في 28 شباط')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 564
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 647-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: water and power: long power cuts, water cuts and
rationing, dam and reservoir levels, drought measures.
Stories: the Litani authority's drought halt of the Abd al-Al hydro plant (Qaraoun lake at 62 million m3) and
the protests against the power rationing in West Bekaa (Lebanon, March 2025); the 10-hour water cut in Mit
Okba, Agouza, Dokki and Ahmed Orabi for the diversion of an 800 mm main clashing with the 6 October monorail
(Giza, Egypt, January 2026); the week of programmed power cuts for the maintenance of transformer substations
(Kuwait, February 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-litani-abd-al-al-drought-halt-2025
S = "lebanon-litani-abd-al-al-drought-halt-2025"
HALT = ("2025-03-17", "2025-04-28")        # Abd al-Al stopped, Arqash and Helou cut back, six weeks from Mon 17 Mar 2025
LEVEL = "2025-03-17"                       # Qaraoun stock of 62 million m3 given in the statement of Mon 17 Mar 2025
PROTEST = "2025-03-20"                     # demonstrations, road closures, open sit-in at Mashghara, Thu 20 Mar 2025
SITIN = "2025-03-22"                       # sit-in before the Litani authority's centre near the Qaraoun dam, Sat 22 Mar 2025
art(S, "https://aljadeed.tv/news/%D9%85%D8%AD%D9%84%D9%8A%D8%A7%D8%AA/526734/%D8%A7%D9%84%D8%AC%D9%81%D8%A7%D9%81-%D8%A7%D9%84%D8%AD%D8%A7%D8%AF-%D9%8A%D8%AC%D8%A8%D8%B1-%D9%85%D8%B5%D9%84%D8%AD%D8%A9-%D8%A7%D9%84%D9%84%D9%8A%D8%B7%D8%A7%D9%86%D9%8A-%D8%B9%D9%84%D9%89-%D8%AA%D9%88%D9%82%D9%8A%D9%81-%D9%85%D8%B9%D8%A7%D9%85%D9%84-%D9%83%D9%87%D8%B1%D9%88%D9%85%D8%A7%D8%A6%D9%8A%D8%A9",
    "2025-03-17", "the stamp '2025-03-17 | 04:36' under the headline (not kept in the text); the body's 'اعتبارًا من 17 آذار 2025' agrees; the breaking-news ticker above the article dropped; the last word, cut in the stored text at 'الذ', completed as 'الذروة'", True, """
الجفاف الحاد يرغم "مصلحة الليطاني" على إيقاف معامل كهرومائية
كشفت المصلحة الوطنية لنهر الليطاني عن إيقاف معمل عبد العال بشكل كامل، وعن إيقاف جزئي لمعملي أرقش وحلو لمدة ستة أسابيع، اعتبارًا من 17 آذار 2025، بسبب الجفاف الحاد الذي يضرب لبنان هذا العام، وهو الأسوأ منذ أكثر من 65 عامًا.
وبيّنت المصلحة أن مخزون بحيرة القرعون هبط إلى 62 مليون متر مكعب، أي ما يوازي 25% فقط من معدله الطبيعي، وهو ما فرض اللجوء إلى هذا الإجراء حفاظاً على كميات المياه اللازمة لتغذية مشاريع الري خلال فصل الصيف، وضماناً لإنتاج الطاقة الكهرومائية خلال ساعات الذروة.
""", [
    ev("plants-halt", "إيقاف معمل عبد العال بشكل كامل", HALT[0], "'لمدة ستة أسابيع، اعتبارًا من 17 آذار 2025' = Mon 17 Mar - Sun 27 Apr 2025", HALT[1]),
    ev("qaraoun-low", "مخزون بحيرة القرعون هبط إلى 62 مليون متر مكعب", LEVEL, "no own expression; the stock given in the statement that announced the halt from 17 Mar 2025"),
    ev("hydro-peak-hours", "وضماناً لإنتاج الطاقة الكهرومائية خلال ساعات الذروة", HALT[0], "no own expression; the reason of the six-week halt from 17 Mar 2025 (the plants keep running only at peak hours)", HALT[1]),
])
art(S, "https://www.mtv.com.lb/amp/details/1558308",
    "2025-03-20", "the stamp '3/20/2025 10:09:57 PM' under the headline (not kept in the text; the text itself has no date); the site's footer and menu dropped", False, """
تظاهرات احتجاجية في البقاع الغربي... ما السبب؟
خرجت تظاهرات اعتراضاً على "حرمان القرى الواقعة جنوب سد القرعون في البقاع الغربي من الكهرباء"، وعلى "القرار الذي قضى بإخراج ثماني قرى (ميذون، عين التينة، مشغرة، سحمر، يحمر، زلايا، قليا ولبايا) من التغذية الكهربائية الآتية من معمل عبد العال الكهرومائي، وبإيقاف المعمل عن العمل بحجة نقص المياه في بحيرة القرعون".
وأكد المحتجون أن التقنين يتخطى الساعات العشر، في مقابل ثلاث ساعات تغذية. وتخلل التحرك قطع طرق مشغرة وعين التينة وميذون.
كذلك أقام الأهالي "اعتصاماً مفتوحاً" قبالة شركة الكهرباء في مشغرة، إلى أن تعود التغذية كما كانت سابقا.
""", [
    ev("west-bekaa-protests", "خرجت تظاهرات اعتراضاً", PROTEST, "no own expression; reported as just held on the evening of Thu 20 Mar 2025 (mtv stamp 10:09 PM)"),
    ev("plants-halt", "وبإيقاف المعمل عن العمل بحجة نقص المياه في بحيرة القرعون", HALT[0], "no own expression; the Litani authority's halt of Abd al-Al for six weeks from 17 Mar 2025 (aljadeed)", HALT[1]),
    ev("qaraoun-low", "نقص المياه في بحيرة القرعون", LEVEL, "no own expression; the low stock (62 million m3) given on 17 Mar 2025 as the reason of the halt"),
    ev("road-closures", "قطع طرق مشغرة وعين التينة وميذون", PROTEST, "no own expression; part of the protests of Thu 20 Mar 2025"),
    ev("mashghara-open-sit-in", "أقام الأهالي \"اعتصاماً مفتوحاً\" قبالة شركة الكهرباء في مشغرة", PROTEST, "no own expression; begun with the protests of Thu 20 Mar 2025 (open-ended; only its first day is gold)"),
])
art(S, "https://www.arabkhabar.com/a/4372432",
    "2025-03-22", "the line 'تاريخ النشر: 22nd, March 2025 GMT' of the aggregator (copy of Lebanon 24; not kept in the text, which has no date); the aggregator's crawl line '2025-07-05@13:06:18' is not the publication day; 'رئيس الاتحاد يحيى ضاهر' completed from other copies of the same report (hoseinmortada, lebanos); the last, truncated sentence dropped", False, """
اعتصام احتجاجي واسع لأهالي البقاع الغربي وراشيا رفضا للتقنين الكهربائي
احتشد عدد من أهالي البقاع الغربي وراشيا في تحرك احتجاجي واسع قبالة مركز المصلحة الوطنية لنهر الليطاني بالقرب من سد بحيرة القرعون، رفضاً لـ"التقنين القاسي الذي تعانيه المنطقة منذ أسابيع نتيجة قرار مؤسسة كهرباء لبنان ووزير الطاقة، إذ تبلغ ساعات التقنين قرابة 18 ساعة".
وأعلن اتحاد بلديات البحيرة، الذي دعا إلى الاعتصام إلى جانب بلديات المنطقة، عن إنشاء لجنة لمتابعة هذا الملف.
وتساءل رئيس الاتحاد يحيى ضاهر: "أليست الكهرباء من أبرز مقومات العيش الكريم؟ كيف تستطيع العائلات تسيير شؤونها في ظل هذه الانقطاعات المتكررة التي تتلف الأجهزة وتعطّل الحياة وتضاعف المعاناة الاقتصادية؟ لا طاقة لأهالي المنطقة على مواجهة أي انقطاع في الكهرباء، فلا بنية تحتية بديلة ولا مولدات توفر التغذية حين تنقطع الكهرباء، ولا قدرة لهم على دفع اشتراكَي كهرباء شهريًا".
""", [
    ev("qaraoun-sit-in", "احتشد عدد من أهالي البقاع الغربي وراشيا في تحرك احتجاجي واسع", SITIN, "no own expression; reported as just held on the day of publication, Sat 22 Mar 2025 (doubtful by a day: the report may be of Fri 21 Mar)"),
    ev("follow-up-committee", "عن إنشاء لجنة لمتابعة هذا الملف", SITIN, "no own expression; announced at the sit-in of Sat 22 Mar 2025"),
    ev("daher-statement", "وتساءل رئيس الاتحاد يحيى ضاهر", SITIN, "no own expression; said at the sit-in of Sat 22 Mar 2025"),
])

# ---------------------------------------------------------------- egypt-giza-monorail-pipe-water-cut-jan-2026
S = "egypt-giza-monorail-pipe-water-cut-jan-2026"
CUT = ("2026-01-23", "2026-01-25")         # water cut from 8 pm Fri 23 Jan to 6 am Sat 24 Jan 2026 (veto: 9 pm - 7 am)
BACK = "2026-01-24"                        # water back on the morning of Sat 24 Jan 2026
NOTICE = "2026-01-22"                      # the water company's notice, Thu 22 Jan 2026
art(S, "https://www.masrawy.com/news/news_egypt/details/2026/1/22/2929869/%D9%84%D9%85%D8%AF%D8%A9-10-%D8%B3%D8%A7%D8%B9%D8%A7%D8%AA-%D9%82%D8%B7%D8%B9-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87-%D8%B9%D9%86-%D9%87%D8%B0%D9%87-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D8%B7%D9%82-%D8%A8%D8%A7%D9%84%D8%AC%D9%8A%D8%B2%D8%A9-",
    "2026-01-22", "the date 2026/1/22 in the URL path (Thu 22 Jan 2026); the body's 'غدًا الجمعة الموافق 23 يناير 2026' agrees; the text gives no full date of its own publication; headline rendered from the URL slug", False, """
لمدة 10 ساعات.. قطع المياه عن هذه المناطق بالجيزة
أفادت شركة مياه الشرب والصرف الصحي بالجيزة بأنها ستقطع المياه غدًا الجمعة الموافق 23 يناير 2026 عن عدد من المناطق.
وأوضحت الشركة أن المناطق التي سيطالها القطع في الجيزة هي: ميت عقبة – العجوزة – الدقي – أحمد عرابي ومتفرعاته، لمدة 10 ساعات، اعتبارًا من الساعة الثامنة مساء يوم الجمعة الموافق 23 يناير 2026، وحتى الساعة السادسة صباح يوم السبت الموافق 24 يناير 2026.
وعزت الشركة القطع إلى تنفيذ أعمال لتحويل مسار خط مياه شرب قطره 800 مم، استجابة لطلب الهيئة القومية للأنفاق، بسبب تعارض الخط مع مسار مونوريل مدينة 6 أكتوبر، في المسافة الممتدة من شارع السودان حتى شارع لبنان.
وناشدت الشركة المواطنين وأصحاب المخابز والمستشفيات تدبير ما يحتاجونه من المياه طوال فترة الانقطاع.
وأكدت أنها ستوفر سيارات مياه صالحة للشرب في المناطق المتأثرة، ويمكن طلبها عبر الخط الساخن 125، إلى أن تنتهي الأعمال ويعود ضخ المياه للمواطنين.
""", [
    ev("company-notice", "أفادت شركة مياه الشرب والصرف الصحي بالجيزة بأنها ستقطع المياه", NOTICE, "no own expression; the notice reported on Thu 22 Jan 2026 (URL date), the day before 'غدًا الجمعة'"),
    ev("water-cut", "ستقطع المياه غدًا الجمعة الموافق 23 يناير 2026 عن عدد من المناطق", CUT[0], "'غدًا الجمعة الموافق 23 يناير 2026', from 8 pm Fri 23 to 6 am Sat 24 Jan 2026", CUT[1]),
    ev("pipe-diversion", "تنفيذ أعمال لتحويل مسار خط مياه شرب قطره 800 مم", CUT[0], "no own expression; the works done during the cut of Fri 23 - Sat 24 Jan 2026", CUT[1]),
    ev("water-trucks", "ستوفر سيارات مياه صالحة للشرب في المناطق المتأثرة", CUT[0], "no own expression; during the cut of Fri 23 - Sat 24 Jan 2026", CUT[1]),
    ev("water-back", "ويعود ضخ المياه للمواطنين", BACK, "no own expression; at the end of the works, 'الساعة السادسة صباح يوم السبت الموافق 24 يناير 2026'"),
])
art(S, "https://www.elbalad.news/6844813",
    "2026-01-23", "the page date 2026-01-23 and the body's 'مساء اليوم الجمعة الموافق 23 يناير 2026' (Fri 23 Jan 2026); the menu line of the site dropped; no headline in the stored text, written from the body; the sub-heading 'تنفيذ أعمال تحويل مسار خط مياه شرب' dropped", True, """
قطع المياه 10 ساعات عن ميت عقبة والعجوزة والدقي
أعلنت شركة مياه الشرب والصرف الصحي بالجيزة قطع المياه عن مجموعة من المناطق، هي: ميت عقبة – العجوزة – الدقي – أحمد عرابي ومتفرعاته، لمدة 10 ساعات، بدءاً من الساعة الثامنة مساء اليوم الجمعة الموافق 23 يناير 2026، وحتى الساعة السادسة صباح يوم السبت الموافق 24 يناير 2026.
وردّت الشركة قطع المياه إلى تنفيذ أعمال تحويل مسار خط مياه شرب بقطر 800 مم، بطلب من الهيئة القومية للأنفاق، لأن الخط يتعارض مع مسار مونوريل مدينة 6 أكتوبر، في المسافة بين شارع السودان وشارع لبنان.
وتدعو الشركة المواطنين وأصحاب المخابز والمستشفيات إلى تدبير احتياجاتهم من المياه أثناء فترة الانقطاع.
كما تؤكد الشركة أنها توفر سيارات مياه صالحة للشرب في المناطق المتأثرة، ويُرجى عند طلبها الاتصال بالخط الساخن 125، لحين الانتهاء من الأعمال وعودة ضخ المياه للمواطنين.
""", [
    ev("water-cut", "أعلنت شركة مياه الشرب والصرف الصحي بالجيزة قطع المياه عن مجموعة من المناطق", CUT[0], "'الساعة الثامنة مساء اليوم الجمعة الموافق 23 يناير 2026' to 'الساعة السادسة صباح يوم السبت الموافق 24 يناير 2026'", CUT[1]),
    ev("pipe-diversion", "أعمال تحويل مسار خط مياه شرب بقطر 800 مم", CUT[0], "no own expression; the works done during the cut of Fri 23 - Sat 24 Jan 2026", CUT[1]),
    ev("water-trucks", "توفر سيارات مياه صالحة للشرب في المناطق المتأثرة", CUT[0], "no own expression; during the cut of Fri 23 - Sat 24 Jan 2026", CUT[1]),
    ev("water-back", "وعودة ضخ المياه للمواطنين", BACK, "no own expression; at the end of the cut, 6 am Sat 24 Jan 2026"),
])
art(S, "https://www.vetogate.com/5578893",
    "2026-01-23", "the page date 2026-01-23 and the body's 'مساء اليوم الجمعة الموافق 23 يناير 2026' (Fri 23 Jan 2026); the font-size widget line dropped; no headline in the stored text, written from the body; the last, truncated paragraph (the appeal to the residents) dropped", True, """
قطع المياه 10 ساعات عن مناطق حيوية بالجيزة
كشفت محافظة الجيزة عن قطع مياه الشرب عن عدد من المناطق الحيوية الواقعة في نطاقها، منها ميت عقبة والعجوزة والدقي وشارع أحمد عرابي ومتفرعاته، لمدة 10 ساعات متواصلة، في إطار أعمال فنية تجريها شركة مياه الشرب والصرف الصحي بالجيزة.
وبيّنت المحافظة أن الانقطاع يبدأ اعتبارًا من الساعة التاسعة مساء اليوم الجمعة الموافق 23 يناير 2026، ويمتد حتى الساعة السابعة صباح غدا السبت الموافق 24 يناير 2026، على أن تعود المياه تدريجيًا فور الانتهاء من الأعمال المقررة.
سبب قطع المياه في الجيزة
وذكرت محافظة الجيزة أن سبب القطع هو تنفيذ أعمال تحويل مسار خط مياه شرب رئيسي بقطر 800 مم، بطلب من الهيئة القومية للأنفاق، لتعارض مسار الخط مع مشروع مونوريل مدينة السادس من أكتوبر.
وأضافت أن أعمال التحويل تجري في المسافة الممتدة من شارع السودان حتى شارع لبنان، في إطار التنسيق بين الجهات التنفيذية المختلفة، لضمان إتمام مشروعات النقل القومي دون المساس بكفاءة شبكات المرافق العامة.
""", [
    ev("water-cut", "كشفت محافظة الجيزة عن قطع مياه الشرب عن عدد من المناطق الحيوية", CUT[0], "'الساعة التاسعة مساء اليوم الجمعة الموافق 23 يناير 2026' to 'الساعة السابعة صباح غدا السبت الموافق 24 يناير 2026'", CUT[1]),
    ev("water-back", "على أن تعود المياه تدريجيًا", BACK, "no own expression; at the end of the works, 7 am 'غدا السبت الموافق 24 يناير 2026'"),
    ev("pipe-diversion", "تنفيذ أعمال تحويل مسار خط مياه شرب رئيسي بقطر 800 مم", CUT[0], "no own expression; the works done during the cut of Fri 23 - Sat 24 Jan 2026", CUT[1]),
])

# ---------------------------------------------------------------- kuwait-substation-maintenance-power-cuts-feb-2025
S = "kuwait-substation-maintenance-power-cuts-feb-2025"
MAINT = ("2025-02-15", "2025-02-23")       # maintenance of transformer substations with 4-hour daily cuts, Sat 15 - Sat 22 Feb 2025
CUTS24 = "2024-06-19"                      # the programmed cuts of the summer crisis of 2024 (first day, Wed 19 Jun 2024)
art(S, "https://ecogenarabia.com/%d9%82%d8%b7%d8%b9-%d8%a7%d9%84%d9%83%d9%87%d8%b1%d8%a8%d8%a7%d8%a1-%d9%81%d9%8a-%d8%a7%d9%84%d9%83%d9%88%d9%8a%d8%aa-%d9%84%d9%85%d8%af%d8%a9-%d8%a3%d8%b3%d8%a8%d9%88%d8%b9-%d8%aa%d9%81%d8%a7%d8%b5",
    "2025-02-15", "no stamp on the stored page; the body's 'اليوم السبت 15 فبراير/شباط (2025)' for the start of the works (Sat 15 Feb 2025) dates the report (a copy of the attaqa platform's report of that day); the last, truncated paragraph (the hours by area) dropped", True, """
قطع الكهرباء في الكويت لمدة أسبوع.. تفاصيل المناطق وساعات فصل التيار
تنطلق أعمال صيانة محطات الكهرباء في الكويت، اليوم السبت 15 فبراير/شباط (2025)، وتستمر لمدة أسبوع، حتى يوم 22 من الشهر نفسه، بهدف رفع كفاءة هذه المحطات وتعزيز قدرتها على التعامل مع الظروف المختلفة.
وأظهر بيان حصلت عليه منصة الطاقة المتخصصة (ومقرّها واشنطن) التفاصيل الكاملة لأعمال الصيانة المقررة في محافظات الدولة الخليجية الـ6، إلى جانب عدد ساعات انقطاع الكهرباء، وأرقام المحولات والآليات المشمولة بالصيانة.
وأفادت وزارة الكهرباء والماء والطاقة المتجددة بأن صيانة بعض المحطات التحويلية التابعة لقطاع الكهرباء في الكويت ستتواصل لمدة أسبوع، يُقطع خلالها التيار بصورة مبرمجة عن المناطق المختلفة، لمدة 4 ساعات يوميًا، مع إمكانية زيادتها أو تقليصها بحسب طبيعة العمل وظروفه.
وتجدر الإشارة إلى أن قطاع الكهرباء في الكويت مرّ بأزمة كبيرة في منتصف العام الماضي 2024، أجبرت الوزارة على تطبيق القطع المبرمج للتيار، في وقت سجلت فيه الدولة الخليجية ارتفاعاً غير مسبوق في درجات الحرارة، ما زاد الطلب على الكهرباء.
""", [
    ev("substation-maintenance", "تنطلق أعمال صيانة محطات الكهرباء في الكويت", MAINT[0], "'اليوم السبت 15 فبراير/شباط (2025)' ... 'حتى يوم 22 من الشهر نفسه' = Sat 15 - Sat 22 Feb 2025", MAINT[1]),
    ev("daily-4h-cuts", "يُقطع خلالها التيار بصورة مبرمجة عن المناطق المختلفة", MAINT[0], "no own expression; during the week of maintenance, Sat 15 - Sat 22 Feb 2025", MAINT[1]),
    ev("programmed-cuts-2024", "أجبرت الوزارة على تطبيق القطع المبرمج للتيار", CUTS24, "'في منتصف العام الماضي 2024'; the first programmed cuts were on Wed 19 Jun 2024 (kuwait-programmed-power-cuts-2024 in this project); only that first day is gold"),
])
art(S, "https://www.alchourouk.com/article/%D8%AF%D9%88%D9%84%D8%A9-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D9%82%D8%B7%D8%B9-%D8%A7%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1-%D8%B9%D9%86-%D8%B3%D9%83%D8%A7%D9%86%D9%87%D8%A7-%D9%84%D9%80%D9%85%D8%AF%D8%A9-%D8%A3%D8%B3%D8%A8%D9%88%D8%B9",
    "2025-02-17", "the line 'تاريخ النشر : 12:40 - 2025/02/17' under the headline (Mon 17 Feb 2025; not kept in the text, which has no full date); the body's 'يوم أمس السبت' is a slip (from Monday, 'yesterday' was Sunday 16 Feb; the works began on Saturday 15 Feb); the last, truncated sentence (the al-Ghanim contract for the Subiya plant) dropped", False, """
دولة عربية تقطع الكهرباء عن سكانها لـمدة أسبوع!
سعياً إلى رفع كفاءة الشبكة وتحسين قدرتها على مواجهة مختلف الظروف، أعلنت دولة عربية انطلاق أعمال صيانة محطات الكهرباء لديها، ابتداءا من يوم أمس السبت وحتى 22 من الشهر الجاري.
وأفادت وزارة الكهرباء والماء والطاقة المتجددة الكويتية بأن "عمليات الصيانة ستطال محطات تحويلية في جميع المحافظات، ما سيترتب عليه انقطاع التيار الكهربائي عن بعض المناطق لمدة 4 ساعات يوميا، مع إمكانية التعديل بحسب الحاجة"، وفقا لمنصة "الطاقة".
وأشارت الوزارة إلى أن "هذا الإجراء يأتي عقب أزمة عاشها قطاع الكهرباء في الكويت العام الماضي، حين تسبب ارتفاع غير مسبوق في درجات الحرارة بزيادة الطلب على الطاقة، فاضطرت وزارة الكهرباء الكويتية إلى تطبيق قطع مبرمج للتيار".
وبحسب الوزارة، "تمتد أعمال الصيانة إلى مناطق عدة، منها الدعية، والصباح الصحية، والمهبولة، وسعد العبد الله، والنسيم، واليرموك، وعبد الله مبارك، والسالمية، وصباح السالم، وإشبيلية، والفحيحيل، والمنقف، والقصور، والفيحاء، والفنطاس، وغيرها".
""", [
    ev("substation-maintenance", "أعلنت دولة عربية انطلاق أعمال صيانة محطات الكهرباء لديها", MAINT[0], "'ابتداءا من يوم أمس السبت وحتى 22 من الشهر الجاري' = Sat 15 - Sat 22 Feb 2025 (ecogenarabia: 'اليوم السبت 15 فبراير'); 'أمس' is the source's slip", MAINT[1]),
    ev("daily-4h-cuts", "انقطاع التيار الكهربائي عن بعض المناطق لمدة 4 ساعات يوميا", MAINT[0], "no own expression; during the week of maintenance, Sat 15 - Sat 22 Feb 2025", MAINT[1]),
    ev("programmed-cuts-2024", "إلى تطبيق قطع مبرمج للتيار", CUTS24, "'العام الماضي' (2024); the first programmed cuts were on Wed 19 Jun 2024; only that first day is gold"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 647
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

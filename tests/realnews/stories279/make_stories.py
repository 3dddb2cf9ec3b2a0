"""Builds stories.jsonl: the 279-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: railways, metros and trams (new lines, train accidents,
fares and service suspensions): the announced "opening" of Cairo's East Nile monorail that became a trial run
without passengers (Egypt, 2025), the derailment of the Dammam-Riyadh passenger train near Khurais and the
dismissal of the railways chief (Saudi Arabia, 2012), the return of the Tunis-Annaba train after some 30 years
(Algeria and Tunisia, 2024), and the inauguration of the Mostaganem tramway on Martyr's Day (Algeria, 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-cairo-east-monorail-trial-2025
S = "egypt-cairo-east-monorail-trial-2025"
NOV9 = "2025-11-09"          # Sun 9 Nov 2025: TRANS MEA opens; monorail's final trial stage and the fast train's trial run start
JAN26 = ("2026-01-01", "2026-01-08")   # 'الأسبوع الأول من (شهر) يناير 2026'
art(S, "https://dotalkhalij.com/egypt/29967177/%D9%83%D8%A7%D9%85%D9%84-%D8%A7%D9%84%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D8%A7%D9%84%D8%AA%D8%B4%D8%BA%D9%8A%D9%84-%D8%A7%D9%84%D8%AA%D8%AC%D8%B1%D9%8A%D8%A8%D9%8A-%D9%84%D9%84%D9%82%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A6%D9%8A-%D8%A7%D9%84%D8%B3%D8%B1%D9%8A%D8%B9-9-%D9%86%D9%88%D9%81%D9%85%D8%A8%D8%B1-%D8%A7%D9%84%D9%85%D9%82%D8%A8%D9%84.html",
    "2025-11-03", "dateline 'القاهرة في الاثنين 3 نوفمبر 2025 11:28 صباحاً' at the head of the stored text (its date and time kept as first line; 3 Nov 2025 was a Monday) and the page stamp 'date 2025-11-03'; byline dropped; headline written from the URL slug without its date words", True, """
الاثنين 3 نوفمبر 2025 11:28 صباحاً
كامل الوزير يعلن موعد التشغيل التجريبي للقطار الكهربائي السريع وافتتاح مونوريل شرق النيل
كشف الفريق كامل الوزير، نائب رئيس الوزراء ووزير النقل والصناعة، أن التشغيل التجريبي للقطار الكهربائي السريع سيبدأ في يوم 9 نوفمبر المقبل، وأن مشروع مونوريل شرق النيل سيُفتتح معه.
وأوضح الوزير، في كلمته أمام مؤتمر المركز المصري للدراسات الاقتصادية "كايرو فورم"، أن مشروع القطار الكهربائي السريع سيُحدث نقلة نوعية على المستوى الصناعي.
ولفت إلى أن خطة تطوير البنية التحتية أسفرت عن تحديث ما يزيد على 10 آلاف كيلومتر من السكك الحديدية، إلى جانب تطوير أكثر من 17 ألف كيلومتر من الطرق.
""", [
    ev("hsr-trial-start", "سيبدأ في يوم 9 نوفمبر المقبل", NOV9, "'يوم 9 نوفمبر المقبل' from Mon 3 Nov 2025 = Sun 9 Nov 2025 (the source's 'المقبل' for a later day of the current month)"),
    ev("monorail-nov9", "وأن مشروع مونوريل شرق النيل سيُفتتح معه", NOV9, "no own expression; the monorail is to open with the fast train's trial run, Sun 9 Nov 2025 (it became the final trial stage without passengers)"),
    ev("forum-announcement", "في كلمته أمام مؤتمر المركز المصري للدراسات الاقتصادية", "2025-11-03", "no own expression; the Cairo Forum speech of the dateline's day, Mon 3 Nov 2025"),
])
art(S, "https://www.vetogate.com/5526798",
    "2025-11-04", "page date line 'الثلاثاء 04 نوفمبر 2025' (kept as first line; 4 Nov 2025 was a Tuesday) and the page stamp 'date 2025-11-04'; the body's 'أمس الاثنين' for the Cairo Forum of Mon 3 Nov agrees; '(فيديو)' and the captions dropped from the stored text; the last, truncated sentence cut to its first clause", True, """
الثلاثاء 04 نوفمبر 2025
بالزغاريد وصافرات التهليل.. فرحة المصريين بالتشغيل التجريبي للمونوريل
تناقل ناشطون على مواقع التواصل الاجتماعي مقطع فيديو يُظهر ابتهاج المصريين بالتشغيل التجريبي للمونوريل، إذ ظهر فيه القطار وهو يسير على مساره في إحدى تجاربه التشغيلية وسط فرحة غامرة من الناس.
ويكشف المقطع كيف استقبل المواطنون المونوريل بالزغاريد والتهليل، مع تعالي أبواق السيارات وصافرات المارة لحظة مروره في إطار التجربة، وقد أكد الناشطون أنهم شاهدوه في منطقة التجمع.
وتستعد مصر لافتتاح مونوريل شرق القاهرة يوم الأحد المقبل، وفق ما أعلنه وزير النقل الفريق كامل الوزير خلال مشاركته في فعاليات "منتدى القاهرة" الذي انعقد أمس الاثنين.
ويتزامن افتتاح المونوريل مع انطلاق التشغيل التجريبي للقطاع الأول من القطار الكهربائي السريع.
""", [
    ev("trial-video", "تناقل ناشطون على مواقع التواصل الاجتماعي مقطع فيديو", "2025-11-03", "no own expression; the video of a trial run circulated by the report's day, Tue 4 Nov 2025 (my span 3-4 Nov)", end="2025-11-05"),
    ev("monorail-nov9", "لافتتاح مونوريل شرق القاهرة يوم الأحد المقبل", NOV9, "'يوم الأحد المقبل' from Tue 4 Nov 2025 = Sun 9 Nov 2025"),
    ev("forum-announcement", "الذي انعقد أمس الاثنين", "2025-11-03", "'أمس الاثنين' from Tue 4 Nov 2025 = Mon 3 Nov 2025"),
    ev("hsr-trial-start", "انطلاق التشغيل التجريبي للقطاع الأول من القطار الكهربائي السريع", NOV9, "no own expression; at the same time as the monorail, Sun 9 Nov 2025"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=06112025&id=459f8442-7bc9-477e-a3be-6c4e1afb873b",
    "2025-11-06", "date in the URL 'cdate=06112025' and the page stamp 'date 2025-11-06'; the body's 'اليوم الخميس' agrees (6 Nov 2025 was a Thursday); headline written from the body (the stored text has none); no date of its own in the text", False, """
وزارة النقل: المراحل النهائية لتجارب مونوريل شرق النيل تبدأ مع معرض TRANS MEA
أعلنت وزارة النقل انطلاق المراحل النهائية للتشغيل التجريبي لمونوريل شرق النيل بالتزامن مع افتتاح الدورة السادسة من معرض ومؤتمر النقل الذكي واللوجيستيات والصناعة 2025 TRANS MEA، الذي يُعقد خلال الفترة من 9 إلى 11 نوفمبر الجاري برعاية الرئيس عبد الفتاح السيسي، وذلك تمهيدًا لاستقبال الركاب في الأسبوع الأول من شهر يناير 2026.
وأفادت الوزارة، في بيان لها اليوم الخميس، بأن هذه الفترة ستُخصص لمزيد من التدريبات المتنوعة والمكثفة لفئات التشغيل المختلفة في الشركة المصرية لإدارة وتشغيل المترو، بالتعاون مع شركة ألستوم الفرنسية التي تدير المونوريل وتشغله وتشرف عليه، ضمانًا لأعلى مستوى من الخدمة للركاب.
وبيّنت الوزارة أن القطار الكهربائي السريع سيبدأ تشغيله التجريبي يوم الأحد القادم في المرحلة الأولى من شبكته بقطاع أكتوبر، تزامنًا مع افتتاح الدورة السادسة من المعرض.
""", [
    ev("monorail-nov9", "انطلاق المراحل النهائية للتشغيل التجريبي لمونوريل شرق النيل", NOV9, "no own expression; with the opening of TRANS MEA, Sun 9 Nov 2025 (the range '9 إلى 11 نوفمبر الجاري' and 'يوم الأحد القادم')"),
    ev("transmea", "خلال الفترة من 9 إلى 11 نوفمبر الجاري", NOV9, "'من 9 إلى 11 نوفمبر الجاري' of November 2025: Sun 9 - Tue 11 Nov", end="2025-11-12"),
    ev("passengers-january", "لاستقبال الركاب في الأسبوع الأول من شهر يناير 2026", JAN26[0], "'الأسبوع الأول من شهر يناير 2026': 1-7 Jan 2026", end=JAN26[1]),
    ev("ministry-statement", "في بيان لها اليوم الخميس", "2025-11-06", "'اليوم الخميس' = Thu 6 Nov 2025 (the URL day)"),
    ev("hsr-trial-start", "سيبدأ تشغيله التجريبي يوم الأحد القادم", NOV9, "'يوم الأحد القادم' from Thu 6 Nov 2025 = Sun 9 Nov 2025"),
])
art(S, "https://www.elbalad.news/6759673",
    "2025-11-08", "stamp 'date 2025-11-08' at the head of the stored page (not kept in the text); the body's 'غدا الأحد 9 نوفمبر 2025' agrees (8 Nov 2025 was a Saturday); headline written from the body (the stored text has none); the sub-headings and the list of stations dropped; no date of its own in the text", False, """
المونوريل بلا ركاب في التشغيل التجريبي.. والاستقبال الرسمي مطلع العام
أكدت وزارة النقل أن مونوريل شرق النيل سيدخل التشغيل التجريبي غدا الأحد 9 نوفمبر 2025، بالتزامن مع انطلاق الدورة السادسة من معرض النقل الذكي واللوجيستيات والصناعة 2025 (TRANS MEA)، على أن يجري ذلك من دون ركاب، في حين يبدأ الاستقبال الرسمي للركاب في الأسبوع الأول من يناير 2026.
وأوضحت مصادر في الوزارة لصدى البلد أن الفترة التجريبية مخصصة لتدريبات مكثفة لجميع فئات التشغيل، مشددة على أن المونوريل لن يفتح أبوابه للركاب قبل بداية العام القادم.
ولم تكشف الوزارة حتى الآن أسعار تذاكر مونوريل شرق النيل، ويُتوقع أن تُحدد وفقًا للمسافة وعدد المحطات.
وكانت مشروعات النقل الحديثة المشابهة، مثل القطار الكهربائي الخفيف LRT، قد اعتمدت أسعارًا تتراوح بين 10 و20 جنيهًا بحسب عدد المحطات.
ويمتد مونوريل شرق النيل من محطة الاستاد في مدينة نصر إلى مركز السيطرة بالعاصمة الإدارية الجديدة بطول 56.5 كيلومتر، ويضم 22 محطة في مرحلته الأولى.
""", [
    ev("monorail-nov9", "سيدخل التشغيل التجريبي غدا الأحد 9 نوفمبر 2025", NOV9, "'غدا الأحد 9 نوفمبر 2025' = Sun 9 Nov 2025"),
    ev("passengers-january", "الاستقبال الرسمي للركاب في الأسبوع الأول من يناير 2026", JAN26[0], "'الأسبوع الأول من يناير 2026': 1-7 Jan 2026", end=JAN26[1]),
    ev("sources-confirm", "وأوضحت مصادر في الوزارة لصدى البلد", "2025-11-07", "no own expression; the ministry sources spoke by the report's day, Sat 8 Nov 2025 (my span 7-8 Nov)", end="2025-11-09"),
])

# ---------------------------------------------------------------- saudi-riyadh-dammam-train-derailment-2012
S = "saudi-riyadh-dammam-train-derailment-2012"
DERAIL = "2012-06-27"     # Wed 27 Jun 2012 = 7 Sha'ban 1433 (Umm al-Qura)
art(S, "https://sauress.com/alazd/20666",
    "2012-06-27", "hijri date line '07-08-1433 01:54 PM' of the stored Azd item (kept as first line; 7 Sha'ban 1433 = Wed 27 Jun 2012, checked with hijridate); the body's 'اليوم' for the derailment agrees with the other reports of Wed 27 Jun; the caption, 'أزد - الرياض' and the last, truncated sentence dropped; headline written from the body", True, """
07-08-1433 01:54 PM
انقلاب قطار ركاب بين الدمام والرياض وإصابة العشرات
أسفر انقلاب قطار ركاب كان متجهًا من الدمام إلى الرياض عن إصابة 30 راكبًا، أحدهم في حالة خطيرة نقلته طائرة تابعة للدفاع المدني إلى أحد المستشفيات.
وذكر الناطق الإعلامي لمديرية الدفاع المدني في الرياض النقيب محمد الحمادي، في تصريح له، أن قطار الركاب القادم من الدمام شرق المملكة نحو الرياض في وسطها تعرض للانقلاب اليوم، ما أدى إلى إصابة 35 من ركابه، أحدهم بإصابة خطرة نُقل جوًا، بينما نُقل بقية المصابين إلى عدة مستشفيات على متن قطار آخر.
وأشار الحمادي إلى أن فرق الدفاع المدني سارعت إلى موقع الحادث الذي وقع على بعد 80 كيلومترًا من المحطة الرئيسة للقطار في العاصمة الرياض.
وتداول مستخدمو تويتر صورًا للقطار بعد انقلابه ولمحاولات بعض الأشخاص تحرير الركاب.
ويُذكر أن سائق شاحنة لنقل السيارات لقي مصرعه أمس الأول إثر اصطدام شاحنته بقطار ركاب عند تقاطع الحرس الوطني في الهفوف، دون أن يصاب أحد من ركاب القطار أو طاقمه.
وأوضح المدير المكلف لإدارة العلاقات العامة في المؤسسة العامة للخطوط الحديدية محمد ياسين بو حليقة أن القطار كان في رحلة اعتيادية بين الدمام والرياض مرورًا ببقيق والهفوف، وكان على متنه 332 راكبًا لحظة وقوع الحادثة.
""", [
    ev("derailment", "تعرض للانقلاب اليوم", DERAIL, "'اليوم' = Wed 27 Jun 2012 (the hijri date line 07-08-1433)"),
    ev("airlift", "نقلته طائرة تابعة للدفاع المدني", DERAIL, "no own expression; the seriously injured passenger was flown out on the day of the derailment, Wed 27 Jun 2012"),
    ev("civil-defense-rush", "فرق الدفاع المدني سارعت إلى موقع الحادث", DERAIL, "no own expression; on the day of the derailment, Wed 27 Jun 2012"),
    ev("twitter-photos", "وتداول مستخدمو تويتر صورًا للقطار بعد انقلابه", DERAIL, "no own expression; photos shared on the day of the derailment, Wed 27 Jun 2012"),
    ev("hofuf-truck-crash", "لقي مصرعه أمس الأول", "2012-06-25", "'أمس الأول' from Wed 27 Jun 2012 = Mon 25 Jun 2012"),
])
art(S, "https://elaph.com/Web/news/2012/6/744847.html",
    "2012-06-27", "year and month in the URL '/2012/6/' and the body's 'صباح اليوم' for the derailment that the Azd item dates 07-08-1433 = Wed 27 Jun 2012; 'الرياض:' and the comments box dropped; headline written from the body; no date of its own in the text", False, """
إصابة العشرات في انقلاب قطار بين الدمام والرياض
أصيب ما يزيد على 45 شخصًا في حادث انقلاب قطار على الخط الرابط بين الدمام والرياض.
ووقع الحادث صباح اليوم على مسافة 80 كيلومترًا من العاصمة، ولم تتوافر معلومات عن مدى خطورة الإصابات التي وصل بعضها إلى مستشفيات الرياض، غير أن مصادر أكدت لـ"إيلاف" عدم وجود وفيات.
وأضافت المصادر أن بعض المصابين، وهم أصحاب الحالات الأشد خطورة ومعظمهم من النساء، يُنقلون حاليًا على متن طائرات الهلال الأحمر السعودي والدفاع المدني.
وحتى ساعة إعداد الخبر لم تصدر أي توضيحات بشأن أسباب الحادث، فيما أفادت بيانات صحافية بأن نائب أمير منطقة الرياض الأمير محمد بن سعد يزور الموقع في هذه الأثناء، بينما يُنقل الركاب في عربات أخرى إلى محطة الرياض.
""", [
    ev("derailment", "ووقع الحادث صباح اليوم", DERAIL, "'صباح اليوم' = the morning of Wed 27 Jun 2012 (the publication day)"),
    ev("airlift", "يُنقلون حاليًا على متن طائرات الهلال الأحمر السعودي", DERAIL, "no own expression ('حاليًا'); on the day of the derailment, Wed 27 Jun 2012"),
    ev("deputy-emir-visit", "يزور الموقع في هذه الأثناء", DERAIL, "no own expression ('في هذه الأثناء'); the deputy governor at the site on Wed 27 Jun 2012"),
    ev("passengers-moved", "يُنقل الركاب في عربات أخرى إلى محطة الرياض", DERAIL, "no own expression; the passengers taken to Riyadh on Wed 27 Jun 2012"),
])
art(S, "https://www.alalam.ir/news/1191774/إقالة-رئيس-هيئة-السكك-الحديد-بالسعودية-من-منصبه",
    "2012-07-01", "page date line 'الأحد ٠١ يوليو ٢٠١٢ ١١:٢٩ بتوقيت غرينتش' under the headline (kept as first line; 1 Jul 2012 was a Sunday); the body's 'اليوم الاحد' and 'الاربعاء الماضي' agree; the list of other news dropped", True, """
الأحد ٠١ يوليو ٢٠١٢ ١١:٢٩ بتوقيت غرينتش
إقالة رئيس هيئة السكك الحديد في السعودية من منصبه
أعفى الملك السعودي عبدالله بن عبد العزيز، اليوم الاحد، رئيس هيئة السكك الحديد عبد العزيز الحقيل من منصبه، إثر إصابة 34 شخصًا بجروح في انقلاب قطار قبل ايام.
وكان قطار الركاب رقم واحد، القادم من الدمام نحو الرياض، قد انقلب الاربعاء الماضي عند بلوغه منطقة التخزين التي تبعد نحو 70 كيلومترًا عن الرياض، مخلفًا 34 مصابًا، اثنان منهم في حالة خطيرة.
وباشرت الجهات المختصة تحقيقًا للوقوف على أسباب انقلاب القطار الذي كان يقل 322 راكبًا.
وتبلغ المسافة بين الدمام، الواقعة على الساحل الشرقي للمملكة، والرياض 400 كيلومتر.
ويُذكر أن عربات قطار انقلبت قبل عامين على بعد 70 كيلومترًا شرق الرياض، دون أن يُصاب أحد من ركابه باستثناء السائق ومساعده.
""", [
    ev("hugail-dismissed", "أعفى الملك السعودي عبدالله بن عبد العزيز، اليوم الاحد", "2012-06-30", "'اليوم الاحد' = Sun 1 Jul 2012 (the date line); the royal order may have been issued on the evening of Sat 30 Jun (al-Watan's 'مساء أمس'), so my span 30 Jun - 1 Jul", end="2012-07-02"),
    ev("derailment", "قد انقلب الاربعاء الماضي", DERAIL, "'الاربعاء الماضي' from Sun 1 Jul 2012 = Wed 27 Jun 2012"),
    ev("investigation", "وباشرت الجهات المختصة تحقيقًا", DERAIL, "no own expression; the inquiry opened after the derailment and ran to the report's day (my span 27 Jun - 1 Jul 2012)", end="2012-07-02"),
    ev("derailment-2010", "عربات قطار انقلبت قبل عامين", "2010-01-26", "'قبل عامين' from 2012; the derailment of train no. 6 some 77 km from Riyadh on Tue 26 Jan 2010 (outside knowledge: al-Jazirah of 27 Jan 2010, 'ظهر أمس الثلاثاء')"),
])

# ---------------------------------------------------------------- algeria-tunisia-train-resumption-2024
S = "algeria-tunisia-train-resumption-2024"
LAUNCH = "2024-08-10"     # Sat 10 Aug 2024, ceremony at Ghardimaou
FIRST = "2024-08-11"      # Sun 11 Aug 2024, first commercial trip from Tunis
HALT = ("1994-01-01", "1995-01-01")   # the line stopped in 1994 (the Tunisian minister's 'منذ عام 1994')
art(S, "https://www.alchourouk.com/index.php/article/%D8%BA%D8%A7%D8%B1-%D8%A7%D9%84%D8%AF%D9%85%D8%A7%D8%A1-%D8%A5%D8%B9%D8%B7%D8%A7%D8%A1-%D8%A5%D8%B4%D8%A7%D8%B1%D8%A9-%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%B9%D9%88%D8%AF%D8%A9-%D9%86%D8%B4%D8%A7%D8%B7-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B1-%D8%A8%D9%8A%D9%86-%D8%AA%D9%88%D9%86%D8%B3-%D9%88%D8%B9%D9%86%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A%D8%A9",
    "2024-08-10", "page line 'تاريخ النشر : 13:38 - 2024/08/10' (its time and date kept as first line; 10 Aug 2024 was a Saturday); the body's 'اليوم' for the signing agrees; the 'related news' box dropped", True, """
13:38 - 2024/08/10
غار الدماء: إعطاء إشارة انطلاق عودة القطار بين تونس وعنابة الجزائرية
من محطة القطارات في مدينة غار الدماء بولاية جندوبة، أعطت وزيرة التجهيز والإسكان المكلفة بتسيير وزارة النقل سارة الزعفراني الزنزري ونظيرها الجزائري محمد الحبيب زهانة إشارة انطلاق إعادة تشغيل خط القطارات بين تونس والجزائر ودشّنا عودته.
وشددت الزعفراني على أن إعادة تشغيل الخط تعمّق أواصر التقارب بين البلدين الشقيقين، وتنشّط حركة نقل المسافرين والمبادلات التجارية بينهما.
وأضافت أن هذه العودة ثمرة سنوات من الجهد والعمل الدؤوب للشركة الوطنية للسكك الحديدية التونسية ونظيرتها الجزائرية، بعد انتظار دام لمدة 30 سنة.
وأفادت الوزيرة بأن التنسيق سيتواصل مع الجانب الجزائري لتحسين خدمات هذا الخط الذي يجسد تاريخًا مشتركًا، وأنه سيتم اليوم امضاء اتفاقية شراكة مع الجزائر تشمل النقل الجوي والبري والبحري.
""", [
    ev("launch-ceremony", "إشارة انطلاق إعادة تشغيل خط القطارات بين تونس والجزائر", LAUNCH, "no own expression; the ceremony at Ghardimaou on the date line's day, Sat 10 Aug 2024"),
    ev("zaafrani-statement", "وشددت الزعفراني على أن إعادة تشغيل الخط", LAUNCH, "no own expression; the minister spoke at the ceremony, Sat 10 Aug 2024"),
    ev("transport-agreement", "سيتم اليوم امضاء اتفاقية شراكة مع الجزائر", LAUNCH, "'اليوم' = Sat 10 Aug 2024 (the date line)"),
])
art(S, "https://annasronline.com/الحدث/أخبار-وطنية/241362-بعد-30-سنة-من-التوقف-عــودة-قطـــار-الجزائــر-تونـــس-اليــوم",
    "2024-08-10", "the body's 'بداية من اليوم 10 أوت' and 'اليوم السبت' (10 Aug 2024 was a Saturday; the year from 'يوم الأحد 11 أوت 2024') and the URL slug '...-اليوم'; headline rendered from the URL slug; the kicker line dropped; the last, truncated sentence dropped; the text names the day and month of publication but not its year", False, """
بعد 30 سنة من التوقف.. عودة قطار الجزائر-تونس اليوم
أعلنت الشركة الوطنية للنقل بالسكك الحديدية، أول أمس، استئناف تشغيل خط السكة الحديدية الرابط بين الجزائر وتونس بداية من اليوم 10 أوت، بعد انقطاع قارب 30 سنة.
وبحسب بيان الشركة، تُعطى إشارة الانطلاق الرسمي للخط اليوم السبت، على أن تنطلق أول رحلة تجارية من محطة تونس العاصمة يوم الأحد 11 أوت 2024، في حين تنطلق أول رحلة تجارية من محطة عنابة يوم الثلاثاء 13 أوت.
وأوضحت الشركة أن القطار المخصص لهذا الخط، الممتد على 357 كلم، يضم عربتين من الدرجة الأولى وعربتين من الدرجة الثانية بسعة 300 مسافر في الرحلة الواحدة، إلى جانب عربة لخدمات الإطعام وأخرى للأمتعة.
وأضافت أنه ستتم في مرحلة أولى برمجة رحلة يومية بين البلدين انطلاقًا من محطة عنابة، مرورًا بسوق أهراس وغار الدماء وجندوبة وباجة وصولًا إلى العاصمة تونس.
""", [
    ev("company-announcement", "أعلنت الشركة الوطنية للنقل بالسكك الحديدية، أول أمس", "2024-08-08", "'أول أمس' from Sat 10 Aug 2024 = Thu 8 Aug 2024"),
    ev("launch-ceremony", "تُعطى إشارة الانطلاق الرسمي للخط اليوم السبت", LAUNCH, "'اليوم السبت' = Sat 10 Aug 2024"),
    ev("first-trip-tunis", "أول رحلة تجارية من محطة تونس العاصمة يوم الأحد 11 أوت 2024", FIRST, "'يوم الأحد 11 أوت 2024' = Sun 11 Aug 2024"),
    ev("first-trip-annaba", "أول رحلة تجارية من محطة عنابة يوم الثلاثاء 13 أوت", "2024-08-13", "'يوم الثلاثاء 13 أوت' of 2024 = Tue 13 Aug 2024"),
])
art(S, "https://maghress.com/hespress/1414381",
    "2024-08-11", "the body's 'صباح اليوم الأحد' for the first trip, which the Annasr item dates 'يوم الأحد 11 أوت 2024' (11 Aug 2024 was a Sunday); Hespress item on maghress; headline written from the body (the stored text has none); no date of its own in the text", False, """
القطار بين تونس والجزائر يستأنف رحلاته بعد ثلاثة عقود
انطلق القطار الرابط بين تونس والجزائر في أولى رحلاته صباح اليوم الأحد، بعد توقف دام نحو 3 عقود بسبب الأحداث السياسية التي عرفتها الجزائر وتدهور وضعها الأمني منذ تسعينيات القرن الماضي.
وغادرت الرحلة تونس العاصمة متجهة إلى مدينة عنابة الجزائرية بطاقة استيعاب أولية تناهز 300 مقعد.
ويعبر القطار تونس وباجة وجندوبة وغار الدماء وسوق أهراس وصولًا إلى عنابة، ويُرتقب أن يُمدد في مرحلة ثانية حتى الجزائر العاصمة.
وقد سبقت إحياء هذا الخط أشغال إعادة تهيئة ورحلات تجريبية في يونيو الماضي، عقب توقيع اتفاقية بين البلدين.
ومن شأن هذه الرحلات أن تعزز تدفق السياح والحركة التجارية على الحدود وأن تخفف الضغط عن المعابر البرية المكتظة، إذ يزور تونس قرابة ثلاثة ملايين سائح جزائري كل سنة.
""", [
    ev("first-trip-tunis", "في أولى رحلاته صباح اليوم الأحد", FIRST, "'صباح اليوم الأحد' = the morning of Sun 11 Aug 2024 (the publication day)"),
    ev("line-halt", "بعد توقف دام نحو 3 عقود", HALT[0], "no own expression ('نحو 3 عقود'); the line stopped in 1994 (the arabkhabar item's 'منذ عام 1994')", end=HALT[1]),
    ev("security-crisis", "وتدهور وضعها الأمني منذ تسعينيات القرن الماضي", "1990-01-01", "'منذ تسعينيات القرن الماضي': the 1990s", end="2000-01-01"),
    ev("june-test-runs", "ورحلات تجريبية في يونيو الماضي", "2024-06-01", "'يونيو الماضي' from Aug 2024 = June 2024", end="2024-07-01"),
])
art(S, "https://arabkhabar.com/a/3051774",
    "2024-08-12", "the body's 'انطلق أمس' for the first trip of Sun 11 Aug 2024 (the Annasr and Hespress items), so Mon 12 Aug 2024; an aggregator copy of the Saudi paper 'عاجل' ('المصدر: صحيفة عاجل' and the tags dropped); headline written from the body (the stored text has none); no date of its own in the text", False, """
انطلاق أول رحلة لقطار تونس-عنابة بعد ثلاثة عقود من التوقف
انطلق أمس القطار الذي يربط العاصمة التونسية بمحافظة عنابة الجزائرية في أول رحلة مخصصة لنقل المسافرين نحو عنابة، بعد أن ظل الخط متوقفًا طوال ثلاثة عقود.
وأعطت وزيرة النقل التونسية بالنيابة سارة الزعفراني الزنزري ونظيرها الجزائري محمد الحبيب زهانة إشارة انطلاق هذه الرحلة الأولى.
وذكرت وكالة الأنباء التونسية أن نحو 80 مسافرًا تونسيًا استقلوا القطار في رحلته الأولى من تونس، دون احتساب المسافرين الجزائريين ومن يصعدون من المحطات الأخرى في الطريق إلى الجزائر.
وأشادت الوزيرة التونسية، في تصريح لها، بعودة الخط بين البلدين بعد توقفه منذ عام 1994، داعية إلى ضمان استمراريته، ومبينة أن قطار تونس-عنابة سيؤمن ثلاث رحلات أسبوعيًا.
""", [
    ev("first-trip-tunis", "انطلق أمس القطار", FIRST, "'أمس' from Mon 12 Aug 2024 = Sun 11 Aug 2024"),
    ev("first-trip-signal", "إشارة انطلاق هذه الرحلة الأولى", LAUNCH, "no own expression; the two ministers' start signal: the ceremony of Sat 10 Aug 2024 at Ghardimaou (al-Chourouk) or the departure of Sun 11 Aug (my span 10-11 Aug)", end="2024-08-12"),
    ev("line-halt", "بعد توقفه منذ عام 1994", HALT[0], "'منذ عام 1994': the line stopped in 1994", end=HALT[1]),
])

# ---------------------------------------------------------------- algeria-mostaganem-tram-inauguration-2023
S = "algeria-mostaganem-tram-inauguration-2023"
INAUG = "2023-02-18"      # Sat 18 Feb 2023, National Martyr's Day
art(S, "https://news.radioalgerie.dz/ar/node/21906",
    "2023-02-18", "the body's 'هذا السبت' for the inauguration on Martyr's Day, 18 Feb ('18 فيفري من كل سنة'); 18 Feb 2023 was a Saturday (capdz.dz: 'ce samedi'; echchaab the next day: 'أمس السبت'); APS dispatch on the Radio Algérie site; headline written from the body (the stored text has none); no date of its own in the text", False, """
وزير النقل يدشن ترامواي مستغانم في اليوم الوطني للشهيد
دشّن وزير النقل كمال بلجود، هذا السبت، ترامواي مدينة مستغانم، ضمن مراسم إحياء اليوم الوطني للشهيد الذي يصادف 18 فيفري من كل سنة.
وركب الوزير والوفد المرافق له عربة الترامواي انطلاقًا من المحطة الأولى بحي خروبة، التي سُميت باسم الشهيد الرائد فراج، نحو مركز الصيانة والتحكم في حي صلامندر، حيث قُدمت لهم شروح عن المشروع.
ويمتد الخط الأول لهذه الوسيلة على 5ر12 كلم بين حيي صلامندر وخروبة، مرورًا بمرافق حيوية منها جامعة "عبد الحميد بن باديس" والمركز الاستشفائي الجامعي "بومدين بن سماعين" ومحطة السكة الحديدية ووسط المدينة.
ويتيح هذا الخط للمواطنين بلوغ حظيرة التسلية موستالاند وحديقة 20 أغسطس (العرصة) والقطب الثقافي بحي المطمر العتيق والأحياء الكثيفة السكان في وقت وجيز عبر 20 محطة.
أما الخط الثاني، الممتد على 2 كلم بأربع محطات، فيربط محطة السكة الحديدية ووسط المدينة بالمحطة البرية لنقل المسافرين ما بين الولايات.
""", [
    ev("inauguration", "دشّن وزير النقل كمال بلجود، هذا السبت", INAUG, "'هذا السبت' = Sat 18 Feb 2023 (Martyr's Day)"),
    ev("martyrs-day", "اليوم الوطني للشهيد الذي يصادف 18 فيفري من كل سنة", INAUG, "'18 فيفري من كل سنة': this year's Martyr's Day, Sat 18 Feb 2023"),
    ev("minister-ride", "وركب الوزير والوفد المرافق له عربة الترامواي", INAUG, "no own expression; the ride at the inauguration, Sat 18 Feb 2023"),
])
art(S, "https://unlimited-news.com/%d8%aa%d8%b1%d8%a7%d9%85%d9%88%d8%a7%d9%8a-%d9%85%d8%af%d9%8a%d9%86%d8%a9-%d9%85%d8%b3%d8%aa%d8%ba%d8%a7%d9%86%d9%85-%d9%8a%d8%af%d8%ae%d9%84-%d8%ad%d9%8a%d8%b2-%d8%a7%d9%84%d8%ae%d8%af%d9%85%d8%a9",
    "2023-02-18", "the body's 'اليوم السبت' for the inauguration on Martyr's Day, 18 Feb ('18 فبراير من كل سنة'; 18 Feb 2023 was a Saturday); the site name 'أخبار بلا حدود –', the 'شاهد أيضاً' box (an unrelated item of 16 Apr 2025) and the comment form dropped; no date of its own in the text", False, """
ترامواي مدينة مستغانم يدخل حيز الخدمة
أشرف وزير النقل كمال بلجود، اليوم السبت، على تدشين ترامواي مستغانم، في سياق إحياء اليوم الوطني للشهيد المصادف لـ 18 فبراير من كل سنة.
واستقل الوزير رفقة الوفد المرافق له الترامواي من محطته الأولى في حي خروبة، التي حملت اسم الشهيد الرائد فراج، متوجهًا إلى مركز الصيانة والتحكم بحي صلامندر، حيث استمع إلى عرض مفصل حول المشروع.
ويُعد ترامواي مستغانم، الذي بلغت كلفته الإجمالية 5ر26 مليار دج، سابع ترامواي يدخل الخدمة في الجزائر، بعد ترامواي الجزائر العاصمة ووهران وقسنطينة وسيدي بلعباس وسطيف وورقلة.
""", [
    ev("inauguration", "أشرف وزير النقل كمال بلجود، اليوم السبت", INAUG, "'اليوم السبت' = Sat 18 Feb 2023 (Martyr's Day)"),
    ev("martyrs-day", "اليوم الوطني للشهيد المصادف لـ 18 فبراير من كل سنة", INAUG, "'18 فبراير من كل سنة': this year's Martyr's Day, Sat 18 Feb 2023"),
    ev("minister-ride", "واستقل الوزير رفقة الوفد المرافق له الترامواي", INAUG, "no own expression; the ride at the inauguration, Sat 18 Feb 2023"),
])
art(S, "https://djazairess.com/echchaab/225023",
    "2023-02-19", "the body's 'أمس السبت' for the inauguration of Sat 18 Feb 2023 (Martyr's Day), so Sun 19 Feb 2023; Echchaab item on djazairess; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
بلجود يدشن ترامواي مستغانم
دشّن وزير النقل كمال بلجود، أمس السبت، ترامواي مدينة مستغانم، في إطار الاحتفاء باليوم الوطني للشهيد الموافق لـ18 فبراير من كل سنة.
وصعد الوزير ومرافقوه إلى عربة الترامواي في المحطة الأولى بحي خروبة، المسماة باسم الشهيد الرائد فراج، متجهين إلى مركز الصيانة والتحكم الواقع في حي صلامندر، وهناك تلقوا شروحًا عن المشروع.
ويمتد الخط الأول لهذه الوسيلة على 12.5 كلم بين حيي صلامندر وخروبة، ويمر بمرافق حيوية كجامعة «عبد الحميد بن باديس» والمدرسة الوطنية العليا للفلاحة والمركز الاستشفائي الجامعي «بومدين بن سماعين».
ويربط الخط الثاني، البالغ طوله 2 كلم وبه أربع محطات، محطة السكة الحديدية ووسط المدينة بالمحطة البرية لنقل المسافرين بين الولايات، مرورًا بالمركب الرياضي الرائد فراج وحي 5 يوليو 1962.
""", [
    ev("inauguration", "دشّن وزير النقل كمال بلجود، أمس السبت", INAUG, "'أمس السبت' from Sun 19 Feb 2023 = Sat 18 Feb 2023"),
    ev("martyrs-day", "باليوم الوطني للشهيد الموافق لـ18 فبراير من كل سنة", INAUG, "'18 فبراير من كل سنة': this year's Martyr's Day, Sat 18 Feb 2023"),
    ev("minister-ride", "وصعد الوزير ومرافقوه إلى عربة الترامواي", INAUG, "no own expression; the ride at the inauguration, Sat 18 Feb 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 290)
                            if i != 201 and i != 279
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 276-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: professional syndicates (lawyers, doctors, engineers,
journalists): their elections, strikes and disputes: the run-off for the post of head of Egypt's engineers'
syndicate (March 2026), the open strike of Iraq's resident doctors over the 2024 cohort (October 2025), the
election of Fadi Masri as head of the Beirut bar (November 2023), the first elected Sudanese journalists'
syndicate in 33 years (August 2022), and the Tunisian lawyers' strikes after the assault on the head of the
Jendouba bar branch (April 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-engineers-naqib-runoff-2026
S = "egypt-engineers-naqib-runoff-2026"
NO_MAJORITY = ("2026-03-06", "2026-03-08")  # first-round count: no candidate with an absolute majority (night of Fri 6 / Sat 7 Mar)
art(S, "https://www.masrawy.com/news/realestate-news/details/2026/3/6/2953164/%D8%A8%D8%AF%D8%A1-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D9%86%D9%82%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D9%85%D9%87%D9%86%D8%AF%D8%B3%D9%8A%D9%86-%D8%AA-%D8%AC%D8%B1%D9%89-%D8%AF%D8%A7%D8%AE%D9%84-34-%D9%85%D9%82%D8%B1-%D8%A7-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D9%8A-%D8%A7-%D8%A8%D8%A5%D8%B4%D8%B1%D8%A7%D9%81-383-%D9%85%D8%B3%D8%AA%D8%B4%D8%A7%D8%B1-%D8%A7-%D9%85%D9%86-%D8%A7%D9%84%D9%86%D9%8A%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%A5%D8%AF%D8%A7%D8%B1%D9%8A%D8%A9",
    "2026-03-06", "date in the URL '/2026/3/6/', the stamp 'date 2026-03-06' and the page's time line '11:45 ص 06/03/2026' (kept as first line; 6 Mar 2026 was a Friday, and the body's 'صباح الجمعة' agrees); 'إعلان' and the byline dropped; headline re-worded from the page's", True, """
11:45 ص 06/03/2026
انطلاق انتخابات نقابة المهندسين في 34 مقرًا انتخابيًا تحت إشراف 383 مستشارًا من النيابة الإدارية
بدأت صباح الجمعة المرحلة الثانية من انتخابات نقابة المهندسين، وهي المرحلة التي يُنتخب فيها النقيب العام والأعضاء المكملون لمجلس النقابة العامة، فضلًا عن جولة الإعادة على مقعد النقيب الفرعي في 14 نقابة فرعية في محافظات الجمهورية المختلفة.
وتدور عملية الاقتراع في 34 مقرًا انتخابيًا منتشرة في أنحاء الجمهورية، تضم 27 لجنة عامة و303 لجان فرعية، بما يكفل انتظام التصويت.
ويشرف على الانتخابات قضائيًا 383 مستشارًا من أعضاء النيابة الإدارية، ويساعدهم 662 موظفًا من الجهاز الإداري.
ومن المنتظر أن يُعلَّق التصويت ساعة واحدة لا أكثر لأداء صلاة الجمعة (من 12:00 ظهرا حتى 1:00 مساء)، مع بقاء ممثلي الهيئة القضائية داخل اللجان طوال الاستراحة.
""", [
    ev("first-round", "بدأت صباح الجمعة المرحلة الثانية من انتخابات نقابة المهندسين", "2026-03-06", "'صباح الجمعة' = the morning of Fri 6 Mar 2026 (the time line's day); this second phase is the first round of the vote for the head of the syndicate"),
    ev("branch-runoffs", "جولة الإعادة على مقعد النقيب الفرعي في 14 نقابة فرعية", "2026-03-06", "no own expression; held in the same vote, Fri 6 Mar 2026"),
    ev("judicial-supervision", "ويشرف على الانتخابات قضائيًا 383 مستشارًا", "2026-03-06", "no own expression; the supervision of the vote of Fri 6 Mar 2026"),
    ev("prayer-pause", "أن يُعلَّق التصويت ساعة واحدة لا أكثر لأداء صلاة الجمعة", "2026-03-06", "'(من 12:00 ظهرا حتى 1:00 مساء)' of the vote's day, Fri 6 Mar 2026"),
])
art(S, "https://www.elbalad.news/6900140",
    "2026-03-12", "stamp 'date 2026-03-12' at the head of the stored page (not kept in the text); the body's 'غدا الجمعة، 13 مارس' agrees (12 Mar 2026 was a Thursday); headline written from the body (the stored text has none); the list of voting steps cut after its first item; no date of its own in the text", False, """
القاهرة جاهزة لجولة الإعادة على مقعد نقيب المهندسين
أعلن الدكتور أحمد فوزي، رئيس لجنة انتخابات نقابة المهندسين بالقاهرة، اكتمال تجهيز المقر الانتخابي في استاد القاهرة الدولي لاستقبال المهندسين غدا الجمعة، 13 مارس، في جولة الإعادة الحاسمة لاختيار النقيب العام لمهندسي مصر، التي يتواجه فيها المهندس هاني ضاحي والدكتور محمد عبد الغني.
وتعقد نقابة المهندسين المصرية، الجمعة 13 مارس2026، المرحلة الثالثة من انتخابات التجديد النصفي للدورة النقابية (2026 - 2030)، وتشمل الإعادة على منصب النقيب العام بعدما تعذر حسم المقعد لأي مرشح في الجولة الأولى من المنافسة.
وأكد فوزي، في تصريحات له اليوم، أن حضور المهندس الناخب بنفسه شرط لا غنى عنه، وأن استعمال التوكيلات ممنوع منعًا باتًا، سواء عند التسجيل الإلكتروني أو أثناء الاقتراع السري.
وأوضح أن على الناخب إبراز أصل بطاقة الرقم القومي أو جواز سفر ساري المفعول، إلى جانب كارنيه عضوية النقابة ساري المفعول.
""", [
    ev("cairo-readiness", "اكتمال تجهيز المقر الانتخابي في استاد القاهرة الدولي", "2026-03-12", "no own expression; announced on the stamp day, Thu 12 Mar 2026 (the same statement as 'في تصريحات له اليوم')"),
    ev("runoff", "لاستقبال المهندسين غدا الجمعة، 13 مارس", "2026-03-13", "'غدا الجمعة، 13 مارس' from Thu 12 = Fri 13 Mar 2026"),
    ev("no-majority", "بعدما تعذر حسم المقعد لأي مرشح", NO_MAJORITY[0], "no own expression; the first-round count of the night of Fri 6 Mar 2026 (runoff indicated on 6-7 Mar, elbalad 6893404 and shorouk 07032026)", end=NO_MAJORITY[1]),
    ev("first-round", "في الجولة الأولى من المنافسة", "2026-03-06", "no own expression; the first round was held on Fri 6 Mar 2026 (shorouk's 'يوم الجمعة 6 مارس الجاري')"),
    ev("fawzi-statement", "في تصريحات له اليوم", "2026-03-12", "'اليوم' = Thu 12 Mar 2026 (the stamp day)"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=13032026&id=0b99c9aa-9abc-4c41-849c-fc8863420a1a",
    "2026-03-13", "date in the URL 'cdate=13032026' and the stamp 'date 2026-03-13'; the body's 'اليوم الجمعة' agrees (13 Mar 2026 was a Friday); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
إقبال على لجنة الإسكندرية في جولة الإعادة على مقعد نقيب المهندسين
تستقبل نقابة المهندسين الفرعية بالإسكندرية، اليوم الجمعة، أعدادًا كبيرة من المهندسين يتوافدون على مقر لجنة الاقتراع للتصويت في جولة الإعادة على منصب النقيب العام للمهندسين للدورة النقابية 2026 - 2030.
وتُحسم في هذه الجولة المنافسة بين المهندس هاني ضاحي والمهندس محمد عبدالغني، إذ لم ينل أي منهما الأغلبية المطلقة في الجولة الأولى التي أُجريت يوم الجمعة 6 مارس الجاري.
وبحسب نتائج فرز الجولة الأولى، نال المهندس هاني ضاحي 8,178 صوتا مقابل 4,724 صوتا للدكتور محمد عبدالغني، ليلتقي الاثنان في جولة الإعادة اليوم على منصب النقيب العام.
ومن المقرر أن يستمر التصويت من الساعة العاشرة صباحا وحتى الخامسة مساءً، في ظل ترتيبات تنظيمية وإدارية تكفل انضباط العملية الانتخابية وشفافيتها.
وأكد المهندس صلاح حامد، رئيس لجنة الانتخابات بالإسكندرية، الانتهاء من كل الاستعدادات اللوجستية لاستقبال الناخبين، وإدارة العملية بحياد تام وفق اللوائح المنظمة.
""", [
    ev("alex-turnout", "تستقبل نقابة المهندسين الفرعية بالإسكندرية، اليوم الجمعة", "2026-03-13", "'اليوم الجمعة' = Fri 13 Mar 2026 (the URL day)"),
    ev("no-majority", "إذ لم ينل أي منهما الأغلبية المطلقة", NO_MAJORITY[0], "no own expression; the first-round count of the night of Fri 6 Mar 2026 (runoff indicated on 6-7 Mar)", end=NO_MAJORITY[1]),
    ev("first-round", "الجولة الأولى التي أُجريت يوم الجمعة 6 مارس الجاري", "2026-03-06", "'يوم الجمعة 6 مارس الجاري' = Fri 6 Mar 2026"),
    ev("runoff", "ليلتقي الاثنان في جولة الإعادة اليوم", "2026-03-13", "'اليوم' = Fri 13 Mar 2026"),
    ev("voting-hours", "أن يستمر التصويت من الساعة العاشرة صباحا وحتى الخامسة مساءً", "2026-03-13", "'من الساعة العاشرة صباحا وحتى الخامسة مساءً' of the runoff day, Fri 13 Mar 2026"),
])

# ---------------------------------------------------------------- iraq-resident-doctors-open-strike-2025
S = "iraq-resident-doctors-open-strike-2025"
STRIKE = ("2025-10-19", "2025-10-24")  # the open strike from Sun 19 Oct 2025, still on at Thu 23 Oct (my span)
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D8%B7%D8%A8%D8%A7-%D8%A7%D9%84%D9%85%D9%88%D8%B5%D9%84-%D9%8A%D8%AD%D8%AA%D8%AC%D9%88%D9%86-%D9%84%D9%84%D9%85%D8%B7%D8%A7%D9%84%D8%A8%D8%A9-%D8%A8%D8%AA%D8%B9%D9%8A%D9%8A%D9%86-%D8%AF%D9%81%D8%B9%D8%A9-2024",
    "2025-10-16", "stamp 'date 2025-10-16' at the head of the stored page (not kept in the text); the body's 'يوم الخميس' agrees (16 Oct 2025 was a Thursday); the dateline 'شفق نيوز- نينوى' dropped; headline rendered from the URL slug; no date of its own in the text", False, """
أطباء الموصل يحتجون للمطالبة بتعيين دفعة 2024
نفّذ عشرات الأطباء في الموصل، مركز محافظة نينوى، يوم الخميس، وقفة احتجاجية طالبوا فيها بتعيين دفعة عام 2024 على الملاك الدائم، محذرين من أن تأخر التعيين يعرقل مسار التدرج الطبي الذي ينص عليه القانون العراقي.
وذكر عدد من المشاركين لوكالة شفق نيوز أن الغاية من الوقفة هي المطالبة بتعيين دفعة 2024 حفاظًا على استمرار التدرج الطبي، معتبرين ذلك حقًا قانونيًا ومشروعًا للأطباء.
وبيّنوا أن تعيين هذه الدفعة يفسح المجال لانتقال دفعة 2023 إلى التدرج، ولعودة دفعة 2022 إلى الإقامة الدائمة في المستشفيات، بما يصب في مصلحة المرضى ويقوي القطاع الصحي.
ولفت الأطباء إلى أن عدد المقيمين الدوريين في نينوى يقارب 350 طبيبًا، مؤكدين أن الاحتجاجات تمتد إلى عموم محافظات العراق ولا تقتصر على نينوى.
""", [
    ev("mosul-vigil", "يوم الخميس، وقفة احتجاجية", "2025-10-16", "'يوم الخميس' = Thu 16 Oct 2025 (the stamp day)"),
    ev("participants-statement", "وذكر عدد من المشاركين لوكالة شفق نيوز", "2025-10-16", "no own expression; said at the vigil, Thu 16 Oct 2025"),
    ev("residents-protests", "الاحتجاجات تمتد إلى عموم محافظات العراق", "2025-10-15", "no own expression; the country-wide protests of the residents, from the work stoppage called for the 15th (shafaq, 3 Oct 2025: 'يبدأ من يوم 15 من الشهر الجاري') to the report (my span 15-16 Oct)", end="2025-10-17"),
])
art(S, "https://www.alsumaria.tv/news/localnews/544237/%D8%A7%D9%84%D8%A7%D8%B7%D8%A8%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D9%82%D9%8A%D9%85%D9%88%D9%86-%D9%8A%D8%B9%D9%84%D9%86%D9%88%D9%86-%D8%A7%D9%84%D8%A7%D8%B6%D8%B1%D8%A7%D8%A8-%D8%B9%D9%86-%D8%AC%D9%85%D9%8A%D8%B9-%D8%A7%D9%84%D8%B1%D8%AF%D9%87%D8%A7%D8%AA-%D9%88%D8%A7%D9%84%D8%B7%D9%88%D8%A7%D8%B1%D8%A6-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%8A%D8%A7%D8%AA",
    "2025-10-18", "stamp 'date 2025-10-18' at the head of the stored page (not kept in the text); the statement's 'ابتداءً من يوم الأحد الموافق 2025/10/19' agrees (18 Oct 2025 was a Saturday, the eve of the strike); headline rendered from the URL slug; no date of its own in the text", False, """
الأطباء المقيمون يعلنون الإضراب عن جميع الردهات والطوارئ في المستشفيات
أفاد بيان لممثلية الأطباء المقيمين بأن الأطباء المقيمين الدوريين وأطباء التدرج يعلنون، ابتداءً من يوم الأحد الموافق 2025/10/19، الشروع في إضراب شامل ومفتوح عن جميع الردهات والطوارئ في المستشفيات والمراكز الصحية إلى أن تتحقق مطالبهم.
وحمّل البيان الجهات المسؤولة التبعات كاملة لهذا القرار، عازيًا إياه إلى تجاهل مطالب الأطباء المشروعة على الرغم من المناشدات المتكررة في السابق.
وتتلخص المطالب في تعيين أطباء دفعة 2024 من دون تأخير إضافي، وتوزيع الأطباء الدوريين على التدرج الطبي وفق السياقات القانونية المعتمدة، فضلًا عن توزيع أطباء التدرج على الإقامة القدمى.
""", [
    ev("strike-statement", "أفاد بيان لممثلية الأطباء المقيمين", "2025-10-17", "no own expression; the statement was out by the stamp day, Sat 18 Oct 2025 (my span 17-18 Oct)", end="2025-10-19"),
    ev("residents-strike", "ابتداءً من يوم الأحد الموافق 2025/10/19", STRIKE[0], "'ابتداءً من يوم الأحد الموافق 2025/10/19' = from Sun 19 Oct 2025, open-ended; my span runs to Thu 23 Oct, when alssaa still reports the strike", end=STRIKE[1]),
    ev("earlier-appeals", "على الرغم من المناشدات المتكررة في السابق", "2025-09-01", "no own expression; the residents' repeated appeals before the statement (my span: September to Fri 17 Oct 2025; shafaq reported their strike call on Fri 3 Oct)", end="2025-10-18"),
])
art(S, "https://aldaaenews.com/AR/Details/58143",
    "2025-10-23", "page time line '01:54 - 2025-10-23' (kept as first line); the body's 'اليوم الخميس' agrees (23 Oct 2025 was a Thursday); view count, section name and the dateline 'الداعي نيوز/ بغداد' dropped; the tags dropped", True, """
01:54 - 2025-10-23
ابتداءً من الأحد المقبل.. الشروع في توزيع أطباء التدرج من خريجي 2021–2022
أعلنت وزارة الصحة، اليوم الخميس، البدء بتوزيع أطباء التدرج من خريجي العامين 2021–2022 على دوائر الصحة في المحافظات كافة، باعتماد نظام المقابلة المباشرة.
وذكرت الوزارة في بيان أن التوزيع سيجري في قاعة الشهيد درب الموسوي بمدينة الطب في بغداد، ابتداءً من الساعة السابعة صباحاً، وفق المجموعات والأيام المقررة.
وبيّنت أن توزيع المجموعة الأولى سيكون يوم الأحد (26 تشرين الأول 2025) لمحافظات واسط وبغداد وكركوك، والمجموعة الثانية يوم الاثنين (27 تشرين الأول 2025) لمحافظات صلاح الدين وديالى ونينوى والأنبار وكربلاء وذي قار، والمجموعة الثالثة يوم الثلاثاء (28 تشرين الأول 2025) لمحافظات المثنى وميسان وبابل والبصرة والنجف والديوانية.
وأشار البيان إلى أن الغاية من التوزيع تنظيم الملاكات الطبية الحديثة وفق آلية جديدة، بعد تأخر شمول عدد من الخريجين في الدورات السابقة.
""", [
    ev("distribution-announced", "أعلنت وزارة الصحة، اليوم الخميس", "2025-10-23", "'اليوم الخميس' = Thu 23 Oct 2025 (the time line's day)"),
    ev("distribution-period", "ابتداءً من الأحد المقبل", "2025-10-26", "'ابتداءً من الأحد المقبل' from Thu 23 = from Sun 26 Oct 2025; the three groups ran to Tue 28 Oct", end="2025-10-29"),
    ev("group-1", "المجموعة الأولى سيكون يوم الأحد (26 تشرين الأول 2025)", "2025-10-26", "'يوم الأحد (26 تشرين الأول 2025)' = Sun 26 Oct 2025"),
    ev("group-2", "والمجموعة الثانية يوم الاثنين (27 تشرين الأول 2025)", "2025-10-27", "'يوم الاثنين (27 تشرين الأول 2025)' = Mon 27 Oct 2025"),
    ev("group-3", "والمجموعة الثالثة يوم الثلاثاء (28 تشرين الأول 2025)", "2025-10-28", "'يوم الثلاثاء (28 تشرين الأول 2025)' = Tue 28 Oct 2025"),
])
art(S, "https://alssaa.com/post/show/41286-%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%A3%D8%B7%D8%A8%D8%A7%D8%A1-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A3%D8%B2%D9%85%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D8%AA%D9%87%D8%AF%D8%AF-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B9-%D8%A7%D9%84%D8%B5%D8%AD%D9%8A",
    "2025-10-23", "page line '13:36:45 2025-10-23 : نشر في' (kept as first line; 23 Oct 2025 was a Thursday); the 'last update' line and the byline dropped; headline rendered from the URL slug; the last, truncated sentence cut after its first clause", True, """
13:36:45 2025-10-23 : نشر في
إضراب أطباء العراق.. أزمة جديدة تهدد القطاع الصحي
في صورة تكشف عمق أزمة القطاع الصحي في العراق، أعلن مئات الأطباء في عدد من المحافظات إضرابًا جزئيًا عن العمل، احتجاجًا على ما اعتبروه إهمالًا حكوميًا مستمرًا وتراجعًا في ظروف العمل داخل المستشفيات.
وظهرت ممرات بعض المؤسسات الصحية شبه خالية من الكوادر، واقتصر تقديم الخدمات على الحالات الطارئة وحدها، وهو ما أقلق المواطنين وأعاد النقاش حول أوضاع الأطباء ومستقبل الرعاية الصحية في البلاد.
وبحسب بيان نقابة الأطباء العراقية، جاء قرار الإضراب بعد مطالبات متتالية لم تلق تجاوبًا من الجهات الرسمية، أبرزها عدم تعيين أطباء دفعة 2024، مما عطّل تطبيق قانون التدرج الطبي المعمول به منذ سنوات طويلة، إلى جانب زيادة ساعات العمل التي قد تبلغ في بعض المستشفيات 500 ساعة في الشهر الواحد.
وتسبب الإضراب في ارتباك واضح ببعض المستشفيات، إذ أُرجئت مواعيد فحوص وعمليات كثير من المرضى في المستشفيات الحكومية التي يعتمد عليها الفقراء.
وعقب ذلك أعلنت وزارة الصحة العراقية توزيع أطباء التدرج من خريجي دفعة 2021-2022، موضحة أن التوزيع تم وفق المجموعات والفروع الطبية المعتمدة.
""", [
    ev("residents-strike", "أعلن مئات الأطباء في عدد من المحافظات إضرابًا جزئيًا", STRIKE[0], "no own expression; the residents' strike, from Sun 19 Oct 2025 (alsumaria) to the report's day Thu 23 Oct (my span)", end=STRIKE[1]),
    ev("union-statement", "وبحسب بيان نقابة الأطباء العراقية", "2025-10-15", "no own expression; a statement of the strike days before the report (my span 15-23 Oct 2025)", end="2025-10-24"),
    ev("hospital-disruption", "وتسبب الإضراب في ارتباك واضح ببعض المستشفيات", STRIKE[0], "no own expression; during the strike, Sun 19 - Thu 23 Oct 2025 (my span)", end=STRIKE[1]),
    ev("distribution-announced", "وعقب ذلك أعلنت وزارة الصحة العراقية توزيع أطباء التدرج", "2025-10-23", "no own expression; the ministry's announcement of Thu 23 Oct 2025 (aldaaenews: 'اليوم الخميس')"),
])

# ---------------------------------------------------------------- lebanon-beirut-bar-masri-election-2023
S = "lebanon-beirut-bar-masri-election-2023"
art(S, "https://www.almodon.com/society/2023/11/19/%D8%A7%D9%84%D9%83%D8%AA%D8%A7%D8%A6%D8%A8-%D8%AA%D9%86%D8%AA%D8%B5%D8%B1-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%AA-%D9%81%D8%A7%D8%AF%D9%8A-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A-%D9%86%D9%82%D9%8A%D8%A8%D8%A7-%D9%84%D9%85%D8%AD%D8%A7%D9%85%D9%8A-%D8%A8%D9%8A%D8%B1%D9%88%D8%AA",
    "2023-11-19", "date in the URL '/2023/11/19/' (a Sunday, the election day); the body's 'اليوم' for the turnout agrees; headline rendered from the URL slug; the sub-heads and the last, truncated sentence dropped; no date of its own in the text", False, """
الكتائب تنتصر على القوات: فادي المصري نقيبا لمحامي بيروت
شهدت نقابة محامي بيروت معركة انتخابية "شرسة" خاضتها الأحزاب السياسية، وانتهت بانتخاب المحامي فادي المصري (المدعوم من حزب الكتائب اللبنانية) نقيبًا للمحامين بـ1973 صوتًا، مقابل 1950 صوتًا لمنافسه مرشح القوات اللبنانية عبده لحود.
وكانت نقابة المحامين قد قدّرت في الأيام الماضية ألا يزيد عدد المقترعين على 4200 محام، لكن اليوم تبيّن أن عدد المشاركين بلغ 4780، وهو رقم غير مسبوق في تاريخ النقابة بحسب ما قاله نقيب المحامين السابق ناضر كسبار لـ"المدن".
وفي ساعات الصباح بدت الصورة ضبابية، إذ اتسعت دائرة الخيارات للمرة الأولى إلى هذا الحد، فساد الارتباك بين معظم المحامين حتى الساعة الأخيرة التي سبقت إعلان نتائج الدورة الأولى، وظل حسم المعركة صعبًا لأن التنافس بين المرشحين امتد حتى اللحظات الأخيرة.
وأسفرت الدورة الأولى عن فوز المحامين لبيب حرفوش (2264 صوتًا) وعبده لحود (2031 صوتًا) وفادي مصري (1929 صوتًا) وإيلي قليموس (1869 صوتًا) واسكندر إلياس (1843 صوتًا) ووجيه مسعد (1531 صوتًا) بالعضوية، فيما حلّ ألكسندر نجار عضوًا رديفًا (1528 صوتًا).
""", [
    ev("masri-elected", "وانتهت بانتخاب المحامي فادي المصري", "2023-11-19", "no own expression; the vote for the head of the bar, Sun 19 Nov 2023 (the URL day)"),
    ev("turnout-forecast", "قد قدّرت في الأيام الماضية", "2023-11-12", "'في الأيام الماضية' before Sun 19 Nov 2023 (my span: the week before)", end="2023-11-19"),
    ev("record-turnout", "لكن اليوم تبيّن أن عدد المشاركين بلغ 4780", "2023-11-19", "'اليوم' = Sun 19 Nov 2023 (the URL day)"),
    ev("morning-confusion", "وفي ساعات الصباح بدت الصورة ضبابية", "2023-11-19", "'في ساعات الصباح' of the election day, Sun 19 Nov 2023"),
    ev("first-round", "وأسفرت الدورة الأولى عن فوز المحامين", "2023-11-19", "no own expression; the membership round of Sun 19 Nov 2023"),
])
art(S, "https://www.annahar.com/arabic/section/76-%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/290402/%D8%A7%D9%84%D9%85%D8%AD%D8%A7%D9%85%D9%8A-%D8%A5%D9%8A%D9%84%D9%8A-%D9%82%D9%84%D9%8A%D9%85%D9%88%D8%B3-%D9%85%D8%AA%D8%AD%D8%AF%D8%AB%D8%A7-%D9%84%D9%80%D8%A7%D9%84%D9%86%D9%87%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D8%AD%D8%A7%D9%85%D9%8A-%D9%8A%D8%B5%D9%88%D8%AA-%D8%AD%D8%B3%D8%A8-%D8%AE%D8%A8%D8%B1%D8%AA%D9%87",
    "2023-11-19", "no stamp on the stored page: a running report of the election day, 'عند التاسعة من صباح اليوم', that gives the membership results and says the race for head of the bar 'ستنحصر' between Lahoud and Masri (so written on Sun 19 Nov 2023, between the two rounds; the election day per almodon's URL); the photo caption and the list of candidates dropped; headline written from the body (the URL slug belongs to an interview); no date of its own in the text", False, """
انتخابات نقابة المحامين في بيروت: لحود والمصري إلى معركة النقيب
التأمت الجمعية العمومية لنقابة المحامين في بيروت في قصر العدل عند التاسعة من صباح اليوم، لانتخاب نقيب وأربعة أعضاء في مجلس النقابة، وفُتحت صناديق الاقتراع، علمًا بأن التصويت وفرز النتائج يجريان إلكترونيًا، ويتنافس ١١ محاميًا على مركز النقيب هذا العام.
ونقلت مراسلة "النهار" فوز لبيب حرفوش وتاليا عبده لحود وفادي المصري وإيلي قليموس وأندر الياس ووجيه مسعد بعضوية مجلس النقابة، والكسندر نجار عضوًا رديفًا.
وبذلك باتت المنافسة على مركز النقيب محصورة بين المرشحين عبدو لحود وفادي المصري.
ويوصف هذا الاستحقاق النقابي هذه المرة بـ"الموقعة الكبرى" على مركز النقيب، لأنها المرة الأولى التي يترشح فيها 11 محاميًا إلى هذا المركز، ستة منهم يملكون رصيدًا وازنًا من الأصوات.
""", [
    ev("general-assembly", "في قصر العدل عند التاسعة من صباح اليوم", "2023-11-19", "'عند التاسعة من صباح اليوم' = 9 a.m. on Sun 19 Nov 2023 (the election day)"),
    ev("first-round", "ونقلت مراسلة \"النهار\" فوز لبيب حرفوش", "2023-11-19", "no own expression; the membership round of Sun 19 Nov 2023"),
    ev("naqib-race", "باتت المنافسة على مركز النقيب محصورة", "2023-11-19", "no own expression; the second round, for the head of the bar, in the afternoon of Sun 19 Nov 2023"),
])
art(S, "https://aliwaa.com.lb/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%84%D8%A8%D9%86%D8%A7%D9%86/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/%D8%A8%D9%81%D8%A7%D8%B1%D9%82-23-%D8%B5%D9%88%D8%AA%D8%A7-%D9%81%D8%A7%D8%AF%D9%8A-%D9%85%D8%B5%D8%B1%D9%8A-%D9%86%D9%82%D9%8A%D8%A8%D8%A7-%D9%84%D9%84%D9%85%D8%AD%D8%A7%D9%85%D9%8A%D9%86-%D9%81%D9%8A-%D8%A8%D9%8A%D8%B1%D9%88%D8%AA-%D9%88%D8%B3%D8%A7%D9%85%D9%8A-%D8%A7%D9%84%D8%AD%D8%B3%D9%86-%D9%84%D9%84%D8%B4%D9%85%D8%A7%D9%84/",
    "2023-11-20", "page time line '20 تشرين الثاني 2023 12:15ص' (kept as first line; 20 Nov 2023 was a Monday, the paper's issue after the Sunday vote); the kicker and the photo caption dropped; the last, truncated sentence of the quote dropped", True, """
20 تشرين الثاني 2023 12:15ص
بفارق 23 صوتاً: فادي مصري نقيباً للمحامين في بيروت وسامي الحسن للشمال
كفى فارق 23 صوتًا ليفوز المحامي فادي مصري بمركز نقيب المحامين في بيروت بعدما حصل على 1973 صوتا، في مقابل 1950 صوتا لمنافسه المحامي عبدو لحود.
واجتذب مرشح حزب الكتائب أصوات محامي «الإشتراكي» و«الثنائي الشيعي» و«التيار الوطني الحر»، الذين وجدوا أنفسهم أمام الاختيار بين المصري المدعوم من الكتائب ولحود المدعوم من «القوات» و«المستقبل».
وفاز بعضوية مجلس نقابة المحامين في بيروت كل من المحامين لبيب حرفوش وإيلي اقليموس وإسكندر الياس ووجيه مسعد، بينما حلّ المحامي إسكندر نجار عضوا رديفا.
وقال النقيب المنتخب إن شيئًا لن يخيفهم ما دامت الإرادة والتصميم حاضرين، مؤكدًا أن عمل النقابة يعني الجميع وأنهم سلسلة لا تنكسر بدأت مع أول نقيب وستستمر.
وأضاف أنه يعوّل على كل محامٍ وعلى تضامن الزملاء، وأن غدا يوم آخر تُفتح فيه صفحة جديدة في الحياة النقابية.
""", [
    ev("north-bar", "وسامي الحسن للشمال", "2023-11-19", "no own expression; Sami al-Hassan was elected head of the Tripoli (North) bar on the same Sunday, 19 Nov 2023"),
    ev("masri-elected", "ليفوز المحامي فادي مصري بمركز نقيب المحامين في بيروت", "2023-11-19", "no own expression; the vote of Sun 19 Nov 2023, before this item of 00:15 on Mon 20"),
    ev("first-round", "وفاز بعضوية مجلس نقابة المحامين في بيروت", "2023-11-19", "no own expression; the membership round of Sun 19 Nov 2023"),
    ev("masri-speech", "وقال النقيب المنتخب", "2023-11-19", "no own expression; his words after the result, Sun 19 Nov 2023"),
])
art(S, "https://arabkhabar.com/a/1232249",
    "2023-11-20", "the page's line 'تاريخ النشر: 20th, November 2023 GMT' (kept as first line; 20 Nov 2023 was a Monday); the aggregator's crawl header 'جريدة الحقيقة: 2025-04-24@...' dropped; the last sentence cut where the stored text breaks off ('غير أن انتخابا...')", True, """
تاريخ النشر: 20th, November 2023 GMT
لبنان | فادي المصري نقيباً للمحامين في بيروت
اختار محامو نقابة بيروت المحامي المستقل فادي المصري (المدعوم من حزب الكتائب اللبنانية) نقيبًا جديدًا لهم بـ1973 صوتا، إثر معركة صعبة مع زميله المحامي عبدو لحود المدعوم من «القوات اللبنانية» وتيار «المستقبل»، الذي نال 1950 صوتا، أي بفارق ضئيل لا يتجاوز الـ 23 صوتا، في انتخابات سجلت تراجعًا كبيرًا لنفوذ الأحزاب في النقابة خلافًا للاستحقاقات السابقة.
وعجز حزب «القوات اللبنانية» ومعه تيار «المستقبل» والحزب التقدمي الاشتراكي عن إيصال لحود إلى مركز النقيب، مع أنه سبق المصري في الدورة الأولى المخصصة لانتخاب الأعضاء، إذ كان صوت الناخب المستقل هو الحاسم في هذه المعركة.
وفاز بالعضوية المحامون لبيب حرفوش وعبدو لحود وفادي المصري وإيلي اقليموس وإسكندر الياس ووجيه مسعد، وحلّ المرشح إسكندر نجار عضوا رديفا.
وشهدت انتخابات نقابة المحامين مفارقتين أساسيتين، أولاهما سقوط مرشح الثنائي الشيعي المحامي شوقي شريم ومرشح التيار الوطني الحر فادي الحداد، على الرغم من تحالفهما مع القوى والأحزاب القريبة من الثنائي.
""", [
    ev("masri-elected", "اختار محامو نقابة بيروت المحامي المستقل فادي المصري", "2023-11-19", "no own expression; the vote of Sun 19 Nov 2023, the day before the page date"),
    ev("first-round", "في الدورة الأولى المخصصة لانتخاب الأعضاء", "2023-11-19", "no own expression; the membership round of Sun 19 Nov 2023"),
    ev("shreim-haddad-out", "سقوط مرشح الثنائي الشيعي المحامي شوقي شريم", "2023-11-19", "no own expression; they lost in the membership round of Sun 19 Nov 2023"),
])

# ---------------------------------------------------------------- sudan-journalists-syndicate-election-2022
S = "sudan-journalists-syndicate-election-2022"
DISSOLVED = "1989-06-30"            # the coup of 30 Jun 1989 and its decree dissolving the unions
RESULT = ("2022-08-27", "2022-08-29")  # head of the syndicate announced late on Sat 27 Aug (dated 28 Aug by some)
art(S, "https://ultrasudan.ultrasawt.com/%D9%84%D8%AC%D9%86%D8%A9-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D9%86%D9%82%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%B5%D8%AD%D9%81%D9%8A%D9%8A%D9%86-%D8%AA%D8%B9%D9%84%D9%86-%D9%85%D9%88%D8%B9%D8%AF-%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D8%AA%D8%B5%D9%88%D9%8A%D8%AA/%D8%A7%D9%84%D8%B2%D9%8A%D9%86-%D8%B9%D8%AB%D9%85%D8%A7%D9%86/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2022-08-26", "no stamp on the stored page: 'صباح غدًا السبت' for the vote and 'نهار أمس الخميس' for the committee's press conference fix the day as Fri 26 Aug 2022 (the vote was on Sat 27 Aug 2022, as all reports say; 26 Aug 2022 was a Friday); headline rendered from the URL slug; the repeated pull quote and the last, truncated sentence ('والثلاثاء الماضي، أصد...') dropped; no date of its own in the text", False, """
لجنة انتخابات نقابة الصحفيين تعلن موعد انطلاق التصويت
اختارت لجنة انتخابات نقابة الصحفيين السودانيين دار المهندس بالخرطوم مقرًا للاقتراع، الذي يبدأ عند الساعة التاسعة من صباح غدًا السبت ويستمر حتى الساعة السادسة مساءً.
وأعلنت اللجنة، في مؤتمر صحفي عقدته نهار أمس الخميس بمركز طيبة للإعلام في الخرطوم، أن الاستعدادات لإجراء انتخابات النقابة قد اكتملت بعد (33) عامًا من الغياب.
وأوضحت اللجنة أن الاقتراع على منصب النقيب يجري منفصلًا عن الاقتراع على مجلس النقابة، وأن للناخب أن يصوّت لـ(39) مرشحًا دون الالتزام بقائمة محددة.
ووفق إرشادات التصويت، تُعد "لاغية" كل بطاقة تحمل أكثر من اسم في خانة النقيب، ويجوز للناخب اختيار أقل من (39) مرشحًا للمجلس، بينما يُبطل تجاوز هذا العدد البطاقة.
ويشمل الكشف النهائي للصحفيين الذين يحق لهم التصويت نحو (1,312) صحافيًا داخل السودان وخارجه، وقد أتاحت اللجنة لصحفيي الخارج والولايات التصويت إلكترونيًا، في سابقة هي الأولى من نوعها في السودان.
وتتباين مواقف الوسط الصحفي السوداني من انتخابات تأسيس النقابة.
""", [
    ev("vote", "يبدأ عند الساعة التاسعة من صباح غدًا السبت", "2022-08-27", "'الساعة التاسعة من صباح غدًا السبت' to 'الساعة السادسة مساءً' from Fri 26 = Sat 27 Aug 2022"),
    ev("committee-presser", "في مؤتمر صحفي عقدته نهار أمس الخميس", "2022-08-25", "'نهار أمس الخميس' from Fri 26 = Thu 25 Aug 2022"),
    ev("unions-dissolved", "بعد (33) عامًا من الغياب", DISSOLVED, "'بعد (33) عامًا من الغياب': the syndicate was dissolved with all unions after the coup of Fri 30 Jun 1989 (altaghyeer: 'في 30 يونيو 1989'), 33 years before 2022"),
])
art(S, "https://altaghyeer.info/ar/2022/08/28/%d9%85%d9%86-%d9%87%d9%88-%d9%86%d9%82%d9%8a%d8%a8-%d8%a7%d9%84%d8%b5%d8%ad%d9%81%d9%8a%d9%8a%d9%86-%d8%a7%d9%84%d8%b3%d9%88%d8%af%d8%a7%d9%86%d9%8a%d9%8a%d9%86-%d8%b9%d8%a8%d8%af-%d8%a7%d9%84",
    "2022-08-28", "date in the URL '/2022/08/28/' (a Sunday, the day after the vote); the dateline 'الخرطوم: التغيير' and the sentences after the pledge (his career, cut in the stored text) dropped; no date of its own in the text", False, """
من هو نقيب الصحفيين السودانيين «عبد المنعم أبو إدريس»؟
برز اسم عبد المنعم أبو إدريس في صدارة الأخبار عقب إعلان فوزه في النتائج الأولية لانتخابات نقابة الصحفيين السودانيين.
وفاز مراسل وكالة الأنباء الفرنسية برئاسة أول نقابة للصحفيين السودانيين بعد انقطاع استمر أكثر من 33 عاماً.
وكان نظام الرئيس المخلوع عمر البشير قد حلّ النقابات فور استيلائه على السلطة بالانقلاب العسكري في 30 يونيو 1989.
وخاض أبو إدريس السباق عن قائمة الوحدة الصحفية ونال 205 صوتاً، بينما حصل أقرب منافسيه، مرشح شبكة الصحفيين السودانيين أيمن شيخ الدين (سنجراب)، على 158 صوتاً.
ويعمل أبو إدريس مراسلاً لوكالة الأنباء الفرنسية (AFP) منذ العام 2016.
وتعهد في أول تصريحاته الصحفية بأن يكون نقيبًا لجميع الصحفيين على اختلاف أطيافهم.
""", [
    ev("result-announced", "عقب إعلان فوزه في النتائج الأولية", RESULT[0], "no own expression; the result was announced late on Sat 27 Aug 2022 (alaraby's 'أمس الأول' from Mon 29; arabwall dates it 28 Aug)", end=RESULT[1]),
    ev("unions-dissolved", "قد حلّ النقابات فور استيلائه على السلطة", DISSOLVED, "'بالانقلاب العسكري في 30 يونيو 1989' = Fri 30 Jun 1989; the unions were dissolved at once ('فور')"),
    ev("vote", "وخاض أبو إدريس السباق عن قائمة الوحدة الصحفية", "2022-08-27", "no own expression; the vote of Sat 27 Aug 2022"),
    ev("abu-idris-pledge", "وتعهد في أول تصريحاته الصحفية", RESULT[0], "no own expression; his first words after the result, late on Sat 27 or on Sun 28 Aug 2022", end=RESULT[1]),
])
art(S, "https://alaraby.co.uk/entertainment_media/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%81%D9%88%D8%B2-%D9%82%D8%A7%D8%A6%D9%85%D8%A9-%D8%A7%D9%84%D9%88%D8%AD%D8%AF%D8%A9-%D8%A7%D9%84%D8%B5%D8%AD%D8%A7%D9%81%D9%8A%D8%A9-%D8%A8%D9%85%D9%82%D8%A7%D8%B9%D8%AF-%D9%85%D8%AC%D9%84%D8%B3-%D9%86%D9%82%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%B5%D8%AD%D8%A7%D9%81%D9%8A%D9%8A%D9%86",
    "2022-08-29", "no stamp on the stored page: 'اليوم الإثنين' for the council results, which alalagpress dates 'اليوم ٢٩ أغسطس ٢٠٢٢م', and 'أمس الأول' for the head's result of Sat 27 (29 Aug 2022 was a Monday); headline rendered from the URL slug; the last, truncated sentence ('ومع إعلان النتيجة تبادل الصحافيون التهاني...') dropped; no date of its own in the text", False, """
السودان: قائمة الوحدة الصحافية تفوز بأغلبية مقاعد مجلس نقابة الصحافيين
أعلنت لجنة انتخابات نقابة الصحافيين السودانيين، اليوم الإثنين، حصول قائمة الوحدة الصحافية على 36 مقعداً في مجلس النقابة، مقابل 3 مقاعد لقائمة شبكة الصحافيين السودانيين.
ونال شوقي عبد العظيم أعلى الأصوات بـ282 صوتاً، وتلاه وليد النور بـ281 صوتاً ثم محمد عبد العزيز بـ271 صوتاً وعثمان الأسباط بـ256 صوتاً، فيما حصل عبد الحميد عوض على 245 صوتاً.
وهذه أولى الانتخابات من نوعها منذ أطاحت الثورة السودانية بنظام الرئيس المعزول عمر البشير في إبريل/ نيسان 2019، وقد أُجريت على الرغم من اعتراض مسجل تنظيمات العمل النقابي في السلطة الانقلابية وطعنه في مشروعيتها.
واعتمد الصحافيون في تأسيس نقابتهم، بعد غياب دام 33 عاماً، على الاتفاقية الدولية للحريات النقابية التي وقعتها الحكومة السودانية العام الماضي في عهد رئيس الوزراء عبد الله حمدوك.
وأثنت مجموعة من النقابات والأحزاب والتيارات السياسية، في بيانات أصدرتها، على نجاح الصحافيين في تأسيس نقابتهم، ورأت فيها تجربة جديرة بأن يُحتذى بها.
وكانت لجنة الانتخابات قد أعلنت أمس الأول فوز مرشح قائمة الوحدة الصحافية عبد المنعم أبو إدريس بمنصب نقيب الصحافيين متقدمًا على 6 من منافسيه.
""", [
    ev("council-results", "أعلنت لجنة انتخابات نقابة الصحافيين السودانيين، اليوم الإثنين", "2022-08-29", "'اليوم الإثنين' = Mon 29 Aug 2022"),
    ev("bashir-ousted", "أطاحت الثورة السودانية بنظام الرئيس المعزول عمر البشير في إبريل/ نيسان 2019", "2019-04-11", "'في إبريل/ نيسان 2019': Bashir was removed on Thu 11 Apr 2019 (outside knowledge)"),
    ev("unions-dissolved", "بعد غياب دام 33 عاماً", DISSOLVED, "'بعد غياب دام 33 عاماً': the unions were dissolved after the coup of Fri 30 Jun 1989 (altaghyeer)"),
    ev("ilo-c87-signed", "التي وقعتها الحكومة السودانية العام الماضي", "2021-01-01", "'العام الماضي' from 2022 = 2021 (the whole year; Hamdok's government)", end="2022-01-01"),
    ev("result-announced", "قد أعلنت أمس الأول فوز مرشح قائمة الوحدة الصحافية", RESULT[0], "'أمس الأول' from Mon 29 = Sat 27 Aug 2022; the announcement came late that night (arabwall: 28 Aug)", end=RESULT[1]),
])
art(S, "https://alalagpress.org/%d9%82%d8%b6%d9%80%d9%80%d8%a7%d9%8a%d8%a7/%d9%86%d9%82%d8%a7%d8%a8%d8%a9-%d8%a7%d9%84%d8%b5%d8%ad%d9%81%d9%8a%d9%8a%d9%86-%ef%bf%bc/",
    "2022-08-29", "the body's 'اليوم ٢٩ أغسطس ٢٠٢٢م' (kept in the text; 29 Aug 2022 was a Monday); the sub-head and the dateline 'الخرطوم / حواء رحمة' dropped; the last, truncated sentence dropped", True, """
نقابة الصحفيين السودانيين تترك بصمتها عبر صندوق الاقتراع
أعلن رئيس لجنة انتخابات نقابة الصحفيين السودانيين فيصل محمد صالح، اليوم ٢٩ أغسطس ٢٠٢٢م، أسماء أعضاء مجلس النقابة عقب فرز للأصوات استغرق يومين، وقال إن الصحفيين السودانيين أدوا دورهم كاملًا مهما بدا صغيرًا ومتواضعًا.
واستعرض صالح مراحل تأسيس النقابة التي انطلقت في ٣ يونيو ٢٠٢٢م بتشكيل لجنة الانتخابات من ٨ ممثلين للصحفيين و٥ من لجنة المعلمين، ليبلغ عدد أعضائها ١٣ عضوًا، واستمر عملها شهرًا وثلاثة أيام.
وأوضح أن لجنة الانتخابات تمثل أعضاء الجمعية العمومية، وأن النقابة نشأت بصورة اختيارية وطوعية، مؤكدًا أنها تستمد شرعيتها من الجمعية العمومية ومن اتفاقية منظمة العمل الدولية ٨٧ الخاصة بحرية العمل النقابي، الملزمة للدول الموقعة عليها.
وقال إن اللجنة لم تتوقع هذا الإقبال الكبير على الانتخابات، لكن العملية جرت بسلاسة، مشيرًا إلى أنها المرة الأولى التي يجري فيها تصويت حر ومباشر للنقابة الغائبة منذ ٣٣ عاما، وأن مجلس الصحافة لا علاقة له بالنقابة.
""", [
    ev("council-results", "أعلن رئيس لجنة انتخابات نقابة الصحفيين السودانيين فيصل محمد صالح، اليوم ٢٩ أغسطس ٢٠٢٢م", "2022-08-29", "'اليوم ٢٩ أغسطس ٢٠٢٢م' = Mon 29 Aug 2022"),
    ev("vote-count", "عقب فرز للأصوات استغرق يومين", "2022-08-27", "'استغرق يومين' before Mon 29: the count of the evening of Sat 27 to Sun 28 Aug 2022", end="2022-08-29"),
    ev("committee-formed", "انطلقت في ٣ يونيو ٢٠٢٢م بتشكيل لجنة الانتخابات", "2022-06-03", "'في ٣ يونيو ٢٠٢٢م' = Fri 3 Jun 2022"),
    ev("committee-work", "واستمر عملها شهرًا وثلاثة أيام", "2022-06-03", "'شهرًا وثلاثة أيام' from 3 Jun 2022 = to 6 Jul 2022", end="2022-07-07"),
    ev("vote", "لم تتوقع هذا الإقبال الكبير على الانتخابات", "2022-08-27", "no own expression; the turnout of the vote of Sat 27 Aug 2022"),
    ev("unions-dissolved", "للنقابة الغائبة منذ ٣٣ عاما", DISSOLVED, "'منذ ٣٣ عاما' from 2022: the unions were dissolved after the coup of Fri 30 Jun 1989 (altaghyeer)"),
])

# ---------------------------------------------------------------- tunisia-lawyers-jendouba-assault-strike-2019
S = "tunisia-lawyers-jendouba-assault-strike-2019"
INQUIRY = ("2019-04-18", "2019-04-20")  # complaint of Thu 18 evening, inquiry opened and the branch head heard by Fri 19
art(S, "http://attessia.tv/news/social/690540/%D8%AC%D9%86%D8%AF%D9%88%D8%A8%D8%A9--%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%AC%D9%84%D8%B3%D8%A7%D8%AA-%D9%85%D8%AD%D8%A7%D9%83%D9%85-%D8%A7%D9%84%D8%AC%D9%87%D8%A9-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7-%D8%B9%D9%84%D9%89-%D8%A7%D8%B9%D8%AA%D8%AF%D8%A7%D8%A1-%D8%AA%D8%B9%D8%B1%D8%B6-%D9%84%D9%87-%D8%B1",
    "2019-04-19", "no stamp on the stored page: 'اليوم الجمعة' for the suspension of the Jendouba courts, which acharaa dates 'اليوم الجمعة 19 أفريل 2019', and 'مساء أمس الخميس' for the assault (19 Apr 2019 was a Friday); a TAP (وات) report; headline rendered from the cut URL slug; the last sentence, cut in the stored text, dropped; no date of its own in the text", False, """
جندوبة: تعليق جلسات محاكم الجهة احتجاجا على اعتداء تعرض له رئيس فرع المحامين
توقفت، اليوم الجمعة، جلسات محاكم ولاية جندوبة بجميع درجاتها، إثر احتجاج محامين على اعتداء تعرض له رئيس الفرع الجهوي للمحامين، مساء أمس الخميس، ووُجّهت فيه الاتهامات إلى أعوان أمن، بحسب ما أكده رئيس الفرع فيصل النقاطي لوكالة (وات) بجندوبة.
وذكر النقاطي أن عددًا من أعوان الأمن بالزي الرسمي وآخرين بالزي المدني اعتدوا عليه دفعًا وركلًا، ووجهوا إليه عبارات نابية حين حاول منعهم من الاحتفاظ بزوجته دون إذن قضائي.
وبيّن أن زوجته كانت تحضر اجتماعًا لعدد من النساء في منزل بحي الفايز وسط مدينة جندوبة، شاركت فيه ناشطات في الحركة الصوفية المرخص لها قانونًا، غير أن الأمن اقتحم المنزل بعدد كبير من الأعوان ودون إذن قضائي.
وتقدم رئيس الفرع الجهوي للمحامين بجندوبة مساء البارحة بشكاية جزائية إلى ممثل النيابة العمومية، فُتح على إثرها تحقيق ضد كل من قد يكشف عنه البحث، واستمع إليه قاضي التحقيق الثالث في انتظار استكمال بقية الأبحاث.
""", [
    ev("jendouba-courts-halt", "توقفت، اليوم الجمعة، جلسات محاكم ولاية جندوبة", "2019-04-19", "'اليوم الجمعة' = Fri 19 Apr 2019"),
    ev("assault", "اعتداء تعرض له رئيس الفرع الجهوي للمحامين، مساء أمس الخميس", "2019-04-18", "'مساء أمس الخميس' from Fri 19 = the evening of Thu 18 Apr 2019"),
    ev("house-raid", "غير أن الأمن اقتحم المنزل بعدد كبير من الأعوان", "2019-04-18", "no own expression; the raid of the same evening, Thu 18 Apr 2019 (zoomtunisia: 'مساء أمس الخميس')"),
    ev("complaint-filed", "مساء البارحة بشكاية جزائية", "2019-04-18", "'مساء البارحة' from Fri 19 = the evening of Thu 18 Apr 2019"),
    ev("inquiry-opened", "فُتح على إثرها تحقيق", INQUIRY[0], "no own expression; opened on the complaint of Thu 18 Apr 2019 evening, the branch head heard by Fri 19 (my span 18-19 Apr)", end=INQUIRY[1]),
])
art(S, "https://acharaa.com/?p=413727",
    "2019-04-19", "the body's 'اليوم الجمعة 19 أفريل 2019' (kept in the text; 19 Apr 2019 was a Friday); the source line 'الشارع المغاربي – قسم الاخبار' dropped; headline written from the body; the last, truncated sentence dropped", True, """
المحامون الشبان يطالبون وزير الداخلية بالاعتذار للمحاماة
دعت الهيئة المديرة للجمعية التونسية للمحامين الشبان، اليوم الجمعة 19 أفريل 2019، وزير الداخلية إلى تقديم اعتذار رسمي للمحاماة بسبب "عجزه البين عن تأطير منظوريه"، وإلى فتح تحقيق جدي في الاعتداء على رئيس الفرع الجهوي للمحامين بجندوبة نظرًا إلى فظاعته.
ووصفت الهيئة، في بيان أصدرته اليوم، الاعتداء بـ"الهمجي" وبالسابقة الخطيرة جدًا، معتبرة إياه حادثة مدروسة وممنهجة تندرج في سلسلة من الاعتداءات على المحامين.
وحمّلت رئيس الجمهورية ورئيس الحكومة ووزير الداخلية المسؤولية كاملة عن تقاعسهم في التعامل مع الاعتداءات المتكررة على المحاماة، ودعت إلى مقاطعة كل الأعمال لدى باحث البداية ومقاطعة نيابة وزارة الداخلية في كل الأعمال القضائية.
كما طالبت مجلس الهيئة الوطنية باتخاذ قرارات تصعيدية تتناسب مع حجم ما حدث، وأعلنت استعدادها لخوض كل أشكال النضال دفاعًا عن المحاماة وعن الحقوق والحريات.
ويُذكر أن مجلس الفرع الجهوي للمحامين بجندوبة قرر تعليق العمل بجميع محاكم الجهة كامل اليوم الجمعة 19 أفريل 2019 بداية من الساعة التاسعة صباحا.
""", [
    ev("young-lawyers-statement", "دعت الهيئة المديرة للجمعية التونسية للمحامين الشبان، اليوم الجمعة 19 أفريل 2019", "2019-04-19", "'اليوم الجمعة 19 أفريل 2019' = Fri 19 Apr 2019"),
    ev("assault", "في الاعتداء على رئيس الفرع الجهوي للمحامين بجندوبة", "2019-04-18", "no own expression; the assault of the evening of Thu 18 Apr 2019 (attessia: 'مساء أمس الخميس')"),
    ev("branch-decision", "مجلس الفرع الجهوي للمحامين بجندوبة قرر", "2019-04-18", "no own expression; the branch decided after the assault, before the suspension of Fri 19 Apr 2019 at 9 a.m. (my span 18-19 Apr)", end="2019-04-20"),
    ev("jendouba-courts-halt", "تعليق العمل بجميع محاكم الجهة كامل اليوم الجمعة 19 أفريل 2019", "2019-04-19", "'كامل اليوم الجمعة 19 أفريل 2019 بداية من الساعة التاسعة صباحا' = Fri 19 Apr 2019 from 9 a.m."),
])
art(S, "https://rayaljadid.com/2019/04/23/%d8%a7%d9%84%d9%85%d8%ad%d8%a7%d9%85%d9%88%d9%86-%d8%a7%d9%84%d8%aa%d9%88%d9%86%d8%b3%d9%8a%d9%88%d9%86-%d9%81%d9%8a-%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d8%b9%d8%a7%d9%85-%d9%8a%d9%88%d9%85-%d8%ba%d8%af",
    "2019-04-23", "date in the URL '/2019/04/23/'; the body's 'مساء أمس الإثنين' and 'يوم غد الأربعاء' agree (23 Apr 2019 was a Tuesday); the dateline 'تونس ــ الرأي الجديد / سندس' and the last, truncated sentence dropped; no date of its own in the text", False, """
المحامون التونسيون في إضراب عام يوم غد في جميع المحاكم
أعلن مجلس الهيئة الوطنية للمحامين، في ساعة متأخرة من مساء أمس الإثنين، أنه سينفذ إضرابا عاما عن العمل يوم غد الأربعاء في كل المحاكم التونسية.
وجاء قرار الإضراب إثر اجتماع طارئ لنقابة المحامين دام بضع ساعات، على خلفية اعتداء عدد من الأمنيين على رئيس النقابة الفرعية للمحامين بولاية جندوبة.
كما قررت هيئة المحامين تنظيم وقفة احتجاجية أمام وزارة الداخلية يوم الخميس 25 أبريل.
وكان وكيل الجمهورية قد أذن، نهاية الأسبوع المنقضي، بفتح تحقيق في الشكوى التي رفعها رئيس نقابة المحامين بجندوبة متهمًا فيها عددًا من الأمنيين بالاعتداء عليه إلى حد سحله أمام المواطنين، حين احتج على احتجاز زوجته التي كانت تشارك مع نساء أخريات في اجتماع لما يعرف بالحركة الصوفية.
وبدأت الهيئة كذلك إبلاغ كل هيئات المحامين الدولية والعربية "باستهداف المحاماة التونسية، ومحاولة ضرب الحقوق والحريات، والعودة إلى مربع الاستبداد"، بحسب بيان أصدرته النقابة اليوم تضمن جملة من القرارات والإجراءات لحماية المحامين.
""", [
    ev("council-decision", "أعلن مجلس الهيئة الوطنية للمحامين، في ساعة متأخرة من مساء أمس الإثنين", "2019-04-22", "'في ساعة متأخرة من مساء أمس الإثنين' from Tue 23 = late on Mon 22 Apr 2019"),
    ev("general-strike", "إضرابا عاما عن العمل يوم غد الأربعاء", "2019-04-24", "'يوم غد الأربعاء' from Tue 23 = Wed 24 Apr 2019"),
    ev("assault", "اعتداء عدد من الأمنيين على رئيس النقابة الفرعية", "2019-04-18", "no own expression; the assault of the evening of Thu 18 Apr 2019 (attessia)"),
    ev("interior-protest", "وقفة احتجاجية أمام وزارة الداخلية يوم الخميس 25 أبريل", "2019-04-25", "'يوم الخميس 25 أبريل' = Thu 25 Apr 2019"),
    ev("inquiry-opened", "قد أذن، نهاية الأسبوع المنقضي، بفتح تحقيق", INQUIRY[0], "'نهاية الأسبوع المنقضي' from Tue 23; the inquiry was opened on the complaint of Thu 18 Apr 2019 evening, the branch head heard by Fri 19 (attessia)", end=INQUIRY[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 280)
                            if i != 201 and i != 276
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 429-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: housing and rent in Arab countries: rent laws passed or
amended, demolitions of informal housing and evictions, social-housing units handed over, building permits and
real-estate price moves.
Stories: Egypt's six-month halt of building permits for private housing (the ministerial decision of the
local-development minister Mahmoud Shaarawy, in force from Sun 24 May 2020; Cairo's own decision; the Youm7 poll).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-building-permits-halt-2020
S = "egypt-building-permits-halt-2020"
DECISION = ("2020-05-24", "2020-05-26")    # Shaarawy's ministerial decision: made public on Mon 25 May 2020 (aswaq: 'اليوم ثاني ايام عيد الفطر'), effective from Sun 24 May
EFFECT = "2020-05-24"                      # the halt took effect on Sun 24 May 2020 (first day of Eid al-Fitr 1441 in Egypt), for 6 months
CAIRO = "2020-05-25"                       # Cairo governor Khaled Abdel-Aal's decision and statement, Mon 25 May 2020
art(S, "http://www.alsbbora.info/385414",
    "2020-05-25", "page time stamp 'الإثنين 25/مايو/2020 - 12:10 م' (kept as second line; 25 May 2020 was a Monday); the page-header date 'الأربعاء 24 أبريل 2024' is the crawl date and the masthead names are dropped, with the outlet tag 'السبورة'; headline kept from the page (reworded)", True, """
عاجل| الحكومة تكلف المحافظين بوقف تراخيص البناء 6 شهور.. التفاصيل
الإثنين 25/مايو/2020 - 12:10 م
بناءً على توجيهات الحكومة، أصدر وزير التنمية المحلية اللواء محمود شعراوى قراراً وزارياً يكلّف فيه كل محافظ في حدود اختصاصه بوقف منح التراخيص الخاصة بإنشاء أعمال البناء أو توسعتها أو تعليتها أو تعديلها أو تدعيمها للمساكن الخاصة.
كما نص القرار على وقف استكمال أعمال البناء في المباني التي يجري تنفيذها، إلى أن يتم التحقق من استيفاء الاشتراطات البنائية وتوفير الجراجات، وذلك في محافظات القاهرة الكبرى والإسكندرية وكذلك عواصم المحافظات والمدن الكبرى، اعتباراً من يوم الأحد 24 مايو الجارى ولمدة 6 أشهر.
""", [
    ev("minister-decision", "أصدر وزير التنمية المحلية اللواء محمود شعراوى قراراً وزارياً", DECISION[0], "no own expression (past tense, before the stamp of Mon 25 May 12:10); the decision, effective from Sun 24 May, was made public on Mon 25 May 2020 (aswaq: 'اليوم ثاني ايام عيد الفطر'); my span 24-25 May", end=DECISION[1]),
    ev("construction-stopped", "نص القرار على وقف استكمال أعمال البناء في المباني", DECISION[0], "no own expression; part of the same decision of 24-25 May 2020 (my span)", end=DECISION[1]),
    ev("halt-takes-effect", "اعتباراً من يوم الأحد 24 مايو الجارى ولمدة 6 أشهر", EFFECT, "'يوم الأحد 24 مايو الجارى' in an article of Mon 25 May 2020 = Sun 24 May 2020 (the start of the six months)"),
])
art(S, "https://aswaq.news/3203",
    "2020-05-25", "no date line on the stored page; the body's 'اليوم ثاني ايام عيد الفطر المبارك' gives Mon 25 May 2020 (Eid al-Fitr 1441 began in Egypt on Sun 24 May 2020), with 'اعتباراً من يوم الأحد 24 مايو الجاري' agreeing; headline written from the body (the stored text has none); the last, truncated line of the list dropped; no date of its own in the text", False, """
وزير التنمية المحلية يكلف المحافظين بوقف تراخيص البناء 6 أشهر
منذ بداية أزمة كورونا في مصر، عقد الرئيس عبد الفتاح السيسي مؤتمرا صحفيا تناول فيه استغلال بعض المواطنين انشغال الدولة بالتصدي لفيروس كورونا المستجد كوفيد 19 والحد من تفشيه في أرجاء البلاد، ولجوءهم إلى البناء المخالف في كل مكان شرقا وغربا، ووجه الرئيس وقتها تحذيرا شديد اللهجة إلى المحافظين ومديري الأمن في كل المحافظات بحسم ملف البناء المخالف، والتعامل بحزم مع تلك المخالفات بهدمها وإحالة أصحابها إلى التحقيق طبقا للقانون.
وكلّف وزير التنمية المحلية اللواء محمود شعراوي المحافظين جميعا اليوم ثاني ايام عيد الفطر المبارك بوقف منح التراخيص الخاصة بإقامة أعمال البناء، وذلك اعتباراً من يوم الأحد 24 مايو الجاري ولمدة 6 أشهر.
ونص قرار وزير التنمية المحلية على ما يلي:
– وقف تراخيص البناء للمساكن الخاصة أو توسعتها أو تعليتها أو تعديلها أو تدعيمها.
– وقف استكمال أعمال البناء في المباني الجاري تنفيذها إلى حين التحقق من توافر الاشتراطات البنائية والجراجات في محافظات القاهرة الكبرى والإسكندرية وكذلك عواصم المحافظات والمدن الكبرى ولمدة 6 أشهر.
""", [
    ev("sisi-warning", "ووجه الرئيس وقتها تحذيرا شديد اللهجة إلى المحافظين", "2020-02-14", "'منذ بداية أزمة كورونا' ... 'وقتها': some day between Egypt's first Covid-19 case (Fri 14 Feb 2020) and the decision (my span 14 Feb - 24 May 2020)", end="2020-05-25"),
    ev("minister-decision", "وكلّف وزير التنمية المحلية اللواء محمود شعراوي المحافظين جميعا", DECISION[0], "'اليوم ثاني ايام عيد الفطر المبارك' = Mon 25 May 2020; the decision runs from Sun 24 May (my span 24-25 May)", end=DECISION[1]),
    ev("halt-takes-effect", "اعتباراً من يوم الأحد 24 مايو الجاري ولمدة 6 أشهر", EFFECT, "'يوم الأحد 24 مايو الجاري' = Sun 24 May 2020"),
    ev("construction-stopped", "وقف استكمال أعمال البناء في المباني الجاري تنفيذها", DECISION[0], "no own expression; part of the same decision (my span 24-25 May 2020)", end=DECISION[1]),
])
art(S, "https://baladnaelyoum.com/news/681405",
    "2020-05-25", "page date line 'الاثنين 25 مايو 2020 | 05:46 مساءً' (kept as second line; 25 May 2020 was a Monday); the body's 'في بيان له اليوم' agrees; the byline 'كتب : دينا سليمان' and the 'اقرأ ايضا' links dropped; headline kept from the page (reworded, the tag '\"تفاصيل\"' dropped)", True, """
محافظ القاهرة يصدر قرارًا بإيقاف تراخيص البناء ستة أشهر
الاثنين 25 مايو 2020 | 05:46 مساءً
أصدر اللواء خالد عبد العال محافظ القاهرة قرارا بوقف منح تراخيص البناء لمدة ستة أشهر في جميع أحياء العاصمة، مشددا على وقف كل أعمال البناء أو التوسعة أو التعلية أو التعديل للمساكن الخاصة، ووقف استكمال البناء في المبانى الجارى تنفيذها إلى أن يتم التحقق من توافر الاشتراطات البنائية والجراجات، وذلك اعتباراً من يوم الأحد 24 مايو الجارى.
وفي بيان له اليوم، ألزم محافظ القاهرة رؤساء الأحياء بالمرور الميدانى اليومى على العقارات الواقعة في نطاقهم، واتخاذ كل الإجراءات القانونية إزاء المخالفات التي تُرتكب والتصدي لها بالإزالة الفورية حتى سطح الأرض، مع إحالة المخالفات ومرتكبيها إلى القضاء العسكري، وكلّف نوابه للمناطق الأربع بمتابعة تنفيذ القرار وموافاته بتقرير يومي بالنتائج.
""", [
    ev("cairo-halt-decision", "أصدر اللواء خالد عبد العال محافظ القاهرة قرارا بوقف", CAIRO, "no own expression; the governor's decision announced in his statement of 'اليوم' = Mon 25 May 2020 (date line)"),
    ev("halt-takes-effect", "وذلك اعتباراً من يوم الأحد 24 مايو الجارى", EFFECT, "'يوم الأحد 24 مايو الجارى' in an article of Mon 25 May 2020 = Sun 24 May 2020"),
    ev("cairo-statement", "وفي بيان له اليوم، ألزم محافظ القاهرة رؤساء الأحياء", CAIRO, "'اليوم' = Mon 25 May 2020 (date line)"),
])
art(S, "https://youm7.com/story/2020/5/26/68-من-قراء-اليوم-السابع-يؤيدون-قرار-وقف-رخص-البناء/4792717",
    "2020-05-26", "page date line 'الثلاثاء، 26 مايو 2020 10:40 ص' (dropped; 26 May 2020 was a Tuesday) and the date in the URL '/2020/5/26/'; headline kept from the page (reworded); the share/comment furniture and the poll widget number dropped; no date of its own in the text", False, """
أغلبية 68% من قراء اليوم السابع تؤيد قرار وقف رخص البناء 6 أشهر
أيّد 68% من قراء اليوم السابع قرار وزير التنمية المحلية بوقف منح رخص البناء لمدة 6 أشهر، بهدف الحد من البناء المخالف دون ترخيص والبناء على أراضي الدولة.
وكان اليوم السابع قد طرح استطلاعا على قرائه سألهم فيه عن موقفهم من تكليف وزير التنمية المحلية للمحافظين بوقف منح رخص البناء لمدة 6 أشهر للحد من البناء المخالف، فجاءت النتيجة بالموافقة بأغلبية 68% من المشاركين.
وكان اللواء محمود شعراوى وزير التنمية المحلية قد أصدر قراراً وزارياً يكلّف فيه كل محافظ في نطاق اختصاصه بوقف إصدار التراخيص الخاصة بإقامة أعمال البناء أو توسعتها أو تعليتها أو تعديلها أو تدعيمها للمساكن الخاصة، مع وقف استكمال أعمال البناء للمبانى الجارى تنفيذها حتى التأكد من توافر الاشتراطات البنائية والجراجات، في محافظات القاهرة الكبرى والإسكندرية وكذا عواصم المحافظات والمدن الكبرى، اعتباراً من يوم الأحد 24 مايو الجارى ولمدة 6 أشهر.
""", [
    ev("youm7-poll-result", "أيّد 68% من قراء اليوم السابع قرار وزير التنمية المحلية", "2020-05-25", "no own expression; the poll ran after the decision was made public (Mon 25 May) and its result was published on Tue 26 May 2020 10:40 (my span 25-26 May)", end="2020-05-27"),
    ev("youm7-poll-launched", "وكان اليوم السابع قد طرح استطلاعا على قرائه", "2020-05-25", "no own expression (pluperfect); launched after the decision became public on Mon 25 May and before the result of Tue 26 May 2020 morning (my span 25-26 May)", end="2020-05-27"),
    ev("minister-decision", "قد أصدر قراراً وزارياً يكلّف فيه كل محافظ", DECISION[0], "no own expression (pluperfect); the decision made public on Mon 25 May 2020, effective Sun 24 May (my span 24-25 May)", end=DECISION[1]),
    ev("halt-takes-effect", "اعتباراً من يوم الأحد 24 مايو الجارى ولمدة 6 أشهر", EFFECT, "'يوم الأحد 24 مايو الجارى' in an article of Tue 26 May 2020 = Sun 24 May 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 429
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 634-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: government decisions on working hours and holidays for
Ramadan or national (and religious) occasions, announced and applied.
Story: the Iraqi provinces' suspension of official working hours for the mid-Sha'ban occasion (15 Sha'ban
1447 = Wed 4 Feb 2026): Karbala, Dhi Qar, Wasit, Basra and other provinces (Iraq, January-February 2026).
This story is not in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-mid-shaban-provincial-holidays-2026
S = "iraq-mid-shaban-provincial-holidays-2026"
KARBALA_ANN = "2026-01-28"                 # Karbala announced its two-day suspension on Wed 28 Jan 2026 (burathanews 470692: 'اليوم الأربعاء', stamp 2026-01-28)
KARBALA_OFF = ("2026-02-03", "2026-02-05")  # Tue 3 - Wed 4 Feb 2026 (14 and 15 Sha'ban)
DHIQAR_ANN = "2026-02-01"                  # Dhi Qar council announced on Sun 1 Feb 2026
BASRA_ANN = "2026-02-01"                   # Basra council head announced on Sun 1 Feb 2026
MID_SHABAN = "2026-02-04"                  # 15 Sha'ban 1447 = Wed 4 Feb 2026 (alsumaria: 'الأربعاء الموافق 4/2/2026، والذي يصادف الخامس عشر من شهر شعبان')
BASRA_OFF = ("2026-02-04", "2026-02-06")   # Wed 4 - Thu 5 Feb 2026

art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%A9-%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%AA%D8%B9%D8%B7%D9%8A%D9%84-%D8%A7%D9%84%D8%AF%D9%88%D8%A7%D9%85-%D8%A7%D9%84%D8%A7%D8%B1%D8%A8%D8%B9%D8%A7-%D8%A7%D9%84%D9%85%D9%82%D8%A8%D9%84",
    "2026-02-01", "the page's time stamp 2026-02-01 (a Sunday), matching the body's 'يوم الأحد' for the Dhi Qar council's announcement; headline rendered from the URL slug; the date line is not in the text", True, """
محافظة عراقية تعلن تعطيل الدوام الأربعاء المقبل
شفق نيوز - ذي قار
قرر مجلس محافظة ذي قار، يوم الأحد، تعطيل الدوام الرسمي يوم الأربعاء المصادف الرابع من شهر شباط/ فبراير الجاري لمناسبة الزيارة الشعبانية.
وبيّن المجلس في بيان أن القرار يهدف إلى إحياء هذه المناسبة الدينية الكبيرة وإفساح المجال أمام المواطنين للمشاركة في أداء الزيارة.
وكانت محافظة كربلاء قد أعلنت نهاية شهر كانون الثاني/يناير الماضي تعطيل الدوام يومين، بينما قررت الحكومة المحلية في واسط تعطيل الدوام الاربعاء المقبل للمناسبة نفسها.
ويحيي المسلمون الشيعة في العراق كل عام زيارة المنتصف من شعبان عند مرقد الإمام الحسين في كربلاء، وهو يوم مولد الإمام محمد المهدي، الإمام الثاني عشر عند الشيعة الإمامية، وتُنفذ خلالها خطط أمنية وخدمية وصحية شاملة.
""", [
    ev("dhiqar-announcement", "قرر مجلس محافظة ذي قار، يوم الأحد", DHIQAR_ANN, "'يوم الأحد' in an article stamped Sun 1 Feb 2026"),
    ev("dhiqar-holiday", "تعطيل الدوام الرسمي يوم الأربعاء المصادف الرابع من شهر شباط/ فبراير الجاري", MID_SHABAN, "'الأربعاء المصادف الرابع من شهر شباط/ فبراير الجاري' = Wed 4 Feb 2026"),
    ev("karbala-announcement", "وكانت محافظة كربلاء قد أعلنت نهاية شهر كانون الثاني/يناير الماضي", KARBALA_ANN, "'نهاية شهر كانون الثاني/يناير الماضي'; the day from burathanews (stamp 2026-01-28, 'اليوم الأربعاء'): Wed 28 Jan 2026"),
    ev("karbala-holiday", "تعطيل الدوام يومين", KARBALA_OFF[0], "no day in this text; Karbala's two days are Tue 3 and Wed 4 Feb 2026 (14 and 15 Sha'ban; burathanews of 28 Jan: 'يومي 3، 4 من شهر شباط المقبل')", end=KARBALA_OFF[1]),
    ev("wasit-holiday", "قررت الحكومة المحلية في واسط تعطيل الدوام الاربعاء المقبل", MID_SHABAN, "'الاربعاء المقبل' from Sun 1 Feb 2026 = Wed 4 Feb"),
])

art(S, "http://burathanews.com/arabic/news/470858",
    "2026-02-01", "no date line or time stamp on the stored page; the body's 'اليوم الاحد ( 1 شباط 2026 )' (1 Feb 2026 was a Sunday) and 'في وقت سابق من اليوم' for the Dhi Qar council's announcement, which shafaq (stamp 2026-02-01) also dates 'يوم الأحد'; headline written from the body (the stored text has none)", False, """
البصرة تعطل الدوام الرسمي يومي الأربعاء والخميس بمناسبة النصف من شعبان
أعلن رئيس مجلس محافظة البصرة خلف لفتة البدران، اليوم الاحد ( 1 شباط 2026 )، تعطيل الدوام الرسمي ليومي الأربعاء والخميس القادمين.
وذكر إعلام مجلس المحافظة في بيان أن "رئيس المجلس خلف لفتة البدران قرر تعطيل الدوام الرسمي يومي الاربعاء والخميس المقبلين، لمناسبة الخامس عشر من شعبان المبارك".
وفي وقت سابق من اليوم، كان مجلس محافظة ذي قار قد أعلن تعطيل الدوام الرسمي يوم الأربعاء المقبل في عموم المحافظة لمناسبة الزيارة الشعبانية، موضحا أن "التعطيل يسري على جميع الدوائر والمؤسسات الحكومية في المحافظة".
""", [
    ev("basra-announcement", "أعلن رئيس مجلس محافظة البصرة خلف لفتة البدران", BASRA_ANN, "'اليوم الاحد ( 1 شباط 2026 )' = Sun 1 Feb 2026"),
    ev("basra-holiday", "تعطيل الدوام الرسمي ليومي الأربعاء والخميس القادمين", BASRA_OFF[0], "'الأربعاء والخميس القادمين' from Sun 1 Feb 2026 = Wed 4 and Thu 5 Feb", end=BASRA_OFF[1]),
    ev("mid-shaban", "لمناسبة الخامس عشر من شعبان المبارك", MID_SHABAN, "15 Sha'ban 1447 = Wed 4 Feb 2026 (alsumaria: 'الأربعاء الموافق 4/2/2026، والذي يصادف الخامس عشر من شهر شعبان')"),
    ev("dhiqar-announcement", "كان مجلس محافظة ذي قار قد أعلن", DHIQAR_ANN, "'في وقت سابق من اليوم' = Sun 1 Feb 2026"),
    ev("dhiqar-holiday", "تعطيل الدوام الرسمي يوم الأربعاء المقبل في عموم المحافظة", MID_SHABAN, "'الأربعاء المقبل' from Sun 1 Feb 2026 = Wed 4 Feb (shafaq: 'الرابع من شهر شباط')"),
])

art(S, "https://www.alsumaria.tv/news/politics/555067/%D8%AB%D8%A7%D9%85%D9%86-%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%A9-%D8%AA%D8%B9%D8%B7%D9%84-%D8%A7%D9%84%D8%AF%D9%88%D8%A7%D9%85-%D8%A7%D9%84%D8%B1%D8%B3%D9%85%D9%8A-%D8%BA%D8%AF%D8%A7-%D8%A7%D9%84%D8%A7%D8%B1%D8%A8%D8%B9%D8%A7%D8%A1",
    "2026-02-03", "the page's time stamp 2026-02-03 (a Tuesday), matching the body's 'غداً الأربعاء الموافق 4/2/2026'; headline rendered from the URL slug; the stored text has the province's name and the list of the seven other provinces stripped (links), so the text speaks of 'المحافظة' and 'سبع محافظات أخرى'", True, """
ثامن محافظة تعطل الدوام الرسمي غدا الأربعاء
ذكرت المحافظة في بيان أنه "استنادا إلى القرار المتخذ في الجلسة (26) المرقم (44) والمتعلق بقانون العطل للمناسبات الدينية، قرر مجلس المحافظة تعطيل الدوام الرسمي ليوم غداً الأربعاء الموافق 4/2/2026، الذي يصادف الخامس عشر من شهر شعبان المبارك، وذلك بمناسبة ذكرى ولادة إمامنا صاحب العصر والزمان (عجل الله فرجه الشريف)".
وقدمت المحافظة تهانيها بهذا المولد المبارك، سائلة الله أن يجعلنا من أنصاره وأعوانه وأن يعيده على البلد بالأمن والخير والبركات.
وكانت سبع محافظات أخرى قد عطلت الدوام الرسمي يوم غد الاربعاء، لتصبح هذه المحافظة الثامنة التي تعطل الدوام غدا.
""", [
    ev("eighth-province-statement", "ذكرت المحافظة في بيان", "2026-02-03", "no own expression; the statement reported in the article stamped Tue 3 Feb 2026 ('غداً الأربعاء الموافق 4/2/2026')"),
    ev("eighth-province-holiday", "قرر مجلس المحافظة تعطيل الدوام الرسمي ليوم غداً الأربعاء الموافق 4/2/2026", MID_SHABAN, "'غداً الأربعاء الموافق 4/2/2026' = Wed 4 Feb 2026"),
    ev("mid-shaban", "الذي يصادف الخامس عشر من شهر شعبان المبارك", MID_SHABAN, "15 Sha'ban 1447 = Wed 4 Feb 2026, as the text says"),
    ev("other-provinces-holiday", "وكانت سبع محافظات أخرى قد عطلت الدوام الرسمي يوم غد الاربعاء", MID_SHABAN, "'يوم غد الاربعاء' from Tue 3 Feb 2026 = Wed 4 Feb"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 634
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

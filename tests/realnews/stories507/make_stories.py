"""Builds stories.jsonl: the 507-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: public holidays and official working hours (holidays
announced for religious feasts or national days, their dates, extensions, return to work).
Stories: the Iraqi official holiday for Victory Day (the anniversary of the 2017 victory over ISIS) on
Wed 10 Dec 2025, and the same holiday on Tue 10 Dec 2024 (Iraq).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()
VICTORY_2017 = "2017-12-10"                # Iraq declared its victory over ISIS on Sun 10 Dec 2017

# ---------------------------------------------------------------- iraq-victory-day-holiday-2025
S = "iraq-victory-day-holiday-2025"
HOLIDAY = "2025-12-10"                     # the Victory Day holiday, Wed 10 Dec 2025
DECISION = "2025-12-09"                    # the cabinet decided it at its session of Tue 9 Dec 2025
art(S, "https://www.alsumaria.tv/news/localnews/548793/%D8%A7%D9%84%D8%B9%D8%B7%D9%84-%D8%A7%D9%84%D8%B1%D8%B3%D9%85%D9%8A%D8%A9-%D8%AE%D9%84%D8%A7%D9%84-%D9%83%D8%A7%D9%86%D9%88%D9%86-%D8%A7%D9%84%D8%A3%D9%88%D9%84-%D9%87%D9%84-%D8%B3%D9%8A%D9%83%D9%88%D9%86-%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D9%82%D8%A8%D9%84-%D8%B9%D8%B7%D9%84%D8%A9-%D9%84%D9%83%D9%84-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7",
    "2025-12-02", "the stored page's date stamp 2025-12-02 (a Tuesday); the body has no date of its own beyond 'الشهر الحالي' and 'الأربعاء المقبل الموافق الـ10 كانون الأول الحالي'; headline rendered from the URL slug; the words missing in the stored excerpt ('عطلة', 'ذكرى', 'داعش', 'البرلمان') restored from the context", True, """
العطل الرسمية خلال كانون الأول.. هل سيكون الأربعاء المقبل عطلة لكل العراقيين؟
وبموجب القانون، سيحمل الشهر الحالي عطلة خاصة بأبناء المكون المسيحي بمناسبة ميلاد السيد المسيح (عليه السلام)، التي توافق الـ25 من كانون الأول الحالي.
وسيكون يوم الجمعة الاول من شهر كانون الاول كذلك عطلة بمناسبة عيد الصيام لأبناء المكون الإيزيدي.
ويرجَّح أن يغدو يوم الأربعاء المقبل الموافق الـ10 كانون الأول الحالي عطلة تشمل العراقيين كافة، إذ يوافق ذكرى النصر الكبير على تنظيم داعش الإرهابي وتحرير أراضي العراق من قبضة تلك العصابات.
غير أن أي بيان رسمي لم يصدر حتى الان ليثبت تعطيل الدوام الرسمي أو ينفيه، فضلا عن أن هذا اليوم غير مدرج في قانون العطل الرسمية الذي أقره مجلس النواب.
""", [
    ev("christmas-holiday", "عطلة خاصة بأبناء المكون المسيحي", "2025-12-25", "'الـ25 من كانون الأول الحالي' in an article of Dec 2025 = Thu 25 Dec 2025"),
    ev("yazidi-fast-feast-holiday", "عطلة بمناسبة عيد الصيام لأبناء المكون الإيزيدي", "2025-12-05", "'يوم الجمعة الاول من شهر كانون الاول' = the first Friday of December 2025, Fri 5 Dec"),
    ev("victory-day-holiday", "عطلة تشمل العراقيين كافة", HOLIDAY, "'يوم الأربعاء المقبل الموافق الـ10 كانون الأول الحالي' = Wed 10 Dec 2025 (expected here, decided on Tue 9 Dec)"),
    ev("victory-declared-2017", "النصر الكبير على تنظيم داعش الإرهابي", VICTORY_2017, "no own expression; the victory over ISIS declared on Sun 10 Dec 2017 (shafaq: 'النصر على تنظيم داعش عام 2017'; almasalah: 'الذكرى الثامنة')"),
])
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%B5%D9%84%D8%A7%D8%AD%D9%8A%D8%A7%D8%AA-%D9%88%D8%A7%D9%84%D9%82%D8%A7%D9%86%D9%88%D9%86-%D8%B9%D8%B7%D9%84%D8%A9-%D9%8A%D9%88%D9%85-%D8%A7%D9%84%D9%86%D8%B5%D8%B1-%D8%AA%D8%B4%D8%BA%D9%84-%D8%A7%D9%84%D8%B1-%D9%8A-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A",
    "2025-12-09", "the stored page's date stamp 2025-12-09, agreeing with the body's 'اليوم الثلاثاء' (9 Dec 2025 was a Tuesday) and 'ليوم غد الاربعاء' for the holiday of Wed 10 Dec; headline rendered from the URL slug; the 'شفق نيوز- بغداد' line dropped", True, """
بين الصلاحيات والقانون.. عطلة يوم النصر تشغل الرأي العام العراقي
يتصدر تعطيل الدوام الرسمي ليوم غد اهتمام الرأي العام في العراق، اليوم الثلاثاء، لمناسبة ذكرى النصر على تنظيم داعش، في ظل توقعات بأن يمنح مجلس الوزراء العطلة.
وامتلأت مواقع التواصل الاجتماعي بمنشورات عن العطلة تراوحت بين النفي والتأكيد، بينما لم يصدر أي بيان رسمي في شأنها.
وأوضح مصدر مطلع لوكالة شفق نيوز أن "قانون العطل الرسمية يشمل 17 عطلة رسمية تتوزع بين المناسبات الدينية والأعياد الوطنية، وليس من بينها تعطيل الدوام الرسمي في يوم 10 كانون الاول".
وبيّن أن "القانون خوّل رئيس مجلس الوزراء تعطيل الدوام الرسمي في المناسبات والظروف الخاصة".
ومضى قائلا إن "الترجيحات تميل إلى تعطيل الدوام الرسمي ليوم غد الاربعاء، بقرار يتخذه مجلس الوزراء في جلسته التي ستعقد مساء اليوم".
وفي كل عام، يمنح رئيس مجلس الوزراء عطلة رسمية في 10 كانون الأول، إحياءً لذكرى تحقيق النصر على تنظيم داعش عام 2017.
""", [
    ev("holiday-public-debate", "يتصدر تعطيل الدوام الرسمي ليوم غد اهتمام الرأي العام", DECISION, "'اليوم الثلاثاء' = Tue 9 Dec 2025"),
    ev("social-media-posts", "وامتلأت مواقع التواصل الاجتماعي بمنشورات عن العطلة", DECISION, "no own expression; the posts of the day of the report, Tue 9 Dec 2025 (they may have begun a little earlier)"),
    ev("victory-day-holiday", "تعطيل الدوام الرسمي ليوم غد الاربعاء", HOLIDAY, "'يوم غد الاربعاء' from Tue 9 Dec 2025 = Wed 10 Dec"),
    ev("cabinet-decision", "في جلسته التي ستعقد مساء اليوم", DECISION, "'مساء اليوم' = the evening of Tue 9 Dec 2025 (the decision reported by almasalah: 'أقرّ مجلس الوزراء، الثلاثاء')"),
    ev("victory-declared-2017", "ذكرى تحقيق النصر على تنظيم داعش عام 2017", VICTORY_2017, "'عام 2017' with the annual holiday of '10 كانون الأول' = the declaration of Sun 10 Dec 2017"),
])
art(S, "https://almasalah.com/archives/127937",
    "2025-12-09", "no date line on the stored page; the body's 'أقرّ مجلس الوزراء، الثلاثاء' with 'ليوم غد الأربعاء ( 10 كانون الأول )' gives Tue 9 Dec 2025 (10 Dec 2025 was a Wednesday; 'الذكرى الثامنة' of 2017 gives the year), so states_date is false; the disclaimer and the related links dropped; headline written from the body (the stored text has none)", False, """
مجلس الوزراء يقر عطلة رسمية في ذكرى النصر على داعش
بغداد/المسلة: صادق مجلس الوزراء، الثلاثاء، على تعطيل الدوام الرسمي ليوم غد الأربعاء ( 10 كانون الأول )، احتفاءً بالذكرى الثامنة لإعلان النصر على الإرهاب وتنظيم داعش الإجرامي.
وأفاد المكتب الإعلامي لرئيس مجلس الوزراء، في بيان تلقته المسلة، بأن القرار قضى بتعطيل الدوام الرسمي ليوم غد الأربعاء (10 كانون الأول)، في الذكرى الثامنة لإعلان النصر على الإرهاب وتنظيم داعش الإجرامي.
ويُنتظر أن تشمل العطلة جميع مؤسسات الدولة، ما عدا الدوائر الخدمية والقطاعات التي تفرض طبيعة عملها مواصلة تقديم الخدمات للمواطنين.
""", [
    ev("cabinet-decision", "صادق مجلس الوزراء، الثلاثاء", DECISION, "'الثلاثاء' with 'غد الأربعاء ( 10 كانون الأول )' = Tue 9 Dec 2025"),
    ev("victory-day-holiday", "ليوم غد الأربعاء ( 10 كانون الأول )", HOLIDAY, "'غد الأربعاء ( 10 كانون الأول )' = Wed 10 Dec 2025"),
    ev("pm-office-statement", "وأفاد المكتب الإعلامي لرئيس مجلس الوزراء", DECISION, "no own expression; the statement announcing the decision of Tue 9 Dec 2025 ('غد الأربعاء')"),
    ev("victory-declared-2017", "احتفاءً بالذكرى الثامنة لإعلان النصر", VICTORY_2017, "'الذكرى الثامنة' in Dec 2025 = the declaration of Sun 10 Dec 2017"),
])

# ---------------------------------------------------------------- iraq-victory-day-holiday-2024
S = "iraq-victory-day-holiday-2024"
HOLIDAY = "2024-12-10"                     # the Victory Day holiday, Tue 10 Dec 2024
art(S, "https://baghdadtoday.news/263025-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B9%D8%B7%D9%84-%D8%A7%D9%84%D8%AF%D9%88%D8%A7%D9%85-%D8%A7%D9%84%D8%B1%D8%B3%D9%85%D9%8A-%D9%8A%D9%88%D9%85-%D8%A7%D9%84%D8%AB%D9%84%D8%A7%D8%AB%D8%A7%D8%A1-10-%D9%83%D8%A7%D9%86%D9%88%D9%86-%D8%A7%D9%84%D8%A3%D9%88%D9%84-%D8%B9%D8%A7%D8%AC%D9%84.html",
    "2024-11-30", "the page's time stamp '30-11-2024, 20:25' and the body's 'اليوم السبت (30 تشرين الثاني 2024)' (30 Nov 2024 was a Saturday); the news ticker, the section line and the 'أهم الاخبار' teasers dropped; headline kept from the page", True, """
العراق يعطل الدوام الرسمي يوم الثلاثاء 10 كانون الأول- عاجل
بغداد اليوم- بغداد
كشفت الأمانة العامة لمجلس الوزراء، اليوم السبت (30 تشرين الثاني 2024)، عن قرارها تعطيل الدوام الرسمي في عموم البلاد يوم الثلاثاء 10 كانون الأول بمناسبة يوم النصر على داعش.
ونقل مصدر حكومي لـ"بغداد اليوم" أن "الأمانة العامة لمجلس الوزراء قررت أن يكون يوم الثلاثاء الموافق 10 كانون الأول عطلة رسمية، إحياءً لذكرى تحرير أرض العراق من عصابات تنظيم داعش الإرهابي (يوم النصر)".
يذكر أن العراق كان قد أعلن في العاشر من شهر كانون الأول 2017 انتصاره على تنظيم داعش وتحرير كل المدن التي وقعت تحت سيطرته.
""", [
    ev("secretariat-announcement", "كشفت الأمانة العامة لمجلس الوزراء، اليوم السبت", "2024-11-30", "'اليوم السبت (30 تشرين الثاني 2024)' = Sat 30 Nov 2024"),
    ev("victory-day-holiday", "تعطيل الدوام الرسمي في عموم البلاد يوم الثلاثاء 10 كانون الأول", HOLIDAY, "'يوم الثلاثاء 10 كانون الأول' in Nov 2024 = Tue 10 Dec 2024"),
    ev("government-source-statement", "ونقل مصدر حكومي لـ\"بغداد اليوم\"", "2024-11-30", "no own expression; the source spoke on the day of the announcement, Sat 30 Nov 2024"),
    ev("victory-declared-2017", "أعلن في العاشر من شهر كانون الأول 2017 انتصاره", VICTORY_2017, "'في العاشر من شهر كانون الأول 2017' = Sun 10 Dec 2017"),
])
art(S, "https://alsaabiea.com/news/745183",
    "2024-12-03", "no date line on the stored page; the body's 'اليوم الثلاثاء' with 'ليوم الثلاثاء المقبل 10 كانون الأول 2024' gives Tue 3 Dec 2024 (the Tuesday one week before Tue 10 Dec 2024), so states_date is false; headline kept from the page", False, """
مجلس الوزراء يقرر تعطيل الدوام الرسمي ليوم الثلاثاء المقبل احتفاءً بيوم النصر
بغداد –
أعلن مجلس الوزراء، اليوم الثلاثاء، قراره تعطيل الدوام الرسمي ليوم الثلاثاء المقبل 10 كانون الأول 2024.
وأورد المكتب الإعلامي لرئيس مجلس الوزراء، في بيان موجز تلقته السابعة، أن "مجلس الوزراء قرر أن يكون يوم الثلاثاء 10 كانون الأول 2024 عطلة رسمية في الوزارات والمؤسسات الحكومية كافة، احتفاءً بيوم النصر وذكرى تحرير أرض العراق من عصابات داعش الإرهابية".
""", [
    ev("cabinet-decision", "أعلن مجلس الوزراء، اليوم الثلاثاء", "2024-12-03", "'اليوم الثلاثاء' one week before 'الثلاثاء المقبل 10 كانون الأول 2024' = Tue 3 Dec 2024"),
    ev("victory-day-holiday", "تعطيل الدوام الرسمي ليوم الثلاثاء المقبل 10 كانون الأول 2024", HOLIDAY, "'الثلاثاء المقبل 10 كانون الأول 2024' = Tue 10 Dec 2024"),
    ev("pm-office-statement", "وأورد المكتب الإعلامي لرئيس مجلس الوزراء", "2024-12-03", "no own expression; the statement on the cabinet's decision of Tue 3 Dec 2024"),
    ev("victory-declared-2017", "وذكرى تحرير أرض العراق من عصابات داعش الإرهابية", VICTORY_2017, "no own expression; the liberation declared on Sun 10 Dec 2017 (baghdadtoday: 'في العاشر من شهر كانون الأول 2017')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 507
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

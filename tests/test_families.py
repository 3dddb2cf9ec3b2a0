"""Families of issue 11 that the corpus format does not hold (sets, vague durations, the
mention an offset gives inside a sentence, open ranges after a year), and the TIMEX3 type
of every kind of value. Expected values by hand (the DCT is Tuesday 13 February 2018)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

import timeline
from timeline.values import END_OF_CALENDAR

R = date(2018, 2, 13)


@pytest.mark.parametrize(
    "text, timex, grain",
    [
        ("كل يوم", "P1D", "day"), ("يوميا", "P1D", "day"), ("يومياً", "P1D", "day"), ("أسبوعيا", "P1W", "week"),
        ("شهريا", "P1M", "month"), ("سنويا", "P1Y", "year"), ("كل عام", "P1Y", "year"), ("كل أسبوع", "P1W", "week"),
        ("كل ثلاثة أيام", "P3D", "day"), ("كل يومين", "P2D", "day"), ("كل يوم جمعة", "XXXX-WXX-5", "day"),
        ("كل جمعة", "XXXX-WXX-5", "day"), ("كل يوم الاثنين", "XXXX-WXX-1", "day"), ("كل ساعة", "PT1H", "hour"),
        # a day of every year: "الـ18 من ديسمبر من كل عام" is no date of this year
        ("الـ18 من ديسمبر من كل عام", "XXXX-12-18", "day"), ("18 نوفمبر كل سنة", "XXXX-11-18", "day"),
    ],
)
def test_sets(text, timex, grain):
    v = timeline.resolve(text, reference=R)
    assert v is not None and v.is_set and v.start is None and v.duration is None, v
    assert (v.timex, v.grain, v.timex_type) == (timex, grain, "SET")
    assert timeline.resolve(text) == v  # a set needs no reference


def test_annual_date_is_no_date_of_this_year():
    """Only a day and month with no year make a date of every year; with a year, or before
    another unit, the date stays a date ("في 18 نوفمبر من كل أسبوع" is two mentions)."""
    got = [(m.text, m.kind) for m in timeline.extract("يوم 5 مارس 2016 من كل عام", R)]
    assert got == [("5 مارس 2016", "date"), ("كل عام", "set")]
    got = [(m.text, m.kind) for m in timeline.extract("في 18 نوفمبر من كل أسبوع", R)]
    assert got == [("18 نوفمبر", "date"), ("كل أسبوع", "set")]
    # the greeting "كل عام وأنتم بخير" is no "every year" of the date before it
    got = [(m.text, m.kind) for m in timeline.extract("أعلن في 25 ديسمبر كل عام وانتم بخير", R)]
    assert got == [("25 ديسمبر", "date"), ("كل عام", "set")]
    # the event of the clause is not dated by the day of every year
    tl = timeline.build(timeline.Corpus([timeline.Document(
        "ويحل العيد الوطني لقطر في الـ18 من ديسمبر من كل عام.", id="q", published=date(2016, 12, 14))]))
    assert all(e.when is None or e.when.start is None or e.when.start.date() != date(2016, 12, 18) for e in tl.events)


@pytest.mark.parametrize("text, iso", [("ساعات", "PTXH"), ("سنوات", "PXY"), ("أيام", "PXD"), ("سنوات قليلة", "PXY")])
def test_bare_plural_units_are_vague_durations(text, iso):
    v = timeline.resolve(text, reference=R)
    assert v.duration == iso and v.vague and v.start is None and v.timex_type == "DURATION"


@pytest.mark.parametrize(
    "sentence, phrase, iso, mod",
    [
        ("انتهت المهلة قبل 72 ساعة من الموعد المحدد", "قبل 72 ساعة", "PT72H", "BEFORE"),
        ("وصل الجنود بعد ثلاثة أيام من الحادثة", "بعد ثلاثة أيام", "P3D", "AFTER"),
        ("عاد بعد أيام من الهجوم", "بعد أيام", "PXD", "AFTER"),
        # an event word of the events lexicon after من / على, and "قليلة" between
        ("استقالت الحكومة بعد أيام قليلة من أداء الرئيس اليمين", "بعد أيام", "PXD", "AFTER"),
        ("أعلنت النتائج بعد ساعات من إغلاق صناديق الاقتراع", "بعد ساعات", "PTXH", "AFTER"),
        ("وصلت التعزيزات بعد يومين على القصف", "بعد يومين", "P2D", "AFTER"),
        ("وقع الانفجار الثاني بعد 10 دقائق من الأول", "بعد 10 دقائق", "PT10M", "AFTER"),
        # after "بعد", what follows من is what the span is counted from, or of
        ("سيطرت الفرق عليه بعد نحو ثلاث ساعات من العمل المتواصل", "بعد نحو ثلاث ساعات", "PT3H", "AFTER"),
        ("وكان قد زار المدينة قبل يومين من ذلك", "قبل يومين", "P2D", "BEFORE"),
        # a count in digits before an event noun, and an event word with a pronoun in ة -> ت
        ("أقيل المدرب، وذلك قبل 6 أيام من المواجهة المرتقبة أمام الهلال", "قبل 6 أيام", "P6D", "BEFORE"),
        ("كتب وصيته قبل 24 ساعة من وفاته", "قبل 24 ساعة", "PT24H", "BEFORE"),
        # the day after / the eve of an event the text names
        ("ألغت الشركة رحلاتها اليوم، وذلك غداة تعليق رحلاتها إلى السعودية", "غداة", "P1D", "AFTER"),
        ("وصل الوزراء عشية انعقاد القمة", "عشية", "P1D", "BEFORE"),
        # the anchor in quotes (grammar.spans.OFFSET_QUOTED_ANCHOR)
        ('أعدم الصحافي بعد سنوات من "الإخفاء القسري"', "بعد سنوات", "PXY", "AFTER"),
        ("أفرج عنه بعد سبع سنوات من «الإخفاء القسري»", "بعد سبع سنوات", "P7Y", "AFTER"),
    ],
)
def test_offsets_from_an_event_are_not_placed_on_the_calendar(sentence, phrase, iso, mod):
    (m,) = [m for m in timeline.extract(sentence, reference=R) if m.text == phrase]
    assert m.value.start is None and m.value.duration == iso and m.value.mod == mod
    assert "anchored-elsewhere" in m.value.notes


@pytest.mark.parametrize(
    "sentence, phrase, day",
    [
        # the verb's own preposition: still counted from the DCT
        ("انسحبت القوات قبل يومين من المدينة", "قبل يومين", date(2018, 2, 11)),
        ("سيطر التنظيم قبل يومين على القرية", "قبل يومين", date(2018, 2, 11)),
        ("قال قبل ثلاثة أيام من الآن", "قبل ثلاثة أيام من الآن", date(2018, 2, 10)),
    ],
)
def test_a_preposition_of_the_verb_is_not_an_anchor(sentence, phrase, day):
    (m,) = [m for m in timeline.extract(sentence, reference=R) if m.text == phrase]
    assert (m.value.start.date(), m.value.grain) == (day, "day")


def test_after_a_year_is_open_to_the_end_of_the_calendar():
    v = timeline.resolve("بعد عام 2011")
    assert (v.start, v.end, v.timex, v.mod) == (datetime(2012, 1, 1), END_OF_CALENDAR, "2011", "AFTER")
    assert v.edtf == "2012-01-01/.."
    v = timeline.resolve("قبل عام 2040")
    assert (v.start, v.end, v.mod, v.edtf) == (datetime(1, 1, 1), datetime(2040, 1, 1), "BEFORE", "../2039-12-31")
    # "قبل عام" alone is still a year ago
    assert timeline.resolve("قبل عام", reference=R).start == datetime(2017, 1, 1)


@pytest.mark.parametrize(
    "text, ref, kind",
    [
        ("الآن", R, "DATE"), ("قبل أيام", R, "DATE"), ("خلال الأيام المقبلة", R, "DATE"), ("ثلاثة أيام", None, "DURATION"),
        ("الساعة 5:45", R, "TIME"), ("كل يوم", None, "SET"), ("الأيام الثلاثة الماضية", R, "DURATION"),
        ("10 شباط 2018", None, "DATE"),
    ],
)
def test_timex_type(text, ref, kind):
    assert timeline.resolve(text, reference=ref).timex_type == kind


def test_now_with_a_datetime_reference_is_its_minute():
    v = timeline.resolve("الآن", reference=datetime(2018, 2, 13, 15, 30, 12))
    assert (v.start, v.end, v.grain, v.timex) == (datetime(2018, 2, 13, 15, 30), datetime(2018, 2, 13, 15, 31), "minute", "PRESENT_REF")


def test_anaphoric_previous_day_still_leans_on_an_earlier_date():
    ms = timeline.extract("وقع الهجوم في 5 شباط 2018، وفي اليوم السابق انسحبت القوات", reference=R)
    (m,) = [m for m in ms if "السابق" in m.text]
    assert m.value.start == datetime(2018, 2, 4)  # the day before 5 February, not the DCT's yesterday


@pytest.mark.parametrize("after, iso", [
    ("في اليوم الذي يليه", ("2018-02-11", "2018-02-12")),
    ("في اليوم الذي سبقه", ("2018-02-09", "2018-02-10")),
    ("في الأسبوع التالي", ("2018-02-17", "2018-02-24")),  # weeks from Saturday: 10 Feb opens one
    ("في الشهر الذي يليه", ("2018-03-01", "2018-04-01")),
    ("في العام التالي", ("2019-01-01", "2020-01-01")),
    ("الثلاثاء من الأسبوع التالي", ("2018-02-20", "2018-02-21")),
    ("يوم الثلاثاء من الأسبوع الذي يليه", ("2018-02-20", "2018-02-21")),
])
def test_what_follows_the_last_date_mentioned(after, iso):
    ms = timeline.extract(f"وصل الوفد في 10 شباط 2018 ثم غادر {after}", reference=date(2025, 6, 1))
    assert [m.text for m in ms][0] == "10 شباط 2018" and len(ms) == 2
    assert ms[1].text == after.removeprefix("في ")
    v = ms[1].value
    assert (v.start, v.end) == tuple(datetime.fromisoformat(x) for x in iso)


@pytest.mark.parametrize("after, iso", [
    ("في 12 من الشهر ذاته", ("2018-02-12", "2018-02-13")),
    ("في العاشر من الشهر نفسه", ("2018-02-10", "2018-02-11")),
    ("في العاشر من نفس الشهر", ("2018-02-10", "2018-02-11")),
    ("من 9 إلى 12 من الشهر ذاته", ("2018-02-09", "2018-02-13")),
])
def test_a_day_of_the_same_month_is_of_the_last_month_mentioned(after, iso):
    # the month of "3 شباط 2018", not the reference's June 2025
    ms = timeline.extract(f"بدأت الحملة في 3 شباط 2018 ثم تواصلت {after}", reference=date(2025, 6, 1))
    assert [m.text for m in ms] == ["3 شباط 2018", after.removeprefix("في ")]
    v = ms[1].value
    assert (v.start, v.end) == tuple(datetime.fromisoformat(x) for x in iso)


def test_what_follows_nothing_is_unresolved():
    assert timeline.resolve("في الأسبوع التالي", reference=R) is None
    (m,) = timeline.extract("غادر الوفد في الأسبوع التالي", reference=R)
    assert m.kind == "anaphoric" and m.value is None
    (m,) = timeline.extract("تتواصل الحملة حتى 12 من الشهر ذاته", reference=R)
    assert m.value is None  # no month mentioned before it
    # a weekday of a relative week with "يوم" before it
    assert timeline.resolve("يوم الثلاثاء من الأسبوع الماضي", reference=R).start == datetime(2018, 2, 6)


@pytest.mark.parametrize("text, month_day", [
    ("عيد الاستقلال الأردني", (5, 25)), ("عيد استقلال الجزائر", (7, 5)), ("اليوم الوطني السعودي", (9, 23)),
    ("العيد الوطني الكويتي", (2, 25)), ("ذكرى استقلال لبنان", (11, 22)), ("عيد الجلاء", (4, 17)),
])
def test_national_days_named_with_their_country(text, month_day):
    v = timeline.resolve(text, reference=R)
    assert (v.start.month, v.start.day) == month_day and v.end - v.start == timedelta(days=1)


@pytest.mark.parametrize("text", ["العيد الوطني", "احتفلت المدارس باليوم الوطني", "اليوم العالمي للمرأة",
                                  "في اليوم الدولي للسلام", "اليوم الختامي للمؤتمر"])
def test_a_named_day_without_its_country_is_not_today(text):
    assert timeline.extract(text, reference=R) == []


def test_future_clause_stops_at_a_new_clause():
    # the future verb belongs to another clause (الذي ...): the weekday is the past one
    ms = timeline.extract("قال المسؤول الذي سيغادر منصبه إن الهجوم وقع يوم الخميس", reference=R)
    (m,) = [m for m in ms if "الخميس" in m.text]
    assert m.value.start == datetime(2018, 2, 8)


def test_hijri_month_without_a_year_in_the_window():
    # window [2017-05-13, 2018-05-13): Ramadan 1438 (27 May - 24 June 2017) starts in it,
    # Ramadan 1439 (from 16 May 2018) after it
    v = timeline.resolve("في شهر رمضان", reference=R)
    assert (v.start, v.end) == (datetime(2017, 5, 27), datetime(2017, 6, 25))


def test_future_clause_stops_at_a_past_clause():
    # "ستواصل" is future, but "وكانت قد شنت" opens a past clause before the weekday
    ms = timeline.extract("أعلنت الوزارة أنها ستواصل عملياتها وكانت قد شنت غارات يوم الخميس", reference=R)
    (m,) = [m for m in ms if "الخميس" in m.text]
    assert m.value.start == datetime(2018, 2, 8)


@pytest.mark.parametrize("text, day, notes", [
    # Umm al-Qura's 1 Ramadan 1445 is Monday 11 March 2024; Oman and others began on Tuesday
    ("الثلاثاء غرة شهر رمضان 1445", date(2024, 3, 12), ("hijri-sighting",)),
    ("الاثنين غرة شهر رمضان 1445", date(2024, 3, 11), ()),
    ("الأحد غرة شهر رمضان 1445", date(2024, 3, 10), ("hijri-sighting",)),
    ("الأربعاء غرة شهر رمضان 1445", date(2024, 3, 11), ("weekday-mismatch",)),
])
def test_a_hijri_day_named_with_the_weekday_after_or_before_it_is_that_weekday(text, day, notes):
    v = timeline.resolve(text, reference=date(2024, 3, 10))
    assert (v.start.date(), v.notes) == (day, notes)


def test_a_hijri_rendering_a_day_off_its_gregorian_one_is_a_sighting_not_a_mismatch():
    # Umm al-Qura's 1 Shawwal 1446 is 30 March 2025; Morocco's Eid was on the 31st
    v = timeline.resolve("31 مارس 2025، الموافق لفاتح شوال 1446 هجرية")
    assert v.start == datetime(2025, 3, 31) and v.notes == ("hijri-sighting",)
    v = timeline.resolve("2 أبريل 2025، الموافق لفاتح شوال 1446 هجرية")
    assert v.start == datetime(2025, 4, 2) and v.notes == ("hijri-mismatch",)


def test_a_day_with_an_adjective_after_before_or_after_is_no_shift():
    # "بعد يوم حافل بالدبلوماسية" (after a busy day of diplomacy): only "أمس" dates it
    ms = timeline.extract("وذلك بعد يوم حافل بالدبلوماسية في الرياض أمس", reference=R)
    assert [m.text for m in ms] == ["أمس"]
    assert [m.text for m in timeline.extract("وصل بعد يوم واحد", reference=R)] == ["بعد يوم واحد"]


def test_so_that_it_be_looks_forward():
    # Saturday 29 March 2025: "ليكون الأحد أول أيام عيد الفطر" is the next day, not the 23rd
    ms = timeline.extract("ليكون الأحد أول أيام عيد الفطر في المملكة", reference=date(2025, 3, 29))
    assert ms[0].text == "الأحد" and ms[0].value.start == datetime(2025, 3, 30)


@pytest.mark.parametrize("verb", ["سيدخل", "سيرسل", "سيفرض"])
def test_future_verbs_that_begin_like_a_noun_still_look_forward(verb):
    # Tuesday 13 Feb 2018: "سيدخل ... الخميس" is the 15th (سيد، سير، سيف are nouns only alone)
    ms = timeline.extract(f"{verb} القرار حيز التنفيذ الخميس", reference=R)
    assert ms[0].value.start == datetime(2018, 2, 15)


def test_a_noun_that_begins_like_a_future_verb_does_not():
    ms = timeline.extract("تحدث السيد عن سيرة الرئيس الخميس", reference=R)
    assert ms[0].value.start == datetime(2018, 2, 8)


@pytest.mark.parametrize(
    "sentence, phrase, start, first_day",
    [
        # "for the fourth day running": an ongoing event in its 4th day began 3 days before
        ("لليوم الرابع على التوالي، تواصل فرق الدفاع المدني محاولات السيطرة على الحرائق.",
         "لليوم الرابع على التوالي", 0, date(2018, 2, 10)),
        ("تواصل فرق الإطفاء لليوم الثاني جهودها لإخماد الحريق.", "لليوم الثاني", 18, date(2018, 2, 12)),
        # the number in digits after "الـ"
        ("تتواصل الاحتجاجات لليوم الـ 12 على التوالي.", "لليوم الـ 12 على التوالي", 18, date(2018, 2, 2)),
    ],
)
def test_the_nth_day_running_began_n_minus_one_days_before(sentence, phrase, start, first_day):
    ms = timeline.extract(sentence, reference=R)
    assert [(m.text, m.kind, m.start, m.end) for m in ms] == [(phrase, "since", start, start + len(phrase))]
    v = ms[0].value  # since that day, through the reference day (13 February 2018)
    assert (v.start, v.end) == (datetime.combine(first_day, datetime.min.time()), datetime(2018, 2, 14))


def test_the_nth_day_of_a_month_after_li_is_still_a_date():
    v = timeline.resolve("لليوم العاشر من شباط", reference=R)
    assert (v.start, v.end) == (datetime(2018, 2, 10), datetime(2018, 2, 11))


@pytest.mark.parametrize("sentence", [
    "افتتح الوزير في اليوم الثالث من المعرض جناح الصناعات المحلية.",
    "شهد اليوم الأخير من الحملة الانتخابية مهرجانات في العاصمة.",
    "وانطلقت أعمال اليوم الثاني من القمة بجلسة مغلقة.",
    "وفي اليوم الختامي للمؤتمر صدر البيان.",
    "قتل ثلاثة جنود في اليوم الـ100 من الحرب.",
])
def test_the_nth_day_of_a_named_event_is_not_today(sentence):
    # "the third day of the exhibition" is a day counted from an event, not the reference day
    assert [m.text for m in timeline.extract(sentence, reference=R)] == []


def test_today_followed_by_its_weekday_or_a_month_day_still_resolves():
    assert timeline.resolve("اليوم الثلاثاء", reference=R).start == datetime(2018, 2, 13)
    assert timeline.resolve("اليوم الأول من آذار", reference=R).start == datetime(2018, 3, 1)


@pytest.mark.parametrize("text, first, last", [
    # reference 13 February 2018: "this month" is February
    ("صوّت المغتربون أيام 4 و5 و6 من هذا الشهر", date(2018, 2, 4), date(2018, 2, 6)),
    ("تجري الامتحانات يومي 20 و21 من الشهر الجاري", date(2018, 2, 20), date(2018, 2, 21)),
    ("يومي الرابع والخامس من الشهر الحالي", date(2018, 2, 4), date(2018, 2, 5)),
])
def test_a_list_of_days_of_this_month_is_the_run_of_them(text, first, last):
    (m,) = timeline.extract(text, reference=R)
    assert m.kind == "range" and text.endswith(m.text) and m.text.startswith("يوم" if "يوم" in text else "أيام")
    assert (m.value.start, m.value.end) == (datetime.combine(first, datetime.min.time()),
                                            datetime.combine(last, datetime.min.time()) + timedelta(days=1))


@pytest.mark.parametrize("verb", ["سيرى", "سيُرى", "وسيرى"])
def test_will_see_is_a_future_verb_though_it_begins_like_a_noun(verb):
    # "سيرى" folds like "سير" + a short ending (the noun "سيرة" does not look forward), but
    # it is the verb "will see": Tuesday 13 Feb 2018, "الخميس" is then the 15th
    ms = timeline.extract(f"{verb} الجمهور العرض الخميس", reference=R)
    assert ms[0].value.start == datetime(2018, 2, 15)


@pytest.mark.parametrize("sentence", ["وصلنا عشية الأحد إلى المدينة", "وتأتي الزيارة غداة يوم شهد إبرام اتفاقيات"])
def test_eve_and_morrow_before_no_event_word_are_no_offset(sentence):
    assert not [m for m in timeline.extract(sentence, reference=R) if m.text in ("غداة", "عشية")]

"""Unit tests of the engine's stages: normalization, calendars, recognition, resolution."""

from datetime import date, datetime

import pytest

import timeline
from timeline import calendars
from timeline.normalize import fold, normalize
from timeline.recognize import CHUNK, recognize

DCT = date(2018, 2, 13)  # a Tuesday


# -- normalization -------------------------------------------------------------------------
def test_normalize_folds_letters_and_digits_keeping_length():
    n = normalize("أإآى ة ٢٠١٨ ۱۹")
    assert n.text == "اااي ه 2018 19"
    assert n.removed == ()


def test_normalize_offset_map_over_deletions():
    original = "قال: أمـــسٌ وَغداً"
    n = normalize(original)
    assert n.text == "قال: امس وغدا"
    i = n.text.index("امس")
    s, e = n.span(i, i + 3)
    assert original[s:e] == "أمـــسٌ"  # tatweel inside and tanween after are kept in the span
    j = n.text.index("وغدا")
    s, e = n.span(j, j + 4)
    assert original[s:e] == "وَغداً"


def test_fold_is_normalize_text():
    assert fold("كانون الأول") == normalize("كانون الأول").text == "كانون الاول"


def test_normalize_rejects_non_str():
    with pytest.raises(TypeError):
        normalize(b"x")


# -- calendars -------------------------------------------------------------------------------
def test_add_months_clips_day():
    assert calendars.add_months(date(2018, 1, 31), 1) == date(2018, 2, 28)
    assert calendars.add_months(date(2016, 3, 31), -1) == date(2016, 2, 29)
    assert calendars.add_months(date(2018, 1, 15), -13) == date(2016, 12, 15)


def test_week_start_saturday():
    assert calendars.week_start(date(2018, 2, 13)) == date(2018, 2, 10)  # Tuesday -> Saturday
    assert calendars.week_start(date(2018, 2, 10)) == date(2018, 2, 10)
    assert calendars.week_start(date(2018, 2, 16)) == date(2018, 2, 10)  # Friday ends the week
    assert calendars.week_start(date(2018, 2, 13), first_weekday=0) == date(2018, 2, 12)


def test_hijri_conversion_umm_al_qura():
    assert calendars.hijri_to_gregorian(1439, 5, 28) == date(2018, 2, 14)
    s, e = calendars.hijri_month_interval(1439, 9)  # Ramadan 1439
    assert s == date(2018, 5, 16) and (e - s).days in (29, 30)
    assert e == date(2018, 6, 15)  # 1 Shawwal 1439 (Eid al-Fitr) was Friday 15 June 2018 in Saudi Arabia
    assert calendars.gregorian_to_hijri(date(2018, 2, 14)) == (1439, 5, 28)
    with pytest.raises(ValueError):
        calendars.hijri_to_gregorian(1439, 13, 1)


# -- settings and notes ----------------------------------------------------------------------
def test_week_start_setting():
    sat = timeline.resolve("الأسبوع الماضي", reference=DCT)
    assert (sat.start, sat.end) == (datetime(2018, 2, 3), datetime(2018, 2, 10))
    mon = timeline.resolve("الأسبوع الماضي", reference=DCT, week_start=0)
    assert (mon.start, mon.end) == (datetime(2018, 2, 5), datetime(2018, 2, 12))
    with pytest.raises(ValueError):
        timeline.resolve("الأسبوع الماضي", reference=DCT, week_start=7)


def test_prefer_is_checked():
    with pytest.raises(ValueError):
        timeline.extract("أمس", reference=DCT, prefer="recent")


def test_weekday_claim_contradiction_is_reported_not_hidden():
    v = timeline.resolve("اليوم الاثنين", reference=DCT)  # DCT is a Tuesday
    assert (v.start, v.end) == (datetime(2018, 2, 13), datetime(2018, 2, 14))
    assert "weekday-mismatch" in v.notes
    assert "weekday-mismatch" not in timeline.resolve("اليوم الثلاثاء", reference=DCT).notes


def test_a_range_keeps_the_weekday_contradiction_of_its_end():
    # "between Monday morning and yesterday Tuesday noon": said on Tuesday 13 Feb 2018,
    # "yesterday" is Monday (resolution.RANGE_KEEPS_NOTES); said on Wednesday, it holds
    text = "بين صباح الاثنين وظهر أمس الثلاثاء"
    assert "weekday-mismatch" in timeline.resolve(text, reference=DCT).notes
    v = timeline.resolve(text, reference=date(2018, 2, 14))
    assert (v.start, v.end) == (datetime(2018, 2, 12, 6), datetime(2018, 2, 13, 14)) and not v.notes


def test_current_month_claim_contradiction_is_reported():
    assert "dct-mismatch" in timeline.resolve("آذار الجاري", reference=DCT).notes
    assert "dct-mismatch" not in timeline.resolve("شباط الجاري", reference=DCT).notes


def test_hijri_gregorian_disagreement_is_reported():
    ok = timeline.resolve("28 جمادى الأولى 1439 هـ الموافق 14 شباط 2018")
    assert ok.start == datetime(2018, 2, 14) and "hijri-mismatch" not in ok.notes
    bad = timeline.resolve("28 جمادى الأولى 1439 هـ الموافق 20 شباط 2018")
    assert "hijri-mismatch" in bad.notes


def test_date_with_wrong_weekday_keeps_the_date_and_says_so():
    v = timeline.resolve("الأحد 19 / 2 / 2018")  # 19 Feb 2018 is a Monday
    assert v.start == datetime(2018, 2, 19) and "weekday-mismatch" in v.notes


# -- references --------------------------------------------------------------------------------
def test_datetime_reference_gives_exact_hours():
    v = timeline.resolve("قبل 3 ساعات", reference=datetime(2018, 2, 13, 10, 20))
    assert (v.start, v.end) == (datetime(2018, 2, 13, 7), datetime(2018, 2, 13, 8))
    assert not v.uncertain


def test_date_reference_makes_hours_an_honest_range():
    v = timeline.resolve("قبل 3 ساعات", reference=DCT)  # time of publication unknown
    assert (v.start, v.end) == (datetime(2018, 2, 12, 21), datetime(2018, 2, 13, 21))
    assert v.uncertain


def test_range_reference_hulls_weekdays_exactly():
    # published sometime Sat 10 .. Tue 13 Feb: "الخميس" is Thursday 8 Feb in every case
    pub = timeline.Value.interval(date(2018, 2, 10), date(2018, 2, 14))
    v = timeline.resolve("الخميس", reference=pub)
    assert (v.start, v.end) == (datetime(2018, 2, 8), datetime(2018, 2, 9))
    # "أمس" moves with the publication day: 9 .. 12 Feb, flagged uncertain
    y = timeline.resolve("أمس", reference=pub)
    assert (y.start, y.end) == (datetime(2018, 2, 9), datetime(2018, 2, 13)) and y.uncertain
    assert "?" in y.edtf


def test_reference_type_errors():
    with pytest.raises(TypeError):
        timeline.resolve("أمس", reference="2018-02-13")
    with pytest.raises(ValueError):
        timeline.resolve("أمس", reference=timeline.Value.of_duration("P3D", "day"))


# -- anaphora and long texts ---------------------------------------------------------------------
@pytest.mark.parametrize("phrase", ["الأول من أمس", "الاول من امس", "أول من أمس", "أمس الأول", "الأول من الأمس",
                                    "أول من الأمس"])
def test_the_day_before_yesterday_in_its_spellings(phrase):
    # "وقالت الهيئة، في بيان نشر، الأول من أمس": two days back, not one ("أمس" alone)
    ms = timeline.extract(f"وقالت الهيئة في بيان نشر {phrase} إن الحادث وقع", reference=DCT)
    assert [m.text for m in ms] == [phrase]
    assert (ms[0].value.start, ms[0].value.end) == (datetime(2018, 2, 11), datetime(2018, 2, 12))


def test_anaphoric_day_follows_last_date():
    ms = timeline.extract("وصل الوفد في 10 شباط 2018 وعاد في اليوم التالي", reference=DCT)
    assert [m.kind for m in ms] == ["date", "anaphoric"]
    assert ms[1].value.start == datetime(2018, 2, 11)
    assert timeline.resolve("في اليوم التالي", reference=DCT) is None


@pytest.mark.parametrize("phrase", ["في ذلك اليوم", "في نفس اليوم", "في ذات اليوم", "في اليوم ذاته", "في اليوم نفسه"])
def test_that_same_day_is_the_day_last_mentioned(phrase):
    ms = timeline.extract(f"وصل الوفد في 10 شباط 2018 وعاد {phrase}", reference=DCT)
    assert [m.kind for m in ms] == ["date", "anaphoric"]
    assert ms[1].text == phrase.removeprefix("في ")
    assert (ms[1].value.start, ms[1].value.end) == (datetime(2018, 2, 10), datetime(2018, 2, 11))
    # "ذات يوم" (once) and "ذلك الوقت" name no day
    assert timeline.extract("ذات يوم وفي ذلك الوقت", reference=DCT) == []


def test_a_day_anaphor_leans_on_the_last_day_named_not_on_a_month_named_since():
    # "10 شباط 2018 ... شهر آذار ... ذات اليوم": the 10th, not March
    ms = timeline.extract("وصل الوفد في 10 شباط 2018 قبل شهر آذار، وعاد في ذات اليوم", reference=DCT)
    assert [m.kind for m in ms][-1] == "anaphoric"
    assert (ms[-1].value.start, ms[-1].value.end) == (datetime(2018, 2, 10), datetime(2018, 2, 11))
    # with no day named before, a month still anchors it (vaguely), as before
    ms = timeline.extract("وصل الوفد في شهر آذار 2018 وعاد في اليوم التالي", reference=DCT)
    assert ms[-1].value is not None and ms[-1].value.vague


def test_a_clock_time_of_that_same_day_is_one_expression_on_the_day_last_named():
    text = "صباح يوم غدٍ الأربعاء، 14 شباط 2018، يبدأ الاقتراع. وتفتح المراكز في الساعة السابعة صباحًا وتغلق عند السادسة مساءً من اليوم نفسه"
    ms = timeline.extract(text, reference=DCT)
    last = ms[-1]
    assert last.text == "السادسة مساءً من اليوم نفسه" and last.kind == "time"
    # the day named before the bare clock time, not the publication day the clock falls on
    assert last.value.start == datetime(2018, 2, 14, 18)


def test_mentions_across_chunk_boundaries():
    filler = "كلام عادي بلا تواريخ " * 20 + "\n"
    text = (filler * (CHUNK // len(filler) + 3)) + "قبل يومين"
    text = text.replace("\n", " ", 5)  # irregular lines
    ms = timeline.extract(text, reference=DCT)
    assert [m.text for m in ms] == ["قبل يومين"]
    assert text[ms[0].start : ms[0].end] == "قبل يومين"
    # and a text made of many expressions finds every one, whatever the chunking
    many = "قبل يومين. " * (CHUNK // 5)
    assert len(recognize(normalize(many).text)) == CHUNK // 5


def test_no_false_alarms_in_ordinary_senses():
    for text in ("مارس الضغط على الحكومة", "اشترى سيارة نيسان", "الخلاف بين الاثنين", "أحد المقاتلين", "الماء", "قتل 2018 شخصا"):
        assert timeline.extract(text, reference=DCT) == [], text


def test_anchored_duration_keeps_its_duration_over_a_range_reference():
    pub = timeline.Value.interval(date(2018, 2, 10), date(2018, 2, 12))
    v = timeline.resolve("خلال الـ 24 ساعة الفائتة", reference=pub)
    # [DCT - 24 h, end of DCT day) for DCT 10 Feb and 11 Feb: 9 Feb 00:00 .. 12 Feb 00:00
    assert (v.start, v.end) == (datetime(2018, 2, 9), datetime(2018, 2, 12))
    assert v.timex == v.duration == "PT24H" and v.uncertain


@pytest.mark.parametrize("text", ["حتى 15 شباط 2018", "لغاية 15 شباط 2018"])
def test_until_a_date_is_that_date_marked_on_or_before(text):
    # docs/conventions.md, Ranges: "حتى <date>" = the date's own interval, mod ON_OR_BEFORE
    v = timeline.resolve(text, reference=date(2018, 2, 20))
    assert (v.start, v.end, v.grain) == (datetime(2018, 2, 15), datetime(2018, 2, 16), "day")
    assert v.mod == "ON_OR_BEFORE"


# -- engine gaps (session 31): each behind its switch -----------------------------------------
@pytest.fixture
def fresh_cache():
    """Resolution is remembered per (meaning, context): forget it before a test switches a rule
    and after the switch is put back (request this fixture before ``monkeypatch``)."""
    from timeline import resolution

    resolution._resolve_cached.cache_clear()
    yield
    resolution._resolve_cached.cache_clear()


def _value(text, ref=DCT, **kw):
    v = timeline.resolve(text, reference=ref, **kw)
    return None if v is None else (v.start, v.end, v.grain, v.vague)


def test_parts_of_a_relative_week(fresh_cache, monkeypatch):
    from timeline.grammar import periods

    assert _value("منتصف الأسبوع المقبل") == (datetime(2018, 2, 19), datetime(2018, 2, 22), "day", True)
    assert _value("نهاية الأسبوع الجاري") == (datetime(2018, 2, 14), datetime(2018, 2, 17), "day", True)
    # weeks from Monday: the end of the week is Friday to Sunday
    assert _value("نهاية الأسبوع الجاري", week_start=0) == (datetime(2018, 2, 16), datetime(2018, 2, 19), "day", True)
    assert timeline.resolve("نهاية الأسبوع الجاري", reference=DCT).mod == "END"
    assert timeline.extract("في عطلة نهاية الأسبوع", reference=DCT) == []  # the weekend: no week named
    monkeypatch.setattr(periods, "WEEK_PARTS", False)
    assert _value("منتصف الأسبوع المقبل") is None


def test_weekday_pair_after_bayn(fresh_cache, monkeypatch):
    from timeline.grammar import days
    from timeline import recognize as R

    assert _value("بين الاثنين والجمعة") == (datetime(2018, 2, 12), datetime(2018, 2, 17), "day", False)
    assert _value("بين يومي الأحد والخميس") == (datetime(2018, 2, 11), datetime(2018, 2, 16), "day", False)
    assert timeline.extract("الخلاف بين الاثنين وصديقه", reference=DCT) == []  # "the two"
    monkeypatch.setattr(days, "WEEKDAY_PAIR", False)
    assert _value("بين الاثنين والجمعة") is None
    monkeypatch.setattr(R, "WEEKDAY_PAIR_DAYS", False)
    assert _value("بين يومي الأحد والخميس") is None


def test_month_pair_joined_by_underscore(fresh_cache, monkeypatch):
    from timeline.grammar import dates

    assert _value("25 يوليو_تموز2013") == (datetime(2013, 7, 25), datetime(2013, 7, 26), "day", False)
    monkeypatch.setattr(dates, "PAIRED_UNDERSCORE", False)
    assert _value("25 يوليو_تموز2013") is None


def test_weekday_then_last_or_feminine_ordinal_of_a_month(fresh_cache, monkeypatch):
    from timeline import resolution
    from timeline.grammar import days

    assert _value("الاثنين الأخير من شهر آذار 2013") == (datetime(2013, 3, 25), datetime(2013, 3, 26), "day", False)
    # 2 Ramadan 1439 was a Thursday (17 May 2018): the second Friday is 25 May
    assert _value("الجمعة الثانية من رمضان 1439 هـ")[0] == datetime(2018, 5, 25)
    # the masculine ordinal past five stays the date (noted when its weekday disagrees; up
    # to five see days.WEEKDAY_ORDINAL_DAY)
    v = timeline.resolve("الثلاثاء الثالث عشر من أيلول 2014", reference=DCT)
    assert (v.start, v.notes) == (datetime(2014, 9, 13), ("weekday-mismatch",))
    monkeypatch.setattr(days, "NTH_WEEKDAY_AFTER", False)
    resolution._resolve_cached.cache_clear()
    assert _value("الاثنين الأخير من شهر آذار 2013") is None
    # read as 2 Ramadan (Thursday 17 May), moved to the Friday by the sighting rule
    assert _value("الجمعة الثانية من رمضان 1439 هـ")[0] == datetime(2018, 5, 18)


def test_clock_range_shares_the_part_of_day_of_its_end(fresh_cache, monkeypatch):
    from timeline import resolution

    assert _value("من الساعة 3 إلى الساعة 4 بعد العصر") == (datetime(2018, 2, 13, 15), datetime(2018, 2, 13, 17), "hour", False)
    assert _value("من الساعة 9 حتى 5 مساء")[:2] == (datetime(2018, 2, 13, 9), datetime(2018, 2, 13, 18))
    monkeypatch.setattr(resolution, "CLOCK_RANGE_SHARES_PART", False)
    resolution._resolve_cached.cache_clear()  # resolution is remembered per (meaning, context)
    assert _value("من الساعة 3 إلى الساعة 4 بعد العصر")[0] == datetime(2018, 2, 13, 3)


def test_since_this_morning(fresh_cache, monkeypatch):
    from timeline import recognize as R

    def read(s):
        return [(m.text, m.value.start, m.value.end) for m in timeline.extract(s, reference=DCT)]

    morning = (datetime(2018, 2, 13, 6), datetime(2018, 2, 14))
    assert read("يشهد المتحف منذ ساعات الصباح الأولى إقبالا") == [("منذ ساعات الصباح الأولى", *morning)]
    assert read("احتشدوا منذ الصباح الباكر") == [("منذ الصباح الباكر", *morning)]
    assert read("تجمع الآلاف منذ الفجر")[0][1] == datetime(2018, 2, 13, 4)
    # a day named after it is that day's part (the day-part rules)
    assert read("منذ صباح أمس")[0][1] == datetime(2018, 2, 12, 6)
    monkeypatch.setattr(R, "SINCE_THIS_MORNING", False)
    assert read("يشهد المتحف منذ ساعات الصباح الأولى إقبالا") == [("منذ ساعات", datetime(2018, 2, 12), datetime(2018, 2, 14))]


def test_morrow_of_a_date(fresh_cache, monkeypatch):
    from timeline.grammar import spans

    def read(s):
        return [(m.text, m.value and m.value.start) for m in timeline.extract(s, reference=DCT)]

    assert read("وصل الوفد غداة يوم الأحد الماضي") == [("غداة يوم الأحد الماضي", datetime(2018, 2, 12))]
    assert read("غداة يوم 25 يناير 2011") == [("غداة يوم 25 يناير 2011", datetime(2011, 1, 26))]
    # before an event word it stays one day from an anchor elsewhere; عشية + a day stays the day
    assert [m.rule for m in timeline.extract("غداة إعلان النتائج", reference=DCT)] == ["eve_morrow"]
    assert read("عشية الأحد") == [("الأحد", datetime(2018, 2, 11))]
    monkeypatch.setattr(spans, "MORROW_OF_DATE", False)
    assert read("وصل الوفد غداة يوم الأحد الماضي") == [("يوم الأحد الماضي", datetime(2018, 2, 11))]


def test_nth_weekday_of_a_month_after_li(fresh_cache, monkeypatch):
    from timeline.grammar import days

    def read(s):
        return [(m.text, m.value.start) for m in timeline.extract(s, reference=DCT)]

    assert read("يوم الأحد الأول لشهر آذار") == [("يوم الأحد الأول لشهر آذار", datetime(2018, 3, 4))]
    assert read("الأحد الثاني لشهر آذار")[0][1] == read("الأحد الثاني من شهر آذار")[0][1] == datetime(2018, 3, 11)
    assert read("الجمعة الأخيرة لشهر أيار 2019") == [("الجمعة الأخيرة لشهر أيار 2019", datetime(2019, 5, 31))]
    assert read("الاثنين الأول للحملة") == [("الاثنين", datetime(2018, 2, 12))]
    monkeypatch.setattr(days, "NTH_WEEKDAY_LI_MONTH", False)
    assert read("يوم الأحد الأول لشهر آذار")[0] == ("يوم الأحد", datetime(2018, 2, 11))


def test_time_zone_after_a_clock_time(fresh_cache, monkeypatch):
    from timeline import recognize as R

    def read(s):
        return [(m.text, m.value.start, m.value.notes) for m in timeline.extract(s, reference=DCT)]

    at10 = datetime(2018, 2, 13, 10)
    monkeypatch.setattr(R, "CLOCK_ZONE", True)  # off by default (see its comment)
    assert read("بدأ الاقتراع الساعة العاشرة صباحا بتوقيت غرينتش") == [
        ("الساعة العاشرة صباحا بتوقيت غرينتش", at10, ("zone:UTC",))]
    assert read("الساعة 10:00 ت.غ")[0][2] == ("zone:UTC",)
    assert read("الساعة العاشرة (بتوقيت مكة المكرمة)") == [
        ("الساعة العاشرة (بتوقيت مكة المكرمة)", at10, ("zone:Asia/Riyadh",))]
    assert read("الساعة العاشرة بالتوقيت المحلي")[0][2] == ("zone:local",)
    # a clock near midnight keeps its day: the zone is recorded, never applied
    assert read("أمس الساعة 23:30 بتوقيت غرينتش")[0][1] == datetime(2018, 2, 12, 23, 30)
    assert read("الساعة العاشرة بتوقيت مناسب") == [("الساعة العاشرة", at10, ())]  # no zone
    monkeypatch.setattr(R, "CLOCK_ZONE", False)
    assert read("بدأ الاقتراع الساعة العاشرة صباحا بتوقيت غرينتش") == [("الساعة العاشرة صباحا", at10, ())]


def test_earlier_or_later_on_a_day(fresh_cache, monkeypatch):
    from timeline import recognize as R

    def read(s):
        return [(m.text, m.value.start, m.value.end) for m in timeline.extract(s, reference=DCT)]

    today = (datetime(2018, 2, 13), datetime(2018, 2, 14))
    assert read("وأعلن في وقت سابق من اليوم") == [("وقت سابق من اليوم", *today)]
    assert read("وفي وقت سابق اليوم الثلاثاء، قال") == [("وقت سابق اليوم الثلاثاء", *today)]
    assert read("في وقت متأخر من مساء أمس") == [
        ("وقت متأخر من مساء أمس", datetime(2018, 2, 12, 18), datetime(2018, 2, 13))]
    monkeypatch.setattr(R, "EARLIER_LATER_WITH_FI", True)
    assert read("وأعلن في وقت سابق من اليوم") == [("في وقت سابق من اليوم", *today)]
    monkeypatch.setattr(R, "EARLIER_LATER_IN", False)
    assert read("وأعلن في وقت سابق من اليوم") == [("اليوم", *today)]


def test_earlier_alone_is_the_recent_past(fresh_cache, monkeypatch):
    from timeline.grammar import spans

    def read(s):
        return [(m.text, m.value.start, m.value.end, m.value.vague) for m in timeline.extract(s, reference=DCT)]

    recent = (datetime(2018, 2, 11), datetime(2018, 2, 14), True)
    assert read("وفي وقت سابق، أعلنت الوزارة أن") == [("وقت سابق", *recent)]
    assert read("وقال الوزير في وقت سابق إن") == [("وقت سابق", *recent)]
    # earlier than something else, or later: no mention
    assert read("وصل في وقت سابق لموعده") == []
    assert read("في وقت سابق من الجلسة") == []
    assert read("سيعلن في وقت لاحق") == []
    # a day after it: that day's mention (recognize.EARLIER_LATER_IN)
    assert read("في وقت سابق، اليوم الثلاثاء") == [("اليوم الثلاثاء", datetime(2018, 2, 13), datetime(2018, 2, 14), False)]
    # the pluperfect: earlier than the story, by any span
    assert read("وكانت الوزارة قد أعلنت في وقت سابق أن") == []
    monkeypatch.setattr(spans, "EARLIER_NOT_PLUPERFECT", False)
    assert read("وكانت الوزارة قد أعلنت في وقت سابق أن") == [("وقت سابق", *recent)]
    monkeypatch.setattr(spans, "EARLIER_ALONE", False)
    assert read("وفي وقت سابق، أعلنت الوزارة أن") == []


def test_earlier_or_later_in_a_period(fresh_cache, monkeypatch):
    from timeline import recognize as R

    def read(s):
        return [(m.text, m.value.start, m.value.end, m.value.vague) for m in timeline.extract(s, reference=DCT)]

    assert read("في وقت سابق من هذا الشهر") == [("وقت سابق من هذا الشهر", datetime(2018, 2, 1), datetime(2018, 2, 14), True)]
    assert read("في وقت لاحق من العام") == [("وقت لاحق من العام", datetime(2018, 2, 13), datetime(2019, 1, 1), True)]
    assert read("في وقت سابق من 2018") == [("وقت سابق من 2018", datetime(2018, 1, 1), datetime(2018, 2, 14), True)]
    # a period that does not hold the reference, a day, "late in": unchanged
    assert read("في وقت سابق من مارس الماضي") == [("وقت سابق من مارس الماضي", datetime(2017, 3, 1), datetime(2017, 4, 1), False)]
    assert read("في وقت سابق من اليوم") == [("وقت سابق من اليوم", datetime(2018, 2, 13), datetime(2018, 2, 14), False)]
    assert read("في وقت متأخر من هذا العام")[0][1:3] == (datetime(2018, 1, 1), datetime(2019, 1, 1))
    monkeypatch.setattr(R, "EARLIER_LATER_PART", False)
    assert read("في وقت سابق من هذا الشهر") == [("وقت سابق من هذا الشهر", datetime(2018, 2, 1), datetime(2018, 3, 1), False)]
    assert read("في وقت لاحق من العام") == []


def test_recently_when_switched_on(fresh_cache, monkeypatch):
    from timeline.grammar import spans

    def read(s):
        return [(m.text, m.value.start, m.value.end, m.value.vague) for m in timeline.extract(s, reference=DCT)]

    assert read("وأعلنت الوزارة مؤخرًا أن") == []  # off by default (see its comment)
    monkeypatch.setattr(spans, "RECENTLY", True)
    assert read("وأعلنت الوزارة مؤخرًا أن") == [("مؤخرًا", datetime(2018, 2, 6), datetime(2018, 2, 14), True)]


def test_hajj_days_by_their_rite(fresh_cache, monkeypatch):
    from timeline.grammar import holidays

    def read(s, ref):
        return [(m.text, m.value.start, m.value.end) for m in timeline.extract(s, reference=ref)]

    ref = date(2025, 6, 5)  # 9 Dhu al-Hijja 1446, the day of Arafat
    assert read("انطلقت المناسك في يوم التروية", ref) == [("يوم التروية", datetime(2025, 6, 4), datetime(2025, 6, 5))]
    assert read("استعدادا ليوم النحر", ref) == [("ليوم النحر", datetime(2025, 6, 6), datetime(2025, 6, 7))]
    assert read("رمي الجمرات في أيام التشريق", ref) == [("أيام التشريق", datetime(2025, 6, 7), datetime(2025, 6, 10))]
    assert read("التشريق", ref) == []  # only with أيام
    monkeypatch.setattr(holidays, "HAJJ_DAYS", False)
    assert read("انطلقت المناسك في يوم التروية", ref) == []
    assert read("رمي الجمرات في أيام التشريق", ref) == []


def test_this_morning_and_a_clock_time_before_it(fresh_cache, monkeypatch):
    from timeline.grammar import clock, days

    assert _value("هذا الصباح") == (datetime(2018, 2, 13, 6), datetime(2018, 2, 13, 12), "hour", False)
    assert _value("الساعة العاشرة هذا الصباح")[:2] == (datetime(2018, 2, 13, 10), datetime(2018, 2, 13, 11))
    assert _value("الثامنة هذه الليلة")[:2] == (datetime(2018, 2, 13, 20), datetime(2018, 2, 13, 21))
    assert timeline.extract("في هذا العصر", reference=DCT) == []  # this era
    # before a day, the definite part is that day's: "هذا المساء الاثنين 12 شباط 2018"
    (m,) = timeline.extract("هذا المساء الاثنين 12 شباط 2018", reference=DCT)
    assert (m.value.start, m.text) == (datetime(2018, 2, 12, 18), "المساء الاثنين 12 شباط 2018")
    monkeypatch.setattr(days, "THIS_DAY_PART", False)  # one switch: the clock rule reads it too
    assert _value("هذا الصباح") is None
    assert _value("الساعة العاشرة هذا الصباح") is None


def test_season_with_a_modifier(fresh_cache, monkeypatch):
    from timeline.grammar import periods

    assert _value("الصيف الماضي", date(2022, 1, 10)) == (datetime(2021, 6, 1), datetime(2021, 9, 1), "month", True)
    # a summer not over by its astronomical end is no past one
    assert _value("الصيف الماضي", date(2021, 7, 10))[0] == datetime(2020, 6, 1)
    assert _value("الصيف الماضي", date(2021, 9, 15))[0] == datetime(2020, 6, 1)
    assert _value("الصيف الماضي", date(2021, 10, 1))[0] == datetime(2021, 6, 1)
    assert _value("الشتاء المقبل")[:2] == (datetime(2018, 12, 1), datetime(2019, 3, 1))
    assert _value("الشتاء الحالي")[:2] == (datetime(2017, 12, 1), datetime(2018, 3, 1))
    assert timeline.extract("الربيع العربي", reference=DCT) == []
    monkeypatch.setattr(periods, "SEASON_WITH_MODIFIER", False)
    assert _value("الصيف الماضي") is None


def test_ordinal_construct_week_or_month(fresh_cache, monkeypatch):
    from timeline.grammar import periods

    assert _value("آخر أسبوع من شهر نوفمبر 2018") == (datetime(2018, 11, 24), datetime(2018, 12, 1), "day", True)
    assert _value("أول أسبوع بشهر أكتوبر 2014")[:2] == (datetime(2014, 10, 1), datetime(2014, 10, 8))
    assert _value("ثاني أسبوع في مارس 2016")[:2] == (datetime(2016, 3, 8), datetime(2016, 3, 15))
    assert _value("آخر شهر من العام الماضي")[:3] == (datetime(2017, 12, 1), datetime(2018, 1, 1), "month")
    assert _value("أول شهر يونيو 2018")[:2] == (datetime(2018, 6, 1), datetime(2018, 6, 2))  # a day of June
    monkeypatch.setattr(periods, "NTH_WEEK_OF", False)
    assert _value("آخر أسبوع من شهر نوفمبر 2018") is None
    assert _value("أول يوم من شهر مارس 2018")[0] == datetime(2018, 3, 1)  # the day stays


def test_ordinal_construct_day_of_a_month(fresh_cache, monkeypatch):
    from timeline.grammar import periods

    assert _value("ثالث يوم من شهر عشرة 2015") == (datetime(2015, 10, 3), datetime(2015, 10, 4), "day", False)
    assert _value("آخر يوم بشهر أكتوبر 2015")[0] == datetime(2015, 10, 31)
    assert timeline.extract("في ثالث يوم من المعرض", reference=DCT) == []
    monkeypatch.setattr(periods, "NTH_DAY_OF", False)
    assert _value("ثالث يوم من شهر عشرة 2015") is None
    assert _value("آخر يوم بشهر أكتوبر 2015") is None


def test_nominative_tens_of_an_ordinal_day(fresh_cache, monkeypatch):
    from timeline import recognize
    from timeline.lang import ar
    from timeline.normalize import fold

    assert _value("الثالث والعشرون من أكتوبر 2015")[0] == datetime(2015, 10, 23)
    # the switch is read when the word tables are built
    assert ar.NOMINATIVE_TENS and ar.ORDINAL_TENS["والعشرون"] == 20
    # without the word the switch adds to the table the rule reads, no 23 October
    monkeypatch.delitem(recognize.ORDINAL_TENS, fold("والعشرون"))
    got = _value("الثالث والعشرون من أكتوبر 2015")
    assert got is None or got[0] != datetime(2015, 10, 23)


def test_day_number_with_the_month_left_out(fresh_cache, monkeypatch):
    from timeline.grammar import dates

    assert _value("يوم 17 الجاري") == (datetime(2018, 2, 17), datetime(2018, 2, 18), "day", False)
    assert _value("في 24 الماضي")[0] == datetime(2018, 1, 24)
    assert timeline.extract("المؤتمر 17 المقبل", reference=DCT) == []
    # any masculine singular modifier of the lexicon, after any date cue: one table each
    assert _value("بتاريخ 3 الآتي")[0] == datetime(2018, 3, 3)
    assert _value("لغاية 12 المنقضي")[0] == datetime(2018, 1, 12)
    assert timeline.extract("في 2 الأخير", reference=DCT) == []  # the last one of something
    monkeypatch.setattr(dates, "DAY_OF_NAMED_MONTH_WORD", False)
    assert _value("يوم 17 الجاري") is None


def test_a_day_then_a_range_of_clock_times(fresh_cache, monkeypatch):
    from timeline import recognize as R

    assert _value("غدا من الساعة 8 إلى 10 مساء")[:2] == (datetime(2018, 2, 14, 20), datetime(2018, 2, 14, 23))
    monkeypatch.setattr(R, "DAY_THEN_CLOCK_RANGE", False)
    assert _value("غدا من الساعة 8 إلى 10 مساء") is None


def test_feminine_ordinal_of_a_noun_is_no_day(fresh_cache, monkeypatch):
    from timeline.grammar import dates

    # the ordinal is the episode's (الحلقة), not a day of the month: only the month is left
    assert timeline.extract("الحلقة الثانية من رمضان", reference=DCT) == []
    assert [m.text for m in timeline.extract("بث المسلسل الحلقة الرابعة من رمضان 1439 هـ", reference=DCT)] == ["رمضان 1439 هـ"]
    assert timeline.extract("انطلقت الجولة الخامسة من مارس", reference=DCT) == []
    # a day of the month (masculine), a weekday's ordinal and a night stay dates
    assert _value("اليوم الثاني من رمضان 1439 هـ")[0] == datetime(2018, 5, 17)
    assert _value("الجمعة الثانية من رمضان 1439 هـ")[0] == datetime(2018, 5, 25)
    assert "الثانية من رمضان 1439 هـ" in [m.text for m in timeline.extract("الليلة الثانية من رمضان 1439 هـ", reference=DCT)]
    monkeypatch.setattr(dates, "ORDINAL_OF_A_NOUN", False)
    (m,) = timeline.extract("الحلقة الثالثة من رمضان 1439 هـ", reference=DCT)
    assert (m.text, m.value.start) == ("الثالثة من رمضان 1439 هـ", datetime(2018, 5, 18))


def test_weekday_then_ordinal_day_checked_against_the_weekday(fresh_cache, monkeypatch):
    from timeline.grammar import days

    ref = date(2018, 4, 13)  # 1 April 2018 was a Sunday
    # the weekday holds on no such day: the first Thursday of the month
    assert _value("الخميس الأول من هذا الشهر", ref)[:2] == (datetime(2018, 4, 5), datetime(2018, 4, 6))
    assert _value("الثلاثاء الثالث من أيلول 2014")[0] == datetime(2014, 9, 16)
    # it holds: the date, as before ("الأربعاء الثالث من أيلول 2014" was a Wednesday)
    assert _value("الأربعاء الثالث من أيلول 2014")[0] == datetime(2014, 9, 3)
    # past five, or in digits, the date stays, noted
    v = timeline.resolve("الخميس العاشر من الشهر الجاري", reference=ref)
    assert v.start == datetime(2018, 4, 10) and "weekday-mismatch" in v.notes
    v = timeline.resolve("الخميس 1 من هذا الشهر", reference=ref)
    assert v.start == datetime(2018, 4, 1) and "weekday-mismatch" in v.notes
    monkeypatch.setattr(days, "WEEKDAY_ORDINAL_DAY", False)
    assert _value("الخميس الأول من الشهر الجاري", ref)[0] == datetime(2018, 4, 1)
    assert _value("الثلاثاء الثالث من شهر أيلول 2014")[0] == datetime(2014, 9, 3)


def test_weekday_then_ordinal_day_without_a_month(fresh_cache, monkeypatch):
    from timeline.grammar import days

    ref = date(2013, 2, 12)
    assert _value("السبت السادس عشر", ref) == (datetime(2013, 2, 16), datetime(2013, 2, 17), "day", False)
    assert _value("الأحد السابع عشرة", ref)[0] == datetime(2013, 2, 17)
    # up to five on another weekday: the nth such weekday (1 September 2017 was a Friday)
    assert _value("الأحد الثاني", date(2017, 9, 5))[0] == datetime(2017, 9, 10)
    # in a row, or an ordinal going on after و: the weekday alone
    assert [m.text for m in timeline.extract("فاز الفريق الأحد الثاني على التوالي", reference=ref)] == ["الأحد"]
    monkeypatch.setattr(days, "WEEKDAY_ORDINAL_NO_MONTH", False)
    assert _value("الاثنين الثامن عشر", ref) is None


def test_weekday_ordinal_that_qualifies_another_word(fresh_cache, monkeypatch):
    from timeline.grammar import days

    def texts(s):
        return [(m.text, m.rule) for m in timeline.extract(s, reference=DCT)]

    # the ordinal followed by من / في / بعد / قبل / a word with ل qualifies something else
    assert texts("نظم الخميس الأول من نوعه") == [("الخميس", "weekday")]
    assert texts("صلاة الجمعة الأول بعد العيد") == [("الجمعة", "weekday")]
    assert texts("الاثنين الأول للحملة") == [("الاثنين", "weekday")]
    assert texts("السبت الثاني قبل الانتخابات") == [("السبت", "weekday")]
    # a month after من is still read, and the ordinal alone still is the day
    assert _value("الخميس الأول من هذا الشهر", date(2018, 4, 13))[0] == datetime(2018, 4, 5)
    assert _value("السبت السادس عشر", date(2013, 2, 12))[0] == datetime(2013, 2, 16)
    monkeypatch.setattr(days, "WEEKDAY_ORDINAL_QUALIFIES", False)
    assert texts("نظم الخميس الأول من نوعه") == [("الخميس الأول", "weekday_ordinal_day")]


def test_clock_range_from_hour_zero_keeps_midnight(fresh_cache):
    # only a first hour from 1 to 11 takes the afternoon of the range's end
    assert _value("من الساعة 0 حتى الساعة 3 مساء")[:2] == (datetime(2018, 2, 13, 0), datetime(2018, 2, 13, 16))
    assert _value("من الساعة 1 حتى الساعة 3 مساء")[:2] == (datetime(2018, 2, 13, 13), datetime(2018, 2, 13, 16))


def test_dash_day_month_after_a_cue_the_lexicon_does_not_know(fresh_cache, monkeypatch):
    from timeline.grammar import numeric

    assert _value("بتاريخ 22-4")[:2] == (datetime(2018, 4, 22), datetime(2018, 4, 23))
    assert _value("تاريخ 22-4")[:2] == (datetime(2018, 4, 22), datetime(2018, 4, 23))
    assert timeline.extract("في 2-1", reference=DCT) == []  # a preposition is no cue for the dash
    monkeypatch.setattr(numeric, "DASH_CUE_ANY_WORD", False)
    assert timeline.extract("بتاريخ 22-4", reference=DCT) == []


def test_compound_ordinal_day_with_a_spaced_wa(fresh_cache, monkeypatch):
    from timeline import recognize as R

    assert _value("الجمعة السادس و العشرين من مايو 2017")[:2] == (datetime(2017, 5, 26), datetime(2017, 5, 27))
    # two ordinals joined by a spaced و stay a list of days
    assert _value("الثالث و الرابع من مارس 2017")[:2] == (datetime(2017, 3, 3), datetime(2017, 3, 5))
    monkeypatch.setattr(R, "ORDINAL_SPACED_WA", False)
    # read as a list of two days, the 5th and the 20th
    assert _value("الخامس و العشرين من مايو 2017")[:2] == (datetime(2017, 5, 5), datetime(2017, 5, 21))


def test_half_of_a_named_month_is_its_middle(fresh_cache, monkeypatch):
    from timeline.grammar import periods

    mid = (datetime(2018, 3, 11), datetime(2018, 3, 21), "day", True)
    assert _value("نصف شهر مارس") == mid == _value("منتصف شهر مارس")
    assert _value("نص شهر ثلاثة") == mid
    assert timeline.resolve("نصف شهر", reference=DCT).timex == "P0.5M"  # alone, a duration
    assert timeline.extract("نص الاتفاق", reference=DCT) == []
    monkeypatch.setattr(periods, "HALF_MONTH_MID", False)
    assert _value("نصف شهر آذار") is None


def test_day_and_month_joined_by_a_dash(fresh_cache, monkeypatch):
    from timeline.grammar import numeric

    assert _value("يوم 19-3")[:2] == (datetime(2018, 3, 19), datetime(2018, 3, 20))
    assert _value("الخميس 15-2")[:2] == (datetime(2018, 2, 15), datetime(2018, 2, 16))
    # a score, or days of a named month
    assert timeline.extract("فاز الفريق 3-1", reference=DCT) == []
    assert timeline.extract("تقدم في 2-1", reference=DCT) == []
    assert _value("يوم 3-4 مايو")[:2] == (datetime(2018, 5, 3), datetime(2018, 5, 5))
    monkeypatch.setattr(numeric, "DASH_DAY_MONTH", False)
    assert _value("يوم 20-3") is None


def test_a_lone_unit_word_is_one_such_unit(fresh_cache, monkeypatch):
    from timeline.grammar import spans

    assert timeline.resolve("أسبوع", reference=DCT).timex == "P1W"
    assert timeline.resolve("ساعة").timex == "PT1H"  # no reference needed
    assert timeline.resolve("شهر").timex == "P1M"
    # only as the whole text: in running text a bare unit word is no mention
    assert timeline.extract("استمر أسبوع", reference=DCT) == []
    assert timeline.resolve("الأسبوع", reference=DCT) is None
    monkeypatch.setattr(spans, "LONE_UNIT", False)
    assert timeline.resolve("سنة") is None


# -- peers' classes (session 32): each behind its switch -------------------------------------
def _read(s, ref):
    return [(m.text, m.value.start, m.value.end) for m in timeline.extract(s, reference=ref)]


def test_easter_and_the_feasts_counted_from_it(fresh_cache, monkeypatch):
    from timeline.grammar import holidays

    assert calendars.easter(2024) == date(2024, 3, 31) and calendars.easter_orthodox(2024) == date(2024, 5, 5)
    ref = date(2024, 4, 10)
    assert _read("أقيمت الصلوات في الكنائس بمناسبة عيد الفصح", ref) == [
        ("عيد الفصح", datetime(2024, 3, 31), datetime(2024, 4, 1))]
    assert _value("عيد الفصح الأرثوذكسي 2024") == (datetime(2024, 5, 5), datetime(2024, 5, 6), "day", False)
    assert _value("شم النسيم", ref=date(2024, 5, 20)) == (datetime(2024, 5, 6), datetime(2024, 5, 7), "day", False)
    assert _value("الجمعة العظيمة", ref=ref) == (datetime(2024, 3, 29), datetime(2024, 3, 30), "day", False)
    assert _read("احتفل اليهود بعيد الفصح اليهودي", ref) == []  # Passover: no day
    monkeypatch.setattr(holidays, "EASTER_DAYS", False)
    assert _read("أقيمت الصلوات في الكنائس بمناسبة عيد الفصح", ref) == []


def test_a_shift_from_a_holiday(fresh_cache, monkeypatch):
    from timeline.grammar import spans

    ref = date(2024, 4, 20)  # عيد الفطر 1445 = 10 April 2024
    assert _read("عاد الوزير إلى عمله بعد ثلاثة أيام من عيد الفطر", ref) == [
        ("بعد ثلاثة أيام من عيد الفطر", datetime(2024, 4, 13), datetime(2024, 4, 14))]
    # a vague count stays no day of its own: some days before the holiday, not before the DCT
    assert [m.value.timex for m in timeline.extract("وقع الانفجار قبل أيام من عيد الفطر", reference=ref)] == ["PXD", "2024-04-10"]
    monkeypatch.setattr(spans, "SHIFT_FROM_NAMED_DAY", False)
    assert _read("عاد الوزير إلى عمله بعد ثلاثة أيام من عيد الفطر", ref)[0][0] == "بعد ثلاثة أيام"


def test_the_eve_and_the_morrow_of_a_holiday(fresh_cache, monkeypatch):
    from timeline.grammar import spans

    # (spans.EVE_OF_NAMED_DAY) "عشية عيد الفطر" is the day before the feast (10 April 2024),
    # "غداة عيد الفطر" the day after; "عشية الأحد" (Sunday afternoon in the Maghreb) and
    # "عشية انعقاد القمة" (an event, no day) are read as before
    ref = date(2024, 4, 20)
    assert _read("وقع التفجير في السوق عشية عيد الفطر", ref) == [
        ("عشية عيد الفطر", datetime(2024, 4, 9), datetime(2024, 4, 10))]
    assert _read("عاد الوزير إلى عمله غداة عيد الفطر", ref) == [
        ("غداة عيد الفطر", datetime(2024, 4, 11), datetime(2024, 4, 12))]
    assert _read("احتفل الناس عشية رأس السنة في الساحات", ref) == [
        ("عشية رأس السنة", datetime(2023, 12, 31), datetime(2024, 1, 1))]
    assert [m.text for m in timeline.extract("وصل الوفد عشية الأحد", reference=ref)] == ["الأحد"]
    assert [m.text for m in timeline.extract("وصل الوفد عشية انعقاد القمة", reference=ref)] == ["عشية"]
    # after a bare "يوم" too; Eid al-Adha 1445 = 16 June 2024 (Umm al-Qura), 1427 = 31 December
    # 2006: its eve is in the Gregorian year before the reference's
    assert _read("وقع الانفجار عشية يوم عيد الأضحى", date(2024, 6, 20)) == [
        ("عشية يوم عيد الأضحى", datetime(2024, 6, 15), datetime(2024, 6, 16))]
    assert _read("عاد الوزير إلى عمله غداة يوم عيد الفطر", ref) == [
        ("غداة يوم عيد الفطر", datetime(2024, 4, 11), datetime(2024, 4, 12))]
    assert _read("وقع الانفجار عشية عيد الأضحى", date(2007, 1, 2)) == [
        ("عشية عيد الأضحى", datetime(2006, 12, 30), datetime(2006, 12, 31))]
    # the eve of a span is the day before it; its morrow follows its end, so "غداة أيام ..." and
    # the eve of a night holiday (its night starts the evening before) keep their own reading
    assert _read("وصل الحجاج عشية أيام عيد الفطر", ref) == [
        ("عشية أيام عيد الفطر", datetime(2024, 4, 9), datetime(2024, 4, 10))]
    assert [m.text for m in timeline.extract("عاد الوزير غداة أيام عيد الفطر", reference=ref)] == ["أيام عيد الفطر"]
    assert [m.text for m in timeline.extract("اعتكف المصلون عشية ليلة القدر", reference=ref)] == ["ليلة القدر"]
    monkeypatch.setattr(spans, "EVE_OF_NAMED_DAY", False)
    assert [m.text for m in timeline.extract("وقع التفجير في السوق عشية عيد الفطر", reference=ref)] == [
        "عشية", "عيد الفطر"]


def test_day_month_and_a_two_digit_year(fresh_cache, monkeypatch):
    from timeline.grammar import numeric

    ref = date(2021, 5, 1)
    assert _read("نشر بتاريخ 07/03/21 في صفحة الأخبار", ref) == [("07/03/21", datetime(2021, 3, 7), datetime(2021, 3, 8))]
    assert _value("يوم 25-12-98") == (datetime(1998, 12, 25), datetime(1998, 12, 26), "day", False)
    assert _read("فاز الفريق 3-1-10 في المباراة", ref) == []  # a dash needs a cue
    assert _read("رقم الهاتف 12/05/98/11", ref) == []  # a longer run
    assert _read("بتاريخ 15/09/44 هـ", ref) == []  # a two-digit Hijri year is no 2044
    monkeypatch.setattr(numeric, "TWO_DIGIT_YEAR", False)
    assert _read("نشر بتاريخ 07/03/21 في صفحة الأخبار", ref) == []


def test_a_three_digit_year_after_am(fresh_cache, monkeypatch):
    from timeline.grammar import dates

    assert _value("سنة 636 م") == (datetime(636, 1, 1), datetime(637, 1, 1), "year", False)
    assert _read("بنى الخليفة المسجد عام 705. ثم توسع", DCT) == [("عام 705", datetime(705, 1, 1), datetime(706, 1, 1))]
    assert _read("يموت كل عام 300 شخص", DCT)[0][0] == "كل عام"  # a count follows: no year
    assert _read("قال المدير العام 250.", DCT) == []
    assert _read("في عام 050.", DCT) == []  # a leading zero: no year of three digits
    monkeypatch.setattr(dates, "SHORT_YEAR_AFTER_WORD", False)
    assert _value("سنة 636 م") is None
    assert _read("بنى الخليفة المسجد عام 705. ثم توسع", DCT) == []


def test_a_prayer_after_a_clock_time(fresh_cache, monkeypatch):
    from timeline.grammar import clock

    assert _value("الساعة السادسة إلا ربعا قبل المغرب")[:2] == (datetime(2018, 2, 13, 17, 45), datetime(2018, 2, 13, 17, 46))
    assert _value("الساعة الثامنة بعد صلاة العشاء")[:2] == (datetime(2018, 2, 13, 20), datetime(2018, 2, 13, 21))
    assert _value("الساعة الرابعة قبيل صلاة الفجر")[:2] == (datetime(2018, 2, 13, 4), datetime(2018, 2, 13, 5))
    # after العشاء the night: one o'clock is 01:00, not 13:00
    assert _value("الساعة الواحدة بعد صلاة العشاء")[:2] == (datetime(2018, 2, 13, 1), datetime(2018, 2, 13, 2))
    monkeypatch.setattr(clock, "PRAYER_PERIODS", False)
    assert _value("الساعة السادسة إلا ربعا قبل المغرب") is None
    assert _value("الساعة الثامنة بعد صلاة العشاء") is None


# -- mends of the last round's rules (review) ------------------------------------------------
def _spans(s, ref=DCT):
    return [(m.value.start, m.value.end) for m in timeline.extract(s, reference=ref) if m.value is not None]


def _rules(s, ref=DCT):
    return [(m.text, m.rule) for m in timeline.extract(s, reference=ref)]


def test_one_night_between_two_days_only_when_they_follow_each_other(fresh_cache, monkeypatch):
    from timeline import recognize
    from timeline.grammar import days

    ref = date(2020, 1, 10)
    # across a month's end only its last day and the 1st of the next are one night
    assert _rules("الليلة الفاصلة بين 28 يناير و1 فبراير 2020", ref) == [
        ("الليلة", "relative_day"), ("بين 28 يناير و1 فبراير 2020", "range")]
    assert _spans("الليلة الفاصلة بين 28 يناير و1 فبراير 2020", ref)[0] == (  # tonight, 10 January
        datetime(2020, 1, 10, 18), datetime(2020, 1, 11, 6))
    # two years that do not follow each other are no one night either
    assert _spans("الليلة الفاصلة بين 31 يناير 2019 و1 فبراير 2020", ref) == [
        (datetime(2020, 1, 10, 18), datetime(2020, 1, 11, 6)), (datetime(2019, 1, 31), datetime(2020, 2, 2))]
    # days further apart, or out of order, are no nights: tonight, and a range of their own
    assert [t for t, _ in _rules("ستعلن الوزارة الليلة بين 10 و15 يونيو موعدا", ref)] == ["الليلة", "بين 10 و15 يونيو"]
    assert [t for t, _ in _rules("الليلة بين 5 و3 جوان 2020", ref)][0] == "الليلة"
    assert "night_between" not in [r for _, r in _rules("الليلة الفاصلة بين 30 يناير و1 فبراير 2020", ref)]
    assert _value("الليلة الفاصلة بين 31 يناير و1 فبراير 2020", ref)[:2] == (
        datetime(2020, 1, 31, 18), datetime(2020, 2, 1, 6))
    assert _value("ليلة بين 29 فبراير و1 مارس 2020", ref)[0] == datetime(2020, 2, 29, 18)
    assert "night_between" not in [r for _, r in _rules("ليلة بين 28 فبراير و1 مارس 2020", ref)]
    # two days that do not follow each other: the night word and the days are their range
    assert _rules("الليلة بين 3 و5 جوان 2020", ref) == [("الليلة بين 3 و5 جوان 2020", "nights_between")]
    assert _value("الليلة بين 3 و5 جوان 2020", ref)[:2] == (datetime(2020, 6, 3), datetime(2020, 6, 6))
    # the year written belongs to the second day: the night starts on 31 December 2019
    assert _value("الليلة الفاصلة بين 31 ديسمبر و1 يناير 2020", ref)[:2] == (
        datetime(2019, 12, 31, 18), datetime(2020, 1, 1, 6))
    # and so does a range's first day that takes the year from the last
    assert _value("من 20 ديسمبر إلى 5 يناير 2012", ref)[:2] == (datetime(2011, 12, 20), datetime(2012, 1, 6))
    monkeypatch.setattr(recognize, "RANGE_YEAR_BEFORE", False)
    assert _value("من 20 ديسمبر إلى 5 يناير 2012", ref) is None
    monkeypatch.setattr(days, "NIGHTS_RANGE", False)
    assert [t for t, _ in _rules("الليلة بين 3 و5 جوان 2020", ref)] == ["الليلة", "بين 3 و5 جوان 2020"]


def test_the_nominative_dual_modifier_after_two_weekdays(fresh_cache, monkeypatch):
    from timeline.grammar import days

    ref = date(2020, 1, 10)  # a Friday
    # the subject's case: "يوما ... المقبلان", "... الماضيان" as "يومي ... المقبلين", "... الماضيين"
    assert _value("يوما الإثنين والثلاثاء المقبلان", ref)[:2] == (datetime(2020, 1, 13), datetime(2020, 1, 15))
    assert _value("الجمعة والسبت الماضيان", ref)[:2] == (datetime(2020, 1, 3), datetime(2020, 1, 5))
    assert _value("اليومان الماضيان", ref)[:2] == _value("اليومين الماضيين", ref)[:2]
    assert _value("في 24 الماضيان", ref) is None  # a dual is no month's modifier
    monkeypatch.setattr(days, "PAIR_PLURAL_MOD", False)
    # without the rule the modifier agrees with the Saturday alone (the Friday is this week's or
    # another reading): not 3-5 January as one run
    assert _value("الجمعة والسبت الماضيان", ref) is None or _value("الجمعة والسبت الماضيان", ref)[:2] != (
        datetime(2020, 1, 3), datetime(2020, 1, 5))


def test_a_night_to_the_next_day_after_min_is_a_range(fresh_cache, monkeypatch):
    from timeline import resolution
    from timeline.grammar import days

    ref = date(2020, 1, 10)  # a Friday
    # "من ليلة الجمعة إلى السبت": from the one to the other (a move, a range), not one night
    [m] = timeline.extract("أجلت المباراة من ليلة الجمعة إلى السبت", reference=ref)
    assert m.kind == "range" and (m.value.start, m.value.end) == (datetime(2020, 1, 10, 18), datetime(2020, 1, 12))
    assert _value("من مساء الخميس إلى الأحد", ref)[:2] == (datetime(2020, 1, 9, 18), datetime(2020, 1, 13))
    # with no من the one night stays
    assert [t for t, _ in _rules("نجا المهاجرون ليلة الجمعة إلى السبت", ref)] == ["ليلة الجمعة إلى السبت"]
    monkeypatch.setattr(resolution, "RANGE_PART_OF_WEEKDAY", False)
    monkeypatch.setattr(resolution, "RANGE_END_WEEKDAY_AFTER", False)  # (which reads any start so)
    resolution._resolve_cached.cache_clear()
    assert _value("من مساء الخميس إلى الأحد", ref) is None
    monkeypatch.setattr(days, "NIGHT_TO_NOT_FROM", False)
    [m] = timeline.extract("أجلت المباراة من ليلة الجمعة إلى السبت", reference=ref)
    assert m.text == "ليلة الجمعة إلى السبت"


def test_a_live_broadcast_is_no_name_a_date_is_part_of(fresh_cache):
    # "حي" is as often "live" / "alive": the date after it is a date
    assert [t for t, _ in _rules("بث حي 15 مارس", date(2020, 1, 10))] == ["15 مارس"]
    assert _rules("عبر جسر 6 أكتوبر", date(2020, 1, 10)) == []  # a place's name stays no mention


def test_a_date_opening_the_text_is_read_whatever_the_last_word(fresh_cache):
    # the name test looks at the word before the date: at the text's start there is none
    # (not the text's last word, "جسر", by a negative index)
    assert [t for t, _ in _rules("6 أكتوبر موعد افتتاح جسر", date(2020, 1, 10))] == ["6 أكتوبر"]


def test_after_three_weekdays_only_a_plural_agreement_is_said_of_them_all(fresh_cache, monkeypatch):
    from timeline.grammar import days

    ref = date(2020, 1, 10)  # a Friday
    assert _value("الخميس والجمعة والسبت المقبلة", ref)[:2] == (datetime(2020, 1, 16), datetime(2020, 1, 19))
    # a masculine singular agrees with the last day alone
    assert [r for _, r in _rules("الخميس والجمعة والسبت المقبل", ref)] == ["weekday"] * 3
    monkeypatch.setattr(days, "PAIR_MOD_FEMININE", False)
    assert [r for _, r in _rules("الخميس والجمعة والسبت المقبل", ref)] == ["weekday_pair_mod"]


def test_a_naming_noun_may_take_the_clitic_ka(fresh_cache):
    # "كحركة 20 فبراير" (like the 20 February movement): a name, as "لحركة" and "بمدينة" are
    assert _rules("ظهرت كحركة 20 فبراير", date(2020, 1, 10)) == []


def test_a_decade_right_after_a_person_is_an_age(fresh_cache, monkeypatch):
    from timeline.grammar import periods

    assert _rules("توفي شاب في العشرينات بمديرية معين") == []
    assert [t for t, _ in _rules("رجل في الستينيات من القرن الماضي")] == ["الستينيات من القرن الماضي"]
    assert [t for t, _ in _rules("ولد في الستينيات")] == ["الستينيات"]
    monkeypatch.setattr(periods, "DECADE_AFTER_PERSON", False)
    assert [t for t, _ in _rules("توفي شاب في العشرينات بمديرية معين")] == ["العشرينات"]


def test_a_partitive_min_before_a_night_keeps_the_one_night(fresh_cache, monkeypatch):
    from timeline.grammar import days

    ref = date(2020, 1, 10)  # a Friday
    # "late on Saturday night into Sunday": one night (the last Saturday's), not a range from
    # the Saturday night to the Sunday's end
    assert _spans("في وقت متأخر من ليل السبت إلى الأحد", ref) == [(datetime(2020, 1, 4, 18), datetime(2020, 1, 5, 6))]
    assert _spans("في الساعات الأولى من ليلة الجمعة إلى السبت", ref) == [
        (datetime(2020, 1, 10, 18), datetime(2020, 1, 11, 6))]
    # على after the night forms no range: one night, and no stray Monday
    assert _rules("وقت متأخر من ليل الأحد على الاثنين", ref) == [("وقت متأخر من ليل الأحد على الاثنين", "day_part")]
    # a range between two days after من, with its clitic too
    assert _spans("أجلت المباراة ومن ليلة الجمعة إلى السبت", ref) == [(datetime(2020, 1, 10, 18), datetime(2020, 1, 12))]
    monkeypatch.setattr(days, "NIGHT_TO_NOT_FROM", False)
    assert _spans("أجلت المباراة ومن ليلة الجمعة إلى السبت", ref) == [(datetime(2020, 1, 10, 18), datetime(2020, 1, 11, 6))]


def test_a_verb_homograph_of_a_person_noun_keeps_the_decade(fresh_cache):
    # "طالب في السبعينيات بإلغاء القانون": he demanded, in the seventies (not a student's age)
    assert _spans("طالب في السبعينيات بإلغاء القانون") == [(datetime(1970, 1, 1), datetime(1980, 1, 1))]
    assert _spans("توفي شاب في العشرينات") == []


@pytest.mark.parametrize("phrase,day", [
    ("وأول أيام عيد الفطر", 2), ("بأول أيام عيد الفطر", 2), ("أول أيام عيد الفطر", 2),
    # the other ordinals with a clitic: "ثاني", "ثالث" were not split from their "و" / "ب"
    ("وثاني أيام عيد الفطر", 3), ("بثالث أيام عيد الفطر", 4), ("ثاني أيام عيد الفطر", 3),
])
def test_nth_day_of_a_holiday_with_a_proclitic(phrase, day):
    # published Saturday 30 April 2022; 1 Shawwal 1443 (Eid al-Fitr) was Monday 2 May: "the
    # first of the days of the feast" is that one day, with "و" / "ب" before it too (it was
    # read as the whole feast, 2-4 May, when a clitic hid the ordinal)
    ms = timeline.extract(f"وقال إن {phrase} سيكون عطلة", reference=date(2022, 4, 30))
    assert [m.text for m in ms] == [phrase]
    assert (ms[0].value.start, ms[0].value.end) == (datetime(2022, 5, day), datetime(2022, 5, day + 1))


def test_two_ordinal_days_of_a_holiday_joined_by_wa():
    # published Wednesday 22 August 2018 (1st day of the Tashreeq days: Eid al-Adha 1439 was
    # Tuesday 21 August, the three Tashreeq days 22-24 August): "the second and third days of
    # Tashreeq" are 23-24 August; before, "ثاني" was dropped and the whole three days (or the
    # third alone) read
    ms = timeline.extract("ويبيت ليلته في منى، وكذلك الحال في ثاني وثالث أيام التشريق.", reference=date(2018, 8, 22))
    assert [m.text for m in ms] == ["ثاني وثالث أيام التشريق"]
    assert (ms[0].value.start, ms[0].value.end) == (datetime(2018, 8, 23), datetime(2018, 8, 25))


@pytest.mark.parametrize("phrase, start, end", [
    ("أول وثاني أيام التشريق", datetime(2018, 8, 22), datetime(2018, 8, 24)),
    # not consecutive: no stretch (it held the second day); the second ordinal alone is read
    ("أول وثالث أيام التشريق", datetime(2018, 8, 24), datetime(2018, 8, 25)),
])
def test_two_joined_ordinal_days_of_a_holiday_are_a_stretch_only_when_consecutive(phrase, start, end):
    # Tashreeq 1439: 22-24 August 2018
    ms = timeline.extract(f"ويبيت الحجاج في منى {phrase}.", reference=date(2018, 8, 22))
    assert ms and (ms[-1].value.start, ms[-1].value.end) == (start, end)


def test_a_first_day_greater_than_the_last_lies_in_the_month_before(fresh_cache, monkeypatch):
    # "من 24 حتى 2 من نوفمبر المقبل": the festival runs from 24 October (recognize.RANGE_DAY_MONTH_BEFORE)
    from timeline import recognize as R

    ref = date(2023, 10, 9)
    assert _value("من 24 حتى 2 من نوفمبر المقبل", ref)[:2] == (
        datetime(2023, 10, 24), datetime(2023, 11, 3))
    assert _value("بين 28 و2 نوفمبر 2023", ref)[:2] == (datetime(2023, 10, 28), datetime(2023, 11, 3))
    # across a year: the first day is in December of the year before
    assert _value("من 30 إلى 2 يناير 2024", ref)[:2] == (datetime(2023, 12, 30), datetime(2024, 1, 3))
    # a day the month before cannot hold is no range
    assert _rules("من 31 إلى 2 مارس", ref) == [("2 مارس", "date")]
    # the first day still takes the month when it comes first
    assert _value("من 13 إلى 20 مايو 2023", ref)[:2] == (datetime(2023, 5, 13), datetime(2023, 5, 21))
    monkeypatch.setattr(R, "RANGE_DAY_MONTH_BEFORE", False)
    assert _value("بين 28 و2 نوفمبر 2023", ref) is None


def test_an_anniversary_is_an_offset_of_years(fresh_cache, monkeypatch):
    from timeline import meaning as M
    from timeline.grammar import spans

    def offset(text):
        got = [m.meaning for m in timeline.extract(text, reference=DCT) if isinstance(m.meaning, M.Offset)]
        return [(o.count, o.unit, o.sign) for o in got]

    assert offset("أحيت الذكرى الأربعين لمجزرة صبرا وشاتيلا") == [(40, "year", 1)]
    assert offset("في الذكرى السنوية الثانية لانفجار مرفأ بيروت") == [(2, "year", 1)]
    assert offset("الذكرى الـ 23 لرحيل الزعيم الحبيب بورقيبة") == [(23, "year", 1)]
    assert offset("والذكرى الخامسة والسبعين للنكبة") == [(75, "year", 1)]
    assert offset("بمناسبة مرور ١٠٠ عام على ميلاده") == [(100, "year", 1)]
    # a year or two with no count, and a centenary
    assert offset("بمناسبة مرور عامين على تأسيسه") == [(2, "year", 1)]
    assert offset("احتفالا بمرور سنة على افتتاح الخط") == [(1, "year", 1)]
    assert offset("الذكرى المئوية لتأسيس الجامعة") == [(100, "year", 1)]
    assert offset("بمناسبة مرور شهر على افتتاح الخط") == []
    # no number, or a count of days, or nothing the anniversary is of: no offset
    assert offset("ذكرى رحيل الفنان") == []
    assert offset("ذكرى 40 يوما على وفاته") == []
    assert offset("في الذكرى الأربعين، قال الرئيس") == []
    monkeypatch.setattr(spans, "ANNIVERSARY", False)
    assert offset("أحيت الذكرى الأربعين لمجزرة صبرا وشاتيلا") == []


def test_the_fortieth_of_a_death_is_days_not_years(fresh_cache):
    # "ذكرى الأربعين لوفاته": the fortieth day of mourning (found by the review)
    from timeline import meaning as M

    def offsets(text):
        return [m.meaning.count for m in timeline.extract(text, reference=DCT) if isinstance(m.meaning, M.Offset)]

    assert offsets("أقامت العائلة أمس ذكرى الأربعين لوفاته في بلدته") == []
    assert offsets("أحيت العائلة اليوم الذكرى الأربعين لاستشهاد ابنها") == []
    # years when the words say so: "السنوية", digits, or no death
    assert offsets("الذكرى السنوية الأربعين لرحيل الزعيم") == [40]
    assert offsets("الذكرى الـ40 لرحيل الزعيم") == [40]
    assert offsets("أحيت الذكرى الأربعين لمجزرة صبرا") == [40]


def test_a_hijri_range_across_a_month_takes_that_months_length(fresh_cache):
    # Muharram 1446 has 29 days: "من 30 إلى 2 صفر 1446هـ" is no range (the day does not exist)
    assert _rules("من 30 إلى 2 صفر 1446هـ", date(2024, 8, 1)) == [("2 صفر 1446هـ", "date")]
    v = _value("من 29 إلى 2 صفر 1446هـ", date(2024, 8, 1))
    assert v is not None and (v[1] - v[0]).days == 3

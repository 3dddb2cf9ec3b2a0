"""Bad input: wrong types, empty text, impossible dates, junk and huge texts.

Each case either raises a clear TypeError/ValueError or is skipped cleanly; none
crashes deep inside or returns silently wrong data.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import pytest

import timeline
from timeline import testing as tt

DCT = date(2018, 2, 13)
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


# -- wrong types ----------------------------------------------------------------------------
NOT_TEXT = [None, b"\xd8\xa3\xd9\x85\xd8\xb3", 2018, 3.5, ["أمس"], ("أمس",), {"text": "أمس"}, bytearray(b"x")]


@pytest.mark.parametrize("func", [timeline.resolve, timeline.extract], ids=["resolve", "extract"])
@pytest.mark.parametrize("bad", NOT_TEXT, ids=lambda b: type(b).__name__)
def test_non_str_text_raises_type_error(func, bad):
    with pytest.raises(TypeError) as info:
        func(bad, reference=DCT)
    msg = str(info.value)
    # A clear message names what was expected and what was given.
    assert "str" in msg, msg
    assert type(bad).__name__ in msg, msg


@pytest.mark.parametrize("func", [timeline.resolve, timeline.extract], ids=["resolve", "extract"])
@pytest.mark.parametrize("bad_ref", ["2018-02-13", 20180213, 1518480000.0, ["2018", 2, 13], b"2018"],
                         ids=lambda b: type(b).__name__)
def test_bad_reference_type_raises(func, bad_ref):
    with pytest.raises((TypeError, ValueError)) as info:
        func("أمس", reference=bad_ref)
    assert "reference" in str(info.value), str(info.value)


@pytest.mark.parametrize("func", [timeline.resolve, timeline.extract], ids=["resolve", "extract"])
@pytest.mark.parametrize("bad_prefer", ["sometime", "PAST ", "", "مستقبل"])
def test_bad_prefer_value_raises_value_error(func, bad_prefer):
    with pytest.raises(ValueError) as info:
        func("يوم الخميس", reference=DCT, prefer=bad_prefer)
    assert "prefer" in str(info.value), str(info.value)


@pytest.mark.parametrize("func", [timeline.resolve, timeline.extract], ids=["resolve", "extract"])
@pytest.mark.parametrize("bad_prefer", [None, 1, True, ["past"]], ids=lambda b: type(b).__name__)
def test_bad_prefer_type_raises(func, bad_prefer):
    with pytest.raises((TypeError, ValueError)) as info:
        func("يوم الخميس", reference=DCT, prefer=bad_prefer)
    assert "prefer" in str(info.value), str(info.value)


def test_valid_prefers_are_accepted():
    # Control for the tests above: the two documented settings work and differ on a bare weekday.
    past = timeline.resolve("يوم الخميس", reference=DCT, prefer="past")
    future = timeline.resolve("يوم الخميس", reference=DCT, prefer="future")
    assert (past.start, past.end) == (datetime(2018, 2, 8), datetime(2018, 2, 9))
    assert (future.start, future.end) == (datetime(2018, 2, 15), datetime(2018, 2, 16))


# -- empty and blank text -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", " ", "\n\t ", "\u200f", "ـــ", "\u064b\u0651"])
def test_empty_or_blank_text(text):
    assert timeline.resolve(text, reference=DCT) is None
    assert timeline.extract(text, reference=DCT) == []
    assert timeline.resolve(text) is None
    assert timeline.extract(text) == []


# -- impossible dates ------------------------------------------------------------------------------
IMPOSSIBLE = [
    "31 شباط 2018",
    "30 فبراير 2018",
    "29 شباط 2017",
    "29 فيفري 2017",
    "31 نيسان 2018",
    "31 حزيران 2018",
    "31 سبتمبر 2018",
    "31 تشرين الثاني 2018",
    "32 كانون الثاني 2018",
    "31/4/2018",
    "29/2/2017",
    "30/2/2016",
    "32/1/2018",
    "15/13/2018",
    "2018-02-30",
    "2017-02-29",
    "٣١/٤/٢٠١٨",
    "الحادي والثلاثين من شباط 2018",
    "الثلاثين من فبراير 2018",
]


@pytest.mark.parametrize("text", IMPOSSIBLE)
def test_impossible_dates_are_not_dates(text):
    # readings.md: impossible dates give no mention and resolve() -> None.
    assert timeline.resolve(text, reference=DCT) is None
    ms = timeline.extract(text, reference=DCT)
    assert ms == [], ms


def test_impossible_hijri_day_is_not_a_date():
    from hijridate import Hijri

    # Find a 29-day Umm al-Qura month near 1439 and write its (nonexistent) 30th day.
    y, m = next((y, m) for y in range(1439, 1445) for m in range(1, 13) if Hijri(y, m, 1).month_length() == 29)
    name = {1: "محرم", 2: "صفر", 3: "ربيع الأول", 4: "ربيع الثاني", 5: "جمادى الأولى", 6: "جمادى الآخرة",
            7: "رجب", 8: "شعبان", 9: "رمضان", 10: "شوال", 11: "ذو القعدة", 12: "ذو الحجة"}[m]
    text = f"30 {name} {y} هـ"
    v = timeline.resolve(text, reference=DCT)
    assert v is None or v.grain != "day", (text, v)


@pytest.mark.parametrize(
    "text, day",
    [("29 شباط 2016", date(2016, 2, 29)), ("28 فبراير 2017", date(2017, 2, 28)), ("29/2/2016", date(2016, 2, 29)),
     ("30 نيسان 2018", date(2018, 4, 30)), ("31 كانون الأول 2017", date(2017, 12, 31))],
)
def test_possible_neighbours_of_impossible_dates_are_dates(text, day):
    # Control: the edge days that do exist are read.
    v = timeline.resolve(text, reference=DCT)
    assert v is not None and (v.start, v.end, v.grain) == (
        datetime(day.year, day.month, day.day),
        datetime(day.year, day.month, day.day) + (datetime(2000, 1, 2) - datetime(2000, 1, 1)),
        "day",
    ), (text, v)


# -- junk ------------------------------------------------------------------------------------------
def _junk(seed: int, n: int) -> str:
    return random.Random(seed).randbytes(n).decode("utf-8", errors="replace")


@pytest.mark.parametrize("seed", range(5))
def test_binary_junk_decoded_with_replace(seed):
    text = _junk(seed, 20_000)
    for ref in (DCT, None, datetime(2018, 2, 13, 5, 45)):
        ms = timeline.extract(text, reference=ref)
        assert isinstance(ms, list)
        for m in ms:
            assert text[m.start : m.end] == m.text
            if m.value is not None:
                assert tt.well_formed(m.value) == []
        v = timeline.resolve(text, reference=ref)
        assert v is None or tt.well_formed(v) == []


def test_junk_around_a_date_does_not_hide_it():
    text = _junk(7, 3000) + " 19 / 2 / 2018 " + _junk(8, 3000)
    ms = timeline.extract(text, reference=DCT)
    hits = [m for m in ms if "19 / 2 / 2018" in m.text]
    assert hits and hits[0].value is not None
    assert (hits[0].value.start, hits[0].value.end) == (datetime(2018, 2, 19), datetime(2018, 2, 20))


def test_nul_and_control_characters():
    text = "\x00أمس\x07 \x1b[31mقبل يومين\x1b[0m\r\n"
    ms = timeline.extract(text, reference=DCT)
    for m in ms:
        assert text[m.start : m.end] == m.text
    values = {(m.value.start, m.value.end) for m in ms if m.value is not None}
    assert (datetime(2018, 2, 12), datetime(2018, 2, 13)) in values  # أمس
    assert (datetime(2018, 2, 11), datetime(2018, 2, 12)) in values  # قبل يومين


# -- a huge text -----------------------------------------------------------------------------------
def test_ten_megabyte_text():
    assert SEEDS, "seed articles missing"
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    reps = 10_000_000 // len(seeds.encode("utf-8")) + 1
    text = "\n\n".join([seeds] * reps)
    assert len(text.encode("utf-8")) >= 10_000_000
    ms = timeline.extract(text, reference=DCT)
    assert ms, "nothing found in 10 MB of news"
    for m in ms:
        assert text[m.start : m.end] == m.text
    # Each copy holds the two absolute dates of seeds 000 and 001; both must be found every time
    # (as that day, or a time on that day when a clock time is joined to it).
    for needle, day in (("19 / 2 / 2018", datetime(2018, 2, 19)), ("١٥ فبراير ٢٠١٨", datetime(2018, 2, 15))):
        n = text.count(needle)
        assert n >= reps
        found = sum(
            1 for m in ms if needle in m.text and m.value is not None and m.value.start.date() == day.date()
        )
        assert found == n, (needle, found, n)

"""Extraction on the five seed articles: every temporal expression, its span and value.

The dated articles (000, 001) are resolved against the date they state; the undated
ones (002, 003, 004) against a reference passed in (the publication day a careful
reader infers; see tests of timeline.documents for how the library infers it).
Expected values are worked out by hand from docs/conventions.md; expected spans are
found by searching the article for the expression, never taken from the engine.
"""

from datetime import date, datetime
from pathlib import Path

import pytest

import timeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
D = datetime


def _article(prefix: str) -> str:
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


# (expression as it stands in the article, occurrence, start, end, vague, duration)
EXPECTED = {
    # 000: stated "الإثنين 19 / 2 / 2018 | 05:45" (a Monday: checked below)
    "000": (
        date(2018, 2, 19),
        [
            ("الإثنين 19 / 2 / 2018 | 05:45", 0, D(2018, 2, 19, 5, 45), D(2018, 2, 19, 5, 46), False, None),
            # years ago: [DCT - 10 years, DCT - 2 years + 1 day)
            ("في السنوات السابقة", 0, D(2008, 2, 19), D(2016, 2, 20), True, None),
            # the last 6 months through the DCT
            ("في الأشهر الماضية", 0, D(2017, 8, 19), D(2018, 2, 20), True, None),
        ],
    ),
    # 001: stated "١٥ فبراير ٢٠١٨" (Thursday)
    "001": (
        date(2018, 2, 15),
        [
            ("١٥ فبراير ٢٠١٨", 0, D(2018, 2, 15), D(2018, 2, 16), False, None),
            ("قبل أيام", 0, D(2018, 2, 8), D(2018, 2, 14), True, None),  # 2..7 days before
            ("خلال الأيام الماضية", 0, D(2018, 2, 8), D(2018, 2, 16), True, None),  # last 7 days + DCT
            ("منتصف ديمسبر/كانون الأول الماضي عام 2017", 0, D(2017, 12, 11), D(2017, 12, 21), True, None),
            ("ثلاثة أيام", 0, None, None, False, "P3D"),
            ("4 أيام", 0, None, None, False, "P4D"),
            # "في ساعات قليلة" (in a few hours): a vague duration, some hours
            ("ساعات قليلة", 0, None, None, True, "PTXH"),
        ],
    ),
    # 002: no date; "اليوم الثلاثاء" with the capture of 400 fighters -> Tuesday 13 Feb 2018
    "002": (
        date(2018, 2, 13),
        [
            ("اليوم الثلاثاء", 0, D(2018, 2, 13), D(2018, 2, 14), False, None),
            ("خلال الأربعة أيام الأخيرة", 0, D(2018, 2, 9), D(2018, 2, 14), False, "P4D"),
            ("3 أشهر", 0, None, None, False, "P3M"),
        ],
    ),
    # 003: no date; "اليوم الاثنين" -> Monday 12 Feb 2018
    "003": (
        date(2018, 2, 12),
        [
            ("اليوم الاثنين", 0, D(2018, 2, 12), D(2018, 2, 13), False, None),
            ("قبل أيام", 0, D(2018, 2, 5), D(2018, 2, 11), True, None),
            # since Sunday night (Sunday 18:00) up to the end of the DCT
            ("منذ ليل الأحد - الاثنين", 0, D(2018, 2, 11, 18), D(2018, 2, 13), False, None),
            ("مطلع شباط الجاري", 0, D(2018, 2, 1), D(2018, 2, 11), True, None),
            # "في اليوم التالي": the day after the last date mentioned (early February)
            ("اليوم التالي", 0, D(2018, 2, 2), D(2018, 2, 12), True, None),
            # "الأن" (now, spelled without madda): the DCT's day, as the reference has no time
            ("الأن", 0, D(2018, 2, 12), D(2018, 2, 13), False, None),
            ("قبل يومين", 0, D(2018, 2, 10), D(2018, 2, 11), False, None),
            ("قبل أيام", 1, D(2018, 2, 5), D(2018, 2, 11), True, None),
            ("أواخر العام الفائت", 0, D(2017, 9, 1), D(2018, 1, 1), True, None),
        ],
    ),
    # 004: no date; "منذ فجر يوم السبت الـ 10 ..." reported "ليل أمس" -> Sunday 11 Feb 2018
    "004": (
        date(2018, 2, 11),
        [
            ("خلال الـ 24 ساعة الفائتة", 0, D(2018, 2, 10), D(2018, 2, 12), False, "PT24H"),
            ("صباح اليوم", 0, D(2018, 2, 11, 6), D(2018, 2, 11, 12), False, None),
            ("صباح اليوم", 1, D(2018, 2, 11, 6), D(2018, 2, 11, 12), False, None),
            ("ليل أمس", 0, D(2018, 2, 10, 18), D(2018, 2, 11, 6), False, None),
            (
                "منذ فجر يوم السبت الـ 10 من شباط / فبراير الجاري من العام 2018",
                0,
                D(2018, 2, 10, 4),
                D(2018, 2, 12),
                False,
                None,
            ),
            ("بالأمس", 0, D(2018, 2, 10), D(2018, 2, 11), False, None),
            ("خلال الساعات الفائتة", 0, D(2018, 2, 10), D(2018, 2, 12), True, None),
            ("قبل ساعات", 0, D(2018, 2, 10), D(2018, 2, 12), True, None),
            ("الأمس", 1, D(2018, 2, 10), D(2018, 2, 11), False, None),  # "في الأمس"; 0 is inside بالأمس
        ],
    ),
}


def _nth(text: str, needle: str, n: int) -> int:
    pos = -1
    for _ in range(n + 1):
        pos = text.index(needle, pos + 1)
    return pos


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_mentions(prefix):
    text = _article(prefix)
    reference, expected = EXPECTED[prefix]
    mentions = timeline.extract(text, reference=reference)
    got = {(m.start, m.end): m for m in mentions}
    for needle, occurrence, start, end, vague, duration in expected:
        s = _nth(text, needle, occurrence)
        e = s + len(needle)
        assert (s, e) in got, f"{needle!r} at {s}:{e} not found; found {[(m.start, m.end, m.text) for m in mentions]}"
        v = got[(s, e)].value
        assert v is not None, needle
        assert (v.start, v.end) == (start, end), f"{needle!r}: {v}"
        assert v.vague == vague, needle
        if duration:
            assert v.duration == duration, needle
    # nothing else: every mention is one we expect (no false alarms in the seeds)
    assert len(mentions) == len(expected), [m.text for m in mentions]


def test_seed_offsets_slice_the_original():
    for prefix in EXPECTED:
        text = _article(prefix)
        for m in timeline.extract(text, reference=EXPECTED[prefix][0]):
            assert text[m.start : m.end] == m.text


def test_stated_weekday_agrees_with_stated_date():
    # "الإثنين 19 / 2 / 2018": 19 February 2018 is a Monday, so no mismatch note
    assert date(2018, 2, 19).weekday() == 0
    (m,) = [m for m in timeline.extract(_article("000")) if m.start == 0]
    assert "weekday-mismatch" not in m.value.notes


def test_undated_relative_mentions_need_a_reference():
    # without a reference, relative expressions are found but have no value
    mentions = timeline.extract(_article("002"))
    today = [m for m in mentions if m.text == "اليوم الثلاثاء"]
    assert today and today[0].value is None


def test_inferred_range_reference_makes_values_uncertain():
    # "yesterday" of an article published sometime in 11-13 February is 10-12 February
    pub = timeline.Value.interval(date(2018, 2, 11), date(2018, 2, 14))
    text = _article("004")
    (m,) = [m for m in timeline.extract(text, reference=pub) if m.text == "بالأمس"]
    assert (m.value.start, m.value.end) == (D(2018, 2, 10), D(2018, 2, 13))
    assert m.value.uncertain
    # an absolute date does not become uncertain
    (a,) = [m for m in timeline.extract(_article("001"), reference=pub) if m.text == "١٥ فبراير ٢٠١٨"]
    assert not a.value.uncertain

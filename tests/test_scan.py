"""The engine's shortcuts change what it costs, never what it finds.

The scan skips the commonest trigger words ("في", "من", numbers) when the next token cannot
continue any expression (``recognize._GATES``), and token offsets are summed on demand
from a moving cursor (``_Tokens.start``).  These tests check both against the plain
versions: recognition with the gates switched off, tokens and offsets from
``re.finditer`` of the token pattern written plainly; and
the fast helpers of resolution (ISO formats, month tests, month lengths, date validity)
against the standard library.
"""

from __future__ import annotations

import calendar
import importlib.util
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import recognize as R
from timeline import testing as tst
from timeline.calendars import add_months, days_in_month, is_valid_date
from timeline.normalize import fold, normalize
from timeline.values import _ISO_FORMATS, _is_month, strftime

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_corpus_rows_scan", HERE / "corpus" / "corpus_rows.py")
corpus_rows = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = corpus_rows
_spec.loader.exec_module(corpus_rows)

SEEDS = sorted((HERE.parent / "seeds").glob("*.txt"))


def _both(text: str, monkeypatch) -> tuple[list, list]:
    norm = normalize(text).text
    gated = R.recognize(norm)
    with monkeypatch.context() as m:
        m.setattr(R, "_GATES", {})
        plain = R.recognize(norm)
    return gated, plain


def _starter_names(base: str) -> set[str]:
    return {name for name, _parse in R._STARTERS[base]}


def test_gates_restate_the_starters_they_stand_for():
    # If a parser is added for one of these words, its gate must be revised.
    assert _starter_names(R.DIGIT) == {"span", "date", "numeric_date", "year", "clock", "duration", "bare_day", "day_range",
                                       "digit_hour", "day_list", "sub_period"}
    # "ال15 يوما الأولى من رمضان" (periods.COUNT_FIRST_SUB_PERIOD): the digit gate lets its units through
    from timeline.grammar import periods
    assert set(periods.SUB_SINGULARS) <= R._gates_now()[R.DIGIT]
    for b in R._WITHIN & R._TRIGGERS:
        assert _starter_names(b) <= {"span", "duration"}, b
    assert _starter_names(fold("على")) == {"span", "duration"}  # both need "مدى / مدار" next (spans.ALA_MADA_CUE)
    for b in (R.W["min"], R.W["bayn"], R.W["hatta"], R.W["lighayat"]):
        assert b not in R._STARTERS
    assert set(R._gates_now()) >= {R.DIGIT, fold("في"), fold("من"), fold("على")}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_gates_change_nothing_on_the_seeds(path, monkeypatch):
    gated, plain = _both(path.read_text(encoding="utf-8"), monkeypatch)
    assert gated == plain
    assert gated  # the seeds are full of dates


def test_gates_change_nothing_on_the_corpus(monkeypatch):
    rows = corpus_rows.load()
    # every corpus expression alone, after في / من / a number, and at the very end of a text
    texts = [r.expr for r in rows]
    texts += [f"في {r.expr}" for r in rows] + [f"من {r.expr} إلى" for r in rows] + [f"{r.expr} 12" for r in rows]
    found = 0
    for text in texts:
        gated, plain = _both(text, monkeypatch)
        assert gated == plain, text
        found += len(gated)
    assert found > len(rows)


@pytest.mark.parametrize("text, count", [
    ("في 3 أيام", 1), ("وصلوا في 10 شباط", 1), ("من 10 إلى 15 شباط", 1), ("على مدى ثلاثة أيام", 1),
    ("بين عامي 2015 و2017", 1), ("في 2015", 1), ("في", 0), ("12", 0), ("قتل 12 شخصا في المدينة", 0), ("10:30", 1),
    ("2018/02/10", 1), ("1439 هـ", 1), ("10 من شباط", 1),
    ("منذ نحو عام", 1), ("منذ ما يقرب من أسبوع", 1), ("قبل ما يقارب عامين", 1),  # منذ's approximators
])
def test_gated_words_still_start_what_follows_them(text, count, monkeypatch):
    gated, plain = _both(text, monkeypatch)
    assert gated == plain
    assert len(gated) == count


@settings(max_examples=150, deadline=None)
@given(tst.articles(min_examples=1, max_examples=5))
def test_gates_change_nothing_on_generated_articles(article):
    norm = normalize(article.text).text
    gated = R.recognize(norm)
    saved = R._GATES
    R._GATES = {}
    try:
        plain = R.recognize(norm)
    finally:
        R._GATES = saved
    assert gated == plain


# The token pattern written plainly: no space guard, no possessive runs, digits first.
PLAIN_TOKEN_RE = re.compile(r"[0-9]+|[\u0621-\u064a\u066e-\u06d3]+|[^\W\d_\u0600-\u06ff]+|\S")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="شباط 10/:.- في من\n\t\u00a0abc٣²", max_size=120), st.data())
def test_token_offsets_in_any_order(text, data):
    toks = R._Tokens(text)
    expected = [m.start() for m in PLAIN_TOKEN_RE.finditer(text)]
    assert toks.n == len(expected)
    if not expected:
        return
    order = data.draw(st.lists(st.integers(0, toks.n - 1), max_size=30))
    for i in order + list(range(toks.n)):
        assert toks.start(i) == expected[i]
        assert text[toks.start(i) : toks.end(i)] == toks.sur[i]


@settings(max_examples=300, deadline=None)
@given(st.datetimes(), st.sampled_from(sorted(_ISO_FORMATS)))
def test_fast_iso_formats_equal_strftime(t, fmt):
    assert strftime(t, fmt) == t.strftime(fmt.replace("%Y", f"{t.year:04d}"))


@settings(max_examples=300, deadline=None)
@given(st.datetimes(max_value=datetime(9998, 1, 1)), st.integers(0, 3), st.booleans())
def test_is_month_is_one_calendar_month(s, months, midnight):
    if midnight:
        s = s.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    e = add_months(s, months) if months else s + timedelta(days=31)
    expected = s.day == 1 and s.time() == s.min.time() and e == add_months(s, 1)
    assert _is_month(s, e) == expected


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9999), st.integers(1, 12))
def test_days_in_month_is_calendar_monthrange(year, month):
    assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


def test_days_in_month_rejects_month_13():
    with pytest.raises(ValueError):
        days_in_month(2018, 13)


@settings(max_examples=500, deadline=None)
@given(st.integers(-2, 10001), st.integers(-1, 14), st.integers(-1, 33))
def test_is_valid_date_agrees_with_datetime(year, month, day):
    try:
        date(year, month, day)
        real = True
    except ValueError:
        real = False
    assert is_valid_date(year, month, day) == real


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="شباط 10ًٌُـ\u200f\u0670أة", max_size=60))
def test_normalize_deletions_match_a_plain_scan(text):
    from timeline.normalize import _REMOVE_RE, _SUBSTITUTE

    folded = "".join(_SUBSTITUTE.get(c, c) for c in text)
    norm = normalize(text)
    assert norm.text == _REMOVE_RE.sub("", folded)
    assert norm.removed == tuple(m.start() - k for k, m in enumerate(_REMOVE_RE.finditer(folded)))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_tokens_of_the_seeds_are_the_plain_patterns(path):
    text = normalize(path.read_text(encoding="utf-8")).text
    toks = R._Tokens(text)
    plain = list(PLAIN_TOKEN_RE.finditer(text))
    assert toks.sur == [m.group() for m in plain]
    assert [toks.start(i) for i in range(toks.n)] == [m.start() for m in plain]


def test_gates_follow_the_switches_at_run_time(monkeypatch):
    from timeline.grammar import spans

    norm = normalize("منذ نحو عام").text
    assert [m.kind for m in R.recognize(norm)] == ["ago"]
    monkeypatch.setattr(R, "SINCE_APPROX", False)  # the old gate: the approximator shuts منذ out
    assert "ago" not in [m.kind for m in R.recognize(norm)]
    monkeypatch.undo()
    after = R._gates_now()[R.W["bad"]]
    assert spans._LESS_THAN | set(spans._NIGHTS) <= after and spans._APPROX_FIRST <= after
    monkeypatch.setattr(spans, "OFFSET_FULL_FORMS", False)
    assert not (spans._LESS_THAN | set(spans._NIGHTS)) & R._gates_now()[R.W["bad"]]

"""Property tests: generated Arabic expressions resolve to values computed by calendar
arithmetic (timeline.testing), and resolve/extract behave on any text.

Expected values never come from the engine: see timeline/testing.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import timeline
from timeline import testing as tt
from timeline.lang import ar_testing as V
from timeline.values import Mention, Value

PROPS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ONE_DAY = timedelta(days=1)


def _day(ref):
    return ref.date() if isinstance(ref, datetime) else ref


def _resolve(ex: tt.Example, text: str | None = None) -> Value | None:
    """resolve() on the example; an example with context words around its core (a
    future-tense verb before a weekday) is a sentence, which resolve() does not explain
    whole: its longest mention's value is read instead (from explain(), the same scan)."""
    text = ex.text if text is None else text
    e = timeline.explain(text, reference=ex.reference, prefer=ex.prefer)
    if e.complete or ex.core == (0, len(ex.text)) or e.mention is None:
        return e.value
    return e.mention.value


def _assert_well_formed_mentions(text: str, mentions) -> None:
    assert isinstance(mentions, list)
    last = -1
    for m in mentions:
        assert isinstance(m, Mention)
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == m.text, m
        assert m.start >= last, "mentions are not in text order"
        last = m.start
        if m.value is not None:
            assert tt.well_formed(m.value) == [], (m, tt.well_formed(m.value))


# ---------------------------------------------------------------------------------------
# 0. timeline.testing itself is sound (no engine involved)
# ---------------------------------------------------------------------------------------
DAY_KINDS = {
    "date", "paired_date", "numeric_date", "iso_date", "ordinal_date", "day_month", "relative_day",
    "weekday", "weekday_past", "weekday_next", "weekday_future_tense", "weekday_today", "hijri_date",
    "hijri_gregorian",
}
MONTH_KINDS = {"month_year", "month", "relative_month", "named_month_relative"}


@PROPS
@given(tt.expressions())
def test_generator_values_are_sound(ex):
    v = ex.expected
    assert tt.well_formed(v) == []
    assert ex.text and ex.text == ex.text.strip()
    assert 0 <= ex.core[0] < ex.core[1] <= len(ex.text)
    assert ex.prefer in ("past", "future")
    if ex.kind in DAY_KINDS or (ex.kind in ("ago", "later") and ex.meta["unit"] in ("day", "week")):
        assert v.grain == "day" and v.end - v.start == ONE_DAY and v.start.time() == datetime.min.time()
        assert v.timex == v.start.strftime("%Y-%m-%d")
    if ex.kind in MONTH_KINDS or (ex.kind in ("ago", "later") and ex.meta["unit"] == "month"):
        assert v.grain == "month" and v.start.day == 1 and (v.end - ONE_DAY).month == v.start.month
        assert v.end.day == 1 and v.timex == v.start.strftime("%Y-%m")
    if ex.kind == "relative_week":
        assert v.start.weekday() == 5 and v.end - v.start == timedelta(days=7)  # Saturday..Friday
    if ex.kind.startswith("weekday"):
        assert v.start.weekday() == ex.meta["weekday"]
    if ex.kind == "part_of_month":
        assert v.vague and v.mod == ex.meta["part"]
        assert {"START": 1, "MID": 11, "END": 21}[v.mod] == v.start.day
    dct0 = datetime.combine(_day(ex.reference), datetime.min.time())
    if ex.kind == "day_part":
        lo, hi, code = V.DAY_PARTS[ex.meta["part"]]
        assert v.grain == "hour" and v.start.hour == lo and v.end - v.start == timedelta(hours=hi - lo)
        assert v.timex == f"{v.start:%Y-%m-%d}T{code}"
    if ex.kind in ("clock_hour", "clock_minute"):
        unit = timedelta(hours=1) if ex.kind == "clock_hour" else timedelta(minutes=1)
        assert v.end - v.start == unit and dct0 <= v.start < dct0 + ONE_DAY
    if ex.kind == "duration":
        assert v.start is None and v.end is None and v.duration == v.timex and v.timex.startswith("P")
    if ex.kind == "anchored_duration":
        assert v.end == dct0 + ONE_DAY and v.duration == v.timex and v.timex.startswith("P")
        n, unit = ex.meta["n"], ex.meta["unit"]
        assert v.timex == (f"P{n}D" if unit == "day" else f"PT{n}H")
    if ex.kind == "range":
        assert v.end - v.start > ONE_DAY
    if ex.kind in ("vague_past", "vague_future"):
        assert v.vague and v.timex in ("PAST_REF", "FUTURE_REF")
        if ex.kind == "vague_past":
            assert v.start < dct0
        else:
            assert v.start == dct0


@PROPS
@given(tt.hijri_dates(forms=("day", "paired")))
def test_generator_hijri_agrees_with_hijridate_both_ways(ex):
    from hijridate import Gregorian

    g = ex.expected.start.date()
    assert Gregorian(g.year, g.month, g.day).to_hijri().datetuple() == ex.meta["hijri"]


@PROPS
@given(tt.numeric_dates())
def test_generator_numeric_text_reads_back(ex):
    # Read the digits back with the standard library, independently of the generator.
    import re
    import unicodedata

    ascii_text = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in ex.text)
    a, b, c = (int(x) for x in re.findall(r"\d+", ascii_text))
    d = date(a, b, c) if ex.kind == "iso_date" else date(c, b, a)
    assert ex.expected == Value.day(d)


@PROPS
@given(tt.articles())
def test_generator_articles_place_examples(art):
    for ex, (s, e, v), (cs, ce) in zip(art.examples, art.expected, art.cores):
        assert art.text[s:e] == ex.text and v == ex.expected
        assert s <= cs < ce <= e
        assert ex.reference == art.reference and ex.prefer == art.prefer
    spans = [(s, e) for s, e, _ in art.expected]
    assert all(e1 < s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


def test_render_number_scripts():
    assert tt.render_number(2018, "ascii") == "2018"
    assert tt.render_number(2018, "arabic") == "٢٠١٨"
    assert tt.render_number(2018, "persian") == "۲۰۱۸"
    assert tt.render_number(3, "arabic", 2) == "٠٣"
    with pytest.raises(ValueError):
        tt.render_number(1, "roman")


def test_known_examples_from_the_conventions():
    # Spot checks of the generator's calendar helpers against the conventions' own examples.
    from timeline.testing import _hijri_month_length, _part_of_month_value, _shifted_value, _vague_value

    dct = date(2018, 2, 13)
    assert _shifted_value(dct, "day", 2) == Value.day(date(2018, 2, 11))
    assert _shifted_value(dct, "month", 3).timex == "2017-11"
    assert _shifted_value(dct, "hour", 24).start == datetime(2018, 2, 12)
    assert _vague_value("days_ago", dct).start == datetime(2018, 2, 6)
    assert _vague_value("days_ago", dct).end == datetime(2018, 2, 12)
    assert _part_of_month_value(2018, 2, "END").end == datetime(2018, 3, 1)
    assert _hijri_month_length(1439, 5) == 30
    from hijridate import Hijri

    assert Hijri(1439, 5, 28).to_gregorian().datetuple() == (2018, 2, 14)


# ---------------------------------------------------------------------------------------
# 1. Generated expressions resolve to their expected values
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("family", sorted(tt.FAMILIES))
@PROPS
@given(data=st.data())
def test_generated_expressions_resolve(family, data):
    ex = data.draw(tt.FAMILIES[family](), label="example")
    got = _resolve(ex)
    assert tt.matches(got, ex.expected), tt.explain(got, ex)


# TIMEX3 values stated by readings.md; kinds whose timex the readings leave open are skipped.
TIMEX_OPEN = {"hijri_month", "hijri_year", "range"}


@PROPS
@given(tt.expressions())
def test_generated_expressions_timex_and_mod(ex):
    assume(ex.kind not in TIMEX_OPEN)
    assume(not (ex.kind in ("ago", "later") and ex.meta["unit"] == "hour"))
    got = _resolve(ex)
    assume(tt.matches(got, ex.expected))  # value mismatches are reported by the test above
    assert got.timex == ex.expected.timex, tt.explain(got, ex, ("timex",))
    if ex.expected.mod is not None:
        assert got.mod == ex.expected.mod, tt.explain(got, ex, ("mod",))


@PROPS
@given(data=st.data())
def test_diacritics_and_tatweel_keep_value(data):
    ex = data.draw(tt.expressions(), label="example")
    text = data.draw(tt.decorate(ex.text), label="decorated")
    got = _resolve(ex, text)
    assert tt.matches(got, ex.expected), f"decorated {text!r}: " + tt.explain(got, ex)


# ---------------------------------------------------------------------------------------
# 2. "قبل N أيام" is monotone in N
# ---------------------------------------------------------------------------------------
@PROPS
@given(ref=tt.references(), n1=st.integers(1, 400), n2=st.integers(1, 400), data=st.data())
def test_ago_days_is_monotone(ref, n1, n2, data):
    assume(n1 != n2)
    lo, hi = sorted((n1, n2))
    words = ("قبل",)
    e_lo = data.draw(tt.ago_expressions(reference=ref, units=("day",), counts=st.just(lo), words=words))
    e_hi = data.draw(tt.ago_expressions(reference=ref, units=("day",), counts=st.just(hi), words=words))
    v_lo, v_hi = _resolve(e_lo), _resolve(e_hi)
    assert v_lo is not None, e_lo.text
    assert v_hi is not None, e_hi.text
    assert v_hi.start <= v_lo.start, (e_lo.text, v_lo, e_hi.text, v_hi)
    assert v_hi.start < v_lo.start  # different N, different day
    dct = datetime.combine(_day(ref), datetime.min.time())
    assert v_lo.start < dct


# ---------------------------------------------------------------------------------------
# 3. Weekdays land on that weekday, in the right window
# ---------------------------------------------------------------------------------------
@PROPS
@given(tt.weekdays())
def test_weekday_window(ex):
    got = _resolve(ex)
    assert got is not None, ex.text
    assert got.end - got.start == ONE_DAY and got.grain == "day", got
    assert got.start.weekday() == ex.meta["weekday"], (ex.text, got)
    dct = _day(ex.reference)
    delta = (got.start.date() - dct).days
    if ex.kind == "weekday":
        window = range(-6, 1) if ex.prefer == "past" else range(0, 7)
    elif ex.kind == "weekday_past":
        window = range(-7, 0)
    elif ex.kind in ("weekday_next",):
        window = range(1, 8)
    elif ex.kind == "weekday_future_tense":
        window = range(0, 7)
    else:  # weekday_today
        window = range(0, 1)
    assert delta in window, f"{ex.text!r} prefer={ex.prefer} DCT {dct} ({dct:%A}) -> {got.start:%Y-%m-%d %A}"


# ---------------------------------------------------------------------------------------
# 4. Hijri round trip: Gregorian -> Hijri (hijridate) -> Arabic text -> resolve -> same day
# ---------------------------------------------------------------------------------------
@PROPS
@given(g=st.dates(date(1937, 3, 14), date(2077, 11, 16)), data=st.data())
def test_hijri_round_trip(g, data):
    ex = data.draw(tt.hijri_dates(gregorian=st.just(g), forms=("day",)))
    got = _resolve(ex)
    assert got is not None, ex.text
    assert (got.start, got.end, got.grain) == (datetime(g.year, g.month, g.day), datetime(g.year, g.month, g.day) + ONE_DAY, "day"), (
        ex.text,
        got,
    )


# ---------------------------------------------------------------------------------------
# 5. Offsets always slice the original text
# ---------------------------------------------------------------------------------------
@PROPS
@given(data=st.data())
def test_offsets_slice_decorated_articles(data):
    art = data.draw(tt.articles(), label="article")
    text = data.draw(tt.decorate(art.text, mix_digits=True), label="decorated")
    ms = timeline.extract(text, reference=art.reference, prefer=art.prefer)
    _assert_well_formed_mentions(text, ms)
    assert ms, f"nothing found in {text!r}"


@PROPS
@given(data=st.data())
def test_offsets_slice_decorated_expressions(data):
    ex = data.draw(tt.expressions(), label="example")
    text = data.draw(tt.decorate(ex.text, mix_digits=True), label="decorated")
    _assert_well_formed_mentions(text, timeline.extract(text, reference=ex.reference, prefer=ex.prefer))


# ---------------------------------------------------------------------------------------
# 6. resolve/extract never raise and return well-formed values, on any text
# ---------------------------------------------------------------------------------------
_SOUP = st.sampled_from(
    sorted({w for forms in V.RELATIVE_DAYS.values() for w in forms})
    + [n for forms in V.MONTHS["syriac"].values() for n in forms]
    + [n for forms in V.MONTHS["egyptian"].values() for n in forms]
    + [n for forms in V.HIJRI_MONTHS.values() for n in forms]
    + [w for forms in V.WEEKDAYS.values() for w in forms]
    + [w for forms in V.VAGUE.values() for w in forms]
    + list(V.NOISE_WORDS[:20])
    + list(V.NON_TEMPORAL_TRAPS)
    + ["قبل", "منذ", "بعد", "من", "إلى", "حتى", "بين", "و", "الموافق", "هـ", "م", "عام", "سنة", "الماضي",
       "المقبل", "مطلع", "منتصف", "أواخر", "الساعة", "مساء", "صباح", "ليل", "فجر", "يوم", "أيام", "/", "-",
       ":", "،", ".", "(", ")", "ـ", "\u064b", "\u0651", "\n", "\t", "\x00", "\u200f", "\u200e"]
    + [str(i) for i in (0, 1, 2, 3, 9, 10, 12, 13, 19, 24, 29, 30, 31, 32, 99, 1439, 1990, 2017, 2018, 2100, 99999)]
    + ["٢٠١٨", "۱۹", "١٩/٢/٢٠١٨", "29/2/2017", "2018-13-45", "00:00", "05:45", "25:61"]
)


@st.composite
def word_soup(draw):
    parts = draw(st.lists(_SOUP, max_size=25))
    seps = draw(st.lists(st.sampled_from(("", " ", " ", " ", "،", "\n")), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps))


_ANY_REF = st.one_of(st.none(), tt.references(1900, 2100))
_ANY_TEXT = st.one_of(st.text(), st.text(alphabet=st.characters(min_codepoint=0x600, max_codepoint=0x6FF)), word_soup())


def test_a_set_is_well_formed_and_a_duration_needs_its_iso_string():
    # a set ("كل يوم", "أسبوعيا") has no interval and no duration (Value.is_set): the check
    # once called it "a duration without an ISO duration string" (hypothesis met "آسبوعىآ")
    for text in ("كل يوم", "أسبوعيا", "يوميا", "آسبوعىآ"):
        v = timeline.resolve(text, reference=date(2018, 2, 13))
        assert v is not None and v.is_set, text
        assert tt.well_formed(v) == [], text
    assert tt.well_formed(timeline.resolve("أسبوع")) == []
    broken = attrs.evolve(timeline.resolve("أسبوع"), duration="1W")
    assert tt.well_formed(broken) != []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_ANY_TEXT, ref=_ANY_REF, prefer=st.sampled_from(("past", "future")))
def test_never_raises_and_well_formed(text, ref, prefer):
    v = timeline.resolve(text, reference=ref, prefer=prefer)
    if v is not None:
        assert tt.well_formed(v) == [], (text, v, tt.well_formed(v))
    ms = timeline.extract(text, reference=ref, prefer=prefer)
    _assert_well_formed_mentions(text, ms)


# ---------------------------------------------------------------------------------------
# 7. Articles: every embedded expression is found with the right span and value, and
#    nothing is found in the neutral prose around them.
# ---------------------------------------------------------------------------------------
def _check_article(art: tt.Article, ms) -> None:
    _assert_well_formed_mentions(art.text, ms)
    for ex, (s, e, v), (cs, ce) in zip(art.examples, art.expected, art.cores):
        inside = [m for m in ms if s <= m.start <= cs and ce <= m.end <= e]
        where = f"{art.text[s:e]!r} at {s}:{e} in {art.text!r} (DCT {art.reference}, prefer {art.prefer})"
        assert inside, f"not found with the right span: {where}; mentions: {ms}"
        assert any(tt.matches(m.value, v) for m in inside), f"wrong value for {where}: expected {v!r}, got {inside}"
    spans = [(s, e) for s, e, _ in art.expected]
    for m in ms:
        assert any(m.start < e and s < m.end for s, e in spans), f"spurious mention {m!r} in {art.text!r}"


@PROPS
@given(tt.articles())
def test_articles_find_every_expression(art):
    _check_article(art, timeline.extract(art.text, reference=art.reference, prefer=art.prefer))


@FEW
@given(noise=tt.arabic_noise(1, 40, traps=True), ref=tt.references())
def test_noise_and_traps_hold_no_mentions(noise, ref):
    ms = timeline.extract(noise, reference=ref)
    assert ms == [], f"{noise!r}: {ms}"
    assert timeline.resolve(noise, reference=ref) is None


def test_testing_module_without_hypothesis_says_how_to_install():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'hypothesis':\n"
        "            raise ImportError('No module named ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import timeline\n"
        "try:\n"
        "    import timeline.testing\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "pip install 'arabic-timeline[testing]'" in out.stdout


_RANGES = st.lists(
    st.tuples(st.integers(0, 3000), st.sampled_from([1, 6, 24, 48, 720])).map(
        lambda t: (datetime(2020, 1, 1) + timedelta(hours=t[0]),
                   datetime(2020, 1, 1) + timedelta(hours=t[0] + t[1]))),
    min_size=1, max_size=40)


@given(_RANGES, _RANGES)
def test_the_nearest_gap_between_two_dates_readings_is_the_least_over_every_pair(xs, ys):
    """The merge's gap between two dates of several readings (an undated article's "اليوم
    الجمعة", one reading for each of its candidate days), found in one sweep, is the least gap
    of any reading of one to any reading of the other, ranges that only touch included."""
    from timeline.merge import _gap, _nearest_gap

    assert _nearest_gap(tuple(xs), tuple(ys)) == min(_gap(x, y) for x in xs for y in ys)

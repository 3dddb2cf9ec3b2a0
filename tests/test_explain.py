"""resolve() answers only for a whole expression; explain() shows what was read, by which
rule, and what was left; every mention names its rule."""

from __future__ import annotations

from datetime import date

import pytest

import timeline

R = date(2018, 2, 13)


@pytest.mark.parametrize(
    "text",
    [
        "يوم قبل امس الخميس والجمعة",  # two expressions and a stray word
        "الاثنين، يناير الثاني والعشرين، 2018 أو بعده",
        "سيعقد الاجتماع يوم الخميس",  # a sentence: use extract()
        "أمس واليوم",  # two expressions
        "10 شباط أو 11 شباط",
        "قال الوزير أمس",
    ],
)
def test_partial_input_gives_none(text):
    e = timeline.explain(text, reference=R)
    assert e.mention is not None and e.leftover, e
    assert timeline.resolve(text, reference=R) is None


@pytest.mark.parametrize(
    "text, day",
    [
        ("في 10/2/2018", date(2018, 2, 10)),
        ("يوم 19 فبراير 2018", date(2018, 2, 19)),
        ("(أمس)", date(2018, 2, 12)),
        ("وفي يوم الأحد", date(2018, 2, 11)),
        ("بتاريخ 5-6-2017", date(2017, 6, 5)),
        ("في هذا اليوم", R),
    ],
)
def test_fillers_add_nothing(text, day):
    e = timeline.explain(text, reference=R)
    assert e.complete, e
    v = timeline.resolve(text, reference=R)
    assert v is not None and v.start.date() == day and v.grain == "day"


def test_explain_names_rule_and_leftover():
    e = timeline.explain("سيعقد الاجتماع يوم الخميس", reference=R)
    assert e.rule == "weekday"
    assert [w for _, _, w in e.leftover] == ["سيعقد", "الاجتماع"]
    assert e.value is None
    assert e.mention.value.start.date() == date(2018, 2, 15)  # the future reading, from extract
    for s, t, w in e.leftover:
        assert e.text[s:t] == w
    assert "left over" in str(e) and "rule=weekday" in str(e)


def test_explain_with_no_expression():
    e = timeline.explain("انقطع الماء عن المدينة", reference=R)
    assert e.mention is None and e.value is None and not e.complete and e.rule is None


def test_every_mention_has_a_rule():
    text = "وصلوا أمس، وفي 10 شباط 2018 الساعة 10:30 ومن 3 إلى 5 آذار منذ عام 2011 حتى 20 شباط"
    ms = timeline.extract(text, reference=R)
    assert len(ms) >= 4
    assert all(m.rule for m in ms), ms
    rules = {m.text: m.rule for m in ms}
    assert rules["أمس"] == "relative_day"
    assert rules["10 شباط 2018 الساعة 10:30"] == "date+clock"
    assert any(r in ("range", "day_range") for r in rules.values())
    assert rules["منذ عام 2011 حتى 20 شباط"] == "since_range"  # منذ ... حتى ...: one range
    assert timeline.extract("منذ عام 2011", reference=R)[0].rule == "since"


def test_explain_is_exported():
    assert "explain" in timeline.__all__


def _known_rules():
    from timeline import recognize as R
    from timeline.grammar import clock, holidays, numeric, spans

    names = {name for entries in R._STARTERS.values() for name, _ in entries}
    names |= {"range", "since", "until", "starting_from", "equivalent", "clock", "day_part"}
    for fam in (clock.ClockRules, holidays.HolidayRules, numeric.NumericRules, spans.SpanRules):
        names |= set(fam.RULES)
    return names


def test_rule_names_are_rules_or_named_variants():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
    import corpus_rows

    known = _known_rules()
    seen = set()
    for row in corpus_rows.load():
        for m in timeline.extract(row.expr, reference=corpus_rows.engine_reference(row), prefer=row.prefer):
            assert m.rule, m
            seen.add(m.rule)
    # a rule name is a parser's name, or a named variant made inside one (recorded as such)
    variants = {r for r in seen if r.split("+")[0] not in known}
    assert variants <= {
        "relative_day_phrase", "previous_day", "anaphoric_day", "day_ordinal_of_month", "day_of_this_month",
        "week_then_weekday", "weekday_of_week", "shift_from_date", "morrow_date", "earlier_later_period", "offset", "year_spelled", "numeric_day_month",
        "numeric_month_year", "duration_fraction", "duration_whole", "duration_vague", "named_day_span", "nth_holiday_day",
        "frequency", "every_weekday", "every_n_units", "every_unit", "date_dash_date", "before", "after",
        "relative_day_date", "since_range", "week_part", "this_day_part", "weekday_ordinal_day", "lone_unit",
        "half_month_mid", "season_relative", "night_between", "nights_between", "weekday_pair_mod", "bare_week_part",
    }, variants
    assert len(seen) >= 25

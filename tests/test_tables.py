"""Every entry of the language tables is recognized (a table entry can never be dead), and
the negative corpus (tests/corpus/negative_ar.txt) gives no mention at all.

Each entry is put in a small frame that makes it an expression (a month between a day and a
year, a modifier after "الشهر" ...); the frame's expression must explain the whole text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline.lang import ar, ar_dialects

R = date(2018, 2, 13)
NEGATIVE = Path(__file__).resolve().parent / "corpus" / "negative_ar.txt"


def _cases():
    out = []

    def add(table, entries, frame):
        for e in entries:
            out.append((table, e, frame.format(e)))

    add("GREGORIAN_MONTHS", [w for w, _, _ in ar.GREGORIAN_MONTHS], "10 {} 2018")
    add("HIJRI_MONTHS", [w for w, _ in ar.HIJRI_MONTHS], "10 {} 1439 هـ")
    add("WEEKDAYS", [w for w, _ in ar.WEEKDAYS], "يوم {}")
    add("WEEKDAYS_BARE", ar.WEEKDAYS_BARE, "{} الأسبوع الماضي")
    add("RELATIVE_DAYS", ar.RELATIVE_DAYS, "{}")
    add("RELATIVE_DAY_PHRASES", ar.RELATIVE_DAY_PHRASES, "{}")
    add("ar_dialects.RELATIVE_DAYS", ar_dialects.RELATIVE_DAYS, "{}")
    add("ar_dialects.RELATIVE_DAY_PHRASES", ar_dialects.RELATIVE_DAY_PHRASES, "{}")
    add("PREVIOUS_DAY_WORDS", ar.PREVIOUS_DAY_WORDS, "اليوم {}")
    add("ANAPHORIC_DAYS", ar.ANAPHORIC_DAYS, "في 10 شباط 2018 ثم في اليوم {}")
    add("NOW_WORDS", ar.NOW_WORDS, "{}")
    add("PAST_MODIFIERS", ar.PAST_MODIFIERS - {"الأخير", "الأخيرة"}, "الشهر {}")
    add("CURRENT_MODIFIERS", ar.CURRENT_MODIFIERS, "الشهر {}")
    add("NEXT_MODIFIERS", ar.NEXT_MODIFIERS, "الشهر {}")
    add("ar_dialects.PAST_MODIFIERS", ar_dialects.PAST_MODIFIERS, "الشهر {}")
    add("ar_dialects.NEXT_MODIFIERS", ar_dialects.NEXT_MODIFIERS, "الشهر {}")
    add("UNITS", ar.UNITS, "قبل {}")
    add("NUMBER_WORDS", [w for w, n in ar.NUMBER_WORDS.items() if n > 2], "قبل {} يوما")
    add("TEEN_FIRST", ar.TEEN_FIRST, "قبل {} عشر يوما")
    add("VAGUE_COUNTS", ar.VAGUE_COUNTS, "قبل {} أيام")
    add("APPROXIMATORS", ar.APPROXIMATORS, "قبل {} ثلاثة أيام")
    add("ORDINALS", ar.ORDINALS, "{} من آذار 2018")
    add("PART_WORDS", ar.PART_WORDS, "{} الشهر الماضي")
    add("DAY_PARTS", ar.DAY_PARTS, "{} أمس")
    add("DAY_PART_ADVERBS", ar.DAY_PART_ADVERBS, "أمس {}")
    add("CLOCK_PERIODS", ar.CLOCK_PERIODS, "الساعة 5 {}")
    add("ar_dialects.CLOCK_PERIODS", ar_dialects.CLOCK_PERIODS, "الساعة 5 {}")
    add("CLOCK_FRACTIONS", ar.CLOCK_FRACTIONS, "الساعة الخامسة {}")
    add("CLOCK_WORDS", ar.CLOCK_WORDS, "{} 5:45")
    add("TONIGHT", ar.TONIGHT, "{}")
    add("DECADES", ar.DECADES, "{}")
    add("YEAR_WORDS", ar.YEAR_WORDS - {"عامي", "سنتي"}, "{} 2017")
    add("HIJRI_MARKERS", ar.HIJRI_MARKERS, "1439 {}")
    add("GREGORIAN_MARKERS", ar.GREGORIAN_MARKERS, "2017 {}")
    add("DURATION_CUES", ar.DURATION_CUES, "{} 3 أيام")
    add("WITHIN", ar.WITHIN, "{} الأيام الماضية")
    add("SPAN_FILLERS", ar.SPAN_FILLERS, "الأيام {} الماضية")
    add("YEAR_FRACTION_WORDS", ar.YEAR_FRACTION_WORDS, "{} الأول من 2018")
    add("YEAR_FRACTION_ORDINALS", ar.YEAR_FRACTION_ORDINALS, "الربع {} من 2018")
    add("EQUIVALENT", ar.EQUIVALENT, "28 جمادى الأولى 1439 هـ {} 14 شباط 2018")
    add("FIRST_DAY_WORDS", ar.FIRST_DAY_WORDS, "{} رجب 1447 هـ")
    add("NAMED_DAYS", set(ar.NAMED_DAYS) - ar.SPAN_ONLY_DAYS, "{} 2018")
    add("SPAN_ONLY_DAYS", ar.SPAN_ONLY_DAYS, "أيام {} 2018")  # a day only after أيام
    add("NAMED_DAY_ADJECTIVES", ar.NAMED_DAY_ADJECTIVES, "عيد الفطر {} 1439 هـ")
    add("HOLIDAY_SPAN_WORDS", ar.HOLIDAY_SPAN_WORDS, "{} عيد الفطر 1439 هـ")
    add("THOUSANDS", ar.THOUSANDS, "عام {}")
    add("HUNDREDS", ar.HUNDREDS, "عام ألف و{}")
    add("HALF_WORDS", ar.HALF_WORDS, "{} ساعة")
    add("WHOLE_WORDS", ar.WHOLE_WORDS, "يوم {}")
    add("PLURAL_ADJECTIVES", ar.PLURAL_ADJECTIVES, "ساعات {}")
    add("FREQUENCY_ADVERBS", ar.FREQUENCY_ADVERBS, "{}")
    add("EVENT_ANCHORS", ar.EVENT_ANCHORS, "وقع بعد ثلاثة أيام من {}")
    add("STARTING_FROM", ar.STARTING_FROM, "{} من 10 شباط 2018")
    add("NTH_WORDS", ar.NTH_WORDS, "{} جمعة من آذار 2018")
    # (الموافق makes "22/4" a date but is itself read only with a date before it)
    add("DAY_MONTH_CUES", ar.DAY_MONTH_CUES - {"الموافق"}, "{} 22/4")
    add("RESOLVE_FILLERS", ar.RESOLVE_FILLERS, "{} 10 شباط 2018")
    return out


CASES = _cases()


@pytest.mark.parametrize("table, entry, text", CASES, ids=[f"{t}:{e}" for t, e, _ in CASES])
def test_every_table_entry_is_recognized(table, entry, text):
    e = timeline.explain(text, reference=R)
    if table == "ANAPHORIC_DAYS":  # in running text: the mention of the entry
        (m,) = [m for m in e.mentions if entry in m.text or m.text.endswith(entry.replace("أ", "ا"))]
        assert m.value is not None and m.kind == "anaphoric", e
        return
    if table == "EVENT_ANCHORS":
        assert any(m.kind == "offset" for m in e.mentions), e
        return
    assert e.complete, f"{table} entry {entry!r} in {text!r}:\n{e}"
    assert e.value is not None or e.mention.value is not None, e


def _negative_lines():
    lines = NEGATIVE.read_text(encoding="utf-8").splitlines()
    return [l for l in lines if l.strip() and not l.startswith("#")]


@pytest.mark.parametrize("text", _negative_lines())
def test_negative_corpus_has_no_mention(text):
    assert timeline.extract(text, reference=R) == [], timeline.explain(text, reference=R)
    assert timeline.resolve(text, reference=R) is None


def test_negative_corpus_is_substantial():
    assert len(_negative_lines()) >= 30

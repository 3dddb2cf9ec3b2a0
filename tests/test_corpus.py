"""The Duckling-style example corpus: one test per row of tests/corpus/ar.tsv.

Each row gives an expression, a reference (publication date), a ``prefer`` setting and
the expected value (half-open interval, grain, vague flag, TIMEX3 when given), or NONE
when ``timeline.resolve`` must return None, or DURATION for an unanchored duration.
The expected values were computed from the conventions with calendar arithmetic
(tests/corpus/build_ar.py), never from the engine's output.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_corpus_rows", HERE / "corpus" / "corpus_rows.py")
corpus_rows = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = corpus_rows  # dataclasses need the module registered
_spec.loader.exec_module(corpus_rows)

ROWS = corpus_rows.load()
CONVENTIONS_DOC = HERE.parent / "docs" / "conventions.md"

# The `##` headings of the shared specification (resolution-conventions.md); docs/conventions.md
# keeps them verbatim and adds "Settings".
SPEC_SECTIONS = [
    "Values",
    "The anchor",
    "Days and weekdays",
    "Calendar dates",
    "Relative periods",
    "Parts of the day",
    "Ranges, durations, decades",
    "Not a temporal expression",
]


def _resolve(row):
    import timeline

    return corpus_rows.engine_value(row, timeline)


def _show(v) -> str:
    if v is None:
        return "None"
    return (
        f"start={v.start} end={v.end} grain={v.grain} vague={v.vague} timex={v.timex!r} "
        f"duration={v.duration!r} uncertain={v.uncertain}"
    )


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_row(row):
    v = _resolve(row)
    where = f"line {row.line} [{row.section}] {row.note}: got {_show(v)}"
    if row.kind == "none":
        assert v is None, where
        return
    assert v is not None, where
    if row.kind == "duration":
        assert v.start is None and v.end is None, where
        assert v.duration == row.duration, where
    else:
        assert (v.start, v.end) == (row.start, row.end), where
    if row.grain is not None:
        assert v.grain == row.grain, where
    assert v.vague is row.vague, where
    if row.timex is not None:
        assert v.timex == row.timex, where
    if "[uncertain]" in row.note:
        assert v.uncertain is True, where
    if "[certain]" in row.note:
        assert v.uncertain is False, where


def _doc_sections() -> list[str]:
    text = CONVENTIONS_DOC.read_text(encoding="utf-8")
    return [m.group(1).strip() for m in re.finditer(r"^## (.+)$", text, flags=re.M)]


def test_doc_keeps_the_spec_sections():
    sections = _doc_sections()
    missing = [s for s in SPEC_SECTIONS if s not in sections]
    assert not missing, f"docs/conventions.md lacks sections {missing}"


def test_every_section_has_rows():
    counts = Counter(r.section for r in ROWS)
    thin = {s: counts.get(s, 0) for s in _doc_sections() if counts.get(s, 0) < 5}
    assert not thin, f"sections with fewer than 5 corpus rows: {thin}"
    unknown = set(counts) - set(_doc_sections())
    assert not unknown, f"corpus rows tagged with sections the doc does not have: {unknown}"


def test_corpus_is_large_and_well_formed():
    assert len(ROWS) >= 400
    ids = Counter(r.id for r in ROWS)
    dupes = [i for i, n in ids.items() if n > 1]
    assert not dupes, f"duplicate rows: {dupes}"
    for r in ROWS:
        if r.kind == "value":
            assert r.start < r.end, r
            assert r.grain in ("minute", "hour", "day", "week", "month", "quarter", "year", "decade"), r
        if r.kind == "duration":
            assert re.fullmatch(r"P(T?\d+(\.\d+)?[YMWDHS])", r.duration), r


# -- the worked examples of docs/conventions.md ------------------------------------------
def _doc_examples():
    """Rows of the example tables: (section, expression, reference, prefer, value, grain, vague, timex, edtf)."""
    out = []
    section = ""
    for line in CONVENTIONS_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        if not line.startswith("| ") or line.startswith("| expression") or line.startswith("|---"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 7:
            raise ValueError(f"docs/conventions.md: table row with {len(cells)} cells: {line}")
        expr, dct, value, grain, vague, timex, edtf = cells
        prefer = "future" if "prefer=future" in dct else "past"
        dct = dct.replace("prefer=future", "").strip()
        ref = None if dct in ("", "—") else corpus_rows.parse_reference(dct)
        out.append((section, expr, ref, prefer, value, grain, vague, timex, edtf))
    return out


DOC_EXAMPLES = _doc_examples()


def _parse_value_cell(cell):
    if cell == "None":
        return ("none", None, None)
    if cell.startswith("P"):
        return ("duration", cell, None)
    m = re.fullmatch(r"\[(\S+), (\S+)\)", cell)
    assert m, f"bad value cell {cell!r}"
    return ("value", corpus_rows.parse_when(m.group(1)), corpus_rows.parse_when(m.group(2)))


def _example_id(ex):
    return f"{ex[1]}@{ex[2] if not isinstance(ex[2], tuple) else '/'.join(str(d.date()) for d in ex[2])}"


def test_doc_has_examples_in_every_section():
    counts = Counter(ex[0] for ex in DOC_EXAMPLES)
    thin = [s for s in _doc_sections() if counts.get(s, 0) < 5]
    assert not thin, f"sections with fewer than 5 worked examples: {thin}"


@pytest.mark.parametrize("ex", DOC_EXAMPLES, ids=[_example_id(e) for e in DOC_EXAMPLES])
def test_doc_example_is_a_corpus_row(ex):
    """Keeps the documentation true to the corpus: each worked example is a corpus row."""
    section, expr, ref, prefer, value, grain, vague, timex, edtf = ex
    kind, a, b = _parse_value_cell(value)
    matches = [r for r in ROWS if r.expr == expr and r.reference == ref and r.prefer == prefer]
    assert matches, f"worked example {expr!r} @ {ref} ({prefer}) is not in the corpus"
    r = matches[0]
    assert r.kind == kind
    if kind == "value":
        assert (r.start, r.end) == (a, b)
    if kind == "duration":
        assert r.duration == a
    if kind != "none":
        assert r.grain == grain and r.vague == (vague == "true")
        if timex != "—" and r.timex is not None:
            assert r.timex == timex


@pytest.mark.parametrize("ex", DOC_EXAMPLES, ids=[_example_id(e) for e in DOC_EXAMPLES])
def test_doc_example_resolves(ex):
    """The engine gives what the documentation says, EDTF included."""
    import timeline
    from timeline.values import Value

    section, expr, ref, prefer, value, grain, vague, timex, edtf = ex
    if isinstance(ref, tuple):
        ref = Value.interval(ref[0], ref[1], "day")
    kind, a, b = _parse_value_cell(value)
    rows = [r for r in ROWS if r.expr == expr and r.prefer == prefer]
    if rows and rows[0].in_text:  # a sentence: the expression extract() finds in it
        ms = timeline.extract(expr, reference=ref, prefer=prefer)
        v = max(ms, key=lambda m: m.end - m.start).value if ms else None
    else:
        v = timeline.resolve(expr, reference=ref, prefer=prefer)
    if kind == "none":
        assert v is None, _show(v)
        return
    assert v is not None
    if kind == "duration":
        assert v.start is None and v.duration == a, _show(v)
    else:
        assert (v.start, v.end) == (a, b), _show(v)
    assert v.grain == grain and v.vague is (vague == "true"), _show(v)
    if timex != "—":
        assert v.timex == timex, _show(v)
    if edtf != "—":
        assert v.edtf == edtf, f"{_show(v)} edtf={v.edtf!r}"
    else:
        assert v.edtf is None, f"edtf={v.edtf!r}"

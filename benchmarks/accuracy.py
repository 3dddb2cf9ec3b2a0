"""Side-by-side accuracy of timeline and dateparser on the example corpus (tests/corpus/ar.tsv).

Run from the repository root:  python benchmarks/accuracy.py  [--rows]

How each system is scored on a corpus row (the expected values come from the conventions,
see docs/conventions.md; no row was written from either system's output):

timeline
    ``timeline.resolve(expr, reference=..., prefer=...)``.  Correct when the returned
    interval's start and end both equal the expected ones (grain, vague flag and TIMEX3
    are not scored here -- tests/test_corpus.py checks those), when it returns None for a
    NONE row, or when it returns the expected ISO duration for a DURATION row.

dateparser
    ``dateparser.parse(expr, languages=["ar"], settings={"RELATIVE_BASE": <reference as a
    datetime>, "PREFER_DATES_FROM": <the row's prefer, "past" by default>,
    "RETURN_AS_TIMEZONE_AWARE": False})``.  dateparser returns one datetime, not an
    interval, so it is given the benefit of the doubt: a value row counts as correct when
    the returned datetime lies inside the expected half-open interval [start, end) (for a
    day-or-finer value that means "on the right day / hour / minute"; for a week, month,
    year, decade or vague range anywhere inside it).  A NONE row is correct when it
    returns None.  dateparser has no notion of an unanchored duration, so DURATION rows
    cannot be correct for it; the table also shows accuracy without those rows.  Rows
    with no reference are parsed without RELATIVE_BASE (dateparser then uses the current
    time); rows whose reference is a range of possible publication days get the middle
    day of the range.

A third column, ``dp.search``, gives dateparser a second chance with
``dateparser.search.search_dates`` (same settings), which finds dates inside a
sentence: the row is correct if ANY datetime it returns satisfies the rule above (for
NONE rows: when it finds nothing).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import warnings
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore")

_spec = importlib.util.spec_from_file_location("_corpus_rows", ROOT / "tests" / "corpus" / "corpus_rows.py")
corpus_rows = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = corpus_rows
_spec.loader.exec_module(corpus_rows)


def timeline_correct(row) -> tuple[bool, str]:
    import timeline

    try:
        v = corpus_rows.engine_value(row, timeline)
    except Exception as exc:  # a crash is a wrong answer, not a crash of the benchmark
        return False, f"raised {type(exc).__name__}: {exc}"
    if row.kind == "none":
        return v is None, repr(v)
    if v is None:
        return False, "None"
    if row.kind == "duration":
        return v.start is None and v.duration == row.duration, repr(v)
    return (v.start, v.end) == (row.start, row.end), repr(v)


def _base(row) -> datetime | None:
    ref = row.reference
    if ref is None:
        return None
    if isinstance(ref, tuple):
        a, b = ref
        days = (b - a).days
        return a + timedelta(days=days // 2)
    if isinstance(ref, datetime):
        return ref
    return datetime(ref.year, ref.month, ref.day)


def _settings(row) -> dict:
    s = {"PREFER_DATES_FROM": row.prefer or "past", "RETURN_AS_TIMEZONE_AWARE": False}
    base = _base(row)
    if base is not None:
        s["RELATIVE_BASE"] = base
    return s


def _hit(row, dt) -> bool:
    if dt is None:
        return False
    if isinstance(dt, datetime):
        dt = dt.replace(tzinfo=None)
    elif isinstance(dt, date):
        dt = datetime(dt.year, dt.month, dt.day)
    return row.start <= dt < row.end


def dateparser_correct(row) -> tuple[bool, str]:
    import dateparser

    try:
        dt = dateparser.parse(row.expr, languages=["ar"], settings=_settings(row))
    except Exception as exc:
        return False, f"raised {type(exc).__name__}: {exc}"
    if row.kind == "none":
        return dt is None, repr(dt)
    if row.kind == "duration":
        return False, repr(dt)
    return _hit(row, dt), repr(dt)


def dateparser_search_correct(row) -> tuple[bool, str]:
    from dateparser.search import search_dates

    try:
        found = search_dates(row.expr, languages=["ar"], settings=_settings(row)) or []
    except Exception as exc:
        return False, f"raised {type(exc).__name__}: {exc}"
    if row.kind == "none":
        return not found, repr(found)
    if row.kind == "duration":
        return False, repr(found)
    return any(_hit(row, dt) for _, dt in found), repr(found)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", action="store_true", help="also list every row one of the systems gets wrong")
    ap.add_argument("--no-search", action="store_true", help="skip the dateparser search_dates column (faster)")
    args = ap.parse_args(argv)

    rows = corpus_rows.load()
    systems = [("timeline", timeline_correct), ("dateparser", dateparser_correct)]
    if not args.no_search:
        systems.append(("dp.search", dateparser_search_correct))
    by_section: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    order: list[str] = []
    wrong: list[str] = []
    no_dur = defaultdict(int)
    n_no_dur = 0
    for row in rows:
        if row.section not in order:
            order.append(row.section)
        counts = by_section[row.section]
        counts["rows"] += 1
        n_no_dur += row.kind != "duration"
        marks = []
        for name, fn in systems:
            ok, got = fn(row)
            counts[name] += ok
            if row.kind != "duration":
                no_dur[name] += ok
            if not ok:
                marks.append(f"{name}: {got}")
        if marks and args.rows:
            wrong.append(f"L{row.line} {row.expr} @ {row.reference} -> " + " | ".join(marks))

    names = [n for n, _ in systems]
    w = max(len(s) for s in order + ["overall"]) + 2
    head = f"{'section':<{w}}{'rows':>6}" + "".join(f"{n:>14}" for n in names)
    print(head)
    print("-" * len(head))
    total = defaultdict(int)
    for sec in order:
        c = by_section[sec]
        total["rows"] += c["rows"]
        line = f"{sec:<{w}}{c['rows']:>6}"
        for n in names:
            total[n] += c[n]
            line += f"{c[n]:>7} {100 * c[n] / c['rows']:5.1f}%"
        print(line)
    print("-" * len(head))
    line = f"{'overall':<{w}}{total['rows']:>6}"
    for n in names:
        line += f"{total[n]:>7} {100 * total[n] / total['rows']:5.1f}%"
    print(line)
    line = f"{'without durations':<{w}}{n_no_dur:>6}"
    for n in names:
        line += f"{no_dur[n]:>7} {100 * no_dur[n] / n_no_dur:5.1f}%"
    print(line)
    print()
    for n in names:
        print(f"{n} accuracy: {100 * total[n] / total['rows']:.1f}% ({total[n]}/{total['rows']})")
    if args.rows:
        print("\nrows with at least one wrong system:")
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Read tests/corpus/ar.tsv into rows (shared by tests/test_corpus.py and benchmarks/accuracy.py).

No import of the engine here: the expected values are plain data.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

CORPUS = Path(__file__).with_name("ar.tsv")
COLUMNS = ["expr", "reference", "prefer", "start", "end", "grain", "vague", "timex", "note"]


@dataclass(frozen=True)
class Row:
    line: int
    section: str
    expr: str
    reference: date | datetime | tuple[datetime, datetime] | None
    prefer: str
    kind: str  # "value", "none" or "duration"
    start: datetime | None
    end: datetime | None
    duration: str | None
    grain: str | None
    vague: bool
    timex: str | None
    note: str

    @property
    def in_text(self) -> bool:
        """The expression stands in a sentence: read through extract(), not resolve()."""
        return "[in-text]" in self.note

    @property
    def id(self) -> str:
        ref = self.reference
        if isinstance(ref, tuple):
            ref = f"{ref[0]:%Y-%m-%d}/{ref[1]:%Y-%m-%d}"
        elif ref is not None:
            ref = ref.isoformat()
        pre = f",{self.prefer}" if self.prefer and self.prefer != "past" else ""
        return f"{self.expr}@{ref or '-'}{pre}"


def parse_when(text: str) -> datetime:
    """An ISO date (midnight) or datetime."""
    if "T" in text:
        return datetime.fromisoformat(text)
    return datetime.combine(date.fromisoformat(text), datetime.min.time())


def parse_reference(text: str):
    if not text:
        return None
    if "/" in text:
        a, b = text.split("/")
        return (parse_when(a), parse_when(b))
    if "T" in text:
        return datetime.fromisoformat(text)
    return date.fromisoformat(text)


def load(path: Path = CORPUS) -> list[Row]:
    rows: list[Row] = []
    section = ""
    header_seen = False
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                body = line[1:].strip()
                if body.startswith("section:"):
                    section = body.split(":", 1)[1].strip()
                continue
            fields = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
            if not header_seen:
                if fields != COLUMNS:
                    raise ValueError(f"{path}:{lineno}: bad header {fields}")
                header_seen = True
                continue
            if len(fields) != len(COLUMNS):
                raise ValueError(f"{path}:{lineno}: expected {len(COLUMNS)} fields, got {len(fields)}")
            f = dict(zip(COLUMNS, fields))
            if f["start"] == "NONE":
                kind, start, end, dur = "none", None, None, None
            elif f["start"] == "DURATION":
                kind, start, end, dur = "duration", None, None, f["end"]
            else:
                kind, start, end, dur = "value", parse_when(f["start"]), parse_when(f["end"]), None
            if f["vague"] not in ("true", "false"):
                raise ValueError(f"{path}:{lineno}: vague must be true/false")
            if f["prefer"] not in ("", "past", "future"):
                raise ValueError(f"{path}:{lineno}: prefer must be past/future/empty")
            rows.append(
                Row(
                    line=lineno,
                    section=section,
                    expr=f["expr"],
                    reference=parse_reference(f["reference"]),
                    prefer=f["prefer"] or "past",
                    kind=kind,
                    start=start,
                    end=end,
                    duration=dur,
                    grain=f["grain"] or None,
                    vague=f["vague"] == "true",
                    timex=f["timex"] or None,
                    note=f["note"],
                )
            )
    return rows


def engine_reference(row: Row):
    """The ``reference=`` argument for the engine (a Value for a range of possible DCTs)."""
    ref = row.reference
    if isinstance(ref, tuple):
        from timeline.values import Value

        return Value.interval(ref[0], ref[1], "day")
    return ref


def engine_value(row, timeline):
    """What the engine gives for a row: resolve() on an expression, the longest mention's
    value from extract() for a sentence ([in-text])."""
    ref = engine_reference(row)
    if not row.in_text:
        return timeline.resolve(row.expr, reference=ref, prefer=row.prefer)
    ms = timeline.extract(row.expr, reference=ref, prefer=row.prefer)
    best = max(ms, key=lambda m: m.end - m.start, default=None)
    return None if best is None else best.value

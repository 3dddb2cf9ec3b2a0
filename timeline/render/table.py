"""A timeline as a plain-text table (what ``timeline build`` prints).

Arabic text is kept in reading (logical) order, as terminals and editors expect, and is
put in the last column so that right-to-left runs cannot disturb the alignment of the
others.
"""

from __future__ import annotations

from typing import Any

from .arabic import shorten
from .describe import FLAG_LEGEND, describe, flag, format_range


def short_ids(ids) -> dict[str, str]:
    """``000_83ded0c87ab731c9`` -> ``000`` when the part before ``_`` is unique."""
    ids = list(ids)
    heads = [i.split("_", 1)[0] for i in ids]
    if len(set(heads)) == len(heads) and all(heads):
        return dict(zip(ids, heads))
    return {i: i for i in ids}


def _evidence(ev: Any, limit: int) -> str:
    if not ev:
        return ""
    text = ev if isinstance(ev, str) else "; ".join(str(x) for x in ev)
    return shorten(text, limit)


def _grid(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(header[c]), *(len(r[c]) for r in rows)) if rows else len(header[c]) for c in range(len(header))]
    out = []
    for r in [header, ["-" * w for w in widths], *rows]:
        cells = [r[c].ljust(widths[c]) for c in range(len(r) - 1)] + [r[-1]]
        out.append("  ".join(cells).rstrip())
    return out


def format_table(tl: Any, *, text_chars: int = 70, evidence_chars: int = 70) -> str:
    """The articles (with publication dates and how they were found) and the events
    (range, vague/uncertain flag, sources, text) as an aligned plain-text table."""
    if not hasattr(tl, "events") or not hasattr(tl, "documents"):
        raise TypeError(f"format_table() expects a Timeline, got {type(tl).__name__}")
    docs = list(tl.documents)
    events = list(tl.events)
    short = short_ids([d.id for d in docs])
    lines = [f"Articles ({len(docs)})"]
    rows = []
    for d in docs:
        v = getattr(d, "published", None)
        rows.append([
            short.get(d.id, d.id),
            format_range(v) if v is not None else "unknown",
            flag(v),
            getattr(d, "published_how", "") or "",
            _evidence(getattr(d, "published_evidence", None), evidence_chars),
        ])
    lines += ["  " + s for s in _grid(["id", "published", "", "how", "evidence"], rows)]
    lines.append("")
    lines.append(f"Events ({len(events)})")
    rows = []
    for i, e in enumerate(events, 1):
        v = getattr(e, "when", None)
        srcs = list(dict.fromkeys(s.document_id for s in (getattr(e, "sources", ()) or ())))
        rows.append([
            str(i),
            format_range(v) if v is not None else "?",
            flag(v),
            ",".join(short.get(s, s) for s in srcs),
            shorten(getattr(e, "text", "") or "", text_chars),
        ])
    lines += ["  " + s for s in _grid(["#", "when", "", "sources", "event"], rows)]
    lines.append("")
    lines.append(FLAG_LEGEND)
    if any(short[k] != k for k in short):
        lines.append("ids: " + ", ".join(f"{v}={k}" for k, v in short.items()))
    return "\n".join(lines) + "\n"


def format_value(value: Any) -> str:
    """One resolved value, with its range, grain, TIMEX3, EDTF and flags, on one line."""
    if value is None:
        return "unresolved"
    parts = [describe(value), f"grain={value.grain}", f"timex={value.timex}"]
    if value.edtf:
        parts.append(f"edtf={value.edtf}")
    if value.mod:
        parts.append(f"mod={value.mod}")
    if value.vague:
        parts.append("vague")
    if value.uncertain:
        parts.append("uncertain")
    if value.notes:
        parts.append("notes=" + ",".join(value.notes))
    return "  ".join(parts)

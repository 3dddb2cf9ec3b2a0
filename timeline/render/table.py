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


def _middle(text: str, limit: int) -> str:
    """``text`` cut in the middle to ``limit`` characters (its head and its conclusion stay)."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    tail = limit // 3
    return text[: limit - tail - 1].rstrip() + "…" + text[-tail:].lstrip()


def _grid(header: list[str], rows: list[list[str]], notes: list[list[str]] | None = None) -> list[str]:
    """Aligned columns (the last one free); ``notes[i]`` are extra lines under row i."""
    widths = [max(len(header[c]), *(len(r[c]) for r in rows)) if rows else len(header[c]) for c in range(len(header))]

    def line(r):
        return "  ".join([r[c].ljust(widths[c]) for c in range(len(r) - 1)] + [r[-1]]).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    indent = " " * (widths[0] + 2)
    for i, r in enumerate(rows):
        out.append(line(r))
        for n in (notes[i] if notes else ()):
            out.append(f"{indent}{n}")
    return out


def event_flags(event: Any) -> str:
    """``~ ? %`` for the value, then ``u`` when no expression dates the event (it only
    has its article's recency window) and ``!`` when its sources disagree."""
    f = flag(getattr(event, "when", None))
    if getattr(event, "undated", False):
        f += "u"
    if getattr(event, "disagreements", ()):
        f += "!"
    return f


TABLE_LEGEND = (
    FLAG_LEGEND + "\n"
    "u undated: no expression dates it, shown within its article's recency window   ! the sources disagree"
)


def format_table(tl: Any, *, text_chars: int = 70, evidence_chars: int = 110, dated_only: bool = False,
                 hidden: bool = False) -> str:
    """The articles (publication date, how it was found, title, and the clues under it)
    and the events (range, flags, sources, text) as an aligned plain-text table.
    ``dated_only``: leave out the undated events (they are counted); ``hidden``: also
    list the events ``build``'s ``min_confidence`` left out (else they are counted)."""
    if not hasattr(tl, "events") or not hasattr(tl, "documents"):
        raise TypeError(f"format_table() expects a Timeline, got {type(tl).__name__}")
    docs = list(tl.documents)
    events = list(tl.events)
    kept_out = list(getattr(tl, "hidden", ()) or ())
    if hidden and kept_out:
        from ..ids import ordered

        events = ordered(events + kept_out)
    short = short_ids([d.id for d in docs])
    lines = [f"Articles ({len(docs)})"]
    rows, notes = [], []
    for d in docs:
        v = getattr(d, "published", None)
        evidence = getattr(d, "published_evidence", None) or ()
        if isinstance(evidence, str):
            evidence = (evidence,)
        title = getattr(d, "title", "") or ""
        likely = getattr(d, "published_likely", None)
        shown_range = format_range(v) if v is not None else "unknown"
        if likely is not None and v is not None and (v.end - v.start).days > 1:
            shown_range += f" (likeliest {likely.isoformat()})"
        rows.append([
            short.get(d.id, d.id),
            shown_range,
            flag(v),
            getattr(d, "published_how", "") or "",
            shorten(title, text_chars) if title else "",
        ])
        n = []
        edtf = getattr(d, "published_edtf", None) or ""
        if edtf.startswith("["):
            n.append(f"one of: {_middle(edtf, evidence_chars)}")
        n += [f"+ {_middle(c, evidence_chars)}" for c in evidence]
        n += [f"! conflict: {_middle(c, evidence_chars)}" for c in getattr(d, "published_conflicts", ()) or ()]
        left = getattr(d, "undated_reports", ()) or ()
        if left:
            n.append(f"! {len(left)} event report(s) left out: no publication date, no date of their own")
        notes.append(n)
    lines += ["  " + s for s in _grid(["id", "published", "", "how", "title / evidence"], rows, notes)]
    lines.append("")
    shown = [(i, e) for i, e in enumerate(events, 1) if not (dated_only and getattr(e, "undated", False))]
    left_out = len(events) - len(shown)
    said = []
    if left_out:
        said.append(f"{left_out} undated not shown")
    if kept_out and not hidden:
        said.append(f"{len(kept_out)} more below min_confidence, left out (--all shows them)")
    elif kept_out:
        said.append(f"{len(kept_out)} of them below min_confidence")
    lines.append(f"Events ({len(events)})" + (": " + "; ".join(said) if said else ""))
    rows, notes = [], []
    for i, e in shown:
        v = getattr(e, "when", None)
        srcs = list(dict.fromkeys(s.document_id for s in (getattr(e, "sources", ()) or ())))
        rows.append([
            str(i),
            format_range(v) if v is not None else "?",
            event_flags(e),
            ",".join(short.get(s, s) for s in srcs),
            shorten(getattr(e, "text", "") or "", text_chars),
        ])
        notes.append([f"! {_middle(x, text_chars + 20)}" for x in getattr(e, "disagreements", ()) or ()])
    lines += ["  " + s for s in _grid(["#", "when", "", "sources", "event"], rows, notes)]
    lines.append("")
    lines.append(TABLE_LEGEND)
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

"""Readable renderings of values: date ranges for tables, charts and CSV.

A value is a half-open interval ``[start, end)``; people read ranges with the last
day included, so ``[2018-02-10, 2018-02-13)`` is shown as ``2018-02-10 – 2018-02-12``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..values import Value

#: Marks appended to a range, as in EDTF: ``~`` vague (an estimated range), ``?`` uncertain
#: (anchored on a publication date known only as a range), ``%`` both.
FLAG_LEGEND = "~ vague (estimated range)   ? uncertain anchor (inferred publication date)   % both"


def flag(value: Value | None) -> str:
    """``~``, ``?``, ``%`` or ``""`` for a value's vagueness/uncertainty."""
    if value is None:
        return ""
    if value.vague and value.uncertain:
        return "%"
    if value.vague:
        return "~"
    if value.uncertain:
        return "?"
    return ""


def last_instant(value: Value) -> datetime:
    """The inclusive end of a value: the last day when it ends at midnight, else its end."""
    if value.end.time() == datetime.min.time() and value.end - value.start >= timedelta(days=1):
        return value.end - timedelta(days=1)
    return value.end


def is_point(value: Value) -> bool:
    """True when a value is at most one day long (a day, an hour, a minute)."""
    return value.start is not None and value.end - value.start <= timedelta(days=1)


def _midnight(t: datetime) -> bool:
    return t.time() == datetime.min.time()


def format_range(value: Value | None, style: str = "iso") -> str:
    """A value as a readable range.

    ``style="iso"``: ``2018-02-12``, ``2018-02-10 – 2018-02-12``, ``2018-02-19 05:45``,
    ``2018-02-12 18:00 – 2018-02-13 06:00``, ``2018-02-10 04:00 – 2018-02-11 24:00``; ``style="short"``: ``12 Feb 2018``,
    ``10–12 Feb 2018``, ``28 Jan – 2 Feb 2018``.  A duration shows its ISO form (``P3D``);
    None shows ``?``.
    """
    if style not in ("iso", "short"):
        raise ValueError(f"style must be 'iso' or 'short', got {style!r}")
    if value is None:
        return "?"
    if value.start is None:
        return value.duration or value.timex or "?"
    s, e = value.start, value.end
    whole_days = _midnight(s) and _midnight(e)
    if whole_days:
        last = e - timedelta(days=1)
        if style == "iso":
            return s.strftime("%Y-%m-%d") if last == s else f"{s:%Y-%m-%d} – {last:%Y-%m-%d}"
        if last == s:
            return f"{s.day} {s:%b %Y}"
        if (s.year, s.month) == (last.year, last.month):
            return f"{s.day}–{last.day} {s:%b %Y}"
        if s.year == last.year:
            return f"{s.day} {s:%b} – {last.day} {last:%b %Y}"
        return f"{s.day} {s:%b %Y} – {last.day} {last:%b %Y}"
    # Times of day.
    if style == "iso":
        day = "%Y-%m-%d"
        if e - s <= timedelta(minutes=1) or (value.grain == "minute" and e - s == timedelta(minutes=1)):
            return s.strftime(f"{day} %H:%M")
        if s.date() == e.date() or (_midnight(e) and e - s <= timedelta(days=1) and e.date() - s.date() == timedelta(days=1)):
            end = "24:00" if _midnight(e) else e.strftime("%H:%M")
            return f"{s:{day} %H:%M}–{end}"
        if _midnight(e):
            return f"{s:{day} %H:%M} – {e - timedelta(days=1):{day}} 24:00"
        return f"{s:{day} %H:%M} – {e:{day} %H:%M}"
    if e - s <= timedelta(minutes=1):
        return f"{s.day} {s:%b %Y %H:%M}"
    if s.date() == e.date() or (_midnight(e) and e.date() - s.date() == timedelta(days=1)):
        end = "24:00" if _midnight(e) else e.strftime("%H:%M")
        return f"{s.day} {s:%b %Y} {s:%H:%M}–{end}"
    if _midnight(e):
        last = e - timedelta(days=1)
        return f"{s.day} {s:%b %H:%M} – {last.day} {last:%b %Y} 24:00"
    return f"{s.day} {s:%b %H:%M} – {e.day} {e:%b %Y %H:%M}"


def describe(value: Value | None, style: str = "iso") -> str:
    """:func:`format_range` followed by the vague/uncertain flag."""
    text = format_range(value, style)
    f = flag(value)
    return f"{text} {f}" if f else text

"""What a rule returns: a :class:`Match` (token span, kind, meaning, rule name), or
:data:`INVALID` for a well-formed but impossible date; and small helpers shared by families."""

from __future__ import annotations

from typing import NamedTuple

from .. import meaning as M
from ..lang import ar


class Match(NamedTuple):
    """A recognized expression: tokens ``[i, j)``, its kind and structured meaning."""

    i: int
    j: int
    kind: str
    meaning: object
    rule: str = ""  # the name of the rule that made it ("" until the scan names it)


INVALID = object()  # a well-formed but impossible date: consume it, emit nothing


class _BareDay(NamedTuple):
    """A day number standing alone as the first member of a range."""

    day: int
    relative = True


def _clock_hour(h: int, period: str | None) -> int | None:
    if period is None:
        return h if 0 <= h <= 23 else None
    if h > 12:
        return h if h <= 23 and period in ("pm", "night", "noon") else None
    if period == "am":
        return 0 if h == 12 else h
    if period == "midnight":  # grammar.clock.CLOCK_MIDNIGHT: twelve is 00:00, the hours before it the night's
        return 0 if h == 12 else (h + 12 if 6 <= h <= 11 else h)
    if period == "noon":
        return h if h >= 11 else h + 12
    if period == "pm":
        return h if h == 12 else h + 12
    if period == "night":
        return h if h <= 5 else (h + 12 if h < 12 else 0)
    return h


def _iso(n, unit: str) -> str:
    """The ISO-8601 duration of n units (for TIMEX3 SET values)."""
    code = ar.DURATION_CODES[unit]
    n = n * (10 if unit == "decade" else 1)
    return f"PT{n}{code[1]}" if code.startswith("T") else f"P{n}{code}"


def _full_date(m) -> bool:
    """A day stated with its month and year."""
    return isinstance(m, M.CalendarDate) and m.day is not None and m.year is not None


def year_direction(dirn):
    """The direction of a year part: "من العام الجاري/الماضي/المقبل" (a tuple from
    ``year_part``) names the month of that year; anything else is kept as it is."""
    if isinstance(dirn, tuple):
        return {"current": "current_year", "past": "past_year", "next": "next_year", "same": "same_year"}[dirn[1]]
    return dirn

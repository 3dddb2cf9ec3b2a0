"""Calendar arithmetic: months, weeks, Hijri (Umm al-Qura) conversion.

Hijri dates convert with ``hijridate`` (Umm al-Qura tables, 1343-1500 AH); dates outside
its range raise :class:`ValueError` here, which the resolver turns into "no value".
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from hijridate import Gregorian, Hijri

#: Weeks start on Saturday (Python weekday numbering: Monday = 0 ... Saturday = 5).
WEEK_START = 5


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clipped to the month's length."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return d.replace(year=y, month=m + 1, day=min(d.day, days_in_month(y, m + 1)))


def add_years(d: date, n: int) -> date:
    """``d`` moved by ``n`` years (29 February becomes 28 February in common years)."""
    y = d.year + n
    return d.replace(year=y, day=min(d.day, days_in_month(y, d.month)))


def month_end(year: int, month: int) -> date:
    """The first day after the month (the exclusive end)."""
    return add_months(date(year, month, 1), 1)


def days_in_month(year: int, month: int) -> int:
    """The length of a Gregorian month (``calendar.monthrange(year, month)[1]``, which also
    computes a weekday: this is called for every date the engine reads)."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, got {month}")
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month]


def is_valid_date(year: int, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return False
    return 1 <= day <= 28 or 28 < day <= days_in_month(year, month)


def week_start(d: date, first_weekday: int = WEEK_START) -> date:
    """The first day of the week holding ``d`` (weeks start on ``first_weekday``)."""
    return d - timedelta(days=(d.weekday() - first_weekday) % 7)


def weekday_shift(weekday: int, d: date) -> int:
    """The days from ``d`` to the nearest day that is ``weekday`` (-3..3)."""
    return (weekday - d.weekday() + 3) % 7 - 3


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """A Hijri (Umm al-Qura) date as a Gregorian date; ValueError when invalid or out of range."""
    try:
        return _g(Hijri(year, month, day))
    except (ValueError, OverflowError) as e:
        raise ValueError(f"invalid Hijri date {year}-{month}-{day}: {e}") from None


def _g(h: Hijri) -> date:
    g = h.to_gregorian()
    return date(g.year, g.month, g.day)


def hijri_month_days(year: int, month: int) -> int:
    """Length of a Hijri month (29 or 30) in the Umm al-Qura calendar."""
    try:
        return Hijri(year, month, 1).month_length()
    except (ValueError, OverflowError) as e:
        raise ValueError(f"invalid Hijri month {year}-{month}: {e}") from None


def hijri_month_interval(year: int, month: int) -> tuple[date, date]:
    """The Gregorian half-open interval a Hijri month covers."""
    first = hijri_to_gregorian(year, month, 1)
    return first, first + timedelta(days=hijri_month_days(year, month))


def hijri_year_interval(year: int) -> tuple[date, date]:
    """The Gregorian half-open interval a Hijri year covers."""
    first = hijri_to_gregorian(year, 1, 1)
    return first, hijri_month_interval(year, 12)[1]


def gregorian_to_hijri(d: date | datetime) -> tuple[int, int, int]:
    """A Gregorian date as a Hijri (year, month, day); ValueError when out of range."""
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError) as e:
        raise ValueError(f"date {d} outside the Umm al-Qura range: {e}") from None
    return h.year, h.month, h.day


def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday of ``year`` (the Meeus/Jones/Butcher algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def easter_orthodox(year: int) -> date:
    """Eastern (Orthodox, Coptic) Easter Sunday of ``year`` as a Gregorian date: the Julian
    computus, then the Julian calendar's lag behind the Gregorian (13 days in 1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    lag = year // 100 - year // 400 - 2
    return date(year, month, day + 1) + timedelta(days=lag)

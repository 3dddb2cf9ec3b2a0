"""Resolved values: what a temporal expression means on the calendar.

A :class:`Value` is a half-open interval ``[start, end)`` of naive datetimes with a
grain, flagged ``vague`` when the interval is an estimate of where the referred time
lies, and ``uncertain`` when it was computed from an anchor (a publication date) that
is itself only known as a range.  A duration that is not anchored has no interval and
carries an ISO-8601 duration instead.

Every value also carries its TIMEX3 ``value`` string and an EDTF string, so that it can
be written as TimeML or EDTF without knowing how it was computed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs

from ._records import pickle_module_records
from .calendars import add_months

_MIDNIGHT = datetime.min.time()
_DAY, _HOUR, _MINUTE = timedelta(days=1), timedelta(hours=1), timedelta(minutes=1)

GRAINS = ("minute", "hour", "day", "week", "month", "quarter", "year", "decade")
_GRAIN_RANK = {g: i for i, g in enumerate(GRAINS)}


def grain_rank(grain: str) -> int:
    """Order of a grain, finest first (minute=0 ... decade=7)."""
    return _GRAIN_RANK[grain]


def as_datetime(d: date | datetime) -> datetime:
    """A date as midnight of that day; a datetime unchanged (made naive)."""
    if isinstance(d, datetime):
        return d if d.tzinfo is None else d.replace(tzinfo=None)
    if isinstance(d, date):
        return datetime(d.year, d.month, d.day)
    raise TypeError(f"expected a date or datetime, got {type(d).__name__}")


def _check_grain(instance, attribute, value):
    if value not in _GRAIN_RANK:
        raise ValueError(f"grain must be one of {GRAINS}, got {value!r}")


def _check_interval(instance, attribute, value):
    if (instance.start is None) != (value is None):
        raise ValueError("start and end must both be set or both be None")
    if value is not None and not instance.start < value:
        raise ValueError(f"empty interval: start {instance.start} is not before end {value}")


@attrs.frozen(repr=False)
class Value:
    """A resolved temporal value.

    ``start``/``end`` bound the half-open hull of where the referred time lies (both
    None for an unanchored duration).  ``grain`` is the unit the expression speaks in.
    ``vague`` marks an estimated range ("قبل أيام", "مطلع الشهر"); ``uncertain`` marks a
    value whose anchor (the publication date) was itself a range.  ``timex`` is the
    TIMEX3 value, ``edtf`` the EDTF rendering (None for durations), ``duration`` the
    ISO-8601 duration for duration expressions, ``mod`` the TIMEX3 ``mod`` attribute
    ("START", "MID", "END", "APPROX", ...) where fitting, and ``notes`` any caveats the
    resolver found (a weekday that disagrees with its date, a Hijri/Gregorian mismatch).
    """

    start: datetime | None
    end: datetime | None = attrs.field(validator=_check_interval)
    grain: str = attrs.field(default="day", validator=_check_grain)
    vague: bool = False
    uncertain: bool = False
    timex: str = ""
    edtf: str | None = None
    duration: str | None = None
    mod: str | None = None
    notes: tuple[str, ...] = ()

    # -- construction -------------------------------------------------------------
    @classmethod
    def interval(
        cls,
        start: date | datetime,
        end: date | datetime,
        grain: str = "day",
        *,
        vague: bool = False,
        uncertain: bool = False,
        timex: str | None = None,
        mod: str | None = None,
        notes: tuple[str, ...] = (),
    ) -> "Value":
        """An anchored value; TIMEX3 and EDTF strings are derived unless given."""
        s, e = as_datetime(start), as_datetime(end)
        tx = timex if timex is not None else timex_for(s, e, grain)
        return cls(
            s, e, grain, vague, uncertain, tx, edtf_for(s, e, grain, vague, uncertain), None, mod, tuple(notes)
        )

    @classmethod
    def day(cls, d: date | datetime, **kw) -> "Value":
        """The whole day ``d``."""
        if not isinstance(d, date):
            raise TypeError(f"expected a date or datetime, got {type(d).__name__}")
        s = datetime(d.year, d.month, d.day)
        return cls.interval(s, _after(s, _DAY), "day", **kw)

    @classmethod
    def of_duration(cls, iso: str, grain: str, *, vague: bool = False, notes: tuple[str, ...] = ()) -> "Value":
        """An unanchored duration such as P3D or PT24H."""
        return cls(None, None, grain, vague, False, iso, None, iso, "APPROX" if vague else None, tuple(notes))

    @classmethod
    def of_set(cls, timex: str, grain: str, *, notes: tuple[str, ...] = ()) -> "Value":
        """A recurring time, TIMEX3 type SET: "كل يوم" = P1D, "كل يوم جمعة" = XXXX-WXX-5."""
        return cls(None, None, grain, False, False, timex, None, None, None, tuple(notes))

    # -- queries --------------------------------------------------------------------
    @property
    def is_set(self) -> bool:
        """A recurring time (TIMEX3 SET): no interval and no duration."""
        return self.start is None and self.duration is None

    @property
    def timex_type(self) -> str:
        """The TIMEX3 ``type``: SET for a recurrence, DURATION for a duration, TIME for an
        hour or minute, DATE otherwise -- PAST_REF, PRESENT_REF and FUTURE_REF included."""
        if self.start is None:
            return "SET" if self.duration is None else "DURATION"
        if self.duration is not None:
            return "DURATION"
        return "TIME" if self.grain in ("hour", "minute") else "DATE"

    @property
    def is_duration(self) -> bool:
        return self.start is None

    @property
    def length(self) -> timedelta | None:
        return None if self.start is None else self.end - self.start

    def contains(self, other: "Value | date | datetime") -> bool:
        """True when ``other`` (a value or an instant) lies wholly inside this interval."""
        if self.start is None:
            return False
        if isinstance(other, Value):
            return other.start is not None and self.start <= other.start and other.end <= self.end
        t = as_datetime(other)
        return self.start <= t < self.end

    def overlaps(self, other: "Value") -> bool:
        return (
            self.start is not None
            and other.start is not None
            and self.start < other.end
            and other.start < self.end
        )

    def intersect(self, other: "Value") -> "Value | None":
        """The common part of two intervals (None when disjoint or either is a duration).

        The result is vague only if both inputs were, keeps the finer grain, and is
        uncertain if either was.
        """
        if not self.overlaps(other):
            return None
        s, e = max(self.start, other.start), min(self.end, other.end)
        grain = self.grain if grain_rank(self.grain) <= grain_rank(other.grain) else other.grain
        if grain_rank(grain) <= grain_rank("day") and (e - s) > _DAY and grain != "day":
            grain = "day"
        return Value.interval(
            s,
            e,
            _fit_grain(s, e, grain),
            vague=self.vague and other.vague,
            uncertain=self.uncertain or other.uncertain,
            notes=tuple(dict.fromkeys(self.notes + other.notes)),
        )

    def hull(self, other: "Value") -> "Value":
        """The smallest interval holding both (an uncertain value when they differ)."""
        if self.start is None or other.start is None:
            raise ValueError("cannot take the hull of a duration")
        s, e = min(self.start, other.start), max(self.end, other.end)
        grain = self.grain if grain_rank(self.grain) >= grain_rank(other.grain) else other.grain
        return Value.interval(
            s,
            e,
            _fit_grain(s, e, grain),
            vague=self.vague or other.vague,
            uncertain=self.uncertain or other.uncertain or (s, e) != (self.start, self.end),
            mod=self.mod if self.mod == other.mod else None,
            notes=tuple(dict.fromkeys(self.notes + other.notes)),
        )

    def with_(self, **changes) -> "Value":
        """A copy with some fields changed; TIMEX3/EDTF are recomputed when the interval,
        vagueness or uncertainty change (unless given)."""
        if self.start is not None and not ({"timex", "edtf"} & changes.keys()):
            s = changes.get("start", self.start)
            e = changes.get("end", self.end)
            g = changes.get("grain", self.grain)
            v = changes.get("vague", self.vague)
            u = changes.get("uncertain", self.uncertain)
            if (s, e, g) != (self.start, self.end, self.grain):
                changes["timex"] = timex_for(s, e, g)
            changes["edtf"] = edtf_for(s, e, g, v, u)
        return attrs.evolve(self, **changes)

    def to_dict(self) -> dict:
        """The value as plain data: the VALUE object of the JSON export (docs/formats.md)."""
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "grain": self.grain,
            "timex": self.timex,
            "edtf": self.edtf,
            "duration": self.duration,
            "vague": self.vague,
            "uncertain": self.uncertain,
            "mod": self.mod,
            "notes": list(self.notes),
        }

    def __repr__(self) -> str:
        flags = "".join(
            f for f, on in ((" vague", self.vague), (" uncertain", self.uncertain)) if on
        )
        if self.start is None:
            return f"Value(duration {self.duration}, grain={self.grain}{flags})"
        notes = f", notes={list(self.notes)}" if self.notes else ""
        return (
            f"Value([{_fmt(self.start)}, {_fmt(self.end)}), grain={self.grain}{flags}, "
            f"timex={self.timex!r}{notes})"
        )


def strftime(t: datetime, fmt: str) -> str:
    """``t.strftime(fmt)`` with the year always four digits (0001, not 1).

    The ISO forms TIMEX3 and EDTF use are formatted directly (several times faster than
    ``datetime.strftime``, and these strings are made for every value)."""
    fast = _ISO_FORMATS.get(fmt)
    if fast is not None:
        return fast(t)
    return t.strftime(fmt.replace("%Y", f"{t.year:04d}"))


_ISO_FORMATS = {
    "%Y-%m-%d": lambda t: f"{t.year:04d}-{t.month:02d}-{t.day:02d}",
    "%Y-%m": lambda t: f"{t.year:04d}-{t.month:02d}",
    "%Y-%m-%dT%H": lambda t: f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}",
    "%Y-%m-%dT%H:%M": lambda t: f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}",
    "%Y-%m-%dT%H:%M:%S": lambda t: f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}",
    "%Y-%m-%d %H:%M": lambda t: f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}",
}


def _fmt(t: datetime) -> str:
    return strftime(t, "%Y-%m-%d") if (t.hour, t.minute) == (0, 0) else strftime(t, "%Y-%m-%d %H:%M")


def _fit_grain(s: datetime, e: datetime, grain: str) -> str:
    """Keep a grain no finer than the span needs (a multi-day span is at least 'day')."""
    if grain in ("minute", "hour") and e - s > _DAY:
        return "day"
    return grain


# -- the end of the calendar ------------------------------------------------------------
#: The exclusive end of anything that runs to the end of year 9999 (whose true end,
#: 10000-01-01, a datetime cannot hold): ``Value.day(date(9999, 12, 31))`` ends here.
END_OF_CALENDAR = datetime.max


def _after(t: datetime, delta: timedelta) -> datetime:
    """``t + delta``, or :data:`END_OF_CALENDAR` past the end of year 9999."""
    try:
        return t + delta
    except OverflowError:
        return END_OF_CALENDAR


def moved(t, delta: timedelta | int):
    """``t`` (a date or datetime) moved by ``delta`` (or that many days), held inside the
    calendar (years 1 to 9999) instead of overflowing: the pipeline's date arithmetic on
    dates that users and texts may put at the calendar's ends."""
    if isinstance(delta, int):
        delta = timedelta(days=delta)
    try:
        return t + delta
    except OverflowError:
        kind = type(t)
        if delta > timedelta(0):
            return END_OF_CALENDAR if kind is datetime else date.max
        return datetime.min if kind is datetime else date.min


def _month_after(s: datetime) -> datetime:
    if s.month == 12:
        return datetime(s.year + 1, 1, 1) if s.year < 9999 else END_OF_CALENDAR
    return datetime(s.year, s.month + 1, 1)


def _year_after(s: datetime) -> datetime:
    return datetime(s.year + 1, 1, 1) if s.year < 9999 else END_OF_CALENDAR


# -- TIMEX3 and EDTF -------------------------------------------------------------------
def _is_day(s: datetime, e: datetime) -> bool:
    return s.time() == _MIDNIGHT and e == _after(s, _DAY)


def _is_month(s: datetime, e: datetime) -> bool:
    return s.day == 1 and s.time() == _MIDNIGHT and e == _month_after(s)


def _is_year(s: datetime, e: datetime) -> bool:
    return (s.month, s.day) == (1, 1) and s.time() == _MIDNIGHT and e == _year_after(s)


def _is_decade(s: datetime, e: datetime) -> bool:
    return (
        s.year % 10 == 0
        and (s.month, s.day) == (1, 1)
        and s.time() == _MIDNIGHT
        and (e == datetime(s.year + 10, 1, 1) if s.year < 9990 else e == END_OF_CALENDAR)
    )


def _last_day(e: datetime) -> datetime:
    """The last day an exclusive end covers."""
    return e - _DAY if e.time() == _MIDNIGHT else e


def timex_range(s: datetime, e: datetime) -> str:
    """A span of days that is no calendar unit, as its first and last day
    ("2017-09-21/2018-09-10"): how a Hijri year, a range or a hull is written in TIMEX3."""
    return f"{strftime(s, '%Y-%m-%d')}/{strftime(_last_day(e), '%Y-%m-%d')}"


def timex_for(s: datetime, e: datetime, grain: str) -> str:
    """The TIMEX3 value of an interval at a grain.

    Exact calendar units get their ISO form, the year always in four digits (2018-02-13,
    2018-02, 2018-W07, 2018-Q1, 2018, 0999, 199); an hour or minute gets its time
    (2018-02-13T17, 2018-02-13T17:45); a span within one day its start time; any other
    span is written as a range of days, first and last ("2018-02-10/2018-02-15"),
    never as a truncated prefix ("201" would read as a decade).
    """
    if grain == "minute":
        return strftime(s, "%Y-%m-%dT%H:%M")
    if grain == "hour":
        if e - s == _HOUR:
            return strftime(s, "%Y-%m-%dT%H")
        if e - s < _DAY:
            return strftime(s, "%Y-%m-%dT%H:%M")
    if _is_day(s, e):
        return strftime(s, "%Y-%m-%d")
    if grain == "week" and e - s == timedelta(days=7):
        iy, iw, _ = (s + timedelta(days=2)).isocalendar()  # the ISO week holding most of a Sat-Fri week
        return f"{iy:04d}-W{iw:02d}"
    if _is_month(s, e):
        return strftime(s, "%Y-%m")
    if grain == "quarter" and s.day == 1 and (s.month - 1) % 3 == 0 and s.time() == _MIDNIGHT and e == _months_after(s, 3):
        return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
    if _is_year(s, e):
        return f"{s.year:04d}"
    if grain == "decade" and _is_decade(s, e):
        return f"{s.year // 10:03d}"
    return timex_range(s, e)


def _months_after(s: datetime, n: int) -> datetime:
    try:
        return as_datetime(add_months(s, n))
    except ValueError:
        return END_OF_CALENDAR


def edtf_for(s: datetime, e: datetime, grain: str, vague: bool = False, uncertain: bool = False) -> str:
    """The EDTF rendering: a single unit where the interval is one, else an interval.

    ``~`` (approximate) marks a vague value, ``?`` (uncertain) a value whose anchor
    was uncertain, ``%`` both.
    """
    q = "%" if (vague and uncertain) else "~" if vague else "?" if uncertain else ""
    if grain in ("minute", "hour") and e - s <= _DAY:
        one = strftime(s, "%Y-%m-%dT%H:%M:%S")
        if (grain == "minute" and e - s == _MINUTE) or (grain == "hour" and e - s == _HOUR):
            return one + q if q else one
        return f"{one}{q}/{strftime(e, '%Y-%m-%dT%H:%M:%S')}{q}"
    if _is_day(s, e):
        return strftime(s, "%Y-%m-%d") + q
    if _is_month(s, e):
        return strftime(s, "%Y-%m") + q
    if _is_year(s, e):
        return f"{s.year:04d}{q}"
    if grain == "decade" and _is_decade(s, e):
        return f"{s.year // 10:03d}X{q}"
    if s == START_OF_CALENDAR:  # an open start: "قبل عام 2040"
        return f"../{strftime(_last_day(e), '%Y-%m-%d')}{q}"
    if e == END_OF_CALENDAR:  # an open end: "بعد عام 2040"
        return f"{strftime(s, '%Y-%m-%d')}{q}/.."
    return f"{strftime(s, '%Y-%m-%d')}{q}/{strftime(_last_day(e), '%Y-%m-%d')}{q}"


#: The start of anything open towards the past ("قبل عام 2040": [START_OF_CALENDAR, 2040-01-01)).
START_OF_CALENDAR = datetime.min


@attrs.frozen(repr=False)
class Mention:
    """A temporal expression found in a text.

    ``start``/``end`` are offsets into the ORIGINAL text (``text[m.start:m.end] == m.text``);
    ``kind`` names the rule family that matched ("date", "weekday", "relative_day", "ago",
    "vague", "part_of", "duration", "range", "time", ...); ``meaning`` is the
    structured reading (see :mod:`timeline.meaning`); ``value`` its resolution against
    the reference, or None when it has no anchor to resolve against; ``rule`` the name of
    the grammar rule that made it ("date", "weekday", "range", "date+clock" ...), which
    :func:`timeline.explain` shows.
    """

    start: int
    end: int
    text: str
    kind: str
    meaning: object = attrs.field(eq=False)
    value: Value | None = None
    rule: str = attrs.field(default="", eq=False)

    def __repr__(self) -> str:
        return f"Mention({self.start}:{self.end} {self.text!r} {self.kind} -> {self.value!r})"


pickle_module_records(globals())  # quick to send between worker processes (see _records)

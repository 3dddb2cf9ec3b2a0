"""Resolution: place a mention's meaning on the calendar against a reference.

Implements ``../shared/resolution-conventions.md`` (documented in docs/conventions.md).
The reference (the publication date, DCT) may be a date, a datetime, or a
:class:`~timeline.values.Value` spanning several possible days when the publication date
is itself inferred: then every value that depends on it is resolved against each possible
day and the results are joined into one range flagged ``uncertain``.

Public entry points: :func:`extract` and :func:`resolve`.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta

import attrs

from . import meaning as M
from .calendars import (
    add_months,
    add_years,
    easter,
    easter_orthodox,
    gregorian_to_hijri,
    hijri_month_interval,
    hijri_to_gregorian,
    hijri_year_interval,
    is_valid_date,
    month_end,
    week_start,
    weekday_shift,
    WEEK_START,
)
from .lang import ar
from .normalize import fold, normalize
from .grammar.lexicon import TOKEN_RE
from . import recognize as _recognize
from .grammar import dates as _dates
from .recognize import Found, _BareDay, recognize
from .values import END_OF_CALENDAR, START_OF_CALENDAR, Mention, Value, as_datetime, grain_rank, moved, strftime, timex_for

PREFERENCES = ("past", "future")
DAY = timedelta(days=1)
#: The window (in months around the DCT) that places a day-month or month with no year.
WINDOW = {"past": (-9, 3), "future": (-3, 9)}
#: Longest span of possible publication days resolved day by day (beyond: its two ends).
MAX_REFERENCE_DAYS = 400


@attrs.frozen
class Context:
    """What resolution needs besides the meaning: the reference day (and time, if known),
    the preference for undetermined directions, and the last value mentioned before."""

    ref: datetime | None
    has_time: bool = False
    prefer: str = "past"
    previous: Value | None = None
    week_start: int = WEEK_START
    #: whether the last date mentioned was named in the Hijri calendar ("من العام نفسه" after
    #: it is that Hijri year)
    previous_hijri: bool = False

    @property
    def day(self) -> date:
        return self.ref.date()

    @property
    def day_start(self) -> datetime:
        return datetime(self.ref.year, self.ref.month, self.ref.day)


# ---------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------
def extract(text: str, reference=None, prefer: str = "past", week_start: int = WEEK_START) -> list[Mention]:
    """Every temporal expression in ``text``, in text order, with offsets into ``text``.

    ``reference`` is the publication date (date, datetime, a :class:`Value` range of
    possible days, or None); ``prefer`` ("past" or "future") decides bare weekdays and
    dates without a year; ``week_start`` is the first day of the week (Python numbering,
    Monday = 0; default Saturday = 5).  Without a reference, relative expressions are
    still found but have ``value`` None.  Each mention names the rule that made it
    (``mention.rule``).
    """
    return _extract(text, reference, prefer, week_start)[1]


def _extract(text, reference, prefer, week_start):
    _check_text(text)
    refs = _references(reference)
    _check_prefer(prefer)
    _check_week_start(week_start)
    norm = normalize(text)
    matches = recognize(norm.text, norm)
    values = _resolve_matches(matches, refs, prefer, week_start)
    out = []
    for mt, v in zip(matches, values):
        s, e = norm.span(mt.start, mt.end)
        out.append(Mention(s, e, text[s:e], mt.kind, mt.meaning, v, mt.rule))
    return norm, out, matches


def resolve(text: str, reference=None, prefer: str = "past", week_start: int = WEEK_START) -> Value | None:
    """The value of the temporal expression that ``text`` is, or None.

    ``text`` is one expression ("قبل يومين", "في 10 شباط 2018"): the value is returned
    only when the longest expression recognized in it explains the whole text apart from
    words that add nothing (:data:`timeline.lang.ar.RESOLVE_FILLERS`: في، يوم، شهر، في هذا
    ... and punctuation).  None means: no temporal expression, a part of the text left
    unexplained (use :func:`explain` to see which, or :func:`extract` for running text),
    an impossible date, or a relative expression with no reference to resolve it against.
    """
    return explain(text, reference=reference, prefer=prefer, week_start=week_start).value


@attrs.frozen
class Explanation:
    """What :func:`explain` found in a text.

    ``mentions``: every expression recognized (each with its ``rule``); ``mention``: the
    longest, the one :func:`resolve` reads (None when there is none); ``ignored``: the
    words around it that add nothing (:data:`timeline.lang.ar.RESOLVE_FILLERS`);
    ``leftover``: the words it does not explain, as ``(start, end, word)`` offsets into
    ``text`` (other expressions' words included); ``value``: what :func:`resolve` returns
    -- the mention's value when nothing is left over, else None.
    """

    text: str
    mentions: tuple[Mention, ...]
    mention: Mention | None
    ignored: tuple[tuple[int, int, str], ...]
    leftover: tuple[tuple[int, int, str], ...]

    @property
    def complete(self) -> bool:
        """The recognized expression explains the whole text (apart from fillers)."""
        return self.mention is not None and not self.leftover

    @property
    def rule(self) -> str | None:
        return None if self.mention is None else self.mention.rule

    @property
    def value(self) -> Value | None:
        return self.mention.value if self.complete else None

    def __str__(self) -> str:
        lines = [f"text: {self.text}"]
        for m in self.mentions:
            mark = "*" if m is self.mention else " "
            lines.append(f"{mark} [{m.start}:{m.end}] {m.text!r} rule={m.rule} kind={m.kind} -> {m.value!r}")
        if self.ignored:
            lines.append("ignored: " + " ".join(w for _, _, w in self.ignored))
        if self.leftover:
            lines.append("left over: " + " ".join(w for _, _, w in self.leftover))
        lines.append(f"value: {self.value!r}")
        return "\n".join(lines)


_FILLERS = frozenset(fold(w) for w in ar.RESOLVE_FILLERS)
_FILLER_CLITICS = ("و", "ف", "ب", "ل", "وب", "وف", "ول", "فب", "فل")


def _is_filler(word: str) -> bool:
    if word in _FILLERS or not any(c.isalnum() for c in word):
        return True
    return any(word.startswith(c) and word[len(c):] in _FILLERS for c in _FILLER_CLITICS)


def explain(text: str, reference=None, prefer: str = "past", week_start: int = WEEK_START) -> Explanation:
    """What :func:`resolve` reads in ``text``: the expressions recognized (with the rule
    that made each), the one it uses, the words that add nothing, and the words left
    unexplained (then :func:`resolve` returns None)::

        >>> e = timeline.explain("يوم قبل أمس", reference=date(2018, 2, 13))
        >>> e.rule, [w for _, _, w in e.leftover], e.value
        ('relative_day', ['قبل'], None)
    """
    norm, mentions, matches = _extract(text, reference, prefer, week_start)
    best = None
    for k, m in enumerate(mentions):
        if best is None or (m.end - m.start) > (mentions[best].end - mentions[best].start):
            best = k
    lo, hi = (matches[best].start, matches[best].end) if best is not None else (0, 0)
    ignored, leftover = [], []
    for t in TOKEN_RE.finditer(norm.text):
        if lo <= t.start() and t.end() <= hi:
            continue
        s, e = norm.span(t.start(), t.end())
        (ignored if _is_filler(t.group()) else leftover).append((s, e, text[s:e]))
    return Explanation(
        text, tuple(mentions), None if best is None else mentions[best], tuple(ignored), tuple(leftover)
    )


def resolve_meaning(meaning, reference=None, prefer: str = "past", previous: Value | None = None) -> Value | None:
    """Resolve one structured meaning (see :mod:`timeline.meaning`) against a reference."""
    _check_prefer(prefer)
    refs = _references(reference)
    out = [_resolve_one(meaning, c) for c in _contexts(refs, prefer, previous)]
    return _join(out, uncertain=len(out) > 1 and meaning.relative)


# ---------------------------------------------------------------------------------------
# Input checking
# ---------------------------------------------------------------------------------------
def _check_text(text):
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__} (decode bytes first)")


def _check_week_start(week_start):
    if not isinstance(week_start, int) or isinstance(week_start, bool) or not 0 <= week_start <= 6:
        raise ValueError(f"week_start must be a weekday number 0-6 (Monday = 0), got {week_start!r}")


def _check_prefer(prefer):
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be 'past' or 'future', got {prefer!r}")


def _references(reference):
    """A list of (datetime, has_time) candidates for the reference, or [None]."""
    if reference is None:
        return [None]
    if isinstance(reference, Value):
        if reference.start is None:
            raise ValueError("reference must be an anchored Value, not a duration")
        first = reference.start.date()
        last = (reference.end - timedelta(microseconds=1)).date()
        n = (last - first).days + 1
        if n <= MAX_REFERENCE_DAYS:
            days = [first + timedelta(days=k) for k in range(n)]
        else:
            days = [first, last]
        return [(datetime(d.year, d.month, d.day), False) for d in days]
    if isinstance(reference, datetime):
        return [(reference.replace(tzinfo=None), True)]
    if isinstance(reference, date):
        return [(datetime(reference.year, reference.month, reference.day), False)]
    raise TypeError(f"reference must be a date, datetime or Value, got {type(reference).__name__}")


def _contexts(refs, prefer, previous=None, week_start=WEEK_START):
    return [
        Context(None, False, prefer, previous, week_start)
        if r is None
        else Context(r[0], r[1], prefer, previous, week_start)
        for r in refs
    ]


# ---------------------------------------------------------------------------------------
# Resolving a document's matches (with anaphora), over every possible reference day
# ---------------------------------------------------------------------------------------
def _resolve_matches(matches: list[Found], refs, prefer, week_start=WEEK_START) -> list[Value | None]:
    contexts = _contexts(refs, prefer, week_start=week_start)
    if len(contexts) == 1:  # one reference (a date, a datetime, or none): nothing to join
        return _resolve_row(matches, contexts[0])
    # Every resolution is monotone in the reference day (a later DCT never gives an earlier
    # start or end), so the hull over a range of possible days is the hull of its two ends:
    # a 400-day range costs two resolutions, not 400.  Only where an end gives no value (29
    # شباط placed in a common year, the edge of the calendar) is every day resolved.
    ends = [contexts[0], contexts[-1]]
    per_ref = [_resolve_row(matches, ctx) for ctx in ends]
    if len(contexts) > 2 and any(
        mt.meaning.relative and (per_ref[0][k] is None or per_ref[1][k] is None) for k, mt in enumerate(matches)
    ):
        per_ref = [_resolve_row(matches, ctx) for ctx in contexts]
    if len(per_ref) == 2:
        a, z = per_ref
        return [_join_cached(a[k], z[k], mt.meaning.relative) for k, mt in enumerate(matches)]
    return [_join([row[k] for row in per_ref], uncertain=mt.meaning.relative) for k, mt in enumerate(matches)]


@functools.lru_cache(maxsize=1 << 14)
def _join_cached(a: Value | None, z: Value | None, uncertain: bool) -> Value | None:
    """:func:`_join` of the values at a range's two ends (frozen, so cached: news repeats
    its "أمس" and "اليوم")."""
    return _join([a, z], uncertain)


def _resolve_row(matches: list[Found], ctx: Context) -> list[Value | None]:
    """The values of a document's matches under one reference; an anaphoric one ("في اليوم
    التالي") resolves against the last date before it (not a bare clock time)."""
    row, previous, previous_day, previous_hijri = [], None, None, False
    for mt in matches:
        if _uses_previous(mt.meaning):
            # a day anaphor ("ذات اليوم", "في اليوم التالي") leans on the last day named,
            # not on a month or year named since ("الإثنين 11 مارس هو متمم شهر شعبان،
            # وأن ذات اليوم ...": the Monday, not Shaaban)
            before = previous
            if (previous_day is not None and previous is not None and previous.grain in _NAMED_PERIOD_GRAINS
                    and _uses_day_anaphor(mt.meaning)):
                before = previous_day
            v = _resolve_one(mt.meaning, attrs.evolve(ctx, previous=before, previous_hijri=previous_hijri))
        else:
            v = _resolve_cached(mt.meaning, ctx)
        row.append(v)
        # a bare clock time ("في الساعة السابعة صباحاً") is placed on the publication day
        # by default: it names no day that "اليوم نفسه" could mean
        if v is not None and v.start is not None and not (isinstance(mt.meaning, M.ClockTime) and mt.meaning.day is None) \
                and not ((mt.rule or "").endswith("+equivalent_apart") and previous is not None):
            # (recognize.EQUIVALENT_ANAPHOR_APART: passed over for the date before it, if any;
            # with none, "ذات الشهر" is the weekday's month as before)
            previous = v
            previous_hijri = getattr(mt.meaning, "calendar", None) == "hijri"
            if v.grain in ("day", "hour", "minute") and v.length <= DAY:
                previous_day = v
    return row


#: A month, quarter, year ... named after a day is skipped by a day anaphor (a range of
#: days, "مطلع شباط", is not: "في اليوم التالي" follows it).
_NAMED_PERIOD_GRAINS = frozenset({"month", "quarter", "year", "decade", "century"})


def _uses_day_anaphor(m) -> bool:
    """Whether a meaning is (or holds) a day anaphor ("اليوم التالي", "ذات اليوم")."""
    if isinstance(m, M.Anaphoric):
        return True
    for name in _NESTED.get(type(m), ()):
        sub = getattr(m, name)
        if sub is not None and _uses_day_anaphor(sub):
            return True
    return False


@functools.lru_cache(maxsize=1 << 14)
def _resolve_cached(meaning, ctx: Context) -> Value | None:
    """Resolution of a meaning that does not look back at earlier dates: a pure function of
    (meaning, context), both frozen, so news' endless "أمس" and "اليوم" are computed once
    per publication day."""
    return _resolve_one(meaning, ctx)


def _uses_previous(m) -> bool:
    """Whether a meaning (or one nested in it) resolves against the last date mentioned."""
    if isinstance(m, (M.Anaphoric, M.AnaphoricPeriod)) or (isinstance(m, M.CalendarDate) and m.direction == "same_year"):
        return True
    for name in _NESTED.get(type(m), ()):
        sub = getattr(m, name)
        if sub is not None and _uses_previous(sub):
            return True
    return False


_NESTED = {
    M.PartOf: ("of",), M.DayPart: ("day", "until"), M.ClockTime: ("day",), M.Range: ("first", "last"),
    M.Since: ("of",), M.Until: ("of",), M.StartingFrom: ("of",), M.Equivalent: ("first", "second"), M.YearFraction: ("of",), M.SubPeriod: ("of",),
    M.DayOfMonth: ("of",), M.ShiftFrom: ("of",), M.NthWeekday: ("of",), M.WeekdayOfWeek: ("week",),
    M.EarlierLater: ("of",),
}


def _join(values: list[Value | None], uncertain: bool) -> Value | None:
    """Hull of the values obtained under each possible reference day."""
    # A value resolvable under some possible reference days only (29 شباط in a range of
    # years) is the hull of the days where it resolves.
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    first = vals[0]
    if first.start is None or len(vals) == 1:
        return first if not uncertain or first.start is None else first.with_(uncertain=True)
    s, e = first.start, first.end
    grain, vague, unc, mod, notes = first.grain, first.vague, first.uncertain, first.mod, first.notes
    for v in vals[1:]:
        if v.start < s:
            s = v.start
        if v.end > e:
            e = v.end
        if grain_rank(v.grain) > grain_rank(grain):
            grain = v.grain
        vague = vague or v.vague
        unc = unc or v.uncertain
        if v.mod != mod:
            mod = None
        if v.notes != notes:
            notes = tuple(dict.fromkeys(notes + v.notes))
    same = (s, e) == (first.start, first.end)
    if same and grain == first.grain and vague == first.vague and notes == first.notes and mod == first.mod:
        return first.with_(uncertain=True) if uncertain and not first.uncertain else first
    if same or first.timex in ("PAST_REF", "FUTURE_REF", "PRESENT_REF") or first.duration is not None:
        timex = first.timex  # the same interval, or a reference/duration that names no calendar unit
    else:
        timex = None  # the hull is no longer one calendar unit: recomputed over the range
    if grain in ("minute", "hour") and e - s > DAY:
        grain = "day"
    out = Value.interval(s, e, grain, vague=vague, uncertain=unc or uncertain or not same, timex=timex, mod=mod, notes=notes)
    if first.duration is not None:
        out = attrs.evolve(out, duration=first.duration)  # an anchored duration stays one
    return out


def _timex(v: Value) -> str:
    return timex_for(v.start, v.end, v.grain)


# ---------------------------------------------------------------------------------------
# Meaning -> Value
# ---------------------------------------------------------------------------------------
def _resolve_one(m, ctx: Context) -> Value | None:
    if m.relative and ctx.ref is None and not isinstance(m, (M.Range, M.Equivalent)):
        return None
    try:
        return _RESOLVERS[type(m)](m, ctx)
    except (ValueError, OverflowError):
        return None  # out of the calendar's range (year 0 or 10000, beyond the Hijri tables)


def _day_offset(m: M.DayOffset, ctx):
    d = ctx.day + timedelta(days=m.days)
    notes = ()
    if m.weekday is not None and d.weekday() != m.weekday:
        notes = ("weekday-mismatch",)
    return Value.day(d, notes=notes)


def _weekday(m: M.Weekday, ctx):
    today = ctx.day.weekday()
    if m.direction == "past":
        back = (today - m.weekday) % 7 or 7
        return Value.day(ctx.day - timedelta(days=back))
    if m.direction == "next":
        fwd = (m.weekday - today) % 7 or 7
        return Value.day(ctx.day + timedelta(days=fwd))
    if m.future or ctx.prefer == "future":
        return Value.day(ctx.day + timedelta(days=(m.weekday - today) % 7))
    if m.direction == "this":  # "هذا الخميس": the nearer one, before or after
        fwd, back = (m.weekday - today) % 7, (today - m.weekday) % 7
        return Value.day(ctx.day + timedelta(days=fwd) if fwd < back else ctx.day - timedelta(days=back))
    return Value.day(ctx.day - timedelta(days=(today - m.weekday) % 7))


def _calendar_date(m: M.CalendarDate, ctx):
    if m.calendar == "hijri":
        v = _hijri_date(m, ctx)
        if (v is not None and v.start is not None and m.direction == "current" and m.month is None
                and ctx.ref is not None and not v.start <= as_datetime(ctx.day) < v.end):
            v = attrs.evolve(v, notes=tuple(v.notes or ()) + ("dct-mismatch",))  # "العام الجاري 1445 هـ" in 1446
        if (v is not None and v.start is not None and m.direction in ("past_year", "next_year") and ctx.ref is not None
                and (m.month is None or m.year is not None and _dates.MONTH_OF_NEIGHBOUR_YEAR_NAMED)
                and (ctx.day.year if (m.year or 0) >= 1900 else gregorian_to_hijri(ctx.day)[0])
                + (1 if m.direction == "next_year" else -1) != m.year):
            # a neighbour year named by its number that is not the DCT's neighbour: "العام القادم
            # 1446هـ" read in 1446 (periods.NEIGHBOUR_HIJRI_YEAR_NAMED), "رمضان من العام المقبل 2022"
            # read in 2020 (dates.MONTH_OF_NEIGHBOUR_YEAR_NAMED; review 69b)
            v = attrs.evolve(v, notes=tuple(v.notes or ()) + ("dct-mismatch",))
        return v
    notes = []
    year = m.year
    if year is not None and m.direction == "current" and ctx.ref is not None:
        if (ctx.day.year, ctx.day.month if m.month is not None else None) != (year, m.month):
            notes.append("dct-mismatch")  # "شباط الجاري من العام 2018" read in another month
    if (year is not None and (m.month is None or _dates.MONTH_OF_NEIGHBOUR_YEAR_NAMED)
            and m.direction in ("past_year", "next_year") and ctx.ref is not None
            and ctx.day.year + (1 if m.direction == "next_year" else -1) != year):
        notes.append("dct-mismatch")  # "العام المقبل 2024" read in 2024, "نوفمبر من العام المقبل 2022" in 2020
    if year is None:
        if ctx.ref is None or m.month is None:
            return None
        year, mismatch = _place_year(m, ctx)
        if year is None:
            return None
        if mismatch:
            notes.append("dct-mismatch")
    if m.month is None:
        return Value.interval(datetime(year, 1, 1), datetime(year + 1, 1, 1), "year", notes=tuple(notes))
    if m.day is None:
        return Value.interval(datetime(year, m.month, 1), as_datetime(month_end(year, m.month)), "month", notes=tuple(notes))
    if not is_valid_date(year, m.month, m.day):
        return None  # 29 شباط placed in a common year
    return _checked_day(date(year, m.month, m.day), m.weekday, m.nth_if_other_weekday, notes)


def _checked_day(d: date, weekday: int | None, nth_if_other: bool, notes=()) -> Value:
    """A day of a Gregorian month with the weekday stated beside it: when it is another
    weekday, the nth such weekday of the month if ``nth_if_other`` ("الثلاثاء الثالث من أيلول
    2014": the third Tuesday) and the month has one, else the day noted weekday-mismatch."""
    notes = tuple(notes)
    if weekday is not None and d.weekday() != weekday:
        start = d.replace(day=1)
        if nth_if_other and (nth := _nth_weekday_in(start, month_end(d.year, d.month), d.day, weekday)) is not None:
            return Value.day(nth, notes=notes)
        notes += ("weekday-mismatch",)
    return Value.day(d, notes=notes)


def _nth_weekday_in(start: date, end: date, n: int, weekday: int) -> date | None:
    """The nth (n >= 1) or the last (n = -1) such weekday of [start, end) (a month), None
    when it has none ("الجمعة الخامسة" of a month with four Fridays)."""
    if n > 0:
        d = start + timedelta(days=(weekday - start.weekday()) % 7 + 7 * (n - 1))
    else:
        last = end - timedelta(days=1)
        d = last - timedelta(days=(last.weekday() - weekday) % 7)
    return d if start <= d < end else None


def _place_year(m: M.CalendarDate, ctx) -> tuple[int | None, bool]:
    """The year of a month (and day) stated without one: (year, contradicts-the-DCT)."""
    ref = ctx.day
    direction = m.direction
    if direction == "same_year":
        # "من نفس العام": the year of the last date named (of a span of years, its last: "بين
        # 2015 و2017"); with none, as a month named alone
        prev = ctx.previous
        if prev is not None and prev.start is not None:
            return _last_year(prev), False
        direction = None
    if direction == "current_year":
        return ref.year, False
    if direction == "past_year":
        return ref.year - 1, False
    if direction == "next_year":
        return ref.year + 1, False
    if direction == "current":
        return ref.year, m.month != ref.month
    if direction == "past":
        # "9 أبريل الماضي" on 29 April is this April's 9th: with a day, the most recent such
        # day before the DCT (a month alone is the most recent month before the DCT's)
        if m.month == ref.month and m.day is not None and m.day < ref.day:
            return ref.year, False
        return (ref.year if m.month < ref.month else ref.year - 1), False
    if direction == "next":
        if m.month == ref.month and m.day is not None and m.day > ref.day:
            return ref.year, False  # "25 مايو المقبل" on 3 May
        return (ref.year if m.month > ref.month else ref.year + 1), False
    lo, hi = WINDOW[ctx.prefer]
    if m.day is not None:
        first, stop = add_months(ref, lo), add_months(ref, hi)
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if m.day is None:
            delta = (y - ref.year) * 12 + (m.month - ref.month)
            if lo <= delta < hi:
                return y, False
        else:
            day = min(m.day, 28) if not is_valid_date(y, m.month, m.day) else m.day
            d = date(y, m.month, day)
            if first <= d < stop:
                if not is_valid_date(y, m.month, m.day):
                    return None, False
                return y, False
    return None, False


def _last_year(v: Value) -> int:
    """The Gregorian year of a value's last moment (its only year for a day, a month or a year)."""
    return (v.end - timedelta(microseconds=1)).year if v.end is not None else v.start.year


def _hijri_date(m: M.CalendarDate, ctx):
    year = m.year
    hijri_prev = None
    if year is None and m.direction == "same_year":
        prev = ctx.previous
        if prev is None or prev.start is None or ctx.ref is None:
            m = attrs.evolve(m, direction=None)
        elif ctx.previous_hijri:
            hijri_prev = prev.start.date()  # "صفر من العام نفسه" after "10 محرم 1440": that Hijri year
        else:
            year = _last_year(prev)  # after "عام 2008": the month that begins in Gregorian 2008
    if year is None:
        if ctx.ref is None or m.month is None:
            return None
        hy, hm, hd = gregorian_to_hijri(ctx.day)
        if hijri_prev is not None:
            try:
                hy, hm, hd = gregorian_to_hijri(hijri_prev)
            except (ValueError, OverflowError):
                return None
            m = attrs.evolve(m, direction="current_year")
        best = _hijri_year_by_direction(m, hy, hm)
        lo, hi = WINDOW[ctx.prefer]
        for y in () if best is not None else (hy - 1, hy, hy + 1):
            try:
                s, e = _hijri_interval(y, m.month, m.day)
            except ValueError:
                continue
            if add_months(ctx.day, lo) <= s < add_months(ctx.day, hi):
                best = y
                break
        if best is None:
            return None
        year = best
    if year > 1600 and m.month is not None:  # "رمضان 2019": the one that starts in Gregorian 2019
        # the Hijri years that may begin such a month in that Gregorian year (33 Hijri years
        # for every 32 Gregorian ones: "رمضان 1990" is Ramadan 1410, "رمضان 2019" 1440)
        h0 = (year - 622) * 33 // 32
        for hy in (h0 - 1, h0, h0 + 1):
            try:
                s, e = _hijri_interval(hy, m.month, m.day)
            except ValueError:
                continue
            if s.year == year:
                year = hy
                break
        else:
            return None
    try:
        s, e = _hijri_interval(year, m.month, m.day)
    except ValueError:
        return None
    grain = "day" if m.day is not None else "month" if m.month is not None else "year"
    notes = ()
    if m.weekday is not None and grain == "day" and s.weekday() != m.weekday:
        shift = weekday_shift(m.weekday, s)
        if abs(shift) == 1:
            # where the month begins by sighting the crescent it may begin a day before or
            # after Umm al-Qura: the named weekday says which ("الثلاثاء غرة رمضان 1445" in
            # Oman is 12 March 2024, Umm al-Qura's 1 Ramadan being Monday 11 March)
            s, e = s + timedelta(days=shift), e + timedelta(days=shift)
            notes = ("hijri-sighting",)
        else:
            notes = ("weekday-mismatch",)
    return Value.interval(s, e, grain, notes=notes)


def _hijri_year_by_direction(m: M.CalendarDate, hy: int, hm: int) -> int | None:
    """The Hijri year of a Hijri month named with a direction ("رمضان الماضي", "شوال
    المقبل", "رجب الجاري", "محرم من العام المقبل"), counted in Hijri months and years
    from the reference's Hijri month; None when no direction is given."""
    d = m.direction
    if d is None or d == "bare":
        return None
    if d == "past":
        return hy if m.month < hm else hy - 1
    if d == "next":
        return hy if m.month > hm else hy + 1
    if d == "current":
        return hy
    return hy + {"current_year": 0, "past_year": -1, "next_year": 1}[d]


def _hijri_interval(year, month, day):
    if month is None:
        return hijri_year_interval(year)
    if day is None:
        return hijri_month_interval(year, month)
    d = hijri_to_gregorian(year, month, day)
    return d, d + DAY


#: The first month in which "العام الجديد" (``grammar.periods.NEW_YEAR``) is the coming year:
#: from October on the new year talked of (budgets, laws, a new currency "في اليوم الأول من العام
#: الجديد" on 25 December) is the one to come; from January to September, the current one.
NEW_YEAR_FROM_MONTH = 10


def _relative_period(m: M.RelativePeriod, ctx):
    if m.new:  # "العام الجديد"
        return _period_at(m.unit, 1 if ctx.day.month >= NEW_YEAR_FROM_MONTH else 0, ctx.day, ctx.week_start)
    return _period_at(m.unit, m.offset, ctx.day, ctx.week_start)


def _period_at(unit: str, offset: int, ref: date, first_weekday: int) -> Value:
    """The ``unit`` (week, month, year, decade) ``offset`` units from the one holding ``ref``."""
    if unit == "month":
        s = add_months(ref.replace(day=1), offset)
        return Value.interval(s, add_months(s, 1), "month")
    if unit == "year":
        y = ref.year + offset
        return Value.interval(date(y, 1, 1), date(y + 1, 1, 1), "year")
    if unit == "decade":  # "العقد الماضي": the calendar decade (2010-2019) before the DCT's
        y = ref.year // 10 * 10 + 10 * offset
        return Value.interval(date(y, 1, 1), date(y + 10, 1, 1), "decade")
    s = week_start(ref, first_weekday) + timedelta(days=7 * offset)
    return Value.interval(s, s + timedelta(days=7), "week")


def _anaphoric_period(m: M.AnaphoricPeriod, ctx):
    """الأسبوع التالي: the period after the one holding the last date mentioned (None
    without one)."""
    prev = ctx.previous
    if prev is None or prev.start is None:
        return None
    if m.offset == 0 and grain_rank(prev.grain) > grain_rank(m.unit):
        return None  # "في 2019 ... وفي الشهر نفسه": which month the text does not say
    v = _period_at(m.unit, m.offset, prev.start.date(), ctx.week_start)
    return v.with_(uncertain=True) if prev.uncertain else v


#: Whether "N من الشهر نفسه / من نفس الشهر / من ذات الشهر" after a date named in the Hijri
#: calendar is that day of the Hijri month ("من ٧ صفر، وحتى ٢٠ من نفس الشهر", DCT 2021-09-28 =
#: [14 Sep, 28 Sep 2021), 7-20 Safar 1443), as it is of the Gregorian month after a Gregorian date
#: (``ctx.previous_hijri``; the eleventh engine check, Iraqi shrine counts of the Arbaeen).
#: Before: the day of the Gregorian month holding the Hijri date (20 September: [14 Sep, 21 Sep)).
SAME_HIJRI_MONTH_DAY = True


def _day_of_month(m: M.DayOfMonth, ctx):
    if (SAME_HIJRI_MONTH_DAY and ctx.previous_hijri and isinstance(m.of, M.AnaphoricPeriod)
            and m.of.unit == "month" and m.of.offset == 0 and ctx.previous is not None
            and ctx.previous.start is not None and ctx.previous.grain in ("day", "month")):
        try:  # "٢٠ من نفس الشهر" after "٧ صفر": 20 Safar
            hy, hm, _hd = gregorian_to_hijri(ctx.previous.start.date())
            s, e = _hijri_interval(hy, hm, m.day)
        except (ValueError, OverflowError):
            return None
        v = Value.interval(s, e, "day")
        return v.with_(uncertain=True) if ctx.previous.uncertain else v
    month = _resolve_one(m.of, ctx)
    if month is None or month.grain != "month":
        return None
    s = month.start
    if not is_valid_date(s.year, s.month, m.day):
        return None
    # "الخميس الأول من هذا الشهر": the month's first Thursday
    return _checked_day(date(s.year, s.month, m.day), m.weekday, m.nth_if_other_weekday)


def _shift(m: M.Shift, ctx):
    if m.approx is not None:
        return _approx_shift(m, ctx)
    n = m.count * m.sign
    if m.unit in ("hour", "minute"):
        step = timedelta(hours=n) if m.unit == "hour" else timedelta(minutes=n)
        size = timedelta(hours=1) if m.unit == "hour" else timedelta(minutes=1)
        if ctx.has_time:
            t = ctx.ref + step
            t = t.replace(minute=0, second=0, microsecond=0) if m.unit == "hour" else t.replace(second=0, microsecond=0)
            return Value.interval(t, t + size, m.unit)
        s = ctx.day_start + step
        return Value.interval(s, s + DAY, m.unit, uncertain=True, timex=_point_timex(s, m.unit))
    if m.unit == "day":
        return Value.day(ctx.day + timedelta(days=n))
    if m.unit == "week":
        return Value.day(ctx.day + timedelta(days=7 * n))
    if m.unit == "month":
        d = add_months(ctx.day, n)
        s = d.replace(day=1)
        return Value.interval(s, add_months(s, 1), "month")
    years = n * (10 if m.unit == "decade" else 1)
    y = add_years(ctx.day, years).year
    return Value.interval(date(y, 1, 1), date(y + 1, 1, 1), "year")


def _approx_shift(m: M.Shift, ctx):
    """قبل نحو N units: the value of "قبل N units", vague (mod APPROX); قبل أكثر من N units:
    the N-th and the (N+1)-th unit back (news rounds "more than" down), vague (mod MORE_THAN)."""
    v = _shift(M.Shift(m.count, m.unit, m.sign), ctx)
    if v is None:
        return None
    if m.approx == "MORE_THAN":
        w = _shift(M.Shift(m.count + 1, m.unit, m.sign), ctx)
        if w is not None:
            v = attrs.evolve(v, start=min(v.start, w.start), end=max(v.end, w.end))
    return Value.interval(v.start, v.end, v.grain, vague=True, uncertain=v.uncertain,
                          timex=None if m.approx == "MORE_THAN" else v.timex, mod=m.approx, notes=v.notes)


def _point_timex(s: datetime, unit: str) -> str:
    return strftime(s, "%Y-%m-%dT%H") if unit == "hour" else strftime(s, "%Y-%m-%dT%H:%M")


#: How many days before the reference "في وقت سابق" alone reaches back (its value is those
#: days through the reference day, vague; see spans.EARLIER_ALONE).
EARLIER_DAYS = 2


def _vague_span(m: M.VagueSpan, ctx):
    ref = ctx.day
    tx = "PAST_REF" if m.sign < 0 else "FUTURE_REF"
    if m.unit in ("hour", "minute"):
        s, e = (ref - DAY, ref + DAY) if m.sign < 0 else (ref, ref + 2 * DAY)
    elif m.unit == "day" and m.form == "earlier":  # "في وقت سابق" alone (spans.EARLIER_ALONE)
        s, e = ref - timedelta(days=EARLIER_DAYS), ref + DAY
    elif m.unit == "day":
        if m.form == "ago":
            s, e = (ref - timedelta(days=7), ref - timedelta(days=1)) if m.sign < 0 else (ref + 2 * DAY, ref + 8 * DAY)
        else:
            s, e = (ref - timedelta(days=7), ref + DAY) if m.sign < 0 else (ref, ref + 8 * DAY)
    elif m.unit == "week":
        if m.form == "ago":
            s, e = (ref - timedelta(days=56), ref - timedelta(days=13)) if m.sign < 0 else (ref + timedelta(days=14), ref + timedelta(days=57))
        else:
            s, e = (ref - timedelta(days=28), ref + DAY) if m.sign < 0 else (ref, ref + timedelta(days=29))
    elif m.unit == "month":
        if m.form == "ago":
            s, e = (add_months(ref, -11), add_months(ref, -2) + DAY) if m.sign < 0 else (add_months(ref, 2), add_months(ref, 11) + DAY)
        else:
            s, e = (add_months(ref, -6), ref + DAY) if m.sign < 0 else (ref, add_months(ref, 6) + DAY)
    elif m.unit == "decade":  # "منذ عقود": two decades or more, within a century
        s, e = (add_years(ref, -100), add_years(ref, -20) + DAY) if m.sign < 0 else (add_years(ref, 20), add_years(ref, 100) + DAY)
    else:  # year
        s, e = (add_years(ref, -10), add_years(ref, -2) + DAY) if m.sign < 0 else (add_years(ref, 2), add_years(ref, 10) + DAY)
    grain = "year" if m.unit == "decade" else m.unit
    return Value.interval(s, e, grain, vague=True, timex=tx)


#: Whether the next N units ("خلال الأيام الثلاثة المقبلة", "خلال الـ 13 يوما المقبلة", "خلال
#: الساعات الأربع المقبلة") said on a day whose hour is not known run from that day to N units
#: after its end, the mirror of the past form [DCT - N, end of DCT): "خلال الـ 13 يوما المقبلة،
#: وتحديدا يوم الخميس 28 من أغسطس" on 15 August holds the 28th. Before: [DCT, DCT + N), which
#: left the last day out.
AHEAD_SPAN_FROM_DAY_END = True


def _anchored_span(m: M.AnchoredSpan, ctx):
    iso = _duration_iso(m.count, m.unit)
    now = ctx.ref if ctx.has_time else ctx.day_start
    if m.sign < 0:
        s, e = _minus(now, m.count, m.unit), ctx.day_start + DAY
    elif AHEAD_SPAN_FROM_DAY_END and not ctx.has_time:
        # the mirror of the past form: from the reference day to N units after its end, as
        # the hour it is said at is not known ("خلال الأيام الثلاثة المقبلة" on the 15th:
        # the 15th to the 18th)
        s, e = now, _minus(ctx.day_start + DAY, -m.count, m.unit)
    else:
        s, e = now, _minus(now, -m.count, m.unit)
    grain = "year" if m.unit == "decade" else m.unit
    v = Value.interval(s, e, grain, timex=iso)
    return attrs.evolve(v, duration=iso)


def _minus(t: datetime, n: int, unit: str) -> datetime:
    if unit == "minute":
        return t - timedelta(minutes=n)
    if unit == "hour":
        return t - timedelta(hours=n)
    if unit == "day":
        return t - timedelta(days=n)
    if unit == "week":
        return t - timedelta(days=7 * n)
    if unit == "month":
        return as_datetime(add_months(t, -n))
    return as_datetime(add_years(t, -n * (10 if unit == "decade" else 1)))


#: Whether, preferring the past, a bare start or middle of the week (periods.BARE_WEEK_PART)
#: whose part of the reference's week begins on the reference day or later is the last week's
#: ("مطلع الأسبوع" in a Saturday's paper, "في منتصف الأسبوع" in a Sunday's: days already
#: gone), as a bare weekday is the last one. Off: always the reference's week.
BARE_WEEK_PART_PAST = True
#: Its mirror: preferring the future, a bare start or middle of the week whose part of the
#: reference's week has ended before the reference day is the next week's ("سيعقد الاجتماع
#: مطلع الأسبوع" on a Tuesday: the coming Saturday to Monday). Off: the reference's week.
BARE_WEEK_PART_FUTURE = True


def _part_of(m: M.PartOf, ctx):
    base = _resolve_one(m.of, ctx)
    if base is None or base.start is None:
        return None
    if getattr(m.of, "calendar", None) == "hijri":
        return _hijri_part(m, base)
    s, e = base.start, base.end
    if base.grain == "week":  # "منتصف الأسبوع المقبل": days of the week (ar.WEEK_PARTS)
        a, b = ar.WEEK_PARTS[m.part]
        if (m.bare and BARE_WEEK_PART_PAST and ctx.prefer == "past" and ctx.ref is not None
                and base.start + timedelta(days=a - 1) >= ctx.day_start):
            # a bare "مطلع / منتصف الأسبوع" told in the past, whose part of this week has not
            # begun before the reference day: the last week's
            base = _resolve_one(M.RelativePeriod("week", -1), ctx)
            s, e = base.start, base.end
        elif (m.bare and BARE_WEEK_PART_FUTURE and ctx.prefer == "future" and ctx.ref is not None
                and base.end - timedelta(days=7 - b) <= ctx.day_start):
            # a bare "مطلع / منتصف الأسبوع" told of the future, whose part of this week is
            # over before the reference day: the next week's
            base = _resolve_one(M.RelativePeriod("week", 1), ctx)
            s, e = base.start, base.end
        ps = s + timedelta(days=a - 1)
        pe = e - timedelta(days=7 - b)  # a hull of weeks (an uncertain reference): to its last week's part
        return Value.interval(ps, pe, "day", vague=True, uncertain=base.uncertain, timex=base.timex, mod=m.part, notes=base.notes)
    if base.grain == "year" or (e - s).days > 40:
        a, b = ar.YEAR_PARTS[m.part]
        ps = datetime(s.year, a, 1)
        pe = as_datetime(month_end(s.year, b))
        grain = "month"
    else:
        a, b = ar.MONTH_PARTS[m.part]
        ps = datetime(s.year, s.month, a)
        pe = min(datetime(s.year, s.month, 1) + timedelta(days=b), e) if b < 31 else e
        grain = "day"
    return Value.interval(ps, pe, grain, vague=True, uncertain=base.uncertain, timex=base.timex, mod=m.part, notes=base.notes)


def _hijri_part(m: M.PartOf, base: Value):
    """A part of a Hijri month (days 1-10, 11-20, 21 to its end) or year (months 1-4, 5-8,
    9-12), counted on the Hijri calendar and written as its Gregorian days."""
    s, e = base.start, base.end
    if base.grain == "year":
        hy = gregorian_to_hijri(s)[0]
        a, b = ar.YEAR_PARTS[m.part]
        ps = as_datetime(hijri_to_gregorian(hy, a, 1))
        pe = as_datetime(hijri_month_interval(hy, b)[1])
        grain = "month"
    else:
        a, b = ar.MONTH_PARTS[m.part]
        ps = s + timedelta(days=a - 1)
        pe = min(s + timedelta(days=b), e)
        grain = "day"
    return Value.interval(ps, pe, grain, vague=True, uncertain=base.uncertain, timex=base.timex, mod=m.part, notes=base.notes)


def _within_day(day: Value, start: timedelta, end: timedelta, grain: str, timex: str, **kw) -> Value:
    """A part of a (possibly uncertain) day: from the first possible day's start+offset to
    the last possible day's start+offset."""
    last = day.end - DAY
    return Value.interval(day.start + start, last + end, grain, uncertain=day.uncertain, timex=timex, notes=day.notes, **kw)


def _year_fraction(m: M.YearFraction, ctx):
    base = _resolve_one(m.of, ctx)
    if base is None or base.start is None or base.grain != "year":
        return None
    y = base.start.year
    if m.unit == "season" and m.direction is not None:
        y = _relative_season_year(m.index, m.direction, ctx.day)
    if m.unit == "season":
        # spring March-May, summer June-August, autumn September-November, winter December
        # of the year before to February; vague (seasons are not calendar units)
        s = date(y - 1, 12, 1) if m.index == 4 else date(y, 3 * m.index, 1)
        code = ("SP", "SU", "FA", "WI")[m.index - 1]
        return Value.interval(s, add_months(s, 3), "month", vague=True, uncertain=base.uncertain, timex=f"{y:04d}-{code}",
                              notes=base.notes)
    size = 3 if m.unit == "quarter" else 6
    first = 1 + size * (m.index - 1)
    s = date(y, first, 1)
    tx = f"{y:04d}-Q{m.index}" if m.unit == "quarter" else f"{y:04d}-H{m.index}"
    grain = "quarter" if m.unit == "quarter" else "month"
    return Value.interval(s, add_months(s, size), grain, uncertain=base.uncertain, timex=tx, notes=base.notes)


def _season_span(index: int, y: int) -> tuple[date, date]:
    s = date(y - 1, 12, 1) if index == 4 else date(y, 3 * index, 1)
    return s, add_months(s, 3)


def _relative_season_year(index: int, direction: str, day: date) -> int:
    """The year of the last season ``index`` over before ``day`` (past: over by its
    astronomical end too, the 21st of the month after its three, so that "الصيف الماضي" in
    mid-September is the summer before, the one just gone being still this one), the next to
    begin after it (next), or the one holding it, else ``day``'s year's (current)."""
    years = (day.year - 1, day.year, day.year + 1)
    if direction == "past":
        return max(y for y in years if _season_span(index, y)[1] + timedelta(days=20) <= day)
    if direction == "next":
        return min(y for y in years if _season_span(index, y)[0] > day)
    return next((y for y in years if _season_span(index, y)[0] <= day < _season_span(index, y)[1]), day.year)


def _sub_period(m: M.SubPeriod, ctx):
    """A block of days, weeks or months of a month or year, counted from its start or end
    (clipped to it); grain day (month for months)."""
    base = _resolve_one(m.of, ctx)
    if base is None or base.start is None or base.end is None or base.grain not in ("month", "year"):
        return None
    if m.unit == "month":
        if base.grain != "year":
            return None
        if m.index > 0:
            s = add_months(base.start, m.count * (m.index - 1))
            e = add_months(s, m.count)
        else:
            e = add_months(base.end, -m.count * (-m.index - 1))
            s = add_months(e, -m.count)
        grain = "month"
    else:
        size = timedelta(days=m.count * (7 if m.unit == "week" else 1))
        if m.index > 0:
            s = base.start + size * (m.index - 1)
            e = s + size
        else:
            e = base.end - size * (-m.index - 1)
            s = e - size
        grain = "day"
    s, e = max(as_datetime(s), base.start), min(as_datetime(e), base.end)
    if s >= e:
        return None
    return Value.interval(s, e, grain, vague=m.vague or base.vague, uncertain=base.uncertain, notes=base.notes)


def _day_part(m: M.DayPart, ctx):
    day = _resolve_one(m.day, ctx)
    if day is None or day.start is None or day.grain not in ("day",):
        return None
    end_hour = m.end_hour
    if m.until is not None:
        end_hour = 24 + (m.end_hour % 24 if m.end_hour > 24 else 6)
    tx = f"{day.timex}T{m.code}" if day.length == DAY else day.timex
    return _within_day(day, timedelta(hours=m.start_hour), timedelta(hours=end_hour), "hour", tx)


def _clock(m: M.ClockTime, ctx):
    if m.day is None:
        if ctx.ref is None:
            return None
        day = Value.day(ctx.day)
    else:
        day = _resolve_one(m.day, ctx)
        if day is None or day.start is None or day.grain != "day":
            return None
    s = timedelta(hours=m.hour, minutes=m.minute or 0)
    if m.minute is None:
        grain, size = "hour", timedelta(hours=1)
        tx = strftime(day.start + s, "%Y-%m-%dT%H")
    else:
        grain, size = "minute", timedelta(minutes=1)
        tx = strftime(day.start + s, "%Y-%m-%dT%H:%M")
    v = _within_day(day, s, s + size, grain, tx)
    if m.zone is not None:  # recorded, not applied: values are the article's local time
        v = attrs.evolve(v, notes=v.notes + (f"zone:{m.zone}",))
    return v


#: Whether a clock time without a part of the day that begins a range ending in an afternoon
#: or evening hour takes that part too when it then still comes first: "من الساعة 3 إلى
#: الساعة 4 بعد العصر" = 15:00-17:00, "من الساعة الثامنة حتى العاشرة مساء" = 20:00-23:00 (before:
#: 03:00 to 17:00, fourteen hours for two); "من الساعة 9 حتى 5 مساء" stays 09:00-18:00.
#: Measured: Duckling's corpus +2 rows; no such range in the studied stories. Only a first
#: hour from 1 to 11 moves: "من الساعة 0 حتى الساعة 3 مساء" stays 00:00-16:00 (midnight is
#: no morning hour to take the afternoon; it was moved to noon).
CLOCK_RANGE_SHARES_PART = True


#: Whether a range's end that leans on the date before it ("26 من الشهر ذاته") leans on the
#: range's own start: "بداية من اليوم الإثنين 14 أفريل 2025 وإلى غاية 26 من الشهر ذاته" is
#: 14-26 April 2025, "ابتداء من 1 يناير 2023 لغاية 30 من الشهر ذاته" 1-30 January 2023.
#: Before: no value (the end had no date before the range to lean on).
RANGE_END_ON_ITS_START = True


#: Whether a range from a count to a time ("منذ أربعة أيام وحتى الآن", "منذ أكثر من عامين وحتى
#: الآن", "منذ أيام وحتى الآن") starts that count before the reference, as the count alone does
#: after "منذ": [DCT - 4 days, end of the DCT's day). Before: no value (a duration has no start).
SINCE_COUNT_RANGE = True


#: Whether a range with the same bare weekday at both ends runs a week, the second the next such
#: day after the first (as the second of two weekdays is the next such day; with a modifier,
#: RANGE_WEEKDAY_SINGULAR_LAST): "من الجمعة إلى الجمعة مظاهرات" said on Friday 1 April 2011 = [1
#: April, 9 April), "من الخميس إلى الخميس" said then = [31 March, 8 April) (the fifteenth engine
#: check). Before: one day, both ends read as the same day.
RANGE_SAME_WEEKDAY_WEEK = True


def _range(m: M.Range, ctx):
    if SINCE_COUNT_RANGE and isinstance(m.first, M.Duration) and not isinstance(m.last, M.Duration):
        d = m.first
        m = attrs.evolve(m, first=M.VagueSpan(d.unit, "ago", -1) if d.vague else M.Shift(d.count, d.unit, -1, d.approx))
    if (RANGE_END_ON_ITS_START and _uses_previous(m.last) and not _uses_previous(m.first)
            and isinstance(m.first, M.CalendarDate) and m.first.month is not None):  # (a date, not a weekday)
        a0 = _resolve_one(m.first, ctx)
        if a0 is not None and a0.start is not None:
            ctx = attrs.evolve(ctx, previous=a0, previous_hijri=getattr(m.first, "calendar", None) == "hijri")
    z = _resolve_one(m.last, ctx)
    a = _resolve_one(_first_in_year_of_last(m, z), ctx)
    if (_recognize.RANGE_WEEKDAY_SINGULAR_LAST and isinstance(m.first, M.Weekday) and isinstance(m.last, M.Weekday)
            and m.first.direction == "bare" and m.last.direction in ("next", "past") and z is not None and z.start is not None):
        # "من الجمعة إلى الأحد المقبل": the first weekday on or before the end's day; the same weekday
        # at both ends, strictly before it: "من السبت إلى السبت المقبل" is a week
        back = (m.last.weekday - m.first.weekday) % 7 or 7
        a = Value.day(z.start.date() - timedelta(days=back))
    if (RANGE_SAME_WEEKDAY_WEEK and isinstance(m.first, M.Weekday) and isinstance(m.last, M.Weekday)
            and m.first.direction == "bare" and m.last.direction == "bare" and m.first.weekday == m.last.weekday
            and a is not None and z is not None and a.start is not None and z.start is not None and a.start == z.start):
        # "من الجمعة إلى الجمعة": the second is the next such day, a week after the first
        z = Value.day(a.start.date() + timedelta(days=7), notes=z.notes)
    if (
        CLOCK_RANGE_SHARES_PART and a is not None and z is not None and a.start is not None and z.start is not None
        and isinstance(m.first, M.ClockTime) and isinstance(m.last, M.ClockTime)
        and not m.first.period_given and m.last.period_given and m.first.day == m.last.day
        and 0 < m.first.hour < 12 <= z.start.hour and a.start + timedelta(hours=12) < z.start
    ):
        a = a.with_(start=moved(a.start, timedelta(hours=12)), end=moved(a.end, timedelta(hours=12)))
    if a is not None and z is not None and a.start is not None and z.start is not None and not a.start < z.end:
        z = _range_end_after(m, a, z)
        if (RANGE_END_NEXT_YEAR and not a.start < z.end and _yearless_day(m.first) and _yearless_day(m.last)
                and m.last.month < m.first.month):
            # "من 1 أيلول لغاية 15 شباط" said in July: the season runs into next February
            z = _resolve_one(attrs.evolve(m.last, year=z.start.year + 1), ctx) or z
        if (RANGE_END_AFTER_START and not a.start < z.end and _yearless_day(m.last) and m.last.day is not None
                and not (_yearless_day(m.first) and m.last.month <= m.first.month)  # (RANGE_END_NEXT_YEAR's)
                and (a.start - z.end).days > 31):  # the window's year, not an end a few days early ("من غد حتى 11 مارس")
            # "اعتبارا من 17 مارس وحتى 17 يونيو", "من الأحد المقبل حتى 17 يونيو" said in March:
            # the first such day after the start (read alone, last June)
            for year in (a.start.year, a.start.year + 1):
                later = _resolve_one(attrs.evolve(m.last, year=year), ctx)
                if later is not None and later.start is not None and a.start < later.end:
                    z = later
                    break
    if a is None or z is None or a.start is None or z.start is None or not a.start < z.end:
        return None
    grain = a.grain if grain_rank(a.grain) >= grain_rank(z.grain) else z.grain
    notes = tuple(dict.fromkeys(n for v in (a, z) for n in (v.notes or ()) if n in RANGE_KEEPS_NOTES))
    return Value.interval(a.start, z.end, grain, vague=a.vague or z.vague, uncertain=a.uncertain or z.uncertain,
                          notes=notes)


#: The notes of a range's ends that the range keeps: a weekday that is not its day's ("ما بين
#: صباح الاثنين وظهر أمس الثلاثاء" read on a Tuesday: "أمس" is Monday) tells, as it does
#: alone, that the reference is another day (the publication inference weighs it).
#: Before: the range dropped its ends' notes and an undated article whose only weekday
#: clue was such a range was placed a day early.
RANGE_KEEPS_NOTES = frozenset({"weekday-mismatch", "hijri-mismatch"})


#: Whether a range whose end is a day and month placed by a direction ("المقبل", "من العام
#: المقبل", "المقبلين") and whose start is a day and month with neither year nor direction
#: places its start in the end's year (the year before when its month comes later): "ما بين 15
#: يونيو و13 يوليو المقبلين", "من 16 يونيو إلى 16 يوليو من العام المقبل" said in January are
#: both next summer. Before: the start was read alone, the most recent such day (last summer).
RANGE_START_IN_END_YEAR = True


#: Whether a range of two days of months with no year whose end, read alone, falls before
#: its start ends in the year after ("فتح موسم الصيد البري من 1 ايلول لغاية 15 شباط" said in
#: July 2018: 1 September 2018 to 15 February 2019; the end's month before the start's).
#: Before: no value.
RANGE_END_NEXT_YEAR = True
#: Whether the end of a range that is a day and month with no year, read alone before the
#: range's start, is the first such day after the start, whatever the start is: "اعتبارا من 17
#: مارس وحتى 17 يونيو" and "اعتبارا من يوم الأحد القادم وحتى 17 يونيو" said on 16 March 2024
#: run to 17 June 2024 (read alone, "17 يونيو" is June 2023, outside the window's months
#: ahead). Before: no value.
RANGE_END_AFTER_START = True


def _yearless_day(x) -> bool:
    return (isinstance(x, M.CalendarDate) and x.year is None and x.direction is None and x.month is not None
            and x.calendar == "gregorian")


def _first_in_year_of_last(m: M.Range, z):
    """The range's start, given the year its end was placed in (RANGE_START_IN_END_YEAR)."""
    a, last = m.first, m.last
    if not (RANGE_START_IN_END_YEAR and z is not None and z.start is not None and _yearless_day(a)
            and isinstance(last, M.CalendarDate) and last.year is None and last.direction is not None
            and last.month is not None and last.calendar == "gregorian"):
        return a
    year = z.start.year if a.month <= last.month else z.start.year - 1
    return attrs.evolve(a, year=year)


#: Whether a range from a part of a weekday to a weekday that falls before it ("من ليلة الجمعة
#: إلى السبت", "من مساء الخميس إلى الأحد" said on a Friday) ends on the next such weekday, as a
#: range of two weekdays does. Before: no value (the end fell before the start); with
#: RANGE_END_WEEKDAY_AFTER on, which reads any start so, switching this off alone changes nothing.
RANGE_PART_OF_WEEKDAY = True
#: Whether the end of a range that is a bare weekday (or a part of one, or a clock time on one)
#: and, read alone, falls before the range's start is the next such weekday whatever the start
#: is ("اعتبارا من الساعة الثانية صباح غد الجمعة وحتى الثانية عشرة ظهر السبت" said on a
#: Thursday: Friday 02:00 to Saturday 12:00). Before: only after a weekday or a part of one;
#: else no value.
RANGE_END_WEEKDAY_AFTER = True

#: Whether "الثانية عشرة" / "12:00" with no part of the day, at the end of a range that it would
#: end before its start, is the next twelve o'clock, midnight: "من العاشرة والنصف مساءً حتى
#: الثانية عشرة والنصف" = 22:30 to 00:30 (TV guides; the twelfth engine check), as "حتى الواحدة"
#: is 01:00. Not "12:00" in digits after a start in 24-hour digits, noon there: "من الساعة 22:00 حتى
#: الساعة 12:00" ends at noon the next day (recognize marks it sure; review 68). Before: noon the next
#: day (12:30), 14 hours late.
RANGE_END_TWELVE_MIDNIGHT = True


def _range_end_after(m: M.Range, a, z):
    """The end of a range that, read alone, falls before its start: a clock time without a
    part of the day is the next such hour ("من الساعة 12:00 حتى 2:00" ends at 14:00), any
    other clock time on the next day ("من الثامنة مساء حتى السادسة صباحا"); the second of
    two weekdays is the next such day ("من الجمعة إلى الأحد المقبلين"), also after a part of
    a weekday ("من ليلة الجمعة إلى السبت", RANGE_PART_OF_WEEKDAY)."""
    last = m.last
    if isinstance(last, M.ClockTime) and (last.day is None or last.day == getattr(m.first, "day", None)):
        bare = not last.period_given and (last.hour < 12 or RANGE_END_TWELVE_MIDNIGHT and last.hour == 12)
        for hours in ((12, 24) if bare else (24,)):
            later = z.with_(start=moved(z.start, timedelta(hours=hours)), end=moved(z.end, timedelta(hours=hours)))
            if a.start < later.end:
                return later
    first = _weekday_of(m.first) if RANGE_PART_OF_WEEKDAY else m.first
    if RANGE_PART_OF_WEEKDAY:
        last = _weekday_of(last)  # "اعتبارا من مساء الأحد وحتى صباح الاثنين"
    if isinstance(last, M.Weekday) and isinstance(first, M.Weekday):  # also "من ليلة الجمعة إلى السبت"
        later = z.with_(start=moved(z.start, 7), end=moved(z.end, 7))
        if a.start < later.end:
            return later
    if RANGE_END_WEEKDAY_AFTER and isinstance(last, M.Weekday) and last.direction == "bare":
        # "اعتبارا من الساعة الثانية صباح غد الجمعة وحتى الثانية عشرة ظهر السبت": the end's bare
        # weekday is the first such day after the start, whatever the start is
        for days in (7, 14):  # ("من 20 مارس حتى الأحد" said on the 12th: two weeks on)
            later = z.with_(start=moved(z.start, days), end=moved(z.end, days))
            if a.start < later.end:
                return later
    return z


def _weekday_of(x):
    """The weekday of a part of a weekday or a clock time on one (not a night named by two
    days), else ``x`` itself."""
    if isinstance(x, (M.DayPart, M.ClockTime)) and isinstance(x.day, M.Weekday) and getattr(x, "until", None) is None:
        return x.day
    return x


#: Whether a month name without a year after "منذ" that the window around the reference would
#: place after it is the most recent such month, as a day and month is: "الحوثيون يواصلون منذ
#: نوفمبر شن هجمات" on 4 October 2024 is since November 2023 (it was November 2024, noted
#: ``dct-mismatch``, with no "since").
SINCE_MONTH_PAST = True


def _yearless_past(x, month: bool = False):
    """``x`` (a day and month without a year, or a part of one; with ``month`` a month name
    alone too) read as the most recent such day or month, or None when it is no such date."""
    if isinstance(x, M.CalendarDate):
        if x.year is None and x.month is not None and (x.day is not None or month) and x.direction is None \
                and x.calendar == "gregorian":
            return attrs.evolve(x, direction="past")
        return None
    if isinstance(x, M.DayPart) and (day := _yearless_past(x.day)) is not None and x.until is None:
        return attrs.evolve(x, day=day)
    return None


def _since(m: M.Since, ctx):
    v = _resolve_one(m.of, ctx)
    if v is None or v.start is None:
        return None
    end = ctx.day_start + DAY
    if not v.start < end and (past := _yearless_past(m.of, month=SINCE_MONTH_PAST)) is not None:
        # "منذ 22 شباط" on 10 December: since a day that has come, the most recent 22 February
        # (the window around the reference would place it in the coming February)
        w = _resolve_one(past, ctx)
        if w is not None and w.start is not None and w.start < end:
            v = w
    if not v.start < end:
        return v.with_(notes=v.notes + ("dct-mismatch",))  # "since" a time after the reference
    grain = v.grain if end - v.start <= DAY or grain_rank(v.grain) >= grain_rank("day") else "day"
    # TIMEX3: the anchor, from which on (the interval runs to the end of the DCT's day)
    return Value.interval(
        v.start, end, grain, vague=v.vague, uncertain=v.uncertain, notes=v.notes, timex=v.timex, mod="ON_OR_AFTER"
    )


def _until(m: M.Until, ctx):
    v = _resolve_one(m.of, ctx)
    if v is None or v.start is None:
        return None
    return v.with_(mod="ON_OR_BEFORE")


def _starting_from(m: M.StartingFrom, ctx):
    v = _resolve_one(m.of, ctx)
    if v is None or v.start is None:
        return None
    return v.with_(mod="ON_OR_AFTER")


def _duration_iso(count: int | None, unit: str) -> str:
    code = ar.DURATION_CODES[unit]
    n = "X" if count is None else str(count * (10 if unit == "decade" else 1))
    return f"PT{n}{code[1]}" if code.startswith("T") else f"P{n}{code}"


def _duration(m: M.Duration, ctx):
    grain = "year" if m.unit == "decade" else m.unit
    v = Value.of_duration(_duration_iso(None if m.vague else m.count, m.unit), grain, vague=m.vague)
    return v.with_(mod=m.approx) if m.approx else v


def _decade(m: M.Decade, ctx):
    return Value.interval(date(m.start_year, 1, 1), date(m.start_year + 10, 1, 1), "decade")


#: Whether a weekday joined by "الموافق" to a day number before الجاري / الحالي (الماضي, المقبل;
#: "الشهر" left out) is that day of the reference's month (of the month before, after), its
#: weekday checked, as with a month's name: "يوم الأربعاء الموافق 12 الجاري" said on Tuesday 11
#: May 2021 = Wednesday 12 May. Before: the bare weekday (the Wednesday before, 5 May), noted
#: hijri-mismatch.
WEEKDAY_EQUIVALENT_DAY_OF_MONTH = True
#: Whether a weekday before a Hijri date joined by "الموافق" to a Gregorian date with its day is
#: checked against the Gregorian date, the value kept: "بعد مغرب يوم الجمعة 29 ذي الحجة 1444 هـ
#: الموافق لـ 18 يوليوز 2023" (18 July 2023 was a Tuesday) = 18 July with ``weekday-mismatch`` (and
#: ``hijri-sighting``: the Hijri date, then read without the weekday, is a day off). A weekday that
#: agrees with the Gregorian date is left as before (the Hijri day read by it, a sighting). The
#: ninth engine check (a Moroccan ministry's statement; Saudi crescent decisions). Before: the
#: weekday only moved the Hijri date by sighting and the mismatch was dropped once the two
#: renderings were joined (no note, or only ``hijri-sighting``).
WEEKDAY_HIJRI_EQUIVALENT = True
#: Whether a weekday before a Hijri date one day off its Umm al-Qura day, joined by "الموافق" to
#: the Gregorian date the weekday agrees with, keeps the ``hijri-sighting`` note the two alone
#: give: "يوم الأحد 29 رمضان 1446 هـ الموافق 30 مارس 2025 م" = 30 March, noted (the thirteenth
#: engine check; sighting countries' announcements). Before: the value right, no note.
WEEKDAY_HIJRI_SIGHTING_NOTE = True


def _equivalent(m: M.Equivalent, ctx):
    first, second = m.first, m.second
    if (WEEKDAY_EQUIVALENT_DAY_OF_MONTH and isinstance(first, M.Weekday) and isinstance(second, M.DayOfMonth)
            and isinstance(second.of, M.RelativePeriod) and second.of.unit == "month" and second.weekday is None):
        # "الأحد الموافق 25 الجاري": that day of this month, its weekday checked (as "الأحد 25 الجاري")
        return _resolve_one(attrs.evolve(second, weekday=first.weekday), ctx)
    if (
        isinstance(first, (M.ClockTime, M.DayPart))
        and isinstance(first.day, (M.Weekday, M.DayOffset))
        and isinstance(second, M.CalendarDate)
        and second.day is not None
        and getattr(first, "until", None) is None
    ):
        # "الساعة الواحدة من صباح يوم الاثنين الموافق 17 أيار": the time on the stated date
        day = first.day
        # ("صباح اليوم الخميس الموافق العاشر من ذي الحجة": the weekday of a day word too)
        wd = day.weekday if isinstance(day, (M.Weekday, M.DayOffset)) else None
        date_ = attrs.evolve(second, weekday=wd) if wd is not None else second
        return _resolve_one(attrs.evolve(first, day=date_), ctx)
    if isinstance(first, M.Weekday) and isinstance(second, M.CalendarDate) and second.day is not None:
        # "يوم الأحد الموافق لـ 2021/7/18": the stated date, its weekday checked (as "الأحد 18/7/2021")
        return _resolve_one(attrs.evolve(second, weekday=first.weekday), ctx)
    if (WEEKDAY_HIJRI_EQUIVALENT and isinstance(first, M.CalendarDate) and first.calendar == "hijri"
            and first.weekday is not None and isinstance(second, M.CalendarDate) and second.calendar == "gregorian"
            and second.day is not None and second.weekday is None):
        # "يوم الجمعة 29 ذي الحجة 1444 هـ الموافق 18 يوليو 2023" (a Tuesday): the weekday checked
        # against the Gregorian day, the Hijri one compared without it
        checked = attrs.evolve(second, weekday=first.weekday)
        v = _resolve_one(checked, ctx)
        if v is not None and "weekday-mismatch" in v.notes:
            first, second = attrs.evolve(first, weekday=None), checked
    note = "hijri-mismatch"
    if isinstance(first, M.DayOffset) and isinstance(second, M.CalendarDate) and second.day is not None:
        # "غدا الموافق 15 أيلول": the date is the rendering kept, the day word checked against it
        first, second, note = second, first, "day-mismatch"
    a, b = _resolve_one(first, ctx), _resolve_one(second, ctx)
    first_hijri = getattr(first, "calendar", None) == "hijri"
    primary, other = (b, a) if first_hijri else (a, b)
    if primary is None:
        return other
    if other is not None and other.start is not None and not (
        other.overlaps(primary) and (primary.contains(other) or other.contains(primary))
    ):
        greg = second if first_hijri else first
        if (note == "hijri-mismatch" and isinstance(greg, M.CalendarDate) and greg.calendar == "gregorian"
                and greg.numeric and greg.day is not None and greg.month is not None and greg.day <= 12 and greg.day != greg.month
                and other.grain == "day"):
            # "1441/04/14هـ الموافق 12/11/2019": the Gregorian written month first; read so, it
            # is the Hijri day (11 December), as the other order (12 November) is not
            try:
                swapped = _resolve_one(attrs.evolve(greg, day=greg.month, month=greg.day), ctx)
            except ValueError:
                swapped = None
            if swapped is not None and swapped.start is not None and abs((swapped.start - other.start).days) <= 1:
                return swapped.with_(notes=swapped.notes + ("month-day-order",))
        if (note == "hijri-mismatch" and primary.grain == "day" and other.grain == "day"
                and abs((other.start - primary.start).days) == 1):
            # a Hijri day a day off the Gregorian one: the month began by sighting the
            # crescent, a day apart from Umm al-Qura ("31 مارس، الموافق لفاتح شوال 1446")
            note = "hijri-sighting"
        return primary.with_(notes=primary.notes + (note,))
    if (WEEKDAY_HIJRI_SIGHTING_NOTE and first_hijri and getattr(first, "weekday", None) is not None
            and other is not None and "hijri-sighting" in other.notes and "hijri-sighting" not in primary.notes):
        # "الأحد 29 رمضان 1446 هـ الموافق 30 مارس 2025": the Hijri day read by its weekday a day
        # off Umm al-Qura's, as the Gregorian rendering says: the sighting noted
        return primary.with_(notes=primary.notes + ("hijri-sighting",))
    return primary


def _anaphoric(m: M.Anaphoric, ctx):
    prev = ctx.previous
    if prev is None or prev.start is None:
        if m.deictic and ctx.ref is not None:  # "اليوم السابق" with nothing before it: yesterday
            return Value.day(ctx.day + timedelta(days=m.days))
        return None
    shift = timedelta(days=m.days)
    if prev.grain in ("day", "hour", "minute") and prev.length <= DAY:
        return Value.day(prev.start.date() + shift, uncertain=prev.uncertain)
    return Value.interval(prev.start + shift, prev.end + shift, "day", vague=True, uncertain=prev.uncertain)


def _bare_day(m, ctx):
    return None


def _beyond(m: M.Beyond, ctx):
    v = _resolve_one(m.of, ctx)
    if v is None or v.start is None:
        return None
    # "قبل نهاية عام 2026": up to the end of 2026, so on or before 2026 (TimeML's ON_OR_BEFORE)
    if m.sign < 0:
        if m.edge == "end":
            return Value.interval(START_OF_CALENDAR, v.end, v.grain, timex=v.timex, mod="ON_OR_BEFORE", notes=v.notes)
        return Value.interval(START_OF_CALENDAR, v.start, v.grain, timex=v.timex, mod="BEFORE", notes=v.notes)
    if m.edge == "start":
        return Value.interval(v.start, END_OF_CALENDAR, v.grain, timex=v.timex, mod="ON_OR_AFTER", notes=v.notes)
    return Value.interval(v.end, END_OF_CALENDAR, v.grain, timex=v.timex, mod="AFTER", notes=v.notes)


def _weekday_of_week(m: M.WeekdayOfWeek, ctx):
    week = _resolve_one(m.week, ctx)
    if week is None or week.start is None:
        return None
    return Value.day(week.start + timedelta(days=(m.weekday - week.start.weekday()) % 7))


def _named_day(m: M.NamedDay, ctx):
    """A holiday: its day (or its days, or its night) in the stated year, else the one the
    direction names, else the one in the window around the reference."""
    if m.year is not None:
        starts = _named_occurrences(m, m.year, m.year_calendar)
        if not starts:
            return None
        start = starts[0]
    else:
        if ctx.ref is None:
            return None
        ref = ctx.day
        cands = []
        if m.calendar in ("gregorian", "easter", "easter_orthodox"):
            for y in range(ref.year - 1, ref.year + 2):
                cands += _named_occurrences(m, y, "gregorian")
        else:
            hy = gregorian_to_hijri(ref)[0]
            for y in range(hy - 1, hy + 2):
                cands += _named_occurrences(m, y, "hijri")
        cands.sort()
        d = m.direction
        if d == "past":
            before = [c for c in cands if c < ref]
            start = before[-1] if before else None
        elif d == "next":
            after = [c for c in cands if c > ref]
            start = after[0] if after else None
        elif d in ("current", "current_year", "past_year", "next_year"):
            y = ref.year + {"current": 0, "current_year": 0, "past_year": -1, "next_year": 1}[d]
            inside = [c for c in cands if c.year == y]
            start = inside[0] if inside else None
        else:
            lo, hi = WINDOW[ctx.prefer]
            first, stop = add_months(ref, lo), add_months(ref, hi)
            inside = [c for c in cands if first <= c < stop]
            # a Hijri year is shorter than the window: of two occurrences in it, the one on
            # the preferred side of the DCT (past: the latest on or before it)
            if ctx.prefer == "past":
                side = [c for c in inside if c <= ref]
                start = side[-1] if side else (inside[0] if inside else None)
            else:
                side = [c for c in inside if c >= ref]
                start = side[0] if side else (inside[-1] if inside else None)
        if start is None:
            return None
    s = as_datetime(start) + timedelta(days=m.offset)
    if m.night:  # the night before the day, 18:00 to 06:00
        return Value.interval(s - timedelta(hours=6), s + timedelta(hours=6), "hour", timex=strftime(s - DAY, "%Y-%m-%d") + "TNI")
    if m.sighted:  # Umm al-Qura's day or the next, as the local sighting keeps it
        return Value.interval(s, s + timedelta(days=m.length + 1), "day", uncertain=True)
    return Value.interval(s, s + timedelta(days=m.length), "day")


def _named_occurrences(m: M.NamedDay, year: int, calendar: str) -> list:
    """The first days of the holiday in a Gregorian or Hijri year (a Hijri holiday falls once
    or, rarely, twice in a Gregorian year)."""
    out = []
    if m.calendar in ("easter", "easter_orthodox"):  # month 0, day = days from Easter Sunday
        if calendar != "gregorian" or not 1583 <= year <= 9998:
            return []
        sunday = easter(year) if m.calendar == "easter" else easter_orthodox(year)
        return [sunday + timedelta(days=m.day)]
    if m.calendar == "gregorian":
        if calendar != "gregorian" or not is_valid_date(year, m.month, m.day):
            return []
        return [date(year, m.month, m.day)]
    if calendar == "hijri":
        hys = [year]
    else:
        try:
            hy = gregorian_to_hijri(date(year, 1, 1))[0]
        except ValueError:
            return []
        hys = [hy, hy + 1]
    for hy in hys:
        try:
            d = hijri_to_gregorian(hy, m.month, m.day)
        except ValueError:
            continue
        if calendar == "hijri" or d.year == year:
            out.append(d)
    return out


def _recurrence(m: M.Recurrence, ctx):
    return Value.of_set(m.timex, m.grain)


def _shift_from(m: M.ShiftFrom, ctx):
    anchor = _resolve_one(m.of, ctx)
    if anchor is not None and anchor.start is not None and anchor.grain == "month" and m.unit == "month":
        # "أكتوبر ونوفمبر الماضيين" (rule month_list): the month ``count`` months from the named one
        k = anchor.start.year * 12 + anchor.start.month - 1 + m.sign * m.count
        if not 12 <= k < 9999 * 12:
            return None  # off the calendar
        first = datetime(k // 12, k % 12 + 1, 1)
        nxt = datetime((k + 1) // 12, (k + 1) % 12 + 1, 1)
        return Value.interval(first, nxt, "month", uncertain=anchor.uncertain)
    if anchor is None or anchor.start is None or anchor.grain not in ("day", "hour", "minute"):
        return None
    a = anchor.start
    sub = Context(datetime(a.year, a.month, a.day), False, ctx.prefer, None, ctx.week_start)
    v = _shift(M.Shift(m.count, m.unit, m.sign), sub)
    return v if not anchor.uncertain or v is None else v.with_(uncertain=True)


def _offset(m: M.Offset, ctx):
    """A duration counted from an event, not from the publication date: its ISO duration,
    mod BEFORE / AFTER, noted ``anchored-elsewhere``; vague for an approximate count ("بعد نحو /
    أكثر من / أقل من 24 ساعة من الهجوم": ``approx``), which is no exact length."""
    count, unit = m.written if m.written is not None else (m.count, m.unit)
    iso = _duration_iso(None if m.vague else count, unit)
    grain = "year" if unit == "decade" else unit
    return attrs.evolve(
        Value.of_duration(iso, grain, vague=m.vague or m.approx is not None, notes=("anchored-elsewhere",)),
        mod="BEFORE" if m.sign < 0 else "AFTER"
    )


def _nth_weekday(m: M.NthWeekday, ctx):
    month = _resolve_one(m.of, ctx)
    if month is None or month.start is None or month.grain != "month":
        return None
    d = _nth_weekday_in(month.start.date(), month.end.date(), m.n, m.weekday)
    if d is None:
        return None  # no fifth Monday this month
    return Value.day(d, uncertain=month.uncertain)


def _earlier_later(m: M.EarlierLater, ctx):
    """ "في وقت سابق من هذا الشهر" = from the month's start through the reference day, "في وقت
    لاحق من العام" = from the reference day to the year's end, both vague; a period that does
    not hold the reference day ("في وقت سابق من مارس الماضي"), or a day, stays as it is."""
    v = _resolve_one(m.of, ctx)
    if v is None or v.start is None or v.grain not in ("week", "month", "quarter", "year") or ctx.ref is None:
        return v
    day = ctx.day_start
    if not v.start <= day < v.end:
        return v
    s, e = (v.start, day + DAY) if m.sign < 0 else (day, v.end)
    return Value.interval(s, e, "day", vague=True, uncertain=v.uncertain, timex=v.timex)


def _now(m: M.Now, ctx):
    """The reference minute when its time is known, else its day; TIMEX3 PRESENT_REF."""
    if ctx.has_time:
        t = ctx.ref.replace(second=0, microsecond=0)
        return Value.interval(t, t + timedelta(minutes=1), "minute", timex="PRESENT_REF")
    return Value.interval(ctx.day_start, ctx.day_start + DAY, "day", timex="PRESENT_REF")


_RESOLVERS = {
    M.DayOffset: _day_offset,
    M.Weekday: _weekday,
    M.CalendarDate: _calendar_date,
    M.RelativePeriod: _relative_period,
    M.DayOfMonth: _day_of_month,
    M.Shift: _shift,
    M.VagueSpan: _vague_span,
    M.AnchoredSpan: _anchored_span,
    M.PartOf: _part_of,
    M.DayPart: _day_part,
    M.YearFraction: _year_fraction,
    M.SubPeriod: _sub_period,
    M.ClockTime: _clock,
    M.Range: _range,
    M.Since: _since,
    M.Until: _until,
    M.Duration: _duration,
    M.Decade: _decade,
    M.Equivalent: _equivalent,
    M.Anaphoric: _anaphoric,
    M.AnaphoricPeriod: _anaphoric_period,
    _BareDay: _bare_day,
    M.Now: _now,
    M.Beyond: _beyond,
    M.WeekdayOfWeek: _weekday_of_week,
    M.NamedDay: _named_day,
    M.Recurrence: _recurrence,
    M.ShiftFrom: _shift_from,
    M.Offset: _offset,
    M.NthWeekday: _nth_weekday,
    M.StartingFrom: _starting_from,
    M.EarlierLater: _earlier_later,
}

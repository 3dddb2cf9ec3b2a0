"""The structured meaning of a temporal mention, before it is placed on a calendar.

Recognition turns text into one of these small frozen records; resolution turns a record
plus a reference (the publication date) into a :class:`~timeline.values.Value`.  Each
record says whether it depends on the reference (``relative``), so callers can tell a
date stated outright from one computed against the publication date.
"""

from __future__ import annotations

import attrs

from ._records import pickle_module_records

# direction for weekdays and named months: "bare" (on or before the reference, or on or
# after it when the context is future), "past" (strictly before), "next" (strictly after),
# "current" (the reference's own period), "this" (weekdays: the nearer one, before or after,
# "هذا الخميس", and a bare weekday after "اعتبارا من"); a month without a year may also carry
# "current_year", "past_year" or "next_year" ("شباط من العام الماضي"), or "same_year" (the year
# of the last date mentioned before it: "أكتوبر من نفس العام")


@attrs.frozen
class DayOffset:
    """اليوم / أمس / غدا / بعد غد: the reference day plus ``days``.  ``weekday`` is a
    claim about that day ("اليوم الثلاثاء"), checked against the reference."""

    days: int
    weekday: int | None = None
    relative = True


@attrs.frozen
class Weekday:
    """A weekday (Monday = 0) with a direction; ``future`` when the verb is future tense."""

    weekday: int
    direction: str = "bare"
    future: bool = False
    relative = True


@attrs.frozen
class CalendarDate:
    """A calendar date, month or year in the Gregorian or Hijri calendar.

    Missing parts are None: (None, 2, 10) is "10 شباط" with no year (placed in a window
    around the reference), (2017, 12, None) is December 2017, (2017, None, None) is 2017.
    ``direction`` applies to a month without a year ("شباط الماضي"). ``weekday`` is a
    weekday stated with the date ("الإثنين 19 / 2 / 2018"), checked, never trusted over it.
    ``numeric``: written in digits day first ("12/11/2019"), so that a Hijri rendering beside
    it may show it was written month first (not part of equality).
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    calendar: str = "gregorian"
    direction: str | None = None
    weekday: int | None = None
    numeric: bool = attrs.field(default=False, eq=False, repr=False)
    #: the day was an ordinal up to five right after the weekday ("الثلاثاء الثالث من أيلول"):
    #: when that day is not the weekday, the nth such weekday of the month is meant
    nth_if_other_weekday: bool = attrs.field(default=False, repr=False)

    @property
    def relative(self) -> bool:
        return self.year is None


@attrs.frozen
class DayOfMonth:
    """العاشر من الشهر الجاري: day ``day`` of a relative month (``weekday``: stated with it,
    "الثلاثاء التاسع عشر من هذا الشهر", checked as a CalendarDate's is)."""

    day: int
    of: object
    weekday: int | None = None
    nth_if_other_weekday: bool = attrs.field(default=False, repr=False)
    relative = True


@attrs.frozen
class RelativePeriod:
    """الشهر الماضي / العام الجاري / الأسبوع المقبل: ``offset`` units from the reference's."""

    unit: str
    offset: int
    #: "العام الجديد": the offset is 1 or 0 by the reference's month (``resolution.NEW_YEAR_FROM_MONTH``)
    new: bool = attrs.field(default=False, repr=False)
    relative = True


@attrs.frozen
class Shift:
    """قبل / منذ / بعد N units: the point ``count`` units before (sign -1) or after (+1)."""

    count: int
    unit: str
    sign: int = -1
    #: an approximate count: "APPROX" ("قبل نحو ثلاثة أيام") or "MORE_THAN" ("قبل أكثر من ستة أشهر")
    approx: str | None = None
    relative = True


@attrs.frozen
class VagueSpan:
    """An estimated stretch of time ("قبل أيام", "خلال الأيام الماضية", "قبل سنوات").

    ``form`` is "ago" (some units before the reference) or "recent" (the last stretch
    up to and including the reference day); ``sign`` +1 mirrors them into the future.
    """

    unit: str
    form: str
    sign: int = -1
    relative = True


@attrs.frozen
class AnchoredSpan:
    """خلال الأربعة أيام الأخيرة / الـ 24 ساعة الفائتة: the last ``count`` units up to the
    end of the reference day (``sign`` +1: the next ``count`` units from the reference)."""

    count: int
    unit: str
    sign: int = -1
    relative = True


@attrs.frozen
class PartOf:
    """مطلع / منتصف / أواخر (``part`` START, MID, END) of a month or year meaning; ``bare``: a
    week named by no modifier ("مطلع الأسبوع", periods.BARE_WEEK_PART)."""

    part: str
    of: object
    bare: bool = False

    @property
    def relative(self) -> bool:
        return self.of.relative


@attrs.frozen
class SubPeriod:
    """The ``index``-th block of ``count`` ``unit``s (day, week = 7 days, month) of the month
    or year ``of``, counted from its start (``index`` 1, 2 ...) or from its end (-1): "الأسبوع
    الثاني من أكتوبر", "اليوم الأخير من العام", "العشر الأواخر من رمضان", "الأشهر الثلاثة
    الأولى من العام".  ``vague``: the words do not fix the block exactly (a week of a month
    may be a calendar week)."""

    unit: str
    index: int
    count: int
    of: object
    vague: bool = False

    @property
    def relative(self) -> bool:
        return self.of.relative


@attrs.frozen
class YearFraction:
    """الربع الأول / النصف الثاني (``unit`` quarter or half, ``index`` from 1) of a year; a
    season ("season", 1-4) of a year, or with ``direction`` (past / next / current) the last,
    the next or the current such season from the reference ("الصيف الماضي"), ``of`` then
    the reference's year."""

    unit: str
    index: int
    of: object
    direction: str | None = None

    @property
    def relative(self) -> bool:
        return self.of.relative


@attrs.frozen
class DayPart:
    """صباح / مساء / ليل / فجر of a day meaning.  ``start_hour``/``end_hour`` from the
    language table (an end past 24 runs into the next day); ``until`` is a second day for
    "ليل الأحد - الاثنين"."""

    name: str
    start_hour: int
    end_hour: int
    code: str
    day: object
    until: object | None = None

    @property
    def relative(self) -> bool:
        return self.day.relative


@attrs.frozen
class ClockTime:
    """A clock time: ``minute`` None means the whole hour ("الساعة الخامسة مساء")."""

    hour: int
    minute: int | None = None
    day: object | None = None
    period_given: bool = False  # a part of the day or ص/م was stated ("مساء"), so the hour is sure
    zone: str | None = None  # a time zone named after it ("بتوقيت غرينتش": "UTC"), recorded, never applied

    @property
    def relative(self) -> bool:
        return self.day is None or self.day.relative


@attrs.frozen
class Range:
    """من ... إلى ... / بين ... و ...: from the start of ``first`` to the end of ``last``."""

    first: object
    last: object

    @property
    def relative(self) -> bool:
        return self.first.relative or self.last.relative


@attrs.frozen
class Since:
    """منذ <date>: from that date up to the end of the reference day."""

    of: object
    relative = True


@attrs.frozen
class Until:
    """حتى <date>: up to that date (its interval, mod ON_OR_BEFORE)."""

    of: object

    @property
    def relative(self) -> bool:
        return self.of.relative


@attrs.frozen
class StartingFrom:
    """اعتبارا من / ابتداء من <date>: from that date on (its interval, mod ON_OR_AFTER)."""

    of: object

    @property
    def relative(self) -> bool:
        return self.of.relative


@attrs.frozen
class Duration:
    """An unanchored duration: ``count`` units (``vague`` for بضعة / عدة)."""

    count: int
    unit: str
    vague: bool = False
    #: "MORE_THAN" for "أكثر من ثلاث سنوات", "APPROX" for "نحو ثلاث سنوات"
    approx: str | None = None
    relative = False


@attrs.frozen
class Decade:
    """A decade by its first year (1990 for التسعينيات)."""

    start_year: int
    relative = False


@attrs.frozen
class Equivalent:
    """Two renderings of one date joined by الموافق (Hijri and Gregorian)."""

    first: object
    second: object

    @property
    def relative(self) -> bool:
        return self.first.relative and self.second.relative


@attrs.frozen
class Anaphoric:
    """في اليوم التالي: ``days`` after the last date mentioned before it in the text.
    ``deictic``: with no earlier date, count from the reference ("اليوم السابق" alone is
    yesterday)."""

    days: int
    deictic: bool = False
    relative = True


@attrs.frozen
class AnaphoricPeriod:
    """الأسبوع التالي / الشهر الذي يليه: the ``unit`` (week, month, year) ``offset`` units
    after the one that holds the last date mentioned before it in the text."""

    unit: str
    offset: int
    relative = True


@attrs.frozen
class Beyond:
    """قبل عام 2040 (``sign`` -1): the open range before the start of ``of``; بعد عام 2011
    (+1): the open range after its end. ``edge`` ("start" / "end") names the edge when it is
    the other one: "قبل نهاية عام 2026" is before the end of 2026."""

    of: object
    sign: int = -1
    edge: str | None = None
    relative = False


@attrs.frozen
class WeekdayOfWeek:
    """أحد الأسبوع الماضي: weekday ``weekday`` (Monday = 0) of the week ``week`` (a
    RelativePeriod of unit week)."""

    weekday: int
    week: object
    relative = True


@attrs.frozen
class NamedDay:
    """عيد الفطر / عيد الميلاد 2020 / أيام عيد الأضحى / ثاني أيام عيد الفطر: a holiday on the ``calendar`` at
    ``month``/``day``, lasting ``length`` days (1 for the name alone); ``night`` for a night
    holiday (ليلة القدر). ``year`` in ``year_calendar`` when stated, else ``direction``
    (past/next/...) or the window around the reference places it."""

    name: str
    calendar: str
    month: int
    day: int
    length: int = 1
    night: bool = False
    year: int | None = None
    year_calendar: str = "gregorian"
    direction: str | None = None
    offset: int = 0  # "ثاني أيام عيد الفطر": that many days after the holiday's first
    sighted: bool = False  # kept by a local sighting: Umm al-Qura's day or the next (عاشوراء)

    @property
    def relative(self) -> bool:
        return self.year is None


@attrs.frozen
class Recurrence:
    """كل يوم / كل يوم جمعة / أسبوعيا: a TIMEX3 SET (``timex`` P1D, XXXX-WXX-5 ...)."""

    timex: str
    grain: str
    relative = False


@attrs.frozen
class ShiftFrom:
    """بعد ثلاثة أيام من 10 شباط: ``count`` units before (-1) or after (+1) a date ``of``."""

    count: int
    unit: str
    sign: int
    of: object

    @property
    def relative(self) -> bool:
        return self.of.relative


@attrs.frozen
class Offset:
    """قبل 72 ساعة من الموعد / بعد ثلاثة أيام من الحادثة: a duration before or after an
    anchor that is not a date (an event): not placed on the calendar."""

    count: int
    unit: str
    sign: int
    vague: bool = False
    #: "LESS_THAN" for "بعد أقل من 24 ساعة على X": anywhere up to the count from X
    approx: str | None = None
    #: the count and unit as written when ``count`` / ``unit`` restate a fraction in the unit
    #: below ("بعد نصف عام من X": (0.5, "year"), the count 6 months): the ISO duration's
    written: tuple | None = None
    relative = False


@attrs.frozen
class NthWeekday:
    """أول جمعة من رمضان / آخر اثنين من آذار: the ``n``th (-1: the last) weekday ``weekday``
    of the month ``of`` (a Gregorian or Hijri month meaning)."""

    n: int
    weekday: int
    of: object

    @property
    def relative(self) -> bool:
        return self.of.relative


@attrs.frozen
class EarlierLater:
    """في وقت سابق / لاحق من هذا الشهر: the part of the period ``of`` before (``sign`` -1)
    or after (+1) the reference, when the period holds it; else the period itself."""

    of: object
    sign: int

    @property
    def relative(self) -> bool:
        return self.of.relative


@attrs.frozen
class Now:
    """الآن / حاليا / في هذه اللحظة: the reference itself (TIMEX3 PRESENT_REF)."""

    relative = True


pickle_module_records(globals())  # quick to send between worker processes (see _records)

"""Build tests/corpus/ar.tsv, the Duckling-style example corpus of the Arabic engine.

Every expected value here is computed from the conventions (docs/conventions.md) with
plain calendar arithmetic (datetime, calendar) and the Umm al-Qura tables of
``hijridate`` -- never by running the engine.  The script only writes the table; it
imports nothing from ``timeline``.  Run it after editing a row:

    python tests/corpus/build_ar.py

Row fields: expr, reference, prefer, start, end, grain, vague, timex, note.
``reference``: ISO date, ISO datetime, ``A/B`` (a range of possible publication days,
half-open: the engine is given ``Value.interval(A, B)``) or empty.  ``start`` is NONE
when resolve() must return None, DURATION (with the ISO duration in ``end``) for an
unanchored duration.  ``note`` may hold ``[uncertain]`` / ``[certain]`` to check
``Value.uncertain``.  Comment lines ``# section: <heading>`` tag the rows that follow
with a ``##`` heading of the conventions.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from pathlib import Path

from hijridate import Hijri

OUT = Path(__file__).with_name("ar.tsv")
LINES: list[str] = []

# -- helpers ---------------------------------------------------------------------------
D = date
ONE = timedelta(days=1)


def iso(x) -> str:
    if isinstance(x, datetime):
        if (x.hour, x.minute) == (0, 0):
            return x.date().isoformat()
        return x.strftime("%Y-%m-%dT%H:%M")
    return x.isoformat()


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d: date, n: int) -> date:
    y = d.year + n
    return date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))


def day(d: date):
    return (d, d + ONE, "day", d.isoformat())


def month(y: int, m: int):
    s = date(y, m, 1)
    return (s, add_months(s, 1), "month", f"{y}-{m:02d}")


def year(y: int):
    return (date(y, 1, 1), date(y + 1, 1, 1), "year", str(y))


def decade(y0: int):
    return (date(y0, 1, 1), date(y0 + 10, 1, 1), "decade", str(y0 // 10))


def week(sat: date):
    assert sat.weekday() == 5, sat
    iy, iw, _ = (sat + timedelta(days=2)).isocalendar()
    return (sat, sat + timedelta(days=7), "week", f"{iy}-W{iw:02d}")


def hour(t: datetime):
    t = t.replace(minute=0)
    return (t, t + timedelta(hours=1), "hour", t.strftime("%Y-%m-%dT%H"))


def minute(t: datetime):
    return (t, t + timedelta(minutes=1), "minute", t.strftime("%Y-%m-%dT%H:%M"))


def at(d: date, h: int, mi: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day) + timedelta(hours=h, minutes=mi)


def span(s, e, grain, timex=""):
    return (s, e, grain, timex)


# Python weekday numbers
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def on_or_before(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def strictly_before(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)


def strictly_after(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)


def on_or_after(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7)


def week_of(ref: date) -> date:
    """The Saturday starting the Saturday-to-Friday week holding ``ref``."""
    return on_or_before(ref, SAT)


def hijri_day(y, m, d) -> date:
    g = Hijri(y, m, d).to_gregorian()
    return date(g.year, g.month, g.day)


def hijri_month(y, m):
    s = hijri_day(y, m, 1)
    e = hijri_day(y + (m == 12), m % 12 + 1, 1)
    return (s, e, "month", "")


def hijri_year(y):
    return (hijri_day(y, 1, 1), hijri_day(y + 1, 1, 1), "year", "")


def in_window(ref: date, d: date, prefer="past") -> bool:
    lo, hi = (add_months(ref, -9), add_months(ref, 3)) if prefer == "past" else (add_months(ref, -3), add_months(ref, 9))
    return lo <= d <= hi


# -- writers ---------------------------------------------------------------------------
def section(name: str) -> None:
    LINES.append(f"# section: {name}")


def group(text: str) -> None:
    LINES.append(f"# {text}")


def _ref(ref) -> str:
    if ref is None:
        return ""
    if isinstance(ref, tuple):
        return f"{iso(ref[0])}/{iso(ref[1])}"
    return iso(ref)


# Sentences: the expression inside running text (the words around it are context, not part
# of it). resolve() gives None for them (it explains whole expressions only); the test reads
# the longest mention that extract() finds in them instead. Tagged [in-text].
IN_TEXT = {
    "أعلنت الحكومة اليوم أن المفاوضات انتهت", "قال الوزير أمس إن المفاوضات مستمرة", "وذلك أمس، في العاصمة",
    "صرح بأن الاجتماع سيعقد غدا", "التقى الوزيران يوم الاثنين", "سيعقد الاجتماع يوم الخميس",
    "سوف يزور الرئيس دمشق يوم الأحد", "من المقرر أن تبدأ المحادثات يوم الثلاثاء", "ستنطلق الانتخابات يوم السبت",
    "سيصل الوفد يوم الجمعة", "سيلتقي الوزيران الاثنين", "ستجرى الانتخابات يوم الأربعاء", "وسيعقد المؤتمر يوم السبت",
    "استمرت المعارك ثلاثة أيام", "عقد التسعينيات", "من المقرر أن يصوت المجلس على القانون يوم الاثنين",
    "قبل 72 ساعة من الموعد", "بعد ثلاثة أيام من الحادثة",
}


def _tag(expr, note):
    return (note + " [in-text]").strip() if expr in IN_TEXT else note


def row(expr, ref, val, *, prefer="", vague=False, timex=None, grain=None, note=""):
    note = _tag(expr, note)
    s, e, g, tx = val
    assert s < e, (expr, s, e)
    tx = tx if timex is None else timex
    g = g if grain is None else grain
    for field in (expr, note, tx):
        assert "\t" not in field and "\n" not in field
    LINES.append("\t".join([expr, _ref(ref), prefer, iso(s), iso(e), g, "true" if vague else "false", tx, note]))


def none(expr, ref=None, note="", prefer=""):
    LINES.append("\t".join([expr, _ref(ref), prefer, "NONE", "", "", "false", "", note]))


def dur(expr, iso_dur, grain, ref=None, note=""):
    note = _tag(expr, note)
    LINES.append("\t".join([expr, _ref(ref), "", "DURATION", iso_dur, grain, "false", iso_dur, note]))


# -- references ------------------------------------------------------------------------
R = D(2018, 2, 13)  # Tuesday
R_SAT = D(2018, 2, 17)  # Saturday
R_FRI = D(2018, 2, 16)  # Friday
R_MAR1 = D(2018, 3, 1)  # Thursday, month boundary, non-leap February before
R_LEAP = D(2016, 3, 1)  # Tuesday, the day after 29 February 2016
R_NY = D(2019, 1, 1)  # Tuesday, year boundary
R_NYE = D(2017, 12, 31)  # Sunday
R_T = datetime(2018, 2, 13, 15, 30)  # a datetime reference
assert R.weekday() == TUE and R_SAT.weekday() == SAT and R_FRI.weekday() == FRI
assert R_MAR1.weekday() == THU and R_LEAP.weekday() == TUE and R_NY.weekday() == TUE and R_NYE.weekday() == SUN

LINES.append("expr\treference\tprefer\tstart\tend\tgrain\tvague\ttimex\tnote")
LINES.append("# Arabic temporal expression corpus. Generated by tests/corpus/build_ar.py (expected values from")
LINES.append("# calendar arithmetic and hijridate, never from the engine). Half-open [start, end).")
LINES.append("# reference: ISO date or datetime, A/B = a range of possible publication days [A, B), or empty.")
LINES.append("# prefer: past/future (empty = past). start: ISO, NONE (resolve() must return None) or DURATION")
LINES.append("# (then end holds the ISO duration). timex empty = not checked. note: [uncertain]/[certain]")
LINES.append("# also checks Value.uncertain. '# section: X' lines tag the rows below with conventions section X.")

# ======================================================================================
section("Values")
group("a day is [d, d+1); a month the whole month; a range of days ends the day after its last day")
row("10 شباط 2018", None, day(D(2018, 2, 10)), note="one day")
row("13 شباط 2018", R, day(R), note="one day, same as the DCT")
row("شباط 2018", None, month(2018, 2), note="whole month")
row("شباط 2016", None, month(2016, 2), note="whole month, leap February ends 1 March")
row("عام 2018", None, year(2018), note="whole year")
row("من 10 إلى 15 شباط 2018", None, span(D(2018, 2, 10), D(2018, 2, 16), "day"), note="[10th, 16th)")
row("من العاشر إلى الخامس عشر من شباط 2018", None, span(D(2018, 2, 10), D(2018, 2, 16), "day"),
    note="ordinal range [10th, 16th)")
group("a vague expression is a bounded range flagged vague")
row("قبل أيام", R_SAT, span(R_SAT - 7 * ONE, R_SAT - ONE, "day", "PAST_REF"), vague=True, note="vague range DCT-7..DCT-2")
group("unanchored durations are ISO-8601 durations")
dur("ثلاثة أيام", "P3D", "day", note="duration")
dur("ثلاثة أيام", "P3D", "day", ref=R, note="duration stays unanchored with a reference")
dur("24 ساعة", "PT24H", "hour", note="duration in hours")
dur("شهرين", "P2M", "month", note="dual duration")
dur("لمدة أسبوع", "P1W", "week", note="one week")
group("TIMEX3 values")
row("أمس", R_FRI, day(D(2018, 2, 15)), note="timex day")
row("الشهر الجاري", R_NY, month(2019, 1), note="timex month")
row("الأسبوع الحالي", R_FRI, week(D(2018, 2, 10)), note="timex week 2018-W07")

# ======================================================================================
section("The anchor")
group("relative expressions resolve against the DCT; اليوم is the DCT's day")
for ref in (R, R_LEAP, R_NY, R_NYE, D(2020, 2, 29)):
    row("اليوم", ref, day(ref), note="the DCT's day")
row("اليوم", R_T, day(R), note="datetime reference: still the day")
row("أمس", R_T, day(D(2018, 2, 12)), note="datetime reference: yesterday is a day")
row("قبل يومين", R_T, day(D(2018, 2, 11)), note="datetime reference: days ago is a day")
group("relative expressions without a reference cannot be resolved")
for expr in ("أمس", "غدا", "قبل يومين", "الأسبوع الماضي", "الشهر الماضي", "العام المقبل", "يوم الخميس",
             "قبل أيام", "10 آذار", "في آذار", "العاشر من شباط", "مطلع الشهر"):
    none(expr, None, note="relative without reference")
group("absolute expressions resolve without a reference")
row("19 شباط 2018", None, day(D(2018, 2, 19)), note="absolute, no reference")
row("عام 2011", None, year(2011), note="absolute, no reference")
group("an uncertain anchor (a range of possible publication days) makes anchored values uncertain")
RR = (D(2018, 2, 12), D(2018, 2, 15))  # the DCT is 12, 13 or 14 February
row("أمس", RR, span(D(2018, 2, 11), D(2018, 2, 14), "day", ""), note="hull over DCT range [uncertain]")
row("اليوم", RR, span(D(2018, 2, 12), D(2018, 2, 15), "day", ""), note="hull over DCT range [uncertain]")
row("قبل يومين", RR, span(D(2018, 2, 10), D(2018, 2, 13), "day", ""), note="hull over DCT range [uncertain]")
row("الشهر الماضي", (D(2018, 2, 27), D(2018, 3, 3)), span(D(2018, 1, 1), D(2018, 3, 1), "month", ""),
    note="DCT in late Feb or early Mar [uncertain]")
row("العام الماضي", RR, year(2017), note="DCT range inside one year gives one year [uncertain]")
row("19 شباط 2018", RR, day(D(2018, 2, 19)), note="absolute date does not depend on the anchor [certain]")
row("قبل 3 أيام", RR, span(D(2018, 2, 9), D(2018, 2, 12), "day", ""), note="hull over DCT range [uncertain]")
row("الأسبوع الماضي", (D(2018, 2, 16), D(2018, 2, 18)), span(D(2018, 2, 3), D(2018, 2, 17), "week", ""),
    note="DCT Friday or Saturday: the week before differs [uncertain]")
row("أعلنت الحكومة اليوم أن المفاوضات انتهت", R, day(R), note="اليوم in a sentence")
group("anaphoric expressions need a previous date in the same text: alone they stay unresolved")
none("في اليوم التالي", R, note="anaphoric, no antecedent")
none("في اليوم التالي", None, note="anaphoric, no antecedent, no reference")

# ======================================================================================
section("Days and weekdays")
group("أمس / البارحة / بالأمس / في الأمس = DCT-1, with clitics, diacritics and tatweel")
for expr in ("أمس", "امس", "يوم أمس", "البارحة", "بالأمس", "في الأمس", "وأمس", "وبالأمس", "وفي الأمس",
             "أَمْسِ", "أمـــس", "بالامس", "البارحه", "قال الوزير أمس إن المفاوضات مستمرة"):
    row(expr, R, day(R - ONE), note="DCT-1")
row("أمس", R_MAR1, day(D(2018, 2, 28)), note="DCT-1 across a month boundary")
row("أمس", R_LEAP, day(D(2016, 2, 29)), note="DCT-1 is 29 February in a leap year")
row("بالأمس", R_LEAP, day(D(2016, 2, 29)), note="DCT-1 is 29 February in a leap year")
row("أمس", R_NY, day(D(2018, 12, 31)), note="DCT-1 across a year boundary")
row("البارحة", D(2020, 3, 1), day(D(2020, 2, 29)), note="DCT-1 leap 2020")
row("(أمس)", R, day(R - ONE), note="in parentheses")
row("وذلك أمس، في العاصمة", R, day(R - ONE), note="followed by a comma")
row("غَداً", R, day(R + ONE), note="diacritics")
group("أول أمس / أول من أمس = DCT-2")
for expr in ("أول أمس", "أول من أمس", "اول امس", "وأول أمس", "أول مِن أمس"):
    row(expr, R, day(R - 2 * ONE), note="DCT-2")
row("أول أمس", R_MAR1, day(D(2018, 2, 27)), note="DCT-2 across a month boundary")
row("أول من أمس", R_LEAP, day(D(2016, 2, 28)), note="DCT-2 leap year")
row("أول أمس", D(2019, 1, 1), day(D(2018, 12, 30)), note="DCT-2 across a year boundary")
group("غدا / غداً / غدًا = DCT+1; بعد غد = DCT+2")
for expr in ("غدا", "غداً", "غدًا", "يوم غد", "وغدا", "فغدا", "غـــدا", "صرح بأن الاجتماع سيعقد غدا"):
    row(expr, R, day(R + ONE), note="DCT+1")
row("غدا", R_NYE, day(D(2018, 1, 1)), note="DCT+1 across a year boundary")
row("غداً", D(2016, 2, 28), day(D(2016, 2, 29)), note="DCT+1 leap day")
row("غدًا", D(2018, 2, 28), day(D(2018, 3, 1)), note="DCT+1 across month boundary")
for expr in ("بعد غد", "بعد الغد", "وبعد غد"):
    row(expr, R, day(R + 2 * ONE), note="DCT+2")
row("بعد غد", D(2016, 2, 28), day(D(2016, 3, 1)), note="DCT+2 over a leap day")
row("بعد غد", R_NYE, day(D(2018, 1, 2)), note="DCT+2 across a year boundary")
group("اليوم <weekday> = the DCT (a mismatch is reported in notes, the value stays the DCT)")
row("اليوم الثلاثاء", R, day(R), note="DCT is a Tuesday")
row("اليوم السبت", R_SAT, day(R_SAT), note="DCT is a Saturday")
row("اليوم الجمعة", R_FRI, day(R_FRI), note="DCT is a Friday")
row("اليوم الأربعاء", R, day(R), note="weekday mismatch: still the DCT")

group("أمس / غدا followed by the weekday they name")
row("أمس الاثنين", R, day(D(2018, 2, 12)), note="yesterday, a Monday")
row("أمس الجمعة", R_SAT, day(D(2018, 2, 16)), note="yesterday, a Friday")
row("غدا الأربعاء", R, day(D(2018, 2, 14)), note="tomorrow, a Wednesday")
row("الثلاثاء 13 شباط 2018", None, day(D(2018, 2, 13)), note="weekday + date")
row("يوم الخميس 15 شباط 2018", None, day(D(2018, 2, 15)), note="يوم + weekday + date")
row("الأحد 11/2/2018", None, day(D(2018, 2, 11)), note="weekday + numeric date")
row("الأربعاء 13 شباط 2018", None, day(D(2018, 2, 13)), note="weekday disagreeing with the date: the date")

WD = {MON: ["الاثنين", "الإثنين"], TUE: ["الثلاثاء"], WED: ["الأربعاء", "الاربعاء"], THU: ["الخميس"],
      FRI: ["الجمعة", "الجمعه"], SAT: ["السبت"], SUN: ["الأحد", "الاحد"]}
FEM = {FRI}  # الجمعة is feminine: الجمعة الماضية/المقبلة
group("bare weekday = most recent on or before the DCT (DCT Tue 2018-02-13)")
for wd, names in WD.items():
    for i, n in enumerate(names):
        expr = f"يوم {n}" if i == 0 else n
        row(expr, R, day(on_or_before(R, wd)), note="bare weekday, on/before DCT")
row("الثلاثاء", R, day(R), note="bare weekday equal to the DCT's weekday is the DCT")
row("الخميس", R, day(D(2018, 2, 8)), note="bare weekday")
row("التقى الوزيران يوم الاثنين", R, day(D(2018, 2, 12)), note="past verb: bare weekday")
row("وفي يوم الأحد", R, day(D(2018, 2, 11)), note="clitic وفي + weekday")
row("الخميـــس", R, day(D(2018, 2, 8)), note="tatweel in weekday")
row("الجمعة", R, day(D(2018, 2, 9)), note="bare Friday")
row("بعد غدٍ", R, day(R + 2 * ONE), note="tanween kasra")
row("يوم غدٍ", R, day(R + ONE), note="tanween kasra")
group("bare weekday with a Saturday DCT (2018-02-17) and a Friday DCT (2018-02-16)")
for ref in (R_SAT, R_FRI):
    for wd in (SAT, SUN, THU, FRI):
        row(f"يوم {WD[wd][0]}", ref, day(on_or_before(ref, wd)), note="bare weekday, on/before DCT")
group("<weekday> الماضي = most recent strictly before the DCT")
for ref in (R, R_SAT, R_FRI):
    for wd, names in WD.items():
        adj = "الماضية" if wd in FEM else "الماضي"
        row(f"{names[0]} {adj}", ref, day(strictly_before(ref, wd)), note="weekday strictly before DCT")
row("يوم الجمعة الماضي", R_FRI, day(D(2018, 2, 9)), note="يوم + feminine weekday with masculine adjective")
row("الثلاثاء الفائت", R, day(D(2018, 2, 6)), note="الفائت = الماضي")
row("يوم الثلاثاء الماضي", R, day(D(2018, 2, 6)), note="يوم + weekday + الماضي")
row("«الخميس الماضي»", R, day(D(2018, 2, 8)), note="in quotation marks")
row("الخَمِيس الماضي", R, day(D(2018, 2, 8)), note="diacritics in weekday")
group("weekdays with a Sunday DCT (2017-12-31) and across a year boundary (DCT Tue 2019-01-01)")
row("يوم الأحد", R_NYE, day(D(2017, 12, 31)), note="bare weekday = the DCT")
row("الأحد الماضي", R_NYE, day(D(2017, 12, 24)), note="strictly before")
row("السبت", R_NYE, day(D(2017, 12, 30)), note="bare weekday")
row("الاثنين المقبل", R_NYE, day(D(2018, 1, 1)), note="strictly after, next year")
row("الخميس الماضي", R_NY, day(D(2018, 12, 27)), note="strictly before, previous year")
row("الجمعة المقبلة", R_NY, day(D(2019, 1, 4)), note="strictly after")
row("الاربعاء الماضى", R, day(D(2018, 2, 7)), note="alef and ya variants")
group("<weekday> المقبل / القادم = next strictly after the DCT")
for ref in (R, R_SAT, R_FRI):
    for wd, names in WD.items():
        adj = ("المقبلة" if ref == R else "القادمة") if wd in FEM else ("المقبل" if ref != R_SAT else "القادم")
        row(f"{names[0]} {adj}", ref, day(strictly_after(ref, wd)), note="weekday strictly after DCT")
row("يوم الخميس المقبل", R, day(D(2018, 2, 15)), note="يوم + weekday + المقبل")
row("الثلاثاء القادم", R, day(D(2018, 2, 20)), note="same weekday as DCT: a week later")
row("الأحد القادم", R_NYE, day(D(2018, 1, 7)), note="next Sunday from a Sunday DCT, across year")
row("الخميس الماضي", R_MAR1, day(D(2018, 2, 22)), note="Thursday DCT: the Thursday a week before")
row("الخميس المقبل", R_MAR1, day(D(2018, 3, 8)), note="Thursday DCT: the Thursday a week after")
row("يوم الخميس", R_MAR1, day(R_MAR1), note="Thursday DCT: bare Thursday is the DCT")
group("future tense on the verb (سـ، سوف، من المقرر) makes a bare weekday next on or after the DCT")
row("سيعقد الاجتماع يوم الخميس", R, day(D(2018, 2, 15)), note="future tense: next Thursday")
row("سوف يزور الرئيس دمشق يوم الأحد", R, day(D(2018, 2, 18)), note="سوف: next Sunday")
row("من المقرر أن تبدأ المحادثات يوم الثلاثاء", R, day(R), note="من المقرر: on/after DCT includes DCT")
row("ستنطلق الانتخابات يوم السبت", R_SAT, day(R_SAT), note="future tense on a Saturday DCT: the DCT")
row("سيصل الوفد يوم الجمعة", R_FRI, day(R_FRI), note="future tense on a Friday DCT: the DCT")
row("سيلتقي الوزيران الاثنين", R, day(D(2018, 2, 19)), note="future tense, weekday without يوم")
row("ستجرى الانتخابات يوم الأربعاء", R, day(D(2018, 2, 14)), note="future tense: tomorrow's weekday")
row("وسيعقد المؤتمر يوم السبت", R_FRI, day(D(2018, 2, 17)), note="و + future tense")
group("weeks run Saturday to Friday")
for ref in (R_SAT, R_FRI, R_MAR1, R_NY, R_NYE):  # R: see Relative periods
    cur = week_of(ref)
    row("الأسبوع الماضي", ref, week(cur - 7 * ONE), note="Sat-Fri week before the DCT's")
    row("الأسبوع الجاري", ref, week(cur), note="the DCT's Sat-Fri week")
    row("الأسبوع المقبل", ref, week(cur + 7 * ONE), note="Sat-Fri week after the DCT's")
row("الاسبوع الماضي", R, week(D(2018, 2, 3)), note="alef variant")
row("الأُسْبُوعَ الْمَاضِيَ", R, week(D(2018, 2, 3)), note="diacritics")
row("فالأسبوع الماضي", R, week(D(2018, 2, 3)), note="clitic فـ")

# ======================================================================================
section("Calendar dates")
group("day-first numeric dates and ISO dates")
for expr, d in (("19/2/2018", D(2018, 2, 19)), ("19 / 2 / 2018", D(2018, 2, 19)), ("3-1-2018", D(2018, 1, 3)),
                ("2018-02-19", D(2018, 2, 19)), ("2018/2/19", D(2018, 2, 19)), ("01/03/2018", D(2018, 3, 1)),
                ("1/3/2018", D(2018, 3, 1)), ("31/12/2017", D(2017, 12, 31)), ("29/2/2016", D(2016, 2, 29)),
                ("12/11/2017", D(2017, 11, 12)), ("في 10/2/2018", D(2018, 2, 10)), ("بتاريخ 5-6-2017", D(2017, 6, 5))):
    row(expr, None, day(d), note="numeric date")
row("19/2/2018", R, day(D(2018, 2, 19)), note="numeric date with reference")
row("19-2-2018", None, day(D(2018, 2, 19)), note="numeric date with dashes")
row("19/2/2018م", None, day(D(2018, 2, 19)), note="numeric date + م")
row("2018/02/19", None, day(D(2018, 2, 19)), note="year-first with padding")
group("digits: ASCII, Arabic-Indic and Persian are the same digits")
for expr, d in (("١٩/٢/٢٠١٨", D(2018, 2, 19)), ("۱۹/۲/۲۰۱۸", D(2018, 2, 19)), ("٣-١-٢٠١٨", D(2018, 1, 3)),
                ("٢٠١٨-٠٢-١٩", D(2018, 2, 19)), ("١٣ شباط ٢٠١٨", D(2018, 2, 13)), ("۱۳ فبراير ۲۰۱۸", D(2018, 2, 13)),
                ("٢٨ جمادى الأولى ١٤٣٩ هـ", hijri_day(1439, 5, 28))):
    row(expr, None, day(d), note="non-ASCII digits")
row("عام ٢٠١٧", None, year(2017), note="Arabic-Indic year")
row("سنة ۲۰۱۷", None, year(2017), note="Persian-digit year")
row("قبل ٣ أيام", R, day(R - 3 * ONE), note="Arabic-Indic count")
row("قبل ۳ أيام", R, day(R - 3 * ONE), note="Persian count")
row("منذ ١٠ أيام", R, day(R - 10 * ONE), note="Arabic-Indic two-digit count")
row("منذ ۱۵ يوما", R, day(R - 15 * ONE), note="Persian two-digit count")

SYR = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
       "تشرين الثاني", "كانون الأول"]
EGY = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
ALG = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MOR = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
for label, names, y in (("Syriac", SYR, 2017), ("Egyptian/Gulf", EGY, 2016), ("Maghrebi (Algeria/Tunisia)", ALG, 2019),
                        ("Maghrebi (Morocco)", MOR, 2015)):
    group(f"{label} month names: day month year, and month year")
    for m, name in enumerate(names, 1):
        d = min(m + 9, calendar.monthrange(y, m)[1])
        row(f"{d} {name} {y}", None, day(D(y, m, d)), note=f"{label} month {m}")
        row(f"{name} {y}", None, month(y, m), note=f"{label} month {m}, whole month")
group("spelling variants: hamza/alef forms, ى/ي, ة/ه, numbered Syriac forms")
VARIANTS = [("اذار", 3), ("ايار", 5), ("اب", 8), ("ايلول", 9), ("تشرين الاول", 10), ("كانون الاول", 12),
            ("كانون الثانى", 1), ("كانون ثاني", 1), ("تشرين ثاني", 11), ("تشرين أول", 10),
            ("كانون 2", 1), ("كانون 1", 12), ("تشرين 1", 10), ("تشرين 2", 11),
            ("ابريل", 4), ("إبريل", 4), ("أبريل", 4), ("اغسطس", 8), ("أغسطس", 8), ("اكتوبر", 10),
            ("يونيه", 6), ("يوليه", 7), ("افريل", 4), ("جويليه", 7), ("اوت", 8), ("يوليوز", 7), ("غشت", 8),
            ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
            ("فبرا\u06ccر", 2)]  # the last with a Persian ya (U+06CC)
for name, m in VARIANTS:
    row(f"15 {name} 2018", None, day(D(2018, m, 15)), note=f"variant of month {m}")
row("آب 2014", None, month(2014, 8), note="آب with madda, month year")
row("اب 2014", None, month(2014, 8), note="آب without madda, month year")
row("أغسطس/آب 2014", None, month(2014, 8), note="paired Egyptian/Syriac")
row("شبـــاط 2018", None, month(2018, 2), note="tatweel in month name")
row("شهر شباط 2018", None, month(2018, 2), note="شهر + month year")
row("في شهر آذار", R, month(2018, 3), note="شهر + month alone, window")
row("في شباط", R, month(2018, 2), note="the DCT's month by the window")
row("ايار/مايو 2018", None, month(2018, 5), note="paired, alef without hamza")
row("شباط (فبراير) 2018", None, month(2018, 2), note="paired, Syriac first with parentheses")
row("10 شباط/فبراير", R, day(D(2018, 2, 10)), note="paired, no year: window")
row("أيلول/سبتمبر 2001", None, month(2001, 9), note="paired month")
row("سنة 2017م", None, year(2017), note="سنة + م")
row("5 أذار 2018", None, day(D(2018, 3, 5)), note="آذار misspelt with hamza")
row("١٠ آذار", R, day(D(2018, 3, 10)), note="Arabic-Indic day, window")
group("paired forms")
row("شباط/فبراير 2018", None, month(2018, 2), note="paired month")
row("13 شباط/فبراير 2018", None, day(D(2018, 2, 13)), note="paired day month")
row("13 شباط / فبراير 2018", None, day(D(2018, 2, 13)), note="paired with spaces")
row("فبراير (شباط) 2018", None, month(2018, 2), note="paired with parentheses")
row("13 فبراير (شباط) 2018", None, day(D(2018, 2, 13)), note="paired day, parentheses")
row("3 أبريل نيسان 2019", None, day(D(2019, 4, 3)), note="paired side by side (wire style), with its year")
row("أبريل نيسان 2019", None, month(2019, 4), note="paired side by side, month and year")
row("آذار/مارس 2017", None, month(2017, 3), note="paired month")
row("كانون الثاني/يناير 2018", None, month(2018, 1), note="paired month")
row("5 كانون الثاني/يناير 2018", None, day(D(2018, 1, 5)), note="paired day month")
row("أيلول (سبتمبر) 2016", None, month(2016, 9), note="paired with parentheses")
row("تشرين الأول/أكتوبر 2017", None, month(2017, 10), note="paired month")
row("يونيو/حزيران 2014", None, month(2014, 6), note="paired month, Egyptian first")
group("years need a cue: عام، العام، سنة، م")
for expr, y in (("عام 2017", 2017), ("العام 2017", 2017), ("سنة 2017", 2017), ("2017م", 2017), ("عام 2017م", 2017),
                ("في عام 1990", 1990), ("سنه 2017", 2017), ("خلال عام 2015", 2015), ("في العام 1948", 1948),
                ("وفي عام 2003", 2003), ("2011 م", 2011)):
    row(expr, None, year(y), note="year with a cue")
row("شباط من عام 2018", None, month(2018, 2), note="month of year")
group("Hijri dates (Umm al-Qura)")
HIJ = [("28 جمادى الأولى 1439 هـ", (1439, 5, 28)), ("28 جمادى الاولى 1439 هـ", (1439, 5, 28)),
       ("28 جمادي الأولى 1439هـ", (1439, 5, 28)), ("1 رمضان 1439 هـ", (1439, 9, 1)),
       ("10 ذو الحجة 1438 هـ", (1438, 12, 10)), ("10 ذي الحجة 1438 هـ", (1438, 12, 10)),
       ("15 شعبان 1440 هجري", (1440, 8, 15)), ("12 ربيع الأول 1440 هـ", (1440, 3, 12)),
       ("12 ربيع الاول 1440 هـ", (1440, 3, 12)), ("1 محرم 1440 هـ", (1440, 1, 1)),
       ("27 رجب 1439 هـ", (1439, 7, 27)), ("5 صفر 1439 هـ", (1439, 2, 5)),
       ("20 ربيع الآخر 1439 هـ", (1439, 4, 20)), ("20 ربيع الثاني 1439 هـ", (1439, 4, 20)),
       ("3 جمادى الآخرة 1439 هـ", (1439, 6, 3)), ("3 جمادى الثانية 1439 هـ", (1439, 6, 3)),
       ("9 ذو القعدة 1438 هـ", (1438, 11, 9)), ("17 شوال 1439 هـ", (1439, 10, 17)),
       ("1 شوال 1438 للهجرة", (1438, 10, 1)), ("29 رمضان 1440 هـ", (1440, 9, 29))]
for expr, (y, m, d) in HIJ:
    row(expr, None, day(hijri_day(y, m, d)), note=f"Hijri {y}-{m}-{d}")
assert hijri_day(1439, 5, 28) == D(2018, 2, 14)
row("رمضان 1439 هـ", None, hijri_month(1439, 9), note="Hijri month = its Gregorian interval")
row("شوال 1438 هـ", None, hijri_month(1438, 10), note="Hijri month")
row("محرم 1440 هـ", None, hijri_month(1440, 1), note="Hijri month")
row("ذو الحجة 1439 هـ", None, hijri_month(1439, 12), note="Hijri month crossing into the next Hijri year")
row("1439 هـ", None, hijri_year(1439), note="Hijri year = its Gregorian interval")
row("عام 1440 هـ", None, hijri_year(1440), note="Hijri year")
row("سنة 1438 للهجرة", None, hijri_year(1438), note="Hijri year")
row("1439هـ", None, hijri_year(1439), note="Hijri year, no space")
row("1439 هجرية", None, hijri_year(1439), note="Hijri year, هجرية")
row("الأربعاء 28 جمادى الأولى 1439 هـ", None, day(D(2018, 2, 14)), note="weekday + Hijri date")
row("10 ذو الحجة 1438", None, day(hijri_day(1438, 12, 10)), note="Hijri month name is its own cue")
row("30 رمضان 1439 هـ", None, day(hijri_day(1439, 9, 30)), note="a 30-day Ramadan (Umm al-Qura)")
row("10 ذى الحجة 1438 هـ", None, day(hijri_day(1438, 12, 10)), note="ى in ذى")
row("28 جمادى الأولى 1439 هـ الموافق 14/2/2018", None, day(D(2018, 2, 14)), note="الموافق with a numeric date")
row("شهر رمضان 1439 هـ", None, hijri_month(1439, 9), note="شهر + Hijri month")
group("الموافق joins two renderings of one date: the value is the Gregorian one")
row("28 جمادى الأولى 1439 هـ الموافق 14 شباط 2018", None, day(D(2018, 2, 14)), note="agreeing pair")
row("14 شباط 2018 الموافق 28 جمادى الأولى 1439 هـ", None, day(D(2018, 2, 14)), note="Gregorian first")
row("1 رمضان 1439 هـ الموافق 16 أيار 2018", None, day(hijri_day(1439, 9, 1)), note="agreeing pair")
assert hijri_day(1439, 9, 1) == D(2018, 5, 16)
row("17 شوال 1439 هـ الموافق 1 تموز 2018", None, day(D(2018, 7, 1)), note="agreeing pair")
assert hijri_day(1439, 10, 17) == D(2018, 7, 1)
row("28 جمادى الأولى 1439 هـ الموافق 15 شباط 2018", None, day(D(2018, 2, 15)),
    note="disagreeing pair: the Gregorian value, mismatch in notes")
group("a day and month with no year: the occurrence in [DCT-9 months, DCT+3 months]")
WIN = [(R, "10 آذار", D(2018, 3, 10)), (R, "20 حزيران", D(2017, 6, 20)), (R, "5 أيار", D(2018, 5, 5)),
       (R, "20 أيار", D(2017, 5, 20)), (R, "25 كانون الأول", D(2017, 12, 25)), (R, "1 كانون الثاني", D(2018, 1, 1)),
       (R, "14 شباط", D(2018, 2, 14)), (R, "12 شباط", D(2018, 2, 12)), (R, "15 أيلول", D(2017, 9, 15)),
       (R, "10 نيسان", D(2018, 4, 10)), (R, "في 3 مايو", D(2018, 5, 3)), (R, "في 30 مايو", D(2017, 5, 30)),
       (R, "يوم 19 فبراير", D(2018, 2, 19)), (R, "4 جويلية", D(2017, 7, 4)),
       (R_NY, "25 كانون الأول", D(2018, 12, 25)), (R_NY, "15 آذار", D(2019, 3, 15)), (R_NY, "15 نيسان", D(2018, 4, 15)),
       (R_NY, "31 مارس", D(2019, 3, 31)), (R_NY, "2 أبريل", D(2018, 4, 2)),
       (R_NYE, "15 يناير", D(2018, 1, 15)), (R_NYE, "1 أبريل", D(2017, 4, 1)), (R_NYE, "30 مارس", D(2018, 3, 30)),
       (D(2016, 3, 10), "29 شباط", D(2016, 2, 29)), (R_MAR1, "28 شباط", D(2018, 2, 28)),
       (R_MAR1, "2 حزيران", D(2017, 6, 2)), (R_MAR1, "31 أيار", D(2018, 5, 31))]
for ref, expr, d in WIN:
    assert in_window(ref, d) and not any(in_window(ref, D(d.year + k, d.month, d.day)) for k in (-1, 1)
                                         if calendar.monthrange(d.year + k, d.month)[1] >= d.day), expr
    row(expr, ref, day(d), note="day-month window")
group("a month name alone: the occurrence inside the window")
for ref, expr, (y, m) in ((R, "في آذار", (2018, 3)), (R, "في حزيران", (2017, 6)), (R, "في تشرين الثاني", (2017, 11)),
                          (R, "في كانون الثاني", (2018, 1)), (R, "في آب", (2017, 8)), (R, "في نيسان", (2018, 4)),
                          (R, "خلال يوليو", (2017, 7)), (R_NY, "في مارس", (2019, 3)), (R_NY, "في ديسمبر", (2018, 12)),
                          (R_NY, "في أيار", (2018, 5))):
    row(expr, ref, month(y, m), note="month name alone, window")
group("ordinal days")
ORD = [(R, "العاشر من شباط", D(2018, 2, 10)), (R, "الأول من آذار", D(2018, 3, 1)), (R, "الاول من اذار", D(2018, 3, 1)),
       (None, "الحادي عشر من أيلول 2001", D(2001, 9, 11)), (R, "الثاني والعشرين من شباط", D(2018, 2, 22)),
       (R, "الثاني والعشرين من كانون الأول", D(2017, 12, 22)), (None, "العشرين من آذار 2003", D(2003, 3, 20)),
       (None, "الخامس من حزيران 1967", D(1967, 6, 5)), (None, "الثلاثين من حزيران 2013", D(2013, 6, 30)),
       (None, "الحادي والثلاثين من كانون الأول 2017", D(2017, 12, 31)), (None, "الخامس عشر من أيار 1948", D(1948, 5, 15)),
       (R, "الثالث عشر من شباط", D(2018, 2, 13)), (None, "السادس من أكتوبر 1973", D(1973, 10, 6)),
       (None, "الأول من يناير 2018", D(2018, 1, 1)), (R, "الرابع عشر من تموز", D(2017, 7, 14)),
       (None, "الثاني من آب 1990", D(1990, 8, 2)), (R, "السابع من أبريل", D(2018, 4, 7)),
       (R, "يوم العاشر من شباط", D(2018, 2, 10)), (R, "في التاسع عشر من شباط", D(2018, 2, 19)),
       (None, "الثامن عشر من تشرين الثاني 2017", D(2017, 11, 18)), (R, "السابع عشر من كانون الثاني", D(2018, 1, 17)),
       (None, "الرابع من نوفمبر 2008", D(2008, 11, 4)), (None, "الثالث من جانفي 2019", D(2019, 1, 3))]
for ref, expr, d in ORD:
    row(expr, ref, day(d), note="ordinal day")
group("a day of a relative month")
row("في العاشر من الشهر الجاري", R, day(D(2018, 2, 10)), note="ordinal of the DCT's month")
row("في 5 من الشهر الماضي", R, day(D(2018, 1, 5)), note="day of the previous month")
row("الخامس من الشهر المقبل", R, day(D(2018, 3, 5)), note="ordinal of the next month")
group("counts: number words 1..20, tens, duals, gender and case forms; بضعة / عدة are vague counts")
NUM_DAYS = [("قبل يوم", 1), ("قبل يوم واحد", 1), ("قبل يومين", 2), ("منذ يومين", 2), ("قبل ثلاثة أيام", 3),
            ("قبل أربعة أيام", 4), ("قبل خمسة أيام", 5), ("قبل ستة أيام", 6), ("قبل سبعة أيام", 7),
            ("قبل ثمانية أيام", 8), ("قبل تسعة أيام", 9), ("قبل عشرة أيام", 10), ("قبل أحد عشر يوما", 11),
            ("قبل اثني عشر يوما", 12), ("قبل ثلاثة عشر يوما", 13), ("قبل أربعة عشر يوما", 14),
            ("قبل خمسة عشر يوما", 15), ("قبل ستة عشر يوما", 16), ("قبل سبعة عشر يوما", 17),
            ("قبل ثمانية عشر يوما", 18), ("قبل تسعة عشر يوما", 19), ("قبل عشرين يوما", 20),
            ("منذ واحد وعشرين يوما", 21), ("قبل ثلاثين يوما", 30), ("قبل أربعين يومًا", 40),
            ("قبل 3 أيام", 3), ("قبل 10 أيام", 10), ("قبل ثلاث أيام", 3), ("قبل عشر أيام", 10),
            ("قَبْلَ يَوْمَيْنِ", 2), ("وقبل يومين", 2)]
for expr, n in NUM_DAYS:
    row(expr, R, day(R - n * ONE), note=f"DCT-{n} days")
NUM_YEARS = [("قبل ثلاث سنوات", 3), ("قبل خمس سنوات", 5), ("قبل سبع سنوات", 7), ("قبل ثماني سنوات", 8),
             ("قبل تسع سنوات", 9), ("قبل عشر سنوات", 10), ("قبل إحدى عشرة سنة", 11), ("منذ اثنتي عشرة سنة", 12),
             ("منذ ثلاث عشرة سنة", 13), ("قبل خمس عشرة سنة", 15), ("منذ عشرين عاما", 20), ("قبل عشرين سنة", 20),
             ("قبل ثلاثين عاما", 30), ("منذ أربعين عاما", 40), ("قبل خمسين عاما", 50), ("منذ ستين عاما", 60),
             ("قبل سبعين عاما", 70), ("قبل ثمانين عاماً", 80), ("منذ تسعين عاما", 90),
             ("قبل خمسة وعشرين عاما", 25), ("منذ اثنين وعشرين عاما", 22), ("قبل اثنتين وعشرين سنة", 22),
             ("قبل أربع سنوات", 4), ("قبل ست سنوات", 6), ("قبل ثلاثة أعوام", 3), ("قبل عشرة أعوام", 10)]
for expr, n in NUM_YEARS:
    row(expr, R, year(2018 - n), note=f"the year DCT-{n} years")
row("منذ اثنا عشر شهرا", R, month(2017, 2), note="nominative اثنا عشر: DCT-12 months")
row("قبل ستة أشهر", R, month(2017, 8), note="DCT-6 months")
row("قبل تسعة أشهر", R, month(2017, 5), note="DCT-9 months")
row("قبل أربعة أشهر", R, month(2017, 10), note="DCT-4 months")
row("قبل خمسة أسابيع", R, day(R - 35 * ONE), note="DCT-35 days")
row("قبل ثلاثة أسابيع", R, day(R - 21 * ONE), note="DCT-21 days")
row("قبل 100 عام", R, year(1918), note="three-digit count")
row("منذ 3 أيام", R, day(R - 3 * ONE), note="منذ + digits")
row("قبل عشره أيام", R, day(R - 10 * ONE), note="ة written ه")
row("منذ عدة أيام", R, span(R - 7 * ONE, R - ONE, "day", "PAST_REF"), vague=True, note="عدة = vague count")
row("قبل ايام", R, span(R - 7 * ONE, R - ONE, "day", "PAST_REF"), vague=True, note="alef without hamza")
row("منذ اشهر", R, span(add_months(R, -11), add_months(R, -2) + ONE, "month", "PAST_REF"), vague=True,
    note="alef without hamza")
row("قبل عدة سنوات", R, span(add_years(R, -10), add_years(R, -2) + ONE, "year", "PAST_REF"), vague=True,
    note="عدة = vague count")

# ======================================================================================
section("Relative periods")
group("الشهر / العام / الأسبوع with الماضي، الفائت، المنصرم، السابق / الجاري، الحالي، هذا / المقبل، القادم")
for adj in ("الماضي", "الفائت", "المنصرم", "السابق"):
    row(f"الشهر {adj}", R, month(2018, 1), note="previous month")
    row(f"العام {adj}", R, year(2017), note="previous year")
    row(f"الأسبوع {adj}", R, week(D(2018, 2, 3)), note="previous Sat-Fri week")
for adj in ("الجاري", "الحالي"):
    row(f"الشهر {adj}", R, month(2018, 2), note="the DCT's month")
    row(f"العام {adj}", R, year(2018), note="the DCT's year")
    row(f"الأسبوع {adj}", R, week(D(2018, 2, 10)), note="the DCT's week")
row("هذا الشهر", R, month(2018, 2), note="the DCT's month")
row("هذا العام", R, year(2018), note="the DCT's year")
row("هذا الأسبوع", R, week(D(2018, 2, 10)), note="the DCT's week")
row("هذه السنة", R, year(2018), note="the DCT's year, feminine")
for adj in ("المقبل", "القادم"):
    row(f"الشهر {adj}", R, month(2018, 3), note="next month")
    row(f"العام {adj}", R, year(2019), note="next year")
    row(f"الأسبوع {adj}", R, week(D(2018, 2, 17)), note="next week")
for adj, y in (("الماضية", 2017), ("الفائتة", 2017), ("المنصرمة", 2017), ("السابقة", 2017), ("الجارية", 2018),
               ("الحالية", 2018), ("المقبلة", 2019), ("القادمة", 2019)):
    row(f"السنة {adj}", R, year(y), note="السنة with feminine adjective")
row("الشهر الماضي", D(2018, 1, 10), month(2017, 12), note="previous month across year")
row("الشهر المقبل", D(2018, 12, 20), month(2019, 1), note="next month across year")
row("الشهر الماضي", R_MAR1, month(2018, 2), note="previous month from 1 March")
row("العام الماضي", R_NY, year(2018), note="previous year from 1 January")
row("العام الماضى", R, year(2017), note="ى for ي")
row("في شباط الماضي", R, month(2017, 2), note="في + named month relative")
row("السنه الماضيه", R, year(2017), note="ة written ه")
row("العام المقبل", R_NYE, year(2018), note="next year from 31 December")
row("العام الجاري", R_NYE, year(2017), note="the DCT's year on 31 December")
row("الشهر المقبل", D(2018, 1, 31), month(2018, 2), note="next month from the 31st")
row("منذ أسبوع", R, day(R - 7 * ONE), note="DCT-7 days")
row("بعد 3 أشهر", R, month(2018, 5), note="month holding DCT+3 months")
row("قبل 45 دقيقة", datetime(2018, 3, 1, 0, 10), minute(datetime(2018, 2, 28, 23, 25)), note="minute across midnight and month")
row("قبل ٤٨ ساعة", R_T, hour(datetime(2018, 2, 11, 15, 30)), note="48 hours ago, Arabic-Indic")
row("بعد 24 ساعة", R_T, hour(datetime(2018, 2, 14, 15, 30)), note="24 hours ahead")
row("قبل ثلاث ساعات", R_T, hour(datetime(2018, 2, 13, 12, 30)), note="feminine number word, hours")
row("قبل خمس دقائق", R_T, minute(datetime(2018, 2, 13, 15, 25)), note="feminine number word, minutes")
row("منذ عشرين دقيقة", R_T, minute(datetime(2018, 2, 13, 15, 10)), note="twenty minutes")
row("وفي آذار الماضي", R, month(2017, 3), note="clitic وفي + named month relative")
row("شهر فبراير الماضي", R, month(2017, 2), note="شهر + named month relative")
row("أبريل/نيسان الماضي", R, month(2017, 4), note="paired named month relative")
row("مايو المقبل", R, month(2018, 5), note="named month, next")
row("خلال الأسبوع الماضي", R, week(D(2018, 2, 3)), note="خلال + previous week")
row("والعام الماضي", R, year(2017), note="clitic و")
row("في العام الماضي", R, year(2017), note="في + relative year")
row("وللعام الماضي", R, year(2017), note="clitic ولـ")
row("الشهر الحالى", R, month(2018, 2), note="ى variant")
group("<month> الماضي / الجاري / المقبل: the most recent such month before the DCT's month, the DCT's, the next")
for ref, expr, (y, m) in ((R, "شباط الماضي", (2017, 2)), (R, "كانون الثاني الماضي", (2018, 1)),
                          (R, "آذار المقبل", (2018, 3)), (R, "شباط المقبل", (2019, 2)), (R, "شباط الجاري", (2018, 2)),
                          (R, "فبراير الماضي", (2017, 2)), (R, "ديسمبر الماضي", (2017, 12)), (R, "يناير المقبل", (2019, 1)),
                          (R, "أيلول المقبل", (2018, 9)), (R, "مارس الماضي", (2017, 3)), (R, "نوفمبر الماضي", (2017, 11)),
                          (R, "آب الماضي", (2017, 8)), (R, "أبريل القادم", (2018, 4)), (R, "فيفري الجاري", (2018, 2)),
                          (R_MAR1, "شباط الماضي", (2018, 2)), (R_MAR1, "آذار الجاري", (2018, 3)),
                          (R_MAR1, "نيسان القادم", (2018, 4)), (R_MAR1, "آذار الماضي", (2017, 3)),
                          (R_NY, "ديسمبر الماضي", (2018, 12)), (R_NY, "كانون الثاني الحالي", (2019, 1))):
    row(expr, ref, month(y, m), note="named month relative")
group("<day> <month> الماضي / المقبل: the most recent such day before the DCT, the next after it")
for ref, expr, d in ((R, "9 شباط الماضي", D(2018, 2, 9)), (R, "3 فبراير الماضي", D(2018, 2, 3)),
                     (R, "20 شباط الماضي", D(2017, 2, 20)), (R, "25 شباط المقبل", D(2018, 2, 25)),
                     (R, "28 فبراير القادم", D(2018, 2, 28)), (R, "10 شباط المقبل", D(2019, 2, 10)),
                     (R, "15 كانون الثاني الماضي", D(2018, 1, 15)), (R, "5 آذار المقبل", D(2018, 3, 5))):
    row(expr, ref, day(d), note="day of a named month relative")
group("قبل / منذ N <unit> = the day DCT - N units; hours the hour, minutes the minute; months/years the unit holding it")
for expr, n in (("قبل أسبوع", 1), ("منذ أسبوعين", 2), ("قبل أسبوعين", 2), ("قبل 3 أسابيع", 3)):
    row(expr, R, day(R - 7 * n * ONE), note=f"DCT-{7*n} days")
for ref, expr, (y, m) in ((R, "قبل شهر", (2018, 1)), (R, "قبل شهرين", (2017, 12)), (R, "قبل 3 أشهر", (2017, 11)),
                          (R, "منذ ثلاثة أشهر", (2017, 11)), (R, "قبل ثلاثة شهور", (2017, 11)),
                          (D(2018, 3, 31), "قبل شهر", (2018, 2)), (D(2018, 3, 31), "قبل 3 أشهر", (2017, 12)),
                          (R_NY, "منذ شهر", (2018, 12))):
    row(expr, ref, month(y, m), note="month holding DCT-N months")
for ref, expr, y in ((R, "قبل عام", 2017), (R, "منذ عام", 2017), (R, "قبل سنة", 2017), (R, "قبل عامين", 2016),
                     (R, "قبل سنتين", 2016), (R, "منذ عامين", 2016), (R, "قبل 5 سنوات", 2013), (R, "قبل ٧ أعوام", 2011),
                     (D(2016, 2, 29), "قبل أربع سنوات", 2012), (D(2016, 2, 29), "قبل عام", 2015)):
    row(expr, ref, year(y), note="year holding DCT-N years")
for ref, expr, t in ((R_T, "قبل ساعتين", datetime(2018, 2, 13, 13, 30)), (R_T, "منذ ساعة", datetime(2018, 2, 13, 14, 30)),
                     (R_T, "قبل أربع ساعات", datetime(2018, 2, 13, 11, 30)), (R_T, "قبل 3 ساعات", datetime(2018, 2, 13, 12, 30)),
                     (datetime(2018, 2, 13, 0, 30), "منذ ساعة", datetime(2018, 2, 12, 23, 30)),
                     (R_T, "قبل عشر ساعات", datetime(2018, 2, 13, 5, 30))):
    row(expr, ref, hour(t), note="the hour of reference - N h")
for ref, expr, t in ((R_T, "قبل 20 دقيقة", datetime(2018, 2, 13, 15, 10)), (R_T, "منذ عشر دقائق", datetime(2018, 2, 13, 15, 20)),
                     (R_T, "قبل دقيقتين", datetime(2018, 2, 13, 15, 28)), (R_T, "قبل 45 دقيقة", datetime(2018, 2, 13, 14, 45))):
    row(expr, ref, minute(t), note="the minute of reference - N min")
row("قبل ساعتين", R, span(datetime(2018, 2, 12, 22), datetime(2018, 2, 13, 22), "hour", ""),
    note="date-only reference: time of day unknown [uncertain]")
group("بعد N <unit> = the day DCT + N units")
for expr, n in (("بعد يومين", 2), ("بعد ثلاثة أيام", 3), ("بعد 10 أيام", 10), ("بعد أسبوع", 7), ("بعد أسبوعين", 14),
                ("بعد 3 أسابيع", 21), ("بعد خمسة عشر يوما", 15)):
    row(expr, R, day(R + n * ONE), note=f"DCT+{n} days")
row("بعد يومين", D(2016, 2, 28), day(D(2016, 3, 1)), note="DCT+2 over a leap day")
row("بعد شهرين", R, month(2018, 4), note="month holding DCT+2 months")
row("بعد شهر", R_NYE, month(2018, 1), note="month holding DCT+1 month")
row("بعد عامين", R, year(2020), note="year holding DCT+2 years")
row("بعد سنتين", R, year(2020), note="year holding DCT+2 years")
row("بعد ثلاث سنوات", R, year(2021), note="year holding DCT+3 years")
row("بعد ساعتين", datetime(2018, 2, 13, 23, 15), hour(datetime(2018, 2, 14, 1, 15)), note="hour, across midnight")
row("بعد 30 دقيقة", R_T, minute(datetime(2018, 2, 13, 16, 0)), note="minute")
group("anchored durations: [DCT - N units, end of the DCT's day)")
row("خلال الأربعة أيام الأخيرة", R, span(D(2018, 2, 9), D(2018, 2, 14), "day", "P4D"), note="last 4 days through DCT")
row("الأيام الثلاثة الماضية", R, span(D(2018, 2, 10), D(2018, 2, 14), "day", "P3D"), note="last 3 days through DCT")
row("خلال الأيام الثلاثة الماضية", R_MAR1, span(D(2018, 2, 26), D(2018, 3, 2), "day", "P3D"), note="across month")
row("الـ 24 ساعة الفائتة", R, span(datetime(2018, 2, 12), datetime(2018, 2, 14), "hour", "PT24H"),
    note="date reference: [DCT-24h, DCT+1 day)")
row("خلال الـ24 ساعة الماضية", R, span(datetime(2018, 2, 12), datetime(2018, 2, 14), "hour", "PT24H"),
    note="variant without space")
row("خلال الساعات الـ48 الماضية", R, span(datetime(2018, 2, 11), datetime(2018, 2, 14), "hour", "PT48H"),
    note="48 hours")
row("خلال الأيام السبعة الأخيرة", R, span(D(2018, 2, 6), D(2018, 2, 14), "day", "P7D"), note="last 7 days")
row("خلال العشرة أيام الماضية", R, span(D(2018, 2, 3), D(2018, 2, 14), "day", "P10D"), note="last 10 days")
row("خلال الأيام الخمسة الأخيرة", R_LEAP, span(D(2016, 2, 25), D(2016, 3, 2), "day", "P5D"), note="over a leap day")
row("خلال اليومين الماضيين", R, span(D(2018, 2, 11), D(2018, 2, 14), "day", "P2D"), note="dual, last 2 days")
row("خلال الأسبوعين الماضيين", R, span(D(2018, 1, 30), D(2018, 2, 14), "week", "P2W"), note="dual, last 2 weeks")
row("خلال الشهرين الماضيين", R, span(D(2017, 12, 13), D(2018, 2, 14), "month", "P2M"), note="dual, last 2 months")
row("خلال السنوات الثلاث الماضية", R, span(D(2015, 2, 13), D(2018, 2, 14), "year", "P3Y"), note="last 3 years")
row("خلال الساعات الـ24 الماضية", R, span(datetime(2018, 2, 12), datetime(2018, 2, 14), "hour", "PT24H"),
    note="24 hours after the noun")
group("parts of a month: مطلع/أوائل/بداية 1-10, منتصف 11-20, أواخر/نهاية 21-end (vague)")
for ref, expr, (y, m), part in ((R, "مطلع الشهر", (2018, 2), 0), (R, "مطلع الشهر الجاري", (2018, 2), 0),
                                (R, "منتصف الشهر", (2018, 2), 1), (R, "أواخر الشهر الماضي", (2018, 1), 2),
                                (R, "منتصف الشهر المقبل", (2018, 3), 1), (None, "نهاية شباط 2016", (2016, 2), 2),
                                (R, "أواخر شباط", (2018, 2), 2), (None, "أوائل آذار 2018", (2018, 3), 0),
                                (None, "بداية نيسان 2017", (2017, 4), 0), (None, "منتصف أبريل 2017", (2017, 4), 1),
                                (None, "أواخر ديسمبر 2017", (2017, 12), 2), (None, "نهاية يونيو 2017", (2017, 6), 2),
                                (None, "مطلع أغسطس 2016", (2016, 8), 0), (None, "أواخر فبراير 2020", (2020, 2), 2),
                                (None, "أواخر شباط 2019", (2019, 2), 2),
                                (None, "أواخر جويلية 2019", (2019, 7), 2), (None, "مطلع شتنبر 2015", (2015, 9), 0),
                                (None, "منتصف أيلول 2015", (2015, 9), 1),
                                (None, "أوائل تشرين الأول 2017", (2017, 10), 0), (None, "أواخر نيسان 2017", (2017, 4), 2),
                                (R_NY, "بداية الشهر الجاري", (2019, 1), 0), (R, "في مطلع الشهر الماضي", (2018, 1), 0),
                                (R, "نهاية الشهر", (2018, 2), 2), (R, "أواخر الشهر الجاري", (2018, 2), 2),
                                (R, "منتصف كانون الثاني الماضي", (2018, 1), 1),
                                (R_NYE, "مطلع الشهر المقبل", (2018, 1), 0), (R_NY, "أواخر الشهر الماضي", (2018, 12), 2)):
    s = D(y, m, 1)
    last = D(y, m, calendar.monthrange(y, m)[1]) + ONE
    bounds = [(s, D(y, m, 11)), (D(y, m, 11), D(y, m, 21)), (D(y, m, 21), last)][part]
    row(expr, ref, span(*bounds, "day", f"{y}-{m:02d}"), vague=True, note=f"part {('start', 'mid', 'end')[part]} of month")
group("parts of a year: early Jan-Apr, middle May-Aug, late Sep-Dec (vague)")
for ref, expr, y, part in ((R, "مطلع العام", 2018, 0), (R, "منتصف العام الماضي", 2017, 1), (R, "أواخر العام الماضي", 2017, 2),
                           (None, "أوائل عام 2017", 2017, 0), (None, "بداية عام 2016", 2016, 0),
                           (None, "منتصف عام 2015", 2015, 1), (R, "نهاية العام الجاري", 2018, 2),
                           (None, "أواخر عام 2016", 2016, 2), (R, "مطلع العام المقبل", 2019, 0),
                           (R, "منتصف العام الجاري", 2018, 1), (None, "نهاية عام 2011", 2011, 2), (None, "مطلع 2014", 2014, 0),
                           (R, "أواخر العام", 2018, 2), (R, "منتصف السنة الماضية", 2017, 1),
                           (R, "أوائل العام الجاري", 2018, 0)):
    bounds = [(D(y, 1, 1), D(y, 5, 1)), (D(y, 5, 1), D(y, 9, 1)), (D(y, 9, 1), D(y + 1, 1, 1))][part]
    row(expr, ref, span(*bounds, "month", str(y)), vague=True, note=f"part {('early', 'middle', 'late')[part]} of year")
group("seasons of a named year: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb (vague)")
for ref, expr, y, code in ((None, "صيف 2021", 2021, "SU"), (R, "شتاء العام الماضي", 2017, "WI"),
                           (None, "في ربيع 2019", 2019, "SP"), (None, "فصل الخريف من عام 2018", 2018, "FA")):
    first = {"SP": D(y, 3, 1), "SU": D(y, 6, 1), "FA": D(y, 9, 1), "WI": D(y - 1, 12, 1)}[code]
    row(expr, ref, span(first, add_months(first, 3), "month", f"{y}-{code}"), vague=True, note="season of a year")
none("خلال فصل الصيف", R, note="a season with no year")
group("vague pasts (timex PAST_REF) and futures (FUTURE_REF)")
for ref in (R, R_MAR1):
    for expr in ("قبل أيام", "منذ أيام", "قبل بضعة أيام", "قبل عدة أيام"):
        row(expr, ref, span(ref - 7 * ONE, ref - ONE, "day", "PAST_REF"), vague=True, note="2 to 7 days before DCT")
for expr in ("خلال الأيام الماضية", "في الأيام الأخيرة", "خلال الأيام القليلة الماضية", "وخلال الأيام الماضية"):
    row(expr, R, span(R - 7 * ONE, R + ONE, "day", "PAST_REF"), vague=True, note="last 7 days through DCT")
for expr in ("قبل أشهر", "منذ أشهر", "قبل بضعة أشهر", "قبل عدة أشهر", "قبل شهور"):
    row(expr, R, span(add_months(R, -11), add_months(R, -2) + ONE, "month", "PAST_REF"), vague=True,
        note="2 to 11 months before DCT")
for expr in ("في الأشهر الماضية", "خلال الأشهر الماضية", "خلال الأشهر الأخيرة"):
    row(expr, R, span(add_months(R, -6), R + ONE, "month", "PAST_REF"), vague=True, note="last 6 months through DCT")
for expr in ("قبل سنوات", "منذ سنوات", "قبل أعوام", "قبل بضع سنوات", "في السنوات السابقة", "في السنوات الماضية",
             "خلال السنوات الماضية"):
    row(expr, R, span(add_years(R, -10), add_years(R, -2) + ONE, "year", "PAST_REF"), vague=True,
        note="2 to 10 years before DCT")
for ref in (R, R_MAR1):
    for expr in ("قبل ساعات", "منذ ساعات", "خلال الساعات الفائتة", "خلال الساعات الماضية", "قبل بضع ساعات",
                 "قبل عدة ساعات"):
        row(expr, ref, span(datetime.combine(ref - ONE, datetime.min.time()),
                            datetime.combine(ref + ONE, datetime.min.time()), "hour", "PAST_REF"),
            vague=True, note="the DCT's day and the day before")
for expr in ("خلال الأيام المقبلة", "في الأيام القادمة"):
    row(expr, R, span(R, R + 8 * ONE, "day", "FUTURE_REF"), vague=True, note="future mirror [DCT, DCT+8)")
row("قبل أيام", R_LEAP, span(D(2016, 2, 23), D(2016, 2, 29), "day", "PAST_REF"), vague=True, note="vague past in a leap February")
row("قبل أشهر", R_NY, span(D(2018, 2, 1), D(2018, 11, 2), "month", "PAST_REF"), vague=True, note="2 to 11 months before, year boundary")
row("في الأشهر الماضية", R_NY, span(D(2018, 7, 1), D(2019, 1, 2), "month", "PAST_REF"), vague=True, note="last 6 months")
row("قبل سنوات", R_NY, span(D(2009, 1, 1), D(2017, 1, 2), "year", "PAST_REF"), vague=True, note="2 to 10 years before")
group("approximate counts: نحو N = the value of N, vague; أكثر من N = the N-th and (N+1)-th unit back, vague")
row("قبل نحو ثلاثة أيام", R, span(R - 3 * ONE, R - 2 * ONE, "day", "2018-02-10"), vague=True, note="about three days ago: DCT-3, vague")
row("قبل أكثر من ستة أشهر", R, span(D(2017, 7, 1), D(2017, 9, 1), "month"), vague=True, note="months DCT-7 (July) and DCT-6 (August 2017)")
row("منذ أكثر من عشر سنوات", R, span(D(2007, 1, 1), D(2009, 1, 1), "year"), vague=True, note="years 2007 and 2008")
row("منذ أزيد من شهر", R, span(D(2017, 12, 1), D(2018, 2, 1), "month"), vague=True, note="أزيد من (the Maghrebi press's أكثر من): months DCT-2 (December 2017) and DCT-1 (January 2018)")
dur("أكثر من 13 عاما", "P13Y", "year", note="more than 13 years: the duration, mod MORE_THAN")
group("... after منذ too, and with a phrase of about (ما يقرب من، ما يقارب) or more than (ما يزيد عن)")
row("منذ نحو شهر", R, month(2018, 1), vague=True, note="about a month ago: January 2018, vague")
row("منذ حوالي ثلاثة أسابيع", R, span(R - 21 * ONE, R - 20 * ONE, "day", "2018-01-23"), vague=True, note="about three weeks ago: DCT-21, vague")
row("منذ ما يقرب من أسبوع", R, span(R - 7 * ONE, R - 6 * ONE, "day", "2018-02-06"), vague=True, note="about a week ago: DCT-7, vague")
row("قبل ما يقارب عامين", R, year(2016), vague=True, note="about two years ago: 2016, vague")
row("منذ ما يزيد عن أسبوع", R, span(R - 14 * ONE, R - 6 * ONE, "day"), vague=True, note="more than a week ago: the 2nd and 1st week back, DCT-14..DCT-7")

# ======================================================================================
section("Parts of the day")
PARTS = {"فجر": (4, 7, "TMO"), "صباح": (6, 12, "TMO"), "ظهر": (11, 14, "TAF"), "عصر": (12, 18, "TAF"),
         "بعد ظهر": (12, 18, "TAF"), "مساء": (18, 24, "TEV")}
group("part of day + a day word")
for word, (h0, h1, tx) in PARTS.items():
    for dword, d in (("اليوم", R), ("أمس", R - ONE)):
        row(f"{word} {dword}", R, span(at(d, h0), at(d, h1), "hour", f"{d.isoformat()}{tx}"), note=f"{word} of a day")
for expr, d, part in (("فجر يوم السبت", D(2018, 2, 10), "فجر"), ("صباح الغد", R + ONE, "صباح"), ("صباح غد", R + ONE, "صباح"),
                      ("صباح يوم الخميس", D(2018, 2, 8), "صباح"), ("بعد ظهر الأحد", D(2018, 2, 11), "بعد ظهر"),
                      ("مساء الخميس", D(2018, 2, 8), "مساء"), ("مساء البارحة", R - ONE, "مساء"),
                      ("مساء الثلاثاء", R, "مساء"), ("مساء 12 شباط 2018", D(2018, 2, 12), "مساء"),
                      ("صباح 1 آذار 2018", D(2018, 3, 1), "صباح"), ("مساءَ أمس", R - ONE, "مساء"),
                      ("عصر يوم الجمعة", D(2018, 2, 9), "عصر"), ("ظهر الأربعاء", D(2018, 2, 7), "ظهر")):
    h0, h1, tx = PARTS[part]
    row(expr, R, span(at(d, h0), at(d, h1), "hour", f"{d.isoformat()}{tx}"), note=f"{part} of a day")
row("مساء أمس", R_LEAP, span(at(D(2016, 2, 29), 18), at(D(2016, 3, 1), 0), "hour", "2016-02-29TEV"), note="leap day evening")
row("فجر اليوم الثلاثاء", R, span(at(R, 4), at(R, 7), "hour", "2018-02-13TMO"), note="dawn of today, named")
row("صباح أمس الاثنين", R, span(at(R - ONE, 6), at(R - ONE, 12), "hour", "2018-02-12TMO"), note="morning of yesterday, named")
row("مساء الأحد الماضي", R, span(at(D(2018, 2, 11), 18), at(D(2018, 2, 12), 0), "hour", "2018-02-11TEV"),
    note="evening of last Sunday")
row("صباح الثلاثاء", R, span(at(R, 6), at(R, 12), "hour", "2018-02-13TMO"), note="morning of the DCT's weekday")
row("صباح اليوم الثلاثاء", R, span(at(R, 6), at(R, 12), "hour", "2018-02-13TMO"), note="morning of today, named")
row("فجر الجمعة", R, span(at(D(2018, 2, 9), 4), at(D(2018, 2, 9), 7), "hour", "2018-02-09TMO"), note="dawn of a weekday")
row("ظهر يوم الجمعة", R, span(at(D(2018, 2, 9), 11), at(D(2018, 2, 9), 14), "hour", "2018-02-09TAF"), note="noon of a weekday")
row("عصر الخميس", R, span(at(D(2018, 2, 8), 12), at(D(2018, 2, 8), 18), "hour", "2018-02-08TAF"), note="afternoon of a weekday")
group("ليل / ليلة: 18:00 to 06:00 of the next day")
for expr, ref, d in (("ليل أمس", R, R - ONE), ("ليلة أمس", R, R - ONE), ("ليله أمس", R, R - ONE), ("ليل أمس", R_MAR1, D(2018, 2, 28)),
                     ("ليلة أمس", R_NY, D(2018, 12, 31)), ("وليل أمس", R, R - ONE)):
    row(expr, ref, span(at(d, 18), at(d + ONE, 6), "hour", f"{d.isoformat()}TNI"), note="night of a day")
for expr, ref, d in (("ليل الأحد - الاثنين", R, D(2018, 2, 11)), ("ليل الأحد-الاثنين", R, D(2018, 2, 11)),
                     ("ليل الجمعة - السبت", R, D(2018, 2, 9)), ("ليلة الاثنين - الثلاثاء", R, D(2018, 2, 12)),
                     ("ليل الخميس - الجمعة", R_SAT, D(2018, 2, 15)),
                     # no dash between the two consecutive weekdays
                     ("ليلة الأحد الاثنين", R, D(2018, 2, 11)), ("ليل الثلاثاء الأربعاء", R_SAT, D(2018, 2, 13)),
                     # "إلى" / "على" between them
                     ("ليلة الجمعة إلى السبت", R, D(2018, 2, 9)), ("ليل الأحد على الاثنين", R, D(2018, 2, 11))):
    row(expr, ref, span(at(d, 18), at(d + ONE, 6), "hour", ""), note="night between two weekdays")
group("clock times")
for expr, h, ref in (("الساعة الخامسة مساء", 17, R), ("الساعة الخامسة مساءً", 17, R), ("الساعه الخامسه مساء", 17, R),
                     ("الساعة الثامنة صباحا", 8, R), ("الساعة العاشرة ليلا", 22, R), ("الساعة الثالثة عصرا", 15, R),
                     ("الساعة الواحدة ظهرا", 13, R), ("الساعة 8 مساء", 20, R), ("الساعة الحادية عشرة صباحا", 11, R),
                     ("الساعة الثانية بعد الظهر", 14, R), ("الساعة السابعة صباح اليوم", 7, R),
                     ("الساعة الخامسة مساء", 17, datetime(2018, 2, 13, 10, 0)), ("الساعة التاسعة مساء", 21, R_NY)):
    d = ref.date() if isinstance(ref, datetime) else ref
    row(expr, ref, hour(at(d, h)), note="clock hour on the DCT")
for expr, (h, mi), ref in (("الساعة 5:45", (5, 45), R), ("05:45", (5, 45), R), ("الساعة ٥:٤٥", (5, 45), R),
                           ("الساعة 17:30", (17, 30), R), ("١٧:٣٠", (17, 30), R), ("الساعة 23:15", (23, 15), R),
                           ("الساعة 5:45", (5, 45), datetime(2018, 2, 13, 10, 0)), ("الساعة ۰۹:۱۵", (9, 15), R)):
    d = ref.date() if isinstance(ref, datetime) else ref
    row(expr, ref, minute(at(d, h, mi)), note="clock minute on the DCT")
row("أمس الساعة الثالثة عصرا", R, hour(at(R - ONE, 15)), note="clock after a day word")
row("12 شباط 2018 الساعة 10:30", None, minute(at(D(2018, 2, 12), 10, 30)), note="clock after a date")
row("يوم الخميس الساعة 9 صباحا", R, hour(at(D(2018, 2, 8), 9)), note="clock after a weekday")
row("الساعة الرابعة من فجر اليوم", R, hour(at(R, 4)), note="clock + من فجر اليوم")
row("أمس بعد الظهر", R, span(at(R - ONE, 12), at(R - ONE, 18), "hour", "2018-02-12TAF"), note="بعد الظهر after a day word")
row("بعد ظهر يوم الجمعة", R, span(at(D(2018, 2, 9), 12), at(D(2018, 2, 9), 18), "hour", "2018-02-09TAF"),
    note="بعد ظهر + يوم + weekday")
row("الساعة ١٠:٣٠ صباحا", R, minute(at(R, 10, 30)), note="Arabic-Indic clock, AM")
row("الساعة 10:30 مساء", R, minute(at(R, 22, 30)), note="PM sets 22:30")
row("الساعة 11 ليلا", R, hour(at(R, 23)), note="ليلا sets PM")
row("الساعة الثانية عشرة ظهرا", R, hour(at(R, 12)), note="noon")
row("في الساعة الخامسة من مساء أمس", R, hour(at(R - ONE, 17)), note="clock + من مساء + day word")
row("الساعة الخامسة من مساء يوم الخميس", R, hour(at(D(2018, 2, 8), 17)), note="clock + من مساء + weekday")
row("عند الساعة 10 من صباح اليوم", R, hour(at(R, 10)), note="clock + من صباح اليوم")
row("الساعة 00:30", R, minute(at(R, 0, 30)), note="just after midnight")
row("في تمام الساعة العاشرة صباحا", R, hour(at(R, 10)), note="تمام + clock")

# ======================================================================================
section("Ranges, durations, decades")
group("ranges")
for expr, ref, s, e, g in (("من 10 الى 15 شباط 2018", None, D(2018, 2, 10), D(2018, 2, 16), "day"),
                           ("بين 3 و5 آذار", R, D(2018, 3, 3), D(2018, 3, 6), "day"),
                           ("بين 3 و 5 آذار 2018", None, D(2018, 3, 3), D(2018, 3, 6), "day"),
                           ("من كانون الثاني حتى آذار 2017", None, D(2017, 1, 1), D(2017, 4, 1), "month"),
                           ("من يناير إلى مارس 2017", None, D(2017, 1, 1), D(2017, 4, 1), "month"),
                           ("بين عامي 2011 و2014", None, D(2011, 1, 1), D(2015, 1, 1), "year"),
                           ("بين عامي ٢٠١١ و٢٠١٤", None, D(2011, 1, 1), D(2015, 1, 1), "year"),
                           ("من عام 2011 إلى عام 2014", None, D(2011, 1, 1), D(2015, 1, 1), "year"),
                           ("من 28 شباط إلى 2 آذار 2018", None, D(2018, 2, 28), D(2018, 3, 3), "day"),
                           ("من 28 شباط 2016 إلى 1 آذار 2016", None, D(2016, 2, 28), D(2016, 3, 2), "day"),
                           ("من 30 كانون الأول 2017 إلى 2 كانون الثاني 2018", None, D(2017, 12, 30), D(2018, 1, 3), "day"),
                           ("بين 10 و12 يناير 2018", None, D(2018, 1, 10), D(2018, 1, 13), "day"),
                           ("من 10/2/2018 إلى 15/2/2018", None, D(2018, 2, 10), D(2018, 2, 16), "day"),
                           ("من 20 إلى 25 تموز 2017", None, D(2017, 7, 20), D(2017, 7, 26), "day"),
                           ("من 10 إلى 15 شباط", R, D(2018, 2, 10), D(2018, 2, 16), "day"),
                           ("بين 28 شباط و2 آذار 2018", None, D(2018, 2, 28), D(2018, 3, 3), "day"),
                           ("من 10 شباط إلى 15 آذار 2018", None, D(2018, 2, 10), D(2018, 3, 16), "day"),
                           ("من كانون الثاني 2017 حتى آذار 2018", None, D(2017, 1, 1), D(2018, 4, 1), "month"),
                           ("بين عامي 2011 و 2014", None, D(2011, 1, 1), D(2015, 1, 1), "year"),
                           ("من 1 إلى 5 جوان 2019", None, D(2019, 6, 1), D(2019, 6, 6), "day"),
                           ("بين 20 و25 مارس", R, D(2018, 3, 20), D(2018, 3, 26), "day"),
                           ("من 1 حتى 7 آب 2014", None, D(2014, 8, 1), D(2014, 8, 8), "day"),
                           # days of the reference's month
                           ("من 9 إلى 12 من الشهر الجاري", R, D(2018, 2, 9), D(2018, 2, 13), "day"),
                           ("بين 5 و9 من الشهر الجاري", R, D(2018, 2, 5), D(2018, 2, 10), "day")):
        row(expr, ref, span(s, e, g, ""), note="range, end inclusive")
group("منذ <date> = from the date to the DCT; حتى <date> = up to it (the date's interval)")
row("منذ 10 شباط", R, span(D(2018, 2, 10), D(2018, 2, 14), "day", ""), note="since a day, through DCT")
row("منذ 1 كانون الثاني 2018", R, span(D(2018, 1, 1), D(2018, 2, 14), "day", ""), note="since a day")
row("منذ عام 2011", R, span(D(2011, 1, 1), D(2018, 2, 14), "year", ""), note="since a year")
row("منذ شباط 2017", R, span(D(2017, 2, 1), D(2018, 2, 14), "month", ""), note="since a month")
row("منذ 19/1/2018", R, span(D(2018, 1, 19), D(2018, 2, 14), "day", ""), note="since a numeric date")
row("ومنذ عام 2011", R, span(D(2011, 1, 1), D(2018, 2, 14), "year", ""), note="since a year, clitic و")
row("منذ التسعينيات", R, span(D(1990, 1, 1), D(2018, 2, 14), "decade", ""), note="since a decade")
row("منذ الخميس الماضي", R, span(D(2018, 2, 8), D(2018, 2, 14), "day", ""), note="since a weekday")
row("حتى الخميس المقبل", R, day(D(2018, 2, 15)), note="until a weekday")
row("حتى 20 شباط 2018", R, day(D(2018, 2, 20)), timex=None, note="until: the date's interval")
row("حتى عام 2020", R, year(2020), note="until a year")
row("حتى 31 آذار 2018", None, day(D(2018, 3, 31)), note="until a day")
group("unanchored durations")
for expr, iso_d, g in (("استمرت المعارك ثلاثة أيام", "P3D", "day"), ("على مدى 3 أشهر", "P3M", "month"),
                       ("لمدة 24 ساعة", "PT24H", "hour"), ("لمدة يومين", "P2D", "day"), ("يومان", "P2D", "day"),
                       ("عشرة أيام", "P10D", "day"), ("خمس سنوات", "P5Y", "year"), ("لمدة ساعتين", "PT2H", "hour"),
                       ("عشر دقائق", "PT10M", "minute"), ("لمدة أسبوعين", "P2W", "week"), ("ثلاثة أسابيع", "P3W", "week"),
                       ("عامين", "P2Y", "year"), ("سنتين", "P2Y", "year"), ("ثلاث ساعات", "PT3H", "hour"),
                       ("عشرين عاما", "P20Y", "year"), ("اثنا عشر شهرا", "P12M", "month"), ("ولمدة ثلاثة أيام", "P3D", "day"),
                       ("لمدة ساعة", "PT1H", "hour"), ("لمدة شهر", "P1M", "month"), ("لمدة عام", "P1Y", "year"),
                       ("لمدة سنة", "P1Y", "year"), ("لمدة ثلاثين يوما", "P30D", "day")):
    dur(expr, iso_d, g, ref=R, note="duration")
group("decades")
for expr, y0, ref in (("التسعينيات", 1990, R), ("التسعينات", 1990, R), ("في التسعينيات", 1990, R),
                      ("ثمانينيات القرن الماضي", 1980, R), ("ثمانينات القرن الماضي", 1980, R),
                      ("السبعينيات", 1970, R), ("الستينيات", 1960, R), ("خمسينيات القرن الماضي", 1950, R),
                      ("ثمانينيات القرن العشرين", 1980, None), ("تسعينيات القرن العشرين", 1990, None),
                      ("الثمانينات", 1980, R), ("خلال السبعينات", 1970, R), ("عقد التسعينيات", 1990, R), ("في الثمانينيات من القرن الماضي", 1980, R),
                      ("الستينات", 1960, R)):
    row(expr, ref, decade(y0), note="decade")

# ======================================================================================
section("Not a temporal expression")
group("month and weekday words in another sense, counts, impossible dates, prose")
for expr in ("مارس الضغط على الحكومة", "مارس الرئيس ضغوطا كبيرة", "سيارة نيسان", "اشترى سيارة نيسان جديدة",
             "شركة نيسان اليابانية", "بين الاثنين", "الخلاف بين الاثنين", "أحد المقاتلين", "قال أحد المسؤولين",
             "الماء", "انقطع الماء عن المدينة", "قتل 2018 شخصا", "أصيب 1990 شخصا", "اعتقل ٢٠١٧ شخصا",
             "المادة 2017 من القانون", "ذهب الطلاب إلى المدرسة", "تحدث الوزير عن الاقتصاد",
             "قال أب الضحية", "اشترى ساعة جديدة", "قبل الاجتماع", "ثلاثة جنود", "عشرة أشخاص",
             "أمسية شعرية", "الصحف اليومية", "الطراز الأحدث", "الجمعية العامة", "مارسيليا", "حفر الآبار",
             "يمارس الرياضة", "تناول المايونيز", "يعمل يوميا", "يجتمعون أسبوعيا", "يدفع شهريا", "يزوره سنويا",
             "الرأي العام", "الأمين العام", "الوضع الحالي", "شهر العسل", "أهل السنة", "وقع الاثنان",
             "وصل الوفد ليلا", "عشرين شخصا", "قبل الانتخابات", "بشكل عام", "قتل 25 شخصا", "الساعة 25:70",
             "أمسك اللاعب الكرة", "أمسى الوضع صعبا", "تناول الغداء", "مساءلة الحكومة", "ظهر الرئيس في التلفزيون",
             "عصر النهضة", "قال الشيخ صباح الأحمد", "فجر انتحاري نفسه", "قالت ليلى"):
    none(expr, R, note="not temporal")
for expr, ref in (("31 شباط 2018", None), ("30 فبراير 2018", None), ("29 شباط 2017", None), ("31 نيسان 2018", None),
                  ("31/4/2018", None), ("29/2/2019", None), ("30 فيفري 2018", R), ("31 يونيو 2017", None),
                  ("32 كانون الثاني 2018", None), ("29 شباط", R), ("الحادي والثلاثين من شباط 2018", None),
                  ("31/11/2017", None), ("0/1/2018", None), ("13/13/2018", None), ("30 صفر 1439 هـ", None)):
    none(expr, ref, note="impossible date")

# ======================================================================================
section("Settings")
group("prefer='future': bare weekdays next on/after the DCT, day-month window [DCT-3 months, DCT+9 months]")
for expr, d in (("الخميس", D(2018, 2, 15)), ("يوم الثلاثاء", R), ("السبت", D(2018, 2, 17)), ("الإثنين", D(2018, 2, 19)),
                ("20 حزيران", D(2018, 6, 20)), ("10 كانون الأول", D(2017, 12, 10)), ("5 تشرين الثاني", D(2018, 11, 5)),
                ("20 تشرين الثاني", D(2017, 11, 20)), ("15 أيلول", D(2018, 9, 15)), ("10 آذار", D(2018, 3, 10))):
    if "/" not in expr and any(c.isdigit() for c in expr):
        assert in_window(R, d, "future"), expr
    row(expr, R, day(d), prefer="future", note="prefer future")
for expr, (y, m) in (("في حزيران", (2018, 6)), ("في آب", (2018, 8)), ("في كانون الثاني", (2018, 1)), ("في أيلول", (2018, 9))):
    row(expr, R, month(y, m), prefer="future", note="prefer future, month alone")
row("الخميس", R_MAR1, day(R_MAR1), prefer="future", note="prefer future on a Thursday DCT: the DCT")
row("الأربعاء", R_MAR1, day(D(2018, 3, 7)), prefer="future", note="prefer future: next Wednesday")
row("الخميس الماضي", R, day(D(2018, 2, 8)), prefer="future", note="explicit الماضي wins over the setting")
row("أمس", R, day(D(2018, 2, 12)), prefer="future", note="prefer does not change relative days")
row("الخميس", R_SAT, day(D(2018, 2, 15)), prefer="past", note="explicit prefer=past")

# ======================================================================================
# Issue 11: whole expressions, new families. Values from calendar arithmetic and hijridate.
section("The anchor")
group("resolve() reads a whole expression: filler words (في، يوم، شهر، بتاريخ، في هذا ...) add nothing")
row("في يوم 19 شباط 2018", None, day(D(2018, 2, 19)), note="fillers في and يوم")
row("بتاريخ 19/2/2018", None, day(D(2018, 2, 19)), note="filler بتاريخ")
row("في هذا اليوم", R, day(R), note="هذا اليوم is today")
group("anything else left over gives None (extract() reads running text)")
for expr in ("أمس واليوم", "10 شباط أو 11 شباط", "الخميس والجمعة", "يوم قبل أمس بقليل", "قبل 72 ساعة من الموعد",
             "بعد ثلاثة أيام من الحادثة"):
    none(expr, R, note="partial: more than the expression")

section("Days and weekdays")
group("dialect and colloquial forms (lang/ar_dialects.py)")
for expr, off in (("بكرة", 1), ("بكرا", 1), ("امبارح", -1), ("النهاردة", 0), ("بعد بكرة", 2), ("قبل امبارح", -2),
                  ("اليوم اللي بعد بكرة", 2), ("يوم قبل أمس", -2), ("قبل أمس", -2), ("اليوم القبل البارحة", -2)):
    row(expr, R, day(R + timedelta(days=off)), note="dialect / colloquial relative day")
row("الأسبوع الجاي", R, week(week_of(R) + timedelta(days=7)), note="الجاي = next")
row("الشهر اللي فات", R, month(2018, 1), note="اللي فات = last")
group("now: the reference (its minute when it has a time, else its day), TIMEX3 PRESENT_REF")
row("الآن", R, day(R), timex="PRESENT_REF", note="now, date reference")
row("حاليا", R, day(R), timex="PRESENT_REF", note="currently")
row("في هذه اللحظة", datetime(2018, 2, 13, 15, 30), minute(datetime(2018, 2, 13, 15, 30)), timex="PRESENT_REF",
    note="now, datetime reference: the minute")
group("اليوم الماضي / المنصرم = yesterday; اليوم السابق alone = yesterday")
for expr in ("اليوم السابق", "اليوم المنصرم", "اليوم الماضي"):
    row(expr, R, day(R - ONE), note="the previous day")
group("a weekday of a relative week (Saturday-to-Friday weeks)")
row("أحد الأسبوع الماضي", R, day(week_of(R) - timedelta(days=7) + timedelta(days=(SUN - SAT) % 7)), note="Sunday of last week")
row("الاثنين من هذا الأسبوع", R, day(week_of(R) + timedelta(days=(MON - SAT) % 7)), note="Monday of this week")
row("الأسبوع المقبل يوم الجمعة", R, day(week_of(R) + timedelta(days=7 + (FRI - SAT) % 7)), note="Friday of next week")
row("ثلاثاء الأسبوع الفائت", R, day(week_of(R) - timedelta(days=7) + timedelta(days=(TUE - SAT) % 7)), note="Tuesday of last week")
group("direction from the clause: a future marker up to ten words before; a weekday joined to a future date")
row("من المقرر أن يصوت المجلس على القانون يوم الاثنين", R, day(on_or_after(R, MON)), note="future clause")
row("الأربعاء في الرابع من نيسان المقبل", R, day(D(2018, 4, 4)), note="weekday joined to a future date")

section("Calendar dates")
group("a weekday (or اليوم + weekday) with a date: the stated date")
row("اليوم الخميس 15 شباط", R, day(D(2018, 2, 15)), note="the stated date wins over اليوم")
row("الأحد (11 شباط)", R, day(D(2018, 2, 11)), note="date in brackets after the weekday")
group("ordinal days of a month, غرة (the first day)")
row("الأول من شهر آذار", R, day(D(2018, 3, 1)), note="ordinal, من شهر")
row("اليوم الأول من الشهر", R, day(D(2018, 2, 1)), note="the first of the DCT's month")
assert in_window(R, D(2017, 10, 3))
row("اليوم الثالث من شهر عشرة", R, day(D(2017, 10, 3)), note="month by number, placed in the window")
row("غرة رجب 1447 هـ", None, day(hijri_day(1447, 7, 1)), note="غرة = 1 Rajab")
row("غرة رمضان 1439 هـ", None, day(hijri_day(1439, 9, 1)), note="غرة = 1 Ramadan")
group("Hijri months with a direction, counted from the DCT's Hijri month (27 Jumada I 1439)")
assert (hijri_day(1439, 5, 27), hijri_day(1439, 5, 28)) == (R, R + ONE)
row("رمضان الماضي", R, hijri_month(1438, 9), note="past Ramadan")
row("رمضان المقبل", R, hijri_month(1439, 9), note="next Ramadan")
row("شوال المقبل", R, hijri_month(1439, 10), note="next Shawwal")
row("جمادى الأولى الجاري", R, hijri_month(1439, 5), note="the current Hijri month")
row("محرم الماضي", R, hijri_month(1439, 1), note="past Muharram, earlier this Hijri year")
group("numeric and mixed forms")
row("22/4", R, day(D(2018, 4, 22)), note="day/month, placed in the window")
row("4-2015", None, month(2015, 4), note="month-year")
row("2015/3", None, month(2015, 3), note="year/month")
row("3/2015", None, month(2015, 3), note="month/year")
row("16. تشرين الثاني. 2016", None, day(D(2016, 11, 16)), note="dots between the parts")
row("2/ أكتوبر", R, day(D(2017, 10, 2)), note="day/ month name")
row("يناير الثاني والعشرين، 2018", None, day(D(2018, 1, 22)), note="month first, ordinal day, year")
row("الاثنين، يناير الثاني والعشرين، 2018", None, day(D(2018, 1, 22)), note="weekday, month first")
group("spelled-out years")
row("عام ألفين وتسعة عشر", None, year(2019), note="2019 in words")
row("عام ألف وتسعمائة وواحد وتسعين", None, year(1991), note="1991 in words")
row("سبتمبر 10، ألف وتسعمائة وواحد", None, day(D(1901, 9, 10)), note="1901 in words")
row("العاشر من سبتمبر، ألفين", None, day(D(2000, 9, 10)), note="2000 in words")

section("Relative periods")
group("parts of Hijri months and years, on the Hijri calendar")
s_ = hijri_day(1439, 9, 1)
row("مطلع رمضان 1439 هـ", None, span(s_, s_ + timedelta(days=10), "day"), vague=True, note="days 1-10 of Ramadan")
row("أواخر رمضان 1439 هـ", None, span(hijri_day(1439, 9, 21), hijri_day(1439, 10, 1), "day"), vague=True,
    note="day 21 to the end of Ramadan")
row("منتصف عام 1439 هـ", None, span(hijri_day(1439, 5, 1), hijri_day(1439, 9, 1), "month"), vague=True,
    note="Hijri months 5-8")
group("blocks of a month or year: first / last days, weeks, ten days, months")
row("الأيام الأولى من الشهر الجاري", R, span(D(2018, 2, 1), D(2018, 2, 11), "day", "2018-02"), vague=True,
    note="as مطلع: days 1-10")
row("الأيام الأخيرة من الشهر الماضي", R, span(D(2018, 1, 21), D(2018, 2, 1), "day", "2018-01"), vague=True,
    note="as أواخر: day 21 to the end; not the last seven days")
row("الأسبوع الثاني من أكتوبر 2020", None, span(D(2020, 10, 8), D(2020, 10, 15), "day", "2020-10-08/2020-10-14"),
    vague=True, note="days 8-14 of the month")
row("الأسبوع الأخير من أكتوبر 2020", None, span(D(2020, 10, 25), D(2020, 11, 1), "day", "2020-10-25/2020-10-31"),
    vague=True, note="the month's last seven days")
s_, e_ = hijri_day(1439, 10, 1) - timedelta(days=10), hijri_day(1439, 10, 1)
row("العشر الأواخر من رمضان 1439 هـ", None,
    span(s_, e_, "day", f"{s_.isoformat()}/{(e_ - ONE).isoformat()}"), note="the last ten days of Ramadan")
s_ = hijri_day(1439, 12, 1)
row("العشر الأوائل من ذي الحجة 1439 هـ", None,
    span(s_, s_ + timedelta(days=10), "day", f"{s_.isoformat()}/{(s_ + timedelta(days=9)).isoformat()}"),
    note="the first ten days of Dhu al-Hijja")
row("اليوم الأخير من العام الماضي", R, day(D(2017, 12, 31)), note="the year's last day")
row("آخر يوم في شهر يونيو 2019", None, day(D(2019, 6, 30)), note="the month's last day")
row("أول يوم من أكتوبر 2020", None, day(D(2020, 10, 1)), note="the month's first day")
row("الأيام الثلاثة الأخيرة من العام", R, span(D(2018, 12, 29), D(2019, 1, 1), "day", "2018-12-29/2018-12-31"),
    note="a counted block at the year's end")
row("الأشهر الثلاثة الأولى من العام", R, span(D(2018, 1, 1), D(2018, 4, 1), "month", "2018-01-01/2018-03-31"),
    note="January-March")
row("الأشهر الستة الأخيرة من عام 2019", None, span(D(2019, 7, 1), D(2020, 1, 1), "month", "2019-07-01/2019-12-31"),
    note="July-December")

section("Parts of the day")
group("A.M./P.M. marks and spelled clock times")
row("الساعة 3:15 م", R, minute(at(R, 15, 15)), note="م = P.M.")
row("10:40 ص", R, minute(at(R, 10, 40)), note="ص = A.M.")
row("الساعة 10:40 م", R, minute(at(R, 22, 40)), note="م = P.M.")
row("الساعة ثلاثة الصبح", R, hour(at(R, 3)), note="cardinal hour, الصبح")
row("الساعة الثالثة وربع العصر", R, minute(at(R, 15, 15)), note="quarter past, afternoon")
row("الساعة 3 و 18 دقيقة صباحا", R, minute(at(R, 3, 18)), note="minutes after the hour")

group("after midnight: the small hours; after a night (ليل/ليلة X, 18:00-06:00 of X+1) a small hour is on X+1")
row("الساعة الواحدة بعد منتصف الليل", R, hour(at(R, 1)), note="01:00, on the DCT")
_sun = on_or_before(R, SUN)  # bare weekday: Sunday 11 February
row("ليلة الأحد الساعة الواحدة بعد منتصف الليل", R, hour(at(_sun + ONE, 1)), note="the morning after Sunday: Monday 01:00")
row("ليلة الأحد الساعة العاشرة مساء", R, hour(at(_sun, 22)), note="the night's own evening: Sunday 22:00")

section("Ranges, durations, decades")
group("ranges whose ends are relative days or parts of days (منذ ... إلى حدود ...)")
row("منذ أمس إلى حدود فجر اليوم", R, span(at(R - ONE, 0), at(R, 7), "day"), note="start of DCT-1 to the end of the DCT's dawn (07:00)")
row("من مساء أمس حتى صباح اليوم", R, span(at(R - ONE, 18), at(R, 12), "hour"), note="DCT-1 18:00 to DCT 12:00")
group("before a dated year or day: the open range before its start (TIMEX3 the anchor, mod BEFORE)")
row("قبل عام 2040", None, span(D(1, 1, 1), D(2040, 1, 1), "year", "2040"), note="open start")
row("قبل 10 شباط 2018", None, span(D(1, 1, 1), D(2018, 2, 10), "day", "2018-02-10"), note="open start")
group("durations with fractions, whole units")
dur("نصف ساعة", "PT0.5H", "hour", note="half an hour")
dur("يوم كامل", "P1D", "day", note="a whole day")
dur("شهر ونصف", "P1.5M", "month", note="a month and a half")
dur("سنة كاملة", "P1Y", "year", note="a whole year")
group("counted from an event, not from the DCT: a duration (in text); from a date: that date shifted")
dur("قبل 72 ساعة من الموعد", "PT72H", "hour", note="before the appointment")
dur("بعد ثلاثة أيام من الحادثة", "P3D", "day", note="after the incident")
row("بعد يومين من 10 شباط 2018", None, day(D(2018, 2, 12)), note="two days after a stated date")

group("days of one month joined by '-' or إلى; two full dates joined by '-'; relative decades")
row("13-15 تموز 2018", None, span(D(2018, 7, 13), D(2018, 7, 16), "day"), note="day-day month year")
row("13 الى 15 تموز 2018", None, span(D(2018, 7, 13), D(2018, 7, 16), "day"), note="day إلى day month year")
assert in_window(R, D(2017, 7, 13))
row("يوليو 13-15", R, span(D(2017, 7, 13), D(2017, 7, 16), "day"), note="month first, placed in the window")
row("من 1-8 شهر أيلول 2017", None, span(D(2017, 9, 1), D(2017, 9, 9), "day"), note="من day-day شهر month")
row("12 يناير 2016 - 22 يناير 2016", None, span(D(2016, 1, 12), D(2016, 1, 23), "day"), note="date - date")
row("العقد الماضي", R, decade(2000), note="the calendar decade before the DCT's (2010s)")
row("العقد الحالي", R, decade(2010), note="the DCT's calendar decade")

group("the nth weekday of a month (أول/ثاني/ثالث/رابع/خامس/آخر + weekday + من/في + month)")
row("آخر اثنين من شهر آذار 2013", None, day(D(2013, 3, 25)), note="last Monday of March 2013")
row("أول ثلاثاء من تشرين الأول 2013", None, day(D(2013, 10, 1)), note="1 October 2013 is a Tuesday")
row("ثالث ثلاثاء في أيلول في سنة 2014", None, day(D(2014, 9, 16)), note="Tuesdays of September 2014: 2, 9, 16")
row("رابع خميس من نوفمبر 2018", None, day(D(2018, 11, 22)), note="Thursdays of November 2018: 1, 8, 15, 22")
_fri = [hijri_day(1439, 9, 1) + timedelta(days=k) for k in range(30) if (hijri_day(1439, 9, 1) + timedelta(days=k)).weekday() == FRI]
_fri = [d for d in _fri if d < hijri_day(1439, 10, 1)]
row("أول جمعة من رمضان 1439 هـ", None, day(_fri[0]), note="first Friday of Ramadan 1439")
row("آخر جمعة من رمضان 1439 هـ", None, day(_fri[-1]), note="last Friday of Ramadan 1439")
none("خامس اثنين من شباط 2018", None, note="February 2018 has four Mondays")

group("بحلول <date> = حتى (mod ON_OR_BEFORE); اعتبارا / ابتداء من <date> = the date (mod ON_OR_AFTER)")
row("بحلول عام 2030", None, year(2030), note="by 2030")
row("اعتبارا من الأول من آذار", R, day(D(2018, 3, 1)), note="as of 1 March")
row("ابتداء من يوم غد", R, day(R + ONE), note="starting tomorrow")
row("في الفترة بين 10 و15 شباط", R, span(D(2018, 2, 10), D(2018, 2, 16), "day"), note="الفترة adds nothing")

section("Named days")
group("Gregorian holidays; without a year placed in the window [DCT-9 months, DCT+3 months]")
row("عيد الميلاد 2020", None, day(D(2020, 12, 25)), note="Christmas, 25 December")
row("رأس السنة 2019", None, day(D(2019, 1, 1)), note="New Year's day")
assert in_window(R, D(2018, 5, 1))
row("عيد العمال", R, day(D(2018, 5, 1)), note="Labour day, 1 May, in the window")
group("Hijri holidays (Umm al-Qura): a Gregorian year holds the one that falls in it")
assert in_window(R, hijri_day(1438, 10, 1)) and not in_window(R, hijri_day(1439, 10, 1))
row("عيد الفطر", R, day(hijri_day(1438, 10, 1)), note="1 Shawwal, in the window")
assert in_window(R, hijri_day(1438, 12, 10))
row("عيد الأضحى المبارك", R, day(hijri_day(1438, 12, 10)), note="10 Dhu al-Hijja, adjective ignored")
row("عيد الأضحى 2013", None, day(hijri_day(1434, 12, 10)), note="the one in Gregorian 2013")
row("رأس السنة الهجرية 2019", None, day(hijri_day(1441, 1, 1)), note="1 Muharram in 2019")
row("يوم عرفة 1439 هـ", None, day(hijri_day(1439, 12, 9)), note="9 Dhu al-Hijja 1439")
row("المولد النبوي 1439 هـ", None, day(hijri_day(1439, 3, 12)), note="12 Rabi al-Awwal 1439")
row("أيام عيد الفطر 1439 هـ", None, span(hijri_day(1439, 10, 1), hijri_day(1439, 10, 4), "day"), note="the three days")
row("ثاني أيام عيد الفطر 1439 هـ", None, day(hijri_day(1439, 10, 2)), note="the holiday's second day")
row("أول أيام عيد الأضحى 2019", None, day(hijri_day(1440, 12, 10)), note="the holiday's first day")
row("آخر أيام عيد الأضحى 2019", None, day(hijri_day(1440, 12, 13)), note="the fourth and last day")
n27 = datetime.combine(hijri_day(1439, 9, 27), datetime.min.time())
row("ليلة القدر 1439 هـ", None, span(n27 - timedelta(hours=6), n27 + timedelta(hours=6), "hour"),
    note="the night before 27 Ramadan, 18:00-06:00")

# ======================================================================================
# Engine gaps found in real news and in the peers' failures (session 31). Values from
# calendar arithmetic.
def nth_weekday_of(y, m, wd, n):
    """The nth (-1: last) weekday wd of Gregorian month y-m."""
    days = [D(y, m, d) for d in range(1, calendar.monthrange(y, m)[1] + 1) if D(y, m, d).weekday() == wd]
    return days[n - 1] if n > 0 else days[-1]


section("Days and weekdays")
group("a weekday then الأخير(ة) or a feminine ordinal (to five) and a month: the last / nth such weekday")
row("الاثنين الأخير من شهر آذار 2013", None, day(nth_weekday_of(2013, 3, MON, -1)), note="last Monday of March 2013")
row("الجمعة الأخيرة من رمضان 1439 هـ", None, day(_fri[-1]), note="last Friday of Ramadan 1439")
assert hijri_day(1439, 9, 1).weekday() != FRI
row("الجمعة الأولى من رمضان 1439 هـ", None, day(_fri[0]), note="the first Friday, not 1 Ramadan")
row("الجمعة الثانية من رمضان 1439 هـ", None, day(_fri[1]), note="the second Friday, not 2 Ramadan")
none("الجمعة الخامسة من رمضان 1439 هـ", None, note="Ramadan 1439 has four Fridays")
assert D(2014, 9, 3).weekday() != TUE
row("الثلاثاء الثالث من أيلول 2014", None, day(nth_weekday_of(2014, 9, TUE, 3)),
    note="masculine ordinal to five: 3 September was a Wednesday, so the third Tuesday")
assert D(2014, 9, 3).weekday() == WED
row("الأربعاء الثالث من أيلول 2014", None, day(D(2014, 9, 3)), note="masculine ordinal on its weekday: the date")
row("الثلاثاء الثالث عشر من أيلول 2014", None, day(D(2014, 9, 13)), note="past five: the date, though a Saturday")
row("الأربعاء الثانية من شهر أكتوبر 2014", None, day(nth_weekday_of(2014, 10, WED, 2)), note="feminine ordinal")
row("ثاني أربعا في أكتوبر 2014", None, day(nth_weekday_of(2014, 10, WED, 2)), note="colloquial أربعا")

section("Relative periods")
group("parts of a relative week: three days each (مطلع days 1-3, منتصف 3-5, نهاية 5-7 of the Saturday week), vague, TIMEX3 the week")
_w = week_of(R)  # Saturday 10 February 2018


def week_part(sat, a, b):
    return span(sat + timedelta(days=a - 1), sat + timedelta(days=b), "day", week(sat)[3])


row("منتصف الأسبوع المقبل", R, week_part(_w + timedelta(days=7), 3, 5), vague=True, note="Monday-Wednesday of next week")
row("نهاية الأسبوع الجاري", R, week_part(_w, 5, 7), vague=True, note="Wednesday-Friday of this week")
row("نهاية هذا الأسبوع", R, week_part(_w, 5, 7), vague=True, note="هذا الأسبوع")
row("مطلع الأسبوع الماضي", R, week_part(_w - timedelta(days=7), 1, 3), vague=True, note="Saturday-Monday of last week")
row("أواخر الأسبوع الماضي", R, week_part(_w - timedelta(days=7), 5, 7), vague=True, note="أواخر as نهاية")
none("عطلة نهاية الأسبوع", R, note="the weekend, no relative week: no mention")
row("مطلع الأسبوع", R, week_part(_w, 1, 3), vague=True, note="a bare start of the week: this week's Saturday-Monday")
row("منتصف الأسبوع", R, week_part(_w, 3, 5), vague=True, note="a bare middle of the week: this week's Monday-Wednesday")
none("نهاية الأسبوع", R, note="a bare end of the week is mostly the weekend in general: no mention")

section("Calendar dates")
group("the two names of one month joined by an underscore, glued to the year")
row("25 يوليو_تموز2013", None, day(D(2013, 7, 25)), note="underscore as '/'")
row("تموز_يوليو 2013", None, month(2013, 7), note="underscore as '/'")

section("Ranges, durations, decades")
group("weekdays after بين (also بين يومي): the range; الاثنين before و + a weekday is Monday, not 'the two'")
_mon = on_or_before(R, MON)
row("بين الاثنين والجمعة", R, span(_mon, strictly_after(_mon, FRI) + ONE, "day"), note="Monday 12 to Friday 16")
_sun = on_or_before(R, SUN)
row("بين يومي الأحد والخميس", R, span(_sun, strictly_after(_sun, THU) + ONE, "day"), note="Sunday 11 to Thursday 15")
group("a clock range whose second end names the afternoon or evening: the first end too, if it then still comes first")
row("من الساعة 3 إلى الساعة 4 بعد العصر", R, span(at(R, 15), at(R, 17), "hour"), note="15:00-17:00")
row("من الساعة الثامنة حتى العاشرة مساء", R, span(at(R, 20), at(R, 23), "hour"), note="20:00-23:00")
row("من الساعة 9 حتى 5 مساء", R, span(at(R, 9), at(R, 18), "hour"), note="09:00-18:00: 21:00 would come after 17:00")
section("Parts of the day")
group("هذا الصباح / هذا المساء: that part of the DCT's day; after a clock time, its hour and day")
row("هذا الصباح", R, span(at(R, 6), at(R, 12), "hour", f"{R.isoformat()}TMO"), note="as صباح اليوم")
row("هذا المساء", R, span(at(R, 18), at(R + ONE, 0), "hour", f"{R.isoformat()}TEV"), note="as مساء اليوم")
row("الساعة العاشرة هذا الصباح", R, hour(at(R, 10)), note="10:00 on the DCT")
row("الثامنة هذه الليلة", R, hour(at(R, 20)), note="20:00 tonight")
none("في هذا العصر", R, note="this era, not this afternoon")
section("Relative periods")
group("an ordinal to ten in the construct state before يوم and a month: that day of it; a clitic ب before the month")
row("ثالث يوم من شهر عشرة 2015", None, day(D(2015, 10, 3)), note="the month by its number")
row("عاشر يوم من رمضان 1439 هـ", None, day(hijri_day(1439, 9, 10)), note="a Hijri month's tenth day")
row("آخر يوم بشهر أكتوبر 2015", None, day(D(2015, 10, 31)), note="ب before the month")
none("ثالث يوم من المعرض", R, note="a day of an event, not of a month")

group("since the morning, no day named: since that part of the reference day")
row("منذ ساعات الصباح الباكر", R, span(at(R, 6), at(R, 24), "hour"), note="as منذ صباح اليوم")

group("the morrow of a date: the day after it")
row("غداة يوم الجمعة الماضي", R, day(D(2018, 2, 10)), note="the Saturday after last Friday")
row("غداة 14 تموز 2016", None, day(D(2016, 7, 15)), note="a dated day, one day on")

group("an nth weekday whose month follows with the clitic ل")
row("الخميس الأول لشهر آذار 2018", None, day(D(2018, 3, 1)), note="1 March 2018 is a Thursday")
row("الجمعة الأخيرة لشهر أيار 2019", None, day(D(2019, 5, 31)), note="the month's last Friday")

group("earlier / later on a day or in a period: the qualifier is part of the mention")
row("في وقت سابق من يوم أمس", R, day(R - ONE), note="earlier yesterday: that day")
row("في وقت متأخر من مساء الأحد", R, span(at(D(2018, 2, 11), 18), at(D(2018, 2, 12), 0), "hour", "2018-02-11TEV"), note="late on Sunday evening: the evening")
row("في وقت سابق من الشهر الجاري", R, span(D(2018, 2, 1), R + ONE, "day", "2018-02"), vague=True, note="earlier this month: its 1st through the reference day")
row("في وقت لاحق من هذا العام", R, span(R, D(2019, 1, 1), "day", "2018"), vague=True, note="later this year: the reference day to 31 December")
row("في وقت سابق من 2018", R, span(D(2018, 1, 1), R + ONE, "day", "2018"), vague=True, note="a bare year after من: the part before the reference")
row("في وقت سابق من آذار 2017", R, span(D(2017, 3, 1), D(2017, 4, 1), "month", "2017-03"), note="a period that does not hold the reference: the period")
row("في وقت سابق", R, span(R - 2 * ONE, R + ONE, "day", "PAST_REF"), vague=True, note="alone: the reference day and the two before")

group("a definite season with a modifier: the last, the next, the current such season")
row("الخريف الماضي", R, span(D(2017, 9, 1), D(2017, 12, 1), "month", "2017-FA"), vague=True, note="the last autumn over")
row("الربيع المقبل", R, span(D(2018, 3, 1), D(2018, 6, 1), "month", "2018-SP"), vague=True, note="the next spring to begin")

group("the construct ordinal before أسبوع or شهر: that week of a month, that month of a year")
row("آخر أسبوع من شهر مايو 2019", None, span(D(2019, 5, 25), D(2019, 6, 1), "day", "2019-05-25/2019-05-31"), vague=True, note="its last seven days, as الأسبوع الأخير")
row("أول أسبوع بشهر مارس 2020", None, span(D(2020, 3, 1), D(2020, 3, 8), "day", "2020-03-01/2020-03-07"), vague=True, note="ب before the month")
row("آخر شهر من عام 2016", None, month(2016, 12), note="December")
section("Calendar dates")
group("compound ordinal days with the tens nominative")
row("الثالث والعشرون من أكتوبر 2015", None, day(D(2015, 10, 23)), note="والعشرون = والعشرين")
row("من الثالث والعشرون وحتى السادس والعشرين من أكتوبر 2015", None, span(D(2015, 10, 23), D(2015, 10, 27), "day"),
    note="a range of ordinal days")
group("a day number after a date cue and before الجاري / الماضي / المقبل: that day of this / last / next month")
row("يوم 17 الجاري", R, day(D(2018, 2, 17)), note="الشهر left out: 17 February")
row("الأحد 18 الجاري", R, day(D(2018, 2, 18)), note="with its weekday")
row("في 24 الماضي", R, day(D(2018, 1, 24)), note="24 January")
row("يوم 3 المقبل", R, day(D(2018, 3, 3)), note="3 March")
none("المؤتمر 17 المقبل", R, note="no date cue: a count")
group("a day number right before الشهر and its modifier, من left out: that day of that month")
row("في 27 الشهر الماضي", R, day(D(2018, 1, 27)), note="27 January")
row("الأحد الموافق لـ 18 الشهر الجاري", R, day(D(2018, 2, 18)), note="18 February, a Sunday")
section("Parts of the day")
group("a day followed by a range of clock times: the range on that day")
_thu = on_or_before(R, THU)  # bare weekday: Thursday 8 February
row("الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا", R, span(at(_thu, 9), at(_thu, 12), "hour"),
    note="09:00-12:00 on that Thursday")
row("غدا من الساعة 8 إلى 10 مساء", R, span(at(R + ONE, 20), at(R + ONE, 23), "hour"), note="20:00-23:00 tomorrow")

group("a feminine ordinal after a definite feminine noun counts that noun, not the day")
none("الحلقة الثالثة من رمضان", R, note="an episode, not 3 Ramadan")
none("المرحلة الأولى من أبريل", R, note="a stage, not 1 April")
row("الثالث من رمضان 1439 هـ", None, day(hijri_day(1439, 9, 3)), note="a day of the month is masculine")

group("a weekday and a masculine ordinal to five of a relative month: checked against the weekday")
row("الخميس الأول من هذا الشهر", D(2018, 4, 13), day(D(2018, 4, 5)), note="1 April 2018 was a Sunday: the first Thursday")
row("الأحد الأول من الشهر الجاري", D(2018, 4, 13), day(D(2018, 4, 1)), note="on its weekday: the 1st")

group("a weekday and an ordinal day with no month: that day of the reference's month, checked")
row("الجمعة الرابع والعشرون", D(2018, 8, 10), day(D(2018, 8, 24)), note="24 August 2018 was a Friday")
row("الاثنين الثالث", D(2018, 12, 20), day(D(2018, 12, 3)), note="3 December 2018 was a Monday: the date")
row("الأربعاء الثاني", D(2018, 12, 20), day(D(2018, 12, 12)), note="the 2nd was a Sunday: the second Wednesday")

group("a compound ordinal day with its و spaced from the tens")
row("الرابع و العشرين من يونيو 2019", None, day(D(2019, 6, 24)), note="و العشرين = والعشرين")

group("half of a named month: its middle, as منتصف")
row("نصف شهر أغسطس 2016", None, span(D(2016, 8, 11), D(2016, 8, 21), "day", "2016-08"), vague=True, note="as منتصف شهر أغسطس")
row("نص شهر سبعة 2016", None, span(D(2016, 7, 11), D(2016, 7, 21), "day", "2016-07"), vague=True, note="a month by its number")

group("a day and a month joined by a dash: a date only alone or after يوم / بتاريخ / الموافق / a weekday")
row("يوم 25-3", R, day(D(2018, 3, 25)), note="day first, as 25/3")
none("انتهت المباراة 4-2", R, note="a score")
row("بتاريخ 3-2", R, day(D(2018, 2, 3)), note="after بتاريخ, as بتاريخ 3/2")
row("من الساعة 0 حتى الساعة 2 بعد الظهر", R, span(at(R, 0), at(R, 15), "hour"), note="midnight stays: only hours 1-11 take the part of the end")

group("the days of the Hajj named by their rite (Umm al-Qura)")
row("يوم التروية 1441 هـ", None, day(hijri_day(1441, 12, 8)), note="8 Dhu al-Hijja 1441")
row("يوم النحر", D(2022, 7, 12), day(hijri_day(1443, 12, 10)), note="10 Dhu al-Hijja 1443, the window around the reference")
row("أيام التشريق", D(2025, 6, 5), span(hijri_day(1446, 12, 11), hijri_day(1446, 12, 14), "day"), note="11-13 Dhu al-Hijja 1446")
none("التشريق", D(2025, 6, 5), note="named only with أيام")

group("a lone singular unit word (the whole text) is one such unit")
dur("دقيقة", "PT1M", "minute", note="alone: one minute")
dur("سنة", "P1Y", "year", note="alone: one year")

section("Parts of the day")
group("the night between two days that follow each other: 'الليلة الفاصلة بين X و Y', 'بين ليلتي / يومي X و Y'")
for expr, ref, d in (("الليلة الفاصلة بين 4 و5 جوان 2020", None, D(2020, 6, 4)),
                     ("الليلة الفاصلة بين 6 و7 جوان الجاري", D(2020, 6, 12), D(2020, 6, 6)),
                     ("الليلة الفاصلة بين 31 ماي و1 جوان 2018", None, D(2018, 5, 31)),
                     ("الليلة الفاصلة بين ليلتي السبت والأحد", R, on_or_before(R, SAT)),
                     ("ليلة بين يومي الأربعاء والخميس", R_SAT, on_or_before(R_SAT, WED)),
                     ("الليلة ما بين الأحد والاثنين", R, on_or_before(R, SUN))):
    row(expr, ref, span(at(d, 18), at(d + ONE, 6), "hour", ""), note="one night, not tonight and a range")
row("الليلة الفاصلة بين 31 ديسمبر و1 يناير 2020", None, span(at(D(2019, 12, 31), 18), at(D(2020, 1, 1), 6), "hour", ""),
    note="the year written is the second day's: the night starts in 2019")
group("a range whose first day takes the year from the last, its month later in the year: the year before")
row("من 20 ديسمبر إلى 5 يناير 2012", None, span(D(2011, 12, 20), D(2012, 1, 6), "day"), note="20 December 2011 to 5 January 2012")

section("Days and weekdays")
group("a dual or plural next / last after weekdays joined by و is said of them all")
_mon_next = strictly_after(R, MON)
row("يومي الإثنين والثلاثاء المقبلين", R, span(_mon_next, _mon_next + 2 * ONE, "day"), note="Monday 19 and Tuesday 20")
_sat_last = strictly_before(R, SAT)
row("الجمعة والسبت الماضيين", R, span(_sat_last - ONE, _sat_last + ONE, "day"), note="Friday 9 and Saturday 10")
_fri_next = strictly_after(R_SAT, FRI)
row("يومي الجمعة والسبت القادمين", R_SAT, span(_fri_next, _fri_next + 2 * ONE, "day"), note="Friday 23 and Saturday 24, not Saturday 24 before Friday 23")
_thu_next = strictly_after(R, THU)
row("الخميس والجمعة والسبت المقبلة", R, span(_thu_next, _thu_next + 3 * ONE, "day"), note="three days, the feminine singular of a plural")
group("... and the nominative dual (the subject's case)")
row("يوما الإثنين والثلاثاء المقبلان", R, span(_mon_next, _mon_next + 2 * ONE, "day"), note="Monday 19 and Tuesday 20")
row("الجمعة والسبت الماضيان", R, span(_sat_last - ONE, _sat_last + ONE, "day"), note="Friday 9 and Saturday 10")

_ids = [tuple(l.split("\t")[:3]) for l in LINES[1:] if not l.startswith("#")]
assert len(_ids) == len(set(_ids)), [i for i in set(_ids) if _ids.count(i) > 1]
OUT.write_text("\n".join(LINES) + "\n", encoding="utf-8")
print(f"wrote {OUT}: {sum(1 for l in LINES[1:] if not l.startswith('#'))} rows")

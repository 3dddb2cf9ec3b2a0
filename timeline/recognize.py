"""Recognition: find temporal expressions in normalized Arabic text.

The text is tokenized (digits, letter runs, single punctuation marks); each letter token
is looked up in a lexicon built from :mod:`timeline.lang.ar`, which also knows the words
with their attached clitics (و، ف، ب، ل، ك and the article ال).  A handful of small
parsers, one per expression family, then try to match at each token that can start an
expression (a dispatch table by base form; the commonest such words, في، من and numbers,
are first checked against the token after them); the longest match wins and scanning
resumes after it.  Each parser looks at a bounded number of tokens, so recognition is
linear in the length of the text.

The output is a list of :class:`Match` (token span, kind, meaning); offsets into the
original text are computed by the caller from the normalization map.
"""

from __future__ import annotations

from itertools import compress, count
from typing import NamedTuple

from . import meaning as M
from .calendars import days_in_month, is_valid_date
from .grammar.clock import ClockRules
from .grammar.holidays import HolidayRules
from .grammar.lexicon import (  # the word tables the rules read
    _ALA,
    _BASE_OF,
    _COUNT_FIRST,
    _MADA,
    _SPLIT_RE,
    _WITHIN,
    AMBIGUOUS_MONTHS,
    AMBIGUOUS_WEEKDAYS,
    ANAPHORIC_DAYS,
    CENTURY,
    CLAUSE_BREAKS,
    CLOCK_HOUR_ORDINALS,
    CLOCK_WORDS,
    CURRENT_MODS,
    DAY_PARTS,
    DECADES,
    DEICTIC_FALLBACK,
    DEMONSTRATIVES,
    DEMONSTRATIVE_CURRENT,
    DIGIT,
    DURATION_CUES,
    EQUIVALENT,
    EVERY,
    FIRST_DAY_WORDS,
    FREQUENCY_ADVERBS,
    FUTURE_WORDS,
    GREGORIAN_MARKERS,
    HALF_WORDS,
    HIJRI_MARKERS,
    HOLIDAY_SPAN_WORDS,
    LEXICON,
    MOD_PHRASES,
    MONTHS,
    MONTH_FIRST_WORDS,
    NAMED_DAYS,
    NEXT_MODS,
    NOT_FUTURE_S,
    NOW_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    ORDINAL_TEEN_SECOND,
    ORDINAL_TENS,
    PART_WORDS,
    PAST_MODS,
    PERIOD_NOUNS,
    PLURAL_UNITS,
    PREVIOUS_DAY_WORDS,
    RELATIVE_DAYS,
    RELATIVE_DAY_PHRASES,
    TEEN_FIRST,
    TEEN_SECOND,
    TONIGHT,
    UNITS,
    VAGUE_COUNTS,
    W,
    WEEKDAYS,
    WEEKDAYS_BARE,
    YEAR_FRACTION_ORDINALS,
    YEAR_FRACTION_WORDS,
    YEAR_WORDS,
    _AGO,
    _AN,
    _DAY_PART_ADVERBS_AT,
    _HADI,
    _ISHRIN,
    _MONTH_CUES,
    _NUMERAL_AFTER,
    _NUMERAL_CONTEXT,
    _RANGE_TO,
    _RELATIVE_PHRASE_FIRST,
    _RELATIVE_PHRASE_LENGTHS,
)
from .grammar.numeric import NumericRules
from .grammar.rule import INVALID, Match, _BareDay, _clock_hour, _full_date, _iso  # noqa: F401
from .grammar.spans import SpanRules
from .lang import ar
from .normalize import fold

# ----------------------------------------------------------------------------------------
# The parser
# ----------------------------------------------------------------------------------------
class _Tokens:
    """The tokens of a text: surfaces, lexicon base forms and (on demand) offsets.

    Built with one ``re.split`` and C-level list operations over the whole text (this is
    the hot loop of recognition).  Offsets are summed from the split's pieces only up to
    the tokens a parser asks about, from a cursor that moves with the scan.
    """

    __slots__ = ("parts", "sur", "base", "n", "_at", "_off")

    def __init__(self, text: str):
        parts = _SPLIT_RE.split(text)  # gap, token, gap, token, ..., gap
        sur = parts[1::2]
        base = list(map(_BASE_OF.get, sur, sur))  # the lexicon's base form, else the surface
        for k in compress(count(), map(str.isdigit, sur)):
            if "0" <= sur[k][0] <= "9":  # not a lone "²" or "٣" of another script
                base[k] = DIGIT
        self.parts, self.sur, self.base, self.n = parts, sur, base, len(sur)
        self._at, self._off = 0, len(parts[0])  # token self._at starts at self._off

    def start(self, i: int) -> int:
        """The offset of token i (0 <= i < n) in the text."""
        at, off = self._at, self._off
        if i > at:  # (the length of a join is quicker to get than a sum of lengths)
            off += len("".join(self.parts[2 * at + 1 : 2 * i + 1]))
        elif i < at:
            off -= len("".join(self.parts[2 * i + 1 : 2 * at + 1]))
        self._at, self._off = i, off
        return off

    def end(self, i: int) -> int:
        return self.start(i) + len(self.sur[i])

    def prefix(self, i: int) -> str | None:
        """The clitics a lexicon word carries ("" for none, None for a word not in it)."""
        if self.base[i] is DIGIT:
            return ""
        hit = LEXICON.get(self.sur[i])
        return None if hit is None else hit[1]


def is_future_marker(word: str) -> bool:
    """A (normalized) word that marks the future: سوف, المقرر ... or a verb with the
    prefix سـ (سيعقد, وستبدأ), not a word that merely starts that way (سيطر, سيارة)."""
    if word in FUTURE_WORDS:
        return True
    core = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 and word[1] == "س" else word
    return len(core) >= 4 and core[0] == "س" and core[1] in "يتنا" and not core.startswith(NOT_FUTURE_S)


class Found(NamedTuple):
    """A recognized expression with offsets into the normalized text."""

    start: int
    end: int
    kind: str
    meaning: object
    rule: str = ""


#: Long texts are recognized in pieces of about this many characters, cut at a line break
#: (or, failing that, at a space), so memory stays bounded on huge documents.
CHUNK = 1 << 16


def recognize(text: str) -> list[Found]:
    """All temporal expressions in normalized ``text``, in order, not overlapping."""
    out: list[Found] = []
    n, pos = len(text), 0
    while pos < n:
        stop = n if n - pos <= CHUNK else _cut(text, pos + CHUNK)
        toks = _Tokens(text[pos:stop] if (pos, stop) != (0, n) else text)
        out.extend(
            Found(pos + toks.start(m.i), pos + toks.end(m.j - 1), m.kind, m.meaning, m.rule)
            for m in _Parser(toks).run()
        )
        pos = stop
    return out


def _cut(text: str, at: int) -> int:
    """A cut point near ``at``: after a line break within the last quarter of the chunk,
    else after a space, else ``at`` itself."""
    lo = at - CHUNK // 4
    k = text.rfind("\n", lo, at)
    if k < 0:
        k = text.rfind(" ", lo, at)
    return at if k < 0 else k + 1


_MONTH_LENGTHS = sorted({len(k) for k in MONTHS}, reverse=True)


class _Parser(HolidayRules, ClockRules, NumericRules, SpanRules):
    """The grammar: the core rules (dates, weekdays, relative days, parts of periods, ranges)
    here, the other families mixed in from :mod:`timeline.grammar`."""

    def __init__(self, toks: _Tokens):
        self.t = toks
        self.n = toks.n
        self.base = toks.base
        self.sur = toks.sur
        self.pre = _Prefixes(toks)

    # -- small helpers -------------------------------------------------------------------
    def b(self, i):
        return self.base[i] if 0 <= i < self.n else None

    def s(self, i):
        return self.sur[i] if 0 <= i < self.n else None

    def digits(self, i, lo=0, hi=10**9, width=None):
        if not (0 <= i < self.n) or self.base[i] is not DIGIT or len(self.sur[i]) > 9:
            return None
        v = int(self.sur[i])
        if width is not None and len(self.sur[i]) not in width:
            return None
        return v if lo <= v <= hi else None

    def adjacent(self, i, j):
        """Tokens i and j touch (no space between)."""
        return self.t.end(i) == self.t.start(j)

    def run(self) -> list[Match]:
        out: list[Match] = []
        base, last, gates = self.base, self.n - 1, _GATES
        nxt = 0  # first token not yet consumed by a match
        for i in compress(count(), map(_TRIGGERS.__contains__, base)):
            if i < nxt:
                continue
            need = gates.get(base[i])
            if need is not None and (i == last or base[i + 1] not in need):
                continue
            m = self.top(i)
            if m is None:
                continue
            if m.meaning is not INVALID:
                out.append(m)
            nxt = m.j
        return out

    @staticmethod
    def _best(*cands):
        best = None
        for c in cands:
            if c is not None and (best is None or c.j > best.j):
                best = c
        return best

    # -- top level: compounds around points ------------------------------------------------
    def top(self, i):
        p = self.point(i)
        if p is not None and p.meaning is not INVALID:
            p = self.extend(p)
        b = self.base[i]
        if b not in _COMPOUND_FIRST:
            return p
        if b == W["mundh"]:
            c = self.since(i)
        elif b in (W["hatta"], W["lighayat"]):
            c = self.until(i)
        else:
            c = self.range_(i)
        if c is not None and not c.rule:
            c = c._replace(rule=_COMPOUND_RULES[b])
        return self._best(c, p)

    def extend(self, p: Match) -> Match:
        """A point followed by الموافق + another rendering, or by a clock time."""
        j = p.j
        if self.s(j) in (",", "-", "(") and self.b(j + 1) in EQUIVALENT:
            j += 1
        if self.b(j) in EQUIVALENT:
            k = j + 1
            if self.b(k) == "ل" or self.s(k) == "ل":
                k += 1
            q = self.point(k)
            if q is not None and q.meaning is not INVALID and q.kind == "date":
                k = q.j + (1 if self.s(q.j) == ")" and self.s(p.j) == "(" else 0)
                return Match(p.i, k, "date", M.Equivalent(p.meaning, q.meaning), f"{p.rule}+equivalent")
        j = p.j
        if self.s(j) == "-" and _full_date(p.meaning):  # "12 يناير 2016 - 22 يناير 2016"
            q = self.point(j + 1)
            if q is not None and q.kind == "date" and _full_date(q.meaning):
                return Match(p.i, q.j, "range", M.Range(p.meaning, q.meaning), "date_dash_date")
        if p.kind in ("date", "weekday", "relative_day") and not (
            isinstance(p.meaning, M.CalendarDate) and p.meaning.day is None
        ):
            k = j + (1 if self.s(j) in (",", "|", "-") else 0)
            c = self.clock(k, day=p.meaning)
            if c is not None:
                return Match(p.i, c.j, "time", c.meaning, f"{p.rule}+clock")
            a = self._adverb(j)
            if a is not None:
                key, k = a
                sh, eh, code = DAY_PARTS[key]
                return Match(p.i, k, "day_part", M.DayPart(key[-1], sh, eh, code, p.meaning), f"{p.rule}+day_part")
        return p

    def _adverb(self, k):
        """A part-of-day adverb at k: (DAY_PARTS key, end) or None."""
        return self._phrase(k, _DAY_PART_ADVERBS_AT)

    def _phrase(self, k, index, first_by_base=True):
        """The entry of a phrase table (indexed by :func:`_by_first`) standing at token k:
        (value, end).  The first word is compared by its base form (clitics stripped)
        unless ``first_by_base`` is False; the following words by their surface."""
        if not 0 <= k < self.n:
            return None
        for rest, v in index.get(self.base[k] if first_by_base else self.sur[k], ()):
            end = k + 1 + len(rest)
            if not rest or tuple(self.sur[k + 1 : end]) == rest:
                return v, end
        return None


    def range_(self, i):
        first = self.point(i + 1, allow_bare_day=True, allow_bare_month=True)
        if first is None or first.meaning is INVALID:
            return None
        if first.kind == "range" and self.base[i] == W["min"]:  # "من 1-8 شهر أيلول"
            return Match(i, first.j, "range", first.meaning, first.rule)
        j = first.j
        if self.base[i] == W["min"]:
            if self.b(j) not in _RANGE_TO:
                return None
            k = j + 1
        else:  # بين ... و ...: the و stands alone or is a clitic on the next word ("وآذار", "و5")
            if self.s(j) == W["wa"]:
                k = j + 1
            elif self.pre[j] is not None and self.pre[j].startswith(W["wa"]) if j < self.n else False:
                k = j
            else:
                return None
        second = self.point(k, allow_year_number=isinstance(first.meaning, M.CalendarDate) and first.kind == "year")
        if second is None or second.meaning is INVALID:
            return None
        a, z = first.meaning, second.meaning
        a = self._complete(a, z)
        if a is None:
            return None
        return Match(i, second.j, "range", M.Range(a, z))

    @staticmethod
    def _complete(a, z):
        """Fill the parts a range's first member leaves out from its second ("من 10 إلى 15 شباط")."""
        if isinstance(a, _BareDay):
            if not isinstance(z, M.CalendarDate) or z.day is None:
                return None
            if z.year is not None and not is_valid_date(z.year, z.month, a.day):
                return None
            return M.CalendarDate(z.year, z.month, a.day, z.calendar, z.direction)
        if isinstance(a, M.CalendarDate) and isinstance(z, M.CalendarDate):
            if a.year is None and z.year is not None and a.direction is None:
                return M.CalendarDate(z.year, a.month, a.day, a.calendar, None, a.weekday)
        return a

    def since(self, i):
        p = self.point(i + 1)
        if p is None or p.meaning is INVALID or p.kind in ("ago", "duration", "vague", "span"):
            return None
        return Match(i, p.j, "since", M.Since(p.meaning))

    def until(self, i):
        p = self.point(i + 1)
        if p is None or p.meaning is INVALID or p.kind in ("ago", "duration", "vague", "span", "since"):
            return None
        return Match(i, p.j, "until", M.Until(p.meaning))

    # -- points ----------------------------------------------------------------------------
    def point(self, i, allow_bare_day=False, allow_bare_month=False, allow_year_number=False):
        if not (0 <= i < self.n):
            return None
        best = None
        for name, parse in _STARTERS.get(self.base[i], ()):
            if name == "date":
                c = parse(self, i, allow_bare_month=allow_bare_month)
            elif name == "year":
                c = parse(self, i, allow_number=allow_year_number)
            elif name == "bare_day":
                if not allow_bare_day:
                    continue
                c = parse(self, i)
            else:
                c = parse(self, i)
            if c is not None and (best is None or c.j > best.j):
                best = c if c.rule else c._replace(rule=name)
        return best

    # numbers ------------------------------------------------------------------------------
    def count(self, i):
        """(j, n) for a cardinal at i: digits or number words (n None: بضعة/عدة)."""
        if not (0 <= i < self.n):
            return None
        k = i
        if self.sur[k] == W["al"]:  # "الـ 24"
            k += 1
        d = self.digits(k, 1, 100000)
        if d is not None:
            return k + 1, d
        b = self.b(k)
        if b in VAGUE_COUNTS:
            return k + 1, None
        if b in TEEN_FIRST and self.s(k + 1) in TEEN_SECOND:
            return k + 2, 10 + TEEN_FIRST[b]
        if b in NUMBER_WORDS:
            v = NUMBER_WORDS[b]
            nxt = self.b(k + 1)
            if v < 10 and nxt is not None and self.pre[k + 1] == W["wa"] and NUMBER_WORDS.get(nxt, 0) >= 20:
                return k + 2, v + NUMBER_WORDS[nxt]
            return k + 1, v
        return None

    def ordinal(self, i):
        """(j, n) for a day ordinal: العاشر، الحادي عشر، الثاني والعشرين."""
        b = self.b(i)
        if b not in ORDINALS:
            return None
        v = ORDINALS[b]
        if v < 10 and self.s(i + 1) in ORDINAL_TEEN_SECOND:
            return i + 2, 10 + v
        if v < 10 and self.s(i + 1) in ORDINAL_TENS:
            return i + 2, v + ORDINAL_TENS[self.s(i + 1)]
        return i + 1, v

    def unit(self, i):
        b = self.b(i)
        if b in UNITS:
            u, c = UNITS[b]
            return i + 1, u, c, b in PLURAL_UNITS
        return None

    # months and years ---------------------------------------------------------------------
    def month(self, i):
        """(j, month, calendar, ambiguous) including paired forms "شباط/فبراير", "فبراير (شباط)"."""
        r = self._month1(i)
        if r is None:
            return None
        j, m, cal, amb = r
        sep = self.s(j)
        if sep in ("/", "(", "-", ",", "\\"):
            r2 = self._month1(j + 1)
            if r2 is not None and r2[1] == m:
                j = r2[0]
                amb = False
                if sep == "(" and self.s(j) == ")":
                    j += 1
        return j, m, cal, amb

    def _month1(self, i):
        b = self.b(i)
        if b not in MONTH_FIRST_WORDS:
            return None
        for length in _MONTH_LENGTHS:  # longest name first, whatever its number of words
            if length > 1 and i + length <= self.n:
                key = (b, *self.sur[i + 1 : i + length])
                if key in MONTHS:
                    m, sysname = MONTHS[key]
                    return i + length, m, "hijri" if sysname == "hijri" else "gregorian", False
        key = (b,)
        if key in MONTHS:
            m, sysname = MONTHS[key]
            return i + 1, m, "hijri" if sysname == "hijri" else "gregorian", b in AMBIGUOUS_MONTHS
        return None

    def year_part(self, i, calendar):
        """An optional year after a month: (j, year, direction, calendar)."""
        sp = self.spelled_number(i + 1 if self.s(i) == "," else i)
        if sp is not None:  # "ألفين وتسعة عشر"
            j, cal = self._marker(sp[0], calendar)
            return j, sp[1], None, cal
        if self.s(i) in (".", ",") and self.digits(i + 1, 1000, 2999, width=(4,)) is not None:
            j, cal = self._marker(i + 2, calendar)  # "16. تشرين الثاني. 2016", "12 يناير, 2016"
            return j, int(self.sur[i + 1]), None, cal
        d = self.digits(i, 1, 3000, width=(3, 4))
        if d is not None:
            j, cal = self._marker(i + 1, calendar)
            return j, d, None, cal
        k = i
        if self.b(k) == W["min"] and self.b(k + 1) in YEAR_WORDS:  # "من العام 2018"
            k += 1
        if self.b(k) in YEAR_WORDS:
            d = self.digits(k + 1, 1, 3000)
            if d is not None:
                j, cal = self._marker(k + 2, calendar)
                return j, d, None, cal
            ma = self._mod_at(k + 1)
            if ma is not None and self.b(k) != W["yawm"]:  # "من العام الجاري", "يونيو العام المقبل"
                return ma[1], None, ("year", ma[0]), calendar
        ma = self._mod_at(i)
        if ma is not None:
            mod, after = ma
            r = self.year_part(after, calendar)  # "الماضي عام 2017", "الجاري من العام 2018"
            if r is not None and r[1] is not None:
                return r[0], r[1], mod, r[3]  # "شباط الجاري من العام 2018": the claim is kept
            if r is not None and r[2] is not None:
                return r[0], None, r[2], r[3]
            return after, None, mod, calendar
        return None

    def _marker(self, i, calendar):
        b = self.b(i)
        if b in HIJRI_MARKERS:
            return i + 1, "hijri"
        if b in GREGORIAN_MARKERS:
            return i + 1, "gregorian"
        return i, calendar

    def _mod_at(self, i):
        """A modifier at i, one word or a phrase ("اللي فات"): (mod, end) or None."""
        if 0 <= i < self.n - 1:
            ph = MOD_PHRASES.get((self.base[i], self.sur[i + 1]))
            if ph is not None:
                return ph, i + 2
        mod = self._mod(i)
        return None if mod is None else (mod, i + 1)

    def _mod(self, i):
        b = self.b(i)
        if b in PAST_MODS:
            return "past"
        if b in CURRENT_MODS:
            return "current"
        if b in NEXT_MODS:
            return "next"
        return None

    def _date_from(self, i, j, day, month, cal, yp, weekday=None):
        """Build a CalendarDate (or INVALID) from parsed parts."""
        year, direction = None, None
        if yp is not None:
            j, year, dirn, cal2 = yp
            cal = cal2 if cal == "gregorian" and cal2 == "hijri" else cal
            if isinstance(dirn, tuple):  # "من العام الجاري": the month of the current year
                direction = {"current": "current_year", "past": "past_year", "next": "next_year"}[dirn[1]]
            else:
                direction = dirn
        if day is not None:
            if cal == "hijri":
                if not 1 <= day <= 30:
                    return Match(i, j, "date", INVALID)
            elif year is not None:
                if not is_valid_date(year, month, day):
                    return Match(i, j, "date", INVALID)
            elif not 1 <= day <= days_in_month(2000, month):
                return Match(i, j, "date", INVALID)
        return Match(i, j, "date", M.CalendarDate(year, month, day, cal, direction, weekday))

    def date(self, i, allow_bare_month=False, weekday=None):
        """Day-month[-year] and month[-year] forms with month names."""
        k = i
        day = None
        r = self.count(k)
        if r is not None and r[1] is not None and self.base[k] in (DIGIT, W["al"]) and 1 <= r[1] <= 99:
            day, k = r[1], r[0]
            if self.b(k) == W["min"]:
                k += 1
            elif self.s(k) in (".", "/", "-") and self._month1(k + 1) is not None:
                k += 1  # "2/ أكتوبر", "16. تشرين الثاني. 2016"
        else:
            o = self.ordinal(k)
            if o is not None and self.b(o[0]) == W["min"]:
                day, k = o[1], o[0] + 1
            elif self.b(k) in FIRST_DAY_WORDS:  # "غرة رجب 1447 هـ"
                day, k = 1, k + 1
        if day is not None and self.b(k) == W["shahr"] and self._month1(k + 1) is not None:
            k += 1  # "الأول من شهر آذار"
        mo = self.month(k)
        if mo is None and day is not None and self.b(k - 1) == W["min"]:
            mn = self._month_number(k)  # "الثالث من شهر عشرة", "27 من الشهر الثامن"
            if mn is not None:
                mo = (mn[0], mn[1], "gregorian", False)
        if mo is None:
            if day is not None and self.b(k - 1) == W["min"] and self.b(k) in DEMONSTRATIVE_CURRENT and self.b(k + 1) == W["alshahr"]:
                return Match(i, k + 2, "date", M.DayOfMonth(day, M.RelativePeriod("month", 0)), "day_of_this_month")
            if day is not None and 1 <= day <= 31 and self.b(k - 1) == W["min"] and self.b(k) == W["alshahr"]:
                rp = self.relative_period(k)  # "العاشر من الشهر الجاري"
                if rp is not None:
                    return Match(i, rp.j, "date", M.DayOfMonth(day, rp.meaning))
                # "اليوم الأول من الشهر": of the reference's month
                return Match(i, k + 1, "date", M.DayOfMonth(day, M.RelativePeriod("month", 0)), "day_of_this_month")
            return None
        j, month, cal, amb = mo
        yp = self.year_part(j, cal)
        if day is None and yp is None:  # month first: "يناير الثاني والعشرين، 2018", "سبتمبر10, 1901"
            dd = self.digits(j, 1, 31, width=(1, 2))
            o = (j + 1, dd) if dd is not None else self.ordinal(j)
            if o is not None and 1 <= o[1] <= 31:
                yp2 = self.year_part(o[0], cal)
                if yp2 is not None and yp2[1] is not None:
                    return self._date_from(i, o[0], o[1], month, cal, yp2, weekday)
        if day is None:
            if amb and yp is None and not allow_bare_month and not self._month_cue(i):
                return None
        if day is not None and day > 31:
            return Match(i, j, "date", INVALID)
        return self._date_from(i, j, day, month, cal, yp, weekday)

    def _month_number(self, k):
        """A month by its number: "شهر 3", "شهر ثلاثة", "الشهر الثامن": (end, month) or None."""
        b = self.b(k)
        if b == W["shahr"] and self.pre[k] == "":
            d = self.digits(k + 1, 1, 12, width=(1, 2))
            if d is not None:
                return k + 2, d
            r = self.count(k + 1)
            if r is not None and r[1] is not None and 1 <= r[1] <= 12 and self.base[k + 1] is not DIGIT:
                return r
        elif b == W["alshahr"]:
            o = self.ordinal(k + 1)
            if o is not None and 1 <= o[1] <= 12:
                return o
        return None

    def _month_cue(self, i):
        """A bare month name counts after a preposition or "شهر" (and "شهر" is kept in the span)."""
        return self.b(i - 1) in _MONTH_CUES or (i > 0 and self.sur[i - 1] in ("/", "("))

    def bare_day(self, i):
        d = self.digits(i, 1, 31)
        if d is None:
            k = i + 1 if self.s(i) == W["al"] else i
            d = self.digits(k, 1, 31)
            if d is None:
                o = self.ordinal(i)
                if o is None:
                    return None
                return Match(i, o[0], "day", _BareDay(o[1]))
            return Match(i, k + 1, "day", _BareDay(d))
        return Match(i, i + 1, "day", _BareDay(d))


    def year(self, i, allow_number=False):
        b = self.b(i)
        if b in YEAR_WORDS:
            sp = self.spelled_number(i + 1)
            if sp is not None:
                j, cal = self._marker(sp[0], "gregorian")
                return Match(i, j, "year", M.CalendarDate(sp[1], calendar=cal), "year_spelled")
            d = self.digits(i + 1, 1, 3000)
            if d is not None:
                j, cal = self._marker(i + 2, "gregorian")
                if cal == "gregorian" and not 1000 <= d <= 2200:
                    return None
                return Match(i, j, "year", M.CalendarDate(d, calendar=cal))
            return None
        d = self.digits(i, 1, 3000, width=(3, 4))
        if d is not None:
            j, cal = self._marker(i + 1, None)
            if cal is None:
                if allow_number and 1000 <= d <= 2200:
                    return Match(i, i + 1, "year", M.CalendarDate(d))
                return None
            return Match(i, j, "year", M.CalendarDate(d, calendar=cal))
        return None

    def decade(self, i):
        b = self.b(i)
        if b not in DECADES:
            return None
        dec, j = DECADES[b], i + 1
        century = 1900
        if self.b(j) == W["min"] and self.s(j + 1) == CENTURY:  # "الثمانينيات من القرن الماضي"
            j += 1
        if self.b(j) == CENTURY or self.s(j) == CENTURY:
            nxt = self.s(j + 1)
            if nxt is not None and (self._mod(j + 1) == "current" or nxt == _HADI):
                century = 2000
                j += 2 if nxt != _HADI else 3
            elif self._mod(j + 1) == "past" or nxt == _ISHRIN:
                j += 2
            else:
                j += 1
        return Match(i, j, "decade", M.Decade(century + dec))

    # weekdays and days -----------------------------------------------------------------------
    def weekday(self, i):
        k = i
        has_day_word = False
        if self.b(k) == W["yawm"] and self.pre[k] is not None:
            k += 1
            has_day_word = True
        b = self.b(k)
        if b not in WEEKDAYS:
            return None
        wd = WEEKDAYS[b]
        j = k + 1
        # a date right after the weekday: "الإثنين 19 / 2 / 2018", "السبت الـ 10 من شباط"
        nxt = j + (1 if self.s(j) == "," else 0)
        if self.b(nxt) == W["fi"] and self.pre[nxt] == "":  # "الأربعاء في الخامس من نيسان المقبل"
            nxt += 1
        dm = self._best(self.numeric_date(nxt), self.date(nxt))
        if dm is not None and isinstance(dm.meaning, M.DayOfMonth):
            return Match(i, dm.j, "date", dm.meaning)  # "الثلاثاء التاسع عشر من هذا الشهر"
        if dm is not None and dm.meaning is not INVALID and dm.meaning.day is not None:
            dd = dm.meaning
            return Match(i, dm.j, "date", M.CalendarDate(dd.year, dd.month, dd.day, dd.calendar, dd.direction, wd))
        if dm is not None and dm.meaning is INVALID:
            return Match(i, dm.j, "date", INVALID)
        ma = self._mod_at(j)
        mod = None if ma is None else ma[0]
        direction = {"past": "past", "next": "next", "current": "bare"}.get(mod, "bare")
        if ma is not None:
            j = ma[1]
        cue = has_day_word or mod is not None or self._day_cue(i - 1)
        if b in AMBIGUOUS_WEEKDAYS and not cue and (
            self.b(i - 1) in _NUMERAL_CONTEXT or self.s(j) in _NUMERAL_AFTER
        ):
            return None  # "بين الاثنين", "كلا الاثنين": the numeral "two"
        return Match(i, j, "weekday", M.Weekday(wd, direction, self._future_context(i)))

    def _day_cue(self, i):
        b = self.b(i)
        return b == W["alyawm"] or (b is not None and (b,) in DAY_PARTS) or b in (W["mundh"], W["hatta"])

    def _future_context(self, i):
        """A future-tense verb or particle shortly before position i (same clause)."""
        for k in range(i - 1, max(i - 1 - ar.FUTURE_WINDOW, -1), -1):
            s = self.sur[k]
            if s in (".", "!", "?", ",", ";", ":") or s in CLAUSE_BREAKS:
                return False
            if s == _AN:  # أن/إن opens a clause: future only as "من المقرر أن", "يعتزم أن"
                return k > 0 and self.base[k - 1] in FUTURE_WORDS
            if self.base[k] in FUTURE_WORDS or is_future_marker(s):
                return True
        return False

    def relative_day(self, i):
        b = self.b(i)
        k = i
        if b == W["yawm"] and self.b(i + 1) in RELATIVE_DAYS and self.b(i + 1) != W["alyawm"]:
            k = i + 1  # "يوم أمس", "يوم الغد"
            b = self.b(k)
        if b in _RELATIVE_PHRASE_FIRST and i + 2 < self.n + 1:
            for length in _RELATIVE_PHRASE_LENGTHS:
                key = tuple(self.base[k:k + 1]) + tuple(self.sur[k + 1:k + length])
                if len(key) == length and key in RELATIVE_DAY_PHRASES:
                    return Match(i, k + length, "relative_day", M.DayOffset(RELATIVE_DAY_PHRASES[key]), "relative_day_phrase")
        if b in TONIGHT:
            return Match(i, k + 1, "day_part", M.DayPart("ليل", 18, 30, "NI", M.DayOffset(0)))
        if b not in RELATIVE_DAYS:
            return None
        off = RELATIVE_DAYS[b]
        if b == W["alyawm"]:
            if self.b(i - 1) in DEMONSTRATIVES:
                return None
            nb = self.b(k + 1)
            if nb in ANAPHORIC_DAYS:
                return Match(i, k + 2, "anaphoric", M.Anaphoric(ANAPHORIC_DAYS[nb], nb in DEICTIC_FALLBACK), "anaphoric_day")
            if nb in PREVIOUS_DAY_WORDS:  # "اليوم الماضي / المنصرم" = yesterday
                return Match(i, k + 2, "relative_day", M.DayOffset(-1), "previous_day")
            o = self.ordinal(k + 1)  # "اليوم الأول من الشهر", "اليوم الثالث من شهر عشرة"
            if o is not None and self.b(o[0]) == W["min"]:
                d = self.date(k + 1)
                if d is not None:
                    return Match(i, d.j, d.kind, d.meaning, "day_ordinal_of_month")
        if self.b(k + 1) in WEEKDAYS:  # "اليوم الثلاثاء", "غدا الأربعاء", "أمس الاثنين"
            return Match(i, k + 2, "relative_day", M.DayOffset(off, WEEKDAYS[self.b(k + 1)]))
        return Match(i, k + 1, "relative_day", M.DayOffset(off))


    def week_day(self, i):
        """A weekday of a relative week: "أحد الأسبوع الماضي", "الاثنين من هذا الأسبوع",
        "الأسبوع المقبل يوم الجمعة", "الأسبوع القادم الأحد"."""
        b = self.b(i)
        if b == W["alusbu"]:
            rp = self.relative_period(i)
            if rp is None or rp.meaning.unit != "week":
                return None
            k = rp.j
            if self.s(k) == ",":
                k += 1
            if self.b(k) == W["yawm"]:
                k += 1
            wd = WEEKDAYS.get(self.b(k))
            if wd is None:
                return None
            return Match(i, k + 1, "date", M.WeekdayOfWeek(wd, rp.meaning), "week_then_weekday")
        wd = WEEKDAYS.get(b)
        if wd is None:
            wd = WEEKDAYS_BARE.get(b)
            if wd is None or self.pre[i] not in ("",):
                return None
        k = i + 1
        if self.b(k) == W["min"]:
            k += 1
        rp = self.relative_period(k)
        if rp is None or rp.meaning.unit != "week":
            return None
        return Match(i, rp.j, "date", M.WeekdayOfWeek(wd, rp.meaning), "weekday_of_week")

    def day_ref(self, i):
        """A day a part of the day can attach to."""
        return self._best(self.relative_day(i), self.weekday(i), self.date(i), self.numeric_date(i), self._yawm_date(i))

    def _yawm_date(self, i):
        if self.b(i) == W["yawm"]:
            d = self._best(self.date(i + 1), self.numeric_date(i + 1))
            if d is not None and d.meaning is not INVALID and d.meaning.day is not None:
                return Match(i, d.j, "date", d.meaning)
        return None

    def day_part(self, i):
        b = self.b(i)
        key = None
        if b is not None and (b,) in DAY_PARTS:
            key, k = (b,), i + 1
        if b == W["bad"] and self.s(i + 1) is not None and (b, self.sur[i + 1]) in DAY_PARTS:
            key, k = (b, self.sur[i + 1]), i + 2
        if key is None:
            return None
        sh, eh, code = DAY_PARTS[key]
        d = self.day_ref(k)
        if d is None or d.meaning is INVALID or d.kind not in ("relative_day", "weekday", "date", "anaphoric"):
            return None
        day = d.meaning
        if isinstance(day, M.CalendarDate) and day.day is None:
            return None
        j = d.j
        until = None
        if d.kind == "weekday" and self.s(j) in ("-", "/") and self.b(j + 1) in WEEKDAYS:
            until = M.Weekday(WEEKDAYS[self.b(j + 1)])
            j += 2
        return Match(i, j, "day_part", M.DayPart(key[-1], sh, eh, code, day, until))


    # relative periods and spans -------------------------------------------------------------
    def relative_period(self, i):
        b = self.b(i)
        k = i
        forced = None
        if b in DEMONSTRATIVE_CURRENT and self.b(i + 1) in PERIOD_NOUNS:
            k, forced = i + 1, 0
            b = self.b(k)
        if b not in PERIOD_NOUNS:
            return None
        unit = PERIOD_NOUNS[b]
        if forced is not None:
            return Match(i, k + 1, "relative_period", M.RelativePeriod(unit, 0))
        ma = self._mod_at(k + 1)
        if ma is None:
            return None
        return Match(i, ma[1], "relative_period", M.RelativePeriod(unit, {"past": -1, "current": 0, "next": 1}[ma[0]]))


    def part_of(self, i):
        b = self.b(i)
        if b not in PART_WORDS:
            return None
        part = PART_WORDS[b]
        k = i + 1
        nb = self.b(k)
        if nb in DEMONSTRATIVE_CURRENT and self.b(k + 1) in PERIOD_NOUNS:
            return Match(i, k + 2, "part_of", M.PartOf(part, M.RelativePeriod(PERIOD_NOUNS[self.b(k + 1)], 0)))
        if nb in PERIOD_NOUNS and PERIOD_NOUNS[nb] in ("month", "year"):
            rp = self.relative_period(k)
            if rp is not None:
                return Match(i, rp.j, "part_of", M.PartOf(part, rp.meaning))
            y = self.year(k)
            if y is not None:
                return Match(i, y.j, "part_of", M.PartOf(part, y.meaning))
            return Match(i, k + 1, "part_of", M.PartOf(part, M.RelativePeriod(PERIOD_NOUNS[nb], 0)))
        mn = self._month_number(k)
        if mn is not None:  # "بداية شهر 3"
            yp = self.year_part(mn[0], "gregorian")
            d = self._date_from(k, mn[0], None, mn[1], "gregorian", yp)
            if d.meaning is not INVALID:
                return Match(i, d.j, "part_of", M.PartOf(part, d.meaning))
        if nb == W["shahr"]:
            k += 1
        d = self.date(k, allow_bare_month=True)
        if d is not None:
            if d.meaning is INVALID or d.meaning.day is not None:
                return None
            return Match(i, d.j, "part_of", M.PartOf(part, d.meaning))
        y = self.year(k, allow_number=True)
        if y is not None:
            return Match(i, y.j, "part_of", M.PartOf(part, y.meaning))
        return None

    def year_fraction(self, i):
        """الربع الأول من 2018، النصف الثاني من العام الماضي."""
        unit = YEAR_FRACTION_WORDS.get(self.b(i))
        if unit is None:
            return None
        idx = YEAR_FRACTION_ORDINALS.get(self.b(i + 1))
        if idx is None or (unit == "half" and idx > 2):
            return None
        k = i + 2 + (1 if self.b(i + 2) == W["min"] else 0)
        y = self._best(self.year(k, allow_number=True), self.relative_period(k))
        if y is None and self.b(k) in (W["alam"], W["alsana"]):
            y = Match(k, k + 1, "relative_period", M.RelativePeriod("year", 0))
        if y is None or (isinstance(y.meaning, M.RelativePeriod) and y.meaning.unit != "year"):
            return None
        if idx == -1:
            idx = 4 if unit == "quarter" else 2
        return Match(i, y.j, "part_of", M.YearFraction(unit, idx, y.meaning))


def _starters() -> dict[str, tuple[str, ...]]:
    """Which parsers can start at a token, by the token's base form (a dispatch table that
    keeps the scan from trying every parser at every word)."""
    counts = _COUNT_FIRST
    table: dict[str, list[str]] = {}

    def add(name, bases):
        for b in bases:
            table.setdefault(b, []).append(name)

    add("shift", _AGO | {W["bad"]})
    add("span", _WITHIN | {fold("على")} | counts | set(UNITS))
    add("date", {DIGIT, W["al"]} | set(ORDINALS) | MONTH_FIRST_WORDS | FIRST_DAY_WORDS)
    add("now", {k[0] for k in NOW_WORDS})
    add("day_range", {DIGIT} | MONTH_FIRST_WORDS)
    add("named_day", {k[0] for k in NAMED_DAYS} | HOLIDAY_SPAN_WORDS)
    add("recurrence", {EVERY} | {k[0] for k in FREQUENCY_ADVERBS})
    add("duration", set(HALF_WORDS))
    add("before_after", {W["qabl"], W["bad"]})
    add("week_day", set(WEEKDAYS) | set(WEEKDAYS_BARE) | {W["alusbu"]})
    add("numeric_date", {DIGIT})
    add("year", YEAR_WORDS | {DIGIT})
    add("weekday", {W["yawm"]} | set(WEEKDAYS))
    add("relative_day", {W["yawm"]} | set(RELATIVE_DAYS) | {k[0] for k in RELATIVE_DAY_PHRASES} | TONIGHT)
    add("relative_period", DEMONSTRATIVE_CURRENT | set(PERIOD_NOUNS))
    add("part_of", set(PART_WORDS))
    add("day_part", {k[0] for k in DAY_PARTS})
    add("clock", CLOCK_WORDS | {DIGIT})
    add("duration", DURATION_CUES | counts | set(UNITS))
    add("decade", set(DECADES))
    add("year_fraction", set(YEAR_FRACTION_WORDS))
    add("hour_word", set(CLOCK_HOUR_ORDINALS))
    add("bare_day", {DIGIT, W["al"]} | set(ORDINALS))
    return {k: tuple((name, getattr(_Parser, name)) for name in v) for k, v in table.items()}


_STARTERS = _starters()  # base form -> ((parser name, parser), ...)
_COMPOUND_FIRST = frozenset({W["min"], W["bayn"], W["mundh"], W["hatta"], W["lighayat"]})  # see _Parser.top
_COMPOUND_RULES = {W["min"]: "range", W["bayn"]: "range", W["mundh"]: "since", W["hatta"]: "until", W["lighayat"]: "until"}
_TRIGGERS = frozenset(_STARTERS) | _COMPOUND_FIRST


def _gates() -> dict[str, frozenset[str]]:
    """For the commonest triggers, the base forms the *next* token must have for any parser
    to match there: the scan checks it before calling a parser.  Most "في", "من" and
    numbers in news start no date, and this skips them for one dictionary lookup.

    Each entry restates what the parsers starting at that word require next (the test
    suite checks that the starters are the ones assumed here, and that recognition with and
    without the gates is the same).
    """
    gates = {}
    # a number: a unit (span, duration), a month or من (date), a separator (numeric_date),
    # ":" (clock), a calendar marker (year); a bare day only begins inside a range
    gates[DIGIT] = (
        set(UNITS) | MONTH_FIRST_WORDS | {W["min"], "/", "-", ".", ":", W["ila"], W["hatta"]} | HIJRI_MARKERS | GREGORIAN_MARKERS
    )
    # "في 3 أيام", "خلال الأيام الماضية", "طوال 3 أشهر": a count or a unit (span, duration)
    for b in _WITHIN & _TRIGGERS:
        gates[b] = _COUNT_FIRST | set(UNITS)
    gates[_ALA] = _MADA  # "على مدى"
    # range, until: another expression starts right after
    for b in (W["min"], W["bayn"], W["hatta"], W["lighayat"]):
        gates[b] = set(_STARTERS)
    return {k: frozenset(v) for k, v in gates.items()}


_GATES = _gates()


class _Prefixes:
    """``pre[i]``: the clitic prefix of token i, looked up when a parser asks."""

    __slots__ = ("t",)

    def __init__(self, toks: _Tokens):
        self.t = toks

    def __getitem__(self, i: int) -> str | None:
        return self.t.prefix(i)



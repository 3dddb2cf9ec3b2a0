"""Clock times: الساعة 5:45، الساعة الخامسة مساء، 10:40 ص، الثالثة وربع، التاسعة صباحا.

A rule family of the grammar: methods mixed into the parser (``recognize._Parser``), which
supplies the token helpers (``b``, ``s``, ``digits``, ``count``, ``unit``, ``point`` ...).
"""

from __future__ import annotations

from .. import meaning as M
from ..calendars import days_in_month, is_valid_date  # noqa: F401
from ..normalize import fold, without_proclitics  # noqa: F401
from .lexicon import (
    _ALSAA,
    _CLOCK_FRACTIONS_AT,
    _CLOCK_PERIODS_AT,
    CLOCK_FRACTIONS,
    CLOCK_HOUR_ORDINALS,
    CLOCK_WORDS,
    DAY_PART_PERIOD,
    DIGIT,
    ORDINAL_TEEN_SECOND,
    W,
    ZONE_ABBREVIATIONS,
    CLOCK_HOUR_MARKS,
    CLOCK_MINUTE_MARKS,
)
DIGIT_HOUR_PERIODS = {fold(w) for w in ("صباحا", "صباحًا", "فجرا", "ظهرا", "عصرا", "مساء", "مساءً", "مساءا", "ليلا")}

from .rule import INVALID, Match, _clock_hour, _iso  # noqa: F401
from ..lang import ar as _ar  # noqa: E402
from . import dates as _dates  # noqa: E402  (its _DEFINITE_FEMININE)
from . import days as _days  # noqa: E402  (its THIS_DAY_PART, read when the rule runs: one switch)
from .lexicon import DEMONSTRATIVE_CURRENT, TONIGHT  # noqa: E402


#: Whether "قبل / قبيل / بعد / عقب (صلاة) الفجر / العصر / المغرب / العشاء" after a clock time sets
#: its half of the day, as مساء does ("الساعة الخامسة إلا ثلثا قبل المغرب" = 16:40, "الساعة
#: الرابعة قبيل صلاة الفجر" = 04:00, "السابعة بعد صلاة العشاء" = 19:00; ``lang.ar.PRAYER_CLOCK_PERIODS``).
#: Before: the hour as written (04:40) and the prayer left out. Measured: Duckling +1 row;
#: no story changes.
PRAYER_PERIODS = True
#: Whether a feminine ordinal hour with no "الساعة" before it is a clock time when "من" and a
#: part of a day follow ("العاشرة والنصف من صباح غد الخميس", "الثامنة من مساء اليوم"), as it is
#: after "الساعة". Before: "العاشرة والنصف" alone, on the publication day, and "صباح غد" a
#: second mention (an undated hour placed the call for a protest tomorrow on today).
HOUR_WORD_OF_PART = True
#: Whether "الحادية عشرة" and "الثانية عشرة" (also with عشر) with no "الساعة" before them are the
#: hours 11 and 12 when a part of the day follows, as "العاشرة ليلا" is ten ("حتى الحادية عشرة
#: ليلاً" = 23:00, "الثانية عشرة ظهرا" = 12:00). Before: no mention (the hour read as
#: "الحادية", one, with "عشرة" in the way of its part of the day).
CLOCK_HOUR_TEENS = True
#: Whether minutes with their unit after a clock time's part of the day are its minutes:
#: "في تمام الساعة الحادية عشرة مساء و11 دقيقة" = 23:11, "على الساعة العاشرة صباحا و30
#: دقيقة" = 10:30 (as "الحادية عشرة و11 دقيقة مساء" is). Before: the hour, and a duration
#: of 11 minutes.
CLOCK_MINUTES_AFTER_PERIOD = True
#: Whether "الـ" before an hour in digits after "الساعة" is passed over, so that its minutes and
#: its part of the day count ("الساعة الـ4:10 مساءً" = 16:10, as "الساعة 4:10 مساءً"). Before:
#: the hour alone, as written (04:00), read as a count.
CLOCK_AL_DIGITS = True
#: Whether the minutes written as "والدقيقة N" after an hour are its minutes, the part of the day
#: after them counting: "في تمام الساعة العاشرة والدقيقة 28 مساء بتوقيت القاهرة" = 22:28 (the
#: Egyptian astronomy institute's wording of the conjunction time). Before: "الساعة العاشرة"
#: alone, 10:00, and the minutes, the evening and the day after them lost.
CLOCK_MINUTE_WORD = True
#: Whether a 24-hour restatement in parentheses sets the half of the day of the hour before it
#: when no part of the day follows: "تنطلق صافرة بداية المباراة في تمام الساعة 9:15 (21:15)
#: بتوقيت مكة المكرمة" = 21:15, "التاسعة والربع (21:15)" (as "الساعة الثامنة (20.00) مساء" =
#: 20:00 already was). Only an hour twelve more with the same minutes. Before: 09:15.
RESTATED_24H = True
#: Whether a time restated in parentheses after the part of the day belongs to the clock time
#: before it when it agrees with it (the same hour, on the 24-hour clock or as said, and the same
#: minutes): "يوم الجمعة 19 أوت، على الساعة السابعة مساء (١٩:٠٠)" = 19 August 19:00, one mention
#: (as "الساعة السابعة (19:00) مساء" is; APS and Algerian sport pages). The ninth engine check.
#: Before: the digits were a second mention, 19:00 on the DCT.
RESTATED_AFTER_PERIOD = True
#: Whether a time restated in guillemets before the part of the day is read as one in
#: parentheses: "الساعة الثالثة والنصف «3:30» عصراً" = 15:30, one mention (funeral notices; the
#: twelfth engine check; «» are brackets elsewhere too, ``days.WEEKDAY_QUOTES``); a part of the day
#: inside the gloss is the time's: "«3:30 عصراً»", "(3:30 عصراً)" = 15:30, one mention (review 68).
#: Before: two mentions at 03:30, the part of the day lost.
RESTATED_IN_QUOTES = True
#: Whether a bare hour with its part of the day restating a clock time in parentheses is the
#: clock's, as one with its minutes is: "الساعة 23:00 (11 مساءً)" = 23:00, one mention (the
#: thirteenth engine check, a railway's notice of the clock change); only when the hour is the
#: clock's own or twelve less and, with that part of the day, the same clock time (not "23:00
#: (11 صباحاً)": the clock and the bracket apart). Before: two mentions, "23:00" and "11 مساءً" (23:00-24:00).
RESTATED_HOUR_WITH_PART = True
#: Whether a clock time in digits in parentheses with its part of the day after the closing
#: bracket takes that part of the day, also after "الساعة": "يستضيف الخليج نظيره الرياض (5:45)
#: مساء" = 17:45, "الساعة (9:00) مساء" = 21:00 (Saudi fixture lists; the fifteenth engine check),
#: as "الساعة الثامنة (20.00) مساء" already was. Only H:MM alone in the brackets and a part of the
#: day right after them. Before: 05:45 and 09:00, "مساء" left out.
BRACKETED_CLOCK_PERIOD = True
_GLOSS_CLOSERS = {"(": ")", "«": "»"}
_GLOSS_OPENERS = {")": "(", "»": "«"}
#: Whether a time-zone gloss in parentheses after a clock time with a part of the day belongs to
#: it whatever hour it gives (the same time in another zone adds no time): "على أن تغلق السادسة
#: مساء (17:00 ت غ)" = 18:00, one mention; also past a zone named before it ("في الساعة 1:04 من
#: صباح الأربعاء بالتوقيت المحلي (06:04 بتوقيت غرينتش)"), as "الساعة الثامنة (07:00 ت غ)" already
#: was. The zone: an abbreviation of ``ar.ZONE_ABBREVIATIONS`` or a zone recognize reads
#: ("بتوقيت غرينتش", "ت.غ"). The tenth engine check (election days, launches). Before: the gloss
#: was a second mention, 17:00 (06:04) on the DCT.
ZONE_GLOSS_ANY_HOUR = True
#: Whether a clock time in digits with no part of the day takes a zone named after it and then
#: its time-zone gloss in parentheses, as one with a part of the day does (ZONE_GLOSS_ANY_HOUR):
#: "الساعة 17:30 بتوقيت المملكة (14:30 بتوقيت غرينتش)" = 17:30, one mention (the zone before the
#: gloss may be one recognize does not list, "بتوقيت <word>", when the gloss names one; the thirteenth
#: engine check, Gulf match notices). Before: 17:30, and the gloss a second mention, 14:30 on the DCT.
ZONE_GLOSS_NO_PERIOD = True
#: Whether a time-zone gloss in parentheses may name its own half of the day and its own day
#: ("في حوالي الساعة 1.45 صباحا بالتوقيت المحلي (10.45 مساء بتوقيت جرينتش يوم الخميس)": one
#: mention, Friday 01:45, the gloss's Thursday being the zone's; the fourteenth engine check,
#: Syrian communiqués via the wires). Before: "يوم الخميس" a second mention (and "22:45" of a
#: colon gloss a third, on the DCT).
ZONE_GLOSS_OWN_DAY = True
_ZONE_CUE_WORDS = frozenset(fold(w) for w in ("بتوقيت", "بالتوقيت"))
#: Whether the Algerian civil protection's clock, the hours marked "سا" and the minutes "د" after
#: "الساعة" ("تدخلت على الساعة 01سا45د", "على الساعة 10 سا 30 د", "على الساعة 14سا"), is that
#: time: 01:45, 10:30, 14:00, the marks in the mention (``ar.CLOCK_HOUR_MARKS``,
#: ``ar.CLOCK_MINUTE_MARKS``). The tenth engine check (Algerian outlets). Before: the hour alone
#: ("الساعة 01" = 01:00), the minutes lost.
HOUR_MINUTE_MARKS = True
#: Whether a bare weekday after a clock time takes the future tense of its clause counted from
#: the clock's first word, as an hour alone does: "وأوضح أن الخسوف سيبدأ في سلطنة عمان عند
#: الساعة الثالثة و44 دقيقة فجر الأربعاء" = the coming Wednesday (18 September 2024 on Sunday the
#: 15th), "ستنطلق المباراة الساعة 8:30 مساء الخميس" = the coming Thursday. Before: the past
#: week's day (11 / 12 September): the colon of "8:30" was taken for a clause's end and the words
#: of the minutes counted against the ten-word reach of the future marker
#: (``days._future_context``).
CLOCK_WEEKDAY_FUTURE = True
#: Whether so does a bare weekday in a part of the day after "من" ("الساعة ... من صباح الأربعاء"):
#: "وستقام صلاة الميت على إبراهيم رئيسي ومرافقيه عند الساعة السابعة والنصف من صباح الأربعاء" =
#: the coming Wednesday (22 May 2024 on Tuesday the 21st; the eighth engine check, funerals).
#: Before: the reach of the future marker was counted to the weekday, so that a clock time with
#: its minutes put it out of reach, the past week's day (15 May).
CLOCK_OF_PART_WEEKDAY_FUTURE = True
_DAQIQA, _WA_AL = fold("دقيقة"), fold("وال")  # "والدقيقة": its base and its proclitics
#: Whether an hour word with its minutes and no part of the day ("الخامسة والنصف") is no clock
#: time right after a definite feminine noun, whose ordinal it is ("للمرة الخامسة والأربعين",
#: "في الدقيقة الخامسة والأربعين"), as ``dates.ORDINAL_OF_A_NOUN`` does for days. Before: 05:40.
HOUR_WORD_ORDINAL_OF_NOUN = True
#: Whether an hour word with a part of the day after it right after a noun that takes a rank
#: ("الجولة", "المرة", "الدورة", "النسخة", "المرتبة", "الدقيقة", "المرحلة", "الحلقة", "الجلسة")
#: is that noun's rank: "في الجولة العاشرة مساء الأحد" = the evening of Sunday, no 22:00. Before:
#: 22:00 (the teens, "الحادية عشرة", were guarded for any definite feminine noun).
HOUR_WORD_RANK_OF_NOUN = True
#: Whether a clock fraction with its "و" written apart is the hour's minutes, as "والنصف" is: "في
#: حدود الثانية و النصف زوالا" = 14:30, "في غضون الرابعة و النصف" = 04:30, "على الساعة الثانية و
#: النصف زوالا" = 14:30 (Maghrebi reports; the fifteenth engine check). Before: the hour words
#: missed, and after "الساعة" the hour alone (02:00), the minutes and "زوالا" lost.
CLOCK_FRACTION_WA_APART = True
_RANK_NOUNS = frozenset(fold(w) for w in (
    "الجولة", "المرة", "الدورة", "النسخة", "المرتبة", "الدقيقة", "المرحلة", "الحلقة", "الجلسة"))
#: Whether "منتصف الليل" after a clock time sets it in the small hours, as "بعد منتصف الليل"
#: does ("الساعة الثانية عشرة منتصف الليل" = 00:00 of the reference day); said of a named day
#: it is that day's end ("يوم الأحد 31 أوت على الساعة الثانية عشرة منتصف الليل" = Monday 1
#: September 00:00, the deadline at the end of Sunday). Before: noon, 12:00, and "منتصف الليل"
#: left out.
CLOCK_MIDNIGHT = True
#: Whether seconds after a clock time's minutes written after "الساعة" belong to it, so that
#: its part of the day and its day count: "في تمام الساعة 00:26:20 من صباح يوم الأحد الموافق 29
#: أكتوبر" = 00:26 of Sunday 29 October (the minute that holds the second; the astronomy
#: institutes' wording of an eclipse's phases). Before: 00:26 of the reference day, the ":20"
#: cutting it from its day. Only after "الساعة" (a bare "2:05:30" is a race time as often).
CLOCK_SECONDS = True
#: Whether a bare H:MM:SS (no "الساعة") after a word or at the start is no clock time: "توقيت
#: القاهرة المحلي 22:45:33 آخر تحديث" (a page stamp), "winning the #BerlinMarathon in 2:01:08",
#: "زمنا قدره 2:05:30" (race times; the fourteenth engine check). After a date or a mark it is
#: kept ("2025 02:29:33", "2018 - 13:39:20"). Before: the seconds cut off, 22:45 / 02:01 on the DCT.
BARE_SECONDS_NO_CLOCK = True
#: ... but it is still a clock time after a time cue (review 69): a preposition of time (عند، في،
#: تمام، حوالي، نحو، قرابة، منذ، حتى; "وقع الانفجار عند 22:45:33", "وفي تمام 22:45:33"), a
#: weekday ("الخميس 22:45:33" = that Thursday 22:45), a month's name (a date's end), or a part of
#: the day ("مساء 22:45:33"); or before a zone ("بالتوقيت المحلي", "بتوقيت ...", "توقيت", GMT) or a
#: half-of-day word ("مساء", "فجرا"). The word before may carry و / ف.
_BARE_SECONDS_CUES = frozenset(fold(w) for w in (
    "عند", "في", "تمام", "حوالي", "حوالى", "نحو", "قرابة", "منذ", "حتى", "يوم", "صباح", "مساء", "فجر", "ظهر",
    "عصر", "ليلة", "ليل", "صبيحة", "ظهيرة", "الفجر", "الصباح", "الظهر", "العصر", "المساء")) \
    | frozenset(fold(w) for w, _ in _ar.WEEKDAYS) | frozenset(fold(w) for w in _ar.WEEKDAYS_BARE) \
    | frozenset(fold(w).split()[-1] for w, _, _ in _ar.GREGORIAN_MONTHS if not fold(w).split()[-1].isdigit())
_BARE_SECONDS_ZONES = ("بالتوقيت", "بتوقيت", "توقيت", "gmt", "utc")
#: Whether a clock time takes the day or date that follows it after "في" as after "من": "بدءًا
#: من الساعة السادسة صباحًا في يوم الجمعة" (on a Thursday) = the coming Friday 06:00, "الساعة
#: السادسة صباحا في 15 ديسمبر 2023" = that day 06:00 (the fourteenth engine check, electoral
#: silence notices). Before: the clock on the DCT and the day read apart (the past Friday).
CLOCK_DAY_AFTER_FI = True
#: Whether a clock time with a time zone between it and "من" + a part of a day takes that part's
#: day and half of the day, as with no zone between: "في الساعة الثانية والنصف (بالتوقيت المحلي)
#: من فجر امس" = yesterday 02:30, one mention over the zone (agency copy; the fifteenth engine
#: check). Before: 02:30 on the DCT, and "فجر امس" a mention of its own.
ZONE_BEFORE_DAY_PART = True
_HOUR_PREPS = frozenset(fold(w) for w in ("في", "وفي", "عند", "وعند", "حتى", "وحتى", "منذ", "قبل", "بعد", "وبعد",
                                          "نحو", "حوالي", "حوالى", "قرابة", "تمام", "الى", "إلى"))


def _midnight_of(h, minute, period, day):
    """The hour of a clock time: midnight said of a named day is that day's end, hour 24
    ("يوم الأحد 31 أوت على الساعة الثانية عشرة منتصف الليل" = the end of Sunday, a deadline);
    with no day named, 00:00 of the reference day (CLOCK_MIDNIGHT)."""
    return 24 if period == "midnight" and day is not None and h == 0 else h  # (24:30: half past, after it)


class ClockRules:
    RULES = ("clock", "hour_word", "digit_hour")

    def _clock_period(self, k):
        """The half of the day a phrase after a clock time names: (period, end) or None."""
        r = self._phrase(k, _CLOCK_PERIODS_AT)
        if r is not None and r[0] == "midnight":
            # "الثانية عشرة منتصف الليل": the small hours' twelve, 00:00 (rule._clock_hour)
            return r if CLOCK_MIDNIGHT else None
        if r is None or not r[0].startswith("prayer_"):
            return r
        return (r[0][len("prayer_"):], r[1]) if PRAYER_PERIODS else None

    def _bracketed_clock(self, k):
        """ "(5:45) مساء" at k (BRACKETED_CLOCK_PERIOD): (hour, minute, the end of the closing
        bracket), else None."""
        if (self.s(k) != "(" or (h := self.digits(k + 1, 0, 23, width=(1, 2))) is None
                or self.s(k + 2) not in (":", ".") or self.digits(k + 3, 0, 59, width=(2,)) is None
                or self.s(k + 4) != ")" or self._clock_period(k + 5) is None):
            return None
        return h, int(self.sur[k + 3]), k + 5

    def clock(self, i, day=None):
        k = i
        bc = None
        if BRACKETED_CLOCK_PERIOD:
            bc = self._bracketed_clock(i + 1 if self.b(i) in CLOCK_WORDS else i)
        if bc is not None:
            h, minute, k = bc  # "(5:45) مساء", "الساعة (9:00) مساء"
        elif self.b(k) in CLOCK_WORDS:
            k += 1
            if self.s(k) == ":" and self.base[k - 1] == _ALSAA:  # a dateline's "الساعة: 14:29"
                k += 1
            if CLOCK_AL_DIGITS and self.s(k) == W["al"] and self.digits(k + 1, 0, 24, width=(1, 2)) is not None:
                k += 1  # "الساعة الـ4:10 مساءً": the article before the digits
            h = self.digits(k, 0, 24, width=(1, 2))
            minute = None
            if h is not None:
                k += 1
                if (mk := self._hour_marks(k)) is not None:
                    minute, k = mk  # "على الساعة 01سا45د", "14سا": the Algerian marks
                elif (
                    self.s(k) in (":", ".")
                    and self.digits(k + 1, 0, 59, width=(2,)) is not None
                    or self.s(k) == ","  # "الساعة 07,20"
                    and self.adjacent(k - 1, k)
                    and self.adjacent(k, k + 1)
                    and self.digits(k + 1, 0, 59, width=(2,)) is not None
                ):
                    minute = int(self.sur[k + 1])
                    k += 2
                    if (CLOCK_SECONDS and self.s(k) == ":" and self.adjacent(k - 1, k) and self.adjacent(k, k + 1)
                            and self.digits(k + 1, 0, 59, width=(2,)) is not None):
                        k += 2  # "الساعة 00:26:20": its seconds
                else:
                    fr = self._clock_fraction(k, h)  # "الساعة 3 و 18 دقيقة"
                    if fr is not None:
                        h, minute, k = fr
            else:
                o = self.ordinal(k)
                if o is None and self.base[k - 1] == _ALSAA:  # "الساعة ثلاثة"
                    r = self.count(k)
                    o = (
                        r
                        if r is not None
                        and r[1] is not None
                        and self.base[k] is not DIGIT
                        else None
                    )
                if o is None or not 1 <= o[1] <= 12:
                    return None
                h, k = o[1], o[0]
                fr = self._clock_fraction(k, h)
                if fr is not None:
                    h, minute, k = fr
        else:
            h = self.digits(k, 0, 23, width=(1, 2))
            if (
                h is None
                or self.s(k + 1) != ":"
                or self.digits(k + 2, 0, 59, width=(2,)) is None
            ):
                return None
            if not (self.adjacent(k, k + 1) and self.adjacent(k + 1, k + 2)):
                return None
            if (
                self.s(k + 3) == ":"
                and self.digits(k + 4) is not None
                and not self.digits(k + 4, 0, 59)
            ):
                return None
            if (BARE_SECONDS_NO_CLOCK and self.s(k + 3) == ":" and self.adjacent(k + 2, k + 3)
                    and self.adjacent(k + 3, k + 4) and self.digits(k + 4, 0, 59, width=(2,)) is not None
                    and (k == 0 or (self.s(k - 1) or "")[:1].isalpha()) and not self._seconds_clock_cued(k)):
                return None  # "المحلي 22:45:33 آخر تحديث", "in 2:01:08": a stamp or a race time
            if (BARE_SECONDS_NO_CLOCK and k >= 2 and self.s(k - 1) == ":" and self.base[k - 2] is DIGIT
                    and self.adjacent(k - 2, k - 1) and self.adjacent(k - 1, k)):
                return None  # "01:08" inside "2:01:08": its minutes and seconds, no clock time
            minute = int(self.sur[k + 2])
            k += 3
        k0, k = k, self._gloss(k, h)
        period = None
        r = self._clock_period(k)
        if r is None and (h24 := self._restated_24h(k0, k, h, minute)) is not None:
            # "الساعة 9:15 (21:15)": the restatement says the half of the day
            day, k = self._clock_day(k, i) if day is None else (day, k)
            return Match(i, k, "time", M.ClockTime(h24, minute, day, True))
        if r is not None:
            period, k = r
            minute, k = self._minutes_after_period(k, h, minute, period)
        elif day is None and (tp := self._this_part(k)) is not None:  # "الساعة العاشرة هذا الصباح"
            period, day, k = tp
        if day is None and period is None and (m := self._of_day_part_past_zone(i, k, h, minute)) is not None:
            return m  # "الساعة الخامسة من مساء أمس"
        h0, h = h, _clock_hour(h, period)
        if h is None:
            return None
        if period is not None:
            k = self._restated_after(k, h, h0, minute)  # "الساعة السابعة مساء (19:00)"
        elif ZONE_GLOSS_NO_PERIOD:
            k = self._zone_gloss(k)  # "الساعة 17:30 بتوقيت المملكة (14:30 بتوقيت غرينتش)"
        if day is None and ZONE_GLOSS_OWN_DAY and h is not None:
            day = self._gloss_local_day(k, h, minute)  # "(... بتوقيت جرينتش يوم الخميس)": the gloss's day
        if day is None:
            day, k = self._clock_day(k, i)
        return Match(i, k, "time", M.ClockTime(_midnight_of(h, minute, period, day), minute, day, period is not None))

    def _seconds_clock_cued(self, k):
        """Whether the bare H:MM:SS at token k is cued as a clock time (_BARE_SECONDS_CUES before
        it, a zone or a half-of-day word after it)."""
        if k > 0:
            w = fold(self.s(k - 1) or "")
            if w in _BARE_SECONDS_CUES or (w[:1] in ("و", "ف") and w[1:] in _BARE_SECONDS_CUES):
                return True
        after = fold(self.s(k + 5) or "").lower()
        return after.startswith(_BARE_SECONDS_ZONES) or after in DIGIT_HOUR_PERIODS

    def _of_day_part_past_zone(self, i, k, h, minute):
        """:meth:`_of_day_part` at k, or past a time zone named at k, bracketed or not
        (ZONE_BEFORE_DAY_PART): "الساعة الثانية والنصف (بالتوقيت المحلي) من فجر امس"."""
        m = self._of_day_part(i, k, h, minute)
        if m is None and ZONE_BEFORE_DAY_PART and self.b(k) != W["min"] and (z := self._zone(k)) is not None:
            m = self._of_day_part(i, z[0], h, minute)
        return m

    def _of_day_part(self, i, k, h, minute):
        """The hour h (and minute) from token i, "من" at k and a part of a day after it
        ("الخامسة من مساء أمس", "العاشرة والنصف من صباح غد"): that time of that day, else None."""
        if self.b(k) != W["min"]:
            return None
        dp = self.day_part(k + 1)
        if dp is None or dp.meaning.until is not None:
            return None
        key = (dp.meaning.name,) if (dp.meaning.name,) in DAY_PART_PERIOD else None
        if key is None and self.b(k + 1) == W["bad"]:
            key = tuple(fold("بعد الظهر").split())
        if key is None:
            return None
        h2 = _clock_hour(h, DAY_PART_PERIOD[key])
        if h2 is None:
            return None
        wd = dp.meaning.day
        if (CLOCK_OF_PART_WEEKDAY_FUTURE and isinstance(wd, M.Weekday) and wd.direction == "bare"
                and not wd.future and self._future_context(i)):
            wd = M.Weekday(wd.weekday, wd.direction, True)  # "ستقام ... عند الساعة السابعة والنصف من صباح الأربعاء"
        return Match(i, self._zone_gloss(dp.j), "time", M.ClockTime(h2, minute, wd, True))

    def _after_qualified_noun(self, i) -> bool:
        """Whether the word before i may be a noun the ordinal at i qualifies ("الجلسة الثانية
        من صباح اليوم", "للجلسة الثانية", "جلستها الثانية"): anything but the start, a mark,
        "الساعة" or a preposition of time ("في / عند / حتى / منذ / قبل / بعد / نحو / حوالي")."""
        if i == 0:
            return False
        w = fold(self.s(i - 1) or "")
        if not w[:1].isalpha() or self.base[i - 1] == _ALSAA:
            return False
        return w not in _HOUR_PREPS

    def _gloss(self, k, hour=None):
        """Past a time restated in parentheses: "الثامنة (20.00) مساء", "الساعة 07,20 (04:20
        ت غ)" (the hour in digits, or in another time zone): the end of the gloss, else k.
        ``hour``: the clock's own hour, which a bare hour with its part of the day inside must
        restate ("23:00 (11 مساءً)", RESTATED_HOUR_WITH_PART)."""
        close = _GLOSS_CLOSERS.get(self.s(k)) if RESTATED_IN_QUOTES else ")" if self.s(k) == "(" else None
        if close is None or (g := self.digits(k + 1, 0, 24, width=(1, 2))) is None:
            return k
        if self.s(k + 2) in (":", ".") and self.digits(k + 3, 0, 59, width=(2,)) is not None:
            e = k + 4
        elif self.s(k + 2) == close:
            return k + 3
        elif (RESTATED_HOUR_WITH_PART and (p := self._clock_period(k + 2)) is not None and self.s(p[1]) == close
              and (hour is None or g in (hour, hour - 12)
                   and _clock_hour(hour, p[0]) is not None and _clock_hour(hour, p[0]) == _clock_hour(g, p[0]))):
            # "23:00 (11 مساءً)": the part of the day inside is the time's (its closer: _restated_after), when
            # the two give the same clock time (not "23:00 (11 صباحاً)": 23:00 stays, the bracket apart)
            return k + 2
        else:
            return k
        for e2 in range(e, min(e + 4, self.n)):  # a zone: "ت غ", "GMT", "بتوقيت غرينتش"
            if self.sur[e2] == close:
                return e2 + 1
            if RESTATED_IN_QUOTES and e2 == e and (p := self._clock_period(e2)) is not None and self.s(p[1]) == close:
                return e2  # "«3:30 عصراً»": the part of the day inside is the time's (its closer: _restated_after)
            if self.sur[e2] in (".", ",", "(", ":") or self.base[e2] is DIGIT:
                return k
        return k

    def _restated_after(self, k, hh, h, minute):
        """The end of a restatement in parentheses at k of the time hh (on the 24-hour clock; h as
        said) and ``minute``: "مساء (19:00)" (RESTATED_AFTER_PERIOD), else k."""
        if RESTATED_IN_QUOTES and self.s(k) in _GLOSS_OPENERS and any(
                g >= 0 and self.s(g) == _GLOSS_OPENERS[self.s(k)] and self._gloss(g) == k - 1 for g in (k - 5, k - 3)):
            return k + 1  # "«3:30 عصراً»": the closer of a restatement with its part of the day inside (_gloss)
        if (z := self._zone_gloss(k)) != k:
            return z  # "السادسة مساء (17:00 ت غ)": the same time in another zone
        if not RESTATED_AFTER_PERIOD or self.s(k) != "(" or (e := self._gloss(k)) == k:
            return k
        g = self.digits(k + 1, 0, 24, width=(1, 2))
        gm = self.digits(k + 3, 0, 59, width=(2,)) if self.s(k + 2) in (":", ".") else None
        return e if g in (hh, h) and (gm or 0) == (minute or 0) else k

    def _hour_marks(self, k):
        """The minutes and the end of the Algerian clock's marks after an hour in digits at k:
        "سا" (hours), then "MM د" (minutes) or nothing: "01سا45د", "10 سا 30 د", "14سا"
        (HOUR_MINUTE_MARKS): (minute or None, end), else None."""
        if not HOUR_MINUTE_MARKS or self.s(k) not in CLOCK_HOUR_MARKS:
            return None
        if self.s(k + 2) in CLOCK_MINUTE_MARKS and (m := self.digits(k + 1, 0, 59, width=(1, 2))) is not None:
            return m, k + 3
        return None, k + 1

    def _zone_gloss(self, k):
        """Past a time-zone gloss in parentheses at k, also after a zone named before it: "(17:00 ت
        غ)", "بالتوقيت المحلي (06:04 بتوقيت غرينتش)" (ZONE_GLOSS_ANY_HOUR): its end, else k."""
        if not ZONE_GLOSS_ANY_HOUR:
            return k
        g = k
        if self.s(g) != "(" and (z := self._zone(g)) is not None:
            g = z[0]  # "بالتوقيت المحلي (...)": the local zone, then the gloss
        elif (ZONE_GLOSS_NO_PERIOD and self.b(g) in _ZONE_CUE_WORDS and self.s(g + 2) == "("
              and (self.s(g + 1) or "")[:1].isalpha()):
            g += 2  # "بتوقيت المملكة (14:30 بتوقيت غرينتش)": a zone not listed, then the gloss naming one
        if self.s(g) != "(" or self.digits(g + 1, 0, 24, width=(1, 2)) is None:
            return k
        e = g + 2
        if self.s(g + 2) in (":", ".") and self.digits(g + 3, 0, 59, width=(2,)) is not None:
            e = g + 4
        if ZONE_GLOSS_OWN_DAY and e > g + 2 and (p := self._clock_period(e)) is not None:
            e = p[1]  # "(10.45 مساء بتوقيت جرينتش يوم الخميس)": the gloss's own half of the day
        ab = max((w for w in ZONE_ABBREVIATIONS if tuple(self.sur[e:e + len(w)]) == w), key=len, default=None)
        if ab is not None:
            end = e + len(ab)
        elif (z := self._zone(e)) is not None:
            end = z[0]
        else:
            return k
        if ZONE_GLOSS_OWN_DAY and self.s(end) != ")" and (d := self.day_ref(end)) is not None \
                and d.kind in ("weekday", "relative_day", "date") and self.s(d.j) == ")" and d.meaning is not INVALID:
            end = d.j  # "... بتوقيت جرينتش يوم الخميس)": the zone's own day, the gloss's
            gh = self.digits(g + 1, 0, 24, width=(1, 2))
            gm = self.digits(g + 3, 0, 59, width=(2,)) if e > g + 2 and self.s(g + 2) in (":", ".") else 0
            p = self._clock_period(g + 4) if g + 4 < e else None
            gh = _clock_hour(gh, p[0] if p is not None else None) if gh is not None else None
            if gh is not None and self.s(end) == ")":
                # ... which sets the clock's day (review 69): the gloss's day, moved by the wrap
                self._gloss_days = {**getattr(self, "_gloss_days", {}), end + 1: (d.meaning, gh, gm or 0)}
        return end + 1 if self.s(end) == ")" else k

    def _gloss_local_day(self, k, h, minute):
        """The day of a clock time at ``h``:``minute`` (local) whose zone gloss ends at k and
        names its own day (ZONE_GLOSS_OWN_DAY): the gloss's day, one day later when the local
        clock wrapped past midnight going east of the gloss's zone ("1.45 صباحا بالتوقيت المحلي
        (10.45 مساء بتوقيت جرينتش يوم الخميس)" = Friday), one day earlier when it wrapped back
        going west; the zones taken to lie less than twelve hours apart. None without such a gloss."""
        got = getattr(self, "_gloss_days", {}).get(k)
        if got is None:
            return None
        day, gh, gm = got
        local, gloss = h * 60 + (minute or 0), gh * 60 + gm
        east = (local - gloss) % (24 * 60) < 12 * 60
        shift = 1 if east and local < gloss else (-1 if not east and local > gloss else 0)
        return day if shift == 0 else M.ShiftFrom(1, "day", shift, day)

    def _restated_24h(self, k0, k, h, minute):
        """The afternoon or evening hour (13-23) of a gloss from k0 to k restating hour ``h`` and
        ``minute`` on the 24-hour clock ("9:15 (21:15)", RESTATED_24H), else None."""
        if not RESTATED_24H or k == k0 or not 1 <= h <= 11:
            return None
        g = self.digits(k0 + 1, 13, 23, width=(2,))
        if g != h + 12:
            return None
        gm = self.digits(k0 + 3, 0, 59, width=(2,)) if self.s(k0 + 2) in (":", ".") else None
        return g if (gm or 0) == (minute or 0) else None

    def digit_hour(self, i):
        """ "6 مساء": an hour in digits with a part-of-day adverb and no الساعة, not a count
        before a part of a day ("قتل 6 مساء أمس" is six people yesterday evening)."""
        h = self.digits(i, 1, 12, width=(1, 2))
        if h is None or (i > 0 and self.sur[i - 1] in (":", ".", "/", "-", ",") and self.adjacent(i - 1, i)):
            return None
        r = self._phrase(i + 1, _CLOCK_PERIODS_AT)
        if r is None or r[1] != i + 2 or self.sur[i + 1] not in DIGIT_HOUR_PERIODS:
            return None  # the adverbs only: not the marks ص/م, "5 صباح" (a construct), "6 الصبح"
        period, k = r
        d = self.day_ref(k)
        if d is not None and d.meaning is not INVALID:
            return None
        hh = _clock_hour(h, period)
        if hh is None:
            return None
        return Match(i, k, "time", M.ClockTime(hh, None, None, True))

    def _this_part(self, k):
        """ "هذا الصباح" / "هذا المساء" / "هذه الليلة" after a clock time: (period, the
        reference day, end) or None."""
        if (part := self._this_day_part(k)) is not None:
            return DAY_PART_PERIOD[(part,)], M.DayOffset(0), k + 2
        if _days.THIS_DAY_PART and self.b(k) in DEMONSTRATIVE_CURRENT and self.b(k + 1) in TONIGHT:
            return "night", M.DayOffset(0), k + 2
        return None

    def _clock_day(self, k, start=None):
        """The day a clock time names after it ("الخامسة مساء أمس", "السادسة مساءً من اليوم
        نفسه"): (day meaning or None, the end); a bare weekday's future tense is looked for
        before the clock's first word ``start`` too (CLOCK_WEEKDAY_FUTURE)."""
        kk = k + (1 if self.b(k) == W["min"] else 0)
        if kk > k:
            kk = self._past_this(kk)  # "الساعة 12:00 من هذا الجمعة": هذا passed over
        elif CLOCK_DAY_AFTER_FI and self.s(k) == W["fi"] and self.pre[k] in ("", None):
            kk = k + 1  # "الساعة السادسة صباحًا في يوم الجمعة", "... في 15 ديسمبر 2023"
        d = self.day_ref(kk)
        if (
            d is not None
            and d.meaning is not INVALID
            and d.kind in ("relative_day", "weekday", "date", "anaphoric")
            and not (isinstance(d.meaning, M.CalendarDate) and d.meaning.day is None)
        ):
            wd = d.meaning
            if (CLOCK_WEEKDAY_FUTURE and start is not None and isinstance(wd, M.Weekday)
                    and wd.direction == "bare" and not wd.future and self._future_context(start)):
                return M.Weekday(wd.weekday, wd.direction, True), d.j
            return d.meaning, d.j
        return None, k

    def _clock_fraction(self, k, h):
        """ "والنصف" / "والربع" / "إلا ربعا" after an hour: (hour, minute, end) or None."""
        r = self._phrase(k, _CLOCK_FRACTIONS_AT, first_by_base=False)
        if (r is None and CLOCK_FRACTION_WA_APART and self.s(k) == W["wa"] and k + 1 < self.n
                and (v := CLOCK_FRACTIONS.get((W["wa"] + self.sur[k + 1],))) is not None):
            r = (v, k + 2)  # "الثانية و النصف": the "و" apart
        if r is None and CLOCK_MINUTE_WORD and 0 <= k < self.n and self.base[k] == _DAQIQA and self.pre[k] == _WA_AL:
            c = self.count(k + 1)  # "العاشرة والدقيقة 28": the minute named by its word
            if c is not None and c[1] is not None and 0 <= c[1] <= 59:
                return h, c[1], c[0]
        if r is None:
            # "و 18 دقيقة", "وخمس وأربعون دقيقة": minutes after the hour
            if not 0 <= k < self.n:
                return None
            kk = k + 1 if self.s(k) == W["wa"] else k
            if (
                kk == k
                and self.pre[k] not in ("و",)
                and not (
                    self.base[k] is not DIGIT and (self.sur[k] or "").startswith("و")
                )
            ):
                return None
            if kk == k and self.base[k] is DIGIT:
                return None
            c = self.count(kk)
            if c is None or c[1] is None or not 1 <= c[1] <= 59:
                return None
            end = c[0]
            u = self.unit(end)
            if u is not None and u[1] == "minute":
                end = u[0]
            elif kk == k + 1 and self.base[kk] is DIGIT:
                return None  # "الساعة 3 و 5": a count, not minutes
            return h, c[1], end
        v, end = r
        return (h - 1, 60 + v, end) if v < 0 else (h, v, end)

    def _minutes_after_period(self, k, h, minute, period):
        """(minute, end): minutes with their unit after a clock time's part of the day ("الساعة
        الحادية عشرة مساء و11 دقيقة"; CLOCK_MINUTES_AFTER_PERIOD), else (minute, k)."""
        if not CLOCK_MINUTES_AFTER_PERIOD or minute is not None or period is None:
            return minute, k
        fr = self._clock_fraction(k, h)
        if fr is None or fr[1] < 1 or fr[0] != h:
            return minute, k
        u = self.unit(fr[2] - 1)
        if u is None or u[1] != "minute" or u[0] != fr[2]:
            return minute, k  # only minutes with their unit ("مساء و11 دقيقة"), not "مساء وثلاثة"
        return fr[1], fr[2]

    def _ordinal_of_a_noun(self, i) -> bool:
        """Whether the hour word at i follows a definite feminine noun it may rank ("للمرة",
        "الدقيقة", "الجولة"; not "الساعة")."""
        return i > 0 and self.base[i - 1] != _ALSAA and _dates._DEFINITE_FEMININE.match(fold(self.s(i - 1) or "")) is not None

    def hour_word(self, i, day=None):
        """التاسعة صباحا: a feminine ordinal hour followed by a part-of-day adverb (or by its
        minutes: "الخامسة والنصف"); ``day`` when it follows a day ("غدا في الثانية والنصف")."""
        h = CLOCK_HOUR_ORDINALS.get(self.b(i))
        if h is None:
            return None
        k = i + 1
        if CLOCK_HOUR_TEENS and h in (1, 2) and self.s(k) in ORDINAL_TEEN_SECOND:
            if self._ordinal_of_a_noun(i):
                return None  # "في الجولة الحادية عشرة مساء الأحد": the round's rank, then the evening
            h, k = 10 + h, k + 1  # "الحادية عشرة ليلا", "الثانية عشرة ظهرا"
        minute = None
        by_count = self._phrase(k, _CLOCK_FRACTIONS_AT, first_by_base=False) is None  # (not "والنصف")
        fr = self._clock_fraction(k, h)
        if fr is not None:
            h, minute, k = fr
        k0, k = k, self._gloss(k, h)
        r = self._clock_period(k)
        if r is None and (h24 := self._restated_24h(k0, k, h, minute)) is not None:
            day, k = self._clock_day(k, i) if day is None else (day, k)  # "التاسعة والربع (21:15)"
            return Match(i, k, "time", M.ClockTime(h24, minute, day, True))
        if r is None and day is None and (tp := self._this_part(k)) is not None:  # "الثامنة هذه الليلة"
            hh = _clock_hour(h, tp[0])
            return None if hh is None else Match(i, tp[2], "time", M.ClockTime(hh, minute, tp[1], True))
        if r is None and day is None and HOUR_WORD_OF_PART and not self._after_qualified_noun(i) \
                and (m := self._of_day_part_past_zone(i, k, h, minute)) is not None:
            return m  # "العاشرة والنصف من صباح غد", "الثامنة من مساء اليوم"
        if r is None:
            if minute is None:
                return None
            if HOUR_WORD_ORDINAL_OF_NOUN and by_count and self._ordinal_of_a_noun(i):
                return None  # "للمرة الخامسة والأربعين", "في الدقيقة الخامسة والأربعين": an ordinal
                # (a fraction is no ordinal's: "وصلت الطائرة الخامسة والنصف" stays 05:30)
            # "الخامسة والنصف": an hour with its minutes is a time even with no part of the day
            # (the hour as stated, as "الساعة 5:45")
            if day is None:
                day, k = self._clock_day(k, i)
            return Match(i, k, "time", M.ClockTime(h, minute, day))
        if HOUR_WORD_RANK_OF_NOUN and i > 0 and any(w in _RANK_NOUNS for w in without_proclitics(fold(self.s(i - 1) or ""))):
            return None  # "في الجولة العاشرة مساء الأحد": the round's rank, then the evening
        hh = _clock_hour(h, r[0])
        if hh is None:
            return None
        minute, after = self._minutes_after_period(r[1], h, minute, r[0])
        after = self._restated_after(after, hh, h, minute)  # "السابعة مساء (19:00)"
        if day is None:
            day, k = self._clock_day(after, i)
        else:
            k = after
        return Match(i, k, "time", M.ClockTime(_midnight_of(hh, minute, r[0], day), minute, day, True))

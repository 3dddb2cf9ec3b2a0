"""Deterministic synthetic Arabic news articles for the speed benchmark.

Not a test fixture and not a source of truth for values: this writes *realistic-looking*
text fast, so that the benchmark can measure throughput on 1-100 MB.  It reuses the word
lists of :mod:`timeline.lang.ar_testing` (the vocabulary :mod:`timeline.testing` uses to
write date expressions: month names in five systems, digits in three scripts, number
words, units, weekdays, parts of months, vague pasts, Hijri months, noise prose) and the
event vocabulary of :mod:`timeline.lang.ar_events` (predicates, groups, place cues), and
draws from them with a seeded :class:`random.Random` -- the same seed gives the same
corpus, byte for byte, on every run, far faster than hypothesis' ``.example()``.

Each article has a publication day (DCT) and reports one to three "stories" (an event
class, an actor, a place, a day) drawn from a shared pool, so that several articles
report the same event in different words and the timeline's merging has work to do.
Dates of the stories are written relative to the DCT (أمس، قبل يومين، الخميس الماضي),
as absolute dates, or by weekday; background sentences carry other expressions (years,
months, vague pasts, Hijri dates, durations).  The density of date expressions is
printed by the benchmark next to that of the real seed articles.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from hijridate import Gregorian

from timeline.lang import ar_events as E
from timeline.lang import ar_testing as V

# -- places and phrasing (benchmark data, not library data) ------------------------------------
PLACES = (
    "الخوين", "أم الخلاخيل", "الزرزور", "أبو الظهور", "التمانعة", "الحمدانية", "تل السلطان",
    "رويضة", "شطيب", "جرجناز", "معرة النعمان", "سراقب", "خان شيخون", "كفرنبل", "الهبيط",
    "عطشان", "أبو دالي", "المشيرفة", "الربيعة", "تل مرديخ", "أم جلال", "الشاكوسية", "رسم الورد",
    "الصالحية", "حيش", "مورك", "اللطامنة", "كفرزيتا", "قلعة المضيق", "جسر الشغور", "دير حافر",
    "مسكنة", "الباب", "منبج", "تادف", "بزاعة", "الأتارب", "دارة عزة", "سنجار", "الغدفة",
)
CUES = ("قرية", "بلدة", "مدينة", "منطقة", "ناحية")
REGIONS = ("ريف إدلب الشرقي", "ريف حماة الشمالي", "ريف حلب الجنوبي", "ريف إدلب الجنوبي", "البادية السورية")
GROUPS = tuple(E.GROUPS)
LABELS = ("capture", "surrender", "seize", "enter", "arrive", "clash", "attack", "kill", "withdraw",
          "shell", "besiege", "announce")
LEADS = (
    "وأفاد مصدر ميداني بأن", "وقال ناشطون إن", "وذكرت مصادر محلية أن", "وأكد مراسل الموقع أن",
    "ونقلت وكالة الأنباء أن", "وبحسب المرصد فإن", "وأشار مصدر عسكري إلى أن", "", "", "",
)
PEOPLE = ("مقاتل", "عنصر", "مدنيين", "شخصا", "مسلحا")
COUNT_LEADS = ("قرابة", "نحو", "حوالي", "أكثر من", "")
TIMES_OF_DAY = ("صباح", "مساء", "ليل", "فجر", "ظهر")
SOURCES = ("وكالة الأنباء", "المرصد السوري", "مراسل الموقع", "مصادر محلية", "ناشطون")

_ONE = timedelta(days=1)


class Generator:
    """``Generator(seed).articles(...)`` yields synthetic articles; every random choice
    comes from one :class:`random.Random`, so the output depends on the seed only."""

    def __init__(self, seed: int = 2018, start: date = date(2015, 1, 1), per_day: int = 40,
                 stories_per_day: int = 12):
        self.seed = seed
        self.r = random.Random(seed)
        self.start = start
        self.per_day = per_day
        self.stories_per_day = stories_per_day
        self._stories: dict[date, list[tuple]] = {}

    # -- small pieces --------------------------------------------------------------------------
    def num(self, n: int, width: int = 0) -> str:
        r = self.r.random()
        script = "ascii" if r < 0.7 else ("arabic" if r < 0.95 else "persian")
        return "".join(V.DIGIT_SCRIPTS[script][int(c)] for c in str(n).zfill(width))

    def month_name(self, m: int) -> str:
        r = self.r.random()
        if r < 0.35:
            return self.r.choice(V.MONTHS["syriac"][m])
        if r < 0.75:
            return self.r.choice(V.MONTHS["egyptian"][m])
        if r < 0.85 and m in V.MONTHS["maghrebi"]:
            return self.r.choice(V.MONTHS["maghrebi"][m])
        return self.r.choice(V.PAIRED_TEMPLATES).format(
            s=self.r.choice(V.MONTHS["syriac"][m]), e=self.r.choice(V.MONTHS["egyptian"][m]))

    def weekday(self, d: date) -> str:
        return self.r.choice(V.WEEKDAYS[d.weekday()])

    def absolute(self, d: date, year: bool = True) -> str:
        r = self.r.random()
        if r < 0.15:
            return f"{self.num(d.day)}/{self.num(d.month)}/{self.num(d.year)}"
        if r < 0.25:
            return f"{self.r.choice(V.ORDINAL_DAYS[d.day])} من {self.month_name(d.month)}" + (
                f" {self.r.choice(V.YEAR_AFTER_MONTH).format(y=self.num(d.year))}" if year else "")
        y = f" {self.r.choice(V.YEAR_AFTER_MONTH).format(y=self.num(d.year))}" if year else ""
        return f"{self.num(d.day)} {self.month_name(d.month)}{y}"

    def count_phrase(self, n: int, unit: str) -> str:
        forms = V.UNITS[unit]
        if n == 1:
            return self.r.choice(forms["one"])
        if n == 2:
            return self.r.choice(forms["dual_gen"])
        if n <= 10:
            number = self.r.choice(V.NUMBER_WORDS[n]) if self.r.random() < 0.5 else self.num(n)
            return f"{number} {self.r.choice(forms['plural'])}"
        return f"{self.num(n)} {self.r.choice(forms['acc'])}"

    def noise(self, lo: int, hi: int) -> str:
        words = [self.r.choice(V.NOISE_WORDS) for _ in range(self.r.randint(lo, hi))]
        if words and self.r.random() < 0.08:
            words.insert(self.r.randrange(len(words)), self.r.choice(V.NON_TEMPORAL_TRAPS))
        return " ".join(words)

    # -- date expressions -------------------------------------------------------------------------
    def event_date(self, day: date, dct: date) -> str:
        """How a report published on ``dct`` dates an event of ``day``."""
        back = (dct - day).days
        r = self.r.random()
        if back == 0:
            if r < 0.5:
                return self.r.choice(("اليوم", "صباح اليوم", "مساء اليوم", "ظهر اليوم", "فجر اليوم"))
            return f"اليوم {self.weekday(day)}" if r < 0.8 else f"يوم {self.weekday(day)}"
        if back == 1:
            if r < 0.6:
                return self.r.choice(V.RELATIVE_DAYS[-1] + ("مساء أمس", "ليل أمس", "صباح أمس", "ليلة أمس"))
            return f"يوم {self.weekday(day)}" if r < 0.8 else self.absolute(day, year=self.r.random() < 0.5)
        if r < 0.3:
            return f"قبل {self.count_phrase(back, 'day')}"
        if r < 0.5 and back < 7:
            return f"يوم {self.weekday(day)}" + (" الماضي" if self.r.random() < 0.5 else "")
        if r < 0.6 and back == 2:
            return self.r.choice(V.RELATIVE_DAYS[-2])
        return self.absolute(day, year=self.r.random() < 0.6)

    def background_date(self, dct: date) -> str:
        """A date expression of a background sentence (not an event of the stories)."""
        r = self.r.random()
        if r < 0.12:
            return self.r.choice(V.YEAR_ALONE).format(y=self.num(self.r.randint(2005, dct.year)))
        if r < 0.24:
            return self.r.choice(sum(V.VAGUE.values(), ()))
        if r < 0.34:
            unit = self.r.choice(("week", "month", "year"))
            noun, fem = self.r.choice(V.PERIOD_NOUNS[unit])
            mods = self.r.choice((V.PERIOD_PREVIOUS, V.PERIOD_CURRENT, V.PERIOD_NEXT))[fem]
            return f"{noun} {self.r.choice(mods)}"
        if r < 0.44:
            m = self.r.randint(1, 12)
            return f"{self.r.choice(V.PART_WORDS[self.r.choice(('START', 'MID', 'END'))])} {self.month_name(m)} {self.num(dct.year)}"
        if r < 0.54:
            unit = self.r.choice(("day", "week", "month", "year", "hour"))
            return f"{self.r.choice(V.AGO_WORDS)} {self.count_phrase(self.r.randint(1, 12), unit)}"
        if r < 0.62:
            return f"{self.r.choice(('على مدى', 'لمدة', 'خلال'))} {self.count_phrase(self.r.randint(2, 9), self.r.choice(('day', 'month', 'hour')))}"
        if r < 0.70:
            d = dct - timedelta(days=self.r.randint(10, 900))
            h = Gregorian(d.year, d.month, d.day).to_hijri()
            out = f"{self.num(h.day)} {self.r.choice(V.HIJRI_MONTHS[h.month])} {self.num(h.year)}{self.r.choice(V.HIJRI_SUFFIXES)}"
            if self.r.random() < 0.4:
                out += f" الموافق {self.absolute(d)}"
            return out
        if r < 0.76:
            return self.r.choice(sum(V.DECADES.values(), ()))
        if r < 0.84:
            a = self.r.randint(2005, 2014)
            return f"بين عامي {self.num(a)} و{self.num(a + self.r.randint(1, 4))}"
        if r < 0.92:
            return f"الساعة {self.num(self.r.randint(1, 12))}:{self.num(self.r.choice((0, 15, 30, 45)), 2)}"
        return f"في شهر {self.month_name(self.r.randint(1, 12))}"

    # -- stories and articles ---------------------------------------------------------------------
    def stories(self, day: date) -> list[tuple]:
        if day not in self._stories:
            # a separate stream per day, so the pool does not depend on the order of requests
            rr = random.Random(f"{self.seed}/{day.isoformat()}")
            self._stories[day] = [
                (rr.choice(LABELS), rr.choice(GROUPS), rr.choice(PLACES), rr.choice(CUES),
                 rr.choice((0, 0, rr.randint(3, 60), rr.randint(100, 500))), day)
                for _ in range(self.stories_per_day)
            ]
        return self._stories[day]

    def event_sentence(self, story: tuple, dct: date, with_date: bool) -> str:
        label, group, place, cue, count, day = story
        pred = self.r.choice(E.PREDICATES[label][:6])
        parts = []
        lead = self.r.choice(LEADS)
        if lead:
            parts.append(lead)
        when = self.event_date(day, dct) if with_date else None
        if when and self.r.random() < 0.3:
            parts.append(f"{when}،")
            when = None
        parts.append(pred)
        if count:
            parts.append(f"{self.r.choice(COUNT_LEADS)} {self.num(count)} {self.r.choice(PEOPLE)} من".strip())
        elif self.r.random() < 0.4:
            parts.append(self.r.choice(E.AGENT_FILLERS[:8]))
        parts.append(group)
        parts.append(f"في {cue} {place}")
        if self.r.random() < 0.5:
            parts.append(f"في {self.r.choice(REGIONS)}")
        if when:
            parts.append(when)
        parts.append(self.noise(2, 10))
        return " ".join(parts) + self.r.choice((".", ".", "،", "؛"))

    def background_sentence(self, dct: date, with_date: bool) -> str:
        words = self.noise(6, 22)
        if not with_date:
            return words + "."
        expr = self.background_date(dct)
        if self.r.random() < 0.5:
            return f"{self.r.choice(('وفي', 'وكانت', 'وأشار', 'وتابع'))} {expr}، {words}."
        cut = words.split(" ")
        k = self.r.randint(1, len(cut))
        return " ".join(cut[:k]) + f" {expr}، " + " ".join(cut[k:]) + "."

    def header(self, dct: date) -> str:
        r = self.r.random()
        if r < 0.5:
            return f"{self.weekday(dct)} {self.num(dct.day)} / {self.num(dct.month)} / {self.num(dct.year)} | {self.num(self.r.randint(0, 23), 2)}:{self.num(self.r.randint(0, 59), 2)} بتوقيت دمشق"
        return f"{self.num(dct.day)} {self.r.choice(V.MONTHS['egyptian'][dct.month])} {self.num(dct.year)}"

    def article(self, i: int, dated: str = "metadata", target_chars: int | None = None) -> tuple[str, date]:
        """The i-th article: (text, publication day).  ``dated``: "metadata" (no date in
        the text's header; the caller passes it as metadata), "header" (a dateline on the
        first line) or "none" (neither)."""
        dct = self.start + timedelta(days=i // self.per_day)
        if target_chars is None:
            target_chars = int(min(9000, max(700, self.r.lognormvariate(7.9, 0.45))))  # median ~2 700 chars
        pool = [s for k in range(7) for s in self.stories(dct - timedelta(days=k))[:4 if k else 12]]
        mine = self.r.sample(pool, self.r.randint(1, 3))
        label, group, place, cue, count, day = mine[0]
        lines = []
        if dated == "header":
            lines.append(self.header(dct))
            lines.append("")
        lines.append(f"{group} {self.r.choice(E.PREDICATES[label][:3])} {cue} {place}")
        lines.append("")
        size = sum(len(x) for x in lines)
        first = True
        while size < target_chars:
            para = []
            for _ in range(self.r.randint(2, 5)):
                if first or self.r.random() < 0.45:
                    s = self.event_sentence(self.r.choice(mine) if not first else mine[0], dct,
                                            with_date=first or self.r.random() < 0.3)
                    first = False
                else:
                    s = self.background_sentence(dct, with_date=self.r.random() < 0.2)
                para.append(s)
            p = " ".join(para)
            lines.append(p)
            size += len(p) + 1
        return "\n".join(lines) + "\n", dct

    def articles(self, n: int | None = None, target_bytes: int | None = None, undated: float = 0.0,
                 header: float = 0.15):
        """Yield ``(i, text, dct, dated)`` until ``n`` articles or ``target_bytes`` of UTF-8."""
        i, total = 0, 0
        while (n is None or i < n) and (target_bytes is None or total < target_bytes):
            r = self.r.random()
            dated = "none" if r < undated else ("header" if r < undated + header else "metadata")
            text, dct = self.article(i, dated)
            total += len(text.encode("utf-8"))
            yield i, text, dct, dated
            i += 1

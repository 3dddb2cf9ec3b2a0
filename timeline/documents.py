"""Documents, corpora, and publication dates.

A :class:`Document` is an article's text with optional metadata.  Its publication date
(the DCT every relative expression is resolved against) comes, in order of trust, from

1. metadata (``published=`` or a JSON/CSV file beside the text): ``published_how ==
   "metadata"``;
2. a date the article states in its dateline/header ("الإثنين 19 / 2 / 2018 | 05:45",
   "١٥ فبراير ٢٠١٨" on a line of its own near the top): ``"text"``; see
   :func:`stated_publication`;
3. inference (:mod:`timeline.publication` weighs the article's clues, the corpus's
   dated articles and the events it shares with them into candidate days):
   ``"inferred"``, a range of days that holds the truth at a stated level, never a
   guess shown as fact.
"""

from __future__ import annotations

import functools
import hashlib
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import attrs

from .values import END_OF_CALENDAR, Mention, Value, moved

__all__ = [
    "Document",
    "Corpus",
    "StatedDate",
    "stated_publication",
    "parse_published",
    "published_offset",
    "resolve_at",
]


# -- parsing metadata dates ----------------------------------------------------------------
def parse_published(value, reference: date | datetime | None = None) -> Value | None:
    """A publication date given as metadata, as a :class:`Value` (None stays None).

    Accepts a date (a day value), a datetime (its minute when it has a time, else its
    day; an aware one keeps its local wall time), a :class:`Value`, or a string:

    - ISO 8601 first ("2018-02-13", "2018-02-13T10:30+03:00"; "2018-02" and "2018" are
      that month and that year);
    - then this library's own reader, which knows every month-name system, Hijri dates
      and Arabic-Indic digits ("١٣ شباط ٢٠١٨", "الثلاثاء 13 فبراير 2018 10:30",
      "28 جمادى الأولى 1439 هـ");
    - then dateparser for other languages ("13 février 2018", "Feb 13, 2018").

    A month or a year stays that month or year ("February 2018", "شباط 2018" are the
    whole month: no day is invented).  A relative expression ("أمس", "yesterday",
    "اليوم الثلاثاء", a day with no year) names a day only against another: it is refused
    with a ValueError unless ``reference`` (the day it is relative to) is given.  A UTC
    offset is dropped from the value, which keeps the local wall time (values are naive
    local times); :func:`published_offset` reads it.  An unparseable string raises
    ValueError.
    """
    if value is None:
        return None
    if reference is not None and not isinstance(reference, date):
        raise TypeError(f"reference must be a date or datetime, got {type(reference).__name__}")
    if isinstance(value, Value):
        if value.start is None:
            raise ValueError("published must be an anchored value, not a duration")
        return value
    if isinstance(value, datetime):
        v = value.replace(tzinfo=None)
        if (v.hour, v.minute, v.second) == (0, 0, 0):
            return Value.day(v)
        v = v.replace(second=0, microsecond=0)
        return Value.interval(v, moved(v, timedelta(minutes=1)), "minute")  # 9999-12-31 23:59 ends the calendar
    if isinstance(value, date):
        return Value.day(value)
    if isinstance(value, str):
        s = value.strip()
        if not s:
            raise ValueError("published is an empty string")
        iso = _iso_published(s)
        if iso is not None:
            return iso
        s = _OFFSET_RE.sub("", s).strip() or s
        got, relative = _own_published(s)
        if got is not None:
            return got
        # other languages; a relative Arabic expression ("أمس") only when they read
        # nothing absolute in it ("13 Feb 2018 10:30": the clock time alone is ours)
        got = _dateparser_published(s, value, reference if relative is None else None, strict=relative is None)
        if got is not None:
            return got
        if relative is not None:
            if reference is None:
                raise _relative_refused(value, f"{relative.text!r} names a day only against another")
            day = reference.date() if isinstance(reference, datetime) else reference
            v = resolve_at(relative.meaning, day)
            if v is None or v.start is None or not _bounded(v):
                raise ValueError(f"published {value!r}: {relative.text!r} gives no date against {day}")
            return v
        raise ValueError(f"cannot parse the publication date {value!r}")
    raise TypeError(f"published must be a date, datetime, Value or str, got {type(value).__name__}")


#: a UTC offset after a clock time ("10:30 +03:00", "10:30:00Z") or a zone name ("GMT+3",
#: "UTC"); a number after a date is no offset ("13-02-2018"); "بتوقيت غرينتش" is left to the reader
_OFFSET_RE = re.compile(
    r"(?<=\d:\d\d)(?:\.\d+)?\s*(?:Z|[+\-\u2212]\d{1,2}(?::?\d{2})?)\s*$"
    r"|\s*\b(?:GMT|UTC)\s*(?:[+\-\u2212]\s*\d{1,2}(?::?\d{2})?)?\s*$"
)
_OFFSET_PARTS = re.compile(r"(Z|GMT|UTC)?\s*(?:([+\-\u2212])\s*(\d{1,2}):?(\d{2})?)?\s*$")


def published_offset(value) -> timedelta | None:
    """The UTC offset a publication date gives (an aware datetime, or a string ending in
    "+03:00", "Z", "GMT+3", "UTC"), or None when it gives none.  :func:`parse_published`
    keeps the local wall time and drops the offset; this keeps what it dropped."""
    if isinstance(value, datetime):
        return value.utcoffset()
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return datetime.fromisoformat(s).utcoffset()
    except ValueError:
        pass
    m = _OFFSET_RE.search(s)
    if m is None or not m.group(0).strip():
        return None
    p = _OFFSET_PARTS.search(m.group(0).strip())
    if p is None or not p.group(0):
        return None
    if p.group(2) is None:
        return timedelta(0)
    sign = -1 if p.group(2) in "-\u2212" else 1
    off = timedelta(hours=int(p.group(3)), minutes=int(p.group(4) or 0))
    if off >= timedelta(hours=24):
        return None
    return sign * off


_ISO_YEAR = re.compile(r"(\d{4})(?:-(\d{2}))?")


def _iso_published(s: str) -> Value | None:
    """An ISO 8601 date or datetime ("2018-02-13", "2018-02-13T10:30:00+03:00"), a year
    ("2018") or a month ("2018-02") as that year or month; None when ``s`` is none of them."""
    m = _ISO_YEAR.fullmatch(s)
    if m:
        y, mo = int(m.group(1)), m.group(2)
        if y < 1:
            return None
        if mo is None:
            end = datetime(y + 1, 1, 1) if y < 9999 else END_OF_CALENDAR
            return Value.interval(datetime(y, 1, 1), end, "year")
        mo = int(mo)
        if not 1 <= mo <= 12:
            raise ValueError(f"published {s!r}: there is no month {mo}")
        end = datetime(y + (mo == 12), mo % 12 + 1, 1) if (y, mo) != (9999, 12) else END_OF_CALENDAR
        return Value.interval(datetime(y, mo, 1), end, "month")
    try:
        d = datetime.fromisoformat(s)
    except ValueError:
        return None
    return parse_published(d)


def _own_published(s: str) -> tuple[Value | None, Mention | None]:
    """``s`` read by this library's own recognizer: (its first full date, with a clock time
    that follows it: "13 فيفري 2018 على الساعة 14:05"; None), or (None, its first relative
    date) when it has no full date, or (None, None) when it has no date."""
    from .resolution import extract

    mentions = [m for m in extract(s) if m.kind not in ("duration", "set")]
    absolute = [m for m in mentions if not getattr(m.meaning, "relative", True)
                and m.value is not None and _bounded(m.value)]
    if absolute:
        v = absolute[0].value
        if v.grain == "day":  # a clock time after the day: its minute
            for m in mentions:
                if m.start >= absolute[0].end and getattr(m.meaning, "relative", True):
                    t = resolve_at(m.meaning, v.start.date())
                    if t is not None and t.start is not None and t.grain in ("minute", "hour") \
                            and v.start <= t.start < v.end:
                        return (Value.interval(t.start, moved(t.start, timedelta(minutes=1)), "minute")
                                if t.grain == "minute" else t), None
                    break
        return v, None  # (with its notes: "weekday-mismatch" when the weekday is not the day's)
    relative = [m for m in mentions if getattr(m.meaning, "relative", True)]
    return None, (relative[0] if relative else None)


def _bounded(v: Value) -> bool:
    """Whether ``v`` is a stretch of time a publication can be: anchored at both ends,
    not open towards either end of the calendar ("منذ 2018", "حتى 2020")."""
    return (v.start is not None and v.end is not None and not v.is_set and not v.is_duration
            and v.start > datetime.min and v.end < END_OF_CALENDAR)


def _relative_refused(value: str, why: str) -> ValueError:
    """The error for a relative publication date given with no reference day."""
    return ValueError(f"published {value!r} is relative ({why}): give the date itself, or a reference: "
                      "parse_published(value, reference=day)")


#: two days far apart: a string dateparser reads differently against them is relative
_PROBES = (datetime(2001, 3, 14, 9, 17), datetime(2011, 10, 23, 16, 41))


@functools.lru_cache(maxsize=8)
def _date_data_parser(base: datetime):
    from dateparser.date import DateDataParser

    return DateDataParser(settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                    "RETURN_AS_TIMEZONE_AWARE": False, "RELATIVE_BASE": base})


def _dateparser_published(s: str, original: str, reference, strict: bool = True) -> Value | None:
    """``s`` read by dateparser (other languages): a month or a year stays that month or
    year; a relative reading needs ``reference`` (``strict``: else it raises; not
    ``strict``: None).  None when dateparser reads nothing."""
    def read(base: datetime):
        try:
            got = _date_data_parser(base).get_date_data(s)
        except (ValueError, OverflowError):
            return None, None
        return got.date_obj, got.period or "day"

    a, period = read(_PROBES[0])
    if a is None:
        return None
    keep = {"year": lambda d: d.year, "month": lambda d: (d.year, d.month)}.get(
        period, lambda d: d if period == "time" else d.date())
    numbers = {int(n) for n in re.findall(r"\d+", s)}
    if a.year in numbers and (period in ("year", "month") or a.day in numbers):
        b = a  # its year (and day) written out: no relative reading (and one parse, not two)
    else:
        b, _ = read(_PROBES[1])
    if b is None or keep(a) != keep(b):
        if reference is None and not strict:
            return None
        if reference is None:
            raise _relative_refused(original, "it names a day only against another")
        ref = reference if isinstance(reference, datetime) else datetime(reference.year, reference.month, reference.day)
        a, period = read(ref)
        if a is None:
            return None
        relative = True
    else:
        relative = False
    a = a.replace(tzinfo=None)
    if period == "year":
        return _iso_published(f"{a.year:04d}")
    if period == "month":
        return _iso_published(f"{a.year:04d}-{a.month:02d}")
    if period == "week":
        monday = datetime(a.year, a.month, a.day) - timedelta(days=a.weekday())
        return Value.interval(monday, moved(monday, timedelta(days=7)), "week")
    if relative and period != "time":
        return Value.day(a)  # "yesterday": a day, not the reference's clock time
    return parse_published(a)


# -- stated publication date ------------------------------------------------------------------
@attrs.frozen
class StatedDate:
    """A publication date an article states about itself, and where."""

    value: Value
    start: int
    end: int
    text: str
    line: int  # 1-based line number


_HEADER_LINES = 12  # a dateline is among the first non-empty lines
_HEADER_CHARS = 600
_MAX_LINE = 90  # a dateline is a short line; dates inside story sentences are not
_RESIDUE_OK = 40  # characters beside the date on its line (weekday, time, city, "|")


def _sentence_around(text: str, s: int, e: int, m: Mention) -> bool:
    """Whether the words beside a date on its line make a sentence (an event word or a
    reporting verb: "سيطر التنظيم على القرية في 10 شباط 2018."), not a dateline (a
    weekday, a time, a city, an agency)."""
    from .events import DEFAULT_LEXICON
    from .text import _is_reporting, tokens

    words = [w for w in tokens(text, s, e) if not (m.start <= w.start < m.end)]
    return any(DEFAULT_LEXICON.is_predicate(w.form) or _is_reporting(w.form) for w in words)


#: Whether a header line may give the date in Latin script, as many Arabic sites print their
#: page stamp ("تاريخ النشر: 18th, September 2023 GMT", "Sunday, August 5, 2012", "03 August
#: 2016", "Jul ٠٧, ٢٠١٧ ١٠:١١ UTC", "20-July-2020"): read by :func:`_latin_date` when the
#: line has no Arabic date.  Of the 2,828 real articles, 40 open with such a line (every one
#: the article's own date); read alone, 26 got no date at all and 14 an inferred one, 8 of
#: them not the day (5 by years: "December 18, 2023" above a report of a term that begins in
#: April 2024 put the article in 2024).
LATIN_DATELINES = True

_LATIN_MONTHS = {
    **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                   "september", "october", "november", "december"), 1)},
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                   "nov", "dec"), 1)},
    "sept": 9,
    # French, as the Maghreb's sites write it
    **{m: i for i, m in enumerate(("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"), 1)},
    "fevrier": 2, "aout": 8, "decembre": 12,
}
_LATIN_WEEKDAYS = {
    **{w: i for i, w in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))},
    **{w: i for i, w in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{w: i for i, w in enumerate(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))},
}


def _latin_date_pattern():
    import re

    month = "|".join(sorted(_LATIN_MONTHS, key=len, reverse=True))
    weekday = "|".join(sorted(_LATIN_WEEKDAYS, key=len, reverse=True))
    day = r"(?P<d{n}>[0-9٠-٩]{{1,2}})(?:st|nd|rd|th|er)?"
    year = r"(?P<y{n}>[0-9٠-٩]{{4}})"
    wd = rf"(?:(?P<w>{weekday})\.?,?\s+)?"
    return re.compile(
        rf"(?<![A-Za-z]){wd}(?:"
        rf"(?P<m1>{month})\.?\s+{day.format(n=1)},?\s+{year.format(n=1)}"  # December 18, 2023
        rf"|{day.format(n=2)},?[\s-]+(?P<m2>{month})\.?,?[\s-]+{year.format(n=2)}"  # 18th, September 2023
        rf")(?![0-9٠-٩])",
        re.IGNORECASE,
    )


_LATIN_DATE = None

#: Whether a header line that is a machine stamp of the date and time, year first with colons
#: ("2021:10:26.09:18", as Xinhua's Arabic service prints it above its dateline "القاهرة 25
#: أكتوبر 2021 (شينخوا)"), states the publication day.  The engine reads no date in it.
STAMP_DATELINES = True
_STAMP = None


def _stamp_date(line: str) -> date | None:
    """The day of a header line that is a year-first stamp ("2021:10:26.09:18"), or None."""
    global _STAMP
    if _STAMP is None:
        import re

        _STAMP = re.compile(r"\s*([0-9]{4}):([0-9]{2}):([0-9]{2})[.\sT]+[0-9]{2}:[0-9]{2}(?::[0-9]{2})?\s*")
    m = _STAMP.fullmatch(line)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _latin_date(line: str) -> tuple[date, int, int] | None:
    """A day, month and year written with Latin month names in a header line (see
    LATIN_DATELINES), with its span in the line; None when there is none, when the day
    does not exist or when a weekday given with it is not that day's."""
    global _LATIN_DATE
    if _LATIN_DATE is None:
        _LATIN_DATE = _latin_date_pattern()
    m = _LATIN_DATE.search(line)
    if m is None:
        return None
    digits = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
    k = "1" if m.group("m1") else "2"
    try:
        d = date(int(m.group("y" + k).translate(digits)), _LATIN_MONTHS[m.group("m" + k).lower()],
                 int(m.group("d" + k).translate(digits)))
    except ValueError:
        return None
    if m.group("w") and _LATIN_WEEKDAYS[m.group("w").lower()] != d.weekday():
        return None
    return d, m.start(), m.end()


def stated_publication(text: str, mentions: Sequence[Mention] | None = None) -> StatedDate | None:
    """The publication date an article states in its header, or None.

    A stated date is a full calendar date (day, month and year, so it needs no
    reference) on a short line among the first lines of the article, the date being
    most of that line ("الإثنين 19 / 2 / 2018 | 05:45 بتوقيت حلب", "١٥ فبراير ٢٠١٨").
    Dates inside the story's sentences (long lines, or a short line whose other words
    report an event) are not publication dates.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if mentions is None:
        from .resolution import extract

        mentions = extract(text[: _HEADER_CHARS * 2])
    lines = []
    pos = 0
    for number, line in enumerate(text.split("\n"), 1):
        lines.append((pos, pos + len(line), number, line))
        pos += len(line) + 1
    nonempty = [ln for ln in lines if ln[3].strip()]
    header = nonempty[:_HEADER_LINES]
    for s, e, number, line in header:
        if s > _HEADER_CHARS:
            break
        if len(line.strip()) > _MAX_LINE:
            continue
        for m in mentions:
            if not (s <= m.start and m.end <= e) or m.value is None or m.value.start is None:
                continue
            rel = getattr(m.meaning, "relative", True)
            if rel:
                continue
            v = m.value
            if v.end - v.start > timedelta(days=1):  # a month or year is not a dateline
                continue
            residue = len(line.strip()) - len(m.text)
            if residue > _RESIDUE_OK or _sentence_around(text, s, e, m):
                continue
            day = Value.day(v.start)
            if v.grain == "minute":
                day = v  # keep the stated time
            return StatedDate(day, m.start, m.end, m.text, number)
        if STAMP_DATELINES and (d := _stamp_date(line)) is not None:
            a = len(line) - len(line.lstrip())
            return StatedDate(Value.day(datetime(d.year, d.month, d.day)), s + a, s + len(line.rstrip()),
                              line.strip(), number)
        if LATIN_DATELINES and (got := _latin_date(line)) is not None:
            d, a, b = got
            if len(line.strip()) - (b - a) <= _RESIDUE_OK:
                return StatedDate(Value.day(datetime(d.year, d.month, d.day)), s + a, s + b, line[a:b], number)
    return None


# -- documents ---------------------------------------------------------------------------------
def _check_text(instance, attribute, value):
    if not isinstance(value, str):
        raise TypeError(f"Document text must be a str, got {type(value).__name__}")


def _opt_str(value):
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected a str or None, got {type(value).__name__}")
    return value


@attrs.frozen(repr=False)
class Document:
    """An article: ``Document(text, id=None, published=None, source=None, url=None, title=None)``.

    ``published`` may be a date, a datetime, a :class:`Value` or a string in any
    language/format, read by :func:`parse_published` (stored as a Value: a month or a
    year stays a range; an unparseable or relative string raises ValueError; a UTC
    offset it gives is kept in ``published_offset``).
    ``id`` defaults to a hash of the text; ``title`` to the text's first non-empty line.
    """

    text: str = attrs.field(validator=_check_text)
    id: str | None = attrs.field(default=None, converter=_opt_str)
    published: Value | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None, converter=_opt_str)
    url: str | None = attrs.field(default=None, converter=_opt_str)
    _title: str | None = attrs.field(default=None, converter=_opt_str, alias="title")
    #: the UTC offset the ``published`` metadata gave ("2018-02-13T10:30+03:00": 3 hours),
    #: else None; ``published`` keeps the local wall time (10:30)
    published_offset: timedelta | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self):
        raw = self.published
        if raw is not None and not isinstance(raw, Value):
            object.__setattr__(self, "published", parse_published(raw))
            off = published_offset(raw)
            if off is not None or isinstance(raw, (str, datetime)):
                # the offset of the value given, not one left by attrs.evolve from another value
                object.__setattr__(self, "published_offset", off)
        if self.published_offset is not None and not isinstance(self.published_offset, timedelta):
            raise TypeError(f"published_offset must be a timedelta or None, got {type(self.published_offset).__name__}")
        if self.id is None:
            object.__setattr__(self, "id", hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()[:12])

    def __repr__(self) -> str:
        pub = self.published.timex if self.published is not None else None
        return f"Document(id={self.id!r}, published={pub!r}, {len(self.text)} chars)"

    @property
    def title(self) -> str:
        """The title given as metadata, else the first non-empty line of the text
        (trimmed to 120 characters)."""
        if self._title is not None and self._title.strip():
            return " ".join(self._title.split())[:120]
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()[:120]
        return ""

    def stated_publication(self) -> StatedDate | None:
        return stated_publication(self.text)


class Corpus:
    """A collection of documents with unique ids.

    ``Corpus(documents)`` from Python objects; from files: ``Corpus.from_dir(folder)``
    (``.txt`` articles with optional ``NAME.json`` / ``corpus.csv`` / ``corpus.json``
    metadata), ``from_jsonl``, ``from_csv``, ``from_dataframe``, ``from_parquet``, and
    ``from_path`` (any of them, chosen by what the path is: what ``timeline build``
    reads).  See :mod:`timeline.readers` for the rules and :mod:`timeline.errors` for
    the errors.
    """

    def __init__(self, documents: Iterable[Document] = ()):
        docs = list(documents)
        seen: set[str] = set()
        for d in docs:
            if not isinstance(d, Document):
                raise TypeError(f"Corpus takes Document objects, got {type(d).__name__}")
            if d.id in seen:
                raise ValueError(f"duplicate document id {d.id!r}")
            seen.add(d.id)
        self.documents: list[Document] = docs

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, key: str | int) -> Document:
        if isinstance(key, int):
            return self.documents[key]
        for d in self.documents:
            if d.id == key:
                return d
        raise KeyError(key)

    def __repr__(self) -> str:
        return f"Corpus({len(self.documents)} documents)"

    def extract(self, *, prefer: str = "past", workers: int | None = 1) -> dict[str, list[Mention]]:
        """The temporal mentions of every document, ``{id: [Mention, ...]}`` in corpus
        order, each resolved against its publication day when the metadata gives one
        day (as :func:`timeline.build` does), else with no reference (relative
        expressions then stay unresolved).  ``workers``: processes
        (:func:`timeline.parallel.extract_many`); 1 runs in this process, None or 0
        one per CPU; the result is the same for every value."""
        from .parallel import extract_many

        refs = []
        for d in self.documents:
            p = d.published
            one_day = p is not None and p.end - p.start <= timedelta(days=1) and p.start.date() == (p.end - timedelta(microseconds=1)).date()
            refs.append(p.start.date() if one_day else None)
        got = extract_many([d.text for d in self.documents], reference=refs, prefer=prefer, workers=workers)
        return {d.id: ms for d, ms in zip(self.documents, got)}

    def timeline(self, **options):
        """Build the timeline of this corpus (see :func:`timeline.chronology.build`)."""
        from .chronology import build

        return build(self, **options)

    @classmethod
    def from_dir(cls, path: str | Path, *, progress=None) -> "Corpus":
        """Every ``.txt`` article of a folder with its metadata (:func:`timeline.readers.read_folder`)."""
        from .readers import read_folder

        return cls(read_folder(path, progress=progress))

    @classmethod
    def from_path(cls, path: str | Path, *, progress=None, **columns) -> "Corpus":
        """A folder, a ``.jsonl``/``.csv``/``.tsv``/``.parquet`` table or one text article,
        chosen by what ``path`` is (what ``timeline build PATH`` reads); ``columns`` as in
        :meth:`from_jsonl`."""
        from .readers import read_path

        return cls(read_path(path, progress=progress, **columns))

    @classmethod
    def from_jsonl(cls, path: str | Path, *, text: str = "text", id: str | None = "id",
                   published: str | None = "published", source: str | None = "source",
                   url: str | None = "url", title: str | None = "title") -> "Corpus":
        """One article a line of a JSON Lines file.  The arguments name the columns
        (None: do not read that one); other keys are ignored."""
        from .readers import read_jsonl

        return cls(read_jsonl(path, **_named(locals())))

    @classmethod
    def from_csv(cls, path: str | Path, *, text: str = "text", id: str | None = "id",
                 published: str | None = "published", source: str | None = "source",
                 url: str | None = "url", title: str | None = "title", delimiter: str | None = None) -> "Corpus":
        """One article a row of a CSV file (UTF-8 with a header row; ``.tsv``:
        tab-separated).  Columns as in :meth:`from_jsonl`."""
        from .readers import read_csv

        return cls(read_csv(path, delimiter=delimiter, **_named(locals())))

    @classmethod
    def from_dataframe(cls, df, *, text: str = "text", id: str | None = "id",
                       published: str | None = "published", source: str | None = "source",
                       url: str | None = "url", title: str | None = "title") -> "Corpus":
        """One article a row of a pandas DataFrame.  Columns as in :meth:`from_jsonl`."""
        from .readers import read_dataframe

        return cls(read_dataframe(df, **_named(locals())))

    @classmethod
    def from_parquet(cls, path: str | Path, *, text: str = "text", id: str | None = "id",
                     published: str | None = "published", source: str | None = "source",
                     url: str | None = "url", title: str | None = "title") -> "Corpus":
        """One article a row of a Parquet file (needs pyarrow, the ``parquet`` extra).
        Columns as in :meth:`from_jsonl`."""
        from .readers import read_parquet

        return cls(read_parquet(path, **_named(locals())))


_COLUMN_DEFAULTS = {"text": "text", "id": "id", "published": "published", "source": "source", "url": "url",
                    "title": "title"}


def _named(args: dict) -> dict:
    """The column arguments of a reader (the ones changed from their defaults)."""
    return {k: args[k] for k in _COLUMN_DEFAULTS if args[k] != _COLUMN_DEFAULTS[k]}


# -- one meaning against one publication day ---------------------------------------------------------------------------
_RESOLVED: dict = {}
_RESOLVED_MAX = 400_000
_MEANING_CANON: dict = {}  # meaning -> small int (equal meanings share one)
_MEANING_IDS: dict = {}  # id(meaning object) -> (the object, its int): hash it once


def resolve_at(meaning, day: date, prefer: str = "past", previous: Value | None = None) -> Value | None:
    """A temporal meaning resolved against one publication day (None when it cannot be).

    Readings that do not look back at the previous date of the text are cached across
    documents: a corpus repeats the same expressions ("اليوم الثلاثاء", "أمس") against
    the same candidate days."""
    from .meaning import Anaphoric
    from .resolution import resolve_meaning

    anaphoric = isinstance(meaning, Anaphoric)
    key = None
    if not anaphoric:
        try:
            mid = _MEANING_IDS.get(id(meaning))
            if mid is None or mid[0] is not meaning:
                mid = (meaning, _MEANING_CANON.setdefault(meaning, len(_MEANING_CANON)))
                if len(_MEANING_IDS) > _RESOLVED_MAX:
                    _MEANING_IDS.clear()
                _MEANING_IDS[id(meaning)] = mid
            key = (mid[1], day, prefer)
            hit = _RESOLVED.get(key, _RESOLVED)
        except TypeError:  # an unhashable meaning
            key, hit = None, _RESOLVED
        if hit is not _RESOLVED:
            return hit
    try:
        v = resolve_meaning(meaning, day, prefer, None if not anaphoric else previous)
    except (ValueError, TypeError, OverflowError):
        v = None
    if key is not None:
        if len(_RESOLVED) > _RESOLVED_MAX:
            _RESOLVED.clear()
        _RESOLVED[key] = v
    return v

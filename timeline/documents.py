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

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import attrs

from .values import Mention, Value, moved

__all__ = [
    "Document",
    "Corpus",
    "StatedDate",
    "stated_publication",
    "parse_published",
    "resolve_at",
]


# -- parsing metadata dates ----------------------------------------------------------------
def parse_published(value) -> Value | None:
    """A publication date given as metadata, as a :class:`Value` (None stays None).

    Accepts a date (a day value), a datetime (its minute when it has a time, else its
    day), a :class:`Value`, or a string in any language/format (parsed with dateparser;
    day-first for numeric forms).  An unparseable string raises ValueError.
    """
    if value is None:
        return None
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
        try:  # ISO first: exact and fast
            d = datetime.fromisoformat(s)
            return parse_published(d)
        except ValueError:
            pass
        import dateparser

        parsed = dateparser.parse(
            s,
            settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
        )
        if parsed is None:
            raise ValueError(f"cannot parse the publication date {value!r}")
        return parse_published(parsed)
    raise TypeError(f"published must be a date, datetime, Value or str, got {type(value).__name__}")


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
    language/format (stored as a Value; an unparseable string raises ValueError).
    ``id`` defaults to a hash of the text; ``title`` to the text's first non-empty line.
    """

    text: str = attrs.field(validator=_check_text)
    id: str | None = attrs.field(default=None, converter=_opt_str)
    published: Value | None = attrs.field(default=None, converter=parse_published)
    source: str | None = attrs.field(default=None, converter=_opt_str)
    url: str | None = attrs.field(default=None, converter=_opt_str)
    _title: str | None = attrs.field(default=None, converter=_opt_str, alias="title")

    def __attrs_post_init__(self):
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

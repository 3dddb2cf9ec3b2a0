"""Documents, corpora, and publication dates.

A :class:`Document` is an article's text with optional metadata.  Its publication date
(the DCT every relative expression is resolved against) comes, in order of trust, from

1. metadata (``published=`` or a JSON/CSV file beside the text): ``published_how ==
   "metadata"``;
2. a date the article states in its dateline/header ("الإثنين 19 / 2 / 2018 | 05:45",
   "١٥ فبراير ٢٠١٨" on a line of its own near the top): ``"text"``; see
   :func:`stated_publication`;
3. inference (:class:`DayConstraints` here for the article's own clues; the
   corpus-level fixed point that adds the events shared with other articles lives in
   :mod:`timeline.chronology`): ``"inferred"``, a range of days, never a guess shown
   as fact.
"""

from __future__ import annotations

import bisect
import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import attrs

from .values import Mention, Value, as_datetime

__all__ = [
    "Document",
    "Corpus",
    "StatedDate",
    "stated_publication",
    "parse_published",
    "DayConstraints",
    "text_constraints",
    "describe_days",
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
        return Value.interval(v, v + timedelta(minutes=1), "minute")
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


def stated_publication(text: str, mentions: Sequence[Mention] | None = None) -> StatedDate | None:
    """The publication date an article states in its header, or None.

    A stated date is a full calendar date (day, month and year, so it needs no
    reference) on a short line among the first lines of the article, the date being
    most of that line ("الإثنين 19 / 2 / 2018 | 05:45 بتوقيت حلب", "١٥ فبراير ٢٠١٨").
    Dates inside the story's sentences (long lines) are not publication dates.
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
            if residue > _RESIDUE_OK:
                continue
            day = Value.day(v.start)
            if v.grain == "minute":
                day = v  # keep the stated time
            return StatedDate(day, m.start, m.end, m.text, number)
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


# -- candidate days ---------------------------------------------------------------------------
def describe_days(days: Iterable[date]) -> str:
    """A short readable summary of a set of days ("2018-02-13",
    "2018-02-10..2018-02-11", "Tuesdays 2017-02-21..2019-02-19 (105 days)")."""
    ds = sorted(set(days))
    if not ds:
        return "no day"
    if len(ds) == 1:
        return ds[0].isoformat()
    if (ds[-1] - ds[0]).days + 1 == len(ds):
        return f"{ds[0]}..{ds[-1]} ({len(ds)} days)"
    wds = {d.weekday() for d in ds}
    names = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"]
    if len(wds) == 1:
        return f"{names[wds.pop()]} {ds[0]}..{ds[-1]} ({len(ds)} days)"
    if len(ds) <= 6:
        return ", ".join(d.isoformat() for d in ds)
    return f"{len(ds)} days in {ds[0]}..{ds[-1]}"


@attrs.define
class DayConstraints:
    """Candidate publication days with the clues that narrowed them.

    :meth:`apply` keeps the days a clue allows; a clue that would leave no day is not
    applied but recorded in ``conflicts`` with the clues it disagrees with."""

    days: set[date]
    evidence: list[str] = attrs.field(factory=list)
    conflicts: list[str] = attrs.field(factory=list)
    clues: list[str] = attrs.field(factory=list)  # short names of the applied clues

    def apply(self, allowed: Iterable[date] | None, clue: str, meaning: str) -> bool:
        if allowed is None:
            return False
        allowed = set(allowed)
        left = self.days & allowed
        if left == self.days:
            return False
        if not left:
            with_ = "; ".join(self.clues) if self.clues else "the date window"
            allows = f"allows only {describe_days(allowed)}" if allowed else "fits none of the days left"
            self.conflicts.append(
                f"{clue} ({meaning}) {allows}, which contradicts {with_}"
                f" [left {describe_days(self.days)}]: clue not applied"
            )
            return False
        self.days = left
        self.clues.append(clue)
        self.evidence.append(f"{clue}: {meaning} -> {describe_days(left)}")
        return True


_MISMATCH = ("weekday-mismatch", "dct-mismatch", "hijri-mismatch")

_RESOLVED: dict = {}
_RESOLVED_MAX = 400_000
_MEANING_CANON: dict = {}  # meaning -> small int (equal meanings share one)
_MEANING_IDS: dict = {}  # id(meaning object) -> (the object, its int): hash it once


def resolve_at(meaning, day: date, prefer: str = "past", previous: Value | None = None) -> Value | None:
    """A temporal meaning resolved against one publication day (None when it cannot be).

    Readings that do not look back at the previous date of the text are cached across
    documents: a corpus repeats the same expressions ("اليوم الثلاثاء", "أمس") against
    the same candidate days."""
    from .resolution import resolve_meaning

    anaphoric = type(meaning).__name__ == "Anaphoric"
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


def text_constraints(
    text: str,
    days: Iterable[date],
    *,
    prefer: str = "past",
    mentions: Sequence[Mention] | None = None,
) -> DayConstraints:
    """Narrow candidate publication days with the article's own clues.

    For every temporal mention that depends on the publication date, the mention alone
    is resolved against each candidate day, and a day is dropped when the engine flags
    a mismatch ("اليوم الثلاثاء" on a day that is not a Tuesday, "شباط الجاري" outside
    February).  A date the article reports as past (not in a future-tense clause) must
    be on or before the publication day ("منذ فجر يوم السبت 10 شباط 2018" -> not before
    10 February 2018).  A clue that no candidate day satisfies is a conflict (reported,
    not applied): a date that lies after every candidate is read as a future reference.
    """
    from .events import future_context, split_sentences
    from .resolution import extract

    window = set(days)
    cons = DayConstraints(set(window))
    if not cons.days:
        return cons
    if mentions is None:
        mentions = extract(text, reference=min(cons.days), prefer=prefer)
    sentences = split_sentences(text, [(m.start, m.end) for m in mentions])

    sentence_starts = [s for s, _ in sentences]  # sorted, the sentences do not overlap

    def clause_of(m: Mention) -> tuple[int, int]:
        k = bisect.bisect_right(sentence_starts, m.start) - 1
        if k >= 0 and m.start < sentences[k][1]:
            return sentences[k]
        return m.start, m.end

    def value_at(m: Mention, d: date):
        return resolve_at(m.meaning, d, prefer)

    ordered = sorted(cons.days)
    futures: dict[tuple[int, int], bool] = {}
    # absolute mentions first (cheap: one value), then relative ones
    for m in sorted(mentions, key=lambda m: (getattr(m.meaning, "relative", True), m.start)):
        if m.value is None and not getattr(m.meaning, "relative", True):
            continue
        if m.kind == "duration" or m.kind == "anaphoric":
            continue
        rel = bool(getattr(m.meaning, "relative", True))
        s, e = clause_of(m)
        future = futures.get((s, e))
        if future is None:  # one look per clause, not per mention
            future = futures[(s, e)] = future_context(text, s, e)
        quoted = f"«{m.text}»"
        if not rel:
            v = m.value
            if v is None or v.start is None or future:
                continue
            first = v.start.date()
            allowed = {d for d in ordered if d >= first}
            if not allowed:
                cons.conflicts.append(
                    f"{quoted} ({first}) is after every candidate day: read as a future reference, not applied"
                )
                continue
            cons.apply(allowed, quoted, f"a reported date ({first}) is not after the publication")
            continue
        ordered_now = sorted(cons.days)
        if len(ordered_now) > 64:
            # a quick look first: a clue that excludes some day excludes one of the first
            # week's days (a weekday), of a day a month (a month or year) or the first day
            # (a date reported as past); skipping a clue can only widen the result
            sample = set(ordered_now[:8] + ordered_now[::28] + ordered_now[-1:])
            got, _ = _allowed_days(m, sample, value_at)
            if got == sample:
                continue
        allowed, notes_seen = _allowed_days(m, cons.days, value_at)
        if allowed == cons.days:
            continue
        if notes_seen:
            meaning = {
                "weekday-mismatch": "the weekday it names is the publication day's",
                "dct-mismatch": "the period it calls current holds the publication day",
                "hijri-mismatch": "its Hijri and Gregorian dates agree",
            }
            why = "; ".join(meaning[n] for n in sorted(notes_seen))
        else:
            why = "the time it reports is not after the publication"
        if not allowed:
            if future:
                continue
            # say what the clue allows over the whole window, then record the conflict
            allowed, _ = _allowed_days(m, window, value_at)
            if not allowed and m.kind != "since":
                continue  # resolves into the future on every day: a reference, not a clue
        cons.apply(allowed, quoted, why)
    return cons


def _allowed_days(m: Mention, days, value_at) -> tuple[set[date], set[str]]:
    """The candidate days a relative mention accepts, and the mismatch notes seen."""
    allowed: set[date] = set()
    notes_seen: set[str] = set()
    for d in sorted(days):
        v = value_at(m, d)
        if v is None:
            if m.kind == "since":
                continue  # "منذ <date>" cannot be resolved before its date
            allowed.add(d)
            continue
        bad = [n for n in v.notes if n in _MISMATCH]
        if bad:
            notes_seen.update(bad)
            continue
        if m.kind == "since" and v.start is not None and v.start >= as_datetime(d) + timedelta(days=1):
            continue
        allowed.add(d)
    return allowed, notes_seen

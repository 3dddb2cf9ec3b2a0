"""The timeline: publication dates (stated or inferred), events merged across articles,
and an order that is never invented.

:func:`build` runs the whole pipeline on a :class:`~timeline.documents.Corpus`:

1. Publication dates: metadata, else a date stated in the header, else a range of
   candidate days to infer.  The candidate window is the article's own absolute dates
   and the corpus's dated articles (± ``window_days``); the article's own clues narrow
   it (:func:`timeline.documents.text_constraints`).
2. Event mentions per article (:mod:`timeline.events`), valued against every candidate
   publication day (an event of an article published sometime in 11-13 February dated
   "أمس" is the range 10-12 February, flagged uncertain).
3. Merging (:mod:`timeline.merge`).
4. Constraint propagation over the corpus: when a mention of an undated article is
   merged with mentions of other articles, the event's range known from them
   constrains the article's publication day (an event "أمس" is DCT-1, so the DCT is in
   the event's range + 1 day; an undated report is not before the event).  Steps 2-4
   repeat until no candidate set changes.  A clue that contradicts the others is
   reported (``published_conflicts``), not applied.
5. Events ordered by (start, end); :meth:`Timeline.before` only answers when the
   ranges do not overlap.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Iterable, Sequence

import attrs

from .documents import Corpus, DayConstraints, Document, resolve_at, stated_publication, text_constraints
from .events import EventMention, Frame, find_frames, frame_bounds, frame_value, hull_values, learn_places
from .merge import Cluster, MergeSettings, merge
from .parallel import extract_many, pmap, resolve_workers
from .values import Mention, Value, as_datetime

__all__ = ["Source", "Event", "DocumentInfo", "Timeline", "build"]


@attrs.frozen
class Source:
    """One mention of an event: the article, the span of the clause, its text."""

    document_id: str
    start: int
    end: int
    text: str
    predicate: str
    dating: str  # "own", "inherited", "after", "undated"
    date_text: str | None
    when: Value

    def to_dict(self) -> dict:
        return {
            "document_id": self.document_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "predicate": self.predicate,
            "dating": self.dating,
            "date_text": self.date_text,
            "when": self.when.to_dict(),
        }


@attrs.frozen
class Event:
    """A real event: when (the intersection of its dated mentions), a short Arabic
    summary (a clause reporting it), the predicate, people counts and other numbers, a
    confidence in [0, 1], its sources, and the disagreements between them."""

    id: str
    when: Value
    text: str
    predicate: str
    numbers: tuple[int, ...]
    confidence: float
    sources: tuple[Source, ...]
    places: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    disagreements: tuple[str, ...] = ()
    undated: bool = False  # no mention dates it: "by the publication date" (recency window)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.document_id for s in self.sources))

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "when": self.when.to_dict(),
            "text": self.text,
            "predicate": self.predicate,
            "numbers": list(self.numbers),
            "confidence": self.confidence,
            "places": list(self.places),
            "groups": list(self.groups),
            "topics": list(self.topics),
            "disagreements": list(self.disagreements),
            "undated": self.undated,
            "sources": [s.to_dict() for s in self.sources],
        }


@attrs.frozen
class DocumentInfo:
    """A document's publication date and how it was obtained."""

    id: str
    published: Value | None
    published_how: str | None  # "metadata", "text", "inferred" (None: unknown)
    published_evidence: tuple[str, ...] = ()
    published_conflicts: tuple[str, ...] = ()
    published_days: tuple[date, ...] = attrs.field(default=(), repr=False)  # candidate days (may have gaps)
    title: str = ""
    source: str | None = None
    url: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.to_dict() if self.published is not None else None,
            "published_how": self.published_how,
            "published_evidence": list(self.published_evidence),
            "published_conflicts": list(self.published_conflicts),
            "published_days": [d.isoformat() for d in self.published_days],
        }


class Timeline:
    """Events ordered by (start, end) and the documents with their publication dates."""

    def __init__(self, events: Sequence[Event], documents: Sequence[DocumentInfo]):
        self.events: list[Event] = list(events)
        self.documents: list[DocumentInfo] = list(documents)

    def __iter__(self):
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def __repr__(self) -> str:
        return f"Timeline({len(self.events)} events, {len(self.documents)} documents)"

    def document(self, doc_id: str) -> DocumentInfo:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def event(self, event_id: str) -> Event:
        for e in self.events:
            if e.id == event_id:
                return e
        raise KeyError(event_id)

    @staticmethod
    def before(a: "Event | Value", b: "Event | Value") -> bool | None:
        """True only when a's range ends before b's begins, False only when b's ends
        before a's begins, None when they overlap (the order is unknown)."""
        va = a.when if isinstance(a, Event) else a
        vb = b.when if isinstance(b, Event) else b
        if not isinstance(va, Value) or not isinstance(vb, Value):
            raise TypeError("before() takes events or values")
        if va.start is None or vb.start is None:
            return None
        if va.end <= vb.start:
            return True
        if vb.end <= va.start:
            return False
        return None

    def to_dict(self) -> dict:
        return {
            "documents": [d.to_dict() for d in self.documents],
            "events": [e.to_dict() for e in self.events],
        }

    def to_json(self, **kw) -> str:
        kw.setdefault("ensure_ascii", False)
        kw.setdefault("indent", 2)
        return json.dumps(self.to_dict(), **kw)

    def format(self, limit: int | None = None) -> str:
        """A plain-text rendering (for reading in a terminal)."""
        lines = []
        for d in self.documents:
            pub = d.published.edtf if d.published is not None else "unknown"
            lines.append(f"[{d.id}] published {pub} ({d.published_how})")
            for ev in d.published_evidence:
                lines.append(f"    + {ev}")
            for c in d.published_conflicts:
                lines.append(f"    ! {c}")
        lines.append("")
        for e in self.events[:limit]:
            docs = ",".join(e.documents)
            flag = " (undated)" if e.undated else ""
            lines.append(f"{e.id:>4} {e.when.edtf:<28} {e.predicate:<13} {docs:<16} conf={e.confidence:.2f}{flag}")
            lines.append(f"      {e.text}")
            if e.numbers:
                lines.append(f"      numbers: {list(e.numbers)}")
            for dis in e.disagreements:
                lines.append(f"      ! {dis}")
        return "\n".join(lines)


# -- building ---------------------------------------------------------------------------------
@attrs.define
class _DocState:
    doc: Document
    how: str | None
    days: set[date] | None  # None: unknown and not inferable
    cons: DayConstraints | None = None
    evidence: list[str] = attrs.field(factory=list)
    mentions0: list[Mention] = attrs.field(factory=list)
    frames: list[Frame] = attrs.field(factory=list)
    published_value: Value | None = None


def _days_of(v: Value) -> set[date]:
    d = v.start.date()
    out = set()
    while as_datetime(d) < v.end:
        out.add(d)
        d += timedelta(days=1)
    return out


def build(
    corpus: Corpus | Iterable[Document],
    *,
    recency_days: int = 30,
    window_days: int = 366,
    prefer: str = "past",
    merge_settings: MergeSettings | None = None,
    max_iterations: int = 12,
    min_confidence: float = 0.35,
    progress=None,
    workers: int | None = 1,
) -> Timeline:
    """Build the timeline of a corpus (see the module docstring).

    ``recency_days``: an undated event is shown within this many days before its
    article's publication.  ``window_days``: an article with no date and no year is
    looked for within this many days of the corpus's dated articles.  ``progress``: an
    optional callable, called as ``progress(done, total)`` while documents are read.
    ``min_confidence``: events below it are left out; the default (0.35) leaves out
    the events that are undated, reported once and carry nothing that identifies them
    (no place, topic or count) -- background clauses; 0 keeps every event.
    ``workers``: processes for the per-article stages (temporal extraction, place
    names, event frames; :mod:`timeline.parallel`); 1 (default) runs in this process,
    None or 0 one per CPU.  The result is the same for every value; merging and the
    publication-date fixed point stay in this process.  With ``workers > 1``
    ``progress`` is called as each stage's results come back, not per document.
    """
    __import__("timeline._checks", fromlist=["_"]).check_build_args(**locals())  # each bad argument named
    if not isinstance(corpus, Corpus):
        corpus = Corpus(corpus)
    if recency_days < 0 or window_days < 1:
        raise ValueError("recency_days must be >= 0 and window_days >= 1")
    workers = resolve_workers(workers)
    states: list[_DocState] = []
    total = len(corpus)
    if progress is not None:
        progress(0, total)
    for doc in corpus:
        if doc.published is not None:
            st = _DocState(doc, "metadata", _days_of(doc.published), published_value=doc.published)
            st.evidence.append(f"metadata: {doc.published.edtf}")
        else:
            stated = stated_publication(doc.text)
            if stated is not None:
                st = _DocState(doc, "text", {stated.value.start.date()}, published_value=stated.value)
                st.evidence.append(f"stated in the text (line {stated.line}): «{stated.text}»")
            else:
                st = _DocState(doc, None, None)
        states.append(st)

    # structure: temporal mention spans and the window for undated documents
    known_days = sorted(d for st in states if st.days for d in st.days)
    # the temporal mentions of every document (the only per-document work of this
    # stage that costs), in one batch that ``workers`` processes can share
    refs = [min(st.days) if st.days is not None and not (len(st.days) > 1 and st.how == "metadata") else None
            for st in states]
    for st, ms in zip(states, extract_many([st.doc.text for st in states], reference=refs,
                                           prefer=prefer, workers=workers)):
        st.mentions0 = ms
    for st in states:
        if st.days is not None and len(st.days) > 1 and st.how == "metadata":
            # metadata gives a range ("February 2018"): the article's clues narrow it
            st.how = "inferred"
            st.cons = text_constraints(st.doc.text, st.days, prefer=prefer, mentions=st.mentions0)
            st.cons.evidence.insert(0, f"metadata gives a range: {st.doc.published.edtf}")
            st.cons.clues.append("metadata")
            st.days = st.cons.days
            continue
        if st.days is not None:
            continue
        absolute = [
            m.value.start.date()
            for m in st.mentions0
            if m.value is not None and m.value.start is not None and not getattr(m.meaning, "relative", True)
        ]
        if known_days:
            lo = known_days[0] - timedelta(days=window_days)
            hi = known_days[-1] + timedelta(days=window_days)
            why = f"window {lo}..{hi}: the corpus's dated articles ± {window_days} days"
        elif absolute:
            lo = max(absolute)
            hi = lo + timedelta(days=window_days)
            why = f"window {lo}..{hi}: from the latest date the article reports, + {window_days} days"
        else:
            st.evidence.append("no date, no year in the text and no dated article in the corpus: unknown")
            continue
        if absolute and max(absolute) > hi:
            hi = max(absolute) + timedelta(days=window_days)
        days = {lo + timedelta(days=i) for i in range((hi - lo).days + 1)}
        st.how = "inferred"
        st.cons = text_constraints(st.doc.text, days, prefer=prefer, mentions=st.mentions0)
        st.cons.evidence.insert(0, why)
        st.days = st.cons.days

    known_places: dict[str, str] = {}
    if workers == 1:
        for st in states:
            for k, v in learn_places(st.doc.text, [(m.start, m.end) for m in st.mentions0]).items():
                known_places.setdefault(k, v)
        for k, st in enumerate(states):
            st.frames = find_frames(st.doc.text, st.mentions0, st.doc.id, known_places)
            if progress is not None:
                progress(k + 1, total)
    else:
        # the same two loops over processes; results come back in document order, so
        # known_places (first spelling wins) and the frames are those of the loop
        learned = pmap(_places_job, [(st.doc.text, [(m.start, m.end) for m in st.mentions0]) for st in states],
                       workers=workers)
        for got in learned:
            for k, v in got.items():
                known_places.setdefault(k, v)
        del learned
        # known_places goes once per chunk of documents, not once per document
        chunks = _chunks(states, workers)
        jobs = [(known_places, [(st.doc.text, st.mentions0, st.doc.id) for st in chunk]) for chunk in chunks]
        done = 0
        for chunk, frames in zip(chunks, pmap(_frames_job, jobs, workers=workers, chunksize=1)):
            for st, fr in zip(chunk, frames):
                st.frames = fr
            done += len(chunk)
            if progress is not None:
                progress(done, total)

    cache: dict[tuple[str, date], dict[tuple[int, int], Value | None]] = {}

    def mentions_at(st: _DocState, d: date):
        """Values of the document's temporal mentions for publication day ``d`` (the
        structure found once, each meaning resolved again; anaphora follow the text)."""
        key = (st.doc.id, d)
        if key not in cache:
            out: dict[tuple[int, int], Value | None] = {}
            previous = None
            for m in st.mentions0:
                if not getattr(m.meaning, "relative", True) and m.value is not None:
                    v = m.value
                else:
                    v = resolve_at(m.meaning, d, prefer, previous)
                out[(m.start, m.end)] = v
                if v is not None and v.start is not None:
                    previous = v
            cache[key] = out
        return cache[key]

    def value_of(st: _DocState, f: Frame, d: date):
        return frame_value(f, mentions_at(st, d), d, recency_days)

    evaluated: dict[str, tuple[tuple, list[EventMention]]] = {}

    def evaluate(st: _DocState) -> list[EventMention]:
        """Event mentions of a document over its candidate publication days.

        Every reading of a relative expression moves forward with the publication day
        (yesterday, a few days ago, last Tuesday, last month ...), so the hull over the
        candidate days is the hull of the readings on the first and the last day."""
        if not st.days:
            out = []
            by_span: dict[tuple[int, int], Mention] = {}
            for m in st.mentions0:
                by_span.setdefault((m.start, m.end), m)
            for f in st.frames:  # only what does not depend on the publication date
                if f.date_span is None:
                    continue
                m = by_span.get(f.date_span)
                if m is not None and m.value is not None and m.value.start is not None and f.dating != "after":
                    out.append(EventMention(f, m.value, m.value.start, m.value.end))
            return out
        lo, hi = min(st.days), max(st.days)
        key = (lo, hi)
        got = evaluated.get(st.doc.id)
        if got is not None and got[0] == key:
            return got[1]
        out = []
        for f in st.frames:
            a = value_of(st, f, lo)
            b = value_of(st, f, hi) if hi != lo else a
            distinct = (a[0].start, a[0].end) != (b[0].start, b[0].end)
            w = hull_values([a[0], b[0]])
            if distinct and not w.uncertain:
                w = w.with_(uncertain=True)
            bs = None if (a[1] is None or b[1] is None) else min(a[1], b[1])
            be = max(a[2], b[2])
            out.append(EventMention(f, w, bs, be, distinct))
        evaluated[st.doc.id] = (key, out)
        return out

    def allowed_days(st: _DocState, m: EventMention, r) -> list[date]:
        """The candidate days on which the mention can fall in the range ``r`` (readings
        move forward with the day, so the allowed days are one run: binary search)."""
        days = sorted(st.days)
        r0 = r[0] or datetime.min

        def ends_after(i):  # the mention's hard range ends after r starts
            return frame_bounds(m.frame, mentions_at(st, days[i]), days[i])[1] > r0

        def starts_before(i):  # ... and starts before r ends
            s0 = frame_bounds(m.frame, mentions_at(st, days[i]), days[i])[0]
            return (s0 or datetime.min) < r[1]

        lo, hi = 0, len(days)
        while lo < hi:  # first i with ends_after
            mid = (lo + hi) // 2
            if ends_after(mid):
                hi = mid
            else:
                lo = mid + 1
        first = lo
        lo, hi = first, len(days)
        while lo < hi:  # first i >= first without starts_before
            mid = (lo + hi) // 2
            if starts_before(mid):
                lo = mid + 1
            else:
                hi = mid
        return days[first:lo]

    clusters: list[Cluster] = []
    changed = False
    for _ in range(max_iterations):
        clusters = []  # let the previous round's clusters go before merging again (peak memory)
        all_mentions = [m for st in states for m in evaluate(st)]
        clusters = merge(all_mentions, merge_settings)
        del all_mentions
        changed = False
        by_doc: dict[str, list[Cluster]] = defaultdict(list)
        for c in clusters:
            if len({m.document_id for m in c.members}) > 1:
                for d in dict.fromkeys(m.document_id for m in c.members):
                    by_doc[d].append(c)
        for st in states:
            if st.how != "inferred" or not st.days or len(st.days) == 1:
                continue
            clues = []
            for c in by_doc.get(st.doc.id, ()):
                mine = [m for m in c.members if m.document_id == st.doc.id]
                others = [m for m in c.members if m.document_id != st.doc.id]
                r = _hard_intersection(others)
                if r is None:
                    continue
                other_docs = list(dict.fromkeys(m.document_id for m in others))
                for m in mine:
                    allowed = set(allowed_days(st, m, r))
                    if allowed == st.days:
                        continue
                    clues.append((len(other_docs), -len(allowed), m, r, other_docs, allowed))
            clues.sort(key=lambda x: (-x[0], x[1], x[2].document_id, x[2].trigger_start))
            for n, _neg, m, r, other_docs, allowed in clues:
                label = f"«{_short(m.text, 70)}» ({m.predicate}, {m.dating}{': ' + m.date_text if m.date_text else ''})"
                meaning = (
                    f"the same event is reported by {', '.join(other_docs)} within {_fmt_range(r)}"
                )
                before = set(st.days)
                st.cons.apply(allowed, label, meaning)
                st.days = st.cons.days
                if st.days != before:
                    changed = True
        if not changed:
            break

    if changed:  # the last round narrowed some article: value and merge once more
        clusters = []
        clusters = merge([m for st in states for m in evaluate(st)], merge_settings)

    # an article that no clue placed inside the window stays undated: the window is an
    # assumption, not evidence; its relative expressions are then left unresolved
    unknown = [st for st in states if st.how == "inferred" and st.cons is not None and not st.cons.clues]
    if unknown:
        for st in unknown:
            st.evidence = st.cons.evidence + ["no clue narrows the window: publication date unknown"]
            st.evidence += st.cons.conflicts
            st.days = None
            st.how = None
        clusters = []
        clusters = merge([m for st in states for m in evaluate(st)], merge_settings)

    # final documents
    infos = []
    for st in states:
        if st.how == "inferred" and st.days:
            days = sorted(st.days)
            v = Value.interval(days[0], days[-1] + timedelta(days=1), "day", uncertain=len(days) > 1)
            evidence = st.cons.evidence
            conflicts = st.cons.conflicts
        else:
            v = st.published_value
            days = sorted(st.days) if st.days else []
            evidence = st.evidence
            conflicts = []
            if st.days is not None and st.how in ("metadata", "text"):
                check = text_constraints(st.doc.text, set(days), prefer=prefer, mentions=st.mentions0)
                conflicts = conflicts + [c.replace("clue not applied", "disagrees with the stated date") for c in check.conflicts]
        infos.append(
            DocumentInfo(
                id=st.doc.id,
                published=v,
                published_how=st.how if st.days else None,
                published_evidence=tuple(evidence),
                published_conflicts=tuple(dict.fromkeys(conflicts)),
                published_days=tuple(days),
                title=st.doc.title,
                source=st.doc.source,
                url=st.doc.url,
            )
        )

    # a mention of an inferred article that fits the event's range on none of the
    # article's possible days: its source disagrees (the hull hid it)
    by_id = {st.doc.id: st for st in states}
    for c in clusters:
        for m in c.members:
            st = by_id[m.document_id]
            if st.how != "inferred" or not st.days or len(c.documents) < 2:
                continue
            others = [x for x in c.members if x.document_id != m.document_id]
            r = _hard_intersection(others)
            if r is None:
                continue
            if not allowed_days(st, m, r):
                c.flags.append(
                    f"dates disagree: {m.document_id} «{m.date_text or m.trigger}» cannot fall in "
                    f"{_fmt_range(r)} on any of its possible publication days"
                )

    events = [_event(c) for c in clusters]
    events = [e for e in events if e.confidence >= min_confidence]
    events.sort(key=lambda e: (e.when.start, e.when.end, e.sources[0].document_id, e.sources[0].start))
    events = [attrs.evolve(e, id=f"e{i + 1}") for i, e in enumerate(events)]
    return Timeline(events, infos)


def _places_job(job) -> dict[str, str]:
    """learn_places for one ``(text, protected spans)`` (run in a worker)."""
    text, spans = job
    return learn_places(text, spans)


def _frames_job(job) -> list[list[Frame]]:
    """find_frames for a chunk of ``(text, mentions, id)`` with the corpus's known
    places (run in a worker)."""
    known, docs = job
    return [find_frames(text, mentions, doc_id, known) for text, mentions, doc_id in docs]


def _chunks(items: list, workers: int) -> list[list]:
    """About four chunks per worker, in order."""
    size = max(1, -(-len(items) // (workers * 4)))
    return [items[i : i + size] for i in range(0, len(items), size)]


def _hard_intersection(ms: Sequence[EventMention]):
    s, e = None, None
    for m in ms:
        if m.bound_start is not None:
            s = m.bound_start if s is None else max(s, m.bound_start)
        e = m.bound_end if e is None else min(e, m.bound_end)
    if s is not None and not s < e:
        return None
    return s, e


def _fmt_range(r) -> str:
    s, e = r
    end = e - timedelta(days=1) if e.time() == datetime.min.time() else e
    if s is None:
        return f"(not after {end.date()})"
    start = s.strftime("%Y-%m-%d") if s.time() == datetime.min.time() else s.strftime("%Y-%m-%d %H:%M")
    return f"[{start} .. {end.strftime('%Y-%m-%d')}]"


def _short(text: str, n: int) -> str:
    t = " ".join(text.split())
    if len(t) <= n:
        return t
    cut = t[:n].rsplit(" ", 1)[0]
    return cut + " …"


_DATING_RANK = {"own": 0, "inherited": 1, "after": 2, "undated": 3}


def _event(c: Cluster) -> Event:
    members = sorted(c.members, key=lambda m: (m.document_id, m.trigger_start))
    when = c.when()
    rep = min(
        members,
        key=lambda m: (_DATING_RANK[m.dating], (m.when.end - m.when.start), -len(m.place_keys) - len(m.topics), m.document_id, m.start),
    )
    labels = [m.predicate for m in members]
    predicate = max(dict.fromkeys(labels), key=labels.count)
    counts = sorted({lo for m in members for lo, hi in m.counts if lo == hi})
    numbers = tuple(counts) if counts else tuple(sorted({n for m in members for n in m.numbers}))
    docs = list(dict.fromkeys(m.document_id for m in members))
    dated = [m for m in members if m.dating != "undated"]
    disagreements = tuple(c.disagreements())
    conf = 0.3
    if any(m.dating == "own" for m in members):
        conf += 0.25
    elif dated:
        conf += 0.1
    conf += min(0.3, 0.15 * (len(docs) - 1))
    if c.place_keys or c.topics or c.counts:
        conf += 0.1
    if any(m.uncertain for m in members):
        conf -= 0.05
    conf -= 0.1 * len(disagreements)
    conf = round(max(0.05, min(1.0, conf)), 2)
    sources = tuple(
        Source(m.document_id, m.start, m.end, m.text, m.predicate, m.dating, m.date_text, m.when) for m in members
    )
    places = []
    for m in members:
        for p in m.places:
            if p not in places:
                places.append(p)
    return Event(
        id="",
        when=when,
        text=_short(rep.text, 220),
        predicate=predicate,
        numbers=numbers,
        confidence=conf,
        sources=sources,
        places=tuple(places),
        groups=tuple(sorted(c.groups)),
        topics=tuple(sorted(c.topics)),
        disagreements=disagreements,
        undated=not dated,
    )

"""Event ids derived from content, and the total order of a timeline's events.

An event's id is a hash of its sources' article ids, character spans and predicates
(one clause can report two events: "قصفت ... واشتبكت" gives a shell and a clash event
over the same span; the mention's trigger offset is hashed too where the record has one),
so it does not
change when an article is added to the corpus and the events' positions shift; only an
event whose own mentions change gets a new id.  ``e`` and 10 hex digits of SHA-1
(``e3f09a1c27b``): short enough to read, and a clash needs about a million events
before it becomes likely (2⁻⁴⁰ per pair).

:func:`sort_key` orders events by range start, then end, then id: a total order, so
two events with the same range can no longer swap places between runs.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Iterable

__all__ = ["event_id", "sort_key", "ordered", "with_content_ids"]

_ID_HEX = 10


def _span(source: Any) -> tuple[str, int, int, str]:
    if isinstance(source, tuple):
        doc, start, end, *rest = source
        pred = rest[0] if rest else ""
    else:
        doc, start, end = source.document_id, source.start, source.end
        pred = getattr(source, "predicate", "") or ""
        trigger = getattr(source, "trigger_start", None)
        if trigger is not None:
            pred = f"{pred}@{int(trigger)}"
    return str(doc), int(start), int(end), str(pred)


def event_id(sources: Iterable[Any]) -> str:
    """The id of the event reported by ``sources``: each a :class:`~timeline.Source`
    (or anything with ``document_id``, ``start``, ``end`` and ``predicate``, and
    optionally ``trigger_start``, such as an event mention), or a
    ``(document_id, start, end[, predicate])`` tuple.

    The same set of (article, span) gives the same id in any order, in any process
    and on any run (SHA-1, not Python's salted ``hash``)."""
    spans = sorted({_span(s) for s in sources})
    if not spans:
        raise ValueError("an event needs at least one source to have an id")
    key = "\n".join(f"{doc}\t{start}\t{end}\t{pred}" for doc, start, end, pred in spans)
    # surrogatepass: a Document may hold lone surrogates (as its default id does)
    return "e" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:_ID_HEX]


def sort_key(event: Any) -> tuple:
    """(has no range, start, end, id): events by range, ties broken by id; events
    without a range (durations) last."""
    v = event.when
    start = getattr(v, "start", None)
    if start is None:
        return (1, datetime.min, datetime.min, event.id)
    return (0, start, v.end, event.id)


def ordered(events: Iterable[Any]) -> list:
    """The events in the timeline's total order (:func:`sort_key`)."""
    return sorted(events, key=sort_key)


def with_content_ids(events: Iterable[Any]) -> list:
    """The events (attrs records with ``id`` and ``sources``) with their ids replaced by
    :func:`event_id` of their sources, in the total order: what a build returns."""
    import attrs

    return ordered(attrs.evolve(e, id=event_id(e.sources)) for e in events)

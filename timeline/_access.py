"""The one place where the loader, the tables and the HTML chart read the timeline's
records (:class:`~timeline.chronology.Event`, ``Source``, ``DocumentInfo``).

The records are still gaining fields (an English class name, a readable label, the
candidate publication days ...).  Everything outside :mod:`timeline.chronology` that
reads them for display or export goes through these small functions, so that a renamed
or added field is adapted here once; each prefers the newer field when it exists and
falls back to what the records hold today.
"""

from __future__ import annotations

from typing import Any

# -- events ---------------------------------------------------------------------------


def event_id(e: Any) -> str:
    return str(getattr(e, "id", "") or "")


def when(x: Any):
    """The Value of an event or a source (None when it has none)."""
    return getattr(x, "when", None)


def event_text(e: Any) -> str:
    return getattr(e, "text", "") or ""


def short(text: str, n: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``n`` characters (+ " …")."""
    t = " ".join((text or "").split())
    if len(t) <= n:
        return t
    cut = t[:n].rsplit(" ", 1)[0] or t[:n]
    return cut + " …"


def event_label(e: Any, n: int = 60) -> str:
    """A short readable label: the record's own ``label`` when it has one, else the
    start of the clause that reports the event."""
    label = getattr(e, "label", None)
    return short(label, n) if label else short(event_text(e), n)


def event_class(e: Any) -> str:
    """The event's class, English (``capture``, ``attack`` ...): ``class_name`` when the
    record has it, else its predicate."""
    for name in ("class_name", "event_class", "kind"):
        v = getattr(e, name, None)
        if isinstance(v, str) and v:
            return v
    return getattr(e, "predicate", "") or ""


def event_class_ar(e: Any) -> str:
    """The class's Arabic name where the record carries one (else "")."""
    for name in ("class_ar", "class_name_ar", "label_class_ar"):
        v = getattr(e, name, None)
        if isinstance(v, str) and v:
            return v
    return ""


def _strings(x: Any, name: str) -> tuple[str, ...]:
    v = getattr(x, name, None) or ()
    if isinstance(v, str):
        return (v,)
    return tuple(str(i) for i in v)


def places(e: Any) -> tuple[str, ...]:
    return _strings(e, "places")


def groups(e: Any) -> tuple[str, ...]:
    return _strings(e, "groups")


def topics(e: Any) -> tuple[str, ...]:
    return _strings(e, "topics")


def disagreements(e: Any) -> tuple[str, ...]:
    return _strings(e, "disagreements")


def numbers(e: Any) -> tuple:
    return tuple(getattr(e, "numbers", ()) or ())


def confidence(e: Any):
    return getattr(e, "confidence", None)


def undated(e: Any) -> bool:
    return bool(getattr(e, "undated", False))


def predicate(x: Any) -> str:
    return getattr(x, "predicate", "") or ""


def sources(e: Any) -> tuple:
    return tuple(getattr(e, "sources", ()) or ())


def documents_of(e: Any) -> tuple[str, ...]:
    """Ids of the articles reporting the event, first mention first."""
    return tuple(dict.fromkeys(source_document(s) for s in sources(e)))


# -- sources (one mention of an event) -------------------------------------------------


def source_document(s: Any) -> str:
    return str(getattr(s, "document_id", ""))


def source_span(s: Any) -> tuple[int, int]:
    return int(getattr(s, "start", 0)), int(getattr(s, "end", 0))


def source_text(s: Any) -> str:
    return getattr(s, "text", "") or ""


def source_dating(s: Any) -> str:
    return getattr(s, "dating", "") or ""


def source_date_text(s: Any) -> str:
    return getattr(s, "date_text", None) or ""


# -- documents --------------------------------------------------------------------------


def document_id(d: Any) -> str:
    return str(getattr(d, "id", ""))


def title(d: Any) -> str:
    return getattr(d, "title", "") or ""


def url(d: Any) -> str:
    return getattr(d, "url", None) or ""


def outlet(d: Any) -> str:
    """The publishing outlet (``source`` in the metadata)."""
    return getattr(d, "source", None) or ""


def published(d: Any):
    return getattr(d, "published", None)


def published_how(d: Any) -> str:
    return getattr(d, "published_how", None) or ""


def published_evidence(d: Any) -> tuple[str, ...]:
    return _strings(d, "published_evidence")


def published_days(d: Any) -> tuple:
    """The candidate publication days (``published_days`` today)."""
    for name in ("published_days", "candidate_days"):
        v = getattr(d, name, None)
        if v:
            return tuple(v)
    return ()

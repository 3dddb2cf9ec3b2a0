"""TimeML export: each article as a TimeML document with TIMEX3 tags.

One file per article::

    <?xml version="1.0" encoding="UTF-8"?>
    <TimeML>
    <DOCID>002_a81fb8a759cd5fd1</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2018-02-13" temporalFunction="false"
        functionInDocument="CREATION_TIME">2018-02-13</TIMEX3></DCT>
    <TEXT>أسرت قوات المعارضة السورية <TIMEX3 tid="t1" type="DATE" value="2018-02-13"
        temporalFunction="true" anchorTimeID="t0">اليوم الثلاثاء</TIMEX3>، 400 عنصرا ...</TEXT>
    </TimeML>

The temporal expressions are those :func:`timeline.extract` finds, resolved with the
article's publication value as reference (a range when it was inferred: the values
are then hulls, flagged uncertain).  ``type`` is DATE, TIME or DURATION; ``value`` is
the value's TIMEX3 string; ``mod`` is written where the value has one (START, MID,
END, APPROX, ON_OR_BEFORE ...).  An expression whose value needs the publication date
(it resolves to nothing without a reference) is marked ``temporalFunction="true"``
with ``anchorTimeID="t0"``.  An expression that could not be resolved at all is left
as plain text, because TimeML requires a value.  An inferred publication date is
written as the TIMEX3 value of the smallest unit that holds the range, and the range
itself (as EDTF) goes in a comment inside ``<DCT>``.

Text is escaped (``&``, ``<``, ``>``; quotes in attributes); characters that XML 1.0
forbids (control characters other than tab/newline/CR, U+FFFE, U+FFFF) are dropped and
lone surrogates (which UTF-8 cannot encode) become U+FFFD, so the output always parses.
File names are the ids made safe (letters, digits, ``_.-`` kept) and cut to at most
200 bytes of UTF-8, so that ``NAME_2.tml`` stays under the usual 255-byte limit;
:func:`write_timeml` writes every file or none.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterable
from xml.sax.saxutils import escape, quoteattr

from ..outputs import OutputPlan, fit_name, xml_safe
from ..values import Value

_SAFE_NAME = re.compile(r"[^\w.\-]+")
#: the longest file name stem written, in bytes of UTF-8
NAME_BYTES = 200


def _clean(text: str) -> str:
    return xml_safe(text)


def _text(text: str) -> str:
    return escape(_clean(text))


def _attr(value: str) -> str:
    return quoteattr(_clean(value))


def timex_type(value: Value) -> str:
    """TIMEX3 ``type`` of a value (:meth:`Value.timex_type`): SET for a recurrence,
    DURATION for a duration (anchored or not), TIME for an hour or a minute, DATE
    otherwise -- PAST_REF, PRESENT_REF and FUTURE_REF included (they are dates)."""
    return value.timex_type


def timex_attributes(value: Value, tid: str, *, anchor: str | None = None) -> dict[str, str]:
    """The attributes of a TIMEX3 tag for ``value`` (in TimeML order)."""
    attrs = {"tid": tid, "type": timex_type(value), "value": value.timex or ""}
    if value.mod:
        attrs["mod"] = value.mod
    if anchor is not None:
        attrs["temporalFunction"] = "true"
        attrs["anchorTimeID"] = anchor
    return attrs


def _tag(attrs: dict[str, str], body: str) -> str:
    inner = " ".join(f"{k}={_attr(v)}" for k, v in attrs.items())
    return f"<TIMEX3 {inner}>{_text(body)}</TIMEX3>"


def _published(doc: Any) -> Value | None:
    v = getattr(doc, "published", None)
    return v if isinstance(v, Value) and v.start is not None else None


def to_timeml(doc: Any, *, reference: Value | None = None, mentions: Iterable[Any] | None = None) -> str:
    """One article as a TimeML string.

    ``doc`` is a :class:`timeline.Document` or a timeline document entry (anything with
    ``.text``; ``.id`` and ``.published`` are used when present), or a plain ``str``.
    ``reference``: the publication value to resolve against (default: ``doc.published``).
    ``mentions``: the temporal expressions to tag (default: ``timeline.extract(text,
    reference=...)``), each with ``start``/``end`` offsets into the text and a ``value``.
    """
    from .. import extract

    if isinstance(doc, str):
        text, doc_id = doc, None
    else:
        text = getattr(doc, "text", None)
        if not isinstance(text, str):
            raise TypeError(f"to_timeml() needs a document with a .text string, got {type(doc).__name__}")
        doc_id = getattr(doc, "id", None)
    dct = reference if reference is not None else (None if isinstance(doc, str) else _published(doc))
    if dct is not None and not isinstance(dct, Value):
        raise TypeError(f"reference must be a timeline.Value, got {type(dct).__name__}")
    if mentions is None:
        mentions = extract(text, reference=dct) if dct is not None else extract(text)
    # Spans that resolve with no reference at all are absolute; the others lean on the DCT.
    absolute = {(m.start, m.end) for m in extract(text) if m.value is not None} if dct is not None else set()

    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    if doc_id is not None:
        out.append(f"<DOCID>{_text(str(doc_id))}</DOCID>")
    anchor = None
    if dct is not None:
        anchor = "t0"
        attrs = timex_attributes(dct, "t0")
        attrs["temporalFunction"] = "false"
        attrs["functionInDocument"] = "CREATION_TIME"
        how = getattr(doc, "published_how", None)
        note = ""
        if dct.uncertain or how == "inferred" or not _one_unit(dct):
            note = f"<!-- publication date {'inferred' if how == 'inferred' else 'known only as a range'}: {_comment(dct.edtf or '')} -->"
        out.append(f"<DCT>{_tag(attrs, dct.timex or '')}{note}</DCT>")

    body: list[str] = []
    pos = 0
    n = 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        v = getattr(m, "value", None)
        if m.start < pos or v is None or not (v.timex or ""):
            continue  # overlapping, or nothing to write as a value
        n += 1
        relative = anchor if (anchor is not None and (m.start, m.end) not in absolute) else None
        body.append(_text(text[pos : m.start]))
        body.append(_tag(timex_attributes(v, f"t{n}", anchor=relative), text[m.start : m.end]))
        pos = m.end
    body.append(_text(text[pos:]))
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"


def _one_unit(v: Value) -> bool:
    from ..values import timex_for

    return v.start is not None and timex_for(v.start, v.end, v.grain) == v.timex and (
        v.end - v.start
    ).days <= 1


def _comment(s: str) -> str:
    return s.replace("--", "- -")


def safe_filename(doc_id: str) -> str:
    """A document id made safe as a file name (letters, digits, ``_.-`` kept), at most
    :data:`NAME_BYTES` bytes of UTF-8."""
    name = _SAFE_NAME.sub("_", xml_safe(str(doc_id))).strip("._") or "document"
    return fit_name(name, NAME_BYTES).rstrip("._") or "document"


def timeml_files(source: Any, *, documents: Iterable[Any] | None = None) -> list[tuple[str, str]]:
    """``(file name, TimeML text)`` for every article of ``source`` (as
    :func:`write_timeml`), computed in memory: nothing is written."""
    entries = list(getattr(source, "documents", source))
    texts: dict[str, str] = {}
    if documents is not None:
        texts = {d.id: d.text for d in documents}
    out = []
    used: set[str] = set()
    for i, d in enumerate(entries):
        doc_id = getattr(d, "id", None) or f"doc{i}"
        text = getattr(d, "text", None)
        if not isinstance(text, str):
            text = texts.get(doc_id)
        if not isinstance(text, str):
            raise ValueError(f"document {doc_id!r} has no text: pass the corpus as documents=")
        base = safe_filename(doc_id)
        name, k = base, 1
        while name.casefold() in used:
            k += 1
            name = f"{base}_{k}"
        used.add(name.casefold())
        view = _DocView(text, doc_id, _published(d), getattr(d, "published_how", None))
        out.append((f"{name}.tml", to_timeml(view)))
    return out


def write_timeml(source: Any, directory: str | os.PathLike, *, documents: Iterable[Any] | None = None) -> list[Path]:
    """Write one ``<id>.tml`` TimeML file per article into ``directory`` (created if
    needed) and return the paths.  Every file is written, or none: they are made in
    memory and in temporary files first, then moved into place.

    ``source`` is a Timeline (its ``.documents``), a Corpus (iterable of documents) or
    a list of documents; each document must carry its ``.text``.  When the Timeline's
    document entries have no text, pass the corpus as ``documents=``: entries are then
    matched by id and the Timeline's (possibly inferred) publication values are used.
    """
    files = timeml_files(source, documents=documents)
    plan = OutputPlan()
    folder = plan.folder("write_timeml", directory)
    with plan:
        paths = [plan.write_in(folder, name, xml) for name, xml in files]
    return paths


class _DocView:
    __slots__ = ("text", "id", "published", "published_how")

    def __init__(self, text, id, published, published_how):
        self.text, self.id, self.published, self.published_how = text, id, published, published_how

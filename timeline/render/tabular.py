"""Tables: CSV files and pandas DataFrames of a timeline's events, sources or documents.

One row per event (``what="events"``, the default) with these columns:

=================  ===============================================================
``event``          the event's id, the same as in the JSON (``e12``)
``start``          start of the range, ISO 8601 (``2018-02-10T00:00``), inclusive
``end``            end of the range, ISO 8601, EXCLUSIVE (half-open ``[start, end)``)
``range``          the range as people read it, last day included (``2018-02-10 – 2018-02-12``)
``grain``          minute, hour, day, week, month, quarter, year or decade
``vague``          ``true`` when the range is an estimate ("قبل أيام")
``uncertain``      ``true`` when anchored on an inferred publication date
``undated``        ``true`` when no report dates the event (shown "by the publication date")
``timex``          TIMEX3 value (``2018-02-12``, ``2018-W07``, ``PAST_REF``, ``P3D``)
``edtf``           EDTF string (``2018-02-06~/2018-02-11~``)
``mod``            TIMEX3 mod (START, MID, END, APPROX ...) or empty
``text``           the clause that reports the event (Arabic)
``predicate``      the event's class (``capture``, ``clash`` ...)
``numbers``        numbers reported with it, ``;``-separated
``confidence``     a number in [0, 1]
``places``         places named in its reports, ``;``-separated
``groups``         armed groups and other actors named, ``;``-separated
``disagreements``  where its reports disagree (numbers, dates), ``;``-separated
``documents``      ids of the reporting articles, ``;``-separated
``sources``        every mention as ``id:start-end``, ``;``-separated (offsets into the article)
=================  ===============================================================

One row per mention of an event (``what="sources"``): ``event`` (its id), ``document``
(the article's id), ``span_start``/``span_end`` (character offsets of the clause in
the article, ``text == article[span_start:span_end]``), ``text``, ``predicate``,
``dating`` (own / inherited / after / undated), ``date_text`` (the expression that dates
it), ``value`` (the mention's own EDTF), ``value_start``/``value_end``, ``range``,
``grain``, ``vague``, ``uncertain``, ``timex`` and the article's ``url``.

One row per article (``what="documents"``): ``id``, ``start``, ``end``, ``range``,
``grain``, ``vague``, ``uncertain``, ``timex``, ``edtf``, ``published_how``
(metadata / text / inferred) and ``published_evidence`` (``;``-separated clues).

A duration-only value has empty ``start``/``end`` and its ISO duration in ``timex``.
CSV files are UTF-8 with a header row; booleans are ``true``/``false``.

Spreadsheets run a cell that starts with ``=``, ``+``, ``@`` (or ``-``) as a formula.
In the CSV (not in the rows, the DataFrame or the JSON) a text cell that starts with
``=``, ``+``, ``@``, a tab or a carriage return therefore gets a leading ``'`` (the
spreadsheet convention for "text": ``=HYPERLINK(...)`` is written ``'=HYPERLINK(...)``);
numbers (``+5``, ``-3.2`` and the number columns) are left alone.  Pass
``spreadsheet_safe=False`` for the cells exactly as they are.  Lone surrogates, which
UTF-8 cannot encode, are written as U+FFFD (in the CSV and in the DataFrame, whose
strings pandas may keep as UTF-8).
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
from typing import Any, TextIO

from .. import _access as a
from ..values import Value
from .describe import format_range

log = logging.getLogger(__name__)

EVENT_COLUMNS = (
    "event", "start", "end", "range", "grain", "vague", "uncertain", "undated", "timex", "edtf", "mod",
    "text", "predicate", "numbers", "confidence", "places", "groups", "disagreements", "documents", "sources",
)
SOURCE_COLUMNS = (
    "event", "document", "span_start", "span_end", "text", "predicate", "dating", "date_text",
    "value", "value_start", "value_end", "range", "grain", "vague", "uncertain", "timex", "url",
)
DOCUMENT_COLUMNS = (
    "id", "start", "end", "range", "grain", "vague", "uncertain", "timex", "edtf",
    "published_how", "published_evidence",
)
TABLES = ("events", "sources", "documents")


def _iso(t) -> str:
    return "" if t is None else t.isoformat(timespec="minutes")


def _value_cells(v: Value | None) -> dict[str, Any]:
    if v is None:
        return {"start": None, "end": None, "range": "", "grain": "", "vague": False, "uncertain": False,
                "timex": "", "edtf": "", "mod": ""}
    return {
        "start": v.start, "end": v.end, "range": format_range(v) if v.start is not None else "",
        "grain": v.grain, "vague": bool(v.vague), "uncertain": bool(v.uncertain),
        "timex": v.timex or "", "edtf": v.edtf or "", "mod": v.mod or "",
    }


def _check(tl: Any, attr: str) -> None:
    if not hasattr(tl, attr):
        raise TypeError(f"expected a Timeline (with .{attr}), got {type(tl).__name__}")


def event_rows(tl: Any) -> list[dict[str, Any]]:
    """The events as dicts (Python values: datetimes, bools, tuples)."""
    _check(tl, "events")
    rows = []
    for e in tl.events:
        sources = a.sources(e)
        row = {"event": a.event_id(e), **_value_cells(a.when(e))}
        row.update(
            undated=a.undated(e),
            text=a.event_text(e),
            predicate=a.event_class(e),
            numbers=a.numbers(e),
            confidence=a.confidence(e),
            places=a.places(e),
            groups=a.groups(e),
            disagreements=a.disagreements(e),
            documents=a.documents_of(e),
            sources=tuple(f"{a.source_document(s)}:{a.source_span(s)[0]}-{a.source_span(s)[1]}" for s in sources),
        )
        rows.append(row)
    return rows


def source_rows(tl: Any) -> list[dict[str, Any]]:
    """One dict per mention of an event, in timeline order, then as the event lists them."""
    _check(tl, "events")
    urls = {a.document_id(d): a.url(d) for d in getattr(tl, "documents", ())}
    rows = []
    for e in tl.events:
        for s in a.sources(e):
            start, end = a.source_span(s)
            cells = _value_cells(a.when(s))
            doc = a.source_document(s)
            rows.append({
                "event": a.event_id(e), "document": doc, "span_start": start, "span_end": end,
                "text": a.source_text(s), "predicate": a.predicate(s), "dating": a.source_dating(s),
                "date_text": a.source_date_text(s), "value": cells["edtf"], "value_start": cells["start"],
                "value_end": cells["end"], "range": cells["range"], "grain": cells["grain"],
                "vague": cells["vague"], "uncertain": cells["uncertain"], "timex": cells["timex"],
                "url": urls.get(doc, ""),
            })
    return rows


def document_rows(tl: Any) -> list[dict[str, Any]]:
    """The articles with their publication values, as dicts."""
    _check(tl, "documents")
    rows = []
    for d in tl.documents:
        cells = _value_cells(a.published(d))
        cells.pop("mod")
        rows.append({"id": a.document_id(d), **cells, "published_how": a.published_how(d),
                     "published_evidence": "; ".join(a.published_evidence(d))})
    return rows


def _rows(tl: Any, what: str) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    if what == "events":
        out = EVENT_COLUMNS, event_rows(tl)
    elif what == "sources":
        out = SOURCE_COLUMNS, source_rows(tl)
    elif what == "documents":
        out = DOCUMENT_COLUMNS, document_rows(tl)
    else:
        raise ValueError(f"what must be one of {', '.join(map(repr, TABLES))}, got {what!r}")
    log.debug("table of %s: %d rows", what, len(out[1]))
    return out


def _cell(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, bool):
        return "true" if x else "false"
    if hasattr(x, "isoformat"):
        return _iso(x)
    if isinstance(x, tuple):
        return ";".join(str(i) for i in x)
    return str(x)


_FORMULA_START = ("=", "+", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(x: Any) -> Any:
    """A cell (a str, or a tuple of them) with its lone surrogates replaced by U+FFFD."""
    if isinstance(x, str):
        return _SURROGATE.sub("\ufffd", x) if _SURROGATE.search(x) else x
    if isinstance(x, tuple):
        return tuple(_unicode(i) for i in x)
    return x


def spreadsheet_cell(value: Any, text: str) -> str:
    """``text`` (the CSV cell of ``value``) made inert for spreadsheets: a text cell that
    starts with ``=``, ``+``, ``@``, a tab or a carriage return gets a leading ``'``;
    numbers are left alone."""
    if (
        text.startswith(_FORMULA_START)
        and not isinstance(value, (int, float))
        and not _NUMBER.fullmatch(text)
    ):
        return "'" + text
    return text


def to_csv(tl: Any, path: str | os.PathLike | TextIO | None = None, *, what: str = "events",
           spreadsheet_safe: bool = True) -> str | None:
    """Write the events (or ``what="sources"`` / ``"documents"``) as CSV.

    ``path``: a file name, an open text file, or None to get the CSV as a string.
    ``spreadsheet_safe``: text cells that a spreadsheet would run as a formula get a
    leading ``'`` (see the module docstring).  A file name is written whole or not at all
    (a temporary file moved into place).
    """
    columns, rows = _rows(tl, what)
    if path is None or hasattr(path, "write"):
        buf = io.StringIO() if path is None else path
        _write(buf, columns, rows, spreadsheet_safe)
        return buf.getvalue() if path is None else None
    from ..outputs import OutputPlan

    buf = io.StringIO()
    _write(buf, columns, rows, spreadsheet_safe)
    if os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path):
        with open(path, "w", encoding="utf-8", newline="") as f:  # a device or pipe: /dev/stdout
            f.write(buf.getvalue())
        return None
    plan = OutputPlan()
    final = plan.file("to_csv", path)
    with plan:
        plan.write_text(final, buf.getvalue())
    return None


def _write(f: TextIO, columns, rows, spreadsheet_safe: bool = True) -> None:
    w = csv.writer(f, lineterminator="\n")
    # csv quotes a field holding "\n" but not one holding a lone "\r" (not in the line
    # terminator), which readers take as a line break: such a row is written fully quoted
    quoted = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerow(columns)
    for r in rows:
        cells = []
        for c in columns:
            text = _SURROGATE.sub("\ufffd", _cell(r[c]))
            cells.append(spreadsheet_cell(r[c], text) if spreadsheet_safe else text)
        (quoted if any("\r" in x for x in cells) else w).writerow(cells)


_DATETIME_COLUMNS = ("start", "end", "value_start", "value_end")


def to_dataframe(tl: Any, *, what: str = "events"):
    """The events (or ``what="sources"`` / ``"documents"``) as a pandas DataFrame.

    The date columns (``start``/``end``, ``value_start``/``value_end``) are datetime64
    (NaT for durations), ``vague``/``uncertain``/``undated`` booleans, the list columns
    (``numbers``, ``places``, ``documents`` ...) tuples.  Needs pandas:
    ``pip install 'arabic-timeline[pandas]'``.
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            "timeline.to_dataframe() needs pandas, which is not installed: pip install pandas "
            "(or pip install 'arabic-timeline[pandas]'; timeline.to_csv() needs nothing)"
        ) from exc
    columns, rows = _rows(tl, what)
    # lone surrogates become U+FFFD as in the CSV: pandas may keep strings as UTF-8 (pyarrow)
    rows = [{c: _unicode(x) for c, x in r.items()} for r in rows]
    df = pd.DataFrame(rows, columns=list(columns))
    for c in _DATETIME_COLUMNS:
        if c in df.columns:
            df[c] = pd.to_datetime(df[c])
    return df

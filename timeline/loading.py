"""Reading a timeline back from its JSON: :func:`load`, :func:`loads`, :func:`from_dict`
(and ``Timeline.from_json``, which calls :func:`loads`).

``load(tl.to_json())`` gives a timeline whose ``to_json()`` is the same text: every
record is rebuilt field by field from the types its class declares (a ``Value`` from
its dict, dates and datetimes from ISO strings, tuples from lists), so fields added to
the records later are read without a change here.  Keys the records do not know are
ignored (logged at debug level on ``timeline.loading``).  The module is ``timeline.loading``
(not ``timeline.load``, which is the function).

A file written by an older release without ``schema_version`` is read as version 1.0;
a file of a newer MAJOR version is refused with a ``ValueError``.
"""

from __future__ import annotations

import io
import json
import logging
import os
import types
import typing
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Union

import attrs

from .schema import SCHEMA_VERSION

__all__ = ["load", "loads", "from_dict", "SCHEMA_VERSION"]

log = logging.getLogger(__name__)


def load(source: Any):
    """A :class:`~timeline.Timeline` from JSON: a file name (str or path), an open text
    or binary file, or the JSON text itself (a str starting with ``{``)."""
    if hasattr(source, "read"):
        data = source.read()
        if isinstance(data, bytes):
            data = data.decode("utf-8")
        return loads(data)
    if isinstance(source, bytes):
        return loads(source.decode("utf-8"))
    if isinstance(source, str) and source.lstrip().startswith("{"):
        return loads(source)
    if isinstance(source, (str, os.PathLike)):
        if os.path.isdir(source):
            raise IsADirectoryError(
                f"load() reads a timeline's JSON file, and {os.fspath(source)!r} is a folder: to build the "
                "timeline of a folder of articles, timeline.build(timeline.Corpus.from_path(folder))")
        with io.open(source, encoding="utf-8") as f:
            log.debug("loading a timeline from %s", source)
            return loads(f.read())
    raise TypeError(f"load() takes a file name, a file or JSON text, got {type(source).__name__}")


def loads(text: str):
    """A :class:`~timeline.Timeline` from its JSON text."""
    return from_dict(json.loads(text))


def _major(version: str) -> int:
    try:
        return int(str(version).split(".")[0])
    except ValueError:
        raise ValueError(f"schema_version {version!r} is not MAJOR.MINOR") from None


def from_dict(data: dict):
    """A :class:`~timeline.Timeline` from the dict ``Timeline.to_dict()`` returns."""
    from .chronology import DocumentInfo, Event, Timeline

    if not isinstance(data, dict) or "events" not in data or "documents" not in data:
        raise ValueError("not a timeline: expected an object with 'documents' and 'events'")
    version = data.get("schema_version", "1.0")
    if _major(version) > _major(SCHEMA_VERSION):
        raise ValueError(
            f"schema_version {version} is newer than this release reads ({SCHEMA_VERSION}): "
            "upgrade arabic-timeline"
        )
    documents = [record(DocumentInfo, d) for d in data["documents"]]
    events = [record(Event, e) for e in data["events"]]
    hidden = [record(Event, e) for e in data.get("hidden_events", ())]
    log.debug("loaded %d events and %d documents (%d hidden events; schema %s)", len(events), len(documents),
              len(hidden), version)
    return Timeline(events, documents, hidden)


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def record(cls: type, data: dict):
    """An instance of the attrs class ``cls`` from its ``to_dict()`` form."""
    if not isinstance(data, dict):
        raise ValueError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    hints = _hints(cls)
    kwargs = {}
    known = set()
    for f in attrs.fields(cls):
        known.add(f.name)
        if not f.init or f.name not in data:
            continue
        try:
            kwargs[f.name] = _convert(hints.get(f.name, Any), data[f.name])
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{cls.__name__}.{f.name}: {exc}") from None
    extra = data.keys() - known
    if extra:
        log.debug("%s: ignored unknown keys %s", cls.__name__, sorted(extra))
    return cls(**kwargs)


def _convert(tp: Any, x: Any) -> Any:
    if tp is Any:
        return x
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        if x is None and type(None) in args:
            return None
        errors = []
        for a in args:
            if a is type(None):
                continue
            try:
                return _convert(a, x)
            except (TypeError, ValueError) as exc:
                errors.append(str(exc))
        raise ValueError("; ".join(errors) or f"cannot read {x!r}")
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(x, list):
            raise TypeError(f"expected a list, got {type(x).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], i) for i in x)
        return tuple(_convert(a, i) for a, i in zip(args, x))
    if origin is list:
        (arg,) = typing.get_args(tp) or (Any,)
        return [_convert(arg, i) for i in x]
    if origin is dict:
        return dict(x)
    if tp is datetime:
        if not isinstance(x, str):
            raise TypeError(f"expected an ISO datetime string, got {type(x).__name__}")
        return datetime.fromisoformat(x)
    if tp is date:
        if not isinstance(x, str):
            raise TypeError(f"expected an ISO date string, got {type(x).__name__}")
        return date.fromisoformat(x)
    if isinstance(tp, type) and attrs.has(tp):
        return record(tp, x)
    if tp is float and isinstance(x, (int, float)) and not isinstance(x, bool):
        return x
    if isinstance(tp, type) and tp in (str, int, bool) and not isinstance(x, tp):
        raise TypeError(f"expected {tp.__name__}, got {type(x).__name__}")
    return x

"""The JSON format's version and its machine-readable schema.

``SCHEMA_VERSION`` is written as ``schema_version`` at the top of every
:meth:`Timeline.to_json <timeline.Timeline.to_json>` output.  It is ``MAJOR.MINOR``: a
new MINOR only adds optional fields (a reader of the same MAJOR still reads the file,
and :func:`timeline.load` ignores fields it does not know); a new MAJOR renames,
removes or changes the meaning of a field.

``timeline.schema.json`` beside this file is the JSON Schema (draft 2020-12) of the
format, shipped in the package::

    from timeline.schema import json_schema
    jsonschema.validate(json.loads(tl.to_json()), json_schema())
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

__all__ = ["SCHEMA_VERSION", "SCHEMA_FILE", "json_schema", "validate"]

SCHEMA_VERSION = "1.2"
SCHEMA_FILE = "timeline.schema.json"


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def json_schema() -> dict:
    """The JSON Schema of the timeline JSON (a fresh dict on each call)."""
    return json.loads(_schema_text())


def validate(data: dict) -> None:
    """Raise ``jsonschema.ValidationError`` when ``data`` (a parsed timeline JSON) does
    not follow the schema.  Needs the ``jsonschema`` package (in the ``test`` extra)."""
    try:
        import jsonschema
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("validate() needs jsonschema: pip install jsonschema") from exc
    jsonschema.validate(data, json_schema(), cls=jsonschema.Draft202012Validator)

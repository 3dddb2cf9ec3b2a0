"""Real stories of tests/realnews as documents, for tests that follow one story through a build."""

import json
from pathlib import Path

from timeline import Document

REALNEWS = Path(__file__).resolve().parent / "realnews"


def story_documents(set_name: str, story: str) -> list[Document]:
    """The articles of ``story`` in ``tests/realnews/<set_name>``, dated only where their text
    states the date (as ``score_stories.py`` hides the others)."""
    path = REALNEWS / set_name / "stories.jsonl"
    arts = [a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if a["story"] == story]
    if not arts:
        raise LookupError(f"no story {story!r} in {path}")
    return [Document(a["text"], id=a["id"], published=a["published"] if a["states_date"] else None) for a in arts]

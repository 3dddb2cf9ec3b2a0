"""The seed corpus's timeline, built once per test session for the test files that only
read it (test_loading, test_exports, test_html)."""

from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@cache
def seed_timeline():
    from timeline import Corpus, build

    return build(Corpus.from_dir(SEEDS))

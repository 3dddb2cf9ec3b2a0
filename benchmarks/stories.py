"""The stories table for every set of real multi-article stories, undated articles hidden
and with every article dated: events found, dated right, dated sharply, cross-article
merging, events shown, and publication dates of the undated articles.

Sets: the project's own stories (tests/realnews/stories/stories.jsonl, and the second set
tests/realnews/stories2/stories.jsonl, the third to fifth tests/realnews/stories3/ ... stories5/) and the shared development stories
(../shared/dev-stories/stories.jsonl) when present.  The scorer is
tests/realnews/score_stories.py (a copy of the shared one).

Usage: python benchmarks/stories.py [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "realnews"))

import score_stories  # noqa: E402

SETS = {
    "own": ROOT / "tests/realnews/stories/stories.jsonl",
    "own2": ROOT / "tests/realnews/stories2/stories.jsonl",
    "own3": ROOT / "tests/realnews/stories3/stories.jsonl",
    "own4": ROOT / "tests/realnews/stories4/stories.jsonl",
    "own5": ROOT / "tests/realnews/stories5/stories.jsonl",
    "dev": ROOT.parent / "shared/dev-stories/stories.jsonl",
}
COLUMNS = [
    ("found", "event_found"), ("dated", "event_dating_accuracy"), ("sharp", "event_dating_sharp"),
    ("mergeP", "merge_precision"), ("mergeR", "merge_recall"), ("mergeF", "merge_f1"),
]


def run(path: Path, all_dated: bool) -> dict:
    out = io.StringIO()
    args = ["--stories", str(path), "--json-only"] + (["--all-dated"] if all_dated else [])
    with contextlib.redirect_stdout(out):
        score_stories.main(args)
    return json.loads(out.getvalue().strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    results = {}
    for name, path in SETS.items():
        if not path.exists():
            continue
        for mode in (False, True):
            results[f"{name}{' all-dated' if mode else ''}"] = run(path, mode)
    if args.json:
        print(json.dumps(results))
        return 0
    hdr = f"{'set':<16}{'stories':>8}{'gold':>6}" + "".join(f"{c:>8}" for c, _ in COLUMNS) + \
        f"{'events':>8}{'keys':>6}{'pubcov':>8}{'pubw':>7}"
    print(hdr)
    print("-" * len(hdr))
    for name, r in results.items():
        cells = "".join(f"{(r[k] or 0) * 100:>7.0f}%" for _, k in COLUMNS)
        pc = r["pub_coverage"]
        pw = r["pub_median_width_days"]
        print(f"{name:<16}{r['stories']:>8}{r['gold_events']:>6}{cells}{r['timeline_events']:>8}"
              f"{r['gold_event_keys']:>6}{'-' if pc is None else f'{pc * 100:.0f}%':>8}{'-' if pw is None else pw:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The stories table for every set of real multi-article stories, undated articles hidden
and with every article dated: events found, dated right, dated sharply, cross-article
merging, events shown, and publication dates of the undated articles.

Sets: the project's own stories, every folder tests/realnews/stories/, stories2/, stories3/
... that holds a stories.jsonl (found on disk, in order: own, own2, own3 ...;
``storykit.story_sets``), and the shared development stories
(../shared/dev-stories/stories.jsonl) when present.  The scorer is
tests/realnews/score_stories.py (a copy of the shared one).

The last two rows pool every set (undated hidden, then all dated): found, dated and sharp
over all gold events, merging from the summed pair counts.  One merge moves a set of about
eight stories by 0.03-0.05 F1; the pooled row is the steadier figure to decide on.

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

from storykit import story_sets  # noqa: E402

# every set folder under tests/realnews ("stories" -> own, "stories2" -> own2, ...), then dev
SETS = {"own" + d[len("stories"):]: Path(p) for d, p in story_sets(str(ROOT / "tests" / "realnews")).items()}
SETS["dev"] = ROOT.parent / "shared/dev-stories/stories.jsonl"
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


def pooled(rows: list[dict]) -> dict:
    """One row for several sets: rates over all their gold events, merge P/R/F1 from the
    summed pair counts, publication coverage over all their undated articles."""
    gold = sum(r["gold_events"] for r in rows)
    out = {"stories": sum(r["stories"] for r in rows), "gold_events": gold,
           "timeline_events": sum(r["timeline_events"] for r in rows),
           "gold_event_keys": sum(r["gold_event_keys"] for r in rows), "pub_median_width_days": None}
    for k in ("event_found", "event_dating_accuracy", "event_dating_sharp"):
        out[k] = sum(r[k] * r["gold_events"] for r in rows) / gold if gold else None
    tp, fp, fn = (sum(r["merge_pairs"][k] for r in rows) for k in ("tp", "fp", "fn"))
    out["merge_precision"], out["merge_recall"], out["merge_f1"] = score_stories.prf(tp, fp, fn)
    inferred = [r for r in rows if r["pub_coverage"] is not None]
    n = sum(r["undated_articles"] for r in inferred)
    out["pub_coverage"] = sum(r["pub_coverage"] * r["undated_articles"] for r in inferred) / n if n else None
    return out


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
    for mode in (False, True):
        rows = [r for n, r in results.items() if n.endswith(" all-dated") == mode]
        if rows:
            results["pooled" + (" all-dated" if mode else "")] = pooled(rows)
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

"""The stories table for every set of real multi-article stories, undated articles hidden
and with every article dated: events found, dated right, dated sharply, cross-article
merging, events shown, and publication dates of the undated articles.

Sets: the project's own stories (tests/realnews/stories/stories.jsonl, and the second set
tests/realnews/stories2/stories.jsonl, the third to fifty-sixth tests/realnews/stories3/ ... stories56/) and the shared development stories
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

SETS = {
    "own": ROOT / "tests/realnews/stories/stories.jsonl",
    "own2": ROOT / "tests/realnews/stories2/stories.jsonl",
    "own3": ROOT / "tests/realnews/stories3/stories.jsonl",
    "own4": ROOT / "tests/realnews/stories4/stories.jsonl",
    "own5": ROOT / "tests/realnews/stories5/stories.jsonl",
    "own6": ROOT / "tests/realnews/stories6/stories.jsonl",
    "own7": ROOT / "tests/realnews/stories7/stories.jsonl",
    "own8": ROOT / "tests/realnews/stories8/stories.jsonl",
    "own9": ROOT / "tests/realnews/stories9/stories.jsonl",
    "own10": ROOT / "tests/realnews/stories10/stories.jsonl",
    "own11": ROOT / "tests/realnews/stories11/stories.jsonl",
    "own12": ROOT / "tests/realnews/stories12/stories.jsonl",
    "own13": ROOT / "tests/realnews/stories13/stories.jsonl",
    "own14": ROOT / "tests/realnews/stories14/stories.jsonl",
    "own15": ROOT / "tests/realnews/stories15/stories.jsonl",
    "own16": ROOT / "tests/realnews/stories16/stories.jsonl",
    "own17": ROOT / "tests/realnews/stories17/stories.jsonl",
    "own18": ROOT / "tests/realnews/stories18/stories.jsonl",
    "own19": ROOT / "tests/realnews/stories19/stories.jsonl",
    "own20": ROOT / "tests/realnews/stories20/stories.jsonl",
    "own21": ROOT / "tests/realnews/stories21/stories.jsonl",
    "own22": ROOT / "tests/realnews/stories22/stories.jsonl",
    "own23": ROOT / "tests/realnews/stories23/stories.jsonl",
    "own24": ROOT / "tests/realnews/stories24/stories.jsonl",
    "own25": ROOT / "tests/realnews/stories25/stories.jsonl",
    "own26": ROOT / "tests/realnews/stories26/stories.jsonl",
    "own27": ROOT / "tests/realnews/stories27/stories.jsonl",
    "own28": ROOT / "tests/realnews/stories28/stories.jsonl",
    "own29": ROOT / "tests/realnews/stories29/stories.jsonl",
    "own30": ROOT / "tests/realnews/stories30/stories.jsonl",
    "own31": ROOT / "tests/realnews/stories31/stories.jsonl",
    "own32": ROOT / "tests/realnews/stories32/stories.jsonl",
    "own33": ROOT / "tests/realnews/stories33/stories.jsonl",
    "own34": ROOT / "tests/realnews/stories34/stories.jsonl",
    "own35": ROOT / "tests/realnews/stories35/stories.jsonl",
    "own36": ROOT / "tests/realnews/stories36/stories.jsonl",
    "own37": ROOT / "tests/realnews/stories37/stories.jsonl",
    "own38": ROOT / "tests/realnews/stories38/stories.jsonl",
    "own39": ROOT / "tests/realnews/stories39/stories.jsonl",
    "own40": ROOT / "tests/realnews/stories40/stories.jsonl",
    "own41": ROOT / "tests/realnews/stories41/stories.jsonl",
    "own42": ROOT / "tests/realnews/stories42/stories.jsonl",
    "own43": ROOT / "tests/realnews/stories43/stories.jsonl",
    "own44": ROOT / "tests/realnews/stories44/stories.jsonl",
    "own45": ROOT / "tests/realnews/stories45/stories.jsonl",
    "own46": ROOT / "tests/realnews/stories46/stories.jsonl",
    "own47": ROOT / "tests/realnews/stories47/stories.jsonl",
    "own48": ROOT / "tests/realnews/stories48/stories.jsonl",
    "own49": ROOT / "tests/realnews/stories49/stories.jsonl",
    "own50": ROOT / "tests/realnews/stories50/stories.jsonl",
    "own51": ROOT / "tests/realnews/stories51/stories.jsonl",
    "own52": ROOT / "tests/realnews/stories52/stories.jsonl",
    "own53": ROOT / "tests/realnews/stories53/stories.jsonl",
    "own54": ROOT / "tests/realnews/stories54/stories.jsonl",
    "own55": ROOT / "tests/realnews/stories55/stories.jsonl",
    "own56": ROOT / "tests/realnews/stories56/stories.jsonl",
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

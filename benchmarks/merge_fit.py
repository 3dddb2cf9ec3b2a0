"""Fit the weights of the merge score (``timeline.merge.WEIGHTS``) on real stories.

Every story of the sets below is built (undated articles hidden, and all dated); the
reports that best cover a gold event phrase are labelled with its key, and every pair of
labelled reports from two different articles is one example (same key: one event).  A
logistic regression (L2, Newton's method) over ``merge.pair_features`` gives a weight per
feature; pairs whose dates part them (no features) are left out, as ``link`` never joins
them.

It prints, for each set held out in turn (trained on the others) and for all sets, the
pairwise precision, recall and F1 at the best threshold, for the current weights and the
fitted ones, then the fitted weights scaled to the current score's range (so that the
thresholds keep their meaning).

Usage: python benchmarks/merge_fit.py [--sets dev,own,own2] [--l2 1.0] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import timeline  # noqa: E402
import timeline.chronology as chronology  # noqa: E402
import timeline.merge as merge  # noqa: E402

sys.path.insert(0, str(ROOT / "tests" / "realnews"))
from storykit import story_sets  # noqa: E402

# the dev stories, then every set folder under tests/realnews ("stories" -> own, "stories2" -> own2, ...)
SETS = {"dev": ROOT.parent / "shared" / "dev-stories" / "stories.jsonl"}
SETS.update({"own" + d[len("stories"):]: Path(p) for d, p in story_sets(str(ROOT / "tests" / "realnews")).items()})


def _stories(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                out.setdefault(a["story"], []).append(a)
    return out


def _build(arts: list[dict], all_dated: bool):
    """The reports of the build's last linking step, and its copy groups."""
    from datetime import date

    seen = {}
    orig = chronology.link_scored

    def spy(reports, settings=None, groups=None):
        seen["reports"], seen["groups"] = list(reports), groups
        return orig(reports, settings, groups)

    chronology.link_scored = spy
    try:
        docs = [timeline.Document(a["text"], id=a["id"],
                                  published=date.fromisoformat(a["published"]) if (all_dated or a["states_date"]) else None)
                for a in arts]
        timeline.build(timeline.Corpus(docs))
    finally:
        chronology.link_scored = orig
    return seen["reports"], seen["groups"]


def examples(path: Path) -> list[tuple[str, tuple, int]]:
    """(story, features, label) for every pair of labelled reports of two articles."""
    out = []
    for slug, arts in _stories(path).items():
        for all_dated in (False, True):
            reports, groups = _build(arts, all_dated)
            reports = sorted(reports, key=lambda r: (r.document_id, r.start, r.end, r.index))
            idf = merge._idf(reports)
            label: dict[int, str | None] = {}
            for a in arts:
                for e in a["events"]:
                    ps = a["text"].find(e["phrase"])
                    pe = ps + len(e["phrase"])
                    best = None
                    for r in reports:
                        if r.document_id != a["id"]:
                            continue
                        ov = min(pe, r.end) - max(ps, r.start)
                        if ov > 0 and (best is None or ov > best[0]):
                            best = (ov, r)
                    if best is not None:
                        k = id(best[1])
                        label[k] = e["key"] if label.get(k, e["key"]) == e["key"] else None
            lab = [(r, label[id(r)]) for r in reports if label.get(id(r))]
            st = merge.MergeSettings()
            for i in range(len(lab)):
                for j in range(i + 1, len(lab)):
                    (ra, ka), (rb, kb) = lab[i], lab[j]
                    if ra.document_id == rb.document_id:
                        continue
                    f = merge.pair_features(ra, rb, idf, st, groups)
                    out.append((slug, f, int(ka == kb)))
    return out


def fit(rows: list[tuple[tuple, int]], l2: float) -> list[float]:
    """Logistic regression by Newton's method: weights for the features, then the bias."""
    import numpy as np

    X = np.array([list(f) + [1.0] for f, _ in rows])
    y = np.array([lab for _, lab in rows], dtype=float)
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-X @ w))
        g = X.T @ (p - y) + reg * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return list(map(float, w))


def best_f1(scored: list[tuple[float, int]]) -> tuple[float, float, float, float]:
    """(F1, precision, recall, threshold) at the threshold that maximizes F1."""
    pos = sum(lab for _, lab in scored)
    best = (0.0, 0.0, 0.0, 0.0)
    tp = fp = 0
    for s, lab in sorted(scored, key=lambda x: -x[0]):
        tp += lab
        fp += 1 - lab
        if tp:
            p, r = tp / (tp + fp), tp / pos
            f = 2 * p * r / (p + r)
            if f > best[0]:
                best = (f, p, r, s)
    return best


def current(f: tuple | None) -> float:
    if f is None:
        return -10.0
    return merge.BIAS + sum(merge.WEIGHTS[n] * x for n, x in zip(merge.FEATURES, f))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    data = {n: examples(SETS[n]) for n in args.sets.split(",") if SETS[n].exists()}
    for n, rows in data.items():
        print(f"{n}: {len(rows)} pairs, {sum(lab for _, _, lab in rows)} of one event, "
              f"{sum(1 for _, f, _ in rows if f is None)} parted by their dates", file=sys.stderr)

    def usable(names):
        return [(f, lab) for n in names for _, f, lab in data[n] if f is not None]

    def dot(w, f):
        return -10.0 if f is None else sum(a * b for a, b in zip(w, list(f) + [1.0]))

    report = {}
    for held in list(data) + ["all"]:
        train = [n for n in data if n != held] if held != "all" else list(data)
        test = data[held] if held != "all" else [x for n in data for x in data[n]]
        w = fit(usable(train), args.l2)
        cur = best_f1([(current(f), lab) for _, f, lab in test])
        new = best_f1([(dot(w, f), lab) for _, f, lab in test])
        report[held] = {"current": cur, "fitted": new, "weights": w}
        print(f"{held:5} current F1 {cur[0]:.3f} (P {cur[1]:.2f} R {cur[2]:.2f} at {cur[3]:.2f})   "
              f"fitted F1 {new[0]:.3f} (P {new[1]:.2f} R {new[2]:.2f} at {new[3]:.2f})")
    w = report["all"]["weights"]
    print("fitted on all (logit units):")
    for n, x in zip(list(merge.FEATURES) + ["bias"], w):
        print(f"  {n:20} {x:+.3f}   (now {merge.WEIGHTS.get(n, merge.BIAS):+.3f})")
    if args.json:
        print(json.dumps({k: {"current": v["current"], "fitted": v["fitted"],
                              "weights": dict(zip(list(merge.FEATURES) + ["bias"], v["weights"]))}
                          for k, v in report.items()}, indent=1))


if __name__ == "__main__":
    main()

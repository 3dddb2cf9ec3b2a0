"""Agreement between the gold (real_ar.jsonl) and an independent second annotation of a
sample of its texts (second_annotation.jsonl, made without seeing the gold).

Mentions match when their spans overlap (and exactly when they are the same span); values
agree when both annotators gave one and they are equal (start, end, grain; or duration /
set), and are counted over the matched pairs where both gave a value.

Usage: python tests/realnews/extract/agreement.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(name):
    with (HERE / name).open(encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f) if r.get("mode", "extract") == "extract"}


def key(v):
    if not v:
        return None
    if "start" in v or "end" in v:
        return ("interval", v.get("start"), v.get("end"), v.get("grain"))
    for k in ("duration", "set", "none"):
        if k in v:
            return (k, v[k])
    return None


def main():
    gold, second = load("real_ar.jsonl"), load("second_annotation.jsonl")
    n_gold = n_second = exact = overlap = both_values = same_values = 0
    for tid, s in second.items():
        g = gold[tid]
        gm, sm = g["mentions"], s["mentions"]
        n_gold += len(gm)
        n_second += len(sm)
        used = set()
        for a in sm:
            best = None
            for j, b in enumerate(gm):
                if j in used:
                    continue
                ov = min(a["end"], b["end"]) - max(a["start"], b["start"])
                if ov > 0 and (best is None or ov > best[0]):
                    best = (ov, j, b)
            if best is None:
                continue
            used.add(best[1])
            overlap += 1
            b = best[2]
            exact += (a["start"], a["end"]) == (b["start"], b["end"])
            ka, kb = key(a.get("expected")), key(b.get("expected"))
            if ka is not None and kb is not None:
                both_values += 1
                same_values += ka == kb
    p = overlap / n_second
    r = overlap / n_gold
    print(f"texts {len(second)}; mentions: gold {n_gold}, second {n_second}")
    print(f"matched (overlapping spans) {overlap}: F1 {2 * p * r / (p + r):.3f} (P {p:.3f} R {r:.3f}); "
          f"exact spans {exact} ({exact / overlap:.1%} of matched)")
    print(f"values: both annotators gave one for {both_values} matched mentions; equal for {same_values} "
          f"({same_values / both_values:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

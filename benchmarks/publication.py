"""Calibration of inferred publication dates on real articles whose dates are known.

Every article's date is hidden and inferred, in two settings:

- ``alone``: each article on its own, with no metadata (its own dateline, if it kept
  one, is a clue like any other);
- ``story``: each multi-article story as one corpus, the articles that do not state
  their date hidden, the others dated (as ``../shared/dev-stories/score_stories.py``).

For each setting it prints how often the 50%, 80% and 95% credible sets hold the true day
(counted over the articles that got candidate days; each should be close to the weight
its sets hold on average, printed in brackets: at least the level, more when many
articles are certain of one day, whose 50% set then holds all the weight),
the median width of the 95% range (first to last
day), how many articles got no candidate at all (nothing in them or their corpus anchors
them in time: no full date, no dated article), and the mean log score of the true day
under the candidate weights (natural log; a true day outside the candidates scores
log(1e-6)).

Sets (JSONL, one article per line with ``text`` and ``published``):
  tests/realnews/articles/articles.jsonl   48 single articles (alone only)
  tests/realnews/stories/stories.jsonl     11 stories, 39 articles
  tests/realnews/stories2/stories.jsonl    8 stories, 26 articles
  tests/realnews/stories3/stories.jsonl    8 stories, 32 articles
  tests/realnews/stories4/stories.jsonl    8 stories, 29 articles
  tests/realnews/stories5/stories.jsonl    8 stories, 28 articles
  tests/realnews/stories6/stories.jsonl    8 stories, 25 articles
  tests/realnews/stories7/stories.jsonl    8 stories, 28 articles
  tests/realnews/stories8/stories.jsonl    8 stories, 28 articles
  tests/realnews/stories9/stories.jsonl    6 stories, 20 articles
  tests/realnews/stories10/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories11/stories.jsonl   8 stories, 27 articles
  tests/realnews/stories12/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories13/stories.jsonl   6 stories, 21 articles
  tests/realnews/stories14/stories.jsonl   8 stories, 25 articles
  tests/realnews/stories15/stories.jsonl   9 stories, 30 articles
  tests/realnews/stories16/stories.jsonl   8 stories, 24 articles
  tests/realnews/stories17/stories.jsonl   8 stories, 27 articles
  tests/realnews/stories18/stories.jsonl   8 stories, 26 articles
  tests/realnews/stories19/stories.jsonl   6 stories, 19 articles
  tests/realnews/stories20/stories.jsonl   8 stories, 26 articles
  tests/realnews/stories21/stories.jsonl   7 stories, 24 articles
  tests/realnews/stories22/stories.jsonl   8 stories, 29 articles
  tests/realnews/stories23/stories.jsonl   7 stories, 24 articles
  tests/realnews/stories24/stories.jsonl   8 stories, 24 articles
  tests/realnews/stories25/stories.jsonl   3 stories, 10 articles
  tests/realnews/stories26/stories.jsonl   4 stories, 13 articles
  tests/realnews/stories27/stories.jsonl   8 stories, 27 articles
  tests/realnews/stories28/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories29/stories.jsonl   5 stories, 20 articles
  tests/realnews/stories30/stories.jsonl   5 stories, 16 articles
  tests/realnews/stories31/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories32/stories.jsonl   8 stories, 30 articles
  tests/realnews/stories33/stories.jsonl   8 stories, 30 articles
  tests/realnews/stories34/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories35/stories.jsonl   8 stories, 29 articles
  tests/realnews/stories36/stories.jsonl   7 stories, 24 articles
  tests/realnews/stories37/stories.jsonl   7 stories, 24 articles
  tests/realnews/stories38/stories.jsonl   8 stories, 27 articles
  tests/realnews/stories39/stories.jsonl   8 stories, 30 articles
  tests/realnews/stories40/stories.jsonl   8 stories, 26 articles
  tests/realnews/stories41/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories42/stories.jsonl   8 stories, 30 articles
  tests/realnews/stories43/stories.jsonl   8 stories, 26 articles
  tests/realnews/stories44/stories.jsonl   8 stories, 27 articles
  tests/realnews/stories45/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories46/stories.jsonl   8 stories, 27 articles
  tests/realnews/stories47/stories.jsonl   8 stories, 30 articles
  tests/realnews/stories48/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories49/stories.jsonl   8 stories, 27 articles
  tests/realnews/stories50/stories.jsonl   8 stories, 26 articles
  tests/realnews/stories51/stories.jsonl   8 stories, 26 articles
  tests/realnews/stories52/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories53/stories.jsonl   8 stories, 28 articles
  tests/realnews/stories54/stories.jsonl   8 stories, 30 articles
  tests/realnews/stories55/stories.jsonl   8 stories, 29 articles
  tests/realnews/stories56/stories.jsonl   8 stories, 27 articles
  ../shared/dev-stories/stories.jsonl      8 stories, 32 articles (when present)
  seeds/                                   5 seed articles (truth as in the seed tests)

Usage: python benchmarks/publication.py [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import timeline  # noqa: E402

SEED_TRUTH = {"000": "2018-02-19", "001": "2018-02-15", "002": "2018-02-13", "003": "2018-02-12", "004": "2018-02-11"}
LEVELS = (0.5, 0.8, 0.95)


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _seeds() -> list[dict]:
    out = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        out.append({"id": p.stem, "story": "seeds", "text": p.read_text(encoding="utf-8"),
                    "published": SEED_TRUTH[p.stem[:3]], "states_date": p.stem[:3] in ("000", "001")})
    return out


def _inference_of(tl, doc_id):
    info = tl.document(doc_id)
    return info


def _score(info, truth: date) -> dict:
    weights = dict(info.published_weights)
    if not weights and info.published is not None:  # a stated or metadata date
        first = info.published.start.date()
        weights = {first: 1.0} if (info.published.end - info.published.start).days <= 1 else {}
    out = {"none": not weights}
    if not weights:
        out.update({f"cov{int(lv * 100)}": False for lv in LEVELS})
        out.update({f"held{int(lv * 100)}": 0.0 for lv in LEVELS})
        out["width"] = None
        out["logscore"] = math.log(1e-6)
        return out
    order = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    for lv in LEVELS:
        total, chosen = 0.0, []
        for d, w in order:
            chosen.append(d)
            total += w
            if total >= lv - 1e-12:
                break
        out[f"cov{int(lv * 100)}"] = truth in chosen
        out[f"held{int(lv * 100)}"] = total
        if lv == 0.95:
            out["width"] = (max(chosen) - min(chosen)).days + 1
    out["logscore"] = math.log(max(weights.get(truth, 0.0), 1e-6))
    return out


def run_alone(rows: list[dict]) -> list[dict]:
    res = []
    for r in rows:
        doc = timeline.Document(r["text"], id=r["id"])
        tl = timeline.build([doc], min_confidence=0)
        res.append(_score(tl.document(r["id"]), date.fromisoformat(r["published"])))
    return res


def run_story(rows: list[dict]) -> list[dict]:
    stories: dict[str, list[dict]] = {}
    for r in rows:
        stories.setdefault(r["story"], []).append(r)
    res = []
    for arts in stories.values():
        docs = [timeline.Document(a["text"], id=a["id"],
                                  published=date.fromisoformat(a["published"]) if a.get("states_date") else None)
                for a in arts]
        tl = timeline.build(docs, min_confidence=0)
        for a in arts:
            if a.get("states_date"):
                continue
            res.append(_score(tl.document(a["id"]), date.fromisoformat(a["published"])))
    return res


def summary(res: list[dict]) -> dict:
    n = len(res)
    widths = [x["width"] for x in res if x["width"] is not None]
    ranged = [x for x in res if not x["none"]]
    out = {"articles": n, "no_range": n - len(ranged)}
    for lv in LEVELS:  # among the articles that got candidate days
        out[f"coverage_{int(lv * 100)}"] = (round(sum(x[f"cov{int(lv * 100)}"] for x in ranged) / len(ranged), 3)
                                            if ranged else None)
    for lv in LEVELS:  # the weight the sets hold on average: what a calibrated coverage equals
        out[f"held_{int(lv * 100)}"] = (round(sum(x[f"held{int(lv * 100)}"] for x in ranged) / len(ranged), 3)
                                        if ranged else None)
    out["median_width_95"] = statistics.median(widths) if widths else None
    out["mean_log_score"] = round(sum(x["logscore"] for x in ranged) / len(ranged), 3) if ranged else None
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object only")
    args = ap.parse_args(argv)
    singles = _load(ROOT / "tests/realnews/articles/articles.jsonl")
    story_rows = sum((_load(ROOT / f"tests/realnews/{n}/stories.jsonl") for n in ("stories", "stories2", "stories3", "stories4", "stories5", "stories6", "stories7", "stories8", "stories9", "stories10", "stories11", "stories12", "stories13", "stories14", "stories15", "stories16", "stories17", "stories18", "stories19", "stories20", "stories21", "stories22", "stories23", "stories24", "stories25", "stories26", "stories27", "stories28", "stories29", "stories30", "stories31", "stories32", "stories33", "stories34", "stories35", "stories36", "stories37", "stories38", "stories39", "stories40", "stories41", "stories42", "stories43", "stories44", "stories45", "stories46", "stories47", "stories48", "stories49", "stories50", "stories51", "stories52", "stories53", "stories54", "stories55", "stories56")), [])
    dev = ROOT.parent / "shared/dev-stories/stories.jsonl"
    if dev.exists():
        story_rows += _load(dev)
    seeds = _seeds()
    alone = run_alone(singles + story_rows + seeds)
    story = run_story(story_rows + seeds)
    result = {"alone": summary(alone), "story": summary(story)}
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{'setting':<8}{'articles':>9}{'no range':>9}{'cov50 (held)':>14}{'cov80 (held)':>14}{'cov95 (held)':>14}"
          f"{'width95':>9}{'logscore':>10}")
    for name, s in result.items():
        cov = "".join(f"{s[f'coverage_{lv}']:>7.2f} ({s[f'held_{lv}']:.2f})" for lv in (50, 80, 95))
        print(f"{name:<8}{s['articles']:>9}{s['no_range']:>9}{cov}{(s['median_width_95'] or 0):>9}{s['mean_log_score']:>10.2f}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Calibration of inferred publication dates on real articles whose dates are known.

Every article's date is hidden and inferred, in two settings:

- ``alone``: each article on its own, with no metadata (its own dateline, if it kept
  one, is a clue like any other);
- ``story``: each multi-article story as one corpus, the articles that do not state
  their date hidden, the others dated (as ``../shared/dev-stories/score_stories.py``);
- ``mixed``: each story SET as one corpus (its 7-8 stories of different places and years
  together, as a monitor's folder holds several stories), the same articles hidden: the
  dated articles of the other stories must not pull an article to their days.

For each setting it prints how often the 50%, 80% and 95% credible sets hold the true day
(counted over the articles that got candidate days; each should be close to the weight
its sets hold on average, printed in brackets: at least the level, more when many
articles are certain of one day, whose 50% set then holds all the weight),
the coverage of sets that hold exactly the level (the last day of a set taken with the
probability that tops the others up to the level: a day's weight cannot be split, so the
plain sets hold more than their level whenever one day carries much of it; these cover the
truth at their level when the weights are calibrated), a reliability table (candidate days
binned by weight: the share of a bin's days that are the true day against its mean weight),
the same for the articles whose date was inferred alone (not read from a dateline: row
``alone-inferred``), the median width of the 95% range (first to last
day; ``days95``: how many days the set holds, which is fewer when they are apart: "one of
these Tuesdays"), how many articles got no candidate at all (nothing in them or their corpus anchors
them in time: no full date, no dated article), and the mean log score of the true day
under the candidate weights (natural log; a true day outside the candidates scores
log(1e-6)).

Sets (JSONL, one article per line with ``text`` and ``published``):
  tests/realnews/articles/articles.jsonl   48 single articles (alone only)
  tests/realnews/stories*/stories.jsonl    every story set on disk (``storykit.story_sets``:
                                           stories/, stories2/ ...; the README and
                                           docs/benchmarks.md give the current counts)
  ../shared/dev-stories/stories.jsonl      8 stories, 32 articles (when present)
  seeds/                                   5 seed articles (truth as in the seed tests)

With ``--urls`` each article also comes with its address (``source`` in the sets), whose
date is a clue (``timeline.publication.URL_DATES``); by default the articles are text only,
which measures what the text alone says.

Usage: python benchmarks/publication.py [--json] [--urls] [--settings ...] [--sets ...]
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
sys.path.insert(0, str(ROOT / "tests" / "realnews"))

import timeline  # noqa: E402
from storykit import story_sets  # noqa: E402
from timeline.publication import credible_set  # noqa: E402

SEED_TRUTH = {"000": "2018-02-19", "001": "2018-02-15", "002": "2018-02-13", "003": "2018-02-12", "004": "2018-02-11"}
LEVELS = (0.5, 0.8, 0.95)
#: Whether the articles come with their addresses (``--urls``).
URLS = False


def _doc(a: dict, published: date | None = None) -> "timeline.Document":
    return timeline.Document(a["text"], id=a["id"], published=published, url=a.get("source") if URLS else None)


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
    out = {"none": not weights, "how": info.published_how}
    if not weights:
        out.update({f"cov{int(lv * 100)}": False for lv in LEVELS})
        out.update({f"held{int(lv * 100)}": 0.0 for lv in LEVELS})
        out.update({f"exact{int(lv * 100)}": 0.0 for lv in LEVELS})
        out["width"] = None
        out["ndays"] = None
        out["logscore"] = math.log(1e-6)
        out["days"] = []
        return out
    order = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    for lv in LEVELS:
        total, chosen = 0.0, []
        for d, w in order:
            chosen.append(d)
            total += w
            if total >= lv - 1e-12:
                break
        # the library's set (with the days as heavy as its last one: CREDIBLE_TIES)
        lib, lib_total = credible_set(weights.items(), lv)
        out[f"cov{int(lv * 100)}"] = truth in lib
        out[f"held{int(lv * 100)}"] = lib_total
        # the set that holds exactly the level: its last day taken with the probability that
        # tops the others up to the level (a day's weight cannot be split, so the plain set
        # holds more than the level whenever one day carries much of it; this one's expected
        # coverage equals the level exactly when the weights are calibrated)
        last_w = weights[chosen[-1]]
        share = min(1.0, max(0.0, (lv - (total - last_w)) / last_w)) if last_w > 0 else 1.0
        out[f"exact{int(lv * 100)}"] = (1.0 if truth in chosen[:-1] else share if truth == chosen[-1] else 0.0)
        if lv == 0.95:
            out["width"] = (max(lib) - min(lib)).days + 1
            out["ndays"] = len(lib)  # (a set of separate days: "one of these Tuesdays")
    out["logscore"] = math.log(max(weights.get(truth, 0.0), 1e-6))
    out["days"] = [(w, d == truth) for d, w in weights.items() if w >= 0.01]  # for the reliability table
    return out


def run_alone(rows: list[dict]) -> list[dict]:
    res = []
    for r in rows:
        tl = timeline.build([_doc(r)], min_confidence=0)
        res.append(_score(tl.document(r["id"]), date.fromisoformat(r["published"])))
    return res


def run_story(rows: list[dict]) -> list[dict]:
    stories: dict[str, list[dict]] = {}
    for r in rows:
        stories.setdefault(r["story"], []).append(r)
    res = []
    for arts in stories.values():
        docs = [_doc(a, date.fromisoformat(a["published"]) if a.get("states_date") else None) for a in arts]
        tl = timeline.build(docs, min_confidence=0)
        for a in arts:
            if a.get("states_date"):
                continue
            res.append(_score(tl.document(a["id"]), date.fromisoformat(a["published"])))
    return res


def run_mixed(sets: list[list[dict]]) -> list[dict]:
    """Each set of stories built as one corpus; the articles that do not state their date hidden."""
    res = []
    for rows in sets:
        docs = [_doc(a, date.fromisoformat(a["published"]) if a.get("states_date") else None) for a in rows]
        tl = timeline.build(docs, min_confidence=0)
        for a in rows:
            if not a.get("states_date"):
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
    for lv in LEVELS:  # the sets that hold exactly the level (see _score): calibrated = the level
        out[f"exact_{int(lv * 100)}"] = (round(sum(x[f"exact{int(lv * 100)}"] for x in ranged) / len(ranged), 3)
                                         if ranged else None)
    out["median_width_95"] = statistics.median(widths) if widths else None
    ndays = [x["ndays"] for x in res if x.get("ndays") is not None]
    out["median_days_95"] = statistics.median(ndays) if ndays else None
    out["mean_log_score"] = round(sum(x["logscore"] for x in ranged) / len(ranged), 3) if ranged else None
    # reliability: candidate days (weight >= 0.01) binned by weight; in a calibrated inference
    # the share of a bin's days that are the true day is close to the bin's mean weight
    bins = []
    for lo, hi in RELIABILITY_BINS:
        days = [(w, hit) for x in ranged for w, hit in x["days"] if lo <= w < hi]
        if days:
            bins.append({"bin": f"{lo:.2f}-{min(hi, 1.0):.2f}", "days": len(days),
                         "mean_weight": round(sum(w for w, _ in days) / len(days), 3),
                         "true": round(sum(hit for _, hit in days) / len(days), 3)})
    out["reliability"] = bins
    return out


RELIABILITY_BINS = ((0.01, 0.1), (0.1, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 0.99), (0.99, 1.01))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object only")
    ap.add_argument("--settings", nargs="+", choices=("alone", "story", "mixed"),
                    default=["alone", "story", "mixed"], help="which settings to run (default: all)")
    ap.add_argument("--sets", nargs="+", metavar="NAME",
                    help="only these story sets (stories, stories2, ... as folder names; the dev set is 'dev')")
    ap.add_argument("--urls", action="store_true",
                    help="give each article its address (the sets' source), whose date is a clue")
    args = ap.parse_args(argv)
    global URLS
    URLS = args.urls
    singles = _load(ROOT / "tests/realnews/articles/articles.jsonl")
    sets = {name: _load(Path(p)) for name, p in story_sets(str(ROOT / "tests" / "realnews")).items()}
    dev = ROOT.parent / "shared/dev-stories/stories.jsonl"
    if dev.exists():
        sets["dev"] = _load(dev)
    if args.sets:
        unknown = sorted(set(args.sets) - set(sets))
        if unknown:
            names = list(sets)
            ap.error(f"no such story set: {', '.join(unknown)} (there are {len(names)}: "
                     f"{', '.join(names[:2])}, ..., {', '.join(names[-2:])})")
        sets = {k: v for k, v in sets.items() if k in args.sets}
        singles = []
    story_rows = sum(sets.values(), [])
    seeds = _seeds() if not args.sets else []
    result = {}
    if "alone" in args.settings:
        alone = run_alone(singles + story_rows + seeds)
        result["alone"] = summary(alone)
        # alone, the articles whose date was inferred from clues (not read from a dateline)
        result["alone-inferred"] = summary([x for x in alone if x["how"] == "inferred"])
    if "story" in args.settings:
        result["story"] = summary(run_story(story_rows + seeds))
    if "mixed" in args.settings:
        result["mixed"] = summary(run_mixed(list(sets.values())))
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{'setting':<15}{'articles':>9}{'no range':>9}{'cov50 (held)':>14}{'cov80 (held)':>14}{'cov95 (held)':>14}"
          f"{'width95':>9}{'days95':>8}{'logscore':>10}   exact-level sets: cov50 cov80 cov95")
    for name, s in result.items():
        cov = "".join(f"{s[f'coverage_{lv}']:>7.2f} ({s[f'held_{lv}']:.2f})" for lv in (50, 80, 95))
        exact = "".join(f"{s[f'exact_{lv}']:>6.2f}" for lv in (50, 80, 95))
        print(f"{name:<15}{s['articles']:>9}{s['no_range']:>9}{cov}{(s['median_width_95'] or 0):>9}"
              f"{(s['median_days_95'] or 0):>8}{s['mean_log_score']:>10.2f}   {exact}")
    print("\nreliability (candidate days binned by weight: mean weight -> share that are the true day)")
    for name, s in result.items():
        print(f"{name:<15}" + "  ".join(f"{b['bin']}: {b['mean_weight']:.2f}->{b['true']:.2f} (n={b['days']})"
                                        for b in s["reliability"]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Score `timeline` on multi-article stories (a copy of ../shared/dev-stories/score_stories.py,
kept in the project so that its tests and benchmarks/stories.py need nothing outside it;
the default set is the project's own, tests/realnews/stories/stories.jsonl).

A DEVELOPMENT set: developers may read the stories, texts and gold freely and tune against them.

For each story: articles with states_date=false get NO publication date (the library must infer
one), the others get their true `published` day as metadata; timeline.build(corpus) is run and
three things are measured:
  (a) publication-date inference for the undated articles: inferred range, coverage of the true
      day, width in days;
  (b) event dating: for each gold event (article, phrase), the timeline events having a source in
      that article whose span covers the phrase (see (c)); correct when the best-overlapping one has
      a `when` range containing the gold start day; width of that range; sharp when
      also at most max(3 days, 3 x the gold range) wide. timeline_events vs gold_event_keys shows how
      many events the timeline shows for the events the gold names (gold is not exhaustive);
  (c) merging: over gold keys reported by >=2 articles, pairwise "same event" precision/recall/F1
      over all their gold phrases (a phrase is found when an event source covers at least half of it
      and is at most max(3x, +120 chars) its length; its predicted event is the best-overlapping one;
      a phrase not found makes its same-event pairs misses).
--all-dated gives every article its true date (separates inference errors from event errors).
Standard library + the `timeline` package only.  Usage:
  python score_stories.py [--all-dated] [--stories FILE] [--story SLUG] [--verbose] [--json-only]
"""
import argparse, json, os, statistics, sys, datetime as dt
from itertools import combinations

import timeline

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "stories", "stories.jsonl")


def day(s):
    return dt.date.fromisoformat(s)


def as_date(x):
    if x is None:
        return None
    return x.date() if isinstance(x, dt.datetime) else x


def range_days(value):
    """(first_day, last_day_inclusive, width_days) of a Value, or None when unanchored."""
    if value is None or value.start is None or value.end is None:
        return None
    s, e = value.start, value.end
    first = as_date(s)
    last_incl = as_date(e - dt.timedelta(microseconds=1))
    width = (e - s).total_seconds() / 86400.0
    return first, last_incl, width


def contains_day(value, d):
    r = range_days(value)
    return r is not None and r[0] <= d <= r[1]


def load(path):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    stories = {}
    for r in rows:
        stories.setdefault(r["story"], []).append(r)
    return stories


def build_corpus(arts, all_dated):
    docs = []
    for a in arts:
        pub = day(a["published"]) if (all_dated or a["states_date"]) else None
        docs.append(timeline.Document(a["text"], id=a["id"], published=pub,
                                      url=a.get("source")))
    return timeline.Corpus(docs)


def score_story(arts, all_dated, verbose=False, out=sys.stdout, min_confidence=None):
    corpus = build_corpus(arts, all_dated)
    opts = {} if min_confidence is None else {"min_confidence": min_confidence}
    tl = timeline.build(corpus, **opts)
    res = {"story": arts[0]["story"], "articles": len(arts), "pub": [], "events": [], "merge": {},
           "timeline_events": len(tl.events), "gold_keys": len({g["key"] for a in arts for g in a["events"]})}

    # (a) publication-date inference
    for a in arts:
        if all_dated or a["states_date"]:
            continue
        info = tl.document(a["id"])
        truth = day(a["published"])
        r = range_days(info.published)
        res["pub"].append({
            "id": a["id"], "truth": a["published"],
            "inferred": None if r is None else f"{r[0]}..{r[1]}",
            "how": info.published_how,
            "covered": bool(r and r[0] <= truth <= r[1]),
            "width": None if r is None else r[2],
        })

    # index event sources per document
    by_doc = {}
    for ev in tl.events:
        for src in ev.sources:
            by_doc.setdefault(src.document_id, []).append((src, ev))

    # (b) event dating + collect predicted event per gold phrase
    gold_pred = []  # (key, article id, predicted event id or None)
    for a in arts:
        text = a["text"]
        for g in a["events"]:
            ps = text.find(g["phrase"])
            pe = ps + len(g["phrase"])
            hits = []
            plen = pe - ps
            for src, ev in by_doc.get(a["id"], []):
                ov = min(pe, src.end) - max(ps, src.start)
                # a source counts when it covers at least half of the phrase and is not a much longer
                # stretch of text (a whole paragraph or article is no finding)
                if ov >= 0.5 * plen and (src.end - src.start) <= max(3 * plen, plen + 120):
                    hits.append((ov, src, ev))
            hits.sort(key=lambda h: (-h[0], h[1].end - h[1].start))
            gstart = day(g["start"])
            found = bool(hits)
            correct = False
            width = None
            when_txt = None
            best = None
            if hits:
                best = hits[0][2]
                # judged on the best-overlapping event only (several events on one clause gain nothing)
                chosen = hits[0]
                correct = contains_day(chosen[2].when, gstart)
                r = range_days(chosen[2].when)
                width = None if r is None else r[2]
                when_txt = None if r is None else f"{r[0]}..{r[1]}"
            gold_days = (day(g["end"]) - gstart).days
            sharp = correct and width is not None and width <= max(3, 3 * gold_days)
            res["events"].append({
                "id": a["id"], "key": g["key"], "gold": g["start"], "found": found,
                "correct": correct, "sharp": sharp, "width": width, "when": when_txt,
                "undated": (chosen[2].undated if hits else None),
            })
            gold_pred.append((g["key"], a["id"], best.id if best else None))

    # (c) merging over keys reported by >= 2 articles
    arts_per_key = {}
    for k, aid, _ in gold_pred:
        arts_per_key.setdefault(k, set()).add(aid)
    multi = {k for k, v in arts_per_key.items() if len(v) >= 2}
    pool = [(k, aid, e) for k, aid, e in gold_pred if k in multi and e is not None]
    everyone = [(k, aid, e) for k, aid, e in gold_pred if k in multi]
    tp = fp = fn = 0
    for (k1, a1, e1), (k2, a2, e2) in combinations(everyone, 2):
        # a phrase the library did not find cannot be merged: its same-event pairs count as missed
        same_gold, same_pred = k1 == k2, (e1 is not None and e1 == e2)
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
        elif same_gold:
            fn += 1
    res["merge"] = {"keys": sorted(multi), "phrases_found": len(pool),
                    "phrases_total": sum(1 for k, _, _ in gold_pred if k in multi),
                    "tp": tp, "fp": fp, "fn": fn}

    if verbose:
        print(f"\n## {res['story']}", file=out)
        for p in res["pub"]:
            print(f"  pub {p['id']:<28} true {p['truth']}  inferred {p['inferred']}  "
                  f"({p['how']}) {'OK' if p['covered'] else 'MISS'}  w={p['width']}", file=out)
        for e in res["events"]:
            flag = "OK " if e["correct"] else ("-- " if not e["found"] else "BAD")
            print(f"  ev  {flag} {e['id']:<28} {e['key']:<32} gold {e['gold']}  when {e['when']}"
                  f"{' (undated)' if e['undated'] else ''}", file=out)
        print(f"  merge {res['merge']}", file=out)
    return res


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if (p is not None or r is not None) and tp == 0 else None)
    return p, r, f


def fmt(x, pct=False):
    if x is None:
        return "-"
    return f"{100*x:.0f}%" if pct else f"{x:.1f}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", default=DEFAULT)
    ap.add_argument("--all-dated", action="store_true",
                    help="give every article its true publication date")
    ap.add_argument("--story", action="append", help="only these story slugs")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--json-only", action="store_true")
    ap.add_argument("--min-confidence", type=float, default=None,
                    help="passed to timeline.build (default: the library's own default)")
    args = ap.parse_args(argv)

    stories = load(args.stories)
    if args.story:
        stories = {k: v for k, v in stories.items() if k in args.story}
    results = [score_story(arts, args.all_dated, args.verbose and not args.json_only,
                           min_confidence=args.min_confidence)
               for arts in stories.values()]

    pubs = [p for r in results for p in r["pub"]]
    evs = [e for r in results for e in r["events"]]
    TP = sum(r["merge"]["tp"] for r in results)
    FP = sum(r["merge"]["fp"] for r in results)
    FN = sum(r["merge"]["fn"] for r in results)

    if not args.json_only:
        mode = "ALL DATED" if args.all_dated else "undated articles hidden"
        print(f"\nstories: {args.stories}  ({mode}; timeline {getattr(timeline, '__version__', '?')})")
        hdr = (f"{'story':<26}{'arts':>5}{'undat':>6}{'pubcov':>8}{'pubw':>6}"
               f"{'evfound':>9}{'evacc':>7}{'evw':>6}{'mergeP':>8}{'mergeR':>8}{'mergeF':>8}")
        print(hdr)
        print("-" * len(hdr))
        for r in results:
            p = r["pub"]
            cov = sum(x["covered"] for x in p) / len(p) if p else None
            ws = [x["width"] for x in p if x["width"] is not None]
            e = r["events"]
            found = sum(x["found"] for x in e) / len(e)
            acc = sum(x["correct"] for x in e) / len(e)
            ew = [x["width"] for x in e if x["correct"] and x["width"] is not None]
            mp, mr, mf = prf(r["merge"]["tp"], r["merge"]["fp"], r["merge"]["fn"])
            print(f"{r['story']:<26}{r['articles']:>5}{len(p):>6}{fmt(cov, True):>8}"
                  f"{fmt(statistics.median(ws) if ws else None):>6}{fmt(found, True):>9}"
                  f"{fmt(acc, True):>7}{fmt(statistics.median(ew) if ew else None):>6}"
                  f"{fmt(mp, True):>8}{fmt(mr, True):>8}{fmt(mf, True):>8}")

    P, R, F = prf(TP, FP, FN)
    widths = [p["width"] for p in pubs if p["width"] is not None]
    ew = [e["width"] for e in evs if e["correct"] and e["width"] is not None]
    summary = {
        "mode": "all_dated" if args.all_dated else "undated_hidden",
        "min_confidence": args.min_confidence,
        "stories": len(results), "articles": sum(r["articles"] for r in results),
        "undated_articles": len(pubs),
        "pub_coverage": (sum(p["covered"] for p in pubs) / len(pubs)) if pubs else None,
        "pub_inferred": sum(p["inferred"] is not None for p in pubs),
        "pub_median_width_days": statistics.median(widths) if widths else None,
        "gold_events": len(evs),
        "event_found": sum(e["found"] for e in evs) / len(evs) if evs else None,
        "event_dating_accuracy": sum(e["correct"] for e in evs) / len(evs) if evs else None,
        "event_dating_sharp": sum(e["sharp"] for e in evs) / len(evs) if evs else None,
        "event_median_width_days_when_correct": statistics.median(ew) if ew else None,
        "timeline_events": sum(r["timeline_events"] for r in results),
        "gold_event_keys": sum(r["gold_keys"] for r in results),
        "merge_pairs": {"tp": TP, "fp": FP, "fn": FN},
        "merge_precision": P, "merge_recall": R, "merge_f1": F,
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

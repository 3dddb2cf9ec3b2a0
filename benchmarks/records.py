"""Does timeline/_records.py (a ``__reduce__`` by field values for the meaning, value and
mention records) pay for itself?  Times, with and without it, in one process:

1. pickling and unpickling the mentions of a synthetic corpus (what crosses the pool), CPU
   time, beside the CPU time of extracting them in one process: the share of the pool's
   work that is pickling;
2. ``extract_many(..., workers=2)`` over the same corpus, wall clock;
3. ``build(..., workers=2)`` over synthetic articles, wall clock, and ``workers=1`` for scale.

The CPU figures hold on a busy machine; the wall-clock ones only on an idle one.

Each figure is the best of ``--repeat`` runs; "off" deletes the ``__reduce__`` the module
installed, so attrs' own ``__getstate__``/``__setstate__`` pickle the records.  Run from a
checkout: ``python benchmarks/records.py [--mb 5] [--build 600]``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attrs  # noqa: E402

import run as bench  # noqa: E402
from timeline import meaning, values  # noqa: E402
from timeline.parallel import extract_many  # noqa: E402


def _reduced_classes():
    out = []
    for mod in (values, meaning):
        for obj in vars(mod).values():
            if isinstance(obj, type) and attrs.has(obj) and obj.__module__ == mod.__name__ and "__reduce__" in vars(obj):
                out.append(obj)
    return out


def best(fn, repeat, clock=time.perf_counter):
    times = []
    for _ in range(repeat):
        t = clock()
        fn()
        times.append(clock() - t)
    return min(times)


def measure(arts, docs, repeat):
    texts = [t for t, _ in arts]
    refs = [r for _, r in arts]
    mentions = extract_many(texts, reference=refs)
    roundtrip = best(lambda: pickle.loads(pickle.dumps(mentions, protocol=pickle.HIGHEST_PROTOCOL)), repeat,
                     time.process_time)
    ext2 = best(lambda: extract_many(texts, reference=refs, workers=2), repeat)
    b2 = best(lambda: bench.run_build(docs, workers=2), repeat) if docs else float("nan")
    return {"pickle round trip s": roundtrip, "extract_many workers=2 s": ext2, "build workers=2 s": b2,
            "mentions": sum(len(m) for m in mentions)}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--mb", type=float, default=5, help="MB of articles for the pickling and extract figures")
    p.add_argument("--build", type=int, default=600, help="articles for the build figure (0: skip)")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    arts = bench.make_corpus(int(args.mb * 1e6), 2018)
    docs = bench.build_documents(args.build, 2018, 0.0) if args.build else []
    classes = _reduced_classes()
    print(f"{len(arts)} articles ({bench.nbytes(arts) / 1e6:.1f} MB), build: {len(docs)} articles; "
          f"{len(classes)} records with a __reduce__")
    on = measure(arts, docs, args.repeat)
    saved = {c: vars(c)["__reduce__"] for c in classes}
    for c in classes:
        del c.__reduce__
    try:
        off = measure(arts, docs, args.repeat)
    finally:
        for c, r in saved.items():
            c.__reduce__ = r
    b1 = best(lambda: bench.run_build(docs, workers=1), 1) if docs else float("nan")
    texts = [t for t, _ in arts]
    refs = [r for _, r in arts]
    bench.cold()
    ext1 = best(lambda: (bench.cold(), extract_many(texts, reference=refs)), 2, time.process_time)
    print(f"{'':28} {'with':>8} {'without':>8} {'saved':>8}")
    for k in ("pickle round trip s", "extract_many workers=2 s", "build workers=2 s"):
        print(f"{k:28} {on[k]:8.3f} {off[k]:8.3f} {(off[k] - on[k]) / off[k] * 100:7.1f}%")
    print(f"extract, one process, CPU s  {ext1:8.3f}   (mentions pickled: {on['mentions']})")
    for name, r in (("with", on), ("without", off)):
        share = r["pickle round trip s"] / (ext1 + r["pickle round trip s"]) * 100
        print(f"pickling's share of the pool's CPU work, {name}: {share:.0f} %")
    print(f"build workers=1 s            {b1:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

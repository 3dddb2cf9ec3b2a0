"""Speed and scale benchmark: timeline vs dateparser vs Duckling, and timeline.build.

Run from the repository root (one command, prints a table)::

    python benchmarks/run.py                 # default run (see docs/benchmarks.md for its duration)
    python benchmarks/run.py --smoke         # ~50 KB, a few seconds (what CI runs)
    python benchmarks/run.py --sizes 1,10,100 --build 1000,10000,100000   # the issue's full sizes

What it does, in one process, on the same texts:

1. Corpus: the seed articles (seeds/*.txt) plus synthetic Arabic news articles from
   benchmarks/synth.py (seeded, deterministic; vocabulary of timeline.testing's tables),
   up to the largest ``--sizes`` (MB of UTF-8); each smaller size is a prefix of it.
2. ``timeline.extract(text, reference=<publication day>)`` on every article of every size,
   one core: CPU seconds (time.process_time) and wall seconds; characters/s, MB/s of
   UTF-8, articles/s, mentions found.
3. A sample of those articles (every k-th article of the smallest size, up to
   ``--sample-kb``): timeline.extract, ``dateparser.search.search_dates(text,
   languages=["ar"], settings={"RELATIVE_BASE": <publication day>})`` and, when the
   ``pyduckling-native-phihos`` wheel imports, Duckling's Arabic time dimension; the
   ratios are computed on that same sample (timeline's MB/s / other's MB/s).
4. ``workers=``: timeline.parallel.extract_many over the ``--workers-size`` corpus with
   workers=1 and workers=N (wall clock; the outputs are checked to be identical).
5. ``timeline.build`` on ``--build`` article counts (same generator; publication dates as
   metadata, 15 % stated in a dateline instead, ``--undated`` without either), wall and
   CPU time, ms/article, growth against the previous size, events, peak memory; then
   ``build(workers=1)`` vs ``build(workers=N)`` on the size closest to 1 000 (wall clock,
   the two timelines' JSON compared).

Peak memory is the process's peak resident set size during each stage (Linux: VmHWM in
/proc/self/status, reset before the stage through /proc/self/clear_refs; elsewhere
ru_maxrss, which never goes down, so only the first stage's figure is its own).

The machine is shared in some set-ups: the header prints the load average, and one-core
throughput is computed from CPU time, which another process's load disturbs far less
than wall time (the wall figures are printed too).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import time
import warnings
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import timeline  # noqa: E402
import timeline.chronology  # noqa: E402,F401  (load the whole pipeline now: the code measured is the code at start)
from timeline.parallel import extract_many  # noqa: E402
from timeline import resolution  # noqa: E402

import synth  # noqa: E402

MB = 1_000_000


# -- memory ------------------------------------------------------------------------------------
def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class Stage:
    """Times a block: wall (perf_counter), CPU (process_time), RSS before, peak RSS."""

    @staticmethod
    def best(fn, arg, repeat: int, setup=None):
        """Run ``fn(arg)`` ``repeat`` times, calling ``setup()`` (untimed) before each;
        the Stage with the least CPU time (the run least disturbed by other load, as
        timeit does) and fn's result."""
        best, out = None, None
        for _ in range(max(1, repeat)):
            if setup is not None:
                setup()
            with Stage() as s:
                out = fn(arg)
            if best is None or s.cpu < best.cpu:
                best = s
        return best, out

    def __enter__(self):
        self.peak_reset = _reset_peak()
        self.rss0 = _rss_mb()
        self.w0, self.c0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.w0
        self.cpu = time.process_time() - self.c0
        self.peak = _peak_mb()
        return False


# -- corpus ------------------------------------------------------------------------------------
def seed_articles():
    """(text, reference) for the seed articles: the date each states in its header."""
    from timeline.documents import stated_publication

    out = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        st = stated_publication(text)
        out.append((text, st.value.start.date() if st is not None else None))
    return out


def make_corpus(max_bytes: int, seed: int):
    """Seeds + synthetic articles up to ``max_bytes`` of UTF-8; a list of (text, reference)."""
    arts = seed_articles()
    total = sum(len(t.encode("utf-8")) for t, _ in arts)
    g = synth.Generator(seed)
    if total < max_bytes:
        for _i, text, dct, _dated in g.articles(target_bytes=max_bytes - total):
            arts.append((text, dct))
    return arts


def prefix(arts, nbytes: int):
    out, total = [], 0
    for a in arts:
        if total >= nbytes:
            break
        out.append(a)
        total += len(a[0].encode("utf-8"))
    return out


def nbytes(arts) -> int:
    return sum(len(t.encode("utf-8")) for t, _ in arts)


def nchars(arts) -> int:
    return sum(len(t) for t, _ in arts)


# -- systems -----------------------------------------------------------------------------------
def cold() -> None:
    """Empty timeline's resolution cache (untimed, before each timed run): otherwise it
    would carry over from the previous run on the same texts, and best-of-N would time a
    warm cache."""
    resolution._resolve_cached.cache_clear()


def run_timeline(arts) -> int:
    n = 0
    for text, ref in arts:
        n += len(timeline.extract(text, reference=ref))
    return n


def time_timeline(arts, repeat: int):
    """(Stage, mentions) of timeline.extract over a small set of articles: it takes a few
    hundredths of a second, so it is timed over enough cold passes to make about half a
    second (each pass best of ``repeat``) and the Stage holds the mean per pass."""
    with Stage() as probe:
        run_timeline(arts)
    passes = max(1, min(50, round(0.5 / max(probe.cpu, 1e-3))))
    runs = [Stage.best(run_timeline, arts, repeat, setup=cold) for _ in range(passes)]
    s, n = runs[0]
    s.cpu, s.wall = sum(r.cpu for r, _ in runs) / passes, sum(r.wall for r, _ in runs) / passes
    return s, n


def run_dateparser(arts) -> int:
    from dateparser.search import search_dates

    n = 0
    for text, ref in arts:
        settings = {"RETURN_AS_TIMEZONE_AWARE": False}
        if ref is not None:
            settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day, 12)
        found = search_dates(text, languages=["ar"], settings=settings)
        n += len(found or ())
    return n


def duckling_runner():
    """A function running Duckling on articles, or (None, reason) when it is not available."""
    try:
        import duckling  # the pyduckling-native-phihos wheel
    except Exception as exc:  # ImportError, or the Haskell runtime failing to start
        return None, f"not available ({type(exc).__name__}: {exc})"
    try:
        tzdb = duckling.load_time_zones("/usr/share/zoneinfo")
        locale = duckling.default_locale_lang(duckling.parse_lang("AR"))
        dims = duckling.parse_dimensions(["time"])
    except Exception as exc:
        return None, f"not available ({type(exc).__name__}: {exc})"

    def run(arts) -> int:
        n = 0
        for text, ref in arts:
            ref = ref or date(2018, 2, 19)
            ts = int(datetime(ref.year, ref.month, ref.day, 12, tzinfo=timezone.utc).timestamp())
            ctx = duckling.Context(duckling.parse_ref_time(tzdb, "UTC", ts), locale)
            n += len(duckling.parse(text, ctx, dims, False))
        return n

    return run, "pyduckling-native-phihos " + getattr(duckling, "__version__", "?")


# -- build -------------------------------------------------------------------------------------
def build_documents(n: int, seed: int, undated: float):
    from timeline.documents import Document

    g = synth.Generator(seed + 1)
    docs = []
    for i, text, dct, dated in g.articles(n=n, undated=undated):
        docs.append(Document(text, id=f"a{i:06d}", published=dct if dated == "metadata" else None))
    return docs


def run_build(docs, workers: int = 1):
    from timeline.chronology import build
    from timeline.documents import Corpus

    if workers == 1:
        return build(Corpus(docs))
    return build(Corpus(docs), workers=workers)


def build_has_workers() -> bool:
    import inspect

    from timeline.chronology import build

    return "workers" in inspect.signature(build).parameters


# -- output ------------------------------------------------------------------------------------
def table(headers, rows) -> str:
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(headers))]
    line = lambda r: "  ".join(c.rjust(w) if k else c.ljust(w) for k, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    out = [line(cells[0]), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)


def f(x, nd=2) -> str:
    if x is None:
        return "-"
    if isinstance(x, str):
        return x
    if x >= 1000:
        return f"{x:,.0f}"
    return f"{x:.{nd}f}"


def git_commit() -> str:
    """The commit, with "+changes" when timeline/ differs from it in the working tree."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip() or "?"
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "timeline"], cwd=ROOT, capture_output=True,
                               text=True, timeout=10).stdout.strip()
        return head + ("+changes" if dirty else "")
    except Exception:
        return "?"


def profile(fn, *args, top: int = 18) -> str:
    pr = cProfile.Profile()
    pr.enable()
    fn(*args)
    pr.disable()
    s = io.StringIO()
    pstats.Stats(pr, stream=s).sort_stats("tottime").print_stats(top)
    return "\n".join(line for line in s.getvalue().splitlines() if line.strip())


# -- main --------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1,10,100", help="corpus sizes for extract, MB of UTF-8 (default 1,10,100)")
    p.add_argument("--build", default="300,1000,3000",
                   help="article counts for timeline.build (default 300,1000,3000; the issue's 1000,10000,100000 "
                        "take ~17 minutes and ~7.5 GB here, see docs/benchmarks.md); 0 or '' to skip")
    p.add_argument("--sample-kb", type=float, default=256, help="sample for dateparser/Duckling, KB (default 256)")
    p.add_argument("--workers", type=int, default=2, help="processes for the workers= figure (default 2)")
    p.add_argument("--workers-size", type=float, default=10, help="MB extracted for the workers= figure (default 10)")
    p.add_argument("--no-build-workers", dest="build_workers", action="store_false",
                   help="skip the build(workers=1 vs N) figure (run on the build size closest to 1 000)")
    p.add_argument("--undated", type=float, default=0.0,
                   help="fraction of build articles with no publication date at all (default 0)")
    p.add_argument("--repeat", type=int, default=2,
                   help="runs of each extract/dateparser/Duckling measurement; the least CPU time is kept (default 2)")
    p.add_argument("--seed", type=int, default=2018)
    p.add_argument("--no-dateparser", action="store_true")
    p.add_argument("--no-duckling", action="store_true")
    p.add_argument("--profile", action="store_true", help="also print cProfile tables of extract and build")
    p.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    p.add_argument("--smoke", action="store_true",
                   help="tiny run for CI: 0.05 MB, build 20 articles, 8 KB sample, workers on 0.05 MB")
    a = p.parse_args(argv)
    if a.smoke:
        a.sizes, a.build, a.sample_kb, a.workers_size, a.repeat = "0.05", "20", 8, 0.05, 1
    try:
        a.sizes = sorted(float(x) for x in a.sizes.split(",") if x.strip())
        a.build = sorted(int(x) for x in str(a.build).split(",") if x.strip() and int(x) > 0)
    except ValueError:
        p.error("--sizes takes numbers (MB) and --build integers, comma-separated")
    if not a.sizes or min(a.sizes) <= 0:
        p.error("--sizes needs at least one positive size")
    if a.repeat < 1:
        p.error("--repeat must be >= 1")
    if a.workers < 1:
        p.error("--workers must be >= 1")
    if not 0 <= a.undated <= 1:
        p.error("--undated is a fraction in [0, 1]")
    return a


def main(argv=None) -> int:
    a = parse_args(argv)
    warnings.filterwarnings("ignore")
    results: dict = {"args": {k: v for k, v in vars(a).items()}}
    print(f"timeline {timeline.__version__} (commit {git_commit()}), Python {platform.python_version()}, "
          f"{os.cpu_count()} CPU(s), {platform.machine()}; load average at start "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    # 1. corpus
    t0 = time.perf_counter()
    arts = make_corpus(int(max(a.sizes) * MB), a.seed)
    gen_s = time.perf_counter() - t0
    seeds = seed_articles()
    seed_mentions = run_timeline(seeds)
    print(f"corpus: {len(arts):,} articles, {nbytes(arts) / MB:.1f} MB UTF-8, {nchars(arts):,} characters "
          f"(5 seeds + synthetic, seed {a.seed}; generated in {gen_s:.1f} s)")

    # 2. extract throughput by size
    rows, res_sizes = [], []
    for size in a.sizes:
        part = prefix(arts, int(size * MB))
        s, found = Stage.best(run_timeline, part, a.repeat, setup=cold)
        b, c = nbytes(part), nchars(part)
        r = {"size_mb": size, "articles": len(part), "bytes": b, "chars": c, "mentions": found, "cpu_s": s.cpu,
             "wall_s": s.wall, "mb_s_cpu": b / MB / s.cpu, "mb_s_wall": b / MB / s.wall,
             "chars_s_cpu": c / s.cpu, "articles_s_cpu": len(part) / s.cpu, "peak_rss_mb": s.peak,
             "rss_before_mb": s.rss0}
        res_sizes.append(r)
        rows.append([f"{b / MB:.2f} MB", f"{len(part):,}", f"{found:,}", f"{found / (b / 1000):.2f}", f(s.cpu),
                     f(s.wall), f(r["mb_s_cpu"]), f(r["mb_s_wall"]), f(r["chars_s_cpu"]), f(r["articles_s_cpu"], 0),
                     f(s.peak, 0)])
    results["extract"] = res_sizes
    print()
    print(f"timeline.extract, one core (throughput from CPU time, best of {a.repeat}; wall of that run shown too)")
    print(table(["corpus", "articles", "mentions", "ment/KB", "cpu s", "wall s", "MB/s", "MB/s wall",
                 "chars/s", "art/s", "peak RSS MB"], rows))
    print(f"(real seed articles alone: {seed_mentions / (nbytes(seeds) / 1000):.2f} mentions/KB)")

    # 3. same sample: timeline, dateparser, Duckling
    small = prefix(arts, int(a.sizes[0] * MB))
    total = nbytes(small)
    want = int(a.sample_kb * 1000)
    step = max(1, round(total / max(want, 1)))
    sample = small[::step]
    while nbytes(sample) > want * 1.5 and len(sample) > 1:
        sample = sample[:-1]
    sb = nbytes(sample)
    comp = []
    s, n_tl = time_timeline(sample, a.repeat)
    tl_rate = sb / MB / s.cpu
    comp.append({"system": "timeline.extract", "mentions": n_tl, "cpu_s": s.cpu, "wall_s": s.wall,
                 "mb_s": tl_rate, "ratio": 1.0, "peak_rss_mb": s.peak})
    if a.no_dateparser:
        comp.append({"system": "dateparser search_dates", "note": "skipped (--no-dateparser)"})
    else:
        run_dateparser(sample[:1])  # load the language data outside the timing
        s, n_dp = Stage.best(run_dateparser, sample, a.repeat)
        rate = sb / MB / s.cpu
        comp.append({"system": "dateparser search_dates", "mentions": n_dp, "cpu_s": s.cpu, "wall_s": s.wall,
                     "mb_s": rate, "ratio": tl_rate / rate, "peak_rss_mb": s.peak})
    if a.no_duckling:
        comp.append({"system": "Duckling", "note": "skipped (--no-duckling)"})
    else:
        run, what = duckling_runner()
        if run is None:
            comp.append({"system": "Duckling", "note": what})
        else:
            run(sample[:1])
            s, n_dk = Stage.best(run, sample, a.repeat)
            rate = sb / MB / s.cpu
            comp.append({"system": f"Duckling ({what})", "mentions": n_dk, "cpu_s": s.cpu, "wall_s": s.wall,
                         "mb_s": rate, "ratio": tl_rate / rate, "peak_rss_mb": s.peak})
    results["sample"] = {"articles": len(sample), "bytes": sb, "every_kth": step}
    results["comparison"] = comp
    print()
    print(f"same sample: {len(sample)} articles, {sb / 1000:.0f} KB (one article in {step} of the "
          f"{a.sizes[0]:g} MB corpus); one core, CPU time, best of {a.repeat}")
    rows = []
    for r in comp:
        if "note" in r:
            rows.append([r["system"], "-", "-", "-", "-", "-", r["note"]])
        else:
            rows.append([r["system"], f"{r['mentions']:,}", f(r["cpu_s"]), f(r["wall_s"]), f(r["mb_s"], 3),
                         f(r["peak_rss_mb"], 0), "1x" if r["ratio"] == 1.0 else f"timeline {r['ratio']:.0f}x faster"])
    print(table(["system", "found", "cpu s", "wall s", "MB/s", "peak RSS MB", "ratio"], rows))
    if not a.no_dateparser:
        # the same comparison on the real articles alone (little text, but real prose)
        st, _ = time_timeline(seeds, a.repeat)
        sd, _ = Stage.best(run_dateparser, seeds, a.repeat)
        kb = nbytes(seeds)
        results["seeds_only"] = {"bytes": kb, "timeline_mb_s": kb / MB / st.cpu, "dateparser_mb_s": kb / MB / sd.cpu,
                                 "ratio": sd.cpu / st.cpu}
        print(f"the {len(seeds)} real seed articles alone ({kb / 1000:.0f} KB): timeline {kb / MB / st.cpu:.2f} MB/s, "
              f"dateparser {kb / MB / sd.cpu:.3f} MB/s: timeline {sd.cpu / st.cpu:.0f}x faster")

    # 4. workers=
    wpart = prefix(arts, int(min(a.workers_size, max(a.sizes)) * MB))
    texts, refs = [t for t, _ in wpart], [r for _, r in wpart]
    cold()
    with Stage() as s1:
        one = extract_many(texts, reference=refs, workers=1)
    cold()  # (forked workers inherit this process's cache)
    with Stage() as sn:
        many = extract_many(texts, reference=refs, workers=a.workers)
    wb = nbytes(wpart)
    results["workers"] = {"bytes": wb, "articles": len(wpart), "workers": a.workers, "wall_1": s1.wall,
                          "wall_n": sn.wall, "speedup": s1.wall / sn.wall, "identical": one == many,
                          "load_average": os.getloadavg()}
    print()
    print(f"workers= (timeline.parallel.extract_many, {len(wpart):,} articles, {wb / MB:.1f} MB; wall clock)")
    print(table(["workers", "wall s", "MB/s", "speed-up", "same output"],
                [["1", f(s1.wall), f(wb / MB / s1.wall), "1.00x", "-"],
                 [str(a.workers), f(sn.wall), f(wb / MB / sn.wall), f"{s1.wall / sn.wall:.2f}x",
                  "yes" if one == many else "NO"]]))
    del one, many

    # 5. build
    res_build, rows, prev = [], [], None
    for n in a.build:
        docs = build_documents(n, a.seed, a.undated)
        db = sum(len(d.text.encode("utf-8")) for d in docs)
        cold()
        with Stage() as s:
            tl = run_build(docs)
        r = {"articles": n, "bytes": db, "wall_s": s.wall, "cpu_s": s.cpu, "ms_per_article_cpu": 1000 * s.cpu / n,
             "events": len(tl), "peak_rss_mb": s.peak, "rss_before_mb": s.rss0}
        growth = "-"
        if prev is not None:
            growth = f"x{s.cpu / prev['cpu_s']:.1f} for x{n / prev['articles']:.1f}"
            r["growth_vs_previous"] = s.cpu / prev["cpu_s"] / (n / prev["articles"])
        res_build.append(r)
        rows.append([f"{n:,}", f"{db / MB:.1f}", f(s.cpu), f(s.wall), f(1000 * s.cpu / n, 1), growth,
                     f"{len(tl):,}", f(s.peak, 0), f(s.peak - s.rss0, 0)])
        prev = r
        del tl, docs
    results["build"] = res_build
    if a.build:
        print()
        print(f"timeline.build (synthetic corpus, {100 * a.undated:g} % undated articles; CPU and wall time)")
        print(table(["articles", "MB", "cpu s", "wall s", "ms/article", "growth (cpu)", "events", "peak RSS MB",
                     "peak - before"], rows))
        if len(res_build) >= 1:
            last = res_build[-1]
            est = last["ms_per_article_cpu"] * 100_000 / 1000
            print(f"(at {last['ms_per_article_cpu']:.0f} ms/article, 100 000 articles would take about "
                  f"{est / 60:.0f} CPU minutes if the growth stays linear)")

    if a.build and a.build_workers:
        n = min(a.build, key=lambda k: abs(k - 1000))
        if build_has_workers():
            docs = build_documents(n, a.seed, a.undated)
            cold()
            with Stage() as s1:
                one = run_build(docs, 1).to_json()
            cold()
            with Stage() as sn:
                many = run_build(docs, a.workers).to_json()
            results["build_workers"] = {"articles": n, "workers": a.workers, "wall_1": s1.wall, "wall_n": sn.wall,
                                        "speedup": s1.wall / sn.wall, "identical": one == many,
                                        "load_average": os.getloadavg()}
            print()
            print(f"timeline.build(workers=) on {n:,} articles (wall clock)")
            print(table(["workers", "wall s", "ms/article", "speed-up", "same timeline"],
                        [["1", f(s1.wall), f(1000 * s1.wall / n, 1), "1.00x", "-"],
                         [str(a.workers), f(sn.wall), f(1000 * sn.wall / n, 1), f"{s1.wall / sn.wall:.2f}x",
                          "yes" if one == many else "NO"]]))
            del one, many, docs
        else:
            print()
            print("timeline.build(workers=): not available in this version of timeline.build")

    print()
    print("targets (issue 5): extract >= 2 MB/s on one core: "
          + ("met" if min(r["mb_s_cpu"] for r in res_sizes) >= 2 else "NOT met")
          + f" (min {min(r['mb_s_cpu'] for r in res_sizes):.2f} MB/s); >= 40x dateparser search_dates: "
          + next((("met" if r["ratio"] >= 40 else "NOT met") + f" ({r['ratio']:.0f}x)" for r in comp
                  if r["system"].startswith("dateparser") and "ratio" in r), "not measured"))
    print(f"load average at end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    if a.profile:
        print()
        print("cProfile: timeline.extract on the smallest corpus (by own time)")
        print(profile(run_timeline, small))
        if a.build:
            print()
            print(f"cProfile: timeline.build on {a.build[0]} articles (by own time)")
            print(profile(run_build, build_documents(a.build[0], a.seed, a.undated)))

    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A tiny run of the speed benchmark (benchmarks/run.py --smoke): it runs, exits 0 and
prints its tables.  No timing is asserted (speed is measured by the benchmark itself)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = ROOT / "benchmarks" / "run.py"


def _load(name: str, path: Path):
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(path.parent))


def test_smoke_run_prints_the_tables():
    proc = subprocess.run(
        [sys.executable, str(RUN), "--smoke", "--no-duckling"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    for heading in ("timeline.extract, one core", "same sample:", "dateparser search_dates", "workers=",
                    "timeline.build", "targets (issue 5)"):
        assert heading in out, f"missing {heading!r} in:\n{out}"
    assert "Duckling" in out and "skipped (--no-duckling)" in out
    assert "same output" in out and "NO" not in out.split("workers=", 1)[1].split("timeline.build")[0]
    # build(workers=2) must give the same timeline as workers=1
    assert "timeline.build(workers=)" in out
    tail = out.split("timeline.build(workers=)", 1)[1].split("targets")[0]
    assert "yes" in tail and "NO" not in tail


def test_bad_flags_exit_with_usage_error():
    proc = subprocess.run([sys.executable, str(RUN), "--sizes", "abc"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2
    assert "--sizes" in proc.stderr


def test_synthetic_corpus_is_deterministic_and_sized():
    synth = _load("synth", ROOT / "benchmarks" / "synth.py")
    a = [t for _, t, _, _ in synth.Generator(7).articles(target_bytes=30_000)]
    b = [t for _, t, _, _ in synth.Generator(7).articles(target_bytes=30_000)]
    c = [t for _, t, _, _ in synth.Generator(8).articles(target_bytes=30_000)]
    assert a == b and a != c
    size = sum(len(t.encode("utf-8")) for t in a)
    # it stops at the first article past the target: at most one article (<= 9 000 chars) over
    assert 30_000 <= size < 30_000 + 9_000 * 2 + 200


def test_synthetic_articles_carry_dates_the_engine_finds():
    import timeline

    synth = _load("synth", ROOT / "benchmarks" / "synth.py")
    g = synth.Generator(3)
    found = 0
    for _i, text, dct, dated in g.articles(n=10, header=1.0):
        # header=1.0: every article starts with a dateline giving its publication day
        first = text.splitlines()[0]
        ms = timeline.extract(first)
        assert ms and ms[0].value is not None and ms[0].value.start.date() == dct, first
        found += len(timeline.extract(text, reference=dct))
    assert found >= 10


def test_stories_pooled_row_sums_counts_not_rates():
    # two sets of 10 and 30 gold events: rates weigh by gold events, merging comes from the
    # summed pair counts (5/10 and 1/1 precision pool to 6/11, not the mean 0.75)
    sys.path.insert(0, str(ROOT / "tests" / "realnews"))
    try:
        stories = _load("stories_bench", ROOT / "benchmarks" / "stories.py")
    finally:
        sys.path.remove(str(ROOT / "tests" / "realnews"))
    a = {"stories": 2, "gold_events": 10, "timeline_events": 12, "gold_event_keys": 6, "event_found": 1.0,
         "event_dating_accuracy": 0.5, "event_dating_sharp": 0.2, "merge_pairs": {"tp": 5, "fp": 5, "fn": 0},
         "pub_coverage": 1.0, "undated_articles": 1}
    b = {"stories": 3, "gold_events": 30, "timeline_events": 20, "gold_event_keys": 9, "event_found": 0.5,
         "event_dating_accuracy": 0.5, "event_dating_sharp": 0.6, "merge_pairs": {"tp": 1, "fp": 0, "fn": 3},
         "pub_coverage": 0.5, "undated_articles": 3}
    p = stories.pooled([a, b])
    assert p["gold_events"] == 40 and p["stories"] == 5 and p["timeline_events"] == 32
    assert p["event_found"] == (10 + 15) / 40
    assert abs(p["event_dating_sharp"] - (2 + 18) / 40) < 1e-12
    assert p["merge_precision"] == 6 / 11 and p["merge_recall"] == 6 / 9
    assert p["pub_coverage"] == (1 + 1.5) / 4


def test_the_benchmarks_find_every_story_set_in_order(tmp_path):
    # a new set needs no edit to the benchmarks: numbered folders with a stories.jsonl,
    # in numeric order (stories10 after stories2); others left out
    sys.path.insert(0, str(ROOT / "tests" / "realnews"))
    try:
        from storykit import story_sets
    finally:
        sys.path.remove(str(ROOT / "tests" / "realnews"))
    for d in ("stories", "stories2", "stories10", "storiesX", "stories3"):
        (tmp_path / d).mkdir()
        if d != "stories3":
            (tmp_path / d / "stories.jsonl").write_text("", encoding="utf-8")
    assert list(story_sets(str(tmp_path))) == ["stories", "stories2", "stories10"]
    on_disk = story_sets()
    assert list(on_disk)[:3] == ["stories", "stories2", "stories3"] and len(on_disk) >= 56


def test_publication_benchmark_scores_sets_that_hold_exactly_their_level():
    # one day holds 0.9: the plain 50 % set is that day and holds 0.9; the exact-level set takes
    # it with probability 0.5 / 0.9, so a calibrated inference covers the truth 50 % of the time
    from datetime import date
    from types import SimpleNamespace

    sys.path.insert(0, str(ROOT / "tests" / "realnews"))
    try:
        pub = _load("publication_bench", ROOT / "benchmarks" / "publication.py")
    finally:
        sys.path.remove(str(ROOT / "tests" / "realnews"))
    d1, d2 = date(2020, 5, 1), date(2020, 5, 2)
    info = SimpleNamespace(published_weights=((d1, 0.9), (d2, 0.1)), published=None, published_how="inferred")
    hit, miss = pub._score(info, d1), pub._score(info, d2)
    assert hit["cov50"] and hit["held50"] == 0.9 and abs(hit["exact50"] - 0.5 / 0.9) < 1e-9
    assert not miss["cov50"] and miss["exact50"] == 0.0
    assert hit["exact95"] == 1.0 and abs(miss["exact95"] - (0.95 - 0.9) / 0.1) < 1e-9
    # nine hits and one miss: the day of weight 0.9 is the truth 9 times of 10 (calibrated), and
    # the exact-level 50 % sets cover it 0.5 of the time
    s = pub.summary([hit] * 9 + [miss])
    assert s["coverage_50"] == 0.9 and abs(s["exact_50"] - 0.5) < 1e-3
    (top,) = [b for b in s["reliability"] if b["bin"] == "0.90-0.99"]
    assert top["mean_weight"] == 0.9 and top["true"] == 0.9

"""The command line, run as `python -m timeline ...` in a subprocess.

Expected dates are worked out by hand from the conventions (DCT Tuesday 13 Feb 2018).
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(*args, cwd=None, stdin=None, env=None):
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    e["MPLBACKEND"] = "Agg"
    e["PYTHONIOENCODING"] = "utf-8"
    e.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        cwd=cwd or ROOT, input=stdin, capture_output=True, env=e, timeout=600,
    )


def out(p):
    return p.stdout.decode("utf-8")


def err(p):
    return p.stderr.decode("utf-8")


# -- help and usage -------------------------------------------------------------------
def test_help_lists_the_commands_and_exit_codes():
    p = run("--help")
    assert p.returncode == 0
    text = out(p)
    for word in ("build", "resolve", "extract", "exit codes"):
        assert word in text


def test_no_command_is_a_usage_error():
    p = run()
    assert p.returncode == 2
    assert "usage" in err(p)


# -- resolve ------------------------------------------------------------------------------
def test_resolve_two_days_ago():
    p = run("resolve", "قبل يومين", "--reference", "2018-02-13")
    assert p.returncode == 0, err(p)
    assert out(p).startswith("2018-02-11 ")
    assert "timex=2018-02-11" in out(p)


def test_resolve_json():
    p = run("resolve", "أمس", "--reference", "2018-02-13", "--json")
    assert p.returncode == 0, err(p)
    data = json.loads(out(p))
    assert data["start"] == "2018-02-12T00:00:00" and data["end"] == "2018-02-13T00:00:00"
    assert data["timex"] == "2018-02-12" and data["vague"] is False


def test_resolve_arabic_indic_reference_digits():
    p = run("resolve", "أمس", "--reference", "٢٠١٨-٠٢-١٣")
    assert p.returncode == 0, err(p)
    assert out(p).startswith("2018-02-12")


def test_resolve_against_a_range_of_publication_days_is_uncertain():
    # published sometime 11-13 Feb: yesterday is sometime 10-12 Feb
    p = run("resolve", "أمس", "--reference", "2018-02-11/2018-02-13", "--json")
    assert p.returncode == 0, err(p)
    data = json.loads(out(p))
    assert (data["start"], data["end"]) == ("2018-02-10T00:00:00", "2018-02-13T00:00:00")
    assert data["uncertain"] is True


@pytest.mark.parametrize("bad", ["2018-02-30", "13/02/2018", "yesterday", "2018-02-13/2018-02-10", ""])
def test_resolve_bad_reference_exits_5(bad):
    p = run("resolve", "قبل يومين", "--reference", bad)
    assert p.returncode == 5, (bad, err(p))
    assert "bad date" in err(p)
    assert "Traceback" not in err(p)


def test_resolve_nothing_found_exits_1():
    p = run("resolve", "مرحبا بالعالم", "--reference", "2018-02-13")
    assert p.returncode == 1
    assert out(p) == "" and "no temporal expression" in err(p)


def test_resolve_relative_without_reference_says_why():
    p = run("resolve", "قبل يومين")
    assert p.returncode == 1
    assert "--reference" in err(p)


# -- extract -------------------------------------------------------------------------------
def test_extract_lists_mentions_with_values(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("أسرت الفصائل أمس 400 عنصر بعد معارك بدأت قبل يومين.", encoding="utf-8")
    p = run("extract", str(f), "--reference", "2018-02-13")
    assert p.returncode == 0, err(p)
    text = out(p)
    assert "أمس" in text and "-> 2018-02-12" in text
    assert "قبل يومين" in text and "-> 2018-02-11" in text
    assert "2 temporal expressions" in err(p)


def test_extract_json_offsets_point_into_the_text(tmp_path):
    body = "وصلوا أمس إلى إدلب"
    f = tmp_path / "a.txt"
    f.write_text(body, encoding="utf-8")
    p = run("extract", str(f), "--reference", "2018-02-13", "--json")
    assert p.returncode == 0, err(p)
    data = json.loads(out(p))
    assert len(data) == 1
    m = data[0]
    assert body[m["start"]:m["end"]] == m["text"] == "أمس"
    assert m["value"]["timex"] == "2018-02-12"


def test_extract_reads_stdin():
    p = run("extract", "-", "--reference", "2018-02-13", stdin="قبل يومين".encode())
    assert p.returncode == 0, err(p)
    assert "2018-02-11" in out(p)


def test_extract_missing_file_exits_3(tmp_path):
    p = run("extract", str(tmp_path / "nope.txt"), "--reference", "2018-02-13")
    assert p.returncode == 3
    assert "nope.txt" in err(p) and "no such file" in err(p)


def test_extract_bad_encoding_exits_4(tmp_path):
    f = tmp_path / "cp1256.txt"
    f.write_bytes("قبل يومين".encode("cp1256"))
    p = run("extract", str(f), "--reference", "2018-02-13")
    assert p.returncode == 4
    assert "cp1256.txt" in err(p) and "UTF-8" in err(p)
    assert "Traceback" not in err(p)


def test_extract_binary_file_exits_4(tmp_path):
    f = tmp_path / "junk.txt"
    f.write_bytes(b"\x00\x01\x02abc")
    p = run("extract", str(f), "--reference", "2018-02-13")
    assert p.returncode == 4


def test_extract_bad_reference_exits_5(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("أمس", encoding="utf-8")
    p = run("extract", str(f), "--reference", "2018-13-01")
    assert p.returncode == 5


# -- build: errors ----------------------------------------------------------------------------
def test_build_missing_folder_exits_3(tmp_path):
    p = run("build", str(tmp_path / "nothing"))
    assert p.returncode == 3
    assert "nothing" in err(p)


def test_build_folder_without_articles_exits_3(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    p = run("build", str(tmp_path))
    assert p.returncode == 3
    assert "no .txt" in err(p)


def test_build_names_the_file_that_is_not_utf8(tmp_path):
    (tmp_path / "good.txt").write_text("أسرت الفصائل أمس 400 عنصر", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("أسرت الفصائل أمس".encode("cp1256"))
    p = run("build", str(tmp_path))
    assert p.returncode == 4
    assert "bad.txt" in err(p)


def test_build_unsupported_plot_format_exits_2_before_working(tmp_path):
    p = run("build", str(SEEDS), "--plot", str(tmp_path / "chart.gif"))
    assert p.returncode == 2
    assert ".png" in err(p)


def test_build_unwritable_output_exits_6(tmp_path):
    p = run("build", str(SEEDS), "--json", str(tmp_path / "no" / "such" / "dir" / "t.json"))
    assert p.returncode == 6
    assert "does not exist" in err(p)


# -- build: the seed corpus ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    d = tmp_path_factory.mktemp("seed-out")
    p = run("build", str(SEEDS), "--plot", str(d / "seeds.png"), "--json", str(d / "t.json"),
            "--csv", str(d / "t.csv"), "--timeml", str(d / "tml"), "--plot", str(d / "seeds.svg"))
    return p, d


def test_build_seed_prints_a_table(seed_build):
    p, _ = seed_build
    assert p.returncode == 0, err(p)
    text = out(p)
    assert text.startswith("Articles (5)")
    assert "Events (" in text
    for short in ("000", "001", "002", "003", "004"):
        assert short in text
    assert "inferred" in text  # 002-004 state no date
    # one row per article, with its short id first; 002's inferred day worked out in the README
    articles = text.split("Events (")[0].splitlines()[3:]
    rows = {line.split()[0]: line for line in articles if re.match(r"  \d{3}  ", line)}
    assert sorted(rows) == ["000", "001", "002", "003", "004"]
    assert "inferred" in rows["002"] and "2018-02-" in rows["002"]  # a range of Tuesdays around 13 Feb
    assert "one of: [" in text and "2018-02-13" in text.split("Events (")[0]
    assert "~ vague" in text


def test_build_seed_writes_every_output(seed_build):
    p, d = seed_build
    assert p.returncode == 0, err(p)
    data = json.loads((d / "t.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    assert sorted(x["id"] for x in data["documents"]) == sorted(f.stem for f in SEEDS.glob("*.txt"))
    assert data["events"] and all("when" in e and "sources" in e for e in data["events"])
    with (d / "t.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["start"] <= r["end"] for r in rows if r["start"])
    tml = sorted((d / "tml").glob("*.tml"))
    assert [t.stem for t in tml] == sorted(f.stem for f in SEEDS.glob("*.txt"))
    for t in tml:
        root = ET.parse(t).getroot()
        assert root.find("DCT/TIMEX3").get("functionInDocument") == "CREATION_TIME"
    # the last --plot wins (argparse); it is an SVG
    ET.parse(d / "seeds.svg")
    assert "wrote" in err(p)


def test_build_seed_png(tmp_path):
    p = run("build", str(SEEDS), "--plot", "chart.png", "--quiet", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert out(p) == ""
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_progress_bar_only_when_asked_or_large(tmp_path):
    quiet = run("build", str(SEEDS), "--quiet")
    assert quiet.returncode == 0 and "[" not in err(quiet)  # 5 articles, not a terminal: no bar
    shown = run("build", str(SEEDS), "--quiet", "--progress")
    assert shown.returncode == 0, err(shown)
    assert "reading" in err(shown) and "5/5" in err(shown) and "100%" in err(shown)


def test_build_single_file(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text((SEEDS / "002_a81fb8a759cd5fd1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    p = run("build", str(f))
    assert p.returncode == 0, err(p)
    assert "Articles (1)" in out(p) and "one" in out(p)


def test_extract_without_reference_uses_the_date_the_article_states():
    p = run("extract", str(SEEDS / "001_f4303bb32ac63e1e.txt"))
    assert p.returncode == 0, err(p)
    assert "2018-02-15" in err(p) and "states" in err(p)  # "١٥ فبراير ٢٠١٨" under the headline
    # قبل أيام read from 15 Feb: 2 to 7 days before = 8-13 Feb, vague
    assert "قبل أيام" in out(p) and "2018-02-08 – 2018-02-13 ~" in out(p)


def test_build_bad_metadata_date_exits_5(tmp_path):
    (tmp_path / "a.txt").write_text("أسرت الفصائل أمس 400 عنصر", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"published": "not a date at all xyz"}', encoding="utf-8")
    p = run("build", str(tmp_path))
    assert p.returncode == 5, err(p)
    assert "a.txt" in err(p) or "a.json" in err(p)


def test_build_malformed_metadata_exits_7(tmp_path):
    (tmp_path / "a.txt").write_text("أسرت الفصائل أمس 400 عنصر", encoding="utf-8")
    (tmp_path / "corpus.json").write_text("{not json", encoding="utf-8")
    p = run("build", str(tmp_path))
    assert p.returncode == 7, err(p)
    assert "corpus.json" in err(p)


def test_progress_bar_draws_counts_and_percent():
    import io

    from timeline.cli import Progress

    buf = io.StringIO()
    bar = Progress(4, "reading", enabled=True, stream=buf)
    for _ in range(4):
        bar()
    bar.close()
    text = buf.getvalue()
    assert "reading [" in text and "4/4" in text and "100%" in text and text.endswith("\n")
    assert "1/4" in text  # it counts up
    silent = io.StringIO()
    off = Progress(4, "reading", enabled=False, stream=silent)
    off()
    off.close()
    assert silent.getvalue() == ""


def _run_with_tty_stderr(*args, cwd):
    """Run the CLI with stderr on a pseudo-terminal (as in an interactive shell)."""
    import pty
    import select

    master, slave = pty.openpty()
    e = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
             MPLBACKEND="Agg", PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "timeline", *args], cwd=cwd, env=e,
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        r, _, _ = select.select([master], [], [], 600)
        if not r:
            break
        try:
            data = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=600)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_appears_on_a_terminal_only_for_large_corpora(tmp_path):
    from timeline.cli import PROGRESS_MIN_DOCUMENTS

    small, large = tmp_path / "small", tmp_path / "large"
    small.mkdir()
    large.mkdir()
    for i in range(3):
        (small / f"{i:03d}.txt").write_text("أسرت الفصائل أمس 400 عنصر من داعش.", encoding="utf-8")
    for i in range(PROGRESS_MIN_DOCUMENTS + 5):
        (large / f"{i:03d}.txt").write_text(f"أسرت الفصائل أمس {i + 10} عنصرا من داعش.", encoding="utf-8")
    code, text = _run_with_tty_stderr("build", str(small), "--quiet", cwd=tmp_path)
    assert code == 0, text
    assert "reading" not in text and "[" not in text
    code, text = _run_with_tty_stderr("build", str(large), "--quiet", cwd=tmp_path)
    assert code == 0, text
    n = PROGRESS_MIN_DOCUMENTS + 5
    assert re.search(rf"reading +\[#+\] 100% {n}/{n}", text), text
    assert "building" in text


def _event_rows(text):
    lines = text.splitlines()
    k = next(i for i, line in enumerate(lines) if line.startswith("Events ("))
    rows = []
    for line in lines[k + 3:]:
        if not line.strip():
            break
        if not line.lstrip().startswith("!"):
            rows.append(line)
    return lines[k], rows


def test_build_lists_undated_events_only_with_all():
    short = run("build", str(SEEDS))
    full = run("build", str(SEEDS), "--all")
    assert short.returncode == 0 and full.returncode == 0, err(full)
    head, shown = _event_rows(out(short))
    _, every = _event_rows(out(full))
    total = int(head.split("(")[1].split(")")[0])
    # (the seeds have none now: the one they had was a bare reporting frame, which
    # chronology.BARE_FRAMES shows with the event its sentence tells)
    m = re.search(r"(\d+) more below min_confidence", head)
    below = int(m.group(1)) if m else 0
    assert len(every) == total + below  # --all lists the events min_confidence left out too
    undated = [r for r in _event_rows(out(short))[1] if re.search(r"\s[~?%]?u!?\s", r)]
    assert not undated
    hidden = total - len(shown)
    assert hidden > 0  # the seeds have clauses no expression dates (background, quotes)
    assert f"{hidden} undated not shown" in head


def test_build_workers_gives_the_same_json(seed_build, tmp_path):
    _, d = seed_build
    p = run("build", str(SEEDS), "--quiet", "--workers", "2", "--json", str(tmp_path / "w2.json"))
    assert p.returncode == 0, err(p)
    assert (tmp_path / "w2.json").read_bytes() == (d / "t.json").read_bytes()


@pytest.mark.parametrize("option,value,message", [
    ("--workers", "-1", "expected 0 (one per CPU) or more, got -1"),
    ("--workers", "two", "expected a whole number, got 'two'"),
    ("--max-events", "0", "expected at least 1, got 0"),
    ("--max-events", "x", "expected a whole number, got 'x'"),
])
def test_build_bad_counts_exit_2_with_a_message(option, value, message):
    p = run("build", str(SEEDS), "--quiet", option, value)
    assert p.returncode == 2
    assert f"argument {option}: {message}" in err(p)


def test_the_build_does_not_depend_on_the_hash_seed(tmp_path):
    # the order in which Python iterates a set of strings changes with PYTHONHASHSEED; the
    # seeds gave 68 events under hash seed 21 and 69 under 25 while a float sum followed it
    outs = []
    for seed in ("21", "25"):
        p = run("build", str(SEEDS), "--quiet", "--all", "--json", str(tmp_path / f"h{seed}.json"),
                env={"PYTHONHASHSEED": seed})
        assert p.returncode == 0, err(p)
        outs.append((tmp_path / f"h{seed}.json").read_bytes())
    assert outs[0] == outs[1]

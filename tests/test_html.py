"""The interactive HTML chart (timeline.render.html): the page's content, the CLI's
--html, Timeline._repr_html_, and the page in a real headless Chromium (selenium with
Debian's chromium and chromium-driver; .ci/run installs them).

Without a browser the browser tests are skipped with the reason, except under CI (CI
set in the environment), where a missing browser is a failure: CI must run them."""

import json
import os
import re
import shutil
import struct
import sys
import time
from pathlib import Path

import attrs
import pytest

from timeline import Timeline
from timeline.cli import main
from timeline.render.html import chart_data, to_html

from _seed_timeline import SEEDS, seed_timeline

pytest.importorskip("plotly")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
WINDOW = (1400, 1000)


def _with_urls(tl) -> Timeline:
    docs = [attrs.evolve(d, url=f"https://news.example/{d.id}") for d in tl.documents]
    return Timeline(tl.events, docs)


# -- the page, without a browser ----------------------------------------------------------
def test_the_page_is_self_contained_and_carries_every_event():
    tl = seed_timeline()
    page = to_html(tl)
    assert page.startswith("<!DOCTYPE html>") and len(page) > 1_000_000  # plotly.js inlined
    assert not re.search(r"<script[^>]+src=", page), "a script is loaded from elsewhere"
    assert "cdn." not in page.split("<script type=\"text/javascript\">")[0]
    embedded = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S)
    data = json.loads(embedded.group(1))
    assert data == json.loads(json.dumps(chart_data(tl)))
    assert [e["id"] for e in data["events"]] == [e.id for e in tl.events]
    for e, shown in zip(tl.events, data["events"]):
        assert [s["document"] for s in shown["sources"]] == [s.document_id for s in e.sources]
        assert " ".join(e.sources[0].text.split())[:40] in shown["sources"][0]["text"]


def test_chart_data_escapes_the_closing_script_tag():
    from timeline.render.html import _json_for_script

    assert "</script>" not in _json_for_script({"t": "</script><b>"})


def test_without_plotly_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "plotly", None)
    monkeypatch.setitem(sys.modules, "plotly.offline", None)
    with pytest.raises(ImportError, match=r"arabic-timeline\[html\]"):
        to_html(seed_timeline())
    assert seed_timeline()._repr_html_() is None  # the notebook falls back to repr


def test_repr_html_is_an_isolated_iframe():
    out = seed_timeline()._repr_html_()
    assert out.startswith("<iframe srcdoc=") and "&lt;!DOCTYPE html&gt;" in out


def test_cli_writes_the_html_chart_and_prints_the_version(tmp_path, capsys):
    out = tmp_path / "chart.html"
    one = next(SEEDS.glob("000_*.txt"))
    assert main(["build", str(one), "--html", str(out), "--quiet"]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    import timeline

    assert capsys.readouterr().out.strip() == f"timeline {timeline.__version__} (arabic-timeline)"
    assert main(["build", str(one), "--html", str(tmp_path / "missing" / "x.html"), "--quiet"]) == 6


# -- the page in Chromium ------------------------------------------------------------------
def _skip_or_fail(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the browser test: {reason} (.ci/run installs chromium and chromium-driver)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _skip_or_fail("selenium is not installed (pip install -e '.[test]')")
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        _skip_or_fail("no Chromium/ChromeDriver (apt-get install chromium chromium-driver)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", f"--window-size={WINDOW[0]},{WINDOW[1]}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_window_size(*WINDOW)
    yield driver
    driver.quit()


def _open(driver, path: Path) -> int:
    driver.get(path.as_uri())
    for _ in range(200):
        drawn = driver.execute_script("return document.getElementById('chart').getAttribute('data-drawn')")
        if drawn is not None:
            return int(drawn)
        time.sleep(0.05)
    raise AssertionError("the chart was not drawn within 10 s")


def _marks(driver) -> int:
    return driver.execute_script("return document.querySelectorAll('#chart .trace.bars .point path').length")


def _redrawn(driver, n_expected: int) -> None:
    for _ in range(100):
        if driver.execute_script("return document.getElementById('chart').getAttribute('data-drawn')") == str(n_expected):
            return
        time.sleep(0.05)


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


def test_chart_in_chromium(browser, tmp_path):
    tl = _with_urls(seed_timeline())
    page = tmp_path / "chart.html"
    to_html(tl, page)
    dated = [e for e in tl.events if not e.undated]

    drawn = _open(browser, page)
    errors = [m for m in browser.get_log("browser") if m["level"] == "SEVERE"]
    assert not errors, errors
    # a screenshot of the window as first drawn: the right size, and drawn (not blank)
    png = browser.get_screenshot_as_png()
    shot = tmp_path / "chart.png"
    shot.write_bytes(png)
    if os.environ.get("TIMELINE_SCREENSHOT"):
        shutil.copy(shot, os.environ["TIMELINE_SCREENSHOT"])
    w, h = _png_size(png)
    assert (w, h) == WINDOW or (abs(w - WINDOW[0]) <= 20 and abs(h - WINDOW[1]) <= 200), (w, h)
    from PIL import Image

    img = Image.open(shot).convert("RGB").resize((w // 4, h // 4))
    counts = img.getcolors(maxcolors=1 << 24)  # (count, colour) pairs
    ink = sum(n for n, c in counts if sum(c) < 600) / sum(n for n, _ in counts)
    colors = len(counts)
    assert ink > 0.03 and colors > 50, (ink, colors)

    # one bar per shown event: the dated ones, then every one with "undated" ticked
    assert drawn == len(dated) and _marks(browser) == len(dated)
    browser.find_element("id", "show-undated").click()
    _redrawn(browser, len(tl.events))
    assert _marks(browser) == len(tl.events)

    # the Arabic labels are in the DOM, one tick per event, in timeline order
    ticks = browser.execute_script(
        "return Array.from(document.querySelectorAll('#chart .ytick text')).map(t => t.textContent)")
    labels = [e["label"] for e in chart_data(tl)["events"]]
    assert ticks[: len(labels)] == labels
    assert all(re.search("[\u0600-\u06ff]", t) for t in labels)

    # filters: a class, then a place
    from selenium.webdriver.support.ui import Select

    classes = [e.predicate for e in tl.events if not e.undated]
    cls = max(sorted(set(classes)), key=classes.count)  # the commonest class among the drawn events
    Select(browser.find_element("id", "class-filter")).select_by_value(cls)
    n = sum(e.predicate == cls for e in tl.events)
    _redrawn(browser, n)
    assert _marks(browser) == n > 0
    Select(browser.find_element("id", "class-filter")).select_by_value("")
    place = next(p for e in tl.events for p in e.places)
    Select(browser.find_element("id", "place-filter")).select_by_value(place)
    n = sum(place in e.places for e in tl.events)
    _redrawn(browser, n)
    assert _marks(browser) == n > 0
    Select(browser.find_element("id", "place-filter")).select_by_value("")
    browser.find_element("id", "show-undated").click()
    _redrawn(browser, len(dated))

    # hover: the source clause and its article; click: every source with its link
    from selenium.webdriver import ActionChains

    last = dated[-1]
    bar = browser.find_elements("css selector", "#chart .trace.bars .point path")
    target = None
    for el in bar:  # the bar of the last dated event (the one at the bottom)
        if target is None or el.location["y"] > target.location["y"]:
            target = el
    ActionChains(browser).move_to_element(target).perform()
    time.sleep(0.3)
    hover = browser.execute_script("return document.querySelector('#chart .hoverlayer').textContent")
    assert last.sources[0].document_id in hover
    assert " ".join(last.sources[0].text.split())[:30] in hover
    ActionChains(browser).move_to_element(target).click().perform()
    time.sleep(0.3)
    links = browser.execute_script(
        "return Array.from(document.querySelectorAll('#details a')).map(a => a.href)")
    assert links == [f"https://news.example/{s.document_id}" for s in last.sources]
    assert not [m for m in browser.get_log("browser") if m["level"] == "SEVERE"]


def test_cli_html_without_plotly_is_a_usage_error(tmp_path, monkeypatch, capsys):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "plotly" else real(name, *a))
    one = next(SEEDS.glob("000_*.txt"))
    assert main(["build", str(one), "--html", str(tmp_path / "x.html"), "--quiet"]) == 2
    assert "arabic-timeline[html]" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_newer_record_fields_are_used_when_present():
    """The records will gain a readable label and an English/Arabic class name: the chart
    and the tables read them through timeline/_access.py, preferring them when present."""
    from types import SimpleNamespace

    from timeline.render.tabular import event_rows

    tl = seed_timeline()
    e = tl.events[0]
    fields = {f: getattr(e, f) for f in attrs.fields_dict(type(e))}
    fields.update(label="تسمية قصيرة", class_name="assault", class_ar="هجوم")
    richer = SimpleNamespace(**fields)
    fake = SimpleNamespace(events=[richer], documents=tl.documents)
    shown = chart_data(fake)["events"][0]
    assert (shown["label"], shown["class"], shown["class_ar"]) == ("تسمية قصيرة", "assault", "هجوم")
    assert event_rows(fake)[0]["predicate"] == "assault" and event_rows(fake)[0]["event"] == e.id


def test_an_empty_timeline_draws_without_errors(browser, tmp_path):
    page = tmp_path / "empty.html"
    to_html(Timeline([], seed_timeline().documents[:1]), page)
    assert _open(browser, page) == 0 and _marks(browser) == 0
    assert not [m for m in browser.get_log("browser") if m["level"] == "SEVERE"]
    to_html(Timeline([], []), page)
    assert _open(browser, page) == 0
    assert not [m for m in browser.get_log("browser") if m["level"] == "SEVERE"]


def test_inferred_candidates_apart_are_runs_in_the_chart_data():
    # 003 of the seeds is "one of these Mondays": its candidates go to the page as runs of
    # days (drawn as separate diamonds), equal to its published_days
    tl = seed_timeline()
    documents = chart_data(tl)["documents"]
    docs = {d["id"]: d for d in (documents.values() if isinstance(documents, dict) else documents)}
    info = next(d for d in tl.documents if d.id.startswith("003"))
    runs = docs[info.id]["runs"]
    assert len(runs) > 1 and all(a == b for a, b in runs)  # separate single days
    assert [a for a, _ in runs] == [d.isoformat() for d in info.published_days]

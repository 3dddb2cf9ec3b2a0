"""The worker pool's start method per platform (timeline.parallel.start_method), the
override by environment, the pool's debug log line, and a real spawn pool giving the
loop's result."""

import logging
import multiprocessing
import sys
import threading
from datetime import date

import pytest

from timeline import extract
from timeline.parallel import START_METHOD_ENV, extract_many, pmap, start_method

LINUX = "fork" in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux")


@pytest.fixture(autouse=True)
def _no_override(monkeypatch):
    monkeypatch.delenv(START_METHOD_ENV, raising=False)


@pytest.mark.parametrize("platform", ["darwin", "win32", "freebsd14"])
def test_spawn_where_fork_is_unsafe_or_missing(monkeypatch, platform):
    monkeypatch.setattr(sys, "platform", platform)
    assert start_method() == "spawn"


@pytest.mark.skipif(not LINUX, reason="fork and forkserver exist on Linux only")
def test_linux_forks_a_single_threaded_process_and_uses_forkserver_with_threads(monkeypatch):
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert start_method() == "fork"
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    assert start_method() == "forkserver"


def test_the_environment_overrides_and_is_checked(monkeypatch):
    monkeypatch.setenv(START_METHOD_ENV, "spawn")
    assert start_method() == "spawn"
    monkeypatch.setenv(START_METHOD_ENV, "teleport")
    with pytest.raises(ValueError, match="teleport"):
        start_method()


def test_a_spawned_pool_gives_the_loops_result_and_logs_its_method(monkeypatch, caplog):
    monkeypatch.setenv(START_METHOD_ENV, "spawn")
    texts = ["وصلوا المنطقة بالأمس عبر ممر", "قبل يومين", "منتصف كانون الأول الماضي"]
    ref = date(2018, 2, 13)
    with caplog.at_level(logging.DEBUG, logger="timeline.parallel"):
        got = extract_many(texts, reference=ref, workers=2)
    assert got == [extract(t, reference=ref) for t in texts]
    assert any("(spawn)" in r.getMessage() for r in caplog.records if r.name == "timeline.parallel")
    assert pmap(len, ["a", "bb"], workers=1) == [1, 2]

"""The library's loggers: children of "timeline", a NullHandler on the root of them, and
debug records from the loader, the tables and the chart data."""

import logging

import timeline
from timeline.render.html import chart_data
from timeline.render.tabular import to_csv

from _seed_timeline import seed_timeline


def test_the_timeline_logger_has_only_a_null_handler():
    handlers = logging.getLogger("timeline").handlers
    assert handlers and all(isinstance(h, logging.NullHandler) for h in handlers)


def test_debug_records_come_from_children_of_timeline(caplog):
    tl = seed_timeline()
    with caplog.at_level(logging.DEBUG, logger="timeline"):
        timeline.load(tl.to_json())
        to_csv(tl, what="sources")
        chart_data(tl)
    names = {r.name for r in caplog.records}
    assert {"timeline.loading", "timeline.render.tabular"} <= names
    assert all(n == "timeline" or n.startswith("timeline.") for n in names)
    assert any(f"loaded {len(tl.events)} events and {len(tl.documents)} documents" in r.getMessage()
               for r in caplog.records)
    assert any("table of sources" in r.getMessage() for r in caplog.records)

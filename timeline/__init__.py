"""timeline: reconstruct what happened when from Arabic news.

The pipeline, one module per stage, in the order the data flows::

    normalize, text (one folding, tokens, clitics, clauses, tense)
    -> recognize + grammar (rule families) -> meaning -> resolution (calendars, values)
    -> documents, readers -> events (reports, who dates what) -> merge (linking)
    -> publication (weighed evidence) -> chronology (build)
    -> render (table, plot, HTML, TimeML, JSON, CSV) -> cli

Quick use::

    >>> import timeline
    >>> from datetime import date
    >>> timeline.resolve("قبل يومين", reference=date(2018, 2, 13))
    Value([2018-02-11, 2018-02-12), grain=day, timex='2018-02-11')
"""

import logging as _logging

# The one version source (pyproject.toml reads it; ``timeline --version`` prints it).
__version__ = "0.2.0"

# The library's loggers are children of "timeline" (docs/api.md, "Logging"); a library
# adds no handler of its own beyond this one, which keeps Python's last-resort handler
# from printing our debug and info records when the application has configured none.
_logging.getLogger(__name__).addHandler(_logging.NullHandler())

from .values import Mention, Value
from .resolution import explain, extract, resolve
from .documents import Corpus, Document
from .chronology import Event, Source, DocumentInfo, Timeline, build
from .ids import event_id
from .loading import load

__all__ = [
    "Corpus",
    "Document",
    "DocumentInfo",
    "Event",
    "Mention",
    "Source",
    "Timeline",
    "Value",
    "build",
    "event_id",
    "explain",
    "extract",
    "load",
    "plot",
    "resolve",
    "to_html",
]


def __getattr__(name):
    # matplotlib is imported only when a chart is asked for
    if name == "plot":
        from .render.plot import plot

        return plot
    if name == "to_html":  # plotly is imported only when an HTML chart is asked for
        from .render.html import to_html

        return to_html
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")

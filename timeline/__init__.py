"""timeline: reconstruct what happened when from Arabic news.

The pipeline, one module per stage, in the order the data flows::

    normalize -> recognize -> meaning -> resolution (calendars, values)
    -> documents (publication dates) -> events -> merge -> chronology
    -> render (plot, TimeML, JSON, CSV) -> cli

Quick use::

    >>> import timeline
    >>> from datetime import date
    >>> timeline.resolve("قبل يومين", reference=date(2018, 2, 13))
    Value([2018-02-11, 2018-02-12), grain=day, timex='2018-02-11')
"""

from .values import Mention, Value
from .resolution import explain, extract, resolve
from .documents import Corpus, Document
from .chronology import Event, Source, DocumentInfo, Timeline, build

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
    "explain",
    "extract",
    "plot",
    "resolve",
]
__version__ = "0.1.0"


def __getattr__(name):
    # matplotlib is imported only when a chart is asked for
    if name == "plot":
        from .render.plot import plot

        return plot
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")

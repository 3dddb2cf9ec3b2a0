"""Showing a timeline: charts, tables, TimeML and CSV.

========================  ==========================================================
:func:`plot`              draw a timeline on a matplotlib Axes (returns the Axes)
:func:`save_plot`         draw it on a new figure and write PNG/SVG/PDF
:func:`format_table`      the plain-text table ``timeline build`` prints
:func:`to_timeml`         one article as a TimeML string (TIMEX3 tags, CREATION_TIME)
:func:`write_timeml`      one ``.tml`` file per article of a timeline
:func:`to_csv`            events (or their sources, or the documents) as CSV
:func:`to_dataframe`      the same as a pandas DataFrame (needs pandas)
:func:`to_html`           the interactive chart: one self-contained HTML file (needs plotly)
:func:`shape_arabic`      Arabic text ready for matplotlib (joined, right to left)
========================  ==========================================================

The JSON export is the Timeline's own ``to_json()``.
"""

from .arabic import shape as shape_arabic
from .describe import describe, format_range
from .plot import plot
from .plot import save as save_plot
from .table import format_table
from .tabular import event_rows, document_rows, source_rows, to_csv, to_dataframe
from .timeml import to_timeml, write_timeml

__all__ = [
    "plot", "save_plot", "format_table", "to_timeml", "write_timeml", "to_csv", "to_dataframe",
    "event_rows", "document_rows", "source_rows", "shape_arabic", "describe", "format_range", "to_html",
]


def __getattr__(name):
    # plotly is imported only when an HTML chart is asked for
    if name == "to_html":
        from .html import to_html

        return to_html
    raise AttributeError(f"module 'timeline.render' has no attribute {name!r}")

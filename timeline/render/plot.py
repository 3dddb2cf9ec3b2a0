"""Timeline charts with matplotlib.

:func:`plot` draws a timeline on a date axis, one lane per event (earliest first, at
the top), and one lane per article for its publication date:

* a range is a bar; a *vague* range is a bar whose colour fades toward both ends
  (an alpha ramp), because its ends are estimates;
* a value at most one day long is a marker at its middle;
* a value anchored on an inferred publication date (``uncertain``) gets a dashed
  outline (bars) or a hollow marker;
* each article has its own colour; an event reported by several articles is split
  into one thin stripe per article, so provenance is visible at a glance;
* a stated publication date is a diamond, an inferred one a hatched range;
* Arabic labels are shaped and put in right-to-left order (``arabic_reshaper`` +
  ``python-bidi``) and drawn with a font that has Arabic glyphs (DejaVu Sans).

The function returns the :class:`matplotlib.axes.Axes` it drew on, so it embeds in a
notebook or in a larger figure (pass ``ax=``).  Every drawn artist carries a ``gid``
(``event-<i>``, ``publication-<document id>``) so that code and tests can find it.
"""

from __future__ import annotations

from datetime import datetime

from typing import Any, Sequence

from ..outputs import text_safe
from ..publication import day_runs
from ..values import moved
from . import arabic
from .describe import describe, is_point
from .table import short_ids

#: Colours given to articles, in corpus order (matplotlib's tab10, then tab20's light half).
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
)
_NO_SOURCE = "#555555"
_LANE = 0.72  # height of a lane's drawing, in lane units
_STATED = ("text", "metadata")


def _fonts() -> list[str]:
    """The Arabic-capable families that matplotlib can actually find here."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    found = [f for f in arabic.ARABIC_FONTS if f in names]
    return found or ["sans-serif"]


def _doc_colors(documents: Sequence[Any], colors: dict | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for i, d in enumerate(documents):
        out[d.id] = PALETTE[i % len(PALETTE)]
    if colors:
        out.update(colors)
    return out


def _doc_label(doc: Any, short_id: str) -> str:
    source = getattr(doc, "source", None)
    return text_safe(f"{short_id} ({source})" if source else short_id)


def _fade_alphas(n: int, low: float = 0.08, high: float = 0.85, plateau: float = 0.3) -> list[float]:
    """Alpha for ``n`` equal segments of a vague bar: ``low`` at both ends rising to
    ``high`` over the outer ``(1 - plateau) / 2`` of the bar on each side."""
    ramp = (1.0 - plateau) / 2
    out = []
    for k in range(n):
        centre = (k + 0.5) / n
        edge = min(centre, 1.0 - centre)
        t = min(1.0, edge / ramp) if ramp > 0 else 1.0
        out.append(low + (high - low) * t)
    return out


def _figsize(n_lanes: int, legend: bool) -> tuple[float, float]:
    return (13.0, 2.4 + 0.34 * max(n_lanes, 3) + (0.9 if legend else 0.0))


def _lane_count(tl: Any, show_publications: bool = True, show_undated: bool = False,
                min_confidence: float = 0.0, max_events: int | None = None) -> int:
    n_ev = len(_select(tl, show_undated, min_confidence, max_events)[0])
    n_pub = sum(1 for d in tl.documents if getattr(d, "published", None) is not None
                and d.published.start is not None)
    mode = _pub_mode(show_publications, len(tl.documents))
    n_pub = 0 if mode == "none" else min(n_pub, 1) if mode == "combined" else n_pub
    return n_ev + n_pub + (1 if n_ev and n_pub else 0)


#: Above this many articles, "auto" draws all publication dates in one lane and the
#: legend does not list the articles one by one.
MAX_ARTICLE_LANES = 20


def _pub_mode(show_publications: Any, n_documents: int) -> str:
    if show_publications is True or show_publications == "lanes":
        return "lanes"
    if show_publications is False or show_publications is None:
        return "none"
    if show_publications == "combined":
        return "combined"
    if show_publications == "auto":
        return "lanes" if n_documents <= MAX_ARTICLE_LANES else "combined"
    raise ValueError(f"show_publications must be True, False, 'auto' or 'combined', got {show_publications!r}")


def _date_axis(ax) -> None:
    """Day ticks labelled at noon (the middle of the day they name, where a day marker
    sits) with a grid line at each midnight, for spans up to two months; matplotlib's
    concise automatic dates beyond that."""
    import math

    import matplotlib.dates as mdates
    from matplotlib.ticker import FixedLocator, FuncFormatter

    lo, hi = ax.get_xlim()
    span = hi - lo
    if span <= 62:
        step = next((s for s in (1, 2, 3, 5, 7, 14) if span / s <= 14), 14)
        first = math.floor(lo)
        majors = [d + 0.5 for d in range(first, math.ceil(hi) + 1, step) if lo <= d + 0.5 <= hi]
        minors = [d for d in range(first, math.ceil(hi) + 1) if lo <= d <= hi]

        def fmt(x, pos=None):
            d = mdates.num2date(x)
            prev = mdates.num2date(x - step) if x - step >= lo else None
            text = f"{d.day} {d:%b}"
            if prev is None or prev.year != d.year or pos == 0:
                text += f"\n{d.year}"
            return text

        ax.xaxis.set_major_locator(FixedLocator(majors))
        ax.xaxis.set_major_formatter(FuncFormatter(fmt))
        ax.xaxis.set_minor_locator(FixedLocator(minors))
        ax.grid(axis="x", which="minor", color="#e3e3e3", linewidth=0.7, zorder=0)
        ax.grid(axis="x", which="major", visible=False)
        ax.tick_params(axis="x", which="minor", length=3)
    else:
        locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", color="#dddddd", linewidth=0.7, zorder=0)


def _what(ev: Any) -> str:
    """The predicate and the numbers of an event, for the note at the right of its lane."""
    pred = getattr(ev, "predicate", "") or ""
    if arabic.has_arabic(pred):
        pred = ""  # keep the note left-to-right; the Arabic text is the lane's label
    nums = getattr(ev, "numbers", ()) or ()
    if nums:
        pred += (" " if pred else "") + "(" + ", ".join(str(n) for n in nums) + ")"
    return pred


def _placeable(e: Any) -> bool:
    w = getattr(e, "when", None)
    return w is not None and w.start is not None


def _select(tl: Any, show_undated: bool, min_confidence: float, max_events: int | None = None):
    """(index, event) pairs to draw, and how many were left out for each reason."""
    placed, hidden = [], {"duration": 0, "undated": 0, "low confidence": 0, "beyond max_events": 0}
    for i, e in enumerate(tl.events):
        if not _placeable(e):
            hidden["duration"] += 1
        elif getattr(e, "undated", False) and not show_undated:
            hidden["undated"] += 1
        elif (getattr(e, "confidence", None) or 0.0) < min_confidence:
            hidden["low confidence"] += 1
        else:
            placed.append((i, e))
    if max_events is not None and len(placed) > max_events:
        def weight(pair):
            e = pair[1]
            docs = {x.document_id for x in getattr(e, "sources", ()) or ()}
            return (getattr(e, "confidence", None) or 0.0, len(docs), -pair[0])

        keep = {i for i, _ in sorted(placed, key=weight, reverse=True)[:max_events]}
        hidden["beyond max_events"] = len(placed) - len(keep)
        placed = [(i, e) for i, e in placed if i in keep]
    return placed, hidden


def _auto_window(spans: list[tuple[float, float]], pub_spans: list[tuple[float, float]],
                 lookback: float = 30.0, focus_days: float = 31.0) -> tuple[float, float] | None:
    """The x range to show (matplotlib date numbers).

    Everything when it all fits in two months.  Otherwise the story around the articles:
    the publication dates, and the ranges at most ``focus_days`` long that overlap the
    ``lookback`` days before the first publication through the last one; longer or
    older ranges are clipped (and marked).  Without publication dates: the ranges at most
    ``focus_days`` long.
    """
    every = spans + pub_spans
    if not every:
        return None
    lo, hi = min(a for a, _ in every), max(b for _, b in every)
    if hi - lo > 62:
        short = [(a, b) for a, b in spans if b - a <= focus_days]
        if pub_spans:
            p0, p1 = min(a for a, _ in pub_spans), max(b for _, b in pub_spans)
            near = [(a, b) for a, b in short if b > p0 - lookback and a < p1]
            lo = min([p0] + [a for a, _ in near])
            hi = max([p1] + [b for _, b in near])
        elif short:
            lo, hi = min(a for a, _ in short), max(b for _, b in short)
    pad = max((hi - lo) * 0.04, 0.5)
    return lo - pad, hi + pad


def plot(
    tl: Any,
    ax: Any = None,
    *,
    title: str | None = None,
    label_chars: int = 48,
    show_publications: Any = "auto",
    show_undated: bool = False,
    min_confidence: float = 0.0,
    max_events: int | None = None,
    window: Any = "auto",
    show_dates: bool = True,
    legend: bool = True,
    colors: dict[str, str] | None = None,
    fade_steps: int = 24,
    figsize: tuple[float, float] | None = None,
):
    """Draw a timeline and return the Axes.

    ``tl`` is a :class:`timeline.Timeline` (anything with ``.events`` and ``.documents``
    as described in docs/api.md).  ``ax``: an Axes to draw on (a new figure is made when
    None).  ``title``: the chart title (default: "Timeline of N events from M articles").
    ``label_chars``: event labels are cut to this many characters at a word boundary.
    ``show_publications``: the articles' publication dates under the events: one lane
    per article (True), all in one lane ("combined"), none (False), or "auto" (one lane
    per article up to MAX_ARTICLE_LANES = 20 articles, else combined).
    ``show_undated``: also draw the events no expression dates (they only have their
    article's recency window); off by default, they are counted in the subtitle.
    ``min_confidence``: leave out events below this confidence.
    ``max_events``: draw at most this many events, the most confident (then the most
    widely reported) ones, still in timeline order; for large corpora.
    ``window``: the date range shown: "auto" (everything when it fits in two months, else
    the span of the ranges up to a month long: longer ranges are clipped and marked with
    an arrow ◀ ▶ and their full range is written at the right), None (everything), or a
    ``(start, end)`` pair of dates/datetimes.
    ``show_dates``: write each lane's date range at the right of the axes.
    ``legend``: draw a legend (articles' colours and the drawing conventions) below the axes.
    ``colors``: a ``{document id: colour}`` override.  ``fade_steps``: segments in a vague bar.
    ``figsize``: size of the new figure when ``ax`` is None.

    Events whose value is not an interval (an unanchored duration, or no value) cannot be
    placed on a date axis.  ``ax.timeline_hidden`` counts the events left out by reason
    ("duration", "undated", "low confidence") and ``ax.timeline_skipped`` their total.
    """
    import matplotlib.dates as mdates
    from matplotlib.colors import to_rgba
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle
    from matplotlib.transforms import blended_transform_factory

    from ..values import as_datetime

    if not hasattr(tl, "events") or not hasattr(tl, "documents"):
        raise TypeError(f"plot() expects a Timeline (with .events and .documents), got {type(tl).__name__}")
    if label_chars < 8:
        raise ValueError(f"label_chars must be at least 8, got {label_chars}")
    if fade_steps < 3:
        raise ValueError(f"fade_steps must be at least 3, got {fade_steps}")

    documents = list(tl.documents)
    if max_events is not None and max_events < 1:
        raise ValueError(f"max_events must be at least 1, got {max_events}")
    placed, hidden = _select(tl, show_undated, min_confidence, max_events)
    mode = _pub_mode(show_publications, len(documents))
    pubs = [d for d in documents if mode != "none" and getattr(d, "published", None) is not None
            and d.published.start is not None]
    n_pub_lanes = len(pubs) if mode == "lanes" else min(len(pubs), 1)

    n_lanes = len(placed) + n_pub_lanes + (1 if placed and pubs else 0)
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=figsize or _figsize(n_lanes, legend), layout="constrained")

    fonts = _fonts()
    doc_color = _doc_colors(documents, colors)
    short = short_ids([d.id for d in documents])
    blend = blended_transform_factory(ax.transAxes, ax.transData)
    num = mdates.date2num

    spans = [(num(e.when.start), num(e.when.end)) for _, e in placed]
    pub_spans = [(num(d.published.start), num(d.published.end)) for d in pubs]
    if window == "auto":
        win = _auto_window(spans, pub_spans)
    elif window is None:
        win = _auto_window(spans + pub_spans, [], focus_days=float("inf"))
    else:
        try:
            a, b = window
            win = (num(as_datetime(a)), num(as_datetime(b)))
        except (TypeError, ValueError):
            raise ValueError(f"window must be 'auto', None or a (start, end) pair, got {window!r}") from None
        if not win[0] < win[1]:
            raise ValueError(f"window start must be before its end, got {window!r}")
    wlo, whi = win if win else (0.0, 1.0)
    if win and window in ("auto", None):  # the padding stays inside the dates matplotlib can name
        wlo, whi = max(wlo, num(datetime(1, 1, 1))), min(whi, num(datetime(9999, 12, 31, 23, 59)))
    edge = (whi - wlo) * 0.006

    ticks: list[float] = []
    tick_labels: list[str] = []

    def date_note(y: float, value, before: bool, after: bool, what: str = "") -> None:
        if show_dates:
            text = describe(value, "short")
            text = ("◀ " if before else "") + text + (" ▶" if after else "") + (f"   {what}" if what else "")
            ax.text(1.005, y, text, transform=blend, ha="left", va="center",
                    fontsize=8, color="#333333", clip_on=False, gid="date-label")

    def arrows(gid, y, x0, x1, color) -> tuple[bool, bool]:
        before, after = x0 < wlo, x1 > whi
        if before:
            ax.plot([wlo + edge], [y], linestyle="none", marker="<", markersize=7, color=color,
                    gid=gid, zorder=4, clip_on=False)
        if after:
            ax.plot([whi - edge], [y], linestyle="none", marker=">", markersize=7, color=color,
                    gid=gid, zorder=4, clip_on=False)
        return before, after

    # -- events --------------------------------------------------------------------
    for row, (i, ev) in enumerate(placed):
        v = ev.when
        y = float(row)
        src_ids = list(dict.fromkeys(s.document_id for s in getattr(ev, "sources", ()) or ()))
        cols = [doc_color.get(d, _NO_SOURCE) for d in src_ids] or [_NO_SOURCE]
        k = len(cols)
        stripe = _LANE / k
        x0, x1 = num(v.start), num(v.end)
        gid = f"event-{i}"
        before, after = arrows(gid, y, x0, x1, cols[0])
        if is_point(v):
            xm = (x0 + x1) / 2
            if wlo <= xm <= whi:
                for j, c in enumerate(cols):
                    yc = y - _LANE / 2 + (j + 0.5) * stripe
                    ax.plot([xm], [yc], linestyle="none", marker="o", markersize=7 if k == 1 else 5.5,
                            markerfacecolor="white" if v.uncertain else c, markeredgecolor=c,
                            markeredgewidth=1.6, gid=gid, zorder=3)
        elif x1 > wlo and x0 < whi:
            c0, c1 = max(x0, wlo), min(x1, whi)
            for j, c in enumerate(cols):
                y0 = y - _LANE / 2 + j * stripe
                if v.vague:
                    # the ramp is computed on the whole range, then clipped to the window
                    w = (x1 - x0) / fade_steps
                    alphas = _fade_alphas(fade_steps)
                    segs, faces = [], []
                    for sgi in range(fade_steps):
                        a, b = max(x0 + sgi * w, c0), min(x0 + (sgi + 1) * w, c1)
                        if b > a:
                            segs.append((a, b - a))
                            faces.append(to_rgba(c, alphas[sgi]))
                    ax.broken_barh(segs, (y0, stripe), facecolors=faces, edgecolors="none",
                                   linewidth=0, gid=gid, zorder=2)
                else:
                    ax.broken_barh([(c0, c1 - c0)], (y0, stripe), facecolors=c, edgecolors=c,
                                   alpha=0.85, linewidth=0.6, gid=gid, zorder=2)
            if v.uncertain:
                ax.add_patch(Rectangle((c0, y - _LANE / 2), c1 - c0, _LANE, fill=False, linestyle="--",
                                       linewidth=1.0, edgecolor="#222222", gid=gid, zorder=3))
        ticks.append(y)
        tick_labels.append(arabic.label(getattr(ev, "label", "") or ev.text or getattr(ev, "predicate", "") or "?",
                                        label_chars))
        date_note(y, v, before, after, _what(ev))

    # -- publication dates ---------------------------------------------------------------
    base = len(placed) + (1 if placed and pubs else 0)
    if placed and pubs:
        ax.axhline(base - 1, color="#999999", linewidth=0.8, linestyle=":", zorder=1)
    for r, d in enumerate(pubs):
        v = d.published
        y = float(base + (r if mode == "lanes" else 0))
        c = doc_color.get(d.id, _NO_SOURCE)
        x0, x1 = num(v.start), num(v.end)
        how = getattr(d, "published_how", None) or "unknown"
        stated = how in _STATED
        gid = f"publication-{d.id}"
        before, after = arrows(gid, y, x0, x1, c)
        if is_point(v):
            if wlo <= (x0 + x1) / 2 <= whi:
                ax.plot([(x0 + x1) / 2], [y], linestyle="none", marker="D", markersize=8,
                        markerfacecolor=c if stated else "white", markeredgecolor=c, markeredgewidth=1.8,
                        gid=gid, zorder=3)
        elif x1 > wlo and x0 < whi:
            # an inferred date whose candidates are apart ("one of these Tuesdays") is
            # drawn as one hatched mark per run of days, not one bar over the gaps
            segs = []
            for a, b in ([] if stated else day_runs(getattr(d, "published_days", ()) or ())):
                s0, s1 = num(datetime(a.year, a.month, a.day)), num(moved(datetime(b.year, b.month, b.day), 1))
                if s1 > wlo and s0 < whi:
                    segs.append((max(s0, wlo), min(s1, whi) - max(s0, wlo)))
            if not segs:
                c0, c1 = max(x0, wlo), min(x1, whi)
                segs = [(c0, c1 - c0)]
            ax.broken_barh(segs, (y - _LANE / 2, _LANE), facecolors=c if stated else "none",
                           edgecolors=c, alpha=0.9 if mode == "lanes" else 0.5,
                           hatch=None if stated else "////", linewidth=1.2, gid=gid, zorder=2)
        if mode == "lanes":
            ticks.append(y)
            tick_labels.append(f"{short[d.id]}  published ({'stated' if stated else how})")
            date_note(y, v, before, after)
    if mode == "combined" and pubs:
        n_inf = sum(1 for d in pubs if (getattr(d, "published_how", None) or "") not in _STATED)
        ticks.append(float(base))
        tick_labels.append(f"published ({len(pubs)} articles, {n_inf} inferred)")
        first = min(pubs, key=lambda d: d.published.start).published
        last = max(pubs, key=lambda d: d.published.end).published
        date_note(float(base), first.hull(last), False, False)

    # -- axes ----------------------------------------------------------------------------
    ax.set_yticks(ticks)
    # a lone surrogate (an article's text or id may hold one) cannot be drawn: U+FFFD
    ax.set_yticklabels([text_safe(t) for t in tick_labels], fontfamily=fonts, fontsize=9)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(n_lanes - 0.4, -0.6) if n_lanes else ax.set_ylim(1, 0)
    if win:
        ax.set_xlim(wlo, whi)
    ax.xaxis_date()
    _date_axis(ax)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    if title is None:
        title = f"Timeline of {len(placed)} events from {len(documents)} articles"
    left_out = [f"{n} {why}" for why, n in hidden.items() if n and why not in ("duration", "beyond max_events")]
    if hidden["beyond max_events"]:
        left_out.append(f"{hidden['beyond max_events']} less confident (max_events={max_events})")
    if left_out:
        title += "\n" + "not drawn: " + ", ".join(left_out) + " events (see the table)"
    ax.set_title(arabic.shape(text_safe(title)), fontfamily=fonts, fontsize=12, loc="center", pad=10)

    if legend:
        if len(documents) <= MAX_ARTICLE_LANES:
            handles = [Patch(facecolor=doc_color[d.id], edgecolor="none", label=_doc_label(d, short[d.id]))
                       for d in documents]
        else:
            handles = [Patch(facecolor="#1f77b4", edgecolor="#ff7f0e", linewidth=3,
                             label=f"one colour per article ({len(documents)} articles; colours repeat)")]
        handles += [
            Patch(facecolor="#777777", alpha=0.85, label="range"),
            Patch(facecolor="#777777", alpha=0.3, label="vague range (faded ends)"),
            Line2D([], [], linestyle="none", marker="o", color="#555555", label="day-precise date"),
            Patch(fill=False, linestyle="--", edgecolor="#222222",
                  label="uncertain (anchored on inferred date)"),
            Line2D([], [], linestyle="none", marker="D", color="#555555", label="publication (stated)"),
            Patch(facecolor="none", edgecolor="#555555", hatch="////", label="publication (inferred range)"),
            Line2D([], [], linestyle="none", marker=">", color="#555555", label="continues beyond the chart"),
        ]
        fig = ax.figure
        ax_h = ax.get_position().height * fig.get_figheight()
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.55 / max(ax_h, 0.5)),
                  ncol=min(6, max(3, (len(handles) + 1) // 2)), fontsize=8, frameon=False,
                  title="articles (colour) and conventions", title_fontsize=8)
    ax.timeline_hidden = hidden
    ax.timeline_skipped = sum(hidden.values())
    return ax


def save(tl: Any, path, *, dpi: int = 150, **kw) -> None:
    """Draw ``tl`` on a new figure and write it to ``path``; the format comes from the
    suffix (.png, .svg, .pdf ...).  Keyword arguments go to :func:`plot`.

    Uses a bare :class:`matplotlib.figure.Figure`, so it needs no GUI backend and leaves
    pyplot's state alone.
    """
    from matplotlib.figure import Figure

    if not hasattr(tl, "events") or not hasattr(tl, "documents"):
        raise TypeError(f"save() expects a Timeline (with .events and .documents), got {type(tl).__name__}")
    lanes = _lane_count(tl, kw.get("show_publications", "auto"), kw.get("show_undated", False),
                        kw.get("min_confidence", 0.0), kw.get("max_events"))
    figsize = kw.pop("figsize", None) or _figsize(lanes, kw.get("legend", True))
    fig = Figure(figsize=figsize, layout="constrained")
    ax = fig.add_subplot()
    plot(tl, ax=ax, **kw)
    # Raster formats cannot exceed 2**16 pixels a side: lower the resolution of a very
    # tall chart (thousands of events) rather than fail; max_events= is the better cure.
    dpi = min(dpi, int(60000 / max(figsize)))
    fig.savefig(path, dpi=max(dpi, 10), bbox_inches="tight")

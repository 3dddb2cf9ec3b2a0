"""The interactive chart: one self-contained HTML file (plotly.js inlined, no CDN, works
offline) for exploring a timeline in a browser or a notebook.

* one horizontal bar per event, from the start to the end of its range (half-open,
  so a day is one day wide), coloured by class; the legend toggles classes;
* vague ranges faded, ranges anchored on an inferred publication date (uncertain)
  hatched ``/``, undated events (only "by the publication date") cross-hatched and
  hidden until "undated" is ticked;
* the articles' publication dates as diamonds on rows of their own (a dotted line for
  an inferred range of days);
* hovering a bar shows the range, flags, places, groups, numbers, disagreements and the
  source clauses with their articles; clicking it lists every source with a link to
  its article (when the metadata gives a URL) below the chart;
* filters by class and by place, and the "undated" switch; zoom and pan with the
  mouse, and two buttons for the view (around the publication dates / every event).

``to_html(tl, "out.html")`` writes the file (``timeline build ... --html out.html``
does the same); ``Timeline._repr_html_`` shows it in a notebook.  Needs plotly (the
``html`` extra: ``pip install 'arabic-timeline[html]'``), used only for its bundled
plotly.js; the page itself is built by the small script below.

The page's data is :func:`chart_data`'s dict (plain JSON), so other front ends can reuse it.
"""

from __future__ import annotations

import html as _html
import json
import logging
import os
from datetime import datetime
from typing import Any

from .. import _access as a
from ..publication import day_runs
from .describe import format_range

log = logging.getLogger(__name__)

__all__ = ["to_html", "chart_data", "repr_html", "plotly_js"]

_INSTALL = "pip install 'arabic-timeline[html]' (or pip install plotly)"


def plotly_js() -> str:
    """The plotly.js bundle that plotly ships (minified, ~4.8 MB), for inlining."""
    try:
        from plotly.offline import get_plotlyjs
    except ImportError as exc:
        raise ImportError(f"the HTML chart needs plotly, which is not installed: {_INSTALL}") from exc
    return get_plotlyjs()


def _iso(t: datetime | None) -> str | None:
    return None if t is None else t.isoformat(timespec="minutes")


def _value(v) -> dict[str, Any] | None:
    if v is None or getattr(v, "start", None) is None:
        return None
    return {
        "start": _iso(v.start),
        "end": _iso(v.end),
        "range": format_range(v),
        "edtf": v.edtf or "",
        "vague": bool(v.vague),
        "uncertain": bool(v.uncertain),
    }


def chart_data(tl: Any, *, title: str | None = None, show_undated: bool = False) -> dict[str, Any]:
    """What the page shows, as plain data: ``events`` (those with a range), ``documents``
    and the options.  Event ids are the JSON's."""
    docs = {}
    for d in tl.documents:
        docs[a.document_id(d)] = {
            "id": a.document_id(d),
            "title": a.short(a.title(d), 90),
            "url": a.url(d),
            "outlet": a.outlet(d),
            "published": _value(a.published(d)),
            "how": a.published_how(d),
            # an inferred date whose candidate days are apart: one mark per run of days
            "runs": ([[x.isoformat(), y.isoformat()] for x, y in day_runs(getattr(d, "published_days", ()) or ())]
                     if a.published_how(d) == "inferred" else []),
        }
    events = []
    skipped = 0
    for e in tl.events:
        when = _value(a.when(e))
        if when is None:  # a duration with no anchor has no place on a time axis
            skipped += 1
            continue
        sources = []
        for s in a.sources(e):
            doc = a.source_document(s)
            sources.append({
                "document": doc,
                "title": docs.get(doc, {}).get("title", ""),
                "url": docs.get(doc, {}).get("url", ""),
                "text": a.short(a.source_text(s), 400),
                "date_text": a.source_date_text(s),
                "dating": a.source_dating(s),
                "value": (a.when(s).edtf if a.when(s) is not None else "") or "",
            })
        events.append({
            "id": a.event_id(e),
            "label": a.event_label(e, 60),
            "text": a.short(a.event_text(e), 300),
            "class": a.event_class(e) or "event",
            "class_ar": a.event_class_ar(e),
            "places": list(a.places(e)),
            "groups": list(a.groups(e)),
            "numbers": [str(n) for n in a.numbers(e)],
            "disagreements": list(a.disagreements(e)),
            "confidence": a.confidence(e),
            "undated": a.undated(e),
            "when": when,
            "sources": sources,
        })
    if skipped:
        log.debug("html chart: %d events without a range left out", skipped)
    return {
        "title": title or f"Timeline: {len(events)} events from {len(docs)} articles",
        "show_undated": bool(show_undated),
        "events": events,
        "documents": list(docs.values()),
    }


def _json_for_script(data: Any) -> str:
    # "</" would end the <script> element; U+2028/9 are line ends to old JS parsers
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def to_html(tl: Any, path: str | os.PathLike | None = None, *, title: str | None = None,
            show_undated: bool = False) -> str | None:
    """The interactive chart as one self-contained HTML page (module docstring).

    ``path``: where to write it (UTF-8), or None to get the page as a string.
    ``show_undated``: tick the "undated" switch at first (the static chart's ``--all``).
    """
    data = chart_data(tl, title=title, show_undated=show_undated)
    page = _PAGE.format(
        title=_html.escape(data["title"]),
        plotly=plotly_js(),
        data=_json_for_script(data),
        script=_SCRIPT,
        style=_STYLE,
    )
    log.debug("html chart: %d events, %d bytes", len(tl.events), len(page))
    if path is None:
        return page
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    return None


def repr_html(tl: Any) -> str | None:
    """The chart in an ``<iframe srcdoc>`` (its scripts and ids kept apart from the
    notebook's), or None without plotly, so that the notebook falls back to ``repr``."""
    try:
        page = to_html(tl)
    except ImportError:
        log.debug("_repr_html_: plotly is not installed; showing the text repr")
        return None
    rows = sum(1 for e in tl.events if not a.undated(e)) + len(tl.documents)
    height = min(900, 260 + 24 * rows)
    return (
        f'<iframe srcdoc="{_html.escape(page, quote=True)}" '
        f'style="width:100%;height:{height}px;border:0" sandbox="allow-scripts allow-popups"></iframe>'
    )


_STYLE = """
body { overflow-x: hidden; font-family: system-ui, "Noto Naskh Arabic", "DejaVu Sans", sans-serif; margin: 12px; color: #222; }
h1 { font-size: 18px; margin: 0 0 8px 0; }
#controls { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; font-size: 14px; }
#controls select { max-width: 260px; }
#chart { width: 100%; }
#key { font-size: 12px; color: #555; margin: 6px 0; }
#details { border-top: 1px solid #ccc; margin-top: 8px; padding-top: 8px; font-size: 14px; }
#details .src { margin: 6px 0; padding: 6px 8px; background: #f6f6f6; border-radius: 4px; }
#details .clause { font-size: 15px; }
.ar { direction: rtl; unicode-bidi: isolate; }
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{title}</title>
<style>{style}</style>
<script type="text/javascript">{plotly}</script>
</head>
<body>
<h1 id="title"></h1>
<div id="controls">
  <label>class <select id="class-filter"><option value="">all classes</option></select></label>
  <label>place <select id="place-filter"><option value="">all places</option></select></label>
  <label><input type="checkbox" id="show-undated"> undated events</label>
  <span>view <button id="view-publication" type="button">around the publication dates</button>
  <button id="view-all" type="button">every event</button></span>
  <span id="count"></span>
</div>
<div id="key">bars: the range where the event lies (its last day included) &middot; faded: vague (~) &middot;
hatched /: anchored on an inferred publication date (?) &middot; cross-hatched: undated, only "by the publication
date" &middot; &#9670; publication dates of the articles (dotted: inferred range) &middot; hover a bar for its
sources, click it for links &middot; drag to zoom, double-click to reset</div>
<div id="chart"></div>
<div id="details"><i>Click an event to list its sources.</i></div>
<script type="application/json" id="timeline-data">{data}</script>
<script type="text/javascript">{script}</script>
</body>
</html>
"""

# The page's script: reads the JSON above, builds the traces, redraws on each filter.
_SCRIPT = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("timeline-data").textContent);
  var PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
                 "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"];
  var DAY = 86400000;
  var classes = [], places = [], colors = {};
  DATA.events.forEach(function (e) {
    if (classes.indexOf(e["class"]) < 0) classes.push(e["class"]);
    e.places.forEach(function (p) { if (places.indexOf(p) < 0) places.push(p); });
  });
  classes.sort(); places.sort();
  classes.forEach(function (c, i) { colors[c] = PALETTE[i % PALETTE.length]; });

  function esc(s) {  // plotly's hover text is a small HTML subset: escape its markup, not quotes
    return String(s == null ? "" : s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function escAttr(s) {  // inside an attribute's double quotes
    return esc(s).replace(/"/g, "&quot;");
  }
  function wrap(s, n) {  // hover lines of at most n characters, cut at spaces
    var words = String(s).split(/\s+/), lines = [], cur = "";
    words.forEach(function (w) {
      if (cur && (cur + " " + w).length > n) { lines.push(cur); cur = w; } else { cur = cur ? cur + " " + w : w; }
    });
    if (cur) lines.push(cur);
    return lines.map(esc).join("<br>");
  }
  function className(e) { return e.class_ar ? e["class"] + " · " + e.class_ar : e["class"]; }
  function flags(w, e) {
    var f = [];
    if (w.vague) f.push("vague ~");
    if (w.uncertain) f.push("uncertain ?");
    if (e && e.undated) f.push("undated");
    return f.length ? " (" + f.join(", ") + ")" : "";
  }
  function hover(e) {
    var out = ["<b>" + wrap(e.label, 70) + "</b>", esc(e.when.range) + esc(flags(e.when, e)) + "  ·  " +
               esc(className(e)) + "  ·  " + esc(e.id)];
    if (e.places.length) out.push("places: " + esc(e.places.join("، ")));
    if (e.groups.length) out.push("groups: " + esc(e.groups.join("، ")));
    if (e.numbers.length) out.push("numbers: " + esc(e.numbers.join(", ")));
    e.disagreements.forEach(function (d) { out.push("<i>! " + wrap(d, 90) + "</i>"); });
    e.sources.slice(0, 4).forEach(function (s) {
      out.push("— " + esc(s.document) + (s.title ? " «" + esc(s.title.slice(0, 50)) + "»" : "") +
               (s.date_text ? " [" + esc(s.date_text) + "]" : "") + (s.url ? " " + esc(s.url) : ""));
      out.push(wrap("«" + s.text.slice(0, 180) + (s.text.length > 180 ? " …" : "") + "»", 80));
    });
    if (e.sources.length > 4) out.push("… " + (e.sources.length - 4) + " more sources (click)");
    return out.join("<br>");
  }
  function ms(iso) { return new Date(iso + ":00Z").getTime(); }  // naive local times drawn as UTC

  var classSel = document.getElementById("class-filter");
  var placeSel = document.getElementById("place-filter");
  var undatedBox = document.getElementById("show-undated");
  classes.forEach(function (c) {
    var o = document.createElement("option"); o.value = c; o.textContent = c; classSel.appendChild(o);
  });
  places.forEach(function (p) {
    var o = document.createElement("option"); o.value = p; o.textContent = p; placeSel.appendChild(o);
  });
  undatedBox.checked = !!DATA.show_undated;
  document.getElementById("title").textContent = DATA.title;

  function visible() {
    return DATA.events.filter(function (e) {
      return (!classSel.value || e["class"] === classSel.value) &&
             (!placeSel.value || e.places.indexOf(placeSel.value) >= 0) &&
             (undatedBox.checked || !e.undated);
    });
  }
  function fmt(t) { return new Date(t).toISOString().slice(0, 16).replace("T", " "); }

  function traces(events) {
    var out = [];
    classes.forEach(function (c) {
      var mine = events.filter(function (e) { return e["class"] === c; });
      if (!mine.length) return;
      out.push({
        type: "bar", orientation: "h", name: c, legendgroup: c,
        y: mine.map(function (e) { return e.id; }),
        base: mine.map(function (e) { return fmt(ms(e.when.start)); }),
        x: mine.map(function (e) { return ms(e.when.end) - ms(e.when.start); }),
        customdata: mine.map(hover),
        hovertemplate: "%{customdata}<extra></extra>",
        width: 0.7,
        marker: {
          color: colors[c],
          opacity: mine.map(function (e) { return e.when.vague ? 0.45 : 0.95; }),
          line: { color: "#333", width: mine.map(function (e) { return e.when.uncertain ? 1 : 0.5; }) },
          pattern: {
            shape: mine.map(function (e) { return e.undated ? "x" : (e.when.uncertain ? "/" : ""); }),
            fillmode: "overlay", fgcolor: "#111", fgopacity: 0.6, size: 6, solidity: 0.2
          }
        }
      });
    });
    var px = [], py = [], ptext = [];
    DATA.documents.forEach(function (d) {
      if (!d.published) return;
      // a diamond at noon of the day; for a range of days, one on its first and last
      var s = ms(d.published.start) + DAY / 2, e = Math.max(s, ms(d.published.end) - DAY / 2);
      var tip = "<b>" + esc(d.id) + "</b> " + wrap(d.title || "", 70) + "<br>published " +
                esc(d.published.range) + " (" + esc(d.how || "unknown") + ")" + (d.url ? "<br>" + esc(d.url) : "");
      var spans = (d.runs && d.runs.length > 1)
        ? d.runs.map(function (r) { return [ms(r[0] + "T00:00") + DAY / 2, ms(r[1] + "T00:00") + DAY / 2]; })
        : [[s, e]];
      spans.forEach(function (p) {  // candidates apart ("one of these Tuesdays") are drawn apart
        if (p[1] - p[0] < DAY) { px.push(fmt(p[0]), null); py.push("doc:" + d.id, null); ptext.push(tip, null); }
        else { px.push(fmt(p[0]), fmt(p[1]), null); py.push("doc:" + d.id, "doc:" + d.id, null); ptext.push(tip, tip, null); }
      });
    });
    if (px.length) {
      out.push({
        type: "scatter", mode: "lines+markers", name: "publication", x: px, y: py,
        customdata: ptext, hovertemplate: "%{customdata}<extra></extra>",
        marker: { symbol: "diamond", size: 10, color: "#000" },
        line: { color: "#000", width: 2, dash: "dot" }, connectgaps: false
      });
    }
    return out;
  }

  function xRange(events, around) {
    var lo = Infinity, hi = -Infinity;
    var elo = Infinity, ehi = -Infinity;
    events.forEach(function (e) { elo = Math.min(elo, ms(e.when.start)); ehi = Math.max(ehi, ms(e.when.end)); });
    if (around) {  // the publication dates, four months back and a month on, or less
      DATA.documents.forEach(function (d) {
        if (d.published) { lo = Math.min(lo, ms(d.published.start)); hi = Math.max(hi, ms(d.published.end)); }
      });
      if (lo < hi) {
        lo = elo < lo ? Math.max(elo, lo - 120 * DAY) : lo;
        hi = ehi > hi ? Math.min(ehi, hi + 30 * DAY) : hi;
        var p = (hi - lo) * 0.03 + DAY;
        return [fmt(lo - p), fmt(hi + p)];
      }
    }
    lo = elo; hi = ehi;
    if (!(lo < hi)) { lo = Date.now() - 30 * DAY; hi = Date.now(); }
    var pad = (hi - lo) * 0.03 + DAY;
    return [fmt(lo - pad), fmt(hi + pad)];
  }

  function layout(events) {
    var rows = events.map(function (e) { return e.id; });
    var labels = events.map(function (e) { return e.label; });
    DATA.documents.forEach(function (d) {
      if (d.published) { rows.push("doc:" + d.id); labels.push("◆ " + d.id.slice(0, 3) + " " + (d.title || d.id).slice(0, 40)); }
    });
    return {
      barmode: "overlay", height: Math.max(320, 150 + 24 * rows.length),
      margin: { l: 20, r: 20, t: 40, b: 90 },
      hovermode: "closest", hoverlabel: { align: "left", font: { size: 13 } },
      legend: { orientation: "h", y: 0, yanchor: "top", x: 0, title: { text: "class " } },
      xaxis: { type: "date", range: view === "all" ? xRange(events, false) : xRange(events, true),
               showgrid: true, gridcolor: "#e4e4e4", side: "top", showline: true, linecolor: "#999",
               automargin: true },
      yaxis: { type: "category", categoryorder: "array", categoryarray: rows, tickmode: "array",
               tickvals: rows, ticktext: labels, autorange: "reversed", side: "right", automargin: true,
               tickfont: { size: 13 } }
    };
  }

  var chart = document.getElementById("chart");
  var view = "publication";
  var byId = {};
  DATA.events.forEach(function (e) { byId[e.id] = e; });

  function details(e) {
    var h = ["<div><b>" + esc(e.id) + "</b> · " + esc(className(e)) + " · " + esc(e.when.range) +
             esc(flags(e.when, e)) + " · EDTF " + esc(e.when.edtf) + " · confidence " + esc(e.confidence) + "</div>"];
    h.push('<div class="ar clause" dir="rtl">' + esc(e.text) + "</div>");
    e.disagreements.forEach(function (d) { h.push("<div><i>! " + esc(d) + "</i></div>"); });
    e.sources.forEach(function (s) {
      var head = s.url ? '<a href="' + escAttr(s.url) + '" target="_blank" rel="noopener">' + esc(s.document) + "</a>"
                       : esc(s.document);
      h.push('<div class="src">' + head + (s.title ? ' <span class="ar" dir="rtl">«' + esc(s.title) + "»</span>" : "") +
             " · " + esc(s.dating) + (s.date_text ? ': <span class="ar" dir="rtl">' + esc(s.date_text) + "</span>" : "") +
             (s.value ? " · " + esc(s.value) : "") + '<div class="ar clause" dir="rtl">' + esc(s.text) + "</div></div>");
    });
    document.getElementById("details").innerHTML = h.join("");
  }

  var bound = false;
  function draw() {
    var events = visible();
    document.getElementById("count").textContent = events.length + " of " + DATA.events.length + " events";
    return Plotly.react(chart, traces(events), layout(events),
                        { responsive: true, displaylogo: false, scrollZoom: true }).then(function () {
      if (!bound) {
        bound = true;
        chart.on("plotly_click", function (ev) {
          var p = ev.points && ev.points[0];
          if (p && byId[p.y]) details(byId[p.y]);
        });
      }
      chart.setAttribute("data-drawn", String(events.length));
    });
  }
  classSel.addEventListener("change", draw);
  placeSel.addEventListener("change", draw);
  undatedBox.addEventListener("change", draw);
  document.getElementById("view-publication").addEventListener("click", function () { view = "publication"; draw(); });
  document.getElementById("view-all").addEventListener("click", function () { view = "all"; draw(); });
  window.timelineChart = { data: DATA, draw: draw, details: details };
  draw();
})();
"""

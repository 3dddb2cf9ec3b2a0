"""Rendering: chart, Arabic shaping, TimeML, CSV/DataFrame, text table.

The chart and table tests use a small hand-made timeline (plain objects with the
attributes of timeline.Timeline), so that they test the rendering, not the engine; the
expected values are written by hand.  One end-to-end test draws the seed corpus.
"""

from __future__ import annotations

import csv
import io
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace as NS

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

import timeline  # noqa: E402
from timeline.render import arabic, format_table, plot, to_csv, to_dataframe, to_timeml, write_timeml  # noqa: E402
from timeline.render.describe import describe, format_range  # noqa: E402
from timeline.values import Value  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


# -- a hand-made timeline ----------------------------------------------------------------
def _src(doc, start=0, end=5, text="نص"):
    return NS(document_id=doc, start=start, end=end, text=text)


A, B, C = "a_1", "b_2", "c_3"
DOCS = [
    NS(id=A, published=Value.day(date(2018, 2, 19)), published_how="text", published_evidence=("الإثنين 19 / 2 / 2018",)),
    NS(id=B, published=Value.day(date(2018, 2, 15)), published_how="metadata", published_evidence=()),
    NS(id=C, published=Value.interval(date(2018, 2, 11), date(2018, 2, 14), uncertain=True),
       published_how="inferred", published_evidence=("اليوم الثلاثاء", "شباط الجاري")),
]
EVENTS = [
    # 0: vague range, two sources
    NS(when=Value.interval(date(2018, 2, 6), date(2018, 2, 12), vague=True),
       text="سيطر عناصر التنظيم قبل أيام على قرى الخلاخيل والزرزور والخوين في الريف الجنوبي الشرقي لإدلب",
       predicate="سيطر", numbers=(), confidence=0.8, sources=[_src(B), _src(C, 10, 20)]),
    # 1: precise range, uncertain (anchored on C's inferred date)
    NS(when=Value.interval(date(2018, 2, 10), date(2018, 2, 13), uncertain=True),
       text="تجددت الاشتباكات في محيط أم الخلاخيل", predicate="اشتباكات", numbers=(), confidence=0.6,
       sources=[_src(C)]),
    # 2: a day, three sources
    NS(when=Value.day(date(2018, 2, 13)), text="أسرت الفصائل 400 عنصر من داعش", predicate="أسر",
       numbers=(400,), confidence=0.9, sources=[_src(A), _src(B), _src(C)]),
    # 3: a day, one source
    NS(when=Value.day(date(2018, 2, 15)), text="أعلنت الفصائل إنهاء وجود داعش في إدلب", predicate="أعلن",
       numbers=(), confidence=0.9, sources=[_src(B)]),
    # 4: an unanchored duration: cannot be placed on a date axis
    NS(when=Value.of_duration("P3D", "day"), text="ثلاثة أيام", predicate="", numbers=(), confidence=0.1,
       sources=[_src(A)]),
]
TL = NS(events=EVENTS, documents=DOCS)


def _ax():
    fig = Figure(figsize=(12, 6))
    return fig.add_subplot()


def _by_gid(ax, gid):
    artists = list(ax.collections) + list(ax.lines) + list(ax.patches)
    return [a for a in artists if a.get_gid() == gid]


# -- Arabic shaping --------------------------------------------------------------------
def test_visual_order_joins_letters_and_reverses_them():
    # داعش: dal isolated (FEA9), alef isolated after a non-joining dal (FE8D),
    # ain initial (FECB), sheen final (FEB6); drawn right to left.
    assert arabic.visual("داعش") == "\ufeb6\ufecb\ufe8d\ufea9"


def test_visual_order_keeps_digits_left_to_right():
    out = arabic.visual("قتل 300 شخص")
    assert "300" in out and "003" not in out
    assert out.index("300") > 0  # the first word (قتل) is drawn at the right end


def test_shape_follows_the_renderer():
    assert arabic.shape("داعش", native=True) == "داعش"
    assert arabic.shape("داعش", native=False) == arabic.visual("داعش")
    assert arabic.shape("Idlib 2018", native=False) == "Idlib 2018"
    with pytest.raises(TypeError):
        arabic.shape(None)


def test_shorten_cuts_at_a_word_and_marks_it():
    text = "أعلنت الفصائل المقاتلة عن إنهاء وجود تنظيم داعش في المحافظة"
    out = arabic.shorten(text, 20)
    assert len(out) <= 20 and out.endswith("…")
    assert text.startswith(out[:-1])
    assert arabic.shorten("قصير", 20) == "قصير"


def test_dejavu_sans_has_every_glyph_of_a_shaped_label():
    from matplotlib import font_manager, ft2font

    font = ft2font.FT2Font(font_manager.findfont("DejaVu Sans"))
    charmap = font.get_charmap()
    text = arabic.visual("استسلم قرابة ٣٠٠ مقاتل من تنظيم داعش لفصائل إدلب")
    assert [c for c in text if c != " " and ord(c) not in charmap] == []


# -- the chart ------------------------------------------------------------------------------
def test_plot_returns_the_axes_it_was_given():
    ax = _ax()
    assert plot(TL, ax=ax) is ax


def test_plot_draws_one_lane_per_placeable_event_and_skips_durations():
    ax = plot(TL, ax=_ax())
    for i in range(4):
        assert _by_gid(ax, f"event-{i}"), f"event {i} not drawn"
    assert _by_gid(ax, "event-4") == []
    assert ax.timeline_skipped == 1


def test_day_events_are_markers_one_per_source():
    ax = plot(TL, ax=_ax())
    three = [a for a in _by_gid(ax, "event-2") if isinstance(a, Line2D)]
    one = [a for a in _by_gid(ax, "event-3") if isinstance(a, Line2D)]
    assert len(three) == 3 and len(one) == 1
    x = mdates.date2num(datetime(2018, 2, 15, 12))  # the middle of the day
    assert one[0].get_xdata()[0] == pytest.approx(x)
    assert one[0].get_marker() == "o"
    # sources are told apart by colour
    assert len({tuple(matplotlib.colors.to_rgba(a.get_markerfacecolor())) for a in three}) == 3


def test_vague_range_fades_toward_both_ends():
    ax = plot(TL, ax=_ax(), fade_steps=20)
    bars = [a for a in _by_gid(ax, "event-0") if not isinstance(a, (Line2D, Rectangle))]
    assert len(bars) == 2  # one stripe per source
    alphas = [fc[3] for fc in bars[0].get_facecolors()]
    assert len(alphas) == 20
    middle = max(alphas)
    assert alphas[0] < middle / 3 and alphas[-1] < middle / 3
    assert alphas[0] == pytest.approx(alphas[-1])
    # the stripe spans the whole range
    paths = bars[0].get_paths()
    xs = [v[0] for p in paths for v in p.vertices]
    assert min(xs) == pytest.approx(mdates.date2num(datetime(2018, 2, 6)))
    assert max(xs) == pytest.approx(mdates.date2num(datetime(2018, 2, 12)))


def test_precise_range_is_one_solid_bar_with_dashed_outline_when_uncertain():
    ax = plot(TL, ax=_ax())
    arts = _by_gid(ax, "event-1")
    outlines = [a for a in arts if isinstance(a, Rectangle)]
    bars = [a for a in arts if a not in outlines]
    assert len(bars) == 1 and len(bars[0].get_paths()) == 1
    assert len(outlines) == 1 and outlines[0].get_linestyle() == "--"
    # event 0 is vague but not uncertain: drawn, without a dashed outline
    assert _by_gid(ax, "event-0")
    assert not any(isinstance(a, Rectangle) for a in _by_gid(ax, "event-0"))


def test_publication_dates_stated_and_inferred_are_told_apart():
    ax = plot(TL, ax=_ax())
    stated = _by_gid(ax, f"publication-{A}")
    assert len(stated) == 1 and stated[0].get_marker() == "D"
    inferred = _by_gid(ax, f"publication-{C}")
    assert len(inferred) == 1 and inferred[0].get_hatch() == "////"
    xs = [v[0] for p in inferred[0].get_paths() for v in p.vertices]
    assert (min(xs), max(xs)) == pytest.approx(
        (mdates.date2num(datetime(2018, 2, 11)), mdates.date2num(datetime(2018, 2, 14)))
    )
    assert not _by_gid(plot(TL, ax=_ax(), show_publications=False), f"publication-{A}")


def test_labels_are_the_shaped_event_texts_in_timeline_order():
    ax = plot(TL, ax=_ax(), label_chars=30)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    expected = [arabic.label(e.text, 30) for e in EVENTS[:4]]
    assert labels[:4] == expected
    assert labels[4:] == ["a  published (stated)", "b  published (stated)", "c  published (inferred)"]
    # lanes run top to bottom in timeline order
    ticks = list(ax.get_yticks())
    assert ticks == sorted(ticks)
    lo, hi = ax.get_ylim()
    assert lo > hi  # inverted: the first event is at the top


def test_axes_limits_hold_every_range():
    ax = plot(TL, ax=_ax())
    lo, hi = ax.get_xlim()
    for e in EVENTS[:4]:
        assert lo <= mdates.date2num(e.when.start) and mdates.date2num(e.when.end) <= hi
    for d in DOCS:
        assert lo <= mdates.date2num(d.published.start) and mdates.date2num(d.published.end) <= hi


def test_title_legend_and_date_labels():
    ax = plot(TL, ax=_ax())
    assert ax.get_title() == "Timeline of 4 events from 3 articles"
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert texts[:3] == ["a", "b", "c"]
    assert "vague range (faded ends)" in texts and "publication (inferred range)" in texts
    notes = [t.get_text() for t in ax.texts if t.get_gid() == "date-label"]
    assert [n.split("   ")[0] for n in notes[:4]] == ["6–11 Feb 2018 ~", "10–12 Feb 2018 ?", "13 Feb 2018",
                                                      "15 Feb 2018"]
    ax2 = plot(TL, ax=_ax(), title="عنوان", legend=False, show_dates=False)
    assert ax2.get_legend() is None and not [t for t in ax2.texts if t.get_gid() == "date-label"]
    assert ax2.get_title() == arabic.shape("عنوان")


@pytest.mark.parametrize("native", [True, False])
def test_labels_follow_the_renderer_shaping(monkeypatch, native):
    monkeypatch.setattr(arabic, "NATIVE_SHAPING", native)
    ax = plot(TL, ax=_ax(), label_chars=30)
    first = ax.get_yticklabels()[0].get_text()
    logical = arabic.shorten(EVENTS[0].text, 30)
    # matplotlib >= 3.11 shapes by itself and gets reading order; older ones get the
    # joined presentation forms in visual (right-to-left) order
    assert first == (logical if native else arabic.visual(logical))
    if not native:
        assert all(not ("\u0621" <= c <= "\u064a") for c in first)  # no unjoined base letters left


def test_label_font_has_arabic_glyphs():
    ax = plot(TL, ax=_ax())
    fam = ax.get_yticklabels()[0].get_fontfamily()
    assert "DejaVu Sans" in fam


def test_plot_embeds_in_a_larger_figure():
    fig = Figure(figsize=(14, 8))
    left, right = fig.subplots(1, 2)
    right.plot([0, 1], [0, 1])
    got = plot(TL, ax=left, legend=False)
    assert got is left and len(fig.axes) == 2
    assert right.get_title() == ""


def test_plot_rejects_bad_input():
    with pytest.raises(TypeError):
        plot([1, 2, 3], ax=_ax())
    with pytest.raises(ValueError):
        plot(TL, ax=_ax(), label_chars=2)


def test_empty_timeline_draws_an_empty_chart():
    ax = plot(NS(events=[], documents=[]), ax=_ax())
    assert ax.get_title() == "Timeline of 0 events from 0 articles"


def test_save_writes_png_and_svg(tmp_path):
    from timeline.render import save_plot

    save_plot(TL, tmp_path / "t.png")
    save_plot(TL, tmp_path / "t.svg")
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ET.parse(tmp_path / "t.svg")  # well-formed


# -- what is drawn: undated events, confidence, the date window --------------------------------
def _story():
    """The hand-made timeline plus an undated event, a low-confidence one, a vague range
    of years ("في السنوات السابقة") and a month-long range before the story."""
    extra = [
        NS(when=Value.interval(date(2018, 1, 15), date(2018, 2, 15), vague=True), text="عمل النظام على مساعدة التنظيم",
           predicate="enter", numbers=(), confidence=0.3, sources=[_src(B)], undated=True),
        NS(when=Value.day(date(2018, 2, 14)), text="قصف متبادل", predicate="shell", numbers=(), confidence=0.1,
           sources=[_src(A)]),
        NS(when=Value.interval(date(2008, 2, 19), date(2016, 2, 20), "year", vague=True),
           text="نفذ عناصر التنظيم في السنوات السابقة سلسلة من الهجمات", predicate="attack", numbers=(),
           confidence=0.5, sources=[_src(A)]),
        NS(when=Value.interval(date(2017, 9, 1), date(2018, 1, 1), "month", vague=True),
           text="حاصرها النظام أواخر العام الفائت", predicate="besiege", numbers=(), confidence=0.5,
           sources=[_src(C)]),
    ]
    return NS(events=EVENTS[:4] + extra, documents=DOCS)


def test_undated_and_low_confidence_events_are_left_out_and_counted():
    tl = _story()
    ax = plot(tl, ax=_ax(), min_confidence=0.2)
    assert _by_gid(ax, "event-4") == [] and _by_gid(ax, "event-5") == []
    assert ax.timeline_hidden == {"duration": 0, "undated": 1, "low confidence": 1, "beyond max_events": 0}
    assert "not drawn: 1 undated, 1 low confidence events" in ax.get_title()
    ax = plot(tl, ax=_ax(), show_undated=True)
    assert _by_gid(ax, "event-4") and _by_gid(ax, "event-5")
    assert ax.timeline_hidden["undated"] == 0


def test_max_events_keeps_the_most_confident_in_timeline_order():
    ax = plot(TL, ax=_ax(), max_events=2)
    # confidences 0.8, 0.6, 0.9, 0.9: events 2 and 3 stay, in their order
    drawn = [i for i in range(5) if _by_gid(ax, f"event-{i}")]
    assert drawn == [2, 3]
    assert ax.timeline_hidden["beyond max_events"] == 2
    assert "2 less confident (max_events=2)" in ax.get_title()
    with pytest.raises(ValueError):
        plot(TL, ax=_ax(), max_events=0)


def test_many_articles_share_one_publication_lane():
    docs = [NS(id=f"d{k:02d}", published=Value.day(date(2018, 2, 1 + k)), published_how="text" if k % 2 else "inferred",
               published_evidence=()) for k in range(25)]
    ev = NS(when=Value.day(date(2018, 2, 13)), text="أسرت الفصائل 400 عنصر", predicate="capture", numbers=(400,),
            confidence=0.9, sources=[_src("d03")])
    tl = NS(events=[ev], documents=docs)
    ax = plot(tl, ax=_ax())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[1:] == ["published (25 articles, 13 inferred)"]
    ys = {a.get_ydata()[0] for d in docs for a in _by_gid(ax, f"publication-{d.id}")}
    assert len(ys) == 1  # every article on the same lane
    assert len(ax.get_legend().get_texts()) == 8  # no list of 25 articles: one entry + 7 conventions
    ax = plot(tl, ax=_ax(), show_publications=True)
    assert len(ax.get_yticklabels()) == 26
    with pytest.raises(ValueError):
        plot(tl, ax=_ax(), show_publications="some")


def test_auto_window_focuses_on_the_story_and_marks_clipped_ranges():
    ax = plot(_story(), ax=_ax())
    lo, hi = ax.get_xlim()
    lo_day, hi_day = mdates.num2date(lo).date(), mdates.num2date(hi).date()
    # the story: 6 Feb (first short range near the publications) .. 19 Feb (last publication)
    assert date(2018, 2, 4) <= lo_day <= date(2018, 2, 6)
    assert date(2018, 2, 20) <= hi_day <= date(2018, 2, 21)
    # the range of years lies wholly before: a left arrow only, and its note says so
    years = _by_gid(ax, "event-6")
    assert [a.get_marker() for a in years] == ["<"]
    notes = [t.get_text() for t in ax.texts if t.get_gid() == "date-label"]
    assert any(n.startswith("◀ 19 Feb 2008 – 19 Feb 2016 ~") for n in notes)
    # everything drawn stays inside the window
    for art in ax.collections:
        for path in art.get_paths():
            xs = [v[0] for v in path.vertices]
            assert lo <= min(xs) and max(xs) <= hi


def test_window_none_shows_everything_and_an_explicit_window_clips():
    tl = _story()
    ax = plot(tl, ax=_ax(), window=None)
    lo, hi = ax.get_xlim()
    assert lo <= mdates.date2num(datetime(2008, 2, 19)) and mdates.date2num(datetime(2018, 2, 20)) <= hi
    assert not [a for a in ax.lines if a.get_marker() in ("<", ">")]
    ax = plot(tl, ax=_ax(), window=(date(2018, 2, 8), date(2018, 2, 14)))
    assert ax.get_xlim() == pytest.approx((mdates.date2num(datetime(2018, 2, 8)),
                                           mdates.date2num(datetime(2018, 2, 14))))
    # the vague 6-11 Feb range is cut at 8 Feb and marked on the left
    assert "<" in [a.get_marker() for a in _by_gid(ax, "event-0") if isinstance(a, Line2D)]
    with pytest.raises(ValueError):
        plot(tl, ax=_ax(), window=(date(2018, 2, 14), date(2018, 2, 8)))
    with pytest.raises(ValueError):
        plot(tl, ax=_ax(), window="everything")


def test_notes_carry_predicate_and_numbers():
    ax = plot(TL, ax=_ax())
    notes = [t.get_text() for t in ax.texts if t.get_gid() == "date-label"]
    # an Arabic predicate is left out of the left-to-right note (the lane label has the text)
    assert notes[2] == "13 Feb 2018   (400)"
    tl = NS(events=[NS(when=Value.day(date(2018, 2, 13)), text="أسر", predicate="capture", numbers=(300, 400),
                       confidence=1.0, sources=[_src(A)])], documents=DOCS)
    notes = [t.get_text() for t in plot(tl, ax=_ax()).texts if t.get_gid() == "date-label"]
    assert notes[0] == "13 Feb 2018   capture (300, 400)"


# -- readable ranges ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, iso, short",
    [
        (Value.day(date(2018, 2, 12)), "2018-02-12", "12 Feb 2018"),
        (Value.interval(date(2018, 2, 10), date(2018, 2, 13)), "2018-02-10 – 2018-02-12", "10–12 Feb 2018"),
        (Value.interval(date(2018, 1, 28), date(2018, 2, 3)), "2018-01-28 – 2018-02-02", "28 Jan – 2 Feb 2018"),
        (Value.interval(datetime(2018, 2, 19, 5, 45), datetime(2018, 2, 19, 5, 46), "minute"),
         "2018-02-19 05:45", "19 Feb 2018 05:45"),
        (Value.interval(datetime(2018, 2, 12, 18), datetime(2018, 2, 13), "hour"),
         "2018-02-12 18:00–24:00", "12 Feb 2018 18:00–24:00"),
        (Value.interval(datetime(2018, 2, 10, 4), datetime(2018, 2, 12), "hour"),
         "2018-02-10 04:00 – 2018-02-11 24:00", "10 Feb 04:00 – 11 Feb 2018 24:00"),
        (Value.interval(datetime(2018, 2, 12, 18), datetime(2018, 2, 13, 6), "hour"),
         "2018-02-12 18:00 – 2018-02-13 06:00", "12 Feb 18:00 – 13 Feb 2018 06:00"),
        (Value.of_duration("P3D", "day"), "P3D", "P3D"),
    ],
)
def test_format_range(value, iso, short):
    assert format_range(value) == iso
    assert format_range(value, "short") == short


def test_describe_flags():
    assert describe(Value.day(date(2018, 2, 12), vague=True)) == "2018-02-12 ~"
    assert describe(Value.day(date(2018, 2, 12), uncertain=True)) == "2018-02-12 ?"
    assert describe(Value.day(date(2018, 2, 12), vague=True, uncertain=True)) == "2018-02-12 %"


# -- the text table --------------------------------------------------------------------
def test_table_lists_articles_and_events_with_ranges_flags_sources():
    out = format_table(TL)
    lines = out.splitlines()
    assert lines[0] == "Articles (3)"
    k = next(i for i, line in enumerate(lines) if line.strip().startswith("c ") and "inferred" in line)
    assert "2018-02-11 – 2018-02-13" in lines[k] and " ? " in lines[k]
    # the clues, one per line under the article
    assert lines[k + 1].strip() == "+ اليوم الثلاثاء" and lines[k + 2].strip() == "+ شباط الجاري"
    row_1 = next(line for line in lines if line.strip().startswith("1 "))
    assert "2018-02-06 – 2018-02-11" in row_1 and " ~ " in row_1 and "b,c" in row_1
    assert "سيطر عناصر التنظيم" in row_1
    assert "Events (5)" in lines and any("P3D" in line for line in lines)


def test_table_marks_undated_events_and_disagreements():
    disputed = NS(when=Value.day(date(2018, 2, 13)), text="أسرت الفصائل مئات العناصر", predicate="capture",
                  numbers=(300, 400), confidence=0.9, sources=[_src(A), _src(B)],
                  disagreements=("numbers differ: 300 (a) vs 400 (b)",), undated=False)
    undated = NS(when=Value.interval(date(2018, 1, 15), date(2018, 2, 15), vague=True), text="قصف متبادل",
                 predicate="shell", numbers=(), confidence=0.3, sources=[_src(B)], disagreements=(), undated=True)
    docs = [DOCS[0], NS(**{**vars(DOCS[2]), "published_conflicts": ("«اليوم الأحد»: not a Sunday",)})]
    tl = NS(events=[disputed, undated], documents=docs)
    lines = format_table(tl).splitlines()
    row = next(line for line in lines if line.strip().startswith("1 "))
    assert " ! " in row
    assert lines[lines.index(row) + 1].strip() == "! numbers differ: 300 (a) vs 400 (b)"
    row2 = next(line for line in lines if line.strip().startswith("2 "))
    assert " ~u " in row2
    assert any(line.strip() == "! conflict: «اليوم الأحد»: not a Sunday" for line in lines)
    short = format_table(tl, dated_only=True).splitlines()
    assert "Events (2): 1 undated not shown" in short
    assert not any(line.strip().startswith("2 ") for line in short)


# -- CSV and DataFrame ---------------------------------------------------------------------
def test_csv_has_one_row_per_event_with_iso_half_open_ranges():
    rows = list(csv.DictReader(io.StringIO(to_csv(TL))))
    assert len(rows) == 5
    r = rows[0]
    assert (r["start"], r["end"], r["range"]) == ("2018-02-06T00:00", "2018-02-12T00:00", "2018-02-06 – 2018-02-11")
    assert (r["vague"], r["uncertain"], r["documents"]) == ("true", "false", f"{B};{C}")
    assert r["sources"] == f"{B}:0-5;{C}:10-20"
    assert r["edtf"] == "2018-02-06~/2018-02-11~"
    assert rows[2]["numbers"] == "400" and rows[2]["timex"] == "2018-02-13"
    assert rows[4]["start"] == "" and rows[4]["timex"] == "P3D"


def test_csv_of_documents_and_to_file(tmp_path):
    path = tmp_path / "docs.csv"
    to_csv(TL, path, what="documents")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == [A, B, C]
    assert rows[2]["published_how"] == "inferred"
    assert rows[2]["edtf"] == "2018-02-11?/2018-02-13?"
    assert rows[2]["published_evidence"] == "اليوم الثلاثاء; شباط الجاري"
    with pytest.raises(ValueError):
        to_csv(TL, what="people")


def test_dataframe_without_pandas_raises_a_clear_import_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        to_dataframe(TL)


def test_dataframe_with_pandas():
    pd = pytest.importorskip("pandas")
    df = to_dataframe(TL)
    assert list(df.columns)[:3] == ["event", "start", "end"]
    assert len(df) == 5
    assert df.loc[0, "start"] == pd.Timestamp("2018-02-06") and bool(df.loc[0, "vague"]) is True
    assert pd.isna(df.loc[4, "start"])


# -- TimeML ---------------------------------------------------------------------------
ARTICLE = (
    "قال مصدر <عسكري> & ميداني إن الفصائل أسرت أمس 400 عنصر، بعد معارك بدأت قبل يومين "
    "في ريف إدلب، وذلك في 10 شباط 2018."
)


def _timex(root):
    return root.iter("TIMEX3")


def test_timeml_is_well_formed_with_creation_time_and_unique_tids():
    doc = NS(id="x&y", text=ARTICLE, published=Value.day(date(2018, 2, 13)), published_how="metadata")
    root = ET.fromstring(to_timeml(doc).encode("utf-8"))
    assert root.tag == "TimeML" and root.findtext("DOCID") == "x&y"
    dct = root.find("DCT/TIMEX3")
    assert dct.get("functionInDocument") == "CREATION_TIME"
    assert dct.get("value") == "2018-02-13" and dct.get("type") == "DATE"
    tids = [t.get("tid") for t in _timex(root)]
    assert len(tids) == len(set(tids)) >= 3
    # the text survives escaping: TEXT's string content is the article
    assert "".join(root.find("TEXT").itertext()) == ARTICLE


def test_timeml_values_match_extract():
    ref = Value.day(date(2018, 2, 13))
    doc = NS(id="a", text=ARTICLE, published=ref, published_how="text")
    root = ET.fromstring(to_timeml(doc))
    tagged = [(t.text, t.get("value"), t.get("type")) for t in root.find("TEXT").iter("TIMEX3")]
    expected = [(m.text, m.value.timex) for m in timeline.extract(ARTICLE, reference=ref) if m.value is not None]
    assert [(t, v) for t, v, _ in tagged] == expected
    values = {t: v for t, v, _ in tagged}
    # by hand: DCT Tuesday 13 Feb 2018
    assert values["أمس"] == "2018-02-12"
    assert values["10 شباط 2018"] == "2018-02-10"
    rel = {t.text: t.get("anchorTimeID") for t in root.find("TEXT").iter("TIMEX3")}
    assert rel["أمس"] == "t0" and rel["10 شباط 2018"] is None


def test_timeml_inferred_creation_time_is_a_range_comment():
    ref = Value.interval(date(2018, 2, 11), date(2018, 2, 14), uncertain=True)
    doc = NS(id="c", text="أسرت الفصائل أمس 400 عنصر", published=ref, published_how="inferred")
    out = to_timeml(doc)
    root = ET.fromstring(out)
    assert root.find("DCT/TIMEX3").get("functionInDocument") == "CREATION_TIME"
    assert "2018-02-11?/2018-02-13?" in out
    amss = [t for t in root.find("TEXT").iter("TIMEX3") if t.text == "أمس"]
    assert amss and amss[0].get("value") == timeline.resolve("أمس", reference=ref).timex


def test_timeml_drops_characters_xml_forbids():
    doc = NS(id="z", text="قبل يومين\x00\x07 وصل", published=Value.day(date(2018, 2, 13)))
    root = ET.fromstring(to_timeml(doc))  # would raise on \x00
    assert "\x00" not in "".join(root.itertext())


def test_write_timeml_one_file_per_article(tmp_path):
    docs = [NS(id="a/1", text="وصلوا أمس", published=Value.day(date(2018, 2, 13)), published_how="text"),
            NS(id="b", text="لا تاريخ هنا", published=None, published_how=None)]
    paths = write_timeml(NS(documents=docs, events=[]), tmp_path / "tml")
    assert [p.name for p in paths] == ["a_1.tml", "b.tml"]
    assert ET.parse(paths[0]).getroot().find("DCT/TIMEX3").get("value") == "2018-02-13"
    assert ET.parse(paths[1]).getroot().find("DCT") is None


def test_to_timeml_needs_text():
    with pytest.raises(TypeError):
        to_timeml(NS(id="a"))


# -- the seed corpus end to end ----------------------------------------------------------------
def test_seed_chart_draws_every_dated_event_and_article():
    tl = timeline.build(timeline.Corpus.from_dir(SEEDS))
    ax = plot(tl, ax=_ax())
    dated = [i for i, e in enumerate(tl.events) if e.when.start is not None and not e.undated]
    assert dated, "the seed timeline has no dated event"
    for i in dated:
        assert _by_gid(ax, f"event-{i}"), f"event {i} ({tl.events[i].when}) not drawn"
    assert ax.timeline_hidden["undated"] == sum(1 for e in tl.events if e.undated)
    for d in tl.documents:
        assert _by_gid(ax, f"publication-{d.id}")
    # every publication date is inside the window; a range that leaves it is marked
    lo, hi = ax.get_xlim()
    for d in tl.documents:
        assert lo <= mdates.date2num(d.published.start) and mdates.date2num(d.published.end) <= hi
    for i in dated:
        w = tl.events[i].when
        markers = {a.get_marker() for a in _by_gid(ax, f"event-{i}") if isinstance(a, Line2D)}
        assert ("<" in markers) == (mdates.date2num(w.start) < lo)
        assert (">" in markers) == (mdates.date2num(w.end) > hi)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[: len(dated)] == [arabic.label(tl.events[i].label or tl.events[i].text, 48) for i in dated]


# -- the documented JSON schema -------------------------------------------------------------
VALUE_KEYS = {"start", "end", "grain", "timex", "edtf", "duration", "vague", "uncertain", "mod", "notes"}
DOCUMENT_KEYS = {"id", "title", "source", "url", "published", "published_how", "published_evidence",
                 "published_conflicts", "published_days", "published_likely", "published_edtf", "published_weights",
                 "undated_reports", "published_offset"}
EVENT_KEYS = {"id", "when", "text", "predicate", "numbers", "confidence", "places", "groups", "topics",
              "disagreements", "undated", "sources", "label", "class_en", "class_ar"}
SOURCE_KEYS = {"document_id", "start", "end", "text", "predicate", "dating", "date_text", "when"}


def test_to_dict_matches_the_schema_in_docs_formats():
    import json

    tl = timeline.build(timeline.Corpus.from_dir(SEEDS))
    data = json.loads(tl.to_json())
    assert data == tl.to_dict()
    assert set(data) == {"schema_version", "documents", "events", "hidden_events"}
    doc_text = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    for key in VALUE_KEYS | DOCUMENT_KEYS | EVENT_KEYS | SOURCE_KEYS:
        assert f"`{key}`" in doc_text, f"{key} is not documented in docs/formats.md"
    for d in data["documents"]:
        assert set(d) == DOCUMENT_KEYS
        assert d["published_how"] in ("metadata", "text", "inferred", None)
        if d["published"] is not None:
            assert set(d["published"]) == VALUE_KEYS
    texts = {d.id: (SEEDS / f"{d.id}.txt").read_text(encoding="utf-8") for d in tl.documents}
    for e in data["events"]:
        assert set(e) == EVENT_KEYS and set(e["when"]) == VALUE_KEYS
        assert e["when"]["start"] < e["when"]["end"]
        for s in e["sources"]:
            assert set(s) == SOURCE_KEYS
            assert s["dating"] in ("own", "inherited", "reported", "undated")
            assert texts[s["document_id"]][s["start"]:s["end"]] == s["text"]


def test_seed_timeml_matches_extract_with_each_articles_publication_value(tmp_path):
    corpus = timeline.Corpus.from_dir(SEEDS)
    tl = timeline.build(corpus)
    paths = write_timeml(tl, tmp_path, documents=list(corpus))
    assert len(paths) == len(corpus) == 5
    for info, path in zip(tl.documents, paths):
        text = corpus[info.id].text
        root = ET.parse(path).getroot()
        assert root.findtext("DOCID") == info.id
        dct = root.find("DCT/TIMEX3")
        assert dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == info.published.timex
        assert "".join(root.find("TEXT").itertext()) == text
        tags = list(root.find("TEXT").iter("TIMEX3"))
        tids = [dct.get("tid")] + [t.get("tid") for t in tags]
        assert len(tids) == len(set(tids))
        expected = [(m.text, m.value.timex) for m in timeline.extract(text, reference=info.published)
                    if m.value is not None and m.value.timex]
        assert [(t.text, t.get("value")) for t in tags] == expected
        if info.published_how == "inferred" and info.published.end - info.published.start > timedelta(days=1):
            assert f"inferred: {info.published.edtf}" in path.read_text(encoding="utf-8")


def test_timeml_types_refs_as_dates_and_sets_as_sets():
    # TimeML: PAST_REF/PRESENT_REF/FUTURE_REF are DATE values, "كل يوم" a SET, "ثلاثة أيام" a DURATION
    from timeline.render.timeml import timex_type

    ref = date(2018, 2, 13)
    assert timex_type(timeline.resolve("قبل بضعة أيام", reference=ref)) == "DATE"
    assert timex_type(timeline.resolve("كل يوم", reference=ref)) == "SET"
    assert timex_type(timeline.resolve("ثلاثة أيام", reference=ref)) == "DURATION"
    assert timex_type(timeline.resolve("الساعة الخامسة مساء", reference=ref)) == "TIME"

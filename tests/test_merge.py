"""Merging event mentions across articles (hand-built mentions, dates by hand)."""

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.merge as merge_mod
from timeline.events import EventMention, Frame
from timeline.merge import MergeSettings, counts_close, merge
from timeline.values import Value


def day(d, n=1, **kw):
    return Value.interval(d, d + timedelta(days=n), "day", **kw)


def em(doc, start, predicate, when, *, places=(), groups=(), regions=(), topics=(), counts=(),
       agent=None, dating="own"):
    f = Frame(
        document_id=doc, start=start, end=start + 10, text=f"{doc}:{start}", predicate=predicate,
        trigger="x", trigger_start=start, trigger_end=start + 1, sentence=(start, start + 10),
        numbers=tuple(c[0] for c in counts), counts=tuple(counts), places=tuple(places),
        place_keys=tuple(places), regions=tuple(regions), groups=tuple(groups), topics=tuple(topics),
        agent=agent, dating=dating, date_span=None, date_text=None,
    )
    if dating == "undated":
        return EventMention(f, when, None, when.end)
    return EventMention(f, when, when.start, when.end)


FEB = lambda d: date(2018, 2, d)  # noqa: E731


def _key(clusters):
    return sorted(sorted((m.document_id, m.start) for m in c.members) for c in clusters)


def test_counts_close():
    assert counts_close((300, 300), (400, 400))
    assert not counts_close((80, 80), (400, 400))
    assert counts_close((100, 999), (400, 400))  # "المئات" and 400
    assert not counts_close((10, 99), (400, 400))  # "العشرات" and 400


def test_capture_and_surrender_of_300_and_400_merge_and_flag_the_numbers():
    a = em("000", 5, "surrender", day(FEB(19), 1), counts=[(300, 300)], groups=["داعش"], regions=["إدلب"], dating="undated")
    a = EventMention(a.frame, Value.interval(FEB(19) - timedelta(days=30), FEB(20), vague=True), None, datetime(2018, 2, 20))
    b = em("001", 9, "capture", day(FEB(8), 8), counts=[(400, 400)], groups=["داعش", "المعارضة"], regions=["إدلب"])
    c = em("002", 3, "capture", day(FEB(13)), counts=[(400, 400), (80, 80)], groups=["داعش", "المعارضة"], regions=["إدلب"])
    clusters = merge([a, b, c])
    assert len(clusters) == 1
    cl = clusters[0]
    # merged date = intersection of the dated mentions (13 Feb inside 8-15 Feb), within
    # the undated report's "by 19 Feb"
    assert (cl.when().start, cl.when().end) == (datetime(2018, 2, 13), datetime(2018, 2, 14))
    assert any("300" in d and "400" in d for d in cl.disagreements())
    assert cl.documents == ["000", "001", "002"]


def test_different_places_do_not_merge_and_far_counts_block():
    a = em("a", 1, "seize", day(FEB(12)), places=["حن"], groups=["داعش"])
    b = em("b", 1, "seize", day(FEB(12)), places=["تمنعه"], groups=["داعش"])
    assert len(merge([a, b])) == 2
    c = em("c", 1, "capture", day(FEB(12)), counts=[(8, 8)], places=["حن"])
    d = em("d", 1, "capture", day(FEB(12)), counts=[(400, 400)], places=["حن"])
    assert len(merge([c, d])) == 2


def test_opposite_actors_do_not_merge_a_seizure():
    a = em("a", 1, "seize", day(FEB(12)), places=["حن"], agent="isis")
    b = em("b", 1, "seize", day(FEB(12)), places=["حن"], agent="opposition")
    assert len(merge([a, b])) == 2


def test_disjoint_dates_keep_events_apart_unless_identity_is_strong():
    a = em("a", 1, "seize", day(FEB(1)), places=["حن"])
    b = em("b", 1, "seize", day(FEB(20)), places=["حن"])
    assert len(merge([a, b])) == 2  # one place in common: two seizures of the village
    c = em("c", 1, "capture", day(FEB(1)), places=["حن"], counts=[(400, 400)], groups=["داعش"])
    d = em("d", 1, "capture", day(FEB(20)), places=["حن"], counts=[(400, 400)], groups=["داعش"])
    (cl,) = merge([c, d])  # same village, same 400, same group: one event whose sources disagree
    assert any("dates disagree" in x for x in cl.disagreements())


def test_recurring_fighting_does_not_merge_undated_across_articles():
    a = em("a", 1, "clash", day(FEB(11)), places=["حلحل"])
    b = em("b", 1, "clash", day(FEB(12)), places=["حلحل"], dating="undated")
    assert len(merge([a, b])) == 2
    c = em("c", 1, "clash", day(FEB(11)), places=["حلحل"])
    assert len(merge([a, c])) == 1  # both dated, same day, same place


def test_groups_alone_are_not_enough():
    a = em("a", 1, "enter", day(FEB(9), 3), groups=["داعش"])
    b = em("b", 1, "enter", day(FEB(9), 3), groups=["داعش"])
    assert len(merge([a, b])) == 2
    c = em("c", 1, "enter", day(FEB(9), 3), groups=["داعش", "النظام"], regions=["إدلب"])
    d = em("d", 1, "enter", day(FEB(9), 3), groups=["داعش", "النظام"], regions=["إدلب"])
    assert len(merge([c, d])) == 1


def test_index_avoids_all_pairs():
    # 3000 mentions about 1000 different villages: each mention is scored only against
    # clusters it shares a key with, never against all clusters
    calls = 0
    real = merge_mod.score

    def counting(c, m):
        nonlocal calls
        calls += 1
        return real(c, m)

    ms = [em(f"d{i}", k, "seize", day(FEB(1 + i % 20)), places=[f"قرية{i % 1000}"]) for k in range(3) for i in range(1000)]
    merge_mod.score = counting
    try:
        clusters = merge(ms)
    finally:
        merge_mod.score = real
    assert len(clusters) == 1000
    assert calls <= 3 * len(ms)  # all pairs would be ~4.5 million


@settings(max_examples=30, deadline=None)
@given(st.permutations(list(range(7))))
def test_merging_is_order_independent(order):
    ms = [
        em("000", 5, "surrender", day(FEB(13)), counts=[(300, 300)], groups=["داعش"], regions=["إدلب"]),
        em("001", 9, "capture", day(FEB(8), 8), counts=[(400, 400)], groups=["داعش"], regions=["إدلب"]),
        em("002", 3, "capture", day(FEB(13)), counts=[(400, 400)], groups=["داعش"]),
        em("001", 50, "seize", day(FEB(8), 6), places=["حن", "زرزر"], agent="isis"),
        em("003", 7, "seize", day(FEB(12)), places=["حن"], agent="isis"),
        em("002", 40, "seize", day(FEB(10), 4), places=["حن"], agent="opposition"),
        em("004", 2, "open_corridor", day(FEB(10)), topics=["corridor"]),
    ]
    base = merge(ms)
    shuffled = merge([ms[i] for i in order])
    assert _key(base) == _key(shuffled)
    assert sorted((c.when().start, c.when().end) for c in base) == sorted((c.when().start, c.when().end) for c in shuffled)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=40), st.integers(min_value=1, max_value=10)),
        min_size=1,
        max_size=5,
    )
)
def test_intersection_never_widens_a_range(spans):
    # all mentions of one event (same place): the merged range lies inside every mention's
    # range when they overlap, and never outside the hull
    ms = [em(f"d{i}", 1, "seize", day(date(2018, 1, 1) + timedelta(days=s), n), places=["حن"]) for i, (s, n) in enumerate(spans)]
    for c in merge(ms):
        w = c.when()
        for m in c.members:
            if all(x.when.overlaps(m.when) for x in c.members):
                assert m.when.start <= w.start and w.end <= m.when.end
        assert min(m.when.start for m in c.members) <= w.start and w.end <= max(m.when.end for m in c.members)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=20),
    st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=20),
)
def test_value_intersect_never_widens(s1, n1, s2, n2):
    a = day(date(2018, 1, 1) + timedelta(days=s1), n1)
    b = day(date(2018, 1, 1) + timedelta(days=s2), n2)
    x = a.intersect(b)
    if x is None:
        assert not a.overlaps(b)
    else:
        assert a.contains(x) and b.contains(x)


def test_settings_threshold_is_used():
    a = em("a", 1, "enter", day(FEB(9), 3), groups=["داعش", "النظام"], regions=["إدلب"])
    b = em("b", 1, "enter", day(FEB(9), 3), groups=["داعش", "النظام"], regions=["إدلب"])
    assert len(merge([a, b], MergeSettings(threshold=10))) == 2

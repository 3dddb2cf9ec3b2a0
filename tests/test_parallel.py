"""timeline.parallel: the workers= helpers give the same results, in the same order, as a loop."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import timeline
from timeline.parallel import extract_many, extract_one, pmap, resolve_workers
from timeline.values import Value

REF = date(2018, 2, 13)  # a Tuesday

TEXTS = [
    "قال مصدر إن الهجوم وقع أمس في ريف إدلب.",
    "",
    "لا تاريخ في هذا النص.",
    "استسلم المقاتلون قبل يومين، وأعلنت الفصائل ذلك في 19 شباط 2018.",
    "وصل الوفد يوم الخميس الماضي إلى المدينة.",
]


def _square(x):
    return x * x


def _fail_on_three(x):
    if x == 3:
        raise ValueError("three")
    return x


def test_pmap_keeps_order_in_process_and_in_a_pool():
    items = list(range(50))
    expected = [x * x for x in items]
    assert pmap(_square, items, workers=1) == expected
    assert pmap(_square, items, workers=2) == expected
    assert pmap(_square, items, workers=2, chunksize=7) == expected


def test_pmap_empty_and_single():
    assert pmap(_square, [], workers=2) == []
    assert pmap(_square, [4], workers=2) == [16]


def test_pmap_raises_the_workers_exception():
    with pytest.raises(ValueError, match="three"):
        pmap(_fail_on_three, range(6), workers=2, chunksize=1)


def test_extract_many_equals_a_loop_with_one_reference():
    loop = [timeline.extract(t, reference=REF) for t in TEXTS]
    assert extract_many(TEXTS, reference=REF) == loop
    assert extract_many(TEXTS, reference=REF, workers=2, chunksize=1) == loop


def test_extract_many_values_computed_by_hand():
    got = extract_many(TEXTS, reference=REF, workers=2)
    assert len(got) == len(TEXTS)
    # text 0: أمس = the day before Tue 13 Feb 2018
    (m,) = got[0]
    assert m.text == "أمس"
    assert (m.value.start, m.value.end) == (datetime(2018, 2, 12), datetime(2018, 2, 13))
    assert got[1] == [] and got[2] == []
    # text 3: قبل يومين = 11 Feb; 19 شباط 2018 = 19 Feb
    days = [(m.value.start, m.value.end) for m in got[3]]
    assert (datetime(2018, 2, 11), datetime(2018, 2, 12)) in days
    assert (datetime(2018, 2, 19), datetime(2018, 2, 20)) in days
    # text 4: الخميس الماضي = the Thursday strictly before Tue 13 Feb = 8 Feb
    (m,) = got[4]
    assert (m.value.start, m.value.end) == (datetime(2018, 2, 8), datetime(2018, 2, 9))


def test_extract_many_one_reference_per_text():
    refs = [date(2018, 2, 13), None, date(2020, 1, 1), datetime(2018, 2, 13, 9, 30), date(2019, 5, 5)]
    loop = [timeline.extract(t, reference=r) for t, r in zip(TEXTS, refs)]
    got = extract_many(TEXTS, reference=refs, workers=2, chunksize=2)
    assert got == loop
    # no reference: أمس is found but has no value
    assert extract_many(["أمس"], reference=[None])[0][0].value is None
    # the reference of text 4 is Sun 5 May 2019: the Thursday before is 2 May
    assert got[4][0].value.start == datetime(2019, 5, 2)


def test_extract_many_value_reference_and_prefer():
    rng = Value.interval(date(2018, 2, 12), date(2018, 2, 14), "day")
    assert extract_many(["أمس"], reference=rng, workers=1) == [timeline.extract("أمس", reference=rng)]
    # a bare weekday: prefer="future" gives the next Thursday on/after Tue 13 Feb = 15 Feb
    (ms,) = extract_many(["الخميس"], reference=REF, prefer="future", workers=2)
    assert ms[0].value.start == datetime(2018, 2, 15)


def test_extract_one_is_extract():
    assert extract_one((TEXTS[0], REF, "past")) == timeline.extract(TEXTS[0], reference=REF)


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"texts": "أمس"}, TypeError),
        ({"texts": [b"bytes"]}, TypeError),
        ({"texts": ["أمس", 5]}, TypeError),
        ({"texts": ["أمس"], "reference": "2018-02-13"}, TypeError),
        ({"texts": ["أمس"], "reference": [REF, REF]}, ValueError),
        ({"texts": ["أمس", "أمس"], "reference": [REF, "x"]}, TypeError),
        ({"texts": ["أمس"], "reference": 5}, TypeError),
        ({"texts": ["أمس"], "prefer": "soon"}, ValueError),
        ({"texts": ["أمس"], "workers": -1}, ValueError),
        ({"texts": ["أمس"], "workers": 1.5}, TypeError),
        ({"texts": ["أمس"], "workers": True}, TypeError),
        ({"texts": ["أمس"], "chunksize": 0}, ValueError),
        ({"texts": ["أمس"], "chunksize": "2"}, TypeError),
    ],
)
def test_bad_arguments_are_clear_errors(kwargs, error):
    kwargs = dict(kwargs)
    texts = kwargs.pop("texts")
    with pytest.raises(error):
        extract_many(texts, **kwargs)


def test_resolve_workers():
    assert resolve_workers(3) == 3
    assert resolve_workers(None) >= 1
    assert resolve_workers(0) == resolve_workers(None)
    with pytest.raises(ValueError):
        resolve_workers(-2)
    with pytest.raises(TypeError):
        resolve_workers("2")
    with pytest.raises(TypeError):
        pmap(5, [1])


# -- workers= in the corpus layer -------------------------------------------------------------
from pathlib import Path  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _mixed_corpus():
    """The seeds plus an article with a metadata range and one with no date at all, so
    that every branch of build's per-document stages runs in the workers."""
    docs = list(timeline.Corpus.from_dir(SEEDS))
    docs.append(timeline.Document("سيطر التنظيم على قرية الخوين أمس بعد اشتباكات.", id="range",
                                  published=Value.interval(datetime(2018, 2, 1), datetime(2018, 3, 1), "month")))
    docs.append(timeline.Document("وصل الوفد إلى قرية الخوين يوم الخميس الماضي.", id="undated"))
    docs.append(timeline.Document("استسلم عناصر التنظيم في قرية الخوين أمس.", id="dated", published=REF))
    return timeline.Corpus(docs)


def test_build_with_two_workers_gives_the_same_timeline_as_one():
    corpus = timeline.Corpus.from_dir(SEEDS)
    one = timeline.build(corpus, workers=1).to_json()
    assert timeline.build(corpus, workers=2).to_json() == one
    assert timeline.build(corpus).to_json() == one  # 1 is the default
    mixed = _mixed_corpus()
    assert timeline.build(mixed, workers=2).to_json() == timeline.build(mixed, workers=1).to_json()


def test_build_progress_with_workers_reaches_every_document():
    corpus = timeline.Corpus.from_dir(SEEDS)
    calls = []
    timeline.build(corpus, workers=2, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, len(corpus)) and calls[-1] == (len(corpus), len(corpus))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize("workers, error", [(-1, ValueError), ("2", TypeError), (1.5, TypeError)])
def test_build_bad_workers_is_a_clear_error(workers, error):
    with pytest.raises(error, match="workers"):
        timeline.build(timeline.Corpus([timeline.Document("أمس", published=REF)]), workers=workers)


def test_corpus_extract_equals_a_loop_for_any_workers():
    corpus = _mixed_corpus()
    loop = {}
    for d in corpus:
        # one metadata day -> resolved against it; a range or no date -> no reference
        ref = d.published.start.date() if d.published is not None and d.id != "range" else None
        loop[d.id] = timeline.extract(d.text, reference=ref)
    assert corpus.extract() == loop
    assert corpus.extract(workers=2) == loop
    assert list(corpus.extract(workers=2)) == [d.id for d in corpus]
    got = corpus.extract(workers=2)
    # one metadata day (Tuesday 13 February 2018): "أمس" is Monday the 12th
    [m] = got["dated"]
    assert (m.text, m.value.start, m.value.end) == ("أمس", datetime(2018, 2, 12), datetime(2018, 2, 13))
    # a metadata range or no date: no reference, relative expressions unresolved
    assert [(m.text, m.value) for m in got["range"]] == [("أمس", None)]
    assert [(m.text, m.value) for m in got["undated"]] == [("يوم الخميس الماضي", None)]


def test_mentions_values_and_meanings_pickle_to_equal_records():
    import pickle

    from timeline import meaning as M

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    mentions = [m for text in texts for m in timeline.extract(text, reference=REF)]
    kinds = {type(m.meaning) for m in mentions}
    assert len(kinds) >= 6
    back = pickle.loads(pickle.dumps(mentions, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == mentions
    assert [m.meaning for m in back] == [m.meaning for m in mentions]  # Mention.__eq__ skips meaning
    assert all(type(b.meaning) is type(m.meaning) for b, m in zip(back, mentions))
    # every meaning record round-trips, including one-field ones
    for rec in (M.Anaphoric(1), M.DayOffset(-1, 1), M.Decade(1990)):
        assert pickle.loads(pickle.dumps(rec)) == rec
        assert rec.__reduce__()[0] is type(rec)  # pickled as a call of the class (timeline._records)


def test_pickle_by_fields_refuses_classes_it_would_copy_wrongly():
    import attrs

    from timeline._records import pickle_by_fields

    @attrs.frozen
    class Converted:
        x: int = attrs.field(converter=int)

    with pytest.raises(TypeError, match="converter"):
        pickle_by_fields(Converted)

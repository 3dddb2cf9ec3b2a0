"""Reloading a timeline from its JSON (timeline.load, Timeline.from_json), the shipped
JSON Schema, schema_version, and the content-derived event ids and total order."""

import hashlib
import io
import json
import subprocess
import sys
from datetime import date, datetime

import attrs
import pytest

import timeline
from timeline import DocumentInfo, Event, Source, Timeline, Value
from timeline.ids import event_id, ordered, sort_key
from timeline.schema import SCHEMA_VERSION, json_schema

from _seed_timeline import seed_timeline

jsonschema = pytest.importorskip("jsonschema")


def _validator():
    return jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())


def _small() -> Timeline:
    """Every kind of field: an hour value with notes and mod, a duration, an unknown
    publication date, candidate days, a URL, an undated event with disagreements."""
    hour = Value.interval(datetime(2018, 2, 13, 17), datetime(2018, 2, 13, 18), "hour", notes=("note «ا»",))
    days = Value.interval(date(2018, 2, 10), date(2018, 2, 12), "day", uncertain=True, mod="END")
    dur = Value.of_duration("P3D", "day", vague=True)
    s1 = Source("a", 0, 5, "أسرت", "capture", "own", "اليوم", hour)
    s2 = Source("b", 10, 20, "قتل", "kill", "undated", None, days)
    events = [
        Event("e1", hour, "أسرت الفصائل 400", "capture", (400, 2), 0.85, (s1,), places=("إدلب",),
              groups=("داعش",), topics=("x",), disagreements=("numbers differ",)),
        Event("e2", days, "قتل", "kill", (), 0.3, (s2,), undated=True),
        Event("e3", dur, "مدة", "clash", (), 1.0, (s2, s1)),
    ]
    docs = [
        DocumentInfo("a", hour, "text", ("stated",), (), (date(2018, 2, 13),), "عنوان", "outlet", "https://x.test/a"),
        DocumentInfo("b", days, "inferred", ("clue",), ("conflict",), (date(2018, 2, 10), date(2018, 2, 11))),
        DocumentInfo("c", None, None),
    ]
    return Timeline(events, docs)


# -- round trip --------------------------------------------------------------------------
def test_seed_timeline_round_trips_exactly():
    tl = seed_timeline()
    text = tl.to_json()
    back = timeline.load(text)
    assert back.to_json() == text
    assert back.events == tl.events and back.documents == tl.documents
    assert Timeline.from_json(text).to_json() == text


def test_every_field_kind_round_trips():
    tl = _small()
    text = tl.to_json()
    back = Timeline.from_json(text)
    assert back.to_json() == text
    assert back.events == tl.events and back.documents == tl.documents
    assert back.events[2].when.is_duration and back.documents[2].published is None
    assert back.documents[1].published_days == (date(2018, 2, 10), date(2018, 2, 11))
    assert isinstance(back.events[0].numbers, tuple) and isinstance(back.events[0].sources[0], Source)


def test_load_reads_paths_files_and_bytes(tmp_path):
    tl = _small()
    text = tl.to_json()
    p = tmp_path / "t.json"
    p.write_text(text, encoding="utf-8")
    for src in (p, str(p), io.StringIO(text), io.BytesIO(text.encode()), text.encode()):
        assert timeline.load(src).to_json() == text
    with pytest.raises(TypeError):
        timeline.load(42)


def test_load_of_a_folder_says_how_to_build_one(tmp_path):
    with pytest.raises(IsADirectoryError, match="Corpus.from_path"):
        timeline.load(tmp_path)


def test_schema_version_is_written_first_and_checked():
    d = json.loads(_small().to_json())
    assert list(d)[0] == "schema_version" and d["schema_version"] == SCHEMA_VERSION
    older = dict(d)
    del older["schema_version"]  # written before the field existed: read as 1.0
    assert len(timeline.load(json.dumps(older))) == 3
    newer = dict(d, schema_version="2.0")
    with pytest.raises(ValueError, match="newer"):
        timeline.load(json.dumps(newer))
    with pytest.raises(ValueError, match="not a timeline"):
        timeline.load("{}")


def test_unknown_keys_are_ignored_so_newer_minor_files_load():
    d = json.loads(_small().to_json())
    d["schema_version"] = "1.7"
    d["events"][0]["label_of_a_later_release"] = "تسمية"
    d["documents"][0]["candidate_days"] = []
    d["events"][0]["sources"][0]["when"]["extra"] = 1
    back = timeline.load(json.dumps(d, ensure_ascii=False))
    assert back.events == _small().events


def test_a_wrong_type_names_the_field():
    d = json.loads(_small().to_json())
    d["events"][0]["when"]["start"] = 5
    with pytest.raises(ValueError, match="Event.when"):
        timeline.load(json.dumps(d))


# -- the JSON Schema ----------------------------------------------------------------------
def test_schema_file_is_package_data_and_a_valid_schema():
    from importlib import resources

    assert resources.files("timeline.schema").joinpath("timeline.schema.json").is_file()
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_seed_and_small_timelines_follow_the_schema():
    v = _validator()
    for tl in (seed_timeline(), _small()):
        errors = sorted(v.iter_errors(json.loads(tl.to_json())), key=str)
        assert not errors, errors[0]


@pytest.mark.parametrize(
    "path, bad",
    [
        (("schema_version",), 1),
        (("events", 0, "when", "grain"), "fortnight"),
        (("events", 0, "sources"), []),
        (("events", 0, "sources", 0, "dating"), "later"),
        (("documents", 0, "published_days", 0), "13/02/2018"),
        (("events", 0, "confidence"), 1.5),
    ],
)
def test_schema_rejects_broken_documents(path, bad):
    d = json.loads(_small().to_json())
    node = d
    for k in path[:-1]:
        node = node[k]
    node[path[-1]] = bad
    assert list(_validator().iter_errors(d))


# -- ids and order --------------------------------------------------------------------------
def test_event_id_is_a_hash_of_the_sorted_spans():
    expected = "e" + hashlib.sha1("a\t0\t5\tp\nb\t10\t20\tp".encode()).hexdigest()[:10]
    assert event_id([("b", 10, 20, "p"), ("a", 0, 5, "p")]) == expected
    s1 = Source("a", 0, 5, "x", "p", "own", None, Value.day(date(2018, 2, 1)))
    s2 = Source("b", 10, 20, "y", "p", "own", None, Value.day(date(2018, 2, 1)))
    assert event_id([s2, s1]) == event_id([s1, s2]) == event_id([s1, s2, s1]) == expected
    assert event_id([s1]) != event_id([s1, s2]) != event_id([("b", 10, 21, "p"), ("a", 0, 5, "p")])
    # one clause, two events: the predicate tells them apart
    assert event_id([s1]) != event_id([attrs.evolve(s1, predicate="kill")])
    with pytest.raises(ValueError):
        event_id([])


def test_event_id_is_the_same_in_another_process():
    code = "from timeline.ids import event_id; print(event_id([('002', 5, 9), ('000', 1, 4)]))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == event_id([("000", 1, 4), ("002", 5, 9)])


def test_event_ids_of_the_seed_timeline_are_unique_and_survive_adding_an_article():
    """Content ids do not depend on positions: the ids of the events whose sources an
    added article does not touch stay the same."""
    tl = seed_timeline()
    ids = [event_id(e.sources) for e in tl.events]
    assert len(set(ids)) == len(ids)
    # positions shift when an event is added at the front; content ids do not
    extra = Event("x", Value.day(date(2000, 1, 1)), "t", "p", (), 1.0, (Source("new", 0, 1, "t", "p", "own", None, Value.day(date(2000, 1, 1))),))
    shifted = ordered([extra, *tl.events])
    assert [event_id(e.sources) for e in shifted[1:]] == [event_id(e.sources) for e in ordered(tl.events)]


def test_sort_key_is_a_total_order_with_ties_broken_by_id():
    v = Value.day(date(2018, 2, 13))
    src = (Source("a", 0, 1, "t", "p", "own", None, v),)
    a, b = Event("e2", v, "t", "p", (), 1.0, src), Event("e1", v, "t", "p", (), 1.0, src)
    dur = Event("e0", Value.of_duration("P3D", "day"), "t", "p", (), 1.0, src)
    early = Event("e9", Value.day(date(2018, 2, 1)), "t", "p", (), 1.0, src)
    assert [e.id for e in ordered([dur, a, b, early])] == ["e9", "e1", "e2", "e0"]
    assert [e.id for e in ordered([b, early, a, dur])] == ["e9", "e1", "e2", "e0"]
    keys = [sort_key(e) for e in seed_timeline().events]
    assert len(set(keys)) == len(keys)  # no two seed events compare equal


def test_with_content_ids_renames_and_orders_the_seed_events():
    from timeline.ids import with_content_ids

    tl = seed_timeline()
    got = with_content_ids(reversed(tl.events))
    assert [e.id for e in got] == [event_id(e.sources) for e in ordered(got)]
    assert len({e.id for e in got}) == len(tl.events)
    assert [(e.when.start, e.when.end) for e in got] == sorted((e.when.start, e.when.end) for e in tl.events)
    back = timeline.load(Timeline(got, tl.documents).to_json())  # content ids round-trip too
    assert [e.id for e in back.events] == [e.id for e in got]

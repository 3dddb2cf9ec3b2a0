"""Fuzz and fault tests of the readers and the outputs (issue 12, item 6), bounded in count.

Properties:
- a folder built from random names (``.txt``/``.TXT``, ``corpus.txt``, long and odd
  Unicode names), random bytes, random JSON side files, random ``corpus.json`` /
  ``corpus.csv``, dangling symlinks, symlink loops and folders named ``x.txt`` is read, or
  refused with a :class:`timeline.errors.InputError`; nothing else is raised, every
  warning is a CorpusWarning, and the command line reading it exits 0, 3, 4, 5 or 7;
- random JSONL and CSV tables likewise;
- whatever the ids and texts (lone surrogates, control characters, 200 "é"), the TimeML
  files parse as XML, their names fit in 255 bytes, the JSON reads back to the same
  strings, and every CSV cell reads back as written (with the spreadsheet escape);
- build's argument checker raises TypeError/ValueError naming the argument, or accepts.

``benchmarks/fuzz.py`` runs the same generators over a million inputs.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace as NS

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Corpus, Document
from timeline.errors import CorpusWarning, InputError
from timeline.render import write_timeml
from timeline.values import Value

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
FEW = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))

ARABIC = "أسرت الفصائل أمس 400 عنصر من داعش في ريف إدلب يوم 13 شباط 2018 اليوم الثلاثاء"
names = st.one_of(
    st.sampled_from(["a", "b", "B", "corpus", "é" * 60, "x y", "-n", ".hidden", "٠١٢", "a.b"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\\\x00"), min_size=1,
            max_size=20),
)
suffixes = st.sampled_from([".txt", ".TXT", ".json", ".Txt", ".csv", ".md", ""])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
    | st.sampled_from(["2018-02-13", "9999-12-31", "0001-01-01", "13/02/2018", "not a date"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "file", "published", "source", "url", "title", "publised", "x"]) | st.text(max_size=5),
        inner, max_size=5),
    max_leaves=10,
)
contents = st.one_of(
    st.sampled_from([ARABIC.encode(), b"", b"\xef\xbb\xbf" + ARABIC.encode(), ARABIC.encode("cp1256"),
                     b"abc\x00def", "\ud800".encode("utf-8", "surrogatepass")]),
    st.binary(max_size=40),
    st.text(max_size=60).map(lambda s: s.encode("utf-8", "surrogatepass")),
    json_values.map(lambda v: json.dumps(v).encode()),
)
entries = st.lists(
    st.tuples(names, suffixes, st.sampled_from(["file", "file", "file", "dir", "dangling", "loop"]), contents),
    max_size=6,
)
csv_texts = st.one_of(
    st.lists(st.lists(st.sampled_from(["a", "b.txt", "2018-02-13", "x", "", "a,b", '"q"', "9999-12-31", "id",
                                       "file", "published", "url"]), min_size=0, max_size=4), max_size=5)
    .map(lambda rows: "\n".join(",".join(r) for r in rows)),
    st.text(max_size=80),
)


def _make_folder(root: Path, items, corpus_json, corpus_csv) -> Path:
    d = root / "c"
    d.mkdir()
    for name, suffix, kind, data in items:
        p = d / (name + suffix)
        if os.path.lexists(p) or len(os.fsencode(p.name)) > 255:
            continue
        try:
            if kind == "file":
                p.write_bytes(data)
            elif kind == "dir":
                p.mkdir()
            elif kind == "dangling":
                os.symlink("no-such-target", p)
            else:
                os.symlink(p.name, p)
        except OSError:
            continue
    if corpus_json is not None and not os.path.lexists(d / "corpus.json"):
        (d / "corpus.json").write_bytes(corpus_json)
    if corpus_csv is not None and not os.path.lexists(d / "corpus.csv"):
        (d / "corpus.csv").write_text(corpus_csv, encoding="utf-8", errors="surrogatepass")
    return d


def _read(path, reader=Corpus.from_path, **kw):
    """The corpus, or the InputError; asserts that nothing else is raised or warned."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = reader(path, **kw)
        except InputError as exc:
            assert exc.exit_code in (3, 4, 5, 7), exc
            assert exc.path is not None or "DataFrame" in str(exc)
            result = exc
    for w in caught:
        assert issubclass(w.category, CorpusWarning), w
    return result


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
@FUZZ
@given(entries, st.none() | json_values.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=20),
       st.none() | csv_texts)
def test_any_folder_is_read_or_refused_with_an_input_error(items, corpus_json, corpus_csv):
    root = Path(tempfile.mkdtemp())
    try:
        d = _make_folder(root, items, corpus_json, corpus_csv)
        got = _read(d)
        if isinstance(got, Corpus):
            assert len({doc.id for doc in got}) == len(got)
            for doc in got:  # every article is one of the folder's regular .txt files
                assert isinstance(doc.text, str) and "\x00" not in doc.text
    finally:
        shutil.rmtree(root)


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
@FEW
@given(entries, st.none() | json_values.map(lambda v: json.dumps(v).encode()), st.none() | csv_texts)
def test_the_cli_on_any_folder_exits_with_a_documented_code(items, corpus_json, corpus_csv):
    from contextlib import redirect_stderr, redirect_stdout

    from timeline.cli import main

    root = Path(tempfile.mkdtemp())
    try:
        d = _make_folder(root, items, corpus_json, corpus_csv)
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["build", str(d), "-q", "--json", str(root / "t.json"), "--csv", str(root / "t.csv"),
                         "--timeml", str(root / "tml")])
        assert code in (0, 3, 4, 5, 7), err.getvalue()
        written = [(root / "t.json").exists(), (root / "t.csv").exists(), (root / "tml").exists()]
        assert all(written) if code == 0 else not any(written)  # all or nothing
        if code == 0:
            json.loads((root / "t.json").read_text(encoding="utf-8"))
            for f in (root / "tml").iterdir():
                ET.parse(f)
    finally:
        shutil.rmtree(root)


@FUZZ
@given(st.lists(st.one_of(json_values.map(json.dumps), st.text(max_size=30),
                          st.fixed_dictionaries({"text": st.text(max_size=30) | st.none() | st.integers()},
                                                optional={"id": json_values, "published": json_values,
                                                          "url": json_values}).map(json.dumps)),
                max_size=6))
def test_any_jsonl_is_read_or_refused(lines):
    root = Path(tempfile.mkdtemp())
    try:
        p = root / "a.jsonl"
        p.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        _read(p)
    finally:
        shutil.rmtree(root)


@FUZZ
@given(csv_texts, st.sampled_from(["text", "id", "published", "a"]))
def test_any_csv_table_is_read_or_refused(text, text_column):
    root = Path(tempfile.mkdtemp())
    try:
        p = root / "a.csv"
        p.write_text(text, encoding="utf-8", errors="surrogatepass")
        _read(p, Corpus.from_csv, text=text_column)
    finally:
        shutil.rmtree(root)


# -- outputs --------------------------------------------------------------------------------------
hostile = st.text(st.characters(blacklist_categories=()), max_size=30) | st.sampled_from(
    ["é" * 200, "=cmd|' /C calc'!A0", "+1", "@x", "\tx", "\r", "a\ud800b", "\udfff", "x\x01\x0by", "..", "."])


@FUZZ
@given(st.lists(st.tuples(hostile, hostile), min_size=1, max_size=4, unique_by=lambda t: t[0]))
def test_timeml_of_any_ids_and_texts_is_well_formed_with_short_names(docs):
    root = Path(tempfile.mkdtemp())
    try:
        documents = [Document(ARABIC + text, id=doc_id or "x", published="2018-02-13") for doc_id, text in docs]
        if len({d.id for d in documents}) < len(documents):
            return
        paths = write_timeml(documents, root / "tml")
        assert len({p.name for p in paths}) == len(documents)
        for p in paths:
            assert len(os.fsencode(p.name)) <= 255
            ET.parse(p)
    finally:
        shutil.rmtree(root)


@FUZZ
@given(st.lists(hostile, min_size=1, max_size=3), hostile)
def test_csv_and_json_outputs_read_back(texts, doc_id):
    from timeline.outputs import json_bytes
    from timeline.render import to_csv
    from timeline.render.tabular import spreadsheet_cell

    src = NS(document_id=doc_id, start=0, end=3)
    events = [NS(when=Value.day(__import__("datetime").date(2018, 2, 13)), text=t, predicate="p", numbers=(1,),
                 confidence=0.5, sources=(src,)) for t in texts]
    tl = NS(events=events, documents=[])
    rows = list(csv.DictReader(io.StringIO(to_csv(tl), newline="")))
    assert len(rows) == len(texts)
    for row, t in zip(rows, texts):
        fixed = t.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if any(
            "\ud800" <= c <= "\udfff" for c in t) else t
        expected = spreadsheet_cell(t, "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in t))
        assert row["text"] == expected, (t, fixed)
    data = {"ids": [doc_id], "texts": texts}
    assert json.loads(json_bytes(json.dumps(data, ensure_ascii=False)).decode("utf-8")) == data


# -- build's arguments ----------------------------------------------------------------------------
anything = st.one_of(st.none(), st.booleans(), st.integers(-10**8, 10**8), st.floats(), st.text(max_size=5),
                     st.lists(st.integers(), max_size=2))


@FUZZ
@given(st.dictionaries(st.sampled_from(["recency_days", "window_days", "prefer", "merge_settings", "max_iterations",
                                        "min_confidence", "progress", "workers"]), anything, max_size=3))
def test_build_argument_checker_accepts_or_names_the_argument(kw):
    from timeline._checks import check_build_args

    try:
        check_build_args(Corpus([]), **kw)
    except (TypeError, ValueError) as exc:
        assert any(k in str(exc) for k in kw), exc

"""Reading articles from tables: JSONL, CSV, a DataFrame, Parquet (issue 13, item 1).

The same articles read from the seed folder and from each table format must give the same
corpus (and, for JSONL, the same timeline); the column names are settable; problems raise
the classes of timeline.errors naming the file and the line or row.
"""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import pytest

import timeline
from timeline import Corpus, Document
from timeline.cli import main
from timeline.errors import CorpusWarning, EncodingError, InputNotFound, MetadataError, PublishedError, UsageError
from timeline.values import Value

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PUBLISHED = {"000_83ded0c87ab731c9": "2018-02-19", "001_f4303bb32ac63e1e": "2018-02-15"}


@pytest.fixture(scope="module")
def seed_folder(tmp_path_factory):
    """The seeds with two publication dates as metadata (corpus.json) and a source."""
    d = tmp_path_factory.mktemp("seedfolder")
    for f in sorted(SEEDS.glob("*.txt")):
        (d / f.name).write_bytes(f.read_bytes())
    meta = [{"file": k + ".txt", "published": v, "source": "S"} for k, v in PUBLISHED.items()]
    (d / "corpus.json").write_text(json.dumps(meta), encoding="utf-8")
    return d


def _records():
    out = []
    for f in sorted(SEEDS.glob("*.txt")):
        rec = {"id": f.stem, "text": f.read_text(encoding="utf-8")}
        if f.stem in PUBLISHED:
            rec["published"] = PUBLISHED[f.stem]
            rec["source"] = "S"
        out.append(rec)
    return out


def _same(a: Corpus, b: Corpus):
    assert [d.id for d in a] == [d.id for d in b]
    for x, y in zip(a, b):
        assert x == y, x.id


def test_jsonl_gives_the_folder_corpus_and_timeline(seed_folder, tmp_path):
    p = tmp_path / "articles.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _records()) + "\n\n", encoding="utf-8")
    folder, table = Corpus.from_dir(seed_folder), Corpus.from_jsonl(p)
    _same(folder, table)
    assert table["000_83ded0c87ab731c9"].published == Value.day(date(2018, 2, 19))
    assert timeline.build(folder).to_dict() == timeline.build(table).to_dict()


def test_csv_gives_the_folder_corpus(seed_folder, tmp_path):
    p = tmp_path / "articles.csv"
    with p.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["id", "published", "source", "text", "extra"])
        w.writeheader()
        for r in _records():
            w.writerow({**r, "extra": "ignored"})
    _same(Corpus.from_dir(seed_folder), Corpus.from_csv(p))
    _same(Corpus.from_dir(seed_folder), Corpus.from_path(p))


def test_dataframe_and_parquet_give_the_folder_corpus(seed_folder, tmp_path):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(_records())  # published is NaN where absent
    _same(Corpus.from_dir(seed_folder), Corpus.from_dataframe(df))
    pytest.importorskip("pyarrow")
    p = tmp_path / "articles.parquet"
    df.to_parquet(p)
    _same(Corpus.from_dir(seed_folder), Corpus.from_parquet(p))
    _same(Corpus.from_dir(seed_folder), Corpus.from_path(p))


def test_dataframe_timestamps_nat_and_numbers():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({
        "body": ["أمس", "اليوم", "غدا"],
        "date": [pd.Timestamp("2018-02-13"), pd.NaT, pd.Timestamp("2018-02-14 10:30")],
        "n": [1, 2, 3],
    }, index=["x", "y", "z"])
    c = Corpus.from_dataframe(df, text="body", published="date", id="n")
    assert [d.id for d in c] == ["1", "2", "3"]
    assert c["1"].published == Value.day(date(2018, 2, 13))
    assert c["2"].published is None
    assert c["3"].published.start == datetime(2018, 2, 14, 10, 30)


def test_column_names_are_settable(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"body": "أسرت الفصائل أمس 400 عنصر", "key": "k1", "date": "2018-02-13",
                             "link": "http://x", "headline": "عنوان", "site": "S"}) + "\n", encoding="utf-8")
    c = Corpus.from_jsonl(p, text="body", id="key", published="date", url="link", title="headline", source="site")
    d = c["k1"]
    assert d.published == Value.day(date(2018, 2, 13)) and d.url == "http://x" and d.source == "S"
    assert d.title == "عنوان"
    # a column not read: None
    assert Corpus.from_jsonl(p, text="body", id="key", published=None)["k1"].published is None


def test_title_from_metadata_reaches_the_timeline(tmp_path):
    c = Corpus([Document("أسرت الفصائل أمس 400 عنصر", id="a", published="2018-02-13", title="عنوان")])
    assert timeline.build(c).documents[0].title == "عنوان"
    assert Document("\n\nسطر أول\nثان").title == "سطر أول"


def test_missing_named_column_is_an_error_naming_it(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("body,date\nنص,2018-02-13\n", encoding="utf-8")
    with pytest.raises(MetadataError, match=r"a\.csv.*'text' column.*'body'"):
        Corpus.from_csv(p)
    with pytest.raises(MetadataError, match="'when' column"):
        Corpus.from_csv(p, text="body", published="when")
    with pytest.warns(CorpusWarning, match="published='date'"):
        c = Corpus.from_csv(p, text="body")
    assert c[0].published is None


def test_table_errors_name_the_file_and_line(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "نص"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(MetadataError, match=r"a\.jsonl: line 2: expected a JSON object"):
        Corpus.from_jsonl(p)
    p.write_text('{"text": "نص"}\n{bad\n', encoding="utf-8")
    with pytest.raises(MetadataError, match=r"line 2: not JSON"):
        Corpus.from_jsonl(p)
    p.write_text('{"text": "نص", "published": "not a date xyz"}\n', encoding="utf-8")
    with pytest.raises(PublishedError, match=r"a\.jsonl: line 1: published"):
        Corpus.from_jsonl(p)
    p.write_text('{"text": "نص", "id": "x"}\n{"text": "نص آخر", "id": "x"}\n', encoding="utf-8")
    with pytest.raises(MetadataError, match=r"line 2: the id 'x' is already the id of .*line 1"):
        Corpus.from_jsonl(p)
    p.write_bytes('{"text": "نص"}\n'.encode("cp1256"))
    with pytest.raises(EncodingError, match=r"a\.jsonl"):
        Corpus.from_jsonl(p)
    with pytest.raises(InputNotFound):
        Corpus.from_jsonl(tmp_path / "missing.jsonl")


def test_rows_without_text_are_skipped_with_a_warning(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "نص", "id": "1"}\n{"id": "2"}\n{"text": null, "id": "3"}\n', encoding="utf-8")
    with pytest.warns(CorpusWarning, match="line 2: no text"):
        c = Corpus.from_jsonl(p)
    assert [d.id for d in c] == ["1"]


def test_csv_ragged_rows_and_long_fields(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("id,text\n1,نص,زائد\n", encoding="utf-8")
    with pytest.raises(MetadataError, match=r"a\.csv: line 2: 3 fields, but the header has 2"):
        Corpus.from_csv(p)
    long_text = "أسرت الفصائل أمس 400 عنصر. " * 10_000  # > 131 072 characters, csv's default limit
    with p.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["id", "text"], ["1", long_text]])
    assert Corpus.from_csv(p)["1"].text == long_text
    assert p.with_suffix(".tsv").write_text("id\ttext\n1\tنص\n", encoding="utf-8")
    assert Corpus.from_path(p.with_suffix(".tsv"))["1"].text == "نص"


def test_unknown_column_option_is_a_usage_error(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "نص"}\n', encoding="utf-8")
    from timeline.readers import read_jsonl

    with pytest.raises(UsageError, match="did you mean 'published'"):
        read_jsonl(p, publshed="x")


def test_parquet_without_pyarrow_names_the_extra(tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def fake(name, *a, **k):
        if name.startswith("pyarrow"):
            raise ImportError("no pyarrow")
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(ImportError, match=r"\[parquet\]"):
        Corpus.from_parquet(tmp_path / "x.parquet")


def test_cli_builds_a_jsonl_and_a_csv_with_columns(tmp_path, capsys):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"body": "أسرت الفصائل أمس 400 عنصر من داعش", "id": "a", "date": "2018-02-13"},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["build", str(p), "--column", "text=body", "--column", "published=date"]) == 0
    out = capsys.readouterr().out
    assert "Articles (1)" in out and "2018-02-13" in out and "metadata" in out
    assert main(["build", str(p)]) == 7  # no 'text' column
    assert "'text' column" in capsys.readouterr().err
    assert main(["build", str(p), "--column", "txt=body"]) == 2
    q = tmp_path / "b.csv"
    q.write_text("id,text,published\nb,أسرت الفصائل أمس 400 عنصر,2018-02-14\n", encoding="utf-8")
    assert main(["build", str(q), "-q", "--json", str(tmp_path / "o.json")]) == 0
    data = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["id"] == "b" and data["documents"][0]["published"]["timex"] == "2018-02-14"


def test_readers_reject_non_tables(tmp_path):
    with pytest.raises(TypeError, match="DataFrame"):
        Corpus.from_dataframe([{"text": "x"}])
    (tmp_path / "d.csv").mkdir()
    with pytest.raises(InputNotFound, match="is a folder"):
        Corpus.from_csv(tmp_path / "d.csv")
    with pytest.raises(UsageError, match="no columns"):
        Corpus.from_path(tmp_path, text="body")


def test_json_list_file_is_a_table(seed_folder, tmp_path):
    p = tmp_path / "articles.json"
    p.write_text(json.dumps(_records(), ensure_ascii=False), encoding="utf-8")
    _same(Corpus.from_dir(seed_folder), Corpus.from_path(p))
    p.write_text('{"published": "2018-02-13"}', encoding="utf-8")
    with pytest.raises(MetadataError, match="expected a list of article objects"):
        Corpus.from_path(p)
    p.write_text('[{"text": "x"}, 3]', encoding="utf-8")
    with pytest.raises(MetadataError, match="entry 1: expected a JSON object"):
        Corpus.from_path(p)


def test_cli_builds_a_parquet_and_skips_a_column(tmp_path, capsys):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    p = tmp_path / "a.parquet"
    pd.DataFrame({"text": ["أسرت الفصائل أمس 400 عنصر من داعش"], "id": ["a"],
                  "published": ["2018-02-13"]}).to_parquet(p)
    assert main(["build", str(p), "-q", "--json", str(tmp_path / "o.json")]) == 0
    doc = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["documents"][0]
    assert doc["id"] == "a" and doc["published_how"] == "metadata"
    assert main(["build", str(p), "-q", "--column", "published=-", "--json", str(tmp_path / "p.json")]) == 0
    doc = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["documents"][0]
    assert doc["published_how"] != "metadata"

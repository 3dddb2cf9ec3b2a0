"""Hardening (issue 12, items 2, 3, 4 -- build's arguments -- and 6).

Every hostile corpus of the review either reads (what is skipped is warned about with a
CorpusWarning) or raises a class of timeline.errors naming the file, and the command line
exits with the class's code (3 missing / not a file, 4 not UTF-8, 5 bad date, 7 bad
metadata), never 70.  Outputs are written whole or not at all, never over an input.
The command line runs in this process (timeline.cli.main) to keep the tests fast.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import sys
import warnings
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline import Corpus, Document
from timeline.cli import main
from timeline.errors import (
    CorpusWarning,
    EncodingError,
    InputNotFound,
    MetadataError,
    OutputError,
    PublishedError,
    TimelineError,
    UsageError,
)
from timeline.render import to_timeml, write_timeml
from timeline.values import Value

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TEXT = "أسرت قوات المعارضة السورية أمس 400 عنصر من داعش في ريف إدلب الجنوبي"


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    return d


def build_cli(*args, capsys=None):
    code = main(["build", *map(str, args)])
    return code, (capsys.readouterr() if capsys is not None else None)


def ids(path) -> list[str]:
    return [d.id for d in Corpus.from_dir(path)]


# -- the folder: what is skipped, with a warning ------------------------------------------------
needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="needs symlinks")


@needs_symlinks
def test_symlink_loop_is_skipped_with_a_warning(folder, capsys):
    os.symlink("loop2.txt", folder / "loop1.txt")
    os.symlink("loop1.txt", folder / "loop2.txt")
    with pytest.warns(CorpusWarning, match="loop1.txt: a symlink loop"):
        assert ids(folder) == ["a"]
    code, cap = build_cli(folder, "-q", capsys=capsys)
    assert code == 0 and "warning:" in cap.err and "loop1.txt" in cap.err


@needs_symlinks
def test_dangling_symlink_is_skipped_with_a_warning(folder, capsys):
    os.symlink("nowhere.txt", folder / "b.txt")
    with pytest.warns(CorpusWarning, match="b.txt: a dangling symlink"):
        assert ids(folder) == ["a"]
    assert build_cli(folder, "-q", capsys=capsys)[0] == 0


@needs_symlinks
def test_symlinked_article_is_read(folder, tmp_path):
    (tmp_path / "elsewhere.txt").write_text("نص", encoding="utf-8")
    os.symlink(tmp_path / "elsewhere.txt", folder / "b.txt")
    assert ids(folder) == ["a", "b"]


def test_folder_named_x_txt_is_skipped_with_a_warning(folder, capsys):
    (folder / "x.txt").mkdir()
    with pytest.warns(CorpusWarning, match="x.txt: a folder"):
        assert ids(folder) == ["a"]
    assert build_cli(folder, "-q", capsys=capsys)[0] == 0


def test_subfolder_articles_are_not_read_and_their_metadata_entries_are_warned_about(folder):
    (folder / "sub").mkdir()
    (folder / "sub" / "x.txt").write_text("نص", encoding="utf-8")
    (folder / "x.txt").write_text("نص آخر", encoding="utf-8")
    (folder / "corpus.json").write_text(json.dumps([{"file": "sub/x.txt", "published": "2018-02-13"}]))
    with pytest.warns(CorpusWarning, match="sub/x.txt.*sub-folders are not read"):
        c = Corpus.from_dir(folder)
    assert [d.id for d in c] == ["a", "x"] and c["x"].published is None  # not sub/x.txt's date


def test_metadata_file_names_are_normalised(folder):
    (folder / "corpus.json").write_text(json.dumps([{"file": "./a.txt", "published": "2018-02-13"}]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Corpus.from_dir(folder)["a"].published == Value.day(date(2018, 2, 13))


def test_upper_case_suffix_is_an_article(folder):
    (folder / "B.TXT").write_text("نص", encoding="utf-8")
    (folder / "B.json").write_text('{"published": "2018-02-13"}', encoding="utf-8")
    c = Corpus.from_dir(folder)
    assert [d.id for d in c] == ["B", "a"] and c["B"].published == Value.day(date(2018, 2, 13))


@pytest.mark.skipif(os.name == "nt" or sys.platform == "darwin", reason="needs file names that are not UTF-8")
def test_file_name_that_is_not_utf8_gets_a_readable_id(folder, tmp_path, capsys):
    (Path(os.fsdecode(os.fsencode(folder) + b"/\xff\xfeb.txt"))).write_text(TEXT, encoding="utf-8")
    with pytest.warns(CorpusWarning, match="not UTF-8"):
        c = Corpus.from_dir(folder)
    assert [d.id for d in c] == ["a", "\\xff\\xfeb"]  # name order (of the decoded names)
    code, cap = build_cli(folder, "-q", "--all", "--plot", tmp_path / "p.png", "--json", tmp_path / "p.json",
                          capsys=capsys)
    assert code == 0, cap.err


def test_an_empty_folder_warns_and_the_cli_exits_3(tmp_path, capsys):
    with pytest.warns(CorpusWarning, match="no .txt articles"):
        assert len(Corpus.from_dir(tmp_path)) == 0
    code, cap = build_cli(tmp_path, capsys=capsys)
    assert code == 3 and "no .txt articles" in cap.err


# -- metadata: refused with exit 7 naming the file, or warned about -------------------------------
@pytest.mark.parametrize("content", ["[1, 2, 3]", "null", '"x"', "42"])
def test_side_json_that_is_not_an_object_exits_7(folder, content, capsys):
    (folder / "a.json").write_text(content, encoding="utf-8")
    with pytest.raises(MetadataError, match=r"a\.json: expected a JSON object") as info:
        Corpus.from_dir(folder)
    assert info.value.path.endswith("a.json") and info.value.exit_code == 7
    code, cap = build_cli(folder, capsys=capsys)
    assert code == 7 and "a.json" in cap.err


def test_side_json_that_is_a_folder_exits_7(folder, capsys):
    (folder / "a.json").mkdir()
    with pytest.raises(MetadataError, match=r"a\.json: is a folder"):
        Corpus.from_dir(folder)
    assert build_cli(folder, capsys=capsys)[0] == 7


@pytest.mark.parametrize("key", ["id", "file"])
def test_corpus_txt_is_an_article_and_corpus_json_is_not_its_side_file(folder, key):
    (folder / "corpus.txt").write_text("نص", encoding="utf-8")
    (folder / "corpus.json").write_text(json.dumps([{key: "a", "published": "2018-02-13"}]))
    c = Corpus.from_dir(folder)
    assert [d.id for d in c] == ["a", "corpus"]  # not "published"
    assert c["a"].published == Value.day(date(2018, 2, 13)) and c["corpus"].published is None


@pytest.mark.parametrize("entry", [5, "a.txt", None, [1]])
def test_non_object_corpus_json_entries_exit_7(folder, entry, capsys):
    (folder / "corpus.json").write_text(json.dumps([{"file": "a.txt"}, entry]))
    with pytest.raises(MetadataError, match=r"corpus\.json: entry 1: expected an object"):
        Corpus.from_dir(folder)
    assert build_cli(folder, capsys=capsys)[0] == 7
    (folder / "corpus.json").write_text(json.dumps({"a": entry}))
    with pytest.raises(MetadataError, match=r"corpus\.json: entry 'a': expected an object"):
        Corpus.from_dir(folder)


def test_corpus_json_entry_without_file_or_id_exits_7(folder):
    (folder / "corpus.json").write_text(json.dumps([{"published": "2018-02-13"}]))
    with pytest.raises(MetadataError, match="entry 0: has neither"):
        Corpus.from_dir(folder)


def test_unknown_ids_are_warned_about(folder, capsys):
    (folder / "corpus.json").write_text(json.dumps([{"file": "b.txt", "published": "2018-02-13"}]))
    (folder / "corpus.csv").write_text("id,published\nzz,2018-02-13\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Corpus.from_dir(folder)
    text = " | ".join(str(w.message) for w in caught)
    assert "no article 'b'" in text and "no article 'zz'" in text
    code, cap = build_cli(folder, "-q", capsys=capsys)
    assert code == 0 and "no article 'b'" in cap.err


def test_stray_side_json_is_warned_about(folder):
    (folder / "b.json").write_text('{"published": "2018-02-13"}', encoding="utf-8")
    with pytest.warns(CorpusWarning, match="no article b.txt"):
        Corpus.from_dir(folder)


def test_misspelled_keys_are_warned_about_with_a_suggestion(folder):
    (folder / "a.json").write_text('{"publised": "2018-02-13", "URL": "http://x"}', encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = Corpus.from_dir(folder)
    msgs = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
    assert any("'publised'" in m and "did you mean 'published'" in m for m in msgs)
    assert any("'URL'" in m and "did you mean 'url'" in m for m in msgs)
    assert c["a"].published is None


def test_wrong_csv_headers_exit_7(folder, capsys):
    (folder / "corpus.csv").write_text("name,date\na,2018-02-13\n", encoding="utf-8")
    with pytest.raises(MetadataError, match=r"corpus\.csv: the header has no 'id' or 'file' column"):
        Corpus.from_dir(folder)
    assert build_cli(folder, capsys=capsys)[0] == 7
    (folder / "corpus.csv").write_text("id,publshed\na,2018-02-13\n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match="did you mean 'published'"):
        Corpus.from_dir(folder)


@pytest.mark.parametrize("row", ["a,2018-02-13,extra", "a"])
def test_ragged_csv_rows_exit_7(folder, row, capsys):
    (folder / "corpus.csv").write_text(f"id,published\n{row}\n", encoding="utf-8")
    with pytest.raises(MetadataError, match=r"corpus\.csv: line 2: \d fields, but the header has 2"):
        Corpus.from_dir(folder)
    assert build_cli(folder, capsys=capsys)[0] == 7


def test_csv_field_over_the_default_limit_is_read(folder, capsys):
    url = "http://x/" + "a" * 140_000
    (folder / "corpus.csv").write_text(f"id,published,url\na,2018-02-13,{url}\n", encoding="utf-8")
    assert Corpus.from_dir(folder)["a"].url == url
    import csv as _csv

    assert _csv.field_size_limit() == 131072  # the global limit is restored
    assert build_cli(folder, "-q", capsys=capsys)[0] == 0


def test_metadata_precedence_side_json_then_csv_then_json(folder):
    (folder / "corpus.json").write_text(json.dumps({"a": {"published": "2018-01-01", "source": "J", "url": "u-json",
                                                          "title": "t-json"}}))
    (folder / "corpus.csv").write_text("file,published,source\na.txt,2018-01-02,C\n", encoding="utf-8")
    (folder / "a.json").write_text('{"published": "2018-01-03"}', encoding="utf-8")
    d = Corpus.from_dir(folder)["a"]
    assert d.published == Value.day(date(2018, 1, 3))  # side file
    assert d.source == "C"  # corpus.csv over corpus.json
    assert d.url == "u-json" and d.title == "t-json"  # only corpus.json has them: key by key
    (folder / "a.json").unlink()
    assert Corpus.from_dir(folder)["a"].published == Value.day(date(2018, 1, 2))
    (folder / "corpus.csv").unlink()
    assert Corpus.from_dir(folder)["a"].published == Value.day(date(2018, 1, 1))


def test_metadata_id_renames_and_clashing_ids_exit_7(folder, capsys):
    (folder / "b.txt").write_text("نص", encoding="utf-8")
    (folder / "b.json").write_text('{"id": "a"}', encoding="utf-8")
    with pytest.raises(MetadataError, match=r"b\.txt: the id 'a' is already the id of .*a\.txt"):
        Corpus.from_dir(folder)
    assert build_cli(folder, capsys=capsys)[0] == 7


@pytest.mark.parametrize("published", ["9999-12-31", "not a date xyz"])
def test_unreadable_published_exits_5_naming_the_file(folder, published, capsys):
    (folder / "a.json").write_text(json.dumps({"published": published}), encoding="utf-8")
    try:
        c = Corpus.from_dir(folder)
    except PublishedError as exc:
        assert "a.txt" in str(exc) and "a.json" in str(exc) and exc.exit_code == 5
        code, cap = build_cli(folder, "-q", capsys=capsys)
        assert code == 5 and "a.txt" in cap.err
    else:  # the calendar may learn to hold 9999-12-31: then it is read as given
        assert published == "9999-12-31" and c["a"].published.start.year == 9999


def test_single_file_reads_its_side_json_and_folder_metadata(folder, capsys):
    (folder / "a.json").write_text('{"published": "2018-02-13", "source": "S"}', encoding="utf-8")
    assert main(["build", str(folder / "a.txt"), "-q", "--json", str(folder.parent / "o.json")]) == 0
    doc = json.loads((folder.parent / "o.json").read_text(encoding="utf-8"))["documents"][0]
    assert doc["published_how"] == "metadata" and doc["published"]["timex"] == "2018-02-13" and doc["source"] == "S"
    (folder / "a.json").unlink()
    (folder / "corpus.csv").write_text("id,published\na,2018-02-14\n", encoding="utf-8")
    assert Corpus.from_path(folder / "a.txt")["a"].published == Value.day(date(2018, 2, 14))


def test_dev_null_and_other_non_files_exit_3(capsys):
    code, cap = build_cli("/dev/null", capsys=capsys)
    assert code == 3 and "/dev/null" in cap.err and "not a regular file" in cap.err
    with pytest.raises(InputNotFound):
        Corpus.from_path("/dev/null")


def test_missing_and_unreadable_inputs(tmp_path, capsys):
    with pytest.raises(InputNotFound, match="not found") as info:
        Corpus.from_dir(tmp_path / "missing")
    assert isinstance(info.value, FileNotFoundError)
    assert build_cli(tmp_path / "missing", capsys=capsys)[0] == 3
    (tmp_path / "bad.txt").write_bytes("نص".encode("cp1256"))
    with pytest.raises(EncodingError, match=r"bad\.txt.*line 1") as info:
        Corpus.from_dir(tmp_path)
    assert isinstance(info.value, ValueError)
    assert build_cli(tmp_path, capsys=capsys)[0] == 4


def test_exit_codes_come_from_the_classes_not_the_messages(folder, monkeypatch, capsys):
    import timeline.readers as readers

    def boom(*a, **k):
        raise MetadataError("a message that says published, UTF-8 and binary")

    monkeypatch.setattr(readers, "read_path", boom)
    assert build_cli(folder, capsys=capsys)[0] == 7
    for cls, code in [(InputNotFound, 3), (EncodingError, 4), (PublishedError, 5), (OutputError, 6),
                      (UsageError, 2)]:
        monkeypatch.setattr(readers, "read_path", lambda *a, _c=cls, **k: (_ for _ in ()).throw(_c("metadata")))
        assert build_cli(folder, capsys=capsys)[0] == code, cls


# -- outputs ----------------------------------------------------------------------------------------
def test_output_over_an_input_is_refused(folder, capsys):
    before = (folder / "a.txt").read_bytes()
    for opt in ("--json", "--csv"):
        code, cap = build_cli(folder, "-q", opt, folder / "a.txt", capsys=capsys)
        assert code == 6 and "input" in cap.err
    (folder / "a.json").write_text('{"published": "2018-02-13"}', encoding="utf-8")
    code, cap = build_cli(folder, "-q", "--csv", folder / "a.json", capsys=capsys)
    assert code == 6
    assert (folder / "a.txt").read_bytes() == before


@pytest.mark.parametrize("name", ["new.txt", "corpus.json", "corpus.csv", "a.json"])
def test_output_that_would_join_the_corpus_is_refused(folder, name, capsys):
    code, cap = build_cli(folder, "-q", "--json", folder / name, capsys=capsys)
    assert code == 6 and "part of the corpus" in cap.err
    assert not (folder / name).exists()
    code, cap = build_cli(folder, "-q", "--json", folder / "timeline.json", capsys=capsys)
    assert code == 0  # any other name in the folder is fine


@needs_symlinks
def test_output_over_an_input_through_a_symlink_is_refused(folder, tmp_path, capsys):
    os.symlink(folder / "a.txt", tmp_path / "link.json")
    assert build_cli(folder, "-q", "--json", tmp_path / "link.json", capsys=capsys)[0] == 6


def test_two_outputs_on_one_path_are_refused(folder, tmp_path, capsys):
    code, cap = build_cli(folder, "-q", "--json", tmp_path / "x", "--csv", tmp_path / "x", capsys=capsys)
    assert code == 2 and "same path" in cap.err
    assert not (tmp_path / "x").exists()
    code, _ = build_cli(folder, "-q", "--json", tmp_path / "y", "--timeml", tmp_path / "y", capsys=capsys)
    assert code == 2


def test_output_name_over_the_limit_exits_6_before_work(folder, tmp_path, capsys):
    long = tmp_path / ("é" * 200 + ".json")  # 405 bytes
    code, cap = build_cli(folder, "-q", "--json", long, capsys=capsys)
    assert code == 6 and "bytes" in cap.err and "--json" in cap.err


def test_outputs_are_all_or_nothing(folder, tmp_path, monkeypatch, capsys):
    import sys

    import timeline.render  # noqa: F401

    plot_mod = sys.modules["timeline.render.plot"]

    def fail(tl, path, **kw):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(plot_mod, "save", fail)
    outs = [tmp_path / "t.json", tmp_path / "t.csv", tmp_path / "tml", tmp_path / "t.png"]
    code, cap = build_cli(folder, "-q", "--json", outs[0], "--csv", outs[1], "--timeml", outs[2],
                          "--plot", outs[3], capsys=capsys)
    assert code == 6 and "No space left" in cap.err
    assert not any(p.exists() for p in outs)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".timeline-")]  # no temporary left
    # an existing output is left as it was
    outs[0].write_text("old", encoding="utf-8")
    assert build_cli(folder, "-q", "--json", outs[0], "--plot", outs[3], capsys=capsys)[0] == 6
    assert outs[0].read_text(encoding="utf-8") == "old"


def test_timeml_long_ids_are_cut_by_bytes_and_all_files_written(tmp_path, capsys):
    d = tmp_path / "c"
    d.mkdir()
    for i in range(3):
        (d / f"{i}.txt").write_text(TEXT, encoding="utf-8")
    (d / "corpus.csv").write_text("file,id\n" + "".join(f"{i}.txt,{'é' * 200}{i}\n" for i in range(3)),
                                  encoding="utf-8")
    code, cap = build_cli(d, "-q", "--timeml", tmp_path / "tml", "--json", tmp_path / "t.json", capsys=capsys)
    assert code == 0, cap.err
    files = sorted((tmp_path / "tml").iterdir())
    assert len(files) == 3 and all(len(os.fsencode(f.name)) <= 255 for f in files)
    for f in files:
        ET.parse(f)


def test_timeml_same_prefix_ids_get_distinct_names(tmp_path):
    docs = [Document(TEXT, id="é" * 150 + s) for s in ("a", "b", "c")]
    paths = write_timeml(docs, tmp_path / "t")
    assert len({p.name for p in paths}) == 3
    assert all(len(os.fsencode(p.name)) <= 255 for p in paths)


def test_timeml_with_lone_surrogates_and_controls_is_well_formed(tmp_path):
    text = "أسرت \ud800 الفصائل\x01\x0b أمس \udfff 400 عنصر\ufffe"
    doc = Document(text, id="x\ud83d", published="2018-02-13")
    xml = to_timeml(doc)
    root = ET.fromstring(xml.encode("utf-8"))
    assert "\ufffd" in "".join(root.itertext())
    [p] = write_timeml([doc], tmp_path / "t")
    ET.parse(p)


def test_lone_surrogates_from_a_table_are_replaced_and_every_output_is_written(tmp_path, capsys):
    d = tmp_path / "c"
    d.mkdir()
    text = "أسرت قوات المعارضة \ud800 أمس 400 عنصر من داعش في ريف إدلب\x01"
    (d / "a.jsonl").write_text(json.dumps({"text": text, "id": "=x\udc00", "published": "2018-02-13"}) + "\n",
                               encoding="utf-8")
    with pytest.warns(CorpusWarning, match="lone surrogates.*line 1"):
        doc = Corpus.from_jsonl(d / "a.jsonl")[0]
    assert doc.text == text.replace("\ud800", "\ufffd") and doc.id == "=x\ufffd"
    outs = ["--json", tmp_path / "t.json", "--csv", tmp_path / "t.csv", "--timeml", tmp_path / "t",
            "--plot", tmp_path / "t.png"]
    code, cap = build_cli(d / "a.jsonl", "--all", *outs, capsys=capsys)
    assert code == 0, cap.err
    assert "lone surrogates" in cap.err
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["documents"][0]["id"] == "=x\ufffd"
    assert "'=x" in (tmp_path / "t.csv").read_text(encoding="utf-8")


def test_json_output_escapes_lone_surrogates():
    from timeline.outputs import json_bytes

    data = {"id": "=x\udc00", "text": ["\ud800a", "b\udfff"]}
    raw = json_bytes(json.dumps(data, ensure_ascii=False))
    raw.decode("utf-8")  # valid UTF-8
    assert json.loads(raw) == data


def _tl_with(text_cells):
    from types import SimpleNamespace as NS

    src = NS(document_id="+doc", start=0, end=3)
    ev = [NS(when=Value.day(date(2018, 2, 13)), text=t, predicate="@p", numbers=(300,), confidence=0.5,
             sources=(src,)) for t in text_cells]
    return NS(events=ev, documents=[])


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "@SUM(1)", "\tx", "\r=1"])
def test_csv_file_escapes_formula_cells(cell, tmp_path):
    from timeline.render import to_csv
    from timeline.render.tabular import event_rows

    tl = _tl_with([cell])
    to_csv(tl, tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as fh:
        row = list(csv.DictReader(fh))[0]
    assert row["text"] == "'" + cell
    assert row["predicate"] == "'@p" and row["documents"] == "'+doc"
    assert row["numbers"] == "300" and row["confidence"] == "0.5" and row["event"] == getattr(tl.events[0], "id", "")
    assert event_rows(tl)[0]["text"] == cell  # the rows (and the DataFrame) keep the text as is
    assert to_csv(tl, spreadsheet_safe=False).splitlines()[1].count("'=") == 0 or not cell.startswith("=")


@pytest.mark.parametrize("cell", ["+5", "-3.2", "1e5", "نص = عادي", "-نص"])
def test_csv_leaves_numbers_and_plain_text_alone(cell):
    from timeline.render import to_csv

    row = next(csv.DictReader(io.StringIO(to_csv(_tl_with([cell])))))
    assert row["text"] == cell


# -- build's arguments ------------------------------------------------------------------------------
CORPUS = Corpus([Document(TEXT, id="a", published="2018-02-13")])


@pytest.mark.parametrize("kw, error, name", [
    ({"max_iterations": 0}, ValueError, "max_iterations"),
    ({"max_iterations": 1.5}, TypeError, "max_iterations"),
    ({"min_confidence": math.nan}, ValueError, "min_confidence"),
    ({"min_confidence": 2}, ValueError, "min_confidence"),
    ({"min_confidence": "0.3"}, TypeError, "min_confidence"),
    ({"window_days": 10**7}, ValueError, "window_days"),
    ({"window_days": 0}, ValueError, "window_days"),
    ({"merge_settings": "x"}, TypeError, "merge_settings"),
    ({"recency_days": "30"}, TypeError, "recency_days"),
    ({"recency_days": -1}, ValueError, "recency_days"),
    ({"recency_days": True}, TypeError, "recency_days"),
    ({"prefer": "later"}, ValueError, "prefer"),
    ({"progress": 3}, TypeError, "progress"),
    ({"workers": -2}, ValueError, "workers"),
])
def test_build_arguments_are_checked_naming_the_argument(kw, error, name):
    with pytest.raises(error, match=name):
        timeline.build(CORPUS, **kw)


def test_check_build_args_alone():
    from timeline._checks import MAX_DAYS, check_build_args

    check_build_args(CORPUS)  # the defaults pass
    check_build_args(CORPUS, window_days=MAX_DAYS, recency_days=0, min_confidence=0, max_iterations=1,
                     unknown_future_option=1)
    with pytest.raises(TypeError, match="Corpus.from_path"):
        check_build_args("seeds/")
    import numpy as np

    check_build_args(CORPUS, window_days=np.int64(30), min_confidence=np.float64(0.2))


def test_build_with_valid_edge_arguments_runs():
    tl = timeline.build(CORPUS, max_iterations=1, min_confidence=0, window_days=1, recency_days=0)
    assert tl.documents[0].id == "a"


def test_errors_are_also_builtin_exceptions():
    assert issubclass(InputNotFound, FileNotFoundError) and issubclass(MetadataError, ValueError)
    assert issubclass(OutputError, OSError) and issubclass(UsageError, ValueError)
    for cls in (InputNotFound, EncodingError, PublishedError, MetadataError, OutputError, UsageError):
        assert issubclass(cls, TimelineError)
        assert str(cls("msg", "p")) == "msg" and cls("msg", "p").path == "p"


def test_outputs_get_the_modes_of_a_new_file(tmp_path):
    # the all-or-nothing writer stages in mkstemp files (private, 0600); what it writes
    # must end up readable as any new file would be under the umask
    import os
    import stat

    from timeline.outputs import OutputPlan

    mask = os.umask(0o022)
    try:
        plan = OutputPlan()
        final = plan.file("--json", tmp_path / "t.json")
        with plan:
            plan.write_text(final, "{}")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "t.json").stat().st_mode) == 0o644


# -- dates at the calendar's ends -------------------------------------------------------
# A dated article of 9999-12-31 (or 0001-01-01) beside undated ones once overflowed deep
# inside the publication inference, the undated-report window and the merge blocking.
@pytest.mark.parametrize("day", [date(9999, 12, 31), date(9999, 12, 30), date(1, 1, 1), date(1, 1, 2)])
@pytest.mark.parametrize("other", [
    "اندلع حريق قبل 3 أيام في الغابة",
    "وصل الوفد غدٍ الثلاثاء، 11 تشرين الثاني 9999",
    "أسرت الفصائل أمس 400 عنصر في 2 يناير 1 الماضي الأحد",
])
@pytest.mark.parametrize("first", ["أسرت الفصائل أمس 400 عنصر اليوم الثلاثاء", "وصل الوفد غدٍ الثلاثاء، 11 تشرين الثاني 9999"])
def test_a_dated_article_at_the_calendar_end_builds_beside_undated_ones(day, other, first):
    docs = [Document(text=first, published=day, id="a"),
            Document(text=other, id="b")]
    tl = timeline.build(docs)
    payload = json.loads(tl.to_json())
    assert {d["id"] for d in payload["documents"]} == {"a", "b"}
    for ev in tl.events:
        assert date(1, 1, 1) <= ev.when.start.date() <= date(9999, 12, 31)


def test_the_cli_builds_a_folder_whose_dateline_is_the_last_day_of_the_calendar(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("أسرت الفصائل أمس 400 عنصر من داعش في ريف إدلب يوم 13 شباط 2018 اليوم الثلاثاء", encoding="utf-8")
    (tmp_path / "b.txt").write_text('"9999-12-31"', encoding="utf-8")
    assert main(["build", str(tmp_path)]) == 0
    assert "2018-02-13" in capsys.readouterr().out


# -- found by the fuzz run's whole builds (benchmarks/fuzz.py, kind "build") ------------------
def test_a_document_published_in_the_last_minute_of_the_calendar():
    from datetime import datetime

    doc = Document("وصل الوفد أمس", id="a", published=datetime(9999, 12, 31, 23, 59))
    assert doc.published.grain == "minute" and doc.published.start == datetime(9999, 12, 31, 23, 59)
    assert doc.published.start < doc.published.end
    assert timeline.build([doc]).documents[0].published == doc.published


def test_an_inferred_range_keeps_the_last_day_of_the_calendar():
    from datetime import datetime

    # the credible days run to 9999-12-31: the range once stopped at its midnight
    docs = [Document("قتل 5 أشخاص اليوم الجمعة 31 كانون الأول 9999", id="b"),
            Document("اندلع حريق أمس", id="a", published=date(9999, 12, 31))]
    info = timeline.build(docs).document("b")
    assert info.published_how == "inferred" and max(info.published_days) == date(9999, 12, 31)
    assert info.published.end == datetime.max and "9999-12-31" in info.published.timex  # the last day is in


def test_an_inference_whose_credible_day_is_the_last_of_the_calendar():
    # a range of one day, 9999-12-31, was once empty (start == end) and raised ValueError
    from datetime import datetime

    from timeline.publication import Inference

    inf = Inference(days=(date(9999, 12, 30), date(9999, 12, 31)), weights=(0.01, 0.99), evidence=())
    assert inf.range() == Value.day(date(9999, 12, 31)) and inf.range().end == datetime.max
    assert inf.edtf() == "9999-12-31"


def test_a_clock_time_on_the_last_day_of_the_calendar():
    text = "وصل الوفد في 31/12/9999، وفي تمام الساعة الحادية عشرة ليلا قتل 5 أشخاص"
    tl = timeline.build([Document(text, id="a", published=date(2018, 2, 13))])
    hour = [e for e in tl.events if e.when.grain == "hour"]
    assert hour and hour[0].when.start.isoformat() == "9999-12-31T23:00:00"


@pytest.mark.parametrize("published", [date(9999, 12, 31), date(1, 1, 1),
                                       Value.interval(date(1, 1, 1), date(1, 1, 13), "day", uncertain=True)])
def test_the_chart_of_a_timeline_at_the_calendar_ends(published, tmp_path):
    from timeline.render import save_plot

    docs = [Document("اندلع حريق اليوم في الغابة", id="a", published=published),
            Document("وصل الوفد الخميس الماضي", id="b"),
            Document("قتل 5 أشخاص يوم 13 شباط 2018", id="c", published=date(2018, 2, 14))]
    save_plot(timeline.build(docs), tmp_path / "t.png", dpi=20)
    assert (tmp_path / "t.png").stat().st_size > 0


def test_the_cli_takes_a_reference_range_to_the_last_day_of_the_calendar(capsys):
    assert main(["resolve", "أمس", "--reference", "2018-02-11/9999-12-31"]) == 0
    assert "9999-12-30" in capsys.readouterr().out


def test_an_event_id_of_a_document_id_with_a_lone_surrogate():
    from timeline.ids import event_id

    assert event_id([("\ud800a", 0, 3, "p")]) != event_id([("\ufffda", 0, 3, "p")])
    docs = [Document("قتل 5 أشخاص أمس في ريف إدلب", id="\ud800a", published=date(2018, 2, 13))]
    assert timeline.build(docs).events[0].sources[0].document_id == "\ud800a"


def test_the_dataframe_writes_lone_surrogates_as_replacement_characters():
    pytest.importorskip("pandas")
    from timeline.render import to_dataframe

    tl = _tl_with(["قتل \ud800 5 أشخاص"])
    tl.events[0].sources[0].document_id = "\udfffd"
    df = to_dataframe(tl)
    assert df["text"][0] == "قتل \ufffd 5 أشخاص" and df["documents"][0] == ("\ufffdd",)


def test_the_chart_draws_lone_surrogates_as_replacement_characters(tmp_path):
    from timeline.render import save_plot

    docs = [Document("قتل 5 أشخاص \ud800 أمس في ريف إدلب", id="\ud800a", published=date(2018, 2, 13), source="\udfff")]
    save_plot(timeline.build(docs), tmp_path / "t.png", dpi=20, title="\ud800")
    assert (tmp_path / "t.png").stat().st_size > 0


@pytest.mark.parametrize("text", ["غداً،يومين", "وصل الوفد الخميس، يومين"])
def test_a_relative_day_beside_a_duration_is_not_paired_with_it(text):
    # "يومين" has a day grain but no day: it once stood as the full date beside "غدا"
    docs = [Document("قتل 5 أشخاص أمس", id="a", published=date(2018, 2, 13)), Document(text, id="b")]
    assert timeline.build(docs).document("b").published is not None


def test_no_module_constant_is_bound_twice_by_accident():
    """A module-level name bound a second time without using the first binding silently
    replaces a table other rules read (a new rule's ``_ONLY`` once shadowed the "فقط" words of
    spans' offsets and moved 19 events): every rebinding must extend the name it replaces
    (``SUB_ONE = {**SUB_ONE, ...}``)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "timeline"
    bad = []
    for path in sorted(root.rglob("*.py")):
        seen = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                targets, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                targets, value = [node.target.id], node.value
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                targets, value = [node.name], None
            else:
                continue
            used = set() if value is None else {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
            for name in targets:
                if name in seen and name not in used:
                    bad.append(f"{path.relative_to(root)}:{node.lineno} {name} (first bound at line {seen[name]})")
                seen.setdefault(name, node.lineno)
    assert not bad, bad

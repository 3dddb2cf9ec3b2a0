"""Reading articles: a folder of ``.txt`` files, one text file, JSONL, CSV, a DataFrame, Parquet.

Every reader returns a list of :class:`timeline.Document`; :class:`timeline.Corpus`'s
``from_dir``, ``from_jsonl``, ``from_csv``, ``from_dataframe``, ``from_parquet`` and
``from_path`` wrap them, and the command line reads through :func:`read_path`, so the
API and ``timeline build`` list the same articles.  Problems raise the classes of
:mod:`timeline.errors` naming the file; what is skipped is reported with a
:class:`timeline.errors.CorpusWarning`.

A folder
    Every regular file whose name ends in ``.txt`` (any case: ``B.TXT`` is read, id
    ``B``) directly in the folder, in name order; the id is the name without the suffix.
    Sub-folders are not read.  Skipped with a warning: a dangling symlink, a symlink
    loop, a folder (or anything that is not a regular file) named ``x.txt``.
    Metadata, key by key, highest precedence first: ``NAME.json`` beside ``NAME.txt``
    (an object), then ``corpus.csv``, then ``corpus.json``.  ``corpus.json`` and
    ``corpus.csv`` are the folder's files, never the side file of an article named
    ``corpus.txt``.  Keys: ``published``, ``source``, ``url``, ``title``, ``id`` (a new
    id for the article) and, in the folder files, ``file`` (the article's file name,
    ``a.txt`` or ``a``).
One text file (``timeline build DIR/a.txt``)
    The article with its ``a.json`` and its entry in the folder's ``corpus.csv`` /
    ``corpus.json``, exactly as when the whole folder is read.
JSONL (or a ``.json`` list of objects), CSV, DataFrame, Parquet
    One article a row; the column names are settable (``text=``, ``id=``,
    ``published=``, ``source=``, ``url=``, ``title=``); other columns are ignored.
    A row whose text is missing (null, NaN, no key) is skipped with a warning; a missing
    id is the hash of the text (as ``Document``); a missing ``published`` is unknown.
    Lone surrogates (a JSON ``"\\ud800"`` escape: not Unicode text) are replaced by
    U+FFFD, one character for one, with a warning.
"""

from __future__ import annotations

import csv
import difflib
import errno
import io
import json
import math
import os
import posixpath
import re
import stat
import sys
import threading
import warnings
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .errors import CorpusWarning, EncodingError, InputNotFound, MetadataError, PublishedError, UsageError

__all__ = [
    "ARTICLE_KEYS",
    "COLUMN_KEYS",
    "read_folder",
    "read_text_article",
    "read_jsonl",
    "read_csv",
    "read_dataframe",
    "read_parquet",
    "read_records",
    "read_path",
    "list_folder",
    "TABLE_SUFFIXES",
]

#: metadata keys an article may carry (in NAME.json, corpus.json, corpus.csv)
ARTICLE_KEYS = ("id", "published", "source", "url", "title")
#: the settable column names of the table readers (key -> default column)
COLUMN_KEYS = ("text",) + ARTICLE_KEYS
FOLDER_FILES = ("corpus.json", "corpus.csv")
#: file suffixes read as tables by :func:`read_path` (anything else is one text article)
TABLE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "csv",
                  ".parquet": "parquet", ".pq": "parquet"}


def _warn(message: str) -> None:
    warnings.warn(message, CorpusWarning, stacklevel=4)


def _hint(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(key).lower(), list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


# -- text files ------------------------------------------------------------------------------
def decode_text(data: bytes, name: str) -> str:
    """UTF-8 bytes (a BOM is dropped) as text; :class:`EncodingError` naming ``name``, the
    byte offset and the line otherwise, or when the text holds NUL bytes."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise EncodingError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}); "
            "convert it first, e.g. iconv -f CP1256 -t UTF-8",
            name,
        ) from None
    if "\x00" in text:
        raise EncodingError(f"{name}: binary content (NUL bytes), not a text article", name)
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except IsADirectoryError:
        raise InputNotFound(f"{path}: is a folder, expected a file", path) from None
    except OSError as exc:
        raise InputNotFound(f"{path}: cannot read: {exc.strerror or exc}", path) from None


def _refuse(p: Path, kind: str, messages: dict[str, str]) -> None:
    """Raise InputNotFound when ``kind`` (from :func:`_kind`) is one the caller cannot read:
    with its message from ``messages`` (``{p}`` is the path), or "cannot read" for an
    error looking at it."""
    if kind in messages:
        raise InputNotFound(messages[kind].format(p=p), p)
    if kind.startswith("error"):
        raise InputNotFound(f"{p}: cannot read: {kind[7:]}", p)


def _kind(path: Path) -> str:
    """'file', 'dir', 'missing', 'dangling', 'loop', 'other' (a device, a fifo ...), or
    'error: ...' for a path that cannot be looked at."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "loop"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "dangling" if os.path.islink(path) else "missing"
        if exc.errno == errno.ENAMETOOLONG:
            return "missing"
        return f"error: {exc.strerror or exc}"
    if stat.S_ISREG(st.st_mode):
        return "file"
    if stat.S_ISDIR(st.st_mode):
        return "dir"
    return "other"


def read_text_article(path: str | os.PathLike) -> str:
    """The text of one article file (UTF-8), with the errors of this module."""
    p = Path(path)
    _refuse(p, _kind(p), {
        "missing": "{p}: no such file", "dangling": "{p}: a dangling symlink", "loop": "{p}: a symlink loop",
        "dir": "{p}: is a folder, expected a text file",
        "other": "{p}: not a regular file (a device, a pipe or a socket)",
    })
    return decode_text(_read_bytes(p), str(p))


# -- metadata files --------------------------------------------------------------------------
def _read_json_file(path: Path) -> Any:
    kind = _kind(path)
    if kind != "file":
        what = {"dir": "is a folder", "dangling": "is a dangling symlink", "loop": "is a symlink loop",
                "other": "is not a regular file"}.get(kind, kind)
        raise MetadataError(f"{path}: {what}, expected a JSON metadata file", path)
    text = decode_text(_read_bytes(path), str(path))
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise MetadataError(f"{path}: cannot read metadata ({exc})", path) from None


def _check_keys(entry: Mapping, path: Path, where: str, allowed: tuple[str, ...], seen: set) -> dict:
    """The entry's known keys (values kept as given); unknown keys warned about once per
    file and key, with a "did you mean" hint."""
    out = {}
    for k, v in entry.items():
        key = str(k)
        if key in allowed:
            out[key] = v
        elif key not in seen:
            seen.add(key)
            _warn(f"{path}: {where}unknown key {key!r} ignored{_hint(key, allowed)}; known keys: {', '.join(allowed)}")
    return out


def _side_metadata(path: Path) -> dict:
    data = _read_json_file(path)
    if not isinstance(data, dict):
        raise MetadataError(
            f"{path}: expected a JSON object with {', '.join(ARTICLE_KEYS)}, got {_json_type(data)}", path
        )
    return _check_keys(data, path, "", ARTICLE_KEYS, set())


def _json_type(x: Any) -> str:
    return {list: "a list", type(None): "null", str: "a string", bool: "a boolean", int: "a number",
            float: "a number"}.get(type(x), type(x).__name__)


class _FolderMeta:
    """corpus.json and corpus.csv of a folder: entries keyed by the article's file stem,
    each value a dict key -> (value, file it came from)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.entries: dict[str, dict[str, tuple[Any, Path]]] = {}
        self.where: dict[str, list[str]] = {}  # stem -> where its entries are (for warnings)
        self.subfolder: list[tuple[str, str]] = []
        cj = folder / "corpus.json"
        if os.path.lexists(cj):
            self._add(self._json_entries(cj), cj)
        cc = folder / "corpus.csv"
        if os.path.lexists(cc):
            self._add(self._csv_entries(cc), cc)

    def _add(self, entries: list[tuple[str, str, dict]], path: Path) -> None:
        own: dict[str, str] = {}
        for where, key, entry in entries:
            name = posixpath.normpath(key.replace("\\", "/"))
            if "/" in name.strip("/"):
                self.subfolder.append((f"{path}: {where}", name))
                continue
            stem = name.strip("/")
            if stem.lower().endswith(".txt"):
                stem = stem[:-4]
            if stem in own:
                raise MetadataError(f"{path}: {where}names the article {key!r} already named by {own[stem]}", path)
            own[stem] = where.rstrip(": ") or "another entry"
            slot = self.entries.setdefault(stem, {})
            for k, v in entry.items():
                if k == "file" or _missing(v):
                    continue
                slot[k] = (v, path)  # later files (corpus.csv) take precedence
            self.where.setdefault(stem, []).append(f"{path}: {where}".rstrip(": "))

    def _json_entries(self, path: Path) -> list[tuple[str, str, dict]]:
        data = _read_json_file(path)
        seen: set = set()
        allowed = ARTICLE_KEYS + ("file",)
        out = []
        if isinstance(data, dict):
            items = [(f"entry {k!r}: ", k, v) for k, v in data.items()]
        elif isinstance(data, list):
            items = [(f"entry {i}: ", None, v) for i, v in enumerate(data)]
        else:
            raise MetadataError(
                f"{path}: expected a list of objects or an object mapping file names to objects, got {_json_type(data)}",
                path,
            )
        for where, k, v in items:
            if not isinstance(v, dict):
                raise MetadataError(f"{path}: {where}expected an object, got {_json_type(v)}", path)
            entry = _check_keys(v, path, where, allowed, seen)
            key = k if k is not None else (entry.get("file") or entry.get("id"))
            if k is not None and entry.get("file"):
                key = entry["file"]
            if _missing(key) or not isinstance(key, (str, int)) or not str(key).strip():
                raise MetadataError(f"{path}: {where}has neither a 'file' nor an 'id' naming its article", path)
            out.append((where, str(key).strip(), entry))
        return out

    def _csv_entries(self, path: Path) -> list[tuple[str, str, dict]]:
        kind = _kind(path)
        if kind != "file":
            raise MetadataError(f"{path}: is not a regular file", path)
        text = decode_text(_read_bytes(path), str(path))
        rows = _csv_rows(text, path, ",")
        if rows is None:
            return []
        header, body = rows
        allowed = ARTICLE_KEYS + ("file",)
        if "id" not in header and "file" not in header:
            raise MetadataError(
                f"{path}: the header has no 'id' or 'file' column (it has {', '.join(map(repr, header)) or 'none'}); "
                "the first line must name the columns: file or id, published, source, url, title",
                path,
            )
        for h in header:
            if h not in allowed:
                _warn(f"{path}: unknown column {h!r} ignored{_hint(h, allowed)}; known columns: {', '.join(allowed)}")
        out = []
        for line, cells in body:
            entry = {h: c for h, c in zip(header, cells) if h in allowed and c != ""}
            key = entry.get("file") or entry.get("id")
            if not key:
                raise MetadataError(f"{path}: line {line}: no 'file' or 'id' value naming its article", path)
            out.append((f"line {line}: ", key, entry))
        return out

    def info(self, stem: str) -> dict[str, tuple[Any, Path]]:
        return dict(self.entries.get(stem, {}))

    def warn_unused(self, stems: set[str]) -> None:
        for where, name in self.subfolder:
            _warn(f"{where}refers to {name!r}, which is not directly in {self.folder} "
                  "(articles in sub-folders are not read): entry ignored")
        for stem, wheres in self.entries.items():
            if stem not in stems:
                _warn(f"{self.where[stem][0]}: no article {stem!r} ({stem}.txt) in {self.folder}: entry ignored"
                      + _hint(stem, stems).replace("did you mean", "did you mean the article"))


_CSV_LOCK = threading.Lock()


def _csv_rows(text: str, path: Path, delimiter: str):
    """(header, [(line, cells)]) of a CSV text, or None when it is empty.  Fields of any
    length are read; a row with more or fewer cells than the header raises
    :class:`MetadataError` naming the line."""
    with _CSV_LOCK:
        old = csv.field_size_limit()
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        try:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
            try:
                header = next(reader, None)
                if header is None:
                    return None
                header = [h.strip() for h in header]
                body = []
                for cells in reader:
                    if not cells or (len(cells) == 1 and not cells[0].strip() and len(header) > 1):
                        continue  # a blank line
                    if len(cells) != len(header):
                        raise MetadataError(
                            f"{path}: line {reader.line_num}: {len(cells)} fields, but the header has {len(header)}"
                            " (a ragged row: a missing or extra delimiter, or an unquoted delimiter in a value)",
                            path,
                        )
                    body.append((reader.line_num, cells))
            except csv.Error as exc:
                raise MetadataError(f"{path}: line {reader.line_num}: not valid CSV ({exc})", path) from None
        finally:
            csv.field_size_limit(old)
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        raise MetadataError(f"{path}: the header names {', '.join(map(repr, dupes))} twice", path)
    return header, body


# -- building documents ---------------------------------------------------------------------
def _missing(x: Any) -> bool:
    if x is None:
        return True
    if isinstance(x, float) and math.isnan(x):
        return True
    try:
        return bool(x != x)  # NaN-likes, pandas.NaT
    except Exception:  # noqa: BLE001 - arrays and odd objects: not a missing marker
        return False


def _plain(x: Any) -> Any:
    """pandas/numpy scalars as Python values."""
    if _missing(x):
        return None
    if hasattr(x, "to_pydatetime"):
        x = x.to_pydatetime()
    if isinstance(x, datetime) and type(x) is not datetime:
        x = datetime(x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo)
    elif isinstance(x, date) and not isinstance(x, datetime) and type(x) is not date:
        x = date(x.year, x.month, x.day)
    elif hasattr(x, "item") and not isinstance(x, (str, bytes)):
        try:
            x = x.item()
        except (TypeError, ValueError):
            pass
    return x


def _text_cell(x: Any, what: str, where: str, path) -> str | None:
    x = _plain(x)
    if x is None or x == "":
        return None
    if isinstance(x, bool) or isinstance(x, (list, dict, tuple)):
        raise MetadataError(f"{where}: {what} must be text, got {type(x).__name__}", path)
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)


def _make_document(text: str, info: Mapping[str, tuple[Any, Any]], where: str, default_id: str | None,
                   path=None):
    """A Document from ``text`` and metadata ``{key: (value, source)}``; errors name
    ``where`` (the article) and the metadata file a bad value came from."""
    from .documents import Document, parse_published, published_offset

    def src(key):
        s = info[key][1]
        return f" (from {s})" if s is not None and str(s) not in where else ""

    def file_of(key):
        return info[key][1] if key in info and info[key][1] is not None else path

    fields: dict[str, Any] = {}
    for key in ("id", "source", "url", "title"):
        if key in info:
            fields[key] = _text_cell(info[key][0], key, where + src(key), file_of(key))
    if fields.get("id") is None:
        fields["id"] = default_id
    published = _plain(info["published"][0]) if "published" in info else None
    if isinstance(published, str) and not published.strip():
        published = None
    offset = None
    if published is not None:
        try:
            offset = published_offset(published)
            published = parse_published(published)
        except (ValueError, TypeError, OverflowError) as exc:
            why = "outside the calendar this library handles (years 1 to 9999)" if isinstance(exc, OverflowError) else exc
            raise PublishedError(f"{where}: published {info['published'][0]!r}{src('published')}: {why}",
                                 file_of("published")) from None
    try:
        return Document(text, published=published, published_offset=offset, **fields)
    except (ValueError, TypeError, OverflowError) as exc:
        raise MetadataError(f"{where}: {exc}", file_of("id")) from None


def _unique(docs: list, wheres: list[str], path) -> list:
    seen: dict[str, str] = {}
    for d, w in zip(docs, wheres):
        if d.id in seen:
            raise MetadataError(f"{w}: the id {d.id!r} is already the id of {seen[d.id]}", path)
        seen[d.id] = w
    return docs


# -- a folder ------------------------------------------------------------------------------------
def list_folder(folder: str | os.PathLike) -> list[Path]:
    """The article files of a folder, in name order (the listing both the API and the
    command line read).  Skipped, each with a :class:`CorpusWarning`: a dangling symlink,
    a symlink loop, and a folder or other non-file named ``*.txt``."""
    p = Path(folder)
    kind = _kind(p)
    if kind in ("missing", "dangling"):
        raise InputNotFound(f"corpus directory not found: {p}", p)
    if kind == "loop":
        raise InputNotFound(f"{p}: a symlink loop, not a folder", p)
    if kind != "dir":
        raise InputNotFound(f"not a directory: {p}", p)
    try:
        names = sorted(os.listdir(p))
    except OSError as exc:
        raise InputNotFound(f"{p}: cannot list the folder: {exc.strerror or exc}", p) from None
    files = []
    for name in names:
        if not name.lower().endswith(".txt") or len(name) <= 4:
            continue
        f = p / name
        kind = _kind(f)
        if kind == "file":
            files.append(f)
        elif kind == "dangling":
            _warn(f"{f}: a dangling symlink (to {os.readlink(f)!r}): skipped")
        elif kind == "loop":
            _warn(f"{f}: a symlink loop: skipped")
        elif kind == "dir":
            _warn(f"{f}: a folder, not an article (sub-folders are not read): skipped")
        elif kind == "other":
            _warn(f"{f}: not a regular file (a device, a pipe or a socket): skipped")
        else:
            raise InputNotFound(f"{f}: cannot read: {kind[7:]}", f)
    return files


def _stem(f: Path) -> str:
    return f.name[:-4]


def _id_of(f: Path, stem: str) -> str:
    """The id of an article file: its name without the suffix; a name that is not UTF-8
    (its bytes decoded with surrogates) gets its odd bytes written as ``\\xff``."""
    if not _SURROGATE.search(stem):
        return stem
    fixed = os.fsencode(stem).decode("utf-8", "backslashreplace")
    _warn(f"{f.parent / fixed}: the file name is not UTF-8; the article's id is {fixed!r}")
    return fixed


def _side_file(f: Path, names: set[str] | None = None) -> Path | None:
    """``NAME.json`` beside ``NAME.txt`` when it exists (``names``: the folder's entries,
    when already listed)."""
    if f.name.lower() in ("corpus.txt",):
        return None  # corpus.json is the folder's metadata, not corpus.txt's
    name = _stem(f) + ".json"
    if names is not None:
        return f.with_name(name) if name in names else None
    side = f.with_name(name)
    return side if os.path.lexists(side) else None


def _article(f: Path, meta: _FolderMeta, names: set[str] | None = None) -> Any:
    # a listed file is a regular file: read it (an error now is a race or a permission)
    text = decode_text(_read_bytes(f), str(f)) if names is not None else read_text_article(f)
    info = meta.info(_stem(f))
    side = _side_file(f, names)
    if side is not None:
        for k, v in _side_metadata(side).items():
            if not _missing(v):
                info[k] = (v, side)
    return _make_document(text, info, str(f), _id_of(f, _stem(f)), f)


def read_folder(folder: str | os.PathLike, *, progress: Callable | None = None) -> list:
    """The articles of a folder (see the module docstring), as Documents."""
    p = Path(folder)
    files = list_folder(p)
    meta = _FolderMeta(p)
    stems = {_stem(f) for f in files}
    meta.warn_unused(stems)
    names = set(os.listdir(p))
    for name in sorted(names):
        if name.endswith(".json") and name not in FOLDER_FILES and name[:-5] not in stems:
            _warn(f"{p / name}: no article {name[:-5]}.txt beside it: ignored")
    if progress is not None:
        progress(0, len(files))
    docs = []
    for i, f in enumerate(files, 1):
        docs.append(_article(f, meta, names))
        if progress is not None:
            progress(i, len(files))
    if not docs:
        _warn(f"{p}: no .txt articles in this folder")
    return _unique(docs, [str(f) for f in files], p)


def read_one_text(path: str | os.PathLike) -> list:
    """One article file with its side ``.json`` and its folder's corpus.csv/corpus.json
    entry: the same Document as when the whole folder is read."""
    f = Path(path)
    text = read_text_article(f)  # first: the clearest error for a missing or odd file
    if not f.name.lower().endswith(".txt"):
        return [_make_document(text, {}, str(f), _id_of(f, f.stem or f.name), f)]
    meta = _FolderMeta(f.parent)
    return [_article(f, meta)]


# -- tables --------------------------------------------------------------------------------------
def _columns(columns: Mapping[str, str | None]) -> dict[str, str | None]:
    out = {k: k for k in COLUMN_KEYS}
    for k, v in columns.items():
        if k not in COLUMN_KEYS:
            raise UsageError(f"unknown column option {k!r}{_hint(k, COLUMN_KEYS)}; the options are {', '.join(COLUMN_KEYS)}")
        if v is not None and not isinstance(v, str):
            raise TypeError(f"the column name for {k!r} must be a str or None, got {type(v).__name__}")
        out[k] = v
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE_LIKE = ("date", "published_at", "publish_date", "pubdate", "published_date", "datetime", "timestamp",
              "time", "created_at", "date_published", "publication_date")


def read_records(rows: Iterable[tuple[str, Mapping]], *, name: str, path=None, columns: Mapping | None = None,
                 header: Iterable[str] | None = None, given: Iterable[str] = ()) -> list:
    """Documents from rows (``(where, {column: value})``), one article a row, with the
    column names of ``columns`` (key -> column; None: not read).  ``header``: every
    column of the table, to check the named columns exist (``given``: the keys the
    caller named explicitly, which must exist; the text column always must)."""
    cols = _columns(columns or {})
    rows = list(rows)
    if header is None:
        seen: dict[str, None] = {}
        for _, r in rows:
            for k in r:
                seen.setdefault(str(k), None)
        header = list(seen)
    header = [str(h) for h in header]
    hs = set(header)
    must = {"text"} | set(given)
    for key in sorted(must, key=COLUMN_KEYS.index):
        c = cols[key]
        if c is not None and c not in hs and (rows or key != "text"):
            raise MetadataError(
                f"{name}: no {c!r} column for the article's {key}{_hint(c, header)}; the columns are "
                f"{', '.join(map(repr, header)) or 'none'} (choose another with {key}=...)",
                path,
            )
    if cols["published"] == "published" and "published" not in hs and "published" not in given:
        dates = [h for h in header if h.lower() in _DATE_LIKE]
        if dates:
            _warn(f"{name}: no 'published' column, so no publication date is read; the column {dates[0]!r} "
                  f"looks like one: pass published={dates[0]!r}")
    docs, wheres = [], []
    surrogates: list[str] = []
    for where, r in rows:
        text = _plain(r.get(cols["text"])) if cols["text"] is not None else None
        if text is None:
            _warn(f"{name}: {where}: no text: row skipped")
            continue
        if not isinstance(text, str):
            raise MetadataError(f"{name}: {where}: the text must be a string, got {type(text).__name__}", path)
        if _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
            surrogates.append(where)
        info = {}
        for key in ARTICLE_KEYS:
            c = cols[key]
            if c is not None and c in r and not _missing(r[c]):
                v = r[c]
                if isinstance(v, str) and _SURROGATE.search(v):
                    v = _SURROGATE.sub("\ufffd", v)
                    surrogates.append(where)
                info[key] = (v, None)
        docs.append(_make_document(text, info, f"{name}: {where}", None, path))
        wheres.append(f"{name}: {where}")
    if surrogates:
        rows_named = ", ".join(dict.fromkeys(surrogates[:5])) + (" ..." if len(set(surrogates)) > 5 else "")
        _warn(f"{name}: lone surrogates (not Unicode text; from escapes such as \\ud800) in {rows_named}: "
              "each replaced by U+FFFD (offsets are unchanged)")
    return _unique(docs, wheres, path)


def _check_file(path: Path) -> None:
    kind = _kind(path)
    if kind == "file":
        return
    if kind in ("missing", "dangling"):
        raise InputNotFound(f"{path}: no such file", path)
    what = {"dir": "is a folder", "loop": "is a symlink loop", "other": "is not a regular file"}.get(kind, kind)
    raise InputNotFound(f"{path}: {what}", path)


def read_jsonl(path: str | os.PathLike, **columns) -> list:
    """One article a line: a JSON object with the text and metadata columns."""
    p = Path(path)
    _check_file(p)
    text = decode_text(_read_bytes(p), str(p))
    rows = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise MetadataError(f"{p}: line {n}: not JSON ({exc})", p) from None
        if not isinstance(obj, dict):
            raise MetadataError(f"{p}: line {n}: expected a JSON object, got {_json_type(obj)}", p)
        rows.append((f"line {n}", obj))
    return read_records(rows, name=str(p), path=p, columns=columns, given=_given(columns))


def read_json_list(path: str | os.PathLike, **columns) -> list:
    """A ``.json`` file holding a list of article objects (the JSONL records in one
    array)."""
    p = Path(path)
    _check_file(p)
    data = _read_json_file(p)
    if not isinstance(data, list):
        raise MetadataError(
            f"{p}: expected a list of article objects (one per article, with a {columns.get('text') or 'text'!r} key), "
            f"got {_json_type(data)}; a NAME.json beside NAME.txt is read with its folder",
            p,
        )
    rows = []
    for i, obj in enumerate(data):
        if not isinstance(obj, dict):
            raise MetadataError(f"{p}: entry {i}: expected a JSON object, got {_json_type(obj)}", p)
        rows.append((f"entry {i}", obj))
    return read_records(rows, name=str(p), path=p, columns=columns, given=_given(columns))


def _given(columns: Mapping) -> list[str]:
    return [k for k, v in columns.items() if v is not None and k != "text"]


def read_csv(path: str | os.PathLike, *, delimiter: str | None = None, **columns) -> list:
    """One article a row of a CSV file (UTF-8, a header row naming the columns; a
    ``.tsv`` file is tab-separated).  Fields of any length are read."""
    p = Path(path)
    _check_file(p)
    text = decode_text(_read_bytes(p), str(p))
    if delimiter is None:
        delimiter = "\t" if p.suffix.lower() == ".tsv" else ","
    got = _csv_rows(text, p, delimiter)
    if got is None:
        return []
    header, body = got
    rows = [(f"line {line}", dict(zip(header, cells))) for line, cells in body]
    return read_records(rows, name=str(p), path=p, columns=columns, header=header, given=_given(columns))


def read_dataframe(df: Any, **columns) -> list:
    """One article a row of a pandas DataFrame (any index; the row's label is named in
    errors)."""
    if not hasattr(df, "columns") or not hasattr(df, "to_dict"):
        raise TypeError(f"from_dataframe() expects a pandas DataFrame, got {type(df).__name__}")
    header = [str(c) for c in df.columns]
    records = df.to_dict("records")
    rows = [(f"row {label!r}", {str(k): v for k, v in rec.items()}) for label, rec in zip(df.index, records)]
    return read_records(rows, name="DataFrame", columns=columns, header=header, given=_given(columns))


def _distribution() -> str:
    try:
        from importlib.metadata import packages_distributions

        dists = packages_distributions().get("timeline") or []
        return dists[0] if dists else "timeline"
    except Exception:  # noqa: BLE001 - only for the message
        return "timeline"


def read_parquet(path: str | os.PathLike, **columns) -> list:
    """One article a row of a Parquet file (needs pyarrow: the ``parquet`` extra)."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ImportError(
            "Corpus.from_parquet() needs pyarrow, which is not installed: "
            f"pip install '{_distribution()}[parquet]' (or pip install pyarrow)"
        ) from exc
    p = Path(path)
    _check_file(p)
    try:
        table = pq.read_table(p)
    except Exception as exc:  # noqa: BLE001 - pyarrow's errors have no common base worth naming
        raise MetadataError(f"{p}: cannot read as Parquet ({type(exc).__name__}: {exc})", p) from None
    header = [str(c) for c in table.column_names]
    rows = [(f"row {i}", rec) for i, rec in enumerate(table.to_pylist())]
    return read_records(rows, name=str(p), path=p, columns=columns, header=header, given=_given(columns))


def read_path(path: str | os.PathLike, *, progress: Callable | None = None, **columns) -> list:
    """The articles at ``path``: a folder (:func:`read_folder`), a ``.jsonl``/``.ndjson``,
    ``.json`` (a list of article objects), ``.csv``/``.tsv`` or ``.parquet`` table, or one
    text article (any other file)."""
    p = Path(path)
    kind = _kind(p)
    _refuse(p, kind, {
        "missing": "{p}: no such file or folder", "dangling": "{p}: no such file or folder",
        "loop": "{p}: a symlink loop",
        "other": "{p}: not a regular file or a folder (a device, a pipe or a socket)",
    })
    if kind == "dir":
        if columns:
            raise UsageError(f"{p}: a folder of .txt articles has no columns to choose ({', '.join(columns)})")
        return read_folder(p, progress=progress)
    fmt = TABLE_SUFFIXES.get(p.suffix.lower())
    if fmt == "jsonl":
        return read_jsonl(p, **columns)
    if fmt == "json":
        return read_json_list(p, **columns)
    if fmt == "csv":
        return read_csv(p, **columns)
    if fmt == "parquet":
        return read_parquet(p, **columns)
    if columns:
        raise UsageError(f"{p}: a text article has no columns to choose ({', '.join(columns)})")
    return read_one_text(p)


def corpus_guard(path: str | os.PathLike) -> Callable[[Path], str | None]:
    """For an output path, why writing it would change the corpus at ``path`` the next
    time it is read (a ``.txt`` file, a ``corpus.json``/``corpus.csv`` or an article's
    ``NAME.json`` in the corpus folder), or None."""
    p = Path(path)
    folder = p if _kind(p) == "dir" else (p.parent if p.name.lower().endswith(".txt") else None)
    if folder is None:
        return lambda out: None
    here = os.path.normcase(os.path.realpath(folder))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            stems = {_stem(f) for f in list_folder(folder)}
        except InputNotFound:
            stems = set()

    def guard(out: Path) -> str | None:
        if os.path.normcase(os.path.realpath(Path(out).parent)) != here:
            return None
        name = Path(out).name
        if name.lower().endswith(".txt") or name in FOLDER_FILES or (name.endswith(".json") and name[:-5] in stems):
            return (f"in the corpus folder {folder}, this file would be read as part of the corpus "
                    f"({'an article' if name.lower().endswith('.txt') else 'metadata'}) the next time; "
                    "write it elsewhere")
        return None

    return guard


def input_files(path: str | os.PathLike) -> list[Path]:
    """Every file :func:`read_path` reads at ``path`` (articles and metadata files), for
    the command line's check that no output overwrites an input."""
    p = Path(path)
    if _kind(p) == "dir":
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for f in list_folder(p):
                out.append(f)
                side = _side_file(f)
                if side is not None:
                    out.append(side)
        out += [p / n for n in FOLDER_FILES if os.path.lexists(p / n)]
        return out
    out = [p]
    if p.name.lower().endswith(".txt") and p.suffix.lower() not in TABLE_SUFFIXES:
        side = _side_file(p)
        if side is not None:
            out.append(side)
        out += [p.parent / n for n in FOLDER_FILES if os.path.lexists(p.parent / n)]
    return out

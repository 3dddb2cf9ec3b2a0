"""The ``timeline`` command (also ``python -m timeline``).

::

    timeline build DIR|FILE.txt|FILE.jsonl|FILE.csv|FILE.parquet [--column KEY=NAME ...]
                   [--plot out.png|out.svg] [--json out.json] [--timeml DIR] [--csv out.csv] [--html out.html]
    timeline resolve "قبل يومين" --reference 2018-02-13
    timeline extract FILE [--reference 2018-02-13]

Exit codes (also in ``timeline --help``); for the corpus and the outputs they come from
the exception classes of :mod:`timeline.errors` (``exit_code``), never from messages:

== =====================================================================
0  success
1  nothing found (``resolve``: no temporal expression that can be resolved)
2  bad usage (unknown option, unsupported --plot format, two outputs on one path ...)
3  the input does not exist, is not a regular file or folder, or holds no article
4  a file is not valid UTF-8 text
5  a date could not be read (``--reference``, or ``published`` in an article's metadata)
6  an output file could not be written (or would overwrite an input, or its name is
   over the file system's limit)
7  a metadata or table file (``NAME.json``, ``corpus.json``, ``corpus.csv``, JSONL,
   CSV, Parquet) is malformed, or two articles get one id
70 an internal error (a bug: please report it with ``--traceback`` output)
== =====================================================================

What the reader skips (a dangling symlink, a folder named ``x.txt``, a metadata entry
for a missing article, an unknown metadata key) is printed as ``timeline: warning: ...``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any, Sequence

EXIT_OK = 0
EXIT_NOTHING = 1
EXIT_USAGE = 2
EXIT_MISSING = 3
EXIT_ENCODING = 4
EXIT_BAD_DATE = 5
EXIT_OUTPUT = 6
EXIT_METADATA = 7
EXIT_INTERNAL = 70

#: A corpus with at least this many articles gets a progress bar (on a terminal).
PROGRESS_MIN_DOCUMENTS = 25
PLOT_FORMATS = (".png", ".svg", ".pdf")

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


class CliError(Exception):
    """An error to report to the user with an exit code (no traceback)."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


# -- reading input ---------------------------------------------------------------------
def parse_reference(text: str):
    """A ``--reference`` value: ``YYYY-MM-DD`` (a date), ``YYYY-MM-DDTHH:MM`` (a
    datetime), or ``FIRST/LAST`` (a range of possible publication days, last included,
    as in EDTF) which becomes a :class:`timeline.Value`.  Raises CliError (exit 5)."""
    from .values import Value, moved

    raw = text
    text = text.strip().translate(_DIGITS)

    def one(s: str):
        s = s.strip()
        try:
            if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", s):
                y, m, d = map(int, s.split("-"))
                return date(y, m, d)
            if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}(:\d{2})?", s):
                return datetime.fromisoformat(s.replace(" ", "T") if "T" not in s else s)
        except ValueError as exc:
            raise CliError(f"bad date {raw!r}: {exc}", EXIT_BAD_DATE) from None
        raise CliError(
            f"bad date {raw!r}: expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or FIRST/LAST (e.g. 2018-02-11/2018-02-13)",
            EXIT_BAD_DATE,
        )

    if "/" in text:
        a, _, b = text.partition("/")
        first, last = one(a), one(b)
        if isinstance(first, datetime) or isinstance(last, datetime):
            raise CliError(f"bad date range {raw!r}: give days, e.g. 2018-02-11/2018-02-13", EXIT_BAD_DATE)
        if last < first:
            raise CliError(f"bad date range {raw!r}: the last day is before the first", EXIT_BAD_DATE)
        if first == last:
            return first
        # a datetime, so that a range to 9999-12-31 runs to the calendar's end (a date stops at date.max)
        return Value.interval(first, moved(datetime(last.year, last.month, last.day), 1), "day", uncertain=True)
    return one(text)


def read_text(path: str) -> str:
    """A UTF-8 text file (``-`` = standard input), with clear errors: exit 3 when it is
    missing or unreadable, 4 when it is not UTF-8 text, 2 when it is a folder."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise CliError(f"{path}: no such file", EXIT_MISSING)
        if p.is_dir():
            raise CliError(f"{path}: is a folder, expected a text file (use 'timeline build {path}')", EXIT_USAGE)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise CliError(f"{path}: cannot read: {exc.strerror or exc}", EXIT_MISSING) from None
        name = path
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text of a file or stdin (the readers' decoding: an ``EncodingError``, exit 4,
    naming the byte and line otherwise)."""
    from .readers import decode_text

    return decode_text(data, name)


# -- progress --------------------------------------------------------------------------
class Progress:
    """A one-line progress bar on stderr: ``label [#####.....] 52% 520/1000 0:12``.

    Drawn only when ``enabled``; redraws at most ten times a second.
    """

    def __init__(self, total: int, label: str, enabled: bool, stream=None, width: int = 30):
        self.total = max(int(total), 1)
        self.label = label
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.done = 0
        self._t0 = time.monotonic()
        self._last = 0.0

    def __call__(self, done: int | None = None, total: int | None = None) -> None:
        """Advance by one, or set the count (``done``) and optionally the ``total``."""
        if total is not None:
            self.total = max(int(total), 1)
        self.done = self.done + 1 if done is None else int(done)
        now = time.monotonic()
        if self.enabled and (now - self._last >= 0.1 or self.done >= self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        frac = min(self.done / self.total, 1.0)
        full = int(frac * self.width)
        secs = int(now - self._t0)
        self.stream.write(
            f"\r{self.label} [{'#' * full}{'.' * (self.width - full)}] {frac:4.0%} "
            f"{self.done}/{self.total} {secs // 60}:{secs % 60:02d}"
        )
        self.stream.flush()

    def stage(self, label: str, total: int | None = None) -> None:
        """Start a new stage: end the current line, reset the count."""
        if self.enabled and self.done:
            self.stream.write("\n")
        self.label = label
        if total is not None:
            self.total = max(int(total), 1)
        self.done = 0
        self._t0 = time.monotonic()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


# -- commands -------------------------------------------------------------------------
def _plan_outputs(args, inputs, guard=None):
    """Check every output before any work (exit 2 or 6 naming the option): the plot
    format, the folders, the names' length, no output over an input, no two outputs on
    one path."""
    from .outputs import OutputPlan

    if args.plot and Path(args.plot).suffix.lower() not in PLOT_FORMATS:
        raise CliError(f"--plot {args.plot}: unsupported format; use one of {', '.join(PLOT_FORMATS)}", EXIT_USAGE)
    plan = OutputPlan(inputs=inputs, guard=guard)
    targets = {}
    for opt in ("json", "csv", "plot", "html"):
        out = getattr(args, opt)
        if out:
            targets[opt] = plan.file(f"--{opt}", out)
    if args.timeml:
        targets["timeml"] = plan.folder("--timeml", args.timeml)
    return plan, targets


def _columns(specs: Sequence[str] | None) -> dict[str, str | None]:
    """``--column published=date`` options as reader arguments (``KEY=`` or ``KEY=-``:
    do not read that column)."""
    from .readers import COLUMN_KEYS

    out: dict[str, str | None] = {}
    for spec in specs or ():
        key, eq, name = spec.partition("=")
        key = key.strip()
        if not eq or key not in COLUMN_KEYS:
            raise CliError(f"--column {spec!r}: expected KEY=COLUMN with KEY one of {', '.join(COLUMN_KEYS)}",
                           EXIT_USAGE)
        out[key] = None if name.strip() in ("", "-") else name
    return out


def _load_corpus(path: Path, progress: Progress, columns=None):
    """The corpus at ``path`` (a folder, a .jsonl/.csv/.parquet table or one text
    article: :meth:`timeline.Corpus.from_path`, the reader of the API).  What the
    reader skips is printed as ``timeline: warning: ...``; its errors carry their exit
    code."""
    import warnings

    from timeline import Corpus

    from .errors import CorpusWarning, InputNotFound

    progress.stage("reading  ")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CorpusWarning)
        try:
            corpus = Corpus.from_path(path, progress=progress, **(columns or {}))
        finally:
            for w in caught:
                if issubclass(w.category, CorpusWarning):
                    print(f"timeline: warning: {w.message}", file=sys.stderr)
                else:
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    if not len(corpus):
        what = "no .txt articles in this folder" if path.is_dir() else "no article in this file"
        raise InputNotFound(f"{path}: {what}", path)
    return corpus


def _build(corpus, progress: Progress, workers: int = 1):
    from timeline import build

    progress.stage("building ", len(corpus))
    return build(corpus, progress=progress, workers=workers)


def cmd_build(args) -> int:
    import warnings

    from .readers import corpus_guard, input_files, list_folder

    if args.html:
        import importlib.util

        if importlib.util.find_spec("plotly") is None:
            raise CliError("--html needs plotly: pip install 'arabic-timeline[html]'", EXIT_USAGE)
    path = Path(args.path)
    columns = _columns(getattr(args, "column", None))
    plan, targets = _plan_outputs(args, input_files(path), corpus_guard(path))
    n = 0
    if path.is_dir():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            n = len(list_folder(path))
    show = args.progress if args.progress is not None else (n >= PROGRESS_MIN_DOCUMENTS and sys.stderr.isatty())
    bar = Progress(max(n, 1), "reading  ", enabled=show)
    try:
        corpus = _load_corpus(path, bar, columns)
        if args.progress is None and not n:
            bar.enabled = len(corpus) >= PROGRESS_MIN_DOCUMENTS and sys.stderr.isatty()
        tl = _build(corpus, bar, getattr(args, "workers", 1))
    finally:
        bar.close()

    from .render import format_table, to_csv
    from .render.timeml import timeml_files

    if not args.quiet:
        _print(format_table(tl, dated_only=not args.all, hidden=args.all))
    written = []
    with plan:  # every output is written to a temporary file, then all are moved into place
        if args.json:
            from .outputs import json_bytes

            plan.write_bytes(targets["json"], json_bytes(tl.to_json()))
            written.append(args.json)
        if args.csv:
            plan.write_text(targets["csv"], to_csv(tl))
            written.append(args.csv)
        if args.timeml:
            docs = None if all(isinstance(getattr(d, "text", None), str) for d in tl.documents) else list(corpus)
            files = timeml_files(tl, documents=docs)
            for name, xml in files:
                plan.write_in(targets["timeml"], name, xml)
            written.append(f"{args.timeml}/ ({len(files)} files)")
        if args.html:
            from .render.html import to_html

            plan.write_with(targets["html"], lambda tmp: to_html(tl, tmp, title=args.title, show_undated=args.all))
            written.append(args.html)
        if args.plot:
            from .render.plot import save

            plan.write_with(targets["plot"], lambda tmp: save(tl, tmp, title=args.title, show_undated=args.all,
                                                              max_events=args.max_events))
            written.append(args.plot)
    for w in written:
        print(f"wrote {w}", file=sys.stderr)
    return EXIT_OK


def value_dict(v) -> dict[str, Any] | None:
    """A value as plain data (the same fields as the JSON export), None for no value."""
    return None if v is None else v.to_dict()


def cmd_resolve(args) -> int:
    import timeline

    from .render.table import format_value

    ref = parse_reference(args.reference) if args.reference is not None else None
    text = args.text
    if not text.strip():
        raise CliError("nothing to resolve: the text is empty", EXIT_USAGE)
    v = timeline.resolve(text, reference=ref, prefer=args.prefer)
    if args.json:
        _print(json.dumps(value_dict(v), ensure_ascii=False, indent=2))
    elif v is not None:
        _print(format_value(v))
    if v is None:
        why = "" if ref is not None else " (a relative expression needs --reference)"
        print(f"no temporal expression could be resolved in {text!r}{why}", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_OK


def cmd_extract(args) -> int:
    import timeline

    from .render.table import format_value

    text = read_text(args.file)
    ref = parse_reference(args.reference) if args.reference is not None else None
    how = "--reference"
    if ref is None:
        try:
            stated = timeline.Document(text, id=Path(args.file).stem).stated_publication()
            pub = None if stated is None else stated.value
        except (ValueError, TypeError):
            pub = None
        if pub is not None and getattr(pub, "start", None) is not None:
            ref, how = pub, "the date the article states"
    mentions = timeline.extract(text, reference=ref, prefer=args.prefer)
    if args.json:
        data = [
            {"start": m.start, "end": m.end, "text": m.text, "kind": m.kind, "value": value_dict(m.value)}
            for m in mentions
        ]
        _print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    from .render.describe import describe

    if ref is None:
        print("reference: none (relative expressions stay unresolved; give --reference)", file=sys.stderr)
    else:
        shown = describe(ref) if hasattr(ref, "grain") else ref.isoformat()
        print(f"reference: {shown} ({how})", file=sys.stderr)
    for m in mentions:
        _print(f"{m.start:>6}-{m.end:<6} {m.kind:<14} {m.text}\n{'':>14}-> {format_value(m.value)}")
    print(f"{len(mentions)} temporal expressions", file=sys.stderr)
    return EXIT_OK


# -- entry point ----------------------------------------------------------------------
def _print(s: str) -> None:
    sys.stdout.write(s if s.endswith("\n") else s + "\n")


def _whole(text: str, least: int, what: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if n < least:
        raise argparse.ArgumentTypeError(f"expected {what}, got {n}")
    return n


def _positive(text: str) -> int:
    return _whole(text, 1, "at least 1")


def _workers(text: str) -> int:
    return _whole(text, 0, "0 (one per CPU) or more")


def _version() -> str:
    from timeline import __version__

    return __version__


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="timeline",
        description="Arabic news to an uncertainty-aware timeline: resolve temporal expressions, "
        "infer publication dates, merge events across articles, draw and export the result.",
        epilog="exit codes: 0 ok, 1 nothing found, 2 bad usage, 3 missing file/folder, "
        "4 not UTF-8, 5 bad date, 6 cannot write output, 7 bad metadata or table file, 70 internal error",
    )
    p.add_argument("--traceback", action="store_true", help="show the Python traceback of an internal error")
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()} (arabic-timeline)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    b = sub.add_parser("build", help="build the timeline of a folder of articles (.txt, UTF-8) or a table of them",
                       description="Read every .txt article in DIR (with optional NAME.json / corpus.csv / "
                       "corpus.json metadata), or the articles of a .jsonl, .csv or .parquet table (one a row), "
                       "build the timeline and print it as a table. Every output is written whole or not at all.")
    b.add_argument("path", metavar="PATH",
                   help="folder of .txt articles, a single .txt file, or a .jsonl/.json/.csv/.tsv/.parquet table")
    b.add_argument("--column", action="append", metavar="KEY=NAME",
                   help="for a table: the column holding KEY (text, id, published, source, url, title), "
                   "e.g. --column text=body --column published=date; KEY=- skips that column")
    b.add_argument("--plot", metavar="FILE", help="draw the chart to FILE (.png, .svg or .pdf)")
    b.add_argument("--json", metavar="FILE", help="write the timeline as JSON (see docs/formats.md)")
    b.add_argument("--timeml", metavar="DIR", help="write one TimeML file per article into DIR")
    b.add_argument("--csv", metavar="FILE", help="write the events as CSV")
    b.add_argument("--html", metavar="FILE", help="write the interactive chart, one offline HTML file "
                   "(needs plotly: pip install 'arabic-timeline[html]')")
    b.add_argument("--title", help="chart title")
    b.add_argument("--max-events", type=_positive, default=80, metavar="N",
                   help="draw at most N events in the chart, the most confident (default 80)")
    b.add_argument("--quiet", "-q", action="store_true", help="do not print the table")
    b.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="processes for the per-article work (0: one per CPU; default 1); same output for any N")
    b.add_argument("--all", action="store_true",
                   help="list undated events too (in the table and the chart; by default they are only counted)")
    g = b.add_mutually_exclusive_group()
    g.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="always show the progress bar")
    g.add_argument("--no-progress", dest="progress", action="store_false",
                   help=f"never show it (default: on a terminal, for {PROGRESS_MIN_DOCUMENTS}+ articles)")
    b.set_defaults(func=cmd_build)

    r = sub.add_parser("resolve", help="resolve one expression against a reference date",
                       description="Resolve the longest temporal expression in TEXT.")
    r.add_argument("text", metavar="TEXT")
    _reading_options(r, "publication date: YYYY-MM-DD, YYYY-MM-DDTHH:MM, or FIRST/LAST for a range",
                     "print the value as JSON")
    r.set_defaults(func=cmd_resolve)

    e = sub.add_parser("extract", help="list the temporal expressions of one text file",
                       description="List every temporal expression in FILE (UTF-8; - for stdin) with its value.")
    e.add_argument("file", metavar="FILE")
    _reading_options(e, "publication date (default: the date the article states, if any)",
                     "print the mentions as JSON")
    e.set_defaults(func=cmd_extract)
    return p


def _reading_options(parser: argparse.ArgumentParser, reference_help: str, json_help: str) -> None:
    """The options ``resolve`` and ``extract`` share: the reference, the preference, JSON."""
    parser.add_argument("--reference", "-r", metavar="DATE", help=reference_help)
    parser.add_argument("--prefer", choices=("past", "future"), default="past")
    parser.add_argument("--json", action="store_true", help=json_help)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    parser = make_parser()
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a lone surrogate in an article must not crash the print
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # pragma: no cover
                pass
    from .errors import TimelineError

    try:
        return args.func(args)
    except CliError as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return exc.code
    except TimelineError as exc:  # the exit code is the class's (timeline.errors)
        print(f"timeline: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # e.g. `timeline build seeds | head`
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:  # pragma: no cover
            pass
        return EXIT_OK
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last resort: a readable line, not a trace
        if args.traceback:
            raise
        print(f"timeline: internal error: {type(exc).__name__}: {exc} (rerun with --traceback for details)",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

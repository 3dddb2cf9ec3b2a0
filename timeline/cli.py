"""The ``timeline`` command (also ``python -m timeline``).

::

    timeline build DIR [--plot out.png|out.svg] [--json out.json] [--timeml DIR] [--csv out.csv] [--html out.html]
    timeline resolve "قبل يومين" --reference 2018-02-13
    timeline extract FILE [--reference 2018-02-13]

Exit codes (also in ``timeline --help``):

== =====================================================================
0  success
1  nothing found (``resolve``: no temporal expression that can be resolved)
2  bad usage (unknown option, unsupported --plot format ...)
3  a file or folder does not exist, or a folder holds no ``.txt`` article
4  a file is not valid UTF-8 text
5  a date could not be read (``--reference``, or ``published`` in an article's metadata)
6  an output file could not be written
7  a metadata file (``NAME.json``, ``corpus.json``, ``corpus.csv``) is malformed
70 an internal error (a bug: please report it with ``--traceback`` output)
== =====================================================================
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from datetime import date, datetime, timedelta
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
    from .values import Value

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
        return Value.interval(first, last + timedelta(days=1), "day", uncertain=True)
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
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CliError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}); "
            "convert it first, e.g. iconv -f CP1256 -t UTF-8",
            EXIT_ENCODING,
        ) from None
    if "\x00" in text:
        raise CliError(f"{name}: binary data (NUL bytes), expected text", EXIT_ENCODING)
    return text


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
def _check_outputs(args) -> None:
    if args.plot and Path(args.plot).suffix.lower() not in PLOT_FORMATS:
        raise CliError(f"--plot {args.plot}: unsupported format; use one of {', '.join(PLOT_FORMATS)}", EXIT_USAGE)
    for opt in ("plot", "json", "csv", "html"):
        out = getattr(args, opt)
        if out:
            parent = Path(out).resolve().parent
            if not parent.is_dir():
                raise CliError(f"--{opt} {out}: folder {parent} does not exist", EXIT_OUTPUT)
            if Path(out).is_dir():
                raise CliError(f"--{opt} {out}: is a folder, expected a file name", EXIT_OUTPUT)
    if args.timeml and Path(args.timeml).exists() and not Path(args.timeml).is_dir():
        raise CliError(f"--timeml {args.timeml}: exists and is not a folder", EXIT_OUTPUT)


def _corpus_files(path: Path) -> list[Path]:
    if not path.exists():
        raise CliError(f"{path}: no such file or folder", EXIT_MISSING)
    if path.is_file():
        return [path]
    files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
    if not files:
        raise CliError(f"{path}: no .txt articles in this folder", EXIT_MISSING)
    return files


def _load_corpus(path: Path, progress: Progress):
    """Check every article's encoding first (so the error names the file and line), then
    load the corpus with its metadata."""
    from timeline import Corpus, Document

    files = _corpus_files(path)
    progress.stage("reading  ", len(files))
    texts = {}
    for f in files:
        try:
            data = f.read_bytes()
        except OSError as exc:
            raise CliError(f"{f}: cannot read: {exc.strerror or exc}", EXIT_MISSING) from None
        texts[f] = decode(data, str(f))
        progress()
    try:
        if path.is_file():
            return Corpus([Document(texts[path], id=path.stem)])
        return Corpus.from_dir(path)
    except ValueError as exc:
        msg = str(exc)
        if "publication date" in msg or "published" in msg:
            raise CliError(f"bad date in metadata: {msg}", EXIT_BAD_DATE) from None
        if "UTF-8" in msg or "binary" in msg:
            raise CliError(msg, EXIT_ENCODING) from None
        raise CliError(f"bad metadata: {msg}", EXIT_METADATA) from None


def _build(corpus, progress: Progress, workers: int = 1):
    from timeline import build

    progress.stage("building ", len(corpus))
    return build(corpus, progress=progress, workers=workers)


def cmd_build(args) -> int:
    _check_outputs(args)
    if args.html:
        import importlib.util

        if importlib.util.find_spec("plotly") is None:
            raise CliError("--html needs plotly: pip install 'arabic-timeline[html]'", EXIT_USAGE)
    path = Path(args.path)
    n = len(_corpus_files(path))
    show = args.progress if args.progress is not None else (n >= PROGRESS_MIN_DOCUMENTS and sys.stderr.isatty())
    bar = Progress(n, "reading  ", enabled=show)
    try:
        corpus = _load_corpus(path, bar)
        tl = _build(corpus, bar, getattr(args, "workers", 1))
    except UnicodeDecodeError as exc:  # from the corpus reader, should our check miss one
        raise CliError(f"{path}: not UTF-8 text: {exc}", EXIT_ENCODING) from None
    finally:
        bar.close()

    from .render import format_table, to_csv, write_timeml

    if not args.quiet:
        _print(format_table(tl, dated_only=not args.all, hidden=args.all))
    written = []
    try:
        if args.json:
            Path(args.json).write_text(tl.to_json(), encoding="utf-8")
            written.append(args.json)
        if args.csv:
            to_csv(tl, args.csv)
            written.append(args.csv)
        if args.timeml:
            docs = None if all(isinstance(getattr(d, "text", None), str) for d in tl.documents) else list(corpus)
            paths = write_timeml(tl, args.timeml, documents=docs)
            written.append(f"{args.timeml}/ ({len(paths)} files)")
        if args.html:
            from .render.html import to_html

            to_html(tl, args.html, title=args.title, show_undated=args.all)
            written.append(args.html)
        if args.plot:
            from .render.plot import save

            save(tl, args.plot, title=args.title, show_undated=args.all, max_events=args.max_events)
            written.append(args.plot)
    except OSError as exc:
        raise CliError(f"cannot write {exc.filename or ''}: {exc.strerror or exc}", EXIT_OUTPUT) from None
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


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {n}")
    return n


def _workers(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected 0 (one per CPU) or more, got {n}")
    return n


def _version() -> str:
    from timeline import __version__

    return __version__


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="timeline",
        description="Arabic news to an uncertainty-aware timeline: resolve temporal expressions, "
        "infer publication dates, merge events across articles, draw and export the result.",
        epilog="exit codes: 0 ok, 1 nothing found, 2 bad usage, 3 missing file/folder, "
        "4 not UTF-8, 5 bad date, 6 cannot write output, 7 bad metadata file, 70 internal error",
    )
    p.add_argument("--traceback", action="store_true", help="show the Python traceback of an internal error")
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()} (arabic-timeline)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    b = sub.add_parser("build", help="build the timeline of a folder of articles (.txt, UTF-8)",
                       description="Read every .txt article in DIR (with optional NAME.json / corpus.json / "
                       "corpus.csv metadata), build the timeline and print it as a table.")
    b.add_argument("path", metavar="DIR", help="folder of .txt articles (or a single .txt file)")
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
    if hasattr(sys.stdout, "reconfigure") and (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
        try:
            sys.stdout.reconfigure(errors="backslashreplace")
        except (ValueError, OSError):  # pragma: no cover
            pass
    try:
        return args.func(args)
    except CliError as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return exc.code
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

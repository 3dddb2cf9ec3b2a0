"""Writing outputs whole or not at all.

An :class:`OutputPlan` checks every output before any work is done -- the folder exists,
the name fits the file system's limit (255 bytes a name on most), the path is not an
input and not claimed by another output -- then each output is written to a temporary
file beside its destination and, once all of them are written, moved into place
(``os.replace``, atomic on one file system).  When anything fails, the temporary files
are removed and no destination is touched::

    plan = OutputPlan(inputs=[...])
    json_path = plan.file("--json", "out.json")
    tml = plan.folder("--timeml", "tml")
    ...                                   # the long work
    with plan:                            # commits on success, cleans up on error
        plan.write_text(json_path, text)
        plan.write_in(tml, "a.tml", xml)
        plan.write_with(png_path, lambda tmp: save(tl, tmp))

Errors are :class:`timeline.errors.OutputError` (exit 6) and, for two outputs on one
path, :class:`timeline.errors.UsageError` (exit 2).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from .errors import OutputError, UsageError

__all__ = ["OutputPlan", "name_max", "fit_name", "xml_safe", "json_bytes", "text_safe"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def name_max(folder: str | os.PathLike) -> int:
    """The longest file name (in bytes) the file system of ``folder`` takes (255 when
    it cannot be asked)."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def fit_name(name: str, max_bytes: int) -> str:
    """``name`` cut to at most ``max_bytes`` bytes of UTF-8, at a character boundary."""
    data = name.encode("utf-8", "surrogatepass")
    if len(data) <= max_bytes:
        return name
    return data[:max_bytes].decode("utf-8", "ignore")


def text_safe(text: str) -> str:
    """``text`` with lone surrogates (which UTF-8 cannot encode) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids removed (control characters other
    than tab, newline and carriage return; U+FFFE, U+FFFF) and lone surrogates replaced by
    U+FFFD."""
    return text_safe(re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text))


def json_bytes(text: str) -> bytes:
    """A JSON document (from ``json.dumps(..., ensure_ascii=False)``) as UTF-8; a lone
    surrogate, which can only be inside a string, is written as its ``\\uXXXX`` escape,
    so the file is valid UTF-8 and reads back to the same string."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _ident(path: Path):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class OutputPlan:
    """A set of outputs checked up front and written all together (see the module
    docstring)."""

    def __init__(self, inputs: Iterable[str | os.PathLike] = (), guard: Callable[[Path], str | None] | None = None):
        self._guard = guard  # guard(path) -> a reason to refuse that path, or None
        self._inputs = {}
        self._input_ids = {}
        for p in inputs:
            p = Path(p)
            self._inputs[_key(p)] = p
            ident = _ident(p)
            if ident is not None:
                self._input_ids[ident] = p
        self._claims: dict[str, tuple[str, Path]] = {}
        self._folders: dict[Path, tuple[str, Path | None]] = {}
        self._staged: list[tuple[Path, Path]] = []
        self._tmpdirs: list[Path] = []
        self._folder_tmp: dict[Path, Path] = {}

    # -- checks -------------------------------------------------------------------------------
    def _check_name(self, option: str, path: Path, where: Path) -> None:
        limit = name_max(where)
        for part in path.parts:
            n = len(os.fsencode(part)) if not _SURROGATE.search(part) else len(part.encode("utf-8", "surrogatepass"))
            if n > limit:
                raise OutputError(
                    f"{option} {path}: the name {part[:40]!r}... is {n} bytes long, over the file system's "
                    f"limit of {limit} bytes a name",
                    path,
                )

    def _check_not_input(self, option: str, path: Path) -> None:
        hit = self._inputs.get(_key(path)) or self._input_ids.get(_ident(path) or ())
        if hit is not None:
            raise OutputError(f"{option} {path}: this is an input ({hit}); refusing to overwrite it", path)
        why = self._guard(path) if self._guard is not None else None
        if why:
            raise OutputError(f"{option} {path}: {why}", path)

    def _claim(self, option: str, path: Path) -> None:
        k = _key(path)
        if k in self._claims:
            other, _ = self._claims[k]
            raise UsageError(f"{option} {path}: {other} writes to the same path; give each output its own name")
        ident = _ident(path)
        if ident is not None:
            for ok, (other, op) in self._claims.items():
                if _ident(op) == ident:
                    raise UsageError(f"{option} {path}: {other} writes to the same file; give each output its own name")
        for folder, (fopt, _) in self._folders.items():
            if k == _key(folder):
                raise UsageError(f"{option} {path}: {fopt} writes a folder there")
        self._claims[k] = (option, path)

    def file(self, option: str, path: str | os.PathLike) -> Path:
        """Claim an output file: its folder exists, it is not a folder, not an input,
        not another output's path, and its name fits."""
        p = Path(path)
        if str(path) == "":
            raise UsageError(f"{option}: an empty file name")
        self._check_name(option, p, p.parent if p.parent.is_dir() else Path("."))
        parent = p.parent
        if not parent.is_dir():
            raise OutputError(f"{option} {p}: folder {parent.resolve()} does not exist", p)
        if p.is_dir():
            raise OutputError(f"{option} {p}: is a folder, expected a file name", p)
        if os.path.lexists(p) and not (p.is_file()):
            raise OutputError(f"{option} {p}: exists and is not a regular file", p)
        self._check_not_input(option, p)
        self._claim(option, p)
        return p

    def folder(self, option: str, path: str | os.PathLike) -> Path:
        """Claim an output folder (created, with its parents, when the outputs are
        committed)."""
        p = Path(path)
        if str(path) == "":
            raise UsageError(f"{option}: an empty folder name")
        anchor = p
        while not anchor.exists() and anchor != anchor.parent:
            anchor = anchor.parent
        self._check_name(option, p, anchor if anchor.is_dir() else Path("."))
        if os.path.lexists(p) and not p.is_dir():
            raise OutputError(f"{option} {p}: exists and is not a folder", p)
        if not anchor.is_dir():
            raise OutputError(f"{option} {p}: {anchor} is not a folder", p)
        k = _key(p)
        if k in self._claims:
            raise UsageError(f"{option} {p}: {self._claims[k][0]} writes a file there")
        for folder, (fopt, _) in self._folders.items():
            if _key(folder) == k:
                raise UsageError(f"{option} {p}: {fopt} writes into the same folder")
        self._folders[p] = (option, anchor)
        return p

    # -- writing ----------------------------------------------------------------------------
    def _tmp_for(self, final: Path) -> Path:
        fd, name = tempfile.mkstemp(prefix=".timeline-", suffix=final.suffix[:16], dir=final.parent)
        os.close(fd)
        tmp = Path(name)
        # mkstemp makes the file private (0600); an output gets the modes a new file would
        _chmod_default(tmp)
        self._staged.append((tmp, final))
        return tmp

    def write_bytes(self, final: Path, data: bytes) -> None:
        tmp = self._tmp_for(final)
        with open(tmp, "wb") as fh:
            fh.write(data)

    def write_text(self, final: Path, text: str) -> None:
        self.write_bytes(final, text_safe(text).encode("utf-8"))

    def write_with(self, final: Path, writer: Callable[[Path], object]) -> None:
        """``writer(tmp_path)`` writes the output (the temporary path keeps the suffix)."""
        writer(self._tmp_for(final))

    def write_in(self, folder: Path, name: str, data: str | bytes) -> Path:
        """One file ``name`` of a claimed output folder; returns its final path."""
        option, anchor = self._folders[folder]
        final = folder / name
        self._check_name(option, Path(name), anchor)
        self._check_not_input(option, final)
        k = _key(final)
        if k in self._claims:
            raise UsageError(f"{option} {final}: {self._claims[k][0]} writes to the same path")
        self._claims[k] = (option, final)
        tmpdir = self._folder_tmp.get(folder)
        if tmpdir is None:
            tmpdir = Path(tempfile.mkdtemp(prefix=".timeline-", dir=anchor))
            self._tmpdirs.append(tmpdir)
            self._folder_tmp[folder] = tmpdir
        tmp = tmpdir / name
        with open(tmp, "wb") as fh:
            fh.write(data if isinstance(data, bytes) else text_safe(data).encode("utf-8"))
        self._staged.append((tmp, final))
        return final

    def commit(self) -> list[Path]:
        """Move every written output into place; returns the final paths."""
        done = []
        try:
            for folder in self._folders:
                folder.mkdir(parents=True, exist_ok=True)
            for tmp, final in self._staged:
                os.replace(tmp, final)
                done.append(final)
        except OSError as exc:
            self.abort()
            raise OutputError(f"cannot write {exc.filename or ''}: {exc.strerror or exc}", exc.filename) from None
        self._staged = []
        self._cleanup_dirs()
        return done

    def abort(self) -> None:
        """Remove every temporary file; no destination is touched."""
        for tmp, _ in self._staged:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        self._staged = []
        self._cleanup_dirs()

    def _cleanup_dirs(self) -> None:
        for d in self._tmpdirs:
            shutil.rmtree(d, ignore_errors=True)
        self._tmpdirs = []
        self._folder_tmp = {}

    def __enter__(self) -> "OutputPlan":
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            self.commit()
            return False
        self.abort()
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(f"cannot write {exc.filename or ''}: {exc.strerror or exc}", exc.filename) from exc
        return False


def _chmod_default(path: Path) -> None:
    """Give ``path`` the permissions a newly created file gets under the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    try:
        os.chmod(path, 0o666 & ~mask)
    except OSError:  # a file system without modes: keep what it has
        pass

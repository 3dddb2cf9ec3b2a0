"""The errors and warnings of reading a corpus and writing outputs.

Every problem with an input raises a subclass of :class:`InputError` whose message names
the file (and the line, entry or column where there is one); its ``path`` attribute is
that file.  Every output problem raises :class:`OutputError`.  The command line takes
its exit code from the class (``exit_code``), never from the message:

=========================  ====  =====================================================
class                      exit  when
=========================  ====  =====================================================
:class:`UsageError`        2     two outputs on one path, an unknown column option
:class:`InputNotFound`     3     the file or folder does not exist, is not a regular
                                 file or folder (``/dev/null``), cannot be read, or
                                 holds no article
:class:`EncodingError`     4     a file is not UTF-8 text (or holds NUL bytes)
:class:`PublishedError`    5     a ``published`` value cannot be read as a date
:class:`MetadataError`     7     a metadata or table file is malformed (bad JSON, a
                                 ``NAME.json`` that is not an object, a non-object
                                 ``corpus.json`` entry, a CSV without an id/file
                                 column, a ragged row), or two articles get one id
:class:`OutputError`       6     an output cannot be written, or would overwrite an
                                 input
=========================  ====  =====================================================

The classes also derive from the built-in exception that fits (``InputNotFound`` is a
``FileNotFoundError``, the others are ``ValueError``; ``OutputError`` is an ``OSError``),
so ``except ValueError`` keeps working.

What is skipped rather than refused -- a dangling symlink, a symlink loop, a folder named
``x.txt``, a metadata entry for an article that is not there, a metadata key that is not
known -- is reported with a :class:`CorpusWarning` (``warnings.warn``), which the command
line prints as ``timeline: warning: ...``.
"""

from __future__ import annotations

import os

__all__ = [
    "TimelineError",
    "UsageError",
    "InputError",
    "InputNotFound",
    "EncodingError",
    "PublishedError",
    "MetadataError",
    "OutputError",
    "CorpusWarning",
]


class TimelineError(Exception):
    """Base of the library's own errors.  ``exit_code``: the command line's exit code."""

    exit_code = 70

    def __init__(self, message: str, path: str | os.PathLike | None = None):
        super().__init__(message)
        self.path = None if path is None else os.fspath(path)

    def __str__(self) -> str:  # OSError's __str__ would print errno fields
        return self.args[0] if self.args else ""


class UsageError(TimelineError, ValueError):
    """The request itself is inconsistent (two outputs on one path ...)."""

    exit_code = 2


class InputError(TimelineError, ValueError):
    """A corpus input cannot be read; ``path`` is the file."""

    exit_code = 7


class InputNotFound(InputError, FileNotFoundError):
    """The input does not exist, is not a regular file or folder, or holds no article."""

    exit_code = 3


class EncodingError(InputError):
    """A file is not UTF-8 text."""

    exit_code = 4


class PublishedError(InputError):
    """A ``published`` value cannot be read as a date (the file and entry are named)."""

    exit_code = 5


class MetadataError(InputError):
    """A metadata or table file is malformed, or two articles get the same id."""

    exit_code = 7


class OutputError(TimelineError, OSError):
    """An output cannot be written (or would overwrite an input)."""

    exit_code = 6


class CorpusWarning(UserWarning):
    """Something in a corpus was skipped or ignored (the message says what and why)."""

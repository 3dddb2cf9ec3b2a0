"""Process-pool helpers for corpus-scale work (the ``workers=`` option).

The date engine is pure Python and CPU-bound, so threads do not help; these helpers
spread the work over processes and give the results back **in input order**, the same
as a plain loop would (``workers=1`` *is* a plain loop, in this process, with no pool
and no pickling)::

    from timeline.parallel import extract_many
    mentions = extract_many(texts, reference=date(2018, 2, 13), workers=4)
    # mentions[i] == timeline.extract(texts[i], reference=date(2018, 2, 13))

``reference`` is one value for every text, or a sequence with one reference per text
(a date, a datetime, a Value, or None).  Everything sent to a worker is a str, a
date/datetime/Value and a short string, so it pickles; the functions run in the
workers are module-level functions, so they pickle by name.

Worth it only for many texts: starting a pool costs tens of milliseconds, and each
text and its mentions are pickled once on the way.  The corpus layer can use
:func:`pmap` for any other per-document step (frames, constraints) with a
module-level function.

The pool's start method is chosen per platform (:func:`start_method`): ``fork`` on
Linux while this process runs a single thread (the workers inherit the loaded engine:
no re-import), ``forkserver`` on Linux once other threads run (forking a threaded
process can deadlock), and the platform's own default elsewhere: ``spawn`` on macOS,
where forking is unsafe with the system frameworks, and on Windows, which cannot fork.
``TIMELINE_START_METHOD=spawn|fork|forkserver`` overrides the choice.  Each pool logs
its size and method at debug level on the ``timeline.parallel`` logger.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime
from typing import Any, Callable, Iterable, Sequence

from .values import Mention, Value

__all__ = ["resolve_workers", "pmap", "extract_many", "extract_one", "start_method"]

log = logging.getLogger(__name__)
START_METHOD_ENV = "TIMELINE_START_METHOD"

_REFERENCE_TYPES = (date, datetime, Value)  # datetime is a date subclass; listed for clarity


def resolve_workers(workers: int | None) -> int:
    """The number of processes to use: ``None`` or ``0`` means one per CPU
    (``os.cpu_count()``); otherwise a positive int, used as given."""
    if workers is None or (isinstance(workers, int) and not isinstance(workers, bool) and workers == 0):
        return max(1, os.cpu_count() or 1)
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int or None, got {type(workers).__name__}")
    if workers < 0:
        raise ValueError(f"workers must be >= 1 (or 0/None for one per CPU), got {workers}")
    return workers


def _check_chunksize(chunksize: int | None, n_items: int, workers: int) -> int:
    if chunksize is None:
        # about 4 chunks per worker: big enough to amortize pickling, small enough to
        # balance texts of uneven length
        return max(1, n_items // (workers * 4) or 1)
    if isinstance(chunksize, bool) or not isinstance(chunksize, int):
        raise TypeError(f"chunksize must be an int or None, got {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    return chunksize


def start_method() -> str:
    """The start method of the worker processes (see the module docstring): the
    ``TIMELINE_START_METHOD`` environment variable when set, else ``fork`` on Linux in a
    single-threaded process, ``forkserver`` on Linux with other threads running, and
    ``spawn`` elsewhere (macOS, Windows and other platforms)."""
    methods = multiprocessing.get_all_start_methods()
    chosen = os.environ.get(START_METHOD_ENV, "").strip()
    if chosen:
        if chosen not in methods:
            raise ValueError(f"{START_METHOD_ENV}={chosen!r}: this platform offers {', '.join(methods)}")
        return chosen
    if sys.platform.startswith("linux") and "fork" in methods:
        if threading.active_count() == 1:
            return "fork"
        if "forkserver" in methods:
            return "forkserver"
    return "spawn"


def _context():
    return multiprocessing.get_context(start_method())


def pmap(fn: Callable[[Any], Any], items: Iterable[Any], *, workers: int | None = 1,
         chunksize: int | None = None) -> list:
    """``[fn(x) for x in items]``, computed by ``workers`` processes, in input order.

    ``fn`` must be a module-level function (it is pickled by name) and ``items``
    picklable.  ``workers=1`` (the default) runs in this process.  An exception raised
    by ``fn`` is raised here, as the loop would raise it.
    """
    if not callable(fn):
        raise TypeError(f"fn must be callable, got {type(fn).__name__}")
    n = resolve_workers(workers)
    items = list(items)
    if n == 1 or len(items) <= 1:
        return [fn(x) for x in items]
    n = min(n, len(items))
    size = _check_chunksize(chunksize, len(items), n)
    ctx = _context()
    log.debug("pool: %d processes (%s) for %d items of %s, chunks of %d", n, ctx.get_start_method(),
              len(items), getattr(fn, "__name__", fn), size)
    with ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
        return list(pool.map(fn, items, chunksize=size))


def extract_one(job: tuple[str, Any, str]) -> list[Mention]:
    """``timeline.extract(text, reference=reference, prefer=prefer)`` for one
    ``(text, reference, prefer)`` job (the unit of work :func:`extract_many` sends to
    a worker)."""
    from .resolution import extract

    text, reference, prefer = job
    return extract(text, reference=reference, prefer=prefer)


def _references(reference, n: int) -> Sequence:
    if reference is None or isinstance(reference, _REFERENCE_TYPES):
        return [reference] * n
    if isinstance(reference, (str, bytes)):
        raise TypeError("reference must be a date, datetime, Value, None, or a sequence of them; got a str")
    try:
        refs = list(reference)
    except TypeError:
        raise TypeError(
            f"reference must be a date, datetime, Value, None, or a sequence of them; got {type(reference).__name__}"
        ) from None
    if len(refs) != n:
        raise ValueError(f"reference has {len(refs)} items for {n} texts; give one per text or a single value")
    for i, r in enumerate(refs):
        if r is not None and not isinstance(r, _REFERENCE_TYPES):
            raise TypeError(f"reference[{i}] must be a date, datetime, Value or None, got {type(r).__name__}")
    return refs


def extract_many(
    texts: Iterable[str],
    *,
    reference=None,
    prefer: str = "past",
    workers: int | None = 1,
    chunksize: int | None = None,
) -> list[list[Mention]]:
    """``[timeline.extract(t, reference=r, prefer=prefer) for t, r in ...]`` over
    ``workers`` processes; the i-th list holds the mentions of the i-th text.

    ``reference``: one reference for all texts, or a sequence with one per text.
    ``workers``: 1 (default) runs in this process; None or 0 means one per CPU.
    ``chunksize``: texts per task sent to a worker (default: about four tasks per
    worker).
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be an iterable of str (one per article), not a single str")
    texts = list(texts)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}] must be a str, got {type(t).__name__}")
    if prefer not in ("past", "future"):
        raise ValueError(f"prefer must be 'past' or 'future', got {prefer!r}")
    refs = _references(reference, len(texts))
    n = resolve_workers(workers)
    if chunksize is not None:
        _check_chunksize(chunksize, len(texts), n)
    jobs = [(t, r, prefer) for t, r in zip(texts, refs)]
    return pmap(extract_one, jobs, workers=n, chunksize=chunksize)

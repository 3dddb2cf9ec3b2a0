"""Checks of :func:`timeline.build`'s arguments, each error naming the argument.

``build`` calls :func:`check_build_args` first, with its own arguments; a wrong type
raises ``TypeError``, a value out of range ``ValueError``, both saying which argument
and what it takes.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

__all__ = ["check_build_args", "MAX_DAYS", "MAX_ITERATIONS"]

#: the largest ``recency_days`` / ``window_days`` (a century: larger windows reach past
#: the calendar's years 1 to 9999 and cost time for nothing)
MAX_DAYS = 36_525
#: the largest ``max_iterations`` (the date propagation settles in a few rounds)
MAX_ITERATIONS = 1_000


def _int(name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"build(): {name} must be a whole number (an int), got {type(value).__name__} {value!r}")
    if not low <= value <= high:
        raise ValueError(f"build(): {name} must be between {low} and {high}, got {value!r}")


def check_build_args(corpus: Any = None, recency_days: Any = 30, window_days: Any = 366, prefer: Any = "past",
                     merge_settings: Any = None, max_iterations: Any = 12, min_confidence: Any = 0.35,
                     progress: Any = None, workers: Any = 1, lexicon: Any = None, level: Any = 0.95,
                     event_level: Any = 0.8, **_other: Any) -> None:
    """Raise ``TypeError``/``ValueError`` naming the first bad argument of ``build``.

    - ``corpus``: a Corpus or an iterable of Documents (not a path or a string);
    - ``recency_days``: an int, 0 to :data:`MAX_DAYS`; ``window_days``: an int, 1 to
      :data:`MAX_DAYS`;
    - ``prefer``: ``"past"`` or ``"future"``;
    - ``merge_settings``: None or a :class:`timeline.merge.MergeSettings`;
    - ``max_iterations``: an int, 1 to :data:`MAX_ITERATIONS` (0 rounds would date
      nothing);
    - ``min_confidence``: a finite number from 0 to 1 (NaN would leave out every event);
    - ``progress``: None or a callable; ``workers``: None or an int >= 0;
    - ``lexicon``: None or a :class:`timeline.events.Lexicon`; ``level``: a number
      strictly between 0 and 1 (the weight a published range holds), ``event_level`` too
      (the weight the days an inferred article's events are dated over hold).

    Other keyword arguments are ignored (``build`` may pass ``**locals()``).
    """
    import os

    if isinstance(corpus, (str, bytes, os.PathLike)):
        raise TypeError(
            f"build(): corpus must be a Corpus or Documents, got {type(corpus).__name__} {corpus!r}; "
            "read a folder or a table first: timeline.Corpus.from_path(path)"
        )
    if corpus is not None and not hasattr(corpus, "__iter__"):
        raise TypeError(f"build(): corpus must be a Corpus or an iterable of Documents, got {type(corpus).__name__}")
    _int("recency_days", recency_days, 0, MAX_DAYS)
    _int("window_days", window_days, 1, MAX_DAYS)
    if not isinstance(prefer, str):
        raise TypeError(f"build(): prefer must be 'past' or 'future', got {type(prefer).__name__} {prefer!r}")
    if prefer not in ("past", "future"):
        raise ValueError(f"build(): prefer must be 'past' or 'future', got {prefer!r}")
    if merge_settings is not None:
        from .merge import MergeSettings

        if not isinstance(merge_settings, MergeSettings):
            raise TypeError(
                "build(): merge_settings must be None or a timeline.merge.MergeSettings, "
                f"got {type(merge_settings).__name__} {merge_settings!r}"
            )
    _int("max_iterations", max_iterations, 1, MAX_ITERATIONS)
    if isinstance(min_confidence, bool) or not isinstance(min_confidence, numbers.Real):
        raise TypeError(
            f"build(): min_confidence must be a number from 0 to 1, got {type(min_confidence).__name__} {min_confidence!r}"
        )
    if not (math.isfinite(float(min_confidence)) and 0 <= min_confidence <= 1):
        raise ValueError(f"build(): min_confidence must be a number from 0 to 1, got {min_confidence!r}")
    if progress is not None and not callable(progress):
        raise TypeError(f"build(): progress must be None or a callable progress(done, total), got {type(progress).__name__}")
    if workers is not None:
        if isinstance(workers, bool) or not isinstance(workers, numbers.Integral):
            raise TypeError(f"build(): workers must be an int or None, got {type(workers).__name__} {workers!r}")
        if workers < 0:
            raise ValueError(f"build(): workers must be 0 or None (one per CPU) or a positive int, got {workers!r}")
    if lexicon is not None:
        from .events import Lexicon

        if not isinstance(lexicon, Lexicon):
            raise TypeError(f"build(): lexicon must be None or a timeline.events.Lexicon, got {type(lexicon).__name__}")
    for name, v in (("level", level), ("event_level", event_level)):
        if isinstance(v, bool) or not isinstance(v, numbers.Real) or not (0 < float(v) < 1):
            raise ValueError(f"build(): {name} must be a number strictly between 0 and 1, got {v!r}")

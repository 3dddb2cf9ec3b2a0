"""Fast pickling for the frozen attrs records that cross process boundaries.

``extract_many(..., workers=N)`` and ``build(..., workers=N)`` send every mention, value
and meaning back from the worker processes.  attrs pickles a slotted class through its
``__getstate__``/``__setstate__`` pair, a Python loop over the fields on both sides; a
``__reduce__`` that returns the class and its field values (read by one C-level
``operator.attrgetter``) is pickled in about half the time and unpickled by calling the
class, so validators run again and the copy is an ordinary instance.
"""

from __future__ import annotations

import operator

import attrs


def pickle_by_fields(cls: type) -> type:
    """Make instances of the attrs class ``cls`` pickle as ``cls(*field values)``."""
    fields = attrs.fields(cls)
    if not all(f.init and f.converter is None for f in fields):
        raise TypeError(f"{cls.__name__}: every field must be an __init__ argument without a converter")
    names = [f.name for f in fields]
    if not names:

        def __reduce__(self):
            return cls, ()
    elif len(names) == 1:
        get_one = operator.attrgetter(names[0])

        def __reduce__(self):
            return cls, (get_one(self),)
    else:
        get = operator.attrgetter(*names)

        def __reduce__(self):
            return cls, get(self)

    cls.__reduce__ = __reduce__
    return cls


def pickle_module_records(namespace: dict) -> None:
    """Apply :func:`pickle_by_fields` to every attrs class defined in a module
    (``namespace`` is the module's ``globals()``)."""
    module = namespace["__name__"]
    for obj in list(namespace.values()):
        if isinstance(obj, type) and attrs.has(obj) and obj.__module__ == module:
            pickle_by_fields(obj)

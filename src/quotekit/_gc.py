"""Building the tables of the first call without the garbage collector's passes."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

__all__ = ["paused"]

_P = ParamSpec("_P")
_T = TypeVar("_T")


def paused(build: Callable[_P, _T]) -> Callable[_P, _T]:
    """``build``, run with Python's cyclic garbage collector paused, then resumed.

    The tables of the first call (the lexicon's forms, the verb paradigms, the cue
    patterns) are tens of thousands of small tuples and lists made at once: every 700 of
    them set off a collection, and each older generation's collection walks every object
    of the process, the tables built so far and the caller's own. The tables hold no
    cycles to collect, so those walks only cost time (a sixth of the first call). The
    collector is resumed when ``build`` returns or raises, and left alone when it was
    paused already. Put it under the cache of a builder, so that it pauses the collector
    only when a table is built. The collector is the process's: the caller's other
    threads go without collections for the few milliseconds of a build (they collect
    after), and when two threads build at once the first to finish resumes it.

    Example:
        >>> @paused
        ... def build() -> bool:
        ...     return gc.isenabled()
        >>> build(), gc.isenabled()
        (False, True)
    """

    @wraps(build)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        if not gc.isenabled():
            return build(*args, **kwargs)
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            gc.enable()

    return run

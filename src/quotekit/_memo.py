"""A table of what a function says of each word met, looked up without a call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["WordTable"]

_T = TypeVar("_T")


class WordTable(dict[str, _T]):
    """``build(word)`` for each word asked about, worked out once and then looked up.

    A hit is a plain dict lookup, with no call: the readers of phrases ask of every
    token. A table that reaches ``size`` words starts afresh (a long run of new words
    keeps the memory bounded).

    Example:
        >>> table = WordTable(len, size=2)
        >>> table["قال"], table["الوزير"], len(table)
        (3, 6, 2)
        >>> table["ان"], len(table)
        (2, 1)
    """

    __slots__ = ("_build", "_size")

    def __init__(self, build: Callable[[str], _T], *, size: int) -> None:
        super().__init__()
        self._build = build
        self._size = size

    def __missing__(self, word: str) -> _T:
        if len(self) >= self._size:
            self.clear()
        value = self[word] = self._build(word)
        return value

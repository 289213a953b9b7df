"""The data files that ship in ``quotekit/data``, read by their path.

The package is installed as a directory (from a wheel, an sdist or a checkout), so its
files are read beside this module: :mod:`importlib.resources` would load ``zipfile`` and
its compressors with ``import quotekit``, for no gain.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["read_data"]

_DATA = Path(__file__).parent / "data"


def read_data(name: str) -> str:
    """The text of the data file ``name`` (UTF-8).

    Example:
        >>> read_data("ranker.json").lstrip().startswith("{")
        True
    """
    return (_DATA / name).read_text(encoding="utf-8")

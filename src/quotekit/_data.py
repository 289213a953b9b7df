"""The data files that ship in ``quotekit/data``, read by their path.

The package is installed as a directory (from a wheel, an sdist or a checkout), so its
files are read beside this module: :mod:`importlib.resources` would load ``zipfile`` and
its compressors with ``import quotekit``, for no gain.
"""

from __future__ import annotations

import os

__all__ = ["read_data"]

#: ``os.path``, not :mod:`pathlib`: that one imports ``urllib`` and ``ipaddress`` (a tenth of
#: ``import quotekit``), for a path joined once.
_DATA = os.path.join(os.path.dirname(__file__), "data")


def read_data(name: str) -> str:
    """The text of the data file ``name`` (UTF-8).

    Example:
        >>> read_data("ranker.json").lstrip().startswith("{")
        True
    """
    with open(os.path.join(_DATA, name), encoding="utf-8") as file:
        return file.read()

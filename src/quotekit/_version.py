"""The version of quotekit, written out (``tests`` check it against ``pyproject.toml``).

Reading it from the installed metadata would load :mod:`importlib.metadata` (and the
``email`` package) with every ``import quotekit``.
"""

__all__ = ["__version__"]

__version__ = "0.2.0"

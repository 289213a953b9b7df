"""The version of quotekit: the build reads it from here (``[tool.hatch.version]``).

Reading it from the installed metadata would load :mod:`importlib.metadata` (and the
``email`` package) with every ``import quotekit``.
"""

__all__ = ["__version__"]

__version__ = "0.2.0"

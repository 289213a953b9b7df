"""``python -m quotekit``: the ``quotekit`` command."""

from quotekit.cli import main

if __name__ == "__main__":
    raise SystemExit(main())

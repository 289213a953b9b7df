"""Headless Chromium, as the page tests and ``tools/screenshots.py`` start it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

#: Debian's ``chromium``, or ``None`` when it is not installed.
BROWSER = next(
    (path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None
)
#: Headless, as root, with nothing fetched in the background and a fresh profile each time.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def chromium(browser: str, page: Path, profile: Path, *options: str) -> str:
    """Open the file ``page`` with ``options`` (``--dump-dom``, ``--screenshot=...``).

    Returns:
        What Chromium printed on standard output (the DOM, for ``--dump-dom``).
    """
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *options, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout

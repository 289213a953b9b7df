"""Reading JSON Lines, for the CLI and the evaluation alike."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["iter_jsonl"]


def iter_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON object of each non-blank line of ``path`` (``-`` is standard input).

    Raises:
        ValueError: Naming the file and line of a line that is not a JSON object.
    """
    handle = sys.stdin if str(path) == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    try:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON: {error.msg}") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: each line must be a JSON object")
            yield record
    finally:
        if handle is not sys.stdin:
            handle.close()

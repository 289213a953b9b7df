"""Records of a corpus with their quotes, for the pages and the report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from quotekit.batch import extract_records
from quotekit.config import ExtractConfig
from quotekit.types import Quote

__all__ = ["with_quotes"]


def with_quotes(
    records: Iterable[Mapping[str, Any]], *, config: ExtractConfig | None, workers: int = 1
) -> Iterator[tuple[int, Mapping[str, Any], tuple[Quote, ...]]]:
    """Yield ``(number from 1, record, its quotes)`` for each ``{"text", ...}`` record.

    Raises:
        ValueError: For a record that is not a mapping with a ``text`` string, by its index
            (``records[1] has no 'text' string``).

    Example:
        >>> [(n, len(q)) for n, _, q in with_quotes([{"text": "قال إن الخطة جاهزة"}], config=None)]
        [(1, 1)]
    """
    # The record itself travels as the id, so that its other fields come back with it.
    wrapped = (
        {"id": record, "text": record.get("text") if isinstance(record, Mapping) else None}
        for record in records
    )
    for number, (record, quotes) in enumerate(
        extract_records(wrapped, config=config, workers=workers), 1
    ):
        yield number, record, quotes

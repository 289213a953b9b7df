"""Many texts at once: in input order, with bounded memory, optionally over processes."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from quotekit.config import ExtractConfig, resolve_extract_config
from quotekit.errors import ConfigError, check_text
from quotekit.extract import extract_quotes
from quotekit.types import Quote

__all__ = ["extract_many", "extract_records"]

#: Texts sent to a worker in one task.
_CHUNK = 16


def _run_chunk(texts: list[str], config: ExtractConfig | None) -> list[tuple[Quote, ...]]:
    return [extract_quotes(text, config=config) for text in texts]


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for text in texts:
        chunk.append(check_text(text))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_many(
    texts: Iterable[str], *, config: ExtractConfig | None = None, workers: int = 1
) -> Iterator[tuple[Quote, ...]]:
    """Extract the quotes of each text, yielding results in input order.

    Args:
        texts: Any iterable of strings, consumed lazily.
        config: As for :func:`~quotekit.extract_quotes`.
        workers: Processes to use; 1 runs in this process. At most ``4 * workers`` chunks
            of texts are in flight at once, so memory stays bounded on any input size.

    Yields:
        One tuple of quotes per text, exactly what ``extract_quotes`` returns for it.

    Example:
        >>> [len(qs) for qs in extract_many(["قال الوزير إن الخطة جاهزة", "لا شيء"])]
        [1, 0]
    """
    config = resolve_extract_config(config)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ConfigError(f"workers must be a whole number of at least 1, not {workers!r}")
    if workers == 1:
        for text in texts:
            yield extract_quotes(check_text(text), config=config)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[tuple[Quote, ...]]]] = deque()
        for chunk in _chunks(texts, _CHUNK):
            pending.append(pool.submit(_run_chunk, chunk, config))
            if len(pending) >= 4 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def extract_records(
    records: Iterable[Mapping[str, Any]],
    *,
    config: ExtractConfig | None = None,
    workers: int = 1,
) -> Iterator[tuple[Any, tuple[Quote, ...]]]:
    """Extract the quotes of ``{"id", "text"}`` records, yielding ``(id, quotes)`` in order.

    Raises:
        ValueError: For a record without a ``text`` string.

    Example:
        >>> [(i, len(q)) for i, q in extract_records([{"id": 7, "text": "قال إن الخطة جاهزة"}])]
        [(7, 1)]
    """
    ids: deque[Any] = deque()

    def texts() -> Iterator[str]:
        for number, record in enumerate(records, 1):
            if not isinstance(record, Mapping) or not isinstance(record.get("text"), str):
                raise ValueError(f"record {number}: expected an object with a 'text' string")
            ids.append(record.get("id"))
            yield record["text"]

    for quotes in extract_many(texts(), config=config, workers=workers):
        yield ids.popleft(), quotes

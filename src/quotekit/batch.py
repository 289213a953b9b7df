"""Many texts at once: in input order, with bounded memory, optionally over processes."""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from quotekit.config import ExtractConfig, resolve_extract_config
from quotekit.errors import ConfigError, check_text
from quotekit.extract import extract_quotes
from quotekit.types import Cue, Quote, Span, Speaker

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["extract_many", "extract_records", "extract_tagged"]

#: Texts sent to a worker in one task.
_CHUNK = 16
#: Chunks each worker process has given to it at once: one running, more waiting.
_FEED = 3

T = TypeVar("T")


#: The quotes of a chunk of texts as one flat tuple of numbers and strings, for the trip
#: back from a worker (see :func:`_packed`).
_Packed = tuple[Any, ...]


def _run_chunk(texts: list[str], config: ExtractConfig | None) -> _Packed:
    return _packed([extract_quotes(text, config=config) for text in texts])


def _packed(results: Iterable[tuple[Quote, ...]]) -> _Packed:
    """The quotes of each text, flat: offsets, strings and ``None`` for what is absent.

    The parent has the texts to slice the spans from. One flat tuple for a whole chunk,
    not a tuple per quote and per span: unpickling thousands of small containers sets
    off the parent's garbage collector, which then walks every object of the parent
    (an eighth of its time over a corpus went there); numbers and strings are no
    containers. :func:`_unpacked` reads the fields back in the same order.
    """
    out: list[Any] = []
    put = out.append
    for quotes in results:
        put(len(quotes))
        for q in quotes:
            put(q.kind)
            put(q.content.start)
            put(q.content.end)
            put(len(q.fragments))
            for f in q.fragments:
                put(f.start)
                put(f.end)
            cue = q.cue
            if cue is None:
                put(None)
            else:
                out += (
                    cue.span.start,
                    cue.span.end,
                    cue.lemma,
                    cue.form,
                    cue.person,
                    cue.gender,
                    cue.number,
                    cue.complementizer,
                    cue.rule,
                )
            speaker = q.speaker
            if speaker is None:
                put(None)
            else:
                put(speaker.name)
                _put_span(out, speaker.mention)
                out += (speaker.resolution, speaker.entity, speaker.gender, speaker.type)
            _put_span(out, q.addressee)
            put(q.confidence)
            put(q.rule)
    return tuple(out)


def _put_span(out: list[Any], span: Span | None) -> None:
    """Add a span that may be absent to ``out``: ``None``, or its start and end."""
    if span is None:
        out.append(None)
    else:
        out += (span.start, span.end)


def _unpacked(data: _Packed, texts: Sequence[str]) -> list[tuple[Quote, ...]]:
    """The quotes of each of ``texts`` that :func:`_packed` gave ``data`` for."""
    take = iter(data).__next__
    return [_quotes_of(text, take) for text in texts]


def _quotes_of(text: str, take: Callable[[], Any]) -> tuple[Quote, ...]:
    """The quotes of ``text``, their fields read with ``take`` as :func:`_packed` wrote them."""

    def span(start: int) -> Span:
        end = take()
        return Span(start=start, end=end, text=text[start:end])

    quotes = []
    for _ in range(take()):
        kind = take()
        content = span(take())
        fragments = tuple(span(take()) for _ in range(take()))
        cue = start = take()
        if start is not None:
            cue = Cue(
                span=span(start),
                lemma=take(),
                form=take(),
                person=take(),
                gender=take(),
                number=take(),
                complementizer=take(),
                rule=take(),
            )
        speaker = name = take()
        if name is not None:
            start = take()
            speaker = Speaker(
                name=name,
                mention=None if start is None else span(start),
                resolution=take(),
                entity=take(),
                gender=take(),
                type=take(),
            )
        start = take()
        quotes.append(
            Quote(
                kind=kind,
                content=content,
                fragments=fragments,
                cue=cue,
                speaker=speaker,
                addressee=None if start is None else span(start),
                confidence=take(),
                rule=take(),
            )
        )
    return tuple(quotes)


def _start_worker() -> None:
    # A worker ignores Ctrl-C: the parent gets it and stops the pool, so one key press
    # gives one KeyboardInterrupt, not one traceback per process.
    import signal  # in the worker: the module makes enums at import, quotekit needs it not

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker shares the parent's objects (its tables and memos among them) until
    # it writes to them: the collector's walks of the old generations would write to each
    # (a copy of every page they hold, and a walk of all). They are set apart: only what
    # the worker makes is collected.
    gc.freeze()


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for text in texts:
        chunk.append(text)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _check_iterable(value: object, name: str, items: str, example: str) -> None:
    """Refuse one text or one record where an iterable of them is expected."""
    if isinstance(value, (str, bytes, bytearray, memoryview, Mapping)):
        raise TypeError(
            f"{name} must be an iterable of {items}, not a single {type(value).__name__}: "
            f"pass a list, e.g. {example}"
        )


def _check_workers(workers: object) -> int:
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ConfigError(f"workers must be a whole number of at least 1, not {workers!r}")
    return workers


def _run(
    items: Iterable[tuple[T, str]], config: ExtractConfig, workers: int
) -> Iterator[tuple[T, tuple[Quote, ...]]]:
    if workers == 1:
        for tag, text in items:
            yield tag, extract_quotes(text, config=config)
        return
    tags: deque[T] = deque()

    def texts() -> Iterator[str]:
        for tag, text in items:
            tags.append(tag)
            yield text

    from concurrent.futures import ProcessPoolExecutor  # only when there are workers

    pool = ProcessPoolExecutor(max_workers=workers - 1, initializer=_start_worker)
    try:
        chunks = _InFlight(pool, config, feed=_FEED * (workers - 1))
        for chunk in _chunks(texts(), _CHUNK):
            chunks.add(chunk)
            while chunks and (len(chunks) >= 4 * workers or chunks.first_ready()):
                for quotes in chunks.pop():
                    yield tags.popleft(), quotes
        while chunks:
            for quotes in chunks.pop():
                yield tags.popleft(), quotes
    finally:
        # On an error, an interrupt or a consumer that stops early, the queued chunks are
        # dropped and only the running ones are waited for.
        pool.shutdown(wait=True, cancel_futures=True)


_Results = list[tuple[Quote, ...]]


class _InFlight:
    """The chunks in flight, in input order: each given to the pool or extracted here.

    This process is one of the workers. It keeps the pool's workers fed with ``feed``
    chunks (each one running and more waiting) and extracts the chunks in between itself,
    so each process's share follows its speed (this one also sends, receives and yields
    the results). Before it waits for a chunk of the pool, it takes back the last chunk
    that no worker has started and extracts it: no process waits idle at the end.
    """

    def __init__(self, pool: ProcessPoolExecutor, config: ExtractConfig, feed: int) -> None:
        self._pool = pool
        self._config = config
        self._feed = feed
        self._pending: deque[tuple[list[str], Future[_Packed] | _Results]] = deque()

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, chunk: list[str]) -> None:
        """Give ``chunk`` to the pool if it has fewer than ``feed`` to do, else extract it."""
        running = sum(1 for _, o in self._pending if not isinstance(o, list) and not o.done())
        if running < self._feed:
            self._pending.append((chunk, self._pool.submit(_run_chunk, chunk, self._config)))
        else:
            self._pending.append((chunk, self._ours(chunk)))

    def first_ready(self) -> bool:
        """Whether the first chunk's results are in."""
        outcome = self._pending[0][1]
        return isinstance(outcome, list) or outcome.done()

    def pop(self) -> _Results:
        """The first chunk's results (waiting for them if need be), the chunk dropped."""
        while not self.first_ready() and self._take_back():
            pass
        chunk, outcome = self._pending.popleft()
        if isinstance(outcome, list):
            return outcome
        return _unpacked(outcome.result(), chunk)

    def _ours(self, chunk: list[str]) -> _Results:
        return [extract_quotes(text, config=self._config) for text in chunk]

    def _take_back(self) -> bool:
        """Extract here the last chunk that no worker has started; ``False`` if none."""
        for index in range(len(self._pending) - 1, -1, -1):
            chunk, outcome = self._pending[index]
            if not isinstance(outcome, list) and outcome.cancel():
                self._pending[index] = (chunk, self._ours(chunk))
                return True
        return False


def extract_tagged(
    items: Iterable[tuple[T, str]], *, config: ExtractConfig | None = None, workers: int = 1
) -> Iterator[tuple[T, tuple[Quote, ...]]]:
    """Extract the quotes of ``(tag, text)`` pairs, yielding ``(tag, quotes)`` in input order.

    The tag is anything of yours (an id, a row, a file name) and travels with its text;
    it never goes to a worker process.

    Args:
        items: Any iterable of ``(tag, text)`` pairs, consumed lazily.
        config: As for :func:`~quotekit.extract_quotes`.
        workers: As for :func:`~quotekit.extract_many`.

    Yields:
        ``(tag, quotes)``, quotes exactly what ``extract_quotes`` returns for the text.

    Raises:
        TypeError: At once for a single string or mapping instead of an iterable; while
            iterating, for an item that is not a pair or whose text is not a ``str``
            (the message names the item, e.g. ``items[3]``).
        ConfigError: At once for a bad ``config`` or ``workers``.

    Example:
        >>> pairs = [("a.txt", "قال الوزير إن الخطة جاهزة"), ("b.txt", "لا شيء")]
        >>> [(tag, len(quotes)) for tag, quotes in extract_tagged(pairs)]
        [('a.txt', 1), ('b.txt', 0)]
    """
    _check_iterable(items, "items", "(tag, text) pairs", "[(tag, text)]")
    config = resolve_extract_config(config)

    def checked() -> Iterator[tuple[T, str]]:
        for index, item in enumerate(items):
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError(
                    f"items[{index}] must be a (tag, text) pair, not {type(item).__name__}"
                )
            yield item[0], check_text(item[1], name=f"items[{index}] text")

    return _run(checked(), config, _check_workers(workers))


def extract_many(
    texts: Iterable[str], *, config: ExtractConfig | None = None, workers: int = 1
) -> Iterator[tuple[Quote, ...]]:
    """Extract the quotes of each text, yielding results in input order.

    Args:
        texts: Any iterable of strings, consumed lazily.
        config: As for :func:`~quotekit.extract_quotes`.
        workers: Processes to use, this one included: 1 runs in this process, 2 in this
            one and one more, which share the chunks of texts as each is free. At most
            ``4 * workers`` chunks are in flight at once, so memory stays bounded on any
            input size. Worker processes leave Ctrl-C to this one, which stops them.

    Yields:
        One tuple of quotes per text, exactly what ``extract_quotes`` returns for it.

    Raises:
        TypeError: At once for a single string (not an iterable of texts); while
            iterating, for an item that is not a ``str`` (the message names its index,
            e.g. ``texts[3]``).
        ConfigError: At once for a bad ``config`` or ``workers``.

    Example:
        >>> [len(qs) for qs in extract_many(["قال الوزير إن الخطة جاهزة", "لا شيء"])]
        [1, 0]
        >>> extract_many("قال الوزير")
        Traceback (most recent call last):
        ...
        TypeError: texts must be an iterable of texts, not a single str: pass a list, e.g. [text]
    """
    _check_iterable(texts, "texts", "texts", "[text]")
    config = resolve_extract_config(config)
    items = ((None, check_text(text, name=f"texts[{i}]")) for i, text in enumerate(texts))
    return (quotes for _, quotes in _run(items, config, _check_workers(workers)))


def extract_records(
    records: Iterable[Mapping[str, Any]],
    *,
    config: ExtractConfig | None = None,
    workers: int = 1,
) -> Iterator[tuple[Any, tuple[Quote, ...]]]:
    """Extract the quotes of ``{"id", "text"}`` records, yielding ``(id, quotes)`` in order.

    A record without an ``id`` yields ``None`` as its id.

    Raises:
        TypeError: At once for a single string or mapping instead of an iterable; while
            iterating, for a record that is not a mapping (named, e.g. ``records[3]``).
        ValueError: While iterating, for a record without a ``text`` string (named).

    Example:
        >>> [(i, len(q)) for i, q in extract_records([{"id": 7, "text": "قال إن الخطة جاهزة"}])]
        [(7, 1)]
    """
    _check_iterable(records, "records", "records", "[record]")
    config = resolve_extract_config(config)

    def items() -> Iterator[tuple[Any, str]]:
        for index, record in enumerate(records):
            if not isinstance(record, Mapping):
                raise TypeError(f"records[{index}] must be a mapping, not {type(record).__name__}")
            if not isinstance(record.get("text"), str):
                raise ValueError(f"records[{index}] has no 'text' string")
            yield record.get("id"), record["text"]

    return _run(items(), config, _check_workers(workers))

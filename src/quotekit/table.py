"""Quotes as a flat table: one row per quote, for pandas, Parquet, Spark and Dask frames.

A row is a ``dict`` of plain JSON values: the input record's id, every other field of the
record but its text (passed through unchanged), then the columns of :data:`COLUMNS`, in
that order. The schema is stable: columns may be added in later versions, none will be
renamed, retyped or removed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

import attrs

from quotekit.batch import extract_many
from quotekit.config import ExtractConfig
from quotekit.errors import ConfigError
from quotekit.types import Quote, Span

__all__ = ["COLUMNS", "Column", "ColumnType", "quote_table"]

#: The JSON Schema type of a column: ``string``, ``integer`` or ``number`` (a float).
ColumnType = Literal["string", "integer", "number"]


@attrs.frozen(kw_only=True)
class Column:
    """One column of the quote table.

    Attributes:
        name: The key of the value in each row.
        type: ``string``, ``integer`` or ``number`` (a float), as in JSON Schema.
        nullable: Whether the value may be ``None``.
        description: What the value is.
    """

    name: str
    type: ColumnType
    nullable: bool
    description: str


def _column(name: str, type: ColumnType, description: str, *, nullable: bool = False) -> Column:
    return Column(name=name, type=type, nullable=nullable, description=description)


#: The columns of every row after the record's own fields, in row order.
COLUMNS: tuple[Column, ...] = (
    _column("quote_index", "integer", "position of the quote in its article, from 0"),
    _column("kind", "string", "direct, mixed or indirect"),
    _column("content_start", "integer", "start of the reported content in the text"),
    _column("content_end", "integer", "end of the content (half-open)"),
    _column("content_text", "string", "the content, text[content_start:content_end]"),
    _column("fragment_count", "integer", "stretches in quote marks inside the content"),
    _column("cue_start", "integer", "start of the reporting cue", nullable=True),
    _column("cue_end", "integer", "end of the cue", nullable=True),
    _column("cue_text", "string", "the cue as written, clitics included", nullable=True),
    _column("cue_lemma", "string", "the cue's lexicon entry", nullable=True),
    _column("cue_form", "string", "past, present, participle, source ...", nullable=True),
    _column("speaker_name", "string", "the source's canonical name", nullable=True),
    _column("speaker_resolution", "string", "explicit, linked or inherited", nullable=True),
    _column("speaker_entity", "integer", "the source's number in the article", nullable=True),
    _column("speaker_gender", "string", "m or f", nullable=True),
    _column(
        "speaker_type",
        "string",
        "person, organisation, group, document or anonymous",
        nullable=True,
    ),
    _column(
        "mention_start", "integer", "start of the noun phrase naming the speaker", nullable=True
    ),
    _column("mention_end", "integer", "end of that noun phrase", nullable=True),
    _column("mention_text", "string", "that noun phrase", nullable=True),
    _column(
        "addressee_start", "integer", "start of the addressee, to whom it was said", nullable=True
    ),
    _column("addressee_end", "integer", "end of the addressee", nullable=True),
    _column("addressee_text", "string", "the addressee", nullable=True),
    _column("confidence", "number", "from 0 to 1, set by the rule"),
    _column("rule", "string", "the rule that produced the quote"),
)

_NAMES = frozenset(c.name for c in COLUMNS)


#: The three columns of each span: its start, end and text.
_SPAN_COLUMNS = {
    prefix: (f"{prefix}_start", f"{prefix}_end", f"{prefix}_text")
    for prefix in ("content", "cue", "mention", "addressee")
}


def _span(prefix: str, span: Span | None) -> dict[str, Any]:
    start, end, text = _SPAN_COLUMNS[prefix]
    if span is None:
        return {start: None, end: None, text: None}
    return {start: span.start, end: span.end, text: span.text}


def _quote_row(index: int, q: Quote) -> dict[str, Any]:
    cue, speaker = q.cue, q.speaker
    return {
        "quote_index": index,
        "kind": q.kind,
        **_span("content", q.content),
        "fragment_count": len(q.fragments),
        **_span("cue", cue.span if cue else None),
        "cue_lemma": cue.lemma if cue else None,
        "cue_form": cue.form if cue else None,
        "speaker_name": speaker.name if speaker else None,
        "speaker_resolution": speaker.resolution if speaker else None,
        "speaker_entity": speaker.entity if speaker else None,
        "speaker_gender": speaker.gender if speaker else None,
        "speaker_type": speaker.type if speaker else None,
        **_span("mention", speaker.mention if speaker else None),
        **_span("addressee", q.addressee),
        "confidence": q.confidence,
        "rule": q.rule,
    }


def _check_field(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{name} must be a non-empty str, not {value!r}")
    if value in _NAMES:
        raise ConfigError(f"{name} {value!r} is the name of a quote column; pick another")
    return value


def quote_table(
    records: Iterable[Mapping[str, Any]],
    *,
    id_field: str = "id",
    text_field: str = "text",
    config: ExtractConfig | None = None,
    workers: int = 1,
) -> Iterator[dict[str, Any]]:
    """Extract the quotes of each record and yield one flat row per quote, in input order.

    Each row holds the record's ``id_field`` (``None`` when the record has none), every
    other field of the record except ``text_field``, unchanged and in the record's order,
    then the columns of :data:`COLUMNS`. A record without quotes yields no row. Records
    are read lazily, one at a time, so any iterable of any length will do.

    Args:
        records: Mappings, each with a ``text_field`` string (a corpus line, a pandas
            ``to_dict("records")`` row, a Spark ``Row.asDict()`` ...).
        id_field: The field that identifies a record.
        text_field: The field that holds the text.
        config: As for :func:`~quotekit.extract_quotes`.
        workers: As for :func:`~quotekit.extract_many`; on Dask or Spark leave it at 1 and
            let the engine spread the records.

    Yields:
        One ``dict`` per quote; the values of :data:`COLUMNS` are ``str``, ``int``,
        ``float`` or ``None``.

    Raises:
        ConfigError: For a field name that is not a non-empty string, or that is the name
            of a quote column.
        ValueError: For a record that is not a mapping, has no ``text_field`` string or has
            a field named like a quote column; the message gives the record's number.

    Example:
        >>> records = [{"id": "a1", "source": "wire", "text": "قال الوزير إن الخطة جاهزة."}]
        >>> (row,) = quote_table(records)
        >>> row["id"], row["source"], row["kind"], row["content_text"], row["speaker_name"]
        ('a1', 'wire', 'indirect', 'الخطة جاهزة', 'الوزير')
        >>> list(row)[:4]
        ['id', 'source', 'quote_index', 'kind']
    """
    id_field = _check_field(id_field, "id_field")
    text_field = _check_field(text_field, "text_field")
    if id_field == text_field:
        raise ConfigError(f"id_field and text_field are both {id_field!r}")
    # The fields of the records whose texts are in flight, oldest first.
    pending: deque[dict[str, Any]] = deque()

    def texts() -> Iterator[str]:
        for number, record in enumerate(records, 1):
            if not isinstance(record, Mapping):
                raise ValueError(
                    f"record {number}: expected a mapping, not {type(record).__name__}"
                )
            text = record.get(text_field)
            if not isinstance(text, str):
                raise ValueError(f"record {number}: expected a {text_field!r} field holding a str")
            fields: dict[str, Any] = {id_field: record.get(id_field)}
            for key, value in record.items():
                if key in _NAMES:
                    raise ValueError(
                        f"record {number}: field {key!r} has the name of a quote column; rename it"
                    )
                if key != text_field and key != id_field:
                    fields[key] = value
            pending.append(fields)
            yield text

    for quotes in extract_many(texts(), config=config, workers=workers):
        fields = pending.popleft()
        for index, quote in enumerate(quotes):
            yield {**fields, **_quote_row(index, quote)}

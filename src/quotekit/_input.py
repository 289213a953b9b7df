"""Reading input as stored: text files and JSON Lines, from a path or standard input.

Bytes are read and decoded here, never through a text stream: no newline translation (a
CRLF file's offsets index its characters, CR included), one strict UTF-8 decoding for files
and standard input alike, and every problem raised as an :class:`~quotekit.InputError`
that names the file and line. The command line reads all its input through this module.
"""

from __future__ import annotations

import codecs
import json
import os
import shlex
import stat
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from quotekit.errors import ConfigError, InputError

__all__ = [
    "STDIN",
    "Fields",
    "JsonLine",
    "TextRecord",
    "input_size",
    "iter_jsonl",
    "iter_texts",
    "read_records",
    "read_text",
    "source_name",
]

#: The path that means standard input.
STDIN = "-"

#: Called with each bad line when the caller goes on past it; ``None`` raises instead.
OnError = Callable[[InputError], None] | None


def source_name(path: str | Path) -> str:
    """The name messages give an input: the path, or ``<stdin>``.

    Example:
        >>> source_name("-"), source_name("a.txt")
        ('<stdin>', 'a.txt')
    """
    return "<stdin>" if str(path) == STDIN else str(path)


def input_size(path: str | Path) -> int | None:
    """The size in bytes of a regular file; ``None`` for standard input, pipes and the like.

    Example:
        >>> input_size("-") is None
        True
    """
    if str(path) == STDIN:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _open(path: str | Path) -> BinaryIO:
    if str(path) == STDIN:
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as error:
        raise InputError(source_name(path), 0, error.strerror or str(error)) from None


def _not_utf8(data: bytes, error: UnicodeDecodeError, source: str, line: int) -> InputError:
    """Say where the first byte that is not UTF-8 is, and how to convert the input."""
    if not line:  # a whole file: find the line
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
    else:
        column = error.start + 1
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, guess = "utf-16", "it looks like UTF-16"
    else:
        encoding, guess = "cp1256", "if it is windows-1256 (Arabic Windows)"
    if source == "<stdin>":
        how = f"pipe it through iconv -f {encoding} -t utf-8 first"
    else:
        target = Path(source).with_suffix(".utf8" + Path(source).suffix)
        how = (
            f"convert it first: iconv -f {encoding} -t utf-8 "
            f"{shlex.quote(source)} > {shlex.quote(str(target))}"
        )
    return InputError(
        source,
        line,
        f"not UTF-8 (byte 0x{data[error.start]:02x} at column {column}); {guess}, {how}",
    )


def _decode(data: bytes, source: str, line: int = 0) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _not_utf8(data, error, source, line) from None


def read_text(path: str | Path) -> str:
    """The text of a file (``-``: standard input) exactly as stored, decoded as UTF-8.

    No newline is translated, so offsets into the result index the file's characters (the
    CR of each CRLF counts); a byte order mark stays as U+FEFF.

    Raises:
        InputError: The file cannot be read, or is not UTF-8 (the message gives the line
            and column of the first bad byte and the ``iconv`` command that converts it).

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = path.write_bytes(("قال" + chr(13) + chr(10)).encode("utf-8"))  # CR LF
        >>> len(read_text(path))
        5
        >>> _ = path.write_bytes("قال".encode("cp1256"))
        >>> try:
        ...     read_text(path)
        ... except InputError as error:
        ...     print(error.line, error.problem.split(";")[0])
        1 not UTF-8 (byte 0xde at column 1)
    """
    source = source_name(path)
    handle = _open(path)
    try:
        data = handle.read()
    except OSError as error:
        raise InputError(source, 0, error.strerror or str(error)) from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
    return _decode(data, source)


@attrs.frozen(kw_only=True)
class JsonLine:
    """One JSON object read from a line of a JSON Lines input.

    Attributes:
        source: The file, or ``<stdin>``.
        number: The 1-based line number.
        record: The object.
        end: Bytes of the input read up to the end of this line.
    """

    source: str
    number: int
    record: dict[str, Any]
    end: int


def _json_kind(value: object) -> str:
    """What a JSON value is, in the words of JSON."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "true or false"
    return "null" if value is None else "a number"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse(raw: bytes, source: str, number: int) -> dict[str, Any]:
    text = _decode(raw, source, number)
    try:
        record = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise InputError(source, number, f"not JSON: {error.msg} (column {error.colno})") from None
    except ValueError as error:  # NaN, Infinity
        raise InputError(source, number, f"not JSON: {error}") from None
    if not isinstance(record, dict):
        raise InputError(
            source, number, f"each line must be a JSON object, not {_json_kind(record)}"
        )
    return record


def _handle(error: InputError, on_error: OnError) -> None:
    if on_error is None:
        raise error
    on_error(error)


def iter_jsonl(path: str | Path, *, on_error: OnError = None) -> Iterator[JsonLine]:
    """Yield the JSON object of each non-blank line of ``path`` (``-`` is standard input).

    Lines are split on LF only and each is decoded as UTF-8 on its own; a byte order mark
    at the start is skipped.

    Args:
        path: The file, or ``-``.
        on_error: Called with the error of each bad line (not UTF-8, not JSON, not an
            object), after which reading goes on; by default the error is raised.

    Raises:
        InputError: The file cannot be read, or (without ``on_error``) a line is bad; the
            message is ``file:line: problem``.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
        >>> _ = path.write_text(chr(10).join(['{"id": 1}', "", "[2]"]), encoding="utf-8")
        >>> errors = []
        >>> [line.record for line in iter_jsonl(path, on_error=errors.append)]
        [{'id': 1}]
        >>> errors[0].line, errors[0].problem
        (3, 'each line must be a JSON object, not an array')
    """
    source = source_name(path)
    end = 0
    for number, raw in enumerate(_lines(path, source), 1):
        end += len(raw)
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        try:
            record = _parse(raw, source, number)
        except InputError as error:
            _handle(error, on_error)
            continue
        yield JsonLine(source=source, number=number, record=record, end=end)


def _lines(path: str | Path, source: str) -> Iterator[bytes]:
    """The lines of an input as bytes, LF kept; a read error becomes an InputError."""
    handle = _open(path)
    try:
        yield from handle
    except OSError as error:
        raise InputError(source, 0, error.strerror or str(error)) from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def read_records(
    path: str | Path,
    required: Mapping[str, type],
    *,
    filled: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Read every record of a JSON Lines input, each with the fields ``required`` names.

    Args:
        path: The file, or ``-`` for standard input.
        required: Field name -> its Python type (``str``, ``list``, ``dict``; ``object``
            for any value).
        filled: Field name -> the values by record id (``str(record["id"])``) that a
            record without that field takes (the texts of annotations kept apart from
            them); a record that lacks it still lacks it.

    Raises:
        InputError: As for :func:`iter_jsonl`, or naming the line of a record that lacks
            a required field or holds another type of value in it.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "p.jsonl"
        >>> _ = path.write_text('{"id": 1, "quotes": "none"}', encoding="utf-8")
        >>> try:
        ...     read_records(path, {"id": object, "quotes": list})
        ... except InputError as error:
        ...     print(error.line, error.problem)
        1 "quotes" must be an array, not a string
        >>> _ = path.write_text('{"id": 1}', encoding="utf-8")
        >>> read_records(path, {"id": object, "text": str}, filled={"text": {"1": "قال"}})
        [{'id': 1, 'text': 'قال'}]
    """
    records = []
    for line in iter_jsonl(path):
        record = line.record
        for name, values in (filled or {}).items():
            if name not in record and "id" in record and str(record["id"]) in values:
                record = {**record, name: values[str(record["id"])]}
        for name, kind in required.items():
            if name not in record:
                where = ""
                if name in (filled or {}):
                    where = f", nor a record of id {str(record.get('id'))!r} to take it from"
                raise InputError(line.source, line.number, f'no "{name}" field{where}')
            value = record[name]
            if kind is not object and not isinstance(value, kind):
                raise InputError(
                    line.source,
                    line.number,
                    f'"{name}" must be {_json_kind(kind())}, not {_json_kind(value)}',
                )
        records.append(record)
    return records


def _field_name(_instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{attribute.name} must be a field name, not {value!r}")


@attrs.frozen(kw_only=True)
class Fields:
    """Which fields of a JSON Lines record hold its id and its text.

    Example:
        >>> Fields(id="url", text="body").text
        'body'
        >>> Fields(id="text")
        Traceback (most recent call last):
        ...
        quotekit.errors.ConfigError: the id and the text must be two fields, not both 'text'
    """

    id: str = attrs.field(default="id", validator=_field_name)
    text: str = attrs.field(default="text", validator=_field_name)

    def __attrs_post_init__(self) -> None:
        if self.id == self.text:
            raise ConfigError(f"the id and the text must be two fields, not both {self.id!r}")

    def problem(self, record: dict[str, Any]) -> str | None:
        """What keeps ``record`` from giving an id and a text, or ``None``.

        Example:
            >>> Fields().problem({"id": 1, "body": "..."})
            'no "text" field (its fields: id, body); name the text field with --text-field'
        """
        if self.text not in record:
            names = ", ".join(list(record)[:8]) + (", ..." if len(record) > 8 else "")
            return (
                f'no "{self.text}" field (its fields: {names or "none"}); '
                "name the text field with --text-field"
            )
        if not isinstance(record[self.text], str):
            return f'"{self.text}" must be a string, not {_json_kind(record[self.text])}'
        if self.id != "id" and "id" in record:
            return (
                f'both "{self.id}" (the id) and "id": the output\'s "id" would hide one; '
                "rename one of them"
            )
        return None


@attrs.frozen(kw_only=True)
class TextRecord:
    """A JSON Lines record split into its id, its text and its other fields.

    Attributes:
        source: The file, or ``<stdin>``.
        number: The 1-based line number.
        id: The id field's value; ``None`` when the record has none.
        text: The text field's value.
        extra: Every other field, in input order.
        end: Bytes of the input read up to the end of this line.
    """

    source: str
    number: int
    id: Any
    text: str
    extra: dict[str, Any]
    end: int


def iter_texts(
    path: str | Path, *, fields: Fields | None = None, on_error: OnError = None
) -> Iterator[TextRecord]:
    """Yield each record of a JSON Lines input with its id, text and other fields.

    Args:
        path: The file, or ``-`` for standard input.
        fields: The id and text fields; ``None`` for ``id`` and ``text``.
        on_error: As for :func:`iter_jsonl`, also for a record without a text string.

    Raises:
        InputError: As for :func:`iter_jsonl`, also for a record without a text string.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
        >>> _ = path.write_text('{"url": "u", "body": "قال", "year": 2020}', encoding="utf-8")
        >>> (r,) = iter_texts(path, fields=Fields(id="url", text="body"))
        >>> r.id, r.text, r.extra, r.number
        ('u', 'قال', {'year': 2020}, 1)
    """
    fields = fields or Fields()
    for line in iter_jsonl(path, on_error=on_error):
        problem = fields.problem(line.record)
        if problem:
            _handle(InputError(line.source, line.number, problem), on_error)
            continue
        record = line.record
        yield TextRecord(
            source=line.source,
            number=line.number,
            id=record.get(fields.id),
            text=record[fields.text],
            extra={k: v for k, v in record.items() if k not in (fields.id, fields.text)},
            end=line.end,
        )

"""quote_table: one flat row per quote with a stable schema."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import quotekit
from quotekit import COLUMNS, ConfigError, ExtractConfig, quote_table
from quotekit.cli import main

from .conftest import load_json, mixed_text

CASES = load_json("extract_cases.json")["cases"]
NAMES = [c.name for c in COLUMNS]
PYTHON_TYPES = {"string": str, "integer": int, "number": float}


def _check_schema(row: dict[str, Any]) -> None:
    for column in COLUMNS:
        value = row[column.name]
        if value is None:
            assert column.nullable, column.name
        else:
            assert type(value) is PYTHON_TYPES[column.type], column.name


def _check_offsets(text: str, row: dict[str, Any]) -> None:
    for prefix in ("content", "cue", "mention", "addressee"):
        start, end, written = row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_text"]
        if start is None:
            assert end is None and written is None, prefix
        else:
            assert text[start:end] == written, prefix


def test_columns_are_unique_and_typed() -> None:
    assert len(set(NAMES)) == len(NAMES)
    assert {c.type for c in COLUMNS} <= set(PYTHON_TYPES)
    assert all(c.description for c in COLUMNS)


def test_a_quote_becomes_a_row() -> None:
    text = 'قال الوزير: "نعم".'
    (row,) = quote_table([{"id": "d1", "text": text}])
    assert row == {
        "id": "d1",
        "quote_index": 0,
        "kind": "direct",
        "content_start": 13,
        "content_end": 16,
        "content_text": "نعم",
        "fragment_count": 1,
        "cue_start": 0,
        "cue_end": 3,
        "cue_text": "قال",
        "cue_lemma": "قال",
        "cue_form": "past",
        "speaker_name": "الوزير",
        "speaker_resolution": "explicit",
        "speaker_entity": 0,
        "speaker_gender": "m",
        "speaker_type": "person",
        "mention_start": 4,
        "mention_end": 10,
        "mention_text": "الوزير",
        "addressee_start": None,
        "addressee_end": None,
        "addressee_text": None,
        "confidence": row["confidence"],
        "rule": row["rule"],
    }
    (quote,) = quotekit.extract_quotes(text)
    assert (row["confidence"], row["rule"]) == (quote.confidence, quote.rule)


def test_golden_cases_as_rows() -> None:
    records = [{"id": number, "text": case["text"]} for number, case in enumerate(CASES)]
    got: dict[int, list[list[Any]]] = {number: [] for number in range(len(CASES))}
    for row in quote_table(records):
        _check_schema(row)
        _check_offsets(CASES[row["id"]]["text"], row)
        assert row["quote_index"] == len(got[row["id"]])
        got[row["id"]].append(
            [
                row["kind"],
                row["content_text"],
                row["cue_text"],
                row["speaker_name"],
                row["speaker_resolution"],
            ]
        )
    for number, case in enumerate(CASES):
        assert got[number] == case["quotes"], case["name"]


def test_record_fields_come_first_and_pass_through() -> None:
    record = {
        "lang": "ar",
        "body": "قال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا.",
        "doc": 7,
        "tags": ["economy", "policy"],
        "text": "not the text",
    }
    rows = list(quote_table([record], id_field="doc", text_field="body"))
    assert len(rows) == 2
    for row in rows:
        assert list(row) == ["doc", "lang", "tags", "text", *NAMES]
        assert (row["doc"], row["lang"], row["tags"], row["text"]) == (
            7,
            "ar",
            ["economy", "policy"],
            "not the text",
        )
    assert [row["quote_index"] for row in rows] == [0, 1]


def test_a_record_without_an_id_gets_none_and_one_without_quotes_no_row() -> None:
    rows = list(quote_table([{"text": "لا شيء."}, {"text": "قال الوزير إن الخطة جاهزة."}]))
    assert [row["id"] for row in rows] == [None]


def test_rows_are_read_lazily() -> None:
    def records() -> Iterator[dict[str, Any]]:
        yield {"id": 1, "text": "قال الوزير إن الخطة جاهزة."}
        raise AssertionError("read past the first record")

    assert next(quote_table(records()))["id"] == 1


def test_workers_give_the_same_rows() -> None:
    records = [
        {"id": number, "n": number % 3, "text": case["text"]}
        for number, case in enumerate(CASES * 3)
    ]
    serial = list(quote_table(records))
    assert len(serial) > len(CASES)
    assert list(quote_table(records, workers=2)) == serial


def test_config_is_used() -> None:
    text = "قال الوزير إن الخطة جاهزة."
    (quote,) = quotekit.extract_quotes(text)
    strict = ExtractConfig(min_confidence=min(1.0, quote.confidence + 0.01))
    assert list(quote_table([{"text": text}], config=strict)) == []


@given(mixed_text)
def test_any_text_gives_one_json_row_per_quote(text: str) -> None:
    rows = list(quote_table([{"id": "x", "text": text}]))
    assert len(rows) == len(quotekit.extract_quotes(text))
    for row in rows:
        _check_schema(row)
        _check_offsets(text, row)
        assert json.loads(json.dumps(row, ensure_ascii=False)) == row


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"text": "نعم"}, "نعم"], "record 2: expected a mapping, not str"),
        ([{"id": 1}], "record 1: expected a 'text' field holding a str"),
        ([{"text": b"x"}], "record 1: expected a 'text' field holding a str"),
        ([{"text": "x", "kind": "news"}], "record 1: field 'kind' has the name of a quote column"),
    ],
)
def test_bad_records_are_named(records: list[Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(quote_table(records))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"id_field": ""}, "id_field must be a non-empty str, not ''"),
        ({"text_field": None}, "text_field must be a non-empty str, not None"),
        ({"id_field": "rule"}, "id_field 'rule' is the name of a quote column"),
        ({"id_field": "body", "text_field": "body"}, "id_field and text_field are both 'body'"),
        ({"config": "fast"}, "config must be an ExtractConfig or None, not str"),
        ({"workers": 0}, "workers must be a whole number of at least 1, not 0"),
    ],
)
def test_bad_options_are_config_errors(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        list(quote_table([], **options))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else str(value)


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


CORPUS = [
    {"id": "a", "tags": ["x", "y"], "text": 'قال الوزير: "نعم". وأضاف أن الخطة جاهزة.'},
    {"id": "b", "tags": [], "text": "لا شيء هنا."},
    {"text": "وأكدت الوزيرة أن، التنفيذ يبدأ غدا.", "id": "c", "tags": ["z"]},
]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_csv_writes_the_table(
    workers: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _jsonl(tmp_path / "corpus.jsonl", CORPUS)
    assert main(["extract", "--jsonl", str(corpus), "--format", "csv", "--workers", workers]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = list(quote_table(CORPUS))
    assert len(rows) >= 3
    assert next(csv.reader(lines[:1])) == list(rows[0])
    assert list(csv.DictReader(lines)) == [{k: _cell(v) for k, v in r.items()} for r in rows]


def test_cli_csv_of_no_quotes_is_a_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _jsonl(tmp_path / "corpus.jsonl", [CORPUS[1]])
    assert main(["extract", "--jsonl", str(corpus), "--format", "csv"]) == 0
    assert capsys.readouterr().out == ",".join(["id", *NAMES]) + "\n"


def test_cli_csv_refuses_a_field_the_header_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _jsonl(tmp_path / "corpus.jsonl", [CORPUS[0], {**CORPUS[2], "lang": "ar"}])
    assert main(["extract", "--jsonl", str(corpus), "--format", "csv"]) == 2
    err = capsys.readouterr().err
    assert "(id 'c'): field 'lang' is not a column of the first row" in err


def test_cli_csv_needs_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("قال الوزير إن الخطة جاهزة.", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "--format", "csv", str(path)])
    assert exit_.value.code == 2
    assert "--format csv applies only with --jsonl" in capsys.readouterr().err


def test_cli_csv_reads_other_field_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [{"url": r["id"], "body": r["text"]} for r in CORPUS]
    corpus = _jsonl(tmp_path / "corpus.jsonl", records)
    argv = ["extract", "--jsonl", str(corpus), "--format", "csv"]
    assert main([*argv, "--id-field", "url", "--text-field", "body"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = list(quote_table(records, id_field="url", text_field="body"))
    assert rows and next(csv.reader(lines[:1]))[0] == "url"
    assert list(csv.DictReader(lines)) == [{k: _cell(v) for k, v in r.items()} for r in rows]

"""The ``quotekit`` command: argument parsing and output only; the work is the library's."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from quotekit import __version__
from quotekit._jsonl import iter_jsonl
from quotekit.batch import extract_records
from quotekit.config import PRESETS, ExtractConfig
from quotekit.evaluation import evaluate, read_jsonl
from quotekit.extract import extract_quotes
from quotekit.normalization import explain, normalize
from quotekit.table import COLUMNS, quote_table
from quotekit.types import Quote

__all__ = ["main"]


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def _human(quotes: Sequence[Quote], out: TextIO) -> None:
    if not quotes:
        out.write("(no quotes)\n")
    for number, q in enumerate(quotes, 1):
        speaker = q.speaker.name if q.speaker else "?"
        how = f" ({q.speaker.resolution})" if q.speaker else ""
        cue = q.cue.span.text if q.cue else "-"
        out.write(f"{number}. [{q.kind}] {speaker}{how} · cue: {cue} · {q.confidence:.2f}\n")
        out.write(f"   [{q.content.start}:{q.content.end}] {q.content.text}\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (bool, list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write_csv(rows: Iterable[dict[str, Any]], out: TextIO, *, id_field: str = "id") -> None:
    """Write :func:`~quotekit.quote_table` rows as CSV under the first row's keys.

    A field missing from a later row leaves its cell empty, as ``None`` does; lists and
    mappings passed through from the input are written as JSON.
    """
    writer = csv.writer(out, lineterminator="\n")
    header: list[Any] = []
    known: set[Any] = set()
    for number, row in enumerate(rows, 1):
        if not header:
            header, known = list(row), set(row)
            writer.writerow(header)
        elif not known.issuperset(row):
            extra = ", ".join(sorted(map(repr, row.keys() - known)))
            raise ValueError(
                f"quote {number} (id {next(iter(row.values()))!r}): field {extra} is not a "
                "column of the first row; a CSV table has one set of columns"
            )
        writer.writerow([_cell(row.get(name)) for name in header])
    if not header:
        writer.writerow([id_field, *(c.name for c in COLUMNS)])


def _extract(args: argparse.Namespace) -> int:
    config = (
        ExtractConfig()
        if args.min_confidence is None
        else ExtractConfig(min_confidence=args.min_confidence)
    )
    out = sys.stdout
    if args.format == "csv":
        if not args.jsonl:
            raise SystemExit("quotekit extract: --format csv needs --jsonl IN")
        rows = quote_table(iter_jsonl(args.jsonl), config=config, workers=args.workers)
        _write_csv(rows, out)
        return 0
    if args.jsonl:
        progress = sys.stderr.isatty() and not args.quiet
        for count, (ident, quotes) in enumerate(
            extract_records(iter_jsonl(args.jsonl), config=config, workers=args.workers), 1
        ):
            record = {"id": ident, "quotes": [q.to_dict() for q in quotes]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if progress and count % 50 == 0:
                sys.stderr.write(f"\r{count} articles")
        if progress:
            sys.stderr.write("\n")
        return 0
    if not args.files:
        raise SystemExit("quotekit extract: give FILE... (or - for standard input) or --jsonl IN")
    for path in args.files:
        quotes = extract_quotes(_read(path), config=config)
        if args.json:
            record = {"file": path, "quotes": [q.to_dict() for q in quotes]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            if len(args.files) > 1:
                out.write(f"== {path}\n")
            _human(quotes, out)
    return 0


_FIGURES = (
    "docs gold pred quote_p quote_r quote_f strict_f frag_p frag_r frag_f names names_taken "
    "speaker_acc implicit_acc cue_acc attribution_p attribution_r attribution_f"
).split()


def _evaluate(args: argparse.Namespace) -> int:
    result = evaluate(read_jsonl(args.gold), read_jsonl(args.pred))
    if args.json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        return 0
    rows = result.to_dict()
    for key in _FIGURES:
        value = rows[key]
        sys.stdout.write(
            f"{key:14} {value:.3f}\n" if isinstance(value, float) else f"{key:14} {value}\n"
        )
    for kind, value in result.recall_by_kind:
        sys.stdout.write(f"recall_{kind:7} {value:.3f}\n")
    sys.stdout.write(result.summary() + "\n")
    return 0


def _normalize(args: argparse.Namespace) -> int:
    for path in args.files:
        text = _read(path)
        if args.explain:
            result = explain(text, config=args.preset)
            for step in result.steps:
                sys.stdout.write(f"{step.step}: {step.count}\n")
        else:
            sys.stdout.write(normalize(text, config=args.preset))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotekit", description="Find quotes in Arabic news text and say who said them."
    )
    parser.add_argument("--version", action="version", version=f"quotekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="print the quotes of text files or of a JSONL corpus")
    ex.add_argument("files", nargs="*", help="UTF-8 text files, or - for standard input")
    ex.add_argument("--json", action="store_true", help="one JSON object per file")
    ex.add_argument("--jsonl", metavar="IN", help='read {"id", "text"} lines (or - for stdin)')
    ex.add_argument("--workers", type=int, default=1, help="processes for --jsonl (default 1)")
    ex.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help="with --jsonl: a JSON line per article (default) or a CSV row per quote",
    )
    ex.add_argument(
        "--min-confidence",
        type=float,
        default=None,
        help="drop quotes below this (default 0.4: all but speech acts with a noun object)",
    )
    ex.add_argument("--quiet", action="store_true", help="no progress display")
    ex.set_defaults(run=_extract)

    ev = sub.add_parser("evaluate", help="score predictions against gold (spec section 4)")
    ev.add_argument("gold", help="gold JSONL")
    ev.add_argument("pred", help='predictions JSONL: {"id", "quotes"} lines')
    ev.add_argument("--json", action="store_true", help="the figures as one JSON object")
    ev.set_defaults(run=_evaluate)

    nz = sub.add_parser("normalize", help="print normalised text, or what changed")
    nz.add_argument("files", nargs="+", help="UTF-8 text files, or - for standard input")
    nz.add_argument("--preset", choices=sorted(PRESETS), default="default")
    nz.add_argument("--explain", action="store_true", help="count what each step changed")
    nz.set_defaults(run=_normalize)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Example:
        >>> main(["normalize", "--help"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        SystemExit: 0
    """
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (OSError, ValueError) as error:
        sys.stderr.write(f"quotekit: {error}\n")
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

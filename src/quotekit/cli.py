"""The ``quotekit`` command: argument parsing and output only; the work is the library's."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

from quotekit import __version__
from quotekit._bidi import field, line
from quotekit._jsonl import iter_jsonl
from quotekit.batch import extract_records
from quotekit.config import PRESETS, ExtractConfig
from quotekit.evaluation import evaluate, read_jsonl
from quotekit.extract import extract_quotes
from quotekit.normalization import explain, normalize
from quotekit.render import render_corpus_html, render_corpus_pages, render_html
from quotekit.report import corpus_report, report_html
from quotekit.types import Quote

__all__ = ["main"]

_T = TypeVar("_T")


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def _human(quotes: Sequence[Quote], out: TextIO) -> None:
    # Every line is a left-to-right isolate and every Arabic field a first-strong isolate,
    # so that a terminal that runs the bidi algorithm shows the line in logical order.
    if not quotes:
        out.write(line("(no quotes)") + "\n")
    for number, q in enumerate(quotes, 1):
        speaker = field(q.speaker.name) if q.speaker else "?"
        how = f" ({q.speaker.resolution})" if q.speaker else ""
        cue = field(q.cue.span.text) if q.cue else "-"
        out.write(
            line(f"{number}. [{q.kind}] {speaker}{how} · cue: {cue} · {q.confidence:.2f}") + "\n"
        )
        out.write(line(f"   [{q.content.start}:{q.content.end}] {field(q.content.text)}") + "\n")


def _config(args: argparse.Namespace) -> ExtractConfig:
    if args.min_confidence is None:
        return ExtractConfig()
    return ExtractConfig(min_confidence=args.min_confidence)


def _extract(args: argparse.Namespace) -> int:
    config = _config(args)
    out = sys.stdout
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
                out.write(line(f"== {field(path)}") + "\n")
            _human(quotes, out)
    return 0


def _counted(records: Iterable[_T], args: argparse.Namespace) -> Iterator[_T]:
    """Pass ``records`` on, counting them on standard error when it is a terminal."""
    progress = sys.stderr.isatty() and not args.quiet
    count = 0
    for count, record in enumerate(records, 1):
        if progress and count % 50 == 0:
            sys.stderr.write(f"\r{count} articles")
        yield record
    if progress:
        sys.stderr.write(f"\r{count} articles\n")


def _write(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (a temporary file, then renamed)."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _emit(output: str | None, text: str) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
    else:
        _write(output, text)


def _render(args: argparse.Namespace) -> int:
    config = _config(args)
    if args.jsonl:
        if args.files:
            raise SystemExit("quotekit render: give FILE or --jsonl IN, not both")
        records = _counted(iter_jsonl(args.jsonl), args)
        folder = args.output
        if folder is not None and (folder.endswith(("/", os.sep)) or os.path.isdir(folder)):
            os.makedirs(folder, exist_ok=True)
            for name, page in render_corpus_pages(records, config=config):
                _write(Path(folder, name), page)
            return 0
        title = args.title or ("standard input" if args.jsonl == "-" else Path(args.jsonl).name)
        _emit(args.output, render_corpus_html(records, config=config, title=title))
        return 0
    if len(args.files) != 1:
        raise SystemExit("quotekit render: give one FILE (or - for standard input) or --jsonl IN")
    path = args.files[0]
    title = args.title or ("standard input" if path == "-" else Path(path).name)
    _emit(args.output, render_html(_read(path), config=config, title=title))
    return 0


def _report(args: argparse.Namespace) -> int:
    if args.top < 1:
        raise SystemExit("quotekit report: --top must be at least 1")
    report = corpus_report(
        _counted(iter_jsonl(args.corpus), args),
        config=_config(args),
        by=args.by,
        workers=args.workers,
    )
    title = args.title or f"تقرير الاقتباسات: {Path(args.corpus).name}"
    _emit(args.output, report_html(report, title=title, top=args.top))
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


def _min_confidence(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=None,
        help="drop quotes below this (default 0.4: all but speech acts with a noun object)",
    )


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
    _min_confidence(ex)
    ex.add_argument("--quiet", action="store_true", help="no progress display")
    ex.set_defaults(run=_extract)

    rn = sub.add_parser(
        "render", help="an HTML page of a text (or a corpus) with its quotes marked"
    )
    rn.add_argument("files", nargs="*", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    rn.add_argument("--jsonl", metavar="IN", help='read {"id", "text"} lines (or - for stdin)')
    rn.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the page to write (default: standard output); with --jsonl, a folder (ending "
        "in / or existing) gets one page per record and index.html",
    )
    rn.add_argument("--title", help="the page's title (default: the file's name)")
    _min_confidence(rn)
    rn.add_argument("--quiet", action="store_true", help="no progress display")
    rn.set_defaults(run=_render)

    rp = sub.add_parser("report", help="an HTML report of a JSONL corpus: charts and tables")
    rp.add_argument("corpus", help='{"id", "text", ...} lines (or - for stdin)')
    rp.add_argument("-o", "--output", metavar="OUT", help="the page (default: standard output)")
    rp.add_argument("--by", metavar="FIELD", help="count quotes and sources per value of FIELD")
    rp.add_argument("--top", type=int, default=20, help="most quoted sources shown (default 20)")
    rp.add_argument("--title", help="the page's title")
    _min_confidence(rp)
    rp.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    rp.add_argument("--quiet", action="store_true", help="no progress display")
    rp.set_defaults(run=_report)

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

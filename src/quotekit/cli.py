"""The ``quotekit`` command: argument parsing and output only; the work is the library's.

Each subcommand is an ``_add_<name>`` function that declares its parser, and a handler
``_<name>(args)`` that returns the exit status; :func:`main` turns errors, Ctrl-C and a
closed pipe into messages and statuses. Input is read through :mod:`quotekit._input`
(files and standard input as stored, JSON Lines with ``FILE:LINE`` errors, the id and text
fields), output goes through :mod:`quotekit._output` (``-o`` written whole or not at all,
JSON lines, the progress display).
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from typing import Any, TextIO

from quotekit import __version__
from quotekit._bidi import field, line
from quotekit._input import (
    Fields,
    input_size,
    iter_texts,
    read_records,
    read_text,
    source_name,
)
from quotekit._output import Progress, open_output, write_json_line
from quotekit.batch import extract_tagged
from quotekit.config import PRESETS, ExtractConfig
from quotekit.errors import InputError, QuotekitError
from quotekit.evaluation import Evaluation, evaluate, evaluate_by
from quotekit.extract import extract_quotes
from quotekit.normalization import explain, normalize
from quotekit.render import render_corpus_html, render_corpus_pages, render_html
from quotekit.report import corpus_report, report_html
from quotekit.table import COLUMNS, quote_table
from quotekit.types import Quote

__all__ = ["main"]

#: Exit statuses (docs/reference/cli.md lists them with the messages).
OK = 0
#: Finished, but ``--skip-errors`` passed over bad input lines.
SKIPPED = 1
#: A usage error, or input that could not be read (the other files are still done).
ERROR = 2
#: Ctrl-C: 128 + SIGINT.
INTERRUPTED = 130
#: The reader of standard output went away (``| head``): 128 + SIGPIPE, as other tools.
BROKEN_PIPE = 141


# ---------------------------------------------------------------------------------------
# Shared pieces: argument types, progress, skipped lines.


def _whole_number(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return number


def _share(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 1, not {value!r}")
    return number


def _progress(args: argparse.Namespace, unit: str, total: int | None, in_bytes: bool) -> Progress:
    """The progress display: drawn only on a terminal and without ``--quiet``."""
    show = not args.quiet and sys.stderr.isatty()
    return Progress(sys.stderr, show=show, unit=unit, total=total, in_bytes=in_bytes)


class _Skipped:
    """The bad lines ``--skip-errors`` passes over: each reported, all counted."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        self.progress.note(f"quotekit: {error}")

    def status(self, path: str, written: int) -> int:
        """Say how many lines were skipped, if any; return the exit status."""
        if not self.count:
            return OK
        lines = "line" if self.count == 1 else "lines"
        self.progress.note(
            f"quotekit: skipped {self.count} bad {lines} of {source_name(path)}; "
            f"wrote the other {written}"
        )
        return SKIPPED


def _add_min_confidence(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--min-confidence",
        type=_share,
        default=ExtractConfig().min_confidence,
        metavar="X",
        help="drop quotes below this (default 0.4: all but speech acts with a noun object)",
    )


def _add_jsonl_input(parser: argparse.ArgumentParser) -> None:
    """The options of a command that reads JSON Lines records (see :func:`_fields`)."""
    parser.add_argument("--id-field", metavar="NAME", help='the field of the id (default "id")')
    parser.add_argument(
        "--text-field", metavar="NAME", help='the field of the text (default "text")'
    )
    parser.add_argument(
        "--skip-errors",
        action="store_true",
        help="report each bad line (FILE:LINE: why) and go on; exit status 1 if any",
    )


def _fields(args: argparse.Namespace) -> Fields:
    parser: argparse.ArgumentParser = args.parser
    try:
        return Fields(
            id="id" if args.id_field is None else args.id_field,
            text="text" if args.text_field is None else args.text_field,
        )
    except QuotekitError as error:
        parser.error(str(error))


def _only_with(args: argparse.Namespace, needed: str, options: dict[str, object]) -> None:
    """Refuse options given without the option they apply to."""
    for option, value in options.items():
        if value not in (None, False):
            args.parser.error(f"{option} applies only with {needed}")


# ---------------------------------------------------------------------------------------
# extract


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


def _extract(args: argparse.Namespace) -> int:
    config = ExtractConfig(min_confidence=args.min_confidence)
    if args.jsonl:
        if args.files:
            args.parser.error("give FILE... or --jsonl IN, not both")
        if args.json:
            args.parser.error("--json applies to FILE...; --jsonl writes JSON Lines already")
        if args.format == "csv":
            return _extract_csv(args, config)
        return _extract_jsonl(args, config)
    if args.format == "csv":
        args.parser.error("--format csv applies only with --jsonl (a row per quote)")
    _only_with(
        args,
        "--jsonl",
        {
            "--workers": args.workers,
            "--id-field": args.id_field,
            "--text-field": args.text_field,
            "--skip-errors": args.skip_errors,
        },
    )
    if not args.files:
        args.parser.error("give FILE... (or - for standard input) or --jsonl IN")
    return _extract_files(args, config)


def _extract_files(args: argparse.Namespace, config: ExtractConfig) -> int:
    status = OK
    progress = _progress(args, "files", len(args.files), in_bytes=False)
    with open_output(args.output) as out:
        for count, path in enumerate(args.files, 1):
            try:
                text = read_text(path)
            except InputError as error:
                progress.note(f"quotekit: {error}")
                status = ERROR
                continue
            quotes = extract_quotes(text, config=config)
            if args.json:
                write_json_line(out, {"file": path, "quotes": [q.to_dict() for q in quotes]})
            else:
                if len(args.files) > 1:
                    out.write(line(f"== {field(path)}") + "\n")
                _human(quotes, out)
            progress.update(count)
        progress.finish(len(args.files))
    return status


def _extract_jsonl(args: argparse.Namespace, config: ExtractConfig) -> int:
    progress = _progress(args, "articles", input_size(args.jsonl), in_bytes=True)
    skipped = _Skipped(progress)
    records = iter_texts(
        args.jsonl, fields=_fields(args), on_error=skipped if args.skip_errors else None
    )
    count = 0
    with open_output(args.output) as out:
        for record, quotes in extract_tagged(
            ((r, r.text) for r in records), config=config, workers=args.workers or 1
        ):
            # The input's other fields pass through; "quotes" is the output's own, last.
            fields = {"id": record.id, **record.extra}
            fields.pop("quotes", None)
            fields["quotes"] = [q.to_dict() for q in quotes]
            write_json_line(out, fields)
            count += 1
            progress.update(count, record.end)
        progress.finish(count)
    return skipped.status(args.jsonl, count)


def _extract_csv(args: argparse.Namespace, config: ExtractConfig) -> int:
    """``--format csv``: the rows of :func:`~quotekit.quote_table`, a row per quote."""
    fields = _fields(args)
    progress = _progress(args, "articles", input_size(args.jsonl), in_bytes=True)
    skipped = _Skipped(progress)
    records = _Records(args, args.jsonl, progress, skipped, own_names=True)
    rows = quote_table(
        records,
        id_field=fields.id,
        text_field=fields.text,
        config=config,
        workers=args.workers or 1,
    )
    with open_output(args.output) as out:
        _write_csv(rows, out, id_field=fields.id, source=source_name(args.jsonl))
    return skipped.status(args.jsonl, records.count)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (bool, list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write_csv(rows: Iterable[dict[str, Any]], out: TextIO, *, id_field: str, source: str) -> None:
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
            raise InputError(
                source,
                0,
                f"quote {number} (id {next(iter(row.values()))!r}): field {extra} is not a "
                "column of the first row; a CSV table has one set of columns",
            )
        writer.writerow([_csv_cell(row.get(name)) for name in header])
    if not header:
        writer.writerow([id_field, *(c.name for c in COLUMNS)])


def _add_extract(sub: Any, common: argparse.ArgumentParser) -> None:
    ex = sub.add_parser(
        "extract",
        parents=[common],
        help="print the quotes of text files or of a JSONL corpus",
        description="Print the quotes of UTF-8 text files, or of the records of a JSON "
        "Lines file with --jsonl (one output line per record, its other fields passed "
        "through).",
    )
    ex.add_argument("files", nargs="*", help="UTF-8 text files, or - for standard input")
    ex.add_argument("--json", action="store_true", help="one JSON object per file")
    ex.add_argument("--jsonl", metavar="IN", help='read {"id", "text"} lines (or - for stdin)')
    ex.add_argument("--workers", type=_whole_number, help="processes for --jsonl (default 1)")
    ex.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help="with --jsonl: a JSON line per article (default) or a CSV row per quote "
        "(the columns of quotekit.COLUMNS)",
    )
    _add_min_confidence(ex)
    ex.add_argument("--quiet", action="store_true", help="no progress display on a terminal")
    _add_jsonl_input(ex)
    ex.set_defaults(run=_extract, parser=ex)


# ---------------------------------------------------------------------------------------
# render and report


class _Records:
    """The records of a JSON Lines input as ``{"id", "text", ...}`` mappings, counted."""

    def __init__(
        self,
        args: argparse.Namespace,
        path: str,
        progress: Progress,
        skipped: _Skipped,
        *,
        own_names: bool = False,
    ) -> None:
        fields = _fields(args)
        self.records = iter_texts(
            path, fields=fields, on_error=skipped if args.skip_errors else None
        )
        self.fields = fields if own_names else None  # the input's own names, else id, text
        self.progress = progress
        self.count = 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        id_name, text_name = (self.fields.id, self.fields.text) if self.fields else ("id", "text")
        for record in self.records:
            self.count += 1
            yield {id_name: record.id, **record.extra, text_name: record.text}
            self.progress.update(self.count, record.end)
        self.progress.finish(self.count)


def _title(args: argparse.Namespace, path: str) -> str:
    """The page's title: ``--title``, else the input file's name."""
    return args.title or ("standard input" if path == "-" else os.path.basename(path))


def _render(args: argparse.Namespace) -> int:
    config = ExtractConfig(min_confidence=args.min_confidence)
    if args.jsonl:
        if args.files:
            args.parser.error("give FILE or --jsonl IN, not both")
        progress = _progress(args, "articles", input_size(args.jsonl), in_bytes=True)
        skipped = _Skipped(progress)
        records = _Records(args, args.jsonl, progress, skipped)
        folder = args.output
        if folder is not None and (folder.endswith(("/", os.sep)) or os.path.isdir(folder)):
            os.makedirs(folder, exist_ok=True)
            for name, page in render_corpus_pages(records, config=config):
                with open_output(os.path.join(folder, name)) as out:
                    out.write(page)
            return skipped.status(args.jsonl, records.count)
        page = render_corpus_html(records, config=config, title=_title(args, args.jsonl))
        with open_output(args.output) as out:
            out.write(page)
        return skipped.status(args.jsonl, records.count)
    _only_with(
        args,
        "--jsonl",
        {
            "--id-field": args.id_field,
            "--text-field": args.text_field,
            "--skip-errors": args.skip_errors,
        },
    )
    if len(args.files) != 1:
        args.parser.error("give one FILE (or - for standard input) or --jsonl IN")
    path = args.files[0]
    page = render_html(read_text(path), config=config, title=_title(args, path))
    with open_output(args.output) as out:
        out.write(page)
    return OK


def _add_render(sub: Any, common: argparse.ArgumentParser) -> None:
    rn = sub.add_parser(
        "render",
        parents=[common],
        help="an HTML page of a text (or a corpus) with its quotes marked",
        description="Write an HTML page of a text with its quotes marked. With --jsonl, "
        "one page with a section per record, or, when -o names a folder (ending in / or "
        "existing), one page per record and index.html.",
    )
    rn.add_argument("files", nargs="*", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    rn.add_argument("--jsonl", metavar="IN", help='read {"id", "text"} lines (or - for stdin)')
    rn.add_argument("--title", help="the page's title (default: the file's name)")
    _add_min_confidence(rn)
    rn.add_argument("--quiet", action="store_true", help="no progress display on a terminal")
    _add_jsonl_input(rn)
    rn.set_defaults(run=_render, parser=rn)


def _report(args: argparse.Namespace) -> int:
    progress = _progress(args, "articles", input_size(args.corpus), in_bytes=True)
    skipped = _Skipped(progress)
    records = _Records(args, args.corpus, progress, skipped)
    report = corpus_report(
        records,
        config=ExtractConfig(min_confidence=args.min_confidence),
        by=args.by,
        workers=args.workers or 1,
    )
    title = args.title or f"تقرير الاقتباسات: {_title(args, args.corpus)}"
    page = report_html(report, title=title, top=args.top)
    with open_output(args.output) as out:
        out.write(page)
    return skipped.status(args.corpus, records.count)


def _add_report(sub: Any, common: argparse.ArgumentParser) -> None:
    rp = sub.add_parser(
        "report", parents=[common], help="an HTML report of a JSONL corpus: charts and tables"
    )
    rp.add_argument("corpus", help='{"id", "text", ...} lines (or - for stdin)')
    rp.add_argument("--by", metavar="FIELD", help="count quotes and sources per value of FIELD")
    rp.add_argument(
        "--top", type=_whole_number, default=20, help="most quoted sources shown (default 20)"
    )
    rp.add_argument("--title", help="the page's title")
    _add_min_confidence(rp)
    rp.add_argument("--workers", type=_whole_number, help="processes (default 1)")
    rp.add_argument("--quiet", action="store_true", help="no progress display on a terminal")
    _add_jsonl_input(rp)
    rp.set_defaults(run=_report, parser=rp)


# ---------------------------------------------------------------------------------------
# evaluate

#: The figures of one evaluation, in the order the readable output gives them.
_FIGURES = (
    "docs gold pred quote_p quote_r quote_f strict_f frag_p frag_r frag_f names names_taken "
    "speaker_acc speaker_exact implicit_acc cue_acc attribution_p attribution_r attribution_f "
    "sources sources_one_name"
).split()
#: The columns of ``--by``, as the reference scorer prints them.
_COLUMNS = (
    "group docs gold pred quote_p quote_r quote_f strict_f frag_f names_taken speaker_acc "
    "implicit_acc cue_acc attribution_f recall_direct recall_mixed recall_indirect"
).split()


def _row(group: str, result: Evaluation) -> dict[str, Any]:
    row = {"group": group, **result.to_dict()}
    row.update({f"recall_{kind}": value for kind, value in result.recall_by_kind})
    return row


def _cell(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _table(rows: list[dict[str, Any]], out: TextIO) -> None:
    cells = [_COLUMNS] + [
        [
            f"{row['names_taken']}/{row['names']}" if key == "names_taken" else _cell(row[key])
            for key in _COLUMNS
        ]
        for row in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(_COLUMNS))]
    for row in cells:
        out.write(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")


def _check_ids(args: argparse.Namespace, gold: list[dict[str, Any]], pred: list[Any]) -> None:
    """Refuse predictions that match no gold document; warn of partial matches."""
    gold_ids = {str(doc["id"]) for doc in gold}
    pred_ids = {str(p["id"]) for p in pred}
    if not gold:
        raise InputError(args.gold, 0, "no gold documents to score")
    if not gold_ids & pred_ids:
        raise InputError(
            args.pred,
            0,
            f"no prediction id is a gold id of {args.gold} (ids here: "
            f"{_some(pred_ids)}; in the gold: {_some(gold_ids)}); nothing to score",
        )
    if gold_ids - pred_ids:
        missing = gold_ids - pred_ids
        sys.stderr.write(
            f"quotekit: {len(missing)} of {len(gold_ids)} gold documents have no prediction "
            f"(scored as finding no quote): {_some(missing)}\n"
        )
    if pred_ids - gold_ids:
        extra = pred_ids - gold_ids
        are = "id is" if len(extra) == 1 else "ids are"
        sys.stderr.write(
            f"quotekit: {len(extra)} prediction {are} not in the gold (ignored): {_some(extra)}\n"
        )


def _some(ids: set[str]) -> str:
    shown = sorted(ids)[:3]
    return ", ".join(shown) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "") or "none"


def _grouping(
    args: argparse.Namespace, gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> Callable[[Mapping[str, Any]], str]:
    """A gold document's group: its field, else its prediction's, else its --meta record's."""
    field = args.by
    meta = {str(r["id"]): r for r in read_records(args.meta, {"id": object})} if args.meta else {}
    by_id = {str(p["id"]): p for p in pred}

    def group(doc: Mapping[str, Any]) -> str:
        ident = str(doc["id"])
        for record in (doc, by_id.get(ident), meta.get(ident)):
            if record is not None and field in record:
                return str(record[field])
        return f"(no {field})"

    if all(group(doc) == f"(no {field})" for doc in gold):
        where = "the gold, the predictions" + (" or --meta" if args.meta else " (or give --meta)")
        raise InputError(args.gold, 0, f'no document has a "{field}" field in {where}')
    return group


#: The fields of a record that gives a text by id.
_TEXT_RECORD = {"id": object, "text": str}


def _evaluate(args: argparse.Namespace) -> int:
    if not args.by:
        _only_with(args, "--by", {"--meta": args.meta})
    texts = (
        {"text": {str(r["id"]): r["text"] for r in read_records(args.texts, _TEXT_RECORD)}}
        if args.texts
        else None
    )
    gold = read_records(args.gold, {"id": object, "text": str, "quotes": list}, filled=texts)
    pred = read_records(args.pred, {"id": object})
    _check_ids(args, gold, pred)
    group = _grouping(args, gold, pred) if args.by else None
    try:
        result = evaluate(gold, pred)
        groups = evaluate_by(gold, pred, group) if group else ()
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise InputError(
            f"{args.gold} or {args.pred}",
            0,
            f"a quote does not follow the gold or prediction format ({error!r}); "
            "see docs/reference/json.md",
        ) from None
    with open_output(args.output) as out:
        if args.by:
            rows = [_row("all", result)] + [_row(name, figures) for name, figures in groups]
            if args.json:
                write_json_line(out, rows)
            else:
                _table(rows, out)
                out.write(result.summary() + "\n")
        elif args.json:
            write_json_line(out, result.to_dict())
        else:
            figures = result.to_dict()
            for key in _FIGURES:
                out.write(f"{key:16} {_cell(figures[key])}\n")
            for kind, value in result.recall_by_kind:
                out.write(f"recall_{kind:9} {value:.3f}\n")
            out.write(result.summary() + "\n")
    return OK


def _add_evaluate(sub: Any, common: argparse.ArgumentParser) -> None:
    ev = sub.add_parser(
        "evaluate", parents=[common], help="score predictions against gold (spec section 4)"
    )
    ev.add_argument("gold", help="gold JSONL")
    ev.add_argument("pred", help='predictions JSONL: {"id", "quotes"} lines')
    ev.add_argument("--json", action="store_true", help="the figures as JSON")
    ev.add_argument(
        "--by",
        metavar="FIELD",
        help="a row of figures per value of FIELD (an outlet ...), read from the gold "
        "record, else the prediction, else the --meta record of the same id",
    )
    ev.add_argument(
        "--meta", metavar="JSONL", help="records with the --by field by id (e.g. the corpus)"
    )
    ev.add_argument(
        "--texts",
        metavar="JSONL",
        help='{"id", "text"} records (e.g. the corpus) whose text a gold record without one '
        "takes: annotations kept apart from the articles they annotate",
    )
    ev.set_defaults(run=_evaluate, parser=ev)


# ---------------------------------------------------------------------------------------
# normalize

#: What each preset is for; the list of steps is in docs/explanation/normalization.md.
_PRESET_HELP = {
    "default": "what normalize() does: tashkeel, tatweel and invisible characters removed, "
    "alef forms, Persian letters, digits and spaces folded",
    "conservative": "for display: only what cannot be seen or encodes a letter twice",
    "search": "for matching: every fold on (also ى ة ؤ ئ, quote marks, punctuation)",
    "extraction": "what extraction matches on: the default plus quote marks and punctuation",
}


def _normalize(args: argparse.Namespace) -> int:
    status = OK
    several = len(args.files) > 1
    with open_output(args.output) as out:
        for path in args.files:
            try:
                text = read_text(path)
            except InputError as error:
                sys.stderr.write(f"quotekit: {error}\n")
                status = ERROR
                continue
            if not args.explain:
                out.write(normalize(text, config=args.preset))
                continue
            if several:
                out.write(f"== {path}\n")
            steps = explain(text, config=args.preset).steps
            for step in steps:
                out.write(f"{step.step}: {step.count}\n")
            if not steps:
                out.write("nothing changed\n")
    return status


def _add_normalize(sub: Any, common: argparse.ArgumentParser) -> None:
    nz = sub.add_parser(
        "normalize", parents=[common], help="print normalised text, or what changed"
    )
    nz.add_argument("files", nargs="+", help="UTF-8 text files, or - for standard input")
    nz.add_argument(
        "--preset",
        choices=sorted(PRESETS),
        default="default",
        help="which steps run: "
        + "; ".join(f"{name}: {_PRESET_HELP[name]}" for name in sorted(PRESETS))
        + " (default: default)",
    )
    nz.add_argument("--explain", action="store_true", help="count what each step changed")
    nz.set_defaults(run=_normalize, parser=nz)


# ---------------------------------------------------------------------------------------
# The command


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotekit", description="Find quotes in Arabic news text and say who said them."
    )
    parser.add_argument("--version", action="version", version=f"quotekit {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE, whole or not at all (default: standard output)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for add in (_add_extract, _add_render, _add_report, _add_evaluate, _add_normalize):
        add(sub, common)
    return parser


def _utf8_stdout() -> None:
    """Write UTF-8 whatever the locale says (JSON Lines are UTF-8)."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
        stream.reconfigure(encoding="utf-8")


def _detach_stdout() -> None:
    """After a broken pipe: send what is still buffered nowhere, so exit is quiet."""
    with suppress(OSError, ValueError):  # not a real file (tests): nothing to drop
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Statuses: 0 done; 1 done, but ``--skip-errors`` skipped bad lines; 2 a usage error or
    input that could not be read; 130 interrupted (Ctrl-C); 141 standard output closed by
    its reader (``| head``), which ends the run without a word.

    Example:
        >>> main(["normalize", "--help"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        SystemExit: 0
    """
    args = _parser().parse_args(argv)
    _utf8_stdout()
    try:
        status = int(args.run(args))
        sys.stdout.flush()
    except KeyboardInterrupt:
        with suppress(OSError, ValueError):
            sys.stdout.flush()  # every line written so far, whole
        left = f"; {args.output} is left as it was" if getattr(args, "output", None) else ""
        sys.stderr.write(f"quotekit: interrupted{left}\n")
        return INTERRUPTED
    except BrokenPipeError:
        _detach_stdout()
        return BROKEN_PIPE
    except (QuotekitError, OSError) as error:
        sys.stderr.write(f"quotekit: {_message(error)}\n")
        return ERROR
    return status


def _message(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    return str(error)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

"""The command line: every case of input, output, pipes and errors, through main() or a
subprocess, with the exact message or exit status."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import quotekit
from quotekit import _output
from quotekit.cli import main

from .conftest import GOLD_RECORD, load_json

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TEXT = "قال الوزير إن الخطة جاهزة."
CASES = load_json("cli_cases.json")["cases"]


def _bytes(spec: dict[str, str]) -> bytes:
    data = spec.get("text", "").encode("utf-8")
    data += spec.get("cp1256", "").encode("cp1256")
    data += spec["utf-16"].encode("utf-16") if "utf-16" in spec else b""
    return data + spec.get("then_cp1256", "").encode("cp1256")


def _run(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: bytes = b"",
) -> tuple[int, str, str]:
    """Run main() with ``stdin`` as standard input; return status, stdout, stderr."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    try:
        status = main(argv)
    except SystemExit as exit:  # argparse: --help, usage errors
        status = int(exit.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_case(
    case: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, spec in case.get("files", {}).items():
        (tmp_path / name).write_bytes(_bytes(spec))
    stdin = _bytes(case["stdin"]) if "stdin" in case else b""
    status, out, err = _run(case["argv"], capsys, monkeypatch, stdin)
    assert status == case["status"]
    if "stdout" in case:
        assert out == case["stdout"]
    for part in case.get("stdout_has", []):
        assert part in out
    if "stdout_lines" in case:
        assert out.count("\n") == case["stdout_lines"]
    if "stderr" in case:
        assert err == case["stderr"]
    if "stderr_last_line" in case:
        assert err.splitlines()[-1] == case["stderr_last_line"]
    # Whatever happened, -o never leaves a temporary file behind.
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_the_golden_cases_cover_every_status_but_the_signals() -> None:
    assert {c["status"] for c in CASES} == {0, 1, 2}


# --- offsets index the file as stored -------------------------------------------------

CRLF = 'قال الوزير إن الخطة جاهزة.\r\nوأضاف أن "العمل مستمر".\r\n'


@pytest.mark.parametrize("via_stdin", [False, True])
def test_crlf_offsets_index_the_file_as_stored(
    via_stdin: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(CRLF.encode("utf-8"))
    argv = ["extract", "--json", "-" if via_stdin else str(path)]
    status, out, _ = _run(argv, capsys, monkeypatch, CRLF.encode("utf-8"))
    assert status == 0
    quotes = json.loads(out)["quotes"]
    stored = path.read_bytes().decode("utf-8")
    assert [q["content"]["text"] for q in quotes] == ["الخطة جاهزة", "العمل مستمر"]
    for q in quotes:
        assert stored[q["content"]["start"] : q["content"]["end"]] == q["content"]["text"]
        assert stored[q["cue"]["start"] : q["cue"]["end"]] == q["cue"]["text"]
    # The second sentence comes after a CR: translated newlines would shift it by one.
    translated = quotekit.extract_quotes(CRLF.replace("\r\n", "\n"))
    assert quotes[1]["content"]["start"] == translated[1].content.start + 1


def test_normalize_writes_line_ends_as_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("قـال\r\n".encode())
    assert _run(["normalize", str(path)], capsys, monkeypatch)[:2] == (0, "قال\r\n")
    out = tmp_path / "out.txt"
    assert _run(["normalize", str(path), "-o", str(out)], capsys, monkeypatch)[0] == 0
    assert out.read_bytes() == "قال\r\n".encode()


# --- JSON Lines: fields, passthrough, odd input ---------------------------------------


def _jsonl(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def test_field_options_and_every_other_field_passed_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _jsonl(
        tmp_path / "c.jsonl",
        {"url": "u1", "source": "bbc", "body": TEXT, "meta": {"n": [1, 2]}},
        {"url": "u2", "body": "لا شيء", "title": "عنوان"},
    )
    argv = ["extract", "--jsonl", str(corpus), "--id-field", "url", "--text-field", "body"]
    status, out, err = _run(argv, capsys, monkeypatch)
    assert (status, err) == (0, "")
    first, second = (json.loads(line) for line in out.splitlines())
    assert list(first) == ["id", "source", "meta", "quotes"]
    assert (first["id"], first["source"], first["meta"]) == ("u1", "bbc", {"n": [1, 2]})
    assert first["quotes"] == [q.to_dict() for q in quotekit.extract_quotes(TEXT)]
    assert second == {"id": "u2", "title": "عنوان", "quotes": []}


def test_gold_lines_pass_through_but_their_quotes_are_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gold = _jsonl(tmp_path / "gold.jsonl", GOLD_RECORD, {"text": "لا شيء"})
    status, out, _ = _run(["extract", "--jsonl", str(gold)], capsys, monkeypatch)
    first, second = (json.loads(line) for line in out.splitlines())
    assert status == 0
    assert list(first) == ["id", "names_in_marks", "quotes"]
    assert first["quotes"] == [
        q.to_dict() for q in quotekit.extract_quotes(str(GOLD_RECORD["text"]))
    ]
    assert second == {"id": None, "quotes": []}  # a record without an id


def test_a_byte_order_mark_and_a_lone_surrogate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    line = '{"id": "\\ud800", "text": "قال إن الخطة جاهزة \\udfff"}\n'
    path = tmp_path / "odd.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + line.encode("utf-8"))
    target = tmp_path / "out.jsonl"
    status, out, err = _run(["extract", "--jsonl", str(path)], capsys, monkeypatch)
    assert (status, err) == (0, "")
    (record,) = (json.loads(x) for x in out.splitlines())
    assert record["id"] == "\ud800" and len(record["quotes"]) == 1
    status, _, err = _run(["extract", "--jsonl", str(path), "-o", str(target)], capsys, monkeypatch)
    assert (status, err) == (0, "")
    assert target.read_text(encoding="utf-8") == out  # with escapes: valid UTF-8


# --- -o / --output ----------------------------------------------------------------------


def test_output_is_written_whole_or_not_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _jsonl(tmp_path / "good.jsonl", {"id": 1, "text": TEXT}, {"id": 2, "text": "لا"})
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good.read_text(encoding="utf-8") + "oops\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)

    status, out, err = _run(
        ["extract", "--jsonl", str(bad), "-o", str(target)], capsys, monkeypatch
    )
    assert (status, out) == (2, "")
    assert err == f"quotekit: {bad}:3: not JSON: Expecting value (column 1)\n"
    assert target.read_text(encoding="utf-8") == "old\n"

    _, expected, _ = _run(["extract", "--jsonl", str(good)], capsys, monkeypatch)
    status, out, err = _run(
        ["extract", "--jsonl", str(good), "-o", str(target)], capsys, monkeypatch
    )
    assert (status, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == expected
    assert target.stat().st_mode & 0o777 == 0o640  # the file's mode is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "good.jsonl", "out.jsonl"]


def test_an_interrupted_run_leaves_the_output_file_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _jsonl(tmp_path / "good.jsonl", {"id": 1, "text": TEXT}, {"id": 2, "text": TEXT})
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    real = quotekit.extract_tagged

    def interrupted(*args: Any, **kwargs: Any) -> Iterator[Any]:
        results = real(*args, **kwargs)
        yield next(results)
        raise KeyboardInterrupt

    monkeypatch.setattr("quotekit.cli.extract_tagged", interrupted)
    status, out, err = _run(
        ["extract", "--jsonl", str(good), "-o", str(target)], capsys, monkeypatch
    )
    assert (status, out) == (130, "")
    assert err == f"quotekit: interrupted; {target} is left as it was\n"
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.jsonl", "out.jsonl"]


def test_output_to_a_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    status, _, err = _run(
        ["normalize", str(tmp_path / "a.txt"), "-o", str(tmp_path)], capsys, monkeypatch
    )
    assert (status, err) == (2, f"quotekit: cannot write {tmp_path}: Is a directory\n")


# --- progress -----------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _ticking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clock that moves one second each time it is read."""
    ticks = iter(range(1000))
    monkeypatch.setattr(_output, "time", SimpleNamespace(monotonic=lambda: float(next(ticks))))


def _screen(err: str) -> list[str]:
    """What a terminal would show, line by line: each carriage return redraws."""
    return [part.rstrip() for line in err.split("\n") for part in line.split("\r") if part.strip()]


def test_progress_on_a_terminal_gives_share_rate_and_time_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", *({"id": i, "text": TEXT} for i in "abc"))
    size = corpus.stat().st_size
    _ticking(monkeypatch)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", "--jsonl", str(corpus)]) == 0
    assert _screen(terminal.getvalue()) == [
        f"1 articles · 33% of {size} bytes · 1.0 articles/s · 0:02 left",
        f"2 articles · 67% of {size} bytes · 1.0 articles/s · 0:01 left",
        f"3 articles · 100% of {size} bytes · 1.0 articles/s · 0:00 left",
        "3 articles in 0:04 (0.8 articles/s)",
    ]
    assert terminal.getvalue().endswith("\n")


def test_progress_over_files_and_standard_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    _ticking(monkeypatch)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 0
    assert _screen(terminal.getvalue()) == [
        "1/2 files · 50% · 1.0 files/s · 0:01 left",
        "2/2 files · 100% · 1.0 files/s · 0:00 left",
        "2 files in 0:03 (0.7 files/s)",
    ]
    terminal.truncate(0)
    terminal.seek(0)
    corpus = _jsonl(tmp_path / "c.jsonl", {"id": 1, "text": TEXT})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(corpus.read_bytes())))
    assert main(["extract", "--jsonl", "-"]) == 0  # no size known: count and rate only
    assert _screen(terminal.getvalue()) == [
        "1 articles · 1.0 articles/s",
        "1 articles in 0:02 (0.5 articles/s)",
    ]


def test_a_note_clears_the_progress_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": 1, "text": TEXT}) + "\noops\n", encoding="utf-8")
    _ticking(monkeypatch)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", "--jsonl", str(corpus), "--skip-errors"]) == 1
    # The progress line is blanked out, then the note written from the line's start.
    note = f"quotekit: {corpus}:2: not JSON: Expecting value (column 1)\n"
    assert re.search(r"articles/s[^\n]*\r +\r" + re.escape(note), terminal.getvalue())


@pytest.mark.parametrize("quiet", [False, True])
def test_no_progress_when_not_a_terminal_or_quiet(
    quiet: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", {"id": 1, "text": TEXT})
    terminal = _Terminal()
    if quiet:
        monkeypatch.setattr(sys, "stderr", terminal)
    status, _, err = _run(
        ["extract", "--jsonl", str(corpus), *(["--quiet"] if quiet else [])], capsys, monkeypatch
    )
    assert (status, err, terminal.getvalue()) == (0, "", "")


# --- help -------------------------------------------------------------------------------


def test_every_preset_has_help(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, _ = _run(["normalize", "--help"], capsys, monkeypatch)
    text = " ".join(out.split())
    assert status == 0
    for name in quotekit.PRESETS:
        assert re.search(rf"[:;] {name}: \w", text), name


# --- evaluate --by ------------------------------------------------------------------------


def _gold_doc(ident: str, outlet: str | None) -> dict[str, Any]:
    doc = {**GOLD_RECORD, "id": ident}
    return doc if outlet is None else {**doc, "outlet": outlet}


def test_evaluate_by_gives_a_row_per_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gold = _jsonl(
        tmp_path / "gold.jsonl",
        *(_gold_doc(i, o) for i, o in [("a", "x"), ("b", "y"), ("c", "x"), ("d", None)]),
    )
    preds = tmp_path / "pred.jsonl"
    status, out, _ = _run(["extract", "--jsonl", str(gold), "-o", str(preds)], capsys, monkeypatch)
    assert status == 0
    # The gold's "outlet" passed through to the predictions: either file can give it.
    status, out, err = _run(
        ["evaluate", str(gold), str(preds), "--by", "outlet"], capsys, monkeypatch
    )
    assert (status, err) == (0, "")
    lines = out.splitlines()
    rows = [re.split(r"\s*\|\s*", line) for line in lines[:-1]]
    assert rows[0][:4] == ["group", "docs", "gold", "pred"]
    assert [(r[0], r[1]) for r in rows[1:]] == [
        ("all", "4"),
        ("(no outlet)", "1"),
        ("x", "2"),
        ("y", "1"),
    ]
    assert (
        lines[-1]
        == quotekit.evaluate(
            quotekit.evaluation.read_jsonl(gold), quotekit.evaluation.read_jsonl(preds)
        ).summary()
    )
    status, out, _ = _run(
        ["evaluate", str(gold), str(preds), "--by", "outlet", "--json"], capsys, monkeypatch
    )
    by_group = {row["group"]: row for row in json.loads(out)}
    docs = quotekit.evaluation.read_jsonl(gold)
    predictions = quotekit.evaluation.read_jsonl(preds)
    for name, figures in quotekit.evaluate_by(
        docs, predictions, lambda d: str(d.get("outlet", "(no outlet)"))
    ):
        assert by_group[name]["quote_f"] == figures.quote_f
        assert by_group[name]["docs"] == figures.docs


def test_evaluate_by_agrees_with_the_reference_scorer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gold, corpus, scorer = (
        SHARED / "gold" / "dev.jsonl",
        SHARED / "corpus" / "news.jsonl",
        SHARED / "tools" / "score.py",
    )
    if not (gold.exists() and corpus.exists() and scorer.exists()):
        pytest.skip("the shared dev set is not beside this checkout")
    preds = tmp_path / "pred.jsonl"
    assert _run(["extract", "--jsonl", str(gold), "-o", str(preds)], capsys, monkeypatch)[0] == 0
    argv = ["evaluate", str(gold), str(preds), "--by", "source", "--meta", str(corpus), "--json"]
    status, out, _ = _run(argv, capsys, monkeypatch)
    assert status == 0
    mine = {row["group"]: row for row in json.loads(out)}
    reference = json.loads(
        subprocess.run(
            [sys.executable, str(scorer), str(gold), str(preds), "--by", "source", "--json"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    ids = {str(d["id"]) for d in quotekit.evaluation.read_jsonl(gold)}
    assert len(reference) == len(mine) > 10
    for row in reference:
        # The reference names a document missing from the corpus by its id.
        ours = mine[row["group"] if row["group"] not in ids else "(no source)"]
        assert f"{ours['names_taken']}/{ours['names']}" == row["names_taken"]
        for key, value in row.items():
            if isinstance(value, float):
                assert ours[key] == pytest.approx(value), (row["group"], key)


def test_evaluate_takes_the_texts_of_gold_kept_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "وقال الوزير إن الخطة جاهزة."
    start = text.index("الخطة")
    quote = {
        "kind": "indirect",
        "content": [start, len(text) - 1],
        "fragments": [],
        "cue": [0, 4],
        "speaker": {"mention": [5, 11], "name": "الوزير", "aliases": ["الوزير"]},
        "addressee": None,
        "optional": False,
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "quotes": [quote]}) + "\n", encoding="utf-8")
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    preds = tmp_path / "pred.jsonl"
    assert _run(["extract", "--jsonl", str(texts), "-o", str(preds)], capsys, monkeypatch)[0] == 0
    argv = ["evaluate", str(gold), str(preds), "--texts", str(texts), "--json"]
    status, out, _ = _run(argv, capsys, monkeypatch)
    assert status == 0 and json.loads(out)["attribution_f"] == 1.0
    # without the texts, or with none of its id: the gold's file and line, and why
    status, _, err = _run(["evaluate", str(gold), str(preds)], capsys, monkeypatch)
    assert status == 2 and f'{gold}:1: no "text" field' in err
    texts.write_text(json.dumps({"id": "b", "text": text}) + "\n", encoding="utf-8")
    status, _, err = _run(argv, capsys, monkeypatch)
    assert status == 2 and "nor a record of id 'a' to take it from" in err


# --- python -m, pipes and Ctrl-C, in a real process ---------------------------------------


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "quotekit", *args]


def test_python_dash_m(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    done = subprocess.run(
        _command("extract", "--json", str(path)), capture_output=True, check=False
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert json.loads(done.stdout)["quotes"][0]["content"]["text"] == "الخطة جاهزة"
    version = subprocess.run(_command("--version"), capture_output=True, text=True, check=False)
    assert version.stdout == f"quotekit {quotekit.__version__}\n"


def _lines(count: int) -> bytes:
    return "".join(
        json.dumps({"id": n, "text": TEXT}, ensure_ascii=False) + "\n" for n in range(count)
    ).encode()


def _popen(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        _command(*args),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's job
    )


def test_a_closed_pipe_ends_the_run_quietly() -> None:
    # Standard input stays open, so the run is still going when its reader goes away.
    with _popen("extract", "--jsonl", "-") as proc:
        assert proc.stdin and proc.stdout and proc.stderr
        proc.stdin.write(_lines(200))
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["id"] == 0  # like | head -1
        proc.stdout.close()
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.write(_lines(400))
            proc.stdin.close()
        assert proc.wait(timeout=60) == 141
        assert proc.stderr.read() == b""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_ends_with_one_line_and_whole_output(workers: str) -> None:
    with _popen("extract", "--jsonl", "-", "--workers", workers) as proc:
        assert proc.stdin and proc.stdout and proc.stderr
        proc.stdin.write(_lines(300))
        proc.stdin.flush()  # and left open: the run waits for more
        first = proc.stdout.readline()
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole group, workers too
        rest = proc.stdout.read()
        assert proc.wait(timeout=60) == 130
        assert proc.stderr.read() == b"quotekit: interrupted\n"
    lines = (first + rest).decode("utf-8").split("\n")
    assert lines[-1] == ""  # the output ends with a whole line
    assert [json.loads(line)["id"] for line in lines[:-1]] == list(range(len(lines) - 1))

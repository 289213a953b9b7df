"""Every ``quotekit`` command shown in the README and the docs runs and succeeds."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shlex
import sys
from pathlib import Path

import pytest

from quotekit.cli import main

from .conftest import GOLD_RECORD

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"```sh\n(.*?)```", re.DOTALL)

ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")


def _commands() -> list[tuple[str, list[str]]]:
    found = []
    for page in PAGES:
        for block in FENCE.findall(page.read_text(encoding="utf-8")):
            lines = [line.split("  #")[0].strip() for line in block.splitlines()]
            lines = [line for line in lines if line.startswith(("quotekit ", "cat "))]
            if lines:
                found.append((page.name, lines))
    return found


def _fixtures(where: Path) -> None:
    (where / "article.txt").write_text(ARTICLE, encoding="utf-8")
    line = json.dumps(GOLD_RECORD, ensure_ascii=False) + "\n"
    for name in ("gold.jsonl", "dev.jsonl"):
        (where / name).write_text(line, encoding="utf-8")
    corpus = json.dumps({**GOLD_RECORD, "source": "example"}, ensure_ascii=False) + "\n"
    (where / "corpus.jsonl").write_text(corpus, encoding="utf-8")


def _run(command: str, where: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    stdin_file = None
    if command.startswith("cat "):
        source, command = command[4:].split("|", 1)
        stdin_file = where / source.strip()
    out_file = None
    if ">" in command:
        command, target = command.split(">", 1)
        out_file = where / target.strip()
    argv = shlex.split(command)
    assert argv[0] == "quotekit"
    if stdin_file is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin_file.read_bytes())))
    buffer = io.StringIO()
    monkeypatch.chdir(where)
    with contextlib.redirect_stdout(buffer):
        status = main(argv[1:])
    assert status == 0, command
    if out_file is not None:
        out_file.write_text(buffer.getvalue(), encoding="utf-8")
    if "-o" in argv:  # what the command wrote: a file, or the files of a folder
        written = where / argv[argv.index("-o") + 1]
        if written.is_dir():
            return "".join(path.read_text(encoding="utf-8") for path in written.iterdir())
        return written.read_text(encoding="utf-8")
    return buffer.getvalue()


COMMANDS = _commands()


def test_the_docs_show_commands() -> None:
    assert sum(len(lines) for _, lines in COMMANDS) >= 8


@pytest.mark.parametrize(
    ("page", "lines"), COMMANDS, ids=[f"{p}:{i}" for i, (p, _) in enumerate(COMMANDS)]
)
def test_documented_commands_run(
    page: str, lines: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fixtures(tmp_path)
    for command in lines:
        output = _run(command, tmp_path, monkeypatch)
        assert output.strip(), f"{page}: {command} printed nothing"

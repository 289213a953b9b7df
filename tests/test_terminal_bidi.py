"""The readable output of ``quotekit extract`` laid out by the Unicode bidi algorithm.

``python-bidi`` (the test extra) runs the algorithm as a terminal that supports bidi does,
with the paragraph direction left to right, right to left, or taken from the first strong
letter. A line reads right when every direction shows it as its logical order, each Arabic
field laid out on its own in its place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bidi import get_display
from hypothesis import given
from hypothesis import strategies as st

from quotekit._bidi import field, line
from quotekit.cli import main

from .conftest import mixed_text

ROOT = Path(__file__).resolve().parents[1]
_FSI, _LRI, _PDI = "\u2068", "\u2066", "\u2069"
_CONTROLS = str.maketrans("", "", _FSI + _LRI + _PDI)
#: python-bidi's names of the paragraph directions: left, right, from the first strong letter.
DIRECTIONS = ("L", "R", None)


def shown(text: str, direction: str | None) -> str:
    """What a bidi terminal shows, left to right, with the (invisible) isolates left out."""
    return str(get_display(text, base_dir=direction)).translate(_CONTROLS)


def intended(text: str) -> str:
    """The logical order, each isolated field laid out as a paragraph of its own."""
    body = text.removeprefix(_LRI).removesuffix(_PDI) if text.startswith(_LRI) else text
    parts = []
    for number, piece in enumerate(body.replace(_PDI, _FSI).split(_FSI)):
        parts.append(str(get_display(piece)) if number % 2 else piece)
    return "".join(parts)


def reads_right(text: str) -> bool:
    return all(shown(text, d) == intended(text) for d in DIRECTIONS)


def test_the_check_catches_the_old_layout() -> None:
    # The line of the issue, as quotekit used to print it: the confidence jumps over the cue.
    old = "1. [direct] سلمى الخطيب (linked) · cue: وقالت · 0.85"
    assert shown(old, "L").endswith("cue: 0.85 · تلاقو")
    assert not reads_right(old)
    # The same line with the fields isolated, in a line isolate.
    new = line(f"1. [direct] {field('سلمى الخطيب')} (linked) · cue: {field('وقالت')} · 0.85")
    assert reads_right(new)
    assert shown(new, "R").endswith("cue: تلاقو · 0.85")


@pytest.mark.parametrize(
    "content",
    [
        'التمويل "متوفر بالكامل من الموازنة العامة"',  # a mixed quote ending in a mark
        "«لن نقبل» أن ينتظر أي مريض أكثر من 60 دقيقة.",  # marks, digits, a full stop
        "قال (في بيان) إن 3 من 4 مستشفيات جاهزة",  # brackets and numbers
        "CNN قالت إن الخطة جاهزة",  # a field that opens with a Latin word
        "سطر أول\nسطر ثان\u2029",  # line and paragraph separators
        "نص \u202eمعكوس \u2067وعزل\u2069 لا يغلق",  # the text's own overrides and isolates
        "٠“١",  # Arabic-Indic digits alone, a mark between: no letter, still right to left
    ],
)
def test_content_lines_read_right(content: str) -> None:
    shown_line = line(f"   [156:204] {field(content)}")
    assert reads_right(shown_line)
    # The offsets stay at the left, where the line starts, in every paragraph direction.
    assert all(shown(shown_line, d).startswith("   [156:204] ") for d in DIRECTIONS)


def test_extract_prints_lines_that_read_right(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "مقال.txt"
    path.write_text((ROOT / "examples" / "article.txt").read_text(encoding="utf-8"))
    other = tmp_path / "b.txt"
    other.write_text("لا شيء هنا.", encoding="utf-8")
    assert main(["extract", str(path), str(other)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 10
    for text in lines:
        assert reads_right(text), shown(text, "R")
    # What the issue saw: the cue and its confidence, in that order, left to right.
    assert shown(lines[1], "R").endswith("cue: تلاقو · 0.85")
    assert "(no quotes)" in shown(lines[-1], "R")


@given(st.lists(mixed_text, max_size=4))
def test_any_fields_read_right(values: list[str]) -> None:
    text = line(" · ".join(f"f{n}: {field(v)}" for n, v in enumerate(values)))
    assert reads_right(text)
    assert "\n" not in text

"""Plain-text lines that survive the Unicode bidirectional algorithm.

A terminal or an editor that lays out right-to-left text runs the bidi algorithm on each
line. Left alone, a number after an Arabic word joins the Arabic run and jumps to its far
side (``cue: وقالت · 0.85`` shows as ``cue: 0.85 · وقالت``), a line that opens with Arabic
turns right-to-left as a whole, and a closing quote mark at the end of an Arabic field flies
to the other end of the line. Two isolates (Unicode 6.3) prevent all three:

- each field that holds right-to-left text or Arabic-Indic digits is a first-strong
  isolate (FSI … PDI): to its neighbours it is one neutral character, and inside it its
  own first strong letter sets its direction, so its marks stay at its ends;
- each line is a left-to-right isolate (LRI … PDI), so it reads the same whether the
  terminal's paragraph direction is left to right, right to left or taken from the first
  strong letter (which the rules skip inside an isolate).
"""

from __future__ import annotations

import regex

__all__ = ["RTL", "field", "line"]

_FSI = "\u2068"  # FIRST STRONG ISOLATE
_LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
_PDI = "\u2069"  # POP DIRECTIONAL ISOLATE

#: One character of strong right-to-left direction: Hebrew-like (R) or Arabic letter (AL).
RTL = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
#: One character that a left-to-right line lays out right to left around it: a strong
#: right-to-left letter, or an Arabic-Indic digit (AN), which pulls the neutral marks
#: between two of them into its run (rule N1: ٠“١ shows as ١“٠).
_ISOLATED = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}\p{Bidi_Class=AN}]")


def _unsafe() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # C0 and C1 controls and DEL (escape sequences would drive the terminal), and lone
    # surrogates (no encoding can write them): the replacement character.
    for code in (*range(0x20), *range(0x7F, 0xA0), *range(0xD800, 0xE000)):
        table[code] = "\ufffd"
    # Tabs and line and paragraph separators would end the line, or (rule L1) a segment of
    # it, and its isolates with it: a space instead.
    for code in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0x2028, 0x2029):
        table[code] = " "
    # Explicit embeddings, overrides and isolates of the text itself would pair with ours
    # or spill over its neighbours: they are dropped (the marks LRM, RLM and ALM stay).
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        table[code] = None
    return table


_UNSAFE = _unsafe()
#: Invisible characters at the end of a line: there the bidi algorithm (rule L1) moves white
#: space and the format characters beside it to the paragraph's side.
_TRAILING = regex.compile(
    r"""
    [\s\p{Cf}]+    # white space and format characters (ZWSP, LRM ...)
    $               # at the end
    """,
    regex.VERBOSE,
)
#: The same at either end of a field, which may end a line.
_EDGES = regex.compile(
    r"""
    ^[\s\p{Cf}]+    # at the start
    | [\s\p{Cf}]+$  # or at the end
    """,
    regex.VERBOSE,
)


def field(text: str) -> str:
    r"""Return ``text`` made safe for one line, isolated when it holds right-to-left text.

    Controls that would end the line, drive the terminal or upset the isolates are replaced
    (tabs and line breaks by a space, other controls by U+FFFD) or dropped (explicit
    embeddings and isolates), and invisible characters at its ends are trimmed.

    Example:
        >>> field("وقالت") == "\u2068وقالت\u2069"
        True
        >>> field("cue\nlemma")
        'cue lemma'
        >>> field("\x1b[2J") == "\ufffd[2J"
        True
    """
    safe = _EDGES.sub("", text.translate(_UNSAFE))
    return f"{_FSI}{safe}{_PDI}" if _ISOLATED.search(safe) else safe


def line(text: str) -> str:
    r"""Return ``text`` as a left-to-right isolate, the same in any paragraph direction.

    Build ``text`` from :func:`field` values and plain left-to-right words; invisible
    characters at its end are trimmed.

    Example:
        >>> line(f"cue: {field('وقالت')} · 0.85") == "\u2066cue: \u2068وقالت\u2069 · 0.85\u2069"
        True
    """
    return f"{_LRI}{_TRAILING.sub('', text)}{_PDI}"

"""Arabic strings in highlighted code, each one isolated so that code reads in logical order.

Code samples are laid out left to right, and the bidi algorithm joins two Arabic strings
and the punctuation between them into one right-to-left run: the items of
``["قال الوزير إن الخطة جاهزة", "لا شيء"]`` show swapped. This extension gives the lexers
that Sphinx uses for Python, console sessions, shell and plain text a Pygments filter that
makes the text of each string literal holding right-to-left text, and in other tokens (the
output lines of a session) the text of each quoted string and each run of Arabic words, a
token of its own whose type ends in ``Isolate``. Its HTML class then ends in ``-Isolate``,
and ``_static/rtl.css`` makes those spans ``unicode-bidi: plaintext``, a first-strong
isolate. The quotes stay where the code has them, and the isolation is in the markup only:
the code a reader copies is the code as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex
from pygments.filter import Filter
from pygments.lexer import Lexer
from pygments.lexers import (
    BashLexer,
    BashSessionLexer,
    PythonConsoleLexer,
    PythonLexer,
    TextLexer,
)
from pygments.token import String, _TokenType

from quotekit._bidi import RTL

#: In a token other than a string: a quoted string, or a run of Arabic words and the marks,
#: digits and spaces between them.
PIECE = regex.compile(
    r"""
    '[^'\n]*'                                 # a string in single quotes
    | "[^"\n]*"                               # a string in double quotes
    | [\p{Bidi_Class=R}\p{Bidi_Class=AL}]     # or a right-to-left letter, then what
      (?:[^\n|,;\[\]{}<>=`\p{Bidi_Class=L}]*  # stands in Arabic text (no Latin letter,
         [^\s|,;\[\]{}<>=`(\p{Bidi_Class=L}])?  # no separator) to its last non-space
    """,
    regex.VERBOSE,
)

#: A whole string literal: its prefix and opening quote, its text, its closing quote.
LITERAL = regex.compile(
    r"""
    (?P<open>[rRbBuUfF]{0,2}          # a prefix,
      (?P<quote>"{3}|'{3}|"|'))       # then the opening quote: three, or one
    (?P<body>.*)                      # the text
    (?P=quote)                        # the same quote, closing
    """,
    regex.VERBOSE | regex.DOTALL,
)


def _isolated(kind: _TokenType, text: str) -> Iterator[tuple[_TokenType, str]]:
    """Isolate ``text``; of a string literal only its text, the quotes staying in the code."""
    literal = LITERAL.fullmatch(text)
    if literal is None:
        yield kind.Isolate, text
        return
    yield kind, literal["open"]
    if literal["body"]:
        yield kind.Isolate, literal["body"]
    yield kind, literal["quote"]


def _pieces(kind: _TokenType, value: str) -> Iterator[tuple[_TokenType, str]]:
    """Split a token that is not a string at its quoted strings and Arabic runs."""
    done = 0
    for match in PIECE.finditer(value):
        if RTL.search(match.group()):
            if match.start() > done:
                yield kind, value[done : match.start()]
            yield from _isolated(kind, match.group())
            done = match.end()
    if done < len(value):
        yield kind, value[done:]


class IsolateRightToLeft(Filter):  # type: ignore[misc]
    """Give each stretch of code that holds right-to-left text a token type of its own.

    A string literal comes in several tokens (its quotes, its text, an escape, the text
    after a quote mark inside it): they are joined, and the text between its quotes is
    isolated as one, so that an Arabic sentence holding quote marks stays one
    right-to-left run.
    """

    def filter(
        self, lexer: Lexer, stream: Iterator[tuple[_TokenType, str]]
    ) -> Iterator[tuple[_TokenType, str]]:
        literal: list[tuple[_TokenType, str]] = []
        for kind, value in (*stream, (None, "")):
            if kind is not None and kind in String:
                literal.append((kind, value))
                continue
            if literal:
                text = "".join(v for _, v in literal)
                if RTL.search(text):
                    yield from _isolated(literal[0][0], text)
                else:
                    yield from literal
                literal = []
            if kind is not None:
                yield from _pieces(kind, value) if RTL.search(value) else ((kind, value),)


def isolating(base: type[Lexer]) -> type[Lexer]:
    """Return a subclass of ``base`` that runs :class:`IsolateRightToLeft` last."""

    class Isolating(base):  # type: ignore[misc, valid-type]
        def __init__(self, **options: Any) -> None:
            options.setdefault("stripnl", False)  # as Sphinx's own lexers
            super().__init__(**options)
            self.add_filter(IsolateRightToLeft())

    Isolating.__name__ = f"Isolating{base.__name__}"
    return Isolating


#: The languages of the code blocks in these docs, and the lexers Sphinx gives them.
LEXERS: dict[str, type[Lexer]] = {
    "python": PythonLexer,
    "pycon": PythonConsoleLexer,
    "sh": BashLexer,
    "bash": BashLexer,
    "console": BashSessionLexer,
    "text": TextLexer,
    "none": TextLexer,
}


def setup(app: Any) -> dict[str, Any]:
    for alias, lexer in LEXERS.items():
        app.add_lexer(alias, isolating(lexer))
    return {"parallel_read_safe": True, "version": "1"}

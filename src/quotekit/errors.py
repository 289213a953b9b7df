"""The errors quotekit raises; each inherits the matching builtin."""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "LexiconError", "QuotekitError", "check_text"]


class QuotekitError(Exception):
    """Base class of every error that quotekit raises on purpose."""


class ConfigError(QuotekitError, ValueError):
    """A configuration field holds a value that is not allowed; the message names the field."""


class LexiconError(QuotekitError, ValueError):
    """A lexicon entry is malformed; the message names the file, the line and the problem.

    Attributes:
        source: The file (or ``"<entries>"`` for entries given in code).
        line: The 1-based line number, or 0 when not known.
        problem: What is wrong with the entry.
    """

    def __init__(self, source: str, line: int, problem: str) -> None:
        self.source = source
        self.line = line
        self.problem = problem
        super().__init__(f"{source}:{line}: {problem}")


class InputError(QuotekitError, ValueError):
    """Input that cannot be read as asked: the message is ``file:line: problem``.

    Attributes:
        source: The file, or ``<stdin>`` for standard input.
        line: The 1-based line number, or 0 when the problem is the whole file (the
            message is then ``file: problem``).
        problem: What is wrong, and what to do about it where that is known.

    Example:
        >>> str(InputError("corpus.jsonl", 7, "not JSON: Expecting value (column 1)"))
        'corpus.jsonl:7: not JSON: Expecting value (column 1)'
    """

    def __init__(self, source: str, line: int, problem: str) -> None:
        self.source = source
        self.line = line
        self.problem = problem
        super().__init__(f"{source}:{line}: {problem}" if line else f"{source}: {problem}")


def check_text(text: object, *, name: str = "text") -> str:
    """Return ``text`` when it is a ``str``; raise a ``TypeError`` that says what to pass.

    Args:
        text: The value a public function received.
        name: The parameter name, used in the message.

    Returns:
        The same object, typed as ``str``.

    Raises:
        TypeError: For ``bytes`` (decode first), ``None`` and any other non-``str`` value.

    Example:
        >>> check_text("قال")
        'قال'
        >>> check_text(b"x")
        Traceback (most recent call last):
        ...
        TypeError: text must be str, not bytes: decode it first, e.g. data.decode("utf-8")
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be str, not {type(text).__name__}: "
            'decode it first, e.g. data.decode("utf-8")'
        )
    raise TypeError(f"{name} must be str, not {type(text).__name__}")

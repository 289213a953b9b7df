"""Pairing quote marks: every style, unbalanced marks, nesting and multi-paragraph quotes.

Works on text normalised with the ``extraction`` preset, where every quote mark is one of
``«`` (a glyph that usually opens), ``»`` (one that usually closes) or ``"`` (either).
Which role a mark plays is read first from what touches it, as a careful reader does: a
mark with a space before and a word after opens (``قال "نحن``), a mark with a word or
punctuation before and a space or punctuation after closes (``الجديد"،``). Only when both
sides say the same does the glyph or the open marks on the stack decide, so mirrored pairs
(``»…«``, ``”…“``) and mixed pairs (``„…“``) pair as well as ``«…»``.

An unclosed mark closes at the end of its paragraph, unless the next paragraph opens with
a mark: then the quote runs on (one quote over several paragraphs). One pass, a stack:
linear in the text.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["AND_QUOTE", "MARKS", "MarkedSpan", "pair_marks"]

#: The quote marks after the extraction preset folded them.
MARKS = frozenset('«»"')
#: A second quote under the same cue: ... "أ" و"ب", إن "أ" وإن "ب".
AND_QUOTE = re.compile(
    r"""
    [ \t]*(?:,[ \t]*)?و                        # و after the closing mark, maybe a comma first
    (?:ب?[اأإ]ن(?:ه|ها|هم)?[ \t]+|[ \t]*)        # the complementizer repeated (وإن، وبأن), or not
    (?=[«"])                                   # right before the next opening mark
    """,
    re.VERBOSE,
)
#: What the pairing loop stops at: a quote mark or a line break.
_EVENTS = '«»"\n'


@attrs.frozen(kw_only=True)
class MarkedSpan:
    """A stretch between quote marks, in normalised-text offsets.

    Attributes:
        open: Offset of the opening mark.
        close: Offset of the closing mark, or of the paragraph end when unclosed.
        closed: Whether a closing mark was found.
        depth: 0 for an outer span, 1 for a span inside another, and so on.
    """

    open: int
    close: int
    closed: bool
    depth: int

    @property
    def inner(self) -> tuple[int, int]:
        """The text between the marks."""
        return self.open + 1, self.close


#: What may stand right before an opening mark besides white space (``:"نعم``).
_BEFORE_OPEN = frozenset(":([-—–/")
#: What may stand right before a closing mark besides a word (``نعم."``).
_BEFORE_CLOSE = frozenset(".!?,;)]")


def _role(text: str, i: int) -> str:
    """``open``, ``close`` or ``either``, from the characters that touch the mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in _BEFORE_OPEN) and after.isalnum():
        return "open"
    if (before.isalnum() or before in _BEFORE_CLOSE) and not after.isalnum():
        return "close"
    return "either"


def _closes_later(text: str, start: int) -> bool:
    """Whether the next straight mark from ``start`` in its paragraph plays a closing role.

    Only asked for a mark that would close nothing, so every character is read at most
    once more: the pairing stays linear.
    """
    m = _NEXT_STRAIGHT.search(text, start)
    return m is not None and m.group() == '"' and _role(text, m.start()) == "close"


#: The next straight quote mark or line break.
_NEXT_STRAIGHT = re.compile('["\n]')


def _events(text: str) -> list[int]:
    r"""The offsets of the characters of :data:`_EVENTS` in ``text``, in order.

    Each character is sought on its own with ``str.find`` (a tight scan) and the offsets
    are merged: a pattern of their class tests the class at every character, slower.

    Example:
        >>> _events('قال "نعم"\nو«لا»')
        [4, 8, 9, 11, 14]
    """
    found = []
    for char in _EVENTS:
        i = text.find(char)
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1)
    found.sort()
    return found


def pair_marks(text: str) -> list[MarkedSpan]:
    r"""Pair the quote marks of ``text`` (normalised with the ``extraction`` preset).

    Example:
        >>> [(s.open, s.close, s.closed) for s in pair_marks('قال "نعم" و«لا»')]
        [(4, 8, True), (11, 14, True)]
        >>> [s.closed for s in pair_marks('قال "نعم\nثم')]
        [False]
    """
    spans: list[MarkedSpan] = []
    stack: list[tuple[int, str]] = []  # (offset, glyph) of the open marks
    straight: list[int] = []  # stack indices of open " marks
    angled: list[int] = []  # stack indices of open « » marks
    n = len(text)
    skip_to = 0  # a continuation mark at a paragraph start is passed over
    for i in _events(text):
        if i < skip_to:
            continue
        c = text[i]
        if c == "\n":
            if stack:
                j = i
                while j < n and text[j].isspace():
                    j += 1
                if j < n and text[j] in MARKS and _role(text, j) != "close":
                    skip_to = j + 1  # the quote runs on into a paragraph that opens with a mark
                    continue
                for depth, (pos, _) in enumerate(stack):
                    spans.append(MarkedSpan(open=pos, close=i, closed=False, depth=depth))
                stack.clear()
                straight.clear()
                angled.clear()
            continue
        role = _role(text, i)
        if role == "either":
            # The glyph decides for «; for » and " the open marks do.
            role = "open" if c == "«" or not stack else "close"
        elif role == "close" and not stack and c == '"' and _closes_later(text, i + 1):
            role = "open"  # وأضاف" كنت ...": a mark glued to the verb, closed further on
        if role == "open":
            (straight if c == '"' else angled).append(len(stack))
            stack.append((i, c))
        elif stack:
            # Close the innermost open mark of the same family when there is one; open
            # marks above it were never closed and are dropped.
            family = straight if c == '"' else angled
            k = family[-1] if family else len(stack) - 1
            pos, _ = stack[k]
            del stack[k:]
            while straight and straight[-1] >= k:
                straight.pop()
            while angled and angled[-1] >= k:
                angled.pop()
            spans.append(MarkedSpan(open=pos, close=i, closed=True, depth=k))
    for depth, (pos, _) in enumerate(stack):
        spans.append(MarkedSpan(open=pos, close=n, closed=False, depth=depth))
    spans.sort(key=lambda s: s.open)
    return spans

"""Normalisation of Arabic text, with exact offsets back to the original.

Each step is a small pure function whose name is also its :class:`NormalizeConfig` flag and
its name in :func:`explain`. The steps are data: a character table each (and one pattern
for composing a seat letter with a combining hamza). A config merges the tables of its
steps once into a single table and a single compiled pattern, so ``normalize`` is one scan
of the text however many steps are on.

The scan uses the standard library's ``re``: for a plain character class with a callback it
measured faster than ``regex`` (see ``benchmarks/bench_normalize.py``). The patterns hold no
repetition that could backtrack, so the cost is linear in the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import groupby
from typing import Literal, NamedTuple

import regex

from quotekit import _pyarabic as ar
from quotekit._gc import paused
from quotekit.config import STEPS, NormalizeConfig, resolve_normalize_config
from quotekit.errors import check_text
from quotekit.types import Explanation, NormalizedText, StepCount

__all__ = [
    "compose_hamza",
    "explain",
    "fold_alef",
    "fold_alef_maqsura",
    "fold_digits",
    "fold_hamza_seats",
    "fold_persian_letters",
    "fold_presentation_forms",
    "fold_punctuation",
    "fold_quotes",
    "fold_teh_marbuta",
    "fold_whitespace",
    "normalize",
    "normalize_mapped",
    "remove_invisible",
    "remove_tashkeel",
    "remove_tatweel",
]

# ---------------------------------------------------------------------------------------
# The step tables: character -> replacement. Built once at import from pyarabic's tables
# and Unicode properties.

#: The combining marks that carry hamza or madda onto a seat letter.
_HAMZA_MARKS = (
    "\u0653"  # ARABIC MADDAH ABOVE
    "\u0654"  # ARABIC HAMZA ABOVE
    "\u0655"  # ARABIC HAMZA BELOW
)

#: Invisible format controls: removed, never turned into spaces.
_INVISIBLE = (
    "\u00ad"  # SOFT HYPHEN
    "\u061c"  # ARABIC LETTER MARK
    "\u180e"  # MONGOLIAN VOWEL SEPARATOR
    "\u200b"  # ZERO WIDTH SPACE
    "\u200c"  # ZERO WIDTH NON-JOINER
    "\u200d"  # ZERO WIDTH JOINER
    "\u200e"  # LEFT-TO-RIGHT MARK
    "\u200f"  # RIGHT-TO-LEFT MARK
    "\u202a"  # LEFT-TO-RIGHT EMBEDDING
    "\u202b"  # RIGHT-TO-LEFT EMBEDDING
    "\u202c"  # POP DIRECTIONAL FORMATTING
    "\u202d"  # LEFT-TO-RIGHT OVERRIDE
    "\u202e"  # RIGHT-TO-LEFT OVERRIDE
    "\u2060"  # WORD JOINER
    "\u2061"  # FUNCTION APPLICATION
    "\u2062"  # INVISIBLE TIMES
    "\u2063"  # INVISIBLE SEPARATOR
    "\u2064"  # INVISIBLE PLUS
    "\u2066"  # LEFT-TO-RIGHT ISOLATE
    "\u2067"  # RIGHT-TO-LEFT ISOLATE
    "\u2068"  # FIRST STRONG ISOLATE
    "\u2069"  # POP DIRECTIONAL ISOLATE
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (byte order mark)
)

#: The Unicode blocks the tables draw from: Arabic, Arabic Supplement, Arabic Extended-A,
#: Arabic Presentation Forms-A and -B (first and last code point; blocks never move).
_ARABIC_BLOCKS = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_PRESENTATION_BLOCKS = _ARABIC_BLOCKS[3:]
#: Nonspacing marks used in Arabic script.
_ARABIC_MARK = regex.compile(r"[\p{Mn}&&\p{Script_Extensions=Arabic}]", regex.VERSION1)
#: Horizontal white space other than the plain space: the tab and Unicode's space
#: separators (Zs; line breaks are not in Zs). A test checks the list against Unicode.
_SPACES = (
    "\t"  # CHARACTER TABULATION
    "\u00a0"  # NO-BREAK SPACE
    "\u1680"  # OGHAM SPACE MARK
    "\u2000"  # EN QUAD
    "\u2001"  # EM QUAD
    "\u2002"  # EN SPACE
    "\u2003"  # EM SPACE
    "\u2004"  # THREE-PER-EM SPACE
    "\u2005"  # FOUR-PER-EM SPACE
    "\u2006"  # SIX-PER-EM SPACE
    "\u2007"  # FIGURE SPACE
    "\u2008"  # PUNCTUATION SPACE
    "\u2009"  # THIN SPACE
    "\u200a"  # HAIR SPACE
    "\u202f"  # NARROW NO-BREAK SPACE
    "\u205f"  # MEDIUM MATHEMATICAL SPACE
    "\u3000"  # IDEOGRAPHIC SPACE
)


def _block_chars(blocks: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(c) for first, last in blocks for c in range(first, last + 1))


_ARABIC_CHARS = _block_chars(_ARABIC_BLOCKS)
_PRESENTATION_CHARS = frozenset(_block_chars(_PRESENTATION_BLOCKS))


def _each(form: Literal["NFC", "NFD", "NFKC"], chars: Iterable[str]) -> list[str]:
    """``unicodedata.normalize(form, c)`` of each of ``chars``, in one call for all.

    The characters are normalised joined by line breaks, which no normalisation form
    changes, composes or reorders a mark across (a line break is a starter that composes
    with nothing), and split again: a thousand calls at import become one.

    Example:
        >>> [len(c) for c in _each("NFD", "أب")]  # ALEF WITH HAMZA ABOVE: ALEF, HAMZA ABOVE
        [2, 1]
    """
    return unicodedata.normalize(form, "\n".join(chars)).split("\n")


def _presentation_table() -> dict[str, str]:
    chars = [c for c in _ARABIC_CHARS if c in _PRESENTATION_CHARS]
    table = {}
    for c, expanded in zip(chars, _each("NFKC", chars), strict=True):
        if expanded != c:
            # Isolated harakat forms expand to a space and the mark: keep the mark.
            table[c] = expanded.strip(" ") or expanded
    return table


_TABLES: dict[str, dict[str, str]] = {
    "compose_hamza": {},  # a pattern, not a table: see _compose
    "fold_presentation_forms": _presentation_table(),
    "remove_tashkeel": dict.fromkeys(
        ar.DIACRITICS + "".join(_ARABIC_MARK.findall(_ARABIC_CHARS)), ""
    ),
    "remove_tatweel": {ar.TATWEEL: ""},
    "remove_invisible": dict.fromkeys(_INVISIBLE, ""),
    "fold_persian_letters": {
        "\u06a9": "\u0643",  # KEHEH -> KAF
        "\u06aa": "\u0643",  # SWASH KAF -> KAF
        "\u06cc": ar.YEH,  # FARSI YEH -> YEH
        "\u06c1": ar.HEH,  # HEH GOAL -> HEH
        "\u06be": ar.HEH,  # HEH DOACHASHMEE -> HEH
        "\u06d5": ar.HEH,  # AE -> HEH
        # and their forms with a hamza (HEH WITH YEH ABOVE, HEH GOAL WITH HAMZA ABOVE):
        # see _fold_hamza_forms
    },
    "fold_alef": dict.fromkeys(ar.ALEF_FORMS, ar.ALEF),
    "fold_alef_maqsura": {ar.ALEF_MAKSURA: ar.YEH},
    "fold_teh_marbuta": {ar.TEH_MARBUTA: ar.HEH},
    "fold_hamza_seats": {ar.WAW_HAMZA: ar.WAW, ar.YEH_HAMZA: ar.YEH},
    "fold_digits": {
        **{d: str(i) for i, d in enumerate(ar.DIGITS_EAST)},
        **{d: str(i) for i, d in enumerate(ar.DIGITS_PERSIAN)},
    },
    "fold_whitespace": dict.fromkeys(_SPACES, " "),
    "fold_quotes": {
        "\u00ab": "«",  # LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
        "\u2039": "«",  # SINGLE LEFT-POINTING ANGLE QUOTATION MARK
        "\u201c": "«",  # LEFT DOUBLE QUOTATION MARK
        "\u201e": "«",  # DOUBLE LOW-9 QUOTATION MARK
        "\u201f": "«",  # DOUBLE HIGH-REVERSED-9 QUOTATION MARK
        "\u00bb": "»",  # RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
        "\u203a": "»",  # SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
        "\u201d": "»",  # RIGHT DOUBLE QUOTATION MARK
        "\u2033": '"',  # DOUBLE PRIME
        "\uff02": '"',  # FULLWIDTH QUOTATION MARK
    },
    "fold_punctuation": {
        "\u060c": ",",  # ARABIC COMMA
        "\u061b": ";",  # ARABIC SEMICOLON
        "\u061f": "?",  # ARABIC QUESTION MARK
    },
}
# Identity entries (« -> «) only document the canonical set; they change nothing.
for _table in _TABLES.values():
    for _key in [k for k, v in _table.items() if k == v]:
        del _table[_key]

#: Letters that take a combining hamza or madda, and letters that already carry one.
_SEATS = "".join(
    c
    for c, nfd, *composed in zip(
        _ARABIC_CHARS,
        _each("NFD", _ARABIC_CHARS),
        *(_each("NFC", [c + m for c in _ARABIC_CHARS]) for m in _HAMZA_MARKS),
        strict=True,
    )
    if (1 in map(len, composed) or (nfd != c and any(m in nfd for m in _HAMZA_MARKS)))
    and not unicodedata.combining(c)
)
#: Presentation forms whose expansion ends in a seat (lam-alef ligatures, alef forms, ...).
_SEAT_FORMS = "".join(
    c for c, v in _TABLES["fold_presentation_forms"].items() if v and v[-1] in _SEATS
)
#: Presentation forms of marks (isolated harakat, shadda ligatures): marks once expanded.
_MARK_FORMS = "".join(
    c
    for c, v in _TABLES["fold_presentation_forms"].items()
    if v and all(unicodedata.combining(x) for x in v)
)
#: Combining marks other than the hamza marks (harakat, shadda, sukun, Quranic marks): in
#: canonical (NFD) order they may stand between a seat and its hamza, so a seat unit
#: takes them in, in either order.
_OTHER_MARKS = "".join(
    c for c in _ARABIC_CHARS if unicodedata.combining(c) and c not in _HAMZA_MARKS
)


def _fold_hamza_forms(table: dict[str, str]) -> None:
    """A letter with a hamza folds like its letter followed by the hamza mark.

    ``ۀ`` is canonically ``ە`` + U+0654 (ARABIC HAMZA ABOVE): with ``ە`` folded to ``ه`` it
    becomes ``ه`` + U+0654, which ``remove_tashkeel`` then treats like any typed ``هٔ``.
    """
    for c in _SEATS:
        decomposed = unicodedata.normalize("NFD", c)
        if len(decomposed) == 2 and decomposed[0] in table:
            table[c] = table[decomposed[0]] + decomposed[1]


_fold_hamza_forms(_TABLES["fold_persian_letters"])


# ---------------------------------------------------------------------------------------
# A plan: the merged table and compiled patterns of one set of steps, built once.


def _is_starter(c: str) -> bool:
    return not unicodedata.combining(c)


def _char_class(chars: str) -> str:
    """A character class of ``chars``, runs of consecutive code points written as ranges.

    ``re`` parses a class in Python, item by item: ranges make the tables' classes (about
    a thousand characters) a few dozen items.

    Example:
        >>> _char_class("fcab"), _char_class("")
        ('[a-cf]', '(?!)')
    """
    if not chars:
        return "(?!)"
    codes = sorted({ord(c) for c in chars})
    items, first = [], codes[0]
    for last, following in zip(codes, [*codes[1:], -1], strict=True):
        if following != last + 1:
            if last - first >= 2:
                items.append(f"{re.escape(chr(first))}-{re.escape(chr(last))}")
            else:  # one or two characters: as they are
                items.append(re.escape("".join(map(chr, range(first, last + 1)))))
            first = following
    return "[" + "".join(items) + "]"


class _Plan(NamedTuple):
    """The merged table and compiled patterns of one set of steps (see :func:`_plan`).

    A named tuple: an ``attrs`` class costs a millisecond more to make at import.
    """

    steps: frozenset[str]
    table: dict[str, str]  # merged: every character an enabled step changes
    fired: dict[str, tuple[str, ...]]  # character -> the steps that changed it
    char_re: re.Pattern[str]  # one character the table changes, captured (see _replace)
    resize_re: re.Pattern[str]  # one character whose replacement has another length
    compose_re: re.Pattern[str] | None  # seat, then marks and skipped holding a hamza mark
    marks: frozenset[str]  # removed characters that belong to the letter before them

    def translate_chars(self, chars: str) -> str:
        return "".join(self.table.get(c, c) for c in chars)

    def compose(self, unit: str) -> str:
        """Compose one seat unit: a seat, then marks and removed characters in any order.

        As NFD and NFC would: the seat is decomposed (أ is ا + HAMZA ABOVE), its marks and
        the unit's are put in canonical order (stably by combining class; a removed
        character or the form of a mark stands in place, as a starter does in NFD), the
        bare letter takes the first hamza mark it composes with, and the other marks
        follow it.
        """
        forms = _TABLES["fold_presentation_forms"]
        expanded = forms.get(unit[0], unit[0])
        head, seat = expanded[:-1], unicodedata.normalize("NFD", expanded[-1])
        ordered: list[str] = []
        for starter, run in groupby(seat[1:] + unit[1:], key=_is_starter):
            chars = list(run)
            ordered.extend(chars if starter else sorted(chars, key=unicodedata.combining))
        if "fold_presentation_forms" in self.steps:  # forms of marks, in their place
            ordered = list("".join(forms.get(c, c) for c in ordered))
        letter, kept = seat[0], []
        for mark in ordered:
            if mark not in _HAMZA_MARKS:
                kept.append(mark)
            elif letter == seat[0]:
                composed = unicodedata.normalize("NFC", letter + mark)
                letter = composed if len(composed) == 1 else letter
            # Once the letter carries a hamza or madda, further ones are dropped.
        return self.translate_chars(head + letter + "".join(kept))


@lru_cache(maxsize=64)
@paused
def _plan(steps: frozenset[str]) -> _Plan:
    table: dict[str, str] = {}
    fired: dict[str, tuple[str, ...]] = {}
    keys = {c for name in steps for c in _TABLES[name]}
    # Each step's table, and the same for str.translate (for a value of several characters).
    tables = [
        (name, _TABLES[name], str.maketrans(_TABLES[name]))
        for name in STEPS
        if name in steps and _TABLES[name]
    ]
    # A character that one step changes, into characters no step changes, is done in one
    # look-up (most of them): the loop below would find that step alone.
    single: dict[str, tuple[str, str]] = {}
    shared: set[str] = set()
    for name, step, _ in tables:
        for c, value in step.items():
            if c in single:
                shared.add(c)
            single[c] = (name, value)
    for c in keys:
        if c not in shared:
            name, value = single[c]
            if keys.isdisjoint(value):
                table[c] = value
                fired[c] = (name,)
                continue
        value, names, before = c, [], ""
        # Until nothing changes: a later step may give what an earlier one removes
        # (ۀ -> ه + HAMZA ABOVE, whose mark remove_tashkeel takes). A value that holds no
        # character of ``keys`` is done: no step would change it.
        while value != before and not keys.isdisjoint(value):
            before = value
            for name, step, translation in tables:
                if len(value) == 1:
                    new = step.get(value, value)
                elif value:
                    new = value.translate(translation)
                else:
                    break  # removed: no step gives it back
                if new != value:
                    value = new
                    names.append(name)
        names = list(dict.fromkeys(names))
        if value != c:
            table[c] = value
            fired[c] = tuple(names)
    compose_re = None
    if "compose_hamza" in steps:
        skipped = (_INVISIBLE if "remove_invisible" in steps else "") + (
            ar.TATWEEL if "remove_tatweel" in steps else ""
        )
        forms = "fold_presentation_forms" in steps
        seat = _char_class(_SEATS + (_SEAT_FORMS if forms else ""))
        between = skipped + _OTHER_MARKS + (_MARK_FORMS if forms else "")
        # A seat, then a run of marks and characters that are removed anyway holding at
        # least one combining hamza mark (the unit takes the whole run). The classes are
        # flat and a run starts only after a seat: a run without a hamza mark is read
        # forward once and given back once, so the cost stays linear.
        compose_re = re.compile(
            f"{seat}{_char_class(between)}*{_char_class(_HAMZA_MARKS)}"
            f"{_char_class(between + _HAMZA_MARKS)}*"
        )
    return _Plan(
        steps=steps,
        table=table,
        fired=fired,
        char_re=re.compile(f"({_char_class(''.join(table))})"),
        resize_re=re.compile(_char_class("".join(c for c, v in table.items() if len(v) != 1))),
        compose_re=compose_re,
        marks=frozenset(c for c in table if c in _TABLES["remove_tashkeel"]),
    )


def _units(plan: _Plan, text: str) -> list[tuple[int, int, str]]:
    """The composed seat units of ``text``: (start, end, replacement).

    Most texts hold no hamza mark: told by a search for each of the three characters
    (``in``, a tight scan), not by a pattern, which tests a class at every character.
    """
    if plan.compose_re is None or not any(mark in text for mark in _HAMZA_MARKS):
        return []
    return [(m.start(), m.end(), plan.compose(m.group())) for m in plan.compose_re.finditer(text)]


def _run(plan: _Plan, text: str, units: list[tuple[int, int, str]]) -> str:
    """Apply ``plan`` to ``text`` whose composed seat units are ``units``."""
    if not units:
        return _replace(plan, text)
    parts, last = [], 0
    for start, end, value in units:
        parts.append(_replace(plan, text[last:start]))
        parts.append(value)
        last = end
    parts.append(_replace(plan, text[last:]))
    return "".join(parts)


def _replace(plan: _Plan, text: str) -> str:
    """``text`` with each character of ``plan.table`` replaced.

    Split at the characters (``char_re`` captures them, so they come at the odd places)
    and replaced in one comprehension: no Python call per character, as ``sub`` with a
    function makes (60,000 a pass over the corpus).

    Example:
        >>> _replace(_plan(frozenset({"remove_tatweel"})), "قـــال")
        'قال'
    """
    parts = plan.char_re.split(text)
    table = plan.table
    parts[1::2] = [table[c] for c in parts[1::2]]
    return "".join(parts)


def _replace_mapped(plan: _Plan, text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """:func:`_replace`, and the characters it replaced by other than one character.

    Those are (start, end, replacement), as ``plan.resize_re`` finds them: read off the
    pieces of the one split, not by a second search of the whole text (each replaced
    character is one piece, so its offset is the sum of the lengths before it).

    Example:
        >>> _replace_mapped(_plan(frozenset({"remove_tatweel", "fold_alef"})), "أقـال")
        ('اقال', [(2, 3, '')])
    """
    parts = plan.char_re.split(text)
    table = plan.table
    resized = []
    pos = 0
    for k in range(1, len(parts), 2):
        pos += len(parts[k - 1])
        value = parts[k] = table[parts[k]]
        if len(value) != 1:
            resized.append((pos, pos + 1, value))
        pos += 1
    return "".join(parts), resized


def _apply(plan: _Plan, text: str) -> str:
    return _run(plan, text, _units(plan, text))


def _steps_of(config: NormalizeConfig | str | None) -> frozenset[str]:
    return resolve_normalize_config(config).steps


# ---------------------------------------------------------------------------------------
# The public functions.


def normalize(text: str, *, config: NormalizeConfig | str | None = None) -> str:
    """Normalise Arabic text for matching.

    Args:
        text: Any string.
        config: A :class:`~quotekit.NormalizeConfig`, a preset name (``"default"``,
            ``"conservative"``, ``"search"``, ``"extraction"``) or ``None`` for the default.

    Returns:
        The normalised text.

    Raises:
        TypeError: When ``text`` is not a ``str``.
        ConfigError: For an unknown preset name.

    Example:
        >>> normalize("إِنَّ")
        'ان'
        >>> normalize("قـــال ١٢٣ ﻻ")
        'قال 123 لا'
        >>> normalize("مسؤولة أمين", config="search")
        'مسووله امين'
    """
    return _apply(_plan(_steps_of(config)), check_text(text))


def normalize_mapped(text: str, *, config: NormalizeConfig | str | None = None) -> NormalizedText:
    """Normalise ``text`` and keep an exact map from the result back to ``text``.

    Args:
        text: Any string.
        config: As for :func:`normalize`.

    Returns:
        A :class:`~quotekit.NormalizedText` whose ``.text`` equals ``normalize(text)``.

    Example:
        >>> n = normalize_mapped("وقالَ الوزيرُ")
        >>> n.text
        'وقال الوزير'
        >>> n.span_to_original(5, 11)
        (6, 13)
    """
    check_text(text)
    plan = _plan(_steps_of(config))
    units = _units(plan, text)
    if units:
        norm = _run(plan, text, units)
        table = plan.table
        events = [
            (m.start(), m.end(), table[m.group()])
            for m in plan.resize_re.finditer(text)
            if not _inside(units, m.start())
        ]
        events = sorted(events + units)
    else:
        norm, events = _replace_mapped(plan, text)  # most texts: one search of the text
    norm_starts: list[int] = []
    norm_ends: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    attached: list[bool] = []
    delta = 0
    marks = plan.marks
    for start, end, value in events:
        n_start = start + delta
        delta += len(value) - (end - start)
        is_mark = not value and text[start] in marks
        if (
            not value
            and orig_ends
            and orig_ends[-1] == start
            and norm_starts[-1] == norm_ends[-1]
            and attached[-1] == is_mark
        ):
            orig_ends[-1] = end  # extend a run of removed characters
            continue
        norm_starts.append(n_start)
        norm_ends.append(n_start + len(value))
        orig_starts.append(start)
        orig_ends.append(end)
        attached.append(is_mark)
    return NormalizedText(
        text=norm,
        original=text,
        norm_starts=tuple(norm_starts),
        norm_ends=tuple(norm_ends),
        orig_starts=tuple(orig_starts),
        orig_ends=tuple(orig_ends),
        attached=tuple(attached),
    )


def _inside(units: list[tuple[int, int, str]], index: int) -> bool:
    """Whether ``index`` falls inside one of the sorted, disjoint ``units``."""
    k = bisect_right(units, (index, _END, "")) - 1
    return k >= 0 and units[k][0] <= index < units[k][1]


_END = 1 << 62  # sorts after any real end offset


def explain(text: str, *, config: NormalizeConfig | str | None = None) -> Explanation:
    """Say which steps changed ``text`` and how often.

    Example:
        >>> e = explain("أَكَّدَ الوزيرُ ٣ مرات")
        >>> e.text
        'اكد الوزير 3 مرات'
        >>> e.counts()
        {'remove_tashkeel': 5, 'fold_alef': 1, 'fold_digits': 1}
    """
    check_text(text)
    plan = _plan(_steps_of(config))
    counts: Counter[str] = Counter()
    units = _units(plan, text)
    for start, end, _ in units:
        counts["compose_hamza"] += 1  # the seat and its marks, extra marks dropped
        for c in text[start:end]:
            if c not in _HAMZA_MARKS:
                counts.update(plan.fired.get(c, ()))
    for m in plan.char_re.finditer(text):
        if units and _inside(units, m.start()):
            continue
        counts.update(plan.fired[m.group()])
    steps = tuple(StepCount(step=name, count=counts[name]) for name in STEPS if counts[name])
    return Explanation(text=_run(plan, text, units), steps=steps)


# ---------------------------------------------------------------------------------------
# One function per step. Each runs that step alone.


def _step(name: str, doc: str) -> Callable[[str], str]:
    steps = frozenset({name})

    def step(text: str) -> str:
        return _apply(_plan(steps), check_text(text))

    step.__name__ = step.__qualname__ = name
    step.__doc__ = doc
    return step


compose_hamza = _step(
    "compose_hamza",
    """Compose a seat letter and a following combining hamza or madda, harakat in between.

    Example:
        >>> compose_hamza("\\u0627\\u0654") == "\\u0623"  # ALEF + HAMZA ABOVE -> ALEF WITH HAMZA
        True
        >>> compose_hamza("\\u0648\\u064f\\u0654") == "\\u0624\\u064f"  # WAW, DAMMA, HAMZA ABOVE
        True
    """,
)
fold_presentation_forms = _step(
    "fold_presentation_forms",
    """Replace Arabic presentation forms and ligatures by their base letters.

    Example:
        >>> fold_presentation_forms("ﻻ ﺑﺎﺏ")
        'لا باب'
    """,
)
remove_tashkeel = _step(
    "remove_tashkeel",
    """Remove harakat, tanween, shadda, sukun, superscript alef and Quranic marks.

    Example:
        >>> remove_tashkeel("مُؤَكِّداً")
        'مؤكدا'
    """,
)
remove_tatweel = _step(
    "remove_tatweel",
    """Remove tatweel (U+0640); elongated letters are otherwise left alone.

    Example:
        >>> remove_tatweel("قـــال")
        'قال'
    """,
)
remove_invisible = _step(
    "remove_invisible",
    """Remove zero-width characters, LRM/RLM, the Arabic letter mark and bidi controls.

    Example:
        >>> remove_invisible("قال\\u200f")  # RIGHT-TO-LEFT MARK
        'قال'
    """,
)
fold_persian_letters = _step(
    "fold_persian_letters",
    """Fold Persian and Urdu look-alike letters to their Arabic forms.

    Example:
        >>> fold_persian_letters("کی")
        'كي'
    """,
)
fold_alef = _step(
    "fold_alef",
    """Fold أ إ آ ٱ to a bare alef.

    Example:
        >>> fold_alef("أإآٱ")
        'اااا'
    """,
)
fold_alef_maqsura = _step(
    "fold_alef_maqsura",
    """Fold alef maqsura ى to yeh ي.

    Example:
        >>> fold_alef_maqsura("على")
        'علي'
    """,
)
fold_teh_marbuta = _step(
    "fold_teh_marbuta",
    """Fold teh marbuta ة to heh ه.

    Example:
        >>> fold_teh_marbuta("وزارة")
        'وزاره'
    """,
)
fold_hamza_seats = _step(
    "fold_hamza_seats",
    """Fold hamza on its seats, ؤ to و and ئ to ي.

    Example:
        >>> fold_hamza_seats("مسؤول قائل")
        'مسوول قايل'
    """,
)
fold_digits = _step(
    "fold_digits",
    """Fold Arabic-Indic and Persian digits to ASCII digits.

    Example:
        >>> fold_digits("٢٠٢٦ ۱۴")
        '2026 14'
    """,
)
fold_whitespace = _step(
    "fold_whitespace",
    """Fold no-break, thin and other spaces and tabs to a plain space; line breaks stay.

    Example:
        >>> fold_whitespace("a\\u00a0b\\tc\\nd")  # NO-BREAK SPACE, TAB, LINE FEED
        'a b c\\nd'
    """,
)
fold_quotes = _step(
    "fold_quotes",
    """Fold quote marks to ``«`` (opening glyph), ``»`` (closing glyph) or ``"``.

    Example:
        >>> fold_quotes("“نعم” ‹لا›")
        '«نعم» «لا»'
    """,
)
fold_punctuation = _step(
    "fold_punctuation",
    """Fold the Arabic comma, semicolon and question mark to their Latin forms.

    Example:
        >>> fold_punctuation("نعم، لا؛ لماذا؟")
        'نعم, لا; لماذا?'
    """,
)

"""``find_cues``: the reporting cues of a text, with the context rule that accepted each.

A word of the lexicon is a cue only when its context supports the reporting reading:

- ``complementizer``: it is followed by a complementizer (``قال إن``, ``أشار إلى أن``);
- ``colon``: by a colon (``وأضاف: ...``);
- ``quote``: by a quote mark (``قال "..."``);
- ``quoted-object``: by a preposition and a quote mark (``أشاد بـ"..."``);
- ``subject-complementizer``, ``subject-colon``, ``subject-quote``: by a short noun phrase
  (the speaker) and then one of these (``وأكد وزير الخارجية أن``);
- ``after-quote``: it follows a closing quote mark (``"..."، قال الوزير``);
- ``source``: a source phrase before a source noun (``بحسب وكالة ...``, not ``حسب الخطة``);
- ``trailing``: a trailing attribution (``على حد قوله``);
- ``appeal``: an appeal (``دعا``، ``حث``) and, after إلى or على, what it calls for with
  words in quote marks (``دعا الدول إلى مواصلة "الجهود المشتركة"``).

Background phrases (``يذكر أن``) are never cues. Word scanning splits the text at white
space and looks each piece up in a set (a piece with punctuation is read with the standard
library's ``re``): a ``regex`` named list of ten thousand forms scanned every position of
the text was sixty times slower (0.07 against 4 million characters per second;
``find_cues`` is measured by ``benchmarks/bench_extract.py``).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import filterfalse, islice

import attrs
import regex

from quotekit.config import EXTRACTION, ExtractConfig, resolve_extract_config
from quotekit.errors import check_text
from quotekit.lexicon import ARABIC_LETTERS, Form, Lexicon, default_lexicon
from quotekit.marks import AND_QUOTE, MARKS
from quotekit.morphology import (
    among,
    entity_type,
    is_adverb,
    is_given_name,
    is_preposition,
    listed_non_verb,
    noun_number,
    only_nouns,
    unpossessed,
    word_class,
)
from quotekit.normalization import normalize_mapped
from quotekit.patterns import CuePatterns, cue_patterns, may_open
from quotekit.types import Cue, NormalizedText

__all__ = [
    "AS_LOOKBACK",
    "COMMA_WORD",
    "IN_IT",
    "KAMA",
    "LAST_WORD",
    "MA",
    "RESUMPTIVE_OBJECTS",
    "SAY",
    "TAGS",
    "TITLE_LETTERS",
    "TOKEN",
    "WORD",
    "Hit",
    "abbreviation_point",
    "as_start",
    "complementizer_at",
    "document_phrase",
    "doubled_letter",
    "find_cues",
    "holds_object",
    "joined_verb",
    "point_in_word",
    "scan",
    "scan_mapped",
    "subject_walk",
    "to_cue",
    "trailing_source",
    "words_in",
]

#: A word: letters and digits (the normalised text has no marks left).
WORD = re.compile(r"[^\W_]+")
#: Domain endings written in Arabic after a point (normalised).
_DOMAINS = frozenset(("كوم", "نت", "اورج", "اورغ", "com", "net", "org"))
_DOMAIN_ENDINGS = "|".join(sorted(_DOMAINS))
#: The tokens a speaker noun phrase is walked through: words, quote marks, punctuation.
TOKEN = re.compile(
    rf"""
    [^\W_]+                                  # a word
    (?:\.(?:{_DOMAIN_ENDINGS})(?![^\W_]))?    # with a domain's ending (بيت.كوم)
    | [«»"]                                  # a quote mark
    | [^\w\s]                                # any other punctuation
    """,
    re.VERBOSE,
)
#: A preposition with the pronoun of ما after its verb: بحسب ما صرح به الوزير.
RESUMPTIVE_OBJECTS = frozenset(("به", "بها", "عنه", "عنها", "له", "لها"))
_SENTENCE_END = frozenset(".!?\n")
_OPENING_QUOTES = frozenset('«"')
_VERB_FORMS = frozenset(("past", "present", "passive", "participle", "masdar"))
#: The spaces after a cue and the run of letters and digits that follows them.
_NEXT_RUN = re.compile(r"[ \t]*([^\W_]*)")
#: A closing quote mark (after a non-space), then a comma or space, right before a cue.
_AFTER_QUOTE = re.compile(r"[^\s«»\"][«»\"](?:[ \t]*,[ \t]*|[ \t]+)\Z")
#: The word right before a cue (the lookback ends at the cue).
_WORD_BEFORE = re.compile(r"(?<!\w)([^\W_]+)[ \t]+\Z")
#: The last word before the end of a search (spaces and tabs after it allowed), as group 1:
#: ``LAST_WORD.search(text, start, pos)`` reads the word right before ``pos``.
LAST_WORD = re.compile(r"(?<!\w)([^\W_]+)[ \t]*\Z")
#: How far back the word before a cue is looked for (بحسبما is the longest).
AS_LOOKBACK = 12
#: ``كما`` reads "as" (كما ذكرت السلطات) or "also" (كما دعا بغداد إلى التعاون).
KAMA = "كما"
#: The lemma of the verb of saying proper (قال، يقول).
SAY = "قال"
#: The words of a platform's name in marks: one (a word list holds single words).
_PLATFORM_WORDS = 1
#: The relative ما, after a source word (حسب ما نقلت الوكالة), and with ل (وفقا لما).
MA = "ما"
_LAMA = "لما"
#: Punctuation that ends a clause, where no subject follows a verb.
_CLAUSE_ENDS = frozenset(".,;:!?")
#: The most words a trailing ``، كما قال X`` may have after its verb to the clause end
#: (two sources joined by و: كما أفادت تقارير صحافية وموقع النادي).
_AS_TAIL = 5
#: How many words more the place of a title after كما and its verb may have (في الشركة).
_AS_PLACE = 2
#: Prepositions that govern the word right after them, a noun, never a finite verb (في
#: وصفه، عن وصف الحزن، إلى نص); and those that also govern a participle or a masdar (عن
#: مطالبة، بعد إعلان). Not من before a verb, which is also "who" (من وصفهم بالأعداء).
_GOVERNING = ("في", "عن", "على", "الى", "مع", "حول")
_GOVERNING_NOUN = (*_GOVERNING, "من", "بعد", "قبل")
#: One of them right before a position (after و or ف maybe, spaces between).
_GOVERNED = re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(_GOVERNING)})[ \t]+\Z")
_AFTER_PREP = re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(_GOVERNING_NOUN)})[ \t]+\Z")
_IN = re.compile(r"(?<!\w)[وف]?في[ \t]+\Z")
_LOOKBACK = 8
#: The longest window a verbal noun may have between itself and its complementizer.
_MASDAR_WINDOW = 4
#: The most words of a relayed source inside a subject walk (قالت مصادر نقلا عن مسؤولين إن).
_RELAYED = 5
_PARTICIPLE_WINDOW = 6
#: The most words between a quoted name that opens a subject and its complementizer
#: (وأشارت "ناسا" خلال مؤتمر صحفي، الجمعة، إلى أن).
_AFTER_NAME = 5
#: The most characters of an aside inside a subject, in parentheses or between dashes.
_ASIDE = 40
#: What opens an aside inside a subject, and what closes it.
_ASIDE_OPENS = {"(": ")", "-": " - "}
#: The longest quoted name a speaker phrase may hold (لـ"العربي الجديد").
_NAME_IN_MARKS = 5
#: The longest title in marks after a word that announces one (عنوان، برنامج، كتاب).
_TITLE_IN_MARKS = 16
#: How many tokens after a long name in marks its clause's complementizer may stand.
_AFTER_LONG_NAME = 8


@attrs.frozen(kw_only=True)
class Hit:
    """A cue found in the normalised text, with what its context rule learned.

    All offsets index the normalised text. ``subject`` is the stretch between the cue and
    the complementizer, colon or quote mark (the speaker noun phrase, when there is one);
    ``content`` is where the reported speech starts.
    """

    start: int
    end: int
    form: Form
    rule: str
    subject: tuple[int, int] | None = None
    content: int | None = None


def _match_phrase(
    text: str, start: int, candidates: list[tuple[str, Form]]
) -> tuple[int, Form] | None:
    for phrase, form in candidates:
        if not text.startswith(phrase, start):
            continue
        end = start + len(phrase)
        follows = text[end : end + 1]
        if phrase.endswith(" ل"):
            # An attached preposition: وفقا لوكالة, وفقا لـ"رويترز".
            if follows and (follows.isalpha() or follows in MARKS):
                return end, form
        elif not follows or not follows.isalnum() or form.form == "background":
            return end, form  # a background phrase may run into a pronoun: يذكر أنه
    return None


def _directly(
    text: str, end: int, patterns: CuePatterns, timeout: float | None, *, comma: bool = False
) -> tuple[str, int] | None:
    """What follows a cue right away: (rule, where the content starts).

    With ``comma``, a complementizer after a comma alone is the cue's too (وأضاف، أن).
    """
    run = _NEXT_RUN.match(text, end)
    assert run is not None  # the pattern matches the empty string
    word = run.group(1)
    m = _complementizer_after(text, end, word, run.end(), patterns, timeout)
    if m:
        return "complementizer", m.end()
    if not word:  # a word next leaves no colon or mark within the three characters read
        rest = text[end : end + 3].lstrip(" \t")
        if rest.startswith(":"):
            return "colon", text.index(":", end) + 1
        if comma and rest.startswith(","):
            # وأضاف، أن العقود الجديدة: a comma alone between the cue and its complementizer
            m = complementizer_at(text, text.index(",", end) + 1, patterns, timeout)
            if m:
                return "complementizer", m.end()
        if rest[:1] in MARKS:
            return "quote", text.index(rest[0], end)
    if may_open(patterns.object_quote_words, word) and _mark_may_follow(text, run.end(), patterns):
        m = _quoted_object(text, end, patterns, timeout)
        if m:
            return "quoted-object", m.end()
    return None


def _quoted_object(
    text: str, pos: int, patterns: CuePatterns, timeout: float | None
) -> regex.Match[str] | None:
    """A preposition at ``pos`` and the marks of its object (بـ"..."), not of a platform.

    ``patterns.object_quote``, less the marks that hold where words were posted (على
    "تويتر": :func:`_platform_in_marks`).
    """
    m = patterns.object_quote.match(text, pos, timeout=timeout)
    return None if m is None or _platform_in_marks(text, m.end(), patterns) else m


def _platform_in_marks(text: str, pos: int, patterns: CuePatterns) -> bool:
    """Whether the marks that open at ``pos`` hold the name of a platform (على "تويتر").

    وكتب سكوت على "تويتر"، الاثنين: "...": where the words were posted, no object in
    marks; what was said follows.

    Example:
        >>> patterns = cue_patterns(default_lexicon())
        >>> _platform_in_marks('على "تويتر"،', 4, patterns)
        True
        >>> _platform_in_marks('على "الحصار"', 4, patterns)
        False
    """
    close = _closes_soon(text, pos, _PLATFORM_WORDS)
    return close is not None and text[pos + 1 : close - 1].strip() in patterns.lists["platform"]


def complementizer_at(
    text: str, pos: int, patterns: CuePatterns, timeout: float | None = None
) -> regex.Match[str] | None:
    """``patterns.complementizer.match(text, pos)``, told without the call where it cannot be.

    The pattern opens with spaces and a word of its lists: where the run of letters after
    the spaces at ``pos`` is none (:func:`~quotekit.patterns.may_open`), or is a
    preposition that no complementizer follows, there is no match, and most places are so.

    Example:
        >>> patterns = cue_patterns(default_lexicon())
        >>> complementizer_at("قال انه", 3, patterns).group("comp")
        'انه'
        >>> complementizer_at("قال الوزير", 3, patterns) is None
        True
    """
    run = _NEXT_RUN.match(text, pos)
    assert run is not None  # the pattern matches the empty string
    return _complementizer_after(text, pos, run.group(1), run.end(), patterns, timeout)


def _complementizer_at_token(
    text: str, pos: int, tok: str, patterns: CuePatterns, timeout: float | None
) -> regex.Match[str] | None:
    """:func:`complementizer_at` at ``pos``, where the ``TOKEN`` match ``tok`` starts.

    The walks that ask at each token they read have its run of letters already: the
    token itself, less a domain's ending (بيت.كوم), or none at punctuation; no
    ``_NEXT_RUN`` match is made for it.
    """
    word = tok.partition(".")[0] if tok[0].isalnum() else ""
    return _complementizer_after(text, pos, word, pos + len(word), patterns, timeout)


def _complementizer_after(
    text: str, pos: int, word: str, stop: int, patterns: CuePatterns, timeout: float | None
) -> regex.Match[str] | None:
    """:func:`complementizer_at` with the run of letters after ``pos`` read already.

    ``word`` is ``_NEXT_RUN``'s group 1 at ``pos`` (after its spaces), ``stop`` its end.
    """
    if not (
        may_open(patterns.complementizer_words, word)
        and _complementizer_may_follow(text, stop, word, patterns)
    ):
        return None
    return patterns.complementizer.match(text, pos, timeout=timeout)


def _complementizer_may_follow(text: str, stop: int, word: str, patterns: CuePatterns) -> bool:
    """Whether ``complementizer`` may match at the run ``word``, one that ends at ``stop``.

    At a preposition of ``complementizer_preps`` (الى، على، في ...) the pattern needs spaces
    and then a complementizer (الى انه): one space and two letters that start none (في
    الوقت) rule it out, the common case, with no call; more spaces are left to it.
    """
    if word not in patterns.complementizer_preps:
        return True
    if text.startswith(" ", stop):
        head = text[stop + 1 : stop + 3]
        return head in patterns.complementizer_heads or head[:1] in " \t"
    return text.startswith("\t", stop)


def _mark_may_follow(text: str, stop: int, patterns: CuePatterns) -> bool:
    """Whether ``object_quote`` may match at a preposition that ends at ``stop`` (بـ"...").

    It needs a quote mark after the preposition and spaces; a list of words that are not
    all letters (``object_quote_words`` is None) leaves every case to the pattern.
    """
    if patterns.object_quote_words is None:
        return True
    ch = text[stop : stop + 1]
    if ch == " " or ch == "\t":
        ch = text[stop + 1 : stop + 2]
        if ch == " " or ch == "\t":
            return True  # more spaces: the pattern reads them
    return ch in MARKS


def abbreviation_point(text: str, i: int) -> bool:
    """Whether the point at ``i`` ends a one-letter title or initial of a name.

    د. for دكتور, م. for مهندس, ج. in ماري ج. بلايج, هـ. in سيف الله هـ.: an Arabic
    letter alone before a point ends no sentence (no word of one letter does).

    Example:
        >>> abbreviation_point("وقال د. السند", 6), abbreviation_point("في البلد. وقال", 8)
        (True, False)
        >>> abbreviation_point("إن سيف الله ه. احتجز", 13), abbreviation_point("فيتامين C. ثم", 9)
        (True, False)
    """
    return (
        0 < i < len(text) - 1
        and text[i - 1] in _LETTERS
        and (i == 1 or not text[i - 2].isalnum())
        and text[i + 1] == " "
    )


#: The Arabic letters (a word of one letter before a point is a title or an initial).
_LETTERS = frozenset(ARABIC_LETTERS)


def point_in_word(text: str, i: int) -> bool:
    """Whether the point at ``i`` is part of a name: a domain's or an acronym's, or a number's.

    برانكرات.كوم (a domain ending), آي.إس.آي (letters of an acronym, two or three), 3.5.
    A point with no space after it between two words is a missing space otherwise
    (للقرار.ومن المتوقع): the sentence ends there.

    Example:
        >>> point_in_word("شركة برانكرات.كوم،", 13), point_in_word("ايفركور اي.اس.اي", 10)
        (True, True)
        >>> point_in_word("دعمه للقرار.ومن المتوقع", 11), point_in_word("في البلد. وقال", 8)
        (False, False)
        >>> point_in_word("قدرها مليون ريالا.من جانبه", 17)
        False
    """
    if not (0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()):
        return False
    left = LAST_WORD.search(text, max(0, i - _NAME_PART), i)
    right = WORD.match(text, i + 1)
    if left is None or right is None:
        return False
    before, after = left.group(1), right.group()
    short = sorted((len(before), len(after)))
    return (
        (before.isdigit() and after.isdigit())
        # جي.آي.بي، إس.إيه: letters of an acronym, but not ريالا.من (a missing space)
        or (short[0] <= _ACRONYM_PART and short[1] <= _ACRONYM_PART + 1)
        or (len(before) == 1 and before in TITLE_LETTERS)  # د.محمد
        or after in _DOMAINS
    )


#: How far back the word that ends at a point is read.
_NAME_PART = 40
#: The most letters of one part of an acronym written with points (اي.اس.اي).
_ACRONYM_PART = 2


#: Letters that stand for a title before a name, with a point: د. (دكتور), م. (مهندس),
#: أ. (أستاذ, normalised to ا).
TITLE_LETTERS = frozenset("دما")


def _closes_soon(text: str, pos: int, most: int = _NAME_IN_MARKS) -> int | None:
    """The end of a quoted name of at most ``most`` tokens opening at ``pos``, or None."""
    for count, m in enumerate(TOKEN.finditer(text, pos + 1, min(len(text), pos + 24 * most))):
        tok = m.group()
        if tok in MARKS:
            return m.end()
        if count >= most or (
            tok[0] in _SENTENCE_END and not (tok == "." and point_in_word(text, m.start()))
        ):
            return None  # لـ"العربية.نت": a domain's point ends no sentence
    return None


def _names_next(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` announces a name in marks: ل (لـ«رؤيا»), قناة, لقناة, وكالة."""
    if word == "ل":
        return True
    lists = patterns.lists
    if word in lists["latin_letter"]:
        return False  # لبي بي سي "...": the acronym is the name, the marks hold speech
    return any(
        w in lists["name_intro"] or w in lists["addressee_head"]
        for w in (word, word[1:] if word[:1] in "لب" else "")
    )


def _titles_next(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` announces a title in marks, however long (عنوان، تحت شعار)."""
    return among(word, patterns.lists["title_intro"], "لب")


def _long_name(text: str, pos: int, patterns: CuePatterns, timeout: float | None) -> int | None:
    """The end of a long name in marks opening at ``pos``, or None.

    Its words are all nouns (:func:`quotekit.morphology.only_nouns`), and a complementizer
    follows within its sentence: the subject goes on past it.
    """
    closed = _closes_soon(text, pos, _TITLE_IN_MARKS)
    if closed is None or not only_nouns(WORD.findall(text, pos + 1, closed - 1)):
        return None
    for count, m in enumerate(TOKEN.finditer(text, closed, min(len(text), closed + 200))):
        tok = m.group()
        if tok[0] in _SENTENCE_END or tok in MARKS or count > _AFTER_LONG_NAME:
            return None
        if complementizer_at(text, m.start(), patterns, timeout):
            return closed
    return None


def _joined_speech(text: str, pos: int) -> bool:
    """Whether another quote joined by و follows ``pos`` and ends the sentence.

    قال الوزير "..." و"...". is speech; صحيفتا "الغارديان" و"التايمز" إن are names in
    the subject, for the clause goes on after them.
    """
    joined = AND_QUOTE.match(text, pos)
    if joined is None:
        return False
    closed = _closes_soon(text, joined.end())
    return closed is not None and _ends_clause(text, closed)


def _credited_after(text: str, pos: int, patterns: CuePatterns) -> bool:
    """Whether a source phrase follows ``pos`` after a comma (، وفقا لما نقلته الشبكة).

    A short quote with the source that relays it after it is speech, as one that ends
    the sentence is: قال القاضي "هذه جريمة خطيرة"، وفقا لما نقلته الشبكة.
    """
    m = COMMA_WORD.match(text, pos)
    return m is not None and m.group(1) in patterns.source_words


#: A comma and the word after it (group 1): who speaks after a comma (، بحسب), or what
#: follows closing marks (، التي).
COMMA_WORD = regex.compile(
    r"""
    [ \t]*,[ \t]*     # the comma, spaces around it maybe
    (\w+)             # the word after it
    """,
    regex.VERBOSE,
)


def _ends_clause(text: str, pos: int) -> bool:
    """Whether only punctuation (or nothing) follows ``pos`` in its sentence."""
    rest = text[pos : pos + 3].lstrip(" \t")
    return not rest or rest[0] in ".!?\n"


def _through_subject(
    text: str,
    end: int,
    window: int,
    patterns: CuePatterns,
    timeout: float | None,
    relay: bool = False,
) -> tuple[str, tuple[int, int], int] | None:
    """Walk a short noun phrase after the cue to a complementizer, colon or quote.

    Returns the rule, the subject's stretch and where the content starts.
    """
    words = 0
    prev = ""
    limit = min(len(text), end + 40 * window)
    not_complementizer = patterns.lists["not_complementizer"]
    context_words = patterns.context_words
    source_words = patterns.source_words
    speech_words = patterns.speech_words
    pos = end  # where the stretch before the next token starts
    newline = text.find("\n", pos, limit)  # the first line break from there
    if newline < 0:
        newline = limit  # none: no token starts past the limit
    subject_end = -1  # where a relayed source (نقلا عن X) cut the subject short, if one did
    set_off = -1  # the end of a short stretch set off by commas, counted as one word
    plain = patterns.walk_words  # a word not in it meets none of the tests but the count
    relatives = patterns.lists["relative"]
    contrasts = patterns.lists["but"]
    whiles = patterns.lists["while"]
    for m in TOKEN.finditer(text, end, limit):
        start, stop = m.span()
        if start < pos:
            continue  # inside a short quoted name, passed over
        if newline < start:
            return None  # a line break before the token
        tok = m.group()
        alnum = tok[0].isalnum()
        if alnum and plain is not None and tok not in plain:  # most tokens: counted only
            if prev == "," and words and start >= set_off and _opens_clause(tok):
                return None  # as below
            if start >= set_off or prev == ",":
                words += 1  # as below
            if words > window:
                return None
            pos = stop
            prev = tok
            continue
        if not alnum:  # punctuation or a quote mark: a word meets none of these tests
            if tok in _ASIDE_OPENS and words:
                close = text.find(_ASIDE_OPENS[tok], m.end(), min(limit, m.end() + _ASIDE))
                if close > 0 and "\n" not in text[m.end() : close]:
                    # لراديو هيئة الإذاعة (بي.بي.سي)، اقتصادي معروف - رفض نشر اسمه -: an aside
                    pos = close + 1
                    continue
            if tok == "." and (abbreviation_point(text, start) or point_in_word(text, start)):
                pos = m.end()
                continue  # وقال د. السند، شركة برانكرات.كوم: a title's point or a name's
            if tok[0] in _SENTENCE_END or tok == ";":
                return None
            if words and tok == ":":
                return "subject-colon", (end, _stop(subject_end, start)), m.end()
            if tok in MARKS:
                closed = _closes_soon(text, start) if tok in _OPENING_QUOTES else None
                if (
                    closed is not None
                    and words
                    and (
                        _ends_clause(text, closed)
                        or _joined_speech(text, closed)
                        or _credited_after(text, closed, patterns)
                    )
                    and not _names_next(prev, patterns)
                ):
                    # A short quote that ends the sentence, or that another quote joins (قال
                    # الوزير "..." و"..."), is speech, not a name in the phrase.
                    return "subject-quote", (end, _stop(subject_end, start)), start
                if closed is None and _titles_next(prev, patterns):
                    # الذي حمل عنوان "HAMMERTOSS: Stealthy Tactics ...": a long title, still a name.
                    closed = _closes_soon(text, start, _TITLE_IN_MARKS)
                if closed is None and words and tok in _OPENING_QUOTES:
                    # في كلمة أمام "منتدى المالية العامة في الدول العربية" في دبي، إن: a
                    # long name, all nouns, and the clause goes on to its complementizer.
                    closed = _long_name(text, start, patterns, timeout)
                if closed is None:
                    if words and _opens(text, start):
                        return "subject-quote", (end, _stop(subject_end, start)), start
                    return None
                pos = closed
                newline = text.find("\n", pos, limit)
                if newline < 0:
                    newline = limit
                words += 1
                continue
        if (
            words
            and (context_words is None or (alnum and tok in context_words))  # see may_open
            # ورغم أن، وبعد أن: a conjunction's own أن, not the cue's
            and not among(prev, not_complementizer, "وف")
        ):
            word = tok if alnum else ""
            # Read only where a pattern matched: بي إن بي is no إن (an acronym).
            c = _complementizer_at_token(text, start, tok, patterns, timeout)
            if c and not _in_acronym(text, m, prev, patterns):
                return "subject-complementizer", (end, _stop(subject_end, start)), c.end()
            if may_open(patterns.object_quote_words, word) and _mark_may_follow(
                text, stop, patterns
            ):
                o = _quoted_object(text, start, patterns, timeout)
                if (
                    o
                    and o.group("prep") != "ل"  # لـ"X" after a subject names an addressee
                    and not _in_acronym(text, m, prev, patterns)
                ):
                    return "subject-quoted-object", (end, start), o.end()
        if words and subject_end < 0 and tok in source_words:  # else no source cue starts
            source = _relayed_source(text, m, patterns)
            if source is not None:
                # وقالت مصادر أمنية نقلا عن مسؤولين إن، وقال التحالف بحسب ما نقلت عنه قناة
                # X "...": the subject ends where the source it cites begins; the walk goes on
                # through that source to the complementizer.
                subject_end, words, pos = pos, max(words, window - _RELAYED), source
                continue
            if _source_word(tok, patterns):
                subject_end = pos  # ورأت المجموعة وفق بيان أصدرته أن: a setting, no subject
        if alnum:
            if words and prev == "," and tok in whiles and start >= set_off:
                # ، فيما بدأت أخرى ... على أن: a clause of its own, past the subject (not an
                # aside set off by commas: ، فيما كان يزور المدينة، إن)
                return None
            if words and prev == "," and start >= set_off and _opens_clause(tok):
                # كشف عنه، ولم يرغب أن ...، أشادوا بكرم ...، وما يثير الإعجاب أن: after a
                # comma, a negation of a verb or ما opens a clause of its own past the
                # subject (not an aside set off by commas); its أن is not this cue's
                return None
            if words and tok in contrasts and start >= set_off:
                # لكنهم في كلا الحالين يرجعون ... إلى أن: a clause set against the one
                # before opens; no subject runs on through it (an aside set off by commas
                # may hold one: قال مسؤول، لكنه طلب عدم ذكر اسمه، إن)
                return None
            if (
                words
                and tok in speech_words
                # inside a stretch set off by commas, an aside's verb is passed (، رفض ذكر
                # اسمه،), not one that و joins to the clause (وقالت المصادر، وأكد النائب،)
                and (start >= set_off or (prev == "," and tok[0] == "و"))
                and not _passes(text, m, prev, patterns, relay=relay)
            ):
                return None  # another verb of saying: not this cue's subject
            if start >= set_off or prev == ",":
                words += 1  # a short stretch set off by commas counts as one word
                if words > 1 and tok in relatives and window >= _LONG:
                    # وقالت شبكة فيس بوك التي تحولت لمنصة تنشر ...، إنها: a relative
                    # clause of the subject up to its comma counts as one word
                    # (not for lemmas with a common reading that is no report: سجل، بين)
                    set_off = _relative_end(text, m.end(), patterns, timeout)
            if (
                relay
                and tok in patterns.lists["relay_preposition"]
                and _source_next(text, m, patterns)
            ):
                # نقلت وكالة الأنباء الرسمية عن مصدر طبي آخر: two phrases, each short (not
                # في تقرير عن الأوضاع: what the report is about)
                words = 1
            if words > window:
                return None
        elif tok == "," and words:
            set_off = _set_off_end(text, m.end(), patterns, timeout)
        pos = m.end()
        prev = tok
    return None


def _opens_clause(word: str) -> bool:
    """Whether ``word`` opens a clause of its own: a negation of a verb, ما or الأمر.

    Or ف joined to a verb (، فيضاف إليها، فيرى): after a comma no name, title or
    apposition of a subject opens so (و may: وهو عالم ...، ويشرف على موقع), the words are
    the writer's next clause.

    Example:
        >>> [_opens_clause(w) for w in ("ولم", "لا", "وما", "الخميس", "مالك", "فيضاف")]
        [True, True, True, False, False, True]
    """
    return word in _CLAUSE_OPENERS or joined_verb(word, "ف")


def joined_verb(word: str, conjunction: str) -> bool:
    """Whether ``word`` is ``conjunction`` (و or ف) written on a verb (وطالبت، فيضاف).

    Both ``word`` and what follows the letter read as verbs: not a verb that opens with
    the letter (وصلت، فهم) nor a noun (فريق).

    Example:
        >>> joined_verb("فيضاف", "ف"), joined_verb("وطالبت", "و"), joined_verb("فريق", "ف")
        (True, True, False)
    """
    return word[:1] == conjunction and word_class(word) == "verb" and word_class(word[1:]) == "verb"


#: Words that open a clause right after a comma, with و or without: the negations of a
#: verb (لا، لم، لن), ما (، وما يثير الإعجاب أن، ، مما يعني أن) and الأمر of the writer's
#: ، الأمر الذي يعني أن.
_CLAUSE_OPENERS = frozenset(
    c + w for w in ("لا", "لم", "لن", "ما", "مما", "الامر") for c in ("", "و")
)


def _long_subject(
    norm: str, start: int, end: int, patterns: CuePatterns, timeout: float | None, relay: bool
) -> tuple[str, tuple[int, int], int] | None:
    """A subject longer than a short window allows, closed by a comma before its clause.

    وبين رئيس اللجنة ... المهندس جديع بن نهار القحطاني، أنه; أظهرت أحدث الأرقام التي
    كشفتها السلطات في تركيا، الاثنين، أن: a verb with a common reading that is no report
    (:data:`_LONG`) takes a long subject, relative clause and all, when a comma ends it
    right before the complementizer; the subject tests of a short window still apply.
    Not after a preposition's spelling with nouns joined by و (بين مجلس الأزياء العربي
    ومجلس الأزياء البريطاني، على أن: between the two).
    """
    if not _comma_then_complementizer(norm, end, patterns, timeout):
        return None  # the common case, told without a walk
    through = _through_subject(norm, end, _LONG_WINDOW, patterns, timeout, relay)
    if through is None or through[0] != "subject-complementizer":
        return None
    subject = norm[through[1][0] : through[1][1]]
    if not subject.rstrip(" \t").endswith(","):
        return None
    if is_preposition(norm[start:end], "وف") and any(w[0] == "و" for w in WORD.findall(subject)):
        return None
    return through


def subject_walk(
    norm: str, hit: Hit, patterns: CuePatterns
) -> tuple[str, tuple[int, int], int] | None:
    """The subject walk of a verb of saying that no context rule took, as the rules walk.

    وتابع المزارعون "..."، وكتب X على حسابه: "...": the verb that speech in
    marks takes as its cue (see :mod:`quotekit.extract`) may still have its subject after
    it; the walk reads it up to the complementizer, colon or mark, in the verb's window.
    Returns the rule, the subject's stretch and where the content starts, or ``None``.
    """
    relay = hit.form.lemma in patterns.lists["relay"]
    return _through_subject(norm, hit.end, hit.form.window, patterns, None, relay)


def _comma_then_complementizer(
    norm: str, end: int, patterns: CuePatterns, timeout: float | None
) -> bool:
    """Whether a comma, then a complementizer, follow ``end`` in its paragraph.

    Within the reach of a long walk (:data:`_LONG_WINDOW` words of 40 characters at most);
    a point may be a title's (د. محمد), which the walk tells.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> patterns = cue_patterns(default_lexicon())
        >>> _comma_then_complementizer("بين رئيس اللجنة, انه", 3, patterns, None)
        True
        >>> _comma_then_complementizer("بين رئيس اللجنة! و, انه", 3, patterns, None)
        False
    """
    limit = min(len(norm), end + 40 * _LONG_WINDOW)  # as far as the walk reads
    for stop in "!?\n":
        found = norm.find(stop, end, limit)
        if found >= 0:
            limit = found
    comma = norm.find(",", end, limit)
    while comma >= 0:
        if complementizer_at(norm, comma + 1, patterns, timeout) is not None:
            return True  # (the pattern reads the spaces after the comma)
        comma = norm.find(",", comma + 1, limit)
    return False


#: The window of a long subject after a verb of a short window (see :func:`_long_subject`).
_LONG_WINDOW = 25


def _source_next(text: str, m: re.Match[str], patterns: CuePatterns) -> bool:
    """Whether a source noun or a given name follows the token ``m`` (عن مصدر، عن سامي)."""
    after = _next_word(text, m.end())
    return after is not None and (after in patterns.lists["speaker_head"] or is_given_name(after))


def _stop(subject_end: int, here: int) -> int:
    """Where a walked subject ends: where a relayed source cut it short, else ``here``."""
    return subject_end if subject_end >= 0 else here


def _relayed_source(text: str, m: re.Match[str], patterns: CuePatterns) -> int | None:
    """Where the source starts after a relaying phrase at ``m``, else None.

    A source phrase (نقلا عن X), or a source word with ما and its verb (بحسب ما نقلت عنه
    X); a lone بحسب relays nothing.
    """
    phrase = _match_phrase(text, m.start(), patterns.phrases_at(m.group(), _second(text, m.end())))
    if phrase is not None:
        return (
            _past_relative_verb(text, phrase[0], patterns) if phrase[1].form == "source" else None
        )
    if not _source_word(m.group(), patterns):
        return None
    source = _past_relative_verb(text, m.end(), patterns)
    return source if source != m.end() else None


def _source_word(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is a source cue of one word (بحسب، وفق)."""
    form = patterns.forms.get(word)
    return form is not None and form.form == "source"


def _past_relative_verb(text: str, pos: int, patterns: CuePatterns) -> int:
    """Where the source starts after ``ما`` and its verb of saying at ``pos``.

    وقال التحالف بحسب ما نقلت عنه قناة X: the relative ما, its verb and a pronoun that
    refers back to ما or to the speaker (عنه، به) stand between the phrase and its source.
    Returns ``pos`` unchanged when no such ما follows.

    Example:
        >>> text = " ما نقلت عنه قناة الإخبارية"
        >>> text[_past_relative_verb(text, 0, cue_patterns(default_lexicon())):]
        ' قناة الإخبارية'
    """
    words = list(islice(TOKEN.finditer(text, pos, min(len(text), pos + 40)), 3))
    if len(words) < 2 or words[0].group() != "ما" or words[1].group() not in patterns.speech_words:
        return pos
    if len(words) > 2 and words[2].group() in RESUMPTIVE_OBJECTS:
        return words[2].end()
    return words[1].end()


def _set_off_end(text: str, pos: int, patterns: CuePatterns, timeout: float | None) -> int:
    """Where a short stretch that a comma opens at ``pos`` closes with another comma.

    كشف رئيس الغرفة، يحيى آل اسحاق، السبت، أن: an apposition, a day or a place set off
    by commas inside a subject, or a clause of state (وهو طالب). A stretch with a
    complementizer is a clause of its own (علما أن غالبيتهم،). Returns -1 when no comma
    closes it within a few words.
    """
    most = _SET_OFF
    limit = min(len(text), pos + 24 * _SET_OFF_CLAUSE)
    if text.find(",", pos, limit) < 0:
        return -1  # no comma to close it: one call in six, with no token read
    for count, m in enumerate(TOKEN.finditer(text, pos, limit)):
        tok = m.group()
        if tok == ",":
            return m.start() if count else -1
        if count == 0 and (_pronoun(tok, patterns) or tok in patterns.lists["but"]):
            # كشف الضحية، وهو طالب يبلغ 21 عاما، أنه: a clause of state; قال مسؤول، لكنه طلب
            # عدم ذكر اسمه، إن: an aside of contrast
            most = _SET_OFF_CLAUSE
        if not tok[0].isalnum() or count >= most:
            return -1
        if _complementizer_at_token(text, m.start(), tok, patterns, timeout):
            return -1
    return -1


def _relative_end(text: str, pos: int, patterns: CuePatterns, timeout: float | None) -> int:
    """Where a relative clause of a cue's subject that opens at ``pos`` ends at a comma.

    Its words are the subject's description, not words between the cue and its clause: the
    comma that closes it, in the same sentence and within ``_RELATIVE_CHARS``, with no
    complementizer before it (الذي قال إن: a clause that reports on its own). Returns -1
    when none does.

    Example:
        >>> text = "زفن اولريش الذي تولى حراسة مرمى بايرن, ان"
        >>> text[_relative_end(text, 15, cue_patterns(default_lexicon()), None):]
        ', ان'
    """
    limit = min(len(text), pos + _RELATIVE_CHARS)
    comma = text.find(",", pos, limit)
    if comma < 0 or any(c in text[pos:comma] for c in _SENTENCE_END):
        return -1
    for m in WORD.finditer(text, pos, comma):
        if complementizer_at(text, m.start(), patterns, timeout):
            return -1
    return comma


#: How far a relative clause of a subject is read for the comma that closes it.
_RELATIVE_CHARS = 160
#: The most words of a stretch set off by commas that a subject walk counts as one, and of
#: one that opens with a pronoun (a nominal clause that describes the subject).
_SET_OFF = 4
_SET_OFF_CLAUSE = 8


def _in_acronym(text: str, m: re.Match[str], prev: str, patterns: CuePatterns) -> bool:
    """Whether the token ``m`` is a letter of an acronym (بنك بي إن بي باريبا، سي.إن.إن).

    A Latin letter's name (``latin_letter``) before it and another after it, or the one
    before joined to it by a point (سي.إن.إن): the إن of such a name is the letter N,
    not a complementizer.
    """
    letters = patterns.lists["latin_letter"]
    if m.group() not in letters or prev not in letters:
        return False
    if text[m.start() - 1 : m.start()] == ".":
        return True  # سي.إن.إن: letters joined by points
    if _doubled_letter(text, m.start(), m.group(), prev, letters):
        return True  # سي إن إن، أن: the letter doubled after another letter
    after = TOKEN.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    return after is not None and after.group() in letters


def doubled_letter(earlier: str, prev: str, word: str, letters: frozenset[str]) -> bool:
    """Whether ``word`` names again the letter ``prev`` names, after another letter ``earlier``.

    سي إن إن: an acronym doubles a letter (CNN), and the second إن of the three names is
    the letter N again, no complementizer; a third إن after them is one (سي إن إن إن
    الرئيس), as the letter before the pair is no إن. Read on the text by the subject walk
    and on a source phrase's words (:mod:`quotekit.mentions`).

    Example:
        >>> letters = frozenset(("سي", "إن"))
        >>> doubled_letter("سي", "إن", "إن", letters), doubled_letter("إن", "إن", "إن", letters)
        (True, False)
    """
    return word == prev and earlier in letters and earlier != word


def _doubled_letter(text: str, start: int, word: str, prev: str, letters: frozenset[str]) -> bool:
    """Whether ``word`` at ``start`` repeats the letter's name ``prev``: :func:`doubled_letter`."""
    if word != prev:
        return False
    before = LAST_WORD.search(text, max(0, start - _LETTERS_BACK), start)
    if before is None:
        return False
    earlier = LAST_WORD.search(text, max(0, before.start() - _LETTERS_BACK), before.start())
    return earlier is not None and doubled_letter(earlier.group(1), prev, word, letters)


#: How far back (in characters) the names of an acronym's letters are read (إكس، دبليو).
_LETTERS_BACK = 8


def _passes(text: str, m: re.Match[str], prev: str, patterns: CuePatterns, *, relay: bool) -> bool:
    """Whether a subject walk goes on past a word of saying ``m`` that is no new cue.

    It does past a setting (في تغريدة), a bare verbal noun that is the object (ووصف X
    انتقاد Y بأنه), a past form that a word before it governs as a noun (إحدى أبرز
    المليشيات: :func:`_governed_noun`), a verb in a relative clause (المرصد الذي يتابع
    العنف ... إن) and a
    lemma that is mostly a preposition after ما (``strict_subject``: ما بين الخصوصية), but
    not past one that its own complementizer follows (الذي بين أن), a verbal noun after a
    preposition (من تحذيره بأن), with a pronoun (جدد تأكيده على أن) or after a verb that
    relays (نقلت الوكالة قول الوزير إن: the verbal noun holds the speaker).
    """
    if prev in _SETTING_PREPS or prev in _NEGATORS or prev in patterns.lists["not_doing"]:
        return True  # في تغريدة; مصادر لم تذكر اسمها، فضل عدم ذكر اسمه: no new cue
    form = patterns.forms[m.group()]
    if form.form == "past" and _governed_noun(prev, text, m.start(), m.end(), patterns):
        return True  # وهو من أبرز الخبراء، إحدى أبرز المليشيات: a noun, no verb
    if (
        prev == ","
        and form.form == "past"
        and m.group().endswith("ا")
        and _next_word(text, m.end()) == "على"
    ):
        return True  # ، ردا على استفسارات من الصحيفة،: the verbal noun of a frame, no dual past
    if form.form == "participle" and _read_as_noun(m.group()):
        # تتخذ من لندن مقرا لها إن: a noun, unless its complementizer follows (مقرا بأن)
        return complementizer_at(text, m.end(), patterns) is None
    if form.form == "masdar":
        return (
            not relay
            and form.gender is None
            and prev not in _PREPOSITION_WORDS
            and prev not in _SETTING_PREPS
        )
    if not (
        prev in patterns.lists["relative"]
        # تتراوح ما بين الخصوصية: the preposition, not the verb بيّن
        or (prev == "ما" and form.lemma in patterns.lists["strict_subject"])
    ):
        return False
    return complementizer_at(text, m.end(), patterns) is None  # its own أن: a new cue


#: A verbal noun after these is the setting of the statement (في تغريدة), not a new cue.
_SETTING_PREPS = frozenset(("في", "خلال", "عبر"))


#: The tanween, \u064b-\u064d (ARABIC FATHATAN, DAMMATAN, KASRATAN): the mark of an
#: indefinite noun or adjective, which no finite verb carries.
_TANWEENS = "\u064b\u064c\u064d"
_TANWEEN = re.compile(f"[{_TANWEENS}]")


#: The damma, \u064f (ARABIC DAMMA): on a verb's first letter, the mark of the passive.
_DAMMA = "\u064f"
#: The letters that open a present verb (its person prefix), normalised.
_PRESENT_PREFIX = frozenset("يتنا")


def scan_mapped(
    mapped: NormalizedText, lexicon: Lexicon, *, timeout: float | None = None
) -> list[Hit]:
    """:func:`scan` of a mapped text, less the finite forms its marks say are no cue.

    The normaliser removes the marks, so وصفاً (a description) reads as وصفا (they both
    described) and حذراً (cautious) as حذرا: where the original writes the tanween on the
    word, it is a noun or an adjective, no verb of saying. Where it writes the passive
    (ذُكر أن، يُتوقع أن، ووُصفت المحادثات بأنها: :func:`_written_passive`), no one is named
    as the one who said it: the verb's subject is what was said or described.

    Example:
        >>> from quotekit.normalization import normalize_mapped
        >>> mapped = normalize_mapped('وأصدرت الوزارة وصفاً للقطات "الهجوم".')
        >>> scan_mapped(mapped, default_lexicon())
        []
        >>> mapped = normalize_mapped("وقال الوزير إن الخطة جاهزة")
        >>> [h.rule for h in scan_mapped(mapped, default_lexicon())]
        ['subject-complementizer']
        >>> mapped = normalize_mapped("ووُصفت المحادثات بأنها الفرصة الأخيرة")
        >>> scan_mapped(mapped, default_lexicon())
        []
    """
    hits = scan(mapped.text, lexicon, timeout=timeout)
    # a search of the whole text for each mark (``in``, a tight scan), as for the damma:
    # a pattern would test a class at every character
    tanween = any(mark in mapped.original for mark in _TANWEENS)
    damma = _DAMMA in mapped.original
    if not (tanween or damma):
        return hits  # most texts write neither mark: nothing to read again
    return [
        hit
        for hit in hits
        if not (
            (tanween and _written_as_noun(hit, mapped)) or (damma and _written_passive(hit, mapped))
        )
    ]


def _written_passive(hit: Hit, mapped: NormalizedText) -> bool:
    """Whether ``hit`` is a finite form that the original writes in the passive voice.

    A past verb's first letter takes a damma only in the passive (ذُكر، وُصفت، أُعلن). So
    does a present verb's prefix where the active takes a fatha: the lemmas that open with
    ت or ا (يُتوقع، يُعتقد، يُعتبر). Not the others' (يُشير، يُؤكد: the active prefix of
    their forms II–IV takes the damma too, and the spelling does not tell them apart).
    """
    form = hit.form
    if form.form not in ("past", "present"):
        return False
    present = form.form == "present"
    if present and form.lemma[:1] not in ("ت", "ا"):
        return False
    start, end = mapped.span_to_original(hit.start, hit.end)
    word = mapped.original[start:end]
    at = word.find(_DAMMA)
    if at < 1:
        return False
    letters = mapped.text[hit.start : hit.end]
    # the letter the damma is on: the letters before it, marks not counted
    k = sum(1 for ch in word[:at] if not unicodedata.combining(ch)) - 1
    first = 1 if form.conjoined else 0  # after و or ف
    if present and letters[first : first + 1] in ("س", "ل"):
        first += 1  # وسيُعلن، ليُعتبر: the future's س, the subjunctive's ل
    return k == first and (not present or letters[first : first + 1] in _PRESENT_PREFIX)


def _written_as_noun(hit: Hit, mapped: NormalizedText) -> bool:
    """Whether ``hit`` is a finite form that the original writes with tanween."""
    if hit.form.form not in ("past", "present"):
        return False
    start, end = mapped.span_to_original(hit.start, hit.end)  # its marks taken along
    return _TANWEEN.search(mapped.original, start, end) is not None


def scan(norm: str, lexicon: Lexicon, *, timeout: float | None = None) -> list[Hit]:
    """Find the cues of a text normalised with the ``extraction`` preset.

    The internal entry point that extraction shares with :func:`find_cues`.

    Example:
        >>> hits = scan("وقال الوزير ان الخطة جاهزة", default_lexicon())
        >>> [(h.start, h.end, h.rule) for h in hits]
        [(0, 4, 'subject-complementizer')]
    """
    patterns = cue_patterns(lexicon)
    if patterns.context_words is not None:
        # Lists of letters only: the context patterns are linear (a call reads the spaces
        # and the words of one match, see may_open), and the timeout, a microsecond a
        # call, guards only the patterns of a lexicon whose lists hold more.
        timeout = None
    forms = patterns.forms
    phrases = patterns.phrases
    by_second = patterns.by_second
    run_on_seconds = patterns.run_on_seconds
    second_letters = patterns.second_letters
    phrase_only = patterns.phrase_only
    cue_words = patterns.cue_words
    firsts_before = patterns.firsts_before
    by_second_only = patterns.by_second_only
    hits: list[Hit] = []
    skip_to = 0
    for start, word in words_in(norm, patterns.scan_words):
        if word in firsts_before:
            # The second word of a phrase whose first is looked for through it (في تصريح):
            # the first, if it stands right before, is read here, where it would be found.
            first = _first_before(norm, start, firsts_before[word])
            if first >= skip_to:
                found = _match_phrase(
                    norm, first, patterns.phrases_at(norm[first : start - 1], word)
                )
                if found is not None:
                    skip_to = found[0]
                    hit = _phrase_hit(norm, first, found[0], found[1], patterns)
                    if hit is not None:
                        hits.append(hit)
            if word not in cue_words or word in by_second_only:
                continue
        if start < skip_to:
            continue
        end = start + len(word)
        if word in phrases:  # على، وفقا: most are followed by no phrase of theirs
            second = ""  # _second, written out: it runs at one word found in three
            letters = second_letters.get(word)  # what a second word of its phrases starts with
            if norm.startswith(" ", end) and (
                letters is None or norm[end + 1 : end + 2] in letters
            ):
                m = WORD.match(norm, end + 1)
                if m is not None:
                    second = m.group()
            # phrases_at finds nothing without one of these: no list made, no call
            loose = run_on_seconds.get(word)  # وفقا ل، على علم: the second may run on
            if (word, second) in by_second or (loose is not None and second.startswith(loose)):
                candidates = patterns.phrases_at(word, second)
                found = _match_phrase(norm, start, candidates) if candidates else None
                if found is not None:
                    end, form = found
                    skip_to = end
                    hit = _phrase_hit(norm, start, end, form, patterns)
                    if hit is not None:
                        hits.append(hit)
                    continue
            if word in phrase_only:
                continue  # no cue of one word
        entry = forms.get(word)
        if entry is None:
            continue
        if entry.form in _VERB_FORMS:
            hit = _verb_hit(norm, start, end, entry, patterns, timeout)
        else:
            hit = _phrase_hit(norm, start, end, entry, patterns)
        if hit is not None:
            hits.append(hit)
    return hits


def _first_before(norm: str, start: int, firsts: tuple[str, ...]) -> int:
    """Where the word of ``firsts`` that stands before the word at ``start`` starts, or -1.

    One space stands between them, and the first is a whole word (``WORD``), as ``scan``
    would have found it: ``_second`` of its end is the word at ``start``.
    """
    if start < 2 or norm[start - 1] != " ":
        return -1
    for first in firsts:
        at = start - 1 - len(first)
        if at >= 0 and norm.startswith(first, at) and (at == 0 or not norm[at - 1].isalnum()):
            return at
    return -1


def words_in(norm: str, wanted: frozenset[str]) -> list[tuple[int, str]]:
    """The start and text of each word of ``norm`` (``WORD``) that is in ``wanted``, in order.

    Most words are wanted by nobody, and a word never holds a space: the text is split at
    white space (``str.split``, no match object per word). Every wanted word is letters
    and digits, so the pieces that are one are picked out by ``filter`` (no Python call
    per piece); the pieces with punctuation, one in eight, are read one by one, with a
    pattern only when marks inside them leave more than one word. The two lists of finds
    are merged by position.

    Example:
        >>> words_in("وقال الوزير: قال", frozenset(("قال", "الوزير")))
        [(5, 'الوزير'), (13, 'قال')]
    """
    pieces = norm.split()
    whole = list(filter(wanted.__contains__, pieces))
    found = list(zip(_piece_starts(norm, whole), whole, strict=True))
    mixed: list[str] = []
    inner: list[list[str]] = []  # the words of each piece of ``mixed``
    for piece in filterfalse(str.isalnum, pieces):  # وقال: ، الوزير، "الخطة"
        bare = piece.strip(_EDGE_MARKS)
        if bare.isalnum():  # one word between marks: no pattern call
            if bare in wanted:
                mixed.append(piece)
                inner.append([bare])
            continue
        words = WORD.findall(piece)
        if not wanted.isdisjoint(words):
            mixed.append(piece)
            inner.append(words)
    if not mixed:
        return found
    for start, piece, words in zip(_piece_starts(norm, mixed), mixed, inner, strict=True):
        if len(words) == 1:  # وقال: one word and punctuation, found where it stands
            found.append((start + piece.index(words[0]), words[0]))
        else:
            found.extend(
                (m.start(), m.group())
                for m in WORD.finditer(norm, start, start + len(piece))
                if m.group() in wanted
            )
    found.sort()
    return found


#: Marks that often stand at the edges of a piece of text (none is a letter or digit).
_EDGE_MARKS = ',.:;!?"«»()[]-/%#_*'


def _piece_starts(norm: str, pieces: list[str]) -> list[int]:
    """Where each of ``pieces``, pieces of ``norm.split()`` in their order, starts.

    The first stretch equal to a piece with white space (or an end) on each side, from
    where the last piece ended, is that piece: an earlier one would be a piece of the
    list too (the lists hold every piece that passes their test, and an equal piece
    passes it).

    Example:
        >>> _piece_starts("قال الوزير قال", ["قال", "قال"])
        [0, 11]
    """
    size = len(norm)
    offset = 0  # where the last piece found ends
    starts = []
    for piece in pieces:
        start = norm.find(piece, offset)
        end = start + len(piece)
        while (start > 0 and not norm[start - 1].isspace()) or (
            end < size and not norm[end].isspace()
        ):
            start = norm.find(piece, start + 1)  # inside a longer piece
            end = start + len(piece)
        offset = end
        starts.append(start)
    return starts


def _second(norm: str, end: int) -> str:
    """The word after the word that ends at ``end`` and one space (``""`` when none)."""
    if norm[end : end + 1] != " ":
        return ""
    m = WORD.match(norm, end + 1)
    return m.group() if m else ""


def _opens(text: str, pos: int, cue_end: int = -1) -> bool:
    """Whether the quote mark at ``pos`` opens a quote.

    It does when no letter touches it from before and a word follows it (maybe after a
    space): ``قال "نحن`` opens, ``البلدين". `` closes. The cue that ends at ``cue_end``
    may touch it: ``وأضاف" كنت`` opens.
    """
    if pos > 0 and text[pos - 1].isalnum() and pos != cue_end:
        return False
    following = text[pos + 1 : pos + 3].lstrip(" ")
    return bool(following) and following[0].isalnum()


def _not_reported(
    norm: str,
    start: int,
    end: int,
    before: str,
    last: re.Match[str] | None,
    form: Form,
    patterns: CuePatterns,
) -> bool:
    """Whether what stands before a finite form at ``start:end`` says it reports nothing.

    ``before`` is the text right before it, ``last`` the word that ends there (if any).
    """
    if _GOVERNED.search(before):
        return True  # نتردد في وصفه، يعجز لساننا عن وصف: a verbal noun, no verb
    if last is None:
        return False
    word = last.group(1)  # the word right before the verb
    return (
        _negated(word, form, patterns)  # لم توضح الشركة ما إذا: nothing was said
        or word in _CONDITIONAL  # وإذا لاحظت رسائل لا تتذكر إرسالها: what would happen
        # وهو طالب يبلغ 21 عاما: a past verb does not follow a separate pronoun in news
        # prose (وهو يقول, a present, does), so a past form there is a noun
        or (form.form == "past" and _pronoun(word, patterns))
        # وهو ما يشير إلى أن، مما يعد، لا يوجد ما يشير: the relative ما is the verb's
        # subject (what the writer infers)
        or (word in _RELATIVE_MA and _after_ma(norm, start, end, before, last, form, patterns))
        # لا بد أن تعترف، ينبغي أن تلفت: a present after أن and a word of obligation or
        # possibility is what should or could be said, nothing said
        or (
            form.form == "present"
            and word in _SUBJUNCTIVE
            and among(_word_before_last(norm, start, before, last), patterns.lists["modal"], "وف")
        )
        # إحدى أبرز المليشيات، ومن أبرز الخبراء: the noun a word before it governs
        or (form.form == "past" and _governed_noun(word, norm, start, end, patterns))
    )


def _governed_noun(before: str, norm: str, start: int, end: int, patterns: CuePatterns) -> bool:
    """Whether the past form at ``[start, end)`` is the noun the word ``before`` it governs.

    A word of a share governs the noun after it (إحدى أبرز المليشيات، أحد أبرز: an
    elative), so no past verb follows one; a preposition does too, after و or ف as well
    (من أبرز الخبراء، ومن أبرز النتائج، في نص القرار), where the lists read the form as a
    noun (:func:`~quotekit.morphology.listed_non_verb`), not as a preposition (من بين).
    """
    if among(before, patterns.lists["quantifier"], "وف"):
        return True
    if not is_preposition(before, "وف"):
        return False
    word = norm[start:end]
    return listed_non_verb(word) and not is_preposition(word)


def _word_before_last(norm: str, start: int, before: str, last: re.Match[str]) -> str:
    """The word right before ``last``, the last word of ``before`` (which ends at ``start``).

    Read in ``norm`` itself: ``before`` is only the few characters before the verb.
    """
    pos = start - len(before) + last.start(1)
    m = LAST_WORD.search(norm, max(0, pos - _WORD_CHARS), pos)
    return "" if m is None else m.group(1)


#: How far back a whole word before another is looked for (ينبغي، الضروري).
_WORD_CHARS = 20


def _after_ma(
    norm: str,
    start: int,
    end: int,
    before: str,
    last: re.Match[str],
    form: Form,
    patterns: CuePatterns,
) -> bool:
    """Whether the ما before the verb at ``[start, end)`` says it reports nothing.

    ما is the verb's subject, or it completes a particle of condition (وإذا ما رأى: if).
    Not when a subject follows the verb (وهذا ما أكدت الوزارة أنه: ما is its object, as
    with a pronoun of the verb's own or after its preposition: ما علقت عليه إليسا), nor
    when the word before makes one word with ما (في ما اعتبرت أنه، وبعد ما قال: in what,
    after).
    """
    before_ma = _word_before_last(norm, start, before, last)
    if before_ma in _CONDITIONAL:
        return True
    following = _next_word(norm, end) or ""
    return not (
        holds_object(norm[start:end], form, patterns)
        or word_class(following) == "prep_pronoun"
        # a definite noun, a source noun or a given name: the verb's subject (what ما
        # stands for is its object)
        or (following.startswith("ال") and not is_preposition(following))  # not الى
        or following in patterns.lists["speaker_head"]
        or is_given_name(following)
        or among(before_ma, _WITH_MA, "وف")
    )


def _verb_hit(
    norm: str, start: int, end: int, form: Form, patterns: CuePatterns, timeout: float | None
) -> Hit | None:
    before = norm[max(0, start - _LOOKBACK) : start]
    kind = form.form
    if kind == "participle" and _AFTER_PREP.search(before):
        return None  # عن مطالبة, في حال ملاحظة: a noun, not a cue
    if kind == "masdar" and _IN.search(before):
        return None  # في إشارة إلى أن, في تصريح: the writer's frame or a setting
    if form.lemma in patterns.lists["in_medium"] and not _in_medium(norm, start, end, patterns):
        return None  # جاء الرد بعد ساعات: a cue only in بيانا جاء فيه أن (in a document)
    if form.lemma in patterns.lists["marks_only"] and _MARKS_AFTER.match(norm, end) is None:
        return None  # وزادت الأسعار: a cue only before a colon or marks (وزاد: "...")
    if form.lemma in patterns.lists["in_medium"]:
        said = _IN_IT_MARK.match(norm, end)
        if said is not None:
            # تغريدة جاء فيها "...": what the document says, in marks right after فيها,
            # whatever the writer adds after them (، وهو شعار النادي)
            return Hit(start=start, end=end, form=form, rule="quote", content=said.start("mark"))
    last = LAST_WORD.search(before)
    if last is not None and last.group(1) in patterns.lists["not_doing"]:
        return None  # فضل عدم ذكر اسمه: a verbal noun after عدم says what was not done
    if (
        kind in ("past", "present")
        and last is not None
        and among(last.group(1), patterns.lists["genitive_source"], "و")
    ):
        return None  # وبحسب وصف المدعي العام: the noun a source preposition governs
    if kind in ("past", "present") and _source_ma_start(norm, start, patterns) is not None:
        # حسب ما نقلت "رويترز"، وفق ما أوردت "فرانس برس": the verb of a source phrase, whose
        # object is its ما: the source phrase credits the clause, and the verb opens
        # nothing, unless it holds its subject (وفق ما يقول، وفقا لما صرحت به للمجلة،):
        # then it reads "as he said", and its speaker is the one it points back to
        if (
            # not a lemma with a common reading that is no report, or whose past news
            # writes as a passive (حسب ما كتب في اللافتات، بحسب ما ورد في صحيفة، بحسب ما علم
            # في باريس: "as was written, stated, learnt in")
            form.window >= _LONG and _no_subject_after(norm, end, patterns)
        ):
            return Hit(start=start, end=end, form=form, rule="as")
        return None
    if kind in ("past", "present") and _not_reported(
        norm, start, end, before, last, form, patterns
    ):
        return None
    following = _next_word(norm, end)  # read once: the tests below ask for it again
    if kind == "masdar" and following is not None:
        after = patterns.forms.get(following)
        if after is not None and after.form in ("past", "present"):
            return None  # تغريدة قال فيها، تغريدة جاء فيها: the verb after the medium is the cue
    direct = _directly(
        norm,
        _past_manner(norm, end, following, patterns),
        patterns,
        timeout,
        # not after a verb with an object pronoun (نسيت أن أخبركم، أنهم: the writer's)
        comma=not norm[start:end].endswith(_OBJECT_ENDINGS),
    )
    if (
        kind == "participle"
        and (direct is None or direct[0] != "complementizer")
        and _read_as_noun(norm[start:end])
    ):
        # تتخذ من لندن مقرا لها إن: "headquarters"; a participle that news mostly writes as
        # a noun reports only with its complementizer right after it (مقرا بأن الخسارة)
        return None
    if kind == "participle" and direct is None and is_adverb(norm[start:end]):
        # تعامل معه مجددا في فيلم "وصول": "again"; a participle that news mostly writes as
        # an adverb reports only with its clause or quote right after it (مجددا "تأكيده")
        return None
    # نص "شاعر طروادة" (the text "X"), بين "أمراء الحرب" (between): a past that the lists
    # read as a noun or a particle reports only through its complementizer (نص على أن،
    # ونص القرار على أن، وبين السعدي أن)
    clause_only = kind == "past" and listed_non_verb(norm[start:end])
    if clause_only and (
        (direct is not None and direct[0] != "complementizer")
        or following == "ما"  # وأبرز ما تطلبه، نص ما قاله: the noun before its ما
    ):
        return None
    if direct is not None:
        rule, content = direct
        if rule == "complementizer" and _impersonal(norm, start, form, patterns):
            return None  # ويتوقع أن يحصل اللاعبون: "it is expected", no one's words
        if rule == "quote" and _opens(norm, content, end):
            closed = _closes_soon(norm, content)
            inner = _next_word(norm, content + 1)
            if (
                closed is not None
                and not _ends_clause(norm, closed)
                and inner is not None
                and not (inner[:1] in "بل" and len(inner) > 3)  # تصفه "بالعدوان": an object
            ):
                # وأوضح «منتدى التجارة» الوطني أن ...: a name in marks opens the subject.
                through = _through_subject(
                    norm, end, form.window, patterns, timeout, form.lemma in patterns.lists["relay"]
                )
                if (
                    through is not None
                    and through[0] in ("subject-complementizer", "subject-colon")
                    and len(WORD.findall(norm, closed, through[1][1])) <= _AFTER_NAME
                ):
                    _, subject, content = through
                    return Hit(
                        start=start,
                        end=end,
                        form=form,
                        rule=through[0],
                        subject=subject,
                        content=content,
                    )
        if rule != "quote" or _opens(norm, content, end):
            return Hit(start=start, end=end, form=form, rule=rule, content=content)
    if kind == "masdar":
        window = _MASDAR_WINDOW
    elif kind == "participle":
        window = min(form.window, _PARTICIPLE_WINDOW)
    else:
        window = form.window
    relay = form.lemma in patterns.lists["relay"]
    through = _through_subject(norm, end, window, patterns, timeout, relay)
    if through is None and window < _LONG and kind in ("past", "present"):
        through = _long_subject(norm, start, end, patterns, timeout, relay)
    if (
        through is not None
        and through[0] == "subject-complementizer"
        and _only_time(norm, through[1], patterns)
        # the complementizer right after the time: not a source phrase between (وكانت
        # القناة ذكرت الأربعاء، نقلا عن مصادر أمنية، أن: the relayed source's)
        and len(WORD.findall(norm, through[1][1], through[2])) <= _COMPLEMENTIZER_WORDS
        # a lemma with a common reading that is no report needs its subject: before the
        # verb, with no و on it (وكانت الصحيفة ذكرت; not أوردت الثلاثاء أن at the start)
        and (form.window >= _LONG or (not form.conjoined and _word_before(norm, start)))
    ):
        # وكانت الصحيفة ذكرت الثلاثاء أن: a time between the verb and its clause, no subject
        return Hit(start=start, end=end, form=form, rule="complementizer", content=through[2])
    if through is not None and form.window < _LONG and through[1][1] > through[1][0]:
        first = following
        strict = form.lemma in patterns.lists["strict_subject"]
        if first is None or not (
            _subject_start(first, patterns, strict=strict)
            or (not strict and kind != "participle" and _short_subject(norm, through, patterns))
            or (strict and _one_of_no_pair(norm, start, through))
            or _colon_subject(norm, through, form)
            or (relay and first == "عن")  # ونقل عن شهود القول إن: the relayed source
        ):
            through = None  # بين 75 و235, بين العامين, رد بثنائيته: no speaker after the verb
    if through is not None and not (clause_only and through[0] != "subject-complementizer"):
        rule, subject, content = through
        return Hit(start=start, end=end, form=form, rule=rule, subject=subject, content=content)
    if clause_only:
        return None
    if kind in ("past", "present") and _AFTER_QUOTE.search(before) and not form.conjoined:
        # "..."، قال الوزير; not "..." وعلق: a verb with و opens a clause of its own.
        return Hit(start=start, end=end, form=form, rule="after-quote")
    if kind in ("past", "present", "passive") and _as_reading(
        norm, start, end, form, following, patterns
    ):
        return Hit(start=start, end=end, form=form, rule="as")
    if kind == "masdar":
        if (
            form.text.startswith(("ب", "وب"))
            and form.gender is None
            and following
            # ليرد بتغريدة كانت بمثابة "غزل": a verb after an indefinite noun opens its
            # relative clause, what the noun is like, not what was said
            and word_class(following) != "verb"
        ):
            return Hit(start=start, end=end, form=form, rule="by-masdar", content=end)
        return None
    verbal = kind in ("past", "present") or (kind == "participle" and form.gender != "f")
    if not verbal:
        return None
    word = following
    if word is None:
        return None
    if form.window >= _LONG and form.lemma in patterns.object_lemmas:
        # A verb of saying that takes a noun object (أعلن الوزير بناء ...): a speech act
        # that may carry a quoted object later in the clause.
        return Hit(start=start, end=end, form=form, rule="verb-object", content=end)
    if form.lemma in patterns.appeal_lemmas and kind != "participle":
        called = _appeal_object(norm, end, by=form.lemma in patterns.lists["appeal_by"])
        if called is not None:
            # ودعا قادة التحالف جميع الأطراف إلى مواصلة "الجهود المشتركة": what an appeal calls
            # for, with words in marks, is a quote (the guide's quoted object)
            return Hit(start=start, end=end, form=form, rule="appeal", content=called)
    # دعا X إلى التعاون is no quote; علم التنظيم is a flag, not "the group learned".
    appeal = form.lemma in patterns.appeal_lemmas or form.lemma in patterns.lists["clause_only"]
    if (
        kind != "participle"
        and form.window < _LONG
        and word in patterns.lists["speaker_head"]
        and not appeal
    ):
        # A verb with another reading, but followed by a source as its subject.
        return Hit(start=start, end=end, form=form, rule="verb-subject", content=end)
    return None


#: How far after an appeal verb the preposition of what it calls for is looked for.
_APPEAL_REACH = 160
#: The prepositions of what an appeal calls for (دعا إلى، حث على), normalised.
_APPEAL_PREPOSITIONS = frozenset(("الى", "على"))
#: Marks with the preposition ب of an appeal right before them or inside (normalised).
_BY_MARKS = regex.compile(
    r"""
    (?<![^\W_])ب(?:ـ)?[ \t]*(?P<mark>[«"])   # بـ"...": ب, maybe its tatweel, then the mark
    | (?P<mark>[«"])ب(?=[^\W\d_])           # "بالانخراط ...": the mark, then ب on a word
    """,
    regex.VERBOSE,
)
#: What ends the stretch an appeal verb's object is looked for in.
_APPEAL_STOP = re.compile(r"[.!?;:\n]")


def _appeal_object(norm: str, end: int, *, by: bool = False) -> int | None:
    """Where what an appeal verb ending at ``end`` calls for starts, when marks are in it.

    The first إلى or على after the verb (its subject and object between: ودعا قادة التحالف
    جميع الأطراف إلى مواصلة "الجهود المشتركة") within its sentence, when a quote mark stands
    after it in the sentence; the offset after the preposition. None otherwise: an appeal
    with a plain object is no quote (دعا المواطنين إلى التعاون).

    Example:
        >>> norm = 'ودعا القادة الدول الى مواصلة "الجهود المشتركة" على الشمال'
        >>> norm[_appeal_object(norm, 4) :].strip()[:6]
        'مواصلة'
        >>> _appeal_object("ودعا الوزير المواطنين الى التعاون.", 4) is None
        True
    """
    limit = min(len(norm), end + _APPEAL_REACH)
    stop = _APPEAL_STOP.search(norm, end, limit)
    if stop is not None:
        limit = stop.start()
    marked = _BY_MARKS.search(norm, end, limit) if by else None
    if marked is not None and not any(
        w.group() in _APPEAL_PREPOSITIONS for w in WORD.finditer(norm, end, marked.start())
    ):
        # وطالب بيرد الحكومة الكندية "بالانخراط ...": an appeal in ب calls for what marks
        # hold, ب inside them or before them (طالب الحكومة بـ"تحقيق مستقل"), before any
        # إلى or على
        return marked.start("mark")
    for m in WORD.finditer(norm, end, limit):
        if m.group() in _APPEAL_PREPOSITIONS:
            return m.end() if any(c in MARKS for c in norm[m.end() : limit]) else None
    return None


def _past_manner(norm: str, end: int, word: str | None, patterns: CuePatterns) -> int:
    """Past a word of manner right after a cue (وتابع بالقول إن): how it was said.

    ``word`` is the word after the cue that ends at ``end`` (``_next_word``).
    """
    if word is None or word not in patterns.lists["manner"]:
        return end
    return norm.index(word, end) + len(word)


def _negated(word: str, form: Form, patterns: CuePatterns) -> bool:
    """Whether ``word``, right before a past or present verb of saying, negates it (لم، لن، لا).

    A verb of denial negated asserts (لم يستبعد أن، لا ينفي أن: lexicon list
    ``denial``); a participle is never negated so (its caller asks only for verbs).
    """
    return word in _NEGATED and form.lemma not in patterns.lists["denial"]


def _pronoun(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is a separate pronoun of the third person, maybe after و (وهو)."""
    return among(word, patterns.lists["copula"], "و")


def _in_medium(norm: str, start: int, end: int, patterns: CuePatterns) -> bool:
    """Whether a verb at ``[start, end)`` speaks in a document just named (بيانا جاء فيه).

    فيه or فيها follows it, and a medium (بيان، مقال، تغريدة) stands among the few words
    before it in its sentence.
    """
    if _next_word(norm, end) not in IN_IT:
        return False
    media = patterns.lists["medium"]
    before = norm[max(0, start - _MEDIUM_CHARS) : start]
    before = before[max(before.rfind(c) for c in ".!?\n") + 1 :]  # within its sentence
    return any(w in media or (w.endswith("ا") and w[:-1] in media) for w in WORD.findall(before))


#: What follows a verb of ``marks_only`` that speaks: within its clause (no stop, comma or
#: line break before), a colon or an opening mark, after the subject and a setting of at
#: most a few words (وزاد المدرب الكرواتي حول مسيرته: ...، وأكملت "...").
_MARKS_AFTER = re.compile(
    r"""
    [^.!?,:;«"\n]{0,80}   # the subject and a setting, within the clause (its spaces too)
    [:«"]                # then a colon or an opening mark (the preset folded the others)
    """,
    re.VERBOSE,
)

#: The pronouns of a document a verb speaks in (جاء فيه، ورد فيها), and how far before the
#: verb (in characters) the document is looked for.
IN_IT = frozenset(("فيه", "فيها"))
#: A pronoun of ``IN_IT`` after a verb of a document, then an opening mark (normalised).
_IN_IT_MARK = re.compile(
    rf"""
    [ \t]+(?:{"|".join(sorted(IN_IT, key=len, reverse=True))})  # in it: the document named
    [ \t]*(?P<mark>[«"])  # the opening mark of what it says
    """,
    re.VERBOSE,
)
_MEDIUM_CHARS = 80


def _with_conjunctions(words: tuple[str, ...]) -> frozenset[str]:
    """``words`` alone or after و or ف: ``among(word, words, "وف")`` as one set look-up."""
    return frozenset(clitic + word for word in words for clitic in ("", "و", "ف"))


#: Negations of a verb: لم and لن before the present, لا before it too.
_NEGATORS = ("لم", "لن", "لا")
#: The negations alone or after و or ف (ولم، فلا).
_NEGATED = _with_conjunctions(_NEGATORS)
#: The relative ما alone or with من (normalised), as the word right before a verb, after
#: و too (ومما يؤكد ذلك أن: what confirms it, ما the subject).
_RELATIVE_MA = frozenset(("ما", "مما", "وما", "ومما"))
#: The particle أن of the subjunctive (normalised, so إن too), alone or after و.
_SUBJUNCTIVE = frozenset(("ان", "وان"))
#: Words that make one word with ما (في ما: in what; بعد ما، عند ما: after, when),
#: normalised.
_WITH_MA = frozenset(("في", "بعد", "قبل", "عند", "حين"))
#: The particles of a condition (إذا، لو; normalised), alone or after و or ف: a verb after
#: one says what would happen, not what was said.
_CONDITIONAL = _with_conjunctions(("اذا", "لو"))


def _impersonal(norm: str, start: int, form: Form, patterns: CuePatterns) -> bool:
    """Whether a present verb of cognition with no subject before it reads as a passive.

    ويتوقع أن، التي يعتقد أنها، ما يرجح أن: the news passive (يُتوقع), for the subject
    of an active present stands before it (لكنه يعتقد، صندوق النقد يتوقع).
    """
    if form.form != "present" or form.lemma not in patterns.lists["impersonal"]:
        return False
    if form.text.startswith("ف"):
        return False  # أما العالم دي باولو، فيعتقد أن: the subject stands before فـ
    return _NO_SUBJECT_BEFORE.search(norm, max(0, start - _LOOKBACK), start) is not None or (
        start < _LOOKBACK and not norm[:start].strip()
    )


#: What stands right before a verb that has no subject before it: a clause's start, a
#: relative word (ما، التي، الذي) or a conjunction that opens a clause (بينما، فيما، حيث).
_NO_SUBJECT_BEFORE = re.compile(
    r"""
    (?:
      [.,;:!?\n]                                    # the clause's start
    | (?<!\w)(?:ما|التي|الذي|اللذين|اللتين)          # a relative word
    | (?<!\w)و?(?:بينما|فيما|حيث|اذ)                 # a conjunction (normalised اذ for إذ)
    )
    [ \t]*\Z
    """,
    re.VERBOSE,
)


def as_start(norm: str, start: int, patterns: CuePatterns) -> int:
    """Where the word of comparison before the cue at ``start`` starts (كما ذكرت).

    A source word and its ما count as one (وفق ما يقول).

    Example:
        >>> patterns = cue_patterns(default_lexicon())
        >>> as_start("الوضع هادئ، حسبما أفادت الوكالة", 18, patterns)
        12
        >>> as_start("الوضع هادئ، وفق ما يقول", 19, patterns)
        12
    """
    source = _source_ma_start(norm, start, patterns)
    if source is not None:
        return source
    m = _WORD_BEFORE.search(norm, max(0, start - AS_LOOKBACK), start)
    return m.start(1) if m else start


def _source_ma_start(norm: str, start: int, patterns: CuePatterns) -> int | None:
    """Where a one-word source cue starts when it and its ما stand right before ``start``.

    ما after حسب، بحسب، وفق; لما after وفقا، طبقا (whose ل is the phrase's).

    Example:
        >>> patterns = cue_patterns(default_lexicon())
        >>> _source_ma_start("حسب ما نقلت", 7, patterns)
        0
        >>> _source_ma_start("وفقا لما قاله", 9, patterns)
        0
        >>> _source_ma_start("كل ما نقلت", 6, patterns) is None
        True
    """
    if not norm[max(0, start - AS_LOOKBACK) : start].rstrip(" \t").endswith(MA):
        return None  # most verbs: no ما before, told without a search
    m = _WORD_BEFORE.search(norm, max(0, start - AS_LOOKBACK), start)
    if m is None or m.group(1) not in (MA, _LAMA):
        return None
    first = _WORD_BEFORE.search(norm, max(0, m.start() - AS_LOOKBACK), m.start())
    if first is None or first.group(1) not in patterns.source_words:
        return None
    form = patterns.forms.get(first.group(1) + (" ل" if m.group(1) == _LAMA else ""))
    return first.start(1) if form is not None and form.form == "source" else None


def _no_subject_after(norm: str, end: int, patterns: CuePatterns) -> bool:
    """Whether no subject follows a verb at ``end``: it holds its subject (وفق ما يقول،).

    Right after the verb, or after a pronoun that points back to ما (به، عنه) and one word
    of the one spoken to (وفقا لما صرحت به للمجلة،), the clause ends: no noun, the source
    (حسب ما نقلت الوكالة، حسب ما قال لوكالة فرانس برس مصدر أمني), nor a name in marks.
    """
    pos = end
    following = _next_word(norm, end)
    for _ in range(2):
        if following is None:
            break
        resumptive = following in patterns.lists["as_resumptive"] or (
            word_class(following) == "prep_pronoun"
        )
        if not (resumptive or (pos > end and following.startswith("لل"))):
            return False
        nxt = WORD.search(norm, pos)
        if nxt is None:
            break
        pos = nxt.end()
        following = _next_word(norm, pos)
    if following is not None:
        return False
    tok = TOKEN.search(norm, pos, min(len(norm), pos + 40))
    return tok is None or tok.group() in _CLAUSE_ENDS or "\n" in norm[pos : tok.start()]


def _as_reading(
    norm: str, start: int, end: int, form: Form, following: str | None, patterns: CuePatterns
) -> bool:
    """Whether a verb reads "as X said" after a word of comparison, or "says X" after a comma.

    حسبما, وفقما, مثلما always do (حسبما أفادت الوكالة). كما does when a source follows
    the verb (كما ذكرت الصحيفة), a pronoun that points back (كما أقر به اللاعب), or,
    after a comma, nothing but a short subject to the end of the clause (، كما تقول
    سارة); not when the verb has a complement (كما دعا بغداد إلى التعاون: "also").
    A verb of saying proper (قال، أضاف) right after a comma, with no و, reads so with
    such a subject alone (لأن الشباب هاجروا، يقول لي أحد المحليين.): the writer's
    inversion of the cue after what was said.
    ``following`` is the word after the verb (``_next_word`` of ``end``).
    """
    m = _WORD_BEFORE.search(norm, max(0, start - AS_LOOKBACK), start)
    if m is None:
        return (
            not form.conjoined
            and (form.lemma == SAY or form.lemma in patterns.lists["continue"])
            and _after_comma(norm, start)
            and _subject_alone(norm, end, patterns)
        )
    word = m.group(1)
    if word in patterns.lists["as_word"]:
        return True
    if word != KAMA:
        return False
    if following is None or following in patterns.lists["speaker_head"]:
        return True
    if following in patterns.lists["as_resumptive"]:
        return True
    if form.lemma in patterns.appeal_lemmas or not _after_comma(norm, m.start()):
        return False
    return _subject_alone(norm, end, patterns)


def _after_comma(norm: str, pos: int) -> bool:
    """Whether a comma stands right before ``pos``, spaces alone between."""
    before = _past_spaces(norm, pos)
    return norm[before - 1 : before] == ","


def _past_spaces(norm: str, pos: int) -> int:
    """Where the run of spaces and tabs that ends at ``pos`` starts.

    Back over the spaces only, not with a pattern from the text's start: the text before
    may be long.
    """
    while pos > 0 and norm[pos - 1] in " \t":
        pos -= 1
    return pos


def _subject_alone(norm: str, end: int, patterns: CuePatterns) -> bool:
    """Whether a short subject alone follows a verb that ends at ``end``, to its clause's end.

    A comma may end it before an apposition (، كما تقول سارة، الباحثة في ...; not ، كما
    سألوا الآباء، عن ...); a title may hold its place (المسؤول في الشركة). A quote mark,
    a colon or a preposition after it is more than a subject: what was said, or the
    verb's complement.
    """
    tail: list[str] = []
    budget = _AS_TAIL
    for w in TOKEN.finditer(norm, end, min(len(norm), end + 80)):
        tok = w.group()
        if "\n" in norm[end : w.start()] or tok in ".;!?":
            break  # the end of the sentence
        if tok == ",":
            after = _next_word(norm, w.end())
            if after is not None and after not in _PREPOSITION_WORDS and after != "في":
                break
            return False
        if tok == "في" and tail and tail[-1] in patterns.lists["speaker_head"]:
            # ، كما أشار غاريث بوب المسؤول في الشركة: where the title holds, a few words
            # more (not ، كما أكد الرئيس في كلمته على: the complement follows)
            budget += _AS_PLACE
            continue
        if not tok[0].isalnum() or tok in _PREPOSITION_WORDS or tok == "في":
            return False  # a quote mark, a colon, a preposition: more than a subject follows
        tail.append(tok)
        if len(tail) > budget:
            return False
    return bool(tail)


def _word_before(norm: str, pos: int) -> bool:
    """Whether a word or a name in marks stands right before ``pos``, spaces alone between.

    Example:
        >>> _word_before("وكانت الصحيفة ذكرت", 14), _word_before('صحيفة "الحياة" ذكرت', 15)
        (True, True)
        >>> _word_before("انتهى. ذكرت", 7)
        False
    """
    i = _past_spaces(norm, pos)
    return 0 < i < pos and (norm[i - 1].isalnum() or norm[i - 1] in MARKS)


def _only_time(norm: str, span: tuple[int, int], patterns: CuePatterns) -> bool:
    """Whether the words of ``span`` are all words of a day or its time (الثلاثاء، مساء أمس).

    Example:
        >>> patterns = cue_patterns(default_lexicon())
        >>> _only_time("ذكرت الثلاثاء ان", (5, 13), patterns)
        True
        >>> _only_time("ذكرت الصحيفة ان", (5, 12), patterns)
        False
    """
    lists = patterns.lists
    words = WORD.findall(norm, *span)
    return bool(words) and all(w in lists["day"] or w in lists["day_part"] for w in words)


#: The most words of a complementizer (إلى أن).
_COMPLEMENTIZER_WORDS = 2
#: The object pronouns a verb of saying may end with (أخبركم، قالها).
_OBJECT_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "ني", "نا")
#: Windows at least this long mark lemmas without a common non-reporting reading.
_LONG = 20


def holds_object(word: str, form: Form, patterns: CuePatterns) -> bool:
    """Whether the normalised verb ``word`` of ``form`` ends with its object pronoun.

    Its stem without the pronoun is a form of the same lemma (تتهمه: تتهم), which a verb
    that ends in ه itself is not (نوه، وجه).

    Example:
        >>> patterns = cue_patterns(default_lexicon())
        >>> holds_object("تتهمه", patterns.forms["تتهمه"], patterns)
        True
        >>> holds_object("نوه", patterns.forms["نوه"], patterns)
        False
    """
    for ending in _OBJECT_ENDINGS:
        if word.endswith(ending):
            stem = patterns.forms.get(word[: -len(ending)])
            if stem is not None and stem.lemma == form.lemma:
                return True
    return False


def _subject_start(word: str, patterns: CuePatterns, *, strict: bool = False) -> bool:
    """Whether ``word`` can open the subject of a verb with another common reading.

    A source noun (الوزير), a name (ليبرمان) or a family name in ال...ي (السعدي) can; a
    digit, a preposition, a prepositional phrase (بالـ, للـ) or another definite noun
    (العامين) cannot.
    """
    if word in patterns.lists["speaker_head"]:
        return True
    if strict:
        return word.startswith("ال") and word.endswith("ي")  # بين: only a source or السعدي
    if word == "في":
        return True
    if word[0].isdigit() or word.startswith(("بال", "لل")) or word in _PREPOSITION_WORDS:
        return False
    return not word.startswith("ال") or word.endswith("ي")


def _one_of_no_pair(norm: str, cue: int, through: tuple[str, tuple[int, int], int]) -> bool:
    """Whether the stretch before أن is one singular noun phrase, which بين cannot govern.

    The preposition بين takes a pair (بين الطرفين، بين 75 و235): وبيّن سامباولي، أن has
    one name and no و, so بين (at ``cue``) is the verb (explain). Not after من or ما (من
    بين أبرز الأسباب أن، ما بين): the preposition, whatever follows; nor before an adverb
    (تبين لاحقا أن) or a dual (بين حقين).

    Example:
        >>> norm = "وبين سامباولي, ان اللاعبين"
        >>> _one_of_no_pair(norm, 0, ("subject-complementizer", (5, 14), 18))
        True
        >>> norm = "بين سامباولي ومدربه ان"
        >>> _one_of_no_pair(norm, 0, ("subject-complementizer", (4, 18), 22))
        False
        >>> norm = "ومن بين الاسباب ان"
        >>> _one_of_no_pair(norm, 4, ("subject-complementizer", (8, 15), 18))
        False
    """
    rule, (start, end), _ = through
    if rule != "subject-complementizer":
        return False
    last = LAST_WORD.search(norm, max(0, cue - _LOOKBACK), cue)
    if last is not None and last.group(1) in _PAIR_OPENERS:
        return False
    words = WORD.findall(norm, start, end)
    return (
        0 < len(words) <= _PAIRLESS_WORDS
        and not any(w[0].isdigit() or word_class(w) != "noun" for w in words)
        and not any(w[0] == "و" for w in words[1:])  # بين X وY: the pair
        and noun_number(words) not in ("d", "p")
    )


#: Words after which بين is the preposition (من بين، ما بين).
_PAIR_OPENERS = frozenset(("من", "ومن", "ما"))
#: The most words of a subject that بين, read as a preposition, would govern alone.
_PAIRLESS_WORDS = 3


def _short_subject(
    norm: str, through: tuple[str, tuple[int, int], int], patterns: CuePatterns
) -> bool:
    """Whether a definite noun phrase of a few words stands between a verb and أن/إن.

    ذكرت الزائرة أنها: a verb, its subject and the complementizer of its clause read as
    speech whatever the noun, which no list of sources can hold in full. A stretch set off
    by commas after the phrase (a day, a setting) is no part of it.
    """
    rule, (start, end), content = through
    if rule != "subject-complementizer" or not norm[end:content].lstrip().startswith(_THAT):
        return False  # استبعد المخاوف من أن: an object and a complementizer of its own
    comma = norm.find(",", start, end)  # وكشفت الأمم المتحدة، في وقت سابق، أن: an aside
    words = WORD.findall(norm, start, end if comma < 0 else comma)
    stop = patterns.lists["mention_stop"]
    return (
        0 < len(words) <= _SHORT_SUBJECT
        and words[0].startswith("ال")
        and word_class(words[0]) == "noun"  # not اليها
        and words[0] not in stop  # not أوردت الثلاثاء أن: a time word
    )


def _colon_subject(norm: str, through: tuple[str, tuple[int, int], int], form: Form) -> bool:
    """Whether an inflected verb, a short subject and a colon read as speech.

    وبينت أم حسين: لا أنسى: the verb's ending (ت، وا، ي...) tells it from the noun or the
    preposition its bare form also spells (بين "between", ذكر), and a colon after a
    subject of a few words introduces what was said.
    """
    rule, (start, end), _ = through
    if rule != "subject-colon" or form.form not in ("past", "present"):
        return False
    text, lemma = form.text, form.lemma
    inflected = text != lemma and not (text[:1] in "وف" and text[1:] == lemma)  # not وبين
    return inflected and 0 < len(WORD.findall(norm, start, end)) <= _COLON_SUBJECT


#: The most words of a subject between an inflected verb with another reading and a colon.
_COLON_SUBJECT = 3


#: How a plain complementizer starts, normalised (أن، إن، بأن).
_THAT = ("ان", "بان")


#: The most words of a definite subject that no list names (ذكرت الزائرة المصرية أنها).
_SHORT_SUBJECT = 4


_PREPOSITION_WORDS = frozenset(("من", "عن", "على", "الى", "مع", "بعد", "قبل", "حول", "بشان"))


def _read_as_noun(word: str) -> bool:
    """Whether an accusative participle is one the morphology reads as a noun.

    The ``participle_exception`` words of ``morph_words.tsv`` that are also cue forms:
    مقرا (headquarters), كاتبا (a writer), مرجعا (a reference).

    Example:
        >>> _read_as_noun("مقرا"), _read_as_noun("مؤكدا"), _read_as_noun("قائلة")
        (True, False, False)
    """
    return word[-1:] == "ا" and word_class(word) == "noun"


def _next_word(norm: str, end: int) -> str | None:
    """The word that follows in the same sentence, if any (past a hashtag's #).

    Example:
        >>> _next_word("كشفت #الهيئة_العامة ان", 4), _next_word("قال: نعم", 3)
        ('الهيئة', None)
    """
    m = TOKEN.search(norm, end, min(len(norm), end + 40))
    if m is None:
        return None
    word = m.group()
    if word in TAGS:
        after = TOKEN.match(norm, m.end())
        if after is not None and after.group()[0].isalnum():
            m = after  # كشفت #الهيئة_العامة_للاستثمار: a hashtag names the subject
            word = m.group()
    if not word[0].isalnum() or norm.find("\n", end, m.start()) >= 0:
        return None
    return word


#: The signs of a hashtag and a handle, written right before a name.
TAGS = frozenset("#@")


def document_phrase(form: Form, patterns: CuePatterns) -> bool:
    """Whether a source phrase says where a document speaks (جاء في، ورد في), not whose.

    Example:
        >>> patterns = cue_patterns(default_lexicon())
        >>> [document_phrase(patterns.forms[w], patterns) for w in ("جاء في", "بحسب")]
        [True, False]
    """
    return form.lemma.split(" ")[0] in patterns.lists["document_verb"]


def _phrase_hit(norm: str, start: int, end: int, form: Form, patterns: CuePatterns) -> Hit | None:
    if form.form == "trailing":
        return Hit(start=start, end=end, form=form, rule="trailing")
    if form.form != "source":
        return None  # settings and background are never cues on their own
    document = document_phrase(form, patterns)
    if document and not _opens_report(norm, start, end, patterns):
        return None  # ما جاء في التقرير, جاء في وقت حساس: no source of a clause
    nxt = TOKEN.search(norm, end, min(len(norm), end + 60))
    if nxt is None or "\n" in norm[end : nxt.start()]:
        return None
    tok = nxt.group()
    if tok in MARKS:
        return Hit(start=start, end=end, form=form, rule="source", subject=(end, end))
    lists = patterns.lists
    if not tok[0].isalnum() or tok in lists["not_source"]:
        return None
    # حسب/وفقا لـ + a noun that names no source: حسب الخطة, وفقا للقانون. After the ل of
    # وفقا ل the word's own ل is the article's (وفقا للرموز: ل + (ا)لرموز), or the first
    # letter of a noun (وفقا للائحة: ل + لائحة), which is then a source's head
    clitic = form.text.endswith(" ل") and tok.startswith("ل")
    bare = "ال" + tok[1:] if clitic else tok
    if bare in lists["not_source"] or unpossessed(bare) in lists["not_source"]:
        return None  # حسب نوعها، وفقا لخطته: what it has names no source either
    if (
        not document  # وجاء في القصيدة: any text that a report follows
        and bare.startswith("ال")
        and not _names_source(bare, patterns)
        and not (clitic and _names_source(tok, patterns))
        and not _frames_clause(norm, start, nxt.start())
    ):
        return None  # حسب الأحمال المطلوبة: a definite noun that names no source
    return Hit(start=start, end=end, form=form, rule="source", subject=(end, end))


def _names_source(word: str, patterns: CuePatterns) -> bool:
    """Whether a noun after حسب/وفقا ل heads a source's phrase.

    A listed source noun, or the head of a body, a group or a document (الشرطة، المحللين،
    لائحة); not a standard a thing is done by (الرموز، الأسس).

    Example:
        >>> patterns = cue_patterns(default_lexicon())
        >>> [_names_source(w, patterns) for w in ("التقارير", "المحللين", "الرموز")]
        [True, True, False]
    """
    lists = patterns.lists
    return any(word in lists[name] for name in _SOURCE_LISTS) or entity_type((word,)) != "person"


#: The lists of nouns that name a source after حسب/وفقا ل (a person's title among them).
_SOURCE_LISTS = ("speaker_head", "name_intro", "source_noun", "addressee_head")


def _frames_clause(norm: str, start: int, np_start: int) -> bool:
    """Whether a source phrase stands where only an attribution stands, whatever its noun.

    After a comma with a short noun phrase to the end of the sentence (، بحسب الأمم
    المتحدة.), or at the start of a sentence with a short noun phrase, then فإن (وبحسب
    الكنيست، فإن): a rule or a plan (حسب الخطة) is rarely written there, so the noun need
    not be a listed source.

    Example:
        >>> _frames_clause("انهارت الجسور, بحسب الامم المتحدة.", 15, 20)
        True
        >>> _frames_clause("يتم التوزيع حسب الاولوية والحاجة", 12, 16)
        False
    """
    before = _before_phrase(norm, start)
    if before.endswith(","):
        ends = _ends_sentence_within(norm, np_start, _FRAME_NP_WORDS, _FRAME_NP_CHARS)
        return ends if ends is not None else norm[np_start:].strip() != ""
    if before and before[-1] not in _SENTENCE_END:
        return False
    for count, m in enumerate(
        TOKEN.finditer(norm, np_start, min(len(norm), np_start + _FRAME_NP_CHARS))
    ):
        tok = m.group()
        if count > _FRAME_NP_WORDS:
            return False
        if tok[0].isalnum():
            if count and tok in ("فان", "فانه", "فانها"):
                return True
            continue
        return tok == ","
    return False


def _before_phrase(norm: str, start: int) -> str:
    """The few characters before a source phrase at ``start``, without spaces and و."""
    return norm[max(0, start - _LOOKBACK) : start].rstrip(" \tو")


def _ends_sentence_within(norm: str, pos: int, words: int, chars: int) -> bool | None:
    """Whether the first stop from ``pos`` within ``words`` words ends the sentence.

    False at another stop or past that many words; None when the tokens run out within
    ``chars`` characters without either.
    """
    for count, m in enumerate(TOKEN.finditer(norm, pos, min(len(norm), pos + chars))):
        tok = m.group()
        if count > words:
            return False
        if not tok[0].isalnum():
            return tok in _SENTENCE_END
    return None


#: The most words of the noun phrase of a source phrase that frames a clause, and how far
#: they are read.
_FRAME_NP_WORDS = 5
_FRAME_NP_CHARS = 80


def trailing_source(norm: str, start: int, end: int) -> bool:
    """Whether the source phrase word at ``[start, end)`` trails its clause.

    It does right after a closing quote mark, with its source running to the sentence's
    end: in ``قال الوزير إن الاتفاق "صامد" بحسب وكالة الأنباء.`` the phrase credits the
    report, not the minister's words, which end before it (after a comma, any cue ends
    the clause: :meth:`quotekit.document.Document.clause_end`). A phrase inside its
    clause (``أودى بحسب مسعفين بحياة 40 شخصا``) trails none.

    Example:
        >>> trailing_source('قال انه "صامد" بحسب وكالة الانباء.', 15, 19)
        True
        >>> trailing_source('قال انه "صامد" بحسب الوكالة, منذ ايام.', 15, 19)
        False
    """
    before = _before_phrase(norm, start)
    if not before.endswith(("»", '"')):
        return False
    ends = _ends_sentence_within(norm, end, _TRAIL_WORDS, _TRAIL_CHARS)
    return ends if ends is not None else end + _TRAIL_CHARS >= len(norm)


#: The most words after a trailing source phrase's word (ما نقلت وكالة الأنباء الفرنسية),
#: and how far they are read.
_TRAIL_WORDS = 7
_TRAIL_CHARS = 100


def _opens_report(norm: str, start: int, end: int, patterns: CuePatterns) -> bool:
    """Whether ``وجاء في البيان أن``: the phrase opens its sentence, a complementizer follows.

    Example:
        >>> p = cue_patterns(default_lexicon())
        >>> _opens_report("وجاء في البيان ان الحفل تاجل", 0, 7, p)  # normalised text
        True
        >>> _opens_report("ونفت ما جاء في التقرير", 8, 14, p)
        False
    """
    before = norm[max(0, start - _LOOKBACK) : start].rstrip(" \t")
    if before and before[-1] not in _SENTENCE_END and before[-1] not in ",:":
        return False
    for count, m in enumerate(TOKEN.finditer(norm, end, min(len(norm), end + 200))):
        if complementizer_at(norm, m.start(), patterns):
            return count > 0
        tok = m.group()
        if count and (tok == ":" or (tok in MARKS and _speech_in_marks(norm, m.end()))):
            return True  # وجاء في البيان: "..."، وجاء في الرسالة "...": its own words
        if count and tok == "," and complementizer_at(norm, m.end(), patterns):
            return True  # وجاء في البيان الصادر عن الوزارة، أن ...: a comma before it
        if (not tok[0].isalnum() and tok not in MARKS) or count > _DOCUMENT_WORDS:
            return False
    return False


def _speech_in_marks(norm: str, pos: int) -> bool:
    """Whether the marks opened before ``pos`` hold words said, not a name.

    They close within their paragraph around ``_SAID_WORDS`` words or more (a name in
    marks, صحيفة "الشرق الأوسط", holds fewer).
    """
    close = _CLOSING_MARK.search(norm, pos, min(len(norm), pos + 400))
    return close is not None and len(WORD.findall(norm, pos, close.start())) >= _SAID_WORDS


#: A closing quote mark or the end of a paragraph, whichever comes first.
_CLOSING_MARK = re.compile('["»\n]')
#: The fewest words marks hold when they give what a document says.
_SAID_WORDS = 4


#: The most words of the document in وجاء في البيان الصادر عن الوزارة أن.
_DOCUMENT_WORDS = 8


def to_cue(hit: Hit, mapped: NormalizedText) -> Cue:
    """The public :class:`Cue` of a hit, its span mapped to the original text.

    Example:
        >>> mapped = normalize_mapped("وقالَ الوزير إن الخطة جاهزة", config=EXTRACTION)
        >>> to_cue(scan(mapped.text, default_lexicon())[0], mapped).span.text
        'وقالَ'
    """
    f = hit.form
    return Cue(
        span=mapped.span(hit.start, hit.end),
        lemma=f.lemma,
        form=f.form,
        person=f.person,
        gender=f.gender,
        number=f.number,
        complementizer=f.complementizer,
        rule=hit.rule,
    )


def find_cues(text: str, *, config: ExtractConfig | None = None) -> tuple[Cue, ...]:
    """Find the reporting cues of ``text``: verbs, participles and phrases of attribution.

    Args:
        text: Any string.
        config: An :class:`~quotekit.ExtractConfig`; its ``lexicon`` is used when set.

    Returns:
        The cues in text order, each with its span in the original text, lemma, features
        and the context rule that accepted it.

    Example:
        >>> [(c.span.text, c.lemma, c.rule) for c in find_cues("وأضافت الوزيرة أن الخطة جاهزة")]
        [('وأضافت', 'أضاف', 'subject-complementizer')]
        >>> find_cues("التعاون بين البلدين")
        ()
    """
    check_text(text)
    config = resolve_extract_config(config)
    lexicon = config.lexicon or default_lexicon()
    mapped = normalize_mapped(text, config=EXTRACTION)
    timeout = config.regex_timeout
    return tuple(to_cue(hit, mapped) for hit in scan_mapped(mapped, lexicon, timeout=timeout))

r"""Every regular expression of extraction, compiled once per lexicon.

All patterns run on text normalised with the ``extraction`` preset, where quote marks are
folded to ``«`` ``»`` ``"`` and Arabic punctuation to ``, ; ?``. Word lists come in
through named lists (``\L<name>``), never hand-joined alternations. No pattern nests
repetitions, so a failed match costs at most the length it scanned: the cost of a scan
grows linearly with the text.
"""

from __future__ import annotations

from functools import lru_cache

import attrs
import regex

from quotekit._gc import paused
from quotekit.config import EXTRACTION
from quotekit.lexicon import Form, FormTable, Lexicon, default_lexicon, with_article
from quotekit.normalization import normalize

__all__ = ["CuePatterns", "cue_patterns", "may_open"]

#: Pronoun suffixes a complementizer takes (إنه، أنها، بأنهم).
_COMP_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
#: The kinds of form of speech words (the others are phrases or words of no speech).
_SPEECH_KINDS = frozenset(("past", "present", "participle", "masdar"))


def _norm(words: tuple[str, ...]) -> list[str]:
    if not words or any("\n" in w for w in words):  # a list given in code may hold anything
        return sorted({normalize(w, config=EXTRACTION) for w in words})
    # One call for the list: the preset changes no line break and works within a line.
    return sorted(set(normalize("\n".join(words), config=EXTRACTION).split("\n")))


@attrs.frozen(eq=False)
class CuePatterns:
    """The compiled patterns of one lexicon and the form table they index."""

    #: The forms by their normalised text (each made when first looked up).
    forms: FormTable
    complementizer: regex.Pattern[str]
    object_quote: regex.Pattern[str]
    #: The words a ``complementizer`` match can open with (see :func:`may_open`).
    complementizer_words: frozenset[str] | None
    #: The words an ``object_quote`` match can open with.
    object_quote_words: frozenset[str] | None
    #: The words either can open with.
    context_words: frozenset[str] | None
    #: The words of ``complementizer_words`` that are prepositions and no complementizer
    #: (الى، على، في ...): a match there goes on to a complementizer, which starts with one of
    #: ``complementizer_heads`` (two letters). Both empty when a list holds more than
    #: letters or a complementizer has fewer than two.
    complementizer_preps: frozenset[str]
    complementizer_heads: frozenset[str]
    speech_words: frozenset[str]
    #: Multi-word forms keyed by their first word, longest first.
    phrases: dict[str, list[tuple[str, Form]]]
    #: The words a cue can start with: the one-word forms and the first words of phrases.
    cue_words: frozenset[str]
    #: The first words of phrases that are no form of one word (في، من، على).
    phrase_only: frozenset[str]
    #: Of these, those whose phrases all name their second word (في، من; not على، whose
    #: ``على علم`` may run on) and none a word as common as a preposition (not استنادا
    #: الى): a scan looks for these seconds (تصريح، المعلوم), far rarer, and reads the
    #: first before one there (``firsts_before``: second -> its firsts).
    by_second_only: frozenset[str]
    firsts_before: dict[str, tuple[str, ...]]
    #: The words a scan looks for: ``cue_words`` but ``by_second_only``, and the seconds.
    scan_words: frozenset[str]
    #: The words a subject walk (``quotekit.cues``) reads more closely than by counting
    #: them: the context words, the first words of source cues, the words of speech and
    #: the prepositions of a relayed source; ``None`` with ``context_words``.
    walk_words: frozenset[str] | None
    #: The words a source cue can start with: the one-word source forms (بحسب، وفق) and
    #: the first words of source phrases (نقلا عن، وفقا ل).
    source_words: frozenset[str]
    #: The word lists of ``words.tsv``, normalised; noun lists with and without ال.
    lists: dict[str, frozenset[str]]
    #: Lemmas (as the lexicon writes them) whose noun object is a speech act.
    object_lemmas: frozenset[str]
    #: Lemmas of requests and appeals: a quote only with a clause or quoted words.
    appeal_lemmas: frozenset[str]
    #: The second words of ``runs_on``, by first word (``str.startswith`` takes them).
    run_on_seconds: dict[str, tuple[str, ...]]
    #: The letters the second words of each first word's phrases start with (none for a
    #: first word with a phrase whose second word is empty: two spaces in a row).
    second_letters: dict[str, frozenset[str]]
    #: Phrases by (first word, second word), and by first word the phrases of two words
    #: whose second may run on into a longer word (``وفقا ل|وكالة``, a background phrase
    #: with a pronoun); each with its rank in ``phrases``. See :meth:`phrases_at`.
    by_second: dict[tuple[str, str], list[tuple[int, str, Form]]]
    runs_on: dict[str, list[tuple[int, str, str, Form]]]

    def phrases_at(self, first: str, second: str) -> list[tuple[str, Form]]:
        """The phrases of ``phrases[first]`` that a text can hold where ``second`` follows.

        ``second`` is the word after ``first`` and one space (``""`` when none follows so).
        A phrase needs it as its second word, unless it is a phrase of two words whose
        second may run on into the word of the text. The other phrases cannot match or
        would be refused for the letter that follows them: trying only these, in the
        order of ``phrases`` (longest first), finds the same phrase.

        Example:
            >>> from quotekit.lexicon import default_lexicon
            >>> p = cue_patterns(default_lexicon())
            >>> [text for text, _ in p.phrases_at("وفقا", "لوكالة")]
            ['وفقا ل']
            >>> p.phrases_at("في", "")
            []
        """
        exact = self.by_second.get((first, second), [])
        runs_on = self.runs_on.get(first)
        if runs_on is not None:  # a few words only: وفقا، على، يذكر
            loose = [
                (rank, text, form) for rank, word, text, form in runs_on if second.startswith(word)
            ]
            if loose:
                exact = sorted(exact + loose, key=_rank)
        return [(text, form) for _, text, form in exact] if exact else []


def _rank(item: tuple[int, str, Form]) -> int:
    return item[0]


def _index_phrases(
    phrases: dict[str, list[tuple[str, Form]]],
) -> tuple[
    dict[tuple[str, str], list[tuple[int, str, Form]]], dict[str, list[tuple[int, str, str, Form]]]
]:
    """The tables of :meth:`CuePatterns.phrases_at`, from ``phrases``.

    A phrase's second word runs on only when it ends the phrase and the phrase takes what
    follows: a final ``ل`` (``وفقا لوكالة``) or a background phrase (``يذكر أنه``).
    """
    by_second: dict[tuple[str, str], list[tuple[int, str, Form]]] = {}
    runs_on: dict[str, list[tuple[int, str, str, Form]]] = {}
    for first, items in phrases.items():
        for rank, (text, form) in enumerate(items):
            words = text.split(" ")
            if len(words) == 2 and (words[1] == "ل" or form.form == "background"):
                runs_on.setdefault(first, []).append((rank, words[1], text, form))
            else:
                by_second.setdefault((first, words[1]), []).append((rank, text, form))
    return by_second, runs_on


def may_open(words: frozenset[str] | None, word: str) -> bool:
    """Whether a pattern whose opening ``words`` are these can match where ``word`` stands.

    ``word`` is the run of letters and digits (``str.isalnum``) the match would start
    with, ``""`` when none. The context patterns open with a word of a list followed by
    a space, a quote mark or a character that is no letter, mark or digit, so they can
    match only where that run is one of ``words`` (``None``: a list holds more than
    letters, and the pattern decides). This holds as long as every character that
    Python counts as a letter or digit is one for the ``regex`` module (a test checks
    it). The check saves the pattern call, and its timeout, at almost every word.

    Example:
        >>> words = frozenset({"ان", "الى"})
        >>> may_open(words, "ان"), may_open(words, "الوزير"), may_open(words, "")
        (True, False, False)
        >>> may_open(None, "الوزير")
        True
    """
    return words is None or word in words


def _openers(*lists: list[str]) -> frozenset[str] | None:
    """The words of ``lists``, or ``None`` when one holds more than letters."""
    words = frozenset(w for items in lists for w in items)
    return words if all(w.isalpha() for w in words) else None


@lru_cache(maxsize=8)
@paused
def cue_patterns(lexicon: Lexicon) -> CuePatterns:
    """Compile the patterns of ``lexicon`` (cached: a lexicon is compiled once).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> p = cue_patterns(default_lexicon())
        >>> p.forms["وقالت"].lemma, p.forms["وقالت"].gender
        ('قال', 'f')
        >>> p.complementizer.match(" الى انه").group("comp")
        'انه'
    """
    forms = lexicon.normalized_forms()
    comps = [
        base + suffix
        for base in _norm(lexicon.word_list("complementizer"))
        for suffix in _COMP_SUFFIXES
    ]
    comp_preps = _norm(lexicon.word_list("complementizer_prep"))
    object_preps = _norm(lexicon.word_list("object_prep"))
    complementizer = regex.compile(
        r"""
        [ \t]*                          # spaces, no line break
        (?:(?P<prep>\L<preps>)[ \t]+)?  # a preposition before أن (أشار إلى أن)
        (?P<comp>\L<comps>)             # the complementizer, maybe with a pronoun
        (?![\p{L}\p{M}\p{N}])           # ends a word
        """,
        regex.VERBOSE,
        preps=comp_preps,
        comps=comps,
    )
    object_quote = regex.compile(
        r"""
        [ \t]*                 # spaces
        (?P<prep>\L<preps>)    # a preposition: ب إلى على عن من ل
        [ \t]*                 # maybe a space (بـ"..." loses its tatweel)
        (?=[«»"])              # then a quote mark
        """,
        regex.VERBOSE,
        preps=object_preps,
    )
    phrases: dict[str, list[tuple[str, Form]]] = {}
    for text in [text for text in forms if " " in text]:
        phrases.setdefault(text.split(" ", 1)[0], []).append((text, forms[text]))
    speech_words, sources = [], []
    for text, kind in forms.kinds():
        if kind in _SPEECH_KINDS:
            speech_words.append(text)
        elif kind == "source":
            sources.append(text)
    for items in phrases.values():
        items.sort(key=lambda item: -len(item[0]))
    by_second, runs_on = _index_phrases(phrases)
    lists = {
        name: frozenset(
            with_article(words)
            if name in _NOUN_LISTS
            else [*words, *raw]
            if name in _LEMMA_LISTS
            else words
        )
        for name, words, raw in ((n, _norm(w), w) for n, w in lexicon.words)
    }
    for name in _list_names():
        lists.setdefault(name, frozenset())  # a lexicon made without it: an empty list
    context_words = _openers(comp_preps, comps, object_preps)
    phrase_only = frozenset(first for first in phrases if first not in forms)
    common = {*comp_preps, *comps, *object_preps}
    by_second_only = phrase_only.difference(
        runs_on, (first for first, second in by_second if second in common)
    )
    firsts_before: dict[str, tuple[str, ...]] = {}
    for first, second in by_second:
        if first in by_second_only:
            firsts_before[second] = (*firsts_before.get(second, ()), first)
    cue_words = frozenset(text for text in forms if " " not in text).union(phrases)
    complementizer_words = _openers(comp_preps, comps)
    headed = complementizer_words is not None and all(len(c) >= 2 for c in comps)
    source_words = frozenset(text.split(" ", 1)[0] for text in sources)
    return CuePatterns(
        forms=forms,
        complementizer=complementizer,
        object_quote=object_quote,
        complementizer_words=complementizer_words,
        complementizer_preps=frozenset(set(comp_preps).difference(comps) if headed else ()),
        complementizer_heads=frozenset(c[:2] for c in comps if headed),
        object_quote_words=_openers(object_preps),
        context_words=context_words,
        speech_words=frozenset(speech_words),
        phrases=phrases,
        cue_words=cue_words,
        phrase_only=phrase_only,
        by_second_only=by_second_only,
        firsts_before=firsts_before,
        scan_words=cue_words.difference(by_second_only).union(firsts_before),
        source_words=source_words,
        object_lemmas=frozenset(lexicon.word_list("object_speech")),
        appeal_lemmas=frozenset(lexicon.word_list("appeal")),
        by_second=by_second,
        runs_on=runs_on,
        second_letters={
            first: frozenset(text.split(" ")[1][:1] for text, _ in items)
            for first, items in phrases.items()
            if all(text.split(" ")[1] for text, _ in items)
        },
        run_on_seconds={
            first: tuple(word for _, word, _, _ in items) for first, items in runs_on.items()
        },
        lists=lists,
        walk_words=None
        if context_words is None
        else context_words.union(
            source_words,
            speech_words,
            lists["relay_preposition"],
            lists["relative"],
            lists["but"],
            lists["while"],
        ),
    )


@lru_cache(maxsize=1)
def _list_names() -> tuple[str, ...]:
    """The names of the package's word lists, which extraction reads whatever the lexicon."""
    return tuple(name for name, _ in default_lexicon().words)


#: Word lists of lemmas, matched against a form's lemma as the lexicon writes it (أقر) as
#: well as against normalised words.
_LEMMA_LISTS = frozenset(
    (
        "answer",
        "clause_only",
        "cognition",
        "continue",
        "denial",
        "describe",
        "forecast",
        "impersonal",
        "in_medium",
        "governs_about",
        "governs_by",
        "governs_from",
        "governs_on",
        "governs_to",
        "marks_only",
        "marks_report",
        "proof",
        "relay",
        "relay_clitic",
        "says_through",
        "strict_subject",
    )
)
#: Word lists of nouns, matched with and without the article.
_NOUN_LISTS = frozenset(
    (
        "speaker_head",
        "anonymous_head",
        "close_to",
        "name_intro",
        "title_intro",
        "not_source",
        "addressee_head",
        "source_noun",
        "statement",
        "report",
        "press",
        "medium",
        "interview",
        "company",
        "broadcaster",
        "any_body",
        "pair",
    )
)

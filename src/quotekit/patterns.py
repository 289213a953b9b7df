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

from quotekit.config import EXTRACTION
from quotekit.lexicon import Form, Lexicon, with_article
from quotekit.normalization import normalize

__all__ = ["CuePatterns", "cue_patterns"]

#: Pronoun suffixes a complementizer takes (إنه، أنها، بأنهم).
_COMP_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")


def _norm(words: tuple[str, ...]) -> list[str]:
    return sorted({normalize(w, config=EXTRACTION) for w in words})


@attrs.frozen(eq=False)
class CuePatterns:
    """The compiled patterns of one lexicon and the form table they index."""

    forms: dict[str, Form]
    complementizer: regex.Pattern[str]
    object_quote: regex.Pattern[str]
    speech_words: frozenset[str]
    #: Multi-word forms keyed by their first word, longest first.
    phrases: dict[str, list[tuple[str, Form]]]
    #: The word lists of ``words.tsv``, normalised; noun lists with and without ال.
    lists: dict[str, frozenset[str]]
    #: Lemmas (as the lexicon writes them) whose noun object is a speech act.
    object_lemmas: frozenset[str]
    #: Lemmas of requests and appeals: a quote only with a clause or quoted words.
    appeal_lemmas: frozenset[str]


@lru_cache(maxsize=8)
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
    complementizer = regex.compile(
        r"""
        [ \t]*                          # spaces, no line break
        (?:(?P<prep>\L<preps>)[ \t]+)?  # a preposition before أن (أشار إلى أن)
        (?P<comp>\L<comps>)             # the complementizer, maybe with a pronoun
        (?![\p{L}\p{M}\p{N}])           # ends a word
        """,
        regex.VERBOSE,
        preps=_norm(lexicon.word_list("complementizer_prep")),
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
        preps=_norm(lexicon.word_list("object_prep")),
    )
    phrases: dict[str, list[tuple[str, Form]]] = {}
    for text, form in forms.items():
        if " " in text:
            phrases.setdefault(text.split(" ", 1)[0], []).append((text, form))
    for items in phrases.values():
        items.sort(key=lambda item: -len(item[0]))
    return CuePatterns(
        forms=forms,
        complementizer=complementizer,
        object_quote=object_quote,
        speech_words=frozenset(
            t for t, f in forms.items() if f.form in ("past", "present", "participle", "masdar")
        ),
        phrases=phrases,
        object_lemmas=frozenset(lexicon.word_list("object_speech")),
        appeal_lemmas=frozenset(lexicon.word_list("appeal")),
        lists={
            name: frozenset(with_article(words) if name in _NOUN_LISTS else words)
            for name, words in ((n, _norm(w)) for n, w in lexicon.words)
        },
    )


#: Word lists of nouns, matched with and without the article.
_NOUN_LISTS = frozenset(
    (
        "speaker_head",
        "anonymous_head",
        "name_intro",
        "not_source",
        "addressee_head",
        "source_noun",
        "statement",
        "press",
        "medium",
    )
)

"""Mentions: the noun phrases that can be a source, and what sits around them.

``clean_mention`` cuts a speaker noun phrase out of the words after a cue,
``mention_before`` reads a subject before its verb, ``source_before`` finds what ``الأخير``
points back to, ``apposition`` reads a name set off by commas, ``noun_phrase`` cuts a subject
before its object, and ``name_of`` gives a mention's name as the original writes it.
``phrase_at`` does what ``clean_mention`` and ``noun_phrase`` do over tokens a reader holds
already, and ``word_facts`` keeps what these readers ask of each word form. Everything
works on the extraction-normalised text and its offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import islice, pairwise
from typing import NamedTuple

import regex

from quotekit._memo import WordTable
from quotekit.cues import LAST_WORD, TAGS, TOKEN, abbreviation_point, doubled_letter
from quotekit.document import THAT_WORDS, WORD
from quotekit.marks import MARKS
from quotekit.morphology import (
    construct_plural,
    entity_type,
    honoured_titles,
    is_given_name,
    is_preposition,
    masdar_shaped,
    names_state,
    noun_number,
    opens_state,
    organisation_heads,
    spelled_as_verb,
    takes_article,
    unpossessed,
    without_article,
    word_class,
)
from quotekit.patterns import CuePatterns, may_open
from quotekit.types import NormalizedText

__all__ = [
    "APPOSITION_REACH",
    "BEARERS",
    "COMPOUND_ENDS",
    "FAMILY",
    "FEMININE_RELATIVE",
    "NAME_PARTICLES",
    "ON_BEHALF",
    "REACH",
    "RELATIVES",
    "RELATIVE_PRONOUNS",
    "SINGULAR_RELATIVES",
    "WAS",
    "WITHIN",
    "WordFacts",
    "apposition",
    "before_accusative",
    "bound",
    "can_open",
    "clean_mention",
    "common_noun",
    "courtesy_before_name",
    "definite_conjunct",
    "described_subject",
    "description_after",
    "facts_of",
    "first_name_like",
    "has_tanween",
    "honoured",
    "lone_name",
    "lost_article",
    "mention_before",
    "name_after",
    "name_of",
    "name_tail",
    "named_before",
    "noun_phrase",
    "object_after",
    "one_of_those_who",
    "opens_source",
    "past_name",
    "phrase_at",
    "possessed",
    "possessed_person",
    "possessed_thing",
    "proper_name",
    "relayed_from",
    "source_before",
    "subject_after_was",
    "tokens_of",
    "with_object",
    "without_l",
    "word_facts",
]

#: How far back (in characters) the person an honorific pronoun answers is looked for, and
#: the words before an honorific title that belong to the phrase (صاحب السمو).
_HONOUR_REACH = 3000
BEARERS = frozenset(("صاحب", "صاحبة"))
#: How far (in characters) after a mention the comma that opens an apposition is looked
#: for (:func:`apposition`): without a comma that near, a mention has none.
APPOSITION_REACH = 80
#: How far (in characters) a phrase is read when no addressee is looked for: such a
#: phrase ends within this many characters of where it starts.
REACH = 400
#: The most words a speaker noun phrase keeps: Saudi and Gulf news chain a dignitary's
#: titles before the name (مفتي عام المملكة رئيس هيئة كبار العلماء ... الشيخ عبدالعزيز).
_MAX_WORDS = 20
#: How many characters of tokens :func:`clean_mention` reads at a time, and how many tokens
#: past the current one it may look at (a closing mark, a handle after ``@``).
_STRETCH = 100
_AHEAD = 8
#: Word classes that end a noun phrase (and cannot open one).
_ENDS_PHRASE = frozenset(("verb", "prep_pronoun", "participle_acc"))
#: The pronoun that points back to each relative pronoun's noun (normalised): the one on بأن
#: after a thing described (الذين ... بأنهم، التي ... بأنها).
RELATIVE_PRONOUNS = {
    "الذي": "ه",
    "التي": "ها",
    "الذين": "هم",
    "اللذين": "هما",
    "اللتين": "هما",
    "اللواتي": "هن",
    "اللاتي": "هن",
}
#: Relative pronouns: a speaker phrase ends before them (المسؤول الذي طلب عدم ...).
RELATIVES = frozenset(RELATIVE_PRONOUNS)
#: باسم of a spokesman's title (المتحدث باسم الوزارة), normalised: what follows is whom he
#: speaks for, and باسم is no given name there.
ON_BEHALF = "باسم"
#: Whether each relative pronoun is feminine: the verb after it agrees when it is the subject.
FEMININE_RELATIVE = {word: word in ("التي", "اللتين", "اللواتي", "اللاتي") for word in RELATIVES}
#: The relative pronouns of one (الذي، التي): a plural or dual verb after one has a subject
#: of its own.
SINGULAR_RELATIVES = frozenset(("الذي", "التي"))
#: A preposition with a pronoun that tells where an anonymous source speaks from (مصدر بها).
_WHERE_FROM = frozenset(
    p + pronoun for p in ("ب", "في", "من", "لدى", "داخل") for pronoun in ("ه", "ها", "هم")
)
#: Demonstratives that a noun in construct governs with their noun (رئيس هذه اللجنة).
_DEMONSTRATIVES = frozenset(("هذا", "هذه", "هذين", "هاتين", "هؤلاء", "ذلك", "تلك"))
#: How a definite word opens: the article, alone or after ل، ب or و (normalised).
_DEFINITE_STARTS = ("ال", "لل", "بال", "وال")
#: The conjunction و before the article (والصناعة), normalised.
_AND_THE = "وال"
#: Words that start a new clause before a cue: the subject cannot reach back past them.
#: Prepositions that may stay inside a source's phrase (في بغداد، لدى سيتا).
WITHIN = frozenset(("في", "لدى"))
#: The verb كان, whose subject stands before the verb of the pluperfect (كان X قال).
WAS = frozenset(("كان", "كانت", "وكان", "وكانت"))
#: The most words of a subject between كان and its verb (وكان مارك شنايدر الرئيس التنفيذي
#: الجديد لنستله وصف); other subjects before a verb have five at most.
_WAS_SUBJECT = 8
#: What every form of كان holds (WAS), looked for before a cue ahead of the subject.
_WAS_LETTERS = "كان"
#: How far before a cue :func:`mention_before` reads (in characters).
_BEFORE_CUE = 120
#: How much further back :func:`subject_after_was` looks for the letters of كان: the
#: longest form of it (وكانت، فكانوا) may start that far before the window.
_WAS_GAP = 12
_CLAUSE_WORDS = frozenset(
    (
        "ان",
        "انه",
        "انها",
        "فان",
        "لان",
        "و",
        "ثم",
        "كما",
        "حيث",
        "بينما",
        "فيما",
        "لكن",
        "ولكن",
        "لكنه",
        "لكنها",
    )
)


#: How many words' facts :func:`word_facts` remembers, and how many distinct sets of facts
#: it shares between them (most words have the facts of many others).
_MEMO_SIZE = 1 << 17
_SHARED_SIZE = 1 << 12


class WordFacts(NamedTuple):
    """What a reader of noun phrases asks of one token (see :func:`word_facts`)."""

    word: bool  # letters or digits, not punctuation or a mark
    mark: bool  # a quote mark
    digit: bool  # opens with a digit
    article: bool  # opens with the article ال
    nisba: bool  # ends like a relative adjective (ي، ية، يين ...)
    bal: bool  # opens with بال (a preposition and the article)
    lil: bool  # opens with لل
    clitic_preposition: bool  # a longer word after a clitic ب or ل
    head: bool  # a source noun (``speaker_head``)
    source_head: bool  # a source noun, or one after a two-letter prefix
    intro: bool  # a noun that introduces a name (``name_intro``)
    anonymous: bool  # an anonymous source (``anonymous_head``)
    filler: bool  # passed over before a phrase (``mention_filler``)
    stop: bool  # ends a phrase (``mention_stop``) or is a word of saying
    letter: bool  # the name of a Latin letter (an acronym's)
    within: bool  # a preposition that may stay inside a phrase (في، لدى)
    object_preposition: bool  # opens a verb's complement after a definite word
    preposition: bool  # a bare preposition
    relative: bool  # a relative pronoun
    opens: bool  # can open a speaker's phrase (:func:`can_open`)
    ends: bool  # a verb, a preposition with a pronoun or an accusative adverb
    verb: bool  # a verb or a word of saying
    finite: bool  # a finite verb (قال، نشرت)
    particle: bool  # a particle
    to_press: bool  # ل + a noun of the press (to whom it was said)
    object_head: bool  # a source noun in the accusative (بيانا)
    possessed: bool  # a noun with a possessive suffix
    given: bool  # a listed given name
    adjective: bool  # a relative adjective or an adjective of titles
    feminine_participle: bool  # a definite feminine participle (المتحدة)
    feminine_noun: bool  # takes a feminine adjective (الأمم، القوات)
    common: bool  # a common noun without the article (:func:`common_noun`)
    accusative: bool  # an indefinite common noun in the accusative (:func:`_accusative`)
    clause_verb: bool  # a finite verb or كان: opens a clause, whose subject follows
    phrase_start: bool  # can open a phrase and is no particle
    and_the: bool  # و on a definite common noun (:func:`definite_conjunct`)
    by_masdar: bool  # ب and a derived verbal noun's shape (:func:`_by_masdar`)
    digit_end: bool  # opens with a letter and ends with a digit (فرانس24)
    state: bool  # names a state alone (:func:`names_state`)
    state_opener: bool  # the first word of a state's name (:func:`opens_state`)
    # Read from the facts above (the last fields, filled in last):
    name_like: bool  # reads as a word of a person's name (see :func:`word_facts`)
    plain: bool  # after a phrase's first word, meets none of :func:`_cut`'s rarer tests
    plain_first: bool  # as the first word of a phrase, meets none of them either


#: One object for each distinct set of facts (a few hundred): what the memo holds.
_SHARED: dict[WordFacts, WordFacts] = {}


#: The most letters, ب included, of a word in ب after a given name that may be a surname
#: of a verbal noun's shape (بسعود، بوعود: ب + فعول).
_SHORT_MASDAR = 5


def _by_masdar(tok: str) -> bool:
    """Whether ``tok`` is ب and a derived verbal noun's shape (بتخفيض، باستجابة).

    Example:
        >>> _by_masdar("بتخفيض"), _by_masdar("بروك"), _by_masdar("تخفيض")
        (True, False, False)
    """
    return tok[:1] == "ب" and masdar_shaped(tok[1:])


#: The ending of a nisba in ان (روحاني، فرجاني), normalised: a verb ends so only with ني "me".
_NISBA_OF_AN = "اني"


@lru_cache(maxsize=_MEMO_SIZE)
def word_facts(word: str, patterns: CuePatterns) -> WordFacts:
    """What a reader of noun phrases asks of ``word``: worked out once per form, then read.

    :func:`clean_mention`, :func:`noun_phrase` and the candidates' reader of sentences ask
    the same questions of the same words again and again; each form's answers are kept
    (for the most recent forms) for the patterns they were asked with.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> facts = word_facts("الوزير", cue_patterns(default_lexicon()))
        >>> facts.opens, facts.head, facts.article, facts.verb
        (True, True, True, False)
    """
    lists = patterns.lists
    heads = lists["speaker_head"]
    kind = word_class(word)
    if kind == "verb" and word.endswith(_NISBA_OF_AN):
        # فرجاني is a verb only with the pronoun of the first person (ف + رجا + ني), which
        # the writer's noun phrases do not hold: a surname (روحاني، فرجاني) in them
        kind = "noun"
    is_word = word[:1].isalnum()
    # Each fact a local, worked out once: the last three are read from the others here,
    # not from a first tuple by three more calls (a new word's facts are most of what a
    # new text costs). A word in none of the lists read here (most) is told by one lookup.
    listed = word in _listed(patterns)
    # A past or present form is a speech word (listed): another word is finite only as a
    # verb the lexicon lists as no form of those (a passive).
    form = patterns.forms.get(word) if listed or kind == "verb" else None
    finite = form.form in ("past", "present") if form is not None else kind == "verb"
    mark = listed and word in MARKS
    article = word.startswith("ال")
    nisba = word.endswith(_NISBA)
    bal = word.startswith("بال")
    lil = word.startswith("لل")
    clitic_preposition = word[:1] in "لب" and len(word) > 3
    head = listed and word in heads
    source_head = head or word[2:] in heads
    intro = listed and word in lists["name_intro"]
    anonymous = listed and word in lists["anonymous_head"]
    filler = listed and word in lists["mention_filler"]
    stop = listed and (word in lists["mention_stop"] or word in patterns.speech_words)
    within = listed and word in WITHIN
    opens = is_word and (head or intro or _may_open(word, kind, patterns))  # can_open
    ends = kind in _ENDS_PHRASE
    to_press = word.startswith("ل") and _addressee_word(word, patterns)
    object_head = word.endswith("ا") and word[:-1] in heads
    has_pronoun = possessed(word) and not _name_in_ye(word)
    given = is_given_name(word)
    common = is_word and common_noun(word, patterns)
    accusative = _accusative(word, patterns)
    # name_like: a word of a person's name in a phrase, no title, source noun or common
    # noun, with the article or without (الشوباشي، كيري; not الوزير، مراسل، المحكمة)
    name_like = not (
        (word.endswith(_NOT_NAME_ENDINGS) and not given)
        or (word.endswith(_PLURAL_ENDINGS) and takes_article(_stem(word)) and not given)
        or has_pronoun
        or source_head  # a head is one too
        or intro
        or anonymous
        or common
        or (article and common_noun(word[2:], patterns))
    )
    # plain: after a phrase's first word, _cut reads it with only the tests that look at
    # the words around it (a definite word after a name, a new phrase, a noun after a
    # full name). Not a mark, punctuation, ب، ل، من، على، عن, a setting's preposition, a
    # stop word, a verb, ل + the press, a word with a clitic preposition, a possessed
    # noun, an accusative noun or a word of affiliation.
    plain = not (
        (listed and (word in _NOT_PLAIN or word in _OF_ROLE or word in lists["affiliation"]))
        or mark
        or not is_word
        or within
        or stop
        or ends
        or to_press
        or clitic_preposition
        or bal
        or lil
        or has_pronoun
        or object_head
        or accusative
    )
    # plain_first: before a phrase has a word only the tests of the word itself can hold:
    # a mark, punctuation, بـ before a mark, a word passed over (من جهته، أمس), a word
    # that cannot open a phrase, a stop word, a verb, ل + the press.
    plain_first = not (
        word == "ب"
        or mark
        or not is_word
        or filler
        or (listed and (word in lists["day"] or word in lists["day_part"]))
        or not opens
        or stop
        or ends
        or to_press
    )
    # Built in the fields' order, not by keyword: a call with 38 keywords costs a new word
    # a fifth of its facts. tuple.__new__ as WordFacts._make does, without its checks.
    facts = tuple.__new__(
        WordFacts,
        (
            is_word,  # word
            mark,
            word[:1].isdigit(),  # digit
            article,
            nisba,
            bal,
            lil,
            clitic_preposition,
            head,
            source_head,
            intro,
            anonymous,
            filler,
            stop,
            listed and word in lists["latin_letter"],  # letter
            within,
            listed and word in _OBJECT_PREPOSITIONS,  # object_preposition
            is_preposition(word),  # preposition
            listed and word in RELATIVES,  # relative
            opens,
            ends,
            (listed and word in patterns.speech_words) or kind == "verb",  # verb
            finite,
            kind == "particle",  # particle
            to_press,
            object_head,
            has_pronoun,  # possessed
            given,
            nisba or (listed and word in _TITLE_ADJECTIVES),  # adjective
            word.startswith("الم") and word.endswith("ة"),  # feminine_participle
            word.endswith(("ة", "ات", "مم")),  # feminine_noun
            common,
            accusative,
            finite or (listed and word in WAS),  # clause_verb
            opens and kind != "particle",  # phrase_start
            definite_conjunct(word),  # and_the
            _by_masdar(word),  # by_masdar
            word[-1:].isdigit() and word[:1].isalpha(),  # digit_end
            names_state((word,)),  # state
            opens_state(word),  # state_opener
            name_like,
            plain,
            plain_first,
        ),
    )
    if len(_SHARED) >= _SHARED_SIZE:
        _SHARED.clear()
    return _SHARED.setdefault(facts, facts)


@lru_cache(maxsize=8)
def _listed(patterns: CuePatterns) -> frozenset[str]:
    """Every word of the lists that :func:`word_facts` looks a word up in, in one set."""
    lists = patterns.lists
    return frozenset().union(
        MARKS,
        lists["speaker_head"],
        lists["name_intro"],
        lists["anonymous_head"],
        lists["mention_filler"],
        lists["mention_stop"],
        patterns.speech_words,
        lists["latin_letter"],
        WITHIN,
        _OBJECT_PREPOSITIONS,
        RELATIVES,
        _NOT_PLAIN,
        _OF_ROLE,
        lists["affiliation"],
        lists["day"],
        lists["day_part"],
        _TITLE_ADJECTIVES,
        WAS,
    )


@lru_cache(maxsize=8)
def facts_of(patterns: CuePatterns) -> Mapping[str, WordFacts]:
    """:func:`word_facts` for ``patterns`` as a mapping from words: ``facts_of(p)[word]``.

    The same facts, looked up without a call for each word (the mapping reads each word's
    facts once, then holds them).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> facts_of(patterns)["الوزير"] == word_facts("الوزير", patterns)
        True
    """

    def facts(word: str) -> WordFacts:
        # Called as every other caller calls it, by position: a keyword would make another
        # key of the cache, and the facts of a word asked about both ways worked out twice.
        return word_facts(word, patterns)

    return WordTable(facts, size=_MEMO_SIZE)


def clean_mention(
    norm: str,
    start: int,
    end: int,
    patterns: CuePatterns,
    *,
    after_clitic: bool = False,
    find_addressee: bool = True,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Cut the speaker noun phrase out of the stretch between a cue and its complement.

    Returns the mention span and the addressee span (``لـ"العربي الجديد"``), each or both
    ``None``. The phrase ends at a comma (apposition), a setting (``في بيان``), a time
    word (``اليوم``), a relative pronoun or an addressee. ``after_clitic`` says that the
    stretch starts inside a word after a clitic ل (وفقا لـ|لشرطة), which may then open it.
    Without ``find_addressee`` none is looked for, and only the next few hundred characters
    are read (a phrase has at most twenty words).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = 'قال وزير الدفاع, خالد منصور, ل"الغد" ان'
        >>> mention, addressee = clean_mention(norm, 4, 38, cue_patterns(default_lexicon()))
        >>> norm[slice(*mention)], norm[slice(*addressee)]
        ('وزير الدفاع', 'الغد')
    """
    reach = end if find_addressee else min(end, start + REACH)
    share = _QUANTITY.match(norm, start, reach)
    if share is not None:
        # قال 64٪ منهم إن، وقال أكثر من نصف المجيبين: a share of a group speaks
        return _share_of(norm, share, reach, patterns), None
    texts: list[str] = []
    starts: list[int] = []
    mention, addressee, i, read = _cut(
        norm, texts, starts, start, start, reach, patterns, after_clitic=after_clitic
    )
    if addressee is None and find_addressee:
        if read < reach:
            _read_on(texts, starts, norm, read, reach, whole=True)
        addressee = _addressee_after(texts, starts, i, patterns)
    return _speaker(norm, mention), addressee


#: The fewest letters of a derived verbal noun read as an object after a given name
#: (استمرار، تدقيق); the shorter shape فعول is a surname's too (العبوس).
_DERIVED_MASDAR = 5

#: A news agency's noun, and the word that ends its name after the name (وكالة سبأ
#: للأنباء), normalised.
_AGENCY = "وكالة"
_OF_NEWS = "للانباء"

#: A share of a group as a subject (normalised text): about or more than, then a percentage
#: or a fraction of a definite group.
_QUANTITY = re.compile(
    r"""
    [ \t]*
    (?P<share>
      (?:(?:اكثر|اقل)[ \t]+من[ \t]+|(?:حوالي|نحو|قرابة|زهاء)[ \t]+)?  # about, more or less than
      (?:
        \d+(?:[.,]\d+)?[ \t]*(?:٪|%|(?:في|ب)[ \t]*الم[ايئ]ة)         # 64٪، 42 بالمئة
      | (?P<fraction>نصف|ثلث|ربع|ثلثي|غالبية|معظم)(?=[ \t]+ال)         # نصف المجيبين
      )
    )
    """,
    re.VERBOSE,
)
#: The pronouns of a group after a share (64٪ منهم).
_OF_THEM = frozenset(("منهم", "منهن", "منها"))


def _share_of(
    norm: str, share: re.Match[str], reach: int, patterns: CuePatterns
) -> tuple[int, int]:
    """The subject a share opens: the share and the group it is of (منهم، من المجيبين).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> for norm in ("64٪ منهم انهم", "اكثر من نصف المجيبين ان", "33,4٪ ان"):
        ...     share = _QUANTITY.match(norm)
        ...     print(norm[slice(*_share_of(norm, share, len(norm), patterns))])
        64٪ منهم
        اكثر من نصف المجيبين
        33,4٪
    """
    start = share.start("share")
    after = WORD.search(norm, share.end(), reach)
    if after is None or norm[share.end() : after.start()].strip():
        return start, share.end()  # 33,4٪ (الجميع): no group next to it
    word = after.group()
    if word in _OF_THEM:
        return start, after.end()
    if word in ("من", "ممن"):
        group_start = after.end()  # 64٪ من المجيبين
    elif share.group("fraction") is None:
        return start, share.end()  # 64٪ المجيبين: a number has no genitive
    else:
        group_start = share.end()  # نصف المجيبين: the group is the fraction's genitive
    group = _cut(norm, [], [], group_start, group_start, reach, patterns, after_clitic=False)[0]
    return start, group[1] if group is not None else share.end()


#: A preposition with a pronoun that is also a name alone (لي "Lee"): never a speaker by
#: itself.
_TO_ME = frozenset(("لي", "بي", "ولي"))


def _speaker(norm: str, mention: tuple[int, int] | None) -> tuple[int, int] | None:
    """``mention``, unless it is a preposition with a pronoun alone (:data:`_TO_ME`).

    قال لي إن: to whom it was said (a name لي has more words after it).
    """
    if mention is not None and norm[mention[0] : mention[1]] in _TO_ME:
        return None
    return mention


def phrase_at(
    norm: str,
    texts: list[str],
    starts: list[int],
    i: int,
    end: int,
    patterns: CuePatterns,
) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """The source noun phrase that starts at token ``i``, and its words, from tokens read.

    What :func:`noun_phrase` keeps of ``clean_mention(norm, starts[i], end, patterns,
    find_addressee=False)`` when that mention starts at token ``i`` (else ``None``).
    ``texts`` and ``starts`` are the texts and starts of ``TOKEN`` over a stretch that
    ends at ``end``: a reader of a sentence's phrases passes the tokens it holds instead
    of reading them again, word by word, for each phrase.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "ونفى الجيش النيجيري الاتهامات في بيان"
        >>> tokens = list(TOKEN.finditer(norm))
        >>> texts, starts = [m.group() for m in tokens], [m.start() for m in tokens]
        >>> patterns = cue_patterns(default_lexicon())
        >>> span, words = phrase_at(norm, texts, starts, 1, len(norm), patterns)
        >>> norm[slice(*span)], words
        ('الجيش النيجيري', ('الجيش', 'النيجيري'))
    """
    start = starts[i]
    reach = min(end, start + REACH)
    n = bisect_left(starts, reach, i)
    at, kept = starts[i:n], texts[i:n]
    if at[-1] + len(kept[-1]) > reach:
        # A word cut where clean_mention stops reading: only a run of letters or digits
        # is longer than one character, and its match up to ``reach`` is its beginning.
        kept[-1] = kept[-1][: reach - at[-1]]
    mention = _cut(norm, kept, at, start, reach, reach, patterns, after_clitic=False)[0]
    if mention is None or mention[0] != start:
        return None
    taken = bisect_left(at, mention[1])
    if taken == 1 and kept[0][0].isalnum():
        return (start, start + len(kept[0])), (kept[0],)  # one word: nothing to cut
    words: list[str] = []
    ends: list[int] = []
    for k in range(taken):
        tok = kept[k]
        if tok[0].isalnum():
            words.append(tok)
            ends.append(at[k] + len(tok))
    stop = _subject_end(norm, words, ends, patterns)
    return (start, stop), tuple(words[: bisect_right(ends, stop)])


def named_before(norm: str, word: str, before: int) -> bool:
    """Whether ``word`` stands alone (not inside another word) in the few paragraphs before.

    Tells ل and a name (لبيركاي, لتوران, when بيركاي or توران was written alone before) from
    a name that opens with ل (ليبرمان: no word يبرمان before).

    Example:
        >>> norm = "وكان المطرب بيركاي هناك. وقال لبيركاي"
        >>> named_before(norm, "بيركاي", norm.index("لبيركاي")), named_before(norm, "يبرمان", 30)
        (True, False)
    """
    if len(word) < _NAMED_LETTERS:
        return False
    return next(_alone(norm, word, max(0, before - _NAMED_REACH), before), None) is not None


def _alone(norm: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` stands alone in ``norm[start:end]``, not inside another word."""
    pos = norm.find(word, start, end)
    while pos >= 0:
        stop = pos + len(word)
        if (pos == 0 or not norm[pos - 1].isalnum()) and not norm[stop : stop + 1].isalnum():
            yield pos
        pos = norm.find(word, pos + 1, end)


#: The fewest letters of a name told apart from a ل before it (بيركاي), and how far back
#: it is looked for (a few paragraphs: the cost of one look is bounded).
_NAMED_LETTERS = 4
_NAMED_REACH = 3000


def _cut(
    norm: str,
    texts: list[str],
    starts: list[int],
    start: int,
    read: int,
    reach: int,
    patterns: CuePatterns,
    *,
    after_clitic: bool,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int, int]:
    """The work of :func:`clean_mention` from ``start``, over the tokens ``texts`` at ``starts``.

    The tokens of ``[start, read)`` are in ``texts``; those up to ``reach`` are read on
    as needed. Returns the mention, an addressee in marks, the index of the token the
    phrase stopped at, and where reading stopped.
    """
    first = last = before_fi = first_i = -1
    dangling = kept = -1  # the end of a particle taken last, and the phrase's end before it
    words = 0
    addressee = None
    after_name = name = False  # whether the last word taken was a name (in marks or not)
    given = surname = False  # whether the last word taken was a given name; a name after one
    title = False  # whether the phrase opens with a person's title (الناطق، رئيس)
    anonymous = False  # whether it opens with an anonymous source (مصدر، مسؤول)
    introduced = False  # whether it is a noun that introduces a name (منصة) and names only
    names = True  # whether every word taken is a proper name (الشوباشي، فريدة الشوباشي)
    owned = False  # whether the phrase opens with a possessed noun (بلاده)
    point = False  # whether the token before was a title's abbreviation point (د.)
    facts = facts_of(patterns)
    lists = patterns.lists
    issued = lists["issued"]  # read for every word taken: looked up once
    elatives = lists["elative"]
    anaphors = lists["anaphor"]
    i = 0
    while True:
        if read < reach and len(texts) <= i + _AHEAD:
            read = _read_on(texts, starts, norm, read, reach)
        if i >= len(texts):
            break
        tok = texts[i]
        at = starts[i]
        f = facts[tok]
        if (
            first < 0
            and f.possessed
            and i + 1 < len(texts)
            and facts[texts[i + 1]].given
            and not person_title(unpossessed(tok), patterns)  # مديرته كريستين: a title
            and unpossessed(tok) not in lists["relational"]  # والدته مريم: who she is
            and _after_verb(norm, texts, i, start)  # not ومنافستها كريم: an apposition
        ):
            # كتبت قصتها سارة شعراوي: a possessed noun governs no name (its genitive is the
            # pronoun), so right after a verb it is the object before the subject
            i += 1
            continue
        if first >= 0 and tok in elatives and _predicate_after(facts[texts[i - 1]]):
            # وكان الوزير فيليب شامباني أشد حدة، قصة نجاح دولان أكثر غرابة: an elative
            # without the article agrees with no definite noun or name as its adjective; it
            # opens what is said of the phrase, no word of it
            break
        if not (f.plain if first >= 0 else f.plain_first):
            # The tests a plain word meets none of (plain and plain_first of word_facts).
            # The tests from the stop words on only break: their order is free, and those
            # a plain word may meet are below.
            if f.mark:
                close = _next_mark(texts, i + 1)
                if close is None:
                    break
                if first >= 0 and close > i + 1 and texts[i + 1] in _MARKED_ADVERBS:
                    break  # نفى مسؤول رفيع "بشكل قاطع": how the verb was done, no name
                prev = texts[i - 1] if i else ""
                # لـ"الغد" (the clitic alone before the mark), not وقال "النعمي"
                after_l = _LONE_L.search(norm, max(0, at - 3), at) is not None
                if (
                    prev in ("ل", "مع")
                    or (first < 0 and prev == "" and after_l)
                    or (
                        first >= 0
                        and close == i + 2
                        and texts[i + 1].startswith("لل")
                        and (surname or facts[texts[i + 1]].to_press)
                    )
                ):
                    # لـ"الغد": to whom it was said; وأوضح «منتدى التجارة» is who said it;
                    # ناصر القصبي "للعربية": the clitic inside the marks, after a given name
                    # and a surname, or before a word of the press (مؤسسة "للتنمية" is the
                    # name of a body)
                    addressee = (at + len(tok), starts[close])
                    break
                if first >= 0 and surname:
                    # يدير شون روبي "باد آند بريكفاست": a person's full name (a given name,
                    # then a name) is complete and governs nothing; the words in marks after
                    # it are the verb's object or what the person is called, not the name
                    break
                if (
                    first >= 0
                    and texts[i - 1] not in lists["name_intro"]
                    and (
                        (i + 1 < close and word_class(texts[i + 1]) == "verb")
                        # ويقول أيهم "هكذا صرخت في وجه والدي": many words in marks after a
                        # name no noun introduces are what it said
                        or (facts[texts[i - 1]].name_like and close - i > _SPEECH_IN_MARKS)
                    )
                ):
                    # شركة كوالكوم "منعت منافسيها": speech after the name, not a name (not
                    # جمعية "أنقذوا الأطفال": a name that opens with a verb, after its noun)
                    break
                if first < 0:
                    first = at
                last = starts[close] + len(texts[close])
                words += 1
                i = close + 1
                after_name = True  # وكالة "بلومبرج" الضوء: a definite noun after it is no part
                continue
            if tok == "ب" and i + 1 < len(texts) and texts[i + 1] in MARKS:
                break  # واصفا المنتخب بـ"أبو نقطة": what it was called, no part of a name
            if tok == "(" and first >= 0 and texts[i - 1] in lists["name_intro"]:
                close = _next_paren(texts, i + 1)
                if close is not None:
                    # صحيفة (التايمز): the name of the paper, in parentheses.
                    last = starts[close] + len(texts[close])
                    words += 1
                    i = close + 1
                    continue
            if tok in TAGS and i + 1 < len(texts) and starts[i + 1] == at + len(tok):
                i += 1  # شركة #غوغل: a hashtag or handle is part of the name
                continue
            if tok == "." and first >= 0 and abbreviation_point(norm, at):
                last = at + 1  # د. السند: the point of a title goes with it
                # بجامعة الملك فيصل د. عواطف: the abbreviation is a title, no surname of the
                # given name before it; the word after it opens the bearer's name
                given = surname = False
                point = True
                i += 1
                continue
            if (
                tok == "-"
                and first >= 0
                and i + 1 < len(texts)
                and starts[i - 1] + len(texts[i - 1]) == at  # glued on both sides
                and starts[i + 1] == at + 1
                and facts[texts[i - 1]].name_like
                and facts[texts[i + 1]].name_like
                and not (facts[texts[i - 1]].digit or facts[texts[i + 1]].digit)
            ):
                # باير هاردنغ-رولز، شو ميونغ-غيون: a hyphen between two words of a name,
                # with no space, joins them into one surname
                last = starts[i + 1] + len(texts[i + 1])
                i += 2
                continue
            if not f.word:
                if first >= 0:
                    break
                i += 1
                continue
            if first < 0 and f.filler:
                filler_next = i + 1 < len(texts) and facts[texts[i + 1]].filler
                if f.preposition and not filler_next:
                    # وأكد من جهة أخرى أن: a prepositional phrase; a subject after it (من جهة
                    # أخرى الوزير) opens with a source noun or a given name, else there is none
                    after = _past_phrase(texts, i + 1, patterns)
                    if not _subject_next(texts, after - 1, patterns):
                        break
                    i = after
                    continue
                i += 1  # من جهته، أيضا: passed over
                continue
            if first < 0 and (tok in lists["day"] or tok in lists["day_part"]):
                after = _past_time(texts, i, patterns)
                if _subject_next(texts, after - 1, patterns):
                    i = after  # وقال الأربعاء مسؤول أمريكي, وأكد مساء أمس رئيس: the time, then
                    continue  # the subject
                if after > i + 1:
                    break  # وأكد عصر اليوم أن: a time phrase and no subject after it
            if first >= 0 and tok == "من" and i + 1 < len(texts):
                following = facts[texts[i + 1]]
                if following.filler or following.stop:
                    break  # ناطق باسم الحكومة من جهته، المدير من خلال صفحته: no part of it
            if (
                first >= 0
                and tok in _DEMONSTRATIVES
                and i + 1 < len(texts)
                and texts[i + 1].startswith("ال")
                and texts[i + 1] not in lists["time_noun"]  # مسؤول هذا الأسبوع: an adverb
                and last == starts[i - 1] + len(texts[i - 1])  # right after a word taken
                and (facts[texts[i - 1]].source_head or construct_plural(texts[i - 1]))
            ):
                # رئيس هذه اللجنة، منتقدو هذه الخطوة: a source noun or a participle's plural
                # in construct governs a demonstrative and its definite noun, as it governs
                # any genitive (not نفت موسكو تلك الاتهامات: a name, then the object)
                last = starts[i + 1] + len(texts[i + 1])
                words += 2
                i += 2
                continue
            if first < 0 and not (after_clitic and at == start) and not f.opens:
                break  # الأسبوع الماضي, بقمع, 42: no speaker starts so
            if (
                first >= 0
                and tok in _OF_ROLE
                and (words == 1 or texts[i - 1].startswith("وال"))
                and texts[i - 1].removeprefix("و").startswith("ال")
                and without_article(texts[i - 1].removeprefix("و")) in lists["role_over"]
                and _definite_object(texts, i + 1, 1 if words == 1 else _ROLE_CONSTRUCT)
            ):
                # المشرف على الدراسة، المسؤول عن الملف: a participle of a role and the definite
                # noun it is over, also as a second title (عضو مجلس الإدارة والمشرف على فريق
                # كرة القدم); not المسؤول عن أمله (what a verb takes) nor على هامش (a setting)
                last = at + len(tok)
                words += 1
                i += 1
                continue
            if (
                f.within
                and 0 < words <= 4
                and not names  # the cheap test first: the others read the text around
                and not setting_at(norm, at, patterns)
                and not _after_person(texts, i, patterns)
                # الشرطة في إحدى القضايا: one of a set after a definite word, which needs
                # no place to say which it is, is where or when it was said (مصدر في إحدى
                # الوزارات: an indefinite source's place)
                and not (
                    texts[i - 1].startswith(_DEFINITE_STARTS)
                    and i + 1 < len(texts)
                    and texts[i + 1] in lists["quantifier"]
                )
            ):
                # في بغداد, لدى سيتا: part of the phrase; في بيان, لدى وصوله: its setting; after
                # a name alone (الشوباشي في مكالمة) always the setting.
                if before_fi < 0:
                    before_fi = last
                last = at + len(tok)
                words += 1
                i += 1
                continue
            if anonymous and words <= 2 and tok in _WHERE_FROM:
                # وقال مصدر بها، مصدر مقرب منه: where an anonymous source speaks from, the
                # place a pronoun points back to; the phrase ends with it
                last = at + len(tok)
                words += 1
                i += 1
                break
            # مقربين منه، مصادر قريبة منها: the complement of an adjective of closeness
            close = first >= 0 and tok in _OF_ONE and texts[i - 1] in lists["close_to"]
            if (
                (f.stop or (tok == "ل" and first >= 0))
                and not close
                and not (
                    first >= 0  # بنك بي إن بي باريبا: the letter N of an acronym, not إن
                    and f.letter
                    and texts[i - 1] in lists["latin_letter"]
                    and (
                        (i + 1 < len(texts) and texts[i + 1] in lists["latin_letter"])
                        # قناة سي إن إن: the letter doubled after another letter
                        or (
                            i >= 2
                            and doubled_letter(
                                texts[i - 2], texts[i - 1], tok, lists["latin_letter"]
                            )
                        )
                    )
                )
                # وأوضح محمد إمام أن: a preposition governs a noun; one with none after it
                # (a complementizer, a mark, the end) after a given name is a surname spelled
                # alike once normalised (إمام، أمام)
                and not (given and f.preposition and not _more_words(texts, i + 1, patterns))
            ):
                break  # an addressee that starts here (لـ"الغد") is read below
            if (
                f.ends
                and not (given and len(tok) == 3 and word_class(tok) == "verb")
                and not close
                and not (first >= 0 and f.common and _construct(texts[i - 1], patterns))
            ):
                # وجه، عليها، مقدما: a verb or an adverbial ends a noun phrase; a bare past of
                # three letters after a given name is a surname (فيصل فجر، محمد نصر); a
                # verbal noun spelled as a verb after a body's noun in construct is its
                # genitive (منظمة حظر الأسلحة، المبعوث بمنظمة حظر الأسلحة).
                break
            if (
                f.to_press
                and not (after_clitic and at == start)  # وطبقا لـ|موقع: the phrase's ل
                # الأمين العام لحزب: a person's title says whose it is, also one that
                # introduces names in marks (رئيس، الأمين: no ``title`` for the rest)
                and not (
                    (title or person_title(texts[first_i], patterns))
                    and words <= 4
                    and _of_institution(tok, patterns)
                )
                and not (words == 1 and _document(norm[first:last]))  # تقرير لصحيفة: whose
                # وكالة سبأ للأنباء: the end of a news agency's name, after the name
                and not (tok == _OF_NEWS and words == 2 and texts[first_i] == _AGENCY)
            ):
                break  # للصحافيين, لوكالة الأنباء: to whom it was said, read below
            if (
                first >= 0
                # a name, or a title and a name no list holds right before ب and a masdar
                # (المحققة كارولين كورفيلد باستجابة: what a verb takes; not مدير الشؤون الصحية
                # بمحافظة, a place, nor ل, the genitive of a body's name: لحقوق الإنسان)
                and (
                    names
                    or surname
                    or (
                        title
                        and name
                        and not texts[i - 1].removeprefix("و").startswith("ال")
                        and f.by_masdar
                    )
                )
                # after a given name a word in ب may be a surname (جيف بروك), not one of a
                # derived verbal noun's shape (وطالب شي بتخفيض الرسوم: what the verb takes)
                and (not given or (len(tok) > _SHORT_MASDAR and f.by_masdar))
                and f.clitic_preposition
                and not f.given  # باسم
                # a common noun, or a masdar no list holds (بحدوث): not جيف بروك، أندرو بايلي
                and (takes_article(tok[1:]) or masdar_shaped(tok[1:]))
                and not facts[tok[1:]].source_head  # بلاغ لوزارة الداخلية
                and tok[1:] not in _AFFAIRS
            ):
                # واعترف الحوثي بحدوث، وقال توران لزوجة المطرب: a name governs no prepositional
                # phrase; after a given name such a word is a surname (جيف بروك).
                break
            if (
                first >= 0
                and f.by_masdar  # the cheap tests first: the others read the phrase
                and not facts[tok[1:]].source_head
                and tok[1:] not in _AFFAIRS
                and (
                    # ويقوم التقرير بتحليل: a body's or a document's definite noun alone (not
                    # المسؤول بتنظيم: a person's title keeps where it is held)
                    (
                        words == 1
                        and facts[texts[i - 1]].article
                        and facts[texts[i - 1]].head
                        and entity_type((texts[i - 1],)) != "person"
                    )
                    # التزام الأف بي آي بملاحقة، تعهد الولايات المتحدة بتدريب، تعهدت الوزارة
                    # الاتحادية بتدريب: an acronym's letters, a state's name, a body's
                    # definite noun with its adjectives
                    or texts[i - 1] in lists["latin_letter"]
                    or names_state(texts[first_i:i])
                    or _definite_body(texts, first_i, i)
                )
            ):
                # such a phrase governs no genitive: ب with a verbal noun after it is what the
                # verb or the noun before it takes
                break
            if (
                first >= 0
                and (f.bal or (f.lil and name))
                and not (words == 1 and anonymous)
                and not (tok == _OF_NEWS and words == 2 and texts[first_i] == _AGENCY)
            ):
                # بالسفير، ميركل للمشرعين: a prepositional phrase (الأمين العام للأمم stays); an
                # anonymous source keeps the place it speaks from (مصدر بالطب الشرعي).
                break
            if (
                first >= 0
                and f.clitic_preposition
                and (names or surname or name)
                and not f.given
                and named_before(norm, tok[1:], at)
            ):
                # أشاد المحامي كيفين ستيل بكونستاند: ب or ل before a name the text wrote
                # alone before is a preposition, and a name governs none: what the verb takes
                break
            if (
                first >= 0
                and f.possessed
                and not tok.startswith(ON_BEHALF)  # الناطق الرسمي باسمها
                and texts[i - 1].startswith("ال")
                and texts[i - 1].endswith(_NISBA)
                # a person's title in ي takes the name after it (المحامي عبده سالم)
                and not (
                    facts[texts[i - 1]].source_head and entity_type((texts[i - 1],)) == "person"
                )
            ):
                break  # وأعلنت الإدارة الأمريكية عزمها: no adjective governs a genitive
            if first >= 0 and f.object_head:
                break  # وأصدرت الشركة بيانا: an accusative noun is the object
            if (
                first >= 0
                and f.possessed
                and not given  # محمد شحاته، مروان حمدها: after a given name, a surname
                and not tok.endswith("يه")  # أورور شاردونيه: a name spelled from French -et
                and (names or (title and _titled_name(texts[i - 1], patterns)))
                # الممثلة كارين هولت والدته: after a title and a name, a possessed title or
                # kin may stand in apposition
                and (names or not possessed_person(tok, patterns))
            ):
                break  # وأبدى تيجاني تفاؤله، تأكيد حسين لزواجه: a name governs no noun of its own
            if (name or after_name) and tok in lists["affiliation"]:
                break  # شركة غوغل التابعة لمجموعة ألفابت: whose it is, after its name
            if (
                first >= 0
                and f.accusative
                # والد دينا: after a kinship noun a given name is its genitive, whatever
                # common noun in the accusative it is spelled like (دينًا)
                and not (f.given and words == 1 and texts[i - 1] in lists["relational"])
                # البالغ من العمر 32 عاما: the noun a number counts is its own, in the
                # accusative after 11 to 99
                and not facts[texts[i - 1]].digit
            ):
                break  # وجهت كندة توضيحا، وقال شون مازحا: an object or a circumstance
        if after_name and f.article and not f.nisba:
            break
        if first >= 0 and f.digit_end and (names or surname) and not introduced:
            # تابعت وانوري كاهيو فرانس24: a person's name holds no digits, so a word with
            # them after it (an outlet's name) is none of it (قناة فرانس24 names a channel)
            break
        if (
            first >= 0
            and tok in _DEMONSTRATIVES
            and i + 1 < len(texts)
            and texts[i + 1].startswith("ال")
            and (names or surname or texts[i - 1].startswith(_DEFINITE_STARTS))
        ):
            # وصفت المنظمة الدولية هذين القانونين: a definite word (ال، لل، بال، وال) or a
            # proper name governs no genitive (a noun in construct does: رئيس هذه اللجنة),
            # so a demonstrative and its definite noun after it open the object
            break
        if (
            words == 1
            and f.article
            and not f.nisba
            and not f.adjective
            and tok not in COMPOUND_ENDS
            and not is_given_name(tok[2:])
            and not person_title(tok, patterns)
            and _surname_alone(texts[i - 1], patterns)
            and _after_verb(norm, texts, first_i, start)
            and _named_after_name(norm, texts[i - 1], tok, at, patterns)
        ):
            # وصف روحاني المواقف، ترك زوكربيرغ الباب: a word the document writes after a
            # given name (حسن روحاني) or after a noun that introduces a name (شركة تويتر)
            # is a surname or a name of its own; alone after its verb it governs no
            # genitive and takes no second name: the definite noun after it is the
            # verb's object
            break
        if (
            words == 1
            and f.article
            and not f.nisba
            and len(tok) - 2 >= _DERIVED_MASDAR
            and masdar_shaped(tok[2:])
            and facts[texts[i - 1]].given
            and not facts[texts[i - 1]].particle
            and _after_verb(norm, texts, first_i, start)
        ):
            # قررت حنين الاستمرار: a given name alone after its verb, then a definite verbal
            # noun of a derived form (no surname has that shape): the verb's object
            break
        if (
            words >= 2
            and f.article
            and not f.adjective
            and not facts[texts[i - 1]].given
            and _definite_noun(tok, patterns)
            and _plain_name(texts[i - 1], patterns)
            and _plain_name(texts[i - 2], patterns)
        ):
            # الأمين العام للحلف الأطلسي ينس ستولتنبرغ الإجابة: a name of two words governs
            # no genitive, and the definite noun after it is the verb's object
            break
        if (
            words >= 2
            and f.intro
            and not f.article
            and not person_title(tok, patterns)
            and _plain_name(texts[i - 1], patterns)
            and _plain_name(texts[i - 2], patterns)
        ):
            # طالب الوزير رافي شانكار براساد شركة واتساب: a name of two words or more
            # governs no noun, and the noun of a body's name after it opens the object
            break
        if (
            first >= 0
            and i + 1 < len(texts)
            and texts[i + 1] in lists["not_doing"]
            and spelled_as_verb(tok)
        ):
            break  # مصدر فضل عدم ذكر اسمه: a verb whose object is عدم describes the source
        if (
            first >= 0
            and words >= 2
            and i + 1 < len(texts)
            and texts[i - 1].startswith("ال")  # _new_phrase's first test, without a call
            and _new_phrase(texts[i - 1], tok, texts[i + 1], f, patterns)
        ):
            break  # ووصف رئيس الدبلوماسية الأميركية منطقة الشرق، والدة الطفل ومعرفة مكانها
        if (
            first >= 0
            and f.article
            and not f.adjective
            and not tok.startswith("الم")  # المجتمعون، المحترفات: participles, adjectives
            and texts[i - 1].startswith("ال")
            and noun_number((tok,)) == "p"
            and noun_number((texts[i - 1],)) == "s"
        ):
            # ويصف الفيزيائي الشهير الأطفال بأنهم: a definite noun governs no genitive, and a
            # plural noun is no adjective of a singular one: the verb's object
            break
        if (
            tok in WAS
            and first >= 0
            and (given or surname or facts[texts[i - 1]].article or facts[texts[i - 1]].possessed)
        ):
            # بدا حسين كان غامضا، أحدهم كان في إيطاليا: كان opens the clause a name, a
            # definite or a possessed noun is the subject of (a city's كان stays after its
            # indefinite noun: مهرجان كان)
            break
        if words == 1 and owned and f.common and not f.given:
            break  # تأكيد بلاده أهمية: a possessed noun governs no noun, the verb's object
        if (
            first >= 0
            and i - first_i <= _STATE_WORDS
            and facts[texts[first_i]].state_opener  # few words open a state's name
            and names_state(texts[first_i:i])  # rare: read first
            and (
                f.state
                or (i + 1 < len(texts) and names_state((tok, texts[i + 1])))
                or tok in organisation_heads()
            )
        ):
            # تتهم واشنطن طهران، اتهمت إسرائيل حزب الله: a state's name governs no noun, and
            # a second state or a body after it is the verb's object
            break
        if (
            first >= 0
            and f.name_like  # a state's name is one: the calls are for few words
            and f.state  # _state_object's first test, without a call
            and (
                # واتهم ترامب بكين: nor does a person's name govern a noun
                _state_object(texts[i - 1], tok, facts[texts[i - 1]], f, patterns)
                # حذر زعماء الاتحاد الأوروبي واشنطن: a definite word governs no genitive,
                # and a state's name is no adjective
                or (
                    texts[i - 1].startswith(_DEFINITE_STARTS)
                    and not person_title(texts[i - 1], patterns)
                )
            )
        ):
            break  # the state is the verb's object
        if (
            surname
            and (
                f.common
                or (
                    f.article
                    and not f.nisba
                    and tok not in COMPOUND_ENDS  # محمد فخر الدين، ماهر جاد الله
                    and (
                        common_noun(tok[2:], patterns)
                        # البرلمان، الباب: after the surname itself (سلمى خالد من المعهد: a
                        # setting, read below)
                        or (_definite_noun(tok, patterns) and proper_name(texts[i - 1], patterns))
                    )
                )
                # كلف إيمانويل ماكرون خبيرين ثقافيين: nor stands a dual or a plural in
                # apposition to one person: the verb's object
                or (not f.given and noun_number((tok,)) in ("d", "p"))
                # ألقى الشيخ عبدالمجيد العمري كلمة، بول بوغبا فوز: a common noun whose first
                # letter a clitic may be, listed as written with the article as it stands
                or _indefinite_noun(tok, f)
            )
        ):
            break  # وأكد جون كيري أهمية الدور: a full name governs no noun, the object
        if (
            given
            and f.common
            and tok[-1] in "ةى"
            and not f.given
            and texts[i - 1] != ON_BEHALF
            and _more_words(texts, i + 1, patterns)
        ):
            # ونشر الوزير خالد منصور صورة على حسابه: nor does a given name govern an
            # indefinite noun, told by its ة and by the words of the clause after it (a
            # surname may be spelled like a noun: أحمد عيد; أحمد سلامة إن ends the phrase)
            break
        if (
            introduced
            and words >= 2
            and f.article
            and not f.adjective
            and not texts[first_i].startswith("ال")  # الهيئة احتواء الدليل: read below
            # مجموعة فالكون القابضة: a feminine word after a feminine noun may agree with
            # it, an adjective
            and not (tok.endswith("ة") and texts[first_i].endswith("ة"))
            and _definite_noun(tok, patterns)
            and _plain_name(texts[i - 1], patterns)
        ):
            # وجهت وكالة بلومبرج الأنظار: nor a definite one, after a name that reads as a
            # name only
            break
        if introduced and words >= 2 and f.common and tok[-1] == "ة":
            # وأتاحت منصة سناب شات ميزة جديدة: a name after the noun that introduces it
            # governs no indefinite noun, the object; told by its ة, since a transliterated
            # name may be spelled like a common noun (صحيفة صنداي تايمز), and not a definite
            # one, which a construct before it may govern (جمعية منظمي الرحلات).
            break
        if (
            first >= 0
            and tok in issued
            and not given  # المحامي مروان صادر: a surname
            and (words > 1 or texts[i - 1] in lists["statement"] or texts[i - 1][:2] == "ال")
        ):
            # التقرير الصادر مؤخرا، بيان صادر عن الوزارة: what describes it, or its issuer;
            # a bare indefinite document other than a statement keeps it (تقرير صادر عن
            # الشركة: what names it in the annotated sets)
            break
        if first >= 0 and tok == _FIRST and _yesterday(texts, i + 1):
            break  # صحيفة نيويورك تايمز أول من أمس: the day before yesterday, a time
        surname = (
            given
            and not (
                (f.article and not f.nisba)  # a nisba is a surname (محمد الصمعاني)
                or f.head
                or f.given
                or f.common
                or tok in NAME_PARTICLES
                or tok[0] == "و"
            )
        ) or (i > 0 and texts[i - 1] == FAMILY)  # تركي آل الشيخ: آل and the family's name
        # وأيوب قرا: a given name with و that opens the phrase is as given for the next word
        given = (
            f.given
            or point  # د. عواطف: the word after a title's abbreviation is a first name
            or (first < 0 and tok[:1] == "و" and len(tok) > 3 and is_given_name(tok[1:]))
        )
        point = False
        # وفقا لـ|لسفير: a word the clitic has cut is read as no name
        names = names and f.name_like and not (after_clitic and first < 0)
        after_name = False
        name = not f.article and not f.head and not f.possessed  # محلليها: a noun, no name
        if first < 0:
            first, first_i = at, i
            owned = f.possessed
            title = f.head and not f.intro
            anonymous = f.anonymous
            introduced = f.intro
        else:
            introduced = introduced and f.name_like and not f.article
        if tok in _DANGLING:
            dangling, kept = at + len(tok), last
        last = at + len(tok)
        words += 1
        if words >= _MAX_WORDS and not (words == _MAX_WORDS and bound(tok, patterns)):
            break  # a word that needs the next (بن، آل، بمملكة) takes it past the limit
        i += 1
        if words == 1 and tok in anaphors:
            break  # وأدان معاليه الهجوم: a word that points back governs no noun, the object
    if before_fi >= 0 and norm[first:last].endswith("في"):
        last = before_fi  # في with nothing of the phrase after it: منظمة التجارة في توقعاتها
    elif last == dangling and kept >= 0:
        last = kept  # نشطاء من بينهم، فيسبوك الآن: no noun phrase ends with a particle
    return ((first, last) if first >= 0 else None), addressee, i, read


def _definite_body(texts: list[str], first: int, end: int) -> bool:
    """Whether ``texts[first:end]`` is a body's definite noun and adjectives that need nothing.

    At most :data:`_BODY_WORDS` words, every one with the article (الوزارة الاتحادية); the
    first names no person (a person's title keeps where it is held: المسؤول بتنظيم), and
    the last opens with no م after the article: it may be a participle, which takes ب as
    its complement (اللجنة المكلفة بتنفيذ، الجهات المعنية بمكافحة).
    """
    return (
        end - first <= _BODY_WORDS
        and all(w.startswith("ال") for w in texts[first:end])
        and not texts[end - 1].startswith("الم")
        and entity_type((texts[first],)) != "person"
    )


#: The most words of a body's definite noun and its adjectives read by :func:`_definite_body`.
_BODY_WORDS = 4


def _surname_alone(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` reads as a family or foreign name: no given name, common word or particle.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [_surname_alone(w, patterns) for w in ("زوكربيرغ", "محمد", "وسائل", "الجيش")]
        [True, False, False, False]
    """
    f = word_facts(word, patterns)
    return (
        f.name_like
        and not (f.given or f.article or f.particle or f.preposition or f.digit)
        and not takes_article(word)
        and word not in NAME_PARTICLES
        and word not in patterns.lists["partitive"]
        and word not in patterns.lists["quantifier"]
    )


#: How far back the word before an occurrence is looked for (a long name and its spaces),
#: and how many occurrences are looked at, the first in the reach: a look's cost bounded.
_BEFORE_CHARS = 30
_OCCURRENCES = 12


def _word_before(norm: str, pos: int) -> str:
    """The word that ends right before ``pos``, over spaces or a hashtag's underscore."""
    end = pos
    floor = max(0, pos - _BEFORE_CHARS)
    while end > floor and norm[end - 1] in " \t_":
        end -= 1
    start = end
    while start > floor and norm[start - 1].isalnum():
        start -= 1
    return norm[start:end]


def _named_after_name(norm: str, word: str, after: str, at: int, patterns: CuePatterns) -> bool:
    """Whether the text near ``at`` writes ``word`` after a given name or a name's noun.

    حسن روحاني، #مارك_زوكربيرغ، شركة تويتر: the word is a name of its own (a surname, a
    company's name), not a common noun in construct (صاحب السمو، مصنعو الطائرات). Not
    where ``after`` follows it there too (محمد بن سلمان ولي العهد: the construct again,
    after a name that ends with a given name). Read within a few paragraphs either side:
    the cost of one look is bounded.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> norm = "قال حسن روحاني. ووصف روحاني المواقف. وقال صاحب السمو"
        >>> _named_after_name(norm, "روحاني", "المواقف", 30, patterns)
        True
        >>> _named_after_name(norm, "صاحب", "السمو", 50, patterns)
        False
    """
    reach = min(len(norm), at + _NAMED_REACH)
    found = (
        pos
        for pos in _alone(norm, word, max(0, at - _NAMED_REACH), reach)
        if not norm.startswith(after, pos + len(word) + 1)
    )
    for pos in islice(found, _OCCURRENCES):
        before = _word_before(norm, pos)
        if before:
            f = word_facts(before, patterns)
            # a given name that is no particle (أنا ولي عهد: the pronoun, not Ana)
            if (f.given and not f.particle) or f.intro:
                return True
    return False


def _titled_name(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word``, after a title, is a word of the bearer's name (الممثلة كارين هولت).

    A word of a name, no common noun (وزير خارجية بلاده keeps its genitive), after a phrase
    that a title opens: it governs no possessed noun, so one after it is the object
    (وألغت الممثلة كارين هولت مواعيدها).
    """
    f = word_facts(word, patterns)
    return f.name_like and not (f.article or f.given or f.verb or f.preposition or f.digit)


def possessed_person(word: str, patterns: CuePatterns) -> bool:
    """Whether the possessed ``word`` is a title, a kin's noun or a source's (مؤسسها، والدته).

    Such a word speaks for its owner (رئيسها، ابنته), no thing the owner has (حديثه).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [possessed_person(w, patterns) for w in ("رئيسها", "والدته", "حديثه")]
        [True, True, False]
    """
    bare = unpossessed(word)
    # a person's title is a source's noun (person_title: speaker_head of a person)
    return bare in patterns.lists["relational"] or bare in patterns.lists["speaker_head"]


def _predicate_after(before: WordFacts) -> bool:
    """Whether an elative (أكثر، أشد) after a word of these facts is no adjective of it.

    After a definite word or a name, a word no list holds as a common noun (دولان), it
    is a predicate or an adverbial. Not after a given name (علي أكبر is one name), nor
    after an indefinite common noun, whose adjective it may be (عدد أكبر).
    """
    return before.word and not (before.given or before.common or before.digit)


def _plain_name(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` reads as a word of a name only: no clitic, title or common word.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> words = ("براساد", "باسم", "بمدينة", "لتطوير", "الوزير", '"', "ورئيس", "منظمي")
        >>> [_plain_name(w, patterns) for w in words]
        [True, False, False, False, False, False, False, False]
    """
    f = word_facts(word, patterns)
    return (
        f.word
        and f.name_like
        and not (f.article or f.particle or f.preposition or f.verb)
        and word not in NAME_PARTICLES
        and word != ON_BEHALF
        and not takes_article(word)
        # براساد، بوغبا: a name may open with ب or ل; بمدينة، لتطوير are a clitic and its
        # noun
        and not (f.clitic_preposition and (takes_article(word[1:]) or masdar_shaped(word[1:])))
        # وليد، ويلسون: nor و and a noun (ورئيس، وشركة)
        and not (word[:1] == "و" and not _plain_name(word[1:], patterns))
        # منظمي، مقاتلو: a sound plural in construct, its ن dropped, governs what follows
        and not (word[-1:] in "يو" and takes_article(word[:-1] + "ين"))
    )


def _after_verb(norm: str, texts: list[str], i: int, start: int) -> bool:
    """Whether the token ``i`` of ``texts`` (read from ``start``) stands right after a verb."""
    if i:
        return word_class(texts[i - 1]) == "verb"
    last = LAST_WORD.search(norm, max(0, start - _VERB_CHARS), start)
    return last is not None and word_class(last.group(1)) == "verb"


#: The most words of a state's or a seat's name (تل أبيب، الولايات المتحدة الأمريكية).
_STATE_WORDS = 3
#: How far back (in characters) the verb before a phrase's first token is looked for.
_VERB_CHARS = 20


def _new_phrase(
    prev: str, word: str, following: str, facts: WordFacts, patterns: CuePatterns
) -> bool:
    """Whether ``word`` opens another noun phrase after ``prev`` rather than going on.

    A common noun without the article that governs a definite noun (``following``) after
    a definite adjective is read as a new phrase (رئيس الدبلوماسية الأميركية منطقة الشرق:
    the adjective closed the title, the noun is the verb's object), and so is an
    indefinite one joined by و to a definite noun (والدة الطفل ومعرفة مكانها: a second
    object, not a second title); a number after the noun is as definite a genitive
    (وسائل الإعلام التركية هوية 15 سعوديا). A source noun goes on (وزير الخارجية ونائب
    الرئيس), and so does a definite conjunct (الخبير الاقتصادي ورجل الأعمال); a name
    spelled like a noun after an adjective (المخرج الفرنسي إدوار بار) governs nothing
    definite. A title in apposition that no list knows is cut (الشيخ الأزهري خطيب
    المسجد: the name stays).
    """
    if not prev.startswith("ال"):
        return False  # the cheap test first: this runs on every word of a phrase
    joined = word[:1] == "و"
    # a number after the noun is as definite a genitive (هوية 15 سعوديا)
    definite = following.startswith("ال") or (not joined and following[:1].isdigit())
    if definite is joined:
        return False
    if not joined and not prev.endswith(_NISBA):
        return False
    bare = word[1:] if joined else word
    return not (
        bare.startswith("ال")
        or facts.source_head
        or word_facts(bare, patterns).source_head
        or is_given_name(bare)
        or not takes_article(bare)
        or not common_noun(bare, patterns)
    )


def _past_phrase(texts: list[str], i: int, patterns: CuePatterns) -> int:
    """The index after the noun at ``i`` and the adjectives that follow it (جهة أخرى)."""
    i += 1
    while i < len(texts) and (texts[i] in _OTHER or word_facts(texts[i], patterns).adjective):
        i += 1
    return i


#: The most nouns of a construct a role's participle may be over, the definite one that
#: ends it included (المشرف على فريق كرة القدم: three).
_ROLE_CONSTRUCT = 3


def _definite_object(texts: list[str], i: int, most: int) -> bool:
    """Whether a definite noun ends the phrase at token ``i`` within ``most`` tokens.

    The nouns before it are indefinite nouns of its construct (فريق كرة القدم).
    """
    for j in range(i, min(len(texts), i + most)):
        if texts[j].startswith("ال"):
            return True
        if not takes_article(texts[j]):
            return False
    return False


#: Adjectives of "other" and "second" (normalised), as in من جهة أخرى، من ناحية ثانية.
_OTHER = frozenset(("اخرى", "اخري", "ثانية", "اخر"))


def _opens_subject(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` opens a subject on its own: a source noun or a given name."""
    facts = word_facts(word, patterns)
    return facts.source_head or facts.given


def _after_person(texts: list[str], i: int, patterns: CuePatterns) -> bool:
    """Whether the tokens before ``i`` end with a person's name (a given name, maybe a surname).

    A place after a person is the setting (فريدة الشوباشي في مكالمة هاتفية); after a title
    or an institution it is part of the phrase (رئيس البعثة في بغداد).
    """
    if i >= 1 and is_given_name(texts[i - 1]):
        return True
    return i >= 2 and is_given_name(texts[i - 2]) and not word_facts(texts[i - 1], patterns).head


#: The prepositions after a participle of a role that name what the role is over.
_OF_ROLE = frozenset(("على", "عن"))
#: The word of a title's field after ل (محرر بي بي سي لشؤون الشرق الأوسط).
_AFFAIRS = frozenset(("شؤون",))
#: Endings of a dual or a sound plural (مندوبان، المحتجون): of a common noun, no name.
_PLURAL_ENDINGS = ("ان", "ون", "ين", "ات")
#: Endings that a name (other than a given name) seldom has: a feminine noun (مشرعة) or a
#: possessive ``our`` (مراسلنا).
_NOT_NAME_ENDINGS = ("ة", "نا")


def _stem(word: str) -> str:
    """``word`` without the article and a dual or plural ending (المحتجون → محتج)."""
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
    return bare[:-2]


#: Words of a phrase's tests of their own (بـ"أبو نقطة"، من جهته، لـ): never plain.
_NOT_PLAIN = frozenset(("ب", "ل", "من"))


def _accusative(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is an indefinite common noun in the accusative (توضيحا، خطابا).

    After a speaker's name it is the verb's object or a circumstance, never the name's:
    a name in ا (سوريا، زاخاروفا) is no common noun with ا added. A derived verbal noun's
    shape with ا added (توضيحا، استنكارا) is one too, whatever the lists hold.
    """
    if len(word) <= 3 or not word.endswith("ا"):
        return False
    noun = word[:-1]
    return common_noun(noun, patterns) or (
        len(noun) >= _DERIVED_MASDAR
        and noun.startswith(_MASDAR_OPENINGS)  # not أوتاوا: إفعال's shape fits names too
        and masdar_shaped(noun)
        and not is_given_name(noun)
    )


#: How the verbal nouns of derived forms that no name is shaped like open (تفعيل، تفاعل،
#: استفعال), normalised.
_MASDAR_OPENINGS = ("ت", "است")


#: More tokens than this in marks right after a name, without a noun that introduces
#: names before it, are speech (ويقول أيهم "هكذا صرخت في وجه والدي"), not its name.
_SPEECH_IN_MARKS = 4
#: Words no speaker phrase ends with, normalised: prepositions that are no name (not خلف،
#: a surname too) and الآن (نشطاء من بينهم، فيسبوك الآن); nor هي in ليو هي.
_DANGLING = frozenset(("من", "في", "عن", "على", "الى", "مع", "الان"))
#: من and a pronoun: what an adjective of closeness takes (مقربين منه).
_OF_ONE = frozenset(("منه", "منها", "منهم", "منهما", "منهن"))
#: أمس الأول (the day before yesterday), normalised: its second word.
_BEFORE = "الاول"
#: أول أمس، أول من أمس (the day before yesterday), normalised: its first word.
_FIRST = "اول"


def _more_words(texts: list[str], i: int, patterns: CuePatterns) -> bool:
    """Whether token ``i`` is a word of the clause that goes on, no complementizer or stop.

    After ونشر الوزير خالد منصور صورة the noun has words of its own (على حسابه); after
    وقال الوزير أحمد سلامة the complementizer (إن) or a comma follows the name.
    """
    if i >= len(texts):
        return False
    word = texts[i]
    return word[:1].isalnum() and patterns.complementizer.fullmatch(word) is None


def _yesterday(texts: list[str], i: int) -> bool:
    """Whether the tokens from ``i`` read أمس or من أمس (after أول: a time, no name)."""
    if i < len(texts) and texts[i] == "من":
        i += 1
    return i < len(texts) and texts[i] == "امس"


def _past_time(texts: list[str], i: int, patterns: CuePatterns) -> int:
    """The index of the token after the time phrase that starts at token ``i``.

    Days and parts of a day, with the commas between them: أمس، اليوم الخميس، مساء أمس
    الأول، الإثنين،; a part of a day with the definite noun it is of (عشية اللقاء).
    """
    lists = patterns.lists
    j = i
    while j < len(texts) and (
        texts[j] in lists["day"]
        or texts[j] in lists["day_part"]
        or (j > i and texts[j] in (_BEFORE, ","))
        or (j > i and texts[j - 1] in lists["day_part"] and texts[j][:2] == "ال")
    ):
        j += 1
    return j


def _subject_next(texts: list[str], i: int, patterns: CuePatterns) -> bool:
    """Whether the token after ``i`` heads a source (:func:`_opens_subject`)."""
    return i + 1 < len(texts) and _opens_subject(texts[i + 1], patterns)


def _read_on(
    texts: list[str],
    starts: list[int],
    norm: str,
    read: int,
    reach: int,
    *,
    whole: bool = False,
) -> int:
    """Add the tokens of the next stretch from ``read`` (texts and starts); return its end.

    A stretch ends at a space (no token holds one), so the tokens read stretch by stretch
    are those of the whole: a phrase of a dozen words reads a few stretches, not ``reach``.
    With ``whole`` the stretch runs to ``reach``.
    """
    stop = reach if whole else norm.find(" ", read + _STRETCH, reach)
    stop = reach if stop < 0 else stop
    more, at = tokens_of(norm, read, stop)
    texts += more
    starts += at
    return stop


def tokens_of(norm: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """The texts and starts of the ``TOKEN`` matches in ``norm[start:end]``.

    Read piece by piece between spaces: a piece of letters and digits alone (most are) is
    one token, with no match made for it; another piece is read by ``TOKEN``. No token
    holds a space, so the pieces' tokens are the stretch's.

    Example:
        >>> tokens_of('قال الوزير, "نعم"', 0, 17)
        (['قال', 'الوزير', ',', '"', 'نعم', '"'], [0, 4, 10, 12, 13, 16])
    """
    texts: list[str] = []
    starts: list[int] = []
    text, at = texts.append, starts.append
    pos = start
    for piece in norm[start:end].split(" "):
        if piece.isalnum():  # what [^\W_]+ matches: no underscore, no space
            text(piece)
            at(pos)
        elif piece[:-1].isalnum() and piece[-1] != "_" and not piece[-1].isspace():
            # الوزير, قال: a word and a character of [^\w\s] after it, a token of its own
            text(piece[:-1])
            at(pos)
            text(piece[-1])
            at(pos + len(piece) - 1)
        elif piece[1:].isalnum() and piece[0] != "_" and not piece[0].isspace():
            text(piece[0])  # "نعم: the same before a word
            at(pos)
            text(piece[1:])
            at(pos + 1)
        elif piece:
            for m in TOKEN.finditer(norm, pos, pos + len(piece)):
                text(m.group())
                at(m.start())
        pos += len(piece) + 1
    return texts, starts


def _addressee_after(
    texts: list[str], starts: list[int], i: int, patterns: CuePatterns
) -> tuple[int, int] | None:
    """The first addressee from token ``i`` on (لـ"الغد", للصحافيين).

    It may stand past an apposition: قال الوزير، خالد منصور، لـ"الغد".
    """
    for k in range(i, len(texts)):
        tok = texts[k]
        if tok == "ل" and k + 1 < len(texts) and texts[k + 1] in MARKS:
            close = _next_mark(texts, k + 2)
            if close is not None:
                return starts[k + 1] + 1, starts[close]  # a mark is one character
        elif tok.startswith("ل") and _addressee_word(tok, patterns):
            return starts[k] + 1, _phrase_end(texts, starts, k)
    return None


def can_open(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` can be the first word of a speaker's noun phrase.

    Not a verb, a preposition with a pronoun (عليها) or an accusative participle (مقدما),
    not a time word, a number or a word with a preposition (بالعاصمة), unless it is a
    source noun.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [can_open(w, patterns) for w in ("الوزير", "تامر", "عليها", "مقدما", "نشرت")]
        [True, True, False, False, False]
    """
    lists = patterns.lists
    if word in lists["speaker_head"] or word in lists["name_intro"]:
        return True
    return _may_open(word, word_class(word), patterns)


def _may_open(word: str, kind: str, patterns: CuePatterns) -> bool:
    """:func:`can_open` of a word of class ``kind`` that is no source noun nor introduces a name.

    What :func:`word_facts` asks, knowing those facts already.
    """
    if kind in _ENDS_PHRASE:
        return False
    lists = patterns.lists
    if word[0].isdigit() or word in lists["not_first"] or word.startswith(("بال", "لل")):
        return False
    if word.startswith("كال") and len(word) > 5 and takes_article(word[3:]):
        return False  # كالفنانة: "like the singer", a comparison, no subject (not كالين)
    bare = word[1:]
    if word[0] in "بل" and bare[:1].isascii() and bare[:1].isalpha():
        return False  # لـCNN، بـBBC: a preposition and a Latin name (to whom it was said)
    if word[0] in "بل" and is_given_name(bare) and not is_given_name(word):
        return False  # صرح لجون أفريك: a preposition and a name (to whom), not لبنى
    return not (
        word[0] in "بل"
        and (
            bare in lists["not_first"]  # بهذا، لذلك: a preposition and a demonstrative
            or bare in lists["speaker_head"]
            or bare in lists["name_intro"]
            # بقرار، لشركة: a preposition and a common noun (not لائحة: a noun itself)
            or (takes_article(bare) and not takes_article(word) and not is_given_name(word))
        )
    )


@lru_cache(maxsize=1 << 12)
def _document(word: str) -> bool:
    """Whether ``word`` is an indefinite document (تقرير، بيان), whose ل + press is its own."""
    return not word.startswith("ال") and entity_type((word,)) == "document"


def _addressee_word(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is ل + a noun of the press (لوكالة، للصحافيين، لشبكة) or a Latin name.

    ل written on a word in Latin letters (لـCNN, the tatweel normalised away) is a clitic
    on a foreign name, after a source's phrase the outlet it spoke to.
    """
    bare = without_l(word).rstrip("0123456789")  # لفرانس24
    return (
        bare in patterns.lists["addressee_head"]
        or bare in patterns.lists["name_intro"]
        or (word[:1] == "ل" and word[1:2].isascii() and word[1:2].isalpha())
    )


def definite_conjunct(word: str) -> bool:
    """Whether ``word`` is و written on a definite common noun (والشرطة، والصناعة).

    The conjunction joins the noun to a phrase before it; a name spelled so (والتر) is
    none: what follows وال must be a noun that takes the article (تر does not).

    Example:
        >>> definite_conjunct("والصناعة"), definite_conjunct("والتر")
        (True, False)
    """
    return word.startswith(_AND_THE) and takes_article(word[len(_AND_THE) :])


def without_l(word: str) -> str:
    """A word without its clitic ل (للهيئة → الهيئة، لوكالة → وكالة).

    Example:
        >>> without_l("للهيئة"), without_l("لوكالة")
        ('الهيئة', 'وكالة')
    """
    return "ال" + word[2:] if word.startswith("لل") else word[1:]


def _of_institution(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is ل + an institution other than the press (للهيئة، لشركة).

    After a title it says whose title it is (الناطق الإعلامي للهيئة), not to whom it was
    said (لوكالة الأنباء).
    """
    bare = without_l(word)
    lists = patterns.lists
    return bare in lists["name_intro"] and bare not in lists["press"]


def setting_at(norm: str, pos: int, patterns: CuePatterns) -> bool:
    """Whether a setting phrase (في بيان، في تصريح) or a time word starts at ``pos``."""
    words = WORD.findall(norm, pos, min(len(norm), pos + 30))
    if len(words) < 2:
        return True
    if possessed(words[1]):
        return True  # في حسابه، في تصريحاته: where or how it was said
    phrase = words[0] + " " + words[1]
    form = patterns.forms.get(phrase)
    lists = patterns.lists
    return (
        (form is not None and form.form == "setting")
        or words[1] in lists["mention_stop"]
        or words[1] in lists["month"]  # زيدان في فبراير: a time, not a place of the phrase
        or words[1] in lists["time_noun"]  # الشركة في العام الماضي: when, not where
        or words[1] in lists["setting_noun"]  # الشرطة في المقابل: how the clause goes on
        or words[1][:1].isdigit()  # الاتحاد في 30 أيار، المفوضية في 2019: a date
    )


def _mark_before(tokens: list[re.Match[str]], k: int) -> int | None:
    """The opening mark of a short name that closes at token ``k`` (words alone between)."""
    return _opening_before(tokens, k, MARKS)


def _paren_before(tokens: list[re.Match[str]], k: int) -> int | None:
    """The opening parenthesis of a short name that closes at token ``k`` (words alone)."""
    return _opening_before(tokens, k, _OPEN_PAREN)


def _opening_before(tokens: list[re.Match[str]], k: int, opens: frozenset[str]) -> int | None:
    """The token of ``opens`` before a short name that closes at token ``k``.

    Words alone stand between, at least one and at most ``_SHORT_NAME``.
    """
    for j in range(k - 1, max(-1, k - _SHORT_NAME - 2), -1):
        tok = tokens[j].group()
        if tok in opens:
            return j if j < k - 1 else None
        if not tok[0].isalnum():
            return None
    return None


#: The opening parenthesis, as a set of one token.
_OPEN_PAREN = frozenset("(")


def _next_paren(texts: list[str], i: int) -> int | None:
    """The closing parenthesis of a short name from token ``i``, if words alone come first."""
    for k in range(i, min(len(texts), i + _SHORT_NAME + 1)):
        tok = texts[k]
        if tok == ")":
            return k if k > i else None
        if not tok[0].isalnum():
            return None
    return None


#: The most words of a short name in marks or in parentheses (صحيفة (التايمز)).
_SHORT_NAME = 3


def _next_mark(texts: list[str], i: int) -> int | None:
    for k in range(i, min(len(texts), i + 8)):
        if texts[k] in MARKS:
            return k
    return None


def _phrase_end(texts: list[str], starts: list[int], i: int) -> int:
    end = starts[i] + len(texts[i])
    for k in range(i + 1, min(len(texts), i + 4)):
        tok = texts[k]
        if not tok[0].isalnum() and tok not in MARKS:
            break
        end = starts[k] + len(tok)
    return end


def mention_before(
    norm: str,
    cue_start: int,
    patterns: CuePatterns,
    *,
    gender: str | None = None,
    number: str | None = None,
) -> tuple[int, int] | None:
    """The subject of a subject-verb clause: the words right before the cue (الأمير قال).

    Taken only when they are a short noun phrase that starts with a source noun, or a short
    name right after a clause word; the clause may not reach back past punctuation. Right
    after a relative pronoun the phrase is what the pronoun follows, after a preposition
    too when it names a source (وحمل على روسيا التي حذرت); with a plural or dual verb
    (``number``) after الذي or التي there is none: the verb's suffix is its subject.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "غير ان الامير قال ان"
        >>> span = mention_before(norm, norm.index("قال"), cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'الامير'
    """
    window = norm[max(0, cue_start - _BEFORE_CUE) : cue_start]
    offset = cue_start - len(window)
    tokens = list(TOKEN.finditer(window))
    relative_word = tokens[-1].group() if tokens else ""
    relative = relative_word in RELATIVES
    if relative and gender is not None and FEMININE_RELATIVE.get(relative_word) != (gender == "f"):
        return None  # تونس، التي قال إنها: the verb does not agree, its subject is dropped
    if relative and with_object(norm, cue_start, patterns):
        return None  # الرد الصيني الذي وصفه بأنه: what the relative stands for is the object
    if relative and number in ("p", "d") and relative_word in SINGULAR_RELATIVES:
        return None  # القانون الذي قالوا إنه: the verb's suffix is its subject, the law its object
    if relative:
        tokens.pop()  # السلطات الأفغانية التي قالت: the subject stands before التي
        if tokens and tokens[-1].group() == ",":
            tokens.pop()  # النجمة، كارمن سليمان، التي قالت: the name in apposition
    words: list[re.Match[str]] = []
    opener = ""  # the clause word or punctuation the phrase follows
    governed = False  # whether a preposition governs what the relative follows
    k = len(tokens)
    while k > 0:
        k -= 1
        m = tokens[k]
        tok = m.group()
        if tok == ")" and not words and (opening := _paren_before(tokens, k)) is not None:
            k = opening  # لكن متحدثا باسم الاتحاد (CBI) قال: the short name it goes by
            continue
        if tok in MARKS and not words:
            opening = _mark_before(tokens, k)
            if opening is None:
                break
            words += (m, tokens[opening])  # وكانت "بي إن سبورتس" قالت: a name in marks
            k = opening
            continue
        if not tok[0].isalnum() and tok not in MARKS:
            if tok == "," and not words and k + 1 < len(tokens) and tokens[k + 1].group() == "قد":
                continue  # وكان رئيس الوزراء، قد أكد: the comma before قد
            if tok in TAGS and words and tokens[k + 1].start() == m.end():
                continue  # وكان الرئيس #دونالد_ترمب وصف: a hashtag or handle is part of the name
            if tok in _SENTENCE_ENDS:
                opener = tok  # مسودة البيان تطالب: the phrase opens the sentence, its topic
            break
        if tok in _CLAUSE_WORDS or tok == "قد" or tok in WAS:
            if tok == "قد" and not words:
                continue
            opener = tok
            break
        if relative and (source := patterns.forms.get(tok)) is not None and source.form == "source":
            opener = tok  # حسب عطار التي ترى: the source phrase's noun, without its word
            break
        if is_preposition(tok):
            if relative and words:
                # وحمل على روسيا التي حذرت: what the relative follows, in any case, when it
                # names a source (على الملاعب التي أعلنت أنها لا تفضلها: the verb's object)
                opener = tok
                governed = True
                break
            # تغريدة على موقع تويتر قال فيها: a preposition's object, no subject; unless
            # the phrase is the accusative subject of لكنّ (لكن مسؤولا في الوزارة أوضح)
            return _accusative_subject(tokens, k, offset, patterns)
        if (
            relative
            and words
            and tok.startswith("ال")
            and words[-1].group().startswith("ال")
            and word_facts(words[-1].group(), patterns).source_head
        ):
            break  # وهاجم الوزير الشركة التي أكدت: a definite source noun opens its own phrase
        if words and (tok in patterns.lists["day"] or tok in patterns.lists["day_part"]):
            # أصدر الاثنين الاتحاد بيانا ذكر فيه: a day between a verb and its subject is
            # read past, to the verb whose subject and object the words are
            continue
        if tok in patterns.speech_words and words and not relative:
            return None  # وكتب اللاعب رسالة قال فيها: the words are the other verb's
        if tok in patterns.speech_words or tok in patterns.lists["mention_stop"]:
            break
        if word_class(tok) == "verb":
            if relative and words:
                break  # ويأمل غييوم لاكروا الذي يكشف: the verb of the clause the name is in
            return None  # إذا كان عبيدي عاد من ليبيا قالت: a clause, not a subject
        words.append(m)
        if k == 0 and offset == 0:
            opener = "."  # the text opens with the phrase: a sentence's topic
        if len(words) > 5:
            if relative:
                break  # ... منطقة مكة المكرمة سلطان بن عرار الدوسري، الذي: the name at its end
            if len(words) > _WAS_SUBJECT:
                return None
    if relative and len(words) > 5:
        words = _name_at_end(words, patterns)
    if (
        relative
        and len(words) > 1
        and FEMININE_RELATIVE[relative_word]
        and word_facts(words[-1].group(), patterns).common  # a thing's noun, no woman's name
        and not words[-1].group().endswith(("ة", "ات"))
        and proper_name(words[0].group(), patterns)
    ):
        words = words[:-1]  # موقف كريستين لاغارد، التي قالت: التي agrees with the name
    if not words or (len(words) > 5 and not relative and opener not in WAS):
        return None
    words.reverse()
    if relative and len(words) > 2 and not opens_source(words[0].group(), patterns):
        words = _genitive_source(words, patterns)
    head = words[0].group()
    accusative = opener in patterns.lists["accusative_subject"] and _accusative_head(head, patterns)
    if head not in MARKS and not can_open(head, patterns) and not accusative:
        return None  # حوالي 4000 ريال: no speaker starts so
    if opener in _SENTENCE_ENDS and not opens_source(head, patterns):
        return None  # وبينما نوه، أخيرا قال: no source opens the sentence
    if governed and not (opens_source(head, patterns) or proper_name(head, patterns)):
        return None
    # A source noun (الأمير قال), a short name right after a clause word (لكن ليبرمان أشار)
    # or the name a relative pronoun refers to (كارمن سليمان، التي أكدت).
    # After كان the words up to a past verb are its subject, whatever their length (وكان
    # صالح خبري وزير الطاقة الجزائري قال: the pluperfect كان + subject + verb).
    short = len(words) <= 2 or (relative and (len(words) <= 3 or _is_name(words, patterns)))
    if (
        head not in patterns.lists["speaker_head"]
        and not ((opener or relative) and short)
        and not (opener and _one_of_people(words, patterns))
        and opener not in WAS
        and not accusative
    ):
        return None
    return words[0].start() + offset, words[-1].end() + offset


def _genitive_source(words: list[re.Match[str]], patterns: CuePatterns) -> list[re.Match[str]]:
    """What a relative pronoun follows in ``words``, when their head names no source.

    مقتل فلسطينيين برصاص الجيش الإسرائيلي، الذي أفاد: the source after the last common
    noun with a clitic preposition (the genitive of برصاص). Else ``words`` as they are.
    """
    for k in range(len(words) - 2, 0, -1):
        word = words[k].group()
        if len(word) > 3 and word[0] in "بل" and common_noun(word[1:], patterns):
            rest = words[k + 1 :]
            return rest if opens_source(rest[0].group(), patterns) else words
    return words


def one_of_those_who(
    norm: str, mention: tuple[int, int], end: int, patterns: CuePatterns
) -> tuple[int, int] | None:
    """A partitive and the relative clause it is one of: أحد الذين يسهلون عمليات الهجرة.

    ``mention`` is a partitive alone (أحد، بعض) that a plural relative pronoun follows;
    the clause after it, up to ``end`` (the complementizer) and without punctuation, says
    whom the partitive is one of, and is part of the phrase. Else None.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "يقول احد الذين يسهلون الهجرة ان"
        >>> end = norm.index(" ان")
        >>> span = one_of_those_who(norm, (5, 8), end, cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'احد الذين يسهلون الهجرة'
    """
    if norm[mention[0] : mention[1]] not in patterns.lists["partitive"]:
        return None
    first = WORD.search(norm, mention[1], end)
    clause = norm[mention[1] : end]
    if (
        first is None
        or first.group() not in _PLURAL_RELATIVES
        or not all(c.isalnum() or c.isspace() for c in clause)
    ):
        return None
    return mention[0], mention[1] + len(clause.rstrip())


def described_subject(
    norm: str, mention: tuple[int, int], end: int, patterns: CuePatterns
) -> tuple[int, int] | None:
    """An indefinite noun and what describes it, up to ``end`` (the complementizer).

    An indefinite noun alone is rarely the whole subject: a clause with no relative
    pronoun (وأفاد أشخاص حضروا المحاكمة أن) says which, and so does a preposition and its
    noun after a noun of people (وأفادت مصادر على إطلاع بأن، رد ممثلون عن أبوظبي بالقول).
    Not a setting, a time or an addressee (في، لدى and the press after ل are read by
    :func:`clean_mention`), nor the verb's own preposition (خلص باحثون إلى أن، أعلنت
    فيسبوك عن); not a name, a relative adjective or a document (بيان أصدرته الوزارة is
    the ministry's voice). Else None.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "وافاد اشخاص حضروا المحاكمة ان"
        >>> end = norm.index(" ان")
        >>> span = described_subject(norm, (6, 11), end, cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'اشخاص حضروا المحاكمة'
    """
    head = norm[mention[0] : mention[1]]
    facts = facts_of(patterns)
    f = facts[head]
    if (
        not f.word
        or f.article
        or f.given
        or f.nisba
        or (f.name_like and not takes_article(head))
        or entity_type((head,)) == "document"
    ):
        return None  # a name, a definite phrase or a document: no noun of people described
    words = []
    stop = mention[1]
    for m in WORD.finditer(norm, mention[1], end):
        if m.group() in patterns.speech_words or facts[m.group()].bal:
            break  # رد ممثلون عن أبوظبي بالقول: the verb's own phrase ends the subject
        words.append(m.group())
        if len(words) == _DESCRIBED_WORDS:
            return None  # too long for a description: the words are read no further
        stop = m.end()
    rest = norm[mention[1] : stop]
    if not words or not all(c.isalnum() or c in " \t" for c in rest):
        return None
    lists = patterns.lists
    if any(w in lists["day"] or w in lists["day_part"] or facts[w].filler for w in words):
        return None  # a time or a filler stands among the words: no description
    first = facts[words[0]]
    people = f.source_head or f.anonymous or head.endswith(("ون", "ين"))
    described = (first.finite and not first.stop) or (  # حضروا المحاكمة
        people
        and (
            (words[0] in _DESCRIBING_PREPOSITIONS and len(words) > 1)  # على إطلاع
            or words[0] in _OF_HIM  # مقربين منه
        )
    )
    return (mention[0], stop) if described else None


#: The most words of an indefinite noun's description.
_DESCRIBED_WORDS = 6
#: Prepositions that describe an indefinite noun before its verb's complementizer.
_DESCRIBING_PREPOSITIONS = frozenset(("عن", "من", "على"))
#: من with a pronoun (normalised): close to him, her or them (مقربين منه).
_OF_HIM = frozenset(("منه", "منها", "منهم"))


#: Plural relative pronouns (normalised): after a partitive, whom it is one of.
_PLURAL_RELATIVES = frozenset(("الذين", "اللواتي", "اللاتي"))


def _one_of_people(words: Sequence[re.Match[str]], patterns: CuePatterns) -> bool:
    """Whether ``words`` open with a quantifier and a definite plural of persons.

    حتى أن أحد المعلقين السعوديين البارزين ألمح، كما أن بعض المحللين يرون: one or some of
    a group of people, what its adjectives say of them however many they are.
    """
    return (
        len(words) > 1
        and words[0].group() in patterns.lists["quantifier"]
        and words[1].group().startswith("ال")
        and words[1].group().endswith(("ين", "ون"))
    )


#: The most words of such a subject, prepositional phrases included (لكن مصدرا في وزارة
#: الصحة التايلاندية أوضح).
_ACCUSATIVE_WORDS = 7


def _accusative_head(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is a source noun in the accusative (مصدرا، متحدثا، مسؤولا)."""
    return len(word) > 3 and word.endswith("ا") and word[:-1] in patterns.lists["speaker_head"]


def _accusative_subject(
    tokens: list[re.Match[str]], k: int, offset: int, patterns: CuePatterns
) -> tuple[int, int] | None:
    """The accusative subject of إنّ or a sister that holds the preposition at token ``k``.

    ``tokens`` run up to the verb. The phrase opens with a source noun in the accusative
    right after the particle, and holds only nouns and prepositions up to the verb.
    """
    last = len(tokens) - 1
    for j in range(k - 1, max(-1, k - _ACCUSATIVE_WORDS), -1):
        tok = tokens[j].group()
        if not tok[0].isalnum() or word_class(tok) == "verb" or tok in patterns.speech_words:
            return None
        if (
            _accusative_head(tok, patterns)
            and j > 0
            and tokens[j - 1].group() in patterns.lists["accusative_subject"]
            and last - j < _ACCUSATIVE_WORDS
        ):
            return tokens[j].start() + offset, tokens[last].end() + offset
    return None


#: Punctuation that ends the sentence before a phrase, which then opens its own.
_SENTENCE_ENDS = frozenset(".!?")


def relayed_from(
    norm: str, patterns: CuePatterns, lemma: str, start: int, end: int
) -> re.Match[str] | None:
    """The preposition in ``[start, end)`` before the source a verb of relaying quotes.

    عن or إلى as a word (نقلت الصحيفة عن مصادر، نسبت الصحيفة إلى مسؤول), the last one
    before a source when there are several, else for a lemma listed in ``relay_clitic`` a
    clitic ل (نسبت الصحيفة ليادلين).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "نقلت الصحيفة عن مصادر مطلعة"
        >>> relayed_from(norm, cue_patterns(default_lexicon()), "نقل", 4, len(norm)).group()
        'عن'
    """
    lists = patterns.lists
    found = [m for m in WORD.finditer(norm, start, end) if m.group() in lists["relay_preposition"]]
    for m in reversed(found):
        pos = m.end()
        while pos < len(norm) and norm[pos] in " \t":
            pos += 1
        after = WORD.match(norm, pos)
        if after is not None and opens_source(after.group(), patterns):
            return m  # في تقرير عن الأوضاع عن مسؤول أمني: the عن before a source
    if found:
        return found[0]
    if lemma in lists["relay_clitic"]:
        return _CLITIC_L.search(norm, start, end)
    return None


#: A clitic ل on a word (ليادلين).
_CLITIC_L = re.compile(r"(?<!\w)ل(?=\w)")


def opens_source(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` heads a source: a source noun, a given name or a listed head.

    The listed heads are those of ``data/entity_heads.tsv`` that name no person's title
    (an organisation, a group, a document, an anonymous source): مسودة، الحكومة، وزارة.
    A word that opens a sentence before a verb is its topic only when it heads a source so
    (مسودة البيان تطالب، سلمى الخطيب تؤكد); an adverb (أخيرا، ثانيا، هكذا), a question
    word or a noun joined by و to the sentence before is none.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [opens_source(w, patterns) for w in ("مسودة", "سلمى", "الوزير", "ثانيا", "وبينما")]
        [True, True, True, False, False]
    """
    facts = word_facts(word, patterns)
    return facts.head or facts.given or entity_type((word,)) != "person"


def person_title(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is a source noun that is a person's title (الوزير، متحدث، رئيس).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [person_title(w, patterns) for w in ("الوزير", "متحدث", "الوزارة", "سلمى")]
        [True, True, False, False]
    """
    return word in patterns.lists["speaker_head"] and entity_type((word,)) == "person"


#: Object pronouns a verb of saying takes (وصفه، وصفتها).
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


def with_object(norm: str, cue_start: int, patterns: CuePatterns) -> bool:
    """Whether the cue at ``cue_start`` carries an object pronoun (وصفه، اعتبرها).

    After a relative pronoun such a pronoun stands for what the relative does: that
    phrase is the verb's object, and its subject is dropped.
    """
    m = WORD.match(norm, cue_start)
    if m is None:
        return False
    word = m.group()
    for suffix in _OBJECT_PRONOUNS:
        if word.endswith(suffix) and patterns.forms.get(word[: -len(suffix)]) is not None:
            return True
    return False


def subject_after_was(norm: str, cue_start: int, patterns: CuePatterns) -> tuple[int, int] | None:
    """The subject between كان and the verb of saying at ``cue_start``, if one stands there.

    In ``وكان مارك شنايدر الرئيس التنفيذي وصف القهوة بأنها`` (the pluperfect: كان, its
    subject, a past verb) the words after the verb are its object, not its subject.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> norm = "وكان الرئيس التنفيذي مارك شنايدر وصف القهوة بانها"
        >>> norm[slice(*subject_after_was(norm, norm.index("وصف"), patterns))]
        'الرئيس التنفيذي مارك شنايدر'
        >>> subject_after_was("وقال الرئيس التنفيذي وصف", 20, patterns) is None
        True
    """
    if norm.find(_WAS_LETTERS, max(0, cue_start - _BEFORE_CUE - _WAS_GAP), cue_start) < 0:
        # no form of كان where one could stand before a subject (most cues): the subject,
        # read from the words before the cue alone, is not looked for
        return None
    span = mention_before(norm, cue_start, patterns)
    if span is None:
        return None
    before = WORD.findall(norm, max(0, span[0] - _WAS_GAP), span[0])
    if not before or before[-1] not in WAS:
        return None
    # Cut as a subject after its verb is cut (الرئيس التنفيذي الجديد للشركة: to whom).
    return clean_mention(norm, span[0], span[1], patterns, find_addressee=False)[0]


#: The clitic ل standing alone right before a quote mark (لـ"الغد" once tatweel is gone).
_LONE_L = re.compile(r"(?<!\w)ل[ \t]*\Z")
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u0640]")
_HASHTAG = re.compile(r"#|_")  # the sign of a hashtag, and the underscores between its words
_ORIGINAL_MARKS = re.compile('["«»“”„‟‹›″()]')  # quote marks, and parentheses: صحيفة (التايمز)


def names_the_same(norm: str, span: tuple[int, int], patterns: CuePatterns) -> bool:
    """Whether the mention at ``span`` is "the same" source: the one just named.

    A source noun after نفس or ذات (نفس المصدر، ذات المصدر) or before نفسه or ذاته
    (المصدر نفسه، المصادر ذاتها) is an emphatic of identity: it names no new source but
    points back to the one the text has just quoted, whatever noun that one had. After a
    name, نفسه means "himself" (الطبيجي نفسه): the name is the source.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> text = "وحسب المصدر نفسه فإن"
        >>> names_the_same(text, (5, 11), patterns), names_the_same(text, (5, 16), patterns)
        (True, True)
        >>> names_the_same("وأضاف ذات المصدر", (6, 16), patterns)
        True
        >>> names_the_same("وقال الطبيجي نفسه", (5, 12), patterns)
        False
        >>> names_the_same("وقال المصدر إن", (5, 11), patterns)
        False
    """
    words = WORD.findall(norm, *span)
    lists = patterns.lists
    if len(words) == 2 and words[0] in lists["same"]:
        noun = words[1]
    elif len(words) == 2 and words[1] in lists["itself"]:
        noun = words[0]
    elif len(words) == 1 and norm[span[1] : span[1] + 1] == " ":
        after = WORD.match(norm, span[1] + 1)
        if after is None or after.group() not in lists["itself"]:
            return False
        noun = words[0]
    else:
        return False
    return noun.startswith("ال") and word_facts(noun, patterns).source_head


def source_before(
    norm: str,
    start: int,
    pos: int,
    patterns: CuePatterns,
    *,
    first: bool = False,
    feminine: bool = False,
) -> tuple[int, int] | None:
    """The last (or ``first``) noun phrase headed by a source noun in ``[start, pos)``.

    What ``الأخير`` (the latter) points back to: بالرئيس الأمريكي، دونالد ترامب، بعد أيام
    من تحذير الأخير. With ``first``, the subject of an article's opening sentence: what
    ``معاليه`` means when nobody has spoken yet. With ``feminine``, only a feminine source
    noun: في مقابلة نشرتها وكالة "بلومبرج"، الجمعة، لافتة إلى ... is the agency's.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "التقى الوزير بالسفير الفرنسي, جان دوبوا, بعد تحذير الاخير"
        >>> span = source_before(norm, 0, norm.index("الاخير"), cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'السفير الفرنسي'
        >>> norm = "في مقابلة نشرتها وكالة الانباء, الجمعة, لافتة"
        >>> span = source_before(
        ...     norm, 0, norm.index("لافتة"), cue_patterns(default_lexicon()), feminine=True
        ... )
        >>> norm[slice(*span)]
        'وكالة الانباء'
    """
    heads = patterns.lists["speaker_head"]
    words = WORD.finditer(norm, start, pos)  # the first phrase: read only up to its head
    for m in words if first else reversed(list(words)):
        word = m.group()
        bare = word[1:] if word[:1] in "بلو" and word[1:] in heads else word
        if bare in heads and (not feminine or bare.endswith("ة")):
            offset = m.start() + len(word) - len(bare)
            # The phrase clean_mention(norm, offset, pos, patterns) gives, without reading
            # every token up to ``pos`` for an addressee after it.
            mention = _cut(norm, [], [], offset, offset, pos, patterns, after_clitic=False)[0]
            return _speaker(norm, mention)
    return None


def honoured(norm: str, pos: int, honorific: str, patterns: CuePatterns) -> tuple[int, int] | None:
    """The phrase of the person that the honorific pronoun at ``pos`` (سموه، معاليه) answers.

    The nearest person before ``pos``, within ``_HONOUR_REACH`` characters, introduced with
    the honorific's own title (صاحب السمو الملكي الأمير ... for سموه، معالي الرئيس العام ...
    for معاليه), or failing that with a rank that bears it (الأمير for سموه;
    :func:`~quotekit.morphology.honoured_titles`). A title after a clitic (لسمو ولي العهد،
    وسمو ولي عهده) is someone the sentence speaks of or to, not its subject: passed over.
    The phrase starts at a rank of the honorific right after the title (صاحب السمو الملكي
    الأمير، معالي وزير) when one follows.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "واكد صاحب السمو الامير فيصل, امير المنطقة, ان العمل مستمر, ورفع التهنئة"
        >>> norm += " لسمو ولي العهد. وقال سموه"
        >>> span = honoured(norm, len(norm) - 4, "سموه", cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'الامير فيصل'
    """
    tiers = honoured_titles(honorific)
    ranks = frozenset().union(*tiers[1:])
    words = list(WORD.finditer(norm, max(0, pos - _HONOUR_REACH), pos))
    for tier, titles in enumerate(tiers):
        for k in range(len(words) - 1, -1, -1):
            if without_article(words[k].group()) not in titles:
                continue
            start = words[k].start()
            if k and words[k - 1].group() in BEARERS:
                start = words[k - 1].start()  # صاحب السمو
            # معالي وزير العدل، صاحب السمو الملكي الأمير: after the title, the name starts
            # at a rank that bears it.
            rank = next(
                (m for m in words[k + 1 : k + 3] if without_article(m.group()) in ranks), None
            )
            if tier == 0 and rank is not None:
                start = rank.start()
            reach = min(len(norm), start + REACH)
            mention = _cut(norm, [], [], start, start, reach, patterns, after_clitic=False)[0]
            if mention is not None and mention[0] == start:
                return mention
    return None


#: The tanween of the accusative, as the original writes an indefinite accusative (هادئاً).
_FATHATAN = "\u064b"  # ARABIC FATHATAN


def has_tanween(mapped: NormalizedText) -> bool:
    """Whether the original of ``mapped`` writes the accusative's tanween anywhere.

    Example:
        >>> from quotekit.normalization import normalize_mapped
        >>> has_tanween(normalize_mapped("قال هادئاً")), has_tanween(normalize_mapped("قال"))
        (True, False)
    """
    return _FATHATAN in mapped.original


def before_accusative(mapped: NormalizedText, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` cut before its first word, past the first, written as an accusative.

    A subject is nominative: a word the original writes with the accusative's tanween
    (هادئاً، مبتسمًا) is a circumstance or an object after the subject (وقال كفاح حسين
    هادئاً، وتابع بينيتيز مبتسمًا), never part of it. Normalisation drops the mark, so the
    original is read; most spans hold none and are returned after one search.

    Example:
        >>> from quotekit.normalization import normalize_mapped
        >>> mapped = normalize_mapped("كفاح حسين هادئاً إن")
        >>> mapped.text[slice(*before_accusative(mapped, (0, 16)))]
        'كفاح حسين'
    """
    original = mapped.original
    if original.find(_FATHATAN, mapped.to_original(span[0]), mapped.to_original(span[1])) < 0:
        return span  # the common case: no accusative written in the span
    words = list(WORD.finditer(mapped.text, *span))
    for before, word in pairwise(words):
        # the mark stands after the alef (اً) or before it (ًا): read up to the next letter
        start, end = mapped.to_original(word.start()), mapped.to_original(word.end())
        if original.find(_FATHATAN, start, end + 1) >= 0 and not before.group()[0].isdigit():
            return span[0], before.end()  # (not the noun a number counts: 65 عاماً)
    return span


def lost_article(mapped: NormalizedText, span: tuple[int, int]) -> bool:
    """Whether the mention at ``span``, right after a clitic ل, lost its article's alef.

    وفقا ل|لشرطة، ل|لإحصائيات: the first word is the article's ل and a common noun, one that
    news writes with the article or shaped as one (a noun in ة, a verbal noun of a derived
    form: للعينة، للترميز); not a name (لليبرمان). An alef after the ل may be the noun's
    own (للائحة): the word with its ل must then be none that news writes with the article.

    Example:
        >>> from quotekit import normalize_mapped
        >>> words = ("للشرطة", "للإحصائيات", "للائحة", "لليبرمان")
        >>> text = " ".join("وفقا " + w for w in words)
        >>> mapped = normalize_mapped(text, config="extraction")
        >>> spans = [(text.index(w) + 1, text.index(w) + len(w)) for w in words]
        >>> [lost_article(mapped, span) for span in spans]
        [True, True, False, False]
    """
    if mapped.text[span[0] - 1 : span[0]] != "ل":
        return False  # no clitic before the mention
    m = WORD.match(mapped.text, span[0], span[1])
    word = m.group() if m else ""
    noun = word[1:]
    if word[:1] != "ل" or not (takes_article(noun) or noun.endswith("ة") or masdar_shaped(noun)):
        return False
    return noun[:1] != "ا" or not takes_article(word)


def name_of(mapped: NormalizedText, span: tuple[int, int]) -> str:
    """The name a mention gives, as the original writes it, without quote marks or parentheses.

    A leading ل clitic (``للشرطة الإسرائيلية``) is dropped, and a hashtag reads as its words
    (``#مجلس_الوزراء`` → ``مجلس الوزراء``).

    Example:
        >>> from quotekit import normalize_mapped
        >>> mapped = normalize_mapped('وفقا للشرطةِ "الإسرائيلية"', config="extraction")
        >>> name_of(mapped, (5, len(mapped.text)))
        'الشرطةِ الإسرائيلية'
    """
    start, end = mapped.span_to_original(*span)
    text = _ORIGINAL_MARKS.sub(" ", _dots_restored(mapped, span, start, end))
    # #مجلس_الوزراء_السعودي: a hashtag names as its words do
    words = _INVISIBLE.sub("", _HASHTAG.sub(" ", text)).split()
    if words and words[0].startswith("لل") and len(words[0]) > 3:
        words[0] = "ال" + words[0][2:]
    elif words and mapped.original[start - 1 : start] == "ل" and lost_article(mapped, span):
        words[0] = "ا" + words[0]  # وفقا لـ|لشرطة: the article's alef fell after the ل
    elif words and words[0][:1] == "ف" and words[0][1:3] in ("ال", "أل") and len(words[0]) > 5:
        words[0] = words[0][1:]  # فالبيت الأبيض: a conjunction, not the name
    return " ".join(words)


def _dots_restored(mapped: NormalizedText, span: tuple[int, int], start: int, end: int) -> str:
    """``original[start:end]``, with each final ى that the reading took for ي written so.

    A text of the Egyptian convention writes the final ي dotless (المصرى); extraction
    reads it with its dots (see ``quotekit.extract``), and a name gives it back so: one
    name for one source, whichever convention the article follows.
    """
    original = mapped.original[start:end]
    norm = mapped.text
    if "ى" not in original or original.count("ى") == norm.count("ى", *span):
        return original  # the common case: no ى read otherwise
    chars = list(original)
    for i in range(*span):
        if norm[i] == "ي":
            j = mapped.to_original(i) - start
            if 0 <= j < len(chars) and chars[j] == "ى":
                chars[j] = "ي"
    return "".join(chars)


def courtesy_before_name(words: Sequence[str], patterns: CuePatterns) -> bool:
    """Whether ``words`` open with a title of courtesy before a name (السيدة فوغل).

    Such a title (``courtesy``: السيد، السيدة، الآنسة) makes no common noun's phrase and
    is no word of the name; the name heads the phrase, and the title tells its gender. Not
    before a definite word (السيدة البالغة من العمر 35 عاما: no name follows).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> p = cue_patterns(default_lexicon())
        >>> [courtesy_before_name(["السيدة", w], p) for w in ("فوغل", "القادمة")]
        [True, False]
    """
    if len(words) < 2 or words[0] not in patterns.lists["courtesy"]:
        return False
    after = facts_of(patterns)[words[1]]
    return after.name_like and not after.article


def first_name_like(word: str, lists: dict[str, frozenset[str]], speech: frozenset[str]) -> bool:
    """Whether ``word`` can be a first name before a surname (not وكان، ليس، عليه).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> p = cue_patterns(default_lexicon())
        >>> [first_name_like(w, p.lists, p.speech_words) for w in ("حسين", "وكان")]
        [True, False]
    """
    return (
        len(word) > 2
        and word_class(word) == "noun"
        and word not in lists["speaker_head"]
        and word not in lists["mention_stop"]
        and word not in lists["mention_filler"]
        and word not in speech
        and not word.startswith(("ال", "وال", "بال", "لل", "فال"))
        # ترجمها: a verb with its object; تجربة: a noun in ة is no name unless listed
        and (is_given_name(word) or not word.endswith(("ها", "هم", "هما", "هن", "ة")))
    )


#: The fewest words of a name in apposition that a complementizer ends, no comma after it.
_NAMED_WORDS = 2
#: The complementizers that end a name in apposition with no comma after it.
_THAT_WORDS = THAT_WORDS | {f"ب{w}" for w in THAT_WORDS}


def apposition(
    norm: str, mention_end: int, limit: int, patterns: CuePatterns
) -> tuple[int, int] | None:
    """A proper name set off by commas after a mention: وزير الدفاع، أفيغدور ليبرمان، ...

    Titles may open it (الأمير محمد بن سلمان, العقيد أحمد المسماري, عقيد أركان حرب تامر
    الرفاعي) and a surname with the article may follow a first name; a description
    (القيادي في ...) is no name.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "قال وزير الدفاع, خالد منصور, ان"
        >>> span = apposition(norm, 15, len(norm), cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'خالد منصور'
    """
    after = _after_comma(
        norm,
        mention_end,
        min(limit, mention_end + APPOSITION_REACH),
        _APPOSITION_WORDS,
        stop=_THAT_WORDS,
    )
    if after is None or not after[0]:
        return None
    words = after[0]
    heads = patterns.lists["speaker_head"]
    k = 0
    while k < len(words) - 1 and (words[k].group() in heads or words[k].group() in _RANK_WORDS):
        k += 1  # الدكتور، عقيد أركان حرب: the titles before the name
    rest = words[k:]
    if len(rest) <= _NAME_WORDS and _is_name(rest, patterns):
        return rest[0].start(), words[-1].end()
    return None


#: The most words after the comma of an apposition that are read (titles and a name), and
#: of the name.
_APPOSITION_WORDS = 7
_NAME_WORDS = 4
#: Words of a military rank that stand between a title and a name (عقيد أركان حرب، اللواء
#: الركن).
_RANK_WORDS = frozenset(("اركان", "حرب", "الركن", "ركن"))


def _after_comma(
    norm: str, end: int, reach: int, most: int, *, stop: frozenset[str] = frozenset()
) -> tuple[list[re.Match[str]], bool] | None:
    """The words after a comma at ``end`` up to the next punctuation mark or word of ``stop``.

    Returns them and whether that mark is a comma; None without a comma at ``end`` or with
    more than ``most`` words.
    """
    tokens = TOKEN.finditer(norm, end, reach)
    first = next(tokens, None)
    if first is None or first.group() != ",":
        return None
    words: list[re.Match[str]] = []
    for m in tokens:
        tok = m.group()
        if not tok[0].isalnum():
            return words, tok == ","
        if tok in stop:
            # قال المحلل، صلاح الدين الجورشي إن: the clause opens after a name of two words
            # or more (not after a particle of its own أن: ، بيد أن)
            return (words, False) if len(words) >= _NAMED_WORDS else None
        if len(words) >= most:
            return None
        words.append(m)
    return words, False


def description_after(
    norm: str, mention_end: int, limit: int, patterns: CuePatterns
) -> tuple[int, int] | None:
    """A description set off by commas after a name: بارا رونتري، الباحثة في المعهد، إن.

    The description opens with the article or a source noun (الباحثة، المتحدث، رئيس) and
    closes with a second comma within a few words; it names the same source.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "قال خالد منصور, الباحث في المعهد, ان"
        >>> span = description_after(norm, 14, len(norm), cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'الباحث في المعهد'
    """
    reach = min(limit, mention_end + _DESCRIPTION_CHARS)
    after = _after_comma(norm, mention_end, reach, _DESCRIPTION_WORDS)
    if after is None or not after[0] or not after[1]:
        return None  # nothing after the comma, or no second comma: not set off
    words = after[0]
    head = words[0].group()
    if not (head.startswith("ال") or head in patterns.lists["speaker_head"]):
        return None  # a name (apposition), a number, a verb
    if word_class(head) != "noun" or any(w.group() in patterns.speech_words for w in words):
        return None
    return words[0].start(), words[-1].end()


def name_after(
    norm: str, mention_end: int, limit: int, patterns: CuePatterns
) -> tuple[int, int] | None:
    """A person's name that ends the subject a title opens, past the rest of the title.

    وأوضح المتحدث الرسمي لجمعية زمزم للخدمات الصحية فهد بن محمد الزهراني، أن: the mention
    stops at the title's institution; the name closes the subject before the comma or the
    complementizer. It must open with a listed given name and have two words or more; the
    words between are nouns of the title or prepositions of its setting (السفير لدى هولندا
    أمام المحكمة X: no verb, no word of saying), a preposition of the setting only before
    the name. An addressee may follow the name (X لوكالة الأنباء); after a given name a
    surname may be spelled like a noun (عماد سلامة); a name after مع is the other party's.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "قال المتحدث باسم جمعية زمزم للخدمات فهد بن محمد الزهراني, ان"
        >>> span = name_after(norm, 11, len(norm), cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'فهد بن محمد الزهراني'
    """
    words: list[re.Match[str]] = []
    for m in TOKEN.finditer(norm, mention_end, min(limit, mention_end + _NAME_AFTER_CHARS)):
        tok = m.group()
        if not tok[0].isalnum() or (
            may_open(patterns.complementizer_words, tok)
            # في بيروت، عن المنكر before the name: its title's setting or genitive; after
            # it (X في بيانه، X عن قلقه) the writer's words
            and not (is_preposition(tok) and len(_name_at_end(words[::-1], patterns)) < 2)
        ):
            break
        if words and word_facts(tok, patterns).to_press:
            break  # عماد سلامة لوكالة الأنباء: to whom it was said, after the subject
        if tok == "مع":
            return None  # في لقائه مع علي العلياني: the name is the other party's
        if tok in patterns.speech_words or (word_class(tok) != "noun" and not is_preposition(tok)):
            return None  # a preposition may open the title's setting (أمام المحكمة)
        words.append(m)
    else:
        return None
    name = _name_at_end(words[::-1], patterns)
    if len(name) < 2 and len(words) >= 2 and is_given_name(words[-2].group()):
        last = words[-1].group()
        if not (last.startswith("ال") or possessed(last) or last in patterns.lists["speaker_head"]):
            # عماد سلامة، أحمد عيد: after a given name, a surname spelled like a noun
            name = [words[-1], words[-2]]
    if len(name) < 2 or not is_given_name(name[-1].group()):
        return None
    return name[-1].start(), name[0].end()


#: How far (in characters) past a title its name may close the subject.
_NAME_AFTER_CHARS = 100


#: The most words and characters of a description set off by commas after a name.
_DESCRIPTION_WORDS = 8
_DESCRIPTION_CHARS = 120


def _name_at_end(backwards: list[re.Match[str]], patterns: CuePatterns) -> list[re.Match[str]]:
    """The longest proper name (up to five words) that ends a phrase read backwards."""
    for size in range(min(5, len(backwards)), 0, -1):
        if _is_name(backwards[:size][::-1], patterns):
            return backwards[:size]
    return []


def _is_name(words: list[re.Match[str]], patterns: CuePatterns) -> bool:
    """Whether the words are a proper name: a first name, then names or surnames."""
    names = [w.group() for w in words]
    compound = len(names) > 1 and names[1] in COMPOUND_ENDS  # فخر الدين، عبد الرحمن
    rest = names[2:] if compound else names[1:]
    return (compound or _name_word(names[0], patterns)) and all(
        _name_word(w, patterns) or _surname(w, patterns) for w in rest
    )


#: What ends a compound given name of two words (فخر الدين، عبد الله، عبد الرحمن).
COMPOUND_ENDS = frozenset(("الدين", "الله", "الرحمن", "الرحيم", "العزيز", "الكريم"))


def _surname(word: str, patterns: CuePatterns) -> bool:
    """Whether a word with the article can end a name after a first name (أحمد المسماري)."""
    return (
        word.startswith("ال")
        and len(word) > 3
        and word not in patterns.lists["speaker_head"]
        and word_class(word) == "noun"
    )


def _name_word(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` can be part of a proper name (not محل، إقامة، ورئيسة، برنامجها).

    A word that news text writes with the article is a common word, unless it is a
    given name (حسين، علي); so is a possessed noun.
    """
    if word in NAME_PARTICLES:
        return True  # بن، أبو، آل (ال once normalised): يحيى آل إسحاق
    if is_given_name(word):
        return True
    heads = patterns.lists["speaker_head"]
    bare = word[1:] if word[:1] == "و" else ""  # ورئيسة: and + a common noun
    return (
        first_name_like(word, patterns.lists, patterns.speech_words)
        and not takes_article(word)
        and not (bare and (takes_article(bare) or bare in heads))
        and not possessed(word)  # برنامجها
    )


_NISBA = ("ي", "ية", "يين", "يون", "يان", "يتين")


def noun_phrase(norm: str, span: tuple[int, int], patterns: CuePatterns) -> tuple[int, int]:
    """Cut a source noun phrase before a word that cannot belong to it.

    After a verb the subject runs into the object (ونفى الجيش النيجيري الاتهامات): a word
    with the article stays when it is a genitive after a word without one (وزارة الخارجية،
    لحقوق الإنسان) or a nisba adjective (النيجيري، الدولية); another ends the phrase. A
    definite noun takes no possessed noun after it either (المغني أغنيته: the object), nor
    a common noun without the article (الجيش الإسرائيلي قصف دبابة، رئيس الدبلوماسية
    الأمريكية منطقة), other than a title (النويصر رئيس الرابطة). A given name and a
    surname take no definite noun after them (دونالد ترامب التحقيق).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> for norm in ("الجيش النيجيري الاتهامات", "المغني اغنيته", "الجيش الاسرائيلي قصف"):
        ...     print(norm[slice(*noun_phrase(norm, (0, len(norm)), patterns))])
        الجيش النيجيري
        المغني
        الجيش الاسرائيلي
    """
    words = list(WORD.finditer(norm, *span))
    return span[0], _subject_end(
        norm, [m.group() for m in words], [m.end() for m in words], patterns
    )


def _subject_end(norm: str, words: list[str], ends: list[int], patterns: CuePatterns) -> int:
    """Where :func:`noun_phrase` cuts a phrase of ``words`` (ending at ``ends``)."""
    end = last = ends[0]
    first_name = False  # whether the word before ``prev`` is a given name
    facts = facts_of(patterns)
    b = facts[words[0]]
    for k in range(1, len(words)):
        f = facts[words[k]]
        if words[k - 1] in NAME_PARTICLES:
            # تركي آل الشيخ، محمد بن سلمان: a name particle takes the word after it, title
            # or definite word as it may be.
            end, last = ends[k], end
            b = f
            continue
        if f.digit:
            break  # اعتقلت الولايات المتحدة 74 شخصا: a number starts the object
        adjective = (
            f.adjective
            or (f.feminine_participle and b.feminine_noun)  # _adjective(b, f), without a call
            or (b.article and f.article and _passive_participle(words[k - 1], words[k]))
        )
        if b.article and (
            (f.article and not adjective) or f.possessed or (f.common and words[k - 1] != "الله")
        ):
            break
        if (
            b.and_the  # definite_conjunct(words[k - 1]): b holds that word's facts
            and (f.common or _indefinite_noun(words[k], f))
            and not (f.source_head or f.given)
        ):
            # أوضحت وزارة التجارة والصناعة بدء العمل: a definite noun joined by و governs no
            # genitive, as one without it (above): the indefinite noun after it is the object
            break
        if k + 1 < len(words) and (b.article or b.and_the) and _object_masdar(words, k, b, f):
            break  # أوضحت الوزارة احتواء الترميز، أعلنت الهيئة اعتماد الدليل: the object
        if b.clitic_preposition and f.possessed:
            break  # زعيم الميليشيات الموالية لإيران عناصره: the object after a preposition
        if (
            f.possessed
            and not f.name_like
            and k >= 2
            and not (b.article or b.head or b.given)
            and _names_back(words, k - 2, facts)
        ):
            # بدأت سارة كتابة مسرحيتها: a name governs no genitive, so the noun a possessed
            # noun follows opens the object (كتابة مسرحيتها), no word of the name
            end = last
            break
        if b.article and f.accusative:
            break  # أثارت المتحدثة باسم الوزارة جدلا: an accusative common noun, the object
        # a proper name, which governs no genitive (إسبانيا، مورينيو; not الله, nor واحد
        # in واحد من كل عشرة, whose من is partitive)
        proper = (
            b.name_like
            and not (b.article or b.given or b.nisba or b.particle or b.preposition or b.letter)
            and words[k - 1] not in patterns.lists["partitive"]
        )
        if (
            f.object_preposition
            and (b.article or proper)
            # الاف من: a number's partitive, whose written alef looks like the article
            and words[k - 1] not in patterns.lists["partitive"]
        ) or (k == 1 and (f.object_preposition or f.within) and _lone(words[0], b, patterns)):
            # طلبت هيئة حماية البيانات البريطانية من الشركة، حذر أردوغان من، احتج ترامب في
            # الأيام الأخيرة، سخر المدرب جوزيه مورينيو من: the verb's complement or setting
            # after a definite word or a name.
            break
        if (
            f.article
            and not b.article
            and not adjective
            and words[k] not in COMPOUND_ENDS  # علاء ولي الدين: the end of the name
            and ((first_name and not b.given) or (b.given and k >= 2 and words[k - 2] == _SON_OF))
        ):
            break  # دونالد ترامب التحقيق، عبدالله بن فهد التهنئة: a definite object
        if first_name and not b.given and f.common and not f.head:
            break  # جون كيري موقف بلاده: a full name governs no noun; the object
        if proper and f.common and not f.head:
            break  # مهاجم إسبانيا أداء قويا: nor does any proper name; the object
        if (proper or b.given) and _on_possessed(words[k]):
            break  # تأكيد حسين لزواجه، اتهام زيدان بنشرها: the complement
        first_name = b.given and not b.intro
        end, last = ends[k], end
        b = f
    if norm[last:end].strip() in WITHIN:
        end = last  # أنقرة في 20 كانون الثاني: the preposition opens the object's setting
    return end


def _object_masdar(words: Sequence[str], k: int, b: WordFacts, f: WordFacts) -> bool:
    """Whether ``words[k]`` is a verbal noun that opens the object after a body's name.

    A definite word (الوزارة، الداخلية; والصناعة after و) governs no genitive, and an
    indefinite verbal noun (تطبيق، احتواء، استمرار) agrees with it as no adjective: it
    is the object (أعلنت الهيئة اعتماد الدليل; the callers ask for a genitive after it,
    or for a derived verbal noun of five letters or more, إنشاء، استمرار, which needs
    none: تدرس مجموعة الأطلس الصناعية إنشاء). A phrase headed by a
    person's title may go on with a name of the same letters (الفنانة إيمان، الرئيس
    ترامب); so may one whose head no list knows (a title, perhaps): only a body's, a
    group's or a document's phrase is cut. ``b`` and ``f`` are the facts of
    ``words[k - 1]`` and ``words[k]``.
    """
    if f.article or f.given or f.source_head or f.intro or f.possessed or not f.word:
        return False
    if not (b.article or b.and_the):
        return False  # not after a definite word, nor a definite conjunct (والصناعة)
    return masdar_shaped(words[k]) and entity_type((words[0],)) != "person"


def _names_back(words: list[str], k: int, facts: Mapping[str, WordFacts]) -> bool:
    """Whether ``words[k]`` ends a person's name: a given name, or a name after one.

    سارة، كارل هاينتس رومينيغه: back over at most two words of a name to a given name.
    """
    for word in words[max(0, k - 2) : k + 1][::-1]:
        f = facts[word]
        if f.given:
            return True
        if not f.name_like or f.article:
            return False
    return False


def past_name(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word``, right after a source's name, cannot be part of that name.

    A proper name governs no genitive, so a common noun after it (ترامب التحقيق، ميشال
    قرار), a title or a definite common noun (جميلة النجمة), a possessed noun (الإدارة
    الأمريكية عزمها), a verb (اللاعب أنكر) or a prepositional phrase (الشربتلي بمركز،
    توران لزوجة) opens what follows the name: the verb's object, a description or a
    setting. A relative adjective (البريطاني) and a name particle (بن، آل) do not.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [past_name(w, patterns) for w in ("التحقيق", "قرار", "البريطاني", "بن", "ترامب")]
        [True, True, False, False, False]
    """
    facts = word_facts(word, patterns)
    if facts.nisba or facts.adjective or word in NAME_PARTICLES or facts.given:
        return False
    if facts.article:
        return facts.head or _definite_noun(word, patterns)
    if facts.clitic_preposition or word[:1] == "و":
        # بمركز، لزوجة، ومعرفة: a preposition or a conjunction before a common noun
        return common_noun(word[1:], patterns) or word[1:].startswith("ال")
    return facts.common or facts.possessed or facts.verb or facts.digit


def proper_name(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` reads as a proper name.

    A given name, or a word without the article that is no preposition, title, common noun,
    possessed noun, relative adjective, verb or number.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [proper_name(w, patterns) for w in ("ترامب", "محمد", "الوزير", "قرار", "المصري")]
        [True, True, False, False, False]
        >>> proper_name("لدى", patterns)
        False
    """
    facts = word_facts(word, patterns)
    return facts.given or not (
        facts.article
        or facts.preposition  # لدى، على: no name, whatever lists lack it
        or facts.head
        or facts.common
        or facts.possessed
        or facts.adjective
        or facts.verb
        or facts.digit
        or not facts.word
        or word in NAME_PARTICLES
    )


def lone_name(word: str, patterns: CuePatterns) -> bool:
    """Whether a word may stand alone as a verb's subject (أردوغان، ترامب، القوات).

    A word that is not a title, a common noun, an accusative in ا (جانبا، مرارا) or a word
    of quantity that من follows as its partitive (واحد من كل عشرة).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [lone_name(w, patterns) for w in ("اردوغان", "واحد", "مرارا", "رئيس")]
        [True, False, False, False]
    """
    return _lone(word, word_facts(word, patterns), patterns)


def _lone(word: str, facts: WordFacts, patterns: CuePatterns) -> bool:
    """:func:`lone_name` of ``word``, whose :func:`word_facts` are ``facts``."""
    return not (
        facts.head or facts.common or word.endswith("ا") or word in patterns.lists["partitive"]
    )


def common_noun(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is a common noun without the article, not a title or a name.

    A word that news text also writes with the article, other than a title (رئيس), a
    word of a name (أم متولي، عبد), a nisba that may be a surname (حميدي) or a word with
    a clitic preposition (باسم، لشركة).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [common_noun(w, patterns) for w in ("صورة", "رويترز", "رئيس")]
        [True, False, False]
    """
    return (
        takes_article(word)
        and not is_given_name(word)
        and not word.endswith("ي")
        and word[0] not in "بلوفك"
        and word not in patterns.lists["speaker_head"]
        and word not in NAME_PARTICLES
    )


def _construct(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is a body's noun in construct, which governs the word after it.

    An organisation's noun without the article, alone (منظمة، هيئة) or after a clitic ب
    or ل (بمنظمة): indefinite, its genitive follows. Not a document's noun, which a
    passive verb may follow (مقال نشر الاثنين).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [_construct(w, patterns) for w in ("منظمة", "بمنظمة", "مسؤول", "المنظمة", "مقال")]
        [True, True, False, False, False]
    """
    if word.startswith("ال"):
        return False
    noun = word[1:] if word[:1] in "لب" and len(word) > 3 and takes_article(word[1:]) else word
    return entity_type((noun,)) == "organisation"


def _indefinite_noun(word: str, facts: WordFacts) -> bool:
    """Whether ``word`` is a common noun without the article that opens with ب، ل، و، ف or ك.

    :func:`common_noun` leaves such words out, since the letter may be a clitic; a word
    news writes with the article as it stands (فوز، كلمة، بيان) is a noun of its own. Not
    a given name, a source noun (وزير: a title in apposition) or a particle of a name.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [_indefinite_noun(w, word_facts(w, patterns)) for w in ("فوز", "كلمة", "وزير", "صورة")]
        [True, True, False, False]
    """
    return (
        word[:1] in "بلوفك"
        and takes_article(word)
        and not (facts.given or facts.source_head or facts.possessed)
        and word not in NAME_PARTICLES
    )


def _definite_noun(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word``, which opens with the article, is a definite common noun or title.

    :func:`common_noun` of the word without its article, save that the word may open with
    ب، ل، و، ف or ك: after the article no clitic stands (الباب، البرلمان، الفوز), and a
    body's noun counts (البرلمان). Not a person's title (الدكتور، المتحدث: in apposition
    to a name), a name in ي (nisba) or a given name (الفيصل).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [_definite_noun(w, patterns) for w in ("الباب", "البرلمان", "الدكتور", "الفيصل")]
        [True, True, False, False]
    """
    stem = word[2:]
    return (
        word not in COMPOUND_ENDS  # الله، الدين: the end of a compound name
        and takes_article(stem)
        and not is_given_name(stem)
        and not stem.endswith("ي")
        and stem not in NAME_PARTICLES
        and not person_title(word, patterns)
    )


#: Prepositions that, after a definite word, open the verb's complement, not the phrase's.
_OBJECT_PREPOSITIONS = frozenset(("من", "على", "الى", "عن", "مع", "حول"))
#: The word of a lineage between two given names (عبدالله بن فهد).
_SON_OF = "بن"
#: The word before a family's name (آل الشيخ), normalised (a key: it has no article).
FAMILY = "ال"
#: Words inside a name: a kunya (أبو، أم) or a lineage (بن، عبد).
NAME_PARTICLES = frozenset(("ابو", "ام", "بن", "ابن", "بنت", "عبد", "ال"))


def bound(word: str, patterns: CuePatterns) -> bool:
    """Whether a phrase cannot end on ``word`` (normalised): it needs the word after it.

    A name particle (بن، آل، أبو) before the rest of the name, or a common noun with a
    clitic preposition before its genitive (رئيس الوزراء بمملكة البحرين، الاتحاد الدولي
    لكرة القدم).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [bound(w, patterns) for w in ("بن", "لكرة", "سلمان", "لندن")]
        [True, True, False, False]
    """
    return word in NAME_PARTICLES or (
        word[:1] in "لب" and len(word) > 3 and takes_article(word[1:])
    )


#: Adjectives frequent in the titles of sources (الأمين العام، الرئيس السابق).
_TITLE_ADJECTIVES = frozenset(
    (
        "العام",
        "العامة",
        "الاعلى",
        "الاول",
        "الاولى",
        "الاسبق",
        "السابق",
        "السابقة",
        "الجديد",
        "الجديدة",
        "المخضرم",
        "التنفيذي",
    )
)


#: Adverbial nouns with ب (بشكل، بصورة) that a writer may quote after the subject: no
#: name in marks opens with one.
_MARKED_ADVERBS = frozenset(("بشكل", "بصورة"))


#: A definite passive participle of the simple verb, مفعول, singular (المعروف، المخلوع).
_PASSIVE_PARTICIPLE = regex.compile(
    r"""
    الم [^\W\d_]{2} و [^\W\d_]   # ال, then م, two root letters, و and the last root letter
    (?P<feminine> ة )?              # the feminine ending (المعروفة)
    """,
    regex.VERBOSE,
)


def _passive_participle(noun: str, word: str) -> bool:
    """Whether a definite ``word`` after a definite ``noun`` is its passive participle.

    One that agrees with it in gender is its adjective (رجل الأعمال السوري المعروف، الشركة
    المعروفة). A definite word after a definite word is its adjective or a new phrase (two definite
    nouns are never a genitive); a participle of the pattern مفعول, singular and of the
    noun's gender, describes it.

    Example:
        >>> _passive_participle("السوري", "المعروف"), _passive_participle("الشركة", "المعروفة")
        (True, True)
        >>> _passive_participle("الشركة", "المعروف"), _passive_participle("الوزير", "المسؤولين")
        (False, False)
    """
    m = _PASSIVE_PARTICIPLE.fullmatch(word)
    return m is not None and (m.group("feminine") is not None) == noun.endswith("ة")


def _adjective(noun: WordFacts, word: WordFacts) -> bool:
    """Whether a definite ``word`` after a definite ``noun`` can be its adjective.

    A relative adjective (النيجيري، الدولية), a frequent adjective of titles (العام،
    السابق), or a feminine participle (المتحدة، المسلحة) after a feminine noun or a
    plural of things, which takes a feminine adjective (الأمم المتحدة، القوات المسلحة).
    Two definite nouns are never a genitive, so any other word starts a new phrase.
    """
    return word.adjective or (word.feminine_participle and noun.feminine_noun)


@lru_cache(maxsize=1 << 16)
def possessed(word: str) -> bool:
    """Whether ``word`` is a noun with a possessive pronoun suffix (أغنيته، حسابها).

    Example:
        >>> possessed("اغنيته"), possessed("حسابها"), possessed("عبدالله"), possessed("طه")
        (True, True, False, False)
    """
    return unpossessed(word) != word and "الله" not in word


def _on_possessed(word: str) -> bool:
    """Whether ``word`` is ب or ل on a possessed noun (بنشرها، لزواجه): a complement.

    After a name it opens what the verb or verbal noun before the name governs, no word of
    the name (:func:`name_tail`, :func:`noun_phrase`).
    """
    return word[:1] in "بل" and len(word) > 3 and possessed(word[1:])


def possessed_thing(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is an act or a thing someone has, no one who speaks for them.

    A possessed verbal noun (مشاركتها، دعوته) or a possessed noun after a clitic
    preposition (بثنائيته، لمحاميه): right after a verb it is the verb's object or its
    complement, the pronoun its subject's (أكدت مشاركتها). A possessed title, kin, group
    or body speaks for its owner (رئيسها، ابنته، زملاؤه، شركته).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [possessed_thing(w, patterns) for w in ("مشاركتها", "بثنائيته", "رئيسها", "زملاؤه")]
        [True, True, False, False]
    """
    if not possessed(word) or _name_in_ye(word):
        return False
    bare = unpossessed(word)
    rest = bare[1:]
    if bare[:1] in "بل" and len(bare) > 3 and (takes_article(rest) or masdar_shaped(rest)):
        return True  # بثنائيته، لمحاميه: a preposition's phrase (not بلاده: his country)
    return masdar_shaped(bare) and bare not in patterns.lists["speaker_head"]


#: لما (لما يقرب من): a complement after a name, never a word of it.
_FOR_WHAT = "لما"


def _state_object(
    prev: str, word: str, prev_facts: WordFacts, facts: WordFacts, patterns: CuePatterns
) -> bool:
    """Whether the state or seat ``word`` after the proper name ``prev`` opens the object.

    A proper name governs no noun (واتهم ترامب بكين، اتهمت إدارة ترامب بكين): the state
    after it is the verb's object. Not after a given name, which a surname spelled like a
    seat may follow (جورج واشنطن), nor after a definite word (which :func:`_cut` reads
    apart: حذر زعماء الاتحاد الأوروبي واشنطن), a title or a particle (موسكو كما بكين:
    Moscow as Beijing).
    """
    return (
        facts.state  # names_state((word,)): ``facts`` are the word's
        and not facts.article
        and prev_facts.name_like
        and not (prev_facts.given or prev_facts.particle)
        and proper_name(prev, patterns)  # no article, no title: a given name is none here
    )


def name_tail(words: Sequence[str], start: int, patterns: CuePatterns) -> int:
    """Where the words after ``start`` stop being the name of the phrase before them.

    A fuller form of a source is read from an earlier place that names it, often as a
    verb's subject, and the verb's object may follow the subject there (أتاحت منصة سناب
    شات ميزة جديدة، علقت كاسبرسكي لاب العمل). A name is definite, and a definite phrase
    goes on only with what agrees with it. After a proper name or a definite word, the
    name stops at:

    - an indefinite common noun (ميزة، فيلم), which no definite phrase governs;
    - a definite common noun that is no adjective or title (روحاني المواقف), since two
      definite nouns are never a genitive;
    - a preposition of the verb's complement (إيرباص من أكبر الخاسرين), or a clitic
      preposition on a noun after a name (إنييستا لما يقرب من ساعة);
    - a quantifier (قادة التحالف جميع الأطراف، معظم، بعض), which opens another phrase.

    Anywhere, it stops at a verb, an accusative (الرجل رياضيا), a possessed common noun
    (استقالته), a clitic preposition on a possessed noun (بنشرها), and a second conjunct
    that is a name, or a definite word or a title after a name (لي كيكيانغ والقادة
    البلغاريون).
    ``words`` are normalised; returns ``len(words)`` when the name takes all of them.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> name_tail(("سناب", "شات", "ميزة", "جديدة"), 2, patterns)
        2
        >>> name_tail(("الرئيس", "التركي", "رجب", "طيب", "اردوغان"), 2, patterns)
        5
    """
    table = facts_of(patterns)
    for i in range(max(start, 1), len(words)):
        word, prev = words[i], words[i - 1]
        facts = table[word]
        if facts.given or facts.source_head or word in NAME_PARTICLES:
            continue  # a name or a title in apposition goes on (الأمير محمد)
        if (
            (facts.verb and not facts.common)
            or facts.accusative
            or (facts.possessed and _owned_noun(word))
        ):
            return i  # a verb, an accusative, a possessed noun (نشر الوزير استقالته)
        prev_facts = table[prev]
        if prev in NAME_PARTICLES or bound(prev, patterns):
            continue  # عبد العزيز، لكرة القدم: the word the one before needs
        proper = not prev_facts.article and proper_name(prev, patterns)
        if word[:1] == "و" and len(word) > 3 and _conjunct(word[1:], proper, patterns):
            return i  # a second conjunct: another source, or the verb's object
        if _on_possessed(word):
            return i  # بنشرها، لزواجه: the verb's complement
        if _state_object(prev, word, prev_facts, facts, patterns):
            return i  # إدارة ترامب بكين: the verb's object
        if len(words[i]) >= _DERIVED_MASDAR and _object_masdar(words, i, prev_facts, facts):
            return i  # تدرس مجموعة الأطلس الصناعية إنشاء مصنع: the verb's object
        if not (proper or prev_facts.article):
            continue  # after an indefinite noun, its genitive (رئيس الوزراء)
        if word in patterns.lists["quantifier"]:
            return i  # ودعا قادة التحالف جميع الأطراف: a quantifier opens another phrase
        if (
            facts.object_preposition
            or (facts.preposition and not facts.within)
            or (
                proper
                and not prev_facts.given
                and (word == _FOR_WHAT or (word[:1] == "ب" and takes_article(word[1:])))
            )
        ):
            return i  # إنييستا لما يقرب: no name goes on with a preposition
        if facts.within or facts.particle or _name_follows(words, i, patterns):
            continue  # المخرج الكندي الشاب كزافييه، المخرج الفرنسي إدوار بار
        if facts.article:
            # a definite noun that is no adjective; after a given name it is a surname
            # (بشار الأسد), so the name goes on
            if (
                not prev_facts.given
                and takes_article(word[2:])
                and not _adjective(prev_facts, facts)
            ):
                return i
        elif facts.common or takes_article(word):
            return i  # a noun the article may take (فيلم، ميزة): indefinite, so no name
    return len(words)


def object_after(words: Sequence[str], patterns: CuePatterns) -> int:
    """How many of ``words``, read after a verb as its subject, stand before its object.

    A verb comes before its subject and its object after both (أعلن لي كيكيانغ والقادة
    البلغاريون إنشاء "..."): where :func:`name_tail` says the name stops, after two words
    at least, and the word there is a verb, an indefinite common noun after a definite
    word or a given name (the object), or a second conjunct, definite or a title, after a
    proper name, the subject stops. A title before the word keeps it (قائدة عمليات
    الشرطة), and so does a definite word or a preposition's before a conjunct (وزارة
    التجارة والصناعة), or a name that و opens (جامعة جورج واشنطن). Returns ``len(words)``
    when the subject takes them all.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> object_after(("لي", "كيكيانغ", "والقادة", "البلغاريون", "انشاء"), patterns)
        2
        >>> object_after(("وزارة", "التجارة", "والصناعة"), patterns)
        3
        >>> object_after(("جامعة", "جورج", "واشنطن"), patterns)
        3
    """
    n = name_tail(words, 1, patterns)
    if n < 2 or n >= len(words):
        return len(words)
    table = facts_of(patterns)
    word, prev = table[words[n]], table[words[n - 1]]
    if (
        prev.source_head
        or not (
            word.verb
            or (word.common and not word.article and (prev.article or prev.given))
            or (
                words[n][:1] == "و"
                and not (prev.article or prev.lil or prev.clitic_preposition)
                and proper_name(words[n - 1], patterns)
                # والقادة، ووزير: a definite word or a title; not a name spelled with و
                # (واشنطن، ووتش، وليامز), which و may open as well as join
                and (table[words[n][1:]].article or table[words[n][1:]].source_head)
            )
        )
    ):
        return len(words)
    return n


def _name_in_ye(word: str) -> bool:
    """Whether a word read as possessed is a name in يه (بيكيه، ديدييه), no noun with ه.

    A noun no list knows before the ه (شقيقه، والده) stays a noun: only ي before it marks
    the transliterated name, when what comes before the ه is no word news writes with the
    article and no preposition takes the ه (عليه).
    """
    return (
        word.endswith(_YE) and not takes_article(unpossessed(word)) and word_class(word) == "noun"
    )


#: How transliterated names end that read as a noun with the pronoun ه (بيكيه).
_YE = "يه"


def _owned_noun(word: str) -> bool:
    """Whether a word read as possessed is a noun with a pronoun (استقالته، خطواتها).

    A ه alone ends transliterated names too (كزافييه): the noun before it must be known.
    """
    return not word.endswith("ه") or takes_article(unpossessed(word))


def _conjunct(word: str, proper: bool, patterns: CuePatterns) -> bool:
    """Whether ``word`` after و opens a second phrase, not a word of the first's name.

    A name (وإسرائيل، ونيكي ميناج) does anywhere; after a name (``proper``), so does a
    definite word or a title (لي كيكيانغ والقادة); after a definite noun, that is a word of
    the institution's name (لجنة الأوراق المالية والبورصة).
    """
    if proper_name(word, patterns):
        return True
    if not proper:
        return False
    facts = word_facts(word, patterns)
    return facts.article or facts.source_head


def _name_follows(words: Sequence[str], i: int, patterns: CuePatterns) -> bool:
    """Whether a name follows ``words[i]``, which then ends a title (الشاب كزافييه).

    A word without the article that is no common noun, verb, accusative, preposition or
    verbal noun (حفل توديع: the noun's genitive).
    """
    if i + 1 >= len(words):
        return False
    word = words[i + 1]
    facts = word_facts(word, patterns)
    return facts.given or (
        facts.word
        and not (
            facts.article
            or facts.common
            or facts.verb
            or facts.accusative
            or facts.preposition
            or facts.object_preposition
            or facts.digit
            or masdar_shaped(word)
        )
    )

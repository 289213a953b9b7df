"""``extract_quotes``: quotes, their spans, cues and speakers.

The pipeline (one pass each, all on the extraction-normalised view of the text):

1. pair the quote marks (:mod:`quotekit.marks`);
2. find the cues (:mod:`quotekit.cues`), each with the rule that accepted it and where its
   content starts;
3. build a quote for each cue: ``direct`` when one pair of marks holds the whole content,
   ``mixed`` when the clause holds quoted fragments and plain words, ``indirect`` when it
   holds no speech in marks; the clause ends at the end of the sentence, or at a comma
   before a new cue (``، مشيرا إلى أن``, ``، حسب قوله``);
4. marks that hold names and titles (``وكالة "نور نيوز"``) are neither quotes nor
   fragments;
5. attribute speakers (:mod:`quotekit.attribute`);
6. map every span back to the original text, once, at the edge.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from itertools import islice, pairwise

import attrs
import regex

from quotekit.attribute import attribute_speakers
from quotekit.config import EXTRACTION, ExtractConfig, resolve_extract_config
from quotekit.cues import (
    COMMA_WORD,
    LAST_WORD,
    RESUMPTIVE_OBJECTS,
    SAY,
    Hit,
    as_start,
    complementizer_at,
    holds_object,
    joined_verb,
    scan_mapped,
    to_cue,
)
from quotekit.document import THAT_WORDS, WORD, Document, Draft, stop_of, trim
from quotekit.entities import Registry
from quotekit.errors import check_text
from quotekit.lexicon import ARABIC_LETTERS, Form, default_lexicon
from quotekit.marks import AND_QUOTE, MARKS, MarkedSpan
from quotekit.mentions import (
    NAME_PARTICLES,
    ON_BEHALF,
    REACH,
    RELATIVES,
    WAS,
    can_open,
    clean_mention,
    common_noun,
    facts_of,
    lone_name,
    name_tail,
    person_title,
    proper_name,
    relayed_from,
    setting_at,
)
from quotekit.morphology import (
    accusative_participle,
    among,
    entity_type,
    is_given_name,
    is_oblique,
    is_preposition,
    listed_non_verb,
    noun_gender,
    noun_number,
    only_nouns,
    spelled_as_verb,
    takes_article,
    verb_gender,
    verb_lemmas,
    without_article,
    word_class,
)
from quotekit.normalization import normalize_mapped
from quotekit.patterns import CuePatterns, cue_patterns
from quotekit.ranking import default_ranker
from quotekit.types import NormalizedText, Quote, Speaker

__all__ = ["extract_quotes"]

#: How sure each rule is that it found a quote.
_CONFIDENCE = {
    "complementizer": 0.9,
    "colon": 0.9,
    "quote": 0.9,
    "quoted-object": 0.85,
    "subject-complementizer": 0.85,
    "subject-colon": 0.85,
    "subject-quote": 0.85,
    "subject-quoted-object": 0.8,
    "after-quote": 0.8,
    "source": 0.7,
    "trailing": 0.6,
    "as": 0.5,
    "unattributed": 0.4,
    "by-masdar": 0.4,
    "appeal": 0.6,
    "verb-subject": 0.4,
    "verb-object": 0.35,
}
#: The confidence of a quote whose cue is a verb of belief (``cognition``): under the
#: default ``min_confidence``.
_COGNITION = 0.3
#: After a complementizer-less source phrase clause: فإن, فقد, ف.
_RESUMPTIVE = re.compile(r"[ \t]*(?:فان(?:ه|ها|هم)?|فقد|ف(?!ي(?:ما|ه|ها|هم|هما)?\b)(?=\w))?[ \t]*")
#: The resumptive فإن or فقد right after a source phrase's noun phrase, before its clause.
_THEN_THAT = re.compile(r"[ \t]+(?:فان(?:ه|ها|هم|هما)?|فقد)[ \t]+")
#: The same words searched for inside a sentence: a word on its own, no run of spaces read
#: twice (linear in the stretch searched).
_THEN_WORD = re.compile(r"(?<=[ \t])(?:فان(?:ه|ها|هم|هما)?|فقد)(?=[ \t])")
#: The longest word _THEN_WORD finds (فانهما).
_THEN_LONGEST = 6
#: The most words between a verb's long subject and a complementizer it still governs.
_FAR_WORDS = 14
#: The fewest words of a marked span that reads as speech without any cue.
_UNATTRIBUTED_WORDS = 6
_PREPOSITIONS = frozenset(("عن", "الى", "على", "في", "من"))
#: How far into a sentence a dateline (دبي (CNN)--) may end.
_DATELINE = 80
#: The fewest words in the marks before a verb that make them its speech ("..." قال).
_AFTER_QUOTE_WORDS = 3
#: The most words in marks before a colon and speech in marks that name what it was said
#: on (على "تويتر": "..."), not what was said.
_NAME_WORDS = 3
#: The fewest words of a reported clause without quote marks.
_MIN_WORDS = 2
#: The fewest words of an indirect quote that a weak rule (a verb with a noun object) makes.
_WEAK_WORDS = 3
#: Prepositions that introduce the object of a verb of saying (أعرب عن، أشار إلى، شدد على).
_OBJECT_PREPS = frozenset(("عن", "الى", "على"))
#: The prepositions of an object after a subject of one word (حذر أردوغان من، أعرب ترامب عن).
_SUBJECT_PREPS = _OBJECT_PREPS | {"من"}
#: A comma and a coordinated complementizer: ، وأن / ، وإن / ، وبأن (the normalised forms).
_AND_THAT = re.compile(r",[ \t]*وب?[اأإ]ن(?:ه|ها|هم)?(?!\w)")
#: The most words of a speech frame before a source phrase (وقالت الوزارة في بيان).
_FRAME_WORDS = 6
#: How many words open a sentence whose cue, if any, governs it.
_OPENING_WORDS = 3
#: The most words from كان to the قد of its pluperfect (وكانت المندوبة ... قد قالت).
_WAS_WORDS = 12
#: Prepositions that go on a source's own phrase (التقرير الصادر عن البنك، مسؤول من
#: الوزارة), normalised.
_OF_SOURCE = frozenset(("عن", "من"))
#: The most words of the source of a phrase set off by commas inside its clause.
_SOURCE_WORDS = 6
#: The most words of a verb and its subject before a source phrase set off inside their
#: clause (وأثنى الكثير من السياح الروس، حسب الجمعية، على ...).
_CLAUSE_HEAD_WORDS = 6
#: The longest name in apposition after a source phrase (بحسب الوزيرة، فلانة، إن).
_APPOSITION_WORDS = 4
_APPOSITION_CHARS = 60
#: The most words of a source's longer description before فإن (رئيس قسم الأمن في الشركة).
_DESCRIPTION_WORDS = 10
_NEGATIONS = frozenset(("لم", "لن", "لا", "ما", "ولم", "ولن", "ولا"))


def _direct(span: MarkedSpan, doc: Document, hit: Hit | None, rule: str) -> Draft | None:
    """The direct quote held by ``span``, or None for empty marks."""
    start, end = span.inner
    if not span.closed:
        end = min(end, doc.sentence_end(start))  # a careful reader ends it with its sentence
    start, end = trim(doc.norm, start, end)
    if start == end:
        return None
    return Draft(kind="direct", content=(start, end), fragments=[(start, end)], hit=hit, rule=rule)


def _clause_draft(doc: Document, start: int, end: int, hit: Hit | None, rule: str) -> Draft:
    """A reported clause: mixed when it holds speech in marks, else indirect."""
    draft = Draft(kind="indirect", content=(start, end), fragments=[], hit=hit, rule=rule)
    _classify(draft, doc)
    return draft


def _span_before(doc: Document, pos: int) -> MarkedSpan | None:
    """The marks that close right before ``pos``, past spaces and a comma ("..."، قال)."""
    norm = doc.norm
    while pos > 0 and norm[pos - 1] in " \t,":
        pos -= 1
    return doc.by_close.get(pos - 1)


def _chain(span: MarkedSpan, doc: Document, hit: Hit, rule: str, used: set[int]) -> list[Draft]:
    """The direct quote in ``span`` and those joined to it by و under the same cue."""
    drafts = []
    while span.open not in used and not doc.is_name(span):
        used.add(span.open)
        draft = _direct(span, doc, hit, rule)
        if draft is None:
            break
        drafts.append(draft)
        if not span.closed:
            break
        m = AND_QUOTE.match(doc.norm, span.close + 1)
        nxt = doc.by_open.get(m.end()) if m else None
        if nxt is None or doc.is_name(nxt):
            break
        span = nxt
    return drafts


#: The confidence of a weak cue's clause that holds words in quote marks.
_MARKED_WEAK = 0.6
#: Rules whose clause ends before any further cue: they are weaker than the cue that follows.
_WEAK = frozenset(
    ("verb-object", "verb-subject", "by-masdar", "appeal", "source", "as", "trailing")
)


def _number_free(doc: Document, subject: tuple[int, int] | None) -> bool:
    """Whether a verb before ``subject`` may differ from it in number.

    A verb before its subject stays singular (قال المسؤولون ... مؤكدين): so with a
    subject that is no singular (a dual in a construct too: وزيرا الخارجية), or several
    joined by و (الوزير والسفير، وزير الخارجية ورئيس الوزراء), its number tells nothing.
    Before a singular subject (أبو زيد) it is the subject's, and a plural participle
    after the clause (مؤكدين) cannot be the same speaker's.
    """
    if subject is None or subject[1] <= subject[0]:
        return False
    words = WORD.findall(doc.norm, *subject)
    if not words:
        return False  # قال""أن: marks and no word
    heads = doc.patterns.lists["speaker_head"]
    return (
        noun_number(words) != "s"
        or (words[0][-1:] == "ا" and words[0][:-1] in heads)  # وزيرا الخارجية: a dual
        or any(_joined(w, heads) for w in words[1:])
    )


def _joined(word: str, heads: frozenset[str]) -> bool:
    """Whether ``word`` is و and a noun joined to a phrase (والسفير، ومحمد، ورئيس)."""
    rest = word[1:]
    return word[:1] == "و" and (
        rest.startswith("ال") or rest in heads or is_given_name(rest) or takes_article(rest)
    )


def _clause(start: int, doc: Document, hit: Hit | None, rule: str, used: set[int]) -> list[Draft]:
    """The quote whose content is the clause from ``start``: direct, mixed or indirect."""
    start = doc.skip_space(start)
    span = doc.by_open.get(start)
    if span is not None and hit is not None and _described_as(span, doc, hit):
        # وصفه بأنه "كاذب" مع مطالبته بالاعتذار: what the marks hold is what it was called,
        # a word the text marks again or not; the words after them are the writer's
        draft = _direct(span, doc, hit, rule) if span.open not in used else None
        used.add(span.open)
        return [draft] if draft is not None else []
    if (
        span is not None
        and hit is not None
        and (
            (doc.clause_closed_after(span) and not _subject_described(doc, span, rule))
            or (
                rule in _COLON_RULES
                and span.closed
                and MARKS.isdisjoint(doc.norm[span.open + 1 : span.close])
                and not _short(doc, span.open + 1, span.close, 1)  # not "" typed twice
            )
        )
    ):
        # قال: "..." لتفادي ...: after a colon, what the marks hold is what was said; the
        # words after them are the writer's
        drafts = _and_that(_chain(span, doc, hit, rule, used), doc, hit, rule, used)
        if not span.closed:
            # وأضاف أنه "من السهل أن تلعب بهذا المستوى. وإذا ألقيت نظرة ...: a mark that
            # opens what was said and closes nowhere holds the speaker's next sentences
            # too, as speech after a colon does, up to where the writer takes over
            for d in drafts:
                if d.content[0] == doc.skip_space(span.open + 1):
                    d.content = (d.content[0], _speech_runs_on(doc, hit, d.content[1]))
                    d.fragments = [d.content] if d.kind == "direct" else d.fragments
        return drafts
    aside = hit is not None and _in_aside(doc.norm, hit.start)
    end = doc.clause_end(
        start,
        at_comma=aside,
        at_cue=rule in _WEAK,
        cue=hit.form if hit is not None else None,
        subject=hit is not None and _number_free(doc, hit.subject),
        aside=aside,
    )
    end = _narrator_after_marks(doc, start, end)
    if hit is not None and hit.start < start:
        end = _before_apodosis(doc, hit.start, start, end)
    # the first colon of the clause and the speech in marks after it, read once for both
    colon = _clause_colon(doc, start, end) if rule in _THAT_RULES or hit is not None else None
    speech = _speech_after_colon(doc, start, colon) if rule in _THAT_RULES else None
    if speech is not None:
        end = speech.open  # the clause ends at the colon, trimmed below
    elif hit is not None:
        end = _before_other_speech(doc, start, end, colon)
        end = _before_speakers_deed(doc, hit, start, end)
        end = _before_speaker_named(doc, hit, start, end)
    start, end = trim(doc.norm, start, end)
    if end - start < 2:
        return []
    draft = _clause_draft(doc, start, end, hit, rule)
    if (
        draft.kind == "indirect"
        and _short(doc, start, end, _MIN_WORDS - 1)
        and not (rule in _THAT_RULES and _subject_in_complementizer(doc, start))
    ):
        return []  # ما يمكن أن يفعله: one word is no reported clause
    if speech is not None and hit is not None:
        return [draft, *_chain(speech, doc, hit, rule, used)]
    return [draft]


def _subject_described(doc: Document, span: MarkedSpan, rule: str) -> bool:
    """Whether marks after a complementizer hold its subject, which a relative clause follows.

    قال إن "الإجراءات الجديدة"، التي أقرتها الحكومة، تتطلب وقتا: a noun phrase in marks,
    all nouns, right after إن or أن is the subject of the reported clause; a comma and a
    relative pronoun after it describe it, and the clause goes on to its predicate.
    """
    if rule not in _THAT_RULES or not span.closed:
        return False
    after = COMMA_WORD.match(doc.norm, span.close + 1)
    if after is None or after.group(1) not in doc.patterns.lists["relative"]:
        return False  # most marks: the test below is not read
    return only_nouns(WORD.findall(doc.norm, *span.inner))


#: Rules whose content is a clause after a complementizer (قال إن، وأكد الوزير أن).
_THAT_RULES = frozenset(("complementizer", "subject-complementizer"))


def _subject_in_complementizer(doc: Document, start: int) -> bool:
    """Whether the complementizer right before ``start`` holds the clause's subject.

    فقال له قائده إنه يكذب: إنه is that and he, so one word after it, the predicate, is a
    whole clause.
    """
    m = LAST_WORD.search(doc.norm, max(0, start - _LAST_WORD_CHARS), start)
    that = m.group(1).removeprefix("ب") if m is not None else ""
    return that != "ان" and that in THAT_WORDS  # a pronoun of the third person on it


#: The fewest words in marks after a colon that read as speech, not a name or a term.
_SPEECH_WORDS = 3


def _speech_after_colon(
    doc: Document, start: int, colon: tuple[int, MarkedSpan] | None
) -> MarkedSpan | None:
    """The marks of speech that the first colon of a reported clause at ``start`` opens.

    ``colon`` is that colon and its marks (:func:`_clause_colon`).

    ويقول إنه كان دائما مولعا بالأرقام: "كنت في الابتدائي ...": a colon announces what
    follows it, and words in marks after it are the speaker's own, a direct quote of the
    same cue; the reported clause ends at the colon. Not a colon inside marks, nor one
    after another cue (كما ورد في الحديث: «...»: that cue's quote), nor marks that hold a
    name or a term (البريد الإلكتروني: «...»), nor a colon that opens the clause.
    """
    if colon is None:
        return None
    pos, span = colon
    if (
        not _short(doc, start, pos, 1)
        and not doc.cue_between(start, pos)
        and not _as_before(doc, start, pos)
    ):
        return span
    return None


def _clause_colon(doc: Document, start: int, end: int) -> tuple[int, MarkedSpan] | None:
    """The first colon of ``[start, end)`` outside marks, with the speech in marks after it.

    ``None`` when there is no such colon or no speech right after it (:func:`_speech_marks`).
    """
    pos = _first_colon(doc, start, end)
    span = _speech_marks(doc, pos) if pos >= 0 else None
    return None if span is None else (pos, span)


def _first_colon(doc: Document, start: int, end: int) -> int:
    """Where the first colon of ``[start, end)`` outside marks stands, or -1."""
    pos = doc.norm.find(":", start, end)
    while pos >= 0 and doc.enclosing(pos) is not None:
        pos = doc.norm.find(":", pos + 1, end)
    return pos


def _speech_marks(doc: Document, colon: int) -> MarkedSpan | None:
    """The marks right after ``colon`` when they hold speech, not a name or a term.

    Speech is ``_SPEECH_WORDS`` Arabic words or more (البريد الإلكتروني: «...» holds a
    name).
    """
    span = doc.by_open.get(doc.skip_space(colon + 1))
    if span is None or doc.is_name(span):
        return None
    words = WORD.finditer(doc.norm, *span.inner)
    if sum(m.group()[0] in ARABIC_LETTERS for m in words) < _SPEECH_WORDS:
        return None
    return span


#: كما "as", with و or without: it opens a clause of comparison (كما ورد في الحديث).
_KAMA = frozenset(("كما", "وكما"))


#: A comma, و and a past verb of the masculine plural (، وطالبوا، وناشدوا): its subject is
#: a pronoun, for a verb before its subject stays singular.
_AND_THEY_DID = regex.compile(
    r"""
    ,[ \t]*            # the comma that closes the clause before
    (?P<verb>و\w+وا)    # و and a verb in وا: the past of the masculine plural
    (?!\w)             # a whole word
    """,
    regex.VERBOSE,
)
#: Rules whose hit's subject is the speaker's noun phrase (وقال المسؤولون إن، وقال الأهالي:).
_SUBJECT_RULES = frozenset(("subject-complementizer", "subject-colon"))
#: The complementizer with the pronoun of the masculine plural (إنهم، أنهم، بأنهم).
_THAT_THEY = regex.compile(r"(?:ان|بان)هم[ \t]*$")


def _masculine_plural(words: Sequence[str]) -> bool:
    """Whether a noun phrase (head first) is of the masculine plural (المحتجون، الحوثيين)."""
    return noun_number(words) == "p" and noun_gender(words) == "m"


def _plural_speaker(doc: Document, hit: Hit) -> bool:
    """Whether the speaker of ``hit`` is a masculine plural: قالوا، or a subject المسؤولون."""
    form = hit.form
    if form.form in ("past", "present") and form.number == "p":
        return form.gender != "f"
    if hit.subject is None or hit.rule not in _SUBJECT_RULES:
        return False
    words = WORD.findall(doc.norm, *hit.subject)
    return bool(words) and _masculine_plural(words)


def _plural_subject(doc: Document, start: int) -> bool:
    """Whether the reported clause from ``start`` opens with a masculine plural subject.

    إنهم ينتظرون، أن الحوثيين حاصروا، أن مسلحي الحركة سيطروا: the pronoun on the
    complementizer, or the first noun (after a verb that opens the clause, its subject).
    """
    norm = doc.norm
    if _THAT_THEY.search(norm, max(0, start - 8), start):
        return True
    words = [m.group() for m in islice(WORD.finditer(norm, start, doc.sentence_end(start)), 2)]
    if words and word_class(words[0]) == "verb":
        words = words[1:]
    return bool(words) and _masculine_plural(words)


def _before_speakers_deed(doc: Document, hit: Hit, start: int, end: int) -> int:
    """Where a reported clause ends before what its plural speakers did next.

    قالوا إن الطريق متضرر منذ سنوات، وناشدوا المسؤولين حل مشكلتهم: a past verb of the
    masculine plural after a comma and و has a pronoun for its subject; where the clause
    has no masculine plural subject for it to go back to and the speakers are such a
    plural, the verb is theirs, joined to the cue, and the writer's account of what they
    did, not part of what they said.
    """
    norm = doc.norm
    if norm.find("وا", start, end) < 0 or not _plural_speaker(doc, hit):
        return end  # most clauses: told by a cheap search
    for m in _AND_THEY_DID.finditer(norm, start, end):
        if doc.enclosing(m.start()) is None and spelled_as_verb(m.group("verb")):
            return end if _plural_subject(doc, start) else m.start()
    return end


#: A comma, then a verb (كما or ثم before it, و on it or not) and the word after it: its
#: subject when that word names the speaker (، وتبنى حسين، كما طالب نتنياهو).
_DID_NAMED = regex.compile(
    r"""
    ,[ \t]*                     # the comma that closes the clause before
    (?:(?:كما|ثم)[ \t]+)?        # كما or ثم before the verb
    (?P<verb>\w+)               # the verb, و or ف on it or not
    [ \t]+
    (?P<name>\w+)               # the word after it: its subject
    (?!\w)                      # a whole word
    """,
    regex.VERBOSE,
)


def _before_speaker_named(doc: Document, hit: Hit, start: int, end: int) -> int:
    """Where a reported clause ends before a verb whose subject names its speaker.

    ويقول حسين إنه انضم إلى الجماعة عام 2004، وتبنى حسين فكرها: no source names itself in
    what it says (it says "I", and the report "he"); a verb after a comma whose subject
    is a proper name of the speaker's mention is the writer's account of what the speaker
    did, and the clause ends at that comma. Only the last name of the mention counts (the
    surname the text calls the speaker by): a given name before it (محمد) may be
    another's, and a title or common noun (الوزير، رئيس) another of the kind.
    """
    if hit.subject is None or hit.rule not in _SUBJECT_RULES or doc.norm.find(",", start, end) < 0:
        return end  # most clauses: no comma
    words = WORD.findall(doc.norm, *hit.subject)
    name = next((w for w in reversed(words) if _name_word(w, doc.patterns)), None)
    if name is None:
        return end  # وقال الوزير: a title, no name
    if doc.norm.find(name, start, end) < 0:
        return end  # the name is nowhere in the clause: no verb can have it after it
    for m in _DID_NAMED.finditer(doc.norm, start, end):
        if (
            m.group("name") == name
            and doc.enclosing(m.start()) is None
            and spelled_as_verb(m.group("verb"))
        ):
            return m.start()
    return end


def _before_other_speech(
    doc: Document, start: int, end: int, colon: tuple[int, MarkedSpan] | None
) -> int:
    """Where a reported clause ends before another cue whose own speech follows a colon.

    سألها إن كانت تفعل ذلك حبا بالسباحة، فردت عليه الشابة قائلة: "أريد أن أذهب ...":
    a new cue (or a clause of comparison, كما ورد في الحديث) and its colon open what that
    cue's source said, in marks, a direct quote of its own; the reported clause ends at
    the comma before that cue; without a comma between, the cue is part of the clause, its
    quote nested in it. A colon in marks does not count, nor marks that hold a name or a
    term. ``colon`` is the clause's first colon and its marks (:func:`_clause_colon`).
    """
    if colon is None:
        return end
    norm, pos = doc.norm, colon[0]
    k = bisect_right(doc.cue_starts, start)
    if k < len(doc.cue_starts) and doc.cue_starts[k] < pos:
        cut = doc.cue_starts[k]
    elif _as_before(doc, start, pos):
        cut = max(start, norm.rfind(",", start, pos) + 1)
    else:
        return end
    comma = norm.rfind(",", start, cut)
    if comma <= start or doc.enclosing(comma) is not None:
        return end  # قال إن الوزير أكد في كلمته: "...": a cue of the clause, nested in it
    return comma


def _as_before(doc: Document, start: int, pos: int) -> bool:
    """Whether a clause of comparison stands between the last comma and ``pos``.

    ، كما ورد في الحديث: «...»: the stretch opens with كما or a word of ``as_word``; the
    marks after its colon are what its own source said.
    """
    norm = doc.norm
    first = WORD.search(norm, max(start, norm.rfind(",", start, pos) + 1), pos)
    return first is not None and (
        first.group() in _KAMA or first.group() in doc.patterns.lists["as_word"]
    )


def _before_apodosis(doc: Document, cue: int, start: int, end: int) -> int:
    """Where a reported clause ends when its cue at ``cue`` stands in a clause set first.

    لكن على الرغم من وصف ترامب لقمته بأنها اختراق تاريخي، فإن ذلك لم يمنع ...، وفيما تزعم
    قيادات أن المبالغ "طوعية"، إلا أن الواقع مخالف: a clause of concession, condition or time
    (``protasis``) opens the sentence, or the stretch after its last comma before the cue,
    and فإن or إلا أن after a comma opens the main clause; the reported clause inside the
    first ends at that comma. Not when the reported clause opens such a clause of its own
    (قالت إنه رغم خوفها ...، فإنها تريد أن تنتظر): its فإن answers that one.
    """
    norm = doc.norm
    then = None
    for m in _APODOSIS.finditer(norm, start, end):
        span = doc.enclosing(m.start())
        if span is None or span.open < start:
            then = m  # a comma of the clause, not one inside words in marks
            break
    if then is None:
        return end  # most clauses: no فإن or إلا أن after a comma
    protasis = doc.patterns.lists["protasis"]
    sentence = doc.sentence_start(cue)
    opening = max(sentence, norm.rfind(",", sentence, cue) + 1)
    first = islice(WORD.finditer(norm, opening, cue), _PROTASIS_AT + 1)
    words = [m.group() for m in first if m.group() not in _BEFORE_PROTASIS]
    if not words or not among(words[0], protasis, "وف"):
        return end
    if any(among(w, protasis, "وف") for w in WORD.findall(norm, start, then.start())):
        return end  # إنه رغم خوفها ...، فإنها: the clause's own
    return then.start()


#: A comma, then the فإن or إلا أن that opens a main clause after one set before it
#: (normalised text).
_APODOSIS = re.compile(r",[ \t]*(?:فان|الا[ \t]+ان)(?:ه|ها|هم|هما|ني|نا)?(?!\w)")
#: Words that may stand before the conjunction of a clause set first (ولكن إذا، على الرغم،
#: في حين), and how many of them.
_BEFORE_PROTASIS = frozenset(("لكن", "ولكن", "على", "وعلى", "في", "وفي"))
_PROTASIS_AT = 2


def _described_as(span: MarkedSpan, doc: Document, hit: Hit) -> bool:
    """Whether the marks ``span`` hold all a verb that describes calls its object.

    وصفه بأنه "كاذب" مع مطالبته بالاعتذار: after بأنه the marks hold the predicate, and
    what follows them as with a quoted object (:func:`_ends_object`) is the writer's.
    """
    if not span.closed or hit.form.lemma not in doc.patterns.lists["describe"]:
        return False
    after = WORD.match(doc.norm, doc.skip_space(span.close + 1))
    return after is not None and _ends_object(doc, after)


def _and_that(
    drafts: list[Draft], doc: Document, hit: Hit, rule: str, used: set[int]
) -> list[Draft]:
    """``drafts`` of speech in marks, and the clause a second complementizer opens after them.

    أنه "..."، وأن الأخير سيبقى هناك، وأضافت "..."، وأنها أحضرت مكنسة: a second clause
    of the same cue, joined by و and a complementizer after the closing mark.
    """
    last = doc.enclosing(drafts[-1].content[1] - 1) if drafts else None
    if (
        last is not None
        and last.closed
        and (m := _AND_THAT_AFTER_MARKS.match(doc.norm, last.close + 1))
    ):
        drafts += _clause(m.end(), doc, hit, rule, used)
    return drafts


#: The rules of a cue followed by a colon (قال: "...").
_COLON_RULES = frozenset(("colon", "subject-colon"))
#: A second complementizer joined by و after speech in marks (، وأن، وإنه، وبأن); unlike
#: _AND_THAT, the comma may be missing.
_AND_THAT_AFTER_MARKS = re.compile(r"[ \t]*,?[ \t]*وب?ان(?:ه|ها|هم|هما)?(?!\w)")
#: The word ان of the normalised text (a complementizer, or a folded آن).
_AN = re.compile(r"(?<!\w)ان(?!\w)")


def _madda_kept(mapped: NormalizedText) -> NormalizedText:
    """``mapped`` with آن written back where the original has it.

    The complementizers أن and إن are never written with a madda; the word آن is a name
    (آن لونغفيلد, "Anne") or "time", and folded to ان it would read as a complementizer
    (قالت آن لونغفيلد إن). Same length, so every offset stays.

    Example:
        >>> mapped = normalize_mapped("قالت آن إن الخطة جاهزة", config=EXTRACTION)
        >>> _madda_kept(mapped).text
        'قالت آن ان الخطة جاهزة'
    """
    if "آن" not in mapped.original:
        return mapped  # the common case: nothing to look for
    # Each آ of the original (الآن، القرآن: a few) is looked up where it went, rather than
    # each ان of the normalised text (a complementizer: many) where it came from.
    text, original = mapped.text, mapped.original
    found: list[int] = []
    i = original.find("آ")
    while i >= 0:
        found.extend(j for j in _came_from(mapped, i) if _AN.match(text, j))
        i = original.find("آ", i + 1)
    if not found:
        return mapped  # each آ stands elsewhere than before ان
    chars = list(text)
    for j in found:
        chars[j] = "آ"
    return attrs.evolve(mapped, text="".join(chars))


def _came_from(mapped: NormalizedText, i: int) -> Iterator[int]:
    """The offsets of the normalised text that map to ``i`` of the original, in order.

    The map back to the original never decreases: a binary search finds the first.

    Example:
        >>> list(_came_from(normalize_mapped("قـــال الآن", config=EXTRACTION), 9))
        [6]
    """
    lo, hi = 0, len(mapped.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if mapped.to_original(mid) < i:
            lo = mid + 1
        else:
            hi = mid
    while lo < len(mapped.text) and mapped.to_original(lo) == i:
        yield lo
        lo += 1


#: في، الذي and التي written with a final yeh ``{yeh}``: as the Egyptian convention writes
#: them (ى) and as the others do (ي); which of the two a text writes more tells its
#: convention.
_YEH_WORDS = r"""
    (?<!\w)          # at a word's start
    (?:
        [وف]?ف{yeh}   # في، وفي، ففي
        | ال[ذت]{yeh}  # الذي، التي
    )
    (?!\w)           # and the word ends there
"""
_DOTLESS_WORDS = re.compile(_YEH_WORDS.format(yeh="ى"), re.VERBOSE)
_DOTTED_WORDS = re.compile(_YEH_WORDS.format(yeh="ي"), re.VERBOSE)
#: A word ending in ى; the lookbehind starts it at a word's start only (linear cost).
_MAQSURA_WORD = re.compile(r"(?<!\w)\w+ى(?!\w)")
#: على after أبو، بن or ابن: the name علي (أبو على), where no preposition stands.
_KUNYA_ALI = re.compile(
    r"""
    (?<!\w)(?:ابو|ا?بن)   # a kunya's أبو, or بن / ابن of a nasab
    [ ]على(?!\w)          # then على, a word of its own
    """,
    re.VERBOSE,
)
#: Letters of the proclitics before a word (وعلى، بالمستشفى، فنفى).
_CLITIC_LETTERS = frozenset("وفبلكس")


def _yeh_dotted(mapped: NormalizedText, patterns: CuePatterns) -> NormalizedText:
    """``mapped`` with a word-final ى read as ي, in a text that writes final ي dotless.

    Egyptian print writes the final yāʾ without its dots: فى، الذى، المصرى، فتحى. A text
    that writes في، الذي and التي so more often than with their dots follows that
    convention, and each word it ends in ى is read with ي (the nisba المصرى is المصري)
    but for the words that end in ى in any spelling and that the lists or the lexicon
    know (على، إلى، حتى، مصطفى، نفى). على is the name علي after أبو or بن, where no
    preposition stands. Same length, so every offset stays; a text of the other
    convention is left as it is.

    Example:
        >>> patterns = cue_patterns(default_lexicon())
        >>> text = "قال الوزير المصرى فى بيان على الموقع الذى نشره"
        >>> _yeh_dotted(normalize_mapped(text, config=EXTRACTION), patterns).text
        'قال الوزير المصري في بيان على الموقع الذي نشره'
    """
    text = mapped.text
    if " فى " not in text and " الذى " not in text and " التى " not in text:
        return mapped  # the common case: a text that writes its final ي with dots
    if len(_DOTLESS_WORDS.findall(text)) <= len(_DOTTED_WORDS.findall(text)):
        return mapped
    chars = list(text)
    names = {match.end() for match in _KUNYA_ALI.finditer(text)}
    kept: dict[str, bool] = {}  # each word told once (على، إلى: many times a text)
    for match in _MAQSURA_WORD.finditer(text):
        end, word = match.end(), match.group()
        if word not in kept:
            kept[word] = _ends_in_maqsura(word, patterns)
        if end in names or not kept[word]:
            chars[end - 1] = "ي"
    return attrs.evolve(mapped, text="".join(chars))


def _ends_in_maqsura(word: str, patterns: CuePatterns) -> bool:
    """Whether a known word ends ``word`` (after proclitics) in ى in every spelling."""
    listed = _listed_maqsura(patterns)
    for k in range(3):
        if k and word[k - 1] not in _CLITIC_LETTERS:
            return False
        stem = word[k:]
        if len(stem) < 2:
            return False
        if (
            stem in listed
            or stem in patterns.cue_words
            or is_preposition(stem)
            or listed_non_verb(stem)
            or is_given_name(stem)
            or _noun_in_maqsura(without_article(stem))
        ):
            return True
    return False


def _noun_in_maqsura(word: str) -> bool:
    """Whether news text writes the noun ``word`` with ى and never with ي (الكبرى).

    The list of nouns that take the article holds what a corpus writes: a noun found
    with both endings (اهلى، اهلي) is one whose ي some texts write dotless.
    """
    return takes_article(word) and not takes_article(word[:-1] + "ي")


@lru_cache(maxsize=8)
def _listed_maqsura(patterns: CuePatterns) -> frozenset[str]:
    """The words of the word lists that end in ى (حتى، إحدى، المستشفى)."""
    return frozenset(
        part
        for words in patterns.lists.values()
        for word in words
        for part in word.split()
        if part.endswith("ى")
    )


def _narrator_after_marks(doc: Document, start: int, end: int) -> int:
    """Where a reported clause ends when the writer takes over right after its marks.

    See :meth:`Document.writer_after`: what it says of the speaker is no part of what was
    said (وصف الخطة بأنها "خطوة مهمة"، مشيرا إلى أن: the clause ends at the marks).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = 'قال ان الصين "امة شبيهة بالقطيع" قبل ان يضيف ان'
        >>> doc = Document.build(norm, cue_patterns(default_lexicon()), [])
        >>> norm[7 : _narrator_after_marks(doc, 7, len(norm))]
        'الصين "امة شبيهة بالقطيع"'
    """
    for k in range(bisect_left(doc.outer_opens, start), len(doc.outer)):
        span = doc.outer[k]
        if not span.closed or span.close >= end:
            break
        if doc.writer_after(span, end):
            return span.close + 1
    return end


def _in_aside(norm: str, pos: int) -> bool:
    """Whether a cue at ``pos`` opens a relative clause set off by a comma.

    In ``وتواجه الشركة، التي قالت إنها لم تخطئ، انتقادات`` the clause closes at the next
    comma, where the sentence it interrupts goes on.

    Example:
        >>> _in_aside("وتواجه الشركة, التي قالت انها", 19), _in_aside("وقالت الشركة انها", 6)
        (True, False)
    """
    if norm.find(",", max(0, pos - 40), pos) < 0:
        return False  # the common case: no comma before, to set off an aside
    before = WORD.findall(norm, max(0, pos - 12), pos)
    if not before or before[-1] not in RELATIVES:
        return False
    gap = norm[max(0, pos - 40) : pos].rstrip()
    return gap[: len(gap) - len(before[-1])].rstrip().endswith(",")


def _object_subject(doc: Document, hit: Hit) -> tuple[tuple[int, int] | None, int]:
    """For a verb with a noun object: a short subject after it, and where the object starts."""
    end = hit.end
    words = list(WORD.finditer(doc.norm, end, min(len(doc.norm), end + 120)))
    if not words:
        return None, end
    first = words[0]
    if first.group() in _PREPOSITIONS:
        return None, first.end()
    if holds_object(doc.norm[hit.start : end], hit.form, doc.patterns):
        # تتهمه واشنطن بلعب دور: the pronoun is the object, so the noun phrase after the
        # verb is its subject, and the complement follows it
        mention, _ = clean_mention(
            doc.norm, end, doc.clause_end(end, at_comma=True), doc.patterns, find_addressee=False
        )
        opener = WORD.match(doc.norm, mention[0]) if mention is not None else None
        if (
            mention is not None
            and opener is not None
            # not واتهمها علنا بالكذب: an adverb in the accusative, the subject dropped
            and not facts_of(doc.patterns)[opener.group()].accusative
        ):
            return mention, mention[1]
    heads = doc.patterns.lists["speaker_head"]
    if first.group() not in heads:
        if (
            len(words) > 1
            and words[1].group() in _SUBJECT_PREPS
            and _name_word(first.group(), doc.patterns)
        ):
            # وحذر أردوغان من إمكانية ...: a name, then the preposition of the object.
            return first.span(), words[1].end()
        return None, end
    limit = doc.clause_end(end, at_comma=True)
    mention, _ = clean_mention(doc.norm, end, limit, doc.patterns, find_addressee=False)
    if mention is not None and mention[1] < limit:
        stop = WORD.match(doc.norm, doc.skip_space(mention[1]))
        if stop is not None and stop.group() in RELATIVES:
            # شركة X التي تمثل الفنان: the relative clause qualifies the subject.
            return mention, doc.clause_end(stop.end(), at_comma=True)
        if (
            stop is not None
            and stop.group() in _OBJECT_PREPS
            and len(WORD.findall(doc.norm, *mention)) <= 7
        ):
            return mention, stop.end()  # أعرب مدير عام السجون اللواء ... عن
        if stop is not None and (after := _past_setting(doc, stop.start())) > stop.start():
            # وكتب وزير خارجية قطر محمد بن عبد الرحمن آل ثاني في تغريدة "...": the whole
            # subject stands before the setting; the object follows it
            return mention, after
    stops = doc.patterns.lists["mention_stop"]
    days = doc.patterns.lists["day"]
    # كشفت شركة أبل في مؤتمرها عن: after an institution's noun that introduces a name
    # (not a person's title: الرئيس التنفيذي للهيئة), the name
    intro = (
        first.group() in doc.patterns.lists["name_intro"]
        and first.group()[:2] != "ال"
        and entity_type((first.group(),)) != "person"
    )
    k = 1  # the subject is words[:k]
    for w in words[1:4]:
        word = w.group()
        if (
            not (
                word.startswith("ال")
                or (
                    intro
                    and word[:1] not in "بل"
                    and word[-1] != "ة"  # مجلس الوزراء إدانة: a noun in ة, the object
                    and proper_name(word, doc.patterns)
                )
            )
            or word in days  # اليوم، الثلاثاء: a time word after the subject (not الحالي)
            or doc.norm[words[k - 1].end() : w.start()].strip(" _")
        ):
            break  # a space or a hashtag's _ (#مجلس_الوزراء) between the words, nothing else
        k += 1
    if (
        k < len(words)
        and is_given_name(words[k].group())
        and person_title(first.group(), doc.patterns)
    ):
        # أكد النجم المصري محمد صلاح عدم وجود: a person's title, then the bearer's name,
        # up to the object (see _name_end)
        named = _name_end(doc.norm, words, k, doc.patterns)
        gap = doc.norm[words[k - 1].end() : words[named - 1].end()]
        if all(c.isalnum() or c == " " for c in gap):
            k = named  # no punctuation between: one phrase
    start = words[k - 1].end()
    for w in words[k:]:
        if w.group() not in stops or w.group() in _PREPOSITIONS:
            break
        start = w.end()  # أمس، اليوم: time words before the object
    return (first.start(), words[k - 1].end()), _past_setting(doc, start)


def _name_end(norm: str, matches: Sequence[re.Match[str]], k: int, patterns: CuePatterns) -> int:
    """The index in ``matches`` after a person's name that opens with the given name at ``k``.

    Given names, a name particle and the word after it (بن سلمان، آل الشيخ), then two
    surnames at most: proper names, or a relative adjective with the article (الهريفي).
    A common word is the verb's object (محمد صلاح عدم وجود), and so is a word with a
    clitic preposition or a third surname (اتهم رجب طيب أردوغان غولن); a definite word
    is a surname before a comma only (سلمى الخطيب، اليوم).
    """
    words = [m.group() for m in matches]
    facts = facts_of(patterns)
    j = k + 1
    surnames = 0
    while j < len(words) and j < k + _NAME_END_WORDS and surnames < _SURNAMES:
        word = words[j]
        f = facts[word]
        if word in NAME_PARTICLES and j + 1 < len(words):
            j += 2
            continue
        if f.given and not surnames:
            j += 1
            continue
        if not (
            (f.name_like and not f.article and not f.clitic_preposition and not takes_article(word))
            or (f.article and f.nisba)
            or (f.article and norm[matches[j].end() : matches[j].end() + 1] == ",")
        ):
            break
        surnames += 1
        j += 1
    return j


#: The most words of a name after a person's title before a verb's object, and surnames.
_NAME_END_WORDS = 5
_SURNAMES = 2


def _name_word(word: str, patterns: CuePatterns) -> bool:
    """Whether a word alone may be the subject before its verb's object (حذر أردوغان من).

    A noun without the article (أعلن الحرب على: the object), not a time word (أمس), that
    :func:`~quotekit.mentions.lone_name` accepts.
    """
    return (
        not word.startswith("ال")
        and word_class(word) == "noun"
        and word not in patterns.lists["mention_stop"]
        and lone_name(word, patterns)
    )


def _past_setting(doc: Document, start: int) -> int:
    """Past a setting phrase where an object starts (توقع المركز في بيانه استمرار ...)."""
    pos = doc.skip_space(start)
    first = WORD.match(doc.norm, pos)
    if first is None:
        return start
    for text, form in doc.patterns.phrases.get(first.group(), ()):
        if form.form == "setting" and doc.norm.startswith(text, pos):
            end = pos + len(text)
            if end == len(doc.norm) or not doc.norm[end].isalnum():
                return end
    return start


def _marked_before_cue(doc: Document, start: int) -> MarkedSpan | None:
    """The closed marks that open at ``start`` when a cue follows them in the sentence.

    After a colon, speech in marks is a direct quote that ends at its closing mark (the
    annotation guide's rule); the sentence that goes on after it with a cue of its own
    holds another quote (: "إنه دعاية" فيما قال آخر إنه), when the cue is one of the first
    two words after the marks. Otherwise the clause is read as before.
    """
    span = doc.by_open.get(doc.skip_space(start))
    if span is None or not span.closed or doc.is_name(span):
        return None
    # the cue opens the words after the marks, or follows a connector (فيما، بينما، و)
    words = list(islice(WORD.finditer(doc.norm, span.close + 1, doc.sentence_end(span.close)), 2))
    return span if words and doc.cue_between(words[0].start(), words[-1].start() + 1) else None


def _appeal_subject(doc: Document, hit: Hit, called: int) -> tuple[int, int] | None:
    """The subject of an appeal verb that ends at ``end``, before the one it calls on.

    ودعا قادة التحالف جميع الأطراف إلى: the phrase after the verb stops where its object
    starts (:func:`~quotekit.mentions.name_tail`); none when no speaker's phrase opens
    there or its first word is a plural in the accusative (ودعا المواطنين إلى: the
    subject is dropped, the phrase is the object), nor when the phrase is of another
    gender than the verb (وحثت المجتمع الدولي على: a verb before its subject agrees with
    it in gender). ``called`` is where what the appeal calls for starts.
    """
    mention, _ = clean_mention(doc.norm, hit.end, called, doc.patterns, find_addressee=False)
    if mention is None:
        return None
    found = list(WORD.finditer(doc.norm, *mention))
    if not can_open(found[0].group(), doc.patterns) or is_oblique(found[0].group()):
        return None  # ودعا المواطنين: a plural in the accusative is the object
    words = [m.group() for m in found]
    theirs = noun_gender(words)
    if (
        hit.form.form in ("past", "present")
        and None not in (hit.form.gender, theirs)
        and theirs != hit.form.gender
    ):
        return None  # وحثت المجتمع الدولي: of another gender, the object
    n = name_tail(words, 1, doc.patterns)
    facts = facts_of(doc.patterns)
    for k in range(2, n):
        # ودعا الجيش السوري السكان، ودعا الوزير سامي علي المواطنين: after a definite word
        # or a name, a definite word that is no word of a name is the one called on
        prev = words[k - 1]
        word = facts[words[k]]
        if (
            word.article
            and not (word.name_like or word.adjective or word.nisba)
            and prev not in NAME_PARTICLES  # تركي آل الشيخ
            and (prev.startswith("ال") or proper_name(prev, doc.patterns))
        ):
            n = k
            break
    return mention[0], found[n - 1].end()


def _drafts_for(hit: Hit, doc: Document, used: set[int], covered: _Covered) -> list[Draft]:
    rule = hit.rule
    norm = doc.norm
    if rule in ("complementizer", "subject-complementizer", "colon", "subject-colon"):
        assert hit.content is not None
        if hit.form.lemma in doc.patterns.lists["proof"] and not _evidence(doc, hit):
            return []  # وبذلك يثبت صلاح أنه هداف: a person proves by deeds, says nothing
        start = hit.content
        colon = rule.endswith("colon")
        if colon:
            m = complementizer_at(norm, start, doc.patterns)
            if m is not None and m.group("prep") is None and not _first_person(doc, start):
                start, colon = m.end(), False  # وقال في بيان: إن ...: a reported clause
        if colon and (span := _marked_before_cue(doc, start)) is not None:
            # وقال أحد المعلقين: "..." فيما قال آخر إنه: the marks hold the speech after the
            # colon; another cue follows them in the sentence, with a quote of its own
            return _chain(span, doc, hit, rule, used)
        drafts = _clause(start, doc, hit, rule, used)
        return _colon_speech(drafts, doc, hit) if colon else drafts
    if rule in ("quote", "subject-quote"):
        assert hit.content is not None
        span = doc.by_open.get(hit.content)
        if (
            span is None
            or doc.is_name(span)
            or (not doc.clause_closed_after(span) and len(WORD.findall(norm, *span.inner)) <= 3)
        ):
            return []  # ونقلت "رويترز" عن ...: a name in marks, not speech
        if _object_before_quote(hit, doc):
            # متهما الولايات المتحدة بدعم التنظيم "بغية ...": a participle has no subject;
            # the words before the marks are its object, part of the content.
            return _clause(hit.end, doc, hit, rule, used)
        governed = _governed_object(hit, doc, span) if rule == "subject-quote" else None
        if governed is not None:
            prep, start = governed
            # ودعا الصندوق الحكومة إلى مواصلة "الضبط المالي" وتنفيذ "...": the verb's own
            # preposition heads its object, and the object is what was said, the words
            # in marks a part of it (a participle's subject is that of the clause before).
            drafts = _clause(start, doc, hit, rule, used)
            subject = None
            if hit.form.form != "participle" and hit.form.lemma in doc.patterns.appeal_lemmas:
                subject = _appeal_subject(doc, hit, prep)  # وطالب المجلس بحماية: before ب
            for d in drafts:
                if hit.form.form == "participle":
                    d.mention = None
                elif subject is not None:
                    d.mention = subject
            return drafts
        drafts = _and_that(_chain(span, doc, hit, rule, used), doc, hit, rule, used)
        if rule == "subject-quote" and hit.form.lemma in doc.patterns.appeal_lemmas:
            # وحض وزير المال الفرنسي الإدارة الأمريكية على اتخاذ "...": an appeal names the
            # one it calls on after its subject
            subject = _appeal_subject(doc, hit, span.open)
            for d in drafts:
                d.mention = subject or d.mention
        return drafts
    if rule in ("quoted-object", "subject-quoted-object"):
        assert hit.content is not None
        span = doc.by_open.get(doc.skip_space(hit.content))
        if span is None:
            return []
        past = doc.skip_space(span.close + 1)  # what follows the marks
        after = WORD.match(norm, past) if span.closed else None
        if (
            span.closed
            and norm[past : past + 1] == ":"
            and len(WORD.findall(norm, *span.inner)) <= _NAME_WORDS
        ):
            # وغرد عبر حسابه على "تويتر": "...": a few words in marks, a colon and speech
            # in marks: a name before what was said
            speech = doc.by_open.get(doc.skip_space(past + 1))
            if speech is not None:
                return _chain(speech, doc, hit, rule, used)
        if doc.clause_closed_after(span) or (
            after is not None and _ends_object(doc, after) and not doc.is_name(span)
        ):
            # دعا إلى "عدم الانقياد للعواطف" في قضية السفينة: the phrase after the object
            # is the writer's; the quote ends at the mark.
            return _chain(span, doc, hit, rule, used)
        comp = complementizer_at(norm, span.close + 1, doc.patterns)
        if comp is not None and span.closed and doc.is_name(span):
            # وقال لـ«الصحيفة» إن ...: an addressee in marks, then the reported clause.
            return _clause(comp.end(), doc, hit, rule, used)
        if span.closed and doc.is_name(span) and _after_to(norm, span.open):
            far = _far_complement(doc, span.close + 1)
            if far is not None and not doc.cue_between(span.close + 1, far.end()):
                # قال لـ"رويترز" قبيل الاجتماع، الخميس، إن ...: the addressee, a setting,
                # then the reported clause.
                return _clause(far.end(), doc, hit, rule, used)
        nxt = doc.by_open.get(doc.skip_space(span.close + 1)) if span.closed else None
        if nxt is not None and doc.is_name(span):
            # مضيفا لـ"الصحيفة" "نحن مستعدون": an addressee in marks, then the quote.
            return _chain(nxt, doc, hit, rule, used)
        # مشيرا إلى "..." وما تلاها، أعرب الاتحاد عن «قلقه» حيال: the content opens at the
        # mark, after the preposition, with a subject or without.
        drafts = _clause(hit.content, doc, hit, rule, used)
        if span.closed:
            for draft in drafts:
                end = _conjoined_verb(doc, span.close + 1, draft.content[1])
                if end < draft.content[1]:
                    draft.content = trim(norm, draft.content[0], end)
                    _classify(draft, doc)
        return drafts
    if rule == "after-quote":
        span = _span_before(doc, hit.start)
        if span is None or span.open in used or doc.is_name(span):
            return []
        if len(WORD.findall(norm, *span.inner)) < _AFTER_QUOTE_WORDS:
            return []  # على "انستغرام" كتبت، "صلة الوصل" بين: a name or a term before a verb
        return _chain(span, doc, hit, rule, used)
    if rule == "appeal":
        assert hit.content is not None
        subject = _appeal_subject(doc, hit, hit.content)
        # what the appeal calls for is a quote only with speech in marks in it: two words
        # at least (لوقف "قرصنة" بثها: one word in marks is a term)
        drafts = [
            d
            for d in _clause(hit.content, doc, hit, rule, used)
            if any(len(WORD.findall(doc.norm, *f)) > 1 for f in d.fragments)
        ]
        for d in drafts:
            d.mention = subject
        return drafts
    if rule in ("verb-object", "verb-subject", "by-masdar"):
        before = WORD.findall(norm, max(0, hit.start - 12), hit.start)
        if before and before[-1] in _NEGATIONS:
            return []  # ولم تكشف الشركة: nothing was said
        subject, start = (None, hit.end) if rule == "by-masdar" else _object_subject(doc, hit)
        if rule != "by-masdar" and doc.cue_between(hit.start + 1, doc.sentence_end(start)):
            return []  # نقلت الوكالة عن المتحدث قوله إن ...: the cue that follows holds the quote
        far = _far_complement(doc, start) if rule == "verb-subject" else None
        if far is not None:
            if subject is not None:
                # وتوقع وكيل لجنة الخطة ... ياسر عمر أن: the whole subject stands before أن
                whole, _ = clean_mention(doc.norm, hit.end, far.start(), doc.patterns)
                subject = whole or subject
            start = far.end()
        # بتأكيد قرارك، بدعوة من نظيره: a verbal noun after ب reads as speech only with
        # words in marks (بدعوة الأطراف إلى "الاستمرار"), never as a plain clause.
        # A noun object alone is what the guide leaves optional (كشف X عن تفاصيل، علق X عمله):
        # without a clause or words in marks, only a forecast reads as what was said
        # (توقع المركز استمرار الإعصار).
        noun_object = rule == "verb-subject" and far is None
        drafts = [
            d
            for d in _clause(start, doc, hit, rule, used)
            if d.kind != "indirect"
            or (
                rule != "by-masdar"
                and len(WORD.findall(norm, *d.content)) >= _WEAK_WORDS
                and not (noun_object and hit.form.lemma not in doc.patterns.lists["forecast"])
            )
        ]
        for d in drafts:
            d.mention = subject
        return drafts
    if rule == "source":
        return _source(hit, doc, used, covered)
    if rule in ("as", "trailing"):
        return _before(hit, doc, used)
    return []


def _first_person(doc: Document, start: int) -> bool:
    """Whether the sentence from ``start`` speaks in the first person (لي، إننا، علينا).

    وقال: إننا نحمل أرواحنا ...: after a colon, إن may open a reported clause or the
    speaker's own words; a word of the first person is the speaker's, verbatim, for in
    reported speech the speaker is a third person (إنهم). Words in marks are not read.
    """
    words = doc.patterns.lists["first_person"]
    for m in WORD.finditer(doc.norm, start, doc.sentence_end(start)):
        if among(m.group(), words, "وف") and doc.enclosing(m.start()) is None:
            return True
    return False


#: The most characters between the end of speech after a colon and the point after it.
_TO_STOP = 8
#: Where a paragraph ends: a line break (or a carriage return, a line or paragraph separator).
_PARAGRAPH_END = re.compile("[\n\r\u2028\u2029]")
#: Where a sentence of a paragraph starts: at its first word, after the end of the one before.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?])[ \t]*(\w+)")
#: Particles after و or ف that open the writer's sentence: ولم يتسن، وقد، ولن.
_NARRATION_PARTICLES = frozenset(("لم", "لن", "قد"))


def _colon_speech(drafts: list[Draft], doc: Document, hit: Hit) -> list[Draft]:
    """``drafts`` of a clause after a colon: speech without marks is direct, and runs on."""
    for d in drafts:
        if d.kind == "indirect":  # speech after a colon, without marks
            d.content = (d.content[0], _speech_runs_on(doc, hit, d.content[1]))
            d.kind, d.fragments = "direct", [d.content]
    return drafts


def _speech_runs_on(doc: Document, hit: Hit, end: int) -> int:
    """Where speech after a colon without marks ends, its first sentence ending at ``end``.

    The speaker goes on over the next sentences of the paragraph (وقال المدرب: لعبنا
    مباراة جيدة. اللاعبون قدموا كل ما لديهم. أنا فخور بهم.) until the writer takes over:
    at a sentence with a cue, with quote marks or parentheses (a credit: (رويترز)), with a
    word of the speaker's mention, clitics and article aside (وسبق لمنصور أن، الوزير), or
    that opens with و or ف and a verb or a particle of one (ويحتل الفريق، وكانت الوزارة
    قد، ولم يتسن): the narrator's own. The speech ends with the last sentence before it
    (قال هاينكس: أفعل ما أراه مناسبا. على الجميع أن يتقبلوا هذا. انتهى الأمر. وكان روبن قد
    قال ...). The paragraph is read only up to the next cue, so that a text of endless
    colons costs linear.
    """
    norm = doc.norm
    stop = doc.sentence_end(end)
    if stop >= len(norm) or norm[stop] == "\n" or stop - end > _TO_STOP or norm[end:stop].strip():
        return end  # it ends before a comma or a cue, or with its paragraph or text
    rest = stop + 1
    k = bisect_left(doc.cue_starts, rest)
    cue = doc.cue_starts[k] if k < len(doc.cue_starts) else len(norm)
    found = _PARAGRAPH_END.search(norm, rest, cue)
    limit = found.start() if found is not None else cue
    named = {without_article(w) for w in WORD.findall(norm, *hit.subject)} if hit.subject else set()
    last = end
    for m in _SPEECH_SENTENCE.finditer(norm, rest, limit):
        if (
            m.end() == limit
            and found is None
            and cue < len(norm)
            and norm[m.end() - 1] not in ".!?"
        ):
            break  # the sentence of the next cue: the writer's
        tail = m.group()
        words = WORD.findall(tail)
        if not words:
            continue
        if not _OPEN_OR_MARK.isdisjoint(tail) or _narrated(tail):
            break
        if any(w.endswith(name) for name in named if len(name) > 2 for w in words):
            break
        last = m.end()
    return end if last == end else trim(norm, end, last)[1]


#: A sentence of speech after the first: up to its full stop (or the end of the stretch).
_SPEECH_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


#: Quote marks and an opening parenthesis: speech in them, or a credit, is no more of it.
_OPEN_OR_MARK = MARKS | {"("}


#: ثم (then) at a sentence's start: the writer tells what happened next.
_THEN_NEXT = "ثم"


def _narrated(tail: str) -> bool:
    """Whether a sentence of ``tail`` opens with و or ف and a verb or one of its particles.

    Or with ثم (ثم عاد إلى مكتبه): what happened next, told by the writer.
    """
    for m in _SENTENCE_OPENING.finditer(tail):
        word = m.group(1)
        if word == _THEN_NEXT:
            return True
        if word[:1] in "وف" and len(word) > 2:
            rest = word[1:]
            if rest in _NARRATION_PARTICLES or (
                word_class(rest) == "verb" and word_class(word) == "verb"
            ):
                return True
    return False


def _conjoined_verb(doc: Document, pos: int, end: int) -> int:
    """Where a verb joined by و starts in ``[pos, end)``, else ``end``.

    A quoted object is a noun phrase, which no finite verb goes on: in نددت بـ"الاحتلال"
    التركي لعفرين وطالبت ... the verb opens the writer's next clause of the same subject.
    """
    for m in WORD.finditer(doc.norm, pos, end):
        word = m.group()
        if word in RELATIVES or doc.patterns.complementizer.fullmatch(word):
            return end  # الذين يعيشون ... ويعتبرون، إلى أن معدلات الفقر: a clause goes on
        if joined_verb(word, "و"):
            return m.start()  # وطالبت، واعتبروا: و and a verb (not وصلت، a verb in و)
    return end


def _ends_object(doc: Document, after: re.Match[str]) -> bool:
    """Whether the word ``after`` a quoted object starts words of the writer's own.

    A preposition (في قضية السفينة), ب joined to its noun (بريف درعا، بسبب) or a new
    cue of the same subject (بـ"..." وتندد بـ"..."): the quote ends at the mark. Not ل
    joined to a noun: "دعمها الكامل" للضربات, "الروح القتالية" لمنتخب بلاده complete
    the marked noun.
    """
    word = after.group()
    if word in doc.patterns.lists["preposition"]:
        return True
    if word[:1] == "ب" and len(word) > 3 and not word.startswith("بان"):
        return True  # بريف درعا، بسبب الأزمة; not بأن: a clause that goes on
    return word[:1] == "و" and doc.cue_between(after.start(), after.start() + 1)


def _far_complement(doc: Document, start: int) -> regex.Match[str] | None:
    """A plain complementizer that a long subject kept from its verb, if one follows.

    وأظهر تقرير حديث نشر في مارس الماضي لبي بي سي أن ...: the subject walk stopped at its
    window; the clause still starts after أن, not inside the subject, and the subject
    runs up to it.
    """
    norm = doc.norm
    for count, m in enumerate(WORD.finditer(norm, start, doc.sentence_end(start))):
        if count >= _FAR_WORDS:
            break
        if doc.enclosing(m.start()) is not None:
            continue
        comp = complementizer_at(norm, m.start(), doc.patterns)
        if comp is not None and comp.group("prep") is None:
            return comp
    return None


def _after_to(norm: str, pos: int) -> bool:
    """Whether the preposition ل stands alone right before ``pos`` (لـ"رويترز").

    Example:
        >>> _after_to('قال ل"رويترز"', 5), _after_to('اشار الى "الازمة"', 10)
        (True, False)
    """
    before = norm[max(0, pos - 3) : pos].rstrip(" \t")
    return before.endswith("ل") and (len(before) < 2 or not before[-2].isalnum())


def _object_before_quote(hit: Hit, doc: Document) -> bool:
    """Whether a participle cue's stretch before the marks is its object, not a setting.

    ``متهما الولايات المتحدة بدعم التنظيم "..."`` is; ``قائلا لـ"الصحيفة" "..."`` (an
    addressee) and ``مضيفا في تصريح "..."`` (a setting) are not.
    """
    if hit.form.form != "participle" or hit.subject is None:
        return False
    first = WORD.match(doc.norm, doc.skip_space(hit.subject[0]))
    if first is None or first.start() >= hit.subject[1]:
        return False
    word = first.group()
    return not (
        (word[:1] == "ل" and not word.startswith("ال"))
        or word.startswith("ايا")  # واصفا إياه "...": a pronoun object, the marks are all
        or word in doc.patterns.lists["preposition"]
        or word in doc.patterns.lists["mention_stop"]
    )


def _source(hit: Hit, doc: Document, used: set[int], covered: _Covered) -> list[Draft]:
    """بحسب X، فإن ... (the clause after) or ...، وفقا لـX (the clause before)."""
    norm = doc.norm
    inside = doc.enclosing(hit.start)
    if inside is not None and inside.closed and not doc.is_name(inside):
        return []  # "سنعمل دائما وفقا لمصالحنا الأمنية": the speaker's own words
    sentence = doc.sentence_start(hit.start)
    np_start = hit.end
    relay: Form | None = None  # a verb of relaying after ما (بحسب ما نقلت), if one is
    words = list(islice(WORD.finditer(norm, np_start, min(len(norm), np_start + 40)), 3))
    if words and words[0].group() == "ما" and len(words) > 1:
        verb = doc.patterns.forms.get(words[1].group())
        if verb is not None and verb.lemma in doc.patterns.lists["relay"]:
            relay = verb
        if verb is not None and verb.form == "passive":
            return []  # بحسب ما قيل: a hedge, no source
        np_start = words[1].end()  # بحسب ما نقلته وكالة ...: the source follows the verb
        if len(words) > 2 and (
            (words[2].group() == "في" and words[1].group() in doc.patterns.lists["document_verb"])
            # بحسب ما ورد في صحيفة X، ما جاء في التقرير: where it appeared is the source
            or (
                words[2].group() in RESUMPTIVE_OBJECTS
                and (verb is None or verb.lemma not in doc.patterns.lists["relay"])
            )
        ):
            np_start = words[2].end()  # وفق ما أفاد به المدير: به refers back to ما
    elif (
        len(words) > 1
        and _speech_noun(words[0].group(), doc.patterns)
        and (
            words[1].group().startswith("ال")
            or not facts_of(doc.patterns)[words[1].group()].adjective
        )
    ):
        # بحسب تصريحات الوزير، تصريحات المدعي العام: the one whose remarks they are (not
        # تصريحات صحفية: an indefinite noun's adjective is indefinite, its genitive definite)
        np_start = words[0].end()
    np_end = doc.clause_end(np_start, at_comma=True)
    if relay is not None:
        # بحسب ما نقلت وكالة بلومبيرغ عن الشركة المطورة: the source is the one relayed
        via = relayed_from(norm, doc.patterns, relay.lemma, np_start, np_end)
        if via is not None:
            np_start = via.end()
    # Inside a sentence a source phrase credits the clause before it (...، وفقا للوزارة),
    # unless و joins it: then it opens a clause of its own, after it, as at a sentence's
    # start (...، ووفقا للفريق يجب الحفاظ; ... الأسبوع ووفقا للمحللين سترتفع).
    within = not _opens_sentence(norm, sentence, hit.start)
    if within and not hit.form.conjoined:
        return _source_within(hit, doc, used, covered, sentence, np_start, np_end)
    mention = _source_mention(hit, doc, np_start, np_end)
    if mention is None:
        return []
    if _ends_sentence_at(norm, mention[1]):
        if within:
            # ...، وبحسب رويترز.: no clause after it; it credits the one before
            return _source_within(hit, doc, used, covered, sentence, np_start, np_end)
        # ...من تل أبيب. حسب رويترز.: a source phrase standing alone credits the sentence
        # before it.
        return _credited(_sentence_before(doc, sentence, hit), mention)
    comp = complementizer_at(norm, mention[1], doc.patterns)
    if comp is not None and comp.group("prep") is None:
        # وجاء في البيان أن ...: the clause follows the document without a comma.
        return _credited(_clause(comp.end(), doc, hit, "source", used), mention)
    said = _SAID_IN.match(norm, mention[1])
    if said is not None and (said.group("colon") or said.end() in doc.by_open):
        # وجاء في البيان: "..."، وجاء في الرسالة "...": what the document says, in its
        # words, after a colon or in marks
        if said.group("colon"):
            drafts = _colon_speech(_clause(said.end(), doc, hit, "colon", used), doc, hit)
        else:
            drafts = _clause(said.end(), doc, hit, "quote", used)
        return _credited(drafts, mention)
    then = (
        _THEN_THAT.match(norm, mention[1])
        or _then_after_relative(doc, mention[1])
        or _then_soon(doc, mention[1], np_end)
    )
    if then is not None:
        # وبحسب شهود العيان فإن، ووفقا للتقرير فقد: the main clause, with no comma before.
        start = then.end()
    elif (opening := _verb_next(doc, mention)) is not None:
        # ووفقا للهيئة المستقلة تنافس أكثر من: the main clause opens with its verb, also
        # when a comma comes later in it (ووفق المرصد ينتشر 350 جنديا، معظمهم ...)
        start = opening
    elif (
        np_end < len(norm)
        and norm[np_end] == ","
        # inside a sentence, the comma right after the source (not one after a
        # phrase that goes on: ووفقا لقائمة ... من حيث الإيرادات تعتلي ...، قبل)
        and not (within and WORD.search(norm, mention[1], np_end))
    ):
        m = _RESUMPTIVE.match(norm, np_end + 1)
        start = _after_complementizer(doc, m.end() if m else np_end + 1)
    else:
        return []
    return _clause_after(doc, hit, start, mention, used)


#: A colon, maybe, and spaces after a source phrase's document: its words follow as they
#: stand when a colon or an opening mark does (normalised text).
_SAID_IN = re.compile(r"[ \t]*(?P<colon>:)?[ \t]*")


def _speech_noun(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is the verbal noun of a verb of saying (تصريحات، توضيح).

    After a source phrase, also a word spelled as the verb's lemma (بحسب وصف المدعي
    العام): the verbal noun of a verb of three letters is written so (وصف، ذكر).
    """
    form = patterns.forms.get(word)
    return form is not None and (
        form.form == "masdar" or (form.form == "past" and word == form.lemma)
    )


def _verb_next(doc: Document, mention: tuple[int, int]) -> int | None:
    """Where the main clause's verb starts right after a source's phrase, if it does.

    ووفقا للهيئة المستقلة تنافس: a definite source, then a verb (not one joined by و).
    After an indefinite source a verb with a preposition describes it (وبحسب مصادر تحدثت
    لرويترز فإن: the clause comes after فإن); a verb with a noun after it opens the
    clause (وبحسب بيانات رسمية زادت الصادرات); a فإن or فقد later in the sentence opens
    the clause.
    """
    last = doc.norm[mention[0] : mention[1]].rsplit(maxsplit=1)[-1]
    definite = last.startswith(("ال", "لل", "بال"))
    start = doc.skip_space(mention[1])
    m = WORD.match(doc.norm, start)
    if m is None:
        return None
    word = m.group()
    if word_class(word) != "verb" or (word[0] == "و" and word_class(word[1:]) == "verb"):
        return None  # a noun, or a verb joined by و to the clause before
    if _THEN_WORD.search(doc.norm, start, doc.clause_end(start)) is not None:
        return None  # the source's clause runs on to its فإن
    if not definite:
        # مصادر تحدثت لرويترز، مصادر طلبت عدم: a verb that describes an indefinite
        # source takes a preposition or a verbal noun; وبحسب بيانات رسمية زادت صادرات
        # النفط: one with a noun after it, and no فإن later, is the main clause's
        after = WORD.match(doc.norm, doc.skip_space(m.end()))
        if after is None or not _subject_of_clause(after.group(), doc):
            return None
    head = doc.norm[mention[0] : mention[1]].split(maxsplit=1)[0]
    if not head.startswith(("ال", "لل", "بال")) and _resumes(word):
        return None  # بيان للمجلس أوردته الوكالة، أن: its pronoun is the source's noun
    return start


def _resumes(verb: str) -> bool:
    """Whether a verb ends in an object pronoun of the third person singular (أوردته، نشرتها).

    After an indefinite noun such a verb opens the clause that describes it, its pronoun
    the noun itself (بيان للمجلس أوردته وكالة الأنباء): no main clause opens there.
    """
    for suffix in _RESUMPTIVE_SUFFIXES:
        stem = verb.removesuffix(suffix)
        if stem != verb and len(stem) >= _STEM_LETTERS and word_class(stem) == "verb":
            return True
    return False


#: The object pronouns of the third person singular, as a verb's suffix (normalised).
_RESUMPTIVE_SUFFIXES = ("ها", "ه")
#: The fewest letters of a verb before its object pronoun (نشر، أورد).
_STEM_LETTERS = 3


def _subject_of_clause(word: str, doc: Document) -> bool:
    """Whether ``word`` after a verb opens a noun phrase that may be its subject.

    Not a preposition, a word with a clitic preposition, a pronoun suffix of the verb's
    object or a particle: a definite or indefinite noun (صادرات، التنظيم).
    """
    facts = facts_of(doc.patterns)[word]
    return (
        facts.phrase_start
        and not facts.preposition
        and not facts.clitic_preposition
        and not facts.particle
        and word not in doc.patterns.lists["not_doing"]
        and word_class(word) == "noun"
    )


def _clause_after(
    doc: Document, hit: Hit, start: int, mention: tuple[int, int], used: set[int]
) -> list[Draft]:
    """The clause from ``start``, credited to the source ``mention`` of a source phrase.

    Nothing when the clause has a cue of its own: it is that speaker's quote.
    """
    if doc.cue_between(start, doc.clause_end(start)):
        return []
    return _credited(_clause(start, doc, hit, "source", used), mention)


def _in_verb_clause(doc: Document, start: int, phrase: int) -> bool:
    """Whether a source phrase at ``phrase`` follows a cue of ``[start, phrase)`` closely.

    The last cue before it opens no more than a few words before it, with no comma between
    (هددت السعودية الأربعاء على لسان وزير خارجيتها): the verb, its subject and a setting.
    """
    k = bisect_left(doc.cue_starts, phrase) - 1
    if k < 0 or doc.cue_starts[k] < start:
        return False
    cue = doc.cue_starts[k]
    return "," not in doc.norm[cue:phrase] and _short(doc, cue, phrase, _VERB_CLAUSE_WORDS)


#: The most words from a cue to a source phrase in its clause: the verb, a subject of two
#: words and a time word (هددت السعودية الأربعاء).
_VERB_CLAUSE_WORDS = 4


def _source_mention(hit: Hit, doc: Document, np_start: int, np_end: int) -> tuple[int, int] | None:
    """The source that a source phrase names, read from ``np_start`` to ``np_end``.

    It ends within ``REACH`` of ``np_start``: without an addressee, ``clean_mention`` reads
    no further, and :func:`_then_after` counts on it.
    """
    mention, _ = clean_mention(
        doc.norm,
        np_start,
        np_end,
        doc.patterns,
        after_clitic=hit.form.text.endswith(" ل"),
        find_addressee=False,
    )  # a source phrase has no addressee: the rest of its clause is not read for one
    if mention is None and hit.form.text.endswith(" ل"):
        # وفقا لـ"فاير آي": the ل is the source phrase's own, and the source is the name in
        # the marks that follow it (no addressee, as لـ"X" is after a verb of saying)
        span = doc.by_open.get(doc.skip_space(np_start))
        if span is not None and span.closed and span.close < np_end + 1:
            inner = trim(doc.norm, *span.inner)
            if inner[1] > inner[0] and len(WORD.findall(doc.norm, *inner)) <= _NAME_WORDS:
                return inner
    if mention is not None and entity_type(WORD.findall(doc.norm, *mention)) == "document":
        # بحسب تقرير لـ"فاينانشال تايمز": the source is the document's owner, named in
        # marks after ل
        owner = _OWNER_IN_MARKS.match(doc.norm, mention[1], min(len(doc.norm), np_end + 1))
        if owner is not None:
            mention = owner.span("name")
    return mention


#: ل and a name in marks after a document (تقرير لـ"X"; the tatweel is normalised away).
_OWNER_IN_MARKS = re.compile(
    r"""
    [ \t]*ل[ \t]*             # the preposition of whose it is
    [«"]
    (?P<name>[^«»"\n]{1,60})   # the name, in its marks
    [»"]
    """,
    re.VERBOSE,
)


def _source_within(
    hit: Hit,
    doc: Document,
    used: set[int],
    covered: _Covered,
    sentence: int,
    np_start: int,
    np_end: int,
) -> list[Draft]:
    """The quote of a source phrase that does not open its sentence.

    The clause after a complementizer that follows the phrase (ذكرت القناة، نقلا عن
    مصادر، أن ...), else the whole clause around it, else the clause before it. The clause
    before is known from the text alone: when another quote's content already overlaps
    it, the quote this phrase makes would be dropped, and that is told before the
    source's noun phrase is read.
    """
    norm = doc.norm
    dateline = norm.rfind("--", sentence, hit.start)
    if dateline >= 0 and dateline - sentence < _DATELINE:
        sentence = dateline + 2  # دبي، الإمارات (CNN)-- : the dateline is no content
    opened = _opened_before(doc, hit.start)
    if opened == "that":
        return []  # ويؤكد أنه وفقا لـX، ...: the clause is the quote of the cue before أن
    if opened == "which":
        # ...، والتي وفقا لـX، تسمح ...: the relative clause goes on after the phrase
        if np_end >= len(norm) or norm[np_end] != ",":
            return []
        mention = _source_mention(hit, doc, np_start, np_end)
        return [] if mention is None else _clause_after(doc, hit, np_end + 1, mention, used)
    spoken = _spoken_before(doc, sentence, hit, np_end)
    comp = (
        complementizer_at(norm, np_end + 1, doc.patterns)
        if np_end < len(norm) and norm[np_end] == ","
        else None
    )
    if comp is not None and comp.group("prep") is None:
        # ذكرت القناة، نقلا عن مصادر أمنية، أن ...: the clause after the complementizer.
        mention = None if spoken else _source_mention(hit, doc, np_start, np_end)
        return [] if mention is None else _clause_after(doc, hit, comp.end(), mention, used)
    then = None if spoken else _then_after(doc, hit, np_start, np_end)
    if then is not None:
        # لكن الآن، وبحسب X، فإن ...; ...، ووفقا لتويتر فإن ...: the فـ answers the fronted
        # source phrase, whatever stands before it; the source credits the clause after.
        return _clause_after(doc, hit, then[1], then[0], used)
    start, end = trim(norm, _past_background(doc, sentence, hit.start), hit.start)
    before_start, before_end = start, end  # the clause before the phrase
    last = list(WORD.finditer(norm, max(start, end - 12), end))
    if last and last[-1].end() == end and last[-1].group() in doc.patterns.lists["connector"]:
        # ...، وذلك وفقا لـ: not content
        before_start, before_end = trim(norm, start, last[-1].start())
    if _in_verb_clause(doc, before_start, hit.start):
        # أكدت وزارة الخارجية على لسان المتحدث باسمها علمها ...: right after a cue's verb
        # and subject, the phrase names who spoke for them, in the verb's own clause
        return []
    if before_end - before_start >= 2 and covered.overlaps(before_start, before_end):
        # Dropped when built; so would the whole clause around the phrase be, for it
        # holds the clause before.
        return []
    if spoken:
        return []
    mention = _source_mention(hit, doc, np_start, np_end)
    if mention is None:
        return []
    if _mid_clause(doc, start, hit.start, np_start, np_end) or (
        np_start == hit.end
        and before_end == end  # ...، وذلك وفقا لـX: set off after its clause
        and _runs_on(doc, start, hit, mention, np_end)
    ):
        # كما شهد القطاع، بحسب التقرير، تحسينات كبيرة: the source credits the whole clause.
        end = doc.clause_end(np_end + 1, at_cue=True)
        return _credited([_clause_draft(doc, *trim(norm, start, end), hit, "source")], mention)
    if before_end - before_start < 2:
        return []
    return _credited([_clause_draft(doc, before_start, before_end, hit, "source")], mention)


def _then_after(
    doc: Document, hit: Hit, np_start: int, np_end: int
) -> tuple[tuple[int, int], int] | None:
    """The source and where its clause starts, when فإن or فقد follows a source phrase.

    Right after its noun phrase (ووفقا لتويتر فإن) or after the comma that ends it (وبحسب
    لورانس ناردون من المعهد، فإن). None when neither follows or no source is read.
    """
    norm = doc.norm
    comma = np_end < len(norm) and norm[np_end] == ","
    # The source's phrase ends within REACH of its start (clean_mention reads no further
    # without an addressee), and فإن answers it only right after it, past spaces: no
    # other one need be looked for (on text without full stops np_end is far).
    near = doc.skip_space(min(len(norm), np_start + REACH)) + _THEN_LONGEST + 1
    then_at = _THEN_WORD.search(norm, np_start, min(np_end, near))
    if then_at is None and not (comma and _THEN_THAT.match(norm, np_end + 1)):
        return None  # the common case, told without reading the source
    mention = _source_mention(hit, doc, np_start, np_end)
    if mention is None:
        return None
    then = _THEN_THAT.match(norm, mention[1])
    if then is None and comma:
        then = _THEN_THAT.match(norm, np_end + 1)
    return (mention, then.end()) if then is not None else None


def _spoken_before(doc: Document, sentence: int, hit: Hit, np_end: int) -> bool:
    """Whether a speech frame with a cue of its own opens the sentence before ``hit``.

    A short one (وقالت الوزارة في بيان -بحسب الوكالة- "...") or one whose speech follows
    the source (وقالت الخارجية في رسالة وفق ما نقلت الوكالة، "..."): the speech has its
    speaker; the source relays it.
    """
    return (
        _speech_follows(doc.norm, np_end) or _short(doc, sentence, hit.start, _FRAME_WORDS)
    ) and _opens_with_cue(doc, sentence, hit.start)


def _then_after_relative(doc: Document, end: int) -> re.Match[str] | None:
    """فإن or فقد after a relative clause that describes an opening source.

    ووفقا للمصدرين اللذين حضرا الاجتماع - الذين ... - فقد تم ...: the فـ answers the
    source phrase past the clause that describes its source, when no cue stands between.
    """
    after = WORD.match(doc.norm, doc.skip_space(end))
    if after is None or after.group() not in RELATIVES:
        return None
    then = _THEN_WORD.search(doc.norm, end, doc.sentence_end(end))
    if then is None or doc.cue_between(end, then.start()):
        return None
    return then


def _then_soon(doc: Document, end: int, limit: int) -> re.Match[str] | None:
    """فإن or فقد a word or two after the source, before ``limit`` (its clause's end).

    وبحسب مقربين منه فإن: what the source's phrase left out (منه) stands before the فـ
    that answers it.
    """
    then = _THEN_WORD.search(doc.norm, end, min(limit, end + _THEN_REACH))
    if then is None or len(WORD.findall(doc.norm, end, then.start())) > _THEN_WORDS:
        return None
    return then


#: How far (characters) and across how many words فإن may follow a source's phrase.
_THEN_REACH = 30
_THEN_WORDS = 2


def _ends_sentence_at(norm: str, pos: int) -> bool:
    """Whether a full stop (or the end of the text) follows ``pos`` past spaces."""
    rest = norm[pos : pos + 4].lstrip(" \t")
    return not rest or rest[0] in ".\n"


def _sentence_before(doc: Document, sentence: int, hit: Hit) -> list[Draft]:
    """The sentence that ends right before ``sentence`` starts, as an indirect quote."""
    norm = doc.norm
    stop = sentence - 1
    while stop >= 0 and norm[stop] in " \t":
        stop -= 1
    if stop < 0 or norm[stop] != ".":
        return []  # a line break or the text's start: no sentence of the same paragraph
    start, end = trim(norm, doc.sentence_start(stop), stop)
    if len(WORD.findall(norm, start, end)) < _FRAME_WORDS or doc.cue_between(start, end):
        return []  # too short to be a report, or a sentence with a speaker of its own
    return [_clause_draft(doc, start, end, hit, "source")]


@cache
def _background_openers(patterns: CuePatterns) -> frozenset[str]:
    """The first words of the lexicon's background phrases (يذكر، ويشار، الجدير ...)."""
    return frozenset(
        first
        for first, phrases in patterns.phrases.items()
        if any(form.form == "background" for _, form in phrases)
    )


def _past_background(doc: Document, start: int, end: int) -> int:
    """Past the writer's background phrase that opens ``[start, end)``, if one does.

    يذكر أن الليرة تراجعت، وفق ما ذكرت رويترز: the source credits the clause after يذكر
    أن, not the writer's phrase (a ``background`` phrase of the lexicon).
    """
    first = WORD.match(doc.norm, start, end)
    if first is None or first.group() not in _background_openers(doc.patterns):
        return start  # no background phrase opens with this word: decided at once
    after = WORD.match(doc.norm, first.end() + 1, end)
    second = after.group() if after is not None and after.start() == first.end() + 1 else ""
    for text, form in doc.patterns.phrases_at(first.group(), second):
        if form.form == "background" and doc.norm.startswith(text, first.start()):
            # Past the whole complementizer word (يذكر أنه في ...: "في", not "ه").
            rest = WORD.match(doc.norm, first.start() + len(text) - 1)
            return rest.end() if rest is not None else first.start() + len(text)
    return start


def _credited(drafts: list[Draft], mention: tuple[int, int]) -> list[Draft]:
    """The drafts of a source phrase, each credited to the phrase's source."""
    for d in drafts:
        d.mention = mention
    return drafts


def _speech_follows(norm: str, pos: int) -> bool:
    """Whether quote marks or a colon open at ``pos`` of the normalised text, past a comma.

    Example:
        >>> _speech_follows('الوكالة, "سوريا تدين"', 7), _speech_follows("الوكالة, أمس", 7)
        (True, False)
    """
    rest = norm[pos : pos + 4].lstrip(" \t")
    if rest[:1] == ",":
        rest = rest[1:].lstrip(" \t")
    return rest[:1] in _SPEECH_OPENS


#: What opens a speech right after a source phrase inside a frame: marks or a colon.
_SPEECH_OPENS = frozenset(('"', "«", ":"))


def _opens_with_cue(doc: Document, start: int, end: int) -> bool:
    """Whether a cue stands among the first words of ``[start, end)``.

    Or after كان, its subject and قد (وكانت المندوبة السامية للتخطيط قد قالت): the
    pluperfect opens its clause with the cue's tense, however long the subject.
    """
    found = WORD.finditer(doc.norm, start, end)
    words = list(islice(found, _OPENING_WORDS))
    if any(doc.cue_between(w.start(), w.start() + 1) for w in words):
        return True
    if not words or words[0].group() not in WAS:
        return False  # the common case, told from the first words alone
    words += islice(found, _WAS_WORDS - _OPENING_WORDS + 2)
    for w, after in pairwise(words[1:]):
        comma = doc.norm.find(",", words[0].end(), w.start())
        if w.group() == "قد" and (comma < 0 or not doc.norm[comma + 1 : w.start()].strip()):
            # وكان تقرير أصدره مركز ...، قد أوضح: a comma that closes a long subject right
            # before قد leaves the verb in the clause of كان
            return doc.cue_between(after.start(), after.start() + 1)
        if comma >= 0:
            return False  # the subject set off by a comma: another clause
    return False


def _mid_clause(doc: Document, start: int, phrase: int, np_start: int, np_end: int) -> bool:
    """Whether a source phrase at ``phrase`` stands between commas inside its clause.

    ``كما شهد القطاع، بحسب التقرير، تحسينات كبيرة``: a comma before it, a source of a
    few words (after ما and a verb too: وفق ما شرح مصدر عسكري), a comma, then more of the
    clause: not a time word, an apposition (a person's title, a given name, a phrase in
    و, a participle; after a definite title without a name, any word but a common noun),
    a relative clause or a cue.
    """
    norm = doc.norm
    if phrase - start < 2 or np_end >= len(norm) or norm[np_end] != ",":
        return False
    after = doc.skip_space(np_end + 1)
    if doc.cue_between(after, after + 1):
        return False  # بحسب X، بحسب Y: a new cue right after the comma (read first: cheap)
    edge = phrase
    while edge > start and norm[edge - 1] in " \t":
        edge -= 1  # back over the spaces only: the sentence before may be long
    if (norm[edge - 1] if edge > start else "") != "," and not _short(
        doc, start, phrase, _OPENING_WORDS - 1
    ):
        return False  # a comma before it, or a couple of words (ولم يعرف، بحسب المرصد، ...)
    if not _short(doc, np_start, np_end, _SOURCE_WORDS):
        return False  # وفق ما شرح مصدر عسكري في المكان: a source of a few words
    if doc.by_open.get(doc.skip_space(np_end + 1)) is not None:
        return True  # ولم يعرف، بحسب المرصد، "ما إذا كان ...": the clause goes on in marks
    rest = list(islice(WORD.finditer(norm, np_end + 1, doc.sentence_end(np_end)), 2))
    if len(rest) < 2 or doc.cue_between(rest[0].start(), rest[0].start() + 1):
        return False
    word = rest[0].group()
    if word in _EXCEPT:
        return True  # لا حياة فيها، يقول آخر، إلا في الصيف: an exception is of its clause
    form = doc.patterns.forms.get(word)
    if (
        norm[edge - 1 : edge] == ","
        and facts_of(doc.patterns)[word].object_preposition
        and _short(doc, start, phrase, _CLAUSE_HEAD_WORDS)
    ):
        # وأثنى الكثير من السياح، حسب الجمعية، على الجو: after a verb and its subject
        # alone, the preposition of the verb's complement goes on the clause
        return True
    if joined_verb(word, "ف") and not _topic_before(doc, start):
        # ...، كما تقول سلمى، فيضاف إليها: ف and a verb open a clause of their own, which
        # the clause set off by the phrase does not go on into (but أما ...، بحسب X، فيرى)
        return False
    return (
        word not in doc.patterns.lists["mention_stop"]
        # وفقا لبيانات رسمية، صادرة الأحد: the source's own adjective, who issued it or when
        and word not in doc.patterns.lists["issued"]
        and not word.startswith("و")
        and (form is None or form.form != "participle")
        and not accusative_participle(word)  # ...، مستنكرا: a circumstance of the source's
        # وفقا للدكتور فلان، مدير ...: a title in apposition (not حسب غودمان، دراسة ...)
        and not person_title(word, doc.patterns)
        and not is_given_name(word)  # وفق ما أكده وكيل الجمهورية، محمد الخليفي: its name
        # وفق ما قالت المتحدثة باسم الوزارة، زالينا ...: a title without a name, then a word
        # that is no common noun: its name (not مهندس في الموقع، نحو ثلاثة كيلومترات)
        and (common_noun(word, doc.patterns) or not _unnamed_title(doc, np_start, np_end))
    )


def _topic_before(doc: Document, start: int) -> bool:
    """Whether the clause from ``start`` opens with أما (``topic``), whose answer takes ف."""
    first = WORD.search(doc.norm, start, min(len(doc.norm), start + _TOPIC_CHARS))
    return first is not None and among(first.group(), doc.patterns.lists["topic"], "و")


#: How far from a clause's start its first word is looked for.
_TOPIC_CHARS = 20


#: Particles of exception (إلا، normalised): what follows one is part of the clause before.
_EXCEPT = frozenset(("الا", "سوى"))


def _unnamed_title(doc: Document, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a person's title without a given name in it."""
    words = WORD.findall(doc.norm, start, end)
    return (
        bool(words)
        and person_title(words[0], doc.patterns)
        and not any(is_given_name(w) for w in words if w != ON_BEHALF)
    )


def _runs_on(doc: Document, start: int, hit: Hit, mention: tuple[int, int], np_end: int) -> bool:
    """Whether the clause goes on, with no comma, after a source phrase inside it.

    ``وعمدت الفصائل وفق محللين وسكان الغوطة إلى تحديد الأسعار``: the phrase stands in the
    clause (no comma before it; the caller has ruled out وذلك), the source's noun phrase
    ends before the clause does, and what follows it is the verb's own complement: a
    preposition, a word with ب or a number, three words at least. Not a setting (وفق ما
    أعلنت الوزارة في بيان), words in marks, nor فقد or فإن, which answer a phrase that
    opens a clause; the source's own words start with none of those (حصيلة أعلنتها
    الوزارة) or with عن, من (التقرير الصادر عن البنك).
    """
    norm = doc.norm
    if hit.start - start < 2 or np_end <= mention[1]:
        return False
    comma = norm.find(",", mention[1], np_end)
    while comma >= 0:
        if doc.enclosing(comma) is None:
            return False  # a comma of the clause (not one inside words in marks)
        comma = norm.find(",", comma + 1, np_end)
    before = norm[start : hit.start].rstrip()
    if before.endswith(",") or WORD.search(before[-12:]) is None:
        return False  # ...، بحسب X من خلال صفحته: set off after its clause
    rest = list(islice(WORD.finditer(norm, mention[1], np_end), 3))
    if len(rest) < 3:
        return False
    word = rest[0].group()
    complement = (
        word[0].isdigit()
        or word in THAT_WORDS  # فعليك بحسب فيسبوك أن تتصل: the clause the verb governs
        or (is_preposition(word) and word not in _OF_SOURCE)
        or (word[0] == "ب" and len(word) > 3 and takes_article(word[1:]))  # بحياة
    )
    return (
        complement
        and doc.enclosing(rest[0].start()) is None
        and _THEN_WORD.search(norm, rest[0].start(), np_end) is None
        and not setting_at(norm, rest[0].start(), doc.patterns)
    )


def _opens_sentence(norm: str, sentence: int, pos: int) -> bool:
    """Whether only spaces, commas and و stand between ``sentence`` and ``pos``.

    Example:
        >>> _opens_sentence("قال. وبحسب", 5, 6), _opens_sentence("قال. وبحسب", 0, 6)
        (True, False)
    """
    frame = _FRAME.match(norm, sentence, pos)
    return frame is not None and frame.end() == pos


#: What may stand before a phrase that opens its sentence.
_FRAME = re.compile(r"[ \t,و]*")


def _short(doc: Document, start: int, end: int, most: int) -> bool:
    """Whether ``[start, end)`` holds at most ``most`` words (reading no more than that).

    One search a word: cheaper, for the few words asked about, than an iterator of them.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> doc = Document.build("قال ان الخطة جاهزة", cue_patterns(default_lexicon()), [])
        >>> _short(doc, 7, 18, 1), _short(doc, 7, 18, 2), _short(doc, 7, 7, 0)
        (False, True, True)
    """
    norm, pos = doc.norm, start
    for _ in range(most + 1):
        m = WORD.search(norm, pos, end)
        if m is None:
            return True
        pos = m.end()
    return False


def _after_complementizer(doc: Document, start: int) -> int:
    """Past a complementizer that opens the clause after a source phrase.

    ``وبحسب المصادر، أن ...`` and ``بحسب رئيسة اللجنة، فلانة، إن ...`` (a short name in
    apposition between two commas): the content starts after أن/إن; after a short
    description of the source and a verb (ووفقا لموقع X، المتخصص في الرياضة، يأتي), at
    the verb (:func:`_described_then_verb`).
    """
    norm = doc.norm
    m = complementizer_at(norm, start, doc.patterns)
    if m is None and (comma := norm.find(",", start, start + _APPOSITION_CHARS)) > 0:
        words = WORD.findall(norm, start, comma)
        if len(words) <= _APPOSITION_WORDS:
            m = complementizer_at(norm, comma + 1, doc.patterns)
            if m is None:  # ...، الأحد، فإن: a time word, then the resumptive فإن
                r = _RESUMPTIVE.match(norm, comma + 1)
                if r is not None and r.group().strip():
                    return r.end()
                return comma + 1 if _described_then_verb(doc, words, comma) else start
        elif len(words) <= _DESCRIPTION_WORDS and not any(
            facts_of(doc.patterns)[w].verb for w in words
        ):
            # بحسب X، رئيس قسم الأمن في الشركة، فإن: a longer description, no verb in it,
            # before the فإن that answers the source phrase.
            r = _THEN_THAT.match(norm, comma + 1)
            return r.end() if r is not None else start
    if m is None or m.group("prep") is not None:
        return start
    return m.end()


def _described_then_verb(doc: Document, words: Sequence[str], comma: int) -> bool:
    """Whether ``words`` describe a source in apposition and a verb opens the clause after.

    ووفقا لموقع "X"، المتخصص في الشؤون الرياضية، يأتي منتخب ...: a definite adjective
    after the source's comma agrees with it (a participle or a nisba, no verb in the
    stretch), and the main clause after the next comma opens with its verb, as a clause
    after a source phrase does; the description is no part of what the source says.
    """
    if not words or not _ADJECTIVE.fullmatch(words[0]):
        return False
    if any(_verb_word(doc, w) for w in words):
        return False
    after = WORD.match(doc.norm, doc.skip_space(comma + 1))
    return after is not None and _verb_word(doc, after.group())


def _verb_word(doc: Document, word: str) -> bool:
    """Whether ``word`` reads as a verb: a listed one, or a past or present of a cue."""
    form = doc.patterns.forms.get(word)
    return word_class(word) == "verb" or (form is not None and form.form in ("past", "present"))


#: A definite adjective (normalised text): a participle in م or a nisba.
_ADJECTIVE = regex.compile(
    r"""
    ال              # the article
    (?:
      م\w{3,}       # a participle in م: المتخصص، المملوكة، المقربة
    | \w{2,}ية?     # a nisba, masculine or feminine: الرسمي، الرسمية
    )
    """,
    regex.VERBOSE,
)


def _last_complement(doc: Document, start: int, end: int) -> int:
    """Where the reported part of a clause before a trailing cue starts.

    After the last ``، وأن`` (a second complement clause: ``ويستعد الفريق للمباراة، وأن
    الخسارة ما زالت مؤثرة، كما أقر به اللاعب``), else at ``start``.
    """
    norm = doc.norm
    found = start
    for m in _AND_THAT.finditer(norm, start, end):
        if doc.enclosing(m.start()) is None:
            found = m.end()
    return doc.skip_space(found)


def _before(hit: Hit, doc: Document, used: set[int]) -> list[Draft]:
    """A quote before a trailing cue: "..."، على حد قوله; ...، كما ذكرت الصحيفة."""
    norm = doc.norm
    i = stop_of(norm, hit, doc.patterns)
    span = _span_before(doc, i)
    drafts: list[Draft]
    if (
        span is not None
        and span.open not in used
        and not doc.is_name(span)
        and not _words_before_marks(doc, span, i)
    ):
        drafts = _chain(span, doc, hit, hit.rule, used)
    else:
        start, end = trim(norm, doc.sentence_start(i), i)
        word = norm[as_start(norm, hit.start, doc.patterns) : hit.start].strip()
        if end - start < 2 and hit.rule == "as" and word in doc.patterns.lists["as_word"]:
            # وحسبما أورد موقع X، فإن ...: the clause follows, as after a source phrase
            # (a sentence that opens with كما ذكر is "also", and has no clause before).
            comma = doc.clause_end(hit.end, at_comma=True)
            if comma >= len(norm) or norm[comma] != ",":
                return []
            start = _after_complementizer(doc, comma + 1)
            if doc.cue_between(start, doc.clause_end(start)):
                return []
            drafts = _clause(start, doc, hit, hit.rule, used)
        elif end - start < 2:
            return []
        elif hit.rule == "as" and (opened := _opened_before(doc, end)) is not None:
            # والتي كما يقول، تسمح ...: set inside the clause the word before it opens.
            # After a relative pronoun that clause goes on after the phrase, and is the
            # content; after a complementizer the cue before it holds the whole clause.
            comma = doc.clause_end(hit.end, at_comma=True)
            if opened == "that" or comma >= len(norm) or norm[comma] != ",":
                return []
            drafts = _clause(comma + 1, doc, hit, hit.rule, used)
        elif _mid_clause(doc, start, i, hit.end, source_end := _set_off_end(doc, hit)) and (
            (hit.rule == "as" and source_end == hit.end) or _goes_on(doc, source_end)
        ):
            # تلك الكمية، بحسب ما يقولان، هي مقامرة: a verb that holds its subject, set off
            # inside its clause, credits the whole clause; so does one with its subject
            # after it (خرج عبدالله، كما يروي أبوه، ضمن مجموعة), or a trailing phrase with
            # its pronoun (كان، على حد تعبيره، يطرح "أسئلة غريبة")
            end = doc.clause_end(source_end + 1, at_cue=True)
            drafts = [_clause_draft(doc, *trim(norm, start, end), hit, hit.rule)]
        else:
            start = _last_complement(doc, start, end)
            drafts = [_clause_draft(doc, start, end, hit, hit.rule)]
    # كما قال مصدر قريب من الوفد، كما يقول الخبراء: the subject after the verb is the
    # source (a trailing phrase with its pronoun, على حد قوله، has none after it)
    after = hit.end
    if hit.rule == "as":
        nxt = WORD.match(norm, doc.skip_space(after))
        if nxt is not None and (
            nxt.group() in doc.patterns.lists["as_resumptive"] or nxt.group() in _TO_WRITER
        ):
            # كما أقر به اللاعب، يقول لي أحد المحليين: the source follows the pronoun
            after = nxt.end()
    end = doc.clause_end(after, at_comma=True)
    mention, _ = clean_mention(norm, after, end, doc.patterns, find_addressee=False)
    if hit.rule == "as" or mention is not None:
        for d in drafts:
            d.mention = mention
    return drafts


def _governed_object(hit: Hit, doc: Document, span: MarkedSpan) -> tuple[int, int] | None:
    """Where a cue's own preposition and the object it governs start, when marks end it.

    ودعا الصندوق الحكومة الجزائرية إلى مواصلة "الضبط المالي"، لافتة في بيان إلى فتح تحقيق
    بشأن "...": between the cue and the marks, the preposition the verb takes its object
    with (the lexicon's ``governs_*`` lists: دعا إلى، حث على، أعرب عن، ندد بـ), then a few
    words of that object up to the marks; the object, marks and all, is what was said.
    Another preposition (في بيان، لفرانس24) is a setting or an addressee, and a long
    stretch (وأشار إلى المباراة ضد برشلونة عندما كان مدربا ... "...") a topic of its own.
    """
    norm = doc.norm
    lemma = hit.form.lemma
    lists = doc.patterns.lists
    words = list(islice(WORD.finditer(norm, hit.end, span.open), _GOVERNED_REACH + 1))
    for k, m in enumerate(words):
        word = m.group()
        if word in _GOVERNING:
            governs, start = _GOVERNING[word], (words[k + 1].start() if k + 1 < len(words) else -1)
        elif word.startswith("ب") and len(word) > 3:
            governs, start = "governs_by", m.start()  # بتوفير: ب and its noun, as a whole
        else:
            continue
        if lemma not in lists[governs]:
            continue
        if start < 0 or len(words) - k - 1 > _OBJECT_WORDS or len(words) > _GOVERNED_REACH:
            return None
        stretch = norm[start : span.open]
        if any(c in stretch for c in ".\n") or doc.cue_between(start, span.open):
            return None
        if doc.enclosing(m.start()) is not None:
            return None
        return m.start(), start
    return None


def _evidence(doc: Document, hit: Hit) -> bool:
    """Whether the subject of a verb of proof is evidence (أثبتت الفحوص، وثائق تثبت).

    The subject after the verb, or else the last words before it in its sentence (a
    subject before its verb, an adjective maybe after it: وثائق سرية تثبت); a noun of the
    lexicon's ``evidence`` list in it, with the article or without.
    """
    lists = doc.patterns.lists
    words = WORD.findall(doc.norm, *hit.subject) if hit.subject is not None else []
    if not words:
        start = max(doc.sentence_start(hit.start), hit.start - _EVIDENCE_CHARS)
        words = WORD.findall(doc.norm, start, hit.start)[-_EVIDENCE_WORDS:]
    evidence = lists["evidence"]
    return any(
        without_article(w) in evidence or without_article(w.removeprefix("و")) in evidence
        for w in words
    )  # وثائق، والفحوص


#: How far back (characters, words) the subject before a verb of proof is looked for.
_EVIDENCE_CHARS = 40
_EVIDENCE_WORDS = 2


#: The prepositions written apart that head a cue's object, and the list of their lemmas.
_GOVERNING = {"الى": "governs_to", "على": "governs_on", "عن": "governs_about", "من": "governs_from"}
#: The most words of a governed object before its marks, and between a cue and the marks.
_OBJECT_WORDS = 4
_GOVERNED_REACH = 14


def _set_off_end(doc: Document, hit: Hit) -> int:
    """Where the source of a trailing cue set off between commas ends: at the comma after it.

    Right after the cue for a phrase with its pronoun (على حد تعبيره، ...) or a verb that
    holds its subject (كما يقولان، ...); after the subject that follows the verb (كما يروي
    أبوه، ...). The comma is not checked here: :func:`_mid_clause` asks for one there.
    """
    if hit.rule == "trailing" or doc.norm[hit.end : hit.end + 1] == ",":
        return hit.end
    return doc.clause_end(hit.end, at_comma=True)


def _goes_on(doc: Document, comma: int) -> bool:
    """Whether the clause goes on after the subject of a set-off cue, at ``comma``.

    After لا حياة فيها، يقول آخر، and كان، على حد تعبيره، the word after the comma must be
    one that no noun phrase in apposition opens: a preposition, a verb or a particle of
    exception (إلا في الصيف، يطرح "أسئلة"), never a noun (حسبما قال سايروس فانس، مسؤول
    الادعاء: his title).
    """
    nxt = WORD.match(doc.norm, doc.skip_space(comma + 1))
    if nxt is None:
        return False
    word = nxt.group()
    return word in _EXCEPT or is_preposition(word, "و") or facts_of(doc.patterns)[word].verb


def _opened_before(doc: Document, pos: int) -> str | None:
    """What the word right before ``pos`` opens, with no comma between: a clause or none.

    ``"that"`` after a complementizer (ويؤكد أنه وفقا للاستخبارات، ترتبط ...), ``"which"``
    after a relative pronoun (والتي كما يقول، تسمح ...): neither word ends a clause, so a
    source phrase right after one is set inside the clause it opens, not after a clause.
    """
    m = LAST_WORD.search(doc.norm, max(0, pos - _LAST_WORD_CHARS), pos)
    if m is None:
        return None
    word = m.group(1).removeprefix("و")
    if word.removeprefix("ب") in THAT_WORDS:
        return "that"
    return "which" if word in doc.patterns.lists["relative"] else None


#: How far back the last word before a source phrase is looked for.
_LAST_WORD_CHARS = 16


#: To me, to us: the writer, told by the source of a trailing cue (يقول لي أحد المحليين).
_TO_WRITER = frozenset(("لي", "لنا"))


def _words_before_marks(doc: Document, span: MarkedSpan, stop: int) -> bool:
    """Whether the clause of words in marks before a trailing cue at ``stop`` opens unmarked.

    ما زالت "فخورة بنفسها" ولا تشعر بأنها "أقل من أي شخص آخر"، على حد تعبيرها: the phrase
    credits the whole clause, its words in marks and the writer's around them; a clause
    that is all marks ("..."، كما قال) is the speech alone. No cue may stand in between.
    """
    start = doc.sentence_start(stop)
    words = islice(WORD.finditer(doc.norm, start, span.open), _UNMARKED_WORDS)
    return sum(1 for _ in words) >= _UNMARKED_WORDS and not doc.cue_between(start, span.open)


#: The fewest unmarked words before the marks of a clause that a trailing cue credits whole.
_UNMARKED_WORDS = 2


def _classify(draft: Draft, doc: Document) -> None:
    """Set the kind and fragments of a clause from the speech marks inside it."""
    start, end = draft.content
    k = bisect_left(doc.outer_opens, start)
    fragments = []
    while k < len(doc.outer) and doc.outer[k].open < end:
        span = doc.outer[k]
        if span.closed and span.close <= end and not doc.is_name(span):
            fragments.append(trim(doc.norm, *span.inner))
        k += 1
    draft.fragments = fragments
    draft.kind = "mixed" if fragments else "indirect"


@attrs.define
class _Covered:
    """Disjoint content spans, sorted, for overlap tests in logarithmic time."""

    starts: list[int] = attrs.Factory(list)
    ends: list[int] = attrs.Factory(list)

    def holds(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and start < self.ends[k]:
            return True
        return k + 1 < len(self.starts) and self.starts[k + 1] < end

    def add(self, start: int, end: int) -> None:
        k = bisect_right(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


def _source_after(hit: Hit, doc: Document) -> bool:
    """A source phrase after its clause (...، وفقا للشرطة) whose sentence opens with no cue."""
    if hit.rule != "source":
        return False
    sentence = doc.sentence_start(hit.start)
    if _opens_sentence(doc.norm, sentence, hit.start):
        return False
    return not _opens_with_cue(doc, sentence, hit.start) and not _participle_before(
        doc, sentence, hit.start
    )


def _participle_before(doc: Document, sentence: int, pos: int) -> bool:
    """Whether a participle cue's clause runs from ``[sentence, pos)`` on to ``pos``.

    حدد الأمير الموعد، مشددا على أن "..."، حسب ما نقلته الوكالة: the participle's quote is
    already a quote of its own speaker, so the source phrase does not claim the clause
    first (it relays what was said). Not when a new clause joined by و stands between
    (مؤكدا أن ...، وقتل خمسة أشخاص، وفقا للشرطة: the police report the deaths).
    """
    return any(
        doc.enclosing(start) is None  # inside marks: said by someone, not the writer's clause
        and _NEW_CLAUSE.search(doc.norm, start, pos) is None  # its clause runs on to pos
        for start, _ in doc.participles_in(sentence, pos)
    )


#: A comma and a word joined by و: a new clause of the narrative (، وقتل خمسة أشخاص).
_NEW_CLAUSE = re.compile(r",[ \t]*و[^\W_]")


#: The rules of a verb with its own subject and complementizer (قال المحللون إن).
_NESTED_RULES = frozenset(("subject-complementizer",))


def _build(doc: Document, hits: list[Hit]) -> list[Draft]:
    drafts: list[Draft] = []
    used: set[int] = set()
    covered = _Covered()
    # A source phrase after its clause claims the clause first: a cue inside it is nested.
    first = [h for h in hits if h.rule == "source" and _source_after(h, doc)]
    taken = {id(h) for h in first}
    credited = _Covered()  # the clauses that a source phrase after them claimed
    for hit in first + [h for h in hits if id(h) not in taken]:
        # a verb with its subject and complementizer inside a clause that a source phrase
        # after it credits (، وفقا لما ذكره X) reports a quote of its own, nested in it
        nested = hit.rule in _NESTED_RULES and credited.holds(hit.start)
        if hit.rule != "trailing" and covered.holds(hit.start) and not nested:
            continue  # a cue inside another quote's content: a nested quote
        for draft in _drafts_for(hit, doc, used, covered):
            inside = nested and credited.holds(draft.content[0])
            if covered.overlaps(*draft.content) and not inside:
                continue
            nested = inside
            if id(hit) in taken:
                credited.add(*draft.content)
            draft.confidence = _CONFIDENCE[draft.rule]
            if draft.rule in _WEAK and draft.fragments:
                # Quote marks in the clause of a weak cue are the speech it reports.
                draft.confidence = max(draft.confidence, _MARKED_WEAK)
            if (
                draft.hit is not None
                and draft.hit.form.lemma in doc.patterns.lists["cognition"]
                and not _expressed(doc, draft.hit)
            ):
                # يعتقد، أدرك: a belief, which the guide leaves optional, under the default
                # threshold (ExtractConfig(min_confidence=0.3) keeps it)
                draft.confidence = min(draft.confidence, _COGNITION)
            drafts.append(draft)
            if not nested:
                covered.add(*draft.content)
    # Long speech in marks that no cue claimed: a quote of the current speaker.
    for span in doc.outer:
        if span.open in used or not span.closed or covered.holds(span.open):
            continue
        if (
            _short(doc, *span.inner, _UNATTRIBUTED_WORDS - 1)
            or doc.is_name(span)
            or only_nouns(WORD.findall(doc.norm, *span.inner))
        ):
            continue
        unattributed = _direct(span, doc, None, "unattributed")
        if unattributed is not None:
            unattributed.confidence = _CONFIDENCE["unattributed"]
            unattributed.relay = _clause_cue(doc, span.open) or _thus_after(doc, span.close)
            drafts.append(unattributed)
            covered.add(*unattributed.content)
    drafts.sort(key=lambda d: d.hit.start if d.hit else d.content[0])
    return drafts


def _clause_cue(doc: Document, pos: int) -> Hit | None:
    """The first verb of saying of the clause that speech in marks at ``pos`` ends.

    وتابع المزارعون "..."، وقال الوزير في ختام الزيارة ... بين البلدين: "..."، كما قال في
    تدوينة إن "...": no context rule took the verb's subject, yet the verb opens the clause
    whose speech the marks hold, so it is the cue (its subject after it, when it has one,
    is read by :func:`quotekit.cues.subject_walk`). The clause runs back to the sentence
    start or to a comma before a new clause (، وصرخ، ، كما ورد); the verb stands after no
    relative pronoun (التي كانت), is not a word the lists read as a noun or particle (بين
    الدول), nor a verb of belief or finding (يتوقع ألا تواجه، وجد الطلاب أنفسهم). A word
    of manner (بالقول) after a verb that is no report (اكتفى بالقول "...") is the cue as
    well.
    """
    start = doc.sentence_start(pos)
    for m in _NEW_CLAUSE_AT.finditer(doc.norm, start, pos):
        start = m.end()
    forms, lists = doc.patterns.forms, doc.patterns.lists
    relatives, acts = lists["relative"], lists["marks_report"]
    act: tuple[re.Match[str], frozenset[str]] | None = None  # the first act of speech
    prev = ""
    for word in WORD.finditer(doc.norm, start, pos):
        w = word.group()
        after_relative = prev in relatives
        prev = w
        if after_relative or doc.enclosing(word.start()) is not None:
            continue  # العائلة التي طلبت المساعدة: a relative clause of the subject
        form = forms.get(w)
        manner = form is None and w in lists["manner"] and _SAYING in forms
        if manner:
            # اكتفى بالقول "..."، تطرق إلى المسألة بالقول "...": the verbal noun of قال after a
            # verb that is no report tells that it was said
            form = attrs.evolve(forms[_SAYING], text=w)
        if (
            form is not None
            and (form.form in _CLAUSE_CUE_FORMS or manner)
            # not a verb of belief or finding (يتوقع ألا، وجد الطلاب أنفسهم): no speech
            and form.lemma not in lists["impersonal"]
            and form.lemma not in lists["cognition"]
            # بين الدول: a particle; not before a colon, which no preposition stands before
            # (وبيّن: "...")
            and (not listed_non_verb(w) or _COLON_NEXT.match(doc.norm, word.end()) is not None)
        ):
            return Hit(start=word.start(), end=word.end(), form=form, rule="unattributed")
        if act is None and not listed_non_verb(w) and word_class(w) == "verb":
            # وأنذرت الهيئة المقاول "..."، لكنهم أيدوا "...": with no verb of saying in the
            # clause, a verb of warning, advising, asking or backing (``marks_report``)
            lemmas = verb_lemmas(w) & acts
            if lemmas:
                act = word, lemmas
    if act is None:
        return None
    word, lemmas = act
    found = _unlisted_verb(doc, word.group(), lemmas)
    return (
        None
        if found is None
        else Hit(start=word.start(), end=word.end(), form=found, rule="unattributed")
    )


def _thus_after(doc: Document, close: int) -> Hit | None:
    """The verb after هكذا right after the closing mark: "..."، هكذا بدأ X، "..." هكذا قالت.

    هكذا "thus" points back to the words in marks, and its verb tells how they were
    said (بدأ، تحدثت، علق): that verb is their cue.
    """
    m = _THUS.match(doc.norm, close + 1)
    if m is None:
        return None
    w = m.group("verb")
    form = doc.patterns.forms.get(w)
    if form is None or form.form not in _CLAUSE_CUE_FORMS:
        if word_class(w) != "verb":
            return None
        form = _unlisted_verb(doc, w, verb_lemmas(w))
        if form is None:
            return None
    return Hit(start=m.start("verb"), end=m.end("verb"), form=form, rule="unattributed")


def _unlisted_verb(doc: Document, word: str, lemmas: AbstractSet[str]) -> Form | None:
    """A cue's form for ``word``, a verb the lexicon holds as no cue (تحدثت، أنذرت).

    Its lemma is the morphology's (the word itself when it knows none), its gender the
    one its letters give (:func:`~quotekit.morphology.verb_gender`); the form and person
    are those of قال's past, whose entry it copies (none without that entry).
    """
    say = doc.patterns.forms.get(SAY)
    if say is None:
        return None
    lemma = min(lemmas) if lemmas else word
    return attrs.evolve(say, text=word, lemma=lemma, gender=verb_gender(word), number="s")


#: هكذا and its verb after a closing mark, past a comma or points (normalised text).
_THUS = regex.compile(
    r"""
    [ \t]*[,.]*[ \t]*     # a comma or points after the mark, maybe
    و?هكذا[ \t]+            # هكذا "thus", maybe with و
    (?P<verb>[^\W_]+)      # its verb
    """,
    regex.VERBOSE,
)


#: A colon right after a word.
_COLON_NEXT = re.compile(r"[ \t]*:")
#: The verbal noun of قال after ب (بقول), whose entry a word of manner (بالقول) takes.
_SAYING = "بقول"
#: The forms of a verb of saying that may open a clause with speech in marks.
_CLAUSE_CUE_FORMS = frozenset(("past", "present", "participle"))
#: A comma, then a word with و or ف, or كما: a new clause of the narrative opens there.
_NEW_CLAUSE_AT = re.compile(
    r"""
    ,[ \t]*            # a comma
    (?=[وف][^\W_]      # before a word with و or ف (، وصرخ)
    | كما(?!\w))       # or كما (، كما ورد)
    """,
    re.VERBOSE,
)


def _expressed(doc: Document, hit: Hit) -> bool:
    """Whether a verbal noun of belief is what a cue before it expressed (أعرب عن اعتقاده بأن).

    After عن, the object of a verb of saying earlier in its sentence (أعرب، أبدى، عبر عن):
    the belief was said, not only held.
    """
    if hit.form.form != "masdar":
        return False
    before = LAST_WORD.search(doc.norm, max(0, hit.start - _LAST_WORD_CHARS), hit.start)
    return (
        before is not None
        and before.group(1) == _ABOUT
        and doc.cue_between(doc.sentence_start(hit.start), before.start())
    )


#: The preposition عن, after which a verb of expression names what it expressed.
_ABOUT = "عن"


def _to_quote(draft: Draft, mapped: NormalizedText) -> Quote:
    cue_hit = draft.relay or draft.hit
    cue = to_cue(cue_hit, mapped) if cue_hit is not None else None
    mention = mapped.span(*draft.mention) if draft.mention else None
    speaker = None
    if draft.speaker:
        speaker = Speaker(
            name=draft.speaker,
            mention=mention,
            resolution=draft.resolution or "explicit",
            entity=draft.entity,
            gender=draft.speaker_gender,
            type=draft.speaker_type,
        )
    return Quote(
        kind=draft.kind,  # type: ignore[arg-type]
        content=mapped.span(*draft.content),
        fragments=tuple(mapped.span(*f) for f in draft.fragments),
        cue=cue,
        speaker=speaker,
        addressee=mapped.span(*draft.addressee) if draft.addressee else None,
        confidence=draft.confidence,
        rule=draft.rule,
    )


def extract_quotes(text: str, *, config: ExtractConfig | None = None) -> tuple[Quote, ...]:
    """Find every quote of ``text`` with its spans, cue and speaker.

    Args:
        text: An article (any string).
        config: An :class:`~quotekit.ExtractConfig`, or ``None`` for the defaults.

    Returns:
        The quotes in text order. Every span indexes the original ``text``.

    Example:
        >>> text = 'وقال الوزير سامي علي إن "الخطة جاهزة". وأضاف أن التنفيذ سيبدأ غدا.'
        >>> for q in extract_quotes(text):
        ...     print(q.kind, q.content.text, "|", q.speaker.name, q.speaker.resolution)
        direct الخطة جاهزة | سامي علي explicit
        indirect التنفيذ سيبدأ غدا | سامي علي inherited
    """
    check_text(text)
    config = resolve_extract_config(config)
    lexicon = config.lexicon or default_lexicon()
    patterns = cue_patterns(lexicon)
    mapped = _yeh_dotted(_madda_kept(normalize_mapped(text, config=EXTRACTION)), patterns)
    hits = scan_mapped(mapped, lexicon, timeout=config.regex_timeout)
    doc = Document.build(mapped.text, patterns, hits)
    drafts = _build(doc, hits)
    attribute_speakers(
        drafts,
        doc,
        Registry(patterns=patterns, mapped=mapped, body=doc.body),
        resolve=config.resolve_speakers,
        ranker=config.ranker or default_ranker(),
        min_confidence=config.min_confidence,
    )
    return tuple(
        _to_quote(d, mapped)
        for d in drafts
        if d.confidence >= config.min_confidence and (config.indirect or d.kind != "indirect")
    )

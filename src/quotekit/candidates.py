"""Candidates for the source of a quote whose cue has no subject of its own.

For ``وأضاف أن`` or ``قائلا`` the candidates are the noun phrases that can be a source in
the cue's sentence and the sentence before it, each with its role (the subject after the
verb that opens the sentence, a subject before its verb, the object of a preposition, the
source relayed after ``عن`` ...), and the sources that spoke last. Each is described by the
features of :data:`quotekit.ranking.FEATURES`: distance, role, agreement of gender and
number with the cue, whether it spoke last ...; :class:`quotekit.ranking.Ranker` scores them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache, partial
from operator import itemgetter
from types import MappingProxyType
from typing import NamedTuple

import attrs
import regex

from quotekit._memo import WordTable
from quotekit.cues import TOKEN
from quotekit.document import BUT, MAX_CLAUSE, Document
from quotekit.entities import Entity, Registry
from quotekit.mentions import (
    FEMININE_RELATIVE,
    RELATIVES,
    WordFacts,
    courtesy_before_name,
    facts_of,
    name_of,
    phrase_at,
    tokens_of,
    word_facts,
)
from quotekit.morphology import (
    among,
    entity_type,
    head_gender,
    is_given_name,
    is_oblique,
    is_preposition,
    masdar_shaped,
    names_state,
    noun_gender,
    noun_number,
    spelled_as_verb,
    takes_article,
    verb_gender,
    word_class,
)
from quotekit.patterns import CuePatterns
from quotekit.types import NormalizedText

__all__ = ["AS_FOR", "NOBODY", "PRONOUN_SUBJECTS", "Candidate", "SourceIndex"]

#: How many earlier speakers join the candidates read in the window, and how far back (in
#: characters) the window reaches: two long sentences.
_RECENT = 6
_WINDOW = 1200
#: The blocks a text without sentence ends is read in (half of what a sentence may span).
_BLOCK = MAX_CLAUSE // 2
#: Marks around this many words or more hold speech, not a name.
_SPEECH_WORDS = 4
#: How many tokens into its sentence a verb may stand and still open it (وفي وقت سابق، قال).
_OPENING = 4
#: The shadda, U+0651 ARABIC SHADDA, which doubles a letter.
_SHADDA = "\u0651"
#: The longest token that :meth:`SourceIndex._doubled` reads: و and three root letters.
_DOUBLED_MAX = 4
#: A past verb of form II as the original writes it, with its shadda (لوّح، وفضّل).
_DOUBLED = regex.compile(
    r"""
    [وف]?                      # maybe the conjunction
    [^\W\d_اويةىءأإآه]\p{Mn}*    # the first root letter, no long vowel or hamza
    [^\W\d_اىيةءأإآه]\p{Mn}*       # the second root letter (و may be: لوّح), not ي (سيّد),
    \u0651\p{Mn}*                # doubled: U+0651 ARABIC SHADDA, other marks maybe
    [^\W\d_اويةىءأإآه]\p{Mn}*    # the third, no pronoun ه (ردّه)
    """,
    regex.VERBOSE,
)
#: The features of a name's head that tell a thing, not a source (SourceIndex._named).
_THING = frozenset(("common_head",))
#: The start of a span: what the content spans are bisected by.
_FIRST = itemgetter(0)


@attrs.frozen(kw_only=True)
class Candidate:
    """One possible source of a quote whose cue has no subject of its own.

    Attributes:
        span: The noun phrase in the normalised text, when it stands in the window.
        entity: The document's entity it already is, when known.
        features: The feature values (names from :data:`FEATURES`); absent ones are 0.
        mapped: The document's normalised text, to read the phrase's name from.
    """

    span: tuple[int, int] | None
    entity: Entity | None = attrs.field(eq=False)
    features: Mapping[str, float] = attrs.field(eq=False)
    mapped: NormalizedText | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def name(self) -> str:
        """The name it would give, as the original text writes it (read when asked)."""
        if self.entity is not None:
            return self.entity.name
        if self.span is None or self.mapped is None:
            return ""
        return name_of(self.mapped, self.span)


#: The empty candidate, always offered last: the ranker takes it when no source fits.
NOBODY = Candidate(span=None, entity=None, features=MappingProxyType({"none": 1.0}))


class _Phrase(NamedTuple):
    """A noun phrase that can be a source, with what its sentence alone says of it.

    A tuple, not an attrs class: one is made for each phrase a sentence holds, and
    nothing outside this module sees it.
    """

    span: tuple[int, int]
    words: tuple[str, ...]
    features: dict[str, float]  # role and head: the same for every cue that reads it (copied)
    gender: str | None
    plural: bool
    collective: bool  # a plural in ات of institutions (منظمات): agrees as a feminine singular
    after_verb: bool


@attrs.define
class _Reading:
    """The phrases of one sentence read so far, their starts, and the reader of the rest.

    The reader pauses (yields ``None``) before a phrase that starts at ``until`` or after:
    no cue asks for it yet, and the cue after may never.
    """

    rest: Iterator[_Phrase | None] | None = None
    phrases: list[_Phrase] = attrs.Factory(list)
    starts: list[int] = attrs.Factory(list)
    until: int = 0


@attrs.define
class SourceIndex:
    """The candidate sources of one document, each sentence read once.

    Example:
        >>> from quotekit.entities import Registry
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.normalization import normalize_mapped
        >>> from quotekit.patterns import cue_patterns
        >>> mapped = normalize_mapped("ونشر الوزير خالد منصور في حسابه قائلا", config="extraction")
        >>> patterns = cue_patterns(default_lexicon())
        >>> doc = Document.build(mapped.text, patterns, [])
        >>> index = SourceIndex(doc, Registry(patterns=patterns, mapped=mapped))
        >>> found = index.candidates(
        ...     mapped.text.index("قائلا"), gender="m", number="s", participle=True,
        ...     previous=None, previous_same_sentence=False,
        ... )
        >>> [(c.name, c.features.get("after_opening_verb")) for c in found]
        [('الوزير خالد منصور', 1.0), ('حسابه', None), ('', None)]
    """

    doc: Document
    registry: Registry
    _sentences: dict[int, _Reading] = attrs.Factory(dict)
    _facts: Mapping[str, WordFacts] = attrs.field(init=False, eq=False, repr=False)
    _heads: Mapping[str, _Head] = attrs.field(init=False, eq=False, repr=False)
    #: What each speaker's name says against it (:meth:`_named`), by name.
    _names: dict[str, Mapping[str, float]] = attrs.field(init=False, eq=False, repr=False)
    #: Whether the original writes a shadda anywhere (few texts do): else no word is read
    #: for the doubling of form II.
    _shadda: bool = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self._facts = facts_of(self.doc.patterns)
        self._heads = _heads_of(self.doc.patterns)
        self._names = {}
        self._shadda = _SHADDA in self.registry.mapped.original

    def candidates(
        self,
        pos: int,
        *,
        gender: str | None,
        number: str | None,
        participle: bool,
        previous: Entity | None,
        previous_same_sentence: bool,
        contents: Sequence[tuple[int, int]] = (),
    ) -> list[Candidate]:
        """The candidates for the source of a cue at ``pos`` that has no subject of its own.

        The noun phrases of the cue's sentence before it and of the sentence before, the
        latest speakers, the article's opening source when nobody spoke yet, and
        :data:`NOBODY`. ``contents`` are the content spans of the quotes before, in text
        order: a phrase inside one is marked ``in_content`` (what someone said, rarely who).
        """
        doc, registry = self.doc, self.registry
        mapped = registry.mapped
        sentence = doc.sentence_start(pos)
        if pos - sentence >= MAX_CLAUSE - 1:
            # No sentence end within reach: read fixed blocks, so that the cues of one
            # endless "sentence" share what was read (each block holds the window).
            sentence = max(0, (pos // _BLOCK - 1) * _BLOCK)
        before = sentence
        while before > 0 and (doc.norm[before - 1].isspace() or doc.norm[before - 1] in ".!?"):
            before -= 1  # back over the end of the sentence before
        floor = pos - _WINDOW
        phrases = self._near(sentence, floor, pos)
        if before > max(floor, doc.body):  # a dateline is no sentence before
            phrases[:0] = self._near(doc.sentence_start(before), floor, pos)
        recent = list(reversed(registry.recent))
        ranks = {id(e): i for i, e in enumerate(recent)}
        last_of_gender = registry.last(gender)
        found: list[Candidate] = []
        by_entity: dict[int, int] = {}  # id of an entity -> index of its candidate
        outside: set[int] = set()  # ids of the entities read outside every quote's content
        nearest = 0
        norm, find = doc.norm, registry.find_words  # looked up once, not per phrase
        pairs = doc.patterns.lists["pair"]
        for phrase in phrases:
            features = phrase.features.copy()
            span = phrase.span
            start, end = span
            if contents:
                k = bisect_right(contents, start, key=_FIRST) - 1  # no list of all starts
                if k >= 0 and start < contents[k][1]:
                    features["in_content"] = 1.0
            if start >= sentence:
                features["same_sentence"] = 1.0
                if participle:
                    features["participle_same_sentence"] = 1.0
                    if phrase.after_verb:
                        features["participle_after_verb"] = 1.0
            entity = find(phrase.words)
            if (
                entity is None
                and "sentence_initial" in features
                and end - start == len(phrase.words[0])
            ):
                entity = self._conjoined(phrase.words[0])
                if entity is not None:
                    start += 1
                    span = start, end
            its_gender = phrase.gender or (entity.gender if entity is not None else None)
            plural = phrase.plural or (number == "d" and _two(phrase.words))
            if number in ("d", "p") and phrase.words[0] in pairs:
                plural = True  # الثنائي أعلنا: a noun of two, in the dual
            if entity is not None and _named_person(phrase.words, entity):
                # وأشار الزيات: a word of a person's name agrees as its bearer does
                its_gender, plural = entity.gender or its_gender, False
            _agreement(features, its_gender, plural, gender, number, phrase.collective)
            if entity is not None:
                _entity_features(features, entity, ranks, last_of_gender, previous)
                if previous is entity and previous_same_sentence:
                    features["previous_same_sentence"] = 1.0
            features["distance"] = min(1.0, norm.count(" ", end, pos) / 40)
            candidate = Candidate(span=span, entity=entity, features=features, mapped=mapped)
            if entity is not None and "in_content" not in features:
                outside.add(id(entity))
            if entity is not None and id(entity) in by_entity:
                nearest = by_entity[id(entity)]
                found[nearest] = _nearer(found[nearest], candidate)
                continue
            nearest = len(found)
            if entity is not None:
                by_entity[id(entity)] = nearest
            found.append(candidate)
        if found:  # the phrase read last, merged or not, is the nearest to the cue
            last = found[nearest]
            features = {**last.features, "nearest": 1.0}
            found[nearest] = Candidate(
                span=last.span, entity=last.entity, features=features, mapped=last.mapped
            )
        for entity in recent[:_RECENT]:
            if id(entity) in outside:
                # a speaker met only inside what was said (a word of the content that names
                # it, الهيئة for its head) is still offered as the speaker it is
                continue
            features = {"recent_only": 1.0, "distance": 1.0, **self._named(entity)}
            _entity_features(features, entity, ranks, last_of_gender, previous)
            if previous is entity and previous_same_sentence:
                features["previous_same_sentence"] = 1.0
            two = number == "d" and _two(entity.keys)
            plural = two or (gender == "m" and number == "s" and self.plural(entity))
            _agreement(features, entity.gender, plural, gender, number)
            found.append(Candidate(span=None, entity=entity, features=features))
        if not recent:
            lede = registry.lede(pos)
            if (
                lede is not None
                and not self._in_speech(lede[0])
                and all(c.span != lede for c in found)
            ):
                features = {"recent_only": 1.0, "distance": 1.0, "lede": 1.0}
                found.append(Candidate(span=lede, entity=None, features=features, mapped=mapped))
        found.append(NOBODY)
        return found

    def plural(self, entity: Entity) -> bool:
        """Whether a speaker met before is named by a plural (محللون، منتقدو الخطوة، العشرات).

        A dropped subject is a pronoun, and a pronoun agrees with what it stands for: a
        plural of persons is هم (قالوا، مضيفين), one of things هي (قالت), never هو. A
        masculine singular cue (وقال، مضيفا) with no subject of its own hardly has such a
        speaker. A person's name says nothing by its ending (بركات، الزيات).
        """
        if not entity.keys or any(map(is_given_name, entity.words)):
            return False
        return self._heads[entity.keys[0]].plural

    def _named(self, entity: Entity) -> Mapping[str, float]:
        """What the head of a speaker's name says against it, read once per name.

        A speaker offered for what it said before, not for a phrase of the window, is
        still told by its name when that is headed by a common noun that is no source
        (سبب الخلاف، الإجراءات): a thing taken for a source before, which the ranker
        weighs as it weighs such a phrase of the window (``common_head``).
        """
        name = entity.name
        found = self._names.get(name)
        if found is None:
            words = entity.words
            head = self._heads[words[0]].features if words else {}
            found = self._names[name] = {k: v for k, v in head.items() if k in _THING}
        return found

    def _conjoined(self, word: str) -> Entity | None:
        """The speaker that ``word``, a phrase of one word, names after the conjunction و.

        وعاصي يشجع: the sentence opens with و and a word of a speaker's name, which no list
        holds (a given name in و is one: وليد); the word with its و is none of that name's
        words (وليامز).
        """
        if word[:1] != "و" or len(word) <= 3 or is_given_name(word):
            return None
        entity = self.registry.find_words((word[1:],))
        if entity is None:
            return None
        name = entity.name.split()
        return entity if word[1:] in name and word not in name else None

    def _in_speech(self, pos: int) -> bool:
        """Whether ``pos`` stands inside marks that hold speech rather than a name."""
        marks = self.doc.enclosing(pos)
        return (
            marks is not None and self.doc.norm.count(" ", marks.open, marks.close) >= _SPEECH_WORDS
        )

    def _speech_in(self, sentence: int, end: int) -> list[tuple[int, int]]:
        """The marks that hold speech (:meth:`_in_speech`) and overlap ``[sentence, end)``.

        Outer marks are disjoint and sorted: a token of the sentence stands inside speech
        when it stands inside one of these, and the reader goes through them in order
        instead of looking up the marks around each token.
        """
        doc = self.doc
        outer = doc.outer
        found = []
        for k in range(max(0, bisect_right(doc.outer_opens, sentence) - 1), len(outer)):
            marks = outer[k]
            if marks.open >= end:
                break
            if (
                marks.close > sentence
                and doc.norm.count(" ", marks.open, marks.close) >= _SPEECH_WORDS
            ):
                found.append((marks.open, marks.close))
        return found

    def _near(self, sentence: int, floor: int, pos: int) -> list[_Phrase]:
        """The phrases of a sentence that start after ``floor`` and end before ``pos``.

        A sentence is read as far as a cue needs it: up to the first phrase that starts
        at ``pos`` or after, and on from there for a later cue.
        """
        read = self._sentences.get(sentence)
        if read is None:
            self._forget(pos)
            read = self._sentences[sentence] = _Reading()
            read.rest = self._read(sentence, read)
        phrases, starts = read.phrases, read.starts
        read.until = pos
        while read.rest is not None and (not starts or starts[-1] < pos):
            try:
                phrase = next(read.rest)
            except StopIteration:
                read.rest = None
                break
            if phrase is None:
                break  # paused before a phrase that starts at ``pos`` or after
            phrases.append(phrase)
            starts.append(phrase.span[0])
        lo, hi = bisect_left(starts, floor), bisect_left(starts, pos)
        return [p for p in phrases[lo:hi] if p.span[1] <= pos]

    def _forget(self, pos: int) -> None:
        """Drop the sentences read that a cue at ``pos`` or later cannot ask for.

        A cue reads its sentence and the one before within ``_WINDOW``, and no sentence
        starts more than ``MAX_CLAUSE`` before what it holds: what starts further back is
        only memory (and work for the garbage collector) on a long text. A sentence asked
        for again would be read again, the same.
        """
        horizon = pos - _WINDOW - MAX_CLAUSE
        for sentence in [s for s in self._sentences if s < horizon]:
            del self._sentences[sentence]

    def _read(self, sentence: int, reading: _Reading) -> Iterator[_Phrase | None]:
        """Every noun phrase of the sentence that starts at ``sentence``, with its role.

        Read only as far as ``reading.until`` asks: before a phrase that starts there or
        after, the reader yields ``None`` and goes on when asked again (its state is that
        of the tokens before, so what it reads then is what it would have read at once).
        """
        doc = self.doc
        norm, patterns = doc.norm, doc.patterns
        # A sentence is read as far as a cue in it can look back (a sentence start is
        # never further back than MAX_CLAUSE), so a text without full stops costs linear.
        limit = min(len(norm), sentence + MAX_CLAUSE)
        end = doc.sentence_end(sentence)
        while end < limit and doc.enclosing(end) is not None:
            end = doc.sentence_end(end + 1)  # a full stop inside marks ends no sentence
        end = min(end, limit)
        texts, starts = tokens_of(norm, sentence, end)
        facts = self._facts
        before_verb = _before_verb_of(patterns)
        speech = self._speech_in(sentence, end)
        s = 0  # the first of them that may still hold a token
        opens_at = speech[0][0] if speech else end  # no token up to here stands inside one
        verb = opening = -1  # indexes of the latest verb and of the one opening the sentence
        # وعندما ضرب التنظيم المدينة، خرج حسين: a clause of time set before the main one,
        # whose first verb after a comma opens the sentence (read once, then passed)
        subordinate = bool(texts) and among(texts[0], patterns.lists["time_clause"], "وف")
        subject_next = -1  # the token after a phrase that opens the sentence
        fronted = False  # whether the latest verb has that phrase before it as its subject
        i = 0
        while i < len(texts):
            tok, start = texts[i], starts[i]
            if start > opens_at:
                close = speech[s][1]
                if start < close:
                    i = bisect_left(starts, close, i)  # speech in marks: what was said
                    continue
                s += 1  # past it: the same token against the next
                opens_at = speech[s][0] if s < len(speech) else end
                continue
            f = facts[tok]
            # وكان المرجع ... قد انتقد: كان and its subject open the clause, as a verb does
            # (not after a preposition, with و or ف too: وعن خططها is a noun, no verb خطط)
            if (
                (f.clause_verb and not (i > 0 and is_preposition(texts[i - 1], "وف")))
                or (
                    self._shadda
                    and len(tok) <= _DOUBLED_MAX
                    and f.phrase_start
                    and self._doubled(start, tok)
                )
                or (
                    i <= _OPENING
                    and verb < 0
                    # after fillers, particles and their commas (ومن جانبه، عبر الفارس)
                    and all(
                        facts[t].filler or facts[t].particle or not facts[t].word for t in texts[:i]
                    )
                    and _opening_verb(tok, texts[i : i + 3], patterns)
                )
            ):
                fronted = i == subject_next  # وعاصي يشجع الأغنية: the phrase after is its object
                if (i <= _OPENING and not subordinate) or (
                    texts[i - 1] == ","
                    and (
                        tok[:1] in "وف"
                        or subordinate
                        or (verb < 0 and _fronted_adverbial(texts[0]))
                    )
                ):
                    # the verb that opens the sentence (after فيما، وقد ...), not that of a
                    # clause of time before the main one; after a fronted adverbial and its
                    # comma (ومنذ ورود التقارير، اعتبرت دمشق); a verb in
                    # و or ف after a comma, which opens a clause of its own (وغاب صلاح ...،
                    # واكتفى كلوب بالقول)
                    opening = i
                    if i and texts[i - 1] == ",":
                        subordinate = False  # the main clause's verb: once
                verb = i
                i += 1
                continue
            if (
                not f.phrase_start
                # نظرا، عاما: an indefinite accusative is an object or an adverb, no subject
                or (f.accusative and not f.object_head)
                # لن ينحني، لم يكشف، التي تشكل: after a particle of the verb or a
                # relative pronoun, a verb
                or (i > 0 and texts[i - 1] in before_verb)
            ):
                i += 1
                continue
            while start >= reading.until:
                yield None  # no cue asks for a phrase from here yet
            found = phrase_at(norm, texts, starts, i, end, patterns)
            if found is None:
                i += 1
                continue
            span, words = found
            if _conjoined(words[0], patterns):
                # وأيوب قرا من حزب الليكود، فمدير صالات السيف يقول: the conjunction is no
                # part of the phrase
                span, words = (span[0] + 1, span[1]), (words[0][1:], *words[1:])
            if (
                len(words) > 1
                and words[0] in patterns.lists["utterance"]
                and i + 1 < len(texts)
                and texts[i + 1] == words[1]
                and (facts[words[1]].name_like or facts[words[1]].head)
            ):
                # وأعقبت كلمات روحاني تلك، وأثارت تصريحات الوزير: a noun of what was said, in
                # construct with a name or a source's noun, says who said it: the phrase's
                # source is its genitive, not the words
                span, words = (starts[i + 1], span[1]), words[1:]
            k = bisect_left(starts, span[1], i)  # the token after the phrase, if read
            after = self._after(texts, starts, k, span[1], end)
            phrase = self._phrase(texts, i, span, words, after, verb, opening, fronted)
            if "sentence_initial" in phrase.features:
                subject_next = k  # a subject that opens its sentence, if a verb follows
            yield phrase
            i = k

    def _doubled(self, start: int, tok: str) -> bool:
        """Whether the token ``tok`` at ``start`` is written as a past verb of form II.

        لوّح، فضّل: three root letters with the shadda on the second, maybe after و or ف,
        which the original writes (normalising drops it): the doubling of form II, which
        no noun of three letters shows but one with ي doubled (سيّد، جيّد). Not with a long
        vowel, ة، ى or ء, nor ending in ه (ردّه: a noun and its pronoun).
        """
        mapped = self.registry.mapped
        word = mapped.original[mapped.to_original(start) : mapped.to_original(start + len(tok))]
        return _DOUBLED.fullmatch(word) is not None

    def _after(
        self,
        texts: Sequence[str],
        starts: Sequence[int],
        k: int,
        pos: int,
        end: int,
    ) -> str | None:
        """The token after ``pos`` and its spaces; ``k`` is the first token read from ``pos``.

        Taken from the sentence's tokens (read up to ``end``) when they hold it whole,
        else read from the text.
        """
        if k < len(starts):
            at = starts[k]
            if at + len(texts[k]) < end and not self.doc.norm[pos:at].strip(" \t"):
                return texts[k]  # the next token, after spaces alone
        pos = self.doc.skip_space(pos)
        m = TOKEN.match(self.doc.norm, pos)
        return m.group() if m else None

    def _phrase(
        self,
        texts: Sequence[str],
        i: int,
        span: tuple[int, int],
        words: tuple[str, ...],
        after: str | None,
        verb: int,
        opening: int,
        fronted: bool,
    ) -> _Phrase:
        """The phrase ``span`` of ``words`` that starts at token ``i``, its role and head.

        ``after`` is the token that follows it; ``fronted`` tells that the verb at ``verb``
        has its subject before it, so that a phrase right after the verb is its object.
        """
        facts = self._facts
        prev = texts[i - 1] if i > 0 else ""
        initial = (
            i == 0
            or (i == 1 and prev in ("و", "ف"))
            # ولكن سلمى العلي، إلا أن الوزير: the noun of لكنّ or أنّ that opens the
            # sentence or a clause after a comma is its subject, as a first word is
            or (i > 0 and _opens_with_particle(texts, i))
        )
        after_verb = verb >= 0 and (i == verb + 1 or (i == verb + 2 and prev == "قد"))
        features: dict[str, float] = {"in_window": 1.0}
        head = self._heads[words[0]]
        if courtesy_before_name(words, self.doc.patterns):
            # لكن السيدة فوغل تشعر: a title of courtesy before a name makes no common
            # noun's phrase; the name heads it, and the title tells its gender
            named = self._heads[words[1]]
            head = named._replace(gender=head.gender or named.gender, decides=True)
        if after_verb and (
            head.oblique or fronted or (verb > 0 and texts[verb - 1] in PRONOUN_SUBJECTS)
        ):
            # ودعا الفاعلين: an accusative plural is the verb's object; ولكنه نفى ارتكاب
            # أي خطأ: a pronoun is the verb's subject, so the phrase after it is the object,
            # and so it is after a noun that the verb follows (وعاصي يشجع الأغنية).
            after_verb = False
            features["oblique"] = 1.0
        if initial:
            features["sentence_initial"] = 1.0
        elif after_verb:
            features["after_opening_verb" if verb == opening else "after_verb"] = 1.0
        elif facts[prev].preposition:
            features["after_an" if prev == "عن" else "after_preposition"] = 1.0
        elif prev in (",", ";", ":", "-"):
            features["after_comma"] = 1.0
        elif prev[0:1].isalnum():
            features["after_word"] = 1.0
        if after is not None:
            next_word = facts[after]
            if next_word.relative:
                features["before_relative"] = 1.0
            elif next_word.finite:
                features["before_verb"] = 1.0  # سيرين عبد النور نشرت: a subject before its verb
        features.update(head.features)
        gender = head.gender if head.decides else noun_gender(words)
        if gender is None and after_verb and all(facts[w].name_like for w in words):
            # واعترف موسكوفيتش: a verb before its subject agrees with it in gender, which a
            # name no list holds does not tell by itself; but after a masculine verb a word
            # in ا alone is rather an adverb or an object in the accusative (جاء تدريجيا)
            # than a name (ونشرت كوليتا)
            gender = verb_gender(texts[verb])
            if gender == "m" and len(words) == 1 and words[0].endswith("ا"):
                gender = None
        elif (
            gender is None
            and initial
            and after is not None
            and words[0][:1] != "و"
            and all(facts[w].name_like and len(w) > 2 for w in words)
        ):
            # ولكن كيلي كاولتر لديها خطط، سيرين عبد النور نشرت: the predicate after a
            # subject that opens its clause agrees with it, a verb by its person and a
            # preposition by its pronoun
            gender = _predicate_gender(after, facts)
        if (
            gender is None
            and after is not None
            and "before_relative" in features
            and "proper_name" in features
            and all(facts[w].name_like for w in words)
        ):
            # وقطر التي أكدت، بونو الذي: the relative pronoun agrees with the noun before
            # it in gender, which a name no list holds does not tell by itself
            gender = "f" if FEMININE_RELATIVE[after] else "m"
        # tuple.__new__, as _Phrase._make does: one is made for each phrase a sentence holds
        return tuple.__new__(
            _Phrase, (span, words, features, gender, head.plural, head.collective, after_verb)
        )


def _predicate_gender(word: str, facts: Mapping[str, WordFacts]) -> str | None:
    """The gender the first word of a predicate gives its subject, when it tells one.

    A finite verb by its person (نشرت), a preposition by its pronoun (لديها، عنه).
    """
    if facts[word].finite:
        return verb_gender(word)
    if word_class(word) == "prep_pronoun":
        if word.endswith("ها"):
            return "f"
        if word.endswith("ه"):
            return "m"
    return None


#: The words before أنّ that open a sentence with it (إلا أن، بيد أن، غير أن، كما أن).
_BEFORE_ANNA = frozenset(("الا", "بيد", "غير", "كما", "حتى"))


def _fronted_adverbial(word: str) -> bool:
    """Whether a sentence that opens with ``word`` opens with a prepositional phrase.

    ومنذ ورود التقارير، وفي العام 1949، ...: the adverbial set before the main clause,
    whose first verb after the comma opens the clause as a verb at its start does.
    """
    return is_preposition(word[1:] if word[:1] in "وف" else word)


def _conjoined(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is و or ف and a phrase's first word, not a word in و or ف itself.

    وأيوب، والمدير، فمدير، ومسؤولون، وقطر: a given name, a definite noun, a source noun
    or a state's name after the conjunction (normalised words); not وليد، وائل (given
    names), والي (a title), والدة (kin).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [_conjoined(w, patterns) for w in ("وايوب", "فمدير", "والمدير", "وليد", "والدة")]
        [True, True, True, False, False]
    """
    if word[:1] not in "وف" or len(word) < 4:
        return False
    rest = word[1:]
    heads = patterns.lists["speaker_head"]
    if is_given_name(word) or word in heads or takes_article(word):
        return False
    if word in patterns.lists["relational"]:
        return False  # والد، والدة: kin, whose ال is no article
    return (
        is_given_name(rest)
        or rest in heads
        or (rest[:2] == "ال" and takes_article(rest[2:]))
        or names_state((rest,))  # وقطر التي أكدت: a state's name
    )


#: أمّا and وأمّا (as for), normalised: the noun after it is its clause's topic.
AS_FOR = frozenset(("اما", "واما"))


def _opens_with_particle(texts: Sequence[str], i: int) -> bool:
    """Whether token ``i`` follows a particle that opens a clause and whose noun it is.

    لكنّ, or أنّ after إلا، بيد، غير، كما، حتى (ولكن سلمى، إلا أن الوزير); أمّا, whose
    noun is the topic that the clause after its ف speaks of (وأما آخر من التقيتهم، فقد
    حرق ... ويقول): what stands before is the particle alone, with و or ف, at the
    sentence's start or after a comma.
    """
    prev = texts[i - 1]
    if prev in BUT or prev in AS_FOR:
        return _clause_opens(texts, i - 1)
    if prev != "ان" or i < 2 or texts[i - 2].removeprefix("و") not in _BEFORE_ANNA:
        return False
    return _clause_opens(texts, i - 2)


def _clause_opens(texts: Sequence[str], k: int) -> bool:
    """Whether token ``k`` opens a clause: the sentence's first or the first after a comma.

    Alone or after و or ف: ولكن كيلي ... as ...، ولكن كيلي لديها خطط.
    """
    if k > 0 and texts[k - 1] in ("و", "ف"):
        k -= 1
    return k == 0 or texts[k - 1] == ","


class _Head(NamedTuple):
    """What the first word of a phrase says of it, whatever its role (see :func:`_head`)."""

    features: dict[str, float]  # the head's features, in the order _phrase sets; never changed
    plural: bool
    collective: bool  # a plural that agrees as a feminine singular (:func:`_collective`)
    oblique: bool  # a plural or dual in the accusative or genitive (:func:`is_oblique`)
    gender: str | None  # the phrase's gender when the head decides it (:func:`head_gender`)
    decides: bool


#: آل (the family of: آل الشيخ) as the extraction preset writes it, madda folded.
_FAMILY = "ال"
#: How many head words' readings :func:`_heads_of` keeps before it starts afresh.
_HEADS_SIZE = 1 << 14


@lru_cache(maxsize=8)
def _heads_of(patterns: CuePatterns) -> WordTable[_Head]:
    """The table of heads read with ``patterns``, shared by the documents that use them."""
    return WordTable(partial(_head, patterns=patterns), size=_HEADS_SIZE)


def _head(word: str, patterns: CuePatterns) -> _Head:
    """What a phrase headed by ``word`` is, read once per word: its kind of head and number.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> dict(_head("الوزير", patterns).features), _head("منظمات", patterns).collective
        ({'source_head': 1.0}, True)
    """
    if word == _FAMILY:
        # وكان آل الشيخ قد: آل (the family of), folded to ال, opens a family name
        return _Head(
            features={"proper_name": 1.0},
            plural=False,
            collective=False,
            oblique=False,
            gender="m",
            decides=True,
        )
    head = word_facts(word, patterns)
    features: dict[str, float] = {}
    collective = _collective(word, patterns)
    if head.source_head or collective:
        features["source_head"] = 1.0  # الوزير، منظمات حقوقية
    elif head.common or (head.article and takes_article(word[2:]) and not word.endswith("ي")):
        # وجهت التهنئة، نشرت صورة: a thing, hardly who spoke (not العبادي، a surname)
        features["common_head"] = 1.0
    elif not head.article and not head.mark:
        features["proper_name"] = 1.0
    if head.anonymous:
        features["anonymous"] = 1.0
    if head.possessed:
        features["possessed"] = 1.0  # أغنيته، حسابها: a thing someone has, rarely a source
    plural = noun_number((word,)) == "p"
    gender, decides = head_gender(word)
    if gender is not None and word.removeprefix("ال") in patterns.lists["relational"]:
        decides = True  # والد دينا الشربيني: the name after a kinship noun is another's
    return _Head(
        features=features,
        plural=plural,
        collective=plural and collective,
        oblique=is_oblique(word) or _verbal_noun(word, head),
        gender=gender,
        decides=decides,
    )


def _verbal_noun(word: str, head: WordFacts) -> bool:
    """Whether ``word`` is an indefinite verbal noun (وصول، ارتفاع) that names no source.

    Right after a verb it is the verb's object (وتوقع وصول عدد السائحين), whose subject is
    dropped; a source noun of that shape (تقرير، اتحاد) and a given name (سعود) are not.
    """
    return (
        not (head.article or head.source_head or head.given)
        and masdar_shaped(word)
        # اكتمال، انطلاق: a masdar of a form that opens with ا is no name, even one the
        # list of definite words lacks (the given names of that shape are listed: ابتسام)
        and (takes_article(word) or word[:1] == "ا")
    )


@lru_cache(maxsize=8)
def _before_verb_of(patterns: CuePatterns) -> frozenset[str]:
    """The words a verb follows: the particles of ``before_verb`` and the relative pronouns.

    The particles alone or after و or ف (ولن، فقد); after a relative pronoun its clause opens
    with its verb, whether or not the lists know it (التي تشكل).

    One set lookup for each token the sentence reader meets, not a call.
    """
    words = patterns.lists["before_verb"]
    return frozenset((*words, *("و" + w for w in words), *("ف" + w for w in words), *RELATIVES))


#: Words that hold the subject of the verb after them as a pronoun (لكنه نفى، وهو يقول).
PRONOUN_SUBJECTS = frozenset(
    (
        *(c + p for c in ("لكن", "ولكن", "ان", "فان", "بان") for p in ("ه", "ها", "هم")),
        "وهو",
        "وهي",
        "وهم",
    )
)


def _opening_verb(word: str, texts: Sequence[str], patterns: CuePatterns) -> bool:
    """Whether the word that opens a clause, read as a noun or a particle, is its verb.

    رفع رئيس الاتحاد التهنئة، وعبر محمد عن حزنه، من جانبه عبر الفارس عبدالله عن: a word
    spelled as a verb, then a source noun, a given name, or a definite word and a given
    name (its subject, as Arabic puts the verb first). ``texts`` open with the word.
    """
    if len(texts) < 2:
        return False
    subject = word_facts(texts[1], patterns)
    named = (
        subject.head
        or subject.given
        or (subject.article and len(texts) > 2 and word_facts(texts[2], patterns).given)
        # وعبر القادة عن: a group or an institution the data knows (not الحدود)
        or (subject.article and entity_type((texts[1],)) in ("group", "organisation"))
    )
    return named and (spelled_as_verb(word) or _conjoined_root(word, patterns))


#: Letters no past of form I with three sound root letters holds (long vowels, ة، ى، ء).
_NOT_IN_ROOT = frozenset("اويةىء")


def _conjoined_root(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is و or ف and three letters that no list knows (وسخر، فغادر).

    At the opening of a sentence, before its subject, such a word is a past verb of form
    I that the verb lists miss: a noun there (وزير، وفد) is listed or shorter.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [_conjoined_root(w, patterns) for w in ("وسخر", "وزير", "وفاة", "سخر")]
        [True, False, False, False]
    """
    if len(word) != 4 or word[0] not in "وف" or any(c in _NOT_IN_ROOT for c in word[1:]):
        return False  # وفاة، وصول، وكيل، ورقة: a form I past has no long vowel or ة
    facts = word_facts(word, patterns)
    return not (facts.head or facts.given or facts.intro or facts.particle or facts.common)


def _named_person(words: Sequence[str], entity: Entity) -> bool:
    """Whether ``words`` are words of the name of ``entity``, a person with a given name.

    Such a word agrees with its bearer, whatever its ending says: الزيات، بركات are no
    feminine plurals, شحادة no feminine noun.
    """
    name = entity.words
    return any(map(is_given_name, name)) and all(w in name for w in words)


def _nearer(far: Candidate, near: Candidate) -> Candidate:
    """One entity read twice in the window: the nearer reading, with the roles of both."""
    merged = {**far.features}
    for name, value in near.features.items():
        merged[name] = value if name == "distance" else max(merged.get(name, 0.0), value)
    return attrs.evolve(near, features=merged)


def _collective(head: str, patterns: CuePatterns) -> bool:
    """Whether ``head`` is a plural that may take a feminine singular verb.

    A plural in ات of an institution (منظمات، السلطات، الشركات), not of persons
    (الممثلات: their verb agrees in the plural); a broken plural in ة of men (القادة،
    القضاة), whose verb is a masculine plural or a feminine singular.
    """
    if head.endswith("ة"):
        return noun_number((head,)) == "p"
    if not head.endswith("ات"):
        return False
    singular = head[:-2] + "ة"
    heads = patterns.lists["speaker_head"]
    return (head in heads or singular in heads) and entity_type((singular,)) == "organisation"


def _two(words: Sequence[str]) -> bool:
    """Whether a phrase may name two sources: a plural or dual head, or names joined by و.

    A dual cue (قالا، يستنتجان) takes such a phrase (الباحثان، واجنر ووايتزمان), not one
    source named alone.

    Example:
        >>> _two(("الباحثان",)), _two(("واجنر", "ووايتزمان")), _two(("الوزير", "الأردني"))
        (True, True, False)
    """
    return noun_number(words) != "s" or any(w[:1] == "و" and len(w) > 3 for w in words[1:])


def _agreement(
    features: dict[str, float],
    its_gender: str | None,
    plural: bool,
    gender: str | None,
    number: str | None,
    collective: bool = False,
) -> None:
    """Agreement of a phrase with the cue's gender and number.

    A plural of things in ات (منظمات، السلطات، الوكالات) takes a feminine singular verb
    (والذي تنتقده منظمات حقوقية، معتبرة أنه): a match, not a mismatch of number. A
    dual cue agrees as a plural one does, with ``plural`` telling whether the phrase
    names two (:func:`_two`).
    """
    if collective and number == "s" and gender == "f":
        features["gender_match"] = 1.0
        return
    if its_gender is not None and gender is not None:
        features["gender_match" if its_gender == gender else "gender_mismatch"] = 1.0
    if number in ("p", "d"):
        features["plural_match" if plural else "plural_mismatch"] = 1.0
    elif plural and number == "s":
        features["plural_mismatch"] = 1.0


def _entity_features(
    features: dict[str, float],
    entity: Entity,
    ranks: Mapping[int, int],
    last_of_gender: Entity | None,
    previous: Entity | None,
) -> None:
    rank = ranks.get(id(entity))
    if rank is not None:
        features["spoke"] = 1.0
        features["speaker_rank"] = 1.0 / (1 + rank)
    if entity is last_of_gender:
        features["last_speaker"] = 1.0
    if entity is previous:
        features["previous_quote"] = 1.0
    if entity.source_phrase:
        features["source_phrase"] = 1.0

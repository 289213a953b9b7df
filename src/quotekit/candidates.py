"""Candidates for the source of a quote whose cue has no subject of its own.

For ``وأضاف أن`` or ``قائلا`` the candidates are the noun phrases that can be a source in
the cue's sentence and the sentence before it, each with its role (the subject after the
verb that opens the sentence, a subject before its verb, the object of a preposition, the
source relayed after ``عن`` ...), and the sources that spoke last. Each is described by the
features of :data:`quotekit.ranking.FEATURES`: distance, role, agreement of gender and
number with the cue, whether it spoke last ...; :class:`quotekit.ranking.Ranker` scores them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence

import attrs

from quotekit.cues import TOKEN
from quotekit.document import Document
from quotekit.entities import Entity, Registry
from quotekit.marks import MARKS
from quotekit.mentions import (
    RELATIVES,
    can_open,
    clean_mention,
    name_of,
    noun_phrase,
    possessed,
)
from quotekit.morphology import noun_gender, noun_number, word_class
from quotekit.ranking import FEATURES

__all__ = ["NOBODY", "Candidate", "feature_rows", "speaker_candidates"]

#: How far back (in characters) candidates are read, and how many earlier speakers join.
_WINDOW = 700
_RECENT = 6
#: Marks around this many words or more hold speech, not a name.
_SPEECH_WORDS = 4
#: Prepositions: a noun phrase after one is its object.
_PREPOSITIONS = frozenset(
    ("على", "من", "مع", "في", "الى", "عن", "بين", "حول", "لدى", "عبر", "خلال", "بعد", "قبل")
)
#: How many tokens into its sentence a verb may stand and still open it (وفي وقت سابق، قال).
_OPENING = 4


@attrs.frozen(kw_only=True)
class Candidate:
    """One possible source of a quote whose cue has no subject of its own.

    Attributes:
        name: The name it would give, as the original text writes it.
        span: The noun phrase in the normalised text, when it stands in the window.
        entity: The document's entity it already is, when known.
        features: The feature values (names from :data:`FEATURES`); absent ones are 0.
    """

    name: str
    span: tuple[int, int] | None
    entity: Entity | None = attrs.field(eq=False)
    features: Mapping[str, float] = attrs.field(eq=False)


#: The empty candidate, always offered last: the ranker takes it when no source fits.
NOBODY = Candidate(name="", span=None, entity=None, features={"none": 1.0})


def speaker_candidates(
    doc: Document,
    registry: Registry,
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

    ``contents`` are the content spans of the quotes before, in text order: a noun phrase
    inside one is marked ``in_content`` (it is what someone said, rarely who speaks).

    Example:
        >>> from quotekit.entities import Registry
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.normalization import normalize_mapped
        >>> from quotekit.patterns import cue_patterns
        >>> mapped = normalize_mapped("ونشر الوزير خالد منصور في حسابه قائلا", config="extraction")
        >>> patterns = cue_patterns(default_lexicon())
        >>> doc = Document.build(mapped.text, patterns, [])
        >>> found = speaker_candidates(
        ...     doc, Registry(patterns=patterns, mapped=mapped), mapped.text.index("قائلا"),
        ...     gender="m", number="s", participle=True, previous=None,
        ...     previous_same_sentence=False,
        ... )
        >>> [(c.name, c.features.get("after_opening_verb")) for c in found]
        [('الوزير خالد منصور', 1.0), ('حسابه', None), ('', None)]
    """
    norm = doc.norm
    patterns = doc.patterns
    sentence = doc.sentence_start(pos)
    before = sentence
    while before > 0 and (norm[before - 1].isspace() or norm[before - 1] in ".!?"):
        before -= 1  # back over the end of the sentence before
    start = max(doc.sentence_start(before) if before > 0 else 0, pos - _WINDOW)
    tokens = list(TOKEN.finditer(norm, start, pos))
    found: list[Candidate] = []
    by_entity: dict[int, int] = {}  # id of an entity -> index of its candidate
    recent = list(reversed(registry.recent))
    ranks = {id(e): i for i, e in enumerate(recent)}
    last_of_gender = registry.last(gender)
    content_starts = [c[0] for c in contents]
    sentence_first = verb = opening = -1  # the sentence's first word, the latest verb
    i = 0
    while i < len(tokens):
        m = tokens[i]
        tok = m.group()
        if (
            i == 0
            or "\n" in norm[tokens[i - 1].end() : m.start()]
            or tokens[i - 1].group() in ".!?"
        ):
            sentence_first = i
        marks = doc.enclosing(m.start())
        if marks is not None and norm.count(" ", marks.open, marks.close) >= _SPEECH_WORDS:
            while i < len(tokens) and tokens[i].start() < marks.close:
                i += 1  # speech in marks: what was said, not who said it
            continue
        kind = word_class(tok)
        if tok in patterns.speech_words or kind == "verb":
            verb = i
            if i - sentence_first <= _OPENING:
                opening = i  # the verb that opens the sentence (after فيما، وقد ...)
            i += 1
            continue
        if kind == "particle" or not tok[0].isalnum() or not can_open(tok, patterns):
            i += 1
            continue
        limit = doc.sentence_end(m.start())
        mention, _ = clean_mention(norm, m.start(), min(limit, pos), patterns)
        if mention is None or mention[0] != m.start():
            i += 1
            continue
        mention = noun_phrase(norm, mention)
        words = [w.group() for w in TOKEN.finditer(norm, *mention) if w.group()[0].isalnum()]
        prev = tokens[i - 1].group() if i > 0 else ""
        initial = i == sentence_first or (i == sentence_first + 1 and prev in ("و", "ف"))
        after_verb = verb >= 0 and (i == verb + 1 or (i == verb + 2 and prev == "قد"))
        features: dict[str, float] = {"in_window": 1.0}
        k = bisect_right(content_starts, m.start()) - 1
        if k >= 0 and m.start() < contents[k][1]:
            features["in_content"] = 1.0
        same = m.start() >= sentence
        if same:
            features["same_sentence"] = 1.0
        if initial:
            features["sentence_initial"] = 1.0
        elif after_verb:
            features["after_opening_verb" if verb == opening else "after_verb"] = 1.0
        elif prev in _PREPOSITIONS or prev == "ل":
            features["after_an" if prev == "عن" else "after_preposition"] = 1.0
        elif prev in (",", ";", ":", "-"):
            features["after_comma"] = 1.0
        elif prev[0:1].isalnum():
            features["after_word"] = 1.0
        after = TOKEN.match(norm, doc.skip_space(mention[1]))
        if after is not None:
            if after.group() in RELATIVES:
                features["before_relative"] = 1.0
            elif after.group() in patterns.speech_words or word_class(after.group()) == "verb":
                features["before_verb"] = 1.0  # سيرين عبد النور نشرت: a subject before its verb
        head = words[0] if words else ""
        if head in patterns.lists["speaker_head"] or head[2:] in patterns.lists["speaker_head"]:
            features["source_head"] = 1.0
        elif not head.startswith("ال") and head not in MARKS:
            features["proper_name"] = 1.0
        if head in patterns.lists["anonymous_head"]:
            features["anonymous"] = 1.0
        if possessed(head):
            features["possessed"] = 1.0  # أغنيته، حسابها: a thing someone has, rarely a source
        entity = registry.find(mention)
        its_gender = noun_gender(words) or (entity.gender if entity is not None else None)
        _agreement(features, its_gender, noun_number(words) == "p", gender, number)
        if entity is not None:
            _entity_features(features, entity, ranks, last_of_gender, previous, registry)
            if previous is entity and previous_same_sentence:
                features["previous_same_sentence"] = 1.0
        distance = len(TOKEN.findall(norm, mention[1], pos))
        features["distance"] = min(1.0, distance / 40)
        if participle:
            if same:
                features["participle_same_sentence"] = 1.0
            if after_verb and same:
                features["participle_after_verb"] = 1.0
        name = entity.name if entity is not None else name_of(registry.mapped, mention)
        if entity is not None and id(entity) in by_entity:
            found[by_entity[id(entity)]] = _better(found[by_entity[id(entity)]], features)
        else:
            if entity is not None:
                by_entity[id(entity)] = len(found)
            found.append(Candidate(name=name, span=mention, entity=entity, features=features))
        while i < len(tokens) and tokens[i].start() < mention[1]:
            i += 1
    if found:
        nearest = found[-1]
        found[-1] = attrs.evolve(nearest, features={**nearest.features, "nearest": 1.0})
    for entity in recent[:_RECENT]:
        if id(entity) in by_entity:
            continue
        features = {"recent_only": 1.0, "distance": 1.0}
        _entity_features(features, entity, ranks, last_of_gender, previous, registry)
        if previous is entity and previous_same_sentence:
            features["previous_same_sentence"] = 1.0
        _agreement(features, entity.gender, False, gender, number)
        found.append(Candidate(name=entity.name, span=None, entity=entity, features=features))
    if not recent:
        lede = registry.lede(pos)
        if lede is not None and all(c.span != lede for c in found):
            features = {"recent_only": 1.0, "distance": 1.0, "lede": 1.0}
            _agreement(features, None, False, gender, number)
            name = name_of(registry.mapped, lede)
            found.append(Candidate(name=name, span=lede, entity=None, features=features))
    found.append(NOBODY)
    return found


def _better(candidate: Candidate, features: dict[str, float]) -> Candidate:
    """A candidate met twice in the window keeps its nearer reading, with both roles."""
    merged = {**candidate.features}
    for name, value in features.items():
        merged[name] = max(merged.get(name, 0.0), value) if name != "distance" else value
    return attrs.evolve(candidate, features=merged)


def _agreement(
    features: dict[str, float],
    its_gender: str | None,
    plural: bool,
    gender: str | None,
    number: str | None,
) -> None:
    if its_gender is not None and gender is not None:
        features["gender_match" if its_gender == gender else "gender_mismatch"] = 1.0
    if number == "p":
        features["plural_match" if plural else "plural_mismatch"] = 1.0
    elif plural and number == "s":
        features["plural_mismatch"] = 1.0


def _entity_features(
    features: dict[str, float],
    entity: Entity,
    ranks: Mapping[int, int],
    last_of_gender: Entity | None,
    previous: Entity | None,
    registry: Registry,
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


def feature_rows(candidates: Iterable[Candidate]) -> list[list[float]]:
    """The candidates' features as rows in the order of :data:`FEATURES` (for training)."""
    return [[c.features.get(name, 0.0) for name in FEATURES] for c in candidates]

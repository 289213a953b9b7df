"""Speakers: each quote being built gets its mention, addressee and resolved source.

The explicit noun phrase of a cue is read by :mod:`quotekit.mentions` and linked to an
entity of the document by :mod:`quotekit.entities`; a dropped subject or a participle takes
the source that the ranker of :mod:`quotekit.ranking` scores best.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import TypeGuard

import attrs

from quotekit.candidates import AS_FOR, NOBODY, PRONOUN_SUBJECTS, Candidate, SourceIndex
from quotekit.cues import (
    AS_LOOKBACK,
    IN_IT,
    KAMA,
    LAST_WORD,
    MA,
    Hit,
    document_phrase,
    subject_walk,
)
from quotekit.document import BUT, THAT_WORDS, WORD, Document, Draft
from quotekit.entities import Entity, Registry
from quotekit.lexicon import Form
from quotekit.mentions import (
    BEARERS,
    FEMININE_RELATIVE,
    RELATIVE_PRONOUNS,
    RELATIVES,
    SINGULAR_RELATIVES,
    can_open,
    clean_mention,
    described_subject,
    facts_of,
    honoured,
    mention_before,
    name_tail,
    named_before,
    names_the_same,
    object_after,
    one_of_those_who,
    opens_source,
    person_title,
    possessed,
    possessed_person,
    possessed_thing,
    proper_name,
    relayed_from,
    source_before,
    subject_after_was,
    with_object,
    without_l,
    word_facts,
)
from quotekit.morphology import (
    entity_type,
    honoured_titles,
    noun_gender,
    noun_number,
    takes_article,
    verb_gender,
    word_class,
)
from quotekit.ranking import Ranker

__all__ = ["attribute_speakers"]

#: The numbers of a verb whose subject is a suffix of its own (قالوا، يقولان).
_SUFFIXED_NUMBERS = frozenset(("p", "d"))


#: A relaying phrase right after a subject: وذكرت الوكالة نقلا عن الجيش أن (normalised).
_RELAYED_BY = re.compile(r"[ \t,]*و?نقلا[ \t]+عن[ \t]+")


def _before_object(doc: Document, mention: tuple[int, int]) -> tuple[int, int]:
    """The subject before the words in marks, without the verb's object after it."""
    found = list(WORD.finditer(doc.norm, *mention))
    n = object_after([m.group() for m in found], doc.patterns)
    return mention if n >= len(found) else (mention[0], found[n - 1].end())


def _explicit_mention(draft: Draft, doc: Document) -> None:
    """Fill the mention (and addressee) a cue's own context gives."""
    if draft.mention is not None:
        return
    hit = draft.hit
    if hit is None:
        unclaimed = _unclaimed_cue(draft, doc)
        if unclaimed is not None:
            _unclaimed_mention(draft, doc, unclaimed)
        return
    topic = None
    if (
        hit.form.form == "participle"
        or (doc.norm[hit.start] == "ف" and hit.form.conjoined)
        or _after_fa(doc.norm, hit.start)
    ):
        # أما الظهير الأيمن، فكتب قائلا، أما هارون فقد صرح: the topic is the subject of the
        # clause after ف, unless the verb has one of its own (أما الحكومة فقال رئيسها)
        topic = _topic(doc, hit.start)
        if hit.form.form == "participle":
            draft.mention = topic
            return  # a participle's subject is that of the clause before it
    _subject_mention(draft, doc, hit)
    if draft.mention is None and topic is not None:
        draft.mention = topic
        return
    if draft.mention is not None and hit.form.form == "present" and not hit.form.conjoined:
        # مسودة البيان تطالب حماس بـ"...": a present verb after the noun phrase that opens
        # its clause has that phrase for subject (the topic); the phrase after the verb is
        # its object.
        draft.mention = _subject_before(doc, hit) or draft.mention
    if draft.mention is None and hit.form.form == "masdar":
        draft.mention = _relayed(doc, hit.start)
    if (
        draft.mention is None
        and hit.form.form in ("past", "present", "masdar")
        and not hit.form.conjoined
    ):
        draft.mention = (
            mention_before(
                doc.norm, hit.start, doc.patterns, gender=hit.form.gender, number=hit.form.number
            )
            or _subject_past_relative(doc, hit)
            or _described_topic(doc, hit)
        )
        if draft.mention is None and hit.form.form == "present":
            draft.mention = _described(doc, hit)


def _subject_mention(draft: Draft, doc: Document, hit: Hit) -> None:
    """Read the subject the cue's own rule found into ``draft.mention``.

    After the words (after-quote) or in the stretch the subject walk gave, cleaned of what
    stands in it that is no subject (an object, a relayed source's medium).
    """
    if hit.rule == "after-quote":
        end = doc.clause_end(hit.end, at_comma=True)
        draft.mention, _ = clean_mention(doc.norm, hit.end, end, doc.patterns)
    elif hit.subject is not None and hit.rule != "source":
        start, end = hit.subject
        if hit.rule in ("subject-complementizer", "subject-colon") or (
            hit.rule == "subject-quote" and hit.form.lemma not in doc.patterns.object_lemmas
        ):
            start = _past_object_pronoun(doc, start, end)
        draft.mention, draft.addressee = clean_mention(doc.norm, start, end, doc.patterns)
        if draft.mention is not None and hit.rule == "subject-quote":
            draft.mention = _before_object(doc, draft.mention)
        if draft.mention is not None and _addressed(doc, draft.mention, hit.start):
            draft.mention = None  # وقال لبيركاي: "...": to whom, the subject dropped
        first = WORD.match(doc.norm, draft.mention[0]) if draft.mention is not None else None
        if first is not None and possessed_thing(first.group(), doc.patterns):
            draft.mention = None  # أكدت مشاركتها: the verb's object, its subject dropped
        if draft.mention is not None:
            # يقول أحد الذين يسهلون الهجرة أن: the partitive and whom it is one of; وأفاد
            # أشخاص حضروا المحاكمة أن: an indefinite noun and what describes it
            draft.mention = (
                one_of_those_who(doc.norm, draft.mention, end, doc.patterns)
                or described_subject(doc.norm, draft.mention, end, doc.patterns)
                or draft.mention
            )
        if hit.form.number in _SUFFIXED_NUMBERS and hit.form.form in ("past", "present"):
            # وأبدوا مخاوفهم، ويقولون جميعا: a verb before its subject is singular; a plural
            # or dual verb carries its subject (وا، ون، ا), and the phrase after it is none.
            draft.mention = None
        elif hit.form.form == "past" and not hit.form.conjoined:
            # وكان مارك شنايدر ... وصف القهوة بأنها: after كان and its subject, what
            # follows the verb is its object.
            draft.mention = subject_after_was(doc.norm, hit.start, doc.patterns) or draft.mention
        if (
            draft.mention is not None
            and hit.form.lemma in doc.patterns.lists["describe"]
            and not with_object(doc.norm, hit.start, doc.patterns)  # وصفهم القانون: subject
            and (
                _a_thing(doc, draft.mention)
                or _other_gender(doc, hit, draft.mention)
                or _described_with_relative(doc, hit, draft.mention)
            )
        ):
            draft.mention = None  # ووصفت بيع كوستا بأنه صفقة: the thing described, no source
        elif draft.mention is not None and hit.form.lemma in doc.patterns.lists["describe"]:
            draft.mention = _before_described(doc, draft.mention)
        relayed = _RELAYED_BY.match(doc.norm, hit.subject[1]) if draft.mention else None
        if relayed is not None and draft.mention is not None:
            # وذكرت وكالة إنترفاكس نقلا عن الجيش الروسي أن: the medium relays, the army
            # said it (as with نقل X عن Y); not after sources that cite others (وقالت مصادر
            # أمنية نقلا عن مسؤولين: the sources speak)
            # the first word, past a mark that opens a name (وأضافت "يديعوت آحرونوت")
            first = WORD.search(doc.norm, *draft.mention)
            if first is not None and not word_facts(first.group(), doc.patterns).anonymous:
                end = hit.content if hit.content is not None else len(doc.norm)
                inner, _ = clean_mention(doc.norm, relayed.end(), end, doc.patterns)
                if inner is not None:
                    draft.mention = inner
                    draft.gender = noun_gender(WORD.findall(doc.norm, *inner))
        if draft.mention is not None and hit.form.lemma in doc.patterns.lists["learn_from"]:
            draft.mention = _learned_from(doc, draft.mention)
        if hit.form.lemma in doc.patterns.lists["relay"]:
            # نقلت الصحيفة عن مصادر مطلعة أن، نسبت الصحيفة ليادلين القول إن: the source
            # is the one quoted, after عن, إلى or a clitic ل.
            via = relayed_from(doc.norm, doc.patterns, hit.form.lemma, *hit.subject)
            if via is not None:
                inner, _ = clean_mention(
                    doc.norm,
                    via.end(),
                    hit.subject[1],
                    doc.patterns,
                    after_clitic=via.group() == "ل",
                )
                if inner is not None:
                    # the verb agrees with the one who relays, the noun tells the source's
                    draft.mention = inner
                    draft.gender = noun_gender(WORD.findall(doc.norm, *inner))


def _learned_from(doc: Document, mention: tuple[int, int]) -> tuple[int, int]:
    """The source a verb of learning names after من in its subject's stretch, if any.

    وعلمت الصحيفة من مصادر أمنية أن: the paper learned it from the sources, who said it;
    the phrase after من is the source when it opens with a source's noun (not من جهتها).
    """
    words = list(WORD.finditer(doc.norm, *mention))
    for k in range(1, len(words) - 1):
        if words[k].group() != _FROM:
            continue
        facts = word_facts(words[k + 1].group(), doc.patterns)
        if facts.anonymous or facts.head:
            inner, _ = clean_mention(doc.norm, words[k + 1].start(), mention[1], doc.patterns)
            return inner if inner is not None else mention
        break
    return mention


#: The preposition before the source of what was learned (علمت الصحيفة من مصادر).
_FROM = "من"


def _unclaimed_mention(draft: Draft, doc: Document, hit: Hit) -> None:
    """The subject of the cue of speech in marks that no rule claimed (:func:`_unclaimed_cue`).

    Only the subject the verb has after it, without its object (:func:`_thus_subject`,
    :func:`_before_definite_object`): the document gives the rest.
    """
    _subject_mention(draft, doc, hit)
    if draft.mention is not None and hit.rule == "after-quote":
        draft.mention = _thus_subject(doc, draft.mention)
    elif draft.mention is not None and hit.form.lemma in doc.patterns.lists["marks_report"]:
        draft.mention = _before_definite_object(doc, draft.mention)


def _before_definite_object(doc: Document, mention: tuple[int, int]) -> tuple[int, int]:
    """The subject of a verb of an act of speech, without the one it addresses after it.

    وأنذرت المفوضية الشركة "..."، وناشد الوزير المواطنين "...": a definite word governs
    no genitive, nor does a possessed one (ابنته), so a definite word after it that is no
    adjective of it (الأوروبية، العام) opens the verb's object, the one warned, advised or
    appealed to.
    """
    found = list(WORD.finditer(doc.norm, *mention))
    for before, word in itertools.pairwise(found):
        facts, first = word_facts(word.group(), doc.patterns), before.group()
        if (
            (word_facts(first, doc.patterns).article or possessed(first))  # or ابنته
            and facts.article
            and not (facts.adjective or facts.nisba or facts.feminine_participle)
        ):
            return mention[0], before.end()
    return mention


def _thus_subject(doc: Document, mention: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of the verb after هكذا, without the object after it.

    "..."، هكذا بدأ كريم حداد حديثه، هكذا وصف الوزير الوضع: the verb tells how the words
    were said and its object is the saying, a thing its subject has (حديثه، كلمتها) or
    a definite noun (see :func:`_before_definite_object`); none when the object comes
    first (هكذا بدأ حديثه: the subject dropped). A possessed title or kin speaks for
    its owner (رئيسها، ابنته) and stays.
    """
    found = list(WORD.finditer(doc.norm, *mention))
    for i, word in enumerate(found):
        w = word.group()
        if possessed(w) and not possessed_person(w, doc.patterns):
            return (mention[0], found[i - 1].end()) if i else None
    return _before_definite_object(doc, mention)


def _unclaimed_cue(draft: Draft, doc: Document) -> Hit | None:
    """The cue of speech in marks that no rule claimed, with the subject its verb walks to.

    وتابع المزارعون "..."، وكتب المدرب على حسابه على تويتر: "...": the first verb of
    saying of the clause (see :mod:`quotekit.extract`) that the marks end has its subject
    right after it, as any verb of saying does, read by the same walk; "..."، هكذا بدأ
    كريم حداد حديثه: the verb after هكذا has its subject after it, as a verb after the
    words does. Only finite verbs: a participle's or a verbal noun's subject is the
    clause's (مرددين، اكتفى بالقول), which the document gives.
    """
    cue = draft.relay
    if draft.rule != "unattributed" or cue is None or cue.form.form not in ("past", "present"):
        return None
    if cue.start >= draft.content[1]:
        return attrs.evolve(cue, rule="after-quote")  # "..."، هكذا بدأ X
    walk = subject_walk(doc.norm, cue, doc.patterns)
    if walk is None or walk[2] > draft.content[0]:
        return None  # no subject, or the walk ran past the marks
    rule, subject, content = walk
    k = bisect_left(doc.outer_opens, content)
    while k < len(doc.outer) and doc.outer[k].close < draft.content[0]:
        if not doc.is_name(doc.outer[k]):
            # يؤكد أحدهما أن "..."، بينما يرى الآخر أن "..."، إلا أنهما اتفقا على "...": the
            # verb's own words stand in marks before these; it is not their verb
            return None
        k += 1
    in_medium = doc.patterns.lists["in_medium"]
    if cue.form.lemma in in_medium or doc.norm[cue.start : cue.end] in in_medium:
        # كما ورد في الحديث: "..."، وجاء في الرسالة "...": what stands in a text is the
        # text's, as with the phrase جاء في البيان; the noun after في is the source (ورد
        # as written, which the lexicon also reads as و + رد)
        medium = _IN_MEDIUM.match(doc.norm, *subject)
        if medium is not None:
            subject = (medium.end(), subject[1])
    return attrs.evolve(cue, rule=rule, subject=subject, content=content)


#: في before the text that a verb of standing in (جاء، ورد) names (normalised text).
_IN_MEDIUM = re.compile(r"[ \t]*في[ \t]+(?=ال)")


#: A definite word of the pattern فعيل or فعيلة (الشهير، الكبيرة): the commonest adjective's.
_FA_IL = re.compile(r"ال\w\wي\wة?")


def _before_described(doc: Document, mention: tuple[int, int]) -> tuple[int, int]:
    """The subject of a verb that describes, without the thing it describes after it.

    وصف X Y بأنه: the verb takes its subject, then its object, then ب and what the object
    is called. The subject is definite, and a definite phrase goes on with no noun that is
    neither its adjective nor its title: where :func:`~quotekit.mentions.name_tail` stops
    it at a noun with the article after a definite word or a name (ووصفت المنظمة الدولية
    الوضع بأنه، يصف المستثمر سيمون دولان التعليم بأنه), or at a common noun without it
    after a definite word (يصف المستثمر نظام التعليم بأنه), the object opens. A stop at
    an indefinite word after a name (مسؤولون ومسؤولون أمريكيون), at a verb or at a
    conjunct is none, nor one at a word of the adjective's pattern فعيل (الفيزيائي
    الشهير), which agrees with the noun before it.
    """
    found = list(WORD.finditer(doc.norm, *mention))
    words = [m.group() for m in found]
    n = name_tail(words, 1, doc.patterns)
    if n >= len(words):
        return mention
    table = facts_of(doc.patterns)
    prev, word = table[words[n - 1]], table[words[n]]
    if (
        not word.verb
        and not _FA_IL.fullmatch(words[n])
        and (
            (prev.article and (word.article or word.common))
            or (word.article and proper_name(words[n - 1], doc.patterns))
        )
    ):
        return (mention[0], found[n - 1].end())
    return mention


def _addressed(doc: Document, mention: tuple[int, int], before: int) -> bool:
    """Whether ``mention`` is one word: the preposition ل and a name met before ``before``.

    وقال لبيركاي: "...": the word without its ل stands alone earlier in the text (المطرب
    بيركاي), so the ل is the preposition of whom the speech is addressed to, not a letter of
    a name (ليبرمان: no word يبرمان before).
    """
    start, end = mention
    norm = doc.norm
    return (
        norm[start] == "ل"
        and WORD.fullmatch(norm, start, end) is not None
        and named_before(norm, norm[start + 1 : end], before)
    )


def _other_gender(doc: Document, hit: Hit, mention: tuple[int, int]) -> bool:
    """Whether the phrase after a verb is of another gender than the verb: its object.

    A verb before its subject agrees with it in gender (وصفت المرأة، وصف الرجل): after
    بينما وصف, المرأة الغربية is what was described, and the subject is dropped.
    """
    gender = hit.form.gender
    theirs = noun_gender(WORD.findall(doc.norm, *mention))
    return hit.form.form == "past" and None not in (gender, theirs) and gender != theirs


#: بأن (normalised) and the pronoun it bears: what the object described is called.
_THAT_IT_IS = "بان"


def _described_with_relative(doc: Document, hit: Hit, mention: tuple[int, int]) -> bool:
    """Whether the phrase after a verb that describes is its object, told by a relative clause.

    وصف X بأنه: the verb takes an object, and بأن a pronoun that points back to it. When the
    phrase right after the verb goes on with a relative clause that runs, with no comma, up
    to بأن, and the pronoun on بأن agrees with the relative pronoun (ووصف النواب الذين
    وقفوا ... بأنهم، ووصفت الإجراءات التي ... بأنها), that one phrase is the thing
    described, and the subject is dropped. The caller has checked that the verb bears no
    object pronoun (ووصفه أحد الذين عملوا معه بأنه: the phrase is the subject).
    """
    if hit.subject is None or hit.content is None:
        return False
    relative = WORD.match(doc.norm, doc.skip_space(mention[1]))
    pronoun = RELATIVE_PRONOUNS.get(relative.group()) if relative is not None else None
    if relative is None or pronoun is None:
        return False
    that = WORD.search(doc.norm, hit.subject[1], hit.content)
    return (
        that is not None
        and that.group() == _THAT_IT_IS + pronoun
        and doc.norm.find(",", relative.end(), that.start()) < 0
    )


def _a_thing(doc: Document, mention: tuple[int, int]) -> bool:
    """Whether the phrase ``mention`` names an act or a thing of someone's, not a source.

    After a verb that describes (وصف، نعت), an indefinite common noun that governs the
    word after it (ووصفت بيع كوستا بأنه، وصف اجتماع الوزراء بأنه) is the object described,
    and the subject is dropped. A definite noun right after the verb is its subject (ووصف
    الرجل الهجوم بأنه), as are a source noun, a name and a noun of persons: the head must
    be one that names no kind of source (:func:`~quotekit.morphology.entity_type` gives
    its default for it).
    """
    words = WORD.findall(doc.norm, *mention)
    if len(words) < 2:
        return False
    head = words[0]
    facts = word_facts(head, doc.patterns)
    return (
        not facts.article
        and takes_article(head)
        and not (head[:1] in "بل" and takes_article(head[1:]))  # بقرار: a preposition's
        and not facts.source_head
        and not facts.given
        and head not in doc.patterns.lists["quantifier"]  # أحد الأطباء: a person
        and entity_type((head,)) == "person"  # the default: no source noun, no group
        and noun_number((head,)) == "s"
    )


def _subject_before(doc: Document, hit: Hit) -> tuple[int, int] | None:
    """The source noun phrase before a present verb that is its subject, if one stands there.

    Not after a relative pronoun: in المشروع الذي يؤكد الخبراء أنه the verb has its own
    subject after it. The phrase must head a source (:func:`~quotekit.mentions.opens_source`)
    and agree with the verb's gender; with no such phrase, a name that opens the sentence
    is its topic (:func:`_named_topic`), whatever its gender.
    """
    before = LAST_WORD.search(doc.norm, max(0, hit.start - _LOOKBACK), hit.start)
    if before is not None and before.group(1) in RELATIVES:
        return None
    topic = mention_before(doc.norm, hit.start, doc.patterns, gender=hit.form.gender)
    if topic is None:
        return _named_topic(doc, hit)
    words = WORD.findall(doc.norm, *topic)
    if not words or not opens_source(words[0], doc.patterns):
        return None
    gender = hit.form.gender
    its = noun_gender(words)
    return topic if gender is None or its is None or its == gender else None


#: How far back (in characters) the word right before a cue is read.
_LOOKBACK = 40
#: The most words of a name that opens its sentence before a verb (its topic).
_TOPIC_NAME_WORDS = 3


def _named_topic(doc: Document, hit: Hit) -> tuple[int, int] | None:
    """A name that opens the sentence right before a present verb: the sentence's topic.

    ترامب يتوعد إيران بـ"...": a name (every word reads as one: no article, adverb, common
    noun or title) with no other word before it in its sentence, then a present verb, is
    the topic (مبتدأ) of a nominal sentence; the verb's subject is its pronoun, and the
    phrase after the verb is its object.
    """
    start = doc.sentence_start(hit.start)
    # one word more than the most tells a longer opening
    words = list(itertools.islice(WORD.finditer(doc.norm, start, hit.start), _TOPIC_NAME_WORDS + 1))
    if not 0 < len(words) <= _TOPIC_NAME_WORDS or words[0].start() != start:
        return None
    if doc.norm[start : words[-1].end()].count(" ") != len(words) - 1:
        return None  # one space between words: no mark, comma or tab between them
    if not all(_topic_name_word(w.group(), doc) for w in words):
        return None
    return start, words[-1].end()


def _topic_name_word(word: str, doc: Document) -> bool:
    """Whether ``word`` reads as a word of a name that the text writes again elsewhere.

    A name in a headline is named again in the story. Not a particle, a verb, a title or a
    common noun, nor a word in the ا of the accusative (رسميا، ثانيا: an adverb), which is
    a name only when it is a listed given name (ماريا).
    """
    facts = word_facts(word, doc.patterns)
    return (
        len(word) > 2  # no lone و or ف
        and facts.name_like
        and facts.phrase_start  # no particle (كما، قد) nor a verb (وكان)
        and not facts.stop
        and proper_name(word, doc.patterns)
        and not facts.accusative
        and not _accusative(word, doc)  # رسميا، ثانيا: an adverb
        and _written_twice(word, doc.norm)
    )


def _written_twice(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` as a word of its own twice or more (not in كوبيتشيون)."""
    if text.count(word) < 2:
        return False  # most words: not even their letters twice
    found = re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    return len(list(itertools.islice(found, 2))) == 2


def _honoured(
    doc: Document, registry: Registry, word: str, pos: int, gender: str | None, *, use: bool
) -> Entity | None:
    """Who the honorific pronoun ``word`` at ``pos`` (سموه، معاليه، سماحته) is.

    The latest speaker one of whose names opens with the honorific's title (صاحب السمو
    for سموه), or else with a rank that bears it (الأمير); else the person the text
    introduced so (:func:`honoured`). None when the honorific answers no title the
    document gives, or ``word`` is no honorific.
    """
    tiers = honoured_titles(word)
    for titles in tiers:
        for entity in reversed(registry.recent):
            # the head of one of its forms (الأمير ماجد; not مستشار الأمير)
            if any(form and _head(form) in titles for form in (entity.keys, *entity.aliases)):
                if use:
                    registry.use(entity)
                return entity
    span = honoured(doc.norm, pos, word, doc.patterns) if tiers else None
    if span is None:
        return None
    return registry.resolve(registry.trim(span), gender, use=use)[0]


def _anaphor(
    doc: Document, registry: Registry, mention: tuple[int, int], gender: str | None, *, use: bool
) -> Entity | None:
    """Who the anaphor ``mention`` (معاليه، الأخير) points back to, when anyone.

    An honorific pronoun is the one its title names (:func:`_honoured`); else a source
    named before it in its sentence, else the current source of its gender.
    """
    word = doc.norm[mention[0] : mention[1]]
    entity = _honoured(doc, registry, word, mention[0], gender, use=use)
    if entity is None:
        start = doc.sentence_start(mention[0])
        span = source_before(doc.norm, start, mention[0], doc.patterns)
        if span is not None:
            entity = registry.resolve(span, gender, use=use)[0]
        else:
            entity = registry.current(gender, mention[0], use=use)
    return entity


def _head(keys: tuple[str, ...]) -> str:
    """The head of a name's keys: its first, past صاحب (صاحب السمو: سمو)."""
    return keys[1] if len(keys) > 1 and keys[0] in BEARERS else keys[0]


def _past_object_pronoun(doc: Document, start: int, end: int) -> int:
    """Where the subject after a verb starts, past a preposition with a pronoun before it.

    In ورد عليه النائب بأن، وقال لها الوزير إن، في وقت أكد فيه الجيش أن the pronoun object
    comes between the verb and its subject. It is passed over only when a word that can open
    a noun phrase follows it (no preposition or particle: يقول لنا بصريح العبارة، وعلق عليها
    قائلا have no subject), and only before a clause or speech (the caller's test): a verb
    that takes a noun object may have it there (انتقد فيها المهاجم "...").
    """
    first = WORD.match(doc.norm, doc.skip_space(start), end)
    if first is None or word_class(first.group()) != "prep_pronoun":
        return start
    after = WORD.match(doc.norm, doc.skip_space(first.end()), end)
    if after is None:
        return start
    facts = word_facts(after.group(), doc.patterns)
    if not facts.opens or facts.clitic_preposition or facts.particle or facts.verb:
        return start
    return after.start()


#: The topic of a sentence: أما (or وأما) and a noun phrase up to the comma before the ف
#: of its clause (normalised text).
_TOPIC = re.compile(
    r"""
    (?<!\w)و?اما[ \t]+          # أما، وأما
    (?P<topic>[^,.:;!?\n]+?)    # the noun phrase (an apposition after a comma may follow)
    (?:
      [ \t]*,                   # the comma that closes it
    | [ \t]+(?=ف)               # or no comma, before a word in ف (أما صبحي فكتب)
    )
    """,
    re.VERBOSE,
)
#: فقد right before a verb (normalised): the ف of a topic's clause (أما هارون فقد صرح).
_FA_QAD = re.compile(r"(?<!\w)فقد[ \t]+\Z")


def _after_fa(norm: str, pos: int) -> bool:
    """Whether فقد stands right before the verb at ``pos``."""
    return _FA_QAD.search(norm, max(0, pos - 8), pos) is not None


def _topic(doc: Document, pos: int) -> tuple[int, int] | None:
    """The topic fronted with أما in the sentence of the cue at ``pos``, if any.

    In ``أما X، فقال`` (and ``أما X، Y، فكتب له قائلا``) X is the subject of the clause
    that ف opens, and of the participles in it: a correlative construction of Arabic.
    The topic must open its sentence (after a conjunction at most) and the ف-clause must
    follow its comma, an apposition or a setting between at most.
    """
    start = doc.sentence_start(pos)
    m = _TOPIC.match(doc.norm, start, pos + 1)  # the ف of the cue may close the topic
    if m is None:
        return None
    fa = None  # the first word of ف on a verb up to the cue (فقال، فكتب; not في، فرنسا)
    for w in WORD.finditer(doc.norm, m.end(), doc.sentence_end(pos)):
        if w.start() > pos:
            break
        if w.group()[:1] == "ف" and (
            w.start() == pos or w.group() == "فقد" or word_class(w.group()[1:]) == "verb"
        ):
            fa = w  # فقال، فقد صرح; the cue itself (فكتب: كتب reads as "books" too)
            break
    if fa is None or doc.norm.count(",", m.end(), fa.start()) > 2:
        return None  # no clause of ف opens after the topic (or one far from it)
    if fa.start() != pos and any(
        word_class(w.group()) == "verb" for w in WORD.finditer(doc.norm, fa.end(), pos)
    ):
        return None  # أما X، فرفض، وقال مسؤول آخر، مشيرا: another clause came between
    end = m.end("topic")
    if doc.norm[m.end() - 1] != ",":
        # no comma: the topic runs to the verb in ف (أما الرئيس فلاديمير بوتين فقال)
        end = fa.start()
    mention, _ = clean_mention(doc.norm, m.start("topic"), end, doc.patterns)
    return mention


def _described(doc: Document, hit: Hit) -> tuple[int, int] | None:
    """The indefinite noun a present-tense cue describes: هتافات تقول "...", رسالة تقول.

    A verb right after an indefinite noun is a clause that describes it (a صفة with no
    relative pronoun), so the noun is the subject. Only a feminine noun or a plural of
    things with a feminine verb is taken: a masculine word before يقول is too often the
    end of a longer subject (لاعبون سابقون يقولون).
    """
    before = list(WORD.finditer(doc.norm, max(0, hit.start - _DESCRIBED_REACH), hit.start))
    if not before or doc.norm[before[-1].end() : hit.start].strip() or hit.form.gender != "f":
        return None
    k = len(before) - 1
    while k > 0 and _indefinite_nisba(before[k].group()) and len(before) - k <= _ADJECTIVES:
        k -= 1  # تقارير استخباراتية أمريكية تقول: past the adjectives to the noun
    word = before[k].group()
    if (
        word.endswith(_FEMININE_NISBA)  # أمريكية، نسائية: an adjective of a longer phrase
        or word[0] in "بلك"  # بنص، لرسالة: a preposition's object
        or word.startswith("ال")
        or word_class(word) != "noun"
        or possessed(word)
        or not (word.endswith(("ة", "ات")) or (k < len(before) - 1 and noun_gender([word]) == "f"))
    ):
        return None
    return before[k].start(), before[-1].end()


def _indefinite_nisba(word: str) -> bool:
    """Whether ``word`` is an indefinite relative adjective of the feminine (أمريكية)."""
    return word.endswith(_FEMININE_NISBA) and not word.startswith("ال") and word[0] not in "بلك"


#: The endings of a feminine relative adjective, singular and plural (أمريكية، نسائيات).
_FEMININE_NISBA = ("ية", "يات")
#: How far back a described noun is read, and how many adjectives may follow it.
_DESCRIBED_REACH = 60
_ADJECTIVES = 3


def _relay_cue(doc: Document, hit: Hit) -> Hit | None:
    """The verb of relaying that is the cue of a verbal noun's quote (نقلت X عن Y قوله إن).

    The verbal noun is the object of that verb: the report is the relaying, so its verb
    signals the attribution; the source is still Y, after the preposition between them.
    Only for a verbal noun with a verb of relaying before it in its sentence, and the
    preposition of its source (عن، إلى، ل) between them.
    """
    found = _relaying_verb(doc, hit.start, finite=True)
    if found is None:
        return None
    word, form, _ = found
    return Hit(start=word.start(), end=word.end(), form=form, rule=hit.rule)


def _source_phrase(doc: Document, hit: Hit) -> Hit | None:
    """The whole phrase of a source word and its verb: حسبما قال، حسب ما قالت، وفق ما أكده.

    The verb read "as X said" after a word of comparison (حسبما، وفقما، مثلما، كما), or
    the verb after ما of a source word (بحسب ما نقلت، وفق ما أعلن): the two words say
    together that the clause is credited, as على حد قوله does, so the cue is the phrase.
    """
    lists, norm = doc.patterns.lists, doc.norm
    if hit.rule == "as":
        before = LAST_WORD.search(norm, max(0, hit.start - AS_LOOKBACK), hit.start)
        if before is None or not (before.group(1) in lists["as_word"] or before.group(1) == KAMA):
            return None
        return Hit(start=before.start(1), end=hit.end, form=hit.form, rule=hit.rule)
    if hit.form.form != "source":
        return None
    words = list(itertools.islice(WORD.finditer(norm, hit.end, hit.end + _LOOKBACK), 2))
    if len(words) < 2 or words[0].group() != MA or words[0].start() > hit.end + 1:
        return None
    verb = doc.patterns.forms.get(words[1].group())
    if verb is None or verb.form not in ("past", "present"):
        return None
    return Hit(start=hit.start, end=words[1].end(), form=hit.form, rule=hit.rule)


#: The forms of a cue that may tell how a verb before it in its clause said it.
_MANNER_FORMS = frozenset(("participle", "masdar"))


def _clause_verb(doc: Document, hit: Hit) -> Hit | None:
    """The verb of saying that opens the clause of a participle or verbal noun cue.

    وأضاف الوزير قائلا: "..."، وأضاف قوله، أعرب X، عن اعتقاده بأن: the nearest finite verb
    of saying earlier in the clause, when it is one whose object is the words themselves
    (``says_through``), is the report; the later word tells how it was said. The
    clause runs back to a comma (not one before the preposition that governs the verbal
    noun: أعرب X، عن اعتقاده), a colon, a quote mark or the sentence start; no complementizer
    may stand between (قالت إن ابنها ... مشددة على القول: the verb has a clause of its own)
    nor a relative pronoun before the verb (التي أكدت مشاركتها).
    """
    lists = doc.patterns.lists
    start = doc.sentence_start(hit.start)
    clause = start
    for m in _CLAUSE_BREAK.finditer(doc.norm, start, hit.start):
        if m.group() == ",":
            after = _GOVERNED_AFTER.match(doc.norm, m.end())
            if after is not None and after.end() == hit.start:
                continue  # أعرب X، عن اعتقاده: the subject ends, the complement goes on
        clause = m.end()
    forms = doc.patterns.forms
    prev = ""
    verb: Hit | None = None
    for word in WORD.finditer(doc.norm, clause, hit.start):
        w = word.group()
        if w.removeprefix("ب") in THAT_WORDS or w in lists["complementizer"]:
            verb = None  # the verb before has a clause of its own
        form = forms.get(w)
        if form is not None and form.form in ("past", "present") and prev not in lists["relative"]:
            # the nearest verb of saying: وأعرب عن عدم رضاه وقال مشيرا إلى: قال's manner
            verb = Hit(start=word.start(), end=word.end(), form=form, rule=hit.rule)
        prev = w
    return verb if verb is not None and verb.form.lemma in lists["says_through"] else None


#: What ends a clause: a comma, a colon, a semicolon, a quote mark (before a participle
#: cue; before a verb joined to the one before).
_CLAUSE_MARKS = frozenset(',:;"«»')
_CLAUSE_BREAK = re.compile("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "]")
#: A comma's next word that keeps the verb's clause going (أعرب X، عن اعتقاده: the subject
#: ends at the comma, the verb's complement follows): a preposition and a verbal noun.
_GOVERNED_AFTER = re.compile(
    r"""
    [ \t]*           # the space after the comma
    (?:عن|على|الى)   # a preposition a verb of stance governs (أعرب عن، أكد على)
    [ \t]+           # and the space before its verbal noun
    """,
    re.VERBOSE,
)


def _relayed(doc: Document, pos: int) -> tuple[int, int] | None:
    """The source of relayed speech: Y in نقل X عن Y قوله (the saying is Y's, not X's).

    Only when a verb of relaying (نقل، نسب) stands before the verbal noun at ``pos`` in
    its sentence, and the preposition of its source (عن، إلى، ل) between them.
    """
    found = _relaying_verb(doc, pos)
    if found is None:
        return None
    via = found[2]
    mention, _ = clean_mention(
        doc.norm, via.end(), pos, doc.patterns, after_clitic=via.group() == "ل"
    )
    return mention


def _relaying_verb(
    doc: Document, pos: int, *, finite: bool = False
) -> tuple[re.Match[str], Form, re.Match[str]] | None:
    """The first verb of relaying before ``pos`` in its sentence, its form and the preposition."""
    forms, relay = doc.patterns.forms, doc.patterns.lists["relay"]
    for word in WORD.finditer(doc.norm, doc.sentence_start(pos), pos):
        form = forms.get(word.group())
        if form is not None and form.lemma in relay and not (finite and form.form == "masdar"):
            via = relayed_from(doc.norm, doc.patterns, form.lemma, word.end(), pos)
            return None if via is None else (word, form, via)
    return None


def attribute_speakers(
    drafts: list[Draft],
    doc: Document,
    registry: Registry,
    *,
    resolve: bool,
    ranker: Ranker,
    min_confidence: float = 0.0,
) -> None:
    """Give each draft its mention, addressee and resolved speaker, in text order.

    A draft below ``min_confidence`` gets a speaker but is not taken as the latest speaker:
    it will be left out, so a later dropped subject must not point to it.

    Example:
        >>> from quotekit import extract_quotes
        >>> text = "وقال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا."
        >>> [(q.speaker.name, q.speaker.resolution) for q in extract_quotes(text)]
        [('الوزير', 'explicit'), ('الوزير', 'inherited')]
    """
    previous: Draft | None = None
    previous_entity: Entity | None = None
    previous_guessed = False  # whether the ranker chose the source of the draft before
    previous_at = -1  # where that source stands in ``chosen``
    chosen: list[Entity | None] = []
    contents: list[tuple[int, int]] = []  # of the drafts so far, in text order
    index = SourceIndex(doc, registry)
    for draft in drafts:
        hit = draft.hit
        draft.gender = hit.form.gender if hit else None
        if hit is not None and hit.form.form == "masdar":
            draft.relay = _relay_cue(doc, hit)
        if hit is not None and draft.relay is None:
            if hit.form.form in _MANNER_FORMS:
                draft.relay = _clause_verb(doc, hit)
            else:
                draft.relay = _source_phrase(doc, hit)
        _explicit_mention(draft, doc)
        if draft.mention is not None:
            draft.mention = registry.subject_span(draft.mention)
        gender = draft.gender
        use = not doc.repeated(draft.content[0]) and draft.confidence >= min_confidence
        entity: Entity | None = None
        guessed = False
        anaphor = doc.patterns.lists["anaphor"]
        if draft.mention is not None and doc.norm[draft.mention[0] : draft.mention[1]] in anaphor:
            # معاليه، الأخير: the mention points back to someone already named.
            if resolve:
                entity = _anaphor(doc, registry, draft.mention, gender, use=use)
                draft.resolution = "linked" if entity else None
        elif (
            resolve
            and draft.mention is not None
            and names_the_same(doc.norm, draft.mention, doc.patterns)
            and (last := next((e for e in reversed(chosen) if e is not None), None))
        ):
            entity = last  # وأضاف نفس المصدر، وحسب المصدر نفسه: the source just quoted
            if use:
                registry.use(entity)
            draft.resolution = "linked"
        elif draft.mention is not None and (issued := _issuer(doc, draft.mention)) is not None:
            # بيان أصدرته الخزانة: the statement speaks for its issuer.
            draft.mention = (draft.mention[0], issued[1])
            entity, _ = registry.resolve(issued, None, use=use)
            draft.resolution = "linked" if resolve else "explicit"
            if not resolve:
                entity = None
        elif (
            resolve
            and draft.mention is not None
            and (owner := _owner(doc, registry, draft.mention)) is not None
        ):
            entity = owner  # بيان للمجلس: the statement of a council already quoted
            if use:
                registry.use(entity)
            draft.resolution = "linked"
        elif draft.mention is not None:
            # Sources of a phrase (بحسب X) are not the people a dropped subject means, nor
            # are the speakers of a pull quote repeated from earlier in the article.
            document = (
                hit is not None and hit.rule == "source" and document_phrase(hit.form, doc.patterns)
            )
            # وجاء في الرسالة "..." وأضافت: a document that speaks goes on speaking, of
            # the gender its noun has (the phrase has none)
            phrase = hit is not None and hit.rule in ("source", "as") and not document
            draft.mention = registry.trim(draft.mention)
            if document:
                gender = noun_gender(WORD.findall(doc.norm, *draft.mention))
            known = registry.count
            entity, linked = registry.resolve(draft.mention, gender, use=use and not phrase)
            if (
                registry.count > known  # a source new to the document
                and previous_entity is not None
                and hit is not None
                and previous is not None
                and (
                    (
                        hit.form.form == "past"  # وأضاف، وتابع (يتابع: follows, no saying)
                        and hit.form.lemma in doc.patterns.lists["continue"]
                    )
                    or _named_after_lede(
                        doc, registry, hit, previous, previous_entity, entity, known
                    )
                )
                and not _named_since(doc, draft.mention, previous.content[1], hit.start)
                and (named := registry.carries_on(entity, previous_entity)) is not None
            ):
                # وأضافت سالي ديفيز after كبيرة المسؤولين الطبيين: the one who carries on
                registry.absorb(entity, previous_entity, named=named)
                entity, linked = previous_entity, True
                if use:
                    registry.use(entity)
            if use:
                entity.source_phrase = phrase
            draft.resolution = "linked" if linked and resolve else "explicit"
            if not resolve:
                entity = None
            elif (
                previous_guessed
                and _added_to(draft, previous, chosen[previous_at], entity, doc)
                # وقال في بيان إن ... وأضاف البيان: a document goes on from what was said
                # in it, by whoever said it
                and registry.type_of(entity) != "document"
            ):
                # وقال إن ... . وأضاف مانينغ أن: who adds goes on from what he said himself,
                # the dropped subject just before, whoever the ranker took it for
                chosen[previous_at] = entity
        elif resolve and not (
            hit is not None
            and hit.form.form == "masdar"
            and gender is None
            and hit.rule != "by-masdar"
        ):
            # A verbal noun with no possessive (وسط توقعات بأن) has no speaker to inherit;
            # one after ب that tells how the verb before it was done (ردت ... بدعوة) has the
            # subject of that verb (see _inherit).
            medium = _medium_source(doc, hit) if hit is not None else None
            if previous is not None and previous.hit is hit and hit is not None:
                entity = previous_entity  # قال "..." و"...": one cue, one speaker
            elif medium is not None:
                # أصدرت كوالكوم بيانا قالت فيه: who issued what the quote was said in.
                entity = registry.resolve(medium, gender, use=use)[0]
            elif (
                _same_subject(draft, previous, doc)
                and not _plural_for(draft, previous_entity, index)
            ) or (previous_entity is not None and _joined_verb(draft, previous, doc)):
                # وأضاف أن ...، مشيرا إلى: a participle's subject; التي أكدت أن ...، وقالت:
                # the subject of the verb it is joined to
                entity = previous_entity
            else:
                entity = _inherit(draft, previous, previous_entity, index, ranker, use, contents)
                guessed = entity is not None
            draft.resolution = "inherited" if entity else None
        chosen.append(entity)
        if entity is not None and draft.mention is not None and _in_statement(draft, doc):
            registry.statement = entity  # named, not inherited: وقال في بيان may guess
        if draft.confidence >= min_confidence and (
            not contents or draft.content[0] >= contents[-1][0]
        ):
            contents.append(draft.content)  # not a draft left out: وأشادت المحققة X بـ
        if use or previous is None:
            previous, previous_entity, previous_guessed = draft, entity, guessed
            previous_at = len(chosen) - 1
    _name(drafts, chosen, registry)


def _added_to(
    draft: Draft, previous: Draft | None, its: Entity | None, entity: Entity, doc: Document
) -> bool:
    """Whether the explicit subject of a verb of going on spoke the quote right before.

    وأضاف X، وتابع X: the verb says X adds to what X said, so a quote just before (no word
    between them) whose source ``its`` the ranker chose (a verb that opens its sentence
    with its subject dropped, وقال إن; a participle, قائلا) is X's too, when their cues
    agree in gender. ``entity`` is X.
    """
    hit = draft.hit
    if (
        previous is None
        or hit is None
        or its is None
        or its is entity
        or hit.form.form != "past"
        or hit.form.lemma not in doc.patterns.lists["continue"]
        or previous.hit is None
        or previous.hit.form.form not in ("past", "present", "participle")
        or previous.content[1] > hit.start
        or WORD.search(doc.norm, previous.content[1], hit.start) is not None
        # its verb opens its sentence (وقال إن): not a verb inside what another said
        or (
            previous.hit.form.form != "participle"
            and WORD.search(doc.norm, doc.sentence_start(previous.hit.start), previous.hit.start)
            is not None
        )
    ):
        return False
    theirs, ours = previous.hit.form.gender, hit.form.gender
    return theirs is None or ours is None or theirs == ours


def _named_after_lede(
    doc: Document,
    registry: Registry,
    hit: Hit,
    lede: Draft,
    described: Entity,
    entity: Entity,
    known: int,
) -> bool:
    """Whether ``entity``, the subject of ``hit``, is the lede's source named at last.

    News opens with what a source is (قال مدير هيئة الأرصاد إن) and names it in the next
    source it quotes, by the name alone, with no title or apposition (وقال كريم الهادي):
    the title said who it is. ``lede`` is the quote before, by ``described``: its mention
    stands in the article's first sentence; or, its subject dropped after a verb it is
    joined to (لكن رئيس المجلس يرفض الاستقالة ويقول إنه), its verb of saying, a past or a
    present, stands in the first two sentences (a lede that first says what happened, then
    quotes; not a participle, whose subject did something else: نظم القنصل معرضا، مؤكدا).
    ``entity`` is the second source the article meets (``known`` were met before it). A
    reply or a denial (ورد، أجاب، نفى) is another party's, and so is a source set against
    the lede (من جهته، في المقابل، بدوره).
    """
    if known != 1:
        return False
    first = doc.sentence_end(doc.body)
    if lede.mention is not None:
        late = lede.mention[0] >= first
    else:
        after = WORD.search(doc.norm, first)  # the second sentence opens at its first word
        second = len(doc.norm) if after is None else doc.sentence_end(after.start())
        late = (
            lede.hit is None
            or lede.hit.form.form not in ("past", "present")  # مؤكدا: a participle's subject
            or lede.hit.start >= second
        )
    if (
        late
        or hit.form.lemma in doc.patterns.lists["answer"]
        or hit.form.lemma in doc.patterns.lists["denial"]
    ):
        return False
    opening = WORD.findall(doc.norm, doc.sentence_start(hit.start), hit.start)
    return doc.patterns.lists["set_against"].isdisjoint(opening) and registry.names_anew(
        entity, described
    )


def _named_since(doc: Document, mention: tuple[int, int], start: int, end: int) -> bool:
    """Whether the last word of ``mention`` stands in ``[start, end)``.

    That is the text since the quote before: a source the writer introduced there
    (وكان عزام الأحمد ... وأضاف الأحمد) is not the one who spoke last, whatever وأضاف
    suggests.
    """
    words = WORD.findall(doc.norm, *mention)
    if not words or start >= end:
        return False
    last = words[-1]
    return any(w == last or w.endswith(last) for w in WORD.findall(doc.norm, start, end))


def _issuer(doc: Document, mention: tuple[int, int]) -> tuple[int, int] | None:
    """The issuer named right after a document that speaks: بيان أصدرته الخزانة الأميركية.

    Also بيان صادر عن الوزارة, a definite document described by a participle with the
    article (البيانات الصادرة عن البنك المركزي, as a relative clause describes it), and
    any indefinite document described by a verb that refers back to it with a pronoun (a
    صفة without a relative pronoun): حصيلة أعدتها فرانس برس، دراسة أجرتها الجامعة. The
    issuer ends where a noun phrase does (أمس، في).
    """
    lists = doc.patterns.lists
    noun = doc.norm[mention[0] : mention[1]]
    statement = noun in lists["statement"]
    if not statement and (" " in noun or entity_type((noun,)) != "document"):
        return None  # بلاغ is a statement that entity_type does not call a document
    words = WORD.finditer(doc.norm, mention[1], min(len(doc.norm), mention[1] + 200))
    verb = next(words, None)
    # البيانات الصادرة عن البنك المركزي: a participle with the article describes a definite
    # noun as a relative clause does, and names the issuer after عن
    definite_issued = (
        verb is not None
        and noun.startswith("ال")
        and verb.group().startswith("ال")
        and verb.group() in lists["issued"]
    )
    if verb is not None and noun.startswith("ال") and verb.group() in lists["relative"]:
        # البيانات التي نشرتها شركة ديزني: a definite document and the relative clause
        # that names who issued it
        verb = next(words, None)
    elif not statement and noun.startswith("ال") and not definite_issued:
        return None
    if verb is None:
        return None
    described = verb.group().endswith(("ه", "ها")) and word_class(verb.group()) == "verb"
    if not (described or definite_issued or (statement and verb.group() in lists["issued"])):
        return None
    start = verb.end()
    if verb.group().endswith(("صادر", "صادرة")):
        by = next(words, None)
        if by is None or by.group() != "عن":
            return None
        start = by.end()
    if any(c in ".,;:\n" for c in doc.norm[mention[1] : start]):
        return None
    issuer, _ = clean_mention(doc.norm, start, doc.sentence_end(start), doc.patterns)
    return issuer


def _owner(doc: Document, registry: Registry, mention: tuple[int, int]) -> Entity | None:
    """The known source whose statement a mention is: بيان للمجلس، بيان للصندوق.

    A statement with ل before its owner (a genitive of possession) speaks for that owner,
    when the owner is a source the document already knows; a statement of another
    (بيان للكنيست) stays the source.
    """
    first = WORD.search(doc.norm, *mention)
    if first is None or first.group() not in doc.patterns.lists["statement"]:
        return None  # the common case, told by the first word alone
    words = WORD.findall(doc.norm, *mention)
    if len(words) < 2:
        return None
    if not words[1].startswith("ل") or len(words[1]) <= 3:
        return None
    return registry.find_words([without_l(words[1]), *words[2:]])


#: How many words before such a cue its medium and the verb that issued it are looked for.
_MEDIUM_REACH = 14
#: How many words before it an interview is looked for (its guest's clause may be long).
_INTERVIEW_REACH = 24


def _medium_source(doc: Document, hit: Hit) -> tuple[int, int] | None:
    """The subject of the verb that issued a medium the quote was said in.

    أصدرت كوالكوم بيانا قالت فيه إنها ...، نشر آل الشيخ تغريدة قال فيها: the cue, followed
    by فيه/فيها, describes the medium (بيانا، تغريدة) without a relative pronoun; its
    speaker is the subject between the verb and the medium. A document that speaks (جاء
    فيه، ورد فيه) that no one in the sentence issued is the source itself.
    """
    after = WORD.match(doc.norm, doc.skip_space(hit.end))
    # قال فيه: said in something just named; نشر الاتحاد تقريرا يشيد بـ: a present verb
    # right after an indefinite document, with no pronoun back to it, is its adjective
    # clause: the document says it, for whoever issued it
    in_it = after is not None and after.group() in IN_IT
    described = not in_it and _described_medium(doc, hit)
    if not (in_it or described):
        return None
    media = doc.patterns.lists["medium"]
    words = list(WORD.finditer(doc.norm, doc.sentence_start(hit.start), hit.start))
    words = words[-_INTERVIEW_REACH:]
    near = max(0, len(words) - _MEDIUM_REACH)  # the first word a medium and its verb may be
    if described:
        return _issuer_before(doc, words, len(words) - 1, near)
    for k in range(len(words) - 1, -1, -1):
        if not _noun_in(words[k].group(), media):
            continue
        span = _interviewed(doc, words, k, hit) or _owner_after(doc, words, k, hit)
        if span is not None:
            return span
        if k < near:
            return None
        span = _issuer_before(doc, words, k, near)
        speaks = doc.patterns.lists["in_medium"]
        # ورد فيه: the verb ورد, though the lexicon also reads و + رد (replied)
        if span is None and (hit.form.lemma in speaks or doc.norm[hit.start : hit.end] in speaks):
            # مقال نشر في صحيفة X ورد فيه أن: no one issued it in the sentence; the
            # document itself is the source.
            span, _ = clean_mention(
                doc.norm, words[k].start(), hit.start, doc.patterns, find_addressee=False
            )
        return span
    return None


def _issuer_before(
    doc: Document, words: Sequence[re.Match[str]], k: int, near: int
) -> tuple[int, int] | None:
    """The subject between the verb that issued the medium at ``words[k]`` and the medium.

    أصدرت كوالكوم بيانا: كوالكوم; none when the verb stands right before the medium
    (أصدرت بيانا: the subject is dropped too) or no verb stands from ``near`` on.
    """
    for v in range(k - 1, near - 1, -1):
        if word_class(words[v].group()) == "verb":
            if v + 1 == k:
                return None
            span, _ = clean_mention(
                doc.norm, words[v + 1].start(), words[k].start(), doc.patterns, find_addressee=False
            )
            return span
    return None


def _described_medium(doc: Document, hit: Hit) -> bool:
    """Whether the present cue ``hit`` comes right after an indefinite medium it describes.

    تقريرا يشيد، بيانا يؤكد، تغريدة تقول: a medium or a document in the accusative, the
    verb agreeing with it in gender; spaces alone between them (no comma, no mark).
    """
    if hit.form.form != "present":
        return False
    before = LAST_WORD.search(doc.norm, max(0, hit.start - _LOOKBACK), hit.start)
    if before is None:
        return False
    noun = before.group(1)
    if noun.endswith("ا"):
        noun = noun[:-1]  # تقريرا: the accusative ending
    elif not noun.endswith("ة"):
        return False  # neither in the accusative (تقريرا) nor feminine (تغريدة)
    if noun.startswith("ال") or not (
        noun in doc.patterns.lists["medium"] or entity_type((noun,)) == "document"
    ):
        return False
    return noun_gender((noun,)) == (hit.form.gender or "m")


def _owner_after(
    doc: Document, words: Sequence[re.Match[str]], k: int, hit: Hit
) -> tuple[int, int] | None:
    """Whose a medium is, when a clitic ل names its owner right after it.

    في أعقاب تصريح لرئيس السلطة القضائية قال فيه: a statement of the head of the
    judiciary, in which he said; not the press it was made to (تصريح لصحيفة: see
    :func:`~quotekit.mentions.clean_mention`'s addressee).
    """
    if k + 1 >= len(words):
        return None
    owner = words[k + 1]
    word = owner.group()
    if word[:1] != "ل" or word.startswith("لل") or len(word) < 4:
        return None
    bare = word[1:]
    if not person_title(bare, doc.patterns):
        return None  # لوكالة، لصحيفة: to whom it was made; لأسباب: no owner
    span, _ = clean_mention(
        doc.norm, owner.start() + 1, hit.start, doc.patterns, find_addressee=False
    )
    return span


def _subject_past_relative(doc: Document, hit: Hit) -> tuple[int, int] | None:
    """The subject after كان, before a relative clause set off by commas and the cue.

    وكان المهاجم X، الذي سجل أمام إنكلترا، صرح: the subject of the pluperfect stands
    before the clause that describes it; the relative pronoun agrees with the verb.
    """
    norm = doc.norm
    comma = hit.start - 1
    while comma >= 0 and norm[comma] in " \t":
        comma -= 1  # past the spaces before the verb, read back from it (never the text)
    if comma < 0 or norm[comma] != ",":
        return None
    sentence = doc.sentence_start(hit.start)
    opening = norm.rfind(",", sentence, comma)
    if opening < 0:
        return None
    relative = WORD.match(norm, doc.skip_space(opening + 1))
    if relative is None or relative.group() not in RELATIVES:
        return None
    if not _agrees(relative.group(), hit):
        return None
    words = WORD.findall(norm, relative.end(), comma)
    if len(words) > _RELATIVE_WORDS or any(w in doc.patterns.speech_words for w in words):
        return None
    return subject_after_was(norm, opening, doc.patterns)


def _described_topic(doc: Document, hit: Hit) -> tuple[int, int] | None:
    """The noun that opens the sentence before a relative clause and its verb.

    والشخص الذي أجاب على الهاتف قال، والمسؤول، الذي رفض الكشف عن اسمه، قال: a definite
    noun and the clause that tells which it is, when the relative pronoun agrees with the
    verb and the clause reports nothing of its own; a name with its description in commas
    (:func:`_named_before_relative`). A person's title there points back to one met before,
    whom the ranker finds.
    """
    norm = doc.norm
    sentence = doc.sentence_start(hit.start)
    most = _RELATIVE_WORDS + 8
    # one word more than the most (and one for لكن) tells a sentence too long to read
    words = list(itertools.islice(WORD.finditer(norm, sentence, hit.start), most + 2))
    if words and words[0].group() in BUT:
        words = words[1:]  # لكن دوتي لوكس ...: the noun of لكنّ opens the clause
    if not 3 <= len(words) <= most:
        return None
    named = _named_before_relative(doc, words, hit)
    if named is not None:
        return named
    head = words[0].group()
    bare = head[1:] if head.startswith("وال") else head
    k = next((i for i, w in enumerate(words[1:4], 1) if w.group() in RELATIVES), None)
    if k is None or not bare.startswith("ال") or not can_open(bare, doc.patterns):
        return None
    if person_title(bare, doc.patterns):
        return None  # ولكن المهاجم الذي سجل خمسة أهداف قال: the scorer met before
    relative = words[k].group()
    if not _agrees(relative, hit) or (
        relative not in SINGULAR_RELATIVES and hit.form.number == "s"
    ):
        return None
    clause = words[k + 1 :]
    if not clause or _reports(clause):
        return None  # a reported clause of its own: the relative said something too
    if not all(c.isalnum() or c in " \t," for c in norm[words[0].end() : words[-1].end()]):
        return None  # marks, a stop or a colon: no single noun phrase
    return words[0].start() + (len(head) - len(bare)), words[-1].end()


def _named_before_relative(
    doc: Document, words: list[re.Match[str]], hit: Hit
) -> tuple[int, int] | None:
    """A name that opens the sentence, its description in commas, then a relative clause.

    لكن دوتي لوكس، منظمة حفلات، والتي تقود حملات ضد فيسبوك، أكدت: the name is the subject;
    the description and the relative clause (agreeing with the verb, no reported clause
    of its own) tell who she is.
    """
    norm = doc.norm
    k = 0
    facts = facts_of(doc.patterns)
    while k < min(len(words), _NAME_WORDS) and (
        facts[words[k].group()].name_like and not facts[words[k].group()].article
    ):
        k += 1
    if k == 0 or k == len(words) or norm[words[k - 1].end() : words[k].start()].strip() != ",":
        return None
    rel = next(
        (j for j in range(k, min(len(words), k + _DESCRIPTION_WORDS)) if _relative(words[j])),
        None,
    )
    if rel is None or norm.count(",", words[k - 1].end(), words[rel].start()) != 2:
        return None  # the description between two commas, right before the relative
    relative = words[rel].group().removeprefix("و")
    if not _agrees(relative, hit):
        return None
    clause = words[rel + 1 :]
    if not clause or len(clause) > _RELATIVE_WORDS or _reports(clause):
        return None
    return words[0].start(), words[k - 1].end()


def _relative(word: re.Match[str]) -> bool:
    """Whether ``word`` is a singular relative pronoun, with و or without (والتي)."""
    return word.group().removeprefix("و") in SINGULAR_RELATIVES


def _agrees(relative: str, hit: Hit) -> bool:
    """Whether a relative pronoun agrees in gender with the cue's verb (التي: she)."""
    return (relative == _FEMININE_RELATIVE) == (hit.form.gender == "f")


def _reports(clause: Sequence[re.Match[str]]) -> bool:
    """Whether a clause holds a complementizer (أن، بأنه): a reported clause of its own."""
    return any(w.group().removeprefix("ب") in THAT_WORDS for w in clause)


#: The most words of a name that opens a sentence before its description.
_NAME_WORDS = 4
#: The most words of a description set off by commas before a relative clause.
_DESCRIPTION_WORDS = 8
#: The most words of a relative clause between a subject after كان and its verb.
_RELATIVE_WORDS = 12
#: The feminine singular relative pronoun, normalised.
_FEMININE_RELATIVE = "التي"


def _interviewed(
    doc: Document, words: Sequence[re.Match[str]], k: int, hit: Hit
) -> tuple[int, int] | None:
    """Who an interview at ``words[k]`` was held with, when that one speaks in it.

    أجرى المراسل مقابلة مع القيادي X، قال فيها: the one the interview was held with, not
    who held it; not the press (أجرى الوزير مقابلة مع قناة X قال فيها: the minister).
    """
    if not _noun_in(words[k].group(), doc.patterns.lists["interview"]):
        return None
    if k + 2 >= len(words) or words[k + 1].group() != _WITH:
        return None
    span, _ = clean_mention(
        doc.norm, words[k + 2].start(), hit.start, doc.patterns, find_addressee=False
    )
    if span is None or entity_type(WORD.findall(doc.norm, *span)) != "person":
        return None
    return span


#: The preposition of whom an interview is held with, normalised.
_WITH = "مع"


def _noun_in(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``nouns``, or one in the accusative (بيانا، مقابلة)."""
    return word in nouns or (word.endswith("ا") and word[:-1] in nouns)


def _in_statement(draft: Draft, doc: Document) -> bool:
    """Whether the words after a quote's cue name a statement (في بيان).

    Those before the content, or, when the content comes first (..., وفقا لما أعلنه القصر
    في بيان له.), those up to the sentence's end.
    """
    hit = draft.hit
    if hit is None:
        return False
    statement = doc.patterns.lists["statement"]
    end = draft.content[0] if draft.content[0] > hit.start else doc.sentence_end(hit.end)
    for w in WORD.findall(doc.norm, hit.end, min(end, hit.end + 120)):
        if w in statement or w[1:] in statement:
            return True
    return False


def _same_subject(draft: Draft, previous: Draft | None, doc: Document) -> bool:
    """Whether a participle cue describes the subject of the quote right before it.

    A circumstantial participle (الحال: مشيرا، مضيفة، مؤكدين) has the subject of the
    verb it follows: when the quote before it stands in the same sentence and its cue
    agrees with the participle in gender and number, that is the same source.
    """
    hit = draft.hit
    if hit is None or hit.form.form != "participle" or previous is None or previous.hit is None:
        return False
    return previous.hit.form.form != "participle" and _agree_in_sentence(hit, previous.hit, doc)


def _plural_for(draft: Draft, entity: Entity | None, index: SourceIndex) -> bool:
    """Whether ``entity``, a plural, cannot be what a masculine singular participle describes.

    ويقول محللون إن ...، مضيفا: a verb before its subject stays singular (ويقول محللون),
    so the two cues agree; the participle, whose subject is a pronoun, does not (a plural
    of persons takes مضيفين, one of things مضيفة). See :meth:`SourceIndex.plural`.
    """
    hit = draft.hit
    return (
        hit is not None
        and entity is not None
        and hit.form.gender == "m"
        and hit.form.number == "s"
        and index.plural(entity)
    )


def _joined_cue(hit: Hit, doc: Document) -> bool:
    """Whether ``hit`` is a finite verb with the conjunction و (وقالت، ووصفتها)."""
    return hit.form.form in ("past", "present") and doc.norm[hit.start : hit.start + 1] == "و"


def _agree_in_sentence(hit: Hit, before: Hit, doc: Document) -> bool:
    """Whether the cue ``before`` stands in the sentence of ``hit`` and agrees with it.

    In gender and number, either of them unknown agreeing with anything.
    """
    return (
        before.start >= doc.sentence_start(hit.start)
        and before.form.gender in (None, hit.form.gender)
        and before.form.number in (None, hit.form.number)
    )


#: What may stand between a quote's content and a verb joined to its cue (normalised
#: text): spaces, a comma, a quote mark; read as a run from the content's end, so that the
#: test costs what the run holds, not the distance to the verb.
_JOIN_GAP = re.compile(r'[ \t,"«»]*')


def _only_gap(norm: str, start: int, end: int, gap: re.Pattern[str] = _JOIN_GAP) -> bool:
    """Whether ``norm[start:end]`` holds nothing but what ``gap`` allows (a run of it)."""
    if start >= end:
        return True
    run = gap.match(norm, start, end)
    return run is not None and run.end() == end


def _joined_verb(draft: Draft, previous: Draft | None, doc: Document) -> bool:
    """Whether a dropped-subject verb is joined by و to the cue of the quote right before.

    التي أكدت أنها سعيدة بالغناء، وقالت: a verb with و that follows the content of a quote
    in its sentence, with nothing but a comma or a closing mark between, is joined to that
    quote's cue and shares its subject, when the two agree in gender and number.
    """
    hit = draft.hit
    if (
        hit is None
        or not _joined_cue(hit, doc)
        or previous is None
        or previous.hit is None
        or not _only_gap(doc.norm, previous.content[1], hit.start)
    ):
        return False
    return _agree_in_sentence(hit, previous.hit, doc)


#: The most words of a verb's object between it and a verb joined to it by و.
_OBJECT_WORDS = 5


def _joined_subject(hit: Hit | None, found: Sequence[Candidate], doc: Document) -> Candidate | None:
    """The subject before the verb that a dropped-subject cue is joined to by و, if any.

    لكن كندا رفضت الانتقادات ووصفتها بأنها: a verb joined by و to the verb before it in
    its sentence shares that verb's subject. Taken when the subject stands right before
    that verb, agrees with the cue, and only the first verb and its object (no comma, mark
    or other verb) stand between it and the cue; the nearest such subject first.
    """
    if hit is not None and hit.form.form in ("past", "present") and doc.norm[hit.start] == "ف":
        # كما تتهمها الأم ... فتقول: the verb that ف joins follows the one before it and
        # shares its subject, when the two verbs agree in gender
        joined = _joined_after_verb(hit, found, doc, doc.sentence_start(hit.start))
        if joined is None or joined.span is None:
            return None
        verb = WORD.findall(doc.norm, max(0, joined.span[0] - _LOOKBACK), joined.span[0])[-1:]
        if not verb or verb_gender(verb[0]) != hit.form.gender:
            return None
        return joined
    if hit is None or not _joined_cue(hit, doc):
        return None
    start = doc.sentence_start(hit.start)
    subjects = [
        (span, c)
        for span, c in _placed(found, start, hit.start)
        if "before_verb" in c.features and _NOT_SUBJECT.isdisjoint(c.features)
    ]
    facts = facts_of(doc.patterns)
    # the nearest first: the first verb's object may stand before the joined verb too
    for span, candidate in sorted(subjects, key=lambda pair: -pair[0][0]):
        between = doc.norm[span[1] : hit.start]
        words = WORD.findall(between)
        if (
            _CLAUSE_MARKS.isdisjoint(between)
            and 1 < len(words) <= _OBJECT_WORDS + 1
            and facts[words[0]].clause_verb
            and not any(facts[w].clause_verb for w in words[1:])
        ):
            return candidate
    return _joined_after_verb(hit, found, doc, start)


def _placed(
    found: Sequence[Candidate], start: int, end: int
) -> Iterator[tuple[tuple[int, int], Candidate]]:
    """The candidates of ``found`` between ``start`` and ``end``, each with its span.

    The mention starts at ``start`` or after and ends before ``end`` (not at it).
    """
    for c in found:
        if c.span is not None and start <= c.span[0] and c.span[1] < end:
            yield c.span, c


#: Features of a candidate that is no subject of the cue: it disagrees with the verb, or
#: it stands inside the quoted words.
_NOT_SUBJECT = frozenset(("gender_mismatch", "plural_mismatch", "in_content"))
#: Words that open a clause whose verb comes first (normalised): أن، لم، لن، قد، ثم، حين، كما.
_VERB_OPENERS = frozenset(
    ("ان", "لم", "لن", "قد", "لقد", "سوف", "ثم", "حين", "عندما", "حينما", "كما")
)


def _joined_after_verb(
    hit: Hit, found: Sequence[Candidate], doc: Document, start: int
) -> Candidate | None:
    """The subject right after the verb that a dropped-subject cue is joined to by و.

    قبل أن يتدخل المدير الفني للمنتخب، تيتي، ويقول: the verb first, then its subject (a
    name in apposition after it, or the verb's object, and no other verb between it and
    the cue), shares it with the verb joined to it. The nearest such subject, when it
    agrees with the cue.
    """
    after = [
        (span, c)
        for span, c in _placed(found, start, hit.start)
        if not _SUBJECT_AFTER.isdisjoint(c.features)
    ]
    if not after:
        return None
    span, nearest = max(after, key=lambda pair: pair[0][0])
    if not _NOT_SUBJECT.isdisjoint(nearest.features):
        return None
    if "after_opening_verb" not in nearest.features:
        # a verb inside the sentence has its subject after it only when it opens a clause
        # of its own (قبل أن يتدخل المدرب); after a subject (المعارضة ... ترفض الاتفاق) the
        # phrase after it is its object
        before = WORD.findall(doc.norm, max(0, span[0] - _LOOKBACK), span[0])
        if len(before) < 2 or before[-2] not in _VERB_OPENERS:
            return None
    between = doc.norm[span[1] : hit.start].strip()
    # an apposition alone between commas (، تيتي،), or marks of no kind
    apposition = between[:1] == "," and between[-1:] == "," and between.count(",") == 2
    words = WORD.findall(between)
    facts = facts_of(doc.patterns)
    if (
        (apposition or _CLAUSE_MARKS.isdisjoint(between))
        and len(words) <= _OBJECT_WORDS
        and not any(facts[w].clause_verb for w in words)
    ):
        return nearest
    return None


def _finite_alone(hit: Hit | None, doc: Document) -> TypeGuard[Hit]:
    """Whether ``hit`` is a finite verb with no conjunction on it (قال، يقول; not وقال).

    Such a verb right after a phrase takes that phrase, or the clause before it, as its
    subject; one joined by و or ف goes on from a clause of its own.
    """
    return (
        hit is not None
        and hit.form.form in ("past", "present")
        and doc.norm[hit.start : hit.start + 1] not in _CONJUNCTIONS
    )


def _topic_before_relative(
    hit: Hit | None, found: Sequence[Candidate], doc: Document
) -> Candidate | None:
    """The phrase that opens the sentence, described by a relative clause, as its verb's subject.

    فابيوس الذي غالبا ما رفع شروطه في وجه ظريف يقول: a topic (مبتدأ) that a relative
    clause describes, then a finite verb with no conjunction: the verb is the topic's
    predicate, so the topic is its subject, not a noun at the end of the relative clause
    right before the verb. Taken when the relative pronoun follows the topic (a comma may
    stand between) and agrees with the cue in gender, the topic agrees with the cue, the
    relative clause holds a verb of its own, and no complementizer, clause opener or
    colon stands between the pronoun and the cue (there the verb has a clause of its own).
    """
    if not _finite_alone(hit, doc):
        return None
    norm = doc.norm
    start = doc.sentence_start(hit.start)
    first = next(_placed(found, start, hit.start), None)
    if first is None:
        return None
    span, topic = first
    features = topic.features
    if (
        "sentence_initial" not in features
        or "before_relative" not in features
        or not _agreeing_subject(features)
    ):
        return None
    words = list(WORD.finditer(norm, span[1], hit.start))
    if len(words) < 3 or words[0].group() not in SINGULAR_RELATIVES:
        return None
    if FEMININE_RELATIVE[words[0].group()] != (hit.form.gender == "f"):
        return None
    between = norm[words[0].end() : hit.start]
    facts = facts_of(doc.patterns)
    inner = [w.group() for w in words[1:]]
    if (
        ":" in between
        or ";" in between
        or not any(facts[w].clause_verb for w in inner)
        or any(w in THAT_WORDS or w in _VERB_OPENERS or w in RELATIVES for w in inner)
    ):
        return None
    return topic


def _adjacent_subject(
    hit: Hit | None, found: Sequence[Candidate], doc: Document
) -> Candidate | None:
    """The noun phrase right before a finite cue that agrees with it: its subject.

    A finite verb with no conjunction right after a noun phrase is said by it: the
    subject of a clause that opens with its noun (ولكن الرابطة قالت، وكانت الشرطة قالت)
    or of a clause that describes an indefinite noun (رسائل من أشخاص قالوا إنها). Taken
    when nothing but spaces stands between, and the phrase agrees with the verb in number
    and gender (one of them told by the noun). A definite phrase after a preposition or a
    word is no subject there (لدى أجهزة المخابرات قالت): only an indefinite one takes a
    clause that describes it; nor is a definite common noun, no source (عن خططها
    المستقبلية أشارت).
    """
    if not _finite_alone(hit, doc):
        return None
    norm = doc.norm
    for candidate in found:
        span = candidate.span
        features = candidate.features
        if (
            "before_verb" in features  # the cheap tests first: most candidates fail them
            and _agreeing_subject(features)
            and span is not None
            and span[1] < hit.start
            and _only_gap(norm, span[1], hit.start, _SPACES)
            and not (
                ("common_head" in features or _AFTER_WORDS.intersection(features))
                and any(w.startswith("ال") for w in WORD.findall(norm, *span)[:2])
            )
        ):
            return candidate
    return None


def _past_pronoun_subject(
    hit: Hit | None, found: list[Candidate], doc: Document
) -> list[Candidate]:
    """The candidates of ``found`` but those inside a clause whose subject is a pronoun.

    لكنه دفع لمغادرة تنظيم "داعش" ...، مضيفا: a circumstantial participle describes the
    subject of the verb before it, here the pronoun (لكنه، وهو): the nouns after that verb
    are its objects and complements, none the participle's subject. Read when no other
    verb stands between that verb and the cue.
    """
    if hit is None or hit.form.form != "participle":
        return found
    norm = doc.norm
    start = doc.sentence_start(hit.start)
    facts = facts_of(doc.patterns)
    words = list(WORD.finditer(norm, start, hit.start))
    for k in range(len(words) - 1, 0, -1):
        if facts[words[k].group()].clause_verb:
            if words[k - 1].group() not in PRONOUN_SUBJECTS:
                return found  # the nearest verb has no pronoun for its subject
            after = words[k].end()
            return [c for c in found if c.span is None or not after <= c.span[0] < hit.start]
    return found


def _singular_antecedents(hit: Hit | None, found: list[Candidate]) -> list[Candidate]:
    """The candidates of ``found`` a masculine singular cue with no subject may stand for.

    Its subject is a pronoun, هو, which agrees with what it stands for: a plural of
    persons is هم (وقالوا، مضيفين) and one of things هي, so a plural (محللون، منتقدو
    الخطوة) is no antecedent of وقال or مضيفا. A verb before its subject stays singular
    (ويقول محللون), which is why the cue's own number says so only without a subject.
    """
    if hit is None or hit.form.gender != "m" or hit.form.number != "s":
        return found
    return [c for c in found if "plural_mismatch" not in c.features]


def _previous_sentence_subject(
    hit: Hit | None, found: Sequence[Candidate], doc: Document
) -> Candidate | None:
    """The named subject of the sentence before, for a verb that opens its sentence.

    وتعيش سلمى الخطيب في المدينة منذ عشرين عاما. وتقول لوكالة الأنباء: a sentence that
    opens with a verb (joined by و or not) and no subject of its own goes on from the
    sentence before; when that sentence quotes nobody (no cue in it), the person it is
    about, the name right after its opening verb or opening it before its verb, is the one
    who speaks now, not the speaker quoted before it. Taken when that name agrees with
    the cue and holds no accusative word (بدا مارتينيز مقتنعا: the state is no part of
    the name).
    """
    if hit is None or hit.form.form not in ("past", "present"):
        return None
    start = doc.sentence_start(hit.start)
    if start == 0 or WORD.search(doc.norm, start, hit.start) is not None:
        return None  # the cue does not open its sentence
    end = start
    while end > 0 and doc.norm[end - 1].isspace():
        end -= 1  # back past the spaces, to the mark that ends the sentence before
    before = doc.sentence_start(max(0, end - 1))
    if before >= start or doc.cue_between(before, start):
        return None
    for span, candidate in _placed(found, before, start):
        features = candidate.features
        if (
            ("after_opening_verb" in features or _OPENING_SUBJECT.issubset(features))
            and "proper_name" in features
            and _agreeing_subject(features)
            and not any(_accusative(w, doc) for w in WORD.findall(doc.norm, *span))
        ):
            return candidate
    return None


def _accusative(word: str, doc: Document) -> bool:
    """Whether ``word`` is indefinite with the alif of the accusative (مطولا، مقتنعا).

    Such a word is an adverb or a state (حال), never a subject nor part of its name; a
    given name that ends so (أنجيلا) is none.
    """
    return (
        len(word) > 2
        and word.endswith("ا")
        and not word.startswith("ال")
        and not word_facts(word, doc.patterns).given
    )


def _described_by_clause(
    hit: Hit | None, found: Sequence[Candidate], doc: Document
) -> Candidate | None:
    """The indefinite noun that a clause describes, right before a finite cue, as its subject.

    صدر مرسوم رئاسي نقلته الإذاعة يفيد بأن، تقرير نشرته رويترز أشار إلى أن: an indefinite
    noun takes a clause with no relative pronoun that describes it, whose verb holds a
    pronoun for it; a finite cue right after that clause, with no conjunction, describes
    the noun too: the noun is its subject. Taken when the pronoun agrees with the cue in
    gender, the noun does not disagree with it, and the clause is its verb and a subject
    of a few words, with no comma.
    """
    if not _finite_alone(hit, doc):
        return None
    norm = doc.norm
    facts = facts_of(doc.patterns)
    pronoun = "ها" if hit.form.gender == "f" else "ه"
    start = doc.sentence_start(hit.start)
    best = None
    for span, candidate in _placed(found, start, hit.start):
        between = norm[span[1] : hit.start]
        words = WORD.findall(between)
        if (
            2 <= len(words) <= _OBJECT_WORDS
            and _CLAUSE_STOPS.isdisjoint(between)  # its subject may stand in marks
            and facts[words[0]].finite
            and words[0].endswith(pronoun)
            and not any(facts[w].clause_verb for w in words[1:])
            and not norm.startswith("ال", span[0])
            and _NOT_SUBJECT.isdisjoint(candidate.features)
        ):
            best = candidate  # the nearest to the cue, read last
    if best is not None and best.span is not None:
        issuer = _issuer(doc, best.span)
        if issuer is not None:
            # تقرير نشرته رويترز أشار: a document speaks for whom the clause names as its
            # issuer, as an explicit subject does
            return Candidate(span=issuer, entity=None, features=best.features, mapped=best.mapped)
    return best


def _topic_of_as_for(
    hit: Hit | None, found: Sequence[Candidate], doc: Document
) -> Candidate | None:
    """The topic after أمّا that opens the cue's sentence, when it agrees with the cue.

    وأما آخر من التقيتهم، فقد حرق ...، ويقول: what follows the topic of أمّا, after its
    comma and ف, is said of it; a verb there with no subject of its own has the topic for
    its subject. Taken when no phrase after another verb that agrees with the cue (a
    subject of its own) stands between the topic and the cue.
    """
    if hit is None:
        return None
    norm = doc.norm
    start = doc.sentence_start(hit.start)
    opening = WORD.search(norm, start, hit.start)
    if opening is None or opening.group() not in AS_FOR:
        return None  # most sentences: no أمّا opens them
    placed = list(_placed(found, start, hit.start))
    for k, (span, candidate) in enumerate(placed):
        features = candidate.features
        if "sentence_initial" not in features:
            continue
        before = WORD.findall(norm, start, span[0])
        comma = norm.find(",", span[1], hit.start)
        if (
            len(before) == 1
            and before[0] in AS_FOR
            and comma >= 0
            and _AS_FOR_PREDICATE.match(norm, comma) is not None
            and _NOT_SUBJECT.isdisjoint(features)
            and not any(
                not _SUBJECT_AFTER.isdisjoint(c.features) and not _AGREES.isdisjoint(c.features)
                for _, c in placed[k + 1 :]
            )
        ):
            return candidate
        return None
    return None


#: Punctuation that ends a clause (a mark around a name does not).
_CLAUSE_STOPS = frozenset(",:;")
#: What follows the topic of أمّا and what describes it: a comma, then the ف of its
#: predicate (read from the first comma after the topic's head).
_AS_FOR_PREDICATE = re.compile(r",[ \t]*ف")
#: The features of a verb's subject after its verb.
_SUBJECT_AFTER = frozenset(("after_opening_verb", "after_verb"))


def _agreeing_subject(features: Mapping[str, float]) -> bool:
    """Whether a candidate agrees with its cue and nothing marks it as no subject."""
    return not _AGREES.isdisjoint(features) and _NOT_SUBJECT.isdisjoint(features)


#: The features of a phrase that agrees with the cue.
_AGREES = frozenset(("gender_match", "plural_match"))


def _main_subject(
    hit: Hit | None, found: Sequence[Candidate], doc: Document, *, agree: bool = True
) -> Candidate | None:
    """The subject of the verb that opens the sentence of a participle cue, when it agrees.

    لكن فابيوس نفى ذلك ...، قائلا: a circumstantial participle (حال) describes the subject
    of the verb of its clause, and so does the pronoun of a verbal noun (بقوله). Taken when
    that subject (right after the opening verb, or opening the sentence before its verb)
    stands in the cue's sentence and agrees with it; with ``agree`` false, whatever its
    gender (a verbal noun after ب, which has none), and past the verb of a relative clause
    closed by a comma.
    """
    if hit is None or hit.form.form not in _MANNER_FORMS:
        return None
    start = doc.sentence_start(hit.start)
    facts = facts_of(doc.patterns)
    for span, candidate in _placed(found, start, hit.start):
        features = candidate.features
        opening = "after_opening_verb" in features
        if (
            (opening or _OPENING_SUBJECT.issubset(features))
            and (not agree or not _AGREES.isdisjoint(features))
            and _NOT_SUBJECT.isdisjoint(features)
        ):
            # no other clause's verb between: the participle describes the subject of the
            # nearest verb before it (وقرر بينيتيز ...، فما كان من رونالدو إلا أن ... مشيرا)
            found_words = list(WORD.finditer(doc.norm, span[1], hit.start))
            words = [w.group() for w in found_words]
            verbs = [facts[w].clause_verb for w in words]
            if not agree:
                # the verb of a relative clause (الملف الذي أودعته قطر) describes a noun of
                # the clause; a verbal noun after ب and a comma that closes it still tells how
                # the main verb was done; one inside it, how the clause's (التي قوبلت برد)
                if any(
                    w.group() in RELATIVES and "," not in doc.norm[w.end() : hit.start]
                    for w in found_words
                ):
                    continue
                verbs = [v and not (k and words[k - 1] in RELATIVES) for k, v in enumerate(verbs)]
            if not any(verbs[0 if opening else 1 :]) and (opening or (verbs and verbs[0])):
                return candidate
    return None


#: The features of a subject that opens its sentence before its verb.
_OPENING_SUBJECT = frozenset(("sentence_initial", "before_verb"))


def _relative_subject(
    hit: Hit | None, found: Sequence[Candidate], doc: Document
) -> Candidate | None:
    """The antecedent of a relative pronoun right before a finite cue with no subject.

    أمام القاضي الذي يسأله "..."، قائد المنتخب هوغو لوريس، والذي قال: a verb that opens a
    relative clause, with no subject after it, is said by the noun the pronoun stands for:
    the phrase right before the pronoun (a comma may stand between), when it agrees with
    the verb and the pronoun does (not الوضع الذي قالت إنه: what she said it is).
    """
    if hit is None or hit.form.form not in ("past", "present"):
        return None
    norm = doc.norm
    pronoun = _RELATIVE_BEFORE.search(norm, max(0, hit.start - _RELATIVE_REACH), hit.start)
    if pronoun is None or FEMININE_RELATIVE[pronoun.group(1)] != (hit.form.gender == "f"):
        return None  # the common case: no relative pronoun right before the cue
    for candidate in found:
        features = candidate.features
        span = candidate.span
        if (
            span is not None
            and span[1] <= pronoun.start()
            and _agreeing_subject(features)
            and _only_gap(norm, span[1], pronoun.start(), _COMMA_GAP)
        ):
            return candidate
    return None


#: How far back (characters) the relative pronoun before a cue is looked for.
_RELATIVE_REACH = 24
#: A relative pronoun, maybe with و, right before a verb, maybe with كان or قد between (الذي
#: كان قد قال); searched up to the verb (normalised text).
_RELATIVE_BEFORE = re.compile(
    rf"""
    (?<!\w)و?({"|".join(RELATIVES)})  # the relative pronoun, maybe with و
    [ \t]+(?:(?:كان|كانت|قد)[ \t]+)?         # maybe كان or قد
    \Z                                       # then the verb
    """,
    re.VERBOSE,
)
#: Spaces and maybe a comma, between a phrase and the relative pronoun that describes it.
_COMMA_GAP = re.compile(r"[ \t]*,?[ \t]*")


#: A run of spaces, read from where a phrase ends (it matches the empty string too).
_SPACES = re.compile(" *")
#: The conjunctions that join a verb to the clause before it (وقالت، فتقول).
_CONJUNCTIONS = frozenset("وف")
#: A phrase's place after a preposition or another word (see candidates).
_AFTER_WORDS = frozenset(("after_preposition", "after_an", "after_word"))


def _inherit(
    draft: Draft,
    previous: Draft | None,
    previous_entity: Entity | None,
    index: SourceIndex,
    ranker: Ranker,
    use: bool,
    contents: list[tuple[int, int]],
) -> Entity | None:
    """The source of a dropped subject or a participle: the ranker's best candidate."""
    doc, registry = index.doc, index.registry
    hit = draft.hit
    pos = hit.start if hit else draft.content[0]
    sentence = doc.sentence_start(pos)
    same_sentence = False
    if previous is not None:
        same_sentence = (previous.hit.start if previous.hit else previous.content[0]) >= sentence
    found = index.candidates(
        pos,
        gender=draft.gender,
        number=hit.form.number if hit else None,
        participle=hit is None or hit.form.form == "participle",
        previous=previous_entity,
        previous_same_sentence=same_sentence,
        contents=contents,
    )
    if hit is not None and hit.rule == "by-masdar" and draft.gender is None:
        # ردت الإمارات ... بدعوة الدوحة إلى: a verbal noun after ب, with no possessive,
        # tells how the verb before it was done; its agent is that verb's subject, and
        # nobody when the sentence names none
        best = _main_subject(hit, found, doc, agree=False)
        if best is None:
            return None
    else:
        best = (
            _joined_subject(hit, found, doc)
            or _topic_before_relative(hit, found, doc)
            or _adjacent_subject(hit, found, doc)
            or _relative_subject(hit, found, doc)
            or _topic_of_as_for(hit, found, doc)
            or _described_by_clause(hit, found, doc)
            or _previous_sentence_subject(hit, found, doc)
            or ranker.choose(
                _singular_antecedents(hit, _past_pronoun_subject(hit, found, doc)),
                where=registry.mapped.to_original(draft.content[0]),
            )
        )
    if best is not None and "same_sentence" not in best.features:
        # a source from outside the cue's sentence: not when the participle's clause
        # has a subject of its own that agrees with it
        best = _main_subject(hit, found, doc) or best
    if best is None or best is NOBODY:
        return None
    if best.span is not None and (best.entity is None or best.entity not in registry.recent):
        gender = draft.gender
        if "lede" in best.features:
            # The article's opening source, taken for a cue of another gender, keeps its
            # own (يحضر الرئيس ... ترامب ... وقالت): later agreement must not read it wrong.
            gender = noun_gender(WORD.findall(doc.norm, *best.span)) or gender
        span = registry.trim(best.span)
        if hit is not None and span[1] <= hit.start and doc.sentence_start(span[0]) == sentence:
            # تصرخ شابة ترتدي الأسود مهددة: an indefinite noun and what describes it, up to
            # the cue, as an explicit subject before its complementizer is read
            span = described_subject(doc.norm, span, hit.start, doc.patterns) or span
        if doc.norm[span[0] : span[1]] in doc.patterns.lists["anaphor"]:
            # وأدان معاليه ...، مشيرا: the clause's subject points back to someone named
            return _anaphor(doc, registry, span, gender, use=use)
        return registry.resolve(span, gender, use=use)[0]
    entity = best.entity
    if entity is not None and use:
        registry.use(entity)
    return entity


def _name(drafts: list[Draft], chosen: list[Entity | None], registry: Registry) -> None:
    """Give every draft its source's final name, number, gender and type.

    Short forms join the full forms that hold them (:meth:`Registry.merged`); the name is
    the one the source's fullest form is shown by (:meth:`Registry.shown_name`); sources
    are numbered in the order of their first quotes.
    """
    sources = {id(e): e for e in chosen if e is not None}
    types = {key: registry.type_of(e) for key, e in sources.items()}
    quoted = Counter(id(e) for e in chosen if e is not None)
    roots = registry.merged(types, sources.values(), quoted)
    numbers: dict[int, int] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for draft, entity in zip(drafts, chosen, strict=True):
        if entity is not None and draft.mention is not None:
            spans.setdefault(id(roots[id(entity)]), []).append(draft.mention)
    shown: dict[int, str] = {}
    for draft, entity in zip(drafts, chosen, strict=True):
        if entity is None:
            continue
        root = roots[id(entity)]
        if id(root) not in shown:
            name = registry.shown_name(root.name)  # remembered by name
            if name == root.name and types[id(root)] == "person":
                # رائدة الأعمال سلمى داود ... وقالت سلمى داود: the name said again alone
                name = registry.named_again(name, spans.get(id(root), ())) or name
            shown[id(root)] = name
        draft.speaker = shown[id(root)]
        draft.entity = numbers.setdefault(id(root), len(numbers))
        draft.speaker_gender = root.gender or entity.gender
        draft.speaker_type = types[id(root)]

"""Entities: the sources of one document, linked from their mentions.

A ``Registry`` keeps every source met in a document, links a title, a surname or a short
form to the fuller name the document gives (``Entity.name``, its canonical name), and keeps
the order in which sources spoke.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from itertools import groupby, pairwise
from operator import itemgetter

import attrs
import regex

from quotekit.config import EXTRACTION
from quotekit.cues import LAST_WORD, TITLE_LETTERS, TOKEN, words_in
from quotekit.document import MAX_CLAUSE, WORD
from quotekit.marks import MARKS
from quotekit.mentions import (
    APPOSITION_REACH,
    COMPOUND_ENDS,
    FAMILY,
    NAME_PARTICLES,
    ON_BEHALF,
    REACH,
    WITHIN,
    apposition,
    before_accusative,
    bound,
    clean_mention,
    common_noun,
    courtesy_before_name,
    definite_conjunct,
    description_after,
    facts_of,
    first_name_like,
    has_tanween,
    lost_article,
    name_after,
    name_of,
    name_tail,
    past_name,
    person_title,
    possessed,
    proper_name,
    source_before,
)
from quotekit.morphology import (
    construct_plural,
    entity_type,
    honorific_titles,
    is_given_name,
    is_preposition,
    listed_head,
    masdar_shaped,
    names_state,
    noun_number,
    offices,
    organisation_heads,
    seat_state,
    takes_article,
    unpossessed,
    without_article,
    word_class,
)
from quotekit.normalization import normalize
from quotekit.patterns import CuePatterns
from quotekit.types import NormalizedText

__all__ = ["Entity", "Registry"]

#: How many of the latest sources a mention is linked against (an article has far fewer).
_RECENT_ENTITIES = 20
#: The most words of a bare title, and how far (in characters) it and its name are read.
_TITLE_WORDS = 5
_NAME_REACH = 160
#: How many words after a title its name may end (a title, a first name, a surname).
_NAME_GAP = 4
#: How many words after a title its name may end past the rest of the title.
_TITLE_TAIL = 9
#: How far back a fuller form of a name is looked for, and how many times per text.
_LOOKBACK = 20_000
_MAX_LOOKUPS = 200
#: How far after an earlier form of a mention its fuller phrase is read.
_FULLER_REACH = 160
#: Relative adjectives of kind, not of owner: المنظمة الحقوقية may be منظمة العفو الدولية.
_KIND_ADJECTIVES = frozenset(
    ("دولي", "حقوقي", "خيري", "انساني", "رسمي", "حكومي", "اهلي", "محلي", "عالمي", "اممي")
)
#: Nouns of a ministry: a word in ية right after one is its genitive, the ministry's name
#: (وزارة الخارجية، وزير الداخلية), no relative adjective.
_MINISTRY = frozenset(("وزارة", "وزير", "وزيرة"))
#: The words of lineage a father's name follows (محمد بن راشد).
_SON = frozenset(("بن", "ابن", "بنت"))
#: Words of lineage and kinship inside a name, before a given name that is not the
#: source's own (عبدالله بن فهد، أبو مازن).
_LINEAGE = _SON | {"ابو", "ام", "عبد"}
#: The most words of a setting between a title and its name in apposition, and how far
#: (in characters) after a mention its closing comma is read.
_SETTING_BEFORE_NAME = 10
_SETTING_REACH = 120
#: The most words of a place after في or لدى in a title, before its bearer's name.
_SETTING_WORDS = 3
#: How many of the latest sources a title's head brings when a name of its own follows it.
_OWN_NAME_REACH = 6
#: How far back (in characters) a phrase that a bare definite head heads is the one it
#: names rather than the latest source that bears the head: about a sentence.
_NEAR_FULLER = 250
#: الدين of a compound given name (فخر الدين، نور الدين), as a key.
_FAITH = "دين"
#: How many of the latest sources a bare company's noun may point back to.
_COMPANY_REACH = 2
#: The word lists of nouns that head bodies of one kind each: one of them bare (الشركة،
#: الإذاعة) names the latest source another noun of its list heads (Registry._company).
_KINDS = ("company", "broadcaster")
#: How far after a company's noun (منصة) the name it introduces is read, in characters.
_INTRODUCED = 60
#: A short name in parentheses after a mention (normalised text), and its most words.
_PARENTHESES = re.compile(r"[ \t]*\(([^()\n]{1,40})\)")
_PAREN_WORDS = 3
#: How many of the latest sources are looked at for the issuer of a bare البيان.
_ISSUER_REACH = 3
#: The shortest word compared for spelling variants (shorter words differ by one letter
#: from too many others: كيري، كيرا), and for variants in a long vowel only (ماسك، موسك).
_VARIANT_LENGTH = 6
_SHORT_VARIANT = 4
#: The letters that write a long vowel, which transliterations of one name put or leave
#: out (زاخاروفا، زخاروفا) and exchange (ماسك، موسك).
_LONG_VOWELS = frozenset("اوي")


#: The kinds of source that وأضاف may name anew (Registry.carries_on).
_CARRIED_ON = frozenset(("person", "organisation"))
#: The endings of a relative adjective, one or many (اقتصادي، طبيين), not of two: a name
#: may end in يان (لودريان).
_ADJECTIVE_ENDS = ("ي", "ية", "يين", "يون")

#: How far (in characters) before a surname its first name and the title before it are
#: read (عبد الفتاح السيسي after الرئيس المصري).
_FIRST_NAME_REACH = 50
#: What between a first name and the word after it makes that word no surname: a quote
#: mark (a name in marks) or a bracket (a nickname: عمر عبدالرحمن (عموري)).
_NAME_GAP_BREAKS = MARKS | frozenset("()[]")
#: How far (in characters) the word next to a name is looked for.
_NEXT_WORD_REACH = 30
#: The fewest letters of an unlisted word read as a foreign first name after a verb (a
#: shorter one is too often a noun the data does not know: محل، طول).
_FOREIGN_FIRST = 4
#: How many of the latest speakers an epithet with relative adjectives may point back to.
_EPITHET_REACH = 3
#: The most words of a bare relative adjective of origin with the adjectives after it
#: (الفيزيائي الشهير) that stands for a person (Registry._nisba_named).
_NISBA_WORDS = 3
#: The kinds of source that name people, never the body their name holds.
_OF_PEOPLE = frozenset(("person", "group", "anonymous"))
#: The kinds of source that are bodies, never a person whose title names them.
_BODIES = frozenset(("organisation", "group", "document"))
#: A word right after a comma (normalised text): where an apposition opens.
_AFTER_COMMA = re.compile(r",[ \t]*([^\W_]+)")
#: The word of a compound name that joins the name after it (عبد الله، عبد الغفور).
_JOINS_NEXT = frozenset(("عبد",))
#: The key of أبو (normalised), joined to the name after it without an article.
_FATHER = "ابو"
#: أبو in its three cases (أبو، أبي، أبا), normalised: one kunya.
_FATHERS = frozenset((_FATHER, "ابي", "ابا"))


def _joined(keys: tuple[str, ...]) -> tuple[str, ...]:
    """``keys`` with compound names in one word (نصر الله as نصرالله), as compared.

    Keys have no article: the key of الله is له, and the name after عبد takes its article
    back (عبد الغفور: عبدالغفور).

    Example:
        >>> _joined(("نصر", "له")), _joined(("عبد", "غفور", "مالك")), _joined(("ابو", "زيد"))
        (('نصرالله',), ('عبدالغفور', 'مالك'), ('ابوزيد',))
    """
    if _GOD not in keys and _FATHER not in keys and _JOINS_NEXT.isdisjoint(keys):
        return keys  # the common case: no word that joins another
    joined: list[str] = []
    for key in keys:
        if joined and (key == _GOD or joined[-1] in _JOINS_NEXT):
            joined[-1] += "ال" + key
        elif joined and joined[-1] == _FATHER:
            joined[-1] += key  # أبو زيد is أبوزيد
        else:
            joined.append(key)
    return tuple(joined)


#: The key of الله (a key has no article).
_GOD = "له"


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    """A word compared without its article: المجلس, مجلس and للمجلس are one key.

    The kunya أبو is one key in its three cases (أبي مالك، أبا مالك are أبو مالك), and a
    sound plural in construct is the plural itself (منظمو المهرجان، المنظمون).
    """
    if word in _FATHERS:
        return _FATHER
    if word.startswith("لل") and len(word) > 3:
        word = "ال" + word[2:]
    elif word.startswith(("و", "ل", "ب")) and word[1:].startswith("ال"):
        word = word[1:]
    word = word[2:] if word.startswith("ال") and len(word) > 3 else word
    if len(word) > 4 and word.endswith("و") and takes_article(word + "ن"):
        return word + "ن"  # منظمو: the plural that lost its ن before a genitive
    return word


@lru_cache(maxsize=32)
def _keys_of(patterns: CuePatterns, name: str) -> frozenset[str]:
    """The keys of the words of the lexicon's list ``name``, worked out once per lexicon.

    والد is الد once و and ال are read off.
    """
    return frozenset(map(_key, patterns.lists[name]))


@attrs.define(eq=False)
class Entity:
    """A source met in the document: its fullest name so far and its gender.

    Each is its own source: two entities are equal only when they are the same object
    (``entity in registry.recent`` asks which it is, not whether its fields match).
    """

    name: str
    keys: tuple[str, ...]
    gender: str | None
    anonymous: bool
    order: int = 0  # creation order in the document
    aliases: list[tuple[str, ...]] = attrs.Factory(list)
    source_phrase: bool = False  # its latest quote was credited by a phrase (بحسب X)

    def alias(self, keys: tuple[str, ...]) -> None:
        """Add ``keys`` to the other forms it is called by, once.

        A long text names one source thousands of times, and its forms are read at every
        lookup: a form already there is not added again.
        """
        if keys not in self.aliases:
            self.aliases.append(keys)

    @property
    def words(self) -> tuple[str, ...]:
        """The normalised words of its name (read once per name)."""
        return _name_words(self.name)


@attrs.frozen(kw_only=True)
class _Owners:
    """The sources of a document that may own what a document of it says (Registry._owners)."""

    by_word: dict[str, list[Entity]]  # organisations and groups by a form's first name word
    documents: dict[str, list[Entity]]  # documents by the key of the owner their name gives
    by_surname: dict[str, list[Entity]]  # named persons by the last word of a full name


@attrs.frozen(kw_only=True)
class _People:
    """The persons of a document that bare titles may join, by what each test asks."""

    last_named: list[Entity]  # whose last word is no title's (or a family's: آل الشيخ)
    named: list[Entity]  # a given name, or proper names only (Registry._is_named)
    titled: list[Entity]  # of those, the ones with a source noun in a form
    surnamed: list[Entity]  # one proper name alone, quoted twice or more


@attrs.define
class Registry:
    """The sources of one document, for linking short forms and resolving dropped subjects."""

    patterns: CuePatterns
    mapped: NormalizedText
    count: int = 0  # entities created so far
    recent: list[Entity] = attrs.Factory(list)  # speakers in order of use
    by_key: dict[str, list[Entity]] = attrs.Factory(dict)  # word key -> entities holding it
    anonymous: list[Entity] = attrs.Factory(list)  # anonymous sources, in order
    lookups: int = 0  # look-backs for fuller names done so far
    statement: Entity | None = None  # the named source last quoted in a statement (في بيان)
    body: int = 0  # where the article starts after its dateline (Document.body)
    # The words of the span last read (trim, then resolve, read the same mention).
    _read: tuple[tuple[int, int], list[str]] = attrs.field(
        default=((-1, -1), []), init=False, repr=False
    )
    # Whether the original writes the accusative's tanween anywhere (most texts do not).
    _tanween: bool = attrs.field(init=False, repr=False)
    # The keys of names the text writes after an institution's noun (شركة غوغل): read when
    # the key of a source of no known head stands after one (_body_named), then kept for
    # the document (_bodies).
    _bodies_named: frozenset[str] | None = attrs.field(default=None, init=False, repr=False)
    # Where the text writes names right after a company's noun (موقع فيسبوك، شركتي أوبر
    # وكريم), with their keys: read when a bare company's noun finds no company otherwise
    # (_called_company), then kept for the document (_company_places).
    _companies_named: tuple[tuple[int, frozenset[str]], ...] | None = attrs.field(
        default=None, init=False, repr=False
    )
    # Where each word after a comma stands, by its key: read when an apposition is first
    # looked for (most documents never ask), then kept for the document (see _appositions).
    _commas: dict[str, list[int]] | None = attrs.field(default=None, init=False, repr=False)
    # The phrase read at each earlier form of a source, by its stretch (see _phrase_at).
    _phrases: dict[tuple[int, int], tuple[int, int] | None] = attrs.field(
        factory=dict, init=False, repr=False
    )

    @_tanween.default
    def _marked(self) -> bool:
        return has_tanween(self.mapped)

    def subject_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` cut before a word written as an accusative (:func:`before_accusative`).

        Read only when the original writes the accusative's tanween somewhere.
        """
        return before_accusative(self.mapped, span) if self._tanween else span

    def _past_outlet(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` past a written outlet that opens it: its owner is the source.

        نشر حساب العاهل السعودي الملك سلمان تغريدة: the king speaks, and is named as
        the king is elsewhere (the outlet words of the ``outlet`` list).
        """
        text = self.mapped.text
        first = WORD.match(text, span[0])
        if first is None or first.group() not in self.patterns.lists["outlet"]:
            return span
        owner = WORD.search(text, first.end(), span[1])
        return (owner.start(), span[1]) if owner is not None else span

    def _words(self, span: tuple[int, int]) -> list[str]:
        """The words of ``span`` in the normalised text (not to be changed by the caller)."""
        read_span, words = self._read
        if read_span != span:
            words = WORD.findall(self.mapped.text, *span)
            self._read = (span, words)
        return words

    def resolve(
        self, span: tuple[int, int], gender: str | None, *, use: bool = True
    ) -> tuple[Entity, bool]:
        """The entity a mention names, created when new; and whether it was linked.

        A fuller form of the mention earlier in the text (a title with the name after it,
        a first name before a surname) gives a new entity its name. An honorific title
        that opens the mention (سمو، معالي) is left out of its keys: it says the honour,
        not who bears it; so is a title of courtesy (السيد، السيدة).
        """
        span = self._past_outlet(self.subject_span(span))  # وقال كفاح حسين هادئاً: no part of it
        norm_words = self._words(span)  # the tokens that are words
        courtesy = courtesy_before_name(norm_words, self.patterns)
        issuer = self._issuer(norm_words)
        if issuer is None and not courtesy and norm_words and lost_article(self.mapped, span):
            # وفقا ل|لتقرير: the article's alef fell after the clitic (not in لليبرمان, a
            # name that opens with ل, nor in للائحة, a word that opens with ل itself); the
            # issuer is asked again (ووفقا ل|لدراسة, as الدراسة)
            norm_words = ["ا" + norm_words[0], *norm_words[1:]]
            issuer = self._issuer(norm_words)
        if issuer is not None:
            if use:
                self.use(issuer)
            return issuer, True
        mention = name_of(self.mapped, span)
        norm = self.mapped.text
        if courtesy:
            # السيدة فوغل: a title of courtesy is no word of the name it stands before
            norm_words = norm_words[1:]
        keys = tuple(map(_key, norm_words))
        if len(keys) > 1 and keys[0] in honorific_titles():
            keys = keys[1:]  # سمو رئيس الوزراء: the honour said before the title, no name
        if len(keys) > 1:
            keys = _office(keys)  # رئيس الحكومة: رئيس الوزراء in other words
        before = span[0]
        definite = bool(norm_words) and norm_words[0].startswith("ال")
        titled = definite or (bool(keys) and keys[0] in self.patterns.lists["speaker_head"])
        name = None
        # An apposition opens with a comma within APPOSITION_REACH characters after the
        # mention (as a setting does): most mentions have none, told by one search.
        comma = norm.find(",", span[1], span[1] + APPOSITION_REACH) >= 0
        if not (norm_words and is_given_name(norm_words[0])):
            # محمد صلاح، مهاجم ليفربول: a given name takes a description, not another name.
            name = apposition(norm, span[1], len(norm), self.patterns) if comma else None
            named = any(map(is_given_name, norm_words))
            if name is None and titled and not named:
                # A title that holds its name already (الأمير عبدالله بن فهد) takes none after.
                name = name_after(norm, span[1], len(norm), self.patterns)
            if name is None and not named and entity_type(keys) == "person":
                # كبير الباحثين بالمشروع الجديد، براندون سميث، إن: the title's setting, which
                # the mention leaves out, stands between the title and its name (not so an
                # institution's, وقالت الوزارة في بيان، X، nor an anonymous source's, مصدر في
                # شركة، X، which names the place it speaks from).
                setting = self._setting_end(span[1]) if comma else None
                if setting is not None:
                    name = apposition(norm, setting, len(norm), self.patterns)
        entity = self._find_joined(keys, definite=definite)
        if entity is not None and name is not None and self._named_otherwise(entity, name):
            entity = None  # الرئيس التنفيذي ... فيصل بافرط is not رئيس الهيئة أحمد الخطيب
        elif entity is not None and self._other_person(entity, keys):
            entity = None  # المتحدث باسم الحكومة السابقة ستيفان لو فول is not the one named بنيامين
        elif entity is not None and self._title_only(tuple(norm_words), entity.keys):
            entity = None  # وزير الخارجية السعودية عادل الجبير is not السعودية
        if entity is not None and name is None and definite and len(keys) == 1:
            entity = self._latest_named(entity, keys[0], before)
        if entity is None and len(keys) == 1 and not definite:
            entity = self._spelled_like(keys[0])
        if (
            entity is None
            and not definite
            and name is None
            and keys[:1]
            and keys[0] in _keys_of(self.patterns, "epithet")
            and _construct_definite(norm_words, self.patterns)
            and not any(map(is_given_name, norm_words[1:]))  # نجم الفريق فلان: named
            and not self._written_before(keys[:2], before)
        ):
            # وقال نجم فريق النسور: an epithet in construct with a name is definite as the
            # name is, and what follows the genitive describes it (as after اللاعبة)
            entity = self._official(keys, gender, epithet=True, described=True)
        if entity is None and definite and name is None and keys[:1]:
            if keys[0] in _keys_of(self.patterns, "official"):
                entity = self._official(keys, gender)
            elif keys[0] in _keys_of(self.patterns, "epithet"):
                # اللاعبة الحاصلة على اللقب: definite words after a definite head are its
                # adjectives (a definite noun governs no genitive)
                definites = all(w.startswith("ال") for w in norm_words[1:])
                entity = self._official(keys, gender, epithet=True, described=definites)
        fuller = None if entity is not None else self._fuller(keys, before)
        if (
            entity is not None
            and name is None
            and self._bare_head(keys, definite)
            and self._indefinite_before(keys[0], before)
        ):
            # ضبطت وزارة العمل ...، وفقا لما تداولته الوزارة: a bare definite head names the
            # nearest phrase it heads, when that phrase is near and names another source
            # than the latest that bears the head (وزارة الصحة, quoted paragraphs before)
            near = self._fuller(keys, before, _NEAR_FULLER)
            if (
                near is not None
                and norm.startswith(keys[0], near[0])  # وزارة العمل: the head and its genitive
                # not before a later mention of the source found (وتجري تويوتا)
                and near[0] > self._named_at(entity, keys[0], before)
            ):
                near_keys = self._keys(near)
                if not any(_contains(form, near_keys) for form in (entity.keys, *entity.aliases)):
                    entity, fuller = None, near
        fuller_keys = self._keys(fuller) if fuller is not None else keys
        if fuller is not None:
            # رئيس اللجنة الأسبق read back to رئيس اللجنة السابق في الأزهر: a fuller phrase
            # that a source met already bears is that source.
            entity = self._bearing(fuller_keys)
        elif entity is None and definite:
            entity = self._company(keys, before) or self._any_body(keys, before)
        if entity is None:
            entity = Entity(
                name=name_of(self.mapped, fuller) if fuller else mention,
                keys=fuller_keys,
                gender=gender,
                anonymous=bool(keys) and keys[0] in self.patterns.lists["anonymous_head"],
                order=self.count,
            )
            self.count += 1
            self._index(entity, entity.keys)
            if entity.anonymous:
                self.anonymous.append(entity)
            linked = fuller is not None
        else:
            linked = entity.name != mention
            if len(keys) > len(entity.keys) and _contains(keys, entity.keys):
                entity.name, entity.keys, linked = mention, keys, False
                self._index(entity, keys)
            if entity.gender is None:
                entity.gender = gender
        if name is not None:
            self.name(entity, name)  # وزير الدفاع، أفيغدور ليبرمان، قال: the name in apposition
            linked = True
        elif not titled and keys:
            described = description_after(norm, span[1], len(norm), self.patterns)
            if described is not None:
                # بارا رونتري، الباحثة في المعهد، إن: the description names her too.
                keys = self._keys(described)
                entity.alias(keys)
                self._index(entity, keys)
        short = self._in_parentheses(span[1])
        if short is not None and short not in entity.aliases and self.type_of(entity) != "person":
            # وكالة الأنباء السورية الرسمية (سانا): the short name it goes by, in parentheses;
            # after a person's title it names the title's genitive (متحدث باسم الوزارة (X))
            entity.alias(short)
            self._index(entity, short)
        if use:
            self.use(entity)
        return entity, linked

    def _latest_named(self, entity: Entity, head: str, before: int) -> Entity:
        """Of the sources that ``head`` heads, the one the text named last before ``before``.

        علقت شركة تويوتا ... كانت شركة أوبر قد قالت ... وتجري تويوتا اختبارات ... قالت
        الشركة: a bare definite head names the source of that head whose name the text
        wrote last, not the latest to speak. ``entity`` is the source found, kept unless
        another's name stands after every mention of its own.
        """
        key = self._name_key(entity, head, before)
        if key is None:
            return entity
        best, last = entity, self._last_named(key, before)
        for other in self.recent:
            key = None if other is entity else self._name_key(other, head, before)
            if key is not None and (at := self._last_named(key, before)) > last:
                best, last = other, at
        return best

    def _name_key(self, entity: Entity, head: str, before: int) -> str | None:
        """The key of the name that ``head`` heads in ``entity``'s keys, or in the text.

        شركة أوبر: the word after the head; تويوتا, which the text wrote after شركة
        before ``before``: the name itself. None for another head, or a relative
        adjective after it (السلطات التونسية: no name of its own).
        """
        keys = entity.keys
        if keys[:1] == (head,):
            if len(keys) < 2 or keys[1].endswith(_NISBA_ENDS):
                return None
            return keys[1]
        if not keys or keys[0] == head:
            return None
        text = self.mapped.text
        for _, end in self._occurrences(head, before):
            after = WORD.findall(text, end, min(before, end + _INTRODUCED))
            if tuple(map(_key, after[: len(keys)])) == keys:
                return keys[0]
        return None

    def _named_at(self, entity: Entity, head: str, before: int) -> int:
        """Where the text last wrote the name that ``head`` heads for ``entity``, or -1."""
        key = self._name_key(entity, head, before)
        return -1 if key is None else self._last_named(key, before)

    def _last_named(self, key: str, before: int) -> int:
        """Where the text last wrote ``key`` before ``before``, or -1."""
        return max((start for start, _ in self._occurrences(key, before)), default=-1)

    def _indefinite_before(self, key: str, before: int) -> bool:
        """Whether ``key`` stands as a word of its own, no article, just before ``before``.

        وزارة العمل before الوزارة: a phrase the bare head may name; told by a search, not
        by reading phrases (most bare heads have none).
        """
        text = self.mapped.text
        floor = max(0, before - _NEAR_FULLER)
        i = text.find(key, floor, before)
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                return True  # not الوزارة، بالوزارة: the word opens there
            i = text.find(key, i + 1, before)
        return False

    def _bare_head(self, keys: tuple[str, ...], definite: bool) -> bool:
        """Whether a mention is a definite source noun alone (الوزارة، الشركة)."""
        return definite and len(keys) == 1 and keys[0] in self.patterns.lists["speaker_head"]

    def _bearing(self, keys: tuple[str, ...]) -> Entity | None:
        """The latest source that has ``keys`` as its words or as one of its other forms."""
        for entity in reversed(self.by_key.get(keys[0], ())[-_RECENT_ENTITIES:]):
            if entity.keys == keys or keys in entity.aliases:
                return entity
        return None

    def _setting_end(self, end: int) -> int | None:
        """Where a short prepositional phrase after a mention that ends at ``end`` stops.

        بالمشروع الجديد، في جامعة هارفارد، لدى الشركة: up to ``_SETTING_BEFORE_NAME`` words that
        open with a preposition and run to a comma, no verb or complementizer among them
        (a name in quote marks may stand there: لشركة الدراسات "تبرورة"). None otherwise.
        """
        text = self.mapped.text
        reach = min(len(text), end + _SETTING_REACH)
        if text.find(",", end, reach) < 0:
            return None  # the common case: no comma to close a setting within reach
        complementizers = self.patterns.lists["complementizer"]
        for k, m in enumerate(TOKEN.finditer(text, end, reach)):
            tok = m.group()
            if tok == ",":
                return m.start() if k else None
            if tok in MARKS:
                continue  # لشركة الدراسات "تبرورة": a name in marks in the setting
            if not tok[0].isalnum() or k >= _SETTING_BEFORE_NAME:
                return None
            if not k and not (
                tok in WITHIN or (tok[:1] in "بل" and takes_article(without_article(tok[1:])))
            ):
                return None  # no preposition opens it: not a setting (told before the verb)
            if word_class(tok) == "verb" or tok in complementizers:
                return None  # بالتحديد بأن ...: a clause, no setting
        return None

    def _in_parentheses(self, end: int) -> tuple[str, ...] | None:
        """The keys of a short name in parentheses right after a mention that ends at ``end``.

        (سانا)، (البنتاغون)، (الفيفا)، (IFAB): up to three words, no number, no word of
        time, common noun or source noun (an age, a date, a description is no name).
        """
        m = _PARENTHESES.match(self.mapped.text, end)
        if m is None:
            return None
        words = WORD.findall(m.group(1))
        lists = self.patterns.lists
        if (
            not words
            or len(words) > _PAREN_WORDS
            or any(
                w[0].isdigit()
                or w in lists["mention_stop"]
                or w in lists["month"]
                or common_noun(_key(w), self.patterns)
                or _key(w) in lists["speaker_head"]  # (مجلس النواب): a description, no short name
                for w in words
            )
        ):
            return None
        return tuple(_key(w) for w in words)

    def trim(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` cut after the name of a known source that it runs past.

        ووصف ترامب التحقيق، ورفض مورينيو الحديث، وكالة بلومبرج الضوء: the reader of a
        phrase cannot tell every name from a noun, but a source already met in the
        document is a name, and a proper name takes no common noun after it
        (:func:`~quotekit.mentions.past_name`): what follows is the verb's object. Nor
        does a known source's name govern a preposition, with the article or without
        (وقال الخاطر في بداية التسجيل): the phrase after it is the verb's.
        """
        words = self._words(span)
        if len(words) < 2:
            return span  # one word: nothing to cut after it
        patterns = self.patterns
        cuts = [
            p
            for p in range(len(words) - 1, 0, -1)
            if is_preposition(words[p])
            or (proper_name(words[p - 1], patterns) and past_name(words[p], patterns))
        ]
        if not cuts:
            return span  # the common case: no name before a word that ends one
        # where the words stand, read only now that some word may end a name
        found = list(WORD.finditer(self.mapped.text, *span))
        text = self.mapped.text
        cuts = [p for p in cuts if text[found[p - 1].end() : found[p].start()] != "_"]
        if not cuts:
            return span  # one hashtag: no cut
        keys = tuple(_key(w) for w in words)
        if self._find(keys, definite=words[0].startswith("ال")) is not None:
            return span  # the whole phrase names a known source
        for p in cuts:
            known = self.by_key.get(keys[p - 1], ())[-_RECENT_ENTITIES:]
            if any(_names(entity, keys[:p]) for entity in known):
                return span[0], found[p - 1].end()
        return span

    def _other_person(self, entity: Entity, keys: tuple[str, ...]) -> bool:
        """Whether ``keys`` name another person than ``entity``, whatever title they share.

        Each holds proper names the other lacks (nor spells another way), the mention two
        in a row (a name, not a place nor a genitive after a clitic: المدرب السابق لمنتخب
        انجلترا, الرئيس الفرنسي في بروكسل are the persons named before): المتحدث باسم
        الحكومة السابقة ستيفان لو فول is not المتحدث باسم الحكومة بنيامين غريفو.
        """
        if keys == entity.keys:
            return False  # no name that one holds and the other lacks
        facts = facts_of(self.patterns)

        def own(some: tuple[str, ...], other: tuple[str, ...]) -> list[int]:
            return [
                i
                for i, k in enumerate(some)
                if proper_name(k, self.patterns)
                # لمنتخب: a clitic on a noun, not a name (لو فول، باسم)
                and not (facts[k].clitic_preposition and not proper_name(k[1:], self.patterns))
                and not any(k == o or _spelled_alike(k, o) for o in other)
            ]

        mine, theirs = _joined(keys), _joined(entity.keys)  # عبد الغفور is عبدالغفور
        ours = own(mine, theirs)
        # in a row, or with only a name's particles between (فخر الدين بن يوسف)
        in_a_row = any(
            all(k in NAME_PARTICLES or k == _FAITH for k in mine[a + 1 : b])
            for a, b in pairwise(ours)
        )
        return in_a_row and (bool(own(theirs, mine)) or self._nisba_shaped_names(entity, mine))

    def _nisba_shaped_names(self, entity: Entity, keys: tuple[str, ...]) -> bool:
        """Whether ``entity``'s name holds words of a name in ي that ``keys`` lack.

        وهبي خزري: names that end like relative adjectives but stand without the article
        and in no list of words (an adjective of a title is definite: الأمريكي).
        """
        heads = self.patterns.lists["speaker_head"]
        facts = facts_of(self.patterns)
        return any(
            not w.startswith("ال")
            and w.endswith("ي")
            and facts[w].name_like
            and w not in heads
            and not takes_article(w)
            and _key(w) not in keys
            for w in _name_words(entity.name)
        )

    def _named_otherwise(self, entity: Entity, span: tuple[int, int]) -> bool:
        """Whether ``entity`` already bears a name that the name at ``span`` is not.

        A given name that the name at ``span`` lacks, or a proper name given in apposition
        that shares no word with it (المدير الفني للبرازيل، تيتي، is not the coach named
        خوان كارلوس أوزوريو later under the same title).
        """
        keys = set(self._keys(span))
        given = {k for k in entity.keys if is_given_name(k)}
        if given:
            return not given <= keys
        own = tuple(map(_key, _name_words(entity.name)))
        return own != entity.keys and own in entity.aliases and keys.isdisjoint(own)

    def _issuer(self, words: Sequence[str]) -> Entity | None:
        """Who a bare البيان (or التقرير، الدراسة) speaks for, if anyone.

        The source last quoted in a statement, or else the organisation among the last
        sources (a statement is an institution's voice). Only the definite noun points
        back; بيان (a statement) does not. A report or a study met as a source before
        (تقرير لصحيفة يديعوت) is that source; else it is the report of the organisation
        among the last sources, never of one quoted in a statement.
        """
        if len(words) != 1 or not words[0].startswith("ال"):
            return None
        lists = self.patterns.lists
        if words[0] in lists["report"]:
            if self.by_key.get(_key(words[0])):
                return None  # the report quoted before: linked as any short form is
        elif words[0] not in lists["statement"]:
            return None
        elif self.statement is not None:
            return self.statement
        for entity in reversed(self.recent[-_ISSUER_REACH:]):
            if self.type_of(entity) == "organisation":
                return entity
        return None

    def _official(
        self,
        keys: tuple[str, ...],
        gender: str | None,
        *,
        epithet: bool = False,
        described: bool = False,
    ) -> Entity | None:
        """The person that a definite المسؤول or an epithet points back to, if any.

        News calls the titled or named person it has just quoted "the official" (وزير
        النقل الإيراني ... وتابع المسؤول الإيراني، لافروف ... وقال المسؤول الروسي; not a
        player or a singer): the bare word, or with relative adjectives only that agree
        with the person's. Called when no earlier official (مسؤول أمريكي) is the one it
        names. An ``epithet`` of a person (اللاعب، الممثلة) means the latest speaker of
        its gender (when its cue tells one; else the latest), named or titled, when that
        person bore each of its relative adjectives (اللاعب البلجيكي is no coach never
        called Belgian); with such adjectives it may point past the latest speaker to one
        of the few before, named or not (اللاعب الكولومبي for
        الكولومبي يري مينا). ``described``: the epithet's words after it are all definite,
        adjectives of any kind (اللاعبة الحاصلة على اللقب), not relative ones only. An
        epithet is no one who is called by another title (:meth:`_titled_otherwise`).
        """
        if not self.recent or not (described or all(k.endswith(_ADJECTIVE_ENDS) for k in keys[1:])):
            return None
        ours = _own_adjectives(keys)
        reach = _EPITHET_REACH if epithet and (ours or gender is not None) else 1
        epithets = _keys_of(self.patterns, "epithet")
        candidates = list(reversed(self.recent[-reach:]))
        if epithet and not ours:
            # وقالت المخرجة after a man spoke: the latest speaker of the epithet's gender
            # (those passed over are of the other, so no rival of hers stands between)
            fitting = [e for e in candidates if None in (gender, e.gender) or e.gender == gender]
            candidates = fitting[:1]
        for latest in candidates:
            if not self._person_for(latest, keys, gender, named=not (epithet and ours)):
                continue
            if epithet and not self._bears(latest, ours):
                continue
            if epithet and self._titled_otherwise(latest, epithets):
                continue  # وصرح المخرج after the festival's delegate: someone else
            if not epithet and latest.keys[:1] and latest.keys[0] in epithets:
                continue  # المسؤول is an official: no player or singer just quoted
            return latest
        return None

    def _titled_otherwise(self, entity: Entity, epithets: frozenset[str]) -> bool:
        """Whether a form of ``entity`` opens with a person's title that is no epithet.

        A delegate, a coach or a minister is called by that title again, not by what an
        epithet says someone does (المخرج، المهاجم).
        """
        heads = self.patterns.lists["speaker_head"]
        return any(
            form[0] in heads and form[0] not in epithets
            for form in (entity.keys, *entity.aliases)
            if form
        )

    def _written_before(self, keys: tuple[str, ...], before: int) -> bool:
        """Whether the words of ``keys`` stand together in the text before ``before``.

        لاعب فريق النسور written before (لاعب فريق النسور فلان) is the one that phrase
        named, whose fuller form the look-back finds; not the latest speaker.
        """
        text = self.mapped.text
        for _, end in self._occurrences(keys[0], before):
            following = WORD.findall(text, end, min(before, end + _NEXT_WORD_REACH))
            if tuple(_key(w) for w in following[: len(keys) - 1]) == keys[1:]:
                return True
        return False

    def _person_for(
        self, entity: Entity, keys: tuple[str, ...], gender: str | None, *, named: bool = True
    ) -> bool:
        """Whether ``entity`` is a person (``named``: a named or titled one) ``keys`` may mean."""
        titled = bool(entity.keys) and entity.keys[0] in self.patterns.lists["speaker_head"]
        return not (
            entity.anonymous
            or self.type_of(entity) != "person"
            or (named and not (titled or self._is_named(entity.keys)))
            or (gender is not None and entity.gender not in (None, gender))
            or not _agree(_nisbas(keys), entity.keys)
        )

    @staticmethod
    def _bears(entity: Entity, adjectives: Iterable[str]) -> bool:
        """Whether ``entity`` bore each of ``adjectives`` in one of its forms (spelled alike)."""
        theirs = _nisbas(entity.keys).union(*(_nisbas(a) for a in entity.aliases))
        return all(any(_alike(a, b) or a == b for b in theirs) for a in adjectives)

    def _index(self, entity: Entity, keys: tuple[str, ...]) -> None:
        for key in keys:
            bucket = self.by_key.setdefault(key, [])
            if not bucket or bucket[-1] is not entity:
                bucket.append(entity)  # a repeat further back is dropped when read

    def _find(self, keys: tuple[str, ...], *, definite: bool = False) -> Entity | None:
        by_key = self.by_key
        anonymous = self.patterns.lists["anonymous_head"]
        # Only entities that share a word with the mention can match, most recent first.
        # Most phrases asked about share none (a bucket is never empty): of all that
        # follows, only the last anonymous source can answer them.
        if by_key.keys().isdisjoint(keys):
            if (
                definite
                and len(keys) == 1
                and self.anonymous
                and keys[0] in anonymous
                and self._quantified(keys)
            ):
                return self.anonymous[-1]  # المصدر, المسؤول: the last anonymous source
            return None
        core = self._quantified(keys)
        if not core:
            return None  # البعض: a share of some group, not one already met
        # الوزير X against الوزير Y: one title, two names of their own, told apart at once;
        # of the sources the title's head alone brings, the latest few are enough to look
        # for X spelled another way
        own = keys[1] if self._name_of_its_own(keys) else None
        candidates = {
            e.order: e
            for i, key in enumerate(keys)
            for e in by_key.get(key, ())[
                -(_OWN_NAME_REACH if own and not i else _RECENT_ENTITIES) :
            ]
        }
        ours = _nisbas(keys)
        kind = entity_type(keys)
        person, body = kind == "person", kind == "organisation"
        # مصدر طبي آخر, بعض المنظمات: another source, a share of a group, is none met
        # before unless named in the same words
        apart = not self.patterns.lists["another"].isdisjoint(keys) or core != keys
        for _, entity in sorted(candidates.items(), reverse=True):
            # Two tests that pass a candidate over, in either order: the one that tells
            # another name of the title (most candidates of a text of new speakers) first.
            if (
                own is not None
                and not entity.aliases
                and entity.keys[:1] == keys[:1]
                and own not in entity.keys
                and self._name_of_its_own(entity.keys)
                and not any(_spelled_alike(own, k) for k in entity.keys[1:])
            ):
                continue
            if (apart or self._quantified(entity.keys) != entity.keys) and keys != entity.keys:
                continue
            if entity.aliases and any(
                _contains(alias, keys) and not self._dependent(alias, keys)
                for alias in entity.aliases
            ):
                return entity
            if ours and not _agree(ours, entity.keys):  # (no adjective agrees with any)
                continue  # وزير الخارجية التركي is not وزير الخارجية الأمريكي
            if keys == entity.keys or _contains(entity.keys, keys):
                bare_head = len(keys) == 1 and keys[0] in self.patterns.lists["speaker_head"]
                if bare_head and keys[0] not in entity.keys[:1]:
                    continue  # الوزارة is not every phrase that holds وزارة
                if self._dependent(entity.keys, keys):
                    continue  # الأمم المتحدة is not المبعوثة الخاصة لمفوضية الأمم المتحدة
                if body and entity_type(entity.keys) in _OF_PEOPLE:
                    continue  # الاتحاد الأوروبي is no وزيرة خارجية الاتحاد الأوروبي
                return entity
            if (
                _contains(keys, entity.keys)
                and not self._title_of(keys, entity.keys, definite=definite)
                and not self._dependent(keys, entity.keys, clitic=True, strict=True)
                # an institution in a person's title is not that person (وكيل الأمين
                # العام للأمم المتحدة مارك لوكوك is not الأمم المتحدة)
                and not (person and entity_type(entity.keys) in _BODIES)
            ):
                return entity  # not متحدث باسم تويوتا for تويوتا: what باسم governs
            # A title without the name, spelled another way (الرئيس الأمريكي, الرئيس الأميركي
            # دونالد ترامب): its first word, and its other words or their spellings. Another
            # word is another source (وزير الداخلية, وزير الخارجية).
            if (
                len(keys) >= 2
                and keys[0] == entity.keys[0]
                and (_holds(entity.keys, keys) or _aligned(entity.keys, keys))
            ):
                return entity
            # A name from its given name on, its surname spelled another way (أنطونيو
            # غوتيريش for الأمين العام ... أنطونيو غوتيريس): the given name as it is.
            if (
                len(keys) >= 2
                and is_given_name(keys[0])
                and keys[0] in entity.keys
                and _holds(entity.keys, keys)
            ):
                return entity
        if definite and len(keys) == 1 and keys[0] in anonymous and self.anonymous:
            return self.anonymous[-1]  # المصدر, المسؤول: the last anonymous source
        if (
            definite
            and keys[0] in self.patterns.lists["speaker_head"]
            # الممثلة رانوت is not ممثلة بوليوود المخضرمة سيمي غارويل: a name of its own
            # after the title (a source that bears it was found above)
            and own is None
        ):
            # المسؤول الأميركي, المنظمة: a definite source noun names the latest source
            # that noun headed (مسؤول أميركي رفيع المستوى, منظمة التجارة العالمية).
            when = self.patterns.lists["title_when"]
            for _, entity in sorted(candidates.items(), reverse=True):
                if (
                    entity.keys[:1] == keys[:1]
                    and _agree(ours, entity.keys)
                    and not (ours and _genitive_nisbas(entity.keys))
                    # الرئيس السابق is not the president (المدرب السابق لمنتخب انجلترا may
                    # be the coach: a former role of his, in other words)
                    and not (keys[-1] in when and keys[-1] not in entity.keys)
                ):
                    return entity
        return None

    def _name_of_its_own(self, keys: tuple[str, ...]) -> bool:
        """Whether a title's ``keys`` hold a proper name right after the title's head.

        No adjective, no place after a preposition, no word of saying, no clitic on a
        noun, no addressee (أبلغ المسؤول رويترز): a name, which says who bears the title.
        """
        return len(keys) > 1 and _own_name(keys[1], self.patterns)

    def _company(self, keys: tuple[str, ...], before: int) -> Entity | None:
        """The latest company quoted, for a bare company's noun that the text used for none.

        الشركة after شبكة فيسبوك or منصة تويتر: no source was headed by شركة and the word
        stands nowhere before (``before``), so the company is the one among the last
        ``_COMPANY_REACH`` sources that another noun of a company heads (the
        ``company`` word list: شبكة، منصة، موقع ...). Relative adjectives may follow the
        noun when the company's forms bear none other (المجموعة الأمريكية). So too for
        the other kinds of body whose nouns a list of ``_KINDS`` holds: الإذاعة الفرنسية
        after راديو مونت كارلو (``broadcaster``).
        """
        lists = self.patterns.lists
        kind = next((k for k in _KINDS if keys and keys[0] in lists[k]), None)
        if kind is None:
            return None
        companies = lists[kind]
        ours = _adjectives_alone(keys)
        if ours is None:
            return None  # الشركة المصرية للاتصالات: a name of its own
        if next(self._occurrences(keys[0], before), None) is not None:
            # عن شبكة بي إن سبورتس ... الشبكة: the one the text named so
            if len(keys) > 1:
                return None
            found = self._introduced(keys[0], before)
            if found is None and kind == "company":
                found = self._called_company(keys, before)
            return found
        for entity in reversed(self.recent[-_COMPANY_REACH:]):
            if entity.keys[:1] and entity.keys[0] in companies and _agree(ours, entity.keys):
                return entity
        if len(keys) > 1 or kind != "company":
            return None
        return self._called_company(keys, before)

    def _any_body(self, keys: tuple[str, ...], before: int) -> Entity | None:
        """The latest institution quoted, for a bare noun that names any (المنظمة، المؤسسة).

        وقالت محمية X ... وقالت المنظمة: a noun of the ``any_body`` list that headed no
        source and stands nowhere before ``before`` names the institution among the last
        ``_COMPANY_REACH`` sources, whatever noun heads it, when its relative adjectives
        agree with that one's.
        """
        if not keys or keys[0] not in self.patterns.lists["any_body"]:
            return None
        ours = _adjectives_alone(keys)
        if ours is None:
            return None  # المنظمة الدولية للهجرة: a name of its own
        if next(self._occurrences(keys[0], before), None) is not None:
            return None  # منظمة X ... المنظمة: the one the text named so, quoted or not
        for entity in reversed(self.recent[-_COMPANY_REACH:]):
            if (
                not entity.anonymous
                and self.type_of(entity) == "organisation"
                and _agree(ours, entity.keys)
            ):
                return entity
        return None

    def _called_company(self, keys: tuple[str, ...], before: int) -> Entity | None:
        """The latest of the last few sources that the text calls a company somewhere.

        وتقول أوبر ... وقالت الشركة: news calls a company it has quoted "the company", and
        the text writes the company's name after a company's noun somewhere, before or
        after (شركتي أوبر وكريم، موقع فيسبوك): :meth:`_company_places`. Only a source of no
        listed head or an institution's may be one (not رئيس شركة أبل، a person's title),
        and none when the text names another company so (شركة X) after that source's name
        and before ``before``: the noun may be that one's. The bare noun's ``keys`` become
        a form of the source found: the noun names it again further on, when other sources
        have spoken in between.
        """
        places = self._company_places()
        if not places:
            return None
        named = frozenset().union(*(names for _, names in places))
        last = bisect_right(places, before, key=itemgetter(0)) - 1
        for entity in reversed(self.recent[-_COMPANY_REACH:]):
            words = _name_words(entity.name)
            if entity.anonymous or not words or listed_head(words[0]) not in _COMPANY_KINDS:
                continue
            ours = frozenset(k for form in (entity.keys, *entity.aliases) for k in form) & named
            if not ours:
                continue
            since = max(self._last_named(k, before) for k in ours)
            if last >= 0 and places[last][0] > since and places[last][1].isdisjoint(ours):
                return None  # شركة أوبر ... شركة كريم ... الشركة: which of the two
            if self._introduced_since(keys[0], since, before):
                return None  # أوبر ... مؤسس شركة ناشئة ... الشركة: the one just met
            entity.alias(keys)
            self._index(entity, keys)
            return entity
        return None

    def _introduced_since(self, noun: str, since: int, before: int) -> bool:
        """Whether the text writes ``noun`` without the article between ``since`` and ``before``.

        شركة ناشئة: a company the text brings in; a definite noun after it names that one,
        the last of its kind met, and not a company named before it.
        """
        text = self.mapped.text
        for start, end in self._occurrences(noun, before, since=since + 1):
            clitics = text[start : end - len(noun)]
            if not clitics.endswith(("ال", "لل")):
                return True
        return False

    def _named_word(self, key: str) -> bool:
        """Whether ``key`` after a company's noun reads as its proper name (فيسبوك، أوبر).

        No given name or relative adjective; a name news also writes with the article may
        be one (الفيسبوك): the noun before it says it is a name (not so :meth:`_company_name`).
        """
        facts = facts_of(self.patterns)[key]
        return (
            facts.name_like
            and not facts.given
            and not facts.nisba
            and proper_name(key, self.patterns)
        )

    def _company_places(self) -> tuple[tuple[int, frozenset[str]], ...]:
        """Where the text writes company names right after a company's noun, and their keys.

        شركة أوبر، وموقع فيسبوك، لمنصة "تيك توك": the word after a noun of the ``company``
        list (a clitic before it maybe), and after a dual in construct the name joined to
        it by و too (شركتي أوبر وكريم). Only a word that reads as a company's proper name
        (:meth:`_named_word`) counts. In order; read once per document, when first asked.
        """
        if self._companies_named is None:
            text = self.mapped.text
            found: list[tuple[int, frozenset[str]]] = []
            openers = _company_openers(self.patterns)
            for start, word in words_in(text, frozenset(openers)):
                m = _COMPANY_NAMED.match(text, start + len(word))
                if m is None:
                    continue
                names = m.group("name", "other") if openers[word] else (m.group("name"), None)
                keys = frozenset(k for k in map(_key, filter(None, names)) if self._named_word(k))
                if keys:
                    found.append((start, keys))
            self._companies_named = tuple(found)
        return self._companies_named

    def _introduced(self, head: str, before: int) -> Entity | None:
        """The latest source whose name the noun ``head`` introduces somewhere before.

        المنصة after أتاحت منصة سناب شات ميزة ... وتقول سناب شات: the text put the noun
        before the name of a source it quotes, so the bare noun names that source.
        """
        text = self.mapped.text
        found = None
        for _, end in self._occurrences(head, before):
            after = tuple(map(_key, WORD.findall(text, end, min(before, end + _INTRODUCED))))
            for entity in reversed(self.recent[-_RECENT_ENTITIES:]):
                if entity.keys and after[: len(entity.keys)] == entity.keys:
                    found = entity
                    break
        return found

    def _dependent(
        self,
        big: tuple[str, ...],
        small: tuple[str, ...],
        *,
        clitic: bool = False,
        strict: bool = False,
    ) -> bool:
        """Whether ``small`` stands in ``big`` only as what a word before it governs.

        After a preposition (في الرئاسة)، a word with a clitic preposition (لمفوضية الأمم
        المتحدة) or a source noun (مفوضية الأمم المتحدة) the words are a genitive or an
        object: another source than the phrase. A name after a title is not (وزير
        الخارجية جون كيري), nor one after a word that introduces names (وكالة رويترز).
        """
        n = len(small)
        if n >= len(big):
            return False  # only the whole of ``big`` could hold it: no word before it
        starts = [i for i in range(len(big) - n + 1) if big[i : i + n] == small]
        relational = _keys_of(self.patterns, "relational")
        return bool(starts) and all(
            i > 0
            and (
                big[i - 1] in relational  # ابن دونالد ترامب is not ترامب
                # المسؤولة التنفيذية عن غوغل is not غوغل: a preposition after the head governs
                # what follows (one that opens the phrase was left on it: مع المخرجة كاهيو)
                or (i > 1 and big[i - 1] not in WITHIN and is_preposition(big[i - 1]))
                or (
                    _governs(big[i - 1], self.patterns, clitic=clitic, strict=strict)
                    and not self._name_first(big[i - 1], strict=strict)
                    # محمد لخضر القاسمي: after a given name, a name's word, no clitic
                    and not (i > 1 and is_given_name(big[i - 2]))
                )
            )
            for i in starts
        )

    def _name_first(self, key: str, *, strict: bool) -> bool:
        """Whether ``key``, which opens with ب or ل, is a name's word and holds no clitic.

        بيونغ يون كيم holds يون كيم as its bearer's name, not as what a preposition governs:
        a clitic ب or ل stands before a word that news also writes with the article
        (بمدينة، لشركة) or with a pronoun (لزواجه), and يونغ is none; nor is a word that
        news writes with the article itself (لوائح، بيان) a name. (With ``strict`` only
        the listed nouns are clitics' words already.)
        """
        bare = key[1:]
        return (
            not strict
            and key[:1] in "لب"
            and word_class(key) == "noun"  # not بحسب، لدى
            and not takes_article(key)  # not لوائح، بيان: words of their own
            and not takes_article(bare)
            and not possessed(bare)
            and bare not in self.patterns.lists["speaker_head"]
            and bare not in self.patterns.lists["name_intro"]
        )

    def _title_of(self, big: tuple[str, ...], small: tuple[str, ...], *, definite: bool) -> bool:
        """Whether ``big`` is a person's title over ``small`` (مدير المنظمة over المنظمة).

        ``small`` follows the first word of ``big``, a person's title that governs it as
        its genitive: the director of the organisation is another source than the
        organisation. A definite title (``definite``: الفنان عاصي، المخرجة لبكي) governs no
        genitive: what follows it is its bearer's name.
        """
        head = big[0]
        return (
            not definite and big[1 : 1 + len(small)] == small and person_title(head, self.patterns)
        )

    def _spelled_like(self, key: str) -> Entity | None:
        """The one entity with a name that ``key`` spells differently (:func:`_transliterated`).

        A transliterated surname is spelled several ways in one article (سيلوانوف،
        سيلاوانوف، زاخاروفا، زخاروفا، ماسك، موسك، كيري، كيرى) or in one word and in two (لو
        مير، لومير). Only words without the article and no speaker head are compared, with
        the names of the latest sources, and only a unique match is taken.
        """
        if len(key) < _SHORT_VARIANT or key in self.patterns.lists["speaker_head"]:
            return None
        # The latest sources only: a name is spelled again soon after it was first given,
        # and a text of endless new names must not compare each with all before it.
        found = {
            id(e): e
            for e in self.recent
            if any(
                _transliterated(key, other) and not common_noun(other, self.patterns)
                for form in (e.keys, *e.aliases)
                for other in form
            )  # a name's words, not a title's nouns: حداد is not حرس الحدود
        }
        by_key = self.by_key
        for cut in range(2, len(key) - 1):  # لومير: the two words of لو مير in one
            head, tail = key[:cut], key[cut:]
            # a form with both words is indexed under each: the fewer of the two are read
            # (every وزير or أبو met so far stands under the head alone)
            if head not in by_key or tail not in by_key:
                continue
            for e in min(by_key[head], by_key[tail], key=len):
                if any(_contains(form, (head, tail)) for form in (e.keys, *e.aliases)):
                    found[id(e)] = e
        if len(found) != 1:
            return None
        (entity,) = found.values()
        self._index(entity, (key,))
        return entity

    def _keys(self, span: tuple[int, int]) -> tuple[str, ...]:
        return tuple(_key(w) for w in WORD.findall(self.mapped.text, *span))

    def _fuller(
        self, keys: tuple[str, ...], before: int, reach: int = _LOOKBACK
    ) -> tuple[int, int] | None:
        """A longer earlier phrase that holds the mention's words and a name after them.

        A title (أمين مجلس الأمن القومي) finds the phrase that adds the name; a bare source
        noun (الشركة) the phrase it heads (شركة "تينسينت"); a surname (شمخاني) the first
        name before it (علي شمخاني).
        """
        core = self._quantified(keys)
        if not core or not self.patterns.lists["another"].isdisjoint(keys):
            return None
        text = self.mapped.text
        lists = self.patterns.lists
        heads = lists["speaker_head"]
        best = None
        self.lookups += 1
        if self.lookups > _MAX_LOOKUPS:
            return None  # a text with endless new speakers: stop looking back
        given = len(keys) == 1 and is_given_name(keys[0])
        body: bool | None = None  # whether the mention is an institution's, read once
        if len(keys) == 2 and _family(keys):
            # آل الشيخ: a family name takes the first name before آل (تركي آل الشيخ)
            for m_start, m_end in self._occurrences(keys[1], before, reach):
                family = m_start - len(FAMILY) - 1
                if (
                    family > 0
                    and text[family:m_start] == FAMILY + " "
                    and not text[family - 1].isalnum()
                ):
                    first_start = self._first_name_before(family, keys[1], before)
                    if first_start is not None:
                        best = (first_start, m_end)
            return best
        # A phrase of two words or more needs most of the mention's words after it (the
        # test below): an earlier form ending before they all could is not read.
        since = self._fuller_start(keys[0], core, before, reach) if len(keys) > 1 else 0
        if since is None:
            return None
        state = len(keys) == 1 and names_state(keys)  # a state's name has no first name
        for m_start, m_end in self._occurrences(keys[0], before, reach, since):
            if given and (surname_end := self._surname_after(keys[0], m_end, before)) is not None:
                # سيرينا: a given name alone is the one its bearer's surname follows
                # somewhere before (سيرينا وليامز)
                best = (m_start, surname_end)
                continue
            if len(keys) == 1 and keys[0] not in heads:
                if state:
                    continue  # بكين after ترامب (اتهمت إدارة ترامب بكين): no first name
                first_start = self._first_name_before(m_start, keys[0], before)
                if first_start is not None:
                    best = (first_start, m_end)
                continue
            reach = min(len(text), m_end + _FULLER_REACH)
            if (
                len(keys) > 1
                and sum(text.find(k, m_start, reach) >= 0 for k in core) * 3 < len(core) * 2
            ):
                # Too few of the mention's words stand in the stretch for the phrase read
                # from it to hold them (a phrase lies in its stretch, a key in its word).
                continue
            if self._counted(m_start):
                continue  # وهي رابع مخرجة لبنانية: one of several counted, no source named
            prev = list(WORD.finditer(text, max(0, m_start - 30), m_start))
            if len(keys) > 1 and prev and _governs(_key(prev[-1].group()), self.patterns):
                continue  # لمفوضية الأمم المتحدة: the phrase of another source
            first = WORD.match(text, m_start)
            if first is not None and definite_conjunct(first.group()):
                # الشرطة المحلية والشرطة الفدرالية: و before the article of a common noun
                # is the conjunction that joins the phrase to another, no letter of its
                # name (not والتر, a name)
                m_start += 1
            phrase = self._phrase_at(m_start, reach)
            if phrase is None:
                continue
            found = list(WORD.finditer(text, *phrase))
            words = [w.group() for w in found]
            n = _bearer_past_place(words, len(keys)) or len(keys) + 3
            while n < len(words) and self._name_goes_on(words, n):
                n += 1
            # the words past the mention's own are a name's, not the object of the verb
            # the phrase was the subject of (منصة سناب شات ميزة جديدة)
            n = min(n, name_tail(words[:n], len(keys), self.patterns))
            if body is None:
                body = entity_type(keys) in _BODIES
            if body:
                n = self._before_holder(words, len(keys), n)
            cut = found[:n]
            phrase = (phrase[0], cut[-1].end())
            pkeys = self._keys(phrase)
            if not self.patterns.lists["another"].isdisjoint(pkeys):
                continue  # أي شركة أخرى منافسة كوالكوم: another than the one it names
            if len(keys) == 1:
                if phrase[1] > m_end:
                    best = phrase
            elif (
                sum(k in pkeys for k in core) * 3 >= len(core) * 2
                and _holds(pkeys, core[:2])  # وزير الخارجية is not وزير الداخلية
                and _same_lineage(keys, pkeys)  # محمد بن راشد is not محمد بن زايد
                and not _other_adjective(pkeys, keys)  # الخارجية الكندية: not السعودية
                and len(pkeys) > len(keys)
                and _agree(_nisbas(keys), pkeys)
            ):
                best = phrase
        return best

    def _counted(self, start: int) -> bool:
        """Whether an ordinal governs the word at ``start`` (رابع مخرجة، أول امرأة).

        The phrase it opens counts someone among others of its kind, as a predicate or a
        description: it is no earlier form of a source (the ``ordinal`` list).
        """
        prev = LAST_WORD.search(self.mapped.text, max(0, start - _NEXT_WORD_REACH), start)
        if prev is None:
            return False
        word = prev.group(1)
        ordinals = self.patterns.lists["ordinal"]
        return word in ordinals or (word[:1] in "وف" and word[1:] in ordinals)

    def _name_goes_on(self, words: Sequence[str], n: int) -> bool:
        """Whether a fuller form of a name read as ``words`` is not cut before ``words[n]``.

        ولي العهد الأمير محمد بن سلمان: not before or after بن; مدرب المنتخب التونسي لكرة
        القدم نبيل معلول: nor between a given name (عبد الله الثني), or the father's name
        after بن (جديع بن نهار القحطاني), and the name after it. ``n`` is 2 or more.
        """
        word, before = words[n], _key(words[n - 2])
        return (
            bound(words[n - 1], self.patterns)
            or _key(word) in _SON
            or ((is_given_name(words[n - 1]) or before in _JOINS_NEXT) and self._surname(word))
            or word in COMPOUND_ENDS  # علاء ولي الدين، ماهر جاد الله: the end of the name
            or (before in _SON and self._family_name(word))
            # وزير النفط بيجان نمدار زنقنة: a proper name no list holds goes on with the
            # next such word, the rest of the bearer's name
            # (not دولان فيلما: a common noun in the accusative, the object)
            or (
                _bare_proper(words[n - 1], self.patterns)
                and _bare_proper(word, self.patterns)
                and not (word.endswith("ا") and takes_article(word[:-1]))
            )
        )

    def _phrase_at(self, start: int, end: int) -> tuple[int, int] | None:
        """The noun phrase that opens at ``start`` in the stretch up to ``end``, read once.

        The phrase alone is wanted: no addressee is read after it, and the stretch is read
        whole as with one (shorter than REACH unless the key is one huge word). Each
        look-back of :meth:`_fuller` reads the earlier forms of a title again; a text that
        repeats the title reads each once.
        """
        phrase = self._phrases.get((start, end), _UNREAD)
        if phrase is not _UNREAD:
            return phrase
        phrase, _ = clean_mention(
            self.mapped.text, start, end, self.patterns, find_addressee=end - start > REACH
        )
        self._phrases[start, end] = phrase
        return phrase

    def _fuller_start(
        self, head: str, core: tuple[str, ...], before: int, reach: int
    ) -> int | None:
        """Where :meth:`_fuller` may start looking for ``head``, or None when nowhere.

        An earlier form passes only with two thirds of ``core`` written after its start
        and within ``_FULLER_REACH`` characters of its end: a word first written at ``p``
        is so only for forms that end at ``p + len(word) - _FULLER_REACH`` or later. In
        a text of endless new speakers (وقال الوزير رقمN) the name is first written in the
        mention itself, and the forms of the title thousands of characters back are not
        read one by one.
        """
        text = self.mapped.text
        floor = max(0, before - reach - 3)  # a form opens up to three letters before its key
        limit = min(len(text), before + _FULLER_REACH)  # no form's stretch reads further
        ends = sorted(
            p + len(k) - _FULLER_REACH for k in core if (p := text.find(k, floor, limit)) >= 0
        )
        need = -(-2 * len(core) // 3)  # two thirds, rounded up
        if len(ends) < need:
            return None  # too few of the words are written at all
        return max(0, ends[need - 1] - len(head))

    def _before_holder(self, words: Sequence[str], start: int, end: int) -> int:
        """Where an institution's fuller phrase (``words[:end]``) stops before a person.

        صندوق التنمية العربي نادر الصالح, read from رئيس مجلس إدارة صندوق التنمية
        العربي نادر الصالح: the given name after a definite word that closes the
        institution's name opens the name of the title's holder. After a title the given
        name is the institution's own (جامعة الملك عبد العزيز). Words from ``start`` on are
        looked at.
        """
        for k in range(max(start, 1), end):
            word, prev = words[k], words[k - 1]
            if (
                is_given_name(word)
                and prev.startswith("ال")
                and not person_title(prev, self.patterns)
            ):
                return k
        return end

    def _first_name_before(self, start: int, surname: str, before: int) -> int | None:
        """Where the first name before the surname (key ``surname``) at ``start`` opens.

        The word before it, or عبد and the word after (عبد الفتاح السيسي), or a given name
        and the fathers' names after بن (جديع بن نهار القحطاني), after a title, a
        definite word (الإيراني علي شمخاني، وزير التجارة والصناعة، طارق قابيل) or a verb
        (كان فيناي توليا يمتلك: a given name or an unlisted word that reads as no noun,
        and not when the text gives the surname to another first name: واستقبل محمد
        ترامب, the object), in the same paragraph. A word joined by و is read without it
        (ونديم نعمان), unless it reads as a noun or a verb with its object (واستبدله
        مورينيو). ``before`` bounds the look for the surname's other bearers.
        """
        text = self.mapped.text
        heads = self.patterns.lists["speaker_head"]
        prev = list(WORD.finditer(text, max(0, start - _FIRST_NAME_REACH), start))
        if not prev or not _NAME_GAP_BREAKS.isdisjoint(text[prev[-1].end() : start]):
            return None  # لشركة "فلاور", عمر عبدالرحمن (عموري): a name in marks, a nickname
        n = 2 if len(prev) > 2 and _key(prev[-2].group()) in _JOINS_NEXT else 1
        while len(prev) > n + 2 and _key(prev[-1 - n].group()) in _SON:
            n += 2  # جديع بن نهار القحطاني: the given name before بن and the father's name
            if len(prev) > n + 2 and _key(prev[-1 - n].group()) in _JOINS_NEXT:
                n += 1  # عبد الله بن فهد القحطاني: عبد and the word after it
        while len(prev) > n and is_given_name(prev[-n].group()):
            if not is_given_name(prev[-1 - n].group()):
                break
            n += 1  # صلاح محمد الطبيجي: a first name and the father's, both given names
        if self._opens_paragraph(prev, n, start):
            return prev[-n].start()  # صلاح محمد الطبيجي: 47 عاما, a line that opens with it
        if len(prev) <= n:
            return None  # no word for a title before the first name
        first = prev[-1].group()
        bare_first = first.removeprefix("و")
        title = prev[-1 - n].group()
        if not (
            (n == 2 or first_name_like(first, self.patterns.lists, self.patterns.speech_words))
            and (first[:1] != "و" or not _noun_like(bare_first))
            # ويخشى موظفو غوغل: a participle's plural in construct governs the word after
            # it, no first name of it
            and not construct_plural(bare_first)
            and (
                title.startswith(("ال", "وال", "لل"))
                or title in heads
                # بيد أن دانة الفردان: a given name as the subject of a complementizer
                or (title in self.patterns.lists["complementizer"] and is_given_name(bare_first))
                or (
                    facts_of(self.patterns)[title].clause_verb
                    and _first_name(bare_first)
                    and not self._other_bearer(_key(bare_first), surname, before)
                )
            )
            and "\n" not in text[prev[-1 - n].start() : start]
        ):
            return None
        opening = prev[-n].start()
        return opening + 1 if n == 1 and first[:1] == "و" else opening

    def _opens_paragraph(self, prev: Sequence[re.Match[str]], n: int, start: int) -> bool:
        """Whether the last ``n`` words of ``prev`` are given names that open their line.

        A line that opens with a person's name (a heading, a caption) needs no title before
        it: its given names say it is one.
        """
        if len(prev) < n or not all(is_given_name(m.group()) for m in prev[-n:]):
            return False
        text = self.mapped.text
        opening = prev[-n].start()
        line = text.rfind("\n", 0, opening) + 1
        return not text[line:opening].strip() and "\n" not in text[opening:start]

    def _surname_after(self, given: str, end: int, before: int) -> int | None:
        """The end of a surname right after the given name (key ``given``) ending at ``end``.

        ``None`` when none is; ``before`` bounds the look for the surname's other bearers.

        A proper name that is no given name, common noun, preposition or particle, after
        spaces only (حنين نوروز; not محمد صلاح, two given names, nor نيمار على), not
        spelled as a verb of the present (:func:`_present_spelled`: نيمار يسحر) or a word
        joined by و (صوفيا وابنة), and no key of a source met already nor a name the text
        gives someone of another given name (وهنأ ميشال ماكرون ... إيمانويل ماكرون: the
        verb's object).
        """
        text = self.mapped.text
        nxt = WORD.search(text, end, end + _NEXT_WORD_REACH)
        if nxt is None or text[end : nxt.start()].strip(" \t"):
            return None
        word = nxt.group()
        if (
            is_given_name(word)
            or _present_spelled(word)
            or _key(word) in self.by_key
            or (
                word[:1] == "و"
                and (
                    takes_article(word[1:])
                    or _key(word[1:]) in _keys_of(self.patterns, "relational")
                )
            )
            or word_class(word) != "noun"
            or is_preposition(word)
            or not proper_name(word, self.patterns)
            or common_noun(word, self.patterns)
            or self._other_bearer(given, word, before)  # the costliest test, last
        ):
            return None
        return nxt.end()

    def _other_bearer(self, given: str, surname: str, before: int) -> bool:
        """Whether the text gives ``surname`` to someone of another given name too.

        وهنأ ميشال ماكرون ... إيمانويل ماكرون: the word after ميشال is another person's
        name, the verb's object.
        """
        text = self.mapped.text
        for start, _ in self._occurrences(_key(surname), before):
            words = WORD.findall(text, max(0, start - _NEXT_WORD_REACH), start)
            if words and _key(words[-1]) != given and is_given_name(words[-1]):
                return True
        return False

    def _surname(self, word: str) -> bool:
        """Whether ``word`` may follow a given name as its bearer's name (معلول، الأسد).

        A proper name, a word that needs the next (بن، آل), or a definite word that news
        writes with the article only as a name (not الوفد in سالم بن حمد الوفد الزائر: the
        object).
        """
        return (
            proper_name(word, self.patterns)
            or bound(word, self.patterns)  # بن، آل: the name goes on after it
            or (word.startswith("ال") and not takes_article(word[2:]))
        )

    def _family_name(self, word: str) -> bool:
        """Whether ``word`` may follow the father's name after بن as the family's name.

        A name a given name may take (:meth:`_surname`), or a definite relative adjective
        (جديع بن نهار القحطاني): not another definite noun, the verb's object (سالم بن حمد
        الوفد الزائر).
        """
        return self._surname(word) or (
            word.startswith("ال") and facts_of(self.patterns)[word].nisba
        )

    def _quantified(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        """The words of a mention after its quantifier: عدد من النشطاء → النشطاء, البعض → none.

        A share of a group (بعض، عدد من، أحد) is not the group, and two shares of two groups
        are not one source because both are shares.
        """
        lists = self.patterns.lists
        i = 0
        while i < len(keys) and (
            keys[i] in lists["quantifier"]
            or (keys[i] in lists["partitive"] and keys[i + 1 : i + 2] == ("من",))
        ):
            i += 2 if keys[i + 1 : i + 2] == ("من",) else 1
        return keys[i:]

    def _occurrences(
        self, key: str, before: int, reach: int = _LOOKBACK, since: int = 0
    ) -> Iterator[tuple[int, int]]:
        """The words whose key is ``key`` in ``reach`` characters before ``before``, in order.

        Only keys written from ``since`` on are looked at (a clitic before one may open
        earlier).
        """
        text = self.mapped.text
        floor = max(0, before - reach, since)
        i = text.find(key, floor, before)
        while i != -1:
            start, end = i, i + len(key)
            while start > 0 and i - start < 3 and text[start - 1].isalnum():
                start -= 1  # a clitic or the article before the key
            whole = (start == 0 or not text[start - 1].isalnum()) and not (
                end < len(text) and text[end].isalnum()
            )
            if whole and _key(text[start:end]) == key:
                yield start, end
            i = text.find(key, i + 1, before)

    def name(self, entity: Entity, span: tuple[int, int]) -> None:
        """Give ``entity`` the proper name found in apposition (``الوزير، أفيغدور ليبرمان``)."""
        entity.name = name_of(self.mapped, span)
        keys = self._keys(span)
        entity.alias(keys)
        self._index(entity, keys)

    def carries_on(self, entity: Entity, latest: Entity) -> bool | None:
        """Whether ``entity``, met for the first time after وأضاف or وتابع, is ``latest``.

        The verb carries on what the latest source said; a person or an organisation new
        to the document after it is that source named or described anew, when one of the
        two bears a proper name and the other only titles (كبيرة المسؤولين الطبيين ...
        وأضافت سالي ديفيز; تركي آل الشيخ ... وأضاف رئيس هيئة الرياضة; الجزيرة كابيتال ...
        وأضافت شركة الأبحاث), of one gender and kind, and no two titles or heads tell
        them apart (الرئيس ... وأضاف وزير الخارجية، وكالة الأنباء ... وأضاف التحالف:
        another source). A bare title is not enough (نيمار ... وأضاف المدرب: the coach
        the article knows), nor a spokesman after the one he speaks for (ترامب ... وأضاف
        المتحدث باسم البيت الأبيض); a spokesman named after he spoke is himself (متحدث باسم
        وزارة الدفاع ... وأضاف مانينغ).

        Args:
            entity: The source just met after the verb.
            latest: The source of the quote before.

        Returns:
            None when the two are not shown to be one source; else whether ``entity`` is
            the named one of the two (True) or the described one (False).

        Example:
            >>> from quotekit.lexicon import default_lexicon
            >>> from quotekit.normalization import normalize_mapped
            >>> from quotekit.patterns import cue_patterns
            >>> text = "قالت كبيرة المسؤولين الطبيين إن. وأضافت سالي ديفيز إن"
            >>> mapped = normalize_mapped(text, config="extraction")
            >>> registry = Registry(patterns=cue_patterns(default_lexicon()), mapped=mapped)
            >>> norm = mapped.text
            >>> def met(words):
            ...     start = norm.index(words)
            ...     return registry.resolve((start, start + len(words)), "f")[0]
            >>> described, named = met("كبيرة المسؤولين الطبيين"), met("سالي ديفيز")
            >>> registry.carries_on(named, described), registry.carries_on(described, described)
            (True, None)
        """
        kinds = {self.type_of(entity), self.type_of(latest)}
        if (
            entity is latest
            or not kinds <= _CARRIED_ON
            # إحدى الشخصيات: one of a group, another than the one who spoke
            or any(self._quantified(e.keys) != e.keys for e in (entity, latest))
        ):
            return None
        if None not in (entity.gender, latest.gender) and entity.gender != latest.gender:
            return None
        named, title = self._own_name_and_title(entity.name)
        named = named or self._family_alone(entity.name)  # وأضاف المؤخر: a family's name
        latest_named, latest_title = self._own_name_and_title(latest.name)
        if named is latest_named or (title and latest_title and title != latest_title):
            return None
        if len(kinds) > 1 and (title if named else latest_title):
            return None  # a person and a body, unless the "person" is a bare name (a guess)
        described = latest if named else entity
        if len(described.keys) < 2:
            return None  # نيمار ... وأضاف المدرب: a bare title names someone else it knows
        if not named and ON_BEHALF in entity.keys:
            return None  # ترامب ... وأضاف المتحدث باسم البيت الأبيض: his spokesman
        return named

    def names_anew(self, entity: Entity, described: Entity) -> bool:
        """Whether ``entity`` may name the person ``described`` was met by a title only.

        ``entity`` was met by a proper name alone, a given name first or two proper names or
        more (no title, no apposition: the title before said who it is) and is a person, as
        ``described`` is, whose words are a definite person's title and no name (رئيس
        الوكالة، مديرة السياسات; not متحدث باسم الشرطة, someone new), or a name in its
        genitive only, another person's (مديرة المكتب في حكومة رئيس الوزراء فلان:
        :meth:`_own_name_and_title`). Whether their genders agree is :meth:`carries_on`'s
        to tell, as for any source that carries on another.
        Shown through :func:`quotekit.extract_quotes`, which asks it of a lede's source:

        Example:
            >>> from quotekit import extract_quotes
            >>> def sources(lede):
            ...     text = lede + " إن العاصفة قادمة. وقال كريم الهادي إن السكان تلقوا تحذيرات."
            ...     return [(q.speaker.name, q.speaker.entity) for q in extract_quotes(text)]
            >>> sources("قال مدير هيئة الأرصاد")
            [('كريم الهادي', 0), ('كريم الهادي', 0)]
            >>> sources("قال متحدث باسم الهيئة")
            [('متحدث باسم الهيئة', 0), ('كريم الهادي', 1)]
        """
        heads = self.patterns.lists["speaker_head"]
        return (
            not entity.aliases
            and not described.aliases
            and bool(described.keys)
            and self._person_noun(described.keys[0])
            and _definite_title(_name_words(described.name))
            and not self._own_name_and_title(described.name)[0]
            and heads.isdisjoint(entity.keys)
            # a person's name, not روسيا or كوريا الشمالية: a given name first, or two or
            # three proper names (أولاف يوهانسن)
            and bool(entity.keys)
            and (
                (
                    (
                        is_given_name(entity.keys[0])
                        or (len(entity.keys) > 1 and self._is_named(entity.keys))
                    )
                    and self._name_and_title(entity.name) == (True, "")
                )
                or self._family_alone(entity.name)
            )
            and self.type_of(entity) == self.type_of(described) == "person"
        )

    def _family_alone(self, name: str) -> bool:
        """Whether ``name`` is one family name with the article, and nothing else (المؤخر).

        News names a person by the family name alone once a title has said who it is; a
        word with the article that news never writes with it as a common word (nor a
        source's noun) is such a name (:meth:`_surname`).
        """
        words = _name_words(name)
        return (
            len(words) == 1
            and words[0].startswith("ال")
            and self._surname(words[0])
            and not facts_of(self.patterns)[words[0]].source_head
        )

    def _person_noun(self, key: str) -> bool:
        """Whether ``key`` opens a description of a person: a title, or a noun of kin.

        خطيبة الإعلامي فلان, زوجة فلان: a noun of kin (``relational``) in construct with
        a name describes a person by another, as a title in construct does. Kin is read
        by its key, as :func:`_possessed_bearer` reads it (والدة: its key, not the word).
        """
        return person_title(key, self.patterns) or key in _keys_of(self.patterns, "relational")

    def _own_name_and_title(self, name: str) -> tuple[bool, str]:
        """:meth:`_name_and_title`, but a person's name that stands in the genitive is none.

        مديرة السياسات في حكومة رئيس الوزراء السابق فلان، محامي فلان: the given name is
        there, yet the whole is what is shown (:meth:`shown_name`): the name is another
        person's, and the source is met by a title alone.
        """
        named, title = self._name_and_title(name)
        words = _name_words(name)
        if (
            named
            and title
            and self._person_noun(_key(words[0]))  # a title or kin opens it, no name
            and any(map(is_given_name, words[1:]))
            and self.shown_name(name) == name
        ):
            return False, title
        return named, title

    def _name_and_title(self, name: str) -> tuple[bool, str]:
        """Whether ``name`` holds a proper name of its source's, and the key of its first title.

        Titles, honorifics, definite words, adjectives, particles and prepositions are
        passed over (الرئيس الأمريكي دونالد ترامب، عضو الكنيست في حزب X، اللاعب السابق); a
        family name with the article is a name (الأحمد). What follows باسم, or a clitic ل
        after a title on a noun or before more words, is whose the title is (متحدث باسم
        تويوتا، المدير الفني لمانشستر يونايتد; not الوزير لودريان, a name): no name of
        the source's own.
        """
        title = ""
        words = _name_words(name)
        facts = facts_of(self.patterns)
        when = self.patterns.lists["title_when"]
        for i, word in enumerate(words):
            key = _key(word)
            if (
                facts[word].source_head  # a title or a body's noun
                or key in honorific_titles()
                # كبيرة المسؤولين: a word that governs a definite source noun is a title
                or (
                    i + 1 < len(words)
                    and words[i + 1][:2] == "ال"
                    and facts[words[i + 1]].source_head
                )
            ):
                title = title or key
                continue
            if word.startswith("ال"):
                if is_given_name(key):
                    return True, title  # الأحمد: a family name
                continue  # an adjective or a genitive of the title (الفني، الدولي)
            if word == ON_BEHALF:
                return False, title
            fact = facts[word]
            if title and fact.clitic_preposition and not is_given_name(word):
                bare = word[1:]
                if i + 1 < len(words) or takes_article(bare) or facts[bare].source_head:
                    return False, title  # لمانشستر يونايتد، بجامعة: the title's genitive
            if (
                fact.particle
                or fact.preposition
                or fact.possessed
                or key in when  # اللاعب السابق: how the title is held
                or (
                    title  # an adjective of the title (خبير اقتصادي), not a name (نقشبندي)
                    and key.endswith(_ADJECTIVE_ENDS)
                    and fact.adjective
                    and not is_given_name(key)
                )
                or len(word) < 2
            ):
                continue  # و، في: what joins titles; حسابها: a thing; اقتصادي: an adjective
            # a foreign name may end like a nisba or a pronoun (سالي، جوزيه): what tells a
            # name is that no list knows the word as a noun, a verb or a number
            if not (fact.head or fact.common or fact.verb or fact.digit):
                return True, title
        return False, title

    def absorb(self, entity: Entity, into: Entity, *, named: bool) -> None:
        """Make ``entity``, just met, one with ``into``: the same source.

        Its words name ``into`` from now on, and its name is ``into``'s when it is the
        named one (``named``) and shares no word with it: the proper name, not the titles
        ``into`` was met by (which stay its keys, so that the title spelled another way
        still finds it). ``entity`` leaves the registry.
        """
        for keys in (entity.keys, *entity.aliases):
            for key in keys:
                bucket = self.by_key.get(key)
                if bucket is not None:
                    bucket[:] = [e for e in bucket if e is not entity]
                    if not bucket:
                        del self.by_key[key]
        for found in (self.recent, self.anonymous):
            found[:] = [e for e in found if e is not entity]
        if named and not set(entity.keys) & set(into.keys):
            into.name = entity.name  # its proper name, not the titles it was met by
        for keys in (entity.keys, *entity.aliases):
            into.alias(keys)
            self._index(into, keys)

    def use(self, entity: Entity) -> None:
        """Mark ``entity`` as the latest speaker (the most recent twenty are kept)."""
        if entity in self.recent:
            self.recent.remove(entity)
        self.recent.append(entity)
        del self.recent[:-_RECENT_ENTITIES]

    def last(self, gender: str | None) -> Entity | None:
        """The most recent speaker of ``gender``; else of unknown gender; else any."""
        if gender is not None:
            for wanted in (gender, None):
                for entity in reversed(self.recent):
                    if entity.gender == wanted:
                        return entity
        return self.recent[-1] if self.recent else None

    def find_words(self, words: Sequence[str]) -> Entity | None:
        """The known entity a mention of these (normalised) words names, if any.

        Nothing is created or marked used. A group's plural in the oblique (للمنظمين) names
        the group met in the nominative or in construct (منظمو المهرجان).
        """
        keys = tuple(map(_key, words))
        definite = bool(words) and words[0].startswith("ال")
        found = self._find_joined(keys, definite=definite)
        if found is None and (nominative := _nominative(keys)) != keys:
            found = self._find_joined(nominative, definite=definite)
        return found

    def _find_joined(self, keys: tuple[str, ...], *, definite: bool) -> Entity | None:
        """:meth:`_find` for ``keys``, or else for them with compound names joined.

        نصر الله is حسن نصرالله، عبد الله is عبدالله: a name's parts in one word or two.
        """
        # A phrase that shares no word with a source, with no anonymous source met yet,
        # names none (the test _find opens with): most phrases asked about, told here.
        if self.anonymous or not self.by_key.keys().isdisjoint(keys):
            found = self._find(keys, definite=definite)
        else:
            found = None
        if found is None:
            joined = _joined(keys)
            if joined != keys:
                found = self._find(joined, definite=definite)
        return found

    def lede(self, before: int) -> tuple[int, int] | None:
        """The source noun phrase the article opens with (before ``before``)."""
        end = min(before, self.body + MAX_CLAUSE)
        return source_before(self.mapped.text, self.body, end, self.patterns, first=True)

    def current(self, gender: str | None, before: int, *, use: bool) -> Entity | None:
        """The latest speaker of ``gender``, or else the source the article opens with.

        The second is what ``معاليه`` means in an article that names the minister first.
        """
        last = self.last(gender)
        if last is None:
            lede = self.lede(before)
            if lede is None:
                return None
            last, _ = self.resolve(lede, gender, use=use)
        elif use:
            self.use(last)
        return last

    def shown_name(self, name: str) -> str:
        """A person's proper name out of ``name``: without the titles before and after it.

        وزير الطاقة الجزائري صالح خبري and صالح خبري وزير الطاقة الجزائري are shown صالح
        خبري, as the annotation guide names a source (its fullest proper name) and as a
        reader counting sources across articles needs. The entity keeps every word to
        link its mentions by (وأضاف وزير الطاقة still finds it). The proper name opens with
        a listed given name after a title or a definite word (the two words before it, when
        there are two, and the phrase's first; a genitive after ل with the article and باسم
        are the title's: الأمين العام للأمم المتحدة أنطونيو غوتيريش، المتحدث باسم الحكومة
        بنيامين غريفو; a given name that is also a title, before a definite word, is the
        title: أمين المجلس الأعلى ... علي شمخاني), has a word or more after it (two after
        عبد), and ends before a preposition or a title, unless a given name follows that
        title (الدكتور أحمد opens a name), a particle stands before it (تركي آل الشيخ) or it
        ends the name after a word without the article (محمد علي القاضي). A name is shown
        whole when it holds no such proper name (مدير مؤسسة نور الحياة), or the name is
        another person's: a kin's or counsel's noun in construct (محامي دونالد ترامب), a
        title whose genitive is another title, unless a deputy's (مستشار الرئيس ... ; not
        نائب الرئيس), titles in the genitive of a noun (في حكومة رئيس الوزراء ...), or two
        persons' (ماكرون ورئيس الوزراء ترودو).

        Example:
            >>> from quotekit import extract_quotes
            >>> text = "وقال وزير الطاقة الجزائري صالح خبري إن الإنتاج سيرتفع."
            >>> extract_quotes(text)[0].speaker.name
            'صالح خبري'
        """
        return _shown_name(name, self.patterns)

    def named_again(self, name: str, spans: Iterable[tuple[int, int]]) -> str | None:
        """The proper name ending ``name`` that one of its mentions (``spans``) repeats alone.

        A source first met by a description and its name together (رائدة الأعمال سلمى
        داود) and named again later by the name's words alone (وقالت سلمى داود) shows where
        its proper name opens: the words the writer repeats are the name, the ones before
        them what the person is. Two words or more, none a title, a source's noun or a
        definite word, after a description (a title or a definite word among the words
        before), and neither after nor opening with a word that binds them to the one
        before (بن، آل، أبو، عبد).
        """
        words = _name_words(name)
        found = list(WORD.finditer(name))
        if len(found) != len(words) or len(words) < 3:
            return None
        keys = tuple(_key(w) for w in words)
        facts = facts_of(self.patterns)
        for span in dict.fromkeys(spans):  # one mention, quoted often, is read once
            said = self._keys(span)
            n = len(said)
            if not 2 <= n < len(keys) or keys[-n:] != said:
                continue
            first = len(keys) - n
            if (
                keys[first - 1] in NAME_PARTICLES
                or keys[first - 1] in _KUNYA
                or keys[first - 1] in _NASAB
                or keys[first] in _NASAB  # محمد بن عطية ... بن عطية: one name
                or any(facts[w].source_head or w.startswith("ال") for w in words[first:])
                # بيونغ يون كيم ... يون كيم: what stands before is a description (a
                # title, a definite word), not more of the name
                or not any(facts[w].source_head or w.startswith("ال") for w in words[:first])
            ):
                continue
            return name[found[first].start() :]
        return None

    def type_of(self, entity: Entity) -> str:
        """What kind of source ``entity`` is, read from the head of its name.

        One of ``person``, ``organisation``, ``group``, ``document`` and ``anonymous``
        (see :func:`quotekit.morphology.entity_type`); a name of no known head is an
        organisation's when another of its forms opens with a company's noun, or when the
        text writes it after an institution's noun somewhere (شركة غوغل).
        """
        kind = _type_of_name(entity.name)
        if kind != "person" or not entity.keys:
            return kind
        words = _name_words(entity.name)
        companies = self.patterns.lists["company"]
        if (
            words
            and listed_head(words[0]) is None
            and (
                any(form[:1] and form[0] in companies for form in entity.aliases)
                or self._body_named(entity.keys[0])
            )
        ):
            # الجزيرة كابيتال, also called شركة الجزيرة كابيتال; غوغل, which the text writes
            # شركة غوغل somewhere
            return "organisation"
        return kind

    def _body_named(self, key: str) -> bool:
        """Whether the text writes a word of ``key`` right after an institution's noun.

        That is, whether ``key`` is one of :meth:`_bodies`, whose reading of the whole text
        is made only when some occurrence may be one: a word whose key is ``key`` holds its
        letters (but a last ن, which the key of a plural in construct adds: منظمو), and
        an institution's noun, a clitic maybe, stands before it, then spaces and a quote
        mark maybe, as :func:`_body_pattern` reads them. Most names are written after none.
        """
        stem = key[:-1] if key.endswith("ن") else key
        if self._bodies_named is not None or key == _FATHER or len(stem) < 2:
            # read already; أبو: the key of أبي and أبا too
            return key in self._bodies()
        text = self.mapped.text
        openers = _body_openers()
        pos = text.find(stem)
        for _ in range(_BODY_LOOKS):
            if pos < 0:
                return False
            start = _run_start(text, pos)  # the word that holds the letters
            gap = start - 1 if start and text[start - 1] in _BODY_MARKS else start
            end = gap
            while end and text[end - 1] in " \t":
                end -= 1
            if end < gap and text[_run_start(text, end) : end] in openers:
                return key in self._bodies()
            pos = text.find(stem, pos + 1)
        # letters written that often: the whole text is read once, for every key after
        return pos >= 0 and key in self._bodies()

    def _bodies(self) -> frozenset[str]:
        """The keys of the words the text writes right after an institution's noun.

        شركة غوغل، منصة سناب شات، قناة الجزيرة: a noun without the article that heads an
        institution (``entity_heads.tsv``), then a word no list holds. Read once per
        document, by one reading of its text (:func:`_body_matches`).
        """
        if self._bodies_named is None:
            self._bodies_named = frozenset(
                _key(m.group(1))  # غوغل، الجزيرة in قناة الجزيرة
                for m in _body_matches(self.mapped.text)
                if listed_head(m.group(1)) is None
            )
        return self._bodies_named

    def merged(
        self,
        types: Mapping[int, str],
        entities: Iterable[Entity],
        quoted: Mapping[int, int],
    ) -> dict[int, Entity]:
        """Which entity each of ``entities`` is, once short forms join their full forms.

        A source named in one place by a surname or a title (``القحطاني``, ``الناطق``) and
        elsewhere by the full phrase that holds it (``الناطق الإعلامي حسين القحطاني``) is
        one source: every form of the shorter one stands inside a form of the longer one,
        and no other of ``entities`` holds it. A bare person title also joins the one named
        person whose name follows it in the text (``الناطق الإعلامي للوزارة حسين
        القحطاني`` ... ``وقال القحطاني``). Returns ``id(entity)`` → the entity it joins
        (itself when it joins none). ``types`` gives each entity's :meth:`type_of` by
        ``id``, ``quoted`` how many quotes it has.
        """
        unique = list({id(e): e for e in entities}.values())
        forms = {
            id(e): [
                _nominative(_joined(form)) if types[id(e)] == "group" else _joined(form)
                for form in (e.keys, *e.aliases)
            ]
            for e in unique
        }
        definite = {id(e): e.name.startswith("ال") for e in unique}
        persons = [e for e in unique if types[id(e)] == "person"]
        by_key: dict[str, list[Entity]] = {}  # a word -> the entities with a form holding it
        for entity in unique:
            for key in {k for form in forms[id(entity)] for k in form}:
                by_key.setdefault(key, []).append(entity)
        # A holder's first form is longer than the entity's: each word's entities sorted by
        # that length, so that those no longer are passed over at once (a text of one
        # title for thousands of names would test each against all)
        size = {id(e): len(forms[id(e)][0]) for e in unique}
        for found in by_key.values():
            found.sort(key=lambda e: size[id(e)])
        people = self._people(persons, quoted, forms)
        owners: _Owners | None = None
        into: dict[int, Entity] = {}
        titled: dict[int, Entity] = {}  # id of a named person -> the bare title joining it
        tails: dict[tuple[str, ...], list[Entity]] = {}  # the named persons by their last keys
        for person in people.named:
            tails.setdefault(person.keys[-2:], []).append(person)
        for entity in unique:
            # A holder has every word of the entity's first form in one of its forms: the
            # entities of the rarest of those words with a longer first form are all there
            # is to test (those of a title word, الوزير، can be every source of a long
            # text). The order of the holders does not matter: one joins, or none.
            first = forms[id(entity)][0]
            kind = types[id(entity)]
            body, thing = kind in _BODIES, kind in ("organisation", "document")
            holders = [
                other
                for other in (
                    _longer(by_key, size, first) if first and self._quantified(entity.keys) else ()
                )
                if other is not entity
                # an institution in a person's title is not that person (الأمم المتحدة in
                # وكيل الأمين العام للأمم المتحدة مارك لوكوك، صندوق التنمية العربي in رئيس مجلس
                # إدارة صندوق التنمية العربي نادر الصالح), nor the people it names
                # (الاتحاد الأوروبي in مسؤولون من الاتحاد الأوروبي)
                and not (
                    body
                    and types[id(other)] == "person"
                    and self._titled_or_named(other.keys)  # not رأي المركز: a thing's noun
                )
                and not (thing and types[id(other)] in ("group", "anonymous"))
                # السعودية in وزير الخارجية السعودية عادل الجبير: words of a named person's
                # title only, none of the name, are not that person
                and not (
                    types[id(other)] == "person"
                    and self._title_only(_name_words(other.name), forms[id(entity)][0])
                )
                # مصدر طبي آخر holds no مصدر طبي, بعض المنظمات no المنظمات
                and self.patterns.lists["another"].isdisjoint(other.keys)
                and self._quantified(other.keys) == other.keys
                and all(
                    any(
                        _contains(big, small)
                        and not self._dependent(big, small, clitic=True)
                        # تويتر in رئيسة الثقة والسلامة في تويتر: where a person works
                        and not (types[id(other)] == "person" and _within(big, small))
                        and not self._title_of(big, small, definite=definite[id(other)])
                        for big in forms[id(other)]
                    )
                    for small in forms[id(entity)]
                )
            ]
            if not holders and kind == "document":
                if owners is None:
                    owners = self._owners(unique, forms, types)  # once, for the first asking
                holders = self._owner(entity, owners, forms) or self._same_owner(entity, owners)
            if not holders and kind == "person":
                bare = self._bare_title(entity)  # read once for the three that ask
                holders = (
                    self._named_after(entity, bare, people.last_named)
                    or self._sole_named(entity, bare, people, forms)
                    or self._named_before(entity, tails)
                    or self._surname_of_title(entity, bare, people.surnamed)
                    or self._possessor_titled(entity, persons, forms)
                    or self._nisba_named(entity, persons)
                )
                if len(holders) == 1:
                    titled[id(holders[0])] = entity
            if not holders and entity is unique[0] and kind in _OF_PEOPLE:
                holders = self._lede_named(entity, unique, persons, forms)
            if not holders and kind == "organisation":
                holders = self._named_of_kind(entity, unique)
            if not holders:
                holders = self._governed(entity, unique)
            into[id(entity)] = holders[0] if len(holders) == 1 else entity
        for named, title in titled.items():
            if into[named] is title:
                into[named] = into[id(title)]  # a name and its title that hold each other: the name
        self._join_same_names([e for e in unique if into[id(e)] is e], types, into)
        roots: dict[int, Entity] = {}
        for entity in unique:
            root = entity
            for _ in range(len(unique)):  # follow the chain: each step goes to a longer form,
                # or to the fullest of a group, which joins no other (no cycle forms)
                nxt = into[id(root)]
                if nxt is root:
                    break
                root = nxt
            roots[id(entity)] = root
        return roots

    @staticmethod
    def _named_of_kind(entity: Entity, entities: Sequence[Entity]) -> list[Entity]:
        """The one other source named after the noun that heads ``entity``, an unnamed body.

        أعلنت محمية كينية ... وأضافت محمية "أو.آي.بيجيتا": news brings a body in by its
        noun and relative adjectives alone, then names it. ``entity`` is such a body (no
        article, adjectives only after the noun); the one source that the same noun heads
        with a word of its own after it, its adjectives agreeing, is that body. None when
        two are (two bodies of that kind: which is meant cannot be told).
        """
        keys, words = entity.keys, _name_words(entity.name)
        if len(keys) < 2 or any(w.startswith("ال") for w in words):
            return []  # وزارة الخارجية الأميركية: a definite word is a genitive, a name
        ours = _adjectives_alone(keys)
        if ours is None:
            return []  # محمية غابات: a name of its own
        found = [
            other
            for other in entities
            if other is not entity
            and len(other.keys) > 1
            and other.keys[0] == keys[0]
            and not other.keys[1].endswith(_NISBA_ENDS)
            and _agree(ours, other.keys)
        ]
        return found if len(found) == 1 else []

    def _title_only(self, words: tuple[str, ...], keys: tuple[str, ...]) -> bool:
        """Whether ``keys`` hold no word of the proper name in the titled person's ``words``.

        A word of the title alone (السعودية in وزير الخارجية السعودية عادل الجبير) names
        some other source. False when ``words`` are no title and a name
        (:meth:`_person_name`).
        """
        found = self._person_name(words)
        return found is not None and bool(found[1]) and {_key(w) for w in found[0]}.isdisjoint(keys)

    def _owners(
        self,
        entities: Sequence[Entity],
        forms: Mapping[int, list[tuple[str, ...]]],
        types: Mapping[int, str],
    ) -> _Owners:
        """The sources that may own a document, by the word their name opens with.

        Organisations and groups by the first word of each form, and by the second after
        a noun that introduces names (وكالة رويترز); persons by the surname that ends a
        form of theirs holding a given name and proper names after it (مايك بنس); documents
        by the owner their name gives: a text of thousands of documents must not read every
        source again for each.
        """
        intro = self.patterns.lists["name_intro"]
        by_word: dict[str, list[Entity]] = {}
        documents: dict[str, list[Entity]] = {}
        by_surname: dict[str, list[Entity]] = {}
        for entity in entities:
            kind = types[id(entity)]
            if kind == "person":
                # اقتراح بنس after مايك بنس: a person's document, by the surname alone
                surnames = {_surname(f, self.patterns) for f in forms[id(entity)]}
                for word in surnames:
                    if word is not None:
                        by_surname.setdefault(word, []).append(entity)
            elif kind in ("organisation", "group"):
                words = {f[0] for f in forms[id(entity)] if f}
                words.update(f[1] for f in forms[id(entity)] if len(f) > 1 and f[0] in intro)
                for word in words:
                    by_word.setdefault(word, []).append(entity)
            elif kind == "document":
                owner = _document_owner(entity.name)
                if owner is not None:
                    documents.setdefault(owner, []).append(entity)
        return _Owners(by_word=by_word, documents=documents, by_surname=by_surname)

    def _owner(
        self,
        document: Entity,
        owners: _Owners,
        forms: Mapping[int, list[tuple[str, ...]]],
    ) -> list[Entity]:
        """The one other source whose document ``document`` is: its owner after the noun.

        تقديرات بورنينغ غلاس، معطيات المعهد، بيان للفيفا: a document noun and, in the
        genitive, a source quoted elsewhere in the document (شركة بورنينغ غلاس، المعهد
        الوطني للإحصاء), or a surname alone that a named person bears (اقتراح بنس after
        مايك بنس: a proper name governs no genitive, so the noun before is in construct
        with it). What a document says, its owner says. A relative adjective alone (تقرير
        أميركي) owns nothing.
        """
        rest = self._quantified(document.keys)[1:]
        heads = self.patterns.lists["speaker_head"]
        if not rest or (_nisbas(rest) == frozenset(rest) and heads.isdisjoint(rest)):
            return []  # تقرير أميركي; not بيان النادي, a source noun in ي
        first = rest[0]
        owned = [rest, (first[1:], *rest[1:])] if first[:1] == "ل" and len(first) > 3 else [rest]
        if len(rest) == 1 and rest[0] in owners.by_surname:
            # بيان ترامب، اقتراح بنس: a surname alone in the genitive names one person
            persons = [e for e in owners.by_surname[rest[0]] if e is not document]
            return persons[:2]
        intro = self.patterns.lists["name_intro"]
        # the organisations and groups with a form that opens with a run's first word
        found = {id(e): e for run in owned for e in owners.by_word.get(run[0], ())}
        # Two at the most, in any order: the caller joins only when exactly one is found.
        return [
            other
            for other in found.values()
            if other is not document
            and any(
                # the owner's own name, not a word of a title (متحدث باسم وزارة التجارة)
                form[: len(run)] == run
                or (form[:1] and form[0] in intro and form[1 : 1 + len(run)] == run)
                for form in forms[id(other)]
                for run in owned
            )
        ][:2]

    def _same_owner(self, document: Entity, owners: _Owners) -> list[Entity]:
        """The first document met of the owner ``document`` names, when no source is it.

        بيان للفيفا ... لوائح الفيفا، تقرير مؤسسة النقد ... التقرير الـ 51 لمؤسسة النقد:
        what two documents of one owner say, that owner says, quoted or not. The owner is
        the noun in the genitive after the document's noun (:func:`_document_owner`). The
        earlier document is the one joined, so no chain turns back on itself.
        """
        owner = _document_owner(document.name)
        if owner is None:
            return []
        found = [o for o in owners.documents.get(owner, ()) if o.order < document.order]
        return found[:1] if len(found) == 1 else []

    def _titled_or_named(self, keys: tuple[str, ...]) -> bool:
        """Whether ``keys`` open with a person's title or hold a given name: a person's."""
        return bool(keys) and (
            person_title(keys[0], self.patterns) or any(map(is_given_name, keys))
        )

    def _governed(self, seat: Entity, entities: Sequence[Entity]) -> list[Entity]:
        """The one other source that a seat of government stands for (تل أبيب، الإليزيه).

        News names a state's government by its seat (metonymy, :func:`seat_state`): the
        seat is the state named as a source (دمشق and سوريا) or its government
        (الحكومة الإسرائيلية، الرئاسة الفرنسية: a government noun and the state's
        relative adjective, no more; إدارة الرئيس الأميركي is the president's). A palace
        (الكرملين، البيت الأبيض) is only the government: the presidency, not the state.
        Two such sources: none is chosen.
        """
        words = _name_words(seat.name)
        state = seat_state(words)
        if state is None:
            return []
        # a palace (الكرملين، الإليزيه) is the presidency, not the state: never روسيا
        palace = words[0] in self.patterns.lists["palace"]
        name = () if palace else tuple(_key(w) for w in state.state)
        adjectives = {form for a in state.adjectives for form in (_key(a), _key(a) + "ة")}
        government = _keys_of(self.patterns, "government")
        # Two at the most: the caller joins only when exactly one is found.
        return [
            other
            for other in entities
            if other is not seat
            and (
                other.keys == name
                or (
                    len(other.keys) == 2
                    and other.keys[0] in government
                    and other.keys[1] in adjectives  # الحكومة الإسرائيلية, not إدارة الرئيس X
                )
            )
        ][:2]

    def _join_same_names(
        self, alone: Sequence[Entity], types: Mapping[int, str], into: dict[int, Entity]
    ) -> None:
        """Join the entities of ``alone`` (each joining none yet) that bear one name.

        Two sources with the same name are one (بشار الأسد twice: once found from الرئيس
        السوري, once from الأسد), unless anonymous (two sources called مصدر أمني may be
        two). Two persons of one gender with the same proper name (:meth:`_person_name`)
        are one when their titles have one head or one has none (اللاعب المغربي فيصل فجر،
        لاعب الوسط فيصل فجر; الأمير محمد بن سلمان and the crown prince named محمد بن سلمان
        in apposition); two heads (رئيس النادي محمد علي، لاعب الزمالك محمد علي) may be two
        persons who share a common name. Each joins the one with the longest name (the
        fullest), the first of them on a tie.
        """
        groups: dict[tuple[str, ...], list[Entity]] = {}
        people: dict[tuple[str, ...], list[tuple[Entity, str]]] = {}  # name -> (entity, head)
        for entity in alone:
            if types[id(entity)] == "anonymous":
                continue
            words = _name_words(entity.name)
            groups.setdefault(words, []).append(entity)
            if types[id(entity)] == "group":
                # باحثون and later الباحثين: the definite plural is the group met before,
                # in either case (keys, not words: marked apart from the names above)
                groups.setdefault(("", *_nominative(entity.keys)), []).append(entity)
            if types[id(entity)] == "person":
                found = self._person_name(words)
                if found is not None:
                    name, head = found
                    people.setdefault(name, []).append((entity, head))
        for name, bearers in people.items():
            heads = {head for _, head in bearers if head}
            genders = {e.gender for e, _ in bearers if e.gender is not None}
            if len(heads) <= 1 and len(genders) <= 1:
                groups.setdefault(name, []).extend(e for e, _ in bearers)
        self._join_company_names(alone, into)
        self._join_surnames(alone, types, groups, into)
        for group in groups.values():
            members = list({id(e): e for e in group if into[id(e)] is e}.values())
            if len(members) < 2:
                continue  # one, or all joined by another group
            fullest = max(members, key=lambda e: (len(e.name), -e.order))
            for entity in members:
                into[id(entity)] = fullest

    def _join_company_names(self, alone: Sequence[Entity], into: dict[int, Entity]) -> None:
        """Join the sources that end with one company's name into the one a company noun heads.

        شركة أبل and عملاق التكنولوجيا الأمريكي أبل: a company noun and its name, and a
        description and the same name after it, are one company, shown by the company
        noun's form (the fullest of them). The name is the last word, a proper name, or a
        name spelled in letters (:meth:`_company_words`); no person's title stands in the
        other (رئيس شركة أبل، متحدثا باسم تويوتا are persons).
        """
        companies = self.patterns.lists["company"]
        facts = facts_of(self.patterns)
        by_name: dict[tuple[str, ...], list[Entity]] = {}
        for entity in alone:
            keys = entity.keys
            if len(keys) < 2 or entity.anonymous:
                continue
            start, end = self._company_words(keys)
            if start == end:
                continue
            if (
                any(
                    (facts[k].source_head or facts[k].object_head or k == ON_BEHALF)
                    and k not in companies
                    for k in keys[:start]
                )
                or word_class(keys[0]) == "verb"
            ):
                continue  # متحدثا باسم تويوتا، رئيس شركة أبل: a person; يخلق تويتر: no name
            by_name.setdefault(keys[start:end], []).append(entity)
        for bearers in by_name.values():
            named = [e for e in bearers if e.keys[0] in companies]
            if len(bearers) < 2 or not named:
                continue
            company = max(named, key=lambda e: (len(e.name), -e.order))
            for entity in bearers:
                if into[id(entity)] is entity:
                    into[id(entity)] = company

    def _company_words(self, keys: tuple[str, ...]) -> tuple[int, int]:
        """Where the company's name stands in a source's words, as ``(start, end)``.

        Its last word when that is a proper name (أبل، تويتر); a name spelled in letters
        (بي إم دبليو) at the end, or right after the company noun with more words after it
        (شركة بي إم دبليو لصناعة السيارات). An empty stretch when there is none.
        """
        facts = facts_of(self.patterns)
        if keys[0] in self.patterns.lists["company"]:
            n = 1
            while n < len(keys) and facts[keys[n]].letter:
                n += 1
            if 2 < n < len(keys):
                return 1, n  # شركة بي إم دبليو لصناعة: the name, then what it makes
        n = len(keys)
        while n > 0 and facts[keys[n - 1]].letter:
            n -= 1
        if len(keys) - n >= 2:
            return n, len(keys)  # عملاق صناعة السيارات الألمانية بي إم دبليو
        last = len(keys) - 1
        return (last, len(keys)) if self._company_name(keys[last]) else (len(keys), len(keys))

    def _company_name(self, key: str) -> bool:
        """Whether ``key`` reads as a company's proper name (أبل، هواوي), no word of a title.

        :meth:`_named_word`, and no word news writes with the article: no noun before it
        says it is a name.
        """
        return self._named_word(key) and not takes_article(key)

    def _join_surnames(
        self,
        alone: Sequence[Entity],
        types: Mapping[int, str],
        groups: dict[tuple[str, ...], list[Entity]],
        into: dict[int, Entity],
    ) -> None:
        """Put a person named by a title and one name in a group with its full name.

        السفير الهاشمي after المندوب السعودي ... عبد الله الهاشمي, الممثلة رانوت after
        النجمة البارزة كانغانا رانوت: a title (and the definite words that describe it)
        and a surname alone name the one person of ``alone`` whose full
        name ends with that surname, whatever the title, when exactly one person's does and
        no gender tells them apart. A full name is two words or more, from a given name on
        or of proper names only. A first name that is no listed given name joins (in
        ``into``) the one full name it opens, which names the source (طبيب المنتخب البرازيلي
        رودريغو after رودريغو لاسمر); a listed one is too common a name to tell (الرئيس
        علي). Two such persons (two brothers): none.
        """
        persons = [e for e in alone if types[id(e)] == "person"]
        titled = [
            (e, words[-1])
            for e in persons
            if len(words := _name_words(e.name)) >= 2
            and (person_title(words[0], self.patterns) or words[0] in TITLE_LETTERS)  # د.
            # its other words are titles or definite: وانوري in المخرجة وانوري كاهيو is a name
            and all(person_title(w, self.patterns) or w.startswith("ال") for w in words[1:-1])
            and not person_title(words[-1], self.patterns)
            # after a title alone a nisba is a surname too (السفير الهاشمي)
            and (len(words) == 2 or proper_name(words[-1], self.patterns))
        ]
        if not titled:
            return  # the common case: no title and one name alone
        endings: dict[str, list[Entity]] = {}
        openings: dict[str, list[Entity]] = {}
        for entity in persons:
            words = _name_words(entity.name)
            given = next((k for k, w in enumerate(words) if is_given_name(w)), None)
            if given is None:
                given = len(words)
                while given and proper_name(words[given - 1], self.patterns):
                    given -= 1  # كانغانا رانوت: proper names only, after the title
            if len(words) - given >= 2:
                endings.setdefault(_key(words[-1]), []).append(entity)
                openings.setdefault(_key(words[given]), []).append(entity)
        for entity, name in titled:
            if is_given_name(name):
                continue  # الرئيس علي: too common a name to tell
            key = _key(name)
            full = [e for e in endings.get(key, []) if e is not entity]
            surname = bool(full)
            if not surname:
                full = [e for e in openings.get(key, []) if e is not entity]
            genders = {full[0].gender, entity.gender} - {None} if full else set()
            if len(full) != 1 or len(genders) > 1:
                continue
            if surname:  # apart from the names of _join_same_names
                groups.setdefault(("", "", *full[0].keys), []).extend((entity, full[0]))
            else:
                # طبيب المنتخب رودريغو and رودريغو لاسمر: the full name, not the title and
                # a part, names the source
                into[id(entity)] = full[0]

    def _person_name(self, words: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
        """A person's proper name from its first given name on, and its title's head.

        Two words at least; the head is ``""`` when no title stands before. Only what may
        stand before a bearer's name stands before it: a person's title and definite words
        or relative adjectives (اللاعب المغربي، لاعب الوسط، ولي العهد); not an
        institution's name, whose genitive a given name would be (مدير مؤسسة نور الحياة),
        nor a given name that is a clitic's word (المتحدث باسم الحكومة).

        Example:
            >>> from quotekit.lexicon import default_lexicon
            >>> from quotekit.normalization import normalize_mapped
            >>> from quotekit.patterns import cue_patterns
            >>> registry = Registry(
            ...     patterns=cue_patterns(default_lexicon()), mapped=normalize_mapped("")
            ... )
            >>> registry._person_name(("اللاعب", "المغربي", "فيصل", "فجر"))
            (('فيصل', 'فجر'), 'لاعب')
            >>> registry._person_name(("المتحدث", "باسم", "الحكومة")) is None
            True
        """
        relational = _keys_of(self.patterns, "relational")
        for k, word in enumerate(words):
            if k and _key(words[k - 1]) in relational:
                return None  # محامي دونالد ترامب: the name is another person's
            if is_given_name(word) and not _governs(_key(word), self.patterns):
                titled = all(
                    person_title(unpossessed(w), self.patterns)  # مدربه: his coach
                    or w.startswith(("ال", "لل"))
                    or w.endswith(_NISBA_ENDS)
                    or (w[:1] == "ل" and takes_article(w[1:]))  # رئيس الاتحاد لكرة القدم
                    for w in words[:k]
                )
                if len(words) - k < 2 or not titled:
                    return None
                return words[k:], _key(unpossessed(words[0])) if k else ""
        return None

    def _sole_named(
        self,
        title: Entity,
        words: tuple[str, ...],
        people: _People,
        forms: Mapping[int, list[tuple[str, ...]]],
    ) -> list[Entity]:
        """The one named person a definite bare title can be, among the quoted sources.

        News names a source once and then calls it by what it is (وزير التجارة المصري for
        وزير التجارة والصناعة، طارق قابيل). A definite title without a
        name joins a named person whose gender and relative adjectives agree with it and
        who bears that title (its head and its other words, spelled alike) in one of its
        forms or right before its name in the text; when exactly one does. A person who
        bears no title is not joined: الطبيب is not the named source quoted after him.
        ``words`` are the title's :meth:`_bare_title`. Once the look-ups are spent, the
        text is read no more for the title before a name, and only the persons who bear a
        title in a form are tested (a text of endless titles and names must not test each
        title against every name).
        """
        heads = self.patterns.lists["speaker_head"]
        keys = title.keys
        if not words:
            return []
        if not (words[0].startswith("ال") or (len(words) > 1 and words[1].startswith("ال"))):
            return []  # مسؤول أميركي: an indefinite title names someone new
        ours = _nisbas(keys)
        # its words but the relative adjectives, feminine ones too (الحرس الوطني الليبي)
        rest = tuple(k for i, k in enumerate(keys) if _nisba_stem(i, k) not in ours)
        if not rest:
            return []  # الأمريكي alone: an adjective, no title
        if (
            words[0].startswith("ال")
            and words[1:2]
            and words[1].startswith("ال")
            and rest[0] == keys[0]
        ):
            # المخرج المعارض: a definite noun governs no genitive, so the definite words
            # after it describe it and need not be borne; a word of when (السابق) does tell
            # another holder, and what is not definite stays (المدير العام للنادي). Not
            # after a participle's complement (المتحدث باسم الحكومة: words[1] is no ال).
            when = self.patterns.lists["title_when"]
            described = {_key(w) for w in words[1:] if w.startswith("ال")} - when
            rest = (rest[0], *(k for k in rest[1:] if k not in described))
        read: list[list[tuple[tuple[str, ...], int]]] = []

        def stretches() -> list[tuple[tuple[str, ...], int]]:
            if not read:
                read.append(self._title_stretches(rest))
            return read[0]

        spent = self.lookups > _MAX_LOOKUPS  # stretches() reads nothing any more
        found = [
            person
            for person in (people.titled if spent else people.named)
            if person is not title
            and _gender_fits(person, title)
            and _agree(ours, person.keys)
            and (
                _bears(rest, forms[id(person)], heads)
                or any(_titled(*stretch, rest, person.keys) for stretch in stretches())
            )
        ]
        return found if len(found) == 1 else []

    def _title_stretches(self, title: tuple[str, ...]) -> list[tuple[tuple[str, ...], int]]:
        """The stretches of the text that open with the head of ``title`` (as keys).

        Each runs from the head over the words a title may hold (and given names), within
        its sentence, and a few words more; with it, the index of the first other word (a
        name starts at most there). Read once for a title, whatever the number of persons
        it is tested against.
        """
        if self.lookups > _MAX_LOOKUPS:
            return []
        self.lookups += 1
        heads = self.patterns.lists["speaker_head"]
        stretches: list[tuple[tuple[str, ...], int]] = []
        for _, words in self._after_head(title[0]):
            end = 1
            while end < min(len(words), _TITLE_TAIL + 4) and (
                _title_word(words[end], heads) or is_given_name(words[end])
            ):
                end += 1
            stretches.append((tuple(words[: end + 3]), end))  # and a name of a few words
        return stretches

    def _is_named(self, keys: tuple[str, ...]) -> bool:
        """Whether a source's words are a person's name: a given name, or proper names only."""
        return any(map(is_given_name, keys)) or (
            0 < len(keys) <= 3 and all(proper_name(k, self.patterns) for k in keys)
        )

    def _bare_title(self, title: Entity) -> tuple[str, ...]:
        """The normalised words of ``title`` when it is a bare title, else none.

        A bare title opens with a source noun, has at most ``_TITLE_WORDS`` words, all of
        them words a title holds, and was named in no apposition (رئيسة اللجنة، مارغريت
        فيستاجر has its name): الفنان عاصي الحلاني is a name, no bare title.
        """
        keys = title.keys
        heads = self.patterns.lists["speaker_head"]
        if title.aliases or not keys or keys[0] not in heads or len(keys) > _TITLE_WORDS:
            return ()
        words = _name_words(title.name)
        return words if all(_title_word(w, heads) for w in words) else ()

    def _after_head(self, head: str) -> Iterator[tuple[list[str], list[str]]]:
        """The words from each place of the text where ``head`` stands, as written and as keys.

        They run ``_NAME_REACH`` characters on at most, within the sentence.
        """
        text = self.mapped.text
        for start, _ in self._occurrences(head, len(text)):
            stop = min(len(text), start + _NAME_REACH)
            raw = WORD.findall(text[start:stop].split(".")[0])
            yield raw, [_key(w) for w in raw]

    def _named_after(
        self, title: Entity, bare: tuple[str, ...], persons: list[Entity]
    ) -> list[Entity]:
        """The named ``persons`` whose name follows the bare person title ``title``.

        The title has two words or more (الناطق الإعلامي، وزير الطاقة الجزائري); it is looked
        for in the last ``_LOOKBACK`` characters of the text, as fuller names are. ``bare``
        is the title's :meth:`_bare_title`; ``persons`` are those whose last word is no
        title's (``_People.last_named``).
        """
        keys = title.keys
        if len(keys) < 2 or not bare:
            return []
        self.lookups += 1
        if self.lookups > _MAX_LOOKUPS:
            return []  # a text with endless new speakers: stop looking
        names = [e for e in persons if e is not title]
        if not names:
            return []
        found: dict[int, Entity] = {}
        for raw, words in self._after_head(keys[0]):
            if tuple(words[: len(keys)]) != keys:
                continue
            # The rest of the title runs to the first verb (للهيئة العامة للترفيه في
            # السعودية فيصل بافرط أنه); the name opens within it.
            tail = len(keys)
            while tail < min(len(raw), len(keys) + _TITLE_TAIL) and (
                raw[tail] in WITHIN or word_class(raw[tail]) == "noun"
            ):
                tail += 1
            near = tuple(words[len(keys) : len(keys) + _NAME_GAP])
            for entity in names:
                n = len(entity.keys)
                if (entity.keys[0] in near[:2] and _contains(near, entity.keys)) or any(
                    tuple(words[i : i + n]) == entity.keys for i in range(len(keys), tail - n + 1)
                ):
                    # وزير الطاقة الجزائري صالح خبري: the name right after the title, or
                    # after the rest of it.
                    found[id(entity)] = entity
        return list(found.values())

    def _nisba_named(self, entity: Entity, persons: list[Entity]) -> list[Entity]:
        """The one named person the text wrote right after ``entity``, a bare relative adjective.

        ومدربه الإسباني جوسيب غوارديولا ... وأقر الإسباني: a relative adjective of origin
        alone, with the article, is a noun that stands for the person it described (the
        Spaniard), when each place the text put it right before a name of ``persons`` (the
        document's persons) names the same one. Definite adjectives may follow
        it (الفيزيائي الشهير after العالم الفيزيائي ألبرت أينشتاين). A surname that ends as
        a relative adjective (وأضاف المالكي) follows its given name instead.
        """
        keys, words = entity.keys, entity.words
        if (
            not 0 < len(keys) <= _NISBA_WORDS
            or len(words) != len(keys)
            or not all(w.startswith("ال") for w in words)
            or not keys[0].endswith(_NISBA_ENDS)
            or keys[0] in self.patterns.lists["speaker_head"]
        ):
            return []
        nisba = keys[0]
        found: dict[int, Entity] = {}
        for person in persons:
            name = person.words
            at = next((i for i, w in enumerate(name[:-1]) if _key(w) == nisba), None)
            if at is not None and all(map(_bare_name_word, name[at + 1 :])):
                found[id(person)] = person  # المدرب الإيطالي كارلو أنشيلوتي: its own name
        forms = [(person, (person.keys, *person.aliases)) for person in persons]
        for _, after in self._after_head(nisba):
            for person, its in forms:
                if any(tuple(after[1 : 1 + len(form)]) == form for form in its if form):
                    found[id(person)] = person  # ومدربه الإسباني جوسيب غوارديولا
        found.pop(id(entity), None)
        return list(found.values())

    def _lede_named(
        self,
        lede: Entity,
        entities: Sequence[Entity],
        persons: Sequence[Entity],
        forms: Mapping[int, list[tuple[str, ...]]],
    ) -> list[Entity]:
        """The one named person the source the article opens with turns out to be.

        News opens on an indefinite source (حذر مسؤول في منظمة الأمم المتحدة، قال مصدر
        عسكري روسي) and names it further down by a title of the same body or origin
        (نائب مدير منظمة الأمم المتحدة للأغذية والزراعة، X; المسؤول العسكري الروسي، X).
        ``lede``, the source quoted first, joins the first person of ``persons`` named
        after it, when that person's gender fits and one of its forms holds every word of
        ``lede`` that says whose or where it is (a place by its relative adjective: في
        بريطانيا, then البريطانية), and no other named person's does: the story goes on
        from its lede. A head of an office other than any (متحدث, not مسؤول or مصدر: the
        ``generic_head`` list) must head that form too. ``lede`` is one source, indefinite
        (a definite title names someone met already), and says of no share (أحد) or other
        (آخر); words of rank (كبير، رفيع المستوى, the ``rank`` list) and of kind (حكومي)
        say nothing of who. None when no word says who, when another of ``entities`` is
        another of its kind (مسؤول أمريكي آخر: the named one may be either), or when the
        text says the source withheld its name (:meth:`_unnamed_by_wish`).
        """
        keys, words = lede.keys, lede.words
        lists = self.patterns.lists
        if (
            len(keys) < 2
            or lede.aliases  # named in apposition already
            or len(words) != len(keys)
            or _definite_title(words)
            or noun_number(words) != "s"
            or not lists["another"].isdisjoint(keys)
            or self._quantified(keys) != keys
            or self._is_named(keys)
        ):
            return []
        rank = _keys_of(self.patterns, "rank")
        # and adjectives of kind (حكومي، رسمي), which say nothing of whose it is either
        whose = [
            k
            for k in keys[1:]
            if not is_preposition(k) and k not in rank and _nisba_stem(2, k) not in _KIND_ADJECTIVES
        ]
        if not whose or any(
            e is not lede and e.keys[:1] == keys[:1] and not lists["another"].isdisjoint(e.keys)
            for e in entities
        ):
            return []
        # مسؤول، مصدر، خبير: whoever holds an office or knows; متحدث باسم الشركة is one office
        generic = keys[0] in _keys_of(self.patterns, "generic_head")
        named = sorted(
            (p for p in persons if p.order > lede.order and self._proper_named(p)),
            key=lambda p: p.order,
        )
        found = [
            person
            for person in named
            if _gender_fits(person, lede)
            and any(
                (generic or form[:1] == keys[:1]) and all(_says_whose(k, form) for k in whose)
                for form in forms[id(person)]
            )
        ]
        # the story goes on from its lede: the first person it names is the one it opened on
        if len(found) != 1 or found[0] is not named[0] or self._unnamed_by_wish(keys):
            return []
        return found

    def _unnamed_by_wish(self, keys: tuple[str, ...]) -> bool:
        """Whether the text says the source of ``keys`` withheld its name where it meets it.

        قال مسؤول أمريكي، طلب عدم الكشف عن هويته، إن: a source that asked not to be named
        is named nowhere. Read in the sentence of the first place where ``keys`` stand: a
        word of withholding (عدم، رفض) and a word for its name (اسمه، هويته) after them.
        """
        lists = self.patterns.lists
        withhold, own = _keys_of(self.patterns, "withhold"), lists["own_name"]
        for raw, words in self._after_head(keys[0]):
            if tuple(words[: len(keys)]) == keys:
                rest = raw[len(keys) :]
                return any(_key(w) in withhold for w in rest) and any(w in own for w in rest)
        return False

    def _proper_named(self, person: Entity) -> bool:
        """Whether ``person`` is shown by a proper name: it opens with one, and no title is in it.

        بوكار تيجاني, سوزان غرينفيلد, وزير الزراعة البرازيلي جواو سيلفا (shown without its
        title, :meth:`shown_name`); not المسؤول العسكري الروسي, a title alone.
        """
        words = _name_words(self.shown_name(person.name))
        return (
            bool(words)
            and proper_name(words[0], self.patterns)
            and all(is_given_name(w) or listed_head(w) is None for w in words)
        )

    def _possessed_title_of(self, words: tuple[str, ...]) -> str | None:
        """The title key of a source named by a possessed title alone (مراسلتنا: مراسلة).

        Its pronoun is a third person's (مدربه) or the outlet's own (مراسلنا، مراسلتنا).
        """
        if len(words) != 1:
            return None
        title = unpossessed(words[0], ours=True)
        return _key(title) if title != words[0] and person_title(title, self.patterns) else None

    def _possessor_titled(
        self,
        entity: Entity,
        persons: list[Entity],
        forms: Mapping[int, list[tuple[str, ...]]],
    ) -> list[Entity]:
        """The one other person whose title the possessed title ``entity`` is named by.

        وتقول مراسلتنا after مراسلة بي بي سي، كاترين بياروهانغا: a possessed title alone
        (the outlet's correspondent, his coach) is the person met under that title, when
        exactly one other person bears it as the head of one of its forms and no gender
        tells them apart.
        """
        head = self._possessed_title_of(_name_words(entity.name))
        if head is None:
            return []
        found = [
            person
            for person in persons
            if person is not entity
            and _gender_fits(person, entity)
            and any(form[:1] == (head,) for form in forms[id(person)])
        ]
        return found if len(found) == 1 else []

    def _appositions(self) -> dict[str, list[int]]:
        """Where each word after a comma stands in the text, by its key (read once)."""
        if self._commas is None:
            self._commas = {}
            for m in _AFTER_COMMA.finditer(self.mapped.text):
                self._commas.setdefault(_key(m[1]), []).append(m.start(1))
        return self._commas

    def _named_before(
        self, described: Entity, tails: Mapping[tuple[str, ...], list[Entity]]
    ) -> list[Entity]:
        """The named person that ``described`` stands after in apposition, when one does.

        News names a source and says what it is after a comma (رود روزنشتاين، نائب وزير
        العدل، قال; هانا ديكون، والدة ألفي); the description alone then speaks for it
        (وقال نائب وزير العدل). A source that is no name joins the named person whose
        name ends right before the comma that opens its very words somewhere in the text
        (its relative adjectives may be left out there, where the apposition ends; its
        genitive may name the source it relates to by another form: :meth:`_same_genitives`),
        when exactly one does and no gender tells them apart. ``tails`` gives the named persons
        by the last two keys of their names (or the one of a name of one word).
        """
        keys = described.keys
        if (
            not tails  # no named person to join
            or not keys
            or described.anonymous
            or described.aliases
            or self._is_named(keys)
        ):
            return []  # a source with a name of its own (given in apposition) keeps it
        text = self.mapped.text
        # نائب وزير العدل in apposition, نائب وزير العدل الأمريكي when it speaks: its words
        # but relative adjectives at its end, as many as the apposition leaves out
        cores = len(keys)
        while cores > 1 and keys[cores - 1].endswith(_NISBA_ENDS):
            cores -= 1
        found: dict[int, Entity] = {}
        for start in self._appositions().get(keys[0], ()):
            said = list(WORD.finditer(text, start, min(len(text), start + _NAME_REACH)))
            words = tuple(_key(m[0]) for m in said[: len(keys)])
            if not self._same_genitives(words, keys, described) and not any(
                words[:n] == keys[:n]
                and not text[said[n - 1].end() : start + _NAME_REACH].lstrip()[:1].isalnum()
                for n in range(cores, len(keys))
            ):
                continue  # نائب وزير المالية is not نائب وزير الخارجية: the apposition ends there
            named = tuple(map(_key, WORD.findall(text, max(0, start - _NAME_REACH // 2), start)))
            for tail in (named[-2:], named[-1:]):
                for person in tails.get(tail, ()):
                    if person is not described and _gender_fits(person, described):
                        found[id(person)] = person
        return list(found.values()) if len(found) == 1 else []

    def _same_genitives(
        self, words: tuple[str, ...], keys: tuple[str, ...], described: Entity
    ) -> bool:
        """Whether ``words`` are ``keys``, a word of one source's name standing for another.

        مدرب ليلى and مدرب بوعزة: a title's genitive is the person it relates to, who
        may be named by any of its forms. Each pair of words differs only where both are
        words of the forms of one other source (not ``described``).
        """
        if len(words) != len(keys):
            return False
        for ours, theirs in zip(words, keys, strict=True):
            if ours == theirs:
                continue
            owners = {id(e) for e in self.by_key.get(ours, ()) if e is not described}
            if not any(id(e) in owners for e in self.by_key.get(theirs, ())):
                return False
        return True

    def _surname_of_title(
        self, title: Entity, words: tuple[str, ...], persons: list[Entity]
    ) -> list[Entity]:
        """The one person named by a surname alone whom the definite bare ``title`` names.

        News introduces a source before it calls it by its surname alone: when the text
        gives a surname no first name anywhere and quotes it again and again (وقال
        لافروف), it is the article's subject, introduced by a title alone (اتهم وزير
        الخارجية الروسي). A definite bare title joins the one person of a fitting gender
        quoted twice or more whose only form is one proper name, no given name and no
        quantifier (البعض); none when two are. ``persons`` are those so named and quoted
        (``_People.surnamed``); ``words`` are the title's :meth:`_bare_title`.
        """
        if not words or title.anonymous or not _definite_title(words):
            return []
        found = [p for p in persons if p is not title and _gender_fits(p, title)]
        return found if len(found) == 1 else []

    def _people(
        self,
        persons: list[Entity],
        quoted: Mapping[int, int],
        forms: Mapping[int, list[tuple[str, ...]]],
    ) -> _People:
        """The persons that :meth:`merged` offers each bare title, sorted out once.

        A text of thousands of titles must not sort all its persons again for each.
        ``quoted`` gives the quotes of each source by ``id``, ``forms`` its forms.
        """
        heads = self.patterns.lists["speaker_head"]
        named = [e for e in persons if self._is_named(e.keys)]
        return _People(
            last_named=[
                e for e in persons if e.keys and (e.keys[-1] not in heads or _family(e.keys))
            ],
            named=named,
            titled=[e for e in named if any(not heads.isdisjoint(form) for form in forms[id(e)])],
            surnamed=[
                e
                for e in persons
                if len(e.keys) == 1
                and not e.aliases
                and self._quantified(e.keys) == e.keys
                and proper_name(e.keys[0], self.patterns)
                and not is_given_name(e.keys[0])
                and quoted.get(id(e), 0) > 1
            ],
        )


@cache
def _offices() -> dict[tuple[str, ...], tuple[str, ...]]:
    """:func:`~quotekit.morphology.offices` by keys (رئيس حكومة: رئيس وزراء), read once."""
    return {tuple(map(_key, title)): tuple(map(_key, meant)) for title, meant in offices().items()}


def _office(keys: tuple[str, ...]) -> tuple[str, ...]:
    """``keys`` with a title said in other words as the title it means (``offices.tsv``).

    رئيس الحكومة الصينية is رئيس الوزراء الصيني: the relative adjectives after the title
    agree with the head of the title it means, a masculine one with no ة.

    Example:
        >>> _office(("رئيس", "حكومة", "صينية")), _office(("رئيس", "وزراء", "صيني"))
        (('رئيس', 'وزراء', 'صيني'), ('رئيس', 'وزراء', 'صيني'))
    """
    meant = _offices().get(keys[:2])
    if meant is None:
        return keys
    rest = keys[2:]
    if not meant[0].endswith("ة"):
        rest = tuple(k[:-1] if k.endswith("ية") else k for k in rest)
    return (*meant, *rest)


def _family(keys: tuple[str, ...]) -> bool:
    """Whether ``keys`` end in a family name: آل and the noun it governs (آل الشيخ).

    The noun may be a title's word (الشيخ) and still be part of a name.
    """
    return len(keys) > 1 and keys[-2] == FAMILY


def _same_lineage(keys: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether every father's name in ``keys`` (after بن، ابن، بنت) stands in ``other``.

    The name after بن tells two men of one given name apart: الشيخ محمد بن راشد is not
    الشيخ محمد بن زايد, however many of their other words they share.
    """
    return all(
        any(_spelled_alike(key, word) for word in other)
        for before, key in pairwise(keys)
        if before in _SON
    )


def _gender_fits(one: Entity, other: Entity) -> bool:
    """Whether two sources may be one person: no known gender tells them apart."""
    return one.gender is None or other.gender is None or one.gender == other.gender


def _definite_title(words: Sequence[str]) -> bool:
    """Whether a title is definite: by the article, or by the end of its chain of genitives.

    مدير هيئة الأرصاد is definite as الأرصاد is, وكيل أعماله as a possessed noun is; a
    preposition (متحدث باسم الشرطة، مسؤول في الوزارة) or an adjective (مسؤول أمريكي) after
    the nouns leaves the title indefinite: someone new.

    Example:
        >>> [_definite_title(t.split()) for t in ("الوزير", "مدير هيئة الأرصاد", "وكيل أعماله")]
        [True, True, True]
        >>> [_definite_title(t.split()) for t in ("متحدث باسم الشرطة", "مسؤول أمريكي", "مسؤول")]
        [False, False, False]
    """
    for k, word in enumerate(words):
        if word.startswith("ال") or (k and word.endswith(_POSSESSED)):
            return True
        if k and (word in WITHIN or word[:1] in "بل" or word.endswith(_NISBA_ENDS)):
            return False  # a preposition or an adjective after the nouns
    return False


#: The possessive suffixes of a genitive that make the title before it definite (أعماله).
_POSSESSED = ("ه", "ها", "هم")


def _title_word(word: str, heads: frozenset[str]) -> bool:
    """Whether ``word`` may stand in a bare title (المتحدثة باسم البيت، وزير الطاقة الجزائري).

    A source noun, a common or definite word, or one of them after a clitic preposition.
    """
    if word.startswith(("ال", "لل")) or word in WITHIN:
        return True
    word = _off_preposition(word)  # باسم، لشركة
    return word in heads or word.startswith("ال") or takes_article(word)


def _off_preposition(word: str) -> str:
    """``word`` without the preposition ب or ل written on it (بوزارة: وزارة، باسم: اسم).

    Only before a noun of three letters or more: بلد is a noun of its own.

    Example:
        >>> _off_preposition("بوزارة"), _off_preposition("بلد")
        ('وزارة', 'بلد')
    """
    return word[1:] if word[:1] in "بل" and len(word) > 3 else word


def _titled(
    stretch: tuple[str, ...], end: int, title: tuple[str, ...], name: tuple[str, ...]
) -> bool:
    """Whether ``stretch`` gives the ``name`` right after words that hold ``title``.

    The name starts by ``end``, the first word no title holds: وزير التجارة والصناعة،
    طارق قابيل bears وزير التجارة; السفير الكندي وطالبت كندا does not name كندا.
    """
    n = len(name)
    for i in range(1, min(end, len(stretch) - n) + 1):
        if stretch[i : i + n] == name:
            return _holds(stretch[:i], title)
    return False


def _bears(title: tuple[str, ...], forms: Sequence[tuple[str, ...]], heads: frozenset[str]) -> bool:
    """Whether a form of a named source holds a title with every word of ``title``.

    ``title`` is a bare title without its relative adjectives; its words may be spelled
    another way in the form (:func:`_holds`).
    """
    return any(_holds(form, title) for form in forms if any(k in heads for k in form))


def _names(entity: Entity, keys: tuple[str, ...]) -> bool:
    """Whether ``keys`` are how a named ``entity`` is called.

    Its last words (a surname: ترامب، شارل ميشال), or words that open with a given name
    (الممثلة جميلة جميل: جميلة); never the words after a word of lineage (عبدالله بن
    فهد: فهد is his father).
    """
    if entity.anonymous:
        return False
    n = len(keys)
    given = is_given_name(keys[0])
    for form in (entity.keys, *entity.aliases):
        for i in range(len(form) - n + 1):
            if (
                form[i : i + n] == keys
                and (i == 0 or form[i - 1] not in _LINEAGE)
                and (i + n == len(form) or given)
            ):
                return True
    return False


def _bearer_past_place(words: Sequence[str], k: int) -> int:
    """How many of ``words`` run to a given name past a setting after the first ``k``.

    A title's place is told by في or لدى (مندوب سوريا لدى الأمم المتحدة بشار الجعفري،
    القنصل العام في هونغ كونغ عمر البنيان): its bearer's name comes after the place. A
    given name up to :data:`_SETTING_WORDS` words after the preposition, the first after
    the place's first word, and the two words after it (the caller cuts the name's end
    as for any fuller form); 0 when none.

    Example:
        >>> words = ("مندوب", "سوريا", "لدى", "الامم", "المتحدة", "بشار", "الجعفري", "الى")
        >>> _bearer_past_place(words, 2), _bearer_past_place(words[:5], 2)
        (8, 0)
    """
    if k >= len(words) or words[k] not in WITHIN:
        return 0
    for j in range(k + 2, min(len(words), k + 2 + _SETTING_WORDS)):
        if is_given_name(words[j]):
            return min(len(words), j + 3)
    return 0


def _genitive_nisbas(keys: tuple[str, ...]) -> bool:
    """Whether a phrase's relative adjectives all belong to a genitive, not to its head.

    In رئيس مكتب الاتصالات في الرئاسة التركية the adjective is the presidency's: the phrase
    is no التركي title (الرئيس التركي); in الرئيس الأمريكي دونالد ترامب it is the head's.
    """
    return bool(_nisbas(keys)) and not (len(keys) > 1 and keys[1].endswith(_NISBA_ENDS))


def _says_whose(key: str, form: tuple[str, ...]) -> bool:
    """Whether a word of ``form`` says what ``key`` says of whose or where a source is.

    The same word, its relative adjective in either gender (عسكري, العسكرية), or the
    relative adjective of a place (بريطانيا, البريطانية; مصر, المصري), spelled alike; a
    clitic preposition before ``key`` is read off too (مصدر بوزارة الخارجية: وزارة).

    Example:
        >>> _says_whose("بريطانيا", ("عالمة", "بريطانية")), _says_whose("امم", ("امم",))
        (True, True)
        >>> _says_whose("روسي", ("وزير", "امريكي"))
        False
    """
    said = {_nisba_stem(2, key)}
    if (bare := _off_preposition(key)) != key:
        said.add(bare)  # بوزارة: وزارة
    # بريطانيا: بريطاني; أمريكا: أمريكي; مصر: مصري
    said |= {k[:-1] if k.endswith("يا") else k.removesuffix("ا") + "ي" for k in said}
    return any(
        other in said or any(_alike(other, k) for k in said)
        for other in (_nisba_stem(2, word) for word in form)
    )


def _variant(a: str, b: str) -> bool:
    """Whether ``b`` spells the name ``a`` with one letter inside added, dropped or changed.

    The first letter and the last two must agree: a clitic (لستاربكس), a relative
    adjective (إسرائيلي) or a case ending (الشركتان، الشركتين) is no spelling variant.

    Example:
        >>> _variant("سيلاوانوف", "سيلوانوف"), _variant("سيلانوف", "سيلوانوف")
        (True, True)
        >>> _variant("اسراييل", "اسراييلي"), _variant("ستاربكس", "لستاربكس")
        (False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0] or a[-2:] != b[-2:]:
        return False
    a, b, i = _apart(a, b)
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _apart(a: str, b: str) -> tuple[str, str, int]:
    """The shorter word, the longer, and the index of the first letter where they differ.

    Example:
        >>> _apart("ماسك", "موسك"), _apart("زاخاروفا", "زخاروفا")
        (('ماسك', 'موسك', 1), ('زخاروفا', 'زاخاروفا', 1))
    """
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a, b, i


def _transliterated(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` spell one foreign name two ways.

    The final ى written for ي (كيرى); in words of ``_VARIANT_LENGTH`` letters or more, one
    letter added, dropped or changed, two swapped (:func:`_alike`) or a foreign consonant
    written with another letter (:data:`_FOREIGN_FOLD`); in shorter words of
    ``_SHORT_VARIANT`` letters or more, one long vowel changed, added or dropped inside.
    Listed given names are Arabic names with one spelling each: سعيد is not سعود.

    Example:
        >>> _transliterated("كيرى", "كيري"), _transliterated("موسك", "ماسك")
        (True, True)
        >>> _transliterated("زخاروفا", "زاخروفا"), _transliterated("سعيد", "سعود")
        (True, False)
        >>> _transliterated("ستولتنبرغ", "ستولتنبرج"), _transliterated("جمال", "كمال")
        (True, False)
        >>> _transliterated("غوتيريس", "غوتيريش")
        True
    """
    if a == b or len(b) < _SHORT_VARIANT:
        return False
    if a[-1:] == "ى" or b[-1:] == "ى":
        alike = a[:-1] == b[:-1] and {a[-1], b[-1]} == {"ى", "ي"}
    elif min(len(a), len(b)) >= _VARIANT_LENGTH:
        # or a foreign consonant written another way (ستولتنبرغ، ستولتنبرج); in shorter
        # words the letters tell Arabic names apart (جمال، كمال، قاسم، جاسم)
        alike = _alike(a, b) or (
            len(a) == len(b) and a.translate(_FOREIGN_FOLD) == b.translate(_FOREIGN_FOLD)
        )
    else:
        alike = _long_vowel_apart(a, b)
    return alike and not is_given_name(a) and not is_given_name(b)


def _long_vowel_apart(a: str, b: str) -> bool:
    """Whether two words differ only in one long vowel inside, changed, added or dropped.

    Example:
        >>> _long_vowel_apart("موسك", "ماسك"), _long_vowel_apart("كريم", "كرام")
        (True, True)
        >>> _long_vowel_apart("موسك", "موسكو"), _long_vowel_apart("سلمان", "سلطان")
        (False, False)
    """
    if a[0] != b[0] or a[-1] != b[-1] or abs(len(a) - len(b)) > 1:
        return False
    a, b, i = _apart(a, b)
    if len(a) == len(b):
        return a[i] in _LONG_VOWELS and b[i] in _LONG_VOWELS and a[i + 1 :] == b[i + 1 :]
    return b[i] in _LONG_VOWELS and a[i:] == b[i + 1 :]


def _other_adjective(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Whether ``big`` gives the head of ``small`` another relative adjective than it has.

    الخارجية الكندية السلطات السعودية is no fuller form of الخارجية السعودية: the adjective
    right after an institution's head says which one it is. After a person's title a word
    in ي may be a surname (الرئيس السيسي، الرئيس المصري عبد الفتاح السيسي): not compared.

    Example:
        >>> _other_adjective(("خارجية", "كندية", "سلطات", "سعودية"), ("خارجية", "سعودية"))
        True
        >>> _other_adjective(("رئيس", "مصري", "عبد", "فتاح", "سيسي"), ("رئيس", "سيسي"))
        False
    """
    if len(small) < 2 or not small[1].endswith(_NISBA_ENDS) or entity_type(small[:1]) == "person":
        return False  # الرئيس السيسي: after a person's title, a surname in ي
    after = {big[i + 1] for i in range(len(big) - 1) if big[i] == small[0]}
    return small[1] not in after and any(a.endswith(_NISBA_ENDS) for a in after)


#: The endings of a relative adjective (سعودي، سعودية), as keys.
_NISBA_ENDS = ("ي", "ية")


def _holds(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Whether every word of ``small`` is in ``big``, as it is or spelled another way.

    Another way: a variant (:func:`_alike`) or a transliteration (جوستن، جاستن).

    Example:
        >>> _holds(("رييس", "وزرا", "جاستن", "ترودو"), ("رييس", "وزرا", "جوستن"))
        True
        >>> _holds(("وزير", "خارجية"), ("وزير", "داخلية"))
        False
    """
    for k in small:  # loops, not generators: called for every candidate of a mention
        if k in big:
            continue
        for b in big:
            if _spelled_alike(k, b):
                break
        else:
            return False
    return True


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two words are one spelled another way: a variant or a transliteration.

    Every way of :func:`_alike` and :func:`_transliterated` keeps the length within a
    letter, the first letter and the last (or a foreign consonant written another way, or
    ى for ي at the end): most pairs of words are told apart by those tests alone.

    Example:
        >>> _spelled_alike("غوتيريس", "غوتيريش"), _spelled_alike("كيرى", "كيري")
        (True, True)
    """
    if (
        a
        and b
        and (
            abs(len(a) - len(b)) > 1
            or (a[0] != b[0] and a[0].translate(_FOREIGN_FOLD) != b[0].translate(_FOREIGN_FOLD))
            or (
                a[-1] != b[-1]
                and a[-1].translate(_FOREIGN_FOLD) != b[-1].translate(_FOREIGN_FOLD)
                and {a[-1], b[-1]} != _YEH
            )
        )
    ):
        return False
    return _alike(a, b) or _transliterated(a, b)


def _aligned(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two phrases are one, word for word.

    Some words may be spelled another way (:func:`_holds`) or be a relative adjective in
    the other gender (رئيس الحكومة الكندية، رئيس الحكومة الكندي). Word for word only: in
    رئيس مكتب الاتصالات في الرئاسة التركية the adjective is the presidency's, and the
    phrase is no الرئيس التركي.

    Example:
        >>> _aligned(("رييس", "حكومة", "كندية", "جوستن"), ("رييس", "حكومة", "كندي", "جاستن"))
        True
        >>> _aligned(("رييس", "تركي"), ("رييس", "مكتب", "رياسة", "تركية"))
        False
    """
    return len(a) == len(b) and all(
        x == y or _spelled_alike(x, y) or _genders(x, y) for x, y in zip(a, b, strict=True)
    )


def _genders(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one relative adjective in two genders (كندي، كندية)."""
    return (a.endswith("ي") and b == a + "ة") or (b.endswith("ي") and a == b + "ة")


#: The letters that write one foreign consonant, folded to one: a g (ستولتنبرغ، ستولتنبرج),
#: an s (غوتيريس، غوتيريش) and a t or d (in names of six letters or more, as every fold).
_FOREIGN_FOLD = str.maketrans(
    "غقك\u06afشزطض",
    "ججججسستد",  # \u06af ARABIC LETTER GAF
)
#: A final ى written for ي (كيرى).
_YEH = frozenset("ىي")


def _alike(a: str, b: str) -> bool:
    """Whether two words are one spelled two ways: a variant, or two letters swapped.

    Example:
        >>> _alike("امريكي", "اميركي"), _alike("داخلية", "خارجية")
        (True, False)
    """
    if _variant(a, b):
        return True
    return len(a) == len(b) > 3 and a[0] == b[0] and a[-2:] == b[-2:] and sorted(a) == sorted(b)


def _adjectives_alone(keys: tuple[str, ...]) -> frozenset[str] | None:
    """The relative adjectives after the head of ``keys``, a feminine one by its stem.

    None when another word follows the head: a bare body's noun so followed has a name of
    its own (الشركة المصرية للاتصالات), and names no body quoted before.

    Example:
        >>> _adjectives_alone(("شركة", "امريكية")), _adjectives_alone(("شركة",))
        (frozenset({'امريكي'}), frozenset())
        >>> _adjectives_alone(("شركة", "مصرية", "للاتصالات")) is None
        True
    """
    if not all(k.endswith(_NISBA_ENDS) for k in keys[1:]):
        return None
    return frozenset(k[:-1] if k.endswith("ية") else k for k in keys[1:])


def _own_adjectives(keys: tuple[str, ...]) -> frozenset[str]:
    """The relative adjectives after the head of a generic word, feminine ones by their stem.

    الممثلة الأمريكية: an epithet or المسؤول governs no genitive, so the adjective right
    after it is its own (unlike وزارة الخارجية); adjectives of kind (الدولي) say nothing of
    whose it is and are left out, as :func:`_nisbas` leaves them.

    Example:
        >>> sorted(_own_adjectives(("ممثلة", "امريكية"))), _own_adjectives(("لاعب", "دولي"))
        (['امريكي'], frozenset())
    """
    stems = (k[:-1] if k.endswith("ية") else k for k in keys[1:] if k.endswith(_NISBA_ENDS))
    return frozenset(k for k in stems if k not in _KIND_ADJECTIVES)


def _bare_name_word(word: str) -> bool:
    """Whether ``word`` (normalised) may be a word of a name, not a common noun or a particle.

    A noun no list knows as one that takes the article, with it or without (أنشيلوتي، ألبرت;
    not الفريق، مدافع، في).
    """
    return (
        word_class(word) == "noun"
        and not takes_article(word)
        and not takes_article(without_article(word))
    )


def _first_name(word: str) -> bool:
    """Whether ``word`` may be a first name after a verb: listed, or a longer unknown word.

    Example:
        >>> _first_name("مارك"), _first_name("فيناي"), _first_name("صورة"), _first_name("محل")
        (True, True, False, False)
    """
    return is_given_name(word) or (len(word) >= _FOREIGN_FIRST and not _noun_like(word))


def _noun_like(word: str) -> bool:
    """Whether ``word`` reads as a common noun, not a foreign first name (صورة، شقيقه، لشهادة).

    A word news writes with the article, a noun with a pronoun, a word with a clitic
    preposition before a word news writes with the article, or one in ة.

    Example:
        >>> [_noun_like(w) for w in ("صورة", "شقيقه", "لشهادة", "فيناي", "زفن")]
        [True, True, True, False, False]
    """
    return (
        takes_article(word)
        or possessed(word)
        or word.endswith("ة")
        or (word[:1] in "بلك" and takes_article(word[1:]))
    )


def _present_spelled(word: str) -> bool:
    """Whether ``word`` has the shape of a verb's present, third person (يفعل: يسحر).

    Four letters, the first a ي: most such words after a given name are a verb whose subject
    the name is; the few surnames of that shape (يلدز) are given up.

    Example:
        >>> _present_spelled("يسحر"), _present_spelled("نوروز")
        (True, False)
    """
    return len(word) == 4 and word[0] == "ي"


def _nominative(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A group's words with every sound masculine plural in the nominative (الباحثين → باحثون).

    The case ending is no other group: باحثون and الباحثين are one. Only a plural of a
    noun news writes with the article, in the singular or the plural (منظمون), changes
    (not a name in ين: بوتين، حسين).

    Example:
        >>> _nominative(("باحثين", "بريطانيين")), _nominative(("منظمين",)), _nominative(("حسين",))
        (('باحثون', 'بريطانيون'), ('منظمون',), ('حسين',))
    """
    for k in keys:  # a loop, not any() over a generator: asked of most phrases read
        if k[-2:] == "ين":
            break
    else:
        return keys
    return tuple(
        k[:-2] + "ون"
        if k.endswith("ين")
        and len(k) > 4
        and (takes_article(k[:-2]) or takes_article(k[:-2] + "ون"))
        else k
        for k in keys
    )


def _governs(
    key: str, patterns: CuePatterns, *, clitic: bool = False, strict: bool = False
) -> bool:
    """Whether the words after ``key`` are its genitive or object, not another name.

    A word with a clitic preposition (لمفوضية، باسم) and, unless ``clitic``, a
    preposition (في، لدى) or a person's title (مستشار الكرملين); not an institution
    (وزارة الخارجية is also الخارجية) nor a word that introduces a name (وكالة رويترز).
    With ``strict`` the clitic must stand before a source noun or a word that
    introduces a name (باسم، لشركة): a key has lost its article, and الباجي، برهان are
    names whose first letter is no clitic.
    """
    lists = patterns.lists
    if key[:1] in "لب" and len(key) > 3:
        # with ``strict`` only a clitic before an institution or a name's noun (باسم،
        # لشركة): not الباجي، برهان، لبنى, names whose first letter is no clitic
        bare = key[1:]
        return not strict or bare in lists["speaker_head"] or bare in lists["name_intro"]
    if clitic:
        return False
    return key in WITHIN or (person_title(key, patterns) and key not in lists["name_intro"])


@lru_cache(maxsize=1 << 12)
def _shown_name(name: str, patterns: CuePatterns) -> str:
    """:meth:`Registry.shown_name`, remembered: a source's name recurs across articles."""
    if name.count(" ") < 2:
        return name  # no given name, surname and title in fewer than three words
    found = list(WORD.finditer(name))
    keys = list(_name_words(name))
    if len(keys) != len(found):  # a word normalisation left empty: read word by word
        keys = [(_name_words(m.group()) or ("",))[0] for m in found]
    # a given name, not a word with a clitic (باسم; بشار and ليلى are names); a kunya
    # before one (أبو علي البصري; not أبو ظبي); a word before بن that no list holds as a
    # noun or a title (المهندس جديع بن نهار: the nasab says it is a name); two such words
    # that open the phrase before a title or where the person comes from, no given name
    # after it (سيندي فوينمايور رئيسة قسم الموارد البشرية: a name, then who it is)
    given_at = [
        _given(w, patterns)
        # الرئيس الباجي قايد السبسي: a given name the Maghreb writes with the article
        or (w in patterns.lists["given_with_article"] and k + 1 < len(keys))
        or (
            (w in _KUNYA or w in _FATHERS)  # أبي أحمد: أبو in the genitive, a kunya too
            and k + 1 < len(keys)
            and is_given_name(keys[k + 1])
        )
        # عجلان العجلان، سعد السعد: a family name that is a forebear's given name with the
        # article, after that name, ends the phrase: the two are the bearer's name
        or (k + 2 == len(keys) and len(w) > 2 and keys[k + 1] == "ال" + w)
        or (k + 1 < len(keys) and keys[k + 1] in _NASAB and _unlisted_word(w, patterns))
        or (
            # or after definite words alone (الخبيرة الهولندية فيلمين أيردتس من جامعة ليدن):
            # a definite word governs no genitive, so the name after it is in apposition
            all(v.startswith("ال") for v in keys[:k]) and _name_before_title(keys[k:], patterns)
        )
        or _name_after_definite(keys, k, patterns)
        for k, w in enumerate(keys)
    ]
    if True not in given_at:
        return name  # no person's name in it: most institutions and descriptions

    def titled(k: int) -> bool:
        # مديرته كريستين لاغارد: a possessed title's genitive is its pronoun, so the name
        # after it is in apposition, the person's own; الأمين العام للأمم المتحدة، المتحدث
        # باسم الحكومة: a genitive after ل with the article, and باسم, are the title's too
        word = keys[k]
        return (
            word.startswith(("ال", "لل"))
            or word == ON_BEHALF
            # وزير الصحة السابق لتنظيم داعش: ل on an indefinite noun is the title's genitive
            # too, and that noun in construct takes the name after it as its own genitive
            or _of_construct(word)
            or (k > 0 and _of_construct(keys[k - 1]) and not given_at[k])
            or person_title(word, patterns)
            or (possessed(word) and _possessed_bearer(word, patterns))
        )

    def genitive(k: int) -> bool:
        # رئيس بوركينا فاسو مارك كابوريه، الأمين العام لأوبك محمد باركيندو: a proper name
        # (no given name) in the genitive of a title, in construct after an indefinite
        # title or after ل on a definite one; the genitive completes the title, and a
        # given name after it stands in apposition (a definite title governs no genitive
        # without ل: الوزير نايف فلاح is a name from نايف on)
        word = keys[k]
        if k == 0 or given_at[k] or word.startswith("ال"):
            return False
        before = keys[k - 1]
        return (word[:1] == "ل" and titled(k - 1) and _unlisted_word(word[1:], patterns)) or (
            _unlisted_word(word, patterns)
            and (
                (person_title(before, patterns) and not before.startswith("ال")) or genitive(k - 1)
            )
        )

    def opens_name(k: int) -> bool:
        # أمين المجلس الأعلى: a given name that is also a title, before a source's noun,
        # is the title in construct (not before a family name: الأسبق أمين الجميل)
        return (
            given_at[k]
            and not (
                person_title(keys[k], patterns)
                and k + 1 < len(keys)
                and keys[k + 1] in patterns.lists["speaker_head"]
            )
            # المتحدث لجمعية نور الحياة، لمدينة الملك فهد: the genitive a noun in construct
            # after ل needs, or a name after a definite word that is that genitive
            and not (k > 0 and _of_construct(keys[k - 1]))
            and not (
                k > 1
                and _of_construct(keys[k - 2])
                and keys[k - 1].startswith("ال")
                and (
                    _key(keys[k - 1]) in patterns.lists["noble"]
                    or person_title(keys[k - 1], patterns)
                )
            )
        )

    def after_titles(k: int) -> bool:
        # the two words before ``k`` (the phrase's first is a title) are titled or genitives
        return k > 0 and all(titled(i) or genitive(i) for i in range(max(0, k - 2), k))

    def construct(k: int) -> bool:
        # رئيس مجلس الوزراء سعد الحريري، لاعب خط وسط نادي الهلال حمد الحمد، وزير التربية
        # والتعليم العالي مروان حمادة: a title, nouns in construct (and genitives joined by
        # و) and a definite word that ends the chain, which governs no genitive: the given
        # name after it is in apposition. So does a proper name after common nouns in
        # construct (وزير خارجية قطر محمد، رئيس حكومة إقليم كردستان نيجيرفان)
        if not 1 < k <= _CONSTRUCT_WORDS:
            return False
        end = keys[k - 1]
        if end.startswith(("ال", "وال")):
            # المتحدث باسم وزارة النفط عاصم جهاد: باسم opens the title's genitive
            return all(
                w.startswith(("ال", "وال", "لل"))
                or takes_article(w)
                or person_title(w, patterns)
                or w == ON_BEHALF
                for w in keys[1 : k - 1]
            )
        return (
            k > 2
            and _unlisted_word(end, patterns)
            and all(takes_article(w) and not person_title(w, patterns) for w in keys[1 : k - 1])
        )

    def placed(k: int) -> int:
        # النائب المستقل في المجلس سامر عيسى، عضو البرلمان في حزب الوسط فادي نصار:
        # where the title is held, في or لدى and up to three nouns, belongs to the title;
        # when the last is definite or a proper name, which governs no genitive, the given
        # name after it is in apposition (not في حكومة يوسف الشاهد: a noun in construct
        # takes the name as its genitive). The index of the preposition, 0 when none.
        last = keys[k - 1]
        if not (last.startswith("ال") or _bare_proper(last, patterns)):
            return 0
        for j in range(k - 2, max(0, k - 5), -1):
            if keys[j] in _PLACE_PREPOSITIONS:
                return j
            if not (keys[j].startswith("ال") or takes_article(keys[j])):
                return 0  # no noun: a verb, a particle
        return 0

    def governs_none(k: int) -> bool:
        # a definite word or a proper name (الإرشاد، جدة) governs no genitive
        word = keys[k]
        # (not جامعتي الملك عبدالعزيز: a dual in construct, spelled as no proper name)
        return word.startswith(("ال", "وال")) or (_bare_proper(word, patterns) and not given_at[k])

    def apposed(k: int) -> bool:
        # مدير الشؤون الصحية بمحافظة جدة الدكتور مبارك: a definite title right before the
        # given name, after a word that governs no genitive, stands in apposition to the
        # name, whatever the titles before it (not مستشار الشيخ محمد: the genitive of a
        # noun in construct, whose holder is another)
        return (
            k > 1
            and keys[k - 1].startswith("ال")
            and person_title(keys[k - 1], patterns)
            and governs_none(k - 2)
        )

    # صاحب السمو الملكي الأمير خليفة بن سلمان، ... والإفتاء الشيخ عبدالعزيز بن عبدالله: a
    # nasab after a prince's or a sheikh's title that a definite word or an honorific
    # precedes is that person's own name, whatever the titles before it. A definite word
    # governs no genitive, so the title stands in apposition (not جامعة الملك عبدالله بن
    # عبدالعزيز, nor مستشار الأمير محمد بن سلمان: the genitive of a noun in construct).
    noble = next(
        (
            k
            for k in range(2, len(keys) - 2)
            if given_at[k]
            and keys[k + 1] in _NASAB
            and keys[k - 1].startswith("ال")
            and _key(keys[k - 1]) in patterns.lists["noble"]
            and (keys[k - 2].startswith(("ال", "وال")) or _key(keys[k - 2]) in honorific_titles())
        ),
        None,
    )
    # The first given name after a title or a definite word, two of them when there
    # are (رئيس نقابة الأطباء الأردنيين كمال العبادي; not مدير مؤسسة الملك فيصل، the
    # genitive of an institution's noun, nor مدير مؤسسة نور الحياة).
    given = (
        noble
        if noble is not None
        else next(
            (
                k
                for k in range(len(keys))
                if opens_name(k)
                and (
                    k == 0
                    or (
                        titled(0)
                        and (
                            after_titles(k) or after_titles(placed(k)) or construct(k) or apposed(k)
                        )
                    )
                )
            ),
            len(keys),
        )
    )
    last = len(keys)  # the index of the first word after the proper name
    officials = _keys_of(patterns, "official")
    quantifiers = _keys_of(patterns, "quantifier")
    for j in range(given + 2, len(keys)):
        if (
            is_preposition(keys[j])
            # عبدالمحسن النمر لشخصية جعفر، عبدالله الشربتلي بمركز الوصافة: ب or ل on a
            # common noun, with a word after it that is no title, opens what the name's
            # bearer did, no word of the name (a surname ends the name, or a title follows
            # it: علي حسن بزي، بيومي رئيس; بوتين and لوران are no clitic on a noun)
            or (
                keys[j][:1] in ("ب", "ل")
                and j + 1 < len(keys)
                and not given_at[j]
                and not person_title(keys[j + 1], patterns)
                and (takes_article(keys[j][1:]) or masdar_shaped(keys[j][1:]))
            )
            or (_people_construct(keys, j) and not given_at[j])  # صائب عريقات كبير المفاوضين
            # سمير الخطيب أحد سكان الحي: a quantifier with its genitive after the name says
            # which of a group the person is, in apposition, no word of the name
            or (j + 1 < len(keys) and _key(keys[j]) in quantifiers)
            or (
                # كريم منصور مسؤول الإعلام في البلدية: the generic word for an official, which
                # lists hold as an anonymous source's noun, is a title in apposition too
                (person_title(keys[j], patterns) or _key(keys[j]) in officials)
                and keys[j - 1] not in NAME_PARTICLES  # تركي آل الشيخ: the family's name
                and given_at[j + 1 : j + 2] != [True]  # الدكتور أحمد: the next name's title
                # محمد علي القاضي: a definite title that ends the name after a word
                # without the article is a surname (not after a nisba: سعود القحطاني المستشار)
                and not (
                    j == len(keys) - 1
                    and keys[j].startswith("ال")
                    and not keys[j - 1].startswith("ال")
                )
            )
        ):
            last = j  # سلمى خالد من المعهد، صالح خبري وزير الطاقة: no part of the name
            break
    # the titled words right before the given name, and the word before them
    run = given
    while run > 0 and titled(run - 1):
        run -= 1
    compound = given < len(keys) and keys[given] in NAME_PARTICLES  # عبد الله
    relational = _keys_of(patterns, "relational")
    if (
        last - given < (3 if compound else 2)  # خبير التقنية عبد الله: no surname
        # محامي دونالد ترامب: the name is another person's, his counsel's or kin's (a
        # noun in construct; المحامي مروان صادر is the lawyer)
        or not relational.isdisjoint(_key(w) for w in keys[:given] if not w.startswith("ال"))
        # مديرة السياسات في حكومة رئيس الوزراء جون سميث: the titles before the name
        # stand in the genitive of a noun, another person's (not after a definite word
        # or a proper name, which governs no genitive: وزير التجارة والاستثمار الدكتور
        # ماجد القصبي)
        or (
            noble is None
            and 0 < run < given
            and person_title(keys[run], patterns)
            and not governs_none(run - 1)
        )
        # مستشار الرئيس الأمريكي دونالد ترامب: a title whose genitive is another title
        # names the holder of the second, unless it is a deputy's (نائب الرئيس مايك بنس)
        or any(
            not keys[k - 1].startswith("ال")
            and person_title(keys[k - 1], patterns)
            and keys[k - 1] not in patterns.lists["deputy"]
            and keys[k].startswith("ال")
            and person_title(keys[k], patterns)
            for k in range(1, given)
        )
        # الرئيس الفرنسي ماكرون ورئيس الوزراء الكندي ترودو: two persons
        or any(w[:1] == "و" and person_title(w[1:], patterns) for w in keys[given:last])
    ):
        return name  # مدير مؤسسة نور الحياة: a given name inside another name
    end = found[last].start() if last < len(keys) else len(name)
    return name[found[given].start() : end].rstrip(" \t\n,،")


#: The most words a title in construct holds before the name after it (رئيس مجلس الوزراء).
_CONSTRUCT_WORDS = 6
#: The prepositions that say where a title is held (السفير لدى الأمم المتحدة), normalised.
_PLACE_PREPOSITIONS = frozenset(("في", "لدى"))
#: The words that open a kunya (أبو علي، أم كلثوم), normalised.
_KUNYA = frozenset(("ابو", "ام"))
#: What follows a given name in a nasab (جديع بن نهار، نورة بنت عبدالله), normalised.
_NASAB = frozenset(("بن", "بنت", "ابن"))
#: The preposition that tells where a named person comes from (لورانس ناردون من المعهد).
_FROM = "من"


def _of_construct(word: str) -> bool:
    """Whether ``word`` is ل on a noun the article may take: a genitive in construct.

    لتنظيم، لحركة، لشركة: the noun has no article, so a genitive follows it (لتنظيم داعش).

    Example:
        >>> _of_construct("لتنظيم"), _of_construct("لمانشستر"), _of_construct("لاعب")
        (True, False, False)
    """
    return (
        word[:1] == "ل"
        and not word.startswith("لل")
        and takes_article(word[1:])
        and not takes_article(word)  # لاعب، لجنة: a noun of its own, no clitic ل
    )


def _given(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is a listed given name, not a word with a clitic (باسم).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> _given("بشار", patterns), _given("باسم", patterns)
        (True, False)
    """
    return is_given_name(word) and not _governs(word, patterns, strict=True)


def _unlisted_word(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is no particle, definite word, title or common noun of the lists.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> [_unlisted_word(w, patterns) for w in ("جديع", "المهندس", "وزير", "نهار")]
        [True, False, False, False]
        >>> _unlisted_word("للمستشفى", patterns), _unlisted_word("بمركز", patterns)
        (False, False)
    """
    return not (
        word in NAME_PARTICLES
        or word.startswith(("ال", "لل"))
        or person_title(word, patterns)
        or takes_article(word)
        or (word[:1] in ("ب", "ل") and takes_article(word[1:]))  # للمستشفى، بمركز
        or _governs(word, patterns, strict=True)
    )


def _people_construct(keys: Sequence[str], j: int) -> bool:
    """Whether the word at ``j`` governs a definite plural of people: a title (كبير الباحثين).

    A proper name governs no genitive, so such a construct after a name is in apposition
    to it: who the person is, no part of the name.

    Example:
        >>> _people_construct(("داجفين", "أونيه", "كبير", "الباحثين"), 2)
        True
        >>> _people_construct(("محمد", "عبد", "الله"), 1)
        False
        >>> _people_construct(("لمنع", "القسوة", "ضد", "الأطفال"), 2)
        False
    """
    return (
        j + 1 < len(keys)
        and not keys[j].startswith("ال")
        and takes_article(keys[j])  # a common noun: not ضد، لمنع، ورئيس
        and keys[j + 1].startswith("ال")
        and entity_type((keys[j + 1],)) == "group"
    )


def _name_after_definite(keys: Sequence[str], k: int, patterns: CuePatterns) -> bool:
    """Whether an unlisted name of two words opens at ``k``, after a person's definite title.

    A definite word governs no genitive and an adjective of a definite noun takes the
    article, so two nouns of no list without it after a phrase a person's title opens
    and a definite word ends stand in apposition: the bearer's name (المغنية كارين
    هولت، وزير الزراعة المحلي جبران الحداد; a family name with the article may end it).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> _name_after_definite(("المغنية", "كارين", "هولت"), 1, patterns)
        True
        >>> _name_after_definite(("وزير", "الزراعة", "المحلي", "جبران", "الحداد"), 3, patterns)
        True
        >>> _name_after_definite(("رئيس", "مجلس", "الإدارة", "في", "غزة"), 3, patterns)
        False
    """
    if not 0 < k < len(keys) - 1:
        return False
    before, word, after = keys[k - 1], keys[k], keys[k + 1]
    return (
        (
            (before.startswith("ال") and before not in patterns.lists["given_with_article"])
            or (possessed(before) and _possessed_bearer(before, patterns))
        )
        and (person_title(keys[0], patterns) or _possessed_bearer(keys[0], patterns))
        and _name_word_after_definite(word, patterns)
        and (
            # جهانغيري: a family name may end like a relative adjective
            (
                _unlisted_word(after, patterns)
                and word_class(after) == "noun"
                and not is_preposition(after)
                and not after.isdigit()
            )
            or (after.startswith("ال") and k + 2 == len(keys))
        )
    )


def _possessed_bearer(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is a possessed title or kin's noun (مديرته، زوجته، ابنته).

    Its genitive is its pronoun, so a name after it stands in apposition: the bearer's
    own (زوجته رغد ..., not محامي دونالد ترامب, whose genitive is the name).
    """
    bare = unpossessed(word)
    return bare != word and (
        person_title(bare, patterns) or _key(bare) in _keys_of(patterns, "relational")
    )


def _name_word_after_definite(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word``, right after a definite word of a title, may open its bearer's name.

    A noun :func:`_bare_proper` holds, or one of no list spelled like a relative adjective
    (داني، رافي، يركي): a relative adjective of the definite word before it would take
    the article, and that word governs no genitive, so it is no word of the title's phrase
    (السفير لدى الأمم المتحدة داني دانون); so may a word in و on no word of the lists
    (المهاجم وهبي خزري). Not a word in ل (لأستون فيلا: the title's genitive).
    """
    if _bare_proper(word, patterns):
        return True
    f = facts_of(patterns)[word]
    return (
        word[:1] != "ل"
        and word[1:3] != "ال"
        # وهبي: a name may open with و where what follows is no word of the lists
        # (وزوجته، وأحمد، ووزير: a conjunct)
        and (
            word[:1] != "و"
            or (_unlisted_word(word[1:], patterns) and not _given(word[1:], patterns))
        )
        and _unlisted_word(word, patterns)
        and word_class(word) == "noun"
        and f.word
        and not (f.article or f.preposition or f.head or f.common or f.possessed or f.verb)
        and not (f.digit or f.given or word in NAME_PARTICLES)
    )


def _bare_proper(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is a noun without the article that no list holds (كارين، جبران).

    Not a word that opens with a conjunction or ل, or a clitic and the article
    (والأوقاف، لأستون فيلا، بالعاصمة): a clause or a genitive goes on, no name.
    """
    return (
        word[:1] not in ("و", "ل")
        and word[1:3] != "ال"
        and _unlisted_word(word, patterns)
        and word_class(word) == "noun"
        and proper_name(word, patterns)
    )


def _name_before_title(keys: Sequence[str], patterns: CuePatterns) -> bool:
    """Whether ``keys`` open with a name of two or three words, then a person's title.

    The first a noun of no list (no verb either), the second the same or a family name with
    the article (شيراز العتيري مديرة المركز الوطني، يوب هاينكس المدير الفني), and no given
    name after the title; or then من and a body's noun, where the person comes from
    (لورانس ناردون من المعهد الفرنسي). A name of three words, or one whose words are
    spelled like common nouns (جيل، بوب), is read so only before a definite title that
    more words follow (غاريث بوب المسؤول في الشركة، إدوار فينتروب المدير الفني): a proper
    name governs no genitive, so the definite title after it stands in apposition, and a
    title that goes on is no family name (محمد علي القاضي ends with one).

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> _name_before_title(("شيراز", "العتيري", "مديرة", "المركز"), patterns)
        True
        >>> _name_before_title(("خبير", "اقتصادي", "مدير", "المركز"), patterns)
        False
        >>> _name_before_title(("لورانس", "ناردون", "من", "المعهد"), patterns)
        True
        >>> _name_before_title(("جيل", "مورا", "المدير", "الفني"), patterns)
        True
        >>> _name_before_title(("جيل", "مورا", "المدير"), patterns)
        False
    """
    if any(_apposed_title(keys, j, patterns) for j in (2, 3)):
        return True
    return (
        len(keys) > 2
        and _unlisted_word(keys[0], patterns)
        and word_class(keys[0]) == "noun"
        and (_unlisted_word(keys[1], patterns) or keys[1].startswith("ال"))
        and (
            person_title(keys[2], patterns)
            # لورانس ناردون من المعهد الفرنسي: where the person comes from, told by من and
            # a body's noun (a name governs no genitive; من opens no part of it)
            or (keys[2] == _FROM and len(keys) > 3 and _key(keys[3]) in organisation_heads())
            or _people_construct(keys, 2)  # داجفين أونيه كبير الباحثين
            # دان ويرثايمر أحد مستشاري المشروع: which of a group the person is, a
            # quantifier and its genitive (a name governs none)
            or (len(keys) > 3 and _key(keys[2]) in _keys_of(patterns, "quantifier"))
        )
        # غولدمان ساكس رئيس قسم الأبحاث جيم أونيل: the title's own name follows, and
        # what opens the phrase is whose title it is
        and not any(_given(w, patterns) for w in keys[3:])
    )


def _apposed_title(keys: Sequence[str], j: int, patterns: CuePatterns) -> bool:
    """Whether ``keys`` open with ``j`` bare words of a name, then a definite title that goes on.

    See :func:`_name_before_title`: each word before the title has no article, clitic or
    list that makes it a title, a source's noun or a particle (a common noun's spelling
    is let be); the title, or the generic word for an official, has the article and a
    word after it, and no given name follows.
    """
    if len(keys) <= j + 1 or not keys[j].startswith("ال"):
        return False
    title = keys[j]
    if not (person_title(title, patterns) or _key(title) in _keys_of(patterns, "official")):
        return False
    return all(_bare_name_of_title(w, patterns) for w in keys[:j]) and not any(
        _given(w, patterns) for w in keys[j + 1 :]
    )


def _bare_name_of_title(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` may be a word of a name before a title: a bare noun of no title's list.

    Not a definite word, a name's particle, a title, a source's or a name's noun, a word
    in ب or ل on a common noun, a word that governs a clause, or a number: a common
    noun's spelling alone (جيل، بوب) does not rule it out.
    """
    if word[:1].isdigit():
        return False  # 2024: a number, no word of a name
    if takes_article(word):
        return (
            word_class(word) == "noun"
            and word not in NAME_PARTICLES
            and word not in patterns.lists["speaker_head"]  # a title too (person_title)
            and word not in patterns.lists["name_intro"]
            and not _governs(word, patterns, strict=True)
        )
    return _unlisted_word(word, patterns) and word_class(word) == "noun"


def _surname(form: tuple[str, ...], patterns: CuePatterns) -> str | None:
    """The surname that ends ``form``, a person's name from a given name on (مايك بنس).

    The form holds a listed given name with a word after it, and every word from the given
    name on is a given name or a proper name: its last word is the surname.
    """
    given = next((k for k, w in enumerate(form) if is_given_name(w)), None)
    if given is None or given == len(form) - 1:
        return None
    names = form[given:]
    if all(is_given_name(w) or _bare_proper(w, patterns) for w in names):
        return form[-1]
    return None


def _document_owner(name: str) -> str | None:
    """The key of the owner a document's name gives after its noun, if it gives one.

    The first word after the noun (numbers passed over), in the genitive: definite after
    a noun without the article (بيان الوزارة), or governing a definite word (تقرير
    مؤسسة النقد); or after ل, whatever the noun (بيان للفيفا، التقرير الـ 51 لمؤسسة
    النقد: its ل aside). A definite word after a definite noun is its adjective
    (التقرير الجديد), and so is a word in ي (تقرير أميركي، معلومات أمنية).

    Example:
        >>> [_document_owner(n) for n in ("بيان للفيفا", "لوائح الفيفا", "التقرير الجديد")]
        ['فيفا', 'فيفا', None]
    """
    head, *rest = _name_words(name) or ("",)
    words = [w for w in rest if w.isalpha() and w != "ال"]
    if not words:
        return None
    word = words[0]
    lam = word[:1] == "ل" and len(word) > 3
    bare = word[1:] if lam and not word.startswith("لل") else word
    genitive = not head.startswith("ال") and (
        word.startswith("ال") or (len(words) > 1 and words[1].startswith("ال"))
    )
    if not (lam or genitive) or bare.endswith(("ي", "ية")):
        return None
    return _key(bare)


@lru_cache(maxsize=1 << 15)
def _name_words(name: str) -> tuple[str, ...]:
    """The normalised words of a source's name, remembered (sources recur across articles).

    The names of a document's sources are read again and again at its end (their types,
    the names they share, the titles they are): one normalisation per name.
    """
    return tuple(WORD.findall(normalize(name, config=EXTRACTION)))


def _body_matches(text: str) -> list[re.Match[str]]:
    """The matches of :func:`_body_pattern` in ``text``, those ``finditer`` would find.

    A match opens at a word that is an institution's noun, a clitic maybe
    (:func:`_body_openers`): those words are found by :func:`~quotekit.cues.words_in`, and
    the pattern is tried at them alone, in order, each past the last match. The search
    over the whole text, whose look-behind keeps ``re`` from skipping a character, is not
    made.
    """
    pattern = _body_pattern()
    found = []
    end = 0  # where the last match ends: the next starts past it, as finditer's do
    for run, _ in words_in(text, _body_openers()):
        if run >= end and (m := pattern.match(text, run)) is not None:
            found.append(m)
            end = m.end()
    return found


def _run_start(text: str, pos: int) -> int:
    """Where the run of word characters (letters, digits, _) that ends at ``pos`` starts."""
    while pos and (text[pos - 1].isalnum() or text[pos - 1] == "_"):
        pos -= 1
    return pos


#: The kinds a source's first word may be of when the text calls it a company: none a list
#: holds (أوبر), or an institution's noun (إدارة فيسبوك).
_COMPANY_KINDS = frozenset((None, "organisation"))
#: What follows a company's noun when it introduces a name (normalised text): the name in
#: quote marks maybe; after a dual in construct, a second name joined by و.
_COMPANY_NAMED = regex.compile(
    r"""
    [ \t]+ ["«“]?            # spaces after the noun, an opening mark maybe
    (?P<name>[^\W_]+)        # the name the noun introduces (أوبر، فيسبوك)
    (?:["»”]?[ \t]+و          # the dual's second name: و after spaces (a mark maybe)
       (?P<other>[^\W_]+)    #   and the name it joins (كريم)
    )?
    """,
    regex.VERBOSE,
)


@lru_cache(maxsize=8)
def _company_openers(patterns: CuePatterns) -> dict[str, bool]:
    """The words that open a company's name (شركة، لشركة), each with whether it is a dual.

    A noun of the ``company`` list with a clitic maybe; a noun in ة in the dual of a
    construct too (شركتي، شركتا), which two names follow. Not after ك: كشركة إنترنت says
    what a source is like, and the word after it is no name.
    """
    openers: dict[str, bool] = {}
    for noun in patterns.lists["company"]:
        if noun.startswith("ال"):
            continue  # الشركة: a bare noun, which introduces no name
        forms = {noun: False}
        if noun.endswith("ة"):
            forms |= {noun[:-1] + "تي": True, noun[:-1] + "تا": True}
        for form, dual in forms.items():
            for clitic in ("", *_BODY_CLITICS):
                openers[clitic + form] = dual
    return openers


#: The quote marks that may stand between an institution's noun and its name (شركة "غوغل").
_BODY_MARKS = frozenset('"«“')
#: The clitics an institution's noun may carry (وشركة، لقناة).
_BODY_CLITICS = "وفبل"


#: How many places of a key's letters :meth:`Registry._body_named` looks at before it
#: reads the whole text once instead (a key whose letters are everywhere costs no more).
_BODY_LOOKS = 16


@cache
def _body_openers() -> frozenset[str]:
    """The runs of letters that open a match of :func:`_body_pattern`: a noun, a clitic maybe."""
    return frozenset(
        clitic + head for head in organisation_heads() for clitic in ("", *_BODY_CLITICS)
    )


@lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern[str]:
    """An institution's noun without the article, a clitic maybe, then the word after it.

    The nouns are :func:`~quotekit.morphology.organisation_heads`; the word after, group 1,
    in marks maybe, is what the noun introduces (شركة غوغل، لقناة الجزيرة، دار "سوذبيز").
    It is tried only where :func:`_body_matches` finds such a noun; the nouns are grouped
    by their first letter (ش(?:ركة|بكة)|...). Spaces must follow the noun, so the order of
    the nouns changes no match (longest first within a group all the same).
    """
    groups = [
        re.escape(first) + "(?:" + "|".join(re.escape(h[1:]) for h in heads) + ")"
        for first, heads in groupby(
            sorted(organisation_heads(), key=lambda h: (h[0], -len(h))), key=itemgetter(0)
        )
    ]
    clitics = re.escape(_BODY_CLITICS)
    marks = re.escape("".join(sorted(_BODY_MARKS)))
    return re.compile(rf"(?<!\w)[{clitics}]?(?:{'|'.join(groups)})[ \t]+[{marks}]?(\w+)")


def _type_of_name(name: str) -> str:
    """:meth:`Registry.type_of` for a name."""
    return entity_type(_name_words(name))


@lru_cache(maxsize=1 << 14)
def _own_name(key: str, patterns: CuePatterns) -> bool:
    """:meth:`Registry._name_of_its_own` of the key after a title's head, remembered."""
    return (
        proper_name(key, patterns)
        and not takes_article(key)  # a key has lost its article: البالغة is بالغة
        and word_class(key) == "noun"
        and key not in patterns.forms  # قوله: a word of saying
        and not facts_of(patterns)[key].clitic_preposition  # بحسب، لشركة
        and key not in patterns.lists["addressee_head"]
        and not _nisbas((key,))
    )


def _construct_definite(words: Sequence[str], patterns: CuePatterns) -> bool:
    """Whether a head without the article is made definite by the genitive it governs.

    نجم فريق النسور، لاعب نادي الفجر، نجم منتخب بلاده: a chain of nouns in construct that ends
    in a proper name or a definite noun; a preposition or a relative adjective after the
    head (لاعب في الفريق، لاعب مصري) leaves it indefinite: someone new.
    """
    for word in words[1:]:
        if word.startswith("ال") or possessed(word):
            return True
        if word in WITHIN or is_preposition(word) or word.endswith(_NISBA_ENDS):
            return False
        if proper_name(word, patterns):
            return True
    return False


def _nisba_stem(i: int, key: str, *, after_article: bool = False) -> str:
    """The key at index ``i`` of a mention's keys, a feminine ية by its masculine stem.

    Not right after the head (``i`` 0 or 1), where a word in ية is mostly the genitive of a
    title (وزير الخارجية، وزارة الداخلية), unless ``after_article`` says an adjective in
    ية follows the head: after a plural in ات (السلطات الإيطالية، القوات الأمريكية) or a
    feminine noun in ة, which agrees with it (الحكومة المصرية، الخارجية الكندية).
    """
    return key[:-1] if key.endswith("ية") and (i > 1 or (after_article and i == 1)) else key


#: The ending of a sound feminine plural (سلطات، قوات).
_FEMININE_PLURAL = "ات"


@lru_cache(maxsize=1 << 14)
def _nisbas(keys: tuple[str, ...]) -> frozenset[str]:
    """The relative adjectives of a mention that say whose it is (التركي، العسكرية).

    Feminine ones count by their stem (:func:`_nisba_stem`), but not the name of a ministry
    after its noun (مسؤول في وزارة الخارجية الأمريكية); adjectives of kind (الدولية،
    الحقوقية) say nothing of whose it is and are left out.
    """
    adjective = bool(keys) and (
        keys[0].endswith(_FEMININE_PLURAL)
        or (keys[0].endswith("ة") and keys[0] not in _MINISTRY)  # الحكومة المصرية
    )
    stems = {
        _nisba_stem(i, k, after_article=adjective)
        for i, k in enumerate(keys)
        if len(k) > 3 and not (i and keys[i - 1] in _MINISTRY and k.endswith("ية"))
    }
    return frozenset(k for k in stems if k.endswith("ي") and k not in _KIND_ADJECTIVES)


@lru_cache(maxsize=1 << 14)
def _title_nisbas(keys: tuple[str, ...]) -> frozenset[str]:
    """:func:`_nisbas` of ``keys`` without a given name and the word after it (its surname).

    سامي، الزعبي after a given name: a name that ends as a relative adjective does says
    nothing of whose the title is.
    """
    named = {i for i, k in enumerate(keys) if is_given_name(k)}
    return _nisbas(tuple(k for i, k in enumerate(keys) if i not in named and i - 1 not in named))


def _agree(nisbas: frozenset[str], keys: tuple[str, ...]) -> bool:
    """Whether a mention with these relative adjectives can name an entity with ``keys``.

    Not when they share none (التركي against الأمريكي), nor when each has one that the
    other lacks, whatever they share (الحرس الوطني التونسي against الحرس الوطني
    الليبي); one may say more than the other (الحرس الوطني الليبي and الحرس الوطني).
    Given names and surnames after them are no such adjective (سامي).
    """
    if not nisbas:
        return True
    theirs = _nisbas(keys)
    if not theirs or nisbas == theirs:
        return True
    if not any(a == b or _alike(a, b) for a in nisbas for b in theirs):
        return False
    ours = frozenset(a for a in nisbas if not is_given_name(a))
    return not (_own_nisba(ours, theirs) and _own_nisba(_title_nisbas(keys), nisbas))


def _own_nisba(some: frozenset[str], other: frozenset[str]) -> bool:
    """Whether one of ``some`` is none of ``other``, nor spelled as one of them."""
    return any(a not in other and not any(_alike(a, b) for b in other) for a in some)


_SEP = "\x1f"  # UNIT SEPARATOR
#: What Registry._phrases gives for a stretch not read yet (None is a stretch with no phrase).
_UNREAD = (-1, -1)


def _longer(
    by_key: Mapping[str, list[Entity]], size: Mapping[int, int], first: tuple[str, ...]
) -> list[Entity]:
    """The entities of the rarest word of ``first`` whose first form is longer than it.

    ``by_key`` holds each word's entities sorted by the length of their first form, which
    ``size`` gives by ``id``.
    """
    rarest = min(first, key=lambda k: len(by_key[k]))
    found = by_key[rarest]
    return found[bisect_right(found, len(first), key=lambda e: size[id(e)]) :]


def _within(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Whether ``small`` stands in ``big`` only after في or لدى: another source than ``big``.

    The body or place its bearer is in (رئيسة الثقة والسلامة في تويتر: a person, not
    تويتر).

    Example:
        >>> _within(("رييسة", "ثقة", "في", "تويتر"), ("تويتر",))
        True
        >>> _within(("موقع", "تويتر"), ("تويتر",))
        False
    """
    n = len(small)
    starts = [i for i in range(len(big) - n + 1) if big[i : i + n] == small]
    return bool(starts) and all(i > 0 and big[i - 1] in WITHIN for i in starts)


@lru_cache(maxsize=1 << 14)
def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Whether ``small`` is a run of consecutive words of ``big``."""
    if not small or len(small) > len(big):
        return False
    if len(small) == 1:
        return small[0] in big
    # Joined with a separator no word holds, the run test is one substring search.
    return _SEP + _SEP.join(small) + _SEP in _SEP + _SEP.join(big) + _SEP

"""Speakers: the noun phrase of a source, dropped subjects, and links to fuller names.

The first part reads noun phrases (``clean_mention``, ``mention_before``, ``apposition``)
and keeps the sources of a document (``Registry``); the second gives each quote being
built its speaker (``attribute_speakers``). Everything works on the extraction-normalised
text and its offsets; extraction maps the results back to the original text at the edge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

import attrs

from quotekit.cues import TOKEN
from quotekit.document import MAX_CLAUSE, WORD, Document, Draft
from quotekit.marks import MARKS
from quotekit.patterns import CuePatterns
from quotekit.types import NormalizedText

__all__ = [
    "RELATIVES",
    "Entity",
    "Registry",
    "apposition",
    "attribute_speakers",
    "clean_mention",
    "mention_before",
    "name_of",
    "source_before",
]

#: How many of the latest sources a mention is linked against (an article has far fewer).
_RECENT_ENTITIES = 20
#: How far back a fuller form of a name is looked for, and how many times per text.
_LOOKBACK = 20_000
_MAX_LOOKUPS = 200
#: The most words a speaker noun phrase keeps.
_MAX_WORDS = 12
#: Relative pronouns: a speaker phrase ends before them (المسؤول الذي طلب عدم ...).
RELATIVES = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
#: Words that start a new clause before a cue: the subject cannot reach back past them.
_CLAUSE_WORDS = frozenset(
    ("ان", "انه", "انها", "و", "ثم", "كما", "حيث", "بينما", "فيما", "لكن", "لكنه", "لكنها")
)


def clean_mention(
    norm: str, start: int, end: int, patterns: CuePatterns, *, after_clitic: bool = False
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Cut the speaker noun phrase out of the stretch between a cue and its complement.

    Returns the mention span and the addressee span (``لـ"العربي الجديد"``), each or both
    ``None``. The phrase ends at a comma (apposition), a setting (``في بيان``), a time
    word (``اليوم``), a relative pronoun or an addressee. ``after_clitic`` says that the
    stretch starts inside a word after a clitic ل (وفقا لـ|لشرطة), which may then open it.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = 'قال وزير الدفاع, خالد منصور, ل"الغد" ان'
        >>> mention, addressee = clean_mention(norm, 4, 38, cue_patterns(default_lexicon()))
        >>> norm[slice(*mention)], norm[slice(*addressee)]
        ('وزير الدفاع', 'الغد')
    """
    stop = patterns.lists["mention_stop"]
    filler = patterns.lists["mention_filler"]
    first = last = before_fi = -1
    words = 0
    addressee = None
    tokens = list(TOKEN.finditer(norm, start, end))
    i = 0
    while i < len(tokens):
        m = tokens[i]
        tok = m.group()
        if tok in MARKS:
            close = _next_mark(tokens, i + 1)
            if close is None:
                break
            prev = tokens[i - 1].group() if i else ""
            if prev in ("ل", "مع") or (first < 0 and prev == ""):
                addressee = (m.end(), tokens[close].start())
                break
            if first < 0:
                first = m.start()
            last = tokens[close].end()
            words += 1
            i = close + 1
            continue
        if tok in ("#", "@") and i + 1 < len(tokens) and tokens[i + 1].start() == m.end():
            i += 1  # شركة #غوغل: a hashtag or handle is part of the name
            continue
        if not tok[0].isalnum():
            if first >= 0:
                break
            i += 1
            continue
        if first < 0 and tok in filler:
            i += 1
            continue
        if first < 0 and not (after_clitic and m.start() == start) and not _can_open(tok, patterns):
            break  # الأسبوع الماضي, بقمع, 42: no speaker starts so
        if tok == "في" and 0 < words <= 4 and not _setting_at(norm, m.start(), patterns):
            # في بغداد, في طالبان: part of the phrase; في بيان: its setting.
            if before_fi < 0:
                before_fi = last
            last = m.end()
            words += 1
            i += 1
            continue
        if tok in stop or tok in patterns.speech_words or (tok == "ل" and first >= 0):
            break  # an addressee that starts here (لـ"الغد") is read below
        if tok.startswith("ل") and _addressee_word(tok, patterns):
            break  # للصحافيين, لوكالة الأنباء: to whom it was said, read below
        if first < 0:
            first = m.start()
        last = m.end()
        words += 1
        if words >= _MAX_WORDS:
            break
        i += 1
    if before_fi >= 0 and norm[first:last].endswith("في"):
        last = before_fi  # في with nothing of the phrase after it: منظمة التجارة في توقعاتها
    mention = (first, last) if first >= 0 else None
    if addressee is None:
        addressee = _addressee_after(tokens, i, patterns)
    return mention, addressee


def _addressee_after(
    tokens: list[re.Match[str]], i: int, patterns: CuePatterns
) -> tuple[int, int] | None:
    """The first addressee from token ``i`` on (لـ"الغد", للصحافيين).

    It may stand past an apposition: قال الوزير، خالد منصور، لـ"الغد".
    """
    for k in range(i, len(tokens)):
        tok = tokens[k].group()
        if tok == "ل" and k + 1 < len(tokens) and tokens[k + 1].group() in MARKS:
            close = _next_mark(tokens, k + 2)
            if close is not None:
                return tokens[k + 1].end(), tokens[close].start()
        elif tok.startswith("ل") and _addressee_word(tok, patterns):
            return tokens[k].start() + 1, _phrase_end(tokens, k)
    return None


def _can_open(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` can be the first word of a speaker's noun phrase."""
    lists = patterns.lists
    if word in lists["speaker_head"] or word in lists["name_intro"]:
        return True
    if word[0].isdigit() or word in lists["not_first"] or word.startswith(("بال", "لل")):
        return False
    bare = word[1:]
    return not (word[0] in "بل" and (bare in lists["speaker_head"] or bare in lists["name_intro"]))


def _addressee_word(word: str, patterns: CuePatterns) -> bool:
    """Whether ``word`` is ل + a noun of the press (لوكالة، للصحافيين، لشبكة)."""
    bare = "ال" + word[2:] if word.startswith("لل") else word[1:]
    bare = bare.rstrip("0123456789")  # لفرانس24
    return bare in patterns.lists["addressee_head"] or bare in patterns.lists["name_intro"]


def _setting_at(norm: str, pos: int, patterns: CuePatterns) -> bool:
    """Whether a setting phrase (في بيان، في تصريح) or a time word starts at ``pos``."""
    words = WORD.findall(norm, pos, min(len(norm), pos + 30))
    if len(words) < 2:
        return True
    phrase = words[0] + " " + words[1]
    form = patterns.forms.get(phrase)
    return (form is not None and form.form == "setting") or words[1] in patterns.lists[
        "mention_stop"
    ]


def _next_mark(tokens: list[re.Match[str]], i: int) -> int | None:
    for k in range(i, min(len(tokens), i + 8)):
        if tokens[k].group() in MARKS:
            return k
    return None


def _phrase_end(tokens: list[re.Match[str]], i: int) -> int:
    end = tokens[i].end()
    for m in tokens[i + 1 : i + 4]:
        if not m.group()[0].isalnum() and m.group() not in MARKS:
            break
        end = m.end()
    return end


def mention_before(norm: str, cue_start: int, patterns: CuePatterns) -> tuple[int, int] | None:
    """The subject of a subject-verb clause: the words right before the cue (الأمير قال).

    Taken only when they are a short noun phrase that starts with a source noun, or a short
    name right after a clause word; the clause may not reach back past punctuation.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "غير ان الامير قال ان"
        >>> span = mention_before(norm, norm.index("قال"), cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'الامير'
    """
    window = norm[max(0, cue_start - 80) : cue_start]
    offset = cue_start - len(window)
    tokens = list(TOKEN.finditer(window))
    if tokens and tokens[-1].group() in RELATIVES:
        tokens.pop()  # السلطات الأفغانية التي قالت: the subject stands before التي
    words: list[re.Match[str]] = []
    opener = ""  # the clause word or punctuation the phrase follows
    for m in reversed(tokens):
        tok = m.group()
        if not tok[0].isalnum() and tok not in MARKS:
            break
        if tok in _CLAUSE_WORDS or tok in ("قد", "كان", "كانت", "وكان", "وكانت"):
            if tok == "قد" and not words:
                continue
            opener = tok
            break
        if tok in patterns.speech_words or tok in patterns.lists["mention_stop"]:
            break
        words.append(m)
        if len(words) > 5:
            return None
    if not words:
        return None
    words.reverse()
    head = words[0].group()
    if not _can_open(head, patterns):
        return None  # حوالي 4000 ريال: no speaker starts so
    # A source noun (الأمير قال), or a short name right after a clause word (لكن ليبرمان أشار).
    if head not in patterns.lists["speaker_head"] and not (opener and len(words) <= 2):
        return None
    return words[0].start() + offset, words[-1].end() + offset


_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u0640]")
_ORIGINAL_MARKS = re.compile('["«»“”„‟‹›″]')


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
    words = list(WORD.finditer(norm, start, pos))
    for m in words if first else reversed(words):
        word = m.group()
        bare = word[1:] if word[:1] in "بلو" and word[1:] in heads else word
        if bare in heads and (not feminine or bare.endswith("ة")):
            offset = m.start() + len(word) - len(bare)
            mention, _ = clean_mention(norm, offset, pos, patterns)
            return mention
    return None


def name_of(mapped: NormalizedText, span: tuple[int, int]) -> str:
    """The name a mention gives, as the original writes it, without quote marks.

    A leading ل clitic (``للشرطة الإسرائيلية``) is dropped.

    Example:
        >>> from quotekit import normalize_mapped
        >>> mapped = normalize_mapped('وفقا للشرطةِ "الإسرائيلية"', config="extraction")
        >>> name_of(mapped, (5, len(mapped.text)))
        'الشرطةِ الإسرائيلية'
    """
    start, end = mapped.span_to_original(*span)
    words = _INVISIBLE.sub("", _ORIGINAL_MARKS.sub(" ", mapped.original[start:end])).split()
    if words and words[0].startswith("لل") and len(words[0]) > 3:
        words[0] = "ال" + words[0][2:]
    elif (
        words
        and words[0].startswith("ل")
        and words[0][1:2] not in ("ا", "ا")
        and mapped.original[start - 1 : start] == "ل"
    ):
        words[0] = "ا" + words[0]  # وفقا لـ|لشرطة: the article's alef fell after the ل
    elif words and words[0][:1] == "ف" and words[0][1:3] in ("ال", "أل") and len(words[0]) > 5:
        words[0] = words[0][1:]  # فالبيت الأبيض: a conjunction, not the name
    return " ".join(words)


def _key(word: str) -> str:
    """A word compared without its article: المجلس, مجلس and للمجلس are one key."""
    if word.startswith("لل") and len(word) > 3:
        word = "ال" + word[2:]
    elif word.startswith(("و", "ل", "ب")) and word[1:].startswith("ال"):
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@attrs.define
class Entity:
    """A source met in the document: its fullest name so far and its gender."""

    name: str
    keys: tuple[str, ...]
    gender: str | None
    anonymous: bool
    order: int = 0  # creation order in the document
    aliases: list[tuple[str, ...]] = attrs.Factory(list)


@attrs.define
class Registry:
    """The sources of one document, for linking short forms and resolving dropped subjects."""

    patterns: CuePatterns
    mapped: NormalizedText
    entities: list[Entity] = attrs.Factory(list)
    recent: list[Entity] = attrs.Factory(list)  # speakers in order of use
    by_key: dict[str, list[Entity]] = attrs.Factory(dict)  # word key -> entities holding it
    anonymous: list[Entity] = attrs.Factory(list)  # anonymous sources, in order
    lookups: int = 0  # look-backs for fuller names done so far

    def resolve(
        self, span: tuple[int, int], gender: str | None, *, use: bool = True
    ) -> tuple[Entity, bool]:
        """The entity a mention names, created when new; and whether it was linked.

        A fuller form of the mention earlier in the text (a title with the name after it,
        a first name before a surname) gives a new entity its name.
        """
        mention = name_of(self.mapped, span)
        norm_words = [w for w in TOKEN.findall(self.mapped.text, *span) if w[0].isalnum()]
        keys = tuple(_key(w) for w in norm_words)
        before = span[0]
        entity = self._find(keys, definite=bool(norm_words) and norm_words[0].startswith("ال"))
        if entity is None:
            fuller = self._fuller(keys, before)
            entity = Entity(
                name=name_of(self.mapped, fuller) if fuller else mention,
                keys=self._keys(fuller) if fuller else keys,
                gender=gender,
                anonymous=bool(keys) and keys[0] in self.patterns.lists["anonymous_head"],
                order=len(self.entities),
            )
            self.entities.append(entity)
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
        name = apposition(self.mapped.text, span[1], len(self.mapped.text), self.patterns)
        if name is not None:
            self.name(entity, name)  # وزير الدفاع، أفيغدور ليبرمان، قال: the name in apposition
            linked = True
        if use:
            self._use(entity)
        return entity, linked

    def _index(self, entity: Entity, keys: tuple[str, ...]) -> None:
        for key in keys:
            bucket = self.by_key.setdefault(key, [])
            if not bucket or bucket[-1] is not entity:
                bucket.append(entity)  # a repeat further back is dropped when read

    def _find(self, keys: tuple[str, ...], *, definite: bool = False) -> Entity | None:
        if not keys:
            return None
        anonymous = self.patterns.lists["anonymous_head"]
        # Only entities that share a word with the mention can match, most recent first.
        candidates = {
            e.order: e for key in keys for e in self.by_key.get(key, ())[-_RECENT_ENTITIES:]
        }
        for _, entity in sorted(candidates.items(), reverse=True):
            if any(_contains(alias, keys) for alias in entity.aliases):
                return entity
            if keys == entity.keys or _contains(entity.keys, keys):
                bare_head = len(keys) == 1 and keys[0] in self.patterns.lists["speaker_head"]
                if bare_head and keys[0] not in entity.keys[:1]:
                    continue  # الوزارة is not every phrase that holds وزارة
                return entity
            if _contains(keys, entity.keys):
                return entity
            # A title without the name: shares its first word and most of its words.
            if (
                len(keys) >= 2
                and keys[0] == entity.keys[0]
                and sum(k in entity.keys for k in keys) * 3 >= len(keys) * 2
            ):
                return entity
        if len(keys) == 1 and keys[0] in anonymous and self.anonymous:
            return self.anonymous[-1]  # المصدر, المسؤول: the last anonymous source
        if definite and keys[0] in self.patterns.lists["speaker_head"]:
            # المسؤول الأميركي, المنظمة: a definite source noun names the latest source
            # that noun headed (مسؤول أميركي رفيع المستوى, منظمة التجارة العالمية).
            for _, entity in sorted(candidates.items(), reverse=True):
                if entity.keys[:1] == keys[:1]:
                    return entity
        return None

    def _keys(self, span: tuple[int, int]) -> tuple[str, ...]:
        return tuple(_key(w) for w in WORD.findall(self.mapped.text, *span))

    def _fuller(self, keys: tuple[str, ...], before: int) -> tuple[int, int] | None:
        """A longer earlier phrase that holds the mention's words and a name after them.

        A title (أمين مجلس الأمن القومي) finds the phrase that adds the name; a bare source
        noun (الشركة) the phrase it heads (شركة "تينسينت"); a surname (شمخاني) the first
        name before it (علي شمخاني).
        """
        if not keys:
            return None
        text = self.mapped.text
        lists = self.patterns.lists
        heads = lists["speaker_head"]
        best = None
        self.lookups += 1
        if self.lookups > _MAX_LOOKUPS:
            return None  # a text with endless new speakers: stop looking back
        for m_start, m_end in self._occurrences(keys[0], before):
            if len(keys) == 1 and keys[0] not in heads:
                prev = list(WORD.finditer(text, max(0, m_start - 40), m_start))
                first = prev[-1].group() if prev else ""
                title = prev[-2].group() if len(prev) > 1 else ""
                if (
                    _first_name(first, lists, self.patterns.speech_words)
                    and (title.startswith("ال") or title in heads)
                    and "\n" not in text[prev[-2].start() : m_start]
                ):
                    best = (prev[-1].start(), m_end)  # الإيراني علي شمخاني
                continue
            phrase, _ = clean_mention(text, m_start, min(len(text), m_end + 160), self.patterns)
            if phrase is None:
                continue
            cut = list(WORD.finditer(text, *phrase))[: len(keys) + 3]
            phrase = (phrase[0], cut[-1].end())
            pkeys = self._keys(phrase)
            if len(keys) == 1:
                if phrase[1] > m_end:
                    best = phrase
            elif sum(k in pkeys for k in keys) * 3 >= len(keys) * 2 and len(pkeys) > len(keys):
                best = phrase
        return best

    def _occurrences(self, key: str, before: int) -> Iterator[tuple[int, int]]:
        """The words whose key is ``key`` in a bounded stretch before ``before``, in order."""
        text = self.mapped.text
        floor = max(0, before - _LOOKBACK)
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
        entity.aliases.append(keys)
        self._index(entity, keys)

    def _use(self, entity: Entity) -> None:
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

    def current(self, gender: str | None, before: int, *, use: bool) -> Entity | None:
        """The latest speaker of ``gender``, or else the source the article opens with.

        The second is what ``معاليه`` means in an article that names the minister first.
        """
        last = self.last(gender)
        if last is None:
            end = min(before, MAX_CLAUSE)
            lede = source_before(self.mapped.text, 0, end, self.patterns, first=True)
            if lede is None:
                return None
            last, _ = self.resolve(lede, gender, use=use)
        elif use:
            self._use(last)
        return last

    def use(self, entity: Entity) -> None:
        """Mark ``entity`` as the latest speaker."""
        self._use(entity)


def _first_name(word: str, lists: dict[str, frozenset[str]], speech: frozenset[str]) -> bool:
    """Whether ``word`` can be a first name before a surname."""
    return (
        len(word) > 2
        and word not in lists["speaker_head"]
        and word not in lists["mention_stop"]
        and word not in lists["mention_filler"]
        and word not in speech
        and not word.startswith(("ال", "وال", "بال", "لل", "فال"))
    )


def apposition(
    norm: str, mention_end: int, limit: int, patterns: CuePatterns
) -> tuple[int, int] | None:
    """A proper name set off by commas after a mention: وزير الدفاع، أفيغدور ليبرمان، ...

    A title may open it (الأمير محمد بن سلمان); a description (القيادي في ...) is no name.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> norm = "قال وزير الدفاع, خالد منصور, ان"
        >>> span = apposition(norm, 15, len(norm), cue_patterns(default_lexicon()))
        >>> norm[slice(*span)]
        'خالد منصور'
    """
    tokens = list(TOKEN.finditer(norm, mention_end, min(limit, mention_end + 80)))
    if not tokens or tokens[0].group() != ",":
        return None
    lists = patterns.lists
    words: list[re.Match[str]] = []
    for m in tokens[1:]:
        tok = m.group()
        if not tok[0].isalnum():
            break
        words.append(m)
        if len(words) > 4:
            return None
    if not words:
        return None
    first = words[0].group()
    rest = words[1:] if first in lists["speaker_head"] and len(words) > 1 else words
    names = [w.group() for w in rest]
    if all(
        _first_name(w, lists, patterns.speech_words) or w in ("بن", "ابن", "أبو", "ابو")
        for w in names
    ):
        return rest[0].start(), words[-1].end()
    return None


_SEP = "\x1f"  # UNIT SEPARATOR


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Whether ``small`` is a run of consecutive words of ``big``."""
    if not small or len(small) > len(big):
        return False
    if len(small) == 1:
        return small[0] in big
    # Joined with a separator no word holds, the run test is one substring search.
    return _SEP + _SEP.join(small) + _SEP in _SEP + _SEP.join(big) + _SEP


# ---------------------------------------------------------------------------------------
# Speakers of the drafts of one document.


def _explicit_mention(draft: Draft, doc: Document) -> None:
    """Fill the mention (and addressee) a cue's own context gives."""
    hit = draft.hit
    if draft.mention is not None or hit is None or hit.form.form == "participle":
        return  # a participle's subject is that of the clause before it
    if hit.rule == "after-quote":
        end = doc.clause_end(hit.end, at_comma=True)
        draft.mention, _ = clean_mention(doc.norm, hit.end, end, doc.patterns)
    elif hit.subject is not None and hit.rule != "source":
        draft.mention, draft.addressee = clean_mention(doc.norm, *hit.subject, doc.patterns)
        if hit.form.lemma == "نقل":
            # نقلت الصحيفة عن مصادر مطلعة أن ...: the source is the one quoted, after عن.
            via = re.search(r"(?<!\w)عن(?!\w)", doc.norm[hit.subject[0] : hit.subject[1]])
            if via is not None:
                start = hit.subject[0] + via.end()
                inner, _ = clean_mention(doc.norm, start, hit.subject[1], doc.patterns)
                draft.mention = inner or draft.mention
    if (
        draft.mention is None
        and hit.form.form in ("past", "present", "masdar")
        and not hit.form.text.startswith(("و", "ف"))
    ):
        draft.mention = mention_before(doc.norm, hit.start, doc.patterns)


#: Words that open sentences without being verbs.
_NOT_VERBS = frozenset(
    (
        *("وفي", "وفيما", "وبعد", "في", "من", "على", "الى", "عن", "مع", "بعد", "قبل", "منذ", "ومن"),
        *("كما", "لكن", "ولكن", "ثم", "حيث", "إذ", "اذ", "وقد", "قد"),
    )
)


_NISBA = ("ي", "ية", "يين", "يون", "يان", "يتين")


def _noun_phrase(norm: str, span: tuple[int, int]) -> tuple[int, int]:
    """Cut a source noun phrase before a word that cannot belong to it.

    After a verb the subject runs into the object (ونفى الجيش النيجيري الاتهامات): a word
    with the article stays when it is a genitive after a word without one (وزارة الخارجية،
    لحقوق الإنسان) or a nisba adjective (النيجيري، الدولية); another ends the phrase.

    Example:
        >>> norm = "الجيش النيجيري الاتهامات"
        >>> norm[slice(*_noun_phrase(norm, (0, len(norm))))]
        'الجيش النيجيري'
    """
    words = list(WORD.finditer(norm, *span))
    end = words[0].end()
    for prev, word in pairwise(words):
        text = word.group()
        definite = text.startswith("ال")
        if definite and prev.group().startswith("ال") and not text.endswith(_NISBA):
            break
        end = word.end()
    return span[0], end


def _sentence_subject(
    doc: Document, start: int, pos: int, *, names: bool = True
) -> tuple[int, int] | None:
    """The subject after the verb that opens a sentence: وركز شمخاني، ... مؤكدا.

    A source noun phrase (وكانت الشركة ...) always counts; a short name (شمخاني) only with
    ``names``, since without a source noun the words after a verb may be its object.
    """
    filler = doc.patterns.lists["mention_filler"]
    words = list(WORD.finditer(doc.norm, start, pos))
    while words and words[0].group() in filler:
        words.pop(0)  # من جهته، علق ...
    if len(words) < 2:
        return None
    verb = words[0].group()
    if verb.startswith("ال") or verb[1:3] == "ال" or verb in _NOT_VERBS:
        return None  # the sentence opens with a noun or a particle, not a verb
    mention, _ = clean_mention(doc.norm, words[0].end(), pos, doc.patterns)
    if mention is None or doc.norm[mention[0]] in '«»"':
        return None
    first = WORD.match(doc.norm, mention[0])
    if first is None:
        return None
    if first.group() in doc.patterns.lists["speaker_head"]:
        return _noun_phrase(doc.norm, mention)
    short_name = not first.group().startswith("ال") and len(WORD.findall(doc.norm, *mention)) <= 3
    return mention if names and short_name else None


def attribute_speakers(
    drafts: list[Draft], doc: Document, registry: Registry, resolve: bool
) -> None:
    """Give each draft its mention, addressee and resolved speaker, in text order.

    Example:
        >>> from quotekit import extract_quotes
        >>> text = "وقال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا."
        >>> [(q.speaker.name, q.speaker.resolution) for q in extract_quotes(text)]
        [('الوزير', 'explicit'), ('الوزير', 'inherited')]
    """
    previous: Draft | None = None
    for draft in drafts:
        hit = draft.hit
        gender = hit.form.gender if hit else None
        draft.gender = gender
        _explicit_mention(draft, doc)
        repeated = doc.repeated(draft.content[0])
        anaphor = doc.patterns.lists["anaphor"]
        if draft.mention is not None and doc.norm[draft.mention[0] : draft.mention[1]] in anaphor:
            # معاليه، الأخير: the mention points back to someone already named.
            draft.speaker, draft.resolution = None, None
            if resolve:
                start = doc.sentence_start(draft.mention[0])
                span = source_before(doc.norm, start, draft.mention[0], doc.patterns)
                if span is not None:
                    entity: Entity | None = registry.resolve(span, gender, use=not repeated)[0]
                else:
                    entity = registry.current(gender, draft.mention[0], use=not repeated)
                draft.speaker = entity.name if entity else None
                draft.resolution = "linked" if draft.speaker else None
            previous = draft
            continue
        if draft.mention is not None:
            # Sources of a phrase (بحسب X) are not the people a dropped subject means, nor
            # are the speakers of a pull quote repeated from earlier in the article.
            keep = (hit is None or hit.rule not in ("source", "as")) and not repeated
            found, linked = registry.resolve(draft.mention, gender, use=keep)
            draft.speaker = found.name if resolve else None
            draft.resolution = "linked" if linked and resolve else "explicit"
        elif resolve and not (hit is not None and hit.form.form == "masdar" and gender is None):
            # A verbal noun with no possessive (وسط توقعات بأن) has no speaker to inherit.
            draft.speaker = _inherit(draft, previous, doc, registry, gender, use=not repeated)
            draft.resolution = "inherited" if draft.speaker else None
        previous = draft


def _inherit(
    draft: Draft,
    previous: Draft | None,
    doc: Document,
    registry: Registry,
    gender: str | None,
    *,
    use: bool,
) -> str | None:
    """The speaker of a dropped subject or a participle."""
    hit = draft.hit
    pos = hit.start if hit else draft.content[0]
    sentence = doc.sentence_start(pos)
    if previous is not None and previous.speaker:
        prev_pos = previous.hit.start if previous.hit else previous.content[0]
        same_sentence = prev_pos >= sentence
        if previous.hit is hit or (same_sentence and previous.gender in (None, gender)):
            return previous.speaker
    # The subject of the cue's own sentence (وكانت الشركة قد أعلنت ...، وقالت إن), a
    # feminine one first for a feminine cue; else the latest speaker of that gender.
    participle = hit is None or hit.form.form == "participle"
    span = None
    if gender == "f":
        span = source_before(doc.norm, sentence, pos, doc.patterns, feminine=True)
    span = span or _sentence_subject(doc, sentence, pos, names=participle)
    if span is not None:
        return registry.resolve(span, gender, use=use)[0].name
    last = registry.current(gender, pos, use=use)
    return last.name if last else None

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
from collections import Counter
from itertools import islice

import attrs

from quotekit.attribute import (
    Registry,
    apposition,
    clean_mention,
    feminine_before,
    mention_before,
    source_before,
)
from quotekit.config import EXTRACTION, ExtractConfig
from quotekit.cues import Hit, scan, to_cue
from quotekit.errors import check_text
from quotekit.lexicon import default_lexicon
from quotekit.marks import MarkedSpan, pair_marks
from quotekit.normalization import normalize_mapped
from quotekit.patterns import CuePatterns, cue_patterns
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
    "verb-subject": 0.4,
    "verb-object": 0.35,
}
_BOUNDARY = re.compile(r"[.!?;\n,]")
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[^\W_]+")
_MARKS = frozenset('«»"')
_TRIM = " \t\r\n.,;:!?-"
#: After a complementizer-less source phrase clause: فإن, فقد, ف.
_RESUMPTIVE = re.compile(r"[ \t]*(?:فان(?:ه|ها|هم)?|فقد|ف(?=\w))?[ \t]*")
#: A second quote under the same cue: ... "أ" و"ب".
_AND_QUOTE = re.compile(r"[ \t]*,?[ \t]*و[ \t]*(?=[«\"])")
#: Marked spans longer than this are never names (and are not counted as such).
_NAME_CHARS = 80
_END = 1 << 62  # sorts after any offset
#: The longest stretch a clause or a sentence is looked for in: bounds the cost of a cue
#: on text without punctuation.
_MAX_CLAUSE = 3000
#: The fewest words of a marked span that reads as speech without any cue.
_UNATTRIBUTED_WORDS = 6
_PREPOSITIONS = frozenset(("عن", "الى", "على", "في", "من"))
#: The fewest words of an indirect quote that a weak rule (a verb with a noun object) makes.
_WEAK_WORDS = 3
#: Prepositions that introduce the object of a verb of saying (أعرب عن، أشار إلى، شدد على).
_OBJECT_PREPS = frozenset(("عن", "الى", "على"))
_RELATIVES = frozenset(("الذي", "التي", "الذين"))
_NEGATIONS = frozenset(("لم", "لن", "لا", "ما", "ولم", "ولن", "ولا"))


@attrs.define
class _Draft:
    kind: str
    content: tuple[int, int]
    fragments: list[tuple[int, int]]
    hit: Hit | None
    rule: str
    mention: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    gender: str | None = None
    speaker: str | None = None
    resolution: str | None = None
    confidence: float = 0.0


@attrs.define
class _Doc:
    """What extraction knows about one text."""

    norm: str
    patterns: CuePatterns
    spans: list[MarkedSpan]
    outer_opens: list[int]  # opens of the outermost spans, sorted
    outer: list[MarkedSpan]
    by_open: dict[int, MarkedSpan]
    by_close: dict[int, MarkedSpan]
    hit_starts: set[int]
    cue_starts: list[int]  # sorted starts of every cue
    marked_texts: dict[str, int]  # how often each text stands in marks
    repeats: list[tuple[int, int]]  # paragraphs that repeat an earlier one (pull quotes)
    sentence_ends: list[int]  # offsets of . ! ? and line breaks
    stops: list[int]  # sorted starts of trailing attributions (كما ذكرت، على حد قوله)

    @classmethod
    def build(cls, norm: str, patterns: CuePatterns, hits: list[Hit]) -> _Doc:
        spans = pair_marks(norm)
        outer = [s for s in spans if s.depth == 0]
        return cls(
            norm=norm,
            patterns=patterns,
            spans=spans,
            outer_opens=[s.open for s in outer],
            outer=outer,
            by_open={s.open: s for s in spans},
            by_close={s.close: s for s in spans if s.closed},
            hit_starts={h.start for h in hits},
            cue_starts=sorted(h.start for h in hits),
            marked_texts=Counter(
                norm[s.open + 1 : s.close].strip()
                for s in spans
                if s.closed and s.close - s.open <= _NAME_CHARS
            ),
            repeats=_repeated_paragraphs(norm),
            sentence_ends=[m.start() for m in _SENTENCE_END.finditer(norm)],
            stops=sorted(_stop_of(norm, h) for h in hits if h.rule in ("as", "trailing")),
        )

    def repeated(self, pos: int) -> bool:
        """Whether ``pos`` lies in a paragraph that repeats an earlier one."""
        k = bisect_right(self.repeats, (pos, _END)) - 1
        return k >= 0 and self.repeats[k][0] <= pos < self.repeats[k][1]

    def enclosing(self, pos: int) -> MarkedSpan | None:
        """The outermost marked span whose inside holds ``pos``."""
        k = bisect_right(self.outer_opens, pos) - 1
        if k >= 0 and self.outer[k].open < pos < self.outer[k].close:
            return self.outer[k]
        return None

    def skip_space(self, pos: int) -> int:
        norm = self.norm
        while pos < len(norm) and norm[pos] in " \t":
            pos += 1
        return pos

    def clause_end(self, start: int, *, at_comma: bool = False, at_cue: bool = False) -> int:
        """Where a reported clause that starts at ``start`` ends.

        At the end of the sentence, or at a comma or semicolon followed by a new cue (at
        any comma with ``at_comma``), or before a trailing attribution (``كما ذكرت``),
        or before any cue with ``at_cue``; stops inside quote marks do not count.
        """
        limit = len(self.norm)
        k = bisect_right(self.stops if not at_cue else self.cue_starts, start)
        stops = self.stops if not at_cue else self.cue_starts
        if k < len(stops):
            limit = stops[k]
        return min(limit, self._boundary(start, at_comma))

    def _boundary(self, start: int, at_comma: bool) -> int:
        norm = self.norm
        pos = start
        limit = min(len(norm), start + _MAX_CLAUSE)
        while True:
            m = _BOUNDARY.search(norm, pos, limit)
            if m is None:
                return limit
            i = m.start()
            span = self.enclosing(i)
            if span is not None and span.open >= start:
                pos = span.close + 1
                continue
            c = m.group()
            if (
                c == ","
                and 0 < i < len(norm) - 1
                and norm[i - 1].isdigit()
                and norm[i + 1].isdigit()
            ):
                pos = i + 1  # 25,1: a decimal comma
                continue
            if c in ",;":
                if c == ";" or at_comma or self._cue_follows(i + 1):
                    return i
                pos = i + 1
                continue
            if (
                c == "."
                and 0 < i < len(norm) - 1
                and norm[i - 1].isdigit()
                and norm[i + 1].isdigit()
            ):
                pos = i + 1
                continue
            return i

    def _cue_follows(self, pos: int) -> bool:
        """Whether a new clause of attribution starts at ``pos`` (after a comma).

        It does when a cue starts there or after at most two words (، لكن ليبرمان أشار),
        when a participle of saying starts there (، داعيا الأولياء), or a connector that
        opens a new clause (، بينما، ما يعني).
        """
        pos = self.skip_space(pos)
        for count, m in enumerate(_WORD.finditer(self.norm, pos, min(len(self.norm), pos + 60))):
            if m.start() in self.hit_starts:
                return True
            word = m.group()
            if count == 0:
                if word in self.patterns.lists["connector"]:
                    return True
                form = self.patterns.forms.get(word)
                if form is not None and form.form == "participle":
                    return True
            if count >= 2:
                break
        return False

    def sentence_start(self, pos: int) -> int:
        """The start of the sentence that holds ``pos`` (looking back a bounded stretch)."""
        floor = max(0, pos - _MAX_CLAUSE)
        k = bisect_left(self.sentence_ends, pos) - 1
        while k >= 0 and self.sentence_ends[k] >= floor:
            span = self.enclosing(self.sentence_ends[k])
            if span is None:
                return self.skip_space(self.sentence_ends[k] + 1)
            k = bisect_left(self.sentence_ends, span.open) - 1  # a stop inside marks
        return self.skip_space(floor)

    def clause_closed_after(self, span: MarkedSpan) -> bool:
        """Whether the clause ends where the marks close (nothing but punctuation after)."""
        if not span.closed or self.norm[span.open + 1 : span.close].rstrip()[-1:] in (
            ".",
            "!",
            "?",
        ):
            return True  # unclosed, or a whole sentence in marks ("...!"هذا)
        rest = self.norm[span.close + 1 : span.close + 4].lstrip(" \t")
        return (
            not rest
            or rest[0] in ".,;:!?\n"
            or _AND_QUOTE.match(self.norm, span.close + 1) is not None
        )

    def is_name(self, span: MarkedSpan) -> bool:
        """Whether marks hold a name, title or term rather than speech."""
        norm = self.norm
        inner = norm[span.open + 1 : span.close].strip()
        words = _WORD.findall(inner)
        if not words:
            return True
        before = list(_WORD.finditer(norm, max(0, span.open - 30), span.open))
        if before and not norm[before[-1].end() : span.open].strip():
            prev = before[-1].group()  # the word right before the mark, no punctuation between
            touching = norm[span.open - 1 : span.open].isalnum()
            if touching and prev in ("ل", "مع") and len(words) <= 2:
                return True  # لـ"العربي الجديد": an addressee or a target
            if len(words) <= 4 and _in(prev, self.patterns.lists["name_intro"]):
                return True  # وكالة "نور نيوز", عناصر "داعش"
            if len(words) <= 2 and _in(prev, self.patterns.lists["speaker_head"]):
                return True  # رئيس "الحشد الشعبي"
            if len(words) <= 2 and not _prepositional(words[0]) and _noun(prev):
                return True  # الموسيقي "بنيامين زاندر", بمقطوعات "شوبان": a name or a term
        # A short phrase the text puts in marks again is a name: "بلومبرج" ... "بلومبرج".
        return len(words) <= 3 and self.marked_texts.get(inner, 0) > 1


#: Words that start with ال but are no nouns.
_NOT_NOUNS = frozenset(("الى", "التي", "الذي", "الذين", "الا", "اللذين", "اللتين"))


def _in(word: str, words: frozenset[str]) -> bool:
    """Whether ``word``, maybe after a clitic ل ب و, is one of ``words``."""
    return word in words or (word[:1] in "لبو" and word[1:] in words)


def _prepositional(word: str) -> bool:
    """A word that opens with a preposition clitic (بثمن، بعمق): speech, not a name."""
    return len(word) > 3 and word[0] in "بل" and not word[1:].startswith("ال")


def _noun(word: str) -> bool:
    """A word that reads as a noun a name can follow: definite, or a plural in ات."""
    if word in _NOT_NOUNS:
        return False
    bare = word[1:] if word[:1] in "بلو" else word
    return bare.startswith("ال") or bare.endswith("ات")


def _repeated_paragraphs(norm: str) -> list[tuple[int, int]]:
    """The paragraphs whose text stood earlier in the article (a pull quote, a recap)."""
    seen: set[str] = set()
    repeats = []
    start = 0
    for line in norm.split("\n"):
        key = line.strip(" .\t\r").removeprefix("و")  # وأكد ... repeats أكد ...
        if len(key) > 40:
            if key in seen:
                repeats.append((start, start + len(line)))
            seen.add(key)
        start += len(line) + 1
    return repeats


def _stop_of(norm: str, hit: Hit) -> int:
    """Where a clause before a trailing cue ends: before كما in كما ذكرت."""
    if hit.rule == "as":
        return norm.rfind("كما", 0, hit.start)
    return hit.start


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start] in _TRIM:
        start += 1
    while end > start and norm[end - 1] in _TRIM:
        end -= 1
    return start, end


def _direct(span: MarkedSpan, doc: _Doc, hit: Hit | None, rule: str) -> _Draft:
    start, end = span.inner
    if not span.closed:
        # An unclosed quote: a careful reader ends it with its sentence.
        m = _SENTENCE_END.search(doc.norm, start, end)
        if m is not None:
            end = m.start()
    start, end = _trim(doc.norm, start, end)
    return _Draft(kind="direct", content=(start, end), fragments=[(start, end)], hit=hit, rule=rule)


def _chain(span: MarkedSpan, doc: _Doc, hit: Hit, rule: str, used: set[int]) -> list[_Draft]:
    """The direct quote in ``span`` and those joined to it by و under the same cue."""
    drafts = []
    while span.open not in used and not doc.is_name(span):
        used.add(span.open)
        draft = _direct(span, doc, hit, rule)
        if draft.content[0] == draft.content[1]:
            break  # empty marks
        drafts.append(draft)
        if not span.closed:
            break
        m = _AND_QUOTE.match(doc.norm, span.close + 1)
        nxt = doc.by_open.get(m.end()) if m else None
        if nxt is None or doc.is_name(nxt):
            break
        span = nxt
    return drafts


#: Rules whose clause ends before any further cue: they are weaker than the cue that follows.
_WEAK = frozenset(("verb-object", "verb-subject", "by-masdar", "source", "as", "trailing"))


def _clause(start: int, doc: _Doc, hit: Hit | None, rule: str, used: set[int]) -> list[_Draft]:
    """The quote whose content is the clause from ``start``: direct, mixed or indirect."""
    start = doc.skip_space(start)
    span = doc.by_open.get(start)
    if span is not None and hit is not None and doc.clause_closed_after(span):
        return _chain(span, doc, hit, rule, used)
    end = doc.clause_end(start, at_cue=rule in _WEAK)
    start, end = _trim(doc.norm, start, end)
    if end - start < 2:
        return []
    draft = _Draft(kind="indirect", content=(start, end), fragments=[], hit=hit, rule=rule)
    _classify(draft, doc)
    return [draft]


def _object_subject(doc: _Doc, end: int) -> tuple[tuple[int, int] | None, int]:
    """For a verb with a noun object: a short subject after it, and where the object starts."""
    words = list(_WORD.finditer(doc.norm, end, min(len(doc.norm), end + 120)))
    if not words:
        return None, end
    first = words[0]
    if first.group() in _PREPOSITIONS:
        return None, first.end()
    heads = doc.patterns.lists["speaker_head"]
    if first.group() not in heads:
        return None, end
    limit = doc.clause_end(end, at_comma=True)
    mention, _ = clean_mention(doc.norm, end, limit, doc.patterns)
    if mention is not None and mention[1] < limit:
        stop = _WORD.match(doc.norm, doc.skip_space(mention[1]))
        if stop is not None and stop.group() in _RELATIVES:
            # شركة X التي تمثل الفنان: the relative clause qualifies the subject.
            return mention, doc.clause_end(stop.end(), at_comma=True)
        if (
            stop is not None
            and stop.group() in _OBJECT_PREPS
            and len(_WORD.findall(doc.norm, *mention)) <= 7
        ):
            return mention, stop.end()  # أعرب مدير عام السجون اللواء ... عن
    last = first
    for w in words[1:4]:
        if not w.group().startswith("ال") or doc.norm[last.end() : w.start()].strip():
            break
        last = w
    start = last.end()
    stops = doc.patterns.lists["mention_stop"]
    for w in words[words.index(last) + 1 :]:
        if w.group() not in stops or w.group() in _PREPOSITIONS:
            break
        start = w.end()  # أمس، اليوم: time words before the object
    return (first.start(), last.end()), start


def _drafts_for(hit: Hit, doc: _Doc, used: set[int]) -> list[_Draft]:
    rule = hit.rule
    norm = doc.norm
    if rule in ("complementizer", "subject-complementizer", "colon", "subject-colon"):
        assert hit.content is not None
        drafts = _clause(hit.content, doc, hit, rule, used)
        if rule.endswith("colon"):
            for d in drafts:
                if d.kind == "indirect":  # speech after a colon, without marks
                    d.kind, d.fragments = "direct", [d.content]
        return drafts
    if rule in ("quote", "subject-quote"):
        assert hit.content is not None
        span = doc.by_open.get(hit.content)
        if (
            span is None
            or doc.is_name(span)
            or (not doc.clause_closed_after(span) and len(_WORD.findall(norm, *span.inner)) <= 3)
        ):
            return []  # ونقلت "رويترز" عن ...: a name in marks, not speech
        return _chain(span, doc, hit, rule, used)
    if rule in ("quoted-object", "subject-quoted-object"):
        assert hit.content is not None
        span = doc.by_open.get(doc.skip_space(hit.content))
        if span is None:
            return []
        if doc.clause_closed_after(span):
            return _chain(span, doc, hit, rule, used)
        start = hit.subject[1] if hit.subject else hit.end
        return _clause(start, doc, hit, rule, used)
    if rule == "after-quote":
        i = hit.start
        while i > 0 and norm[i - 1] in " \t,":
            i -= 1
        span = doc.by_close.get(i - 1)
        if span is None or span.open in used or doc.is_name(span):
            return []
        return _chain(span, doc, hit, rule, used)
    if rule in ("verb-object", "verb-subject", "by-masdar"):
        before = _WORD.findall(norm, max(0, hit.start - 12), hit.start)
        if before and before[-1] in _NEGATIONS:
            return []  # ولم تكشف الشركة: nothing was said
        subject, start = (None, hit.end) if rule == "by-masdar" else _object_subject(doc, hit.end)
        k = bisect_right(doc.cue_starts, hit.start)
        if (
            rule != "by-masdar"
            and k < len(doc.cue_starts)
            and doc.cue_starts[k] < doc.clause_end(start)
        ):
            return []  # نقلت الوكالة عن المتحدث قوله إن ...: the cue that follows holds the quote
        drafts = [
            d
            for d in _clause(start, doc, hit, rule, used)
            if d.kind != "indirect" or len(_WORD.findall(norm, *d.content)) >= _WEAK_WORDS
        ]
        for d in drafts:
            d.mention = subject
        return drafts
    if rule == "source":
        return _source(hit, doc, used)
    if rule in ("as", "trailing"):
        return _before(hit, doc, used)
    return []


def _source(hit: Hit, doc: _Doc, used: set[int]) -> list[_Draft]:
    """بحسب X، فإن ... (the clause after) or ...، وفقا لـX (the clause before)."""
    norm = doc.norm
    sentence = doc.sentence_start(hit.start)
    opens_sentence = not norm[sentence : hit.start].strip(" \t,و")
    np_start = hit.end
    words = list(_WORD.finditer(norm, np_start, min(len(norm), np_start + 40)))
    if words and words[0].group() == "ما" and len(words) > 1:
        np_start = words[1].end()  # بحسب ما نقلته وكالة ...: the source follows the verb
    np_end = doc.clause_end(np_start, at_comma=True)
    attached = hit.form.text.endswith(" ل")
    mention, _ = clean_mention(norm, np_start, np_end, doc.patterns, after_clitic=attached)
    if mention is None:
        return []
    if opens_sentence:
        if np_end >= len(norm) or norm[np_end] != ",":
            return []
        m = _RESUMPTIVE.match(norm, np_end + 1)
        start = m.end() if m else np_end + 1
        end = doc.clause_end(start)
        k = bisect_left(doc.cue_starts, start)
        if k < len(doc.cue_starts) and doc.cue_starts[k] < end:
            return []  # the clause has a cue of its own: it is that speaker's quote
        drafts = _clause(start, doc, hit, "source", used)
    else:
        start, end = _trim(norm, sentence, hit.start)
        if end - start < 2:
            return []
        drafts = [
            _Draft(kind="indirect", content=(start, end), fragments=[], hit=hit, rule="source")
        ]
        _classify(drafts[0], doc)
    for d in drafts:
        d.mention = mention
    return drafts


def _before(hit: Hit, doc: _Doc, used: set[int]) -> list[_Draft]:
    """A quote before a trailing cue: "..."، على حد قوله; ...، كما ذكرت الصحيفة."""
    norm = doc.norm
    i = hit.start
    while i > 0 and norm[i - 1] in " \t,":
        i -= 1
    if hit.rule == "as":
        i = norm.rfind("كما", 0, hit.start)
        while i > 0 and norm[i - 1] in " \t,":
            i -= 1
    span = doc.by_close.get(i - 1)
    drafts: list[_Draft]
    if span is not None and span.open not in used and not doc.is_name(span):
        drafts = _chain(span, doc, hit, hit.rule, used)
    else:
        start, end = _trim(norm, doc.sentence_start(i), i)
        if end - start < 2:
            return []
        drafts = [
            _Draft(kind="indirect", content=(start, end), fragments=[], hit=hit, rule=hit.rule)
        ]
        _classify(drafts[0], doc)
    if hit.rule == "as":
        mention, _ = clean_mention(
            norm, hit.end, doc.clause_end(hit.end, at_comma=True), doc.patterns
        )
        for d in drafts:
            d.mention = mention
    return drafts


def _classify(draft: _Draft, doc: _Doc) -> None:
    """Set the kind and fragments of a clause from the speech marks inside it."""
    start, end = draft.content
    k = bisect_left(doc.outer_opens, start)
    fragments = []
    while k < len(doc.outer) and doc.outer[k].open < end:
        span = doc.outer[k]
        if span.closed and span.close <= end and not doc.is_name(span):
            fragments.append(_trim(doc.norm, *span.inner))
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


def _source_after(hit: Hit, doc: _Doc) -> bool:
    """A source phrase after its clause (...، وفقا للشرطة) whose sentence opens with no cue."""
    if hit.rule != "source":
        return False
    sentence = doc.sentence_start(hit.start)
    if not doc.norm[sentence : hit.start].strip(" \t,و"):
        return False
    first_words = islice(_WORD.finditer(doc.norm, sentence, hit.start), 3)
    return not any(w.start() in doc.hit_starts for w in first_words)


def _build(doc: _Doc, hits: list[Hit]) -> list[_Draft]:
    drafts: list[_Draft] = []
    used: set[int] = set()
    covered = _Covered()
    # A source phrase after its clause claims the clause first: a cue inside it is nested.
    first = [h for h in hits if _source_after(h, doc)]
    taken = {id(h) for h in first}
    for hit in first + [h for h in hits if id(h) not in taken]:
        if hit.rule != "trailing" and covered.holds(hit.start):
            continue  # a cue inside another quote's content: a nested quote
        for draft in _drafts_for(hit, doc, used):
            if covered.overlaps(*draft.content):
                continue
            draft.confidence = _CONFIDENCE[draft.rule]
            drafts.append(draft)
            covered.add(*draft.content)
    # Long speech in marks that no cue claimed: a quote of the current speaker.
    for span in doc.outer:
        if span.open in used or not span.closed or covered.holds(span.open):
            continue
        inner = doc.norm[span.open + 1 : span.close]
        if len(_WORD.findall(inner)) >= _UNATTRIBUTED_WORDS and not doc.is_name(span):
            draft = _direct(span, doc, None, "unattributed")
            if draft.content[0] == draft.content[1]:
                continue
            draft.confidence = _CONFIDENCE["unattributed"]
            drafts.append(draft)
            covered.add(*draft.content)
    drafts.sort(key=lambda d: d.hit.start if d.hit else d.content[0])
    return drafts


def _explicit_mention(draft: _Draft, doc: _Doc) -> None:
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


def _sentence_subject(doc: _Doc, start: int, pos: int) -> tuple[int, int] | None:
    """The subject after the verb that opens a sentence: وركز شمخاني، ... مؤكدا."""
    words = list(_WORD.finditer(doc.norm, start, pos))
    if len(words) < 2:
        return None
    verb = words[0].group()
    if not verb.startswith(("و", "ف")) or verb[1:3] == "ال" or verb in ("وفي", "وفيما", "وبعد"):
        return None
    mention, _ = clean_mention(doc.norm, words[0].end(), pos, doc.patterns)
    if mention is None or doc.norm[mention[0]] in '«»"':
        return None
    first = _WORD.match(doc.norm, mention[0])
    if first is None or (
        first.group() not in doc.patterns.lists["speaker_head"]
        and (first.group().startswith("ال") or len(_WORD.findall(doc.norm, *mention)) > 3)
    ):
        return None  # a source noun (وكالة ...) or a short name (شمخاني)
    return mention


def _attribute(drafts: list[_Draft], doc: _Doc, registry: Registry, resolve: bool) -> None:
    previous: _Draft | None = None
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
                    entity, _ = registry.resolve(span, gender, use=not repeated)
                    name = apposition(doc.norm, span[1], draft.mention[0], doc.patterns)
                    if name is not None:
                        registry.name(entity, name)
                    draft.speaker = entity.name
                else:
                    last = registry.last(gender)
                    if last is None:
                        # Nobody has spoken yet: the source the article opens with.
                        end = min(draft.mention[0], _MAX_CLAUSE)
                        lede = source_before(doc.norm, 0, end, doc.patterns, first=True)
                        if lede is not None:
                            last, _ = registry.resolve(lede, gender, use=not repeated)
                    draft.speaker = last.name if last else None
                draft.resolution = "linked" if draft.speaker else None
            previous = draft
            continue
        if draft.mention is not None:
            # Sources of a phrase (بحسب X) are not the people a dropped subject means, nor
            # are the speakers of a pull quote repeated from earlier in the article.
            keep = (hit is None or hit.rule not in ("source", "as")) and not repeated
            entity, linked = registry.resolve(draft.mention, gender, use=keep)
            name = apposition(doc.norm, draft.mention[1], len(doc.norm), doc.patterns)
            if name is not None:
                registry.name(entity, name)
                linked = True
            draft.speaker = entity.name if resolve else None
            draft.resolution = "linked" if linked and resolve else "explicit"
        elif resolve:
            draft.speaker = _inherit(draft, previous, doc, registry, gender, use=not repeated)
            draft.resolution = "inherited" if draft.speaker else None
        previous = draft


def _inherit(
    draft: _Draft,
    previous: _Draft | None,
    doc: _Doc,
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
    span = None
    if hit is None or hit.form.form == "participle":
        if gender == "f":
            span = feminine_before(doc.norm, sentence, pos, doc.patterns)
        span = span or _sentence_subject(doc, sentence, pos)
    if span is not None:
        entity, _ = registry.resolve(span, gender, use=use)
        return entity.name
    last = registry.last(gender)
    if last is None:
        return None
    if use:
        registry.use(last)
    return last.name


def _to_quote(draft: _Draft, doc: _Doc, mapped: NormalizedText) -> Quote:
    cue = to_cue(draft.hit, mapped) if draft.hit is not None else None
    mention = mapped.span(*draft.mention) if draft.mention else None
    speaker = None
    if draft.speaker:
        speaker = Speaker(
            name=draft.speaker, mention=mention, resolution=draft.resolution or "explicit"
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
        direct الخطة جاهزة | الوزير سامي علي explicit
        indirect التنفيذ سيبدأ غدا | الوزير سامي علي inherited
    """
    check_text(text)
    config = config if config is not None else ExtractConfig()
    lexicon = config.lexicon or default_lexicon()
    patterns = cue_patterns(lexicon)
    mapped = normalize_mapped(text, config=EXTRACTION)
    hits = scan(mapped.text, lexicon, timeout=config.regex_timeout)
    doc = _Doc.build(mapped.text, patterns, hits)
    drafts = _build(doc, hits)
    _attribute(drafts, doc, Registry(patterns=patterns, mapped=mapped), config.resolve_speakers)
    return tuple(
        _to_quote(d, doc, mapped)
        for d in drafts
        if d.confidence >= config.min_confidence and (config.indirect or d.kind != "indirect")
    )

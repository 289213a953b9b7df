"""One text as extraction sees it: its normalised view, quote marks, cues and sentences.

Shared by the builder of quotes (:mod:`quotekit.extract`) and the attribution of speakers
(:mod:`quotekit.attribute`). All offsets index the extraction-normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import islice

import attrs
import regex

from quotekit.cues import (
    LAST_WORD,
    WORD,
    Hit,
    abbreviation_point,
    as_start,
    point_in_word,
    trailing_source,
)
from quotekit.lexicon import Form
from quotekit.marks import AND_QUOTE, MarkedSpan, pair_marks
from quotekit.morphology import (
    accusative_participle,
    among,
    is_given_name,
    participle_gender,
    takes_article,
    unpossessed,
    without_article,
    word_class,
)
from quotekit.patterns import CuePatterns

__all__ = [
    "BUT",
    "MAX_CLAUSE",
    "THAT_WORDS",
    "WORD",
    "Document",
    "Draft",
    "agrees",
    "stop_of",
    "trim",
]

_BOUNDARY = re.compile(r"[.!?;\n,]")
#: The complementizer أنّ or إنّ as a whole word, with ب or a pronoun or not (انه، بانها),
#: normalised: the source of a part of :data:`_PARTICIPLE_THAT`, :data:`_THAT` and
#: :data:`_NOTE`.
_THAT_WORD = r"ب?ان(?:ه|ها|هم|هما)?(?!\w)"
#: What follows closing marks when the writer takes over (see Document.writer_after).
_WRITER_AFTER = regex.compile(
    r"""
    [ \t]*,?[ \t]*                        # spaces, maybe a comma
    (?:
      (?P<time>قبل[ \t]+ان|قبيل|منذ(?![ \t]+ان(?!\w)))(?!\w)
                                          # قبل أن يضيف، قبيل الاجتماع، منذ الإعلان (not
                                          # منذ أن سمعت: a clause of time of what was said)
    | (?P<word>\w+)                       # a word: an accusative participle, or no end
    )
    """,
    regex.VERBOSE,
)
#: A word in ا before a complementizer: an accusative participle that opens a statement
#: (مذكرا أن، مضيفا بأن، لافتا إلى أن), told by :func:`accusative_participle`.
_PARTICIPLE_THAT = re.compile(
    rf"""
    (?<![\w])(\w+ا)               # a word in ا: a participle in the accusative
    [ \t]+(?:(?:الى|على)[ \t]+)?  # maybe the preposition of its complement
    {_THAT_WORD}                  # a complementizer, maybe with a pronoun (أنه، بأنها)
    """,
    re.VERBOSE,
)
#: كان and its sisters, whose predicate is in the accusative (كان معتقدا، بات مؤكدا).
_KANA = frozenset(
    ("كان", "كانت", "يكون", "تكون", "ليس", "ليست", "بات", "باتت", "اصبح", "اصبحت", "ظل", "ظلت")
)
#: A word in ا or ة: an accusative participle, masculine or feminine (نافيا، منتقدة).
_ACCUSATIVE_WORD = re.compile(r"(?<!\w)(\w+[اة])(?!\w)")
#: The complementizer that ends :data:`_PARTICIPLE_THAT`, sought first (it is rarer).
_THAT = re.compile(r"[ \t]" + _THAT_WORD)
#: How far after a relative pronoun a complementizer makes its clause a report of its own.
_REPORT_REACH = 120
_TRIM = " \t\r\n.,;:!?-"
#: What ends a sentence inside quote marks, and with them the clause that holds them.
_FINAL = frozenset(".!?")
#: Conjunctions of time: a verb of saying after them is part of the clause they open.
_WHEN = frozenset(("عندما", "حينما", "حين", "لما", "وعندما", "وحين", "بعدما", "وبعدما"))
#: Conjunctions of concession without و: after a comma they open a clause that qualifies the
#: one before (، رغم أنه يصر على أنه): a verb of saying after them is part of it.
_DESPITE = frozenset(("رغم", "بالرغم"))
#: The complementizer أنّ or إنّ as a word, alone or with its pronoun (normalised: انه).
THAT_WORDS = frozenset(("ان", "انه", "انها", "انهم", "انهما"))
#: The complementizers that hold their subject as a pronoun (normalised).
_THAT_PRONOUN = THAT_WORDS - {"ان"}
#: A second complementizer joined by و: the chunk after the comma is another clause of what
#: was said (، وإن هؤلاء يعتقد أنهم), whatever verb it holds.
_AND_THAT_WORDS = frozenset(f"و{b}{w}" for b in ("", "ب") for w in THAT_WORDS)
#: بل "rather, even": after a comma it corrects or outbids the clause before (لم يكن مقاتلا،
#: بل قائدا؛ تجسس لحساب إسرائيل، بل وحذرها): a verb after it shares that clause's subject,
#: and, with no complementizer of its own, what follows is more of what was said.
_RATHER = "بل"
#: Marked spans longer than this are never names (and are not counted as such).
_NAME_CHARS = 80
#: How far into a text a dateline or byline may reach (دبي، الإمارات العربية المتحدة
#: (CNN) --, محمد البقمي- سبق: ...).
_DATELINE_CHARS = 80
_DATELINE = re.compile(
    r"""
    [ \t\n]*
    [^\W\d_][^\s.!?:,()\-—–]*                       # a first word (a place, a reporter)
    (?:(?:[ \t]*,[ \t]*|[ \t]+)[^\W\d_][^\s.!?:,()\-—–]*){0,5}  # five more at most
    [ \t]*
    (?:\([^()\n]{1,20}\)[ \t]*)?                    # the outlet in parentheses: (CNN)
    (?:--|[—–]|-(?=[ \t]))                            # the dash that ends it
    (?:                                             # then a place or an outlet, up to
      (?:(?:[ \t]+|[ \t]*(?:--|[—–]|-)[ \t]*)[^\W\d_][^\s.!?:,()\-—–]*){1,3}
      [ \t]*(?::|(?=\n))                             # a colon or the line's end: سبق – جازان:
    )?
    """,
    re.VERBOSE,
)
_END = 1 << 62  # sorts after any offset
#: The longest stretch a clause or a sentence is looked for in: bounds the cost of a cue
#: on text without punctuation.
MAX_CLAUSE = 3000


@attrs.define
class Draft:
    """A quote being built, in normalised-text offsets."""

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
    entity: int | None = None  # the number of its source in the document
    speaker_gender: str | None = None
    speaker_type: str | None = None
    #: The cue shown when it is not the hit: the verb of relaying of a verbal noun (نقلت X
    #: عن Y قوله), the verb of saying before a participle in its clause (وأضاف قائلا), a
    #: source word's whole phrase (حسب ما قالت، حسبما قال), or the verb of the clause that
    #: unclaimed speech in marks ends
    relay: Hit | None = None


@attrs.define
class Document:
    """What extraction knows about one text."""

    norm: str
    patterns: CuePatterns
    outer_opens: list[int]  # opens of the outermost spans, sorted
    outer: list[MarkedSpan]
    by_open: dict[int, MarkedSpan]
    by_close: dict[int, MarkedSpan]
    cue_starts: list[int]  # sorted starts of every cue
    marked_texts: dict[str, int]  # how often each text stands in marks
    repeats: list[tuple[int, int]]  # paragraphs that repeat an earlier one (pull quotes)
    sentence_ends: list[int]  # offsets of . ! ? and line breaks (and a dateline's end)
    stops: list[int]  # sorted starts of trailing attributions (كما ذكرت، على حد قوله)
    #: Sorted starts of the clauses that a cue with a subject of its own opens when conjoined
    #: (فأكد المخرج) or after a setting fronted with و or ف (ففي اليوم التالي قال المدير):
    #: each is a clause of the narrative, which ends a reported clause before it.
    openers: list[int] = attrs.Factory(list)
    #: Verbs of saying joined by و with their subject dropped (وأضاف أن، وتابع:), sorted
    #: by start: each ends the clause of a cue it agrees with, the same speaker going on.
    said_on: list[tuple[int, Form]] = attrs.Factory(list)
    #: Participle cues that open a clause of their own (مشيرا إلى أن), sorted by start.
    participles: list[tuple[int, Form]] = attrs.Factory(list)
    body: int = 0  # where the article starts after its dateline or byline, if it has one
    #: What the last search for a stop learned: from ``[0]`` no stop before ``[1]``, where
    #: a stop stands when ``[2]`` (see :meth:`_next_stop`).
    _stop_memo: tuple[int, int, bool] = attrs.field(init=False, default=(0, 0, False))
    #: What :meth:`is_name` said of each span asked about (cues of one clause ask again).
    _names: dict[tuple[int, int, bool], bool] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    _noting: bool | None = attrs.field(init=False, default=None, eq=False, repr=False)
    #: :meth:`sentence_start` by offset: the readers ask of the same cues again and again.
    _sentence_starts: dict[int, int] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    @classmethod
    def build(cls, norm: str, patterns: CuePatterns, hits: list[Hit]) -> Document:
        """Pair the marks of ``norm`` and index its cues, sentences and repeats."""
        spans = pair_marks(norm)
        outer = [s for s in spans if s.depth == 0]
        body = _body_start(norm, patterns)
        ordered = sorted(hits, key=_hit_start)
        # Each stop sought on its own with str.find: a regex over the whole text is slower.
        ends = sorted(
            [i for i in _positions(norm, ".") if not _inner_point(norm, i)]
            + _positions(norm, "!")
            + _positions(norm, "?")
            + _positions(norm, "\n")
        )
        return cls(
            norm=norm,
            patterns=patterns,
            outer_opens=[s.open for s in outer],
            outer=outer,
            by_open={s.open: s for s in spans},
            by_close={s.close: s for s in spans if s.closed},
            cue_starts=sorted(h.start for h in hits),
            marked_texts=Counter(
                norm[s.open + 1 : s.close].strip()
                for s in spans
                if s.closed and s.close - s.open <= _NAME_CHARS
            ),
            repeats=_repeated_paragraphs(norm),
            sentence_ends=[body - 1, *ends] if body else ends,
            body=body,
            stops=sorted(
                stop_of(norm, h, patterns)
                for h in hits
                if h.rule in ("as", "trailing")
                or (h.rule == "source" and trailing_source(norm, h.start, h.end))
            ),
            openers=sorted(
                opening
                for h in hits
                if h.rule in _OPENS_CLAUSE
                and h.subject is not None
                and h.subject[1] > h.subject[0]
                and (
                    opening := h.start
                    if h.form.conjoined
                    else max(
                        _fronted_setting(norm, h.start),
                        _contrast_before(norm, h.start, patterns.lists["contrast"]),
                    )
                )
                >= 0
            ),
            said_on=[
                (h.start, h.form)
                for h in ordered
                if h.rule in _SAYS_ON and h.form.conjoined and h.form.form == "past"
            ],
            participles=[
                (h.start, h.form)
                for h in ordered
                if h.form.form == "participle" and h.rule in _OWN_CLAUSE
            ],
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
        """The first offset from ``pos`` that is not a space or a tab."""
        norm = self.norm
        while pos < len(norm) and norm[pos] in " \t":
            pos += 1
        return pos

    def clause_end(
        self,
        start: int,
        *,
        at_comma: bool = False,
        at_cue: bool = False,
        cue: Form | None = None,
        subject: bool = False,
        aside: bool = False,
    ) -> int:
        """Where a reported clause that starts at ``start`` ends.

        At the end of the sentence, or at a comma or semicolon followed by a new cue (at
        any comma with ``at_comma``; for a clause in an ``aside``, not at one before a
        clause of time or concession: :meth:`_qualifier_follows`) or by the writer's
        consequence (``، ليعكس ذلك``), or before a trailing attribution (``كما ذكرت``),
        or before any cue with ``at_cue``; stops inside quote marks do not count, unless
        the mark is left open (``مناطق "الشرقية ... المملكة.``): a stray mark holds no
        sentence, and its span would run to the paragraph's end.

        Given the ``cue`` of the clause (and whether a ``subject`` follows it), a
        participle cue that agrees with its speaker ends the clause, comma or not
        (``... تؤتي ثمارها مشيرا إلى أن``), and one that does not agree is part of the
        content (``وأوضحت الرئاسة أن الرئيسين "..."، مؤكدين أنه``).
        """
        stops = self.cue_starts if at_cue else self.stops
        k = bisect_right(stops, start)
        # A clause never runs past MAX_CLAUSE (see _boundary): no participle beyond is read.
        limit = min(stops[k] if k < len(stops) else len(self.norm), start + MAX_CLAUSE)
        k = bisect_right(self.openers, start)
        while k < len(self.openers) and self.openers[k] < limit:
            if self.enclosing(self.openers[k]) is None:
                limit = self.openers[k]  # ... وياللعجب ففي اليوم التالي قال المدير إن
                break
            k += 1  # a cue inside marks: part of what was said
        if cue is not None:
            # A participle or a verb after و that agrees with the cue goes on with its
            # speaker's words (مشيرا إلى أن، وأضاف أن); one that does not is what was said
            # (قال الوزير إن الحكومة اجتمعت وأكدت أن).
            for said in (self.participles, self.said_on):
                for pos, form in _starting_in(said, start + 1, limit):
                    span = self.enclosing(pos)
                    if (span is None or span.open < start) and agrees(
                        cue, form, subject=subject, relay=self._relays(cue)
                    ):
                        limit = pos
                        break
        end = min(limit, self._boundary(start, at_comma, cue, subject, aside))
        if cue is not None:
            end = self._participle_within(start, end)
            end = self._speech_participle_within(start, end, cue, subject)
        return self._frame_within(start, end)

    def _participle_within(self, start: int, end: int) -> int:
        """Where a clause ends before an accusative participle with its complementizer.

        ... قد تضاف في اللحظة الأخيرة مذكرا أن الفيلم: a participle of any verb that takes
        a clause opens a new statement of the same speaker, comma or not. After an
        indefinite accusative noun it is that noun's adjective (تهديدا مباشرا بأن).
        """
        norm = self.norm
        if _THAT.search(norm, start, end) is None:
            return end  # no complementizer: most clauses, told by a cheaper search
        for m in _PARTICIPLE_THAT.finditer(norm, start, end):
            if self._participle_at(m, start):
                return m.start()
        return end

    def _speech_participle_within(self, start: int, end: int, cue: Form, subject: bool) -> int:
        """Where a clause ends before a participle of saying that agrees with ``cue``.

        الحكومة مستعدة للحوار نافيا وجود أي خلافات: a participle of a verb of saying, in
        the accusative and agreeing with the cue's speaker, opens what the speaker did next
        whatever follows it (a noun, a preposition), comma or not; after an indefinite
        accusative noun it is that noun's adjective.
        """
        forms = self.patterns.forms
        cue_words = self.patterns.cue_words  # every form of one word: most words are none
        for m in _ACCUSATIVE_WORD.finditer(self.norm, start, end):
            word = m.group(1)
            if word not in cue_words:
                continue
            form = forms.get(word)
            if (
                form is not None
                and form.form == "participle"
                and agrees(cue, form, subject=subject, relay=self._relays(cue))
                and self._participle_at(m, start)
            ):
                return m.start()
        return end

    def _participle_at(self, m: re.Match[str], start: int) -> bool:
        """Whether the word of ``m`` is an accusative participle of the writer's, no adjective.

        Outside marks, not after an indefinite accusative noun (تهديدا مباشرا بأن) nor after
        كان or a sister of it, whose predicate it is (كان معتقدا). A feminine participle
        looks the same in every case and may be the adjective of any noun before it (رسوم
        مشددة، معلومات مؤكدة): only right after punctuation or a closing mark.
        """
        word = m.group(1)
        if m.start() <= start or self.enclosing(m.start()) is not None:
            return False  # what was said opens with it (واعدة جدا): its own word
        if word.endswith("ة"):
            i = m.start()
            while i > start and self.norm[i - 1] in " \t":
                i -= 1  # back over the spaces only, not a copy of the clause
            return i > start and not self.norm[i - 1].isalnum()
        prev = LAST_WORD.search(self.norm, max(start, m.start() - 40), m.start())
        before = prev.group(1) if prev is not None else ""
        return (
            accusative_participle(word)
            and not _indefinite_accusative(before)
            and before.removeprefix("و") not in _KANA
        )

    def _frame_within(self, start: int, end: int) -> int:
        """Where a clause ends before the writer's frame without a comma, else ``end``.

        بالشفافية وذلك في إشارة إلى الانتخابات: see :meth:`_frame_follows`.
        """
        pos = self.norm.find(" وذلك ", start, end)
        while pos >= 0:
            if self.enclosing(pos) is None and self._frame_follows(pos + 1):
                return pos
            pos = self.norm.find(" وذلك ", pos + 1, end)
        return end

    def _relays(self, cue: Form) -> bool:
        return cue.lemma in self.patterns.lists["relay"]

    def participles_in(self, start: int, end: int) -> Iterator[tuple[int, Form]]:
        """The participle cues of :attr:`participles` that start in ``[start, end)``, in order."""
        return _starting_in(self.participles, start, end)

    def cue_between(self, start: int, end: int) -> bool:
        """Whether a cue starts in ``[start, end)``."""
        k = bisect_left(self.cue_starts, start)
        return k < len(self.cue_starts) and self.cue_starts[k] < end

    def _boundary(
        self, start: int, at_comma: bool, cue: Form | None, subject: bool, aside: bool
    ) -> int:
        norm = self.norm
        pos = start
        limit = min(len(norm), start + MAX_CLAUSE)
        while True:
            i = self._next_stop(pos, limit)
            if i < 0:
                return limit
            span = self.enclosing(i)
            if span is not None and span.open >= start and span.closed:
                if _ends_sentence(norm[span.open + 1 : span.close]):
                    return span.close + 1  # أن السلطات "أحالته إلى القضاء." ولم تذكر: the end
                pos = span.close + 1
                continue
            c = norm[i]
            if (c == "," and _in_number(norm, i)) or (c == "." and _inner_point(norm, i)):
                pos = i + 1  # 130.7, 25,1, د. السند: the point of a number or a title
                continue
            if c in ",;":
                if (
                    (c == ";" and not self._cause_follows(i + 1))
                    or (at_comma and not (aside and self._qualifier_follows(i + 1)))
                    or (
                        self._cue_follows(i + 1, cue, subject)
                        and not (cue is not None and self._its_verb_follows(start, i))
                    )
                    or self._frame_follows(i + 1)
                    or self._stance_follows(i + 1)
                    or (
                        # ل of the consequence first: the pattern is run only after it
                        norm.startswith(("لي", "لت"), self.skip_space(i + 1))
                        and _CONSEQUENCE.match(norm, i + 1) is not None
                    )
                    or _source_did_not(norm, i + 1, cue, subject)
                ):
                    return i
                pos = i + 1
                continue
            return i

    def _qualifier_follows(self, pos: int) -> bool:
        """Whether a clause of time or concession opens at ``pos`` (after a comma).

        A relative clause set off after a comma (، التي قالت إنها ستحضر) closes at the next
        comma, where the sentence it interrupts goes on; not at one before رغم or عندما
        (، رغم القلق): that clause qualifies what was said, and is part of it.
        """
        m = WORD.match(self.norm, self.skip_space(pos))
        return m is not None and (m.group() in _WHEN or m.group() in _DESPITE)

    def _next_stop(self, pos: int, limit: int) -> int:
        """The offset of the first ``. ! ? ;``, comma or line break in ``[pos, limit)``, or -1.

        It remembers what its last search read: the searches of a text mostly go forward
        from within that stretch, and on text without punctuation each would read up to
        ``MAX_CLAUSE`` characters again.
        """
        start, known, found = self._stop_memo
        if start <= pos <= known:
            if found:
                return known if known < limit else -1
            if limit <= known:
                return -1
            pos = known  # no stop before: read on from there
        else:
            start = pos
        m = _BOUNDARY.search(self.norm, pos, limit)
        self._stop_memo = (start, limit, False) if m is None else (start, m.start(), True)
        return -1 if m is None else m.start()

    def _cue_follows(self, pos: int, cue: Form | None = None, subject: bool = False) -> bool:
        """Whether a new clause of attribution starts at ``pos`` (after a comma).

        It does when a cue starts there or after at most two words (، لكن ليبرمان أشار),
        three after a verb of saying in و (، واختتم الحمد حديثه بقوله),
        or when a participle of saying starts there (، داعيا الأولياء), unless it cannot
        share the subject of ``cue`` (then it belongs to the content). A connector alone
        (، لكن، حيث، ما يؤكد، إلا أن) does not: the reported clause runs on through it,
        and neither does a cue after the next comma (، رجالا ونساء، مشيرة): that comma
        decides for itself.
        """
        pos = self.skip_space(pos)
        end = min(len(self.norm), pos + 60)
        stop = _BOUNDARY.search(self.norm, pos, end)
        if stop is not None:
            end = stop.start()  # a cue after the next comma opens a clause of its own
        but = False  # whether the clause opens with لكن: a subject of some words may follow
        reach = 2  # how many words after the comma a cue may start
        lists = self.patterns.lists
        forms = self.patterns.forms
        cue_words = self.patterns.cue_words  # every form of one word: most words are none
        for count, m in enumerate(WORD.finditer(self.norm, pos, end)):
            word = m.group()
            # the word as a cue, read once for the tests below
            form = forms.get(word) if word in cue_words else None
            if count == 0:
                but = word in BUT
                if form is not None and form.conjoined and form.form == "past":
                    # ، واختتم الحمد حديثه بقوله: a verb of saying in و, its subject and
                    # object, then the cue of its own quote
                    reach = 3
                if word in _WHEN or word in _DESPITE or word in _AND_THAT_WORDS:
                    # ، عندما أعلنت المملكة، بعدما كان توقع: a clause of time inside the
                    # content, as one of concession (، رغم أنه يصر); ، وإن هؤلاء يعتقد: a
                    # second clause of what was said
                    return False
                if word == _RATHER and _THAT.search(self.norm, m.end(), end) is None:
                    # ، بل وحذر إسرائيل: more of what was said (not ، بل أكد أنها: a new
                    # statement, with its own complementizer)
                    return False
                if word in lists["relative"] and not self._reports(pos):
                    # أن الصحافيين الثلاثة، الذين ينفون أي تورط، حكم عليهم: a relative clause
                    # of a noun of the content, whatever verb it holds, unless it reports a
                    # clause of its own (، اللذين قالت الوزيرة، سلمى علي، إنهما: a quote)
                    return False
                if form is not None and form.form == "participle":
                    return cue is None or agrees(
                        cue, form, subject=subject, relay=self._relays(cue)
                    )
                gender = participle_gender(word) if form is None else None
                if gender is not None:
                    # ، منوها بجهود، معبرا عن، مستشهدين بـ: the writer's circumstance, when
                    # it agrees with the speaker (else it says something of the content's
                    # subject).
                    return cue is None or cue.gender is None or cue.gender == gender
            if count <= reach and self.cue_between(m.start(), m.start() + 1):
                # ، لكنه يعتقد أنها: a belief of the content's subject goes on with it
                return form is None or form.lemma not in lists["cognition"]
            if (
                count
                and but
                and form is not None
                and form.form in ("past", "present")
                and (form.lemma in lists["denial"] or form.lemma in lists["answer"])
            ):
                return True  # ، لكن المملكة العربية السعودية رفضت: the other side's answer
            if count >= (_BUT_WORDS if but else reach):
                break
        return False

    def _its_verb_follows(self, start: int, comma: int) -> bool:
        """Whether the verb of saying after ``comma`` is the predicate of the words before it.

        أن زعيم كوريا الشمالية، كيم جونغ أون، قال إنه ...، أن التحقيق الذي أجرته الشرطة،
        أظهر أن ...: what was said so far is a noun phrase alone (a name in apposition and a
        relative clause may follow its head), no verb of its own; the verb after the comma
        has no subject of its own either (a complementizer, a colon or a mark right after
        it): the phrase is its subject, the clause goes on. Not ، وقال (a verb in و opens a
        clause of the writer's) nor ، قالت المصادر (a subject of its own).
        """
        norm = self.norm
        if norm[comma] != ",":
            return False
        after = WORD.match(norm, self.skip_space(comma + 1))
        form = self.patterns.forms.get(after.group()) if after is not None else None
        if form is None or form.conjoined or form.form not in ("past", "present"):
            return False
        assert after is not None  # a form was read from it
        rest = norm[after.end() : after.end() + 4].lstrip(" \t")
        if not (rest[:1] in (":", '"', "«") or _THAT.match(norm, after.end()) is not None):
            return False
        words = list(islice(WORD.finditer(norm, start, comma), _SUBJECT_WORDS + 1))
        if not words or len(words) > _SUBJECT_WORDS:
            return False
        relatives = self.patterns.lists["relative"]
        for m in words:
            word = m.group()
            if word in relatives:
                return True  # التحقيق الذي أجرته الشرطة: the rest describes the head
            if word_class(word) in ("verb", "particle") or word in self.patterns.forms:
                return False  # الوضع خطير، لن يتغير: a clause with a verb of its own
        return True

    def _reports(self, pos: int) -> bool:
        """Whether a complementizer follows ``pos`` in its sentence, ``_REPORT_REACH`` at most."""
        end = min(self.sentence_end(pos), pos + _REPORT_REACH)
        return _THAT.search(self.norm, pos, end) is not None

    def _cause_follows(self, pos: int) -> bool:
        """Whether a word of the lexicon's ``cause`` opens what follows ``pos`` (؛ لأن).

        A semicolon ends a reported clause, unless the reason of what was said follows it:
        إن الكاتب يمثل مصدر قلق؛ لأن هذا الشخص لا يزال في الحكومة.
        """
        m = WORD.search(self.norm, pos, min(len(self.norm), pos + 20))
        return (
            m is not None
            and not self.norm[pos : m.start()].strip(" \t")
            and m.group() in self.patterns.lists["cause"]
        )

    def _frame_follows(self, pos: int) -> bool:
        """Whether the writer's frame of the quote starts at ``pos`` (after a comma).

        ، وذلك خلال كلمته، وذلك في زيارته: وذلك, then a word of the lexicon's
        ``frame_during`` (خلال، أثناء), or a preposition of ``frame_after`` before a noun
        with a possessive pronoun (the speaker's visit or speech), a setting of the lexicon
        (في كلمة، في تغريدة) or a word of ``frame_noun`` (في إشارة إلى). Without one the
        clause goes on with the content (، وذلك في إطار تحالف، وذلك بعد أيام من مواجهات).
        Without وذلك, في and a word of ``frame_gloss`` (، في إشارة إلى، في معرض ...) are
        the writer's gloss of what the source meant: no source speaks of itself so; a word
        of ``noting`` and a complementizer (، علما بأن) open the writer's note of a fact.
        """
        limit = min(len(self.norm), pos + 40)
        lists = self.patterns.lists
        # Each pattern is run only where it may be met: _GLOSS after في, _NOTE in a text
        # that has a word of ``noting`` somewhere (most have none).
        if self.norm.startswith("في", self.skip_space(pos)):
            gloss = _GLOSS.match(self.norm, pos, limit)
            if gloss is not None and gloss.group(1) in lists["frame_gloss"]:
                return True  # ، في إشارة إلى: the writer says what the source meant
        if self._has_noting():
            note = _NOTE.match(self.norm, pos, limit)
            if note is not None and note.group(1) in lists["noting"]:
                return True  # ، علما بأن: the writer's note of a fact
        if self.norm.find("وذلك", pos, limit) < 0:
            return False  # the common case, told without a word read
        words = WORD.finditer(self.norm, pos, limit)
        first, second, third = next(words, None), next(words, None), next(words, None)
        if first is None or second is None or first.group() != "وذلك":
            return False
        if second.group() in lists["frame_during"]:
            return True
        if second.group() not in lists["frame_after"] or third is None:
            return False
        noun = third.group()
        form = self.patterns.forms.get(second.group() + " " + noun)
        return (
            unpossessed(noun) != noun  # في زيارته
            or noun in lists["frame_noun"]  # في إشارة إلى، في معرض تصريحاته
            or (form is not None and form.form == "setting")  # في كلمة، في تغريدة
        )

    def _has_noting(self) -> bool:
        """Whether a word of the lexicon's ``noting`` stands anywhere in the text (memoised)."""
        if self._noting is None:
            self._noting = any(w in self.norm for w in self.patterns.lists["noting"])
        return self._noting

    def _stance_follows(self, pos: int) -> bool:
        """Whether the writer tells at ``pos`` (after a comma) how a source met the content.

        ، وهو ما نفته السلطات، ما أكدته منظمة، وهو ما ردت عليه، الأمر الذي نفته: a relative
        ما (or الأمر الذي) that is the object of a verb of saying (its pronoun on the verb,
        or after على) tells who else confirmed or denied what was said; the speaker's words
        end at the comma. A verb without that pronoun is a connector of the content (، ما
        يؤكد أن، ما يعني).
        """
        norm = self.norm
        if not norm.startswith(_STANCE_OPENERS, self.skip_space(pos)):
            return False  # the common case, told by the first letters
        m = _STANCE.match(norm, pos)
        if m is None:
            return False
        words = [w for w in m.group("first", "second", "third", "fourth", "fifth") if w]
        if words[0] in _SUMMING:
            words = words[1:]
        if words[:2] == list(_THE_MATTER):
            words = ["ما", *words[2:]]  # الأمر الذي نفته: the relative of "the matter", as ما
        if len(words) < 2 or words[0] != "ما":
            return False
        verb = words[1]
        if len(words) < 3 or words[2] not in _ON_IT:
            pronoun = next((p for p in _OBJECT_PRONOUNS if verb.endswith(p)), None)
            if pronoun is None:
                return False
            verb = verb[: -len(pronoun)]
        forms = self.patterns.forms
        form = forms.get(verb)
        if form is None and verb.endswith("ا"):
            form = forms.get(verb[:-1] + "ى")  # نفاه: the ى of نفى before a pronoun
        return form is not None and form.form in ("past", "present")

    def sentence_start(self, pos: int) -> int:
        """The start of the sentence that holds ``pos`` (looking back a bounded stretch)."""
        start = self._sentence_starts.get(pos)
        if start is None:
            start = self._sentence_starts[pos] = self._sentence_start(pos)
        return start

    def _sentence_start(self, pos: int) -> int:
        floor = max(0, pos - MAX_CLAUSE)
        k = bisect_left(self.sentence_ends, pos) - 1
        while k >= 0 and self.sentence_ends[k] >= floor:
            span = self.enclosing(self.sentence_ends[k])
            if span is None:
                return self.skip_space(self.sentence_ends[k] + 1)
            k = bisect_left(self.sentence_ends, span.open) - 1  # a stop inside marks
        return self.skip_space(floor)

    def sentence_end(self, pos: int) -> int:
        """The offset of the first sentence end at or after ``pos`` (or the text's end)."""
        k = bisect_left(self.sentence_ends, pos)
        return self.sentence_ends[k] if k < len(self.sentence_ends) else len(self.norm)

    def clause_closed_after(self, span: MarkedSpan) -> bool:
        """Whether the clause ends where the marks close.

        Nothing but punctuation follows, or the writer takes over (:meth:`writer_after`).
        """
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
            or AND_QUOTE.match(self.norm, span.close + 1) is not None
            or self.writer_after(span, len(self.norm))
        )

    def writer_after(self, span: MarkedSpan, end: int) -> bool:
        """Whether the writer takes over right after the closed marks ``span`` (before ``end``).

        An accusative active participle (واصفا، ملقيا باللوم، مشيرا), ``قبل أن``, ``قبيل``
        or ``منذ``, or the writer's frame (في and a ``frame_noun``: في إشارة), a comma between or
        not, says something of the speaker or of the time, no part of what was said:
        ``"فرنسا عادت" منذ``، ``"خطوة مهمة"، مشيرا إلى أن``، ``"..." في إشارة إلى``. A
        masdar (ردا على) or a verb goes on with the clause, and so does a name in the marks
        (صحيفة "الغد" منذ تأسيسها، قال لـ"رويترز" قبيل الاجتماع إن), and a clause of time
        with أن after منذ (إنها "منزعجة" منذ أن سمعت: since when what was said holds).
        """
        after = _WRITER_AFTER.match(self.norm, span.close + 1, end)
        if after is None or self.is_name(span):
            return False
        word = after.group("word")
        if word == "في":
            # "..." في إشارة إلى: a noun of the writer's frame (``frame_noun``)
            noun = WORD.match(self.norm, self.skip_space(after.end()), end)
            return noun is not None and noun.group() in self.patterns.lists["frame_noun"]
        return after.group("time") is not None or accusative_participle(word)

    def _listed(self, span: MarkedSpan) -> bool:
        """Whether a short marked item is one of a list (مناطق "أ"، و"ب").

        Not when the list is the quoted object of a cue (وصفوه بـ"الطموح" و"الذكي"): two
        marked pieces under one cue are speech; nor when it follows a complementizer that
        holds its subject as a pronoun (بأنه "كاذب" و"لص"): the pieces are what the
        pronoun is said to be, the predicate of the reported clause, no names.
        """
        norm = self.norm
        listed = False
        if span.closed:
            m = _LIST_JOIN.match(norm, span.close + 1)
            nxt = self.by_open.get(m.end()) if m and "و" in m.group() else None
            listed = nxt is not None and nxt.closed and _short_item(norm, nxt)
        head = span
        while True:
            prev = self._joined_before(head)
            if prev is None or not _short_item(norm, prev):
                break
            head, listed = prev, True
        if not listed:
            return False
        edge = head.open
        while edge > 0 and norm[edge - 1].isspace():
            edge -= 1  # back over white space only: the text before may be long
        if norm[edge - 1 : edge] == ":":
            return False  # وقال: "نحن هنا" و"لن نغادر": speech after a colon
        before = list(WORD.finditer(norm, max(0, head.open - 30), head.open))
        if not before or norm[before[-1].end() : head.open].strip():
            return True
        word = before[-1]
        if word.group().removeprefix("ب") in _THAT_PRONOUN:
            return False  # اتهمته بأنه "كاذب" و"لص": the predicate of the pronoun, said of it
        return word.group() not in self.patterns.lists["lone_preposition"] and not self.cue_between(
            word.start(), word.start() + 1
        )

    def _joined_before(self, span: MarkedSpan) -> MarkedSpan | None:
        """The marked item joined to ``span`` by ، و right before it, if any."""
        norm = self.norm
        pos = span.open
        while pos > 0 and norm[pos - 1] in " \t,و":
            pos -= 1
        if "و" not in norm[pos : span.open]:
            return None
        return self.by_close.get(pos - 1)

    def is_name(self, span: MarkedSpan) -> bool:
        """Whether marks hold a name, title or term rather than speech."""
        key = (span.open, span.close, span.closed)
        known = self._names.get(key)
        if known is None:
            known = self._names[key] = self._is_name(span)
        return known

    def _named_as(self, before: list[re.Match[str]], span: MarkedSpan) -> bool:
        """Whether a word of naming (يسمى، المعروفة، اسم) stands right before the marks.

        Its ب may stand between (يعرف بـ"..."), nothing else but spaces.
        """
        if not before:
            return False
        last = before[-1]
        if last.group() == "ب" and len(before) > 1:
            last = before[-2]  # يعرف بـ"...": the ب of the name
        return among(last.group(), self.patterns.lists["naming"], "و") and not self.norm[
            last.end() : span.open
        ].strip(" \tب")

    def _spelled_code(self, span: MarkedSpan, words: list[str]) -> bool:
        """Whether marks hold an acronym spelled out in the names of Latin letters.

        Every word a letter's name (``latin_letter``) or a code of Latin letters or digits,
        two letter names at least, and no word beyond the ones read: "اتش اس بي سي"، "إي تي
        آر"، "إيه.تي.آر 600-72" name a company, a model or a body, no speech.
        """
        letters = self.patterns.lists["latin_letter"]
        if sum(w in letters for w in words) < 2:
            return False
        if not all(w in letters or _LATIN_OR_DIGIT.search(w) for w in words):
            return False
        more = islice(WORD.finditer(self.norm, span.open + 1, span.close), _CODE_WORDS + 1)
        return sum(1 for _ in more) <= _CODE_WORDS

    def _qualified(self, span: MarkedSpan, words: list[str]) -> bool:
        """Whether a definite nisba adjective stands right after a short marked phrase.

        The writer's adjective outside the marks qualifies the thing they name ("جبهة
        البوليساريو" الصحراوية، "وحدات حماية الشعب" الكردية، "فريق التصفية" السعودي): the
        marks hold a name. Not after a verb or a particle in them (speech); the caller asks
        only of two words or more (وصفته بـ"المحترف" الفرنسي: one word is the speaker's).
        """
        if not span.closed or _said(words):
            return False
        after = WORD.match(self.norm, self.skip_space(span.close + 1))
        return after is not None and _DEFINITE_NISBA.fullmatch(after.group()) is not None

    def _headed(self, words: list[str]) -> bool:
        """Whether marks open with a naming head in construct with a definite noun.

        A head that introduces a name (``name_intro``: شارع، صفقة، مجموعة، جبهة), with no
        article, then a definite common noun it governs: "شارع الزراعة"، "مجموعة السبع" is the
        shape of a proper name. Not with an indefinite word after the head ("عملية تجسس":
        what was said of a thing), nor with a nisba, an adjective's shape whose ال may be a
        loanword's إل ("حملة إلكترونية كبرى"), nor with a verb or a particle.
        """
        head, noun = words[0], words[1]
        return (
            not head.startswith("ال")
            and head in self.patterns.lists["name_intro"]
            and noun.startswith("ال")
            and takes_article(without_article(noun))
            and _DEFINITE_NISBA.fullmatch(noun) is None  # "حملة إلكترونية": an adjective's shape
            and not _said(words)
        )

    def _says(self, word: str) -> bool:
        """Whether ``word`` is a verb or participle of saying of the lexicon."""
        form = self.patterns.forms.get(word)
        return form is not None and form.form in ("past", "present", "participle")

    def _is_name(self, span: MarkedSpan) -> bool:
        """:meth:`is_name`, read from the text."""
        norm = self.norm
        # The tests below ask for four words at most: more are not read (a quote is long).
        words = [m.group() for m in islice(WORD.finditer(norm, span.open + 1, span.close), 5)]
        if not words:
            return True
        before = list(WORD.finditer(norm, max(0, span.open - 30), span.open))
        if self._named_as(before, span):
            return True  # ما يعرف بـ"القائمة الرمادية"، تحمل اسم "...": a name or a term
        if (
            len(words) <= _CODED_WORDS
            and _LATIN_OR_DIGIT.search(norm, span.open + 1, span.close)
            and not (before and self._says(before[-1].group()))
        ):
            # "OPWC"، "غالاكسي إس 9"، "نورد ستريم 2": a few words with Latin letters or
            # digits in them are a brand, a model, a code or an event, unless a verb of
            # saying introduces them (قائلة "I Love You")
            return True
        if self._spelled_code(span, words):
            return True  # "اتش اس بي سي"، "إيه.تي.آر 600-72": an acronym spelled in letter names
        if before and not norm[before[-1].end() : span.open].strip():
            prev = before[-1].group()  # the word right before the mark, no punctuation between
            touching = norm[span.open - 1 : span.open].isalnum()
            if (touching or prev == "ل") and prev in ("ل", "مع") and len(words) <= 2:
                return True  # لـ"العربي الجديد": an addressee or a target
            if len(words) <= 4 and among(prev, self.patterns.lists["name_intro"], "لبوك"):
                return True  # وكالة "نور نيوز", عناصر "داعش"
            if among(prev, self.patterns.lists["title_intro"], "لبو") or (
                among(prev, self.patterns.lists["work_title"], "لبو") and "ال" not in prev[:3]
            ):
                # حمل عنوان "HAMMERTOSS: Stealthy Tactics ..."، ورقة "اندماج مكاتب المحاماة
                # ...": a title, however long
                return True
            if len(words) <= 4 and unpossessed(prev) in self.patterns.lists["work"]:
                return True  # أغنيته "...", كتابها "...": the title of one's work
            if among(prev, self.patterns.lists["charge"], "بو"):
                return True  # بتهمة "التعاون مع العدو": a charge's wording, however long
            if len(words) <= 2 and among(prev, self.patterns.lists["speaker_head"], "لبو"):
                return True  # رئيس "الحشد الشعبي"
            if (
                len(words) <= 2
                and not _prepositional(words[0])
                and _noun(prev)
                and not all(map(_common, words))
                and not _said(words)
            ):
                return True  # الموسيقي "بنيامين زاندر", بمقطوعات "شوبان": a name or a term
        if len(words) <= _LISTED_WORDS and self._listed(span):
            return True  # مناطق "الرمليتين"، و"الهناجر": a list of names in marks
        if 2 <= len(words) <= _QUALIFIED_WORDS and (
            self._qualified(span, words)  # "جبهة البوليساريو" الصحراوية: an adjective on a name
            or self._headed(words)  # "شارع الزراعة"، "صفقة القرن": a naming head and its noun
        ):
            return True
        after = WORD.match(norm, self.skip_space(span.close + 1)) if span.closed else None
        if len(words) == 1 and after is not None and after.group() in self.patterns.lists["copula"]:
            return True  # إن "تونس" هي الرد: a name, the subject of هي
        # A short phrase the text puts in marks again is a name: "بلومبرج" ... "بلومبرج";
        # not one that opens with a negation: "لا تطاق" ... "لا تطاق" is speech.
        return (
            len(words) <= 3
            and self.marked_texts.get(norm[span.open + 1 : span.close].strip(), 0) > 1
            and words[0] not in self.patterns.lists["negation"]
        )


#: The rules of a cue whose content follows it directly (مشيرا إلى أن، قائلا: ...).
_OWN_CLAUSE = frozenset(("complementizer", "colon", "quote", "quoted-object"))
#: Rules of a cue whose subject follows it, up to its complementizer, colon or quote.
_OPENS_CLAUSE = frozenset(("subject-complementizer", "subject-colon", "subject-quote"))
#: The rules of a verb whose subject is dropped and whose words follow it at once: after
#: و (وأضاف أن، وتابع:) it opens a clause of its own, the same speaker's next words.
_SAYS_ON = frozenset(("complementizer", "colon", "quote"))


#: The words after a comma that may open the writer's relative ما (see
#: Document._stance_follows): up to four of them.
_STANCE = regex.compile(
    r"""[ \t]*
    (?P<first>\w+)                   # ما، or the pronoun before it (وهو ما)
    (?:[ \t]+(?P<second>\w+))?       # the verb, or ما after the pronoun
    (?:[ \t]+(?P<third>\w+))?        # the verb after وهو ما, or على + pronoun
    (?:[ \t]+(?P<fourth>\w+))?       # على + pronoun after وهو ما ردت
    (?:[ \t]+(?P<fifth>\w+))?        # على + pronoun after وهو الأمر الذي ردت
    """,
    regex.VERBOSE,
)
#: في and the noun after it, right after a comma: the writer's gloss (، في إشارة إلى).
_GLOSS = regex.compile(
    r"""[ \t]*
    في[ \t]+       # the preposition
    (\w+)          # the noun of the gloss (إشارة، معرض)
    """,
    regex.VERBOSE,
)
#: A word and a complementizer right after a comma: the writer's note (، علما بأن).
_NOTE = regex.compile(
    rf"""[ \t]*
    (\w+)[ \t]+               # the word of the note (علما)
    {_THAT_WORD}              # the complementizer, with ب or a pronoun or not
    """,
    regex.VERBOSE,
)
#: The writer's consequence of what was reported, after a comma (، ليعكس ذلك التراجع،
#: ليرتفع بذلك العدد): ل and a present verb, then ذلك "thus"; the reported clause ends at
#: the comma (normalised text).
_CONSEQUENCE = regex.compile(
    r"""
    [ \t]*ل[يت]\w{2,}     # ل of the consequence and a present verb (ليعكس، لترتفع)
    [ \t]+ب?ذلك(?!\w)      # then ذلك or بذلك, "thus"
    """,
    regex.VERBOSE,
)
#: The pronouns that sum up the clause before the relative ما (، وهو ما نفته), normalised.
_SUMMING = frozenset(("وهو", "وهي", "وهذا", "هو", "هي", "هذا"))
#: "The matter" and its relative (الأمر الذي، normalised): they stand for ما (، الأمر الذي
#: نفته الوزارة).
_THE_MATTER = ("الامر", "الذي")
#: How the words after the comma must open for _STANCE to find the writer's ما there.
_STANCE_OPENERS = ("ما", _THE_MATTER[0], *_SUMMING)
#: على with the pronoun of ما after a verb that takes it so (ما ردت عليه).
_ON_IT = frozenset(("عليه", "عليها"))
#: The object pronouns at the end of a verb (نفته، اعتبرها، ينفيانه): ما is what they name.
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")

#: لكن and ولكن (normalised): they open the writer's clause of another side's answer, and
#: the noun of a sentence that opens with them is its subject.
BUT = frozenset(("لكن", "ولكن"))
#: How many words after لكن a verb of denial or answer may open that clause at.
_BUT_WORDS = 5
#: The most words of a noun phrase alone that a verb of saying after a comma may have as its
#: subject inside a reported clause.
_SUBJECT_WORDS = 8
#: ، لكنه لم / لكنها لم (normalised), and the pronoun's gender and number.
_BUT_DID_NOT = re.compile(r"[ \t]*و?لكن(?P<pronoun>ه|ها|هم)[ \t]+لم(?!\w)")
_PRONOUN_AGREES = {"ه": ("m", "s"), "ها": ("f", "s"), "هم": ("m", "p")}


def _source_did_not(norm: str, pos: int, cue: Form | None, subject: bool) -> bool:
    """Whether the writer says at ``pos`` what the quote's source did not do or say.

    وأعلنت السلطات أنها حررته، لكنها لم تكشف عن الجهة: a pronoun that agrees with the
    cue is its source, and what follows is the writer's; one that does not is someone the
    source speaks of (قالت خطيبته إنه دخل القنصلية، لكنه لم يخرج). A verb before its
    ``subject`` is singular whatever the subject's number (قال الأطباء إنه فتح عينيه،
    ولكنه لم يتجاوز مرحلة الخطر): only a feminine pronoun tells there.

    Example:
        >>> cue = Form(text="اعلنت", lemma="أعلن", form="past", gender="f", number="s")
        >>> [_source_did_not(t, 1, cue, True) for t in ("، لكنها لم تكشف", "، لكنه لم يخرج")]
        [True, False]
    """
    m = _BUT_DID_NOT.match(norm, pos)
    if m is None or cue is None or (subject and m.group("pronoun") != "ها"):
        return False
    return _PRONOUN_AGREES[m.group("pronoun")] == (cue.gender, cue.number)


def _hit_start(hit: Hit) -> int:
    return hit.start


def _starting_in(items: list[tuple[int, Form]], start: int, end: int) -> Iterator[tuple[int, Form]]:
    """The items (sorted by start) that start in ``[start, end)``, in order.

    ``(start,)`` sorts before every item that starts at ``start``: the search compares
    tuples in C, with no key function and no second list of the starts to keep.
    """
    k = bisect_left(items, (start,))
    while k < len(items) and items[k][0] < end:
        yield items[k]
        k += 1


def _indefinite_accusative(word: str) -> bool:
    """Whether ``word`` reads as an indefinite noun in the accusative (تهديدا), no adverb (أيضا)."""
    return word.endswith("ا") and not word.startswith("ال") and word_class(word) != "particle"


def agrees(cue: Form, participle: Form, *, subject: bool, relay: bool = False) -> bool:
    """Whether a participle can share the subject of ``cue``.

    The gender must match; the number too, unless the cue is a verb before its subject
    (a verb before its subject stays singular: قال المسؤولون ... مؤكدين). A cue that
    relays (``relay``: ونقلت الوكالة عن الوزير أنه ...، مضيفا) has the speaker after عن,
    not as its subject: any participle may go with it.

    Example:
        >>> from quotekit.lexicon import Form
        >>> said = Form(text="قالت", lemma="قال", form="past", gender="f", number="s")
        >>> stressing = Form(text="مؤكدين", lemma="أكد", form="participle", gender="m", number="p")
        >>> agrees(said, stressing, subject=True)
        False
    """
    if relay or cue.gender is None or participle.gender is None or cue.form == "masdar":
        return True
    if cue.gender != participle.gender:
        return False
    return (subject and cue.form in ("past", "present")) or cue.number == participle.number


#: The most words of marks that Latin letters or digits make a name (see _LATIN_OR_DIGIT).
_CODED_WORDS = 3
#: A letter of the Latin script or a digit (the extraction preset folds every digit to
#: ASCII).
_LATIN_OR_DIGIT = regex.compile(r"[\p{Latin}0-9]")
#: The most words of an acronym spelled in letter names, a code or number with it.
_CODE_WORDS = 5
#: The most words in marks that a nisba adjective after them, or a naming head in construct
#: at their start, shows to be a name.
_QUALIFIED_WORDS = 4
#: A definite nisba adjective (الكردية، السعودي، الصحراوية): the article, three letters or
#: more of the stem, then ي or ية (not الذي، التي: their stem is too short).
_DEFINITE_NISBA = regex.compile(
    r"""
    ال                      # the article
    \p{Arabic}{3,}?         # the stem: three letters or more
    ي ة?                    # the nisba ending, masculine or feminine
    """,
    regex.VERBOSE,
)


#: The most words of each marked item in a list of names ("أ"، و"ب").
_LISTED_WORDS = 2
#: What joins two items of a list: a comma and/or و.
_LIST_JOIN = re.compile(r"[ \t]*,?[ \t]*و?[ \t]*")


#: Words that start with ال but are no nouns.
_NOT_NOUNS = frozenset(("الى", "التي", "الذي", "الذين", "الا", "اللذين", "اللتين"))


def _short_item(norm: str, span: MarkedSpan) -> bool:
    """Whether marks hold at most a couple of words (an item of a list)."""
    return 0 < len(WORD.findall(norm, span.open + 1, span.close)) <= _LISTED_WORDS


#: Prepositions that, with و or ف, open a setting fronted before a clause's verb (وفي
#: اليوم التالي قال، ومن جهته أكد، وبعد ذلك قال).
_SETTING_OPENERS = frozenset(("في", "من", "بعد", "خلال", "عقب", "على"))
#: How many words a fronted setting has at most.
_SETTING_WORDS = 3


def _fronted_setting(norm: str, pos: int) -> int:
    """Where a setting opened by و or ف starts before the verb at ``pos``, else -1.

    ففي اليوم التالي قال المدير: the clause of the verb starts at the setting.

    Example:
        >>> _fronted_setting("وياللعجب ففي اليوم التالي قال", 26)
        9
        >>> _fronted_setting("ان المدير في اليوم التالي قال", 26)
        -1
    """
    floor = max(0, pos - 40)
    stretch = norm[floor:pos]
    cut = max(map(stretch.rfind, ".,;:!?\n"))
    for m in list(WORD.finditer(stretch, cut + 1))[-_SETTING_WORDS - 1 :]:
        word = m.group()
        if word[:1] in "وف" and word[1:] in _SETTING_OPENERS:
            return floor + m.start()
    return -1


def _contrast_before(norm: str, pos: int, contrast: frozenset[str]) -> int:
    """Where a word of contrast stands right before the verb at ``pos``, else -1.

    في وقت أشارت فيه المتحدثة: the clause of the verb starts at في وقت, and a reported
    clause before it ends there. حين and وقت count after في only.

    Example:
        >>> words = frozenset(("فيما", "حين", "وقت"))
        >>> norm = "اقتحموا المسجد في وقت اشارت"
        >>> norm[_contrast_before(norm, 22, words):]
        'في وقت اشارت'
        >>> _contrast_before("ذكر وقت اشارت", 8, words)
        -1
    """
    before = WORD.findall(norm, max(0, pos - _CONTRAST_CHARS), pos)
    if not before or before[-1] not in contrast:
        return -1
    word = before[-1]
    start = norm.rindex(word, 0, pos)
    if word in _AFTER_FI:
        if len(before) < 2 or before[-2].removeprefix("و") != "في":
            return -1  # وقت اشارت: no word of contrast
        start = norm.rindex(before[-2], 0, start)  # في حين، وفي وقت
    return start


#: How far back a word of contrast before a verb is looked for (وفي وقت، وبينما).
_CONTRAST_CHARS = 14
#: Words of contrast that are one only after في (في حين، في وقت).
_AFTER_FI = frozenset(("حين", "وقت"))


def _body_start(norm: str, patterns: CuePatterns) -> int:
    """Where an article starts after the dateline or byline that opens it, else 0.

    دبي، الإمارات العربية المتحدة (CNN) --، محمد البقمي- سبق:، سلوى المدني – عين اليوم:
    a few words, no verb among them, then a dash (and a place or outlet up to a colon or
    the line's end). What they name is where and by whom, never who spoke.

    Example:
        >>> from quotekit.lexicon import default_lexicon
        >>> from quotekit.patterns import cue_patterns
        >>> patterns = cue_patterns(default_lexicon())
        >>> norm = "دبي, الامارات (CNN) -- قال الوزير ان"
        >>> norm[_body_start(norm, patterns):]
        ' قال الوزير ان'
        >>> _body_start("قال الوزير - في تصريح - ان", patterns)
        0
    """
    m = _DATELINE.match(norm, 0, _DATELINE_CHARS)
    if m is None:
        return 0
    for word in WORD.findall(norm, 0, m.end()):
        if word in patterns.speech_words or word_class(word) == "verb":
            return 0  # قال الوزير - في تصريح -: an aside in a sentence
    return m.end()


def _common(word: str) -> bool:
    """Whether ``word`` is a common word (news text writes it with the article), no name.

    After a definite noun, marks around common words hold what was said of it
    (التعاون الإيطالي "مميز", مسألة الهجرة "مسألة معقدة"), not its name.
    """
    return takes_article(word) and not is_given_name(word)


def _prepositional(word: str) -> bool:
    """A word that opens with a preposition clitic (بثمن، بعمق): speech, not a name."""
    return len(word) > 3 and word[0] in "بل" and not word[1:].startswith("ال")


def _said(words: Sequence[str]) -> bool:
    """Whether a word or two in marks read as speech: a verb first, or a particle in them.

    الوضع "يدعو للقلق"، تراقب العقوبات "عن كثب"، الوقت "مبكر جدا": no name opens with a
    verb or holds a preposition or an adverb such as جدا.
    """
    return word_class(words[0]) == "verb" or any(word_class(w) == "particle" for w in words)


def _noun(word: str) -> bool:
    """A word that reads as a noun a name can follow: definite, or a plural in ات."""
    if word in _NOT_NOUNS:
        return False
    bare = word[1:] if word[:1] in "بلو" else word
    return bare.startswith("ال") or bare.endswith("ات")


def _ends_sentence(inner: str) -> bool:
    """Whether marked words end with a full stop, ! or ? (not an ellipsis ...).

    Example:
        >>> _ends_sentence("أحالته إلى القضاء. "), _ends_sentence("يتبادلان قبلة...")
        (True, False)
    """
    inner = inner.rstrip()
    return inner[-1:] in _FINAL and inner[-2:-1] not in _FINAL


def _inner_point(norm: str, i: int) -> bool:
    """Whether the point at ``i`` is inside a sentence: of a number, a title (د.) or an address.

    Example:
        >>> [_inner_point(t, t.index(".")) for t in ("130.7", "موقع www.kfmc.med.sa", "انتهى. ثم")]
        [True, True, False]
    """
    after = norm[i + 1 : i + 2]
    if after == " ":
        return abbreviation_point(norm, i)  # the others need a letter or digit after it
    if not after.isalnum():
        return False  # a point before a line break or a mark, or at the end: most points
    # a title's point (د. السند) has a space after it: told above
    return _in_number(norm, i) or _in_address(norm, i) or point_in_word(norm, i)  # العربية.نت


def _in_address(norm: str, i: int) -> bool:
    """Whether the character at ``i`` stands between two Latin letters or digits (kfmc.med)."""
    return (
        0 < i < len(norm) - 1
        and norm[i - 1].isascii()
        and norm[i - 1].isalnum()
        and norm[i + 1].isascii()
        and norm[i + 1].isalnum()
    )


def _in_number(norm: str, i: int) -> bool:
    """Whether the character at ``i`` stands between two digits (130.7, 25,1)."""
    return 0 < i < len(norm) - 1 and norm[i - 1].isdigit() and norm[i + 1].isdigit()


def _positions(text: str, char: str) -> list[int]:
    """Every offset of ``char`` in ``text``, in order.

    Example:
        >>> _positions("a.b.c", ".")
        [1, 3]
    """
    found = []
    i = text.find(char)
    while i >= 0:
        found.append(i)
        i = text.find(char, i + 1)
    return found


def _repeated_paragraphs(norm: str) -> list[tuple[int, int]]:
    """The paragraphs whose text stood earlier in the article (a pull quote, a recap)."""
    seen: set[str] = set()
    repeats = []
    start = 0
    for line in norm.split("\n"):
        if len(line) > 40:  # a shorter line has a shorter key: not read
            key = line.strip(" .\t\r").removeprefix("و")  # وأكد ... repeats أكد ...
            if len(key) > 40:
                if key in seen:
                    repeats.append((start, start + len(line)))
                seen.add(key)
        start += len(line) + 1
    return repeats


def stop_of(norm: str, hit: Hit, patterns: CuePatterns) -> int:
    """Where a clause before a trailing cue ends: before كما in كما ذكرت.

    A connector right before it is left out too (... وذلك حسبما أفادت الوكالة).
    """
    stop = as_start(norm, hit.start, patterns) if hit.rule == "as" else hit.start
    m = LAST_WORD.search(norm, max(0, stop - _CONNECTOR_CHARS), stop)
    if m is not None and m.group(1) in patterns.lists["connector"]:
        return m.start(1)
    return stop


#: How far back the connector before a trailing attribution is looked for.
_CONNECTOR_CHARS = 10


def trim(norm: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without white space and final punctuation at either end.

    Example:
        >>> trim(' "نعم". ', 0, 8)
        (1, 6)
    """
    while start < end and norm[start] in _TRIM:
        start += 1
    while end > start and norm[end - 1] in _TRIM:
        end -= 1
    return start, end

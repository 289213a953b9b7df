"""The frozen result classes of quotekit and their ``to_dict``.

Every span is a half-open ``[start, end)`` index into the *original* text, so that
``text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Literal

import attrs

__all__ = [
    "Cue",
    "Explanation",
    "NormalizedText",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "StepCount",
]

QuoteKind = Literal["direct", "mixed", "indirect"]


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the original text.

    Attributes:
        start: Index of the first character.
        end: Index one past the last character.
        text: ``original[start:end]``.

    Example:
        >>> Span.of("قال الوزير", 4, 10)
        Span(start=4, end=10, text='الوزير')
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, original: str, start: int, end: int) -> Span:
        """Build the span ``[start, end)`` of ``original``, its text sliced from it.

        Example:
            >>> Span.of("abc", 1, 2).text
            'b'
        """
        return cls(start=start, end=end, text=original[start:end])

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"start", "end", "text"}``.

        Example:
            >>> Span.of("abc", 0, 1).to_dict()
            {'start': 0, 'end': 1, 'text': 'a'}
        """
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen(kw_only=True)
class StepCount:
    """How often one normalisation step changed a character.

    Attributes:
        step: The step name (the same as its function and its config flag).
        count: How many characters (or composed units) the step changed.
    """

    step: str
    count: int


@attrs.frozen(kw_only=True)
class Explanation:
    """What normalisation changed in a text, in the spirit of ftfy's ``explain``.

    Attributes:
        text: The normalised text.
        steps: The steps that fired, in pipeline order, with their counts.
    """

    text: str
    steps: tuple[StepCount, ...]

    def counts(self) -> dict[str, int]:
        """Return the step counts as a plain ``{step: count}`` dict.

        Example:
            >>> Explanation(text="", steps=(StepCount(step="fold_alef", count=2),)).counts()
            {'fold_alef': 2}
        """
        return {s.step: s.count for s in self.steps}


@attrs.frozen(kw_only=True)
class NormalizedText:
    """A normalised view of a text with an exact offset map back to the original.

    The map is sparse: it records only the places where normalisation changed the length
    (removed marks, compositions, expanded ligatures); everything between them is 1:1.

    Attributes:
        text: The normalised text.
        original: The text it was made from.
    """

    text: str
    original: str
    # Parallel sorted tuples, one entry per length-changing unit.
    _norm_starts: tuple[int, ...] = attrs.field(repr=False, alias="norm_starts")
    _norm_ends: tuple[int, ...] = attrs.field(repr=False, alias="norm_ends")
    _orig_starts: tuple[int, ...] = attrs.field(repr=False, alias="orig_starts")
    _orig_ends: tuple[int, ...] = attrs.field(repr=False, alias="orig_ends")
    # True where the unit is a run of removed combining marks: they belong to the letter
    # before them, so a span ending at that letter takes them along.
    _attached: tuple[bool, ...] = attrs.field(repr=False, alias="attached")

    def _check(self, index: int) -> None:
        if type(index) is int and 0 <= index <= len(self.text):
            return  # the common case, told at once
        if not isinstance(index, int) or isinstance(index, bool):
            raise TypeError(f"index must be int, not {type(index).__name__}")
        if not 0 <= index <= len(self.text):
            raise IndexError(f"index {index} outside the normalised text [0, {len(self.text)}]")

    def to_original(self, index: int) -> int:
        """Map an index of the normalised text to the index of the original it came from.

        An index inside an expanded ligature maps to the ligature's start; ``len(text)``
        maps to ``len(original)``.

        Example:
            >>> from quotekit import normalize_mapped
            >>> n = normalize_mapped("قـــال")
            >>> n.text, n.to_original(1)
            ('قال', 4)
        """
        self._check(index)
        return self._to_original(index)

    def _to_original(self, index: int) -> int:
        """:meth:`to_original` of an index known to be valid."""
        k = bisect_right(self._norm_starts, index) - 1
        if k < 0:
            return index
        if index < self._norm_ends[k]:
            return self._orig_starts[k]
        return index - self._norm_ends[k] + self._orig_ends[k]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of the normalised text to the original.

        The result is the smallest original span that produced it; removed diacritics
        belong to the letter they sat on, so the span never cuts a letter from its marks.

        Example:
            >>> from quotekit import normalize_mapped
            >>> n = normalize_mapped("قالَ الوزيرُ")
            >>> s, e = n.span_to_original(4, 10)
            >>> n.original[s:e]
            'الوزيرُ'
        """
        if not (type(start) is int and type(end) is int and 0 <= start <= end <= len(self.text)):
            # the checks in full, and their errors, for a span that fails the quick test
            self._check(start)
            self._check(end)
            if end < start:
                raise ValueError(f"span end {end} is before its start {start}")
        o_start = self._to_original(start)
        if end == start:
            return o_start, o_start
        last = end - 1
        k = bisect_right(self._norm_starts, last) - 1
        if k >= 0 and last < self._norm_ends[k]:
            o_end = self._orig_ends[k]
            k += 1
        else:
            o_end = (last - self._norm_ends[k] + self._orig_ends[k] if k >= 0 else last) + 1
            k += 1
        # Take along the removed marks that sit on the last letter.
        while k < len(self._orig_starts) and self._orig_starts[k] == o_end:
            if not self._attached[k]:
                break
            o_end = self._orig_ends[k]
            k += 1
        return o_start, o_end

    def span(self, start: int, end: int) -> Span:
        """Return the :class:`Span` of the original that the normalised ``[start, end)`` covers.

        Example:
            >>> from quotekit import normalize_mapped
            >>> normalize_mapped("أَكَّدَ").span(0, 3).text
            'أَكَّدَ'
        """
        s, e = self.span_to_original(start, end)
        return Span(start=s, end=e, text=self.original[s:e])


@attrs.frozen(kw_only=True)
class Cue:
    """A reporting cue: a verb, participle or phrase that signals attribution.

    Attributes:
        span: Where the cue stands in the original text, clitics included (``وأضافت``).
        lemma: The lemma of the lexicon entry (``أضاف``), or the phrase's key.
        form: ``past``, ``present``, ``passive``, ``participle``, ``masdar``, ``phrase`` or
            ``source``.
        person: ``1``, ``2`` or ``3``, or ``None`` when the form has no person.
        gender: ``m`` or ``f``, or ``None`` when the form does not say.
        number: ``s`` (singular), ``d`` (dual) or ``p`` (plural), or ``None``.
        complementizer: The complementizer the lemma usually takes (``إن`` or ``أن``), or
            ``None``.
        rule: The context rule that accepted the cue.
    """

    span: Span
    lemma: str
    form: str
    person: str | None = None
    gender: str | None = None
    number: str | None = None
    complementizer: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of a cue: span fields, ``lemma`` and the features.

        Example:
            >>> c = Cue(span=Span.of("قال", 0, 3), lemma="قال", form="past")
            >>> c.to_dict()["lemma"], c.to_dict()["start"]
            ('قال', 0)
        """
        return {
            **self.span.to_dict(),
            "lemma": self.lemma,
            "form": self.form,
            "person": self.person,
            "gender": self.gender,
            "number": self.number,
        }


@attrs.frozen(kw_only=True)
class Speaker:
    """Who said it.

    Attributes:
        name: The source's name in the document: a person's fullest proper name
            without the titles around it when it opens with a listed given name, else
            its fullest name or description.
        mention: The explicit noun phrase next to the cue, or ``None`` when the subject is
            dropped (``وأضاف``) or the cue is a participle (``مؤكدا``).
        resolution: How the name was found: ``explicit`` (the mention itself),
            ``linked`` (a title or short form linked to a fuller name in the document),
            ``inherited`` (a dropped subject resolved to an earlier speaker).
        entity: The number of the source in the document: the same for every quote of
            one source, numbered in the order their first quotes stand in the text.
        gender: ``m`` or ``f`` when the text says (by the cue's agreement or the noun),
            else ``None``.
        type: ``person``, ``organisation``, ``group``, ``document`` or ``anonymous``.
    """

    name: str
    mention: Span | None
    resolution: str
    entity: int | None = None
    gender: str | None = None
    type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"name", "mention", "resolution", "entity", "gender", "type"}``.

        Example:
            >>> Speaker(name="علي", mention=None, resolution="inherited").to_dict()["resolution"]
            'inherited'
        """
        return {
            "name": self.name,
            "mention": self.mention.to_dict() if self.mention else None,
            "resolution": self.resolution,
            "entity": self.entity,
            "gender": self.gender,
            "type": self.type,
        }


@attrs.frozen(kw_only=True)
class Quote:
    """One attribution relation: a source said some content, signalled by a cue.

    Attributes:
        kind: ``direct``, ``mixed`` or ``indirect`` (see the spec).
        content: The reported content.
        fragments: The stretches inside quote marks within the content.
        cue: The reporting cue, or ``None`` (colon speech without a verb).
        speaker: The resolved speaker, or ``None`` when none could be found.
        addressee: To whom it was said, when the text names it.
        confidence: How sure the rule is, from 0 to 1.
        rule: The name of the rule that produced the quote.
    """

    kind: QuoteKind
    content: Span
    fragments: tuple[Span, ...] = ()
    cue: Cue | None = None
    speaker: Speaker | None = None
    addressee: Span | None = None
    confidence: float = 1.0
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the stable JSON shape of a quote (see the docs' JSON schema page).

        Example:
            >>> q = Quote(kind="direct", content=Span.of('"نعم"', 1, 4))
            >>> sorted(q.to_dict())
            ['addressee', 'confidence', 'content', 'cue', 'fragments', 'kind', 'rule', 'speaker']
        """
        return {
            "kind": self.kind,
            "content": self.content.to_dict(),
            "fragments": [f.to_dict() for f in self.fragments],
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "confidence": self.confidence,
            "rule": self.rule,
        }

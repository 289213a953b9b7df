"""Speakers: each quote being built gets its mention, addressee and resolved source.

The explicit noun phrase of a cue is read by :mod:`quotekit.mentions` and linked to an
entity of the document by :mod:`quotekit.entities`; a dropped subject or a participle takes
the source that the ranker of :mod:`quotekit.ranking` scores best.
"""

from __future__ import annotations

import re

from quotekit.document import Document, Draft
from quotekit.entities import Entity, Registry
from quotekit.mentions import clean_mention, mention_before, sentence_subject, source_before

__all__ = ["attribute_speakers"]


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
    span = span or sentence_subject(doc, sentence, pos, names=participle)
    if span is not None:
        return registry.resolve(span, gender, use=use)[0].name
    last = registry.current(gender, pos, use=use)
    return last.name if last else None

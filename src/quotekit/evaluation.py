"""Scoring predicted quotes against gold annotations, as section 4 of the spec defines it.

Quotes are paired one to one by the character Jaccard of their trimmed content spans
(lenient: at least 0.5; strict: equal). Optional gold quotes absorb their pairs and count
for neither side. Fragments are matched exactly, speakers through the gold aliases, cues by
overlap.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotekit._input import iter_jsonl
from quotekit.config import SEARCH
from quotekit.normalization import normalize

__all__ = [
    "Evaluation",
    "evaluate",
    "evaluate_by",
    "exact_speaker",
    "pair_quotes",
    "read_jsonl",
    "speaker_matches",
]

#: What is trimmed from both ends of a span before spans are compared.
_TRIM = frozenset(" \t\n\r\"'«»“”„‟‹›.,،:;؛!?؟-–—()[]")
_NON_WORD = re.compile(r"[^\w\s]")
Record = Mapping[str, Any]


@attrs.frozen(kw_only=True)
class Evaluation:
    """The figures of one evaluation.

    Attributes:
        docs: Documents scored.
        gold: Firm (not optional) gold quotes.
        pred: Predicted quotes, less those paired with optional gold quotes.
        quote_p: Precision of quotes (lenient pairing).
        quote_r: Recall of quotes (lenient pairing).
        quote_f: F1 of quotes (lenient pairing).
        strict_f: F1 of quotes whose trimmed spans are equal.
        frag_p: Precision of fragments.
        frag_r: Recall of fragments.
        frag_f: F1 of fragments.
        names: Quote-marked names in the gold.
        names_taken: How many of them were predicted as fragments.
        speaker_acc: Share of paired quotes with a correct speaker.
        speaker_exact: Share of paired quotes whose speaker's name is, after
            normalisation, the gold name or one of its aliases: no word more and none
            fewer. The guide's rule (:func:`speaker_matches`) takes a name that holds an
            alias; this counts the names a reader can take as they are (``روحاني`` for
            ``روحاني المواقف الأمريكية``'s source, not the phrase). Not in the reference
            scorer.
        implicit_acc: The same among quotes whose gold mention is null.
        cue_acc: Share of paired quotes whose cue overlaps the gold cue.
        attribution_p: Precision counting a quote right only with its speaker.
        attribution_r: Recall counting a quote right only with its speaker.
        attribution_f: F1 counting a quote right only with its speaker.
        recall_by_kind: Recall of direct, mixed and indirect gold quotes.
        sources: Gold sources with two firm quotes or more paired with predictions.
        sources_one_name: How many of them got one name (and one ``entity``, when the
            predictions number entities) across those quotes. Not in the reference scorer.
    """

    docs: int
    gold: int
    pred: int
    quote_p: float
    quote_r: float
    quote_f: float
    strict_f: float
    frag_p: float
    frag_r: float
    frag_f: float
    names: int
    names_taken: int
    speaker_acc: float
    implicit_acc: float
    cue_acc: float
    attribution_p: float
    attribution_r: float
    attribution_f: float
    recall_by_kind: tuple[tuple[str, float], ...]
    sources: int = 0
    sources_one_name: int = 0
    speaker_exact: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The figures as a JSON-ready dict.

        Example:
            >>> evaluate([], []).to_dict()["quote_f"]
            0.0
        """
        out = attrs.asdict(self)
        out["recall_by_kind"] = dict(self.recall_by_kind)
        return out

    def summary(self) -> str:
        """One line with the headline figures.

        Example:
            >>> evaluate([], []).summary()
            'quote F1 0.000 · attribution F1 0.000 · fragment F1 0.000 · speaker acc 0.000'
        """
        return (
            f"quote F1 {self.quote_f:.3f} · attribution F1 {self.attribution_f:.3f} · "
            f"fragment F1 {self.frag_f:.3f} · speaker acc {self.speaker_acc:.3f}"
        )


def _span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return int(value["start"]), int(value["end"])
    return int(value[0]), int(value[1])


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def _tokens(text: str) -> list[str]:
    text = normalize(unicodedata.normalize("NFKC", text), config=SEARCH)
    return _NON_WORD.sub(" ", text).split()


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def speaker_matches(name: str, aliases: Iterable[str]) -> bool:
    """Whether a predicted speaker name is right for a gold source with these aliases.

    It is when, after normalisation, it holds one of the aliases, or has two words or
    more and stands inside one (the rule of the annotation guide).

    Example:
        >>> speaker_matches("وزير المالية سامي يوسف", ["سامي يوسف"])
        True
        >>> speaker_matches("يوسف", ["سامي يوسف"])
        False
    """
    predicted = _tokens(name)
    if not predicted:
        return False
    for alias in aliases:
        gold = _tokens(alias)
        if gold and (
            predicted == gold
            or _contains(predicted, gold)
            or (len(predicted) >= 2 and _contains(gold, predicted))
        ):
            return True
    return False


def exact_speaker(name: str, aliases: Iterable[str]) -> bool:
    """Whether a predicted speaker name is, after normalisation, one of the aliases.

    Stricter than :func:`speaker_matches`: a word more (a title, an object the phrase
    ran into) or a word fewer makes it another name.

    Example:
        >>> exact_speaker("سامي يوسف", ["وزير المالية", "سامي يوسف"])
        True
        >>> exact_speaker("وزير المالية سامي يوسف", ["سامي يوسف"])
        False
    """
    predicted = _tokens(name)
    return bool(predicted) and any(predicted == _tokens(alias) for alias in aliases)


def _speaker_name(quote: Record) -> str:
    speaker = quote.get("speaker") or {}
    name = speaker.get("name") or ""
    if not name and speaker.get("mention"):
        name = speaker["mention"].get("text", "")
    return str(name)


def pair_quotes(
    text: str, golds: Sequence[Record], preds: Sequence[Record], *, strict: bool = False
) -> list[tuple[int, int]]:
    """Pair gold and predicted quotes one to one, as the scorer does.

    Lenient pairs overlap with a character Jaccard of 0.5 or more, strict ones are equal
    after trimming white space and punctuation; the best overlaps pair first.

    Returns:
        ``(gold index, prediction index)`` pairs.

    Example:
        >>> gold = [{"content": [0, 10]}]
        >>> pair_quotes("x" * 12, gold, [{"content": {"start": 1, "end": 10}}])
        [(0, 0)]
    """
    candidates = []
    for i, gold in enumerate(golds):
        g = _trim(text, _span(gold["content"]) or (0, 0))
        for j, pred in enumerate(preds):
            p = _trim(text, _span(pred["content"]) or (0, 0))
            score = (1.0 if g == p else 0.0) if strict else _jaccard(g, p)
            if (strict and score == 1.0) or (not strict and score >= 0.5):
                candidates.append((score, i, j))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def _one_source(quotes: Sequence[Record]) -> bool:
    """Whether predictions give one name (and one entity, when numbered) to one source."""
    names = {_speaker_name(q) for q in quotes}
    entities = {(q.get("speaker") or {}).get("entity") for q in quotes}
    return len(names) == 1 and "" not in names and len(entities) == 1


def _prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(gold: Iterable[Record], predictions: Iterable[Record]) -> Evaluation:
    """Score predictions against gold documents.

    Args:
        gold: Gold records ``{"id", "text", "quotes", "names_in_marks"}`` (the gold format).
        predictions: Records ``{"id", "quotes"}``, quotes in the shape of
            :meth:`Quote.to_dict`; a gold document without predictions has none.

    Returns:
        An :class:`Evaluation`.

    Example:
        >>> text = 'قال: "نعم"'
        >>> g = {"id": "a", "text": text, "names_in_marks": [], "quotes": [{
        ...     "kind": "direct", "content": [6, 9], "fragments": [[6, 9]], "cue": [0, 3],
        ...     "speaker": {"mention": None, "name": "x", "aliases": ["x"]}, "optional": False}]}
        >>> p = {"id": "a", "quotes": [{"content": {"start": 6, "end": 9}, "fragments": [],
        ...     "cue": {"start": 0, "end": 3}, "speaker": None}]}
        >>> e = evaluate([g], [p])
        >>> e.quote_f, e.attribution_f
        (1.0, 0.0)
    """
    by_id = {str(p["id"]): list(p.get("quotes") or []) for p in predictions}
    c: Counter[str] = Counter()
    for doc in gold:
        text = doc["text"]
        golds = doc["quotes"]
        preds = by_id.get(str(doc["id"]), [])
        c["docs"] += 1
        firm = [q for q in golds if not q.get("optional")]
        for strict in (False, True):
            tag = "strict" if strict else "lenient"
            pairs = pair_quotes(text, golds, preds, strict=strict)
            optional_pairs = sum(1 for i, _ in pairs if golds[i].get("optional"))
            c[f"{tag}_pred"] += len(preds) - optional_pairs
            c[f"{tag}_gold"] += len(firm)
            c[f"{tag}_tp"] += sum(1 for i, _ in pairs if not golds[i].get("optional"))
            if strict:
                continue
            sources: dict[str, list[Record]] = {}
            for i, j in pairs:
                g, p = golds[i], preds[j]
                if g.get("optional"):
                    continue
                sources.setdefault(g["speaker"]["name"], []).append(p)
                name, aliases = _speaker_name(p), g["speaker"]["aliases"]
                ok = speaker_matches(name, aliases)
                c["speaker_exact"] += exact_speaker(name, [*aliases, g["speaker"]["name"]])
                implicit = g["speaker"]["mention"] is None
                c["pairs"] += 1
                c["speaker_ok"] += ok
                c["implicit"] += implicit
                c["implicit_ok"] += ok and implicit
                if g.get("cue"):
                    c["cue_pairs"] += 1
                    pc, gc = _span(p.get("cue")), _span(g["cue"])
                    c["cue_ok"] += bool(pc and gc and _jaccard(pc, gc) > 0)
            for quoted in sources.values():
                if len(quoted) > 1:
                    c["sources"] += 1
                    c["sources_one_name"] += _one_source(quoted)
            matched = {i for i, _ in pairs}
            for i, q in enumerate(golds):
                if not q.get("optional"):
                    c[f"gold_{q['kind']}"] += 1
                    c[f"found_{q['kind']}"] += i in matched
        gold_frags = {_trim(text, _span(f) or (0, 0)) for q in firm for f in q["fragments"]}
        optional_frags = {
            _trim(text, _span(f) or (0, 0))
            for q in golds
            if q.get("optional")
            for f in q["fragments"]
        }
        pred_frags = {
            _trim(text, _span(f) or (0, 0)) for p in preds for f in (p.get("fragments") or [])
        }
        names = {_trim(text, _span(n) or (0, 0)) for n in doc.get("names_in_marks", [])}
        c["frag_gold"] += len(gold_frags)
        # A fragment that a firm quote shares with an optional one still counts.
        c["frag_pred"] += len(pred_frags - (optional_frags - gold_frags))
        c["frag_tp"] += len(gold_frags & pred_frags)
        c["names"] += len(names)
        c["names_taken"] += len(names & pred_frags)
    qp, qr, qf = _prf(c["lenient_tp"], c["lenient_pred"], c["lenient_gold"])
    _, _, sf = _prf(c["strict_tp"], c["strict_pred"], c["strict_gold"])
    fp, fr, ff = _prf(c["frag_tp"], c["frag_pred"], c["frag_gold"])
    ap, ar, af = _prf(c["speaker_ok"], c["lenient_pred"], c["lenient_gold"])
    return Evaluation(
        docs=c["docs"],
        gold=c["lenient_gold"],
        pred=c["lenient_pred"],
        quote_p=qp,
        quote_r=qr,
        quote_f=qf,
        strict_f=sf,
        frag_p=fp,
        frag_r=fr,
        frag_f=ff,
        names=c["names"],
        names_taken=c["names_taken"],
        speaker_acc=c["speaker_ok"] / c["pairs"] if c["pairs"] else 0.0,
        implicit_acc=c["implicit_ok"] / c["implicit"] if c["implicit"] else 0.0,
        cue_acc=c["cue_ok"] / c["cue_pairs"] if c["cue_pairs"] else 0.0,
        attribution_p=ap,
        attribution_r=ar,
        attribution_f=af,
        recall_by_kind=tuple(
            (kind, c[f"found_{kind}"] / c[f"gold_{kind}"] if c[f"gold_{kind}"] else 0.0)
            for kind in ("direct", "mixed", "indirect")
        ),
        sources=c["sources"],
        sources_one_name=c["sources_one_name"],
        speaker_exact=c["speaker_exact"] / c["pairs"] if c["pairs"] else 0.0,
    )


def evaluate_by(
    gold: Iterable[Record], predictions: Iterable[Record], group: Callable[[Record], str]
) -> tuple[tuple[str, Evaluation], ...]:
    """Score each group of gold documents apart (by outlet, by genre ...).

    Each group's figures are exactly what :func:`evaluate` gives on its documents alone,
    as the reference scorer's ``--by`` gives them.

    Args:
        gold: Gold records, as for :func:`evaluate`.
        predictions: Prediction records, as for :func:`evaluate`.
        group: The name of a gold record's group.

    Returns:
        ``(group, figures)`` pairs, sorted by group.

    Example:
        >>> gold = [{"id": i, "text": "", "quotes": [], "outlet": o} for i, o in enumerate("bab")]
        >>> [(name, e.docs) for name, e in evaluate_by(gold, [], lambda d: d["outlet"])]
        [('a', 1), ('b', 2)]
    """
    preds = list(predictions)
    groups: dict[str, list[Record]] = {}
    for doc in gold:
        groups.setdefault(group(doc), []).append(doc)
    return tuple((name, evaluate(docs, preds)) for name, docs in sorted(groups.items()))


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file (blank lines skipped) into a list.

    Raises:
        ValueError: Naming the file and line of a line that is not a JSON object.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
        >>> _ = path.write_text('{"id": 1}' + chr(10) * 2 + '{"id": 2}', encoding="utf-8")
        >>> read_jsonl(path)
        [{'id': 1}, {'id': 2}]
    """
    return [line.record for line in iter_jsonl(path)]

r"""Fit the weights of quotekit's speaker ranker from gold and silver examples.

The ranker (``quotekit.ranking``) picks the source of a quote whose cue has no subject of
its own (``وأضاف أن``, ``قائلا``) among candidates (``quotekit.candidates``). This script
builds training examples, fits a conditional logit (a softmax over each example's
candidates, L2-regularised, full-batch gradient descent: no randomness but the seeded
split of the cross-validation folds) and writes the weights file that ships in the
package.

Examples come from two places:

- **gold**: every quote of an annotated file (the spec's gold format) whose speaker the
  ranker chose; a candidate is right when its name matches the gold source's aliases.
- **silver** (``--corpus``): quotes of unannotated articles whose subject is explicit
  right after the cue (``وقال الوزير خالد إن``) and was named earlier in the article. The
  subject is cut out of the text (``وقال إن``), extraction runs again, and the right
  candidates are those that name the hidden subject.

The candidates seen depend on the weights in use (who spoke last depends on earlier
choices), so examples are collected again with the new weights for ``--rounds`` rounds; the
first round starts from zero weights, never from the shipped ones, so cross-validation
folds see nothing of their held-out articles.

usage::

    python tools/train_ranker.py --gold ../shared/gold/dev.jsonl \\
        --corpus ../shared/corpus/news.jsonl --out src/quotekit/data/ranker.json

``--cv K`` also reports K-fold cross-validated figures by article (train on the silver
examples and the other folds' articles, extract the held-out fold's articles with those
weights, score them), and the figures of training on the first 13 articles and
measuring on the others.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

import quotekit
from quotekit.candidates import NOBODY, Candidate
from quotekit.evaluation import pair_quotes, read_jsonl, speaker_matches
from quotekit.ranking import FEATURES, Ranker

Example = tuple[list[dict[int, float]], list[bool], float]  # rows, right or not, weight


@attrs.frozen(kw_only=True)
class _Recorder(Ranker):
    """A ranker that also records every choice it is asked to make."""

    log: list[tuple[int, list[Candidate]]] = attrs.field(factory=list, eq=False)

    def choose(self, candidates: Sequence[Any], *, where: int) -> Any:
        self.log.append((where, list(candidates)))
        return super().choose(candidates, where=where)


def _labels(candidates: Sequence[Candidate], aliases: Sequence[str]) -> list[bool]:
    """Which candidates name the source; the empty one is right when none does."""
    labels = [c is not NOBODY and speaker_matches(c.name, aliases) for c in candidates]
    return [
        ok or (c is NOBODY and not any(labels)) for c, ok in zip(candidates, labels, strict=True)
    ]


def _rows(candidates: Iterable[Candidate]) -> list[dict[int, float]]:
    index = {name: i for i, name in enumerate(FEATURES)}
    return [{index[k]: v for k, v in c.features.items() if v} for c in candidates]


def _run(text: str, ranker: Ranker) -> tuple[tuple[quotekit.Quote, ...], _Recorder]:
    recorder = _Recorder(weights=ranker.weights)
    quotes = quotekit.extract_quotes(text, config=quotekit.ExtractConfig(ranker=recorder))
    return quotes, recorder


def gold_examples(
    records: Iterable[dict[str, Any]], ranker: Ranker, weight: float
) -> list[Example]:
    """Examples from annotated records: each ranked quote paired with a gold quote."""
    examples: list[Example] = []
    for record in records:
        text = record["text"]
        quotes, recorder = _run(text, ranker)
        preds = [q.to_dict() for q in quotes]
        gold_of = {j: i for i, j in pair_quotes(text, record["quotes"], preds)}
        by_start = {q.content.start: j for j, q in enumerate(quotes)}
        for where, candidates in recorder.log:
            j = by_start.get(where)
            if j is None or j not in gold_of or len(candidates) < 2:
                continue
            aliases = record["quotes"][gold_of[j]]["speaker"]["aliases"]
            examples.append((_rows(candidates), _labels(candidates, aliases), weight))
    return examples


def silver_examples(texts: Iterable[str], ranker: Ranker, weight: float) -> list[Example]:
    """Examples from unannotated texts: explicit subjects named earlier, hidden."""
    examples: list[Example] = []
    for text in texts:
        for quote in quotekit.extract_quotes(text, config=quotekit.ExtractConfig(ranker=ranker)):
            speaker, cue = quote.speaker, quote.cue
            if speaker is None or speaker.mention is None or cue is None:
                continue
            mention = speaker.mention
            if text[cue.span.end : mention.start].strip() or not quote.rule.startswith("subject"):
                continue
            earlier = text[: cue.span.start]
            if not any(len(w) > 3 and w in earlier for w in speaker.name.split()):
                continue  # a new source: nothing before it to point back to
            masked = text[: mention.start] + text[mention.end :]
            shift = mention.end - mention.start
            where = quote.content.start - shift if quote.content.start >= mention.end else -1
            _, recorder = _run(masked, ranker)
            for start, candidates in recorder.log:
                if start != where or len(candidates) < 2:
                    continue
                labels = _labels(candidates, (speaker.name, mention.text))
                if not labels[-1]:  # the hidden subject is among the candidates
                    examples.append((_rows(candidates), labels, weight))
    return examples


def fit(examples: Sequence[Example], *, l2: float = 0.003, steps: int = 600) -> Ranker:
    """Fit a conditional logit: maximise the log-probability of the right candidates.

    Full-batch gradient descent with a step that shrinks when the loss rises: the same
    examples always give the same weights.
    """
    n = len(FEATURES)
    w = [0.0] * n
    total = sum(weight for _, _, weight in examples) or 1.0
    rate = 1.0
    last = math.inf
    for _ in range(steps):
        grad = [l2 * x for x in w]
        loss = 0.5 * l2 * sum(x * x for x in w)
        for rows, labels, weight in examples:
            scores = [sum(w[k] * v for k, v in row.items()) for row in rows]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            z = sum(exp)
            right = sum(e for e, ok in zip(exp, labels, strict=True) if ok)
            loss -= weight / total * math.log(right / z)
            for row, e, ok in zip(rows, exp, labels, strict=True):
                # d/dw of -log(right/z): p(all) - p(right | right set)
                g = e / z - (e / right if ok else 0.0)
                for k, v in row.items():
                    grad[k] += weight / total * g * v
        rate = rate * 0.5 if loss > last else min(rate * 1.1, 20.0)
        last = loss
        w = [x - rate * g for x, g in zip(w, grad, strict=True)]
    return Ranker(weights=tuple(round(x, 6) for x in w))


def _accuracy(examples: Sequence[Example], ranker: Ranker) -> float:
    ok = 0
    for rows, labels, _ in examples:
        scores = [ranker.score({FEATURES[k]: v for k, v in row.items()}) for row in rows]
        ok += labels[scores.index(max(scores))]
    return ok / len(examples) if examples else 0.0


def _predict(records: Iterable[dict[str, Any]], ranker: Ranker) -> list[dict[str, Any]]:
    config = quotekit.ExtractConfig(ranker=ranker)
    return [
        {
            "id": r["id"],
            "quotes": [q.to_dict() for q in quotekit.extract_quotes(r["text"], config=config)],
        }
        for r in records
    ]


def train(
    gold: Sequence[dict[str, Any]],
    texts: Sequence[str],
    *,
    rounds: int = 3,
    gold_weight: float = 5.0,
    l2: float = 0.003,
) -> tuple[Ranker, dict[str, Any]]:
    """Collect examples and fit, ``rounds`` times; return the ranker and its figures.

    The first round collects with zero weights, so nothing trained before (the shipped
    weights included) shapes the result: the same data always give the same weights.
    """
    ranker = Ranker(weights=(0.0,) * len(FEATURES))
    info: dict[str, Any] = {}
    for _ in range(rounds):
        examples = gold_examples(gold, ranker, gold_weight)
        silver = silver_examples(texts, ranker, 1.0)
        ranker = fit(examples + silver, l2=l2)
        info = {
            "gold_examples": len(examples),
            "silver_examples": len(silver),
            "gold_fit_accuracy": round(_accuracy(examples, ranker), 4),
            "silver_fit_accuracy": round(_accuracy(silver, ranker), 4),
        }
    return ranker, info


def _figures(gold: Sequence[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, float]:
    result = quotekit.evaluate(gold, preds)
    return {
        "attribution_f": round(result.attribution_f, 4),
        "speaker_acc": round(result.speaker_acc, 4),
        "implicit_acc": round(result.implicit_acc, 4),
    }


def cross_validate(
    gold: Sequence[dict[str, Any]],
    texts: Sequence[str],
    *,
    folds: int,
    seed: int,
    extra: Sequence[dict[str, Any]] = (),
    **kw: Any,
) -> dict[str, Any]:
    """K-fold figures by article, and first 13 → the others.

    The ``extra`` annotated articles train every fold and are never measured.
    """
    order = list(range(len(gold)))
    random.Random(seed).shuffle(order)
    preds: list[dict[str, Any]] = []
    for k in range(folds):
        held = {i for n, i in enumerate(order) if n % folds == k}
        kept = [g for i, g in enumerate(gold) if i not in held]
        ranker, _ = train([*kept, *extra], texts, **kw)
        preds += _predict([gold[i] for i in sorted(held)], ranker)
        print(f"fold {k + 1}/{folds} done", file=sys.stderr)
    out: dict[str, Any] = {f"cv{folds}": _figures(gold, preds)}
    ranker, _ = train([*gold[:13], *extra], texts, **kw)
    out["first13_to_rest"] = _figures(gold[13:], _predict(gold[13:], ranker))
    return out


def _with_texts(
    records: Sequence[dict[str, Any]], corpus: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The annotated records, each with its text (from the corpus record of its id)."""
    by_id = {r.get("id"): r.get("text") for r in corpus}
    out = []
    for record in records:
        text = record.get("text") or by_id.get(record["id"])
        if text is None:
            raise SystemExit(f"train_ranker: no text for {record['id']!r}: give --corpus")
        out.append({**record, "text": text})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Train, report the figures as JSON on standard output, and write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="annotated JSONL (gold format)")
    parser.add_argument("--corpus", type=Path, help="unannotated JSONL with a 'text' field")
    parser.add_argument(
        "--extra-gold",
        type=Path,
        help="more annotated JSONL that only trains (never measured); a record without "
        "'text' takes the text of the --corpus record with its id",
    )
    parser.add_argument("--out", type=Path, help="where to write the weights (JSON)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of collecting and fitting")
    parser.add_argument("--l2", type=float, default=0.003, help="L2 penalty on the weights")
    parser.add_argument("--gold-weight", type=float, default=5.0, help="weight of a gold example")
    parser.add_argument("--cv", type=int, default=0, help="K for K-fold cross-validation")
    parser.add_argument("--seed", type=int, default=0, help="seed of the folds' shuffle")
    args = parser.parse_args(argv)
    gold = read_jsonl(args.gold)
    corpus = read_jsonl(args.corpus) if args.corpus else []
    extra = _with_texts(read_jsonl(args.extra_gold), corpus) if args.extra_gold else []
    annotated = {g["id"] for g in [*gold, *extra]}
    texts = [r["text"] for r in corpus if r.get("id") not in annotated]  # no gold in silver
    settings = {"rounds": args.rounds, "gold_weight": args.gold_weight, "l2": args.l2}
    ranker, info = train([*gold, *extra], texts, **settings)
    info["fit"] = _figures(gold, _predict(gold, ranker))
    info["extra_gold_articles"] = len(extra)
    if args.cv:
        info.update(
            cross_validate(gold, texts, folds=args.cv, seed=args.seed, extra=extra, **settings)
        )
    meta = {
        "trained": {
            **info,
            **settings,
            "seed": args.seed,
            "gold": args.gold.name,
            "extra_gold": args.extra_gold.name if args.extra_gold else None,
            "corpus": args.corpus.name if args.corpus else None,
        }
    }
    print(json.dumps(meta, ensure_ascii=False, indent=1))
    if args.out:
        args.out.write_text(ranker.to_json(**meta) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Ranking: the learned scorer that picks the source of a quote among candidates.

A candidate (see :mod:`quotekit.candidates`) is described by the features of
:data:`FEATURES`; its score is a dot product with weights that ``tools/train_ranker.py``
fits from annotated and silver data and that ship as ``quotekit/data/ranker.json``. This
module holds the model only: the features' names, the weights, reading and writing them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import repeat
from operator import mul
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from quotekit._data import read_data
from quotekit._gc import paused
from quotekit.errors import ConfigError

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["FEATURES", "Ranker", "Scored", "default_ranker", "load_ranker"]

#: The features a candidate is described by, in the order of the weights file.
FEATURES: tuple[str, ...] = (
    "none",  # the empty candidate: no source can be told
    "in_window",  # a noun phrase read in the cue's sentence or the one before
    "recent_only",  # a source that spoke recently, not named in the window
    "same_sentence",  # in the cue's own sentence
    "sentence_initial",  # opens its sentence: a subject before its verb
    "after_opening_verb",  # right after the verb that opens its sentence (VSO subject)
    "after_verb",  # right after another verb: the subject of a clause inside the sentence
    "before_verb",  # right before a verb: a subject before its verb
    "after_word",  # right after some other word (an object, a genitive)
    "after_preposition",  # the object of a preposition (على، من، مع، في ...)
    "after_an",  # right after عن: the source relayed (نقل X عن Y)
    "after_comma",  # right after a comma: an apposition or a new clause
    "in_content",  # inside the content of an earlier quote
    "before_relative",  # followed by الذي/التي: the subject of a relative clause
    "source_head",  # headed by a source noun (الوزير، الشركة، مصدر)
    "proper_name",  # opens with a word that is neither definite nor a source noun
    "anonymous",  # an anonymous source (مصدر، مسؤول)
    "possessed",  # its head has a possessive suffix (أغنيته، حسابها)
    "common_head",  # headed by a common noun that is no source (التهنئة، صورة، سبب الخلاف)
    "oblique",  # an accusative plural right after a verb: its object (دعا الفاعلين)
    "gender_match",  # its gender is the cue's
    "gender_mismatch",  # its gender is known and is not the cue's
    "plural_match",  # a plural for a plural cue
    "plural_mismatch",  # a singular for a plural cue or a plural for a singular one
    "spoke",  # it is the source of an earlier quote
    "last_speaker",  # it is the source of the latest quote of the cue's gender
    "speaker_rank",  # 1 for the latest speaker, 1/2 for the one before ...
    "previous_quote",  # it is the source of the quote right before
    "previous_same_sentence",  # ... and that quote is in the cue's sentence
    "source_phrase",  # it was last the source of a phrase (بحسب X)
    "distance",  # words between it and the cue, over 40 (capped at 1)
    "nearest",  # the nearest noun phrase before the cue
    "lede",  # the source the article opens with
    "participle_same_sentence",  # same_sentence, for a participle cue (قائلا)
    "participle_after_verb",  # right after a verb of the cue's sentence, for a participle
)


class Scored(Protocol):
    """Anything with features to score (a :class:`quotekit.candidates.Candidate`)."""

    @property
    def features(self) -> Mapping[str, float]:
        """The feature values, by name; absent ones are 0."""


_T = TypeVar("_T", bound=Scored)


@attrs.frozen(kw_only=True)
class Ranker:
    """A linear scorer of candidates: the sum of each feature's value times its weight.

    Attributes:
        weights: The weight of each feature, in the order of :data:`FEATURES`.

    Example:
        >>> ranker = Ranker(weights=tuple(1.0 if f == "nearest" else 0.0 for f in FEATURES))
        >>> ranker.score({"nearest": 1.0, "distance": 0.5})
        1.0
    """

    weights: tuple[float, ...] = attrs.field()
    _by_name: dict[str, float] = attrs.field(init=False, repr=False, eq=False)

    @weights.validator
    def _check(self, _: Any, value: tuple[float, ...]) -> None:
        if len(value) != len(FEATURES):
            raise ConfigError(
                f"ranker: {len(value)} weights given for {len(FEATURES)} features "
                f"({', '.join(FEATURES)})"
            )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_name", dict(zip(FEATURES, self.weights, strict=True)))

    def score(self, features: Mapping[str, float]) -> float:
        """The candidate's score; a feature this version does not know weighs 0.

        Example:
            >>> default_ranker().score({}) == 0.0
            True
        """
        # the products in the features' order, as a comprehension gives them, without a
        # Python frame per feature
        weights = map(self._by_name.get, features.keys(), repeat(0.0))
        total: float = sum(map(mul, weights, features.values()))
        return total

    def choose(self, candidates: Sequence[_T], *, where: int) -> _T | None:
        """The best-scored candidate, the first of them on a tie; ``None`` when there is none.

        ``where`` is the original-text offset of the quote's content; a ranker that
        records its choices for training reads it, this one does not.

        Example:
            >>> from types import SimpleNamespace as Candidate
            >>> ranker = Ranker(weights=tuple(1.0 if f == "spoke" else 0.0 for f in FEATURES))
            >>> a = Candidate(name="أ", features={})
            >>> b = Candidate(name="ب", features={"spoke": 1.0})
            >>> ranker.choose([a, b], where=0).name
            'ب'
        """
        best: _T | None = None
        best_score = float("-inf")
        for candidate in candidates:
            score = self.score(candidate.features)
            if score > best_score:
                best, best_score = candidate, score
        return best

    def to_json(self, **meta: Any) -> str:
        """The weights file: the features with their weights, and any metadata.

        Example:
            >>> json.loads(default_ranker().to_json())["weights"].keys() == set(FEATURES)
            True
        """
        return json.dumps(
            {"weights": dict(zip(FEATURES, self.weights, strict=True)), **meta},
            ensure_ascii=False,
            indent=1,
        )


def load_ranker(path: str | Path) -> Ranker:
    """Read a weights file written by :meth:`Ranker.to_json` (``tools/train_ranker.py``).

    Raises:
        ConfigError: Naming the file and the problem: not JSON, a weight that is not a
            number, or a feature this version does not know. A feature the file lacks
            weighs 0.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "w.json"
        >>> _ = path.write_text('{"weights": {"nearest": 2}}', encoding="utf-8")
        >>> load_ranker(path).score({"nearest": 1.0})
        2.0
    """
    from pathlib import Path  # only for a file of the caller's: see quotekit._data

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the ranker weights: {exc.strerror}") from None
    return _parse(text, str(path))


def _parse(text: str, where: str) -> Ranker:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{where}:{exc.lineno}: not JSON: {exc.msg}") from None
    weights = data.get("weights") if isinstance(data, dict) else None
    if not isinstance(weights, dict):
        raise ConfigError(f"{where}: no 'weights' object")
    unknown = sorted(set(weights) - set(FEATURES))
    if unknown:
        raise ConfigError(f"{where}: unknown features {', '.join(unknown)}")
    for name, value in weights.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where}: the weight of {name} is not a number: {value!r}")
    return Ranker(weights=tuple(float(weights.get(name, 0.0)) for name in FEATURES))


@cache
@paused
def default_ranker() -> Ranker:
    """The ranker whose weights ship with quotekit (``quotekit/data/ranker.json``).

    Example:
        >>> len(default_ranker().weights) == len(FEATURES)
        True
    """
    return _parse(read_data("ranker.json"), "ranker.json")

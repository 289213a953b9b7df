"""The frozen option objects and their named presets, validated once at construction."""

from __future__ import annotations

from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

import attrs

from quotekit.errors import ConfigError

if TYPE_CHECKING:
    from quotekit.lexicon import Lexicon
    from quotekit.ranking import Ranker

__all__ = [
    "CONSERVATIVE",
    "DEFAULT",
    "EXTRACTION",
    "PRESETS",
    "SEARCH",
    "STEPS",
    "ExtractConfig",
    "NormalizeConfig",
    "resolve_extract_config",
    "resolve_normalize_config",
]

#: Every normalisation step, in pipeline order. Each name is at once a function of
#: :mod:`quotekit.normalization`, a flag of :class:`NormalizeConfig` and a step of ``explain``.
STEPS: tuple[str, ...] = (
    "compose_hamza",
    "fold_presentation_forms",
    "remove_tashkeel",
    "remove_tatweel",
    "remove_invisible",
    "fold_persian_letters",
    "fold_alef",
    "fold_alef_maqsura",
    "fold_teh_marbuta",
    "fold_hamza_seats",
    "fold_digits",
    "fold_whitespace",
    "fold_quotes",
    "fold_punctuation",
)


def _flag(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise ConfigError(f"{attribute.name} must be True or False, not {value!r}")


def _bool(default: bool) -> Any:
    return attrs.field(default=default, validator=_flag)


@attrs.frozen(kw_only=True)
class NormalizeConfig:
    """Which normalisation steps run. Each flag names the step function of the same name.

    Example:
        >>> NormalizeConfig(fold_quotes=True).fold_quotes
        True
        >>> NormalizeConfig(fold_alef="yes")
        Traceback (most recent call last):
        ...
        quotekit.errors.ConfigError: fold_alef must be True or False, not 'yes'
    """

    #: Compose a seat letter and a following combining hamza or madda (ا + U+0654 → أ),
    #: with harakat before or after the mark (NFD order).
    compose_hamza: bool = _bool(True)
    #: Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to their base letters.
    fold_presentation_forms: bool = _bool(True)
    #: Remove harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
    remove_tashkeel: bool = _bool(True)
    #: Remove tatweel (U+0640).
    remove_tatweel: bool = _bool(True)
    #: Remove zero-width characters, bidi marks, embeddings and isolates.
    remove_invisible: bool = _bool(True)
    #: Persian and Urdu look-alike letters to their Arabic forms (ک → ك, ی → ي).
    fold_persian_letters: bool = _bool(True)
    #: أ إ آ ٱ → ا.
    fold_alef: bool = _bool(True)
    #: ى → ي (opt-in).
    fold_alef_maqsura: bool = _bool(False)
    #: ة → ه (opt-in).
    fold_teh_marbuta: bool = _bool(False)
    #: ؤ → و, ئ → ي (opt-in).
    fold_hamza_seats: bool = _bool(False)
    #: Arabic-Indic and Persian digits to ASCII digits.
    fold_digits: bool = _bool(True)
    #: NBSP, thin spaces and tabs to a plain space; line breaks stay.
    fold_whitespace: bool = _bool(True)
    #: Quote marks to the canonical set ``«`` (opening), ``»`` (closing), ``"`` (either).
    fold_quotes: bool = _bool(False)
    #: ، ؛ ؟ to , ; ? (opt-in).
    fold_punctuation: bool = _bool(False)

    @cached_property
    def steps(self) -> frozenset[str]:
        """The names of the steps this config turns on (worked out once per config).

        Example:
            >>> "fold_quotes" in NormalizeConfig().steps
            False
        """
        return frozenset(name for name in STEPS if getattr(self, name))

    @classmethod
    def preset(cls, name: str) -> NormalizeConfig:
        """Return the named preset: ``default``, ``conservative``, ``search`` or ``extraction``.

        Example:
            >>> NormalizeConfig.preset("search").fold_teh_marbuta
            True
        """
        try:
            return PRESETS[name]
        except KeyError:
            raise ConfigError(
                f"config: unknown preset {name!r}; choose one of {', '.join(sorted(PRESETS))}"
            ) from None


#: What ``normalize(text)`` does.
DEFAULT = NormalizeConfig()
#: For display: only what cannot be seen or is a duplicate encoding changes.
CONSERVATIVE = NormalizeConfig(
    remove_tashkeel=False,
    remove_tatweel=False,
    fold_persian_letters=False,
    fold_alef=False,
    fold_digits=False,
)
#: For search and matching: every fold on.
SEARCH = NormalizeConfig(
    fold_alef_maqsura=True,
    fold_teh_marbuta=True,
    fold_hamza_seats=True,
    fold_quotes=True,
    fold_punctuation=True,
)
#: What extraction matches on: the default plus quote marks and punctuation folded.
EXTRACTION = NormalizeConfig(fold_quotes=True, fold_punctuation=True)

PRESETS: dict[str, NormalizeConfig] = {
    "default": DEFAULT,
    "conservative": CONSERVATIVE,
    "search": SEARCH,
    "extraction": EXTRACTION,
}


def resolve_normalize_config(config: NormalizeConfig | str | None) -> NormalizeConfig:
    """Turn ``None``, a preset name or a config into a :class:`NormalizeConfig`.

    Example:
        >>> resolve_normalize_config(None) is DEFAULT
        True
    """
    if config is None:
        return DEFAULT
    if isinstance(config, str):
        return NormalizeConfig.preset(config)
    if isinstance(config, NormalizeConfig):
        return config
    raise ConfigError(
        f"config must be a NormalizeConfig, a preset name or None, not {type(config).__name__}"
    )


def _unit_interval(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ConfigError(f"{attribute.name} must be a number from 0 to 1, not {value!r}")


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConfigError(f"{attribute.name} must be a positive number, not {value!r}")


def _lexicon(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    from quotekit.lexicon import Lexicon

    if value is not None and not isinstance(value, Lexicon):
        raise ConfigError(f"{attribute.name} must be a Lexicon or None, not {type(value).__name__}")


def _ranker(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    from quotekit.ranking import Ranker

    if value is not None and not isinstance(value, Ranker):
        raise ConfigError(
            f"{attribute.name} must be a Ranker (quotekit.load_ranker(path)) or None, "
            f"not {type(value).__name__}"
        )


@attrs.frozen(kw_only=True)
class ExtractConfig:
    """Options of :func:`quotekit.extract_quotes`.

    Example:
        >>> ExtractConfig(min_confidence=0.5).min_confidence
        0.5
        >>> ExtractConfig(min_confidence=2)
        Traceback (most recent call last):
        ...
        quotekit.errors.ConfigError: min_confidence must be a number from 0 to 1, not 2
    """

    #: Quotes scored below this are left out. The default leaves out only speech acts with
    #: a noun object and no clause or quote marks (rule ``verb-object``, 0.35), which the
    #: annotation guide counts as optional; 0 keeps them.
    min_confidence: float = attrs.field(default=0.4, validator=_unit_interval)
    #: Report ``indirect`` quotes (clauses without marks after a cue).
    indirect: bool = _bool(True)
    #: Resolve dropped subjects and short forms to earlier speakers.
    resolve_speakers: bool = _bool(True)
    #: Seconds a single regular-expression search may take on user text before it stops
    #: (a lexicon's patterns whose word lists hold only letters are linear and need none).
    regex_timeout: float = attrs.field(default=5.0, validator=_positive)
    #: The cue lexicon; ``None`` for the one shipped with the package.
    lexicon: Lexicon | None = attrs.field(default=None, validator=_lexicon)
    #: The scorer of the candidate sources of a dropped subject or a participle; ``None``
    #: for the weights shipped with the package (see ``tools/train_ranker.py``).
    ranker: Ranker | None = attrs.field(default=None, validator=_ranker)


def resolve_extract_config(config: ExtractConfig | None) -> ExtractConfig:
    """Turn ``None`` or a config into an :class:`ExtractConfig`; anything else is an error.

    Example:
        >>> resolve_extract_config(None).min_confidence
        0.4
        >>> resolve_extract_config("fast")
        Traceback (most recent call last):
        ...
        quotekit.errors.ConfigError: config must be an ExtractConfig or None, not str
    """
    if config is None:
        return _default_extract_config()
    if isinstance(config, ExtractConfig):
        return config
    raise ConfigError(f"config must be an ExtractConfig or None, not {type(config).__name__}")


@cache
def _default_extract_config() -> ExtractConfig:
    """The default options, made once: a config is frozen, so calls can share it."""
    return ExtractConfig()

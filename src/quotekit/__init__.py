"""quotekit: find quotes in Arabic news text and say who said them.

This module only re-exports the public names of the submodules.
"""

from importlib.metadata import PackageNotFoundError, version

from quotekit.config import (
    CONSERVATIVE,
    DEFAULT,
    EXTRACTION,
    PRESETS,
    SEARCH,
    STEPS,
    ExtractConfig,
    NormalizeConfig,
)
from quotekit.errors import ConfigError, LexiconError, QuotekitError
from quotekit.normalization import explain, normalize, normalize_mapped
from quotekit.types import (
    Cue,
    Explanation,
    NormalizedText,
    Quote,
    Span,
    Speaker,
    StepCount,
)

try:
    __version__ = version("quotekit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "CONSERVATIVE",
    "DEFAULT",
    "EXTRACTION",
    "PRESETS",
    "SEARCH",
    "STEPS",
    "ConfigError",
    "Cue",
    "Explanation",
    "ExtractConfig",
    "LexiconError",
    "NormalizeConfig",
    "NormalizedText",
    "Quote",
    "QuotekitError",
    "Span",
    "Speaker",
    "StepCount",
    "__version__",
    "explain",
    "normalize",
    "normalize_mapped",
]

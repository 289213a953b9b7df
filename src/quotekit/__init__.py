"""quotekit: find quotes in Arabic news text and say who said them.

This module only re-exports the public names of the submodules. Those of the modules that
extraction never needs (evaluation, the pages, the corpus report and the quote table) are
imported on first use: ``import quotekit`` does not pay for them.
"""

from typing import TYPE_CHECKING

from quotekit._version import __version__
from quotekit.batch import extract_many, extract_records, extract_tagged
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
from quotekit.cues import find_cues
from quotekit.errors import ConfigError, InputError, LexiconError, QuotekitError
from quotekit.extract import extract_quotes
from quotekit.lexicon import Form, Lexicon, PhraseEntry, VerbEntry, default_lexicon, load_lexicon
from quotekit.normalization import explain, normalize, normalize_mapped
from quotekit.ranking import FEATURES, Ranker, default_ranker, load_ranker
from quotekit.types import (
    Cue,
    Explanation,
    NormalizedText,
    Quote,
    Span,
    Speaker,
    StepCount,
)

if TYPE_CHECKING:
    from quotekit.evaluation import Evaluation, evaluate, evaluate_by
    from quotekit.render import render_corpus_html, render_corpus_pages, render_html
    from quotekit.report import CorpusReport, Source, Tally, corpus_report, report_html
    from quotekit.table import COLUMNS, Column, quote_table
else:

    def __getattr__(name: str) -> object:
        """Import a name of :data:`_ON_FIRST_USE` (or one of its modules) when first used."""
        from importlib import import_module

        module = _ON_FIRST_USE.get(name)
        if module is not None:
            value = getattr(import_module(module), name)
        elif f"quotekit.{name}" in _ON_FIRST_USE.values():
            value = import_module(f"quotekit.{name}")  # quotekit.evaluation.pair_quotes
        else:
            raise AttributeError(f"module 'quotekit' has no attribute {name!r}")
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


#: The names imported on first use, and their modules (the same as under TYPE_CHECKING).
_ON_FIRST_USE = {
    name: f"quotekit.{module}"
    for module, names in (
        ("evaluation", ("Evaluation", "evaluate", "evaluate_by")),
        ("render", ("render_corpus_html", "render_corpus_pages", "render_html")),
        ("report", ("CorpusReport", "Source", "Tally", "corpus_report", "report_html")),
        ("table", ("COLUMNS", "Column", "quote_table")),
    )
    for name in names
}

__all__ = [
    "COLUMNS",
    "CONSERVATIVE",
    "DEFAULT",
    "EXTRACTION",
    "FEATURES",
    "PRESETS",
    "SEARCH",
    "STEPS",
    "Column",
    "ConfigError",
    "CorpusReport",
    "Cue",
    "Evaluation",
    "Explanation",
    "ExtractConfig",
    "Form",
    "InputError",
    "Lexicon",
    "LexiconError",
    "NormalizeConfig",
    "NormalizedText",
    "PhraseEntry",
    "Quote",
    "QuotekitError",
    "Ranker",
    "Source",
    "Span",
    "Speaker",
    "StepCount",
    "Tally",
    "VerbEntry",
    "__version__",
    "corpus_report",
    "default_lexicon",
    "default_ranker",
    "evaluate",
    "evaluate_by",
    "explain",
    "extract_many",
    "extract_quotes",
    "extract_records",
    "extract_tagged",
    "find_cues",
    "load_lexicon",
    "load_ranker",
    "normalize",
    "normalize_mapped",
    "quote_table",
    "render_corpus_html",
    "render_corpus_pages",
    "render_html",
    "report_html",
]

"""Normalisation speed over the shared corpus, beside pyarabic and CAMeL Tools.

Run: ``python benchmarks/bench_normalize.py`` (set ``QUOTEKIT_CORPUS`` to another JSONL file).
Reports million characters per second, one process, one core, best of five runs, and the
ratios to the equivalent chain of pyarabic functions measured in the same run.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Callable
from functools import partial

import pyarabic.araby as araby
import regex
from _corpus import best_seconds, corpus_path, load_texts

import quotekit
from quotekit.normalization import _plan


def pyarabic_chain(text: str) -> str:
    """The default preset's work done with pyarabic's functions, one pass each."""
    text = araby.strip_tashkeel(text)
    text = araby.strip_tatweel(text)
    text = araby.normalize_ligature(text)
    return str(araby.normalize_alef(text))


def camel_chain() -> Callable[[str], str] | None:
    """CAMeL Tools' normalisers, when the package is installed."""
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import normalize_alef_ar, normalize_unicode
    except ImportError:
        return None

    def run(text: str) -> str:
        return str(normalize_alef_ar(dediac_ar(normalize_unicode(text))))

    return run


def main() -> None:
    texts = load_texts()
    total = sum(len(t) for t in texts)
    print(f"corpus: {corpus_path()} ({len(texts)} texts, {total:,} characters)")
    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )

    def rate(func: Callable[[str], object]) -> float:
        return total / best_seconds(lambda: [func(t) for t in texts]) / 1e6

    results: dict[str, float] = {}
    for preset in sorted(quotekit.PRESETS):
        config = quotekit.PRESETS[preset]
        results[f"normalize[{preset}]"] = rate(partial(quotekit.normalize, config=config))
    results["normalize_mapped[default]"] = rate(quotekit.normalize_mapped)
    results["pyarabic chain"] = rate(pyarabic_chain)
    camel = camel_chain()
    if camel is not None:
        results["camel-tools chain"] = rate(camel)

    # Why the scan uses `re`: the same class and callback with the `regex` module.
    plan = _plan(quotekit.DEFAULT.steps)
    table = plan.table
    pattern = regex.compile(plan.char_re.pattern)
    results["(regex module, same scan)"] = rate(
        lambda t: pattern.sub(lambda m: table[m.group()], t)
    )
    results["(bare re class scan)"] = rate(lambda t: re.findall(plan.char_re, t))

    base = results["pyarabic chain"]
    print(f"{'what':32} {'Mchar/s':>9} {'x pyarabic':>11}")
    for name, value in results.items():
        print(f"{name:32} {value:9.1f} {value / base:11.2f}")


if __name__ == "__main__":
    main()

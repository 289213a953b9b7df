"""Extraction speed, scaling and memory over the shared corpus; hostile-input cost ratios.

Run: ``python benchmarks/bench_extract.py [--quick]``. Reports, for one process and one core:
``extract_quotes`` articles and characters per second; ``find_cues`` and each normalisation
preset; the cost at 1x, 2x, 4x, 8x and 16x the corpus (it must grow linearly); the peak
memory of one pass; the ratio to one bare ``regex`` pass over the same text (the floor any
extractor pays); and the cost of hostile inputs against real text of the same size.
"""

from __future__ import annotations

import argparse
import platform
import time
import tracemalloc
from collections.abc import Callable
from functools import partial

import regex
from _corpus import best_seconds, corpus_path, load_texts

import quotekit


def rate(texts: list[str], func: Callable[[str], object], repeat: int) -> tuple[float, float]:
    """(characters per second, texts per second) of ``func`` over ``texts``."""
    chars = sum(len(t) for t in texts)
    seconds = best_seconds(lambda: [func(t) for t in texts], repeat)
    return chars / seconds, len(texts) / seconds


def hostile(size: int) -> dict[str, str]:
    """Hostile inputs of about ``size`` characters."""
    return {
        "straight marks": '"' * size,
        "nested marks": "«" * (size // 2) + "»" * (size // 2),
        "cue repeated": "قال إن " * (size // 7),
        "unclosed quote": 'قال: "' + "كلام طويل " * (size // 10),
        "one huge word": "ق" * size,
        "bidi everywhere": "\u200fقال\u202b الوزير\u202c إن " * (size // 17),
        "new speakers": "".join(f"وقال الوزير رقم{i} إن الخطة جاهزة. " for i in range(size // 35)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller scaling")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    texts = load_texts()
    chars = sum(len(t) for t in texts)
    print(f"corpus: {corpus_path()} ({len(texts)} articles, {chars:,} characters)")
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, one process")
    quotekit.extract_quotes("قال إن الخطة جاهزة")  # compile the patterns once, outside timing

    bare = regex.compile(r"[«»\"“”]|\p{L}+")
    floor, _ = rate(texts, bare.findall, repeat)
    extract, per_article = rate(texts, quotekit.extract_quotes, repeat)
    cues, _ = rate(texts, quotekit.find_cues, repeat)
    print(f"\n{'what':34} {'Mchar/s':>8} {'articles/s':>11} {'x bare pass':>12}")
    print(f"{'bare regex pass (floor)':34} {floor / 1e6:8.2f} {'':>11} {1:12.2f}")
    print(f"{'extract_quotes':34} {extract / 1e6:8.2f} {per_article:11.0f} {floor / extract:12.2f}")
    print(f"{'find_cues':34} {cues / 1e6:8.2f} {'':>11} {floor / cues:12.2f}")
    for preset in sorted(quotekit.PRESETS):
        config = quotekit.PRESETS[preset]
        value, _ = rate(texts, partial(quotekit.normalize, config=config), repeat)
        name = f"normalize[{preset}]"
        print(f"{name:34} {value / 1e6:8.2f} {'':>11} {floor / value:12.2f}")

    print("\nscaling (the corpus joined into one text, repeated):")
    joined = "\n".join(texts)
    factors = (1, 2, 4) if args.quick else (1, 2, 4, 8, 16)
    base = None
    for factor in factors:
        text = joined * factor
        seconds = best_seconds(partial(quotekit.extract_quotes, text), 1)
        base = base or seconds
        ratio = seconds / base
        print(f"  {factor:2}x {len(text):>11,} chars {seconds:7.2f} s  cost ratio {ratio:6.2f}")

    tracemalloc.start()
    for text in texts:
        quotekit.extract_quotes(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\npeak memory of one pass over the corpus: {peak / 2**20:.1f} MiB")

    size = 200_000
    real = (joined * (size // len(joined) + 1))[:size]
    real_seconds = best_seconds(lambda: quotekit.extract_quotes(real), 1)
    print(f"\nhostile inputs of {size:,} characters, against real text of that size:")
    print(f"  {'real text':18} {real_seconds:7.3f} s")
    for name, text in hostile(size).items():
        start = time.perf_counter()
        quotekit.extract_quotes(text)
        seconds = time.perf_counter() - start
        print(f"  {name:18} {seconds:7.3f} s  x{seconds / real_seconds:5.2f}")


if __name__ == "__main__":
    main()

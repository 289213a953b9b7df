"""The corpus check of quotekit.morphology: class shares and samples to read.

python benchmarks/morphology_check.py                 # shares of each word class
python benchmarks/morphology_check.py --seed 11 verb noun   # and 40 tokens of each, in context
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter

from _corpus import load_texts

from quotekit import normalize
from quotekit.morphology import WORD_CLASSES, word_class

#: Runs of Arabic letters (hamza to yeh): digits and Latin words are not counted.
ARABIC_WORD = re.compile("[\u0621-\u064a]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("classes", nargs="*", help=f"classes to sample: {', '.join(WORD_CLASSES)}")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--size", type=int, default=40)
    args = parser.parse_args()
    if unknown := set(args.classes) - set(WORD_CLASSES):
        parser.error(f"unknown classes: {', '.join(sorted(unknown))}")

    counts: Counter[str] = Counter()
    hits: dict[str, list[str]] = {c: [] for c in args.classes}
    for text in load_texts():
        words = ARABIC_WORD.findall(normalize(text, config="extraction"))
        for i, word in enumerate(words):
            kind = word_class(word)
            counts[kind] += 1
            if kind in hits:
                left, right = " ".join(words[max(0, i - 4) : i]), " ".join(words[i + 1 : i + 4])
                hits[kind].append(f"{left} [{word}] {right}")
    total = sum(counts.values())
    print(f"{total} tokens")
    for kind in WORD_CLASSES:
        print(f"{kind:15} {counts[kind]:8} {100 * counts[kind] / total:6.2f}%")
    rng = random.Random(args.seed)
    for kind, lines in hits.items():
        print(f"\n== {args.size} tokens classed {kind}")
        for n, line in enumerate(rng.sample(lines, min(args.size, len(lines))), 1):
            print(n, line)


if __name__ == "__main__":
    main()

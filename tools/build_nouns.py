r"""Build ``src/quotekit/data/definite_words.txt``: words that take the article, from data.

A proper name (هانسن، ليبرمان) almost never takes the article ال; a common noun or an
adjective (إقامة، محل) does. Reading which words a corpus writes with the article (ال،
وال، بال، فال، كال، لل) therefore tells common words from names, which the mention rules
need where no other clue does (a name in apposition: وزير الدفاع، أفيغدور ليبرمان، is a
name; المدعي العام، محل إقامة المتهم، is not).

Only corpus lines whose ``id`` starts with one of ``--prefix`` are read (by default the
ANT corpus, Apache-2.0: Chouigui, Ben Khiroun, Elayeb, "ANT Corpus: An Arabic News Text
Collection for Textual Classification", AICCSA 2017). Words are normalised with the
extraction preset; a word is kept when the corpus writes it with the article at least
``--min-count`` times and it is no listed given name (الحسين، العلي are surnames too).
The output is sorted and deterministic.

usage::

    python tools/build_nouns.py --corpus ../shared/corpus/news.jsonl \\
        --out src/quotekit/data/definite_words.txt
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import regex

import quotekit
from quotekit.morphology import is_given_name

_WORD = regex.compile(r"\p{Arabic}+")
_ARTICLE = ("وال", "بال", "فال", "كال", "ال")


def definite_counts(texts: list[str]) -> Counter[str]:
    """How often each word is written with the article, by its form without it."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word in _WORD.findall(quotekit.normalize(text, config="extraction")):
            if word.startswith("لل") and len(word) > 4:
                counts[word[2:]] += 1
                continue
            for prefix in _ARTICLE:
                if word.startswith(prefix) and len(word) > len(prefix) + 1:
                    counts[word[len(prefix) :]] += 1
                    break
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--prefix", nargs="+", default=["ant1:", "ant2:"])
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    texts = []
    with args.corpus.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if str(record.get("id", "")).startswith(tuple(args.prefix)):
                texts.append(record["text"])
    counts = definite_counts(texts)
    words = sorted(w for w, n in counts.items() if n >= args.min_count and not is_given_name(w))
    header = [
        "# Words a news corpus writes with the article ال (common nouns and adjectives, not",
        "# names), normalised with the extraction preset; one a line. Built by",
        "# tools/build_nouns.py from the ANT corpus (Apache-2.0; Chouigui, Ben Khiroun,",
        f"# Elayeb, AICCSA 2017): {len(texts)} articles, words seen at least",
        f"# {args.min_count} times, given names left out.",
    ]
    args.out.write_text("\n".join([*header, *words]) + "\n", encoding="utf-8")
    print(f"{len(words)} words from {len(texts)} articles -> {args.out}")


if __name__ == "__main__":
    main()

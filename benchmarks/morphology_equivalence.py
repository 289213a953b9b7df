"""quotekit.morphology against the table builder it replaced: every answer must be the same.

python benchmarks/morphology_equivalence.py               # against b990c33 (the last builder)
python benchmarks/morphology_equivalence.py --ref main    # or any git ref

The old ``morphology.py`` is read from git into a temporary module and runs on today's
data files and lexicon. Compared, for both modules:

* ``word_class`` of every distinct corpus token (normalised with the ``extraction``
  preset, split as the extractor does), of every word of the old class table and every
  verb form the old builder generated (exceptions included), and of their neighbours
  (a letter less at either end, و or ال before): words that strip or add clitics;
* ``noun_gender``, ``noun_number`` and ``entity_type`` of each such word alone, and of
  every distinct run of two and three corpus tokens.

Prints the counts compared and the differences (the first ten of each); exits 1 on any.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from _corpus import load_texts

import quotekit
from quotekit import morphology

#: The last commit whose morphology generated every verb spelling into one table.
DEFAULT_REF = "b990c33958fff11e99d46316395e8dfd4d5fd745"
WORD = re.compile(r"[^\W_]+")
PHRASE_FUNCTIONS = ("noun_gender", "noun_number", "entity_type")
T = TypeVar("T")


def old_module(ref: str) -> ModuleType:
    """``src/quotekit/morphology.py`` at ``ref``, imported as a module of its own."""
    root = Path(__file__).resolve().parents[1]
    source = subprocess.run(
        ["git", "show", f"{ref}:src/quotekit/morphology.py"],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "morphology_old.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("morphology_old", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_tokens() -> list[list[str]]:
    """The corpus's articles as lists of normalised tokens."""
    return [WORD.findall(quotekit.normalize(t, config="extraction")) for t in load_texts()]


def neighbours(words: Iterable[str]) -> set[str]:
    """Each word with a letter less at either end, and with و or ال before it."""
    out: set[str] = set()
    for word in words:
        out.update((word[1:], word[:-1], "و" + word, "ال" + word))
    return out


def differences(
    name: str,
    inputs: Sequence[T],
    old: Callable[[T], object],
    new: Callable[[T], object],
) -> int:
    """Compare two functions on every input; print the count and the first differences."""
    diffs = [(x, old(x), new(x)) for x in inputs]
    diffs = [d for d in diffs if d[1] != d[2]]
    print(f"{name:38} {len(inputs):9} compared {len(diffs):6} differences")
    for x, a, b in diffs[:10]:
        print(f"    {x!r}: old {a!r}, new {b!r}")
    return len(diffs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default=DEFAULT_REF, help="git ref of the old morphology.py")
    args = parser.parse_args()

    old = old_module(args.ref)
    start = time.perf_counter()
    old_table: dict[str, str] = old._tables().classes
    print(f"old table: {len(old_table)} words in {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    morphology._tables()
    print(f"new tables in {time.perf_counter() - start:.3f} s")

    articles = corpus_tokens()
    tokens = sorted({w for words in articles for w in words})
    runs = sorted(
        {tuple(words[i : i + n]) for words in articles for n in (2, 3) for i in range(len(words))}
    )
    old_verbs = old._verb_forms(old._parse_verbs(old._read("verb_lemmas.tsv"), "verb_lemmas.tsv"))
    print(f"old verb forms: {len(old_verbs)}")
    generated = sorted(set(old_table) | old_verbs)
    near = sorted(neighbours(generated) - set(generated))
    print(f"corpus: {len(articles)} articles, {sum(map(len, articles))} tokens")

    total = 0
    for label, words in (
        ("corpus tokens", tokens),
        ("old table and verb forms", generated),
        ("their neighbours", near),
    ):
        total += differences(f"word_class, {label}", words, old.word_class, morphology.word_class)
        for name in PHRASE_FUNCTIONS:
            total += differences(
                f"{name}, {label}",
                [[w] for w in words],
                getattr(old, name),
                getattr(morphology, name),
            )
    for name in PHRASE_FUNCTIONS:
        total += differences(
            f"{name}, corpus runs of 2-3",
            [list(r) for r in runs],
            getattr(old, name),
            getattr(morphology, name),
        )
    print(f"total differences: {total}")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()

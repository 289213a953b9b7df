"""The cost of quotekit.morphology: building its tables, and word_class on the hot path.

python benchmarks/bench_morphology.py

* first use: ``_tables()`` and a first ``extract_quotes`` call, each in a fresh
  interpreter (median of five), ``_tables()`` both alone and after the normaliser and the
  default lexicon are loaded (as they are when extraction reaches it);
* steady state: ``word_class`` over every token of the corpus, a first pass (the memo
  filling) and the best of five passes after it, beside the ``word_class`` of the table
  builder it replaced (read from git, see ``morphology_equivalence.py``: one lookup in a
  table of every spelling) and a bare lookup in a dict of the same answers.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time

from _corpus import best_seconds, load_texts
from morphology_equivalence import DEFAULT_REF, old_module

import quotekit
from quotekit import morphology

WORD = re.compile(r"[^\W_]+")
TABLES_ALONE = """
import time
import quotekit.morphology as m
start = time.perf_counter(); m._tables(); print(time.perf_counter() - start)
"""
TABLES_AFTER_DEPENDENCIES = """
import time
import quotekit
import quotekit.morphology as m
quotekit.normalize("قال", config="extraction"); quotekit.default_lexicon()
start = time.perf_counter(); m._tables(); print(time.perf_counter() - start)
"""
FIRST_CALL = """
import time
import quotekit
start = time.perf_counter(); quotekit.extract_quotes("وقال الوزير إن الخطة جاهزة")
print(time.perf_counter() - start)
"""


def fresh(code: str, runs: int = 5) -> float:
    """The median seconds ``code`` prints, each run in a new interpreter."""
    times = [
        float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(times)


def main() -> None:
    print(f"_tables(), fresh interpreter          {1000 * fresh(TABLES_ALONE):7.1f} ms")
    print(
        f"_tables(), normaliser + lexicon ready {1000 * fresh(TABLES_AFTER_DEPENDENCIES):7.1f} ms"
    )
    print(f"first extract_quotes call             {1000 * fresh(FIRST_CALL):7.1f} ms")

    tokens = [
        w for t in load_texts() for w in WORD.findall(quotekit.normalize(t, config="extraction"))
    ]
    old = old_module(DEFAULT_REF)
    old._tables()
    answers = {w: morphology.word_class(w) for w in tokens}
    morphology._tables().memo.clear()

    def word_classes() -> None:
        for word in tokens:
            morphology.word_class(word)

    def old_word_classes() -> None:
        for word in tokens:
            old.word_class(word)

    def dict_lookups() -> None:
        for word in tokens:
            answers.get(word, "noun")

    start = time.perf_counter()
    word_classes()
    first = time.perf_counter() - start
    warm = best_seconds(word_classes)
    old_time = best_seconds(old_word_classes)
    lookup = best_seconds(dict_lookups)
    n = len(tokens)
    print(f"\n{n} tokens, {len(answers)} distinct")
    print(f"word_class, first pass               {1e9 * first / n:7.0f} ns a call")
    print(f"word_class, memo warm                {1e9 * warm / n:7.0f} ns a call")
    print(f"old word_class (one table)           {1e9 * old_time / n:7.0f} ns a call")
    print(f"bare dict lookup, no call            {1e9 * lookup / n:7.0f} ns a call")
    print(f"memo entries                         {len(morphology._tables().memo):7}")


if __name__ == "__main__":
    main()

"""Loading the shared corpus for the benchmarks."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news.jsonl"


def corpus_path() -> Path:
    """The corpus named by $QUOTEKIT_CORPUS, else ../shared/corpus/news.jsonl."""
    return Path(os.environ.get("QUOTEKIT_CORPUS", DEFAULT_CORPUS))


def load_texts(path: Path | None = None) -> list[str]:
    """The ``text`` field of every line of the corpus."""
    with open(path or corpus_path(), encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def best_seconds(func: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs of ``func``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best

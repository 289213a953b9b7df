"""Every figure of the speed goals in one run, each beside yardsticks measured in the same run.

Run: ``python benchmarks/bench_extract.py [--quick] [--scale N]``. The machine may be shared
and noisy: each figure is the best of several runs, timed as the processor time of the
process that runs it (the wall clock for ``extract_many``, whose work is in other processes),
and throughputs are also given as the cost of one bare regex pass and of the pyarabic
normalisation chain over the same text, which move with the machine as extraction does.
Reported:

* ``extract_quotes``, one call per article over the corpus (and ``find_cues``);
* one text of 1x, 2x, 4x, 8x the corpus: the cost must grow linearly;
* ``import quotekit`` and the first ``extract_quotes`` call, each in a fresh process with
  its bytecode cached (as an installed package has it),
  beside ``import regex`` and ``import pyarabic.araby`` in fresh processes;
* ``extract_many`` with two worker processes against one;
* hostile inputs against real text of the same size and against themselves at half the
  size (their cost must grow linearly too), and the peak memory of a pass;
* a last table of the goals with the figures measured.
"""

from __future__ import annotations

import argparse
import atexit
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Hashable, Mapping
from functools import partial
from typing import TypeVar

import pyarabic.araby as araby
import regex
from _corpus import best_seconds, corpus_path, load_texts

import quotekit

K = TypeVar("K", bound=Hashable)

#: The floor any extractor pays: one pass that finds the quote marks and the words.
BARE = regex.compile(r"[«»\"“”]|\p{L}+")
#: A narrower floor: the quote marks and a few cue verbs only.
CUE_VERBS = regex.compile(r"[«»\"“”]|(?<!\p{L})[وف]?(?:قال|أضاف|أكد|أوضح|أشار)\p{L}*")
#: What each fresh process times (setup, then the timed statement).
STARTUP = {
    "import quotekit": ("", "import quotekit"),
    "first extract_quotes call": (
        "import quotekit",
        "quotekit.extract_quotes('وقال الوزير إن الخطة جاهزة')",
    ),
    "import regex": ("", "import regex"),
    "import pyarabic.araby": ("", "import pyarabic.araby"),
}
#: The goals of the speed issue: (what, bar, larger is better).
GOALS = (
    ("extract_quotes, Mchar/s", 2.5, True),
    ("extract_quotes, x bare pass", 10.0, False),
    ("8x text, x the cost of 1x", 9.0, False),
    ("import quotekit, ms", 150.0, False),
    ("first extract_quotes call, ms", 50.0, False),
    ("extract_many workers=2, x one worker", 1.8, True),
    ("worst hostile input, x real text", 3.0, False),
    ("hostile input, cost of 2x its size", 2.5, False),
)
#: The shortest run (seconds) whose growth with the size is read: below it, noise.
_TIMED = 0.05


def pyarabic_chain(text: str) -> str:
    """The default normalisation preset's work done with pyarabic's functions."""
    text = araby.strip_tashkeel(text)
    text = araby.strip_tatweel(text)
    text = araby.normalize_ligature(text)
    return str(araby.normalize_alef(text))


def cpu_seconds(run: Callable[[], object]) -> float:
    """The processor time of this process that ``run`` takes (``time.process_time``).

    On a machine shared with other jobs the wall clock counts their turns as well.
    """
    start = time.process_time()
    run()
    return time.process_time() - start


def interleaved(
    runs: Mapping[K, Callable[[], object]], repeat: int, *, wall: bool = False
) -> dict[K, float]:
    """The best time of each run, the runs taken in turn ``repeat`` times.

    The processor time of this process, or with ``wall`` the wall clock (for runs that
    use other processes). On a shared machine the load moves: taken in turn, every run
    meets the same moments, so their ratios hold better than their times.
    """
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            seconds = best_seconds(run, 1) if wall else cpu_seconds(run)
            best[name] = min(best[name], seconds)
    return best


def over(texts: list[str], func: Callable[[str], object]) -> Callable[[], object]:
    """A run of ``func`` over every text, one call each."""
    return lambda: [func(t) for t in texts]


#: Where the fresh interpreters keep the bytecode they compile: an installed package has
#: its modules compiled already (pip does it at install), so the first run writes the
#: cache and the timed runs read it, even where PYTHONDONTWRITEBYTECODE is set.
PYCACHE = tempfile.mkdtemp(prefix="quotekit-bench-pyc-")
atexit.register(shutil.rmtree, PYCACHE, ignore_errors=True)


def startup_ms(setup: str, statement: str, repeat: int) -> float:
    """The best time of ``statement`` after ``setup`` in a fresh interpreter, in ms.

    With the bytecode cached, as an installed package has it (:data:`PYCACHE`): the first
    of the ``repeat`` runs writes the cache.
    """
    code = f"import time\n{setup}\nt = time.process_time()\n{statement}\n"
    code += "print(time.process_time() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    best = float("inf")
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        ).stdout
        best = min(best, float(out))
    return best * 1000


def _extract_many(texts: list[str], workers: int) -> object:
    return list(quotekit.extract_many(texts, workers=workers))


def _two_processes(texts: list[str]) -> None:
    """Every other text extracted in each of two forked processes, nothing sent back.

    The machine's own ceiling for two workers: what two processes that share no work and
    no results get out of its cores. On a machine whose two cores are shared with other
    jobs (or are one core's two threads) it is well under ×2, and ``extract_many`` cannot
    beat it.
    """
    children = []
    for part in (0, 1):
        pid = os.fork()
        if pid == 0:  # the child: its half, then out without the parent's clean-up
            try:
                for text in texts[part::2]:
                    quotekit.extract_quotes(text)
            finally:
                os._exit(0)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)


def first_pass() -> float:
    """Seconds of one pass over the corpus in a fresh process, after a first short call.

    The passes timed above meet words that earlier passes met (the morphology remembers
    each word's class): this is the pass of a process that meets the corpus for once.
    """
    code = (
        f"import sys, time\nsys.path.insert(0, {os.path.dirname(__file__)!r})\n"
        "from _corpus import load_texts\nimport quotekit\ntexts = load_texts()\n"
        "quotekit.extract_quotes('قال إن الخطة جاهزة')\nt = time.process_time()\n"
        "for text in texts:\n    quotekit.extract_quotes(text)\n"
        "print(time.process_time() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


#: Sentences repeated with new names, by the length of one: {0} is a new word each time,
#: {1} the next one's, {2} another; each new source is linked against those before it.
NEW_NAMES = {
    "new titles": ("وقال وزير ال{0} إن الخطة جاهزة. ", 35),
    "new titles and names": ("وقال وزير ال{0} إن الخطة جاهزة. وقال محمد {2} إن الخطة جاهزة. ", 70),
    "one title, new names": ("وقال وزير الخارجية، {0} {2}، إن الخطة جاهزة. ", 50),
    "new statements": ("وقال بيان {0} إن الخطة جاهزة. ", 32),
    "names in one word and two": ("وقال أبو {0} إن الخطة جاهزة. وقال أبو{1} إن الخطة جاهزة. ", 70),
}


def hostile(size: int) -> dict[str, str]:
    """Hostile inputs of about ``size`` characters (those of tests/test_robustness.py).

    Not the test's inputs of one real quote every 25 characters (speech after colons,
    sentence by sentence): they cost what that many quotes cost (x3 real text, as before
    the code that reads them), and say nothing of a pattern's backtracking.
    """
    inputs = {
        "straight marks": '"' * size,
        "guillemets": ("«" * 50 + "»" * 3) * (size // 53),
        "nested marks": "«" * (size // 2) + "»" * (size // 2),
        "cue repeated": "قال إن " * (size // 7),
        "cue and colon repeated": "وقال: " * (size // 6),
        "one colon, a long paragraph": "وقال المدرب: " + "لعبنا جيدا. " * (size // 12),
        "unclosed quote": 'قال: "' + "كلام طويل " * (size // 10),
        "one huge word": "ق" * size,
        "bidi everywhere": "\u200fقال\u202b الوزير\u202c إن " * (size // 17),
        "lone surrogates": '\ud800قال إن "\udfff" ' * (size // 12),
        "one source named again": "وقال وزير الخارجية، مايك بومبيو، إن الخطة جاهزة. "
        * (size // 47),
        "new speakers": "".join(f"وقال الوزير رقم{i} إن الخطة جاهزة. " for i in range(size // 35)),
        "source phrase repeated": "بحسب وكالة، " * (size // 12),
        "relayed source repeated": "وقالت مصادر نقلا عن مسؤولين " * (size // 29),
        "long runs of spaces": 'وبحسب المصادر التي قال الوزير "نعم"' + " " * size + "و فقد",
        "no punctuation": "وأكد الوزير أن الخطة جاهزة و " * (size // 28),
        "combining marks": "ا" + "\u0654\u064e" * (size // 2),
        "spaces and newlines": " \n" * (size // 2),
        "controls": "\x00\x01قال إن\x1f\x7f" * (size // 10),
        "honorific pronouns": "صاحب السمو الأمير وقال سموه إن " * (size // 31),
        "relative clause before cue": "وكان الوزير، الذي زار المدينة، صرح إن " * (size // 38),
        "new one-word names": "".join(f"وقال {_name(i)} إن الخطة. " for i in range(size // 22)),
    }
    for name, (sentence, length) in NEW_NAMES.items():
        words = (
            sentence.format(_name(i), _name(i + 1), _name(i + 7)) for i in range(size // length)
        )
        inputs[name] = "".join(words)
    return inputs


def _name(number: int) -> str:
    """A word of six Arabic letters for ``number``: a new name each time."""
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
    return "".join(letters[number // len(letters) ** k % len(letters)] for k in range(6))


def machine() -> str:
    """The processor, the cores and the load, as far as the system tells."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next(line.split(":", 1)[1].strip() for line in f if "model name" in line)
    except (OSError, StopIteration):
        pass
    load = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return f"{model}, {os.cpu_count()} cores, load {load}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats, scaling to 4x")
    parser.add_argument("--scale", type=int, default=8, help="the largest text, x the corpus")
    args = parser.parse_args()
    repeat = 2 if args.quick else 5
    texts = load_texts()
    chars = sum(len(t) for t in texts)
    print(f"corpus: {corpus_path()} ({len(texts)} articles, {chars:,} characters)")
    print(f"machine: {machine()}")
    quotekit.extract_quotes("قال إن الخطة جاهزة")  # build the tables outside the timing
    for text in texts:
        quotekit.extract_quotes(text)  # and meet every word once (the morphology's memo)

    times = interleaved(
        {
            "bare regex pass: marks and words": over(texts, BARE.findall),
            "bare regex pass: marks and 5 cue verbs": over(texts, CUE_VERBS.findall),
            "pyarabic chain (default preset's work)": over(texts, pyarabic_chain),
            "normalize (extraction preset)": over(
                texts, partial(quotekit.normalize, config="extraction")
            ),
            "find_cues": over(texts, quotekit.find_cues),
            "extract_quotes": over(texts, quotekit.extract_quotes),
        },
        repeat,
    )
    floor = times["bare regex pass: marks and words"]
    chain = times["pyarabic chain (default preset's work)"]
    extract = times["extract_quotes"]
    print("\nthroughput, one call per article (cost: the time over the bare pass's, the chain's)")
    print(f"  {'what':40} {'Mchar/s':>8} {'articles/s':>11} {'x bare':>8} {'x chain':>8}")
    rows = list(times.items())
    for name, seconds in rows:
        print(
            f"  {name:40} {chars / seconds / 1e6:8.2f} {len(texts) / seconds:11.0f}"
            f" {seconds / floor:8.2f} {seconds / chain:8.2f}"
        )

    first = min(first_pass() for _ in range(2 if args.quick else 3))
    print(
        f"  {'extract_quotes, first pass (fresh process)':40} {chars / first / 1e6:8.2f}"
        f" {len(texts) / first:11.0f} {first / floor:8.2f} {first / chain:8.2f}"
    )

    runs: dict[int | str, Callable[[], object]] = {
        workers: partial(_extract_many, texts, workers) for workers in (1, 2)
    }
    if hasattr(os, "fork"):
        runs["halves"] = partial(_two_processes, texts)
    pools = interleaved(runs, 2 if args.quick else 3, wall=True)
    one, two = pools[1], pools[2]
    print(f"\nextract_many over the corpus: one worker {one:.2f} s, two {two:.2f} s")
    print(f"  two workers: x{one / two:.2f}")
    ceiling = pools.get("halves", math.nan)
    print(
        f"  the machine's ceiling, half the texts in each of two forked processes:"
        f" {ceiling:.2f} s, x{one / ceiling:.2f}; extract_many gets {ceiling / two:.0%} of it"
    )

    print("\none text of the corpus joined and repeated (cost must grow linearly):")
    joined = "\n".join(texts)
    factors = [f for f in (1, 2, 4, 8, 16) if f <= (4 if args.quick else args.scale)]
    scaled = interleaved({f: partial(quotekit.extract_quotes, joined * f) for f in factors}, 1)
    one_x = partial(quotekit.extract_quotes, joined)
    scaled[1] = min(scaled[1], *(cpu_seconds(one_x) for _ in range(2)))
    for factor, seconds in scaled.items():
        print(
            f"  {factor:2}x {len(joined) * factor:>11,} chars {seconds:7.2f} s"
            f"  cost x{seconds / scaled[1]:5.2f}"
        )
    scale_ratio = scaled[8] / scaled[1] if 8 in scaled else float("nan")

    print("\nfresh processes, best of several:")
    starts = {name: startup_ms(*code, repeat + 2) for name, code in STARTUP.items()}
    for name, ms in starts.items():
        print(f"  {name:28} {ms:7.1f} ms")

    tracemalloc.start()
    for text in texts:
        quotekit.extract_quotes(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\npeak memory of one pass over the corpus: {peak / 2**20:.1f} MiB")

    size = 200_000
    real = (joined * (size // len(joined) + 1))[:size]
    print(
        f"\nhostile inputs of {size:,} characters against real text of that size, and"
        " against the same input of half the size (linear: x2):"
    )
    worst = steepest = 0.0
    halves = hostile(size // 2)
    for name, text in hostile(size).items():
        pair = interleaved(
            {
                "real": partial(quotekit.extract_quotes, real),
                "hostile": partial(quotekit.extract_quotes, text),
                "half": partial(quotekit.extract_quotes, halves[name]),
            },
            2 if args.quick else 3,
        )
        worst = max(worst, pair["hostile"] / pair["real"])
        growth = ""
        if pair["hostile"] >= _TIMED:  # shorter runs are mostly the clock's noise
            ratio = pair["hostile"] / pair["half"]
            steepest = max(steepest, ratio)
            growth = f"  2x the size x{ratio:4.2f}"
        print(
            f"  {name:24} {pair['hostile']:7.3f} s  x{pair['hostile'] / pair['real']:5.2f}"
            f"  (real text {pair['real']:.3f} s){growth}"
        )

    measured = (
        chars / extract / 1e6,
        extract / floor,
        scale_ratio,
        starts["import quotekit"],
        starts["first extract_quotes call"],
        one / two,
        worst,
        steepest,
    )
    print("\ngoals:")
    for (what, bar, larger), value in zip(GOALS, measured, strict=True):
        met = value >= bar if larger else value <= bar
        sign = ">=" if larger else "<="
        verdict = "not measured (--quick)" if math.isnan(value) else "met" if met else "NOT met"
        print(f"  {what:40} {value:8.2f}  goal {sign} {bar:<6} {verdict}")
    print(
        f"  (two workers: the machine's own ceiling here is x{one / ceiling:.2f},"
        " two forked processes with half the texts each)"
    )


if __name__ == "__main__":
    main()

"""One worker against two on Dask and on Spark, running the recipes of examples/.

Run: ``python benchmarks/bench_engines.py [--copies N] [--repeat R]`` with the engines
installed (``pip install -e '.[dask,spark]'``; Spark needs Java). The corpus, repeated
``--copies`` times with fresh ids, is split into 8 JSON Lines and 8 Parquet files; each
recipe (Dask bag over JSON Lines, Dask data frame over Parquet, Spark ``mapInPandas`` and
``mapPartitions`` over Parquet) writes the quote table as Parquet. The time is the best of
``--repeat`` runs after one warm-up run, with the cluster or session already up: what
scaling costs and gains, not start-up. The serial ``quote_table`` time is the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from _corpus import corpus_path
from dask.distributed import Client, LocalCluster
from pyspark.sql import SparkSession

import quotekit

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FILES = 8


def _best(run: Callable[[Path], object], where: Path, repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``run(output)`` after a warm-up run."""
    best = float("inf")
    for attempt in range(repeat + 1):
        output = where / f"out{attempt}"
        start = time.perf_counter()
        run(output)
        if attempt:
            best = min(best, time.perf_counter() - start)
        shutil.rmtree(output)
    return best


def _corpus(where: Path, copies: int) -> list[dict[str, object]]:
    with open(corpus_path(), encoding="utf-8") as f:
        base = [json.loads(line) for line in f if line.strip()]
    records = [{**r, "id": f"{r['id']}#{copy}"} for copy in range(copies) for r in base]
    (where / "jsonl").mkdir()
    (where / "articles.parquet").mkdir()
    size = -(-len(records) // FILES)
    for number in range(FILES):
        part = records[number * size : (number + 1) * size]
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part)
        (where / "jsonl" / f"part{number}.jsonl").write_text(lines, encoding="utf-8")
        frame = pd.DataFrame(part)
        frame.to_parquet(where / "articles.parquet" / f"part{number}.parquet", index=False)
    return records


def _dask(
    jsonl: str, parquet: str, workers: int, where: Path, repeat: int
) -> list[tuple[str, float]]:
    import dask_quotes

    def bag(output: Path) -> None:
        dask_quotes.quotes_of_jsonl(jsonl, str(output))

    def frame(output: Path) -> None:
        dask_quotes.quotes_of_parquet(parquet, str(output))

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        return [
            ("dask bag, JSON Lines", _best(bag, where, repeat)),
            ("dask frame, Parquet", _best(frame, where, repeat)),
        ]


def _spark(parquet: str, workers: int, where: Path, repeat: int) -> list[tuple[str, float]]:
    import spark_quotes

    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    articles = spark.read.parquet(parquet)

    def in_pandas(output: Path) -> None:
        spark_quotes.quotes_in_pandas(articles).write.parquet(str(output))

    def in_partitions(output: Path) -> None:
        spark_quotes.quotes_in_partitions(articles).write.parquet(str(output))

    try:
        return [
            ("spark mapInPandas, Parquet", _best(in_pandas, where, repeat)),
            ("spark mapPartitions, Parquet", _best(in_partitions, where, repeat)),
        ]
    finally:
        spark.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="corpus repetitions (default 4)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs each (default 3)")
    args = parser.parse_args()
    # The workers import the recipes from examples/, and Spark's run this interpreter.
    sys.path.insert(0, str(EXAMPLES))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(EXAMPLES), os.environ.get("PYTHONPATH")])
    )
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        records = _corpus(where, args.copies)
        chars = sum(len(str(r["text"])) for r in records)
        print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"{len(records)} articles, {chars / 1e6:.2f} million characters, {FILES} files")
        print(f"load average before: {os.getloadavg()[0]:.2f}")

        start = time.perf_counter()
        rows = sum(1 for _ in quotekit.quote_table(records))
        timings = [("serial quote_table", 1, time.perf_counter() - start)]
        print(f"{rows} rows")
        jsonl, parquet = str(where / "jsonl" / "*.jsonl"), str(where / "articles.parquet")
        for workers in (1, 2):
            timings += [
                (n, workers, s) for n, s in _dask(jsonl, parquet, workers, where, args.repeat)
            ]
        for workers in (1, 2):
            timings += [(n, workers, s) for n, s in _spark(parquet, workers, where, args.repeat)]
        print("| recipe | workers | seconds | articles/s |")
        print("| --- | --- | --- | --- |")
        for name, workers, seconds in timings:
            print(f"| {name} | {workers} | {seconds:.2f} | {len(records) / seconds:.0f} |")
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

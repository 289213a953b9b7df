"""The Dask and Spark recipes of the docs give the serial quote table, row for row.

``examples/dask_quotes.py`` and ``examples/spark_quotes.py`` run as the how-to shows them,
as scripts: Dask on a ``LocalCluster`` of two worker processes, Spark in ``local[2]`` mode,
over a few hundred corpus articles split into several files, as JSON Lines and as Parquet.
They need the engines (``pip install -e '.[dask,spark]'``), Spark a Java runtime, and the
shared corpus beside the checkout; without them they skip. ``.ci/run`` runs them as a step
of their own: ``pytest -m engines``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from quotekit import quote_table

from .conftest import SHARED

pytestmark = pytest.mark.engines

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: Corpus articles to run, and the files they are split into (several partitions).
ARTICLES = 300
FILES = 3

Rows = list[dict[str, Any]]


def _in_order(rows: Rows) -> Rows:
    # Engines may read files in another order; (id, quote_index) is unique to a row.
    return sorted(rows, key=lambda row: (row["id"], row["quote_index"]))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    """A folder with the articles as ``jsonl/*.jsonl`` and ``articles.parquet/*.parquet``."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    source = SHARED / "corpus" / "news.jsonl"
    if not source.exists():
        pytest.skip("the shared corpus is not beside this checkout")
    with open(source, encoding="utf-8") as f:
        lines = list(islice(f, ARTICLES))
    where = tmp_path_factory.mktemp("corpus")
    (where / "jsonl").mkdir()
    (where / "articles.parquet").mkdir()
    size = -(-len(lines) // FILES)
    for number in range(FILES):
        part = lines[number * size : (number + 1) * size]
        (where / "jsonl" / f"part{number}.jsonl").write_text("".join(part), encoding="utf-8")
        frame = pd.DataFrame([json.loads(line) for line in part])
        frame.to_parquet(where / "articles.parquet" / f"part{number}.parquet", index=False)
    return where, [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def serial(corpus: tuple[Path, Rows]) -> Rows:
    rows = _in_order(list(quote_table(corpus[1])))
    assert len(rows) > ARTICLES and len({row["id"] for row in rows}) > ARTICLES // 2
    return rows


def _run(script: str, where: Path, source: str, output: Path, *options: str) -> Rows:
    """Run a recipe in ``where`` on ``source``; return the rows it wrote to ``output``."""
    parquet = pytest.importorskip("pyarrow.parquet")
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), source, str(output), *options],
        cwd=where,
        env={**os.environ, "SPARK_LOCAL_IP": "127.0.0.1"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    rows: Rows = parquet.read_table(output).to_pylist()
    return rows


@pytest.mark.parametrize("source", ["jsonl/*.jsonl", "articles.parquet"])
def test_dask_on_two_worker_processes(
    source: str, corpus: tuple[Path, Rows], serial: Rows, tmp_path: Path
) -> None:
    pytest.importorskip("dask.distributed")
    rows = _run("dask_quotes.py", corpus[0], source, tmp_path / "quotes", "--workers", "2")
    assert _in_order(rows) == serial


@pytest.mark.parametrize(
    ("source", "method"), [("jsonl", "mapinpandas"), ("articles.parquet", "mappartitions")]
)
def test_spark_local_2(
    source: str, method: str, corpus: tuple[Path, Rows], serial: Rows, tmp_path: Path
) -> None:
    pytest.importorskip("pyspark")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("Spark needs a Java runtime: none on PATH and no JAVA_HOME")
    options = ("--master", "local[2]", "--method", method)
    rows = _run("spark_quotes.py", corpus[0], source, tmp_path / "quotes", *options)
    assert _in_order(rows) == serial

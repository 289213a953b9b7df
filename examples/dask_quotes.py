"""The quotes of a large corpus on a Dask cluster, written as Parquet.

JSON Lines go through ``dask.bag``, Parquet through ``dask.dataframe``; both end in one
Parquet file per partition holding the rows of :func:`quotekit.quote_table`::

    pip install 'quotekit-ar[dask]'
    python dask_quotes.py 'corpus/*.jsonl' quotes/ --workers 4
    python dask_quotes.py articles.parquet quotes/ --workers 4     # a file or folder

This starts a ``LocalCluster`` of worker processes on this machine; give ``--scheduler``
the address of a running cluster instead. Every worker imports quotekit, so it must be
installed wherever the workers run.
"""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Mapping
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster

import quotekit

#: The pandas dtype of each quote column type. Nullable integers keep a quote without a
#: cue or speaker from turning a whole offset column into floats.
DTYPES = {"string": "string", "integer": "Int64", "number": "float64"}


def table_meta(fields: Mapping[str, Any]) -> pd.DataFrame:
    """The empty quote table of articles whose columns have the dtypes ``fields``.

    Its columns are those of :func:`quotekit.quote_table` rows: the ``id``, the other
    fields but the ``text``, then ``quotekit.COLUMNS``.
    """
    kept = ["id", *(name for name in fields if name not in ("id", "text"))]
    columns = {name: pd.Series(dtype=fields.get(name, "string")) for name in kept}
    for column in quotekit.COLUMNS:
        columns[column.name] = pd.Series(dtype=DTYPES[column.type])
    return pd.DataFrame(columns)


def quote_frame(articles: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """The quote table of one partition of articles, with the columns and dtypes of ``meta``."""
    rows = quotekit.quote_table(articles.to_dict("records"))
    return pd.DataFrame(list(rows), columns=meta.columns).astype(meta.dtypes.to_dict())


def quotes_of_jsonl(pattern: str, output: str) -> None:
    """Read JSON Lines files as a bag of records and write their quote table as Parquet."""
    records = db.read_text(pattern, blocksize="32MiB").map(json.loads)
    (first,) = records.take(1)
    meta = table_meta(pd.DataFrame([first]).dtypes.to_dict())
    rows = records.map_partitions(quotekit.quote_table)
    rows.to_dataframe(meta=meta).to_parquet(output, write_index=False)


def quotes_of_parquet(path: str, output: str) -> None:
    """Read Parquet articles as a data frame and write their quote table as Parquet."""
    articles = dd.read_parquet(path)
    meta = table_meta(articles.dtypes.to_dict())
    quotes = articles.map_partitions(functools.partial(quote_frame, meta=meta), meta=meta)
    quotes.to_parquet(output, write_index=False)


def main() -> None:
    """Run the recipe on the command line's input and output."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines files (a glob), or Parquet (*.parquet)")
    parser.add_argument("output", help="the folder to write the Parquet quote table to")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = parser.parse_args()
    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
    else:
        # Extraction is pure Python: one thread per process, processes for parallelism.
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        if args.input.endswith(".parquet"):
            quotes_of_parquet(args.input, args.output)
        else:
            quotes_of_jsonl(args.input, args.output)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()

"""The quotes of a large corpus on Spark, written as Parquet.

Articles are a Spark DataFrame (read from JSON Lines or Parquet); their quote table, the
rows of :func:`quotekit.quote_table`, comes from ``mapInPandas`` (Arrow batches, the
default) or from ``mapPartitions`` over the rows::

    pip install 'quotekit-ar[spark]'       # Spark itself needs a Java runtime, 17 or newer
    python spark_quotes.py corpus.jsonl quotes/ --master 'local[4]'
    spark-submit spark_quotes.py articles.parquet quotes/ --method mappartitions

Spark runs the Python functions below in worker processes that it starts with the
interpreter named by ``PYSPARK_PYTHON`` (``python3`` when it is unset), not the one running
this script: that interpreter, on every machine of the cluster, must have quotekit.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd
from pyspark.sql import DataFrame, Row, SparkSession, types

import quotekit

#: The Spark type of each quote column type.
SPARK_TYPES = {
    "string": types.StringType(),
    "integer": types.LongType(),
    "number": types.DoubleType(),
}


def quote_schema(articles: types.StructType) -> types.StructType:
    """The schema of the quote table of articles with the schema ``articles``.

    Its fields are those of :func:`quotekit.quote_table` rows: the ``id``, the other
    fields but the ``text``, then ``quotekit.COLUMNS``.
    """
    fields = [articles["id"], *(f for f in articles.fields if f.name not in ("id", "text"))]
    for column in quotekit.COLUMNS:
        fields.append(types.StructField(column.name, SPARK_TYPES[column.type], column.nullable))
    return types.StructType(fields)


def quotes_in_pandas(articles: DataFrame) -> DataFrame:
    """The quote table of ``articles``, one pandas batch of articles at a time."""
    schema = quote_schema(articles.schema)

    def table(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            rows = quotekit.quote_table(batch.to_dict("records"))
            yield pd.DataFrame(list(rows), columns=schema.names)

    return articles.mapInPandas(table, schema)


def quotes_in_partitions(articles: DataFrame) -> DataFrame:
    """The quote table of ``articles``, one partition of rows at a time."""
    schema = quote_schema(articles.schema)

    def table(partition: Iterable[Row]) -> Iterator[tuple[Any, ...]]:
        for row in quotekit.quote_table(article.asDict() for article in partition):
            yield tuple(row.get(name) for name in schema.names)

    return articles.sparkSession.createDataFrame(articles.rdd.mapPartitions(table), schema)


def main() -> None:
    """Run the recipe on the command line's input and output."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines (a file or folder), or Parquet (*.parquet)")
    parser.add_argument("output", help="the folder to write the Parquet quote table to")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (spark-submit sets it)")
    parser.add_argument("--method", choices=("mapinpandas", "mappartitions"), default="mapinpandas")
    args = parser.parse_args()
    # Local mode: let the workers run this very interpreter, which has quotekit. On a
    # cluster, set PYSPARK_PYTHON to a Python that has quotekit on every worker.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("quotekit")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        read = spark.read.parquet if args.input.endswith(".parquet") else spark.read.json
        articles = read(args.input)
        method = quotes_in_pandas if args.method == "mapinpandas" else quotes_in_partitions
        method(articles).write.mode("overwrite").parquet(args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()

"""Run DuckDB SQL over a coded dataset through a view named `events`.

The dataset's files are only ever read (read_parquet), the database lives in memory, and
only statements that read are run: no query can change, delete or add a file.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from .errors import QueryError
from .writer import EVENT_SCHEMA


def connect(data) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the view `events` over DATA/events."""
    root = Path(data) / "events"
    if not Path(data).exists():
        raise QueryError("no_dataset", str(data))
    con = duckdb.connect(":memory:")
    if any(root.glob("year=*/month=*/*.parquet")):
        glob = str(root / "year=*" / "month=*" / "*.parquet").replace("'", "''")
        con.execute("CREATE VIEW events AS SELECT * REPLACE (CAST(year AS INTEGER) AS year, CAST(month AS INTEGER) AS month) "
                    f"FROM read_parquet('{glob}', hive_partitioning = true)")
    else:  # a run that coded no events still answers queries, with no rows
        con.register("_empty_events", EVENT_SCHEMA.empty_table())
        con.execute("CREATE VIEW events AS SELECT *, NULL::INTEGER AS year, NULL::INTEGER AS month FROM _empty_events")
    return con


READ_ONLY = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})


def read_only_statements(con, sql: str) -> list:
    """Parse SQL into statements, refusing any that is not a read (COPY, CREATE, ATTACH, SET...)."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError("sql", str(exc).splitlines()[0]) from None
    for statement in statements:
        if statement.type not in READ_ONLY:
            raise QueryError("not_read_only", statement.type.name)
    return statements


def run_query(sql: str, data="out") -> tuple[list[str], list[tuple]]:
    """(column names, rows) of the last statement of a read-only SQL query over the dataset."""
    con = connect(data)
    try:
        statements = read_only_statements(con, sql)
        cursor = None
        for statement in statements:
            cursor = con.execute(statement)
        if cursor is None:
            return [], []
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()
    except duckdb.Error as exc:
        raise QueryError("sql", str(exc).splitlines()[0]) from None
    finally:
        con.close()


def scan(data="out"):
    """The events dataset as a polars LazyFrame (hive partitions become integer year and month)."""
    import polars as pl

    root = Path(data) / "events"
    if not any(root.glob("year=*/month=*/*.parquet")):
        raise QueryError("no_dataset", str(data))
    return pl.scan_parquet(str(root / "**" / "*.parquet"), hive_partitioning=True)

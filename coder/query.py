"""Run DuckDB SQL over a coded dataset through the view `events` and the analysis views.

The dataset's files are only ever read (read_parquet), the database lives in memory, and
only statements that read are run: no query can change, delete or add a file. The views
`events_dedup`, `dyad_month`, `actor_month` and `root_month` are defined in views.py.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from . import views
from .errors import QueryError
from .writer import EVENT_SCHEMA


def connect(data) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the view `events` over DATA/events, and the analysis views."""
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
    views.register(con)
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


class Dataset:
    """A coded dataset opened for analysis: DuckDB relations and polars LazyFrames over its views.

        with coder.open_dataset("out") as ds:
            ds.relation("dyad_month").filter("source_country = 'IRN'").df()
            ds.lazy("events_dedup").group_by("event_code").len().collect()

    Like `coder query`, it is read-only: `sql` refuses statements that write.
    """

    VIEWS = ("events", *views.VIEWS)

    def __init__(self, data="out"):
        self.path = Path(data)
        self.con = connect(data)

    def relation(self, name: str = "events") -> duckdb.DuckDBPyRelation:
        """A DuckDB relation over one of the views (see Dataset.VIEWS)."""
        if name not in self.VIEWS:
            raise QueryError("no_view", f"{name!r} (expected one of {', '.join(self.VIEWS)})")
        return self.con.table(name)

    def sql(self, sql: str) -> duckdb.DuckDBPyRelation:
        """A relation for one read-only SQL statement over the views."""
        statements = read_only_statements(self.con, sql)
        if len(statements) != 1:
            raise QueryError("one_statement", len(statements))
        try:
            return self.con.sql(sql)
        except duckdb.Error as exc:
            raise QueryError("sql", str(exc).splitlines()[0]) from None

    def lazy(self, name: str = "events"):
        """A polars LazyFrame over a view; `events` is scanned straight from the Parquet files.

        Frames over the other views read through this connection: collect them before close().
        """
        if name == "events" and any((self.path / "events").glob("year=*/month=*/*.parquet")):
            return scan(self.path)
        relation = self.relation(name)
        try:
            return relation.pl(lazy=True)
        except TypeError:  # DuckDB before 1.4 has no lazy polars export
            return relation.pl().lazy()

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_dataset(data="out") -> Dataset:
    """Open a dataset written by `coder code --out DATA` for analysis in Python."""
    return Dataset(data)

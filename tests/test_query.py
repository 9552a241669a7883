import json

import pytest

from coder.batch import run
from coder.errors import QueryError
from coder.query import run_query


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, mini):
    root = tmp_path_factory.mktemp("q")
    inp = root / "in.jsonl"
    stories = [
        {"id": "a", "date": "2020-08-17", "text": "Iran met Syria. Syria condemned the United States."},
        {"id": "b", "date": "2020-09-01", "text": "Iran and Syria discussed sanctions."},
        {"id": "c", "date": "2021-02-03", "text": "Israeli troops fired missiles at Syria."},
    ]
    inp.write_text("".join(json.dumps(s) + "\n" for s in stories))
    run([inp], root / "out", mini)
    return root / "out"


def test_group_by_dyad(dataset):
    cols, rows = run_query(
        "SELECT source_country, target_country, event_code, count(*) AS n FROM events GROUP BY ALL ORDER BY ALL", dataset)
    assert cols == ["source_country", "target_country", "event_code", "n"]
    assert rows == [("IRN", "SYR", "040", 2), ("ISR", "SYR", "195", 1), ("SYR", "IRN", "040", 1), ("SYR", "USA", "111", 1)]


def test_partition_columns_and_types(dataset):
    _, rows = run_query("SELECT DISTINCT year, month, typeof(date), typeof(event_code) FROM events ORDER BY 1, 2", dataset)
    assert [(r[0], r[1]) for r in rows] == [(2020, 8), (2020, 9), (2021, 2)]
    assert rows[0][2:] == ("DATE", "VARCHAR")


def test_bad_sql_is_a_query_error(dataset):
    with pytest.raises(QueryError, match="query failed"):
        run_query("SELECT nope FROM events", dataset)


def test_missing_dataset(tmp_path):
    with pytest.raises(QueryError, match="no events dataset"):
        run_query("SELECT 1", tmp_path / "absent")


def test_dataset_with_no_events_still_answers(tmp_path, mini):
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "a", "date": "2020-01-01", "text": "Markets rose."}) + "\n")
    run([inp], tmp_path / "out", mini)
    cols, rows = run_query("SELECT count(*) AS n FROM events", tmp_path / "out")
    assert rows == [(0,)]


@pytest.mark.parametrize("sql", [
    "DELETE FROM events",
    "COPY (SELECT * FROM events) TO '{target}'",
    "SELECT 1; COPY (SELECT 1) TO '{target}'",
    "CREATE TABLE t AS SELECT * FROM events",
    "ATTACH '{target}' AS other",
])
def test_queries_cannot_change_the_dataset_or_write_files(dataset, sql):
    before = sorted((p, p.stat().st_mtime_ns) for p in dataset.rglob("*"))
    target = dataset / "events" / "year=2020" / "month=08" / "extra.parquet"
    with pytest.raises(QueryError, match="only queries that read are allowed"):
        run_query(sql.format(target=target), dataset)
    assert sorted((p, p.stat().st_mtime_ns) for p in dataset.rglob("*")) == before
    assert not target.exists()


def test_reading_statements_are_allowed(dataset):
    assert run_query("EXPLAIN SELECT count(*) FROM events", dataset)[1]
    assert run_query("DESCRIBE events", dataset)[1]
    cols, rows = run_query("WITH d AS (SELECT DISTINCT event_code FROM events) SELECT count(*) AS n FROM d", dataset)
    assert rows == [(3,)]


def test_polars_lazyframe_over_the_same_dataset(dataset):
    import polars as pl

    from coder.query import scan

    frame = scan(dataset).group_by("event_code").agg(pl.len().alias("n")).sort("event_code").collect()
    assert frame.rows() == [("040", 3), ("111", 1), ("195", 1)]
    assert scan(dataset).select(pl.col("month").max()).collect().item() == 9

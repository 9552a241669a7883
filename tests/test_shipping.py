"""A worker's batch sent back as one Arrow table: the writer makes of it what it makes of dicts."""

import duckdb
import pytest

from coder.batch import code_result
from coder.dataset import IdSet
from coder.records import Story
from coder.shipping import pack, unpack
from coder.writer import DatasetWriter, EventRows

STORIES = [
    Story("s1", "2020-08-17", "Iran met Syria on Monday. Syria condemned the United States."),
    Story("s2", "2020-09-01", "Nothing of note happened."),
    Story("s3", "2021-01-05", "Israeli troops fired missiles at Syria. Turkey condemned Israel."),
    Story("s1", "2020-08-17", "Iran met Syria on Monday."),  # the same story again: its event only once
]


def written(out):
    return duckdb.sql(f"select * exclude (year, month, filename), regexp_extract(filename, 'year=.*') as part "
                      f"from read_parquet('{out}/events/**/*.parquet', hive_partitioning = true, "
                      f"filename = true) order by all").fetchall()


@pytest.fixture
def results(mini):
    return [code_result(story, mini) for story in STORIES]


def test_each_story_gets_its_own_rows_of_the_batch_table(results):
    shipped = unpack(pack(results))
    assert [len(c.good) for c in shipped] == [len(c.good) for c in results] == [2, 0, 2, 1]
    assert all(isinstance(c.good, EventRows) for c in shipped)
    for before, after in zip(results, shipped):
        rows = after.good.table.slice(after.good.start, len(after.good)).to_pylist()
        assert [r["event_id"] for r in rows] == [r["event_id"] for r in before.good]
        assert (after.sentences, after.too_long, after.bad) == (before.sentences, before.too_long, before.bad)


def test_the_writer_writes_shipped_rows_as_it_writes_dicts(tmp_path, results):
    for name, goods in (("dicts", [c.good for c in results]), ("rows", [c.good for c in unpack(pack(results))])):
        writer = DatasetWriter(tmp_path / name, "run", batch_rows=3, seen=IdSet())  # a flush in the middle
        for good in goods:
            writer.add(good)
        writer.close()
        assert (writer.rows, writer.skipped) == (4, 1)
    assert written(tmp_path / "rows") == written(tmp_path / "dicts")
    assert len(written(tmp_path / "rows")) == 4

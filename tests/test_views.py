"""The analysis views against figures computed by hand (in Python) from a real coded dataset."""

import json

import polars as pl
import pytest

from analytics_data import aggregate, code_dataset, dedup, month_of, read_events, weight
from coder import open_dataset
from coder.errors import QueryError
from coder.query import run_query
from coder.views import VIEW_COLUMNS


@pytest.fixture(scope="module")
def coded(tmp_path_factory, full):
    out = code_dataset(tmp_path_factory.mktemp("views"), full)
    events = read_events(out)
    return out, events, dedup(events)


def rows_of(out, sql):
    columns, rows = run_query(sql, out)
    return [dict(zip(columns, r)) for r in rows]


def test_the_dataset_has_something_to_collapse(coded):
    _, events, groups = coded
    assert len(groups) < len(events)
    assert any(g["num_mentions"] > g["num_stories"] > 1 for g in groups.values())


def test_events_is_every_coded_event(coded):
    out, events, _ = coded
    assert rows_of(out, "SELECT count(*) AS n FROM events") == [{"n": len(events)}]


def test_events_dedup_keeps_one_row_per_day_dyad_and_code(coded):
    out, _, groups = coded
    got = rows_of(out, "SELECT * FROM events_dedup")
    assert len(got) == len(groups)
    for row in got:
        want = groups[(row["date"], row["source_actor"], row["target_actor"], row["event_code"])]
        assert (row["num_mentions"], row["num_stories"], row["num_sources"]) == (
            want["num_mentions"], want["num_stories"], want["num_sources"])
        assert row["event_id"] == want["event_id"]  # the earliest sentence's event is the one kept
    assert sum(r["num_mentions"] for r in got) == sum(g["num_mentions"] for g in groups.values())


def test_dyad_month_counts_goldstein_and_quad_classes(coded):
    out, _, groups = coded
    want = aggregate(groups.values(), lambda e: (e["source_country"], e["target_country"], month_of(e["date"])))
    got = rows_of(out, "SELECT * FROM dyad_month")
    assert list(got[0]) == VIEW_COLUMNS["dyad_month"]
    assert len(got) == len(want)
    for row in got:
        w = want[(row["source_country"], row["target_country"], row["month"])]
        assert (row["events"], row["mentions"]) == (w["events"], w["mentions"])
        assert row["goldstein_sum"] == pytest.approx(w["goldstein_sum"])
        assert row["goldstein_mean"] == pytest.approx(w["goldstein_sum"] / w["events"])
        assert [row["verbal_coop"], row["material_coop"], row["verbal_conflict"], row["material_conflict"]] == w["quads"]


def test_actor_month_counts_both_roles(coded):
    out, _, groups = coded
    sides = [dict(e, actor=e["source_actor"], role="source") for e in groups.values()] + \
            [dict(e, actor=e["target_actor"], role="target") for e in groups.values()]
    want = aggregate(sides, lambda e: (e["actor"], month_of(e["date"])))
    got = rows_of(out, "SELECT * FROM actor_month")
    assert list(got[0]) == VIEW_COLUMNS["actor_month"]
    assert len(got) == len(want)
    for row in got:
        key = (row["actor"], row["month"])
        mine = [e for e in sides if (e["actor"], month_of(e["date"])) == key]
        assert row["events"] == want[key]["events"] == row["as_source"] + row["as_target"]
        assert row["as_source"] == sum(e["role"] == "source" for e in mine)
        assert row["goldstein_as_source"] == pytest.approx(sum(weight(e) for e in mine if e["role"] == "source"))
        assert row["goldstein_as_target"] == pytest.approx(sum(weight(e) for e in mine if e["role"] == "target"))
        assert [row["verbal_coop"], row["material_coop"], row["verbal_conflict"], row["material_conflict"]] == \
            want[key]["quads"]


def test_root_month(coded):
    out, _, groups = coded
    want = aggregate(groups.values(), lambda e: (e["root_code"], month_of(e["date"])))
    got = rows_of(out, "SELECT * FROM root_month")
    assert list(got[0]) == VIEW_COLUMNS["root_month"]
    assert {(r["root_code"], r["month"]): (r["events"], r["mentions"], round(r["goldstein_sum"], 6)) for r in got} == \
        {k: (w["events"], w["mentions"], round(w["goldstein_sum"], 6)) for k, w in want.items()}


def test_open_dataset_gives_relations_and_lazy_frames(coded):
    out, events, groups = coded
    with open_dataset(out) as ds:
        assert ds.relation("events").aggregate("count(*)").fetchall() == [(len(events),)]
        lazy = ds.lazy("events_dedup")
        assert isinstance(lazy, pl.LazyFrame)
        assert lazy.select(pl.col("num_mentions").sum()).collect().item() == len(events)
        assert ds.lazy("events").select(pl.len()).collect().item() == len(events)
        by_root = ds.lazy("root_month").group_by("root_code").agg(pl.col("events").sum()).collect()
        assert dict(by_root.rows()) == {r: sum(g["root_code"] == r for g in groups.values())
                                        for r in {g["root_code"] for g in groups.values()}}
        assert ds.sql("SELECT count(*) FROM dyad_month").fetchall()[0][0] > 0


def test_open_dataset_stays_read_only(coded, tmp_path):
    out, _, _ = coded
    target = tmp_path / "copy.csv"
    with open_dataset(out) as ds:
        with pytest.raises(QueryError, match="only queries that read"):
            ds.sql(f"COPY (SELECT * FROM events) TO '{target}'")
        with pytest.raises(QueryError, match="no view"):
            ds.relation("secrets")
    assert not target.exists()


def test_views_answer_on_a_dataset_with_no_events(tmp_path, full):
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "x", "date": "2020-01-01", "text": "The weather was fine."}) + "\n")
    from coder.batch import run

    run([inp], tmp_path / "out", full)
    for view in VIEW_COLUMNS:
        assert run_query(f"SELECT count(*) FROM {view}", tmp_path / "out")[1] == [(0,)]

"""A whole coding run on real files: Parquet partitions, rejects, run summaries."""

import json

import pyarrow.parquet as pq
import pytest

from coder.batch import run
from coder.events import event_id


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


STORIES = [
    {"id": "s1", "date": "2020-08-17", "text": "Iran met Syria on Monday. Syria condemned the United States."},
    {"id": "s2", "date": "2021-01-05", "text": "Israeli troops fired missiles at Syria. The weather was fine."},
    {"id": "s3", "date": "2021-01-20", "text": "Nothing of note happened."},
]


@pytest.fixture
def coded(tmp_path, mini):
    inp = write_jsonl(tmp_path / "in.jsonl", STORIES)
    summary = run([inp], tmp_path / "out", mini)
    return tmp_path / "out", summary


def test_events_are_partitioned_by_year_and_month(coded):
    out, summary = coded
    files = sorted(p.relative_to(out / "events").parent.as_posix() for p in (out / "events").rglob("*.parquet"))
    assert files == ["year=2020/month=08", "year=2021/month=01"]
    table = pq.read_table(out / "events" / "year=2020" / "month=08")
    rows = table.to_pylist()
    assert [(r["source_actor"], r["event_code"], r["target_actor"]) for r in rows] == [
        ("IRN", "040", "SYR"), ("SYR", "111", "USA")]
    assert rows[0]["event_code"] == "040" and rows[0]["root_code"] == "04" and rows[0]["quad_class"] == 1


def test_summary_counts_add_up_and_are_kept(coded):
    out, summary = coded
    assert (summary.stories_read, summary.sentences, summary.events, summary.rejects) == (3, 5, 3, 0)
    assert (summary.stories_with_events, summary.stories_without_events, summary.status) == (2, 1, "done")
    kept = json.loads((out / "runs" / f"{summary.run_id}.json").read_text())
    assert kept["events"] == 3 and kept["dictionary_version"] == summary.dictionary_version


def test_no_temporary_files_are_left(coded):
    out, _ = coded
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]


def test_event_ids_are_deterministic(tmp_path, mini, coded):
    out, _ = coded
    inp = write_jsonl(tmp_path / "again.jsonl", STORIES)
    run([inp], tmp_path / "out2", mini)
    ids = lambda d: sorted(pq.read_table(d / "events").column("event_id").to_pylist())  # noqa: E731
    assert ids(out) == ids(tmp_path / "out2")
    assert event_id("s", 0, 1, "IRN", "040", "SYR") != event_id("s", 0, 1, "SYR", "040", "IRN")


def test_bad_input_goes_to_rejects_with_its_reason(tmp_path, mini):
    inp = tmp_path / "mixed.jsonl"
    inp.write_text(json.dumps(STORIES[0]) + "\n{broken\n" + json.dumps({"id": "x", "date": "2020-02-31", "text": "y"}) + "\n")
    summary = run([inp], tmp_path / "out", mini)
    assert (summary.stories_read, summary.stories_rejected, summary.events) == (3, 2, 2)
    (rejects,) = (tmp_path / "out" / "rejects").glob("*.jsonl")
    lines = [json.loads(x) for x in rejects.read_text().splitlines()]
    assert [(r["kind"], r["line"], r["field"]) for r in lines] == [("input", 2, None), ("input", 3, "date")]
    assert "not valid JSON" in lines[0]["reason"] and lines[1]["message"].startswith(f"{inp}:3: field 'date'")


def test_events_failing_the_schema_are_rejected_not_dropped(tmp_path, mini, monkeypatch):
    schema = json.loads((__import__("conftest").ROOT / "schemas" / "event.schema.json").read_text())
    schema["properties"]["event_code"]["pattern"] = "^1"  # only roots 10-19 allowed: 040 must fail
    path = tmp_path / "strict.schema.json"
    path.write_text(json.dumps(schema))
    monkeypatch.setenv("CODER_SCHEMA", str(path))
    inp = write_jsonl(tmp_path / "in.jsonl", STORIES[:1])
    summary = run([inp], tmp_path / "out", mini)
    assert (summary.events, summary.events_rejected) == (1, 1)
    (rejects,) = (tmp_path / "out" / "rejects").glob("*.jsonl")
    (reject,) = [json.loads(x) for x in rejects.read_text().splitlines()]
    assert reject["kind"] == "schema" and reject["story_id"] == "s1" and reject["field"] == "$.event_code"
    assert reject["record"]["event_code"] == "040"


def test_a_run_codes_stories_as_explain_and_evaluate_do(tmp_path, mini):
    """Batch runs carry the story's memory from sentence to sentence ("It" is Iran), like explain."""
    from coder.pipeline import explain

    text = "Iran met Syria on Monday. It also condemned Israel. Police arrested protesters in Tehran."
    write_jsonl(tmp_path / "in.jsonl", [{"id": "s1", "date": "2020-08-17", "text": text}])
    run([tmp_path / "in.jsonl"], tmp_path / "out", mini, workers=1)
    rows = pq.read_table(tmp_path / "out" / "events").to_pylist()
    coded = sorted((r["source_actor"], r["event_code"], r["target_actor"]) for r in rows)
    expected = sorted((e.source_actor, e.event_code, e.target_actor)
                      for t in explain(text, "2020-08-17", mini, "s1") for e in t.events)
    assert coded == expected and ("IRN", "111", "ISR") in coded and ("IRNCOP", "173", "IRNOPP") in coded

"""Bad input, story accounting, reruns and overwrites: nothing is lost, doubled or crashes."""

import json
import os
import time

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coder import readers
from coder.batch import run
from coder.errors import DatasetError, InputError, RunStopped
from coder.readers import iter_stories

GOOD = {"id": "ok", "date": "2020-08-17", "text": "Iran met Syria. Syria condemned the United States."}


def line(record) -> bytes:
    return json.dumps(record).encode() + b"\n"


def rejects_of(out):
    return [json.loads(x) for f in sorted((out / "rejects").glob("*.jsonl")) for x in f.read_text().splitlines()]


def event_ids(out):
    """The dataset's event ids. A run killed in overwrite mode between removing the old parts and
    writing the new may leave month folders with no parts (coder query reads that as no events)."""
    parts = list((out / "events").rglob("*.parquet")) if (out / "events").exists() else []
    return pq.read_table(out / "events").column("event_id").to_pylist() if parts else []


def check_accounts(summary, out):
    """The counts add up, in the summary object and in the file kept for it."""
    assert summary.accounted()
    assert summary.stories_read == summary.stories_with_events + summary.stories_without_events + summary.stories_rejected
    assert summary.rejects == summary.stories_rejected + summary.sentences_rejected + summary.events_rejected
    assert len(rejects_of(out)) == summary.rejects
    kept = json.loads((out / "runs" / f"{summary.run_id}.json").read_text())
    assert {k: kept[k] for k in ("stories_read", "stories_with_events", "stories_without_events", "stories_rejected")} == {
        "stories_read": summary.stories_read, "stories_with_events": summary.stories_with_events,
        "stories_without_events": summary.stories_without_events, "stories_rejected": summary.stories_rejected}


# 1. Bad input, one case at a time: (bad line, field named, words of the reason)
BAD_LINES = [
    (b'{"id": "a", "date": "2020-01-01", "text": "Iran', None, ["not valid JSON", "expected one JSON object a line"]),
    (b'{"id": "a", "date": "2020-01-01"}', "text", ["missing required field", "expected the story text"]),
    (b'{"id": "", "date": "2020-01-01", "text": "x"}', "id", ["field is empty", "expected a story id"]),
    (b'{"id": "a", "date": "2020-01-01", "text": " \\n "}', "text", ["field is empty"]),
    (b'{"id": "a", "date": "2021-02-30", "text": "x"}', "date", ["expected a date as YYYY-MM-DD", "'2021-02-30'"]),
    (b'{"id": "a", "date": "2021-13-01", "text": "x"}', "date", ["expected a date as YYYY-MM-DD"]),
    (b'{"id": "a", "date": "2020-01-01", "text": "Bogot\xe1 met Iran."}', "text",
     ["not valid UTF-8", "byte 0xe1 at character 5", "expected UTF-8 text"]),
    (b'{"id": "caf\xe9", "date": "2020-01-01", "text": "x"}', "id", ["not valid UTF-8", "byte 0xe9"]),
    (b'{"id": "a", "date": "2020-01-01", "text": "Iran \\ud800 met"}', "text", ["not valid Unicode", "\\ud800"]),
    (b"[" * 100_000, None, ["not valid JSON", "nested too deeply"]),
    (b'{"id": ' + b"9" * 5000 + b', "date": "2020-01-01", "text": "x"}', None, ["not valid JSON"]),
    (b'"just a string"', None, ["expected a JSON object, got str"]),
    (b'{"id": "a", "date": "2020-01-01", "text": "x", "url": 7}', "url", ["expected a string"]),
    (b"\x00\x01\x02\xff\xfe binary \x89PNG\r\x1a", None, ["not valid UTF-8"]),
]


@pytest.mark.parametrize("bad,field,words", BAD_LINES)
def test_each_bad_line_is_rejected_with_file_line_field_and_reason(tmp_path, mini, bad, field, words):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(line({**GOOD, "id": "first"}) + bad + b"\n" + line({**GOOD, "id": "last"}))
    out = tmp_path / "out"
    summary = run([inp], out, mini)
    (reject,) = rejects_of(out)
    assert (reject["path"], reject["line"], reject["field"]) == (str(inp), 2, field)
    where = f"{inp}:2: field '{field}': " if field else f"{inp}:2: "
    assert reject["message"].startswith(where)
    for word in words:
        assert word in reject["message"]
    assert summary.stories_with_events == 2  # the rest of the input is still coded
    check_accounts(summary, out)


def test_bytes_that_are_not_utf8_in_a_field_the_coder_does_not_use_do_not_reject(tmp_path, mini):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b'{"id": "a", "date": "2020-08-17", "text": "Iran met Syria.", "note": "caf\xe9"}\n')
    summary = run([inp], tmp_path / "out", mini)
    assert (summary.stories_with_events, summary.rejects) == (1, 0)


def test_a_byte_order_mark_is_not_an_error(tmp_path, mini):
    (tmp_path / "a.jsonl").write_bytes(b"\xef\xbb\xbf" + line(GOOD))
    (tmp_path / "b.csv").write_bytes(b"\xef\xbb\xbfid,date,text\nc,2020-08-17,Iran met Syria.\n")
    summary = run([tmp_path], tmp_path / "out", mini)
    assert (summary.stories_with_events, summary.rejects) == (2, 0)


def test_binary_garbage_is_rejected_line_by_line_and_good_lines_are_still_coded(tmp_path, mini):
    rng = __import__("random").Random(6)
    garbage = bytes(rng.randrange(256) for _ in range(300_000))
    inp = tmp_path / "mixed.jsonl"
    inp.write_bytes(line({**GOOD, "id": "a"}) + garbage + b"\n" + line({**GOOD, "id": "b"}))
    out = tmp_path / "out"
    started = time.perf_counter()
    summary = run([inp], out, mini)
    assert time.perf_counter() - started < 20
    assert summary.stories_with_events == 2 and summary.stories_rejected == garbage.count(b"\n") + 1 - sum(
        1 for x in garbage.split(b"\n") if not x.strip())
    assert all(r["kind"] == "input" and r["path"] == str(inp) for r in rejects_of(out))
    check_accounts(summary, out)


def test_a_line_without_end_is_skipped_without_holding_it(tmp_path, mini, monkeypatch):
    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 1000)
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b"\x00" * 5000 + b"\n" + line(GOOD))
    summary = run([inp], tmp_path / "out", mini)
    (reject,) = rejects_of(tmp_path / "out")
    assert reject["line"] == 1 and "line too long (5,001 bytes" in reject["message"]
    assert summary.stories_with_events == 1


def test_a_10_mb_story_is_rejected_quickly_and_the_next_story_coded(tmp_path, mini):
    text = ("Iran met Syria on Monday. The United States condemned Israel. " * 170_000)[:10_000_000]
    inp = tmp_path / "big.jsonl"
    inp.write_bytes(line({"id": "big", "date": "2020-01-01", "text": text}) + line(GOOD))
    (tmp_path / "big-2020-01-01.txt").write_text(text)
    out = tmp_path / "out"
    started = time.perf_counter()
    summary = run([inp, tmp_path / "big-2020-01-01.txt"], out, mini)
    assert time.perf_counter() - started < 10
    first, second = rejects_of(out)
    assert (first["line"], first["field"]) == (1, "text")
    assert "too long (10,000,000 characters, over the limit of 1,000,000" in first["message"]
    assert "--max-story-chars" in first["message"]
    assert second["path"].endswith(".txt") and "too long" in second["message"]
    assert (summary.stories_with_events, summary.stories_rejected) == (1, 2)


def test_a_sentence_too_long_to_code_is_rejected_and_its_story_still_coded(tmp_path, mini):
    endless = "Iran met Syria and " * 5_000  # 20,000 words, no full stop
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(line({"id": "s", "date": "2020-08-17", "text": "Iran met Syria. " + endless}))
    out = tmp_path / "out"
    started = time.perf_counter()
    summary = run([inp], out, mini)
    assert time.perf_counter() - started < 10  # coding it would take minutes: time grows with length squared
    (reject,) = rejects_of(out)
    assert reject["kind"] == "sentence" and reject["sentence_index"] == 1 and reject["story_id"] == "s"
    assert "sentence 1 has 20,000 words, over the limit of 1,000" in reject["message"]
    assert (summary.stories_with_events, summary.sentences, summary.sentences_rejected, summary.events) == (1, 2, 1, 1)
    check_accounts(summary, out)


def test_csv_with_wrong_columns_rejects_every_row_naming_what_was_expected(tmp_path, mini):
    inp = tmp_path / "w.csv"
    inp.write_text("story,day,body\n1,2020-01-01,Iran met Syria.\n2,2020-01-01,x\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = run([inp], out, mini)
    rejects = rejects_of(out)
    assert [(r["line"], r["field"]) for r in rejects] == [(2, "id"), (3, "id")]
    assert "lacks required columns ['id', 'text']" in rejects[0]["message"]
    assert "expected a first row naming the columns id, text" in rejects[0]["message"]
    assert (summary.stories_read, summary.stories_rejected) == (2, 2)


def test_csv_rows_with_extra_cells_or_bad_bytes_are_rejected_and_the_rest_read(tmp_path):
    inp = tmp_path / "s.csv"
    inp.write_bytes(b"id,date,text\n"
                    b"a,2020-01-01,Iran met Syria, then left.\n"
                    b"b,2020-01-01,Bogot\xe1 met Iran.\n"
                    b'c,2020-01-01,"A quoted\nstory over two lines."\n'
                    b"d,2020-01-01,Fine.\n")
    a, b, c, d = iter_stories(inp)
    assert isinstance(a, InputError) and (a.line, a.field) == (2, None) and "more cells than the header (4 cells" in str(a)
    assert isinstance(b, InputError) and (b.line, b.field) == (3, "text") and "byte 0xe1" in str(b)
    assert (c.id, c.line, c.text) == ("c", 4, "A quoted\nstory over two lines.")
    assert (d.id, d.line) == ("d", 6)


def test_a_txt_story_that_is_not_utf8_names_the_line_of_the_bad_byte(tmp_path):
    path = tmp_path / "wire-2020-01-01.txt"
    path.write_bytes(b"Iran met Syria.\nBogot\xe1 too.\n")
    (error,) = iter_stories(path)
    assert (error.line, error.field) == (2, "text") and "byte 0xe1 at byte 21" in str(error)


def test_a_file_that_cannot_be_read_is_one_reject(tmp_path):
    folder = tmp_path / "looks-like.jsonl"
    folder.mkdir()
    (error,) = iter_stories(folder)
    assert error.path == str(folder) and "cannot read the file" in str(error)


# 2. Every story accounted for
def test_counts_add_up_on_messy_input(tmp_path, mini):
    inp = tmp_path / "messy.jsonl"
    inp.write_bytes(b"".join(bad + b"\n" for bad, _, _ in BAD_LINES) + line(GOOD)
                    + line({"id": "quiet", "date": "2020-01-01", "text": "Nothing of note."}) + b"\n\n")
    csv_in = tmp_path / "messy.csv"
    csv_in.write_bytes(b"id,date,text\nc1,2020-01-01,Iran met Syria.\nc2,2020-02-31,x\nc3,2020-01-01,a,b\n")
    out = tmp_path / "out"
    summary = run([inp, csv_in], out, mini)
    assert (summary.stories_read, summary.stories_with_events, summary.stories_without_events,
            summary.stories_rejected) == (len(BAD_LINES) + 5, 2, 1, len(BAD_LINES) + 2)
    check_accounts(summary, out)


records = st.one_of(
    st.builds(lambda i, t: line({"id": f"h{i}", "date": "2020-08-17", "text": t}), st.integers(0, 30),
              st.sampled_from(["Iran met Syria.", "Israel attacked Syria. Turkey condemned Israel.", "Nothing.", " "])),
    st.builds(lambda i, t: line({"id": f"r{i}", "date": "2021-03-04", "text": t}), st.integers(0, 30),
              st.text(max_size=200)),
    st.binary(max_size=80).map(lambda b: b + b"\n"),
    st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass") + b"\n"),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(records, max_size=25))
def test_every_story_is_accounted_for_on_random_input(tmp_path_factory, mini, lines):
    folder = tmp_path_factory.mktemp("h")
    (folder / "in.jsonl").write_bytes(b"".join(lines))
    summary = run([folder / "in.jsonl"], folder / "out", mini)
    check_accounts(summary, folder / "out")
    assert len(set(event_ids(folder / "out"))) == len(event_ids(folder / "out")) == summary.events


def test_a_strict_stop_leaves_a_summary_that_adds_up(tmp_path, mini):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(line(GOOD) + b"{oops\n" + line({**GOOD, "id": "never"}))
    out = tmp_path / "out"
    with pytest.raises(RunStopped, match="not valid JSON.*--strict: run stopped"):
        run([inp], out, mini, strict=True)
    (kept,) = [json.loads(p.read_text()) for p in (out / "runs").glob("*.json")]
    assert kept["status"] == "stopped"
    assert (kept["stories_read"], kept["stories_with_events"], kept["stories_rejected"], kept["events"]) == (2, 1, 1, 2)
    assert not (out / ".lock").exists()


# 4. Reruns and overwrites
def test_rerunning_the_same_input_adds_no_event_twice(tmp_path, mini):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(line(GOOD) + line({**GOOD, "id": "b", "date": "2021-05-01"}))
    out = tmp_path / "out"
    first = run([inp], out, mini)
    second = run([inp], out, mini)
    assert first.events == 4 and (second.events, second.events_already_present) == (0, 4)
    assert sorted(event_ids(out)) == sorted(set(event_ids(out))) and len(event_ids(out)) == 4
    # a story repeated inside one input, or in two inputs of one run, is not doubled either
    third = run([inp, inp], tmp_path / "other", mini)
    assert (third.events, third.events_already_present) == (4, 4)


def test_overwrite_replaces_what_the_same_stories_produced_and_keeps_the_rest(tmp_path, mini):
    out = tmp_path / "out"
    old = tmp_path / "old.jsonl"
    old.write_bytes(line({**GOOD, "id": "a"}) + line({**GOOD, "id": "gone", "text": "Israel attacked Syria."}))
    other = tmp_path / "other.jsonl"
    other.write_bytes(line({**GOOD, "id": "z", "date": "2019-01-01"}))
    run([old], out, mini)
    run([other], out, mini)
    new = tmp_path / "new.jsonl"  # the same stories, corrected: a's text changed, gone now codes nothing
    new.write_bytes(line({**GOOD, "id": "a", "text": "Turkey condemned Iran."})
                    + line({**GOOD, "id": "gone", "text": "Nothing of note."}))
    appended = run([new], tmp_path / "copy", mini)  # (append into a fresh folder, for comparison)
    summary = run([new], out, mini, mode="overwrite")
    rows = pq.read_table(out / "events").to_pylist()
    got = sorted((r["story_id"], r["source_actor"], r["event_code"], r["target_actor"]) for r in rows)
    assert got == [("a", "TUR", "111", "IRN"), ("z", "IRN", "040", "SYR"), ("z", "SYR", "111", "USA")]
    assert (summary.events_removed, summary.events, appended.events) == (3, 1, 1)
    again = run([new], out, mini, mode="overwrite")  # overwrite is idempotent too
    assert (again.events_removed, again.events) == (1, 1) and len(event_ids(out)) == 3


def test_unknown_mode_is_refused(tmp_path, mini):
    with pytest.raises(DatasetError, match="unknown mode 'merge'"):
        run([], tmp_path / "out", mini, mode="merge")


# 3. What a killed run leaves is cleaned up by the next run
def test_leftovers_of_a_killed_run_are_cleared_and_reported(tmp_path, mini):
    out = tmp_path / "out"
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(line(GOOD))
    run([inp], out, mini)
    month = out / "events" / "year=2020" / "month=08"
    (month / ".part-dead-00001.parquet.tmp").write_bytes(b"PAR1 half a file")
    (out / "rejects").mkdir()
    (out / "rejects" / ".rejects-dead.jsonl.tmp").write_text('{"kind": "inp')
    (out / "runs" / "dead.json").write_text(json.dumps({"run_id": "dead", "status": "running"}))
    (out / ".lock").write_text(json.dumps({"pid": 999999, "run_id": "dead", "started": "2020-01-01T00:00:00"}))
    summary = run([inp], out, mini)
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]
    assert json.loads((out / "runs" / "dead.json").read_text())["status"] == "killed"
    warnings = " | ".join(summary.warnings)
    assert "took over" in warnings and "run dead (pid 999999" in warnings
    assert "run(s) dead were killed" in warnings and "removed 2 temporary file(s)" in warnings


def test_a_part_that_is_not_parquet_stops_the_run_with_its_name(tmp_path, mini):
    out = tmp_path / "out"
    bad = out / "events" / "year=2020" / "month=01" / "part-x.parquet"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"not parquet at all")
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(line(GOOD))
    with pytest.raises(DatasetError, match=f"{bad} cannot be read.*move it out of the dataset"):
        run([inp], out, mini)
    (kept,) = [json.loads(p.read_text()) for p in (out / "runs").glob("*.json")]
    assert kept["status"] == "failed" and not (out / ".lock").exists()


def crash_child_at(n: int, job) -> int:
    """Run job() in a child that dies (os._exit: no cleanup runs, as with SIGKILL) at its
    n-th call of os.replace, os.fsync or os.unlink; return the child's exit status."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        calls = [0]

        def crash_after(real):
            def wrapper(*args):
                calls[0] += 1
                if calls[0] == n:
                    os._exit(9)
                return real(*args)
            return wrapper

        os.replace, os.fsync, os.unlink = crash_after(os.replace), crash_after(os.fsync), crash_after(os.unlink)
        try:
            job()
        finally:
            os._exit(0)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.fixture(scope="module")
def crash_input(tmp_path_factory, mini):
    """25 stories over 4 months, and the event ids a clean run gives them."""
    folder = tmp_path_factory.mktemp("crash")
    inp = folder / "in.jsonl"
    months = ["2020-01-05", "2020-02-05", "2020-03-05", "2020-04-05"]
    inp.write_bytes(b"".join(line({**GOOD, "id": f"s{i}", "date": months[i % 4]}) for i in range(25)))
    old = folder / "old.jsonl"  # the same stories coded differently before: what overwrite replaces
    old.write_bytes(inp.read_bytes().replace(b"Syria condemned", b"Turkey condemned"))
    run([inp], folder / "clean", mini, batch_rows=7)
    return inp, old, sorted(event_ids(folder / "clean"))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("mode", ["append", "overwrite"])
@pytest.mark.parametrize("crash_at", range(1, 82, 8))  # a run here makes about 56 (append) or 81 (overwrite)
def test_a_crash_at_any_file_operation_leaves_a_readable_dataset_and_a_rerun_completes_it(tmp_path, mini, crash_input,
                                                                                          mode, crash_at):
    inp, old, clean = crash_input
    out = tmp_path / "out"
    if mode == "overwrite":
        run([old], out, mini, batch_rows=7)
    status = crash_child_at(crash_at, lambda: run([inp], out, mini, batch_rows=7, mode=mode))
    assert status == 9 if crash_at < 50 else status in (0, 9)  # it died part-way (or, late on, finished)
    for part in (out / "events").rglob("*.parquet") if (out / "events").exists() else []:
        assert pq.read_metadata(part).num_rows > 0  # every visible part is whole
    ids = event_ids(out)
    assert len(ids) == len(set(ids))
    run([inp], out, mini, batch_rows=7, mode=mode)
    assert sorted(event_ids(out)) == clean


def test_the_cli_passes_mode_batch_rows_and_story_limit_through(tmp_path):
    from click.testing import CliRunner

    from conftest import MINI
    from coder.cli import cli

    inp = tmp_path / "in.jsonl"
    inp.write_bytes(line(GOOD) + line({**GOOD, "id": "b", "text": "Iran met Syria. " * 10})
                    + line({**GOOD, "id": "c", "text": "Iran met Syria."}))
    out = tmp_path / "out"
    invoke = lambda *a: CliRunner().invoke(cli, ["code", str(inp), "--out", str(out), "--dictionaries", str(MINI),  # noqa: E731
                                                 *map(str, a)])
    first = invoke("--batch-rows", 1, "--max-story-chars", 100)
    assert first.exit_code == 3 and "and rejected 1 of 3 read" in first.output and "too long (160 characters" in (
        rejects_of(out)[0]["message"])
    assert len(list((out / "events").rglob("*.parquet"))) == 2  # two stories of one month, two batches
    again = invoke("--mode", "overwrite")
    assert again.exit_code == 0 and " 13 new events, 3 earlier events removed" in again.output  # b is coded now
    assert len(event_ids(out)) == 13 and len(list((out / "events").rglob("*.parquet"))) == 1
    assert invoke("--mode", "merge").exit_code == 2


def test_an_output_that_cannot_be_written_is_a_clear_error(tmp_path, mini, monkeypatch):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(line(GOOD) + line({**GOOD, "id": "b", "date": "2020-09-01"}))
    taken = tmp_path / "a-file"
    taken.write_text("")
    with pytest.raises(DatasetError, match=f"cannot write {taken}/.lock"):
        run([inp], taken, mini)
    out = tmp_path / "out"
    real = pq.write_table

    def full_disk(table, where, **kw):
        if "month=09" in str(where):
            raise OSError(28, "No space left on device", str(where))
        return real(table, where, **kw)

    monkeypatch.setattr(pq, "write_table", full_disk)
    with pytest.raises(DatasetError, match="No space left on device; the parts already written are whole"):
        run([inp], out, mini)
    (kept,) = [json.loads(p.read_text()) for p in (out / "runs").glob("*.json")]
    assert kept["status"] == "failed" and kept["events"] == 2  # the August part was written
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]  # no temporary file, no lock
    monkeypatch.setattr(pq, "write_table", real)
    assert run([inp], out, mini).events == 2 and len(event_ids(out)) == 4


def test_ctrl_c_leaves_an_interrupted_summary_and_no_lock(tmp_path, mini):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(line(GOOD) + line({**GOOD, "id": "b"}))
    seen = []

    def interrupt_at_second(summary):
        seen.append(summary.stories_read)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run([inp], tmp_path / "out", mini, progress=interrupt_at_second)
    (kept,) = [json.loads(p.read_text()) for p in (tmp_path / "out" / "runs").glob("*.json")]
    assert (kept["status"], kept["stories_read"], kept["events"]) == ("interrupted", 1, 2)
    assert not (tmp_path / "out" / ".lock").exists()

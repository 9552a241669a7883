"""Worker processes: the same events and ids for any number of workers, bounded memory, and a
run that stops (strict, Ctrl-C, a worker killed) stops its workers and keeps its guarantees."""

import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time

import shutil

import pyarrow.parquet as pq
import pytest
from conftest import MINI, ROOT

from coder.batch import run
from coder.errors import EngineError, RunStopped
from coder.lexicon import load
from coder.batch import pairs
from coder.parallel import batches, in_order
from coder.records import Story

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes")

SENTENCES = ["Iran met Syria.", "Israeli troops fired missiles at Syria.", "Syria condemned the United States.",
             "Turkey accused Iran of violating the truce.", "The weather stayed mild.", "Officials gave no details.",
             "Markets closed higher on Tuesday.", "Washington praised Israel."]


def wire(n: int, seed: int = 4) -> bytes:
    """n stories over two years, with a bad line, a sentence too long to code and a repeated story."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 7)))
        lines.append(json.dumps({"id": f"w{i}", "date": f"{2019 + i % 2}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                 "text": text}))
    lines[17] = '{"id": "broken", "date": '
    lines[40] = json.dumps({"id": "long", "date": "2019-05-05", "text": "Iran met Syria and " * 400})
    lines.append(lines[3])  # the same story again: its events are not written twice
    return ("\n".join(lines) + "\n").encode()


def table(out):
    return pq.read_table(out / "events").sort_by("event_id")


def rejects(out):
    return [json.loads(x) for f in (out / "rejects").glob("*.jsonl") for x in f.read_text().splitlines()]


COUNTS = ("stories_read", "stories_with_events", "stories_without_events", "stories_rejected", "sentences",
          "sentences_rejected", "events", "events_already_present", "events_rejected", "rejects")


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    """The shipped dictionaries, copied: workers load the folder again, and must find what the run loaded."""
    copy = tmp_path_factory.mktemp("dicts") / "dictionaries"
    shutil.copytree(ROOT / "dictionaries", copy)
    return load(copy)


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    copy = tmp_path_factory.mktemp("mini") / "mini"
    shutil.copytree(MINI, copy)
    return load(copy)


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory, full):
    folder = tmp_path_factory.mktemp("par")
    inp = folder / "wire.jsonl"
    inp.write_bytes(wire(400))
    summary = run([inp], folder / "one", full, workers=1, batch_rows=300)
    return inp, folder / "one", summary


def test_two_workers_write_the_same_events_ids_rejects_and_parts_as_one(tmp_path, full, one_worker):
    inp, one, single = one_worker
    out = tmp_path / "two"
    summary = run([inp], out, full, workers=2, batch_stories=30, batch_rows=300)
    assert (summary.workers, summary.engine, single.workers) == (2, "local", 1)
    assert single.events > 300 and single.events_already_present > 0 and single.rejects == 2
    assert [getattr(summary, k) for k in COUNTS] == [getattr(single, k) for k in COUNTS]
    assert table(out).column("event_id").to_pylist() == table(one).column("event_id").to_pylist()
    assert table(out).equals(table(one))  # every column of every row
    drop_run = lambda rs: [{k: v for k, v in r.items() if k != "run_id"} for r in rs]  # noqa: E731
    assert drop_run(rejects(out)) == drop_run(rejects(one))
    # the same rows in the same parts, in the same order: parts differ only by the run id in their names
    shape = lambda d, s: [(p.parent.name, p.name.replace(s.run_id, "R"), pq.read_table(p).column("event_id").to_pylist())  # noqa: E731
                          for p in sorted((d / "events").rglob("*.parquet"))]
    assert shape(out, summary) == shape(one, single)
    kept = json.loads((out / "runs" / f"{summary.run_id}.json").read_text())
    assert (kept["workers"], kept["engine"], kept["status"]) == (2, "local", "done")


def test_a_rerun_with_workers_adds_nothing_and_overwrite_gives_the_same_dataset(tmp_path, full, one_worker):
    inp, one, single = one_worker
    out = tmp_path / "out"
    run([inp], out, full, workers=2, batch_stories=50)
    again = run([inp], out, full, workers=2, batch_stories=50)
    assert (again.events, again.events_already_present) == (0, single.events + single.events_already_present)
    over = run([inp], out, full, workers=2, batch_stories=50, mode="overwrite")
    assert (over.events_removed, over.events) == (single.events, single.events)
    assert table(out).equals(table(one))


def test_an_input_of_one_batch_is_coded_without_starting_workers(tmp_path, mini):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(wire(60))
    summary = run([inp], tmp_path / "out", mini, workers=2, batch_stories=100)
    assert summary.workers == 1 and summary.events > 0 and not multiprocessing.active_children()


def test_in_order_keeps_at_most_window_batches_in_flight_and_hands_them_back_in_order():
    pulled, submitted = [], []

    def source():
        for i in range(20):
            pulled.append(i)
            yield [Story(f"s{i}", "2020-01-01", "x"), f"reject {i}"]

    def submit(stories):
        submitted.append(stories)
        return len(submitted) - 1

    seen = []
    for batch, future in in_order(source(), submit, lambda: 3):
        assert len(pulled) - len(seen) <= 3  # read ahead of what the writer took: at most the window
        seen.append(future)
        assert batch[0].id == f"s{future}"
    assert seen == list(range(20)) and all(len(s) == 1 for s in submitted)  # rejects are not sent to workers
    assert [len(b) for b in batches(range(7), 3)] == [3, 3, 1]
    assert list(pairs(["reject", Story("a", "2020-01-01", "x")], ["coded"])) == [("reject", None),
                                                                               (Story("a", "2020-01-01", "x"), "coded")]


def test_strict_with_workers_stops_at_the_same_reject_as_one_worker(tmp_path, full, one_worker):
    inp = one_worker[0]
    with pytest.raises(RunStopped, match="not valid JSON") as one:
        run([inp], tmp_path / "one", full, strict=True)
    with pytest.raises(RunStopped, match="not valid JSON") as two:
        run([inp], tmp_path / "two", full, strict=True, workers=2, batch_stories=5)
    assert str(one.value).replace("/one/", "/") == str(two.value).replace("/two/", "/")
    kept = [json.loads(next((tmp_path / d / "runs").glob("*.json")).read_text()) for d in ("one", "two")]
    assert [[k[c] for c in COUNTS] for k in kept][0] == [[k[c] for c in COUNTS] for k in kept][1]
    assert kept[1]["status"] == "stopped" and kept[1]["stories_read"] == 18
    assert table(tmp_path / "one").equals(table(tmp_path / "two"))
    assert not multiprocessing.active_children()


def test_ctrl_c_with_workers_stops_them_and_leaves_an_interrupted_summary(tmp_path, mini, one_worker):
    calls = []

    def interrupt(summary):
        calls.append(1)
        if len(calls) == 50:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run([one_worker[0]], tmp_path / "out", mini, workers=2, batch_stories=20, progress=interrupt)
    (kept,) = [json.loads(p.read_text()) for p in (tmp_path / "out" / "runs").glob("*.json")]
    assert (kept["status"], kept["stories_read"]) == ("interrupted", 49)
    assert not (tmp_path / "out" / ".lock").exists() and not multiprocessing.active_children()


def test_a_worker_killed_mid_run_is_a_clear_error_and_a_rerun_completes_the_dataset(tmp_path, mini):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(wire(600))
    clean = run([inp], tmp_path / "clean", mini, workers=1)
    out = tmp_path / "out"

    def kill_a_worker(summary):
        if summary.stories_read == 10:
            os.kill(multiprocessing.active_children()[0].pid, signal.SIGKILL)

    with pytest.raises(EngineError, match="a worker process died .* rerun the same input"):
        run([inp], out, mini, workers=2, batch_stories=10, progress=kill_a_worker)
    (kept,) = [json.loads(p.read_text()) for p in (out / "runs").glob("*.json")]
    assert kept["status"] == "failed" and 0 < kept["stories_read"] < 600 and not (out / ".lock").exists()
    assert not multiprocessing.active_children()
    rerun = run([inp], out, mini, workers=2, batch_stories=10)
    assert rerun.events_already_present > 0 and table(out).equals(table(tmp_path / "clean"))
    assert clean.events == len(table(out))


def children(pid: int) -> list[int]:
    """Pids whose parent is pid (Linux /proc)."""
    found = []
    for stat in os.listdir("/proc"):
        try:
            fields = open(f"/proc/{stat}/stat").read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if stat.isdigit() and int(fields[1]) == pid:
            found.append(int(stat))
    return found


def alive(pid: int) -> bool:
    try:
        state = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc")
def test_workers_of_a_killed_run_exit_by_themselves_and_do_not_hold_the_lock(tmp_path, mini):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(wire(3000))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "coder", "code", inp, "--out", out, "--dictionaries", mini.path,
                             "--workers", "2", "--batch-rows", "100", "-q"], cwd=ROOT, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not (out / "events").exists() or not list((out / "events").rglob("*.parquet")):
        assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
        time.sleep(0.02)
    workers = children(proc.pid)
    assert len(workers) >= 2  # the two workers (and multiprocessing's resource tracker)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(alive(p) for p in workers):
        assert time.monotonic() < deadline, "workers outlived their run"
        time.sleep(0.1)
    again = subprocess.run([sys.executable, "-m", "coder", "code", inp, "--out", out, "--dictionaries", mini.path, "-q"],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 3 and "took over" in again.stderr  # 3: the input holds two rejects


def test_dictionaries_changed_after_the_run_loaded_them_are_refused_by_the_workers(tmp_path):
    folder = tmp_path / "dictionaries"
    shutil.copytree(MINI, folder)
    lexicon = load(folder)
    with open(folder / "agents.txt", "a", encoding="utf-8") as fh:
        fh.write("# edited while the run was starting\n")
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(wire(100))
    with pytest.raises(EngineError, match=f"{folder} is version .*, the run loaded {lexicon.version}"):
        run([inp], tmp_path / "out", lexicon, workers=2, batch_stories=10)
    (kept,) = [json.loads(p.read_text()) for p in (tmp_path / "out" / "runs").glob("*.json")]
    assert kept["status"] == "failed" and kept["events"] == 0

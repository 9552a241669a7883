"""Real processes: SIGKILL a long `coder code` run mid-way, and two runs into one folder at once."""

import json
import random
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

from conftest import MINI, ROOT
from coder.batch import run
from coder.errors import DatasetError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and flock")

ACTORS = ["Iran", "Syria", "the United States", "Israel", "Turkey", "Iranian troops", "the Syrian foreign minister",
          "Washington", "Damascus", "Tehran"]
VERBS = ["met", "condemned", "attacked", "fired missiles at", "arrested", "sanctioned"]


def stories(n: int, seed: int = 6) -> str:
    """n wire-like stories over three months, with events the mini dictionaries code."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = " ".join(f"{a} {rng.choice(VERBS)} {b}." for a, b in (rng.sample(ACTORS, 2) for _ in range(4)))
        out.append(json.dumps({"id": f"k{i}", "date": f"2020-0{1 + i % 3}-{1 + i % 28:02d}", "text": text + " Calm."}))
    return "\n".join(out) + "\n"


def coder(*args) -> list:
    return [sys.executable, "-m", "coder", *map(str, args)]


def start(*args) -> subprocess.Popen:
    return subprocess.Popen(coder(*args), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(*args) -> subprocess.CompletedProcess:
    return subprocess.run(coder(*args), cwd=ROOT, capture_output=True, text=True, timeout=300)


def wait_for(condition, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, f"the run ended before the test could act: {proc.communicate()}"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def parts(out) -> list:
    return list((out / "events").rglob("*.parquet")) if (out / "events").exists() else []


def rows(out) -> list[tuple]:
    table = pq.read_table(out / "events", columns=["event_id", "story_id", "source_actor", "event_code", "target_actor"])
    return sorted(zip(*(table.column(c).to_pylist() for c in table.column_names)))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """1,500 stories, and a clean run of them to compare with."""
    folder = tmp_path_factory.mktemp("kill")
    inp = folder / "stories.jsonl"
    inp.write_text(stories(1500))
    done = finish("code", inp, "--out", folder / "clean", "--dictionaries", MINI, "--batch-rows", 150, "-q")
    assert done.returncode == 0, done.stderr
    return inp, rows(folder / "clean")


def test_sigkill_mid_run_leaves_a_readable_dataset_and_a_rerun_equals_a_clean_run(tmp_path, corpus):
    inp, clean = corpus
    out = tmp_path / "out"
    proc = start("code", inp, "--out", out, "--dictionaries", MINI, "--batch-rows", 150, "-q")
    wait_for(lambda: len(parts(out)) >= 6, proc)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL
    # readable by `coder query`, every visible part whole, no event twice, and only part of the work done
    query = finish("query", "SELECT count(*) AS n, count(DISTINCT event_id) AS d FROM events", "--data", out,
                   "--format", "json")
    assert query.returncode == 0, query.stderr
    (counts,) = json.loads(query.stdout)
    assert 0 < counts["n"] == counts["d"] < len(clean)
    assert all(pq.read_metadata(p).num_rows > 0 for p in parts(out))
    (summary,) = [json.loads(p.read_text()) for p in (out / "runs").glob("*.json")]
    assert summary["status"] == "running"
    # the rerun takes over the dead run's lock, clears its leftovers and completes the dataset
    again = finish("code", inp, "--out", out, "--dictionaries", MINI, "--batch-rows", 150, "-q")
    assert again.returncode == 0, again.stderr
    assert "took over" in again.stderr and f"pid {proc.pid}" in again.stderr and "were killed" in again.stderr
    assert f"({counts['n']} already in the dataset)" in again.stdout
    assert rows(out) == clean
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]
    killed = [json.loads(p.read_text()) for p in (out / "runs").glob("*.json")]
    assert sorted(s["status"] for s in killed) == ["done", "killed"]


def test_killed_again_and_again_then_rerun_equals_a_clean_run(tmp_path, corpus):
    inp, clean = corpus
    out = tmp_path / "out"
    for needed in (3, 2, 4):  # each run is killed once a few more parts are written
        before = len(parts(out))
        proc = start("code", inp, "--out", out, "--dictionaries", MINI, "--batch-rows", 150, "-q")
        wait_for(lambda before=before, needed=needed: len(parts(out)) >= before + needed, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert len({r[0] for r in rows(out)}) == len(rows(out))
    assert finish("code", inp, "--out", out, "--dictionaries", MINI, "-q").returncode == 0
    assert rows(out) == clean


def test_a_second_run_into_the_same_folder_is_refused_while_the_first_runs(tmp_path, corpus):
    inp, clean = corpus
    out = tmp_path / "out"
    first = start("code", inp, "--out", out, "--dictionaries", MINI, "--batch-rows", 150, "-q")
    wait_for(lambda: (out / ".lock").exists() and (out / ".lock").read_text(), first)
    second = finish("code", inp, "--out", out, "--dictionaries", MINI, "-q")
    assert second.returncode == 1
    assert f"{out} is being written by run" in second.stderr and f"pid {first.pid}" in second.stderr
    assert "two runs cannot write one folder at once" in second.stderr
    assert first.wait(timeout=300) == 0
    assert rows(out) == clean and not (out / ".lock").exists()
    assert len(list((out / "runs").glob("*.json"))) == 1  # the refused run left no trace


HOLD = """
import sys, time
from coder.runlock import RunLock
RunLock(sys.argv[1], "holder", "2020-01-01T00:00:00").acquire()
print("held", flush=True)
time.sleep(600)
"""


def test_a_lock_held_by_a_live_process_refuses_and_a_dead_ones_is_taken_over(tmp_path, mini):
    out = tmp_path / "out"
    inp = tmp_path / "in.jsonl"
    inp.write_text(stories(3))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatasetError, match=f"run holder \\(pid {holder.pid} on .*, started 2020-01-01T00:00:00\\)"):
            run([inp], out, mini)
    finally:
        holder.kill()
        holder.wait()
    summary = run([inp], out, mini)  # the holder died: its lock file is still there, but not held
    assert summary.status == "done" and summary.events > 0
    assert f"took over {out / '.lock'} from run holder (pid {holder.pid}" in summary.warnings[0]
    assert "which is no longer running" in summary.warnings[0]

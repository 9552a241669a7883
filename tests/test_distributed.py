"""--engine dask: a real LocalCluster of two worker processes codes the same events as one process."""

import json
import shutil
import sys

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import MINI, ROOT

from coder.batch import run
from coder.errors import EngineError

distributed = pytest.importorskip("distributed")

from coder import distributed as engine  # noqa: E402

LINES = ["Iran met Syria.", "Israeli troops fired missiles at Syria.", "Syria condemned the United States.",
         "Turkey accused Iran of violating the truce.", "The weather stayed mild.", "Washington praised Israel."]


def stories(n: int) -> str:
    out = []
    for i in range(n):
        text = " ".join(LINES[(i * k) % len(LINES)] for k in range(1, 2 + i % 5))
        out.append(json.dumps({"id": f"d{i}", "date": f"2021-{1 + i % 12:02d}-0{1 + i % 9}", "text": text}))
    if n > 5:
        out[5] = "{not json"
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    """The shipped dictionaries, copied: the run sends the folder's files, which must be what it loaded."""
    from coder.lexicon import load

    copy = tmp_path_factory.mktemp("dicts") / "dictionaries"
    shutil.copytree(ROOT / "dictionaries", copy)
    return load(copy)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, full):
    folder = tmp_path_factory.mktemp("dask")
    inp = folder / "in.jsonl"
    inp.write_text(stories(300))
    single = run([inp], folder / "single", full, workers=1)
    return inp, folder / "single", single


def rows(out):
    return pq.read_table(out / "events").sort_by("event_id")


def test_a_two_worker_local_cluster_codes_the_same_events_as_one_process(tmp_path, full, cluster, corpus):
    inp, single_out, single = corpus
    summary = run([inp], tmp_path / "out", full, engine="dask", scheduler=cluster.scheduler_address,
                  batch_stories=20)
    assert (summary.engine, summary.workers) == ("dask", 2)
    assert single.events > 200 and summary.stories_rejected == single.stories_rejected == 1
    assert (summary.stories_read, summary.sentences, summary.events) == (single.stories_read, single.sentences,
                                                                         single.events)
    assert rows(tmp_path / "out").column("event_id").to_pylist() == rows(single_out).column("event_id").to_pylist()
    assert rows(tmp_path / "out").equals(rows(single_out))
    # each worker process loaded the dictionaries it was sent, once, at the client's version
    versions = cluster_versions(cluster)
    assert list(versions.values()) == [[full.version]] * 2


def cluster_versions(cluster):
    with distributed.Client(cluster.scheduler_address) as client:
        return client.run(lambda: sorted(engine._loaded))


def test_the_cli_starts_its_own_local_cluster_without_a_scheduler(tmp_path, full, corpus):
    from coder.cli import cli

    inp, single_out, _ = corpus
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["code", str(inp), "--out", str(out), "--engine", "dask", "--workers", "2", "-q",
                                        "--dictionaries", str(full.path)])
    assert result.exit_code == 3, result.output  # 3: the input holds one bad line
    (kept,) = [json.loads(p.read_text()) for p in (out / "runs").glob("*.json")]
    assert (kept["engine"], kept["workers"], kept["status"]) == ("dask", 2, "done")
    assert rows(out).equals(rows(single_out))


def test_without_dask_the_engine_says_how_to_install_it(tmp_path, mini, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    inp = tmp_path / "in.jsonl"
    inp.write_text(stories(3))
    with pytest.raises(EngineError, match=r"pip install 'coder\[dask\]'"):
        run([inp], tmp_path / "out", mini, engine="dask")
    (kept,) = [json.loads(p.read_text()) for p in (tmp_path / "out" / "runs").glob("*.json")]
    assert kept["status"] == "failed"


def test_a_scheduler_without_the_dask_engine_and_an_unknown_engine_are_refused(tmp_path, mini):
    with pytest.raises(EngineError, match="only used with --engine dask"):
        run([], tmp_path / "out", mini, scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(EngineError, match="unknown engine 'spark'"):
        run([], tmp_path / "out", mini, engine="spark")


def test_a_worker_refuses_dictionaries_that_are_not_what_the_client_loaded(mini):
    sent = engine.bundle(mini)
    assert {name for name, _ in sent.files} >= {"cameo.tsv", "agents.txt"}
    lexicon, schema = engine._unpack(sent)
    assert lexicon.version == mini.version and json.loads(open(schema).read())["properties"]
    changed = engine.Bundle(sent.version, sent.coder_version,
                            tuple((n, b + b"\n# edited" if n == "agents.txt" else b) for n, b in sent.files), sent.schema)
    with pytest.raises(EngineError, match=f"the files sent hash to .*, not {sent.version}"):
        engine._unpack(changed)
    older = engine.Bundle(sent.version, "0.0.1", sent.files, sent.schema)
    with pytest.raises(EngineError, match="a Dask worker runs coder .*, the client 0.0.1"):
        engine._unpack(older)


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, mini):
    import dask

    inp = tmp_path / "in.jsonl"
    inp.write_text(stories(3))
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(EngineError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
            run([inp], tmp_path / "out", mini, engine="dask", scheduler="tcp://127.0.0.1:9")


def test_mini_dictionaries_can_be_sent_too(tmp_path, cluster):
    from coder.lexicon import load

    inp = tmp_path / "in.jsonl"
    inp.write_text(stories(50))
    mini = load(MINI)
    one = run([inp], tmp_path / "one", mini)
    dask_run = run([inp], tmp_path / "dask", mini, engine="dask", scheduler=cluster.scheduler_address,
                   batch_stories=7)
    assert one.events == dask_run.events > 0 and rows(tmp_path / "one").equals(rows(tmp_path / "dask"))


def test_a_worker_lost_mid_run_has_its_batches_coded_elsewhere(tmp_path, full, cluster, corpus):
    import os
    import signal
    import threading

    inp, single_out, _ = corpus
    killed = []

    def kill_a_worker(summary):
        if summary.stories_read == 30:
            with distributed.Client(cluster.scheduler_address) as client:
                victim = sorted(client.scheduler_info()["workers"])[0]
                killed.append(victim)
                # the worker answers, then dies mid-task, as the out-of-memory killer would kill it
                client.run(lambda: threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGKILL)).start(),
                           workers=[victim])

    summary = run([inp], tmp_path / "out", full, engine="dask", scheduler=cluster.scheduler_address,
                  batch_stories=10, progress=kill_a_worker)
    assert summary.status == "done" and rows(tmp_path / "out").equals(rows(single_out))
    with distributed.Client(cluster.scheduler_address) as client:
        client.wait_for_workers(2, timeout=60)  # the nanny restarted it, under a new address
        assert killed and killed[0] not in client.scheduler_info()["workers"]

"""Code on a Dask cluster: the batches worker processes would code, sent to Dask workers as tasks.

Tasks only code; the client (the `coder code` process) reads, counts and writes, exactly as
with local workers. Tasks could write their own parts, but then a rerun could add an event
twice: "no event_id twice" is checked by one writer against the dataset and everything the
run wrote before, in input order. One writer also keeps one rejects file and one set of
story counts per run, and writes the same parts as a run on one machine. What comes back is
a fraction of the text sent out (most sentences carry no event), so one client keeps a
cluster of some dozens of cores busy; past that, the client's reading and writing is the limit.

The dictionaries travel with the job: their files (under a megabyte) go once to each worker,
which writes them to a temporary folder and loads them once per process, keyed by their
version hash. Workers need no shared file system, and a worker whose coder version differs,
and so might code differently, is refused.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from . import __version__
from .batch import Coded, RunSummary, code_results, pairs
from .errors import EngineError
from .lexicon import Lexicon, load
from .parallel import BATCHES_PER_WORKER, default_workers, in_order
from .records import Story
from .shipping import CodedBatch, pack, unpack
from .validate import schema_path

log = logging.getLogger("coder")


@dataclass(frozen=True)
class Bundle:
    """What a worker needs to code as the client would: the dictionary files and the event schema."""

    version: str  # the dictionaries' hash (lexicon.folder_hash)
    coder_version: str
    files: tuple[tuple[str, bytes], ...]  # (path inside the folder, bytes) of every .txt and .tsv file
    schema: bytes


def bundle(lexicon: Lexicon) -> Bundle:
    folder = Path(lexicon.path)
    files = tuple((p.relative_to(folder).as_posix(), p.read_bytes()) for p in sorted(folder.rglob("*"))
                  if p.is_file() and p.suffix in (".txt", ".tsv"))
    return Bundle(lexicon.version, lexicon.coder_version, files, schema_path().read_bytes())


# In each Dask worker process: dictionaries loaded once, shared by the worker's threads
_loaded: dict[str, tuple[Lexicon, str]] = {}
_lock = threading.Lock()


def lexicon_for(b: Bundle) -> tuple[Lexicon, str]:
    """(lexicon, schema path) of a bundle, loaded on this worker's first task that needs it."""
    with _lock:
        if b.version not in _loaded:
            _loaded[b.version] = _unpack(b)
        return _loaded[b.version]


def _unpack(b: Bundle) -> tuple[Lexicon, str]:
    if b.coder_version != __version__:
        raise EngineError("worker_version", f"{__version__}, the client {b.coder_version}")
    root = Path(tempfile.mkdtemp(prefix=f"coder-{b.version}-"))
    atexit.register(shutil.rmtree, root, True)
    for name, data in b.files:
        path = root / "dictionaries" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (root / "event.schema.json").write_bytes(b.schema)
    lexicon = load(root / "dictionaries", cache=False)  # a fresh temporary folder each time: nothing to reuse
    if lexicon.version != b.version:
        raise EngineError("worker_dictionaries", f"the files sent hash to {lexicon.version}, not {b.version}")
    return lexicon, str(root / "event.schema.json")


def code_partition(b: Bundle, stories: list[Story]) -> CodedBatch:
    """A Dask task: code one batch of stories."""
    lexicon, schema = lexicon_for(b)
    return pack(code_results(stories, lexicon, schema))


# On the client
def dask_module():
    """The `distributed` package, or an EngineError saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise EngineError("no_dask") from None
    return distributed


@contextmanager
def dask_client(workers: int | None, scheduler: str | None):
    """A client of the scheduler at `scheduler`, or of a new LocalCluster of `workers` processes."""
    Client, LocalCluster = dask_module().Client, dask_module().LocalCluster
    if scheduler:
        try:
            client = Client(scheduler)
        except OSError as exc:
            raise EngineError("no_scheduler", f"{scheduler} ({exc})") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        log.info("Dask dashboard: %s", client.dashboard_link)
        yield client


def dask_stream(chunks: Iterable[list], lexicon: Lexicon, summary: RunSummary, workers: int | None,
                scheduler: str | None) -> Iterator[tuple[object, Coded | None]]:
    """(record read, what coding gave it), in input order, each batch coded by a Dask task."""
    with dask_client(workers, scheduler) as client:
        [shipped] = client.scatter([bundle(lexicon)], broadcast=True, hash=False)

        def window() -> int:  # re-read: a cluster may grow or shrink during the run
            threads = sum(client.nthreads().values())
            summary.workers = max(summary.workers, len(client.nthreads()))
            return BATCHES_PER_WORKER * max(threads, 1)

        submit = lambda stories: client.submit(code_partition, shipped, stories, pure=False)  # noqa: E731
        for batch, future in in_order(chunks, submit, window):
            try:
                results = future.result()
            except dask_module().KilledWorker as exc:
                raise EngineError("worker_died", f"Dask gave up on a task: {exc}") from None
            yield from pairs(batch, unpack(results))

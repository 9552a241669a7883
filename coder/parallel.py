"""Code stories in worker processes, a bounded number of batches at a time, results in input order.

The run's own process reads, counts and writes; workers only code and validate. So story
accounting, the rejects file, the check of each event_id against the dataset and the Parquet
parts all happen in one place and in input order: any number of workers gives the same events,
with the same ids, in the same parts, as one. At most two batches per worker are in flight, so
memory does not grow with the input.

Workers are started with 'spawn', not 'fork': a forked worker would inherit the run's lock (an
flock on an open file) and, outliving a killed run, keep the folder locked. Each worker loads
the dictionaries once, from the folder's path, checks they are the version the run loaded, and
exits by itself if the run dies. An input of a single batch is coded in the run's own process:
starting workers (about a second each) would cost more than it saves.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import chain, islice
from typing import Callable, Iterable, Iterator

from .batch import Coded, RunSummary, code_results, in_process, pairs
from .errors import CoderError, EngineError
from .lexicon import Lexicon, load
from .records import Story
from .shipping import CodedBatch, pack, unpack
from .validate import schema_path

BATCHES_PER_WORKER = 2  # one being coded, one waiting: no worker idles while the parent writes


def default_workers() -> int:
    """The cores this process may use (a Slurm or container limit included)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def in_order(chunks: Iterable[list], submit: Callable, window: Callable[[], int]) -> Iterator[tuple[list, object]]:
    """(batch, future of its stories' results), oldest first, with at most window() batches
    submitted and not yet handed back; records that are not stories (rejects) are not sent."""
    pending: deque = deque()
    for batch in chunks:
        pending.append((batch, submit([item for item in batch if isinstance(item, Story)])))
        while len(pending) >= max(1, window()):
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def coded_stream(items: Iterable, lexicon: Lexicon, summary: RunSummary, workers: int | None, engine: str,
                 scheduler: str | None, batch_stories: int) -> Iterator[tuple[object, Coded | None]]:
    """(record read, what coding gave it), in input order, coded by worker processes or Dask."""
    summary.engine = engine
    chunks = batches(items, batch_stories)
    if engine == "dask":
        from .distributed import dask_stream

        yield from dask_stream(chunks, lexicon, summary, workers, scheduler)
        return
    workers = workers or default_workers()
    first = next(chunks, [])
    if workers == 1 or len(first) < batch_stories:  # a single batch: code it here
        summary.workers = 1
        yield from in_process(chain(first, chain.from_iterable(chunks)), lexicon, batch_stories)
        return
    summary.workers = workers
    try:
        with local_pool(lexicon, workers) as pool:
            for batch, future in in_order(chain([first], chunks), lambda stories: pool.submit(code_batch, stories),
                                          lambda: BATCHES_PER_WORKER * workers):
                yield from pairs(batch, unpack(future.result()))
    except BrokenProcessPool:  # from submit or result, once any worker has died
        raise EngineError("worker_died", "it ended abruptly: killed, or out of memory") from None


@contextmanager
def local_pool(lexicon: Lexicon, workers: int):
    """A pool of `workers` spawned processes with the run's dictionaries loaded; stopped at
    once (running batches abandoned) when the run stops early."""
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=start_worker,
                               initargs=(str(lexicon.path), lexicon.version, str(schema_path()), os.getpid()))
    try:
        yield pool
    except BaseException:
        stop(pool)
        raise
    pool.shutdown()


def stop(pool: ProcessPoolExecutor) -> None:
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
    else:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


# In each worker process
_worker: dict = {}


def start_worker(path: str, version: str, schema: str, parent: int) -> None:
    """Pool initializer: load the dictionaries once for every batch this worker will code."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the run's process, which stops the pool
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    try:
        lexicon = load(path)
    except CoderError as exc:
        _worker["error"] = EngineError("worker_load", str(exc))
        return
    if lexicon.version != version:
        _worker["error"] = EngineError("worker_dictionaries", f"{path} is version {lexicon.version}, "
                                                              f"the run loaded {version}")
        return
    _worker.update(lexicon=lexicon, schema=schema)
    gc.freeze()  # the dictionaries live as long as the worker: no collection need walk them again


def code_batch(stories: list[Story]) -> CodedBatch:
    if "error" in _worker:  # raised here, not in the initializer, so the run reports why
        raise _worker["error"]
    lexicon, schema = _worker["lexicon"], _worker["schema"]
    return pack(code_results(stories, lexicon, schema))


def _exit_with_parent(parent: int) -> None:
    """A killed run cannot stop its workers: they notice they were orphaned and exit."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)

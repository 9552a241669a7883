"""A coding run: read inputs, code, validate, write events and rejects, keep a summary.

This is the only module that ties reading, coding and writing together; the CLI's
`coder code` is a thin call to `run`. What a run guarantees (README, "Failure behaviour"):
every story read is counted as coded with events, coded without events, or rejected; one
run at a time writes a folder (runlock); a rerun adds no event twice (by event_id), and
--mode overwrite first removes the events of the stories it reads (by story_id).
"""

from __future__ import annotations

import gc
import logging
import time
import uuid
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from itertools import islice
from datetime import datetime, timezone
from pathlib import Path

from .dataset import IdSet, existing_ids, mark_killed_runs, remove_stories, remove_temporaries
from .errors import DatasetError, EngineError, EventSchemaError, InputError, RunStopped
from .lexicon import Lexicon
from .pipeline import code_story
from .readers import MAX_STORY_CHARS, expand, iter_stories
from .records import Sentence, Story
from .runlock import RunLock, describe
from .validate import split_valid
from .writer import DatasetWriter, RejectsWriter, write_json

log = logging.getLogger("coder")
MODES = ("append", "overwrite")
ENGINES = ("local", "dask")
MAX_SENTENCE_TOKENS = 1_000  # coding time grows with the square of a sentence's length


@dataclass
class RunSummary:
    run_id: str
    started: str
    inputs: list[str]
    out: str
    mode: str = "append"
    status: str = "running"  # then done, stopped (--strict), interrupted (Ctrl-C) or failed; the next run marks
    # a run that died still "running" as killed
    finished: str = ""
    stories_read: int = 0  # = stories_with_events + stories_without_events + stories_rejected
    stories_with_events: int = 0
    stories_without_events: int = 0
    stories_rejected: int = 0
    sentences: int = 0
    sentences_rejected: int = 0  # too long to code; their stories are still counted as coded
    events: int = 0  # new events written by this run
    events_already_present: int = 0  # coded, but their event_id was already in the dataset
    events_rejected: int = 0  # failed the JSON Schema
    events_removed: int = 0  # --mode overwrite: earlier events of the stories read
    rejects: int = 0  # lines in rejects/rejects-RUN_ID.jsonl
    seconds: float = 0.0
    engine: str = "local"  # local (worker processes on this machine) or dask
    workers: int = 1  # processes that coded: 1 when coded in the run's own process; with dask, the cluster's
    coder_version: str = ""
    dictionary_version: str = ""
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def accounted(self) -> bool:
        """Is every story read either coded (with or without events) or rejected?"""
        return self.stories_read == self.stories_with_events + self.stories_without_events + self.stories_rejected

    @property
    def stories(self) -> int:
        """Stories coded, with or without events (the name before stories_read was kept)."""
        return self.stories_with_events + self.stories_without_events

    @property
    def rejected_stories(self) -> int:  # the earlier name of stories_rejected
        return self.stories_rejected

    def line(self) -> str:
        present = f" ({self.events_already_present} already in the dataset)" if self.events_already_present else ""
        removed = f", {self.events_removed} earlier events removed" if self.mode == "overwrite" else ""
        return (f"coded {self.stories} stories ({self.stories_with_events} with events, "
                f"{self.stories_without_events} without) and rejected {self.stories_rejected} "
                f"of {self.stories_read} read; {self.sentences} sentences, {self.events} new events{present}"
                f"{removed}, {self.rejects} rejects in {self.seconds:.2f}s")


@dataclass(frozen=True)
class Reading:
    """How inputs are read: the same for the overwrite pre-pass and the run itself."""

    out: Path
    fmt: str | None = None
    default_date: str | None = None
    max_chars: int = MAX_STORY_CHARS

    def items(self, inputs):
        for path in expand(inputs, exclude=self.out):
            yield from iter_stories(path, self.fmt, self.default_date, self.max_chars)


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def input_reject(err: InputError) -> dict:
    return {"kind": "input", "path": err.path, "line": err.line, "field": err.field,
            "reason": err.reason, "message": str(err), "story_id": None}


def sentence_error(story: Story, index: int, words: int) -> InputError:
    detail = f"{index} has {words:,} words, over the limit of {MAX_SENTENCE_TOKENS:,}"
    return InputError(story.path, story.line, "text", "long_sentence", detail)


def code_bounded(story: Story, lexicon: Lexicon) -> tuple[int, list, list[Sentence]]:
    """(sentences, events, sentences too long to code): pipeline.code_story with a guard,
    so a 'sentence' of a million words (a table, a dump) cannot stall a run for hours."""
    too_long: list[Sentence] = []
    n, events = code_story(story, lexicon, MAX_SENTENCE_TOKENS, too_long)
    return n, events, too_long


@dataclass(slots=True)
class Coded:
    """What coding one story gave, as plain data: a worker process or a Dask task sends it back."""

    sentences: int
    good: list[dict]  # event records that passed the JSON Schema (from a worker: writer.EventRows)
    too_long: list[tuple[int, int]]  # (sentence index, words) of sentences too long to code
    bad: list[tuple[dict, str, str]]  # (record, JSON path, reason) of records that failed it


def code_result(story: Story, lexicon: Lexicon, schema: str | None = None) -> Coded:
    """Code and validate one story, with no I/O and no counting: what a worker does."""
    return code_results([story], lexicon, schema)[0]


def code_results(stories: list[Story], lexicon: Lexicon, schema: str | None = None) -> list[Coded]:
    """code_result of each story, the events of all validated as one batch (validate.split_valid)."""
    with collector_paused():
        coded = [code_bounded(story, lexicon) for story in stories]
    records = [[e.to_record() for e in events] for _, events, _ in coded]
    _, bad = split_valid([r for rs in records for r in rs], schema)
    failures = {id(record): failure for record, failure in bad}
    return [Coded(n, [r for r in rs if id(r) not in failures], [(s.index, len(s.tokens)) for s in too_long],
                  [(r, failures[id(r)].json_path, failures[id(r)].reason) for r in rs if id(r) in failures])
            for (n, _, too_long), rs in zip(coded, records)]


@contextmanager
def collector_paused():
    """Coding makes millions of short-lived objects and no reference cycles, so the cyclic
    collector's passes over them (2-13% of the time, measured) find nothing: pause it while a
    batch is coded, then sweep that batch's young objects once."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(1)


class Coder:
    """Codes one story or reject at a time into the writers, keeping the summary's counts."""

    def __init__(self, lexicon: Lexicon, summary: RunSummary, events: DatasetWriter, rejects: RejectsWriter,
                 strict: bool):
        self.lexicon, self.summary, self.events, self.rejects, self.strict = lexicon, summary, events, rejects, strict

    def reject(self, record: dict, error) -> None:
        self.rejects.add({**record, "run_id": self.summary.run_id})
        if self.strict:
            raise RunStopped(error, self.summary.out)

    def item(self, item: Story | InputError, coded: Coded | None = None) -> None:
        """Count and write one record read; `coded` is what a worker made of it (None: code it here)."""
        self.summary.stories_read += 1
        if isinstance(item, InputError):
            self.summary.stories_rejected += 1
            self.reject(input_reject(item), item)
        else:
            self.story(item, coded or code_result(item, self.lexicon))

    def story(self, story: Story, coded: Coded) -> None:
        s = self.summary
        s.sentences += coded.sentences
        s.sentences_rejected += len(coded.too_long)
        s.events_rejected += len(coded.bad)
        with_events = len(coded.good) > 0
        s.stories_with_events += with_events
        s.stories_without_events += not with_events
        self.events.add(coded.good)
        for index, words in coded.too_long:
            err = sentence_error(story, index, words)
            self.reject({**input_reject(err), "kind": "sentence", "story_id": story.id,
                         "sentence_index": index}, err)
        for record, json_path, reason in coded.bad:
            failure = EventSchemaError(str(record.get("event_id")), json_path, reason)
            self.reject({"kind": "schema", "path": story.path, "line": story.line, "field": json_path,
                         "reason": reason, "message": str(failure), "story_id": story.id,
                         "record": record}, failure)


def _warn(summary: RunSummary, text: str) -> None:
    summary.warnings.append(text)
    log.warning("warning: %s", text)


def prepare(out: Path, summary: RunSummary, lock: RunLock) -> None:
    """Housekeeping under the lock: say what a killed run left behind, and clear it away."""
    if lock.previous:
        _warn(summary, f"took over {lock.path} from {describe(lock.previous)}, which is no longer running")
    killed = mark_killed_runs(out, summary.run_id)
    if killed:
        _warn(summary, f"run(s) {', '.join(killed)} were killed before they finished (summaries marked 'killed'); "
                       "rerunning their input completes them without adding any event twice")
    temporaries = remove_temporaries(out)
    if temporaries:
        _warn(summary, f"removed {len(temporaries)} temporary file(s) left by a killed run")


def input_story_ids(inputs, reading: Reading) -> IdSet:
    """The ids of every story the inputs hold (a fast pass: reading only, no coding)."""
    ids, batch = IdSet(), []
    for item in reading.items(inputs):
        if isinstance(item, Story):
            batch.append(item.id)
        if len(batch) >= 100_000:
            ids.add(batch)
            batch = []
    ids.add(batch)
    return ids


def seen_ids(inputs, out: Path, summary: RunSummary, reading: Reading) -> IdSet:
    """The event ids already in the dataset; with --mode overwrite, after removing every
    earlier event of the stories these inputs hold."""
    if summary.mode == "overwrite":
        summary.events_removed, _ = remove_stories(out, input_story_ids(inputs, reading))
    return existing_ids(out)


def finish(out: Path, summary: RunSummary, events: DatasetWriter, rejects: RejectsWriter, started: float) -> None:
    """Close the writers and keep the summary, whatever the status."""
    try:
        events.close()
    finally:
        rejects.close()
        summary.events, summary.events_already_present = events.rows, events.skipped
        summary.rejects = rejects.count
        summary.files = [str(f.relative_to(out)) for f in events.files]
        summary.seconds = round(time.perf_counter() - started, 3)
        summary.finished = now()
        write_json(out / "runs" / f"{summary.run_id}.json", asdict(summary))


def in_process(items, lexicon: Lexicon, batch_stories: int):
    """(record read, Coded or None) as workers would give them, coded here a batch at a time."""
    it = iter(items)
    while batch := list(islice(it, batch_stories)):
        yield from pairs(batch, code_results([item for item in batch if isinstance(item, Story)], lexicon))


def pairs(batch: list, results: list[Coded]):
    """Each record of a batch with its story's result (None for a reject, which is not coded)."""
    coded = iter(results)
    for item in batch:
        yield item, next(coded) if isinstance(item, Story) else None


def coded_items(items, lexicon: Lexicon, summary: RunSummary, workers: int | None, engine: str,
                scheduler: str | None, batch_stories: int):
    """(record read, Coded or None), in input order (None for a reject)."""
    if engine == "local" and workers == 1:
        return closing(in_process(items, lexicon, batch_stories))
    from .parallel import coded_stream

    return closing(coded_stream(items, lexicon, summary, workers, engine, scheduler, batch_stories))


def run(inputs, out, lexicon: Lexicon, *, fmt: str | None = None, default_date: str | None = None,
        batch_rows: int = 50_000, strict: bool = False, progress=None, mode: str = "append",
        max_story_chars: int = MAX_STORY_CHARS, workers: int | None = 1, engine: str = "local",
        scheduler: str | None = None, batch_stories: int = 500) -> RunSummary:
    """Code every story of every input into OUT/events, OUT/rejects and OUT/runs.

    mode="append" skips events whose event_id the dataset already holds; "overwrite" first
    removes the earlier events of every story the inputs hold. With strict=True the first
    reject raises RunStopped, after what was coded before it, and the reject, are written.
    workers=N codes in N processes (None: one per core); engine="dask" codes on a Dask cluster
    (`scheduler`: its address; None starts a local one). Stories go to them `batch_stories` at
    a time; this process reads, counts and writes, so the output is the same for any of these.
    Raises DatasetError when another run holds OUT, or OUT cannot be written, and EngineError
    when workers cannot code (a worker died, Dask is missing).
    """
    if mode not in MODES:
        raise DatasetError("bad_mode", mode)
    if engine not in ENGINES:
        raise EngineError("bad_engine", engine)
    if scheduler and engine != "dask":
        raise EngineError("scheduler_without_dask", scheduler)
    out, started = Path(out), time.perf_counter()
    reading = Reading(out, fmt, default_date, max_story_chars)
    summary = RunSummary(new_run_id(), now(), [str(i) for i in inputs], str(out), mode,
                         coder_version=lexicon.coder_version, dictionary_version=lexicon.version)
    with RunLock(out, summary.run_id, summary.started) as lock:
        prepare(out, summary, lock)
        write_json(out / "runs" / f"{summary.run_id}.json", asdict(summary))
        events = DatasetWriter(out, summary.run_id, batch_rows)
        rejects = RejectsWriter(out, summary.run_id)
        coder = Coder(lexicon, summary, events, rejects, strict)
        status = "failed"
        try:
            events.seen = seen_ids(inputs, out, summary, reading)
            with coded_items(reading.items(inputs), lexicon, summary, workers, engine, scheduler,
                             batch_stories) as stream:
                for item, coded in stream:
                    if progress is not None:  # called once per record read, before it is counted and written
                        progress(summary)
                    coder.item(item, coded)
            events.close()
            status = "done"
        except RunStopped:
            status = "stopped"
            raise
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        except OSError as exc:  # inputs that cannot be read are rejects: this is the output
            raise DatasetError("write_failed", f"{exc.filename or out}: {exc.strerror or exc}") from exc
        finally:
            summary.status = status
            finish(out, summary, events, rejects, started)
    return summary

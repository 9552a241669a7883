"""A coding run: read inputs, code, validate, write events and rejects, keep a summary.

This is the only module that ties reading, coding and writing together; the CLI's
`coder code` is a thin call to `run`.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .errors import InputError
from .lexicon import Lexicon
from .pipeline import code_story
from .readers import expand, iter_stories
from .validate import split_valid
from .writer import DatasetWriter, RejectsWriter, write_json


@dataclass
class RunSummary:
    run_id: str
    started: str
    inputs: list[str]
    out: str
    stories: int = 0
    stories_with_events: int = 0
    sentences: int = 0
    events: int = 0
    rejects: int = 0
    rejected_stories: int = 0
    rejected_events: int = 0
    seconds: float = 0.0
    coder_version: str = ""
    dictionary_version: str = ""
    files: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.stories} stories, {self.sentences} sentences, {self.events} events, "
                f"{self.rejects} rejects in {self.seconds:.2f}s")


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


def input_reject(err: InputError) -> dict:
    return {"kind": "input", "path": err.path, "line": err.line, "field": err.field,
            "reason": err.reason, "message": str(err), "story_id": None}


def run(inputs, out, lexicon: Lexicon, *, fmt: str | None = None, default_date: str | None = None,
        batch_rows: int = 50_000, strict: bool = False, progress=None) -> RunSummary:
    """Code every story of every input into OUT/events, OUT/rejects and OUT/runs.

    With strict=True the first reject stops the run: its error is raised after what was
    coded before it has been written and the reject itself kept.
    """
    out = Path(out)
    started = time.perf_counter()
    summary = RunSummary(new_run_id(), datetime.now(timezone.utc).isoformat(timespec="seconds"),
                         [str(i) for i in inputs], str(out), coder_version=lexicon.coder_version,
                         dictionary_version=lexicon.version)
    events = DatasetWriter(out, summary.run_id, batch_rows)
    rejects = RejectsWriter(out, summary.run_id)
    try:
        for path in expand(inputs):
            for item in iter_stories(path, fmt, default_date):
                if progress is not None:  # called once per record read, before it is coded
                    progress(summary)
                if isinstance(item, InputError):
                    rejects.add(input_reject(item))
                    summary.rejected_stories += 1
                    if strict:
                        raise item
                    continue
                summary.stories += 1
                n_sentences, coded = code_story(item, lexicon)
                summary.sentences += n_sentences
                good, bad = split_valid([e.to_record() for e in coded])
                for record, failure in bad:
                    rejects.add({"kind": "schema", "path": item.path, "line": item.line, "field": failure.json_path,
                                 "reason": failure.reason, "message": str(failure), "story_id": item.id,
                                 "record": record})
                summary.rejected_events += len(bad)
                if strict and bad:
                    raise bad[0][1]
                summary.stories_with_events += bool(good)
                events.add(good)
    finally:
        events.close()
        rejects.close()
    summary.events = events.rows
    summary.rejects = rejects.count
    summary.files = [str(f.relative_to(out)) for f in events.files]
    summary.seconds = round(time.perf_counter() - started, 3)
    write_json(out / "runs" / f"{summary.run_id}.json", asdict(summary))
    return summary

"""Write events as a hive-partitioned Parquet dataset (year=YYYY/month=MM), and rejects as JSONL.

Every file is written under a hidden temporary name (".NAME.tmp", which no `*.parquet` glob
matches), flushed to disk and renamed into place, so a reader never sees a half-written file,
even after a crash or a power cut; the next run removes temporaries a killed run left.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

TMP_SUFFIX = ".tmp"  # with a leading ".": hidden, and never matched by *.parquet
STR = NSTR = pa.string()  # NSTR marks the columns that may be null
EVENT_SCHEMA = pa.schema([
    ("event_id", STR), ("story_id", STR), ("sentence_index", pa.int32()), ("date", pa.date32()),
    ("source_actor", STR), ("source_country", NSTR), ("source_agent", NSTR),
    ("target_actor", STR), ("target_country", NSTR), ("target_agent", NSTR),
    ("event_code", STR), ("root_code", STR), ("quad_class", pa.int8()), ("goldstein", pa.float32()),
    ("acled_event_type", NSTR), ("acled_sub_event_type", NSTR),
    ("sentence", STR), ("source_text", STR), ("target_text", STR), ("verb_text", STR), ("pattern", STR),
    ("coder_version", STR), ("dictionary_version", STR), ("publisher", NSTR), ("url", NSTR),
])


def temporary_name(path: Path) -> Path:
    return path.with_name(f".{path.name}{TMP_SUFFIX}")


def fsync_path(path: Path) -> None:
    """Flush a file's data to disk, so that after a power cut a renamed file is never empty.
    (The folder is not synced: a rename lost that way loses a whole part, which a rerun adds.)"""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, write) -> None:
    """Call write(tmp_path), flush it to disk, then rename the finished file to path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(path)
    try:
        write(tmp)
        fsync_path(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_part(table: pa.Table, path: Path) -> None:
    atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))


PART_WRITERS = 8  # parts of a flush written at once


def _write_part(part: tuple[pa.Table, Path]) -> pa.Table:
    table, path = part
    write_part(table, path)
    return table


def events_table(records: list[dict]) -> pa.Table:
    columns = {f.name: [r.get(f.name) for r in records] for f in EVENT_SCHEMA}
    columns["date"] = [dt.date.fromisoformat(d) for d in columns["date"]]
    return pa.table(columns, schema=EVENT_SCHEMA)


@dataclass(frozen=True, slots=True)
class EventRows:
    """Rows [start, stop) of an Arrow table of events: one story's share of a worker's batch,
    not copied until written (shipping.py)."""

    table: pa.Table
    start: int
    stop: int

    def __len__(self) -> int:
        return self.stop - self.start

    def follows(self, other) -> bool:
        return isinstance(other, EventRows) and other.table is self.table and other.stop == self.start


class DatasetWriter:
    """Buffers event records and writes one Parquet file per partition per flush.

    Records come as dicts (coded in this process) or as EventRows of a table built by a worker
    (shipping.py); either way they are written in the order they were added.
    With `seen` (the ids already in the dataset), an event whose id is there, or earlier in
    this run, is skipped and counted in `skipped`: rerunning an input adds nothing twice.
    """

    def __init__(self, out: Path, run_id: str, batch_rows: int = 50_000, seen=None):
        self.root = Path(out) / "events"
        self.run_id, self.batch_rows, self.seen = run_id, batch_rows, seen
        self.buffer: list[list[dict] | EventRows] = []
        self.buffered = 0
        self.files: list[Path] = []
        self.rows = self.skipped = 0
        self.named = 0  # parts named so far, written or being written
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future | None = None  # the previous flush, being written

    def add(self, records: list[dict] | EventRows) -> None:
        if not len(records):
            return
        last = self.buffer[-1] if self.buffer else None
        if isinstance(records, EventRows):
            if records.follows(last):  # the next story of the same batch: one slice for all
                self.buffer[-1] = EventRows(last.table, last.start, records.stop)
            else:
                self.buffer.append(records)
        elif isinstance(last, list):
            last += records
        else:
            self.buffer.append(list(records))
        self.buffered += len(records)
        if self.buffered >= self.batch_rows:
            self.flush()

    def _table(self) -> pa.Table:
        """Everything buffered, in order, as one table."""
        pieces = [piece.table.slice(piece.start, len(piece)) if isinstance(piece, EventRows) else events_table(piece)
                  for piece in self.buffer]
        self.buffer, self.buffered = [], 0
        return pa.concat_tables(pieces).combine_chunks()  # one chunk a column: take() stays fast

    def _new(self, table: pa.Table) -> pa.Table:
        """The rows whose event_id is neither earlier in the batch nor in `seen`."""
        ids: set[str] = set()
        all_ids = table.column("event_id").to_pylist()
        keep = [not (i in ids or ids.add(i)) for i in all_ids]
        unique = [i for i, k in zip(all_ids, keep) if k]
        if self.seen is not None and unique:
            present = iter(self.seen.contains(pa.array(unique, pa.string())).to_pylist())
            keep = [k and not next(present) for k in keep]
            self.seen.add(pa.array([i for i, k in zip(all_ids, keep) if k], pa.string()))
        fresh = table if all(keep) else table.filter(pa.array(keep, pa.bool_()))
        self.skipped += table.num_rows - fresh.num_rows
        return fresh

    def flush(self) -> None:
        """Split the buffer by month and write it in the background: a flush writes a file per
        month, each flushed to disk, and the run goes on coding meanwhile. One flush at a time
        is written, in order; an error in writing is raised by the next flush or by close."""
        if not self.buffer:
            return
        table = self._new(self._table())
        months = pc.strftime(table.column("date"), format="%Y-%m")  # a key a row, in C
        order = pc.sort_indices(months)  # a stable sort: a month's rows keep the order they came in
        table, months = table.take(order), months.take(order)
        parts, offset = [], 0
        for run in pc.value_counts(months).to_pylist():  # months in sorted order, with their rows
            year, month = run["values"].split("-")
            path = self.root / f"year={year}" / f"month={month}" / f"part-{self.run_id}-{self.named:05d}.parquet"
            self.named += 1
            parts.append((table.slice(offset, run["counts"]), path))
            offset += run["counts"]
        self.wait()
        self._pool = self._pool or ThreadPoolExecutor(1, thread_name_prefix="coder-writer")
        self._pending = self._pool.submit(self._write, parts)

    def _write(self, parts: list[tuple[pa.Table, Path]]) -> None:
        """The parts of one flush, several at a time: each waits mostly on its fsync, and a flush
        of a corpus that spans years has a part for every month."""
        with ThreadPoolExecutor(PART_WRITERS, thread_name_prefix="coder-part") as pool:
            for table, path in zip(pool.map(_write_part, parts), (path for _, path in parts)):
                self.files.append(path)
                self.rows += table.num_rows

    def wait(self) -> None:
        """Until the previous flush is on disk; its error, if it failed, is raised here."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        try:
            if self.buffered:
                self.flush()
            self.wait()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=False)
                self._pool = None


class RejectsWriter:
    """Rejected stories and events, one JSON object a line, under DIR/rejects/."""

    def __init__(self, out: Path, run_id: str):
        self.path = Path(out) / "rejects" / f"rejects-{run_id}.jsonl"
        self.tmp = temporary_name(self.path)
        self.count = 0
        self._fh = None

    def add(self, reject: dict) -> None:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.tmp, "w", encoding="utf-8")
        self._fh.write(json.dumps(reject, ensure_ascii=False, default=str) + "\n")
        self.count += 1

    def close(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None
            os.replace(self.tmp, self.path)


def write_json(path: Path, data: dict) -> None:
    atomic_write(path, lambda tmp: tmp.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8"))

"""Write events as a hive-partitioned Parquet dataset (year=YYYY/month=MM), and rejects as JSONL.

Every file is written under a hidden temporary name (".NAME.tmp", which no `*.parquet` glob
matches), flushed to disk and renamed into place, so a reader never sees a half-written file,
even after a crash or a power cut; the next run removes temporaries a killed run left.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
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


def events_table(records: list[dict]) -> pa.Table:
    columns = {f.name: [r.get(f.name) for r in records] for f in EVENT_SCHEMA}
    columns["date"] = [dt.date.fromisoformat(d) for d in columns["date"]]
    return pa.table(columns, schema=EVENT_SCHEMA)


class DatasetWriter:
    """Buffers event records and writes one Parquet file per partition per flush.

    With `seen` (the ids already in the dataset), an event whose id is there, or earlier in
    this run, is skipped and counted in `skipped`: rerunning an input adds nothing twice.
    """

    def __init__(self, out: Path, run_id: str, batch_rows: int = 50_000, seen=None):
        self.root = Path(out) / "events"
        self.run_id, self.batch_rows, self.seen = run_id, batch_rows, seen
        self.buffer: list[dict] = []
        self.files: list[Path] = []
        self.rows = self.skipped = 0

    def add(self, records: list[dict]) -> None:
        self.buffer += records
        if len(self.buffer) >= self.batch_rows:
            self.flush()

    def _new(self, records: list[dict]) -> list[dict]:
        """The records whose event_id is neither earlier in the batch nor in `seen`."""
        ids: set[str] = set()
        unique = [r for r in records if not (r["event_id"] in ids or ids.add(r["event_id"]))]
        if self.seen is not None and unique:
            present = self.seen.contains(pa.array([r["event_id"] for r in unique], pa.string())).to_pylist()
            unique = [r for r, p in zip(unique, present) if not p]
            self.seen.add(pa.array([r["event_id"] for r in unique], pa.string()))
        self.skipped += len(records) - len(unique)
        return unique

    def flush(self) -> None:
        groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for r in self._new(self.buffer):
            groups[(r["date"][:4], r["date"][5:7])].append(r)
        self.buffer = []
        for (year, month), records in sorted(groups.items()):
            part = self.root / f"year={year}" / f"month={month}"
            path = part / f"part-{self.run_id}-{len(self.files):05d}.parquet"
            write_part(events_table(records), path)
            self.files.append(path)
            self.rows += len(records)

    def close(self) -> None:
        if self.buffer:
            self.flush()


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

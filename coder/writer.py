"""Write events as a hive-partitioned Parquet dataset (year=YYYY/month=MM), and rejects as JSONL.

Every file is written under a temporary name and renamed into place, so a reader never
sees a half-written file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

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


def atomic_write(path: Path, write) -> None:
    """Call write(tmp_path), then rename the finished file to path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def events_table(records: list[dict]) -> pa.Table:
    columns = {f.name: [r.get(f.name) for r in records] for f in EVENT_SCHEMA}
    columns["date"] = [dt.date.fromisoformat(d) for d in columns["date"]]
    return pa.table(columns, schema=EVENT_SCHEMA)


class DatasetWriter:
    """Buffers event records and writes one Parquet file per partition per flush."""

    def __init__(self, out: Path, run_id: str, batch_rows: int = 50_000):
        self.root = Path(out) / "events"
        self.run_id, self.batch_rows = run_id, batch_rows
        self.buffer: list[dict] = []
        self.files: list[Path] = []
        self.rows = 0

    def add(self, records: list[dict]) -> None:
        self.buffer += records
        if len(self.buffer) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for r in self.buffer:
            groups[(r["date"][:4], r["date"][5:7])].append(r)
        for (year, month), records in sorted(groups.items()):
            part = self.root / f"year={year}" / f"month={month}"
            path = part / f"part-{self.run_id}-{len(self.files):05d}.parquet"
            table = events_table(records)
            atomic_write(path, lambda tmp, table=table: pq.write_table(table, tmp, compression="zstd"))
            self.files.append(path)
            self.rows += len(records)
        self.buffer = []

    def close(self) -> None:
        if self.buffer:
            self.flush()


class RejectsWriter:
    """Rejected stories and events, one JSON object a line, under DIR/rejects/."""

    def __init__(self, out: Path, run_id: str):
        self.path = Path(out) / "rejects" / f"rejects-{run_id}.jsonl"
        self.tmp = self.path.with_name(f".{self.path.name}.tmp")
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
            self._fh.close()
            os.replace(self.tmp, self.path)


def write_json(path: Path, data: dict) -> None:
    atomic_write(path, lambda tmp: tmp.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8"))

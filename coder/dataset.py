"""What a dataset folder already holds, and the housekeeping a run does before it writes.

A killed run leaves at most: finished parts (complete: each was renamed into place), hidden
temporary files (".NAME.tmp", which no `*.parquet` glob matches), a run summary with status
"running", and the lock file. The next run, holding the lock, removes the temporaries,
marks that summary "killed" and skips events already present, so nothing is lost or doubled.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .errors import DatasetError
from .writer import TMP_SUFFIX, write_json, write_part


class IdSet:
    """A set of string ids kept as Arrow chunks: about 24 bytes an id (5 million: 120 MB).

    `contains` probes the set against a hash of the (small) batch asked about, instead of
    hashing the (large) set: one pass over the set a call (0.1 to 0.3 s for 2 million ids).
    """

    def __init__(self):
        self.chunks: list[pa.Array] = []
        self.size = 0

    def add(self, ids) -> None:
        """Add ids: a list of strings, an Arrow array or a chunked array."""
        if isinstance(ids, list):
            ids = pa.array(ids, pa.string())
        for chunk in ids.chunks if isinstance(ids, pa.ChunkedArray) else [ids]:
            if len(chunk):
                self.chunks.append(chunk.cast(pa.string()))
                self.size += len(chunk)

    def contains(self, values) -> pa.BooleanArray:
        """For each value, whether it is in the set."""
        values = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
        values = values.cast(pa.string())
        if not self.size or not len(values):
            return pa.array([False] * len(values), pa.bool_())
        members = pa.chunked_array(self.chunks)  # one is_in call hashes the batch once for all chunks
        hits = pc.filter(members, pc.is_in(members, value_set=pc.unique(values)))
        return pc.is_in(values, value_set=hits.combine_chunks())

    def __len__(self) -> int:
        return self.size


def part_files(out) -> list[Path]:
    """The dataset's finished Parquet parts: what `coder query` reads."""
    return sorted((Path(out) / "events").glob("year=*/month=*/*.parquet"))


def _read_column(path: Path, column: str) -> pa.ChunkedArray:
    try:
        return pq.ParquetFile(path).read(columns=[column]).column(column)
    except (pa.ArrowException, OSError, KeyError) as exc:
        raise DatasetError("bad_part", f"{path} cannot be read: {exc}") from None


def existing_ids(out) -> IdSet:
    """Every event_id already in the dataset at OUT."""
    ids = IdSet()
    for path in part_files(out):
        ids.add(_read_column(path, "event_id"))
    return ids


def remove_stories(out, story_ids: IdSet) -> tuple[int, int]:
    """Drop the events of these stories from every part: (events removed, parts changed).

    Each changed part is rewritten under a temporary name and renamed over the old one (or
    deleted when nothing is left), so a crash leaves every part either old or new.
    """
    removed = changed = 0
    for path in part_files(out):
        hit = story_ids.contains(_read_column(path, "story_id"))
        if not hit.true_count:
            continue
        table = pq.ParquetFile(path).read()
        keep = table.filter(pc.invert(hit))
        if keep.num_rows:
            write_part(keep, path)
        else:
            path.unlink()
            _remove_if_empty(path.parent)
        removed += hit.true_count
        changed += 1
    return removed, changed


def _remove_if_empty(month: Path) -> None:
    """Drop a month folder, and its year folder, once no part is left in them."""
    for folder in (month, month.parent):
        try:
            folder.rmdir()
        except OSError:  # not empty (or already gone)
            return


def remove_temporaries(out) -> list[Path]:
    """Delete the hidden temporary files a killed run left (call only while holding the lock)."""
    found = [p for p in Path(out).rglob(f".*{TMP_SUFFIX}") if p.is_file()]
    for path in found:
        path.unlink()
    return found


def mark_killed_runs(out, current: str) -> list[str]:
    """Summaries still "running" belong to runs that died (we hold the lock): mark them "killed"."""
    killed = []
    for path in sorted((Path(out) / "runs").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        if isinstance(data, dict) and data.get("status") == "running" and data.get("run_id") != current:
            data["status"] = "killed"
            write_json(path, data)
            killed.append(str(data.get("run_id")))
    return killed

"""Benchmark: what a rerun pays to skip events already in a big dataset.

    python bench/dedupe.py --events 2000000

Writes a synthetic dataset of N event ids in parts of 50,000 (the default --batch-rows),
then times what `coder code` does before and during a run in append mode: reading every
event_id (dataset.existing_ids) and checking one batch of 50,000 new ids against them
(IdSet.contains), with the process's peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coder.dataset import existing_ids  # noqa: E402

PART = 50_000


def fake_ids(n: int) -> pa.Array:
    return pa.array([os.urandom(10).hex() for _ in range(n)], pa.string())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "events" / "year=2020" / "month=01"
        folder.mkdir(parents=True)
        for i in range(0, args.events, PART):
            ids = fake_ids(min(PART, args.events - i))
            pq.write_table(pa.table({"event_id": ids, "story_id": ids}), folder / f"part-{i:09d}.parquet")
        started = time.perf_counter()
        seen = existing_ids(tmp)
        loaded = time.perf_counter() - started
        batch = fake_ids(PART)
        started = time.perf_counter()
        hits = seen.contains(batch).true_count
        checked = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"events in dataset: {len(seen):,}  read ids: {loaded:.2f}s  check a batch of {PART:,}: {checked:.3f}s "
          f"({hits} already present)  peak memory: {peak:,.0f} MB")


if __name__ == "__main__":
    main()

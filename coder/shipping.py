"""What a worker sends back for a batch of stories: each story's accounting, and the good events
of all of them as one Arrow table.

Pickling one table costs far less than pickling thousands of dicts, and building it is work
the run's own process (which reads and writes for every worker) no longer does: it hands
each story's rows to the writer as a range of the table, copied only when written.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from .batch import Coded
from .writer import EventRows, events_table


@dataclass(slots=True)
class CodedBatch:
    coded: list[Coded]  # in story order, their `good` left empty
    events: list[int]  # how many rows of `table` each story's good events are
    table: pa.Table  # the good events of every story, in order


def pack(results: list[Coded]) -> CodedBatch:
    records = [record for coded in results for record in coded.good]
    counts = [len(coded.good) for coded in results]
    bare = [Coded(c.sentences, [], c.too_long, c.bad) for c in results]
    return CodedBatch(bare, counts, events_table(records))


def unpack(batch: CodedBatch) -> list[Coded]:
    """Each story's result, its good events the rows of the batch's table that are its own."""
    out, offset = [], 0
    for coded, n in zip(batch.coded, batch.events):
        out.append(Coded(coded.sentences, EventRows(batch.table, offset, offset + n), coded.too_long, coded.bad))
        offset += n
    return out

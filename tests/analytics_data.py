"""A small real dataset for the view, export and report tests, and figures computed from it
in plain Python (never hard-coded): the tests compare DuckDB's answers with these.

The stories repeat events on purpose: the same event twice in one story, the same event in
two stories from two publishers on one day, and again on the next day, so the one-a-day
filter has something to collapse.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

from coder.batch import run

STORIES = [
    {"id": "s1", "date": "2020-03-05", "publisher": "Wire A", "url": "https://example.org/s1",
     "text": "Iran condemned Israel. Iran and Syria discussed trade. Iran condemned Israel again."},
    {"id": "s2", "date": "2020-03-05", "publisher": "Wire B",
     "text": "Turkey praised Iran. Iran condemned Israel."},
    {"id": "s3", "date": "2020-03-06", "publisher": "Wire A", "text": "Iran condemned Israel."},
    {"id": "s4", "date": "2020-04-10", "publisher": "Wire C",
     "text": "The United States imposed sanctions on Iran. Israeli jets bombed Syria."},
    {"id": "s5", "date": "2021-01-02",
     "text": "Russia and Ukraine signed a ceasefire agreement. Israel accused Iran of attacking ships. "
             "Turkish police fired tear gas at protesters."},
    {"id": "s6", "date": "2021-01-02", "publisher": "Wire B", "text": "Israel fired missiles at Syria."},
]


def code_dataset(folder: Path, lexicon) -> Path:
    """Code STORIES with the real pipeline into FOLDER/out and return that dataset folder."""
    inp = folder / "stories.jsonl"
    inp.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    run([inp], folder / "out", lexicon)
    return folder / "out"


def read_events(out: Path) -> list[dict]:
    return pq.read_table(out / "events").to_pylist()


KEY = ("date", "source_actor", "target_actor", "event_code")


def dedup(events: list[dict]) -> dict[tuple, dict]:
    """The one-a-day filter by hand: key -> kept row plus num_mentions, num_stories, num_sources."""
    groups = defaultdict(list)
    for e in events:
        groups[tuple(e[k] for k in KEY)].append(e)
    result = {}
    for key, rows in groups.items():
        kept = dict(min(rows, key=lambda e: (e["sentence_index"], e["story_id"], e["event_id"])))
        kept["num_mentions"] = len(rows)
        kept["num_stories"] = len({e["story_id"] for e in rows})
        kept["num_sources"] = len({e["publisher"] for e in rows if e["publisher"] is not None})
        result[key] = kept
    return result


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def weight(e: dict) -> float:
    return round(float(e["goldstein"]), 1)


def aggregate(rows, key_of) -> dict[tuple, dict]:
    """events, mentions, Goldstein sum and quad-class counts of deduplicated rows, grouped by key_of(row)."""
    out = defaultdict(lambda: {"events": 0, "mentions": 0, "goldstein_sum": 0.0, "quads": [0, 0, 0, 0]})
    for e in rows:
        agg = out[key_of(e)]
        agg["events"] += 1
        agg["mentions"] += e["num_mentions"]
        agg["goldstein_sum"] += weight(e)
        agg["quads"][e["quad_class"] - 1] += 1
    return dict(out)

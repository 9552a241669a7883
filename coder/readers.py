"""Read stories from JSONL, CSV and .txt files, streaming, one story at a time.

A bad record does not stop the run: it is yielded as an InputError (path, line, field)
in the stream, for the caller to keep as a reject. Nothing is read into memory whole
except a single .txt story.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date as Date
from pathlib import Path
from typing import Iterator

from .errors import InputError
from .records import Story

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".txt": "txt"}
OPTIONAL = ("title", "publisher", "url")
DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")

Item = Story | InputError


def detect_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def expand(inputs) -> Iterator[Path]:
    """Files named, and the readable files inside folders named, in a stable order."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and detect_format(p))
        else:
            yield path


def _check_date(value, path, line, field="date") -> str:
    """A YYYY-MM-DD date that exists on the calendar."""
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            return Date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise InputError(path, line, field, "bad_date", value)


def make_story(record: dict, path: str, line: int, default_date: str | None = None) -> Story:
    """Check a record's fields and build a Story, or raise InputError naming the field."""
    for field, expected in (("id", "a story id"), ("text", "the story text")):
        value = record.get(field)
        if value is None:
            raise InputError(path, line, field, "missing", expected)
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise InputError(path, line, field, "bad_type", f"{expected} as a string")
        if not str(value).strip():
            raise InputError(path, line, field, "empty", expected)
    raw_date = record.get("date") or default_date
    if raw_date is None:
        raise InputError(path, line, "date", "missing", "a date as YYYY-MM-DD")
    day = _check_date(raw_date, path, line)
    extras = {}
    for field in OPTIONAL:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise InputError(path, line, field, "bad_type", "a string")
        extras[field] = value or None
    return Story(str(record["id"]).strip(), day, str(record["text"]), path=path, line=line, **extras)


def read_jsonl(path: Path, default_date: str | None = None) -> Iterator[Item]:
    p = str(path)
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(p, number, None, "bad_encoding", exc.reason)
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                yield InputError(p, number, None, "bad_json", exc.msg)
                continue
            if not isinstance(record, dict):
                yield InputError(p, number, None, "not_object", type(record).__name__)
                continue
            try:
                yield make_story(record, p, number, default_date)
            except InputError as exc:
                yield exc


def read_csv(path: Path, default_date: str | None = None) -> Iterator[Item]:
    p = str(path)
    with open(path, "rb") as binary:
        fh = io.TextIOWrapper(binary, encoding="utf-8", errors="strict", newline="")
        reader = csv.DictReader(fh)
        try:
            header = reader.fieldnames or []
        except UnicodeDecodeError as exc:
            yield InputError(p, 1, None, "bad_encoding", exc.reason)
            return
        missing = [c for c in ("id", "text") if c not in header]
        if missing:
            yield InputError(p, 1, None, "csv_columns", missing)
            return
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except (UnicodeDecodeError, csv.Error) as exc:
                yield InputError(p, reader.line_num, None, "bad_encoding", exc)
                return
            try:
                yield make_story(row, p, reader.line_num, default_date)
            except InputError as exc:
                yield exc


def read_txt(path: Path, default_date: str | None = None) -> Iterator[Item]:
    p = str(path)
    found = DATE_IN_NAME.search(path.name)
    day = default_date or (found.group(1) if found else None)
    if day is None:
        yield InputError(p, 1, "date", "no_date")
        return
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        yield InputError(p, 1, "text", "bad_encoding", exc.reason)
        return
    try:
        yield make_story({"id": path.stem, "date": day, "text": text}, p, 1)
    except InputError as exc:
        yield exc


READERS = {"jsonl": read_jsonl, "csv": read_csv, "txt": read_txt}


def iter_stories(path, fmt: str | None = None, default_date: str | None = None) -> Iterator[Item]:
    """Stories (or InputErrors) from one file, in file order."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    if fmt not in READERS:
        yield InputError(str(path), 0, None, "unknown_format")
        return
    yield from READERS[fmt](path, default_date)

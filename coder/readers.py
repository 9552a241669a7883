"""Read stories from JSONL, CSV, .txt and PETRARCH XML files, streaming, one story at a time.

A bad record does not stop the run: it is yielded as an InputError (path, line, field)
in the stream, for the caller to keep as a reject. Nothing is read into memory whole
except a single .txt story, and no line longer than MAX_LINE_BYTES is held.

Bytes that are not UTF-8 are never guessed at or replaced: a wrongly decoded name would
silently stop matching the dictionaries. The record is rejected, naming the field that
holds them (a field the coder does not use may hold anything).
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

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".txt": "txt", ".xml": "xml"}
REQUIRED = ("id", "text")
OPTIONAL = ("title", "publisher", "url")
DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
SURROGATE = re.compile("[\ud800-\udfff]")
MAX_STORY_CHARS = 1_000_000  # longer texts are not news stories, and coding time grows with length
MAX_LINE_BYTES = 64 << 20  # a longer "line" is binary data: skipped, never held in memory
BOM = "\ufeff"

Item = Story | InputError


def detect_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def expand(inputs, exclude=None) -> Iterator[Path]:
    """Files named, and the readable files inside folders named, in a stable order; none
    inside the folder `exclude` (a run's own output, when it lies inside an input folder)."""
    skip = Path(exclude).resolve() if exclude is not None else None
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and detect_format(p))
            yield from (p for p in found if skip is None or not p.resolve().is_relative_to(skip))
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


def _check_text(value: str, field: str, path: str, line: int) -> None:
    """Reject a lone surrogate: it cannot be written as UTF-8 (Parquet would fail later)."""
    if value.isascii():  # known from the string's header, no scan: most text of a run is ASCII
        return
    found = SURROGATE.search(value)
    if found:
        char = found.group()
        if "\udc80" <= char <= "\udcff":  # a byte that was not UTF-8, kept by surrogateescape
            detail = f"byte 0x{ord(char) - 0xDC00:02x} at character {found.start()}"
            raise InputError(path, line, field, "bad_encoding", detail)
        raise InputError(path, line, field, "bad_unicode", f"\\u{ord(char):04x} at character {found.start()}")


def _required_field(record: dict, field: str, expected: str, path: str, line: int) -> str:
    value = record.get(field)
    if value is None:
        raise InputError(path, line, field, "missing", expected)
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise InputError(path, line, field, "bad_type", f"{expected} as a string")
    value = str(value)
    if not value.strip():
        raise InputError(path, line, field, "empty", expected)
    _check_text(value, field, path, line)
    return value


def make_story(record: dict, path: str, line: int, default_date: str | None = None,
               max_chars: int = MAX_STORY_CHARS) -> Story:
    """Check a record's fields and build a Story, or raise InputError naming the field."""
    story_id = _required_field(record, "id", "a story id", path, line)
    text = _required_field(record, "text", "the story text", path, line)
    if len(text) > max_chars:
        raise InputError(path, line, "text", "too_long", f"{len(text):,} characters, over the limit of {max_chars:,}")
    raw_date = record.get("date") or default_date
    if raw_date is None:
        raise InputError(path, line, "date", "missing", "a date as YYYY-MM-DD")
    day = _check_date(raw_date, path, line)
    extras = {}
    for field in OPTIONAL:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise InputError(path, line, field, "bad_type", "a string")
        if value:
            _check_text(value, field, path, line)
        extras[field] = value or None
    return Story(story_id.strip(), day, text, path=path, line=line, **extras)


def _bounded_lines(fh, limit: int | None = None) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes, size) per line; bytes is None for a line over `limit`, which is
    skipped in 1 MB pieces so that binary data without newlines never fills memory."""
    limit = limit or MAX_LINE_BYTES
    number = 0
    while raw := fh.readline(limit + 1):
        number += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield number, raw, len(raw)
            continue
        size = len(raw)
        while raw and not raw.endswith(b"\n"):
            raw = fh.readline(1 << 20)
            size += len(raw)
        yield number, None, size


def _decode_line(raw: bytes, number: int) -> tuple[str, UnicodeDecodeError | None]:
    """The line as text; bytes that are not UTF-8 are kept as surrogates for _check_text to name."""
    try:
        text, error = raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        text, error = raw.decode("utf-8", "surrogateescape"), exc
    return (text[1:] if number == 1 and text.startswith(BOM) else text), error


def _parse_json_line(raw: bytes, p: str, number: int) -> dict:
    """One JSONL line as a dict, or InputError saying what is wrong with it."""
    text, bad_bytes = _decode_line(raw, number)
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as exc:  # ValueError covers JSONDecodeError and huge integers
        if bad_bytes is not None:
            raise InputError(p, number, None, "bad_encoding", f"byte 0x{raw[bad_bytes.start]:02x} at byte {bad_bytes.start}")
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply or a number too long"
        raise InputError(p, number, None, "bad_json", reason) from None
    if not isinstance(record, dict):
        raise InputError(p, number, None, "not_object", type(record).__name__)
    return record


def read_jsonl(path: Path, default_date: str | None = None, max_chars: int = MAX_STORY_CHARS) -> Iterator[Item]:
    p = str(path)
    with open(path, "rb") as fh:
        for number, raw, size in _bounded_lines(fh):
            if raw is None:
                yield InputError(p, number, None, "line_too_long", f"{size:,} bytes")
                continue
            if not raw.strip():
                continue
            try:
                yield make_story(_parse_json_line(raw, p, number), p, number, default_date, max_chars)
            except InputError as exc:
                yield exc


def _csv_rows(reader, p: str) -> Iterator[tuple[int, list[str] | InputError]]:
    """(first line, cells) per CSV row; a row the csv module cannot parse becomes an InputError."""
    while True:
        first = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield first, InputError(p, first, None, "bad_csv", exc)
            if reader.line_num < first:  # the reader did not move on: stop rather than loop
                return
            continue
        if row:
            yield first, row


def _csv_story(row: list[str], header: list[str], missing: list[str], p: str, line: int,
               default_date: str | None, max_chars: int) -> Story:
    if missing:
        raise InputError(p, line, missing[0], "csv_columns", f"{missing} (header: {header})")
    if len(row) > len(header):
        raise InputError(p, line, None, "csv_cells", f"{len(row)} cells, the header {len(header)}")
    return make_story(dict(zip(header, row)), p, line, default_date, max_chars)


def read_csv(path: Path, default_date: str | None = None, max_chars: int = MAX_STORY_CHARS) -> Iterator[Item]:
    """Rows of a CSV with a header; with wrong columns every row is rejected, so each is counted."""
    p = str(path)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_LINE_BYTES))
    with open(path, "rb") as binary:
        fh = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")
        rows = _csv_rows(csv.reader(fh), p)
        header = None
        for line, row in rows:
            if isinstance(row, InputError):
                yield row
            elif header is None:
                header = [cell.strip() for cell in row]
                missing = [c for c in REQUIRED if c not in header]
            else:
                try:
                    yield _csv_story(row, header, missing, p, line, default_date, max_chars)
                except InputError as exc:
                    yield exc


def read_txt(path: Path, default_date: str | None = None, max_chars: int = MAX_STORY_CHARS) -> Iterator[Item]:
    p = str(path)
    found = DATE_IN_NAME.search(path.name)
    day = default_date or (found.group(1) if found else None)
    if day is None:
        yield InputError(p, 1, "date", "no_date")
        return
    size = path.stat().st_size
    if size > 4 * max_chars:  # more characters than the limit whatever the encoding: do not read it
        yield InputError(p, 1, "text", "too_long", f"{size:,} bytes, over the limit of {max_chars:,} characters")
        return
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        yield InputError(p, line, "text", "bad_encoding", f"byte 0x{data[exc.start]:02x} at byte {exc.start}")
        return
    try:
        yield make_story({"id": path.stem, "date": day, "text": text}, p, 1, max_chars=max_chars)
    except InputError as exc:
        yield exc


def read_xml(path: Path, default_date: str | None = None, max_chars: int = MAX_STORY_CHARS) -> Iterator[Item]:
    """PETRARCH's XML input (<Sentence date id><Text>): see xmlinput.py."""
    from .xmlinput import read_xml as read

    return read(path, default_date, max_chars)


READERS = {"jsonl": read_jsonl, "csv": read_csv, "txt": read_txt, "xml": read_xml}


def iter_stories(path, fmt: str | None = None, default_date: str | None = None,
                 max_chars: int = MAX_STORY_CHARS) -> Iterator[Item]:
    """Stories (or InputErrors) from one file, in file order; a file that cannot be opened
    or read is one InputError, and the run goes on with the next file."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    if fmt not in READERS:
        yield InputError(str(path), 0, None, "unknown_format")
        return
    try:
        yield from READERS[fmt](path, default_date, max_chars)
    except OSError as exc:
        yield InputError(str(path), 0, None, "unreadable", exc.strerror or exc)

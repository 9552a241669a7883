"""Check event records against schemas/event.schema.json before anything is written."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator

from .errors import EventSchemaError

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "event.schema.json"


def schema_path() -> Path:
    return Path(os.environ.get("CODER_SCHEMA") or SCHEMA_PATH)


def validator(path: str | None = None) -> Draft202012Validator:
    """The compiled validator for a schema file (default: $CODER_SCHEMA or schemas/event.schema.json)."""
    return _compiled(str(path or schema_path()))


@lru_cache(maxsize=4)
def _compiled(path: str) -> Draft202012Validator:
    schema = json.loads(Path(path).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check(record: dict, path: str | None = None) -> EventSchemaError | None:
    """None when the record is valid, else the first failure with its JSON path."""
    error = next(iter(validator(path).iter_errors(record)), None)
    if error is None:
        return None
    return EventSchemaError(str(record.get("event_id")), error.json_path, error.message)


def split_valid(records: list[dict], path: str | None = None) -> tuple[list[dict], list[tuple[dict, EventSchemaError]]]:
    good, bad = [], []
    for record in records:
        failure = check(record, path)
        if failure is None:
            good.append(record)
        else:
            bad.append((record, failure))
    return good, bad

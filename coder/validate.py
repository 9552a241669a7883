"""Check event records against schemas/event.schema.json before anything is written.

Two validators from one schema: fastjsonschema's generated code answers "valid?" about twenty
times faster than jsonschema, and jsonschema (the reference implementation) has the last word
on every record the fast one doubts, so the rules applied are exactly jsonschema's and every
failure comes with its JSON path. The schema uses only keywords both implement (draft 7's
if/then, const, enum, pattern, ranges); a test checks they agree on mutated records.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import fastjsonschema
from jsonschema import Draft202012Validator

from .build import shipped
from .errors import EventSchemaError
from .screen import Screen, compile_screen

SCREEN_MIN = 16  # fewer records: one validator call each costs no more than the screen
SCHEMA_PATH = shipped("schemas") / "event.schema.json"


def schema_path() -> Path:
    return Path(os.environ.get("CODER_SCHEMA") or SCHEMA_PATH)


def validator(path: str | None = None) -> Draft202012Validator:
    """The compiled validator for a schema file (default: $CODER_SCHEMA or schemas/event.schema.json)."""
    return _compiled(str(path or schema_path()))


@lru_cache(maxsize=4)
def _compiled(path: str) -> Draft202012Validator:
    schema = json.loads(Path(path).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(inline_local_refs(schema))


@lru_cache(maxsize=4)
def _fast(path: str):
    schema = dict(inline_local_refs(json.loads(Path(path).read_text(encoding="utf-8"))))
    schema.pop("$defs", None)
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"  # same keywords, the draft it compiles
    return fastjsonschema.compile(schema)


def inline_local_refs(schema: dict) -> dict:
    """Replace {"$ref": "#/$defs/name"} by the definition itself: the same rules, checked
    without a reference lookup per field per record (a third of validation time)."""
    defs = schema.get("$defs", {})

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/") and len(node) == 1 and ref[8:] in defs:
                return walk(defs[ref[8:]])
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema)


def check(record: dict, path: str | None = None) -> EventSchemaError | None:
    """None when the record is valid, else the first failure with its JSON path."""
    key = str(path or schema_path())
    try:
        _fast(key)(record)
        return None
    except fastjsonschema.JsonSchemaException:
        pass  # let the reference implementation decide, and say where
    error = next(iter(validator(key).iter_errors(record)), None)
    if error is None:
        return None
    return EventSchemaError(str(record.get("event_id")), error.json_path, error.message)


@lru_cache(maxsize=4)
def _screen(path: str) -> Screen | None:
    schema = inline_local_refs(json.loads(Path(path).read_text(encoding="utf-8")))
    return compile_screen(schema, lambda sub: Draft202012Validator(sub).is_valid)


def split_valid(records: list[dict], path: str | None = None) -> tuple[list[dict], list[tuple[dict, EventSchemaError]]]:
    """(valid records, (record, failure) of the others), in order. A batch of SCREEN_MIN records or
    more is first screened column by column (screen.py); one it does not clear is checked record
    by record."""
    if len(records) >= SCREEN_MIN:
        screen = _screen(str(path or schema_path()))
        if screen is not None and screen.clears(records):
            return list(records), []
    good, bad = [], []
    for record in records:
        failure = check(record, path)
        if failure is None:
            good.append(record)
        else:
            bad.append((record, failure))
    return good, bad

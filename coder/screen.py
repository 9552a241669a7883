"""Clear a whole batch of event records against the JSON Schema column by column.

Calling a validator once per record costs about 20 us an event, the same checks over and over
on values that are mostly alike. This screen compiles the schema's properties into column
rules (exact types, pattern, minLength, minimum, maximum, enum, const), checks each column of
a batch in a few C-level passes (map, set), the required and extra keys once per distinct key
set, and each allOf branch (if/then on properties) once per distinct combination of the values
it reads. It only ever says "all valid" or "not sure": where in doubt it is stricter than
JSON Schema (1.0 is no integer here), and a batch it does not clear is validated record by
record as before, so every verdict is still the reference implementation's (validate.py).
A schema using any other keyword is never cleared here.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from typing import Callable

NOTES = frozenset({"$schema", "$id", "$comment", "title", "description", "$defs", "examples", "default"})
TOP = NOTES | {"type", "required", "additionalProperties", "properties", "allOf"}
PROPERTY = NOTES | {"type", "pattern", "minLength", "minimum", "maximum", "enum", "const"}
TYPES = {"string": {str}, "integer": {int}, "number": {int, float}, "null": {type(None)},
         "boolean": {bool}}  # exact types: True is no integer, an int subclass is not an int
MISSING = object()


@dataclass(frozen=True)
class Rule:
    """What every value of one property must be."""

    types: frozenset[type]
    pattern: Callable | None = None  # re.search of the pattern, as jsonschema applies it
    min_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    allowed: frozenset | None = None  # enum / const, as (type, value) pairs

    def clears(self, values: list) -> bool:
        if not set(map(type, values)) <= self.types:
            return False
        if self.allowed is not None and not set(zip(map(type, values), values)) <= self.allowed:
            return False
        strings = set(values) if self.types == {str} else {v for v in values if type(v) is str}  # each once
        if self.pattern is not None and not all(map(self.pattern, strings)):
            return False
        if self.min_length is not None and min(map(len, strings), default=self.min_length) < self.min_length:
            return False
        numbers = [v for v in values if type(v) in (int, float)] if self.minimum is not None or \
            self.maximum is not None else ()
        if self.minimum is not None and not all(map(partial(operator.le, self.minimum), numbers)):
            return False  # NaN fails both bounds, as it should
        return self.maximum is None or all(map(partial(operator.ge, self.maximum), numbers))


def rule(schema: dict) -> Rule | None:
    """The column rule of a property's (inlined) schema, or None when it uses other keywords."""
    if not set(schema) <= PROPERTY or "type" not in schema:
        return None
    names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    if not all(name in TYPES for name in names):
        return None
    types = frozenset(t for name in names for t in TYPES[name])
    allowed = None
    if "enum" in schema or "const" in schema:
        items = schema["enum"] if "enum" in schema else [schema["const"]]
        if not all(type(v) in (str, int, float, bool, type(None)) for v in items):
            return None
        allowed = frozenset((type(v), v) for v in items)
    pattern = re.compile(schema["pattern"]).search if "pattern" in schema else None  # = re.search(pattern, value)
    return Rule(types, pattern, schema.get("minLength"), schema.get("minimum"), schema.get("maximum"), allowed)


@dataclass(frozen=True)
class Branch:
    """One allOf entry that only reads some properties (if/then/else of `properties`)."""

    names: tuple[str, ...]
    check: Callable[[dict], bool]  # the reference validator's verdict on the projected record
    verdicts: dict = field(default_factory=dict)  # (type, value) of each name read -> the verdict

    def clears(self, combination: tuple) -> bool:
        """The verdict on one combination of (type, value, type, value ...) of the names read."""
        verdict = self.verdicts.get(combination)
        if verdict is None:
            values = combination[1::2]
            verdict = self.check({n: v for n, v in zip(self.names, values) if v is not MISSING})
            if len(self.verdicts) < 100_000:
                self.verdicts[combination] = verdict
        return verdict


def branch(entry: dict, validates: Callable[[dict], Callable[[dict], bool]]) -> Branch | None:
    if not isinstance(entry, dict) or not set(entry) <= {"if", "then", "else"}:
        return None
    names: set[str] = set()
    for part in entry.values():
        if not isinstance(part, dict) or not set(part) <= {"properties"}:
            return None
        names |= set(part["properties"])
    return Branch(tuple(sorted(names)), validates({"allOf": [entry]}))


@dataclass(frozen=True)
class Screen:
    required: frozenset[str]
    properties: dict[str, Rule]
    closed: bool  # additionalProperties: false
    branches: tuple[Branch, ...]

    def clears(self, records: list[dict]) -> bool:
        """True only when every record is valid; False when any might not be."""
        if set(map(type, records)) != {dict}:
            return False
        keysets = set(map(frozenset, set(map(tuple, records))))  # records built alike share one key tuple
        for keys in keysets:
            if not self.required <= keys or (self.closed and not keys <= self.properties.keys()):
                return False
        for name, column_rule in self.properties.items():
            present = records if all(name in keys for keys in keysets) else [r for r in records if name in r]
            if present and not column_rule.clears(list(map(itemgetter(name), present))):
                return False
        return all(self._branch_clears(b, records) for b in self.branches)

    @staticmethod
    def _branch_clears(b: Branch, records: list[dict]) -> bool:
        """Each distinct combination of the values the branch reads, checked once."""
        columns = [[r.get(name, MISSING) for r in records] for name in b.names]
        try:
            combinations = set(zip(*(c for column in columns for c in (map(type, column), column))))
        except TypeError:  # an unhashable value: not for this screen
            return False
        return all(map(b.clears, combinations))


def compile_screen(schema: dict, validates: Callable[[dict], Callable[[dict], bool]]) -> Screen | None:
    """A Screen for an object schema with inlined $refs, or None when it uses keywords it cannot
    check by column. `validates(subschema)` gives a reference yes/no check for allOf branches."""
    if not set(schema) <= TOP or schema.get("type") != "object":
        return None
    extra = schema.get("additionalProperties", True)
    if extra not in (True, False):
        return None
    rules = {name: rule(sub) for name, sub in schema.get("properties", {}).items()}
    branches = tuple(branch(entry, validates) for entry in schema.get("allOf", []))
    if any(r is None for r in rules.values()) or any(b is None for b in branches):
        return None
    return Screen(frozenset(schema.get("required", [])), rules, extra is False, branches)

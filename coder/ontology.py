"""The CAMEO event ontology and the CAMEO-to-ACLED crosswalk, read from dictionaries/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .dictfile import EVENT_CODE_RE, parse_tsv
from .errors import DictionaryError
from .records import by_fields


@dataclass(frozen=True, slots=True)
class EventType:
    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float

    def __reduce__(self):
        return by_fields(self)


@dataclass(frozen=True, slots=True)
class AcledRule:
    prefix: str
    source_agent: str  # "*" = any
    target_agent: str
    event_type: str
    sub_event_type: str

    def __reduce__(self):
        return by_fields(self)


def load_ontology(path: Path) -> tuple[dict[str, EventType], list[DictionaryError]]:
    rows, errors = parse_tsv(path, ["code", "root", "name", "quad_class", "goldstein"])
    codes: dict[str, EventType] = {}
    for row in rows:
        try:
            quad, weight = int(row["quad_class"]), float(row["goldstein"])
        except ValueError:
            errors.append(DictionaryError(str(path), row["_line"], "bad_row", "quad_class must be 1-4, goldstein a number"))
            continue
        if not (EVENT_CODE_RE.match(row["code"]) and row["code"].startswith(row["root"]) and 1 <= quad <= 4):
            errors.append(DictionaryError(str(path), row["_line"], "bad_row", f"code {row['code']!r} and root {row['root']!r} disagree"))
            continue
        codes[row["code"]] = EventType(row["code"], row["root"], row["name"], quad, weight)
    return codes, errors


class AcledRules:
    """The crosswalk's rules in the order they are tried, with the answers given so far: a run
    asks the same few (code, source agent, target agent) questions again and again."""

    def __init__(self, rules: list[AcledRule] | None = None) -> None:
        self.rules = rules or []
        self.answers: dict[tuple[str, str | None, str | None], tuple[str | None, str | None]] = {}

    def __iter__(self) -> Iterator[AcledRule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)


def load_crosswalk(path: Path, codes) -> tuple[AcledRules, list[DictionaryError]]:
    rows, errors = parse_tsv(path, ["cameo_code", "source_agent", "target_agent", "event_type", "sub_event_type"])
    rules = []
    for row in rows:
        if row["cameo_code"] not in codes:
            errors.append(DictionaryError(str(path), row["_line"], "unknown_event_code", row["cameo_code"]))
            continue
        rules.append(AcledRule(row["cameo_code"], row["source_agent"] or "*", row["target_agent"] or "*",
                               row["event_type"], row["sub_event_type"]))
    # longest prefix first; a rule with agent conditions before an unconditioned one
    rules.sort(key=lambda r: (-len(r.prefix), r.source_agent == "*", r.target_agent == "*"))
    return AcledRules(rules), errors


def acled_type(rules: AcledRules, code: str, source_agent: str | None,
               target_agent: str | None) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) for a CAMEO code, or (None, None) where ACLED has no analogue."""
    key = (code, source_agent, target_agent)
    found = rules.answers.get(key)
    if found is None:
        found = next(((r.event_type, r.sub_event_type) for r in rules.rules if code.startswith(r.prefix)
                      and r.source_agent in ("*", source_agent) and r.target_agent in ("*", target_agent)),
                     (None, None))
        rules.answers[key] = found
    return found


@dataclass(frozen=True, slots=True)
class Recode:
    """An act whose code depends on who does it to whom (recode.tsv)."""

    prefix: str
    source_agents: frozenset[str]  # {"*"} = any
    target_agents: frozenset[str]
    code: str

    def __reduce__(self):
        return by_fields(self)


def load_recodes(path: Path, codes) -> tuple[list[Recode], list[DictionaryError]]:
    """Read recode.tsv; a folder without one recodes nothing."""
    if not path.exists():
        return [], []
    rows, errors = parse_tsv(path, ["act", "source_agent", "target_agent", "code"])
    rules = []
    for row in rows:
        if row["code"] not in codes or not row["act"].isdigit():
            errors.append(DictionaryError(str(path), row["_line"], "unknown_event_code", f"{row['act']} -> {row['code']}"))
            continue
        rules.append(Recode(row["act"], frozenset(row["source_agent"].split("|")),
                            frozenset(row["target_agent"].split("|")), row["code"]))
    rules.sort(key=lambda r: -len(r.prefix))
    return rules, errors


def recode(rules: list[Recode], code: str, source_agent: str | None, target_agent: str | None) -> str:
    """The code for this source and target: 'troops fired on protesters' is repression (175), not battle."""
    for r in rules:
        if (code.startswith(r.prefix) and ("*" in r.source_agents or source_agent in r.source_agents)
                and ("*" in r.target_agents or target_agent in r.target_agents)):
            return r.code
    return code

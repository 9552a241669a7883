"""Score the coder against a hand-coded gold set: precision, recall and F1 at three levels.

Levels, from coarse to fine:
  root   (source country, target country, root code): did we see who did what kind of thing?
  full   (source actor, target actor, event code): the exact record a user gets
  event  (event code): the kind of event alone, whoever did it

Events are compared sentence item by item as multisets, so coding an event twice counts once
right and once false.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .errors import GoldErrors, InputError
from .lexicon import Lexicon
from .misses import why_false, why_missed
from .pipeline import explain

LEVELS = ("root", "full", "event")
Triple = tuple[str, str, str]  # (source, code, target)


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    date: str
    text: str
    events: tuple[Triple, ...]
    where: str  # "file:line"


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Counter, found: Counter) -> tuple[Counter, Counter]:
        """Count one item; return (missed, false) keys."""
        hit = gold & found
        self.tp += sum(hit.values())
        missed, false = gold - hit, found - hit
        self.fn += sum(missed.values())
        self.fp += sum(false.values())
        return missed, false


@dataclass(slots=True)
class Mistake:
    item: GoldItem
    kind: str  # "miss" or "false"
    key: tuple
    cause: str = ""  # a miss: the step that lost it (misses.CAUSES); a false event: its pattern
    detail: str = ""  # what that step saw: the actor not found, the rule's reason, the code given


@dataclass(slots=True)
class Evaluation:
    items: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {level: Score() for level in LEVELS})
    by_root: dict[str, Score] = field(default_factory=dict)
    mistakes: dict[str, list[Mistake]] = field(default_factory=lambda: {level: [] for level in LEVELS})


# -- reading the gold set ---------------------------------------------------------------


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named, with folders expanded to their *.jsonl files."""
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    return files


def read_gold(paths: Iterable[str | Path], codes: dict | None = None) -> list[GoldItem]:
    """Every gold item; raise GoldErrors naming each bad line (a partly read gold set would lie)."""
    items, errors, seen = [], [], set()
    for path in gold_files(paths):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    item = _gold_item(json.loads(line), f"{path}:{n}", codes)
                except json.JSONDecodeError as exc:
                    errors.append(InputError(path, n, None, "bad_json", exc.msg))
                except _BadField as bad:
                    errors.append(InputError(path, n, bad.field, bad.kind, bad.detail))
                else:
                    if item.id in seen:
                        errors.append(InputError(path, n, "id", "duplicate_id", item.id))
                    seen.add(item.id)
                    items.append(item)
    if errors:
        raise GoldErrors(errors)
    return items


class _BadField(Exception):
    def __init__(self, field: str, kind: str, detail: object = ""):
        self.field, self.kind, self.detail = field, kind, detail


def _gold_item(obj, where: str, codes: dict | None) -> GoldItem:
    if not isinstance(obj, dict):
        raise _BadField("", "not_object", type(obj).__name__)
    for name in ("id", "date", "text"):
        if not isinstance(obj.get(name), str) or not obj[name].strip():
            raise _BadField(name, "missing", "a non-empty string")
    if not isinstance(obj.get("events"), list):
        raise _BadField("events", "missing", "a list of {source, code, target}")
    events = []
    for i, ev in enumerate(obj["events"]):
        if not isinstance(ev, dict) or not all(isinstance(ev.get(k), str) and ev[k] for k in ("source", "code", "target")):
            raise _BadField(f"events[{i}]", "bad_type", "an object with source, code and target strings")
        if codes is not None and ev["code"] not in codes:
            raise _BadField(f"events[{i}].code", "unknown_event_code", ev["code"])
        events.append((ev["source"], ev["code"], ev["target"]))
    return GoldItem(obj["id"], obj["date"], obj["text"], tuple(events), where)


# -- scoring ----------------------------------------------------------------------------


def actor_keys(lexicon: Lexicon) -> dict[str, Callable[[str], str] | None]:
    """How an actor code is reduced at each level (the event level compares no actors)."""
    countries = lexicon.actors.countries

    def country(code: str) -> str:
        return code[:3] if code[:3] in countries else code

    return {"root": country, "full": lambda code: code, "event": None}


def level_keys(lexicon: Lexicon) -> dict[str, Callable[[Triple], tuple]]:
    """How an event is reduced at each level."""
    country = actor_keys(lexicon)["root"]
    return {
        "root": lambda e: (country(e[0]), country(e[2]), e[1][:2]),
        "full": lambda e: (e[0], e[2], e[1]),
        "event": lambda e: (e[1],),
    }


def evaluate(items: Iterable[GoldItem], lexicon: Lexicon) -> Evaluation:
    """Code every gold item and score what the coder found against what the gold set says;
    each mistake keeps why it happened (misses.py)."""
    result = Evaluation()
    keys, actor_key = level_keys(lexicon), actor_keys(lexicon)
    for item in items:
        result.items += 1
        traces = explain(item.text, item.date, lexicon, item.id)
        found = [(e.source_actor, e.event_code, e.target_actor) for t in traces for e in t.events]
        for level, key in keys.items():
            missed, false = result.scores[level].add(Counter(map(key, item.events)), Counter(map(key, found)))
            event_key = lambda e, key=key: key((e.source_actor, e.event_code, e.target_actor))  # noqa: E731
            result.mistakes[level] += [Mistake(item, "miss", k, *why_missed(k, traces, actor_key[level], event_key))
                                       for k in missed.elements()]
            result.mistakes[level] += [Mistake(item, "false", k, why_false(k, traces, event_key))
                                       for k in false.elements()]
        _score_roots(result.by_root, item, found, keys["root"])
    return result


def _score_roots(by_root: dict[str, Score], item: GoldItem, found: list[Triple], key) -> None:
    """The root-level score, split by the root code of each event."""
    gold, coded = Counter(map(key, item.events)), Counter(map(key, found))
    for root in {k[2] for k in gold} | {k[2] for k in coded}:
        score = by_root.setdefault(root, Score())
        score.add(Counter({k: n for k, n in gold.items() if k[2] == root}),
                  Counter({k: n for k, n in coded.items() if k[2] == root}))

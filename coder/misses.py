"""Why each mistake of `coder evaluate` happened: the first step of the pipeline that lost a
gold event (no actor, no pattern, a grammar rule dropped it, other actors), or the pattern
that made a false one. A developer then knows which dictionary or rule to look at, and the
table of causes says which step costs the most.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable

from .records import Trace

# Causes of a miss, in pipeline order (the table lists them so).
CAUSES = ("source not found", "target not found", "no pattern of the root", "dropped by a rule",
          "other code", "other actors")


def named(traces: list[Trace], actor_key: Callable[[str], str]) -> set[str]:
    """Every actor the coder found in the item, at the level's grain (a pair stands for both)."""
    return {actor_key(m.code) for t in traces for a in t.actors for m in (a.members or (a,))}


def why_missed(key: tuple, traces: list[Trace], actor_key: Callable[[str], str] | None,
               event_key: Callable) -> tuple[str, str]:
    """(cause, detail) for a gold event the coder did not give. `key` is the level's key of the
    event, its last part the code or root; `actor_key` is None at the event-code level."""
    if actor_key is not None:
        found = named(traces, actor_key)
        if key[0] not in found:
            return "source not found", key[0]
        if key[1] not in found:
            return "target not found", key[1]
    root = key[-1][:2]
    verbs = [v for t in traces for v in t.verbs]
    if not any(v.code[:2] == root for v in verbs):
        matched = ", ".join(dict.fromkeys(f"{v.code} {v.pattern}" for v in verbs))
        return "no pattern of the root", f"{root}; matched: {matched}" if matched else root
    dropped = [d for t in traces for d in t.dyads if d.dropped and (d.code or d.verb.code)[:2] == root]
    if dropped:
        return "dropped by a rule", dropped[0].dropped
    events = [e for t in traces for e in t.events]
    if actor_key is None:  # the event-code level: an event of the root was coded, with another code
        other = next((e.event_code for e in events if e.event_code[:2] == root), "")
        return ("other code", other) if other else ("other actors", "")
    same_actors = next((e.event_code for e in events if event_key(e)[:2] == key[:2]), "")
    return ("other code", same_actors) if same_actors else ("other actors", "")


def why_false(key: tuple, traces: list[Trace], event_key: Callable) -> str:
    """The pattern (with its file and line) that made a false event."""
    return next((e.pattern for t in traces for e in t.events if event_key(e) == key), "")


def cause_table(causes: list[str]) -> list[tuple[str, int]]:
    """(cause, misses) in pipeline order, causes with none left out."""
    counts = Counter(causes)
    return [(c, counts[c]) for c in CAUSES if counts[c]]

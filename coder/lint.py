"""`coder dict lint`: find dictionary lines that load but code wrongly or never code at all.

Loading already refuses malformed lines (bad codes, bad date ranges, unknown CAMEO codes).
Lint looks across lines, where each line is fine alone but two of them together are not:
  conflicting_codes   one name, two codes, in force on the same day: the first line silently wins
  overlapping_dates   one name, one code, two date ranges that overlap (a typo in a date, usually)
  duplicate_name      the same name twice for the same code and dates
  shadowed_pattern    a pattern with the same words as an earlier one: it can never match
  duplicate_pattern   the same pattern twice for the same code
  shadowed_agent      an agent name that is also an actor name: the actor always wins
  common_word         an unquoted one-word name that is an everyday English word ("may", "us")
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from .actors import FUNCTION_WORDS, PREPOSITIONS, compile_names
from .errors import message
from .lexicon import Entries, read_entries
from .patterns import compile_pattern

ERRORS = frozenset({"conflicting_codes", "overlapping_dates", "shadowed_pattern"})
COMMON_WORDS = FUNCTION_WORDS | PREPOSITIONS | frozenset("us we it he she they may will can march".split())


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    line: int
    kind: str
    message: str

    @property
    def level(self) -> str:
        return "error" if self.kind in ERRORS or self.kind == "load" else "warning"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"


def lint(folder: str | Path | None = None) -> list[Finding]:
    """Every finding for a dictionary folder, load errors first, then in file and line order."""
    entries = read_entries(folder)
    found = [Finding(e.path, e.line, "load", str(e).split(": ", 1)[-1]) for e in entries.errors]
    found += sorted(_names(entries) + _patterns(entries), key=lambda f: (f.path, f.line, f.kind))
    return found


def _finding(entry, kind: str, detail) -> Finding:
    return Finding(entry.path, entry.line, kind, message(kind, detail))


def _overlap(a, b) -> bool:
    """Are two entries in force on some same day? Undated lines are fallbacks: they overlap only each other."""
    if (a.start, a.end) == (None, None) or (b.start, b.end) == (None, None):
        return (a.start, a.end) == (b.start, b.end) == (None, None)
    return (a.start or "") <= (b.end or "9999") and (b.start or "") <= (a.end or "9999")


def _names(e: Entries) -> list[Finding]:
    index = compile_names(e.actors, e.agents, e.countries)
    found: list[Finding] = []
    actor_keys = {(n.tokens, n.exact) for n in index.names() if n.kind == "actor"}
    for name in index.names():
        shown = " ".join(name.exact or name.tokens)
        if name.kind == "agent" and (name.tokens, name.exact) in actor_keys:
            found.append(_finding(name.entries[0], "shadowed_agent", shown))
        if len(name.tokens) == 1 and name.exact is None and name.tokens[0] in COMMON_WORDS:
            found.append(_finding(name.entries[0], "common_word", shown))
        # the same line twice is "Vučić | Vucic": accents fold, harmless
        distinct = list({id(entry): entry for entry in name.entries}.values())
        for a, b in combinations(distinct, 2):
            if (a.code, a.start, a.end) == (b.code, b.start, b.end):
                found.append(_finding(b, "duplicate_name", f"{shown!r} (also at {a.where})"))
            elif _overlap(a, b):
                kind = "overlapping_dates" if a.code == b.code else "conflicting_codes"
                found.append(_finding(b, kind, f"{shown!r}: {b.code} here, {a.code} at {a.where}"))
    return found


def _patterns(e: Entries) -> list[Finding]:
    found: list[Finding] = []
    first: dict[tuple, object] = {}
    for entry in e.patterns:
        try:
            p = compile_pattern(entry)
        except Exception:  # malformed patterns are already load errors
            continue
        key = (p.verb, p.lead, p.before, p.after, p.has_slot)
        if key not in first:
            first[key] = entry
            continue
        earlier = first[key]
        kind = "duplicate_pattern" if earlier.code == entry.code else "shadowed_pattern"
        found.append(_finding(entry, kind, f"{entry.pattern!r} ({entry.code}; {earlier.code} at {earlier.where} wins)"))
    return found

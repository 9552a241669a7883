"""Discards: contexts in which verbs of conflict and cooperation are no political event.

"Germany crushed hosts Brazil 7-1 in the World Cup semi-final" names two countries and a verb
of force; a tsunami "killing tens of thousands in Sri Lanka" names a country and a killing.
Cue phrases (dictionaries/discards.txt) rule out a sentence's events, all of them or those of
some roots. Read once; looked up by the sentence's first tokens, so most sentences cost a set test.
"""

from __future__ import annotations

from typing import Final

from dataclasses import dataclass, field
from pathlib import Path

from .dictfile import content_lines, split_names
from .errors import DictionaryError
from .records import Tokens
from .text import tokenize

ALL: Final = "*"


@dataclass(slots=True)
class Discards:
    by_first: dict[str, list[tuple[tuple[str, ...], str, frozenset[str]]]] = field(default_factory=dict)

    def find(self, tokens: Tokens) -> tuple[str, str, frozenset[str]] | None:
        """(kind, phrase, roots ruled out) of the first cue in the sentence, or None."""
        norms = [t.norm for t in tokens]
        for i, norm in enumerate(norms):
            for phrase, kind, roots in self.by_first.get(norm, ()):
                if tuple(norms[i : i + len(phrase)]) == phrase:
                    return kind, " ".join(t.text for t in tokens[i : i + len(phrase)]), roots
        return None


def load_discards(path: Path) -> tuple[Discards, list[DictionaryError]]:
    """Read discards.txt; a folder without one discards nothing."""
    result = Discards()
    errors: list[DictionaryError] = []
    if not path.exists():
        return result, errors
    kind: str | None = None
    roots: frozenset[str] = frozenset()
    for number, text, continued in content_lines(path):
        if not continued:
            kind, written, text = (text.split(None, 2) + ["", ""])[:3]
            parsed = _roots(written)
            if parsed is None:
                errors.append(DictionaryError(str(path), number, "bad_discard", written))
                kind = None
                continue
            roots = parsed
        if kind is None:
            continue
        for phrase in split_names(text.strip().lstrip("|"), str(path), number, errors):
            norms = tuple(t.norm for t in tokenize(phrase))
            if norms:
                result.by_first.setdefault(norms[0], []).append((norms, kind, roots))
    for group in result.by_first.values():
        group.sort(key=lambda p: -len(p[0]))
    return result, errors


def _roots(text: str) -> frozenset[str] | None:
    if text == ALL:
        return frozenset({ALL})
    roots = text.split(",")
    if not text or not all(r.isdigit() and len(r) == 2 and "01" <= r <= "20" for r in roots):
        return None
    return frozenset(roots)

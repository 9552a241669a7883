"""Verbs in -ing right after a preposition ("after leaving Eriador"), left uncoded when a
folder's settings.txt says `gerund_clauses no`.

News wire often reports an act in such a clause ("... after meeting the Iranian envoy"), so the
coder codes them by default. PETRARCH did not: its parse tree put them in a prepositional phrase
whose verb it never read, and its unit tests expect no event there.
"""

from __future__ import annotations

from typing import Final

from .records import Tokens, VerbMatch

OPENERS: Final = frozenset("after before since while upon without".split())


def drop_gerund_clauses(tokens: Tokens, matches: list[VerbMatch]) -> list[VerbMatch]:
    """The matches whose verb is not an -ing form right after one of OPENERS."""
    return [m for m in matches if not _gerund_clause(tokens, m.verb if m.lead is None else m.lead)]


def _gerund_clause(tokens: Tokens, verb: int) -> bool:
    return verb > 0 and tokens[verb].norm.endswith("ing") and tokens[verb - 1].norm in OPENERS

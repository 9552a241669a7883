"""Fire returned: 'The Kenyan troops fought back with mortars', 'Israel hit back', 'X retaliated'.
With no target named, the act answers whoever attacked the source earlier in the story: the other
side of the last pair that acted on each other (references.Discourse.pair).
pipeline.code_sentence calls answer_back() on a sentence's dyads before the discourse moves on.
"""

from __future__ import annotations

from typing import Final

from dataclasses import replace

from .grammar import Dyad
from .records import ActorMatch, Tokens

BACK: Final = frozenset({"back"})  # "fought back", "hit back", "struck back"
ANSWERING: Final = frozenset("retaliate retaliated retaliates retaliating return returned returns returning".split())
FORCE: Final = frozenset({"18", "19", "20"})
NO_TARGET: Final = "no target actor"


def answer_back(tokens: Tokens, dyads: list[Dyad], pair: tuple[ActorMatch, ActorMatch] | None) -> list[Dyad]:
    """The dyads, each act of force fought back with no target aimed at the other side of `pair`."""
    if not pair:
        return dyads
    return [_answered(tokens, d, pair) if d.dropped == NO_TARGET and d.sources else d for d in dyads]


def _answered(tokens: Tokens, d: Dyad, pair: tuple[ActorMatch, ActorMatch]):
    verb = d.verb.verb
    back = verb + 1 < len(tokens) and tokens[verb + 1].norm in BACK
    if d.verb.code[:2] not in FORCE or not (back or tokens[verb].norm in ANSWERING):
        return d
    sides = {a.code for a in d.sources}
    other = [a for a in pair if a.code not in sides]
    if len(other) != 1:  # the source must be one side of the pair
        return d
    return replace(d, targets=(other[0],), dropped=None)

"""A role held in the country of a possessive before it (settings.txt `possessor_first yes`).

"Ithilen's awful and evil minister Calimehtar": PETRARCH coded the minister as Ithilen's
(ITHGOV), though the name after the role is coded with a country of its own. With the setting,
a country alone followed by 's, at most a few describing words, then an actor made of a role and
a name with another country, become one actor: the possessor's country with that role. News
wire rarely writes a minister of one country after another's possessive, so the shipped folder
leaves it off.
"""

from __future__ import annotations

from typing import Callable, Final

from .records import ActorMatch, Tokens

MAX_DESCRIBING: Final = 4  # words between the possessive and the role ("awful and evil")


def possessor_roles(tokens: Tokens, actors: list[ActorMatch], stop_words: frozenset[str], verb_forms: frozenset[str],
                    make: Callable[[int, int, str, tuple[str, ...]], ActorMatch]) -> list[ActorMatch]:
    """The actors with each 'COUNTRY's ... ROLE NAME' pair joined into COUNTRY+ROLE."""
    out: list[ActorMatch] = []
    for actor in actors:
        owner = out[-1] if out else None
        if owner and _owns(tokens, owner, actor, stop_words, verb_forms):
            out[-1] = make(owner.start, actor.end, f"{owner.country}{actor.agent}", owner.sources + actor.sources)  # _owns: both set
        else:
            out.append(actor)
    return out


def _owns(tokens: Tokens, owner: ActorMatch, held: ActorMatch, stop_words: frozenset[str],
          verb_forms: frozenset[str]) -> bool:
    if not (owner.country and owner.code == owner.country and held.country and held.agent):
        return False
    if held.country == owner.country or held.code != held.country + held.agent or held.members:
        return False
    if owner.end >= held.start or tokens[owner.end].norm != "'s":
        return False
    between = tokens[owner.end + 1 : held.start]
    return len(between) <= MAX_DESCRIBING and all(
        t.norm == "and" or (t.norm.isalpha() and t.norm not in stop_words and t.norm not in verb_forms)
        for t in between)

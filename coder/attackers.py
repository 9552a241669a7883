"""Attackers named by the group they belong to: 'gunmen believed to belong to al-Shabaab', 'a suicide
bomber from the Islamic State Khorasan group', 'suicide bombers sent by Boko Haram'. The report names the
group as the one who attacked, so the role and the group are one actor with the group's code.
pipeline.code_sentence calls attribute() right after the actors are found.
"""

from __future__ import annotations

from typing import Final

from dataclasses import replace

from .records import ActorMatch, Tokens

# Roles of armed men whose side the report names after them.
ATTACKER_ROLES: Final = frozenset({"UAF"})
# Groups such a role can belong to: armed movements, extremists, and named groups with no country.
GROUP_ROLES: Final = frozenset({"INS", "REB", "UAF", "RAD"})
# Words that tie the role to its group; every word between the two must be one of these...
LINKS: Final = frozenset("from of belonging belong belonged linked sent by loyal affiliated allied believed suspected "
                  "thought said to be is are was were the a an with who police officials".split())
# ... and one of them must say whom the attacker belongs to.
HEADS: Final = frozenset("from of belonging belong belonged linked sent loyal affiliated".split())
MAX_GAP: Final = 6


def attribute(tokens: Tokens, actors: list[ActorMatch]) -> list[ActorMatch]:
    """The actors, with each attacker role joined to the armed group named right after it."""
    out: list[ActorMatch] = []
    skip: set[int] = set()
    for i, a in enumerate(actors):
        if i in skip:
            continue
        group = _group_after(tokens, a, actors[i + 1:]) if a.agent in ATTACKER_ROLES and _generic(a) else None
        if group is None:
            out.append(a)
            continue
        skip.update(k for k in range(i + 1, len(actors)) if actors[k].start < group.end)
        out.append(replace(group, start=a.start, text=f"{a.text} ... {group.text}",
                           sources=a.sources + group.sources + ("attacker of the group named after it",)))
    return out


def _generic(actor: ActorMatch) -> bool:
    """A role named alone ('gunmen', 'a suicide bomber'), perhaps placed in a country by the coder."""
    return actor.code == actor.agent or all(
        s.startswith(("agents", "placed by", "country of")) for s in actor.sources)


def _group_after(tokens: Tokens, a: ActorMatch, later: list[ActorMatch]) -> ActorMatch | None:
    for b in later:
        gap = [t.norm for t in tokens[a.end:b.start]]
        if len(gap) > MAX_GAP or not set(gap) <= LINKS:
            return None
        if not HEADS & set(gap):
            continue  # 'police' said ...: not yet the group
        armed = b.agent in GROUP_ROLES or (b.agent is None and b.country is None)
        return b if armed and not _generic(b) else None
    return None


# Participles that hand a thing to its maker: 'a car bomb planted by', 'an attack carried out by'.
MAKERS: Final = frozenset("planted set detonated left hidden placed carried driven sent launched staged claimed "
                   "fired".split())

# Attacks named with their author after 'by': 'an air strike by Israel', 'a raid by the army'.
ATTACKS: Final = frozenset("attack attacks strike strikes airstrike airstrikes raid raids assault bombing bombings "
                    "shelling ambush offensive".split())


def maker_of_subject(actor: ActorMatch, tokens: Tokens, actors: list[ActorMatch], verb: int) -> bool:
    """'A truck bomb planted by al-Qaeda militants tore through a market': the actor after 'by'
    made the thing that is the verb's subject, so it is the one who acts. Not when the head is an
    actor itself ('militias backed by Iran attacked': the militias do)."""
    j = actor.start - 1
    while j >= 0 and tokens[j].norm in ("the", "a", "an"):
        j -= 1
    if j < 2 or tokens[j].norm != "by":
        return False
    if tokens[j - 1].norm in ATTACKS:  # 'an air strike by Israel killed'
        k = j - 1
    else:
        k = j - 2 if tokens[j - 1].norm != "out" else j - 3  # 'an attack carried out by'
        if k < 0 or tokens[k + 1].norm not in MAKERS:
            return False
    head_is_actor = any(a.end - 1 == k for a in actors)
    between = [t.norm for t in tokens[actor.end:verb]]
    return not head_is_actor and tokens[k].norm.isalpha() and all(w.endswith("ly") for w in between)

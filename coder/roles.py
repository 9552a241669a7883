"""Roles placed in the countries named after them: 'soldiers from Gondor', 'lawmakers and
officials in Fornost and Gondor', 'the ambassadors of Arnor, Osgiliath and Gondor'.

A role (an agent name) or a list of roles, then one of the folder's place words (settings.txt
`role_places`, e.g. `of in from`), then a list of countries: each role belongs to each country,
and the phrase acts as one compound actor whose members are those pairs. An organisation takes
the role too ('the activists of Amnesty International': NGMOPP). With `former_elite`, a former
role holder is ELI, as PETRARCH coded ('former Gondor prosecutors': GONELI). PETRARCH coded such
phrases so; the shipped dictionaries leave `role_places` empty (they join 'X of COUNTRY' in
actors.combine and place 'protesters in Syria' through references.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Final

from .records import ActorMatch, Tokens

if TYPE_CHECKING:  # actors imports this module
    from .actors import ActorIndex, NameHit

LIST_GAPS: Final = ([","], ["and"], [",", "and"], ["or"])
ARTICLES: Final = frozenset({"the"})


def _gap(tokens: Tokens, start: int, end: int) -> list[str]:
    return [t.norm for t in tokens[start:end] if t.norm not in ARTICLES]


def _run(tokens: Tokens, hits: list[NameHit], i: int, accept: Callable[[NameHit], bool]) -> int:
    """Index one past the last hit of the list that starts at hits[i] ('A, B and C')."""
    j = i + 1
    while j < len(hits) and accept(hits[j]) and _gap(tokens, hits[j - 1].end, hits[j].start) in LIST_GAPS:
        j += 1
    return j


def spread_roles(tokens: Tokens, hits: list[NameHit], index: ActorIndex, is_country: Callable[[NameHit], bool],
                 make: Callable[[int, int, str, tuple[str, ...]], ActorMatch]) -> tuple[list, list[ActorMatch]]:
    """(the hits left for the usual combining, the role-in-country actors found).

    `is_country(hit)` and `make(start, end, code, sources)` come from actors.py."""
    words = index.role_places
    left, found, i = [], [], 0
    while i < len(hits):
        roles_end = _run(tokens, hits, i, lambda h: h.kind == "agent") if hits[i].kind == "agent" else i
        if roles_end > i and roles_end < len(hits) and hits[roles_end].kind == "actor":
            gap = _gap(tokens, hits[roles_end - 1].end, hits[roles_end].start)
            # a role is placed in a country or an organisation ('activists of Amnesty', 'officials in
            # White House'); a country alone after 'of' ('the ambassadors of A, B and C') as before
            place = lambda h: h.kind == "actor"  # noqa: E731
            if len(gap) == 1 and gap[0] in words and place(hits[roles_end]):
                places_end = _run(tokens, hits, roles_end, place)
                roles, places = hits[i:roles_end], hits[roles_end:places_end]
                members = tuple(make(p.start, p.end, p.entry.code + r.entry.code, (r.entry.where, p.entry.where))
                                for r in roles for p in places)
                whole = make(roles[0].start, places[-1].end, members[0].code,
                             tuple(h.entry.where for h in roles + places))
                found.append(whole if len(members) == 1 else _with_members(whole, members))
                i = places_end
                continue
        left.append(hits[i])
        i += 1
    return left, found


FORMER: Final = "ELI"  # CAMEO's elite: former office holders


def mark_former(tokens: Tokens, actors: list[ActorMatch], make: Callable[[int, int, str, tuple[str, ...]], ActorMatch]) -> list[ActorMatch]:
    """'former security officials', 'former Gondor prosecutors': PETRARCH coded a former role
    holder as ELI, in place of the role the agents file gave (ARNGOV -> ARNELI) or after an
    actor's own code (USAGOV -> USAGOVELI)."""
    out = []
    for a in actors:
        base = max(0, a.start - 2)
        words = [t.norm for t in tokens[base : a.end]]
        if "former" in words and not a.members and not a.code.endswith(FORMER):
            from_agents = any(src.startswith("agents") for src in a.sources)
            code = (a.code[:-3] if from_agents and a.agent and a.code.endswith(a.agent) else a.code) + FORMER
            a = make(min(base + words.index("former"), a.start), a.end, code, a.sources)
        out.append(a)
    return out


def split_prefixes(hits: list[NameHit]) -> tuple[list, dict[int, tuple[int, str]]]:
    """'MSF Arnor': an agent whose code ends in ~ (NGO~) goes before the code of the actor right
    after it (NGOARN). Returns the other hits and, by that actor's start, (prefix start, prefix)."""
    left, prefixes = [], {}
    for k, h in enumerate(hits):
        if h.kind == "agent" and h.entry.code.endswith("~"):
            nxt = hits[k + 1] if k + 1 < len(hits) else None
            if nxt is not None and nxt.start == h.end and nxt.kind == "actor":
                prefixes[nxt.start] = (h.start, h.entry.code[:-1])
            continue
        left.append(h)
    return left, prefixes


def apply_prefixes(actors: list[ActorMatch], prefixes: dict[int, tuple[int, str]],
                   make: Callable[[int, int, str, tuple[str, ...]], ActorMatch]) -> list[ActorMatch]:
    """Each actor that starts where a prefix was waiting, with the prefix before its code."""
    out = []
    for a in actors:
        if a.start in prefixes and not a.members:
            start, code = prefixes[a.start]
            a = make(start, a.end, code + a.code, a.sources)
        out.append(a)
    return out


def _with_members(actor: ActorMatch, members: tuple[ActorMatch, ...]) -> ActorMatch:
    return ActorMatch(actor.start, actor.end, actor.code, actor.country, actor.agent, actor.text, actor.sources,
                      members)

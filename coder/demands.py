"""Duties and possibilities said of a party: "Israel must allow far more aid into Gaza, Cameron
said" is Cameron's demand on Israel (1055); "Erdogan said Turkey could suspend relations with the
UAE" is Erdogan's threat to the UAE (1313). Neither is an act of the party, nor only imagined.

The act itself is dropped as hypothetical by the grammar ("must", "could" are cues of moods.txt).
A duty said by a speaker of another country is the speaker's demand on the act's subject, coded
by demanded.tsv (a concession: 105x, aid: 103x, talks: 106); a conflictual act said to be possible
by a speaker of the subject's own country is the speaker's threat to the act's target, coded as
the act announced (announced.tsv: 161 -> 1313). A threat made "unless" a party does something
also demands it of that party ("threatened to quit the talks unless Israel freed prisoners": 1053);
a demand to act "or face" something is an ultimatum too (139).
"""

from __future__ import annotations

from typing import Final

from dataclasses import replace

from .grammar import Dyad, subject
from .modality import Modality, step_back
from .records import ActorMatch, Tokens
from .targets import STATEMENT_ROOT

OBLIGATIONS: Final = frozenset({"must", "should"})
POSSIBILITIES: Final = frozenset({"could", "might", "may"})
DEMAND_ROOT, THREAT_ROOT, ULTIMATUM = "10", "13", "139"
UNLESS_REACH: Final = 8  # words between 'unless' and the verb of its clause


def reported_demands(tokens: Tokens, actors: list[ActorMatch], dyads: list[Dyad],
                     modality: Modality) -> list[Dyad]:
    """The dyads, with a demand added for each act said to be another party's duty, and a threat
    for each conflictual act a party's own side says it could do."""
    speakers = [d for d in dyads if d.verb.code[:2] == STATEMENT_ROOT and d.sources]
    added = _conditions(tokens, actors, dyads, modality) + _ultimatums(tokens, dyads)
    for d in dyads if speakers else ():
        m = d.verb
        cue = tokens[step_back(tokens, m.verb - 1)].norm
        party = subject(tokens, m.verb, actors) if d.dropped and d.dropped.startswith("hypothetical") else None
        if party is None or cue not in OBLIGATIONS | POSSIBILITIES:
            continue
        speaker = min(speakers, key=lambda s: abs(s.verb.verb - m.verb))
        own = any(s.country == party.country for s in speaker.sources)
        if cue in OBLIGATIONS and not own and (code := modality.demand(m.code)):
            added.append(replace(d, sources=speaker.sources, targets=(party,), dropped=None, code=code))
        threatened = m.target if cue in POSSIBILITIES and own else None
        threat = modality.announce(m.code) if threatened else None
        if threatened and threat and threat.startswith(THREAT_ROOT) and threatened.country != party.country:
            added.append(replace(d, sources=speaker.sources, targets=(threatened,), dropped=None, code=threat))
    return dyads + added


def _conditions(tokens: Tokens, actors: list[ActorMatch], dyads: list[Dyad], modality: Modality) -> list[Dyad]:
    """'threatened to walk away from the talks unless Israel released the prisoners': the act in the
    'unless' clause is demanded by the one who threatens, of the clause's subject."""
    threats = [d for d in dyads if not d.dropped and d.verb.code[:2] == THREAT_ROOT and d.sources]
    out = []
    for d in dyads if threats else ():
        m, threat = d.verb, threats[0]
        party = subject(tokens, m.verb, actors) if d.dropped and _unless(tokens, m.verb) else None
        code = modality.demand(m.code) if party and threat.verb.verb < m.verb else None
        if party and code and all(s.country != party.country for s in threat.sources):
            out.append(replace(d, sources=threat.sources, targets=(party,), dropped=None, code=code))
    return out


def _ultimatums(tokens: Tokens, dyads: list[Dyad]) -> list[Dyad]:
    """'demanded that Syrian forces withdraw by the end of the month or face military action'."""
    def or_face(verb: int) -> bool:
        return any(tokens[j].norm == "or" and tokens[j + 1].norm == "face" for j in range(verb + 1, len(tokens) - 1))

    return [replace(d, code=ULTIMATUM) for d in dyads
            if not d.dropped and d.targets and d.verb.code[:2] == DEMAND_ROOT and or_face(d.verb.verb)]


def _unless(tokens: Tokens, verb: int) -> bool:
    """The verb stands in an 'unless' clause (no comma between)."""
    for j in range(verb - 1, max(-1, verb - UNLESS_REACH), -1):
        if tokens[j].norm in (",", ";", "."):
            return False
        if tokens[j].norm == "unless":
            return True
    return False

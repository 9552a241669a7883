"""Demands told as another party's duty: "Israel must allow far more aid into Gaza, Cameron said"
is Cameron's demand on Israel (1055), not an act of Israel's, and not only an imagined one.

The act itself is dropped as hypothetical by the grammar ("must" is a cue of moods.txt); when a
speaker of another country says it, the speaker demands it of the act's subject, with the code
demanded.tsv gives the act (a concession demanded: 105x, aid: 103x, talks: 106).
"""

from __future__ import annotations

from dataclasses import replace

from .grammar import Dyad, subject
from .modality import Modality, step_back
from .records import ActorMatch, Token

OBLIGATIONS = frozenset({"must", "should"})
STATEMENT_ROOT = "01"


def reported_demands(tokens: tuple[Token, ...], actors: list[ActorMatch], dyads: list[Dyad],
                     modality: Modality) -> list[Dyad]:
    """The dyads, with a demand added for each act said to be another party's duty."""
    speakers = [d for d in dyads if d.verb.code[:2] == STATEMENT_ROOT and d.sources]
    added = []
    for d in dyads if speakers else ():
        m = d.verb
        code = modality.demand(m.code) if d.dropped and d.dropped.startswith("hypothetical") else None
        if not code or tokens[step_back(tokens, m.verb - 1)].norm not in OBLIGATIONS:
            continue
        party = subject(tokens, m.verb, actors)
        speaker = min(speakers, key=lambda s: abs(s.verb.verb - m.verb))
        if party and all(s.country != party.country for s in speaker.sources):
            added.append(replace(d, sources=speaker.sources, targets=(party,), dropped=None, code=code))
    return dyads + added

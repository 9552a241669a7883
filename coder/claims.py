"""Claims of responsibility credit the attack to the claimer, across the sentences of a story.

"Dozens of worshippers were killed by a suicide bomber at a mosque in Kunduz. The Islamic State
claimed responsibility." The bomber is the Islamic State's: an attack whose attacker the story
names only as a role ('a suicide bomber', 'gunmen') takes the claimer as its source. And "X claimed
responsibility for a suicide bombing in Kabul" with no attack coded besides is itself the report
of X's bombing: the claim's target is its target, the kind of attack its code.
pipeline.code_story calls credit_claims() on the events of each story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from .events import FORCE_ROOTS, event_id
from .lexicon import Lexicon
from .ontology import acled_type
from .records import ActorMatch, Event
from .references import CLAIM

GENERIC_ATTACKER: Final = "UAF"
# The attack a claim names, by the words after "responsibility for", most specific first.
CLAIMED: Final = (
    ("suicide", "1831"), ("car bomb", "1832"), ("truck bomb", "1832"), ("roadside bomb", "1833"),
    ("bombing", "183"), ("bomb attack", "183"), ("blast", "183"), ("explosion", "183"),
    ("assassination", "186"), ("kidnapping", "181"), ("abduction", "181"), ("hijacking", "181"),
    ("attack", "180"), ("assault", "180"),
)
CLAIMED_REACH: Final = 12  # words after "responsibility for" that name the attack


def credit_claims(events: list[Event], lexicon: Lexicon, claimers: Sequence[ActorMatch] = ()) -> list[Event]:
    """The story's events, with attacks by unnamed attackers credited to whoever claimed them."""
    if not claimers:
        return events
    out = [_credited(e, claimers[0]) if e.root_code in FORCE_ROOTS and _unnamed(e) else e for e in events]
    if not any(e.root_code in FORCE_ROOTS for e in events):
        out += [d for c in events if c.event_code == CLAIM and (d := _claimed_attack(c, lexicon))]
    return out


def _unnamed(e: Event) -> bool:
    """An attacker named only by a role: 'gunmen', 'a suicide bomber', placed in a country or not."""
    return e.source_agent == GENERIC_ATTACKER and e.source_actor in (GENERIC_ATTACKER, f"{e.source_country}UAF")


def _credited(e: Event, claimer: ActorMatch) -> Event:
    return replace(e, source_actor=claimer.code, source_country=claimer.country, source_agent=claimer.agent,
                   source_text=claimer.text,
                   event_id=event_id(e.story_id, e.sentence_index, -1, claimer.code + e.event_id,
                                     e.event_code, e.target_actor))


def _claimed_attack(claim: Event, lexicon: Lexicon) -> Event | None:
    """'claimed responsibility for a suicide bombing ... in Kabul': the bombing, by the claimer."""
    found = re.search(r"responsibility for ((?:\S+\s+){0,%d}\S+)" % CLAIMED_REACH, claim.sentence.lower())
    if not found:
        return None
    words = found.group(1)
    code = next((c for cue, c in CLAIMED if cue in words), None)
    if code is None or code not in lexicon.codes:
        return None
    etype = lexicon.codes[code]
    acled = acled_type(lexicon.acled, code, claim.source_agent, claim.target_agent)
    return replace(claim, event_code=code, root_code=etype.root, quad_class=etype.quad_class,
                   goldstein=etype.goldstein, acled_event_type=acled[0], acled_sub_event_type=acled[1],
                   event_id=event_id(claim.story_id, claim.sentence_index, -1, claim.source_actor, code,
                                     claim.target_actor))

"""Turn source/target dyads into event records: codes, weights, ACLED type, provenance, ids."""

from __future__ import annotations

import hashlib
from typing import Final

from .grammar import Dyad
from .lexicon import Lexicon
from .ontology import EventType, Recode, acled_type, recode
from .protests import aimed
from .records import ActorMatch, Event, Sentence, Story, Tokens
from .violence import also_means, armed, refine


FORCE_ROOTS: Final = frozenset({"18", "19", "20"})

VAGUE: Final = "130"  # threaten, not specified


def event_id(story_id: str, sentence_index: int, verb: int, source: str, code: str, target: str) -> str:
    """Deterministic: the same story always gives the same ids, on any machine, in any run."""
    key = f"{story_id}\x1f{sentence_index}\x1f{verb}\x1f{source}\x1f{code}\x1f{target}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=10).hexdigest()


def pairs(dyad: Dyad) -> list[tuple[ActorMatch, ActorMatch]]:
    """Every source with every target; a compound with no target acts on itself ('Iran and Syria met')."""
    if dyad.targets:
        out = [(s, t) for s in dyad.sources for t in dyad.targets]
    else:
        out = [(s, t) for s in dyad.sources for t in dyad.sources if s is not t]
    return [(s, t) for s, t in out if s.code != t.code]


def directed(dyad: Dyad, recodes: list[Recode], tokens: Tokens = ()) -> list[tuple[ActorMatch, ActorMatch, str, str]]:
    """(source, target, code, pattern code) of each event of a dyad: every pair, and each pair back
    again when the pattern has a reverse code ("X visited Y" is also Y receiving X: 032:033).
    With the sentence's tokens, acts of violence take the means and victim they name (violence.py)."""
    m, out, done = dyad.verb, [], set()
    for s, t in pairs(dyad):
        if m.code[:2] in FORCE_ROOTS:
            s = armed(s, tokens)  # "Israeli jets bombed": ISRMIL
        if (s.code, t.code) in done:  # "Russian warplanes and artillery": one actor named twice
            continue
        done.add((s.code, t.code))
        code = recode(recodes, dyad.code or m.code, s.agent, t.agent)
        code = refine(code, s, t, m, tokens) if tokens else code
        out.append((s, t, code, m.code))
        if tokens and (means := also_means(code, s, tokens)):  # a leader killed by a suicide bomber
            out.append((s, t, means, m.code))
        if m.reverse:
            out.append((t, s, recode(recodes, m.reverse, t.agent, s.agent), m.reverse))
    return out


def assemble(story: Story, sentence: Sentence, dyads: list[Dyad], lexicon: Lexicon) -> list[Event]:
    """One Event per (source, code, target) of each dyad, duplicates in a sentence removed."""
    events: list[Event] = []
    seen: set[tuple] = set()
    tokens = sentence.tokens
    for dyad in dyads:
        if dyad.dropped:
            continue
        m = dyad.verb
        for s, t, code, base in directed(dyad, lexicon.recodes, tokens):
            code = aimed(code, tokens, dyad, dyads)  # "marched ..., demanding the resignation of X": 1411
            if code not in lexicon.codes:  # a grammar rule's code that this dictionary set lacks (044)
                code = base
            etype: EventType = lexicon.codes[code]
            key = (s.code, code, t.code)
            if key in seen:
                continue
            seen.add(key)
            acled = acled_type(lexicon.acled, code, s.agent, t.agent)
            events.append(Event(
                event_id=event_id(story.id, sentence.index, m.verb, s.code, code, t.code),
                story_id=story.id, sentence_index=sentence.index, date=story.date,
                source_actor=s.code, source_country=s.country, source_agent=s.agent,
                target_actor=t.code, target_country=t.country, target_agent=t.agent,
                event_code=code, root_code=etype.root, quad_class=etype.quad_class,
                goldstein=etype.goldstein, acled_event_type=acled[0], acled_sub_event_type=acled[1],
                sentence=sentence.text, source_text=s.text, target_text=t.text,
                verb_text=tokens[m.verb].text, pattern=f"{m.code} {m.pattern} ({m.source})",
                coder_version=lexicon.coder_version, dictionary_version=lexicon.version,
                publisher=story.publisher, url=story.url,
            ))
    return _without_vague_threats([e for e in events if not _place_again(e, events)])


def _without_vague_threats(events: list[Event]) -> list[Event]:
    """'warned that they would strike U.S. bases if Washington attacked': a vague threat (130)
    between two sides that the sentence names as a specific threat too is that threat."""
    def sides(e: Event) -> tuple[str, str]:  # countries, or the organisations themselves
        return e.source_country or e.source_actor, e.target_country or e.target_actor

    specific = {sides(e) for e in events if e.root_code == "13" and e.event_code != VAGUE}
    return [e for e in events if e.event_code != VAGUE or sides(e) not in specific]


def _place_again(e: Event, events: list[Event]) -> bool:
    """'hijacked a train in Pakistan and held passengers hostage': an act aimed only at a place is
    the same act as one with the same code by the same source on people of that place."""
    return e.target_agent is None and e.target_country is not None and e.target_actor == e.target_country and any(
        f.source_actor == e.source_actor and f.event_code == e.event_code and f.target_country == e.target_country
        and f.target_agent is not None for f in events)

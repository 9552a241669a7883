"""What an act is aimed at, and by whom, beyond the nearest actors: the author after 'by'
(passives, inquiries, condemnations), a place when no actor is named, a compound acting on
itself, a meeting abroad, an object shared by conjoined verbs. grammar.assign calls these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Container, Final

from .references import place_of, places
from .records import ActorMatch, Tokens, VerbMatch
from .modality import Modality
from .wordclass import BOUNDARY, DETERMINERS as NOUN_DETERMINERS, QUANTITY

if TYPE_CHECKING:  # grammar imports this module
    from .grammar import Dyad

STATEMENT_ROOT, REFUSAL_ROOT, REFUSED = "01", "12", "120"
ASKING_ROOTS: Final = frozenset({"02", "10"})  # appeals and demands
FORCES: Final = frozenset({"MIL", "COP"})
MEET, THIRD_PLACE, VISIT = "040", "044", "042"  # codebook: a meeting in a third country is 044
# Roots whose target, when none is named, is the author of the thing acted on ("by X").
AUTHOR_ROOTS: Final = frozenset({"09", "11", "12"})
CLAUSE_STOP: Final = frozenset({";", ":", "(", ")", "“", "”", '"'})
DETERMINERS: Final = NOUN_DETERMINERS - {"'s"} | {"both"}
BY_FILLERS: Final = DETERMINERS | QUANTITY | {"group", "groups", "band", "gang", "unit", "units"}
BY_WINDOW: Final = 16  # "was assassinated at his home in Port-au-Prince early on Wednesday by"
# Irregular participles that take a 'by' of their own: "a team led by", "camps run by".
AGENT_PARTICIPLES: Final = frozenset("led run held made taken built hit shot driven sent brought backed".split())
# Roots whose events a compound subject does to itself when no target is named:
# "Iran and Syria discussed...", "Indian and Pakistani troops exchanged fire".
RECIPROCAL_ROOTS: Final = frozenset({"03", "04", "05", "06", "19"})
# Concessions that two sides make to each other: "X and Y declared a truce", "... swapped prisoners".
RECIPROCAL_CODES: Final = ("019", "084", "087")  # ... and voice agreement: "X and Y said they saw eye to eye"
COOPERATIVE_ROOTS: Final = frozenset({"03", "04", "05", "06"})  # "X and Y signed ... on X's self-rule": among themselves
# Roots of acts done *in* a place, whose target is that place when no actor is named:
# "warplanes pounded targets in Baghdad" is an attack on Iraq.
PLACE_ROOTS: Final = frozenset({"15", "17", "18", "19", "20"})
# ... and so do a claim of responsibility for an attack and an easing of curfews or emergency rule:
# "claimed the bombing in Kabul", "lifted the state of emergency in Pakistan".
PLACE_CODES: Final = ("015", "081", "138")  # ... and threats of attacks "inside Kenya"
# Handing people over: the target is the one they are handed to ("extradited X to the United States");
# and aid cut off: the one it was for ("suspended deliveries of tanks, jets and cash aid to Egypt").
RECIPIENT_CODES: Final = ("063", "0213", "0313", "1213", "162")
AID_ROOT: Final = "07"
# Past forms of the acts a 'when' clause tells: "when a roadside bomb struck their patrol".
WHEN_VERBS: Final = frozenset("struck hit blew tore shot threw drove went".split())
CROWDS: Final = frozenset("crowd crowds mob mobs".split())
# Participles that name who holds a place: "the coastline held by Tamil Tiger rebels".
HOLDING: Final = frozenset("held controlled run occupied".split())
# Inquiries and aid whose object is in a place named close after it: "abuses in Myanmar".
NEAR_PLACE_ROOTS, NEAR_WINDOW = frozenset({"07", "09"}), 10
# Protests with no named target are against the government of the place, else of the protesters'
# own country: "protesters marched through Belgrade" -> SRBOPP 141 SRBGOV.
PROTEST_ROOT, PROTESTED = "14", "GOV"
JAILS: Final = frozenset("jail jails prison prisons custody detention".split())


def by_agent(tokens: Tokens, match: VerbMatch, actors: list[ActorMatch]) -> ActorMatch | None:
    """The 'by ACTOR' phrase after a passive verb."""
    start = max(match.tail_end, match.verb + 1)
    return _after_by(tokens, start, start + BY_WINDOW, BOUNDARY - {","}, actors) or _when_agent(tokens, start, actors)


def _when_agent(tokens: Tokens, start: int, actors: list[ActorMatch]) -> ActorMatch | None:
    """'Three soldiers were killed when a Taliban roadside bomb struck their patrol': with no 'by',
    the one whose act the 'when' clause right after the passive tells."""
    if start + 1 >= len(tokens) or tokens[start].norm not in ("when", "as"):
        return None
    k = start + 1
    while k < len(tokens) and tokens[k].norm in DETERMINERS:
        k += 1
    actor = next((a for a in actors if a.start == k), None)
    acted = actor and any(t.text.islower() and (t.text.endswith("ed") or t.norm in WHEN_VERBS)
                          for t in tokens[actor.end:actor.end + 3])
    return actor if acted else None


def _after_by(tokens: Tokens, start: int, end: int, stops: Container[str], actors: list[ActorMatch]) -> ActorMatch | None:
    """The actor right after the first 'by' in [start, end), unless a stop word comes first."""
    for j in range(start, min(len(tokens), end)):
        if tokens[j].norm in stops:
            return None
        if tokens[j].norm == "by":  # "by hundreds of Filipino protesters", "by a group of gunmen"
            k = j + 1
            while k < len(tokens) and (tokens[k].norm in BY_FILLERS or tokens[k].norm[:1].isdigit()):
                k += 1
            return next((a for a in actors if a.start == k), None)
    return None


# Verbs of fighting that need two sides: "X and Y troops clashed in the valley" is each side on the
# other, not both on the place.
SYMMETRIC_VERBS: Final = frozenset("clash skirmish fight battle exchange trade".split())


def mutual(m: VerbMatch, sources: tuple[ActorMatch, ...]) -> bool:
    """A compound subject of a two-sided fight with no target named fights itself, not its place."""
    words = m.pattern.split()
    return len(sources) >= 2 and "+" not in words and words[0] in SYMMETRIC_VERBS and reciprocal(m.code)


def reciprocal(code: str) -> bool:
    """Acts a compound subject does to itself when no target is named."""
    return code[:2] in RECIPROCAL_ROOTS or code.startswith(RECIPROCAL_CODES)


def among_themselves(sources: tuple[ActorMatch, ...], targets: tuple[ActorMatch, ...], m: VerbMatch) -> bool:
    """'Israel and the PLO signed a declaration on Palestinian self-rule': a symmetric act of a
    compound whose 'target' is one of its own members acts on itself."""
    countries = {s.country for s in sources}
    return (len(sources) >= 2 and bool(targets) and m.code[:2] in COOPERATIVE_ROOTS
            and all(t.country is not None and t.country in countries for t in targets))


def about_itself(sources: tuple[ActorMatch, ...], targets: tuple[ActorMatch, ...], m: VerbMatch) -> bool:
    """'Lavrov said ... with the United States' is a statement about the US; but 'Russia said
    ... Kremlin spokesman told reporters' says nothing to another country: a statement whose
    only target is the speaker's own country has none."""
    countries = {s.country for s in sources}
    if m.code[:2] == STATEMENT_ROOT and all(t.agent == "MED" and _placed(t) for t in targets):
        return True  # "told reporters": the press, not a party
    return (m.code[:2] == STATEMENT_ROOT and "+" not in m.pattern.split()
            and all(t.country in countries or t.country is None for t in targets))


def home_trip(tokens: Tokens, sources: tuple[ActorMatch, ...], targets: tuple[ActorMatch, ...], m: VerbMatch) -> bool:
    """'before flying back to Tehran', 'returned home to Kabul': going back to one's own country is
    no visit (042)."""
    back = m.verb + 1 < len(tokens) and tokens[m.verb + 1].norm in ("back", "home") \
        or tokens[m.verb].norm.startswith("return")
    countries = {s.country for s in sources}
    return back and m.code.startswith(VISIT) and bool(targets) and all(
        t.agent is None and t.code == t.country and t.country in countries for t in targets)


def own_place(sources: tuple[ActorMatch, ...], targets: tuple[ActorMatch, ...], m: VerbMatch) -> bool:
    """'South Koreans rallied in central Seoul': a protest in the protesters' own country is aimed at
    its government (implied_target), not at the place."""
    countries = {s.country for s in sources}
    return m.code[:2] == PROTEST_ROOT and bool(targets) and all(
        t.agent is None and t.code == t.country and t.country in countries for t in targets)


def own_forces(sources: tuple[ActorMatch, ...], targets: tuple[ActorMatch, ...], m: VerbMatch) -> bool:
    """'Maduro ordered troops to reinforce the border': an order to one's own forces or police
    is how a state acts (the act ordered is coded), not a demand on another party."""
    countries = {s.country for s in sources}
    return (m.code[:2] in ASKING_ROOTS and bool(targets)
            and all(t.country in countries and t.agent in FORCES for t in targets))


def _placed(actor: ActorMatch) -> bool:
    """A bare role given the country of the sentence or the story ("reporters" in Moscow)."""
    return any(src.startswith(("country of", "placed by")) for src in actor.sources)


def third_place(tokens: Tokens, m: VerbMatch, code: str | None, sources: tuple[ActorMatch, ...],
                targets: tuple[ActorMatch, ...], actors: list[ActorMatch]) -> str | None:
    """'Bush and Gorbachev met in Helsinki': a meeting in a country neither side belongs to is
    CAMEO's 'meet at a third location' (044), not a plain meeting (040)."""
    if (code or m.code) != MEET:
        return None
    sides = {a.country for a in sources + targets}
    place = place_of(tokens, [a for a in actors if a.start > m.verb and a not in sources + targets])
    return THIRD_PLACE if place and place.country and place.country not in sides and None not in sides else None


def crowd_of(tokens: Tokens, tgt: ActorMatch | None, actors: list[ActorMatch]) -> ActorMatch | None:
    """'fired on crowds of monks and protesters': a crowd or group is of the actors named after it."""
    if tgt is None or tgt.text.lower() not in CROWDS or tgt.end + 1 >= len(tokens) or tokens[tgt.end].norm != "of":
        return tgt
    k = tgt.end + 1
    while k < len(tokens) and tokens[k].norm in DETERMINERS:
        k += 1
    return next((a for a in actors if a.start == k), tgt)


def shared_object(tokens: Tokens, m: VerbMatch, matches: list[VerbMatch]) -> ActorMatch | None:
    """'invaded and occupied Kuwait': the first verb shares the second's object; so does a verb
    whose own object names no one ('froze its assets and arrested its top editors')."""
    right_after = m.verb + 1 < len(tokens) and tokens[m.verb + 1].norm in ("and", "or")
    j = m.verb + 1 if right_after else max(m.end, m.tail_end)
    if j + 1 >= len(tokens) or tokens[j].norm not in ("and", "or"):
        return None
    k = j + 1
    while k < len(tokens) - 1 and tokens[k].norm.endswith("ly"):  # "tortured and secretly hanged"
        k += 1
    nxt = next((n for n in matches if n.verb == k), None)
    return nxt.target if nxt else None


def _author(tokens: Tokens, m: VerbMatch, actors: list[ActorMatch]) -> ActorMatch | None:
    """'opened an investigation into war crimes by Russian forces', 'rejected an offer by Trump':
    the one whose act is investigated, rejected or condemned is named after 'by'."""
    return _after_by(tokens, m.verb + 1, len(tokens), CLAUSE_STOP | {"."}, actors)


def author_after(tokens: Tokens, m: VerbMatch, tgt: ActorMatch | None, actors: list[ActorMatch]) -> ActorMatch | None:
    """'investigated the treatment of migrants by border guards': an inquiry, disapproval or
    rejection is aimed at the author of the act named after 'by' in the same phrase, not its victim."""
    if m.code[:2] not in AUTHOR_ROOTS or tgt is None or tgt is not m.target:
        return None
    end = tgt.end
    by = next((j for j in range(end, len(tokens)) if tokens[j].norm == "by" or tokens[j].norm in BOUNDARY), None)
    if by is None or tokens[by].norm != "by" or _participle(tokens[by - 1].norm):  # "a team led by an American"
        return None
    author = _after_by(tokens, by, by + 1, (), actors)
    return author if author and author.country != tgt.country else None


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in AGENT_PARTICIPLES


def implied_target(tokens: Tokens, m: VerbMatch, sources: tuple[ActorMatch, ...], actors: list[ActorMatch]) -> tuple[ActorMatch, ...]:
    """The target an act has without naming one: the author after 'by' (inquiry, disapproval,
    rejection), its place (force, coercion, violence), or for a protest the government."""
    root = m.code[:2]
    if root in AUTHOR_ROOTS:
        author = _author(tokens, m, actors) or (_near_place(tokens, m, actors) if root in NEAR_PLACE_ROOTS else None)
        return (author,) if author else ()
    if root in NEAR_PLACE_ROOTS and [w for w in m.pattern.split() if w != "+"][-1] in ("to", "into"):
        place = _near_place(tokens, m, actors)  # aid sent "to people in Yemen", not "training camps in"
        return (place,) if place else ()
    if root not in PLACE_ROOTS and root != PROTEST_ROOT and not m.code.startswith(PLACE_CODES):
        return ()
    place = place_of(tokens, [a for a in actors if a.start > m.verb and a not in sources])
    if root != PROTEST_ROOT:
        holder = _holder(tokens, m, actors) if root in PLACE_ROOTS else None
        return (holder,) if holder else (place,) if place else ()
    jailer = _jailer(tokens, m, actors)
    if jailer:
        return (jailer,)
    country = place.country if place else sources[0].country
    if country is None:
        return ()
    return (ActorMatch(m.verb, m.verb + 1, country + PROTESTED, country, PROTESTED, f"government of {country}",
                       ("protest with no named target",)),)


def _jailer(tokens: Tokens, m: VerbMatch, actors: list[ActorMatch]) -> ActorMatch | None:
    """'Palestinian prisoners in Israeli jails began a hunger strike': prisoners protest against
    whoever holds them."""
    for a in actors:
        if a.end < m.verb and a.start > 0 and tokens[a.start - 1].norm in ("in", "by") \
                and a.end < len(tokens) and tokens[a.end].norm in JAILS:
            return a
    return None


def _near_place(tokens: Tokens, m: VerbMatch, actors: list[ActorMatch]) -> ActorMatch | None:
    """'investigate human rights violations in North Korea', 'delivered food aid to 10 million
    people in Yemen': an inquiry or aid whose object names no actor is aimed at the place that
    object is in, named in the same phrase (no comma between)."""
    start = max(m.end, m.tail_end)
    stop = next((j for j in range(start, len(tokens)) if tokens[j].norm in BOUNDARY), len(tokens))
    near = [a for a in actors if start < a.start < min(stop, start + NEAR_WINDOW)]
    return next(iter(places(tokens, near)), None)


def _holder(tokens: Tokens, m: VerbMatch, actors: list[ActorMatch]) -> ActorMatch | None:
    """'overran the last strip of coastline held by Tamil Tiger rebels': the one holding the place."""
    by = next((j for j in range(m.verb + 1, len(tokens)) if tokens[j].norm == "by" or tokens[j].norm in BOUNDARY), None)
    if by is None or tokens[by].norm != "by" or tokens[by - 1].norm not in HOLDING:
        return None
    return _after_by(tokens, by, by + 1, (), actors)


def recipient(tokens: Tokens, m: VerbMatch, actors: list[ActorMatch]) -> ActorMatch | None:
    """'handed over four suspects in the Kampala bombings to Uganda', 'extradited X, the drug lord
    known as Otoniel, to the United States': whoever the person is handed to, however far."""
    if not m.code.startswith(RECIPIENT_CODES):
        return None
    return _actor_after_cue(tokens, m.verb + 1, actors, lambda j: tokens[j].norm == "to")


def refused_code(m: VerbMatch, matches: list[VerbMatch], governors: dict[int, int], modality: Modality) -> str | None:
    """'refused to release the tanker', 'ruled out sending missiles': a refusal with no code of its
    own (120) refuses the act it governs, coded by refused.tsv (1243, 1222)."""
    if m.code != REFUSED:
        return None
    act = next((g for g in matches if governors.get(g.verb) == m.verb), None)
    return modality.refuse(act.code) if act else None


def sender(tokens: Tokens, m: VerbMatch, actors: list[ActorMatch]) -> ActorMatch | None:
    """'The first Patriot systems arrived in Ukraine from the United States', '..., delivered by
    Germany': aid told from its arrival (the goods named before the verb: `tank * arrive in +`)
    was sent by the party named after 'from', or after 'by' behind a participle."""
    if m.code[:2] != AID_ROOT or m.lead is None:
        return None
    return _actor_after_cue(tokens, max(m.end, m.tail_end), actors, lambda j: tokens[j].norm == "from" or (
        tokens[j].norm == "by" and _participle(tokens[j - 1].norm)))


def _actor_after_cue(tokens: Tokens, start: int, actors: list[ActorMatch], cue: Callable[[int], bool]) -> ActorMatch | None:
    """The actor right after (determiners between) a word from `start` on, in the same sentence,
    at which cue(position) holds; the first such word followed by an actor."""
    starts = {a.start: a for a in actors}
    for j in range(start, len(tokens) - 1):
        if tokens[j].norm in (".", ";"):
            return None
        if cue(j):
            k = j + 1
            while k < len(tokens) and tokens[k].norm in DETERMINERS:
                k += 1
            if k in starts:
                return starts[k]
    return None


def conjoined_target(tokens: Tokens, m: VerbMatch, dyads: list[Dyad]) -> tuple[ActorMatch, ...]:
    """'expelled Canada's ambassador and froze new trade': a verb joined by 'and' to a coded act of
    the same root, with no target of its own, acts on that act's target."""
    j = m.verb - 1
    while j >= 0 and (tokens[j].norm.endswith("ly") or tokens[j].norm in ("also", "then")):
        j -= 1
    if j < 0 or tokens[j].norm != "and":
        return ()
    prev = next((d for d in reversed(dyads) if not d.dropped and d.targets and d.verb.verb < m.verb), None)
    return prev.targets if prev and prev.verb.code[:2] == m.code[:2] else ()


def borrowed_target(m: VerbMatch, matches: list[VerbMatch], governors: dict[int, int]) -> ActorMatch | None:
    """'ruled out sending missiles to Ukraine': a refusal with no object of its own refuses
    the governed act to that act's target."""
    if m.code[:2] != REFUSAL_ROOT:
        return None
    return next((g.target for g in matches if governors.get(g.verb) == m.verb and g.target), None)

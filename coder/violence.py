"""How an act of violence was done, and to whom, beyond what its verb says. A verb like 'killed' or
'opened fire on' gives root 19 (conventional force); the CAMEO codebook moves or narrows the act when:
  - the attacker is named with an improvised bomb: 'a suicide bomber killed' (1831), 'a truck bomb
    planted by X tore through a market, killing' (1832), 'a roadside bomb' (1833), 'bombers' (183);
    or with aircraft or heavy guns: 'warplanes struck' (195), 'tanks attacked' (194);
  - the victim is a person named in the dictionaries (a leader, a commander): killing one is an
    assassination (186), shooting at or wounding one an attempt on a life (185);
  - irregular forces attack a place where civilians gather ('stormed a shopping mall': 180);
  - what is captured is people, not ground (181, or 173 by the state), and what is counted in
    hundreds dead is fighters of an armed group (190) or the work of a bomb (183x), not a massacre.
events.directed calls refine() on the code of every (source, target) pair, after recode.tsv.
"""

from __future__ import annotations

from typing import Final

from dataclasses import replace

from .records import ActorMatch, Tokens, VerbMatch

# Codes that say only 'armed force' or 'unconventional violence' and so may be made more precise.
GENERIC: Final = frozenset({"190", "193", "195", "180", "183"})
COUNTED: Final = "202"  # a mass killing; an improvised bomb that killed many is still a bombing
BATTLE: Final = "190"  # ... and many fighters of an armed group killed is a battle (recode.tsv for the roles)
# Words of the attacker's phrase that name the means, most specific first.
MEANS: Final = (
    (("suicide",), "1831"),
    (("car", "bomb"), "1832"), (("car", "bomber"), "1832"), (("car", "bombers"), "1832"),
    (("truck", "bomb"), "1832"), (("vehicle", "bomb"), "1832"), (("lorry", "bomb"), "1832"),
    (("roadside",), "1833"),
    (("bomber",), "183"), (("bombers",), "183"), (("bomb",), "183"),
)
# Aircraft and heavy guns named as the attacker ("Israeli warplanes struck"), for the codes of
# force that do not name the means.
AERIAL: Final = frozenset("warplanes warplane jets jet aircraft drones drone helicopters helicopter gunships planes "
                   "bombers bombs".split())
HEAVY: Final = frozenset("tanks tank artillery howitzers".split())
WEAPON_CODES: Final = frozenset({"190", "193", "194"})
AIR, ARMOUR, MILITARY = "195", "194", "MIL"
# The attacker's phrase reaches back this far before the source actor, to a clause boundary.
PHRASE: Final = 8
AFTER: Final = 2  # ... and the words right after it that the actor's name describes
BOUNDARIES: Final = frozenset(", ; : . that which who when after before while as and said".split())
# Verbs and pattern words that say the victim died.
LETHAL: Final = frozenset("kill murder slay assassinate dead death".split())
ASSASSINATE, ATTEMPT, UNCONVENTIONAL = "186", "185", "180"
# "captured Goma" takes ground (192); "captured two soldiers" takes people: an abduction, or by the
# state's forces an arrest.
OCCUPY, ABDUCT, ARREST = "192", "181", "173"
SEIZING: Final = frozenset({"capture +", "seize +"})
STATE: Final = frozenset("GOV MIL COP SPY JUD".split())
IRREGULAR: Final = frozenset("UAF INS REB RAD SET CRM".split())  # armed men who are no state's forces
# Places where civilians gather: an armed group's attack on one is no battle.
SITES: Final = frozenset("mall malls hotel hotels school schools church churches mosque mosques market markets "
                  "theatre theater restaurant restaurants hospital hospitals nightclub cafe university "
                  "college synagogue temple shrine concert stadium wedding funeral".split())
SITE_REACH: Final = 5  # words after the verb: "stormed the Westgate shopping mall"
FIRING: Final = frozenset({"193", "190"})  # shot at, fired on, wounded, attacked: the victim may have lived


def refine(code: str, source: ActorMatch, target: ActorMatch, verb: VerbMatch, tokens: Tokens) -> str:
    """The code of this act of violence given its attacker's means and its victim."""
    if code == OCCUPY and verb.pattern in SEIZING and target.agent:  # people captured, not ground
        return ARREST if source.agent in STATE else ABDUCT
    if code == COUNTED:  # 'a truck bomb ... killing at least 130 civilians' is a bombing
        if target.agent is None and target.country is None:  # 'killed 150 Islamic State militants': a battle
            return BATTLE
        return _means(source, tokens) or code
    if code == ARMOUR:  # "warplanes pounded": the pounding came from the air
        return _weapons(code, source, tokens) or code
    if code not in GENERIC:
        return code
    if _named_person(target):
        if LETHAL & set(verb.pattern.split()) or tokens[verb.verb].norm.startswith(("kill", "murder", "slay")):
            return ASSASSINATE
        if code in FIRING and _non_lethal(verb):
            return ATTEMPT
    return (_means(source, tokens) or _weapons(code, source, tokens) or _civilian_site(code, source, verb, tokens)
            or code)


def _civilian_site(code: str, source: ActorMatch, verb: VerbMatch, tokens: Tokens) -> str | None:
    """'gunmen stormed a shopping mall', 'militants attacked a mosque': irregular forces attacking a
    place where civilians are use unconventional violence (180)."""
    irregular = source.agent in IRREGULAR or (source.agent is None and source.country is None)
    if code not in ("190", "193") or not irregular:
        return None
    words = {t.norm for t in tokens[verb.verb + 1:verb.verb + 1 + SITE_REACH]}
    return UNCONVENTIONAL if words & SITES else None


def also_means(code: str, source: ActorMatch, tokens: Tokens) -> str | None:
    """'killed by a suicide bomber': an assassination or an attempt by a bomber is a bombing too."""
    return _means(source, tokens) if code in (ASSASSINATE, ATTEMPT) else None


def _named_person(actor: ActorMatch) -> bool:
    """A person the dictionaries name (a leader, a commander), not a group or a country: a leader of
    a state, or a title and a name of a group's member ('Hamas leader Ismail Haniyeh')."""
    if actor.members:
        return False
    files = [s.split(":")[0] for s in actor.sources]
    return any("leaders" in f for f in files) or (
        len(files) >= 3 and files[-1].endswith("groups.txt") and "agents.txt" in files[1:-1])


def _non_lethal(verb: VerbMatch) -> bool:
    """Shooting at someone or wounding them: 'opened fire on', 'shot at', 'wounded'."""
    words = set(verb.pattern.split())
    return bool(words & {"fire", "shoot", "wound", "injure", "stab"})


def _weapons(code: str, source: ActorMatch, tokens: Tokens) -> str | None:
    """'Israeli warplanes struck', 'Ukrainian drones attacked': aircraft (195), or tanks and artillery
    (194), named as the attacker."""
    if code not in WEAPON_CODES:
        return None
    words = _named_with(source, tokens)
    if words & AERIAL:
        return AIR
    return ARMOUR if words & HEAVY and code != ARMOUR else None


def armed(source: ActorMatch, tokens: Tokens) -> ActorMatch:
    """'Israeli jets bombed', 'a U.S. drone strike killed': a country named with its aircraft or heavy
    guns acts through its military (COUNTRY + MIL)."""
    if source.agent is not None or source.country is None or source.code != source.country or not tokens:
        return source
    if not _named_with(source, tokens) & (AERIAL | HEAVY):
        return source
    return replace(source, code=source.country + MILITARY, agent=MILITARY)


def _named_with(source: ActorMatch, tokens: Tokens) -> set[str]:
    """The actor's own words and the ones right after it that it describes ('Israeli jets')."""
    return {t.norm for t in tokens[source.start:source.end + AFTER]}


def _phrase(source: ActorMatch, tokens: Tokens) -> list[str]:
    """The words of the attacker's phrase: back to a clause boundary, and the words its name describes."""
    start = source.start
    while start > 0 and source.start - start < PHRASE and tokens[start - 1].norm not in BOUNDARIES:
        start -= 1
    return [t.norm for t in tokens[start:source.end + AFTER]]  # "a Taliban roadside bomb"


def _means(source: ActorMatch, tokens: Tokens) -> str | None:
    """The code of the improvised bomb named in the attacker's phrase, if any (not for state forces
    or alliances, whose bombs and bombers are aircraft's)."""
    if source.agent in STATE or (source.agent is None and source.code.startswith("IGO")):
        return None
    words = _phrase(source, tokens)
    for cue, code in MEANS:
        n = len(cue)
        if any(tuple(words[i:i + n]) == cue for i in range(len(words) - n + 1)):
            return code
    return None

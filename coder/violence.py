"""How an act of violence was done, and to whom, beyond what its verb says. A verb like 'killed' or
'opened fire on' gives root 19 (conventional force); CAMEO moves the act to root 18 when:
  - the attacker is named with an improvised bomb: 'a suicide bomber killed' (1831), 'a truck bomb
    planted by X tore through a market, killing' (1832), 'a roadside bomb' (1833), 'bombers' (183);
  - the victim is a person named in the dictionaries (a leader, a commander): killing one is an
    assassination (186), shooting at or wounding one an attempt on a life (185).
events.directed calls refine() on the code of every (source, target) pair, after recode.tsv.
"""

from __future__ import annotations

from .records import ActorMatch, VerbMatch

# Codes that say only 'armed force' or 'unconventional violence' and so may be made more precise.
GENERIC = frozenset({"190", "193", "195", "180", "183"})
COUNTED = "202"  # a mass killing; an improvised bomb that killed many is still a bombing
# Words of the attacker's phrase that name the means, most specific first.
MEANS = (
    (("suicide",), "1831"),
    (("car", "bomb"), "1832"), (("car", "bomber"), "1832"), (("car", "bombers"), "1832"),
    (("truck", "bomb"), "1832"), (("vehicle", "bomb"), "1832"), (("lorry", "bomb"), "1832"),
    (("roadside",), "1833"),
    (("bomber",), "183"), (("bombers",), "183"), (("bomb",), "183"),
)
# The attacker's phrase reaches back this far before the source actor, to a clause boundary.
PHRASE = 8
BOUNDARIES = frozenset(", ; : . that which who when after before while as and said".split())
# Verbs and pattern words that say the victim died.
LETHAL = frozenset("kill murder slay assassinate dead death".split())
ASSASSINATE, ATTEMPT = "186", "185"
FIRING = frozenset({"193", "190"})  # shot at, fired on, wounded, attacked: the victim may have lived


def refine(code: str, source: ActorMatch, target: ActorMatch, verb: VerbMatch, tokens) -> str:
    """The code of this act of violence given its attacker's means and its victim."""
    if code == COUNTED:  # 'a truck bomb ... killing at least 130 civilians' is a bombing
        return _means(source, tokens) or code
    if code not in GENERIC:
        return code
    if _named_person(target):
        if LETHAL & set(verb.pattern.split()) or tokens[verb.verb].norm.startswith(("kill", "murder", "slay")):
            return ASSASSINATE
        if code in FIRING and _non_lethal(verb):
            return ATTEMPT
    return _means(source, tokens) or code


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


def _means(source: ActorMatch, tokens) -> str | None:
    """The code of the improvised bomb named in the attacker's phrase, if any."""
    start = source.start
    while start > 0 and source.start - start < PHRASE and tokens[start - 1].norm not in BOUNDARIES:
        start -= 1
    words = [t.norm for t in tokens[start:source.end]]
    for cue, code in MEANS:
        n = len(cue)
        if any(tuple(words[i:i + n]) == cue for i in range(len(words) - n + 1)):
            return code
    return None

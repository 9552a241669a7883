"""What a protest is for. CAMEO splits rallies, hunger strikes, strikes, blockades and riots (141-145)
by aim: a change of leader (1), of policy (2), rights (3), or of institutions and regime (4). The
aim is in the rest of the sentence: the demand made ('demanding the resignation of X', coded
1041-1044 by the demand patterns), or what the protest is against ('against the government's plan').
events.assemble calls aimed() on each protest's code, once recode.tsv has made it (a riot is 145 there).
"""

from __future__ import annotations

from typing import Final

from .grammar import Dyad
from .records import Tokens

BY_AIM: Final = frozenset({"141", "142", "143", "144", "145"})  # the protests that have sub-codes by aim
DEMAND: Final = "104"  # 1041-1044: press for new leadership, policy change, rights, institutional change
# Words after the protest that name its aim, by the sub-code's last digit.
LEADER: Final = frozenset("resign resignation resigns ouster quit".split())
RIGHTS: Final = frozenset("rights freedom freedoms".split())
REGIME: Final = frozenset("independence secession democracy autonomy self-rule".split())
POLICY: Final = frozenset("plan plans decision law laws bill reform reforms removal cuts cut policy policies measures "
                   "austerity tax taxes hike hikes increase increases rules budget overhaul ban".split())
AGAINST: Final = frozenset({"against", "over"})
POLICY_REACH: Final = 6  # words after 'against' that may name the policy ("against President X's plan")


def aimed(code: str, tokens: Tokens, protest: Dyad, dyads: list[Dyad]) -> str:
    """The protest's code by aim where the sentence names one ('141' -> '1411'), else as it was."""
    if code not in BY_AIM:
        return code
    digit = _aim(tokens, protest, dyads)
    return code + digit if digit else code


def _aim(tokens: Tokens, protest: Dyad, dyads: list[Dyad]) -> str | None:
    after = protest.verb.verb
    demand = next((d.verb.code for d in dyads if d.verb.verb > after and d.verb.code.startswith(DEMAND)
                   and len(d.verb.code) == 4), None)
    if demand:
        return demand[-1]
    words = [t.norm for t in tokens[after + 1:]]
    if LEADER & set(words) or ("step", "down") in zip(words, words[1:]):
        return "1"
    if REGIME & {t.norm for t in tokens}:  # "pro-independence rioters"
        return "4"
    for i, w in enumerate(words):
        if w in AGAINST or (w == "at" and i and words[i - 1] == "protest"):
            if POLICY & set(words[i + 1:i + 1 + POLICY_REACH]):
                return "2"
    if RIGHTS & set(words):
        return "3"
    return None

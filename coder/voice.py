"""Active or passive: is the verb form at a position acted by its subject, or done to it?

verbs.py asks this of every pattern it tries: "sanctions were imposed on Syria by the United
States" and "soldiers captured by Hezbollah" take their source from 'by', "Iran imposed" from
its subject.
"""

from __future__ import annotations

from typing import AbstractSet, Final

from .records import Tokens
from .wordclass import BE, DETERMINERS, QUANTITY

# Words that may stand between a verb and what shows its voice ("were also imposed").
SKIPPABLE: Final = frozenset("also not n't reportedly allegedly already still recently later then just that which have has had".split())


def object_before(tokens: Tokens, verb: int, forms: frozenset[str], actor_at: AbstractSet[int] = frozenset()) -> bool:
    """'sanctions (were) imposed': the object noun stands before the verb. Not when it is part of
    an actor: in 'Russian troops withdrew' and 'the Monetary Fund disbursed' it is the subject
    (but "Russian diplomats were expelled": with a form of 'be' between, the actor is acted on)."""
    j, be = verb - 1, False
    while j >= 0 and (tokens[j].norm in BE or tokens[j].norm in SKIPPABLE or tokens[j].norm.endswith("ly")):
        be = be or tokens[j].norm in BE
        j -= 1
    return j >= 0 and tokens[j].norm in forms and (be or j not in actor_at)


# Verbs whose own object comes after 'of' ("warned of war", "spoke of peace"): "X warned of" is active.
ACTIVE_WITH_OF: Final = frozenset("warn speak talk complain approve disapprove boast despair dream think".split())


# Plain nouns for people that no dictionary names, and the words of place and time after a
# participle that describes them.
PEOPLE: Final = frozenset("people persons men women children others victims".split())
WHERE_WHEN: Final = frozenset("in during at on over since near".split())


def passive_participle(tokens: Tokens, verb: int, actor_at: set[int], lemma: str = "") -> bool:
    """'soldiers captured by Hezbollah', 'nationals convicted of fraud', '..., released by the
    government': a transitive verb's participle between an actor or a comma and 'by' (an actor)
    or 'of' is passive (but "X warned of": a verb that takes 'of' itself is active)."""
    if verb + 1 < len(tokens) and verb - 1 not in actor_at and tokens[verb + 1].norm in WHERE_WHEN \
            and tokens[verb - 1].norm in PEOPLE:  # "the 800,000 people killed in Rwanda in 1994"
        return True
    if verb + 1 >= len(tokens) or tokens[verb + 1].norm not in ("by", "of") or not (
            verb - 1 in actor_at or tokens[verb - 1].norm == ","):  # "..., released by the government"
        return False
    if tokens[verb + 1].norm == "of":
        return lemma not in ACTIVE_WITH_OF
    k = verb + 2  # the actor right after 'by': not "spoke by phone with"
    while k < len(tokens) and (tokens[k].norm in DETERMINERS or tokens[k].norm in QUANTITY):
        k += 1
    return k in actor_at


def passive_auxiliary(tokens: Tokens, verb: int) -> bool:
    """A form of 'be' just before the verb: 'was attacked', 'have been sanctioned'."""
    j = verb - 1
    while j >= 0 and (tokens[j].norm in SKIPPABLE or tokens[j].norm.endswith("ly")) and tokens[j].norm not in BE:
        j -= 1
    return j >= 0 and tokens[j].norm in BE

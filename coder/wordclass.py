"""Is a verb form used as a verb here, or as a noun, an adjective or part of a name?

"the attack on Israel", "their first meeting", "the occupied West Bank", "the Strategic Arms
Reduction Treaty": the matcher asks these small tests before it tries a verb's patterns.
"""

from __future__ import annotations

from typing import Final

from .actors import PREPOSITIONS
from .records import Token, Tokens

BOUNDARY: Final = frozenset({".", ";", ":", "?", "!", ",", "(", ")", '"', "“", "”", "—", "–"})
BE: Final = frozenset("be is are was were been being get gets got gotten become became".split())
# A verb form right after one of these is a noun: "the attack", "its sanctions", "the American sanctions".
DETERMINERS: Final = frozenset("the a an its their his her our these those 's".split())
NOUN_LIKE: Final = frozenset({"base", "s", "ing"})  # forms that double as nouns: attack, sanctions, meeting
# Words after which a base or -s form is still a verb ("they attack", "will attack", "to attack").
VERB_LEADS: Final = frozenset("to not n't will would can could may might must should shall did do does and or but "
                       "they we you i he she it who which that also jointly again then now still often "
                       "repeatedly reportedly allegedly later soon both each all".split())
SIDES: Final = frozenset({"anti", "pro"})  # 'an anti-war march': the side taken is part of the noun phrase
CONJUNCTIONS: Final = frozenset("and or but nor after before since while when because until once as".split())
NUMBER_WORDS: Final = frozenset("two three four five six seven eight nine ten eleven twelve twenty dozen dozens hundreds "
                         "thousands several many".split())
QUANTITY: Final = frozenset("more than less fewer least about some nearly almost over up to of hundreds thousands "
                     "dozens scores tens millions several many few".split())


def plain(tokens: Tokens, j: int) -> bool:
    """A lower-case word at j (the next item of a list of modifiers)."""
    return j < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.islower()


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def is_noun_use(tokens: Tokens, i: int, actor_end_to_start: dict[int, int], ing: bool = False) -> bool:
    """'the attack on Israel', 'the American sanctions', 'an anti-war march': a determiner before
    the word (or before the country adjective or side taken in front of it) makes it a noun. An -ing form may have
    modifiers between: "their first meeting", "a suicide bombing", "the 1993 World Trade Center
    bombing" (a base form after a plain noun is after_noun's case: "a senior official said")."""
    j, lower = i - 1, 0
    while ing and j >= 0 and j not in actor_end_to_start and tokens[j].norm not in DETERMINERS \
            and _modifier(tokens[j]) and (lower := lower + tokens[j].text.islower()) <= 2:
        j -= 1
    if j in actor_end_to_start:  # skip an actor used as an adjective
        j = actor_end_to_start[j] - 1
    elif j >= 2 and tokens[j - 1].norm == "-" and tokens[j - 2].norm in SIDES:  # 'anti-American'
        j -= 1
    if j >= 1 and tokens[j].norm == "-" and tokens[j - 1].norm in SIDES:  # 'an anti-war march'
        j -= 2
    return j >= 0 and tokens[j].norm in DETERMINERS


def _modifier(token: Token) -> bool:
    """A word that may stand between a determiner and a noun: 'first', 'suicide', 'Lockerbie', '1993'
    (not a preposition or conjunction: "the leader after breaking up" is no noun phrase)."""
    text = token.text
    return text[:1].isdigit() or (text.isalpha() and (text[:1].isupper() or (
        text not in VERB_LEADS and not text.endswith("ly") and text not in BE and text not in PREPOSITIONS
        and text not in CONJUNCTIONS)))


def after_noun(tokens: Tokens, i: int, actor_end_to_start: dict[int, int]) -> bool:
    """'the nerve agent attack', 'air strikes': a base or -s form after a plain lower-case word
    that cannot lead a verb (not a subject, auxiliary, adverb or conjunction) is a noun."""
    j = i - 1
    if j < 0 or j in actor_end_to_start:
        return False
    prev = tokens[j].text
    return prev.isalpha() and prev.islower() and prev not in VERB_LEADS and not prev.endswith("ly")


def in_name(tokens: Tokens, i: int) -> bool:
    """'the Strategic Arms Reduction Treaty', 'Said Jalili': a capitalised word inside a sentence
    (not after a dateline dash, a colon or a quote) is part of a name, not a verb."""
    return i > 0 and capitalised(tokens[i]) and tokens[i - 1].norm not in BOUNDARY | {"-"} \
        and tokens[i].text != "I"


def adjective_use(tokens: Tokens, i: int, candidates: list[tuple[str, str]]) -> bool:
    """'the occupied West Bank', 'hundreds of detained civilians', 'hand over captured soldiers':
    a participle right after a determiner or a preposition describes a noun; it is not a verb
    (but "to cut", "to put", "to hit": a verb whose past is its base is an infinitive after 'to')."""
    if i > 0 and tokens[i - 1].norm == "to" and any(verb == tokens[i].norm for verb, _ in candidates):
        return False
    if i + 1 < len(tokens) and (tokens[i].norm, tokens[i + 1].norm) in NOUN_COMPOUNDS:
        return True  # "Leopard 2 battle tanks"
    if tokens[i].norm in ING_ADJECTIVES and i + 1 < len(tokens) and tokens[i + 1].text.isalpha() \
            and tokens[i + 1].text.islower() and tokens[i + 1].norm not in DETERMINERS:
        return True  # "the town and surrounding villages", "neighbouring countries"
    return (i > 0 and all(kind in ("pp", "past") for _, kind in candidates)
            and (tokens[i - 1].norm in DETERMINERS or tokens[i - 1].norm in PREPOSITIONS or counted(tokens, i)))


def counted(tokens: Tokens, i: int) -> bool:
    """'released two detained Canadians', 'freed 15 jailed activists': a word right after a number
    describes the people counted."""
    prev = tokens[i - 1].norm
    return prev in NUMBER_WORDS or prev.replace(",", "").isdigit()


# Verb forms that are the first half of a military noun.
NOUN_COMPOUNDS: Final = frozenset({("battle", "tank"), ("battle", "tanks"), ("battle", "group"), ("battle", "groups"),
                            ("battle", "lines"), ("battle", "line"), ("attack", "helicopters"), ("attack", "helicopter"),
                            ("attack", "drones"), ("attack", "submarine"), ("strike", "force")})
# -ing forms that news uses as plain adjectives before a noun.
ING_ADJECTIVES: Final = frozenset("surrounding neighbouring neighboring remaining warring opposing".split())


HAVE: Final = frozenset("have has had having".split())


def after_past_verb(tokens: Tokens, i: int, candidates: list[tuple[str, str]], forms) -> bool:
    """'returned captured soldiers', 'freed jailed opposition leaders': two finite verbs do not stand
    side by side, so a participle right after another verb's past form describes the noun after it."""
    if i == 0 or not all(kind in ("pp", "past") for _, kind in candidates):
        return False
    before = tokens[i - 1].norm
    kinds = forms.get(before)
    return bool(kinds) and before not in BE | HAVE and all(kind in ("pp", "past") for _, kind in kinds)


def before_participle(tokens: Tokens, i: int, participles: frozenset[str]) -> bool:
    """'sanctions imposed on Damascus': a noun-like form right before a participle is its object."""
    return i + 1 < len(tokens) and tokens[i + 1].norm in participles

"""The subject of a verb, and the actors that act together with it, found without a parser.

The subject is the nearest actor before the verb that is not behind a preposition, past places,
asides and relative clauses; a clause after a conjunction has its own subject; actors joined by
"and" (or a list with commas) act together. grammar.assign uses these for sources and targets.
"""

from __future__ import annotations

from typing import Final

from .actors import PREPOSITIONS
from .attackers import maker_of_subject
from .records import ActorMatch, Tokens
from .targets import CLAUSE_STOP, DETERMINERS
from .voice import PEOPLE

ADVERBS: Final = frozenset("later also then again soon subsequently separately jointly".split())
RELATIVE_PRONOUNS: Final = frozenset({"that", "which", "who"})
# Words that are prepositions before a noun but open a clause before a subject and its verb.
CLAUSE_CONJUNCTIONS: Final = frozenset("after before since until as while when because once".split())
ALLIED: Final = frozenset({"allied", "affiliated", "other"})  # "X and allied Y", "X and other Y": still a list
JOINING: Final = frozenset({("and",), ("&",), (",", "and"), ("nor",)})  # what joins two actors into a list
# Nouns that count, group or staff the actor named after 'of' or 'from': "Tens of thousands of
# protesters marched", "Monitors from the OSCE investigated".
COUNT_HEADS: Final = frozenset("hundreds thousands dozens scores tens millions some many group groups convoy "
                        "column band crowd crowds unit units members fighters militants monitors inspectors "
                        "contingent contingents observers experts".split())
SPEAKERS: Final = frozenset("spokesman spokeswoman spokesperson".split())  # "a spokesman for Japan's foreign ministry"
# Common irregular past forms that open a clause after its subject ("authorities froze its assets").
IRREGULAR_PAST: Final = frozenset("froze seized shot took drove threw struck sent held met made gave broke fought "
                           "overran began led brought caught hit".split())
# Weapons named with their owner before them as the subject of an attack: "NATO bombs hit".
WEAPONS: Final = frozenset("bombs bomb missiles missile rockets rocket shells shell drones drone jets planes "
                    "warplanes tanks artillery".split())
AUXILIARIES: Final = frozenset("has have had will would could should may might must can is are was were be been did does do".split())


def compound(actor: ActorMatch, actors: list[ActorMatch], tokens: Tokens) -> tuple[ActorMatch, ...]:
    """The actor with its partners: 'Iran, Russia and Syria' -> all three.

    Commas alone do not join ('In Damascus, Iran met...'): a list needs an 'and'.
    "The two sides" (and a name for several actors, 'the Benelux countries') stands for its members.
    """
    starts = [a.start for a in actors]
    if actor.start not in starts:
        return actor.members or (actor,)
    lo = hi = starts.index(actor.start)
    free = not behind_preposition(actor, tokens)  # "in Gaza and Israel's refusal": Gaza is a place
    joints = []  # what joins each neighbour taken in, found once
    while lo > 0 and (joint := _joint(actors[lo - 1], actors[lo], tokens)) and not (
            free and behind_preposition(actors[lo - 1], tokens)):
        joints.append(joint)
        lo -= 1
    while hi + 1 < len(actors) and (joint := _joint(actors[hi], actors[hi + 1], tokens)) and not (
            joint == "," and "and" in joints):  # "X, Y and Z, Defence Minister W said": the list ended at Z
        joints.append(joint)
        hi += 1
    if "and" not in joints:
        return actor.members or (actor,)
    return tuple(m for a in actors[lo : hi + 1] for m in (a.members or (a,)))


def _joint(left: ActorMatch, right: ActorMatch, tokens: Tokens) -> str | None:
    """'and' or ',' when only that (and determiners) stands between two actors."""
    gap = [t.norm for t in tokens[left.end : right.start] if t.norm not in DETERMINERS]
    if not ALLIED.isdisjoint(gap):  # "Turkish troops and allied Syrian rebels"; but "X and allied militias" are X's own
        placed = any(s.startswith("country of") for s in right.sources)
        gap = [w for w in gap if w not in ALLIED] if not placed else gap
    words = tuple(gap)
    if words in JOINING:  # "neither X nor Y" is a list too
        return "and"
    return "," if words == (",",) else None


def behind_preposition(actor: ActorMatch, tokens: Tokens) -> bool:
    """'in Damascus', 'with Iran'; but not 'Thousands of protesters', 'a convoy of Houthi fighters':
    'of' after a count or a group noun leads to the phrase's real head."""
    j = actor.start - 1
    while j >= 0 and (tokens[j].norm in DETERMINERS or tokens[j].norm == "-"):
        j -= 1
    if j >= 1 and tokens[j].norm == "'s" and actor.agent is None:  # "in Syria's Idlib province": a place too
        j -= 1
        while j >= 0 and tokens[j].text[:1].isupper():
            j -= 1
    if j >= 1 and ((tokens[j].norm in ("of", "from") and tokens[j - 1].norm in COUNT_HEADS)
                   or (tokens[j].norm == "for" and tokens[j - 1].norm in SPEAKERS)):
        return False
    return j >= 0 and tokens[j].norm in PREPOSITIONS


def subject(tokens: Tokens, verb: int, actors: list[ActorMatch]) -> ActorMatch | None:
    """Nearest actor before the verb, skipping places and objects of prepositions
    (but "after Iraqi troops invaded": a clause after a conjunction has its own subject)."""
    if _people_before(tokens, verb, actors):  # "as people took to the streets": a subject of its own
        return None
    stop = next((j for j in range(verb - 1, -1, -1)  # the last clause stop before the verb
                 if tokens[j].norm in CLAUSE_STOP and not _short_aside(tokens, j)), -1)
    rel = _relative_pronoun(tokens, verb)
    if rel is not None:  # "the bombing that killed ...": the subject is what stands before 'that'
        k = rel - 1 if rel > 0 and tokens[rel - 1].norm != "," else rel - 2
        before = next((a for a in actors if a.end - 1 == k), None)  # not a place: "schools in Gaza that"
        return before if before and not behind_preposition(before, tokens) else None
    skipped = _relative_clauses(tokens, verb)
    for actor in reversed(actors):
        if actor.end > verb or actor.start <= stop or any(lo < actor.start < hi for lo, hi in skipped):
            continue
        if not behind_preposition(actor, tokens) or _opens_clause(actor, tokens, verb) \
                or maker_of_subject(actor, tokens, actors, verb):  # "a bomb planted by X killed"
            return _apposition_head(actor, actors, tokens) or actor
    return None


def _people_before(tokens: Tokens, verb: int, actors: list[ActorMatch]) -> bool:
    """A plain noun for people right before the verb, named by no actor and unqualified by one."""
    j = verb - 1
    return j >= 1 and tokens[j].norm in PEOPLE and not any(a.start <= j <= a.end for a in actors)


def _apposition_head(actor: ActorMatch, actors: list[ActorMatch], tokens: Tokens) -> ActorMatch | None:
    """'Two Canadian citizens, a former diplomat and a businessman, were detained': the actors
    between commas right after another actor describe it; that actor is the subject."""
    members = compound(actor, actors, tokens)
    j = members[0].start - 1
    last_words = {a.end - 1 for a in actors}
    while j >= 0 and j not in last_words and tokens[j].text.isalpha() and tokens[j].text.islower():
        j -= 1  # "a former", "the"
    end = members[-1].end
    if j < 1 or tokens[j].norm != "," or end >= len(tokens) or tokens[end].norm != ",":
        return None
    return next((a for a in actors if a.end == j), None)


def _short_aside(tokens: Tokens, j: int) -> bool:
    """'the European Union (EU) agree': a bracket of a short aside (three words at most) ends no clause."""
    if tokens[j].norm == ")":
        return any(tokens[k].norm == "(" for k in range(max(0, j - 4), j))
    if tokens[j].norm == "(":
        return any(tokens[k].norm == ")" for k in range(j + 1, min(len(tokens), j + 5)))
    return False


def _relative_pronoun(tokens: Tokens, verb: int) -> int | None:
    """Position of 'that', 'which' or 'who' right before the verb (auxiliaries and adverbs between)."""
    j = verb - 1
    while j >= 0 and (tokens[j].norm in AUXILIARIES or tokens[j].norm.endswith("ly")):
        j -= 1
    return j if j >= 0 and tokens[j].norm in RELATIVE_PRONOUNS else None


def _relative_clauses(tokens: Tokens, verb: int) -> list[tuple[int, int]]:
    """Spans ', who ... ,' and ', which ... ,' before the verb: asides, not the verb's subject."""
    spans = []
    for r in range(1, verb):
        if tokens[r].norm in ("who", "which") and tokens[r - 1].norm == ",":
            end = next((j for j in range(r + 1, verb) if tokens[j].norm == ","), None)
            if end is not None:
                spans.append((r, end))
    return spans


def _opens_clause(actor: ActorMatch, tokens: Tokens, verb: int) -> bool:
    """'after Iraqi troops invaded': the actor right before its verb, behind a conjunction; or
    'after authorities froze its assets and arrested its editors': before a verb of its own
    that the later verb is conjoined to."""
    between = [t.norm for t in tokens[actor.end : verb]]
    head = len(between) == 1 and tokens[actor.end].text.isalpha() and tokens[actor.end].text.islower() \
        and between[0] in WEAPONS  # "after NATO bombs hit": the actor names whose the weapons are
    if any(not (w in AUXILIARIES or w.endswith("ly") or w in ADVERBS) for w in between) and not head \
            and not (own_verb_next(tokens, actor.end) and "and" in between):
        return False
    j = actor.start - 1
    while j >= 0 and tokens[j].norm in DETERMINERS:
        j -= 1
    return j >= 0 and tokens[j].norm in CLAUSE_CONJUNCTIONS


def own_verb_next(tokens: Tokens, j: int, auxiliary: bool = False) -> bool:
    """A past-tense word right after an actor: 'authorities froze', 'rebels seized' (or, with
    `auxiliary`, a form of 'be' or 'have': 'fighters were herding')."""
    if j >= len(tokens):
        return False
    if auxiliary and tokens[j].norm in AUXILIARIES:
        return True
    word = tokens[j].text
    return word.isalpha() and word.islower() and word not in PREPOSITIONS and (
        word.endswith("ed") or word in IRREGULAR_PAST)

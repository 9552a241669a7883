"""New actors made of unknown noun phrases (settings.txt `new_actor_length N`; 0, the default: never).

PETRARCH and TABARI could code a verb whose subject or object names no known actor by taking
the noun phrase itself as the actor, when it has at most N words: "Gryffindor's head Minerva
McGonagall left for ..." -> "GRYFFINDOR HEAD MINERVA MCGONAGALL". Without a parse tree the
phrase is read off the words: before the verb (past its auxiliaries) back to the start of the
clause, and after the verb's words (past one preposition) up to the next preposition, comma or
verb. A longer phrase, or one that holds a known actor, makes no actor. The code is the phrase
in capitals between double quotes (possessive 's dropped), as PETRARCH writes it.
"""

from __future__ import annotations

from typing import Final

from .records import ActorMatch, Token, Tokens, VerbMatch

AUXILIARIES: Final = frozenset("has have had is are was were will would shall should can could may might must "
                        "be been being do does did also has already just".split())
# Words that end a noun phrase read backwards from its verb, or forwards from its start.
PHRASE_STOPS: Final = frozenset("and or but nor that which who whom whose said says when after before while because "
                         "if as than since until once where to for with against on in at by from into "
                         "about over under between among during".split())
PRONOUNS: Final = frozenset("he she it they we i you this these those there who one".split())
OBJECT_PREPOSITIONS: Final = frozenset("for to with against on at into from about toward towards".split())


def new_actors(tokens: Tokens, actors: list[ActorMatch], matches: list[VerbMatch],
               length: int, verb_forms: frozenset[str]) -> list[ActorMatch]:
    """Actors for the unknown subjects and objects of the verb matches, in token order."""
    if length <= 0:
        return []
    taken = {j for a in actors for j in range(a.start, a.end)}
    found: dict[int, ActorMatch] = {}
    for m in matches:
        for span in (_subject_span(tokens, m, verb_forms), None if m.target else _object_span(tokens, m, verb_forms)):
            if span and not taken.intersection(range(*span)) and span[0] not in found:
                actor = _phrase_actor(tokens, *span, length)
                if actor:
                    found[span[0]] = actor
    return sorted(found.values(), key=lambda a: a.start)


def _subject_span(tokens: Tokens, m: VerbMatch, verb_forms: frozenset[str]) -> tuple[int, int] | None:
    end = m.verb if m.lead is None else m.lead
    while end > 0 and tokens[end - 1].norm in AUXILIARIES:
        end -= 1
    start = end
    while start > 0 and _phrase_word(tokens[start - 1], verb_forms):
        start -= 1
    return (start, end) if start < end else None


def _object_span(tokens: Tokens, m: VerbMatch, verb_forms: frozenset[str]) -> tuple[int, int] | None:
    start = m.end
    if start < len(tokens) and tokens[start].norm in OBJECT_PREPOSITIONS:
        start += 1
    end = start
    while end < len(tokens) and (_phrase_word(tokens[end], verb_forms) or tokens[end].norm == "of"):
        end += 1
    while end > start and tokens[end - 1].norm == "of":
        end -= 1
    return (start, end) if start < end else None


def _phrase_word(token: Token, verb_forms: frozenset[str]) -> bool:
    return (token.norm == "'s" or token.text[:1].isalpha()) and token.norm not in PHRASE_STOPS \
        and token.norm not in verb_forms


def _phrase_actor(tokens: Tokens, start: int, end: int, length: int) -> ActorMatch | None:
    words = [t.text for t in tokens[start:end] if t.norm != "'s"]
    if not words or len(words) > length or (len(words) == 1 and words[0].lower() in PRONOUNS):
        return None
    code = '"' + " ".join(words).upper() + '"'
    return ActorMatch(start, end, code, None, None, " ".join(t.text for t in tokens[start:end]))

"""Whom a threat, a show of force or a truce is aimed at, beyond the actor named after the verb:
the subject of the clause after a warning, the other side of a border, the rival a posture
answers, the party a condition names, the other side of a truce. grammar.assign calls these.
"""

from __future__ import annotations

from typing import Final

from .records import ActorMatch, Tokens, VerbMatch
from .targets import ASKING_ROOTS, DETERMINERS, by_agent

# Threats and shows of force whose target may be the subject of the clause that follows: "warned
# that protesters would face arrest", "raised the alert level as Chinese warplanes flew".
CLAUSE_TARGET_ROOTS: Final = frozenset({"13", "15"})
# A show of force is aimed at the other side of a border, at a threat or at whom it faces.
POSTURE_ROOT: Final = "15"
BORDERS: Final = frozenset("border frontier boundary".split())
POSTURE_PAIRS: Final = frozenset({("threat", "from"), ("warning", "to"), ("message", "to"), ("directed", "at"),
                           ("aimed", "at")})
# ... or at the rival whose move it answers ("on alert after Indian warplanes crossed", "as Chinese
# warships circled") or with whom it is at odds ("after fighting broke out with Azerbaijan").
POSTURE_CLAUSES: Final = frozenset("after as amid against".split())
UNCERTAIN: Final = frozenset("possible potential feared expected anticipated likely".split())
STRIFE: Final = frozenset("tension tensions standoff clashes fighting war conflict dispute confrontation out".split())
THREAT_ROOT, CONDITIONS = "13", frozenset({"unless", "if"})
DE_ESCALATION: Final = "087"  # truces and halts to fighting are toward the other side
PLACE_WORDS: Final = frozenset("in at near inside across around".split())
CLAUSE_WORDS: Final = frozenset("after before as while when since because and but".split())


def keeps_clause_target(m: VerbMatch, target: ActorMatch, sources: tuple[ActorMatch, ...]) -> bool:
    """'demanded that Israel halt', 'warned that protesters would face arrest': an appeal, demand,
    threat or show of force is aimed at the subject of the clause after it (but "warned that they
    would strike", "that Russia had the right to": the source's own side is no target)."""
    root = m.code[:2]
    own = any(target.code == s.code or (not target.agent and target.country == s.country) for s in sources)
    return root in ASKING_ROOTS or (root in CLAUSE_TARGET_ROOTS and not own)


def posture_target(tokens: Tokens, m: VerbMatch, sources: tuple[ActorMatch, ...],
                   actors: list[ActorMatch]) -> ActorMatch | None:
    """'rushed troops to the Ladakh frontier with China', 'placed its force on alert, citing the
    threat from Russia', 'troops facing South Korea', 'on alert after Indian jets crossed': a show
    of force is aimed at the other side of a border, at the threat named, at whom it faces or
    answers (not at a place of one's own); looked for after the verb, then in the subject's phrase
    ("troops along the border with Turkey were put on alert")."""
    if m.code[:2] != POSTURE_ROOT:
        return None
    own = {s.country for s in sources}
    starts = {a.start: a for a in actors}
    first = min([s.end for s in sources if s.end <= m.verb] or [m.verb])
    for span in (range(m.verb + 1, len(tokens) - 1), range(first, m.verb)):
        for j in span:
            if tokens[j].norm in (".", ";"):
                break
            cue = _posture_cue(tokens, j)
            if cue is None:
                continue
            k = j + cue
            while k < len(tokens) and (tokens[k].norm in DETERMINERS or tokens[k].norm in UNCERTAIN):
                k += 1  # "against a possible Hezbollah attack"
            actor = starts.get(k)
            if actor and actor.country not in own:
                return actor
    return None


def counterpart(tokens: Tokens, m: VerbMatch, sources: tuple[ActorMatch, ...], actors: list[ActorMatch]) -> ActorMatch | None:
    """'Hamas declared a ceasefire in Gaza hours after Israel halted its offensive': a truce or a
    halt to fighting with no other side named after it is toward the nearest actor of another
    country in the sentence that is not a place (not the source's own land)."""
    if not m.code.startswith(DE_ESCALATION):
        return None
    own = {s.country for s in sources}
    others = [a for a in actors if a.country and a.country not in own and not _in_place(tokens, a)]
    return min(others, key=lambda a: abs(a.start - m.verb), default=None)


def _in_place(tokens: Tokens, actor: ActorMatch) -> bool:
    """'in Gaza', 'in southern Lebanon', 'at the border': an actor named as where something is."""
    j = actor.start - 1
    while j >= 0 and (tokens[j].norm in DETERMINERS or (tokens[j].text.isalpha() and tokens[j].text.islower()
                                                         and tokens[j].norm not in PLACE_WORDS | CLAUSE_WORDS)):
        j -= 1
    return j >= 0 and tokens[j].norm in PLACE_WORDS


def readied_forces(tokens: Tokens, m: VerbMatch, actors: list[ActorMatch]) -> bool:
    """'Israeli troops were placed on high alert', 'police were deployed to the border': forces
    readied or moved with no 'by' are the ones showing force, the subject of the passive."""
    return m.code[:2] == POSTURE_ROOT and by_agent(tokens, m, actors) is None


def _posture_cue(tokens: Tokens, j: int) -> int | None:
    """Length of a cue naming whom a show of force is aimed at, if one starts at j."""
    word, nxt = tokens[j].norm, tokens[j + 1].norm
    if word == "facing" or word in POSTURE_CLAUSES:
        return 1
    if word in STRIFE and nxt == "with":
        return 2
    if (word, nxt) in POSTURE_PAIRS:
        return 2
    if word in BORDERS and nxt == "with" and "from" not in {t.norm for t in tokens[max(0, j - 3) : j]}:
        return 2  # "to the frontier with India", not "from its border with Afghanistan"
    return None


def condition_party(tokens: Tokens, m: VerbMatch, actors: list[ActorMatch]) -> ActorMatch | None:
    """'threatened to walk away from the talks unless Israel released the prisoners': a threat is
    aimed at the party its condition names, the subject right after 'unless' or 'if'."""
    if m.code[:2] != THREAT_ROOT:
        return None
    starts = {a.start: a for a in actors}
    for j in range(m.verb + 1, len(tokens) - 1):
        if tokens[j].norm in (".", ";"):
            return None
        if tokens[j].norm in CONDITIONS:
            k = j + 1
            while k < len(tokens) and tokens[k].norm in DETERMINERS:
                k += 1
            party = starts.get(k)  # a named party, not a pronoun ("unless they stopped")
            return party if party and not any(src.startswith("refers to") for src in party.sources) else None
    return None

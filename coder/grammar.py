"""Who is the source and who the target of each verb match.

Shallow rules, no parser: the subject is the nearest actor before the verb that is not
behind a preposition; the passive takes its source from "by ACTOR"; actors joined by
"and" or commas act together; a negated verb, or one governed by another coded verb
("refused to meet"), gives no event; an act only promised or threatened takes its announced
code, and one only imagined or denied gives no event (modality.py). Each rule is a small function.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .actors import PREPOSITIONS
from .modality import ANNOUNCED, Modality
from .references import place_of
from .records import ActorMatch, Token, VerbMatch
from .verbs import BOUNDARY, DETERMINERS as NOUN_DETERMINERS, QUANTITY

NEGATIONS = frozenset({"not", "never", "n't", "no", "neither", "nor", "without"})
CONJUNCTIONS = frozenset({"and", ",", "&"})
ADVERBS = frozenset("later also then again soon subsequently separately jointly".split())
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
# Words that are prepositions before a noun but open a clause before a subject and its verb.
CLAUSE_CONJUNCTIONS = frozenset("after before since until as while when because once".split())
# Participles after a comma that only elaborate the main act: "rallied, demanding ...", "..., saying ...".
ADJUNCT_ROOTS = frozenset({"01", "10"})
STATEMENT_ROOT = "01"
MEET, THIRD_PLACE = "040", "044"  # codebook: a meeting in a third country is 044
# Roots whose target, when none is named, is the author of the thing acted on ("by X").
AUTHOR_ROOTS = frozenset({"09", "11", "12"})
# Appeals and demands keep the actor asked as their target even when a verb follows it:
# "demanded that Israel halt ..." is a demand on Israel (and the halt is only requested).
ASKING_ROOTS = frozenset({"02", "10"})
CLAUSE_STOP = frozenset({";", ":", "(", ")", "“", "”", '"'})
DETERMINERS = NOUN_DETERMINERS - {"'s"} | {"both"}
BY_FILLERS = DETERMINERS | QUANTITY | {"group", "groups", "band", "gang", "unit", "units"}
BY_WINDOW = 12  # "was assassinated at his home in Port-au-Prince early on Wednesday by"
# Roots whose events a compound subject does to itself when no target is named:
# "Iran and Syria discussed...", "Indian and Pakistani troops exchanged fire".
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})  # "X and Y signed ... on X's self-rule": among themselves
# Roots of acts done *in* a place, whose target is that place when no actor is named:
# "warplanes pounded targets in Baghdad" is an attack on Iraq.
PLACE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# Protests with no named target are against the government of the place, else of the protesters'
# own country: "protesters marched through Belgrade" -> SRBOPP 141 SRBGOV.
PROTEST_ROOT, PROTESTED = "14", "GOV"


@dataclass(frozen=True, slots=True)
class Dyad:
    """One source/target pair (either may be a compound) for a verb match, or why not."""

    verb: VerbMatch
    sources: tuple[ActorMatch, ...] = ()
    targets: tuple[ActorMatch, ...] = ()
    dropped: str | None = None
    code: str | None = None  # the event code, when the mood changes it ("vowed to send aid": 033)


def is_negated(tokens: tuple[Token, ...], verb: int) -> bool:
    """'did not attack', "didn't meet", 'never condemned' (looks three words back)."""
    for j in range(max(0, verb - 3), verb):
        norm = tokens[j].norm
        if norm in NEGATIONS or norm.endswith("n't"):
            return True
    return False


def governing_verb(tokens, verb: int, verb_at: set[int]) -> bool:
    """'refused to meet': the infinitive belongs to a coded verb before it."""
    return verb >= 2 and tokens[verb - 1].norm == "to" and (verb - 2) in verb_at


def compound(actor: ActorMatch, actors: list[ActorMatch], tokens) -> tuple[ActorMatch, ...]:
    """The actor with its partners: 'Iran, Russia and Syria' -> all three.

    Commas alone do not join ('In Damascus, Iran met...'): a list needs an 'and'.
    "The two sides" (and a name for several actors, 'the Benelux countries') stands for its members.
    """
    i = next((k for k, a in enumerate(actors) if a.start == actor.start), None)
    if i is None:
        return actor.members or (actor,)
    lo = hi = i
    while lo > 0 and _joint(actors[lo - 1], actors[lo], tokens):
        lo -= 1
    while hi + 1 < len(actors) and _joint(actors[hi], actors[hi + 1], tokens):
        hi += 1
    joints = [_joint(actors[k], actors[k + 1], tokens) for k in range(lo, hi)]
    if "and" not in joints:
        return actor.members or (actor,)
    return tuple(m for a in actors[lo : hi + 1] for m in (a.members or (a,)))


def _joint(left: ActorMatch, right: ActorMatch, tokens) -> str | None:
    """'and' or ',' when only that (and determiners) stands between two actors."""
    gap = [t.norm for t in tokens[left.end : right.start] if t.norm not in DETERMINERS]
    if gap in (["and"], ["&"], [",", "and"], ["nor"]):  # "neither X nor Y" is a list too
        return "and"
    return "," if gap == [","] else None


def _behind_preposition(actor: ActorMatch, tokens) -> bool:
    j = actor.start - 1
    while j >= 0 and (tokens[j].norm in DETERMINERS or tokens[j].norm == "-"):
        j -= 1
    return j >= 0 and tokens[j].norm in PREPOSITIONS


def subject(tokens, verb: int, actors: list[ActorMatch]) -> ActorMatch | None:
    """Nearest actor before the verb, skipping places and objects of prepositions
    (but "after Iraqi troops invaded": a clause after a conjunction has its own subject)."""
    stop = max((j for j in range(verb) if tokens[j].norm in CLAUSE_STOP and not _short_aside(tokens, j)),
               default=-1)
    rel = _relative_pronoun(tokens, verb)
    if rel is not None:  # "the bombing that killed ...": the subject is what stands before 'that'
        k = rel - 1 if rel > 0 and tokens[rel - 1].norm != "," else rel - 2
        return next((a for a in actors if a.end - 1 == k), None)
    skipped = _relative_clauses(tokens, verb)
    for actor in reversed(actors):
        if actor.end > verb or actor.start <= stop or any(lo < actor.start < hi for lo, hi in skipped):
            continue
        if not _behind_preposition(actor, tokens) or _opens_clause(actor, tokens, verb):
            return actor
    return None


def _short_aside(tokens, j: int) -> bool:
    """'the European Union (EU) agree': a bracket of a short aside (three words at most) ends no clause."""
    if tokens[j].norm == ")":
        return any(tokens[k].norm == "(" for k in range(max(0, j - 4), j))
    if tokens[j].norm == "(":
        return any(tokens[k].norm == ")" for k in range(j + 1, min(len(tokens), j + 5)))
    return False


def _relative_pronoun(tokens, verb: int) -> int | None:
    """Position of 'that', 'which' or 'who' right before the verb (auxiliaries and adverbs between)."""
    j = verb - 1
    while j >= 0 and (tokens[j].norm in AUXILIARIES or tokens[j].norm.endswith("ly")):
        j -= 1
    return j if j >= 0 and tokens[j].norm in RELATIVE_PRONOUNS else None


def _relative_clauses(tokens, verb: int) -> list[tuple[int, int]]:
    """Spans ', who ... ,' and ', which ... ,' before the verb: asides, not the verb's subject."""
    spans = []
    for r in range(1, verb):
        if tokens[r].norm in ("who", "which") and tokens[r - 1].norm == ",":
            end = next((j for j in range(r + 1, verb) if tokens[j].norm == ","), None)
            if end is not None:
                spans.append((r, end))
    return spans


def _opens_clause(actor: ActorMatch, tokens, verb: int) -> bool:
    """'after Iraqi troops invaded': the actor right before its verb, behind a conjunction."""
    between = [t.norm for t in tokens[actor.end : verb]]
    if any(not (w in AUXILIARIES or w.endswith("ly") or w in ADVERBS) for w in between):
        return False
    j = actor.start - 1
    while j >= 0 and tokens[j].norm in DETERMINERS:
        j -= 1
    return j >= 0 and tokens[j].norm in CLAUSE_CONJUNCTIONS


def by_agent(tokens, match: VerbMatch, actors: list[ActorMatch]) -> ActorMatch | None:
    """The 'by ACTOR' phrase after a passive verb."""
    start = max(match.tail_end, match.verb + 1)
    return _after_by(tokens, start, start + BY_WINDOW, BOUNDARY - {","}, actors)


def _after_by(tokens, start: int, end: int, stops, actors) -> ActorMatch | None:
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


def _conjoined_source(tokens, verb: int, earlier: list[tuple[VerbMatch, tuple]]) -> tuple | None:
    """'X met Y and condemned Z': a verb right after 'and' (no subject of its own between)
    shares the subject of the coded verb before it."""
    j = verb - 1
    while j >= 0 and (tokens[j].norm.endswith("ly") or tokens[j].norm in ADVERBS):
        j -= 1
    if j < 0 or tokens[j].norm not in ("and", "but", "then"):
        return None
    for match, sources in reversed(earlier):
        if match.verb < j:  # "detained X ... on Thursday and accused him": the last coded verb before 'and'
            return sources
    return None


AUXILIARIES = frozenset("has have had will would could should may might must can is are was were be been did does do".split())


def starts_clause(actor: ActorMatch, tokens, verb_at: set[int]) -> bool:
    """'Iran said Israel attacked Syria': Israel is the subject of 'attacked', not the object of 'said'."""
    j = actor.end
    if j < len(tokens) and tokens[j].norm in AUXILIARIES:  # "said Moscow would ...", "said both had ..."
        return True
    while j < len(tokens) and tokens[j].norm.endswith("ly"):
        j += 1
    return j in verb_at or (j < len(tokens) and tokens[j].norm.endswith("ed") and tokens[j].norm.isalpha())


def _among_themselves(sources, targets, m: VerbMatch) -> bool:
    """'Israel and the PLO signed a declaration on Palestinian self-rule': a symmetric act of a
    compound whose 'target' is one of its own members acts on itself."""
    countries = {s.country for s in sources}
    return (len(sources) >= 2 and bool(targets) and m.code[:2] in COOPERATIVE_ROOTS
            and all(t.country is not None and t.country in countries for t in targets))


def _about_itself(sources, targets, m: VerbMatch) -> bool:
    """'Lavrov said ... with the United States' is a statement about the US; but 'Russia said
    ... Kremlin spokesman told reporters' says nothing to another country: a statement whose
    only target is the speaker's own country has none."""
    countries = {s.country for s in sources}
    return (m.code[:2] == STATEMENT_ROOT and "+" not in m.pattern.split()
            and all(t.country in countries or t.country is None for t in targets))


def _third_place(tokens, m: VerbMatch, code, sources, targets, actors) -> str | None:
    """'Bush and Gorbachev met in Helsinki': a meeting in a country neither side belongs to is
    CAMEO's 'meet at a third location' (044), not a plain meeting (040)."""
    if (code or m.code) != MEET:
        return None
    sides = {a.country for a in sources + targets}
    place = place_of(tokens, [a for a in actors if a.start > m.verb and a not in sources + targets])
    return THIRD_PLACE if place and place.country and place.country not in sides and None not in sides else None


def _adjunct(tokens, m: VerbMatch) -> bool:
    return (m.code[:2] in ADJUNCT_ROOTS and m.verb > 0 and tokens[m.verb - 1].norm == ","
            and tokens[m.verb].norm.endswith("ing"))


def _shared_object(tokens, m: VerbMatch, matches: list[VerbMatch]) -> ActorMatch | None:
    """'invaded and occupied Kuwait': the first verb shares the second's object."""
    if m.verb + 2 >= len(tokens) or tokens[m.verb + 1].norm not in ("and", "or"):
        return None
    nxt = next((n for n in matches if n.verb == m.verb + 2), None)
    return nxt.target if nxt else None


def _author(tokens, m: VerbMatch, actors) -> ActorMatch | None:
    """'opened an investigation into war crimes by Russian forces', 'rejected an offer by Trump':
    the one whose act is investigated, rejected or condemned is named after 'by'."""
    return _after_by(tokens, m.verb + 1, len(tokens), CLAUSE_STOP | {"."}, actors)


def _implied_target(tokens, m: VerbMatch, sources, actors) -> tuple[ActorMatch, ...]:
    """The target an act has without naming one: the author after 'by' (inquiry, disapproval,
    rejection), its place (force, coercion, violence), or for a protest the government."""
    root = m.code[:2]
    if root in AUTHOR_ROOTS:
        author = _author(tokens, m, actors)
        return (author,) if author else ()
    if root not in PLACE_ROOTS and root != PROTEST_ROOT:
        return ()
    place = place_of(tokens, [a for a in actors if a.start > m.verb and a not in sources])
    if root != PROTEST_ROOT:
        return (place,) if place else ()
    country = place.country if place else sources[0].country
    if country is None:
        return ()
    return (ActorMatch(m.verb, m.verb + 1, country + PROTESTED, country, PROTESTED, f"government of {country}",
                       ("protest with no named target",)),)


def _announced_infinitives(tokens, matches, moods, verb_at, modality) -> set[int]:
    """'vowed to send aid': where the infinitive has an announced code, it is coded, not 'vowed'.

    Returns the positions of the governing verbs to drop.
    """
    return {m.verb - 2 for m in matches
            if moods[m.verb] and moods[m.verb][1] == "to" and moods[m.verb][0] in ANNOUNCED
            and governing_verb(tokens, m.verb, verb_at) and modality.announce(m.code)}


def assign(tokens: tuple[Token, ...], actors: list[ActorMatch], matches: list[VerbMatch],
           modality: Modality | None = None) -> list[Dyad]:
    """Give every verb match its sources and targets, or the reason it has none."""
    modality = modality or Modality()
    verb_at = {m.verb for m in matches}
    taken = {j for a in actors for j in range(a.start, a.end)}
    moods = {m.verb: modality.mood(tokens, m.verb, taken) for m in matches}
    governors = _announced_infinitives(tokens, matches, moods, verb_at, modality)
    dyads: list[Dyad] = []
    done: list[tuple[VerbMatch, tuple]] = []
    for m in matches:
        mood = moods[m.verb]
        if is_negated(tokens, m.verb if m.lead is None else m.lead):  # "didn't * clash" names its negation
            dyads.append(Dyad(m, dropped="negated verb"))
            continue
        if m.verb in governors:
            dyads.append(Dyad(m, dropped="its infinitive is coded as an announced act"))
            continue
        if governing_verb(tokens, m.verb, verb_at) and m.verb - 2 not in governors:
            dyads.append(Dyad(m, dropped="infinitive of another coded verb"))
            continue
        if mood and mood[0] not in ANNOUNCED:
            dyads.append(Dyad(m, dropped=f"{mood[0]} ('{mood[1]}' cue)"))
            continue
        if _adjunct(tokens, m) and any(not d.dropped for d in dyads):
            dyads.append(Dyad(m, dropped="participle that only elaborates the main clause"))
            continue
        code = modality.announce(m.code) if mood else None
        if m.named_source is not None:  # `+ * free from $`: named source, the subject is acted on
            src, tgt = m.named_source, subject(tokens, m.verb if m.lead is None else m.lead, actors)
        elif m.passive:
            src = by_agent(tokens, m, actors)
            tgt = m.target or subject(tokens, m.verb, actors)
        else:
            src = subject(tokens, m.verb, actors)
            tgt = m.target or _shared_object(tokens, m, matches)
        sources = _conjoined_source(tokens, m.verb, done) or (compound(src, actors, tokens) if src else ())
        if not sources:
            dyads.append(Dyad(m, dropped="passive verb with no 'by' source" if m.passive else "no source actor"))
            continue
        done.append((m, sources))
        if tgt and m.target is tgt and m.code[:2] not in ASKING_ROOTS and starts_clause(tgt, tokens, verb_at):
            tgt = None
        targets = compound(tgt, actors, tokens) if tgt else ()
        if _among_themselves(sources, targets, m) or _about_itself(sources, targets, m):
            targets = ()
        if not targets and not m.passive:
            targets = _implied_target(tokens, m, sources, actors)
        if not targets and (len(sources) < 2 or m.code[:2] not in RECIPROCAL_ROOTS):
            dyads.append(Dyad(m, sources, dropped="no target actor"))
            continue
        code = _third_place(tokens, m, code, sources, targets, actors) or code
        dyads.append(Dyad(m, sources, targets, code=code))
    return dyads


def discard(dyads: list[Dyad], kind: str, phrase: str, roots: frozenset[str]) -> list[Dyad]:
    """Drop the dyads a discard cue rules out ('World Cup': all; 'earthquake': violence)."""
    return [replace(d, dropped=f"{kind} context ({phrase!r})")
            if not d.dropped and ("*" in roots or d.verb.code[:2] in roots) else d for d in dyads]

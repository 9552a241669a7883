"""Who is the source and who the target of each verb match.

Shallow rules, no parser: the subject is the nearest actor before the verb that is not
behind a preposition; the passive takes its source from "by ACTOR"; actors joined by
"and" or commas act together; a negated verb, or one governed by another coded verb
("refused to meet"), gives no event; an act only promised or threatened takes its announced
code, and one only imagined or denied gives no event (modality.py). Each rule is a small function.
"""

from __future__ import annotations

from typing import AbstractSet, Final

from dataclasses import dataclass, replace

from .aims import condition_party, counterpart, keeps_clause_target, posture_target, readied_forces
from .modality import ANNOUNCED, Modality
from .records import ActorMatch, Tokens, VerbMatch
from .subjects import ADVERBS, AUXILIARIES, behind_preposition, compound, own_verb_next, subject
from .targets import (STATEMENT_ROOT, about_itself, among_themselves, author_after, borrowed_target, by_agent,
                      conjoined_target, crowd_of, home_trip, implied_target, mutual, own_forces, own_place, recipient,
                      reciprocal, refused_code, sender, shared_object, third_place)

NEGATIONS: Final = frozenset({"not", "never", "n't", "no", "neither", "nor", "without"})
CONJUNCTIONS: Final = frozenset({"and", ",", "&"})
# Participles after a comma that only elaborate the main act: "rallied, demanding ...", "..., saying ...".
ADJUNCT_ROOTS: Final = frozenset({"01", "10"})
PURPOSE_ROOTS: Final = ADJUNCT_ROOTS | {"02"}  # ... and what a protest is held "to demand", "to press X to"
VIOLENT_ROOTS: Final = frozenset({"17", "18", "19", "20"})
INTENT_ROOT, DISAPPROVAL_ROOT, PROTEST_ROOT, SIGN = "03", "11", "14", "057"
# Appeals, demands, threats and shows of force keep their target even when a verb follows it
# (aims.keeps_clause_target): "demanded that Israel halt ..." is a demand on Israel.
PROTESTERS: Final = "OPP"
COUNTS: Final = frozenset("dozens hundreds thousands scores many several some others".split())


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see records.ActorMatch
class Dyad:
    """One source/target pair (either may be a compound) for a verb match, or why not."""

    verb: VerbMatch
    sources: tuple[ActorMatch, ...] = ()
    targets: tuple[ActorMatch, ...] = ()
    dropped: str | None = None
    code: str | None = None  # the event code, when the mood changes it ("vowed to send aid": 033)


def is_negated(tokens: Tokens, verb: int, taken: AbstractSet[int] = frozenset()) -> bool:
    """'did not attack', "didn't meet", 'never condemned' (looks three words back; not into a name:
    "Doctors Without Borders set up")."""
    for j in range(max(0, verb - 3), verb):
        if j in taken:
            continue
        norm = tokens[j].norm
        if norm in NEGATIONS or norm.endswith("n't"):
            return True
    return False


def governing_verb(tokens: Tokens, verb: int, verb_at: set[int]) -> bool:
    """'refused to meet': the infinitive belongs to a coded verb before it."""
    return verb >= 2 and tokens[verb - 1].norm == "to" and (verb - 2) in verb_at


def _conjoined_source(tokens: Tokens, verb: int, earlier: list[tuple[VerbMatch, tuple]], actors=()) -> tuple | None:
    """'X met Y and condemned Z': a verb right after 'and' (no subject of its own between), or a
    participle right after a comma ('X expelled Y, accusing it of'), shares the subject of the
    coded verb before it."""
    j = verb - 1
    while j >= 0 and (tokens[j].norm.endswith("ly") or tokens[j].norm in ADVERBS):
        j -= 1
    participle = tokens[verb].norm.endswith("ing") and tokens[j].norm in GERUND_LEADS  # "..., accusing them of"
    if j < 0 or not (participle or tokens[j].norm in ("and", "but", "then")):
        return None
    for match, sources in earlier[::-1]:  # (not reversed(): mypyc 2.4 cannot compile it here)
        if match.verb < j:  # "detained X ... on Thursday and accused him": the last coded verb before 'and'
            own = [a for a in actors if match.verb < a.start and a.end < j and not behind_preposition(a, tokens)
                   and (own_verb_next(tokens, a.end, True) or own_verb_next(tokens, a.end + 1, True))]
            return compound(own[-1], actors, tokens) if own else sources  # "said IS fighters were herding ... and using"
    return _main_subject(tokens, j, actors) if participle and tokens[j].norm != "," else None


def _main_subject(tokens: Tokens, j: int, actors: list[ActorMatch]) -> tuple | None:
    """'police beat X in custody after breaking up a meeting': with no coded verb before it, a
    gerund after a conjunction has the sentence's first actor that is not a place or an object."""
    first = next((a for a in actors if a.end <= j and not behind_preposition(a, tokens)), None)
    return (first,) if first else None


# Words before an -ing form that keeps the main clause's subject: "..., accusing", "after breaking up".
GERUND_LEADS: Final = frozenset({",", "after", "before", "while", "since", "by", "without"})


def starts_clause(actor: ActorMatch, tokens: Tokens, verb_at: set[int]) -> bool:
    """'Iran said Israel attacked Syria': Israel is the subject of 'attacked', not the object of 'said'."""
    j = actor.end
    if j < len(tokens) and tokens[j].norm in AUXILIARIES:  # "said Moscow would ...", "said both had ..."
        return True
    while j < len(tokens) and tokens[j].norm.endswith("ly"):
        j += 1
    if j >= len(tokens) or _reduced_relative(tokens, j):
        return False
    word = tokens[j].text
    return j in verb_at or (word.endswith("ed") and word.isalpha() and word.islower())


def _reduced_relative(tokens: Tokens, j: int) -> bool:
    """'deported 28 Afghan nationals convicted of crimes': a participle followed by a preposition
    describes the actor before it; it is not that actor's own verb."""
    return (tokens[j].norm.endswith(("ed", "en")) and j + 1 < len(tokens)
            and tokens[j + 1].norm in ("of", "by", "for", "in", "with", "as"))


def _elaborates(tokens: Tokens, m: VerbMatch, dyads: list[Dyad]) -> str | None:
    """Why a verb only tells more of an act already coded in the sentence, or None:
    ', saying ...' and 'rallied ... to demand' (a statement or demand in a protest); ', killing 17
    sailors' and 'by shelling' after an act of violence; 'accused X of passing' and 'denounced X
    for blocking' (the act alleged); 'signed a declaration pledging to' (what the text says)."""
    coded = [d for d in dyads if not d.dropped]
    if not coded or m.verb == 0:
        return None
    before, root = tokens[m.verb - 1].norm, m.code[:2]
    ing, roots = tokens[m.verb].norm.endswith("ing"), {d.verb.code[:2] for d in coded}
    if root in VIOLENT_ROOTS and ing and before in (",", "by") and any(_violent_on_other(d) for d in coded):
        return "participle that only elaborates the main clause"
    protest = PROTEST_ROOT in roots or any(d.verb.code[:2] in VIOLENT_ROOTS and s.agent == PROTESTERS
                                           for d in coded for s in d.sources)  # protesters who stormed, riot
    if (root in ADJUNCT_ROOTS | {PROTEST_ROOT} and ing and before == ",") or (
            root in PURPOSE_ROOTS | {PROTEST_ROOT} and before == "to" and protest):
        return "participle that only elaborates the main clause"  # "struck to protest", "rallied to demand"
    if root == DISAPPROVAL_ROOT and before == "to" and protest:  # "protesters broke in ... to denounce"
        return "purpose of a protest"
    if ing and before in ("of", "for") and DISAPPROVAL_ROOT in roots:
        return "act alleged in an accusation or a criticism"
    if ing and root == INTENT_ROOT and any(d.verb.code == SIGN for d in coded):
        return "content of a signed text"
    return None


def _counted_again(tokens: Tokens, m: VerbMatch, dyads: list[Dyad]) -> tuple[ActorMatch, ...]:
    """'fired tear gas at opposition supporters and arrested dozens': a bare count after a verb
    conjoined to a coded act counts that act's target again."""
    j = m.verb - 1
    if j < 0 or tokens[j].norm != "and" or m.verb + 1 >= len(tokens) or tokens[m.verb + 1].norm not in COUNTS:
        return ()
    return next((d.targets for d in reversed(dyads) if not d.dropped and d.targets), ())


def _words_after_slot(m: VerbMatch) -> bool:
    """'ruled that + violated', 'investigated reports that + moved': the pattern itself reads the
    target as its clause's subject."""
    words = m.pattern.split()
    if "+" not in words:
        return False
    at = words.index("+")
    return at < len(words) - 1 or (at > 0 and words[at - 1] in ("that", "whether"))


def _statement_without_slot(m: VerbMatch) -> bool:
    """'a statement issued by the White House': a statement's target comes only through '+'."""
    return m.code[:2] == STATEMENT_ROOT and "+" not in m.pattern.split()


def _violent_on_other(d: Dyad) -> bool:
    """A coded act of violence on someone else (not one lost to a misplaced role), or a clash."""
    if d.verb.code[:2] not in VIOLENT_ROOTS:
        return False
    return bool({a.code for a in d.targets} - {a.code for a in d.sources}) or (len(d.sources) >= 2 and not d.targets)


def governed(tokens: Tokens, matches: list[VerbMatch], verb_at: set[int]) -> dict[int, int]:
    """Verbs governed by a coded verb before them, mapped to it: 'refused to meet', 'agreed on
    Friday to hold talks' (the pattern 'agree to' took the 'to'), 'ruled out sending'."""
    found = {m.verb: m.verb - 2 for m in matches if governing_verb(tokens, m.verb, verb_at)}
    for g in matches:
        if g.end in verb_at and g.end not in found and (
                tokens[g.end - 1].norm == "to" or tokens[g.end].norm.endswith("ing")):
            found[g.end] = g.verb
    return found


def _announced_infinitives(matches: list[VerbMatch], moods, governors: dict[int, int], modality: Modality) -> set[int]:
    """'vowed to send aid': where the infinitive has an announced code, it is coded, not 'vowed';
    'sent a mission to investigate abuses by X': an act of the same root with no target of its own
    is told by its infinitive, which is coded instead.

    Returns the positions of the governing verbs to drop.
    """
    at = {m.verb: m for m in matches}
    return {governors[m.verb] for m in matches if m.verb in governors and (
        (moods[m.verb] and moods[m.verb][1] == "to" and moods[m.verb][0] in ANNOUNCED and modality.announce(m.code))
        or (at[governors[m.verb]].target is None and at[governors[m.verb]].code[:2] == m.code[:2] and m.target))}


def assign(tokens: Tokens, actors: list[ActorMatch], matches: list[VerbMatch],
           modality: Modality | None = None) -> list[Dyad]:
    """Give every verb match its sources and targets, or the reason it has none."""
    modality = modality or Modality()
    verb_at = {m.verb for m in matches}
    taken = {j for a in actors for j in range(a.start, a.end)}
    moods = {m.verb: modality.mood(tokens, m.verb, taken) for m in matches}
    governing = governed(tokens, matches, verb_at)
    governors = _announced_infinitives(matches, moods, governing, modality)
    dyads: list[Dyad] = []
    done: list[tuple[VerbMatch, tuple]] = []
    src: ActorMatch | None
    for m in matches:
        mood = moods[m.verb]
        if is_negated(tokens, m.verb if m.lead is None else m.lead, taken):  # "didn't * clash" names its negation
            dyads.append(Dyad(m, dropped="negated verb"))
            continue
        if m.verb in governors:
            dyads.append(Dyad(m, dropped="its infinitive is coded as an announced act"))
            continue
        if m.verb in governing and governing[m.verb] not in governors:
            dyads.append(Dyad(m, dropped="infinitive of another coded verb"))
            continue
        if mood and mood[0] not in ANNOUNCED:
            dyads.append(Dyad(m, dropped=f"{mood[0]} ('{mood[1]}' cue)"))
            continue
        if why := _elaborates(tokens, m, dyads):
            dyads.append(Dyad(m, dropped=why))
            continue
        code = modality.announce(m.code) if mood else None
        if m.named_source is not None:  # `+ * free from $`: named source, the subject is acted on
            src, tgt = m.named_source, subject(tokens, m.verb if m.lead is None else m.lead, actors)
        elif m.passive and not readied_forces(tokens, m, actors):
            src = by_agent(tokens, m, actors)
            tgt = m.target or (None if _statement_without_slot(m) else subject(tokens, m.verb, actors))
        else:
            src = subject(tokens, m.verb, actors)
            tgt = m.target or shared_object(tokens, m, matches) or borrowed_target(m, matches, governing)
        src = sender(tokens, m, actors) or src  # "weapons arrived in Ukraine from the United States"
        sources = _conjoined_source(tokens, m.verb, done, actors) or (compound(src, actors, tokens) if src else ())
        if not sources:
            dyads.append(Dyad(m, dropped="passive verb with no 'by' source" if m.passive else "no source actor"))
            continue
        done.append((m, sources))
        if tgt and m.target is tgt and not _words_after_slot(m) and starts_clause(tgt, tokens, verb_at) \
                and not keeps_clause_target(m, tgt, sources):
            tgt = None
        tgt = (author_after(tokens, m, tgt, actors) or recipient(tokens, m, actors)
               or condition_party(tokens, m, actors) or crowd_of(tokens, tgt, actors))
        targets = compound(tgt, actors, tokens) if tgt else () or _counted_again(tokens, m, dyads)
        if among_themselves(sources, targets, m) or about_itself(sources, targets, m) or own_place(sources, targets, m) \
                or home_trip(tokens, sources, targets, m):
            targets = ()
        if own_forces(sources, targets, m):
            dyads.append(Dyad(m, sources, dropped="an order to its own forces"))
            continue
        if not targets or {t.country for t in targets} <= {s.country for s in sources}:
            aimed = posture_target(tokens, m, sources, actors) or counterpart(tokens, m, sources, actors)
            targets = (aimed,) if aimed else targets
        if not targets and not m.passive and not mutual(m, sources):
            targets = implied_target(tokens, m, sources, actors) or conjoined_target(tokens, m, dyads)
        # a compound subject with no target acts on itself ("X and Y clashed", "a treaty was signed
        # by X and Y"), but not by force named after 'by' ("a salvo shot down by U.S. and British warships")
        if not targets and (len(sources) < 2 or not reciprocal(m.code) or (m.passive and m.code[:2] in VIOLENT_ROOTS)):
            dyads.append(Dyad(m, sources, dropped="no target actor"))
            continue
        code = (third_place(tokens, m, code, sources, targets, actors)
                or refused_code(m, matches, governing, modality) or code)
        dyads.append(Dyad(m, sources, targets, code=code))
    return dyads


def discard(dyads: list[Dyad], kind: str, phrase: str, roots: frozenset[str]) -> list[Dyad]:
    """Drop the dyads a discard cue rules out ('World Cup': all; 'earthquake': violence)."""
    return [replace(d, dropped=f"{kind} context ({phrase!r})")
            if not d.dropped and ("*" in roots or d.verb.code[:2] in roots) else d for d in dyads]

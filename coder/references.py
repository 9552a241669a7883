"""Pronouns and "the two sides": actors named earlier in the same story, named again.

"Iran met Syria on Monday. It also condemned Israel." codes IRN 111 ISR only if "It" is
known to be Iran. The words are data (dictionaries/references.txt); the story's memory is a
Discourse that the pipeline carries from sentence to sentence and drops at the story's end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dataclasses import dataclass, field, replace
from pathlib import Path

from .actors import PREPOSITIONS
from .dictfile import content_lines, split_names
from .errors import DictionaryError
from .records import ActorMatch, Tokens
from .text import tokenize

if TYPE_CHECKING:  # grammar imports targets, which imports this module
    from .grammar import Dyad

KINDS: Final = frozenset({"person", "thing", "group", "pair", "person_word"})
OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them"})
UNPLACED: Final = frozenset({"foreign", "international", "western", "global"})  # roles from elsewhere
PLACE_PREPOSITIONS: Final = frozenset("in at near inside outside across throughout around through".split())
MEMORY: Final = 12  # actors remembered from earlier sentences


@dataclass(slots=True)
class ReferenceWords:
    single: dict[str, str] = field(default_factory=dict)  # pronoun -> person | thing | group
    pairs: list[tuple[str, ...]] = field(default_factory=list)  # token sequences, longest first
    person_words: frozenset[str] = frozenset()
    cues: frozenset[str] = frozenset()  # every word a reference can start with: most sentences have none
    place_roles: bool = True  # place bare roles in a country (settings.txt may turn it off)
    pairs_by_first: dict[tuple[str, ...], list[tuple[str, ...]]] = field(default_factory=dict)  # `pairs` by first two words
    pair_reach: int = 0  # words in the longest pair phrase

    def __post_init__(self) -> None:
        self.index_pairs()

    def index_pairs(self) -> None:
        """Group the pair phrases by their first two words (longest first kept): one lookup a
        cue, and most cues ('the' of 'the talks') start none."""
        self.pairs_by_first = {}
        self.pair_reach = max(map(len, self.pairs), default=0)
        for phrase in filter(None, self.pairs):
            self.pairs_by_first.setdefault(phrase[:2], []).append(phrase)

    def is_person(self, actor: ActorMatch) -> bool:
        """A leader from a leaders file, or an agent noun such as 'the president'."""
        if any(src.startswith("leaders") for src in actor.sources):
            return True
        words = actor.text.lower().split()
        return bool(words) and words[-1] in self.person_words


CLAIM: Final = "015"  # claim responsibility


@dataclass(slots=True)
class Discourse:
    """What the story has named so far."""

    subject: ActorMatch | None = None  # first actor of the last sentence that had any
    recent: list[ActorMatch] = field(default_factory=list)  # latest last
    pair: tuple[ActorMatch, ActorMatch] | None = None

    country: str | None = None  # the country most recently named in the story, places included
    claimers: list[ActorMatch] = field(default_factory=list)  # who claimed responsibility (claims.py)

    def update(self, actors: list[ActorMatch], dyads: list[Dyad], tokens: Tokens = ()) -> None:
        """Remember the sentence's actors (not its places: "them" is never "in Darfur"), who
        claimed an attack, and the last two that acted together or on each other."""
        self.claimers += [d.sources[0] for d in dyads if d.verb.code == CLAIM and d.sources]
        named = [m for a in actors for m in (a.members or (a,))]
        if not named:
            return
        self.country = next((a.country for a in reversed(named) if a.country), self.country)
        at = {a.start for a in places(tokens, actors)} if tokens else set()
        named = [a for a in named if a.start not in at] or named
        self.subject = named[0]
        self.recent = (self.recent + named)[-MEMORY:]
        for d in reversed(dyads):
            sides = [a for a in d.sources + d.targets]
            distinct = list({a.code: a for a in sides}.values())
            if not d.dropped and len(distinct) >= 2:
                self.pair = (distinct[0], distinct[1])
                return


def load_references(path: Path) -> tuple[ReferenceWords, list[DictionaryError]]:
    """Read references.txt; a folder without one resolves nothing."""
    words = ReferenceWords()
    errors: list[DictionaryError] = []
    if not path.exists():
        return words, errors
    person_words: set[str] = set()
    kind = None
    for number, text, continued in content_lines(path):
        if not continued:
            kind, _, text = text.strip().partition(" ")
            if kind not in KINDS:
                errors.append(DictionaryError(str(path), number, "bad_reference", kind))
                kind = None
        if kind is None:
            continue
        for phrase in split_names(text.strip().lstrip("|"), str(path), number, errors):
            norms = tuple(t.norm for t in tokenize(phrase))
            if kind == "pair":
                words.pairs.append(norms)
            elif kind == "person_word":
                person_words.add(" ".join(norms))
            elif len(norms) == 1:
                words.single[norms[0]] = kind
            else:
                errors.append(DictionaryError(str(path), number, "bad_reference", phrase))
    words.pairs.sort(key=len, reverse=True)
    words.index_pairs()
    words.person_words = frozenset(person_words)
    words.cues = frozenset(words.single) | {p[0] for p in words.pairs} | {"the", "both"}
    return words, errors


def resolve(tokens: Tokens, actors: list[ActorMatch], discourse: Discourse, words: ReferenceWords) -> list[ActorMatch]:
    """The sentence's actors, with each pronoun or pair phrase that has an antecedent added,
    each bare role ("the delegations", "the ministry") tied to the actor it names again, and
    any other bare role ("protesters", "civilians") placed in the country the sentence is about."""
    if not words.cues.isdisjoint([t.norm for t in tokens]):
        actors = _references(tokens, actors, discourse, words)
    if words.place_roles and any(_bare(a) for a in actors):
        actors = _place_bare_roles(tokens, actors, discourse)
    return actors


def _bare(actor: ActorMatch) -> bool:
    return actor.country is None and actor.code == actor.agent and not actor.members


def _references(tokens: Tokens, actors: list[ActorMatch], discourse: Discourse, words: ReferenceWords) -> list[ActorMatch]:
    actors = [_definite_role(tokens, a, discourse) if a.country is None and a.code == a.agent else a for a in actors]
    taken = {j for a in actors for j in range(a.start, a.end)}
    found: list[ActorMatch] = []
    after = 0
    for i in [i for i, t in enumerate(tokens) if t.norm in words.cues]:  # where a reference may start
        if i < after or i in taken:
            continue
        ref = _pair_at(tokens, i, actors, discourse, words) or _pronoun_at(tokens, i, actors, discourse, words)
        if ref:
            found.append(ref)
            after = ref.end
    if not found:
        return actors
    kept = [a for a in actors if not any(r.start < a.end and a.start < r.end for r in found)]  # "leaders" in "the two leaders"
    return sorted(kept + found, key=lambda a: a.start)


def _pair_at(tokens: Tokens, i: int, actors: list[ActorMatch], discourse: Discourse, words: ReferenceWords) -> ActorMatch | None:
    first = tokens[i].norm
    phrases = words.pairs_by_first.get((first, tokens[i + 1].norm) if i + 1 < len(tokens) else (first,)) \
        or words.pairs_by_first.get((first,))  # a pair phrase of one word
    if not phrases:
        return None
    ahead = tuple([t.norm for t in tokens[i : i + words.pair_reach]])
    phrase = next((p for p in phrases if ahead[: len(p)] == p), None)
    if phrase is None:
        return None
    pair = _pair_before(tokens, i, actors) or discourse.pair
    return _pair_match(tokens, i, i + len(phrase), pair) if pair else None


def _joined_pair(tokens: Tokens, i: int, actors: list[ActorMatch]) -> tuple[ActorMatch, ActorMatch] | None:
    """'Merkel and Macron said they ...': the first two actors of the sentence, joined by 'and'."""
    named = [a for a in actors if a.end <= i and not a.members]
    if len(named) >= 2 and [t.norm for t in tokens[named[0].end : named[1].start]] == ["and"]:
        return (named[0], named[1]) if named[0].code != named[1].code else None
    return None


def _pair_before(tokens: Tokens, i: int, actors: list[ActorMatch]) -> tuple[ActorMatch, ActorMatch] | None:
    """'Putin hosted Erdogan in Sochi, and the two leaders signed': the first two actors of the
    sentence (not places) are the pair, before any pair of an earlier sentence."""
    at = {a.start for a in places(tokens, actors)}
    named = [a for a in actors if a.end <= i and a.start not in at and a.country and not a.members]
    distinct = list({a.code: a for a in named}.values())
    return (distinct[0], distinct[1]) if len(distinct) >= 2 else None


def _pair_match(tokens: Tokens, start: int, end: int, pair: tuple[ActorMatch, ActorMatch]) -> ActorMatch:
    a, b = pair
    text = " ".join(t.text for t in tokens[start:end])
    return ActorMatch(start, end, a.code, a.country, a.agent, text, (f"refers to {a.text!r} and {b.text!r}",),
                      members=(a, b))


def _pronoun_at(tokens: Tokens, i: int, actors: list[ActorMatch], discourse, words: ReferenceWords) -> ActorMatch | None:
    norm = tokens[i].norm
    kind = words.single.get(norm)
    if kind is None or (norm == "her" and _possessive(tokens, i)):
        return None
    if kind == "group":  # "they", "them": the two named together before it, or who last acted together
        pair = (None if norm in OBJECT_PRONOUNS else _joined_pair(tokens, i, actors)) or discourse.pair
        if pair:
            return _pair_match(tokens, i, i + 1, pair)
    agrees = (lambda a: True) if kind == "group" else (lambda a: words.is_person(a) == (kind == "person"))
    at = {a.start for a in places(tokens, actors)}  # "expelled agencies from Darfur, accusing them": not Darfur
    at |= {a.start for a in actors if a.start and tokens[a.start - 1].norm == "from" and a.agent is None}
    before = [a for a in actors if a.end <= i and a.start not in at]
    if norm in OBJECT_PRONOUNS:  # "met Putin and signed a deal with him": not the clause's subject
        subject = before[0] if before else discourse.subject
        pool = before[1:] + [a for a in discourse.recent if not subject or a.code != subject.code]
        antecedent = next((a for a in pool[::-1] if agrees(a)), None)
    else:  # "Egypt said it would ...", "Iran met Syria. It also ..."
        pool = before[:1] + [discourse.subject] * (discourse.subject is not None) + discourse.recent[::-1]
        antecedent = next((a for a in pool if agrees(a)), None)
    if antecedent is None:
        return None
    return replace(antecedent, start=i, end=i + 1, text=tokens[i].text,
                   sources=(f"refers to {antecedent.text!r}",), members=())


def _definite_role(tokens: Tokens, actor: ActorMatch, discourse: Discourse) -> ActorMatch:
    """'the delegations' after 'Russian and Ukrainian negotiators met': both; 'the ministry': the last GOV."""
    if actor.start == 0 or tokens[actor.start - 1].norm not in ("the", "both"):
        return actor
    pair = discourse.pair
    if pair and actor.text.endswith("s") and all(a.agent == actor.agent for a in pair):
        return _pair_match(tokens, actor.start, actor.end, pair)
    same = next((a for a in reversed(discourse.recent) if a.agent == actor.agent and a.country), None)
    if same is None:
        return actor
    return replace(same, start=actor.start, end=actor.end, text=actor.text,
                   sources=actor.sources + (f"refers to {same.text!r}",), members=())


def place_of(tokens: Tokens, actors: list[ActorMatch]) -> ActorMatch | None:
    """The first actor named as a place: 'in Kabul', 'in northeastern Nigeria', 'across Iraq'."""
    return next(iter(places(tokens, actors)), None)


def places(tokens: Tokens, actors: list[ActorMatch]) -> list[ActorMatch]:
    """Every actor named as a place, in order."""
    found = []
    for a in actors:
        if a.country is None:
            continue
        for j in range(a.start - 1, max(-1, a.start - 4), -1):
            norm = tokens[j].norm
            if norm in PLACE_PREPOSITIONS:
                found.append(a)
                break
            if not norm.isalpha():  # "in Russia's Ryazan": only words may stand between
                break
    return found


def _place_bare_roles(tokens: Tokens, actors: list[ActorMatch], discourse: Discourse) -> list[ActorMatch]:
    """'protesters in Kabul' -> AFGOPP; 'Russian police detained protesters' -> RUSOPP.

    The country is the nearest of the sentence's places and the countries named before the role
    (a place wins a tie: "troops killed civilians in Iraq"); actors after the role are not used,
    so "officials" in "officials condemned Israel" stay bare. Else it is the last country the
    story named; with none, the role stays bare.
    """
    at = places(tokens, actors)
    out = []
    for a in actors:
        if _bare(a) and not (a.start and tokens[a.start - 1].norm in UNPLACED) \
                and not a.sources[0].startswith("refers to"):  # "foreign aid workers"; a pronoun is as its antecedent
            near = [(abs(p.start - a.end), 0, f"placed by {p.text!r}", p) for p in at]
            near += [(a.start - b.end, 1, f"country of {b.text!r}", b) for b in actors if b.country and b.end <= a.start]
            # a named armed group's country is where it is based, not where the people it meets live
            near = [n for n in near if not _group(n[3])] or near
            if near:
                _, _, where, b = min(near, key=lambda n: n[:2])
                country = b.country
            else:
                where, country = "country of the story", discourse.country
            if country:
                a = ActorMatch(a.start, a.end, f"{country}{a.agent}", country, a.agent, a.text,  # not replace():
                               a.sources + (where,), a.members)  # 13k instructions a call, compiled
        out.append(a)
    return [_as_antecedent(a, out) for a in out]


def _as_antecedent(a: ActorMatch, actors: list[ActorMatch]) -> ActorMatch:
    """'using them as human shields': a pronoun for a role of the same sentence is placed as that role."""
    if not a.sources or not a.sources[0].startswith("refers to"):
        return a
    same = next((b for b in actors if b.end <= a.start and a.sources[0] == f"refers to {b.text!r}"), None)
    return replace(a, code=same.code, country=same.country) if same and same.code != a.code else a


def _group(actor: ActorMatch) -> bool:
    """An actor named by a group's name ('JNIM', 'Wagner', 'Boko Haram'), not a state or a place."""
    return bool(actor.sources) and actor.sources[0].startswith("groups.txt") and actor.agent is not None


def _possessive(tokens: Tokens, i: int) -> bool:
    """'her government': 'her' before a noun is possessive, not an actor."""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return nxt.isalpha() and nxt not in PREPOSITIONS and nxt not in ("and", "or", "but")

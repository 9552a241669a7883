"""Find actors in a sentence: dictionary names, then agents joined to their countries.

Names are compiled once into an index keyed by their first token; matching walks the
sentence left to right taking the longest name that resolves for the story's date.
"""

from __future__ import annotations

from typing import Final

from dataclasses import dataclass, field

from .dictfile import NameEntry
from .records import ActorMatch, Token, Tokens, by_fields
from .modifiers import widen_listed
from .possessors import possessor_roles
from .roles import apply_prefixes, mark_former, split_prefixes, spread_roles
from .text import normalize, tokenize

# Words that may not stand between a country and its agent ("Syrian [senior] officials").
FUNCTION_WORDS: Final = frozenset(
    "and or but nor the a an of to in on at by for with from as into than that which who whom "
    "whose said says say told tells has have had was were is are be been being will would "
    "could should may might can not no its their his her this these those there here "
    "after before since while when because until once".split()  # "in Minsk after authorities banned"
)
# Waters named after a country: 'Lake Chad', 'Lake Victoria' are places, not the state.
WATERS: Final = frozenset({"Lake"})
# Verbs of report that make a role before them the subject of a clause of its own.
REPORTING: Final = frozenset("said say says believe believed suspect suspected told claimed reported".split())
# Words before a name that make it a place or an object, not a subject ("in Damascus").
PREPOSITIONS: Final = frozenset(
    "in at on with to from into near across against of for by over about inside outside "
    "between under toward towards through within around along among amid after before "
    "during via per upon onto beyond behind".split()
)


@dataclass(slots=True)
class CompiledName:
    tokens: tuple[str, ...]
    exact: tuple[str, ...] | None  # case-sensitive spelling, or None
    kind: str  # "actor" or "agent"
    entries: list[NameEntry] = field(default_factory=list)


@dataclass(slots=True)
class ActorIndex:
    """All actor and agent names, by first normalised token, longest first."""

    by_first: dict[str, list[CompiledName]]
    countries: frozenset[str]
    agents: frozenset[str]
    role_places: frozenset[str] = frozenset()  # settings.txt: 'soldiers from X' (roles.py)
    list_modifiers: bool = False  # settings.txt: 'Fornost and the evil Gondor' (modifiers.py)
    prefixes: bool = False  # some agent codes go before the actor's (NGO~: 'MSF Arnor', roles.py)
    backers: bool = False  # settings.txt backers_are_actors: 'an anti-Gondor parade' names Gondor
    former: bool = False  # settings.txt former_elite: 'former Gondor prosecutors' -> GONELI (roles.py)
    possessor_first: bool = False  # settings.txt: "X's evil minister Y" -> XGOV (possessors.py)
    stack_roles: bool = False  # settings.txt: 'West German [GMWGOV] world government [WGO]' -> GMWGOVWGO
    # derived from by_first: the names of each word sequence, in by_first's order, and the
    # lengths of the names each first word starts, longest first (a lookup a length, not a scan)
    by_tokens: dict[tuple[str, ...], list[CompiledName]] = field(default_factory=dict)
    sizes: dict[str, tuple[int, ...]] = field(default_factory=dict)
    split_codes: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # split_code's answers

    def __post_init__(self) -> None:
        for first, group in self.by_first.items():
            for name in group:
                self.by_tokens.setdefault(name.tokens, []).append(name)
            self.sizes[first] = tuple(sorted({len(name.tokens) for name in group}, reverse=True))

    def names(self):
        for group in self.by_first.values():
            yield from group


def compile_names(actor_entries, agent_entries, countries) -> ActorIndex:
    compiled: dict[tuple, CompiledName] = {}
    for kind, entries in (("actor", actor_entries), ("agent", agent_entries)):
        for entry in entries:
            for name in entry.names:
                exact = name.startswith('"') and name.endswith('"') and len(name) > 2
                text = name[1:-1] if exact else name
                toks = tokenize(text)
                if not toks:
                    continue
                norms = tuple(t.norm for t in toks)
                spelling = tuple(t.text for t in toks) if exact else None
                key = (norms, spelling, kind)
                compiled.setdefault(key, CompiledName(norms, spelling, kind)).entries.append(entry)
    by_first: dict[str, list[CompiledName]] = {}
    for name in compiled.values():
        by_first.setdefault(name.tokens[0], []).append(name)
    for group in by_first.values():
        group.sort(key=lambda n: (-len(n.tokens), n.exact is None))
    agents = frozenset(e.code for e in agent_entries)
    return ActorIndex(by_first, frozenset(countries), agents, prefixes=any(c.endswith("~") for c in agents))


def resolve(entries: list[NameEntry], day: str) -> NameEntry | None:
    """The entry in force on `day`: a dated one whose range holds it, else an undated one."""
    fallback = None
    for e in entries:
        if e.start is None and e.end is None:
            fallback = fallback or e
        elif (e.start is None or e.start <= day) and (e.end is None or day <= e.end):
            return e
    return fallback


@dataclass(slots=True, unsafe_hash=True, init=False)  # not frozen, own __init__: see records.Sentence
class NameHit:
    start: int
    end: int
    kind: str
    entry: NameEntry

    def __init__(self, start: int, end: int, kind: str, entry: NameEntry) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.entry = entry

    def __reduce__(self):
        return by_fields(self)


def find_names(tokens: Tokens, index: ActorIndex, day: str) -> list[NameHit]:
    """Longest-first, left-to-right dictionary lookup."""
    norms = tuple([t.norm for t in tokens])
    if "_" in "".join(norms):  # rare: most sentences pay one scan
        return _find_underscored(tokens, index, day)
    return _find_names(tokens, index, day, norms)


def _find_underscored(tokens: Tokens, index: ActorIndex, day: str) -> list[NameHit]:
    """Names whose words a text joins with underscores ("the Prince of Dol_Amroth", as PETRARCH's
    texts join a name's words): looked up word by word, and kept when they begin and end with
    whole tokens."""
    words: list[Token] = []
    owner: list[int] = []  # the token each word came from
    first: set[int] = set()
    last: set[int] = set()
    for i, t in enumerate(tokens):
        parts = [p for p in t.text.split("_") if p] or [t.text]
        first.add(len(words))
        words += [Token(p, normalize(p), t.start, t.end) for p in parts]
        owner += [i] * len(parts)
        last.add(len(words))
    return [NameHit(owner[h.start], owner[h.end - 1] + 1, h.kind, h.entry)
            for h in _find_names(tuple(words), index, day) if h.start in first and h.end in last]


def _find_names(tokens: Tokens, index: ActorIndex, day: str, norms: tuple[str, ...] | None = None) -> list[NameHit]:
    hits: list[NameHit] = []
    n, after = len(tokens), 0
    sizes, by_tokens = index.sizes, index.by_tokens
    norms = norms or tuple([t.norm for t in tokens])
    for i in [i for i, word in enumerate(norms) if word in sizes]:  # only where a name may start
        if i < after:
            continue
        hit = None
        for size in sizes[norms[i]]:
            for name in by_tokens.get(norms[i : i + size], ()) if i + size <= n else ():
                if name.exact and any(t.text != w for t, w in zip(tokens[i : i + size], name.exact)):
                    continue
                entry = resolve(name.entries, day)
                if entry is not None:
                    hit = NameHit(i, i + size, name.kind, entry)
                    break
            if hit:
                break
        if hit:
            hits.append(hit)
            after = hit.end
    return hits


def split_code(code: str, index: ActorIndex) -> tuple[str | None, str | None]:
    """A code's country part and its first role part: SYRGOV -> (SYR, GOV), IGOUNO -> (None, None)."""
    found = index.split_codes.get(code)
    if found is None:
        found = index.split_codes[code] = _split_code(code, index)
    return found


def _split_code(code: str, index: ActorIndex) -> tuple[str | None, str | None]:
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country = chunks[0] if chunks[0] in index.countries else None
    rest = chunks[1:] if country else chunks
    agent = next((c for c in rest if c in index.agents), None)
    return country, agent


def _joinable_gap(tokens: Tokens, start, end, verb_forms) -> bool:
    """May the tokens between a country and an agent be read as modifiers?"""
    gap = tokens[start:end]
    if len(gap) == 1 and gap[0].norm == "'s":
        return True
    return len(gap) <= 2 and all(
        t.norm.isalpha() and t.norm not in FUNCTION_WORDS and t.norm not in verb_forms for t in gap
    )


def _make(tokens: Tokens, start, end, code, sources, index) -> ActorMatch:
    if "/" in code:  # 'the Shire' [FRO/BIL/SAM]: one name that stands for several actors
        members = tuple(_make(tokens, start, end, part, sources, index) for part in code.split("/"))
        first = members[0]
        return ActorMatch(start, end, first.code, first.country, first.agent, first.text, tuple(sources), members)
    country, agent = split_code(code, index)
    text = span_text(tokens, start, end)
    return ActorMatch(start, end, code, country, agent, text, tuple(sources))


def span_text(tokens: Tokens, start: int, end: int) -> str:
    """The words of tokens [start, end) as written, spaces only where the text had them."""
    parts = []
    for k in range(start, end):
        parts.append(tokens[k].text)
        if k + 1 < end and tokens[k + 1].start > tokens[k].end:
            parts.append(" ")
    return "".join(parts)


def _is_country(hit: NameHit, index: ActorIndex) -> bool:
    return hit.kind == "actor" and len(hit.entry.code) == 3 and hit.entry.code in index.countries


def combine(tokens: Tokens, hits: list[NameHit], index: ActorIndex, verb_forms=frozenset()) -> list[ActorMatch]:
    """Join agents to countries ("Iranian foreign minister" -> IRNGOV) and merge titles with names."""
    out: list[ActorMatch] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        if _is_country(h, index) and ((_backer(tokens, h.start) and not index.backers)  # "pro-Iranian militias"
                                       or _ethnic(tokens, h.start)):
            i += 1
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt and nxt.kind == "agent" and _is_country(h, index) and _joinable_gap(tokens, h.end, nxt.start, verb_forms):
            out.append(_make(tokens, h.start, nxt.end, h.entry.code + nxt.entry.code, (h.entry.where, nxt.entry.where), index))
            i += 2
            continue
        if nxt and h.kind == "agent" and not _is_country(nxt, index) and nxt.kind == "actor" \
                and _of_gap(tokens, h.end, nxt.start):  # "the prosecutor of the ICC": the ICC
            out.append(_make(tokens, h.start, nxt.end, nxt.entry.code, (h.entry.where, nxt.entry.where), index))
            i += 2
            continue
        if nxt and h.kind == "agent" and _is_country(nxt, index) and _of_gap(tokens, h.end, nxt.start):
            out.append(_make(tokens, h.start, nxt.end, nxt.entry.code + h.entry.code, (h.entry.where, nxt.entry.where), index))
            i += 2
            continue
        out.append(_make(tokens, h.start, h.end, h.entry.code, (h.entry.where,), index))
        i += 1
    return _share_agents(tokens, _merge_adjacent(tokens, out, index), index)


def _share_agents(tokens: Tokens, actors: list[ActorMatch], index) -> list[ActorMatch]:
    """'Russian and Ukrainian negotiators': the agent belongs to both countries."""
    out = list(actors)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        joined = [t.norm for t in tokens[a.end : b.start]] == ["and"]
        built = any(src.startswith("agents") for src in b.sources)  # "Ukrainian negotiators", not "Hamas"
        if joined and built and a.code in index.countries and b.agent and b.code == f"{b.country}{b.agent}":
            out[k] = ActorMatch(a.start, a.end, a.code + b.agent, a.country, b.agent, a.text, a.sources)
    return out


def _backer(tokens: Tokens, start: int) -> bool:
    """'pro-Russian', 'anti-American': the country is a side taken, not the actor."""
    return start >= 2 and tokens[start - 1].norm == "-" and tokens[start - 2].norm in ("pro", "anti")


def _ethnic(tokens: Tokens, start: int) -> bool:
    """'ethnic Albanians from Kosovo', 'ethnic Russian separatists': a people, not the state named
    for it; the coder places them where they live. 'Lake Chad' is a lake, not the state."""
    return start >= 1 and (tokens[start - 1].norm == "ethnic" or tokens[start - 1].text in WATERS)


def _of_gap(tokens: Tokens, start, end) -> bool:
    return [t.norm for t in tokens[start:end]] in (["of"], ["of", "the"])


def _merge_adjacent(tokens: Tokens, actors: list[ActorMatch], index) -> list[ActorMatch]:
    """'Syrian President' + 'Bashar al-Assad' side by side are one actor."""
    merged: list[ActorMatch] = []
    for a in actors:
        prev = merged[-1] if merged else None
        if prev and prev.end == a.start and (prev.country == a.country or prev.country is None or a.country is None) \
                and not _two_roles(prev, a, tokens):
            code = a.code if len(a.code) >= len(prev.code) else prev.code
            if prev.code == prev.agent and a.code == a.country:  # 'Prime Minister Telemar' [DAG]: DAGGOV
                code = a.code + prev.code
            elif index.stack_roles and _stacks(prev, a):
                code = prev.code + a.code
            merged[-1] = _make(tokens, prev.start, a.end, code, prev.sources + a.sources, index)
        else:
            merged.append(a)
    return merged


def _two_roles(prev: ActorMatch, a: ActorMatch, tokens: Tokens) -> bool:
    """'a suicide bomber police said belonged to ...': two bare roles of different kinds side by side,
    the second the subject of a report, are two actors, not one ('a reformist newspaper' is one)."""
    return (prev.code == prev.agent and a.code == a.agent and prev.agent != a.agent
            and a.end < len(tokens) and tokens[a.end].norm in REPORTING)


def _stacks(actor: ActorMatch, role: ActorMatch) -> bool:
    """Is `role` a role alone, named after an actor that has a role already and not this one?"""
    chunks = {actor.code[i : i + 3] for i in range(0, len(actor.code), 3)}
    return bool(actor.agent and actor.code != actor.agent and role.code == role.agent and role.agent not in chunks)


def match_actors(tokens: Tokens, index: ActorIndex, day: str, verb_forms=frozenset()) -> list[ActorMatch]:
    actors = _match_actors(tokens, index, day, verb_forms)
    return widen_listed(tokens, actors, FUNCTION_WORDS, verb_forms) if index.list_modifiers else actors


def _match_actors(tokens: Tokens, index: ActorIndex, day: str, verb_forms=frozenset()) -> list[ActorMatch]:
    hits = find_names(tokens, index, day)
    if elided := _elided(tokens, hits, index, day):
        hits = sorted(hits + elided, key=lambda h: h.start)
    if not (index.prefixes or index.role_places or index.former or index.possessor_first):
        return combine(tokens, hits, index, verb_forms)

    def make(start, end, code, sources):
        return _make(tokens, start, end, code, sources, index)

    prefixes: dict = {}
    if index.prefixes:  # 'MSF Arnor' -> NGOARN (roles.py)
        hits, prefixes = split_prefixes(hits)
    placed: list[ActorMatch] = []
    if index.role_places:  # 'soldiers from Gondor' -> GONMIL (roles.py)
        hits, placed = spread_roles(tokens, hits, index, lambda h: _is_country(h, index), make)
    actors = sorted(combine(tokens, hits, index, verb_forms) + placed, key=lambda a: a.start)
    if index.former:
        actors = mark_former(tokens, actors, make)
    if index.possessor_first:
        actors = possessor_roles(tokens, actors, FUNCTION_WORDS, verb_forms, make)
    return apply_prefixes(actors, prefixes, make) if prefixes else actors


def _elided(tokens: Tokens, hits: list[NameHit], index: ActorIndex, day: str) -> list[NameHit]:
    """'North and South Korea', 'East and West Germany': the first name lost its last words."""
    found = []
    for h in hits:
        i = h.start - 2
        if i < 0 or tokens[i + 1].norm != "and" or h.end - h.start < 2 or any(x.start <= i < x.end for x in hits):
            continue
        rest = tuple(t.norm for t in tokens[h.start + 1 : h.end])
        for name in index.by_first.get(tokens[i].norm, ()):
            if name.tokens[1:] == rest and name.exact is None and (entry := resolve(name.entries, day)):
                found.append(NameHit(i, i + 1, name.kind, entry))
                break
    return found

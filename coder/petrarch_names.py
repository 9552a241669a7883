"""PETRARCH/TABARI actor and agent dictionaries, converted to this coder's actor and agent lines.

Actors (`.actors`, `*.actors.txt`):

    GOLLUM  [HOB]            primary phrase, optional default code
    +SMEAGOL                 synonym
        [HOBGOV 19950601-19990815]   date restriction: <date, >date or date-date (YYMMDD or YYYYMMDD)

Agents (`.agents`, `*.agents.txt`):

    !PERSON! = MAN, MEN, WOMAN   substitution set, used as CONGRESS!PERSON!
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plural; {} = none; [NGO~] = prefix code

Words joined by `_` or spaces are one phrase. When a name is defined twice, the later
definition wins, as in PETRARCH's dictionary tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .dictfile import AGENT_RE, CODE_RE
from .petrarch_source import APPROXIMATED, SKIPPED, Line, Note, name_key, note, phrase, plural, source_lines

SPAN_RE = re.compile(r"^\s*(?P<code>[^\s<>]+)\s*(?:(?P<op>[<>])\s*(?P<date>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+))?\s*$")
BAD_NAME = re.compile(r'[|#"\[\]{}]')
NOT_ACTORS = frozenset({"---", "+++", "###"})


@dataclass(slots=True)
class CodeSpan:
    code: str
    start: str | None  # ISO date, inclusive; None = open
    end: str | None
    line: Line


@dataclass(slots=True)
class ActorBlock:
    """One actor entry: its names (with the line of each) and its codes."""

    line: Line
    names: list[tuple[str, Line]] = field(default_factory=list)
    codes: list[CodeSpan] = field(default_factory=list)
    code_lines: int = 0  # lines that gave a code, usable or not


@dataclass(frozen=True, slots=True)
class AgentEntry:
    code: str
    names: tuple[str, ...]
    line: Line


# -- dates and codes --------------------------------------------------------------------


def petrarch_date(text: str) -> str | None:
    """YYYYMMDD, or YYMMDD with YY <= 30 read as 20YY (as TABARI does), as an ISO date."""
    if len(text) == 6:
        text = ("20" if int(text[:2]) <= 30 else "19") + text
    if len(text) != 8:
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        return None


def _dates(m: re.Match) -> tuple[str | None, str | None] | None:
    """(start, end) of a restriction; None when a date cannot be read."""
    if m.group("op"):
        day = petrarch_date(m.group("date"))
        return None if day is None else ((None, day) if m.group("op") == "<" else (day, None))
    if m.group("start"):
        start, end = petrarch_date(m.group("start")), petrarch_date(m.group("end"))
        return None if start is None or end is None or end < start else (start, end)
    return None, None


def actor_code(code: str, line: Line, notes: list[Note]) -> str | None:
    """The code as this coder writes it, or None (with a note) when it has no equivalent."""
    if code in NOT_ACTORS:
        notes.append(note(line, SKIPPED, "null or discard actor code ([---], [+++]): the coder has no null actor, "
                                         "so the names are left uncoded", code))
        return None
    if code != code.upper():
        notes.append(note(line, APPROXIMATED, "lower-case code written in upper case", code))
        code = code.upper()
    if "/" in code and all(CODE_RE.match(c) for c in code.split("/")):
        return code  # one name for several actors: the coder's FRO/BIL/SAM, each a member
    if not CODE_RE.match(code):
        notes.append(note(line, SKIPPED, "actor code not made of 3-letter chunks", code))
        return None
    return code


def code_span(text: str, line: Line, notes: list[Note]) -> CodeSpan | None:
    """`[CODE]`, `[CODE <date]`, `[CODE >date]` or `[CODE date-date]`, or None with a note."""
    inner = text.strip()
    if not (inner.startswith("[") and "]" in inner):
        notes.append(note(line, SKIPPED, "expected a code in [...]"))
        return None
    m = SPAN_RE.match(inner[1 : inner.index("]")])
    dates = _dates(m) if m else None
    if dates is None:
        notes.append(note(line, SKIPPED, "date restriction cannot be read (expected <date, >date or date-date, "
                                         "dates as YYMMDD or YYYYMMDD, the end not before the start)"))
        return None
    code = actor_code(m.group("code"), line, notes)
    return CodeSpan(code, *dates, line) if code else None


# -- actors -----------------------------------------------------------------------------


def read_actor_blocks(path, tabari: bool = False) -> tuple[list[ActorBlock], list[Note]]:
    """Parse an actor file into blocks, noting lines that cannot be placed."""
    blocks: list[ActorBlock] = []
    notes: list[Note] = []
    for line in source_lines(path, tabari):
        text = line.text.strip()
        if "---STOP---" in text:
            break
        if text.startswith("["):
            _add_span(blocks, line, text, notes)
        elif text.startswith("+"):
            _add_name(blocks, line, text[1:], notes)
        else:
            name, bracket, rest = text.partition("[")
            blocks.append(ActorBlock(line))
            _add_name(blocks, line, name, notes)
            if bracket:
                _add_span(blocks, line, bracket + rest, notes)
    return blocks, notes


def _add_span(blocks, line, text, notes) -> None:
    if not blocks:
        notes.append(note(line, SKIPPED, "code line with no actor above it"))
        return
    blocks[-1].code_lines += 1
    if span := code_span(text, line, notes):
        blocks[-1].codes.append(span)


def merge_codeless(blocks: list[ActorBlock]) -> tuple[list[ActorBlock], list[Note]]:
    """An entry with no code line at all takes the codes of the entry after it: a run of names
    followed by one set of date lines, as PETRARCH-1 reads them and the Phoenix files are written."""
    out: list[ActorBlock] = []
    notes: list[Note] = []
    waiting: list[ActorBlock] = []
    for block in blocks:
        if block.code_lines == 0 and block.names:
            waiting.append(block)
            continue
        for w in waiting:
            notes += [note(line, APPROXIMATED, "entry without a code takes the codes of the entry after it "
                           "(PETRARCH-1 reads it so; PETRARCH-2 leaves it uncoded)", f"line {block.line.number}")
                      for _, line in w.names]
            block.names = w.names + block.names
        waiting = []
        out.append(block)
    return out + waiting, notes


def _add_name(blocks, line, text, notes) -> None:
    name = phrase(text)
    if not blocks:
        notes.append(note(line, SKIPPED, "synonym with no actor above it"))
    elif not name or BAD_NAME.search(name) or not name_key(name):
        notes.append(note(line, SKIPPED, "name cannot be written as a coder name", text.strip()))
    else:
        blocks[-1].names.append((name, line))


def resolve_duplicates(blocks: list[ActorBlock]) -> list[Note]:
    """A name defined again later is taken from the earlier block (PETRARCH keeps the last one)."""
    notes: list[Note] = []
    last: dict[tuple[str, ...], ActorBlock] = {}
    for block in blocks:
        for name, _ in block.names:
            last[name_key(name)] = block
    for block in blocks:
        kept = []
        for name, line in block.names:
            winner = last[name_key(name)]
            if winner is block:
                kept.append((name, line))
            elif _codes(winner) != _codes(block):
                notes.append(note(line, APPROXIMATED, "name defined again later with other codes: the later "
                                  "definition wins, as in PETRARCH",
                                  f"{name} (again at {winner.line.path.rsplit('/', 1)[-1]}:{winner.line.number})"))
        block.names = _unique(kept)
    return notes


def _codes(block: ActorBlock) -> list[tuple]:
    return [(c.code, c.start, c.end) for c in block.codes]


def _unique(names: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    seen, out = set(), []
    for name, line in names:
        if name_key(name) not in seen:
            seen.add(name_key(name))
            out.append((name, line))
    return out


def uncoded(blocks: list[ActorBlock]) -> list[Note]:
    """Every name of the blocks left with no usable code."""
    return [note(line, SKIPPED, "no usable code: the entry's names are not coded", name)
            for b in blocks if not b.codes for name, line in b.names]


# -- agents -----------------------------------------------------------------------------


MARKER_DEF = re.compile(r"^\s*!(?P<name>[^!\s]+)!\s*=\s*(?P<items>.+)$")
MARKER_USE = re.compile(r"!([^!\s]+)!")


def read_agents(path, tabari: bool = False) -> tuple[list[AgentEntry], list[Note]]:
    """Parse an agents file; every agent keeps its singular and plural names."""
    entries: list[AgentEntry] = []
    notes: list[Note] = []
    markers: dict[str, list[str]] = {}
    for line in source_lines(path, tabari):
        if m := MARKER_DEF.match(line.text):
            markers[m.group("name")] = [item.strip() for item in m.group("items").split(",") if item.strip()]
            continue
        entry = _agent(line, markers, notes)
        if entry:
            entries.append(entry)
    return entries, notes


def agent_code(text: str, line: Line, notes: list[Note]) -> str | None:
    """`~GOV` (added after the actor's code) as GOV; `NGO~` (added before it) as NGO~."""
    code = text.strip()
    prefix = code.endswith("~") and not code.startswith("~")
    code = code.strip("~").strip()
    if code != code.upper():
        notes.append(note(line, APPROXIMATED, "lower-case code written in upper case", code))
        code = code.upper()
    if not AGENT_RE.match(code):
        notes.append(note(line, SKIPPED, "agent code not ~ and 3-letter chunks", text.strip()))
        return None
    return code + "~" if prefix else code


def _agent(line: Line, markers: dict[str, list[str]], notes: list[Note]) -> AgentEntry | None:
    head, bracket, rest = line.text.partition("[")
    if not bracket or "]" not in rest:
        notes.append(note(line, SKIPPED, "agent line without a [code]"))
        return None
    code = agent_code(rest[: rest.index("]")], line, notes)
    if code is None:
        return None
    names = []
    for form in _expand_markers(head, markers, line, notes):
        names += _with_plural(form) if form == head else [phrase(form.partition("{")[0])]  # sets: no plurals
    names = [n for n in names if n and not BAD_NAME.search(n) and name_key(n)]
    return AgentEntry(code, tuple(dict.fromkeys(names)), line) if names else None


def _expand_markers(head: str, markers, line, notes) -> list[str]:
    """'CONGRESS!PERSON! {}' -> 'CONGRESSMAN {}', 'CONGRESSMEN {}', ..."""
    m = MARKER_USE.search(head)
    if not m:
        return [head]
    if m.group(1) not in markers:
        notes.append(note(line, SKIPPED, "substitution set (!NAME!) not defined above", m.group(1)))
        return []
    out = []
    for item in markers[m.group(1)]:
        out += _expand_markers(head[: m.start()] + item + head[m.end() :], markers, line, notes)
    return out


def _with_plural(head: str) -> list[str]:
    """The phrase and its plural: the regular one, the one in {...}, or none for {}."""
    singular, brace, rest = head.partition("{")
    name = phrase(singular)
    if not brace:
        return [name, plural(name)] if name else []
    explicit = phrase(rest.partition("}")[0])
    return [name, explicit] if explicit else [name]

"""`coder dict import petrarch|tabari`: write a PETRARCH or TABARI dictionary set as a coder folder.

The folder gets everything the loader needs (see dictionaries/README.md): actors/, agents.txt,
verbs/, its own cameo.tsv listing exactly the codes its patterns use (names and Goldstein
weights from the project's cameo.tsv where the code is CAMEO's), the project's ACLED rows for
those codes, irregular_verbs.txt from the imported {...} forms, and discards.txt. Every line
not converted as it stood is listed in import-report.tsv (file, line, action, reason, text), and
the folder is loaded once before returning, so a folder that imports also codes.
"""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .dictfile import parse_irregular_verbs, parse_tsv
from .errors import ImportFailed
from .build import shipped
from .lexicon import Lexicon, load
from .petrarch_names import (ActorBlock, AgentEntry, merge_codeless, read_actor_blocks, read_agents,
                             resolve_duplicates, uncoded)
from .petrarch_source import APPROXIMATED, SKIPPED, Note, name_key, note, phrase, source_lines
from .petrarch_verbs import Converted, convert_blocks, read_blocks
from .clauses import CommaLimits
from .settings import Settings, format_settings
from .patterns import Reach

REPORT = "import-report.tsv"
# PETRARCH found a verb's target anywhere in its verb phrase, read off a parse tree: the coder looks
# further than on news wire, and also past "in", "at"... (values chosen on PETRARCH's unit tests);
# and PETRARCH wrote a role named alone ("a senior official") with no country (---GOV).
PETRARCH_SETTINGS = Settings(Reach(gap=4, target_window=12, stops=frozenset(), cross_actors=True, modifier_lists=True,
                                   exact_words=True),
                             place_bare_roles=False,
                             commas=CommaLimits(min=2, max=8, bmin=0, bmax=0, emin=2, emax=8),
                             role_places=frozenset({"of", "in", "from"}), list_modifiers=True,
                             backers_are_actors=True, former_elite=True, stack_roles=True,
                             possessor_first=True, gerund_clauses=False)
SETTINGS_NOTE = ("Written by `coder dict import`: PETRARCH read a verb's target anywhere in its verb phrase,\n"
                 "so this set looks further than the coder's news-wire defaults, and it left a role named\n"
                 "alone ('officials') without a country (see coder/settings.py). The comma limits are\n"
                 "PETRARCH's defaults for dropping comma-delimited asides (coder/clauses.py); role_places\n"
                 "puts 'soldiers from X' in X, as PETRARCH did (coder/roles.py), and list_modifiers\n"
                 "reads 'X and the evil Y' as a list (coder/modifiers.py); PETRARCH took 'anti-X' for X\n"
                 "and 'former' office holders for ELI, and stacked a role on an actor that had one;\n"
                 "possessor_first: 'X's evil minister Y' was X's minister; it left 'after leaving X' uncoded;\n"
                 "words_past_actors: PETRARCH found a pattern's words anywhere in the verb phrase.")
NON_STATE = frozenset({"IGO", "IMG", "MNC", "NGM", "NGO", "UIS"})  # CAMEO's non-state first chunks
QUAD = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 9)},
        **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}


@dataclass(slots=True)
class Sources:
    """The files to import, by kind; TABARI files take `;` comments."""

    verbs: list[Path] = field(default_factory=list)
    actors: list[Path] = field(default_factory=list)
    agents: list[Path] = field(default_factory=list)
    discards: list[Path] = field(default_factory=list)
    issues: list[Path] = field(default_factory=list)
    tabari: bool = False


@dataclass(slots=True)
class ImportResult:
    out: Path
    counts: dict[str, int]
    notes: list[Note]
    lexicon: Lexicon | None = None  # the folder, loaded: proof that it codes

    def summary(self) -> str:
        """Counts written, then unconverted lines by file and reason."""
        lines = [f"imported into {self.out}: " + ", ".join(f"{v:,} {k}" for k, v in self.counts.items())]
        by = Counter((n.path.rsplit("/", 1)[-1], n.action, n.reason) for n in self.notes)
        for action in (SKIPPED, APPROXIMATED):
            total = sum(c for (_, a, _), c in by.items() if a == action)
            lines.append(f"{total:,} line(s) {action}" + (":" if total else ""))
            for (name, a, reason), count in sorted(by.items(), key=lambda kv: (kv[0][0], -kv[1])):
                if a == action:
                    lines.append(f"  {count:6,}  {name}: {reason}")
        lines.append(f"every one is listed with its file and line in {self.out / REPORT}")
        return "\n".join(lines)


def import_dictionaries(sources: Sources, out: str | Path, overwrite: bool = False) -> ImportResult:
    """Convert the files named in `sources` into a dictionary folder at `out`."""
    out = Path(out)
    _prepare(out, overwrite)
    notes: list[Note] = []
    blocks = _actors(sources, notes)
    agents = _agents(sources, notes)
    converted = [_verbs(path, sources.tabari, notes) for path in sources.verbs]
    codes = sorted({part for c in converted for code, _, _ in c.patterns for part in code.split(":")})
    counts = {
        "actor names": _write_actors(out, blocks, {a.code[:3] for a in agents}),
        "agent names": _write_agents(out, agents),
        "verb patterns": _write_verbs(out, sources.verbs, converted),
        "event codes": _write_codes(out, codes),
        "discard phrases": _write_discards(out, sources, notes),
    }
    _write_irregular(out, converted)
    (out / "settings.txt").write_text(format_settings(PETRARCH_SETTINGS, SETTINGS_NOTE), encoding="utf-8")
    notes += _issues(sources)
    _write_report(out, notes)
    try:
        lexicon = load(out)
    except Exception as exc:  # a converter bug, not a user error: say so plainly
        raise ImportFailed(str(out), exc) from exc
    counts["countries"] = lexicon.counts["countries"]
    return ImportResult(out, counts, notes, lexicon)


def _prepare(out: Path, overwrite: bool) -> None:
    if out.exists() and any(out.iterdir()):
        if not overwrite:
            raise ImportFailed(str(out), "the folder is not empty (use --overwrite to replace it)")
        shutil.rmtree(out)
    (out / "actors").mkdir(parents=True, exist_ok=True)
    (out / "verbs").mkdir(exist_ok=True)


# -- reading ----------------------------------------------------------------------------


def _actors(sources: Sources, notes: list[Note]) -> list[ActorBlock]:
    blocks: list[ActorBlock] = []
    for path in sources.actors:
        found, found_notes = read_actor_blocks(path, sources.tabari)
        found, merge_notes = merge_codeless(found)
        blocks += found
        notes += found_notes + merge_notes
    notes += resolve_duplicates(blocks)
    notes += uncoded(blocks)
    return [b for b in blocks if b.names and b.codes]


def _agents(sources: Sources, notes: list[Note]) -> list[AgentEntry]:
    """Agents of every file; a name given again later takes the later code, as in PETRARCH."""
    entries: list[AgentEntry] = []
    for path in sources.agents:
        found, found_notes = read_agents(path, sources.tabari)
        entries += found
        notes += found_notes
    owner = {name_key(n): i for i, e in enumerate(entries) for n in e.names}
    kept = []
    for i, e in enumerate(entries):
        names = tuple(n for n in e.names if owner[name_key(n)] == i)
        for n in e.names:
            j = owner[name_key(n)]
            if j != i and entries[j].code != e.code:
                notes.append(note(e.line, APPROXIMATED, "agent name defined again later with another code: the "
                                  "later one wins, as in PETRARCH", f"{n} (again at line {entries[j].line.number})"))
        if names:
            kept.append(AgentEntry(e.code, names, e.line))
    return kept


def _verbs(path: Path, tabari: bool, notes: list[Note]) -> Converted:
    blocks, synsets, read_notes = read_blocks(path, tabari)
    converted = convert_blocks(blocks, synsets)
    notes += read_notes + converted.notes
    return converted


def _issues(sources: Sources) -> list[Note]:
    """The coder has no issue field: every issue line is reported, none converted."""
    return [note(line, SKIPPED, "issue coding: the coder writes no issue field")
            for path in sources.issues for line in source_lines(path, sources.tabari)]


# -- writing ----------------------------------------------------------------------------


def _origin(line) -> str:
    return f"# {Path(line.path).name}:{line.number}"


def _is_country(code: str, agent_codes: set[str]) -> bool:
    return len(code) == 3 and code not in NON_STATE and code not in agent_codes


def _write_actors(out: Path, blocks: list[ActorBlock], agent_codes: set[str]) -> int:
    """Blocks whose codes are all bare 3-letter actors go to countries.txt (agents join them)."""
    files: dict[str, list[str]] = {}
    names = 0
    for block in blocks:
        country = all(_is_country(c.code, agent_codes) for c in block.codes)
        stem = "countries" if country else _stem(block.line.path)
        files.setdefault(stem, []).extend(_actor_lines(block))
        names += len(block.names)
    for stem, lines in files.items():
        (out / "actors" / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return names


def _stem(path: str) -> str:
    name = Path(path).name.lower()
    for suffix in (".txt", ".actors", ".agents", ".verbs"):
        name = name.removesuffix(suffix)
    return "".join(ch if ch.isalnum() else "-" for ch in name).strip("-") or "imported"


def _actor_lines(block: ActorBlock) -> list[str]:
    names = " | ".join(name for name, _ in block.names)
    lines = [_origin(block.line)]
    for span in block.codes:
        dates = f" [{span.start or ''}..{span.end or ''}]" if span.start or span.end else ""
        lines.append(f"{span.code}{dates}  {names}")
    return lines


def _write_agents(out: Path, agents: list[AgentEntry]) -> int:
    lines = ["# Agents imported by `coder dict import`."]
    for a in agents:
        lines += [_origin(a.line), f"{a.code}  " + " | ".join(a.names)]
    (out / "agents.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(a.names) for a in agents)


def _write_verbs(out: Path, paths: list[Path], converted: list[Converted]) -> int:
    total = 0
    for path, conv in zip(paths, converted):
        lines, last = [], None
        for code, pattern, line in conv.patterns:
            if line is not last:
                lines.append(_origin(line))
                last = line
            lines.append(f"{code}  {pattern}")
        total += len(conv.patterns)
        (out / "verbs" / f"{_stem(str(path))}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total


def _project_codes() -> dict[str, dict]:
    rows, _ = parse_tsv(shipped("dictionaries") / "cameo.tsv", ["code", "root", "name", "quad_class", "goldstein"])
    return {r["code"]: r for r in rows}


def _write_codes(out: Path, codes: list[str]) -> int:
    """cameo.tsv with the codes the patterns use; ACLED rows of the project's crosswalk for them."""
    known = _project_codes()
    rows = ["# Event codes of an imported dictionary set. Names and Goldstein weights are CAMEO's where the",
            "# code is CAMEO's (the imported set may mean something else by it); other codes are marked.",
            "code\troot\tname\tquad_class\tgoldstein"]
    for code in codes:
        rows.append("\t".join(_code_row(code, known)))
    (out / "cameo.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    _write_acled(out, set(codes))
    return len(codes)


def _code_row(code: str, known: dict[str, dict]) -> list[str]:
    root = code[:2]
    prefix = next((code[:n] for n in range(len(code), 1, -1) if code[:n] in known), None)
    name = known[code]["name"] if code in known else "not a CAMEO code (imported)"
    weight = known[prefix]["goldstein"] if prefix else "0.0"
    quad = str(QUAD.get(root, known[prefix]["quad_class"] if prefix else 1))
    return [code, root, name, quad, weight]


def _write_acled(out: Path, codes: set[str]) -> None:
    source = shipped("dictionaries") / "acled.tsv"
    columns = ["cameo_code", "source_agent", "target_agent", "event_type", "sub_event_type"]
    rows, _ = parse_tsv(source, columns)
    with open(out / "acled.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("# The project's CAMEO -> ACLED crosswalk, rows for this set's codes only.\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        header = [c for c in rows[0] if c != "_line"] if rows else columns
        writer.writerow(header)
        writer.writerows([r[c] for c in header] for r in rows if r["cameo_code"] in codes)


def _write_irregular(out: Path, converted: list[Converted]) -> None:
    """The imported {...} forms, then the project's irregular verbs whose forms are not themselves
    imported verbs (PETRARCH's validation set has LEFT and MET as verbs of their own)."""
    forms: dict[str, tuple[str, ...]] = {}
    for c in converted:
        for base, row in c.irregular.items():
            forms.setdefault(base, row)
    imported = {_verb_of(pattern) for c in converted for _, pattern, _ in c.patterns}
    project, _ = parse_irregular_verbs(shipped("dictionaries") / "irregular_verbs.txt")
    for base, row in project.items():
        if base not in forms and not ((set(row[1:]) - {base}) & imported):
            forms[base] = row
    past = {f for row in project.values() for f in row[1:3]} - set(project)
    for verb in sorted(imported - set(forms)):
        if verb in past or _regular_past(verb):  # 'LEFT', 'CALLED' listed as verbs: read as past forms
            forms[verb] = (verb, verb, verb)
    lines = ["# Irregular verb forms: those given in the imported verb dictionary ({...} after a verb),",
             "# then the project's own list (dictionaries/irregular_verbs.txt) for the other verbs,",
             "# then the imported verbs that are themselves past forms (LEFT, CALLED): past of themselves."]
    lines += [" ".join(row) for row in forms.values()]
    (out / "irregular_verbs.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _regular_past(word: str) -> bool:
    """'called', 'welcomed': a regular -ed form (not 'need', 'proceed', 'shed')."""
    return len(word) > 5 and word.endswith("ed") and word[-3] != "e"


def _verb_of(pattern: str) -> str:
    words = pattern.split()
    return words[words.index("*") + 1] if "*" in words else words[0]


def _write_discards(out: Path, sources: Sources, notes: list[Note]) -> int:
    """`+PHRASE` (the whole story) and `PHRASE` (the sentence): both rule out a sentence's events."""
    lines = ["# Discards imported by `coder dict import`: KIND ROOTS phrase (see dictionaries/README.md)."]
    for path in sources.discards:
        for line in source_lines(path, sources.tabari):
            text = line.text.strip()
            story = text.startswith("+")
            words = phrase(text.lstrip("+"))
            if not words or "|" in words or not name_key(words):
                notes.append(note(line, SKIPPED, "discard phrase cannot be written as coder words"))
                continue
            if story:
                notes.append(note(line, APPROXIMATED, "story discard (+): the coder drops the sentence that "
                                                      "holds the phrase, not the whole story"))
            lines += [_origin(line), f"{'story' if story else 'sentence'}\t*\t{words}"]
    (out / "discards.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(1 for line in lines if not line.startswith("#"))


def _write_report(out: Path, notes: list[Note]) -> None:
    with open(out / REPORT, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["file", "line", "action", "reason", "detail", "text"])
        for n in notes:
            writer.writerow([n.path, n.line, n.action, n.reason, n.detail, " ".join(n.text.split())])

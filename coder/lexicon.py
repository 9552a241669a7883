"""Load a dictionary folder once and compile it into matchers: the coder's whole knowledge.

Every error in every file is collected and raised together as DictionaryErrors.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .actors import ActorIndex, compile_names
from .build import shipped
from .dictcache import cached
from .dictfile import parse_irregular_verbs, parse_names_file, parse_patterns_file
from .errors import DictionaryError, DictionaryErrors
from .discards import Discards, load_discards
from .modality import Modality, load_modality
from .references import ReferenceWords, load_references
from .settings import Settings, load_settings
from .ontology import AcledRules, EventType, Recode, load_crosswalk, load_ontology, load_recodes
from .patterns import VerbIndex, compile_patterns


def default_dictionaries() -> Path:
    """$CODER_DICTIONARIES, else the dictionaries shipped with the package."""
    return Path(os.environ.get("CODER_DICTIONARIES") or shipped("dictionaries"))


@dataclass(slots=True)
class Lexicon:
    path: Path
    version: str
    coder_version: str
    actors: ActorIndex
    verbs: VerbIndex
    verb_forms: frozenset[str]
    codes: dict[str, EventType]
    acled: AcledRules
    counts: dict[str, int]
    modality: Modality
    references: ReferenceWords
    discards: Discards
    recodes: list[Recode]
    settings: Settings = Settings()


def folder_hash(folder: Path) -> str:
    """Version of a dictionary folder: a hash of every file's name and bytes."""
    h = hashlib.sha256()
    for f in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".tsv")):
        h.update(str(f.relative_to(folder)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def _required(folder: Path, name: str, errors: list) -> Path | None:
    path = folder / name
    if not path.exists():
        errors.append(DictionaryError(str(path), 0, "missing_file"))
        return None
    return path


@dataclass(slots=True)
class Entries:
    """A dictionary folder parsed line by line, before compiling: what `dict lint` inspects."""

    folder: Path
    codes: dict[str, EventType]
    acled: AcledRules
    irregular: dict[str, tuple[str, ...]]
    actors: list
    agents: list
    patterns: list
    countries: set[str]
    modality: Modality
    references: ReferenceWords
    discards: Discards
    recodes: list[Recode]
    errors: list[DictionaryError]
    settings: Settings = Settings()


def read_entries(folder: str | Path | None = None) -> Entries:
    """Parse every file of a dictionary folder, collecting (not raising) every bad line."""
    folder = Path(folder) if folder else default_dictionaries()
    errors: list[DictionaryError] = []
    codes, acled, irregular = {}, AcledRules(), {}
    if p := _required(folder, "cameo.tsv", errors):
        codes, errs = load_ontology(p)
        errors += errs
    if p := _required(folder, "acled.tsv", errors):
        acled, errs = load_crosswalk(p, codes)
        errors += errs
    if p := _required(folder, "irregular_verbs.txt", errors):
        irregular, errs = parse_irregular_verbs(p)
        errors += errs
    actor_entries, countries = [], set()
    for path in sorted((folder / "actors").glob("*.txt")):
        entries, errs = parse_names_file(path)
        errors += errs
        actor_entries += entries
        if path.name == "countries.txt":
            countries |= {e.code for e in entries if len(e.code) == 3}
    agent_entries = []
    if p := _required(folder, "agents.txt", errors):
        agent_entries, errs = parse_names_file(p, agents=True)
        errors += errs
    patterns = []
    for path in sorted((folder / "verbs").glob("*.txt")):
        entries, errs = parse_patterns_file(path, codes)
        errors += errs
        patterns += entries
    modality, errs = load_modality(folder / "moods.txt", folder / "announced.tsv", codes, irregular,
                                   folder / "refused.tsv", folder / "demanded.tsv")
    errors += errs
    references, errs = load_references(folder / "references.txt")
    errors += errs
    discards, errs = load_discards(folder / "discards.txt")
    errors += errs
    recodes, errs = load_recodes(folder / "recode.tsv", codes)
    errors += errs
    settings, errs = load_settings(folder / "settings.txt")
    references.place_roles = settings.place_bare_roles
    errors += errs
    return Entries(folder, codes, acled, irregular, actor_entries, agent_entries, patterns, countries, modality,
                   references, discards, recodes, errors, settings)


def load(folder: str | Path | None = None, cache: bool = True) -> Lexicon:
    """Read and compile a dictionary folder; raise DictionaryErrors listing every bad line.
    With `cache`, the compiled result is kept on disk by the folder's version (dictcache.py)."""
    folder = Path(folder) if folder else default_dictionaries()
    if not cache:
        return compile_folder(folder)
    version = folder_hash(folder)
    lexicon = cached(folder, version, lambda: compile_folder(folder), lambda found: found.version == version)
    lexicon.path = folder  # as this caller named it
    return lexicon


def compile_folder(folder: Path) -> Lexicon:
    e = read_entries(folder)
    verbs, errs = compile_patterns(e.patterns, e.irregular, e.settings.reach)
    if e.errors or errs:
        raise DictionaryErrors(e.errors + errs)
    actors = compile_names(e.actors, e.agents, e.countries)
    actors.role_places, actors.list_modifiers = e.settings.role_places, e.settings.list_modifiers
    actors.backers, actors.former = e.settings.backers_are_actors, e.settings.former_elite
    actors.stack_roles, actors.possessor_first = e.settings.stack_roles, e.settings.possessor_first
    counts = {"actors": len(e.actors), "agents": len(e.agents), "patterns": len(e.patterns),
              "countries": len(e.countries), "event_codes": len(e.codes), "acled_rules": len(e.acled),
              "mood_cues": sum(map(len, e.modality.cues.values()))}
    return Lexicon(e.folder, folder_hash(e.folder), __version__, actors, verbs, verbs.all_forms(), e.codes, e.acled,
                   counts, e.modality, e.references, e.discards, e.recodes, e.settings)

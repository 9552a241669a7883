"""Check that an import dropped nothing silently: every line of every source file is either in the
converted folder or in the import report (used by the tests that read ../shared)."""

from __future__ import annotations

import re
from pathlib import Path

from coder.dictfile import content_lines
from coder.petrarch_import import ImportResult, Sources
from coder.petrarch_source import name_key, phrase, source_lines

ORIGIN = re.compile(r"^# (?P<file>[^:]+):(?P<line>\d+)$")


def origins(folder: Path) -> set[tuple[str, int]]:
    """(file name, line) of every '# FILE:LINE' provenance comment the import wrote."""
    found = set()
    for path in folder.rglob("*.txt"):
        with open(path, encoding="utf-8") as fh:
            for raw in fh:
                if m := ORIGIN.match(raw.strip()):
                    found.add((m.group("file"), int(m.group("line"))))
    return found


def written_names(folder: Path, pattern: str) -> set[tuple[str, ...]]:
    names = set()
    for path in folder.glob(pattern):
        for _, text, _ in content_lines(path):
            body = text.strip().split(None, 1)[1] if " " in text.strip() else ""
            body = body.split("]", 1)[1] if body.startswith("[") else body
            names |= {name_key(n) for n in body.split("|") if n.strip()}
    return names


def written_verbs(folder: Path) -> set[str]:
    verbs = set()
    for path in (folder / "verbs").glob("*.txt"):
        for _, text, _ in content_lines(path):
            words = text.split()[1:]
            verbs.add(words[words.index("*") + 1] if "*" in words else words[0])
    return verbs


def unaccounted(sources: Sources, result: ImportResult) -> list[str]:
    """'file:line: text' of every source line neither converted nor reported."""
    noted = {(Path(n.path).name, n.line) for n in result.notes}
    seen = origins(result.out)
    actor_names = written_names(result.out, "actors/*.txt")
    agent_names = written_names(result.out, "agents.txt")
    verbs = written_verbs(result.out)
    missing = []
    for kind, paths in (("actors", sources.actors), ("agents", sources.agents), ("verbs", sources.verbs),
                        ("discards", sources.discards), ("issues", sources.issues)):
        for path in paths:
            in_synset = False
            for line in source_lines(path, sources.tabari):
                text = line.text.strip()
                in_synset = kind == "verbs" and (text.startswith("&") or (in_synset and text.startswith("+")))
                key = (Path(line.path).name, line.number)
                if key in noted or key in seen or in_synset or _structural(kind, text):
                    continue
                if not _converted(kind, text, actor_names, agent_names, verbs):
                    missing.append(f"{key[0]}:{key[1]}: {text}")
    return missing


def _structural(kind: str, text: str) -> bool:
    """Lines that only organise others: verb block headers and agent substitution sets."""
    if kind == "verbs":
        return text.startswith("---")
    return kind == "agents" and text.startswith("!") and "=" in text


def _converted(kind, text, actor_names, agent_names, verbs) -> bool:
    if kind == "actors":
        if text.startswith("["):
            return True  # a code line whose block was written (a block without codes is reported)
        return name_key(phrase(text.lstrip("+").partition("[")[0])) in actor_names
    if kind == "agents":
        return name_key(phrase(text.partition("[")[0].partition("{")[0])) in agent_names
    if kind == "verbs" and not text.startswith("-"):
        words = text.partition("[")[0].partition("{")[0].replace("_", " ").split()
        marked = [w for w in words if w.startswith("+")] or words[:1]
        return bool(marked) and marked[0].lstrip("+").lower() in verbs
    return False

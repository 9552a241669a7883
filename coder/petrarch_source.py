"""Read PETRARCH and TABARI dictionary files line by line, and keep notes on what was not converted.

Their comment rules differ from ours: `<!-- ... -->` blocks (possibly over several lines),
`#` to the end of a line (but not inside a `[...]` code such as `[###]`), and in TABARI files `;`.
Every line keeps its number, so each note names the file and line it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .text import tokenize

SKIPPED = "skipped"  # nothing of the line is in the converted folder
APPROXIMATED = "approximated"  # converted, but it matches or codes differently than in PETRARCH
INLINE_COMMENT = re.compile(r"<!--.*?-->")


@dataclass(frozen=True, slots=True)
class Line:
    path: str
    number: int
    text: str  # comments removed, right-stripped
    indented: bool  # began with white space (a TABARI/PETRARCH date-restriction line)


@dataclass(frozen=True, slots=True)
class Note:
    """One line (or part of one) that was not converted as it stood, and why."""

    path: str
    line: int
    action: str  # SKIPPED or APPROXIMATED
    reason: str  # the same text for every line of a kind: summaries count by it
    text: str
    detail: str = ""  # what about this line in particular

    @property
    def where(self) -> str:
        return f"{Path(self.path).name}:{self.line}"


def note(line: Line, action: str, reason: str, detail: str = "") -> Note:
    return Note(line.path, line.number, action, reason, line.text.strip(), detail)


def strip_comment(text: str, tabari: bool = False) -> str:
    """Drop a `#` comment (not one inside [...]) and, for TABARI, a `;` comment."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif (ch == "#" or (tabari and ch == ";")) and depth == 0:
            return text[:i]
    return text


def source_lines(path: str | Path, tabari: bool = False) -> Iterator[Line]:
    """Non-blank lines with their numbers, comments removed."""
    p = str(path)
    in_comment = False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for number, raw in enumerate(fh, 1):
            raw = raw.rstrip("\n").rstrip("\r")
            if in_comment:
                in_comment = "-->" not in raw
                continue
            if raw.lstrip().startswith("<!"):
                in_comment = "-->" not in raw
                continue
            text = strip_comment(INLINE_COMMENT.sub(" ", raw), tabari).rstrip()
            if text.strip():
                yield Line(p, number, text, raw[:1].isspace())


def phrase(text: str) -> str:
    """A PETRARCH phrase (words joined by `_` or spaces, maybe a trailing `_`) as plain words."""
    return " ".join(text.replace("_", " ").split())


def name_key(name: str) -> tuple[str, ...]:
    """How the coder will see a name: its normalised tokens."""
    return tuple(t.norm for t in tokenize(name))


def plural(word: str) -> str:
    """The regular English plural of a phrase's last word: ministry -> ministries, bus -> buses."""
    low = word.lower()
    if low.endswith("y") and low[-2:-1] not in tuple("aeiou"):
        return word[:-1] + ("IES" if word.isupper() else "ies")
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + ("ES" if word.isupper() else "es")
    return word + ("S" if word.isupper() else "s")

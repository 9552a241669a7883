"""Parse the dictionary text formats (see dictionaries/README.md) into plain entries.

Parsing never stops at the first bad line: every error of a file is collected, so a
user fixes them all in one pass. Compiling the entries into matchers is `lexicon`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path

from .errors import DictionaryError

CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
GROUP_RE = re.compile(r"^(?:[A-Z]{3})+(?:/(?:[A-Z]{3})+)*$")  # FRO/BIL/SAM: one name for several actors
AGENT_RE = re.compile(r"^(?:[A-Z]{3})+~?$")  # GOV; imported sets also stack roles (GOVFRM) and prefix (NGO~)
EVENT_CODE_RE = re.compile(r"^\d{2,4}[A-Z]?$")  # 040, 1823; imported sets may add a letter (174K)
DATES_RE = re.compile(r"^\[([^\]]*)\]$")
NOT_UTF8 = re.compile("[\udc80-\udcff]")  # bytes kept by errors="surrogateescape"


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One actor or agent line: a code, optional dates, the names that signal it."""

    code: str
    names: tuple[str, ...]
    path: str
    line: int
    start: str | None = None  # ISO dates, inclusive; None = open
    end: str | None = None
    where: str = field(init=False, repr=False, compare=False)  # "file:line": made once, read per match

    def __post_init__(self) -> None:
        object.__setattr__(self, "where", f"{_file_name(self.path)}:{self.line}")


@dataclass(frozen=True, slots=True)
class PatternEntry:
    code: str
    pattern: str
    path: str
    line: int
    reverse: str | None = None  # `032:033 visit +`: the code of the event back from target to source

    @property
    def where(self) -> str:
        return f"{_file_name(self.path)}:{self.line}"


@lru_cache(maxsize=None)
def _file_name(path: str) -> str:
    return Path(path).name


def content_lines(path: Path):
    """Yield (line number, text without comment, starts-with-space) for non-blank lines.

    Bytes that are not UTF-8 raise DictionaryError at their line: the file was saved in
    another encoding, and guessing would silently change names."""
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        for number, raw in enumerate(fh, 1):
            if bad := NOT_UTF8.search(raw):
                detail = f"byte 0x{ord(bad.group()) - 0xDC00:02x} at character {bad.start()}"
                raise DictionaryError(str(path), number, "bad_encoding", detail)
            text = _strip_comment(raw.rstrip("\n"))
            if text.strip():
                yield number, text, raw[:1].isspace()


def _strip_comment(text: str) -> str:
    """Drop a '#' comment, but not a '#' inside a double-quoted name."""
    if "#" not in text:
        return text
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == "#" and not quoted:
            return text[:i]
    return text


def split_names(text: str, path: str, number: int, errors: list) -> list[str]:
    names = [n.strip() for n in text.split("|")]
    if any(not n for n in names):
        errors.append(DictionaryError(path, number, "empty_name"))
    return [n for n in names if n]


def _parse_dates(token: str, path: str, number: int, errors: list) -> tuple[str | None, str | None]:
    m = DATES_RE.match(token)
    parts = m.group(1).split("..") if m else []
    if len(parts) != 2:
        errors.append(DictionaryError(path, number, "bad_dates", token))
        return None, None
    try:
        start, end = (date.fromisoformat(p).isoformat() if p else None for p in parts)
    except ValueError:
        errors.append(DictionaryError(path, number, "bad_dates", token))
        return None, None
    if start and end and end < start:
        errors.append(DictionaryError(path, number, "reversed_dates", token))
    return start, end


def parse_names_file(path: Path, *, agents: bool = False) -> tuple[list[NameEntry], list[DictionaryError]]:
    """Parse an actors file (CODE [FROM..TO] names) or, with agents=True, agents.txt."""
    entries: list[NameEntry] = []
    errors: list[DictionaryError] = []
    p = str(path)
    for number, text, continued in content_lines(path):
        if continued:
            if not entries:
                errors.append(DictionaryError(p, number, "orphan_continuation"))
                continue
            last = entries[-1]
            extra = split_names(text.strip().lstrip("|"), p, number, errors)
            entries[-1] = NameEntry(last.code, last.names + tuple(extra), p, last.line, last.start, last.end)
            continue
        code, _, rest = text.strip().partition(" ")
        rest = rest.strip()
        if not (AGENT_RE if agents else GROUP_RE).match(code):
            errors.append(DictionaryError(p, number, "bad_agent_code" if agents else "bad_code", code))
            continue
        start = end = None
        if rest.startswith("[") and not agents:
            dates, _, rest = rest.partition("]")
            start, end = _parse_dates(dates + "]", p, number, errors)
            rest = rest.strip()
        if not rest:
            errors.append(DictionaryError(p, number, "no_names"))
            continue
        names = split_names(rest, p, number, errors)
        entries.append(NameEntry(code, tuple(names), p, number, start, end))
    return entries, errors


def parse_patterns_file(path: Path, known_codes) -> tuple[list[PatternEntry], list[DictionaryError]]:
    """Parse a verb-pattern file: CODE pattern (or CODE:REVERSE pattern), one a line."""
    entries: list[PatternEntry] = []
    errors: list[DictionaryError] = []
    p = str(path)
    for number, text, _ in content_lines(path):
        codes, _, pattern = text.strip().partition(" ")
        pattern = " ".join(pattern.split())
        code, colon, reverse = codes.partition(":")
        bad = next((c for c in (code, reverse) if c and not EVENT_CODE_RE.match(c)), None)
        if bad is not None or not code or (colon and not reverse):
            errors.append(DictionaryError(p, number, "bad_event_code", codes))
        elif unknown := [c for c in (code, reverse) if c and c not in known_codes]:
            errors.append(DictionaryError(p, number, "unknown_event_code", unknown[0]))
        elif not pattern:
            errors.append(DictionaryError(p, number, "no_pattern"))
        else:
            entries.append(PatternEntry(code, pattern, p, number, reverse or None))
    return entries, errors


def parse_tsv(path: Path, columns: list[str]) -> tuple[list[dict], list[DictionaryError]]:
    """Read a TSV whose header must contain `columns`; rows become dicts."""
    rows: list[dict] = []
    errors: list[DictionaryError] = []
    p = str(path)
    header: list[str] | None = None
    for number, text, _ in content_lines(path):
        cells = [c.strip() for c in text.rstrip("\r").split("\t")]
        if header is None:
            header = cells
            missing = [c for c in columns if c not in header]
            if missing:
                errors.append(DictionaryError(p, number, "bad_row", f"header lacks {missing}"))
                return rows, errors
            continue
        if len(cells) < len(columns):
            errors.append(DictionaryError(p, number, "bad_row", f"expected {len(header)} tab-separated cells"))
            continue
        row = dict(zip(header, cells))
        row["_line"] = number
        rows.append(row)
    return rows, errors


def parse_irregular_verbs(path: Path) -> tuple[dict[str, tuple[str, ...]], list[DictionaryError]]:
    """base past participle [third] [ing] -> {base: forms}."""
    forms: dict[str, tuple[str, ...]] = {}
    errors: list[DictionaryError] = []
    for number, text, _ in content_lines(path):
        words = text.split()
        if not 3 <= len(words) <= 5 or not all(w.replace("-", "").isalpha() for w in words):
            errors.append(DictionaryError(str(path), number, "bad_row", "expected: base past participle [third] [ing]"))
            continue
        forms[words[0].lower()] = tuple(w.lower() for w in words)
    return forms, errors

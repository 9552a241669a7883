"""Moods: was the act done, or only promised, threatened, imagined or denied?

"Iran vowed to send aid" is not aid but an intent to give aid; "Russia could strike" is no
event at all. The cue words (dictionaries/moods.txt) and the announced form of each act
(dictionaries/announced.tsv) are data; this module reads them and looks for cues near a verb.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import AbstractSet, Final

from .dictfile import content_lines, parse_tsv, split_names
from .errors import DictionaryError
from .text import tokenize
from .inflect import inflect
from .records import Tokens
from .voice import SKIPPABLE
from .wordclass import BE

MOODS: Final = frozenset({"intent", "threat", "hypothetical", "denial", "requested"})
POSITIONS: Final = ("before", "to", "ing", "clause", "sentence")
ANNOUNCED: Final = frozenset({"intent", "threat"})  # moods whose act is coded in its announced form
TO_REACH: Final = 7  # words allowed between a 'to' cue and its 'to': "urged Armenia and Azerbaijan on Friday to"
SKIP: Final = SKIPPABLE | BE | frozenset("soon now again eventually ever even yet then".split())
CLAUSE_BREAK: Final = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”"})
# Conjunctions that open a clause of its own, out of reach of an earlier clause's cue.
SUBORDINATORS: Final = frozenset("after before since while when because once until".split())


@dataclass(slots=True)
class Modality:
    cues: dict[str, dict[str, str]] = field(default_factory=lambda: {p: {} for p in POSITIONS})
    announced: dict[str, str] = field(default_factory=dict)  # act code prefix -> announced code
    refused: dict[str, str] = field(default_factory=dict)  # act code prefix -> code of refusing it
    demanded: dict[str, str] = field(default_factory=dict)  # act code prefix -> code of demanding it

    def mood(self, tokens: Tokens, verb: int, taken: AbstractSet[int] = frozenset()) -> tuple[str, str] | None:
        """(mood, position of its cue) for the verb at `verb`, or None when it is simply done.
        Words inside actors (`taken`) are no cues: "Theresa May accused Russia"."""
        j = step_back(tokens, verb - 1)
        if j in taken:
            j = -1
        if j >= 0 and tokens[j].norm == "to":
            for k in range(j - 1, max(-1, j - 1 - TO_REACH), -1):  # "agreed on Monday to meet"
                if tokens[k].norm in CLAUSE_BREAK:
                    break
                if tokens[k].norm in self.cues["to"]:
                    return self.cues["to"][tokens[k].norm], "to"
        elif j >= 0 and tokens[j].norm in self.cues["before"]:
            return self.cues["before"][tokens[j].norm], "before"
        if tokens[verb].norm.endswith("ing") and j >= 0 and tokens[j].norm in self.cues["ing"]:
            return self.cues["ing"][tokens[j].norm], "ing"
        clause, sentence = self.cues["clause"], self.cues["sentence"]  # looked up once, not per word
        for k in range(verb - 1, -1, -1):
            if tokens[k].norm in CLAUSE_BREAK or tokens[k].norm in SUBORDINATORS:
                break  # "demanding press freedom after the courts closed a newspaper": its own clause
            if tokens[k].norm in clause:
                return clause[tokens[k].norm], "clause"
        for t in tokens:
            if t.norm in sentence:
                return sentence[t.norm], "sentence"
        return None

    def announce(self, code: str) -> str | None:
        """The code of an act that is only announced: the longest listed prefix wins."""
        return _longest(self.announced, code)

    def refuse(self, code: str) -> str | None:
        """The code of refusing an act ("refused to release the tanker": 1243), as announce."""
        return _longest(self.refused, code)

    def demand(self, code: str) -> str | None:
        """The code of demanding an act ("Israel must allow aid in, X said": 1055), as announce."""
        return _longest(self.demanded, code)


def _longest(table: dict[str, str], code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def step_back(tokens: Tokens, j: int) -> int:
    """Step left over adverbs, 'be' and other words that sit between a cue and its verb."""
    while j >= 0 and (tokens[j].norm in SKIP or tokens[j].norm.endswith("ly")):
        j -= 1
    return j


def load_modality(moods: Path, announced: Path, codes, irregular, refused: Path | None = None,
                  demanded: Path | None = None) -> tuple[Modality, list[DictionaryError]]:
    """Read the files; each may be absent (an imported dictionary set may have no moods)."""
    result, errors = Modality(), []
    if moods.exists():
        errors += _read_moods(moods, result, irregular)
    errors += _read_codes(announced, "announced", result.announced, codes)
    if refused is not None:
        errors += _read_codes(refused, "refused", result.refused, codes)
    if demanded is not None:
        errors += _read_codes(demanded, "demanded", result.demanded, codes)
    return result, errors


def _read_codes(path: Path, column: str, table: dict[str, str], codes) -> list[DictionaryError]:
    """An `act <TAB> code` table (announced.tsv, refused.tsv): act code prefix -> code."""
    if not path.exists():
        return []
    rows, errors = parse_tsv(path, ["act", column])
    for row in rows:
        if not (row["act"].isdigit() and len(row["act"]) <= 4):
            errors.append(DictionaryError(str(path), row["_line"], "bad_event_code", row["act"]))
        elif row[column] not in codes:
            errors.append(DictionaryError(str(path), row["_line"], "unknown_event_code", row[column]))
        table[row["act"]] = row[column]
    return errors


def _read_moods(path: Path, result: Modality, irregular) -> list[DictionaryError]:
    errors: list[DictionaryError] = []
    last: tuple[str, str] | None = None
    for number, text, continued in content_lines(path):
        if continued and last:
            mood, position, rest = *last, text.strip().lstrip("|")
        else:
            mood, position, rest = (text.split(None, 2) + ["", ""])[:3]
            if mood not in MOODS or position not in POSITIONS:
                errors.append(DictionaryError(str(path), number, "bad_mood", f"{mood} {position}"))
                continue
            last = (mood, position)
        for word in split_names(rest, str(path), number, errors):
            verbish = position in ("to", "ing") or mood in ("denial", "requested")
            forms = inflect(word.lower(), irregular) if verbish and word.isalpha() else {word: ""}
            for form in forms:
                for tok in tokenize(form)[:1]:
                    result.cues[position][tok.norm] = mood
    return errors

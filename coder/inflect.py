"""Verb inflection: every form of a verb from its base, and the plural of a pattern's noun.

Patterns name a verb's base ("impose"); news prints "imposes", "imposed", "imposing". Regular
forms follow English spelling rules; irregular ones come from irregular_verbs.txt.
"""

from __future__ import annotations

import re
from typing import Final

VOWELS: Final = "aeiou"


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word))


def _cvc(word: str) -> bool:
    return (
        len(word) >= 3 and word[-1] not in VOWELS + "wxy" and word[-2] in VOWELS
        and word[-3] not in VOWELS and _syllables(word) == 1
    )


def inflect(base: str, irregular: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """All forms of a verb, mapped to their kind: base, s, past, pp or ing."""
    if base in irregular:
        got = irregular[base]
        forms = {"base": base, "past": got[1], "pp": got[2]}
        forms["s"] = got[3] if len(got) > 3 else _third(base)
        forms["ing"] = got[4] if len(got) > 4 else _ing(base)
    else:
        forms = {"base": base, "s": _third(base), "past": _past(base), "pp": _past(base), "ing": _ing(base)}
    out: dict[str, str] = {}
    for kind in ("base", "s", "ing", "pp", "past"):
        out.setdefault(forms[kind], kind)
    if base not in irregular and re.search(r"[^aeiou][aeiou]l$", base) and _syllables(base) > 1:
        out.setdefault(base + "led", "pp")  # British spelling on the wires: "cancelled", "signalling"
        out.setdefault(base + "ling", "ing")
    if forms["pp"] != forms["past"]:
        out[forms["past"]] = "past"
    elif forms["past"] == base:  # "cut", "hit", "put": news is told in the past
        out[base] = "past"
    if forms["pp"] == base != forms["past"]:  # "has overcome", "was overrun": a participle, not a noun
        out[base] = "pp"
    return out


def _third(w: str) -> str:
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        return w + "es"
    if w.endswith("y") and w[-2:-1] not in VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def _past(w: str) -> str:
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y") and w[-2:-1] not in VOWELS:
        return w[:-1] + "ied"
    if _cvc(w):
        return w + w[-1] + "ed"
    return w + "ed"


def _ing(w: str) -> str:
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2:
        return w[:-1] + "ing"
    if _cvc(w):
        return w + w[-1] + "ing"
    return w + "ing"


def noun_forms(word: str) -> frozenset[str]:
    """A pattern word and its plural: sanction -> {sanction, sanctions}."""
    forms = {word, _third(word), word + "s"}
    return frozenset(forms)

"""settings.txt: the few matching distances a dictionary folder may set for itself.

    word_gap       3             other words allowed between a pattern's words
    target_window  4             words allowed between a pattern and its target actor
    target_stops   in at near    words after which no target is looked for (- for none)

The file is optional and every line is too: what is not set keeps the coder's default, tuned on
news wire. An imported PETRARCH set sets wider values, because PETRARCH found targets anywhere in
the verb phrase of a parse tree (see coder/petrarch_import.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .dictfile import content_lines
from .errors import DictionaryError
from .verbs import Reach

LIMITS = {"word_gap": (0, 20), "target_window": (0, 60)}
FIELDS = {"word_gap": "gap", "target_window": "target_window", "target_stops": "stops"}


def load_settings(path: Path) -> tuple[Reach, list[DictionaryError]]:
    """The Reach a folder's settings.txt asks for; the defaults when there is none."""
    reach, errors = Reach(), []
    if not path.exists():
        return reach, errors
    for number, text, _ in content_lines(path):
        name, _, value = text.strip().partition(" ")
        try:
            reach = replace(reach, **{FIELDS[name]: _value(name, value.strip())})
        except (KeyError, ValueError):
            errors.append(DictionaryError(str(path), number, "bad_setting", text.strip()))
    return reach, errors


def _value(name: str, text: str):
    if name == "target_stops":
        return frozenset() if text == "-" else frozenset(w.lower() for w in text.split())
    low, high = LIMITS[name]
    number = int(text)
    if not low <= number <= high:
        raise ValueError(text)
    return number


def format_settings(reach: Reach, comment: str = "") -> str:
    """settings.txt text for a Reach (what `coder dict import` writes)."""
    lines = [f"# {line}" for line in comment.splitlines()] if comment else []
    lines += [f"word_gap       {reach.gap}", f"target_window  {reach.target_window}",
              "target_stops   " + (" ".join(sorted(reach.stops)) or "-")]
    return "\n".join(lines) + "\n"

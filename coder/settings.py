"""settings.txt: the few matching choices a dictionary folder may make for itself.

    word_gap          3             other words allowed between a pattern's words
    target_window     4             words allowed between a pattern and its target actor
    target_stops      in at near    words after which no target is looked for (- for none)
    place_bare_roles  yes           put a role named alone ("officials") in the country the
                                    sentence or story is about (no: leave it without a country)

The file is optional and every line is too: what is not set keeps the coder's default, tuned on
news wire. An imported PETRARCH set sets its own, because PETRARCH found targets anywhere in the
verb phrase of a parse tree and left a role named alone without a country (coder/petrarch_import.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .dictfile import content_lines
from .errors import DictionaryError
from .verbs import Reach

LIMITS = {"word_gap": (0, 20), "target_window": (0, 60)}
REACH_FIELDS = {"word_gap": "gap", "target_window": "target_window", "target_stops": "stops"}
YES_NO = {"yes": True, "no": False}


@dataclass(frozen=True, slots=True)
class Settings:
    reach: Reach = Reach()
    place_bare_roles: bool = True


def load_settings(path: Path) -> tuple[Settings, list[DictionaryError]]:
    """What a folder's settings.txt asks for; the defaults when there is none."""
    settings, errors = Settings(), []
    if not path.exists():
        return settings, errors
    for number, text, _ in content_lines(path):
        name, _, value = text.strip().partition(" ")
        try:
            settings = _set(settings, name, value.strip())
        except (KeyError, ValueError):
            errors.append(DictionaryError(str(path), number, "bad_setting", text.strip()))
    return settings, errors


def _set(settings: Settings, name: str, text: str) -> Settings:
    if name == "place_bare_roles":
        return replace(settings, place_bare_roles=YES_NO[text.lower()])
    return replace(settings, reach=replace(settings.reach, **{REACH_FIELDS[name]: _value(name, text)}))


def _value(name: str, text: str):
    if name == "target_stops":
        return frozenset() if text == "-" else frozenset(w.lower() for w in text.split())
    low, high = LIMITS[name]
    number = int(text)
    if not low <= number <= high:
        raise ValueError(text)
    return number


def format_settings(settings: Settings, comment: str = "") -> str:
    """settings.txt text (what `coder dict import` writes)."""
    reach = settings.reach
    lines = [f"# {line}" for line in comment.splitlines()] if comment else []
    lines += [f"word_gap          {reach.gap}", f"target_window     {reach.target_window}",
              "target_stops      " + (" ".join(sorted(reach.stops)) or "-"),
              f"place_bare_roles  {'yes' if settings.place_bare_roles else 'no'}"]
    return "\n".join(lines) + "\n"

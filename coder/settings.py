"""settings.txt: the few matching choices a dictionary folder may make for itself.

    word_gap          3             other words allowed between a pattern's words
    target_window     4             words allowed between a pattern and its target actor
    target_stops      in at near    words after which no target is looked for (- for none)
    place_bare_roles  yes           put a role named alone ("officials") in the country the
                                    sentence or story is about (no: leave it without a country)
    role_places       -             words that put the roles before them in the countries after
                                    them ('soldiers from Gondor'; e.g. of in from; coder/roles.py)
    list_modifiers    no            yes: 'Fornost and the evil Gondor' is a list of two (coder/modifiers.py)
    backers_are_actors no           yes: the country of 'pro-X', 'anti-X' is an actor (a target)
    former_elite      no            yes: 'former officials of X' are X's elite (XELI), as PETRARCH coded
    new_actor_length  0             N > 0: an unknown noun phrase of up to N words that is a verb's
                                    subject or object is an actor of its own (coder/newactors.py)
    gerund_clauses    yes           no: a verb in -ing right after 'after', 'before', 'while' ... is
                                    not coded ('after leaving X'), as PETRARCH did not (coder/gerunds.py)
    possessor_first   no            yes: 'X's evil minister Y' is X's minister (XGOV) though Y has a
                                    country of its own, as PETRARCH coded (coder/possessors.py)
    stack_roles       no            yes: a role named right after an actor that has one already is
                                    added to its code ('West German [GMWGOV] world government [WGO]
                                    activists' -> GMWGOVWGO), as PETRARCH stacked them
    exact_words       no            yes: a pattern's words match only as written, not their plurals
                                    ('effort' not 'efforts'), as PETRARCH matched them
    modifier_lists    no            yes: any pattern word (not only an object noun) may follow a list
                                    of describing words ('restore complete, full diplomatic ties')
    words_past_actors no            yes: a pattern's words may lie past an actor, then its target
                                    ('allowed that Mordor isn't a really pleasant': `allow really_pleasant`)
    comma_min/max     0 0           drop a clause between two commas of min..max words
    comma_bmin/bmax   0 0           ... the clause before the first comma
    comma_emin/emax   0 0           ... the clause after the last comma (max 0: never; coder/clauses.py)

The file is optional and every line is too: what is not set keeps the coder's default, tuned on
news wire. An imported PETRARCH set sets its own, because PETRARCH found targets anywhere in the
verb phrase of a parse tree and left a role named alone without a country (coder/petrarch_import.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .clauses import CommaLimits
from .dictfile import content_lines
from .errors import DictionaryError
from .patterns import Reach

LIMITS = {"word_gap": (0, 20), "target_window": (0, 60)}
COMMA_FIELDS = {f"comma_{name}": name for name in ("min", "max", "bmin", "bmax", "emin", "emax")}
REACH_FIELDS = {"word_gap": "gap", "target_window": "target_window", "target_stops": "stops",
                "words_past_actors": "cross_actors", "modifier_lists": "modifier_lists", "exact_words": "exact_words"}
YES_NO = {"yes": True, "no": False}


@dataclass(frozen=True, slots=True)
class Settings:
    reach: Reach = Reach()
    place_bare_roles: bool = True
    commas: CommaLimits = CommaLimits()
    role_places: frozenset[str] = frozenset()
    list_modifiers: bool = False
    backers_are_actors: bool = False
    former_elite: bool = False
    new_actor_length: int = 0
    stack_roles: bool = False
    possessor_first: bool = False
    gerund_clauses: bool = True


# yes/no settings that are fields of Settings under the same name
FLAGS = frozenset({"list_modifiers", "backers_are_actors", "gerund_clauses", "possessor_first", "stack_roles",
                   "former_elite", "place_bare_roles"})


DEFAULT = Settings()


def load_settings(path: Path) -> tuple[Settings, list[DictionaryError]]:
    """What a folder's settings.txt asks for; the defaults when there is none."""
    settings, errors = Settings(), []
    if not path.exists():
        return settings, errors
    for number, text, _ in content_lines(path):
        name, _, value = text.strip().partition(" ")
        try:
            settings = apply_setting(settings, name, value.strip())
        except (KeyError, ValueError):
            errors.append(DictionaryError(str(path), number, "bad_setting", text.strip()))
    return settings, errors


def apply_setting(settings: Settings, name: str, text: str) -> Settings:
    """The settings with one more NAME VALUE line applied; KeyError or ValueError if it is not one."""
    if name in COMMA_FIELDS:
        number = int(text)
        if not 0 <= number <= 100:
            raise ValueError(text)
        return replace(settings, commas=replace(settings.commas, **{COMMA_FIELDS[name]: number}))
    if name == "role_places":
        return replace(settings, role_places=frozenset() if text == "-" else frozenset(text.lower().split()))
    if name in FLAGS:
        return replace(settings, **{name: YES_NO[text.lower()]})
    if name == "new_actor_length":
        number = int(text)
        if not 0 <= number <= 20:
            raise ValueError(text)
        return replace(settings, new_actor_length=number)
    return replace(settings, reach=replace(settings.reach, **{REACH_FIELDS[name]: _value(name, text)}))


def _value(name: str, text: str):
    if name in ("words_past_actors", "modifier_lists", "exact_words"):
        return YES_NO[text.lower()]
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
    if settings.role_places:
        lines.append("role_places       " + " ".join(sorted(settings.role_places)))
    lines += [f"{name:17} {'yes' if getattr(settings, name) else 'no'}" for name in sorted(FLAGS)
              if name != "place_bare_roles" and getattr(settings, name) != getattr(DEFAULT, name)]
    if settings.new_actor_length:
        lines.append(f"new_actor_length  {settings.new_actor_length}")
    lines += [f"{name:17} yes" for name in ("words_past_actors", "exact_words", "modifier_lists")
              if getattr(reach, REACH_FIELDS[name])]
    if settings.commas.active:
        lines += [f"{name:17} {getattr(settings.commas, field)}" for name, field in COMMA_FIELDS.items()]
    return "\n".join(lines) + "\n"

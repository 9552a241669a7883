"""Run PETRARCH's own unit-test records (PETR.UnitTest.records.xml) through this coder.

Each <Sentence> holds a text, a date, a category and the events PETRARCH must code
(<EventCoding sourcecode targetcode eventcode>, or noevents="True"). <Config option value>
tags between records change a setting for the records after them. A record is scorable when
it says what must be coded: events, none, or a discard; the few that test PETRARCH's reaction
to a broken parse tree or a dateline are not. A scorable record passes when the coder gives
exactly the expected events, as a multiset of (source actor, event code, target actor).

PETRARCH writes an actor with no country as `---` before its role (`---GOV`); the coder writes
the role alone (`GOV`), so such codes are compared in PETRARCH's spelling.

Settings: `require_dyad` false asks for the events whose target is missing too, written with
`---` as the target: they are taken from the coder's trace (the verbs it matched that had a
source but no target). The `comma_*` limits (dropping comma-delimited asides) are the coder's
own settings of the same names (coder/clauses.py), and so is `new_actor_length` (unknown noun
phrases as actors, coder/newactors.py); they apply over the dictionary folder's settings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import InputError
from .lexicon import Lexicon
from .pipeline import explain
from .settings import apply_setting
from .xmlinput import element_text, iso_date, iter_elements

Triple = tuple[str, str, str]
COMMA_OPTIONS = frozenset(f"comma_{n}" for n in ("min", "max", "bmin", "bmax", "emin", "emax"))
CODER_OPTIONS = COMMA_OPTIONS | {"new_actor_length"}  # the coder's own settings of these names
# stop_on_error concerns PETRARCH's run, not coding
SUPPORTED = frozenset({"require_dyad", "stop_on_error"}) | CODER_OPTIONS
NOT_SCORED = frozenset({"dateline", "bad_input_parse"})  # tests of PETRARCH's parse-tree input checks
DISCARDED = frozenset({"storydiscard", "sentencediscard"})  # these must give no event


@dataclass(frozen=True, slots=True)
class SuiteRecord:
    id: str
    category: str
    date: str
    text: str
    expected: tuple[Triple, ...] | None  # None: not scorable
    options: tuple[tuple[str, str], ...]  # <Config> settings in force
    line: int


@dataclass(slots=True)
class Outcome:
    record: SuiteRecord
    found: tuple[Triple, ...]

    @property
    def passed(self) -> bool:
        return Counter(self.found) == Counter(self.record.expected or ())


@dataclass(slots=True)
class SuiteResult:
    outcomes: list[Outcome] = field(default_factory=list)
    unscored: list[SuiteRecord] = field(default_factory=list)

    @property
    def scored(self) -> int:
        return len(self.outcomes)

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.outcomes)

    def by_category(self) -> dict[str, tuple[int, int]]:
        """category -> (passed, scored)."""
        table: dict[str, list[int]] = {}
        for o in self.outcomes:
            row = table.setdefault(category(o.record.category), [0, 0])
            row[0] += o.passed
            row[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(table.items())}


def category(raw: str) -> str:
    """'COMPOUNDx' and 'AGENTS' are spelling variants of COMPOUND and AGENT in the file."""
    name = raw.rstrip("abcdefghijklmnopqrstuvwxyz")
    return name[:-1] if name.endswith("S") and name[:-1] in ("AGENT",) else name


# -- the dictionaries the suite is coded with --------------------------------------------

VALIDATION_FILES = {"verbs": "PETR.Validate.verbs.txt", "actors": "PETR.Validate.actors.txt",
                    "agents": "PETR.Validate.agents.txt", "discards": "PETR.Validate.discards.txt"}


def import_validation(records: str | Path, out: str | Path):
    """Import the PETR.Validate.* dictionaries that sit beside the records file into `out`."""
    from .petrarch_import import Sources, import_dictionaries

    folder = Path(records).parent
    sources = Sources(**{kind: [folder / name] for kind, name in VALIDATION_FILES.items()})
    return import_dictionaries(sources, out, overwrite=True)


# -- reading ----------------------------------------------------------------------------


def read_suite(path: str | Path) -> list[SuiteRecord]:
    """Every <Sentence> of a unit-test file with its expected events and the settings in force."""
    records: list[SuiteRecord] = []
    options: dict[str, str] = {}
    for item in iter_elements(path, frozenset({"Sentence", "Config"})):
        if isinstance(item, InputError):
            raise item
        line, elem = item
        if elem.tag == "Config":
            options[elem.get("option", "")] = elem.get("value", "")
            continue
        records.append(SuiteRecord(elem.get("id", ""), elem.get("category", ""), iso_date(elem.get("date")) or "",
                                   element_text(elem, "Text") or "", _expected(elem),
                                   tuple(sorted(options.items())), line))
    return records


def _expected(elem) -> tuple[Triple, ...] | None:
    codings = elem.findall("EventCoding")
    if not codings:
        return None
    events: list[Triple] = []
    for c in codings:
        error = c.get("error")
        if error in NOT_SCORED or (error and error not in DISCARDED):
            return None
        if error or (c.get("noevents") or "").strip().lower() == "true":
            continue
        events.append((c.get("sourcecode", ""), c.get("eventcode", ""), c.get("targetcode", "")))
    return tuple(events)


# -- coding -----------------------------------------------------------------------------


def petrarch_actor(code: str, lexicon: Lexicon) -> str:
    """An actor that is a role alone (GOV) is written as PETRARCH writes it (---GOV)."""
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if all(c in lexicon.actors.agents for c in chunks) and code not in _actor_codes(lexicon):
        return "---" + code
    return code


_ACTOR_CODES: dict[int, frozenset[str]] = {}


def _actor_codes(lexicon: Lexicon) -> frozenset[str]:
    key = id(lexicon.actors)
    if key not in _ACTOR_CODES:
        _ACTOR_CODES[key] = frozenset(e.code for n in lexicon.actors.names() if n.kind == "actor" for e in n.entries)
    return _ACTOR_CODES[key]


def code_record(record: SuiteRecord, lexicon: Lexicon) -> tuple[Triple, ...]:
    """The record's events in PETRARCH's spelling, with the targetless ones when require_dyad is false."""
    traces = explain(record.text, record.date, with_options(lexicon, record.options), record.id)
    found = [(petrarch_actor(e.source_actor, lexicon), e.event_code, petrarch_actor(e.target_actor, lexicon))
             for t in traces for e in t.events]
    if dict(record.options).get("require_dyad", "true").strip().lower() == "false":
        found += [(petrarch_actor(s.code, lexicon), d.code or d.verb.code, "---")
                  for t in traces for d in t.dyads if d.dropped == "no target actor" for s in d.sources]
    return tuple(found)


def with_options(lexicon: Lexicon, options) -> Lexicon:
    """The lexicon with a record's coder settings (comma limits, new_actor_length) applied over its folder's."""
    settings = lexicon.settings
    for name, value in options:
        if name in CODER_OPTIONS:
            settings = apply_setting(settings, name, value.strip())
    return lexicon if settings == lexicon.settings else replace(lexicon, settings=settings)


def unsupported(record: SuiteRecord) -> list[str]:
    """Settings in force for a record that the coder has no counterpart for (comma limits only
    where the text has a comma)."""
    return [f"{k}={v}" for k, v in record.options if k not in SUPPORTED and v.strip() not in ("0", "")
            and ("," in record.text or not k.startswith("comma"))]


def run_suite(records: list[SuiteRecord], lexicon: Lexicon) -> SuiteResult:
    result = SuiteResult()
    for record in records:
        if record.expected is None:
            result.unscored.append(record)
        else:
            result.outcomes.append(Outcome(record, code_record(record, lexicon)))
    return result


# -- reporting --------------------------------------------------------------------------


def format_result(result: SuiteResult, failures: bool = True) -> str:
    """The score, a table by category, and (optionally) each failure with what was found."""
    share = result.passed / result.scored if result.scored else 0.0
    lines = [f"{result.passed} of {result.scored} scorable records give exactly the expected events "
             f"({share:.1%}); {len(result.unscored)} records not scorable", "",
             f"{'category':10} {'passed':>6} {'scored':>6} {'failed':>6}"]
    for name, (passed, scored) in result.by_category().items():
        lines.append(f"{name:10} {passed:6} {scored:6} {scored - passed:6}")
    if failures:
        lines.append("")
        for o in result.outcomes:
            if not o.passed:
                settings = ", ".join(unsupported(o.record))
                lines.append(f"FAIL {o.record.id} [{category(o.record.category)}] line {o.record.line}: "
                             f"expected {_triples(o.record.expected)} found {_triples(o.found)}"
                             + (f" (settings the coder lacks: {settings})" if settings else ""))
                lines.append(f"     {o.record.text}")
    return "\n".join(lines)


def _triples(events) -> str:
    return "{" + ", ".join(" ".join(e) for e in events) + "}" if events else "none"

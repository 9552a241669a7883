"""The typed records that flow down the pipeline.

Story -> Sentence (with Tokens) -> ActorMatch / VerbMatch -> Event. They are small and
slotted: millions of them are made on a big run.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Callable, Final


def by_fields(record) -> tuple:
    """How a frozen record, or one with its own __init__, pickles: its class and field values, so
    unpickling calls the constructor. (Compiled with mypyc, the default way makes the object
    without arguments and then sets each field, which a frozen class or a native __init__ with
    required arguments refuses; cached dictionaries and stories sent to workers are pickled.)"""
    cls = type(record)
    values = _VALUES.get(cls)
    if values is None:  # once per class: dataclasses.fields() is slow, and every story sent is pickled
        names = [f.name for f in fields(record)]
        values = _VALUES[cls] = (lambda r: (getattr(r, names[0]),)) if len(names) == 1 else attrgetter(*names)
    return cls, values(record)


_VALUES: Final[dict[type, Callable[[object], tuple]]] = {}


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    date: str  # YYYY-MM-DD
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    path: str = ""  # where the story was read from, for error messages
    line: int = 0

    def __reduce__(self):
        return by_fields(self)


class Token:
    """One word or mark of a sentence. A run makes tens of millions, so this is a plain slotted
    class with its own __init__, not a dataclass or a named tuple: compiled (setup.py), making
    one is a native call (2.4x faster than a named tuple's) and reading a field a direct load."""

    __slots__ = ("text", "norm", "start", "end")

    def __init__(self, text: str, norm: str, start: int, end: int) -> None:
        self.text = text  # as written
        self.norm = norm  # lower case, accents and curly quotes folded: what dictionaries match
        self.start = start  # character offsets in the sentence
        self.end = end

    def _fields(self) -> tuple[str, str, int, int]:
        return self.text, self.norm, self.start, self.end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Token{self._fields()!r}"

    def __reduce__(self):
        return Token, self._fields()


Tokens = tuple[Token, ...]  # a sentence's words; typed so, compiled code reads them directly (setup.py)


# The records coding makes by the million (Sentence, ActorMatch, VerbMatch, Event, grammar.Dyad,
# actors.NameHit) are read-only by convention, not frozen: a frozen dataclass's __init__ sets
# each field with a call to object.__setattr__, and dropping that takes 9% off coding
# (callgrind: 588k -> 536k instructions a sentence). unsafe_hash keeps them hashable by value.
# The ones made per word, name or event (Sentence, ActorMatch, VerbMatch, Event, actors.NameHit) write
# their own __init__ (init=False): compiled, it is native, 7x faster than the one dataclasses
# generates, which stays Python. Its parameters are the fields, in order (test_records checks).
@dataclass(slots=True, unsafe_hash=True, init=False)
class Sentence:
    story_id: str
    index: int  # 0-based position in the story
    text: str
    start: int  # character offsets in the story text
    end: int
    tokens: Tokens

    def __init__(self, story_id: str, index: int, text: str, start: int, end: int, tokens: Tokens) -> None:
        self.story_id = story_id
        self.index = index
        self.text = text
        self.start = start
        self.end = end
        self.tokens = tokens

    def __reduce__(self):
        return by_fields(self)


@dataclass(slots=True, unsafe_hash=True, init=False)
class ActorMatch:
    """One actor found in a sentence: tokens [start, end) resolved to a CAMEO code."""

    start: int
    end: int
    code: str
    country: str | None
    agent: str | None
    text: str
    sources: tuple[str, ...] = ()  # dictionary lines that hit, as "file:line"
    members: tuple["ActorMatch", ...] = ()  # "the two sides": the actors it stands for

    def __init__(self, start: int, end: int, code: str, country: str | None, agent: str | None, text: str,
                 sources: tuple[str, ...] = (), members: tuple[ActorMatch, ...] = ()) -> None:
        self.start = start
        self.end = end
        self.code = code
        self.country = country
        self.agent = agent
        self.text = text
        self.sources = sources
        self.members = members

    def __reduce__(self):
        return by_fields(self)


@dataclass(slots=True, unsafe_hash=True, init=False)  # not frozen, own __init__: see Sentence
class VerbMatch:
    """A verb pattern that hit, with where its target should be looked for."""

    code: str
    verb: int  # token index of the verb
    end: int  # first token after the words the pattern consumed before its target
    pattern: str
    source: str  # "file:line" of the pattern
    passive: bool = False
    target: ActorMatch | None = None
    tail_end: int = 0  # first token after the whole match (past the target's trailing words)
    reverse: str | None = None  # code of the event back from target to source ("met": 031 both ways)
    lead: int | None = None  # first token of the pattern's words before the verb ("didn't" of "didn't clash")
    named_source: ActorMatch | None = None  # `+ * free from $`: the source, named after the verb (the subject
    # is then the target)

    def __init__(self, code: str, verb: int, end: int, pattern: str, source: str, passive: bool = False,
                 target: ActorMatch | None = None, tail_end: int = 0, reverse: str | None = None,
                 lead: int | None = None, named_source: ActorMatch | None = None) -> None:
        self.code = code
        self.verb = verb
        self.end = end
        self.pattern = pattern
        self.source = source
        self.passive = passive
        self.target = target
        self.tail_end = tail_end
        self.reverse = reverse
        self.lead = lead
        self.named_source = named_source

    def __reduce__(self):
        return by_fields(self)


@dataclass(slots=True, unsafe_hash=True, init=False)  # not frozen, own __init__: see Sentence
class Event:
    event_id: str
    story_id: str
    sentence_index: int
    date: str
    source_actor: str
    source_country: str | None
    source_agent: str | None
    target_actor: str
    target_country: str | None
    target_agent: str | None
    event_code: str
    root_code: str
    quad_class: int
    goldstein: float
    acled_event_type: str | None
    acled_sub_event_type: str | None
    sentence: str
    source_text: str
    target_text: str
    verb_text: str
    pattern: str
    coder_version: str
    dictionary_version: str
    publisher: str | None = None
    url: str | None = None

    def __init__(self, event_id: str, story_id: str, sentence_index: int, date: str,
                 source_actor: str, source_country: str | None, source_agent: str | None,
                 target_actor: str, target_country: str | None, target_agent: str | None,
                 event_code: str, root_code: str, quad_class: int, goldstein: float,
                 acled_event_type: str | None, acled_sub_event_type: str | None,
                 sentence: str, source_text: str, target_text: str, verb_text: str, pattern: str,
                 coder_version: str, dictionary_version: str, publisher: str | None = None,
                 url: str | None = None) -> None:
        self.event_id = event_id
        self.story_id = story_id
        self.sentence_index = sentence_index
        self.date = date
        self.source_actor = source_actor
        self.source_country = source_country
        self.source_agent = source_agent
        self.target_actor = target_actor
        self.target_country = target_country
        self.target_agent = target_agent
        self.event_code = event_code
        self.root_code = root_code
        self.quad_class = quad_class
        self.goldstein = goldstein
        self.acled_event_type = acled_event_type
        self.acled_sub_event_type = acled_sub_event_type
        self.sentence = sentence
        self.source_text = source_text
        self.target_text = target_text
        self.verb_text = verb_text
        self.pattern = pattern
        self.coder_version = coder_version
        self.dictionary_version = dictionary_version
        self.publisher = publisher
        self.url = url

    def __reduce__(self):
        return by_fields(self)

    def to_record(self) -> dict:
        """A plain dict of the record's columns (shallow: every field is a scalar)."""
        return dict(zip(EVENT_FIELDS, EVENT_VALUES(self)))


EVENT_FIELDS: Final = tuple(f.name for f in fields(Event))
EVENT_VALUES: Final = attrgetter(*EVENT_FIELDS)  # all the columns' values at once, in C


@dataclass(slots=True)
class Trace:
    """Why a sentence was coded as it was: filled in by the pipeline, read by `coder explain`."""

    sentence: Sentence
    actors: list[ActorMatch] = field(default_factory=list)
    verbs: list[VerbMatch] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    dyads: list = field(default_factory=list)  # grammar.Dyad of each verb match, dropped ones too

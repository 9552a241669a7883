"""The records that write their own __init__ (records.py explains why) must still be the
dataclasses they declare: every field a parameter, in order, with the declared defaults."""

import pickle
from dataclasses import MISSING, fields

import pytest

from coder.actors import NameHit
from coder.dictfile import NameEntry
from coder.records import ActorMatch, Event, Sentence, Story, Token, VerbMatch

TOKEN = Token("Syria", "syria", 0, 5)
SYRIA = ActorMatch(0, 1, "SYR", "SYR", None, "Syria")
IRAN = ActorMatch(3, 4, "IRN", "IRN", None, "Iran")
# Every field a value of its type (compiled, the __init__ checks them) and unlike the others.
OWN_INIT = {
    Sentence: dict(story_id="s1", index=3, text="Syria", start=4, end=9, tokens=(TOKEN,)),
    ActorMatch: dict(start=1, end=2, code="SYRGOV", country="SYR", agent="GOV", text="the Syrian government",
                     sources=("agents.txt:4",), members=(SYRIA, IRAN)),
    VerbMatch: dict(code="040", verb=1, end=2, pattern="* met +", source="verbs.txt:9", passive=True, target=SYRIA,
                    tail_end=5, reverse="033", lead=0, named_source=IRAN),
    NameHit: dict(start=1, end=2, kind="actor", entry=NameEntry("SYR", ("Syria",), "countries.txt", 1)),
    Event: dict(event_id="e1", story_id="s1", sentence_index=2, date="2024-01-01", source_actor="IRNGOV",
                source_country="IRN", source_agent="GOV", target_actor="SYRGOV", target_country="SYR",
                target_agent="GOV2", event_code="040", root_code="04", quad_class=1, goldstein=1.5,
                acled_event_type="Strategic developments", acled_sub_event_type="Agreement", sentence="Iran met Syria.",
                source_text="Iran", target_text="Syria", verb_text="met", pattern="040 * met + (verbs.txt:9)",
                coder_version="0.1.0", dictionary_version="abc", publisher="Wire", url="https://example.org/1"),
}


@pytest.mark.parametrize("cls", OWN_INIT, ids=lambda c: c.__name__)
def test_each_field_is_a_parameter_that_sets_it(cls):
    values = OWN_INIT[cls]
    assert [f.name for f in fields(cls)] == list(values)
    record = cls(**values)
    assert {name: getattr(record, name) for name in values} == values
    assert cls(*values.values()) == record  # positionally, in the declared order


@pytest.mark.parametrize("cls", OWN_INIT, ids=lambda c: c.__name__)
def test_defaults_are_the_declared_ones(cls):
    record = cls(**{f.name: OWN_INIT[cls][f.name] for f in fields(cls) if f.default is MISSING})
    assert {f.name: getattr(record, f.name) for f in fields(cls) if f.default is not MISSING} == \
        {f.name: f.default for f in fields(cls) if f.default is not MISSING}


def test_records_compare_hash_and_pickle_by_value():
    records = [TOKEN, Story("s1", "2024-01-01", "Syria")] + [cls(**values) for cls, values in OWN_INIT.items()]
    for record in records:
        copy = pickle.loads(pickle.dumps(record))
        assert copy == record and hash(copy) == hash(record) and copy is not record
    assert TOKEN != Token("Syria", "syria", 0, 6) and TOKEN != ("Syria", "syria", 0, 5)
    assert repr(TOKEN) == "Token('Syria', 'syria', 0, 5)"

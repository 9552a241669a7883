"""The batch screen may only clear batches the reference validator finds wholly valid."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coder.batch import code_results
from coder.records import Story
from coder.screen import compile_screen
from coder.validate import _screen, check, schema_path, split_valid, validator

TEXTS = ["Iran met Syria on Monday. Syria condemned the United States.",
         "Israeli troops fired missiles at Syria. Turkey condemned Israel.",
         "The United Nations criticized Iran. Iran accused Israel of spying."]


@pytest.fixture(scope="module")
def batch(mini):
    stories = [Story(f"s{i}", f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}", TEXTS[i % 3]) for i in range(12)]
    records = [r for coded in code_results(stories, mini) for r in coded.good]
    assert len(records) >= 16
    return records


def test_a_valid_batch_is_cleared(batch):
    assert _screen(str(schema_path())).clears(batch)
    assert split_valid(batch) == (batch, [])


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 25), st.floats(-12, 12), st.just(float("nan")),
                    st.sampled_from(["", "IRN", "SYRGOV", "irn", "190", "19", "04", "2020-02-30", "IRN\n", "x" * 40,
                                     "Battles", "Riots", 1.0, 4.0]))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_batch_with_any_invalid_record_is_not_cleared(batch, data):
    mutated = [dict(r) for r in batch]
    victim = mutated[data.draw(st.integers(0, len(mutated) - 1))]
    for name in data.draw(st.lists(st.sampled_from(sorted(victim) + ["extra"]), min_size=1, max_size=3)):
        if data.draw(st.booleans()):
            victim[name] = data.draw(SCALARS)
        else:
            victim.pop(name, None)
    reference_ok = all(validator().is_valid(r) for r in mutated)
    if _screen(str(schema_path())).clears(mutated):
        assert reference_ok
    good, bad = split_valid(mutated)
    assert [r for r in mutated if check(r) is None] == good
    assert [r for r, _ in bad] == [r for r in mutated if check(r) is not None]


def test_keywords_it_cannot_check_by_column_leave_it_out():
    assert compile_screen({"type": "object", "properties": {"a": {"type": "string", "format": "date"}}},
                          lambda s: None) is None
    assert compile_screen({"type": "object", "anyOf": [{"required": ["a"]}]}, lambda s: None) is None
    assert compile_screen({"type": "object", "properties": {"a": {"pattern": "^x"}}}, lambda s: None) is None

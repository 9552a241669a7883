import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from coder.pipeline import explain
from coder.validate import check, split_valid


@pytest.fixture
def record(mini):
    (trace,) = explain("Iran met Syria.", "2020-08-17", mini)
    return trace.events[0].to_record()


def test_coded_events_are_valid(record):
    assert check(record) is None


@pytest.mark.parametrize("field,value,path", [
    ("event_code", 40, "$.event_code"),
    ("event_code", "4x", "$.event_code"),
    ("quad_class", 3, "$.quad_class"),  # root 04 must be quad class 1
    ("source_actor", "iran", "$.source_actor"),
    ("date", "17/08/2020", "$.date"),
    ("goldstein", 11.0, "$.goldstein"),
    ("acled_event_type", "Skirmish", "$.acled_event_type"),
])
def test_bad_records_fail_with_their_json_path(record, field, value, path):
    bad = dict(record, **{field: value})
    error = check(bad)
    assert error is not None and error.json_path == path
    assert record["event_id"] in str(error)


def test_missing_and_extra_fields(record):
    missing = {k: v for k, v in record.items() if k != "target_actor"}
    assert "'target_actor' is a required property" in check(missing).reason
    assert "Additional properties" in check(dict(record, mood="happy")).reason


def test_split_valid_keeps_both_sides(record):
    good, bad = split_valid([record, dict(record, event_code="x")])
    assert good == [record] and len(bad) == 1 and bad[0][0]["event_code"] == "x"


def test_schema_lists_every_contract_column():
    schema = json.loads((ROOT / "schemas" / "event.schema.json").read_text())
    contract = ("event_id story_id sentence_index date source_actor source_country source_agent target_actor "
                "target_country target_agent event_code root_code quad_class goldstein acled_event_type "
                "acled_sub_event_type sentence source_text target_text verb_text coder_version dictionary_version").split()
    assert set(contract) <= set(schema["required"])
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 25), st.floats(-12, 12, allow_nan=False),
                    st.sampled_from(["", "IRN", "SYRGOV", "190", "19", "2020-02-30", "x" * 40, "Battles"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fast_and_reference_validators_agree(record, data):
    """(The record fixture is only read, never changed.) The fast validator only pre-screens: it must never pass a record jsonschema rejects,
    and on the records it doubts, jsonschema decides (so both must agree on validity)."""
    from coder.validate import _fast, schema_path, validator

    mutated = dict(record)
    for name in data.draw(st.lists(st.sampled_from(sorted(record) + ["extra"]), max_size=3)):
        if data.draw(st.booleans()):
            mutated[name] = data.draw(SCALARS)
        else:
            mutated.pop(name, None)
    reference_ok = not any(True for _ in validator().iter_errors(mutated))
    try:
        _fast(str(schema_path()))(mutated)
        fast_ok = True
    except Exception:
        fast_ok = False
    assert fast_ok == reference_ok
    assert (check(mutated) is None) == reference_ok

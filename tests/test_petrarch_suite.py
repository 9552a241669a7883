"""The PETRARCH unit-test runner on a small records file of our own (the real one is in ../shared)."""

from dataclasses import replace

from coder.petrarch_suite import category, format_result, read_suite, run_suite, unsupported

RECORDS = """<Validation>
<Sentences>
<Sentence date="20200817" id="ONE" category="DEMO" sentence="true">
<EventCoding sourcecode="IRN" targetcode="ISR" eventcode="111"></EventCoding>
<Text>Iran condemned Israel.</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="20200817" id="TWO" category="COMPOUNDx" sentence="true">
<EventCoding sourcecode="SYR" targetcode="---" eventcode="111"></EventCoding>
<Text>Syria condemned.</Text>
</Sentence>
<Config option="require_dyad" value="TRUE"></Config>
<Sentence date="20200817" id="THREE" category="AGENTS" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Officials met, officials said.</Text>
</Sentence>
<Sentence date="20200817" id="FOUR" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Iran condemned Israel.</Text>
</Sentence>
<Sentence date="20200817" id="FIVE" category="ERROR" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Iran condemned Israel.</Text>
</Sentence>
<Sentence date="20200817" id="SIX" category="AGENT" sentence="true">
<EventCoding sourcecode="---GOV" targetcode="ISR" eventcode="111"></EventCoding>
<Text>Officials condemned Israel.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_records_settings_and_expectations_are_read(tmp_path):
    path = tmp_path / "records.xml"
    path.write_text(RECORDS, encoding="utf-8")
    one, two, three, four, five, _ = read_suite(path)
    assert one.expected == (("IRN", "111", "ISR"),) and one.date == "2020-08-17" and one.line == 3
    assert dict(two.options) == {"require_dyad": "false", "new_actor_length": "4"}
    assert three.expected == () and five.expected == () and four.expected is None
    assert dict(three.options)["require_dyad"] == "TRUE"
    assert unsupported(two) == []  # new_actor_length is the coder's own setting
    odd = replace(two, options=two.options + (("verb_only", "1"),))
    assert unsupported(odd) == ["verb_only=1"]
    assert [category(r.category) for r in (two, three)] == ["COMPOUND", "AGENT"]


def test_records_are_scored_exactly_with_petrarch_spellings(tmp_path, mini):
    path = tmp_path / "records.xml"
    path.write_text(RECORDS, encoding="utf-8")
    result = run_suite(read_suite(path), mini)
    outcome = {o.record.id: o for o in result.outcomes}
    assert [r.id for r in result.unscored] == ["FOUR"]
    assert outcome["ONE"].passed
    assert outcome["SIX"].found == (("---GOV", "111", "ISR"),)  # a role alone, as PETRARCH writes it
    assert outcome["TWO"].found == (("SYR", "111", "---"),) and outcome["TWO"].passed  # require_dyad false
    assert not outcome["FIVE"].passed  # the mini set has no discard for it: the event is a failure
    table = result.by_category()
    assert table["DEMO"] == (1, 1) and table["ERROR"] == (0, 1)
    text = format_result(result)
    assert text.startswith(f"{result.passed} of 5 scorable") and "FAIL FIVE [ERROR]" in text


COMMA_RECORDS = """<Validation><Sentences>
<Sentence date="20200817" id="BEFORE" category="MODIFY" sentence="true">
<EventCoding sourcecode="IRN" targetcode="ISR" eventcode="111"></EventCoding>
<Text>Syria, Iran said on Monday, condemned Israel.</Text>
</Sentence>
<Config option="comma_min" value="2"></Config>
<Config option="comma_max" value="8"></Config>
<Sentence date="20200817" id="AFTER" category="MODIFY" sentence="true">
<EventCoding sourcecode="SYR" targetcode="ISR" eventcode="111"></EventCoding>
<Text>Syria, Iran said on Monday, condemned Israel.</Text>
</Sentence>
</Sentences></Validation>
"""


def test_comma_limits_set_by_config_tags_apply_to_the_records_after_them(tmp_path, mini):
    path = tmp_path / "records.xml"
    path.write_text(COMMA_RECORDS, encoding="utf-8")
    records = read_suite(path)
    assert unsupported(records[1]) == []
    result = run_suite(records, mini)
    assert [o.passed for o in result.outcomes] == [True, True]
    assert not mini.settings.commas.active  # the lexicon itself is left as it was


NEW_ACTOR_RECORDS = """<Validation><Sentences>
<Sentence date="20200817" id="OFF" category="ACTOR" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>The Bluebird Society condemned Israel.</Text>
</Sentence>
<Config option="new_actor_length" value="3"></Config>
<Sentence date="20200817" id="ON" category="ACTOR" sentence="true">
<EventCoding sourcecode='"THE BLUEBIRD SOCIETY"' targetcode="ISR" eventcode="111"></EventCoding>
<Text>The Bluebird Society condemned Israel.</Text>
</Sentence>
</Sentences></Validation>
"""


def test_new_actor_length_applies_from_its_config_tag_on(tmp_path, mini):
    path = tmp_path / "records.xml"
    path.write_text(NEW_ACTOR_RECORDS, encoding="utf-8")
    result = run_suite(read_suite(path), mini)
    assert [o.passed for o in result.outcomes] == [True, True]
    assert mini.settings.new_actor_length == 0  # the record's setting does not change the lexicon

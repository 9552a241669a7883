"""'pro-X', 'anti-X': the side taken (settings.txt `backers_are_actors`), and the noun it describes."""

from coder.lexicon import load
from conftest import events_of
from test_pattern_extensions import folder

SENTENCE = "Iran condemned an anti-Israel rally."


def test_by_default_the_side_taken_is_no_actor(tmp_path):
    assert events_of(load(folder(tmp_path, "")), SENTENCE) == []


def test_with_the_setting_the_side_taken_is_the_target(tmp_path):
    lex = load(folder(tmp_path, "", "backers_are_actors yes\n"))
    assert lex.actors.backers
    assert events_of(lex, SENTENCE) == [("IRN", "111", "ISR")]


def test_a_verb_form_after_a_side_taken_and_a_determiner_is_a_noun(tmp_path):
    lex = load(folder(tmp_path, "111  rally against +\n"))
    assert events_of(lex, "Iran joined an anti-American rally against Israel.") == []  # "rally" is the noun
    assert events_of(lex, "Iran will rally against Israel.") == [("IRN", "111", "ISR")]

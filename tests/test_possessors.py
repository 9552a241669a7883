"""A role held in the country of a possessive before it (settings.txt `possessor_first`), on the mini set."""

from coder.lexicon import load
from conftest import events_of
from test_pattern_extensions import folder

SENTENCE = "Iran's loyal and able president Assad condemned Israel."


def test_without_the_setting_the_named_person_keeps_his_country(tmp_path):
    lex = load(folder(tmp_path, ""))
    assert not lex.actors.possessor_first
    assert ("SYRGOV", "111", "ISR") in events_of(lex, SENTENCE)


def test_with_the_setting_the_possessor_holds_the_role(tmp_path):
    lex = load(folder(tmp_path, "", "possessor_first yes\n"))
    assert events_of(lex, SENTENCE) == [("IRNGOV", "111", "ISR")]
    assert events_of(lex, "Iran's able president Assad condemned Israel.") == [("IRNGOV", "111", "ISR")]


def test_a_verb_or_too_many_words_between_keep_them_apart(tmp_path):
    lex = load(folder(tmp_path, "", "possessor_first yes\n"))
    long = "Iran's long and very loyal old president Assad condemned Israel."
    assert ("IRNGOV", "111", "ISR") not in events_of(lex, long)
    assert ("IRNGOV", "111", "ISR") not in events_of(lex, "Iran's envoy said president Assad condemned Israel.")

"""Describing words before a listed actor (settings.txt `list_modifiers`), on the mini set."""

from coder.lexicon import load
from conftest import events_of
from test_pattern_extensions import folder

SENTENCE = "Syria and the brave proud Turkey condemned Israel."


def test_without_the_setting_the_words_break_the_list(tmp_path):
    assert events_of(load(folder(tmp_path, "")), SENTENCE) == [("TUR", "111", "ISR")]


def test_with_the_setting_the_list_holds_both(tmp_path):
    lex = load(folder(tmp_path, "", "list_modifiers yes\n"))
    assert lex.actors.list_modifiers
    assert sorted(events_of(lex, SENTENCE)) == [("SYR", "111", "ISR"), ("TUR", "111", "ISR")]
    assert sorted(events_of(lex, "Brave Syria, the proud Turkey, and old Iran condemned Israel.")) == [
        ("IRN", "111", "ISR"), ("SYR", "111", "ISR"), ("TUR", "111", "ISR")]


def test_a_verb_before_an_actor_is_not_a_describing_word(tmp_path):
    lex = load(folder(tmp_path, "", "list_modifiers yes\n"))
    assert events_of(lex, "Syria said and condemned Turkey.") == [("SYR", "111", "TUR")]

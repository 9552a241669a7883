"""Verbs in -ing after a preposition (settings.txt `gerund_clauses`), on the mini set."""

from coder.lexicon import load
from conftest import events_of
from test_pattern_extensions import folder

SENTENCE = "Iran condemned Israel after attacking Syria."


def test_by_default_an_act_after_after_is_coded(tmp_path):
    lex = load(folder(tmp_path, ""))
    assert lex.settings.gerund_clauses
    assert ("IRN", "190", "SYR") in events_of(lex, SENTENCE)


def test_with_gerund_clauses_no_it_is_not_but_the_main_verb_is(tmp_path):
    lex = load(folder(tmp_path, "", "gerund_clauses no\n"))
    assert events_of(lex, SENTENCE) == [("IRN", "111", "ISR")]
    assert ("IRN", "190", "SYR") in events_of(lex, "Iran condemned Israel after it attacked Syria.")  # a full clause

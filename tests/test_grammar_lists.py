"""Lists and asides around a subject, on the mini set: 'neither X nor Y', 'the United Nations (UN)'."""

from conftest import events_of


def test_neither_nor_joins_a_list_whose_verb_is_negated(mini):
    assert events_of(mini, "Neither Syria nor Turkey condemned Israel.") == []  # negated, for both


def test_neither_nor_members_share_a_pattern_that_names_the_negation(tmp_path):
    from coder.lexicon import load
    from test_pattern_extensions import folder

    lex = load(folder(tmp_path, "112  neither * condemn +\n", "words_past_actors yes\n"))
    assert sorted(events_of(lex, "Neither Syria nor Turkey condemned Israel.")) == [
        ("SYR", "112", "ISR"), ("TUR", "112", "ISR")]


def test_a_short_aside_in_brackets_does_not_hide_the_subject(mini):
    assert events_of(mini, "The United Nations (UN) condemned Israel.") == [("IGOUNO", "111", "ISR")]
    assert events_of(mini, "Iran said (in a long statement read on state television) Syria condemned Israel.") == [
        ("SYR", "111", "ISR")]

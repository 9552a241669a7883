"""Unknown noun phrases as actors (settings.txt `new_actor_length`), tested on the mini set."""

import pytest

from coder.lexicon import load
from coder.settings import Settings, apply_setting
from conftest import events_of
from test_pattern_extensions import folder

VISIT = "042:043  visit +\n"


def test_without_the_setting_an_unknown_subject_gives_no_event(tmp_path):
    lex = load(folder(tmp_path, VISIT))
    assert lex.settings.new_actor_length == 0
    assert events_of(lex, "The Bluebird Society visited Syria.") == []


def test_an_unknown_subject_of_up_to_n_words_is_an_actor(tmp_path):
    lex = load(folder(tmp_path, VISIT, "new_actor_length 4\n"))
    found = sorted(events_of(lex, "Redcliff's mayor Ann Holt visited Syria."))
    assert found == [('"REDCLIFF MAYOR ANN HOLT"', "042", "SYR"), ("SYR", "043", '"REDCLIFF MAYOR ANN HOLT"')]


def test_an_unknown_object_after_a_preposition_is_an_actor(tmp_path):
    lex = load(folder(tmp_path, "111  condemn +\n", "new_actor_length 3\n"))
    found = events_of(lex, "Iran condemned the Bluebird Society on Monday.")
    assert found == [("IRN", "111", '"THE BLUEBIRD SOCIETY"')]


def test_a_phrase_longer_than_n_words_makes_no_actor(tmp_path):
    lex = load(folder(tmp_path, VISIT, "new_actor_length 3\n"))
    assert events_of(lex, "Redcliff's mayor Ann Holt visited Syria.") == []


def test_a_known_actor_is_not_replaced_and_a_pronoun_is_no_actor(tmp_path):
    lex = load(folder(tmp_path, VISIT, "new_actor_length 4\n"))
    assert sorted(events_of(lex, "Iran visited Syria.")) == [("IRN", "042", "SYR"), ("SYR", "043", "IRN")]
    assert events_of(lex, "They visited Syria.") == []


@pytest.mark.parametrize("value", ["-1", "21", "four"])
def test_a_bad_length_is_refused(value):
    with pytest.raises(ValueError):
        apply_setting(Settings(), "new_actor_length", value)

"""Is a verb form used as a verb? The small tests the matcher asks before trying patterns."""

import pytest

from coder.text import tokenize
from coder.wordclass import adjective_use, after_past_verb, in_name, is_noun_use


def _at(text, word):
    tokens = tokenize(text)
    return tokens, next(i for i, t in enumerate(tokens) if t.norm == word)


@pytest.mark.parametrize("text,word,ing,noun", [
    ("They held their first meeting in May.", "meeting", True, True),  # ordinal between
    ("Police found a suicide bombing site.", "bombing", True, True),  # a noun between
    ("He condemned the 1993 World Trade Center bombing.", "bombing", True, True),  # a name between
    ("The ministers meeting in Paris agreed.", "meeting", True, True),  # determiner, then a plain noun
    ("Iran is considering sanctions.", "considering", True, False),  # no determiner at all
    ("A senior official said so.", "said", False, False),  # base forms skip no modifiers here
    ("The attack on Israel failed.", "attack", False, True),
    ("They beat the leader after breaking up a rally.", "breaking", True, False),  # no noun phrase across 'after'
])
def test_is_noun_use(text, word, ing, noun):
    tokens, i = _at(text, word)
    assert is_noun_use(tokens, i, {}, ing) is noun


def test_capitalised_words_inside_a_sentence_are_names():
    tokens, i = _at("They signed the Strategic Arms Reduction Treaty.", "arms")
    assert in_name(tokens, i)
    tokens, i = _at("Arms flowed in.", "arms")
    assert not in_name(tokens, i)  # the first word of a sentence


def test_participle_after_a_determiner_or_preposition_is_an_adjective():
    past = [("occupy", "pp")]
    tokens, i = _at("Settlers moved into the occupied territory.", "occupied")
    assert adjective_use(tokens, i, past)
    tokens, i = _at("Troops occupied the territory.", "occupied")
    assert not adjective_use(tokens, i, past)


FORMS = {"returned": [("return", "past")], "captured": [("capture", "past")], "was": [("be", "past")],
         "had": [("have", "past")]}


@pytest.mark.parametrize("text,adjective", [
    ("Turkey returned captured soldiers to Syria.", True),  # another verb's past form right before
    ("Turkey captured soldiers near Syria.", False),  # the subject before: a verb
    ("The soldiers had captured the town.", False),  # an auxiliary is no verb of its own
])
def test_participle_after_a_past_verb_is_an_adjective(text, adjective):
    tokens, i = _at(text, "captured")
    assert after_past_verb(tokens, i, FORMS["captured"], FORMS) is adjective


def test_returned_captives_are_no_abduction(full):
    from conftest import events_of
    assert events_of(full, "Turkey returned captured Syrian soldiers to Syria.") == [("TUR", "0841", "SYR")]

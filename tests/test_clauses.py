"""Comma-delimited asides dropped before coding (settings comma_*): off by default, as TABARI did when set."""

import pytest

from coder.clauses import CommaLimits, clause_spans, drop_clauses
from coder.lexicon import load
from coder.text import tokenize
from conftest import events_of
from test_pattern_extensions import folder

INNER = CommaLimits(min=2, max=8)
LAST = CommaLimits(emin=2, emax=8)
FIRST = CommaLimits(bmin=2, bmax=6)


def kept(text: str, limits: CommaLimits) -> str:
    return " ".join(t.text for t in drop_clauses(tuple(tokenize(text)), limits))


@pytest.mark.parametrize("text, limits, expected", [
    ("Iran, the agency said, condemned Israel.", INNER, "Iran , condemned Israel ."),
    ("Iran, it said, condemned Israel.", CommaLimits(min=3, max=8), "Iran , it said , condemned Israel ."),  # too short
    ("Iran condemned Israel, a senior official in Syria said.", LAST, "Iran condemned Israel ."),
    ("Iran condemned Israel, a senior official said on Monday evening in Damascus.", LAST,  # nine words
     "Iran condemned Israel , a senior official said on Monday evening in Damascus ."),
    ("In a long speech on Monday, Iran condemned Israel.", FIRST, "Iran condemned Israel ."),
    ("Iran condemned Israel, the agency said.", CommaLimits(), "Iran condemned Israel , the agency said ."),
])
def test_clauses_within_the_limits_are_dropped(text, limits, expected):
    assert kept(text, limits) == expected


@pytest.mark.parametrize("text", ["Iran welcomed ties with Syria, Turkey, Israel and Egypt after a rift.",
                                  "Brave Iran, the proud Syria, and old Turkey welcomed ties after a rift."])
def test_a_comma_between_two_names_joins_a_list_and_opens_no_clause(text):
    tokens = tuple(tokenize(text))
    assert clause_spans(tokens, LAST) == [] and clause_spans(tokens, INNER) == []


def test_a_comma_after_a_list_that_had_its_and_closes_it():
    tokens = tuple(tokenize("Talks between Iran and Syria, and Turkey and Egypt, the agency said, went well."))
    assert [(tokens[lo].text, tokens[hi - 1].text) for lo, hi in clause_spans(tokens, INNER)] == [
        (",", "Egypt"), (",", "said")]


def test_the_settings_drop_an_aside_that_would_give_the_subject(tmp_path):
    sentence = "Syria, Iran said on Monday, condemned Israel."
    plain = load(folder(tmp_path / "a", ""))
    assert plain.settings.commas == CommaLimits() and not plain.settings.commas.active
    assert ("IRN", "111", "ISR") in events_of(plain, sentence)
    asides = load(folder(tmp_path / "b", "", "comma_min 2\ncomma_max 8\n"))
    assert asides.settings.commas == CommaLimits(min=2, max=8)
    assert events_of(asides, sentence) == [("SYR", "111", "ISR")]

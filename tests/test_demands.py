"""demands.py: an act said by a speaker of another country to be a party's duty is a demand."""

import pytest

from conftest import events_of


@pytest.mark.parametrize("sentence,expected", [
    # the speaker after the act or before it; the demand's code is the act's, pressed for
    ("Israel must allow far more aid into Gaza, the British foreign secretary said.", [("GBRGOV", "1055", "ISR")]),
    ("France said Iran should free the detained teacher.", [("FRA", "1053", "IRN")]),
    # no speaker, or a speaker of the party's own country: only a hypothetical act, no event
    ("Israel must allow far more aid into Gaza.", []),
    ("Israel must allow far more aid into Gaza, Israel's president said.", []),
])
def test_duty_said_of_another_party(full, sentence, expected):
    assert events_of(full, sentence, date="2020-01-01") == expected

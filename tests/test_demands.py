"""demands.py: an act said by a speaker of another country to be a party's duty is a demand; a
conflictual act a party's own side says it could do is a threat; a threat made unless a party does
something demands it."""

import pytest

from conftest import events_of


@pytest.mark.parametrize("sentence,expected", [
    # the speaker after the act or before it; the demand's code is the act's, pressed for
    ("Sudan must allow far more aid into Darfur, the French foreign minister said.", [("FRAGOV", "1055", "SDN")]),
    ("France said Iran should free the detained teacher.", [("FRA", "1053", "IRN")]),
    # no speaker, or a speaker of the party's own country: only a hypothetical act, no event
    ("Sudan must allow far more aid into Darfur.", []),
    ("Sudan must allow far more aid into Darfur, Sudan's president said.", []),
])
def test_duty_said_of_another_party(full, sentence, expected):
    assert events_of(full, sentence, date="2020-01-01") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Morocco's foreign minister said Morocco could suspend diplomatic relations with Algeria.", [("MARGOV", "1313", "DZA")]),
    ("Israeli officials said Israel might attack Iran.", [("ISRGOV", "1384", "IRN")]),
    # said by another side, it is only imagined
    ("Iran said the United States could attack Syria.", []),
])
def test_possible_act_said_by_own_side(full, sentence, expected):
    assert events_of(full, sentence, date="2020-01-01") == expected


def test_demand_or_face_is_an_ultimatum(full):
    events = events_of(full, "Israel demanded that Hezbollah disarm or face war.", date="2020-01-01")
    assert ("ISR", "1056", "LBNREB") in events and ("ISR", "139", "LBNREB") in events


def test_threat_unless_demands_the_condition(full):
    events = events_of(full, "Iran threatened to quit the talks unless Britain released the tanker.", date="2020-01-01")
    assert ("IRN", "134", "GBR") in events and ("IRN", "1053", "GBR") in events

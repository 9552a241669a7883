"""Pattern families for the acts of roots 07-17, with the usual wordings of each.

Every row is a sentence written for this table (not taken from the gold set) and one event
the codebook gives it; NO_EVENT rows are look-alikes that must stay uncoded. A family that
loses a synonym, an inflection or its target rule fails here.
"""

import pytest

from conftest import events_of

FAMILIES = [
    # threats and alerts aimed at the subject of the clause that follows
    ("Serbia warned that Kosovo would face consequences if it joined the alliance.", ("SRB", "130", "XKX")),
    ("Police warned on Sunday that protesters would face arrest.", ("COP", "130", "OPP")),
    ("Japan raised its alert level as North Korean missiles flew over Hokkaido.", ("JPN", "151", "PRK")),
]

NO_EVENT = [
    # a threat's own side is not its target
    "Iran warned that it would retaliate.",
    "Russia warned that Russia had the right to respond.",
]


@pytest.mark.parametrize("sentence,expected", FAMILIES)
def test_family(full, sentence, expected):
    assert expected in events_of(full, sentence, date="2020-01-01")


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_look_alike_gives_no_event(full, sentence):
    assert events_of(full, sentence, date="2020-01-01") == []

"""aims.py: whom threats, shows of force and truces are aimed at when no actor follows the verb."""

import pytest

from conftest import events_of


@pytest.mark.parametrize("sentence,expected", [
    # the subject of the clause after a warning, unless it is the source's own side
    ("Serbia warned that Kosovo would face consequences.", ("SRB", "130", "XKX")),
    # the other side of a border, the rival a posture answers, a foe named in the subject's phrase
    ("Russia moved tanks to its border with Ukraine.", ("RUS", "154", "UKR")),
    ("Japan put its forces on alert after North Korean missiles flew over Hokkaido.", ("JPN", "152", "PRK")),
    ("Indian troops stationed near the frontier with China were put on high alert.", ("INDMIL", "152", "CHN")),
    # the party a threat's condition names; the other side of a truce
    ("Iran threatened to quit the talks unless Britain released the tanker.", ("IRN", "134", "GBR")),
    ("Hezbollah declared a truce in Lebanon after Israel halted its offensive.", ("LBNREB", "0871", "ISR")),
])
def test_aimed_at(full, sentence, expected):
    assert expected in events_of(full, sentence, date="2020-01-01")


@pytest.mark.parametrize("sentence", [
    "Iran warned that it would retaliate.",
    "Indian troops were put on high alert.",
])
def test_no_aim_named(full, sentence):
    assert events_of(full, sentence, date="2020-01-01") == []

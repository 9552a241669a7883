"""A claim of responsibility credits the attack to the claimer (claims.py). Invented stories."""

import pytest

from conftest import events_of


@pytest.mark.parametrize("story,event", [
    # the claim in the next sentence names who the unnamed bomber was
    ("A suicide bomber killed twelve worshippers at a mosque in Quetta. The Islamic State claimed responsibility.",
     ("IMGMUSISI", "1831", "PAKCVL")),
    # ... and gunmen named with no group are the claimer's
    ("Gunmen killed nine teachers in Borno on Monday. Boko Haram claimed responsibility for the attack.",
     ("NGAINS", "180", "NGAEDU")),
    # a claim that names the attack, with no attack coded besides, reports it
    ("The Taliban claimed responsibility for a car bombing in Kabul on Sunday.", ("AFGINS", "1832", "AFG")),
])
def test_claimed_attacks(full, story, event):
    assert event in events_of(full, story)


def test_an_attacker_with_a_group_of_its_own_keeps_it(full):
    story = "Hamas militants killed two Israeli soldiers in Gaza. The Islamic State claimed responsibility."
    assert not [e for e in events_of(full, story) if e[0] == "IMGMUSISI" and e[1] != "015"]

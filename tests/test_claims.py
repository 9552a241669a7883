"""A claim of responsibility credits the attack to the claimer (claims.py); fire returned answers the
first attacker (retaliation.py). Invented stories."""

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


@pytest.mark.parametrize("story,event", [
    # fire returned with no target named answers whoever attacked first in the story
    ("Rebels attacked an army post near Goma on Monday. The Congolese soldiers fought back with rifles.",
     ("CODMIL", "193", "CODREB")),
    ("Hamas fired rockets at Israel on Tuesday. Israel retaliated with air strikes.", ("ISR", "195", "PSEREB")),
    ("Militants attacked a Kenyan army base on Monday. The Kenyan troops returned fire.", ("KENMIL", "193", "UAF")),
])
def test_fire_returned(full, story, event):
    assert event in events_of(full, story)


def test_a_return_that_is_no_fight_takes_no_enemy(full):
    story = "Russia attacked Ukraine on Monday. The Russian ambassador returned to Moscow."
    assert not [e for e in events_of(full, story) if e[1].startswith("19") and e[0].startswith("RUS") and e[2] != "UKR"]

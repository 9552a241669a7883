"""Actors the news names in ways the plain dictionary lookup misses: the pope, a pronoun for
a role named earlier in the sentence, settlers named by their religion. Invented sentences,
coded with the shipped dictionaries."""

import pytest

from conftest import events_of


@pytest.mark.parametrize("sentence,event", [
    ("Pope Francis arrived in Baghdad on Friday.", ("VATGOV", "042", "IRQ")),
    ("The pope met Argentina's president at the Vatican.", ("VATGOV", "040", "ARGGOV")),
    # 'them' is the agencies just named, not the place they were expelled from, nor placed there
    ("Rwanda expelled two foreign aid agencies from Kigali, accusing them of spying.", ("RWA", "1125", "NGO")),
    # ... and a role placed in the sentence places its pronoun too
    ("Officials said militants were holding villagers in Kidal and using them as human shields.",
     ("MLIUAF", "184", "MLICVL")),
    # people a named armed group meets are placed where they live, not in the group's home country
    ("Boko Haram fighters killed dozens of farmers near Diffa in Niger.", ("NGAINS", "180", "NERAGR")),
    ("Chadian troops and Wagner fighters detained dozens of villagers.", ("RUSMIL", "173", "TCDCVL")),
    # a verb conjoined past an adverb shares the object of the next ('tortured and secretly hanged')
    ("Amnesty said Egyptian police tortured and secretly executed hundreds of civilians.",
     ("EGYCOP", "1822", "EGYCVL")),
    ("Rebels raped dozens of women and girls in Ituri.", ("CODREB", "1821", "CODCVL")),
    ("Jewish settlers set fire to Palestinian olive groves near Ramallah.", ("ISRSET", "1712", "PSE")),
])
def test_actor_coverage(full, sentence, event):
    assert event in events_of(full, sentence)

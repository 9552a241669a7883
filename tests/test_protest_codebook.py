"""Who protests against whom: the protesters' country comes from their adjective or possessor,
the target from what is protested against, whoever holds the protesters, or the government of the
place. Invented wire-style sentences, coded with the shipped dictionaries."""

import pytest

from conftest import events_of

ALWAYS = [
    # a rally in one's own capital is against one's own government, not the place
    ("Thousands of Hungarians rallied in central Budapest against the new media law.", ("HUN", "1412", "HUNGOV")),
    ("Tens of thousands of Brazilians rallied in Sao Paulo on Sunday.", ("BRA", "141", "BRAGOV")),
    # prisoners protest against whoever jails them
    ("Dozens of Pakistani prisoners in Indian jails began a hunger strike on Monday.", ("PAK", "142", "IND")),
    ("Dozens of Mexican migrants in U.S. detention went on hunger strike.", ("MEXCVL", "142", "USA")),
    # a protest's aim, from the demand made or from what it is against (1 leader, 2 policy, 3 rights,
    # 4 institutions)
    ("Thousands of Georgian protesters marched through Tbilisi, demanding the resignation of the prime minister.",
     ("GEOOPP", "1411", "GEOGOV")),
    ("Kenyan teachers went on strike on Monday against the government's plan to cut their pensions.",
     ("KENEDU", "1432", "KENGOV")),
    ("Thousands of Iranian students rallied in Tehran, demanding press freedom.", ("IRNEDU", "1413", "IRNGOV")),
    ("Pro-independence protesters in New Caledonia blocked the main roads to the airport.", ("NCLOPP", "1444", "NCLGOV")),
    ("Hundreds of Bolivian protesters stormed the presidential palace in La Paz, demanding that the president resign.",
     ("BOLOPP", "1451", "BOLGOV")),
    # walking out of a summit breaks off talks; it is no strike
    ("Iran's negotiators walked out of the summit with the European Union on Friday.", ("IRNGOV", "164", "IGOEUREEC")),
    # strikes kept going
    ("Bolivia's miners extended a general strike into a third week.", ("BOLLAB", "143", "BOLGOV")),
    ("Iranian truck drivers extended their nationwide strike on Friday.", ("IRNLAB", "143", "IRNGOV")),
]


@pytest.mark.parametrize("sentence,event", ALWAYS)
def test_protest_codebook(full, sentence, event):
    assert event in events_of(full, sentence)


@pytest.mark.parametrize("sentence,code", [
    # 'to protest' after a strike tells why: one event, not two
    ("Kenya's teachers began a nationwide strike on Monday to protest against pay cuts.", "140"),
    ("Peruvian farmers began a general strike to protest against a free-trade deal.", "140"),
])
def test_purpose_of_a_protest_is_not_another(full, sentence, code):
    assert code not in [c for _, c, _ in events_of(full, sentence)]


@pytest.mark.parametrize("sentence,code", [
    # protesters who storm a building 'to denounce' something riot; the denouncing is why
    ("Hundreds of Yemeni protesters broke into the Saudi embassy compound on Monday, smashing windows, to denounce "
     "Saudi air strikes.", "111"),
    ("Angry protesters stormed the Danish embassy in Tehran on Friday to denounce Danish newspapers.", "111"),
])
def test_purpose_of_a_riot_is_not_another(full, sentence, code):
    assert code not in [c for _, c, _ in events_of(full, sentence)]

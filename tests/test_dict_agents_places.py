"""Facts the shipped agent and place dictionaries must hold.

Agents: a longer agent name must win over the role its last or first word would give
("military intelligence" is SPY, not MIL). Places: a city names its country, so a bare
role placed there joins it and an act done there is done to the country.
"""

import pytest

from conftest import events_of
from coder.actors import match_actors
from coder.text import tokenize


def codes_of(full, text, day="2020-06-01"):
    return [a.code for a in match_actors(tokenize(text), full.actors, day, full.verb_forms)]


@pytest.mark.parametrize("text,code", [
    ("his Jordanian counterpart", "JORGOV"),
    ("China's U.N. ambassador", "CHNGOV"),
    ("Syrian military intelligence officers", "SYRSPY"),
    ("Israeli tanks", "ISRMIL"),
    ("Syrian government aircraft", "SYRMIL"),
    ("U.S. spy planes", "USAMIL"),
    ("a Chinese medical team", "CHNHLH"),
    ("Kenya's electoral commission", "KENGOV"),
    ("U.S. House Speaker", "USALEG"),
    ("Thai opposition lawmakers", "THAOPP"),
    ("Catalan separatist leaders", "ESPREB"),
    ("Nigerian schoolgirls", "NGAEDU"),
    ("Iraqi hospital officials", "IRQHLH"),
])
def test_longer_agent_names_win(full, text, code):
    assert codes_of(full, text)[-1] == code


@pytest.mark.parametrize("text,code", [
    ("Kharkiv", "UKR"), ("Crimea", "UKR"), ("Mosul", "IRQ"), ("Aleppo", "SYR"),
    ("Goma", "COD"), ("Srinagar", "IND"), ("Darfur", "SDN"), ("Milan", "ITA"),
    ("Kandahar", "AFG"), ("Peshawar", "PAK"), ("Inner Mongolia", "CHN"),
])
def test_cities_name_their_country(full, text, code):
    assert codes_of(full, text) == [code]


@pytest.mark.parametrize("text", ["Kashmir", "Brussels", "Gao", "Hyderabad"])
def test_ambiguous_places_are_left_out(full, text):
    assert codes_of(full, text) == []


def test_yangon_stays_in_myanmar_after_the_capital_moved(full):
    assert codes_of(full, "Yangon", "2007-09-27") == ["MMR"]


def test_gulf_of_aden_is_not_yemen(full):
    assert "YEM" not in codes_of(full, "the Gulf of Aden")


def test_a_role_in_a_city_takes_its_country(full):
    # (gunmen killing villagers is unconventional violence, 180: recode.tsv)
    assert ("CODUAF", "180", "CODCVL") in events_of(full, "Gunmen killed 12 villagers near Goma on Tuesday.")


def test_a_city_prefix_joins_its_agent(full):
    assert ("ITAJUD", "173", "ITAELI") in events_of(
        full, "Milan prosecutors charged the former minister with corruption.", "2011-01-14")

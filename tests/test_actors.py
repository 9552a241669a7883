import pytest

from coder.actors import match_actors, resolve
from coder.dictfile import NameEntry
from coder.text import tokenize


def actors(lexicon, text, day="2020-08-17"):
    return [(a.code, a.text) for a in match_actors(tokenize(text), lexicon.actors, day, lexicon.verb_forms)]


CODEBOOK = [
    ("Damascus said", [("SYR", "Damascus")]),
    ("the Iranian foreign minister", [("IRNGOV", "Iranian foreign minister")]),
    ("Iran's foreign minister", [("IRNGOV", "Iran's foreign minister")]),
    ("the foreign minister of Iran", [("IRNGOV", "foreign minister of Iran")]),
    ("Israeli troops", [("ISRMIL", "Israeli troops")]),
    ("Turkish police", [("TURCOP", "Turkish police")]),
    ("Syrian President Bashar al-Assad", [("SYRGOV", "Syrian President Bashar al-Assad")]),
    ("senior Iranian officials", [("IRNGOV", "Iranian officials")]),
    ("Iran and Syria", [("IRN", "Iran"), ("SYR", "Syria")]),
    ("the U.N. and the US", [("IGOUNO", "U.N."), ("USA", "US")]),
    ("police", [("COP", "police")]),
    ("Iranian and Syrian troops", [("IRNMIL", "Iranian"), ("SYRMIL", "Syrian troops")]),
    # a shared role comes only from an agent word, not from an actor whose own code has a role
    ("Iran and Bashar al-Assad", [("IRN", "Iran"), ("SYRGOV", "Bashar al-Assad")]),
    # a country taken as a side is not the actor
    ("pro-Iranian troops", [("MIL", "troops")]),
    ("anti-American protesters", [("OPP", "protesters")]),
    # a role of an organisation is the organisation
    ("the president of the United Nations", [("IGOUNO", "president of the United Nations")]),
]


@pytest.mark.parametrize("text,expected", CODEBOOK)
def test_actor_codebook(mini, text, expected):
    assert actors(mini, text) == expected


def test_case_sensitive_names(mini):
    assert actors(mini, "they told us") == []
    assert actors(mini, "the US said") == [("USA", "US")]


@pytest.mark.parametrize("day,code", [("2019-05-01", "USAGOV"), ("2022-05-01", "USAELI"), ("2025-03-01", "USAGOV")])
def test_leaders_resolve_against_the_story_date(mini, day, code):
    assert actors(mini, "Donald Trump", day) == [(code, "Donald Trump")]


def test_name_out_of_office_with_no_fallback_is_not_coded(mini):
    assert actors(mini, "Bashar al-Assad", "2025-06-01") == []
    assert actors(mini, "Bashar al-Assad", "2010-06-01") == [("SYRGOV", "Bashar al-Assad")]


def test_actor_parts(mini):
    (a,) = match_actors(tokenize("Syrian troops"), mini.actors, "2020-01-01")
    assert (a.country, a.agent) == ("SYR", "MIL")
    (u,) = match_actors(tokenize("the United Nations"), mini.actors, "2020-01-01")
    assert (u.code, u.country, u.agent) == ("IGOUNO", None, None)
    assert a.sources == ("countries.txt:2", "agents.txt:2")


def test_resolve_prefers_a_dated_entry_over_the_fallback():
    dated = NameEntry("USAGOV", ("x",), "f", 1, "2017-01-20", "2021-01-20")
    undated = NameEntry("USAELI", ("x",), "f", 2)
    assert resolve([undated, dated], "2018-01-01") is dated
    assert resolve([undated, dated], "2016-01-01") is undated
    assert resolve([dated], "2016-01-01") is None


@pytest.mark.parametrize("text,expected", [
    ("North and South Korea", [("PRK", "North"), ("KOR", "South Korea")]),
    ("East and West Germany", [("DDR", "East"), ("DEU", "West Germany")]),
    ("Iran and South Korea", [("IRN", "Iran"), ("KOR", "South Korea")]),
])
def test_elided_names(full, text, expected):
    assert actors(full, text, "1989-06-01" if "Germany" in text else "2020-08-17") == expected


@pytest.mark.parametrize("text,expected", [
    ("the United_Nations said", [("IGOUNO", "United_Nations")]),  # underscores for spaces, as PETRARCH's texts
    ("President Bashar_al-Assad said", [("SYRGOV", "President Bashar_al-Assad")]),  # one token, several words
    ("the United_Nations_Council said", []),  # a name must end where the token ends
    ("the my_United Nations said", []),  # ... and begin where it begins
])
def test_names_written_with_underscores(mini, text, expected):
    assert actors(mini, text, "2020-08-17") == expected

"""References as a codebook: pronouns, pairs and bare roles resolved within a story (mini dictionaries)."""

import shutil

import pytest

from coder.errors import DictionaryErrors
from coder.lexicon import load

from conftest import MINI, events_of

CODEBOOK = [
    # a subject pronoun takes the subject of the sentence before
    ("Iran met Syria on Monday. It also condemned Israel.",
     [("IRN", "040", "SYR"), ("IRN", "111", "ISR")]),
    # ... or of its own sentence, when it stands in a reported clause
    ("Israel said it would attack Syria.", [("ISR", "1384", "SYR")]),
    # person pronouns take people, thing pronouns countries and organisations
    ("Bashar al-Assad met Iran. He condemned Israel.", [("SYRGOV", "040", "IRN"), ("SYRGOV", "111", "ISR")]),
    ("Iran met Bashar al-Assad. It condemned Israel.", [("IRN", "040", "SYRGOV"), ("IRN", "111", "ISR")]),
    # an object pronoun is not its clause's subject
    ("Bashar al-Assad met Donald Trump and condemned him.",
     [("SYRGOV", "040", "USAGOV"), ("SYRGOV", "111", "USAGOV")]),
    # 'the two sides' and 'they' are the two who last acted together or on each other
    ("Iran and Turkey met on Monday. The two sides condemned Israel.",
     [("IRN", "040", "TUR"), ("TUR", "040", "IRN"), ("IRN", "111", "ISR"), ("TUR", "111", "ISR")]),
    ("Iran met Turkey. The United States condemned them.",
     [("IRN", "040", "TUR"), ("USA", "111", "IRN"), ("USA", "111", "TUR")]),
    # a bare role after 'the' names the last actor with that role again
    ("The Syrian government met Iran. The government condemned Israel.",
     [("SYRGOV", "040", "IRN"), ("SYRGOV", "111", "ISR")]),
    # no antecedent: nothing is invented
    ("It condemned Israel.", []),
    ("They met Syria.", []),
    # 'her' before a noun is possessive, not an actor; a role with no country to take stays bare
    ("Her government condemned Israel.", [("GOV", "111", "ISR")]),
    # bare roles take the sentence's place, else a country named before them, else the story's
    ("Police arrested protesters in Tehran.", [("IRNCOP", "173", "IRNOPP")]),
    ("Turkish police arrested protesters.", [("TURCOP", "173", "TUROPP")]),
    ("Iran met Syria. Police arrested protesters.", [("IRN", "040", "SYR"), ("SYRCOP", "173", "SYROPP")]),
    # roles from elsewhere stay bare; a place is never a pronoun's antecedent
    ("Turkish police arrested foreign protesters.", [("TURCOP", "173", "OPP")]),
    ("In Damascus, Iran met Turkey. It condemned Israel.", [("IRN", "040", "TUR"), ("IRN", "111", "ISR")]),
]


@pytest.mark.parametrize("text,expected", CODEBOOK)
def test_references_codebook(mini, text, expected):
    assert sorted(events_of(mini, text)) == sorted(expected)


def test_stories_do_not_share_memory(mini):
    """Each story starts with an empty discourse: 'It' in a new story refers to nothing."""
    from coder.pipeline import code_story
    from coder.records import Story

    code_story(Story("a", "2020-01-01", "Iran met Syria."), mini)
    _, events = code_story(Story("b", "2020-01-01", "It condemned Israel."), mini)
    assert events == []


@pytest.mark.parametrize("line,needle", [
    ("somebody  he\n", "bad references line 'somebody'"),
    ("person  the man\n", "bad references line 'the man'"),
])
def test_bad_lines_name_file_and_line(tmp_path, line, needle):
    folder = tmp_path / "d"
    shutil.copytree(MINI, folder)
    with open(folder / "references.txt", "a", encoding="utf-8") as fh:
        fh.write(line)
    number = sum(1 for _ in open(folder / "references.txt", encoding="utf-8"))
    with pytest.raises(DictionaryErrors) as err:
        load(folder)
    assert f"references.txt:{number}: " in str(err.value) and needle in str(err.value)

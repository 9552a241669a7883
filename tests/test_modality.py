"""Moods: cue words are data, checked when loaded; announced codes take the longest prefix."""

import shutil

import pytest

from coder.errors import DictionaryErrors
from coder.lexicon import load
from coder.modality import Modality
from coder.text import tokenize

from conftest import MINI, events_of


def test_longest_prefix_wins():
    m = Modality(announced={"16": "131", "163": "1312"})
    assert (m.announce("163"), m.announce("161"), m.announce("040")) == ("1312", "131", None)


@pytest.mark.parametrize("sentence,verb,expected", [
    ("Iran will meet Syria", 2, ("intent", "before")),
    ("Iran vowed on Monday to meet Syria", 5, ("intent", "to")),
    ("Iran threatened to attack Syria", 3, ("threat", "to")),
    ("Iran denied attacking Syria", 2, ("denial", "ing")),
    ("If Iran attacks Syria", 2, ("hypothetical", "clause")),
    ("Iran met Syria", 1, None),
    ("If it rains , Iran attacks Syria", 5, None),  # the 'if' clause ended at the comma
])
def test_mood_of_a_verb(mini, sentence, verb, expected):
    assert mini.modality.mood(tokenize(sentence), verb) == expected


@pytest.mark.parametrize("file,line,needle", [
    ("moods.txt", "sometimes  before  perhaps\n", "bad mood line 'sometimes before'"),
    ("moods.txt", "intent  after  soon\n", "bad mood line 'intent after'"),
    ("announced.tsv", "19x\t1384\n", "bad event code '19x'"),
    ("announced.tsv", "19\t9999\n", "unknown CAMEO event code '9999'"),
    ("recode.tsv", "19\tMIL\tOPP\t999\n", "unknown CAMEO event code '19 -> 999'"),
])
def test_bad_lines_name_file_and_line(tmp_path, file, line, needle):
    folder = tmp_path / "d"
    shutil.copytree(MINI, folder)
    with open(folder / file, "a", encoding="utf-8") as fh:
        fh.write(line)
    number = sum(1 for _ in open(folder / file, encoding="utf-8"))
    with pytest.raises(DictionaryErrors) as err:
        load(folder)
    assert f"{folder / file}:{number}: " in str(err.value) and needle in str(err.value)


@pytest.mark.parametrize("table", ["refused", "demanded"])
@pytest.mark.parametrize("line,needle", [("19x\t1243\n", "bad event code '19x'"),
                                         ("084\t9999\n", "unknown CAMEO event code '9999'")])
def test_bad_refusal_and_demand_lines_name_file_and_line(tmp_path, table, line, needle):
    folder = tmp_path / "d"
    shutil.copytree(MINI, folder)
    (folder / f"{table}.tsv").write_text(f"act\t{table}\n" + line, encoding="utf-8")
    with pytest.raises(DictionaryErrors) as err:
        load(folder)
    assert f"{folder / (table + '.tsv')}:2: " in str(err.value) and needle in str(err.value)


def test_folders_without_moods_still_load(tmp_path):
    """Imported dictionary sets may have no moods: then every act counts as done."""
    folder = tmp_path / "d"
    shutil.copytree(MINI, folder)
    (folder / "moods.txt").unlink()
    (folder / "announced.tsv").unlink()
    assert events_of(load(folder), "Israel could attack Syria.") == [("ISR", "190", "SYR")]


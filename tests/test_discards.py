"""Discards: sports, markets and disasters rule out some or all of a sentence's events."""

import shutil

import pytest

from coder.errors import DictionaryErrors
from coder.lexicon import load

from conftest import MINI


def test_discard_lines_are_checked(tmp_path):
    folder = tmp_path / "d"
    shutil.copytree(MINI, folder)
    with open(folder / "discards.txt", "a", encoding="utf-8") as fh:
        fh.write("weather  21  blizzard\n")
    number = sum(1 for _ in open(folder / "discards.txt", encoding="utf-8"))
    with pytest.raises(DictionaryErrors) as err:
        load(folder)
    assert f"discards.txt:{number}: bad roots '21'" in str(err.value)


def test_explain_says_why_a_sentence_was_discarded(mini):
    from coder.pipeline import explain

    (trace,) = explain("Turkey attacked Iran in the World Cup semi-final.", "2020-01-01", mini)
    assert trace.events == [] and any("sports context ('World Cup')" in d for d in trace.dropped)

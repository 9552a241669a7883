"""A name that stands for several actors (`BEL/NLD/LUX  Benelux`), on the mini set."""

import pytest

from coder.errors import DictionaryErrors
from coder.lexicon import load
from conftest import events_of
from test_pattern_extensions import folder

GROUPS = "BEL/NLD/LUX  Benelux | the Benelux countries\nSYR/TUR  the two neighbours\n"


def with_groups(tmp_path, text=GROUPS):
    root = folder(tmp_path, "")
    (root / "actors" / "groups.txt").write_text(text, encoding="utf-8")
    return load(root)


def test_a_group_name_acts_as_each_of_its_members(tmp_path):
    lex = with_groups(tmp_path)
    assert sorted(events_of(lex, "Benelux condemned Israel.")) == [
        ("BEL", "111", "ISR"), ("LUX", "111", "ISR"), ("NLD", "111", "ISR")]


def test_a_group_in_a_list_and_as_a_target(tmp_path):
    lex = with_groups(tmp_path)
    assert sorted(events_of(lex, "Iran and the Benelux countries condemned Israel.")) == [
        ("BEL", "111", "ISR"), ("IRN", "111", "ISR"), ("LUX", "111", "ISR"), ("NLD", "111", "ISR")]
    assert sorted(events_of(lex, "Iran condemned the two neighbours.")) == [("IRN", "111", "SYR"), ("IRN", "111", "TUR")]


@pytest.mark.parametrize("code", ["BEL/", "BEL//NLD", "BE/NLD"])
def test_a_malformed_group_code_is_a_load_error(tmp_path, code):
    with pytest.raises(DictionaryErrors, match="bad"):
        with_groups(tmp_path, f"{code}  Benelux\n")

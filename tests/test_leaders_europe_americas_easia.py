"""The regional leaders file: office-holders code by the story date, and its lines keep the conventions."""

import re
from pathlib import Path

import pytest

from conftest import ROOT, events_of

FILE = ROOT / "dictionaries" / "actors" / "leaders_europe_americas_easia.txt"
ENTRY = re.compile(r"^(?P<code>[A-Z]{3,})\s*(?P<dates>\[[^\]]*\])?\s*(?P<names>.*)$")


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("Shoigu met Lloyd Austin.", "2023-01-10", ("RUSGOV", "040", "USAGOV")),
        ("Pistorius criticized Belousov.", "2024-06-01", ("DEUGOV", "111", "RUSGOV")),
        ("Rutte met Stoltenberg.", "2012-05-01", ("NLDGOV", "040", "NORGOV")),
        ("Rutte met Shoigu.", "2025-01-10", ("IGOWSTNAT", "040", "RUSGOV")),
        ("Hun Sen met Anwar Ibrahim.", "2023-01-05", ("KHMGOV", "040", "MYSGOV")),
        ("Piñera criticized Maduro.", "2019-02-01", ("CHLGOV", "111", "VENGOV")),
    ],
)
def test_office_holders_code_by_the_story_date(full, text, date, expected):
    assert expected in events_of(full, text, date)


def test_a_defence_minister_is_not_coded_before_taking_office(full):
    # Hegseth took office in 2025; in 2015 his name alone is no actor.
    assert not [e for e in events_of(full, "Hegseth criticized Shoigu.", "2015-06-01") if e[0] == "USAGOV"]


def _entries():
    """(line number, code, dates, names) for every entry line, continuation names folded in."""
    out = []
    for number, raw in enumerate(FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[0].isspace():
            out[-1][3].extend(n.strip() for n in line.split("|") if n.strip())
            continue
        m = ENTRY.match(line)
        assert m, f"{FILE.name}:{number}: not an entry"
        out.append((number, m["code"], m["dates"], [n.strip() for n in m["names"].split("|")]))
    return out


def test_office_lines_carry_dates_and_only_fallbacks_are_undated():
    undated = [(n, code) for n, code, dates, _ in _entries() if not dates and not code.endswith(("ELI", "OPP"))]
    # The one deliberate exception: the Swedish king, on the throne since 1973.
    assert [code for _, code in undated] == ["SWEGOV"]


@pytest.mark.parametrize("surname", ["Rasmussen", "Kim", "Lee", "Park", "Castro", "Morales", "Ivanov", "Ahern", "Michel"])
def test_shared_surnames_are_never_bare(surname):
    bare = [n for n, _, _, names in _entries() for name in names if name.strip('"') == surname]
    assert bare == []

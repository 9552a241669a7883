"""`coder dict lint`: each kind of clash between dictionary lines is caught and named by file and line."""

import shutil

import pytest
from click.testing import CliRunner

from coder.cli import cli
from coder.lint import lint

from conftest import MINI, ROOT


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "dicts"
    shutil.copytree(MINI, target)
    return target


def append(path, text):
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(text)
    return sum(1 for _ in open(path, encoding="utf-8"))  # the line just written


# Each row: the file to extend, the line(s) added, the kind lint must report at the last line.
CASES = [
    ("actors/leaders.txt", "SYRMIL [2010-01-01..2011-12-31]  Assad\n", "conflicting_codes"),
    ("actors/countries.txt", "IRQ  Iran\n", "conflicting_codes"),
    ("actors/leaders.txt", "SYRGOV [2024-01-01..2025-06-30]  Bashar al-Assad\n", "overlapping_dates"),
    ("actors/countries.txt", "TUR  Turkish\n", "duplicate_name"),
    ("verbs/patterns.txt", "190  condemn +\n", "shadowed_pattern"),
    ("verbs/patterns.txt", "111  condemn +\n", "duplicate_pattern"),
    ("agents.txt", "GOV  Tehran\n", "shadowed_agent"),
    ("actors/countries.txt", "USA  us\n", "common_word"),
    ("verbs/patterns.txt", "999  condemn + for\n", "load"),
    ("actors/leaders.txt", "SYRGOV [2010-13-01..]  Maher\n", "load"),
]


@pytest.mark.parametrize("file,line,kind", CASES, ids=[c[2] + ":" + c[0] for c in CASES])
def test_each_kind_is_caught_with_file_and_line(folder, file, line, kind):
    assert lint(folder) == []  # the fixture itself is clean
    number = append(folder / file, line)
    findings = lint(folder)
    assert [(f.kind, f.path, f.line) for f in findings] == [(kind, str(folder / file), number)]


def test_dated_lines_and_a_fallback_do_not_clash(folder):
    """A dated GOV line and an undated ELI fallback for the same name is the documented idiom."""
    append(folder / "actors/leaders.txt", "SYRELI  Bashar al-Assad\n")
    assert lint(folder) == []


def test_ranges_that_do_not_touch_are_fine(folder):
    append(folder / "actors/leaders.txt", "SYRMIL [1994-01-01..1999-12-31]  Bashar al-Assad\n")
    assert lint(folder) == []


def test_cli_exit_status(folder):
    runner = CliRunner()
    clean = runner.invoke(cli, ["dict", "lint", str(folder)])
    assert clean.exit_code == 0 and "0 error(s), 0 warning(s)" in clean.output
    append(folder / "actors/countries.txt", "USA  us\n")
    warned = runner.invoke(cli, ["dict", "lint", str(folder)])
    assert warned.exit_code == 0 and "warning: unquoted one-word name 'us'" in warned.output
    assert runner.invoke(cli, ["dict", "lint", str(folder), "--strict"]).exit_code == 1
    append(folder / "verbs/patterns.txt", "190  condemn +\n")
    failed = runner.invoke(cli, ["dict", "--dictionaries", str(folder), "lint"])
    assert failed.exit_code == 1 and "1 error(s), 1 warning(s)" in failed.output


def test_shipped_dictionaries_are_clean():
    findings = lint(ROOT / "dictionaries")
    assert [str(f) for f in findings if f.level == "error"] == []

"""Fuzz the dictionary loader: random lines either load or raise DictionaryErrors naming file
and line, never any other exception."""

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINI
from coder.errors import DictionaryError, DictionaryErrors
from coder.lexicon import load

FILES = {"actors": "actors/countries.txt", "agents": "agents.txt", "verbs": "verbs/patterns.txt"}

unicode_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
codes = st.one_of(st.sampled_from(["SYR", "IRNGOV", "GOV", "IGOUNO", "040", "163", "1823", "0233", "999", "syr",
                                   "SY", "SYRG", "", "USAELIGOV"]),
                  st.from_regex(r"[A-Z0-9]{1,9}", fullmatch=True), unicode_text)
dates = st.one_of(st.sampled_from(["2020-01-01", "2021-02-30", "0001-01-01", "9999-12-31", "2020-1-1", "", "x"]),
                  st.dates().map(str), unicode_text)
brackets = st.builds(lambda l, a, sep, b, r: f"{l}{a}{sep}{b}{r}", st.sampled_from(["[", "", "[["]), dates,
                     st.sampled_from(["..", ".", "...", "", ".. "]), dates, st.sampled_from(["]", "", "]]"]))
words = st.one_of(st.sampled_from(["meet", "with", "+", "<sanction>", "<", ">", "<>", "|", "||", "#", '"US"', '"',
                                   "impose", "on", "of", "'s", "-", "U.S.", "+ +", "<+>", "\t"]), unicode_text)
names = st.lists(words, max_size=6).map(" ".join)
lines = st.one_of(
    st.builds(lambda c, b, n: f"{c} {b} {n}", codes, brackets, names),
    st.builds(lambda c, n: f"{c}  {n}", codes, names),
    st.builds(lambda n: f"   {n}", names),  # a continuation line
    unicode_text,
)


def fuzzed_folder(tmp_path_factory, which: str, text: str):
    folder = tmp_path_factory.mktemp("dict")
    shutil.copytree(MINI, folder, dirs_exist_ok=True)
    target = folder / FILES[which]
    target.write_text(target.read_text(encoding="utf-8") + text, encoding="utf-8")
    return folder, target


def check_loads_or_names_lines(folder, target, added_from: int, added_to: int) -> None:
    """load() returns, or raises DictionaryErrors (or, for bytes that are not UTF-8, one
    DictionaryError) naming the fuzzed file and one of the fuzzed lines; nothing else."""
    try:
        load(folder)
    except (DictionaryErrors, DictionaryError) as exc:
        errors = exc.errors if isinstance(exc, DictionaryErrors) else [exc]
        assert errors and all(isinstance(e, DictionaryError) for e in errors)
        for e in errors:  # only the fuzzed lines can be wrong: the rest is the clean mini folder
            assert e.path == str(target) and added_from <= e.line <= added_to, str(e)
            assert str(e).startswith(f"{target}:{e.line}: ")


@pytest.mark.parametrize("which", sorted(FILES))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(lines, min_size=1, max_size=8))
def test_random_lines_load_or_raise_dictionary_errors_with_file_and_line(tmp_path_factory, which, random_lines):
    random_lines = [x.replace("\r", " ").replace("\n", " ") for x in random_lines]  # one line each
    folder, target = fuzzed_folder(tmp_path_factory, which, "")
    first = len(target.read_text(encoding="utf-8").splitlines()) + 1
    target.write_text(target.read_text(encoding="utf-8") + "\n".join(random_lines) + "\n", encoding="utf-8")
    check_loads_or_names_lines(folder, target, first, first + len(random_lines) - 1)


@pytest.mark.parametrize("which", sorted(FILES))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(min_size=1, max_size=60).filter(lambda b: b"\n" not in b and b"\r" not in b))
def test_bytes_that_are_not_utf8_are_a_dictionary_error_too(tmp_path_factory, which, raw):
    folder, target = fuzzed_folder(tmp_path_factory, which, "")
    first = len(target.read_bytes().splitlines()) + 1
    target.write_bytes(target.read_bytes() + raw + b"\n")
    check_loads_or_names_lines(folder, target, first, first)


def test_a_latin1_name_is_reported_with_its_line_and_what_was_expected(tmp_path_factory):
    folder, target = fuzzed_folder(tmp_path_factory, "actors", "")
    target.write_bytes(target.read_bytes() + b"COL  Colombia | Bogot\xe1\n")
    with pytest.raises(DictionaryError) as caught:
        load(folder)
    message = str(caught.value)
    assert message.startswith(f"{target}:7: not valid UTF-8 (byte 0xe1 at character 21")
    assert "expected UTF-8 text" in message

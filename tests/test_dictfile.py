import pytest

from coder.dictfile import parse_names_file, parse_patterns_file, parse_tsv
from coder.errors import DictionaryErrors
from coder.lexicon import load


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actor_lines_with_dates_quotes_and_continuations(tmp_path):
    path = write(tmp_path, "a.txt", '# comment\nUSA  United States | "US"  # trailing\n   | America\n'
                 "USAGOV [2017-01-20..2021-01-20] Donald Trump\nUSAGOV [2025-01-20..] Trump\n")
    entries, errors = parse_names_file(path)
    assert errors == []
    assert entries[0].names == ("United States", '"US"', "America")
    assert (entries[1].start, entries[1].end, entries[1].line) == ("2017-01-20", "2021-01-20", 4)
    assert (entries[2].start, entries[2].end) == ("2025-01-20", None)


BAD_ACTOR_LINES = [
    ("syr Syria\n", "bad code 'syr'"),
    ("SYRG Syria\n", "bad code 'SYRG'"),
    ("SYR [2000-13-01..] Assad\n", "bad date range"),
    ("SYR [2010-01-01..2000-01-01] Assad\n", "ends before it starts"),
    ("SYR\n", "no names"),
    ("SYR Syria || Syrian\n", "empty name"),
    ("  | orphan\n", "continuation line"),
]


@pytest.mark.parametrize("text,message", BAD_ACTOR_LINES)
def test_bad_actor_lines_name_file_and_line(tmp_path, text, message):
    path = write(tmp_path, "bad.txt", "# header\n" + text)
    _, errors = parse_names_file(path)
    assert errors and message in str(errors[0])
    assert str(errors[0]).startswith(f"{path}:2:")


def test_bad_patterns_are_reported(tmp_path):
    path = write(tmp_path, "v.txt", "040 meet +\n999 frobnicate +\nabc meet\n111\n")
    entries, errors = parse_patterns_file(path, {"040", "111"})
    assert [e.pattern for e in entries] == ["meet +"]
    assert [(e.line, e.kind) for e in errors] == [(2, "unknown_event_code"), (3, "bad_event_code"), (4, "no_pattern")]


def test_tsv_header_is_checked(tmp_path):
    path = write(tmp_path, "x.tsv", "code\tname\n01\tx\n")
    _, errors = parse_tsv(path, ["code", "root"])
    assert "header lacks ['root']" in str(errors[0])


def test_loading_collects_every_error_at_once(tmp_path):
    import shutil

    from conftest import MINI

    folder = tmp_path / "dicts"
    shutil.copytree(MINI, folder)
    (folder / "actors" / "extra.txt").write_text("bad Syria\nSYR [x..] Damascus\n")
    (folder / "verbs" / "extra.txt").write_text("040 +meet\n777 meet\n")
    with pytest.raises(DictionaryErrors) as info:
        load(folder)
    text = str(info.value)
    assert "4 dictionary error(s)" in text
    assert "extra.txt:1: bad code 'bad'" in text and "extra.txt:2: bad date range" in text
    assert "first word '+meet' must be a verb" in text and "unknown CAMEO event code '777'" in text

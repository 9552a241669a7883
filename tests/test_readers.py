import json

import pytest

from coder.errors import InputError
from coder.readers import expand, iter_stories
from coder.records import Story


def items(path, **kw):
    return list(iter_stories(path, **kw))


def test_jsonl_stories_keep_their_fields_and_lines(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(
        json.dumps({"id": "a", "date": "2020-08-17", "text": "Iran met Syria.", "title": "T", "publisher": "P"}) + "\n\n"
        + json.dumps({"id": 7, "date": "2021-01-02", "text": "x", "url": "http://e.org"}) + "\n",
        encoding="utf-8",
    )
    a, b = items(path)
    assert (a.id, a.date, a.title, a.publisher, a.line) == ("a", "2020-08-17", "T", "P", 1)
    assert (b.id, b.url, b.line) == ("7", "http://e.org", 3)


BAD_JSONL = [
    (b'{"id": "a", "date": "2020-01-01"', None, "not valid JSON"),
    (b'["a", "b"]', None, "expected a JSON object"),
    (b'{"date": "2020-01-01", "text": "x"}', "id", "missing required field"),
    (b'{"id": "a", "date": "2020-01-01", "text": "   "}', "text", "field is empty"),
    (b'{"id": "a", "date": "2020-02-30", "text": "x"}', "date", "expected a date as YYYY-MM-DD"),
    (b'{"id": "a", "date": "17/08/2020", "text": "x"}', "date", "expected a date"),
    (b'{"id": "a", "text": "x"}', "date", "missing required field"),
    (b'{"id": "a", "date": "2020-01-01", "text": ["x"]}', "text", "expected the story text as a string"),
    (b'{"id": "a", "date": "2020-01-01", "text": "x", "title": 5}', "title", "expected a string"),
    (b'{"id": "a", "date": "2020-01-01", "text": "\xff\xfe"}', "text", "not valid UTF-8 (byte 0xff at character 0"),
]


@pytest.mark.parametrize("line,field,message", BAD_JSONL)
def test_bad_jsonl_lines_become_input_errors_and_the_rest_is_read(tmp_path, line, field, message):
    path = tmp_path / "bad.jsonl"
    good = b'{"id": "ok", "date": "2020-01-01", "text": "Iran met Syria."}'
    path.write_bytes(good + b"\n" + line + b"\n" + good + b"\n")
    got = items(path)
    assert [type(x) for x in got] == [Story, InputError, Story]
    err = got[1]
    assert (err.path, err.line, err.field) == (str(path), 2, field)
    assert message in str(err) and str(err).startswith(f"{path}:2")


def test_csv_with_the_same_columns(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text('id,date,text,title\nc1,2019-03-04,"Iran met Syria, again.",A title\nc2,2019-13-01,x,\n', encoding="utf-8")
    story, error = items(path)
    assert (story.id, story.text, story.title) == ("c1", "Iran met Syria, again.", "A title")
    assert isinstance(error, InputError) and error.line == 3 and error.field == "date"


def test_csv_with_wrong_columns_is_one_clear_error(tmp_path):
    path = tmp_path / "w.csv"
    path.write_text("story,body\n1,x\n", encoding="utf-8")
    (error,) = items(path)
    assert "lacks required columns ['id', 'text']" in str(error)


def test_txt_story_takes_its_date_from_the_name_or_the_option(tmp_path):
    dated = tmp_path / "wire-2021-05-06.txt"
    dated.write_text("Iran met Syria.", encoding="utf-8")
    (story,) = items(dated)
    assert (story.id, story.date) == ("wire-2021-05-06", "2021-05-06")
    undated = tmp_path / "wire.txt"
    undated.write_text("Iran met Syria.", encoding="utf-8")
    (error,) = items(undated)
    assert "no date" in str(error)
    (story,) = items(undated, default_date="2020-01-01")
    assert story.date == "2020-01-01"


def test_folders_expand_to_their_readable_files(tmp_path):
    (tmp_path / "b.jsonl").write_text("")
    (tmp_path / "a.csv").write_text("")
    (tmp_path / "notes.md").write_text("")
    assert [p.name for p in expand([tmp_path])] == ["a.csv", "b.jsonl"]


def test_unknown_extension(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_text("<a/>")
    (error,) = items(path)
    assert "cannot tell the input format" in str(error)


def test_reading_streams(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "w") as fh:
        for i in range(1000):
            fh.write(json.dumps({"id": str(i), "date": "2020-01-01", "text": "Iran met Syria."}) + "\n")
    stream = iter_stories(path)
    assert next(stream).id == "0"  # a generator: nothing read ahead of need
    assert sum(1 for _ in stream) == 999

"""PETRARCH's XML input: <Sentence date id><Text>, streamed, bad records as InputErrors with file, line, field."""

import json

from click.testing import CliRunner

from coder.cli import cli
from coder.errors import InputError
from coder.readers import detect_format, iter_stories
from coder.xmlinput import iter_elements
from conftest import MINI

GOOD = """<?xml version="1.0" encoding="utf-8"?>
<Sentences>
<!-- a comment -->
<Sentence date="20200817" id="s-1" sentence="true">
<Text>
Iran condemned
Israel.
</Text>
<Parse>(ROOT (S))</Parse>
</Sentence>

<Sentence date="2020-08-18" id="s-2" sentence="false"><Text>Syria met Turkey.</Text></Sentence>
</Sentences>
"""


def write(tmp_path, text, name="in.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sentences_are_stories_with_their_line_and_an_iso_date(tmp_path):
    path = write(tmp_path, GOOD)
    first, second = iter_stories(path)
    assert (first.id, first.date, first.text, first.line) == ("s-1", "2020-08-17", "Iran condemned Israel.", 4)
    assert (second.id, second.date, second.line) == ("s-2", "2020-08-18", 12)


def test_the_xml_extension_and_the_format_option_pick_the_reader(tmp_path):
    assert detect_format(write(tmp_path, GOOD)) == "xml"
    other = write(tmp_path, GOOD, "records.petr")
    assert [s.id for s in iter_stories(other, fmt="xml")] == ["s-1", "s-2"]


def test_bad_records_are_input_errors_naming_line_and_field(tmp_path):
    text = """<Sentences>
<Sentence date="20200817"><Text>No id here.</Text></Sentence>
<Sentence date="20200817" id="b"></Sentence>
<Sentence date="2020-02-30" id="c"><Text>Impossible date.</Text></Sentence>
<Sentence id="d"><Text>No date.</Text></Sentence>
<Sentence date="20200817" id="e"><Text>Fine.</Text></Sentence>
</Sentences>
"""
    items = list(iter_stories(write(tmp_path, text)))
    errors = [(i.line, i.field, i.kind) for i in items if isinstance(i, InputError)]
    assert errors == [(2, "id", "missing"), (3, "text", "missing"), (4, "date", "bad_date"), (5, "date", "missing")]
    assert items[-1].id == "e"


def test_a_default_date_fills_records_without_one(tmp_path):
    (story,) = iter_stories(write(tmp_path, '<S><Sentence id="x"><Text>Hi.</Text></Sentence></S>'),
                            default_date="2021-01-02")
    assert story.date == "2021-01-02"


def test_xml_that_is_not_well_formed_stops_the_file_at_its_line(tmp_path):
    text = GOOD.replace("<Sentence date=\"2020-08-18\"", "<Sentence date=\"2020-08-18\" <oops")
    items = list(iter_stories(write(tmp_path, text)))
    assert items[0].id == "s-1"
    assert isinstance(items[1], InputError) and items[1].line == 12 and "not well-formed XML" in str(items[1])
    assert len(items) == 2


def test_elements_are_dropped_once_read(tmp_path):
    """A big file is not held in memory: each <Sentence> leaves the tree after it is yielded."""
    body = "".join(f'<Sentence date="20200817" id="n{i}"><Text>Iran met Syria.</Text></Sentence>\n' for i in range(500))
    path = write(tmp_path, f"<Sentences>\n{body}</Sentences>\n")
    lines, left = [], None
    for line, elem in iter_elements(path, frozenset({"Sentence", "Sentences"})):
        if elem.tag == "Sentences":
            left = len(elem)  # the root, seen before the reader clears it
        else:
            lines.append(line)
    assert len(lines) == 500 and lines[:2] == [2, 3]
    assert left == 0  # every <Sentence> was removed from its parent once read


def test_coder_code_reads_xml(tmp_path):
    path = write(tmp_path, GOOD)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["code", str(path), "--out", str(out), "--dictionaries", str(MINI)])
    assert result.exit_code == 0, result.output
    query = CliRunner().invoke(cli, ["query", "SELECT story_id, source_actor, event_code, target_actor FROM events "
                                     "ORDER BY story_id", "--data", str(out), "--format", "json"])
    rows = json.loads(query.output)
    assert {(r["story_id"], r["source_actor"], r["target_actor"]) for r in rows} >= {("s-1", "IRN", "ISR")}

"""The CLI end to end through Click's CliRunner, on real files."""

import json

import pytest
from click.testing import CliRunner

from conftest import MINI
from coder.cli import cli

STORIES = [
    {"id": "a", "date": "2020-08-17", "text": "Iran met Syria. Sanctions were imposed on Damascus by the United States."},
    {"id": "b", "date": "2020-08-18", "text": "The Syrian foreign ministry condemned the American sanctions."},
]


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def coded(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(s) + "\n" for s in STORIES) + "not json\n")
    result = invoke("code", inp, "--out", tmp_path / "out", "--dictionaries", MINI)
    return tmp_path / "out", result


def test_code_prints_a_summary(coded):
    out, result = coded
    assert result.exit_code == 3  # finished, with a reject
    assert ("coded 2 stories (2 with events, 0 without) and rejected 1 of 3 read; 3 sentences, 3 new events, "
            "1 rejects in") in result.output
    assert f"rejects written to {out}/rejects/" in result.output


def test_clean_run_exits_zero(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps(STORIES[0]) + "\n")
    result = invoke("code", inp, "--out", tmp_path / "out", "--dictionaries", MINI)
    assert result.exit_code == 0 and "0 rejects" in result.output


def test_strict_stops_at_the_first_reject(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps(STORIES[0]) + "\n{oops\n" + json.dumps(STORIES[1]) + "\n")
    result = invoke("code", inp, "--out", tmp_path / "out", "--dictionaries", MINI, "--strict")
    assert result.exit_code == 1
    assert f"Error: {inp}:2: not valid JSON" in result.output and "--strict: run stopped" in result.output
    (rejects,) = (tmp_path / "out" / "rejects").glob("*.jsonl")
    assert len(rejects.read_text().splitlines()) == 1
    assert len(list((tmp_path / "out" / "events").rglob("*.parquet"))) == 1  # story a, coded before the stop


def test_query_table_csv_json(coded):
    out, _ = coded
    sql = "SELECT source_country, target_country, event_code, count(*) AS n FROM events GROUP BY ALL ORDER BY ALL"
    table = invoke("query", sql, "--data", out)
    assert table.exit_code == 0
    assert table.output.splitlines()[0].split() == ["source_country", "target_country", "event_code", "n"]
    assert "(3 rows)" in table.output
    csv_out = invoke("query", sql, "--data", out, "--format", "csv")
    assert csv_out.output.splitlines() == ["source_country,target_country,event_code,n", "IRN,SYR,040,1",
                                           "SYR,USA,111,1", "USA,SYR,163,1"]
    rows = json.loads(invoke("query", sql, "--data", out, "--format", "json").output)
    assert rows[2] == {"source_country": "USA", "target_country": "SYR", "event_code": "163", "n": 1}


def test_query_errors_are_clean(tmp_path, coded):
    out, _ = coded
    bad = invoke("query", "SELECT nope FROM events", "--data", out)
    assert bad.exit_code == 1 and bad.output.startswith("Error: query failed")
    missing = invoke("query", "SELECT 1", "--data", tmp_path / "nothing")
    assert missing.exit_code == 1 and "no events dataset" in missing.output


def test_explain_shows_each_step():
    result = invoke("explain", "Sanctions were imposed on Damascus by the United States.", "--date", "2020-08-17",
                    "--dictionaries", MINI)
    assert result.exit_code == 0
    text = result.output
    assert "tokens: 0:Sanctions 1:were 2:imposed" in text
    assert "'Damascus' -> SYR" in text and "countries.txt:2" in text
    assert "2:imposed -> 163 'impose <sanction> on +' from patterns.txt:7 (passive, target SYR)" in text
    assert "USA 163 SYR" in text


def test_explain_json_gives_records():
    result = invoke("explain", "Iran met Syria.", "--json", "--dictionaries", MINI)
    (record,) = json.loads(result.output)
    assert (record["source_actor"], record["event_code"], record["target_actor"]) == ("IRN", "040", "SYR")


def test_explain_reports_dropped_candidates():
    result = invoke("explain", "Israel did not attack Syria.", "--dictionaries", MINI)
    assert "events: none" in result.output and "dropped: 190 'attack': negated verb" in result.output


def test_bad_date_option():
    result = CliRunner().invoke(cli, ["explain", "x", "--date", "2020-02-30"])
    assert result.exit_code == 2 and "expected YYYY-MM-DD" in result.output


def test_bad_dictionary_folder_names_file_and_line(tmp_path):
    import shutil

    shutil.copytree(MINI, tmp_path / "d")
    (tmp_path / "d" / "agents.txt").write_text("GOV government\nmilitary troops\n")
    result = invoke("dict", "--dictionaries", tmp_path / "d")
    assert result.exit_code == 1 and "agents.txt:2: bad agent code 'military'" in result.output


def test_dict_shows_counts_and_version():
    result = invoke("dict", "--dictionaries", MINI)
    assert result.exit_code == 0 and "version" in result.output
    assert "patterns     12" in result.output


@pytest.mark.parametrize("command", [[], ["code"], ["query"], ["explain"], ["dict"]])
def test_every_command_has_help(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output
    assert len(result.output.split("\n\n")[1].strip()) > 20  # a real description

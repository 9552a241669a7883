"""The README's quickstart: the bundled example stories, coded with the shipped dictionaries."""

import pytest
from click.testing import CliRunner

from conftest import ROOT
from coder.cli import cli
from coder.query import run_query

EXAMPLES = ROOT / "examples" / "stories.jsonl"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("ex") / "out"
    result = CliRunner().invoke(cli, ["code", str(EXAMPLES), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0 and "13 stories" in result.output and "0 rejects" in result.output
    return out


def dyads(out, story_fragment):
    _, rows = run_query("SELECT source_country, event_code, target_country FROM events "
                        f"WHERE story_id LIKE '%{story_fragment}%'", out)
    return set(rows)


def test_iran_syria_story(out):
    got = dyads(out, "iran-syria")
    assert ("IRN", "040", "SYR") in got
    assert ("USA", "163", "SYR") in got
    assert ("SYR", "111", "USA") in got


def test_sports_and_markets_give_no_events(out):
    _, rows = run_query("SELECT DISTINCT story_id FROM events", out)
    ids = {r[0] for r in rows}
    assert not [i for i in ids if "football" in i or "market" in i or "sport" in i]


def test_negated_attack_gives_no_event(out):
    _, rows = run_query("SELECT verb_text FROM events WHERE sentence LIKE '%did not attack%'", out)
    assert rows and "attack" not in {r[0] for r in rows}  # the accusation in that sentence stays


def test_every_event_has_its_evidence(out):
    _, rows = run_query("SELECT count(*) FROM events WHERE sentence IS NULL OR verb_text IS NULL "
                        "OR position(verb_text IN sentence) = 0", out)
    assert rows == [(0,)]

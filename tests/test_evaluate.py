"""`coder evaluate`: gold items are coded and scored at three levels, and bad gold lines are named."""

import json

import pytest
from click.testing import CliRunner

from coder.cli import cli
from coder.errors import GoldErrors
from coder.evaluate import Score, evaluate, read_gold

from conftest import MINI, ROOT


def write_gold(path, items):
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def item(id_, text, *events, date="2020-08-17"):
    return {"id": id_, "date": date, "text": text,
            "events": [{"source": s, "code": c, "target": t} for s, c, t in events]}


# Each row: the gold item, and the (tp, fp, fn) it scores at the root, full and event levels.
CASES = [
    # exactly right at every level
    (item("right", "Iran condemned Israel.", ("IRN", "111", "ISR")), [(1, 0, 0), (1, 0, 0), (1, 0, 0)]),
    # nothing to find, nothing found
    (item("none", "Brazil beat Argentina in the final."), [(0, 0, 0)] * 3),
    # the coder finds USAGOV where the gold says USA: same country, so right at root level only
    (item("actor", "Donald Trump condemned Syria.", ("USA", "111", "SYR")), [(1, 0, 0), (0, 1, 1), (1, 0, 0)]),
    # right root, wrong sub-code: root level forgives it, full and event levels do not
    (item("subcode", "Syria accused Israel of lying.", ("SYR", "111", "ISR")), [(1, 0, 0), (0, 1, 1), (0, 1, 1)]),
    # a missed event
    (item("missed", "Turkey hosted Iran.", ("TUR", "040", "IRN")), [(0, 0, 1), (0, 0, 1), (0, 0, 1)]),
    # a false event
    (item("false", "Iran did attack Israel, a film claims.", ), [(0, 1, 0), (0, 1, 0), (0, 1, 0)]),
]


@pytest.mark.parametrize("gold,expected", CASES, ids=[c[0]["id"] for c in CASES])
def test_scores_per_level(mini, tmp_path, gold, expected):
    result = evaluate(read_gold([write_gold(tmp_path / "g.jsonl", [gold])], mini.codes), mini)
    got = [(s.tp, s.fp, s.fn) for s in result.scores.values()]
    assert got == expected


def test_score_arithmetic():
    s = Score(tp=8, fp=2, fn=8)
    assert s.precision == pytest.approx(0.8) and s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    assert Score().f1 == 1.0  # nothing expected, nothing found: perfect, not undefined


def test_duplicate_events_count_once(mini, tmp_path):
    """Coding the same event twice gives one right and one false event."""
    gold = item("twice", "Iran condemned Israel. Iran condemned Israel again.", ("IRN", "111", "ISR"))
    result = evaluate(read_gold([write_gold(tmp_path / "g.jsonl", [gold])]), mini)
    assert (result.scores["full"].tp, result.scores["full"].fp) == (1, 1)


def test_by_root_table(mini, tmp_path):
    items = [item("a", "Iran condemned Israel.", ("IRN", "111", "ISR")),
             item("b", "Turkey attacked Syria.", ("TUR", "190", "SYR"), ("TUR", "040", "SYR"))]
    result = evaluate(read_gold([write_gold(tmp_path / "g.jsonl", items)]), mini)
    assert set(result.by_root) == {"11", "19", "04"}
    assert (result.by_root["04"].tp, result.by_root["04"].fn) == (0, 1)
    assert result.by_root["19"].f1 == 1.0


@pytest.mark.parametrize("line,field", [
    ("{not json", None),
    ('{"id": "x", "date": "2020-01-01", "events": []}', "text"),
    ('{"id": "x", "date": "2020-01-01", "text": "t"}', "events"),
    ('{"id": "x", "date": "2020-01-01", "text": "t", "events": [{"source": "IRN"}]}', "events[0]"),
    ('{"id": "x", "date": "2020-01-01", "text": "t", "events": [{"source": "A", "code": "999", "target": "B"}]}',
     "events[0].code"),
])
def test_bad_gold_lines_are_named(mini, tmp_path, line, field):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(item("ok", "Iran condemned Israel.")) + "\n" + line + "\n")
    with pytest.raises(GoldErrors) as err:
        read_gold([path], mini.codes)
    (bad,) = err.value.errors
    assert (bad.path, bad.line, bad.field) == (str(path), 2, field)
    assert f"{path}:2" in str(err.value)


def test_duplicate_ids_are_refused(tmp_path):
    path = write_gold(tmp_path / "g.jsonl", [item("same", "a"), item("same", "b")])
    with pytest.raises(GoldErrors, match="'same' is used twice"):
        read_gold([path])


def test_folder_reads_every_jsonl(tmp_path):
    write_gold(tmp_path / "one.jsonl", [item("1", "a")])
    write_gold(tmp_path / "two.jsonl", [item("2", "b")])
    assert [i.id for i in read_gold([tmp_path])] == ["1", "2"]


def test_cli_prints_levels_roots_and_mistakes(tmp_path):
    gold = write_gold(tmp_path / "g.jsonl", [item("hit", "Iran condemned Israel.", ("IRN", "111", "ISR")),
                                              item("gap", "Turkey hosted Iran.", ("TUR", "040", "IRN"))])
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--dictionaries", str(MINI)])
    assert result.exit_code == 0, result.output
    root_line = next(line for line in result.output.splitlines() if line.startswith("root "))
    assert root_line.split()[1:] == ["1", "0", "1", "1.000", "0.500", "0.667"]
    assert "missed (root level): 1" in result.output
    assert "gap  TUR IRN 04  [no pattern of the root: 04]  | Turkey hosted Iran." in result.output
    assert "no pattern of the root  1" in result.output  # the table of causes


# Why each miss happened: the first step that lost it. Each row: the gold item, the level,
# and the (cause, detail) of its one miss at that level.
WHY = [
    (item("no-source", "Iran condemned Israel.", ("EGY", "111", "ISR")), "root", ("source not found", "EGY")),
    (item("no-target", "Iran condemned Israel.", ("IRN", "111", "EGY")), "root", ("target not found", "EGY")),
    (item("no-pattern", "Turkey hosted Iran.", ("TUR", "040", "IRN")), "root", ("no pattern of the root", "04")),
    (item("other-root", "Iran condemned Israel.", ("IRN", "190", "ISR")), "root",
     ("no pattern of the root", "19; matched: 111 condemn +")),
    (item("negated", "Iran did not condemn Israel.", ("IRN", "111", "ISR")), "root", ("dropped by a rule", "negated verb")),
    (item("other-code", "Syria accused Israel of lying.", ("SYR", "111", "ISR")), "full", ("other code", "112")),
    (item("other-event", "Syria accused Israel of lying.", ("SYR", "111", "ISR")), "event", ("other code", "112")),
    (item("reversed", "Iran condemned Israel.", ("ISR", "111", "IRN")), "root", ("other actors", "")),
]


@pytest.mark.parametrize("gold,level,why", WHY, ids=[w[0]["id"] for w in WHY])
def test_each_miss_says_why(mini, tmp_path, gold, level, why):
    result = evaluate(read_gold([write_gold(tmp_path / "g.jsonl", [gold])]), mini)
    (miss,) = [m for m in result.mistakes[level] if m.kind == "miss"]
    assert (miss.cause, miss.detail) == why


def test_each_false_event_names_its_pattern(mini, tmp_path):
    result = evaluate(read_gold([write_gold(tmp_path / "g.jsonl", [item("f", "Iran condemned Israel.")])]), mini)
    (false,) = [m for m in result.mistakes["full"] if m.kind == "false"]
    assert false.key == ("IRN", "ISR", "111") and false.cause.startswith("111 condemn") and ".txt:" in false.cause


def test_cli_min_f1_floor(tmp_path):
    gold = write_gold(tmp_path / "g.jsonl", [item("gap", "Turkey hosted Iran.", ("TUR", "040", "IRN")),
                                              item("hit", "Iran condemned Israel.", ("IRN", "111", "ISR"))])
    args = ["evaluate", str(gold), "--dictionaries", str(MINI), "--no-mistakes"]
    assert CliRunner().invoke(cli, args + ["--min-f1", "0.6"]).exit_code == 0
    failed = CliRunner().invoke(cli, args + ["--min-f1", "0.7"])
    assert failed.exit_code == 1 and "below --min-f1 0.7" in failed.output


def test_cli_json(tmp_path):
    gold = write_gold(tmp_path / "g.jsonl", [item("hit", "Iran condemned Israel.", ("IRN", "111", "ISR"))])
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--dictionaries", str(MINI), "--json"])
    data = json.loads(result.output)
    assert data["levels"]["full"]["f1"] == 1.0 and data["items"] == 1


@pytest.mark.skipif(not list((ROOT / "tests" / "gold").glob("*.jsonl")), reason="no gold set")
def test_gold_set_is_well_formed(full):
    """The shipped gold set reads cleanly: ids unique, codes known."""
    items = read_gold([ROOT / "tests" / "gold"], full.codes)
    assert all(i.date[:4] >= "1990" for i in items)


def test_cli_markdown(tmp_path):
    gold = write_gold(tmp_path / "g.jsonl", [item("hit", "Iran condemned Israel.", ("IRN", "111", "ISR")),
                                              item("gap", "Turkey hosted Iran.", ("TUR", "040", "IRN"))])
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--dictionaries", str(MINI), "--markdown"])
    lines = result.output.splitlines()
    assert "| root: source country, target country, root | 1.000 | 0.500 | 0.667 |" in lines
    assert "| 04 | Consult | 1 | 0 | 1.00 | 0.00 | 0.00 |" in lines

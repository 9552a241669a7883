"""The progress bar: what it draws on a terminal, its silence elsewhere, and the hook in batch.run."""

import io
import json

from click.testing import CliRunner

from conftest import MINI
from coder.batch import run
from coder.cli import cli
from coder.progress import Progress, count_stories, on_terminal


class Terminal(io.StringIO):
    def isatty(self):
        return True


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_bar_shows_count_rate_and_eta():
    screen, clock = Terminal(), Clock()
    bar = Progress(200, "stories", "coding", stream=screen, clock=clock)
    for _ in range(50):
        clock.now += 0.5  # two stories a second
        bar.update()
    assert bar.line() == "coding [######------------------] 50/200 stories 2.0 stories/s ETA 1:15"
    bar.close()
    assert screen.getvalue().endswith("\n") and screen.getvalue().count("\r") >= 2


def test_redraws_are_throttled():
    screen, clock = Terminal(), Clock()
    bar = Progress(10_000, stream=screen, clock=clock, interval=1.0)
    for _ in range(1000):
        clock.now += 0.001  # a thousand updates within one second
        bar.update()
    assert screen.getvalue().count("\r") == 1


def test_unknown_total_shows_count_and_rate_only():
    clock = Clock()
    bar = Progress(None, "events", stream=Terminal(), clock=clock)
    clock.now += 2
    bar.update(10)
    assert bar.line() == "10 events 5.0 events/s"


def test_disabled_bar_writes_nothing():
    screen = Terminal()
    with Progress(5, stream=screen, enabled=False) as bar:
        for _ in range(5):
            bar.update()
    assert screen.getvalue() == ""


def test_quiet_or_no_terminal_turns_it_off():
    assert on_terminal(quiet=True, stream=Terminal()) is False
    assert on_terminal(quiet=False, stream=io.StringIO()) is False  # stderr is not a terminal


def test_count_stories(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": 1}\n{"id": 2}\n{"id": 3}')  # no final newline
    (tmp_path / "b.csv").write_text("id,date,text\n1,2020-01-01,x\n2,2020-01-01,y\n")
    (tmp_path / "c.txt").write_text("one story\nover two lines\n")
    assert count_stories([tmp_path / "a.jsonl", tmp_path / "b.csv", tmp_path / "c.txt"]) == 3 + 2 + 1


def test_run_calls_progress_once_per_record(tmp_path, mini):
    inp = tmp_path / "in.jsonl"
    good = [{"id": str(i), "date": "2020-01-01", "text": "Iran met Syria."} for i in range(4)]
    inp.write_text("".join(json.dumps(s) + "\n" for s in good) + "{broken\n")
    calls = []
    summary = run([inp], tmp_path / "out", mini, progress=calls.append)
    assert len(calls) == 5  # four stories and one reject
    assert all(call is summary for call in calls)


def test_code_command_is_quiet_off_a_terminal(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "a", "date": "2020-01-01", "text": "Iran met Syria."}) + "\n")
    for extra in ([], ["--quiet"]):
        result = CliRunner().invoke(cli, ["code", str(inp), "--out", str(tmp_path / "out"), "--dictionaries", str(MINI),
                                          *extra])
        assert result.exit_code == 0 and "\r" not in result.output and "coded 1 stories" in result.output

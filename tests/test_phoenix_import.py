"""The Phoenix dictionaries that PETRARCH2 ships import completely and code the example stories.

Reads ../shared/reference/petrarch2/phoenix-dictionaries (kept out of this repository); skipped
when that folder is absent. Importing and loading them takes about half a minute.
"""

import json

import pytest

from coder.petrarch_import import Sources, import_dictionaries
from coder.pipeline import code_story
from coder.readers import iter_stories
from coder.validate import split_valid
from conftest import ROOT, SHARED
from petrarch_accounting import unaccounted

PHOENIX = SHARED / "reference" / "petrarch2" / "phoenix-dictionaries"
pytestmark = pytest.mark.skipif(not PHOENIX.exists(), reason="needs ../shared/reference/petrarch2 (not in the repo)")


@pytest.fixture(scope="module")
def phoenix(tmp_path_factory):
    sources = Sources(verbs=[PHOENIX / "CAMEO.2.0.txt"],
                      actors=[PHOENIX / f"Phoenix.{n}.actors.txt" for n in ("Countries", "International", "MilNonState")],
                      agents=[PHOENIX / "Phoenix.agents.txt"], discards=[PHOENIX / "Phoenix.discards.txt"],
                      issues=[PHOENIX / "Phoenix.IssueCoding.txt"])
    return sources, import_dictionaries(sources, tmp_path_factory.mktemp("phoenix") / "dicts")


def test_every_phoenix_line_is_converted_or_reported(phoenix):
    sources, result = phoenix
    assert unaccounted(sources, result) == []
    assert result.counts["actor names"] > 30_000 and result.counts["verb patterns"] > 100_000


def test_the_phoenix_set_codes_the_example_stories_into_valid_events(phoenix):
    _, result = phoenix
    stories = [s for s in iter_stories(ROOT / "examples" / "stories.jsonl")]
    events = [e for s in stories for e in code_story(s, result.lexicon)[1]]
    first = {(e.source_actor, e.event_code, e.target_actor) for e in events if e.story_id == stories[0].id}
    assert ("IRNGOV", "040", "SYRGOV") in first  # Zarif met Assad
    good, bad = split_valid([e.to_record() for e in events])
    assert len(good) == len(events) > 20 and bad == []
    assert json.loads(json.dumps(good[0]))["dictionary_version"] == result.lexicon.version
